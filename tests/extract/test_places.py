"""The places case table (tests/extract/cases_places.py): each text parsed as one article,
the record's places compared with the table's. A place matches an expected form when its
name or one of its aliases is that form ("Viet Nam" is an alias of Vietnam), case and accents
aside (the table gives a dateline's "NAIROBI" as "Nairobi")."""

from __future__ import annotations

import pytest

from ssecli.extract.text import fold
from ssecli.parser import parse_article
from ssecli.resolve import resolve
from tests.extract.cases_places import CASES, OPEN_CASES


def places_of(text: str, expected: list[str]) -> set[str]:
    """The record's places, each given as the expected form it carries, else by its name."""
    (record,) = resolve([parse_article(text, "case.txt", "case")])
    out = set()
    for place in record.places:
        names = {fold(n) for n in place.names()}
        hit = [form for form in expected if fold(form) in names]
        out.add(hit[0] if hit else place.name)
    return out


def _cases(open_: bool) -> list:
    return [pytest.param(text, expected, id=text[:50]) for text, expected in CASES if (text in OPEN_CASES) == open_]


@pytest.mark.parametrize("text,expected", _cases(False))
def test_places_case(text, expected):
    assert places_of(text, expected) == set(expected)


@pytest.mark.parametrize("text,expected", _cases(True))
@pytest.mark.xfail(strict=True, reason="an open case: see OPEN_CASES in cases_places.py")
def test_open_places_case(text, expected):
    assert places_of(text, expected) == set(expected)


def test_open_cases_are_cases():
    assert set(OPEN_CASES) <= {c[0] for c in CASES}
