"""Shell completion of record ids, names and --fields: each a function Typer calls with the
command line so far, which never raises (a broken corpus completes nothing)."""

from __future__ import annotations

import typer

# The fields each command's --fields accepts, beside the records' own (output.formats).
ENTITY_FIELDS = {
    "orgs": ("name", "aliases", "count", "ids"),
    "people": ("name", "roles", "count", "ids"),
    "places": ("name", "aliases", "count", "ids"),
}


def _store(ctx):
    from ssecli.corpus import corpus_dir
    from ssecli.store import open_store

    params = ctx.find_root().params if ctx is not None else {}
    corpus, index = params.get("corpus"), params.get("index")
    return open_store(corpus_dir(str(corpus) if corpus else None), index_path=index)


def _completer(values_of):
    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        try:
            low = incomplete.lower()
            return [v for v in values_of(ctx, incomplete) if v.lower().startswith(low)]
        except Exception:  # noqa: BLE001 - completion must never print a traceback into the shell
            return []

    return complete


def _names(kind: str):
    def names(ctx, incomplete: str) -> list[str]:
        return _store(ctx).complete(kind, incomplete)

    return names


complete_ids = _completer(lambda ctx, incomplete: _store(ctx).ids())
complete_orgs = _completer(_names("orgs"))
complete_people = _completer(_names("people"))
complete_places = _completer(_names("places"))


def complete_fields(ctx: typer.Context, incomplete: str) -> list[str]:
    """Field names for --fields, after the last comma: 'id,da' -> 'id,date'."""
    from ssecli.output.formats import RECORD_FIELDS

    try:
        head, _, last = incomplete.rpartition(",")
        prefix = head + "," if head else ""
        valid = ENTITY_FIELDS.get(ctx.info_name or "", RECORD_FIELDS)
        return [prefix + f for f in valid if f.startswith(last) and f not in head.split(",")]
    except Exception:  # noqa: BLE001
        return []
