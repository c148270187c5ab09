"""What people who live in git log, gh, jrnl, zk and sqlite-utils expect (issue 22): stemmed
search, whole-word filters, --reverse and --sort, templates, help a person reads, completion,
the config file."""

import json

import pytest

from .conftest import SEEDS


def ids(r) -> list[str]:
    assert r.exit_code == 0, r.stderr
    return [h["id"] for h in json.loads(r.stdout)]


@pytest.fixture()
def small(tmp_path):
    """Four articles whose words differ only in their forms."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "1_a.txt").write_text("Cooperatives in Korea\n\n1 May 2023\n\nThe cooperatives met in Seoul.\n")
    (corpus / "2_b.txt").write_text("A cooperation plan\n\n2 May 2023\n\nThey signed it for decent work.\n")
    (corpus / "3_c.txt").write_text("Work that is decent\n\n3 May 2023\n\nWork, they said, must be decent.\n")
    (corpus / "4_d.txt").write_text("La coopérative\n\n4 May 2023\n\nUne coopérative sociale à Lyon.\n")
    return str(corpus)


# (1) search


def test_search_finds_every_form_of_a_word(cli, small):
    # porter's stem of all three is 'cooper'; the accent is dropped before it
    assert set(ids(cli("--corpus", small, "search", "cooperative", "--json"))) == {"1", "2", "4"}
    assert ids(cli("--corpus", small, "search", "seoul", "--json")) == ["1"]


def test_search_keeps_exact_phrases(cli, small):
    assert ids(cli("--corpus", small, "search", '"decent work"', "--json")) == ["2"]
    assert set(ids(cli("--corpus", small, "search", "decent", "work", "--json"))) == {"2", "3"}


def test_a_trailing_star_is_a_prefix_without_raw(cli, small):
    assert set(ids(cli("--corpus", small, "search", "cooperat*", "--json"))) == {"1", "2", "4"}
    assert ids(cli("--corpus", small, "search", "cooperatio*", "--json")) == ["2"]
    assert ids(cli("--corpus", small, "search", "cooperatio", "--json")) == []


@pytest.mark.parametrize("query", ["", "  "])
def test_an_empty_search_is_a_usage_error(cli, query):
    r = cli("--corpus", str(SEEDS), "search", query)
    assert r.exit_code == 2 and "no words" in r.stderr and r.stdout == ""
