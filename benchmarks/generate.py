"""A realistic corpus of N articles, made from the seeds and the hand-written test articles:
each generated article is one of them with its years shifted, its days and numbers changed,
its paragraphs partly reordered and its title varied, so that the index sees N distinct texts
in every format the sources show (listing pages included).

    python -m benchmarks.generate 10000 /tmp/sse-bench/10k
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt"))

RE_YEAR = re.compile(r"(?<![\d/.])(20[0-2]\d)(?![\d])")
RE_COUNT = re.compile(r"\b(\d{2,3})(?= (?:participants|members|cooperatives|delegates|enterprises|people|workers))")
TOPICS = ["cooperatives", "social enterprises", "the social economy", "mutual societies", "decent work", "care work",
          "housing co-ops", "credit unions", "fair trade", "the solidarity economy"]


def vary(text: str, rng: random.Random, n: int) -> str:
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
    width = len(str(count))
    for n in range(count):
        src = texts[n % len(texts)]
        (out / f"{n:0{width}d}_{rng.getrandbits(32):08x}.txt").write_text(vary(src, rng, n), encoding="utf-8")
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
