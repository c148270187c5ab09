"""The commands that show records and their events: list, timeline, show."""

from enum import Enum

import typer

from ssecli.cli.complete import complete_ids
from ssecli.cli.core import app, nothing_matches, open_store, state, warn
from ssecli.cli.options import FormatOpt, JsonOpt, LimitOpt, ReverseOpt, Sort, SortOpt, fields_option, filtered
from ssecli.output.formats import RECORD_FIELDS
from ssecli.query import Filters

TIMELINE_FIELDS = {
    "event": ("id", "title", "record_date", "start", "end", "text", "surface"),
    "record": ("id", "title", "record_date", "date_inferred", "start", "end", "events"),
}


class By(str, Enum):
    event = "event"
    record = "record"


@app.command("list", short_help="Records newest first: id, date, title, orgs, people.")
@filtered
def list_cmd(
    filters: Filters,
    limit: int | None = LimitOpt("records"),
    sort: Sort = SortOpt,
    reverse: bool = ReverseOpt,
    as_json: bool = JsonOpt,
    fmt: str | None = FormatOpt,
    fields: str | None = fields_option(RECORD_FIELDS),
) -> None:
    """List records newest first: id, date, title, organisations, people.

    Examples:

      sse list --org ILO

      sse list --person Kim --since 2020

      sse list --place Korea --until 2021-12 --json

      sse list --org ILO --not-org KoSEA --format csv --fields id,date,title

      sse list --reverse --format '{id}\\t{date}\\t{title}'

    Repeating --org, --person or --place means all of them (AND).
    """
    from ssecli.output.emit import emit, wants_table
    from ssecli.output.formats import RECORD_FIELDS, record_row

    out = state.output
    store = open_store()
    if wants_table(out, fmt, as_json, fields):
        from ssecli.output.tables import list_parts, page_parts

        parts = list_parts(out, store.iter_select(filters, limit, sort.value, reverse), store.id_width())
        if not page_parts(out, parts):
            nothing_matches(store, filters)
        return
    rows = store.select(filters, limit, sort.value, reverse)
    if not rows:
        nothing_matches(store, filters)
    # The table was drawn above; what is left is JSON, CSV, Markdown, --fields or a pipe's lines.
    emit(
        out,
        [r.to_dict(with_text=False) for r in rows],
        [record_row(r) for r in rows],
        fmt,
        as_json,
        fields,
        RECORD_FIELDS,
        plain=("id", "date", "title", "orgs", "people"),
    )


@app.command(short_help="Every dated event, in date order.")
@filtered
def timeline(
    filters: Filters,
    by: By = typer.Option("event", "--by", help="One line per event, or per record (its first to last event)."),
    as_json: bool = JsonOpt,
    fmt: str | None = FormatOpt,
    fields: str | None = fields_option(tuple(dict.fromkeys(TIMELINE_FIELDS["event"] + TIMELINE_FIELDS["record"]))),
) -> None:
    """Every dated event across the corpus in date order, grouped by year.

    Examples:

      sse timeline

      sse timeline --org KoSEA --since 2020

      sse timeline --by record --since 2023

      sse timeline --json

    Spans show their length (2021-06-29 → 2021-07-05 (7 days)); '~' marks dates inferred
    from an undated article's text.
    """
    from ssecli.output.emit import emit, plain_keys, wants_table
    from ssecli.plain import EVENT_LINE

    out = state.output
    store = open_store()
    if by == By.event and plain_keys(out, fmt, as_json, fields, TIMELINE_FIELDS["event"], EVENT_LINE) == EVENT_LINE:
        # A pipe's default lines come as the index keeps them: no row is built or formatted.
        written = False
        out.stdout.flush()
        for data in store.timeline_lines(filters):
            out.stdout.buffer.write(data)
            written = written or bool(data)
        if not written:
            nothing_matches(store, filters, "no event matches")
        return
    if wants_table(out, fmt, as_json, fields):  # drawn and paged in parts
        from ssecli.output.tables import page_parts, timeline_parts, timeline_records_parts

        parts = (
            timeline_parts(out, store.iter_timeline(filters), store.id_width())
            if by == By.event
            else timeline_records_parts(out, store.timeline_by_record(filters))
        )
        if not page_parts(out, parts):
            nothing_matches(store, filters, "no event matches")
        return
    rows = store.timeline(filters) if by == By.event else store.timeline_by_record(filters)
    if not rows:
        nothing_matches(store, filters, "no event matches")
    # The table was drawn above; what is left is JSON, CSV, Markdown, --fields or a pipe's lines.
    found = (
        rows
        if by == By.record
        else [
            {
                "id": t.record.id,
                "title": t.record.title,
                "record_date": t.record.date,
                **(
                    {"start": t.event.start, "end": t.event.end, "text": t.event.text, "surface": t.event.surface}
                    if t.event
                    else {"start": None, "end": None, "text": None, "surface": None}
                ),
            }
            for t in rows
        ]
    )
    emit(
        out,
        found,
        found,
        fmt,
        as_json,
        fields,
        tuple(found[0]) if found else TIMELINE_FIELDS[by.value],
        plain=("start", "end", "id", "title") if by == By.record else EVENT_LINE,
    )


@app.command(short_help="One record: its metadata and text, entities highlighted.")
def show(
    ident: str = typer.Argument(
        ..., metavar="ID", shell_complete=complete_ids, help="Record id (003, 002.4), file stem or file name."
    ),
    as_json: bool = JsonOpt,
) -> None:
    """One record: its metadata above its text, entities highlighted.

    On a pipe, plain lines instead, as `gh issue view` prints them: `field:<TAB>value` lines,
    a `--` line, then the text as it was saved (`sse show 003 | grep ^people`).

    Examples:

      sse show 003

      sse show 002.4

      sse show 001 --json
    """
    out = state.output
    store = open_store()
    record = store.find(ident)
    changed = store.changed_since_refresh(record)
    if changed:
        warn(f"{changed} changed after the index was refreshed: what is shown may be stale; `sse index` reads it again")
    if as_json:
        from ssecli.output.emit import write_json

        write_json(out, record.to_show_dict())
        return
    origins = _origins(record)
    if not out.terminal():  # Rich is neither imported nor asked to wrap the text
        from ssecli.output.formats import record_text

        out.stdout.write(record_text(record, origins))
        return
    from ssecli.output.tables import record_view
    from ssecli.output.tables import show as page

    page(out, record_view(record, origins))


def _origins(record) -> dict[str, str]:
    """Where the title and date of a web page or a Markdown file came from (its metadata)."""
    if record.parent is not None or record.source.lower().endswith(".txt"):
        return {}
    from ssecli.corpus import corpus_dir, metadata_origins

    folder = corpus_dir(str(state.corpus) if state.corpus else None)
    return metadata_origins(
        folder / record.source, record.title, record.date
    )  # a long article goes through the pager on a terminal, like the listings
