"""Reading and parsing article files, in worker processes when there are many.

Two promises are kept here. A file whose parse fails costs that file alone: the error is
reported as the file's problem (and the file is tried again at the next refresh), never raised
into the build. And workers never outlive the process that started them: killed with it
(`kill -9` included), they cannot keep a build's lock or a pipe, and Ctrl-C is the parent's
alone, so that it is said once."""

from __future__ import annotations

import hashlib
import os
import signal
import traceback
from pathlib import Path

from ssecli.corpus import Article, Problem, read_article

# File descriptors of locks this process holds (store.lock): a worker forked while one
# is held closes its copy, so that no orphan can keep another sse waiting.
HELD_LOCKS: set[int] = set()
PARALLEL_AT = 200  # files to parse from which workers are worth their start


def parser_error(e: BaseException) -> str:
    """'parser error (IndexError at extract/orgs.py:587)': what failed and where, for a bug report:
    the deepest frame of sse's own code, named from the package's folder."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
    frames = traceback.extract_tb(e.__traceback__)
    ours = [f for f in frames if os.path.abspath(f.filename).startswith(package)] or frames
    if not ours:
        return f"parser error ({type(e).__name__})"
    where = os.path.abspath(ours[-1].filename).removeprefix(package).replace(os.sep, "/")
    return f"parser error ({type(e).__name__} at {where}:{ours[-1].lineno})"


def parse_read(article: Article, source: str):
    """An article read from its file, parsed: the metadata of a page or a Markdown file reach the
    parser as a header block above the text, and the record keeps the text alone."""
    from ssecli.parser import parse_article

    parsed = parse_article(article.parser_text(), source, article.id)
    if article.header:
        parsed.record.text = article.text
    return parsed


def read_and_parse(job: tuple[str, str, str | None, str]):
    """Read one file and parse it. Returns the Problem, or (sha1, notes, (the rows of its records
    (store.prepare), facts about organisations)), None in place of the parse where the text did
    not change."""
    from ssecli.resolve import facts
    from ssecli.store.prepare import record_rows

    path, rid, old_sha1, source = job
    got = read_article(Path(path), rid)
    if isinstance(got, Problem):
        return got
    sha1 = hashlib.sha1(got.parser_text().encode("utf-8", "surrogatepass")).hexdigest()
    if sha1 == old_sha1:
        return (sha1, got.notes, None)  # touched, not changed
    try:
        parsed = parse_read(got, source)
        return (sha1, got.notes, (record_rows(parsed.record), facts(parsed)))
    except Exception as e:  # noqa: BLE001 - a rule's bug must cost one file, never the archive
        return Problem(Path(path), parser_error(e), retry=True)


def parse_stream(jobs, count: int, chunk: int = 16, ahead: int = 4):
    """Read and parse `count` files (jobs: an iterable), in worker processes when there are many
    (SSE_JOBS sets how many). Each worker is sent `chunk` files at a time, and `ahead` chunks a
    worker are kept in flight: a worker never waits for the parent to take the last results of a
    batch before it is given more, and memory holds the chunks in flight, not the corpus."""
    from collections import deque
    from itertools import islice

    from ssecli.settings import jobs as worker_count

    workers = worker_count()
    jobs = iter(jobs)
    if workers <= 1 or count < PARALLEL_AT:
        for job in jobs:
            yield read_and_parse(job)
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers, initializer=_worker_start, initargs=(os.getpid(),))
    try:
        flight: deque = deque()
        while True:
            while len(flight) < ahead * workers and (part := list(islice(jobs, chunk))):
                flight.append(pool.submit(read_and_parse_all, part))
            if not flight:
                break
            yield from flight.popleft().result()
    except BaseException:  # Ctrl-C, SIGTERM, an error of the build: the workers go now
        _stop(pool)
        raise
    pool.shutdown()


def read_and_parse_all(jobs: list) -> list:
    """A chunk of files read and parsed in one worker: one message each way for the chunk."""
    return [read_and_parse(job) for job in jobs]


def _stop(pool) -> None:
    """End the pool's workers at once, without waiting for the jobs they hold; then the pool's own
    thread, which finds them gone (left running, it would meet a closed pipe at exit)."""
    for p in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            p.kill()
        except (OSError, AttributeError):
            pass
    # A worker killed while it wrote a chunk's results leaves half a message in the results' pipe,
    # and the pool's thread would wait for the rest for ever: this process holds the pipe's other
    # writing end. Closed, the thread reads the end of the pipe and finds the workers gone.
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        writer.close()
    pool.shutdown(wait=True, cancel_futures=True)


def _worker_start(parent: int) -> None:
    """In each worker, before its first job: Ctrl-C is left to the parent (which ends the workers
    and says it once); the copy of a build's lock that a fork inherited is closed; and the worker
    dies with its parent, by the kernel's parent-death signal where there is one (Linux), else by
    a thread that watches for the parent to go."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for fd in list(HELD_LOCKS):
        try:
            os.close(fd)
        except OSError:
            pass
    HELD_LOCKS.clear()
    if not _die_with_parent():
        import threading

        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)


def _die_with_parent() -> bool:
    """Ask Linux to kill this process when its parent dies (prctl PR_SET_PDEATHSIG)."""
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)
