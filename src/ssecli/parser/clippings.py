"""A page of press clippings: each line a story another outlet ran, cited as 'Headline.” By Jane
Doe. Outlet. May 12, 2014.' Each is an item: its headline up to the closing quote (or to a colon
that opens its standfirst), its day the one that closes the line."""

from __future__ import annotations

import re

from ssecli.extract import dates as D

RE_CLIPPING = re.compile(
    r"(?P<head>[^”\"]{8,}?)[.?!]?[”\"](?:\s|$).*?"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? |\d{1,2} [A-Z][a-z]{2,8},? )\d{4})\.?\s*$"
)
# "OP-ED: Militarised ...": a kind of piece, in capitals, before the headline.
RE_KIND_LABEL = re.compile(r"^[A-Z][A-Z-]+(?: [A-Z]+)?:\s+")
RE_STANDFIRST = re.compile(r"[:;] ")


def clipping_marks(lines: list[str], floor: int, marks: list) -> list[tuple[int, tuple, str | None, str]]:
    """The clippings below `floor`, with the page's other `marks`, where three lines or more are clippings."""
    found = []
    for i in range(floor + 1, len(lines)):
        s = lines[i].rstrip()
        if not s[-5:-1].isdigit() and not s[-4:].isdigit() or "”" not in s and '"' not in s:
            continue  # a clipping's line ends on its year and holds its headline's closing quote
        m = RE_CLIPPING.match(s.strip())
        day = D.parse_date_value(m.group("date")) if m else None
        if m is None or day is None or day[2] is None:
            continue
        head = RE_KIND_LABEL.sub("", m.group("head").strip())
        head = RE_STANDFIRST.split(head, 1)[0].strip()
        if len(head.split()) >= 2:
            found.append((i, day, head, "line"))
    if len(found) < 3:
        return []
    clipped = {f[0] for f in found}
    return sorted(found + [mk for mk in marks if mk[0] not in clipped])
