"""One import of grassroots returns, as the wizard and ``reports import`` both drive it.

An :class:`ImportSession` holds the files, each **read once** (:meth:`ImportSession.read`, the
only I/O, run off the GUI thread), the form and period chosen, the clerk's changes per file
and what each file will do. Each of the clerk's actions — :meth:`~ImportSession.set_unit`,
:meth:`~ImportSession.set_sheet`, :meth:`~ImportSession.set_mapping`,
:meth:`~ImportSession.set_value`, :meth:`~ImportSession.skip`,
:meth:`~ImportSession.set_arrival` … — judges the file again from what was read (no file is
touched, no database asked) and plans the batch again; they are the only place a file's
status changes. :meth:`~ImportSession.commit` then writes it all in the caller's one
transaction. Nothing here knows of Qt.

Typical use::

    session = ImportSession(expand_paths(["Hop thu/"]))
    session.read(progress=..., cancel=...)                  # worker thread
    guess = session.guess_period(kinds)                     # the period the files state
    with db.session() as s:
        session.choose_period(s, form_id, guess.period)     # judge every file
    session.set_unit(2, unit_id)                            # the clerk's choices
    with db.transaction() as s:
        result = session.commit(s, received_dir(db))
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from unionplanner.core.errors import UserError
from unionplanner.core.heap import lasting_objects
from unionplanner.core.progress import CancelToken, ProgressFn, no_progress
from unionplanner.domain.received.analysis import judge
from unionplanner.domain.received.findings import AnalysisContext, FileAnalysis, Overrides
from unionplanner.domain.received.import_lock import lock_period
from unionplanner.domain.received.models import FileStatus
from unionplanner.domain.received.period_guess import PeriodGuess, guess_period
from unionplanner.domain.received.planning import FilePlan, RegisterState, load_register, plan_files
from unionplanner.domain.received.reading import FileRead, iter_reads, same_file
from unionplanner.domain.received.service import (
    BatchResult,
    Remember,
    commit_batch,
    expand_paths,
    prepare,
    received_dir,
)
from unionplanner.domain.sheets import detect

if TYPE_CHECKING:
    from unionplanner.domain.storage.database import Database

logger = logging.getLogger(__name__)


@dataclass
class ImportFile:
    """One file of the session: its ``read`` (None until read), the clerk's ``overrides``,
    and, once a period is chosen, its ``analysis`` and ``plan``."""

    path: Path
    read: FileRead | None = None
    overrides: Overrides = field(default_factory=Overrides)
    analysis: FileAnalysis | None = None
    plan: FilePlan | None = None

    @property
    def name(self) -> str:
        return self.path.name


class NotReady(UserError):
    """An action that needs the files read and a period chosen was asked for too early."""


class ImportSession:
    """An import in progress (see the module text). ``files`` keep the order given."""

    def __init__(self, paths: Sequence[str | Path] = ()) -> None:
        #: path → the unit whose e-mail address sent the file (a collected return)
        self.senders: dict[Path, int] = {}
        self.files: list[ImportFile] = [self._new_file(Path(p)) for p in paths]
        self.ctx: AnalysisContext | None = None
        self.register: RegisterState | None = None
        #: called in the commit's transaction once the batch is written (the collect
        #: records where each file came from): (session, result) → None
        self.after_commit: list[Callable[[Session, BatchResult], None]] = []

    # -- the files -----------------------------------------------------------------------------
    @property
    def paths(self) -> list[Path]:
        return [f.path for f in self.files]

    def set_paths(self, paths: Sequence[str | Path]) -> None:
        """The files of the import, in order: files already read keep their read and the
        clerk's changes; new ones are read by the next :meth:`read`."""
        kept = {f.path: f for f in self.files}
        self.files = [kept.get(Path(p)) or self._new_file(Path(p)) for p in paths]
        self._judge_all()

    def _new_file(self, path: Path) -> ImportFile:
        return ImportFile(path, overrides=Overrides(sender_unit_id=self.senders.get(path)))

    def set_senders(self, senders: dict[Path, int]) -> None:
        """Path → the unit whose e-mail address sent the file (a collected return): evidence
        for the unit the file names, or a wait for the clerk when it names another. Kept for
        files given later too."""
        self.senders = dict(senders)
        for file in self.files:
            if file.overrides.sender_unit_id != self.senders.get(file.path):
                file.overrides.sender_unit_id = self.senders.get(file.path)
                file.analysis = None
        self._judge_all()  # once for them all, not once per file

    def changed_files(self) -> list[str]:
        """The names of the files the clerk changed something of (an arrival day, a unit,
        a sheet, a mapping, a typed value, a skip, a period accepted): what a Cancel loses."""
        return [f.name for f in self.files
                if dataclasses.replace(f.overrides, sender_unit_id=None) != Overrides()]

    @property
    def unread(self) -> list[Path]:
        """Files not read yet, or changed on disk since they were read."""
        return [f.path for f in self.files if f.read is None or not same_file(f.read)]

    def read(self, *, progress: ProgressFn = no_progress,
             cancel: CancelToken | None = None) -> None:
        """Read the files not read yet (the only I/O of the session; run it off the GUI
        thread). Bad files are not errors here: each read says what is wrong. With a period
        already chosen, each batch is judged while the worker reads the next. Raises
        Cancelled when ``cancel`` is set (what was read so far is kept)."""
        wanted = self.unread
        if not wanted:
            return
        by_path = {f.path: f for f in self.files}
        count = 0
        with lasting_objects() as keep:
            try:
                for batch in iter_reads(wanted, progress=progress, cancel=cancel):
                    keep()  # the reads so far stay until the import ends
                    for read in batch:
                        file = by_path[read.path]
                        file.read, file.analysis, file.plan = read, None, None
                        if self.ctx is not None:
                            file.analysis = judge(read, self.ctx, file.overrides)
                    count += len(batch)
            finally:
                logger.info("read %d of %d file(s) for an import", count, len(wanted))
                self._judge_all()

    def guess_period(self, kinds: Sequence[str]) -> PeriodGuess:
        """The period the files read state, for a form filled for ``kinds`` (see
        :mod:`unionplanner.domain.received.period_guess`); no file is read again."""
        return guess_period([f.read for f in self.files if f.read is not None], kinds)

    # -- the form and period ------------------------------------------------------------------
    def choose_period(self, session: Session, form_id: int, period: str) -> None:
        """Judge every file against form ``form_id`` for ``period`` (a period code): loads
        the form, the units and the register's state (a read of ``session``), then judges
        and plans without touching a file. Raises UserError for a bad period."""
        self.ctx = prepare(session, form_id, period)
        self.register = load_register(session, self.ctx)
        for file in self.files:
            file.analysis = None
        self._judge_all()

    def units_changed(self, session: Session) -> None:
        """The unit list changed (a unit was added from the preview): the units are loaded
        again and the files that named no known unit are judged again."""
        ctx = self._ready()
        self.ctx = prepare(session, ctx.form.form_id, ctx.period)
        for file in self.files:
            analysis = file.analysis
            if analysis is None or not analysis.parts or analysis.parts[0].unit is None \
                    or file.overrides.unit_id is not None:
                file.analysis = None
        self._judge_all()

    # -- the clerk's changes ------------------------------------------------------------------
    def set_unit(self, index: int, unit_id: int | None) -> None:
        """File ``index`` is the report of unit ``unit_id`` (the clerk's choice, or
        ``--confirm-unit``); None: let the file say again."""
        self._change(index, unit_id=unit_id)

    def set_sheet(self, index: int, sheet: str | None) -> None:
        """Read file ``index`` from sheet ``sheet`` (the row ↔ indicator choices made on
        the other sheet are dropped)."""
        file = self.files[index]
        file.overrides.mapping.clear()
        self._change(index, sheet=sheet)

    def set_mapping(self, index: int, where: int, code: str | None) -> None:
        """In file ``index``, the row (or column) ``where`` (0-based) holds indicator
        ``code``; None: it holds none of the form's."""
        self.files[index].overrides.mapping[where] = code
        self._rejudge(index)

    def set_value(self, index: int, unit_id: int, code: str,
                  value: int | bool | None) -> None:
        """The clerk's figure for indicator ``code`` of unit ``unit_id`` in file ``index``
        replaces what the file says (already parsed by kind: người, đồng… as int, yes/no
        as bool)."""
        self.files[index].overrides.values[(unit_id, code)] = value
        self._rejudge(index)

    def skip(self, index: int, skipped: bool = True) -> None:
        """Do not import file ``index`` (or import it again)."""
        self._change(index, skip=skipped)

    def accept_period(self, index: int, accepted: bool = True) -> None:
        """The clerk says file ``index`` holds figures of the period being imported, although
        it states another (see :func:`~unionplanner.domain.received.period_checks.
        check_stated_period`); False: refuse it again."""
        self._change(index, period_accepted=accepted)

    def set_arrival(self, index: int, day: dt.date | None) -> None:
        """The day file ``index`` reached the office (None: the file's own date)."""
        file = self.files[index]
        file.overrides.arrived_on = day
        if file.analysis is not None and file.read is not None:
            file.analysis.arrived_on = day or file.read.modified_on

    def set_arrival_all(self, day: dt.date | None) -> None:
        """Every file of the import arrived on ``day`` (they came in one e-mail)."""
        for index in range(len(self.files)):
            self.set_arrival(index, day)

    def confirm_units(self, chosen: dict[str, int]) -> None:
        """File name → unit id, for ``--confirm-unit FILE=CODE``. Raises UserError for a
        name that is not one of the files."""
        names = {f.name: i for i, f in enumerate(self.files)}
        for name, unit_id in chosen.items():
            if name not in names:
                raise UserError(f"Không có tệp \"{name}\" trong các tệp đang nhập "
                                "(--confirm-unit). Hãy ghi đúng tên tệp.")
            self.files[names[name]].overrides.unit_id = unit_id
            self.files[names[name]].analysis = None
        self._judge_all()

    # -- what will happen ---------------------------------------------------------------------
    @property
    def plans(self) -> list[FilePlan]:
        """What each file will do, in the files' order (empty before a period is chosen)."""
        return [f.plan for f in self.files if f.plan is not None]

    def remembered(self) -> Remember:
        """Choices to remember for next time: indicator wordings the clerk confirmed
        (unsure or changed mappings left in place) and the unit names of one-unit files
        whose unit was unsure or chosen."""
        remember = Remember()
        for plan in self.plans:
            if plan.status not in (FileStatus.IMPORTED, FileStatus.REPLACED):
                continue
            analysis = plan.analysis
            for m in analysis.mappings:
                if m.code and (not m.sure or m.index in analysis.overrides.mapping):
                    remember.indicators.append((m.code, m.label))
            if analysis.table is not None and analysis.table.layout == detect.ROWS:
                for part in plan.parts:
                    match = part.part.match
                    if part.part.unit and match.source in ("header", "sheet") and not match.sure:
                        remember.units.append((part.part.unit.id, match.text))
        return remember

    def commit(self, session: Session, files_dir: Path, *, fresh: bool = False,
               remember: Remember | None = None, progress: ProgressFn = no_progress,
               cancel: CancelToken | None = None) -> BatchResult:
        """Write what is planned in ``session``'s transaction (all or nothing; see
        :func:`~unionplanner.domain.received.service.commit_batch`), the originals copied
        into ``files_dir``. Imports of one form and period take turns. ``fresh``: plan
        again against the register as it is once the turn comes (the command line);
        otherwise the plan the clerk saw is written, and
        :class:`~unionplanner.domain.received.import_lock.ImportedMeanwhile` is raised if
        someone changed those units' reports meanwhile."""
        ctx = self._ready()
        lock_period(session, ctx.form.form_id, ctx.period)
        if fresh:
            self.register = load_register(session, ctx)
            self._plan()
        with lasting_objects() as keep:
            keep()  # the files read and judged: the rows written are the new objects
            result = commit_batch(session, files_dir, ctx, self.plans, remember=remember,
                                  progress=progress, cancel=cancel)
            for hook in self.after_commit:
                hook(session, result)
        logger.info("import of form %s for %s: batch %s, %s", ctx.form.form_id, ctx.period,
                    result.batch_id, result.counts())
        return result

    # -- judging ------------------------------------------------------------------------------
    def _ready(self) -> AnalysisContext:
        if self.ctx is None:
            raise NotReady("Chưa chọn mẫu báo cáo và kỳ báo cáo.")
        return self.ctx

    def _change(self, index: int, **changes: object) -> None:
        overrides = self.files[index].overrides
        for name, value in changes.items():
            setattr(overrides, name, value)
        self._rejudge(index)

    def _rejudge(self, index: int) -> None:
        self.files[index].analysis = None
        self._judge_all()

    def _judge_all(self) -> None:
        """Judge the files not judged yet (pure: from their reads), then plan the batch."""
        if self.ctx is None:
            return
        for file in self.files:
            if file.analysis is None and file.read is not None:
                file.analysis = judge(file.read, self.ctx, file.overrides)
        self._plan()

    def _plan(self) -> None:
        if self.ctx is None or self.register is None:
            return
        judged = [f for f in self.files if f.analysis is not None]
        plans = plan_files(self.ctx, [f.analysis for f in judged if f.analysis is not None],
                           self.register)
        for file in self.files:
            file.plan = None
        for file, plan in zip(judged, plans):
            file.plan = plan


# --- the whole import, for the command line ------------------------------------------------

def import_paths(db: Database, items: Sequence[str | Path], form_id: int,
                 period: str | None, *, dry_run: bool = False,
                 confirm: dict[str, str] | None = None, arrived_on: dt.date | None = None,
                 setup: Callable[[Session, ImportSession], None] | None = None,
                 progress: ProgressFn = no_progress,
                 cancel: CancelToken | None = None) -> BatchResult:
    """The whole import for the command line, over one :class:`ImportSession`: expand
    folders, read every file once, judge, plan and (unless ``dry_run``) commit in one
    transaction. Bad files never stop the others. ``period`` None: the one period the files
    state (UserError, nothing written, when they state none or disagree). ``confirm`` (file
    name or path → unit code) says which unit a file is from: a file waiting for that
    choice (:attr:`FileStatus.WAITING`) is then imported for it. Raises UserError for a
    confirmed file that is not in the batch or a code no unit has. ``arrived_on``: the day
    the files reached the office (default: each file's own date). ``setup`` is called with
    a database session and the import session before the files are read (a collect gives
    each file its sender and registers what to record at the commit)."""
    from unionplanner.domain.received.period_guess import period_from_files
    from unionplanner.domain.report_forms.service import get_form

    files = expand_paths(items)
    if not files:
        raise UserError("Không có tệp nào để nhập (chỉ nhận .xlsx, .xlsm, .xls, .ods, .csv).")
    imports = ImportSession(files)
    with db.session() as session:
        if period is not None:  # each batch is then judged while the next is read
            imports.choose_period(session, form_id, period)
        else:  # the form's period kinds, for the guess once the files are read
            kinds = list(get_form(session, form_id).current.period_kinds or [])
        imports.confirm_units(_confirmed_units(session, confirm or {}))
        if setup is not None:
            setup(session, imports)
    imports.read(progress=progress, cancel=cancel)
    if period is None:
        period = period_from_files(imports.guess_period(kinds))
        with db.session() as session:
            imports.choose_period(session, form_id, period)
    if arrived_on is not None:
        imports.set_arrival_all(arrived_on)
    if dry_run:
        return BatchResult(None, imports.plans, period)
    with db.transaction() as session:
        return imports.commit(session, received_dir(db), fresh=True, progress=progress,
                              cancel=cancel)


def _confirmed_units(session: Session, confirm: dict[str, str]) -> dict[str, int]:
    """File name → unit id for ``--confirm-unit FILE=CODE`` (FILE as listed, or its path).
    Raises UserError for a code no unit has."""
    from sqlalchemy import select

    from unionplanner.domain.units.models import Unit

    by_code = {code.lower(): unit_id for unit_id, code in session.execute(
        select(Unit.id, Unit.code))}
    chosen: dict[str, int] = {}
    for name, code in confirm.items():
        unit_id = by_code.get(code.strip().lower())
        if unit_id is None:
            raise UserError(f"Không có đơn vị mã \"{code}\" (--confirm-unit). Xem danh sách bằng "
                            "lệnh \"unionplanner units list\".")
        chosen[Path(name).name] = unit_id
    return chosen
