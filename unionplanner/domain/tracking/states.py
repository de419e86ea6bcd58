"""The states of an activity in a month (issue "Monthly tracking"), apart from the service
so the command line can list them without loading the database layer (SQLAlchemy's ORM costs
~0.4 s at start-up)."""

NOT_DONE, IN_PROGRESS, DONE, PARTIAL, POSTPONED, CANCELLED = (
    "not_done", "in_progress", "done", "partial", "postponed", "cancelled")
#: state code → Vietnamese label, in the order menus show them
STATES = {
    NOT_DONE: "Chưa thực hiện",
    IN_PROGRESS: "Đang thực hiện",
    DONE: "Đã hoàn thành",
    PARTIAL: "Hoàn thành một phần",
    POSTPONED: "Hoãn",
    CANCELLED: "Không thực hiện",
}
