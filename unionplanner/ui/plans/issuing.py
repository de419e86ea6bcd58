"""Issuing and closing a plan from the editor: what will be fixed is shown and asked first.

Issuing fixes the number, the date and the signature (later changes are kept as amendments)
and starts tracking; a plan made from last year's text can be late in every month the day
it is issued. So "Ban hành" shows the number, date and signer it will fix and how many
activity-months are already past, and issues only when the user confirms.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from unionplanner.core.errors import UserError
from unionplanner.domain.plans.document import PlanDocument, PlanStatus
from unionplanner.ui.shell.context import PLANS


def issue_question(doc: PlanDocument, late: int, today: dt.date) -> str:
    """The confirmation text: number, date and signer that issuing fixes, and a warning
    when ``late`` activity-months (months before ``today``'s) are already past."""
    translate = QCoreApplication.translate
    signer = " / ".join(part for part in (doc.signer.authority, doc.signer.delegation,
                                          doc.signer.title,
                                          doc.signer.name) if part)
    signer = signer or translate("PlanIssuing", "(no signer)")
    date = (doc.date.strftime("%d/%m/%Y") if doc.date
            else translate("PlanIssuing", "(no date)"))
    number = doc.number_text.removeprefix("Số:").strip()
    text = "\n".join((
        translate("PlanIssuing", "Issue this plan? The number, date and signer below are then "
                                 "fixed; later changes are kept as amendments."), "",
        translate("PlanIssuing", "Number: %1").replace("%1", number),
        translate("PlanIssuing", "Date: %1").replace("%1", date),
        translate("PlanIssuing", "Signed by: %1").replace("%1", signer)))
    if late:
        text += "\n\n" + translate(
            "PlanIssuing", "Warning: %1 activity-month(s) are already past on issuing (months "
                           "before %2). Check the months of the activities if the plan was made "
                           "from an older text.").replace("%1", str(late)).replace(
            "%2", today.strftime("%m/%Y"))
    return text


def change_status(editor: Any, status: str, today: dt.date | None = None) -> None:
    """Save ``editor``'s plan (the PlanEditor, named loosely so this module does not
    import it back), ask (issuing: what is fixed and what is late; closing: that
    it can no longer change), then move it to ``status`` in one transaction."""
    from unionplanner.domain.plans.service import set_status
    from unionplanner.domain.tracking.service import activity_rows

    translate = QCoreApplication.translate
    if not editor.save():
        return
    today = today or dt.date.today()
    if status == PlanStatus.ISSUED:
        late = editor.ctx.read(lambda s: sum(
            len(row.late_months(today)) for row in activity_rows(s, [editor.stored_id])))
        question = (translate("PlanIssuing", "Issue the plan"),
                    issue_question(editor.doc, late, today))
    elif status == PlanStatus.CLOSED:
        question = (translate("PlanIssuing", "Close the plan"), translate(
            "PlanIssuing", "Mark this plan as finished? It can no longer be changed."))
    else:
        question = None
    if question and QMessageBox.question(editor, *question) != QMessageBox.StandardButton.Yes:
        return
    try:
        plan = editor.ctx.write_now(lambda s: set_status(s, editor.stored_id, status),
                                    topics={PLANS})
    except UserError as exc:
        QMessageBox.warning(editor, editor.windowTitle() or translate("PlanIssuing", "Plan"),
                            exc.message)
        return
    editor.status, editor._amending = plan.status, False
    editor._seen = plan.updated_at
    editor.refresh()
