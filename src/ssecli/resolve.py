"""Across the corpus: organisations merged into entities with every alias the
corpus uses (an acronym defined in one article names the same body in all), and
bare acronyms confirmed or ruled out by what the corpus defines."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ssecli.extract.gazetteer import common_words, currency_codes, very_common_words
from ssecli.extract.orgs import ORG_WORDS, Definition, OrgMention
from ssecli.extract.text import fold, name_key
from ssecli.models import Org, Record
from ssecli.parser import Parsed

def key(surface: str) -> str:
    return name_key(surface)


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


class OrgTable:
    """The corpus's organisations: which surfaces name one body, its canonical name and parent."""

    def __init__(self, parsed: list[Parsed]) -> None:
        self.uf = _UnionFind()
        self.surfaces: dict[str, Counter] = defaultdict(Counter)  # root key -> surface counts
        self.first_seen: dict[str, int] = {}
        self.parents: dict[str, str] = {}  # key -> parent surface key
        defs: list[Definition] = [d for p in parsed for d in p.definitions]
        votes: dict[str, Counter] = defaultdict(Counter)
        for d in defs:
            votes[d.short][d.is_org] += 1
        self.non_org = {s for s, v in votes.items() if v[False] > v[True]}
        order = 0
        for d in defs:
            if d.short in self.non_org or not d.is_org:
                continue
            self._see(d.long, order)
            self._see(d.short, order)
            self.uf.union(key(d.long), key(d.short))
            if " " in d.short:  # "ILO PARDEV": the unit's own acronym too
                unit = d.short.split()[-1]
                self.uf.union(key(d.short), key(unit))
                self.parents[key(d.long)] = key(d.short.split()[0])
            order += 1
        for p in parsed:
            for ms in p.mentions.values():
                for m in ms:
                    self._see_mention(m, order)
                    order += 1
        self.known = {k for k in self.uf.parent}
        self._link_variants()

    def _see(self, surface: str, order: int) -> None:
        k = key(surface)
        if not k:
            return
        self.uf.find(k)
        self.surfaces[k][surface] += 1
        self.first_seen.setdefault(k, order)

    def _see_mention(self, m: OrgMention, order: int) -> None:
        surface = re.sub(r"['’]s$", "", m.surface)
        self._see(surface, order)
        if m.parent:
            self.parents.setdefault(key(surface), key(m.parent))
            toks = surface.split()
            if toks[0] == m.parent and len(toks) > 1:
                rest = " ".join(toks[1:])
                # "ILO COOP" is the body called COOP; "UN DESA" is also written "UNDESA".
                self._see(rest, order)
                self.uf.union(key(surface), key(rest))
                self.parents.setdefault(key(rest), key(m.parent))
                if len(toks) == 2 and toks[1].isupper():
                    self.uf.union(key(surface), key(m.parent + toks[1]))
                    self.surfaces[key(m.parent + toks[1])][m.parent + toks[1]] += 0

    def _link_variants(self) -> None:
        """'Korean Ministry of Employment and Labour' is the 'Ministry of Employment and Labour'."""
        keys = list(self.uf.parent)
        keyset = set(keys)
        for k in keys:
            parts = k.split()
            if len(parts) >= 3 and " ".join(parts[1:]) in keyset:
                self.uf.union(" ".join(parts[1:]), k)
            # "African Union Commission" is how the African Union acts: one body for the reader.
            if len(parts) >= 3 and parts[-1] in ("commission", "secretariat", "headquarters") and " ".join(parts[:-1]) in keyset:
                self.uf.union(" ".join(parts[:-1]), k)

    def is_org_acronym(self, m: OrgMention) -> bool:
        k = key(m.surface)
        if m.surface in self.non_org or m.surface in currency_codes():
            return False
        if k in self.known:
            return True
        if not m.strong:
            return False
        low = m.surface.lower()
        if low in very_common_words():
            return False  # "OPINION |", "HOPE" in capitals: a word, unless the corpus defines it
        # "OECD" is frequent enough to be among wordfreq's words; "STATISTICS" in capitals is a word.
        return low not in common_words() or (sum(c.isupper() for c in m.surface) >= 4 and len(m.surface) <= 6)

    def entity(self, surface: str) -> str:
        return self.uf.find(key(surface))

    def confirm_candidates(self, parsed: list[Parsed]) -> None:
        """Bare acronyms that name an organisation join the table; then the groups are fixed."""
        self.confirmed: set[tuple[str, str]] = set()
        for p in parsed:
            for rid, ms in p.candidates.items():
                for m in ms:
                    if self.is_org_acronym(m):
                        self._see(m.surface, 10**9)
                        self.confirmed.add((rid, m.surface))
        self.groups: dict[str, list[str]] = defaultdict(list)
        for k in list(self.uf.parent):
            self.groups[self.uf.find(k)].append(k)

    def org(self, root: str) -> Org:
        members = self.groups.get(root, [root])
        counts: Counter = Counter()
        first = {}
        for k in members:
            for s, c in self.surfaces.get(k, {}).items():
                counts[s] += c
                first.setdefault(s, self.first_seen.get(k, 0))
        names = list(counts) or [root]
        # A long name over an acronym, then the most used, then the first seen.
        canonical = max(names, key=lambda s: (" " in s and not s.isupper(), counts[s], -first.get(s, 0)))
        aliases, seen = [], {fold(canonical)}
        for s in sorted(names, key=lambda s: (-counts[s], first.get(s, 0))):
            if fold(s) not in seen:
                seen.add(fold(s))
                aliases.append(s)
        parent = None
        for k in members:
            pk = self.parents.get(k)
            if pk and self.uf.find(pk) != root:
                parent = pk
                break
        return Org(canonical, aliases, parent)


def resolve(parsed: list[Parsed]) -> list[Record]:
    """Fill every record's organisations from the corpus-wide table."""
    table = OrgTable(parsed)
    table.confirm_candidates(parsed)
    built: dict[str, Org] = {}

    def org_for(root: str) -> Org:
        if root not in built:
            o = table.org(root)
            if o.parent:
                o.parent = org_for(table.uf.find(o.parent)).name
            built[root] = o
        return built[root]

    def orgs_of(rid: str, p: Parsed) -> list[Org]:
        roots: list[str] = []
        for m in p.mentions.get(rid, []):
            if m.surface in table.non_org:
                continue
            roots.append(table.entity(m.surface))
        for m in p.candidates.get(rid, []):
            if (rid, m.surface) in table.confirmed:
                roots.append(table.entity(m.surface))
        out, seen = [], set()
        for r in roots:
            if r and r not in seen:
                seen.add(r)
                out.append(r)
        return _drop_generic_references(out, lambda r: org_for(r).names())

    records = []
    pending: list[tuple[Record, list[str]]] = []
    for p in parsed:
        rec = p.record
        pending.append((rec, orgs_of(rec.id, p)))
        for item in rec.items:
            pending.append((item, orgs_of(item.id, p)))
        records.append(rec)
    for rec, roots in pending:
        rec.orgs = [org_for(r) for r in roots]
    for rec in records:
        if rec.items:
            merge_page(rec)
            by_name = {o.name: o for o in rec.orgs}
            rec.orgs = [by_name[n] for n in _drop_generic_references(list(by_name), lambda n: by_name[n].names())]
    return records


def _drop_generic_references(roots: list, names_of) -> list:
    """'the Task Force' after 'the UN Inter-Agency Task Force on SSE' is that body again."""
    names = {r: [key(n) for n in names_of(r)] for r in roots}
    keep = []
    for r in roots:
        own = names[r]
        generic = all(len(k.split()) <= 2 and all(w in ORG_WORDS or w in ("task", "force", "general") for w in k.split())
                      for k in own)
        if generic and any(o != r and any(f" {k} " in f" {n} " for n in names[o] for k in own) for o in roots):
            continue
        keep.append(r)
    return keep


def merge_page(page: Record) -> None:
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
    page.orgs = union([r.orgs for r in parts], lambda o: o.name)
    page.people = union([r.people for r in parts], lambda p: fold(p.name))
    page.places = union([r.places for r in parts], lambda p: p.name)
    page.credits = union([r.credits for r in parts], lambda c: fold(c.name))
    page.events = union([r.events for r in parts], lambda e: (e.start, e.end, e.text))
