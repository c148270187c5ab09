"""What a capitalised word says of a person's name by its shape: how common a given name it is, whether an
everyday word after given names is a surname ("Peter Hunt", "Malik Ahmad Khan"), whether a part of
two letters opens a name ("Ho Chi Minh"), whether words in capitals are a person's name ("MARTINE
LEFORT"). The people's passes (people.py) read names through these, and the organisations' finder
lets such capitals go."""

from __future__ import annotations

import re

from ssecli.extract.gazetteer import dictionary_words
from ssecli.extract.lexicon import FIRM_WORDS, MONTH_NAMES, ORG_WORDS
from ssecli.extract.names import given_rank
from ssecli.extract.people_words import PLACE_NOUNS
from ssecli.extract.text import RE_POSSESSIVE_END, fold


def is_region(word: str) -> bool:
    """A country, a continent or a region (the gazetteer is read when first asked)."""
    from ssecli.extract import places

    return places.is_region(word)


def is_given(word: str) -> bool:
    return first_name_rank(word) > 0


def first_name_rank(token: str) -> int:
    """How common a first name the token is (0: none); a word in capitals is none."""
    return 0 if token.isupper() else given_rank(token)


# How common a given name must be (names.given_names: 1..13) to make a person of itself and an
# everyday word: Peter, John, Maria and Ann are; Rose, Mark, May and Hope, words as well, are not.
COMMON_GIVEN_NAME = 9
NAME_ONLY_GIVEN = 5


def everyday_surname(first: str, rank: int, last: str) -> bool:
    """'quotes Peter Hunt of Mutuo': a common given name and one everyday word, the whole run, is a
    person, where the word names no place or thing ('Victoria Park', 'Jordan Valley')."""
    # A given name that is no word of the dictionaries ("Ellen", "Sarah"; not "Mark", "Rose") needs to
    # be less common: "Ellen Smith", "Sarah Brown".
    return (
        (rank >= COMMON_GIVEN_NAME or rank >= NAME_ONLY_GIVEN and fold(first) not in dictionary_words())
        and last not in PLACE_NOUNS
        and last not in FIRM_WORDS
        and last not in ORG_WORDS
        and not last.endswith("s")
        and len(last) > 2
        and not is_region(first)
        and first.lower() not in MONTH_NAMES
    )


def short_name_part(run: list[tuple[str, int]], i: int) -> bool:
    """'Ho Chi Minh', 'Vu Duc Dam': a Vietnamese name's part of two letters starts a name where two
    given names follow it."""
    return (
        run[i][0].istitle()
        and i + 2 < len(run)
        and all(
            len(t) > 1 and t.istitle() and first_name_rank(t)
            for t in (RE_POSSESSIVE_END.sub("", x) for x, _ in run[i + 1 : i + 3])
        )
    )


def after_given_names(toks: list[tuple[str, int]], last: str) -> bool:
    """'Speaker Malik Ahmad Khan instructed': an everyday word that ends a run, after two given
    names or more, is a surname ("Khan"), where it names no place or thing."""
    return (
        len(toks) >= 2
        and all(first_name_rank(t) for t, _ in toks)
        and last not in PLACE_NOUNS
        and not last.endswith("s")
    )


# A person's name in capitals, as a photo's caption or a heading writes it: "H.BILBAO YOLANDA DÍAZ".
CAPS_GIVEN_RANK = 5
RE_CAPS_WORD_AFTER = re.compile(r" ([A-ZÀ-Þ]{3,})\b")
RE_CAPS_WORD_BEFORE = re.compile(r"\b([A-ZÀ-Þ]{4,}) $")


def caps_name(text: str, a: int, b: int) -> bool:
    """A given name in capitals (one of the commoner ones) and the word after it, also in capitals."""
    after = RE_CAPS_WORD_AFTER.match(text, b)
    if after and len(text[a:b]) >= 4 and given_rank(text[a:b].title()) >= CAPS_GIVEN_RANK:
        return True
    before = RE_CAPS_WORD_BEFORE.search(text, max(0, a - 20), a)
    return before is not None and given_rank(before.group(1).title()) >= CAPS_GIVEN_RANK


def caps_person_line(line: str) -> bool:
    """A line that is a name in capitals: two or three words, a given name first, no word for a body.
    Short words stay acronyms, whatever given names they spell ("UN DESA", "ILO COOP")."""
    ws = line.split()
    return (
        2 <= len(ws) <= 3
        and len(ws[0]) >= 4
        and len(ws[-1]) >= 4
        and given_rank(ws[0].title()) >= 3
        and not any(fold(w) in ORG_WORDS for w in ws)
    )


def opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence or a line."""
    return text[max(0, at - 3) : at].rstrip(" \t")[-1:] in ("", ".", "!", "?", "\n")


RE_DATE_AFTER_MAY = re.compile(r"[ \u00a0]*(?:\d|of\b|and\b|to\b|-|–)")


def may_surname(text: str, b: int, first: str) -> bool:
    """Whether "May" after a given name ends before `b` as a surname: no day or year after it ("May
    2019", "May 3"), and a given name that is no month's ("April May")."""
    return RE_DATE_AFTER_MAY.match(text, b) is None and fold(first) not in MONTH_NAMES
