"""Runs the case table of dated expressions (cases_dates.py) through the parser as a user
sees it: the text as the body of one article, under a title and, where the case gives one,
a "Published:" line; the record's events compared as a set."""

import pytest

from ssecli.parser import parse_article
from tests.extract.cases_dates import CASES, OPEN_CASES

PUB_LINE = "Published: {}"


def events_of(text: str, pub: str | None) -> set[tuple[str, str]]:
    head = ["Notes from the cooperative movement"]
    if pub:
        head.append(PUB_LINE.format(pub))
    parsed = parse_article("\n".join(head) + "\n\n" + text + "\n", "900_case.txt")
    rec = parsed.record
    if pub:
        assert rec.date == pub
    # The publication date's own line is the header, not a date of the text.
    return {(e.start, e.end) for e in rec.events if e.text.strip() != PUB_LINE.format(pub)}


def _ids(cases):
    return [f"{c[0][:50]}|{c[1]}" for c in cases]


@pytest.mark.parametrize(
    "text,pub,expected", [c for c in CASES if c not in OPEN_CASES], ids=_ids([c for c in CASES if c not in OPEN_CASES])
)
def test_dates_case(text, pub, expected):
    assert events_of(text, pub) == set(expected)


@pytest.mark.parametrize(
    "text,pub,expected",
    OPEN_CASES or [pytest.param(None, None, None, marks=pytest.mark.skip)],
    ids=_ids(OPEN_CASES) if OPEN_CASES else None,
)
@pytest.mark.xfail(strict=True, reason="open case: see OPEN_CASES in cases_dates.py")
def test_dates_open_case(text, pub, expected):
    assert events_of(text, pub) == set(expected)
