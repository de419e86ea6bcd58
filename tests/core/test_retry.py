"""Windows' sharing violations (an antivirus or the indexer holding a file for a moment) are
retried; other errors are not; a daily backup that still cannot be made is a warning."""

from __future__ import annotations

import pytest

from unionplanner.core.retry import is_sharing_violation, retry_shared


def _held(code: int = 32) -> PermissionError:
    error = PermissionError(13, "The process cannot access the file because it is being used "
                                "by another process")
    error.winerror = code  # what Windows sets; absent on other systems
    return error


def test_a_sharing_violation_is_retried_until_the_file_is_free():
    calls, waits = [], []

    def rename():
        calls.append(1)
        if len(calls) < 3:
            raise _held(32 if len(calls) == 1 else 33)
        return "done"

    assert retry_shared(rename, sleep=waits.append) == "done"
    assert len(calls) == 3 and waits == [0.25, 0.5]


def test_other_errors_and_a_file_held_too_long_are_raised():
    waits = []
    with pytest.raises(PermissionError):
        retry_shared(lambda: (_ for _ in ()).throw(PermissionError(13, "denied")),
                     sleep=waits.append)
    assert waits == []  # a plain "access denied" is not waited for
    with pytest.raises(PermissionError) as raised:
        retry_shared(lambda: (_ for _ in ()).throw(_held()), attempts=4, sleep=waits.append)
    assert is_sharing_violation(raised.value) and len(waits) == 3


@pytest.mark.sqlite_only
def test_a_backup_held_open_is_pruned_next_time_and_the_daily_copy_retries(db, monkeypatch):
    import datetime as dt
    from pathlib import Path

    from unionplanner.domain.storage import backup

    monkeypatch.setattr("unionplanner.core.retry.time.sleep", lambda _s: None)
    start = dt.datetime(2026, 1, 1, 9)
    for day in range(12):
        backup.auto_backup(db.file, keep_days=3, now=start + dt.timedelta(days=day))
    real_unlink, real_replace = Path.unlink, Path.replace
    held = {"count": 0}

    def unlink(self, missing_ok=False):
        raise _held()

    def replace(self, target):
        if held["count"] < 2:  # the indexer lets go after two tries
            held["count"] += 1
            raise _held()
        return real_replace(self, target)

    monkeypatch.setattr(Path, "unlink", unlink)
    monkeypatch.setattr(Path, "replace", replace)
    before = len(backup.list_backups(db.file))
    made = backup.auto_backup(db.file, keep_days=3, now=start + dt.timedelta(days=30))
    assert made is not None and made.exists() and held["count"] == 2
    assert len(backup.list_backups(db.file)) == before + 1  # nothing deleted, nothing lost
    monkeypatch.setattr(Path, "unlink", real_unlink)
    assert backup.prune_backups(db.file, 3, start + dt.timedelta(days=30))


def test_access_denied_from_windows_is_waited_for_as_onedrive_and_scanners_cause_it():
    calls, waits = [], []

    def replace():
        calls.append(1)
        if len(calls) < 2:
            raise _held(5)  # ERROR_ACCESS_DENIED: a file being synced or scanned
        return "done"

    assert retry_shared(replace, sleep=waits.append) == "done" and waits == [0.25]
