"""Dates as records keep them, ISO strings at the precision the text gives ('2023',
'2023-07', '2023-07-03'), read back without the date patterns of the extractor: the queries
that only compare and print dates never compile those."""

from __future__ import annotations

import calendar
import datetime as dt
import re

PartialDate = tuple  # (year | None, month | None, day | None)

RE_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_iso(s: str | None) -> PartialDate | None:
    """'2023', '2023-07', '2023-07-03' -> (2023, 7, 3) with Nones for what is missing."""
    if not s:
        return None
    m = RE_ISO.fullmatch(s)
    if not m:
        return None
    return tuple(int(x) if x else None for x in m.groups())


def to_date(d: PartialDate) -> dt.date:
    """The first day a partial date covers, for sorting and filters."""
    y, m, day = d
    return dt.date(y, m or 1, day or 1)


def last_day(d: PartialDate) -> dt.date:
    """The last day a partial date covers."""
    y, m, day = d
    if m is None:
        return dt.date(y, 12, 31)
    if day is None:
        return dt.date(y, m, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)
