"""What the commands read from the index: records by filters (newest first), the timeline, one
record, full-text hits, the names of organisations, people and places, and suggestions. Each reads
only what it shows, a block at a time, so that a query on an archive of 100,000 articles costs
about as much as starting the program."""

from __future__ import annotations

import json
import sqlite3

from ssecli.models import Event, Record, TimelineEntry
from ssecli.plain import event_line
from ssecli.store.database import Database
from ssecli.store.rows import utf8
from ssecli.store.timeline import Timeline

# A record as it is read back (alias r): its JSON, and its organisations.
RECORD = "r.data, (SELECT o.orgs FROM record_orgs o WHERE o.n = r.n)"
NAME_KIND = {"orgs": "org", "people": "person", "places": "place"}  # a command's kind -> the names table's


class Queries:
    # A name that occurs this many times a record asked for is checked record by record (_filter_sql).
    COMMON = 250

    def __init__(self, database: Database, timeline: Timeline) -> None:
        self.database = database
        self.joined = timeline  # the timeline's joined lines

    @property
    def db(self) -> sqlite3.Connection:
        return self.database.db

    def record(self, data: str, orgs: str | None, text: str | None = None) -> Record:
        d = json.loads(data)
        d["orgs"] = json.loads(orgs) if orgs else []
        r = Record.from_dict(d)
        if text is not None:
            r.text = text
        return r

    def all_records(self) -> list[Record]:
        """Every file's record with its text, listing pages with their items, in file order: the
        whole index at once, which the tests compare with a fresh parse (no command needs it)."""
        rows = self.db.execute(
            f"SELECT r.id, r.parent, {RECORD}, r.text FROM records r ORDER BY r.file, r.n"
        ).fetchall()
        pages, out = {}, []
        for rid, parent, data, orgs, text in rows:
            r = self.record(data, orgs, text)
            if parent is None:
                r.items = []
                pages[rid] = r
                out.append(r)
            elif parent in pages:
                pages[parent].items.append(r)
        return out

    def iter_entries(self, f=None):
        """What `list` shows (articles, and listing items instead of their pages), with text, in
        file order as query.entries gives them, read a block at a time: for `sse export`, which
        takes the filters of `list`."""
        where, args = self._filter_sql(f, record_dates=True) if f is not None else ("1", [])
        cur = self.db.execute(
            f"SELECT {RECORD}, r.text FROM records r WHERE r.entry = 1 AND {where} ORDER BY r.file, r.n", args
        )
        while block := cur.fetchmany(512):
            yield from (self.record(data, orgs, text) for data, orgs, text in block)

    def _filter_sql(
        self, f, alias: str = "r", record_dates: bool = False, limit: int | None = None
    ) -> tuple[str, list]:
        """The WHERE clause of the name filters, and of --since/--until on the record's own date
        where `record_dates` (the timeline bounds its events instead).

        A name filter is the set of records with a name in which the value's words are whole
        words (word_bounds over the names' word-suffixes), built by one range scan of the
        key index: its cost grows with how often the name occurs. With a `limit`, a name common
        enough that the first `limit` records walked newest first will soon meet it (ILO: in
        most records of a large archive) is checked record by record instead, a look-up in the
        record's own names each."""
        from ssecli.extract.text import name_key

        clauses, args = [], []
        for kind, values, negate in (
            ("org", f.orgs, False),
            ("person", f.people, False),
            ("place", f.places, False),
            ("org", f.not_orgs, True),
            ("person", f.not_people, True),
        ):
            for v in values:
                q = name_key(v)
                if not q:
                    continue
                bounds = [kind, *word_bounds(q)]
                if limit and not negate and occurs(self.db, bounds, self.COMMON * limit):
                    clauses.append(
                        f"EXISTS (SELECT 1 FROM record_names x JOIN name_keys s ON s.set_id = x.set_id "
                        f"WHERE x.n = {alias}.n AND x.kind=? AND s.key >= ? AND s.key < ?)"
                    )
                else:
                    clauses.append(
                        f"{alias}.n {'NOT ' if negate else ''}IN (SELECT x.n FROM name_keys s JOIN record_names x "
                        "ON x.set_id = s.set_id WHERE s.kind=? AND s.key >= ? AND s.key < ?)"
                    )
                args += bounds
        if record_dates and f.since:
            clauses.append(f"{alias}.hi >= ?")
            args.append(f.since.isoformat())
        if record_dates and f.until:
            clauses.append(f"{alias}.lo <= ?")
            args.append(f.until.isoformat())
        return (" AND ".join(clauses) or "1"), args

    def select(self, f, limit: int | None = None, sort: str = "date", reverse: bool = False) -> list[Record]:
        """`list`: entries newest first, undated last, as query.select orders them; or by id or
        title; `reverse` turns the order round (oldest first), undated still last."""
        return list(self.iter_select(f, limit, sort, reverse))

    def iter_select(self, f, limit: int | None = None, sort: str = "date", reverse: bool = False):
        """select's records, read as they are used (a terminal's table is drawn in parts)."""
        where, args = self._filter_sql(f, record_dates=True, limit=limit)
        cap = f" LIMIT {int(limit)}" if limit else ""
        if sort != "date":
            cur = self.db.execute(
                f"SELECT {RECORD} FROM records r WHERE r.entry=1 AND {where} ORDER BY {order_by(sort, reverse)}{cap}",
                args,
            )
            while block := cur.fetchmany(1024):
                yield from (self.record(d, o) for d, o in block)
            return
        # Dated records newest first (oldest, reversed), walking the (entry, lo) index so that
        # --limit stops early; then the undated ones, by id, if the limit leaves room.
        way = "ASC" if reverse else "DESC"
        cur = self.db.execute(
            f"SELECT {RECORD} FROM records r WHERE r.entry=1 AND r.lo IS NOT NULL AND {where} "
            f"ORDER BY r.lo {way}, r.id {way}{cap}",
            args,
        )
        count = 0
        while block := cur.fetchmany(1024):
            count += len(block)
            yield from (self.record(d, o) for d, o in block)
        if not limit or count < limit:
            cap = f" LIMIT {int(limit) - count}" if limit else ""
            cur = self.db.execute(
                f"SELECT {RECORD} FROM records r WHERE r.entry=1 AND r.lo IS NULL AND {where} ORDER BY r.id{cap}", args
            )
            while block := cur.fetchmany(1024):
                yield from (self.record(d, o) for d, o in block)

    def entity_table(self, f, kind: str) -> list[dict]:
        """query.entity_table over the index: each record's names of one kind read out of its
        JSON, in select's order, no record built."""
        from ssecli.store.aggregates import entity_rows

        where, args = self._filter_sql(f, record_dates=True)
        col = (
            "(SELECT o.orgs FROM record_orgs o WHERE o.n = r.n)"
            if kind == "orgs"
            else f"json_extract(r.data, '$.{kind}')"
        )
        named = [
            self.db.execute(
                f"SELECT r.id, {col} FROM records r WHERE r.entry=1 AND r.lo IS NOT NULL AND {where} "
                "ORDER BY r.lo DESC, r.id DESC",
                args,
            ),
            self.db.execute(
                f"SELECT r.id, {col} FROM records r WHERE r.entry=1 AND r.lo IS NULL AND {where} ORDER BY r.id", args
            ),
        ]
        keys = dict(self.db.execute("SELECT surface, key FROM org_keys")) if kind == "orgs" else None
        return entity_rows(((rid, json.loads(data) if data else []) for cur in named for rid, data in cur), kind, keys)

    def stats(self, f, top: int) -> dict:
        """query.stats over the index."""
        from ssecli.store.aggregates import ENTITY_KINDS, stats_of

        where, args = self._filter_sql(f, record_dates=True)
        dates = [d for (d,) in self.db.execute(f"SELECT r.date FROM records r WHERE r.entry=1 AND {where}", args)]
        return stats_of(dates, {kind: self.entity_table(f, kind) for kind in ENTITY_KINDS}, top)

    def _event_filter(self, f) -> tuple[str, list]:
        """The WHERE clause of a timeline's events (alias e): the name filters, and --since and
        --until on the event's own dates."""
        where, args = self._filter_sql(f, alias="e")
        bounds, more = event_bounds(f, "e")
        return where + bounds, args + more

    def _undated(self, f, columns: str):
        """The records a timeline without date bounds ends with: those with no dated event."""
        where, args = self._filter_sql(f)
        return self.db.execute(
            f"SELECT {columns} FROM records r WHERE r.entry=1 AND {where} AND NOT EXISTS "
            "(SELECT 1 FROM events e WHERE e.n = r.n) AND json_array_length(r.data, '$.events') = 0 "
            "ORDER BY r.file, r.n",
            args,
        )

    def timeline(self, f) -> list:
        return list(self.iter_timeline(f))

    def iter_timeline(self, f):
        """The timeline's entries in order, read as they are used: a terminal's table of a large
        archive is drawn a part at a time while the index is read (cli.timeline)."""
        where, args = self._event_filter(f)
        # Only what a timeline shows of a record, and the one event of each row: on a large archive
        # a timeline has tens of thousands of rows, and whole records would be read for each.
        rows = self.db.execute(
            "SELECT r.n, r.id, r.title, r.date, r.inferred, e.e_start, e.e_end, e.e_text, e.e_surface "
            f"FROM events e JOIN records r ON r.n = e.n WHERE {where} ORDER BY e.lo, e.hi, e.rid, e.pos",
            args,
        )
        cache: dict[int, Record] = {}  # a record's events share one Record, up to a bound
        while block := rows.fetchmany(4096):
            if len(cache) > 65536:
                cache.clear()
            for n, rid, title, date, inferred, start, end, text, surface in block:
                r = cache.get(n)
                if r is None:
                    r = cache[n] = Record(id=rid, source="", title=title, date=date, date_inferred=bool(inferred))
                yield TimelineEntry(r, Event(start, end, text, surface))
        if not (f.since or f.until):
            for d, o in self._undated(f, RECORD):
                yield TimelineEntry(self.record(d, o), None)

    def timeline_by_record(self, f) -> list[dict]:
        """query.timeline_by_record of the timeline's entries, counted by SQLite: each record's
        first event (its start) and the first of its latest-ending events (its end), by the
        timeline's order, and how many; the records with no event at all last, without bounds."""
        where, args = self._event_filter(f)
        bounds, bargs = event_bounds(f, "x")
        rows = self.db.execute(
            "SELECT r.id, r.title, r.date, r.inferred, "
            # INDEXED BY: walking the whole table in its (lo, hi) order to the record's first event
            # was the planner's choice, once for each record.
            f"(SELECT x.e_start FROM events x INDEXED BY events_n WHERE x.n = a.n{bounds} "
            "ORDER BY x.lo, x.hi, x.pos LIMIT 1), "
            f"(SELECT x.e_end FROM events x INDEXED BY events_n WHERE x.n = a.n{bounds} "
            "ORDER BY x.hi DESC, x.lo, x.pos LIMIT 1), a.c "
            f"FROM (SELECT e.n, min(e.lo) AS lo, count(*) AS c FROM events e WHERE {where} GROUP BY e.n) a "
            "JOIN records r ON r.n = a.n ORDER BY a.lo, r.id",
            [*bargs, *bargs, *args],
        )
        out = [
            {
                "id": rid,
                "title": title,
                "record_date": date,
                "date_inferred": bool(inferred),
                "start": start,
                "end": end,
                "events": count,
            }
            for rid, title, date, inferred, start, end, count in rows
        ]
        if not (f.since or f.until):
            out += [
                {
                    "id": r.id,
                    "title": r.title,
                    "record_date": r.date,
                    "date_inferred": r.date_inferred,
                    "start": None,
                    "end": None,
                    "events": 0,
                }
                for r in sorted((self.record(d, o) for d, o in self._undated(f, RECORD)), key=lambda r: r.id)
            ]
        return out

    def id_width(self) -> int:
        """The longest record id: a table drawn in parts gives its id column this width from the
        first part on, so that a later id is never broken."""
        return self.db.execute("SELECT coalesce(max(length(id)), 0) FROM records").fetchone()[0]

    def timeline_lines(self, f):
        """The timeline as UTF-8 text, lines of export.EVENT_LINE, in blocks: what a pipe gets
        by default, written as the index keeps it (no decoding and encoding again). Without name
        filters, the joined lines of event_blocks from --since on, after the few events that
        began before it and run into it."""
        if f.orgs or f.people or f.places or f.not_orgs or f.not_people:
            where, args = self._event_filter(f)
            cur = self.db.execute(f"SELECT e.line FROM events e WHERE {where} ORDER BY e.lo, e.hi, e.rid, e.pos", args)
            while block := cur.fetchmany(8192):
                yield utf8(line + "\n" for (line,) in block)
        else:
            yield from self.joined.lines(
                f.since.isoformat() if f.since else None, f.until.isoformat() if f.until else None
            )
        if not (f.since or f.until):
            yield utf8(event_line({"id": rid}) + "\n" for (rid,) in self._undated(f, "r.id"))

    def find(self, ident: str) -> Record | None:
        """By id ('003', '002.4'), file stem or file name; never by path."""
        wanted = ident.strip()
        cols = f"r.file, r.id, r.parent, {RECORD}, r.text"
        row = self.db.execute(f"SELECT {cols} FROM records r WHERE r.id=?", (wanted,)).fetchone()
        if row is None:
            stem = wanted[:-4] if wanted.lower().endswith(".txt") else wanted
            for name in dict.fromkeys((stem + ".txt", wanted)):  # each an indexed look-up
                row = self.db.execute(
                    f"SELECT {cols} FROM records r WHERE r.file=? AND r.parent IS NULL", (name,)
                ).fetchone()
                if row:
                    break
        if row is None:
            return None
        name, rid, parent, data, orgs, text = row
        r = self.record(data, orgs, text)
        if parent is None:  # a page's items are in its file
            r.items = [
                self.record(d, o, t)
                for d, o, t in self.db.execute(
                    f"SELECT {RECORD}, r.text FROM records r WHERE r.file=? AND r.parent=? ORDER BY r.n", (name, rid)
                )
            ]
        return r

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM records").fetchone()[0]

    def ids(self) -> list[str]:
        return [rid for (rid,) in self.db.execute("SELECT id FROM records ORDER BY file, n")]

    def search(
        self, query: str, f, limit: int | None = None, raw: bool = False, sort: str = "rank", reverse: bool = False
    ) -> list[dict]:
        """Full-text hits ranked by bm25, the title weighted above the body, each with a snippet
        whose matched words are between \x02 and \x03 (the renderer highlights them); or the
        first `limit` hits by date, id or title; `reverse` turns the order round."""
        match, fts = (query, "fts") if raw else fts_query(query)
        if not match:
            return []
        where, args = self._filter_sql(f, record_dates=True)
        # The filters keep hits of the records that pass them; the '+' keeps the planner from
        # asking the full-text index once for each of those records (an --org of 100,000).
        hits = f"{fts} MATCH ?" + (
            f" AND +{fts}.rowid IN (SELECT r.n FROM records r WHERE {where})" if where != "1" else ""
        )
        # The best hits are found in the full-text index alone, and only they are read from the
        # records, one by one: a common word matches a third of an archive, and a join lets the
        # planner compute snippets for every match.
        cap = f" LIMIT {int(limit)}" if limit else ""
        columns = (
            f"{fts}.rowid, bm25({fts}, 10.0, 1.0) AS rank, snippet({fts}, 1, char(2), char(3), '…', 16), "
            f"highlight({fts}, 0, char(2), char(3))"
        )
        if sort == "rank":
            ranked = self.db.execute(
                f"SELECT {columns} FROM {fts} WHERE {hits} ORDER BY rank{' DESC' if reverse else ''}{cap}",
                [match, *args],
            ).fetchall()
        else:  # the hits in that order first, and only theirs the snippets
            chosen = self.db.execute(
                f"SELECT r.n FROM {fts} JOIN records r ON r.n = {fts}.rowid WHERE {hits} "
                f"ORDER BY {order_by(sort, reverse)}{cap}",
                [match, *args],
            ).fetchall()
            ranked = [
                self.db.execute(
                    f"SELECT {columns} FROM {fts} WHERE {fts} MATCH ? AND {fts}.rowid = ?", (match, n)
                ).fetchone()
                for (n,) in chosen
            ]
        out = []
        for n, rank, snippet, title in ranked:
            data, orgs = self.db.execute(f"SELECT {RECORD} FROM records r WHERE r.n=?", (n,)).fetchone()
            out.append({"record": self.record(data, orgs), "score": -rank, "snippet": snippet, "title": title})
        return out


SORTS = ("date", "id", "title")


def order_by(sort: str, reverse: bool, alias: str = "r") -> str:
    """An ORDER BY of records (alias r): by date newest first, undated last; by id in the order
    of its numbers (002.9 before 002.10); by title regardless of case; `reverse` turns it round,
    undated still last."""
    a, way, back = alias, ("ASC" if reverse else "DESC"), ("DESC" if reverse else "ASC")
    if sort == "date":
        return f"{a}.lo IS NULL, {a}.lo {way}, {a}.id COLLATE natural_id {way}"
    if sort == "id":
        return f"{a}.id COLLATE natural_id {back}"
    if sort == "title":
        return f"{a}.title COLLATE NOCASE {back}, {a}.id COLLATE natural_id {back}"
    raise ValueError(sort)


def word_bounds(key: str) -> tuple[str, str]:
    """The range of name keys a filter value matches: those that begin with its whole words, the
    key itself or the key and a space ('un' -> 'un', 'un desa'; never 'university'). A key holds
    word characters, '&' and spaces, and nothing sorts between a space and '!'."""
    return key, key + "!"


def event_bounds(f, alias: str) -> tuple[str, list]:
    """--since and --until on an event's own dates: it ends on or after the one, starts on or before the other."""
    sql, args = "", []
    if f.since:
        sql += f" AND {alias}.hi >= ?"
        args.append(f.since.isoformat())
    if f.until:
        sql += f" AND {alias}.lo <= ?"
        args.append(f.until.isoformat())
    return sql, args


def fts_query(text: str) -> tuple[str, str]:
    """A user's words as an FTS5 query that cannot fail, and the full-text table to ask: every
    word a quoted string, so that `COVID-19`, `Think.Coop`, `ILO/Korea`, stray quotes and
    operators are searched as text; words between double quotes a phrase (`"decent work"`); a
    word ending in `*` a prefix. Words are stemmed (`cooperative` finds `cooperatives`), except
    in a query with a prefix, which is compared with the words as written (`cooperat*` finds
    `cooperation`, which porter would have made `cooper`)."""
    import re

    word = r"[\w]+(?:[-.'’/][\w]+)*"
    terms, prefix = [], False
    # A phrase between a pair of double quotes, or a word with perhaps a trailing '*'.
    for m in re.finditer(rf'"([^"]*)"|({word})(\*?)', text):
        if m.group(1) is not None:
            words = re.findall(word, m.group(1))
            if words:
                terms.append('"' + " ".join(w.replace('"', '""') for w in words) + '"')
        else:
            star = m.group(3) == "*"
            prefix = prefix or star
            terms.append('"' + m.group(2).replace('"', '""') + '"' + ("*" if star else ""))
    return " ".join(terms), "fts_words" if prefix else "fts"


def occurs(db: sqlite3.Connection, bounds: list, times: int) -> bool:
    """Whether names of a kind within the key bounds occur at least `times` times."""
    return (
        db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM name_keys s JOIN record_names x ON x.set_id = s.set_id "
            "WHERE s.kind=? AND s.key >= ? AND s.key < ? LIMIT ?)",
            [*bounds, times],
        ).fetchone()[0]
        >= times
    )
