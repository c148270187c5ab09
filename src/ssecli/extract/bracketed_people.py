"""People with their office or their body in brackets after the name, as reports of meetings list
speakers: "Sarah Cook (Director of UNRISD)", "Paul Singer (National Secretary of Solidarity
Economy in Brazil)", "Simel Esim (ILO)". The brackets say who the name is, whether or not the
name's words are known given names ("Singer" and "Cook" are everyday words too)."""

from __future__ import annotations

import re

from ssecli.extract.definitions import schwartz_hearst
from ssecli.extract.lexicon import TITLE_WORDS
from ssecli.extract.names import is_given_name
from ssecli.extract.people import FULL_NAME, PersonMention
from ssecli.extract.people_pairs import person_shaped
from ssecli.extract.roles import ROLE_START, clean_role
from ssecli.extract.text import fold, is_acronym

# The opening bracket of an office: " (Director of UNRISD)", " (Vice Chair of UNTFSSE, ...".
RE_OFFICE_BRACKET = re.compile(rf" \((?P<role>{ROLE_START}[^()\n]{{0,160}})\)")
# A bracket that holds a body's name alone: " (ILO)".
RE_BODY_BRACKET = re.compile(r" \((?P<body>[^()\n,;]{2,60})\)")
# The name that ends where the bracket opens.
RE_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<name>{FULL_NAME})$")
# A capitalised word right before the name: the name is the end of a longer run, a body's.
RE_RUN_GOES_ON = re.compile(r"[A-Z][\w'’.-]*[ \u00a0]$")


def bracketed_people(text: str, people: list[PersonMention], taken, is_place, is_org) -> list[PersonMention]:
    """The people of `text` that a bracket after their name vouches for and `people` lacks
    (`taken`: spans other bodies hold). A person of `people` found without a role takes the
    office a bracket gives."""
    if " (" not in text:
        return []
    known = {fold(p.name) for p in people}
    roleless = {p.span[1]: p for p in people if p.role is None}
    out: list[PersonMention] = []
    for m in RE_BODY_BRACKET.finditer(text):
        role = RE_OFFICE_BRACKET.match(text, m.start())
        if role is None and not is_org(m.group("body")):
            continue
        if role is not None and m.start() in roleless:
            roleless.pop(m.start()).role = clean_role(role.group("role"))
            continue
        before = RE_NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        name, a, b = before.group("name"), before.start("name"), before.end("name")
        if fold(name) in known or taken(a, b) or RE_RUN_GOES_ON.search(text, max(0, a - 40), a):
            continue  # found already; "União Nacional das ... (UNISOL)": the end of a body's long name
        if not _vouched(name, m.group("body").strip(), role is not None, is_place, is_org):
            continue
        known.add(fold(name))
        out.append(PersonMention(name, clean_role(role.group("role")) if role else None, (a, b)))
    return out


def _vouched(name: str, bracket: str, office: bool, is_place, is_org) -> bool:
    """Whether `name` is a person's, given what its bracket holds (an office, or else a body)."""
    words = name.split()
    if len(words) < 2 or any(fold(w) in TITLE_WORDS for w in words):
        return False
    if is_acronym(bracket) and schwartz_hearst(bracket, name):
        return False  # "Pre-Registration Seminar (PRS)": the bracket holds the name's initials
    if not office and len(words) > 3 and not is_given_name(words[0]):
        return False  # "Basobas Mahila Sahakari Sanstha (Settlement Women Cooperative)": a body, translated
    return person_shaped(name, is_place, is_org)
