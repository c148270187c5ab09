"""Names inside headlines: in a headline every word is capitalised, so a body's name is the
part of a capitalised run that ends on its head ("Calls for Partnership on Cooperative Housing
Grow as Rents Soar" names no body)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ssecli.extract.gazetteer import common_words
from ssecli.extract.lexicon import COMPANY_HEADS, MEDIA_HEADS, ORG_WORDS, TITLE_CASE_SMALL, TITLE_WORDS
from ssecli.extract.name_edges import headline_verb
from ssecli.extract.spans import head_kind, pre_head
from ssecli.extract.text import CONNECTORS, Word, fold, line_starts


@lru_cache(maxsize=4096)
def title_case_line_of(line: str) -> bool:
    """A headline in title case: every word capitalised but the short words English leaves in
    lower case."""
    ws = RE_LINE_WORD.findall(line)
    if len(ws) < 4:
        return False
    lower, most = 0, len(ws) // 10
    for w in ws:  # a line of prose is let go at its first few words in small letters
        if w[0].islower() and w not in TITLE_CASE_SMALL:
            lower += 1
            if lower > most:
                return False
    if lower and line.rstrip().endswith("."):
        return False  # a sentence of many names: "Officials of the Ministry of Health ... spoke in Seoul."
    return sum(w.isupper() and len(w) > 1 for w in ws) < 0.5 * len(ws)


RE_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def title_case_line(text: str, at: int) -> bool:
    starts = line_starts(text)
    k = bisect.bisect_right(starts, at)
    a, b = starts[k - 1], starts[k] - 1 if k < len(starts) else len(text)
    return b - a <= 300 and title_case_line_of(text[a:b])


def _plain_place(name: str) -> bool:
    """A place whose name is no everyday word ('Turkey' yes, 'Enterprise' no)."""
    from ssecli.extract.places import lookup

    e = lookup(name)
    return e is not None and not e.common


def name_line(text: str, name: str, a: int, b: int) -> bool:
    """'United Nations Research Institute for Social Development' alone on its line: a name, not a headline."""
    if pre_head(name) not in ORG_WORDS:
        return False
    la = text.rfind("\n", 0, a) + 1
    lb = text.find("\n", b)
    return not text[la:a].strip(" \t-*•|") and not text[b : lb if lb >= 0 else len(text)].strip(" \t.|")


def headline_name(span: str, is_place=lambda s: False) -> str:
    """Of a run in a headline, the longest part from its start that ends on a body's head (an
    organisation word, an acronym, a place or a word that is no common one) where no
    capitalised word follows that head; '' where there is none."""
    toks = span.split()
    if _head_and_complement(toks):
        return span
    # "FG Flags Off Distribution Of Farm Inputs To Cooperative": a verb makes the run a sentence; a name
    # stands before it. A plural and a verb look alike: a verb has its object after it, three words or
    # more ("Public Relations Team", "Chapter Arts Centre"), and no company's head is one ("Silver Fern Farms").
    verb = next((i for i in range(1, len(toks) - 3) if _verb_of_headline(toks[i])), None)
    if verb is not None:
        return headline_name(" ".join(toks[:verb]), is_place)
    best = ""
    for j in range(len(toks), 0, -1):
        last = toks[j - 1]
        low = fold(re.sub(r"['’]s$|['’]$", "", last))
        if low in CONNECTORS:
            continue
        follows = toks[j] if j < len(toks) else ""
        # a word that is no common one ends a name only where the run ends ("African Ministerial Co-operative
        # Conference" does not end on "Ministerial")
        head_like = (
            Word(last, 0, 0).is_acronym
            and low not in TITLE_WORDS  # "... League President & CEO Brett Thompson Announces ...": an office
            or low not in common_words()
            and j == len(toks)
            or _plain_place(last)
            or (low in ORG_WORDS or low in MEDIA_HEADS)
            and not (follows[:1].isupper() and fold(follows) not in TITLE_WORDS)  # "... League President"
        )
        if head_like:
            best = " ".join(toks[:j])
            break
    if not best:
        return ""
    toks = best.split()
    if len(toks) == 1 and not Word(best, 0, 0).is_acronym:
        return ""
    # "Calls for Partnership": a name with a complement has its head before it. ("Distribution Of Farm
    # Inputs To Cooperative": some headlines capitalise the small words too.)
    at = next((i for i, t in enumerate(toks) if i and t.lower() in ("of", "for", "on", "in", "to")), None)
    if at:
        pre_head = fold(toks[at - 1])
        rest = [t for t in toks[at + 1 :] if t != "the"]
        if (
            pre_head not in ORG_WORDS
            and not Word(toks[at - 1], 0, 0).is_acronym
            and not (len(rest) >= 2 and head_kind(" ".join(rest)) == "org")
        ):
            # ... unless the complement is a name of its own: "Annual General Meeting of Stima Sacco"
            return headline_name(" ".join(toks[:at]), is_place)
    return best


def _verb_of_headline(word: str) -> bool:
    low = fold(word)
    return headline_verb(word) and low not in ORG_WORDS and low not in COMPANY_HEADS and low not in MEDIA_HEADS


# The heads a body names with "of" and its field or seat ("Ministry of Trade", "University of Nairobi");
# not a word that ends a name ("Cooperatives Europe", "Social Economy Europe").
HEADS_OF_A_FIELD = frozenset({
    "ministry", "department", "university", "college", "institute", "school", "office", "bureau", "commission",
    "council", "agency", "chamber", "bank", "federation", "union", "association", "secretariat", "directorate",
})  # fmt: skip


def _head_and_complement(toks: list[str]) -> bool:
    """'Experts at the Turkish Ministry of Trade': a body's head and the one-word complement that
    closes the run, as a ministry, a department or a university is named. A headline's run may
    go on after a name with its verb ("University of Nairobi Wins"), so a longer complement is
    left to the rules below; so is a run with a small word before the head ("Ministry of Trade
    Launches Fund for Cooperatives")."""
    if len(toks) < 3 or toks[-2].lower() not in ("of", "for"):
        return False
    head, last = toks[-3], toks[-1]
    return (
        fold(head) in HEADS_OF_A_FIELD
        and last[:1].isupper()
        and fold(last) not in TITLE_WORDS
        and not any(t in CONNECTORS for t in toks[:-2])
    )


RE_RUN_CLOSES_LINE = re.compile(r"[ \t]*(?:\(|\n|$)")


def complement_to_line_end(text: str, name: str, b: int) -> bool:
    """'... the Ibero-American Network for the Promotion of the Social and Solidarity Economy (SSE)':
    in a headline, a body's head and its complement that run to the line's end (or to a bracket),
    with no headline verb in them, are one name."""
    if not RE_RUN_CLOSES_LINE.match(text, b):
        return False
    toks = name.split()
    at = next((i for i, t in enumerate(toks) if t in ("of", "for", "on") and i and fold(toks[i - 1]) in ORG_WORDS), 0)
    if not at or len(toks) - at > 9:
        return False
    # "PhilSEN Calls for Partnership on ...", "Ministry of Trade Launches New Fund": a verb makes the
    # line a headline's sentence; in the complement a plural before a small word is a noun ("Faculty
    # of Economics of the University of ...").
    rest = toks[at + 1 :]
    verb = any(headline_verb(t) for t in toks[:at]) or any(
        headline_verb(t) and nxt not in CONNECTORS for t, nxt in zip(rest, rest[1:], strict=False)
    )
    return not verb and all(t in CONNECTORS or t[:1].isupper() for t in rest)
