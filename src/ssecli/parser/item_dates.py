"""The date of a line that is an item's date line on a listing page: "Tuesday, 20 June 2017 - 12pm",
"Posted on 21/07/2022 by redazione", "17 May 2023, Hanoi, Viet Nam", "28 March 15 from www.theguardian.com".
Listing layouts of every kind read their items' dates through it."""

from __future__ import annotations

import re
from functools import lru_cache

from ssecli.extract import dates as D
from ssecli.extract.day_order import cached_by_day_order
from ssecli.extract.lexicon import FUNCTION_WORDS, MONTHS_IN_FULL
from ssecli.extract.places import is_place
from ssecli.parser.header import RE_DATELINE, ZONE, dated_byline, field_date, line_date
from ssecli.parser.markup import BY_WORDS, _strip_markup

# The time or zone after an item's date: "Tuesday, 20 June 2017 - 12pm", "August 19th, 2021 – 10am PST/1pm EST",
# "October 19, 2023, 4:01 pm", "18 March 2025 · 10:00–12:00 CET", "07 April 2022 9:22 AM | Anonymous";
# not "October 20, 2016 @ 10am Pancake Breakfast", an event's day and its name.
RE_TIME_TAIL = re.compile(
    r"\s*(?:,|-|–|—|·|\||@|at|(?=\s))\s*\d{1,2}(?:[:.h]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?|\s*[AaPp]\.?[Mm]\.?)(?![\w])"
    # then nothing, a zone ("PST/1pm EST"), or a mark before an author or an end time: not a headline
    r"(?:\s*(?:" + ZONE + r"|[|·/(\-–—])[^\n]{0,40})?\s*$"
)


RE_BULLET = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*•·▪◦]|[IVXL]{1,6}\.)\s+")


RE_LEADING_MARK = re.compile(r"^\s*[•·▪◦]\s*")


# "Published on 21/07/2022by redazione": the author's field glued to the date by the crawl.
RE_GLUED_BY = re.compile(r"(\d)([Bb]y )")
# "Posted on February 24, 2020February 24, 2020": a blog's day published, then its day updated, glued.
RE_GLUED_UPDATE = re.compile(r"(?<=\d{4}) ?[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\s*$")


# "28 March 15 from www.theguardian.com": a day with its month in full and a year of two digits, alone on
# its line but for where the story came from.
RE_TWO_DIGIT_YEAR_DAY = re.compile(
    r"^\s*(?P<d>[0-3]?\d)\s+(?P<m>" + "|".join(MONTHS_IN_FULL) + r")\s+(?P<y>\d\d)(?:\s+from\s+\S.{0,80})?\s*$",
    re.I,
)


def _two_digit_year_day(s: str) -> tuple | None:
    m = RE_TWO_DIGIT_YEAR_DAY.match(s)
    if not m:
        return None
    d = D.parse_date_value(f"{m.group('d')} {m.group('m')} {D.full_year(int(m.group('y')))}")
    return d if d is not None and d[2] is not None else None


# "3 min read | July 3, 2023", "July 3, 2023 · 4 minute read": a reading time beside the day is no headline.
RE_READING_TIME = re.compile(r"\s*[|·•]?\s*\b\d{1,3}\s*(?:min(?:ute)?s?\.?)\s+read\b\s*[|·•]?\s*", re.I)


RE_POSTED_BY_ON = re.compile(
    r"\s*(?:Posted|Published|Written|Filed|Submitted)(?:\s+in\s+[^|\n]{1,60}?)?\s+by\s+[^|\n]{2,60}?\s+on\s+(?P<date>\S.{5,40}?)\s*$"
)
RE_BY_PIPE = re.compile(rf"\s*(?i:{BY_WORDS})\b[^|]{{0,40}}\|")
RE_PIPE = re.compile(r"\s*\|\s*")


# Pure, and asked of the same line several times per article (header, listing, items).
@cached_by_day_order(1024)
def item_date(s: str) -> tuple | None:
    """The date of a line that is an item's date line: a date with its day, perhaps with a weekday,
    a time, a label ("Posted on ... by ..."), a field key ("Published: ...") or the place it was."""
    if not D.RE_HAS_YEAR.search(s):
        # Each way below reads a whole date, and a whole date carries its year; without one, only a
        # day with a year of two digits is a date line.
        return _two_digit_year_day(s)
    s = RE_GLUED_UPDATE.sub("", RE_GLUED_BY.sub(r"\1 \2", RE_LEADING_MARK.sub("", s)))
    if " read" in s and (bare := D.parse_date_value(RE_READING_TIME.sub(" ", s).strip())) and bare[2] is not None:
        return bare  # a day and its reading time alone; "Posted on ... by ... | 4 min read" is the header's
    d = line_date(s)
    if d is None:
        fd = field_date(s)
        d = fd[1] if fd else None
    if d is None:
        t = RE_TIME_TAIL.sub("", _strip_markup(s))
        if t != _strip_markup(s):
            d = line_date(t)
    if d is None and len(s) <= 80 and D.RE_HAS_YEAR.search(s):
        # "17 May 2023, Hanoi, Viet Nam", "Comayagua, Honduras November 29 and 30, 2023": a day and the place.
        s = RE_BULLET.sub("", s)  # a bullet is no place before the day
        found = [m for m in D.find_dates(s) if m.start[0] is not None and m.start[2] is not None]
        if len(found) == 1:
            m = found[0]
            rest = (s[: m.span[0]] + " " + s[m.span[1] :]).strip(" ,.-–—|")
            parts = [p.strip() for p in rest.split(",") if p.strip()]
            # The date after the place, or before a place that ends the line: not "Oslo, Norway, PfC Conference".
            placed = m.span[0] > 0 or is_place(parts[-1]) if parts else False
            if (
                parts
                and placed
                and len(rest.split()) <= 6
                and all(p[:1].isupper() and len(p.split()) <= 3 for p in parts)
            ):
                d = m.start
    if d is None and " | " in s:
        d = dated_byline(s) or _date_cell(s)
    if d is None and (posted := RE_POSTED_BY_ON.match(s)):
        d = line_date(posted.group("date"))  # "Posted in Models by Kate Archdeacon on December 13th, 2012"
    if d is None and "|" in s and RE_BY_PIPE.match(s):
        # "By |June 3rd, 2014|News, Columns|0 Comments": a post's meta line, its fields run together
        d = line_date(RE_PIPE.sub(" | ", s), labels=True)
    if d is None and " · " in s:
        d = line_date(s, labels=True)  # "MARCH 3, 2021 · DANA WHITFIELD · 2 COMMENTS": a date, its author, counts
    return d if d is not None and d[2] is not None else None


# "3rd" and "27th" are one shape: the ordinal's ending goes with its number.
# Months in the other languages of the pages we meet are blanked too ("12 mars", "28 février").
RE_SHAPE_WORDS = re.compile(
    r"\b(?:"
    + "|".join(sorted(D.FOREIGN_MONTHS, key=len, reverse=True))
    + r")\b|"
    + D._MON
    + r"[a-z]*\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d+(?:st|nd|rd|th)?",
    re.I,
)


# Pure, and asked of the same line several times per article (header, listing, items).
@lru_cache(maxsize=1024)
def date_shape(line: str) -> str:
    """A date line up to its date, with numbers, months and weekdays blanked: the lines of one listing share it."""
    s = RE_WEEKDAY_WORD.sub("", line.strip())
    found = D.find_dates(s)
    if found:
        s = s[: found[0].span[1] + 3]
    return RE_OUTLET_LEAD.sub("@", RE_SHAPE_WORDS.sub("#", " ".join(s.split())))


# "Chicago Sun-Times 09 Apr 2024", "The Daily Mail 08 Apr 2024": each item's outlet, then its day: one shape;
# so are "Tina Hallett | Posted 04.08.2017" and "Alan Walton | Posted 21.07.2017", each its author's cell.
RE_OUTLET_LEAD = re.compile(r"^(?:[A-Z][\w'’.&-]*\s+){1,5}(?:(?=#)|\|\s+)")


def mark_shape(line: str) -> str:
    """The shape of an item's date line; of a dateline, its date's alone ("Berlin, 30. September 2025
    (geno) ..." and "Chemnitz, 29. September 2025 (geno) ..." are one shape)."""
    m = RE_DATELINE.match(line.strip()) if item_date(line.strip()) is None else None
    return "dateline " + date_shape(m.group("date")) if m else date_shape(line)


RE_WEEKDAY_WORD = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b,?\s*", re.I)


# What may stand before a summary's opening day: capitalised words, numbers and marks ("Day 8,
# Saturday,", "NAIROBI -"); no word of a sentence in lower case, and no "On" or "In" ("On 5 May
# 2015, the board ..." tells of a day, not the item's).
RE_DAY_LEAD = re.compile(r"[\W\d]*(?:[A-Z][\w'’.-]*[\W\d]*){0,4}")
OPENING_REACH = 60
RE_LATIN_WORD = re.compile(r"[A-Za-z]+")


def opening_day(line: str) -> tuple | None:
    """The whole day a summary's line opens on, after a few capitalised words at most: "Day 8,
    Saturday, April 8th, 2017 Myles gave us ..."."""
    head = line.strip()[:OPENING_REACH]
    if not D.RE_HAS_YEAR.search(head):
        return None
    m = next(iter(D.find_dates(head)), None)
    if m is None or None in m.start or m.start != m.end or not RE_DAY_LEAD.fullmatch(head, 0, m.span[0]):
        return None
    if any(w.lower() in FUNCTION_WORDS for w in RE_LATIN_WORD.findall(head, 0, m.span[0])):
        return None
    return m.start


# A meta line's cells are short: an author, a section, a day.
MAX_CELL_WORDS = 5
MAX_CELLS = 4


def _date_cell(s: str) -> tuple | None:
    """'Tina Hallett | Posted 04.08.2017 | UK Politics': a meta line of short cells, its author's first
    and one of the others its day."""
    cells = [c.strip() for c in s.split(" | ")]
    if len(cells) > MAX_CELLS or any(len(c.split()) > MAX_CELL_WORDS or c.isdigit() for c in cells):
        return None  # "15 | Office relocation notice | 2024-03-04": a table's row, its number and its title
    days = [(c, d) for c in cells if (d := line_date(c)) is not None]
    if len(days) != 1 or days[0][1][2] is None or days[0][0] == cells[0]:
        return None  # "Oct 17, 2023, 09:00 ET | Manitoba Co-operative Development Fund" closes a card, its source last
    # The other cells name (an author, a section); "2024-03-04 | Office relocation notice" is a row of
    # a table of headlines.
    named = all(RE_NAME_CELL.fullmatch(c) for c in cells if c != days[0][0])
    return days[0][1] if named else None


RE_NAME_CELL = re.compile(r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*")
