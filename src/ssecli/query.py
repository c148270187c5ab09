"""What a command asks for: Filters (names that must or must not be named, date bounds), and the
dates a user types read as the days they cover. Pure functions: no I/O, no formatting."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ssecli.errors import UsageError
from ssecli.extract.isodate import last_day, parse_iso, to_date


def _dates():
    """The date patterns, compiled on first use: most commands never read a date from the user."""
    from ssecli.extract import dates

    return dates


@dataclass
class Filters:
    orgs: list[str] = field(default_factory=list)  # every one must match (AND)
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    not_orgs: list[str] = field(default_factory=list)  # records naming any of these are left out
    not_people: list[str] = field(default_factory=list)
    since: dt.date | None = None
    until: dt.date | None = None


def parse_bound(value: str | None, option: str, end: bool) -> dt.date | None:
    """'2023', '2023-06', '2023-06-30', 'June 2023' or anything dateutil reads, as the first
    (or, for an upper bound, the last) day it covers."""
    if value is None:
        return None
    v = value.strip()
    d = relative_date(v) or parse_iso(v) or _dates().parse_date_value(v)
    if d is not None and not _real_day(d):
        raise UsageError(f"{option}: {value!r} is not a real date; {DATE_FORMS}")
    if d is None:
        from dateutil import parser as dateutil_parser

        try:
            parsed = dateutil_parser.parse(v, default=dt.datetime(1900, 1, 1))
        except (ValueError, OverflowError):
            raise UsageError(f"{option}: cannot read {value!r} as a date; {DATE_FORMS}") from None
        d = (parsed.year, parsed.month, parsed.day)
    return last_day(d) if end else to_date(d)


def _real_day(d: tuple) -> bool:
    """Whether a partial date names a real year, month and day: not month 0 or 13, not 29
    February of a common year."""
    import calendar

    y, m, day = d
    if y is None or not 1 <= y <= 9999 or m is not None and not 1 <= m <= 12:
        return False
    return day is None or m is not None and 1 <= day <= calendar.monthrange(y, m)[1]


DATE_FORMS = (
    "use 2023, 2023-06, 2023-06-30, 'June 2023', '30 June 2023', 'today', 'yesterday', "
    "'last week|month|year', 'this month|year' or 'N days|weeks|months|years ago' ('3 months ago')"
)

# "3 months ago", "1 year ago": git's and jrnl's relative forms, counted back from today.
RE_AGO = re.compile(r"^(\d+)\s+(day|week|month|year)s?\s+ago$", re.I)
RE_LAST = re.compile(r"^(last|this)\s+(week|month|year)$", re.I)


def today() -> dt.date:
    from ssecli.settings import today as configured_today

    return configured_today()


def _months_back(d: dt.date, n: int) -> dt.date:
    import calendar

    y, m = divmod(d.year * 12 + d.month - 1 - n, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def relative_date(v: str) -> tuple | None:
    """'today', 'yesterday', 'last year', 'this month', '3 months ago' as a partial date
    (year, month, day) at the precision the words give ('last year' is the whole year)."""
    t = today()
    word = v.lower()
    if word in ("today", "now"):
        return (t.year, t.month, t.day)
    if word == "yesterday":
        d = t - dt.timedelta(days=1)
        return (d.year, d.month, d.day)
    m = RE_LAST.match(v)
    if m:
        back = 1 if m.group(1).lower() == "last" else 0
        unit = m.group(2).lower()
        if unit == "year":
            return (t.year - back, None, None)
        if unit == "month":
            d = _months_back(t, back)
            return (d.year, d.month, None)
        d = t - dt.timedelta(days=7 * back)
        return (d.year, d.month, d.day)
    m = RE_AGO.match(v)
    if m:
        n, unit = int(m.group(1)), m.group(2).lower()
        if unit in ("day", "week"):
            d = t - dt.timedelta(days=n * (7 if unit == "week" else 1))
        else:
            d = _months_back(t, n * (12 if unit == "year" else 1))
        return (d.year, d.month, d.day)
    return None


def date_range(iso_value: str | None) -> tuple[dt.date, dt.date] | None:
    d = parse_iso(iso_value)
    if d is None:
        return None
    return to_date(d), last_day(d)
