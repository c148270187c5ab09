"""Listing pages told by the shape of their cards, whatever the site: every card repeats the same
lines in the same order (a kicker, a headline, a byline, a summary; a date, then what happened;
a headline, a summary that ends on its source and day), so a page of cards is a run of one
sequence of line roles, said three times or more.

An article repeats a shape too (a subheading, its paragraphs, the next subheading), so a run is
only a listing where most of its cards carry a cue that no article's section does: a date line, a
byline, a line said on every card ("the Guardian", "READ THE ARTICLE"), a summary that closes on
the day of its source, a date opening each line of a timeline."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from ssecli.extract import dates as D
from ssecli.extract.names import everyday_words, is_names_line
from ssecli.extract.places import is_place
from ssecli.parser.header import HEADER_KEYS, _is_credit
from ssecli.parser.item_dates import RE_LEADING_MARK, item_date
from ssecli.parser.markup import _field_key, _item_title, _strip_markup, word_count
from ssecli.parser.teasers import RE_BYLINE, RE_CUT_SUMMARY, RE_READ_ON_LINE
from ssecli.parser.teasers import _text_line as _teaser_text_line

# A line's role on its card, one letter each, so that a card's shape is a string ("KHS").
HEADLINE = "H"
SUMMARY = "S"  # a sentence or a paragraph; consecutive ones are one summary
DATED_SUMMARY = "E"  # a summary that ends on its source's day: "... Omrop Fryslan, 5 oktober 2015."
DATE = "D"  # a line that is a date: "October 6, 2013", "February 2020 (Season 1 - Episode 12)", "1769"
DATED_LINE = "L"  # one line, one item, its year first: "• 1844 – The Rochdale Pioneers ..."
BYLINE = "B"  # "By: Holly Love 05.04.23 3 minute read", "Giulia Galera, Stefania Chiomento"
KICKER = "K"  # a short line said on three cards or more: a section, a source, a link
FIELD = "F"  # "Venue: ...", "Registration: ...": an event page's facts, no card's
TIME = "T"  # "09:00  Opening ceremony": a programme's hour
READ_ON = "R"  # "Read more": a card's end, which cards may show or not

# Roles no article's section has: most cards of a listing carry one.
CUES = frozenset(DATE + DATED_SUMMARY + DATED_LINE + BYLINE + KICKER)
MIN_CARDS = 3
MAX_SHAPE = 6  # lines of a card, summaries collapsed
MAX_HEADLINE_WORDS = 25
MAX_KICKER_WORDS = 6
MAX_LEAD_WORDS = 80  # text above the first card: more is an article with cards of others below it
MAX_TAIL_WORDS = 150  # and below the last: a footer, not the rest of an article

FIELD_KEYS = HEADER_KEYS | {
    "dates",
    "venue",
    "where",
    "when",
    "time",
    "place",
    "organiser",
    "organisers",
    "organizer",
    "organizers",
    "languages",
    "registration",
    "speakers",
    "cost",
    "deadline",
}
RE_SENTENCE_END = re.compile(r"(?:[.!?…:;,。！？\ufffd]|\[(?:\.\.\.|…)\])[\"”’)」]*\s*$")
RE_QUESTION_END = re.compile(r"[?!][\"”’)]*\s*$")
MAX_QUESTION_WORDS = 15  # "What Do the New Loan-Level Pricing Adjustments Mean?" is a headline
MAX_BYLINE_WORDS = 14
RE_TIME_LINE = re.compile(r"^\d{1,2}[:.h]\d\d\b")
RE_YEAR_LINE = re.compile(r"^(?:1[5-9]|20)\d\d$")
RE_YEAR_FIRST = re.compile(r"^(?:[•·▪◦*-]\s*)?(?P<year>(?:1[5-9]|20)\d\d)\s*[–—:-]\s+\S.{12,}$")
RE_SHORT_DAY_LAST = re.compile(
    r"\s+[–—-]\s+(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d\d|(?:19|20)\d\d)\s*$"
)
MIN_DATED_LINE_TITLE = 12
MAX_OUTLET_WORDS = 6
RE_NAME_SHAPE = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}")
# A byline's day in the American order with a year of two digits: "By: John Lutz 03.27.25".
RE_SHORT_DAY = re.compile(r"\b(1[0-2]|0?[1-9])[./](3[01]|[12]\d|0?[1-9])[./](\d\d)\b")
RE_DIGIT = re.compile(r"\d")
MAX_DATE_LINE = 160  # a date line is short: "Tuesday, 20 June 2017 - 12pm", "Posted on ... by ..."
TAIL_CHARS = 40  # "Hoogeveensche Courant, 24 september 2015."


def card_items(lines: list[str], floor: int) -> list[dict[str, Any]]:
    """The items of a page of cards below line `floor`, [] for any other page."""
    at = [j for j in range(max(0, floor + 1), len(lines)) if _text_line(lines[j])]
    text = {j: _strip_markup(lines[j]).strip() for j in at}
    said = Counter(text.values())
    seq: list[tuple[str, int]] = []  # (role, line); a summary's paragraphs are one, ending on the last
    for j in at:
        role = _role(text[j], said)
        if role == HEADLINE and (_runs_on(lines, j) or seq and seq[-1][0] == SUMMARY and _runs_on(lines, seq[-1][1])):
            role = SUMMARY  # a paragraph wrapped line by line, as a PDF's text is, is no headline
        if role == READ_ON:
            continue
        if role in (SUMMARY, DATED_SUMMARY) and seq and seq[-1][0] in (SUMMARY, DATED_SUMMARY):
            seq[-1] = (role, j) if role == DATED_SUMMARY else seq[-1]
            continue
        seq.append((role, j))
    cards = _longest_run("".join(role for role, _ in seq))
    if len(cards) > MIN_CARDS and _heading_in_first(lines, seq, cards):
        # "Episodes", a blank line, then a card that lacks a line the others show: the page's heading
        # filled the gap. The first card starts below it.
        first, shape, _ = cards[0]
        if shape[1:2] == HEADLINE:
            cards[0] = (first + 1, shape[1:], 0)
        else:
            cards = cards[1:]
    if not cards:
        return []
    end = cards[-1][0] + len(cards[-1][1])
    end_line = seq[end][1] if end < len(seq) else len(lines)
    lead = " ".join(text[j] for j in at if j < seq[cards[0][0]][1])
    tail = " ".join(text[j] for j in at if j >= end_line)
    if len(lead.split()) > MAX_LEAD_WORDS or len(tail.split()) > MAX_TAIL_WORDS:
        return []
    items = []
    for k, (first, shape, title_at) in enumerate(cards):
        card = seq[first : first + len(shape)]
        title_line = card[title_at][1]
        title = RE_CUT_SUMMARY.sub("", _item_title(lines[title_line])).strip()
        if shape == DATED_LINE:
            title = RE_SHORT_DAY_LAST.sub("", RE_LEADING_MARK.sub("", title.lstrip("*- ")))
            day_last = _day_last(title)
            title = title[: day_last[1]] if day_last else title
        date = next((d for role, j in card if (d := _card_date(text[j], role))), None)
        start = card[0][1]
        # The last card runs to the page's end: what follows it is its own or the page's footer.
        last = seq[cards[k + 1][0]][1] if k + 1 < len(cards) else len(lines)
        items.append(
            {
                "title_line": title_line,
                "date_line": title_line,
                "date": date,
                "title": title,
                "start": start,
                "lines": lines[start:last],
            }
        )
    return items


Card = tuple[int, str, int]  # where it starts among the page's roles, its shape, its headline's place


def _longest_run(roles: str) -> list[Card]:
    """The cards of the run of one card shape that covers most lines, three cards at least, with a
    cue on most of them; a shape may vary in a summary written without its full stop and in a
    kicker shown on some cards only, and a card may lack one line that is neither its headline nor
    its cue (a guest's line on one episode, a byline on one post)."""
    best: tuple[tuple[int, bool], list[Card]] | None = None
    if sum(role in CUES for role in roles) * 3 < MIN_CARDS * 2:
        return []  # most of three cards at least carry a cue: most articles have none
    for size in range(1, MAX_SHAPE + 1):
        for first in range(len(roles) - size + 1):
            shape = roles[first : first + size]
            title_at = _title_at(shape)
            if title_at is None or shape[0] in (SUMMARY, DATED_SUMMARY) or size == 1 and shape != DATED_LINE:
                continue
            cards = _run_from(roles, first, shape, title_at)
            whole = sum(card_shape == shape for _, card_shape, _ in cards)
            if len(cards) < MIN_CARDS or 2 * whole <= len(cards):
                continue  # most cards show the whole shape: the short ones lack a line of it
            cued = sum(any(role in CUES for role in card_shape) for _, card_shape, _ in cards)
            # Between two rotations of one run, the one whose cards end on their summary or date.
            closes = shape[-1] in (SUMMARY, DATED_SUMMARY, BYLINE, DATE)
            if 3 * cued >= 2 * len(cards):
                key = (sum(len(c[1]) for c in cards), closes)
                if best is None or key > best[0]:
                    best = (key, cards)
    return best[1] if best else []


def _run_from(roles: str, first: int, shape: str, title_at: int) -> list[Card]:
    cards: list[Card] = [(first, shape, title_at)]
    at = first + len(shape)
    while True:
        if shape == DATED_LINE and roles[at : at + 2] == DATE + DATED_LINE:
            at += 1  # "May 2023" between the lines of June's items and of May's: a heading, no item
        if (longer := _subtitled_card_at(roles, at, shape, title_at)) is not None:
            cards.append((at, longer, title_at))  # a subtitle under this card's headline
            at += len(longer)
        elif _card_at(roles, at, shape, title_at):
            cards.append((at, shape, title_at))
            at += len(shape)
        elif (short := _short_card_at(roles, at, shape, title_at)) is not None:
            cards.append((at, *short))
            at += len(short[0])
        else:
            break
    if len(cards) >= MIN_CARDS - 1 and (before := _short_card_before(roles, first, shape, title_at)) is not None:
        cards.insert(0, before)  # the first card may lack a line the others have
    return cards


@lru_cache(maxsize=4096)  # a page's shapes are few, and asked at each card of each run
def _shortened(shape: str, title_at: int) -> tuple[tuple[str, int], ...]:
    """The shape less one line that is neither its headline nor a cue, with the headline's place."""
    if len(shape) < 3:
        return ()
    return tuple(
        (shape[:x] + shape[x + 1 :], title_at - (x < title_at))
        for x in range(len(shape))
        if x != title_at and shape[x] not in CUES
    )


def _subtitled_card_at(roles: str, at: int, shape: str, title_at: int) -> str | None:
    """The shape with a subtitle under its headline, where the card at `at` has one."""
    if shape == DATED_LINE or roles[at + title_at + 1 : at + title_at + 2] != HEADLINE:
        return None
    longer = shape[: title_at + 1] + HEADLINE + shape[title_at + 1 :]
    return longer if _card_at(roles, at, longer, title_at) else None


def _short_card_at(roles: str, at: int, shape: str, title_at: int) -> tuple[str, int] | None:
    return next(((s, t) for s, t in _shortened(shape, title_at) if _card_at(roles, at, s, t)), None)


def _short_card_before(roles: str, first: int, shape: str, title_at: int) -> Card | None:
    for s, t in _shortened(shape, title_at):
        if first - len(s) >= 0 and _card_at(roles, first - len(s), s, t):
            return (first - len(s), s, t)
    return None


def _card_at(roles: str, at: int, shape: str, title_at: int) -> bool:
    return at + len(shape) <= len(roles) and all(
        _same(role, roles[at + x], x == title_at) for x, role in enumerate(shape)
    )


@lru_cache(maxsize=4096)  # a page's shapes are few, and asked at each of its lines
def _title_at(shape: str) -> int | None:
    """Which line of a card shape is its headline: the one above the summary, or the first; with
    no headline, the summary under a date ("1769", then what happened), or the line of a timeline."""
    if shape == DATED_LINE:
        return 0
    if HEADLINE in shape:
        above = (x for x in range(len(shape) - 1) if shape[x] == HEADLINE and shape[x + 1] in (SUMMARY, DATED_SUMMARY))
        return next(above, shape.index(HEADLINE))
    return next((x + 1 for x in range(len(shape) - 1) if shape[x] == DATE and shape[x + 1] == SUMMARY), None)


def _same(a: str, b: str, title: bool) -> bool:
    if a == b:
        return True
    if title:
        return False
    return {a, b} <= {HEADLINE, SUMMARY, DATED_SUMMARY} or {a, b} <= {HEADLINE, KICKER}


def _role(s: str, said: Counter[str]) -> str:
    if len(s) > MAX_DATE_LINE:
        # A paragraph, most lines of an article: only a timeline's line is as long and more than a summary.
        if RE_YEAR_FIRST.match(s):
            return DATED_LINE
        return DATED_SUMMARY if _closing_day(s) else SUMMARY
    words = word_count(s)
    if RE_DIGIT.search(s) and (item_date(s) is not None or _date_line(s) is not None):
        return DATE
    if _dated_line(s) is not None:
        return DATED_LINE
    if RE_BYLINE.match(s) and words <= MAX_BYLINE_WORDS:
        return BYLINE  # "By: Jane Doe 09.14.24", no field of an event
    if (_field_key(s) or "") in FIELD_KEYS:
        return FIELD
    if RE_TIME_LINE.match(s):
        return TIME
    if RE_READ_ON_LINE.match(s):
        return READ_ON
    if said[s] >= MIN_CARDS and words <= MAX_KICKER_WORDS:
        return KICKER
    if is_names_line(s) or _signed(s):
        return BYLINE
    if words <= MAX_QUESTION_WORDS and RE_QUESTION_END.search(s):
        return HEADLINE
    if words > MAX_HEADLINE_WORDS or RE_SENTENCE_END.search(s) or RE_CUT_SUMMARY.search(s):
        return DATED_SUMMARY if _closing_day(s) else SUMMARY
    return HEADLINE


def _card_date(s: str, role: str) -> tuple | None:
    if role == BYLINE:
        return _byline_day(s)
    if role == DATED_LINE:
        return _dated_line(s)
    if role == DATED_SUMMARY:
        return _closing_day(s)
    if role == DATE:
        return item_date(s) or _date_line(s)
    return None


def _date_line(s: str) -> tuple | None:
    """A line that is a date and little more: "1769", "October 2013", "February 2020 (Season 1 -
    Episode 12)"; the day's year may be unknown ("Oct. 1")."""
    if RE_YEAR_LINE.match(s):
        return (int(s), None, None)
    if len(s.split()) > 10:
        return None
    found = D.find_dates(s)
    if not found or found[0].span[0] > 2 or found[0].start[1] is None:
        return None
    whole = len(found) == 1 and len(s) - found[0].span[1] <= 1
    return found[0].start if whole or found[0].start[0] is not None else None


def _signed(s: str) -> bool:
    """An author and where the piece appeared: "Audrea Lim, Harper's Magazine", "Emily Thaden and Tony
    Pickett, Case Western Reserve University"."""
    names, comma, rest = s.partition(", ")
    if not comma or len(rest.split()) > MAX_OUTLET_WORDS or not rest[:1].isupper():
        return False
    # A given name no list holds ("Audrea Lim"): two or three words of a name's shape, none an everyday
    # word ("Guest Camila Pineiro, Cuban cooperative business consultant"), the whole no place.
    return is_names_line(names) or bool(RE_NAME_SHAPE.fullmatch(names)) and not _everyday_or_place(names)


def _everyday_or_place(names: str) -> bool:
    return any(w.lower() in everyday_words() for w in names.split()) or is_place(names)


def _dated_line(s: str) -> tuple | None:
    """One line, one item: its year first ("1844 – The Rochdale Pioneers ..."), or its day last after a
    dash ("Alternative homeownership options – 6/16/23")."""
    m = RE_YEAR_FIRST.match(s)
    if m:
        return (int(m.group("year")), None, None)
    m = RE_SHORT_DAY_LAST.search(s)
    if m is None or len(s) - len(m.group()) < MIN_DATED_LINE_TITLE:
        last = _day_last(s)
        return last[0] if last else None
    return D.short_year_day(int(m.group("y")), int(m.group("m")), int(m.group("d")))


def _day_last(s: str) -> tuple[tuple, int] | None:
    """A headline and its day on one line, as a feed's widget shows it: "Board Members Elected 2 June
    2010". The day, and where the headline ends; none after a label ("Last updated on")."""
    if not RE_DIGIT.search(s[-4:]):
        return None
    found = D.find_dates(s[-TAIL_CHARS:])
    last = found[-1] if found else None
    if last is None or last.start[0] is None or last.start[2] is None or last.span[1] < len(s[-TAIL_CHARS:]) - 1:
        return None
    end = len(s) - len(s[-TAIL_CHARS:]) + last.span[0]
    title = s[:end].rstrip(" ,|-–—:")
    if len(title) < MIN_DATED_LINE_TITLE or RE_LABEL_END.search(title):
        return None
    return last.start, len(title)


# A label before a day: "Last updated on", "Published:", "Date of the meeting".
RE_LABEL_END = re.compile(r"(?:\b(?:on|since|from|until|of|to|by|date|updated|published|posted)|[:(])$", re.I)


def _closing_day(s: str) -> tuple | None:
    """The day a summary closes on: "... FD, 1 oktober 2015."."""
    tail = s[-TAIL_CHARS:]  # a paragraph is long, and only its end is asked
    if not D.RE_HAS_YEAR.search(tail):
        return None
    found = D.find_dates(tail)
    last = found[-1] if found else None
    if last and last.start[0] is not None and last.start[2] is not None and len(tail) - last.span[1] <= 3:
        return last.start
    return None


def _byline_day(s: str) -> tuple | None:
    found = [m for m in D.find_dates(s) if m.start[0] is not None and m.start[2] is not None]
    if found:
        return found[0].start
    m = RE_SHORT_DAY.search(s)
    return D.short_year_day(int(m.group(3)), int(m.group(1)), int(m.group(2))) if m else None


def _heading_in_first(lines: list[str], seq: list[tuple[str, int]], cards: list[Card]) -> bool:
    return _set_apart(lines, seq, cards[0]) and not any(_set_apart(lines, seq, c) for c in cards[1:])


def _set_apart(lines: list[str], seq: list[tuple[str, int]], card: Card) -> bool:
    """Is the card's first line set apart from the rest of it by a blank line?"""
    first, shape, _ = card
    if len(shape) < 2:
        return False
    a, b = seq[first][1], seq[first + 1][1]
    return any(not lines[j].strip() for j in range(a + 1, b))


def _runs_on(lines: list[str], j: int) -> bool:
    """Does line j's sentence run on into the next line ("... coun-" / "tries, 86 per cent ...")?"""
    nxt = lines[j + 1].lstrip() if j + 1 < len(lines) else ""
    return nxt[:1].islower()


def _text_line(line: str) -> bool:
    """A line of text, as the teaser reader takes it, that is no photo credit."""
    return _teaser_text_line(line) and not _is_credit(line.strip())
