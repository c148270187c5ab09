"""The environment variables sse reads, its config file, and the paths it derives from them: each
one read and checked here, where it enters, so that a bad value is a usage error naming the
variable (or the file and key) and what it accepts, never a traceback deep inside a command.

The config file (`~/.config/sse/config.toml` on Linux, from platformdirs; SSE_CONFIG names
another) holds defaults, as gh's and jrnl's do; environment variables and options override it:

    corpus = "~/articles"   # the folder of articles (--corpus, SSE_CORPUS override it)
    pager = "less -S"       # the pager, or false for none (SSE_PAGER overrides it; --no-pager)
    color = "never"         # auto, always or never (--color, NO_COLOR, FORCE_COLOR override it)
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from ssecli.errors import UsageError

DEFAULT_RESCAN_SECONDS = 300.0


def check() -> None:
    """Read every variable whose value could be wrong, at start, whatever the command will use."""
    config()
    jobs()
    rescan_seconds()
    fetch_seconds()
    today()


def _env(name: str) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else None


def jobs() -> int:
    """SSE_JOBS: how many worker processes parse a large build (default: one a CPU)."""
    raw = _env("SSE_JOBS")
    if raw is None:
        return os.cpu_count() or 1
    try:
        n = int(raw.strip())
    except ValueError:
        n = 0
    if n < 1:
        raise UsageError(f"SSE_JOBS: {raw!r} is not a number of worker processes; use a whole number, 1 or more")
    return n


def rescan_seconds() -> float:
    """SSE_RESCAN_SECONDS: the longest a query trusts the index without checking every file."""
    return _seconds("SSE_RESCAN_SECONDS", DEFAULT_RESCAN_SECONDS, zero_ok=True)


DEFAULT_FETCH_SECONDS = 20.0


def fetch_seconds() -> float:
    """SSE_FETCH_TIMEOUT: how long `sse add` waits for a web page before it gives up."""
    return _seconds("SSE_FETCH_TIMEOUT", DEFAULT_FETCH_SECONDS, zero_ok=False)


def _seconds(name: str, default: float, zero_ok: bool) -> float:
    """A finite number of seconds from the variable `name`, 0 allowed where `zero_ok`; else exit 2."""
    raw = _env(name)
    if raw is None:
        return default
    try:
        n = float(raw.strip())
    except ValueError:
        n = -1.0
    if not ((n >= 0 if zero_ok else n > 0) and n != float("inf")):  # NaN fails both comparisons
        rule = "0 or more" if zero_ok else "more than 0"
        raise UsageError(f"{name}: {raw!r} is not a number of seconds; use {rule} (default {default:g})")
    return n


def today() -> dt.date:
    """Today, or SSE_TODAY (an ISO date), so that tests of relative dates do not depend on the clock."""
    raw = _env("SSE_TODAY")
    if raw is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(raw.strip())
    except ValueError:
        raise UsageError(f"SSE_TODAY: {raw!r} is not a day; use an ISO date such as 2024-03-15") from None


def cache_dir() -> Path:
    """SSE_CACHE_DIR, else the user's cache directory (platformdirs): indexes and the compiled gazetteer."""
    raw = _env("SSE_CACHE_DIR")
    if raw is not None:
        return Path(raw).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("sse", appauthor=False))


def index_path(option: Path | None) -> Path | None:
    """The index file a user chose (--index, else SSE_INDEX), or None for the cache's own."""
    if option is not None:
        return option
    raw = _env("SSE_INDEX")
    return Path(raw).expanduser() if raw is not None else None


def corpus_option(option: str | None) -> str | None:
    """The corpus folder a user chose (--corpus, else SSE_CORPUS, else the config file's
    `corpus`), or None for the bundled seeds."""
    chosen = option or _env("SSE_CORPUS")
    if chosen:
        return chosen
    configured = config().get("corpus")
    return str(Path(configured).expanduser()) if configured else None


def pager_command() -> str:
    """The pager, as git chooses its own: SSE_PAGER, the config file's `pager`, PAGER, less -R."""
    configured = config().get("pager")
    return _env("SSE_PAGER") or (configured if isinstance(configured, str) else None) or _env("PAGER") or "less -R"


# What the config file may hold: each key, what its value must be, and how to say so.
CONFIG_KEYS: dict[str, tuple[tuple[type, ...], str]] = {
    "corpus": ((str,), 'a folder, such as "~/articles"'),
    "pager": ((str, bool), 'a command, such as "less -R", or false'),
    "color": ((str,), '"auto", "always" or "never"'),
}


def config_path() -> Path:
    """SSE_CONFIG, else config.toml in the user's config directory (platformdirs)."""
    raw = _env("SSE_CONFIG")
    if raw is not None:
        return Path(raw).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("sse", appauthor=False)) / "config.toml"


_config: tuple[Path, int, dict] | None = None  # the file read last, its modification time, its values


def config() -> dict:
    """The config file's values, checked: {} where there is no file. A file that cannot be read
    as TOML, an unknown key or a value of the wrong kind is a usage error naming the file."""
    global _config
    path = config_path()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return {}
    if _config is not None and _config[:2] == (path, mtime):
        return _config[2]
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        with open(path, "rb") as f:
            values = tomllib.load(f)
    except OSError as e:
        raise UsageError(f"config file {path}: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise UsageError(f"config file {path}: not TOML ({e})") from None
    for key, value in values.items():
        if key not in CONFIG_KEYS:
            raise UsageError(f"config file {path}: unknown key {key!r}; valid keys: {', '.join(CONFIG_KEYS)}")
        kinds, says = CONFIG_KEYS[key]
        if (
            not isinstance(value, kinds)
            or key == "pager"
            and value is True
            or (key == "color" and value not in ("auto", "always", "never"))
        ):
            raise UsageError(f"config file {path}: {key} = {value!r}; use {says}")
    _config = (path, mtime, values)
    return values


def pager_environment() -> dict[str, str]:
    """The pager's environment: git's defaults where the user has set none, so that `less` shows
    colours (R), quits when the output fits one screen (F) and leaves it on the screen (X)."""
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    return env
