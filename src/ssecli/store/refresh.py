"""Bringing the index in line with the folder: the files added, changed and removed since the last
refresh are found by their size and time (then a hash of their text), parsed (store.workers) and
written; organisations are resolved again where the change reached (store.orgsync) and the
timeline's joined lines where its events moved (store.timeline).

A file is parsed again only when it changed. Files added, removed or renamed change the folder's
modification time, which is checked on every call; every file is checked when the folder changed,
on `sse index`, and at least every SSE_RESCAN_SECONDS."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from ssecli.corpus import Problem, scan, unique_ids
from ssecli.store.database import (
    BUILT_AFTER,
    FTS_TABLES,
    Database,
    drop_indexes,
    extraction_version,
    is_busy,
    is_read_only,
)
from ssecli.store.namesets import NameSets
from ssecli.store.orgsync import FULL_AT, OrgSync
from ssecli.store.prepare import RecordRows
from ssecli.store.rows import Capped
from ssecli.store.timeline import Timeline

# The writer's page cache, in KiB (negative, as PRAGMA cache_size takes it), and the smaller one
# the indexes a new index makes after its files are written are sorted with.
CACHE_KB = -65536
SORT_CACHE_KB = -16384


@dataclass
class RefreshReport:
    parsed: int = 0
    unchanged: int = 0
    deleted: int = 0
    rewritten: int = 0  # records written again because the corpus-wide resolution changed them
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def indexed_stamps(db: sqlite3.Connection) -> str | None:
    """Every indexed file as 'name \1 size \1 mtime', joined by NUL in one string (None: no file):
    100,000 rows read as one, to be compared as a set with file_stamps."""
    return db.execute(
        "SELECT group_concat(name || char(1) || size || char(1) || mtime_ns, char(0)) FROM files"
    ).fetchone()[0]


def file_stamps(files: list[tuple[str, int, int]]) -> set[str]:
    """The folder's files (corpus.scan) in indexed_stamps' form."""
    return {f"{name}\1{size}\1{mtime_ns}" for name, size, mtime_ns in files}


def scan_problems(db: sqlite3.Connection, folder: Path) -> list[Problem]:
    """What the last scan found about the folder's entries (links, folders, ids taken)."""
    row = db.execute("SELECT value FROM meta WHERE key='scan_problems'").fetchone()
    return [Problem(folder / name, reason, skipped) for name, reason, skipped in json.loads(row[0] if row else "[]")]


def stored_problems(db: sqlite3.Connection, folder: Path) -> list[Problem]:
    """Everything the last scans found wrong or guessed about the folder's files, to list again
    (`sse index --problems`): refreshes say each once, when they find it."""
    problems = scan_problems(db, folder)
    for name, problem, notes in db.execute(
        "SELECT name, problem, notes FROM files WHERE problem IS NOT NULL OR notes != '[]' ORDER BY name"
    ):
        if problem:
            problems.append(Problem(folder / name, problem))
        for note in json.loads(notes or "[]"):
            problems.append(Problem(folder / name, note, skipped=False))
    return sorted(problems, key=lambda p: str(p.path))


class Refresher:
    def __init__(self, database: Database, timeline: Timeline, orgs: OrgSync) -> None:
        self.database = database
        self.timeline = timeline
        self.orgs = orgs
        self.names: NameSets | None = None  # the name index's writer, made for each refresh

    @property
    def db(self) -> sqlite3.Connection:
        return self.database.db

    @property
    def folder(self):
        return self.database.folder

    def refresh(
        self,
        recursive: bool = False,
        rebuild: bool = False,
        progress: Callable[[str, int, int], None] | None = None,
        full: bool = False,
    ) -> RefreshReport:
        """Bring the index in line with the folder. Safe to run from two processes at once: the
        second waits for the first and then finds little or nothing to do.

        Files added, removed or renamed change the folder's modification time, which is checked
        on every call. Every file is checked (its size and modification time) when the folder
        changed, when `full` (`sse index`) asks, and at least every RESCAN_SECONDS: an article
        edited in place is noticed then, and an archive of 100,000 files is not stat'ed on every
        query."""
        database = self.database
        report = RefreshReport(warnings=database.warnings)
        database.warnings = []
        db = self.db
        if not (full or rebuild or recursive) and self._unchanged():
            return report  # nothing found that was not said before
        if database.read_only is not None:
            if not rebuild and self._as_indexed(recursive):
                return report
            db.close()  # the folder changed: it is read into an index in memory
            db = database.db = database.in_memory(database.read_only)
            database.read_only = None
            report.warnings += database.warnings
            database.warnings = []
        # A build writes into large B-trees (names, events, the full-text index) in no order: a
        # cache of 64 MB keeps their pages from being spilled and written again and again. Only a
        # writer has it: a query that reads tens of megabytes (a timeline) would spend a third of
        # its time filling the cache's fresh memory, where the default 2 MB is reused.
        db.execute(f"PRAGMA cache_size = {CACHE_KB}")
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            if is_read_only(e):
                database.db = database.in_memory(e)
                database.warnings = report.warnings + database.warnings
                return self.refresh(recursive, rebuild, progress)
            raise
        try:
            self._refresh(report, recursive, rebuild, progress)
            db.execute("COMMIT")
        except sqlite3.DatabaseError as e:
            try:
                db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            if is_busy(e) or database.path is None:
                raise
            # Damage found only on reading (a truncated file): start over once.
            database.warnings = [*report.warnings, f"index {database.path} is damaged ({e}): rebuilt"]
            db.close()
            database.db = database.recreate()
            return self.refresh(recursive, rebuild, progress)
        except BaseException:
            # Ctrl-C may land once COMMIT is done: what stops the command is said, not a failed rollback.
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return report

    def _folder_stamp(self) -> str:
        try:
            return str(self.folder.stat().st_mtime_ns)
        except OSError:
            return ""

    def _as_indexed(self, recursive: bool) -> bool:
        """Whether every file of the folder is as the index has it (names, sizes and times), and the
        index was made by these rules: what an index that cannot be written must be to answer."""
        stored = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        if stored.get("extraction") != extraction_version() or stored.get("recursive") != str(recursive):
            return False
        joined = indexed_stamps(self.db)
        return file_stamps(scan(self.folder, recursive).files) == set((joined or "").split("\0")) - {""}

    def _unchanged(self) -> bool:
        import time

        from ssecli.settings import rescan_seconds

        stored = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        return (
            stored.get("extraction") == extraction_version()
            and stored.get("recursive") == "False"
            and stored.get("folder_mtime") == self._folder_stamp()
            and time.time() - float(stored.get("scanned_at") or 0) < rescan_seconds()
        )

    def _refresh(self, report: RefreshReport, recursive: bool, rebuild: bool, progress) -> None:
        db = self.db
        names = self.names = NameSets(db)
        version = extraction_version()
        stored = dict(db.execute("SELECT key, value FROM meta").fetchall())
        if rebuild or stored.get("extraction") != version or stored.get("recursive") != str(recursive):
            for table in (
                "files",
                "records",
                "record_orgs",
                "name_sets",
                "name_keys",
                "record_names",
                "events",
                "event_blocks",
                "crossings",
                "org_facts",
                "org_agg",
                "org_rel",
                "org_map",
                "org_keys",
            ):
                db.execute(f"DELETE FROM {table}")
            for fts in FTS_TABLES:
                db.execute(f"INSERT INTO {fts}({fts}) VALUES ('delete-all')")
            db.execute("DELETE FROM meta WHERE key='scan_problems'")  # a rebuild says everything again
            db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('extraction', ?), ('recursive', ?)", (version, str(recursive))
            )
        import time

        from ssecli.store.workers import parse_stream

        stamp, started = self._folder_stamp(), time.time()
        found = scan(self.folder, recursive)
        scanned, problems = found.files, found.problems
        # What changed, as sets of 'name \1 size \1 mtime' compared in C: an archive of 100,000
        # files is checked without a Python step for each unchanged file. Strings keep their hash
        # where tuples compute theirs again, and the index gives them as one string (a path holds
        # no NUL), not as 100,000 rows.
        joined = indexed_stamps(db)
        if joined is None:  # a build: every file is new (and 100,000 strings would stay in the heap)
            now = before = None
            came, went = {name for name, _, _ in scanned}, set()
        else:
            now = file_stamps(scanned)
            before = set(joined.split("\0"))
            came = {entry.rsplit("\1", 2)[0] for entry in now - before}  # new, or changed
            went = {entry.rsplit("\1", 2)[0] for entry in before - now}  # gone, or changed
        gone, added = sorted(went - came), came - went
        if added or gone:  # another set of names: ids may move ('003_b' becomes '003')
            ids, id_warnings = unique_ids(sorted(name for name, _, _ in scanned), self.folder)
            db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('id_warnings', ?)",
                (json.dumps([(os.path.relpath(path, self.folder), message) for path, message in id_warnings]),),
            )
            rids = dict(db.execute("SELECT name, rid FROM files"))
            came |= {name for name, rid in rids.items() if name in ids and ids[name] != rid}
        else:  # the same names: the same ids, and the same warnings about them
            rids = {name: self._file(name, "rid") for name in came}
            ids = rids
            id_warnings = [
                (self.folder / name, message) for name, message in json.loads(stored.get("id_warnings") or "[]")
            ]
        to_parse = sorted(
            (name, size, mtime_ns, ids[name], rids.get(name) == ids[name])
            for name, size, mtime_ns in scanned
            if name in came
        )
        report.unchanged = len(scanned) - len(to_parse)
        del scanned, now, before, rids, ids
        touched = Capped(FULL_AT)
        for name in gone:
            db.execute("DELETE FROM files WHERE name=?", (name,))
            self._forget(name, touched)
        report.deleted = len(gone)
        changed = set()
        said: list[Problem] = []  # what this refresh found about the files it read
        remade = drop_indexes(db, BUILT_AFTER) if joined is None else []
        if to_parse:
            if progress:
                progress("parsing", 0, len(to_parse))
            jobs = (
                (
                    found.path(self.folder, name),
                    rid,
                    self._file(name, "sha1") if same_id else None,
                    os.path.basename(name),
                )
                for name, _, _, rid, same_id in to_parse
            )
            for k, ((name, size, mtime_ns, rid, _), got) in enumerate(
                zip(to_parse, parse_stream(jobs, len(to_parse)), strict=True), 1
            ):
                if isinstance(got, Problem):
                    # A file the parser failed on keeps no size: the next scan takes it as changed.
                    db.execute(
                        "INSERT OR REPLACE INTO files(name, size, mtime_ns, rid, problem) VALUES (?,?,?,?,?)",
                        (name, -1 if got.retry else size, mtime_ns, rid, got.reason),
                    )
                    said.append(Problem(self.folder / name, got.reason))
                    if name not in added:
                        self._forget(name, touched)
                    changed.add(name)
                elif got[2] is None:
                    db.execute("UPDATE files SET size=?, mtime_ns=? WHERE name=?", (size, mtime_ns, name))
                    report.unchanged += 1
                else:
                    sha1, notes, (rows, facts) = got
                    said += [Problem(self.folder / name, note, skipped=False) for note in notes]
                    db.execute(
                        "INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?)",
                        (name, size, mtime_ns, sha1, rid, None, json.dumps(notes)),
                    )
                    # An edit that leaves what the file says about organisations as it was (a
                    # correction, a date) changes no count: nothing is resolved again for it.
                    same = name not in added and db.execute(
                        "SELECT rid, kind, surface, other, flag FROM org_facts WHERE file=? ORDER BY seq", (name,)
                    ).fetchall() == [tuple(fact) for fact in facts]
                    if name not in added:  # a new file has nothing in the index to take out
                        self._delete_records(name)
                        if not same:
                            self._delete_facts(name, touched)
                    if not same:
                        db.executemany(
                            "INSERT INTO org_facts VALUES (?,?,?,?,?,?,?)",
                            [(name, seq, *fact) for seq, fact in enumerate(facts)],
                        )
                        touched.update((kind, surface, flag, other) for _, kind, surface, other, flag in facts)
                    self._write(name, rows)  # organisations are filled in by the resolution
                    report.parsed += 1
                    changed.add(name)
                if progress and (k % 64 == 0 or k == len(to_parse)):
                    progress("parsing", k, len(to_parse))
        if remade:
            # Each index is made in one sort, and SQLite's sorter may take as much memory as the
            # page cache on top of it: a small cache while they are made keeps the build's peak
            # memory down, at the price of a sort that spills to a temporary file.
            db.execute(f"PRAGMA cache_size = {SORT_CACHE_KB}")
            for sql in remade:
                db.execute(sql)
            db.execute(f"PRAGMA cache_size = {CACHE_KB}")
        if changed or gone:
            report.rewritten = self.orgs.resolve(changed, touched, progress, names)
            self.timeline.apply()
            names.sweep()
        # What is said: what the scan found that the last one had not, and what reading the files
        # parsed now found; all of it is kept (stored_problems) to be listed again.
        problems += [Problem(path, message, skipped=False) for path, message in id_warnings]
        said_before = {(str(p.path), p.reason) for p in scan_problems(db, self.folder)}
        prefix = len(str(self.folder).rstrip(os.sep)) + 1
        rows = [
            (str(p.path)[prefix:] if str(p.path).startswith(str(self.folder)) else p.path.name, p.reason, p.skipped)
            for p in problems
        ]
        db.execute("INSERT OR REPLACE INTO meta VALUES ('scan_problems', ?)", (json.dumps(rows),))
        report.problems = sorted(
            [p for p in problems if (str(p.path), p.reason) not in said_before] + said, key=lambda p: str(p.path)
        )
        db.execute("INSERT OR REPLACE INTO meta VALUES ('folder_mtime', ?), ('scanned_at', ?)", (stamp, str(started)))

    def _file(self, name: str, column: str) -> str | None:
        """A column of the files table (rid, sha1) for one file, None for a file new to it."""
        row = self.db.execute(f"SELECT {column} FROM files WHERE name=?", (name,)).fetchone()
        return row[0] if row else None

    def _forget(self, name: str, touched: set[tuple]) -> None:
        """Take a file's records and facts out of the index, noting the facts whose counts change."""
        self._delete_records(name)
        self._delete_facts(name, touched)

    def _delete_records(self, name: str) -> None:
        db = self.db
        # `+entry`: look the file up by records_file; by records_entry_lo it is a scan of every entry.
        rows = db.execute("SELECT n, title, text FROM records WHERE file=? AND +entry=1", (name,)).fetchall()
        for n, title, text in rows:
            for fts in FTS_TABLES:
                db.execute(f"INSERT INTO {fts}({fts}, rowid, title, text) VALUES ('delete', ?, ?, ?)", (n, title, text))
        assert self.names is not None
        self.names.unlink("n IN (SELECT n FROM records WHERE file=?)", (name,))
        db.execute("DELETE FROM record_orgs WHERE n IN (SELECT n FROM records WHERE file=?)", (name,))
        self.timeline.taken_out(
            db.execute(
                "SELECT lo, hi, rid, pos, line FROM events WHERE n IN (SELECT n FROM records WHERE file=?)", (name,)
            )
        )
        db.execute("DELETE FROM events WHERE n IN (SELECT n FROM records WHERE file=?)", (name,))
        db.execute("DELETE FROM records WHERE file=?", (name,))

    def _delete_facts(self, name: str, touched: set[tuple]) -> None:
        db = self.db
        touched.update(db.execute("SELECT kind, surface, flag, other FROM org_facts WHERE file=?", (name,)))
        db.execute("DELETE FROM org_facts WHERE file=?", (name,))

    def _write(self, name: str, rows: list[RecordRows]) -> None:
        """Write a file's records (store.prepare made their rows in the worker)."""
        db = self.db
        assert self.names is not None
        for r in rows:
            values = r.record
            n = cast(
                int,
                db.execute(
                    "INSERT INTO records(id, file, parent, entry, date, lo, hi, inferred, title, data, text) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (values[0], name, *values[1:]),
                ).lastrowid,
            )
            db.execute("INSERT INTO record_orgs VALUES (?,?)", (n, r.orgs))
            if r.entry:  # a listing page is never a hit: its items are
                for fts in FTS_TABLES:
                    db.execute(f"INSERT INTO {fts}(rowid, title, text) VALUES (?, ?, ?)", (n, r.title, r.text))
            self.names.link(n, r.sets)
            events = [(*e[:4], n, *e[4:]) for e in r.events]
            db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?)", events)
            self.timeline.put_in((*e[:4], e[9]) for e in events)
