"""Matches of a pattern tried only where it can start: the same matches as `finditer`, found
without trying the pattern at every character.

`rx.finditer(text)` tries `rx` at each position in turn and, after a match, goes on from its
end. Given `starts`, the positions in order that include every position where `rx` can match,
`finditer_at` tries only those and so yields the same matches: a position left out could not
have matched. `rx.match(text, s)` sees the text before `s` (look-behinds, `^`, `\\b`) as the
scan does, so a match found at `s` is the one the scan finds there."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence


def finditer_at(rx: re.Pattern[str], text: str, starts: Sequence[int]) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)` for a pattern that matches nowhere but at `starts` (sorted) and never
    matches the empty string."""
    end = 0
    for s in starts:
        if s >= end and (m := rx.match(text, s)) is not None:
            yield m
            end = m.end()


def search_at(rx: re.Pattern[str], text: str, starts: Sequence[int], pos: int = 0) -> re.Match[str] | None:
    """`rx.search(text, pos)` for a pattern that matches nowhere but at `starts` (sorted)."""
    for i in range(bisect_left(starts, pos), len(starts)):
        if (m := rx.match(text, starts[i])) is not None:
            return m
    return None
