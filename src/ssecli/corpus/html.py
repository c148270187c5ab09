"""Web pages (.html, .htm): the article's main text, without the menus, banners, sidebars and
footers saved around it, and the page's own metadata (title, publication date, author, site
name), read by trafilatura (with htmldate for the date): made for news pages, and the best of
the extractors measured on ours (see the README). Imported only when a page is read."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ssecli.corpus import MAX_ARTICLE_BYTES, Article, Problem, clean_text

# What `sse add --title/--date` wrote above a page, and the mark browsers leave on a page saved
# whole ("<!-- saved from url=(0042)https://... -->"): the page's address.
RE_SSE_COMMENT = re.compile(r"<!--\s*sse:(?P<fields>[^>]*?)-->")
RE_SSE_FIELD = re.compile(r'(?P<key>title|date)="(?P<value>[^"]*)"')
RE_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(?P<url>\S+?)\s*-->", re.I)
RE_CANONICAL = re.compile(r"<link\b[^>]*\brel=[\"']canonical[\"'][^>]*\bhref=[\"'](?P<url>[^\"']+)", re.I)
# What a page carries that is never its text: scripts (but JSON-LD, which holds its metadata), styles,
# inline images. Taken out before the extractor sees the page: they make up most of a page's bytes.
RE_NOT_TEXT = re.compile(
    r"<script\b(?![^>]*ld\+json)[^>]*>.*?</script\s*>|<(style|svg|noscript|template)\b[^>]*>.*?</\1\s*>",
    re.I | re.S,
)
# trafilatura's time grows faster than the page (0.8 s for 512 KB of markup, 57 s for 8 MB): an
# article is a few KB of it, so that the rest is cut, with a note.
MAX_MARKUP_CHARS = 1024 * 1024
RE_WORD = re.compile(r"[^\W\d_]{2,}")
MIN_WORDS = 8
# " | Site name", " - Site name" after a page's title, where the site name is known.
RE_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ")


def read_page(path: Path, ident: str, html: str, notes: list[str]) -> Article | Problem:
    """A page's article, or why it holds none (a page of links, a broken or empty page)."""
    import logging

    from trafilatura import bare_extraction

    # trafilatura and htmldate log what they could not parse: a page's fault, said as a Problem.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    head = html[:4096]
    overrides = dict(RE_SSE_FIELD.findall(m.group("fields"))) if (m := RE_SSE_COMMENT.search(head)) else {}
    html = RE_NOT_TEXT.sub(" ", html)
    if len(html) > MAX_MARKUP_CHARS:
        html = html[:MAX_MARKUP_CHARS]
        notes = [*notes, f"only the first {MAX_MARKUP_CHARS // 1024} KB of the page's markup are read"]
    doc: Any
    try:
        doc = bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": True, "original_date": True},
        )
    except Exception as e:  # noqa: BLE001 - lxml and the extractors fail in many ways on a broken page
        return Problem(path, f"not a readable web page ({type(e).__name__})")
    text = clean_text(getattr(doc, "text", None) or "") if doc is not None else ""
    if len(RE_WORD.findall(text)) < MIN_WORDS:  # a page of links, or markup with no page in it
        return Problem(path, "no article text found in the web page")
    origins = {k: "sse add --title" if k == "title" else "sse add --date" for k in overrides}
    title = overrides.get("title") or page_title(doc.title or "", doc.sitename or "")
    first = text.strip().split("\n", 1)[0].strip()
    if not overrides.get("title") and len(title.split()) < 3 and 3 <= len(first.split()) and len(first) <= 150:
        title = first  # a page titled "Home" or "News": the article's heading, which opens its text
        origins["title"] = "the article's heading"
    date = overrides.get("date") or (doc.date or "")
    # The author and the site name are not in the news: as header lines they would be taken for a
    # person and an organisation the article speaks of.
    fields = [("Title", title), ("Date", date)]
    header = "".join(f"{key}: {clean_text(value).strip()}\n" for key, value in fields if value and value.strip())
    for key, value in fields:
        if value and key.lower() not in origins:
            origins[key.lower()] = "the web page's metadata"
    return Article(path, ident, text.strip()[:MAX_ARTICLE_BYTES] + "\n", notes, header=header, origins=origins)


def page_title(title: str, site: str) -> str:
    """The article's title, not the site's name after it: 'Coops grow | SSE News' -> 'Coops grow'."""
    title = " ".join(title.split())
    for sep in RE_TITLE_SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        if site and (tail.strip().lower() == site.strip().lower() or head.strip().lower() == site.strip().lower()):
            return head.strip() if tail.strip().lower() == site.strip().lower() else tail.strip()
    return title


def page_address(html: str) -> str | None:
    """The address a page was saved from: `sse add`'s mark, a browser's, or its canonical link."""
    head = html[:65536]
    m = RE_SAVED_FROM.search(head) or RE_CANONICAL.search(head)
    return m.group("url") if m else None
