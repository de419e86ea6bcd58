"""argparse's own words in Vietnamese: "usage:", "options", "show this help message and
exit", its error messages. Python ships no Vietnamese catalogue for them, so ``unionplanner
--help`` and a mistyped command came out half in English (issue 27 item 7). argparse asks
``gettext`` for each at the moment it prints it; :func:`install` puts this table in front.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

#: argparse's message (as in its source, Python 3.12) → the Vietnamese
WORDS = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "không có lựa chọn %(value)r (chọn một trong: %(choices)s)",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "expected one argument": "cần một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ (%(type)s)",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn %(option)s không rõ: có thể là %(matches)s",
    "not allowed with argument %s": "không dùng cùng với %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
}


def install() -> None:
    """Make argparse print :data:`WORDS` in Vietnamese (once; others as argparse has them)."""
    original: Callable[[str], str] = argparse._  # type: ignore[attr-defined]
    if getattr(original, "vietnamese", False):
        return

    def translate(message: str) -> str:
        return WORDS.get(message) or original(message)

    translate.vietnamese = True  # type: ignore[attr-defined]
    argparse._ = translate  # type: ignore[attr-defined]
