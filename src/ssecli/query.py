"""Filters, sorting and look-ups on records. Pure functions: no I/O, no formatting."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field

from ssecli.errors import NotFound, UsageError
from ssecli.extract.isodate import last_day, parse_iso, to_date
from ssecli.extract.text import name_key
from ssecli.models import Event, Record, TimelineEntry


def _dates():
    """The date patterns, compiled on first use: most commands never read a date from the user."""
    from ssecli.extract import dates

    return dates


@dataclass
class Filters:
    orgs: list[str] = field(default_factory=list)  # every one must match (AND)
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    not_orgs: list[str] = field(default_factory=list)  # records naming any of these are left out
    not_people: list[str] = field(default_factory=list)
    since: dt.date | None = None
    until: dt.date | None = None

    @property
    def empty(self) -> bool:
        return not (self.orgs or self.people or self.places or self.not_orgs or self.not_people
                    or self.since or self.until)


def parse_bound(value: str | None, option: str, end: bool) -> dt.date | None:
    """'2023', '2023-06', '2023-06-30', 'June 2023' or anything dateutil reads, as the first
    (or, for an upper bound, the last) day it covers."""
    if value is None:
        return None
    v = value.strip()
    d = relative_date(v) or parse_iso(v) or _dates().parse_date_value(v)
    if d is not None and not _real_day(d):
        raise UsageError(f"{option}: {value!r} is not a real date; {DATE_FORMS}")
    if d is None:
        from dateutil import parser as dateutil_parser

        try:
            parsed = dateutil_parser.parse(v, default=dt.datetime(1900, 1, 1))
        except (ValueError, OverflowError):
            raise UsageError(f"{option}: cannot read {value!r} as a date; {DATE_FORMS}") from None
        d = (parsed.year, parsed.month, parsed.day)
    return last_day(d) if end else to_date(d)


def _real_day(d: tuple) -> bool:
    """Whether a partial date names a real year, month and day: not month 0 or 13, not 29
    February of a common year."""
    import calendar

    y, m, day = d
    if y is None or not 1 <= y <= 9999 or m is not None and not 1 <= m <= 12:
        return False
    return day is None or m is not None and 1 <= day <= calendar.monthrange(y, m)[1]


DATE_FORMS = ("use 2023, 2023-06, 2023-06-30, 'June 2023', '30 June 2023', 'today', 'yesterday', "
              "'last week|month|year', 'this month|year' or 'N days|weeks|months|years ago' ('3 months ago')")

# "3 months ago", "1 year ago": git's and jrnl's relative forms, counted back from today.
RE_AGO = re.compile(r"^(\d+)\s+(day|week|month|year)s?\s+ago$", re.I)
RE_LAST = re.compile(r"^(last|this)\s+(week|month|year)$", re.I)


def today() -> dt.date:
    from ssecli.settings import today as configured_today

    return configured_today()


def _months_back(d: dt.date, n: int) -> dt.date:
    import calendar

    y, m = divmod(d.year * 12 + d.month - 1 - n, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def relative_date(v: str) -> tuple | None:
    """'today', 'yesterday', 'last year', 'this month', '3 months ago' as a partial date
    (year, month, day) at the precision the words give ('last year' is the whole year)."""
    t = today()
    word = v.lower()
    if word in ("today", "now"):
        return (t.year, t.month, t.day)
    if word == "yesterday":
        d = t - dt.timedelta(days=1)
        return (d.year, d.month, d.day)
    m = RE_LAST.match(v)
    if m:
        back = 1 if m.group(1).lower() == "last" else 0
        unit = m.group(2).lower()
        if unit == "year":
            return (t.year - back, None, None)
        if unit == "month":
            d = _months_back(t, back)
            return (d.year, d.month, None)
        d = t - dt.timedelta(days=7 * back)
        return (d.year, d.month, d.day)
    m = RE_AGO.match(v)
    if m:
        n, unit = int(m.group(1)), m.group(2).lower()
        if unit in ("day", "week"):
            d = t - dt.timedelta(days=n * (7 if unit == "week" else 1))
        else:
            d = _months_back(t, n * (12 if unit == "year" else 1))
        return (d.year, d.month, d.day)
    return None


def date_range(iso_value: str | None) -> tuple[dt.date, dt.date] | None:
    d = parse_iso(iso_value)
    if d is None:
        return None
    return to_date(d), last_day(d)


def _word_match(query: str, names: list[str]) -> bool:
    q = name_key(query)
    rx = re.compile(r"(?<!\w)" + re.escape(q))
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
    record_filter = Filters(orgs=f.orgs, people=f.people, places=f.places, not_orgs=f.not_orgs,
                            not_people=f.not_people)
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


ENTITY_KINDS = ("orgs", "people", "places")


def _entities_of(record: Record, kind: str) -> list:
    return {"orgs": record.orgs, "people": record.people, "places": record.places}[kind]


def entity_table(records: list[Record], kind: str, f: Filters) -> list[dict]:
    """One row per organisation, person or place named in the records that pass the filters:
    its name, aliases (orgs, places) or roles (people), how many records name it and their ids;
    most named first."""
    return entity_rows(((r.id, [e.to_dict() for e in _entities_of(r, kind)]) for r in select(records, f)), kind)


def entity_rows(named, kind: str, keys: dict[str, str] | None = None) -> list[dict]:
    """entity_table's rows from (record id, [entity as a dict]) of the records that pass the
    filters, in `select`'s order: the index reads them out of its JSON (Index.entity_table).
    `keys`: names' keys known already (the index keeps those of organisations)."""
    rows: dict[str, dict] = {}
    keys = keys if keys is not None else {}  # a name's key, once a name: an archive names ILO 100,000 times
    known: dict[str, set] = {}  # the aliases or roles of each row so far, to ask in one step
    for rid, entities in named:
        for e in entities:
            name = e["name"]
            key = keys.get(name)
            if key is None:
                key = keys[name] = name_key(name)
            row = rows.get(key)
            if row is None:
                row = rows[key] = {"name": name, "aliases": [], "roles": [], "count": 0, "ids": []}
                known[key] = set()
            extra = [e["role"]] if kind == "people" and e.get("role") else e.get("aliases") or ()
            bucket, seen = row["roles"] if kind == "people" else row["aliases"], known[key]
            for x in extra:
                if x and x not in seen:
                    seen.add(x)
                    bucket.append(x)
            if not row["ids"] or row["ids"][-1] != rid:  # a record's names come together
                row["ids"].append(rid)
                row["count"] += 1
    out = sorted(rows.values(), key=lambda x: (-x["count"], x["name"].lower()))
    for row in out:
        row.pop("roles" if kind != "people" else "aliases")
    return out


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


def stats_of(dates: list[str | None], tables: dict[str, list[dict]], top: int) -> dict:
    """stats from the dates of the records that pass the filters and their entity tables."""
    from collections import Counter

    years, months = Counter(), Counter()
    for d in dates:
        if d:
            years[d[:4]] += 1
            if len(d) >= 7:
                months[d[:7]] += 1
    out = {"records": len(dates), "undated": sum(1 for d in dates if not d),
           "per_year": dict(sorted(years.items())), "per_month": dict(sorted(months.items()))}
    for kind in ENTITY_KINDS:
        out[kind] = [{"name": e["name"], "count": e["count"]} for e in tables[kind][:top]]
    return out


def timeline_by_record(rows: list[TimelineEntry]) -> list[dict]:
    """One line per record instead of per event: its first and last dated event and how many."""
    out: dict[str, dict] = {}
    for t in rows:
        r = t.record
        row = out.setdefault(r.id, {"id": r.id, "title": r.title, "record_date": r.date,
                                    "date_inferred": r.date_inferred, "start": None, "end": None, "events": 0})
        if t.event:
            row["start"] = min(filter(None, [row["start"], t.event.start]), key=lambda d: date_range(d)[0])
            row["end"] = max(filter(None, [row["end"], t.event.end]), key=lambda d: date_range(d)[1])
            row["events"] += 1
    return sorted(out.values(), key=lambda x: (x["start"] is None, date_range(x["start"])[0] if x["start"] else 0,
                                               x["id"]))
