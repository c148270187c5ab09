"""Bodies named by the legal form after their name, as German, Dutch, Nordic, Romance and Malay
registers write it: "Zentralkonsum eG", "Raiffeisen-Volksbank Varel-Nordenham eG", "DZ BANK AG",
"Gruppo Cooperativo Srl", "Koperasi Nelayan Sdn Bhd". The form says a body is named, whatever
words its name is made of; the record names it without the form, as the text does elsewhere.

English forms (Ltd, Inc, plc, LLC) are heads of the capitalised runs already (lexicon.ORG_WORDS)."""

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
RE_LEGAL_FORM = re.compile(rf"(?P<name>{NAME_WORD}(?:[ ]{NAME_WORD}){{0,5}})[ ](?:{FORMS})(?![\w-])")
RE_FORM_HINT = re.compile(rf"[ ](?:{FORMS})(?![\w-])")


def named_by_legal_form(text: str, add, overlaps, is_place) -> None:
    if not RE_FORM_HINT.search(text):
        return  # most texts name no body so
    for m in RE_LEGAL_FORM.finditer(text):
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
        add(OrgMention(name, (a, m.end("name"))))
