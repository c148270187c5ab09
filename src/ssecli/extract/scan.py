"""Running a pattern only on the lines where it can match.

Python's regex engine tries a pattern at every position of a text unless the pattern starts
with a literal; most of ours start with a look-behind or a capital, so each full scan costs
the length of the text. A pattern that never matches across a line break, and whose every
match holds a trigger (a month name, a year, a word), finds the same matches when it is run
only on the lines where the trigger occurs: `lines_with` finds those lines in one cheap scan,
and `finditer_in` runs the pattern there.

The result equals `rx.finditer(text)` when, and only when:
- no match of `rx` contains a line break, and
- every line that holds a match of `rx` also holds a match of `trigger`, and
- `rx`'s look-aheads treat the end of a line like the line break that follows it
  (a look-behind sees the text before a line's start as it does in a full scan).
tests/extract/test_scan.py checks these for every pattern that is run this way.

A pattern whose every match opens a run of digits (a day or a year, with a look-behind that no
digit passes) is tried only where such a run starts, `anchored.finditer_at(rx, text,
digit_starts(...))`: the engine's scan tries a pattern that opens with a look-behind at every
character. Run on lines, such a pattern needs no bound at a line's end, by the conditions above.

extract/anchored.py does the same by another bound: the positions where a match can start."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

Lines = list[tuple[int, int]]


def lines_with(text: str, trigger: re.Pattern, within: Lines | None = None) -> Lines:
    """(start, end) of each line of `text` (or of `within`'s lines) that `trigger` matches in,
    in order; `end` is the position of the line break, or the text's end."""
    out: Lines = []
    for a, b in [(0, len(text))] if within is None else within:
        last = -1
        for m in trigger.finditer(text, a, b):
            if m.start() <= last:
                continue  # another trigger on a line already taken
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.start())
            last = end = len(text) if end < 0 or end > b else end
            out.append((max(start, a), end))
    return out


def finditer_in(rx: re.Pattern, text: str, lines: Lines) -> Iterator[re.Match]:
    """`rx.finditer(text)` for a pattern that only ever matches inside one of `lines`."""
    if len(lines) == 1:  # the common cases, without a generator around the scan
        return rx.finditer(text, *lines[0])
    if not lines:
        return iter(())
    return chain.from_iterable(rx.finditer(text, a, b) for a, b in lines)


RE_DIGITS_START = re.compile(r"(?<!\d)\d")


def digit_starts(text: str, lines: Lines | None) -> list[int]:
    """Where each run of digits in `lines` starts (with None, in the whole text), in order."""
    if lines is None:
        return [m.start() for m in RE_DIGITS_START.finditer(text)]
    return [m.start() for a, b in lines for m in RE_DIGITS_START.finditer(text, a, b)]
