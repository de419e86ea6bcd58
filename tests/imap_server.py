"""A real IMAP server for the tests: Debian's Dovecot (package dovecot-imapd), started with
its own configuration on 127.0.0.1 and a free port, one account in a passwd-file, mail in a
Maildir under the test's folder. As root (CI) its processes run as the dovecot/dovenull
users and the mail belongs to dovecot; as another user, everything runs as that user.
Messages are put in with IMAP APPEND, as a mail client's "save to folder" does."""

from __future__ import annotations

import imaplib
import os
import pwd
import shutil
import subprocess
import time
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER = "congdoan@haichau.vn"
PASSWORD = "mat-khau-hop-thu"


def available() -> bool:
    return Path(DOVECOT).is_file()


class Dovecot:
    """A running Dovecot (see the module text): ``port``, ``url`` (imap://…/INBOX) and
    helpers to append and inspect messages."""

    def __init__(self, root: Path, port: int):
        self.root, self.port = root, port
        self.conf = root / "dovecot.conf"
        mail = root / "mail"
        run = root / "run"
        mail.mkdir(parents=True)
        run.mkdir(mode=0o755)
        run.chmod(0o755)
        if os.geteuid() == 0:
            internal, login, mail_user = "dovecot", "dovenull", "dovecot"
            owner = pwd.getpwnam("dovecot")
            os.chown(mail, owner.pw_uid, owner.pw_gid)
            os.chmod(root, 0o755)
        else:
            internal = login = mail_user = pwd.getpwuid(os.getuid()).pw_name
        (root / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
        (root / "users").chmod(0o644)  # whatever the umask: the auth process reads it
        self.conf.write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {run}
state_dir = {run}/state
instance_name = unionplanner-test-{port}
log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = 1
mail_location = maildir:{mail}/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={mail_user} gid={mail_user} home={mail}/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
""")

    @property
    def url(self) -> str:
        return f"imap://{USER.replace('@', '%40')}@127.0.0.1:{self.port}/INBOX"

    def start(self) -> None:
        subprocess.run([DOVECOT, "-c", str(self.conf)], check=True, timeout=30)
        deadline = time.monotonic() + 15
        while True:
            try:
                self.client().logout()
                return
            except (OSError, imaplib.IMAP4.error):  # not listening, or auth not ready yet
                if time.monotonic() > deadline:
                    log = (self.root / "dovecot.log")
                    raise RuntimeError("dovecot did not start: " + (
                        log.read_text() if log.exists() else "no log")) from None
                time.sleep(0.1)

    def stop(self) -> None:
        subprocess.run([DOVECOT, "-c", str(self.conf), "stop"], check=False, timeout=30)

    def client(self) -> imaplib.IMAP4:
        imap = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        imap.login(USER, PASSWORD)
        return imap

    def append(self, message: EmailMessage | bytes, when: float | None = None,
               folder: str = "INBOX") -> None:
        """Put ``message`` in ``folder`` with the server's arrival time ``when``."""
        imap = self.client()
        try:
            data = bytes(message) if isinstance(message, EmailMessage) else message
            status, answer = imap.append(folder, None, when if when is not None else
                                         time.time(), data)
            assert status == "OK", answer
        finally:
            imap.logout()

    def flags(self, folder: str = "INBOX") -> list[str]:
        """The flags of every message of ``folder``, in order."""
        imap = self.client()
        try:
            imap.select(folder, readonly=True)
            status, data = imap.fetch("1:*", "(FLAGS)")
            return [item.decode() for item in data if isinstance(item, bytes)]
        finally:
            imap.logout()

    def count(self, folder: str = "INBOX") -> int:
        imap = self.client()
        try:
            status, data = imap.select(folder, readonly=True)
            return int(data[0]) if status == "OK" else 0
        finally:
            imap.logout()


def message(sender: str, subject: str, when: float, files: list[tuple[str, bytes]] = (),
            text: str = "Kính gửi văn phòng, đơn vị gửi báo cáo.", **extra: str) -> EmailMessage:
    """A message from ``sender`` dated ``when`` with ``files`` attached (name, bytes)."""
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = USER
    mail["Subject"] = subject
    mail["Date"] = format_datetime(_aware(when))
    mail["Message-ID"] = make_msgid(domain="test.vn")
    for name, value in extra.items():
        mail[name.replace("_", "-")] = value
    mail.set_content(text)
    for name, data in files:
        maintype, subtype = ("application", "zip") if name.endswith(".zip") else (
            "application", "octet-stream")
        mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return mail


def _aware(when: float):
    import datetime as dt

    return dt.datetime.fromtimestamp(when, dt.UTC).astimezone(
        dt.timezone(dt.timedelta(hours=7)))
