"""How records and names become rows of the index: date bounds, the name keys a filter scans,
and the bounded sets a refresh keeps of what it changed."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8192)
def date_range(iso: str | None) -> tuple[str | None, str | None]:
    """The first and last day an ISO date covers, as text. Cached: a build asks for each
    record's and event's dates, and an archive's dates are a few thousand days."""
    from ssecli.query import date_range

    r = date_range(iso)
    return (r[0].isoformat(), r[1].isoformat()) if r else (None, None)


def key_suffixes(key: str) -> set[str]:
    """'international labour organisation' -> it and every word-suffix of it, so that a filter
    matching any word's start is one indexed range scan."""
    words = key.split()
    return {" ".join(words[i:]) for i in range(len(words))}


@lru_cache(maxsize=4096)
def key_set(names: tuple[str, ...]) -> tuple[str, ...]:
    """The distinct keys of an entity's names, in order: what identifies its set in the name index.
    Cached: an organisation recurs with the same names, some with hundreds of aliases."""
    from ssecli.extract.text import name_key

    return tuple(sorted({k for k in (" ".join(name_key(nm).split()) for nm in names) if k}))


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
