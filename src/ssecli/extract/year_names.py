"""Years that are part of a name, not dates: "Vision 2030", "the Cooperative Bill 2024", "Foro
Cooperativo Costa Rica 2014: Participación"."""

from __future__ import annotations

import re

# "the Cooperative Bill 2024", "International Day of Cooperatives 2024 Message", "Decree 99 of 2011":
# a law's or an occasion's year, or a numbered instrument's, is part of its name too.
RE_NAME_BEFORE_YEAR = re.compile(
    r"\b(?:Vision|Agenda|Blueprint|Strategy|Horizon|Bill|Act|Decree|Ordinance|Proclamation|"
    r"(?:Year|Day) of (?:the )?[A-Z][\w-]+|(?:Decree|Law|Act|Resolution|Regulation|No\.?) \d+ of"
    # ... in the other languages: "Año Internacional de las Cooperativas 2025", "Année internationale des ..."
    r"|(?:A[ñn]o|Anno|Année|D[íi]a|Giornata|Journée) [Ii]nterna(?:cional|zionale|tionale) (?:\w+ ){1,2}\w+)\s+$"
)
RE_NAME_YEAR_COLON = re.compile(r"[A-Z][\w'’-]* \d{4}:$")  # "Foro Costa Rica 2014: Participación": a name's year
RE_NAME_AFTER_YEAR = re.compile(r"^\s+(?:Agenda|Vision|Strategy|Blueprint|(?:International )?(?:Year|Day) of)\b")


def names_a_year(text: str, m: re.Match) -> bool:
    return bool(
        RE_NAME_AFTER_YEAR.match(text[m.end() : m.end() + 30])
        or RE_NAME_BEFORE_YEAR.search(text[max(0, m.start() - 40) : m.start()])
        or RE_NAME_YEAR_COLON.search(text, max(0, m.start() - 30), m.end() + 1)
    )
