"""How sse holds at archive scale, in one run: for each corpus size, the index build's
throughput with one worker and with all, beside the floor (reading and inserting the files with
no parsing), and its peak memory, the refresh after one article changes, and the warm time of the
everyday queries; beside them, a Typer hello-world's start-up, the floor no Typer command
goes under.

    python -m benchmarks.scale                    # 1k, 10k and 100k articles
    python -m benchmarks.scale --sizes 1000 10000 --runs 7 --md

Corpora are generated once into --work (default /tmp/sse-bench) and kept for later runs.
Times are wall-clock medians of --runs runs of the installed `sse` (python -m ssecli)."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import generate

HELLO = """import typer
app = typer.Typer()
@app.command()
def hello(name: str = "world"):
    print(f"hello {name}")
@app.command()
def bye():
    pass
app()
"""

QUERIES = [
    ("list --org ILO --limit 20", ["list", "--org", "ILO", "--limit", "20"]),
    ("timeline --since 2023", ["timeline", "--since", "2023"]),
    ('search "decent work"', ["search", "decent work"]),
    ("show", ["show", None]),
]


def timed(cmd: list[str], env: dict, runs: int = 1) -> tuple[float, int]:
    """Median seconds of `runs` runs and the peak resident memory (MB) of the largest process."""
    times, peak = [], 0
    for _ in range(runs):
        wrapped = ["/usr/bin/time", "-f", "%M", *cmd] if Path("/usr/bin/time").exists() else cmd
        start = time.perf_counter()
        p = subprocess.run(wrapped, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - start)
        if p.returncode != 0:
            raise SystemExit(f"failed: {' '.join(cmd)}\n{p.stderr[-2000:]}")
        last = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ""
        if last.isdigit():
            peak = max(peak, int(last) // 1024)
    return statistics.median(times), peak


def paired(cmd: list[str], env: dict, hello: list[str], runs: int) -> tuple[float, float]:
    """Median seconds of `runs` runs of cmd and of the hello-world, run turn about: on a shared
    machine start-up drifts by a third within minutes, and a ratio to a hello-world measured
    once, apart from the query, measures the drift as much as the query."""
    ours, floor = [], []
    for _ in range(runs):
        floor.append(timed(hello, env)[0])
        ours.append(timed(cmd, env)[0])
    return statistics.median(ours), statistics.median(floor)


def run_size(n: int, work: Path, runs: int, hello: list[str], one_worker: bool = True) -> dict:
    corpus = work / f"corpus-{n}"
    made_by = hashlib.sha1((Path(__file__).parent / "generate.py").read_bytes()).hexdigest()
    stamp = work / f"corpus-{n}.generator"  # a corpus made by another generator is made again
    if not corpus.exists() or not stamp.exists() or stamp.read_text() != made_by:
        shutil.rmtree(corpus, ignore_errors=True)
        generate(n, corpus)
        stamp.write_text(made_by)
    index = work / f"index-{n}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(index) + suffix).unlink(missing_ok=True)
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    sse = [sys.executable, "-m", "ssecli", "--corpus", str(corpus), "--index", str(index)]
    # One worker first (its index is thrown away), then the build the rest of the row works on.
    one_s = float("nan")
    if one_worker:
        one_s, _ = timed([*sse, "index"], {**env, "SSE_JOBS": "1"})
        for suffix in ("", "-wal", "-shm"):
            Path(str(index) + suffix).unlink(missing_ok=True)
    build_s, build_mb = timed([*sse, "index"], env)
    files = sorted(corpus.glob("*.txt"))
    # Two kinds of one-file edit, each on `runs` other articles (the medians): a correction that
    # names nothing new, and a sentence that names a new organisation beside the ILO, which
    # moves the counts the resolution of organisations is made from.
    edits = {
        "refresh_one_s": lambda k: "\nUpdated: a correction was added.\n",
        "refresh_names_s": lambda k: f"\nThe Zeta Quorum Federation {k} (ZQF{k}) signed an agreement with the ILO.\n",
    }
    row = {
        "articles": n,
        "build_s": build_s,
        "articles_per_s": n / build_s,
        "articles_per_s_one_worker": n / one_s,
        "floor_articles_per_s": n / floor_seconds(corpus, work),
        "build_peak_mb": build_mb,
    }
    for i, (key, edit) in enumerate(edits.items()):
        times = []
        for k, one in enumerate(files[n // 2 + i * runs : n // 2 + (i + 1) * runs]):
            one.write_text(one.read_text(encoding="utf-8") + edit(k), encoding="utf-8")
            times.append(timed([*sse, "index"], env)[0])
        row[key] = statistics.median(times)
    show_id = files[n // 2].name.split("_")[0]
    for label, args in QUERIES:
        args = [a if a is not None else show_id for a in args]
        row[label], row[f"{label} hello"] = paired([*sse, *args], env, hello, runs)
    return row


def floor_seconds(corpus: Path, work: Path) -> float:
    """The floor of a build: every file read, decoded and inserted as a record with its text in
    an FTS5 table, with no parsing at all; what no parser can make the build beat."""
    import sqlite3

    path = work / "floor.sqlite"
    path.unlink(missing_ok=True)
    start = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE records (id TEXT PRIMARY KEY, path TEXT, text TEXT)")
    db.execute("CREATE VIRTUAL TABLE records_fts USING fts5(text)")
    with db:
        for f in sorted(corpus.glob("*.txt")):
            text = f.read_bytes().decode("utf-8", "replace")
            cur = db.execute("INSERT INTO records VALUES (?, ?, ?)", (f.stem, str(f), text))
            db.execute("INSERT INTO records_fts (rowid, text) VALUES (?, ?)", (cur.lastrowid, text))
    db.close()
    elapsed = time.perf_counter() - start
    path.unlink(missing_ok=True)
    return elapsed


def byte_compile() -> None:
    """Compile sse's modules as `pip install` does, so that start-up is measured as a user meets
    it (an editable install, with PYTHONDONTWRITEBYTECODE set, would compile them on every run)."""
    import compileall

    import ssecli

    compileall.compile_dir(str(Path(ssecli.__file__).parent), quiet=1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "sse-bench")
    ap.add_argument("--md", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--one-worker-up-to", type=int, default=10**9, metavar="N", help="build with one worker only at sizes up to N"
    )
    a = ap.parse_args(argv)
    a.work.mkdir(parents=True, exist_ok=True)
    byte_compile()
    hello = a.work / "hello.py"
    hello.write_text(HELLO)
    hello_cmd = [sys.executable, str(hello), "hello"]
    hello_s, _ = timed(hello_cmd, dict(os.environ), a.runs)
    rows = [run_size(n, a.work, a.runs, hello_cmd, one_worker=n <= a.one_worker_up_to) for n in a.sizes]
    if a.json:
        print(json.dumps({"hello_world_s": hello_s, "sizes": rows}, indent=2))
        return 0
    cols = [
        "articles",
        "floor articles/s",
        "build articles/s, 1 worker",
        f"build articles/s, {os.environ.get('SSE_JOBS') or os.cpu_count()} workers",
        "build peak MB",
        "refresh 1 file s",
        "refresh 1 file, new name s",
        *[f"{label} s (×hello)" for label, _ in QUERIES],
    ]
    lines = []
    for r in rows:
        cells = [
            f"{r['articles']:,}",
            f"{r['floor_articles_per_s']:.0f}",
            f"{r['articles_per_s_one_worker']:.0f}",
            f"{r['articles_per_s']:.0f}",
            f"{r['build_peak_mb']}",
            f"{r['refresh_one_s']:.2f}",
            f"{r['refresh_names_s']:.2f}",
        ]
        cells += [f"{r[label]:.3f} ({r[label] / r[label + ' hello']:.2f})" for label, _ in QUERIES]
        lines.append(cells)
    if a.md:
        print("| " + " | ".join(cols) + " |")
        print("|" + "---|" * len(cols))
        for cells in lines:
            print("| " + " | ".join(cells) + " |")
    else:
        print("  ".join(cols))
        for cells in lines:
            print("  ".join(cells))
    print(
        f"\nTyper hello-world start-up: {hello_s:.3f} s (median of {a.runs} at the start); each ×hello is "
        f"against the median of {a.runs} hello-world runs taken turn about with that query's; "
        f"{os.cpu_count()} CPUs, build with SSE_JOBS={os.environ.get('SSE_JOBS') or os.cpu_count()}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
