"""Organisations: acronym definitions, spans headed by organisation words,
acronyms, lists of members, and sub-units of a parent organisation.

This module finds mentions in one text; `resolve.py` merges them across the
corpus into entities with aliases."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ssecli.extract.gazetteer import common_words
from ssecli.extract.text import CONNECTORS, SpanMask, Word, clean_span, fold, words

# Words that make a capitalised span an organisation when they head it.
ORG_WORDS = {
    "university", "universities", "college", "school", "institute", "institution", "academy", "ministry",
    "agency", "organisation", "organization", "office", "department", "unit", "bureau", "commission",
    "council", "government", "assembly", "alliance", "forum", "network", "committee", "federation",
    "confederation", "association", "union", "centre", "center", "foundation", "bank", "fund", "trust",
    "society", "corporation", "company", "cooperative", "co-operative", "coop", "co-op", "coalition",
    "secretariat", "parliament", "senate", "court", "authority", "board", "chamber", "nations", "europe",
    "division", "section", "directorate", "directorate-general", "administration", "observatory",
    "laboratory", "lab", "league", "consortium", "partnership", "inc", "ltd", "llc", "gmbh", "group",
    "service", "services", "headquarters", "platform", "movement", "cooperativa", "coopérative", "caisse",
    "mutual",
    # the same heads in the languages SSE bodies are often named in (compared without accents)
    "confederacion", "federacion", "asociacion", "fundacion", "universidad", "ministerio", "cooperativa",
    "reseau", "federation", "universite", "ministere", "conseil", "centro", "consorzio", "fondazione",
    "universita", "universidade", "instituto", "institut", "agence", "banque", "banco", "caja", "caisse",
    "mutuelle", "union", "unione", "alleanza", "rede", "red", "cooperative", "genossenschaft", "verband",
    "stiftung", "team", "teams", "unibertsitatea", "universitas", "universiteit", "universitat",
    "sacco", "saccos",
}
# Plural heads name a federation of such bodies only with a place: "Cooperatives Europe", "Co-operatives UK",
# "Cooperativas de las Américas"; "the International Day of Cooperatives" is no body.
PLURAL_HEADS = {"cooperatives", "co-operatives", "cooperativas", "cooperatieve", "cooperatives", "cooperatives"}
# Two-word heads.
ORG_BIGRAMS = {("task", "force"), ("credit", "union"), ("social", "enterprise")}
# Heads that make a span something else: events, documents, programmes, laws, topics.
NON_ORG_HEADS = {
    "conference", "summit", "congress", "meeting", "week", "day", "days", "act", "law", "decree", "bill",
    "convention", "conventions", "recommendation", "resolution", "declaration", "agenda", "programme",
    "program", "project", "plan", "strategy", "framework", "goals", "goal", "report", "initiative",
    "award", "awards", "prize", "festival", "workshop", "seminar", "webinar", "session", "fair", "expo",
    "exhibition", "series", "guidelines", "agreement", "memorandum", "charter", "policy", "economy",
    "statistics", "index", "survey", "study", "conferences", "dialogue", "campaign", "course", "academy",
    "school", "standard", "standards", "treaty", "protocol", "roadmap", "tour", "forum2023", "code", "codes",
    "newsletter", "bulletin", "digest", "magazine", "journal", "blog", "podcast", "update", "updates",
}
# Titles that head a person's role, never an organisation: cut "Director of the" off a span.
TITLE_WORDS = {
    "director", "director-general", "deputy", "president", "vice-president", "minister", "vice-minister",
    "head", "chair", "chairperson", "chairman", "chairwoman", "secretary", "secretary-general", "commissioner",
    "mayor", "manager", "officer", "coordinator", "specialist", "adviser", "advisor", "professor", "researcher",
    "ceo", "ambassador", "governor", "representative", "executive", "member", "members", "staff", "chief",
    "founder", "co-founder", "general", "dean", "rector", "vice", "senior", "assistant", "associate",
    "officials", "official", "representatives", "delegates", "delegation", "experts", "researchers", "participants",
    "undersecretary", "under-secretary", "vice-chairperson", "chairperson",
}
MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words that open a sentence and are never part of a name.
FUNCTION_WORDS = {
    "across", "throughout", "within", "without", "beyond", "against", "towards", "toward", "upon", "into", "despite",
    "alongside", "amid", "around", "behind", "above", "below", "near", "unlike", "like", "except", "beside", "besides",
    "inside", "outside", "whether", "because", "once", "unless", "until", "why", "how", "what", "which", "who",
    "the", "a", "an", "this", "that", "these", "those", "through", "during", "on", "in", "at", "since", "after",
    "before", "with", "from", "for", "by", "as", "while", "although", "however", "also", "and", "but", "or",
    "its", "their", "our", "his", "her", "both", "all", "each", "every", "some", "many", "most", "new", "under",
    "between", "among", "about", "over", "via", "per", "it", "they", "we", "he", "she", "there", "here", "when",
    "where", "if", "then", "thus", "today", "yesterday", "meanwhile", "moreover", "furthermore", "following",
    "according", "together", "dear", "hello", "hi", "subject", "re", "fw", "fwd", "to", "cc", "photo", "source",
    "date", "tags", "contact", "author", "by", "published", "updated", "home", "news", "share", "related",
}
# Acronyms that name topics, documents, currencies or units, not organisations.
NON_ORG_ACRONYMS = {
    "SSE", "SE", "SEs", "MOU", "MoU", "MoUs", "COVID", "SDG", "SDGs", "GDP", "CEO", "CEOs", "NGO", "NGOs",
    "SME", "SMEs", "MSME", "MSMEs", "ICT", "AI", "HIV", "AIDS", "PDF", "FAQ", "USD", "EUR", "KRW", "CHF",
    "GBP", "JPY", "TV", "PhD", "ESG", "R&D", "IT", "OK", "UTC", "GMT", "KST", "CET", "CEST", "AM", "PM",
    "VAT", "ID", "DNA", "CSR", "ODA", "TVET", "OSH", "Q&A", "QA", "PR", "FYI", "ASAP", "RSVP", "NB", "PS",
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "USA", "US", "UK", "ROK", "DPRK", "PRC", "UAE",
    "SAP", "DWCP", "DWCPs", "KPI", "KPIs", "GHG", "CO2", "LGBTQ", "LGBTI", "MDG", "MDGs", "ICLS", "SNS",
    "HR", "URL", "HTML", "PDF", "IPO", "FDI", "ILS", "MP", "MPs", "EN", "FR", "ES", "KR", "COP", "GEN",
    "RE", "FW", "FWD", "CC", "BCC", "OBS", "YTD", "ETA", "NA", "N/A", "SSEs", "SSEOs", "SSEO", "WISE", "WISEs",
}
# Nouns before a bracketed list of members: "seven member (ILO, UNRISD, ...)".
RE_GROUP_NOUN = re.compile(r"\b(?:organi[sz]ations?|members?|partners?|agencies|agency|observers?|institutions?|"
                           r"bodies|networks?|entities|stakeholders|participants|including|such as|namely)\s*\(?\s*$",
                           re.I)


@dataclass
class OrgMention:
    surface: str
    span: tuple[int, int]
    acronym: str | None = None  # the short form, where the text defines one
    long: str | None = None  # the long form, where the text defines one
    parent: str | None = None  # the surface of the parent organisation (ILO for ILO COOP)
    strong: bool = True  # False for a bare acronym that only an org elsewhere would confirm


@dataclass
class Definition:
    short: str
    long: str
    is_org: bool


@dataclass
class OrgFindings:
    mentions: list[OrgMention] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    acronym_candidates: list[OrgMention] = field(default_factory=list)


RE_NAME_TOKEN = re.compile(r"[\w'’-]+")


def _lower_words(s: str) -> list[str]:
    return [fold(w) for w in RE_NAME_TOKEN.findall(s)]


@lru_cache(maxsize=16384)
def head_kind(span: str) -> str:
    """'org', 'other' or 'none' from the span's head words."""
    ws = _lower_words(re.sub(r"['’]s\b", "", span))
    if not ws:
        return "none"
    # The head of "Ministry of Employment" is Ministry; of "Seoul National University", University.
    pre = []
    for w in ws:
        if w in ("of", "for", "on", "de", "du", "des", "in", "to"):
            break
        pre.append(w)
    pre_head = pre[-1] if pre else ws[0]
    last = ws[-1]
    bigrams = set(zip(ws, ws[1:]))
    if pre_head in NON_ORG_HEADS and last not in ORG_WORDS:
        return "other"
    if pre_head in ORG_WORDS or set(zip(pre, pre[1:])) & ORG_BIGRAMS:
        return "org"
    if last in NON_ORG_HEADS:
        return "other"
    if last in ORG_WORDS or bigrams & ORG_BIGRAMS:
        return "org"
    if ws[0] in PLURAL_HEADS and len(ws) >= 2:
        from ssecli.extract.places import is_place

        rest = [w for w in re.findall(r"[\w'’-]+", span)[1:] if w.lower() not in CONNECTORS]
        place = " ".join(rest)
        return "org" if rest and (is_place(place) or re.fullmatch(r"[A-Z]{2,3}", place)) else "none"
    # "Cooperativa Sociale Il Ponte": a name that opens with its head word.
    if ws[0] in ORG_WORDS and len(ws) >= 2 and last not in TITLE_WORDS and all(
        w[:1].isupper() or w.lower() in CONNECTORS for w in re.findall(r"[\w'’-]+", span)
    ):
        return "org"
    return "none"


def is_org_long_form(long: str) -> bool:
    """A defined acronym names an organisation when its long form is a capitalised
    name headed by an organisation word: 'Sungkonghoe University (SKHU)' yes,
    'social and solidarity economy (SSE)' and 'Memorandum of Understanding (MoU)' no."""
    ws = re.findall(r"[\w'’-]+", long)
    caps = [w for w in ws if w.lower() not in CONNECTORS and w != "in" and not re.match(r"[dl]['’]", w)]
    if not caps or not all(w[0].isupper() or w[0].isdigit() for w in caps):
        return False
    # "ICA Asia and Pacific (ICA-AP)": a body's regional office, named by its acronym and region.
    if Word(caps[0], 0, 0).is_acronym and caps[0] not in NON_ORG_ACRONYMS and len(caps) >= 2:
        return head_kind(long) != "other"
    return head_kind(long) == "org"


def schwartz_hearst(short: str, before: str) -> str | None:
    """The long form in `before` (the words ahead of the bracket) that `short`
    abbreviates, by the Schwartz-Hearst alignment: every letter of the short form
    found right to left, the first at the start of a word."""
    letters = [c.lower() for c in short if c.isalnum()]
    if not letters or not short[0].isalnum():
        return None
    ws = before.split()
    limit = min(len(letters) + 5, len(letters) * 2)
    cand = " ".join(ws[-limit:])
    s_i, l_i = len(letters) - 1, len(cand) - 1
    low = cand.lower()
    while s_i >= 0:
        c = letters[s_i]
        while l_i >= 0 and (low[l_i] != c or (s_i == 0 and l_i > 0 and low[l_i - 1].isalnum())):
            l_i -= 1
        if l_i < 0:
            return None
        l_i -= 1
        s_i -= 1
    start = cand.rfind(" ", 0, l_i + 1) + 1
    long = cand[start:].strip(" ,;:")
    if re.search(r" and the |, ", long):
        return None  # the alignment ran back across two names ("X Institute and the Y Institute of Z")
    long = re.sub(r"^(?:the|The)\s+", "", long)
    if len(long) <= len(short) or " " not in long and len(short) > 2 and not long[0].isupper():
        return None
    return long


# "Long Name (ACR)" and "ACR (Long Name)": a bracket of one or two words, or of a longer name.
RE_BRACKET = re.compile(r"\(([^()\n]{2,120})\)")


def _short_form(s: str) -> bool:
    s = s.strip()
    toks = s.split()
    return 1 <= len(toks) <= 2 and any(c.isupper() for c in s) and len(s) <= 16 and all(
        Word(t, 0, 0).is_acronym or t.isupper() for t in toks[-1:]
    )


def find_definitions(text: str) -> list[tuple[Definition, tuple[int, int], tuple[int, int]]]:
    """Acronym definitions with the spans of the long and the short form."""
    out = []
    for m in RE_BRACKET.finditer(text):
        inner = m.group(1).strip()
        before = text[max(0, m.start() - 160):m.start()]
        before = re.split(r"[.;:\n]\s|\(|\)", before)[-1] if before else ""
        base = m.start() - len(before)  # where `before` starts in the text
        before = before.rstrip()
        coined = re.fullmatch(r"[A-Z][a-z]+", inner) is not None and len(inner) <= 12
        if coined:
            # "Confederación Uruguaya de Entidades Cooperativas (Cudecoop)": a short form in one word.
            long = schwartz_hearst(inner, before)
            if long and is_org_long_form(long) and len(long.split()) >= 3:
                a, b = _located(before, long, base)
                out.append((Definition(inner, long, True), (a, b), (m.start(1), m.end(1))))
            continue
        if inner.count(",") == 1 and _short_form(inner.rsplit(", ", 1)[-1]) and len(inner.split()) >= 3:
            # "National Institute of Social Economy (Instituto Nacional de la Economía Social, INAES)":
            # the name in its own language and the acronym it goes by.
            foreign, short = (x.strip() for x in inner.rsplit(", ", 1))
            span = _trailing_org_span(before)
            a = m.start(1)
            if head_kind(foreign) == "org" or is_org_long_form(foreign):
                out.append((Definition(short, foreign, True), (a, a + len(foreign)), (m.end(1) - len(short), m.end(1))))
            if span:
                out.append((Definition(short, span, True), _located(before, span, base), (m.end(1) - len(short), m.end(1))))
            continue
        if _short_form(inner):
            short = inner.split()[-1]
            # "ILO PARDEV": the acronym of the body it belongs to first, a word of two letters or
            # more and one space before the unit's; "| ILO" and "I\t\tLO" have none.
            parent = inner.split(" ")[0] if re.fullmatch(r"\w[\w&.-]+ \S+", inner) else None
            long = schwartz_hearst(short, before)
            if long is None:
                # "Department of Partnership and Field Support (ILO PARDEV)": real acronyms do not
                # always spell their name; accept a capitalised organisation span just before.
                long = _last_name(_trailing_org_span(before))
            if long is None or fold(long) == fold(short):
                continue
            definition = Definition(inner if parent else short, long, is_org_long_form(long))
            at = m.start(1) if parent else m.start(1) + m.group(1).rfind(short)
            out.append((definition, _located(before, long, base), (at, m.end(1) if parent else at + len(short))))
        else:
            # "KoSEA (Korea Social Enterprise Promotion Agency)"
            prev = re.search(r"([A-Z][\w&-]*[A-Z][\w&-]*)\s*$", before)
            if prev and Word(prev.group(1), 0, 0).is_acronym and len(inner.split()) >= 2:
                long = clean_span(inner)
                if schwartz_hearst(prev.group(1), long) and re.match(r"[A-Z]", long):
                    a = base + prev.start(1)
                    out.append((Definition(prev.group(1), long, is_org_long_form(long)), (m.start(1), m.end(1)),
                                (a, a + len(prev.group(1)))))
    for m in RE_DASH_DEFINITION.finditer(text):
        long = m.group("long").strip()
        if schwartz_hearst(m.group("short"), long) and is_org_long_form(long):
            out.append((Definition(m.group("short"), long, True), m.span("long"), m.span("short")))
    return out


def _located(before: str, name: str, base: int) -> tuple[int, int]:
    """The span in the text of a name found in `before` (which starts at `base`): its last
    occurrence, or, where the name was read with its spaces made single ('Ministry of\t
    Employment'), its last occurrence with any spaces between its words."""
    a = before.rfind(name)
    if a >= 0:
        return base + a, base + a + len(name)
    found = None
    for found in re.finditer(r"\s+".join(map(re.escape, name.split())), before):
        pass
    return (base + found.start(), base + found.end()) if found else (base, base)


# "UNTFSSE - United Nations Inter-Agency Task Force on Social and Solidarity Economy" on a line of its own.
RE_DASH_DEFINITION = re.compile(r"^(?P<short>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\s+[-–—|:]\s+(?P<long>[A-Z][^\n]{5,120}?)\s*$", re.M)


def _last_name(span: str | None) -> str | None:
    """Of 'the Korea Labor Institute and the Mexican National Institute of Social Economy', the
    name the bracket after it belongs to: the last of two names run together, where it is a name
    of its own ('Economic Commission for Latin America and the Caribbean' is one name)."""
    if span is None:
        return None
    last = re.split(r" and the |, ", span)[-1]
    return last if head_kind(last) == "org" else span


def _trailing_org_span(before: str) -> str | None:
    spans = capitalised_spans(before)
    if not spans:
        return None
    s, (a, b) = spans[-1]
    if before[b:].strip():
        return None
    if len(spans) >= 2 and before[spans[-2][1][1]:a] == " in ":
        # "Organization for the Harmonization of Business Law in Africa (OHADA)": a place closes the name.
        from ssecli.extract.places import is_place

        joined = trim_title(before[spans[-2][1][0]:b])
        if is_place(s) and head_kind(joined.rsplit(" in ", 1)[0]) == "org":
            return joined
    s = trim_title(s)
    return s if head_kind(s) == "org" else None


def trim_title(span: str) -> str:
    """'Director of the Department of X' -> 'Department of X'; 'the ILO' -> 'ILO'."""
    ws = span.split()
    # "Seoul-based Sungkonghoe University": the place of a body is not part of its name.
    while ws and (ws[0].lower() in FUNCTION_WORDS or ws[0].lower() in MONTH_NAMES or re.search(r"-based$", ws[0])
                  or ws[0].islower() and ws[0] in CONNECTORS):  # "News of the Week": no name opens on "of"
        ws = ws[1:]
    lowered = [w.lower().strip(",") for w in ws]
    if lowered and lowered[0] in TITLE_WORDS and "of" in lowered[1:]:
        # "Director Song Ji-a of the Seoul Social Economy Center": the body is after "of".
        i = lowered.index("of", 1)
        rest = ws[i + 1:]
        while rest and rest[0].lower() == "the":
            rest = rest[1:]
        return trim_title(" ".join(rest)) if rest else ""
    for i, w in enumerate(lowered):
        if w in ("of", "at", "for") and i > 0 and lowered[i - 1] in TITLE_WORDS:
            rest = ws[i + 1:]
            while rest and rest[0].lower() in ("the",):
                rest = rest[1:]
            return trim_title(" ".join(rest)) if rest else ""
    return " ".join(ws)


def capitalised_spans(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Runs of capitalised words joined by connectors ('Ministry of Employment and Labour'),
    broken at punctuation, possessives and lower-case words."""
    out = []
    ws = words(text)
    i = 0
    while i < len(ws):
        if not _cap(ws[i]):
            i += 1
            continue
        j = i
        last_cap = i
        while j + 1 < len(ws) and j - i < MAX_SPAN_WORDS:
            nxt = ws[j + 1]
            gap = text[ws[j].end:nxt.start]
            if "\n" in gap or ws[j].possessive and not ws[j].group_possessive:
                break
            # "Japan Workers' Cooperative Union": a plural possessive inside a name.
            plural_possessive = gap in ("' ", "’ ") and ws[j].text.endswith("s")
            if _cap(nxt) and (gap in (" ", "") or plural_possessive):
                j += 1
                last_cap = j
            elif (nxt.text.lower() in CONNECTORS and gap == " " and nxt.text.islower()
                  # "in Mexico the National Institute": "the" joins only after "of", "for", "and" ...
                  and not (nxt.text == "the" and ws[j].text.lower() not in CONNECTORS)) or nxt.text == "&":
                j += 1
            else:
                break
        a, b = ws[i].start, ws[last_cap].end
        if ws[last_cap].possessive:
            b -= 2
        if text[a:b].endswith(("'", "’")):
            b -= 1
        out.append((text[a:b], (a, b)))
        i = last_cap + 1
    return out


# No name runs longer; a longer run is cut, so that the work on each run stays bounded.
MAX_SPAN_WORDS = 24
RE_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
RE_INNER_CAPS = re.compile(r"[a-z][A-Z]{2,}|[dl]['’][A-ZÀ-Þ]")  # "eBay", "iCOOP", "d'Ivoire"


def _cap(w: Word) -> bool:
    t = w.text
    first = t[:1]
    if first.isupper():
        return True
    if first.isdigit():
        return any(c.isalpha() for c in t) and not RE_ORDINAL.fullmatch(t)
    second = t[1:2]  # the pattern needs a capital or an apostrophe there: most words are let go at once
    return bool(second) and (second.isupper() or second in "'’") and bool(RE_INNER_CAPS.match(t))


RE_AND = re.compile(r" (?:and|&) ")


def split_and(span: str, start: int) -> list[tuple[str, int]]:
    """'ILO and Sungkonghoe University' is two names; 'Ministry of Employment and Labour' one;
    'Ministry of Employment and Labour and the Ministry of the Interior' two."""
    options = []
    for m in RE_AND.finditer(span) if " and " in span or " & " in span else ():
        left, right = span[: m.start()], span[m.end():]
        left_is_name = head_kind(left) == "org" or (len(left.split()) == 1 and left[:1].isupper())
        right_words = right.split()
        if right_words[:2] in (["of", "the"], ["of", "The"]):
            # "Country Office for Indonesia and of the Ministry of Cooperatives": a second body, owned alike.
            right_words = right_words[1:]
            right = " ".join(right_words)
        # "Ministry of Co-operatives and MSME Development": an acronym opening a complement is no new name.
        complement = re.search(r"\b(?:of|for|on)\b", left) is not None
        right_is_name = head_kind(right) == "org" or (
            Word(right_words[0], 0, 0).is_acronym and right_words[0] not in NON_ORG_ACRONYMS
            and (len(right_words) == 1 or not complement))
        if right_words[0] in ("the", "The") and head_kind(" ".join(right_words[1:])) == "org":
            # "... and the Basque Social Economy Observatory": a new body, whatever stands on the left.
            options.append((False, m))
            continue
        # "the Council of Poland and Iñaki Zubizarreta of ...": a person's name after the body.
        person_like = 2 <= len(right_words) <= 3 and all(
            w[:1].isupper() and fold(w) not in common_words() and fold(w) not in ORG_WORDS for w in right_words
        )
        # ... and the body may itself close a longer run: "Tomasz Wierzbicki of the National Council of Poland".
        left_org = head_kind(left) == "org" or any(
            head_kind(left[o.end():]) == "org" for o in re.finditer(r"\b(?:of|from|at)(?: the)? ", left)
        )
        if left_org and person_like:
            options.append((False, m))
            continue
        if left_is_name and right_is_name:
            fresh = right_words[0] in ("the", "The") or fold(right_words[0]) in ORG_WORDS or Word(right_words[0], 0, 0).is_acronym
            options.append((not fresh, m))
    if not options:
        return [(span, start)]
    m = min(options, key=lambda o: o[0])[1]
    right_start = m.end()
    right = span[right_start:]
    for lead in ("of the ", "the ", "The "):
        if right.startswith(lead):
            right_start += len(lead)
            right = right[len(lead):]
    return split_and(span[: m.start()], start) + split_and(right, start + right_start)


def find_orgs(text: str, is_place=lambda s: False) -> OrgFindings:
    found = OrgFindings()
    taken = SpanMask(len(text))
    overlaps = taken.hits

    def add(mention: OrgMention) -> None:
        found.mentions.append(mention)
        taken.add(*mention.span)

    for definition, long_span, short_span in find_definitions(text):
        found.definitions.append(definition)
        if definition.is_org:
            short = definition.short
            parent = short.split()[0] if " " in short else None
            add(OrgMention(definition.long, long_span, acronym=short, long=definition.long, parent=parent))
            add(OrgMention(short, short_span, acronym=short, long=definition.long, parent=parent))

    # "Ministry of Agriculture, Food and Rural Affairs": a name whose complement is a list.
    for m in RE_LIST_NAME.finditer(text):
        if not overlaps(*m.span()):
            add(OrgMention(m.group(), m.span()))

    for span, (a, b) in capitalised_spans(text):
        for part, pa in split_and(span, a):
            _classify_span(text, part, pa, found, add, overlaps, is_place)

    for m in RE_BRACKET.finditer(text):
        if not RE_GROUP_NOUN.search(text[max(0, m.start() - 40):m.start()]):
            continue
        items = [x.strip() for x in re.split(r",|\band\b", m.group(1)) if x.strip()]
        if len(items) < 3:
            continue
        for item in items:
            item = re.sub(r"^the\s+", "", item)
            if item[:1].isupper() and len(item.split()) <= 5 and not is_place(item):
                pos = text.find(item, m.start(1))
                if not overlaps(pos, pos + len(item)):
                    add(OrgMention(item, (pos, pos + len(item))))

    # Bare acronyms: candidates that the corpus confirms or rules out (resolve.py).
    upper_line = {}
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for w in words(text):
        if not w.is_acronym or overlaps(w.start, w.start + len(w.bare)):
            continue
        bare = w.bare
        if bare in NON_ORG_ACRONYMS or bare.upper() in NON_ORG_ACRONYMS or re.fullmatch(r"[IVXLC]+", bare):
            continue
        if re.search(r"-\d+$|\d{4}$", bare):
            continue  # COVID-19, H1N1-09: names of diseases and codes; IYC2025: a campaign's tag
        k = bisect.bisect_right(line_starts, w.start) - 1
        line_start = line_starts[k]
        if line_start not in upper_line:
            line = text[line_start: line_starts[k + 1] if k + 1 < len(line_starts) else len(text)]
            letters = [c for c in line if c.isalpha()]
            upper_line[line_start] = bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
        if not bare.isupper() and is_place(bare):
            continue  # an acronym in capitals is not the town of the same name (ILO, Peru)
        if bare.isupper() and len(bare) >= 5 and is_place(bare.title()):
            continue  # "SEOUL, 15 September 2023 -": a dateline in capitals
        found.acronym_candidates.append(
            OrgMention(bare, (w.start, w.start + len(bare)), strong=not upper_line[line_start])
        )
    # "A sister co-operative, Il Ponte Lavoro, is ..." and "the co-operative fund Coopfond":
    # a name in apposition to a common noun for a body.
    for m in RE_NOUN_NAME.finditer(text):
        a, b = m.span("name")
        name = m.group("name")
        if not overlaps(a, b) and not is_place(name) and name.split()[0].lower() not in FUNCTION_WORDS:
            add(OrgMention(name, (a, b)))
    # Names coined with a year or with "coop": Catalyst2030, Legacoop, Coopfond, iCOOP.
    for m in RE_COINED_NAME.finditer(text):
        if not overlaps(*m.span()) and fold(m.group()) not in common_words():
            found.acronym_candidates.append(OrgMention(m.group(), m.span()))
    found.mentions.sort(key=lambda m: m.span)
    return found


_CAPS = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
RE_LIST_NAME = re.compile(
    rf"\b(?:Ministry|Department|Directorate|Office|Bureau|Commission|Council|Committee|Secretariat|Division|"
    rf"Agency|Institute|Centre|Center) (?:of|for) (?:the )?{_CAPS}(?:, {_CAPS})+,? and {_CAPS}"
)
BODY_NOUNS = (r"(?:co-?operative|cooperative|fund|foundation|association|network|federation|union|agency|"
              r"organi[sz]ation|enterprise|company|consortium|institute|NGO|platform|alliance|bank|charity|"
              r"social enterprise|credit union|start-up|startup|council|think tank)")
RE_NOUN_NAME = re.compile(
    rf"\b(?:a|an|the|its|their|sister|local|regional|national|partner|member)\s+(?:[a-z-]+\s+)?{BODY_NOUNS}(?:,\s+|\s+)"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|del|di|of|la|le|du)){0,4}?)(?=,|\.|\s+(?:is|was|has|in|which|that|for|and|to)\b)"
)
RE_COINED_NAME = re.compile(r"(?<![\w.])(?:[A-Z][a-z]+(?:19|20)\d\d|[A-Z][a-z]*[Cc]oop[a-z]*|i?COOP[A-Za-z]*)(?![\w.])")


# "the Committee on April 26": a date after a name is not part of it.
RE_TRAILING_DATE = re.compile(r"(?:\s+(?:on|in|from|since|until|by))?\s+(?:January|February|March|April|May|June|July|"
                              r"August|September|October|November|December)\b.*$")
# "the European Social Economy Regions network": a name that a common noun after it makes a body.
RE_BODY_NOUN_AFTER = re.compile(r"\s+(?:network|platform|alliance|coalition|consortium|federation|association|"
                                r"movement|partnership)\b")


RE_TITLE_IN_SPAN = re.compile(
    r"\s(?:" + "|".join(sorted(t.capitalize() for t in TITLE_WORDS if "-" not in t and t not in ("general", "vice")))
    + r")\s+[A-Z]"
)


def _classify_span(text, part, start, found, add, overlaps, is_place) -> None:
    raw = RE_TRAILING_DATE.sub("", part)
    # "Cooperatives Europe Director Agnès Rousseau": a title and a name after the body.
    cut = RE_TITLE_IN_SPAN.search(raw)
    if cut and head_kind(raw[:cut.start()]) == "org":
        raw = raw[:cut.start()]
    trimmed = trim_title(raw)
    if not trimmed:
        return
    a = start + raw.find(trimmed)
    b = a + len(trimmed)
    if overlaps(a, b):
        # A defined long form already covers this ("Korean Ministry of ... (MOEL)").
        return
    toks = trimmed.split()
    # "ILO COOP", "UN DESA", "UN Water", "ILO Cooperatives Unit": a parent acronym and a unit.
    if all(t.isupper() for t in toks) and all(fold(t) in common_words() for t in toks):
        return  # "PRESS RELEASE", "MEMBER NEWS": a heading in capitals
    if len(toks) >= 2 and Word(toks[0], 0, 0).is_acronym and toks[0] not in NON_ORG_ACRONYMS:
        rest = " ".join(toks[1:])
        rest_kind = head_kind(rest)
        # "ILO PARDEV" is a unit; "ILO STATISTICS" is a word in capitals.
        unit_acronym = (len(toks) == 2 and Word(toks[1], 0, 0).is_acronym and toks[1] not in NON_ORG_ACRONYMS
                        and fold(toks[1]) not in common_words())
        # "UN Water", "ESS France": an acronym and one more name.
        single = (len(toks) == 2 and toks[1][0].isupper() and toks[1].lower() not in NON_ORG_HEADS
                  and toks[1].lower() not in TITLE_WORDS and not toks[1][-1:] == "s"
                  and toks[1].lower() not in FUNCTION_WORDS and not toks[1].isdigit())
        regional = is_place(rest) or all(is_place(t) for t in re.split(r"\s+(?:and|the)\s+|\s+", rest) if t)
        if unit_acronym or rest_kind == "org" or single or regional:
            add(OrgMention(trimmed, (a, b), parent=toks[0]))
        return
    of_rest = re.search(r"\b(?:of|from|at)(?: the)? ", trimmed)
    if (of_rest and of_rest.start() > 0 and head_kind(trimmed[:of_rest.start()]) != "org"
            and not trimmed[:of_rest.start()].split()[0].isupper()):
        # "Choi Jae-won of Korea University": what stands before "of" is no body's head, the body follows.
        rest = trimmed[of_rest.end():]
        pre_words = [fold(w) for w in trimmed[:of_rest.start()].split()]
        if not set(pre_words) & ORG_WORDS and len(rest.split()) >= 2 and rest[:1].isupper() and head_kind(rest) == "org":
            _classify_span(text, rest, a + of_rest.end(), found, add, overlaps, is_place)
            return
    if (head_kind(trimmed) == "none" and len(toks) >= 3 and RE_BODY_NOUN_AFTER.match(text, b)
            and not is_place(trimmed) and all(t[:1].isupper() or t in CONNECTORS for t in toks)):
        add(OrgMention(trimmed, (a, b)))
        return
    if head_kind(trimmed) != "org":
        # "Rafael Cuesta of the University of Valencia": the name inside a longer run.
        for m in re.finditer(r"\b(?:of|and|for)(?: the)? ", trimmed):
            rest = trimmed[m.end():]
            if len(rest.split()) >= 2 and rest[:1].isupper() and head_kind(rest) == "org":
                _classify_span(text, rest, a + m.end(), found, add, overlaps, is_place)
                return
        return
    if len(toks) < 2 or is_place(trimmed):
        return
    # "ILO's Enterprises Unit": the owner stands just before, with a possessive.
    before = text[max(0, a - 40):a]
    owner = re.search(r"([A-Z][\w&.-]*)['’]s\s+$", before)
    parent = owner.group(1) if owner and Word(owner.group(1), 0, 0).is_acronym else None
    add(OrgMention(trimmed, (a, b), parent=parent))
