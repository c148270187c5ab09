"""The Typer app: options in, the core called, results handed to render or JSON.

Exit codes: 0 success (also when nothing matches), 1 an error such as an unknown
id, 2 a usage error such as a date that cannot be read, 130 when interrupted."""

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from typer.core import TyperGroup

from ssecli import __version__
from ssecli.errors import ExitCode, SseError

# The options of main_options that take a value: the word after them is not a command.
VALUE_OPTIONS = {"--corpus", "--index", "--color"}


def _command_named(args: list[str]) -> Optional[str]:
    """The first word of a command line that is neither an option nor an option's value."""
    i = 0
    while i < len(args):
        if args[i] == "--":
            return None
        if args[i] in VALUE_OPTIONS:
            i += 2
        elif args[i].startswith("-"):
            i += 1
        else:
            return args[i]
    return None


class SseGroup(TyperGroup):
    """The one place where what goes wrong becomes a message on stderr and an exit code: the
    errors sse raises (their own codes), a reader that went away (0, nothing said: `sse export |
    head -1`), the system's and the index's failures (1). It works under Click's test runner too,
    which calls invoke as `sse` does."""

    def invoke(self, ctx):
        import errno
        import sqlite3

        try:
            return super().invoke(ctx)
        except SseError as e:
            error(str(e))
            raise typer.Exit(int(e.exit_code)) from None
        except OSError as e:
            if isinstance(e, BrokenPipeError) or e.errno == errno.EPIPE:
                _quiet_stdout()
                raise typer.Exit(int(ExitCode.OK)) from None
            error(f"{e.strerror or e}{f': {e.filename}' if e.filename else ''}")
            raise typer.Exit(int(ExitCode.ERROR)) from None
        except sqlite3.Error as e:
            error(f"the index failed: {e}; try `sse index --rebuild`")
            raise typer.Exit(int(ExitCode.ERROR)) from None


def _quiet_stdout() -> None:
    """After the reader of stdout went away: what is still buffered goes nowhere, silently."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind stdout (a test runner's buffer)
        pass


class App(typer.Typer):
    """The app, which builds only the command a command line names: Typer turns every registered
    command's signature into Click parameters on each run (12 ms for the ten, 3 ms for one).
    Help without a command, an unknown command (Click's message suggests another) and shell
    completion get them all."""

    def __call__(self, *args, **kwargs):
        every = self.registered_commands
        if not any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ):
            name = _command_named(list(kwargs.get("args") or sys.argv[1:]))
            self.registered_commands = [c for c in every if (c.name or c.callback.__name__.replace("_", "-")) == name
                                        ] or every
        try:
            return super().__call__(*args, **kwargs)
        finally:
            self.registered_commands = every


app = App(
    cls=SseGroup,
    name="sse",
    help="Query a folder of news articles on the social and solidarity economy.",
    epilog="Exit codes: 0 success (also when nothing matches), 1 an error such as an unknown id, "
           "2 a usage error, 130 interrupted.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,  # main() turns the errors a user can cause into messages
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


TIMELINE_FIELDS = {"event": ("id", "title", "record_date", "start", "end", "text", "surface"),
                   "record": ("id", "title", "record_date", "date_inferred", "start", "end", "events")}


class By(str, Enum):
    event = "event"
    record = "record"


class State:
    corpus: Optional[Path] = None
    index: Optional[Path] = None
    recursive: bool = False
    quiet: bool = False


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
    index: Optional[Path] = typer.Option(
        None, "--index", envvar="SSE_INDEX", dir_okay=False, show_default=False,
        help="The index file (default: one per corpus folder in the user's cache directory).",
    ),
    recursive: bool = typer.Option(False, "--recursive", "-r", help="Also read the articles in sub-folders."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
    color: Color = typer.Option("auto", "--color", help="Colour: auto (a terminal, unless NO_COLOR), always, never."),
    no_pager: bool = typer.Option(False, "--no-pager", help="Never page long output on a terminal."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Say nothing on stderr but errors."),
) -> None:
    from ssecli.options import settings
    from ssecli.settings import check

    check()
    state.corpus = corpus
    state.index = index
    state.recursive = recursive
    state.quiet = quiet
    settings["color"] = color.value
    settings["pager"] = not no_pager


def warn(message: str) -> None:
    """A warning or a note on stderr (what was skipped, that nothing matches); -q silences it."""
    if not state.quiet:
        sys.stderr.write(f"sse: {message}\n")


def error(message: str) -> None:
    """What made a command fail, on stderr whatever -q says."""
    sys.stderr.write(f"sse: {message}\n")


def _load(rebuild: bool = False, progress=None, full: bool = False, say_problems: bool = True):
    """The corpus behind its index, refreshed; what the refresh found skipped or guessed is said
    on stderr (once: the next refresh says only what is new)."""
    from ssecli.corpus import corpus_dir
    from ssecli.store import load

    corpus = load(corpus_dir(str(state.corpus) if state.corpus else None), recursive=state.recursive,
                  index_path=state.index, rebuild=rebuild, progress=progress, full=full, on_wait=warn)
    for w in corpus.warnings:
        warn(w)
    for p in corpus.problems if say_problems else ():
        warn(p.message())
    return corpus


def _filters(org, person, place, since, until, not_org=None, not_person=None, on=None):
    from ssecli.query import Filters, parse_bound

    if on:
        since, until = since or on, until or on
    return Filters(
        orgs=org or [], people=person or [], places=place or [], not_orgs=not_org or [], not_people=not_person or [],
        since=parse_bound(since, "--on" if on and since == on else "--since", end=False),
        until=parse_bound(until, "--on" if on and until == on else "--until", end=True),
    )


def _suggest(corpus, f) -> None:
    """When nothing matches, name the filter values that match nothing and what is close to them."""
    for kind, values, label in (("orgs", f.orgs, "organisation"), ("people", f.people, "person"),
                                ("places", f.places, "place")):
        for v in values:
            close = corpus.suggest(kind, v)
            if close:
                warn(f"no {label} {v!r}; did you mean {', '.join(close)}?")


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _fail(e: SseError) -> typer.Exit:
    error(str(e))
    return typer.Exit(int(e.exit_code))


from ssecli.options import (  # noqa: E402
    _terminal, complete_fields, complete_ids, complete_orgs, complete_people, complete_places, wants_table,
)

OrgOpt = typer.Option(None, "--org", autocompletion=complete_orgs, help="Organisation name, alias or part of one; repeat for all of them (AND).")
PersonOpt = typer.Option(None, "--person", autocompletion=complete_people, help="Person's name or part of it (accent- and case-insensitive).")
PlaceOpt = typer.Option(None, "--place", autocompletion=complete_places, help="Country, region or city.")
SinceOpt = typer.Option(None, "--since", help="On or after: 2023, 2023-06, 2023-06-30, 'June 2023'.")
UntilOpt = typer.Option(None, "--until", help="On or before, inclusive, same forms as --since.")
NotOrgOpt = typer.Option(None, "--not-org", autocompletion=complete_orgs, help="Leave out records naming this organisation; repeatable.")
NotPersonOpt = typer.Option(None, "--not-person", autocompletion=complete_people, help="Leave out records naming this person; repeatable.")
OnOpt = typer.Option(None, "--on", help="On this day, month or year: 2023-06-30, 2023-06, 'June 2023', 2023.")
from ssecli.options import FieldsOpt, FormatOpt, JsonOpt  # noqa: E402


@app.command("list")
def list_cmd(
    org: Optional[list[str]] = OrgOpt,
    person: Optional[list[str]] = PersonOpt,
    place: Optional[list[str]] = PlaceOpt,
    since: Optional[str] = SinceOpt,
    until: Optional[str] = UntilOpt,
    not_org: Optional[list[str]] = NotOrgOpt,
    not_person: Optional[list[str]] = NotPersonOpt,
    on: Optional[str] = OnOpt,
    limit: Optional[int] = typer.Option(None, "--limit", "-n", min=1, help="Show at most N records."),
    as_json: bool = JsonOpt,
    fmt: Optional[str] = FormatOpt,
    fields: Optional[str] = FieldsOpt,
) -> None:
    """List records newest first: id, date, title, organisations, people.

    Examples:

      sse list --org ILO

      sse list --person Kim --since 2020

      sse list --place Korea --until 2021-12 --json

      sse list --org ILO --not-org KoSEA --format csv --fields id,date,title

    Repeating --org, --person or --place means all of them (AND).
    """
    from ssecli.export import RECORD_FIELDS, record_row
    from ssecli.options import emit

    try:
        f = _filters(org, person, place, since, until, not_org, not_person, on)
        corpus = _load()
        if wants_table(fmt, as_json, fields):
            from ssecli.render import list_table, page_parts, table_parts

            id_width = corpus.index.id_width()
            parts = table_parts(corpus.index.iter_select(f, limit),
                                lambda part, _, widths: list_table(part, widths is None, widths, id_width))
            if not page_parts(parts):
                warn("no record matches")
                _suggest(corpus, f)
            return
        rows = corpus.select(f, limit)
        if not rows:
            warn("no record matches")
            _suggest(corpus, f)

        # The table was drawn above; what is left is JSON, CSV, Markdown, --fields or a pipe's lines.
        emit([r.to_dict(with_text=False) for r in rows], [record_row(r) for r in rows], fmt, as_json, fields,
             RECORD_FIELDS, plain=("id", "date", "title", "orgs", "people"))
    except SseError as e:
        raise _fail(e) from None


@app.command()
def timeline(
    org: Optional[list[str]] = OrgOpt,
    person: Optional[list[str]] = PersonOpt,
    place: Optional[list[str]] = PlaceOpt,
    since: Optional[str] = SinceOpt,
    until: Optional[str] = UntilOpt,
    not_org: Optional[list[str]] = NotOrgOpt,
    not_person: Optional[list[str]] = NotPersonOpt,
    on: Optional[str] = OnOpt,
    by: By = typer.Option("event", "--by", help="One line per event, or per record (its first to last event)."),
    as_json: bool = JsonOpt,
    fmt: Optional[str] = FormatOpt,
    fields: Optional[str] = FieldsOpt,
) -> None:
    """Every dated event across the corpus in date order, grouped by year.

    Examples:

      sse timeline

      sse timeline --org KoSEA --since 2020

      sse timeline --by record --since 2023

      sse timeline --json

    Spans show their length (2021-06-29 → 2021-07-05 (7 days)); '~' marks dates inferred
    from an undated article's text.
    """
    from ssecli.export import EVENT_LINE
    from ssecli.options import plain_keys

    try:
        f = _filters(org, person, place, since, until, not_org, not_person, on)
        corpus = _load()
        if by == By.event and plain_keys(fmt, as_json, fields, TIMELINE_FIELDS["event"], EVENT_LINE) == EVENT_LINE:
            # A pipe's default lines come as the index keeps them: no row is built or formatted.
            written = False
            sys.stdout.flush()
            for data in corpus.index.timeline_lines(f):
                sys.stdout.buffer.write(data)
                written = written or bool(data)
            if not written:
                warn("no event matches")
                _suggest(corpus, f)
            return
        if wants_table(fmt, as_json, fields):  # drawn and paged in parts
            from ssecli.render import page_parts, timeline_parts, timeline_records_parts

            parts = (timeline_parts(corpus.index.iter_timeline(f), corpus.index.id_width()) if by == By.event
                     else timeline_records_parts(corpus.index.timeline_by_record(f)))
            if not page_parts(parts):
                warn("no event matches")
                _suggest(corpus, f)
            return
        rows = corpus.timeline(f) if by == By.event else corpus.index.timeline_by_record(f)
    except SseError as e:
        raise _fail(e) from None
    if not rows:
        warn("no event matches")
        _suggest(corpus, f)
    from ssecli.options import emit

    # The table was drawn above; what is left is JSON, CSV, Markdown, --fields or a pipe's lines.
    out = rows if by == By.record else [
        {"id": t.record.id, "title": t.record.title, "record_date": t.record.date,
         **({"start": t.event.start, "end": t.event.end, "text": t.event.text, "surface": t.event.surface}
            if t.event else {"start": None, "end": None, "text": None, "surface": None})}
        for t in rows
    ]
    try:
        emit(out, out, fmt, as_json, fields, tuple(out[0]) if out else TIMELINE_FIELDS[by.value],
             plain=("start", "end", "id", "title") if by == By.record else EVENT_LINE)
    except SseError as e:
        raise _fail(e) from None


@app.command()
def show(
    ident: str = typer.Argument(..., metavar="ID", autocompletion=complete_ids, help="Record id (003, 002.4), file stem or file name."),
    as_json: bool = JsonOpt,
) -> None:
    """One record: its metadata above its text, entities highlighted.

    On a pipe, plain lines instead, as `gh issue view` prints them: `field:<TAB>value` lines,
    a `--` line, then the text as it was saved (`sse show 003 | grep ^people`).

    Examples:

      sse show 003

      sse show 002.4

      sse show 001 --json
    """
    try:
        record = _load().find(ident)
    except SseError as e:
        raise _fail(e) from None
    if as_json:
        _print_json(record.to_show_dict())
        return
    if not _terminal():  # Rich is neither imported nor asked to wrap the text
        from ssecli.export import record_text

        sys.stdout.write(record_text(record))
        return
    from ssecli.render import record_view, show as page

    page(record_view(record))  # a long article goes through the pager on a terminal, like the listings


class _Stopped(BaseException):
    """Ctrl-C or SIGTERM: raised where the process is, so that everything open is closed on the
    way out (the progress bar ends its line, workers are ended, the index's transaction is rolled
    back), and said once, by main, when that is done."""

    def __init__(self, code: ExitCode, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def main() -> None:
    """The `sse` command: Ctrl-C exits 130 and SIGTERM 143, each with one line on stderr (Click
    would say "Aborted!" and exit 1); everything else a command can meet is mapped by SseGroup."""
    import signal

    def stop(signum, frame):
        if signum == signal.SIGINT:
            raise _Stopped(ExitCode.INTERRUPTED, "interrupted")
        raise _Stopped(ExitCode.TERMINATED, "terminated")

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        app()
    except _Stopped as e:
        error(e.message)
        sys.exit(e.code)
    except KeyboardInterrupt:  # raised before the handler was in place, or by code that re-raises it
        error("interrupted")
        sys.exit(ExitCode.INTERRUPTED)
    except BrokenPipeError:  # at exit, flushing what a closed pipe will never read
        _quiet_stdout()
        sys.exit(ExitCode.OK)


# Commands of other areas register themselves on `app` in their own modules.
from ssecli import archive_cmds, index_cmds  # noqa: E402,F401
