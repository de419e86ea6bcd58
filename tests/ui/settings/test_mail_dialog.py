"""Settings → Thư điện tử: the office's mail account, its test message and what the box says."""

from __future__ import annotations

from tests.ui.conftest import wait_task
from unionplanner.ui.settings.mail_dialog import MailAccountDialog, MailBox


def test_test_message_goes_to_the_sender_and_the_box_names_the_account(
        qtbot, ctx, messages, memory_keyring, smtp_server):
    inbox, port = smtp_server
    box = MailBox(ctx)
    qtbot.addWidget(box)
    assert box.label.text().startswith("Chưa có tài khoản thư")
    from unionplanner.domain.office.service import OfficeDetails, save_office

    with ctx.db.transaction() as session:
        save_office(session, OfficeDetails(name="CÔNG ĐOÀN XÃ HÒA AN"))
    dialog = MailAccountDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.sender_name.text() == "CÔNG ĐOÀN XÃ HÒA AN"  # what units know it by
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("starttls"))
    assert dialog.port.value() == 587  # the usual port of the chosen security
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.port.setValue(port)
    dialog.user.setText("congdoan")
    dialog.sender_address.setText("congdoan@hoaan.vn")
    dialog.password.setText("sai")
    wait_task(qtbot, dialog.send_test())
    assert "không nhận tên đăng nhập hoặc mật khẩu" in dialog.result_label.text()
    dialog.password.setText("mat-khau-dung")
    wait_task(qtbot, dialog.send_test())
    assert dialog.result_label.text() == "Đã gửi. Hãy xem hộp thư đến của congdoan@hoaan.vn."
    assert [rcpt for _f, rcpt, _m in inbox.messages] == [["congdoan@hoaan.vn"]]
    dialog.save()
    assert box.label.text() == f"Thư nhắc được gửi từ congdoan@hoaan.vn (127.0.0.1:{port})."


def test_an_account_that_cannot_work_is_not_saved(qtbot, ctx, messages, memory_keyring):
    dialog = MailAccountDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.host.setText("smtp.gmail.com")
    dialog.user.setText("congdoan")  # no @: no sender address
    dialog.password.setText("x")
    dialog.save()
    assert "có dấu @" in dialog.result_label.text() and not dialog.result()
    assert memory_keyring == {}
