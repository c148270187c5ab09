"""The Typer app: options in, the core called, results handed to render or JSON.

Exit codes: 0 success (also when nothing matches), 1 an error such as an unknown
id, 2 a usage error such as a date that cannot be read, 130 when interrupted."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from ssecli import __version__
from ssecli.errors import ExitCode, SseError

app = typer.Typer(
    name="sse",
    help="Query a folder of news articles on the social and solidarity economy.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class State:
    corpus: Optional[Path] = None
    recursive: bool = False


state = State()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sse {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    corpus: Optional[Path] = typer.Option(
        None, "--corpus", envvar="SSE_CORPUS", help="Folder of .txt articles (default: the bundled seeds).",
        file_okay=False, show_default=False,
    ),
    recursive: bool = typer.Option(False, "--recursive", "-r", help="Also read the articles in sub-folders."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    state.corpus = corpus
    state.recursive = recursive


def warn(message: str) -> None:
    sys.stderr.write(f"sse: {message}\n")


def _load():
    from ssecli.corpus import corpus_dir
    from ssecli.store import load

    corpus = load(corpus_dir(str(state.corpus) if state.corpus else None), recursive=state.recursive)
    for p in corpus.problems:
        warn(p.message())
    return corpus


def _filters(org, person, place, since, until):
    from ssecli.query import Filters, parse_bound

    return Filters(
        orgs=org or [], people=person or [], places=place or [],
        since=parse_bound(since, "--since", end=False), until=parse_bound(until, "--until", end=True),
    )


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _fail(e: SseError) -> typer.Exit:
    warn(str(e))
    return typer.Exit(int(e.exit_code))


OrgOpt = typer.Option(None, "--org", help="Organisation name, alias or part of one; repeat for all of them (AND).")
PersonOpt = typer.Option(None, "--person", help="Person's name or part of it (accent- and case-insensitive).")
PlaceOpt = typer.Option(None, "--place", help="Country, region or city.")
SinceOpt = typer.Option(None, "--since", help="On or after: 2023, 2023-06, 2023-06-30, 'June 2023'.")
UntilOpt = typer.Option(None, "--until", help="On or before, inclusive, same forms as --since.")
JsonOpt = typer.Option(False, "--json", help="Print JSON only, on stdout.")


@app.command("list")
def list_cmd(
    org: Optional[list[str]] = OrgOpt,
    person: Optional[list[str]] = PersonOpt,
    place: Optional[list[str]] = PlaceOpt,
    since: Optional[str] = SinceOpt,
    until: Optional[str] = UntilOpt,
    limit: Optional[int] = typer.Option(None, "--limit", "-n", min=1, help="Show at most N records."),
    as_json: bool = JsonOpt,
) -> None:
    """List records newest first: id, date, title, organisations, people.

    Examples:

      sse list --org ILO

      sse list --person Kim --since 2020

      sse list --place Korea --until 2021-12 --json
    """
    from ssecli.query import select

    try:
        f = _filters(org, person, place, since, until)
        rows = select(_load().records, f, limit)
    except SseError as e:
        raise _fail(e) from None
    if not rows:
        warn("no record matches")
    if as_json:
        _print_json([r.to_dict(with_text=False) for r in rows])
        return
    from ssecli.render import console, list_table

    console().print(list_table(rows))


@app.command()
def timeline(
    org: Optional[list[str]] = OrgOpt,
    person: Optional[list[str]] = PersonOpt,
    place: Optional[list[str]] = PlaceOpt,
    since: Optional[str] = SinceOpt,
    until: Optional[str] = UntilOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Every dated event across the corpus in date order, grouped by year.

    Examples:

      sse timeline

      sse timeline --org KoSEA --since 2020

      sse timeline --json
    """
    from ssecli.query import timeline as build

    try:
        f = _filters(org, person, place, since, until)
        rows = build(_load().records, f)
    except SseError as e:
        raise _fail(e) from None
    if not rows:
        warn("no event matches")
    if as_json:
        _print_json([
            {"id": t.record.id, "title": t.record.title, "record_date": t.record.date,
             **({"start": t.event.start, "end": t.event.end, "text": t.event.text, "surface": t.event.surface}
                if t.event else {"start": None, "end": None, "text": None, "surface": None})}
            for t in rows
        ])
        return
    from ssecli.render import console, timeline_table

    console().print(timeline_table(rows))


@app.command()
def show(
    ident: str = typer.Argument(..., metavar="ID", help="Record id (003, 002.4), file stem or file name."),
    as_json: bool = JsonOpt,
) -> None:
    """One record: its metadata above its text, entities highlighted.

    Examples:

      sse show 003

      sse show 002.4

      sse show 001 --json
    """
    from ssecli.query import find

    try:
        record = find(_load().records, ident)
    except SseError as e:
        raise _fail(e) from None
    if as_json:
        _print_json(record.to_show_dict())
        return
    from ssecli.render import console, record_view

    console().print(record_view(record))


def main() -> None:
    """The `sse` command: Click's own handling of errors, but Ctrl-C exits 130 with one line on
    stderr (Click would say "Aborted!" and exit 1), and a closed pipe (`sse list | head -1`)
    ends quietly (Click stops writing on EPIPE)."""
    import signal

    def interrupted(signum, frame):
        warn("interrupted")
        raise SystemExit(ExitCode.INTERRUPTED)

    signal.signal(signal.SIGINT, interrupted)
    try:
        app()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(ExitCode.OK)


# Commands of other areas register themselves on `app` in their own modules.
