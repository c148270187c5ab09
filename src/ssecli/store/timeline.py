"""The timeline's joined lines: blocks of the events' plain lines in timeline order (what a pipe
gets, written a block at a time), and for each 1 January the lines of the events that run into it
(what `--since` that day starts with). Two calls: `apply` joins again what a refresh changed,
`lines` reads the lines between two days."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator

from ssecli.store.database import Database
from ssecli.store.rows import Capped, utf8

LONG_DAYS = 366  # an event that spans more days is found by the events_long index
BLOCK = 512  # timeline lines joined in one block of event_blocks
FIRST_KEY = ("", "", "", -1)  # before every event's key: the first block's
BLOCK_ORDER = "lo, hi, rid, pos"
BLOCK_ORDER_DESC = "lo DESC, hi DESC, rid DESC, pos DESC"


class Timeline:
    def __init__(self, database: Database) -> None:
        self.database = database
        # The events taken out and put in (key and line): a file written again with the events it
        # had changes neither the blocks nor the crossings.
        self._out, self._in = Capped(BLOCK * 8), Capped(BLOCK * 8)

    @property
    def db(self) -> sqlite3.Connection:
        return self.database.db

    def taken_out(self, rows) -> None:
        """Events (lo, hi, rid, pos, line) a refresh took out of the index."""
        self._out.update(rows)

    def put_in(self, rows) -> None:
        """Events (lo, hi, rid, pos, line) a refresh put into the index."""
        self._in.update(rows)

    def lines(self, since: str | None, until: str | None) -> Iterator[bytes]:
        """The lines of the events from day `since` (those that began before it and run into it
        first) to day `until`, in timeline order, as UTF-8 blocks."""
        if since:  # the events that began before --since and run into it, in the table's order
            yield from self._crossing_lines(since, until)
        yield from self._block_lines((since, "", "", -1) if since else FIRST_KEY, until)

    def apply(self) -> None:
        """Join again the blocks that events were added to or taken from, and the crossings of
        the days they run across: after a build (or a change of more than a few blocks' worth of
        events) all of them, the blocks in one pass over events."""
        db, out, put = self.db, self._out, self._in
        self._out, self._in = Capped(BLOCK * 8), Capped(BLOCK * 8)
        if out.full or put.full or not db.execute("SELECT 1 FROM event_blocks LIMIT 1").fetchone():
            db.execute("DELETE FROM event_blocks")
            self._put_blocks(FIRST_KEY, db.execute(f"SELECT lo, hi, rid, pos, line FROM events ORDER BY {BLOCK_ORDER}"))
            db.execute("DELETE FROM crossings")
            first, last = db.execute("SELECT min(lo), max(hi) FROM events WHERE lo < hi").fetchone()
            self._put_crossings(range(int(first[:4]) + 1, int(last[:4]) + 1) if first else ())
            return
        moved = out ^ put  # an event written again as it was moves nothing
        if not moved:
            return
        self._put_crossings({y for lo, hi, *_ in moved for y in range(int(lo[:4]) + 1, int(hi[:4]) + 1)})
        starts = {self._block_at(key[:4]) or FIRST_KEY for key in moved}
        for start in sorted(starts):
            after = db.execute(
                f"SELECT lo, hi, rid, pos FROM event_blocks WHERE (lo, hi, rid, pos) > (?,?,?,?) "
                f"ORDER BY {BLOCK_ORDER} LIMIT 1",
                start,
            ).fetchone()
            db.execute("DELETE FROM event_blocks WHERE lo=? AND hi=? AND rid=? AND pos=?", start)
            self._put_blocks(start, self._events_between(start, after))

    def _put_crossings(self, years) -> None:
        """Join again the crossings of 1 January of these years, a line at a time: a day of a
        large archive has tens of thousands, which as rows held at once raised a build's peak."""
        for year in sorted(years):
            day = f"{year:04d}-01-01"
            lines, his = bytearray(), []
            for _, hi, _, _, line in self._crossing(day):
                lines += (line + "\n").encode("utf-8", "replace")
                his.append(hi)
            if his:
                self.db.execute("INSERT OR REPLACE INTO crossings VALUES (?,?,?)", (day, lines, "\n".join(his)))
            else:
                self.db.execute("DELETE FROM crossings WHERE day=?", (day,))

    def _crossing(self, day: str, since: str = "", until: str | None = None):
        """The events that began before `day` (on or after `since`) and run into it, to --until,
        in the table's order: the two reads, each in that order, merged as they are read."""
        import heapq

        back = max(since, (dt.date.fromisoformat(day) - dt.timedelta(days=LONG_DAYS + 1)).isoformat())
        short = self.db.execute(
            "SELECT lo, hi, rid, pos, line FROM events WHERE (lo, hi, rid, pos) IN (SELECT lo, hi, rid, pos "
            "FROM events INDEXED BY events_span WHERE lo < hi AND NOT long AND lo >= ? AND lo < ? AND hi >= ? "
            f"AND lo <= ?) ORDER BY {BLOCK_ORDER}",
            (back, day, day, until or "9999"),
        )
        long = self.db.execute(
            "SELECT lo, hi, rid, pos, line FROM events INDEXED BY events_long WHERE long AND lo >= ? AND lo < ? "
            f"AND hi >= ? AND lo <= ? ORDER BY {BLOCK_ORDER}",
            (since, day, day, until or "9999"),
        )
        return heapq.merge(short, long)

    def _crossing_lines(self, since: str, until: str | None):
        """The lines of the events that began before --since and run into it: those that run
        into 1 January of its year as joined in crossings (the ones that end before --since left
        out), then those that began between that day and --since."""
        day = since[:4] + "-01-01"
        if until and until < since:  # no day lies between the bounds: as the index has them
            yield utf8(row[4] + "\n" for row in self._crossing(since, "", until))
            return
        joined = self.db.execute("SELECT lines, his FROM crossings WHERE day=?", (day,)).fetchone()
        if joined and since == day:
            yield joined[0]
        elif joined:
            lines = joined[0].decode("utf-8").split("\n")
            yield utf8(line + "\n" for line, hi in zip(lines, joined[1].split("\n"), strict=False) if hi >= since)
        if since != day:
            yield utf8(row[4] + "\n" for row in self._crossing(since, day))

    def _block_lines(self, since: tuple, until: str | None):
        """The lines of the events from key `since` to --until: whole blocks where a block lies
        within them, the events themselves in the blocks at either end."""
        blocks = self.db.execute(
            f"SELECT lo, hi, rid, pos, lines FROM event_blocks WHERE (lo, hi, rid, pos) >= "
            f"(?,?,?,?) ORDER BY {BLOCK_ORDER}",
            self._block_at(since) or FIRST_KEY,
        )
        block = blocks.fetchone()
        while block is not None and not (until and block[0] > until):
            after = blocks.fetchone()
            start = block[:4]
            if start >= since and (until is None or (after is not None and after[0] <= until)):
                yield block[4]
            else:  # a block at an end: only its events within the bounds
                rows = self._events_between(max(start, since), after and after[:4], until)
                yield utf8(row[4] + "\n" for row in rows)
            block = after

    def _block_at(self, key: tuple) -> tuple | None:
        """The key of the block an event key falls in: the last block that starts at or before it."""
        return self.db.execute(
            f"SELECT lo, hi, rid, pos FROM event_blocks WHERE (lo, hi, rid, pos) <= (?,?,?,?) "
            f"ORDER BY {BLOCK_ORDER_DESC} LIMIT 1",
            key,
        ).fetchone()

    def _events_between(self, start: tuple, after: tuple | None, until: str | None = None):
        """The events from key `start` up to key `after` (not included), to --until."""
        where, args = "(lo, hi, rid, pos) >= (?,?,?,?)", list(start)
        if after:
            where += " AND (lo, hi, rid, pos) < (?,?,?,?)"
            args += after
        if until:
            where += " AND lo <= ?"
            args.append(until)
        return self.db.execute(f"SELECT lo, hi, rid, pos, line FROM events WHERE {where} ORDER BY {BLOCK_ORDER}", args)

    def _put_blocks(self, start: tuple, rows) -> None:
        """Write the events' lines as blocks of BLOCK, the first keyed `start` (kept, even when
        empty, when it is the first key of all), the others by their first event."""
        key, lines = start, list[str]()
        for lo, hi, rid, pos, line in rows:
            if len(lines) >= BLOCK:
                self.db.execute("INSERT INTO event_blocks VALUES (?,?,?,?,?)", (*key, utf8(lines)))
                key, lines = (lo, hi, rid, pos), []
            lines.append(line + "\n")
        if lines or key == FIRST_KEY:
            self.db.execute("INSERT INTO event_blocks VALUES (?,?,?,?,?)", (*key, utf8(lines)))
