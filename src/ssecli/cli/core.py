"""The Typer app: its global options, the one place where errors become messages and exit codes
(SseGroup), and what every command does first (open_store) and last when nothing matched.

Exit codes: 0 success (also when nothing matches), 1 an error such as an unknown id, 2 a usage
error such as a date that cannot be read, 130 when interrupted, 143 when terminated."""

import os
import sys
from enum import Enum
from pathlib import Path

import typer
from typer.core import TyperGroup

from ssecli import __version__
from ssecli.errors import ExitCode, SseError
from ssecli.output.env import Output
from ssecli.query import Filters

# The options of main_options that take a value: the word after them is not a command.
VALUE_OPTIONS = {"--corpus", "--index", "--color"}


def _argument_help_as_click_writes_it() -> None:
    """An argument's help as a person reads it: `sse show ID`, `sse search WORDS...`, where
    Typer writes `{ID}` and `WORDS <list[str]>` (its braces and Python types). An argument
    with a metavar says what it is; one without keeps Typer's type."""
    from typer.core import TyperArgument

    def usage_name(self) -> str:
        name = self.display_name_raw
        name = name if self.required else f"[{name}]"
        return name + "..." if self.nargs != 1 else name

    typed = TyperArgument.display_type_rich

    def display_type(self, ctx):
        return None if self.metavar else typed(self, ctx)

    TyperArgument._usage_display_name = usage_name  # type: ignore[method-assign]
    TyperArgument.display_type_rich = display_type  # type: ignore[method-assign]


_argument_help_as_click_writes_it()


class SseGroup(TyperGroup):
    """The one place where what goes wrong becomes a message on stderr and an exit code: the
    errors sse raises (their own codes), a reader that went away (0, nothing said: `sse export |
    head -1`), the system's failures (1). It works under Click's test runner too, which calls
    invoke as `sse` does."""

    def invoke(self, ctx):
        import errno

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


def _quiet_stdout() -> None:
    """After the reader of stdout went away: what is still buffered goes nowhere, silently."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind stdout (a test runner's buffer)
        pass


def _command_named(args: list[str]) -> str | None:
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


class App(typer.Typer):
    """The app, which builds only the command a command line names: Typer turns every registered
    command's signature into Click parameters on each run. Help without a command, an unknown
    command (Click's message suggests another) and shell completion get them all."""

    def __call__(self, *args, **kwargs):
        every = self.registered_commands
        if not any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ):
            name = _command_named(list(kwargs.get("args") or sys.argv[1:]))
            self.registered_commands = [
                c for c in every if (c.name or c.callback.__name__.replace("_", "-")) == name
            ] or every
        try:
            return super().__call__(*args, **kwargs)
        finally:
            self.registered_commands = every


app = App(
    cls=SseGroup,
    name="sse",
    help="Query a folder of news articles on the social and solidarity economy.\n\n"
    "Defaults for --corpus, the pager and --color can be kept in ~/.config/sse/config.toml "
    '(SSE_CONFIG names another file): corpus = "~/articles", pager = "less -S" or false, '
    'color = "never". Environment variables and options override it.',
    epilog="Exit codes: 0 success (also when nothing matches), 1 an error such as an unknown id, "
    "2 a usage error, 130 interrupted, 143 terminated.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,  # SseGroup turns the errors a user can cause into messages
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class State:
    """What the global options chose, for the command that runs after them."""

    corpus: Path | None = None
    index: Path | None = None
    recursive: bool = False
    quiet: bool = False
    output: Output = Output()


state = State()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sse {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    corpus: Path | None = typer.Option(
        None,
        "--corpus",
        envvar="SSE_CORPUS",
        metavar="DIR",
        help="Folder of articles: .txt, .md, .html, .pdf (default: the config file's corpus, or the bundled seeds).",
        file_okay=False,
        show_default=False,
    ),
    index: Path | None = typer.Option(
        None,
        "--index",
        envvar="SSE_INDEX",
        metavar="FILE",
        dir_okay=False,
        show_default=False,
        help="The index file (default: one per corpus folder in the user's cache directory).",
    ),
    recursive: bool = typer.Option(False, "--recursive", "-r", help="Also read the articles in sub-folders."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
    color: Color | None = typer.Option(
        None,
        "--color",
        metavar="WHEN",
        help="Colour: auto (a terminal, unless NO_COLOR), always, never (default: the config file's, or auto).",
        show_default=False,
    ),
    no_pager: bool = typer.Option(
        False, "--no-pager", help="Never page long output on a terminal (the config file's pager = false too)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Say nothing on stderr but errors."),
) -> None:
    from ssecli.settings import check, config

    check()
    configured = config()
    # --color, else the config file's colour unless NO_COLOR or FORCE_COLOR says otherwise, else auto.
    chosen = color.value if color is not None else "auto"
    if color is None and not any(os.environ.get(v) for v in ("NO_COLOR", "FORCE_COLOR")):
        chosen = configured.get("color", "auto")
    state.corpus = corpus
    state.index = index
    state.recursive = recursive
    state.quiet = quiet
    pager = not no_pager and configured.get("pager", True) is not False
    state.output = Output(color=chosen, pager=pager, stdout=sys.stdout)


def warn(message: str) -> None:
    """A warning or a note on stderr (what was skipped, that nothing matches); -q silences it."""
    if not state.quiet:
        sys.stderr.write(f"sse: {message}\n")


def error(message: str) -> None:
    """What made a command fail, on stderr whatever -q says."""
    sys.stderr.write(f"sse: {message}\n")


def open_store(rebuild: bool = False, progress=None, full: bool = False, say_problems: bool = True):
    """The corpus's index, refreshed; what the refresh found skipped or guessed is said on stderr
    (once: the next refresh says only what is new)."""
    from ssecli.corpus import corpus_dir
    from ssecli.store import open_store as open_index

    prepare_places()
    store = open_index(
        corpus_dir(str(state.corpus) if state.corpus else None),
        recursive=state.recursive,
        index_path=state.index,
        rebuild=rebuild,
        progress=progress,
        full=full,
        on_wait=warn,
    )
    for w in store.warnings:
        warn(w)
    for p in store.problems if say_problems else ():
        warn(p.message())
    return store


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def prepare_places() -> None:
    """On a first run, compile the place names before anything else, saying so on a terminal
    with a spinner of its own (a progress bar of parsing would stand still meanwhile)."""
    from ssecli.store import build_places, places_ready

    if places_ready():
        return
    if state.quiet or not stderr_is_terminal():
        build_places()
        return
    from ssecli.output.tables import spinner

    with spinner(state.output, "building place names (once)..."):
        build_places()


def nothing_matches(store, f: Filters, message: str = "no record matches") -> None:
    """Say that nothing matched, and name the filter values that match nothing, with what is
    close to them."""
    warn(message)
    for kind, values, label in (
        ("orgs", f.orgs, "organisation"),
        ("people", f.people, "person"),
        ("places", f.places, "place"),
    ):
        for v in values:
            close = store.suggest(kind, v)
            if close:
                warn(f"no {label} {v!r}; did you mean {', '.join(close)}?")


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
