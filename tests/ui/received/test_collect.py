"""Báo cáo CĐCS → "Nhận từ hộp thư…" (issue 30), driven as a clerk would, offscreen, against
a real IMAP server (Dovecot) and SMTP server (aiosmtpd): the files found are listed with
their senders, the wizard follows with them, the import records where each came from, the
receipts go to the senders, and a second collect finds nothing new. Set UNIONPLANNER_SHOTS
to a folder to keep screenshots of each step."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt

from tests import imap_server as dovecot
from tests.conftest import SHARED
from tests.helpers import mail_account, store_mau1
from unionplanner.core import secrets
from unionplanner.domain.collect.register import received_files
from unionplanner.ui.received.page import ReceivedPage

MAU1 = SHARED / "samples-mau1" / "reports"
FILES = ["Mau1_HDCD_6T_Buu_dien_phuong_Hai_Chau.xlsx",
         "BC 6 thang 2025 - Cong ty CP Cap nuoc Song Han.xlsx",
         "BC 6 thang 2025 - Truong THCS Le Hong Phong.ods"]
START = dt.datetime(2025, 6, 2, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def shot(widget, name: str) -> None:
    folder = os.environ.get("UNIONPLANNER_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_collect_from_the_mailbox_then_import_and_send_receipts(
        qtbot, ctx, messages, imap_server, smtp_server, memory_keyring, vietnam_time):
    from unionplanner.domain.office.mail import set_account
    from unionplanner.domain.units.models import Unit

    inbox, port = smtp_server
    if os.environ.get("UNIONPLANNER_SHOTS"):  # the pictures as the clerk sees them
        from PySide6.QtWidgets import QApplication

        from unionplanner.ui.shell.i18n import install_translators

        install_translators(QApplication.instance(), "vi")
    form_id = store_mau1(ctx.db)
    account = mail_account(port)
    with ctx.db.transaction() as session:
        set_account(session, account)
        for unit in session.query(Unit).filter(Unit.code.in_(["HC020", "HC030"])):
            unit.email = f"{unit.code.lower()}@donvi.vn"
    secrets.save_secret(account.secret_account, "mat-khau-dung", what="thư")
    for number, (sender, name) in enumerate(zip(
            ["hc020@donvi.vn", "ketoan.songhan@gmail.com", "thcs.lhp@gmail.com"], FILES)):
        when = (START + dt.timedelta(hours=number * 20)).timestamp()
        imap_server.append(dovecot.message(sender, f"Bao cao 6 thang {number + 1}", when,
                                           [(name, (MAU1 / name).read_bytes())]), when=when)
    imap_server.append(dovecot.message("ban-tin@ldld.vn", "Ban tin", START.timestamp()),
                       when=START.timestamp())
    page = ReceivedPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.form.setCurrentIndex(page.form.findData(form_id))
    page.period.set_code("2025-H1")
    page.collect_button.click()
    dialog = page._collect
    assert dialog.isVisible()
    dialog.mail_choice.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.port.setValue(imap_server.port)
    dialog.user.setText(dovecot.USER)
    dialog.password_field.setText(dovecot.PASSWORD)
    dialog.since.set_date(dt.date(2025, 6, 1))
    dialog.receipts.setChecked(True)
    shot(dialog, "1-collect-dialog")
    dialog.collect_button.click()
    qtbot.waitUntil(lambda: dialog.found.rowCount() == 4, timeout=20_000)
    found = {dialog.found.index(r, 0).data(): dialog.found.index(r, 1).data()
             for r in range(4)}
    assert found[FILES[1]] == "ketoan.songhan@gmail.com"
    assert "ban-tin@ldld.vn" in found.values()  # a message without a file, named as such
    assert dialog.import_button.isEnabled() and "3" in dialog.import_button.text()
    shot(dialog, "2-files-found")
    # the password was kept in this PC's store, the mailbox in the office's settings
    assert secrets.load_secret(f"imap://{dovecot.USER}@127.0.0.1:{imap_server.port}") \
        == dovecot.PASSWORD
    dialog.import_button.click()
    wizard = dialog.wizard
    assert wizard is not None and wizard.isVisible() and not dialog.isVisible()
    assert wizard.files_page.list.count() == 3
    # each file with who sent it and when, beside its name
    assert wizard.files_page.list.item(0).text() == f"{FILES[0]}    ← hc020@donvi.vn, 02/06/2025"
    shot(wizard, "3-wizard-files")
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=20_000)
    shot(wizard, "4-wizard-preview")
    assert sorted(p.status for p in wizard.plans) == ["imported"] * 3
    arrivals = sorted(p.analysis.arrived_on for p in wizard.plans)
    assert arrivals == [dt.date(2025, 6, 2), dt.date(2025, 6, 3), dt.date(2025, 6, 4)]
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20_000)
    assert wizard.outcome.batch_id is not None
    wizard.accept()
    qtbot.waitUntil(lambda: len(inbox.messages) == 3, timeout=20_000)
    assert {to[0] for _f, to, _m in inbox.messages} == {
        "hc020@donvi.vn", "ketoan.songhan@gmail.com", "thcs.lhp@gmail.com"}
    with ctx.db.session() as session:
        rows = received_files(session, form_id, "2025-H1")
    assert sorted(r.sender for r in rows) == sorted(
        ["hc020@donvi.vn", "ketoan.songhan@gmail.com", "thcs.lhp@gmail.com"])
    assert not any("\\Seen" in f for f in imap_server.flags())
    # the register on the page shows each file's sender beside it
    page.reload()
    model = page.received
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) in ("Source", "Nguồn"))
    shown = {model.index(r, 2).data(): model.index(r, column).data()
             for r in range(model.rowCount())}
    assert shown == dict(zip(FILES, ["hc020@donvi.vn", "ketoan.songhan@gmail.com",
                                     "thcs.lhp@gmail.com"]))
    row = next(r for r in range(model.rowCount()) if model.index(r, 2).data() == FILES[0])
    tooltip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert "Tiêu đề: Bao cao 6 thang 1" in tooltip and "Gửi lúc: 02/06/2025 08:00" in tooltip
    page.tabs.setCurrentIndex(0)
    shot(page, "5-register-with-senders")
    # a second collect: nothing new
    page.collect_button.click()
    again = page._collect
    assert again is not dialog and again.host.text() == "127.0.0.1"  # remembered
    assert again.password_field.text() == dovecot.PASSWORD
    again.since.set_date(dt.date(2025, 6, 1))
    again.collect_button.click()
    qtbot.waitUntil(lambda: again.collection is not None, timeout=20_000)
    assert again.collection.seen == 4 and again.collection.messages == 0
    assert again.found.rowCount() == 0 and not again.import_button.isEnabled()
