"""The output environment a command writes in, made by the CLI from its global options and
passed to what writes: tests make their own."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import TextIO


@dataclass
class Output:
    color: str = "auto"  # --color: auto (Rich honours NO_COLOR, FORCE_COLOR and the terminal), always, never
    pager: bool = True  # --no-pager turns it off
    stdout: TextIO = field(default_factory=lambda: sys.stdout)

    def terminal(self) -> bool:
        """Whether a person reads stdout: a terminal, or --color always / FORCE_COLOR saying so."""
        return self.stdout.isatty() or self.color == "always" or bool(os.environ.get("FORCE_COLOR"))

    def pages(self) -> bool:
        """Whether output taller than the screen goes through the pager: on a terminal, unless --no-pager."""
        return self.pager and self.stdout.isatty()

    @staticmethod
    def width() -> int | None:
        """COLUMNS where it is set (the tests pin it), else what the terminal says."""
        width = os.environ.get("COLUMNS")
        return int(width) if width and width.isdigit() else None
