"""The reminder to units that have not reported, from the Báo cáo CĐCS page: the text, the
mail program, the office's own mail account (a real SMTP server on localhost), one letter
per unit, and the register of reminders with "Gửi tiếp"."""

from __future__ import annotations

import os

from tests.ui.received.conftest import FILES
from unionplanner.ui.received.page import ReceivedPage


def test_a_ready_reminder_for_the_units_that_have_not_reported(qtbot, office, messages):
    """Issue 17 (reminding units): the chưa nộp list writes a ready Vietnamese reminder with
    the form, the period and the units, to copy."""
    from PySide6.QtGui import QGuiApplication

    from unionplanner.domain.received.session import import_paths

    ctx, form_id, folder = office
    import_paths(ctx.db, [folder / FILES[2]], form_id, "2023-05")
    page = _page(qtbot, ctx, form_id)
    missing = page.missing.records()
    assert page.remind_button.isEnabled() and len(missing) == 87
    page.write_reminder()
    dialog = page._reminder
    text = dialog.text.toPlainText()
    assert "Tháng Công nhân 2023" in text and "tháng 5/2023" in text
    assert missing[0].name in text and missing[-1].name in text
    dialog.copy()
    assert QGuiApplication.clipboard().text() == text and dialog.copy_button.text() == "Đã sao chép"


def test_the_reminder_opens_the_mail_program_addressed_to_the_units(qtbot, office, messages,
                                                                     monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from unionplanner.domain.units.models import Unit

    ctx, form_id, _folder = office
    with ctx.db.transaction() as session:
        for code, email in (("SA001", "gd@example.com"), ("SA002", "a@x.vn; b@x.vn")):
            session.query(Unit).filter(Unit.code == code).one().email = email
    page = _page(qtbot, ctx, form_id)
    page.write_reminder()
    dialog = page._reminder
    assert dialog.addresses == ["gd@example.com", "a@x.vn", "b@x.vn"]
    assert dialog.mail_button.isEnabled() and "Không có địa chỉ thư" in dialog.without.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    dialog.open_mail()
    url = opened[0].toString()
    assert url.startswith("mailto:?bcc=gd@example.com") and "subject=" in url


def test_the_reminder_is_sent_from_the_office_mail_account(qtbot, office, messages,
                                                            monkeypatch, memory_keyring,
                                                            smtp_server):
    """No account yet: "Gửi thư" opens the account dialog (password into the system's
    store, not the settings); after a confirmation each unit with an address gets its own
    message; the server's refusal of one address is reported by name."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import wait_task
    from unionplanner.domain.office.mail import MailAccount, get_account
    from unionplanner.domain.units.models import Unit
    from unionplanner.ui.settings import mail_dialog

    inbox, port = smtp_server
    ctx, form_id, _folder = office
    with ctx.db.transaction() as session:
        for code, email in (("SA001", "gd@example.com"), ("SA002", "a@x.vn; bad@x.vn")):
            session.query(Unit).filter(Unit.code == code).one().email = email
    page = _page(qtbot, ctx, form_id)
    page.write_reminder()
    dialog = page._reminder
    assert dialog.send_button.isEnabled()

    def fill_and_save(account_dialog):
        account_dialog.host.setText("127.0.0.1")
        account_dialog.security.setCurrentIndex(account_dialog.security.findData("none"))
        account_dialog.port.setValue(port)
        account_dialog.user.setText("congdoan")
        account_dialog.sender_address.setText("congdoan@hoaan.vn")
        account_dialog.password.setText("mat-khau-dung")
        account_dialog.save()
        return account_dialog.result()

    monkeypatch.setattr(mail_dialog.MailAccountDialog, "exec", fill_and_save)
    asked, told = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    wait_task(qtbot, dialog.send())
    assert "3" in asked[0] and "congdoan@hoaan.vn" in asked[0]
    assert sorted(rcpt[0] for _f, rcpt, _m in inbox.messages) == ["a@x.vn", "gd@example.com"]
    message = inbox.messages[0][2]
    assert message["Subject"] == "Nhắc gửi báo cáo Tháng Công nhân 2023 tháng 5/2023"
    assert "Kính gửi" in message.get_content()
    assert "Đã gửi 2 thư" in told[0] and "bad@x.vn (550" in told[0]
    with ctx.db.session() as session:
        assert get_account(session) == MailAccount("127.0.0.1", port, "none", "congdoan",
                                                   "congdoan@hoaan.vn")
    assert list(memory_keyring.values()) == ["mat-khau-dung"]


def _page(qtbot, ctx, form_id: int) -> ReceivedPage:
    """The Báo cáo CĐCS page on the sample form's May 2023."""
    page = ReceivedPage(ctx)
    qtbot.addWidget(page)
    page.form.setCurrentIndex(page.form.findData(form_id))
    page.period.set_code("2023-05")
    return page


def _account_and_answers(ctx, port, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from unionplanner.domain.office import mail
    from unionplanner.ui.settings import mail_dialog

    with ctx.db.transaction() as session:
        mail.set_account(session, mail.MailAccount("127.0.0.1", port, "none", "congdoan",
                                                   "congdoan@hoaan.vn"))
    monkeypatch.setattr(mail_dialog, "account_password", lambda _account: "mat-khau-dung")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    return told


def _six_addresses(ctx) -> list[str]:
    from unionplanner.domain.units.models import Unit

    with ctx.db.transaction() as session:
        units = session.query(Unit).order_by(Unit.code).limit(6).all()
        for n, unit in enumerate(units, 1):
            unit.email = f"cd{n}@hoaan.vn"
    return [f"cd{n}@hoaan.vn" for n in range(1, 7)]


def test_a_reminder_stopped_midway_sends_only_the_rest_next(qtbot, office, messages,
                                                            monkeypatch, smtp_server):
    """Issue 29 item 4: after the server stopped taking letters, "Gửi tiếp" sends the
    letters not sent — never the first ones again; issue 27 item 9: each letter names its
    own unit only."""
    from tests.ui.conftest import wait_task

    inbox, port = smtp_server
    inbox.limit, inbox.answer = 2, "421 4.7.0 Too many messages, closing connection"
    ctx, form_id, _folder = office
    told = _account_and_answers(ctx, port, monkeypatch)
    addresses = _six_addresses(ctx)
    page = _page(qtbot, ctx, form_id)
    page.write_reminder()
    dialog = page._reminder
    assert dialog.addresses == addresses
    wait_task(qtbot, dialog.send())
    assert "Đã gửi 2/6 thư; 4 thư chưa gửi" in told[0]
    assert dialog.send_button.text() == "Gửi tiếp 4 thư còn lại…"
    wait_task(qtbot, dialog.send())
    assert "Đã gửi 2/4 thư; 2 thư chưa gửi" in told[1]
    wait_task(qtbot, dialog.send())
    assert "Đã gửi 2 thư" in told[2]
    assert dialog.send_button.text() == "Gửi từ tài khoản thư của cơ quan…"
    received = {rcpt[0]: message.get_content() for _f, rcpt, message in inbox.messages}
    assert sorted(received) == addresses  # each once
    names = [u.name for u in page.missing.records() if u.email]
    for address, name in zip(addresses, names, strict=True):
        assert received[address].startswith(f"Kính gửi: Ban Chấp hành {name}\n")
        assert sum(other in received[address] for other in names) == 1


def test_the_register_of_reminders_finishes_a_sending_after_the_dialog_closed(
        qtbot, office, messages, monkeypatch, smtp_server):
    """The fate of each letter is in the database: the Reminders tab shows it and "Gửi
    tiếp" sends the waiting letters after the reminder dialog (or the program) was
    closed."""
    from tests.ui.conftest import wait_task

    inbox, port = smtp_server
    inbox.limit, inbox.answer = 4, "550 5.4.5 Daily sending quota exceeded"
    ctx, form_id, _folder = office
    told = _account_and_answers(ctx, port, monkeypatch)
    addresses = _six_addresses(ctx)
    page = _page(qtbot, ctx, form_id)
    page.write_reminder()
    wait_task(qtbot, page._reminder.send())
    page._reminder.close()
    panel = page.reminders
    assert page.tabs.tabText(3) == "Thư nhắc"
    [row] = panel.reminders.records()
    assert (row.sent, row.waiting) == (4, 2)
    assert panel.reminders.index(0, 2).data() == "4/6"
    fates = [panel.letters.index(r, 3).data() for r in range(panel.letters.rowCount())]
    assert fates == ["Đã gửi"] * 4 + ["Chưa gửi"] * 2
    assert panel.resume_button.isEnabled()
    assert panel.resume_button.text() == "Gửi tiếp 2 thư còn lại…"
    if folder := os.environ.get("UNIONPLANNER_SCREENSHOTS"):
        page.tabs.setCurrentIndex(3)
        page.resize(1280, 720)
        page.grab().save(os.path.join(folder, "reminders-register.png"))
    wait_task(qtbot, panel.resume())
    assert "Đã gửi 2 thư" in told[-1]
    assert sorted(rcpt[0] for _f, rcpt, _m in inbox.messages) == addresses
    [row] = panel.reminders.records()
    assert (row.sent, row.waiting) == (6, 0) and not panel.resume_button.isEnabled()
