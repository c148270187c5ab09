"""The people finder tries each pattern only where it can match (extract/anchored.py): on every
text, the matches found that way are the matches of the pattern scanned over the whole text."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssecli.extract import people
from ssecli.extract.anchored import finditer_at, lead_words, search_at, whole_word_spans
from ssecli.extract.people import pass_starts
from tests.conftest import DATA, SEEDS, examples
from tests.extract.cases_people import CASES

REAL = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")) + sorted((DATA / "corpus").glob("*.txt"))]
# Names at the edges of what the patterns allow: a break or a tab before the word that follows,
# a comma, a possessive, an apostrophe at a name's end, a no-break space, a name in a word.
EDGES = [
    "Ana Silva\nsaid it. Ana Silva\t said it. Ana Silva ,said. Ana Silva,\n who came.",
    "Ana Silva's, director of X. Ana O'Neil, president of Y, and Bo Kim, head of Z.",
    "Ochieng' Wafula said. McDonald Smith, who. Jean-Luc Van Der Berg, of the Union.",
    "Ana\u00a0Silva as the president. Ana Silva,\nas chair. Ana Silva, of the ILO, said.",
    "Ana Silva, +82 2 1234. Ana Silva, (02) 1234, Tel 5. Kim Lee-jun, a farmer, said that.",
    "Ana Silva\n\nfrom the Cooperative Union of Kenya said. Ana Silva from\nX said.",
    "Vice-Minister Ana Silva; Co-Founder Bo Kim; H.E. Ana Silva; Dña Ana Silva; Director-General Bo Kim.",
    "M. Ana Silva, Mme Ana Silva, Chairman Bo Kim, said\u00a0Ana Silva, unsaid Ana Silva, co-founder Bo Kim.",
    "Posted on 3 May 2023 by Ana Silva. Interviewed Bo Kim. Contacts : Ana Silva. contact:Bo Kim.",
    "said economist Ana Silva. pointed out the ILO director Bo Kim; saidAna Silva; Saïd Ana Silva.",
    "the ILO UN EU senior deputy acting vice-president of X (A, B; c.), Ana Silva, said it.",
    "Their A B C former acting interim founding co-founder, Ana Silva. Its a/Senior Head, Bo Kim\n",
    "The director\n, Ana Silva. The director of X,\u00a0 Ana Silva and more. CEO, Bo Kim said.",
]
PIECES = st.sampled_from(
    "Ana|Silva|O'Neil|Kim-Lee|F.|van| |\u00a0|\n|\t|,|'s|’|.|-| said| says| pointed out| of| from| the| as| who"
    "| +82| (0| Tel| director| President|Union|ILO|2023|Mr|Dr.|Vice-|Minister|according to|by|Contact:"
    "|economist|co-founder|é|The |Its |NOYA|AB-CD".split("|")
)


# RE_CAPITAL_RUN as first written, with the look-behinds before the first capital.
CAPITAL_RUN_AS_WRITTEN = re.compile(
    rf"(?<![\w'’.])(?<![\w'’.]-)(?:{people.NAME_PART}|{people.CAPS_PART})"
    rf"(?:[ \u00a0](?:{people.MIDDLE_INITIAL}|{people.PARTICLE}|{people.NAME_PART}|{people.CAPS_PART})){{1,7}}"
    r"(?![\w'’-])"
)


def _same(text: str) -> None:
    runs = [m.span() for m in people.RE_CAPITAL_RUN.finditer(text)]
    assert runs == [m.span() for m in CAPITAL_RUN_AS_WRITTEN.finditer(text)]
    for name, starts in pass_starts(text).items():
        rx = getattr(people, f"RE_{name.upper()}", None)
        if rx is None:
            continue  # not a pass: where a word stands that a pass needs
        assert [m.span() for m in finditer_at(rx, text, starts)] == [m.span() for m in rx.finditer(text)]
        for pos in {0, *starts, *(m.start() + 1 for m in rx.finditer(text))}:
            hit, want = search_at(rx, text, starts, pos), rx.search(text, pos)
            assert (hit and hit.span()) == (want and want.span())


@pytest.mark.parametrize("text", [t for t, _ in CASES] + EDGES + REAL, ids=range(len(CASES) + len(EDGES) + len(REAL)))
def test_name_first_patterns_match_where_scanned(text):
    _same(text)


@settings(max_examples=examples(200))
@given(st.lists(PIECES, max_size=40).map("".join))
def test_name_first_patterns_match_where_scanned_on_any_text(text):
    _same(text)


@pytest.mark.parametrize(
    "pattern,words",
    [
        (r"(?:said|says|emphasi[sz]ed|pointed out)", {"said", "says", "emphasised", "emphasized", "pointed"}),
        (r"(?:Mr|M|H\.E|Vice[- ]Minister|Dña)", {"Mr", "M", "H", "Vice", "D"}),
        (r"\b(?:[Ll]ed by|(?:[Pp]osted)(?: on [^|\n]{4,30}?)? by)", {"Led", "led", "Posted", "posted"}),
        (r"[Cc]ontacts?", {"Contact", "contact", "Contacts", "contacts"}),
    ],
)
def test_lead_words(pattern, words):
    assert lead_words(pattern) == words


@pytest.mark.parametrize("pattern", [r"[A-Z]\w+", r"(?:a|\w)", r"(?P<x>a)", r"a+b"])
def test_lead_words_refuses_what_it_cannot_list(pattern):
    with pytest.raises(ValueError):
        lead_words(pattern)


WORDS = st.sets(
    st.sampled_from(["Kim", "Kim.", "Silva", "Ana", "Anabel", "O'Neil", "Eun-ji", "Lee_", "Ño"]), max_size=5
)


@settings(max_examples=examples(200))
@given(
    st.lists(
        st.sampled_from(["Kim", "Silva", "Ana", "bel", "O'Neil", "Eun", "-ji", "_", "Ño", " ", ".", "2", "é"]),
        max_size=30,
    ).map("".join),
    WORDS,
)
def test_whole_word_spans_are_the_spans_of_the_alternation(text, words):
    words.discard("")
    rx = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?!\w)")
    assert whole_word_spans(text, words) == ([m.span() for m in rx.finditer(text)] if words else [])


# Texts that make the places to try many: four times the text may take about four times as long.
CROWDED = {
    "offices joined by hyphens before a name": lambda n: "-".join("director" for _ in range(n // 9)) + ", Ana Silva.",
    "offices before a name": lambda n: " ".join("director" for _ in range(n // 9)) + ", Ana Silva said.",
    "names before one comma": lambda n: " ".join("Ana Silva" for _ in range(n // 10)) + ", who said.",
    "spaces after a comma": lambda n: "president of X," + " " * n + "Ana Silva said.",
    "asides between commas": lambda n: "Ana Silva" + ", abc" * (n // 5) + ", said.",
}


@pytest.mark.parametrize("kind", sorted(CROWDED))
def test_the_places_to_try_grow_in_proportion_to_the_text(kind):
    def seconds(size: int) -> float:
        text = CROWDED[kind](size)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            people.find_people(text)
            best = min(best, time.perf_counter() - start)
        return best

    small, large = seconds(10_000), seconds(40_000)
    assert large < 9 * max(small, 0.005), (small, large)
