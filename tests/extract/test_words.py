"""The words of a text, as extract/text.py's RE_WORD finds them, are those of the plain pattern it
was first written as: one character at a time, each a word character or a join."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ssecli.extract.text import AGENT_PARTICIPLES, RE_WORD
from tests.conftest import examples

PLAIN = re.compile(
    r"[^\W_](?:[\w]|[-‐‑](?!(?:"
    + AGENT_PARTICIPLES
    + r")\b|The\b)[^\W_]|\.(?=[A-Z][a-z])|['’](?!s\b)(?=[^\W_]))*(?:['’]s\b)?|&|[(),;:/]"
)

# fmt: off
PIECES = [
    "a", "B", "Co", "op", "s", "S", "é", "Ü", "1", "_", "-", "‐", "‑", ".", "'", "’", "&", "(", ")",
    ",", ";", ":", "/", " ", "\n", "ILO", "Think", "Coop", "O", "Neil", "led", "run", "funded", "co", "The",
]
# fmt: on


@settings(max_examples=examples(500))
@given(text=st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
@example(text="ILO's Co-op Think.Coop O'Neil Workers' d'Ivoire")
@example(text="a-_b x'_ 's a's. U.S.")
@example(text="ILO-led Bank-co-financed Co-op-run a-ledger LONDON-The Theory-Theatre")
def test_words_are_those_of_the_plain_pattern(text):
    assert [m.span() for m in RE_WORD.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]
