"""An article's header: its title (not a site name, a breadcrumb or a kicker) and its publication date
(a date line, a field, a dateline, a month line under a report's title), and the line-level readers
the listing finder shares."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from ssecli.extract import PARSER_VERSION  # noqa: F401  (re-exported)
from ssecli.extract import dates as D
from ssecli.extract.day_order import cached_by_day_order
from ssecli.extract.lexicon import MONTHS_IN_FULL, WEEKDAYS_IN_FULL
from ssecli.extract.places import is_place
from ssecli.extract.text import fold, sentences
from ssecli.parser.date_lines import (
    RE_SENTENCE_END,
    RE_SHORT_DAY,
    date_field_after,
    day_then_kind,
    day_then_lede,
    dotted_short_day,
    given_at_date,
    given_on_date,
    glued_fields_date,
    leading_day,
    place_then_day,
    plain_short_day,
    released_on,
    title_day,
    us_short_day,
)
from ssecli.parser.markup import BY_WORDS, RE_FIELD, RE_NUMBERED, TITLE_KEYS, _strip_markup
from ssecli.parser.page_start import after_breadcrumb

# A blog's line of post facts ends on its comments ("| Leave a comment", "| 0 Comments").
COMMENTS_TAIL = r"\|\s*(?:leave a comment|no comments|\d+ comments?|comments (?:are )?(?:off|closed))"
# Such a line may still hold the day the post went up.
RE_COMMENTS_TAIL = re.compile(COMMENTS_TAIL + r"\s*$", re.I)
# Lines of page furniture above or around an article, saved along with it.
RE_BOILERPLATE = re.compile(
    r"^\s*(?:home\s*[>»/›].*|share(?: this)?(?: page| article)?|print|back to (?:top|news)"
    r"|related (?:content|news|links|articles)"
    r"|press release|news release|for immediate release|media advisory|skip to (?:main )?content|menu|search"
    r"|メニュー|메뉴|検索|검색"  # menu and search, in Japanese and Korean
    r"|read more|tags?:?|permalink|permanent link|[-=*_#~]{3,}|\*\s*\*\s*\*"
    # a blog's line of post facts: "Posted in Worker Rights | Tagged , , | Leave a comment"
    r"|posted in [^\n]*\|[^\n]*"
    r"|[^\n]*" + COMMENTS_TAIL + r")\s*$",
    re.I,
)


# "Date: ...", "Published: ...", "Last updated: ..." and the other fields of a header block.
# "title:" and "pubDate:" as YAML front matter and feeds write them, too.


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
    # ("Texte publié le 11 mars 2010", "Article published on ...": the thing published, then the label)
    r"^[\s*_#>]*(?:(?:[A-Za-z][A-Za-z ]{0,30}?)\s*(?:\||:|–|—|-|·|•)\s*|"
    r"(?:(?:Texte|Article|Artículo|Articolo|Artigo|Beitrag|Story|Post)\s+)?(?:Published|Posted|Updated|"
    # ... and as French, Spanish, Italian, Portuguese and German pages label it: "Mis en ligne le 4 juillet 2017"
    r"Last updated|Issued|Released|Dated|Mis en ligne|Publiée?|Publicado|Pubblicato|Veröffentlicht)"
    r"\s+(?:on\s+|le\s+|el\s+|il\s+|em\s+|am\s+)?(?:the\s+)?)?(?P<rest>.+?)[\s*_]*$",
    re.I,
)


# Korean and Japanese pages label the day they publish (등록, 입력, 승인: registered, entered, approved;
# 公開日, 投稿日, 掲載日) and put the time and the day of an update after it, on the same line.
RE_CJK_DATE_LABEL = re.compile(
    r"^[\s•·*]*(?:기사입력|등록일?|입력|승인|발행일?|작성일?|게재일?|公開日|投稿日|掲載日|発行日|配信日)\s*[:：]?\s*"
    r"(?P<date>(?:19|20)\d\d(?:[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?|년\s?\d{1,2}월\s?\d{1,2}일|年\d{1,2}月\d{1,2}日))"
    r"(?![\d])"
)
# A newsletter's issue: "edição nº 2985", "Issue 14", "No. 112", "n° 45", "#34".
RE_ISSUE_NUMBER = re.compile(
    r"\b(?:[Ii]ssue|[Ee]di(?:ção|ción|tion|zione)|[Nn]uméro|[Aa]usgabe)\b|\b[Nn](?:o\.|º|°)\s*\d|#\d"
)
RE_PUBLISHED = re.compile(r"[\s*_#>]*(?:Published|Posted|Updated|Released|Dated)\b", re.I)


# A dateline opening the body: "Brussels, 9 December 2021 –", "SEOUL, March 3, 2022 /PRNewswire/ --".
# "Berlin, 30. September 2025 (geno) Mit ...", "Chemnitz/Meißen, 29. September 2025 (geno). Der ...":
# German agencies put their name in brackets after the date, and no dash. "PRETORIA – 30TH JANUARY,
# 2016 – ...": a dash after a place in capitals instead of a comma (not "By Ben Cruz – May 2, 2019").
# "Geneva, Switzerland. 16 October, 2012; ...": a full stop after the country (not "Oct." or "Sept.") and
# a semicolon after the day; "Québec (Canada) 8 octobre 2012 – ...": the day after the bracket.
# "NEW YORK, July 9, 2020 (BUSINESS WIRE) --": a wire's name in capitals and brackets; "/EIN News/ --
# GUELPH, Ontario, ...": a distributor's tag before the dateline.
RE_DATELINE = re.compile(
    r"^[\s*_]*(?:/[^/\n]{1,30}/\s*--\s*)?"
    r"(?P<place>[A-Z](?:[^\W\d_]|[ .'’-]|/(?=[A-Z])){1,40}?)(?:,\s*[A-Z](?:[^\W\d_]|[ .'’-]){1,30}?)?"
    r"(?:\s*\([^)\n]{1,40}\))?(?:,\s*|(?:(?<=[a-z]{3})(?<!Sept)\.|(?<=\)))\s+(?=\d)|(?<=[A-Z])\s+[–—]\s+|(?<=[A-Z]{2})\s+(?=\d{1,2}\s+[A-Za-z]))"
    r"(?P<date>[^–—/;\n]{6,40}?)"
    r"(?:\s*(?:/[^/\n]{1,40}/|\([A-Z][A-Z .&-]{2,30}\))?\s*(?:--|––|——|–|—|-|:|;)(?:\s|$)"
    r"|\s*[–—](?=[A-Z])|\s+\([a-z]{2,12}\)\.?\s)"
)


# "WASHINGTON, DC (August 23, 2022) — ...", "MADISON, Wis. (2/14/14)--...", "Winnipeg, MB [April 8, 2015] – ...",
# "Arlington, VA- (August 24, 2017) National ...": a wire dateline opening an item's summary, the date in brackets.
RE_BRACKET_DATELINE = re.compile(
    r"^[\s*_•]*[A-Z][A-Za-z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,20})?"
    r"\s*[(\[](?P<date>[^()\[\]\n]{6,30})[)\]](?:\s*(?:--|–|—|-)|\s(?=[A-Z][a-z]))"
)


# " date 2024-06-21 Shoppers at ...": a saved page's date as its first word, glued to the text that follows.
RE_BARE_DATE_KEY = re.compile(r"^date\s+((?:19|20)\d\d-\d\d(?:-\d\d)?)\b")


RE_SEPARATOR = re.compile(r"^\s*(?:[-–—=*_~#]+|\*\s*\*\s*\*)\s*$")


RE_MONTH_HEADER = re.compile(r"^\s*#*\s*" + D._MON + r",?\s+(?:19|20)\d\d\s*$")


# Title and date on one line: "2022-06-30 — Title", "14 May 2024 | Title", "Title | 14 May 2024".
RE_LEADING_DATE_SPLIT = re.compile(r"\s+(?:\||—|–|-)\s+|(?<=\d)\|\s+|\s*:\s+|\t+| {2,}")


# The parts of a header line: "17 October 2023 | Economic Development", "No. 27 / 2022. 11. 30.",
# "Cooperative Voices | Interview by Lucas Ferreira | August 8, 2023".
# A pipe parts them even without spaces ("3 July 2010|Statement"), as pages run their fields together.
RE_HEADER_PARTS = re.compile(r"\s*\|\s*|\s+(?:/|·|•|–|—)\s+")


RE_TRAILING_DAY = re.compile(
    r",\s+(?:[A-Z][a-z]+,?\s+)?((?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}))\s*$"
)


# ("Opinión 22-05-2025": a section's name, then the day in numbers)
RE_NAME_THEN_DAY = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?P<date>\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}([./-])\d{1,2}\2\d{4})\s*$"
)


# "Posted on 2023-11-02 by Esther Kamau", "Pubblicato il 3 maggio 2021 di Redazione": the author after the date.
RE_LONE_BYLINE = re.compile(rf"^(?:{BY_WORDS})\s+\S.{{2,40}}$", re.I)  # "by Staff reporter": a byline alone
RE_BY_AUTHOR = re.compile(rf"\s+(?:{BY_WORDS})\s+\S[^|]*$")


# "3rd May 202229th April 2022": a post's two days, updated and posted, their space lost.
RE_GLUED_DAYS = re.compile(r"(?P<a>.+?(?:19|20)\d\d)(?P<b>[0-3]?\d(?:st|nd|rd|th)?\s.+)")


RE_KOREAN_REPORTER = re.compile(r"\s+\S{2,4}\s*기자\s*$")
RE_SECTION_GLUED = re.compile(r"([A-Z][a-z]{2,})\d{1,2} [A-Z][a-z]+ (?:19|20)\d\d")
RE_TIME_AFTER = re.compile(r"\s*[-–—|,]\s*\d{1,2}:\d\d\s*$")
# "27 Feb 2012 at 17:00hrs": a clock time after the day, in a header's part.
# "19/03/2016 à 12:01, mis à jour le ...", "4 May 2023 at 10:00 - Updated ...": a time and what follows it.
RE_CLOCK_THEN_REST = re.compile(r"\s*(?:à|às|a las|alle|um|at|@|,|-|–)?\s*\d{1,2}[:h]\d\d\b.*$")
RE_COMMA_CLOCK_THEN_REST = re.compile(r",\s*\d{1,2}:\d\d\b.*$")
RE_CLOCK_AFTER = re.compile(r"\s*(?:at|@|,|-|–)?\s*\d{1,2}[:.]\d\d\s*(?:hrs?|h|Uhr|[AaPp]\.?[Mm]\.?)?\s*$")


def _posted_day(s: str) -> tuple | None:
    """The day of `s`; of two days glued together, the earlier, the day the post went up."""
    glued = RE_GLUED_DAYS.fullmatch(s.strip())
    if glued:
        days = [D.parse_date_value(glued.group(k)) for k in ("a", "b")]
        if all(d and d[2] is not None for d in days):
            return min(days)  # type: ignore[type-var]
    return D.parse_date_value(s)


# Pure, and asked of the same line several times per article (header, listing, items).
@cached_by_day_order(1024)
def line_date(line: str, labels: bool = False) -> tuple | None:
    """The date a line holds if the line is nothing but a date (with a label). With `labels`,
    as in an article's header, the date may also stand among short labels."""
    s = _strip_markup(line)
    if not s or len(s) > 120:
        return None
    spaced = RE_DAY_GLUED_TO_MONTH.sub(r"\1 ", s) if s[:1].isdigit() else s  # "10Oct 2019": the space lost
    d = D.parse_date_value(spaced.replace(" ,", ","))  # "SEPTEMBER 11 , 2019": a space before the comma
    if d:
        return d
    short = RE_SHORT_DAY.fullmatch(s) if labels and "." in s else None
    if short and (d := dotted_short_day(short)):
        return d  # "03.07.25" alone under a title: the day, month and year as Europe dots them
    end = s[-14:]
    if (":" in end or "." in end) and (d := D.parse_date_value(RE_CLOCK_AFTER.sub("", s))):
        return d  # "30 April 2013 at 11:51 am": the day and the time it went up
    glued = RE_SECTION_GLUED.match(s)
    if glued and (d := D.parse_date_value(RE_TIME_AFTER.sub("", s[glued.end(1) :]))):
        return d  # "Markets12 July 2025 - 18:00": the section's name and the day, their space lost
    labelled = RE_CJK_DATE_LABEL.match(s)
    if labelled and (d := D.parse_date_value(labelled.group("date"))):
        return d  # "등록 2022-01-13 오전 10:11:26", "公開日：2023年7月1日": a page's label, its day, its time
    reporter = RE_KOREAN_REPORTER.search(s)
    if reporter and (d := D.parse_date_value(s[: reporter.start()])):
        return d  # "2010-05-18     김혜인 기자": the day, and the reporter's name and title in Korean
    if RE_BY_AUTHOR.search(s):  # "20th January 2023 by Fran McCrae": a card's day and its author
        d = _posted_day(RE_BY_AUTHOR.sub("", s))
        if d:
            return d
    m = RE_DATE_LABEL.match(s)
    if m and m.group("rest") != s:
        rest = m.group("rest")
        d = (
            D.parse_date_value(rest)
            or D.parse_date_value(RE_BY_AUTHOR.sub("", rest))
            # "Publié le 19/03/2016 à 12:01, mis à jour le ...": the day, its time, then the update
            or D.parse_date_value(RE_CLOCK_THEN_REST.sub("", rest))
        )
        if d:
            return d
        short = RE_SHORT_DAY.fullmatch(m.group("rest")) if RE_PUBLISHED.match(s) else None
        if short:  # "Published 12.14.20": a day with a two-digit year, read only where its order is plain
            return plain_short_day(short)
    if labels:
        # "Published 12/09/2023 - 15:42 | Updated ...", "Posted on 9 October 2023 by the Team | 4 min read":
        # the first part that is a date once its label and author are taken off.
        parts = RE_HEADER_PARTS.split(s) if " | " in s else []
        for k, part in enumerate(parts):
            lm = RE_DATE_LABEL.match(part.strip())
            core = RE_CLOCK_AFTER.sub("", RE_BY_AUTHOR.sub("", lm.group("rest") if lm else part)).strip()
            d = D.parse_date_value(core)
            if d and all(len(p.split()) <= 6 for j, p in enumerate(parts) if j != k):
                return d  # not "2024-05-14 | A headline of many words": a listing's row
            if d and k == len(parts) - 1 == 1 and RE_ISSUE_NUMBER.search(parts[0]):
                return d  # "Informe Paraná Cooperativo - edição nº 2985 | 03 de Dezembro de 2012": an issue's day
        # "May 13, 2008, 01:00 ET from Dr. Bronner's", "on December 04, 2012" under a byline: a day, then
        # the time and the sender, or the "on" that ties it to the byline above.
        clocked = RE_COMMA_CLOCK_THEN_REST.sub("", s) if RE_COMMA_CLOCK_THEN_REST.search(s) else None
        for day_part in (clocked, s[3:] if s.startswith("on ") else None):
            if day_part and (d := D.parse_date_value(day_part.strip())) and d[2] is not None:
                return d
        # "Amara Wanjiku December 9, 2019": a byline, its author's name and then the day.
        byline = RE_NAME_THEN_DAY.match(s) or RE_NAME_THEN_DAY.match(RE_BY_AUTHOR.sub("", s))
        if byline:
            d = D.parse_date_value(byline.group("date"))
            if d and d[2] is not None:
                return d
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


# "8 July 2025 – United Nations Headquarters, New York: The ...", "May 22, 2006 (LBO) – More than ...",
# "18th September 2025, Kampala, Uganda – In a ...": a dateline that opens with its day, maybe its agency
# or its place, and a dash before the text.
RE_DAY_FIRST_TAIL = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:,[ \t]*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}){0,2}\s*(?:--|–|—|-)\s"
)


def day_first_dateline(line: str) -> tuple | None:
    s = _strip_markup(line[:80])
    m = leading_day(s)
    if m is None:
        # "15/8/14 – The industry body ...": a day with a two-digit year, where its order is plain
        short = RE_SHORT_DAY.match(s)
        return plain_short_day(short) if short and RE_DAY_FIRST_TAIL.match(s, short.end()) else None
    if m.start != m.end:
        return None
    return m.start if RE_DAY_FIRST_TAIL.match(s, m.span[1]) else None


def _iso_value(value: str) -> tuple | None:
    """'2019-07-12' or '2019-07', as a date."""
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:])
        return (y, m, None) if 1 <= m <= 12 else None
    return D.parse_date_value(value)


# "10Oct 2019": a day glued to its month's name.
RE_DAY_GLUED_TO_MONTH = re.compile(r"^(\d{1,2})(?=[A-Z][a-z]{2,8}\b)")


# "(ANSA) - ROMA, 04 MAR -": an agency's dateline with the day and month but no year.
RE_YEARLESS_WIRE = re.compile(
    r"^(?:\([A-Z]{2,8}\)\s*[-–—]\s*)?[A-Z][\w .'’-]{1,30},\s+(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]{3,9})\.?\s*[-–—]\s"
)


def _yearless_wire_day(line: str, year: int) -> tuple | None:
    """The day of such a dateline in `year`; its month may be cut short in its own language ("MAG")."""
    m = RE_YEARLESS_WIRE.match(line)
    if not m:
        return None
    short = fold(m.group("month"))
    months = {n for name, n in D.FOREIGN_MONTHS.items() if name.startswith(short)}
    months |= {k + 1 for k, name in enumerate(MONTHS_IN_FULL) if name.startswith(short)}
    if len(months) != 1:
        return None
    try:
        return datetime.date(year, months.pop(), int(m.group("day"))).timetuple()[:3]
    except ValueError:
        return None  # "31 FEB"


RE_DATELINE_BRACKETED = re.compile(r"^[\s*_]*\[(?P<inner>[A-Z][^\[\]\n]{4,60}?\d)\]\s*(?:--|–|—|-)\s")


def _dated_again(lines: list[str], i: int) -> bool:
    """Another line of the page opens on a wire's dateline too."""
    return any(RE_BRACKET_DATELINE.match(ln) for j, ln in enumerate(lines) if j != i)


def _day_of(text: str, month: tuple) -> tuple | None:
    """ " date 2019-05 Publicado 21/05/2019 10:15:00 CET": a whole day of the crawl's month, first after it."""
    found = D.find_dates(text[:40])
    return found[0].start if found and found[0].start[:2] == month[:2] and found[0].start[2] else None


def dateline_date(line: str) -> tuple | None:
    m = RE_DATELINE.match(line)
    if m:
        d = D.parse_date_value(m.group("date"))
        # "Lévis (Qc), October 16, 2018 -": a whole day after a name is a dateline even where the place is unknown.
        if d is not None and (is_place(m.group("place").strip().title()) or m.group("place").isupper() or d[2]):
            return d
    bracketed = RE_BRACKET_DATELINE.match(line)
    if bracketed:  # "OTTAWA, ON [February 13, 2012] –": a whole day in brackets
        d = D.parse_date_value(bracketed.group("date")) or us_short_day(bracketed.group("date").strip())
        return d if d and d[2] is not None else None
    whole = RE_DATELINE_BRACKETED.match(line)
    if whole:  # "[Ottawa, 22 July 2020] –": the place and the day, both in brackets
        d = dateline_date(whole.group("inner") + " – ")
        return d if d and d[2] is not None else None
    return day_first_dateline(line)


def _is_header_field(line: str) -> bool:
    m = RE_FIELD.match(line)
    return m is not None and m.group("key").strip().lower() in HEADER_KEYS


# A title with the page's fields run onto its line: "Title Date : 2016-01-06 Views : 8311".
RE_GLUED_FIELDS = re.compile(r"^(?P<title>\S.{7,}?)\s+(?P<field>(?:Date|Published|Posted|Updated)\s*:\s*\S.*)$")


def _field_below(lines: list[str], i: int, reach: int = 8) -> tuple[tuple, int] | None:
    """A date field ("Release date: ...", "Published: ...") among the next `reach` lines of text, or
    the first paragraph's dateline after the summary's bullets ("DENVER (December 13, 2023) - ...")."""
    seen, first_paragraph = 0, True
    for j in range(i, len(lines)):
        s = lines[j].strip()
        if not s:
            continue
        seen += 1
        if seen > reach:
            break
        fd = field_date(s)
        if fd and fd[1]:
            return fd[1], j
        if first_paragraph and not RE_NUMBERED.match(s):
            first_paragraph = False  # a later paragraph's dateline may be a listed item's
            if (d := dateline_date(s)) is not None and d[2] is not None:
                return d, j
    return None


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
    start = after_breadcrumb(lines)
    for i, line in enumerate(lines[start:], start):
        s = line.strip()
        if not s:
            continue
        scanned += 1
        if scanned > 30:  # a page saved with its navigation and cookie banner puts the title far down
            break
        fd = field_date(s)
        if fd is None and (bm := RE_BARE_DATE_KEY.match(s)) and (bare := _iso_value(bm.group(1))):
            fd = (0, bare)
            rest = s[bm.end() :].strip()
            wire = (
                dateline_date(rest) or _yearless_wire_day(rest, bare[0]) or _day_of(rest, bare)
                if bare[2] is None
                else None
            )
            if wire and wire[:2] == bare[:2]:
                # " date 2019-06 MONTRÉAL, le 5 juin 2019 /CNW/ -", " date 2023-03 (ANSA) - ROMA, 04 MAR -":
                # the dateline's day, in the crawl's month
                fd = (0, wire)
        glued = RE_GLUED_FIELDS.match(s) if fd is None and head.title is None else None
        if glued and (gd := field_date(glued.group("field"))) and gd[1]:
            # "Meet the Member: OCB Brazil Date : 2016-01-06 Views : 8311": a title, its fields after it.
            head.title, head.title_line = _strip_markup(glued.group("title")), i
            fd = gd
        if fd and fd[1] and fd[0] < best_rank:
            best_rank, head.date, head.date_line = fd[0], fd[1], i
            continue
        m = RE_FIELD.match(s)
        if m and m.group("key").strip().lower() in TITLE_KEYS:
            if head.title is not None and head.title_line >= 0 and lines[head.title_line].strip() != s:
                break  # "Title: ..." after the page's title: the first item of a feed
            head.title, head.title_line = _strip_markup(m.group("value")).strip("\"'"), i
            continue
        if head.title is None and RE_TAG_HEADING.match(s):
            head.title, head.title_line = _strip_markup(s), i  # "Topic: cooperative societies": a page of posts
            continue
        if _is_header_field(s) or RE_BOILERPLATE.match(s):
            if best_rank > 1 and (after_field := date_field_after(s)) is not None:
                best_rank, head.date, head.date_line = 1, after_field, i  # "Source : X  Date : 14-May-2017"
            elif best_rank > 1 and RE_COMMENTS_TAIL.search(s) and (ld := line_date(s, labels=True)) is not None:
                best_rank, head.date, head.date_line = 1, ld, i  # "Posted on October 07, 2019 | By ... | 0 Comments"
            continue
        if head.title is not None and (RE_SEPARATOR.match(s) or RE_NUMBERED.match(s)):
            # A rule or a numbered or bulleted line under the title opens the body or a list of items;
            # a release's date field may still follow its bulleted summary ("Release date: 2023.04.27").
            if head.date is None:
                field = _field_below(lines, i)
                if field is not None:
                    head.date, head.date_line = field
            break
        if best_rank > 1 and RE_MONTH_HEADER.match(s) and month_line is None and content_after_title <= 2:
            # "June 2023" under a title: the date of a report, unless the page turns out to list items.
            month_line = (D.parse_date_value(_strip_markup(s)), i)
        if best_rank > 1 and not RE_MONTH_HEADER.match(s) and content_after_title <= 2 and month_line is None:
            ld = (
                line_date(s, labels=True)
                or dateline_date(s)
                or glued_fields_date(s)
                or day_then_kind(s)
                or given_on_date(s)
                or given_at_date(s)
                or released_on(s)
                or date_field_after(s)
                or place_then_day(s)
                or day_then_lede(s)
            )
            if ld is not None and RE_BRACKET_DATELINE.match(s) and _dated_again(lines, i):
                ld = None  # "WAUKESHA, Wis. (8/8/12)--", "LITTLE ROCK, Ark. (8/8/12)--": an archive's stories
            if ld is not None:
                best_rank, head.date, head.date_line = 1, ld, i
                if head.title is None and fallback is not None:
                    # "Annual report" above its date line: a short title is still the title.
                    head.title, head.title_line = _below_section(lines, fallback)
                if line_date(s, labels=True) is not None:
                    continue
        if head.title is not None and _strip_markup(s) != head.title and not RE_LONE_BYLINE.match(s):
            content_after_title += 1  # not the title written again, over the article or its print version
        if head.title is None:
            if line_date(s) is None and not RE_SEPARATOR.match(s) and not _is_credit(RE_NUMBERED.sub("", s)):
                if fallback is None and not RE_PAGE_FURNITURE.search(s) and not RE_TRAIL.search(s):
                    fallback = (_strip_markup(s), i)
                if _looks_like_title(s) and not _dated_title(s):
                    head.title, head.title_line = _strip_markup(s), i
                    if (
                        fallback is not None
                        and fallback[1] < i
                        and RE_SENTENCE_END.search(head.title)
                        and not RE_SENTENCE_END.search(fallback[0])
                        and len(fallback[0].split()) >= 3
                    ):
                        # "The department works closely with ..." under "Social and Solidarity Economy
                        # Department": a sentence is the text, the line above it the title.
                        head.title, head.title_line = fallback
            continue
    if head.title is None and fallback is not None:
        head.title, head.title_line = _below_section(lines, fallback)
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
    title = head.title or ""
    dated = (RE_BRACKETED_DAY.search(title) or RE_CJK_DAY_END.search(title)) if head.date is None else None
    if dated and (d := title_day(dated.group(1))) and d[2] is not None:
        # "Cooperatives Included in the National Agenda (08/08/2012)", "... Jubiläum [17.05.22]":
        # the headline carries its day.
        head.title, head.date, head.date_line = title[: dated.start()].rstrip(), d, head.title_line
    if head.title and len(head.title) > 150:
        # A first line that is a whole paragraph: its first sentence, cut at a word.
        a, b = sentences(head.title)[0]  # not cut at "Dr." or "zum 1. September"
        first = head.title[a : b + (head.title[b : b + 1] in '"”’)')]  # with the quote it closes
        head.title = first if len(first) <= 150 else first[:140].rsplit(" ", 1)[0] + "…"
    head.body_start = max(head.title_line, head.date_line) + 1
    return head


# A cookie banner, a site search box, buttons: what a page saved whole carries around an article.
# A navigation trail: "Home > News", "/ Front page / Archives » Article Index".
RE_TRAIL = re.compile(r" [>»] |^/ ")
# A site's clock ("Fiji Time: 6:02 AM on Monday 19 February") and its logo's text are furniture too.
RE_PAGE_FURNITURE = re.compile(
    r"\bcookies?\b|^\[[^\]]+\]|^(?:you are here|search this site|sign in|log in|subscribe)\b"
    r"|\btime:\s*\d{1,2}:\d\d|\blogo$|https?://",
    re.I,
)


def _below_section(lines: list[str], fallback: tuple[str, int]) -> tuple[str, int]:
    """ "Sociedad", then "Cooperativa eléctrica renueva su consejo": the headline under a section's name
    of one word (a headline of a few words, not a sentence, a date, a field or a trail), else the fallback."""
    title, i = fallback
    below = next((j for j in range(i + 1, min(len(lines), i + 4)) if lines[j].strip()), None)
    if " " in title or below is None:
        return fallback
    s = _strip_markup(lines[below].strip())
    headline = 4 <= len(s.split()) <= 20 and not RE_SENTENCE_END.search(s) and line_date(s) is None
    furniture = RE_TRAIL.search(s) or RE_PAGE_FURNITURE.search(s) or "|" in s or RE_FIELD.match(s)
    return (s, below) if headline and not furniture else fallback


def _looks_like_title(line: str) -> bool:
    """Not a site name, a breadcrumb, a kicker or a heading in capitals."""
    from ssecli.extract.spans import head_kind

    s = _strip_markup(line)
    letters = [c for c in s if c.isalpha()]
    if len(s.split()) < 4 or " > " in s or " » " in s or s.count(" | ") >= 2:
        return False  # a breadcrumb or a menu ("Home | About us | Members | News")
    if RE_PAGE_FURNITURE.search(s):
        return False
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return False
    core = re.sub(r"\s*\([^()]*\)\s*$", "", s)
    # "Cooperative Housing Federation": a site's name; "Social enterprise events: May 2006" a title.
    return not (len(core.split()) <= 8 and ": " not in core and head_kind(core) == "org")


RE_TAG_HEADING = re.compile(r"(?:topic|tag|tagged|archives?|thema|tema|sujet|schlagwort)\s*:\s*\S", re.I)
RE_BRACKETED_DAY = re.compile(r"\s*[(\[]([^()\[\]]{6,40})[)\]]\s*$")
# "... 労協センター事業団2023年4月7日": a Japanese or Korean headline with its day at the end.
RE_CJK_DAY_END = re.compile(r"\s*((?:19|20)\d\d\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])\s*$")
# Cells of a row set apart by wide spacing, as a table saved as text writes them.
RE_WIDE_GAP = re.compile(r" {3,}")


def _is_table_row(t: str) -> bool:
    return t.count(" | ") >= 2 or len(RE_WIDE_GAP.findall(t)) >= 2


RE_GLUED_TIMESTAMP = re.compile(
    r"(?<=[^\W\d])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)T\d\d:\d\d(?::\d\d)?(?:[+-]\d\d:?\d\d|Z)?$"
)


# "SAMI KARHU, text", "Jane Doe, photos", "By Jane Doe": who wrote an item, after its date on one line.
RE_BYLINE_PART = re.compile(
    rf"(?:(?:{BY_WORDS})\s+\S.{{2,40}}|"
    r"[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,3},?\s+(?:text|photos?|words))",
    re.I,
)


def dated_byline(line: str) -> tuple | None:
    """'29.10.2019 | SAMI KARHU, text': an item's date and its author."""
    date_part, sep, rest = _strip_markup(line).partition(" | ")
    if not sep or not RE_BYLINE_PART.fullmatch(rest.strip()):
        return None
    d = D.parse_date_value(date_part)
    return d if d is not None and d[2] is not None else None


# A line that opens on a month's or a weekday's name, where a day written month first may start.
RE_MONTH_FIRST = re.compile(r"(?:" + "|".join(MONTHS_IN_FULL + WEEKDAYS_IN_FULL) + r")\b", re.I)
# A time zone after a time: "PST", "CET", "CEST", "UTC".
ZONE = r"(?:[A-Z]{1,3}T|UTC|GMT)\b"
RE_TIME_AFTER_DAY = re.compile(r"^\s*(?:@|at|,|-|–)?\s*\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?", re.I)


# Pure, and asked of the same line several times per article (header, listing, items).
@cached_by_day_order(1024)
def _dated_title(line: str) -> tuple[tuple, str] | None:
    """An item's date and title on one line: "2022-06-30 — Title", "Title | 14 May 2024",
    "- 28 Mar 2024: Title", "20th November 2017 Title ...", "2 May 2014, Paris, France, Title"."""
    if not D.RE_HAS_YEAR.search(line) or dated_byline(line):
        return None  # each way below reads a day with its year; a byline after a date is no title
    numbered = RE_NUMBERED.match(line)  # a number, a bullet or a heading's mark opens the line
    t = RE_NUMBERED.sub("", _strip_markup(line))
    if _is_table_row(t):
        # "15 | Office relocation notice | 2024-03-04", "128   KoSEA signs MOU ...   KoSEA   2023.05.11   412":
        # a row of a table, one cell the date, the longest other one the title; a cell that lists
        # ("democratic structure, boards, committees") holds keywords, not the title.
        t = t.strip(" |")
        cells = [c.strip() for c in (t.split(" | ") if " | " in t else RE_WIDE_GAP.split(t))]
        dated = [d for d in map(D.parse_date_value, cells) if d]
        words = [c for c in cells if not D.parse_date_value(c) and not c.isdigit()]
        if len(dated) == 1 and dated[0][2] is not None and words:
            return dated[0], max(words, key=lambda c: (c.count(",") < 2, len(c)))
    glued = RE_GLUED_TIMESTAMP.search(t)
    if glued and len(t[: glued.start()].split()) >= 2:
        # "The Spring Budget Statement2022-05-13T08:55:58+00:00": a card's headline and its post's time, glued.
        return (int(glued["y"]), int(glued["m"]), int(glued["d"])), _strip_markup(t[: glued.start()])
    # "2. Cabinet approves the plan. (29th June 2022)": a numbered headline, its day in brackets after it.
    bracketed = RE_BRACKETED_DAY.search(t) if numbered else None
    if bracketed:
        d = D.parse_date_value(bracketed.group(1))
        title = t[: bracketed.start()].rstrip(" .,;:")
        if d is not None and d[2] is not None and len(title.split()) >= 3:
            return d, _strip_markup(title)
    parts = RE_LEADING_DATE_SPLIT.split(t, maxsplit=1)
    if len(parts) == 2:
        for date_part, title_part in (parts, parts[::-1]):
            d = D.parse_date_value(date_part)
            if d is not None and d[2] is not None and len(title_part.split()) >= 2:
                return d, _strip_markup(title_part)
    fielded = _fielded_item(t) if numbered and not numbered.group().strip().startswith("#") else None
    if fielded:
        return fielded
    if t[:1].isdigit() or numbered and RE_MONTH_FIRST.match(t):
        # A day at the start of the line, and the headline after it. Written month first only on a
        # bullet ("- Thursday October 20, 2016 @ 10am Pancake Breakfast", the time going with the day):
        # unbulleted, such a line is as often a day and a byline or a section's name.
        m = leading_day(t[:40])
        if m is not None and m.start[0] is not None:
            rest = RE_TIME_AFTER_DAY.sub("", t[m.span[1] :]).lstrip(" ,–—-:|")
            if (
                len(rest) >= 8
                and not rest[:1].islower()
                and not rest[:1].isdigit()
                and not re.match(ZONE, rest)
                # "- October 16 – 22, 2016 Co-op Week": a bulleted event's name may be short
                and (len(rest.split()) >= (2 if numbered else 3) or not rest.isascii())
            ):
                return m.start, _strip_markup(rest)
    signed = RE_TITLE_BY_DAY.match(t)
    if signed and (d := D.parse_date_value(signed.group("date"))) and d[2] is not None:
        return d, _strip_markup(signed.group("title"))  # "Title by Jane Doe May 15th 2009"
    return None


# A headline, its author and the day, on one line: "In Search of Cooperative Management by Tadit
# Anderson May 15th 2009".
RE_TITLE_BY_DAY = re.compile(
    rf"(?P<title>\S.{{7,}}?)\s+(?:{BY_WORDS})\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}}?"
    r"\s+(?P<date>(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+)"
    r"(?:19|20)\d\d)\s*$"
)


def _fielded_item(t: str) -> tuple[tuple, str] | None:
    """'4th Co-operative Ministers' Conference, Chiangmai, Thailand, 18-22 March, 1997': a numbered
    or bulleted item whose fields are its name, its places and its days, set apart by commas. The
    days carry their year and at least their month; the item's name is what comes before them."""
    found = [m for m in D.find_dates(t) if m.start[0] is not None and m.start[1] is not None]
    if len(found) != 1:
        return None
    m = found[0]
    before, after = t[: m.span[0]].rstrip(), t[m.span[1] :].strip(" .;,")
    parts = [p.strip() for p in before.split(",")]
    # The days stand as a field of their own: after a comma, or after the place that ends the fields.
    if not (before.endswith(",") or len(parts) > 1 and is_place(parts[-1].split("  ")[-1])):
        return None
    if after and not all(p.strip()[:1].isupper() and len(p.split()) <= 3 for p in after.split(",")):
        return None  # the place after the days ("..., 1997, Bangkok, Thailand"), or nothing
    title = before.rstrip(" ,")
    return (m.start, title) if len(title.split()) >= 3 else None


def _is_credit(line: str) -> bool:
    return bool(re.match(r"^\s*(?:©|\(c\)|Photo(?: credit)?s?\s*:|Credit\s*:)", line, re.I))
