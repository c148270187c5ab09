"""The lines that carry a page's day beside other words: "June 6, 2024 Press release", a release's
"Tbilisi, 01/12/2017 - 15:00", a speech's heading that ends on the day it was given, fields glued
together, "12/06/2010 | Se realizó ...". The header (header.py) tries them on the lines under a
title; each is a pure function of one line."""

from __future__ import annotations

import re

from ssecli.extract import dates as D
from ssecli.extract.day_order import MONTH_FIRST
from ssecli.parser.markup import _strip_markup

RE_SENTENCE_END = re.compile(r"[a-z0-9)][.]$")


def leading_day(text: str) -> D.DateMatch | None:
    """The date `text` opens with, where it names a day ("June 6, 2024 News", "14th September:")."""
    found = D.find_dates(text)
    return found[0] if found and found[0].span[0] == 0 and found[0].start[2] is not None else None


# A saved page's fields run together: "Issue/WT Notices2012.06.07 11:57", "4 min readSep 30, 2016".
RE_GLUED_DAY = re.compile(r"(?<=[^\W\d_])(?=(?:19|20)\d\d([./-])\d\d?\1\d\d?\b)|(?<=[a-z])(?=" + D._MON + r"\.?\s+\d)")
RE_CLOCK = re.compile(r"\s+\d{1,2}:\d\d\b")


def glued_fields_date(line: str) -> tuple | None:
    """The one day of a short line of fields where the day is glued to the field before it or
    followed by a time: a title line with a day in it ("Webinar on 12 May 2023") is no such line."""
    s = _strip_markup(line)
    spaced = RE_GLUED_DAY.sub(" ", s)
    if len(spaced.split()) > 8 or RE_SENTENCE_END.search(spaced):
        return None
    found = D.find_dates(spaced)
    if len(found) != 1 or found[0].start != found[0].end or found[0].start[2] is None:
        return None
    if spaced == s and not RE_CLOCK.match(spaced, found[0].span[1]):
        return None
    return found[0].start


# "By Office of the Assistant ...     Date 5 September 2017": a date field closing a byline's line.
RE_DATE_FIELD_AFTER = re.compile(r"\s(?:Date|Published|Posted on|Posted)\s*:?\s+(?P<date>[^:]{6,40})$")


def place_then_day(line: str) -> tuple | None:
    """'Tbilisi, 01/12/2017 - 15:00, UNIQUE ID: 171201_8': where a release was written, then its day."""
    place, sep, rest = _strip_markup(line).partition(", ")
    if not sep or len(place.split()) > 3 or not place[:1].isupper():
        return None
    rest = RE_DAY_ARTICLE.sub("", rest)  # "Paris, le 9 octobre 2012": a letter's place and day
    found = D.find_dates(rest[:40])
    if not found or found[0].span[0] != 0 or found[0].start[2] is None or found[0].start[0] is None:
        return None
    from ssecli.extract.places import is_place

    return found[0].start if is_place(place) else None


RE_DAY_ARTICLE = re.compile(r"^(?:le|el|il|am|a)\s+(?=\d)")


def date_field_after(line: str) -> tuple | None:
    m = RE_DATE_FIELD_AFTER.search(_strip_markup(line))
    return D.parse_date_value(m.group("date")) if m else None


def day_then_kind(line: str) -> tuple | None:
    """ "June 6, 2024 Press release", "May 30, 2025 News Around the States": a day, then the kind
    of text or its section in a few capitalised words (a listing's row has a headline there)."""
    s = _strip_markup(line)
    m = leading_day(s[:40])
    if m is None or m.start[0] is None:
        return None
    rest = s[m.span[1] :].strip(" |·–—-").split()
    if not 1 <= len(rest) <= 4 or not rest[0][:1].isupper() or RE_SENTENCE_END.search(s):
        return None
    return m.start


# "Being the Keynote Address delivered by ... at the Leaders Conference held at X on Friday 14th December,
# 2018.": a speech's heading, which ends on the day it was given.
RE_GIVEN_ON = re.compile(
    r"^\W*(?:\w+\s+){0,4}?(?:[Kk]eynote\s+)?(?:[Aa]ddress|[Ss]peech|[Rr]emarks|[Ss]tatement|[Mm]essage|[Ll]ecture)"
    r"\s+(?:[Dd]elivered\s+)?[Bb]y\b.*\b[Oo]n\s+(?P<date>[^.;:]{6,40}?)\.?\s*$"
)


def given_on_date(line: str) -> tuple | None:
    """The day a speech's heading ends on: a heading opens with its kind ("Remarks by ...") or is in
    title case; a sentence of the text ("The statement by the union said ...") is neither."""
    m = RE_GIVEN_ON.match(line) if len(line) <= 400 else None
    if m is None:
        return None
    long_words = [w for w in line.split() if len(w) >= 4 and w[:1].isalpha()]
    title_case = sum(w[:1].isupper() for w in long_words) >= 0.6 * len(long_words)
    if not (title_case or line.lstrip()[:1].isupper() and m.group(0).split()[0].lower() in GIVEN_KINDS):
        return None
    d = D.parse_date_value(m.group("date"))
    return d if d and d[2] is not None else None


GIVEN_KINDS = {"address", "speech", "remarks", "statement", "message", "lecture", "keynote"}
# "Address by the Minister of Trade ... at the Co-operatives Indaba, Durban, 14 March 2019",
# "Discours de M. X, ministre délégué, sur ..., Rennes le 21 juin 2016.": a speech's heading that
# ends on where and when it was given.
RE_GIVEN_AT = re.compile(
    r"^\W*(?:\w+\s+){0,4}?(?:[Kk]eynote\s+)?(?:[Aa]ddress|[Ss]peech|[Rr]emarks|[Ss]tatement|[Mm]essage|[Ll]ecture"
    r"|D[ée]claration|Discours|Allocution|Intervention|Discurso|Declaraci[óo]n)\b.*,\s*(?:[àa]\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}),?\s+(?:le\s+|on\s+|el\s+)?"
    r"(?P<date>\d[^.;:,]{4,30}?|[A-Z][a-z]+\.? \d{1,2}, \d{4})\.?\s*$"
)


def given_at_date(line: str) -> tuple | None:
    """The day a speech's heading ends on, after the place it was given in."""
    m = RE_GIVEN_AT.match(line) if len(line) <= 400 else None
    if m is None:
        return None
    from ssecli.extract.places import is_place

    d = D.parse_date_value(m.group("date"))
    return d if d and d[2] is not None and is_place(m.group("place")) else None


# "FOR IMMEDIATE RELEASE - March 3, 2014 REGINA - The college ...": a release's label,
# its day, then the dateline's city and the text, on one line.
RE_RELEASE_LABEL = re.compile(
    r"^\W*(?:for immediate release|press release|news release|media release)\s*[-–—:|]\s*", re.I
)


def released_on(line: str) -> tuple | None:
    m = RE_RELEASE_LABEL.match(line)
    day = leading_day(line[m.end() : m.end() + 40]) if m else None
    return day.start if day is not None and day.start[0] is not None else None


# A part this long after the day is a paragraph of the story, not a listing's headline.
LEDE_WORDS = 25


def day_then_lede(line: str) -> tuple | None:
    """ "12/06/2010 | Se realizó recientemente en Corrientes ...": a whole day, a bar, then the story's
    first paragraph on the same line."""
    day, bar, rest = line.strip().partition(" | ")
    if not bar or len(rest.split()) < LEDE_WORDS:
        return None
    d = D.parse_date_value(_strip_markup(day))
    return d if d and d[2] is not None else None


# A day with a two-digit year: "21.12.23", "12.14.20", "15/8/14".
RE_SHORT_DAY = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{2})(?!\d)")


def title_day(s: str) -> tuple | None:
    """The day a headline ends on ("[17.05.22]", "(08/08/2012)"): a dotted short one day first."""
    short = RE_SHORT_DAY.fullmatch(s) if "." in s else None
    return dotted_short_day(short) if short else D.parse_date_value(s)


def dotted_short_day(short: re.Match[str]) -> tuple | None:
    """'21.12.23': the day first, as pages that write dots do, unless the article writes its
    month first."""
    a, b, y = (int(x) for x in short.groups())
    return D.short_year_day(y, a, b) if MONTH_FIRST.get() else D.short_year_day(y, b, a)


def plain_short_day(short: re.Match[str]) -> tuple | None:
    """The day of '12.14.20' or '15/8/14': read only where one number cannot be a month."""
    a, b, y = (int(x) for x in short.groups())
    return D.short_year_day(y, a, b) if b > 12 >= a else D.short_year_day(y, b, a) if a > 12 >= b else None


# "MADISON, Wis. (2/14/14)--", "WASHINGTON (2/2/15)--": a US wire writes its day month first, in brackets.
RE_US_SHORT_DATE = re.compile(r"(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9])/(\d\d)")


def us_short_day(s: str) -> tuple | None:
    us = RE_US_SHORT_DATE.fullmatch(s)
    return D.short_year_day(int(us.group(3)), int(us.group(1)), int(us.group(2))) if us else None
