"""Printing the progress report of a tracked plan (báo cáo tiến độ) from the tracking page:
which plan, which file (PDF or Excel), then the file written and announced."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from unionplanner.core.errors import UserError
from unionplanner.ui.office.number import ask_number
from unionplanner.ui.shell import file_dialogs
from unionplanner.ui.shell.saved_bar import announce_saved


def print_progress_report(page: Any) -> None:
    """The chosen plan's progress for this month, as PDF or Excel (the file name's
    suffix decides); a plan is asked for when ``page`` (the TrackingPage, named loosely so
    this module does not import it back) shows them all."""
    from unionplanner.domain.tracking.progress import (
        progress_report,
        write_progress_pdf,
        write_progress_xlsx,
    )

    translate = QCoreApplication.translate
    title = translate("TrackingPage", "Progress report")
    plan_id = page.plan.currentData()
    if plan_id is None:
        labels = [page.plan.itemText(i) for i in range(1, page.plan.count())]
        label, ok = QInputDialog.getItem(page, title, translate("TrackingPage", "Plan"), labels,
                                         0, False)
        if not ok:
            return
        plan_id = page.plan.itemData(labels.index(label) + 1)
    month = f"{page.today.year:04d}-{page.today.month:02d}"
    chosen = file_dialogs.save_path(page, title, f"Tien do {month}.pdf", translate(
        "TrackingPage", "PDF (*.pdf);;Excel workbook (*.xlsx)"))
    if chosen is None:
        return
    try:
        report = page.ctx.read(lambda s: progress_report(s, plan_id, month))
        if chosen.suffix.lower() != ".xlsx":  # the PDF is signed: number it if asked
            number = ask_number(page, page.ctx, f"Báo cáo tiến độ thực hiện {report.plan_label}"
                                                f" đến hết {report.month_text}", "Tiến độ")
            if number is None:
                return
            report.number_text = number
        writer = write_progress_xlsx if chosen.suffix.lower() == ".xlsx" else write_progress_pdf
        written = writer(report, Path(chosen))
    except (UserError, OSError) as exc:
        QMessageBox.warning(page, title, getattr(exc, "message", str(exc)))
        return
    announce_saved(page, written)
