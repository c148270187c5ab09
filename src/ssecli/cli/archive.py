"""Who and what is in the archive: orgs, people, places, stats, and export of every record."""

from enum import Enum
from pathlib import Path

import typer

from ssecli.cli.complete import ENTITY_FIELDS
from ssecli.cli.core import app, nothing_matches, open_store, state, warn
from ssecli.cli.options import FormatOpt, JsonOpt, LimitOpt, at_least_one, fields_option, filtered
from ssecli.query import Filters


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"


def _entity_command(kind: str, doc: str):
    @filtered
    def command(
        filters: Filters,
        limit: int | None = LimitOpt("rows"),
        as_json: bool = JsonOpt,
        fmt: str | None = FormatOpt,
        fields: str | None = fields_option(ENTITY_FIELDS[kind]),
    ) -> None:
        from ssecli.output.emit import emit

        store = open_store()
        rows = store.entity_table(filters, kind)
        rows = rows[:limit] if limit else rows
        if not rows:
            nothing_matches(store, filters, "nothing matches")
        flat = [{k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()} for row in rows]
        emit(state.output, rows, flat, fmt, as_json, fields, ENTITY_FIELDS[kind])

    command.__doc__ = doc
    return command


app.command("orgs", short_help="Organisations, their aliases and records, most named first.")(
    _entity_command(
        "orgs",
        """Organisations: aliases, number of records, ids; most named first.

    Filters are those of `list`: the organisations named in the records that pass them.

    Examples:

      sse orgs

      sse orgs --place Korea --limit 5

      sse orgs --json
    """,
    )
)
app.command("people", short_help="People, their roles and records, most named first.")(
    _entity_command(
        "people",
        """People: their roles, number of records, ids; most named first.

    Examples:

      sse people --org KoSEA

      sse people --since 2022 --format csv
    """,
    )
)
app.command("places", short_help="Countries, regions and cities, with their records.")(
    _entity_command(
        "places",
        """Places: countries, regions and cities, with records and ids.

    Examples:

      sse places

      sse places --org ILO --fields name,count
    """,
    )
)


@app.command(short_help="Records per year and month, and who is most named.")
@filtered
def stats(
    filters: Filters,
    top: int = typer.Option(
        10,
        "--top",
        metavar="N",
        callback=at_least_one,
        help="How many organisations, people and places to show (10).",
        show_default=False,
    ),
    as_json: bool = JsonOpt,
) -> None:
    """Records per year and month, and the most named organisations, people and places, as bar charts.

    Examples:

      sse stats

      sse stats --org ILO --top 5

      sse stats --json
    """
    data = open_store().stats(filters, top)
    if as_json:
        from ssecli.output.emit import write_json

        write_json(state.output, data)
        return
    from ssecli.output.tables import columns, show, stats_view

    show(state.output, stats_view(data, columns(state.output)))


@app.command(short_help="Every record with its text, as jsonl or csv.")
@filtered
def export(
    filters: Filters,
    fmt: ExportFormat = typer.Option("jsonl", "--format", "-f", help="jsonl (nested, with text) or csv (flat)."),
    output: Path | None = typer.Option(
        None, "--output", "-o", metavar="FILE", help="Write to this file instead of stdout.", dir_okay=False
    ),
) -> None:
    """Every record, listing items as their own rows, for DuckDB, pandas or a search engine.

    Examples:

      sse export > records.jsonl

      sse export --format csv --output records.csv

      sse export --org ILO --since 2023 --format jsonl

    Filters are those of `list`.
    """
    from ssecli.output.formats import export_rows, write_rows

    rows = export_rows(open_store().iter_entries(filters), fmt.value)
    if output is None:
        write_rows(rows, fmt.value, state.output.stdout)
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as out:
            count = write_rows(rows, fmt.value, out)
    except OSError as e:
        from ssecli.errors import SseError

        raise SseError(f"cannot write {output}: {e.strerror}") from None
    warn(f"wrote {count} records to {output}")
