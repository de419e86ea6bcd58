"""Why a chosen file could not be written: the advice follows the cause."""

from __future__ import annotations

import errno
import os

import pytest

from unionplanner.core.files import cannot_write, controlled_folder

PROFILE = {"USERPROFILE": r"C:\Users\Nguyễn Lan"}


def denied(winerror: int | None = 5) -> OSError:
    error = PermissionError(errno.EACCES, "Permission denied")
    error.winerror = winerror  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize("path, protected", [
    (r"C:\Users\Nguyễn Lan\Documents\Báo cáo.pdf", True),
    (r"c:\users\nguyễn lan\DESKTOP\a.xlsx", True),
    (r"C:\Users\Nguyễn Lan\OneDrive\Documents\a.xlsx", True),
    (r"C:\Users\Nguyễn Lan\OneDrive - LĐLĐ tỉnh\Pictures\x\a.docx", True),
    (r"C:\Users\Nguyễn Lan\Downloads\a.pdf", False),
    (r"C:\Users\Nguyễn Lan\Documents", False),  # the folder itself, not a file in it
    (r"C:\Users\Nguyễn Lan\a.pdf", False),
    (r"C:\Users\Other\Documents\a.pdf", False),
    (r"D:\Documents\a.pdf", False),
    (r"\\server\share\Documents\a.pdf", False),
])
def test_controlled_folders_are_the_profiles_user_folders(path, protected):
    assert controlled_folder(path, PROFILE) is protected


def test_no_profile_means_no_controlled_folder():
    assert not controlled_folder(r"C:\Users\x\Documents\a.pdf", {})


def test_access_denied_in_documents_names_controlled_folder_access():
    message = cannot_write(r"C:\Users\Nguyễn Lan\Documents\BC.pdf", denied(), windows=True,
                           environ=PROFILE)
    assert "\"BC.pdf\"" in message and "Controlled folder access" in message
    assert r"C:\Users\Nguyễn Lan\Documents" in message and "thư mục khác" in message


def test_access_denied_elsewhere_is_a_missing_right():
    message = cannot_write(r"D:\Chung\BC.pdf", denied(), windows=True, environ=PROFILE)
    assert "Không có quyền ghi" in message and "Controlled" not in message
    # on Linux the same error is the folder's rights, never Windows Security
    message = cannot_write("/home/lan/Documents/BC.pdf", denied(None), windows=False,
                           environ={"USERPROFILE": "/home/lan"})
    assert "Không có quyền ghi tệp \"BC.pdf\" vào thư mục /home/lan/Documents" in message


def test_a_file_open_in_excel_says_close_it():
    # Python reports a sharing violation as "Permission denied" too: the Windows code decides
    message = cannot_write(r"C:\Users\Nguyễn Lan\Documents\BC.xlsx", denied(32), windows=True,
                           environ=PROFILE)
    assert "đang mở trong chương trình khác" in message and "Controlled" not in message


@pytest.mark.parametrize("error, words", [
    (OSError(errno.ENOSPC, "No space left on device"), "Ổ đĩa đã đầy"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "không còn"),
    (OSError(errno.EIO, "Input/output error"), "Input/output error"),
])
def test_other_causes(error, words, tmp_path):
    message = cannot_write(tmp_path / "BC.pdf", error)
    assert words in message and "\"BC.pdf\"" in message


def test_a_real_read_only_folder(tmp_path):
    if os.name != "nt" and os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OSError) as caught:
            (folder / "BC.pdf").write_bytes(b"x")
        assert "Không có quyền ghi tệp \"BC.pdf\"" in cannot_write(folder / "BC.pdf", caught.value)
    finally:
        folder.chmod(0o700)


def test_the_command_line_says_why_a_file_was_not_written(tmp_path):
    from unionplanner.cli.output import write_outputs
    from unionplanner.core.errors import UserError

    def writer(document, path):
        path.write_text(document)
        return path

    good = tmp_path / "a.txt"
    with pytest.raises(UserError) as caught:
        write_outputs("x", [(str(good), writer), (str(tmp_path / "gone" / "b.txt"), writer),
                            (None, writer)])
    assert good.read_text() == "x"
    assert "\"b.txt\"" in caught.value.message and "không còn" in caught.value.message


def test_copy_file_keeps_bytes_and_times(tmp_path):
    from unionplanner.core.files import copy_file

    source = tmp_path / "Biên bản.pdf"
    source.write_bytes(b"%PDF minutes")
    os.utime(source, (1_700_000_000, 1_700_000_000))
    copy_file(source, tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == b"%PDF minutes"
    assert (tmp_path / "copy.pdf").stat().st_mtime == 1_700_000_000
    with pytest.raises(FileNotFoundError):
        copy_file(tmp_path / "none.pdf", tmp_path / "x.pdf")
