"""Issue 28: a SQLite file on a network share (a mapped drive Z:, \\\\server\\share, an SMB or NFS
mount) is opened with the rollback journal, since WAL needs shared memory a network file
system does not give, and the office is told in Vietnamese."""

from __future__ import annotations

import pytest

from unionplanner.domain.storage import database
from unionplanner.domain.storage.database import DRIVE_REMOTE, on_network


def _drives(remote: set[str]):
    return lambda root: DRIVE_REMOTE if root[0].upper() in remote else 3  # 3: a fixed disk


@pytest.mark.parametrize("path, remote", [
    (r"Z:\UnionPlanner\unionplanner.sqlite3", True),
    (r"z:\Dữ liệu\unionplanner.sqlite3", True),
    (r"C:\Users\An\AppData\Local\UnionPlanner\unionplanner.sqlite3", False),
    (r"\\may-chu\congdoan\unionplanner.sqlite3", True),
    ("//may-chu/congdoan/unionplanner.sqlite3", True),
    (r"\\?\UNC\may-chu\congdoan\unionplanner.sqlite3", True),
    (r"\\?\C:\Users\An\unionplanner.sqlite3", False),
])
def test_windows_paths_on_a_share_or_a_mapped_drive(path, remote):
    assert on_network(path, windows=True, drive_type=_drives({"Z"})) is remote


def test_linux_mounts_decide_by_the_file_system_holding_the_file():
    mounts = [("/", "ext4"), ("/mnt/congdoan", "cifs"), ("/mnt/congdoan/local", "ext4"),
              ("/srv/nfs", "nfs4"), ("/mnt/cong", "ext4")]
    assert on_network("/mnt/congdoan/unionplanner.sqlite3", windows=False, mounts=mounts)
    assert not on_network("/mnt/congdoan/local/x.sqlite3", windows=False, mounts=mounts)
    assert on_network("/srv/nfs/a/b.sqlite3", windows=False, mounts=mounts)
    assert not on_network("/mnt/congdoanX/b.sqlite3", windows=False, mounts=mounts)
    assert not on_network("/home/an/b.sqlite3", windows=False, mounts=mounts)


@pytest.mark.sqlite_only
def test_a_file_on_a_share_uses_the_rollback_journal_and_says_so(tmp_path, monkeypatch):
    from sqlalchemy import text

    monkeypatch.setattr(database, "_file_on_network", lambda _file: True)
    db = database.Database(f"sqlite:///{tmp_path / 'share.sqlite3'}")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "delete"
    assert "ổ mạng" in db.notice and "máy chủ dùng chung" in db.notice
    db.dispose()
    monkeypatch.undo()
    local = database.Database(f"sqlite:///{tmp_path / 'local.sqlite3'}")
    with local.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert local.notice == ""
    local.dispose()
