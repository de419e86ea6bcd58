"""The states of an activity in a month, apart from the service so the command line can list
them without loading the database layer (SQLAlchemy's ORM costs ~0.4 s at start-up). The one
label table the window, the command line and the progress report share."""

import calendar
import datetime as dt
from enum import StrEnum

from unionplanner.domain.plans.document import PlanStatus


class ActivityState(StrEnum):
    """An activity's state in one month, as stored ("done"…); ``label`` is its Vietnamese
    name."""

    NOT_DONE = "not_done"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    PARTIAL = "partial"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return STATES[self]


NOT_DONE, IN_PROGRESS, DONE, PARTIAL, POSTPONED, CANCELLED = ActivityState
#: state → Vietnamese label, in the order menus show them
STATES: dict[str, str] = {
    NOT_DONE: "Chưa thực hiện",
    IN_PROGRESS: "Đang thực hiện",
    DONE: "Đã hoàn thành",
    PARTIAL: "Hoàn thành một phần",
    POSTPONED: "Hoãn",
    CANCELLED: "Không thực hiện",
}

#: the plans whose activities are tracked: the office's issued and closed plans
TRACKED = (PlanStatus.ISSUED, PlanStatus.CLOSED)
#: the department shown for an activity nobody leads
NO_DEPARTMENT = "(chưa giao ban)"


def month_end(month: str) -> dt.date:
    """The last day of "YYYY-MM"."""
    year, number = int(month[:4]), int(month[5:])
    return dt.date(year, number, calendar.monthrange(year, number)[1])


def is_late(month: str, status: str | None, as_of: dt.date) -> bool:
    """A scheduled ``month`` with state ``status`` (None: never ticked) is late on
    ``as_of``: the month has ended and nothing, or "chưa thực hiện", was recorded for it
    (a month in progress, partly done, postponed or cancelled is not late)."""
    return month_end(month) < as_of and status in (None, NOT_DONE)
