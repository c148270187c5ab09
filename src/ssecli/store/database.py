"""The index file itself: its schema, opening it, and what to do when it is not an index that
can be used as it is (damaged, of another version, not writable, not sse's at all).

One index a corpus folder, in the user's cache directory (`--index PATH` or `SSE_INDEX` put it
elsewhere). A corrupt or truncated index sse made is rebuilt; a file sse did not make is never
written over; where the index cannot be written (a read-only cache), the index already there
answers while the folder is as it was, and an index in memory once it is not."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from ssecli.errors import UsageError

SCHEMA_VERSION = 20
# PRAGMA application_id of every index sse makes ('SSE1'): a file given as --index that does not
# carry it is not sse's to rebuild or write over.
APPLICATION_ID = 0x53534531
SQLITE_HEADER = b"SQLite format 3\x00"
# The full-text tables, kept alike: words stemmed, and words as written (for prefixes).
FTS_TABLES = ("fts", "fts_words")

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
-- The name index (store.namesets): each distinct set of an entity's name keys once for the
-- corpus (an organisation's names, aliases and parent), with every word-suffix of its keys by
-- key (the sets a filter matches are one range scan) and by set, and the sets each record has,
-- by record (to check or delete) and by set (the records a filter matches).
CREATE TABLE name_sets(id INTEGER PRIMARY KEY, kind TEXT, digest BLOB, UNIQUE(kind, digest));  -- of its keys
CREATE TABLE name_keys(kind TEXT, key TEXT, set_id INTEGER, PRIMARY KEY(kind, key, set_id)) WITHOUT ROWID;
CREATE INDEX name_keys_set ON name_keys(set_id, key);
CREATE TABLE record_names(n INTEGER, kind TEXT, set_id INTEGER, PRIMARY KEY(n, kind, set_id)) WITHOUT ROWID;
CREATE INDEX record_names_set ON record_names(set_id, n);
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
-- Titles and texts with every word stemmed (porter: 'cooperatives' finds 'cooperative'), and the
-- same words as written, for a prefix ('cooperat*'), which porter would compare with stems
-- ('cooper'). Both without diacritics ('coopérative' is 'cooperative').
CREATE VIRTUAL TABLE fts USING fts5(title, text, content='records', content_rowid='n',
                                    tokenize='porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE fts_words USING fts5(title, text, content='records', content_rowid='n',
                                          tokenize='unicode61 remove_diacritics 2');
"""


# Indexes that a build into an empty index makes after the parsed files are written, none of
# which is read while they are: kept up a row at a time they are written in no order, and once
# an archive's pages outgrow the cache each row costs pages spilled and read again; made at the
# end, each is one sort.
BUILT_AFTER = ("record_names_set", "name_keys_set", "events_n", "events_span", "events_long", "org_facts_fact")


def drop_indexes(db: sqlite3.Connection, names: tuple[str, ...]) -> list[str]:
    """Drop these indexes; the statements that make them again."""
    rows = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type='index' AND name IN ({','.join('?' * len(names))})", names
    ).fetchall()
    for name, _ in rows:
        db.execute(f"DROP INDEX {name}")
    return [sql for _, sql in rows]


def extraction_version() -> str:
    """What the records depend on besides the files: the parser's rules (their version, and a
    hash of their source, so that an edited rule can never leave an index stale) and the gazetteer."""
    from ssecli.extract import GAZETTEER_VERSION, PARSER_VERSION

    here = Path(__file__).resolve().parent.parent
    digest = hashlib.sha1()
    sources = [
        here / "resolve.py",
        *(here / "corpus").glob("*.py"),  # the readers of each format
        *(here / "parser").glob("*.py"),
        *(here / "extract").glob("*.py"),
    ]
    for module in sorted(sources):
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


# SQLite's primary result codes (sqlite_errorcode, Python 3.11 on); before 3.11, the error's words.
BUSY, LOCKED, READONLY, CANTOPEN = 5, 6, 8, 14


def _code(e: sqlite3.Error) -> int | None:
    code = getattr(e, "sqlite_errorcode", None)
    return code & 0xFF if code is not None else None


def is_busy(e: sqlite3.Error) -> bool:
    """Another process holds the index: never a reason to throw it away."""
    code = _code(e)
    return code in (BUSY, LOCKED) if code is not None else ("locked" in str(e) or "busy" in str(e))


def is_read_only(e: sqlite3.Error) -> bool:
    """The index cannot be written (or its file not even opened for writing)."""
    code = _code(e)
    return code in (READONLY, CANTOPEN) if code is not None else ("readonly" in str(e) or "unable to open" in str(e))


def natural_key(text: str) -> list:
    """'002.10' -> ['', 2, '.', 10, '']: ids compared by their numbers, 002.9 before 002.10."""
    import re

    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


def _natural(a: str, b: str) -> int:
    ka, kb = natural_key(a), natural_key(b)
    try:
        return (ka > kb) - (ka < kb)
    except TypeError:  # a number against a word: as text
        return (a > b) - (a < b)


def with_collations(db: sqlite3.Connection) -> sqlite3.Connection:
    """A connection that knows COLLATE natural_id (--sort id)."""
    db.create_collation("natural_id", _natural)
    return db


class Database:
    """The connection to one corpus folder's index, opened, checked and repaired; `db` is replaced
    when the index is rebuilt or read into memory, so the parts of the store ask for it each time."""

    def __init__(self, path: Path | None, folder: Path, chosen: bool = False) -> None:
        self.folder = folder
        self.path = path
        self.chosen = chosen  # the user named the file (--index, SSE_INDEX): not sse's own folder
        self.read_only: Exception | None = None  # why an index that answers cannot be written
        self.warnings: list[str] = []
        self.db = self._open()

    def _connect(self, target: str) -> sqlite3.Connection:
        db = with_collations(sqlite3.connect(target, timeout=60, isolation_level=None))
        db.execute("PRAGMA busy_timeout = 60000")
        if target != ":memory:":
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
        return db

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            return self._create(self._connect(":memory:"))
        if self.chosen and not made_by_sse(self.path):
            raise UsageError(
                f"--index {self.path}: this file is not an sse index, and sse writes only over a file it "
                "made; name a new file, or leave out --index to use the cache"
            )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = self._connect(str(self.path))
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0 and not db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
                return self._create(db)
            if version != SCHEMA_VERSION:
                db.close()
                self.warnings.append(f"index {self.path} is of another version of sse: rebuilt")
                return self.recreate()
            db.execute("SELECT 1 FROM files LIMIT 1").fetchone()
            return db
        except sqlite3.DatabaseError as e:
            if isinstance(e, sqlite3.OperationalError) and is_read_only(e):
                return self._read_only(e)
            if is_busy(e):
                raise
            self.warnings.append(f"index {self.path} is damaged ({e}): rebuilt")
            return self.recreate()
        except OSError as e:
            return self._read_only(e)

    def _read_only(self, error: Exception) -> sqlite3.Connection:
        """An index that cannot be written (a read-only cache) still answers, if it is one of this
        version: refresh() uses it while the folder is as it was, and reads the folder into an
        index in memory once it is not."""
        from urllib.parse import quote

        for mode in ("ro", "ro&immutable=1"):  # immutable: a WAL index whose -shm cannot be made
            try:
                db = with_collations(
                    sqlite3.connect(f"file:{quote(str(self.path))}?mode={mode}", uri=True, isolation_level=None)
                )
                if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
                    db.execute("SELECT 1 FROM files LIMIT 1").fetchone()
                    self.read_only = error
                    return db
                db.close()
            except sqlite3.Error:
                continue
        return self.in_memory(error)

    def recreate(self) -> sqlite3.Connection:
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                Path(str(self.path) + suffix).unlink()
            except FileNotFoundError:
                pass
            except OSError as e:
                return self.in_memory(e)
        try:
            return self._create(self._connect(str(self.path)))
        except (sqlite3.DatabaseError, OSError) as e:
            return self.in_memory(e)

    def in_memory(self, error: Exception) -> sqlite3.Connection:
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
