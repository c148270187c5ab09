"""The command line (Typer only): the app and its global options (app.py), the options commands
share (options.py), completion (complete.py); core.py holds the app and its global options, and a module for each group of commands, which
registers its commands on the app when imported here."""

from ssecli.cli import archive, indexing, records  # noqa: F401  (they register their commands)
from ssecli.cli.core import app, main

__all__ = ["app", "main"]
