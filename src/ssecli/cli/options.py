"""The options commands share, declared once: the filters (which a command receives as one
Filters, through @filtered) and the output options."""

from __future__ import annotations

import functools
import inspect

import typer

from ssecli.cli.complete import complete_fields, complete_orgs, complete_people, complete_places
from ssecli.output.formats import FORMATS
from ssecli.query import Filters

OrgOpt = typer.Option(
    None,
    "--org",
    autocompletion=complete_orgs,
    help="Organisation name, alias or part of one; repeat for all of them (AND).",
)
PersonOpt = typer.Option(
    None, "--person", autocompletion=complete_people, help="Person's name or part of it (accent- and case-insensitive)."
)
PlaceOpt = typer.Option(None, "--place", autocompletion=complete_places, help="Country, region or city.")
SinceOpt = typer.Option(None, "--since", help="On or after: 2023, 2023-06, 2023-06-30, 'June 2023'.")
UntilOpt = typer.Option(None, "--until", help="On or before, inclusive, same forms as --since.")
NotOrgOpt = typer.Option(
    None, "--not-org", autocompletion=complete_orgs, help="Leave out records naming this organisation; repeatable."
)
NotPersonOpt = typer.Option(
    None, "--not-person", autocompletion=complete_people, help="Leave out records naming this person; repeatable."
)
OnOpt = typer.Option(None, "--on", help="On this day, month or year: 2023-06-30, 2023-06, 'June 2023', 2023.")

FormatOpt = typer.Option(
    None, "--format", "-f", help=f"Output format: {'|'.join(FORMATS)} (default: table).", show_default=False
)
JsonOpt = typer.Option(False, "--json", help="Print JSON only, on stdout (same as --format json).")
FieldsOpt = typer.Option(
    None,
    "--fields",
    autocompletion=complete_fields,
    help="Columns to print, comma-separated: id,date,title.",
    show_default=False,
)

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
