"""The shared server's password, kept in the operating system's store through ``keyring``
(Windows Credential Manager; the Secret Service of the Linux desktop) — never in the
program's settings, its logs or its output. A server address is kept without its password;
the password is looked up by the account it belongs to ("user@host:port/database").
"""

from __future__ import annotations

import contextlib

from unionplanner.core.errors import UserError

SERVICE = "UnionPlanner"


class NoSecretStore(UserError):
    """The system has no store for passwords (a Linux PC without a desktop keyring)."""


def account(url: str) -> str:
    """The account a server URL's password belongs to: "user@host:port/database"."""
    from sqlalchemy.engine import make_url

    parts = make_url(url)
    return f"{parts.username or ''}@{parts.host or ''}:{parts.port or 5432}/{parts.database or ''}"


def split_password(url: str) -> tuple[str, str | None]:
    """``url`` without its password, and the password (None when it has none)."""
    from sqlalchemy.engine import make_url

    parts = make_url(url)
    bare = parts._replace(password=None)  # URL.set() takes None as "unchanged"
    return bare.render_as_string(hide_password=False), parts.password


def with_password(url: str, password: str | None) -> str:
    """``url`` with ``password`` (unchanged when None or empty)."""
    from sqlalchemy.engine import make_url

    if not password:
        return url
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def masked(url: str) -> str:
    """``url`` as it may be shown or logged: the password as "***"."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL (a file path): nothing to hide
        return url


def save_password(url: str, password: str) -> None:
    """Keep the password of the server account of ``url`` in the system's store. Raises
    NoSecretStore (Vietnamese) when the system has none."""
    save_secret(account(url), password, what="máy chủ")


def load_password(url: str) -> str | None:
    """The stored password of the server account of ``url``, or None (none stored, or no
    store)."""
    return load_secret(account(url))


def forget_password(url: str) -> None:
    """Remove the stored password of the server account of ``url`` (nothing if none)."""
    forget_secret(account(url))


def save_secret(name: str, password: str, *, what: str) -> None:
    """Keep ``password`` under the account ``name`` ("smtp://user@host:465", or a server's
    :func:`account`) in the system's store. ``what`` names it in the Vietnamese message of
    NoSecretStore, raised when the system has no store ("máy chủ", "tài khoản thư")."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, name, password)
    except KeyringError as exc:
        raise NoSecretStore(
            "Máy này chưa có nơi cất mật khẩu an toàn (Windows Credential Manager, hoặc "
            "trình quản lý khóa của Linux như GNOME Keyring/KWallet) nên không lưu được mật "
            f"khẩu {what}. Hãy cài và mở trình quản lý khóa rồi thử lại.", [str(exc)]) from exc


def load_secret(name: str) -> str | None:
    """The password stored under ``name``, or None (none stored, or no store)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, name)
    except KeyringError:
        return None


def forget_secret(name: str) -> None:
    """Remove the password stored under ``name`` (nothing if none)."""
    import keyring
    from keyring.errors import KeyringError

    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, name)
