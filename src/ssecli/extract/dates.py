"""Dated expressions in running text: single days, months, years, decades and ranges.

Every pattern is a precompiled module constant with a comment on the quirk it
handles. Matching runs the patterns from the most specific to the least; a span
taken by one is masked from the later ones, so `21-23 April 2023` is one range and
not a range plus a year.

Dates are tuples (year, month, day) where month and day may be None; a year of
None means the text gave no year and it comes from the anchor (the article's own
date). `iso()` writes them at the precision the text gave."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass

from ssecli.extract.anchored import finditer_at
from ssecli.extract.dates_abroad import (
    FOREIGN_MONTHS,
    FOREIGN_WEEKDAYS,
    MONTH_ABBREVIATIONS,
    RE_FOREIGN_DM,
    RE_FOREIGN_DM_LEAD,
    RE_FOREIGN_DM_START,
    RE_FOREIGN_DMY,
    RE_FOREIGN_MY,
    RE_FOREIGN_MY_BARE,
    RE_FOREIGN_MY_BARE_LEAD,
    RE_FOREIGN_MY_LEAD,
    RE_FOREIGN_MY_YEAR,
    RE_FOREIGN_PAIR,
    RE_FOREIGN_PAIR_LEAD,
    RE_FOREIGN_RANGE,
)
from ssecli.extract.day_order import MONTH_FIRST, RE_US_TIME_AFTER, cached_by_day_order, day_first
from ssecli.extract.isodate import PartialDate, parse_iso, to_date  # noqa: F401  (dates.parse_iso, dates.to_date)
from ssecli.extract.lexicon import MONTHS_IN_FULL, WEEKDAYS_IN_FULL
from ssecli.extract.scan import Lines, digit_starts, finditer_in, lines_with
from ssecli.extract.text import SpanMask
from ssecli.extract.year_names import names_a_year

MONTHS = {m[:3]: n for n, m in enumerate(MONTHS_IN_FULL, 1)}  # "jan": 1 ... "dec": 12
WEEKDAYS = {d[:3]: n for n, d in enumerate(WEEKDAYS_IN_FULL)}  # "mon": 0 ... "sun": 6

# Month names are matched capitalised or in capitals only: lower-case "may" and
# "march" are a verb and a noun far more often than a month.
_MON = (
    r"(?:Jan(?:uary)?|JAN(?:UARY)?|Feb(?:ruary)?|FEB(?:RUARY)?|Mar(?:ch)?|MAR(?:CH)?|Apr(?:il)?|APR(?:IL)?"
    r"|May|MAY|June?|JUNE?|July?|JULY?|Aug(?:ust)?|AUG(?:UST)?|Sep(?:t(?:ember)?)?|SEP(?:T(?:EMBER)?)?"
    r"|Oct(?:ober)?|OCT(?:OBER)?|Nov(?:ember)?|NOV(?:EMBER)?|Dec(?:ember)?|DEC(?:EMBER)?)"
)
# "Sept." and "Jan." carry a full stop; the \b keeps "Mar" from matching "Maria".
# Next to a day or a year a month may be written in lower case ("27 april 2023", "in september 2021"):
# the full name only, never "mar" or "jun" alone.
# ... or short with its full stop ("sept. 22, 2021", "oct. 5"): "mar." and "may" are words abroad and here.
_MON_LOWER = "(?:" + "|".join(MONTHS_IN_FULL) + r"|(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)(?=\.))"
# The look-ahead on the first letter spares trying every month name at every position of a text.
MON = rf"(?P<{{n}}>(?=[JFMASONDjfmasond])(?:{_MON}|{_MON_LOWER}))\b\.?"
MON_CAP = rf"(?P<{{n}}>{_MON})\b\.?"
DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th|ST|ND|RD|TH)?\b"
YEAR = r"(?P<{n}>(?:1[89]|20)\d\d)\b"
# Ranges are written with hyphens, en and em dashes, or words.
DASH = r"\s*(?:-|–|—|‒|to|until|till|through|thru)\s*"
# "Monday, 6 June 2022" and "Tue 14 Feb": the weekday adds nothing to the date.
WEEKDAY = r"(?:(?=[MTWFS])(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
# A year may follow a day and month with or without a comma: "May 26, 2021", "April 20 2021" (and
# "April 7th , 2017", a space typed before the comma).
SEP_YEAR = r"(?:\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\))?(?: ?,)?\s+"
# "this year" after a yearless date or range pins it to the anchor year explicitly.
THIS_YEAR = r"(?P<thisyear>\s+(?:this|last|next) year)?"
NOT_BEFORE = r"(?<![\w/.,-])"  # not the tail of a code, a fraction or a longer number
NOT_AFTER = r"(?![\w/]|[.,]\d|-\d)"


def _p(template: str) -> str:
    """Fill {d1} {m1} {y1} ... placeholders with named groups."""
    parts = {}
    for kind, pattern in (("d", DAY), ("m", MON), ("y", YEAR)):
        for i in (1, 2):
            parts[f"{kind}{i}"] = pattern.format(n=f"{kind}{i}")
    return template.format(**parts, dash=DASH, wd=WEEKDAY, sy=SEP_YEAR, ty=THIS_YEAR)


# A date never runs across a line break: "... on 22 February.\n- 12 Feb 2024: ..." is two dates.
SPACE = r"[^\S\n]"


def _c(template: str, flags: int = 0) -> re.Pattern:
    return re.compile((NOT_BEFORE + _p(template) + NOT_AFTER).replace(r"\s", SPACE), flags)


# Numeric dates. ISO first; then the dotted Korean style 2022.03.15; then day-first
# 26.05.2021 and 26/05/2021, read month-first only when the day cannot be a month.
# "2021-12-15T15:07:13+00:00": a timestamp, as pages print a post's time, even where a crawl glued
# it to the text before ("For All2021-12-15T15:07").
RE_TIMESTAMP = re.compile(r"(?<!\d)(?P<y1>(?:19|20)\d\d)-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)(?=T\d\d:\d\d)")
RE_ISO = re.compile(r"(?<![\w/.-])(?P<y1>(?:19|20)\d\d)-(?P<m1>[01]?\d)-(?P<d1>[0-3]?\d)(?![\w/]|-\d)")
# "2023. 5. 12." as Korean newsletters write it, with a space after each dot.
RE_YMD_DOT = re.compile(
    r"(?<![\w/.-])(?P<y1>(?:19|20)\d\d)(?:/|\. ?)(?P<m1>[01]?\d)(?:/|\. ?)(?P<d1>[0-3]?\d)\.?(?![\w/]|[.,]\d)"
)
# "22-05-2025" too, its two marks alike; the month may come first ("02/21/2017": no month is 21).
RE_DMY_NUM = re.compile(
    r"(?<![\w/.-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<y1>(?:19|20)\d\d)(?![\w/]|[.,-]\d)"
)
# "01.10.2018 - 30.06.2023": two such days joined by a dash, a project's period.
RE_DMY_NUM_RANGE = re.compile(
    r"(?<![\w/.-])(?P<a>[0-3]?\d)[./](?P<b>[01]?\d)[./](?P<y1>(?:19|20)\d\d)\s*[-–—]\s*"
    r"(?P<c>[0-3]?\d)[./](?P<d>[01]?\d)[./](?P<y2>(?:19|20)\d\d)(?![\w/]|[.,]\d)"
)

# 29 June – 5 July 2023; between 29 June and 5 July; from 29 June to 5 July 2023
RE_DM_DM = _c(
    r"(?:(?P<btw>[Bb]etween\s+)|[Ff]rom\s+)?{wd}{d1}(?:\s+of)?\s+{m1}(?:{sy}{y1})?(?(btw)\s+and\s+|{dash}){wd}{d2}(?:\s+of)?\s+{m2}(?:{sy}{y2})?{ty}"
)
# July 4 to 6 this year; March 3-5, 2022; from July 4 to 6
RE_MD_D = _c(
    r"(?:(?P<btw>[Bb]etween\s+)|[Ff]rom\s+)?{wd}{m1}(?:\s+|(?<=\.)){d1}(?(btw)\s+and\s+|(?:{dash}|\s+and\s+)){d2}(?:{sy}{y1})?{ty}"
)
# June 29 – July 5, 2023
RE_MD_MD = _c(
    r"(?:(?P<btw>[Bb]etween\s+)|[Ff]rom\s+)?{wd}{m1}(?:\s+|(?<=\.)){d1}(?:{sy}{y1})?(?(btw),?\s+and\s+|{dash}){wd}{m2}(?:\s+|(?<=\.)){d2}(?:{sy}{y2})?{ty}"
)  # "between April 1, 2006, and December 17, 2014": American style sets the year off by commas
# 21-23 April; 15–17 November 2022; from 3 to 5 May; between 3 and 5 May; on 12 and 13 February; 5/6 May
RE_D_DM = _c(
    r"(?:(?P<btw>[Bb]etween\s+)|[Ff]rom\s+)?{wd}{d1}(?(btw)\s+and\s+|(?:{dash}|\s+and\s+|/)){d2}(?:\s+of)?\s+{m1}(?:{sy}{y1})?{ty}"
)
# 26 May 2021; 1st July; the 3rd of March; Monday, 6 June 2022
RE_DM = _c(r"{wd}{d1}(?:\s+of)?\s+{m1}(?:{sy}{y1})?{ty}")
# May 26, 2021; April 20 2021; Sept. 30; Nov.4, 1997 (the space lost after the month's full stop)
RE_MD = _c(r"{wd}{m1}(?:\s+|(?<=\.)){d1}(?:{sy}{y1})?{ty}")
# 14-May-2017, 3-Sep-2021: a day, a month's name and a year joined by hyphens, as Indian sites print them
RE_DMY_HYPHENED = _c(r"{d1}-{m1}-{y1}{ty}")
# between March and June 2023; March–June 2023; from March to June 2023; July-August, 1997; Oct.-Dec.,1997
RE_M_M_Y = _c(r"(?:(?P<btw>[Bb]etween\s+)|[Ff]rom\s+)?{m1}(?:\s+{y1})?(?(btw)\s+and\s+|{dash}){m2}(?:,\s*|\s+){y2}")
# from April to June; between March and May: months of the article's year
RE_M_M = _c(r"(?:(?P<btw>[Bb]etween\s+)|[Ff]rom\s+){m1}(?(btw)\s+and\s+|{dash}){m2}(?!\s*,?\s*\d){ty}")
# "(2023. 4. 18. ~ 4. 21.)": Korean ranges, the end written without its year.
RE_YMD_RANGE = re.compile(
    r"(?<![\w/.-])(?P<y1>(?:19|20)\d\d)\. ?(?P<m1>[01]?\d)\. ?(?P<d1>[0-3]?\d)\.?\s*[~～–-]\s*"
    r"(?:(?P<y2>(?:19|20)\d\d)\. ?)?(?P<m2>[01]?\d)\. ?(?P<d2>[0-3]?\d)\.?(?![\w/]|[.,]\d)"
)
# Korean and Japanese dates: "2023년 5월 12일", "2023年7月1日", "2024년 3월", "1963年", and a range of days
# "2023년 10월 4일부터 6일까지". A fiscal year "2023年度" is the year.
RE_CJK = re.compile(
    r"(?<!\d)(?P<y1>(?:19|20)\d\d)\s*[년年](?:度)?(?:\s*(?P<m1>1[0-2]|0?[1-9])\s*[월月]"
    r"(?:\s*(?P<d1>[12]\d|3[01]|0?[1-9])\s*[일日](?:\s*(?:부터|から|~|～|-|–)\s*(?:(?P<m2>1[0-2]|0?[1-9])\s*[월月]\s*)?"
    r"(?P<d2>[12]\d|3[01]|0?[1-9])\s*[일日](?:까지|まで)?)?)?)?"
)
# "12월 1일", "9月19日": a Korean or Japanese day without its year, which the article's date pins.
RE_CJK_DAY = re.compile(r"(?<![\d년年])(?P<m1>1[0-2]|0?[1-9])\s*[월月]\s*(?P<d1>[12]\d|3[01]|0?[1-9])\s*[일日]")
# mid-2023, early-2024: the year, with its prefix
RE_PREFIXED_YEAR = re.compile(r"\b(?:mid|early|late|end)-(?P<y1>(?:19|20)\d\d)\b")
# November 2019; April, 2023; the month of May 2020
RE_MY = _c(r"{m1},?\s+(?:of\s+)?{y1}")
# 2021-2023, 2023-29, 2022/23, from 2019 to 2021, between 2019 and 2021; in the other languages,
# "dal 2004 al 2014", "de 2009 a 2012", "du 2009 au 2012", "von 2009 bis 2012", "entre 2009 et 2012"
RE_Y_Y = re.compile(
    r"(?<![\w/.,-])(?:(?P<btw>(?:[Bb]etween|[Ee]ntre|[Zz]wischen) +)|(?P<frm>(?:[Dd]al|[Dd]esde|[Dd]e|[Dd]u|[Vv]on) +)"
    r"|[Ff]rom +)?(?P<y1>(?:1[89]|20)\d\d)"
    r"(?(btw) +(?:and|et|y|und) +|(?(frm) +(?:al|a|à|au|hasta|bis|ao|até) +| *(?:-|–|—|/|to|until|through) *))"
    r"(?P<y2>(?:1[89]|20)\d\d|\d\d)(?![\w/]|[.,]\d|-\d)"
)
# the 1990s, the 2010s
RE_DECADE = re.compile(r"(?<![\w/.,-])(?P<y1>(?:1[89]|20)\d0)['’]?s\b")
# A bare year. Not the tail of a code (A/RES/77/281, No. 189), a count ("2,500"),
# a model or hashtag name (Catalyst2030), or a time (20:30).
# (a colon after the year, then a space: "2015: Young People ...", a year's heading; not "2015:3", a ratio)
RE_YEAR = re.compile(r"(?<![\w/.,:#=-])(?<!No\. )(?<!No )(?P<y1>(?:1[89][0-9]|20[0-9])\d)(?![\w/%]|:\S|[.,]\d|-\d)")
# A month on its own needs a word that makes it a time: "in July", "since March".
RE_MONTH_ALONE = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd of|[Bb]eginning of"
    r"|[Tt]his|[Ll]ast|[Nn]ext)\s+"
    + MON_CAP.format(n="m1")
    + r"(?!\s+\d)(?P<thisyear>\s+(?:this|last|next) year)?"  # "in January next year"
)
RE_RELATIVE = re.compile(
    r"\b(?=[TtYyLlNnPpCcOoFfSsEe1-9])(?P<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow"
    r"|(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]revious|[Cc]oming) (?:year|month)"
    r"|(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his (?:past|coming)) (?P<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2}) years ago)\b"
)
# A number followed by a counted noun is a count, not a year: "2000 participants".
RE_COUNT_AFTER = re.compile(
    r"\s+(?:(?!for\b|of\b|in\b|on\b|at\b|by\b|to\b|with\b|from\b|and\b|the\b)[a-z]+\s+)?(?:participants|people|members|workers|cooperatives|co-operatives|"
    r"enterprises|jobs|households|persons|women|men|youth|students|delegates|organi[sz]ations|"
    r"companies|units|tonnes|hectares|km|kilometres|euros|dollars|won|USD|EUR|KRW)\b"
)
RE_TALLY_BEFORE = re.compile(r"\b(?:[Cc]ounter|[Vv]iews|[Hh]its|[Vv]isit(?:or)?s)\s*:?\s*$")  # "Visitor Counter : 1843"
RE_PRECEDED_BY_CURRENCY = re.compile(r"(?:USD|EUR|KRW|US\$|\$|€|£|₩|CHF|GBP|JPY)\s*$")
RE_TIME_RANGE_TRAILING = re.compile(r"^\s*(?:hours?|hrs|h\b|GMT|CET|UTC|KST)")


RE_NTH_WEEKDAY = re.compile(
    r"\bthe (?P<nth>first|second|third|fourth|last) (?P<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day (?:of|in) "
    + MON_CAP.format(n="m1")
)
RE_RECURRING = re.compile(r"(?:every|each|annually|yearly)\b[^.\n]{0,25}$|(?:every|each) year|annually|yearly")
NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


RE_ANY_DIGIT = re.compile(r"\d")
# The triggers of the patterns run line by line: any month name MON takes (a whole word, in any
# case), any year YEAR takes, and the words every relative date ends in. The month's first letter
# comes first, so that the engine skips to it; the look-behind then checks it opens a word.
RE_MONTH_TRIGGER = re.compile(
    r"[JFMASONDjfmasond](?<!\w.)(?i:an(?:uary)?|eb(?:ruary)?|ar(?:ch)?|pr(?:il)?|ay|une?|uly?|ug(?:ust)?"
    r"|ep(?:t(?:ember)?)?|ct(?:ober)?|ov(?:ember)?|ec(?:ember)?)\b"
)
RE_YEAR_TRIGGER = re.compile(r"(?:1[89]|20)\d\d")
RE_RELATIVE_TRIGGER = re.compile(r"day|year|month|orrow|ago")


@dataclass(frozen=True)  # shared by every caller of a cached find_dates
class DateMatch:
    start: PartialDate
    end: PartialDate
    span: tuple[int, int]
    surface: str
    relative: bool = False  # today, this year: anchored to the article's date


def month_number(word: str) -> int:
    return MONTHS[word[:3].lower()]


def iso(d: PartialDate) -> str | None:
    y, m, day = d
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if day is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{day:02d}"


def valid_day(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None:
        if m is None or d < 1:
            return False
        last = calendar.monthrange(y if y else 2000, m)[1]  # 2000 is a leap year: 29 Feb stays valid
        if d > last:
            return False
    return True


def full_year(year: int) -> int:
    """A year of two digits in full ('23' in '6/16/23'), its century by the pivot of POSIX
    strptime's %y: 69-99 are the 1900s."""
    return year if year >= 100 else year + (1900 if year >= 69 else 2000)


def short_year_day(year: int, month: int, day: int) -> PartialDate | None:
    """A day written with a year of two digits ('6/16/23', '15.8.14'); None where no such day is."""
    year = full_year(year)
    return (year, month, day) if valid_day(year, month, day) else None


def _year_of(gd: dict, key: str) -> int | None:
    v = gd.get(key)
    return int(v) if v else None


def _two_digit_end(y1: int, y2s: str) -> int | None:
    """'2023-29' ends in 2029; '2021-2023' in 2023; an end before the start is no range."""
    y2 = int(y2s)
    if len(y2s) == 2:
        y2 = (y1 // 100) * 100 + y2
    return y2 if y2 > y1 else None


class _Found:
    """The matches of one text so far: a span taken by a pass is not taken by a later one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.taken = SpanMask(len(text))
        self.out: list[DateMatch] = []

    def add_each(self, m: re.Match, days: list[PartialDate], relative: bool = False) -> None:
        """Days that one expression lists, each a date of its own."""
        self.add(m, days[0], days[0], relative)
        if self.out and self.out[-1].span[0] == m.start():
            first = self.out[-1]
            self.out += [DateMatch(d, d, first.span, first.surface, relative) for d in days[1:]]

    def add(
        self, m: re.Match, start: PartialDate, end: PartialDate, relative: bool = False, group: int | str = 0
    ) -> None:
        a, b = m.span(group)
        if self.taken.hits(a, b) or not (valid_day(*start) and valid_day(*end)):
            return
        # "3 July." ends a sentence: the full stop belongs to the month only in "Sept."
        if self.text[b - 1] == "." and RE_MONTH_STOP.search(self.text, a, b):
            b -= 1
        self.taken.add(a, b)
        self.out.append(DateMatch(start, end, (a, b), self.text[a:b], relative))


def _cjk(f: _Found, m: re.Match) -> None:
    g = m.groupdict()
    y1 = int(g["y1"])
    m1 = int(g["m1"]) if g["m1"] else None
    d1 = int(g["d1"]) if g["d1"] else None
    end = (y1, int(g["m2"]) if g["m2"] else m1, int(g["d2"])) if g["d2"] else (y1, m1, d1)
    if end >= (y1, m1, d1) if d1 else True:
        f.add(m, (y1, m1, d1), end)


def _cjk_day(f: _Found, m: re.Match) -> None:
    year = None
    if RE_SAME_YEAR_BEFORE.search(f.text, max(0, m.start() - 8), m.start()):
        # "2012년 8월 ... 같은해 12월 1일": the same year as the last one written, not the article's
        years = RE_CJK_YEAR.findall(f.text, 0, m.start())
        if not years:
            return
        year = int(years[-1])
    d = (year, int(m["m1"]), int(m["d1"]))
    if valid_day(*d):
        f.add(m, d, d)


RE_SAME_YEAR_BEFORE = re.compile(r"(?:같은\s?해|同年)\s*$")
RE_CJK_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[년年]")


def _ymd_range(f: _Found, m: re.Match) -> None:
    g = m.groupdict()
    y1 = int(g["y1"])
    s_, e_ = (y1, int(g["m1"]), int(g["d1"])), (_year_of(g, "y2") or y1, int(g["m2"]), int(g["d2"]))
    if s_ < e_:
        f.add(m, s_, e_)


def _ymd(f: _Found, m: re.Match) -> None:
    d = (int(m["y1"]), int(m["m1"]), int(m["d1"]))
    f.add(m, d, d)


def _dmy_num(f: _Found, m: re.Match) -> None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y1"])
    # "09/10/2012 09:20 am ET": an hour in an American time zone says the month comes first.
    us = a <= 12 and (MONTH_FIRST.get() or RE_US_TIME_AFTER.match(f.text, m.end()) is not None)
    d = (y, a, b) if us else day_first(a, b, y)
    if valid_day(*d):
        f.add(m, d, d)


def _dmy_num_range(f: _Found, m: re.Match) -> None:
    start = day_first(int(m["a"]), int(m["b"]), int(m["y1"]))
    end = day_first(int(m["c"]), int(m["d"]), int(m["y2"]))
    if start < end:
        f.add(m, start, end)


def _day_range(f: _Found, m: re.Match) -> None:
    g = m.groupdict()
    y1, y2 = _year_of(g, "y1"), _year_of(g, "y2")
    y1 = y1 or y2
    y2 = y2 or y1
    s = (y1, month_number(g["m1"]), int(g["d1"]))
    e = (y2, month_number(g["m2"]), int(g["d2"]))
    f.add(m, s, e, relative=bool(g["thisyear"]))


RE_AND_DAYS = re.compile(r"\d\s+and\s+\d")


def _days_of_month(f: _Found, m: re.Match) -> None:
    g = m.groupdict()
    y = _year_of(g, "y1")
    mon = month_number(g["m1"])
    d1, d2 = int(g["d1"]), int(g["d2"])
    if d2 > d1 + 1 and not g["btw"] and RE_AND_DAYS.search(m.group()):
        # "on January 10 and 19, 2017": two days, not the days between them ("12 and 13 May" are both)
        f.add_each(m, [(y, mon, d1), (y, mon, d2)], relative=bool(g["thisyear"]))
    elif d2 > d1:
        f.add(m, (y, mon, d1), (y, mon, d2), relative=bool(g["thisyear"]))


def _day(f: _Found, m: re.Match) -> None:
    g = m.groupdict()
    d = (_year_of(g, "y1"), month_number(g["m1"]), int(g["d1"]))
    if g["y1"] is not None or not _looks_like_count(f.text, m):
        f.add(m, d, d, relative=bool(g["thisyear"]))


def _foreign_day(f: _Found, m: re.Match) -> None:
    month = m["m1"].lower()
    d = (int(m["y1"]), FOREIGN_MONTHS.get(month) or MONTH_ABBREVIATIONS[month], int(m["d1"]))
    if 1 <= d[2] <= 31:
        f.add(m, d, d)


def _foreign_range(f: _Found, m: re.Match) -> None:
    m2 = FOREIGN_MONTHS[m["m2"].lower()]
    m1 = FOREIGN_MONTHS[m["m1"].lower()] if m["m1"] else m2
    y2 = int(m["y2"]) if m["y2"] else None
    # "du 20 décembre au 5 janvier 2020": the range began the year before the one it ends in
    y1 = None if y2 is None else y2 - (m1 > m2)
    start, end = (y1, m1, int(m["d1"])), (y2, m2, int(m["d2"]))
    if (m1, start[2]) < (m2, end[2]) or m1 > m2:
        f.add(m, start, end)


def _foreign_pair(f: _Found, m: re.Match) -> None:
    if RE_FOREIGN_PAIR_LEAD.search(f.text, max(0, m.start() - 10), m.start()):
        _foreign_range(f, m)  # "los días 26 y 27 de septiembre": after the article, not "Tiene 3 y 4 hijos"


def _foreign_yearless_day(f: _Found, start: re.Match) -> None:
    lead = RE_FOREIGN_DM_LEAD.search(f.text, max(0, start.start() - 16), start.start())
    m = RE_FOREIGN_DM.match(f.text, lead.start()) if lead else None
    if m is None or m.start("dm") != start.start():
        return
    d = (None, FOREIGN_MONTHS[m["m1"].lower()], int(m["d1"]))
    if not _looks_like_count(f.text, m):
        # with its weekday, as "Tuesday 5 November" is read; without its article ("le", "el", "am")
        weekday = m.group(0).split()[0].rstrip(",").lower() in FOREIGN_WEEKDAYS
        f.add(m, d, d, group=0 if weekday else "dm")


def _foreign_month(f: _Found, year: re.Match) -> None:
    lead = RE_FOREIGN_MY_LEAD.search(f.text, max(0, year.start() - 40), year.start())
    m = RE_FOREIGN_MY.match(f.text, lead.start()) if lead else None
    if m is None:
        lead = RE_FOREIGN_MY_BARE_LEAD.search(f.text, max(0, year.start() - 20), year.start())
        m = RE_FOREIGN_MY_BARE.match(f.text, lead.start()) if lead else None
    if m is None or m.end() != year.end():
        return
    d = (int(m["y1"]), FOREIGN_MONTHS[m["m1"].lower()], None)
    f.add(m, d, d)


def _month_range_of_year(f: _Found, m: re.Match) -> None:
    g = m.groupdict()
    y2 = int(g["y2"])
    y1 = _year_of(g, "y1") or y2
    f.add(m, (y1, month_number(g["m1"]), None), (y2, month_number(g["m2"]), None))


def _month_range(f: _Found, m: re.Match) -> None:
    g = m.groupdict()
    f.add(m, (None, month_number(g["m1"]), None), (None, month_number(g["m2"]), None), relative=bool(g["thisyear"]))


def _month_of_year(f: _Found, m: re.Match) -> None:
    d = (int(m["y1"]), month_number(m["m1"]), None)
    f.add(m, d, d)


def _year_range(f: _Found, m: re.Match) -> None:
    y1 = int(m["y1"])
    y2 = _two_digit_end(y1, m["y2"])
    if y2 is not None and y2 - y1 <= 50 and not _is_code_context(f.text, m.start(), m.end()):
        f.add(m, (y1, None, None), (y2, None, None))


def _decade(f: _Found, m: re.Match) -> None:
    y = int(m["y1"])
    f.add(m, (y, None, None), (y + 9, None, None))


def _prefixed_year(f: _Found, m: re.Match) -> None:
    y = int(m["y1"])
    f.add(m, (y, None, None), (y, None, None), group=1)


def _year(f: _Found, m: re.Match) -> None:
    text, a = f.text, m.start()
    if f.taken.hits(a, a + 1):
        return  # the year of a date already read: "26 May 2021"
    if (
        _is_code_context(text, a, m.end())
        or _looks_like_count(text, m)
        or names_a_year(text, m)
        or RE_CREDIT_BEFORE.search(text[max(0, a - 50) : a])
        or RE_DIGITS_AROUND.match(text[max(0, a - 2) : m.end() + 2])
    ):
        return
    y = int(m["y1"])
    f.add(m, (y, None, None), (y, None, None))


def _month_alone(f: _Found, m: re.Match) -> None:
    mon = month_number(m["m1"])
    f.add(m, (None, mon, None), (None, mon, None), relative=bool(m["thisyear"]))


def _nth_weekday(f: _Found, m: re.Match) -> None:
    # "on the first Saturday of July": that day of the anchor's year; not a day kept "every year".
    text = f.text
    if RE_RECURRING.search(text[max(0, m.start() - 30) : m.start()]) or RE_RECURRING.match(
        text[m.end() : m.end() + 20].lstrip(" ,")
    ):
        return
    mon = month_number(m["m1"])
    f.add(m, (None, mon, None), (None, mon, None), relative=True)


def _relative(f: _Found, m: re.Match) -> None:
    f.add(m, (None, None, None), (None, None, None), relative=True)


class Where:
    """Where a pass runs. A pass that runs on lines must never match across a line break, and
    each of its matches must hold the lines' trigger: extract.scan says why, and
    tests/extract/test_scan.py checks it for every pass in PASSES."""

    TEXT = "the whole text"
    DIGITS = "the whole text, if it has a digit"
    CJK = "the whole text, if it has a digit and 年 or 년"
    MONTH_WORDS = "the whole text, if it has a month"
    YEAR_LINES = "the lines with a year"
    MONTH_LINES = "the lines with a month"
    NUMBERED_MONTH_LINES = "the lines with a month and a digit"
    RELATIVE_LINES = "the lines with a relative word"


@dataclass(frozen=True)
class Pass:
    name: str
    rx: re.Pattern
    where: str
    read: Callable[[_Found, re.Match], None]
    # Every match opens a run of digits, which its look-behind lets no digit stand before: the
    # pass is tried only where a run starts (extract.scan), not at every character.
    at_digits: bool = False


# The passes, from the most specific to the least: what an earlier pass takes, a later one cannot,
# so that "21-23 April 2023" is one range and not a range, a day and a year.
# fmt: off
PASSES = (
    Pass("cjk", RE_CJK, Where.CJK, _cjk, at_digits=True),
    Pass("cjk_day", RE_CJK_DAY, Where.CJK, _cjk_day, at_digits=True),
    Pass("ymd_range", RE_YMD_RANGE, Where.DIGITS, _ymd_range, at_digits=True),
    Pass("timestamp", RE_TIMESTAMP, Where.YEAR_LINES, _ymd, at_digits=True),
    Pass("iso", RE_ISO, Where.YEAR_LINES, _ymd, at_digits=True),
    Pass("ymd_dot", RE_YMD_DOT, Where.YEAR_LINES, _ymd, at_digits=True),
    Pass("dmy_num_range", RE_DMY_NUM_RANGE, Where.YEAR_LINES, _dmy_num_range, at_digits=True),
    Pass("dmy_num", RE_DMY_NUM, Where.YEAR_LINES, _dmy_num, at_digits=True),
    Pass("dm_dm", RE_DM_DM, Where.NUMBERED_MONTH_LINES, _day_range),
    Pass("md_md", RE_MD_MD, Where.NUMBERED_MONTH_LINES, _day_range),
    Pass("md_d", RE_MD_D, Where.NUMBERED_MONTH_LINES, _days_of_month),
    Pass("d_dm", RE_D_DM, Where.NUMBERED_MONTH_LINES, _days_of_month),
    Pass("dm", RE_DM, Where.NUMBERED_MONTH_LINES, _day),
    Pass("md", RE_MD, Where.NUMBERED_MONTH_LINES, _day),
    Pass("dmy_hyphened", RE_DMY_HYPHENED, Where.NUMBERED_MONTH_LINES, _day, at_digits=True),
    Pass("foreign_range", RE_FOREIGN_RANGE, Where.DIGITS, _foreign_range),
    Pass("foreign_pair", RE_FOREIGN_PAIR, Where.DIGITS, _foreign_pair, at_digits=True),
    Pass("foreign_dmy", RE_FOREIGN_DMY, Where.YEAR_LINES, _foreign_day, at_digits=True),
    Pass("foreign_dm", RE_FOREIGN_DM_START, Where.DIGITS, _foreign_yearless_day, at_digits=True),
    Pass("m_m_y", RE_M_M_Y, Where.NUMBERED_MONTH_LINES, _month_range_of_year),
    Pass("m_m", RE_M_M, Where.MONTH_LINES, _month_range),
    Pass("my", RE_MY, Where.NUMBERED_MONTH_LINES, _month_of_year),
    Pass("foreign_my", RE_FOREIGN_MY_YEAR, Where.YEAR_LINES, _foreign_month, at_digits=True),
    Pass("y_y", RE_Y_Y, Where.YEAR_LINES, _year_range),
    Pass("decade", RE_DECADE, Where.YEAR_LINES, _decade, at_digits=True),
    Pass("prefixed_year", RE_PREFIXED_YEAR, Where.YEAR_LINES, _prefixed_year),
    Pass("year", RE_YEAR, Where.YEAR_LINES, _year, at_digits=True),
    Pass("month_alone", RE_MONTH_ALONE, Where.MONTH_WORDS, _month_alone),
    Pass("nth_weekday", RE_NTH_WEEKDAY, Where.MONTH_LINES, _nth_weekday),
    Pass("relative", RE_RELATIVE, Where.RELATIVE_LINES, _relative),
)
# fmt: on


def places_to_look(text: str) -> dict[str, Lines | None]:
    """Each Where of `text`: the lines to run on, or None for the whole text; [] for nowhere."""
    whole: Lines | None = None
    digits = RE_ANY_DIGIT.search(text) is not None
    month_lines = lines_with(text, RE_MONTH_TRIGGER)
    return {
        Where.TEXT: whole,
        Where.DIGITS: whole if digits else [],
        Where.CJK: whole if digits and ("年" in text or "년" in text or "月" in text or "월" in text) else [],
        Where.MONTH_WORDS: whole if month_lines else [],
        Where.YEAR_LINES: lines_with(text, RE_YEAR_TRIGGER) if digits else [],
        Where.MONTH_LINES: month_lines,
        Where.NUMBERED_MONTH_LINES: lines_with(text, RE_ANY_DIGIT, within=month_lines) if digits else [],
        Where.RELATIVE_LINES: lines_with(text, RE_RELATIVE_TRIGGER),
    }


# The header, the listing readers and the card reader ask for the dates of the same short lines
# several times a page (a line's date, its leading day, an item's date); a site's furniture ("Posted
# on ...", "Read more") repeats from page to page.
SHORT_TEXT = 200


def find_dates(text: str) -> list[DateMatch]:
    """Every dated expression in `text`, unanchored: yearless dates keep year None
    and relative ones are flagged, to be pinned by `anchor()`."""
    if len(text) <= SHORT_TEXT:
        return list(_dates_of_short(text))
    return _find_dates(text)


@cached_by_day_order(1024)
def _dates_of_short(text: str) -> tuple[DateMatch, ...]:
    return tuple(_find_dates(text))


def _find_dates(text: str) -> list[DateMatch]:
    where = places_to_look(text)
    # Most lines a page's readers ask about hold no digit, month or relative word: no pass can
    # match there, and the passes are not even set up.
    passes = [(p, lines) for p in PASSES if (lines := where[p.where]) is None or lines]
    if not passes:
        return []
    found = _Found(text)
    starts: dict[str, list[int]] = {}  # where the runs of digits in each Where's lines start
    for p, lines in passes:
        if p.at_digits:
            if p.where not in starts:
                starts[p.where] = digit_starts(text, lines)
            matches = finditer_at(p.rx, text, starts[p.where])
        else:
            matches = p.rx.finditer(text) if lines is None else finditer_in(p.rx, text, lines)
        for m in matches:
            p.read(found, m)
    found.out.sort(key=lambda x: x.span)
    return found.out


def _is_code_context(text: str, a: int, b: int) -> bool:
    """Document symbols and numbered instruments: 'No. 2019', 'A/RES/77/281', 'ISO 9001'."""
    before = text[max(0, a - 12) : a]
    return bool(RE_CODE_BEFORE.search(before))


RE_CODE_BEFORE = re.compile(r"(?:No\.?|Nos\.?|Number|ISO|Art\.|Article|Room|Tel\.?|Fax|\+\d+|[/\\])\s*$")
RE_MONTH_STOP = re.compile(r"(?:uary|ch|il|May|une|uly|ust|ber|\d)\.$")


# "the 2030 Agenda", "Kenya Vision 2030", "Blueprint 2020", "International Year of Cooperatives 2025 logo":
# a year that is part of a name is no date. "in 2025", "declared 2025 the ..." are dates.
# "© ILO 2023", "Photo: © Shutterstock 2022", "Copyright 2024": the year of a credit is no date.
RE_CREDIT_BEFORE = re.compile(r"(?:©|\([cC]\)|\bCopyright\b)[^\n©]{0,40}$")
# "Call 0800 2023 100": a group of digits inside a phone number.
RE_DIGITS_AROUND = re.compile(r"\d\s\d{4}\s\d")


def _looks_like_count(text: str, m: re.Match) -> bool:
    after = text[m.end() : m.end() + 40]
    before = text[max(0, m.start() - 8) : m.start()]
    if RE_PRECEDED_BY_CURRENCY.search(before) or RE_TALLY_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return True
    if RE_TIME_RANGE_TRAILING.match(after):
        return True
    return bool(RE_COUNT_AFTER.match(after))


RE_HAS_YEAR = re.compile(r"(?:1[89]|20)\d\d")


# Pure, and asked of the same line several times per article (header, listing, items).
@cached_by_day_order(1024)
def parse_date_value(text: str) -> PartialDate | None:
    """A whole string that is one date ('26 May 2021', '2021-05-26', 'Tue, 14 Feb 2023 09:30:00 +0100'),
    else None. Used for date lines and metadata fields."""
    # "🗓️ 7 August 2025": a calendar's or a clock's sign before the date is no part of it.
    t = RE_LEADING_SIGNS.sub("", text.strip().strip("*_()[]")).strip()
    if not t or len(t) > 80 or not RE_HAS_YEAR.search(t):
        return None  # every whole date carries its year; most lines of an article are no date at all
    # A day, or a range of days whose first day is the date ("26–27 February 2025" in a calendar).
    found = [m for m in find_dates(t) if m.start[0] is not None and (m.start == m.end or m.start[2] is not None)]
    if not found:
        return None
    m = found[0]
    rest = (t[: m.span[0]] + t[m.span[1] :]).strip(" ,.|-–—:*_()·•")
    rest = RE_ARTICLE_BEFORE_DAY.sub("", rest)  # "le 5 juin 2019", "den 25. September 2025"
    # What is left may be a weekday, a time or a span of hours, and a zone, nothing else.
    if rest and not RE_DATE_REST.fullmatch(rest) and not _place_after(t, m.span[1], rest):
        return None
    return m.start


RE_LEADING_SIGNS = re.compile(r"^[^\w\s(\[*_#\-–—.,]+\s*")
RE_ARTICLE_BEFORE_DAY = re.compile(r"^(?:le|el|den|am|il)$", re.I)
RE_PLACE_REST = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}")


def _place_after(line: str, end: int, rest: str) -> bool:
    """'12th January 2026, Kathmandu': a date line that names where it was written, after it."""
    if not RE_PLACE_REST.fullmatch(rest) or not line[end:].lstrip(" ,–—-").startswith(rest):
        return False
    from ssecli.extract.places import is_place

    return is_place(rest)


RE_DATE_REST = re.compile(
    r"(?:(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?|(?i:"
    + "|".join(FOREIGN_WEEKDAYS)
    + r"))\.?\s?,?\s*,?)?\s*(?:(?:[–—-]\s*)?"
    r"(?:\d{1,2}[:.h]\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?)"  # "- 6pm" too
    r"(?:\s*[–—-]\s*\d{1,2}[:.h]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?)?)?\s*(?:[+-]\d{4}|[A-Z]{2,4})?"
    r"(?:\s*\([A-Za-z]+\))?"
    r"(?:\s*[|,;–—-]?\s*(?:[Uu]pdated|[Ll]ast [Uu]pdated|[Mm]odified)\b[^\n]*)?"  # "..., updated Nov 10, 2012"
)
