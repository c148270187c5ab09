"""The reference the index is tested against: filters, order, the timeline and the aggregates
computed in memory over records parsed afresh (store.parse_folder), the way the commands define
them, with no SQL. Every query of store.Queries must give what these give."""

from __future__ import annotations

import difflib
import re

from ssecli.errors import NotFound
from ssecli.extract.text import name_key
from ssecli.models import Record, TimelineEntry
from ssecli.query import Filters, date_range
from ssecli.store.aggregates import ENTITY_KINDS, entity_rows, stats_of


def _word_match(query: str, names: list[str]) -> bool:
    q = name_key(query)
    # Whole words of the key (words are what spaces part): 'un' is in 'un desa', not 'university'.
    rx = re.compile(r"(?:^| )" + re.escape(q) + r"(?: |$)")
    return any(rx.search(name_key(n)) for n in names)


def org_names(record: Record) -> list[str]:
    out = []
    for o in record.orgs:
        out += o.names()
        if o.parent:
            out.append(o.parent)
    return out


def in_range(start: str | None, end: str | None, f: Filters) -> bool:
    if not (f.since or f.until):
        return True
    a, b = date_range(start), date_range(end or start)
    if a is None or b is None:
        return False
    lo, hi = a[0], b[1]
    return (f.since is None or hi >= f.since) and (f.until is None or lo <= f.until)


def matches(record: Record, f: Filters) -> bool:
    if not all(_word_match(q, org_names(record)) for q in f.orgs):
        return False
    if not all(_word_match(q, [p.name for p in record.people]) for q in f.people):
        return False
    if not all(_word_match(q, [n for p in record.places for n in p.names()]) for q in f.places):
        return False
    if any(_word_match(q, org_names(record)) for q in f.not_orgs):
        return False
    if any(_word_match(q, [p.name for p in record.people]) for q in f.not_people):
        return False
    return in_range(record.date, record.date, f)


def entries(records: list[Record]) -> list[Record]:
    """What `list` shows: articles, and the items of listing pages in their stead."""
    out = []
    for r in records:
        out.extend(r.items if r.items else [r])
    return out


def newest_first(records: list[Record]) -> list[Record]:
    dated = [r for r in records if r.date]
    undated = [r for r in records if not r.date]
    dated.sort(key=lambda r: (date_range(r.date)[0], r.id), reverse=True)
    return dated + sorted(undated, key=lambda r: r.id)


def select(records: list[Record], f: Filters, limit: int | None = None) -> list[Record]:
    out = newest_first([r for r in entries(records) if matches(r, f)])
    return out[:limit] if limit else out


def timeline(records: list[Record], f: Filters) -> list[TimelineEntry]:
    rows, undated = [], []
    event_filter = Filters(since=f.since, until=f.until)
    record_filter = Filters(orgs=f.orgs, people=f.people, places=f.places, not_orgs=f.not_orgs, not_people=f.not_people)
    for r in entries(records):
        if not matches(r, record_filter):
            continue
        evs = [e for e in r.events if in_range(e.start, e.end, event_filter)]
        if evs:
            rows += [TimelineEntry(r, e) for e in evs]
        elif not r.events and not (f.since or f.until):
            undated.append(TimelineEntry(r, None))
    rows.sort(key=lambda t: (date_range(t.event.start)[0], date_range(t.event.end)[1], t.record.id))
    return rows + undated


def all_ids(records: list[Record]) -> list[str]:
    out = []
    for r in records:
        out.append(r.id)
        out += [i.id for i in r.items]
    return out


def find(records: list[Record], ident: str) -> Record:
    """By id ('003', '002.4'), file stem or file name; never by path."""
    wanted = ident.strip()
    for r in records:
        stem = re.sub(r"\.txt$", "", r.source, flags=re.I)
        if wanted in (r.id, r.source, stem):
            return r
        for item in r.items:
            if wanted == item.id:
                return item
    ids = all_ids(records)
    close = difflib.get_close_matches(wanted, ids, n=3, cutoff=0.5)
    if not close:
        close = [i for i in ids if i.startswith(wanted[:2])][:3] if wanted[:2] else []
    raise NotFound(f"no record with id {ident!r}", close)


def _entities_of(record: Record, kind: str) -> list:
    return {"orgs": record.orgs, "people": record.people, "places": record.places}[kind]


def entity_table(records: list[Record], kind: str, f: Filters) -> list[dict]:
    """One row per organisation, person or place named in the records that pass the filters:
    its name, aliases (orgs, places) or roles (people), how many records name it and their ids;
    most named first."""
    return entity_rows(((r.id, [e.to_dict() for e in _entities_of(r, kind)]) for r in select(records, f)), kind)


def entity_names(records: list[Record], kind: str) -> list[str]:
    """Every name and alias of one kind in the corpus: what the index's completion and
    suggestions draw on (Index.complete, Index.suggest), and are tested against."""
    names: dict[str, None] = {}
    for r in entries(records):
        for e in _entities_of(r, kind):
            names[e.name] = None
            for a in getattr(e, "aliases", []):
                names[a] = None
    return list(names)


def stats(records: list[Record], f: Filters, top: int = 10) -> dict:
    """Records per year and per month, and the most named organisations, people and places."""
    return stats_of([r.date for r in select(records, f)], {k: entity_table(records, k, f) for k in ENTITY_KINDS}, top)


def timeline_by_record(rows: list[TimelineEntry]) -> list[dict]:
    """One line per record instead of per event: its first and last dated event and how many."""
    out: dict[str, dict] = {}
    for t in rows:
        r = t.record
        row = out.setdefault(
            r.id,
            {
                "id": r.id,
                "title": r.title,
                "record_date": r.date,
                "date_inferred": r.date_inferred,
                "start": None,
                "end": None,
                "events": 0,
            },
        )
        if t.event:
            row["start"] = min(filter(None, [row["start"], t.event.start]), key=lambda d: date_range(d)[0])
            row["end"] = max(filter(None, [row["end"], t.event.end]), key=lambda d: date_range(d)[1])
            row["events"] += 1
    return sorted(
        out.values(), key=lambda x: (x["start"] is None, date_range(x["start"])[0] if x["start"] else 0, x["id"])
    )
