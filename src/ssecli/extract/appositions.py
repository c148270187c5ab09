"""Names in apposition to a common noun for a body: 'a local cooperative, Casa Nuova, is ...',
'the agricultural cooperative Cosun', 'Hansalim, a consumer cooperative with ...', 'Visique is a
co-operative network', 'Valio (dairy)'. A coined name with no organisation word in it is a body
when the text says what kind of body it is."""

from __future__ import annotations

import re

from ssecli.extract.anchored import finditer_at
from ssecli.extract.gazetteer import common_words
from ssecli.extract.lexicon import FUNCTION_WORDS, MONTH_NAMES
from ssecli.extract.names import is_given_name
from ssecli.extract.spans import OrgMention, head_kind
from ssecli.extract.text import fold, words

BODY_NOUNS = (
    r"(?:co-?operative|cooperative|co-?op|fund|foundation|association|network|federation|union|agency|"
    r"organi[sz]ation|enterprise|company|consortium|institute|NGO|platform|alliance|bank|charity|"
    r"social enterprise|credit union|start-up|startup|council|think tank|cent(?:er|re)|dairy|retailer|"
    r"insurer|firm|collective|publisher|newspaper|broadcaster|brewery|mutual|building society|lender|"
    r"supermarket|chain|manufacturer|party|non-?profit|not-for-profit)"
)
# "a local cooperative, Casa Nuova, is", "the agricultural cooperative Cosun grew": a noun for a body,
# then its name.
_NAME_AFTER_NOUN = (
    r"(?:,\s+|\s+)(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|del|di|of|la|le|du)){0,4}?)(?=,|\.|\s+[a-z]|\s+\()"
)
RE_NOUN_NAME = re.compile(
    rf"\b(?:a|an|the|another|its|their|sister|local|regional|national|partner|member|(?P<town>[A-Z][a-z]+))\s+"
    rf"(?:[a-z-]+\s+)?{BODY_NOUNS}" + _NAME_AFTER_NOUN
)
# "Social enterprise Ounyu creates", "The agricultural cooperative Cosun grew": a sentence that opens
# on the noun; tried only where sentences start.
RE_NOUN_NAME_OPENING = re.compile(rf"[A-Z][a-z-]+\s+(?:[a-z-]+\s+)?{BODY_NOUNS}" + _NAME_AFTER_NOUN)
# A line may open on a hashtag or a heading's marks: "#Social enterprise Ounyu creates ...".
RE_SENTENCE_START = re.compile(r"[.!?] +|\n[ \t]*(?:#+ ?)?")
# "a report from consultancy Kantar Worldpanel", "and construction firm Willmott Dixon": a noun for a
# company with no article, after a preposition or "and". Only nouns that name a kind of company or
# charity: "with cooperative Members", "for network Partners" are no names.
COMPANY_NOUNS = frozenset(
    {
        "consultancy",
        "firm",
        "retailer",
        "company",
        "charity",
        "bank",
        "insurer",
        "supermarket",
        "grocer",
        "store",
        "chain",
        "publisher",
        "newspaper",
        "broadcaster",
        "lender",
        "developer",
        "start-up",
        "startup",
        "brand",
        "manufacturer",
        "brewery",
        "operator",
        "fund",
        "nonprofit",
        "non-profit",
    }
)
RE_BARE_LEAD = re.compile(r"\b(?:from|at|by|with|and|to|for|via|including|as|like|when|while) (?:[a-z-]+ ){0,2}$")
RE_NAME_AFTER = re.compile(_NAME_AFTER_NOUN)
# Where the noun phrase ends: "a consumer cooperative" then a comma, "with", "based" ...
NOUN_END = r"(?=[,.;]| (?:with|of|in|that|which|based|founded|from|for|run|owned|set|representing|whose|since)\b)"
# ", a consumer cooperative with", ", the national federation of", ", a UK charity that": the literal
# comma first, so that the engine skips to it; the name before it is read apart (RE_NAME_BEFORE).
# "Britannia, the UK's second biggest building society": an owner's 's in the words before the noun.
# "Harrow Market, another Twin Cities co-op": "another", and a place's words, before the noun.
RE_BODY_APPOSITION = re.compile(
    rf", (?:a|an|the|another) (?:(?:[a-z][a-z-]*|[A-Z]{{2,3}}|[A-Z][a-z]+)(?:['’]s)? ){{0,3}}{BODY_NOUNS}s?{NOUN_END}"
)
# "Visique is a co-operative network of ...": the same noun after "is a".
RE_BODY_COPULA = re.compile(rf" (?:is|was) (?:a|an) (?:[a-z][a-z-]* ){{0,3}}{BODY_NOUNS}{NOUN_END}")
# "Valio (dairy)", "OP Group (cooperative bank)": the noun in brackets after the name.
# Not "Eun-hee Park (center)": where one stands in a photograph.
RE_BODY_BRACKET = re.compile(rf" \((?!cent(?:er|re)\))(?:[a-z][a-z-]* ){{0,3}}{BODY_NOUNS}\)")
RE_NAME_BEFORE = re.compile(r"(?<![\w'’.&-])(?:[A-Z][\w'’.&-]*[ \u00a0]){0,3}[A-Z][\w'’.&-]*$")


# "chief executive of Interserve", "the founder of Humanidei": what a chief heads is a body.
RE_HEAD_OF_NAME = re.compile(
    r"\b(?:[Cc]hief [Ee]xecutive|CEO|[Mm]anaging [Dd]irector|[Gg]eneral [Mm]anager|[Cc]hair(?:man|woman|person)?|"
    r"[Cc]o-?founder|[Ff]ounder) (?:of|at) (?P<name>[A-Z][\w'’&-]+(?: (?:of |for |the |& )*[A-Z][\w'’&-]+){0,3}?)"
    r"(?=[,.;:)]|\s+(?!of |for |the )[a-z(]|$)"
)


def _head_of_name(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """The name a chief heads, without a person's name after it ('CEO of Reconciliation Australia Leah
    Armstrong'); none where the text names the body at more length ('CEO of Changwon Hanmaeum' after
    'Changwon Hanmaeum Social Cooperative')."""
    words_ = m.group("name").split(" ")
    for k in range(1, len(words_) - 1):
        if is_given_name(words_[k]) and words_[k + 1][:1].isupper():
            words_ = words_[:k]
            break
    name = " ".join(words_)
    longer = (x.start() for x in re.finditer(re.escape(name) + r" [A-Z]", text))
    if any(at != m.start("name") for at in longer):
        return None
    return name, m.start("name")


def nouns_then_names(text: str, add, overlaps, is_place) -> None:
    """'A sister co-operative, Il Ponte Lavoro, is ...' and 'the co-operative fund Coopfond':
    a name in apposition to a common noun for a body; 'chief executive of Interserve'."""
    starts = [0, *(m.end() for m in RE_SENTENCE_START.finditer(text))]
    found = []
    for m in [*RE_NOUN_NAME.finditer(text), *finditer_at(RE_NOUN_NAME_OPENING, text, starts)]:
        town = m.groupdict().get("town")
        if town and not (is_place(town) and " " in m.group("name") and _coined(m.group("name"))):
            continue  # "Boston worker co-op Red Sun Press": a place may stand for the article
        found.append((m.group("name"), m.start("name")))
    for w in words(text):  # the nouns' words, read where the organisations' passes read them all
        if w.text not in COMPANY_NOUNS or text[w.end : w.end + 1] != " " or not text[w.end + 1 : w.end + 2].isupper():
            continue
        if RE_BARE_LEAD.search(text, max(0, w.start - 30), w.start) and (n := RE_NAME_AFTER.match(text, w.end)):
            found.append((n.group("name"), n.start("name")))
    if " of " in text or " at " in text:
        found += [x for m in RE_HEAD_OF_NAME.finditer(text) if (x := _head_of_name(text, m))]
    for name, a in found:
        b = a + len(name)
        if overlaps(a, b) or is_place(name) or name.split()[0].lower() in FUNCTION_WORDS:
            continue
        if " " not in name and (fold(name) in common_words() or is_given_name(name)):
            continue  # "the cooperative Board", "the union President", "the network Amina chairs"
        first = name.split()[0]
        if len(first) > 2 and is_given_name(first) and head_kind(name) != "org":
            continue  # "an official of the organisation, Solomon Adeku said": a person
        add(OrgMention(name, (a, b)))


def _coined(name: str) -> bool:
    """A name by its words: a body's head, or a word no dictionary holds ('Development Strategy' is none)."""
    return head_kind(name) == "org" or any(fold(w) not in common_words() for w in name.split())


def names_then_nouns(text: str, add, overlaps, is_place) -> None:
    """'Hansalim, a consumer cooperative with ...', 'Euricse, the research institute, ...': a name,
    then a common noun for a body in apposition to it."""
    found = [*RE_BODY_APPOSITION.finditer(text)]
    if " is a" in text or " was a" in text:
        found += RE_BODY_COPULA.finditer(text)
    if " (" in text:
        found += RE_BODY_BRACKET.finditer(text)
    for m in found:
        before = RE_NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if before is None:
            continue
        words_ = before.group().split()
        ends = [i for i, w in enumerate(words_[:-1]) if w.endswith((".", "!", "?"))]
        if ends:
            words_ = words_[ends[-1] + 1 :]  # "... opened on 3 May. Joseph Kiprotich, the ...": the last sentence's
        while words_ and words_[0].lower() in FUNCTION_WORDS:
            words_.pop(0)  # "In Kenya, the ...", "For Hansalim, a ..."
        if not words_:
            continue
        name = " ".join(words_)
        a, b = m.start() - len(name), m.start()
        if text[a:b] != name or overlaps(a, b) or is_place(name):
            continue
        everyday = fold(name) in common_words() and (_opens_sentence(text, a, before) or name.endswith("s"))
        if len(words_) == 1 and (name.isupper() or everyday):
            continue  # "Meanwhile, the federation ...", "Europeans, the ..."; an acronym is the acronyms' pass's
        if fold(name) in MONTH_NAMES:
            continue  # "..., said on Tuesday, the federation": MONTH_NAMES holds the weekdays too
        if len(words_) > 1 and is_given_name(words_[0]) and head_kind(name) != "org":
            continue  # "Joseph Kiprotich, the county's director of co-operatives": a person
        add(OrgMention(name, (a, b)))


def _opens_sentence(text: str, a: int, before: re.Match[str]) -> bool:
    """Whether the words read before the noun open their sentence ("Meanwhile, the ..."), where a
    capitalised everyday word is no name; mid-sentence ("... with Britannia, the ...") it is one."""
    lead = text[max(0, before.start() - 3) : before.start()].rstrip(" \t\u00a0")
    return before.start() == 0 or not lead or lead[-1] in ".!?:\n\"“'‘" or a != before.start()
