"""The name index as a refresh writes it: each entity's names (an organisation's names, aliases
and parent; a person's name; a place's names) are one set of keys, kept once for the corpus
with every word-suffix of its keys (name_keys), and a record holds one row per set it has
(record_names). An organisation recurs across an archive with the same names: a record costs a
row per entity, where it cost a row per word-suffix of every name of each, and the suffixes of a
set are written once, when it is first met."""

from __future__ import annotations

import hashlib
import sqlite3
from typing import cast

from ssecli.models import Org, Record
from ssecli.store.rows import key_set, key_suffixes


def org_sets(orgs: list[Org]) -> list[tuple[str, ...]]:
    """The key sets of organisations: each one's names, aliases and parent."""
    return [key_set((*o.names(), *([o.parent] if o.parent else []))) for o in orgs]


def record_sets(record: Record) -> list[tuple[str, tuple[str, ...]]]:
    """(kind, key set) of a record's organisations, people and places."""
    return [
        *(("org", keys) for keys in org_sets(record.orgs)),
        *(("person", key_set((p.name,))) for p in record.people),
        *(("place", key_set(tuple(place.names()))) for place in record.places),
    ]


class NameSets:
    """Writes a refresh's links from records to name sets, giving each new set its id and its
    suffix rows, and at the end takes out the sets no record has any more (sweep): a filter,
    a suggestion or a completion never meets a name that no record holds. Made for one refresh:
    the ids it remembers are those of its transaction."""

    CACHE = 50000  # sets whose ids are remembered; past it the memory is given back

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.ids: dict[tuple[str, tuple[str, ...]], int] = {}
        self.unlinked: set[int] = set()

    def id_of(self, kind: str, keys: tuple[str, ...]) -> int:
        got = self.ids.get((kind, keys))
        if got is not None:
            return got
        # A set is found by a digest of its keys: an organisation the resolution gave hundreds of
        # aliases has tens of kilobytes of keys, which a unique index would hold and compare.
        digest = hashlib.blake2b("\n".join(keys).encode("utf-8", "surrogatepass"), digest_size=16).digest()
        row = self.db.execute("SELECT id FROM name_sets WHERE kind=? AND digest=?", (kind, digest)).fetchone()
        if row:
            got = row[0]
        else:
            got = cast(
                int, self.db.execute("INSERT INTO name_sets(kind, digest) VALUES (?,?)", (kind, digest)).lastrowid
            )
            suffixes = set().union(*(key_suffixes(k) for k in keys))
            self.db.executemany("INSERT INTO name_keys VALUES (?,?,?)", [(kind, s, got) for s in suffixes])
        if len(self.ids) >= self.CACHE:
            self.ids.clear()
        self.ids[(kind, keys)] = got
        return got

    def link(self, n: int, sets) -> None:
        """Give record n these (kind, key set) pairs."""
        rows = {(n, kind, self.id_of(kind, keys)) for kind, keys in sets if keys}
        self.db.executemany("INSERT INTO record_names VALUES (?,?,?)", rows)

    def unlink(self, where: str, args: tuple) -> None:
        """Take out the links of the records `where` (SQL over record_names' n and kind) selects,
        keeping their sets for sweep to look at."""
        self.unlinked.update(s for (s,) in self.db.execute(f"SELECT set_id FROM record_names WHERE {where}", args))
        self.db.execute(f"DELETE FROM record_names WHERE {where}", args)

    def sweep(self) -> None:
        """Take out the sets unlinked in this refresh that no record has any more."""
        db = self.db
        for s in self.unlinked:
            if not db.execute("SELECT 1 FROM record_names WHERE set_id=? LIMIT 1", (s,)).fetchone():
                db.execute("DELETE FROM name_keys WHERE set_id=?", (s,))  # by name_keys_set
                db.execute("DELETE FROM name_sets WHERE id=?", (s,))
        self.unlinked.clear()
        self.ids.clear()
