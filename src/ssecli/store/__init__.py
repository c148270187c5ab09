"""The store: a corpus folder's SQLite index, refreshed before each use, behind the one object
the commands use for everything (Store). The only package that imports sqlite3; its errors
become IndexFailed here, so that nothing above it knows SQLite.

    database.py  the file: schema, opening, repair, read-only and foreign files
    lock.py      one process at a time refreshes an index
    refresh.py   files added, changed and removed since the last refresh, parsed and written
    workers.py   reading and parsing in worker processes that die with their parent
    orgsync.py   organisations resolved across the corpus, incrementally
    timeline.py  the timeline's lines joined in blocks, and the crossings of each 1 January
    queries.py   what the commands read
    names.py     suggestions and completion of names
    namesets.py  the name index as a refresh writes it: sets of names, and each record's sets
    rows.py      how records and names become rows"""

from __future__ import annotations

import functools
import inspect
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from ssecli.corpus import Problem
from ssecli.errors import IndexFailed, NotFound, UsageError
from ssecli.models import Record, TimelineEntry
from ssecli.query import Filters
from ssecli.store.database import Database, default_path
from ssecli.store.lock import writer_lock
from ssecli.store.names import Names
from ssecli.store.orgsync import OrgSync
from ssecli.store.queries import Queries
from ssecli.store.refresh import Refresher, RefreshReport, stored_problems
from ssecli.store.timeline import Timeline


def _index_errors(method):
    """SQLite's errors, from a call or from the rows a generator yields, as IndexFailed."""

    def failed(e: sqlite3.Error) -> IndexFailed:
        return IndexFailed(f"the index failed: {e}; try `sse index --rebuild`")

    if inspect.isgeneratorfunction(method):

        @functools.wraps(method)
        def rows(*args, **kwargs):
            try:
                yield from method(*args, **kwargs)
            except sqlite3.Error as e:
                raise failed(e) from None

        return rows

    @functools.wraps(method)
    def call(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as e:
            raise failed(e) from None

    return call


class Store:
    """A corpus folder's index, brought up to date with the folder when opened. `problems` are
    what that refresh found wrong with files (and said nothing of before); `warnings` what it
    had to do about the index itself."""

    def __init__(self, database: Database, report: RefreshReport, queries: Queries) -> None:
        self.database = database
        self.report = report
        self.problems: list[Problem] = report.problems
        self.warnings: list[str] = report.warnings
        self._queries = queries

    @property
    def path(self) -> Path | None:
        """The index file, or None for an index in memory."""
        return self.database.path

    @_index_errors
    def find(self, ident: str) -> Record:
        """One record by id ('003', '002.4'), file stem or file name; NotFound names the closest ids."""
        found = self._queries.find(ident)
        if found is None:
            import difflib

            ids = self._queries.ids()
            close = difflib.get_close_matches(ident.strip(), ids, n=3, cutoff=0.5)
            if not close and ident.strip()[:2]:
                close = [i for i in ids if i.startswith(ident.strip()[:2])][:3]
            raise NotFound(f"no record with id {ident!r}", close)
        return found

    @_index_errors
    def search(
        self, query: str, f, limit: int | None = None, raw: bool = False, sort: str = "rank", reverse: bool = False
    ) -> list[dict]:
        try:
            return self._queries.search(query, f, limit, raw, sort, reverse)
        except sqlite3.OperationalError as e:
            if not raw:
                raise
            raise UsageError(
                f"--raw: not a valid FTS5 query ({e}); leave out --raw to search the words as text"
            ) from None

    @_index_errors
    def changed_since_refresh(self, record: Record) -> str | None:
        """The file of a record (by its path in the corpus folder) where its size or modification
        time is no longer what the last refresh saw: an edit in place, which a query notices only
        at the next full check (SSE_RESCAN_SECONDS) or `sse index`. None where it is as it was, or
        cannot be read."""
        db = self.database.db
        row = db.execute(
            "SELECT f.name, f.size, f.mtime_ns FROM records r JOIN files f ON f.name = r.file WHERE r.id = ?",
            (record.id,),
        ).fetchone()
        if row is None:
            return None
        name, size, mtime_ns = row
        try:
            st = (self.database.folder / name).stat()
        except OSError:
            return None
        return name if (st.st_size, st.st_mtime_ns) != (size, mtime_ns) else None

    @_index_errors
    def all_problems(self) -> list[Problem]:
        """Every problem the refreshes found and kept (`sse index --problems`)."""
        return stored_problems(self.database.db, self.database.folder)

    def close(self) -> None:
        self.database.db.close()

    # The reads the commands make, each as Queries does it.

    @_index_errors
    def select(self, f: Filters, limit: int | None = None, sort: str = "date", reverse: bool = False) -> list[Record]:
        """`list`: records newest first (or by id or title; --reverse), undated last."""
        return self._queries.select(f, limit, sort, reverse)

    @_index_errors
    def iter_select(
        self, f: Filters, limit: int | None = None, sort: str = "date", reverse: bool = False
    ) -> Iterator[Record]:
        """select's records, read as they are used (a table is drawn in parts)."""
        yield from self._queries.iter_select(f, limit, sort, reverse)

    @_index_errors
    def timeline(self, f: Filters) -> list[TimelineEntry]:
        return self._queries.timeline(f)

    @_index_errors
    def iter_timeline(self, f: Filters) -> Iterator[TimelineEntry]:
        """The timeline's entries in order, read as they are used."""
        yield from self._queries.iter_timeline(f)

    @_index_errors
    def timeline_lines(self, f: Filters) -> Iterator[bytes]:
        """The timeline as a pipe gets it: UTF-8 blocks of plain lines."""
        yield from self._queries.timeline_lines(f)

    @_index_errors
    def timeline_by_record(self, f: Filters) -> list[dict]:
        """Each record's first and last event, in timeline order."""
        return self._queries.timeline_by_record(f)

    @_index_errors
    def entity_table(self, f: Filters, kind: str) -> list[dict]:
        """Organisations, people or places with their records, most named first."""
        return self._queries.entity_table(f, kind)

    @_index_errors
    def stats(self, f: Filters, top: int) -> dict:
        return self._queries.stats(f, top)

    @_index_errors
    def iter_entries(self, f: Filters | None = None) -> Iterator[Record]:
        """What `list` shows (of it, what passes the filters), with text, in file order: for `sse export`."""
        yield from self._queries.iter_entries(f)

    @_index_errors
    def all_records(self) -> list[Record]:
        """Every file's record, listing pages with their items: the tests compare it with a fresh parse."""
        return self._queries.all_records()

    @_index_errors
    def suggest(self, kind: str, value: str) -> list[str]:
        """Names of a kind close to a filter value that matched nothing."""
        return Names(self.database).suggest(kind, value)

    @_index_errors
    def complete(self, kind: str, prefix: str) -> list[str]:
        """Names of a kind that start with a prefix, for shell completion."""
        return Names(self.database).complete(kind, prefix)

    @_index_errors
    def ids(self) -> list[str]:
        return self._queries.ids()

    @_index_errors
    def id_width(self) -> int:
        """The longest record id: a table drawn in parts gives its id column this width."""
        return self._queries.id_width()

    @_index_errors
    def count(self) -> int:
        return self._queries.count()

    @_index_errors
    def file_with_text(self, text: str) -> str | None:
        """The file whose article has this text (`sse add` adds no article twice), or None."""
        row = self.database.db.execute(
            "SELECT file FROM records WHERE parent IS NULL AND text = ? LIMIT 1", (text,)
        ).fetchone()
        return row[0] if row else None

    @_index_errors
    def record_of_file(self, name: str) -> Record | None:
        """The record read from a file of the folder (a listing page's, not its items')."""
        row = self.database.db.execute("SELECT id FROM records WHERE file = ? AND parent IS NULL", (name,)).fetchone()
        return self._queries.find(row[0]) if row else None


def open_store(
    folder: Path,
    recursive: bool = False,
    index_path: Path | None = None,
    rebuild: bool = False,
    progress=None,
    full: bool = False,
    on_wait: Callable[[str], None] | None = None,
) -> Store:
    """The index of a corpus folder, brought up to date with it. `index_path` is a file the user
    chose (else SSE_INDEX, else one in the cache); `full` checks every file (`sse index`), `rebuild`
    parses everything again; `progress(stage, done, total)` is told how a long refresh goes;
    `on_wait(message)` is told when another process is refreshing the same index."""
    from ssecli.settings import index_path as chosen_index

    chosen = chosen_index(index_path)
    try:
        with writer_lock(chosen or default_path(folder), on_wait):
            database = Database(chosen or default_path(folder), folder, chosen=chosen is not None)
            timeline = Timeline(database)
            report = Refresher(database, timeline, OrgSync(database)).refresh(
                recursive=recursive, rebuild=rebuild, progress=progress, full=full
            )
    except sqlite3.Error as e:
        raise IndexFailed(f"the index failed: {e}; try `sse index --rebuild`") from None
    return Store(database, report, Queries(database, timeline))


def places_ready() -> bool:
    """Whether the gazetteer (place names, word lists) is compiled in the cache: on a first run it
    is not, and compiling it takes a while, which the command line says on a terminal. Asked on
    every command, so it only looks for the files: the module and the versions of the data
    packages its file names carry cost more than `sse list` itself (a new version of them is
    compiled by the refresh that needs it, without the message)."""
    from ssecli.settings import cache_dir

    folder = cache_dir()
    return all(any(folder.glob(f"{kind}-*.pickle")) for kind in ("gazetteer", "words"))


def build_places() -> None:
    """Compile the gazetteer into the cache now (what the first parse would do unasked), and let
    go of its place table: the build's main process does not keep it."""
    from ssecli.extract import gazetteer

    gazetteer._tables()
    gazetteer._words()
    gazetteer._tables.cache_clear()


def parse_folder(folder: Path, recursive: bool = False) -> tuple[list[Record], list[Problem]]:
    """Every record of a folder parsed afresh, without an index: the reference the index is
    tested against, and what the extraction benchmark measures."""
    from ssecli.corpus import display_name, read_articles
    from ssecli.resolve import resolve
    from ssecli.store.workers import parse_read

    articles, problems = read_articles(folder, recursive)
    return resolve([parse_read(a, display_name(a.path.name)) for a in articles]), problems
