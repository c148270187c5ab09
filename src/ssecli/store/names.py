"""The names of organisations, people and places as the index keeps them (every word-suffix of
each name's key, in the sets records have: store.namesets): suggestions for a filter value that
matched nothing, and shell completion of a prefix, each shown as a record spells the name."""

from __future__ import annotations

import json
import sqlite3

from ssecli.extract.text import name_key
from ssecli.store.database import Database
from ssecli.store.queries import NAME_KIND, occurs, word_bounds


class Names:
    def __init__(self, database: Database) -> None:
        self.database = database

    @property
    def db(self) -> sqlite3.Connection:
        return self.database.db

    def suggest(self, kind: str, value: str, n: int = 3) -> list[str]:
        """Names of a kind (orgs, people, places) close to a filter value that matched nothing
        ('ILLO' -> ILO), found in the names index: none if a name has the value in it (the filters
        together matched nothing, not the name); else difflib's closest keys among those that
        share the first two letters of one of the value's words, each shown as a record spells it."""
        import difflib

        k, q = NAME_KIND[kind], name_key(value)
        if not q or occurs(self.db, [k, *word_bounds(q)], 1):
            return []
        keys: dict[str, None] = {}
        for start in dict.fromkeys(w[:2] for w in q.split() if len(w) >= 2):
            keys.update(
                dict.fromkeys(
                    key
                    for (key,) in self.db.execute(
                        "SELECT DISTINCT key FROM name_keys WHERE kind=? AND key >= ? AND key < ?",
                        (k, start, start + "\U0010ffff"),
                    )
                )
            )
        out: list[str] = []
        # A key may be the end of a longer name ('university of wa'): only a whole name is shown.
        for key in difflib.get_close_matches(q, list(keys), n=n * 4, cutoff=0.6):
            out += self._spellings(kind, key)[:1]
            if len(out) == n:
                break
        return out

    def _names_of(self, n: int, kind: str) -> list[str]:
        """A record's names and aliases of one kind."""
        if kind == "orgs":
            (data,) = self.db.execute("SELECT orgs FROM record_orgs WHERE n=?", (n,)).fetchone() or ("[]",)
            items = json.loads(data or "[]")
        else:
            items = json.loads(self.db.execute("SELECT data FROM records WHERE n=?", (n,)).fetchone()[0])[kind]
        return [name for e in items for name in (e["name"], *e.get("aliases", ()))]

    def complete(self, kind: str, prefix: str, limit: int = 200, scan: int = 4000) -> list[str]:
        """Names of a kind that start with `prefix`, for shell completion, each shown as a record
        spells it: the whole names among the keys of the prefix's range (most keys there are the
        ends of longer names, 'cooperative alliance' of 'international cooperative alliance'), up
        to `limit` names or `scan` keys read."""

        k, q = NAME_KIND[kind], name_key(prefix)
        out: dict[str, None] = {}
        ends: dict[str, None] = {}  # names with a later word that starts so ('Insun Kim' of 'kim')
        for (key,) in self.db.execute(
            "SELECT DISTINCT key FROM name_keys WHERE kind=? AND key >= ? AND key < ? LIMIT ?",
            (k, q, q + "\U0010ffff", scan),
        ):
            out.update(dict.fromkeys(self._spellings(kind, key)))
            if not out and len(ends) < limit:
                ends.update(dict.fromkeys(self._spellings(kind, key, ends=True)))
            if len(out) >= limit:
                break
        # As the filters match any whole word of a name, a prefix that begins no name completes
        # the names with a word that it begins.
        return list(out or ends)

    def _records_with(self, k: str, key: str, tries: int) -> list[int]:
        """The first `tries` records that `list` shows with a name of this key among their
        sets' suffixes, in the table's order: the first of each set's, by record_names_set,
        merged (a key common to the corpus is in thousands of records, and no sort reads them all)."""
        found: set[int] = set()
        for (s,) in self.db.execute("SELECT set_id FROM name_keys WHERE kind=? AND key=?", (k, key)).fetchall():
            found.update(
                n
                for (n,) in self.db.execute(
                    "SELECT x.n FROM record_names x JOIN records r ON r.n = x.n WHERE x.set_id=? AND r.entry = 1 "
                    "ORDER BY x.n LIMIT ?",
                    (s, tries),
                )
            )
        return sorted(found)[:tries]

    def _spellings(self, kind: str, key: str, tries: int = 64, ends: bool = False) -> list[str]:
        """How the first record that has a whole name (or alias) of this key spells it; none where
        the key is only ever the end of longer names ('university of wa'), within `tries` records.
        With `ends`, every name of those records that it is the end of ('Insun Kim' of 'kim')."""

        longer: dict[str, None] = {}
        for n in self._records_with(NAME_KIND[kind], key, tries):
            if ends:
                longer.update((name, None) for name in self._names_of(n, kind) if name_key(name).endswith(" " + key))
                continue
            found = [name for name in self._names_of(n, kind) if name_key(name) == key]
            if found:
                return found
        return list(longer)
