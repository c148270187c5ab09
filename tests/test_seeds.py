"""The seed articles, as the issue describes them: what a user reads in `sse show`."""


def org_named(record, name):
    return [o for o in record.orgs if name in o.names()]


def test_000_date_is_inferred_from_its_year_and_latest_month(seed_by_id):
    r = seed_by_id["000"]
    assert (r.date, r.date_inferred) == ("2023-07", True)


def test_003_gets_no_invented_date(seed_by_id):
    assert seed_by_id["003"].date is None


def test_dated_articles_keep_their_date_line(seed_by_id):
    assert (seed_by_id["001"].date, seed_by_id["001"].date_inferred) == ("2021-05-26", False)
    assert seed_by_id["004"].date == "2020-05-21"


def test_listing_page_has_ten_items_in_page_order(seed_by_id):
    page = seed_by_id["002"]
    assert [i.id for i in page.items] == [f"002.{n}" for n in range(1, 11)]
    assert [i.date for i in page.items] == [
        "2023-04-19",
        "2023-04-11",
        "2023-04-10",
        "2023-04-06",
        "2023-04-06",
        "2023-03-30",
        "2023-03-28",
        "2023-03-24",
        "2023-03-21",
        "2023-03-21",
    ]
    assert page.items[0].title == "ILO welcomes new UN resolution on social and solidarity economy"
    assert page.items[1].title.startswith("Interview with Mr. Hyun-Gon Jung")


def test_ilo_is_one_entry_with_every_spelling(seed_by_id):
    orgs = org_named(seed_by_id["001"], "ILO")
    assert len(orgs) == 1
    assert {"ILO", "International Labor Organization", "International Labour Organisation"} <= set(orgs[0].names())


def test_alias_learnt_in_one_article_applies_in_another(seed_by_id):
    (kosea,) = org_named(seed_by_id["003"], "KoSEA")
    assert "Korea Social Enterprise Promotion Agency" in kosea.names()


def test_sub_unit_is_linked_to_its_parent(seed_by_id):
    (pardev,) = org_named(seed_by_id["001"], "ILO PARDEV")
    assert pardev.name == "Department of Partnership and Field Support"
    assert "ILO" in [n for o in seed_by_id["001"].orgs if o.name == pardev.parent for n in o.names()]


def test_topics_and_documents_are_not_organisations(seed_by_id):
    names = {n for r in seed_by_id.values() for o in r.orgs for n in o.names()}
    assert not names & {"SSE", "MoU", "SAP", "COVID-19", "Memorandum of Understanding"}


def test_people_with_roles_and_without_honorifics(seed_by_id):
    people = {p.name: p.role for p in seed_by_id["001"].people}
    assert people["Rie Vejs-Kjeldgaard"] == "Director of the Department of Partnership and Field Support (ILO PARDEV)"
    assert "Noh Kil Jun" in people  # family name first, as written
    assert {p.name for p in seed_by_id["003"].people} == {"Vic Van Vurren", "Young-joong Kim", "Insun Kim"}


def test_photo_credit_is_a_credit_not_a_person(seed_by_id):
    item = seed_by_id["002.1"]
    assert [c.name for c in item.credits] == ["Fauzan Azhima"]
    assert "Fauzan Azhima" not in [p.name for p in item.people]


def test_places_are_not_taken_from_organisation_names(seed_by_id):
    assert "Seoul" not in [p.name for p in seed_by_id["003"].places]  # only in Seoul National University
    assert {"Hongseong", "Gunsan", "China", "Japan"} <= {p.name for p in seed_by_id["003"].places}


def test_alternate_spelling_of_a_city(seed_by_id):
    (yog,) = [p for p in seed_by_id["004"].places if p.name == "Yogyakarta"]
    assert "Yogjakarta" in yog.aliases


def test_events_keep_ranges_and_take_the_article_year(seed_by_id):
    spans = {(e.start, e.end) for e in seed_by_id["000"].events}
    assert {
        ("2023-07-03", "2023-07-03"),
        ("2023-06-29", "2023-07-05"),
        ("2023-07-04", "2023-07-06"),
        ("2023", "2029"),
    } <= spans
    item = seed_by_id["002.5"]
    assert ("2023-04-21", "2023-04-23") in {(e.start, e.end) for e in item.events}


def test_numbers_that_are_not_dates(seed_by_id):
    surfaces = " ".join(e.surface for r in seed_by_id.values() for e in r.events)
    for not_a_date in ("COVID-19", "42nd", "30 participants", "Catalyst2030", "21st"):
        assert not_a_date not in surfaces
