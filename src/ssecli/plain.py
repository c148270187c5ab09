"""A row as one line of plain text, tab-separated: what a pipe gets by default (`sse list | cut
-f1`). A leaf: the output writes these lines, and the index keeps the timeline's lines in this
form, so that a timeline of hundreds of thousands of events is written with no formatting."""

from __future__ import annotations

from collections.abc import Iterable

# What a pipe gets of each timeline event by default.
EVENT_LINE = ("start", "end", "id", "text")


def plain_cell(value) -> str:
    if value is None:
        return ""
    if type(value) is str:
        return " ".join(value.split())  # one line a row: no tabs or line breaks inside a cell
    if isinstance(value, (list, tuple)):
        value = "; ".join(map(str, value))
    return " ".join(str(value).split())


def plain_line(row: dict, keys: Iterable[str]) -> str:
    """A row as a pipe gets it: the keys' cells, tab-separated."""
    return "\t".join([plain_cell(row.get(k)) for k in keys])


def event_line(row: dict) -> str:
    return plain_line(row, EVENT_LINE)
