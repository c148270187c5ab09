"""The SQLite index of a corpus folder: parsed records, their names and events, and a full-text
index, refreshed incrementally so that a query costs about as much as starting the program.

One index a corpus folder, in the user's cache directory (`--index PATH` or `SSE_INDEX` put
it elsewhere). A file is parsed again only when it changed: its size and modification time
first, then a hash of its text. Organisations are resolved across the whole corpus (an acronym
defined in one article names the same body in all): each file's facts about organisations are
kept, with their counts across the corpus, so that when a file changes the resolution is run
again over those counts, not over every file, and only the files whose organisations changed
are written again. A new parser, gazetteer or schema rebuilds the index.

Failures never stop a query: a corrupt, truncated or foreign file is rebuilt, and where the
index cannot be written (a read-only cache) an index in memory answers, each with a warning."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ssecli.corpus import Problem, scan, unique_ids
from ssecli.models import Event, Record

SCHEMA_VERSION = 18
# PRAGMA application_id of every index sse makes ('SSE1'): a file given as --index that does not
# carry it is not sse's to rebuild or write over.
APPLICATION_ID = 0x53534531
SQLITE_HEADER = b"SQLite format 3\x00"
LONG_DAYS = 366  # an event that spans more days is found by the events_long index

# A record as it is read back (alias r): its JSON, and its organisations.
RECORD = "r.data, (SELECT o.orgs FROM record_orgs o WHERE o.n = r.n)"
NAME_KIND = {"orgs": "org", "people": "person", "places": "place"}  # a command's kind -> the names table's

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE files(
    name TEXT PRIMARY KEY,      -- path relative to the corpus folder
    size INTEGER, mtime_ns INTEGER, sha1 TEXT, rid TEXT,
    problem TEXT,               -- why the file was skipped, or NULL
    notes TEXT                  -- JSON list of what was guessed while reading it
);
CREATE TABLE records(
    n INTEGER PRIMARY KEY,
    id TEXT UNIQUE, file TEXT, parent TEXT,
    entry INTEGER,              -- 1: what `list` shows (articles and listing items), 0: listing pages
    date TEXT, lo TEXT, hi TEXT, -- the date and the first and last day it covers
    inferred INTEGER,           -- 1: the date is inferred from the text
    title TEXT, data TEXT,      -- the record as JSON, without its text and organisations
    text TEXT
);
-- Each record's organisations (JSON), apart from the record: the corpus-wide resolution writes
-- them again after a change, and rewrites these short rows, not records with their text.
CREATE TABLE record_orgs(n INTEGER PRIMARY KEY, orgs TEXT);
CREATE INDEX records_file ON records(file);
CREATE INDEX records_entry_lo ON records(entry, lo);
-- Every word-suffix of every name's key, by record (a record's names are one range, to check or
-- delete) and by key (the records a filter matches are one range scan).
CREATE TABLE names(n INTEGER, kind TEXT, key TEXT, PRIMARY KEY(n, kind, key)) WITHOUT ROWID;
CREATE INDEX names_kind_key ON names(kind, key);
-- The events of what `list` shows (articles and listing items): what a timeline row shows,
-- without JSON, and its plain line (export.EVENT_LINE), so that a timeline of hundreds of
-- thousands of events is written to a pipe in the order the table is stored in: no sort, no
-- formatting, no look-up from an index into the table.
CREATE TABLE events(lo TEXT, hi TEXT, rid TEXT, pos INTEGER, n INTEGER,
                    e_start TEXT, e_end TEXT, e_text TEXT, e_surface TEXT, line TEXT,
                    long INTEGER,  -- 1: it spans more than 366 days ('2021-2023')
                    PRIMARY KEY(lo, hi, rid, pos)) WITHOUT ROWID;
CREATE INDEX events_n ON events(n);
-- The events that began before a day and run into it: those of a year or less that last more
-- than a day began within 367 days of it (a range of events_span, whose keys are read first: of
-- the tens of thousands in the range a few hundred run into the day, and only their lines are
-- read), the longer ones are few and have their lines in events_long, in the table's order. An
-- index holds `long`, which its WHERE implies, because SQLite reads the table for any column a
-- query names that the index lacks.
CREATE INDEX events_span ON events(lo, hi, rid, pos, long) WHERE lo < hi AND NOT long;
CREATE INDEX events_long ON events(lo, hi, rid, pos, long, line) WHERE long;
-- The timeline lines (events.line, each with its newline) joined in blocks of about BLOCK events
-- in the table's order, each keyed by its first event's key (the first block by the key before
-- all), so that a timeline without name filters is written a block at a time, and a refresh
-- joins again only the blocks its events fall in.
CREATE TABLE event_blocks(lo TEXT, hi TEXT, rid TEXT, pos INTEGER, lines BLOB,  -- UTF-8, as written
                          PRIMARY KEY(lo, hi, rid, pos)) WITHOUT ROWID;
-- For each 1 January that events run across, the lines of those that began before it and run
-- into it, joined in the table's order, with each one's last day (hi, one a line): what a
-- timeline --since that day starts with, read as one row instead of tens of thousands (at 100,000
-- articles 16,000 events run into 2023). A refresh joins again the days its events run across.
CREATE TABLE crossings(day TEXT PRIMARY KEY, lines BLOB, his TEXT);
-- What each file says about organisations (resolve.facts), the count and first and last place
-- of each distinct fact across the corpus, and what each mention resolves to.
CREATE TABLE org_facts(file TEXT, seq INTEGER, rid TEXT, kind INTEGER, surface TEXT, other TEXT, flag INTEGER);
CREATE INDEX org_facts_file ON org_facts(file, seq);
CREATE INDEX org_facts_fact ON org_facts(kind, surface, flag, other, file, seq);
CREATE TABLE org_agg(kind INTEGER, surface TEXT, other TEXT, flag INTEGER, count INTEGER, first TEXT, last TEXT,
                     PRIMARY KEY(kind, surface, flag, other)) WITHOUT ROWID;
-- resolve.tie_keys: up is 1 for the keys of the body a unit belongs to ('ILO' of 'ILO COOP').
CREATE TABLE org_rel(key TEXT, kind INTEGER, surface TEXT, flag INTEGER, other TEXT, up INTEGER);
CREATE INDEX org_rel_key ON org_rel(key, up);
CREATE INDEX org_rel_fact ON org_rel(surface, kind, flag, other);
CREATE TABLE org_keys(surface TEXT PRIMARY KEY, key TEXT, folded TEXT) WITHOUT ROWID;  -- computed once
CREATE TABLE org_map(kind INTEGER, surface TEXT, flag INTEGER, org TEXT,
                     PRIMARY KEY(kind, surface, flag)) WITHOUT ROWID;
CREATE VIRTUAL TABLE fts USING fts5(title, text, content='records', content_rowid='n',
                                    tokenize='unicode61 remove_diacritics 2');
"""


def extraction_version() -> str:
    """What the records depend on besides the files: the parser's rules (their version, and a
    hash of their source, so that an edited rule can never leave an index stale) and the gazetteer."""
    from ssecli.extract import GAZETTEER_VERSION, PARSER_VERSION

    here = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    for module in sorted([here / "parser.py", here / "resolve.py", here / "corpus.py", *(here / "extract").glob("*.py")]):
        try:
            digest.update(module.read_bytes())
        except OSError:
            pass
    return f"{PARSER_VERSION}-{GAZETTEER_VERSION}-{SCHEMA_VERSION}-{digest.hexdigest()[:12]}"


def default_path(folder: Path) -> Path:
    """One index a corpus folder, in the user's cache directory."""
    from ssecli.settings import cache_dir

    base = cache_dir()
    digest = hashlib.sha1(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return base / "index" / f"{folder.resolve().name[:40]}-{digest}.sqlite"


@dataclass
class RefreshReport:
    parsed: int = 0
    unchanged: int = 0
    deleted: int = 0
    rewritten: int = 0  # records written again because the corpus-wide resolution changed them
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _date_range(iso: str | None) -> tuple[str | None, str | None]:
    from ssecli.query import date_range

    r = date_range(iso)
    return (r[0].isoformat(), r[1].isoformat()) if r else (None, None)


@lru_cache(maxsize=4096)
def name_suffixes(name: str) -> frozenset[str]:
    """'International Labour Organisation' -> its key and every word-suffix of it, so that a
    filter matching any word's start is one indexed range scan."""
    from ssecli.extract.text import name_key

    words = name_key(name).split()
    return frozenset(" ".join(words[i:]) for i in range(len(words)))


FULL_AT = 5000  # facts touched past which a refresh resolves the whole corpus again
REWRITE_ALL_AT = 5000  # names whose resolution moved past which every file's organisations are rewritten
BLOCK = 512  # timeline lines joined in one block of event_blocks
FIRST_KEY = ("", "", "", -1)  # before every event's key: the first block's
BLOCK_ORDER = "lo, hi, rid, pos"
BLOCK_ORDER_DESC = "lo DESC, hi DESC, rid DESC, pos DESC"


def _utf8(lines) -> bytes:
    return "".join(lines).encode("utf-8", "replace")


class _Capped(set):
    """What a refresh changed, up to a limit past which it does the whole job (it resolves the
    whole corpus, joins every block) and keeps no more: a build holds none of it."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.full = False

    def update(self, items) -> None:
        if not self.full:
            super().update(items)
            self.full = len(self) > self.limit


class Index:
    # A name that occurs this many times a record asked for is checked record by record (_filter_sql).
    COMMON = 250

    def __init__(self, path: Path | None, folder: Path, chosen: bool = False) -> None:
        self.folder = folder
        self.path = path
        self.chosen = chosen  # the user named the file (--index, SSE_INDEX): not sse's own folder
        self.read_only: Exception | None = None  # why an index that answers cannot be written
        self.warnings: list[str] = []
        # The events taken out and put in (key and line), for event_blocks and crossings: a file
        # written again with the events it had changes neither.
        self._out, self._in = _Capped(BLOCK * 8), _Capped(BLOCK * 8)
        self.db = self._open()

    # -- opening, and what to do when the file is not an index we can use --------------------

    def _connect(self, target: str) -> sqlite3.Connection:
        db = sqlite3.connect(target, timeout=60, isolation_level=None)
        db.execute("PRAGMA busy_timeout = 60000")
        if target != ":memory:":
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
        return db

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            return self._create(self._connect(":memory:"))
        if self.chosen and not made_by_sse(self.path):
            from ssecli.errors import UsageError

            raise UsageError(f"--index {self.path}: this file is not an sse index, and sse writes only over a file it "
                             "made; name a new file, or leave out --index to use the cache")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = self._connect(str(self.path))
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0 and not db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
                return self._create(db)
            if version != SCHEMA_VERSION:
                db.close()
                self.warnings.append(f"index {self.path} is of another version of sse: rebuilt")
                return self._recreate()
            db.execute("SELECT 1 FROM files LIMIT 1").fetchone()
            return db
        except sqlite3.DatabaseError as e:
            if isinstance(e, sqlite3.OperationalError) and ("readonly" in str(e) or "unable to open" in str(e)):
                return self._read_only(e)
            if "locked" in str(e) or "busy" in str(e):
                raise  # another process holds it: never a reason to throw the index away
            self.warnings.append(f"index {self.path} is damaged ({e}): rebuilt")
            return self._recreate()
        except OSError as e:
            return self._read_only(e)

    def _read_only(self, error: Exception) -> sqlite3.Connection:
        """An index that cannot be written (a read-only cache) still answers, if it is one of this
        version: refresh() uses it while the folder is as it was, and reads the folder into an
        index in memory once it is not."""
        from urllib.parse import quote

        for mode in ("ro", "ro&immutable=1"):  # immutable: a WAL index whose -shm cannot be made
            try:
                db = sqlite3.connect(f"file:{quote(str(self.path))}?mode={mode}", uri=True, isolation_level=None)
                if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
                    db.execute("SELECT 1 FROM files LIMIT 1").fetchone()
                    self.read_only = error
                    return db
                db.close()
            except sqlite3.Error:
                continue
        return self._in_memory(error)

    def _recreate(self) -> sqlite3.Connection:
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                Path(str(self.path) + suffix).unlink()
            except FileNotFoundError:
                pass
            except OSError as e:
                return self._in_memory(e)
        try:
            return self._create(self._connect(str(self.path)))
        except (sqlite3.DatabaseError, OSError) as e:
            return self._in_memory(e)

    def _in_memory(self, error: Exception) -> sqlite3.Connection:
        self.warnings.append(f"cannot write the index at {self.path} ({error}): using an index in memory")
        self.path = None
        return self._create(self._connect(":memory:"))

    @staticmethod
    def _create(db: sqlite3.Connection) -> sqlite3.Connection:
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] == 0:  # another process may have won
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return db

    # -- refreshing -----------------------------------------------------------------------------

    def refresh(self, recursive: bool = False, rebuild: bool = False,
                progress: Callable[[str, int, int], None] | None = None, full: bool = False) -> RefreshReport:
        """Bring the index in line with the folder. Safe to run from two processes at once: the
        second waits for the first and then finds little or nothing to do.

        Files added, removed or renamed change the folder's modification time, which is checked
        on every call. Every file is checked (its size and modification time) when the folder
        changed, when `full` (`sse index`) asks, and at least every RESCAN_SECONDS: an article
        edited in place is noticed then, and an archive of 100,000 files is not stat'ed on every
        query."""
        report = RefreshReport(warnings=list(self.warnings))
        self.warnings = []
        db = self.db
        if not (full or rebuild or recursive) and self._unchanged():
            return report  # nothing found that was not said before
        if self.read_only is not None:
            if not rebuild and self._as_indexed(recursive):
                return report
            db.close()  # the folder changed: it is read into an index in memory
            db = self.db = self._in_memory(self.read_only)
            self.read_only = None
            report.warnings += self.warnings
            self.warnings = []
        # A build writes into large B-trees (names, events, the full-text index) in no order: a
        # cache of 64 MB keeps their pages from being spilled and written again and again. Only a
        # writer has it: a query that reads tens of megabytes (a timeline) would spend a third of
        # its time filling the cache's fresh memory, where the default 2 MB is reused.
        db.execute("PRAGMA cache_size = -65536")
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            if "readonly" in str(e):
                self.db = self._in_memory(e)
                report.warnings += self.warnings
                self.warnings = []
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
            if "locked" in str(e) or "busy" in str(e) or self.path is None:
                raise
            # Damage found only on reading (a truncated file): start over once.
            self.warnings.append(f"index {self.path} is damaged ({e}): rebuilt")
            db.close()
            self.db = self._recreate()
            return self.refresh(recursive, rebuild, progress)
        except BaseException:
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
        joined = self.db.execute("SELECT group_concat(name || char(1) || size || char(1) || mtime_ns, char(0)) "
                                 "FROM files").fetchone()[0]
        now = {f"{name}\1{size}\1{mtime_ns}" for name, size, mtime_ns in scan(self.folder, recursive).files}
        return now == set((joined or "").split("\0")) - {""}

    def _unchanged(self) -> bool:
        import time

        from ssecli.settings import rescan_seconds

        stored = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        return (stored.get("extraction") == extraction_version() and stored.get("recursive") == "False"
                and stored.get("folder_mtime") == self._folder_stamp()
                and time.time() - float(stored.get("scanned_at") or 0) < rescan_seconds())

    def problems(self) -> list[Problem]:
        """Everything the last scans found wrong or guessed about the folder's files, to list
        again (`sse index --problems`): refreshes say each once, when they find it."""
        problems = self._scan_problems()
        for name, problem, notes in self.db.execute(
                "SELECT name, problem, notes FROM files WHERE problem IS NOT NULL OR notes != '[]' ORDER BY name"):
            if problem:
                problems.append(Problem(self.folder / name, problem))
            for note in json.loads(notes or "[]"):
                problems.append(Problem(self.folder / name, note, skipped=False))
        return sorted(problems, key=lambda p: str(p.path))

    def _scan_problems(self) -> list[Problem]:
        """What the last scan found about the folder's entries (links, folders, ids taken)."""
        row = self.db.execute("SELECT value FROM meta WHERE key='scan_problems'").fetchone()
        return [Problem(self.folder / name, reason, skipped) for name, reason, skipped in json.loads(row[0] if row else "[]")]

    def _refresh(self, report: RefreshReport, recursive: bool, rebuild: bool, progress) -> None:
        db = self.db
        version = extraction_version()
        stored = dict(db.execute("SELECT key, value FROM meta").fetchall())
        if rebuild or stored.get("extraction") != version or stored.get("recursive") != str(recursive):
            for table in ("files", "records", "record_orgs", "names", "events", "event_blocks", "crossings", "org_facts",
                          "org_agg", "org_rel", "org_map", "org_keys"):
                db.execute(f"DELETE FROM {table}")
            db.execute("INSERT INTO fts(fts) VALUES ('delete-all')")
            db.execute("DELETE FROM meta WHERE key='scan_problems'")  # a rebuild says everything again
            db.execute("INSERT OR REPLACE INTO meta VALUES ('extraction', ?), ('recursive', ?)",
                       (version, str(recursive)))
        import time

        from ssecli.workers import parse_stream

        stamp, started = self._folder_stamp(), time.time()
        found = scan(self.folder, recursive)
        scanned, problems = found.files, found.problems
        # What changed, as sets of 'name \1 size \1 mtime' compared in C: an archive of 100,000
        # files is checked without a Python step for each unchanged file. Strings keep their hash
        # where tuples compute theirs again, and the index gives them as one string (a path holds
        # no NUL), not as 100,000 rows.
        joined = db.execute("SELECT group_concat(name || char(1) || size || char(1) || mtime_ns, char(0)) "
                            "FROM files").fetchone()[0]
        if joined is None:  # a build: every file is new (and 100,000 strings would stay in the heap)
            now = before = None
            came, went = {name for name, _, _ in scanned}, set()
        else:
            now = {f"{name}\1{size}\1{mtime_ns}" for name, size, mtime_ns in scanned}
            before = set(joined.split("\0"))
            came = {entry.rsplit("\1", 2)[0] for entry in now - before}  # new, or changed
            went = {entry.rsplit("\1", 2)[0] for entry in before - now}  # gone, or changed
        gone, added = sorted(went - came), came - went
        if added or gone:  # another set of names: ids may move ('003_b' becomes '003')
            ids, id_warnings = unique_ids(sorted(name for name, _, _ in scanned), self.folder)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('id_warnings', ?)", (json.dumps(
                [(os.path.relpath(path, self.folder), message) for path, message in id_warnings]),))
            rids = dict(db.execute("SELECT name, rid FROM files"))
            came |= {name for name, rid in rids.items() if name in ids and ids[name] != rid}
        else:  # the same names: the same ids, and the same warnings about them
            rids = {name: self._file(name, "rid") for name in came}
            ids = rids
            id_warnings = [(self.folder / name, message)
                           for name, message in json.loads(stored.get("id_warnings") or "[]")]
        to_parse = sorted((name, size, mtime_ns, ids[name], rids.get(name) == ids[name])
                          for name, size, mtime_ns in scanned if name in came)
        report.unchanged = len(scanned) - len(to_parse)
        del scanned, now, before, rids, ids
        touched = _Capped(FULL_AT)
        for name in gone:
            db.execute("DELETE FROM files WHERE name=?", (name,))
            self._forget(name, touched)
        report.deleted = len(gone)
        changed = set()
        said: list[Problem] = []  # what this refresh found about the files it read
        if to_parse:
            if progress:
                progress("parsing", 0, len(to_parse))
            jobs = ((found.path(self.folder, name), rid, self._file(name, "sha1") if same_id else None,
                     os.path.basename(name)) for name, _, _, rid, same_id in to_parse)
            for k, ((name, size, mtime_ns, rid, _), got) in enumerate(
                    zip(to_parse, parse_stream(jobs, len(to_parse))), 1):
                if isinstance(got, Problem):
                    # A file the parser failed on keeps no size: the next scan takes it as changed.
                    db.execute("INSERT OR REPLACE INTO files(name, size, mtime_ns, rid, problem) VALUES (?,?,?,?,?)",
                               (name, -1 if got.retry else size, mtime_ns, rid, got.reason))
                    said.append(Problem(self.folder / name, got.reason))
                    if name not in added:
                        self._forget(name, touched)
                    changed.add(name)
                elif got[2] is None:
                    db.execute("UPDATE files SET size=?, mtime_ns=? WHERE name=?", (size, mtime_ns, name))
                    report.unchanged += 1
                else:
                    sha1, notes, (record, facts) = got
                    said += [Problem(self.folder / name, note, skipped=False) for note in notes]
                    db.execute("INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?)",
                               (name, size, mtime_ns, sha1, rid, None, json.dumps(notes)))
                    # An edit that leaves what the file says about organisations as it was (a
                    # correction, a date) changes no count: nothing is resolved again for it.
                    same = name not in added and db.execute(
                        "SELECT rid, kind, surface, other, flag FROM org_facts WHERE file=? ORDER BY seq",
                        (name,)).fetchall() == [tuple(fact) for fact in facts]
                    if name not in added:  # a new file has nothing in the index to take out
                        self._delete_records(name)
                        if not same:
                            self._delete_facts(name, touched)
                    if not same:
                        db.executemany("INSERT INTO org_facts VALUES (?,?,?,?,?,?,?)",
                                       [(name, seq, *fact) for seq, fact in enumerate(facts)])
                        touched.update((kind, surface, flag, other) for _, kind, surface, other, flag in facts)
                    self._write(name, record)  # organisations are filled in by _resolve
                    report.parsed += 1
                    changed.add(name)
                if progress and (k % 64 == 0 or k == len(to_parse)):
                    progress("parsing", k, len(to_parse))
        if changed or gone:
            self._resolve(changed, touched, report, progress)
            self._join_blocks()
        # What is said: what the scan found that the last one had not, and what reading the files
        # parsed now found; all of it is kept (problems()) to be listed again.
        problems += [Problem(path, message, skipped=False) for path, message in id_warnings]
        before = {(str(p.path), p.reason) for p in self._scan_problems()}
        prefix = len(str(self.folder).rstrip(os.sep)) + 1
        scan_problems = [(str(p.path)[prefix:] if str(p.path).startswith(str(self.folder)) else p.path.name,
                          p.reason, p.skipped) for p in problems]
        db.execute("INSERT OR REPLACE INTO meta VALUES ('scan_problems', ?)", (json.dumps(scan_problems),))
        report.problems = sorted([p for p in problems if (str(p.path), p.reason) not in before] + said,
                                 key=lambda p: str(p.path))
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
            db.execute("INSERT INTO fts(fts, rowid, title, text) VALUES ('delete', ?, ?, ?)", (n, title, text))
        db.execute("DELETE FROM names WHERE n IN (SELECT n FROM records WHERE file=?)", (name,))
        db.execute("DELETE FROM record_orgs WHERE n IN (SELECT n FROM records WHERE file=?)", (name,))
        self._out.update(db.execute(
            "SELECT lo, hi, rid, pos, line FROM events WHERE n IN (SELECT n FROM records WHERE file=?)", (name,)))
        db.execute("DELETE FROM events WHERE n IN (SELECT n FROM records WHERE file=?)", (name,))
        db.execute("DELETE FROM records WHERE file=?", (name,))

    def _delete_facts(self, name: str, touched: set[tuple]) -> None:
        db = self.db
        touched.update(db.execute("SELECT kind, surface, flag, other FROM org_facts WHERE file=?", (name,)))
        db.execute("DELETE FROM org_facts WHERE file=?", (name,))

    def _resolve(self, changed: set[str], touched: set[tuple], report: RefreshReport, progress) -> None:
        """Resolve organisations across the corpus from the counts of its facts, and write the
        organisations (and their names in the name index) of the files where they changed: the
        files that changed, and those that mention a name whose resolution changed.

        After a small change only the facts whose counts moved, and those tied to them
        (_tied_facts), are resolved again: the rest of the corpus resolves as it did, so a
        one-file refresh of an archive costs about as much as the names that file touches."""
        from ssecli.resolve import OrgTable, orgs_of_file, related_keys

        db = self.db
        if progress:
            progress("resolving", 0, 1)
        full = touched.full or not db.execute("SELECT 1 FROM org_agg LIMIT 1").fetchone()
        counted = self._count_facts(touched, full)
        if full:
            moved = self._resolve_all()
        else:
            rows = self._tied_facts(counted)
            # The keys of the facts counted, those counted out included: a body that only they
            # named is found through them (_renamed_units), in every round below.
            counted_keys = set().union(*(related_keys(kind, surface, other, flag)
                                         for kind, surface, flag, other in counted))
            while True:
                asked = {(kind, surface, flag) for kind, surface, _, flag, *_ in rows.values()}
                asked |= {(kind, surface, flag) for kind, surface, flag, _ in counted}
                old = self._mapped(asked)
                self._prime_keys(list(rows.values()))
                table = OrgTable(list(rows.values()))
                new = self._map_json(table.resolution())
                moved = [k for k in new.keys() | old.keys() if new.get(k) != old.get(k)]
                units = self._renamed_units(table, rows, counted_keys)
                self._save_keys()
                if not units:
                    break
                self._tied_facts(units, rows)
            for k in moved:
                db.execute("DELETE FROM org_map WHERE kind=? AND surface=? AND flag=?", k)
            db.executemany("INSERT INTO org_map VALUES (?,?,?,?)", [(*k, new[k]) for k in moved if k in new])
            del old, new
        if isinstance(moved, int) or len(moved) > REWRITE_ALL_AT:
            files = [name for (name,) in db.execute("SELECT name FROM files WHERE problem IS NULL ORDER BY name")]
        else:
            files = set(changed)
            for k in moved:
                files.update(name for (name,) in db.execute(
                    "SELECT DISTINCT file FROM org_facts WHERE kind=? AND surface=? AND flag=?", k))
            files = sorted(files)
        for i, name in enumerate(files):
            fs = db.execute("SELECT rid, kind, surface, other, flag FROM org_facts WHERE file=? ORDER BY seq",
                            (name,)).fetchall()
            rows = db.execute("SELECT r.n, r.id, o.orgs FROM records r JOIN record_orgs o ON o.n = r.n "
                              "WHERE r.file=? ORDER BY r.n", (name,)).fetchall()
            if not rows:
                continue
            orgs = orgs_of_file(fs, [rid for _, rid, _ in rows], self._stored_resolution(fs))
            touched_file = False
            for n, rid, stored in rows:
                now = json.dumps([o.to_dict() for o in orgs[rid]], ensure_ascii=False, separators=(",", ":"))
                if now == stored:
                    continue
                db.execute("UPDATE record_orgs SET orgs=? WHERE n=?", (now, n))
                db.execute("DELETE FROM names WHERE n=? AND +kind='org'", (n,))  # by record, not by kind
                db.executemany("INSERT INTO names VALUES (?,?,?)", [(n, "org", k) for k in _org_keys(orgs[rid])])
                touched_file = True
            report.rewritten += touched_file and name not in changed
            if progress and i % 256 == 0:
                progress("resolving", i, len(files))
        if progress:
            progress("resolving", len(files), len(files))

    def _prime_keys(self, rows: list[tuple]) -> None:
        """Put the keys that org_keys holds of the names the rows are resolved through
        (resolve.row_names) in resolve.KEYS, where the resolution looks first, rather than
        compute them again: one query for a thousand facts' names (a build's batch of 20,000 facts
        asks for some 50,000)."""
        from ssecli import resolve

        for at in range(0, len(rows), 1000):
            names = {name for kind, surface, other, flag, *_ in rows[at:at + 1000]
                     for name in resolve.row_names(kind, surface, other, flag) if name not in resolve.KEYS}
            for surface, *forms in self.db.execute("SELECT surface, key, folded FROM org_keys WHERE surface IN "
                                                   "(SELECT value FROM json_each(?))", (json.dumps(list(names)),)):
                resolve.KEYS[surface] = tuple(forms)

    def _save_keys(self) -> None:
        """Keep the keys computed since the last save in org_keys, and free them (and the
        caches they were computed through): memory holds a batch's names, not the corpus's."""
        from ssecli import resolve
        from ssecli.extract.text import fold, name_key

        self.db.executemany("INSERT OR IGNORE INTO org_keys VALUES (?,?,?)",
                            ((s, *forms) for s, forms in resolve.KEYS.items()))
        resolve.KEYS.clear()
        name_key.cache_clear()
        fold.cache_clear()

    @staticmethod
    def _map_json(resolved: dict) -> dict[tuple, str]:
        """What org_map keeps of a resolution: (kind, surface, flag) -> JSON [entity, organisation]."""
        return {k: json.dumps([v[0], v[1].to_dict()], ensure_ascii=False, separators=(",", ":"))
                for k, v in resolved.items() if v}

    def _resolve_all(self) -> int | list[tuple]:
        """Resolve every fact again, a batch of whole groups of tied facts (_groups) at a time,
        so that memory holds a batch and not the corpus's table; org_map is then replaced. The
        keys whose resolution moved: their number when many, else the list."""
        from ssecli.resolve import OrgTable

        db = self.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS new_map(kind INTEGER, surface TEXT, flag INTEGER, org TEXT, "
                   "PRIMARY KEY(kind, surface, flag)) WITHOUT ROWID")
        db.execute("DELETE FROM new_map")
        for rows in self._groups():
            self._prime_keys(rows)
            db.executemany("INSERT INTO new_map VALUES (?,?,?,?)",
                           [(*k, v) for k, v in self._map_json(OrgTable(rows).resolution()).items()])
            self._save_keys()
        changes = ("SELECT n.kind, n.surface, n.flag FROM new_map n LEFT JOIN org_map o ON o.kind = n.kind "
                   "AND o.surface = n.surface AND o.flag = n.flag WHERE o.org IS NOT n.org UNION "
                   "SELECT o.kind, o.surface, o.flag FROM org_map o LEFT JOIN new_map n ON o.kind = n.kind "
                   "AND o.surface = n.surface AND o.flag = n.flag WHERE n.org IS NULL")
        count = db.execute(f"SELECT count(*) FROM ({changes})").fetchone()[0]
        moved = count if count > REWRITE_ALL_AT else db.execute(changes).fetchall()
        db.execute("DELETE FROM org_map")
        db.execute("INSERT INTO org_map SELECT * FROM new_map")
        db.execute("DELETE FROM new_map")
        return moved

    GROUP_BATCH = 20000  # facts resolved at once by _resolve_all

    def _groups(self):
        """The aggregated facts in groups tied through shared keys (org_rel), whole groups
        batched up to GROUP_BATCH facts: facts in different groups resolve independently, as
        the incremental refresh relies on too."""
        db = self.db
        facts = ("SELECT a.kind, a.surface, a.other, a.flag, a.count, a.first, a.last, "
                 "(SELECT group_concat(k.key, char(1)) FROM org_rel k WHERE k.surface = a.surface "
                 "AND k.kind = a.kind AND k.flag = a.flag AND k.other = a.other) FROM org_agg a")
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            root = parent.setdefault(x, x)
            while root != parent[root]:
                parent[root] = parent[parent[root]]
                root = parent[root]
            return root

        for *_, keys in db.execute(facts):
            if keys:
                first, *rest = keys.split("\x01")
                a = find(first)
                for k in rest:
                    b = find(k)
                    if a != b:
                        parent[b] = a
        db.execute("CREATE TEMP TABLE IF NOT EXISTS grouped(root TEXT, kind INTEGER, surface TEXT, other TEXT, "
                   "flag INTEGER, count INTEGER, first TEXT, last TEXT)")
        db.execute("DELETE FROM grouped")
        db.executemany("INSERT INTO grouped VALUES (?,?,?,?,?,?,?,?)",
                       ((find(keys.split("\x01", 1)[0]) if keys else "", *row) for *row, keys in db.execute(facts)))
        parent.clear()
        batch: list[tuple] = []
        group = None
        for root, *row in db.execute("SELECT * FROM grouped ORDER BY root"):
            if root != group and len(batch) >= self.GROUP_BATCH:
                yield batch
                batch = []
            group = root
            batch.append(tuple(row))
        if batch:
            yield batch
        db.execute("DELETE FROM grouped")

    def _count_facts(self, touched: set[tuple], full: bool) -> set[tuple]:
        """Bring each distinct fact's count, first and last place (org_agg), and the keys that tie
        it to others (org_rel), in line with org_facts: for the touched facts, or for all. The
        touched facts whose row changed: the resolution is made from these rows alone, so only
        they can change it (an edited file's facts are touched, and most are as they were)."""
        db = self.db
        at = "file || char(1) || printf('%06d', seq)"  # where a fact is, in corpus order
        if full:
            db.execute("DELETE FROM org_agg")
            db.execute("DELETE FROM org_rel")
            db.execute(f"INSERT INTO org_agg SELECT kind, surface, other, flag, COUNT(*), MIN({at}), MAX({at}) "
                       "FROM org_facts GROUP BY kind, surface, flag, other")
            cur = db.execute("SELECT kind, surface, other, flag FROM org_agg")
            while part := cur.fetchmany(self.GROUP_BATCH):  # the keys computed are saved and freed a part at a time
                db.executemany("INSERT INTO org_rel VALUES (?,?,?,?,?,?)",
                               [row for fact in part for row in _rel_rows(*fact)])
                self._save_keys()
            return touched
        moved = set()
        for fact in touched:
            kind, surface, flag, other = fact
            # The count is a range of org_facts_fact, and the first and last places its two ends:
            # no row is read, even for a name in every article of the archive.
            this = "FROM org_facts WHERE kind=? AND surface=? AND flag=? AND other=?"
            count = db.execute(f"SELECT COUNT(*) {this}", fact).fetchone()[0]
            first = last = None
            if count:
                first, last = (db.execute(f"SELECT {at} {this} ORDER BY file {order}, seq {order} LIMIT 1",
                                          fact).fetchone()[0] for order in ("", "DESC"))
            before = db.execute("SELECT count, first, last FROM org_agg WHERE kind=? AND surface=? AND flag=? "
                                "AND other=?", fact).fetchone()
            if before == ((count, first, last) if count else None):
                continue  # a fact of an edited file that is where and as often as it was
            moved.add(fact)
            existed = db.execute("DELETE FROM org_agg WHERE kind=? AND surface=? AND flag=? AND other=?",
                                 fact).rowcount
            if count:
                db.execute("INSERT INTO org_agg VALUES (?,?,?,?,?,?,?)", (kind, surface, other, flag, count, first, last))
                if not existed:
                    db.executemany("INSERT INTO org_rel VALUES (?,?,?,?,?,?)", _rel_rows(kind, surface, other, flag))
            elif existed:
                db.execute("DELETE FROM org_rel WHERE surface=? AND kind=? AND flag=? AND other=?",
                           (surface, kind, flag, other))
        return moved

    def _tied_facts(self, facts, rows: dict[tuple, tuple] | None = None) -> dict[tuple, tuple]:
        """The aggregated facts that resolving these facts again needs, added to `rows` (fact ->
        row): those that share one of their own keys, directly or through others (the same
        organisation), and those whose own key is the parent key of one found (the body it
        belongs to, whose name it reads), but not the other units of that body: a refresh that
        counts the ILO once more resolves the ILO, not its thousands of offices (see _resolve).
        The keys of the facts found are read from org_rel, as are their names' keys (org_keys),
        not computed again."""
        from ssecli import resolve

        db = self.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted(key TEXT PRIMARY KEY) WITHOUT ROWID")
        rows = {} if rows is None else rows
        seen: set[str] = set()
        frontier: set[str] = set()
        for kind, surface, flag, other in facts:
            frontier |= resolve.related_keys(kind, surface, other, flag)
        while frontier:
            seen |= frontier
            db.execute("DELETE FROM wanted")
            db.executemany("INSERT INTO wanted VALUES (?)", ((k,) for k in frontier))
            frontier = set()
            # CROSS JOIN keeps the keys wanted first: the planner knows nothing of the temporary
            # table and scanned all of org_rel (hundreds of thousands of keys) for each round.
            for *row, keys in db.execute(
                    "SELECT a.kind, a.surface, a.other, a.flag, a.count, a.first, a.last, "
                    "(SELECT group_concat(k.key, char(1)) FROM org_rel k WHERE k.surface = a.surface "
                    "AND k.kind = a.kind AND k.flag = a.flag AND k.other = a.other) FROM wanted w CROSS "
                    "JOIN org_rel r ON r.key = w.key AND r.up = 0 JOIN org_agg a ON a.kind = r.kind "
                    "AND a.surface = r.surface AND a.flag = r.flag AND a.other = r.other").fetchall():
                if tuple(row[:4]) not in rows:
                    rows[tuple(row[:4])] = tuple(row)
                    frontier.update(k for k in keys.split("\x01") if k not in seen)
        return rows

    def _renamed_units(self, table, rows: dict[tuple, tuple], counted_keys: set[str]) -> set[tuple]:
        """The facts, not yet in `rows`, of the units whose parent the table now names otherwise
        than org_map has it: a unit reads its parent's name, so it is resolved again with it. The
        parent is a body the table holds, or one that only the facts counted out of the corpus
        named (its definition taken out: its units alone name it now; `counted_keys`, the keys of
        the facts counted); a body whose name stays as it was leaves its units alone."""
        keys = set(table.uf.parent) | counted_keys
        names: dict[str, str] = {}
        out = set()
        for kind, surface, flag, other, key, org in self.db.execute(
                "SELECT r.kind, r.surface, r.flag, r.other, r.key, m.org FROM json_each(?) j CROSS JOIN org_rel r "
                "ON r.key = j.value AND r.up = 1 JOIN org_map m ON m.kind = r.kind AND m.surface = r.surface "
                "AND m.flag = r.flag", (json.dumps(sorted(keys)),)):
            if (kind, surface, other, flag) in rows:
                continue
            if key not in names:
                names[key] = table.org(table.uf.find(key)).name
            if json.loads(org)[1]["parent"] != names[key]:
                out.add((kind, surface, flag, other))
        return out

    def _mapped(self, keys) -> dict[tuple, str]:
        """What org_map holds (JSON: the entity and its organisation) for these (kind, surface,
        flag) keys, where it holds anything."""
        out = {}
        for k in keys:
            got = self.db.execute("SELECT org FROM org_map WHERE kind=? AND surface=? AND flag=?", k).fetchone()
            if got:
                out[k] = got[0]
        return out

    def _stored_resolution(self, fs: list[tuple]) -> dict:
        """What the file's facts resolve to, as org_map holds it now."""
        from ssecli.models import Org

        out = {}
        for k, stored in self._mapped({(kind, surface, flag) for _, kind, surface, _, flag in fs}).items():
            root, org = json.loads(stored)
            out[k] = (root, Org(**org))
        return out

    def _write(self, name: str, record: Record) -> None:
        from ssecli.export import event_line
        from ssecli.resolve import merge_page

        db = self.db
        if record.items:
            merge_page(record)  # the page lists its items' people, places and events; orgs come with _resolve
        for r, entry in [(record, not record.items), *((i, True) for i in record.items)]:
            lo, hi = _date_range(r.date)
            data = r.to_dict(with_text=False)
            orgs = json.dumps(data.pop("orgs"), ensure_ascii=False, separators=(",", ":"))
            cur = db.execute(
                "INSERT INTO records(id, file, parent, entry, date, lo, hi, inferred, title, data, text) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (r.id, name, r.parent, int(entry), r.date, lo, hi, int(r.date_inferred), r.title,
                 json.dumps(data, ensure_ascii=False, separators=(",", ":")), r.text))
            n = cur.lastrowid
            db.execute("INSERT INTO record_orgs VALUES (?,?)", (n, orgs))
            if entry:  # a listing page is never a hit: its items are
                db.execute("INSERT INTO fts(rowid, title, text) VALUES (?, ?, ?)", (n, r.title, r.text))
            keys = {("org", k) for k in _org_keys(r.orgs)}
            for p in r.people:
                keys |= {("person", k) for k in name_suffixes(p.name)}
            for p in r.places:
                for nm in p.names():
                    keys |= {("place", k) for k in name_suffixes(nm)}
            db.executemany("INSERT INTO names VALUES (?,?,?)", [(n, kind, k) for kind, k in keys if k])
            if not entry:
                continue  # a listing page's events are its items'
            events = []
            for pos, e in enumerate(r.events):
                elo, _ = _date_range(e.start)
                _, ehi = _date_range(e.end)
                if elo and ehi:
                    line = event_line({"id": r.id, "start": e.start, "end": e.end, "text": e.text})
                    long = (dt.date.fromisoformat(ehi) - dt.date.fromisoformat(elo)).days > LONG_DAYS
                    events.append((elo, ehi, r.id, pos, n, e.start, e.end, e.text, e.surface, line, int(long)))
            db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?)", events)
            self._in.update((*e[:4], e[9]) for e in events)

    def _join_blocks(self) -> None:
        """Join again the blocks that events were added to or taken from, and the crossings of
        the days they run across: after a build (or a change of more than a few blocks' worth of
        events) all of them, the blocks in one pass over events."""
        db, out, put = self.db, self._out, self._in
        self._out, self._in = _Capped(BLOCK * 8), _Capped(BLOCK * 8)
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
        starts = {self._block_at(key[:4]) for key in moved}
        for start in sorted(starts):
            after = db.execute(f"SELECT lo, hi, rid, pos FROM event_blocks WHERE (lo, hi, rid, pos) > (?,?,?,?) "
                               f"ORDER BY {BLOCK_ORDER} LIMIT 1", start).fetchone()
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
            f"AND lo <= ?) ORDER BY {BLOCK_ORDER}", (back, day, day, until or "9999"))
        long = self.db.execute(
            "SELECT lo, hi, rid, pos, line FROM events INDEXED BY events_long WHERE long AND lo >= ? AND lo < ? "
            f"AND hi >= ? AND lo <= ? ORDER BY {BLOCK_ORDER}", (since, day, day, until or "9999"))
        return heapq.merge(short, long)

    def _crossing_lines(self, since: str, until: str | None):
        """The lines of the events that began before --since and run into it: those that run
        into 1 January of its year as joined in crossings (the ones that end before --since left
        out), then those that began between that day and --since."""
        day = since[:4] + "-01-01"
        if until and until < since:  # no day lies between the bounds: as the index has them
            yield _utf8(row[4] + "\n" for row in self._crossing(since, "", until))
            return
        joined = self.db.execute("SELECT lines, his FROM crossings WHERE day=?", (day,)).fetchone()
        if joined and since == day:
            yield joined[0]
        elif joined:
            lines = joined[0].decode("utf-8").split("\n")
            yield _utf8(line + "\n" for line, hi in zip(lines, joined[1].split("\n")) if hi >= since)
        if since != day:
            yield _utf8(row[4] + "\n" for row in self._crossing(since, day))

    def _block_lines(self, since: tuple, until: str | None):
        """The lines of the events from key `since` to --until: whole blocks where a block lies
        within them, the events themselves in the blocks at either end."""
        blocks = self.db.execute(f"SELECT lo, hi, rid, pos, lines FROM event_blocks WHERE (lo, hi, rid, pos) >= "
                                 f"(?,?,?,?) ORDER BY {BLOCK_ORDER}", self._block_at(since) or FIRST_KEY)
        block = blocks.fetchone()
        while block is not None and not (until and block[0] > until):
            after = blocks.fetchone()
            start = block[:4]
            if start >= since and (until is None or (after is not None and after[0] <= until)):
                yield block[4]
            else:  # a block at an end: only its events within the bounds
                rows = self._events_between(max(start, since), after and after[:4], until)
                yield _utf8(row[4] + "\n" for row in rows)
            block = after

    def _block_at(self, key: tuple) -> tuple | None:
        """The key of the block an event key falls in: the last block that starts at or before it."""
        return self.db.execute(f"SELECT lo, hi, rid, pos FROM event_blocks WHERE (lo, hi, rid, pos) <= (?,?,?,?) "
                               f"ORDER BY {BLOCK_ORDER_DESC} LIMIT 1", key).fetchone()

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
        key, lines = start, []
        for lo, hi, rid, pos, line in rows:
            if len(lines) >= BLOCK:
                self.db.execute("INSERT INTO event_blocks VALUES (?,?,?,?,?)", (*key, _utf8(lines)))
                key, lines = (lo, hi, rid, pos), []
            lines.append(line + "\n")
        if lines or key == FIRST_KEY:
            self.db.execute("INSERT INTO event_blocks VALUES (?,?,?,?,?)", (*key, _utf8(lines)))

    # -- reading --------------------------------------------------------------------------------

    def _record(self, data: str, orgs: str | None, text: str | None = None) -> Record:
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
            f"SELECT r.id, r.parent, {RECORD}, r.text FROM records r ORDER BY r.file, r.n").fetchall()
        pages, out = {}, []
        for rid, parent, data, orgs, text in rows:
            r = self._record(data, orgs, text)
            if parent is None:
                r.items = []
                pages[rid] = r
                out.append(r)
            elif parent in pages:
                pages[parent].items.append(r)
        return out

    def iter_entries(self):
        """What `list` shows (articles, and listing items instead of their pages), with text, in
        file order as query.entries gives them, read a block at a time: for `sse export`."""
        cur = self.db.execute(f"SELECT {RECORD}, r.text FROM records r WHERE r.entry = 1 ORDER BY r.file, r.n")
        while block := cur.fetchmany(512):
            yield from (self._record(data, orgs, text) for data, orgs, text in block)

    def _filter_sql(self, f, alias: str = "r", record_dates: bool = False,
                    limit: int | None = None) -> tuple[str, list]:
        """The WHERE clause of the name filters, and of --since/--until on the record's own date
        where `record_dates` (the timeline bounds its events instead).

        A name filter is the set of records whose names match, built by one range scan of the
        key index: its cost grows with how often the name occurs. With a `limit`, a name common
        enough that the first `limit` records walked newest first will soon meet it (ILO: in
        most records of a large archive) is checked record by record instead, a look-up in the
        record's own names each."""
        from ssecli.extract.text import name_key

        clauses, args = [], []
        for kind, values, negate in (("org", f.orgs, False), ("person", f.people, False), ("place", f.places, False),
                                     ("org", f.not_orgs, True), ("person", f.not_people, True)):
            for v in values:
                q = name_key(v)
                if not q:
                    continue
                bounds = [kind, q, q + "\U0010ffff"]
                if limit and not negate and self._occurs(bounds, self.COMMON * limit):
                    clauses.append(f"EXISTS (SELECT 1 FROM names x WHERE x.n = {alias}.n AND x.kind=? AND "
                                   "x.key >= ? AND x.key < ?)")
                else:
                    clauses.append(f"{alias}.n {'NOT ' if negate else ''}IN (SELECT n FROM names WHERE kind=? AND "
                                   "key >= ? AND key < ?)")
                args += bounds
        if record_dates and f.since:
            clauses.append(f"{alias}.hi >= ?")
            args.append(f.since.isoformat())
        if record_dates and f.until:
            clauses.append(f"{alias}.lo <= ?")
            args.append(f.until.isoformat())
        return (" AND ".join(clauses) or "1"), args

    def _occurs(self, bounds: list, times: int) -> bool:
        """Whether names of a kind within the key bounds occur at least `times` times."""
        return self.db.execute("SELECT count(*) FROM (SELECT 1 FROM names WHERE kind=? AND key >= ? AND key < ? "
                               "LIMIT ?)", [*bounds, times]).fetchone()[0] >= times

    def select(self, f, limit: int | None = None) -> list[Record]:
        """`list`: entries newest first, undated last, as query.select orders them."""
        return list(self.iter_select(f, limit))

    def iter_select(self, f, limit: int | None = None):
        """select's records, read as they are used (a terminal's table is drawn in parts)."""
        where, args = self._filter_sql(f, record_dates=True, limit=limit)
        # Dated records newest first, walking the (entry, lo) index so that --limit stops early;
        # then the undated ones, by id, if the limit leaves room.
        cap = f" LIMIT {int(limit)}" if limit else ""
        cur = self.db.execute(f"SELECT {RECORD} FROM records r WHERE r.entry=1 AND r.lo IS NOT NULL AND {where} "
                              f"ORDER BY r.lo DESC, r.id DESC{cap}", args)
        count = 0
        while block := cur.fetchmany(1024):
            count += len(block)
            yield from (self._record(d, o) for d, o in block)
        if not limit or count < limit:
            cap = f" LIMIT {int(limit) - count}" if limit else ""
            cur = self.db.execute(f"SELECT {RECORD} FROM records r WHERE r.entry=1 AND r.lo IS NULL AND {where} "
                                  f"ORDER BY r.id{cap}", args)
            while block := cur.fetchmany(1024):
                yield from (self._record(d, o) for d, o in block)

    def entity_table(self, f, kind: str) -> list[dict]:
        """query.entity_table over the index: each record's names of one kind read out of its
        JSON, in select's order, no record built."""
        from ssecli.query import entity_rows

        where, args = self._filter_sql(f, record_dates=True)
        col = "(SELECT o.orgs FROM record_orgs o WHERE o.n = r.n)" if kind == "orgs" else f"json_extract(r.data, '$.{kind}')"
        named = [self.db.execute(f"SELECT r.id, {col} FROM records r WHERE r.entry=1 AND r.lo IS NOT NULL AND {where} "
                                 "ORDER BY r.lo DESC, r.id DESC", args),
                 self.db.execute(f"SELECT r.id, {col} FROM records r WHERE r.entry=1 AND r.lo IS NULL AND {where} "
                                 "ORDER BY r.id", args)]
        keys = dict(self.db.execute("SELECT surface, key FROM org_keys")) if kind == "orgs" else None
        return entity_rows(((rid, json.loads(data) if data else []) for cur in named for rid, data in cur), kind, keys)

    def stats(self, f, top: int) -> dict:
        """query.stats over the index."""
        from ssecli.query import ENTITY_KINDS, stats_of

        where, args = self._filter_sql(f, record_dates=True)
        dates = [d for (d,) in self.db.execute(f"SELECT r.date FROM records r WHERE r.entry=1 AND {where}", args)]
        return stats_of(dates, {kind: self.entity_table(f, kind) for kind in ENTITY_KINDS}, top)

    def _event_filter(self, f) -> tuple[str, list]:
        """The WHERE clause of a timeline's events (alias e): the name filters, and --since and
        --until on the event's own dates."""
        where, args = self._filter_sql(f, alias="e")
        bounds, more = _event_bounds(f, "e")
        return where + bounds, args + more

    def _undated(self, f, columns: str):
        """The records a timeline without date bounds ends with: those with no dated event."""
        where, args = self._filter_sql(f)
        return self.db.execute(
            f"SELECT {columns} FROM records r WHERE r.entry=1 AND {where} AND NOT EXISTS "
            "(SELECT 1 FROM events e WHERE e.n = r.n) AND json_array_length(r.data, '$.events') = 0 "
            "ORDER BY r.file, r.n", args)

    def timeline(self, f) -> list:
        return list(self.iter_timeline(f))

    def iter_timeline(self, f):
        """The timeline's entries in order, read as they are used: a terminal's table of a large
        archive is drawn a part at a time while the index is read (cli.timeline)."""
        from ssecli.query import TimelineEntry

        where, args = self._event_filter(f)
        # Only what a timeline shows of a record, and the one event of each row: on a large archive
        # a timeline has tens of thousands of rows, and whole records would be read for each.
        rows = self.db.execute(
            "SELECT r.n, r.id, r.title, r.date, r.inferred, e.e_start, e.e_end, e.e_text, e.e_surface "
            f"FROM events e JOIN records r ON r.n = e.n WHERE {where} ORDER BY e.lo, e.hi, e.rid, e.pos", args)
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
                yield TimelineEntry(self._record(d, o), None)


    def timeline_by_record(self, f) -> list[dict]:
        """query.timeline_by_record of the timeline's entries, counted by SQLite: each record's
        first event (its start) and the first of its latest-ending events (its end), by the
        timeline's order, and how many; the records with no event at all last, without bounds."""
        where, args = self._event_filter(f)
        bounds, bargs = _event_bounds(f, "x")
        rows = self.db.execute(
            "SELECT r.id, r.title, r.date, r.inferred, "
            # INDEXED BY: walking the whole table in its (lo, hi) order to the record's first event
            # was the planner's choice, once for each record.
            f"(SELECT x.e_start FROM events x INDEXED BY events_n WHERE x.n = a.n{bounds} "
            "ORDER BY x.lo, x.hi, x.pos LIMIT 1), "
            f"(SELECT x.e_end FROM events x INDEXED BY events_n WHERE x.n = a.n{bounds} "
            "ORDER BY x.hi DESC, x.lo, x.pos LIMIT 1), a.c "
            f"FROM (SELECT e.n, min(e.lo) AS lo, count(*) AS c FROM events e WHERE {where} GROUP BY e.n) a "
            "JOIN records r ON r.n = a.n ORDER BY a.lo, r.id", [*bargs, *bargs, *args])
        out = [{"id": rid, "title": title, "record_date": date, "date_inferred": bool(inferred), "start": start,
                "end": end, "events": count} for rid, title, date, inferred, start, end, count in rows]
        if not (f.since or f.until):
            out += [{"id": r.id, "title": r.title, "record_date": r.date, "date_inferred": r.date_inferred,
                     "start": None, "end": None, "events": 0}
                    for r in sorted((self._record(d, o) for d, o in self._undated(f, RECORD)), key=lambda r: r.id)]
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
        from ssecli.export import event_line

        if f.orgs or f.people or f.places or f.not_orgs or f.not_people:
            where, args = self._event_filter(f)
            cur = self.db.execute(f"SELECT e.line FROM events e WHERE {where} ORDER BY e.lo, e.hi, e.rid, e.pos", args)
            while block := cur.fetchmany(8192):
                yield _utf8(line + "\n" for (line,) in block)
        else:
            since, until = (d.isoformat() if d else None for d in (f.since, f.until))
            if since:  # the events that began before --since and run into it, in the table's order
                yield from self._crossing_lines(since, until)
            yield from self._block_lines((since, "", "", -1) if since else FIRST_KEY, until)
        if not (f.since or f.until):
            yield _utf8(event_line({"id": rid}) + "\n" for (rid,) in self._undated(f, "r.id"))

    def find(self, ident: str) -> Record | None:
        """By id ('003', '002.4'), file stem or file name; never by path."""
        wanted = ident.strip()
        cols = f"r.file, r.id, r.parent, {RECORD}, r.text"
        row = self.db.execute(f"SELECT {cols} FROM records r WHERE r.id=?", (wanted,)).fetchone()
        if row is None:
            stem = wanted[:-4] if wanted.lower().endswith(".txt") else wanted
            for name in dict.fromkeys((stem + ".txt", wanted)):  # each an indexed look-up
                row = self.db.execute(f"SELECT {cols} FROM records r WHERE r.file=? AND r.parent IS NULL",
                                      (name,)).fetchone()
                if row:
                    break
        if row is None:
            return None
        name, rid, parent, data, orgs, text = row
        r = self._record(data, orgs, text)
        if parent is None:  # a page's items are in its file
            r.items = [self._record(d, o, t) for d, o, t in self.db.execute(
                f"SELECT {RECORD}, r.text FROM records r WHERE r.file=? AND r.parent=? ORDER BY r.n", (name, rid))]
        return r

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM records").fetchone()[0]

    def suggest(self, kind: str, value: str, n: int = 3) -> list[str]:
        """Names of a kind (orgs, people, places) close to a filter value that matched nothing
        ('ILLO' -> ILO), found in the names index: none if a name has the value in it (the filters
        together matched nothing, not the name); else difflib's closest keys among those that
        share the first two letters of one of the value's words, each shown as a record spells it."""
        import difflib

        from ssecli.extract.text import name_key

        k, q = NAME_KIND[kind], name_key(value)
        if not q or self._occurs([k, q, q + "\U0010ffff"], 1):
            return []
        keys: dict[str, None] = {}
        for start in dict.fromkeys(w[:2] for w in q.split() if len(w) >= 2):
            keys.update(dict.fromkeys(key for (key,) in self.db.execute(
                "SELECT DISTINCT key FROM names WHERE kind=? AND key >= ? AND key < ?", (k, start, start + "\U0010ffff"))))
        out: list[str] = []
        # A key may be the end of a longer name ('university of wa'): only a whole name is shown.
        for key in difflib.get_close_matches(q, list(keys), n=n * 4, cutoff=0.6):
            out += self._spellings(kind, key)[:1]
            if len(out) == n:
                break
        return out

    def _names_of(self, n: int, kind: str) -> list[str]:
        """A record's names and aliases of one kind."""
        if kind == "orgs":
            (data,) = self.db.execute("SELECT orgs FROM record_orgs WHERE n=?", (n,)).fetchone() or ("[]",)
            items = json.loads(data or "[]")
        else:
            items = json.loads(self.db.execute("SELECT data FROM records WHERE n=?", (n,)).fetchone()[0])[kind]
        return [name for e in items for name in (e["name"], *e.get("aliases", ()))]

    def complete(self, kind: str, prefix: str, limit: int = 200, scan: int = 4000) -> list[str]:
        """Names of a kind that start with `prefix`, for shell completion, each shown as a record
        spells it: the whole names among the keys of the prefix's range (most keys there are the
        ends of longer names, 'cooperative alliance' of 'international cooperative alliance'), up
        to `limit` names or `scan` keys read."""
        from ssecli.extract.text import name_key

        k, q = NAME_KIND[kind], name_key(prefix)
        out: dict[str, None] = {}
        for (key,) in self.db.execute("SELECT DISTINCT key FROM names WHERE kind=? AND key >= ? AND key < ? LIMIT ?",
                                      (k, q, q + "\U0010ffff", scan)):
            out.update(dict.fromkeys(self._spellings(kind, key)))
            if len(out) >= limit:
                break
        return list(out)

    def _spellings(self, kind: str, key: str, tries: int = 64) -> list[str]:
        """How the first record that has a whole name (or alias) of this key spells it; none where
        the key is only ever the end of longer names ('university of wa'), within `tries` records."""
        from ssecli.extract.text import name_key

        k = NAME_KIND[kind]
        for (n,) in self.db.execute("SELECT x.n FROM names x JOIN records r ON r.n = x.n WHERE x.kind=? AND x.key=? "
                                    "AND r.entry = 1 LIMIT ?", (k, key, tries)):  # what `list` shows
            found = [name for name in self._names_of(n, kind) if name_key(name) == key]
            if found:
                return found
        return []

    def ids(self) -> list[str]:
        return [rid for (rid,) in self.db.execute("SELECT id FROM records ORDER BY file, n")]

    def search(self, query: str, f, limit: int | None = None, raw: bool = False) -> list[dict]:
        """Full-text hits ranked by bm25, the title weighted above the body, each with a snippet
        whose matched words are between \x02 and \x03 (the renderer highlights them)."""
        match = query if raw else fts_query(query)
        if not match:
            return []
        where, args = self._filter_sql(f, record_dates=True)
        # The filters keep hits of the records that pass them; the '+' keeps the planner from
        # asking the full-text index once for each of those records (an --org of 100,000).
        hits = "fts MATCH ?" + (f" AND +fts.rowid IN (SELECT r.n FROM records r WHERE {where})" if where != "1" else "")
        # The best hits are found in the full-text index alone, and only they are read from the
        # records, one by one: a common word matches a third of an archive, and a join lets the
        # planner compute snippets for every match.
        ranked = self.db.execute(
            "SELECT fts.rowid, bm25(fts, 10.0, 1.0) AS rank, snippet(fts, 1, char(2), char(3), '…', 16), "
            f"highlight(fts, 0, char(2), char(3)) FROM fts WHERE {hits} ORDER BY rank"
            f"{f' LIMIT {int(limit)}' if limit else ''}", [match, *args]).fetchall()
        out = []
        for n, rank, snippet, title in ranked:
            data, orgs = self.db.execute(f"SELECT {RECORD} FROM records r WHERE r.n=?", (n,)).fetchone()
            out.append({"record": self._record(data, orgs), "score": -rank, "snippet": snippet, "title": title})
        return out


def _rel_rows(kind: int, surface: str, other: str, flag: int) -> list[tuple]:
    """org_rel's rows of an aggregated fact: each key that ties it to others, and whether it is
    its parent's (resolve.tie_keys)."""
    from ssecli.resolve import tie_keys

    own, parent = tie_keys(kind, surface, other, flag)
    return [(k, kind, surface, flag, other, 0) for k in own] + [(k, kind, surface, flag, other, 1) for k in parent]


def _event_bounds(f, alias: str) -> tuple[str, list]:
    """--since and --until on an event's own dates: it ends on or after the one, starts on or before the other."""
    sql, args = "", []
    if f.since:
        sql += f" AND {alias}.hi >= ?"
        args.append(f.since.isoformat())
    if f.until:
        sql += f" AND {alias}.lo <= ?"
        args.append(f.until.isoformat())
    return sql, args


def _org_keys(orgs) -> set[str]:
    """The name-index keys of organisations: every name, alias and parent."""
    keys = set()
    for o in orgs:
        for nm in [*o.names(), *([o.parent] if o.parent else [])]:
            keys |= name_suffixes(nm)
    return {k for k in keys if k}


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query that cannot fail: every word a quoted string, so that
    `COVID-19`, `Think.Coop`, `ILO/Korea`, quotes and operators are searched as text."""
    import re

    words = re.findall(r"[\w]+(?:[-.'’/][\w]+)*", text)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def open_index(folder: Path, path: Path | None = None) -> Index:
    from ssecli.settings import index_path

    chosen = index_path(path)
    return Index(chosen or default_path(folder), folder, chosen=chosen is not None)


def made_by_sse(path: Path) -> bool:
    """Whether sse may write over this file: it does not exist or is empty, or it is an SQLite
    database sse made (its application_id; before that id, its tables), however damaged past its
    header."""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except (FileNotFoundError, NotADirectoryError):
        return True  # nothing there to write over
    except OSError:
        return False  # a folder, or unreadable: not ours to touch
    if not head:
        return True
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        return False
    app = int.from_bytes(head[68:72], "big")
    if app:
        return app == APPLICATION_ID
    try:  # an index of an sse before the application_id
        from urllib.parse import quote

        db = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
        try:
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            db.close()
    except sqlite3.Error:
        return False
    return {"meta", "files", "records"} <= tables


class writer_lock:
    """One process at a time opens, repairs and refreshes an index (a lock file beside it, held
    with flock, which the kernel releases when its holder dies, however it dies); the others
    wait, saying so through `on_wait` with the holder's pid, then find the index ready. The
    holder's worker processes close their inherited copy of the lock (workers.HELD_LOCKS), so
    that none of them can hold it after their parent is gone. Where no lock can be taken (no
    fcntl, a read-only folder), SQLite's own locking is all there is."""

    def __init__(self, path: Path | None, on_wait: Callable[[str], None] | None = None) -> None:
        self.path = Path(str(path) + ".lock") if path else None
        self.on_wait = on_wait
        self.fd: int | None = None

    def __enter__(self):
        from ssecli.workers import HELD_LOCKS

        try:
            import fcntl

            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except (ImportError, OSError, AttributeError):
            self.fd = None
            return self
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if self.on_wait:
                holder = os.pread(self.fd, 32, 0).decode("ascii", "replace").strip()
                self.on_wait(f"waiting for another sse indexing this folder{f' (pid {holder})' if holder else ''}")
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except OSError:
            os.close(self.fd)
            self.fd = None
            return self
        HELD_LOCKS.add(self.fd)
        try:
            os.ftruncate(self.fd, 0)
            os.pwrite(self.fd, f"{os.getpid()}\n".encode(), 0)
        except OSError:
            pass
        return self

    def __exit__(self, *exc):
        from ssecli.workers import HELD_LOCKS

        if self.fd is not None:
            HELD_LOCKS.discard(self.fd)
            os.close(self.fd)  # closing the descriptor releases the lock
            self.fd = None
        return False
