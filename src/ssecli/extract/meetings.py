"""One meeting of a body, not a body: words that head a body's name also head its meetings
("Global Social Economy Forum" is a body, "the 10th Cooperative Forum" one meeting of a series),
and a body's members meet in its General or Regional Assembly."""

from __future__ import annotations

import re

from ssecli.extract.text import fold

RE_UN_NAMED = re.compile(r"\bUN\b|\bU\.N\.|United Nations")
# An ordinal or a year before the head, or after it, says a meeting is one of a series.
MEETING_HEADS = {"forum", "assembly", "congress", "convention", "conference", "summit", "session"}
RE_GLUED_EDITION = re.compile(r"[A-Z]{2,}(?:19|20)\d\d")
RE_EDITION_AFTER = re.compile(r"\s+(?:19|20)\d\d\b(?![-/.]\d)")
ORDINAL_WORDS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth",
}  # fmt: skip
RE_EDITION_BEFORE = re.compile(
    r"(?:\b\d{1,3}(?:st|nd|rd|th)|\b(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh"
    r"|[Ee]ighth|[Nn]inth|[Tt]enth)|(?<![\d,.])(?:19|20)\d\d)\s+$"
)


def one_meeting(text: str, toks: list[str], a: int, b: int) -> bool:
    """Whether the run toks, at a..b in text, names one meeting rather than a body: "the 10th
    Cooperative Forum", "the 2012 Social Forum", "the World Forum 2013", "GSEF2016 Montreal" (one of a series);
    "ICA-AP Regional Assembly", "the ICA General Assembly" (a body's members meeting)."""
    if RE_GLUED_EDITION.fullmatch(toks[0]):
        return True  # "GSEF2016 Montreal": a forum's edition, by its year and its host city
    if fold(toks[-1]) in MEETING_HEADS and (
        RE_EDITION_BEFORE.search(text, max(0, a - 24), a)
        or toks[0].lower() in ORDINAL_WORDS
        or RE_EDITION_AFTER.match(text, b)
    ):
        return True
    last_two = [t.lower() for t in toks[-2:]]
    if last_two == ["regional", "assembly"]:
        return True
    # The UN's General Assembly is a body; another body's, or one where the text names no UN, a meeting.
    return last_two == ["general", "assembly"] and (
        not RE_UN_NAMED.search(text) or len(toks) > 2 and not RE_UN_NAMED.fullmatch(" ".join(toks[:-2]))
    )
