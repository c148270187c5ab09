import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(ROOT))  # benchmarks/ is importable from the tests

# Rich output is stable only at a fixed width and without colour.
os.environ["COLUMNS"] = "100"
os.environ["NO_COLOR"] = "1"
os.environ.pop("SSE_CORPUS", None)
os.environ.pop("SSE_INDEX", None)
# Indexes and the compiled gazetteer go to a folder of this test session, never the user's cache.
os.environ["SSE_CACHE_DIR"] = tempfile.mkdtemp(prefix="sse-test-cache-")


@pytest.fixture(scope="session")
def seed_records():
    from ssecli.store import load

    return load(SEEDS).index.all_records()


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
