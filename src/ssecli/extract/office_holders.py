"""People named by their office: after the office and its field, with no comma between ("Minister of Trade,
Commerce and Food Security Wasantha Samarasinghe stated ...", "Deputy Minister of Digital Economy
Eranga Weeraratne", "Minister of Cooperatives and SMEs Teten Masduki".

The field is capitalised like the name, so the two are told apart by their words: a field is
made of everyday words ("Trade", "Food Security", "Cooperatives") and acronyms ("SMEs"); a name
of two to four words that are not everyday English, whether or not a list of given names knows
them ("Wasantha", "Mrigendra").

And in the capitals of a speech's heading, after an honorific and before a comma: "SPEECH BY
MR. ALI NOOR ISMAIL, THE PRINCIPAL SECRETARY", "MRS JENNIFER DANIEL, PERMANENT SECRETARY"; and in
a byline in capitals: "ARTICLE BY FRANK JOSSI AND KAREN UHLENHUTH OF MIDWEST ENERGY NEWS"; and after
a courtesy title with the surname alone in capitals, as meetings' programmes write it: "Ms. Nonhle
MEMELA", "Mr. XIA Xuan"."""

from __future__ import annotations

import re

from ssecli.extract.gazetteer import common_words, dictionary_words
from ssecli.extract.lexicon import COURTESY_ABBREVIATIONS, MEMBER_TITLES, ORG_WORDS, TITLE_WORDS
from ssecli.extract.names import everyday_words, is_given_name
from ssecli.extract.text import fold, is_acronym

OFFICES = r"Minister|Secretary|Commissioner|Director|Chair(?:man|person|woman)?|Governor|Registrar|Head|Mayor"
RE_OFFICE_FIELD_NAME = re.compile(
    rf"\b(?P<office>(?:(?:Deputy|Vice|Assistant|State|Prime|Chief|Permanent|Principal)[ -])*(?:{OFFICES}))"
    r" (?:of|for) (?:the )?(?P<run>[A-Z][\w'’&-]*(?:,? (?:(?:and|&|of|the) )*[A-Z][\w'’&-]*){2,11})"
)
RE_OFFICE_HINT = re.compile(rf"(?:{OFFICES}) (?:of|for) ")
CONNECTOR_WORDS = {"and", "&", "of", "the"}
RE_RUN_WORD = re.compile(r"\S+")


def _field_word(word: str) -> bool:
    low = fold(word.rstrip(","))
    stem = low[:-1] if low.endswith("s") else low
    return (
        low in common_words()
        or stem in common_words()
        or is_acronym(word.rstrip(",").removesuffix("s"))
        or _dictionary_word(word.rstrip(","))  # "Poverty Alleviation"
    )


def _name_word(word: str, first: bool) -> bool:
    """Not an everyday word; the first word of the name not a less common one either ("Livestock"),
    unless it is a given name."""
    low = fold(word)
    if not word[1:2].islower() or word.endswith(","):
        return False
    if low in everyday_words():
        return first and is_given_name(word)  # "Elizabeth", an everyday word of English text too
    return not first or low not in common_words() or is_given_name(word)


def _dictionary_word(word: str) -> bool:
    return fold(word) in dictionary_words() and not is_given_name(word)


def office_holders(text: str) -> list[tuple[str, str, int, int]]:
    """(name, office with its field, start, end) of each person so named in `text`."""
    if not RE_OFFICE_HINT.search(text):
        return []
    out = []
    for m in RE_OFFICE_FIELD_NAME.finditer(text):
        words = list(RE_RUN_WORD.finditer(m.group("run")))
        # The name: the longest run of two to four name words that ends the match, after a field
        # of everyday words; the match ends at the first word that is neither.
        for cut in range(max(1, len(words) - 4), len(words) - 1):
            field, name = words[:cut], words[cut:]
            if len(name) > 2 and _dictionary_word(name[0].group()):
                continue  # "Poverty Alleviation Ranjita Shrestha": a rarer word of the field, then the name
            if all(_name_word(w.group(), k == 0) for k, w in enumerate(name)) and all(
                w.group() in CONNECTOR_WORDS or _field_word(w.group()) for w in field
            ):
                a, b = m.start("run") + name[0].start(), m.start("run") + name[-1].end()
                role = text[m.start("office") : m.start("run") + field[-1].end()].rstrip(",")
                out.append((text[a:b], role, a, b))
                break
    return out


CAPS_WORD = r"[A-Z][A-Z'’-]+"
# The Honourable, as a title before a name.
HONOURABLE = {"Hon", "Honourable", "Honorable"}
RE_CAPS_HONORIFIC_NAME = re.compile(
    r"\b(?:"
    + "|".join(sorted((t.upper() for t in COURTESY_ABBREVIATIONS | HONOURABLE), key=len, reverse=True))
    + r")\.?[ \t]+"
    rf"(?P<name>{CAPS_WORD}(?:[ \t]+{CAPS_WORD}){{1,4}})(?=[ \t]*,)"
)


def honoured_in_capitals(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each name in capitals after an honorific in capitals, before a comma;
    a title after the name ("IVANO BARBERINI PRESIDENT,") is no part of it. Also each name after a
    courtesy title that writes its surname in capitals ("Ms. Nonhle MEMELA", "Mr. XIA Xuan")."""
    out = courtesy_with_capitals(text)
    for m in RE_CAPS_HONORIFIC_NAME.finditer(text) if "MR" in text or "HON" in text else ():
        words = m.group("name").split()
        while words and fold(words[-1]) in TITLE_WORDS:
            words.pop()
        if len(words) >= 2:
            name = " ".join(words)
            out.append((name, m.start("name"), m.start("name") + len(name)))
    return out


# Programmes of international meetings write the surname in capitals, before or after the given
# name: "Ms. Nonhle MEMELA, Programme Manager", "Mr. XIA Xuan, Founder".
_GIVEN = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ]?[a-zß-ÿ]+)?"
_SURNAME = r"[A-ZÀ-Þ]{2,}(?:[-'’][A-ZÀ-Þ]{2,})*"
# (Opened on a class of first letters, which the engine skips to at once, and the title checked
# after: a look-behind first would be tried at every position of the text.)
RE_COURTESY_CAPS = re.compile(
    r"(?P<title>[MDP](?:rs|r|s|iss|me|rof))\.?[ \t]+"
    rf"(?P<name>{_GIVEN}(?: {_GIVEN})? {_SURNAME}(?: {_SURNAME})?|{_SURNAME} {_GIVEN}(?: {_GIVEN})?)(?![\w'’-])"
)
COURTESY_CAPS_TITLES = COURTESY_ABBREVIATIONS | {"Miss"}


def courtesy_with_capitals(text: str) -> list[tuple[str, int, int]]:
    return [
        (m.group("name"), m.start("name"), m.end("name"))
        for m in RE_COURTESY_CAPS.finditer(text)
        if m.group("title") in COURTESY_CAPS_TITLES
        and not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._"))
    ]


# "BY FRANK JOSSI AND KAREN UHLENHUTH OF ...": names in capitals after "BY", each opening on a given name.
_CAPS_NAME_WORD = r"(?!(?:AND|OF|FOR|THE|AT|IN|ON)\b)[A-ZÀ-Þ][A-ZÀ-Þ'’-]+"
_CAPS_NAME = rf"{_CAPS_NAME_WORD}(?:[ \t]+{_CAPS_NAME_WORD}){{1,2}}"
RE_CAPS_BY = re.compile(rf"\bBY[ \t]+(?P<a>{_CAPS_NAME})(?:[ \t]+AND[ \t]+(?P<b>{_CAPS_NAME}))?(?![A-Za-zÀ-ÿ])")


def bylined_in_capitals(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each name in capitals after a "BY" in capitals, alone or joined by "AND"."""
    out = []
    for m in RE_CAPS_BY.finditer(text) if "BY " in text else ():
        for group in ("a", "b"):
            name = m.group(group)
            if name and is_given_name(name.split()[0].title()):
                out.append((name, m.start(group), m.end(group)))
    return out


# "Kezia Dugdale MSP welcomes ...", "Chic Brodie MSP said": two or three capitalised words, then a
# member's title, and no name after it (after "Fine Gael TD" comes the member's name).
RE_MEMBER_NAME = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}) (?P<title>"
    + "|".join(MEMBER_TITLES)
    + r")\b(?! [A-Z][a-z])"
)


RE_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he) $")


def members_by_title(text: str) -> list[tuple[str, str, int, int]]:
    """(name, title, start, end) of each member of a parliament named before the title, whether or
    not a list of given names knows the first name: its words are no everyday words, no words for a
    body ("Scottish Labour MSP", "Green Party MEP" name a party)."""
    out = []
    for m in RE_MEMBER_NAME.finditer(text) if any(f" {t}" in text for t in MEMBER_TITLES) else ():
        words = m.group("name").split()
        if any(fold(w) in ORG_WORDS for w in words) or RE_ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "a Fianna Fáil TD said": a party
        if not is_given_name(words[0]) and any(fold(w) in everyday_words() for w in words):
            continue  # "Liberal Democrat MP"; but "Jane Smith MSP"
        out.append((m.group("name"), m.group("title"), m.start("name"), m.end("name")))
    return out


# "director of Progress Richard Angell", "chair of Compass Neal Lawson", "general secretary of the
# Fabians Andrew Harrop": an office in lower case, the body it is of, and the holder's name with no
# comma between. The body may be any name; the holder's starts on a given name. Read from each " of "
# and " at " back to the office and on to the run (a scan of the whole text for the offices costs
# far more: the pattern cannot skip to a first letter).
RE_LOWER_OFFICE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:general|deputy|vice|executive|managing) )?(?:director|chair|chairman|chairwoman|"
    r"chairperson|secretary|president|head|editor|founder|co-founder|leader|chief executive|coordinator|manager)$"
)
RE_BODY_THEN_NAME = re.compile(r" (?:of|at) (?:the )?(?P<run>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){2,5})(?![\w'’-]| [A-Z])")
RE_OF_OR_AT = re.compile(r" (?:of|at) (?=(?:the )?[A-Z])")
OFFICE_REACH = 40


def holders_after_bodies(text: str) -> list[tuple[str, str, int, int]]:
    """(name, office and body, start, end) of each such holder: the name is the last two or three
    words of the run, from a given name on, each of a name's shape; the body the words before it."""
    out = []
    for at in RE_OF_OR_AT.finditer(text):
        office = RE_LOWER_OFFICE_BEFORE.search(text, max(0, at.start() - OFFICE_REACH), at.start())
        m = RE_BODY_THEN_NAME.match(text, at.start()) if office else None
        if office is None or m is None:
            continue
        words = list(RE_RUN_WORD.finditer(m.group("run")))
        for k in range(max(1, len(words) - 3), len(words) - 1):
            if is_given_name(words[k].group()) and all(_name_word(w.group(), i == 0) for i, w in enumerate(words[k:])):
                a, b = m.start("run") + words[k].start(), m.end("run")
                body_end = k - 1
                if words[body_end].group().rstrip(".") in COURTESY_ABBREVIATIONS | HONOURABLE:
                    body_end -= 1  # "president of JWCU Mr Yuzo Nagato": the courtesy title is the name's
                if body_end < 0:
                    break
                role = text[office.start() : m.start("run") + words[body_end].end()]
                out.append((text[a:b], role, a, b))
                break
    return out
