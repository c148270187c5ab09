"""The organisation case table (cases_orgs.py): each text parsed as one article, its record's
organisations compared with the table's, as a set of entities each a set of names."""

from __future__ import annotations

import re
import unicodedata

import pytest

from ssecli.parser import parse_article
from ssecli.resolve import resolve
from tests.extract.cases_orgs import CASES, OPEN_CASES


def norm(s: str) -> str:
    """A name as a reader compares it: case, accents, punctuation, a possessive and a leading
    "the" aside (the scorer's normal form)."""
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^0-9a-z]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def orgs_of(text: str) -> set[frozenset[str]]:
    [record] = resolve([parse_article(text + "\n", "case.txt", "case")])
    return {frozenset(norm(n) for n in o.names()) for o in record.orgs}


def expected(entities: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(norm(n) for n in names) for names in entities}


OPEN = {c[0] for c in OPEN_CASES}
MET = [c for c in CASES if c[0] not in OPEN]


@pytest.mark.parametrize("text,entities", MET, ids=[c[0][:50] for c in MET])
def test_orgs_case(text, entities):
    assert orgs_of(text) == expected(entities)


@pytest.mark.parametrize("text,entities,reason", OPEN_CASES, ids=[c[0][:50] for c in OPEN_CASES])
@pytest.mark.xfail(strict=True, reason="an open case: see OPEN_CASES in cases_orgs.py")
def test_open_orgs_case(text, entities, reason):
    assert orgs_of(text) == expected(entities)
