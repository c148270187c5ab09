"""The people case table (tests/extract/cases_people.py): each text parsed as one article,
the record's people compared with the table's, names and roles, order aside."""

from __future__ import annotations

import pytest

from ssecli.parser import parse_article
from ssecli.resolve import resolve
from tests.extract.cases_people import CASES, OPEN_CASES


def people_of(text: str) -> set[tuple[str, str | None]]:
    (record,) = resolve([parse_article(text, "case.txt", "case")])
    return {(p.name, p.role) for p in record.people}


def _cases(open_: bool) -> list:
    return [pytest.param(text, expected, id=text[:50]) for text, expected in CASES if (text in OPEN_CASES) == open_]


@pytest.mark.parametrize("text,expected", _cases(False))
def test_people_case(text, expected):
    assert people_of(text) == set(expected)


@pytest.mark.parametrize("text,expected", _cases(True))
@pytest.mark.xfail(strict=True, reason="an open case: see OPEN_CASES in cases_people.py")
def test_open_people_case(text, expected):
    assert people_of(text) == set(expected)


def test_open_cases_are_cases():
    assert set(OPEN_CASES) <= {c[0] for c in CASES}
