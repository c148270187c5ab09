"""The only module that imports rich: tables for list and timeline, the record view
for show. Article text is printed as literal text, never as Rich markup."""

from __future__ import annotations

import re

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ssecli.models import Record, TimelineEntry
from ssecli.output.env import Output
from ssecli.output.formats import span_text
from ssecli.output.pager import page


def console(out: Output, stderr: bool = False) -> Console:
    """A console that honours --color (auto|always|never); on auto Rich itself honours NO_COLOR,
    FORCE_COLOR and whether the stream is a terminal. --color always beats NO_COLOR: the flag is
    the more explicit wish."""
    force_terminal = {"always": True, "never": False}.get(out.color)
    no_color = {"always": False, "never": True}.get(out.color)
    return Console(
        stderr=stderr,
        file=None if stderr else out.stdout,
        width=out.width(),
        highlight=False,
        soft_wrap=False,
        force_terminal=force_terminal,
        no_color=no_color,
    )


def columns(out: Output) -> int:
    """The width output is laid out for: COLUMNS, the terminal's, else 80."""
    return console(out).size.width or 80


def show(out: Output, renderable) -> None:
    """Print to stdout; on a terminal, output taller than the screen goes through the pager
    (pager.py) unless --no-pager. Never on a pipe."""
    c = console(out)
    if not out.pages():
        c.print(renderable)
        return
    with c.capture() as cap:
        c.print(renderable)
    page(out, [cap.get()], c.size.height)


def page_parts(out: Output, parts) -> bool:
    """Write a table drawn in parts (table_parts) to stdout, through the pager where it is taller
    than a terminal; False if it had no row."""
    from itertools import chain

    first = next(parts, None)
    if first is None:
        return False
    page(out, chain([first], parts), console(out).size.height)
    return True


CELL_CAP = 400  # characters of a cell a table shows: ILO's ids in `sse orgs` of a large archive run to megabytes


def rows_table(rows: list[dict], header: bool = True, widths: list[int] | None = None) -> Table:
    """A plain table of the rows' columns (those --fields chose, or an entity table's); a cell
    longer than CELL_CAP ends in '…' (--format csv or json give it whole)."""
    t = Table(header_style="bold", show_header=header)
    for i, k in enumerate(rows[0] if rows else []):
        t.add_column(k, **_fixed(widths, i))
    for row in rows:
        cells = ("" if v is None else str(v) for v in row.values())
        t.add_row(*(Text(c if len(c) <= CELL_CAP else c[: CELL_CAP - 1] + "…") for c in cells))
    return t


def rows_parts(out: Output, rows: list[dict]):
    """rows_table for a terminal, drawn in parts (table_parts)."""
    return table_parts(out, rows, lambda part, _, widths: rows_table(part, widths is None, widths))


def _names(xs, n: int = 3) -> str:
    names = [x for x in xs]
    more = f" +{len(names) - n}" if len(names) > n else ""
    return ", ".join(names[:n]) + more


def _short_org(o) -> str:
    acronyms = [a for a in o.aliases if a.isupper() and " " not in a]
    return acronyms[0] if acronyms and len(o.name) > 24 else o.name


def list_table(
    records: list[Record], header: bool = True, widths: list[int] | None = None, id_width: int | None = None
) -> Table:
    t = Table(show_lines=False, header_style="bold", expand=False, show_header=header)
    t.add_column("id", style="cyan", **_fixed(widths, 0, no_wrap=True, min_width=id_width))
    t.add_column("date", **_fixed(widths, 1, no_wrap=True))
    t.add_column("title", **_fixed(widths, 2, ratio=3))
    t.add_column("organisations", **_fixed(widths, 3, ratio=2))
    t.add_column("people", **_fixed(widths, 4, ratio=2))
    for r in records:
        date = Text(r.date or "—")
        if r.date_inferred:
            date.append("~", style="dim")
        t.add_row(
            Text(r.id),
            date,
            Text(r.title),
            Text(_names([_short_org(o) for o in r.orgs])),
            Text(_names([p.name for p in r.people])),
        )
    return t


def list_parts(out: Output, records, id_width: int):
    """The list table for a terminal, in parts (table_parts), with the caption that explains the
    '~' after the last part where a date shown was inferred."""
    inferred = []

    def draw(part, _, widths):
        inferred.append(any(r.date_inferred for r in part))
        return list_table(part, widths is None, widths, id_width)

    yield from table_parts(out, records, draw)
    if any(inferred):
        yield caption(out)


def caption(out: Output) -> str:
    """The line under a table that explains the '~' of an inferred date."""
    c = console(out)
    with c.capture() as cap:
        c.print(Text(INFERRED, style="dim italic"), justify="center")
    return cap.get()


def _fixed(widths: list[int] | None, i: int, **natural) -> dict:
    """A column's options: as given, or its width fixed to the first part's (table_parts)."""
    if widths is None:
        return natural
    return {"width": widths[i], "overflow": "fold", **({"justify": natural["justify"]} if "justify" in natural else {})}


def _when(start: str, end: str, inferred: bool) -> Text:
    """A date or span; '~' marks a date read from an undated article's text."""
    t = Text(span_text(start, end))
    if inferred:
        t.append(" ~", style="dim")
    return t


INFERRED = "~ inferred: the article has no date of its own"


def timeline_table(
    entries: list[TimelineEntry],
    year: str | None = None,
    header: bool = True,
    widths: list[int] | None = None,
    id_width: int | None = None,
    narrow: bool = False,
) -> Table:
    """The timeline's rows, after a row of `year` (a heading starts each other year)."""
    t = Table(header_style="bold", show_edge=True, show_header=header)
    t.add_column("start → end", **_fixed(widths, 0, **_when_column(narrow)))
    t.add_column("id", style="cyan", **_fixed(widths, 1, no_wrap=True, min_width=id_width))
    t.add_column("text", **_fixed(widths, 2, ratio=1))
    for e in entries:
        year = _year_heading(t, _year(e), year)
        if e.event is None:
            t.add_row(Text("—"), Text(e.record.id), Text(e.record.title))
            continue
        what = _describe(e.event.text, e.record.title)
        t.add_row(_when(e.event.start, e.event.end, e.record.date_inferred), Text(e.record.id), Text(what))
    return t


def _year_heading(t: Table, y: str, year: str | None) -> str:
    """Where the year changes to `y`, a row that heads it (after a section line, but at the top
    of a part); `y` is the year from then on."""
    if y != year:
        if year is not None and t.row_count:
            t.add_section()
        t.add_row(Text(y, style="bold magenta"), *(Text("") for _ in t.columns[1:]))
    return y


def _year(e: TimelineEntry) -> str:
    return e.event.start[:4] if e.event else "undated"


def timeline_parts(out: Output, entries, id_width: int):
    """The timeline table for a terminal, in parts (table_parts), a part ending only between two
    events of one year, with the caption after the last part."""
    inferred = []

    def draw(part, before, widths):
        inferred.append(any(e.record.date_inferred for e in part))
        return timeline_table(part, _year(before) if before else None, widths is None, widths, id_width, narrow(out))

    yield from table_parts(out, entries, draw, lambda a, b: _year(a) == _year(b))
    if any(inferred):
        yield caption(out)


PART_ROWS = 200  # rows in each part of a table drawn in parts


def table_parts(out: Output, rows, draw, joinable=lambda a, b: True):
    """A table as text, a part of about PART_ROWS rows at a time, for a terminal: a large
    archive's list or timeline has hundreds of thousands of rows, and one Rich table of them
    all takes minutes and gigabytes before its first line shows. draw(part, row before it,
    widths) makes each part's table. The first part is laid out by Rich (draw gives a column a
    minimum width where a later row may be wider: the id's); the others get its column widths
    (read off its top edge), and are drawn as one table with it: each keeps its
    top edge and header only if it is the first, its bottom edge only if it is the last, and
    ends only between two rows that joinable() accepts."""
    import re
    from itertools import islice

    c = console(out)
    rows = iter(rows)
    part, before, widths, bottom = list(islice(rows, PART_ROWS)), None, None, ""
    while part:
        nxt = next(rows, None)
        while nxt is not None and not joinable(part[-1], nxt):
            part.append(nxt)
            nxt = next(rows, None)
        with c.capture() as cap:
            c.print(draw(part, before, widths))
        lines = cap.get().splitlines(keepends=True)
        bottom = lines.pop()
        if widths is None:
            edge = re.sub(r"\x1b\[[0-9;]*m", "", lines[0]).strip()
            widths = [len(cell) - 2 for cell in re.split(r"[┳┬╦┯]", edge[1:-1])]
            yield "".join(lines)
        else:
            yield "".join(lines[1:])
        before = part[-1]
        part = ([nxt] + list(islice(rows, PART_ROWS - 1))) if nxt is not None else []
    yield bottom


def timeline_records_table(
    rows: list[dict],
    year: str | None = None,
    header: bool = True,
    widths: list[int] | None = None,
    id_width: int | None = None,
    narrow: bool = False,
) -> Table:
    """timeline --by record: one line per record, years as headings (after a row of `year`)."""
    t = Table(header_style="bold", show_header=header)
    t.add_column("start → end", **_fixed(widths, 0, **_when_column(narrow)))
    t.add_column("id", style="cyan", **_fixed(widths, 1, no_wrap=True, min_width=id_width))
    t.add_column("events", **_fixed(widths, 2, justify="right"))
    t.add_column("title", **_fixed(widths, 3, ratio=1))
    for row in rows:
        year = _year_heading(t, _row_year(row), year)
        when = _when(row["start"], row["end"], row["date_inferred"]) if row["start"] else Text("—")
        t.add_row(when, Text(row["id"]), Text(str(row["events"])), Text(row["title"]))
    return t


def _row_year(row: dict) -> str:
    return row["start"][:4] if row["start"] else "undated"


def timeline_records_parts(out: Output, rows: list[dict]):
    """timeline --by record for a terminal, in parts (table_parts), a part ending within a year."""
    id_width = max((len(r["id"]) for r in rows), default=2)
    return table_parts(
        out,
        rows,
        lambda part, before, widths: timeline_records_table(
            part, _row_year(before) if before else None, widths is None, widths, id_width, narrow(out)
        ),
        lambda a, b: _row_year(a) == _row_year(b),
    )


WHEN_WIDTH = len("2021-06-29 → 2021-07-05 ~")
NARROW = 100  # columns below which the timeline's dates make room for its events


def narrow(out: Output) -> bool:
    return columns(out) < NARROW


def _when_column(narrow: bool) -> dict:
    """The 'when' column: on one line; in a narrow terminal (80 columns) a span's length wraps
    under it ('2021-06-29 → 2021-07-05' then '(7 days)'), so that the events have the room."""
    return {"max_width": WHEN_WIDTH} if narrow else {"no_wrap": True}


def _describe(sentence: str, title: str, limit: int = 300) -> str:
    s = re.sub(r"\s+", " ", sentence or title).strip()
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def record_view(r: Record, origins: dict[str, str] | None = None) -> Group:
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold", no_wrap=True)
    meta.add_column()
    meta.add_row("id", Text(r.id))
    meta.add_row("source", Text(r.source))
    date = Text(r.date or "unknown")
    if r.date_inferred:
        date.append("  (inferred from the text)", style="dim")
    meta.add_row("date", date)
    orgs = Text()
    for i, o in enumerate(r.orgs):
        if i:
            orgs.append("\n")
        orgs.append(o.name, style="green")
        if o.aliases:
            orgs.append(f"  ({', '.join(o.aliases)})", style="dim")
        if o.parent:
            orgs.append(f"  part of {o.parent}", style="dim")
    meta.add_row("organisations", orgs or Text("—"))
    people = Text()
    for i, p in enumerate(r.people):
        if i:
            people.append("\n")
        people.append(p.name, style="yellow")
        if p.role:
            people.append(f", {p.role}", style="dim")
    meta.add_row("people", people or Text("—"))
    meta.add_row("places", Text(", ".join(p.name for p in r.places) or "—", style="blue"))
    events = Text()
    for i, e in enumerate(r.events):
        if i:
            events.append("\n")
        events.append(span_text(e.start, e.end), style="magenta")
        events.append(f"  {e.surface}", style="dim")
    meta.add_row("events", events or Text("—"))
    if r.credits:
        meta.add_row("credits", Text(", ".join(c.name for c in r.credits)))
    if origins:
        from ssecli.output.formats import origins_text

        meta.add_row("metadata", Text(origins_text(origins), style="dim"))
    parts: list[RenderableType] = [Panel(meta, title=Text(r.title, style="bold"), title_align="left")]
    if r.items:
        parts.append(list_table(r.items))
    else:
        parts.append(highlighted_text(r))
    return Group(*parts)


def highlighted_text(r: Record) -> Text:
    text = Text(r.text)
    for names, style in (
        ([n for o in r.orgs for n in o.names()], "green"),
        ([p.name for p in r.people], "yellow"),
        ([n for p in r.places for n in p.names()], "blue"),
        ([e.surface for e in r.events if e.surface], "magenta"),
    ):
        for n in sorted(set(names), key=len, reverse=True):
            if len(n) >= 2:
                text.highlight_regex(r"(?<!\w)" + re.escape(n) + r"(?!\w)", style)
    return text


def _bars(title: str, counts: list[tuple[str, int]], columns: int = 80) -> Table:
    """A bar chart in `columns`: the labels (cut with '…' past a third of it), the counts whole,
    and bars of what is left, up to 30."""
    longest = max((len(label) for label, _ in counts), default=0)
    label_width = min(longest, max(12, columns // 3))
    count_width = len(str(max((c for _, c in counts), default=0)))
    width = max(4, min(30, columns - label_width - count_width - 6))  # 6: a space each side of 3 cells
    t = Table(title=title, title_justify="left", show_header=False, box=None, padding=(0, 1))
    t.add_column(no_wrap=True, width=label_width, overflow="ellipsis")
    t.add_column(justify="right", no_wrap=True, min_width=count_width)
    t.add_column(no_wrap=True, width=width)
    top = max((c for _, c in counts), default=0) or 1
    for label, c in counts:
        t.add_row(Text(label), Text(str(c)), Text("█" * max(1, round(c * width / top)), style="cyan"))
    return t


def stats_view(data: dict, columns: int = 80) -> Group:
    """stats as bar charts in `columns`: records per year and month, the most named entities."""
    parts: list[RenderableType] = [Text(f"{data['records']} records, {data['undated']} undated", style="bold")]
    for title, counts in (
        ("records per year", list(data["per_year"].items())),
        ("records per month", list(data["per_month"].items())),
        ("organisations", [(e["name"], e["count"]) for e in data["orgs"]]),
        ("people", [(e["name"], e["count"]) for e in data["people"]]),
        ("places", [(e["name"], e["count"]) for e in data["places"]]),
    ):
        if counts:
            parts += [Text(""), _bars(title, counts, columns)]
    return Group(*parts)


def _marked(s: str, style: str = "bold yellow") -> Text:
    """Text whose parts between \\x02 and \\x03 (the index's match marks) are highlighted; the
    rest is literal text, never markup."""
    out = Text()
    for i, part in enumerate(s.replace("\x03", "\x02").split("\x02")):
        out.append(part, style=style if i % 2 else None)
    return out


def search_table(hits: list[dict]) -> Table:
    inferred = any(h["record"].date_inferred for h in hits)
    t = Table(header_style="bold", show_lines=True, caption=INFERRED if inferred else None, caption_style="dim italic")
    t.add_column("id", style="cyan", no_wrap=True)
    t.add_column("date", no_wrap=True)
    t.add_column("title / snippet", ratio=1)
    for h in hits:
        r = h["record"]
        cell = _marked(h["title"], "bold yellow")
        cell.stylize("bold", 0, len(cell))
        cell.append("\n")
        cell.append_text(_marked(" ".join(h["snippet"].split())))
        date = Text(r.date or "—")
        if r.date_inferred:
            date.append("~", style="dim")
        t.add_row(Text(r.id), date, cell)
    return t


def spinner(out: Output, message: str):
    """A spinner with a message on stderr, for a wait with no count to show."""
    return console(out, stderr=True).status(message)


def progress_bar(out: Output):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console(out, stderr=True),
        transient=True,
    )
