"""The index and what it makes possible: `sse index` builds or refreshes it, `sse search`
searches titles and texts. Registered on the app in cli.py."""

import sys
from typing import Optional

import typer

from ssecli.cli import (NotOrgOpt, NotPersonOpt, OnOpt, OrgOpt, PersonOpt, PlaceOpt, SinceOpt, UntilOpt, _fail,
                        _filters, _load, app, warn)
from ssecli.errors import SseError
from ssecli.options import FieldsOpt, FormatOpt, JsonOpt

SEARCH_FIELDS = ("id", "date", "title", "score", "snippet", "source")


@app.command("index")
def index_cmd(
    rebuild: bool = typer.Option(False, "--rebuild", help="Start over: parse every article again."),
    problems: bool = typer.Option(False, "--problems", help="List every file skipped or read with a guess, "
                                  "as the refreshes found them."),
    as_json: bool = JsonOpt,
) -> None:
    """Build or refresh the index of the corpus: only new and changed articles are parsed.

    Every command refreshes the index before it reads it; `sse index` does it on its own,
    with a progress bar on a terminal. The index lives in the user's cache directory, one per
    corpus folder (--index PATH or SSE_INDEX put it elsewhere).

    Examples:

      sse index

      sse --corpus ~/articles index --rebuild

      sse --index /tmp/sse.sqlite index --json
    """
    import json
    import time

    if problems:
        _list_problems(as_json)
        return
    start = time.perf_counter()
    try:
        with _progress() as progress:
            corpus = _load(rebuild=rebuild, progress=progress, full=True)
    except SseError as e:
        raise _fail(e) from None
    report = corpus.report
    summary = {
        "index": str(corpus.index.path) if corpus.index.path else ":memory:",
        "records": corpus.index.count(), "parsed": report.parsed, "unchanged": report.unchanged,
        "deleted": report.deleted, "rewritten": report.rewritten,
        "skipped": sum(1 for p in corpus.index.problems() if p.skipped), "seconds": round(time.perf_counter() - start, 3),
    }
    if as_json:
        sys.stdout.write(json.dumps(summary) + "\n")
    else:
        warn(f"{summary['records']} records in {summary['index']}: {report.parsed} parsed, {report.unchanged} "
             f"unchanged, {report.deleted} deleted, {summary['skipped']} skipped ({summary['seconds']} s)")


def _list_problems(as_json: bool) -> None:
    """What the index keeps of the folder's problems, on stdout: `file<TAB>skipped|read<TAB>reason`
    lines, or JSON."""
    import json

    try:
        found = _load(say_problems=False).index.problems()
    except SseError as e:
        raise _fail(e) from None
    rows = [{"file": p.path.name, "skipped": p.skipped, "reason": p.reason} for p in found]
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    sys.stdout.write("".join(f"{r['file']}\t{'skipped' if r['skipped'] else 'read'}\t{r['reason']}\n" for r in rows))
    if not rows:
        warn("no problem with any file")


class _progress:
    """A Rich progress bar on stderr when it is a terminal; nothing when piped."""

    def __enter__(self):
        if not sys.stderr.isatty():
            return None
        from ssecli.render import progress_bar

        self.bar = progress_bar()
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


@app.command()
def search(
    words: list[str] = typer.Argument(..., metavar="QUERY...", help="Words to find in titles and texts."),
    org: Optional[list[str]] = OrgOpt,
    person: Optional[list[str]] = PersonOpt,
    place: Optional[list[str]] = PlaceOpt,
    since: Optional[str] = SinceOpt,
    until: Optional[str] = UntilOpt,
    not_org: Optional[list[str]] = NotOrgOpt,
    not_person: Optional[list[str]] = NotPersonOpt,
    on: Optional[str] = OnOpt,
    limit: Optional[int] = typer.Option(20, "--limit", "-n", min=1, help="Show at most N hits (default 20)."),
    raw: bool = typer.Option(False, "--raw", help='Pass FTS5 query syntax through: "decent work" NOT covid.'),
    as_json: bool = JsonOpt,
    fmt: Optional[str] = FormatOpt,
    fields: Optional[str] = FieldsOpt,
) -> None:
    """Full-text search over titles and texts, best first (bm25, the title weighing more).

    Words are searched as text: COVID-19, Think.Coop, ILO/Korea and quotes need no escaping.
    With --raw the query is FTS5 syntax: phrases in double quotes, AND, OR, NOT, prefix*.

    Examples:

      sse search "decent work"

      sse search cooperative --org ILO --since 2023

      sse search --raw '"social enterprise" NOT covid'
    """
    import sqlite3

    from ssecli.options import emit

    query = " ".join(words)
    try:
        f = _filters(org, person, place, since, until, not_org, not_person, on)
        corpus = _load()
        try:
            hits = corpus.search(query, f, limit, raw)
        except sqlite3.OperationalError as e:
            from ssecli.errors import UsageError

            raise UsageError(f"--raw: not a valid FTS5 query ({e}); leave out --raw to search the words as text")
        if not hits:
            warn("no record matches")
        full = [{"id": h["record"].id, "date": h["record"].date, "title": h["record"].title,
                 "score": round(h["score"], 4), "snippet": _plain(h["snippet"]), "source": h["record"].source}
                for h in hits]

        def table():
            from ssecli.render import search_table

            return search_table(hits)

        emit(full, full, fmt, as_json, fields, SEARCH_FIELDS, table, plain=("id", "date", "title", "snippet"))
    except SseError as e:
        raise _fail(e) from None


def _plain(marked: str) -> str:
    """A snippet with its match marks (\\x02 \\x03) removed, for JSON and CSV."""
    return marked.replace("\x02", "").replace("\x03", "")
