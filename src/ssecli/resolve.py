"""Across the corpus: organisations merged into entities with every alias the
corpus uses (an acronym defined in one article names the same body in all), and
bare acronyms confirmed or ruled out by what the corpus defines."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any, cast

from ssecli.extract.gazetteer import common_words, currency_codes, very_common_words
from ssecli.extract.lexicon import LEGAL_FORMS, ORG_WORDS, SHORT_HEADS
from ssecli.extract.text import fold, is_acronym, name_key
from ssecli.models import Org, Record

if TYPE_CHECKING:  # the parser and its rules are imported by what parses, not by what resolves
    from ssecli.parser import Parsed

# Names' keys and folded forms, primed by an index with those it computed before: on an
# archive, computing them again for every name would cost more than the rest of the resolution.
KEYS: dict[str, tuple[str, str]] = {}


def _forms(surface: str) -> tuple[str, str]:
    got = KEYS.get(surface)
    if got is None:
        got = KEYS[surface] = (name_key(surface), fold(surface))
    return got


def key(surface: str) -> str:
    return _forms(surface)[0]


def folded(surface: str) -> str:
    return _forms(surface)[1]


def _joined_definitions(defs: list) -> set[tuple[str, str]]:
    """(short form, long form's key) pairs that join one body. An acronym that the corpus defines
    for several long forms joins them all where it spells one of them ("ILO": the International
    Labour Organization and the International Labour Office; "INAES": the institute's Spanish
    name and its English one). Where it spells none, it joins only the long form it is given
    most often: two bodies that happen to share letters ("SHE") are not one, and the bodies each
    is joined to are not all joined through it."""
    from ssecli.extract.definitions import schwartz_hearst

    longs: dict[str, Counter] = defaultdict(Counter)
    order: dict[tuple[str, str], int] = {}  # defs come in the order first met: a tie goes to the first
    surface: dict[tuple[str, str], str] = {}
    for _, short, long, _, count, _, _ in defs:
        k = key(long)
        longs[short][k] += count
        order.setdefault((short, k), len(order))
        surface.setdefault((short, k), long)
    joined = set()
    for short, counts in longs.items():
        if len(counts) == 1:
            joined.add((short, next(iter(counts))))
            continue
        if any(schwartz_hearst(short, surface[(short, k)]) is not None for k in counts):
            joined |= {(short, k) for k in counts}  # "INAES": its Spanish name and the English one
        else:
            joined.add((short, max(counts, key=lambda k: (counts[k], -order[(short, k)]))))
    return joined


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


# What a file tells the corpus about organisations, as facts: (record id, kind, surface, other,
# flag). A definition's other is its long form and its flag whether it names an organisation; a
# mention's other is its parent's surface ("ILO" for "ILO COOP"); a candidate's flag is whether
# it is a strong one. The corpus-wide table depends only on each distinct fact's count and on
# where it first (and, for definitions, last) occurs, so an index keeps those aggregates and
# resolves again after one file changed without reading the others.
DEFINITION, MENTION, CANDIDATE = 0, 1, 2

Fact = tuple[str, int, str, str, int]
AggRow = tuple[int, str, str, int, int, object, object]  # kind, surface, other, flag, count, first, last


def facts(p: Parsed) -> list[Fact]:
    """A file's facts, in the order the resolution reads them."""
    out: list[Fact] = [("", DEFINITION, d.short, d.long, int(d.is_org)) for d in p.definitions]
    for rid, ms in p.mentions.items():
        out += [(rid, MENTION, m.surface, m.parent or "", 0) for m in ms]
    for rid, ms in p.candidates.items():
        out += [(rid, CANDIDATE, m.surface, "", int(m.strong)) for m in ms]
    return out


def aggregate(files) -> list[AggRow]:
    """(position, facts) of each file, in corpus order -> each distinct fact with its count and
    its first and last (position, seq). An index computes the same rows in SQL."""
    agg: dict[tuple, list] = {}
    for position, fs in files:
        for seq, (_, kind, surface, other, flag) in enumerate(fs):
            at = (position, seq)
            got = agg.get((kind, surface, other, flag))
            if got is None:
                agg[(kind, surface, other, flag)] = [1, at, at]
            else:
                got[0] += 1
                got[2] = at
    return [(*k, *v) for k, v in agg.items()]


# A company's legal form, which the text may leave out when it names the company again; "Corp" too,
# though an acronym keeps its initial (lexicon.LEGAL_FORMS).
LEGAL_FORM_KEYS = LEGAL_FORMS | {"corp"}


# The bodies whose initials stand for the first words of their units' names: the "EU Commission" is
# the European Commission, the "UN General Assembly" the United Nations General Assembly.
SHORT_PREFIXES = {"eu": "european", "un": "united nations"}


def variant_keys(k: str) -> list[str]:
    """The keys that OrgTable takes for another spelling of key `k`, where the corpus has them."""
    parts = k.split()
    out = []
    if len(parts) >= 2 and parts[-1] in LEGAL_FORM_KEYS:
        out.append(" ".join(parts[:-1]))  # "Acme Foods Ltd" is Acme Foods (OrgTable._link_legal_forms)
    if 2 <= len(parts) <= 4 and parts[-1] in ("ministry", "department") and "of" not in parts:
        out.append(f"{parts[-1]} of {' '.join(parts[:-1])}")  # "the Cooperation Ministry"
    if len(parts) >= 2 and parts[-1] in SHORT_HEADS:
        out.append(f"{' '.join(parts[:-1])} {SHORT_HEADS[parts[-1]]}")  # "Cara CU" is Cara Credit Union
    if len(parts) >= 2 and parts[0] in SHORT_PREFIXES:
        out.append(f"{SHORT_PREFIXES[parts[0]]} {' '.join(parts[1:])}")  # "the EU Commission"
    if len(parts) < 3:
        return out
    out.append(" ".join(parts[1:]))
    # "African Union Commission" is how the African Union acts: one body for the reader.
    # "World Bank Group" is the World Bank.
    if parts[-1] in ("commission", "secretariat", "headquarters", "group"):
        out.append(" ".join(parts[:-1]))
    # "National Coordinating Committee for Cooperative Development" is also written without its
    # complement, where the name before it is long enough to be no generic one.
    at = next((i for i, w in enumerate(parts) if w in ("for", "of", "on")), 0)
    if at >= 3:
        out.append(" ".join(parts[:at]))
    return out


def row_names(kind: int, surface: str, other: str, flag: int) -> set[str]:
    """The names whose keys an aggregated fact is tied and resolved through: itself, its long
    form, its parent, and the parts a mention or an acronym is split into. An index reads their
    keys, computed once, before OrgTable asks for them."""
    names, parent = _names(kind, surface, other)
    return names | parent


def _names(kind: int, surface: str, other: str) -> tuple[set[str], set[str]]:
    """A fact's own names, and the name of the body it belongs to (a unit's parent)."""
    if kind == DEFINITION:
        names = {surface, other}
        toks = surface.split()
        if unit_acronym(surface):  # "ILO PARDEV": the unit's own acronym, and its parent
            return names | {toks[-1]}, {toks[0]}
        return names, set()
    if kind == MENTION:
        stripped = re.sub(r"['’]s$", "", surface)
        names = {surface, stripped}
        if not other:
            return names, set()
        rest = unit_rest(stripped, other)
        if rest:
            names.add(rest)
            names.add(other + rest)
        return names, {other}
    return {surface}, set()


def unit_acronym(short: str) -> bool:
    """'ILO PARDEV', 'UN DESA': a short form of acronyms only, a body's and its unit's. 'Coota Co-op'
    shortens a name ("Coota District Co-op") and names no unit."""
    toks = short.split()
    return len(toks) > 1 and all(is_acronym(t) for t in toks)


def unit_rest(surface: str, parent: str) -> str | None:
    """'ILO COOP' is also the body called COOP (and ILOCOOP); 'RIPESS Europe' is not 'Europe', nor
    'CIRIEC International' 'International', nor 'ILO Regional Office for Africa' a 'Regional Office
    for Africa' of any body: only a unit's own acronym names it without its parent."""
    toks = surface.split()
    if len(toks) == 2 and toks[0] == parent and re.fullmatch(r"[A-Z][A-Z&]+", toks[1]) and len(toks[1]) >= 2:
        return toks[1]
    return None


def tie_keys(kind: int, surface: str, other: str, flag: int) -> tuple[set[str], set[str]]:
    """The keys through which OrgTable ties this aggregated fact to others, and their variants,
    in two sets: its own, which make two facts one organisation, and its parent's, through which
    a unit's organisation reads the name of the body it belongs to and nothing more. Facts that
    share no key, directly or through others, resolve independently; a unit resolves as it did
    as long as its parent is named as it was, whatever its parent's other units do."""
    names, parent = _names(kind, surface, other)
    own = _with_variants({key(n) for n in names})
    return own, _with_variants({key(n) for n in parent}) - own


def _with_variants(keys: set[str]) -> set[str]:
    for k in list(keys):
        keys.update(variant_keys(k))
    keys.discard("")
    return keys


def related_keys(kind: int, surface: str, other: str, flag: int) -> set[str]:
    """Every key through which OrgTable can tie this aggregated fact to another (tie_keys, own
    and parent's alike)."""
    own, parent = tie_keys(kind, surface, other, flag)
    return own | parent


class OrgTable:
    """The corpus's organisations: which surfaces name one body, its canonical name and parent.

    Built from aggregated facts in the order of their first occurrence, which gives the same
    table as reading every occurrence in corpus order: a key, a surface or a parent is first
    met in the row that holds its first occurrence."""

    def __init__(self, rows: list[AggRow]) -> None:
        self.uf = _UnionFind()
        self.surfaces: dict[str, Counter] = defaultdict(Counter)  # root key -> surface counts
        self.first_seen: dict[str, tuple] = {}
        self.parents: dict[str, str] = {}  # key -> parent surface key
        self.written: dict[str, str] = {}  # a parent's key -> the parent as a unit's mention writes it
        self.origin: tuple | None = None  # the first order given: what a surface never seen counts as
        self.rows = rows
        by_first = sorted(rows, key=lambda r: (r[0], r[5]))
        defs = [r for r in by_first if r[0] == DEFINITION]
        votes: dict[str, Counter] = defaultdict(Counter)
        for _, short, _, is_org, count, _, _ in defs:
            votes[short][bool(is_org)] += count
        self.non_org = {s for s, v in votes.items() if v[False] > v[True]}
        defs = [r for r in defs if r[3] and r[1] not in self.non_org]
        joined = _joined_definitions(defs)
        for _, short, long, _, count, first, _ in defs:
            self._see(long, (0, first), count)
            self._see(short, (0, first), count)
            if (short, key(long)) in joined:
                self.uf.union(key(long), key(short))
            if unit_acronym(short):  # "ILO PARDEV": the unit's own acronym too
                self.uf.union(key(short), key(short.split()[-1]))
        units = (r for r in defs if unit_acronym(r[1]))
        for _, short, long, _, _, _, _ in sorted(units, key=lambda r: cast(Any, r[6])):
            self.parents[key(long)] = key(short.split()[0])  # the last definition says
        for _, surface, parent, _, count, first, _ in (r for r in by_first if r[0] == MENTION):
            self._see_mention(surface, parent, (1, first), count)
        self.known = {k for k in self.uf.parent}
        self._link_variants()
        self.confirmed: set[tuple[str, int]] = set()
        for _, surface, _, strong, count, _, _ in (r for r in by_first if r[0] == CANDIDATE):
            if self.is_org_acronym(surface, bool(strong)):
                self._see(surface, (2,), count)
                self.confirmed.add((surface, strong))
        self._link_legal_forms()
        self.groups: dict[str, list[str]] = defaultdict(list)
        for k in list(self.uf.parent):
            self.groups[self.uf.find(k)].append(k)

    def _see(self, surface: str, order: tuple, count: int) -> None:
        k = key(surface)
        if not k:
            return
        self.uf.find(k)
        self.surfaces[k][surface] += count
        self.first_seen.setdefault(k, order)
        if self.origin is None:
            self.origin = order

    def _see_mention(self, raw: str, parent: str, order: tuple, count: int) -> None:
        surface = re.sub(r"['’]s$", "", raw)
        self._see(surface, order, count)
        if parent:
            self.parents.setdefault(key(surface), key(parent))
            self.written.setdefault(key(parent), parent)
            rest = unit_rest(surface, parent)
            if rest:
                # "ILO COOP" is the body called COOP; "UN DESA" is also written "UNDESA".
                self._see(rest, order, count)
                self.uf.union(key(surface), key(rest))
                self.parents.setdefault(key(rest), key(parent))
                self.uf.union(key(surface), key(parent + rest))

    def _link_variants(self) -> None:
        """'Korean Ministry of Employment and Labour' is the 'Ministry of Employment and Labour'.
        A shorter name that several bodies shorten to ('National Cooperative Union' of India and
        of Kenya) joins only the one the corpus names most, as an acronym given to several long
        forms does: the bodies are not one, nor is everything each is joined to."""
        keys = list(self.uf.parent)  # in the order first met: the union's roots depend on it
        keyset = set(keys)
        links = [(other, k) for k in keys for other in variant_keys(k) if other in keyset]
        longer: dict[str, dict[str, list[str]]] = defaultdict(dict)  # short key -> root -> its keys
        for other, k in links:
            longer[other].setdefault(self.uf.find(k), []).append(k)
        allowed: set[tuple[str, str]] = set()
        for other, groups in longer.items():
            named = [sum(sum(self.surfaces[k].values()) for k in ks) for ks in groups.values()]
            best = max(range(len(named)), key=lambda i: (named[i], -i))  # a tie goes to the first met
            allowed |= {(other, k) for k in list(groups.values())[best]}
        for other, k in links:
            if (other, k) in allowed:
                self.uf.union(other, k)

    def _link_legal_forms(self) -> None:
        """'CHS Inc.' is CHS, 'Acme Foods Ltd' is Acme Foods: a company named again without its
        legal form. Read after the acronyms are confirmed, as the shorter name may be one."""
        for k in list(self.uf.parent):
            stem, _, form = k.rpartition(" ")
            if form in LEGAL_FORM_KEYS and stem in self.uf.parent:
                self.uf.union(stem, k)

    def is_org_acronym(self, surface: str, strong: bool) -> bool:
        k = key(surface)
        if surface in self.non_org or surface in currency_codes():
            return False
        if k in self.known:
            return True
        if not strong:
            return False
        low = surface.lower()
        if low in very_common_words():
            return False  # "OPINION |", "HOPE" in capitals: a word, unless the corpus defines it
        # "OECD" is frequent enough to be among wordfreq's words; "STATISTICS" in capitals is a word.
        return low not in common_words() or (sum(c.isupper() for c in surface) >= 4 and len(surface) <= 6)

    def entity(self, surface: str) -> str:
        return self.uf.find(key(surface))

    def org(self, root: str) -> Org:
        members = self.groups.get(root, [root])
        counts: Counter = Counter()
        first: dict[str, Any] = {}
        never = self.origin or (0,)
        for k in members:
            for s, c in self.surfaces.get(k, {}).items():
                counts[s] += c
                first.setdefault(s, self.first_seen.get(k, never))
        # A body named only as the parent of its units ("ICA Africa") is named as they write it.
        names = [s for s in counts if counts[s]] or [self.written.get(root, root)]
        rank = {v: i for i, v in enumerate(sorted({*first.values(), never}))}
        seen_at = {s: rank[first.get(s, never)] for s in names}
        # A long name over an acronym, then the most used, then the first seen.
        canonical = max(names, key=lambda s: (" " in s and not s.isupper(), counts[s], -seen_at[s]))
        aliases, seen = [], {folded(canonical)}
        for s in sorted(names, key=lambda s: (-counts[s], seen_at[s])):
            if folded(s) not in seen:
                seen.add(folded(s))
                aliases.append(s)
        parent = None
        for k in members:
            pk = self.parents.get(k)
            if pk and self.uf.find(pk) != root:
                parent = pk
                break
        return Org(canonical, aliases, parent)

    def resolution(self) -> dict[tuple[int, str, int], tuple[str, Org] | None]:
        """What each distinct mention (MENTION, surface, 0) and candidate (CANDIDATE, surface,
        strong) stands for: its entity and the organisation, or None where it names none."""
        built: dict[str, Org] = {}

        def org_for(root: str) -> Org:
            if root not in built:
                o = self.org(root)
                if o.parent:
                    o.parent = org_for(self.uf.find(o.parent)).name
                built[root] = o
            return built[root]

        out: dict[tuple[int, str, int], tuple[str, Org] | None] = {}
        for kind, surface, _, flag, *_ in self.rows:
            k = (kind, surface, flag)
            if kind == DEFINITION or k in out:
                continue
            named = (surface not in self.non_org) if kind == MENTION else ((surface, flag) in self.confirmed)
            if named:
                root = self.entity(surface)
                out[k] = (root, org_for(root)) if root else None
            else:
                out[k] = None
        return out


def orgs_of_file(fs: list[Fact], rids: list[str], resolved) -> dict[str, list[Org]]:
    """Each record's organisations (the file's page first, then its items), from the file's
    facts and what the corpus resolves their surfaces to."""
    mentions: dict[str, list[str]] = defaultdict(list)
    candidates: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for rid, kind, surface, _, flag in fs:
        if kind == MENTION:
            mentions[rid].append(surface)
        elif kind == CANDIDATE:
            candidates[rid].append((surface, flag))
    out: dict[str, list[Org]] = {}
    for rid in rids:
        named = [resolved.get((MENTION, s, 0)) for s in mentions.get(rid, [])]
        cands = candidates.get(rid, [])
        # An acronym confirmed anywhere in the record counts at each of its places in it.
        confirmed = {s: resolved[(CANDIDATE, s, flag)] for s, flag in cands if resolved.get((CANDIDATE, s, flag))}
        named += [confirmed[s] for s, _ in cands if s in confirmed]
        by_root: dict[str, Org] = {}
        for got in named:
            if got and got[0] and got[0] not in by_root:
                by_root[got[0]] = got[1]
        roots = _drop_generic_references(list(by_root), lambda r, by_root=by_root: by_root[r].names())
        out[rid] = [by_root[r] for r in roots]
    if len(rids) > 1:  # a listing page lists its own and its items' organisations
        by_name: dict[str, Org] = {}
        for rid in rids:
            for o in out[rid]:
                by_name.setdefault(o.name, o)
        out[rids[0]] = [by_name[n] for n in _drop_generic_references(list(by_name), lambda n: by_name[n].names())]
    return out


def resolve(parsed: list[Parsed]) -> list[Record]:
    """Fill every record's organisations from the corpus-wide table."""
    file_facts = [facts(p) for p in parsed]
    rows = aggregate(enumerate(file_facts))
    table = OrgTable(rows)
    resolved = table.resolution()
    records = []
    for p, fs in zip(parsed, file_facts, strict=True):
        rec = p.record
        parts = [rec, *rec.items]
        orgs = orgs_of_file(fs, [r.id for r in parts], resolved)
        for r in parts:
            r.orgs = orgs[r.id]
        if rec.items:
            merge_page(rec, orgs=False)
        records.append(rec)
    return records


def _first_words(roots: list, names_of) -> dict[str, set]:
    """Each name's words before an "of" or an "and" in it, and the roots whose names they open."""
    out: dict[str, set] = {}
    for o in roots:
        for n in names_of(o)[:20]:  # its first names: its own; hundreds of aliases may follow
            k = key(n)
            for tie in (" of ", " and "):
                at = k.find(tie)
                while at > 0:
                    out.setdefault(k[:at], set()).add(o)
                    at = k.find(tie, at + 1)
    return out


def _drop_generic_references(roots: list, names_of) -> list:
    """'the Task Force' after 'the UN Inter-Agency Task Force on SSE' is that body again."""
    names: dict = {}

    def keys_of(r) -> list[str]:  # asked for only where a body's names are all generic: few are
        if r not in names:
            names[r] = [key(n) for n in names_of(r)]
        return names[r]

    def generic(k: str) -> bool:
        return len(k.split()) <= 2 and all(w in ORG_WORDS or w in ("task", "force", "general") for w in k.split())

    short_of: dict[str, set] | None = None  # "world council" -> the roots named "World Council of ..."

    def shortened(r) -> bool:
        """'the World Council' beside 'the World Council of Credit Unions', 'Ministry of Employment'
        beside 'Ministry of Employment and Labor': a name of two words or more that is another's
        first words, before its complement, is that body again."""
        nonlocal short_of
        own_names = names_of(r)
        if len(own_names) > 3:
            return False  # a body known by many names is a body of its own
        own = [key(n) for n in own_names]
        if any(" " not in k for k in own):
            return False
        if short_of is None:
            short_of = _first_words(roots, names_of)
        return any(short_of.get(k, set()) - {r} for k in own)

    keep = []
    for r in roots:
        # An organisation may have hundreds of aliases: its first name that is not generic says.
        if all(generic(key(n)) for n in names_of(r)):
            own = keys_of(r)
            if any(o != r and any(f" {k} " in f" {n} " for n in keys_of(o) for k in own) for o in roots):
                continue
        if shortened(r):
            continue
        keep.append(r)
    return keep


def merge_page(page: Record, orgs: bool = True) -> None:
    """A listing page lists the union of its own and its items' entities."""

    def union(lists, keyf):
        out, seen = [], set()
        for xs in lists:
            for x in xs:
                k = keyf(x)
                if k not in seen:
                    seen.add(k)
                    out.append(x)
        return out

    parts = [page] + page.items
    if orgs:
        page.orgs = union([r.orgs for r in parts], lambda o: o.name)
    page.people = union([r.people for r in parts], lambda p: fold(p.name))
    page.places = union([r.places for r in parts], lambda p: p.name)
    page.credits = union([r.credits for r in parts], lambda c: fold(c.name))
    page.events = union([r.events for r in parts], lambda e: (e.start, e.end, e.text))
