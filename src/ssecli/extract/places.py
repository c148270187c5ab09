"""Places: capitalised runs of one to six words looked up in the gazetteer, outside
the spans of organisations and people (`Seoul National University` is not Seoul)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ssecli.extract.gazetteer import Entry, cities_by_country, entry, fold, gazetteer
from ssecli.extract.text import SpanMask, words

# A common-word place ("Nice", "Mobile") counts only after a word that makes it a place.
RE_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|to|near|across|outside|inside|around|visit(?:ed|ing)?|"
                                r"between|throughout|towards?|into|via)\s+(?:the\s+)?$", re.I)
MAX_WORDS = 6
RE_ELIDED = re.compile(r"[dl]['’][A-ZÀ-Þ]")  # "Côte d'Ivoire"
JOINERS = {"of", "and", "the", "de", "la", "du", "del", "do", "da", "dos", "das"}  # "Rio Grande do Sul"


@dataclass
class PlaceMention:
    surface: str
    entry: Entry
    span: tuple[int, int]


def lookup(name: str) -> Entry | None:
    key = fold(name)
    found = entry(key)
    if found is None and key.startswith("the "):
        found = entry(key[4:])
    return found


def is_place(name: str) -> bool:
    return lookup(name) is not None


def find_places(text: str, masked: list[tuple[int, int]] | None = None) -> list[PlaceMention]:
    mask = SpanMask(len(text), masked or [])
    table = gazetteer()
    ws = words(text)
    # Each word once: may it end a place's name (capitalised, or "d'Ivoire"), may it stand inside
    # one (those, or a joiner), and may the next word follow it in one (the gap between them).
    ends = [w.text[:1].isupper() or w.text[1:2] in ("'", "’") and bool(RE_ELIDED.match(w.text)) for w in ws]
    inside = [e or w.text.lower() in JOINERS for e, w in zip(ends, ws)]
    joined = [text[a.end:b.start] in (" ", "-", " - ") for a, b in zip(ws, ws[1:])] + [False]
    out: list[PlaceMention] = []
    i = 0
    while i < len(ws):
        w = ws[i]
        if not w.text[:1].isupper() or mask.hits(w.start, w.end):
            i += 1
            continue
        best = None
        run = 1  # the words from i on that can stand in one name, up to MAX_WORDS
        while run < MAX_WORDS and i + run < len(ws) and joined[i + run - 1] and inside[i + run]:
            run += 1
        for n in range(run, 0, -1):
            last = ws[i + n - 1]
            if not ends[i + n - 1]:
                continue
            a, b = w.start, last.start + len(last.bare)
            surface = text[a:b]
            if fold(surface) not in table:
                continue
            best = (surface, entry(fold(surface)), (a, b), n)
            break
        if best is None:
            best = _city_of_country(text, ws, i)
        if best is None:
            i += 1
            continue
        surface, found, (a, b), n = best
        if mask.hits(a, b):
            i += 1
            continue
        if surface.isupper() and len(surface) <= 4:
            i += n  # "US", "ILO", "ICA" in capitals: an acronym, not the town of that name
            continue
            continue
        at_line_start = a == 0 or text[a - 1] == "\n"
        # "SEOUL, 15 September 2023 -", "Geneva, Oct 17 (UN News) -": a dateline names the place.
        dateline = at_line_start and (surface.isupper() and bool(re.match(r",| [-–—(]", text[b:b + 2]))
                                      or bool(re.match(r",\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d", text[b:b + 16])))
        if found.common and not dateline and not RE_LOCATIVE_BEFORE.search(text[max(0, a - 20):a]):
            i += n
            continue
        # "Seoul-based" names a place; "Korean" is an adjective and never reaches here.
        out.append(PlaceMention(surface, found, (a, b)))
        i += n
    return out


# "in Yogjakarta, Indonesia": a capitalised word before a country's name is a city of it,
# spelt as GeoNames spells it where one is close enough.
RE_CITY_COUNTRY = re.compile(r"\b(?:in|at|from|to|near|of)\s+$")


def _city_of_country(text: str, ws, i: int):
    import difflib

    w = ws[i]
    j = i + 2  # the word after the comma
    if j >= len(ws) or text[w.end:ws[j].start] != ", " or not RE_CITY_COUNTRY.search(text[max(0, w.start - 8):w.start]):
        return None
    country = entry(fold(ws[j].bare))
    if country is None or country.kind != "country" or len(w.text) < 5:
        return None
    close = difflib.get_close_matches(w.text, cities_by_country().get(country.name, []), n=1, cutoff=0.8)
    city = entry(fold(close[0])) if close else Entry(w.text, "city", 0, False)
    return (w.text, city, (w.start, w.end), 1)
