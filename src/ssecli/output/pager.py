"""The pager: output taller than a terminal goes through it (SSE_PAGER, then PAGER, then less -R,
with git's LESS=FRX where unset), fed as the output is made, the way `git log` feeds it."""

from __future__ import annotations

from ssecli.output.env import Output


def page(out: Output, parts, height: int) -> None:
    """Write rendered text, a part at a time as it is made: straight to stdout while it fits the
    screen, then through the pager, which shows the first screen while the rest is still being
    made, as `git log` does. Leaving the pager stops the making."""
    import shlex
    import subprocess

    parts = iter(parts)
    head, lines = [], 0
    if out.pages():
        for part in parts:
            head.append(part)
            lines += part.count("\n")
            if lines > height:
                break
        else:
            out.stdout.write("".join(head))
            return
        from ssecli.settings import pager_command, pager_environment

        try:
            proc = subprocess.Popen(
                shlex.split(pager_command()),
                stdin=subprocess.PIPE,
                text=True,
                env=pager_environment(),
                stdout=out.stdout,
            )
        except OSError:
            proc = None
        if proc is not None:
            import signal

            # Ctrl-C is the pager's while it runs (less stops reading ahead); sse keeps writing until
            # the pager ends, and never leaves it behind on the terminal.
            previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
            stdin = proc.stdin
            assert stdin is not None  # stdin=PIPE
            try:
                stdin.write("".join(head))
                for part in parts:
                    stdin.write(part)
            except BrokenPipeError:  # the pager ended: nothing more is made
                pass
            try:
                stdin.close()
            except BrokenPipeError:  # what was left unwritten has nobody to read it
                pass
            proc.wait()
            signal.signal(signal.SIGINT, previous)
            return
    from itertools import chain

    for part in chain(head, parts):
        out.stdout.write(part)
        out.stdout.flush()
