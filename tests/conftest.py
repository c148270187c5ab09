import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(ROOT))  # benchmarks/ is importable from the tests

# Rich output is stable only at a fixed width and without colour.
os.environ["COLUMNS"] = "100"
os.environ["NO_COLOR"] = "1"
os.environ.pop("SSE_CORPUS", None)
os.environ.pop("SSE_INDEX", None)
# No user's config file changes what the tests see: each test that wants one names its own.
os.environ["SSE_CONFIG"] = os.path.join(tempfile.gettempdir(), "sse-tests-no-config.toml")
# Indexes and the compiled gazetteer go to a folder of this test session, never the user's cache.
os.environ["SSE_CACHE_DIR"] = tempfile.mkdtemp(prefix="sse-test-cache-")

# Property tests draw the same examples on every run (CI must not pass or fail by chance); the
# examples they once found are kept as @example. HYPOTHESIS_PROFILE=nightly draws new ones, many
# more of them, for a run by hand:  HYPOTHESIS_PROFILE=nightly pytest tests/test_properties.py
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
settings.register_profile("nightly", derandomize=False, deadline=None, print_blob=True)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)


def examples(n: int) -> int:
    """How many examples a property test draws: n in CI, twenty times as many at night."""
    return n * 20 if PROFILE == "nightly" else n


@pytest.fixture(scope="session")
def seed_records():
    from ssecli.store import open_store

    return open_store(SEEDS).all_records()


@pytest.fixture(scope="session")
def seed_by_id(seed_records):
    out = {}
    for r in seed_records:
        out[r.id] = r
        for i in r.items:
            out[i.id] = i
    return out


@pytest.fixture()
def cli():
    from typer.testing import CliRunner

    from ssecli.cli import app

    runner = CliRunner()

    def run(*args, env=None):
        return runner.invoke(app, list(args), env={"COLUMNS": "100", "NO_COLOR": "1", **(env or {})})

    return run


# A good article, for the tests that put it among bad files.
GOOD = "Cooperatives meet in Seoul\n\nSeoul, 3 July 2023 - The ILO and KoSEA met on 3 July 2023.\n"


def run_sse(*args, corpus: Path, env=None, timeout=120):
    """`sse --corpus CORPUS ARGS...` in a process of its own, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "ssecli", "--corpus", str(corpus), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "COLUMNS": "100", "NO_COLOR": "1", **(env or {})},
    )


def assert_clean(result) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
