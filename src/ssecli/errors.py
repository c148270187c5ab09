"""The exceptions the core raises, and the exit codes the CLI maps them to."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # also when nothing matches
    ERROR = 1  # an unknown id, an unreadable corpus
    USAGE = 2  # a bad option value: a date that cannot be read, an unknown field
    INTERRUPTED = 130  # Ctrl-C
    TERMINATED = 143  # SIGTERM


class SseError(Exception):
    exit_code = ExitCode.ERROR


class NotFound(SseError):
    def __init__(self, what: str, suggestions: list[str] | None = None) -> None:
        self.suggestions = suggestions or []
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"{what}{hint}")


class CorpusError(SseError):
    pass


class IndexFailed(SseError):
    """The index could not be read or written (SQLite's error, in words)."""


class UsageError(SseError):
    exit_code = ExitCode.USAGE
