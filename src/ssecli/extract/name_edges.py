"""Where a person's name starts and ends, where something beside it blurs the edge: a word the
crawl glued on ("Francis MuliBy"), a byline's word in another language ("Par Eric Botton"), a
demonym ("Indonesian Ilham Nazzai"), a place ("Sri Lankan roads") or the verb of a headline
("President Rodrigo Duterte Recognizes Cooperatives")."""

from __future__ import annotations

import re
from collections.abc import Callable

from ssecli.extract.gazetteer import dictionary_words
from ssecli.extract.lexicon import FUNCTION_WORDS, IRREGULAR_DEMONYMS, MONTH_NAMES, TITLE_WORDS
from ssecli.extract.names import everyday_words, is_given_name
from ssecli.extract.people_words import GERMAN_ROLE_ENDINGS, PARLIAMENT_TITLES, SPEECH_NOUNS, SPEECH_WORDS
from ssecli.extract.spans import country_tag, head_kind
from ssecli.extract.text import fold

# "By" in the bylines of Spanish, Portuguese and French pages ("Por Ana Souza", "Par Eric Botton").
BYLINE_WORDS_ABROAD = frozenset({"por", "par", "autor", "autora", "auteur", "auteure"})
# ... and the small words that open a sentence before a name there: "Avec Arnold Pol (saxophone)".
LEAD_WORDS_ABROAD = BYLINE_WORDS_ABROAD | {"avec", "pour", "selon", "chez", "con", "según", "com", "mit", "und", "für"}

# "MuliFebruary", "AliMembers", "NgamauThe": a name and the next word, their space lost. Not "McDonald",
# "MacArthur" or "LeBlanc": the first part is a prefix of the name there, two letters or Mac/Fitz.
RE_GLUED = re.compile(r"(?P<head>[A-Z][a-z]{2,})(?P<tail>[A-Z][a-z]+)$")
NAME_PREFIXES = frozenset({"Mac", "Fitz"})

RE_PARLIAMENT_TITLE = re.compile(PARLIAMENT_TITLES)
# The letters of an honour or a degree after a name: "Lord Victor Adebowale CBE", "Jane Doe KC".
RE_POST_NOMINAL = re.compile(r"(?:[CDKMO]BE|KC|QC|FRS|FRSA|FRSE)")
RE_GLUED_PARLIAMENT_TITLE = re.compile(r"-[A-Z]{1,3}$")  # "Kadaga-MP", read as far as "Kadaga-M"


def _glued_word(token: str) -> int | None:
    """The length of a word glued to the end of a name's token, where one is."""
    m = RE_GLUED.match(token)
    if m is None or m.group("head") in NAME_PREFIXES:
        return None
    tail = m.group("tail")
    low = tail.lower()
    if low in FUNCTION_WORDS or low in MONTH_NAMES or low in everyday_words() and not is_given_name(tail):
        return len(tail)
    return None


def is_demonym(word: str, is_region: Callable[[str], bool]) -> bool:
    """'Indonesian', 'Kenyan', 'Canadian', 'Brazilian', 'Japanese', 'Chinese', 'Pakistani': a people's
    adjective, known from the place it is made from; 'Welsh', 'French', 'Thai' from a list."""
    if word in IRREGULAR_DEMONYMS:
        return True
    if not word[:1].isupper() or len(word) < 5:
        return False
    stems = [word[:-1]] if word.endswith("i") else []  # Pakistan-i, Iraq-i
    if word.endswith("n"):
        stems.append(word[:-1])  # Indonesia-n, Kenya-n
    if word.endswith("an"):
        stems.append(word[:-2])  # Mali-an, Chile-an
    if word.endswith("ian"):
        stems += [word[:-3], word[:-3] + "a"]  # Brazil-ian, Canad-ian
    if word.endswith("ese"):
        stems += [word[:-3], word[:-3] + "a"]  # Japan-ese, Chin-ese
    return any(is_region(s) for s in stems)


def _headline(text: str, a: int, b: int) -> bool:
    """Whether the name stands in a line written in title case, as headlines are."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 5 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def headline_verb(word: str) -> bool:
    """'Recognizes', 'Visits', 'Launches', 'Elected', 'Named': a verb of a headline, or a plural;
    not a given name."""
    low = word.lower()
    if low.endswith("ed"):  # "Elected", "Named", "Appointed": the word lists hold their past forms
        return low in everyday_words() and not is_given_name(word)
    if not low.endswith("s") or low.endswith("ics") or is_given_name(word):
        return False  # "Ford", "and"; "Economics", "Statistics" are nouns
    return low[:-1] in everyday_words() or low.endswith("es") and low[:-2] in everyday_words()


def _without_first(name: str, a: int, toks: list[str]) -> tuple[str, int, list[str]]:
    cut = len(name) - len(name[len(toks[0]) :].lstrip())
    return name[cut:], a + cut, toks[1:]


def _without_last(name: str, a: int, toks: list[str]) -> tuple[str, int, list[str]]:
    kept = name[: name.rfind(toks[-1])].rstrip()
    return kept, a + len(kept), toks[:-1]


def _no_name_word(word: str, is_place: Callable[[str], bool]) -> bool:
    """A long word of everyday English or a place: 'Alleviation', 'At-Large', 'Trento'. (A short
    one may be a surname written first: "Park Ji-sung", "Moon Jae-in".)"""
    parts = [fold(p) for p in word.split("-")]
    # "Entrepreneur Shay Wright": a word the dictionaries write in lower case, if not among the commonest
    return len(word) >= 6 and all(p in everyday_words() or p in dictionary_words() for p in parts) or is_place(word)


def trim(
    text: str,
    name: str,
    a: int,
    b: int,
    is_place: Callable[[str], bool],
    is_region: Callable[[str], bool],
    is_given: Callable[[str], bool],
) -> tuple[str, int, int] | None:
    """The name and its span without what blurs its edges; None where no name is left."""
    toks = name.split()
    first = toks[0].lower() if toks else ""
    if len(toks) >= 2 and RE_PARLIAMENT_TITLE.fullmatch(toks[-1]):
        name, b, toks = _without_last(name, a, toks)  # "Chic Brodie MSP": the title goes before the name is read
    if first in FUNCTION_WORDS or (
        len(toks) >= 3
        and (
            first in LEAD_WORDS_ABROAD
            and is_given(toks[1])
            or (is_region(toks[0]) or is_demonym(toks[0], is_region))
            and not is_given(toks[0])
        )
    ):
        # "For Kang Eun-ji, who ...", "of the Americas Manuel Mariño": no part of the name.
        name, a, toks = _without_first(name, a, toks)
    elif len(toks) == 2 and first in BYLINE_WORDS_ABROAD:
        return None  # "Por SADC": a byline's body
    elif len(toks) >= 3 and first in BYLINE_WORDS_ABROAD and toks[0][:1].isupper():
        name, a, toks = _without_first(name, a, toks)  # "Par Latyr Dieng": a byline's word, whatever the name
    elif len(toks) >= 3 and first in SPEECH_WORDS and is_given(toks[1]):
        name, a, toks = _without_first(name, a, toks)  # "Said Paul Hanna, Executive Vice-President, ...:"
    elif len(toks) >= 3 and is_given(toks[1]) and not is_given(toks[0]) and _no_name_word(toks[0], is_place):
        # "Poverty Alleviation Ranjita Shrestha", "Provincia autonoma di Trento Alberto Pacher": the end of
        # a role, or a place, before a given name
        name, a, toks = _without_first(name, a, toks)
    if len(toks) >= 3 and fold(toks[0]).endswith(GERMAN_ROLE_ENDINGS):
        name, a, toks = _without_first(name, a, toks)  # "Verbandsdirektor Axel Schwengels"
    glued_title = RE_GLUED_PARLIAMENT_TITLE.search(name)
    if glued_title:  # "Rebecca Kadaga-MP"
        name = name[: glued_title.start()]
        b, toks = a + len(name), name.split()
    if len(toks) >= 3 and toks[-1].isupper() and len(toks[-1]) > 2 and is_place(toks[-1].title()):
        name, b, toks = _without_last(name, a, toks)  # "By Ashley Holst LONDON March 25": a dateline's city
    if len(toks) >= 3 and fold(toks[-1]) in SPEECH_NOUNS:
        name, b, toks = _without_last(name, a, toks)  # "President Oliver Vance Speech at ..."
    while (
        len(toks) >= 3 and fold(toks[-1]) in TITLE_WORDS and is_given(toks[0]) and text[a + len(name) :][:1] not in "'’"
    ):
        name, b, toks = _without_last(name, a, toks)  # "Didier Van der Meeren Administrator of ...": the office
    if len(toks) >= 3 and (RE_PARLIAMENT_TITLE.fullmatch(toks[-1]) or RE_POST_NOMINAL.fullmatch(toks[-1])):
        name, b, toks = _without_last(name, a, toks)  # "Patrizia Toia MEP", "Victor Adebowale CBE"
    particle = next((i for i, t in enumerate(toks[1:-1], 1) if t.lower() in ("von", "van", "de", "der")), 0)
    if particle and any(head_kind(t.split("-")[-1]) == "org" for t in toks[particle + 1 :]):
        # "Walter Bayer von der Friedrich-Schiller-Universität Jena": the body the person is from
        name = " ".join(toks[:particle])
        b, toks = a + len(name), toks[:particle]
    for i, tok in enumerate(toks[1:], 1):
        glued = _glued_word(tok)
        if glued:
            kept = " ".join(toks[:i] + [tok[:-glued]])
            name, b, toks = kept, a + len(kept), kept.split()
            break
    # "President Rodrigo Duterte Recognizes Cooperatives", "Minister Dorothee Feller Honours Eight Student
    # Cooperatives": the headline's verb, and what it governs, after the name.
    # (a headline capitalises its verb: "Edvaldo João dos Santos" holds a particle, no verb)
    verb = next((i for i in range(2, len(toks)) if toks[i][:1].isupper() and headline_verb(toks[i])), None)
    if verb is not None and _headline(text, a, b):
        name = name[: name.find(toks[verb], len(" ".join(toks[:verb])))].rstrip()
        b, toks = a + len(name), toks[:verb]
    if any("-" in t and head_kind(t.rsplit("-", 1)[1]) == "org" for t in toks):
        return None  # "Friedrich-Schiller-Universität Jena": a body named after a person
    if country_tag(toks) and is_region(toks[-1].title()):
        return None  # "The Finnish Social Enterprise Mark FINLAND": a list's country tag, no surname
    if len(toks) >= 3 and toks[-2] in ("de", "del", "da", "do", "di", "du") and is_region(toks[-1]):
        return None  # "Santiago de Chile", "Santo Domingo de Colombia": a town of a country, no person
    if len(toks) >= 2 and is_place(" ".join(toks[:2])):
        return None  # "Sri Lanka July-August": a place, and the words after it
    if name.endswith("n") and is_place(name[:-1]):
        return None  # "Sri Lankan": a place's adjective
    return name, a, b
