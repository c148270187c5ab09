"""The one function that writes a listing in the format asked for: a table on a terminal, plain
tab-separated lines on a pipe (as `gh` prints for scripts), or json, jsonl, csv or md; and the
one that writes JSON."""

from __future__ import annotations

import json

from ssecli.errors import UsageError
from ssecli.output.env import Output
from ssecli.output.formats import FORMATS


def emit(
    out: Output,
    full_rows: list[dict],
    flat_rows: list[dict],
    fmt: str | None,
    as_json: bool,
    fields: str | None,
    valid: tuple[str, ...],
    table=None,
    plain: tuple[str, ...] | None = None,
) -> None:
    """Write a listing. full_rows is the JSON contract (json, jsonl); flat_rows are one-line
    values per field (csv, md, a table of chosen --fields); table() builds the default table.

    With no --format, a terminal gets the table and a pipe plain lines: the `plain` fields (or
    the --fields chosen), tab-separated, no colour, no header, as `gh` prints for scripts.
    `--format table` asks for the table anywhere."""
    from ssecli.output.formats import (
        compile_template,
        is_template,
        parse_fields,
        plain_line,
        project,
        template_line,
        write_rows,
    )

    check_format(fmt, as_json)
    keys = plain_keys(out, fmt, as_json, fields, valid, plain)
    if keys is not None:
        write = out.stdout.write
        for i in range(0, len(flat_rows), 4096):  # a large timeline is written in blocks, not line by line
            write("".join(plain_line(row, keys) + "\n" for row in flat_rows[i : i + 4096]))
        return
    if is_template(fmt):
        parts = compile_template(str(fmt), valid)
        write = out.stdout.write
        for i in range(0, len(flat_rows), 4096):
            write("".join(template_line(row, parts) + "\n" for row in flat_rows[i : i + 4096]))
        return
    fmt = "json" if as_json else (fmt or "table")
    if fmt not in FORMATS:
        raise UsageError(f"--format: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    chosen = parse_fields(fields, valid)
    if fmt in ("json", "jsonl"):
        write_rows(project(full_rows, chosen), fmt, out.stdout)
    elif fmt in ("csv", "md"):
        write_rows(project(flat_rows, chosen), fmt, out.stdout)
    elif chosen or table is None:  # drawn and paged in parts: `sse orgs` of an archive has 100,000 rows
        from ssecli.output.tables import page_parts, rows_parts

        page_parts(out, rows_parts(out, project(flat_rows, chosen)))
    else:
        from ssecli.output.tables import show

        show(out, table())


def check_format(fmt: str | None, as_json: bool) -> None:
    """--json is --format json: with another --format it is a usage error, not a silent choice."""
    if as_json and fmt not in (None, "json"):
        raise UsageError(f"--json and --format {fmt} ask for two formats; give one")


def plain_keys(
    out: Output,
    fmt: str | None,
    as_json: bool,
    fields: str | None,
    valid: tuple[str, ...],
    plain: tuple[str, ...] | None = None,
) -> tuple[str, ...] | None:
    """The fields of plain tab-separated lines, where the output is plain (no --format, --json or
    terminal), else None."""
    from ssecli.output.formats import parse_fields

    if as_json or fmt is not None or out.terminal():
        return None
    return tuple(parse_fields(fields, valid) or plain or valid)


def wants_table(out: Output, fmt: str | None, as_json: bool, fields: str | None) -> bool:
    """Whether the output is the default table (a terminal's, or --format table): what the
    commands whose tables are drawn in parts ask before reading their rows."""
    return not (as_json or fields) and (fmt == "table" or fmt is None and out.terminal())


def write_json(out: Output, data) -> None:
    """JSON on stdout, as every --json prints it: indented, non-ASCII kept."""
    out.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
