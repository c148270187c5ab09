"""The word lists of the people finder: words that are no part of a person's name, and words
around a role that are no part of it."""

from __future__ import annotations

import re

from ssecli.extract.gazetteer import common_words
from ssecli.extract.lexicon import FUNCTION_WORDS, MEMBER_TITLES, MONTH_NAMES, NON_ORG_HEADS, ORG_WORDS, TITLE_WORDS
from ssecli.extract.names import everyday_words, given_rank
from ssecli.extract.spans import PLURAL_HEADS
from ssecli.extract.text import fold

PARLIAMENT_TITLES = "(?:" + "|".join(MEMBER_TITLES) + ")"

# The verbs that report speech, as a pattern: "X said", "said X".
SPEECH = (
    r"(?:said|says|noted|notes|added|adds|stressed|explained|emphasi[sz]ed|told|remarked|commented|highlighted|"
    r"underlined|pointed out|announced|urged|welcomed|stated|observed|argued|recalled|warned|concluded|"
    r"affirmed|declared|shared|asked|replied|answered|insisted|acknowledged|described|presented|reported|"
    r"suggested|proposed|cited|recounted|predicted|cautioned|agreed|wrote|writes)"
)
SPEECH_WORDS = frozenset(verb for verb in SPEECH[3:-1].split("|") if verb.isalpha())

# Words that end a capitalised run before a role rather than belong to a name.
NOT_NAME_WORDS = (
    ORG_WORDS
    | PLURAL_HEADS
    | TITLE_WORDS
    | FUNCTION_WORDS
    | MONTH_NAMES
    | NON_ORG_HEADS
    | {
        "social",
        "economy",
        "solidarity",
        "cooperatives",
        "cooperative",
        "international",
        "national",
        "global",
        "regional",
        "republic",
        "korea",
        "asia",
        "pacific",
        "europe",
        "africa",
        "america",
        "day",
        "week",
        "year",
        "agenda",
        "programme",
        "project",
        "conference",
        "act",
        "law",
        "minister",
        "mr",
        "ms",
        "dr",
        "professor",
        "prof",
        "question",
        "answer",
        "q",
        "a",
        "interview",
        "interviewer",
        "editor",
        "note",
        "summary",
        "contact",
        "read",
        "more",
        "click",
        "here",
        "statement",
        "press",
        "release",
        "media",
        "photo",
        "credit",
        "image",
        "source",
        "united",
        "nations",
        "north",
        "south",
        "east",
        "west",
        "new",
        "great",
        "ministry",
        "university",
        "county",
        "province",
        "city",
        "district",
        "state",
        "region",
        "island",
        "islands",
        "street",
        "road",
        "barangay",
        "village",
        "town",
        "municipality",
    }
)
# What a person says, written after the name in a heading: "President Jane Doe Speech at ...",
# "Minister Ali Khan Remarks": no part of the name.
SPEECH_NOUNS = frozenset({"speech", "speeches", "remarks", "statement", "message", "keynote", "address", "interview"})
# Words of an occasion, not an office, before a title: "Keynote speaker Representative X".
# Everyday nouns that end the name of a place or a thing after a given name ("Victoria Park",
# "Jordan Valley"): no surname, though many surnames are everyday words ("Peter Hunt").
PLACE_NOUNS = {
    "street", "road", "avenue", "park", "square", "hall", "house", "bridge", "station", "hotel", "church",
    "garden", "gardens", "lane", "hill", "island", "beach", "tower", "stadium", "airport", "market", "plaza",
    "city", "county", "river", "lake", "bay", "valley", "falls", "point", "hospital", "place", "way", "drive",
    "mall", "field", "fields", "town", "village", "state", "cup", "prize", "award", "plan", "report", "estate",
}  # fmt: skip
OCCASION_WORDS = {"guest", "speaker", "keynote", "moderator", "panelist", "panellist", "host", "honour", "honor"}
ROLE_STOP = {
    "by",
    "to",
    "were",
    "was",
    "is",
    "are",
    "and",
    "the",
    "of",
    "at",
    "in",
    "with",
    "from",
    "according",
    "for",
    "on",
    "as",
    "a",
    "an",
    "said",
    "says",
    "that",
    "when",
    "also",
    "including",
    "like",
}


# German writes a role and its field as one word before the name: "Verbandsdirektor Johannes
# Freundlieb", "Vorstandsvorsitzender Wolfgang Kirsch", "DRV-Präsident Franz Meyer". Folded endings.
GERMAN_ROLE_ENDINGS = (
    "direktor", "direktorin", "vorsitzender", "vorsitzende", "prasident", "prasidentin", "mitglied",
    "mitglieder", "sprecher", "sprecherin", "leiter", "leiterin", "geschaftsfuhrer", "geschaftsfuhrerin",
    "burgermeister", "burgermeisterin", "ministerin", "referent", "referentin", "professorin", "vorstand",
    "vorstandin", "anwalt", "anwaltin", "obmann", "obfrau", "redner", "rednerin", "grunder", "grunderin",
    "autor", "autorin", "moderator", "moderatorin", "vertreter", "vertreterin", "berater", "beraterin",
)  # fmt: skip


# Endings of everyday English nouns and participles, which no one's name has; "-ance" and "-ence"
# end given names and surnames too ("Constance", "Florence", "Spence"), which are names.
RE_ABSTRACT_NOUN = re.compile(r"(?:ing|ency|ancy|ment|tion|sion|ity|ship|ness|ism|ure|ance|ence)$")


def abstract_noun(word: str) -> bool:
    """'governance', 'participation': a word of everyday English no person is named by (lower case)."""
    if len(word) < 6 or not RE_ABSTRACT_NOUN.search(word) or word not in common_words():
        return False
    if word.endswith("ing") and word not in everyday_words():
        return False  # "Browning", "Fielding", "Harding": surnames, where "Training" and "Housing" are words
    return not word.endswith(("ance", "ence")) or len(word) >= 8 and not given_rank(word)  # not "Spence"


# Words no name holds that are surnames too, after a given name: "Tim West", "Simon Day", "Elaine Dean".
SURNAME_WORDS = {"west", "east", "north", "south", "day", "dean", "read"}


def word_surname(toks: list[str]) -> bool:
    """A given name, then one of SURNAME_WORDS: the word is the surname of the person so named."""
    return (
        len(toks) == 2
        and toks[1].lower() in SURNAME_WORDS
        and given_rank(toks[0]) > 0
        and fold(toks[0]) not in NOT_NAME_WORDS
    )
