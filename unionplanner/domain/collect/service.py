"""Collect returns where they arrive — the office's mailbox or a folder (Zalo PC's "Zalo
Received Files", the browser's Downloads) — and import them as one batch, through the same
:class:`~unionplanner.domain.received.session.ImportSession` as a folder: the same waits for
a unit choice, the same refusals.

A collect never fetches a file twice: each file is remembered in the register of collected
files (:class:`~unionplanner.domain.collect.models.CollectedFile`) by its message's
Message-ID (or its path in the folder) and the SHA-256 of its bytes, when the import that
took it is written. A file still waiting for the clerk's unit choice is fetched again by the
next collect; files refused before the import and messages without a spreadsheet are
remembered too, so a mailbox full of other mail is not downloaded every time.

Each file's arrival day is its message's date (in the office's time zone), or the file's own
time in a folder; its source (sender, subject, date, Message-ID) is kept with it.

Typical use::

    with db.session() as s:
        known = known_files(s, address.url)
    collection = collect_mail(address, password, since, known, staging_dir(db))
    result = import_collection(db, collection, form_id, period)   # or the wizard
    collection.discard()
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from unionplanner.core import paths as core_paths
from unionplanner.core.errors import UserError
from unionplanner.core.progress import CancelToken, ProgressFn, no_progress
from unionplanner.domain.collect.attachments import SPREADSHEETS, contents_of
from unionplanner.domain.collect.mailbox import (
    MAX_MESSAGE_BYTES,
    MailboxAddress,
    MessageHead,
    download,
    open_mailbox,
)
from unionplanner.domain.collect.models import FINAL, FOLDER, MAIL, NO_FILE, REFUSED, CollectedFile
from unionplanner.domain.received.findings import Severity

if TYPE_CHECKING:
    from unionplanner.domain.received.service import BatchResult
    from unionplanner.domain.received.session import ImportSession
    from unionplanner.domain.storage.database import Database

logger = logging.getLogger(__name__)

#: how deep a collect looks into the chosen folder's subfolders
_FOLDER_DEPTH = 3


@dataclass
class Item:
    """One file found (or one message without a file, or a file refused before the import):
    where it came from, its ``path`` on disk to import (None when there is nothing to
    import), and for those not imported ``status`` (REFUSED, NO_FILE) and ``reason``."""

    origin: str
    source: str
    message_key: str
    file_name: str = ""
    sha256: str = ""
    sender: str = ""
    sender_name: str = ""
    subject: str = ""
    sent_at: dt.datetime | None = None
    arrived_on: dt.date | None = None
    path: Path | None = None
    status: str = ""
    reason: str = ""
    uid: int | None = None

    def source_dict(self) -> dict[str, Any]:
        """Where the file came from (see
        :func:`~unionplanner.domain.collect.register.source_dict`)."""
        from unionplanner.domain.collect.register import source_dict

        return source_dict(self.origin, self.source, self.message_key, self.sender,
                           self.subject, self.sent_at)


@dataclass
class Collection:
    """What one collect found: the ``items`` (in the order they arrived), ``warnings`` (a
    server that stopped midway, broken messages), how many messages or files were passed
    over as ``seen`` before, and the ``staging`` folder holding the files taken out of
    messages and zips until the import is over (:meth:`discard`)."""

    origin: str
    source: str
    items: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seen: int = 0
    messages: int = 0
    staging: Path | None = None

    @property
    def files(self) -> list[Item]:
        """The items with a file to import."""
        return [item for item in self.items if item.path is not None]

    @property
    def refused(self) -> list[Item]:
        return [item for item in self.items if item.status == REFUSED]

    def item_of(self, path: Path) -> Item | None:
        return next((item for item in self.items if item.path == path), None)

    def discard(self) -> None:
        """Remove the staging folder (the import has kept its own copies)."""
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None


def staging_dir(db: Database) -> Path:
    """A new, empty folder for one collect's files, under the data folder's "collecting"
    (left-overs of a collect the program did not finish are removed after a day)."""
    parent = db.files_dir / "collecting"
    try:
        parent.mkdir(parents=True, exist_ok=True)
        cutoff = dt.datetime.now().timestamp() - 86400
        for old in parent.iterdir():
            if old.is_dir() and old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        return Path(tempfile.mkdtemp(prefix="collect-", dir=parent))
    except OSError as exc:
        from unionplanner.domain.storage.errors import file_error

        raise file_error(exc) from exc


def known_files(session: Session, source: str) -> dict[str, dict[str, str]]:
    """message key → {SHA-256 → status} of what was collected from ``source`` before."""
    found: dict[str, dict[str, str]] = {}
    for key, sha, status in session.execute(select(
            CollectedFile.message_key, CollectedFile.sha256, CollectedFile.status)
            .where(CollectedFile.source == source)):
        found.setdefault(key, {})[sha] = status
    return found


def _done(seen: dict[str, str] | None) -> bool:
    return bool(seen) and all(status in FINAL for status in seen.values())  # type: ignore[union-attr]


# --- from the mailbox ----------------------------------------------------------------------

def collect_mail(address: MailboxAddress, password: str | None, since: dt.date,
                 known: dict[str, dict[str, str]], staging: Path, *,
                 progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
                 timeout: float = 30) -> Collection:
    """Every spreadsheet of the messages in ``address``'s folder since ``since`` not
    collected before (``known``, from :func:`known_files`), written into ``staging`` with
    the message's time as the file's time. Nothing on the server changes. Raises UserError
    (Vietnamese) when the mailbox cannot be opened; a server that stops midway gives a
    warning and what came before it; Cancelled when ``cancel`` is set."""
    progress(0, 0, f"Kết nối {address.host}…")
    box = open_mailbox(address, password, since, timeout=timeout)
    collection = Collection(MAIL, address.url, staging=staging)
    try:
        wanted: list[MessageHead] = []
        for head in box.heads:
            if _done(known.get(head.message_id)):
                collection.seen += 1
            elif head.size > MAX_MESSAGE_BYTES:
                collection.items.append(_item(collection, head, status=REFUSED, reason=(
                    f"Thư {_label(head)} lớn {head.size / 2**20:.0f} MB, quá "
                    f"{MAX_MESSAGE_BYTES // 2**20} MB: không tải. Hãy đề nghị đơn vị gửi "
                    "riêng tệp báo cáo.")))
            else:
                wanted.append(head)

        def take(head: MessageHead, raw: bytes) -> None:
            collection.messages += 1
            _take_message(collection, head, raw, known.get(head.message_id) or {})

        stopped = download(box, wanted, on_message=take, progress=progress, cancel=cancel)
        if stopped:
            collection.warnings.append(stopped)
    finally:
        box.close()
    logger.info("collected %d file(s) from %d message(s) of %s (%d seen before)",
                len(collection.files), collection.messages, address.url, collection.seen)
    return collection


def _label(head: MessageHead) -> str:
    """How a sentence names a message: "của hc001@… ngày 05/06/2025 (“Báo cáo…”)"."""
    day = f" ngày {_local(head.date):%d/%m/%Y}" if head.date else ""
    subject = f" (\"{head.subject[:60]}\")" if head.subject else ""
    return f"của {head.sender or 'người gửi không rõ'}{day}{subject}"


def _local(when: dt.datetime) -> dt.datetime:
    return when.astimezone()


def _item(collection: Collection, head: MessageHead, **values: Any) -> Item:
    return Item(MAIL, collection.source, head.message_id, sender=head.sender,
                sender_name=head.sender_name, subject=head.subject,
                sent_at=head.date.astimezone(dt.UTC) if head.date else None,
                arrived_on=_local(head.date).date() if head.date else None, uid=head.uid,
                **values)


def _take_message(collection: Collection, head: MessageHead, raw: bytes,
                  seen: dict[str, str]) -> None:
    """The files of one downloaded message as items (staged on disk), its refusals, or one
    NO_FILE item when it carries no spreadsheet."""
    contents = contents_of(raw, _label(head))
    collection.warnings.extend(contents.defects)
    if not contents.found and not contents.refused:
        if not seen:
            collection.items.append(_item(collection, head, status=NO_FILE))
        return
    for found in contents.found:
        sha = hashlib.sha256(found.data).hexdigest()
        if seen.get(sha) in FINAL:
            continue
        path = _stage(collection, found.name, found.data,
                      head.date.timestamp() if head.date else None)
        collection.items.append(_item(collection, head, file_name=found.name, sha256=sha,
                                      path=path))
    for name, reason in contents.refused.items():
        collection.items.append(_item(collection, head, file_name=name, status=REFUSED,
                                      reason=reason,
                                      sha256=hashlib.sha256(reason.encode()).hexdigest()))


def _stage(collection: Collection, name: str, data: bytes, when: float | None) -> Path:
    """Write ``data`` under the staging folder as ``name``'s last part, each file in its
    own folder (two units both send "Bao cao.xlsx"), dated ``when``."""
    assert collection.staging is not None
    folder = collection.staging / f"{len(collection.items) + 1:04d}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / core_paths.kept_name(name.rsplit("/", 1)[-1])
    try:
        path.write_bytes(data)
        if when is not None:
            os.utime(path, (when, when))
    except OSError as exc:
        from unionplanner.domain.storage.errors import file_error

        raise file_error(exc) from exc
    return path


# --- from a folder -------------------------------------------------------------------------

def collect_folder(folder: Path, since: dt.date, known: dict[str, dict[str, str]],
                   staging: Path, *, progress: ProgressFn = no_progress,
                   cancel: CancelToken | None = None) -> Collection:
    """Every spreadsheet (and those inside .zip files) saved in ``folder`` or its subfolders
    on or after ``since`` and not collected before; its arrival day is the file's own time.
    Raises UserError when the folder does not exist."""
    if not folder.is_dir():
        raise UserError(f"Không tìm thấy thư mục \"{folder}\". Hãy chọn lại thư mục Zalo lưu "
                        "tệp nhận được (thường là Documents\\Zalo Received Files).")
    source = str(folder.resolve())
    collection = Collection(FOLDER, source, staging=staging)
    start = dt.datetime.combine(since, dt.time()).timestamp()
    candidates = [p for p in _walk(folder) if p.stat().st_mtime >= start]
    for number, path in enumerate(sorted(candidates, key=lambda p: p.stat().st_mtime)):
        if cancel is not None:
            cancel.check()
        progress(number, len(candidates), f"Đọc {path.name}")
        key = path.relative_to(folder).as_posix()
        seen = known.get(key) or {}
        try:
            data = path.read_bytes()
            stamp = path.stat().st_mtime
        except OSError as exc:
            collection.warnings.append(f"Không đọc được tệp \"{path.name}\" ({exc}); tệp "
                                       "được thử lại ở lần nhận sau.")
            continue
        day = dt.datetime.fromtimestamp(stamp).date()
        sha = hashlib.sha256(data).hexdigest()
        if seen.get(sha) in FINAL:
            collection.seen += 1
            continue
        if path.suffix.lower() != ".zip":
            collection.items.append(Item(FOLDER, source, key, path.name, sha, arrived_on=day,
                                         path=path))
            continue
        contents = contents_of(_as_message(path.name, data), f"\"{path.name}\"")
        for found in contents.found:
            inner_sha = hashlib.sha256(found.data).hexdigest()
            if seen.get(inner_sha) in FINAL:
                continue
            collection.items.append(Item(FOLDER, source, key, found.name, inner_sha,
                                         arrived_on=day,
                                         path=_stage(collection, found.name, found.data, stamp)))
        for name, reason in contents.refused.items():
            collection.items.append(Item(FOLDER, source, key, name, sha, arrived_on=day,
                                         status=REFUSED, reason=reason))
    progress(len(candidates), len(candidates), "Xong")
    return collection


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        depth = len(Path(root).relative_to(folder).parts)
        dirs[:] = [d for d in dirs if not d.startswith(".") and depth < _FOLDER_DEPTH]
        found.extend(Path(root) / name for name in files if not name.startswith((".", "~$"))
                     and name.lower().endswith((*SPREADSHEETS, ".zip")))
    return found


def _as_message(name: str, data: bytes) -> bytes:
    """A zip from a folder wrapped as a one-attachment message, so it is opened by the same
    careful code as a mailed one."""
    from email.message import EmailMessage

    message = EmailMessage()
    message.add_attachment(data, maintype="application", subtype="zip", filename=name)
    return bytes(message)


# --- the import ----------------------------------------------------------------------------

def sender_units(session: Session) -> dict[str, int]:
    """E-mail address (lower case) → unit id, for the addresses only one unit has."""
    from unionplanner.domain.office.contacts import split_emails
    from unionplanner.domain.units.models import Unit

    owners: dict[str, set[int]] = {}
    for unit_id, emails in session.execute(select(Unit.id, Unit.email)):
        for address in split_emails(emails or "")[0]:
            owners.setdefault(address.lower(), set()).add(unit_id)
    return {address: next(iter(ids)) for address, ids in owners.items() if len(ids) == 1}


def prepare_import(session: Session, imports: ImportSession, collection: Collection) -> None:
    """Make ``imports`` take each collected file's sender as evidence of its unit, and
    record the whole collection in the import's transaction (for the form and period the
    import is committed for)."""
    senders = sender_units(session)
    imports.set_senders({item.path: senders[item.sender] for item in collection.files
                         if item.path is not None and item.sender in senders})

    def write(session: Session, result: BatchResult) -> None:
        assert imports.ctx is not None  # a commit has its form and period
        record(session, collection, imports, result, imports.ctx.form.form_id)

    imports.after_commit.append(write)


def record(session: Session, collection: Collection, imports: ImportSession | None,
           result: BatchResult, form_id: int) -> list[int]:
    """Write every item of ``collection`` into the register of collected files with what
    ``imports`` did with it (in the import's transaction; None: nothing was imported, the
    refusals and messages without files only); returns the rows' ids."""
    by_path = {plan.analysis.path: plan for plan in imports.plans} if imports else {}
    now = dt.datetime.now(dt.UTC)
    rows = []
    for item in collection.items:
        plan = by_path.get(item.path) if item.path is not None else None
        status, reason, unit_id, file_id = item.status, item.reason, None, None
        if item.path is not None:
            if plan is None:
                continue  # taken out of the import by the clerk: found again next time
            status = str(plan.status)
            reason = plan.reason or "\n".join(p.text() for p in plan.analysis.all_problems()
                                              if p.severity == Severity.ERROR)
            units = [p.part.unit.id for p in plan.parts if p.part.unit]
            unit_id = units[0] if len(units) == 1 else None
            if unit_id is None and len(plan.analysis.parts) == 1 and plan.analysis.parts[0].unit:
                unit_id = plan.analysis.parts[0].unit.id
            file_id = result.file_ids.get(item.path)
        rows.append(dict(
            origin=item.origin, source=item.source, message_key=item.message_key,
            file_name=item.file_name, sha256=item.sha256, sender=item.sender,
            subject=item.subject, sent_at=item.sent_at, arrived_on=item.arrived_on,
            form_id=form_id, period=result.period, status=status, reason=reason,
            received_file_id=file_id, unit_id=unit_id, collected_at=now))
    for row in rows:  # a file waiting before is written again with its new fate
        session.execute(delete(CollectedFile).where(
            CollectedFile.source == row["source"],
            CollectedFile.message_key == row["message_key"],
            CollectedFile.sha256 == row["sha256"]))
    if not rows:
        return []
    return list(session.execute(insert(CollectedFile).returning(CollectedFile.id), rows)
                .scalars())


def import_collection(db: Database, collection: Collection, form_id: int,
                      period: str | None, *, dry_run: bool = False,
                      confirm: dict[str, str] | None = None,
                      progress: ProgressFn = no_progress,
                      cancel: CancelToken | None = None) -> BatchResult:
    """Import the collection's files as one batch (see
    :func:`~unionplanner.domain.received.session.import_paths`: ``period`` None takes the
    period the files state), each dated by its message, the senders as evidence, and the
    collection recorded in the same transaction. A collection without files (only refusals
    and messages without a spreadsheet) is recorded alone. Raises UserError."""
    from unionplanner.domain.received.service import BatchResult
    from unionplanner.domain.received.session import import_paths

    files = [item.path for item in collection.files if item.path is not None]
    if not files:
        result = BatchResult(None, [], period or "")
        if not dry_run and collection.items:
            with db.transaction() as session:
                record(session, collection, None, result, form_id)
        return result
    return import_paths(db, files, form_id, period, dry_run=dry_run, confirm=confirm,
                        setup=lambda s, imports: prepare_import(s, imports, collection),
                        progress=progress, cancel=cancel)


def collected_uids(collection: Collection, result: BatchResult) -> list[int]:
    """The messages every file of which was settled by the import (none waits): those a
    clerk's "move the collected messages" moves."""
    waits = {plan.analysis.path for plan in result.plans if plan.status == "waiting"}
    waiting = {item.uid for item in collection.items if item.path in waits}
    return sorted({item.uid for item in collection.items if item.uid is not None} - waiting)
