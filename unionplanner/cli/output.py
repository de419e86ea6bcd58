"""What every command shares: opening the database named by ``--db``, printing text or
JSON (``--json``), and writing output files with one message for a file that cannot be
written."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from unionplanner.core.errors import UserError
from unionplanner.core.files import cannot_write

#: how --period is written (unionplanner.domain.report_forms.periods)
PERIOD_HELP = ("tháng 2023-05, quý 2024-Q1, 6 tháng 2025-H1 hoặc 2025-H2, năm 2025, "
               "số liệu tính đến ngày 2026-10-15")


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print ``data`` as JSON when ``--json`` was given, else ``text``."""
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text)


def write_outputs(document, writers) -> list[str]:
    """Write ``document`` with each (path or None, writer) pair given a path; the written
    paths. A file that cannot be written is a UserError naming what to check."""
    written = []
    for path, writer in writers:
        if not path:
            continue
        try:
            written.append(str(writer(document, Path(path))))
        except OSError as exc:
            raise UserError(cannot_write(path, exc)) from None
    return written


def open_db(args: argparse.Namespace):
    """The database named by ``--db`` (the default file when absent), opened and migrated."""
    from unionplanner.domain.storage.database import open_database

    return open_database(args.db)
