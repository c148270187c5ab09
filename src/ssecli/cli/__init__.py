"""The command line (Typer only): the app, its global options and the error ladder (core.py), the
options commands share (options.py), completion (complete.py), and a module for each group of
commands (records.py, archive.py, indexing.py, adding.py), which registers its commands on the app when
imported here."""

from ssecli.cli import adding, archive, indexing, records  # noqa: F401  (they register their commands)
from ssecli.cli.core import app, main

__all__ = ["app", "main"]
