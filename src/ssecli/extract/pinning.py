"""Pinning a date the text writes without its year, or relative to the day it was written ("15
January", "last Tuesday", "next year"), to the article's date."""

from __future__ import annotations

import calendar
import datetime as _dt
import re

from ssecli.extract.dates import NTH, RE_NTH_WEEKDAY, WEEKDAYS, DateMatch, PartialDate, valid_day


def _last_weekday(anchor: _dt.date, weekday: int) -> _dt.date:
    return anchor - _dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def resolve_relative(match: DateMatch, anchor: PartialDate) -> tuple[PartialDate, PartialDate] | None:
    """Pin a yearless or relative match to the anchor date; None where the anchor is too coarse."""
    d: PartialDate
    ay, am, ad = anchor
    if ay is None:
        return None
    surface = match.surface.lower()
    if match.start == (None, None, None):
        rel = surface.strip()
        weekday = re.fullmatch(r"(on|last|next|this past|this coming) (\w{3})\w*day", rel)
        if rel in ("today", "yesterday", "tomorrow") or weekday:
            if am is None or ad is None:
                return None
            base = _dt.date(ay, am, ad)
            if rel == "yesterday":
                base -= _dt.timedelta(days=1)
            elif rel == "tomorrow":
                base += _dt.timedelta(days=1)
            elif weekday:
                which, day = weekday.groups()
                if which in ("next", "this coming"):
                    base += _dt.timedelta(days=(WEEKDAYS[day] - base.weekday() - 1) % 7 + 1)
                else:  # "on Thursday" in news is the past one; "last Tuesday" is before today
                    base = _last_weekday(base - _dt.timedelta(days=which != "on"), WEEKDAYS[day])
            d = (base.year, base.month, base.day)
            return d, d
        ago = re.fullmatch(r"(\w+) years ago", rel)
        if ago:
            n = NUMBER_WORDS.get(ago.group(1)) or int(ago.group(1))
            return (ay - n, None, None), (ay - n, None, None)
        unit_year = rel.endswith("year")
        shift = {"this": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}[rel.split()[0]]
        if unit_year:
            y = ay + shift
            return (y, None, None), (y, None, None)
        if am is None:
            return None
        months = ay * 12 + (am - 1) + shift
        d = (months // 12, months % 12 + 1, None)
        return d, d
    s, e = match.start, match.end
    nth = RE_NTH_WEEKDAY.fullmatch(match.surface)
    if nth:
        nth_wd = WEEKDAYS[nth["wd"][:3].lower()]
        days = [n for n in range(1, calendar.monthrange(ay, s[1])[1] + 1) if _dt.date(ay, s[1], n).weekday() == nth_wd]
        d = (ay, s[1], days[-1] if nth["nth"] == "last" else days[NTH[nth["nth"]]])
        return d, d
    if s[0] is None:
        y = ay
        if "last year" in surface:
            y -= 1
        elif "next year" in surface:
            y += 1
        elif s[1] is not None and (am is not None or s[2] is not None and RE_WEEKDAY_WORD.search(match.surface)):
            # A day without a year is the one nearest the anchor ("15 January" written in December is
            # next year's); a weekday written with it picks the year in which the day falls on it.
            wd = RE_WEEKDAY_WORD.search(match.surface)
            base = _dt.date(ay, am or s[1], ad or 15)
            options = []
            for cand in (ay, ay - 1, ay + 1):
                if not valid_day(cand, s[1], s[2]):
                    continue
                day = _dt.date(cand, s[1], s[2] or 15)
                if wd and s[2] is not None and day.weekday() != WEEKDAYS[wd.group(0)[:3].lower()]:
                    continue
                gap = abs((day - base).days)
                # The anchor's own year unless the day is most of a year away from it.
                options.append((gap if wd or gap > 300 or cand != ay else 0, cand))
            if wd and s[2] is not None and not options:
                for cand in range(ay - 6, ay + 7):  # the weekday of a day repeats within seven years
                    if (
                        valid_day(cand, s[1], s[2])
                        and _dt.date(cand, s[1], s[2]).weekday() == WEEKDAYS[wd.group(0)[:3].lower()]
                    ):
                        options.append((abs(cand - ay), cand))
            if not options:
                return None
            y = min(options)[1]
        s = (y, *s[1:])
        e = (y + (1 if e[1] is not None and s[1] is not None and e[1] < s[1] else 0), *e[1:])
    return s, e


RE_WEEKDAY_WORD = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?=[a-z]*\b)", re.I)


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def is_anchored(match: DateMatch) -> bool:
    """True where the match needs the article's date to become a date."""
    return match.start[0] is None or match.relative and match.start == (None, None, None)


def dates_of(match: DateMatch, anchor: PartialDate | None) -> tuple[PartialDate, PartialDate] | None:
    """A match's first and last day: as written, or pinned to `anchor` where it needs one; None
    where it needs one and `anchor` cannot give it."""
    if not is_anchored(match):
        return match.start, match.end
    return resolve_relative(match, anchor) if anchor is not None else None
