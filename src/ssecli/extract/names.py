"""Given names: a capitalised run whose first word is someone's first name is a person's
name ("Amina Odhiambo runs a tailoring cooperative"), where nothing else says so.

Why gender-guesser: it ships, as one data file, Jörg Michael's list of some 45,000 first
names of about 50 countries (Europe, the Americas, Africa, the Arab states, India, China,
Korea, Japan, Viet Nam), with how common each is in each country; it is data only, offline,
pure Python, 0.4 MB as a wheel. Its gender guesses are not used, only the names.

The list is read once per version of the package and kept as a pickle beside the gazetteer's
tables; it is loaded only when an article is parsed."""

from __future__ import annotations

import re
from functools import lru_cache

from ssecli.extract.lexicon import COURTESY_TITLES
from ssecli.extract.text import fold

# Courtesy titles, folded as names are compared: no part of a name ("Mr", "Datuk", "Hajia").
HONORIFICS = frozenset(fold(t) for t in COURTESY_TITLES)

# How common a name must be somewhere (the list's scale: 1 rare .. 13 very common) to count
# where it is also an everyday English word ("Will", "Grace", "Mark"): rarer ones are words.
COMMON_IN_SOME_COUNTRY = 4


@lru_cache(maxsize=1)
def given_names() -> dict[str, int]:
    """Folded first name -> how common it is at most in any country of the list (1..13)."""
    from importlib.metadata import version

    from ssecli.extract.gazetteer import _cached

    return _cached(f"given-names-2-{version('gender-guesser')}", build_given_names)


def build_given_names() -> dict[str, int]:
    import os

    import gender_guesser

    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    out: dict[str, int] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line[:1] in "#=" or len(line) < 31:
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            freq = max((int(c, 16) for c in line[30:-1] if c in "123456789ABCD"), default=0)
            for name in {parts[1].replace("+", ""), parts[1].replace("+", "-"), parts[1].replace("+", " ")}:
                if " " in name or len(name) < 2:
                    continue
                key = fold(name)
                out[key] = max(out.get(key, 0), freq)
    # Muhammad as Bangladesh and Malaysia shorten it before the rest of a name: "Md Ziaul Haque",
    # "Mohd Rizal Ahmad" (gender-guesser lists the full forms only).
    for short in SHORT_MUHAMMAD:
        out[short] = out.get("muhammad", 0)
    return out


SHORT_MUHAMMAD = ("md", "mohd", "muhd")


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """The 6,000 most frequent English words: past them, wordfreq's list is thick with surnames
    (Mendes, Berg, Carlson), which a name may end in; before them, "Hotel", "Legacy", "Votes"."""
    from ssecli.extract.gazetteer import _cached

    return _cached("everyday-words", _build_everyday_words)


def _build_everyday_words() -> frozenset[str]:
    from wordfreq import top_n_list

    return frozenset(top_n_list("en", 6000))


def is_given_name(word: str) -> bool:
    return fold(word) in given_names()


@lru_cache(maxsize=1 << 16)
def given_rank(token: str) -> int:
    """How common a given name the token is (0: none); "Chan-ung", "Jin-Wook" by their first part."""
    names = given_names()
    head = token.split("-")[0]
    return names.get(fold(token)) or (names.get(fold(head), 0) if "-" in token and len(head) >= 3 else 0)


@lru_cache(maxsize=1)
def foreign_words() -> frozenset[str]:
    """The 1,500 most frequent words of Spanish, French, Portuguese, Italian and German, folded, less
    the common given names among them: 'Día Internacional', 'Latino Americano', 'Des Weiteren' are
    words of a sentence, not a name."""
    from ssecli.extract.gazetteer import _cached

    return _cached("foreign-words", _build_foreign_words)


def _build_foreign_words() -> frozenset[str]:
    from ssecli.extract.gazetteer import everyday_words_abroad

    names = given_names()
    return frozenset(w for w in everyday_words_abroad() if names.get(w, 0) < COMMON_IN_SOME_COUNTRY)


RE_NAME_SEPARATOR = re.compile(r",|\band\b|&")
MAX_NAMES_LINE = 120
MOST_COMMON_GIVEN = 10  # Peter, John: the top of gender-guesser's scale of how common a name is


def is_names_line(s: str) -> bool:
    """A line of people's names and nothing else, as a byline or a card's author line writes them:
    "Corey Rosen", "Giulia Galera, Stefania Chiomento"; not "The Cooperative Advantage"."""
    if not s[:1].isupper() or len(s) > MAX_NAMES_LINE:
        return False
    parts = [p.strip() for p in RE_NAME_SEPARATOR.split(s) if p.strip()]
    if not parts or len(parts) > 5:
        return False
    from ssecli.extract.gazetteer import very_common_words

    common = everyday_words()
    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return False
        rank = given_rank(words[0].strip("."))
        if not rank:
            return False
        # Everyday words all: a name only where the first is a common given name ("Peter Hall"), not
        # a word that is a rare one somewhere ("The Cooperative Advantage").
        word_first = words[0].lower() in very_common_words() and rank < MOST_COMMON_GIVEN
        if word_first and all(w.lower() in common for w in words):
            return False
    return True
