"""The publication date that an article's body gives where its header gives none: a dateline
wholly in brackets, a day the text calls today, a newsletter's month by its issue number, a day alone on its
line above the first paragraph, or one "Posted ..." line below the text."""

from __future__ import annotations

import re

from ssecli.extract import dates as D
from ssecli.parser.date_lines import day_then_kind
from ssecli.parser.header import RE_PUBLISHED, line_date

# "(Madrid, October 27, 2017). The Vice President ...": a Spanish release's dateline, place and day
# together in brackets at the head of a paragraph; "(1 December 2009 – Australia) The annual ...": the
# day first, then the place.
PLACE_WORDS = r"[A-Z][^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3}"
RE_DATELINE_IN_BRACKETS = re.compile(
    rf"^[\s*_]*\((?:{PLACE_WORDS},\s*(?P<date>[^()\n]{{6,32}})\)\s*[.:–—-]"
    rf"|(?P<day>[^()\n]{{6,32}}?)\s+[–—-]\s+{PLACE_WORDS}\)\s)"
)
# "the ceremony held today (September 1, 2022)", "today, 4 July 2024,": the text names its own day.
RE_TODAY_BEFORE = re.compile(r"\btoday\s*[(,]\s*$", re.I)
# "Issue 14 February 2013", "ICA Digest 68 Issue 68 January 2010", "SEN#34November 2024",
# "December 2023 Issue: ...": a newsletter's masthead gives its month.
RE_ISSUE_MONTH = re.compile(
    r"(?:\b(?:Issue|Edition|Digest|Bulletin|Newsletter|No\.|Vol\.)\s*(?:No\.?\s*)?\d{0,4}\s*[,:–-]?\s*|#\d{1,4}\s*)"
    r"(?P<date>" + D._MON + r"\.?,? (?:19|20)\d\d)\b"
    r"|\b(?P<before>" + D._MON + r",? (?:19|20)\d\d) (?:Issue|Edition|Newsletter|Bulletin|Digest)\b",
    re.I,
)
MASTHEAD_LINES = 3
PARAGRAPH_WORDS = 25
RE_BULLET = re.compile(r"^\s*[•·‣▪-]\s*")


def body_date(lines: list[str], text: str, matches: list[D.DateMatch]) -> tuple | None:
    for line in lines:
        m = RE_DATELINE_IN_BRACKETS.match(line)
        if m and (d := D.parse_date_value(m.group("date") or m.group("day"))) and d[2] is not None:
            return d
    for day in matches:
        if day.start == day.end and day.start[2] is not None and not day.relative:
            if RE_TODAY_BEFORE.search(text[max(0, day.span[0] - 12) : day.span[0]]):
                return day.start
    filled = [ln for ln in lines if ln.strip()]
    for line in filled[:MASTHEAD_LINES]:
        issue = RE_ISSUE_MONTH.search(line)
        if issue and (d := D.parse_date_value(issue.group("date") or issue.group("before"))):
            return d
    # A speech's day under its speaker's name and offices: a line that is a day alone (or with the kind
    # of text: "24 November 2006 Speech Notes"), above the text's first paragraph, however far the
    # speaker's block pushes it from the title.
    # Not among the first lines, which the header reads: a day there that it left is a site's clock.
    for k, line in enumerate(filled):
        if len(line.split()) >= PARAGRAPH_WORDS:
            break
        if k >= MASTHEAD_LINES and (d := line_date(line) or day_then_kind(line)) and d[2] is not None:
            return d
    # "Posted 23rd March 2012" under a blog post: the post's day, where it is the only such line.
    posted = {
        d
        for line in lines
        if RE_PUBLISHED.match(bare := RE_BULLET.sub("", line)) and (d := line_date(bare)) and d[2] is not None
    }
    return posted.pop() if len(posted) == 1 else None
