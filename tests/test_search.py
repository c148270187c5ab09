"""`sse search`: ranking, snippets, punctuation in user input, --raw and filters."""

import json

import pytest

from .conftest import DATA

CORPUS = str(DATA / "corpus")


def search(cli, *args):
    r = cli("--corpus", CORPUS, "search", *args, "--json")
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


def test_a_word_in_the_title_ranks_above_the_same_word_in_a_body(cli, tmp_path):
    (tmp_path / "1_body.txt").write_text("Annual report\n\n1 May 2023\n\nThe report mentions tricycles once.\n")
    (tmp_path / "2_title.txt").write_text("Tricycles for every cooperative\n\n2 May 2023\n\nA plan for the town.\n")
    for n in range(3, 9):  # words in every document weigh nothing: give the ranking a corpus
        (tmp_path / f"{n}_other.txt").write_text(f"Other news {n}\n\n{n} May 2023\n\nNothing about that here.\n")
    r = cli("--corpus", str(tmp_path), "search", "tricycles", "--json")
    assert [h["id"] for h in json.loads(r.stdout)] == ["2", "1"]


def test_hits_are_ranked_best_first_with_scores(cli):
    hits = search(cli, "housing", "cooperatives")
    assert hits and [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_snippets_show_the_matched_words(cli):
    hits = search(cli, "tricycle")
    assert hits[0]["id"] == "309"
    assert "tricycle" in hits[0]["snippet"].lower()


def test_the_table_highlights_the_matches(cli):
    r = cli("--corpus", CORPUS, "--color", "always", "search", "Kigali")
    assert r.exit_code == 0 and "\x1b[1;33mKigali\x1b[0m" in r.stdout


@pytest.mark.parametrize(
    "query",
    [
        "COVID-19",
        "Think.Coop",
        "ILO/Korea",
        '"unbalanced',
        "AND",
        "NOT",
        "a OR",
        "(",
        "*",
        "col:umn",
        "NEAR(",
        "^start",
        "-",
    ],
)
def test_user_input_is_searched_as_text_and_never_fails(cli, query):
    r = cli("--corpus", CORPUS, "search", query, "--json")
    assert r.exit_code == 0, r.stderr
    json.loads(r.stdout)


def test_punctuated_words_are_found(cli):
    assert search(cli, "COVID-19")
    assert {"200", "212"} <= {h["id"] for h in search(cli, "COVID-19")}


def test_raw_passes_fts5_syntax_through(cli):
    both = {h["id"] for h in search(cli, "--raw", '"social economy"', "--limit", "200")}
    without = {h["id"] for h in search(cli, "--raw", '"social economy" NOT seoul', "--limit", "200")}
    with_it = {h["id"] for h in search(cli, "--raw", '"social economy" AND seoul', "--limit", "200")}
    assert without and with_it and without | with_it == both and not without & with_it
    phrase = {h["id"] for h in search(cli, "--raw", '"economy social"', "--limit", "200")}
    assert phrase != both  # a phrase is the words in that order


def test_a_broken_raw_query_is_a_usage_error(cli):
    r = cli("--corpus", CORPUS, "search", "--raw", '"unbalanced')
    assert r.exit_code == 2 and "--raw" in r.stderr


def test_search_takes_the_filters_and_limit(cli):
    all_hits = search(cli, "cooperative", "--limit", "1000")
    assert len(search(cli, "cooperative", "--limit", "3")) == 3
    ilo = search(cli, "cooperative", "--org", "ILO")
    assert ilo and len(ilo) < len(all_hits)
    recent = search(cli, "cooperative", "--since", "2024")
    assert recent and all(h["date"] >= "2024" for h in recent)


def test_no_hit_is_success_with_a_message(cli):
    r = cli("--corpus", CORPUS, "search", "xylophonequartet", "--json")
    assert r.exit_code == 0 and json.loads(r.stdout) == [] and "no record matches" in r.stderr


def test_listing_items_are_found_on_their_own(cli):
    hits = search(cli, "Mondragon")
    assert "304.7" in {h["id"] for h in hits}  # the seventh item of the page: 30 Jan 2024
