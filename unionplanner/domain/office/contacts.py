"""A unit's e-mail addresses and phone numbers as people type them into a form or a
spreadsheet cell.

E-mail: one, or several separated by ";", "," or spaces (line breaks too). Each is checked
for the shape of an address — no spaces, no line breaks, one "@", a dot in the domain — so
nothing else ever reaches a mail header (a CR/LF there would add headers of its own).

Phone: one, or several separated by ";", "," or "/"; each written with digits and the
separators people use ("0905 123 456", "0236.3822.123", "(0236) 3822 123", "+84 905 123
456"), 8 to 15 digits (Vietnam's numbers have 10, a landline with its area code 10 or 11;
ITU-T E.164 allows 15 with the country code)."""

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


PHONE = re.compile(r"^\+?[\d\s.\-()]+$")


def split_phones(text: str | None) -> tuple[list[str], list[str]]:
    """The phone numbers in ``text``: (well-formed ones, the rest), each trimmed, in the
    order written (see the module text)."""
    parts = [" ".join(p.split()) for p in re.split(r"[;,/\n]+", text or "") if p.strip()]

    def good(part: str) -> bool:
        return bool(PHONE.match(part)) and 8 <= sum(c.isdigit() for c in part) <= 15

    return [p for p in parts if good(p)], [p for p in parts if not good(p)]
