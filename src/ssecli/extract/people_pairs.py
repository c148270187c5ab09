"""People named beside a person: "graduate students Ethan Tremblay and Afton Hupper", "features
Ruth Kelly and Ed Miliband". Where one side of an "and" is a person the other patterns found,
a name of the same shape on the other side is a person too, whether or not a trigger word or a
list of given names vouches for it."""

from __future__ import annotations

import re

from ssecli.extract.lexicon import ORG_WORDS
from ssecli.extract.names import HONORIFICS, everyday_words, is_given_name
from ssecli.extract.people import PersonMention
from ssecli.extract.text import fold

NAME_WORD = r"[A-Z][a-z][\w'’-]*"
NAME = rf"{NAME_WORD}(?: {NAME_WORD}){{1,2}}"
RE_NAME_AFTER = re.compile(rf" and (?P<name>{NAME})(?![\w'’-]| [A-Z]| of\b| \()")
RE_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])(?<!\. )(?P<name>{NAME}) and $")


def _person_shaped(name: str, is_place, is_org) -> bool:
    words = name.split()
    if any(fold(w) in ORG_WORDS for w in words) or is_place(name) or is_org(name):
        return False
    # A given name first, or words no dictionary holds: not "Policy and Research".
    return is_given_name(words[0]) or not any(fold(w) in everyday_words() for w in words)


def paired_people(text: str, people: list[PersonMention], taken, is_place, is_org) -> list[PersonMention]:
    """The people named beside `people` by an "and" (`taken`: spans other bodies hold)."""
    known = {fold(p.name) for p in people}
    out: list[PersonMention] = []
    for p in people:
        a, b = p.span
        found = [RE_NAME_AFTER.match(text, b)]
        before = RE_NAME_BEFORE.search(text, max(0, a - 60), a)
        found.append(before)
        for m in found:
            if m is None:
                continue
            name, start, end = m.group("name"), m.start("name"), m.end("name")
            first = name.split()[0]
            if fold(first) in HONORIFICS and name.count(" ") >= 2:
                name, start = name[len(first) + 1 :], start + len(first) + 1  # "Datuk Kamarudin Ismail"
            if fold(name) in known or taken(start, end) or not _person_shaped(name, is_place, is_org):
                continue
            known.add(fold(name))
            out.append(PersonMention(name, None, (start, end)))
    return out
