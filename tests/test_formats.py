"""Headers and listings in formats users save articles in: the title, the date and the items
a reader sees in each, written down before the parser was run on them."""

import pytest

from ssecli.parser import parse_article

from .conftest import DATA

FORMATS = DATA / "formats"


def parse(name):
    return parse_article((FORMATS / name).read_text(encoding="utf-8"), name).record


@pytest.mark.parametrize(
    "name,title,date",
    [
        ("yaml-front-matter.txt", "Kenyan dairy cooperatives go digital", "2024-03-05"),
        ("html-page.txt", "Social economy ministers meet in Madrid", "2023-05-12"),
        ("speech.txt", "Opening remarks by Gilbert F. Houngbo, ILO Director-General", "2023-07-01"),
        (
            "un-meetings-coverage.txt",
            "General Assembly adopts resolution on promoting the social and solidarity economy",
            "2023-04-18",
        ),
    ],
)
def test_title_and_date(name, title, date):
    r = parse(name)
    assert (r.title, r.date) == (title, date)


def test_front_matter_author_is_a_person():
    assert [p.name for p in parse("yaml-front-matter.txt").people] == ["Jane Wambui"]


def test_a_feed_is_a_listing_of_its_items():
    r = parse("rss-feed.txt")
    assert r.title == "ILO News RSS feed"
    assert [(i.title, i.date) for i in r.items] == [
        ("ILO and KoSEA renew partnership on social enterprises", "2023-02-14"),
        ("Cooperatives Europe welcomes Social Economy Action Plan", "2021-12-09"),
    ]


def test_page_furniture_is_not_the_title_and_the_range_stays_a_range():
    r = parse("html-page.txt")
    assert ("2023-05-11", "2023-05-12") in {(e.start, e.end) for e in r.events}
    assert {"Yolanda Díaz"} == {p.name for p in r.people}


def test_document_symbols_and_votes_are_not_dates():
    r = parse("un-meetings-coverage.txt")
    assert {(e.start, e.end) for e in r.events} == {("2023-04-18", "2023-04-18"), ("2002", "2002"), ("2024", "2024")}
    assert {"María Fernanda Rojas", "António Guterres"} == {p.name for p in r.people}


def test_a_speakers_title_line_gives_the_speaker_and_their_role():
    (person,) = parse("speech.txt").people
    assert (person.name, person.role) == ("Gilbert F. Houngbo", "ILO Director-General")


@pytest.mark.parametrize(
    "sentence, short, long",
    [
        # Two names run together before the bracket: the acronym is the last one's.
        (
            "Speakers from the Korea Labor Institute and the Mexican National Institute of Social Economy (INAES) "
            "spoke.",
            "INAES",
            "Mexican National Institute of Social Economy",
        ),
        # One name with 'and the' inside it stays whole.
        (
            "It was hosted by the UN Economic Commission for Latin America and the Caribbean (ECLAC) in Santiago.",
            "ECLAC",
            "UN Economic Commission for Latin America and the Caribbean",
        ),
    ],
)
def test_an_acronyms_long_form_is_one_name(sentence, short, long):
    from ssecli.extract.definitions import find_definitions

    assert [(d.short, d.long) for d, _, _ in find_definitions(sentence)] == [(short, long)]
