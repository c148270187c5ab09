"""People: a capitalised name is a person where the text says so, by an honorific
or title before it (Mr, Dr, Minister), a role in apposition on either side
(`X, Director of Y`; `the president of Y, X`), a verb of speech (`said X`), a
speaker label (`X:` at a line's start) or a byline (`By X`).

Names stay in the order written (`Noh Kil Jun`), without honorifics."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ssecli.extract import anchored, lexicon, name_edges, people_words
from ssecli.extract.anchored import finditer_at, search_at
from ssecli.extract.bylines import bare_bylines
from ssecli.extract.cjk import cjk_people
from ssecli.extract.gazetteer import common_words
from ssecli.extract.lexicon import COURTESY_AFTER_ROLES, COURTESY_TITLES, MONTH_NAMES, NON_ORG_HEADS, PLACE_KINDS
from ssecli.extract.name_shapes import (
    after_given_names,
    everyday_surname,
    first_name_rank,
    is_given,
    is_region,
    may_surname,
    opens_sentence,
    short_name_part,
)
from ssecli.extract.names import SHORT_MUHAMMAD, everyday_words, foreign_words, given_rank
from ssecli.extract.office_holders import (
    bylined_in_capitals,
    holders_after_bodies,
    honoured_in_capitals,
    members_by_title,
    office_holders,
)
from ssecli.extract.people_words import NOT_NAME_WORDS, OCCASION_WORDS, PARLIAMENT_TITLES, ROLE_STOP, SPEECH
from ssecli.extract.roles import ELECTED_ABROAD, ROLE_START, ROLE_TITLE, clean_role, role_name_starts
from ssecli.extract.text import RE_POSSESSIVE_END, L, SpanMask, U, fold, line_starts

# One part of a name: "Kim", "Vejs-Kjeldgaard", "Young-joong", "O'Neil", "O’Donnell", "McDonald",
# "Turley-McIntyre"; each written as its first capital and the rest, which RE_NAME_STARTS looks ahead for.
NAME_PART_REST = (
    rf"(?:['’][{U}])?[{L}'’]*[{L}](?:[{U}][{L}]+)?(?:-[{U}{L}][{L}'’]*(?:[{U}][{L}]+)?){{0,3}}"
    rf"(?:['’](?= [{U}]))?"  # "Ochieng' Wafula"
)
NAME_PART = rf"[{U}]{NAME_PART_REST}"
INITIAL = rf"[{U}]\.(?:[{U}]\.)*"  # "B.", "B.B."
# Inside a name, British, Irish and Philippine papers write a middle initial without its full stop:
# "Michael D Higgins", "Juan Miguel F Zubiri" (not "A" or "I", which are words).
MIDDLE_INITIAL = rf"{INITIAL}|(?![AI] )[{U}](?=[ \u00a0]{{1,3}}[{U}][{L}])"
# The particles inside a name, before a surname ("y" and "i" join two names as often: not these).
INNER_PARTICLES = {"van", "von", "de", "da", "do", "del", "della", "der", "den", "di", "du", "dos", "das", "la", "le"}
PARTICLE = (
    r"(?:van|von|de|da|do|del|della|der|den|di|du|dos|das|bin|binti|al|el|le|la|ter|i|y"
    r"|Van|Von|De|Da|Del|Di|Du|Le|La|Dos)"
)
# Two to five parts, the last a full part: "Gilbert F. Houngbo", "Noh Kil Jun", "Vic Van Vurren", and
# "Samir Khalil al-Rami", whose article is glued to the part after it, as Arabic names write it.
FULL_NAME_REST = (
    rf"{NAME_PART_REST}(?:[ \u00a0]{{1,3}}(?:{MIDDLE_INITIAL}|{PARTICLE}|{NAME_PART})){{0,3}}"
    rf"[ \u00a0]{{1,3}}(?:[ae]l-)?{NAME_PART}"
)
FULL_NAME = rf"[{U}]{FULL_NAME_REST}"
# "Fine Gael TD Kieran O'Donnell": a party, its member's title, then the member's name; not "Jane
# Smith MSP welcomed it", where the name is the member's.
RE_PARLIAMENT_AFTER = re.compile(rf" {PARLIAMENT_TITLES}\b(?= [A-Z][a-z])")
# A courtesy title is no role: "Mr Kim" says nothing of what Kim does.
NO_ROLE_TITLES = {t.lower() for t in COURTESY_TITLES}
# Offices that are common given names too: "said Dean McKim" names Dean McKim.
GIVEN_NAME_TITLES = {"dean"}
HONORIFIC = (
    "(?:"
    + "|".join(map(re.escape, COURTESY_TITLES))
    + r"|Ambassador|Minister|Vice[- ]Minister|Deputy Minister|Mayor|Governor"
    r"|President|Vice[- ]President|Chairperson|Chairman|Chairwoman|Chair|Commissioner|Director[- ]General"
    r"|Secretary[- ]General|Director|Deputy Director|Executive Director|CEO|Senator|Rep|Councillor"
    r"|Councilor|Cllr|Council(?:man|woman|member)|Alder(?:man|woman|person)|Dean|Rector|Lawmaker|Judge|Justice"
    r"|Representative|Assemblyman|Assemblywoman|" + PARLIAMENT_TITLES + r""
    r"|Researcher|Economist|Lawyer|Attorney|Activist|Journalist|Vice[- ]Chair(?:man|woman|person)?"
    r"|Premier|Vice[- ]Premier|Vice[- ]Governor|Treasurer|Founder|Co-founder|Coordinator|Chef|Farmer|Teacher"
    r"|Pastor|Father|MEC|(?:Premier )?[Mm]inistre|Président|Presidente|Ministr[oa](?: Relatora?)?|Atty|"
    + ELECTED_ABROAD
    + r""
    r"|(?:Principal|Permanent|Cabinet|State|Under)[- ]Secretary|Secretary|Undersecretary|Congress(?:wo)?man)"
)
COURTESY = "|".join(sorted(COURTESY_AFTER_ROLES, key=len, reverse=True))
# "Mr E.T. Mensah", "Dr. J. K. Addo": after a title, initials may stand for the given names.
# "Managing Director U S Awasthi", "Dr. W A Wijewardana", "Ms T Mahlangu": initials without their full stops.
INITIALS_NAME = rf"(?:{INITIAL}(?:[ \u00a0]?{INITIAL}){{0,2}}|[{U}](?: [{U}]){{0,2}})[ \u00a0]{NAME_PART}"
# Titles stack: "Datuk Dr Haji Abdul Rahman Abdul Razak Shaik".
RE_HONORIFIC_NAME = re.compile(
    rf"(?<![\w])(?P<title>{HONORIFIC})\.?[ \u00a0]+(?:(?:{HONORIFIC})\.?[ \u00a0]+){{0,3}}"
    rf"(?P<name>{FULL_NAME}|{INITIALS_NAME}(?![\w'’-]))"
)
RE_NAME_ROLE = re.compile(rf"(?P<name>{FULL_NAME})(?:['’]s)?,[ \u00a0]+(?P<role>{ROLE_START}[^.;\n]{{0,240}})")
# A role before the name, closed by a comma: "the president of Sungkonghoe University (SKHU), Keyong-Moon Kim".
RE_ROLE_NAME = re.compile(
    rf"(?P<role>(?<![\w])(?:{ROLE_START})[^.;,\n(]{{0,200}}(?:\([^()\n]{{0,160}}\)[^.;,\n]{{0,120}})?),"
    rf"[ \u00a0]+(?P<name>{FULL_NAME})"
    r"(?=[,.;:)\n]|\s+(?:said|says|has|have|had|is|was|will|who|and|delivered|explained|noted|added|stressed"
    r"|emphasi[sz]ed|spoke|opened|welcomed)\b|$)"
)
RE_NAME_COMMA_BEFORE = re.compile(rf"(?<![\w'’-]){FULL_NAME},[ \u00a0]+$")
# A title written straight before the name: "ILO Director-General Gilbert F. Houngbo".
SAID_ASIDE = r",[^,\n]{3,120},"  # "X, president of Y, said"
AUX = r"(?:has|had|also|further)"
SPEECH_AUX = rf"(?:\s+{AUX})?"  # "X has said", "X further shared"
RE_NAME_SAID = re.compile(
    rf"(?P<name>{FULL_NAME})(?:{SAID_ASIDE}|\s+(?:of|from)\s+(?:the\s+)?[A-Za-z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,4}})?"
    rf"{SPEECH_AUX}\s+{SPEECH}\b"
)
# "Dileep Sanghani was elected", "X and Y were appointed as vice presidents", "X served as CEO of Y": a body is elected
# too ("Kenya was elected to the Council"), and the name's checks tell it from a person.
APPOINTED = (
    r"(?:(?:was|were|has been|have been|had been|is|will be)\s+(?:unanimously\s+|newly\s+|also\s+)?"
    r"(?:re-?)?(?:elected|appointed|named|nominated|installed|sworn in|voted in|chosen)\b"
    r"|(?:has\s+|had\s+|also\s+)?(?:served|serves)(?=\s+as\s))"  # "X served as CEO of Y"
)
RE_APPOINTED = re.compile(rf"\s{APPOINTED}")
RE_NAME_APPOINTED = re.compile(
    rf"(?P<name>{FULL_NAME})\s+{APPOINTED}"
    rf"(?:\s+as\s+(?:its\s+|the\s+|a\s+|an\s+|new\s+)*(?P<role>{ROLE_START}[^.;,\n]{{0,240}}))?"
)
RE_NAME_AND_END = re.compile(rf"(?P<name>{FULL_NAME})\s+and\s+$")
# "director of policy at ", "CEO of the ": an office tied to the name after it, which is a body's.
RE_ROLE_TIE_BEFORE = re.compile(rf"\b{ROLE_TITLE}\b[^,.;\n]{{0,40}}\s(?:at|of|with)\s+(?:the\s+)?$")
# "For Kang Eun-ji, who co-founded ...": a relative "who" follows a person.
WHO_AFTER = r",\s+who\b"
RE_NAME_WHO = re.compile(rf"(?P<name>{FULL_NAME}){WHO_AFTER}")
RE_SAID_NAME = re.compile(rf"\b{SPEECH}[ \u00a0]+(?P<name>{FULL_NAME})")
ACCORDING = (
    r"(?:[Aa]ccording to|[Ii]nterview with|[Ii]nterviewed|[Mm]essage from|[Ss]peech by|[Pp]resented by|[Ll]ed by"
    r"|[Mm]oderated by|[Hh]osted by|[Jj]oined by|[Ww]ritten by|[Cc]haired by|[Ii]nterview by|[Rr]eported by"
    r"|[Ee]dited by|(?:[Pp]osted|[Pp]ublished)(?: on [^|\n]{4,30}?)? by)"
)
RE_ACCORDING = re.compile(rf"\b{ACCORDING}[ \u00a0]+(?P<name>{FULL_NAME})")
RE_BYLINE = re.compile(
    r"^[-*•\s]*(?:By|BY|Author|author|Contact|Contacts|Media|Media contact|Press contact|Press|Enquiries"
    r"|Inquiries|Written by|Story by|Report by|Words by|Text by|From)\s*:?"
    rf"[ \u00a0]+(?P<name>{FULL_NAME})(?:,[ \u00a0]*(?P<role>[^\n]+))?",
    re.M,
)
RE_SPEAKER = re.compile(rf"^(?:(?:{HONORIFIC})\.?[ \u00a0]+)?(?P<name>{FULL_NAME})\s*:", re.M)
# A name with a telephone number: "(Lee Min-ji, +82-44-202-7363)".
PHONE_AFTER = r",[^\n,]{0,60}?,?\s*(?:\+\d|\(\d|Tel)"
RE_NAME_PHONE = re.compile(rf"(?P<name>{FULL_NAME}){PHONE_AFTER}")
# "Tomasz Wierzbicki of the National Cooperative Council of Poland", "elects X as coordinator".
RE_NAME_OF_BODY = re.compile(
    rf"(?P<name>{FULL_NAME}),?\s+(?:of|from)\s+(?:the\s+)?(?P<body>[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*)){{0,12}})"
)
AS_ASIDE = r",[^,\n]{3,100},"
RE_NAME_AS = re.compile(
    rf"(?P<name>{FULL_NAME})(?:{AS_ASIDE})?\s+as\s+(?:its\s+|the\s+|a\s+|an\s+|new\s+)*(?P<role>{ROLE_START}[^.;,\n]{{0,240}})"
)
# A signature under a sign-off: "Best regards,\nAnna Kowalczyk".
RE_SIGNATURE = re.compile(
    rf"(?:regards|wishes|sincerely|cordially|thanks|thank you|cheers),?\s*\n+\s*(?P<name>{FULL_NAME})\s*$", re.I | re.M
)
# "Annika BRANDT (+32 2 298 41 17)": press contacts of the EU institutions write the surname in capitals.
RE_CAPS_SURNAME_CONTACT = re.compile(
    rf"^[ \t*•-]*(?P<name>[{U}][{L}]+(?:-[{U}][{L}]+)?(?: [{U}][{L}]+)?(?: [{U}]{{2,}}(?:[-'’][{U}]{{2,}})*)+)"
    r"\s*(?:\(|,|:|–|-)?\s*(?:\+|Tel|tel|\d|[\w.-]+@)",
    re.M,
)
# "Authors: A, B and C (OECD)", "Contact: Global Cooperation Team, Park Seo-yeon (global@...)", "Speakers: ...".
RE_PEOPLE_FIELD = re.compile(
    r"^[ \t*•-]*(?:Authors?|Contacts?|Media contacts?|Press contacts?|Speakers?|Panell?ists?|Editors?|Moderators?|"
    r"Translators?|Reporters?|Writers?|Prepared by|Written by|Compiled by)\s*(?::|\n\s*)\s*(?P<list>[^\n]+)",
    re.M,
)  # "Authors: A, B" or "Authors" on a line of its own above the list
# "@Park Ji-won": a person tagged in a post.
RE_TAGGED = re.compile(rf"@(?:(?:{HONORIFIC})\.?[ \u00a0]+)?(?P<name>{FULL_NAME})")
# "said PhilSEN president Gloria Tan-Macaraeg.": a title between the verb and the name.
RE_SAID_TITLE_NAME = re.compile(
    rf"\b{SPEECH}[ \u00a0]+(?:the[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){{0,4}}?"
    rf"(?:{ROLE_START})[ \u00a0]+(?P<name>{FULL_NAME})(?=[,.;:]|$)",
    re.M,
)
# What a pattern that starts with a name cannot match without: checked once, it spares trying
# the name at every capital of a text that lacks it. Passes are known by name, not by pattern:
# a pattern hashes its whole compiled program at each look-up.
NEEDS = {
    "name_who": lambda text, lower: "who" in text,
    "tagged": lambda text, lower: "@" in text,
    "name_phone": lambda text, lower: "Tel" in text or "+" in text or "(" in text,
    "signature": lambda text, lower: any(
        w in lower for w in ("regards", "wishes", "sincerely", "cordially", "thank", "cheers")
    ),
}
RE_CREDIT = re.compile(
    r"^\s*(?:©|\(c\)|Photo(?: credit)?s?\s*:|Credit\s*:|Image\s*:|Picture\s*:)\s*(?P<who>[^\n]+)", re.M | re.I
)


@dataclass
class PersonMention:
    name: str
    role: str | None
    span: tuple[int, int]


@dataclass
class CreditMention:
    name: str
    text: str
    span: tuple[int, int]


# Compiled once, not looked up in re's cache for each name found.
RE_NAME_SPACES = re.compile(r"[ \u00a0]+")
RE_LEAD_HONORIFIC = re.compile(rf"(?:{HONORIFIC})\.?[ \u00a0]+")
RE_OWNER_FIRST = re.compile(r"(?:[\w-]+[ \u00a0]+){0,4}[\w-]+['’]s[ \u00a0]+")


SAINTS = {"san", "são", "saint", "sainte", "sankt"}


def _valid_name(name: str, is_place, is_org) -> bool:
    toks = RE_NAME_SPACES.split(name)
    if len(toks) == 2 and toks[1] == "May" and is_given(toks[0]) and fold(toks[0]) not in MONTH_NAMES:
        return not (is_place(name) or is_org(name))  # "Theresa May": a month's name, a surname too
    if len(toks) < 2 or len([t for t in toks if t not in INNER_PARTICLES]) > 5:
        return False  # "Arthur Sérgio Brandão de Souza Aguiar": five parts and a particle
    low = [t.lower().strip(".") for t in toks]
    # "Bill Gessner": a word that heads the name of a thing ("the Finance Bill") leads a person's
    # name where it is a given name; it ends no person's name. So does an office ("Dean McKim").
    lead = 1 if low[0] in NON_ORG_HEADS | GIVEN_NAME_TITLES | MONTH_NAMES and is_given(toks[0]) else 0
    named = [t.strip(".") for t in toks[lead:] if not (t[1:].islower() and t.lower() in lexicon.SHORT_HEADS)]
    if any(fold(t) in NOT_NAME_WORDS for t in named if len(t) > 1) and not people_words.word_surname(toks):
        return False  # "América"; "CU" in capitals only ("Vo Kim Cu"); not "Tim West"
    if low[0] in SAINTS:
        return False  # "San Servolo", "São Roque": a saint names a place or a church, no person
    if any(t.isupper() and len(t.rstrip(".")) > 1 and "-" not in t and not RE_INITIALS.fullmatch(t) for t in toks):
        return False  # a word in capitals; "B.B." is two initials
    if any(people_words.abstract_noun(t) for t in low):
        return False  # "the Governing Body of the ILO", "the Belgian Presidency": not a person's name
    if all(t in everyday_words() or t[:-1] in everyday_words() and t[-1:] == "s" for t in low) and not given_rank(
        toks[0]
    ):
        return False  # "Labour Relations", "Medium Enterprises", "Category Archives": words, no given name
    if all(fold(t) in foreign_words() for t in low):
        return False  # "Día Internacional", "Latino Americano": words of another language
    return not (is_place(name) or is_org(name))


def _given_not_title(title: str, rest: str) -> bool:
    """'Don' of 'Don Kreis', 'Dean' of 'Dean McKim': a title that is also a given name, before a surname
    alone, is the name's ('Don Ernesto' is a courtesy before a given name)."""
    title, rest = title.strip(" .\u00a0"), rest.strip()
    given = title.lower() in NO_ROLE_TITLES | GIVEN_NAME_TITLES
    return given and " " not in rest and given_rank(title) > 0 and not given_rank(rest)


RE_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _strip_trailing(name: str) -> str:
    return RE_POSSESSIVE_END.sub("", name.strip())


RE_LINE = re.compile(r"^[^\n]+$", re.M)


def _list_pieces(s: str) -> list[tuple[str, int]]:
    """The pieces of a list of names, with brackets (affiliations, e-mail addresses) left out."""
    blanked = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group()), s)
    return [
        (p.group(1), p.start(1))
        for p in re.finditer(r"\s*([^,;]+?)\s*(?:,|;|\s+and\s+|\s+&\s+|$)", blanked)
        if p.group(1).strip()
    ]


def _names_in_list(s: str, offset: int) -> list[tuple[str, int]]:
    """The pieces of a list that are whole names, each with its offset in the text."""
    return [(piece, offset + a) for piece, a in _list_pieces(s) if re.fullmatch(FULL_NAME, piece)]


RE_CAPTION = re.compile(rf"\s*{FULL_NAME},[ \u00a0]+{ROLE_START}")


def find_credits(text: str) -> list[CreditMention]:
    """`© Fauzan Azhima / ILO 2023`: the person credited, if the credit names one."""
    out = []
    for m in RE_CREDIT.finditer(text):
        if RE_CAPTION.match(m.group("who")):
            continue  # "Photo: Ruth Achieng, chair of the women's cooperative": who is shown, not who took it
        who = re.split(r"\s*[/|,]\s*|\s+for\s+", m.group("who").strip())[0]
        who = re.sub(r"\s*\d{4}$", "", who).strip()
        if re.fullmatch(FULL_NAME, who):
            out.append(CreditMention(who, m.group(0).strip(), m.span()))
    return out


def find_people(
    text: str,
    is_place=lambda s: False,
    is_org=lambda s: False,
    masked: list[tuple[int, int]] | None = None,
    credits: list[CreditMention] | None = None,
) -> list[PersonMention]:
    """The people of `text`; who a credit line names is no person of the text (`credits`: the
    text's find_credits, where the caller has it already)."""
    credits = find_credits(text) if credits is None else credits
    mask = SpanMask(len(text), list(masked or []) + [m.span for m in credits])
    found: list[PersonMention] = []

    inside_mask = mask.hits

    seen: set[tuple[int, int]] = set()

    # "chair of Compass Neal Lawson": the office's body, capitalised too, is no part of the name read there.
    held = office_holders(text) + holders_after_bodies(text)

    def add(name: str, role: str | None, a: int, b: int, capitals: bool = False, credit: bool = False) -> None:
        if role is None and (a, b) in seen or any(a < hb and b > ha and a != ha for _, _, ha, hb in held):
            return  # found already, by another pattern
        if RE_PARLIAMENT_AFTER.match(text, b):
            return  # "according to Fine Gael TD Kieran O'Donnell": a party before its member's title
        seen.add((a, b))
        name = _strip_trailing(name)
        lead = RE_LEAD_HONORIFIC.match(name, 4 if name[:4] in ("The ", "the ") else 0)
        if lead and _given_not_title(lead.group(), name[lead.end() :]):
            lead = None  # "Don Kreis, a member of the board": a given name that is also a title
        if lead:  # "said Mme Lefèvre", "The Honourable Andy Mitchell": the honorific is no part of the name
            name, a = name[lead.end() :], a + lead.end()
        owner = RE_OWNER_FIRST.match(name)
        if owner and " " in name[owner.end() :].strip():  # "Brazil’s José da Silva": the owner is no name
            name, a = name[owner.end() :], a + owner.end()
        edged = name_edges.trim(text, name, a, b, is_place, is_region, is_given)
        if edged is None:
            return
        name, a, b = edged
        if name[: len(name) // 2] == name[len(name) // 2 :]:
            name, a = name[len(name) // 2 :], a + len(name) // 2  # "Ann LeeAnn Lee": a link glued to its caption
        # A surname in capitals looks like an acronym to the organisation finder: the contact line decides.
        # A credit's name in capitals ("HANNA MUUKKA, text") reads as an acronym to the organisations' finder.
        if (inside_mask(a, b) and not capitals) or not _valid_name(
            name.title() if capitals else name, is_place, (lambda _: False) if credit else is_org
        ):
            return
        found.append(PersonMention(RE_NAME_SPACES.sub(" ", name), clean_role(role), (a, b)))

    starts = pass_starts(text)
    for m in finditer_at(RE_HONORIFIC_NAME, text, starts["honorific_name"]):
        title = m.group("title")
        role = None
        if title.lower() not in NO_ROLE_TITLES:
            # "ILO Director-General Gilbert F. Houngbo": the title with the organisation before it.
            lead = re.search(
                r"((?:[A-Z][\w/&-]*\s(?:(?:and|for|of)\s)?){0,4})$", text[max(0, m.start() - 60) : m.start()]
            )
            lead_words = (lead.group(1) if lead else "").split()
            while lead_words and lead_words[0] in ("and", "for", "of", "The", "Le", "La", "El", "Il", "Der", "Die"):
                lead_words.pop(0)
            cut = max((i + 1 for i, w in enumerate(lead_words) if w.lower() in OCCASION_WORDS), default=0)
            role = " ".join(lead_words[cut:] + [title])
        after = RE_NAME_ROLE.match(text, m.start("name"))
        if after and after.group("name") == m.group("name"):
            role = after.group("role")
        add(m.group("name"), role, m.start("name"), m.end("name"))
    pos = 0
    while (hit := search_at(RE_NAME_ROLE, text, starts["name_role"], pos)) is not None:
        add(hit.group("name"), hit.group("role"), hit.start("name"), hit.end("name"))
        pos = hit.start("role")  # "X, director of Y, and Z, president of W": Z stands inside X's role
    for m in finditer_at(RE_ROLE_NOUN_NAME, text, starts["role_noun_name"]):
        add(m.group("name"), None, m.start("name"), m.end("name"))  # the role: role_before, below
    for m in finditer_at(RE_ROLE_NAME, text, starts["role_name"]):
        if RE_NAME_COMMA_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "Fadi Ghandour, Executive Chairman, Wamda Capital": the body of the one named before
        role = m.group("role")
        # Only the clause of the role: after the last "and", "by", "with" that opens a new phrase.
        role = re.split(r"\b(?:by|with|from|to|as|and|that|where|when|while)\s+(?=the\s|The\s|[a-z])", role)[-1]
        add(m.group("name"), role, m.start("name"), m.end("name"))
    for name, role, a, b in held + members_by_title(text):
        add(name, role, a, b)
    for name, a, b in honoured_in_capitals(text):
        add(name, None, a, b, capitals=True, credit=True)  # "SPEECH BY MR. ALI NOOR ISMAIL, THE ..."
    for name, a, b in bylined_in_capitals(text):
        add(name, None, a, b, capitals=True, credit=True)  # "ARTICLE BY FRANK JOSSI AND KAREN UHLENHUTH"
    for m in finditer_at(RE_NAME_OF_BODY, text, starts["name_of_body"]):
        from ssecli.extract.spans import head_kind

        if head_kind(m.group("body")) == "org":
            add(m.group("name"), None, m.start("name"), m.end("name"))
    lower = text.lower()
    for m in finditer_at(RE_NAME_AS, text, starts["name_as"]) if " as " in text or "\nas " in text else ():
        add(m.group("name"), m.group("role"), m.start("name"), m.end("name"))
    for m in finditer_at(RE_NAME_APPOINTED, text, _appointed_starts(text)):
        add(m.group("name"), m.group("role"), m.start("name"), m.end("name"))
        pair = RE_NAME_AND_END.search(text, max(0, m.start() - 60), m.start())
        if pair:
            add(pair.group("name"), None, pair.start("name"), pair.end("name"))
    for name, rx in (
        ("name_said", RE_NAME_SAID),
        ("said_name", RE_SAID_NAME),
        ("according", RE_ACCORDING),
        ("speaker", RE_SPEAKER),
        ("name_phone", RE_NAME_PHONE),
        ("signature", RE_SIGNATURE),
        ("name_who", RE_NAME_WHO),
        ("tagged", RE_TAGGED),
        ("said_title_name", RE_SAID_TITLE_NAME),
    ):
        if name in NEEDS and not NEEDS[name](text, lower):
            continue  # the words the pattern needs are not in the text: no need to try it at every capital
        for m in finditer_at(rx, text, starts[name]) if name in starts else rx.finditer(text):
            if name == "name_who" and RE_ROLE_TIE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                continue  # "X, director of policy at Traidcraft Exchange, who ...": the body X works at
            # "Monthly Archives: March 2013" is a heading: a speaker's label opens on a given name or a title.
            if name != "speaker" or m.start("name") > m.start() or given_rank(m.group("name").split()[0]):
                add(m.group("name"), None, m.start("name"), m.end("name"))
    for m in finditer_at(RE_CAPS_SURNAME_CONTACT, text, starts["caps_surname_contact"]):
        add(m.group("name"), None, m.start("name"), m.end("name"), capitals=True)
    for m in RE_CAPS_CREDIT.finditer(text) if ", text" in text or ", photo" in text else ():
        add(m.group("name"), None, m.start("name"), m.end("name"), capitals=True, credit=True)
    for m in finditer_at(RE_PEOPLE_FIELD, text, starts["people_field"]):
        for name, a in _names_in_list(m.group("list"), m.start("list")):
            add(name, None, a, a + len(name))
    for m in RE_LINE.finditer(text):
        # A line of authors with their affiliations: "A (University of X), B (Y) and C (independent researcher)".
        line = m.group()
        if line.count("(") >= 2:
            names = _names_in_list(line, m.start())
            if len(names) >= 2 and len(names) == len(_list_pieces(line)):
                for name, a in names:
                    add(name, None, a, a + len(name))
    for m in finditer_at(RE_BYLINE, text, starts["byline"]):
        add(m.group("name"), m.group("role"), m.start("name"), m.end("name"))
    for name, a, b in bare_bylines(text):
        add(name, None, a, b)
    for m in finditer_at(RE_LEAD_IN, text, starts["lead_in"]):
        add(m.group("name"), m.group("role"), m.start("name"), m.end("name"))
    for m in finditer_at(RE_CONTACT, text, starts["contact"]):
        add(m.group("name"), None, m.start("name"), m.end("name"))
    # "임준택 회장", "小倉修悟氏": a name beside its title, which the checks of Latin names cannot read.
    found += [PersonMention(name, None, span) for name, span in cjk_people(text) if not inside_mask(*span)]
    for name, a, b in _by_given_name(text):
        add(name, None, a, b, capitals=any(t.isupper() and len(t) > 1 for t in name.split()))
    found = merge_people(found)
    for p in found:
        if p.role and any(q.name in p.role for q in found if q is not p):
            p.role = None  # "X, IFFCO managing director Y and ...": the next person's title, not X's
        if p.role is None:
            p.role = role_before(text, p.span[0])
        suffix = RE_SUFFIX.match(text, p.span[1])
        if suffix:  # "Ferdinand R. Marcos Jr."
            p.name += suffix.group()
        elif re.search(r" (?:Jr|Sr)$", p.name) and text[p.span[1] : p.span[1] + 1] == ".":
            p.name += "."
    return found


RE_SUFFIX = re.compile(r",? (?:Jr\.?|Sr\.?|II|III|IV)(?![\w])")
# "The sponsor of the bill, Maria Villanueva-Cruz, thanked ...": a lead-in set off by commas.
LEAD_IN_WORDS = r"(?:The|Its|Their|Our|His|Her)"
RE_LEAD_IN = re.compile(
    rf"(?:^|(?<=[.!?] )){LEAD_IN_WORDS} (?P<role>[a-z][\w'’-]*(?: [\w'’-]+){{0,8}}), "
    rf"(?P<name>{FULL_NAME}),",
    re.M,
)
# "For more information contact: Jonas Berg".
CONTACT = r"[Cc]ontacts?"
# "29.10.2019 | SAMI KARHU, text": the writer's or photographer's name in capitals, credited after a date.
RE_CAPS_CREDIT = re.compile(
    r"\|[ \t]*(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:[ \t][A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,2}),[ \t]+(?:text|photos?)\b"
)
RE_CONTACT = re.compile(rf"\b{CONTACT}\s*:[ \u00a0]*(?P<name>{FULL_NAME})")
# A role written just before the name, in lower case or after an acronym: "economist Rafael Chaves",
# "NCUI chairman Dileep Sanghani", "Veteran cooperative leader Benjamin Lirio"; "Moderator Professor X".
ROLE_NOUN = (
    r"(?:director|president|chairman|chairwoman|chairperson|chair|secretary|minister|economist|historian|"
    r"facilitator|moderator|researcher|professor|leader|founder|co-founder|coordinator|manager|officer|"
    r"statistician|expert|analyst|farmer|activist|journalist|lawyer|treasurer|advisor|adviser|consultant|"
    r"spokesperson|spokesman|spokeswoman|head|chief|member|trainer|sociologist|author|reporter|lecturer|"
    r"entrepreneur|CEO)"
)
RE_ROLE_BEFORE = re.compile(
    rf"(?:^|(?<=[\s,;(]))(?P<role>(?:[\w'’&-]+ ){{0,3}}?{ROLE_NOUN})"
    rf"(?: (?:{COURTESY})\.?)?[ \u00a0]+$",
    re.I,
)
# "Commissioner for Jobs and Social Rights Nicolas Schmit": an office of a portfolio.
RE_OFFICE_FOR = re.compile(
    r"(?:^|(?<=[\s,;(]))(?P<role>(?:Commissioner|Minister|Secretary|Director|President|Head|"
    r"Chair|Ambassador|Rapporteur) (?:for|of) (?:the )?[A-Z][\w'’-]+"
    r"(?: (?:[A-Z][\w'’-]+|and|of|for|the|&)){0,6})[ \u00a0]+$"
)
RE_ROLE_NOUN_NAME = re.compile(rf"(?<![\w-]){ROLE_NOUN} (?P<name>{FULL_NAME})")


# Where a name can start: a pattern that starts with the name matches nowhere else. A match takes
# the first capital and looks ahead for the rest: the scan skips to the next capital at once, and
# as each match takes one character, no place is passed over.
RE_NAME_STARTS = re.compile(rf"[{U}](?={FULL_NAME_REST})")
# Every character FULL_NAME (and a "'s" after it) can match, and no comma: a name that starts at s
# ends at or before the end of s's run of these, and exactly at its end where a comma follows it.
RE_NAME_RUN = re.compile(rf"[{U}{L}'’.\- \u00a0]+")
RE_SPACES_AFTER = re.compile(r",?\s*")
# The words a pattern needs after the name and its spaces, found where the space before them is;
# no match takes the space that the next one starts with.
# (Of a verb of speech, its first word: "pointed" of "pointed out"; a filter may find more.)
RE_SAID_WORD = re.compile(
    rf"\s{anchored.words_pattern(anchored.lead_words(SPEECH) | anchored.lead_words(AUX) | {'of', 'from'})}"
    r"(?![A-Za-z])"
)
RE_AS_WORD = re.compile(r"\sas(?=\s)")
RE_OF_WORD = re.compile(r"\s(?:of|from)(?=\s)")
# What each pattern has from the comma after the name on (or a start of it).
RE_ROLE_AFTER = re.compile(rf",[ \u00a0]+{ROLE_START}")
RE_WHO_AFTER = re.compile(WHO_AFTER)
RE_PHONE_AFTER = re.compile(PHONE_AFTER)
RE_SAID_AFTER = re.compile(rf"{SAID_ASIDE}{SPEECH_AUX}\s+{SPEECH}\b")
RE_AS_AFTER = re.compile(rf"{AS_ASIDE}\s+as\s")
AFTER_COMMA = (RE_ROLE_AFTER, RE_WHO_AFTER, RE_PHONE_AFTER, RE_SAID_AFTER, RE_AS_AFTER)
NO_COMMA = (False,) * len(AFTER_COMMA)


def name_first_starts(text: str) -> dict[str, list[int]]:
    """For each pattern that starts with a name, the only positions where it can match: where a
    name starts and is followed by what the pattern needs after it, a comma or a word.

    The name from s ends at some e <= end, the end of s's run of name characters. A comma after
    it stands at end, and what the pattern has from the comma on matches there. A word after it,
    after spaces, starts at or before `spaced`, the end of the spaces (and comma) after the run:
    the space before the word stands in [s, spaced); where a comma ends the run, in [s, end)."""
    said_at, as_at, of_at = ([m.start() for m in rx.finditer(text)] for rx in (RE_SAID_WORD, RE_AS_WORD, RE_OF_WORD))

    def followed(at: list[int], s: int, spaced: int) -> bool:
        i = bisect_left(at, s)
        return i < len(at) and at[i] < spaced

    role: list[int] = []
    who: list[int] = []
    phone: list[int] = []
    after_comma: list[int] = []  # names after a comma and spaces
    said: list[int] = []
    as_: list[int] = []
    of: list[int] = []
    runs = RE_NAME_RUN.finditer(text)
    end = spaced = words_end = 0
    followers: tuple[bool, ...] = ()
    for m in RE_NAME_STARTS.finditer(text):
        s = m.start()
        if end <= s:  # the first name of a run: what follows the run
            while end <= s:  # a name starts with a name character: s is in a run
                end = next(runs).end()
            spaced = RE_SPACES_AFTER.match(text, end).end()  # type: ignore[union-attr]  # matches ""
            comma = text.startswith(",", end)
            followers = tuple(rx.match(text, end) is not None for rx in AFTER_COMMA) if comma else NO_COMMA
            words_end = end if comma else spaced
        j = s
        while j > 0 and text[j - 1] in " \u00a0":
            j -= 1  # each name's spaces once: the walks cover the text once at most
        if j < s and text[j - 1 : j] == ",":
            after_comma.append(s)
        for found, starts in zip(followers, (role, who, phone, said, as_), strict=True):
            if found:
                starts.append(s)
        if not followers[3] and followed(said_at, s, words_end):
            said.append(s)
        if not followers[4] and followed(as_at, s, words_end):
            as_.append(s)
        if followed(of_at, s, spaced):
            of.append(s)
    return {
        "name_role": role,
        "name_who": who,
        "name_phone": phone,
        "name_said": said,
        "name_as": as_,
        "name_of_body": of,
        "after_comma": after_comma,
    }


# The patterns that start with a word of a list, each with its list. Each word is followed, in
# the list or in the pattern, by something other than a letter, and each pattern starts after a
# boundary: a match starts where one of the words' lead_words stands as a whole run of letters.
WORD_LED = {
    "honorific_name": HONORIFIC,
    "said_name": SPEECH,
    "said_title_name": SPEECH,
    "according": ACCORDING,
    "role_noun_name": ROLE_NOUN,
    "contact": CONTACT,
    "lead_in": LEAD_IN_WORDS,
    "role_title": ROLE_TITLE,  # not a pass: where RE_ROLE_NAME's office stands (role_name_starts)
}


@lru_cache(maxsize=1)
def _lead_finder() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """One scan for the lead words of every WORD_LED pattern, and the passes of each word."""
    patterns: dict[str, list[str]] = {}
    for name, words in WORD_LED.items():
        for run in anchored.lead_words(words):
            patterns.setdefault(run, []).append(name)
    # A match is a whole run of letters: the word found at a place is the one the text has there,
    # and no match takes a place where a word could start.
    return re.compile("(?<![A-Za-z])" + anchored.words_pattern(set(patterns)) + "(?![A-Za-z])"), patterns


def word_led_starts(text: str) -> dict[str, list[int]]:
    """For each WORD_LED pattern, the positions where one of its lead words stands."""
    finder, patterns = _lead_finder()
    out: dict[str, list[int]] = {name: [] for name in WORD_LED}
    for m in finder.finditer(text):
        for name in patterns[m.group()]:
            out[name].append(m.start())
    return out


def pass_starts(text: str) -> dict[str, list[int]]:
    """For each pass tried only where it can match, those places: see anchored.py."""
    starts = name_first_starts(text) | word_led_starts(text)
    starts["role_name"] = role_name_starts(text, starts["role_title"], starts["after_comma"])
    lines = line_starts(text)
    for name in ("speaker", "caps_surname_contact", "people_field", "byline"):
        starts[name] = lines  # each starts with ^ under re.M: at 0 and after each newline
    return starts


def _appointed_starts(text: str) -> list[int]:
    """Where RE_NAME_APPOINTED can match: a name's start at most a name's length before one of
    the few "was elected", "were appointed", "served as" of a text."""
    verbs = [m.start() for m in RE_APPOINTED.finditer(text)]
    if not verbs:
        return []
    return [m.start() for m in RE_NAME_STARTS.finditer(text) if any(0 < v - m.start() <= MAX_NAME_CHARS for v in verbs)]


MAX_NAME_CHARS = 80


RE_COMMA_ROLE = re.compile(rf",[ \u00a0]+(?P<role>{ROLE_START}[^.;\n]{{0,240}})")


def role_after(text: str, b: int) -> str | None:
    """ "B S Nakai, chairman of IFFCO, asked ...": the role in apposition after a name ending at b."""
    m = RE_COMMA_ROLE.match(text, b)
    return clean_role(m.group("role")) if m else None


def role_before(text: str, a: int) -> str | None:
    office = RE_OFFICE_FOR.search(text[max(0, a - 80) : a])
    if office:
        return office.group("role")
    m = RE_ROLE_BEFORE.search(text[max(0, a - 60) : a])
    if not m:
        return None
    words_ = m.group("role").split()
    for i in range(len(words_) - 1, -1, -1):
        if words_[i].lower() in ROLE_STOP:
            words_ = words_[i + 1 :]
            break
    # A capitalised word inside a sentence that is not an acronym is a name's end, not a role's start.
    return " ".join(words_) or None


# A run of capitalised words, with initials and particles between them: the candidates for a name
# known by its shape alone. A surname may be written in capitals ("Antonella NOYA").
CAPS_PART = rf"[{U}]{{2,}}(?:-[{U}]{{2,}})?"
CAPS_PART_REST = rf"[{U}]+(?:-[{U}]{{2,}})?"
# Read as `(?<![\w'’.-])(?:{NAME_PART}|{CAPS_PART})` and the rest, with the capital both parts
# start with taken first and the look-behind moved past it: the same tries in the same order,
# and a scan that skips to the next capital at once.
# Not the second part of a hyphenated name ("Jean-Pierre"), but after a dateline's "--" ("(8/28/12)--James Pierce").
RE_CAPITAL_RUN = re.compile(
    rf"[{U}](?<![\w'’.].)(?<![\w'’.]-.)(?:{NAME_PART_REST}|{CAPS_PART_REST})"
    rf"(?:[ \u00a0](?:{MIDDLE_INITIAL}|{PARTICLE}|{NAME_PART}|{CAPS_PART})){{1,7}}(?![\w'’-])"
)
RE_RUN_TOKEN = re.compile(rf"{MIDDLE_INITIAL}|{NAME_PART}|{PARTICLE}|{CAPS_PART}")


RE_PLACE_KIND_BEFORE = re.compile(r"\b(?:" + "|".join(PLACE_KINDS) + r") of[ \u00a0]+$")


def _by_given_name(text: str):
    """Runs of two to five capitalised words whose first word is a given name and whose other
    words are not everyday English words: "Amina Odhiambo runs ...", "Maria Clara Batista"."""
    from ssecli.extract.gazetteer import very_common_words
    from ssecli.extract.names import COMMON_IN_SOME_COUNTRY, everyday_words

    everyday = everyday_words()
    common, very_common = common_words(), very_common_words()
    for m in RE_CAPITAL_RUN.finditer(text):
        if not any(
            (len(t) > 2 or t.lower() in SHORT_MUHAMMAD) and not t.isupper() and given_rank(t) for t in m.group().split()
        ):
            continue  # no first name in the run: most runs are bodies' names and headings
        run = [(t.group(), m.start() + t.start()) for t in RE_RUN_TOKEN.finditer(m.group())]
        i = 0
        while i < len(run):
            # A given name starts a name: "President Ariel Guarco", "Scottish Labour Richard McCready".
            first = run[i][0]
            rank = first_name_rank(first)
            short = len(first) <= 2 and first.lower() not in SHORT_MUHAMMAD and not short_name_part(run, i)
            if short or first.lower() in NOT_NAME_WORDS or not rank or first in INNER_PARTICLES:
                i += 1
                continue
            low_first = first.lower()
            j, extended = i + 1, False
            if (
                i == 1
                and len(run) > 2
                and not run[0][0].isupper()
                and run[0][0].lower() not in common
                and run[0][0].lower() not in NOT_NAME_WORDS
                and not re.fullmatch(HONORIFIC, run[0][0])
                and not re.fullmatch(ROLE_NOUN, run[0][0], re.I)
                # "También Juan Gómez": a sentence abroad opens on a word ("Le", "Do" are surnames there too)
                and not (len(run[0][0]) > 3 and fold(run[0][0]) in foreign_words() and opens_sentence(text, run[0][1]))
            ):
                i, extended = 0, True  # "Phạm Thu Hằng": a surname written first, before the given name
            particles = 0  # "Arthur Sérgio Brandão de Souza Aguiar": five parts, and a particle
            while j < len(run) and j - i - particles < 5 and not run[j - 1][0].endswith(("'s", "’s")):
                # "Keith Young’s Missionary Zeal": a possessive ends the name
                t = run[j][0]
                low = t.lower()
                if t in INNER_PARTICLES and j + 1 < len(run) and run[j + 1][0][:1].isupper():
                    j, particles = j + 1, particles + 1  # "Isaac Ferreira de Lima": a surname's particle
                    continue
                if t == "May" and j == i + 1 and may_surname(text, run[j][1] + 3, first):
                    j += 1  # "Harriet May, retired president": a month's name that is a surname too
                    continue
                if low in NOT_NAME_WORDS or (low in very_common and low_first in very_common):
                    break  # "Richard McCready Political Officer", "Young People"
                if low.endswith(("-based", "-headquartered")):
                    break  # "a Nova Scotia-based company": a place, and where a body sits
                if (
                    (low in everyday or (low in common and len(low) > 5 and low.endswith("ed")))
                    and not first_name_rank(t)
                    and not t.isupper()
                    and not (j == i + 1 == len(run) - 1 and everyday_surname(first, rank, low))
                    and not (j == len(run) - 1 and after_given_names(run[i:j], low))
                ):
                    break  # "Ian MacPherson Legacy", "Madison Yards", "Anna Heard Archived": a word ends the name
                if (
                    j - i >= 2
                    and first_name_rank(t) >= COMMON_IN_SOME_COUNTRY
                    and first_name_rank(run[j - 1][0]) < COMMON_IN_SOME_COUNTRY
                    and run[j - 1][0] not in INNER_PARTICLES
                    and j + 1 < len(run)
                ):
                    break  # "Melina Morrison Suzanne Henderson": a list of names without commas
                j += 1
            toks = run[i:j]
            if particles and fold(first) in foreign_words():
                # "Día Nacional del Cooperativismo": a word of a language that is a given name too, and a phrase
                j = next(k for k in range(i + 1, j) if run[k][0] in INNER_PARTICLES)
                toks = run[i:j]
            i = j
            while toks and (toks[-1][0].endswith(".") or re.fullmatch(PARTICLE, toks[-1][0])):
                toks.pop()  # a name ends in a full word
            if extended and len(toks) < 3:
                toks = toks[1:]  # a surname written first comes with a given name and another part
            if len(toks) < 2:
                continue
            last = toks[-1][0].lower()
            if low_first in common and rank < COMMON_IN_SOME_COUNTRY and last in common:
                continue  # an everyday word that is only a rare first name somewhere, and another word
            if all(t.isupper() for t, _ in toks[1:]) and len(toks) > 2:
                continue  # a heading in capitals
            if last.endswith("s") and name_edges.is_demonym(toks[-1][0][:-1], is_region):
                continue  # "the Foundation for Young Australians": a people, in the plural
            a = toks[0][1]
            if re.search(r"\b(?:the|The|a|A|an|An|St\.?|Saint|San|Santa)[ \u00a0]+$", text[max(0, a - 7) : a]):
                continue  # "the Rosa Parks Housing Cooperative": a thing named after someone; "St. Paul"
            if RE_PLACE_KIND_BEFORE.search(text, max(0, a - 16), a):
                continue  # "the town of Rio Tuba": a place
            b = toks[-1][1] + len(toks[-1][0])
            if RE_PARLIAMENT_AFTER.match(text, b):
                continue  # "Fine Gael TD Kieran O'Donnell": a party before its member's title
            yield text[a:b], a, b


def merge_people(found: list[PersonMention]) -> list[PersonMention]:
    """One entry a person: the first role given wins; 'Kim' alone after 'Euiyoung Kim' is not another person."""
    out: dict[str, PersonMention] = {}
    for p in found:
        key = " ".join(sorted(fold(p.name).split()))
        if key in out:
            if not out[key].role and p.role:
                out[key].role = p.role
            continue
        out[key] = PersonMention(p.name, p.role, p.span)
    keys = {k: set(k.split()) for k in out}
    for k, toks in keys.items():
        if any(k != other and toks < others for other, others in keys.items()):
            del out[k]
    return sorted(out.values(), key=lambda p: p.span)
