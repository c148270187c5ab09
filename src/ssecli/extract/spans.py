"""Capitalised spans and what heads them: the runs of capitalised words a name can be
(capitalised_spans), a role's title trimmed off (trim_title), the name a run holds read from the
run alone (name_in_run), and whether a span's head words make it an organisation, something else,
or neither (head_kind); the mentions the finders report."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress

from ssecli.extract.gazetteer import common_words, entry
from ssecli.extract.lexicon import (
    COMPANY_HEADS,
    COURTESY_ABBREVIATIONS,
    FUNCTION_WORDS,
    GERMAN_HEAD_ENDINGS,
    MEDIA_HEADS,
    MEMBER_TITLES,
    MONTH_NAMES,
    MONTHS_IN_FULL,
    NON_ORG_ACRONYMS,
    NON_ORG_HEADS,
    OF_ABROAD,
    ORG_WORDS,
    ORG_WORDS_ABROAD,
    REGIONAL_GOVERNMENTS,
    TITLE_WORDS,
    VENUE_BIGRAMS,
    WEEKDAYS_IN_FULL,
)
from ssecli.extract.roles import ROLE_MODIFIERS
from ssecli.extract.text import CACHED_NAMES, CONNECTORS, Word, fold, is_acronym, words

# Plural heads name a federation of such bodies only with a place: "Cooperatives Europe", "Co-operatives UK",
# "Cooperativas de las Américas"; "the International Day of Cooperatives" is no body.
PLURAL_HEADS = {"cooperatives", "co-operatives", "coops", "co-ops", "cooperativas", "cooperatieve"}


# What the chambers of parliaments are houses of (a "house" alone is a building).
LEGISLATIVE_HOUSES = {
    "commons",
    "lords",
    "representatives",
    "councillors",
    "councilors",
    "assembly",
    "delegates",
    "keys",
}
# The words that together name a kind of body or the sector, no body: "the Credit Union Movement".
KIND_WORDS = {
    "social", "enterprise", "credit", "union", "task", "force", "movement", "sector", "cooperative", "co-operative",
    "co-op", "coop", "cooperatives", "co-operatives", "mutual",
}  # fmt: skip
# A kind of company that a certification or a statute names: "a certified B Corp", "Certified B
# Corporation", "a Benefit Corporation".
RE_CERTIFIED_KIND = re.compile(r"(?:certified )?(?:b corp|b corps|b corporations?|benefit corporations?)")
# Two-word heads: two words that together name a kind of body: each country has its Red Cross or Red Crescent.
ORG_BIGRAMS = {
    ("task", "force"), ("credit", "union"), ("social", "enterprise"), ("party", "list"), ("red", "cross"),
    ("red", "crescent"), ("permanent", "mission"), ("directorate", "general"),
    ("stock", "exchange"),
}  # fmt: skip


# Nouns before a bracketed list of members: "seven member (ILO, UNRISD, ...)".
RE_GROUP_NOUN = re.compile(
    r"\b(?:organi[sz]ations?|members?|partners?|agencies|agency|observers?|institutions?|"
    r"bodies|networks?|entities|stakeholders|participants|including|such as|namely)\s*\(?\s*$",
    re.I,
)


@dataclass
class OrgMention:
    surface: str
    span: tuple[int, int]
    acronym: str | None = None  # the short form, where the text defines one
    long: str | None = None  # the long form, where the text defines one
    parent: str | None = None  # the surface of the parent organisation (ILO for ILO COOP)
    strong: bool = True  # False for a bare acronym that only an org elsewhere would confirm


@dataclass
class Definition:
    short: str
    long: str
    is_org: bool


@dataclass
class OrgFindings:
    mentions: list[OrgMention] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    acronym_candidates: list[OrgMention] = field(default_factory=list)


RE_NAME_TOKEN = re.compile(r"[\w'’-]+")
# NPOs, SACCOs, MFIs: a kind of body in the plural, not one body.
RE_CAPS_PLURAL = re.compile(r"[A-Z]{2,}s")


def _lower_words(s: str) -> list[str]:
    # "l'Observatoire", "d'Épargne": a French elided article is no part of the word
    return [fold(RE_ELISION.sub("", w)) for w in RE_NAME_TOKEN.findall(s)]


# French "l'", "d'"; Italian "dell'", "dall'", "nell'", "sull'", "all'".
RE_ELISION = re.compile(r"^(?:[lLdD]|[dDnNsScC]?[aeuoAEUO]ll)['’](?=\w)")


# A span headed by a stretch of time names an occasion, whoever it is of.
OCCASION_HEADS = {"day", "days", "week", "month", "year", "decade", "anniversary"}


@lru_cache(maxsize=16384)
def head_kind(span: str) -> str:
    """'org', 'other' or 'none' from the span's head words."""
    ws = _lower_words(re.sub(r"['’]s\b", "", span))
    if not ws:
        return "none"
    if _regional_office(span):
        return "org"
    # The head of "Ministry of Employment" is Ministry; of "Seoul National University", University.
    pre = []
    for w in ws:
        if w in ("of", "for", "on", "de", "du", "des", "in", "to", "fur", "der"):
            break
        pre.append(w)
    pre_head = pre[-1] if pre else ws[0]
    last = ws[-1]
    bigrams = set(zip(ws, ws[1:], strict=False))
    if last in ("programme", "program") and (ws[0] == "un" or ws[:2] == ["united", "nations"]) and len(pre) == len(ws):
        return "org"  # "the United Nations Development Programme": the UN's programmes are its bodies
    if bigrams & VENUE_BIGRAMS or ws[0] in ("annual", "biennial", "extraordinary") and len(ws) <= 4:
        return "other"  # a venue; "Annual General Assembly" is a meeting
    if all(w in KIND_WORDS for w in ws) or RE_CERTIFIED_KIND.fullmatch(" ".join(ws)):
        return "none"  # "Social Enterprise", "Credit Union", "the Co-op Movement", "B Corp": a kind of body
    # "Schulich School of Business", "Academy of Sciences": a school of a discipline is a faculty;
    # a "Summer School on SSE" is a course.
    faculty = pre_head in ("school", "academy") and len(pre) < len(ws) and ws[len(pre)] == "of"
    if pre_head in NON_ORG_HEADS and last not in ORG_WORDS and not faculty:
        return "other"
    if faculty:
        return "org"
    if pre_head in OCCASION_HEADS:
        return "other"  # "International Day of Cooperatives", "Year of the Co-operative": a time, not a body
    if len(ws) >= 2 and (last in MEDIA_HEADS or ws[0] == "daily") and not set(ws) & NON_ORG_HEADS:
        return "org"
    # "Co-op News", "Yonhap News": news of a body or an agency; "Latest News", "Member News" are headings.
    if len(ws) >= 2 and last == "news" and (ws[-2] in ORG_WORDS or ws[-2] not in common_words() or _news_of_body(span)):
        return "org"
    if pre == ["house"] and last in LEGISLATIVE_HOUSES:
        return "org"  # "the House of Commons", "the House of Representatives": a chamber of a parliament
    # "Task Force Chair", "Credit Union Director": a kind of body, then an officer's title, names no body.
    kind_bigrams = ORG_BIGRAMS if last not in TITLE_WORDS else set()
    if (
        pre_head in ORG_WORDS
        or set(zip(pre, pre[1:], strict=False)) & kind_bigrams
        or ws[0] in ORG_WORDS_ABROAD
        or pre_head.endswith(GERMAN_HEAD_ENDINGS)
        and pre_head not in GERMAN_HEAD_ENDINGS  # "Gesellschaft": society
    ):
        return "org"
    if len(ws) >= 2 and span.split()[0] in REGIONAL_GOVERNMENTS:
        return "org"
    if last in NON_ORG_HEADS:
        return "other"
    if last in COMPANY_HEADS and len(ws) >= 2 and ws[-2] not in NON_ORG_HEADS:
        return "org"  # ... not "the SEED Project Partners": a project's partners are no one body
    if last in ORG_WORDS or bigrams & kind_bigrams:
        return "org"
    if ws[0] in PLURAL_HEADS and len(ws) >= 2:
        from ssecli.extract.places import is_place

        rest = [w for w in re.findall(r"[\w'’-]+", span)[1:] if w.lower() not in CONNECTORS]
        place = " ".join(rest)
        # "Co-operatives and Mutuals Canada": the place closes the name
        closed = bool(rest) and (is_place(place) or is_place(rest[-1]) or re.fullmatch(r"[A-Z]{2,3}", place))
        return "org" if closed else "none"
    if ws[0] in SECTOR_WORDS and len(ws) >= 2 and _sector_and_country(span):
        return "org"
    # "Cooperativa Sociale Il Ponte": a name that opens with its head word.
    # "Cooperative Sector", "Board Elected", "Cooperative Movement" are words: the name has one of its own.
    if (
        ws[0] in ORG_WORDS
        and len(ws) >= 2
        and not set(ws) & (TITLE_WORDS | MONTH_NAMES)
        and all(w[:1].isupper() or w.lower() in CONNECTORS for w in re.findall(r"[\w'’-]+", span))
        and any(w not in common_words() for w in ws[1:] if w not in CONNECTORS)
    ):
        return "org"
    return "none"


# Bodies named with the city they stand in after their head.
SEATS = {"university", "college", "centre", "center", "institute", "school", "hospital", "library", "museum"}


# A body's name, then the world region an office of it serves, after a space or a dash:
# "International Cooperative Alliance-Africa", "International Co-operative Alliance - Asia Pacific",
# "International Cooperative Alliance Asia and Pacific".
RE_REGION_AFTER = [
    re.compile(r"(?P<body>.+?[\w.])(?:\s*[-–—]\s*|\s+)(?P<region>" + region + r")$")
    for region in (r"[A-Z][\w'’]* (?:and|&) (?:the )?[A-Z][\w'’]*", r"[A-Z][\w'’]*[- ][A-Z][\w'’]*", r"[A-Z][\w'’]*")
]


RE_LAST_WORD = re.compile(r"[A-Z][\w'’]*$")


def _regional_office(span: str) -> bool:
    from ssecli.extract.places import lookup, world_region

    last = RE_LAST_WORD.search(span)
    if last is None or (e := lookup(last.group())) is None:
        return False  # most names end on their head, no place (any place's kind: the whole is judged below)
    if e.kind == "city":
        # "Technological University Dublin", "University College London": a seat of learning or care,
        # then its city (no everyday word: "Coop Summit"; in its letters: "Swinburne University VIC")
        body = span[: last.start()].rstrip(" ,-–")
        return (
            bool(body)
            and not e.common
            and not last.group().isupper()
            and fold(body.split()[-1]) in SEATS
            and head_kind(body) == "org"
        )
    for pattern in RE_REGION_AFTER:
        m = pattern.fullmatch(span)
        regions = re.split(r" (?:and|&) (?:the )?", m["region"]) if m else ()
        # "Carers Network Ireland", "ICA-Africa": a body's branch in a country or a region
        if m and all(world_region(r) or _country(r) for r in regions):
            return head_kind(m["body"]) == "org"
    return False


def _country(name: str) -> bool:
    from ssecli.extract.places import lookup

    e = lookup(name)
    return e is not None and e.kind == "country" and not e.common


# The words a sector is named by. A body that speaks for its sector in a country is named by both:
# "Social Enterprise UK", "Cooperative Business New Zealand", "Employee Ownership Australia".
SECTOR_WORDS = {
    "cooperative", "co-operative", "coop", "co-op", "mutual", "social", "solidarity", "enterprise",
    "economy", "business", "credit", "housing", "employee", "ownership", "community", "fair", "trade", "finance",
}  # fmt: skip


def _sector_and_country(span: str) -> bool:
    """'Social Enterprise UK', 'Co-operative Development Scotland': capitalised words opened by a
    sector's and closed by a country, a region or a continent."""
    from ssecli.extract.places import lookup

    toks = span.split()
    if len(toks) > 5 or not all(t[:1].isupper() for t in toks) or country_tag(toks):
        return False
    for k in range(1, len(toks)):
        found = lookup(" ".join(toks[k:]))
        if found is not None and found.kind in ("country", "region", "continent") and not found.common:
            return True
    return False


def country_tag(toks: list[str]) -> bool:
    """'Programme for Social Economy Development POLAND': a country's name (not its code) in capitals
    after words that are not, as a list of good practices tags each entry with its country."""
    return len(toks[-1]) > 3 and toks[-1].isupper() and not toks[0].isupper()


def _news_of_body(span: str) -> bool:
    """'Co-op Japan News': the news of a body named before it."""
    return head_kind(" ".join(RE_NAME_TOKEN.findall(span)[:-1])) == "org"


def field_and_country(name: str) -> bool:
    """'ESS France', 'CHF Canada': a field's initials, no body's, and a country name that field's
    national body."""
    from ssecli.extract.places import is_place

    toks = name.split()
    return len(toks) == 2 and toks[0] in NON_ORG_ACRONYMS and is_place(toks[1]) and not is_place(toks[0])


@lru_cache(maxsize=CACHED_NAMES)
def _place_of_two(a: str, b: str) -> bool:
    """'New Zealand', 'New Delhi': a place whose first word is a function word elsewhere."""
    from ssecli.extract.places import is_place

    return a.lower() not in ("the", "a", "an") and is_place(f"{a} {b}")


# Articles of other languages, which open a body's name in their texts.
ARTICLES_ABROAD = {"le", "la", "les", "el", "los", "las", "il", "lo", "die", "der", "das", "het", "de", "o", "os"}


@lru_cache(maxsize=CACHED_NAMES)
def trim_title(span: str) -> str:
    """'Director of the Department of X' -> 'Department of X'; 'the ILO' -> 'ILO'."""
    ws = span.split()
    # "Seoul-based Sungkonghoe University": the place of a body is not part of its name.
    while ws and (
        ws[0].lower() in FUNCTION_WORDS
        and not (ws[0][:1].isupper() and len(ws) > 2 and _place_of_two(ws[0], ws[1]))
        or ws[0].lower() in MONTH_NAMES
        or ws[0].endswith("-based")
        or ws[0].islower()
        and ws[0] in CONNECTORS
    ):  # "News of the Week": no name opens on "of"
        ws = ws[1:]
    elided = RE_ELISION.match(ws[0]) if ws else None
    if elided and ws[0][elided.end() : elided.end() + 1].isupper():
        ws = [ws[0][elided.end() :], *ws[1:]]  # "l'Observatoire National de l'Emploi"
    # "La Unidad de Desarrollo Cooperativo": another language's article before a body ("Le Monde" keeps its own).
    if len(ws) > 1 and ws[0].lower() in ARTICLES_ABROAD and head_kind(" ".join(ws[1:])) == "org":
        ws = ws[1:]
    elif len(ws) > 2 and ws[1] in ARTICLES_ABROAD and head_kind(ws[0]) != "org":
        if head_kind(" ".join(ws[2:])) == "org":
            ws = ws[2:]  # "Firmaron la Intendencia de Montevideo": nor the verb before it
            if len(ws) > 1 and ws[0] in ARTICLES_ABROAD:
                ws = ws[1:]  # "Economía de la Junta de Andalucía": a field, "de", then the body's article
    # "Economía Aplicada de la Universidad de Sevilla": a role's field, then "de" and a body whose head
    # word opens its name ("Ministerio de Economía", "Cátedra de Economía Social de ..." are names).
    k = next((k for k, w in enumerate(ws) if w in OF_ABROAD), 0)
    rest = ws[k + 1 :] if k else []
    if len(rest) > 1 and rest[0] in ARTICLES_ABROAD:
        rest = rest[1:]  # "de la Universidad ..."
    if len(rest) > 1 and fold(rest[0]) in ORG_WORDS_ABROAD and head_kind(" ".join(ws[:k])) != "org":
        ws = rest
    # "President/CEO": two titles, one office
    lowered = [w.lower().strip(",") for w in ws]
    if "/" in span:
        lowered = [_slashed_title(w) for w in lowered]
    if lowered and lowered[0] in TITLE_WORDS and "of" in lowered[1:]:
        # "Director Song Ji-a of the Seoul Social Economy Center": the body is after "of".
        i = lowered.index("of", 1)
        rest = ws[i + 1 :]
        while rest and rest[0].lower() == "the":
            rest = rest[1:]
        return trim_title(" ".join(rest)) if rest else ""
    # ... not after a body's head and "of": "Office of the High Commissioner for Human Rights" is one name
    office_of = (
        bool(lowered) and lowered[0] in ORG_WORDS and lowered[1:2] == ["of"] or tuple(lowered[:2]) in ORG_BIGRAMS
    )
    for i, w in enumerate(lowered):
        if w in ("of", "at", "for") and i > 0 and lowered[i - 1] in TITLE_WORDS and not office_of:
            rest = ws[i + 1 :]
            while rest and rest[0].lower() in ("the",):
                rest = rest[1:]
            return trim_title(" ".join(rest)) if rest else ""
    return " ".join(_without_trailing_title(*_without_leading_title(ws, lowered)))


# Title words that name one office ("a general", "a member" or "staff" name none): only these open a
# role before a body's name.
OFFICE_TITLES = TITLE_WORDS - {
    "general", "associate", "senior", "member", "members", "delegation", "delegates", "staff", "experts",
    "participants", "officials", "representatives", "researchers", "vice", "deputy", "assistant",
}  # fmt: skip


def _slashed_title(word: str) -> str:
    parts = word.split("/")
    return parts[-1] if len(parts) > 1 and all(p in TITLE_WORDS for p in parts) else word


def _without_leading_title(ws: list[str], lowered: list[str]) -> tuple[list[str], list[str]]:
    """'CEO Acme Credit Union', 'Executive Director Harbour Trust' -> the body: an officer's title
    before the body's name, with no 'of' between ('Executive Committee of the ICA' is a name)."""
    lead = 0
    while lead < len(ws) - 2 and (lowered[lead] in TITLE_WORDS or lowered[lead] in ROLE_MODIFIERS):
        lead += 1
    if (
        lead
        and any(w in OFFICE_TITLES for w in lowered[:lead])
        and ws[lead][:1].isupper()
        and lowered[lead] not in ORG_WORDS
        and head_kind(" ".join(ws[lead:])) == "org"
    ):
        return ws[lead:], lowered[lead:]
    return ws, lowered


def _without_trailing_title(ws: list[str], lowered: list[str]) -> list[str]:
    """'CFAES Center for Cooperatives Program Manager' -> 'CFAES Center for Cooperatives': an officer's
    title after the body's name (not 'Office of the President', where the title is the name's)."""
    if len(ws) < 3 or lowered[-1] not in TITLE_WORDS or lowered[-2] in ("the", "of", "for"):
        return ws
    if lowered[-2] == "and" and lowered[-3] not in TITLE_WORDS:
        return ws  # not "President and CEO", two titles; "... and Secretary" may close a name
    cut = len(ws) - 1
    # "... Program Manager", "... League President & CEO": the title, its modifiers, and a title before it
    while cut > 1 and (
        lowered[cut - 1] in ROLE_MODIFIERS
        or lowered[cut - 1] in ("&", "and")
        and cut > 2
        and lowered[cut - 2] in TITLE_WORDS
        or lowered[cut - 1] in TITLE_WORDS
        and lowered[cut] in ("&", "and")
    ):
        cut -= 1
    body = ws[:cut]
    # "Editorial Board President": a body of everyday words before the title is no body's name; a place
    # makes it one ("Wisconsin Credit Union League President").
    named = any(w.isupper() or fold(w) not in common_words() or entry(fold(w)) is not None for w in body)
    return body if named and head_kind(" ".join(body)) == "org" else ws


# "the Committee on April 26": a date after a name is not part of it.
RE_TRAILING_DATE = re.compile(
    r"(?:\s+(?:on|in|from|since|until|by))?\s+(?:"
    + "|".join(w.capitalize() for w in (*MONTHS_IN_FULL, *WEEKDAYS_IN_FULL))
    + r")\b.*$"
)


# "Cooperatives Europe Director Agnès Rousseau", "the Ministry of Trade Permanent Secretary Jane Ali": a
# title, with the word that ranks it, and a name after a body; or a courtesy title ("the Ministry of
# Trade, Industry and Co-operatives Hon Peter Munya").
RE_TITLE_IN_SPAN = re.compile(
    r"\s(?:(?:Permanent|Principal|Managing|Acting|Cabinet|General|Regional|Country) )?(?:"
    + "|".join(sorted(t.capitalize() for t in TITLE_WORDS if "-" not in t and t not in ("general", "vice")))
    + r")\s+[A-Z]|\s(?:Hon|Honourable|Honorable|Shri|Smt|Mr|Mrs|Ms|Dr|Prof)\.?(?:\s+[A-Z]|$)"
)


# What a body holds or issues, named after it: its members' meeting ("the NZ Co-operatives Association
# AGM") or a text it adopts ("the UN General Assembly Resolution", "the World Bank Annual Report").
RE_MEETING_END = re.compile(
    r"(?<=\w) (?:AGM|EGM|Annual General Meeting|(?:Annual )?Report|Resolutions?|Declaration|Recommendation)$"
)


RE_CITY_AFTER = re.compile(r" (?:of|in) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)$")
# "the Michael Davitt Museum in Co. Mayo": Ireland writes a county "Co." before its name, and a run
# of capitals stops at the full stop.
RE_COUNTY_AFTER = re.compile(r" in (?:County|Co\.?)(?: [A-Z][\w'’-]+)?$")


def without_city(name: str) -> str:
    """'Mountain Equipment Co-op of Vancouver': a whole name, then the city it is in ('Co-operative
    Bank of Kenya' and 'University of Nairobi' keep theirs)."""
    if " of " not in name and " in " not in name:
        return name
    county = RE_COUNTY_AFTER.search(name)
    if county and len(name[: county.start()].split()) >= 2:
        return name[: county.start()]
    m = RE_CITY_AFTER.search(name)
    if not m:
        return name
    pre = name[: m.start()]
    if len(pre.split()) < 2 or pre_head(pre) != fold(pre.split()[-1]) or fold(pre.split()[-1]) not in ORG_WORDS:
        return name
    from ssecli.extract.places import lookup

    e = lookup(m.group(1))
    return pre if e is not None and e.kind == "city" and not e.common else name


def pre_head(name: str) -> str:
    """The head of 'Institute for Social Development': the word before the first complement."""
    toks = name.split()
    at = next((i for i, t in enumerate(toks) if t in ("of", "for", "on", "in", "to")), len(toks))
    return fold(toks[at - 1]) if at else ""


def _acronym_officer(raw: str, at: int) -> bool:
    """ "VCA Chairman Vo Kim Cu": a body's acronym, its officer and his name ("NCoS Staff Cooperative
    Society" is one name: a body's words after the title)."""
    return is_acronym(raw[:at]) and not any(len(w) > 2 and fold(w) in ORG_WORDS for w in raw[at:].split())


@lru_cache(maxsize=CACHED_NAMES)
def name_in_run(part: str) -> tuple[int, str] | None:
    """The name a run holds, read from the run alone, and where it starts in the run; None where
    the run names a role. Cached: the runs of a corpus are its names, again and again."""
    raw = RE_TRAILING_DATE.sub("", part)
    # "MEPs and European Commission officials": a kind of person or thing joined to a body.
    lead, joined, rest = raw.partition(" and ")
    skip = len(lead) + len(joined) if rest and lead in NON_ORG_ACRONYMS else 0
    raw = raw[skip:]
    # "Cooperatives Europe Director Agnès Rousseau": a title and a name after the body.
    cut = RE_TITLE_IN_SPAN.search(raw)
    if cut and (head_kind(raw[: cut.start()]) == "org" or _acronym_officer(raw, cut.start())):
        raw = raw[: cut.start()]
    # "the NZ Co-operatives Association AGM": a body, then its meeting or text ("the World Cooperative
    # Summit" is named as a meeting of its own).
    meeting = RE_MEETING_END.search(raw)
    head = fold(raw[: meeting.start()].split()[-1]) if meeting else ""
    if meeting and (head in ORG_WORDS or head.removesuffix("s") in ORG_WORDS):  # "... of Credit Unions AGM"
        raw = raw[: meeting.start()]
    trimmed = trim_title(raw)
    if not trimmed:
        return None
    trimmed = without_city(trimmed)
    first = trimmed.split()[0]
    if "-" in first and first.split("-")[0].lower() in TITLE_WORDS and first.split("-")[1][:1].isupper():
        return None  # "Head-Inclusive Finance Unit": a role, named by the unit its holder heads
    return skip + raw.find(trimmed), trimmed


# Words that open a sentence far more often than they stand inside a name.
SENTENCE_OPENERS = {"The", "In", "On", "At", "This", "These", "Its", "It"}


def _glued_sentence(ws: tuple[Word, ...], k: int, before: str) -> bool:
    """'By Jeleel Olawale The Osun State Government on Tuesday ...', 'President, Mindanao Coalition
    of Power Consumers In the year 2014 ...': a sentence glued to a name with no stop between them.
    'Friends of The Earth' keeps its 'The', for a connector stands before it."""
    opener = ws[k].text
    if opener not in SENTENCE_OPENERS or before.lower() in CONNECTORS:
        return False
    nxt = ws[k + 1].text if k + 1 < len(ws) else ""
    return opener == "The" or nxt[:1].islower()


def capitalised_spans(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Runs of capitalised words joined by connectors ('Ministry of Employment and Labour'),
    broken at punctuation, possessives and lower-case words."""
    out = []
    ws = words(text)
    # Each word's test once: the runs below look at most words twice. A word that opens with a
    # small letter and has no capital or apostrophe second is let go without the full test.
    caps = [
        (t := w.text)[:1].isupper()
        or (not t[:1].isalpha() or t[1:2].isupper() or t[1:2] in "'’" or "l'" in t[2:5] or "l’" in t[2:5])
        and _cap(w)
        for w in ws
    ]
    after = 0  # the first word past the last run
    for i in compress(range(len(ws)), caps):
        if i < after:
            continue
        j = last_cap = i
        w = ws[i]
        while j + 1 < len(ws) and j - i < MAX_SPAN_WORDS:
            nxt = ws[j + 1]
            gap = text[w.end : nxt.start]
            t = w.text
            if gap == "\n" and caps[j + 1] and nxt.text.lower() not in FUNCTION_WORDS and _wrapped(text, w.end):
                last_cap = j = j + 1  # "restructuring of Punjab Provincial Cooperative\nBank Limited, ..."
                w = nxt
                continue
            if "\n" in gap or t[-1:] == "s" and w.possessive and not w.group_possessive and not _saints(ws, j):
                break
            if gap == " " and _glued_sentence(ws, j + 1, t):
                break
            if nxt.text in RUN_ENDING_TITLES:
                break  # "Secretary of Uganda Cooperative Alliance Mr. Asiimwe Ivan": a person's title
            # "Japan Workers' Cooperative Union": a plural possessive inside a name.
            if caps[j + 1] and (gap == " " or not gap or gap in ("' ", "’ ") and t[-1:] == "s"):
                last_cap = j = j + 1
            elif gap == ". " and caps[j + 1] and t in NAME_ABBREVIATIONS and nxt.text.lower() not in FUNCTION_WORDS:
                last_cap = j = j + 1  # "St. Paul Postal Employees Credit Union", "Sta. Cruz Savings ..."
            elif gap == ". " and t in ("Corp", "Co") and nxt.text == "of":
                j += 1  # "Deposit Insurance Corp. of Ontario": a company's head, shortened
            elif gap == " " and nxt.text == "in" and _in_name(text, ws, i, j, caps):
                j += 1  # "Canadian Association for Studies in Co-operation"
            elif (
                (gap == " " or gap in ("' ", "’ ") and t[-1:] == "s")  # "Farmers’ and Producers’ Organisations"
                and (u := nxt.text).islower()
                and u.lower() in CONNECTORS
                # "in Mexico the National Institute": "the" joins only after "of", "for", "and" ...
                and not (u == "the" and t.lower() not in CONNECTORS)
                # "de Coomeva Cooperativa y Directora Ejecutiva de la ...": "and", then an office, ends a name
                and not (u in ("y", "e", "et") and j + 2 < len(ws) and ws[j + 2].text in OFFICES_ABROAD)
            ) or nxt.text == "&":
                j += 1
            else:
                break
            w = nxt
        while last_cap > i and len(ws[last_cap].text) == 1 and text[ws[last_cap].end : ws[last_cap].end + 1] == ".":
            # "the Ministry of Industry and Commerce K.D.N. Ranjith": a person's initial ends no name
            last_cap = max(k for k in range(i, last_cap) if caps[k])
        last = ws[last_cap]
        a, b = ws[i].start, last.end
        if last.text[-1:] == "s" and last.possessive:
            b -= 2
        if b > a and text[b - 1] in "'’":
            b -= 1
        out.append((text[a:b], (a, b)))
        after = last_cap + 1
    return out


SAINT_WORDS = {"St", "Saint", "Ste", "San", "Santa"}


def _saints(ws, j: int) -> bool:
    """ "St Mary's Secondary School", "St. John's University", "King's College": a saint's (or a
    king's or queen's) possessive is part of the name, not its owner."""
    return j > 0 and ws[j - 1].text in SAINT_WORDS or ws[j].bare in ("King", "Queen")


RE_WRAPPED_LINE = re.compile(r"[^\n]{40,}(?<![.:;!?\"”)|])\n[^\n]{40,}(?<![.:;!?\"”)|])\n(?=\S)")


RE_SMALL_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*\b")


def _wrapped(text: str, at: int) -> bool:
    """A line break inside a sentence of a paragraph wrapped by hand: the line that ends at `at`
    and the one before it are long and end on no punctuation (a title's line ends a run)."""
    a = text.rfind("\n", 0, text.rfind("\n", 0, at)) + 1
    if RE_WRAPPED_LINE.match(text, a) is None or text.find("\n", a) > at:
        return False
    # Both lines are a sentence's, not a title's or a byline's: four words or more in small letters.
    return all(len(RE_SMALL_WORD.findall(line)) >= 4 for line in text[a:at].split("\n"))


# Courtesy titles, which open a person's name and end a body's run before it (a word never ends on
# its full stop).
# ... and a member's title after the party: "a Green Party MEP", "Fine Gael TD Kieran O'Donnell".
RUN_ENDING_TITLES = COURTESY_ABBREVIATIONS | {"Hon", *MEMBER_TITLES}
# Offices as Spanish, French, Portuguese and Italian write them after a name and "and".
OFFICES_ABROAD = frozenset(
    "Director Directora Directeur Directrice Diretor Diretora Direttore Direttrice Presidente Presidenta "
    "Président Présidente Gerente Secretario Secretaria Secrétaire Coordinador Coordinadora".split()
)
# Abbreviated words that stand inside names, before a full stop: St. Paul, Sta. Cruz, Mt. Kenya.
NAME_ABBREVIATIONS = {"St", "Sta", "Ste", "Mt", "Ft", "Pt"}


def _in_name(text: str, ws: Sequence[Word], i: int, j: int, caps: list[bool]) -> bool:
    """'in' inside a body's name: after a run with a word for a body, before a capitalised word
    that is a word of the language and no place, month or day: 'the ILO in Geneva', 'the Union in
    March' and 'the Dairy Society in Banaskantha' (a district no gazetteer holds) end at 'in'."""
    if j + 2 >= len(ws) or not caps[j + 2] or text[ws[j + 1].end : ws[j + 2].start] != " ":
        return False
    nxt = ws[j + 2].text
    if (
        nxt.lower() in MONTH_NAMES
        or nxt.lower() in FUNCTION_WORDS
        or nxt.isupper()
        or fold(nxt).replace("-", "") not in common_words()
    ):
        return False
    if not any(fold(w.text) in ORG_WORDS for w in ws[i : j + 1]):
        return False
    from ssecli.extract.places import is_place

    # "the West Side Food Bank in Saint John": a place of two words, each a word of the language
    two = text[ws[j + 2].start : ws[j + 3].end] if j + 3 < len(ws) and caps[j + 3] else ""
    return not is_place(nxt) and not is_place(ws[j + 2].bare) and not (two and is_place(two))


# No name runs longer; a longer run is cut, so that the work on each run stays bounded.
MAX_SPAN_WORDS = 24


RE_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


RE_NUMBER_MODIFIER = re.compile(r"\d[\d,.]*-[a-z]")


# "eBay", "d'Ivoire", "dell'Alleanza"
RE_INNER_CAPS = re.compile(r"[a-z][A-Z]{2,}|(?:[dl]|[dnsc]?[aeuo]ll)['’][A-ZÀ-Þ]")


def _cap(w: Word) -> bool:
    t = w.text
    first = t[:1]
    if first.isupper():
        return True
    if first.isdigit():
        # "G20"-like names start with a digit; "3,769-member" and "12-year-old" are modifiers.
        return any(c.isalpha() for c in t) and not RE_ORDINAL.fullmatch(t) and not RE_NUMBER_MODIFIER.match(t)
    second = t[1:2]  # the pattern needs a capital or an apostrophe there: most words are let go at once
    elided = second in "'’" or "l'" in t[2:5] or "l’" in t[2:5]  # "dell'", "all'"
    return bool(second) and (second.isupper() or elided) and bool(RE_INNER_CAPS.match(t))


# A body's organs, named by the body: "Board of Directors of X", "the Credit Committee of X".
_ORGAN = (
    r"(?:(?:Executive|Supervisory|Steering|Credit|Audit|Management|Advisory|Governing|Nominating|Nominations?"
    r"|Co-?ordinating|Organi[sz]ing|Select|Parliamentary|Regional|Scientific|Technical|Remuneration|Elections?"
    r"|Disciplinary|Editorial|Investment|Finance) )?"
    r"(?:Board|Committee)(?: of (?:Directors|Trustees|Governors))?"
)
RE_ORGAN_OF = re.compile(_ORGAN + r" of (?:the )?")
# ... and in the other languages of the pages we meet: "la Dirección Ejecutiva de Confecoop Antioquia".
RE_ORGAN_OF_ABROAD = re.compile(
    r"(?:Dirección Ejecutiva|Junta Directiva|Consejo (?:de Administración|Directivo)|Conseil d['’]administration"
    r"|Consiglio di [Aa]mministrazione|Direção Executiva|Conselho de Administração) "
    r"(?:de la |del |de |d['’]|di |della |dell['’]|da |do )"
)
RE_ORGAN_ALONE = re.compile(_ORGAN)
RE_ORGAN_AFTER = re.compile(" " + _ORGAN + "$")
RE_BOARD_OF_MEMBERS = re.compile(r" of (?:Directors|Trustees|Governors)$")


def regional_branch(text: str, toks: list[str]) -> bool:
    """'Legacoop Marche', 'Confecoop Antioquia', 'Sescoop Paraná': a body's coined name, then a region
    or a city it works in, names the body's branch there. The coined name stands alone elsewhere in
    the text ('Legacoop nazionale'), and is no everyday word, place or given name."""
    from ssecli.extract.names import is_given_name
    from ssecli.extract.places import is_place, lookup

    if not 2 <= len(toks) <= 3:
        return False
    first, rest = toks[0], " ".join(toks[1:])
    if len(first) < 4 or first.isupper() or fold(first) in common_words() or is_given_name(first):
        return False
    where = lookup(rest)
    if where is None or where.common or where.kind not in ("region", "city") or is_place(first):
        return False
    return len(re.findall(rf"\b{re.escape(first)}\b", text)) > text.count(" ".join(toks))
