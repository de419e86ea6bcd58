"""Monthly tracking of plan activities and overdue computation. Qt-free. Filled by the
tracking issue."""
