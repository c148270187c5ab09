"""Text -> records: an article's title, publication date and entities, or a
listing page and its items.

`parse_article` works on one file and knows nothing of the others; organisations
come out as mentions, and `resolve.py` merges them into entities across the
corpus. Nothing here prints or touches the terminal."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ssecli.extract import PARSER_VERSION  # noqa: F401  (re-exported)
from ssecli.extract import dates as D
from ssecli.extract.affiliations import orgs_in_roles
from ssecli.extract.anchored import whole_word_spans
from ssecli.extract.bracketed_people import bracketed_people
from ssecli.extract.coordination import named_beside_bodies
from ssecli.extract.day_order import MONTH_FIRST, writes_month_first
from ssecli.extract.initialled import with_initialled
from ssecli.extract.lexicon import SURNAME_TITLES
from ssecli.extract.orgs import find_orgs
from ssecli.extract.people import find_credits, find_people
from ssecli.extract.people_pairs import paired_people
from ssecli.extract.pinning import dates_of, is_anchored
from ssecli.extract.places import find_places, is_place
from ssecli.extract.places import lookup as lookup_place
from ssecli.extract.spans import Definition, OrgMention
from ssecli.extract.surnames import surname_people
from ssecli.extract.tense import by_tense
from ssecli.extract.text import SpanMask, fold, sentence_at, sentences
from ssecli.models import Credit, Event, Person, Place, Record
from ssecli.parser.body_dates import body_date
from ssecli.parser.date_lines import RE_SENTENCE_END
from ssecli.parser.header import (
    RE_BOILERPLATE,
    RE_MONTH_HEADER,
    Header,
    _header,
    _is_credit,
)
from ssecli.parser.listing import (
    RE_BYLINE_LINE,
    RE_MONTH_ARCHIVE,
    listing_items,
)
from ssecli.parser.markup import (
    _strip_markup,
    normalise_text,
)
from ssecli.parser.teasers import RE_GLUED_READ_ON

# An honorific and a surname alone: "Sr. Mendoza", "Prof. Kim".
RE_TITLED_SURNAME = re.compile(r"\b(?:" + "|".join(SURNAME_TITLES) + r")\.?\s+(?P<name>[A-Z][\w'’-]+)")


@dataclass
class Parsed:
    """One file's records before the corpus merges organisations across files."""

    record: Record
    definitions: list[Definition] = field(default_factory=list)
    # record id -> org mentions in that record (page and items alike)
    mentions: dict[str, list[OrgMention]] = field(default_factory=dict)
    candidates: dict[str, list[OrgMention]] = field(default_factory=dict)


def _doc_id(stem: str) -> str:
    m = re.match(r"(\d+)", stem)
    return m.group(1) if m else stem


def parse_article(raw: str, source: str, record_id: str | None = None) -> Parsed:
    text = normalise_text(raw)
    order = MONTH_FIRST.set(writes_month_first(text))
    try:
        return _parse_article(text, raw, source, record_id)
    finally:
        MONTH_FIRST.reset(order)


def _parse_article(text: str, raw: str, source: str, record_id: str | None) -> Parsed:
    stem = re.sub(r"\.txt$", "", source, flags=re.I)
    rid = record_id or _doc_id(stem)
    lines = text.split("\n")
    head = _header(lines)
    title = head.title or stem
    items = listing_items(lines, head)
    if items:
        first_item = min(it["start"] for it in items)
        if head.title_line >= first_item:
            # The page's own title is what stands above its first item: "SSE Knowledge Hub | Latest updates".
            heading = _first_text_line(lines, first_item)
            # A page that is one teaser is titled by it.
            title = heading if heading is not None else items[0]["title"] if len(items) == 1 else stem
        elif (RE_SENTENCE_END.search(title) or RE_BYLINE_LINE.fullmatch(title)) and (
            heading := _first_text_line(lines, head.title_line)
        ) is not None:
            # "Our history", then "Scroll down to see how the movement grew.": a page of items is named by
            # its heading, not by the sentence under it, nor by its first post's byline.
            title = heading
        return _parse_listing(text, source, rid, title, items, head)
    record = Record(id=rid, source=source, title=title, text=raw)
    parsed = Parsed(record)
    _extract_into(parsed, record, text, head.date, infer=head.date is None)
    return parsed


def _first_text_line(lines: list[str], before: int) -> str | None:
    texts = (_strip_markup(ln).strip() for ln in lines[:before] if ln.strip() and not RE_BOILERPLATE.match(ln))
    return next(texts, None)


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
    if page_date is not None and RE_MONTH_ARCHIVE.match(lines[head.date_line]):
        page_date = None  # "Monthly Archives: April 2013" names the posts' month, not the page's day
    # Credits above an item's title belong to the item.
    header_text = "\n".join(ln for ln in lines[:first_item] if not _is_credit(ln))
    anchor = page_date or next((it["date"] for it in items if it["date"]), None)
    # Yearless days take the year of the page, or of its dated items; but the page's own text (above
    # its items) and an undated teaser have no day: their "today" and "yesterday" are none of the items'.
    year = (anchor[0], None, None) if anchor else None
    _extract_into(parsed, page, header_text, page_date, infer=False, anchor=page_date or year)
    for n, it in enumerate(items, 1):
        body = "\n".join(it["lines"])
        start = it["start"]
        pre = [ln for ln in lines[max(0, start - 3) : start] if _is_credit(ln)]
        day = D.iso(it["date"]) if it["date"] else None  # a teaser may have none
        title = RE_GLUED_READ_ON.sub("", it["title"]) or it["title"]
        item = Record(id=f"{rid}.{n}", source=source, title=title, date=day, text=body, parent=rid)
        _extract_into(parsed, item, "\n".join(pre + [body]), it["date"], infer=False, anchor=it["date"] or year)
        if day is not None and not any(e.start == day for e in item.events):
            # "By: Holly Love 05.04.23": a day the date reader does not know is still the item's, written
            # on the page, and so an event of it.
            item.events.append(Event(day, day, title))
        page.items.append(item)
    return parsed


def _extract_into(
    parsed: Parsed, record: Record, text: str, date: tuple | None, infer: bool, anchor: tuple | None = None
) -> None:
    """Fill one record's date, people, places and events from `text`; keep its org mentions."""
    spans = sentences(text)
    matches = D.find_dates(text)
    anchor = date or anchor
    by_events = False  # whether only a year the text mentions anchors it
    if date is None and infer:
        date = anchor = body_date(text.split("\n"), text, matches)
    if date is not None:
        record.date = D.iso(date)
    elif infer:
        inferred = infer_date(matches, text)
        if inferred is not None:
            record.date, record.date_inferred, anchor = D.iso(inferred), True, inferred
        else:
            anchor, by_events = event_anchor(text, matches), True
    # "last year", "next month": said on the day the text was written. A year the text only mentions
    # dates its yearless days ("7 June"), not these: where the text gives no date of its own, they stay out.
    seen = set()
    for m in matches:
        if m.relative and by_events:
            continue
        dates = dates_of(m, anchor)
        if dates is None:
            continue
        if anchor is not None and not by_events:
            dates = by_tense(text, m, dates, anchor)  # "will be held on 5 February", written in November
        start, end = dates
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
    strong_spans = [m.span for m in orgs.acronym_candidates if m.strong]
    org_spans = mention_spans + strong_spans
    org_names = {fold(m.surface) for m in orgs.mentions}
    credits = find_credits(text)
    people = find_people(
        text, is_place=is_place, is_org=lambda s: fold(s) in org_names, masked=org_spans, credits=credits
    )
    taken_by_bodies = SpanMask(len(text), org_spans).hits
    # "Sarah Cook (Director of UNRISD)", "Simel Esim (ILO)": the office or the body in brackets.
    # "(ILO)": a body's name, or an acronym that other texts of the corpus may define
    bodies = org_names | {fold(m.surface) for m in orgs.acronym_candidates}
    people += bracketed_people(text, people, taken_by_bodies, is_place, lambda s: fold(s) in bodies)
    # "Ethan Tremblay and Afton Hupper": a name beside a person, joined by "and", is a person.
    people += paired_people(text, people, taken_by_bodies, is_place, lambda s: fold(s) in org_names)
    # "District panchayat president P.K. Gopan presided": given names written as initials.
    people = with_initialled(text, people, taken_by_bodies, is_place, lambda s: fold(s) in bodies)
    # "Minister Mabuza said", '"...," said Mabhena.': a person the text names by one word alone.
    people += surname_people(text, people, taken_by_bodies, is_place, lambda s: fold(s) in bodies)
    record.people = [Person(p.name, p.role) for p in people]
    # "Geoff Molson, President and CEO of CH Group": a body named in a person's role.
    known = org_names | {fold(d.short) for d in orgs.definitions}
    in_roles = orgs_in_roles(text, people, SpanMask(len(text), mention_spans), is_place, known)
    # "SAP, Zurich Insurance, Johnson & Johnson and the Kenya Medical Association": named beside bodies.
    role_spans = [m.span for m in in_roles]
    taken = SpanMask(len(text), mention_spans + role_spans + [p.span for p in people])
    listed = named_beside_bodies(text, mention_spans + role_spans + strong_spans, taken, is_place)
    later = in_roles + listed
    orgs.mentions += later
    mention_spans += [m.span for m in later]
    # "HANNA MUUKKA, text": a name in capitals that a credit or a contact line calls a person's
    kept = [m for m in orgs.mentions if not any(p.span[0] <= m.span[0] and m.span[1] <= p.span[1] for p in people)]
    if len(kept) < len(orgs.mentions):
        parsed.mentions[record.id] = kept
    record.credits = [Credit(c.name, c.text) for c in credits]
    # "Sr. Mendoza": a person named by surname alone is no place either.
    surnames = [m.span("name") for m in RE_TITLED_SURNAME.finditer(text)]
    # "Pereira said", "Amara's members": a part of a person's name, used alone, is that person.
    parts = {w for p in people for w in re.split(r"[ -]", p.name) if len(w) >= 3 and w[:1].isupper()}
    surnames += whole_word_spans(text, parts)  # no pattern compiled for each record
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
    # Nor are "CCA" and "ESS" of "CCA Global Partners" and "ESS Forum International", bodies found late.
    taken_by = [p.span for p in found_places] + [p.span for p in people] + [m.span for m in later]
    not_orgs = SpanMask(len(text), taken_by)
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


# The years a text may be written in: a year before these is the history it tells.
MODERN_YEARS = 1900


def event_anchor(text: str, matches: list[D.DateMatch]) -> tuple | None:
    """The year a text without a publication date gives its yearless dates: the latest year it writes
    in a full date (a month or a day) that is not history. Only the year: the day stays unknown."""
    dated = [
        m
        for m in matches
        if m.start[0] is not None
        and m.start[0] >= MODERN_YEARS  # "By 1899 more than 200 co-ops": history, whatever the words before it
        and not RE_HISTORY.search(text[max(0, m.span[0] - 60) : m.span[0]])
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
    anchored = [m for m in matches if is_anchored(m)]
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
        m
        for m in matches
        if m.start[0] is not None
        and (m.start[0] < MODERN_YEARS or RE_HISTORY.search(text[max(0, m.span[0] - 60) : m.span[0]]))
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
    if not months:
        # Only a day or a month written without its year ("on 3 July") needs the text's date. A text
        # whose "this year" alone points to its year is dated no better than by a guess: real pages
        # that readers left undated were so dated, wrongly, by their latest year.
        return None
    months += [m.end[1] for m in matches if m.start[0] == year and m.end[0] == year and m.end[1] is not None]
    return (year, max(months), None)
