"""The states of an activity in a month, apart from the service so the command line can list
them without loading the database layer (SQLAlchemy's ORM costs ~0.4 s at start-up). The one
label table the window, the command line and the progress report share."""

from enum import StrEnum


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
