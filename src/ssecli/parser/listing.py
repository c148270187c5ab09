"""Listing pages: items of dated news on one page (ILO topic pages with a kicker, a headline, a date
and a summary; event, blog and regional listings; one-line and table rows), each an item with its
own title, date and text."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import Any

from ssecli.extract import PARSER_VERSION  # noqa: F401  (re-exported)
from ssecli.extract import dates as D
from ssecli.extract.places import is_place
from ssecli.parser.cards import card_items
from ssecli.parser.clippings import clipping_marks
from ssecli.parser.date_lines import leading_day, us_short_day
from ssecli.parser.header import (
    NOT_TITLE_KEYS,
    RE_BARE_DATE_KEY,
    RE_BOILERPLATE,
    RE_BRACKET_DATELINE,
    RE_DATELINE,
    RE_MONTH_HEADER,
    RE_SEPARATOR,
    RE_TAG_HEADING,
    Header,
    _dated_title,
    _is_credit,
    _is_table_row,
)
from ssecli.parser.item_dates import RE_BULLET, RE_LEADING_MARK, date_shape, item_date, mark_shape
from ssecli.parser.markup import (
    BY_WORDS,
    _field_key,
    _item_title,
    _strip_markup,
    word_count,
)
from ssecli.parser.teasers import (
    RE_CUT_SUMMARY,
    RE_READ_ON_LINE,
    items_from,
    line_pairs,
    named_read_ons,
    paired_items,
    repeated_headlines,
    teaser_items,
)

# A page's heading that names it a collection of posts (a tag, a category, an archive, a day's news),
# in the languages of the pages we meet: its one dated post is still an item of it.
RE_COLLECTION_HEADING = re.compile(
    r"^\s*(?:archives? for\b|archives?\s*:|(?:category|categoria|categoría|catégorie|kategorie)\s*:|"
    r"(?:tag|tagged|schlagwort|étiquette|etiqueta)\s*:|(?:posts|articles|stories) (?:tagged|labell?ed|filed)\b|"
    r"showing posts (?:from|with|for)\b|latest news with\b|noticias (?:de|del) \d)",
    re.I,
)


RE_DIGIT = re.compile(r"\d")


# A summary ends on a full stop, an ellipsis or a link to the rest: "... Stratford, PEI …  [MORE]".
RE_SUMMARY_END = re.compile(r"(?:[.…。\ufffd]|\.\.\.|Read More|Read more|\[(?:MORE|More|more|\.\.\.|…)\])\s*$")
# "Posted By Social Edge": a byline on its own line, no headline.
RE_BYLINE_LINE = re.compile(r"(?:Posted|Written|Published)\s+(?:by|By|BY)\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}")
RE_ABBREVIATION_END = re.compile(r"(?<=\b[A-Z])\.$")
# "As that report ...more": a summary cut short, its link glued to the cut.
RE_CUT_MORE = re.compile(r"(?:\.\.\.|…)\s*more\s*$", re.I)


def _title_like(s: str) -> bool:
    """A headline rather than a summary: short, not a sentence that ends in a full stop or an ellipsis."""
    t = _strip_markup(RE_BULLET.sub("", s))
    if not t or _is_credit(t) or RE_SEPARATOR.match(t) or RE_BOILERPLATE.match(t) or RE_EMPTY_BYLINE.fullmatch(t):
        return False
    if t[-4:].lower() == "more" and RE_CUT_MORE.search(t) or RE_BYLINE_LINE.match(t) and RE_BYLINE_LINE.fullmatch(t):
        return False
    if RE_READ_ON_LINE.match(t):
        return False
    if t.endswith("."):
        t = RE_ABBREVIATION_END.sub("", t)  # "... Worker Co-ops in the U.S.": no sentence's full stop
    words = word_count(t)
    return words <= 30 and not RE_SUMMARY_END.search(t) or words <= 12 and not t.endswith("...")


# "Written by" with its author's name lost: a byline's label, no headline.
RE_EMPTY_BYLINE = re.compile(rf"(?:(?:written|posted|published)\s+)?(?:{BY_WORDS})\s*:?|Author\s*:?", re.I)
# "Article Date:" alone on its line, the day on the next: a field's key, no headline.
RE_BARE_LABEL = re.compile(r"[A-Za-z][A-Za-z ]{0,30}:$")


def _paragraph_above(lines: list[str], i: int, lo: int) -> list[int]:
    """The lines of the block of text directly above line i (after blank lines), down to line lo."""
    j = i - 1
    while j > lo and not lines[j].strip():
        j -= 1
    block: list[int] = []
    while j > lo and lines[j].strip() and len(block) < 3:
        s = lines[j].strip()
        if RE_MONTH_HEADER.match(s) and not block:
            break  # "APRIL 2025" heads the items below it: no headline above
        if (
            _is_credit(s)
            or RE_SEPARATOR.match(s)
            or RE_MONTH_HEADER.match(s)
            or _field_key(s) in NOT_TITLE_KEYS
            or RE_BOILERPLATE.match(s)
            or RE_BARE_LABEL.match(s)
        ):
            if block:
                break
            j -= 1
            while j > lo and not lines[j].strip():
                j -= 1  # "Permanent link" under a headline, a blank line between
            continue
        block.insert(0, j)
        if RE_BULLET.match(lines[j]):
            break
        j -= 1
    return block


def _headline_above(lines: list[str], i: int, lo: int, closing: bool = False) -> list[int]:
    """The block above an item's date line that is its headline: the block directly above, or,
    where that is the item's summary, the block above the summary (a card reads headline,
    summary, then "By Jane Doe • Feb. 2, 2026"). Not where the block above the summary follows
    the previous item's date line at once: there the headlines stand below their dates, unless
    the page's first card (`closing`) showed dates closing their cards."""
    above = _paragraph_above(lines, i, lo)
    if not above or _title_like(" ".join(lines[j].strip() for j in above)):
        return above
    higher = _paragraph_above(lines, above[0], lo)
    if (
        not higher
        or RE_BULLET.match(lines[higher[0]])
        or not closing
        and _previous_content(lines, higher[0], lo) is None
    ):
        return above
    text = " ".join(lines[j].strip() for j in higher)
    if len(text.split()) <= 16 and text.lstrip("\"“‘'")[:1].isupper() and not re.search(r"[.…:]\s*$", text):
        return higher
    if closing and (len(text.split()) > 16 or re.search(r"[.…]\s*$", text)):
        # A summary of two paragraphs, the headline above both.
        top = _paragraph_above(lines, higher[0], lo)
        if top and _title_like(" ".join(lines[j].strip() for j in top)):
            return top
    return above


# "– 14th September: Title, at the venue; ...", "- 17th-19th September: Title": an event list whose
# days carry no year, the year stated once in the page's title ("Events: September/October 2006").
RE_YEARLESS_ITEM = re.compile(r"^\s*[-–—*•]\s+(?P<rest>.{8,})$")
RE_ITEM_TITLE_END = re.compile(r"[,;]\s")


# After an item's day, maybe its time, then a colon or a dash: "mardi 5 novembre : ...", "samedi 11
# octobre, à 15h00 : ...", "Tuesday 12 November, at 14:00 – ...".
RE_TIME_OF_ITEM = re.compile(
    r"(?:,?\s*(?:à|at|from|de|um|a las|alle|às)?\s*\d{1,2}[:h.]\d\d(?:\s*(?:-|–|à|to|a)\s*\d{1,2}[:h.]\d\d)?)?"
    r"\s*[:–—-]\s+"
)
# An item's title is no sentence: "... avec l'Union régionale des Scop." without its full stop.
RE_FULL_STOP_END = re.compile(r"(?<=[a-zà-ÿ]{3})\.\s*$")


def _yearless_marks(lines: list[str], head: Header, floor: int) -> list[tuple[int, tuple, str | None, str]]:
    years = set(D.RE_HAS_YEAR.findall(head.title or ""))
    if len(years) != 1:
        return []  # no year to give the days, or more than one: leave the page one article
    year = int(years.pop())
    marks: list[tuple[int, tuple, str | None, str]] = []
    for i in range(floor + 1, len(lines)):
        m = RE_YEARLESS_ITEM.match(lines[i])
        if not m:
            continue
        rest = m.group("rest")
        day = leading_day(rest[:40])
        if day is None or day.start[0] is not None:
            continue
        after = RE_TIME_OF_ITEM.match(rest, day.span[1])
        if not after:
            continue
        title = rest[after.end() :]
        cut = RE_ITEM_TITLE_END.search(title)
        if cut and len(title[: cut.start()].split()) >= 2:
            title = title[: cut.start()]
        marks.append((i, (year, day.start[1], day.start[2]), RE_FULL_STOP_END.sub("", title), "line"))
    return marks if len(marks) >= 3 else []


# "Jan 29, Beyond Capitalism: New Economies for Maine, Augusta, ME. 60 people." paragraph after
# paragraph: a list of events, each opening on its day with no year, then its name. The year is the
# page title's where it names one; otherwise the items keep no date.
MIN_DAY_PARAGRAPHS = 4
RE_QUOTED_NAME = re.compile(r"[“\"](.+?)[,.]?[”\"]")
RE_NAME_AFTER_DAY = re.compile(r",\s+[“\"‘A-Z]")


def _yearless_day_paragraphs(lines: list[str], head: Header, floor: int) -> list[tuple[int, Any, str | None, str]]:
    years = set(D.RE_HAS_YEAR.findall(head.title or ""))
    year = int(years.pop()) if len(years) == 1 else None
    marks: list[tuple[int, Any, str | None, str]] = []  # the date None where no year is known
    for i in range(floor + 1, len(lines)):
        s = lines[i].strip()
        if not s[:1].isalnum() or i > 0 and lines[i - 1].strip() or not RE_DIGIT.search(s[:12]):
            continue  # a paragraph that opens on its day
        day = leading_day(s[:40])
        if day is None or day.start[0] is not None or not RE_NAME_AFTER_DAY.match(s, day.span[1]):
            continue
        title = s[day.span[1] :].lstrip(" ,")
        quoted = RE_QUOTED_NAME.match(title)  # "“Food Co-ops Today,” Amherst": the name in quotes
        cut = RE_ITEM_TITLE_END.search(title)
        if quoted:
            title = quoted.group(1)
        elif cut and len(title[: cut.start()].split()) >= 2:
            title = title[: cut.start()]
        marks.append((i, (year, day.start[1], day.start[2]) if year else None, title, "line"))
    return marks if len(marks) >= MIN_DAY_PARAGRAPHS else []


# "KATHMANDU, Nov 8: The government has ...": a wire's dateline with no year, opening a paragraph.
RE_YEARLESS_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][\w.'’ -]{1,30}),\s+(?P<day>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))"
    r"\s*[:–—-]\s+(?P<rest>\S.{20,})$"
)
RE_FIRST_SENTENCE_END = re.compile(r"(?<=[a-z0-9)’'\"])[.!?](?:\s|$)")


def _yearless_datelines(
    lines: list[str], floor: int, marks: list[tuple[int, tuple, str | None, str]]
) -> list[tuple[int, tuple, str | None, str]]:
    """A wire's page of paragraphs, three or more, each opening on its dateline with no year
    ("KATHMANDU, Nov 8: ..."): each is an item, titled by its first sentence, in the one year of the
    page's whole days. A dateline under an item's own date line is that item's."""
    # The page may open on its first item, which the header took for the page's title.
    opening = [
        (i, m)
        for i in range(max(0, floor), len(lines))
        if (m := RE_YEARLESS_DATELINE.match(lines[i])) and (m.group("place").isupper() or is_place(m.group("place")))
    ]
    if len(opening) < 3:
        return []  # most pages: no need to read their days for a year
    years = {
        m.start[0]
        for ln in lines
        if D.RE_HAS_YEAR.search(ln)
        for m in D.find_dates(ln)
        if m.start[0] is not None and m.start[2] is not None
    }
    if len(years) != 1:
        return []
    year = years.pop()
    dated = {mk[0] for mk in marks}
    found = []
    for i, m in opening:
        day = D.parse_date_value(f"{m.group('day')} {year}")
        if day is None or day[2] is None:
            continue
        above = next((j for j in range(i - 1, floor, -1) if lines[j].strip()), None)
        if above in dated:
            continue
        rest = m.group("rest")
        end = RE_FIRST_SENTENCE_END.search(rest)
        found.append((i, day, rest[: end.start()] if end else rest, "line"))
    return sorted(found + marks, key=lambda mk: mk[0]) if len(found) >= 3 else []


def _digest_marks(lines: list[str], floor: int) -> list[tuple[int, tuple, str | None, str]]:
    """A digest: a line that opens with its day ("May 30, 2025 News Around the States"), a bulleted
    list of headlines under it, and below, each story under its headline again. Its items are
    the stories, each with the digest's day; a bulleted summary under a release's date names no
    story below it, and is no digest."""
    for i in range(floor + 1, len(lines)):
        s = lines[i].strip()
        if not s or not s[:1].isalnum() or len(s) > 120 or not D.RE_HAS_YEAR.search(s):
            continue
        opening = leading_day(s[:40])
        if opening is None or opening.start[0] is None:
            continue
        bullets = []
        for j in range(i + 1, len(lines)):
            if not RE_BULLET.match(lines[j]):
                break
            bullets.append(RE_BULLET.sub("", lines[j]).strip())
        if len(bullets) < 2:
            continue
        stripped = [ln.strip() for ln in lines]
        after = i + len(bullets) + 1
        # Each story starts under its headline again; one the page leaves out (a saved page cut
        # short) is its bulleted line alone.
        at = [next((k for k in range(after, len(lines)) if stripped[k] == b), None) for b in bullets]
        if sum(k is not None for k in at) < 2:
            return []
        day = opening.start
        return sorted(
            (i + 1 + n if k is None else k, day, b, "line") for n, (b, k) in enumerate(zip(bullets, at, strict=True))
        )
    return []


def _saved_on(lines: list[str], head: Header) -> bool:
    """Whether the header's day is the one a crawl wrote first on its line (" date 2021-12-20 ...")."""
    return head.date is not None and head.date_line >= 0 and bool(RE_BARE_DATE_KEY.match(lines[head.date_line].strip()))


def _collection_page(lines: list[str], first_mark: int) -> bool:
    """Is the page one of a tag, a category or an archive, by its heading: its first line of text, or
    the second under a link of a few words ("Ir a Noticias", then "Noticias de 27 de abril")? An
    article's "Category: News" field stands under its title."""
    # Its first three lines of text are all it needs: most pages asked have a single date far down.
    texts = (_strip_markup(ln) for ln in lines[:first_mark] if ln.strip() and not RE_BOILERPLATE.match(ln))
    above = list(itertools.islice(texts, 3))
    if above and len(above[0].split()) <= 3 and len(above) > 1 and not RE_COLLECTION_HEADING.match(above[0]):
        above = above[1:]
    # The post's headline stands between the heading and its date.
    return len(above) >= 2 and bool(RE_COLLECTION_HEADING.match(above[0]))


# "Monthly Archives: April 2013", "Archives for March 2013", "Archives mensuelles : mars 2013": a page of
# one month's posts, each of them of that month.
RE_MONTH_ARCHIVE = re.compile(
    r"^\s*(?:(?:monthly|daily|yearly) archives?\s*:|archives? for|archives? mensuelles?\s*:|archivo mensual\s*:)"
    r"\s*(?P<month>.+?)\s*$",
    re.I,
)


# The lines of text between a title and its date line in an article's header: a kicker, a byline,
# a standfirst.
HEADER_LINES = 3


def listing_items(lines: list[str], head: Header) -> list[dict]:
    """The items of a listing page, [] for an article; on a month's archive, the posts undated by
    their own lines take the month, and one post shown alone is still an item of it."""
    heading = _heading_line(lines)
    items = _listing_items(lines, head, heading)
    if len(items) >= 2 and len({it["title"] for it in items}) == 1:
        # "Newsroom // News Releases" over two days: a page's section heading, then the day the page
        # was crawled and the article's own day. Items each have a headline of their own.
        items = []
    if _one_day_repeated(lines, head, items):
        items = []
    if heading is None:
        return items
    m = RE_MONTH_ARCHIVE.match(_strip_markup(lines[heading]))
    month = D.parse_date_value(m.group("month")) if m else None
    if month is None or month[1] is None:
        return items
    if not items:
        items = _archive_post(lines, heading)
    for it in items:
        if it["date"] is None:
            it["date"] = (month[0], month[1], None)
    return items


def _one_day_repeated(lines: list[str], head: Header, items: list[dict]) -> bool:
    """ "2 July 2019 at 4:21 pm" under the title, again over the print version: an article's date line
    written two or three times, the first in its header, is not a page of items posted the same day
    (a day's stories, each with its dateline, are; so is a conference's programme further down)."""
    if not 2 <= len(items) <= 3 or len({it["date"] for it in items}) > 1 or head.title_line < 0:
        return False
    if items[0]["date"] is None or items[0]["date"][2] is None:
        return False
    said = Counter(lines[it["date_line"]].strip() for it in items)
    if said.most_common(1)[0][1] < 2:
        return False  # "WAUKESHA, Wis. (8/8/12)--", "LITTLE ROCK, Ark. (8/8/12)--": two stories of a day
    first = min(it["date_line"] for it in items)
    return sum(1 for ln in lines[head.title_line + 1 : first] if ln.strip()) <= HEADER_LINES


def _tag_title(lines: list[str], head: Header) -> bool:
    """The header took a page's "Topic: ..." heading for its title: the items are below it."""
    return head.title_line >= 0 and RE_TAG_HEADING.match(_strip_markup(lines[head.title_line])) is not None


def _heading_line(lines: list[str]) -> int | None:
    """The page's own heading: its first line of text."""
    return next((j for j, ln in enumerate(lines) if ln.strip() and not RE_BOILERPLATE.match(ln)), None)


def _archive_post(lines: list[str], heading: int) -> list[dict]:
    """The one post under an archive's heading: its headline, the first line of text below."""
    title_line = _next_content(lines, heading, len(lines))
    if title_line is None or not _title_like(lines[title_line]):
        return []
    return items_from(lines, [title_line])


RE_BYLINE_ONLY = re.compile(rf"(?i:{BY_WORDS})" + r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


def _listing_items(lines: list[str], head: Header, heading: int | None) -> list[dict]:
    """Items of a listing page: each a title with its own date line, or one line holding both.
    `heading` is the page's first line of text, None on a page without one."""
    marks: list[tuple[int, tuple, str | None, str]] = []  # (line index, date, title or None, kind)
    # A page that opens straight on its items ("- 28 Mar 2024: Title") has no title line above them.
    # So does one whose header took the first item's dated line for its title ("Title by Jane Doe May 15th 2009").
    floor = next((j - 1 for j in range(max(0, head.title_line + 1)) if _dated_title(lines[j])), head.title_line)
    if floor == head.title_line >= 0 and _is_table_row(lines[floor].strip()) and _dated_title(lines[floor]):
        floor -= 1  # a table's first row is no title above the rest
    # The page's own heading is its first line of text: the header may have taken the first item's
    # headline for the title ("Provincial", then the items).
    heading = floor if heading is None or _tag_title(lines, head) else heading
    floor = min(floor, heading)
    opens_on_item = False  # whether the page's first line is its first item's date
    if 0 <= heading < len(lines) and item_date(lines[heading].strip()) is not None:
        # "August 17, 2017", then a headline, and "August 10, 2017" further down: the page opens on its
        # first item's date. A date line alone at the top is an article's ("13.10.2017", then its title).
        # Each such date has a headline under it ("Legal basis" under a date of a table of fields is none).
        shape = date_shape(lines[heading])
        dated = [j for j in range(heading, len(lines)) if lines[j].strip() and date_shape(lines[j]) == shape]
        headed = [j for j in dated if item_date(lines[j].strip()) and _headline_below(lines, j)]
        # A news wall of three days or more, each over its story's first paragraph and no headline,
        # opens on its first story too ("Thursday, 31 October 2013 - 6pm", then "On 31st October, ...").
        walled = [j for j in dated if item_date(lines[j].strip()) and _paragraph_below(lines, j)]
        if headed[:1] == [heading] and len(headed) >= 2 or walled[:1] == [heading] and len(walled) >= 3:
            floor = heading - 1
            opens_on_item = True
    for i, line in enumerate(lines):
        if i <= floor:
            continue
        s = line.strip()
        if not s or not RE_DIGIT.search(s) or RE_MONTH_HEADER.match(s):
            continue  # every item's date has a number
        d = item_date(s) if len(s) <= 160 else None  # a date line is short
        if d is not None and _update_label_above(lines, i):
            continue  # "Last updated" on its own line, then the day: the page's revision, no item
        if d is not None:
            marks.append((i, d, None, "date"))
            continue
        dated_title = _dated_title(s)
        if dated_title and RE_BYLINE_ONLY.fullmatch(dated_title[1]):
            marks.append((i, dated_title[0], None, "date"))  # "30 Dicembre 2014 By Giuseppe": a date and a byline
            continue
        if dated_title:
            marks.append((i, *dated_title, "line"))
            continue
        s = RE_BYLINE_BEFORE_DATELINE.sub(r"\1, ", s)  # "By Ashley Holst LONDON March 25, 2024 – ..."
        m = RE_BRACKET_DATELINE.match(s) or RE_DATELINE.match(s)
        if m and len(s.split()) > 8:
            d = D.parse_date_value(m.group("date"))
            if d is None:  # "MADISON, Wis. (2/14/14)--": a wire's month/day/year
                d = us_short_day(m.group("date").strip())
            if d is not None and d[2] is not None:
                marks.append((i, d, None, "dateline"))
    # "2. eNewsUpdate Issue No 2, February 2019" over its own "28 February 2019": the month closing a
    # headline names its issue; the day under it is the item's.
    marks = [
        mk
        for k, mk in enumerate(marks)
        if not (
            mk[3] == "line"
            and mk[1][2] is None
            and k + 1 < len(marks)
            and marks[k + 1][3] == "date"
            and marks[k + 1][1][2] is not None
            and _next_content(lines, mk[0], len(lines)) == marks[k + 1][0]
        )
    ]
    # The header's date line is the page's own unless it has the shape of the items' date lines
    # (a listing whose first item the header took for the article: "20 June 2018" under a headline).
    # (A blog that shows whole posts, each under its day, opens on the first post's day, however long.)
    if head.date_line >= 0 and any(mk[0] == head.date_line for mk in marks) and not opens_on_item:
        target = mark_shape(lines[head.date_line])
        later = [mk[0] for mk in marks if mk[0] > head.date_line]
        gap = " ".join(lines[head.date_line + 1 : later[0]]) if later else ""
        # An agenda's sessions, each day with its hours on the next line, are items however long each is.
        sessions = _timed(lines, head.date_line) and any(_timed(lines, j) for j in later)
        if (
            len(gap.split()) > 150
            and not sessions
            or not any(mark_shape(lines[mk[0]]) == target for mk in marks if mk[0] != head.date_line)
        ) and not (_dated_title(lines[head.date_line]) and item_date(lines[head.date_line]) is None):
            marks = [mk for mk in marks if mk[0] != head.date_line]
    # "02 May 2013 • Endcap Articles" on every card: the words beside each date are the section's
    # name, the same on every item, not a headline; the headline stands above the date.
    titled = [mk for mk in marks if mk[3] == "line"]
    if len(titled) >= 3 and len({mk[2] for mk in titled}) == 1:
        marks = [(i, d, None, "date") if kind == "line" else (i, d, t, kind) for i, d, t, kind in marks]
    # A dateline in the summary under an item's own date line is the same item's.
    kept: list[tuple[int, tuple, str | None, str]] = []
    for mk in marks:
        if (
            (mk[3] == "dateline" or mk[3] == "line" and mk[1] == kept[-1][1] if kept else False)
            and kept
            and kept[-1][3] == "date"
        ):
            between = [lines[j] for j in range(kept[-1][0] + 1, mk[0]) if lines[j].strip()]
            if not between:
                continue
        kept.append(mk)
    marks = kept
    # A page of press clippings has more items than date lines of its own.
    clipped = clipping_marks(lines, floor, marks)
    if len(clipped) > 2 * len(marks):
        marks = clipped
    # The header's date where it is a whole day: the one post of a tag's or an archive's page may be
    # dated by it, and so may a teaser.
    header_day = head.date if head.date_line >= 0 and head.date is not None and head.date[2] is not None else None
    single: list[tuple[int, tuple, str | None, str]] = marks
    if not marks and header_day is not None and head.date_line > heading:
        single = [(head.date_line, header_day, None, "date")]
    one_post = len(single) == 1 and _collection_page(lines, single[0][0])
    if one_post:
        marks = single
    elif len(marks) < 2:
        day_lines = {mk[0]: mk[1] for mk in marks}
        if header_day is not None:
            day_lines.setdefault(head.date_line, header_day)
        marks = (
            _yearless_marks(lines, head, floor)
            or _yearless_day_paragraphs(lines, head, floor)
            or _yearless_datelines(lines, floor, single)
            or _digest_marks(lines, floor)
        )
        if len(marks) < 2:
            teasers = teaser_items(lines, floor, day_lines)
            if len(teasers) == 1 and teasers[0]["title"] == head.title and _saved_on(lines, head):
                teasers = []  # an article, cut short, that a crawl saved with its day: no teaser of a page
            return (
                teasers
                or named_read_ons(lines, floor)
                or paired_items(lines, floor)
                or line_pairs(lines, floor)
                or repeated_headlines(lines, floor)
                # From the top: the header may have taken the first card's headline for the page's.
                or card_items(lines, -1)
            )
    if head.date_line >= 0 and head.date_line not in {mk[0] for mk in marks}:
        top = max(floor, head.date_line) if head.date_line < marks[0][0] else floor
    else:
        top = floor
        if 0 <= head.title_line == top < head.date_line and (head.date_line, "dateline") in {
            (m[0], m[3]) for m in marks
        }:
            top -= 1  # the header's title and dateline are the first item's
    # A page of items starts with them: an article that ends with dated "related content"
    # links is still one article (a long introduction is allowed above many items).
    lead = " ".join(lines[top + 1 : max(0, marks[0][0] - 2)])
    if len(lead.split()) > (400 if len(marks) >= 4 else 250 if len(marks) == 3 else 80):
        return []
    # Titles stand above their date lines (a title, then "19 April 2023") or below them
    # (a "### 29 May 2024" heading, then the text): the first item shows the page's layout.
    # The first few items vote; a date on a bullet's line, or a "### 29 May 2024" heading, heads its text.
    votes = []
    read_on_above = False  # "Leggi tutto", then the next date line: the headlines stand below their dates
    for k, (i, _, title, kind) in enumerate(marks):
        if title is not None or kind == "dateline":
            continue
        lo = marks[k - 1][0] if k else top
        nearest = next((j for j in range(i - 1, lo, -1) if lines[j].strip()), None)
        read_on_above = read_on_above or nearest is not None and bool(RE_READ_ON_LINE.match(lines[nearest].strip()))
        above = _headline_above(lines, i, lo)
        if RE_BULLET.match(lines[i]) or lines[i].lstrip().startswith("#") or _timed(lines, i):
            votes.append(False)  # a session's day and hours head its title
        elif (
            above
            and RE_BULLET.match(lines[above[-1]])
            and len(above) == 1
            and above[-1] == i - 1
            and not _title_like(lines[above[-1]])
        ):
            votes.append(False)
        else:
            votes.append(bool(above) and _title_like(" ".join(lines[j].strip() for j in above)))
        if len(votes) == 3:
            break
    title_above = (sum(votes) * 2 >= len(votes) if votes else True) and not read_on_above
    # "Headline / summary / June 14th, 2017|", card after card: the page's own heading is the first
    # card's headline, and each date closes its card.
    first_headline = None if title_above else _first_card_closes(lines, marks, top)
    closing = first_headline is not None
    title_above = title_above or closing
    items: list[dict[str, Any]] = []
    said = Counter(s for line in lines if (s := line.strip()))
    for k, (i, d, title, kind) in enumerate(marks):
        lo = marks[k - 1][0] if k else top
        nxt = marks[k + 1][0] if k + 1 < len(marks) else len(lines)
        title_line, start = i, i
        if title is not None and len(title.split()) > 18:
            # "5 July 2024 — Refugees and migrants continue to face ...": a summary under its headline.
            above = _paragraph_above(lines, i, lo)
            if above and _title_like(" ".join(lines[j].strip() for j in above)):
                title, kind = None, "dateline"
        # "• MADISON, Wis. (7/1/13)--One credit union ...": a digest's brief, its dateline on its bullet, no headline
        teaser = _after_dateline(lines[i]) if kind == "dateline" and RE_BULLET.match(lines[i]) else ""
        if title is None:
            above = _headline_above(lines, i, lo, closing) if (title_above or kind == "dateline") and not teaser else []
            if first_headline is not None and not k:
                above = [first_headline]
            elif not above and not k and title_above and _heads_first_item(lines, top, i):
                above = [top]  # "L'ESS francilienne s'est mobilisée !", then its day: the header took the headline
            if (
                above
                and RE_BULLET.match(lines[above[0]])
                and len(above) == 1
                and (_is_credit(RE_BULLET.sub("", lines[above[0]])) or not _title_like(lines[above[0]]))
            ):
                above = []
            if above:
                title_line, start = above[0], above[0]
                title = " ".join(_item_title(lines[j]) for j in _without_kickers(lines, above, said))
                # The item starts at its number or bullet ("  2. News", then the headline); a card
                # whose date closes it (headline, summary, date) at the bullet before its photo caption.
                if any(lines[j].strip() for j in range(above[-1] + 1, i)):
                    start = next((j for j in range(above[0] - 1, lo, -1) if RE_BULLET.match(lines[j])), start)
                for j in range(above[0] - 1, lo, -1):
                    if lines[j].strip():
                        if (
                            RE_BULLET.match(lines[j])
                            and not _title_like(" ".join(lines[x] for x in range(j, i)))
                            or RE_BULLET.match(lines[j])
                            and len(lines[j].split()) <= 5
                        ):
                            start = j
                        break
            elif teaser:
                title = teaser
            elif kind == "dateline":
                continue
            else:
                below = _next_content(lines, i, nxt)
                while below is not None and (
                    RE_EMPTY_BYLINE.fullmatch(_strip_markup(lines[below]).strip()) or RE_HOURS.fullmatch(lines[below])
                ):
                    below = _next_content(lines, below, nxt)  # "Written by", its author's name lost; "14:00 - 15:30"
                if below is None:
                    continue
                # A summary under its date, with no headline, titles the item; its cut is no part of it.
                title_line, title = below, RE_CUT_SUMMARY.sub("", _item_title(lines[below])).strip()
                if RE_BULLET.match(lines[i]) is None:
                    b = i - 1
                    while b > lo and lines[b].strip() and RE_BULLET.match(lines[b]) is None:
                        b -= 1
                    if b > lo and RE_BULLET.match(lines[b]) and b >= i - 2:
                        start = b
        title = re.sub(r"\s*[,;:]\s*$", "", RE_LEADING_MARK.sub("", title)).strip()
        if len(title) > 200:
            title = title[:190].rsplit(" ", 1)[0] + "…"
        items.append(
            {"title_line": title_line, "date_line": i, "date": d, "title": title, "start": min(start, title_line, i)}
        )
    # Each item's text runs from its first line to the next item's first line.
    for k, it in enumerate(items):
        last = items[k + 1]["start"] if k + 1 < len(items) else len(lines)
        body = []
        for j in range(it["start"], last):
            s = lines[j].strip()
            if RE_SEPARATOR.match(s) or RE_MONTH_HEADER.match(s):
                continue
            body.append(lines[j])
        it["lines"] = body
        # "Read more about: Gender equality in the cocoa trade»": the link to the story names it in full.
        named = next((m for ln in body if (m := RE_READ_MORE_ABOUT.match(ln))), None)
        if named and len(named.group("title").split()) >= 3:
            it["title"] = named.group("title")
    return items if len(items) >= (1 if one_post else 2) else []


RE_WORD = re.compile(r"[^\W\d_]+")


def _without_kickers(lines: list[str], above: list[int], said: Counter[str]) -> list[int]:
    """'Read More » -', then 'News', then the headline: the lines of a few words said above every
    card (the last card's link, a section's name) are no part of a headline."""
    while len(above) > 1 and said[lines[above[0]].strip()] >= 3 and len(RE_WORD.findall(lines[above[0]])) <= 3:
        above = above[1:]
    return above


RE_READ_MORE_ABOUT = re.compile(
    r"\s*(?:read more about|read more on|continue reading)\s*:?\s+(?P<title>.+?)[\s»›>→]*$", re.I
)


def _heads_first_item(lines: list[str], top: int, i: int) -> bool:
    """Is the line above the items (the page's title, to the header) the first item's headline: a
    headline of several words with nothing but blank lines between it and the item's date line?"""
    return (
        0 <= top < i
        and len(lines[top].split()) >= 3
        and _title_like(lines[top])
        and not any(ln.strip() for ln in lines[top + 1 : i])
    )


# An item's summary opened by its author's byline, then the dateline's town in capitals and no comma.
RE_BYLINE_BEFORE_DATELINE = re.compile(r"^By (?:[A-Z][\w'’.-]+ ){1,3}([A-Z]{3,}(?: [A-Z]{3,})?) (?=[A-Z][a-z]+\.? \d)")


def _after_dateline(line: str) -> str:
    s = RE_BULLET.sub("", line).strip()
    m = RE_BRACKET_DATELINE.match(s) or RE_DATELINE.match(s)
    return s[m.end() :].strip() if m else ""


def _first_card_closes(lines: list[str], marks: list, top: int) -> int | None:
    """A headline, a summary, then the first date line, and after the last date line nothing
    more: cards that a date closes. The first card's headline line: the page's heading where the
    header took it for the page's title, else the short block above the summary."""
    if top < 0 or marks[0][2] is not None:
        return None
    summary = _paragraph_above(lines, marks[0][0], top)
    if not summary or _title_like(" ".join(lines[j].strip() for j in summary)):
        return None
    if _next_content(lines, marks[-1][0], len(lines)) is not None:
        return None
    if not any(lines[j].strip() for j in range(top + 1, summary[0])):
        return top if _title_like(lines[top]) else None
    # "Intro ...", then "Headline", "Summary ...", "02 May 2013": the line above the summary
    # (under a table's column names, "Title Post date", where the page has them).
    block = _paragraph_above(lines, summary[0], top)
    if block and _title_like(lines[block[-1]]) and not lines[block[-1]].rstrip().endswith("."):
        return block[-1]
    return None


def _headline_below(lines: list[str], i: int) -> bool:
    below = _next_content(lines, i, len(lines))
    return below is not None and len(lines[below].split()) >= 3 and _title_like(lines[below])


def _paragraph_below(lines: list[str], i: int) -> bool:
    below = _next_content(lines, i, len(lines))
    return below is not None and len(lines[below].split()) >= 12 and item_date(lines[below].strip()) is None


RE_UPDATE_LABEL = re.compile(r"(?:last\s+)?(?:updated|modified|revised|amended)(?:\s+on)?\s*:?", re.I)


def _update_label_above(lines: list[str], i: int) -> bool:
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j >= 0 and RE_UPDATE_LABEL.fullmatch(lines[j].strip()) is not None


def _previous_content(lines: list[str], i: int, floor: int) -> int | None:
    j = i - 1
    while j > floor:
        s = lines[j].strip()
        if _field_key(s) in NOT_TITLE_KEYS:
            j -= 1
            continue
        if s and not _is_credit(s) and not RE_MONTH_HEADER.match(s):
            if RE_SEPARATOR.match(s):
                return None
            return j
        j -= 1
    return None


# A line of hours alone: "14:00 - 15:30", "9.30am – 11am CET".
RE_HOURS = re.compile(
    r"\s*\d{1,2}(?:[:.h]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:-|–|—|to)\s*\d{1,2}(?:[:.h]\d\d)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?[A-Z]{2,5}\)?)?\s*",
    re.I,
)


def _timed(lines: list[str], i: int) -> bool:
    """Whether the line after line i is a line of hours: a session's day, then its time."""
    j = _next_content(lines, i, min(len(lines), i + 3))
    return j is not None and RE_HOURS.fullmatch(lines[j]) is not None


def _next_content(lines: list[str], i: int, stop: int) -> int | None:
    for j in range(i + 1, stop):
        s = lines[j].strip()
        if s and not _is_credit(s) and not RE_SEPARATOR.match(s):
            return j
    return None
