"""Table-driven: an expression in running text -> the (start, end) the parser reads,
anchored to 2023-07-10 where the text gives no year."""

import pytest

from ssecli.extract import dates as D
from ssecli.extract.pinning import dates_of

ANCHOR = (2023, 7, 10)

CASES = [
    ("signed on 26 May 2021 in Geneva", [("2021-05-26", "2021-05-26")]),
    ("signed on May 26, 2021", [("2021-05-26", "2021-05-26")]),
    ("dated 2021-05-26", [("2021-05-26", "2021-05-26")]),
    ("dated 26.05.2021", [("2021-05-26", "2021-05-26")]),
    ("released 2022.03.15.", [("2022-03-15", "2022-03-15")]),
    ("on 1st July 2022", [("2022-07-01", "2022-07-01")]),
    ("on the 3rd of March", [("2023-03-03", "2023-03-03")]),
    ("Between 29 June and 5 July the ILO met", [("2023-06-29", "2023-07-05")]),
    ("from July 4 to 6 this year", [("2023-07-04", "2023-07-06")]),
    ("on 21-23 April in Khartoum", [("2023-04-21", "2023-04-23")]),
    ("on 15–17 November 2022", [("2022-11-15", "2022-11-17")]),
    ("between March and June 2023", [("2023-03", "2023-06")]),
    ("the programme 2021-2023", [("2021", "2023")]),
    ("its action plan 2023-29", [("2023", "2029")]),
    ("the season 2022/23", [("2022", "2023")]),
    ("since the 1990s", [("1990", "1999")]),
    ("in November 2019 in Yogyakarta", [("2019-11", "2019-11")]),
    ("planned in July in Seoul", [("2023-07", "2023-07")]),
    ("it began in 2004", [("2004", "2004")]),
    ("Monday, 6 June 2022", [("2022-06-06", "2022-06-06")]),
    ("Jan. 5, 2022 and Sept. 30", [("2022-01-05", "2022-01-05"), ("2023-09-30", "2023-09-30")]),
    ("March 15 (Tue), 2022", [("2022-03-15", "2022-03-15")]),
    ("announced today", [("2023-07-10", "2023-07-10")]),
    ("announced yesterday", [("2023-07-09", "2023-07-09")]),
    ("met on Thursday", [("2023-07-06", "2023-07-06")]),
    ("met last Monday", [("2023-07-03", "2023-07-03")]),
    ("meets next Monday", [("2023-07-17", "2023-07-17")]),
    ("on 12 and 13 February", [("2023-02-12", "2023-02-13")]),
    ("opens in January next year", [("2024-01", "2024-01")]),
    ("a survey carried out from April to June among", [("2023-04", "2023-06")]),
    ("a study tour (2023. 4. 18. ~ 4. 21.) organized", [("2023-04-18", "2023-04-21")]),
    ("by mid-2023 only a small share", [("2023", "2023")]),
    ("later this year", [("2023", "2023")]),
    ("by next year", [("2024", "2024")]),
    ("since last month", [("2023-06", "2023-06")]),
    # Not dates
    ("recovery from the COVID-19 crisis", []),
    ("the 42nd meeting with 30 participants", []),
    ("members such as Catalyst2030", []),
    ("ILO Convention No. 189", []),
    ("resolution A/RES/77/281", []),
    ("2,500 cooperatives and 1,200 participants", []),
    ("a budget of USD 1.5 million", []),
    ("in the coming months", []),
    ("2000 participants attended", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_dates_in_text(text, expected):
    got = []
    for m in D.find_dates(text):
        dates = dates_of(m, ANCHOR)
        if dates is not None:
            got.append((D.iso(dates[0]), D.iso(dates[1])))
    assert got == expected


@pytest.mark.parametrize(
    "line,expected",
    [
        ("26 May 2021", (2021, 5, 26)),
        ("Tue, 14 Feb 2023 09:30:00 +0100", (2023, 2, 14)),
        ("2022.03.15", (2022, 3, 15)),
        ("the meeting on 26 May 2021", None),
        ("No date here", None),
    ],
)
def test_parse_date_value_takes_only_whole_dates(line, expected):
    assert D.parse_date_value(line) == expected


def test_a_listing_page_s_own_text_is_not_dated_by_its_first_item():
    """The page's text above its items has no day of its own: its "yesterday" is not the day before
    the first item's, while a yearless day there takes the items' year."""
    from ssecli.parser import parse_article

    text = """Members' bulletin

News
Strike notice was served on the credit union yesterday. The AGM moves to 2 October.

Events
- Thursday October 20, 2016 Credit Union Day
- Saturday October 22, 2016 Housing Conference
"""
    page = parse_article(text, "bulletin.txt").record
    assert [(i.title, i.date) for i in page.items] == [
        ("Credit Union Day", "2016-10-20"),
        ("Housing Conference", "2016-10-22"),
    ]
    assert [(e.start, e.end) for e in page.events] == [("2016-10-02", "2016-10-02")]
