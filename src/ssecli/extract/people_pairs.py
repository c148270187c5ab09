"""People named beside a person: "graduate students Ethan Tremblay and Afton Hupper", "features
Ruth Kelly and Ed Miliband". Where one side of an "and" is a person the other patterns found,
a name of the same shape on the other side is a person too, whether or not a trigger word or a
list of given names vouches for it."""

from __future__ import annotations

import re

from ssecli.extract.lexicon import FUNCTION_WORDS, ORG_WORDS, TITLE_WORDS
from ssecli.extract.names import HONORIFICS, everyday_words, is_given_name
from ssecli.extract.people import PersonMention
from ssecli.extract.text import fold

NAME_WORD = r"[A-Z][a-z][\w'’-]*"
NAME = rf"{NAME_WORD}(?: {NAME_WORD}){{1,2}}"
RE_NAME_AFTER = re.compile(rf",? and (?P<name>{NAME})(?![\w'’-]| [A-Z]| of\b| \()")
RE_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])(?<!\. )(?P<name>{NAME}) and $")
# "(L - R) Thomas Battles, Don Kreis, Liz Blum": a list of names, each closed by a comma, "and" or the line's end.
RE_LISTED_AFTER = re.compile(rf", (?P<name>{NAME})(?=,| and |\s*$)", re.M)
RE_LISTED_BEFORE = re.compile(rf"(?:^|[(:;,] ?|\) )(?P<name>{NAME}), $", re.M)


def person_shaped(name: str, is_place, is_org) -> bool:
    words = name.split()
    if any(fold(w) in ORG_WORDS for w in words) or is_place(name) or is_org(name):
        return False
    # A given name first, or words no dictionary holds: not "Policy and Research".
    return is_given_name(words[0]) or not any(fold(w) in everyday_words() for w in words)


def paired_people(text: str, people: list[PersonMention], taken, is_place, is_org) -> list[PersonMention]:
    """The people named beside `people` by an "and" or in a list of names (`taken`: spans other
    bodies hold)."""
    known = {fold(p.name) for p in people}
    out: list[PersonMention] = []
    for p in people:
        for a, b in _places_named(text, p):
            paired = [RE_NAME_AFTER.match(text, b), RE_NAME_BEFORE.search(text, max(0, a - 60), a)]
            out += _paired(paired, known, taken, is_place, is_org)
            # A comma says less than "and" ("Aatmanirbhar Bharat, Aayushman Bharat"): a given name opens the name.
            listed = [RE_LISTED_AFTER.match(text, b), RE_LISTED_BEFORE.search(text, max(0, a - 60), a)]
            listed = [m for m in listed if m and (_given_first(m.group("name")) or _between_people(text, m, people))]
            out += _paired(listed, known, taken, is_place, is_org)
    return out


OFFICE_OR_FUNCTION_WORDS = FUNCTION_WORDS | TITLE_WORDS


def _given_first(name: str) -> bool:
    """'Thomas Battles', not 'The Secretary-General': a given name first, and no word of an office."""
    words = name.split()
    return is_given_name(words[0]) and not any(fold(w) in OFFICE_OR_FUNCTION_WORDS for w in words)


RE_LIST_GLUE = re.compile(r",? and |, ")


def _between_people(text: str, m: re.Match[str], people: list[PersonMention]) -> bool:
    """'by Bien Nito, Isagani Daba, and Ernest Castillo': a name of a list with a person on each side."""
    starts = {p.span[0] for p in people}
    ends = {p.span[1] for p in people}
    before = any(RE_LIST_GLUE.fullmatch(text[e : m.start("name")]) for e in ends if 0 < m.start("name") - e <= 6)
    after = any(RE_LIST_GLUE.fullmatch(text[m.end("name") : s]) for s in starts if 0 < s - m.end("name") <= 6)
    return before and after


def _places_named(text: str, person: PersonMention) -> list[tuple[int, int]]:
    """Where the person's name stands: the span found, and each time the text writes it again."""
    spans = [person.span]
    at = text.find(person.name, person.span[1])
    while at >= 0:
        spans.append((at, at + len(person.name)))
        at = text.find(person.name, at + 1)
    return spans


def _paired(found: list, known: set[str], taken, is_place, is_org) -> list[PersonMention]:
    out = []
    for m in found:
        if m is None:
            continue
        name, start, end = m.group("name"), m.start("name"), m.end("name")
        first = name.split()[0]
        if fold(first) in HONORIFICS and name.count(" ") >= 2:
            name, start = name[len(first) + 1 :], start + len(first) + 1  # "Datuk Kamarudin Ismail"
        if fold(name) in known or taken(start, end) or not person_shaped(name, is_place, is_org):
            continue
        known.add(fold(name))
        out.append(PersonMention(name, None, (start, end)))
    return out
