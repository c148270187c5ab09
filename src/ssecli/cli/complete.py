"""Shell completion of record ids, names and --fields: each a function Click calls with the
command line so far, which never raises (a broken corpus completes nothing).

They are given to the options as `shell_complete`, not Typer's `autocompletion`: Typer keeps only
the values that start with what was typed, case and all, so `--person kim` would find no `Kim`,
and a value escaped for bash would never start with it. Matching is case- and accent-insensitive,
as the filters are; bash inserts a reply as it is, so a name of several words comes back with its
spaces (and quotes) escaped (`Korea\\ Social\\ Enterprise...`); zsh, fish and PowerShell
quote what they insert themselves."""

from __future__ import annotations

import os
import re

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


# The values of _SSE_COMPLETE (Typer's names, and Click's) that ask for bash's completion.
BASH = ("complete_bash", "bash_complete")
RE_BASH_SPECIAL = re.compile(r"([^\w@%+=:,./-])")


def for_shell(values: list[str]) -> list[str]:
    """The values as the shell asking for them inserts them: for bash, each character it would
    read as a separator or a quote escaped with a backslash, as `printf %q` writes it."""
    if os.environ.get("_SSE_COMPLETE") in BASH:
        return [RE_BASH_SPECIAL.sub(r"\\\1", v) for v in values]
    return values


def fold(s: str) -> str:
    """Without case or accents, as the filters compare names: 'kim' finds 'Kim'."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def _completer(values_of):
    def complete(ctx, param, incomplete: str) -> list[str]:
        try:
            starts = re.compile(r"(?<!\w)" + re.escape(fold(incomplete)))  # any word of it, as the filters match
            return for_shell([v for v in values_of(ctx, incomplete) if starts.search(fold(v))])
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


def complete_fields(ctx, param, incomplete: str) -> list[str]:
    """Field names for --fields, after the last comma: 'id,da' -> 'id,date'."""
    from ssecli.output.formats import RECORD_FIELDS

    try:
        head, _, last = incomplete.rpartition(",")
        prefix = head + "," if head else ""
        valid = ENTITY_FIELDS.get(ctx.info_name or "", RECORD_FIELDS)
        return [prefix + f for f in valid if f.startswith(last) and f not in head.split(",")]
    except Exception:  # noqa: BLE001
        return []
