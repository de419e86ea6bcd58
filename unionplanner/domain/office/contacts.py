"""A unit's e-mail addresses as people type them into a form or a spreadsheet cell: one, or
several separated by ";", "," or spaces (line breaks too). Each is checked for the shape of
an address — no spaces, no line breaks, one "@", a dot in the domain — so nothing else ever
reaches a mail header (a CR/LF there would add headers of its own)."""

from __future__ import annotations

import re

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def split_emails(text: str | None) -> tuple[list[str], list[str]]:
    """The addresses in ``text``: (well-formed ones, the rest), each in the order written."""
    parts = [p.strip() for p in re.split(r"[;,\s]+", text or "") if p.strip()]
    return [p for p in parts if EMAIL.match(p)], [p for p in parts if not EMAIL.match(p)]


def is_email(text: str) -> bool:
    """Whether ``text`` is one well-formed address (nothing around it)."""
    return bool(EMAIL.match(text))
