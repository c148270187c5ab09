"""One function that writes rows in every machine format (json, jsonl, csv, md), the way
sqlite-utils does: commands build rows, this module serialises them. No Rich here."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from ssecli.errors import UsageError
from ssecli.extract.isodate import parse_iso, to_date
from ssecli.models import Record
from ssecli.plain import EVENT_LINE, event_line, plain_cell, plain_line  # noqa: F401  (the formats' own)

FORMATS = ("table", "json", "jsonl", "csv", "md")

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

RECORD_FIELDS = ("id", "date", "date_inferred", "title", "source", "parent", "orgs", "people", "places", "events")


def record_row(r: Record) -> dict:
    """A record as one flat row: names joined with '; ', for csv, md and --fields."""
    return {
        "id": r.id,
        "date": r.date,
        "date_inferred": r.date_inferred,
        "title": r.title,
        "source": r.source,
        "parent": r.parent,
        "orgs": "; ".join(o.name for o in r.orgs),
        "people": "; ".join(p.name for p in r.people),
        "places": "; ".join(p.name for p in r.places),
        "events": len(r.events),
    }


def parse_fields(value: str | None, valid: Iterable[str]) -> list[str] | None:
    """'id,date,title' -> ['id', 'date', 'title']; an unknown field is a usage error naming the valid ones."""
    if not value:
        return None
    valid = list(valid)
    fields = [f.strip() for f in value.split(",") if f.strip()]
    bad = [f for f in fields if f not in valid]
    if bad or not fields:
        raise UsageError(
            f"--fields: unknown field {', '.join(map(repr, bad)) or '(none given)'}; valid fields: {', '.join(valid)}"
        )
    return fields


def is_template(fmt: str | None) -> bool:
    """Whether --format is a template ('{id}\\t{title}') rather than a format's name."""
    return fmt is not None and "{" in fmt


def compile_template(template: str, valid: Iterable[str]) -> list[tuple[str, str | None]]:
    """A --format template as (text, field) parts, as `git log --format` and `gh --template` take
    one: `{field}` a field's value, `{{` and `}}` braces, `\\t` and `\\n` a tab and a line break
    (typed in single quotes, they reach sse as a backslash and a letter). An unknown field, or a
    brace left open, is a usage error naming the valid fields."""
    import re

    valid = list(valid)
    text = template.replace("\\t", "\t").replace("\\n", "\n")
    parts: list[tuple[str, str | None]] = []
    pos = 0
    for m in re.finditer(r"\{\{|\}\}|\{([^{}]*)\}|[{}]", text):
        literal = text[pos : m.start()]
        pos = m.end()
        token = m.group(0)
        if token in ("{{", "}}"):
            parts.append((literal + token[0], None))
        elif m.group(1) is None:
            raise UsageError(f"--format: a lone {token!r} in the template; write {token * 2} for a brace")
        else:
            name = m.group(1).strip()
            if name not in valid:
                raise UsageError(
                    f"--format: unknown field {{{name}}} in the template; valid fields: {', '.join(valid)}"
                )
            parts.append((literal, name))
    parts.append((text[pos:], None))
    return parts


def template_line(row: dict, parts: list[tuple[str, str | None]]) -> str:
    """One row through a compiled template: each value on one line, booleans as true and false."""
    out = []
    for literal, name in parts:
        out.append(literal)
        if name is not None:
            value = row.get(name)
            out.append(("true" if value else "false") if isinstance(value, bool) else plain_cell(value))
    return "".join(out)


def project(rows: list[dict], fields: list[str] | None) -> list[dict]:
    return rows if not fields else [{k: row.get(k) for k in fields} for row in rows]


def safe_cell(value) -> str:
    """A cell as text a spreadsheet shows and never runs: a leading formula character gets a quote."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    s = str(value)
    return "'" + s if s.startswith(FORMULA_STARTS) else s


def _md_cell(value) -> str:
    s = "" if value is None else ("true" if value else "false") if isinstance(value, bool) else str(value)
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ")


def write_rows(rows: Iterable[dict], fmt: str, out: TextIO) -> int:
    """Write rows (dicts with the same keys) as json (an array), jsonl, csv or md, a row at a time
    (an export of a large archive is never held whole); the number of rows written."""
    if fmt not in ("json", "jsonl", "csv", "md"):
        raise UsageError(f"--format: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    count = 0
    rows = iter(rows)
    first = next(rows, None)
    if fmt == "json":
        # As json.dumps(rows, indent=2) writes the whole list, one element after another.
        out.write("[]\n" if first is None else "[\n")
    elif first is not None and fmt in ("csv", "md"):
        keys = list(first)
        if fmt == "csv":
            w = csv.writer(out, lineterminator="\n")
            w.writerow(keys)
        else:
            out.write("| " + " | ".join(keys) + " |\n")
            out.write("|" + "|".join("---" for _ in keys) + "|\n")
    row = first
    while row is not None:
        nxt = next(rows, None)
        if fmt == "json":
            text = json.dumps(row, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            out.write("  " + text + (",\n" if nxt is not None else "\n]\n"))
        elif fmt == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            w.writerow([safe_cell(row.get(k)) for k in keys])
        else:
            out.write("| " + " | ".join(_md_cell(row.get(k)) for k in keys) + " |\n")
        count += 1
        row = nxt
    return count


def export_rows(records: Iterable[Record], fmt: str):
    """Every record for `sse export`: articles and listing items as their own rows, with text.
    jsonl keeps the nested entities; csv flattens them. `records`: what `list` shows (query.entries)."""
    for r in records:
        yield r.to_dict(with_text=True) if fmt == "jsonl" else {**record_row(r), "text": r.text}


def span_length(start: str | None, end: str | None) -> str:
    """How long a span lasts, at the precision of its ends: '7 days', '3 years', '2 months'; '' for a point."""
    if not start or not end or start == end:
        return ""
    a, b = parse_iso(start), parse_iso(end)
    if a is None or b is None:
        return ""
    if a[1] is None or b[1] is None:
        n, unit = b[0] - a[0] + 1, "year"
    elif a[2] is None or b[2] is None:
        n, unit = (b[0] - a[0]) * 12 + b[1] - a[1] + 1, "month"
    else:
        n, unit = (to_date(b) - to_date(a)).days + 1, "day"
    return f"{n} {unit}{'s' if n != 1 else ''}"


def span_text(start: str, end: str) -> str:
    """A date, or a span with its length: '2021-06-29 → 2021-07-05 (7 days)'."""
    return start if start == end else f"{start} → {end} ({span_length(start, end)})"


def _event_text(e) -> str:
    when = span_text(e.start, e.end)
    return when if not e.surface or e.surface == when else f"{when} {e.surface}"


def origins_text(origins: dict[str, str]) -> str:
    """'title and date from the web page's metadata', 'title from the front matter; date from ...'."""
    if not origins:
        return ""
    if len(set(origins.values())) == 1 and len(origins) == 2:
        return f"title and date from {origins['title']}"
    return "; ".join(f"{key} from {origins[key]}" for key in ("title", "date") if key in origins)


def record_text(r: Record, origins: dict[str, str] | None = None) -> str:
    """`sse show` on a pipe, as `gh issue view` prints for scripts: a `field:<TAB>value` line a
    field (several values joined with '; '), a `--` line, then the article's text as it was
    saved, unwrapped; a listing page's items instead, a tab-separated line each."""

    def org(o) -> str:
        extra = [", ".join(o.aliases)] if o.aliases else []
        extra += [f"part of {o.parent}"] if o.parent else []
        return o.name + (f" ({'; '.join(extra)})" if extra else "")

    fields = [
        ("title", r.title),
        ("id", r.id),
        ("source", r.source),
        ("date", (r.date or "unknown") + (" (inferred from the text)" if r.date_inferred else "")),
        ("organisations", "; ".join(map(org, r.orgs))),
        ("people", "; ".join(p.name + (f" ({p.role})" if p.role else "") for p in r.people)),
        ("places", "; ".join(p.name for p in r.places)),
        ("events", "; ".join(_event_text(e) for e in r.events)),
    ]
    if r.credits:
        fields.append(("credits", "; ".join(c.name for c in r.credits)))
    if origins:
        fields.append(("metadata", origins_text(origins)))
    head = "".join(f"{k}:\t{plain_cell(v)}\n" for k, v in fields)
    if r.items:
        body = "".join(plain_line(record_row(it), ("id", "date", "title")) + "\n" for it in r.items)
    else:
        body = r.text if r.text.endswith("\n") or not r.text else r.text + "\n"
    return head + "--\n" + body
