"""Finding and reading article files: ids, encodings, the bundled default corpus."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ssecli.errors import CorpusError

RE_LEADING_DIGITS = re.compile(r"(\d+)")


@dataclass
class Article:
    path: Path
    id: str
    text: str


@dataclass
class Problem:
    """A file that could not be read as an article, and why: reported on stderr, never fatal."""

    path: Path
    reason: str


def default_corpus() -> Path:
    """The seeds shipped inside the package (or, in a source checkout, seeds/ at the top)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise CorpusError("the bundled seed articles are missing from this installation")


def corpus_dir(option: str | None) -> Path:
    chosen = option or os.environ.get("SSE_CORPUS")
    if not chosen:
        return default_corpus()
    path = Path(chosen).expanduser()
    if not path.is_dir():
        raise CorpusError(f"corpus folder not found: {chosen}")
    return path


def record_id(path: Path) -> str:
    """'003_126183a6a2cf459b.txt' -> '003'; a name without leading digits keeps its stem."""
    m = RE_LEADING_DIGITS.match(path.name)
    return m.group(1) if m else path.stem


def decode(data: bytes) -> str:
    """UTF-8 (with or without a BOM) first, as nearly every saved article is; else what
    charset-normalizer makes of it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", errors="replace")


def article_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.txt") if p.is_file())


def read_articles(folder: Path) -> tuple[list[Article], list[Problem]]:
    articles, problems = [], []
    for path in article_files(folder):
        try:
            text = decode(path.read_bytes())
        except OSError as e:
            problems.append(Problem(path, e.strerror or str(e)))
            continue
        articles.append(Article(path, record_id(path), text))
    return articles, problems
