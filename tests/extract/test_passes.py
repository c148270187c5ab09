"""Each named pass of an extractor is there for a reason a case of its table shows: without the
pass, at least one case of the table comes out otherwise. A pass that no case needs is either
dead or untested, and a newcomer who adds a pass adds the case that needs it."""

from __future__ import annotations

import pytest

from ssecli.extract import dates as D
from ssecli.extract import orgs as O
from tests.extract import test_dates, test_orgs
from tests.extract.cases_dates import CASES as DATE_CASES
from tests.extract.cases_orgs import CASES as ORG_CASES


def _all_dates() -> list:
    D._dates_of_short.cache_clear()  # what the passes found before one was taken away
    return [test_dates.events_of(text, pub) for text, pub, _ in DATE_CASES]


def _all_orgs() -> list:
    return [test_orgs.orgs_of(text) for text, *_ in ORG_CASES]


@pytest.fixture(scope="module")
def dates_with_every_pass():
    return _all_dates()


@pytest.fixture(scope="module")
def orgs_with_every_pass():
    return _all_orgs()


@pytest.mark.parametrize("name", [p.name for p in D.PASSES])
def test_every_date_pass_is_needed_by_a_case(monkeypatch, dates_with_every_pass, name):
    monkeypatch.setattr(D, "PASSES", tuple(p for p in D.PASSES if p.name != name))
    assert _all_dates() != dates_with_every_pass, f"no case of cases_dates.py needs the pass {name!r}"


@pytest.mark.parametrize("name", [name for name, _ in O.PASSES])
def test_every_org_pass_is_needed_by_a_case(monkeypatch, orgs_with_every_pass, name):
    monkeypatch.setattr(O, "PASSES", tuple(p for p in O.PASSES if p[0] != name))
    assert _all_orgs() != orgs_with_every_pass, f"no case of cases_orgs.py needs the pass {name!r}"
