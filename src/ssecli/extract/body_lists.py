"""Bodies named in lists: after a noun for their kind ("four consumer cooperatives: A, B and C",
"NGOs, including A and B") and in ranked tables under a heading that names their kind ("Top 40
Co-ops" over "1 Fonterra 20,400,000,000")."""

from __future__ import annotations

import re

from ssecli.extract.definitions import schwartz_hearst
from ssecli.extract.gazetteer import common_words
from ssecli.extract.lexicon import FUNCTION_WORDS, LIST_BODY_NOUNS, LIST_KIN_NOUNS, LIST_NOUNS
from ssecli.extract.names import everyday_words, is_given_name
from ssecli.extract.spans import Definition, OrgMention, head_kind
from ssecli.extract.text import CONNECTORS, fold, words

# "Four consumer cooperatives took part: A, B and C", "members are A, B and C", "unions such as A and B":
# a noun for bodies, then the names of those bodies; "the likes of A, B and C", names of one kind, of
# bodies where they are not people's.
RE_LIST_INTRO = re.compile(
    rf"\b(?:(?P<body>{'|'.join(LIST_BODY_NOUNS)})|(?P<kin>(?i:{'|'.join(LIST_KIN_NOUNS)}))|(?P<likes>likes of))"
    r"(?:\s+(?!in\b|of\b|from\b|across\b|at\b|around\b|throughout\b|on\b|for\b|with\b|to\b|and\b|or\b)[a-z]+){0,3}?"
    r"(?::\s+|\s+[-–—]\s+|,\s+|,?\s+(?:are|were|include|included|including|such as|like|"
    r"namely|as well as)\s+|(?P<bare>[ ]))(?=[A-Z\d]|i[A-Z])"
)
RE_DASH_INTRO = re.compile(r"\s[-–—]\s+$")
RE_LIST_TAIL = re.compile(
    r"(?:^|\b(?:by|of|from|at) (?:the )?)((?:[A-Z\d]|i[A-Z])[\w'’.&-]*"
    r"(?: (?:[A-Z\d][\w'’.&-]*|of|de|la|del|di|du|des|the|als|and|y|et|für|&))*)$"
)
RE_LIST_ITEM_NAME = re.compile(r"(?:[A-Z\d]|i[A-Z])[\w'’.&-]*(?: (?:[A-Z\d][\w'’.&-]*|of|de|la|del|the|als|y|et|&))*")
RE_PLACE_OWNER = re.compile(r"([A-Z][\w-]+)['’]s ")
RE_LIST_ITEM_END = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])(?<!\b[A-Z])\.(?:\s|$)|[;:!?()\n]|\s[-–—]\s")


def named_in_lists(text: str, add, overlaps, is_place) -> None:
    for w in words(text):
        if w.text.lower() not in LIST_NOUNS and w.text != "likes":
            continue
        m = RE_LIST_INTRO.match(text, w.start)
        if m is None:
            continue
        likes = m.group("likes") is not None
        noun = m.group("body") or m.group("kin") or m.group("likes")
        if not (noun.islower() or m.group("kin") and noun[1:].islower() or noun[:-1].isupper()):
            continue  # "Cooperatives Europe, ...": a name, not a noun
        if m.group("bare") and not likes and (not m.group("body") or m.end("body") + 1 != m.end()):
            # "community benefit societies Wight Energy, Gower Power and ...": the names just after the noun;
            # not "members Jane Doe", nor "cooperatives under the Ministry of ...".
            continue
        end = RE_LIST_ITEM_END.search(text, m.end(), m.end() + 400)
        chunk = text[m.end() : end.start() if end else min(len(text), m.end() + 400)]
        parts = chunk.split(", ")
        k = next((i for i, x in enumerate(parts) if not re.match(r"(?:and |or )?(?:[A-Z\d]|i[A-Z])", x)), len(parts))
        parts = parts[:k]
        if parts and " and " in parts[-1]:
            lead, _, rest = parts[-1].rpartition(" and ")
            if not RE_LIST_ITEM_NAME.fullmatch(lead):
                # "Christian Aid and WWF to sign a letter ... goals and to go further": the "and" of the list
                # is the first, after a name.
                lead, _, rest = parts[-1].partition(" and ")
            parts[-1:] = [lead, rest]
        elif (m.group("bare") or m.group().endswith(", ")) and not re.match(r"(?:and|or) ", parts[-1] if parts else ""):
            continue  # "Commenting on the finalists, Peter Holbrook, CEO of ...": a comma's list ends on "and"
        if parts:
            # "... and Banas Dairy supply the plants": the last name stops at the verb after it.
            last = RE_LIST_ITEM_NAME.match(parts[-1])
            if last and parts[-1][last.end() : last.end() + 1] == " ":
                parts[-1] = last.group()
        items, pos = [], m.end()
        for part in parts:
            at = text.find(part, pos)
            pos = at + len(part)
            name = re.sub(r"^(?:and|or)\s+", "", part.strip())
            # "one run by the Seoul YMCA": the name the item ends on.
            tail = RE_LIST_TAIL.search(name)
            if not tail or len(tail.group(1).split()) > 6:
                break
            name = tail.group(1).rstrip(".")
            owner = RE_PLACE_OWNER.match(name)
            if owner and is_place(owner.group(1)):
                name = name[owner.end() :]  # "Somerset's Yealm Energy": the body, of the place before it
            items.append((name, at + part.find(name)))
        if len(items) < 2:
            continue
        if m.group("kin") and not any(head_kind(n) == "org" for n, _ in items):
            if any(map(_person_like, items)) or "\n" in m.group():
                continue  # "members are Jane Doe and John Roe": people; "winners are:" over another paragraph
        elif RE_DASH_INTRO.search(m.group()) and all(map(_person_like, items)):
            continue  # "the alliance of the cooperatives – Jane Doe and John Roe will chair it": their people
        # After a word for bodies ("platforms such as Uber, Lyft and TaskRabbit"), a name of one word is
        # a brand unless it is an everyday word: wordfreq's 25,000 hold the brands people write of.
        words_not_names = common_words() if m.group("kin") else everyday_words()
        for name, at in items:
            toks = name.split()
            if (
                likes
                and is_given_name(toks[0])
                and head_kind(name) != "org"  # "the likes of Mary Holt"
                or is_place(name)
                or fold(name) in words_not_names
                or name.lower() in FUNCTION_WORDS
                or toks[-1] in CONNECTORS
                or head_kind(name) == "other"
            ):
                continue
            if not overlaps(at, at + len(name)):
                add(OrgMention(name, (at, at + len(name))))


def _person_like(item: tuple[str, int]) -> bool:
    toks = item[0].split()
    return len(toks) > 1 and toks[0] != "The" and is_given_name(toks[0])  # gender-guesser knows "The"


# A ranked table's row: the rank, the body's name (maybe a bracket after it), and a figure:
# "1 Fonterra 20,400,000,000", "10. Mitre 10 (NZ) 850,000,000", "3 | Crédit Agricole | €32.5bn".
RE_RANKED_ROW = re.compile(
    r"^[ \t]*(?P<rank>\d{1,3})[.)]?[ \t|]+(?P<name>[A-Z\d][^\n|]*?)(?:[ \t]*\((?P<short>[^()\n]*)\))?[ \t|]+"
    r"[$€£¥]?[ \t]?\d[\d,.]*(?:[ \t]?(?:%|bn|m|million|billion))?[ \t|]*$",
    re.M,
)
RE_BODY_NOUN = re.compile(rf"(?i)\b(?:{'|'.join(LIST_BODY_NOUNS)}|credit unions|mutuals)\b")
MIN_RANKED_ROWS = 3


def ranked_tables(text: str, add, overlaps, is_place, define) -> None:
    """'Top 40 Co-ops, 2017/18 Revenues' over '1 Fonterra 20,400,000,000', '2 Foodstuffs North Island
    6,640,000,000', ...: rows ranked 1, 2, 3 and on, each a name and a figure, under a heading that
    names the kind of body they are. The heading says what the names are, as a list's noun does;
    a numbered table under another heading ("Top 10 countries") is not read."""
    rows = list(RE_RANKED_ROW.finditer(text))
    i = 0
    while i < len(rows):
        j = i + 1
        while (
            j < len(rows)
            and int(rows[j]["rank"]) == int(rows[j - 1]["rank"]) + 1
            and _adjacent(text, rows[j - 1], rows[j])
        ):
            j += 1
        block, i = rows[i:j], j
        if len(block) < MIN_RANKED_ROWS or not RE_BODY_NOUN.search(_heading(text, block[0].start())):
            continue
        for row in block:
            name, a = row["name"], row.start("name")
            if is_place(name) or overlaps(a, a + len(name)):
                continue
            short = row["short"]
            if short and schwartz_hearst(short, name) == name:  # "Fruitpackers Coop (Frupak)"
                span = row.span("short")
                define(Definition(short, name, is_org=True))
                add(OrgMention(name, (a, a + len(name)), acronym=short, long=name))
                add(OrgMention(short, span, acronym=short, long=name))
            else:
                add(OrgMention(name, (a, a + len(name))))


def _adjacent(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two rows follow each other, with at most blank lines between them."""
    return not text[first.end() : second.start()].strip()


def _heading(text: str, at: int) -> str:
    """The last line with words in it before `at` (a table's heading)."""
    before = text[max(0, at - 400) : at].rstrip().rsplit("\n", 1)
    return before[-1]
