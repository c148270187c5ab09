"""One process at a time refreshes an index: a lock file beside it."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


class writer_lock:
    """One process at a time opens, repairs and refreshes an index (a lock file beside it, held
    with flock, which the kernel releases when its holder dies, however it dies); the others
    wait, saying so through `on_wait` with the holder's pid, then find the index ready. The
    holder's worker processes close their inherited copy of the lock (store.workers.HELD_LOCKS), so
    that none of them can hold it after their parent is gone. Where no lock can be taken (no
    fcntl, a read-only folder), SQLite's own locking is all there is."""

    def __init__(self, path: Path | None, on_wait: Callable[[str], None] | None = None) -> None:
        self.path = Path(str(path) + ".lock") if path else None
        self.on_wait = on_wait
        self.fd: int | None = None

    def __enter__(self):
        from ssecli.store.workers import HELD_LOCKS

        try:
            import fcntl

            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except (ImportError, OSError, AttributeError):
            self.fd = None
            return self
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if self.on_wait:
                holder = os.pread(self.fd, 32, 0).decode("ascii", "replace").strip()
                self.on_wait(f"waiting for another sse indexing this folder{f' (pid {holder})' if holder else ''}")
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except OSError:
            os.close(self.fd)
            self.fd = None
            return self
        HELD_LOCKS.add(self.fd)
        try:
            os.ftruncate(self.fd, 0)
            os.pwrite(self.fd, f"{os.getpid()}\n".encode(), 0)
        except OSError:
            pass
        return self

    def __exit__(self, *exc):
        from ssecli.store.workers import HELD_LOCKS

        if self.fd is not None:
            HELD_LOCKS.discard(self.fd)
            os.close(self.fd)  # closing the descriptor releases the lock
            self.fd = None
        return False
