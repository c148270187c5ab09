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
FieldsOpt = typer.Option(None, "--fields", help="Columns to print, comma-separated: id,date,title.",
                         show_default=False)


def emit(full_rows: list[dict], flat_rows: list[dict], fmt: Optional[str], as_json: bool, fields: Optional[str],
         valid: tuple[str, ...], table=None) -> None:
    """Write a listing. full_rows is the JSON contract (json, jsonl); flat_rows are one-line
    values per field (csv, md, a table of chosen --fields); table() builds the default table."""
    from ssecli.export import parse_fields, project, write_rows

    fmt = "json" if as_json else (fmt or "table")
    if fmt not in FORMATS:
        from ssecli.errors import UsageError

        raise UsageError(f"--format: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    chosen = parse_fields(fields, valid)
    if fmt in ("json", "jsonl"):
        write_rows(project(full_rows, chosen), fmt, sys.stdout)
    elif fmt in ("csv", "md"):
        write_rows(project(flat_rows, chosen), fmt, sys.stdout)
    else:
        from ssecli.render import rows_table, show

        show(rows_table(project(flat_rows, chosen)) if chosen or table is None else table())
