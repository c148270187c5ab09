"""The patterns run line by line (extract.scan) find exactly what a scan of the whole text finds.

Each pattern is named with the lines it is run on in extract/dates.py. Texts are drawn from the
pieces dates are made of, line breaks and the characters the look-arounds test, so that a
pattern that can reach across a line, or match a line its trigger misses, is caught."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ssecli.extract import dates as D
from ssecli.extract.scan import finditer_in, lines_with
from tests.conftest import examples

PIECES = [
    "12",
    "3",
    "31",
    "1st",
    "2023",
    "1999",
    "2023-05-12",
    "2023. 5. 12.",
    "12/05/2023",
    "20:30",
    "May",
    "MAY",
    "may",
    "march",
    "Sept.",
    "June",
    "JUNE",
    "january",
    "Mar",
    "Maria",
    "Monday",
    "Tues",
    "today",
    "Yesterday",
    "this year",
    "last month",
    "next year",
    "two years ago",
    "from",
    "From",
    "between",
    "and",
    "to",
    "until",
    "of",
    "the first",
    "Saturday",
    "in",
    "since",
    "-",
    "–",
    ",",
    ".",
    "/",
    "(",
    ")",
    "#",
    "No.",
    "1990s",
    "mid-",
    "'",
    "s",
    " ",
    " ",
    " ",
    "\n",
    "\n",
    "\u00a0",
    "\t",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)

YEAR = ("year", D.RE_YEAR_TRIGGER, None)
NUM_MONTH = ("num_month", D.RE_MONTH_TRIGGER, D.RE_ANY_DIGIT)
MONTH = ("month", D.RE_MONTH_TRIGGER, None)
RELATIVE = ("relative", D.RE_RELATIVE_TRIGGER, None)
# fmt: off
RUN_BY_LINE = [
    (D.RE_ISO, YEAR), (D.RE_YMD_DOT, YEAR), (D.RE_DMY_NUM, YEAR), (D.RE_Y_Y, YEAR),
    (D.RE_DECADE, YEAR), (D.RE_PREFIXED_YEAR, YEAR), (D.RE_YEAR, YEAR),
    (D.RE_DM_DM, NUM_MONTH), (D.RE_MD_MD, NUM_MONTH), (D.RE_MD_D, NUM_MONTH), (D.RE_D_DM, NUM_MONTH),
    (D.RE_DM, NUM_MONTH), (D.RE_MD, NUM_MONTH), (D.RE_M_M_Y, NUM_MONTH), (D.RE_MY, NUM_MONTH),
    (D.RE_M_M, MONTH), (D.RE_NTH_WEEKDAY, MONTH), (D.RE_RELATIVE, RELATIVE),
]
# fmt: on


def _lines(text, trigger, narrower):
    lines = lines_with(text, trigger)
    return lines_with(text, narrower, within=lines) if narrower is not None else lines


NAMES = {id(v): k for k, v in vars(D).items()}


@pytest.mark.parametrize(("rx", "kind"), RUN_BY_LINE, ids=[f"{NAMES[id(rx)]}-{k[0]}" for rx, k in RUN_BY_LINE])
@settings(max_examples=examples(300))
@given(text=texts)
@example(text="From March\n2023")
@example(text="12 May\n2023 to 14 June 2023")
@example(text="12 May 2023")
@example(text="the first Saturday of July\n")
def test_a_pattern_run_by_line_finds_what_a_full_scan_finds(rx, kind, text):
    _, trigger, narrower = kind
    by_line = [(m.span(), m.group()) for m in finditer_in(rx, text, _lines(text, trigger, narrower))]
    assert by_line == [(m.span(), m.group()) for m in rx.finditer(text)]


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
