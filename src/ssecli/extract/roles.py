"""A person's role: the offices a role names, where a role in apposition starts, and where the
clause it stands in turns to something else ("..., said", "... on Monday"); and where a role
written before a name can start (role_name_starts)."""

from __future__ import annotations

import re
from bisect import bisect_right

from ssecli.extract.lexicon import COURTESY_ABBREVIATIONS
from ssecli.extract.text import RE_NEWLINE

# The office a role names, after its modifiers. A role starts at most ROLE_UNITS words before it,
# each followed by one space, in ROLE_LEAD_CHARS characters at most: an article ("their "), an
# owner ("the bank's "), an ordinal ("17th "), three capitalised words of up to 42 characters,
# "newly appointed ", four modifiers of up to 15 ("communications "), as ROLE_START below writes them.
ROLE_UNITS = 12
ROLE_LEAD_CHARS = 6 + 24 + 6 + 3 * 42 + 17 + 4 * 15
# The elected abroad, by their titles in lower case as often as not: "governador Beto Richa", "la
# alcaldesa", "il sindaco", "le maire". Both a role before a name and an honorific (people.py).
ELECTED_ABROAD = (
    r"[Gg]overnador[a]?|[Gg]obernador[a]?|[Pp]refeit[oa]|[Aa]lcalde(?:sa)?|[Ss]indac[oa]|[Mm]aire"
    r"|[Dd]iputad[oa]|[Dd]eputad[oa]"
)
ROLE_TITLE = (
    r"(?:[Dd]irector(?:[- ][Gg]eneral)?|[Pp]resident|[Mm]inister|[Hh]ead|[Cc]hair(?:person|man|woman)?|"
    r"[Ss]ecretary(?:[- ][Gg]eneral)?|[Cc]ommissioner|[Mm]ayor|[Mm]anager|[Oo]fficer|[Cc]oordinator|"
    r"[Ss]pecialist|[Aa]dvis[eo]r|[Pp]rofessor|[Rr]esearcher|CEO|[Aa]mbassador|[Gg]overnor|[Rr]epresentative|"
    r"[Ff]ounder|[Cc]o-founder|[Dd]ean|[Rr]ector|[Ee]conomist|[Ll]ecturer|[Ff]ellow|[Aa]nalyst|[Ee]xpert|"
    r"[Mm]ember|[Pp]artner|[Cc]onsultant|[Ll]eader|[Ss]pokes(?:person|man|woman)|[Ee]ditor|[Aa]uthor|"
    r"[Jj]ournalist|[Ff]armer|[Ee]ntrepreneur|[Oo]wner|[Cc]ouncill?or|[Ss]enator|[Ll]awmaker|[Pp]rincipal|"
    r"[Tt]reasurer|[Pp]rofessional|[Aa]ctivist|[Oo]rganizer|[Oo]rganiser|[Ee]xecutive|[Ss]taff|[Ww]orker|"
    r"[Pp]redecessor|[Ss]uccessor|[Cc]olleague|[Cc]o-author|[Mm]entor|[Ss]tatistician|[Hh]istorian|[Ff]acilitator|"
    r"[Mm]oderator|[Ss]ponsor|[Ll]ecturer|[Tt]rainer|[Ss]ociologist|[Aa]uthor|[Rr]eporter|[Cc]orrespondent|"
    # ... and as pages in French, Spanish, Portuguese and Italian write them: "presidente de Coprolan"
    r"[Pp]resident[ea]|[Pp]résidente?|[Ss]ecretari[oa]|[Ss]ecrétaire|[Cc]onsejer[oa]|[Cc]onselheir[oa]|[Gg]erente|"
    r"[Tt]esorer[oa]|[Tt]résorière?|[Dd]irect(?:eur|rice|ora)|[Dd]iret(?:or|ora)|[Dd]irett(?:ore|rice)|[Vv]ocal|"
    rf"{ELECTED_ABROAD}|[Gg]overnatore|[Gg]ouverneur|[Ii]ntendente|[Ss]enador[a]?|[Vv]ereador[a]?|"
    r"[Dd]él[ée]gu[ée]e?|[Dd]elegad[oa]|[Dd]elegat[oa]|[Cc]oordinat(?:eur|rice)|[Cc]oordinador[a]?)"
)
# The words that rank or place an office before its title: "Senior Programme Officer", "Acting
# Chief Executive". The organisations' finder cuts them off with the title after a body's name.
ROLE_MODIFIERS = (
    "senior", "board", "deputy", "assistant", "associate", "executive", "chief", "general", "head", "programme",
    "program", "research", "project", "technical", "regional", "national", "country", "managing", "former",
    "acting", "interim", "founding", "special", "communications", "communication", "press", "policy",
    "outgoing", "incoming", "retiring", "branch", "store",
)  # fmt: skip
# A role in apposition after the name: "Vic Van Vurren, Director of Enterprises Department".
ROLE_START = (
    r"(?:the |The |a |an |its |their |our )?(?:[a-z][a-z-]{1,20}['’]s )?(?:\d{1,3}(?:st|nd|rd|th) )?"
    r"(?:[A-Z][\w/&.'’-]{0,40} ){0,3}?"
    r"(?:(?:[Nn]ewly |[Rr]ecently )?(?:appointed|elected) )?"
    r"(?:[Vv]ice[- ]|" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]} " for w in ROLE_MODIFIERS) + "){0,4}"
    rf"{ROLE_TITLE}\b"
)

# "... on Monday", "... last week", "... for seven years": when or how long, not what.
RE_WHEN_AFTER_ROLE = re.compile(
    r"\s+(?:(?:on|last|this|next)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this|next)\s+(?:week|month|year)"
    r"|for\s+(?:\w+\s+)?(?:years|months|decades))\b"
)


# A role ends where the sentence turns: "..., said", "... and Ms. X", "... signed the MoU", "... tweeted:".
RE_ROLE_END = re.compile(
    r",\s+(?:said|says|who|which|delivered|explained|noted|added|has|have|had|is|was|will)\b"
    r"|\s+and\s+(?:" + "|".join(sorted(COURTESY_ABBREVIATIONS)) + r")\b"
    r"|\s+(?:said|says|signed|delivered|explained|noted|added|stressed|emphasi[sz]ed|spoke|welcomed|"
    r"opened|has|have|had|is|was|will|who|highlighted|pointed|told|urged|commended|presented|gave|"
    r"took|joined|attended|underlined|tweeted|wrote|posted|commented|announced|shared|praised|thanked|"
    r"congratulated|warned|argued|insisted|claimed|confirmed|revealed|replied|responded)\b|:\s"
)


def clean_role(role: str | None) -> str | None:
    """The role a pattern read, cut where its clause ends, without its article; None if empty."""
    if not role:
        return None
    role = RE_ROLE_END.split(role, 1)[0]
    # "..., chaired the meeting", "..., +41 22 ...", "... and his team": the clause has turned.
    role = re.split(r",\s+(?=[a-z+(\d])|\s+and\s+(?:his|her|their|its)\b", role)[0]
    role = RE_WHEN_AFTER_ROLE.split(role)[0]
    role = role.strip(" ,;:-–—")
    role = re.sub(r"^(?:the|The|a|an|Its|its|Their|their|Our|our|His|his|Her|her)\s+", "", role)
    # Keep a short role; a long one has run into the rest of the sentence.
    if len(role.split()) > 16:
        role = " ".join(role.split()[:16])
    return role or None


RE_WORD_START = re.compile(r"(?<!\w)\w")


def role_name_starts(text: str, titles: list[int], after_comma: list[int]) -> list[int]:
    """Where RE_ROLE_NAME can match: before an office (`titles`) that a name after a comma
    follows on the same line, at a word's start at most ROLE_UNITS spaces before the office."""
    out: list[int] = []
    newlines: list[int] = []
    for t in titles:
        i = bisect_right(after_comma, t)
        if i == len(after_comma):
            continue
        newlines = newlines or [m.start() for m in RE_NEWLINE.finditer(text)] or [len(text)]
        k = bisect_right(newlines, t)
        if k < len(newlines) and newlines[k] < after_comma[i]:
            continue  # a role is closed by a comma before the name, on the line of its office
        floor = max(newlines[k - 1] + 1 if k else 0, t - ROLE_LEAD_CHARS)
        lo = t
        for _ in range(ROLE_UNITS + 1):
            lo = text.rfind(" ", floor, lo)
            if lo < 0:
                lo = floor
                break
        else:
            lo += 1
        out += (m.start() for m in RE_WORD_START.finditer(text, lo, t + 1))
    return sorted(set(out))
