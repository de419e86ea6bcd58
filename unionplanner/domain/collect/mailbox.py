"""The office's mailbox, read over IMAP (RFC 9051/3501) without changing anything on the
server: the folder is opened read-only (EXAMINE) and every part is fetched with BODY.PEEK, so
no message is marked read; nothing is moved or deleted unless the clerk asks to move the
collected messages to a folder of their choice (:func:`move_messages`).

Security as for sending (RFC 8314): ``imaps://`` is TLS from the start (port 993);
``imap://`` upgrades with STARTTLS (port 143), and a server that does not offer it is used
in plain text only inside the office's own network (a loopback or private address).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import imaplib
import ipaddress
import logging
import re
import socket
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from unionplanner.core.errors import UserError
from unionplanner.core.progress import CancelToken, ProgressFn, no_progress

logger = logging.getLogger(__name__)

SECURITY = ("ssl", "starttls", "none")
DEFAULT_PORTS = {"ssl": 993, "starttls": 143, "none": 143}
#: the setting that keeps the mailbox (server, port, security, user, folder, move_to)
SETTING = "mailbox_account"
#: a message larger than this is not downloaded (bytes; mail services cap messages at
#: 25–150 MB, and a return is a few hundred KB)
MAX_MESSAGE_BYTES = 100 * 2**20
_HEADERS = "MESSAGE-ID DATE FROM SUBJECT"
_FETCH_CHUNK = 200


@dataclass(frozen=True)
class MailboxAddress:
    """Where returns arrive: ``host``, ``port``, ``security`` (one of :data:`SECURITY`),
    ``user`` (the login), ``folder`` (INBOX by default) and ``move_to``: the folder the
    collected messages are moved to afterwards ("" leaves them where they are)."""

    host: str
    port: int = 993
    security: str = "ssl"
    user: str = ""
    folder: str = "INBOX"
    move_to: str = ""

    @property
    def url(self) -> str:
        """``imaps://USER@HOST:PORT/FOLDER`` (``imap://`` for STARTTLS or plain)."""
        scheme = "imaps" if self.security == "ssl" else "imap"
        return (f"{scheme}://{quote(self.user, safe='')}@{self.host}:{self.port}/"
                f"{quote(self.folder, safe='')}")

    @property
    def secret_account(self) -> str:
        """The name its password is kept under in the system's store."""
        return f"imap://{self.user}@{self.host}:{self.port}"


def parse_imap_url(text: str) -> MailboxAddress:
    """``imap[s]://USER@HOST[:PORT][/FOLDER]`` as a :class:`MailboxAddress` (the user may
    hold a %-encoded "@": ``congdoan%40gmail.com@imap.gmail.com``). Raises UserError
    (Vietnamese) for anything else."""
    parts = urlsplit(text.strip())
    if parts.scheme not in ("imap", "imaps") or not parts.hostname:
        raise UserError(f"\"{text}\" không phải địa chỉ hộp thư. Hãy ghi dạng "
                        "imaps://TÊN_ĐĂNG_NHẬP@imap.gmail.com/INBOX.")
    security = "ssl" if parts.scheme == "imaps" else "starttls"
    try:
        port = parts.port or DEFAULT_PORTS[security]
    except ValueError as exc:
        raise UserError(f"Cổng trong \"{text}\" không đúng (phải từ 1 đến 65535).") from exc
    folder = unquote(parts.path.lstrip("/")) or "INBOX"
    return check_mailbox(MailboxAddress(parts.hostname, port, security,
                                        unquote(parts.username or ""), folder))


def check_mailbox(address: MailboxAddress) -> MailboxAddress:
    """``address`` trimmed; UserError when it cannot work."""
    address = MailboxAddress(address.host.strip(), int(address.port), address.security,
                             address.user.strip(), address.folder.strip() or "INBOX",
                             address.move_to.strip())
    if not address.host or " " in address.host:
        raise UserError("Hãy nhập tên máy chủ nhận thư (IMAP), ví dụ imap.gmail.com.")
    if not 0 < address.port < 65536:
        raise UserError("Cổng máy chủ nhận thư phải từ 1 đến 65535 (thường là 993).")
    if address.security not in SECURITY:
        raise UserError(f"Kiểu bảo mật \"{address.security}\" không có; hãy chọn SSL/TLS, "
                        "STARTTLS hoặc Không.")
    if not address.user:
        raise UserError("Hãy nhập tên đăng nhập hộp thư (thường là địa chỉ thư).")
    if address.move_to and address.move_to == address.folder:
        raise UserError("Thư mục chuyển thư đã nhận phải khác thư mục đọc thư.")
    return address


def get_mailbox(session: Any) -> MailboxAddress | None:
    """The office's mailbox as last used, or None."""
    from unionplanner.domain.storage.settings import get_setting

    value = get_setting(session, SETTING)
    return MailboxAddress(**value) if value else None


def set_mailbox(session: Any, address: MailboxAddress | None) -> None:
    """Keep ``address`` (checked; None forgets it)."""
    from dataclasses import asdict

    from unionplanner.domain.storage.settings import set_setting

    set_setting(session, SETTING, None if address is None else asdict(check_mailbox(address)))


@dataclass(frozen=True)
class MessageHead:
    """What the server says of a message before it is downloaded: its ``uid``, the
    Message-ID (a made-up stable key for a message without one), the sender's address and
    name, the subject (decoded), the date it was sent (aware), its size in bytes."""

    uid: int
    message_id: str
    sender: str
    sender_name: str
    subject: str
    date: dt.datetime | None
    size: int


@dataclass
class Mailbox:
    """An open, read-only IMAP folder (see :func:`open_mailbox`)."""

    address: MailboxAddress
    imap: imaplib.IMAP4
    heads: list[MessageHead] = field(default_factory=list)

    def close(self) -> None:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            self.imap.logout()


def connect(address: MailboxAddress, password: str | None, *,
            timeout: float = 30) -> imaplib.IMAP4:
    """Log in to the server (no folder selected). Raises UserError (Vietnamese) for a server
    that cannot be reached, a refused login, or a plain-text login outside the office."""
    from unionplanner.domain.office.mail import tls_context

    try:
        if address.security == "ssl":
            imap: imaplib.IMAP4 = imaplib.IMAP4_SSL(address.host, address.port,
                                                    ssl_context=tls_context(), timeout=timeout)
        else:
            imap = imaplib.IMAP4(address.host, address.port, timeout=timeout)
            if "STARTTLS" in imap.capabilities:
                imap.starttls(ssl_context=tls_context())
            elif not _inside_office(address.host):
                imap.logout()
                raise UserError(f"Máy chủ {address.host} không hỗ trợ mã hóa (STARTTLS): mật "
                                "khẩu sẽ đi qua mạng không che. Hãy dùng imaps:// (cổng 993).")
    except (OSError, imaplib.IMAP4.error) as exc:
        raise UserError(f"Không kết nối được máy chủ nhận thư {address.host}:{address.port} "
                        f"({exc}). Hãy kiểm tra mạng, tên máy chủ, cổng và kiểu bảo mật.") from exc
    try:
        imap.login(address.user, password or "")
    except imaplib.IMAP4.error as exc:
        imap.logout()
        raise UserError(f"Máy chủ {address.host} không nhận tên đăng nhập hoặc mật khẩu của "
                        f"\"{address.user}\" ({_text(exc)}). Với Gmail, hãy dùng mật khẩu ứng "
                        "dụng và bật IMAP trong cài đặt của Gmail.") from exc
    except OSError as exc:
        raise UserError(f"Máy chủ {address.host} ngắt kết nối khi đăng nhập ({exc}).") from exc
    return imap


def open_mailbox(address: MailboxAddress, password: str | None, since: dt.date, *,
                 timeout: float = 30) -> Mailbox:
    """Log in, open ``address.folder`` read-only and list the messages received since
    ``since`` (the server's SINCE: by the day it received them), with their headers —
    nothing downloaded yet, nothing marked read. Raises UserError (Vietnamese)."""
    imap = connect(address, password, timeout=timeout)
    box = Mailbox(address, imap)
    try:
        status, data = imap.select(_quoted(address.folder), readonly=True)
        if status != "OK":
            raise UserError(f"Hộp thư \"{address.user}\" không có thư mục \"{address.folder}\" "
                            f"({_text(data)}). Hãy ghi đúng tên thư mục (thường là INBOX).")
        status, data = imap.uid("SEARCH", "SINCE", _imap_date(since))
        uids = [int(u) for u in (data[0] or b"").split()] if status == "OK" else []
        for start in range(0, len(uids), _FETCH_CHUNK):
            chunk = ",".join(str(u) for u in uids[start:start + _FETCH_CHUNK])
            status, data = imap.uid("FETCH", chunk, "(UID RFC822.SIZE INTERNALDATE "
                                    f"BODY.PEEK[HEADER.FIELDS ({_HEADERS})])")
            box.heads.extend(_heads(data))
    except (OSError, imaplib.IMAP4.abort) as exc:
        box.close()
        raise UserError(f"Máy chủ {address.host} ngắt kết nối khi đọc danh sách thư ({exc}). "
                        "Hãy thử lại sau.") from exc
    except UserError:
        box.close()
        raise
    box.heads.sort(key=lambda h: (h.date or dt.datetime.min.replace(tzinfo=dt.UTC), h.uid))
    return box


def download(box: Mailbox, heads: Sequence[MessageHead], *,
             on_message: Callable[[MessageHead, bytes], None],
             progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> str:
    """Download ``heads`` one by one with BODY.PEEK[] (nothing marked read), handing each to
    ``on_message``. Returns "" when all came, or a Vietnamese sentence saying the server
    stopped midway (what came is kept; the rest comes with the next collect). Raises
    Cancelled when ``cancel`` is set."""
    for number, head in enumerate(heads):
        if cancel is not None:
            cancel.check()
        progress(number, len(heads), f"Tải thư {number + 1}/{len(heads)}: {head.subject[:60]}")
        try:
            status, data = box.imap.uid("FETCH", str(head.uid), "(BODY.PEEK[])")
            raw = next((item[1] for item in data if isinstance(item, tuple)), None)
            if status != "OK" or raw is None:
                raise imaplib.IMAP4.abort(_text(data))
        except (OSError, imaplib.IMAP4.abort, imaplib.IMAP4.error) as exc:
            logger.warning("the IMAP server stopped after %d of %d messages: %s", number,
                           len(heads), exc)
            return (f"Máy chủ {box.address.host} ngắt kết nối sau {number}/{len(heads)} thư "
                    f"({_text(exc)}): các thư đã tải vẫn được nhập, các thư còn lại sẽ được "
                    "nhận ở lần sau.")
        on_message(head, raw)
    progress(len(heads), len(heads), "Đã tải xong")
    return ""


def move_messages(address: MailboxAddress, password: str | None, uids: Iterable[int],
                  target: str, *, timeout: float = 30) -> int:
    """Move the messages ``uids`` of ``address.folder`` to folder ``target`` (created when
    missing), with MOVE (RFC 6851) or COPY then delete. Returns how many. Raises UserError."""
    wanted = sorted(set(uids))
    if not wanted:
        return 0
    imap = connect(address, password, timeout=timeout)
    try:
        imap.create(_quoted(target))  # "already exists" is fine
        if imap.select(_quoted(address.folder))[0] != "OK":
            raise UserError(f"Không mở được thư mục \"{address.folder}\" để chuyển thư.")
        numbers = ",".join(str(u) for u in wanted)
        status, data = imap.capability()  # after login: servers tell more than before it
        capabilities = set(_text(data).upper().split()) | set(imap.capabilities)
        if "MOVE" in capabilities:
            status, data = imap.uid("MOVE", numbers, _quoted(target))
        else:
            status, data = imap.uid("COPY", numbers, _quoted(target))
            if status == "OK":
                imap.uid("STORE", numbers, "+FLAGS.SILENT", r"(\Deleted)")
                if "UIDPLUS" in capabilities:
                    imap.uid("EXPUNGE", numbers)
        if status != "OK":
            raise UserError(f"Máy chủ không chuyển được thư sang \"{target}\" ({_text(data)}).")
    except (OSError, imaplib.IMAP4.error) as exc:
        raise UserError(f"Máy chủ ngắt kết nối khi chuyển thư sang \"{target}\" ({exc}); thư "
                        "vẫn ở chỗ cũ và không bị nhận lại.") from exc
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            imap.logout()
    return len(wanted)


# --- helpers -----------------------------------------------------------------------------

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _imap_date(day: dt.date) -> str:
    return f"{day.day:02d}-{_MONTHS[day.month - 1]}-{day.year}"


def _quoted(folder: str) -> str:
    """A folder name as an IMAP quoted string (modified UTF-7 for non-ASCII, RFC 3501 5.1.3)."""
    encoded = _utf7(folder)
    return '"' + encoded.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _utf7(text: str) -> str:
    import base64

    out: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            data = "".join(buffer).encode("utf-16-be")
            out.append("&" + base64.b64encode(data).decode().rstrip("=").replace("/", ",")
                       + "-")
            buffer.clear()

    for char in text:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            buffer.append(char)
    flush()
    return "".join(out)


def _inside_office(host: str) -> bool:
    """A loopback or private address: a server in the office's own network."""
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(host, None)}
    except OSError:
        return False
    try:
        return all(ipaddress.ip_address(a.split("%")[0]).is_private for a in addresses)
    except ValueError:
        return False


_UID = re.compile(rb"UID (\d+)")
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")
_RECEIVED = re.compile(rb'INTERNALDATE "([^"]+)"')


def _heads(data: list) -> list[MessageHead]:
    """The FETCH answers of UID, RFC822.SIZE, INTERNALDATE and the header fields as
    MessageHeads; a message without a readable Date header is dated by when the server
    received it (INTERNALDATE)."""
    import hashlib
    from email.parser import BytesHeaderParser
    from email.policy import compat32

    heads = []
    for item in data:
        if not isinstance(item, tuple):
            continue
        meta, raw = item[0], item[1] or b""
        uid, size = _UID.search(meta), _SIZE.search(meta)
        if uid is None:
            continue
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw)
        message_id = " ".join(str(headers.get("Message-ID", "")).split())
        if not message_id:  # no Message-ID: the same message keeps the same key
            message_id = "<sha256:" + hashlib.sha256(raw).hexdigest()[:32] + ">"
        name, address = email.utils.parseaddr(decoded(headers.get("From", "")))
        heads.append(MessageHead(int(uid.group(1)), message_id[:998], address.lower(), name,
                                 decoded(headers.get("Subject", "")),
                                 message_date(headers) or _received(meta),
                                 int(size.group(1)) if size else 0))
    return heads


def _received(meta: bytes) -> dt.datetime | None:
    """When the server received the message (its INTERNALDATE), aware; None if absent."""
    import time

    if _RECEIVED.search(meta) is None:
        return None
    moment = imaplib.Internaldate2tuple(meta)  # English month names whatever the locale
    return dt.datetime.fromtimestamp(time.mktime(moment)).astimezone() if moment else None


def decoded(value: object) -> str:
    """A header as text: RFC 2047 encoded-words decoded, junk bytes replaced, one line."""
    if value is None:
        return ""
    try:
        text = str(make_header(decode_header(str(value))))
    except (ValueError, LookupError, UnicodeError):
        text = str(value)
    return " ".join(text.split())


def message_date(headers: Any) -> dt.datetime | None:
    """The message's Date header as an aware time, or None when missing or malformed."""
    try:
        when = email.utils.parsedate_to_datetime(str(headers.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _text(value: object) -> str:
    """A server's answer (bytes, a list of them, an exception holding them) as one line."""
    if isinstance(value, BaseException) and value.args:
        value = value.args[0]
    if isinstance(value, list | tuple):
        value = b" ".join(v for v in value if isinstance(v, bytes)) or str(value)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return " ".join(str(value).split())[:200]
