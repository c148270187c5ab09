"""Who and what is in the archive: orgs, people, places, stats, export. Registered on the app
in cli.py; each command builds rows with query.py and hands them to options.emit."""

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ssecli.cli import (NotOrgOpt, NotPersonOpt, OnOpt, OrgOpt, PersonOpt, PlaceOpt, SinceOpt, UntilOpt, _fail,
                        _filters, _load, _suggest, app, warn)
from ssecli.errors import SseError
from ssecli.options import FieldsOpt, FormatOpt, JsonOpt

class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"


ENTITY_FIELDS = {"orgs": ("name", "aliases", "count", "ids"), "people": ("name", "roles", "count", "ids"),
                 "places": ("name", "aliases", "count", "ids")}


def _entities(kind, org, person, place, since, until, not_org, not_person, on, limit, as_json, fmt, fields):
    from ssecli.options import emit

    try:
        f = _filters(org, person, place, since, until, not_org, not_person, on)
        corpus = _load()
        rows = corpus.index.entity_table(f, kind)
        rows = rows[:limit] if limit else rows
        if not rows:
            warn("nothing matches")
            _suggest(corpus, f)
        flat = [{k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()} for row in rows]
        emit(rows, flat, fmt, as_json, fields, ENTITY_FIELDS[kind])
    except SseError as e:
        raise _fail(e) from None


def _entity_command(kind: str, doc: str):
    def command(
        org: Optional[list[str]] = OrgOpt,
        person: Optional[list[str]] = PersonOpt,
        place: Optional[list[str]] = PlaceOpt,
        since: Optional[str] = SinceOpt,
        until: Optional[str] = UntilOpt,
        not_org: Optional[list[str]] = NotOrgOpt,
        not_person: Optional[list[str]] = NotPersonOpt,
        on: Optional[str] = OnOpt,
        limit: Optional[int] = typer.Option(None, "--limit", "-n", min=1, help="Show at most N rows."),
        as_json: bool = JsonOpt,
        fmt: Optional[str] = FormatOpt,
        fields: Optional[str] = FieldsOpt,
    ) -> None:
        _entities(kind, org, person, place, since, until, not_org, not_person, on, limit, as_json, fmt, fields)

    command.__doc__ = doc
    return command


app.command("orgs")(_entity_command("orgs", """Organisations: aliases, number of records, ids; most named first.

    Filters are those of `list`: the organisations named in the records that pass them.

    Examples:

      sse orgs

      sse orgs --place Korea --limit 5

      sse orgs --json
    """))
app.command("people")(_entity_command("people", """People: their roles, number of records, ids; most named first.

    Examples:

      sse people --org KoSEA

      sse people --since 2022 --format csv
    """))
app.command("places")(_entity_command("places", """Places: countries, regions and cities, with records and ids.

    Examples:

      sse places

      sse places --org ILO --fields name,count
    """))


@app.command()
def stats(
    org: Optional[list[str]] = OrgOpt,
    person: Optional[list[str]] = PersonOpt,
    place: Optional[list[str]] = PlaceOpt,
    since: Optional[str] = SinceOpt,
    until: Optional[str] = UntilOpt,
    top: int = typer.Option(10, "--top", min=1, help="How many organisations, people and places to show."),
    as_json: bool = JsonOpt,
) -> None:
    """Records per year and month, and the most named organisations, people and places, as bar charts.

    Examples:

      sse stats

      sse stats --org ILO --top 5

      sse stats --json
    """
    try:
        f = _filters(org, person, place, since, until)
        data = _load().index.stats(f, top)
    except SseError as e:
        raise _fail(e) from None
    if as_json:
        import json

        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    from ssecli.render import show, stats_view

    show(stats_view(data))


@app.command()
def export(
    fmt: ExportFormat = typer.Option("jsonl", "--format", "-f", help="jsonl (nested, with text) or csv (flat)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout.",
                                          dir_okay=False),
) -> None:
    """Every record, listing items as their own rows, for DuckDB, pandas or a search engine.

    Examples:

      sse export > records.jsonl

      sse export --format csv --output records.csv
    """
    from ssecli.export import export_rows, write_rows

    fmt = fmt.value
    try:
        rows = export_rows(_load().index.iter_entries(), fmt)
    except SseError as e:
        raise _fail(e) from None
    if output is None:
        write_rows(rows, fmt, sys.stdout)
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as out:
            count = write_rows(rows, fmt, out)
    except OSError as e:
        warn(f"cannot write {output}: {e.strerror}")
        raise typer.Exit(1) from None
    warn(f"wrote {count} records to {output}")
