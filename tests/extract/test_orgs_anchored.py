"""The organisation finder's patterns that are tried only where they can start, or written so
that a scan skips ahead, find on every text what the plain pattern scanned over it finds."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ssecli.extract import orgs
from ssecli.extract.anchored import finditer_at
from tests.conftest import DATA, SEEDS, examples
from tests.extract.cases_orgs import CASES

REAL = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")) + sorted((DATA / "corpus").glob("*.txt"))]
# fmt: off
PIECES = st.sampled_from([
    "Legacoop", "Coopfond", "iCOOP", "COOP", "COOPs", "Catalyst2030", "All2021", "-12", "i", "I", "coop",
    "Ministry", "Department", "Directorate-General", "Directorate", "Centre", "Center", "Council", "Sub",
    " of ", " for ", " the ", "Agriculture", "Food", "Rural Affairs", ", ", " and ", ",", ".", "-", "_",
    "a", "A", "1", "20", "19", " ", "\n", "é", "’",
])
# fmt: on


def _same(text: str) -> None:
    if "iCOOP" not in text:
        assert [m.span() for m in orgs.RE_COINED_CAPITAL_NAME.finditer(text)] == [
            m.span() for m in orgs.RE_COINED_NAME.finditer(text)
        ]
    starts = [m.start() for m in orgs.RE_LIST_NAME_HEAD.finditer(text)]
    assert [m.span() for m in finditer_at(orgs.RE_LIST_NAME, text, starts)] == [
        m.span() for m in orgs.RE_LIST_NAME.finditer(text)
    ]


@pytest.mark.parametrize("text", [t for t, *_ in CASES] + REAL, ids=range(len(CASES) + len(REAL)))
def test_org_patterns_match_where_scanned(text):
    _same(text)


@settings(max_examples=examples(300))
@given(st.lists(PIECES, max_size=40).map("".join))
@example("the Ministry of Agriculture, Food and Rural Affairs and SubOffice of A, B and C")
@example("Legacoop, COOPs and Catalyst2030; All2021-12-15; x.Coopfond Coop-1 Coop2020 UCOOP")
@example("Legacoop, iCOOP and Catalyst2030; All2021-12-15; x.Coopfond Coop-1 iCOOPs")
def test_org_patterns_match_where_scanned_on_any_text(text):
    _same(text)
