"""How records and names become rows of the index: date bounds, the name keys a filter scans,
and the bounded sets a refresh keeps of what it changed."""

from __future__ import annotations

from functools import lru_cache

from ssecli.models import Org


def date_range(iso: str | None) -> tuple[str | None, str | None]:
    from ssecli.query import date_range

    r = date_range(iso)
    return (r[0].isoformat(), r[1].isoformat()) if r else (None, None)


@lru_cache(maxsize=4096)
def name_suffixes(name: str) -> frozenset[str]:
    """'International Labour Organisation' -> its key and every word-suffix of it, so that a
    filter matching any word's start is one indexed range scan."""
    from ssecli.extract.text import name_key

    words = name_key(name).split()
    return frozenset(" ".join(words[i:]) for i in range(len(words)))


def org_keys(orgs: list[Org]) -> set[str]:
    """The name-index keys of organisations: every name, alias and parent."""
    keys: set[str] = set()
    for o in orgs:
        for nm in [*o.names(), *([o.parent] if o.parent else [])]:
            keys |= name_suffixes(nm)
    return {k for k in keys if k}


class Capped(set):
    """What a refresh changed, up to a limit past which it does the whole job (it resolves the
    whole corpus, joins every block) and keeps no more: a build holds none of it."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.full = False

    def update(self, *batches) -> None:
        for items in batches:
            if not self.full:
                super().update(items)
                self.full = len(self) > self.limit


def utf8(lines) -> bytes:
    return "".join(lines).encode("utf-8", "replace")
