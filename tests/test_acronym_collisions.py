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
