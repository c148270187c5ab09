"""Places in Korean and Japanese text: the names GeoNames and pycountry give them in those
scripts ("서울", "芦屋市", "일본"), found where they stand as a word of their own. A Korean word
carries its particle or its unit ("서울에서", "서울시"); a Japanese name stands in a run of kanji,
closed by its unit ("兵庫県芦屋市内"), never inside another word ("神戸生協" is a body)."""

from __future__ import annotations

import re

from ssecli.extract.cjk import KO_PARTICLES, RE_CJK_SCRIPT
from ssecli.extract.gazetteer import PREFECTURE_UNITS, Entry, cjk_places

# What may follow a Korean place in its word: a unit (시, city; 도, province; 구, district; 군, county;
# 지역, area; 내 and 시내, within) or a particle.
KO_AFTER = ("특별시", "광역시", *KO_PARTICLES, "지역", "시내", "시", "구", "군", "내")
JA_UNITS = "都道府県市町村区郡内"
RE_HANGUL_WORD = re.compile(r"[가-힣]{2,12}")
RE_KANJI_RUN = re.compile(r"[一-龯々ァ-ヴー]{2,}")
MAX_JA_NAME = 5


def places_in(text: str) -> list[tuple[str, Entry, tuple[int, int]]]:
    """Each place a Korean or Japanese text names: its surface, its entry, its span (nothing for a
    text in neither)."""
    if not RE_CJK_SCRIPT.search(text):
        return []
    table = cjk_places()
    out = []
    for m in RE_HANGUL_WORD.finditer(text):
        word = m.group()
        for name in (word, *(word[: -len(t)] for t in KO_AFTER if word.endswith(t) and len(word) > len(t) + 1)):
            if name in table:
                out.append((name, Entry(*table[name]), (m.start(), m.start() + len(name))))
                break
    for m in RE_KANJI_RUN.finditer(text):
        run, i = m.group(), 0
        while i < len(run) - 1:
            size = next(
                (
                    n
                    for n in range(min(MAX_JA_NAME, len(run) - i), 1, -1)
                    if run[i : i + n] in table
                    # closed by a unit after it, or by its own ("兵庫県芦屋市": the prefecture, then the city)
                    and (i + n == len(run) or run[i + n] in JA_UNITS or run[i + n - 1] in PREFECTURE_UNITS)
                ),
                0,
            )
            if size and (i == 0 or run[i - 1] in JA_UNITS):
                a = m.start() + i
                out.append((run[i : i + size], Entry(*table[run[i : i + size]]), (a, a + size)))
                i += size
            else:
                i += 1
    return out
