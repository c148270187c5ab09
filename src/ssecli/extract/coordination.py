"""Names listed beside bodies: 'in cooperation with SAP, Zurich Insurance, the Kenya Medical
Association and Astrazeneca'. A list names things of one kind; where two of its items or more
are bodies that other passes found (or one, where bodies of a kind open the list: "NGOs, including"),
its other capitalised items are bodies too, unless they are places, people, titles or words of
everyday English."""

from __future__ import annotations

import re

from ssecli.extract.gazetteer import common_words
from ssecli.extract.lexicon import MONTH_NAMES, NON_ORG_ACRONYMS, ORG_WORDS, TITLE_WORDS
from ssecli.extract.names import HONORIFICS, is_given_name
from ssecli.extract.spans import OrgMention, head_kind
from ssecli.extract.text import SpanMask, fold, is_acronym

# An item: a capitalised run with the small words names hold ("Kenya Union of Savings", "Johnson &
# Johnson"), after an optional "the".
_ITEM = r"(?:the )?[A-Z][\w'’.&-]*(?: (?:[A-Z\d][\w'’.&-]*|of|de|du|des|la|del|the|for|&))*"
RE_LIST = re.compile(rf"{_ITEM}(?:, {_ITEM}){{1,}},? (?:and|or) {_ITEM}|{_ITEM}(?:, {_ITEM}){{2,}}")
RE_ITEM = re.compile(_ITEM)
MONTH_SHORT = {m[:3] for m in MONTH_NAMES} | {"sept"}
# A list that bodies of a kind open ("several NGOs, including CAFOD, Christian Aid and WWF") lists
# bodies: the opening counts as one name known.
RE_BODIES_BEFORE = re.compile(
    r"\b(?:NGOs|organi[sz]ations|charities|companies|businesses|firms|banks|funders|donors|partners|"
    r"co-?operatives|unions|agencies|institutions|networks|federations|associations|bodies|retailers|"
    r"brands|employers|foundations|universities),? (?:including|such as|like|namely|among them)(?: the)? $"
)
RE_NUMBER_END = re.compile(r" (?:\d+|[IVXLC]+)$")


def named_beside_bodies(text: str, known: list[tuple[int, int]], taken: SpanMask, is_place) -> list[OrgMention]:
    """The unnamed items of each list in `text` that holds two `known` names of bodies or more; none
    where `taken` holds a name already (a body's, or a person's: the people are found first)."""
    found: list[OrgMention] = []
    spans = sorted(known)
    # A list is read only in a line where two known names stand by a comma: most lines have none.
    for a, b in _lines_listing(text, spans):
        found += _listed(text, a, b, spans, taken, is_place)
    return found


def _lines_listing(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of `text` in which two of `spans` or more stand next to a comma or after "and"."""
    count: dict[tuple[int, int], int] = {}
    for a, b in spans:
        before = text[max(0, a - 9) : a]
        if text[b : b + 1] == "," or before.endswith((", ", ", the ", " and ", " and the ")):
            line = (text.rfind("\n", 0, a) + 1, _line_end(text, b))
            count[line] = count.get(line, 0) + 1 + _opened_by_bodies(text, a)
    return [line for line, n in count.items() if n >= 2]


def _opened_by_bodies(text: str, at: int) -> int:
    return 1 if RE_BODIES_BEFORE.search(text, max(0, at - 60), at) else 0


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _listed(text: str, start: int, end: int, spans, taken: SpanMask, is_place) -> list[OrgMention]:
    found: list[OrgMention] = []
    for m in RE_LIST.finditer(text, start, end):
        items = [_bare(x.group(), x.start()) for x in RE_ITEM.finditer(text, m.start(), m.end())]
        named = [(name, at) for name, at in items if _covered(spans, at, at + len(name))]
        if len(named) + _opened_by_bodies(text, m.start()) < 2:
            continue
        for name, at in items:
            if (name, at) not in named and _is_body(name, is_place) and not taken.hits(at, at + len(name)):
                taken.add(at, at + len(name))
                found.append(OrgMention(name, (at, at + len(name))))
    return found


def _covered(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether names found cover half the item or more: "KIT Royal Tropical Institute" is not the
    acronym "KIT" found inside it."""
    return any(2 * (min(y, b) - max(x, a)) >= b - a for x, y in spans if x < b and a < y)


def _bare(item: str, at: int) -> tuple[str, int]:
    """An item without its "the", and where it starts."""
    return (item[4:], at + 4) if item.startswith(("the ", "The ")) else (item, at)


def _is_body(name: str, is_place) -> bool:
    words = name.split()
    lead = {fold(w.rstrip(".")) for w in words[:2]}
    if is_place(name) or lead & (HONORIFICS | TITLE_WORDS | MONTH_NAMES | MONTH_SHORT):
        return False  # "Paramount Chief of ...", "Oct. 12"
    if name in NON_ORG_ACRONYMS or head_kind(name) == "other" or RE_NUMBER_END.search(name):
        return False  # "Conference Room 12", "Room XXIV"
    if len(words) > 1 and name.isupper() or len(words) == 1 and fold(name) in ORG_WORDS:
        return False  # a heading in capitals; "Council" alone
    if 2 <= len(words) <= 3 and is_given_name(words[0]) and head_kind(name) != "org":
        return False  # "Ed Miliband": a person among the bodies
    # "Decent Work", "Social Protection": topics in everyday words
    return head_kind(name) == "org" or any(
        is_acronym(w) or fold(w) not in common_words() for w in re.findall(r"[^\W_]+", name)
    )
