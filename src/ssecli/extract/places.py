"""Places: capitalised runs of one to six words looked up in the gazetteer, outside
the spans of organisations and people (`Seoul National University` is not Seoul)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ssecli.extract import cjk_places
from ssecli.extract.gazetteer import (
    Entry,
    australian_state_codes,
    cities_by_country,
    common_words,
    entry,
    fold,
    gazetteer,
    state_abbreviations,
    town,
    us_state_codes,
)
from ssecli.extract.lexicon import FUNCTION_WORDS, PLACE_KINDS
from ssecli.extract.names import everyday_words, foreign_words
from ssecli.extract.text import CACHED_PLACES, L, SpanMask, U, capitalised_words, words

# A common-word place ("Nice", "Mobile") counts only after a word that makes it a place.
LOCATIVE_WORDS = frozenset(
    "in at from to near across outside inside around visit visited visiting between throughout toward towards "
    "into via".split()
)
RE_LOCATIVE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(LOCATIVE_WORDS)) + r")\s+(?:the\s+)?$", re.I)
MAX_WORDS = 6
RE_ELIDED = re.compile(r"[dl]['’][A-ZÀ-Þ]")  # "Côte d'Ivoire"
# "Rio Grande do Sul", "América Latina y el Caribe"
JOINERS = {"of", "and", "the", "de", "la", "du", "del", "do", "da", "dos", "das", "y", "el", "es"}  # "Dar es Salaam"


@dataclass
class PlaceMention:
    surface: str
    entry: Entry
    span: tuple[int, int]


# A text names the same places again and again, and so do the texts of a corpus.
@lru_cache(maxsize=CACHED_PLACES)
def lookup(name: str) -> Entry | None:
    key = fold(name)
    found = entry(key)
    if found is None and key.startswith("the "):
        found = entry(key[4:])
    if found is None and (county := RE_COUNTY.match(key)):
        # "Killarney, Co Kerry", "Co. Cork", "County Mayo": an Irish or British county by its name
        found = entry(key[county.end() :])
        found = found if found is not None and found.kind != "country" else None
    if found is None and (saint := RE_SAINT.match(key)):
        # "St Vincent and the Grenadines", "St. Lucia": the gazetteer writes "Saint"
        found = entry(("sainte " if saint.group(1) else "saint ") + key[saint.end() :])
    if found is None and (division := RE_KOREAN_DIVISION.fullmatch(name)):
        # "Gwanak-gu", "Haenam-gun", "Seongsu-dong": Korea's divisions, romanised with their kind; the
        # place of that name where the gazetteer knows it ("Sejong-si" is Sejong)
        kind = "region" if division.group(1) in ("do", "gun") else "city"
        found = entry(fold(name[: division.start(1) - 1])) or Entry(name, kind, 0, False)
    return found


RE_KOREAN_DIVISION = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?-(do|gun|gu|si|dong|eup|myeon)")


def is_place(name: str) -> bool:
    return lookup(name) is not None


def is_region(name: str) -> bool:
    """A country, a continent or a region: what a people's adjective is made from ("Kenya-n")."""
    e = lookup(name)
    return e is not None and e.kind in ("region", "continent", "country")


def world_region(name: str) -> bool:
    """'Africa', 'Asia Pacific', 'Pacific': a continent or a region of the world (no everyday word)."""
    e = lookup(name)
    return e is not None and e.kind in ("continent", "region") and not e.common


def find_places(text: str, masked: list[tuple[int, int]] | None = None) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    # "the U.S.", "Washington, D.C.": written with full stops, which part the words.
    first = SpanMask(len(text), masked or [])
    for m in RE_DOTTED.finditer(text) if "U." in text or "DC" in text or "D.C" in text else ():
        if not first.hits(*m.span()) and not RE_CURRENCY_AFTER.match(text, m.end()):
            found = WASHINGTON_DC if m.group().startswith("W") else entry(fold(m.group()))
            if found is not None:
                out.append(PlaceMention(m.group(), found, m.span()))
    mask = first  # the dotted names found are taken too
    for p in out:
        mask.add(*p.span)
    ws = words(text)
    after = 0  # the first word not inside a place already found
    # A place's name opens with a capital: only those words are tried.
    for i in capitalised_words(text):
        w = ws[i]
        if i < after or mask.hits(w.start, w.end):
            continue
        best = None
        run = 1  # the words from i on that can stand in one name, up to MAX_WORDS
        while (
            run < MAX_WORDS
            and i + run < len(ws)
            and (
                text[ws[i + run - 1].end : ws[i + run].start] in (" ", "-", " - ")
                or run == 1
                and w.text in ("St", "Ste")
                and text[w.end : ws[i + 1].start] == ". "
            )
            and (_may_end(ws[i + run].text) or ws[i + run].text.lower() in JOINERS)
        ):
            run += 1
        if w.text.endswith("shire") or i + 1 < len(ws) and ws[i + 1].text.endswith("shire"):
            best = _shire(text, ws, i)
        for n in range(run, 0, -1) if best is None else ():
            last = ws[i + n - 1]
            if not _may_end(last.text):
                continue
            a, b = w.start, last.start + len(last.bare)
            surface = text[a:b]
            if surface[-1:].isdigit() and (code := RE_POSTCODE_TAIL.search(surface)):
                surface, b = surface[: code.start()], b - len(code.group())  # "New Delhi-110016"
            elif n > 1 and (seat := RE_SEAT_SUFFIX.search(surface)):
                surface, b = surface[: seat.start()], a + seat.start()  # "a Nova Scotia-based company"
            found = _lookup_surface(surface)
            if found is None:
                continue
            best = (surface, found, (a, b), n)
            break
        if (
            best is None
            and w.text.count("-") == 1
            and w.text.split("-")[1][:1].isupper()
            and not mask.hits(w.start, w.end)
        ):
            # "Nairobi-Kenya": two places written as one word.
            head, tail = w.text.split("-")
            known = [(head, w.start, entry(fold(head))), (tail, w.start + len(head) + 1, entry(fold(tail)))]
            if all(e is not None and not e.common and not p.isupper() for p, _, e in known):
                out += [PlaceMention(p, e, (a, a + len(p))) for p, a, e in known if e is not None]
                continue
        seat = RE_SEAT_SUFFIX.search(w.text) if best is None and "-" in w.text else None
        if seat and (e := entry(fold(w.text[: seat.start()]))) is not None and (not e.common or e.population >= 10**5):
            # "Edmonton-based Servus Credit Union", "an Auckland-based operation": where a body sits
            out.append(PlaceMention(w.text[: seat.start()], e, (w.start, w.start + seat.start())))
            continue
        # A name the gazetteer lacks: a city before ", Country" (_city_of_country), two or three
        # capitalised words ending in "City" (_named_city), a word before "district" (_named_district).
        # Most capitalised words have none of these after them, and are let go at once.
        if best is None and (
            run > 1 or text.startswith(", ", w.end) or i + 1 < len(ws) and ws[i + 1].text in DIVISIONS
        ):
            best = _city_of_country(text, ws, i) or _named_city(text, ws, i, run) or _named_district(text, ws, i)
        if (best is None or best[3] == 1) and RE_COMPASS.fullmatch(w.text) and (region := _compass_region(text, ws, i)):
            out.append(region)  # "Southwestern Ontario", "Eastern Ontario" as a heading of its own
            after = i + 2
            continue
        # A town in capitals only at the start of a line, before a dash or a comma: a dateline.
        if (
            best is None
            and (not w.text.isupper() or _caps_dateline(text, w.start, ws[i + run - 1].end))
            and _may_be_weak_place(text, w.start, ws[i + run - 1].end)
        ):
            best = _small_town(text, ws, i, run)  # "in Wasungen": weak, as an everyday word's place is
        if best is None:
            continue
        surface, found, (a, b), n = best
        if mask.hits(a, b):
            continue
        if surface.isupper() and len(surface) <= 4 and not _country_initials(text, surface, a, b):
            after = i + n  # "US", "ILO", "ICA" in capitals: an acronym, not the town of that name
            continue
        # "09 March 2015 GENEVA (ILO News) –": a date may stand before the dateline's place.
        at_line_start = a == 0 or text[a - 1] == "\n" or bool(RE_DATE_BEFORE.search(text[max(0, a - 24) : a]))
        # "SEOUL, 15 September 2023 -", "Geneva, Oct 17 (UN News) -": a dateline names the place.
        dateline = at_line_start and (
            surface.isupper()
            and bool(re.match(r",| [-–—(]", text[b : b + 2]))
            or bool(re.match(r",\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d", text[b : b + 16]))
        )
        if (
            found.common
            and not dateline
            and (not RE_LOCATIVE_BEFORE.search(text[max(0, a - 20) : a]) or _the_noun(text, a, b))
            and not _of_known_place(text, b)
            and not (found.kind == "city" and _listed_after_place(text, a))
            and not _address_end(text, a, b, found)
        ):
            after = i + n  # "Hamilton, Ontario", "Lund, Sweden": a town of a province or country is a place
            continue
        if (
            (found.name_word or found.common and found.kind == "city")
            and not dateline
            and _inside_longer_name(text, a, b)
        ):
            # "Washington County", "New England", "Matt Rogers": a part of another name; so is a town
            # named by a word of the language ("the Liberal Democrats")
            after = i + n
            continue
        if RE_MOUNT_BEFORE.search(text, max(0, a - 6), a):
            after = i + n  # "Mt. Meru", "Mount Kenya": a mountain, no province's or country's
            continue
        if found.common and RE_SEASON_YEAR.match(text, b):
            after = i + n  # "in Spring 2023": a season
            continue
        if found.common and n == 1 and found.kind == "region" and (part := RE_NAME_AFTER.match(text, b)):
            # A compass word before another name opens that name: a region of the world it qualifies,
            # or a place the gazetteer lacks; before a word of the language, no place at all.
            rest = lookup(part.group(1))
            if (
                rest is not None
                and rest.kind in ("region", "continent")
                and not rest.common
                or rest is None
                and (fold(part.group(1)) not in common_words() or RE_SHIRE.fullmatch(part.group(1)) is not None)
            ):
                # "the Western Pacific", "Northern Luzon", "North Rustico"; not "Western Union", "the South Island"
                b = part.end()
                size = rest.population if rest else 0
                out.append(PlaceMention(text[a:b], Entry(text[a:b], "region", size, False), (a, b)))
            after = i + n + 1
            continue
        if RE_STREET_AFTER.match(text, b):
            after = i + n + 1  # "Victoria Street", "Kenya Road": an address names the street, not the place
            continue
        if text.startswith("Greater ", a - 8) and found.kind in ("city", "region") and not mask.hits(a - 8, a):
            # "Greater Manchester", "Greater Sydney": the metropolitan region around the city
            surface, a = "Greater " + surface, a - 8
            found = Entry(surface, "region", found.population, False)
        # "Seoul-based" names a place; "Korean" is an adjective and never reaches here.
        out.append(PlaceMention(surface, found, (a, b)))
        county = RE_COUNTY_BEFORE.search(text, max(0, a - 8), a)  # "Newcastle West, Co. Limerick"
        if found.kind in ("region", "country") or county:
            seen = {p.span for p in out}
            at = county.start() if county else a
            out += [t for t in _towns_before(text, at, mask) if t.span not in seen]  # "Yogjakarta, Indonesia"
        after = i + n
    out += _states_of_towns(text, out, mask) if ", " in text else []
    out += _states_abbreviated(text, out, mask) if "." in text else []
    if any(f"{kind} of " in text for kind in PLACE_KINDS):
        out += _named_by_kind(text, out, mask, RE_TOWN_NAMED, "city")
    if "Subregion" in text or "Sub-region" in text:
        out += _named_by_kind(text, out, mask, RE_SUBREGION, "region")
    out += _elided_places(text, out, mask) if any(e in text for e in ELISIONS) else []
    if "ounties" in text or "arishes" in text:
        out = _counties_listed(text, out, mask)
    if any(p.entry.name == "Australia" for p in out):
        out += _australian_states(text, out, mask)
    # "서울", "芦屋市": places in Korean or Japanese
    out += [PlaceMention(s, e, span) for s, e, span in cjk_places.places_in(text) if not mask.hits(*span)]
    return sorted(out, key=lambda p: p.span)


# French and Italian elide the article or preposition before a vowel: "d'Europe", "l'Ouganda",
# "dell'Africa", "nell'Emilia-Romagna". The word reader keeps "d'Europe" as one word, so the place is
# looked up after the apostrophe.
ELISIONS = ("d'", "l'", "d’", "l’", "D'", "L'", "D’", "L’")
NAME_WORD = "[" + U + "][" + L + "-]+"
RE_ELIDED_PLACE = re.compile(
    r"\b(?:[dlDL]|[dD]ell|[dD]all|[nN]ell|[aA]ll|[sS]ull)['’](?P<name>"
    + NAME_WORD
    + "(?:[ -](?:(?:del|de|do|du|di) )?"
    + NAME_WORD
    + "){0,2})"
)


def _elided_places(text: str, found: list[PlaceMention], mask: SpanMask) -> list[PlaceMention]:
    taken = SpanMask(len(text), [p.span for p in found])
    out = []
    for m in RE_ELIDED_PLACE.finditer(text):
        parts, a = m.group("name").split(" "), m.start("name")
        for candidate in (" ".join(parts[:n]) for n in range(len(parts), 0, -1)):
            e = lookup(candidate)
            b = a + len(candidate)
            if e is not None and not e.common and not mask.hits(a, b) and not taken.hits(a, b):
                out.append(PlaceMention(candidate, e, (a, b)))
                break
    return out


# "Buffalo and Trempealeau Counties", "Nakuru, Kisumu and Kakamega counties": the word that makes each a
# county is written once, after the last.
COUNTY_NAME = rf"[{U}][{L}'’-]+(?: [{U}][{L}'’-]+)?"
RE_COUNTIES = re.compile(
    rf"((?:{COUNTY_NAME}, )*{COUNTY_NAME},? and {COUNTY_NAME}) (?:([Cc])ounties|([Pp])arishes)(?![{L}])"
)


def _counties_listed(text: str, found: list[PlaceMention], mask: SpanMask) -> list[PlaceMention]:
    listed = []
    for m in RE_COUNTIES.finditer(text):
        word = " County" if m.group(2) else " Parish"
        at = m.start(1)
        for name in re.split(r",? and |, ", m.group(1)):
            a = text.index(name, at)
            at = a + len(name)
            e = lookup(name + word)
            if e is not None and e.kind == "region" and not mask.hits(a, at):
                listed.append(PlaceMention(name, e, (a, at)))
    spans = {p.span for p in listed}  # the county, not a town of its name ("Buffalo")
    return [p for p in found if p.span not in spans] + listed


def _may_be_weak_place(text: str, a: int, b: int) -> bool:
    """Could a weak place stand at a..b: a word of place before it, a comma after it (its province),
    or the start of a line (a dateline)? Only such words are looked up among the small towns."""
    if a == 0 or text[a - 1] == "\n" or text.startswith(",", b):
        return True
    prev = text[text.rfind(" ", 0, a - 1) + 1 : a - 1].lower()
    if prev == "the":
        before = text.rfind(" ", 0, a - 5)
        prev = text[before + 1 : a - 5].lower()
    return prev in LOCATIVE_WORDS or _listed_after_place(text, a)


# "branches in Tralee, Castleisland and Killorglin": the item before, a place, makes the next one of
# a list a place too, however small.
RE_ITEM_BEFORE = re.compile(rf"([{U}][{L}]+(?: [{U}][{L}]+)?)(?:,| and|, and)[ \u00a0]$")


def _listed_after_place(text: str, a: int) -> bool:
    m = RE_ITEM_BEFORE.search(text, max(0, a - 40), a)
    if not m:
        return False
    known = entry(fold(m.group(1))) or town(fold(m.group(1)))
    if known is None or known.kind not in ("city", "region"):
        return False
    at = m.start(1)  # a weak place before is a place only after its own word of place, or in the list
    return (
        not known.common or bool(RE_LOCATIVE_BEFORE.search(text[max(0, at - 20) : at])) or _listed_after_place(text, at)
    )


# "Room II, ILO, Geneva", "(24 June 2019, Geneva)": a city that is a dictionary's word too ("geneva", a
# gin) ends an address or a date's line after a comma; a large one is the place there.
RE_ADDRESS_END = re.compile(r"[ \t]*(?:\)|\n|$)")
ADDRESS_CITY = 10**5


def _address_end(text: str, a: int, b: int, found: Entry) -> bool:
    return (
        found.kind == "city"
        and found.population >= ADDRESS_CITY
        and text[max(0, a - 2) : a] == ", "
        and RE_ADDRESS_END.match(text, b) is not None
    )


RE_COMPASS = re.compile(r"(?:North|South)(?:east|west)?(?:ern)?|(?:East|West)(?:ern)?")


def _compass_region(text: str, ws, i: int) -> PlaceMention | None:
    """A compass word before a province or a region the gazetteer knows names a part of it, with or
    without a word of place before it."""
    if i + 1 >= len(ws) or text[ws[i].end : ws[i + 1].start] != " ":
        return None
    rest = entry(fold(ws[i + 1].text))
    if rest is None or rest.kind not in ("region", "continent") or rest.common:
        return None
    a, b = ws[i].start, ws[i + 1].end
    if RE_CAPITAL_AFTER.match(text, b):
        return None  # "Eastern Connecticut Ballet", "South Minnesota Street": the first words of a longer name
    return PlaceMention(text[a:b], Entry(text[a:b], "region", rest.population, False), (a, b))


def _caps_dateline(text: str, a: int, b: int) -> bool:
    return (a == 0 or text[a - 1] == "\n") and bool(re.match(r",| [-–—]", text[b : b + 2]))


def _small_town(text: str, ws, i: int, run: int):
    for n in range(run, 0, -1):
        if i + n < len(ws) and ws[i + n].text[:1].isupper() and text[ws[i + n - 1].end : ws[i + n].start] == " ":
            continue  # "the Boley Park store", "Salal CU": the first words of a longer name
        a, b = ws[i].start, ws[i + n - 1].start + len(ws[i + n - 1].bare)
        found = town(fold(text[a:b]))
        if found is not None:
            return (text[a:b], found, (a, b), n)
    return None


def _may_end(word: str) -> bool:
    """May the word end a place's name: a capital, or "d'Ivoire"."""
    return word[:1].isupper() or word[1:2] in ("'", "’") and bool(RE_ELIDED.match(word))


RE_DOTTED = re.compile(r"(?<![\w.])(?:U\.S\.(?:A\.)?|U\.K\.|U\.A\.E\.)|\b(?:Washington|WASHINGTON),? (?:D\.C\.|DC\b)")
# "09 March 2015 GENEVA", " date 2021-11-18 MONTREAL" (the day a crawl saved the page, first on its line)
RE_DATE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4}|date \d{4}-\d\d(?:-\d\d)?)[ \t]+$"
)
RE_SEASON_YEAR = re.compile(r"[ \u00a0]+(?:of )?\d{4}\b")


def _of_known_place(text: str, b: int) -> bool:
    """A place's name follows after a comma: "Hamilton, Ontario", "Reading, PA"."""
    if _state_code_after(text, b):
        return True
    m = re.match(r",[ \u00a0]+([A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,3})", text[b : b + 48])
    if not m:
        return False
    words_ = m.group(1).split()
    for n in range(len(words_), 0, -1):
        e = entry(fold(" ".join(words_[:n])))
        if e is not None:
            return not e.common and e.kind in ("country", "region")
    return False


RE_STATE_CODE_AFTER = re.compile(r",[ \u00a0]+([A-Z]{2})(?![\w'’-])")


RE_CAPITALS_WORD = re.compile(r"[ \u00a0]+[A-Z]{2,}\b")
RE_STATE_ABBREVIATION_AFTER = re.compile(r",[ \u00a0]+((?:[A-Z]\.){2}|W\.Va\.|[A-Z][a-z]{1,4}\.)(?![\w'’-])")


def _state_code_after(text: str, b: int) -> re.Match[str] | None:
    """A US state's or a Canadian province's postal code or abbreviation after a town and a comma:
    "Indianola, IA", "Arlington, VA—", "Madison, Wis.", "Guelph, ON", "Saint John, N.B."."""
    m = RE_STATE_CODE_AFTER.match(text, b)
    if m and (m.group(1) in us_state_codes() or m.group(1) in state_abbreviations()):
        # not "MERU COUNTY, ON SATURDAY": a word of a line in capitals
        return None if RE_CAPITALS_WORD.match(text, m.end()) else m
    m = RE_STATE_ABBREVIATION_AFTER.match(text, b)
    return m if m and m.group(1) in state_abbreviations() else None


def _us_state(code: str) -> str:
    return us_state_codes().get(code) or state_abbreviations()[code]


def _states_of_towns(text: str, found: list[PlaceMention], mask: SpanMask) -> list[PlaceMention]:
    """The states that towns' and counties' postal codes name: "Davis, CA" names California ("New York, NY" is the
    city's usual name, not the state's)."""
    known = {p.span[1] for p in found}
    # "the store in Lanesboro, Minn.": a town too small for the gazetteers, after a word of place
    out = [
        t
        for m in RE_COMMA_CAPITAL.finditer(text)
        if m.start() not in known and _state_code_after(text, m.start())
        for t in _towns_before(text, m.end(), mask)
    ]
    for p in found + out:
        town = p.entry.kind in ("city", "region")  # "Saint John, N.B.": a town GeoNames holds as a region
        if town and (m := _state_code_after(text, p.span[1])) and not mask.hits(*m.span(1)):
            state = _us_state(m.group(1))
            if fold(state) not in (fold(p.entry.name), fold(p.surface)):
                out.append(PlaceMention(m.group(1), Entry(state, "region", 10**6, False), m.span(1)))
    return out


# A state's or a province's dotted abbreviation after a word of place: "co-ops in B.C.", "across
# Calif." (a dotted one is no word; not "in 300 B.C.", where a number stands before it).
RE_STATE_ABBREVIATION_ALONE = re.compile(
    r"\b(?:in|across|from|throughout|around|to|of)[ \u00a0]+((?:[A-Z]\.){2}|W\.Va\.|[A-Z][a-z]{1,4}\.)(?![\w'’-])"
)


def _states_abbreviated(text: str, found: list[PlaceMention], mask: SpanMask) -> list[PlaceMention]:
    taken = {p.span for p in found}
    return [
        PlaceMention(m.group(1), Entry(_us_state(m.group(1)), "region", 10**6, False), m.span(1))
        for m in RE_STATE_ABBREVIATION_ALONE.finditer(text)
        if m.group(1) in state_abbreviations() and m.span(1) not in taken and not mask.hits(*m.span(1))
    ]


# Where a state's code or abbreviation may follow a town: ", MN", ", Minn.", ", N.B.", ", W.Va."
RE_COMMA_CAPITAL = re.compile(r"(?<=[a-z]), (?=[A-Z]{2}(?![\w'’-])|[A-Z][a-z]{0,4}\.)")


# A state's code in capitals, a word of its own: "NSW", "VIC", "WA" (not "NSW-based", "VIC's").
RE_AUSTRALIAN_STATE = re.compile(r"(?<![\w'’.-])(NSW|VIC|QLD|TAS|WA|SA|NT|ACT)(?![\w'’-])")


def _australian_states(text: str, found: list[PlaceMention], mask: SpanMask) -> list[PlaceMention]:
    """On a page that names Australia, its states' codes name the states ("Balmain/Rozelle
    Community Bank NSW", "CBH Group (WA - $2.8 billion)"); elsewhere "WA" may be Washington's and
    "SA" a company's form. Not in a line of capitals, where "ACT" and "WA" are words."""
    taken = SpanMask(len(text), [p.span for p in found])
    out = []
    for m in RE_AUSTRALIAN_STATE.finditer(text):
        a, b = m.span()
        if mask.hits(a, b) or taken.hits(a, b) or RE_CAPITALS_WORD.match(text, b) or _caps_before(text, a):
            continue
        out.append(PlaceMention(m.group(), Entry(australian_state_codes()[m.group()], "region", 10**6, False), (a, b)))
    return out


RE_CAPS_WORD_BEFORE = re.compile(r"\b[A-Z]{2,}[ \u00a0]+$")


def _caps_before(text: str, a: int) -> bool:
    """Whether a word in capitals stands just before `a` ("THE ACT", "NEW SA RULES")."""
    return RE_CAPS_WORD_BEFORE.search(text, max(0, a - 20), a) is not None


# "the lovely town of Rio Tuba", "the village of Ceann Loch": a place its kind names, whatever the
# gazetteers hold ("Sta." is Santa).
RE_TOWN_NAMED = re.compile(
    r"\b(?:" + "|".join(PLACE_KINDS) + ") of "
    rf"(?P<name>(?:Sta\. |Sto\. )?[{U}][{L}'’-]+(?: [{U}][{L}'’-]+){{0,2}})"
)


def _named_by_kind(
    text: str, found: list[PlaceMention], mask: SpanMask, rx: re.Pattern[str], kind: str
) -> list[PlaceMention]:
    """Each place `rx` reads by the word for its kind, whatever the gazetteers hold: the gazetteer's
    entry where it has one, else a place of `kind` of its own."""
    taken = SpanMask(len(text), [p.span for p in found])
    out = []
    for m in rx.finditer(text):
        name, (a, b) = m.group("name"), m.span("name")
        if not mask.hits(a, b) and not taken.hits(a, b):
            out.append(PlaceMention(name, entry(fold(name)) or Entry(name, kind, 0, False), (a, b)))
    return out


# Uganda's sub-regions, named by a word and their kind: "Acholi Subregion", "Busoga Sub-region" (no
# gazetteer holds them; "the Teso sub-region" in lower case is left to the word alone).
RE_SUBREGION = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]{2,}(?:[ -]Sub-?region))(?![\w'’-])")


RE_SEAT_SUFFIX = re.compile(r"-(?:based|headquartered)$")
WASHINGTON_DC = Entry("Washington, D.C.", "city", 700_000, False)
# Country initials that are no acronym of a body: "in the UK", "U.S." (written "US" only after "the").
RE_COUNTRY_INITIALS = re.compile(r"UK|USA|UAE|NZ")
RE_THE_BEFORE = re.compile(r"\b(?:the|in|to|from|of)\s+$", re.I)


# "US$100,000", "265 billion U.S. dollars": a currency, not the country.
RE_CURRENCY_AFTER = re.compile(r"\$| dollars?\b")


def _country_initials(text: str, surface: str, a: int, b: int) -> bool:
    if RE_CURRENCY_AFTER.match(text, b):
        return False
    if RE_COUNTRY_INITIALS.fullmatch(surface):
        return True
    return surface == "US" and bool(RE_THE_BEFORE.search(text[max(0, a - 8) : a]))


def _the_noun(text: str, a: int, b: int) -> bool:
    """ "at the Centre.", "outside the Union, ...", "the University's": an everyday word after "the",
    before a clause's end or a small word, is the word, whatever place it also names; "the
    Kilnbury store" names the town."""
    return text[max(0, a - 4) : a] in ("the ", "The ") and bool(RE_WORD_ENDS.match(text, b))


# What may follow such a word: a clause's end, or a verb or a small word that opens what follows.
RE_WORD_ENDS = re.compile(
    r"['’]s\b|\s*(?:[.,;:!?)\n]|$)|\s+(?:said|says|has|had|have|is|was|will|would|and|or|in|on|at|for|to|with|government)\b"
)


@lru_cache(maxsize=CACHED_PLACES)
def _lookup_surface(surface: str) -> Entry | None:
    """The entry of a surface; "Davao City", "TAGUM CITY" as the city of that name."""
    key = fold(surface)
    if key in gazetteer():
        e = entry(key)
        if e is not None and len(surface) <= 3 and e.kind != "city" and not surface.isupper():
            return None  # "Contact Us", "About Us": a country's or a state's code is written in capitals
        if e is not None and not e.common and surface.isascii() and not e.name.isascii() and key in foreign_words():
            # "Para conseguirlo", "para financiar": the Spanish and Portuguese word, written without the
            # accent the state's name has (Pará). Such a place needs a cue, as an everyday word's does.
            return e._replace(common=True)
        return e
    if surface.endswith((" City", " CITY")):
        e = entry(fold(surface[:-5]))
        if e is not None and e.kind == "city":
            return e
    division = "-" in surface and surface[-1:].islower() and RE_KOREAN_DIVISION.fullmatch(surface)
    return lookup(surface) if RE_SAINT.match(key) or division else None


RE_NAME_AFTER = re.compile(r" ([A-Z][a-z][\w'’-]*)\b")
RE_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’.-]*) $")
RE_CAPITAL_AFTER = re.compile(r" (?:[A-Z]|& )")


def _inside_longer_name(text: str, a: int, b: int) -> bool:
    """Whether the capitalised word at a:b goes on a name: a capitalised word just after it, or one
    just before it that is no small word ("In Texas")."""
    if RE_CAPITAL_AFTER.match(text, b):
        return True
    before = RE_NAME_BEFORE.search(text, max(0, a - 30), a)
    # "New" is a function word to the finders of bodies ("New members joined"), but a place's first word.
    return before is not None and (before.group(1) == "New" or before.group(1).lower() not in FUNCTION_WORDS)


RE_MOUNT_BEFORE = re.compile(r"\b(?:Mt\.?|Mount) $")
RE_POSTCODE_TAIL = re.compile(r"[- ]\d{3,6}$")
RE_STREET_AFTER = re.compile(r" (?:Street|Road|Avenue|Lane|Drive|Boulevard|Crescent|Close)\b")
RE_COUNTY = re.compile(r"(?:co\.?|county) (?=\w)")
RE_SAINT = re.compile(r"st(e)?\.? ")


# "Panchmahal district", "Bahati Sub-county", "Gochang County": a name and the kind of division it
# is name a place, known to the gazetteer or not.
DIVISIONS = {
    "district", "District", "county", "County", "sub-county", "Sub-county", "Sub-County", "province", "Province",
    "Township",  # "Brownstown Township": a US county's division
}  # fmt: skip


def _named_district(text: str, ws, i: int):
    w = ws[i]
    a = w.start
    if i + 1 >= len(ws) or ws[i + 1].text not in DIVISIONS or text[w.end : ws[i + 1].start] != " ":
        return None
    if w.text.isupper() or w.possessive or all(fold(part) in common_words() for part in w.text.split("-")):
        return None  # "each Province", "the Self-Governing Province": words, not a name
    if i > 0 and text[ws[i - 1].end : a] == " " and ws[i - 1].text[:1].isupper() and not ws[i - 1].possessive:
        return None  # "Jeju Special Autonomous Province": the end of a longer name, not a name of its own
    b = ws[i + 1].end
    surface = text[a:b]
    return (surface, Entry(surface, "region", 0, False), (a, b), 2)


# "Northamptonshire", "Yorkshire" and with a compass point before it, "West Yorkshire".
RE_SHIRE = re.compile(r"(?:(?:North|South|East|West) )?[A-Z][a-z]{2,}shire")


def _shire(text: str, ws, i: int):
    """A county of England, Scotland or Wales by the ending their names share: the gazetteer holds
    only ISO 3166-2's present divisions ("Northamptonshire" was split in 2021, "Yorkshire" and "West
    Yorkshire" are none). Not the first word of a longer name ("Yorkshire Water", "Hampshire County
    Council") nor a surname after a given name ("Susan Hampshire")."""
    n = 2 if i + 1 < len(ws) and ws[i + 1].text.endswith("shire") else 1
    a, b = ws[i].start, ws[i + n - 1].end
    if not RE_SHIRE.fullmatch(text, a, b) or ws[i].possessive:
        return None
    if i + n < len(ws) and text[b : ws[i + n].start] == " " and ws[i + n].text[:1].isupper():
        return None
    if i > 0 and text[ws[i - 1].end : a] == " " and ws[i - 1].text[:1].isupper():
        return None
    return (text[a:b], entry(fold(text[a:b])) or Entry(text[a:b], "region", 0, False), (a, b), n)


def _named_city(text: str, ws, i: int, run: int):
    """ "in Tagum City": one or two capitalised words and "City" after a locative word name a city,
    known to the gazetteer or not."""
    for n in (2, 3):
        if (
            n > run
            or ws[i + n - 1].text not in ("City", "CITY")
            or not all(w.text[:1].isupper() for w in ws[i : i + n])
        ):
            continue
        a, b = ws[i].start, ws[i + n - 1].end
        if RE_LOCATIVE_BEFORE.search(text[max(0, a - 20) : a]):
            surface = text[a:b]
            return (surface, Entry(surface, "city", 0, False), (a, b), n)
    return None


# "in Anao, Hingyon, Ifugao": capitalised words, each followed by a comma, before a province or a
# country and after a locative word, are the towns within it, however small.
RE_TOWN_BEFORE = re.compile(rf"([{U}][{L}]{{2,}}(?:[ -][{U}][{L}]{{2,}})?),[ \u00a0]$")
RE_TOWN_LOCATIVE = re.compile(r"\b(?:in|at|from|near|of|to)[ \u00a0]+$")
# Ireland's counties, after the towns in them: "Newcastle West, Co. Limerick".
RE_COUNTY_BEFORE = re.compile(r"(?<=, )(?:Co\.|County) $")


def _towns_before(text: str, a: int, mask: SpanMask) -> list[PlaceMention]:
    towns: list[tuple[str, int, int]] = []
    at = a
    for _ in range(3):
        m = RE_TOWN_BEFORE.search(text[max(0, at - 40) : at])
        if not m:
            return []
        start = at - (len(text[max(0, at - 40) : at]) - m.start(1))
        town = m.group(1)
        parts = [fold(part) for part in re.split("[ -]", town)]
        if all(p in common_words() for p in parts) and (len(parts) > 1 or parts[0] in everyday_words()):
            # "Star of Social Innovation, China": a body's words, not a town no gazetteer knows; one frequent
            # word that is no everyday one is a town ("Humboldt, Santa Fe")
            return []
        if mask.hits(start, start + len(town)):
            return []
        towns.append((town, start, start + len(town)))
        if RE_TOWN_LOCATIVE.search(text[max(0, start - 8) : start]):
            return [
                PlaceMention(t, entry(fold(t)) or Entry(t, "city", 0, False), (s, e))
                for t, s, e in towns
                if entry(fold(t)) is None
            ]  # the known ones the main pass finds
        at = start
    return []


# "in Yogjakarta, Indonesia": a capitalised word before a country's name is a city of it,
# spelt as GeoNames spells it where one is close enough.
RE_CITY_COUNTRY = re.compile(r"\b(?:in|at|from|to|near|of)\s+$")


def _city_of_country(text: str, ws, i: int):
    w = ws[i]
    j = i + 2  # the word after the comma
    if (
        j >= len(ws)
        or text[w.end : ws[j].start] != ", "
        or not RE_CITY_COUNTRY.search(text[max(0, w.start - 8) : w.start])
    ):
        return None
    country = entry(fold(ws[j].bare))
    if country is None or country.kind != "country" or len(w.text) < 5:
        return None
    import difflib

    close = difflib.get_close_matches(w.text, cities_by_country().get(country.name, []), n=1, cutoff=0.8)
    city = entry(fold(close[0])) if close else Entry(w.text, "city", 0, False)
    return (w.text, city, (w.start, w.end), 1)
