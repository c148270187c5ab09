"""Listings whose items carry no date, which their readers still count item by item:
- teasers: tag, category and archive pages whose items the site cut short, each summary ending on
  "[…]" or a "Read more" link; each item is titled by its headline, or where the page gives none by
  the start of its summary;
- headline and summary pairs: a page that is nothing but a headline, a paragraph, a headline, a
  paragraph ... (a section's page, a digest)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ssecli.extract.names import is_names_line
from ssecli.parser.header import RE_BOILERPLATE, RE_SEPARATOR, dateline_date
from ssecli.parser.item_dates import opening_day
from ssecli.parser.markup import BY_WORDS, _item_title, _strip_markup

# A link to the rest of the story, alone on its line or closing the summary, in the languages of the
# pages we meet.
READ_ON = (
    r"(?:read more|read the full story|continue reading|more\s*»|leggi tutto|leggi\s*[>»›]|continua a leggere|"
    r"leer más|seguir leyendo|lire la suite|weiterlesen|mehr lesen|ler mais|saiba mais)"
)
RE_READ_ON_LINE = re.compile(r"^[\s\[(»>]*" + READ_ON + r"[\s.…»>→›)\]]*$", re.I)
# A summary the site cut: "... build support [...]", "... the reduction […]", "... in Mabinay… Read More".
# After the ellipsis, a link may be one word: "… Leggi", "... more".
RE_CUT_SUMMARY = re.compile(
    r"(?:\[(?:\.\.\.|…)\]|(?:…|\.\.\.)(?:\s*(?:leggi|continua|read|more|lire|leer|ler|mehr))?|\s"
    + READ_ON
    + r"[\s.…»>]*)$",
    re.I,
)
# "Read More >8 Philly impact leaders ...": the link that closed the item above, glued by the crawl to the
# next item's headline.
RE_GLUED_READ_ON = re.compile(r"^\s*" + READ_ON + r"\s*[>»›:]*\s*(?=\S)", re.I)
RE_LINK_LINE = re.compile(r"\s" + READ_ON + r"[\s.…»>]*$", re.I)
MIN_SUMMARY_WORDS = 12
MAX_KICKER_WORDS = 3

# "By Jane Doe", "By: Jane Doe 09.14.24", "Posted by ...", "par ...", "di ...": a byline's opening.
RE_BYLINE = re.compile(rf"\s*(?:posted by|written by|{BY_WORDS})\s*:?\s", re.I)
MAX_HEADLINE_WORDS = 20
MAX_TEASER_WORDS = 150  # a headline, a byline and a summary of a few sentences
MAX_LEAD_WORDS = 80  # above the first teaser: more is an article with links to others below it


def teaser_items(lines: list[str], floor: int, dated: dict[int, tuple] | None = None) -> list[dict[str, Any]]:
    """The items of a page of two teasers or more below line `floor`, or of a page that is one teaser
    and nothing more; [] for any other page. `dated` holds the page's date lines, by line number: one
    inside a teaser's block dates it."""
    if floor >= 0 and _closes_teaser(lines, floor):
        floor -= 1  # the page opens on a teaser, which the header took for its title
    ends = [i for i in range(floor + 1, len(lines)) if _closes_teaser(lines, i)]
    lone = len(ends) == 1 and _ends_page(lines, ends[0])
    if len(ends) < 2 and not lone:
        return []
    sizes = []  # each teaser's words
    items: list[dict[str, Any]] = []
    first_headed = False  # whether the first item has a headline of its own
    lo = floor
    for end in ends:
        block = [j for j in range(lo + 1, end + 1) if _text_line(lines[j])]
        lo = end
        sizes.append(len(" ".join(lines[j] for j in block).split()))
        if sizes[-1] > MAX_TEASER_WORDS:
            return []  # an article, with a few teasers of others under it
        summary = [j for j in block if not RE_READ_ON_LINE.match(lines[j].strip())]
        if not summary:
            continue
        # The short lines above the summary: a kicker, the headline, a byline.
        leading = []
        for j in summary[:-1]:
            if len(lines[j].split()) > MAX_HEADLINE_WORDS or _is_sentence(lines[j]):
                break
            if j not in (dated or {}) and not is_names_line(_strip_markup(lines[j]).strip()):
                # "Apr 15th, 2011 | By | Category: News", "Cindy Zimmerman" (the author) are no headline
                leading.append(j)
        # A headline set apart by a blank line outranks the subheadings of the summary's own paragraph:
        # "Labor and Co-ops: Beginnings" / "" / "part 2 of a series" / "Early Unionist Movement" / summary.
        apart = [j for j in leading if j < _paragraph_start(lines, summary[-1])]
        # Of those, the nearest to the summary that is more than a kicker ("News", "Discussion paper"):
        # the page's own subtitle may stand further up, above the first teaser.
        named = [j for j in apart if len(lines[j].split()) > MAX_KICKER_WORDS and not RE_BYLINE.match(lines[j])]
        headline = named[-1] if named else max(leading, key=lambda j: len(lines[j].split()), default=None)
        title_line = headline if headline is not None else summary[-1]
        title = _item_title(lines[title_line])
        if headline is None:  # no headline: the summary's start names the story
            title = RE_CUT_SUMMARY.sub("", title).strip()
        if len(title) > 200:
            title = title[:190].rsplit(" ", 1)[0] + "…"
        if not items:
            first_headed = headline is not None
        # "New Delhi, October 22, 2025: India's ...": a dateline opening the summary dates the teaser.
        day = next((d for j in summary if (d := dateline_date(lines[j].strip())) and d[2] is not None), None)
        day = day or next((d for j in block if (d := (dated or {}).get(j))), None)
        if day is None and headline is not None:
            # "Day 8, Saturday, April 8th, 2017 Myles gave us ...": a whole day opening the summary
            # under a headline, behind no words of a sentence, dates it as a dateline would.
            day = next((opening_day(lines[j]) for j in summary if j > headline), None)
        items.append(
            {"title_line": title_line, "date_line": title_line, "date": day, "title": title, "start": block[0]}
        )
    if items and floor >= 0 and not first_headed and _headline_at(lines, floor, items[0]):
        # The page opens on its first teaser's headline, which the header took for the page's title.
        items[0].update(title_line=floor, title=_item_title(lines[floor]), start=floor)
    if not lone and sizes[0] > 3 * max(sizes[1:]):
        return []  # an article that ends on "Read more", then teasers of others: one article
    if len(items) < (1 if lone else 2) or len(" ".join(lines[floor + 1 : items[0]["start"]]).split()) > MAX_LEAD_WORDS:
        return []
    for k, it in enumerate(items):
        last = items[k + 1]["start"] if k + 1 < len(items) else len(lines)
        it["lines"] = [lines[j] for j in range(it["start"], last) if not RE_SEPARATOR.match(lines[j].strip())]
    return items


# What may follow the one teaser of a page: a share bar, a sign-up box, a source line.
MAX_TAIL_WORDS = 40


def _ends_page(lines: list[str], end: int) -> bool:
    """Does the teaser closed on line `end` end the page's text (little but a footer after it, and
    no other summary cut short or link to the rest)?"""
    tail = [_strip_markup(ln).strip() for ln in lines[end + 1 :]]
    if any(RE_READ_ON_LINE.match(t) or _cut(t) for t in tail if t):
        return False
    return len(" ".join(ln for ln in lines[end + 1 :] if _text_line(ln)).split()) <= MAX_TAIL_WORDS


def _text_lines(lines: list[str], floor: int) -> list[int]:
    """The numbers of the lines of text below line `floor`."""
    return [j for j in range(max(0, floor + 1), len(lines)) if _text_line(lines[j])]


def _text_line(line: str) -> bool:
    s = line.strip()
    return bool(s) and not RE_SEPARATOR.match(s) and not RE_BOILERPLATE.match(s)


def _closes_teaser(lines: list[str], i: int) -> bool:
    s = _strip_markup(lines[i])
    # "¿Cuál es la razón ...? Leer más »": a link of its own under the summary, led by the headline again.
    linked = (
        len(s.split()) < MIN_SUMMARY_WORDS
        and _paragraph_start(lines, i) == i
        and RE_LINK_LINE.search(s, max(0, len(s) - TAIL_CHARS))
    )
    if RE_READ_ON_LINE.match(s) or linked:
        above = next((lines[j] for j in range(i - 1, max(-1, i - 4), -1) if lines[j].strip()), "")
        return len(above.split()) >= MIN_SUMMARY_WORDS or _cut(above.strip())
    if not _cut(s):
        return False
    # "... a home care cooperative in Olympia, Washington." / "The co-op incorporated … Continue reading":
    # the summary is the paragraph the cut line closes.
    if len(s.split()) < MIN_SUMMARY_WORDS:
        paragraph = lines[_paragraph_start(lines, i) : i + 1]
        if len(paragraph) == 1 or len(" ".join(paragraph).split()) < MIN_SUMMARY_WORDS:
            return False
    # A summary whose link follows on the next line is closed there, not here.
    after = next((lines[j] for j in range(i + 1, min(len(lines), i + 3)) if lines[j].strip()), "")
    return not RE_READ_ON_LINE.match(_strip_markup(after))


# A cut or a link ends its line: only the line's tail is searched for one.
TAIL_CHARS = 48


def _cut(s: str) -> bool:
    return RE_CUT_SUMMARY.search(s, max(0, len(s) - TAIL_CHARS)) is not None


def _paragraph_start(lines: list[str], i: int) -> int:
    """The first line of the paragraph (lines with no blank line between them) that line i ends."""
    while i > 0 and lines[i - 1].strip():
        i -= 1
    return i


def _is_sentence(line: str) -> bool:
    return bool(re.search(r"[.…:]\s*$", line.strip())) and len(line.split()) > 8


def _headline_at(lines: list[str], i: int, item: dict[str, Any]) -> bool:
    """Is line i a headline standing directly above the item, whose own block has none?"""
    s = lines[i].strip()
    return (
        bool(s)
        and len(s.split()) <= MAX_HEADLINE_WORDS
        and not _is_sentence(s)
        and all(not ln.strip() for ln in lines[i + 1 : item["start"]])
    )


# A headline and a summary, three times or more, make the whole page (one block may stand above and
# one below them: the page's name, a contact line). An article's subheadings head sections of several
# paragraphs, and an article opens on a paragraph of its own.
MIN_PAIRS = 3
MIN_SUMMARY_PAIR_WORDS = 20
MIN_HEADLINE_MEAN = 6


def paired_items(lines: list[str], floor: int) -> list[dict[str, Any]]:
    blocks = _blocks(lines, max(0, floor))
    for first in (0, 1):
        pairs, summaries = [], []
        k = first
        while k + 1 < len(blocks) and _pair_headline(lines, blocks[k]) and _pair_summary(lines, blocks[k + 1]):
            pairs.append((blocks[k][0], blocks[k + 2][0] if k + 2 < len(blocks) else len(lines)))
            summaries.append(blocks[k + 1][0])
            k += 2
        heads = [len(lines[a].split()) for a, _ in pairs]
        # A news headline says what happened ("Heureux comme un salarié de Scop ou de Scic"); an
        # article's subheadings are names of a few words ("What comes next").
        if len(pairs) >= MIN_PAIRS and len(blocks) - k <= 1 and sum(heads) >= MIN_HEADLINE_MEAN * len(heads):
            items = headed_items(lines, pairs)
            for item, summary in zip(items, summaries, strict=True):
                item["date"] = opening_day(lines[summary])  # "Day 8, Saturday, April 8th, 2017 Myles ..."
            return items
    return []


def items_from(lines: list[str], starts: list[int]) -> list[dict[str, Any]]:
    """Undated items titled by their first lines, each running to the next item's first line."""
    return headed_items(lines, list(zip(starts, [*starts[1:], len(lines)], strict=True)))


def headed_items(lines: list[str], spans: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Undated items, each titled by its first line, from their (first line, end) spans."""
    return [
        {
            "title_line": a,
            "date_line": a,
            "date": None,
            "title": _item_title(lines[a]),
            "start": a,
            "lines": lines[a:b],
        }
        for a, b in spans
    ]


# Headline and summary on two lines with no blank between, card after card ("Patagonia Exits to
# Climate" / "A win for capitalism but a mixed bag for stakeholder governance."): a section's page.
# Four cards at least, nearly all the page; a headline written in title case or a summary that ends
# as a sentence tells the two lines apart, and a summary is one or two sentences, not an answer of a
# page of questions.
MIN_LINE_PAIRS = 4
MAX_PAIR_SUMMARY_WORDS = 45


def line_pairs(lines: list[str], floor: int) -> list[dict[str, Any]]:
    text = _text_lines(lines, floor)
    pairs: list[tuple[int, int]] = []
    k = 0
    while k + 1 < len(text):
        h, s = text[k], text[k + 1]
        if s == h + 1 and _card_headline(lines[h]) and _card_summary(lines[h], lines[s]):
            pairs.append((h, s))
            k += 2
        else:
            k += 1
    if len(pairs) < MIN_LINE_PAIRS or 2 * len(pairs) < 0.8 * len(text) - 2:
        return []
    if all(lines[h].strip().endswith("?") for h, _ in pairs):
        return []  # questions and their answers
    said = Counter(lines[h].strip() for h, _ in pairs)
    if 2 * said.most_common(1)[0][1] >= len(pairs):
        return []  # "Rural Power" over most cards: a kicker above each headline, no headline of its own
    return items_from(lines, [h for h, _ in pairs])


# "Kementerian Koperasi Gandeng Perum Bulog ..." twice, a blank line between, then the story: a theme
# that prints each card's headline twice (as a link and as a heading) lists its stories so.
MIN_REPEATED = 2


def repeated_headlines(lines: list[str], floor: int) -> list[dict[str, Any]]:
    at = _text_lines(lines, floor)
    said = [lines[j].strip() for j in at]
    # Twice exactly, each headline its own: a line repeated down the page is a site's furniture.
    heads = [
        at[n]
        for n in range(len(said) - 1)
        if said[n] == said[n + 1]
        and (n + 2 == len(said) or said[n + 2] != said[n])
        and (n == 0 or said[n - 1] != said[n])
        and 2 <= len(said[n].split()) <= MAX_HEADLINE_WORDS
    ]
    # "Energiewende oder Rollback? (Foto: J. Nitzsche)", twice: an image's caption and its alt text;
    # the headline is the line above them.
    found = [_above_caption(lines, at, j) if RE_CAPTION_CREDIT.search(lines[j]) else j for j in heads]
    kept = [j for j in found if j is not None]
    if len(kept) < len(found) or len(kept) < MIN_REPEATED or len({lines[j].strip() for j in kept}) < len(kept):
        return []
    return items_from(lines, kept)


RE_CAPTION_CREDIT = re.compile(
    r"\((?:Foto|Photo|Bild|Image|Crédit|Credit|Crédito|Quelle|Source)s?\s*(?::|by\b)[^()\n]{2,60}\)\s*$", re.I
)


def _above_caption(lines: list[str], at: list[int], j: int) -> int | None:
    """The line above an image's caption, where it reads as a headline."""
    k = at.index(j)
    return at[k - 1] if k and _card_headline(lines[at[k - 1]]) else None


# "„Energiegenossenschaften zwischen Rendite, Romantik und Realität“ weiterlesen", "Continue reading
# “Title”": a blog's link to the whole post names the post's headline, which stands above it.
RE_NAMED_READ_ON = re.compile(
    rf"^[ \t]*(?:{READ_ON}[ \t]*[:»›]?[ \t]*[„“\"«‘](?P<a>[^\n]{{8,200}}?)[“”\"»’]"
    rf"|[„“\"«‘](?P<b>[^“”\"»’]{{8,200}}?)[“”\"»’]?\s*{READ_ON})[ \t]*[.…→»›]?[ \t]*$",
    re.I | re.M,
)


def named_read_ons(lines: list[str], floor: int) -> list[dict[str, Any]]:
    """Posts found by the links that name them: each starts at the line of the headline its link
    names, below the last post's link."""
    text = "\n".join(lines)
    starts: list[int] = []
    lo = max(0, floor)  # the header may have taken the first post's headline for the page's title
    for m in RE_NAMED_READ_ON.finditer(text):
        at = text.count("\n", 0, m.start())
        headline = (m.group("a") or m.group("b")).split("\n")[0].strip()
        found = next((j for j in range(at - 1, lo - 1, -1) if lines[j].strip() == headline), None)
        if found is None:
            return []  # a link that names no headline above it: not this layout
        starts.append(found)
        lo = text.count("\n", 0, m.end()) + 1
    return items_from(lines, starts) if len(starts) >= 2 else []


def _card_headline(line: str) -> bool:
    s = line.strip()
    return 2 <= len(s.split()) <= MAX_HEADLINE_WORDS and not re.search(r"[.:;,…]$", s)


def _card_summary(headline: str, line: str) -> bool:
    s = line.strip()
    words = s.split()
    if not 4 <= len(words) <= MAX_PAIR_SUMMARY_WORDS:
        return False
    return bool(re.search(r"[.!?…]$", s)) or _title_case(headline) and not _title_case(s)


def _title_case(s: str) -> bool:
    long_words = [w for w in s.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(long_words) and sum(w[:1].isupper() for w in long_words) >= 0.8 * len(long_words)


def _blocks(lines: list[str], start: int) -> list[list[int]]:
    """Runs of lines of text from `start`, each a list of line numbers."""
    out: list[list[int]] = []
    run: list[int] = []
    for j in range(start, len(lines)):
        if _text_line(lines[j]):
            run.append(j)
        elif run:
            out.append(run)
            run = []
    return out + [run] if run else out


def _pair_headline(lines: list[str], block: list[int]) -> bool:
    s = lines[block[0]].strip()
    return len(block) == 1 and 3 <= len(s.split()) <= MAX_HEADLINE_WORDS - 2 and not re.search(r"[.:;,]$", s)


def _pair_summary(lines: list[str], block: list[int]) -> bool:
    return len(" ".join(lines[j] for j in block).split()) >= MIN_SUMMARY_PAIR_WORDS
