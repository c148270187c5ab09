"""The index and what it makes possible: `sse index` builds or refreshes it (and lists the
problems it found), `sse search` searches titles and texts."""

import sys

import typer

from ssecli.cli.core import app, open_store, prepare_places, state, warn
from ssecli.cli.options import (
    FormatOpt,
    JsonOpt,
    LimitOpt,
    ReverseOpt,
    SearchSort,
    SearchSortOpt,
    fields_option,
    filtered,
)
from ssecli.errors import UsageError
from ssecli.query import Filters

SEARCH_FIELDS = ("id", "date", "title", "score", "snippet", "source")


@app.command("index", short_help="Build or refresh the index now.")
def index_cmd(
    rebuild: bool = typer.Option(False, "--rebuild", help="Start over: parse every article again."),
    problems: bool = typer.Option(
        False, "--problems", help="List every file skipped or read with a guess, as the refreshes found them."
    ),
    as_json: bool = JsonOpt,
) -> None:
    """Build or refresh the index of the corpus: only new and changed articles are parsed.

    Every command refreshes the index before it reads it; `sse index` does it on its own,
    with a progress bar on a terminal. The index lives in the user's cache directory, one per
    corpus folder (--index PATH or SSE_INDEX put it elsewhere).

    A file added, removed or renamed is noticed by the next command; an article edited in
    place by the next `sse index`, or by any command within five minutes (SSE_RESCAN_SECONDS).
    Until then `sse show` says that what it shows may be stale.

    Examples:

      sse index

      sse --corpus ~/articles index --rebuild

      sse index --problems
    """
    import time

    from ssecli.output.emit import write_json

    if problems:
        _list_problems(as_json)
        return
    start = time.perf_counter()
    prepare_places()  # its own spinner, before the progress bar of parsing
    with _progress() as progress:
        store = open_store(rebuild=rebuild, progress=progress, full=True)
    report = store.report
    summary = {
        "index": str(store.path) if store.path else ":memory:",
        "records": store.count(),
        "parsed": report.parsed,
        "unchanged": report.unchanged,
        "deleted": report.deleted,
        "rewritten": report.rewritten,
        "skipped": sum(1 for p in store.all_problems() if p.skipped),
        "seconds": round(time.perf_counter() - start, 3),
    }
    if as_json:
        write_json(state.output, summary)
    else:
        warn(
            f"{summary['records']} records in {summary['index']}: {report.parsed} parsed, {report.unchanged} "
            f"unchanged, {report.deleted} deleted, {summary['skipped']} skipped ({summary['seconds']} s)"
        )


def _list_problems(as_json: bool) -> None:
    """What the index keeps of the folder's problems, on stdout: `file<TAB>skipped|read<TAB>reason`
    lines, or JSON."""
    from ssecli.output.emit import write_json

    found = open_store(say_problems=False).all_problems()
    rows = [{"file": p.path.name, "skipped": p.skipped, "reason": p.reason} for p in found]
    if as_json:
        write_json(state.output, rows)
        return
    state.output.stdout.write(
        "".join(f"{r['file']}\t{'skipped' if r['skipped'] else 'read'}\t{r['reason']}\n" for r in rows)
    )
    if not rows:
        warn("no problem with any file")


class _progress:
    """A Rich progress bar on stderr when it is a terminal; nothing when piped."""

    def __enter__(self):
        if not sys.stderr.isatty():
            return None
        from ssecli.output.tables import progress_bar

        self.bar = progress_bar(state.output)
        self.bar.__enter__()
        self.tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in self.tasks:
                self.tasks[stage] = self.bar.add_task(stage, total=total)
            self.bar.update(self.tasks[stage], completed=done, total=total)

        return update

    def __exit__(self, *exc):
        if getattr(self, "bar", None) is not None:
            self.bar.__exit__(*exc)
        return False


@app.command(short_help="Full-text search of titles and texts, best first.")
@filtered
def search(
    filters: Filters,
    words: list[str] = typer.Argument(..., metavar="WORDS", help="Words to find in titles and texts."),
    limit: int | None = LimitOpt("hits", 20),
    raw: bool = typer.Option(False, "--raw", help='Pass FTS5 query syntax through: "decent work" NOT covid.'),
    sort: SearchSort = SearchSortOpt,
    reverse: bool = ReverseOpt,
    as_json: bool = JsonOpt,
    fmt: str | None = FormatOpt,
    fields: str | None = fields_option(SEARCH_FIELDS),
) -> None:
    """Full-text search over titles and texts, best first (bm25, the title weighing more).

    Words are searched as text, each in all its forms (cooperative finds cooperatives):
    COVID-19, Think.Coop and ILO/Korea need no escaping. Words between double quotes are a
    phrase; a word ending in * is a prefix (cooperat* finds cooperation and cooperatives).
    With --raw the query is FTS5 syntax: phrases in double quotes, AND, OR, NOT, prefix*.

    Examples:

      sse search '"decent work"'

      sse search 'cooperat*' --reverse

      sse search cooperative --org ILO --since 2023

      sse search --raw '"social enterprise" NOT covid'
    """
    from ssecli.output.emit import emit

    query = " ".join(words)
    if not query.strip():
        raise UsageError("search: no words to search for; sse search WORDS (sse search --help)")
    hits = open_store().search(query, filters, limit, raw, sort.value, reverse)
    if not hits:
        warn("no record matches")
    full = [
        {
            "id": h["record"].id,
            "date": h["record"].date,
            "title": h["record"].title,
            "score": round(h["score"], 4),
            "snippet": _plain(h["snippet"]),
            "source": h["record"].source,
        }
        for h in hits
    ]

    def table():
        from ssecli.output.tables import search_table

        return search_table(hits)

    emit(state.output, full, full, fmt, as_json, fields, SEARCH_FIELDS, table, plain=("id", "date", "title", "snippet"))


def _plain(marked: str) -> str:
    """A snippet with its match marks (\\x02 \\x03) removed, for JSON and CSV."""
    return marked.replace("\x02", "").replace("\x03", "")
