"""Acronym definitions: `Long Name (ACR)`, `ACR (Long Name)`, `(Name in its own language, ACR)`,
aligned the Schwartz-Hearst way, and the forms real pages write without brackets: `Name ACR`,
`Name - ACR`, `ACR - the Name -`."""

from __future__ import annotations

import re

from ssecli.extract.gazetteer import common_words
from ssecli.extract.lexicon import (
    FUNCTION_WORDS,
    MONTH_NAMES,
    NON_ORG_ACRONYMS,
    ORG_WORDS_ABROAD,
    TITLE_WORDS,
)
from ssecli.extract.names import HONORIFICS, everyday_words, foreign_words, is_given_name
from ssecli.extract.places import is_place, lookup
from ssecli.extract.runs import split_and
from ssecli.extract.spans import (
    RE_CAPS_PLURAL,
    Definition,
    OrgMention,
    capitalised_spans,
    field_and_country,
    head_kind,
    trim_title,
)
from ssecli.extract.text import CONNECTORS, Word, clean_span, fold


def is_org_long_form(long: str) -> bool:
    """A defined acronym names an organisation when its long form is a capitalised
    name headed by an organisation word: 'Sungkonghoe University (SKHU)' yes,
    'social and solidarity economy (SSE)' and 'Memorandum of Understanding (MoU)' no."""
    ws = re.findall(r"[\w'’-]+", long)
    if RE_UN_BODY_ABROAD.match(long):
        return True  # "Programme des Nations unies pour le développement (Pnud)": the UNDP in French
    caps = [w for w in ws if w.lower() not in CONNECTORS and w != "in" and not re.match(r"[dl]['’]", w)]
    if caps and fold(caps[0]) in ORG_WORDS_ABROAD and caps[0][0].isupper():
        # "Conseil national de l'Industrie (CNI)": French, Spanish and Italian write a body's
        # adjectives in lower case after its head word.
        caps = [w for w in caps if w[0].isupper() or w[0].isdigit()]
    if not caps or not all(w[0].isupper() or w[0].isdigit() for w in caps):
        return False
    # "ICA Asia and Pacific (ICA-AP)": a body's regional office, named by its acronym and region.
    if Word(caps[0], 0, 0).is_acronym and caps[0] not in NON_ORG_ACRONYMS and len(caps) >= 2:
        return head_kind(long) != "other"
    if RE_UN_PROGRAMME.match(long):
        return True  # "United Nations Development Programme (UNDP)": the UN's programmes are its bodies
    return head_kind(long) == "org" or _regional_long_form(long) or _coined_long_form(long, caps)


# The UN names some of its bodies by their programme, conference, office or officer: UNDP, UNCTAD
# ("United Nations Conference on Trade and Development"), UNHCR ("... High Commissioner for Refugees").
RE_UN_PROGRAMME = re.compile(
    r"(?:the )?(?:United Nations|UN) (?:[A-Z][\w ,'’-]* (?:Programme|Program)$|Conference on [A-Z]"
    r"|High Commissioner for [A-Z]|(?:[A-Z][\w'’-]* )*(?:Fund|Office)(?: (?:for|on) [A-Z]|$))"
)


# The UN's bodies as French, Spanish and Portuguese pages name them, in lower case but for their head.
RE_UN_BODY_ABROAD = re.compile(
    r"(?:le |la |el |o |a )?(?:Programme|Programa|Organisation|Organización|Organização|Fonds|Fondo|Fundo"
    r"|Haut[- ]Commissariat|Alto Comisionado|Conférence|Conferencia|Bureau|Oficina)"
    r" (?:des|de las|das) (?:Nations [Uu]nies|Naciones Unidas|Nações Unidas)\b",
    re.I,
)


def _coined_long_form(long: str, caps: list[str]) -> bool:
    """'Samagi Jana Balawegaya (SJB)', 'Sri Lanka Podujana Peramuna (SLPP)': a name most of whose
    words are no everyday words of English, Spanish, French, Portuguese or Italian names a body (a
    party, a company); a topic is named in words ('Economía Social y Solidaria (ESS)')."""
    if len(caps) < 2 or head_kind(long) == "other" or any(w[0].isdigit() or w.endswith(".") for w in caps):
        return False  # "August 10, 2022 (DC)", "Mr. Huseyin Polat (NCUT)"
    first = fold(caps[0])
    if first in MONTH_NAMES or first in HONORIFICS or is_given_name(caps[0]) or is_place(long):
        return False  # a day, a person, "Trinidad and Tobago (TT)"
    words = [fold(part) for w in caps for part in w.split("-")]  # "Multi-State Co-operatives": words
    if all(w in common_words() for w in words):
        return False  # "Trainer of Trainers (ToTs)", "Area Cooperative Enterprises (ACEs)"
    known = sum(w in everyday_words() or w in foreign_words() for w in words)
    return 2 * known < len(words)


RE_REGION_END = re.compile(r"(.+?) ([A-Z][\w'’-]+(?: (?:and|&)(?: the)? [A-Z][\w'’-]+)?)$")


def _regional_long_form(long: str) -> bool:
    """'International Co-operative Alliance Asia and Pacific (ICA-AP)': a body's name, then the
    world region its office serves."""
    m = RE_REGION_END.match(long)
    if not m or head_kind(m.group(1)) != "org":
        return False
    parts = re.split(r" (?:and|&)(?: the)? ", m.group(2))
    return all((e := lookup(x)) is not None and e.kind in ("continent", "region") for x in parts)


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
# A definition's square bracket holds an acronym alone ("Cocoa and Coffee Interprofessional Council [CICC]").
RE_SQUARE_BRACKET = re.compile(r"\[([A-Z][\w&-]{1,15})\]")


def _short_form(s: str) -> bool:
    s = s.strip()
    toks = s.split()
    return (
        1 <= len(toks) <= 2
        and any(c.isupper() for c in s)
        and len(s) <= 16
        and all(Word(t, 0, 0).is_acronym or t.isupper() for t in toks[-1:])
    )


def find_definitions(text: str) -> list[tuple[Definition, tuple[int, int], tuple[int, int]]]:
    """Acronym definitions with the spans of the long and the short form."""
    out = []
    square: list[tuple[int, int]] = []
    brackets = list(RE_BRACKET.finditer(text)) if "(" in text else []
    if "[" in text and (squares := list(RE_SQUARE_BRACKET.finditer(text))):
        square = [m.span(1) for m in squares]
        brackets = sorted(brackets + squares, key=lambda m: m.start())
    for m in brackets:
        inner = m.group(1).strip()
        stop = m.start()
        if text[stop - 2 : stop] == ". " and text[stop - 3 : stop - 2].isalpha() and _short_form(inner):
            stop -= 2  # "... Training Association. (ZAABTA)": a stray full stop
        before, base = _clause_before(text, stop)
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
                out.append(
                    (Definition(short, span, True), _located(before, span, base), (m.end(1) - len(short), m.end(1)))
                )
            continue
        if field_and_country(inner):
            # "the Co-operative Housing Federation of Canada (CHF Canada)": the field's initials and the country
            long = _last_name(_trailing_org_span(before))
            if long is not None:
                out.append((Definition(inner, long, True), _located(before, long, base), (m.start(1), m.end(1))))
            continue
        if _short_form(inner):
            short = inner.split()[-1]
            if short in NON_ORG_ACRONYMS or RE_CAPS_PLURAL.fullmatch(short):
                # "General Assembly in Cardiff (UK)": a place's initials, not a body's; "Coconut Farmers
                # Cooperatives (CFCs)": a kind of body, in the plural
                continue
            # "ILO PARDEV": the acronym of the body it belongs to first, a word of two letters or
            # more and one space before the unit's; "| ILO" and "I\t\tLO" have none.
            parent = inner.split(" ")[0] if re.fullmatch(r"\w[\w&.-]+ \S+", inner) else None
            long = _widened(short, schwartz_hearst(short, before), before)
            if long is None and not _state_code(short, before):
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
                # "CICOPA (International Organisation of Industrial and Service Cooperatives)": an acronym
                # that does not spell its name, before a name that is a body's.
                spelt = schwartz_hearst(prev.group(1), long) or len(long.split()) >= 3 and is_org_long_form(long)
                if spelt and re.match(r"[A-Z]", long) and prev.group(1) not in NON_ORG_ACRONYMS:
                    a = base + prev.start(1)
                    out.append(
                        (
                            Definition(prev.group(1), long, is_org_long_form(long)),
                            (m.start(1), m.end(1)),
                            (a, a + len(prev.group(1))),
                        )
                    )
    for m in RE_DASH_INLINE.finditer(text) if " – " in text or " - " in text or " — " in text else ():
        # "UNRISD – the United Nations Research Institute for Social Development – has ..."
        short = RE_ACRONYM_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if short is None:
            continue
        long = m.group("long").strip()
        if (
            short.group(1) not in NON_ORG_ACRONYMS
            and is_org_long_form(long)
            and (schwartz_hearst(short.group(1), long) or len(long.split()) >= 3)
        ):
            out.append((Definition(short.group(1), long, True), m.span("long"), short.span(1)))
    for m in RE_DASH_DEFINITION.finditer(text):
        long = m.group("long").strip()
        if schwartz_hearst(m.group("short"), long) and is_org_long_form(long):
            out.append((Definition(m.group("short"), long, True), m.span("long"), m.span("short")))
    out.extend(_appositive_definitions(text))
    # A square bracket defines a body's acronym only: "[sic]" and "[the ILO]" are an editor's words.
    return [d for d in out if d[0].is_org or not any(a <= d[2][0] < b for a, b in square)]


# "COCETA, the Spanish Confederation of Workers Cooperatives, said": an acronym, then its name in
# apposition, closed by a comma before a verb or by the sentence's end.
RE_ACRONYM_APPOSITION = re.compile(
    r"(?<!, )(?<![\w-])(?P<short>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*), the "
    r"(?P<long>[A-Z][^\n().,;:]{5,120}?)(?=[.;:)]|, [a-z]+\b)"
)
# Where it can start: an acronym's last letter, then ", the " (searched for first, as few texts have it).
RE_APPOSITION_TRIGGER = re.compile(r"[A-Za-z&], the [A-Z]")
# "the Central Union of Agricultural Cooperatives, known as JA-ZENCHU,": a name, then the one it goes by.
RE_KNOWN_AS = re.compile(
    r", (?:also |commonly |locally |popularly |better |widely )?known as (?:the )?"
    r"(?P<short>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*(?:-[A-Z][A-Za-z&]*)?)\b(?![\w-])"
)


def _appositive_definitions(text: str) -> list[tuple[Definition, tuple[int, int], tuple[int, int]]]:
    out = []
    for t in RE_APPOSITION_TRIGGER.finditer(text) if ", the " in text else ():
        start = RE_ACRONYM_BEFORE.search(text, max(0, t.start() - 16), t.start() + 1)
        m = RE_ACRONYM_APPOSITION.match(text, start.start()) if start else None
        if m is None:
            continue
        short, long = m.group("short"), m.group("long").strip()
        after = text[m.end("long") + 2 : m.end("long") + 16].split(" ")[0]
        if (
            short in NON_ORG_ACRONYMS
            or not Word(short, 0, 0).is_acronym
            or after.lower() in FUNCTION_WORDS
            or len(long.split()) < 3
            or " and the " in long
            or not is_org_long_form(long)
        ):
            continue
        out.append((Definition(short, long, True), m.span("long"), m.span("short")))
    for m in RE_KNOWN_AS.finditer(text) if "known as" in text else ():
        before, base = _clause_before(text, m.start())
        long = _trailing_org_span(before)
        short = m.group("short")
        if long is None or short in NON_ORG_ACRONYMS or fold(long) == fold(short):
            continue
        out.append((Definition(short, long, True), _located(before, long, base), m.span("short")))
    return out


def _clause_before(text: str, stop: int) -> tuple[str, int]:
    """The text of the clause that ends at `stop` (back to a sentence's or a bracket's edge, at most
    160 characters), and where it starts."""
    before = text[max(0, stop - 160) : stop]
    before = re.split(r"[.;:\n]\s|\(|\)", before)[-1] if before else ""
    return before, stop - len(before)


RE_DASH_INLINE = re.compile(r" [–—-] (?:the )?(?P<long>[A-Z][^\n–—().,;:]{5,120}?) [–—-] ")


RE_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)$")


# "Kenya Union of Savings and Credit Cooperatives KUSCCO", "Sacco Societies Regulatory Authority-SASRA".
RE_TRAILING_ACRONYM = re.compile(r"(?: |-|–| [-–] )([A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)$")


RE_OF_THE = re.compile(r" of (?:the )?")
RE_REGION_AFTER = re.compile(r" [-–] ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\b")


def _regional_body(text: str, span: str, a: int, b: int, add, overlaps) -> bool:
    """'International Co-operative Alliance - Africa': a body's regional office, its own body."""
    m = RE_REGION_AFTER.match(text, b)
    if not m:
        return False
    e = lookup(m.group(1))
    name = trim_title(span)
    if e is None or e.kind not in ("continent", "region") or not name:
        return False
    owner = RE_OF_THE.search(name)
    if owner and head_kind(name[: owner.start()]) == "other":
        name = name[owner.end() :]  # "the Youth Seminar of the International Co-operative Alliance - Asia Pacific"
    if not (head_kind(name) == "org" or Word(name, 0, 0).is_acronym and name not in NON_ORG_ACRONYMS):
        return False
    start = a + span.rfind(name)
    if overlaps(start, m.end()):
        return False
    add(OrgMention(text[start : m.end()], (start, m.end())))
    return True


def _trailing_acronym(span: str, start: int, found, add, overlaps) -> bool:
    """A name and its acronym run together without brackets: both are taken, and the acronym
    defined, where the acronym spells the name."""
    if not span[-1:].isupper():
        return False
    m = RE_TRAILING_ACRONYM.search(span)
    if not m or m.start() == 0:
        return False
    short = m.group(1)
    if short in NON_ORG_ACRONYMS or not Word(short, 0, 0).is_acronym:
        return False
    before = span[: m.start()]
    long = _widened(short, schwartz_hearst(short, before), before)
    if (
        not long
        or len(long.split()) < 2
        or long.split()[-1] in CONNECTORS
        or short in long.split()
        or head_kind(long) != "org"
        or not is_org_long_form(long)
    ):
        return False
    a = start + m.start() - len(long)
    s = start + m.start(1)
    if overlaps(a, start + len(span)):
        return False
    found.definitions.append(Definition(short, long, True))
    add(OrgMention(long, (a, a + len(long)), acronym=short, long=long))
    add(OrgMention(short, (s, s + len(short)), acronym=short, long=long))
    return True


# "HUBC 78.00 Increased By ▲ 0.30": a line of a price or data table opens on a code, not a name.
RE_TICKER_LINE = re.compile(r"[A-Z][A-Z0-9&.]{1,9} [-+]?[\d.,]+%?(?: |$)")


def _ticker_line(text: str, at: int) -> bool:
    a = text.rfind("\n", 0, at) + 1
    m = RE_TICKER_LINE.match(text, at)
    return m is not None and (
        at - a <= 20
        and not text[a:at].strip(" \t-*•")
        or re.match(r"[A-Z0-9&.]+ [-+]?\d+\.\d\d ", m.group()) is not None
    )


RE_EVENT_AFTER = re.compile(r"[ -](?:Day|Days|Week|Summit|Award|Awards|Month|Games)\b")


RE_CAPS_WORD = re.compile(r"[A-Z]{2,}")


def _caps_heading(text: str, a: int, b: int) -> bool:
    """A word in capitals beside another common word in capitals."""
    before = re.search(r"([A-Z]{2,})\s+$", text[max(0, a - 30) : a])
    after = re.match(r"\s+([A-Z]{2,})\b", text[b : b + 30])
    return any(m and fold(m.group(1)) in common_words() for m in (before, after))


def _state_code(short: str, before: str) -> bool:
    """'Prefeitura de Itapeva (SP)': two letters after a town are its state's, as Brazil writes them."""
    last = before.rstrip().rsplit(" ", 1)[-1]
    return len(short) == 2 and last[:1].isupper() and is_place(last)


def _widened(short: str, long: str | None, before: str) -> str | None:
    """'Canadian Co-operative Association (CCA)': the alignment stops at the first word that can
    start the short form ('Co-operative'); a capitalised word before it with the same initial
    ('Canadian') starts the name."""
    if not long or not before.endswith(long):
        return long
    m = re.search(r"([A-Z][\w'’-]*) $", before[: len(before) - len(long)])
    if (
        m
        and m.group(1)[0] == short[0]
        and m.group(1).lower() not in FUNCTION_WORDS
        and m.group(1).lower() not in TITLE_WORDS
        and m.group(1).lower() not in MONTH_NAMES
    ):
        return m.group(1) + " " + long
    # "Cocoa and Coffee Interprofessional Council [CICC]": the field before an "and" that opens the
    # same name, where the name is one body and not two.
    m = re.search(r"(\S*) ?([A-Z][\w'’-]*) (?:and|&) $", before[: len(before) - len(long)])
    if (
        m
        and not (m.group(1)[:1].isupper() and not m.group(1).endswith(("'s", "’s")))  # "Samar Kumar and ..."
        and fold(m.group(2)) in common_words()
        and len(split_and(m.group(2) + " and " + long, 0)) == 1
    ):
        return before[m.start(2) :]
    return long


def _located(before: str, name: str, base: int) -> tuple[int, int]:
    """The span in the text of a name found in `before` (which starts at `base`): its last
    occurrence, or, where the name was read with its spaces made single ('Ministry of\t
    Employment'), its last occurrence with any spaces between its words."""
    a = before.rfind(name)
    if a >= 0:
        return base + a, base + a + len(name)
    found = None
    for found in re.finditer(r"\s+".join(map(re.escape, name.split())), before):  # noqa: B007 - the last one
        pass
    return (base + found.start(), base + found.end()) if found else (base, base)


# "UNTFSSE - United Nations Inter-Agency Task Force on Social and Solidarity Economy" on a line of its own.
RE_DASH_DEFINITION = re.compile(
    r"^(?P<short>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\s+[-–—|:]\s+(?P<long>[A-Z][^\n]{5,120}?)\s*$", re.M
)


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
    if len(spans) >= 2 and before[spans[-2][1][1] : a] == " in ":
        # "Organization for the Harmonization of Business Law in Africa (OHADA)": a place closes the name.
        joined = trim_title(before[spans[-2][1][0] : b])
        if is_place(s) and head_kind(joined.rsplit(" in ", 1)[0]) == "org":
            return joined
    s = trim_title(s)
    return s if head_kind(s) == "org" else None
