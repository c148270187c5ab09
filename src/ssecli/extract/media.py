"""Media outlets named by what a text says they do: 'as reported in The Times', 'told Rwanda
Today', 'as quoted by Antara', 'a reporter of The Asian Age', 'Source: News Bharati'; wire
agencies by their datelines and sign-offs ('LAHORE, July 1 (APP):', '... — Bernama').

An outlet's name is often words with no organisation word in them; the verb of reporting
before it is the cue. Only a name that no other pass took, and that is no place, month, person
or title, is kept."""

from __future__ import annotations

import re

from ssecli.extract.anchored import finditer_at, lead_words, words_pattern
from ssecli.extract.gazetteer import common_words
from ssecli.extract.lexicon import MEDIA_HEADS, MONTH_NAMES, NON_ORG_ACRONYMS, TITLE_WORDS
from ssecli.extract.names import HONORIFICS, everyday_words, is_given_name
from ssecli.extract.spans import OrgMention, head_kind
from ssecli.extract.text import RE_POSSESSIVE_END, fold, is_acronym

# What reporters and their outlets do, and the word before the outlet's name.
CUES = (
    r"(?:reported|quoted|cited|carried|published|broadcast|aired) (?:by|in|on)|told|"
    r"(?:piece|article|story|interview|op-ed|column|ad|advertisement|editorial|survey|poll) (?:in|with|for|by)|"
    r"speaking to|spoke to|writing in|wrote in|(?:reporter|correspondent|columnist) (?:of|for|with|at)"
)
RE_MEDIA_CUE = re.compile(
    rf"\b(?:{CUES}|^[ \t]*Source[ \t]?:)"
    r"[ \t]+(?:the[ \t]+|(?P<The>The)[ \t]+)?"
    r"(?P<name>[A-Z][\w'’&-]*(?:[ \t][A-Z][\w'’&-]*){0,4})",
    re.M,
)
# Where RE_MEDIA_CUE can match: at its first words, or at the start of a line that says "Source"
# (tried there alone, see anchored.py: the same matches as a scan of the whole text).
RE_CUE_WORD = re.compile(r"(?<!\w)" + words_pattern(lead_words(CUES) | {"Source"}) + r"(?!\w)")
# A courtesy title or an office before a name: a person's, no outlet's.
RANKS = HONORIFICS | TITLE_WORDS
# "Source : News Bharati English Date : 14-May-2017": a field after the name is no part of it.
RE_FIELD_AFTER = re.compile(r"[ \t](?:Date|Time|Updated|Published|Posted)\b.*$")
# A name that goes on past the run the cue read: a sixth word, or more joined by "and" or "of"
# ("told Union Home and Cooperation Minister Amit Shah").
RE_NAME_GOES_ON = re.compile(r"[ \t]+(?:(?:and|of|&|for)[ \t]+)?[A-Z]")


def named_outlets(text: str, add, overlaps, is_place) -> None:
    """Add each outlet a cue names in `text` (see the module's text)."""
    for m in finditer_at(RE_MEDIA_CUE, text, _cue_starts(text)):
        name = RE_POSSESSIVE_END.sub("", RE_FIELD_AFTER.sub("", m.group("name")))
        a = m.start("name")
        if RE_NAME_GOES_ON.match(text, m.end("name")):
            continue  # "told Union Home and Cooperation Minister ...", "Source: OECD Local Economic and ..."
        # "in The Observer": a capital "The" after the cue is the name's own
        own_the = m.group("The") is not None
        if _is_outlet(name, m.group().startswith("told"), own_the, is_place) and not overlaps(a, a + len(name)):
            add(OrgMention(name, (a, a + len(name))))


# A credit line's source: "By Yonhap Published : ...", "Photo: Xinhua", "... 10:01 PM from Manila Bulletin".
# The name is one word (an agency) after "By" or "Photo:", or the line's end after a day or a time.
RE_CREDIT_SOURCE = re.compile(
    r"^[ \t]*By[ \t]+(?P<by>[A-Z][\w&-]+)[ \t]+(?:Published|Updated|Posted)\b"
    r"|\bPhotos?[ \t]?:[ \t]*(?P<photo>[A-Z][\w&-]+)[ \t]*(?:$|[/,)])"
    r"|(?:\d{4}|[AP]M)[ \t]+from[ \t]+(?P<from>[A-Z][\w&'’-]*(?:[ \t][A-Z][\w&'’-]*){0,3})[ \t]*$",
)
# Last words of papers' and agencies' names, read only where a credit line names its source.
OUTLET_ENDS = MEDIA_HEADS | {"bulletin", "mirror", "news", "press", "journal", "magazine", "online", "today", "star"}
RE_CREDIT_LINE = re.compile(r"^.*(?:\bBy .*(?:Published|Updated|Posted)|Photos? ?:| from [A-Z]).*$", re.M)


def credited_sources(text: str, add, overlaps, is_place) -> None:
    """Add each agency or outlet a credit line names (RE_CREDIT_SOURCE), tried on those lines alone."""
    for line in RE_CREDIT_LINE.finditer(text):
        for m in RE_CREDIT_SOURCE.finditer(line.group()):
            key = next(k for k in ("by", "photo", "from") if m.group(k))
            name, a = m.group(key), line.start() + m.start(key)
            words = name.split()
            if fold(words[0]) in RANKS:
                continue
            if (
                fold(name) in common_words()
                if len(words) == 1
                else is_given_name(words[0]) and fold(words[-1]) not in OUTLET_ENDS
            ):
                continue  # "Photo: Supplied"; "from Jane Doe", a person ("Manila Bulletin" is a paper's)
            # A credit names its source whatever its head ("Manila Bulletin"), and a one-word source
            # may share its name with a town ("Photo: Xinhua"); after "from", a place is a place.
            if key == "from" and is_place(name) or overlaps(a, a + len(name)):
                continue
            add(OrgMention(name, (a, a + len(name))))


def _cue_starts(text: str) -> list[int]:
    starts = []
    for w in RE_CUE_WORD.finditer(text):
        if w.group() == "Source":
            starts.append(text.rfind("\n", 0, w.start()) + 1)
        starts.append(w.start())
    return sorted(set(starts))


def _is_outlet(name: str, told: bool, own_the: bool, is_place) -> bool:
    words = name.split()
    first = fold(words[0])
    if first in RANKS or first in MONTH_NAMES or is_place(name):
        return False
    if head_kind(name) == "other" or is_given_name(words[0]) and len(words) <= 3:
        return False  # "told Jane Wanjiku", "published in the Annual Report"
    if len(words) == 1:
        # "told Reuters", "in The Times"; not "told Parliament" or, after "told", a surname ("told Wanjiru")
        if fold(name) in MEDIA_HEADS or own_the:
            return True
        return not told and (is_acronym(name) or fold(name) not in common_words())
    return True


# "LAHORE, July 1 (APP):", "May 22, 2006 (LBO) –", "OTTAWA, Jan. 7 /CNW/ --": the wire agency of a dateline
# (after the "date 2017-07-01" a crawl may put first). "Feb. 27, 2024 (GLOBE NEWSWIRE) --": a wire's name
# may be two words; "WASHINGTON, DC--(Marketwire - Oct 31, 2011) -": the date inside the agency's bracket.
AGENCY = r"[A-Z][A-Za-z]{1,14}(?: [A-Z][A-Za-z]{1,14})?"
RE_WIRE_AGENCY = re.compile(
    r"^[^\S\n]*(?:date \d{4}-\d\d-\d\d )?[A-Z][^\n()/]{2,50}?(?:\d|,)[^\n()/]{0,30}?[ ]?"
    rf"(?:\((?P<a>{AGENCY})\)|/(?P<b>{AGENCY})/)\s*(?::|--|–|—|-)\s"
    rf"|^[^\S\n]*[A-Z][^\n()]{{2,50}}?--\((?P<c>{AGENCY}) - [^()\n]{{6,20}}\)\s*(?:--|–|—|-)\s",
    re.M,
)


# Where one can be: an agency's letters in brackets or slashes, then the dash or colon of a dateline.
RE_AGENCY_TRIGGER = re.compile(rf"[(/]{AGENCY}[)/]\s*(?::|--|–|—|-)\s|--\({AGENCY} - ")
# A wire service by its name's end, in whatever case it writes it: "PRNewswire", "Marketwire".
RE_WIRE_NAME = re.compile(r"(?i:wire)$")


# "... the appropriate benefits. — Bernama": a wire agency signing the story off at a paragraph's end.
RE_AGENCY_SIGNOFF = re.compile(r"[.!?”\"][ \t]+(?:—|–|--|-)[ \t]*(?P<a>[A-Z][A-Za-z]{1,15})[ \t]*$", re.M)


# Korea's press writes where and for whom a story was filed in brackets: "(Seoul=Yonhap) --",
# "[Sejong=Asia Economy Reporter Moon Chae-seok]". The outlet is the part after "=".
RE_PLACE_EQUALS_OUTLET = re.compile(
    r"[\[(][A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+)?=(?P<a>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}?)"
    r"(?= (?:[Rr]eporter|[Cc]orrespondent|[Ss]taff [Ww]riter)\b|[\])])"
)


def wire_agencies(text: str, add, overlaps, is_place) -> None:
    """Add each wire agency a dateline, a sign-off or a bracket of Korea's press names in `text`."""
    for m in RE_PLACE_EQUALS_OUTLET.finditer(text) if "=" in text else ():
        if not (is_place(m.group("a")) or overlaps(*m.span("a"))):
            add(OrgMention(m.group("a"), m.span("a")))
    for m in RE_AGENCY_SIGNOFF.finditer(text) if "— " in text or "– " in text or "- " in text else ():
        name = m.group("a")
        if (
            name not in NON_ORG_ACRONYMS
            and fold(name) not in common_words()
            and not is_given_name(name)
            and not is_place(name)
            and not overlaps(*m.span("a"))
        ):
            add(OrgMention(name, m.span("a")))
    for t in RE_AGENCY_TRIGGER.finditer(text):
        line = RE_WIRE_AGENCY.match(text, text.rfind("\n", 0, t.start()) + 1)
        if line is None or line.end() < t.end():
            continue
        group = next(g for g in "abc" if line.group(g))
        name, span = line.group(group), line.span(group)
        if name in NON_ORG_ACRONYMS or overlaps(*span):
            continue
        # "(Yonhap) --", "(Reuters) -": a name in its own case too, unless a place or an everyday word
        # stands in the bracket ("(Kenya) -", "(Update) -")
        if name.isupper() or RE_WIRE_NAME.search(name) or not (is_place(name) or _everyday(name)):
            add(OrgMention(name, span))


def _everyday(name: str) -> bool:
    return any(fold(w) in everyday_words() for w in name.split())
