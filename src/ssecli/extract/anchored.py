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


def lead_words(pattern: str) -> set[str]:
    """The leading runs of ASCII letters of the strings `pattern` matches: for an alternation of
    words, the words; for "Vice[- ]Minister", "Vice"; for "H\\.E", "H".

    It reads literals, escaped punctuation, `\\b`, sets of single characters, `(?:...)` groups,
    `|` and `?`; past the end of every run it reads anything. Anything else before the end of a
    run is a ValueError: the runs would not be known."""
    runs, i = _alternation(pattern, 0)
    if i != len(pattern):
        raise ValueError(f"unbalanced at {i}: {pattern}")
    return {run for run, _ in runs}


Runs = set[tuple[str, bool]]  # (the run so far, whether it has ended)


def _alternation(p: str, i: int) -> tuple[Runs, int]:
    out: Runs = set()
    while True:
        runs, i = _sequence(p, i)
        out |= runs
        if i < len(p) and p[i] == "|":
            i += 1
            continue
        return out, i


def _sequence(p: str, i: int) -> tuple[Runs, int]:
    runs: Runs = {("", False)}
    while i < len(p) and p[i] not in "|)":
        options, i = _atom(p, i)
        if i < len(p) and p[i] == "?":
            options = None if options is None else options | {("", False)}
            i += 1
        elif i < len(p) and p[i] in "*+{":
            options = None  # a repeat: runs it may lengthen are not counted
            i = _skip_repeat(p, i)
        open_ = {r for r in runs if not r[1]}
        if not open_:
            continue
        if options is None:
            raise ValueError(f"cannot read at {i} of {p}")
        runs = (runs - open_) | {(r + o, ended) for r, _ in open_ for o, ended in options}
    return runs, i


def _atom(p: str, i: int) -> tuple[Runs | None, int]:
    c = p[i]
    if c == "(":
        if not p.startswith("(?:", i):
            raise ValueError(f"only (?:...) groups, at {i} of {p}")
        inner, j = _alternation(p, i + 3)
        if j >= len(p) or p[j] != ")":
            raise ValueError(f"unbalanced at {j}: {p}")
        return inner, j + 1
    if c == "[":
        j = i + 1
        chars = []
        known = True
        while p[j] != "]" or j == i + 1:
            if p[j] == "\\":
                j += 1
                known = known and not p[j].isalnum()  # a class: \w, \d, \s
            chars.append(p[j])
            j += 1
        known = known and chars[0] != "^" and "-" not in chars[1:-1]  # not a negation or a range
        return ({_letter(ch) for ch in chars} if known else None), j + 1
    if c == "\\":
        e = p[i + 1]
        if e == "b":
            return {("", False)}, i + 2
        return ({_letter(e)} if not e.isalnum() else None), i + 2
    if c in "^$.":
        return None, i + 1
    return {_letter(c)}, i + 1


def _letter(c: str) -> tuple[str, bool]:
    """One character of a run, or the end of the run."""
    return (c, False) if c.isascii() and c.isalpha() else ("", True)


def _skip_repeat(p: str, i: int) -> int:
    i = p.index("}", i) + 1 if p[i] == "{" else i + 1
    return i + 1 if i < len(p) and p[i] == "?" else i


def words_pattern(words: set[str]) -> str:
    """A pattern that matches any of `words` (no two of them matched at once: it is followed by a
    guard), written as a tree of their letters so that a scan tries few branches at each place."""
    if not words:
        return "(?!)"
    by_first: dict[str, set[str]] = {}
    for w in words:
        if w:
            by_first.setdefault(w[0], set()).add(w[1:])
    branches = [re.escape(c) + (words_pattern(rest) if rest != {""} else "") for c, rest in sorted(by_first.items())]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if "" in words else group


def whole_word_spans(text: str, words: set[str]) -> list[tuple[int, int]]:
    """The spans of `re.compile(r"(?<!\\w)(?:" + "|".join(longest first) + r")(?!\\w)").finditer`
    over `words`, without compiling a pattern for each set of words.

    At a place the pattern takes the longest word that stands there with no word character after
    it (two words of one length cannot both stand there), then goes on from its end. A character
    is a word character, for `\\w`, where it is alphanumeric or "_"."""
    longest: dict[int, int] = {}
    for w in words:
        i = text.find(w)
        while i >= 0:
            e = i + len(w)
            if not _word_char(text, i - 1) and not _word_char(text, e) and e > longest.get(i, -1):
                longest[i] = e
            i = text.find(w, i + 1)
    out: list[tuple[int, int]] = []
    end = 0
    for i in sorted(longest):
        if i >= end:
            out.append((i, longest[i]))
            end = longest[i]
    return out


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")
