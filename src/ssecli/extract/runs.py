"""Cutting a run of capitalised words into the names it holds: at an 'and' that joins two
names (split_and), and before a person's name that closes a body's (person_after)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ssecli.extract.gazetteer import common_words, very_common_words
from ssecli.extract.lexicon import (
    AGENCY_FIELDS,
    GOVERNMENT_HEADS,
    NON_ORG_ACRONYMS,
    OFFICE_WORDS,
    ORG_WORDS,
    ORG_WORDS_ABROAD,
    ORG_WORDS_ENGLISH,
)
from ssecli.extract.name_edges import headline_verb
from ssecli.extract.places import is_place, lookup, world_region
from ssecli.extract.spans import ARTICLES_ABROAD, PLURAL_HEADS, field_and_country, head_kind
from ssecli.extract.text import CACHED_NAMES, CONNECTORS, Word, fold

RE_AND = re.compile(r" (?:and|&) ")
# The articles after the other languages' "and" that tell a new name opens there.
AND_ARTICLES = (
    "la", "el", "le", "los", "las", "les", "o", "a", "os", "as", "da", "do", "das", "dos", "del", "della", "du", "des",
)  # fmt: skip
RE_AND_ARTICLE = re.compile(rf" (?:y|et|e) (?=(?:{'|'.join(AND_ARTICLES)}) )")
RE_LEAD_ARTICLE = re.compile(r"^(?:(?:The|El|La|Le|Les|Los|Las|O|A|Il|Lo) |L['’])")
RE_AND_REST_ABROAD = re.compile(r" (?:y|et|e) (?=([A-Z].*)$)")
RE_ACRONYM_WORD = re.compile(r"[A-Z]{2,}[A-Za-z]*")
RE_OPENING_HEAD = re.compile(r"(\w+) (?:de|del|des|du|da|do|di|della)\b")
RE_COMPLEMENT = re.compile(r"\b(?:of|for|on)\b")


def _place_across(left: str, right: str, joiner: str = " and ") -> bool:
    """A place's name with 'and' in it: 'Trinidad and Tobago', 'St Vincent and the Grenadines',
    'América Latina y el Caribe'."""
    lw, rw = left.split()[-2:], right.split()[:3]
    return _place_of_words(" ".join(lw), " ".join(rw), joiner)


@lru_cache(maxsize=CACHED_NAMES)
def _place_of_words(left: str, right: str, joiner: str) -> bool:
    lw, rw = left.split(), right.split()
    for a in (1, 2):
        for b in (1, 2, 3):
            if a <= len(lw) and b <= len(rw) and (b > 1 or rw[0].lower() not in ("the", *AND_ARTICLES)):
                if is_place(" ".join(lw[-a:]) + joiner + " ".join(rw[:b])):
                    return True
    return False


def _regions_across(left: str, right: str) -> bool:
    rest = right.removeprefix("the ")
    return " " not in rest and world_region(left.rsplit(" ", 1)[-1]) and world_region(rest)


def _english_head(name: str) -> bool:
    words = [fold(w) for w in name.split()]
    return any(w in ORG_WORDS_ENGLISH or w in PLURAL_HEADS for w in words) and not any(
        w in ORG_WORDS_ABROAD for w in words
    )


def _last_match(rx: re.Pattern[str], s: str) -> re.Match[str] | None:
    matches = list(rx.finditer(s))
    return matches[-1] if matches else None


def _named_place(word: str) -> bool:
    """'Kenya', 'Seoul': a place that names a body of its own before "and". A town named by an everyday
    word is that word ("the Cocoa and Coffee Interprofessional Council"); a country is a country."""
    e = lookup(word)
    return e is not None and (fold(word) not in common_words() or e.kind in ("country", "continent"))


def _acronym_and_town(name: str) -> bool:
    """'ILO Bangkok', 'FAO Rome': a body's office, named by the body's acronym and its town."""
    toks = name.split()
    return (
        len(toks) == 2
        and Word(toks[0], 0, 0).is_acronym
        and toks[0] not in NON_ORG_ACRONYMS
        and not toks[1].isupper()
        and is_place(toks[1])
    )


# Two words that name one field of finance together, as co-operative banks are named.
FIELD_PAIRS = {
    ("savings", "credit"),
    ("thrift", "credit"),
    ("savings", "loan"),
    ("savings", "loans"),
    ("credit", "savings"),
}


def split_and(span: str, start: int) -> list[tuple[str, int]]:
    """'ILO and Sungkonghoe University' is two names; 'Ministry of Employment and Labour' one;
    'Ministry of Employment and Labour and the Ministry of the Interior' two."""
    options = []
    # "la Intendencia de Canelones y la Unidad de ...": in other languages, only an article after the
    # "and" tells a new name ("Ministerio de Economía, Fomento y Turismo" is one).
    abroad = " y " in span or " et " in span or " e " in span
    for m in RE_AND_ARTICLE.finditer(span) if abroad else ():
        if _place_across(span[: m.start()], span[m.end() :], m.group()):
            continue  # "para América Latina y el Caribe": the "y" is the place's
        if head_kind(span[m.end() :].split(" ", 1)[1]) == "org" and head_kind(span[: m.start()]) == "org":
            options.append((False, m))
    # After the last "and" of the other languages, what closes the run after a body is no part of it:
    # an acronym, a body of its own ("... de la Economía Asociativa de Chile e INACOOP"), or a town
    # ("... de la Economía Social y Santiago de Compostela será ...").
    last = _last_match(RE_AND_REST_ABROAD, span) if abroad else None
    left_core = RE_LEAD_ARTICLE.sub("", span[: last.start()]) if last else ""
    if last and head_kind(left_core) == "org":
        rest = last.group(1)
        if RE_ACRONYM_WORD.fullmatch(rest):
            if rest not in NON_ORG_ACRONYMS:
                options.append((False, last))
        elif is_place(rest) and not is_place(left_core.rsplit(" ", 1)[-1]):
            # "... di Trento e Rovereto": two places of one complement
            options.append((False, last))
        elif " " in rest and head_kind(rest) == "org" and _english_head(rest):
            # "Università degli Studi di Trento e Cooperatives Europe": a body named in English
            options.append((False, last))
    # "EspazoCoop y Universidad de Santiago de Compostela": a head that opens its own name, with its
    # complement, after a coined name is a second body ("Ministerio de Economía, Fomento y Turismo" is one).
    elif last and (opening := RE_OPENING_HEAD.match(last.group(1))) and fold(opening.group(1)) in ORG_WORDS_ABROAD:
        if " " not in left_core and left_core[:1].isupper() and fold(left_core) not in common_words():
            options.append((False, last))
    for m in RE_AND.finditer(span) if " and " in span or " & " in span else ():
        left, right = span[: m.start()], span[m.end() :]
        if _place_across(left, right):
            continue  # "St Vincent and the Grenadines Co-operative League": the "and" is the place's
        if (left.rsplit(" ", 1)[-1].lower(), right.split(" ", 1)[0].lower()) in FIELD_PAIRS:
            continue  # "Kenya Union of Savings and Credit Co-operative Ltd": one field of two words
        if left.endswith(("s'", "s’")):
            continue  # "Network of Farmers’ and Agricultural Producers’ Organisations": the owners of one head
        if _regions_across(left, right):
            continue  # "International Cooperative Alliance Asia and Pacific": the regions an office serves
        if right.split()[-1].lower() in GOVERNMENT_HEADS and " " not in left and not left.isupper():
            continue  # "Cooperatives and SMEs Ministry": the fields of one ministry
        # "Employment and Social Development Canada": a field alone before "and" is no name of its own
        # "the Competition and Markets Authority": nor is an everyday word, a field, before the head.
        # "The FAO and UN Women", "ILO Bangkok and UN Women": an article before a name, and an acronym's
        # office named by its town, are names too.
        core = RE_LEAD_ARTICLE.sub("", left)
        left_is_name = (
            head_kind(core) == "org"
            or (
                len(core.split()) == 1
                and core[:1].isupper()
                and (core == left or not is_place(core))  # "the California and Nevada Credit Union Leagues"
                and fold(core) not in AGENCY_FIELDS | PLURAL_HEADS
                and (core.isupper() or fold(core) not in common_words() or _named_place(core) or " " not in right)
                # "the Alphonse and Dorimène International Institute": a given name alone names no body
                and (core.isupper() or _named_place(core) or not _given_rank(core) or fold(core) in common_words())
            )
            or _acronym_and_town(core)
        )
        right_words = right.split()
        if right_words[:2] in (["of", "the"], ["of", "The"]):
            # "Country Office for Indonesia and of the Ministry of Cooperatives": a second body, owned alike.
            right_words = right_words[1:]
            right = " ".join(right_words)
        # "Ministry of Co-operatives and MSME Development": an acronym opening a complement is no new name.
        complement = RE_COMPLEMENT.search(left) is not None
        if (
            complement
            and _government_of(left)
            and right_words[0] not in ("the", "The")
            and not any(fold(w) in GOVERNMENT_HEADS for w in right_words)
            and all(fold(w) in common_words() for w in right_words)
        ):
            # "the Ministry of Government and Consumer Services", "Department of Agriculture and Applied
            # Economics": the fields of one ministry or department, in everyday words
            continue
        # "Wageningen University and Research Centre": a right side of everyday words continues the name.
        generic_right = (
            len(right_words) == 2
            and fold(right_words[-1]) in ORG_WORDS
            and fold(right_words[0]) in very_common_words()
            and not is_place(right_words[0])
        )
        right_is_name = (
            head_kind(right) == "org"
            and not generic_right
            # "Business Council of Co-operatives and Mutuals": a plural head alone names a kind, no body
            and not (len(right_words) == 1 and fold(right) in ORG_WORDS and right.endswith("s"))
            or (
                Word(right_words[0], 0, 0).is_acronym
                and right_words[0] not in NON_ORG_ACRONYMS
                and (len(right_words) == 1 or not complement)
            )
        )
        # "HCT Group and ClearlySo": a body, then a coined one-word name that no dictionary holds.
        coined_right = (
            len(right_words) == 1
            and right[:1].isupper()
            and not right[:2].isupper()  # "Ministry of Cooperatives and SMEs": a complement
            and head_kind(left) == "org"
            and fold(right) not in common_words()
            and fold(right) not in ORG_WORDS  # "Ministry of Agriculture and Cooperatives"
            and fold(right) not in PLURAL_HEADS
            and not is_place(right)
        )
        right_is_name = right_is_name or coined_right or field_and_country(right)
        if head_kind(left) == "org" and _place_named(right) and not _serves_place(left):
            # "the Generalitat de Catalunya and the Province of Québec": a body, then a place (not the
            # places a body serves: "ILO Country Office for Indonesia and Timor-Leste")
            options.append((False, m))
            continue
        if right_words[0] in ("the", "The") and head_kind(" ".join(right_words[1:])) == "org":
            # "... and the Basque Social Economy Observatory": a new body, whatever stands on the left.
            options.append((False, m))
            continue
        if (
            head_kind(left) == "org"
            and right_words[0] in ("the", "The")
            and len(right_words) >= 3
            and (not complement or not all(fold(w) in common_words() for w in right_words[1:]))
        ):
            # "the Brixton Founders Network and the Kilnbury Makers", "the Charity Commission and the
            # Fundraising Regulator": "and the" opens another name, whether or not its words say what
            # it is ("Ministry of Agriculture and the Rural Economy" is one name: a field of everyday
            # words in the complement).
            options.append((False, m))
            continue
        # "the Council of Poland and Iñaki Zubizarreta of ...": a person's name after the body.
        person_like = 2 <= len(right_words) <= 3 and all(
            w[:1].isupper() and fold(w) not in common_words() and fold(w) not in ORG_WORDS for w in right_words
        )
        # ... and the body may itself close a longer run: "Tomasz Wierzbicki of the National Council of Poland".
        left_org = head_kind(left) == "org" or any(
            head_kind(left[o.end() :]) == "org" for o in re.finditer(r"\b(?:of|from|at)(?: the)? ", left)
        )
        if left_org and person_like:
            options.append((False, m))
            continue
        if right_is_name and head_kind(left) != "org" and _division_named(left) and not is_place(right_words[0]):
            # "Kerugoya, Kirinyaga County and PESA Sacco Society": a county, then a body of its own
            options.append((False, m))
            continue
        if (
            len(right_words) >= 2
            and right_words[0][:1].isupper()
            and fold(left.split()[-1]) in ORG_WORDS
            and " of " not in left
            and head_kind(span) != "org"
        ):
            # "Bristol City Council and Co-op Energy": a body that ends on its head, then a name whose
            # words do not say what it is; the whole run names no body, and the body is not lost with it
            # ("Parliamentary Friends of Mutuals and Cooperatives" is one name).
            options.append((True, m))
            continue
        if left_is_name and right_is_name:
            fresh = (
                right_words[0] in ("the", "The")
                or fold(right_words[0]) in ORG_WORDS
                or Word(right_words[0], 0, 0).is_acronym
            )
            options.append((not fresh, m))
    if not options:
        return [(span, start)]
    m = min(options, key=lambda o: o[0])[1]
    right_start = m.end()
    right = span[right_start:]
    for lead in ("of the ", "the ", "The ", "la ", "el ", "le ", "l'", "l’", "los ", "las ", "les ", "o ", "a "):
        if right.startswith(lead):
            right_start += len(lead)
            right = right[len(lead) :]
    return split_and(span[: m.start()], start) + split_and(right, start + right_start)


def _government_of(left: str) -> bool:
    """Whether `left` ends in a government's body and its field: "(Staff of the) Ministry of
    Government", "Department of Agriculture"."""
    toks = left.split()
    heads = [i for i, t in enumerate(toks) if fold(t) in GOVERNMENT_HEADS]
    return bool(heads) and heads[-1] + 1 < len(toks) and toks[heads[-1] + 1] in ("of", "for")


RE_DIVISION_OF = re.compile(r"(?:[Tt]he )?(?:Province|State|Region|Canton|County|Department) of (?P<place>.+)$")


RE_SERVED_AFTER = re.compile(r"\b(?:of|for|in) (?:the )?(.+)$")


def _serves_place(name: str) -> bool:
    """'ILO Country Office for Indonesia': a body's name closed by the place it serves."""
    served = RE_SERVED_AFTER.search(name)
    return served is not None and is_place(served.group(1))


def _place_named(name: str) -> bool:
    """'the Province of Québec', 'Kenya': a place, named alone or as a division of its own name."""
    division = RE_DIVISION_OF.match(name)
    return is_place(division.group("place") if division else name.removeprefix("the "))


RE_NAMED_DIVISION = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:County|District|Province|Sub-[Cc]ounty)$")


def _division_named(name: str) -> bool:
    """'Kirinyaga County', 'Masindi District': a division named by the word for its kind."""
    return RE_NAMED_DIVISION.fullmatch(name) is not None


def split_at_named(span: str, start: int, alone: Counter[str]) -> list[tuple[str, int]] | None:
    """'Newcastle Permanent Building Society and Greater Bank' is two names where the text also writes
    'Greater Bank' (or the left side) as a run of its own (`alone` counts the page's runs): what the
    page names alone is a name. A side of everyday words must stand alone twice: "Wageningen
    University and Research Centre" is one name though "Research Centre" may stand once. None
    where no side stands alone."""
    for m in RE_AND.finditer(span):
        left, right = span[: m.start()], span[m.end() :]
        right = right[4:] if right.startswith(("the ", "The ")) else right
        if len(left.split()) < 2 or len(right.split()) < 2:
            continue
        if any(alone[side] >= (2 if _everyday(side) else 1) for side in (left, right)):
            return [(left, start), (right, start + len(span) - len(right))]
    return None


# A list's items before a run: "Thank you to Deloitte, Mystery Creek, Syndex and Trust Alliance".
RE_ITEMS_BEFORE = re.compile(r"(?:[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*, ){2,}$")


def split_list_end(span: str, start: int, before: str) -> list[tuple[str, int]] | None:
    """'Syndex and Trust Alliance' closing a list of names (`before` is the text before the run) is
    two of its items. The left side must be a name of its own ('Ministry of Employment and Labour'
    is one), the right side more than one everyday word ('Agriculture, Fisheries and Food' is one
    ministry's). None where the run closes no list."""
    if not before.endswith(", ") or not RE_ITEMS_BEFORE.search(before):
        return None
    left, _, right = span.rpartition(" and ")
    if not left or any(w[:1].islower() for w in left.split()) or not right[:1].isupper():
        return None
    if len(right.split()) < 2 and head_kind(right) != "org":
        return None
    return [(left, start), (right, start + len(span) - len(right))]


def _everyday(name: str) -> bool:
    return all(fold(w) in very_common_words() or fold(w) in ORG_WORDS for w in name.split())


# How common a given name must be in some country (names.given_names: 1..13) to end a body's name.
COMMON_GIVEN = 5


@lru_cache(maxsize=CACHED_NAMES)
def _given_rank(word: str) -> int:
    from ssecli.extract.names import given_names

    return given_names().get(fold(word), 0)


AND_WORDS = {"and", "y", "et", "e", "und", "&"}


# The articles a sentence may open a body's name with, capitalised into its run: "O Instituto ...".
OPENING_ARTICLES = ARTICLES_ABROAD | {"a", "as", "the"}


def person_after(run: str) -> int:
    """Where a person's name closes a run of capitalised words, after a body or a role: a given
    name and one or two words more, no word for a body among them ('Grameen Bank Muhammad Yunus';
    'Mary Robinson Foundation' is a body), and maybe 'and' another such name. The name's offset
    in the run, or 0."""
    toks = run.split(" ")
    for k in range(1, len(toks) - 1):
        first, before = toks[k], toks[k - 1]
        if len(first) < 3 or not first[1:].islower():
            continue  # a given name is written "Maria": not "il", "ICA" or "McDonald"
        if fold(before) in ORG_WORDS_ABROAD and (k == 1 or k == 2 and fold(toks[0]) in OPENING_ARTICLES):
            continue  # "Fundação Anita Queiroz", "O Instituto Paulo Freire": a body named after a person
        # After a word for an office, any given name starts the holder's name: "... Registrar Sushil Dhakal".
        titled = k >= 2 and before.lower() in OFFICE_WORDS
        if _given_rank(first) < (1 if titled else COMMON_GIVEN):
            continue  # "Coop Pietra Alta Servizi", "Cooperativa Sociale Il Ponte": rare given names stand in names
        # "Consejo de Administración y Felicia Contreras": a body, "and", then a person of it.
        joined = before.lower() in AND_WORDS and k >= 2 and head_kind(" ".join(toks[: k - 1])) == "org"
        if (before.lower() in CONNECTORS or before.endswith(".")) and not joined:
            continue
        rest = toks[k:]
        verb = next((i for i in range(2, len(rest)) if headline_verb(rest[i])), 0) if titled else 0
        if verb:
            rest = rest[:verb]  # "Lakeside Co-op CEO Dana Whitcombe Elected National Association ...": a headline
        if not all(w[:1].isupper() or w == "and" for w in rest):
            continue  # "Banque des Territoires", "Committee on Women": "Des" and "On" are given names too
        people = " ".join(rest).split(" and ")
        if all(
            2 <= len(p.split()) <= 3
            and not any(fold(w) in ORG_WORDS or Word(w, 0, 0).is_acronym for w in p.split())
            and not is_place(p)
            for p in people
        ):
            return len(" ".join(toks[: k - 1 if titled else k])) + 1
    return 0


def person_before_of(run: str) -> int:
    """Where the body or the town after a person's "of" starts, in a run that opens with the
    person's name ('Jocelyn Jones of Union', 'Mary Quinn of the Tenants Union'): a given name not
    among the rarest (names.given_names ranks 2 and up: a body's name seldom opens on one), and
    one or two words more, none a word for a body. The offset, or 0."""
    toks = run.split(" ")
    at = next((i for i in (2, 3) if i < len(toks) - 1 and toks[i] == "of"), 0)
    if not at or _given_rank(toks[0]) < 2 or not toks[0][1:].islower():
        return 0
    if any(fold(w) in ORG_WORDS or not w[:1].isupper() or Word(w, 0, 0).is_acronym for w in toks[1:at]):
        return 0
    rest = toks[at + 1 :]
    if rest and rest[0] == "the":
        rest = rest[1:]
    return len(run) - len(" ".join(rest)) if rest else 0
