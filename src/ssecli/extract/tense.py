"""The year of a day written without one, by the tense of the words before it: on a page of
November, "the forum will be held on 5 February" is next year's. pinning.resolve_relative gives such
a day the page's year unless it is most of a year away; a future tense settles the months between.
(A past tense does not settle them the other way: "the minister was addressing the meeting for the
Day, which falls on July 7" looks back from a clause that holds no date.)"""

from __future__ import annotations

import re

from ssecli.extract.dates import DateMatch, PartialDate
from ssecli.extract.pinning import RE_WEEKDAY_WORD

# What says a sentence looks ahead, before its date (in the same clause).
RE_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are) (?:set |due |scheduled |expected |going )?to|upcoming|forthcoming)\b", re.I
)
# Where the clause that holds the date starts: a sentence's end, a line break, a comma or a bracket.
RE_CLAUSE_START = re.compile(r".*[.!?\n,;(]", re.S)
LOOK_BACK = 160


def by_tense(text: str, m: DateMatch, dates: tuple[PartialDate, PartialDate], anchor: PartialDate):
    """`dates`, a year later where the clause looks ahead to a day before the anchor's in its year
    (where either has no day, to a month before the anchor's); as they are otherwise."""
    (sy, sm, sd), (ey, em, ed) = dates
    ay, am, ad = anchor
    if m.start[0] is not None or m.relative or am is None or sm is None or sy != ay:
        return dates  # a year written, "last year", or no month to compare
    if RE_WEEKDAY_WORD.search(m.surface):
        return dates  # "Monday 10 October": the weekday chose the year
    before = text[max(0, m.span[0] - LOOK_BACK) : m.span[0]]
    cut = RE_CLAUSE_START.match(before)
    clause = before[cut.end() :] if cut else before
    before_anchor = sm < am if sd is None or ad is None else (sm, sd) < (am, ad)
    if not before_anchor or not RE_FUTURE.search(clause) or str(ay) in clause:
        return dates  # "The 2020 dinner will take place on May 6": the year is written beside it
    return (sy + 1, sm, sd), (ey + 1 if ey is not None else None, em, ed)
