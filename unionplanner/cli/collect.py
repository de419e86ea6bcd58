"""``unionplanner reports collect`` (returns collected from the office's mailbox or a folder,
then imported as one batch) and ``reports received`` (the register of a period's files with
their sources).

``reports collect`` exits like ``reports import``: 3 when files wait for a unit choice
(``--confirm-unit FILE=CODE`` and run it again: only those are fetched again), 1 when every
file found was refused, else 0 — also when nothing new arrived."""

from __future__ import annotations

import argparse
import shutil
import sys
from typing import Any

from unionplanner.cli.importing import confirmations, day as _day, import_lines
from unionplanner.cli.output import PERIOD_HELP, emit, open_db
from unionplanner.core.errors import UserError


def cmd_reports_collect(args: argparse.Namespace) -> int:
    from unionplanner.domain.collect import service

    since = _day(args.since)
    confirm = confirmations(args.confirm_unit)
    with open_db(args) as db:
        staging = service.staging_dir(db)
        try:
            collection, address, password = _collect(args, db, since, staging)
            result = service.import_collection(db, collection, args.form, args.period,
                                               dry_run=args.dry_run, confirm=confirm)
            moved = receipts = None
            if not args.dry_run and address is not None and args.move_to:
                from unionplanner.domain.collect.mailbox import move_messages

                moved = move_messages(address, password,
                                      service.collected_uids(collection, result), args.move_to)
            if args.send_receipts and not args.dry_run:
                receipts = _send_receipts(db, args, collection, result, address, password)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    files = []
    for plan in result.plans:
        item = collection.item_of(plan.analysis.path)
        one = plan.to_dict(result.batch_id)
        if item is not None:
            one["file"] = item.file_name
            one["arrived_on"] = item.arrived_on.isoformat() if item.arrived_on else None
            one["source"] = item.source_dict()
        files.append(one)
    refused = [{"file": i.file_name, "source": i.source_dict(), "reason": i.reason}
               for i in collection.refused]
    counts = result.counts()
    waiting = [item["file"] for item in files if item["needs_confirmation"]]
    data: dict[str, Any] = {
        "source": collection.source, "messages": collection.messages, "seen": collection.seen,
        "batch": result.batch_id, "dry_run": args.dry_run, "period": result.period or None,
        "form": args.form, "counts": counts, "files": files, "refused": refused,
        "warnings": collection.warnings, "waiting": waiting, "moved": moved,
        "receipts": receipts}
    lines = [f"Nguồn: {collection.source} — {collection.messages} thư mới tải, "
             f"{collection.seen} đã nhận trước đây."]
    lines += [f"[TỪ CHỐI] {r['file']}: {r['reason']}" for r in refused]
    lines += [f"lưu ý: {w}" for w in collection.warnings]
    if files:
        lines += import_lines(args, result, files)
    elif not refused:
        lines.append("Không có báo cáo mới.")
    if moved:
        lines.append(f"Đã chuyển {moved} thư sang thư mục \"{args.move_to}\".")
    if receipts:
        lines.append(f"Thư báo đã nhận: gửi {receipts['sent']}/{receipts['letters']}.")
    emit(args, data, "\n".join(lines))
    if waiting:
        return 3
    statuses = {item["status"] for item in files}
    failed = bool(refused) or "error" in statuses
    return 1 if failed and not statuses & {"imported", "replaced", "duplicate"} else 0


def _collect(args: argparse.Namespace, db, since, staging):
    """(collection, mailbox address or None, password) from --imap-url, --folder or the
    saved mailbox."""
    from pathlib import Path

    from unionplanner.domain.collect import service

    if args.folder:
        with db.session() as session:
            known = service.known_files(session, str(Path(args.folder).resolve()))
        return service.collect_folder(Path(args.folder), since, known, staging), None, None
    address = _address(args, db)
    password = _password(args, address)
    with db.session() as session:
        known = service.known_files(session, address.url)
    collection = service.collect_mail(address, password, since, known, staging)
    return collection, address, password


def _address(args: argparse.Namespace, db):
    from unionplanner.domain.collect.mailbox import get_mailbox, parse_imap_url

    if args.imap_url:
        return parse_imap_url(args.imap_url)
    with db.session() as session:
        address = get_mailbox(session)
    if address is None:
        raise UserError("Chưa có hộp thư nhận báo cáo: hãy ghi --imap-url "
                        "imaps://TÊN@MÁY_CHỦ/INBOX hoặc --folder THƯ_MỤC.")
    return address


def _password(args: argparse.Namespace, address) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    from unionplanner.core import secrets

    password = secrets.load_secret(address.secret_account)
    if password is None:
        raise UserError(f"Chưa lưu mật khẩu của hộp thư {address.user}: hãy gõ nó qua "
                        "--password-stdin, hoặc lưu nó trong cửa sổ Nhận báo cáo từ hộp thư.")
    return password


def _send_receipts(db, args, collection, result, address, password) -> dict[str, int] | None:
    """Receipts for what this collect recorded, from the reminders' account."""
    from unionplanner.core import secrets
    from unionplanner.domain.collect.receipts import receipts_for
    from unionplanner.domain.office.mail import get_account
    from unionplanner.domain.office.reminders import letters_of, send_reminder

    if not collection.items or not result.period:
        return None
    with db.transaction() as session:
        account = get_account(session)
        if account is None:
            raise UserError("Chưa có tài khoản gửi thư của văn phòng (Cài đặt → Thư điện tử): "
                            "chưa gửi thư báo đã nhận.")
        reminder_id = receipts_for(session, collection, form_id=args.form,
                                   period=result.period, sender=account.from_address).id
    smtp_password = secrets.load_secret(account.secret_account)
    if smtp_password is None and address is not None and account.user == address.user:
        smtp_password = password  # one account for sending and receiving (Gmail)
    sent = send_reminder(db, reminder_id, account, smtp_password)
    with db.session() as session:
        letters = len(letters_of(session, reminder_id))
    return {"reminder": reminder_id, "letters": letters, "sent": len(sent.sent),
            "refused": len(sent.refused)}


def cmd_reports_received(args: argparse.Namespace) -> int:
    from unionplanner.domain.collect.register import received_files
    from unionplanner.domain.report_forms.periods import check_period

    period = check_period(args.period)
    with open_db(args) as db, db.session() as session:
        rows = [row.to_dict() for row in received_files(session, args.form, period)]
    text = "\n".join(
        f"{r['arrived_on'] or '?'}\t{r['unit'] or '?'}\t{r['status']}\t{r['file']}"
        + (f"\t{r['source'].get('from') or r['source'].get('folder')}" if r["source"] else "")
        for r in rows)
    emit(args, rows, text or f"Chưa nhận tệp nào kỳ {period}.")
    return 0


def add_collect_commands(reports_sub, common: argparse.ArgumentParser) -> None:
    """``reports collect`` and ``reports received`` on the ``reports`` subcommands."""
    p = reports_sub.add_parser("collect", parents=[common],
                               help="nhận báo cáo từ hộp thư (IMAP) hoặc một thư mục rồi nhập")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--imap-url", metavar="imaps://TÊN@MÁY_CHỦ[:CỔNG]/THƯ_MỤC",
                       help="hộp thư (mặc định: hộp thư đã lưu trong chương trình)")
    where.add_argument("--folder", metavar="THƯ_MỤC",
                       help="thư mục Zalo hoặc trình duyệt lưu tệp nhận được")
    p.add_argument("--since", required=True, metavar="NGÀY", help="nhận thư/tệp từ ngày này, "
                                                                 "ví dụ 01/06/2025")
    p.add_argument("--form", type=int, required=True, metavar="SỐ")
    p.add_argument("--period", metavar="KỲ", help=PERIOD_HELP + " (mặc định: kỳ các tệp "
                                                               "tự ghi)")
    p.add_argument("--password-stdin", action="store_true",
                   help="đọc mật khẩu hộp thư từ dòng đầu của đầu vào chuẩn")
    p.add_argument("--dry-run", action="store_true", help="chỉ đọc và báo, không ghi gì")
    p.add_argument("--confirm-unit", action="append", metavar="TỆP=MÃ",
                   help="tệp này là báo cáo của đơn vị mã MÃ (lặp lại được)")
    p.add_argument("--move-to", metavar="THƯ_MỤC",
                   help="chuyển các thư đã nhận xong sang thư mục này của hộp thư")
    p.add_argument("--send-receipts", action="store_true",
                   help="gửi mỗi người gửi thư báo đã nhận (hoặc lý do tệp bị từ chối)")
    p.set_defaults(func=cmd_reports_collect)
    p = reports_sub.add_parser("received", parents=[common],
                               help="sổ các tệp đã nhận của một kỳ, kèm nguồn")
    p.add_argument("--form", type=int, required=True, metavar="SỐ")
    p.add_argument("--period", required=True, metavar="KỲ", help=PERIOD_HELP)
    p.set_defaults(func=cmd_reports_received)
