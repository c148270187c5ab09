"""An acronym the corpus gives to more than one long form (resolve._joined_definitions): it joins
them where it spells one of them, and else only the one it is given most often, so that two
bodies that happen to share letters do not become one, nor everything each is joined to."""

from __future__ import annotations

import pytest

from ssecli.parser import parse_article
from ssecli.resolve import resolve


def entities(*texts: str) -> set[frozenset[str]]:
    """Every organisation of the corpus the texts make, as the set of its names."""
    records = resolve([parse_article(t + "\n", f"{i:03d}.txt", f"{i:03d}") for i, t in enumerate(texts, 1)])
    return {frozenset(o.names()) for r in records for o in r.orgs}


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (  # letters shared by chance, spelling neither: the acronym stays with the body given it most
            (
                "The Zeta Quorum Federation (XWQ) opened an office in Lyon.",
                "The Zeta Quorum Federation (XWQ) signed a charter.",
                "The Lumen Harbour Trust (XWQ) funds schools.",
            ),
            {frozenset({"Zeta Quorum Federation", "XWQ"}), frozenset({"Lumen Harbour Trust"})},
        ),
        (  # an acronym that spells both long forms joins them
            (
                "The International Labour Organization (ILO) met in Geneva.",
                "The International Labour Office (ILO) published a report.",
            ),
            {frozenset({"International Labour Organization", "International Labour Office", "ILO"})},
        ),
        (  # an acronym of the name in its own language joins the translation too
            (
                "The Instituto Nacional de la Economía Social (INAES) funds cooperatives.",
                "The National Institute of the Social Economy (INAES) opened a call.",
            ),
            {
                frozenset(
                    {"Instituto Nacional de la Economía Social", "National Institute of the Social Economy", "INAES"}
                )
            },
        ),
    ],
    ids=["chance", "spelt", "translated"],
)
def test_an_acronym_given_to_several_long_forms(texts, expected):
    assert entities(*texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (  # one body shortens to the shorter name: it is that body
            (
                "The Korean Ministry of Employment and Labour funds social enterprises.",
                "The Ministry of Employment and Labour opened a call.",
            ),
            {frozenset({"Korean Ministry of Employment and Labour", "Ministry of Employment and Labour"})},
        ),
        (  # two bodies shorten to it: it joins the one named most, and they stay two
            (
                "The Kenyan Ministry of Agriculture funds dairy cooperatives.",
                "The Kenyan Ministry of Agriculture opened a call.",
                "The Indian Ministry of Agriculture trained farmers.",
                "The Ministry of Agriculture issued guidance.",
            ),
            {
                frozenset({"Kenyan Ministry of Agriculture", "Ministry of Agriculture"}),
                frozenset({"Indian Ministry of Agriculture"}),
            },
        ),
        (  # the same with a complement dropped
            (
                "The National Cooperative Union of India met in Delhi.",
                "The National Cooperative Union of India trained members.",
                "The National Cooperative Union of Kenya met in Nairobi.",
                "The National Cooperative Union issued a statement.",
            ),
            {
                frozenset({"National Cooperative Union of India", "National Cooperative Union"}),
                frozenset({"National Cooperative Union of Kenya"}),
            },
        ),
        (  # "the Cooperation Ministry" is the Ministry of Cooperation
            (
                "The Fisheries Ministry announced new landing sites.",
                "The Ministry of Fisheries trained cooperative leaders.",
            ),
            {frozenset({"Fisheries Ministry", "Ministry of Fisheries"})},
        ),
    ],
    ids=["one", "two-by-leading-word", "two-by-complement", "inverted"],
)
def test_a_shorter_name_of_several_bodies(texts, expected):
    assert entities(*texts) == expected
