"""Bodies named by the legal form after their name, as German, Dutch, Nordic, Romance and Malay
registers write it: "Zentralkonsum eG", "Raiffeisen-Volksbank Varel-Nordenham eG", "DZ BANK AG",
"Gruppo Cooperativo Srl", "Koperasi Nelayan Sdn Bhd". The form says a body is named, whatever
words its name is made of; the record names it without the form, as the text does elsewhere.

English forms (Ltd, Inc, plc, LLC) are heads of the capitalised runs already (lexicon.ORG_WORDS),
except after a comma, which breaks the run: "Indivisible, Inc." is named with its form."""

from __future__ import annotations

import re

from ssecli.extract.lexicon import FUNCTION_WORDS
from ssecli.extract.spans import ARTICLES_ABROAD, OrgMention
from ssecli.extract.text import fold

FORMS = (
    r"eG|e\.[ ]?V\.|gGmbH|GmbH|AG|KG|KGaA|S\.A\.|S\.L\.|S\.p\.A\.|SpA|S\.r\.l\.|Srl|Oy|Oyj|BV|B\.V\.|NV|N\.V\."
    r"|SARL|SAS|SCOP|SCIC|Sdn\.? Bhd\.?|Bhd\.?"
)
NAME_WORD = r"[A-Z][\w&'’.-]*"
# The small words inside a name: "Agusan del Sur Electric Cooperative, Inc.", "Banco de la Plata S.A."
# (not German's "des" and "der", which join the capitalised nouns of a sentence: "Vorsitzender des
# Vorstandes der Raiffeisen-Volksbank eG").
LINK = r"(?:(?:of|and|for|the|de|del|della|do|da|di|du|la|y|et)[ ]){0,2}"
NAME = rf"{NAME_WORD}(?:[ ]{LINK}{NAME_WORD}){{0,5}}"
RE_LEGAL_FORM = re.compile(rf"(?P<name>{NAME})[ ](?:{FORMS})(?![\w-])")
RE_FORM_HINT = re.compile(rf"[ ](?:{FORMS})(?![\w-])|, (?:Inc|Ltd|LLC)\b")
RE_COMMA_FORM = re.compile(rf"(?P<name>{NAME}), (?:Inc|Ltd|LLC)\b\.?")


def named_by_legal_form(text: str, add, overlaps, is_place) -> None:
    if not RE_FORM_HINT.search(text):
        return  # most texts name no body so
    for m in [*RE_LEGAL_FORM.finditer(text), *RE_COMMA_FORM.finditer(text)]:
        words = m.group("name").split()
        # "Die Raiffeisen-Volksbank eG", "The Acme Co-op GmbH": the article is no part of the name.
        while words and (fold(words[0]) in ARTICLES_ABROAD or words[0].lower() in FUNCTION_WORDS):
            words.pop(0)
        if not words:
            continue
        name = " ".join(words)
        a = m.end("name") - len(name)
        if overlaps(a, m.end("name")) or is_place(name):
            continue
        b = m.end() - (text[m.end() - 1] == ".") if m.re is RE_COMMA_FORM else m.end("name")
        add(OrgMention(text[a:b], (a, b)))


# An English legal form closing a name found by any pass: "Harrow Grain Inc.", "Quillfeather, Inc".
RE_ENGLISH_FORM_END = re.compile(r",?[ ](?:Inc|Ltd|LLC|plc|PLC|Limited|Corp)$")


def named_again_without_form(text: str, mentions, add, overlaps) -> None:
    """'Harrow Grain Inc. reported ... Harrow Grain paid': a company the text has named with its
    legal form is named again without it, where no longer name goes on."""
    for m in list(mentions):
        form = RE_ENGLISH_FORM_END.search(m.surface)
        if form is None or m.acronym is not None:
            continue
        stem = m.surface[: form.start()]
        if " " not in stem and not stem.isupper():
            continue  # one everyday-looking word is too short a name to find again
        for again in re.finditer(rf"(?<![\w'’-]){re.escape(stem)}(?![\w'’-]| [A-Z])", text):
            if not overlaps(*again.span()):
                add(OrgMention(stem, again.span()))
