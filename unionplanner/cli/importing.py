"""What the import commands share (``reports import``, ``reports collect``): the
``--confirm-unit`` values, typed days, and the text an import prints."""

from __future__ import annotations

import argparse
import datetime as dt

from unionplanner.core.errors import UserError


def confirmations(given: list[str] | None) -> dict[str, str]:
    """``--confirm-unit FILE=CODE`` values as file → code; UserError for a malformed one."""
    confirm: dict[str, str] = {}
    for text in given or []:
        file, sep, code = text.rpartition("=")
        if not sep or not file or not code:
            raise UserError(f"\"{text}\" không đúng dạng TỆP=MÃ_ĐƠN_VỊ (--confirm-unit).")
        confirm[file] = code
    return confirm


def import_lines(args: argparse.Namespace, result, files: list[dict]) -> list[str]:
    """What an import did, as the text output prints it (one block per file, then the
    batch and what to do with files waiting for a unit)."""
    from unionplanner.domain.received.models import FILE_STATUSES

    labels = {status: label.upper() for status, label in FILE_STATUSES.items()}
    lines = []
    for item in files:
        short = " – THIẾU CỘT" if item["missing_columns"] and item["status"] in (
            "imported", "replaced") else ""  # not complete: said in the status itself
        lines.append(f"[{labels[item['status']]}{short}] {item['file']}"
                     + (f" → {item['unit']} ({item['values']} giá trị)" if item["unit"] else ""))
        lines += [f"    lỗi: {e}" for e in item["errors"]]
        lines += [f"    lưu ý: {w}" for w in item["warnings"]]
        lines += [f"    có thể là: {c['code']} – {c['name']}" for c in item["candidates"]]
        if item["needs_confirmation"] and item["candidates"]:  # the window's choice, typed
            lines.append(f"    xác nhận bằng: --confirm-unit \"{item['file']}="
                         f"{item['candidates'][0]['code']}\"")
    summary = ", ".join(f"{labels[k].lower()} {v}" for k, v in result.counts().items())
    if args.dry_run:
        lines.append(f"Chạy thử (chưa ghi gì): {summary}.")
    elif result.batch_id:
        lines.append(f"Lần nhập số {result.batch_id}: {summary}. Hoàn tác bằng: unionplanner "
                     f"reports undo {result.batch_id}")
    else:
        lines.append(f"Không có gì được ghi: {summary}.")
    waiting = [item["file"] for item in files if item["needs_confirmation"]]
    if waiting:
        lines.append(f"{len(waiting)} tệp chờ xác nhận đơn vị, chưa nhập: thêm --confirm-unit "
                     "\"TỆP=MÃ_ĐƠN_VỊ\" cho từng tệp rồi chạy lại lệnh.")
    return lines


def day(text: str) -> dt.date:
    """A day typed on the command line (05/11/2026, 5/11/26…); UserError for anything else."""
    from unionplanner.domain.plans.when import parse_date

    found = parse_date(text)
    if found is None:
        raise UserError(f"\"{text}\" không phải một ngày. Hãy ghi dạng 05/11/2026.")
    return found
