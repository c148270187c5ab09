"""Organisations: acronym definitions, spans headed by organisation words,
acronyms, lists of members, and sub-units of a parent organisation.

This module finds mentions in one text; `resolve.py` merges them across the
corpus into entities with aliases."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from ssecli.extract.academic_units import split_units
from ssecli.extract.anchored import finditer_at, lead_words, words_pattern
from ssecli.extract.appositions import names_then_nouns, nouns_then_names
from ssecli.extract.body_lists import named_in_lists, ranked_tables
from ssecli.extract.cjk import cjk_orgs
from ssecli.extract.definitions import (
    RE_BRACKET,
    RE_EVENT_AFTER,
    _caps_heading,
    _regional_body,
    _ticker_line,
    _trailing_acronym,
    find_definitions,
)
from ssecli.extract.gazetteer import common_words, very_common_words
from ssecli.extract.headline_names import complement_to_line_end, headline_name, name_line, title_case_line
from ssecli.extract.legal_forms import named_again_without_form, named_by_legal_form
from ssecli.extract.lexicon import (
    ACRONYM_COMPANY_HEADS,
    AGENCY_FIELDS,
    FUNCTION_WORDS,
    GOVERNMENT_HEADS,
    NON_ORG_ACRONYMS,
    NON_ORG_HEADS,
    ORG_WORDS,
    TITLE_WORDS,
)
from ssecli.extract.lowercase_heads import (
    named_by_head_adjective,
    named_by_lowercase_head,
    named_governments,
    named_local_bodies,
)
from ssecli.extract.media import RE_WIRE_NAME, credited_sources, named_outlets, wire_agencies
from ssecli.extract.meetings import one_meeting
from ssecli.extract.name_shapes import caps_name, caps_person_line
from ssecli.extract.names import is_given_name
from ssecli.extract.runs import AND_WORDS, person_after, person_before_of, split_and, split_at_named, split_list_end
from ssecli.extract.short_names import pair_initials, shortened_names
from ssecli.extract.spans import (
    PLURAL_HEADS,
    RE_BOARD_OF_MEMBERS,
    RE_CAPS_PLURAL,
    RE_GROUP_NOUN,
    RE_ORGAN_AFTER,
    RE_ORGAN_ALONE,
    RE_ORGAN_OF,
    RE_ORGAN_OF_ABROAD,
    RE_TITLE_IN_SPAN,
    OrgFindings,
    OrgMention,
    capitalised_spans,
    country_tag,
    field_and_country,
    head_kind,
    name_in_run,
    regional_branch,
)
from ssecli.extract.text import CONNECTORS, SpanMask, U, Word, fold, is_acronym, joint_acronyms, line_starts, words


class _Search:
    """One text's search: what the passes found so far, and the one policy for overlaps: a span
    that an earlier pass took is not taken by a later one (a bare acronym inside a name taken is
    part of that name, not a candidate of its own)."""

    def __init__(self, text: str, is_place) -> None:
        self.text = text
        self.is_place = is_place
        self.found = OrgFindings()
        self.taken = SpanMask(len(text))
        self.overlaps = self.taken.hits

    def add(self, mention: OrgMention) -> None:
        self.found.mentions.append(mention)
        self.taken.add(*mention.span)


def _definitions(s: _Search) -> None:
    """'the International Labour Organization (ILO)': a long form and its short one."""
    for definition, long_span, short_span in find_definitions(s.text):
        s.found.definitions.append(definition)
        if definition.is_org:
            short = definition.short
            parent = short.split()[0] if " " in short else None
            s.add(OrgMention(definition.long, long_span, acronym=short, long=definition.long, parent=parent))
            s.add(OrgMention(short, short_span, acronym=short, long=definition.long, parent=parent))


def _list_names(s: _Search) -> None:
    """'Ministry of Agriculture, Food and Rural Affairs': a name whose complement is a list."""
    starts = [m.start() for m in RE_LIST_NAME_HEAD.finditer(s.text)]
    for m in finditer_at(RE_LIST_NAME, s.text, starts):
        # "... Trade and Tourism Permanent Secretary Shaheen Ali": the name ends before its officer's title.
        cut = RE_TITLE_IN_SPAN.search(m.group())
        span = (m.start(), m.start() + cut.start()) if cut else m.span()
        # "the Department of Small Business Development, SEDA, and SEFA": a list of bodies, not of fields.
        acronym = RE_ACRONYM_ITEM.search(s.text, span[0], span[1])
        if acronym and acronym.group(1) not in NON_ORG_ACRONYMS:  # "Ministry of Agriculture, ICT and ..."
            span = (span[0], acronym.start())
        place = RE_PLACE_BEFORE.search(s.text, max(0, span[0] - 30), span[0])
        if place and s.is_place(place.group(1)):  # "the Lagos Ministry of Commerce, Industry, and ..."
            span = (place.start(), span[1])
        if not s.overlaps(*span):
            s.add(OrgMention(s.text[span[0] : span[1]], span))
    # "the ILO Sustainable Enterprises, Productivity and Just Transition Department": the list before a unit's head.
    for head in RE_UNIT_HEAD.finditer(s.text) if ", " in s.text else ():
        line_start = s.text.rfind("\n", 0, head.start()) + 1
        listed = RE_LIST_BEFORE_HEAD.search(s.text, max(line_start, head.start() - 160), head.end())
        if listed and listed.end() == head.end() and _fields(listed.group()) and not s.overlaps(*listed.span()):
            s.add(OrgMention(listed.group(), listed.span()))


def _fields(name: str) -> bool:
    """Whether the list before a unit's head is of fields: not of units ("Grain Section, Feed &
    Livestock Production Division") nor a person's name and titles ("Ichiro Kishi, Deputy Manager, ...")."""
    items = RE_ITEM_PARTING.split(name)[:-1]
    first = items[0].split()
    if 2 <= len(first) <= 3 and is_given_name(first[0]):
        return False  # "Amina Odhiambo, Finance and Planning Unit": a person, then where she works
    for item in items:
        if RE_UNIT_HEAD.search(" " + item) or any(fold(w) in TITLE_WORDS for w in re.split(r"[ -]", item)):
            return False
    return True


def _member_lists(s: _Search) -> None:
    named_in_lists(s.text, s.add, s.overlaps, s.is_place)


def _ranked_tables(s: _Search) -> None:
    ranked_tables(s.text, s.add, s.overlaps, s.is_place, s.found.definitions.append)


# "Democracy at Work Institute": "at" inside a name, after a capitalised word that follows "the" or a
# word in lower case (not "Professor at Harvard University", "Summit at Geneva ...").
RE_WORD_AT_BEFORE = re.compile(r"(?:\b[Tt]he |(?<=[a-z,] ))([A-Z][a-z]+) at $")


def _capitalised_runs(s: _Search) -> None:
    """'Seoul National University', 'ICA-Africa', 'UN DESA': runs of capitalised words, each
    split at an 'and' that joins two names, then classified by its head."""
    text = s.text
    runs = capitalised_spans(text)
    # The runs the page writes on their own, where one also stands in a longer run after "and".
    alone = Counter(span for span, _ in runs) if " and " in text else Counter()
    for span, (a, b) in runs:
        at = RE_WORD_AT_BEFORE.search(text, max(0, a - 30), a) if text[max(0, a - 4) : a] == " at " else None
        before = text[max(0, a - 50) : at.start(1)].split()[-1:] if at else []
        if (
            at
            and fold(at.group(1)) not in TITLE_WORDS | NON_ORG_HEADS | ORG_WORDS
            # after "the" or a word in lower case, not a function word: "Head of (Global) Marketing at X"
            and before[:1] != []
            and (before[0] in ("the", "The") or before[0].islower() and before[0] not in FUNCTION_WORDS | CONNECTORS)
            and head_kind(span) == "org"
        ):
            if not s.overlaps(at.start(1), b):  # "the Democracy at Work Institute"
                s.add(OrgMention(text[at.start(1) : b], (at.start(1), b)))
            continue
        if text[b : b + 3] in (" - ", " – ") and _regional_body(text, span, a, b, s.add, s.overlaps):
            continue
        if " " not in span or _trailing_acronym(span, a, s.found, s.add, s.overlaps):
            continue
        parts = (
            (split_at_named(span, a, alone) or split_list_end(span, a, text[max(0, a - 120) : a]))
            if " and " in span
            else None
        ) or [(span, a)]
        for part, pa in (x for p in parts for x in split_and(*p)):
            _classify_span(text, part, pa, s.found, s.add, s.overlaps, s.is_place)


def _bracketed_lists(s: _Search) -> None:
    """'three networks (A, B and C)': the names in brackets after a noun for bodies."""
    text = s.text
    for m in RE_BRACKET.finditer(text):
        if not RE_GROUP_NOUN.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        items = [x.strip() for x in re.split(r",|\band\b", m.group(1)) if x.strip()]
        if len(items) < 3:
            continue
        for item in items:
            item = re.sub(r"^the\s+", "", item)
            if item[:1].isupper() and len(item.split()) <= 5 and not s.is_place(item):
                pos = text.find(item, m.start(1))
                if not s.overlaps(pos, pos + len(item)):
                    s.add(OrgMention(item, (pos, pos + len(item))))


def _wire_agencies(s: _Search) -> None:
    """'LAHORE, July 1 (APP):', '... — Bernama': a wire agency by its dateline or its sign-off."""
    wire_agencies(s.text, s.add, s.overlaps, s.is_place)


def _legal_forms(s: _Search) -> None:
    """'Zentralkonsum eG', 'DZ BANK AG': a body named by the legal form after its name."""
    named_by_legal_form(s.text, s.add, s.overlaps, s.is_place)


def _lowercase_heads(s: _Search) -> None:
    """'le ministère des Outre-mer', 'la préfecture de Guadeloupe', 'the Welsh government': a head
    written in lower case."""
    from ssecli.extract.places import is_region

    named_by_lowercase_head(s.text, s.add, s.overlaps)
    named_by_head_adjective(s.text, s.add, s.overlaps, common_words().__contains__)
    named_governments(s.text, s.add, s.overlaps, is_region)
    named_local_bodies(s.text, s.add, s.overlaps, lambda w: _name_word(w) or s.is_place(w), is_region)


def _name_word(word: str) -> bool:
    """A word of a name: no everyday word, no given name ("Kollam", "Thattarkonam")."""
    return fold(word) not in common_words() and not is_given_name(word)


def _media_cues(s: _Search) -> None:
    """'as reported in The Times', 'told Rwanda Today': an outlet named by what it does."""
    named_outlets(s.text, s.add, s.overlaps, s.is_place)
    credited_sources(s.text, s.add, s.overlaps, s.is_place)


# A key glued to its value, as calendar files (iCal) and feeds write their fields.
RE_KEY_OF_FIELD = re.compile(r"[:;=]\S")


def _bare_acronyms(s: _Search) -> None:
    """Acronyms standing alone: candidates that the corpus confirms or rules out (resolve.py)."""
    text, is_place = s.text, s.is_place
    upper_line: dict[int, bool | None] = {}  # None: a person's name in capitals
    starts = line_starts(text)
    for w in joint_acronyms(text, words(text)):
        t = w.text
        # An acronym has two capitals: a word with none after its first letter is let go at once.
        skip = t.islower() or t[1:].islower() or not is_acronym(t) or s.overlaps(w.start, w.start + len(w.bare))
        if skip or RE_LINK_OR_TAG_BEFORE.search(text, max(0, w.start - 60), w.start):  # not "ILO/UNDP"
            continue
        bare = w.bare
        if bare[1:2] in ("'", "’") and bare[:1] in "dlDL" and Word(bare[2:], 0, 0).is_acronym:
            bare = bare[2:]  # French "l'ACI", "d'ESS"
            w = Word(bare, w.end - len(bare), w.end)
        if RE_EVENT_AFTER.match(text, w.start + len(bare)) or RE_LAW_AFTER.match(text, w.start + len(bare)):
            continue  # "ICU Day", "IYC Summit": an event's initials; "the CHIPS and Science Act": a law's
        if bare.isupper() and fold(bare) in common_words() and _caps_heading(text, w.start, w.start + len(bare)):
            continue  # "PRINT EDITION", "MEMBER NEWS": words of a heading in capitals
        if bare in NON_ORG_ACRONYMS or bare.upper() in NON_ORG_ACRONYMS or RE_ROMAN.fullmatch(bare):
            continue
        if bare.isupper() and fold(bare) in NON_ORG_HEADS:
            continue  # "ICA EXPO 2012", "the SUMMIT": a word for an event or a document, in capitals
        if bare.isupper() and _kind_of_body(fold(bare)):
            continue  # "INTERNATIONAL DAY OF COOPERATIVES": a word for bodies in a heading in capitals
        if RE_CODE_END.search(bare) or RE_CAPS_DIGITS.fullmatch(bare):
            continue  # COVID-19, H1N1-09: names of diseases and codes; IYC2025: a campaign's tag; SDG8, KSE100
        if RE_CAPS_PLURAL.fullmatch(bare) or bare.isupper() and caps_name(text, w.start, w.start + len(bare)):
            continue  # NPOs, SACCOs: a kind of body in the plural; "H.BILBAO YOLANDA DÍAZ": a person in capitals
        if _ticker_line(text, w.start):
            continue  # "HUBC 78.00 Increased By": a code in a table of prices
        if RE_SPEAKER_BEFORE.search(text, max(0, w.start - 12), w.start) and RE_SPEAKER_AFTER.match(text, w.end):
            continue  # "Senator WONG (South Australia):": a parliament's record names its speaker in capitals
        if RE_KEY_OF_FIELD.match(text, w.start + len(bare)) and (w.start == 0 or text[w.start - 1] in "\n-;"):
            continue  # "DTSTART:20241105T180000", "X-WR-CALDESC:...": a field's key in a calendar or a feed
        k = bisect.bisect_right(starts, w.start) - 1
        line_start = starts[k]
        if line_start not in upper_line:
            line = text[line_start : starts[k + 1] if k + 1 < len(starts) else len(text)]
            letters = sum(map(str.isalpha, line))
            upper_line[line_start] = bool(letters) and sum(map(str.isupper, line)) > 0.8 * letters
            if upper_line[line_start] and caps_person_line(line):
                upper_line[line_start] = None  # "MARTINE LEFORT": a person's name in capitals, heading a page
        if upper_line[line_start] is None:
            continue
        if not bare.isupper() and is_place(bare):
            continue  # an acronym in capitals is not the town of the same name (ILO, Peru)
        if bare.isupper() and len(bare) >= 5 and is_place(bare.title()):
            continue  # "SEOUL, 15 September 2023 -": a dateline in capitals
        if w.start == line_start and RE_DATELINE_DAY.match(text, w.start + len(bare)):
            continue  # "KOLE, June 15, 2025 --": a wire's dateline opens on its town, in capitals
        if not upper_line[line_start] and _named_with_the(text, w.start, bare):
            s.add(OrgMention(bare, (w.start, w.start + len(bare))))
            continue
        s.found.acronym_candidates.append(
            OrgMention(bare, (w.start, w.start + len(bare)), strong=not upper_line[line_start])
        )


# "pic.twitter.com/EgIGl4EvWb", "#IYC2025", "@CoopParty": a link's path, a tag, a handle.
RE_LINK_OR_TAG_BEFORE = re.compile(r"(?:[#@]|[^\s/]+\.[^\s/]+/\S*)$")
RE_SPEAKER_BEFORE = re.compile(r"\b(?:Senator|Minister|Mr|Mrs|Ms|Dr|Councillor|Cllr|Speaker|Deputy|Hon)\.?[ \u00a0]$")
RE_SPEAKER_AFTER = re.compile(r"[ \u00a0]*[(:]")


RE_DATELINE_DAY = re.compile(r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b)")


# A short acronym that is also a word ("UN", "IMF", "EU", "BBC" are among wordfreq's words) is a body's
# where the text names it as one: "the IMF said", "at the UN", not "ISO 9001" or a list of codes.
MAX_WORD_ACRONYM = 3
RE_THE_BEFORE = re.compile(r"(?:^|\W)[Tt]he $")


def _named_with_the(text: str, at: int, bare: str) -> bool:
    if len(bare) > MAX_WORD_ACRONYM or not bare.isalpha() or not bare.isupper():
        return False
    low = bare.lower()
    if low not in common_words() or low in very_common_words():
        return False  # the corpus confirms the others; "WHO" and "ACT" in capitals are words too
    after = text[at + len(bare) : at + len(bare) + 2]
    return bool(RE_THE_BEFORE.search(text, max(0, at - 5), at)) and not after[1:2].isdigit()


RE_LAW_AFTER = re.compile(r" (?:and [A-Z][a-z][\w-]* )?(?:Act|Bill)\b")


def _kind_of_body(word: str) -> bool:
    """'cooperatives', 'unions', 'societies': bodies of a kind, no body's name ('COOP' may be one)."""
    if not word.endswith("s"):
        return False
    return word in PLURAL_HEADS or (word[:-3] + "y" if word.endswith("ies") else word[:-1]) in ORG_WORDS


def _appositions(s: _Search) -> None:
    nouns_then_names(s.text, s.add, s.overlaps, s.is_place)


def _appositions_after(s: _Search) -> None:
    names_then_nouns(s.text, s.add, s.overlaps, s.is_place)


def _coined_names(s: _Search) -> None:
    """Names coined with a year or with "coop": Catalyst2030, Legacoop, Coopfond, iCOOP."""
    rx = RE_COINED_NAME if "iCOOP" in s.text else RE_COINED_CAPITAL_NAME
    for m in rx.finditer(s.text):
        if not s.overlaps(*m.span()) and fold(m.group()) not in common_words() and not _kind_of_body(fold(m.group())):
            s.found.acronym_candidates.append(OrgMention(m.group(), m.span()))


def _coordinated_names(s: _Search) -> None:
    _coordinated(s.text, s.found, s.add, s.overlaps, s.is_place)


def _initials_paired(s: _Search) -> None:
    pair_initials(s.found)


def _named_again(s: _Search) -> None:
    """'Harrow Grain Inc. ... Harrow Grain paid': a company named again without its legal form."""
    named_again_without_form(s.text, s.found.mentions, s.add, s.overlaps)


def _shortened_names(s: _Search) -> None:
    shortened_names(s.found)


def _korean_and_japanese(s: _Search) -> None:
    """'수협중앙회', '日本生活協同組合連合会': a word that ends in a body's word (cjk.py)."""
    for name, span in cjk_orgs(s.text):
        if not s.overlaps(*span):
            s.add(OrgMention(name, span))


# The passes, in the order that decides which of two overlapping names wins: the first to take a
# span keeps it. Definitions come first, for they say the most.
PASSES = (
    ("definitions", _definitions),
    ("list_names", _list_names),
    ("legal_forms", _legal_forms),
    ("lowercase_heads", _lowercase_heads),
    ("member_lists", _member_lists),
    ("ranked_tables", _ranked_tables),
    ("capitalised_runs", _capitalised_runs),
    ("bracketed_lists", _bracketed_lists),
    ("wire_agencies", _wire_agencies),
    ("media_cues", _media_cues),
    ("bare_acronyms", _bare_acronyms),
    ("appositions", _appositions),
    ("appositions_after", _appositions_after),
    ("coined_names", _coined_names),
    ("named_again", _named_again),
    ("coordinated_names", _coordinated_names),
    ("initials_paired", _initials_paired),
    ("shortened_names", _shortened_names),
    ("korean_and_japanese", _korean_and_japanese),
)


def find_orgs(text: str, is_place=lambda s: False) -> OrgFindings:
    search = _Search(text, is_place)
    for _, run in PASSES:
        run(search)
    split_units(search.found)
    for m in search.found.mentions:
        _take_country_initials(text, m)
        _take_slashed_initials(text, m)
    search.found.mentions.sort(key=lambda m: m.span)
    return search.found


# "the U.S. Department of Agriculture", "the U.K. Co-operative Council": initials with full stops, which
# the word reader parts from the name, are the name's first word.
DOTTED_INITIALS = ("U.S. ", "U.K. ")


# "MD/DC Credit Union League": initials joined by a slash to the initials that open a body's name are
# the name's ("ITC/ILO", "UN/DESA" are two bodies, or a body and its unit, and stay apart).
RE_INITIALS_SLASH_BEFORE = re.compile(r"(?<![\w/])[A-Z]{2,5}/$")


def _take_slashed_initials(text: str, m: OrgMention) -> None:
    a, b = m.span
    words = m.surface.split()
    before = RE_INITIALS_SLASH_BEFORE.search(text, max(0, a - 6), a) if len(words) >= 3 and words[0].isupper() else None
    if before:
        if m.parent == words[0]:
            m.parent = None  # "DC" of "MD/DC Credit Union League" is no body the league is part of
        m.surface, m.span = text[before.start() : b], (before.start(), b)


RE_AND_END = re.compile(r"\s+(?:" + "|".join(map(re.escape, sorted(AND_WORDS))) + r")$")


def _take_country_initials(text: str, m: OrgMention) -> None:
    a = m.span[0]
    if m.acronym is None and text[max(0, a - 5) : a] in DOTTED_INITIALS and (a == 5 or not text[a - 6].isalnum()):
        m.surface, m.span = text[a - 5 : m.span[1]], (a - 5, m.span[1])


RE_AND_NAME_AFTER = re.compile(r"\)? (?:and|&) ([A-Z][a-z][\w'’-]*)(?![\w'’-]| [A-Z]| of\b| \()")
RE_NAME_AND_BEFORE = re.compile(r"(?<![\w'’-])(?<!\. )([A-Z][a-z][\w'’-]*) (?:and|&) (?:the )?$")


def _coordinated(text: str, found: OrgFindings, add, overlaps, is_place) -> None:
    """'NACF and Hansalim', 'Safaricom and the Co-operative Bank of Kenya': a word of its own that no
    dictionary holds, joined by 'and' to a body's name, names a body too."""
    for m in list(found.mentions):
        if " " not in m.surface and not m.acronym:
            continue
        got = [
            RE_AND_NAME_AFTER.match(text, m.span[1]),
            RE_NAME_AND_BEFORE.search(text, max(0, m.span[0] - 40), m.span[0]),
        ]
        for g in got:
            if g is None:
                continue
            name = g.group(1)
            if fold(name) in common_words() or is_place(name) or name.lower() in FUNCTION_WORDS or overlaps(*g.span(1)):
                continue
            add(OrgMention(name, g.span(1)))


_CAPS = rf"[{U}][\w'’-]*(?: [{U}][\w'’-]*)*"
# ... and in the other languages: "Ministerio de Economía, Fomento y Turismo".
LIST_NAME_HEADS = (
    r"(?:Ministry|Department|Directorate-General|Directorate General|Directorate|Office|Bureau|Commission|Council|"
    r"Committee|Secretariat|Division|Agency|Institute|Centre|Center|Ministerio|Ministério|Ministère|Ministero|"
    r"Secretaría|Secretaria|Departamento|Consejo|Conselho|Conseil)"
)
RE_ACRONYM_ITEM = re.compile(r",(?: and)? (?=([A-Z]{2,})\b)")
# The sector's own name is one field, "and" inside it: "Ministry of Labour, Employment and Social and
# Solidarity Economy".
RE_LIST_NAME = re.compile(
    rf"\b{LIST_NAME_HEADS} (?:of|for|de|del|da|do|des|du|di|della) (?:the |la |el |l['’])?{_CAPS}(?:, {_CAPS})+,? "
    rf"(?:and|y|e|et) {_CAPS}(?: and Solidarity Economy)?"
)
RE_ITEM_PARTING = re.compile(r",? (?:and|&) |, ")
UNIT_HEADS = r"(?:Department|Division|Directorate|Unit|Branch|Section)\b"
RE_UNIT_HEAD = re.compile(rf"(?<= ){UNIT_HEADS}")
RE_LIST_BEFORE_HEAD = re.compile(rf"(?<![\w'’-]){_CAPS}(?:, {_CAPS})+,? (?:and|&) {_CAPS} {UNIT_HEADS}")
# Where RE_LIST_NAME can start: a scan for its head words skips from capital to capital, where the
# pattern, led by its boundary, is tried at every character (see anchored.py).
RE_PLACE_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)(?: State)? $")
RE_LIST_NAME_HEAD = re.compile(words_pattern(lead_words(LIST_NAME_HEADS)))
# Not "All2021-12-15T...": a word glued to a timestamp is no name.
RE_COINED_NAME = re.compile(
    r"(?<![\w.])(?:[A-Z][a-z]+(?:19|20)\d\d|[A-Z][a-z]*[Cc]oop[a-z]*|i?COOP[A-Za-z]*)(?![\w.]|-\d)"
)
# RE_COINED_NAME for a text without "iCOOP", where no match opens on a small "i": with the first
# capital taken before the look-behind, a scan skips from capital to capital
# (tests/extract/test_orgs_anchored.py: the same matches).
RE_COINED_CAPITAL_NAME = re.compile(
    r"[A-Z](?<![\w.].)(?:[a-z]+(?:19|20)\d\d|[a-z]*[Cc]oop[a-z]*|(?<=C)OOP[A-Za-z]*)(?![\w.]|-\d)"
)


# "the European Social Economy Regions network": a name that a common noun after it makes a body.
RE_BODY_NOUN_AFTER = re.compile(
    r"\s+(?:network|platform|alliance|coalition|consortium|federation|association|"
    r"movement|partnership)\b"
)


RE_THING_AFTER = re.compile(
    r"\s(?:programme|program|project|initiative|conference|summit|campaign|strategy|"
    r"report|award|prize|agenda|act|law|policy|week|festival|fair|expo|webinar|"
    r"workshop|seminar|series|declaration|resolution)s?\b"
)


ADJECTIVE_HEADS = {"cooperative", "co-operative", "mutual", "coop", "co-op"}
RE_MODIFIED_NOUN = re.compile(
    r" (?:housing |credit |agricultural |dairy )?"
    r"(?:societies|society|sector|movement|enterprises?|"
    r"banks?|unions?|organi[sz]ations?|development|laws?|acts?|principles|values|model|"
    r"business(?:es)?|ministers?|leaders|stakeholders|officers?|registrars?)\b"
)


def _agency_end(toks: list[str]) -> int:
    """'Statistics Norway', 'Employment and Social Development Canada': the number of words of a
    government agency named by its field and its country at the start of `toks`, or 0."""
    if len(toks) < 2 or toks[0].lower() not in AGENCY_FIELDS:
        return 0
    from ssecli.extract.places import lookup

    for j in range(2, min(len(toks), 8) + 1):
        if not (toks[j - 1][:1].isupper() or toks[j - 1] in CONNECTORS):
            return 0
        for k in (1, 2, 3):
            if j - k >= 1 and toks[j - k - 1] not in CONNECTORS:
                e = lookup(" ".join(toks[j - k : j]))
                if e is not None and (e.kind == "country" or e.name in UK_NATIONS) and not country_tag(toks[:j]):
                    return j
    return 0


# The nations of the United Kingdom, which name their agencies as countries do ("Sport England",
# "Historic Environment Scotland"); the gazetteer holds them as regions.
UK_NATIONS = {"England", "Scotland", "Wales", "Northern Ireland"}


# An award's name, though it may end on a word for a body; "Right Livelihood Award Foundation" is a body.
RE_AWARD_NAME = re.compile(r"\b(?:Awards?|Prize|Medal)\b(?! (?:Foundation|Trust|Committee|Fund)\b)|\bof the Year\b")
# "Social Enterprise" closing a name is the sector the words before it qualify ("Social Enterprise UK",
# "Social Enterprise Network" name bodies).
RE_SECTOR_END = re.compile(r"\bSocial Enterprise$", re.I)
RE_FOR_OR_OF = re.compile(r" (?:for|of) ")
RE_ROMAN = re.compile(r"[IVXLC]+")
RE_CODE_END = re.compile(r"-\d+$|\d{4}$")
RE_CAPS_DIGITS = re.compile(r"[A-Z]{2,}\d+")
RE_OF_REST = re.compile(r"\b(?:of|from|at)(?: the)? ")
RE_OF_AND_FOR = re.compile(r"\b(?:of|and|for)(?: the)? ")
RE_OWNER_BEFORE = re.compile(r"([A-Z][\w&.-]*)['’]s\s+$")
RE_FOR_PLACE_END = re.compile(r" for (?:the )?(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})$")


def _classify_span(text, part, start, found, add, overlaps, is_place) -> None:
    if " " not in part:
        return  # one word: a name of one word is an acronym's or a list's, found apart
    held = name_in_run(part)
    if held is None:
        return
    at, trimmed = held
    if RE_AWARD_NAME.search(trimmed):
        return  # "Social Enterprise of the Year", "Herb Wegner Memorial Award for Outstanding Organization"
    if RE_SECTOR_END.search(trimmed) and not (
        (of := RE_FOR_OR_OF.search(trimmed)) and head_kind(trimmed[: of.start()]) == "org"
    ):
        # "the Journey of Social Enterprise", "Greater Manchester Social Enterprise conference": the sector;
        # "Singapore Centre for Social Enterprise" is a body for the sector.
        return
    a = start + at
    b = a + len(trimmed)
    if RE_THING_AFTER.match(text, b) and head_kind(trimmed) != "org":
        return  # "the PROSPECTS Jordan programme" ("UN General Assembly resolution" names a body)
    if (
        " " in trimmed
        and title_case_line(text, a)
        and not name_line(text, trimmed, a, b)
        and not complement_to_line_end(text, trimmed, b)
    ):
        # "Calls for Partnership on Cooperative Housing Grow as Rents Soar": in a headline every word is
        # capitalised; a name is the part of the run that ends on its head.
        trimmed = headline_name(trimmed, is_place)
        if not trimmed:
            return
        b = a + len(trimmed)
    person = person_after(trimmed)
    if person:
        # "the president of the Cooperatives of the Americas Ramon Imperial": a body, then its officer.
        body = RE_AND_END.sub("", trimmed[:person].rstrip())
        _classify_span(text, body, a, found, add, overlaps, is_place)
        return
    lead = person_before_of(trimmed)
    if lead:
        # "said Jocelyn Jones of Union": a person, then the body or the town the person is of.
        if not is_place(trimmed[lead:]):
            _classify_span(text, trimmed[lead:], a + lead, found, add, overlaps, is_place)
        return
    agency = _agency_end(trimmed.split())
    if agency:
        toks = trimmed.split()
        name = " ".join(toks[:agency])
        if not overlaps(a, a + len(name)):
            add(OrgMention(name, (a, a + len(name))))
        if agency + 1 < len(toks) and toks[agency] == "and":
            rest = " ".join(toks[agency + 1 :])
            _classify_span(text, rest, a + trimmed.find(rest, len(name)), found, add, overlaps, is_place)
        return
    if overlaps(a, b):
        # A defined long form already covers this ("Korean Ministry of ... (MOEL)").
        return
    toks = trimmed.split()
    # "ILO COOP", "UN DESA", "UN Water", "ILO Cooperatives Unit": a parent acronym and a unit.
    if all(t.isupper() for t in toks) and all(fold(t) in common_words() for t in toks):
        return  # "PRESS RELEASE", "MEMBER NEWS": a heading in capitals
    owner = RE_ORGAN_AFTER.search(trimmed)
    if (
        owner
        and owner.start() > 0
        and (is_acronym(trimmed[: owner.start()]) or RE_BOARD_OF_MEMBERS.search(owner.group()))
    ):
        # "NAFCU Board of Directors", "CUNA Executive Committee": the body's board, named by its acronym;
        # "the Credit Union Board of Directors": a board of its members, whatever names the body.
        _classify_span(text, trimmed[: owner.start()], a, found, add, overlaps, is_place)
        return
    if field_and_country(trimmed):
        add(OrgMention(trimmed, (a, b)))
        return
    if len(toks) >= 2 and one_meeting(text, toks, a, b):
        if len(toks) > 2 and [t.lower() for t in toks[-2:]] == ["general", "assembly"]:
            _classify_span(text, " ".join(toks[:-2]), a, found, add, overlaps, is_place)  # the body that meets
        return
    if RE_WIRE_NAME.search(trimmed):
        add(OrgMention(trimmed, (a, b)))  # "GLOBE NEWSWIRE": a wire service, no unit of a body called GLOBE
        return
    if regional_branch(text, toks):
        add(OrgMention(trimmed, (a, b), parent=toks[0]))
        return
    if all(t.isupper() for t in toks) and caps_person_line(trimmed):
        return  # "MARTINE LEFORT": a person's name in capitals
    if is_place(trimmed):
        return  # "DPR Korea", "DR Congo": a country's short official name, no acronym's unit
    if len(toks) >= 2 and Word(toks[0], 0, 0).is_acronym and toks[0] not in NON_ORG_ACRONYMS:
        rest = " ".join(toks[1:])
        rest_kind = head_kind(rest)
        # "ILO PARDEV" is a unit; "ILO STATISTICS" is a word in capitals.
        unit_acronym = (
            len(toks) == 2
            and Word(toks[1], 0, 0).is_acronym
            and toks[1] not in NON_ORG_ACRONYMS
            and fold(toks[1]) not in common_words()
        )
        # "UN Water", "ESS France": an acronym and one more name.
        single = (
            len(toks) == 2
            and toks[1][0].isupper()
            and toks[1].lower() not in NON_ORG_HEADS
            and toks[1].lower() not in TITLE_WORDS
            and not toks[1][-1:] == "s"
            and toks[1].lower() not in FUNCTION_WORDS
            and not toks[1].isdigit()
            # "CU System", "OECD Toolkit", "ICA People": an acronym before a word is no unit's name
            # ... but the UN and the EU name their bodies so: "UN Women", "UN Water", "EU Council"
            and (
                fold(toks[1]) not in common_words()
                or is_place(toks[1])
                or toks[0] in ("UN", "EU", "AU")
                or toks[1].isupper()
                and len(toks[1]) >= 2
                or toks[1] in ("International", "Global", "Worldwide")
            )
        )
        regional = is_place(rest) or all(is_place(t) for t in re.split(r"\s+(?:and|the)\s+|\s+", rest) if t)
        # "NFU Mutual", "BRAC Bank": an acronym and a company's head name a body of their own; "ICA Board",
        # "ILO Office" a part of the acronym's body, kept as the acronym.
        # "HM Treasury", "HM Land Registry": His or Her Majesty's bodies are named so, whole.
        company = len(toks) == 2 and toks[1].lower() in ACRONYM_COMPANY_HEADS or toks[0] == "HM"
        if company:
            add(OrgMention(trimmed, (a, b)))
        elif unit_acronym or rest_kind == "org" and len(toks) >= 3 or single or regional:
            add(OrgMention(trimmed, (a, b), parent=toks[0]))
        return
    of_rest = RE_OF_REST.search(trimmed)
    if (
        of_rest
        and of_rest.start() > 0
        and head_kind(trimmed[: of_rest.start()]) != "org"
        and not trimmed[: of_rest.start()].split()[0].isupper()
    ):
        # "Choi Jae-won of Korea University": what stands before "of" is no body's head, the body follows.
        rest = trimmed[of_rest.end() :]
        pre_words = [fold(w) for w in trimmed[: of_rest.start()].split()]
        if (
            not set(pre_words) & ORG_WORDS
            and len(rest.split()) >= 2
            and rest[:1].isupper()
            and head_kind(rest) == "org"
        ):
            _classify_span(text, rest, a + of_rest.end(), found, add, overlaps, is_place)
            return
    if RE_ORGAN_ALONE.fullmatch(trimmed):
        return  # "The Board of Directors approved ...": a body's organ, the body unnamed
    served = RE_FOR_PLACE_END.search(trimmed)
    if served and fold(toks[0]) in GOVERNMENT_HEADS and is_place(served.group("place")):
        # "the Department of Co-operatives for the Bono, Bono East and Ahafo Regions": the regions it serves
        trimmed, b = trimmed[: served.start()], a + served.start()
        toks = trimmed.split()
    abroad = RE_ORGAN_OF_ABROAD.match(trimmed)  # whatever follows it is a body's name: the organ says so
    if abroad and trimmed[abroad.end() :][:1].isupper():
        if not overlaps(a + abroad.end(), b):
            add(OrgMention(trimmed[abroad.end() :], (a + abroad.end(), b)))
        return
    organ = RE_ORGAN_OF.match(trimmed)
    if organ and head_kind(trimmed[organ.end() :]) == "org" and len(trimmed[organ.end() :].split()) >= 2:
        # "the Credit Committee of St. Paul Postal Employees CU": a body's board, named by the body.
        rest = trimmed[organ.end() :]
        _classify_span(text, rest, a + organ.end(), found, add, overlaps, is_place)
        return
    if (
        head_kind(trimmed) == "none"
        and len(toks) >= 3
        and RE_BODY_NOUN_AFTER.match(text, b)
        and not is_place(trimmed)
        and all(t[:1].isupper() or t in CONNECTORS for t in toks)
    ):
        add(OrgMention(trimmed, (a, b)))
        return
    if head_kind(trimmed) != "org":
        # "Rafael Cuesta of the University of Valencia": the name inside a longer run.
        for m in RE_OF_AND_FOR.finditer(trimmed):
            rest = trimmed[m.end() :]
            if len(rest.split()) >= 2 and rest[:1].isupper() and head_kind(rest) == "org":
                _classify_span(text, rest, a + m.end(), found, add, overlaps, is_place)
                return
        return
    if len(toks) < 2 or is_place(trimmed) or " and " in trimmed and all(map(is_place, trimmed.split(" and "))):
        # "the United States and Europe": places, though "Europe" ends names such as Cooperatives Europe
        return
    if fold(toks[-1]) in ADJECTIVE_HEADS and RE_MODIFIED_NOUN.match(text, b):
        return  # "Role of Cooperative housing societies": the head word is an adjective of a common noun
    # "ILO's Enterprises Unit": the owner stands just before, with a possessive.
    before = text[max(0, a - 40) : a]
    owner = RE_OWNER_BEFORE.search(before)
    parent = owner.group(1) if owner and Word(owner.group(1), 0, 0).is_acronym else None
    add(OrgMention(trimmed, (a, b), parent=parent))
