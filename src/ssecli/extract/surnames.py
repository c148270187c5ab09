"""People named by one word alone, where the text never gives their full name: after an office
or a courtesy title ("Minister Mabuza said", "farmers thanked President Okwonga", "Mr. Asante
stated", "Dr. Ekwueme, the guest speaker"), and beside a verb of speech that closes or follows a
quote ("... will last," said Mabhena. / "... due to them," Tumwebaze explained).

A single word has no shape to go by (no given name, no two capitalised words), so the words
around it decide, and the word itself must be none of what a capital there often is: an everyday
English word ("Chief Executive", "said Tuesday", "He said"), an acronym ("said GRA"), a place, a
body, or a word of another language. Where the full name is in the text, the person is found
under it, and the word alone adds no one."""

from __future__ import annotations

import re

from ssecli.extract.anchored import finditer_at
from ssecli.extract.lexicon import SURNAME_TITLES
from ssecli.extract.names import HONORIFICS, everyday_words, foreign_words
from ssecli.extract.people import HONORIFIC, SPEECH, PersonMention
from ssecli.extract.roles import ROLE_TITLE
from ssecli.extract.text import capitalised_words, fold, is_acronym, words

# Offices before a holder's surname, besides the titles a surname alone follows everywhere.
OFFICES = (
    *SURNAME_TITLES, "Prime Minister", "Chairman", "Chairperson", "Chairwoman", "Governor", "Senator",
    "Chancellor", "Premier", "Commissioner", "Councillor", "Cllr", "Chief", "Judge", "Justice", "Bishop",
)  # fmt: skip
ONE_WORD = r"(?P<name>[A-Z][a-z][\w'’-]*?)(?:['’]s)?"
# The title, then one word that no capital, bracket or "of" continues: "President Okwonga for",
# not "President Hotel Group" nor "Minister Counsellor of".
RE_TITLED = re.compile(
    rf"(?<![\w'’.-])(?P<title>{'|'.join(re.escape(t) for t in sorted(OFFICES, key=len, reverse=True))})\.?"
    rf"[ \u00a0]+{ONE_WORD}(?![\w'’-]|[ \u00a0]*[A-Z(]|[ \u00a0]+(?:of|de|du|des|del|da|do)\b)"
)
# "Senator MADIGAN (Victoria) (14:51):", "The PRESIDENT:": a parliament's record names a speaker by the
# office and the surname in capitals, before the speaker's seat or a colon.
RE_TITLED_CAPS = re.compile(
    rf"(?<![\w'’.-])(?P<title>{'|'.join(re.escape(t) for t in sorted(OFFICES, key=len, reverse=True))})\.?"
    r"[ \u00a0]+(?P<name>[A-Z]{3,}(?:-[A-Z]{2,})?)(?=[ \u00a0]*(?:\(|:))"
)
RE_CAPS_BEFORE_SEAT = re.compile(r"[A-Z]{3}[ \u00a0]*[(:]")
# '"...," said Mabhena.' and '"...," Tumwebaze explained': a quote's speaker.
RE_SAID_ONE = re.compile(rf"[,”\"][ \u00a0]*{SPEECH}[ \u00a0]+{ONE_WORD}(?=[ \u00a0]*[,.;:]|[ \u00a0]*$)", re.M)
RE_ONE_SAID = re.compile(rf"[”\"][ \u00a0]+{ONE_WORD}[ \u00a0]+{SPEECH}\b")
# Offices that follow another title as a second word of the office ("Chief Magistrate", "Chief
# Whip"), besides those roles.ROLE_TITLE and the everyday words hold.
OFFICE_NOUNS = {
    "magistrate", "justice", "whip", "inspector", "constable", "superintendent", "registrar", "auditor",
    "steward", "engineer", "surgeon", "scientist", "counsel", "counsellor", "emeritus", "designate", "elect",
}  # fmt: skip
RE_ROLE = re.compile(ROLE_TITLE)
RE_HONORIFIC = re.compile(HONORIFIC)  # "Chairperson Atty. Ramon Velasco": a title, then the name


def surname_people(text: str, people: list[PersonMention], taken, is_place, is_org) -> list[PersonMention]:
    """The people of `text` named by one word after a title or beside a quote, that `people` lacks
    (`taken`: spans other bodies hold)."""
    named = [w for p in people for w in p.name.split()]
    known = {fold(w) for w in named} | {fold(part) for w in named for part in w.split("-")}
    out: list[PersonMention] = []
    # A title is a capitalised word: the pattern is tried there only, not at every character.
    ws = words(text)
    at_capitals = [ws[i].start for i in capitalised_words(text)]
    titled = finditer_at(RE_TITLED, text, at_capitals)
    in_capitals = finditer_at(RE_TITLED_CAPS, text, at_capitals) if RE_CAPS_BEFORE_SEAT.search(text) else ()
    for matches in (titled, RE_SAID_ONE.finditer(text), RE_ONE_SAID.finditer(text), in_capitals):
        for m in matches:
            name, (a, b) = m.group("name"), m.span("name")
            key = fold(name)
            if key in known or taken(a, b) or not _surname(name.title() if name.isupper() else name, is_place, is_org):
                continue
            known.add(key)
            title = m.groupdict().get("title")
            role = title if title and fold(title) not in HONORIFICS else None
            out.append(PersonMention(name, role, (a, b)))
    return out


def _surname(word: str, is_place, is_org) -> bool:
    low = fold(word)
    return not (
        low in everyday_words()
        or low in foreign_words()
        or is_acronym(word)
        or is_place(word)
        or is_org(word)
        or low in HONORIFICS
        or low in OFFICE_NOUNS
        or RE_ROLE.fullmatch(word) is not None
        or RE_HONORIFIC.fullmatch(word) is not None
    )
