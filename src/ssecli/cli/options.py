"""The options commands share, declared once: the filters (which a command receives as one
Filters, through @filtered) and the output options."""

from __future__ import annotations

import functools
import inspect
from enum import Enum

import typer

from ssecli.cli.complete import complete_fields, complete_orgs, complete_people, complete_places
from ssecli.errors import UsageError
from ssecli.output.formats import FORMATS
from ssecli.query import Filters

OrgOpt = typer.Option(
    None,
    "--org",
    metavar="ORG",
    shell_complete=complete_orgs,
    help="Organisation: a name, an alias or whole words of one (UN, labour); repeat for AND.",
)
PersonOpt = typer.Option(
    None,
    "--person",
    metavar="NAME",
    shell_complete=complete_people,
    help="Person: a name or whole words of one (Kim); accents and case ignored.",
)
PlaceOpt = typer.Option(
    None,
    "--place",
    metavar="PLACE",
    shell_complete=complete_places,
    help="Country, region or city, or whole words of one.",
)
SinceOpt = typer.Option(None, "--since", metavar="DATE", help="On or after: 2023, 2023-06, 2023-06-30, 'June 2023'.")
UntilOpt = typer.Option(None, "--until", metavar="DATE", help="On or before, inclusive, same forms as --since.")
NotOrgOpt = typer.Option(
    None,
    "--not-org",
    metavar="ORG",
    shell_complete=complete_orgs,
    help="Leave out records naming this organisation; repeatable.",
)
NotPersonOpt = typer.Option(
    None,
    "--not-person",
    metavar="NAME",
    shell_complete=complete_people,
    help="Leave out records naming this person; repeatable.",
)
OnOpt = typer.Option(
    None, "--on", metavar="DATE", help="On this day, month or year: 2023-06-30, 2023-06, 'June 2023', 2023."
)

FormatOpt = typer.Option(
    None,
    "--format",
    "-f",
    metavar="FORMAT",
    help=f"Output format: {'|'.join(FORMATS)}, or a template of fields, one line a record: '{{id}}\\t{{title}}'.",
    show_default=False,
)
JsonOpt = typer.Option(False, "--json", help="Print JSON only, on stdout (same as --format json).")


def at_least_one(value: int | None) -> int | None:
    """--limit and --top: a count of 1 or more (Click's IntRange would show `[x>=1]` in the help)."""
    if value is not None and value < 1:
        raise typer.BadParameter(f"{value} is not a count; give 1 or more")
    return value


def LimitOpt(what: str, default: int | None = None):  # noqa: N802 - read as the other options are
    """-n/--limit N."""
    return typer.Option(
        default,
        "--limit",
        "-n",
        metavar="N",
        callback=at_least_one,
        help=f"Show at most N {what}" + (f" (default {default})." if default else "."),
        show_default=False,
    )


def fields_option(valid: tuple[str, ...]):
    """--fields, its help naming the fields of the command it is given to."""
    return typer.Option(
        None,
        "--fields",
        metavar="FIELDS",
        shell_complete=complete_fields,
        help=f"Columns to print, comma-separated, of: {', '.join(valid)}.",
        show_default=False,
    )


class Sort(str, Enum):  # members named apart from str's own methods (str.title)
    date = "date"
    by_id = "id"
    by_title = "title"


class SearchSort(str, Enum):
    rank = "rank"
    date = "date"
    by_id = "id"
    by_title = "title"


SortOpt = typer.Option(
    Sort.date, "--sort", help="Order by date (newest first, undated last), id or title.", show_default=False
)
SearchSortOpt = typer.Option(
    SearchSort.rank, "--sort", help="Order by rank (best first), date (newest first), id or title.", show_default=False
)
ReverseOpt = typer.Option(False, "--reverse", help="Turn the order round: oldest first (undated still last).")

_KEYWORD = inspect.Parameter.KEYWORD_ONLY
FILTER_PARAMETERS = [
    inspect.Parameter(name, _KEYWORD, default=option, annotation=annotation)
    for name, option, annotation in (
        ("org", OrgOpt, list[str] | None),
        ("person", PersonOpt, list[str] | None),
        ("place", PlaceOpt, list[str] | None),
        ("since", SinceOpt, str | None),
        ("until", UntilOpt, str | None),
        ("not_org", NotOrgOpt, list[str] | None),
        ("not_person", NotPersonOpt, list[str] | None),
        ("on", OnOpt, str | None),
    )
]


def filtered(command):
    """A command that takes the filters of `list`: they are added to its options, and it receives
    them as one Filters (`filters`), the dates read and checked."""
    signature = inspect.signature(command)
    own = [p.replace(kind=_KEYWORD) for p in signature.parameters.values() if p.name != "filters"]

    @functools.wraps(command)
    def run(**kwargs):
        values = {p.name: kwargs.pop(p.name) for p in FILTER_PARAMETERS}
        return command(filters=make_filters(**values), **kwargs)

    run.__signature__ = signature.replace(parameters=[*FILTER_PARAMETERS, *own])  # type: ignore[attr-defined]
    return run


def make_filters(
    org=None, person=None, place=None, since=None, until=None, not_org=None, not_person=None, on=None
) -> Filters:
    from ssecli.query import parse_bound

    for option, values in (
        ("--org", org),
        ("--person", person),
        ("--place", place),
        ("--not-org", not_org),
        ("--not-person", not_person),
    ):
        for v in values or ():
            if not any(c.isalpha() for c in v):
                raise UsageError(f"{option}: {v!r} has no letters; give a name or a word of one (--org ILO)")
    if on:
        since, until = since or on, until or on
    return Filters(
        orgs=org or [],
        people=person or [],
        places=place or [],
        not_orgs=not_org or [],
        not_people=not_person or [],
        since=parse_bound(since, "--on" if on and since == on else "--since", end=False),
        until=parse_bound(until, "--on" if on and until == on else "--until", end=True),
    )
