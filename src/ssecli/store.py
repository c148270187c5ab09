"""The records of a corpus folder, as the commands get them: from the SQLite index
(index.py), refreshed before each use, so that only new and changed files are parsed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ssecli.corpus import Problem
from ssecli.errors import NotFound
from ssecli.models import Record


@dataclass
class Corpus:
    folder: Path
    index: object  # ssecli.index.Index
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def suggest(self, kind: str, value: str) -> list[str]:
        return self.index.suggest(kind, value)


    def select(self, f, limit: int | None = None) -> list[Record]:
        return self.index.select(f, limit)

    def timeline(self, f) -> list:
        return self.index.timeline(f)

    def find(self, ident: str) -> Record:
        found = self.index.find(ident)
        if found is None:
            import difflib

            ids = self.index.ids()
            close = difflib.get_close_matches(ident.strip(), ids, n=3, cutoff=0.5)
            if not close and ident.strip()[:2]:
                close = [i for i in ids if i.startswith(ident.strip()[:2])][:3]
            raise NotFound(f"no record with id {ident!r}", close)
        return found

    def search(self, query: str, f, limit: int | None = None, raw: bool = False) -> list[dict]:
        return self.index.search(query, f, limit, raw)


def load(folder: Path, recursive: bool = False, index_path: Path | None = None, rebuild: bool = False,
         progress=None, full: bool = False, on_wait=None) -> Corpus:
    """The corpus behind its index, brought up to date with the folder."""
    from ssecli.index import default_path, open_index, writer_lock
    from ssecli.settings import index_path as chosen_index

    chosen = chosen_index(index_path)
    with writer_lock(chosen or default_path(folder), on_wait):
        index = open_index(folder, chosen)
        report = index.refresh(recursive=recursive, rebuild=rebuild, progress=progress, full=full)
    corpus = Corpus(folder, index, report.problems, report.warnings)
    corpus.report = report
    return corpus


def parse_folder(folder: Path, recursive: bool = False) -> tuple[list[Record], list[Problem]]:
    """Every record of a folder parsed afresh, without an index: the reference the index is
    tested against, and what the extraction benchmark measures."""
    from ssecli.corpus import display_name, read_articles
    from ssecli.parser import parse_article
    from ssecli.resolve import resolve

    articles, problems = read_articles(folder, recursive)
    return resolve([parse_article(a.text, display_name(a.path.name), a.id) for a in articles]), problems
