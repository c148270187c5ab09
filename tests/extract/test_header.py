"""Runs the case tables of page headers and listing pages (cases_header.py, cases_cards.py) through the
parser: the record's title and publication date, and its items as (headline, date) pairs."""

import pytest

from ssecli.parser import parse_article
from tests.extract.cases_cards import CASES as CARD_CASES
from tests.extract.cases_header import CASES as HEADER_CASES
from tests.extract.cases_header import OPEN_CASES

CASES = HEADER_CASES + CARD_CASES


def seen(text: str):
    rec = parse_article(text, "900_case.txt").record
    return rec.title, rec.date, {(it.title, it.date) for it in rec.items}


def _ids(cases):
    return [c[1][:50] for c in cases]


@pytest.mark.parametrize(
    "text,title,date,items",
    [c for c in CASES if c not in OPEN_CASES],
    ids=_ids([c for c in CASES if c not in OPEN_CASES]),
)
def test_header_case(text, title, date, items):
    assert seen(text) == (title, date, set(items))


@pytest.mark.parametrize(
    "text,title,date,items",
    OPEN_CASES or [pytest.param(None, None, None, None, marks=pytest.mark.skip)],
    ids=_ids(OPEN_CASES) if OPEN_CASES else None,
)
@pytest.mark.xfail(strict=True, reason="open case: see OPEN_CASES in cases_header.py")
def test_header_open_case(text, title, date, items):
    assert seen(text) == (title, date, set(items))


def test_an_items_own_day_is_an_event_of_it():
    """'By: Dana Whitfield 09.14.24': a day only the listing reader knows is still an event of its item."""
    text = next(c[0] for c in CARD_CASES if c[1] == "Posts about Savings")
    items = parse_article(text, "900_case.txt").record.items
    assert [(it.date, [e.start for e in it.events]) for it in items] == [
        ("2024-09-14", ["2024-09-14"]),
        ("2024-03-02", ["2024-03-02"]),
        ("2023-11-20", ["2023-11-20"]),
    ]
