"""Shared fixtures. Every test gets its own data folder (UNIONPLANNER_DATA_DIR in tmp_path)
and its own QSettings folder, so no test touches the real profile.

With ``UNIONPLANNER_TEST_POSTGRES`` set to a server's admin URL (``.ci/run`` starts a
throw-away cluster and sets it), the same suite runs on PostgreSQL: every database a test
opens by file path inside this process becomes a fresh PostgreSQL database (copied from a
template migrated once per run) and is dropped afterwards; an explicit ``sqlite:///`` URL
stays SQLite (for tests that move data between the two). Tests about the SQLite file
itself (WAL, backups, file locks, integrity_check) are marked ``sqlite_only`` and skipped.
Subprocesses the tests start still use SQLite files."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("UNIONPLANNER_SHARED", ROOT.parent / "shared"))
SAMPLES = SHARED / "samples"
POSTGRES = os.environ.get("UNIONPLANNER_TEST_POSTGRES", "")
TEMPLATE_DB = "unionplanner_template"


def _server_url(database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(POSTGRES).set(database=database).render_as_string(hide_password=False)


def _admin(statement: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def postgres_template():
    """A database migrated to the head revision, copied for every test (PostgreSQL runs)."""
    if not POSTGRES:
        yield None
        return
    from unionplanner.domain.storage.database import open_database

    _admin(f"DROP DATABASE IF EXISTS {TEMPLATE_DB} WITH (FORCE)")
    _admin(f"CREATE DATABASE {TEMPLATE_DB}")
    open_database(_server_url(TEMPLATE_DB)).dispose()
    yield TEMPLATE_DB
    _admin(f"DROP DATABASE IF EXISTS {TEMPLATE_DB} WITH (FORCE)")


_made: dict[str, str] = {}  # SQLite URL a test asked for → the server database standing in


@pytest.fixture(scope="session", autouse=True)
def postgres_databases(postgres_template):
    """On PostgreSQL runs: database file paths opened in this process → fresh server
    databases (module-scoped fixtures' ones live to the end of the run)."""
    if not POSTGRES:
        yield
        return
    from unionplanner.core import paths

    real = paths.resolve_db_url

    def resolve(value):
        url = real(value)
        if paths.sqlite_file(url) is None or "://" in str(value):
            return url  # a server, memory, or an explicit sqlite:/// URL (kept as SQLite)
        if url not in _made:
            name = f"t_{uuid.uuid4().hex[:16]}"
            _admin(f"CREATE DATABASE {name} TEMPLATE {postgres_template}")
            _made[url] = _server_url(name)
        return _made[url]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "resolve_db_url", resolve)
        yield
    for url in list(_made.values()):
        _admin(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


@pytest.fixture(autouse=True)
def _drop_test_databases(tmp_path):
    """Drop the server databases a test made under its own tmp_path when it ends."""
    yield
    if POSTGRES:
        for url in [u for u in _made if str(tmp_path) in u]:
            _admin(f"DROP DATABASE IF EXISTS {_made.pop(url).rsplit('/', 1)[1]} WITH (FORCE)")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("UNIONPLANNER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip(f"shared samples not found at {SAMPLES}")
    return SAMPLES


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """../shared/samples for module-scoped fixtures (``samples`` is per test)."""
    if not SAMPLES.is_dir():
        pytest.skip(f"shared samples not found at {SAMPLES}")
    return SAMPLES


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The real plans of ../shared/seeds (.txt and .docx)."""
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"shared seeds not found at {seeds}")
    return seeds


@pytest.fixture
def units_xlsx(samples) -> Path:
    return samples / "units.xlsx"


@pytest.fixture
def db(data_dir):
    from unionplanner.domain.storage.database import open_database

    database = open_database(str(data_dir / "test.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def qsettings(tmp_path):
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("UnionPlannerTests")
    QCoreApplication.setApplicationName("UnionPlannerTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    return tmp_path / "qsettings"


def pytest_collection_modifyitems(config, items):
    skip = pytest.mark.skip(reason="about the SQLite file itself; this run is on PostgreSQL")
    for item in items:
        if "tests/ui/" in item.nodeid or "qapp" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
        if POSTGRES and item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


@pytest.fixture
def memory_keyring():
    """A keyring backend in memory, as Windows Credential Manager would keep the password."""
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1
        kept: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.kept.get((service, username))

        def set_password(self, service, username, password):
            self.kept[(service, username)] = password

        def delete_password(self, service, username):
            self.kept.pop((service, username), None)

    previous = keyring.get_keyring()
    backend = Memory()
    backend.kept = {}
    keyring.set_keyring(backend)
    yield backend.kept
    keyring.set_keyring(previous)


class Inbox:
    """Collects what the server accepted; refuses RCPT to addresses starting "bad". With
    ``limit`` set, takes that many messages per connection, then answers ``answer`` (a
    "421" closing or a "550" quota) to every further message on that connection."""

    def __init__(self, limit: int | None = None, answer: str = ""):
        self.messages = []
        self.limit, self.answer, self.per_session = limit, answer, {}

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802
        if address.startswith("bad"):
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        import email
        from email import policy

        if self.limit is not None:
            taken = self.per_session.get(id(session), 0)
            if taken >= self.limit:
                return self.answer
            self.per_session[id(session)] = taken + 1
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos),
                              email.message_from_bytes(envelope.content, policy=policy.default)))
        return "250 Message accepted"


def _authenticate(server, session, envelope, mechanism, auth_data):
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"congdoan" \
        and auth_data.password == b"mat-khau-dung"
    return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (bound, read, closed again)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server():
    """A real SMTP server on localhost (aiosmtpd) that takes the login "congdoan" /
    "mat-khau-dung" without TLS: yields (Inbox, port)."""
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port,
                            authenticator=_authenticate, auth_require_tls=False)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def imap_server():
    """A real IMAP server (Dovecot) on 127.0.0.1 with one empty INBOX: yields
    :class:`tests.imap_server.Dovecot`. Skipped where dovecot-imapd is not installed, unless
    UNIONPLANNER_REQUIRE_DOVECOT is set (CI installs it and sets it)."""
    import os
    import shutil
    import tempfile

    from tests import imap_server as dovecot

    if not dovecot.available():
        if os.environ.get("UNIONPLANNER_REQUIRE_DOVECOT"):
            pytest.fail("dovecot-imapd is not installed, and CI needs it for the mail tests")
        pytest.skip("dovecot-imapd is not installed (.ci/run installs it)")
    # not under pytest's own 0700 folders: the server's users must reach the Maildir
    root = Path(tempfile.mkdtemp(prefix="unionplanner-imap-"))
    root.chmod(0o755)
    server = dovecot.Dovecot(root, free_port())
    try:
        server.start()  # a server that did not answer in time is stopped all the same
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def vietnam_time(monkeypatch):
    """The PC's clock set to Vietnam's time zone, as the offices' are (the reading worker,
    a separate process that dates files, is started again to take it too)."""
    import time

    from unionplanner.core import isolation

    isolation.stop_worker()
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    isolation.stop_worker()
    monkeypatch.undo()
    time.tzset()
