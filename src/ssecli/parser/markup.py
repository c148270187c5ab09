"""An article's text as the extractors read it: a page or feed saved as XML or HTML as the lines a
reader sees, Markdown links and emphasis as their text, no-break spaces and tabs as spaces."""

from __future__ import annotations

import re

from ssecli.extract import PARSER_VERSION  # noqa: F401  (re-exported)
from ssecli.extract.lexicon import MONTHS_IN_FULL

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
    if RE_GLUED_YEAR.search(text):  # rare: the full pattern is tried only where a year has a word glued on
        text = RE_GLUED_DATE.sub(r"\g<0> ", text)
    if RE_AUTHOR_MARK.search(text):
        text = RE_MARKED_LINE.sub(_without_marks, text)
    for char, plain in PLAIN_CHARACTERS:
        if char in text:  # str.translate would look every character up in a table: far slower
            text = text.replace(char, plain)
    return text


# A paper's authors with the numbers of their affiliations, and the affiliations under them:
# "Ana Ruiz Vidal1, Marta Gil2 and Lea Roth*1" / "1Universidad de Valladolid, Spain; 2Universitat
# Jaume I". The numbers glued on are no part of the names: a line with two of them at least.
AUTHOR_MARK = r"(?<=[a-zà-ÿ])\*?\d{1,2}\*?(?=\s*(?:,|;|&|and\b|$))"
AFFILIATION_MARK = r"(?:^|(?<=; ))\d{1,2}(?=[A-ZÀ-Þ][a-zà-ÿ])"
# The same, tried digit first: a scan that stops at digits only, not at every letter (same matches).
RE_AUTHOR_MARK = re.compile(
    r"\d(?<=[a-zà-ÿ]\d)\d?\*?(?=\s*(?:,|;|&|and\b|$))|\*\d(?<=[a-zà-ÿ]\*\d)\d?\*?(?=\s*(?:,|;|&|and\b|$))", re.M
)
RE_MARKED_LINE = re.compile(rf"^.*(?:{AUTHOR_MARK}|{AFFILIATION_MARK}).*(?:{AUTHOR_MARK}|{AFFILIATION_MARK}).*$", re.M)
RE_MARKS = re.compile(rf"{AUTHOR_MARK}|{AFFILIATION_MARK}", re.M)


def _without_marks(m: re.Match[str]) -> str:
    return RE_MARKS.sub("", m.group())


# A no-break space and a tab are spaces; the typographic hyphens (U+2010, and U+2011, which a page
# writes so that "Asha‑Rose" or "al‑Nasser" is never broken at the end of a line) are the hyphen
# every pattern knows.
PLAIN_CHARACTERS = (("\u00a0", " "), ("\t", " "), ("\u2010", "-"), ("\u2011", "-"))


# A crawl that drops the markup between a date and the next word glues them: "February 2, 2021No
# Comments", "25 October 2023Directorate-General", "30 Dicembre 2014By Giuseppe". A space parts a whole
# date from the word glued after it ("2020Talks", a name, stays).
RE_GLUED_YEAR = re.compile(r"(?:19|20)\d\d[A-Z][a-z]")
_MONTH = "(?:" + "|".join(m.capitalize() for m in MONTHS_IN_FULL) + ")"
RE_GLUED_DATE = re.compile(rf"\b(?:{_MONTH} \d{{1,2}}, |\d{{1,2}} [A-Z][a-zà-ÿ]{{2,9}} )(?:19|20)\d\d(?=[A-Z][a-z])")


RE_UNSPACED = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")  # kana and Han: Japanese and Chinese write no spaces
UNSPACED_CHARS_A_WORD = 2


def word_count(s: str) -> int:
    """A line's length in words as a reader counts them; a Japanese or Chinese word is about two characters."""
    words = len(s.split())
    if s.isascii():
        return words  # most lines, and asked of each line many times
    return max(words, len(RE_UNSPACED.findall(s)) // UNSPACED_CHARS_A_WORD)


# The word that opens a byline in the languages of the pages: "By Jane Doe", "Par", "Por", "Di", "Von".
BY_WORDS = "by|par|por|di|von"


RE_HEADING_MARK = re.compile(r"^\s*#{1,6}\s*")


RE_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def _strip_markup(line: str) -> str:
    if "#" in line:
        line = RE_HEADING_MARK.sub("", line)
    if "[" in line:
        line = RE_LINK.sub(r"\1", line)
    return line.strip().strip("*_").strip()


# A field of a saved page or an export: "Date: 12 May 2023", "**Title:** ...".
RE_FIELD = re.compile(r"^\s*[*_]*(?P<key>[A-Za-z][A-Za-z: ]{1,24}?)[*_]*\s*:\s*(?P<value>.+)$")
TITLE_KEYS = {"subject", "title", "headline"}
# A list's number, bullet or a heading's mark before a line's text.
RE_NUMBERED = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*•]|#{1,4})\s+")


def _field_key(line: str) -> str | None:
    m = RE_FIELD.match(line)
    return m.group("key").strip().lower() if m else None


def _item_title(line: str) -> str:
    """An item's title line as a reader sees it: without numbering, markup or a "Title:" key."""
    s = _strip_markup(RE_NUMBERED.sub("", line.strip()))
    m = RE_FIELD.match(s)
    return _strip_markup(m.group("value")) if m and m.group("key").strip().lower() in TITLE_KEYS else s
