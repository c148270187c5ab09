"""A university's units named with their university: "the School of Natural Sciences of the
University of Lisbon", "the Department of Political Economy of ISCTE-IUL". The capitalised runs
read one name; it is two bodies, the unit and the university it is part of, and a reader asks
for either."""

from __future__ import annotations

import re

from ssecli.extract.spans import OrgFindings, OrgMention

UNIT_HEADS = r"Department|School|Faculty|Centre|Center|Institute|Chair|Laboratory|Division|College|Unit"
UNIVERSITY_HEADS = r"University|Universidad|Universidade|Universitat|Université|Università|Universität"
RE_UNIT_OF_UNIVERSITY = re.compile(
    rf"(?P<unit>(?:{UNIT_HEADS}) (?:of|for) .+?) of (?:the )?"
    rf"(?P<parent>(?:{UNIVERSITY_HEADS})\b.*|[A-Z]{{2,}}(?:-[A-Z]{{2,}})?)"
)


def split_units(found: OrgFindings) -> None:
    """Each such name becomes the unit, whose parent is the university, and the university."""
    for k, m in enumerate(list(found.mentions)):
        if " of " not in m.surface or m.acronym is not None:
            continue
        hit = RE_UNIT_OF_UNIVERSITY.fullmatch(m.surface)
        if hit is None:
            continue
        a = m.span[0]
        unit, parent = hit.group("unit"), hit.group("parent")
        found.mentions[k] = OrgMention(unit, (a, a + len(unit)), parent=parent)
        found.mentions.append(OrgMention(parent, (a + hit.start("parent"), a + hit.end("parent"))))
