"""The reading worker: a read that hangs, aborts or allocates without end is stopped there
and the program goes on (issue 15: a time limit and a memory cap for every file read)."""

from __future__ import annotations

import os
import sys
import time

import pytest

from unionplanner.core import isolation
from unionplanner.core.errors import Cancelled, UserError
from unionplanner.core.isolation import ReadTimedOut, WorkerDied, run_isolated
from unionplanner.core.progress import CancelToken
from unionplanner.domain.sheets import workbook
from unionplanner.domain.sheets.workbook import BadFile, read_book


def test_a_read_that_takes_too_long_is_stopped_and_the_next_one_works():
    started = time.monotonic()
    with pytest.raises(ReadTimedOut):
        run_isolated(time.sleep, 30, timeout=1)
    assert time.monotonic() - started < 10
    assert run_isolated(os.getpid, timeout=30) != os.getpid()


def test_a_reader_that_aborts_ends_only_the_worker():
    first = run_isolated(os.getpid, timeout=30)
    with pytest.raises(WorkerDied):
        run_isolated(os.abort, timeout=30)
    second = run_isolated(os.getpid, timeout=30)
    assert second not in (first, os.getpid())


@pytest.mark.skipif(sys.platform == "win32", reason="no address-space limit on Windows")
def test_the_worker_cannot_allocate_past_its_cap():
    with pytest.raises(MemoryError):
        run_isolated(bytearray, (isolation.MEMORY_MB + 50) * 2**20, timeout=30)
    assert run_isolated(len, b"abc", timeout=30) == 3


def test_a_user_error_crosses_with_its_class_message_and_details():
    error = BadFile("Tệp \"x.xlsx\" bị hỏng.", ["A1: chữ"])
    with pytest.raises(BadFile) as caught:
        run_isolated(_raise, error, timeout=30)
    assert caught.value.message == error.message and caught.value.details == ["A1: chữ"]
    assert isinstance(caught.value, UserError)


def _raise(error: BaseException) -> None:
    raise error


def test_cancel_stops_the_wait():
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        run_isolated(time.sleep, 30, timeout=60, cancel=token)


def test_read_book_names_the_file_when_the_time_runs_out(samples, monkeypatch):
    isolation.stop_worker()  # a fresh worker cannot answer in no time
    monkeypatch.setattr(workbook, "READ_SECONDS", 0)
    with pytest.raises(BadFile, match=r"Đọc tệp \"form.xlsx\" quá 0 giây"):
        read_book(samples / "form.xlsx")
    monkeypatch.setattr(workbook, "READ_SECONDS", 60)
    assert read_book(samples / "form.xlsx").visible_sheets


@pytest.mark.skipif(sys.platform == "win32", reason="no address-space limit on Windows")
def test_read_book_refuses_a_file_that_needs_more_memory_than_the_cap(tmp_path, monkeypatch):
    big = tmp_path / "lon.csv"
    big.write_text("\n".join(";".join(f"Đơn vị {r} cột {c}" for c in range(20))
                             for r in range(10_000)), encoding="utf-8")  # 4 MB, ~110 MB read
    monkeypatch.setattr(isolation, "MEMORY_MB", 60)
    with pytest.raises(BadFile, match=r"\"lon.csv\" cần quá nhiều bộ nhớ"):
        read_book(big)
    monkeypatch.setattr(isolation, "MEMORY_MB", 300)
    assert len(read_book(big).sheets[0].rows) == 10_000


def test_markers_stay_one_object_across_the_worker():
    assert run_isolated(_markers, timeout=30) == [workbook.NO_RESULT, workbook.EXTERNAL]
    first, second = run_isolated(_markers, timeout=30)
    assert first is workbook.NO_RESULT and second is workbook.EXTERNAL


def _markers() -> list[object]:
    return [workbook.NO_RESULT, workbook.EXTERNAL]


def test_a_bug_in_the_reader_comes_back_with_where_it_happened():
    with pytest.raises(ZeroDivisionError) as caught:
        run_isolated(divmod, 1, 0, timeout=30)
    assert any("in the reading worker" in note for note in caught.value.__notes__)


def _die_on_two(item: int) -> int:
    if item == 2:
        os.abort()
    if item == 4:
        raise ValueError("four")
    return item * 10


def test_many_items_keep_their_order_and_one_that_kills_the_worker_is_only_its_own():
    """The import reads batches with the next one already sent: an item that aborts the
    worker comes back as WorkerDied in its place, the items after it are sent again to a new
    worker, an exception stays the item's own."""
    from unionplanner.core.isolation import map_isolated

    got = list(map_isolated(_die_on_two, [0, 1, 2, 3, 4, 5], timeout=30))
    assert got[:2] == [0, 10] and isinstance(got[2], WorkerDied)
    assert got[3] == 30 and isinstance(got[4], ValueError) and got[5] == 50
    assert run_isolated(len, b"ab", timeout=30) == 2  # the worker after is a working one


def test_a_caller_that_stops_early_leaves_no_answer_for_the_next():
    """The import stops reading when cancelled or when judging a batch fails: the batch
    already sent must not come back as the next caller's answer."""
    from unionplanner.core.isolation import map_isolated

    first = map_isolated(_die_on_two, [0, 1, 3], timeout=30)
    assert next(first) == 0  # item 1 is already on its way
    first.close()
    assert list(map_isolated(_die_on_two, [5, 6], timeout=30)) == [50, 60]
    assert run_isolated(len, b"abc", timeout=30) == 3
