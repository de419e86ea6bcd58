"""Reading untrusted files in a worker process, with a time limit and a memory cap.

A file that arrives by e-mail may be built to make a reader loop, allocate gigabytes or
abort (python-calamine allocates a sheet's whole bounding box and aborts the process when
that fails; a Rust panic may escape). :func:`run_isolated` runs one reading function in a
separate process that is started once and reused: the caller waits at most ``timeout``
seconds, the worker's address space is capped (on POSIX, ``RLIMIT_AS``) so a runaway
allocation fails there, and whatever happens to the worker — killed for taking too long,
aborted, out of memory — the program itself goes on; the next call starts a new worker.

The function and its arguments and result cross the process boundary by pickling, so the
function must be importable at module level. An exception the function raises is raised
again in the caller (same class, same message); :class:`ReadTimedOut` and
:class:`WorkerDied` say what happened to the worker. Callers turn these into a Vietnamese
message naming the file (see :func:`unionplanner.domain.sheets.workbook.read_book`).

The frozen app must call ``multiprocessing.freeze_support()`` first thing in its entry
script, and that script must not start the program when imported under another name.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from unionplanner.core.errors import Cancelled, UserError
from unionplanner.core.progress import CancelToken

T = TypeVar("T")

#: Virtual memory a worker may map (MB). The interpreter with calamine maps ~26 MB, with
#: python-docx ~50 MB; the largest sheet accepted (2 million cells) stays well under.
MEMORY_MB = 300
#: How long to wait between checks of the cancel token (seconds).
_POLL = 0.2


class ReadTimedOut(Exception):
    """The worker did not finish within the time limit and was stopped."""


class WorkerDied(Exception):
    """The worker ended without an answer (aborted, killed by the system, out of memory)."""


def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits, a Job object caps the committed memory
        if os.name == "nt":
            from unionplanner.core import winjob

            winjob.cap_this_process(megabytes)
        return
    limit = megabytes * 2**20
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):  # a limit the system will not lower: run without
        pass


def _lift_memory_limit() -> None:
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))


def program_kwargs() -> dict[str, Any]:
    """Keyword arguments for ``subprocess.run`` of another program from inside the worker
    (LibreOffice converting a .doc needs far more memory than the reading cap): the program
    starts without the worker's memory cap — on POSIX the rlimit lifted, on Windows out of
    the worker's job (:mod:`unionplanner.core.winjob`). Empty when there is no cap."""
    try:
        import resource  # noqa: F401
    except ImportError:
        from unionplanner.core import winjob

        return ({"creationflags": winjob.CREATE_BREAKAWAY_FROM_JOB}
                if winjob.in_capped_job() else {})
    return {"preexec_fn": _lift_memory_limit}


def run_program(args: Sequence[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    """``subprocess.run(args, **kwargs)`` for another program started from inside the worker,
    without the worker's memory cap (:func:`program_kwargs`); where Windows refuses the
    breakaway from the job (an outer job that forbids it) the program runs in the job."""
    extra = program_kwargs()
    try:
        return subprocess.run(args, **kwargs, **extra)
    except PermissionError:
        if "creationflags" not in extra:
            raise
        return subprocess.run(args, **kwargs)


def _serve(connection: Connection, megabytes: int) -> None:
    """The worker's loop: receive (function, args), send back ("ok", result) or
    ("raise", exception); end when the pipe closes."""
    global _in_worker
    _in_worker = True
    _limit_memory(megabytes)
    from unionplanner.core.log import setup_logging

    setup_logging()  # the readers' library warnings to the log, not the terminal
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        func, args = request
        try:
            answer: tuple[str, Any] = ("ok", func(*args))
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the caller
            details = traceback.format_exc()
            exc.add_note("in the reading worker:\n" + details)  # a bug's log shows where
            answer = ("raise", exc)
        else:
            details = ""
        try:
            connection.send(answer)
        except Exception:  # the result or the exception would not pickle
            connection.send(("raise", RuntimeError(details or "unpicklable result")))


class _Worker:
    def __init__(self, megabytes: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, megabytes),
                                       name="unionplanner-reader", daemon=True)
        self.process.start()
        child.close()
        self.megabytes = megabytes
        self.owner = os.getpid()

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.connection.close()


_lock = threading.Lock()
_worker: _Worker | None = None
_in_worker = False  # True inside the worker: a call there runs in place


def run_isolated(func: Callable[..., T], *args: Any, timeout: float,
                 memory_mb: int | None = None, cancel: CancelToken | None = None) -> T:
    """``func(*args)`` run in the worker process; its result, or its exception raised here.

    ``timeout`` is in seconds (wall clock, from when the worker has the request);
    ``memory_mb`` caps the worker's address space (default :data:`MEMORY_MB`).
    Raises :class:`ReadTimedOut` when it takes longer (the worker is stopped),
    :class:`WorkerDied` when the worker ends without an answer, and
    :class:`~unionplanner.core.errors.Cancelled` when ``cancel`` is set meanwhile.
    Calls from several threads take turns (one worker); inside the worker a call runs in
    place."""
    global _worker
    if _in_worker:
        return func(*args)
    memory_mb = memory_mb or MEMORY_MB
    with _lock:
        worker = _fresh_worker(memory_mb)
        try:
            worker.connection.send((func, args))
            kind, value = _answer(worker, timeout, cancel)
        except (ReadTimedOut, Cancelled, WorkerDied, OSError) as exc:
            worker.stop()
            _worker = None
            if isinstance(exc, OSError):  # the pipe broke while sending
                raise WorkerDied() from None
            raise
    if kind == "raise":
        raise value
    return value


def map_isolated(func: Callable[[Any], T], items: Sequence[Any], *, timeout: float,
                 memory_mb: int | None = None,
                 cancel: CancelToken | None = None) -> Iterator[T | Exception]:
    """``func(item)`` for each of ``items`` in the worker process, in order, with the next
    item already sent while this one's result is used: the worker reads while the caller
    works on what came back (two cores busy instead of one). Yields each result, or the
    exception it raised, or :class:`ReadTimedOut` / :class:`WorkerDied` (as values) for an
    item that stopped the worker — a new worker then goes on with the items after it.
    ``timeout`` (seconds) counts for each item from when its result is awaited. Raises
    :class:`~unionplanner.core.errors.Cancelled` when ``cancel`` is set."""
    global _worker
    if _in_worker:
        for item in items:
            try:
                yield func(item)
            except Exception as exc:  # noqa: BLE001 - given back, as from the worker
                yield exc
        return
    memory_mb = memory_mb or MEMORY_MB
    with _lock:
        worker = _fresh_worker(memory_mb)
        pending: deque[int] = deque()
        next_item = 0
        try:
            while next_item < len(items) or pending:
                while next_item < len(items) and len(pending) < 2:
                    worker.connection.send((func, (items[next_item],)))
                    pending.append(next_item)
                    next_item += 1
                try:
                    kind, value = _answer(worker, timeout, cancel)
                except (ReadTimedOut, WorkerDied) as exc:
                    pending.popleft()
                    worker.stop()
                    _worker = worker = _fresh_worker(memory_mb)
                    if pending:  # sent after the lost item: send again to the new worker
                        next_item = pending[0]
                        pending.clear()
                    yield exc
                    continue
                pending.popleft()
                yield value
        except BaseException:
            # cancelled, failed, or the caller stopped early (GeneratorExit): an answer
            # still on its way would be taken for the next caller's
            if pending:
                worker.stop()
                _worker = None
            raise


def _fresh_worker(memory_mb: int) -> _Worker:
    """The running worker (a new one if there is none, it died or has another cap); call
    with the lock held."""
    global _worker
    if _worker is not None and _worker.owner != os.getpid():
        _worker = None  # inherited through fork: the parent's, not ours to use
    if _worker is None or not _worker.process.is_alive() or _worker.megabytes != memory_mb:
        if _worker is not None:
            _worker.stop()
        _worker = _Worker(memory_mb)
    return _worker


def _answer(worker: _Worker, timeout: float, cancel: CancelToken | None) -> tuple[str, Any]:
    """The worker's next answer; ReadTimedOut, WorkerDied or Cancelled instead."""
    deadline = time.monotonic() + timeout
    try:
        while not worker.connection.poll(max(0.0, min(_POLL, deadline - time.monotonic()))):
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            if time.monotonic() > deadline:
                raise ReadTimedOut()
            if not worker.process.is_alive() and not worker.connection.poll(0):
                raise WorkerDied()
        return worker.connection.recv()
    except (EOFError, OSError):
        raise WorkerDied() from None


def read_isolated(func: Callable[[Path], T], path: Path, *, timeout: float, advice: str,
                  error: type[UserError] = UserError) -> T:
    """``func(path)`` through :func:`run_isolated` for a file the user chose: a read that
    runs over ``timeout`` seconds, dies or runs out of memory raises ``error`` with one
    Vietnamese sentence naming the file, then ``advice`` (what to do, e.g. "Hãy mở bằng
    Word, lưu lại dưới dạng .docx rồi thử lại.")."""
    try:
        return run_isolated(func, path, timeout=timeout)
    except ReadTimedOut:
        took = f"{int(timeout) // 60} phút" if timeout >= 120 else f"{int(timeout)} giây"
        raise error(f"Đọc tệp \"{path.name}\" quá {took} mà chưa xong: tệp có cấu trúc bất "
                    f"thường hoặc bị hỏng. {advice}") from None
    except (WorkerDied, MemoryError):
        raise error(f"Tệp \"{path.name}\" cần quá nhiều bộ nhớ để đọc hoặc làm hỏng bộ đọc: "
                    f"nhiều khả năng tệp bị hỏng. {advice}") from None


def stop_worker() -> None:
    """End the worker process if one is running (at exit, and in tests)."""
    global _worker
    with _lock:
        if _worker is not None:
            _worker.stop()
            _worker = None
