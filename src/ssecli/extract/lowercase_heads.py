"""Public bodies that French, Spanish, Portuguese and Italian write with their head in lower case:
"le ministère des Outre-mer", "la préfecture de Guadeloupe", "le conseil régional d'Occitanie",
"el ministerio de Trabajo y Economía Social"; and English, a government: "the Welsh government".
The capitalised runs start on a capital, so they see only the field or the place after the head;
this pass reads the head, its "de", and the capitalised name of the field or the place after it."""

from __future__ import annotations

import re

from ssecli.extract.name_edges import is_demonym
from ssecli.extract.runs import person_after
from ssecli.extract.spans import OrgMention

HEADS = (
    r"minist[eè]re|ministerio|minist[eé]rio|ministero|pr[eé]fecture|Préfecture|prefeitura|prefettura|mairie|"
    r"conseil (?:r[eé]gional|d[eé]partemental|municipal)|secr[eé]tariat d['’][EÉ]tat|secretar[ií]a|"
    r"ayuntamiento|comune|regione|"
    # A head, capitalised or not, and the adjective that French, Spanish and Italian write after
    # it in lower case: "le Conseil départemental de Meurthe-et-Moselle", "della Cantina sociale
    # di Puianello", "el Instituto nacional de Asociativismo", "la Confédération générale des Scop",
    # "l'Union régionale des Scop".
    r"(?i:conseil|consejo|consiglio|conselho|instituto|istituto|institut|cantina|latteria|conf[eé]d[eé]ration"
    r"|confederaci[oó]n|confederazione|f[eé]d[eé]ration|federaci[oó]n|federazione|union|uni[oó]n|unione) "
    r"(?:nationale?|nacional|nazionale|r[eé]gionale?|d[eé]partementale?|sociale?|g[eé]n[eé]rale?)"
)
CAP = r"[A-ZÀ-Ý][\w'’-]*"
JOIN = r"(?:de la|de l['’]|des|du|de|d['’]|del|da|do|dos|das|di|della)"
RE_LOWERCASE_HEAD = re.compile(
    rf"(?<![\w'’])(?i:le|la|l['’]|du|au|les|el|del|al|o|a|da|do|il|lo|della|dello)\s*"
    # A second body's head ends the name: "della Cantina sociale di Puianello e della Latteria ...".
    rf"(?P<name>(?:{HEADS})\s+{JOIN}\s*{CAP}(?:\s+(?:(?:et|y|e|ed)\s+)?(?:{JOIN}\s*)?(?!(?i:{HEADS})\b){CAP})*)"
)
RE_HINT = re.compile(rf"(?<![\w'’])(?:{HEADS})\s")


def named_by_lowercase_head(text: str, add, overlaps) -> None:
    """Add a mention for each such body where no earlier pass took its span."""
    if not RE_HINT.search(text):
        return  # most texts hold none of these words
    for m in RE_LOWERCASE_HEAD.finditer(text):
        name = m.group("name")
        a, b = m.span("name")
        cut = person_after(name)
        if cut:  # "la secretaria de Estado de Economía Social Amparo Merino": the office's holder after it
            name = name[:cut].rstrip()
            b = a + len(name)
        if not overlaps(a, b):
            add(OrgMention(name, (a, b)))


# English writes a country's or a region's government with its head in lower case: "the Welsh
# government", "the Kenyan government", "the Punjab government". The word before it must be a
# place or its people's adjective: "the federal government", "the Modi government" are none.
# "the Korean government institutions": a plural after it makes "government" a kind, no body.
# "from Welsh government minister Vaughan Gething": with no article, before the office of one of its people.
RE_PLACE_GOVERNMENT = re.compile(
    r"\b(?:[Tt]he (?P<name>(?P<place>[A-Z][a-z]+) government)\b(?! [a-z]+s\b)"
    r"|\b(?P<bare>(?P<bare_place>[A-Z][a-z]+) government)(?= (?:minister|spokes\w+|official)s?\b))"
)


def named_governments(text: str, add, overlaps, is_region) -> None:
    """Add "X government" where X is a region or a demonym of one (`is_region`: a country or a
    region's name) and no earlier pass took the span."""
    if " government" not in text:
        return
    for m in RE_PLACE_GOVERNMENT.finditer(text):
        key = "name" if m.group("name") else "bare"
        place = m.group("place") or m.group("bare_place")
        if (is_region(place) or is_demonym(place, is_region)) and not overlaps(*m.span(key)):
            add(OrgMention(m.group(key), m.span(key)))


# Local bodies and co-operatives that Indian and African papers name by a place and a kind in lower
# case: "the Kollam district panchayat", "Thrikovilattam grama panchayat", "the Lagos State
# government", "Kikuube district local government", "Thattarkonam cooperative society", "the Lusaka
# marketeers cooperative union".
LOCAL_HEADS = r"panchayat|local government|municipality|municipal corporation|city corporation"
COOP_HEADS = r"co-?operative (?:society|union|bank)"
RE_PLACE_LOCAL_BODY = re.compile(
    # (the capital first, and the look-behind after it: the engine skips from capital to capital)
    r"(?P<name>(?P<place>[A-Z](?<![\w'’-][A-Z])[a-z]+(?: [A-Z][a-z]+)?) "
    rf"(?:(?:(?:district|block|grama|gram|village|town|state|county) )?(?:{LOCAL_HEADS})"
    rf"|(?:State|County) government|(?:[a-z]+ )?(?:{COOP_HEADS})))\b"
)
# The heads' words, looked for first: most texts hold none of them, and a substring test is cheap.
LOCAL_HINTS = (
    "panchayat",
    "government",
    "municipal",
    "corporation",
    "operative society",
    "operative union",
    "operative bank",
)


def named_local_bodies(text: str, add, overlaps, is_name_word, is_region) -> None:
    """Add each such body whose place opens on a name's word (`is_name_word`: no everyday word, no
    given name: "Milk cooperative society" and "Mary village panchayat" name no body), no people's
    adjective ("the Malian cooperative bank" is a kind of bank)."""
    if not any(hint in text for hint in LOCAL_HINTS):
        return
    for m in RE_PLACE_LOCAL_BODY.finditer(text):
        name, (a, b) = m.group("name"), m.span("name")
        if name.startswith("The "):
            name, a = name[4:], a + 4  # "The Kollam district panchayat"
        first = name.split()[0]
        if is_name_word(first) and not is_demonym(first, is_region) and not overlaps(a, b):
            add(OrgMention(name, (a, b)))


# French, Spanish, Italian and Portuguese write the adjective after a body's capitalised head in lower
# case: "la Commission européenne", "la Banque mondiale", "l'Union africaine", "le Gouvernement
# wallon", "el Gobierno autonómico", "Coop fédérée". The adjective is no English word (not "the
# Commission will") and ends as these languages' adjectives end.
ADJECTIVE_HEADS = (
    r"Commission|Commissione|Comisión|Comissão|Banque|Banco|Union|Unión|Unione|Gouvernement|Gobierno|Governo"
    r"|Coopération|Cooperación|Cooperazione|Parlement|Parlamento|Conseil|Consejo|Consiglio|Conselho|Agence"
    r"|Agencia|Agenzia|Fédération|Federación|Federazione|Confédération|Confederación|Organisation|Organización"
    r"|Assemblée|Asamblea|Centre|Centro|Fonds|Fondo|Institut|Instituto|Istituto|Caisse|Coop|Réseau|Red|Rede"
    r"|Rete|Mutuelle|Cour|Tribunal|Cámara|Chambre|Sénat|Senado|Ministère|Ministerio|Ministero"
)
GAP = r"(?: +| *\n *)"  # a space, or a line's end inside a paragraph
ADJECTIVE = r"[a-zà-ÿ]{4,}(?![\w'’-])"
RE_HEAD_ADJECTIVE = re.compile(
    rf"(?<![\w-])(?P<name>(?:{ADJECTIVE_HEADS}) (?P<adj>{ADJECTIVE})"
    # more adjectives: "le Conseil économique, social et environnemental"
    rf"(?P<more>(?:,? (?:et|y|e) {ADJECTIVE}|, {ADJECTIVE}(?=,? (?:et|y|e) ))*)"
    # a complement that names: "l'Organisation internationale du Travail"
    rf"(?:{GAP}{JOIN}{GAP}?{CAP}(?:{GAP}(?:(?:et|y|e|ed){GAP})?(?:{JOIN}{GAP}?)?{CAP})*)?)"
    # a complement in lower case goes on past where a name can be told to end
    r"(?!\s+(?:de la|des|du|de|del|da|do|dos|das|di|della)\s+[a-zà-ÿ]|\s+d['’][a-zà-ÿ])"
)
RE_ADJECTIVE_END = re.compile(
    r"(?:al|ale|ain|aine|éen|éenne|ien|ienne|ais|aise|ol|ole|on|onne|ique|ico|ica|ano|ana|ese|ée|if|ive|ivo"
    r"|iva|ois|oise|ense|aire|ario|aria)$"
)
RE_VERB_END = re.compile(r"(?:aron|eron)$")  # "la Asamblea participaron": a Spanish verb
RE_ADJECTIVE_HINT = re.compile(rf"(?:{ADJECTIVE_HEADS}) [a-zà-ÿ]")
# Adjectives that make the head a thing, not a body: "Centro comercial" (a mall), "Fonds social".
# "l'Assemblée générale": a meeting.
THING_ADJECTIVES = {
    "comercial", "commerciale", "sociale", "sociales", "editorial", "temporal", "virtual", "générale", "general",
}  # fmt: skip


def named_by_head_adjective(text: str, add, overlaps, is_english) -> None:
    """Add each head and its lower-case adjective (`is_english`: a frequent English word) where no
    earlier pass took its span."""
    if not RE_ADJECTIVE_HINT.search(text):
        return
    for m in RE_HEAD_ADJECTIVE.finditer(text):
        adjective = m.group("adj")
        if (
            not RE_ADJECTIVE_END.search(adjective)
            or RE_VERB_END.search(adjective)
            or adjective in THING_ADJECTIVES
            or is_english(adjective)
            or overlaps(*m.span("name"))
        ):
            continue
        add(OrgMention(" ".join(m.group("name").split()), m.span("name")))  # as if on one line
