"""The shorter names a text gives a body it names in full, with no bracket to join them: its
initials ("The International Labour Organization ... An ILO report"), or its name shortened.

A shortened name keeps the body's own first word and its kind: "Coota District Co-op ... Coota
Co-op", "Bunso Cocoa Credit Union ... Bunso Credit Union", "Nufaika Sacco Society ... Nufaika".
It is an alias of the full one where it shortens no other name of the article, and where its
first word is a name of its own: not an everyday word ("National", "Cocoa") nor a place, which
several bodies of one text may share."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from ssecli.extract.gazetteer import common_words, entry, town
from ssecli.extract.lexicon import LEGAL_FORMS, ORG_WORDS, SHORT_HEADS
from ssecli.extract.spans import RE_ELISION, Definition, OrgFindings
from ssecli.extract.text import CACHED_NAMES, CONNECTORS, Word, name_key


@lru_cache(maxsize=CACHED_NAMES)  # asked of each long name for every acronym that shares its first letter
def initials(name: str) -> str:
    """'Organisation for Economic Co-operation and Development' -> 'OECD'; 'UN General Assembly' -> 'UNGA'."""
    out = []
    ws = name.split()
    if len(ws) > 2 and ws[-1].lower().rstrip(".") in LEGAL_FORMS:
        ws.pop()  # "Uganda Co-operative Alliance Limited" is UCA
    for w in ws:
        if w in CONNECTORS or w.lower() in ("the", "and", "of", "for"):
            continue
        w = RE_ELISION.sub("", w)  # "Chambre Régionale de l’Economie Sociale et Solidaire" is CRESS
        out.append(w if Word(w, 0, 0).is_acronym and w.isupper() else w[:1])
    return "".join(out).upper()


def _spells(short: str, long: str) -> bool:
    want = initials(long)
    caps = "".join(c for c in short if c.isupper())
    if short.isupper():
        return caps == want
    # "KoSEA" for "Korea Social Enterprise Promotion Agency": its capitals, in order, first and last alike.
    it = iter(want)
    return (
        len(caps) >= 3
        and caps[0] == want[:1]
        and caps[-1] == want[-1:]
        and len(want) - len(caps) <= 1
        and all(c in it for c in caps)
    )


def _defined(found: OrgFindings) -> set[str]:
    """The names a definition already joins, which neither pass joins again."""
    return {d.short for d in found.definitions} | {d.long for d in found.definitions}


def pair_initials(found: OrgFindings) -> None:
    """'The International Labour Organization ... An ILO report': a name and an acronym that spells
    its initials, in one text, are one body even where no bracket joins them."""
    defined = _defined(found)
    shorts = {m.surface for m in found.acronym_candidates if m.surface not in defined and m.strong}
    # "CP FCU", acronyms only, is one of the shorts of "CP Financial Credit Union", never a long form.
    spelt = {m.surface for m in found.mentions if all(Word(w, 0, 0).is_acronym for w in m.surface.split())}
    shorts |= spelt - defined
    if not shorts:
        return
    longs = {
        m.surface
        for m in found.mentions
        if m.surface not in defined and len(m.surface.split()) >= 2 and not m.acronym and m.surface not in spelt
    }
    by_initials = defaultdict(list)
    for long in longs:
        if 2 <= len(initials(long)) <= 12:
            by_initials[initials(long)[:1]].append(long)
    for short in sorted(shorts):
        got = [long for long in by_initials.get(short[:1], ()) if _spells(short, long)]
        # "Public Service Credit Union ... Public Service CU ... PSCU": two ways of writing one name
        if len(got) == 1 or len(got) > 1 and len({_head_in_full(long) for long in got}) == 1:
            found.definitions.append(Definition(short, max(got, key=len), True))


def _head_in_full(name: str) -> str:
    """'Public Service CU' -> 'public service credit union': a credit union's head written out."""
    words = name.lower().split()
    return " ".join(words[:-1] + [SHORT_HEADS.get(words[-1], words[-1])])


def _within(short: list[str], long: list[str]) -> bool:
    """Are the words of `short` those of `long`, in order, with some left out?"""
    it = iter(long)
    return all(w in it for w in short)


def _own_name(word: str) -> bool:
    return len(word) >= 3 and word.isalpha() and word not in common_words() and entry(word) is None


def shortened_names(found: OrgFindings) -> None:
    """'Coota District Co-op ... Coota Co-op': a shorter name of a body the text names in full."""
    defined = _defined(found)
    names = {m.surface: name_key(m.surface).split() for m in found.mentions if m.acronym is None}
    for short, s in names.items():
        if short in defined or not s or not _own_name(s[0]) or len(s) > 1 and s[-1] not in ORG_WORDS:
            continue
        if len(s) == 1 and town(s[0]) is not None:
            continue  # "Nenagh" alone is the town the credit union is named after
        longer = [n for n, w in names.items() if len(w) > len(s) and w[0] == s[0] and _within(s, w)]
        # "Nufaika Sacco Society" and "Nufaika Sacco Society Ltd": one body's names, the first kept.
        shortest = min(longer, key=lambda n: len(names[n]), default=None)
        if shortest and all(_within(names[shortest], names[n]) for n in longer):
            found.definitions.append(Definition(short, shortest, True))
