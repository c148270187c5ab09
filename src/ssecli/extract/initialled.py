"""People whose given names are written as initials, as South Asian and African papers write
them: "District panchayat president P.K. Gopan presided", "Commissioner of Co-operative
Development S. L. Naseer", "K. K. Sivadasan Nair and several others". No list of given names
knows such a name; the initials vouch for a person where no trigger word stands beside it."""

from __future__ import annotations

import re

from ssecli.extract.gazetteer import state_abbreviations
from ssecli.extract.lexicon import ORG_WORDS, TITLE_WORDS
from ssecli.extract.names import HONORIFICS, everyday_words, given_rank
from ssecli.extract.people import PersonMention, role_after, role_before
from ssecli.extract.text import fold

NAME_WORD = r"[A-Z][a-z]{2,}"
# "P.K.", "S. L.", or without the stops, "B L" (not "A" nor "I", words of their own): a capital, then
# its stop or its space. The look-behind stands after the first capital, so the scan skips to the
# next capital at once.
AFTER_INITIAL = r"(?:\.[ ]?|(?<=[B-HJ-Z])[ ])"
RE_INITIALLED = re.compile(
    rf"(?P<initials>[A-Z](?<![\w.’'].){AFTER_INITIAL}(?:[A-Z]{AFTER_INITIAL}){{0,2}})"
    rf"(?P<name>{NAME_WORD}(?:[ ]{NAME_WORD}){{0,2}})(?![\w'’-])"
)
# Initials that name a country, a body or a state: "U.S. Congress", "U.N. Women", "N.C. State".
NOT_PERSON_INITIALS = {"U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "D.C.", "N.Z."}
# A letter before a common given name is a courtesy title ("M." Monsieur, "D." Dom), not an initial.
COMMON_GIVEN = 5


def with_initialled(text: str, people: list[PersonMention], taken, is_place, is_org) -> list[PersonMention]:
    """`people` and such people where no person found or body (`taken`: its spans) stands; a person
    found without the initials ("Gopi Krishna" of "P. Gopi Krishna") is the same person, named whole."""
    known = {fold(p.name) for p in people}
    out = list(people)
    for m in RE_INITIALLED.finditer(text):
        initials, name = m.group("initials"), m.group("name")
        words = name.split()
        tight = initials.replace(" ", "")
        letters = sum(c.isupper() for c in initials)
        if letters == 1 and (len(words) < 2 or given_rank(words[0]) >= COMMON_GIVEN):
            continue  # "A. Smith" is too thin a shape; "M. Santiago Fisher", "D. Miguel Crespo": a title
        if tight in NOT_PERSON_INITIALS or tight in state_abbreviations() or fold(tight.rstrip(".")) in HONORIFICS:
            continue  # "U.S. Congress", "Madison, Wis. Co-ops", "H.E. Ankhbayar Nyamdorj"
        if any(fold(w) in ORG_WORDS or fold(w) in TITLE_WORDS or fold(w) in everyday_words() for w in words):
            continue  # "U.S. Department", "S.A. Cooperative": words of a body or an office
        a, b = m.span()
        full = text[a:b]
        if taken(a, b) or is_place(name) or is_org(name) or fold(full) in known or _in_address(text, b, is_place):
            continue
        inside = [p for p in out if a <= p.span[0] and p.span[1] <= b]
        if any(p.span[0] < b and a < p.span[1] for p in out if p not in inside):
            continue  # a person found across the initials' edge
        known.add(fold(full))
        out = [p for p in out if p not in inside] + [
            PersonMention(full, role_before(text, a) or role_after(text, b), (a, b))
        ]
    return out


# "Aradhana Enclave, R.K. Puram, New Delhi": a part of an address, before its town.
RE_TOWN_AFTER = re.compile(r",[ ]*([A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def _in_address(text: str, b: int, is_place) -> bool:
    m = RE_TOWN_AFTER.match(text, b)
    return m is not None and is_place(m.group(1))
