"""The output options every listing command shares, and the one function that writes a
listing in the format asked for (tables through render.py, the rest through export.py)."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from ssecli.export import FORMATS

# Set by the global options; read by render.console().
settings = {"color": "auto", "pager": True}

FormatOpt = typer.Option(None, "--format", "-f", help=f"Output format: {'|'.join(FORMATS)} (default: table).",
                         show_default=False)
JsonOpt = typer.Option(False, "--json", help="Print JSON only, on stdout (same as --format json).")
FieldsOpt = typer.Option(None, "--fields", autocompletion=lambda ctx, incomplete: complete_fields(ctx, incomplete),
                         help="Columns to print, comma-separated: id,date,title.",
                         show_default=False)


def emit(full_rows: list[dict], flat_rows: list[dict], fmt: Optional[str], as_json: bool, fields: Optional[str],
         valid: tuple[str, ...], table=None, plain: tuple[str, ...] | None = None) -> None:
    """Write a listing. full_rows is the JSON contract (json, jsonl); flat_rows are one-line
    values per field (csv, md, a table of chosen --fields); table() builds the default table.

    With no --format, a terminal gets the table and a pipe plain lines: the `plain` fields (or
    the --fields chosen), tab-separated, no colour, no header, as `gh` prints for scripts.
    `--format table` asks for the table anywhere."""
    from ssecli.export import parse_fields, plain_line, project, write_rows

    keys = plain_keys(fmt, as_json, fields, valid, plain)
    if keys is not None:
        write = sys.stdout.write
        for i in range(0, len(flat_rows), 4096):  # a large timeline is written in blocks, not line by line
            write("".join(plain_line(row, keys) + "\n" for row in flat_rows[i:i + 4096]))
        return
    fmt = "json" if as_json else (fmt or "table")
    if fmt not in FORMATS:
        from ssecli.errors import UsageError

        raise UsageError(f"--format: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    chosen = parse_fields(fields, valid)
    if fmt in ("json", "jsonl"):
        write_rows(project(full_rows, chosen), fmt, sys.stdout)
    elif fmt in ("csv", "md"):
        write_rows(project(flat_rows, chosen), fmt, sys.stdout)
    elif chosen or table is None:  # drawn and paged in parts: `sse orgs` of an archive has 100,000 rows
        from ssecli.render import page_parts, rows_parts

        page_parts(rows_parts(project(flat_rows, chosen)))
    else:
        from ssecli.render import show

        show(table())


def plain_keys(fmt: Optional[str], as_json: bool, fields: Optional[str], valid: tuple[str, ...],
               plain: tuple[str, ...] | None = None) -> tuple[str, ...] | None:
    """The fields of plain tab-separated lines, where the output is plain (no --format, --json or
    terminal), else None."""
    from ssecli.export import parse_fields

    if as_json or fmt is not None or _terminal():
        return None
    return tuple(parse_fields(fields, valid) or plain or valid)


def wants_table(fmt: Optional[str], as_json: bool, fields: Optional[str]) -> bool:
    """Whether the output is the default table (a terminal's, or --format table): what the
    commands whose tables are drawn in parts ask before reading their rows."""
    return not (as_json or fields) and (fmt == "table" or fmt is None and _terminal())


def _terminal() -> bool:
    """Whether stdout is read by a person: a terminal, or --color always / FORCE_COLOR saying so."""
    import os

    return sys.stdout.isatty() or settings["color"] == "always" or bool(os.environ.get("FORCE_COLOR"))


def _corpus(ctx):
    from ssecli.corpus import corpus_dir
    from ssecli.store import load

    params = ctx.find_root().params if ctx is not None else {}
    corpus, index = params.get("corpus"), params.get("index")
    return load(corpus_dir(str(corpus) if corpus else None), index_path=index)


def _completer(values_of):
    """A Typer completion function that never raises: a broken corpus completes nothing."""
    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        try:
            low = incomplete.lower()
            return [v for v in values_of(ctx, incomplete) if v.lower().startswith(low)]
        except Exception:  # noqa: BLE001 - completion must never print a traceback into the shell
            return []

    return complete


def _names(kind):
    def names(ctx, incomplete: str) -> list[str]:
        return _corpus(ctx).index.complete(kind, incomplete)

    return names


def _ids(ctx, incomplete: str):
    return _corpus(ctx).index.ids()


complete_ids = _completer(_ids)
complete_orgs = _completer(_names("orgs"))
complete_people = _completer(_names("people"))
complete_places = _completer(_names("places"))


def complete_fields(ctx: typer.Context, incomplete: str) -> list[str]:
    """Field names for --fields, after the last comma: 'id,da' -> 'id,date'."""
    from ssecli.export import RECORD_FIELDS

    try:
        head, _, last = incomplete.rpartition(",")
        prefix = head + "," if head else ""
        valid = {"orgs": ("name", "aliases", "count", "ids"), "people": ("name", "roles", "count", "ids"),
                 "places": ("name", "aliases", "count", "ids")}.get(ctx.info_name, RECORD_FIELDS)
        return [prefix + f for f in valid if f.startswith(last) and f not in head.split(",")]
    except Exception:  # noqa: BLE001
        return []
