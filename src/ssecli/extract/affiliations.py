"""Organisations named in a person's role: 'Geoff Molson, President and CEO of CH Group',
'Jim Hanisch, president, CO-OP Network', 'Chris Cowcher, Plunkett's Head of Policy'.

A body with no organisation word in its name ('CH Group' aside: 'Mutuo', 'Selnet', 'We Effect')
has no cue of its own; the role of a person who works there is one. This pass runs after the
people are found and reads only their roles."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ssecli.extract.gazetteer import common_words, everyday_abroad
from ssecli.extract.lexicon import NON_ORG_ACRONYMS, OF_ABROAD, TITLE_WORDS
from ssecli.extract.spans import RE_CAPS_PLURAL, RE_ORGAN_ALONE, OrgMention, head_kind
from ssecli.extract.text import SpanMask, fold, is_acronym

# A name: capitalised words or acronyms ('IT4Change', 'CO-OP', "O'Lakes"), with the small words
# names hold inside them ('Delegation of the European Union to Rwanda').
_CAP = r"(?:[A-Z](?:[\w'’&-]|\.(?=\w))*|\d+[A-Za-z]\w*)"
_NAME = rf"{_CAP}(?:(?: (?:of|the|for|and|de|du|des|la|le|del|to|on|&))* {_CAP})*"

# "of" in the languages whose titles roles.ROLE_TITLE reads: "presidente de Coprolan", "directrice du ...".
FOREIGN_OF = "|".join(OF_ABROAD)
FOREIGN_OF_WORDS = frozenset(OF_ABROAD)
# The body a role ends on, after the word or mark that ties the role to it: 'CEO of X',
# 'adviser at X', 'President, X', 'Head of Fundraising - X'; a place after 'in' or in brackets is the
# body's seat ('Coordinator at Le Monde des Possibles (Belgium)').
RE_BODY_AFTER = re.compile(
    rf"(?P<sep>\b(?:of|at|with|for|from|{FOREIGN_OF})|,|[ ][-–—])[ ]+"
    rf"(?:the[ ]+|la[ ]+|le[ ]+|el[ ]+|l['’])?(?P<org>{_NAME})"
    # "Executive Chairman, Wamda Capital, Schwab awardee"; "..., Coordinator of RIPESS (Intercontinental" cut short
    r"(?:[ ]+in[ ]+[^,]*|[ ]*\([^()]*\))?(?:$|,[ ]|[ ]*\([^()]*$)"
)
# The body a role starts with: "Plunkett's Head of Policy", 'Fine Gael TD'.
RE_BODY_BEFORE = re.compile(rf"^(?:the )?(?P<org>{_NAME})(?:['’]s[ ]| (?=(?:\w+ )?(?:TD|MP|MEP|MLA|MPP)$))")


def orgs_in_roles(
    text: str,
    people: Iterable,
    taken: SpanMask,
    is_place: Callable[[str], bool],
    known: set[str],
) -> list[OrgMention]:
    """The bodies `people`'s roles name, as mentions in `text`; none where `taken` already holds a
    name. Only names the text gives nowhere else are new: none `known` (folded: the names found by
    the other passes, with their own cues, and the short forms the text defines). A person's name
    is never a body, nor a place, nor a field ('Minister of Agriculture')."""
    people = list(people)
    name_words = {w for p in people for w in re.split(r"[ -]", p.name)}

    def is_body(name: str, sep: str) -> bool:
        folded = fold(name)
        # "the CEO of Changwon Hanmaeum" after "Changwon Hanmaeum Social Cooperative": a known body, shortened.
        if folded in known or any(k.startswith(folded + " ") for k in known):
            return False
        return _names_a_body(name, sep, name_words, is_place)

    found: list[OrgMention] = []
    for p in people:
        near = _in_role(text, p, is_body) if p.role else _beside(text, p, is_body, is_place)
        for name, span in near + _bracketed(text, p, is_body):
            if not taken.hits(*span):
                taken.add(*span)
                found.append(OrgMention(name, span))
    return found


def _in_role(text: str, person, is_body) -> list[tuple[str, tuple[int, int]]]:
    """The bodies a person's role names, where they stand in the text."""
    names = []
    before = RE_BODY_BEFORE.match(person.role)
    if before and is_body(before.group("org"), "'s"):
        names.append(before.group("org"))
    names += _bodies_after(person.role, is_body)
    out = []
    for name in names:
        span = _locate(text, name, person.span)
        # "Minister of Agriculture and Cooperatives Mrigendra Kumar Singh Yadav": a name's first
        # word that the role took is no body.
        if span is not None and text[span[1] : person.span[0]] != " ":
            out.append((name, span))
    return out


def _beside(text: str, person, is_body, is_place) -> list[tuple[str, tuple[int, int]]]:
    """'Sandrino Graceffa, Cooperative Smart Belgium;', 'ScaleChanger : Isabelle Hoyaux;': in a
    programme's list of speakers, with no role, the body each comes from."""
    m = RE_BODY_BESIDE_AFTER.match(text, person.span[1]) or _body_beside_before(text, person.span[0])
    if m and is_body(m.group("org"), ",") and _beside_name(m.group("org")):
        return [(m.group("org"), m.span("org"))]
    # "Jane Livingston of Indivisible, Inc. and David Gerratt of DG Communications", "Silvio Goglio
    # from Euricse": the body one is "of" or comes from, where it is no place.
    m = RE_OF_BODY_AFTER.match(text, person.span[1])
    if m and is_body(m.group("org"), "at"):
        region = RE_REGION_AFTER.match(text, m.end())
        if region is None or not is_place(region.group(1)):  # "John Rettler of Neosho, Wisconsin": a town
            return [(m.group("org"), m.span("org"))]
    return []


# (Its name has no "and": "Jana Liebmann of Tandemworks and Omar Diallo of ..." lists two people.)
RE_OF_BODY_AFTER = re.compile(
    rf"[ ](?:of|from)[ ](?:the[ ])?"
    rf"(?P<org>{_CAP}(?:(?:[ ](?:of|the|for|de|du|des|la|le|del|&))*[ ](?:[dl]['’])?{_CAP})*)"
    r"(?=[,.;:)]|[ ][a-z(]|$)"
)
RE_REGION_AFTER = re.compile(r",[ ]([A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)")


# A speaker's body after the name, closing its piece of the list: ", Body (Country);".
RE_BODY_BESIDE_AFTER = re.compile(rf",[ ](?P<org>{_NAME})(?:[ ]*\([^()\n]*\))?[ ]*(?:;|$)", re.M)
# ... or before it, opening the piece: "Body : Name".
RE_BODY_BESIDE_BEFORE = re.compile(rf"(?:^|;)[ ]*(?P<org>{_NAME})[ ]*:[ ]*$", re.M)


# The body in brackets after a name, maybe with its town or with the role held there: "Karen Kenny
# (Rabobank, Wellington)", "David Shaw (Silver Fern Farms' representative)".
RE_BODY_BRACKETED = re.compile(rf"[ ]\((?P<org>{_NAME})(?:['’]s?[ ][a-z][\w -]*)?(?:,[ ][^()\n]{{1,40}})?\)")
RE_PARTY_STATE = re.compile(r"[A-Z]-")  # "(R-Texas)": a party and a state


def _bracketed(text: str, person, is_body) -> list[tuple[str, tuple[int, int]]]:
    m = RE_BODY_BRACKETED.match(text, person.span[1])
    if m is None or RE_PARTY_STATE.match(m.group("org")):
        return []
    name, (a, b) = m.group("org"), m.span("org")
    title, _, rest = name.partition(" ")
    if title in NON_ORG_ACRONYMS and rest:
        name, a = rest, b - len(rest)  # "(CEO Acme Foods)", "(GF Brauerei Murau)": the holder's office first
    return [(name, (a, b))] if is_body(name, "at") else []


def _beside_name(name: str) -> bool:
    """A name by a speaker's, not a role ('Rapporteur') or a unit ('KoSEA Communications'): an
    acronym or a coined word alone ('DIESIS', 'ScaleChanger'), or a word no dictionary holds."""
    words = name.split()
    if len(words) == 1:
        return is_acronym(name) or RE_INNER_CAPITAL.search(name) is not None
    return head_kind(name) == "org" or any(
        not is_acronym(w) and fold(w) not in common_words() for w in re.findall(r"[^\W_]+", name)
    )


RE_INNER_CAPITAL = re.compile(r"[a-z][A-Z]|\d")


def _body_beside_before(text: str, start: int) -> re.Match[str] | None:
    return RE_BODY_BESIDE_BEFORE.search(text, max(0, start - 80), start)


def _bodies_after(role: str, is_body: Callable[[str, str], bool]) -> list[str]:
    """The names a role ends on, from the first tie whose rest is a body's name ('Ambassador,
    Delegation of the European Union to Rwanda', not 'the European Union to Rwanda'; in
    'Director of Public Relations for the NWCUA', the NWCUA). Two names joined by 'and' with no
    small word of a name in them are two ('founder of Pur Vodka and Romeo's Gin')."""
    for m in RE_TIE.finditer(role):
        body = RE_BODY_AFTER.match(role, m.start())
        if body is None or RE_PORTFOLIO.search(role, 0, m.start()):
            continue  # "Minister of Microfinance and Social Economy": a portfolio, no body
        name, sep = body.group("org"), body.group("sep").strip()
        # "President of the African SSE Network and Intercontinental Coordinator of RIPESS": a second
        # office after "and" ends the body's name.
        office = RE_AND_OFFICE.search(name)
        name = name[: office.start()] if office and _holds_title(office.group(1)) else name
        abroad = sep in FOREIGN_OF_WORDS
        sep = "of" if abroad else sep
        if sep == "of" and RE_HEAD_OF_BODY.search(role, 0, m.start()):
            sep = "at"  # "CEO of Fairtrade Africa": the one a chief heads is a body, as where one works
        parts = name.split(" and ") if " and " in name and not RE_NAME_INNER.search(name) else [name]
        # "secretario de Estado": a word of everyday Spanish or French after "de" is a field, no body.
        bodies = [x for x in parts if is_body(x, sep) and not (abroad and _everyday_abroad(x))]
        if bodies:
            return bodies
    return []


RE_HEAD_OF_BODY = re.compile(
    r"\b(?:CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Ee]xecutive [Dd]irector|[Mm]anaging [Dd]irector|"
    r"[Gg]eneral [Mm]anager|[Cc]hair(?:man|woman|person)?|[Ff]ounder|[Cc]o-founder)[ ]$"
)
RE_PORTFOLIO = re.compile(r"\b(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner)[ ]$")
RE_TIE = re.compile(rf"\b(?:of|at|with|for|from|{FOREIGN_OF})\b|,|[ ][-–—]")
RE_AND_OFFICE = re.compile(r" and ((?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*) of ")


def _holds_title(words: str) -> bool:
    return any(fold(w) in TITLE_WORDS for w in words.split())


RE_NAME_INNER = re.compile(r" (?:of|the|for|to|on|de|du|des|la|le|del) ")
RE_INNER_POSSESSIVE = re.compile(r"['’]s ")


def _everyday_abroad(name: str) -> bool:
    return any(fold(w) in everyday_abroad() for w in RE_NAME_INNER.split(name)[0].split())


def _names_a_body(name: str, sep: str, name_words: set[str], is_place) -> bool:
    words = name.split()
    if is_place(name) or any(w in name_words for w in words) or RE_INNER_POSSESSIVE.search(name):
        return False  # "Cuna's Consumer Engagement Solutions": a unit of a body the text names
    if name in NON_ORG_ACRONYMS or RE_CAPS_PLURAL.fullmatch(name) or head_kind(name) == "other":
        return False
    if RE_ORGAN_ALONE.fullmatch(name):  # "Chairperson of the Board of Directors": the body unnamed
        return False
    if fold(words[0]) in TITLE_WORDS:
        return False  # "President, Vice President": a second role, not a body
    if sep == "at" and len(words) >= 2:
        return True  # "Senior Advisor at We Effect": what one works at is a body
    # "Minister of Agriculture", "Head of Policy & Communications", "Co-operatives": a field or a
    # kind of body in everyday words names no body. Only the words before the name's first small
    # word count: "Public Relations for the NWCUA" is a field and a body.
    lead = RE_NAME_INNER.split(name)[0]
    return any(
        is_acronym(w) or (fold(w) not in common_words() and not is_place(w))
        for w in re.findall(r"[^\W_]+(?:['’][^\W_]+)?", lead)
    )


def _locate(text: str, name: str, person: tuple[int, int]) -> tuple[int, int] | None:
    """Where the role's body stands: just after the person's name, or just before it."""
    after = text.find(name, person[1], person[1] + 200)
    if after >= 0:
        return after, after + len(name)
    before = text.rfind(name, max(0, person[0] - 120), person[0])
    return (before, before + len(name)) if before >= 0 else None
