"""Rows the commands `orgs`, `people`, `places` and `stats` show, aggregated from each record's
names as the index reads them out of its JSON, in `list`'s order."""

from __future__ import annotations

from collections import Counter

from ssecli.extract.text import name_key

ENTITY_KINDS = ("orgs", "people", "places")


def entity_rows(named, kind: str, keys: dict[str, str] | None = None) -> list[dict]:
    """entity_table's rows from (record id, [entity as a dict]) of the records that pass the
    filters, in `list`'s order, as the index reads them out of its JSON (Queries.entity_table).
    `keys`: names' keys known already (the index keeps those of organisations)."""
    rows: dict[str, dict] = {}
    keys = keys if keys is not None else {}  # a name's key, once a name: an archive names ILO 100,000 times
    known: dict[str, set] = {}  # the aliases or roles of each row so far, to ask in one step
    for rid, entities in named:
        for e in entities:
            name = e["name"]
            key = keys.get(name)
            if key is None:
                key = keys[name] = name_key(name)
            row = rows.get(key)
            if row is None:
                row = rows[key] = {"name": name, "aliases": [], "roles": [], "count": 0, "ids": []}
                known[key] = set()
            extra = [e["role"]] if kind == "people" and e.get("role") else e.get("aliases") or ()
            bucket, seen = row["roles"] if kind == "people" else row["aliases"], known[key]
            for x in extra:
                if x and x not in seen:
                    seen.add(x)
                    bucket.append(x)
            if not row["ids"] or row["ids"][-1] != rid:  # a record's names come together
                row["ids"].append(rid)
                row["count"] += 1
    out = sorted(rows.values(), key=lambda x: (-x["count"], x["name"].lower()))
    for row in out:
        row.pop("roles" if kind != "people" else "aliases")
    return out


def stats_of(dates: list[str | None], tables: dict[str, list[dict]], top: int) -> dict:
    """stats from the dates of the records that pass the filters and their entity tables."""
    years: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for d in dates:
        if d:
            years[d[:4]] += 1
            if len(d) >= 7:
                months[d[:7]] += 1
    out = {
        "records": len(dates),
        "undated": sum(1 for d in dates if not d),
        "per_year": dict(sorted(years.items())),
        "per_month": dict(sorted(months.items())),
    }
    for kind in ENTITY_KINDS:
        out[kind] = [{"name": e["name"], "count": e["count"]} for e in tables[kind][:top]]
    return out
