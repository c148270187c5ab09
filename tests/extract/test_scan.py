"""Each pass of extract/dates.py, run where its `Where` says (often only on the lines holding its
trigger, extract.scan), finds exactly what a scan of the whole text finds.

Texts are drawn from the
pieces dates are made of, line breaks and the characters the look-arounds test, so that a
pattern that can reach across a line, or match a line its trigger misses, is caught."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ssecli.extract import dates as D
from ssecli.extract.anchored import finditer_at
from ssecli.extract.scan import digit_starts, finditer_in, lines_with
from tests.conftest import examples

# fmt: off
PIECES = [
    "12", "3", "31", "1st", "2023", "1999", "2023-05-12", "2023. 5. 12.", "12/05/2023", "20:30",
    "May", "MAY", "may", "march", "Sept.", "June", "JUNE", "january", "Mar", "Maria", "Monday",
    "Tues", "today", "Yesterday", "this year", "last month", "next year", "two years ago", "from",
    "From", "between", "and", "to", "until", "of", "the first", "Saturday", "in", "since", "-",
    "–", ",", ".", "/", "(", ")", "#", "No.", "1990s", "mid-", "'", "s", " ", " ", " ", "\n", "\n",
    "\u00a0", "\t",
]
# fmt: on
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@pytest.mark.parametrize("p", D.PASSES, ids=[p.name for p in D.PASSES])
@settings(max_examples=examples(300))
@given(text=texts)
@example(text="From March\n2023")
@example(text="12 May\n2023 to 14 June 2023")
@example(text="12 May 2023")
@example(text="the first Saturday of July\n")
@example(text="in\nJuly")
def test_each_date_pass_finds_where_it_runs_what_a_full_scan_finds(p, text):
    lines = D.places_to_look(text)[p.where]
    if p.at_digits:
        found = finditer_at(p.rx, text, digit_starts(text, lines))
    else:
        found = p.rx.finditer(text) if lines is None else finditer_in(p.rx, text, lines)
    assert [(m.span(), m.group()) for m in found] == [(m.span(), m.group()) for m in p.rx.finditer(text)]


def test_a_pattern_that_crosses_lines_is_caught():
    """The check above can fail: a pattern that reaches across a line break, run by line, misses."""
    text = "It began in\nMay"
    assert [m.group() for m in D.RE_MONTH_ALONE.finditer(text)] == ["in\nMay"]
    assert list(finditer_in(D.RE_MONTH_ALONE, text, lines_with(text, D.RE_MONTH_TRIGGER))) == []


def test_a_pattern_that_starts_inside_a_run_of_digits_is_caught():
    """A pass marked `at_digits` whose pattern could start after a digit would miss that match."""
    text = "No. 12023"
    assert [m.group() for m in D.RE_YEAR.finditer(text)] == []
    loose = re.compile(r"(?:19|20)\d\d")  # no look-behind: it matches inside "12023"
    assert [m.group() for m in loose.finditer(text)] == ["2023"]
    assert list(finditer_at(loose, text, digit_starts(text, None))) == []


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", []),
        ("no date here", []),
        ("May", [(0, 3)]),
        ("a\nin May and June\nb", [(2, 17)]),
        ("May\nJune\n", [(0, 3), (4, 8)]),
        ("x\n\nMarch 3", [(3, 10)]),
    ],
)
def test_lines_with_gives_each_line_holding_the_trigger_once(text, lines):
    assert lines_with(text, D.RE_MONTH_TRIGGER) == lines
