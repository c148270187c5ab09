"""Text -> records: an article's title, publication date and entities, or a
listing page and its items.

`parse_article` works on one file and knows nothing of the others; organisations
come out as mentions, and `resolve.py` merges them into entities across the
corpus. Nothing here prints or touches the terminal."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ssecli.extract import PARSER_VERSION  # noqa: F401  (re-exported)
from ssecli.extract import dates as D
from ssecli.extract.orgs import Definition, OrgMention, find_orgs
from ssecli.extract.people import find_credits, find_people
from ssecli.extract.places import find_places, is_place
from ssecli.extract.places import lookup as lookup_place
from ssecli.extract.text import SpanMask, fold, sentence_at, sentences
from ssecli.models import Credit, Event, Person, Place, Record

# An honorific and a surname alone: "Sr. Mendoza", "Prof. Kim".
RE_TITLED_SURNAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sr|Sra|Mme|M|Minister|Mayor|President)\.?\s+(?P<name>[A-Z][\w'’-]+)"
)

# Lines of page furniture above or around an article, saved along with it.
RE_BOILERPLATE = re.compile(
    r"^\s*(?:home\s*[>»/›].*|share(?: this)?(?: page| article)?|print|back to (?:top|news)"
    r"|related (?:content|news|links|articles)"
    r"|press release|news release|for immediate release|media advisory|skip to (?:main )?content|menu|search"
    r"|read more|tags?:?|permalink|permanent link|[-=*_#~]{3,}|\*\s*\*\s*\*)\s*$",
    re.I,
)
# "Date: ...", "Published: ...", "Last updated: ..." and the other fields of a header block.
# "title:" and "pubDate:" as YAML front matter and feeds write them, too.
RE_FIELD = re.compile(r"^\s*[*_]*(?P<key>[A-Za-z][A-Za-z: ]{1,24}?)[*_]*\s*:\s*(?P<value>.+)$")
DATE_KEYS = {
    "date": 0,
    "published": 0,
    "posted on": 0,
    "published on": 0,
    "modified on": 2,
    "updated on": 2,
    "publication date": 0,
    "posted": 0,
    "date published": 0,
    "issued": 0,
    "released": 0,
    "release date": 0,
    "pubdate": 0,
    "dc:date": 0,
    "published at": 0,
    "sent": 1,
    "lastbuilddate": 2,
    "updated": 2,
    "last updated": 2,
    "modified": 2,
    "last modified": 2,
}
TITLE_KEYS = {"subject", "title", "headline"}
# Fields of a feed or an export that are never an item's title.
NOT_TITLE_KEYS = {
    "link",
    "url",
    "guid",
    "id",
    "description",
    "summary",
    "source",
    "author",
    "category",
    "categories",
    "tags",
    "image",
    "permalink",
    "comments",
    "creator",
    "dc:creator",
    "content",
    "encoded",
}
HEADER_KEYS = set(DATE_KEYS) | {
    "source",
    "author",
    "by",
    "tags",
    "from",
    "to",
    "cc",
    "subject",
    "contact",
    "category",
    "categories",
    "location",
    "type",
    "section",
    "topic",
    "topics",
    "language",
    "reading time",
    "photo",
    "credit",
    "ref",
    "reference",
    "tel",
    "email",
    "media",
    "press",
    "enquiries",
    "inquiries",
    "phone",
    "fax",
    "website",
    "web",
    "link",
    "url",
    "guid",
    "id",
    "permalink",
    "slug",
    "layout",
    "draft",
    "lang",
    "image",
}
# A label before a date on its own line: "News | 26 May 2021", "*Published on 4 October 2022*".
RE_DATE_LABEL = re.compile(
    r"^[\s*_#>]*(?:(?:[A-Za-z][A-Za-z ]{0,30}?)\s*(?:\||:|–|—|-|·|•)\s*|(?:Published|Posted|Updated|"
    r"Last updated|Issued|Released|Dated)\s+(?:on\s+)?)?(?P<rest>.+?)[\s*_]*$",
    re.I,
)
# A dateline opening the body: "Brussels, 9 December 2021 –", "SEOUL, March 3, 2022 /PRNewswire/ --".
RE_DATELINE = re.compile(
    r"^[\s*_]*(?P<place>[A-Z](?:[^\W\d_]|[ .'’-]){1,40}?)(?:,\s*[A-Z](?:[^\W\d_]|[ .'’-]){1,30}?)?"
    r"(?:\s*\([^)\n]{1,40}\))?,\s*(?P<date>[^–—/\n]{6,40}?)"
    r"\s*(?:/[^/\n]{1,40}/)?\s*(?:--|–|—|-|:)\s"
)
# " date 2024-06-21 Shoppers at ...": a saved page's date as its first word, glued to the text that follows.
RE_BARE_DATE_KEY = re.compile(r"^date\s+((?:19|20)\d\d-\d\d-\d\d)\b")
RE_NUMBERED = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*•]|#{1,4})\s+")
RE_SEPARATOR = re.compile(r"^\s*(?:[-–—=*_~#]+|\*\s*\*\s*\*)\s*$")
RE_MONTH_HEADER = re.compile(r"^\s*#*\s*" + D._MON + r",?\s+(?:19|20)\d\d\s*$")
# Title and date on one line: "2022-06-30 — Title", "14 May 2024 | Title", "Title | 14 May 2024".
RE_LEADING_DATE_SPLIT = re.compile(r"\s+(?:\||—|–|-)\s+|\s*:\s+|\t+| {2,}")


@dataclass
class Parsed:
    """One file's records before the corpus merges organisations across files."""

    record: Record
    definitions: list[Definition] = field(default_factory=list)
    # record id -> org mentions in that record (page and items alike)
    mentions: dict[str, list[OrgMention]] = field(default_factory=dict)
    candidates: dict[str, list[OrgMention]] = field(default_factory=dict)


# "[IFFCO](https://www.iffco.in)": a Markdown link reads as its text.
RE_MARKDOWN_LINK = re.compile(r"\[([^\]\n]{1,200})\]\((?:https?://|mailto:|/)[^)\s]*\)")


RE_MARKUP_START = re.compile(r"^\s*<(?:\?xml|rss|feed|!DOCTYPE|html)\b", re.I)
RE_ELEMENT_LINE = re.compile(r"<(?:[\w-]+:)?([\w-]+)(?:\s[^<>]*)?>([^<\n]*)</(?:[\w-]+:)?\1>")
RE_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
RE_TAG = re.compile(r"<[^>\n]{0,300}>")
# Elements of a page's body, whose text is text, not a field of a feed.
HTML_BLOCKS = {
    "p",
    "div",
    "span",
    "li",
    "td",
    "th",
    "a",
    "b",
    "i",
    "em",
    "strong",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "figcaption",
    "small",
    "u",
    "code",
    "pre",
    "section",
    "article",
    "header",
    "footer",
}


def markup_to_text(raw: str) -> str:
    """A feed or page saved as XML or HTML, as the lines a reader sees: an element on one line
    becomes 'name: text' (<title>, <pubDate>: read as the fields of a feed), other tags go."""
    import html

    text = RE_CDATA.sub(lambda m: m.group(1), raw)
    text = RE_ELEMENT_LINE.sub(
        lambda m: m.group(0) if m.group(1).lower() in HTML_BLOCKS else f"{m.group(1)}: {m.group(2).strip()}", text
    )
    text = re.sub(r"<(?:br|/p|/div|/h\d|/li|/tr|/item|/entry)\b[^>]*>", "\n", text, flags=re.I)
    text = html.unescape(RE_TAG.sub(" ", text))
    return re.sub(r"\n\s*\n(\s*\n)+", "\n\n", "\n".join(line.strip() for line in text.split("\n")))


# "**Dragana Petrović**, President of ...": emphasis marks are not part of the words.
RE_MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*])\*\*?([^\s*][^*\n]{0,200}?)\*\*?(?![\w*])")


def normalise_text(raw: str) -> str:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if RE_MARKUP_START.match(text):
        text = markup_to_text(text)
    text = RE_MARKDOWN_LINK.sub(r"\1", text)
    text = RE_MARKDOWN_EMPHASIS.sub(r"\1", text)
    return text.replace("\u00a0", " ").replace("\t", " ")


RE_HEADING_MARK = re.compile(r"^\s*#{1,6}\s*")
RE_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def _strip_markup(line: str) -> str:
    if "#" in line:
        line = RE_HEADING_MARK.sub("", line)
    if "[" in line:
        line = RE_LINK.sub(r"\1", line)
    return line.strip().strip("*_").strip()


# The parts of a header line: "17 October 2023 | Economic Development", "No. 27 / 2022. 11. 30.",
# "Cooperative Voices | Interview by Lucas Ferreira | August 8, 2023".
RE_HEADER_PARTS = re.compile(r"\s+(?:\||/|·|•|–|—)\s+")
RE_TRAILING_DAY = re.compile(
    r",\s+(?:[A-Z][a-z]+,?\s+)?((?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}))\s*$"
)
# "Posted on 2023-11-02 by Esther Kamau": the author after the date.
RE_BY_AUTHOR = re.compile(r"\s+by\s+\S[^|]*$")


def line_date(line: str, labels: bool = False) -> tuple | None:
    """The date a line holds if the line is nothing but a date (with a label). With `labels`,
    as in an article's header, the date may also stand among short labels."""
    s = _strip_markup(line)
    if not s or len(s) > 120:
        return None
    d = D.parse_date_value(s)
    if d:
        return d
    m = RE_DATE_LABEL.match(s)
    if m and m.group("rest") != s:
        d = D.parse_date_value(m.group("rest")) or D.parse_date_value(RE_BY_AUTHOR.sub("", m.group("rest")))
        if d:
            return d
    if labels:
        # "Published 12/09/2023 - 15:42 | Updated ...", "Posted on 9 October 2023 by the Team | 4 min read":
        # the first part that is a date once its label and author are taken off.
        parts = RE_HEADER_PARTS.split(s) if " | " in s else []
        for k, part in enumerate(parts):
            lm = RE_DATE_LABEL.match(part.strip())
            core = RE_BY_AUTHOR.sub("", lm.group("rest") if lm else part).strip()
            d = D.parse_date_value(core)
            if d and all(len(p.split()) <= 6 for j, p in enumerate(parts) if j != k):
                return d  # not "2024-05-14 | A headline of many words": a listing's row
        # "International Day of Cooperatives, Geneva, 1 July 2023": an occasion and a place, then the day.
        tail = RE_TRAILING_DAY.search(s)
        if tail and len(s.split()) <= 14:
            d = D.parse_date_value(tail.group(1))
            if d and d[2] is not None:
                return d
        parts = RE_HEADER_PARTS.split(s)
        dated = [d for d in map(D.parse_date_value, parts) if d]
        rest = [p for p in parts if not D.parse_date_value(p)]
        if len(parts) > 1 and len(dated) == 1 and all(len(p.split()) <= 6 for p in rest):
            return dated[0]
    return None


def field_date(line: str) -> tuple[int, tuple] | None:
    m = RE_FIELD.match(line)
    if not m:
        return None
    key = m.group("key").strip().lower()
    if key not in DATE_KEYS:
        return None
    d = D.parse_date_value(_strip_markup(m.group("value")))
    if d is None:
        found = [x for x in D.find_dates(m.group("value")) if x.start[0] is not None and x.start == x.end]
        d = found[0].start if found else None
    return (DATE_KEYS[key], d) if d else None


def dateline_date(line: str) -> tuple | None:
    m = RE_DATELINE.match(line)
    if not m:
        return None
    d = D.parse_date_value(m.group("date"))
    # "Lévis (Qc), October 16, 2018 -": a whole day after a name is a dateline even where the place is unknown.
    if d is None or not is_place(m.group("place").strip().title()) and not m.group("place").isupper() and d[2] is None:
        return None
    return d


def _is_header_field(line: str) -> bool:
    m = RE_FIELD.match(line)
    return m is not None and m.group("key").strip().lower() in HEADER_KEYS


def _doc_id(stem: str) -> str:
    m = re.match(r"(\d+)", stem)
    return m.group(1) if m else stem


def parse_article(raw: str, source: str, record_id: str | None = None) -> Parsed:
    text = normalise_text(raw)
    stem = re.sub(r"\.txt$", "", source, flags=re.I)
    rid = record_id or _doc_id(stem)
    lines = text.split("\n")
    head = _header(lines)
    title = head.title or stem
    items = _listing_items(lines, head)
    if items:
        first_item = min(it["start"] for it in items)
        if head.title_line >= first_item:
            # The page's own title is what stands above its first item: "SSE Knowledge Hub | Latest updates".
            above = [_strip_markup(ln) for ln in lines[:first_item] if ln.strip() and not RE_BOILERPLATE.match(ln)]
            title = above[0] if above else stem
        return _parse_listing(text, source, rid, title, items, head)
    record = Record(id=rid, source=source, title=title, text=raw)
    parsed = Parsed(record)
    _extract_into(parsed, record, text, head.date, infer=head.date is None)
    return parsed


@dataclass
class Header:
    title: str | None = None
    title_line: int = -1
    date: tuple | None = None
    date_line: int = -1
    body_start: int = 0


def _header(lines: list[str]) -> Header:
    """Title, publication date and where the body starts."""
    head = Header()
    best_rank = 9
    scanned = 0
    fallback = None
    month_line = None
    content_after_title = 0
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        scanned += 1
        if scanned > 30:  # a page saved with its navigation and cookie banner puts the title far down
            break
        fd = field_date(s)
        if fd is None and (bm := RE_BARE_DATE_KEY.match(s)) and (bare := D.parse_date_value(bm.group(1))):
            fd = (0, bare)
        if fd and fd[1] and fd[0] < best_rank:
            best_rank, head.date, head.date_line = fd[0], fd[1], i
            continue
        m = RE_FIELD.match(s)
        if m and m.group("key").strip().lower() in TITLE_KEYS:
            if head.title is not None and head.title_line >= 0 and lines[head.title_line].strip() != s:
                break  # "Title: ..." after the page's title: the first item of a feed
            head.title, head.title_line = _strip_markup(m.group("value")).strip("\"'"), i
            continue
        if _is_header_field(s) or RE_BOILERPLATE.match(s):
            continue
        if head.title is not None and (RE_SEPARATOR.match(s) or RE_NUMBERED.match(s)):
            break  # a rule or a numbered or bulleted line under the title opens the body or a list of items
        if best_rank > 1 and RE_MONTH_HEADER.match(s) and month_line is None and content_after_title <= 2:
            # "June 2023" under a title: the date of a report, unless the page turns out to list items.
            month_line = (D.parse_date_value(_strip_markup(s)), i)
        if best_rank > 1 and not RE_MONTH_HEADER.match(s) and content_after_title <= 2 and month_line is None:
            ld = line_date(s, labels=True) or dateline_date(s)
            if ld is not None:
                best_rank, head.date, head.date_line = 1, ld, i
                if head.title is None and fallback is not None:
                    # "Annual report" above its date line: a short title is still the title.
                    head.title, head.title_line = fallback
                if line_date(s, labels=True) is not None:
                    continue
        if head.title is not None:
            content_after_title += 1
        if head.title is None:
            if line_date(s) is None and not RE_SEPARATOR.match(s) and not _is_credit(RE_NUMBERED.sub("", s)):
                if fallback is None:
                    fallback = (_strip_markup(s), i)
                if _looks_like_title(s) and not _dated_title(s):
                    head.title, head.title_line = _strip_markup(s), i
                    if (
                        fallback[1] < i
                        and RE_SENTENCE_END.search(head.title)
                        and not RE_SENTENCE_END.search(fallback[0])
                        and len(fallback[0].split()) >= 3
                    ):
                        # "The department works closely with ..." under "Social and Solidarity Economy
                        # Department": a sentence is the text, the line above it the title.
                        head.title, head.title_line = fallback
            continue
    if head.title is None and fallback is not None:
        head.title, head.title_line = fallback
    if head.date is None and month_line is not None and month_line[0] is not None:
        head.date, head.date_line = month_line
    if head.date is not None and head.date[2] is None:
        # "Released: January 2009", then "OTTAWA, Jan. 7 /CNW/ -": the dateline's day, the year stated above.
        for j in range(
            max(head.date_line, head.title_line) + 1, min(len(lines), max(head.date_line, head.title_line) + 6)
        ):
            m = RE_DATELINE.match(lines[j])
            if m:
                day = [x for x in D.find_dates(m.group("date")) if x.start[0] is None and x.start[2] is not None]
                if day and (head.date[1] is None or head.date[1] == day[0].start[1]):
                    head.date = (head.date[0], day[0].start[1], day[0].start[2])
                break
    if head.title and len(head.title) > 150:
        # A first line that is a whole paragraph: its first sentence, cut at a word.
        first = re.split(r"(?<=[.!?])\s+", head.title)[0]
        head.title = first if len(first) <= 150 else first[:140].rsplit(" ", 1)[0] + "…"
    head.body_start = max(head.title_line, head.date_line) + 1
    return head


RE_SENTENCE_END = re.compile(r"[a-z0-9)][.]$")


# A cookie banner, a site search box, buttons: what a page saved whole carries around an article.
RE_PAGE_FURNITURE = re.compile(
    r"\bcookies?\b|^\[[^\]]+\]|^(?:you are here|search this site|sign in|log in|subscribe)\b", re.I
)


def _looks_like_title(line: str) -> bool:
    """Not a site name, a breadcrumb, a kicker or a heading in capitals."""
    from ssecli.extract.orgs import head_kind

    s = _strip_markup(line)
    letters = [c for c in s if c.isalpha()]
    if len(s.split()) < 4 or " > " in s or " » " in s or s.count(" | ") >= 2:
        return False  # a breadcrumb or a menu ("Home | About us | Members | News")
    if RE_PAGE_FURNITURE.search(s):
        return False
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return False
    core = re.sub(r"\s*\([^()]*\)\s*$", "", s)
    return not (len(core.split()) <= 8 and head_kind(core) == "org")


# "WASHINGTON, DC (August 23, 2022) — ...", "MADISON, Wis. (2/14/14)--...", "Winnipeg, MB [April 8, 2015] – ...":
# a wire dateline opening an item's summary, the date in brackets.
RE_BRACKET_DATELINE = re.compile(
    r"^[\s*_]*[A-Z][A-Za-z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,20})?"
    r"\s*[(\[](?P<date>[^()\[\]\n]{6,30})[)\]]\s*(?:--|–|—|-)"
)
# The time or zone after an item's date: "Tuesday, 20 June 2017 - 12pm", "August 19th, 2021 – 10am PST/1pm EST",
# "October 19, 2023, 4:01 pm", "18 March 2025 · 10:00–12:00 CET".
RE_TIME_TAIL = re.compile(
    r"\s*(?:,|-|–|—|·|\||@|at)\s*\d{1,2}(?:[:.h]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?|\s*[AaPp]\.?[Mm]\.?)(?![\w])[^\n]{0,40}$"
)
RE_WIDE_GAP = re.compile(r" {3,}")
RE_US_SHORT_DATE = re.compile(r"(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9])/(\d\d)")
RE_BULLET = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*•·▪◦]|[IVXL]{1,6}\.)\s+")
RE_LEADING_MARK = re.compile(r"^\s*[•·▪◦]\s*")


def _item_date(s: str) -> tuple | None:
    """The date of a line that is an item's date line: a date with its day, perhaps with a weekday,
    a time, a label ("Posted on ... by ..."), a field key ("Published: ...") or the place it was."""
    s = RE_LEADING_MARK.sub("", s)
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
    if d is None and " · " in s:
        d = line_date(s, labels=True)  # "MARCH 3, 2021 · DANA WHITFIELD · 2 COMMENTS": a date, its author, counts
    return d if d is not None and d[2] is not None else None


RE_SHAPE_WORDS = re.compile(D._MON + r"[a-z]*\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d+", re.I)


def _date_shape(line: str) -> str:
    """A date line up to its date, with numbers, months and weekdays blanked: the lines of one listing share it."""
    s = RE_WEEKDAY_WORD.sub("", line.strip())
    found = D.find_dates(s)
    if found:
        s = s[: found[0].span[1] + 3]
    return RE_SHAPE_WORDS.sub("#", " ".join(s.split()))


RE_WEEKDAY_WORD = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b,?\s*", re.I)


RE_DIGIT = re.compile(r"\d")


def _title_like(s: str) -> bool:
    """A headline rather than a summary: short, not a sentence that ends in a full stop or an ellipsis."""
    t = _strip_markup(RE_BULLET.sub("", s))
    if not t or _is_credit(t) or RE_SEPARATOR.match(t) or RE_BOILERPLATE.match(t):
        return False
    words = len(t.split())
    return (
        words <= 30
        and not re.search(r"(?:[.…]|\.\.\.|Read More|Read more)\s*$", t)
        or words <= 12
        and not t.endswith("...")
    )


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


def _listing_items(lines: list[str], head: Header) -> list[dict]:
    """Items of a listing page: each a title with its own date line, or one line holding both."""
    marks: list[tuple[int, tuple, str | None, str]] = []  # (line index, date, title or None, kind)
    # A page that opens straight on its items ("- 28 Mar 2024: Title") has no title line above them.
    floor = next((j - 1 for j in range(max(0, head.title_line)) if _dated_title(lines[j])), head.title_line)
    # The page's own heading is its first line of text: the header may have taken the first item's
    # headline for the title ("Provincial", then the items).
    heading = next((j for j, ln in enumerate(lines) if ln.strip() and not RE_BOILERPLATE.match(ln)), floor)
    floor = min(floor, heading)
    for i, line in enumerate(lines):
        if i <= floor:
            continue
        s = line.strip()
        if not s or not RE_DIGIT.search(s) or RE_MONTH_HEADER.match(s):
            continue  # every item's date has a number
        d = _item_date(s) if len(s) <= 160 else None  # a date line is short
        if d is not None:
            marks.append((i, d, None, "date"))
            continue
        dated_title = _dated_title(s)
        if dated_title:
            marks.append((i, *dated_title, "line"))
            continue
        m = RE_BRACKET_DATELINE.match(s) or RE_DATELINE.match(s)
        if m and len(s.split()) > 8:
            d = D.parse_date_value(m.group("date"))
            us = RE_US_SHORT_DATE.fullmatch(m.group("date").strip())
            if d is None and us:  # "MADISON, Wis. (2/14/14)--": a wire's month/day/year
                d = (2000 + int(us.group(3)), int(us.group(1)), int(us.group(2)))
                d = d if 1 <= d[1] <= 12 and 1 <= d[2] <= 31 else None
            if d is not None and d[2] is not None:
                marks.append((i, d, None, "dateline"))
    # The header's date line is the page's own unless it has the shape of the items' date lines
    # (a listing whose first item the header took for the article: "20 June 2018" under a headline).
    if head.date_line >= 0 and any(mk[0] == head.date_line for mk in marks):
        target = _date_shape(lines[head.date_line])
        later = [mk[0] for mk in marks if mk[0] > head.date_line]
        gap = " ".join(lines[head.date_line + 1 : later[0]]) if later else ""
        if (
            len(gap.split()) > 150
            or not any(_date_shape(lines[mk[0]]) == target for mk in marks if mk[0] != head.date_line)
        ) and not (_dated_title(lines[head.date_line]) and _item_date(lines[head.date_line]) is None):
            marks = [mk for mk in marks if mk[0] != head.date_line]
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
    if len(marks) < 2:
        return []
    if head.date_line >= 0 and head.date_line not in {mk[0] for mk in marks}:
        top = max(floor, head.date_line) if head.date_line < marks[0][0] else floor
    else:
        top = floor
    # A page of items starts with them: an article that ends with dated "related content"
    # links is still one article (a long introduction is allowed above many items).
    lead = " ".join(lines[top + 1 : max(0, marks[0][0] - 2)])
    if len(lead.split()) > (400 if len(marks) >= 4 else 250 if len(marks) == 3 else 80):
        return []
    # Titles stand above their date lines (a title, then "19 April 2023") or below them
    # (a "### 29 May 2024" heading, then the text): the first item shows the page's layout.
    # The first few items vote; a date on a bullet's line, or a "### 29 May 2024" heading, heads its text.
    votes = []
    for k, (i, _, title, kind) in enumerate(marks):
        if title is not None or kind == "dateline":
            continue
        lo = marks[k - 1][0] if k else top
        above = _paragraph_above(lines, i, lo)
        if RE_BULLET.match(lines[i]) or lines[i].lstrip().startswith("#"):
            votes.append(False)
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
    title_above = sum(votes) * 2 >= len(votes) if votes else True
    items: list[dict[str, Any]] = []
    for k, (i, d, title, kind) in enumerate(marks):
        lo = marks[k - 1][0] if k else top
        nxt = marks[k + 1][0] if k + 1 < len(marks) else len(lines)
        title_line, start = i, i
        if title is not None and len(title.split()) > 18:
            # "5 July 2024 — Refugees and migrants continue to face ...": a summary under its headline.
            above = _paragraph_above(lines, i, lo)
            if above and _title_like(" ".join(lines[j].strip() for j in above)):
                title, kind = None, "dateline"
        if title is None:
            above = _paragraph_above(lines, i, lo) if (title_above or kind == "dateline") else []
            if (
                above
                and RE_BULLET.match(lines[above[0]])
                and len(above) == 1
                and (_is_credit(RE_BULLET.sub("", lines[above[0]])) or not _title_like(lines[above[0]]))
            ):
                above = []
            if above:
                title_line, start = above[0], above[0]
                title = " ".join(_item_title(lines[j]) for j in above)
                # The item starts at its number or bullet ("  2. News", then the headline).
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
            elif kind == "dateline":
                continue
            else:
                below = _next_content(lines, i, nxt)
                if below is None:
                    continue
                title_line, title = below, _item_title(lines[below])
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
    return items if len(items) >= 2 else []


def _dated_title(line: str) -> tuple[tuple, str] | None:
    """An item's date and title on one line: "2022-06-30 — Title", "Title | 14 May 2024",
    "- 28 Mar 2024: Title", "20th November 2017 Title ...", "2 May 2014, Paris, France, Title"."""
    t = RE_NUMBERED.sub("", _strip_markup(line))
    if t.count(" | ") >= 2 or len(RE_WIDE_GAP.findall(t)) >= 2:
        # "15 | Office relocation notice | 2024-03-04", "128   KoSEA signs MOU ...   KoSEA   2023.05.11   412":
        # a row of a table, one cell the date, the longest other one the title.
        cells = [c.strip() for c in (t.split(" | ") if " | " in t else RE_WIDE_GAP.split(t))]
        dated = [d for d in map(D.parse_date_value, cells) if d]
        words = [c for c in cells if not D.parse_date_value(c) and not c.isdigit()]
        if len(dated) == 1 and dated[0][2] is not None and words:
            return dated[0], max(words, key=len)
    parts = RE_LEADING_DATE_SPLIT.split(t, maxsplit=1)
    if len(parts) == 2:
        for date_part, title_part in (parts, parts[::-1]):
            d = D.parse_date_value(date_part)
            if d is not None and d[2] is not None and len(title_part.split()) >= 2:
                return d, _strip_markup(title_part)
    if t[:1].isdigit():
        # A day at the start of the line, and the headline after it.
        found = D.find_dates(t[:40])
        if found and found[0].span[0] == 0 and found[0].start[0] is not None and found[0].start[2] is not None:
            rest = t[found[0].span[1] :].lstrip(" ,–—-:|")
            if (
                len(rest) >= 8
                and not rest[:1].islower()
                and not rest[:1].isdigit()
                and (len(rest.split()) >= 3 or not rest.isascii())
            ):
                return found[0].start, _strip_markup(rest)
    return None


def _is_credit(line: str) -> bool:
    return bool(re.match(r"^\s*(?:©|\(c\)|Photo(?: credit)?s?\s*:|Credit\s*:)", line, re.I))


def _field_key(line: str) -> str | None:
    m = RE_FIELD.match(line)
    return m.group("key").strip().lower() if m else None


def _item_title(line: str) -> str:
    """An item's title line as a reader sees it: without numbering, markup or a "Title:" key."""
    s = _strip_markup(RE_NUMBERED.sub("", line.strip()))
    m = RE_FIELD.match(s)
    return _strip_markup(m.group("value")) if m and m.group("key").strip().lower() in TITLE_KEYS else s


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


def _next_content(lines: list[str], i: int, stop: int) -> int | None:
    for j in range(i + 1, stop):
        s = lines[j].strip()
        if s and not _is_credit(s) and not RE_SEPARATOR.match(s):
            return j
    return None


def _parse_listing(text: str, source: str, rid: str, title: str, items: list[dict], head: Header) -> Parsed:
    page = Record(id=rid, source=source, title=title, text=text)
    parsed = Parsed(page)
    lines = text.split("\n")
    first_item = min(it["start"] for it in items)
    # The page's own date stands above its items; the first item's date is no page date.
    page_date = head.date if head.date_line < first_item else None
    if (
        page_date is not None
        and RE_MONTH_HEADER.match(lines[head.date_line])
        and sum(1 for ln in lines[first_item:] if RE_MONTH_HEADER.match(ln)) >= 1
    ):
        page_date = None  # "August 2023", then its items, then "July 2023": a month heads its items
    # Credits above an item's title belong to the item.
    header_text = "\n".join(ln for ln in lines[:first_item] if not _is_credit(ln))
    _extract_into(parsed, page, header_text, page_date, infer=False, anchor=items[0]["date"])
    for n, it in enumerate(items, 1):
        body = "\n".join(it["lines"])
        start = it["start"]
        pre = [ln for ln in lines[max(0, start - 3) : start] if _is_credit(ln)]
        item = Record(id=f"{rid}.{n}", source=source, title=it["title"], date=D.iso(it["date"]), text=body, parent=rid)
        _extract_into(parsed, item, "\n".join(pre + [body]), it["date"], infer=False)
        page.items.append(item)
    return parsed


def _extract_into(
    parsed: Parsed, record: Record, text: str, date: tuple | None, infer: bool, anchor: tuple | None = None
) -> None:
    """Fill one record's date, people, places and events from `text`; keep its org mentions."""
    spans = sentences(text)
    matches = D.find_dates(text)
    anchor = date or anchor
    if date is not None:
        record.date = D.iso(date)
    elif infer:
        inferred = infer_date(matches, text)
        if inferred is not None:
            record.date, record.date_inferred, anchor = D.iso(inferred), True, inferred
        else:
            anchor = event_anchor(text, matches)
    seen = set()
    for m in matches:
        if D.is_anchored(m):
            if anchor is None:
                continue
            pinned = D.resolve_relative(m, anchor)
            if pinned is None:
                continue
            start, end = pinned
        else:
            start, end = m.start, m.end
        first, last = D.iso(start), D.iso(end)
        if first is None or last is None:
            continue
        event = Event(first, last, sentence_at(text, m.span[0], spans), m.surface)
        key = (event.start, event.end, event.text)
        if key not in seen:
            seen.add(key)
            record.events.append(event)

    orgs = find_orgs(text, is_place=is_place)
    parsed.definitions += orgs.definitions
    parsed.mentions[record.id] = orgs.mentions
    parsed.candidates[record.id] = orgs.acronym_candidates
    mention_spans = [m.span for m in orgs.mentions]
    org_spans = mention_spans + [m.span for m in orgs.acronym_candidates if m.strong]
    org_names = {fold(m.surface) for m in orgs.mentions}
    people = find_people(text, is_place=is_place, is_org=lambda s: fold(s) in org_names, masked=org_spans)
    record.people = [Person(p.name, p.role) for p in people]
    record.credits = [Credit(c.name, c.text) for c in find_credits(text)]
    # "Sr. Mendoza": a person named by surname alone is no place either.
    surnames = [m.span("name") for m in RE_TITLED_SURNAME.finditer(text)]
    # "Pereira said", "Amara's members": a part of a person's name, used alone, is that person.
    parts = {w for p in people for w in re.split(r"[ -]", p.name) if len(w) >= 3 and w[:1].isupper()}
    if parts:
        rx = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(parts, key=len, reverse=True))) + r")(?!\w)")
        surnames += [m.span() for m in rx.finditer(text)]
    # "the ILO Country Office for Viet Nam", "the Government of Côte d'Ivoire": a body's name may end
    # in the country it serves, and that country is named; "Seoul National University" names no place.
    served = [
        (m.span[0] + t.start(1), m.span[0] + t.end(1))
        for m in orgs.mentions
        if (t := RE_SERVED_COUNTRY.search(m.surface)) and (e := lookup_place(t.group(1))) and e.kind == "country"
    ]
    mask_orgs = [_minus(span, served) for span in mention_spans]
    masked = (
        [x for xs in mask_orgs for x in xs]
        + [p.span for p in people]
        + [_span_of(text, c.text) for c in record.credits]
        + surnames
    )
    found_places = find_places(text, masked=masked)
    # "Lao PDR" is a country: its "PDR" is no acronym of a body; nor is the "BRANDT" of "Annika BRANDT".
    not_orgs = SpanMask(len(text), [p.span for p in found_places] + [p.span for p in people])
    parsed.candidates[record.id] = [c for c in orgs.acronym_candidates if not not_orgs.hits(*c.span)]
    places: dict[str, Place] = {}
    for pm in found_places:
        place = places.setdefault(pm.entry.name, Place(pm.entry.name, pm.entry.kind))
        if pm.surface != place.name and pm.surface not in place.aliases:
            place.aliases.append(pm.surface)
    record.places = list(places.values())


RE_SERVED_COUNTRY = re.compile(r"\b(?:of|for|in) (?:the )?([A-Z][\w'’ -]+)$")


def _minus(span: tuple[int, int], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`span` without the parts that `holes` inside it cover."""
    out, start = [], span[0]
    for a, b in sorted(h for h in holes if span[0] <= h[0] and h[1] <= span[1]):
        if a > start:
            out.append((start, a))
        start = max(start, b)
    if start < span[1]:
        out.append((start, span[1]))
    return out


def _span_of(text: str, needle: str) -> tuple[int, int]:
    i = text.find(needle)
    return (i, i + len(needle)) if i >= 0 else (0, 0)


# "formed in Hamilton on March 6, 1909", "founded in May 1953": the history of a body is no anchor.
RE_HISTORY = re.compile(
    r"\b(?:founded|formed|established|created|set up|born|since|began|started|incorporated|registered|first)\b"
    r"[^.\n]{0,40}$",
    re.I,
)


def event_anchor(text: str, matches: list[D.DateMatch]) -> tuple | None:
    """The year a text without a publication date gives its yearless dates: the latest year it writes
    in a full date (a month or a day) that is not history. Only the year: the day stays unknown."""
    dated = [
        m for m in matches if m.start[0] is not None and not RE_HISTORY.search(text[max(0, m.span[0] - 60) : m.span[0]])
    ]
    years = [m.start[0] for m in dated if m.start[1] is not None]
    if not years:
        # Years alone anchor only when the text names one: "the 2017 report", not "from 2020 to 2021".
        years = list({m.start[0] for m in dated if m.start == m.end})
        if len(years) != 1:
            return None
    return (max(years), None, None)


RE_EDITION = re.compile(r"\s+(?:edition|session)\b")
RE_PRESENT = re.compile(r"this year")


def infer_date(matches: list[D.DateMatch], text: str = "") -> tuple | None:
    """An undated article whose text writes dates without a year ('on 3 July', 'this year')
    is dated from its explicit year and the latest month it mentions. One whose dates all
    carry their year gives nothing to infer from: its date stays empty."""
    anchored = [m for m in matches if D.is_anchored(m)]
    if not anchored:
        return None
    # Only a text that speaks of its own present ("this year", "today") tells that its latest year is
    # the year it was written in; otherwise a yearless date keeps its year unknown.
    if not any(
        m.relative and m.start == (None, None, None) and RE_PRESENT.fullmatch(m.surface.lower()) for m in anchored
    ):
        return None
    # The year of a month or a day that is not history, or of "the 2024 edition" of what the text reports.
    history = [
        m for m in matches if m.start[0] is not None and RE_HISTORY.search(text[max(0, m.span[0] - 60) : m.span[0]])
    ]
    years = sorted(
        {
            m.start[0]
            for m in matches
            if m.start[0] is not None
            and m not in history
            and (m.start[1] is not None or RE_EDITION.match(text, m.span[1]))
        }
    )
    if not years and not history:
        # Years alone ("its strategy 2023-29") date the text only when it writes one and tells no history.
        years = sorted({m.start[0] for m in matches if m.start[0] is not None})
        if len(years) != 1:
            return None
    if not years:
        return None
    year = years[-1]
    months = [m.end[1] for m in anchored if m.end[1] is not None]
    months += [m.end[1] for m in matches if m.start[0] == year and m.end[0] == year and m.end[1] is not None]
    if months:
        return (year, max(months), None)
    return (year, None, None)
