"""The office's own mail account (SMTP), for the reminders it sends to units that have not
reported: the account is an office setting (``mail_account``: server, port, security, user
name, sender), its password stays in the system's store on each PC
(:mod:`unionplanner.core.secrets`), and :func:`send_messages` sends one message per address
over one connection, reporting which addresses the server refused.

Security follows the two ways mail servers accept clients (RFC 8314): "ssl" — TLS from the
start, port 465 (Gmail, most providers); "starttls" — plain then upgraded, port 587
(Outlook/Microsoft 365); "none" only for a server inside the office's own network.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import smtplib
import ssl
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from typing import Any

from unionplanner.core.errors import UserError
from unionplanner.core.progress import CancelToken, ProgressFn, no_progress
from unionplanner.domain.office.contacts import is_email

logger = logging.getLogger(__name__)

SECURITY = ("ssl", "starttls", "none")
#: the usual port of each kind of security
DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "none": 25}
SETTING = "mail_account"


@dataclass(frozen=True)
class MailAccount:
    """The office's mail account. ``security``: one of :data:`SECURITY`; ``sender``: the
    From address (the user name when empty); ``sender_name``: the name shown with it
    ("Công đoàn xã Hòa An")."""

    host: str
    port: int = 465
    security: str = "ssl"
    user: str = ""
    sender: str = ""
    sender_name: str = ""

    @property
    def from_address(self) -> str:
        return self.sender or self.user

    @property
    def secret_account(self) -> str:
        """The name its password is kept under in the system's store."""
        return f"smtp://{self.user}@{self.host}:{self.port}"


def check_account(account: MailAccount) -> MailAccount:
    """``account`` with its text trimmed; UserError (Vietnamese) when the server, port,
    security or sender address cannot work."""
    account = MailAccount(account.host.strip(), int(account.port), account.security,
                          account.user.strip(), account.sender.strip(),
                          account.sender_name.strip())
    if not account.host or " " in account.host:
        raise UserError("Hãy nhập tên máy chủ gửi thư (SMTP), ví dụ smtp.gmail.com.")
    if not 0 < account.port < 65536:
        raise UserError("Cổng máy chủ thư phải từ 1 đến 65535 (thường là 465 hoặc 587).")
    if account.security not in SECURITY:
        raise UserError(f"Kiểu bảo mật \"{account.security}\" không có; hãy chọn SSL/TLS, "
                        "STARTTLS hoặc Không.")
    if "@" not in account.from_address:
        raise UserError("Hãy nhập địa chỉ thư gửi đi (có dấu @), ví dụ congdoan@gmail.com.")
    return account


def get_account(session: Any) -> MailAccount | None:
    """The office's mail account, or None when none has been set up."""
    from unionplanner.domain.storage.settings import get_setting

    value = get_setting(session, SETTING)
    return MailAccount(**value) if value else None


def set_account(session: Any, account: MailAccount | None) -> None:
    """Keep ``account`` (checked with :func:`check_account`; None forgets it)."""
    from unionplanner.domain.storage.settings import set_setting

    set_setting(session, SETTING, None if account is None else asdict(check_account(account)))


@dataclass
class SendResult:
    """What :func:`send_messages` did: ``sent`` addresses, ``refused`` address → the
    server's reason, ``cancelled`` when the user stopped it (the rest were not sent)."""

    sent: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    cancelled: bool = False


class SendInterrupted(UserError):
    """The server stopped taking letters midway (the connection lost, "421" closing, "550"
    over the day's quota): ``result`` holds what went and what was refused; every other
    address was not tried and can be sent later without sending anything twice."""

    def __init__(self, where: str, result: SendResult, total: int, exc: BaseException):
        self.result = result
        left = total - len(result.sent) - len(result.refused)
        if isinstance(exc, smtplib.SMTPResponseException):
            reason = _reason(exc.smtp_code, exc.smtp_error)
        else:
            reason = str(exc) or type(exc).__name__
        super().__init__(
            f"Đã gửi {len(result.sent)}/{total} thư; {left} thư chưa gửi vì máy chủ thư "
            f"{where} ngừng nhận giữa chừng. Thư đã gửi sẽ không gửi lại: bấm \"Gửi tiếp\" "
            "để gửi những thư còn lại (khi máy chủ cho gửi lại, có khi là ngày hôm sau).",
            [reason])


def compose(account: MailAccount, to: str, subject: str, body: str) -> EmailMessage:
    """One plain-text message (UTF-8) from the office to ``to``."""
    message = EmailMessage()
    message["From"] = formataddr((account.sender_name, account.from_address))
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(dt.datetime.now().astimezone())
    message["Message-ID"] = make_msgid(domain=account.from_address.rpartition("@")[2] or None)
    message.set_content(body)
    return message


@dataclass(frozen=True)
class Letter:
    """One message to send: ``address`` (one e-mail address) and its own ``body``."""

    address: str
    body: str


#: ``(index of the letter, "sent" or "refused", the server's reason or "")``, called as each
#: letter's fate is known
FateFn = Callable[[int, str, str], None]


def send_messages(account: MailAccount, password: str | None, addresses: Sequence[str],
                  subject: str, body: str, *, progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None, timeout: float = 30) -> SendResult:
    """Send ``body`` to each of ``addresses`` (one message each: a unit sees only its own
    address); see :func:`send_letters`."""
    return send_letters(account, password, [Letter(a, body) for a in addresses], subject,
                        progress=progress, cancel=cancel, timeout=timeout)


def send_letters(account: MailAccount, password: str | None, letters: Sequence[Letter],
                 subject: str, *, on_fate: FateFn | None = None,
                 progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
                 timeout: float = 30) -> SendResult:
    """Send each letter (one message to its address, with its own body) over one
    connection to the account's server, logging in when ``password`` is given; ``on_fate``
    hears each letter's fate as soon as the server answered. Returns a :class:`SendResult`.
    Raises :class:`SendInterrupted` when the server stops midway, UserError (Vietnamese)
    when the server cannot be reached, the secure connection fails, the login or the sender
    is refused (nothing sent)."""
    account = check_account(account)
    result = SendResult()
    where = f"{account.host}:{account.port}"
    try:
        server = _connect(account, timeout)
        try:
            if password:
                server.login(account.user or account.from_address, password)
            _send_each(server, account, letters, subject, result, where, progress, cancel,
                       on_fate or (lambda _index, _fate, _reason: None))
            with contextlib.suppress(smtplib.SMTPException, OSError):
                server.quit()  # a server that answers QUIT oddly changes nothing sent
        finally:
            server.close()
        logger.info("mail \"%s\" sent from %s via %s: %d sent, %d refused%s", subject,
                    account.from_address, where, len(result.sent), len(result.refused),
                    ", cancelled" if result.cancelled else "")
    except smtplib.SMTPAuthenticationError as exc:
        raise UserError(
            f"Máy chủ thư {where} không nhận tên đăng nhập hoặc mật khẩu. Hãy kiểm tra lại; "
            "Gmail và Outlook cần một \"mật khẩu ứng dụng\" tạo trong trang tài khoản thư.",
            [_reason(exc.smtp_code, exc.smtp_error)]) from exc
    except smtplib.SMTPSenderRefused as exc:
        raise UserError(
            f"Máy chủ thư {where} không cho gửi từ địa chỉ {account.from_address}. Địa chỉ "
            "gửi đi phải là địa chỉ của tài khoản đăng nhập.",
            [_reason(exc.smtp_code, exc.smtp_error)]) from exc
    except ssl.SSLCertVerificationError as exc:
        raise UserError(
            f"Máy này không tin cậy chứng chỉ của máy chủ thư {where}: hãy kiểm tra tên máy "
            "chủ (đúng như nhà cung cấp thư ghi, ví dụ smtp.gmail.com) và ngày giờ của máy "
            "tính.", [exc.verify_message or str(exc)]) from exc
    except (ssl.SSLError, smtplib.SMTPNotSupportedError) as exc:
        raise UserError(
            f"Không lập được kết nối bảo mật với máy chủ thư {where}. Hãy thử kiểu bảo mật "
            "khác: SSL/TLS với cổng 465, STARTTLS với cổng 587.", [str(exc)]) from exc
    except smtplib.SMTPResponseException as exc:
        raise UserError(f"Máy chủ thư {where} từ chối: {_reason(exc.smtp_code, exc.smtp_error)}"
                        ". Hãy kiểm tra tài khoản thư trong Cài đặt.") from exc
    except (OSError, smtplib.SMTPException) as exc:  # refused, unreachable, timed out, DNS
        raise UserError(
            f"Không kết nối được máy chủ thư {where}. Hãy kiểm tra tên máy chủ, cổng và kết "
            "nối mạng của máy này.", [str(exc) or type(exc).__name__]) from exc
    return result


def _send_each(server: smtplib.SMTP, account: MailAccount, letters: Sequence[Letter],
               subject: str, result: SendResult, where: str, progress: ProgressFn,
               cancel: CancelToken | None, on_fate: FateFn) -> None:
    """One message per letter into ``result``; SendInterrupted when the server stops
    midway."""
    for index, letter in enumerate(letters):
        address = letter.address
        if cancel is not None and cancel.cancelled:
            result.cancelled = True
            break
        progress(index, len(letters), address)
        if not is_email(address):  # a line break in it would add mail headers of its own
            result.refused[address] = "địa chỉ không đúng dạng"
            on_fate(index, "refused", result.refused[address])
            continue
        try:
            server.send_message(compose(account, address, " ".join(subject.split()),
                                        letter.body))
        except smtplib.SMTPRecipientsRefused as exc:
            code, reason = next(iter(exc.recipients.values()), (0, b""))
            result.refused[address] = _reason(code, reason)
            on_fate(index, "refused", result.refused[address])
        except (smtplib.SMTPException, OSError) as exc:
            if not (result.sent or result.refused):
                raise  # nothing went yet: the account's own fault, said by the caller
            logger.warning("mail \"%s\" interrupted via %s after %d sent: %s", subject,
                           where, len(result.sent), exc)
            raise SendInterrupted(where, result, len(letters), exc) from exc
        else:
            result.sent.append(address)
            on_fate(index, "sent", "")
    progress(len(letters), len(letters), "")


def tls_context() -> ssl.SSLContext:
    """The TLS settings a mail server's certificate is checked with: the operating system's
    own trust store through ``truststore`` (on Windows the certificate store, which a fresh
    PC fills only as certificates are first asked for, so OpenSSL's view of it lacks the
    roots of many mail servers), host names checked. Python's default context where
    truststore is not installed."""
    try:
        import truststore
    except ImportError:  # pragma: no cover - a declared dependency
        return ssl.create_default_context()
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def _connect(account: MailAccount, timeout: float) -> smtplib.SMTP:
    context = tls_context()
    if account.security == "ssl":
        return smtplib.SMTP_SSL(account.host, account.port, timeout=timeout, context=context)
    server = smtplib.SMTP(account.host, account.port, timeout=timeout)
    try:
        if account.security == "starttls":
            server.starttls(context=context)
    except BaseException:
        server.close()
        raise
    return server


def _reason(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}".strip()
