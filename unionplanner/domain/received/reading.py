"""Reading received files once: the I/O of an import, apart from judging what was read.

:func:`iter_reads` reads a pile of returns in the reading worker (see
:mod:`unionplanner.core.isolation`), several files per round trip, and gives one
:class:`FileRead` per file: the workbook as a grid of cells, the SHA-256 of its bytes, its size
and its own date — or the Vietnamese sentence saying why it cannot be read. Everything an
import then decides (the table, the unit, the values, the period the file states) is worked
out from a :class:`FileRead` without touching the disk again (see
:mod:`unionplanner.domain.received.analysis` and :mod:`unionplanner.domain.received.session`).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from unionplanner.core.errors import UserError
from unionplanner.core.isolation import map_isolated
from unionplanner.core.progress import CancelToken, ProgressFn, no_progress
from unionplanner.core.text import clean
from unionplanner.domain.received.period_checks import StatedPeriod
from unionplanner.domain.report_forms.periods import PeriodKind, parse_period, stated_period, widest
from unionplanner.domain.sheets import detect
from unionplanner.domain.sheets.workbook import (
    READ_SECONDS,
    BadFile,
    Book,
    NotAReport,
    Sheet,
    read_book,
    read_book_here,
)

logger = logging.getLogger(__name__)

#: rows from the top of a sheet whose text may state the period (titles sit above the table)
_HEADER_ROWS = 15
#: the first sheets whose header may state the period (a narrative sheet may come first)
_PERIOD_SHEETS = 3
#: files read in one round trip to the worker (fewer for large files, see :func:`_batches`)
BATCH_FILES = 24
#: bytes of files read in one round trip
BATCH_BYTES = 4 * 2**20
#: what the clerk reads about a file a library broke on in a way nobody listed
BROKEN = ("Tệp \"{name}\" bị hỏng hoặc có cấu trúc lạ, không đọc được. Hãy mở tệp bằng Excel, "
           "lưu lại thành .xlsx rồi nhập lại, hoặc đề nghị đơn vị gửi lại.")


@dataclass(eq=False)
class FileRead:
    """One received file as read, once. ``book`` is None when it could not be read:
    ``failure`` then says why and what to do (the file cannot be imported), or ``not_report``
    says it is no report at all (an Office lock file, skipped quietly). ``size`` in bytes,
    ``modified_on`` the file's own date (when it was saved from the e-mail), ``stamp`` its
    (size, modification time in ns) when read, to notice a file changed since."""

    path: Path
    size: int = 0
    modified_on: dt.date | None = None
    stamp: tuple[int, int] = (0, 0)
    sha256: str = ""
    book: Book | None = None
    failure: str | None = None
    not_report: str | None = None
    #: for the log: what a library raised on a broken file (not shown to the clerk)
    detail: str = ""
    #: sheet name → its tables (names are unique in a book, and survive the trip back
    #: from the worker, where the tables are found)
    _tables: dict[str, list[detect.Table]] = field(default_factory=dict, repr=False)
    _stated: dict[tuple[str, ...], StatedPeriod | None] = field(default_factory=dict,
                                                               repr=False)
    #: sheet name → its table read whole (None: no table of indicators), for learnt forms
    _laid: dict[str, detect.Table | None] = field(default_factory=dict, repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    def tables(self, sheet: Sheet) -> list[detect.Table]:
        """The tables found on ``sheet`` of this book (found once, then kept: judging a
        file again after a clerk's change finds the same tables)."""
        if sheet.name not in self._tables:
            self._tables[sheet.name] = detect.find_tables(sheet)
        return self._tables[sheet.name]

    def laid_table(self, sheet: Sheet) -> detect.Table | None:
        """The table of ``sheet`` read whole, as a learnt form's layout is read
        (:func:`unionplanner.domain.received.laid.laid_table`), or None when the sheet holds
        no table of indicators with value columns; found once, then kept."""
        if sheet.name not in self._laid:
            from unionplanner.domain.received.laid import laid_table
            from unionplanner.domain.report_forms.anatomy import read_anatomy

            anatomy = read_anatomy(sheet)
            usable = anatomy is not None and anatomy.value_columns and anatomy.rows
            self._laid[sheet.name] = laid_table(anatomy) if usable and anatomy else None
        return self._laid[sheet.name]

    @functools.cached_property
    def marker(self) -> dict[str, object] | None:
        """The marker of a form this program generated (see
        :meth:`unionplanner.domain.sheets.workbook.Book.marker`), or None."""
        return self.book.marker() if self.book is not None else None

    @functools.cached_property
    def period_texts(self) -> list[str]:
        """The texts that may state the period: the header block above the first table of
        each of the first sheets, and every text of their top rows."""
        texts: list[str] = []
        if self.book is None:
            return texts
        for sheet in self.book.visible_sheets[:_PERIOD_SHEETS]:
            tables = self.tables(sheet)
            texts += detect.header_block(sheet, tables[0] if tables else None)
            texts += [clean(cell) for row in sheet.rows[:_HEADER_ROWS] for cell in row
                      if isinstance(cell, str)]
        return texts

    def stated_period(self, kinds: Sequence[str]) -> StatedPeriod | None:
        """The period this file states for a form filled for ``kinds`` (period kind codes;
        months when empty), or None when it states none or more than one. The one rule for
        "the period this file states": the import's guess of the period and its check that
        each file is of the period imported both use it. Most certain first: the marker,
        then the header, then the file name."""
        key = tuple(kinds)
        if key not in self._stated:  # judged again after each of the clerk's changes
            self._stated[key] = self._find_stated_period(list(kinds) or [PeriodKind.MONTH])
        return self._stated[key]

    def _find_stated_period(self, kinds: list[str]) -> StatedPeriod | None:
        marked = str((self.marker or {}).get("period") or "")
        if marked and _kind_of(marked) in kinds:
            return StatedPeriod(marked, "marker")
        for source, texts in (("header", self.period_texts),
                              ("name", [self.path.stem.replace("_", " ")])):
            found = {str(code) for kind in kinds if (code := stated_period(texts, kind))}
            if chosen := widest(found):
                return StatedPeriod(chosen, source)
        return None


def _kind_of(period: str) -> str | None:
    try:
        return parse_period(period).kind
    except UserError:  # a marker of another program's making: not a period
        return None


# --- reading ---------------------------------------------------------------------------------

def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _stat(read: FileRead) -> None:
    info = read.path.stat()
    read.size = info.st_size
    read.stamp = (info.st_size, info.st_mtime_ns)
    read.modified_on = min(dt.date.fromtimestamp(info.st_mtime), dt.date.today())


def _read_with(path: Path, reader: Callable[[Path], Book]) -> FileRead:
    """``path`` read by ``reader`` (in this process, or through the worker): never raises
    for a bad file, the FileRead says what is wrong."""
    read = FileRead(path)
    try:
        _stat(read)
        read.book = reader(path)
        read.sha256 = _digest(path)
    except NotAReport as exc:
        read.book, read.not_report = None, exc.message
    except BadFile as exc:
        read.book, read.failure = None, exc.message
    except OSError as exc:
        read.book, read.failure = None, f"Không đọc được tệp \"{path.name}\": {exc.strerror}."
    return read


def _read_batch(paths: list[Path]) -> list[FileRead]:
    """Worker side of :func:`iter_reads`: the files of one round trip, each read or its
    failure said; an unexpected failure of one file stays that file's."""
    reads = []
    for path in paths:
        try:
            reads.append(_read_with(path, read_book_here))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001 — a library broken by an untrusted file
            reads.append(FileRead(path, failure=BROKEN.format(name=path.name),
                                  detail=repr(exc)))
    return reads


def read_file(path: str | Path) -> FileRead:
    """One file read through the worker (see :func:`unionplanner.domain.sheets.workbook.
    read_book` for the limits): never raises for a bad file."""
    path = Path(path)
    try:
        return _read_with(path, read_book)
    except Exception:  # an untrusted file may break a library in ways nobody listed
        logger.exception("unexpected failure reading %s", path)
        return FileRead(path, failure=BROKEN.format(name=path.name))


def _batches(paths: Sequence[Path]) -> list[list[Path]]:
    """The files grouped for round trips: at most :data:`BATCH_FILES` files and about
    :data:`BATCH_BYTES` bytes each (a large file goes alone)."""
    batches: list[list[Path]] = []
    current: list[Path] = []
    weight = 0
    for path in paths:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        if current and (len(current) >= BATCH_FILES or weight + size > BATCH_BYTES):
            batches.append(current)
            current, weight = [], 0
        current.append(path)
        weight += size
    if current:
        batches.append(current)
    return batches


def iter_reads(paths: Sequence[str | Path], *, progress: ProgressFn = no_progress,
               cancel: CancelToken | None = None) -> Iterator[list[FileRead]]:
    """Read ``paths`` in the reading worker, a batch of files per round trip, yielding each
    batch's :class:`FileRead` s in order while the worker already reads the next batch (the
    caller may judge them meanwhile). Each read is prepared (its tables found, the texts
    that state its period gathered). A batch that hangs or kills the worker is read again
    file by file, so only the culprit fails (with the usual sentence naming it). Raises
    :class:`~unionplanner.core.errors.Cancelled` when ``cancel`` is set."""
    files = [Path(p) for p in paths]
    batches = _batches(files)
    done = 0
    progress(0, len(files), files[0].name if files else "")
    answers = map_isolated(_read_batch, batches, cancel=cancel,
                           timeout=READ_SECONDS + 2 * max((len(b) for b in batches), default=0))
    for batch, got in zip(batches, answers):
        if isinstance(got, Exception):
            logger.warning("a batch of %d files stopped the reading worker (%r); reading them "
                           "one by one", len(batch), got)
            got = [read_file(path) for path in batch]
        for read in got:
            if read.detail:
                logger.error("unexpected failure reading %s: %s", read.path, read.detail)
            _prepare(read)
        yield got
        done += len(got)
        if cancel is not None:
            cancel.check()
        progress(done, len(files), batch[-1].name)


def _prepare(read: FileRead) -> None:
    """What judging will need of a read that does not depend on the form: the tables of
    each sheet (found for the texts stating the period), the marker and those texts. Done
    here, as each batch comes back, while the worker reads the next: measured, the worker is
    then the lighter side (finding the tables in the worker made the import slower). The
    tables' labels are found when judging weighs them, which a form's table read whole may
    spare (:func:`unionplanner.domain.received.analysis._choose_table`)."""
    if read.book is None:
        return
    read.period_texts  # noqa: B018 — computed now, kept by the cached properties
    read.marker  # noqa: B018


def same_file(read: FileRead) -> bool:
    """True while the file on disk is the one read (same size and modification time)."""
    try:
        info = read.path.stat()
    except OSError:
        return False
    return (info.st_size, info.st_mtime_ns) == read.stamp
