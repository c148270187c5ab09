"""Where the parse's time goes: milliseconds per article for each extractor, in CPU time.

    python -m benchmarks.stages                      # tests/data/corpus
    python -m benchmarks.stages /tmp/sse-bench/2k    # a generated corpus (benchmarks.generate)
    python -m benchmarks.stages --md DIR             # the README's table

Each extractor is timed where the parser calls it: dates counts every call (header, listing
and body), people counts the credits with the people; `header, listing, rest` is the parse
less the extractors (normalising, the header, splitting listing pages, sentences, masks);
`resolve` is the merge of organisations across the corpus that follows the parse. To compare
two versions of the code, run this with PYTHONPATH pointing at the other one's src/."""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("dates", "organisations", "people", "places", "header, listing, rest", "resolve")


def measure(folder: Path, rounds: int) -> dict[str, float]:
    """ms/article of each stage, the best of `rounds` passes over the folder."""
    import ssecli.parser as P
    from ssecli.extract import dates as D
    from ssecli.extract.gazetteer import gazetteer
    from ssecli.resolve import resolve

    gazetteer()  # loaded once per process, not per article
    spent: dict[str, float] = defaultdict(float)

    def timed(stage: str, fn):
        def wrapper(*args, **kwargs):
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - start

        return wrapper

    patches = [
        (D, "find_dates", "dates"),
        (P, "find_orgs", "organisations"),
        (P, "find_people", "people"),
        (P, "find_credits", "people"),
        (P, "find_places", "places"),
    ]
    originals = [(owner, name, getattr(owner, name)) for owner, name, _ in patches]
    texts = [(f.name, f.read_text(encoding="utf-8", errors="replace")) for f in sorted(folder.glob("*.txt"))]
    best: dict[str, float] = {}
    try:
        for owner, name, stage in patches:
            setattr(owner, name, timed(stage, getattr(owner, name)))
        for _ in range(rounds):
            spent.clear()
            start = time.process_time()
            parsed = [P.parse_article(text, name) for name, text in texts]
            total = time.process_time() - start
            start = time.process_time()
            resolve(parsed)
            spent["resolve"] = time.process_time() - start
            spent["header, listing, rest"] = total - sum(v for k, v in spent.items() if k != "resolve")
            spent["total"] = total + spent["resolve"]
            for stage, seconds in spent.items():
                best[stage] = min(best.get(stage, seconds), seconds)
    finally:
        for owner, name, fn in originals:
            setattr(owner, name, fn)
    return {stage: seconds * 1000 / max(1, len(texts)) for stage, seconds in best.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT / "tests" / "data" / "corpus")
    ap.add_argument("--rounds", type=int, default=3, help="passes over the folder; the best counts")
    ap.add_argument("--md", action="store_true", help="print a Markdown table")
    args = ap.parse_args(argv)
    ms = measure(args.folder, args.rounds)
    rows = [(stage, ms.get(stage, 0.0)) for stage in (*STAGES, "total")]
    if args.md:
        print("| stage | ms/article |\n|---|---|")
        print("\n".join(f"| {stage} | {v:.2f} |" for stage, v in rows))
    else:
        print("\n".join(f"{stage:<24}{v:8.2f} ms/article" for stage, v in rows), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
