"""Organisations resolved across the corpus, kept in step with the files incrementally.

Each file's facts about organisations (resolve.facts) are kept in org_facts, with the count and
first and last place of each distinct fact across the corpus (org_agg) and the keys that tie the
facts to each other (org_rel). After a change only the facts whose aggregate moved, and those tied
to them, are resolved again (resolve.OrgTable), and only the files that mention a name whose
organisation changed get their organisations written again; the result is what resolving a fresh
parse of the whole folder gives, which the tests check after every kind of change."""

from __future__ import annotations

import json
import sqlite3

from ssecli.models import Org
from ssecli.store.database import Database
from ssecli.store.namesets import NameSets, org_sets
from ssecli.store.rows import Capped

FULL_AT = 5000  # facts touched past which a refresh resolves the whole corpus again
REWRITE_ALL_AT = 5000  # names whose resolution moved past which every file's organisations are rewritten


def rel_rows(kind: int, surface: str, other: str, flag: int) -> list[tuple]:
    """org_rel's rows of an aggregated fact: each key that ties it to others, and whether it is
    its parent's (resolve.tie_keys)."""
    from ssecli.resolve import tie_keys

    own, parent = tie_keys(kind, surface, other, flag)
    return [(k, kind, surface, flag, other, 0) for k in own] + [(k, kind, surface, flag, other, 1) for k in parent]


class OrgSync:
    def __init__(self, database: Database) -> None:
        self.database = database

    @property
    def db(self) -> sqlite3.Connection:
        return self.database.db

    def resolve(self, changed: set[str], touched: Capped, progress, names: NameSets) -> int:
        """Resolve organisations across the corpus from the counts of its facts, and write the
        organisations (and their names in the name index) of the files where they changed: the
        files that changed, and those that mention a name whose resolution changed.

        After a small change only the facts whose counts moved, and those tied to them
        (_tied_facts), are resolved again: the rest of the corpus resolves as it did, so a
        one-file refresh of an archive costs about as much as the names that file touches."""
        from ssecli.resolve import OrgTable, orgs_of_file, related_keys

        db = self.db
        if progress:
            progress("resolving", 0, 1)
        full = touched.full or not db.execute("SELECT 1 FROM org_agg LIMIT 1").fetchone()
        counted = self._count_facts(touched, full)
        if full:
            moved = self._resolve_all()
        else:
            rows = self._tied_facts(counted)
            # The keys of the facts counted, those counted out included: a body that only they
            # named is found through them (_renamed_units), in every round below.
            counted_keys = set().union(
                *(related_keys(kind, surface, other, flag) for kind, surface, flag, other in counted)
            )
            while True:
                asked = {(kind, surface, flag) for kind, surface, _, flag, *_ in rows.values()}
                asked |= {(kind, surface, flag) for kind, surface, flag, _ in counted}
                old = self._mapped(asked)
                self._prime_keys(list(rows.values()))
                table = OrgTable(list(rows.values()))
                new = self._map_json(table.resolution())
                moved = [k for k in new.keys() | old.keys() if new.get(k) != old.get(k)]
                units = self._renamed_units(table, rows, counted_keys)
                self._save_keys()
                if not units:
                    break
                self._tied_facts(units, rows)
            for k in moved:
                db.execute("DELETE FROM org_map WHERE kind=? AND surface=? AND flag=?", k)
            db.executemany("INSERT INTO org_map VALUES (?,?,?,?)", [(*k, new[k]) for k in moved if k in new])
            del old, new
        files: list[str]
        if isinstance(moved, int) or len(moved) > REWRITE_ALL_AT:
            files = [name for (name,) in db.execute("SELECT name FROM files WHERE problem IS NULL ORDER BY name")]
        else:
            touched_files = set(changed)
            for k in moved:
                touched_files.update(
                    name
                    for (name,) in db.execute(
                        "SELECT DISTINCT file FROM org_facts WHERE kind=? AND surface=? AND flag=?", k
                    )
                )
            files = sorted(touched_files)
        rewritten = 0  # files written again only because the resolution changed them
        stored_orgs = StoredOrgs(self)
        for i, name in enumerate(files):
            fs = db.execute(
                "SELECT rid, kind, surface, other, flag FROM org_facts WHERE file=? ORDER BY seq", (name,)
            ).fetchall()
            records = db.execute(
                "SELECT r.n, r.id, o.orgs FROM records r JOIN record_orgs o ON o.n = r.n WHERE r.file=? ORDER BY r.n",
                (name,),
            ).fetchall()
            if not records:
                continue
            orgs = orgs_of_file(fs, [rid for _, rid, _ in records], stored_orgs.resolution(fs))
            touched_file = False
            for n, rid, stored in records:
                now = stored_orgs.json(orgs[rid])
                if now == stored:
                    continue
                db.execute("UPDATE record_orgs SET orgs=? WHERE n=?", (now, n))
                if stored != "[]":  # a record just written has no organisation yet
                    names.unlink("n=? AND kind='org'", (n,))
                names.link(n, (("org", keys) for keys in org_sets(orgs[rid])))
                touched_file = True
            rewritten += touched_file and name not in changed
            if progress and i % 256 == 0:
                progress("resolving", i, len(files))
        if progress:
            progress("resolving", len(files), len(files))
        return rewritten

    def _prime_keys(self, rows: list[tuple]) -> None:
        """Put the keys that org_keys holds of the names the rows are resolved through
        (resolve.row_names) in resolve.KEYS, where the resolution looks first, rather than
        compute them again: one query for a thousand facts' names (a build's batch of 20,000 facts
        asks for some 50,000)."""
        from ssecli import resolve

        for at in range(0, len(rows), 1000):
            names = {
                name
                for kind, surface, other, flag, *_ in rows[at : at + 1000]
                for name in resolve.row_names(kind, surface, other, flag)
                if name not in resolve.KEYS
            }
            for surface, *forms in self.db.execute(
                "SELECT surface, key, folded FROM org_keys WHERE surface IN (SELECT value FROM json_each(?))",
                (json.dumps(list(names)),),
            ):
                resolve.KEYS[surface] = tuple(forms)

    def _save_keys(self) -> None:
        """Keep the keys computed since the last save in org_keys, and free them (and the
        caches they were computed through): memory holds a batch's names, not the corpus's."""
        from ssecli import resolve
        from ssecli.extract.text import fold, name_key

        self.db.executemany(
            "INSERT OR IGNORE INTO org_keys VALUES (?,?,?)", ((s, *forms) for s, forms in resolve.KEYS.items())
        )
        resolve.KEYS.clear()
        name_key.cache_clear()
        fold.cache_clear()

    @staticmethod
    def _map_json(resolved: dict) -> dict[tuple, str]:
        """What org_map keeps of a resolution: (kind, surface, flag) -> JSON [entity, organisation]."""
        texts: dict[str, str] = {}  # entity -> its row: one string for all the surfaces that name it
        out = {}
        for k, v in resolved.items():
            if v:
                if v[0] not in texts:
                    texts[v[0]] = json.dumps([v[0], v[1].to_dict()], ensure_ascii=False, separators=(",", ":"))
                out[k] = texts[v[0]]
        return out

    def _resolve_all(self) -> int | list[tuple]:
        """Resolve every fact again, a batch of whole groups of tied facts (_groups) at a time,
        so that memory holds a batch and not the corpus's table; org_map is then replaced. The
        keys whose resolution moved: their number when many, else the list."""
        from ssecli.resolve import OrgTable

        db = self.db
        db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS new_map(kind INTEGER, surface TEXT, flag INTEGER, org TEXT, "
            "PRIMARY KEY(kind, surface, flag)) WITHOUT ROWID"
        )
        db.execute("DELETE FROM new_map")
        for rows in self._groups():
            self._prime_keys(rows)
            db.executemany(
                "INSERT INTO new_map VALUES (?,?,?,?)",
                [(*k, v) for k, v in self._map_json(OrgTable(rows).resolution()).items()],
            )
            self._save_keys()
        changes = (
            "SELECT n.kind, n.surface, n.flag FROM new_map n LEFT JOIN org_map o ON o.kind = n.kind "
            "AND o.surface = n.surface AND o.flag = n.flag WHERE o.org IS NOT n.org UNION "
            "SELECT o.kind, o.surface, o.flag FROM org_map o LEFT JOIN new_map n ON o.kind = n.kind "
            "AND o.surface = n.surface AND o.flag = n.flag WHERE n.org IS NULL"
        )
        count = db.execute(f"SELECT count(*) FROM ({changes})").fetchone()[0]
        moved = count if count > REWRITE_ALL_AT else db.execute(changes).fetchall()
        db.execute("DELETE FROM org_map")
        db.execute("INSERT INTO org_map SELECT * FROM new_map")
        db.execute("DELETE FROM new_map")
        return moved

    GROUP_BATCH = 20000  # facts resolved at once by _resolve_all

    def _groups(self):
        """The aggregated facts in groups tied through shared keys (org_rel), whole groups
        batched up to GROUP_BATCH facts: facts in different groups resolve independently, as
        the incremental refresh relies on too."""
        db = self.db
        facts = (
            "SELECT a.kind, a.surface, a.other, a.flag, a.count, a.first, a.last, "
            "(SELECT group_concat(k.key, char(1)) FROM org_rel k WHERE k.surface = a.surface "
            "AND k.kind = a.kind AND k.flag = a.flag AND k.other = a.other) FROM org_agg a"
        )
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            root = parent.setdefault(x, x)
            while root != parent[root]:
                parent[root] = parent[parent[root]]
                root = parent[root]
            return root

        for *_, keys in db.execute(facts):
            if keys:
                first, *rest = keys.split("\x01")
                a = find(first)
                for k in rest:
                    b = find(k)
                    if a != b:
                        parent[b] = a
        db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS grouped(root TEXT, kind INTEGER, surface TEXT, other TEXT, "
            "flag INTEGER, count INTEGER, first TEXT, last TEXT)"
        )
        db.execute("DELETE FROM grouped")
        db.executemany(
            "INSERT INTO grouped VALUES (?,?,?,?,?,?,?,?)",
            ((find(keys.split("\x01", 1)[0]) if keys else "", *row) for *row, keys in db.execute(facts)),
        )
        parent.clear()
        batch: list[tuple] = []
        group = None
        for root, *row in db.execute("SELECT * FROM grouped ORDER BY root"):
            if root != group and len(batch) >= self.GROUP_BATCH:
                yield batch
                batch = []
            group = root
            batch.append(tuple(row))
        if batch:
            yield batch
        db.execute("DELETE FROM grouped")

    def _count_facts(self, touched: set[tuple], full: bool) -> set[tuple]:
        """Bring each distinct fact's count, first and last place (org_agg), and the keys that tie
        it to others (org_rel), in line with org_facts: for the touched facts, or for all. The
        touched facts whose row changed: the resolution is made from these rows alone, so only
        they can change it (an edited file's facts are touched, and most are as they were)."""
        db = self.db
        at = "file || char(1) || printf('%06d', seq)"  # where a fact is, in corpus order
        if full:
            db.execute("DELETE FROM org_agg")
            db.execute("DELETE FROM org_rel")
            db.execute(
                f"INSERT INTO org_agg SELECT kind, surface, other, flag, COUNT(*), MIN({at}), MAX({at}) "
                "FROM org_facts GROUP BY kind, surface, flag, other"
            )
            cur = db.execute("SELECT kind, surface, other, flag FROM org_agg")
            while part := cur.fetchmany(self.GROUP_BATCH):  # the keys computed are saved and freed a part at a time
                db.executemany(
                    "INSERT INTO org_rel VALUES (?,?,?,?,?,?)", [row for fact in part for row in rel_rows(*fact)]
                )
                self._save_keys()
            return touched
        moved = set()
        for fact in touched:
            kind, surface, flag, other = fact
            # The count is a range of org_facts_fact, and the first and last places its two ends:
            # no row is read, even for a name in every article of the archive.
            this = "FROM org_facts WHERE kind=? AND surface=? AND flag=? AND other=?"
            count = db.execute(f"SELECT COUNT(*) {this}", fact).fetchone()[0]
            first = last = None
            if count:
                first, last = (
                    db.execute(f"SELECT {at} {this} ORDER BY file {order}, seq {order} LIMIT 1", fact).fetchone()[0]
                    for order in ("", "DESC")
                )
            before = db.execute(
                "SELECT count, first, last FROM org_agg WHERE kind=? AND surface=? AND flag=? AND other=?", fact
            ).fetchone()
            if before == ((count, first, last) if count else None):
                continue  # a fact of an edited file that is where and as often as it was
            moved.add(fact)
            existed = db.execute("DELETE FROM org_agg WHERE kind=? AND surface=? AND flag=? AND other=?", fact).rowcount
            if count:
                db.execute(
                    "INSERT INTO org_agg VALUES (?,?,?,?,?,?,?)", (kind, surface, other, flag, count, first, last)
                )
                if not existed:
                    db.executemany("INSERT INTO org_rel VALUES (?,?,?,?,?,?)", rel_rows(kind, surface, other, flag))
            elif existed:
                db.execute(
                    "DELETE FROM org_rel WHERE surface=? AND kind=? AND flag=? AND other=?",
                    (surface, kind, flag, other),
                )
        return moved

    def _tied_facts(self, facts, rows: dict[tuple, tuple] | None = None) -> dict[tuple, tuple]:
        """The aggregated facts that resolving these facts again needs, added to `rows` (fact ->
        row): those that share one of their own keys, directly or through others (the same
        organisation), and those whose own key is the parent key of one found (the body it
        belongs to, whose name it reads), but not the other units of that body: a refresh that
        counts the ILO once more resolves the ILO, not its thousands of offices (see _resolve).
        The keys of the facts found are read from org_rel, as are their names' keys (org_keys),
        not computed again."""
        from ssecli import resolve

        db = self.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted(key TEXT PRIMARY KEY) WITHOUT ROWID")
        rows = {} if rows is None else rows
        seen: set[str] = set()
        frontier: set[str] = set()
        for kind, surface, flag, other in facts:
            frontier |= resolve.related_keys(kind, surface, other, flag)
        while frontier:
            seen |= frontier
            db.execute("DELETE FROM wanted")
            db.executemany("INSERT INTO wanted VALUES (?)", ((k,) for k in frontier))
            frontier = set()
            # CROSS JOIN keeps the keys wanted first: the planner knows nothing of the temporary
            # table and scanned all of org_rel (hundreds of thousands of keys) for each round.
            for *row, keys in db.execute(
                "SELECT a.kind, a.surface, a.other, a.flag, a.count, a.first, a.last, "
                "(SELECT group_concat(k.key, char(1)) FROM org_rel k WHERE k.surface = a.surface "
                "AND k.kind = a.kind AND k.flag = a.flag AND k.other = a.other) FROM wanted w CROSS "
                "JOIN org_rel r ON r.key = w.key AND r.up = 0 JOIN org_agg a ON a.kind = r.kind "
                "AND a.surface = r.surface AND a.flag = r.flag AND a.other = r.other"
            ).fetchall():
                if tuple(row[:4]) not in rows:
                    rows[tuple(row[:4])] = tuple(row)
                    frontier.update(k for k in keys.split("\x01") if k not in seen)
        return rows

    def _renamed_units(self, table, rows: dict[tuple, tuple], counted_keys: set[str]) -> set[tuple]:
        """The facts, not yet in `rows`, of the units whose parent the table now names otherwise
        than org_map has it: a unit reads its parent's name, so it is resolved again with it. The
        parent is a body the table holds, or one that only the facts counted out of the corpus
        named (its definition taken out: its units alone name it now; `counted_keys`, the keys of
        the facts counted); a body whose name stays as it was leaves its units alone."""
        keys = set(table.uf.parent) | counted_keys
        names: dict[str, str] = {}
        out = set()
        for kind, surface, flag, other, key, org in self.db.execute(
            "SELECT r.kind, r.surface, r.flag, r.other, r.key, m.org FROM json_each(?) j CROSS JOIN org_rel r "
            "ON r.key = j.value AND r.up = 1 JOIN org_map m ON m.kind = r.kind AND m.surface = r.surface "
            "AND m.flag = r.flag",
            (json.dumps(sorted(keys)),),
        ):
            if (kind, surface, other, flag) in rows:
                continue
            if key not in names:
                names[key] = table.org(table.uf.find(key)).name
            if json.loads(org)[1]["parent"] != names[key]:
                out.add((kind, surface, flag, other))
        return out

    def _mapped(self, keys) -> dict[tuple, str]:
        """What org_map holds (JSON: the entity and its organisation) for these (kind, surface,
        flag) keys, where it holds anything."""
        out = {}
        for k in keys:
            got = self.db.execute("SELECT org FROM org_map WHERE kind=? AND surface=? AND flag=?", k).fetchone()
            if got:
                out[k] = got[0]
        return out


class StoredOrgs:
    """org_map's rows as the files written again after a resolution read them: decoded once and
    kept while they are (an organisation recurs across thousands of files, some with hundreds of
    aliases), with each organisation's JSON as record_orgs holds it. The rows of one entity's
    surfaces are the same text, decoded into one Org: an organisation with hundreds of aliases
    has as many surfaces, and a copy for each would hold hundreds of megabytes."""

    KNOWN = 20000  # decoded rows kept; past it the memory is given back

    def __init__(self, sync: OrgSync) -> None:
        self.sync = sync
        self.known: dict[tuple, tuple | None] = {}  # None: not mapped
        self.decoded: dict[str, tuple] = {}  # a row's text -> (entity, Org)
        self.written: dict[int, str] = {}  # id of an Org in `known` -> its JSON

    def resolution(self, fs: list[tuple]) -> dict:
        """What the file's facts resolve to, as org_map holds it now."""
        wanted = {(kind, surface, flag) for _, kind, surface, _, flag in fs}
        if len(self.known) > self.KNOWN:
            self.known.clear()
            self.decoded.clear()
            self.written.clear()  # the ids of the Orgs let go may be given to others
        missing = [k for k in wanted if k not in self.known]
        self.known.update(dict.fromkeys(missing))
        for k, stored in self.sync._mapped(missing).items():
            if stored not in self.decoded:
                root, org = json.loads(stored)
                o = Org(**org)
                self.decoded[stored] = (root, o)
                self.written[id(o)] = json.dumps(o.to_dict(), ensure_ascii=False, separators=(",", ":"))
            self.known[k] = self.decoded[stored]
        return {k: self.known[k] for k in wanted if self.known[k] is not None}

    def json(self, orgs: list[Org]) -> str:
        """A record's organisations (of this resolution) as record_orgs holds them."""
        return "[" + ",".join(self.written[id(o)] for o in orgs) + "]"
