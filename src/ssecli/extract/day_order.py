"""The order of an article's numeric days: day first ("05/06/2018" is 5 June) unless a day of the
same article can only be read month first ("04/23/2018"). The parser sets the order for each article
it reads; the caches of a line's dates key on it, as a line reads otherwise in another article."""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache, wraps

# Whether the article being read writes its numeric days month first: one "02/21/2017" on a page
# says its "03/07/2017" is 7 March. The parser sets it for each article (parser.parse_article);
# every cache of a line's dates keys on it (cached_by_day_order).
MONTH_FIRST: ContextVar[bool] = ContextVar("MONTH_FIRST", default=False)
# "09/10/2012 09:20 am ET": an hour in an American time zone after a day says its month comes first.
RE_US_TIME_AFTER = re.compile(r"[ ,]+\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\.?\s*(?:E|C|M|P)[SD]?T\b")
# (Opened on a digit, which the engine skips to at once; what stands before it is checked after.)
RE_NUMERIC_DAY = re.compile(r"(\d{1,2})([/-])(\d{1,2})\2(?:19|20)\d\d(?![\w/-])")


def writes_month_first(text: str) -> bool:
    """Some day of `text` in slashes or dashes can only be read month first, and none only day first."""
    us = eu = False
    if "/19" not in text and "/20" not in text and "-19" not in text and "-20" not in text:
        return False  # no year after a mark: the text has no such day
    for m in RE_NUMERIC_DAY.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "/.-_"):
            continue
        a, b = int(m[1]), int(m[3])
        us = us or a <= 12 < b <= 31
        eu = eu or b <= 12 < a <= 31
    return us and not eu


def cached_by_day_order(maxsize: int):
    """lru_cache for a pure function of a line's dates, one cache for each day order."""

    def wrap(fn):
        caches = (lru_cache(maxsize=maxsize)(fn), lru_cache(maxsize=maxsize)(fn))

        @wraps(fn)
        def call(*args, **kw):
            return caches[MONTH_FIRST.get()](*args, **kw)

        def cache_clear() -> None:
            for cache in caches:
                cache.cache_clear()

        call.cache_clear = cache_clear  # type: ignore[attr-defined]
        return call

    return wrap


def day_first(a: int, b: int, y: int) -> tuple[int, int, int]:
    """Day first unless the second number cannot be a month ("02/21/2017")."""
    day, mon = (a, b) if b <= 12 else (b, a)
    return (y, mon, day)
