"""The background-task helper: no dialog for quick jobs, a dialog with Cancel for slow ones,
errors reported in one place, cancelled writes leave nothing behind."""

import time

from PySide6.QtWidgets import QProgressDialog, QPushButton
from sqlalchemy import func, select

from tests.ui.conftest import wait_task
from unionplanner.core.errors import Cancelled, UserError
from unionplanner.core.log import SharedRotatingFileHandler
from unionplanner.domain.units.models import Unit
from unionplanner.ui.shell import errors as ui_errors
from unionplanner.ui.shell.tasks import DIALOG_DELAY_MS, TaskRunner


def visible_progress_dialogs(parent):
    return [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]


def test_quick_job_never_shows_a_dialog(qtbot, window):
    runner = window.ctx.runner
    seen = []
    task = runner.run(lambda progress, cancel: 6071, label="nhanh", on_done=seen.append)
    wait_task(qtbot, task)
    qtbot.wait(DIALOG_DELAY_MS + 100)
    assert seen == [6071]
    assert visible_progress_dialogs(window) == []


def test_slow_job_shows_progress_and_cancel_rolls_back(qtbot, window):
    ctx = window.ctx

    def slow_write(session, progress, cancel):
        for i in range(200):
            session.add(Unit(code=f"S{i:03d}", name=f"CĐCS {i}", sector="hcsn"))
            session.flush()
            progress(i, 200, f"đơn vị {i}")
            cancel.check()
            time.sleep(0.02)

    task = ctx.write(slow_write, label="Đang ghi thử", topics={"units"})
    qtbot.waitUntil(lambda: bool(visible_progress_dialogs(window)), timeout=3000)
    dialog = visible_progress_dialogs(window)[0]
    assert dialog.labelText().startswith("Đang ghi thử")
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button.text() == "Hủy"
    cancel_button.click()
    wait_task(qtbot, task)
    assert isinstance(task.error, Cancelled)
    assert visible_progress_dialogs(window) == []
    with ctx.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Unit).where(
            Unit.code.like("S%"))) == 0


def test_errors_are_reported_centrally(qtbot, window, monkeypatch):
    reported = []
    monkeypatch.setattr(ui_errors, "show_user_error", lambda parent, exc: reported.append(
        ("user", exc.message)))
    monkeypatch.setattr(ui_errors, "report_exception", lambda t, e, tb, parent=None:
                        reported.append(("bug", str(e))))
    runner: TaskRunner = window.ctx.runner

    def user_problem(progress, cancel):
        raise UserError("Tệp bị hỏng. Hãy lưu lại bằng Excel.")

    def bug(progress, cancel):
        raise ZeroDivisionError("chia cho 0")

    wait_task(qtbot, runner.run(user_problem, label="a"))
    wait_task(qtbot, runner.run(bug, label="b"))
    assert reported == [("user", "Tệp bị hỏng. Hãy lưu lại bằng Excel."), ("bug", "chia cho 0")]


def test_crash_handler_logs_and_shows_one_friendly_dialog(tmp_path, messages, qapp):
    import logging
    import sys

    log_file = tmp_path / "app.log"
    ui_errors.setup_logging(log_file)
    old_hook = sys.excepthook
    ui_errors.install_excepthook()
    try:
        try:
            raise KeyError("ma_don_vi")
        except KeyError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old_hook
        for handler in list(ui_errors.log.handlers):
            ui_errors.log.removeHandler(handler)
            handler.close()
        logging.getLogger("unionplanner").setLevel(logging.NOTSET)
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "KeyError: 'ma_don_vi'" in text
    assert len(messages) == 1 and "Rất tiếc" in messages[0][1]


def test_a_log_another_copy_holds_open_keeps_growing_instead_of_failing(tmp_path, capsys):
    """Two copies of the app share the log; on Windows the other copy's open handle makes
    the rename of a rotation fail: records go on into the same file, without errors."""
    import logging

    handler = SharedRotatingFileHandler(tmp_path / "app.log", maxBytes=200,
                                                  backupCount=2, encoding="utf-8")

    def held(_source, _dest):
        error = PermissionError(13, "being used by another process")
        error.winerror = 32
        raise error

    handler.rotate = held
    logger = logging.getLogger("unionplanner.test-rotation")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for number in range(20):
            logger.warning("dòng nhật ký số %d của bản thứ hai", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = (tmp_path / "app.log").read_text(encoding="utf-8")
    assert "số 0 " in text and "số 19 " in text
    assert "Logging error" not in capsys.readouterr().err
