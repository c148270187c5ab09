"""Bylines with no "By": a name alone on its line beside the page's date line, as blogs and news
sites set their authors ("24 June 2022 at 10:30 am" / "Wendy Williams", "March 16, 2024 975 views" /
"Onome Amuge"). A name's shape alone is weak evidence; a line that holds nothing but a given name
and a surname, next to a date near the top of the page, is a byline."""

from __future__ import annotations

import re

from ssecli.extract.lexicon import MONTHS_IN_FULL
from ssecli.extract.names import is_given_name

# The top of a page, where its header lines stand.
HEAD_CHARS = 800
RE_NAME_LINE = re.compile(r"[A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2}")
RE_DATE_LINE = re.compile(
    r"\b(?:" + "|".join(m.title() for m in MONTHS_IN_FULL) + r")\b[^\n]*\b(?:19|20)\d\d"
    r"|\b(?:19|20)\d\d\b[^\n]*\b(?:" + "|".join(m.title() for m in MONTHS_IN_FULL) + r")\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d\b"
)


def bare_bylines(text: str) -> list[tuple[str, int, int]]:
    """Each name alone on a line next to a date line at the top of `text`, with its span."""
    head = text[:HEAD_CHARS]
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", head)]
    lines = [(a, line) for a, line in lines if line.strip()]
    out = []
    for k, (a, line) in enumerate(lines):
        name = line.strip()
        if not RE_NAME_LINE.fullmatch(name) or not is_given_name(name.split()[0]):
            continue
        beside = [lines[j][1] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        if any(RE_DATE_LINE.search(other) and len(other.split()) <= 10 for other in beside):
            start = a + line.index(name)
            out.append((name, start, start + len(name)))
    return out
