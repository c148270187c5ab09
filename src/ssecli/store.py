"""The records of a corpus folder: read, parse, resolve. The one entry point the
commands use to get records, so the index can stand behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ssecli.corpus import Problem, read_articles
from ssecli.models import Record


@dataclass
class Corpus:
    folder: Path
    records: list[Record]  # one per file: articles and listing pages with their items
    problems: list[Problem] = field(default_factory=list)


def load(folder: Path, recursive: bool = False) -> Corpus:
    from ssecli.parser import parse_article
    from ssecli.resolve import resolve

    articles, problems = read_articles(folder, recursive)
    parsed = []
    for a in articles:
        parsed.append(parse_article(a.text, a.path.name, a.id))
    return Corpus(folder, resolve(parsed), problems)
