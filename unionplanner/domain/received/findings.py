"""What analysing a received file finds: problems with their place, values, each unit's
part, label mappings, the user's overrides, and the context files are read against. Plain
dataclasses; :mod:`unionplanner.domain.received.analysis` fills them."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from unionplanner.domain.received.matching import Target, UnitCandidate, UnitIndex, UnitMatch
from unionplanner.domain.sheets import detect
from unionplanner.domain.sheets.workbook import Book


class Severity(StrEnum):
    """How much a :class:`Problem` matters: ``ERROR`` the value or the file is not taken,
    ``WARNING`` taken but to be looked at, ``INFO`` said for the record."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class FileState(StrEnum):
    """A file as judged, before it is planned against the register: readable and judged
    (``OK``), not importable (``FAILED``: unreadable, no table, no unit) or left out
    (``SKIPPED``: a lock file, or the clerk said so). What an import then does with it is a
    :class:`~unionplanner.domain.received.models.FileStatus`."""

    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass
class Problem:
    """Something to tell the user about a file: ``severity`` error (the value or file is
    not taken), warning (taken, but look) or info; ``message`` in Vietnamese; ``sheet`` and
    ``cell`` ("D14") where it is."""

    severity: Severity
    message: str
    sheet: str = ""
    cell: str = ""

    def text(self) -> str:
        where = []
        if self.sheet:
            where.append(f"trang \"{self.sheet}\"")
        if self.cell:
            where.append(f"ô {self.cell}")
        prefix = ", ".join(where)
        return (prefix[:1].upper() + prefix[1:] + ": " if where else "") + self.message

    def to_dict(self) -> dict[str, str]:
        return {"severity": self.severity, "message": self.text(), "sheet": self.sheet,
                "cell": self.cell}


@dataclass
class FoundValue:
    """One value read: indicator ``code``, the stored ``value`` (int, bool or None when
    unreadable), the cell it came from, the label as the file words it, the match score,
    whether the match is sure, the form's value ``column`` it belongs to (0: the main
    figure) and the note written beside it ("Ghi chú")."""

    code: str
    value: int | bool | None
    cell: str
    label: str = ""
    score: float = 100.0
    sure: bool = True
    column: int = 0
    note: str = ""


@dataclass
class UnitPart:
    """One unit's report inside a file (a unit report has one, a cluster sheet many)."""

    match: UnitMatch
    values: dict[str, FoundValue] = field(default_factory=dict)
    #: values of the form's other columns ("Nữ"), by (code, column)
    more: dict[tuple[str, int], FoundValue] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    row: int | None = None  # its row on a cluster sheet (0-based)

    @property
    def unit(self) -> UnitCandidate | None:
        return self.match.unit


@dataclass
class Mapping:
    """How a label of the file was mapped: ``index`` is its row (rows layout) or column
    (units layout), 0-based; ``code`` None when it matched nothing."""

    index: int
    label: str
    code: str | None
    score: float
    sure: bool
    remembered: bool = False


@dataclass
class Overrides:
    """What the user changed in the preview: another sheet, the unit (for a one-unit file),
    label mappings (row/column index → indicator code, or None to drop it), typed values
    ((unit id, code) → value), whether to skip the file, the day it arrived, whether the
    clerk takes it for the period being imported though it states another, and the unit
    whose address sent it (not the clerk's change: what the mail said)."""

    sheet: str | None = None
    unit_id: int | None = None
    mapping: dict[int, str | None] = field(default_factory=dict)
    values: dict[tuple[int, str], int | bool | None] = field(default_factory=dict)
    skip: bool = False
    arrived_on: dt.date | None = None  # the day the file arrived, as the clerk gives it
    #: the clerk says the file's figures are of the period being imported, although the
    #: file states another (a heading left from last year's copy)
    period_accepted: bool = False
    #: the unit whose e-mail address sent the file (a collected return): evidence for the
    #: unit the file names, or a reason to ask when it names another
    sender_unit_id: int | None = None


@dataclass
class FormSpec:
    """The form as analysis needs it: form id, version id and number, targets in order,
    indicator kinds by code, the labels of its value columns (empty for one column), by
    code, the columns that apply to an indicator (absent: all), and the period kinds it is
    filled for."""

    form_id: int
    version_id: int
    version: int
    targets: list[Target]
    columns: list[str] = field(default_factory=list)
    applies: dict[str, list[int]] = field(default_factory=dict)
    #: the period kinds the form is filled for (PeriodKind codes; empty: months)
    period_kinds: list[str] = field(default_factory=list)
    #: the template's table as learnt (``FormVersion.layout``: value columns by header
    #: path, unit and scale); empty for a form made by hand or learnt before it was kept
    layout: dict = field(default_factory=dict)
    #: total rows: code → the codes of the rows it sums (computed, never taken from a file)
    totals: dict[str, list[str]] = field(default_factory=dict)
    #: the figures asked above the table: code → (the line's label, the unit it states)
    outside: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def table_targets(self) -> list[Target]:
        """The indicators read from the table's rows (all but :attr:`outside`)."""
        return [t for t in self.targets if t.code not in self.outside]

    def blank_is_zero(self, column: int = 0) -> bool:
        """Whether a blank cell of value column ``column`` means 0: as the form says
        (``layout["columns"][column]["blank"]``, "zero" or "none", learnt with the form —
        :func:`unionplanner.domain.report_forms.learn.blank_reading` — and shown to the
        clerk); a form made before it was said keeps the old reading, 0."""
        columns = self.layout.get("columns") or []
        said = columns[column].get("blank") if column < len(columns) else None
        return bool((said or self.layout.get("blank") or "zero") == "zero")

    @functools.cached_property
    def kinds(self) -> dict[str, str]:
        return {t.code: t.kind for t in self.targets}


@dataclass
class UnitFacts:
    """What outlier checks know of a unit: workers and members (người), whether it is active
    in the period."""

    workers: int | None = None
    members: int | None = None
    active: bool = True


@dataclass
class FileAnalysis:
    """Everything found in one file (see the module text). ``status`` is a
    :class:`FileState`; ``problems`` are about the file as a whole, each
    part's own about its values."""

    path: Path
    status: FileState = FileState.OK
    sha256: str = ""
    size: int = 0
    book: Book | None = None
    table: detect.Table | None = None
    sheet_names: list[str] = field(default_factory=list)
    other_sheets: list[str] = field(default_factory=list)  # also look like reports
    parts: list[UnitPart] = field(default_factory=list)
    mappings: list[Mapping] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    is_revision: bool = False
    report_date: dt.date | None = None
    overrides: Overrides = field(default_factory=Overrides)
    #: the day the file reached the office: the clerk's date, else the file's own date
    #: (saved from the e-mail), never after the day it is imported
    arrived_on: dt.date | None = None
    #: the form's value columns the file lacks (their names): it is then not complete
    unplaced: list[str] = field(default_factory=list)
    #: the period the file states when it is not the one being imported (its code)
    other_period: str | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def error(self) -> str | None:
        errors = [p.text() for p in self.problems if p.severity == Severity.ERROR]
        return errors[0] if errors else None

    def all_problems(self) -> list[Problem]:
        found = list(self.problems)
        for part in self.parts:
            found.extend(part.problems)
        return found

    def fail(self, message: str, **where: str) -> FileAnalysis:
        self.status = FileState.FAILED
        self.problems.append(Problem(Severity.ERROR, message, **where))
        return self


@dataclass
class AnalysisContext:
    """What every file of a batch is read against: the form, the units (index and facts),
    the period (YYYY-MM), and per unit the values of its latest earlier report (code →
    value) for the "10× last period" check."""

    form: FormSpec
    units: UnitIndex
    facts: dict[int, UnitFacts]
    period: str
    previous: dict[int, dict[str, int]] = field(default_factory=dict)


