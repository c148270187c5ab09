"""Shared text helpers for the extractors: words with their offsets, sentences,
capitalised runs, and the normal form used to compare names."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ssecli.extract.lexicon import MONTHS_IN_FULL

# How many entries each cache of what a name alone gives holds (a run's trimmed name, its initials;
# a capitalised word's place): a worker meets an archive's names again and again, and each cache
# costs its memory in every worker. Place look-ups gain the most from a larger one.
CACHED_NAMES = 4096
CACHED_PLACES = 16384

# The capitals and small letters of the Latin scripts names are written in, for classes in patterns.
U = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽḀ-ỹ"
L = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžḁ-ỹ"

# A word: letters and digits, with inner hyphens, apostrophes and dots
# ("Vejs-Kjeldgaard", "Think.Coop", "Co-op", "O'Neil"); "ILO's" keeps its 's apart.
# Written as runs of word characters between the joins, so that the engine takes a run at a time
# and not one character a round of the alternation (tests/extract/test_words.py: the same words as
# the one-character form).
# A participle of what a body does after its name is no part of a word: "World Bank-financed" and
# "ILO-led" name the World Bank and the ILO; nor is a sentence after a dateline ("LONDON-The ...").
AGENT_PARTICIPLES = (
    "funded|financed|co-financed|backed|led|sponsored|supported|owned|run|hosted|organi[sz]ed|managed|"
    "commissioned|administered|certified|accredited|endorsed|convened|coordinated|implemented"
)
RE_WORD = re.compile(
    r"[^\W_]\w*(?:(?:[-‐‑](?!(?:" + AGENT_PARTICIPLES + r")\b|The\b)[^\W_]|\.(?=[A-Z][a-z])|['’](?!s\b)(?=[^\W_]))\w*)*"
    r"(?:['’]s\b)?|&|[(),;:/]"
)
# Sentence ends: . ! ? followed by space and a capital, a quote or a digit; or a line break.
RE_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9가-힣一-龯ぁ-ゖァ-ヴ])|\n+")
# Abbreviations that end in a full stop without ending the sentence.
ABBREVIATIONS = {
    "mr",
    "ms",
    "mrs",
    "dr",
    "prof",
    "st",
    "no",
    "nos",
    "vs",
    "sr",
    "sra",
    "jr",
    "mme",
    "m",
    "gen",
    "hon",
    "rev",
    "co",
    "inc",
    "ltd",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "e.g",
    "i.e",
    "etc",
    "approx",
    "dept",
    "u.s",
    "u.k",
    "h.e",
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
}

CONNECTORS = {
    "of",
    "for",
    "and",
    "the",
    "on",
    "de",
    "du",
    "des",
    "la",
    "el",
    "le",
    "del",
    "di",
    "da",
    "y",
    "e",
    "et",
    "&",
    "für",
    "und",
    "van",
    "von",
    "der",
    "den",
    "do",
    "dos",
    "das",
    "las",
    "los",
    "por",
    "para",
    "pour",
    "per",
    "sur",
    "della",
    "delle",
    "dello",
    "dei",
    "degli",
    "à",
    # Italian articles after "per": "Agenzia Nazionale per i Giovani", "Istituto per il Credito"; Catalan
    # "i" is "and": "Departament de Treball, Afers Socials i Famílies"
    "i",
    "il",
    "gli",
    "lo",
}


# A possessive 's wherever it ends a word ("ILO's", "Women's-led"). Defined once: an earlier
# "'s at the very end" pattern of the same name was never in force, for this one replaced it.
RE_POSSESSIVE = re.compile(r"['’]s\b")
# ... and one that ends a name ("Minh's", "The Guardian's"), which a name is read without.
RE_POSSESSIVE_END = re.compile(r"['’]s$")
# "Worker's Co-operatives", "Farmer's Union": a group's noun in the singular, as real pages write it.
RE_GROUP_POSSESSIVE = re.compile(
    r"\w*(?:men|ren|ople|oples|ers|ants|ents|ths)['’]s"
    r"|(?:[Ww]ork|[Ff]arm|[Tt]each|[Pp]roduc|[Cc]onsum|[Gg]row|[Mm]emb|[Ee]mploy|[Tt]rad|[Rr]etail|[Pp]ension|[Cc]ar)er['’]s"
    # "Edinburgh Tenant's Federation", "Student's Union": a group written in the singular
    r"|(?:[Tt]enant|[Rr]esident|[Ss]tudent|[Cc]itizen|[Pp]atient|[Pp]arent|[Vv]eteran)['’]s"
)
RE_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    """'ILO', 'KoSEA', 'UNDESA', 'ICA-Africa': at least two capitals, and mostly capitals."""
    b = RE_POSSESSIVE.sub("", word)
    head, _, tail = b.partition("-")
    if tail and tail[:1].isupper() and is_acronym(head) and not RE_DIGIT.search(b):
        return 2 <= len(b) <= 16  # "ICA-Africa", "ICA-AP", "UCAP-CI"
    uppers = sum(c.isupper() for c in b)
    return (
        2 <= len(b) <= 12 and uppers >= 2 and (b[0].isupper() or uppers >= 3) and uppers * 2 >= len(RE_DIGIT.sub("", b))
    )


@dataclass(slots=True)
class Word:
    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        """Without a possessive 's."""
        return RE_POSSESSIVE.sub("", self.text) if self.text[-1:] == "s" else self.text

    @property
    def possessive(self) -> bool:
        return len(self.text) > 2 and self.text[-1:] == "s" and self.text[-2] in "'’"

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def group_possessive(self) -> bool:
        """'Women's', 'Workers'': a group that names a body ('Sahel Women's Cooperative Network'),
        where 'ILO's' names its owner."""
        return self.possessive and bool(RE_GROUP_POSSESSIVE.fullmatch(self.text))

    @property
    def is_acronym(self) -> bool:
        return is_acronym(self.text)


@lru_cache(maxsize=4)
def words(text: str) -> tuple[Word, ...]:
    """The words of a text; the organisation and place finders both read them, so the last few
    texts' words are kept."""
    return tuple(Word(m.group(), m.start(), m.end()) for m in RE_WORD.finditer(text))


@lru_cache(maxsize=4)
def capitalised_words(text: str) -> tuple[int, ...]:
    """The positions in `words(text)` of the words that open with a capital, where most names
    start: a finder that starts only from them need not visit every word."""
    return tuple([i for i, w in enumerate(words(text)) if w.text[:1].isupper()])


@lru_cache(maxsize=4)
def line_starts(text: str) -> list[int]:
    """Where each line of a text starts, for finding a position's line by bisection."""
    return [0] + [m.end() for m in RE_NEWLINE.finditer(text)]


RE_NEWLINE = re.compile("\n")
RE_ABBREVIATION_TAIL = re.compile(r"([\w.]+)\.[\"”’)]?$")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of sentences and lines."""
    spans, start = [], 0
    for m in RE_SENTENCE_END.finditer(text):
        before = text[max(start, m.start() - 6) : m.start()]
        tail = RE_ABBREVIATION_TAIL.search(before)
        if "\n" not in m.group() and tail and _no_end(tail.group(1), text, m.end()):
            continue  # "appointed Dr. Nyong'o", "zum 1. September": the full stop ends no sentence
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _no_end(word: str, text: str, after: int) -> bool:
    """A full stop after `word` that ends no sentence: an abbreviation's, or an ordinal's before
    a month, as German and the Nordic languages write a day ("am 1. September")."""
    if word.lower() in ABBREVIATIONS:
        return True
    if not (word.isdigit() and len(word) <= 2):
        return False
    following = RE_NEXT_WORD.match(text, after)
    return following is not None and fold(following.group()) in ORDINAL_MONTHS


RE_NEXT_WORD = re.compile(r"[^\W\d_]+")
# The months after an ordinal day: English, German, Dutch, the Nordic languages.
ORDINAL_MONTHS = {
    *MONTHS_IN_FULL, "januar", "februar", "marz", "mai", "juni", "juli", "oktober", "dezember", "januari",
    "februari", "maart", "mei", "augustus", "december", "mars", "desember", "maj",
}  # fmt: skip


def sentence_at(text: str, offset: int, spans: list[tuple[int, int]], limit: int = 600) -> str:
    """The sentence around `offset`; of a run-on "sentence" (a page saved as one line), the
    words around it, so that every event carries a bounded piece of text."""
    i = bisect.bisect_right(spans, (offset, len(text) + 1)) - 1
    if i < 0 or not spans[i][0] <= offset < spans[i][1]:
        return ""
    a, b = spans[i]
    if b - a > limit:
        a, b = max(a, offset - limit // 2), min(b, offset + limit // 2)
        a = text.find(" ", a, offset) + 1 if text.find(" ", a, offset) >= 0 else a
        b = text.rfind(" ", offset, b) if text.rfind(" ", offset, b) > offset else b
        return "…" + text[a:b].strip() + "…"
    return text[a:b].strip()


class SpanMask:
    """Which characters of a text are taken: overlap tests in time bounded by the span's length,
    not by how many spans are taken (an article of megabytes has tens of thousands)."""

    def __init__(self, size: int, spans=()) -> None:
        self.bits = bytearray(size + 1)
        for a, b in spans:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        if b > a:
            self.bits[a:b] = b"\1" * (b - a)

    def hits(self, a: int, b: int) -> bool:
        return b > a and self.bits.find(1, a, b) >= 0


RE_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=32768)
def fold(s: str) -> str:
    """Compare names without case, accents, curly quotes or extra spaces: 'Türkiye' and 'TURKIYE' meet."""
    s = unicodedata.normalize("NFKD", s.replace("’", "'").replace("‘", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return RE_SPACES.sub(" ", s).strip().casefold()


def clean_span(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" ,;:.-–—")


# Spellings that name the same body: Organisation/Organization, Labour/Labor, Co-operative/Cooperative.
VARIANTS = [
    (re.compile(pattern), repl)
    for pattern, repl in [
        (r"\borganisation", "organization"),
        (r"\blabour\b", "labor"),
        (r"\bco-?operati", "cooperati"),
        (r"\bcentre\b", "center"),
        (r"\bprogramme\b", "program"),
        (r"\bco-op\b", "coop"),
        # "Rwanda Cooperatives Agency" and "Rwanda Cooperative Agency", "Ministry for Cooperation" and "of"
        (r"\bcooperatives (agency|alliance|union|federation|council|department|unit|bank)\b", r"cooperative \1"),
        (r"\b(ministry|department|office|secretariat) for\b", r"\1 of"),
        # "for the Promotion of the Social Solidarity Economy" and "... of Social Solidarity Economy"
        (r"\b(of|for|on|in) the ", r"\1 "),
    ]
]
RE_LEADING_THE = re.compile(r"^the\s+")
RE_COOP_IN_NAME = re.compile(r"\bcoop\b")
RE_NOT_NAME = re.compile(r"[^\w&]+")


@lru_cache(maxsize=32768)
def name_key(surface: str) -> str:
    """A name's comparison key: folded, spelling variants unified, no article or possessive.
    Cached: an article asks for the same names again and again. The cache is bounded, so that
    a worker parsing an archive does not keep every name it has met."""
    k = fold(RE_POSSESSIVE.sub("", surface))
    for pattern, repl in VARIANTS:
        k = pattern.sub(repl, k)
    k = RE_LEADING_THE.sub("", k)
    if " " in k:
        k = RE_COOP_IN_NAME.sub("cooperative", k)  # "Co-op Bank" is the Co-operative Bank; "Coop" alone, a name
    return RE_NOT_NAME.sub(" ", k).strip()


# "a joint ILO-FAO-UNESCO initiative": three bodies' acronyms or more joined by hyphens are each a body
# ("ICA-AP", "COOCEC-KIVU" are one body's).
RE_JOINT_ACRONYMS = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,}){2,}")


RE_JOINT_ACRONYMS_IN_TEXT = re.compile(r"[A-Z]-[A-Z]{2,}-[A-Z]")


def joint_acronyms(text: str, ws: Sequence[Word]) -> Iterable[Word]:
    """The words of `text`, each acronym of a joint one apart."""
    if "-" not in text or not RE_JOINT_ACRONYMS_IN_TEXT.search(text):
        return ws
    return _split_joint(ws)


def _split_joint(ws: Iterable[Word]) -> Iterator[Word]:
    for w in ws:
        if "-" in w.text and RE_JOINT_ACRONYMS.fullmatch(w.text):
            at = w.start
            for part in w.text.split("-"):
                yield Word(part, at, at + len(part))
                at += len(part) + 1
        else:
            yield w
