"""A parsed file as the rows the index writes of it, made in the worker that parsed it: the
JSON, date bounds, name sets and timeline lines cost the parent, which writes every file's rows
alone, as much as the writes themselves. The rows are plain tuples, and cross the pipe cheaper
than the records they are made of."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from typing import NamedTuple

from ssecli.models import Record
from ssecli.store.namesets import record_sets
from ssecli.store.rows import date_range
from ssecli.store.timeline import LONG_DAYS


class RecordRows(NamedTuple):
    """One record's rows but its number, which the parent's insert gives: `record` the values of
    records after (file) in its column order, `events` those of events without n."""

    record: tuple
    orgs: str  # record_orgs: JSON, as the resolution compares it
    entry: bool  # what `list` shows (articles and listing items): its full text and events are indexed
    title: str
    text: str
    sets: list[tuple[str, tuple[str, ...]]]
    events: list[tuple]


@lru_cache(maxsize=8192)
def event_span(start: str, end: str) -> tuple[str, str, int] | None:
    """An event's first and last day, and 1 where it spans more than LONG_DAYS; None for an event
    without both. Cached: most events of an archive share their dates with others."""
    lo, _ = date_range(start)
    _, hi = date_range(end)
    if not (lo and hi):
        return None
    return lo, hi, int((dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days > LONG_DAYS)


def record_rows(record: Record) -> list[RecordRows]:
    """The rows of a file's record (its page first, then its items)."""
    from ssecli.plain import event_line
    from ssecli.resolve import merge_page

    if record.items:
        merge_page(record)  # the page lists its items' people, places and events; orgs come with the resolution
    out = []
    for r, entry in [(record, not record.items), *((i, True) for i in record.items)]:
        lo, hi = date_range(r.date)
        data = r.to_dict(with_text=False)
        orgs = json.dumps(data.pop("orgs"), ensure_ascii=False, separators=(",", ":"))
        data_json = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        values = (r.id, r.parent, int(entry), r.date, lo, hi, int(r.date_inferred), r.title, data_json, r.text)
        events = []
        for pos, e in enumerate(r.events if entry else ()):  # a listing page's events are its items'
            span = event_span(e.start, e.end)
            if span:
                elo, ehi, long = span
                line = event_line({"id": r.id, "start": e.start, "end": e.end, "text": e.text})
                events.append((elo, ehi, r.id, pos, e.start, e.end, e.text, e.surface, line, long))
        out.append(RecordRows(values, orgs, entry, r.title, r.text, record_sets(r), events))
    return out
