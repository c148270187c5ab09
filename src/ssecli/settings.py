"""The environment variables sse reads, and the paths it derives from them: each one read and
checked here, where it enters, so that a bad value is a usage error naming the variable and
what it accepts, never a traceback deep inside a command."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from ssecli.errors import UsageError

DEFAULT_RESCAN_SECONDS = 300.0


def check() -> None:
    """Read every variable whose value could be wrong, at start, whatever the command will use."""
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
    raw = _env("SSE_RESCAN_SECONDS")
    if raw is None:
        return DEFAULT_RESCAN_SECONDS
    try:
        n = float(raw.strip())
    except ValueError:
        n = -1.0
    if not n >= 0 or n == float("inf"):
        raise UsageError(f"SSE_RESCAN_SECONDS: {raw!r} is not a number of seconds; use 0 or more (default 300)")
    return n


DEFAULT_FETCH_SECONDS = 20.0


def fetch_seconds() -> float:
    """SSE_FETCH_TIMEOUT: how long `sse add` waits for a web page before it gives up."""
    raw = _env("SSE_FETCH_TIMEOUT")
    if raw is None:
        return DEFAULT_FETCH_SECONDS
    try:
        n = float(raw.strip())
    except ValueError:
        n = -1.0
    if not 0 < n < float("inf"):
        raise UsageError(f"SSE_FETCH_TIMEOUT: {raw!r} is not a number of seconds; use more than 0 (default 20)")
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
    """The corpus folder a user chose (--corpus, else SSE_CORPUS), or None for the bundled seeds."""
    return option or _env("SSE_CORPUS")


def pager_command() -> str:
    return _env("SSE_PAGER") or _env("PAGER") or "less -R"


def pager_environment() -> dict[str, str]:
    """The pager's environment: git's defaults where the user has set none, so that `less` shows
    colours (R), quits when the output fits one screen (F) and leaves it on the screen (X)."""
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    return env
