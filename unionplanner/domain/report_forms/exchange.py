"""A form definition one office sends another (or a province to its offices), so that nobody
learns the same template twice: ``forms export ID --json`` writes it, ``forms import
FORM.json`` stores it as a new form.

The file is JSON: ``{"format": "unionplanner-form", "format_version": 1, "name", "title",
"columns", "period_kinds", "headings", "layout", "indicators": [{"code", "number", "name",
"unit_of_measure", "kind", "parent_code", "columns", "base_code", "total_of",
"form_code"}]}`` — the shape :func:`~unionplanner.domain.report_forms.service.form_to_dict`
gives, without the database's ids. A file that is not such a definition is refused with one
Vietnamese sentence; whatever it holds is checked as a form typed by hand would be
(:func:`~unionplanner.domain.report_forms.service.create_form`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from unionplanner.core.errors import UserError
from unionplanner.domain.report_forms.kinds import IndicatorKind
from unionplanner.domain.report_forms.models import ReportForm
from unionplanner.domain.report_forms.periods import PeriodKind
from unionplanner.domain.report_forms.service import FormShape, IndicatorFields, form_to_dict

FORMAT = "unionplanner-form"
FORMAT_VERSION = 1
#: the largest definition read (a form of a thousand indicators is far below)
MAX_BYTES = 5 * 1024 * 1024
_KINDS = {str(k) for k in IndicatorKind}
_PERIOD_KINDS = {str(k) for k in PeriodKind}


def form_definition(form: ReportForm) -> dict[str, Any]:
    """The current version of ``form`` as a definition (see the module text)."""
    data = form_to_dict(form)
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "name": data["name"],
            "title": data["title"], "columns": data["columns"],
            "period_kinds": data["period_kinds"], "headings": data["headings"],
            "layout": data["layout"],
            "indicators": [{k: v for k, v in i.items() if k != "position"}
                           for i in data["indicators"]]}


def _text(value: object, what: str, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > 2000:
        raise UserError(f"Tệp \"{name}\" không đúng dạng mẫu báo cáo ({what}). Hãy xuất lại "
                        "mẫu bằng lệnh \"unionplanner forms export\".")
    return value


def _codes(value: object, name: str) -> list[str] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UserError(f"Tệp \"{name}\" không đúng dạng mẫu báo cáo (danh sách mã chỉ tiêu).")
    return list(value)


def _columns(value: object, name: str) -> list[int] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool)
                                              for v in value):
        raise UserError(f"Tệp \"{name}\" không đúng dạng mẫu báo cáo (cột áp dụng).")
    return list(value)


def _is_layout(layout: object) -> bool:
    """A learnt table as :func:`~unionplanner.domain.report_forms.learn.layout_of` keeps it
    (what the import reads of it, checked for type)."""
    if layout is None:
        return True
    if not isinstance(layout, dict):
        return False
    columns = layout.get("columns") or []
    number = (int, float)
    return isinstance(columns, list) and all(
        isinstance(c, dict) and isinstance(c.get("path") or [], list)
        and all(isinstance(p, str) for p in c.get("path") or [])
        and isinstance(c.get("scale") or 1, number) and isinstance(c.get("blank") or "", str)
        for c in columns) and isinstance(layout.get("scale") or 1, number) and \
        isinstance(layout.get("year") or 0, int) and _is_row_scales(layout.get("row_scales"))


def _is_row_scales(scales: object) -> bool:
    """Rows in "triệu đồng": code → a power of ten from 10 to 10^9."""
    return scales is None or isinstance(scales, dict) and all(
        isinstance(code, str) and type(factor) is int and factor in _POWERS
        for code, factor in scales.items())


_POWERS = {10 ** n for n in range(1, 10)}


def read_definition(path: str | Path) -> tuple[str, str, list[IndicatorFields], FormShape]:
    """The form a definition file holds: (name, title, indicators, shape), ready for
    :func:`~unionplanner.domain.report_forms.service.create_form`. Raises UserError
    (naming the file) for a file that cannot be read, is not JSON, is not a definition of
    this program, or holds values of the wrong type."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UserError(f"Tệp \"{path.name}\" quá lớn để là một mẫu báo cáo.")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        raise UserError(f"Không đọc được \"{path.name}\" như một mẫu báo cáo (tệp .json). Hãy "
                        "xin lại tệp do chương trình xuất ra.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(f"\"{path.name}\" không phải tệp mẫu báo cáo của UnionPlanner.")
    if data.get("format_version") != FORMAT_VERSION:
        raise UserError(f"\"{path.name}\" được xuất từ một phiên bản UnionPlanner khác, chưa "
                        "đọc được. Hãy cập nhật chương trình.")
    items = data.get("indicators")
    if not isinstance(items, list) or not items or not all(isinstance(i, dict) for i in items):
        raise UserError(f"Tệp \"{path.name}\" không có chỉ tiêu nào.")
    fields = []
    for item in items:
        kind = _text(item.get("kind"), "loại chỉ tiêu", path.name) or IndicatorKind.COUNT
        if kind not in _KINDS:
            raise UserError(f"Tệp \"{path.name}\" có loại chỉ tiêu lạ \"{kind[:40]}\".")
        fields.append(IndicatorFields(
            _text(item.get("name"), "tên chỉ tiêu", path.name),
            _text(item.get("unit_of_measure"), "đơn vị tính", path.name), kind,
            _text(item.get("code"), "mã", path.name) or None,
            _text(item.get("number"), "số thứ tự", path.name),
            _text(item.get("parent_code"), "chỉ tiêu cha", path.name) or None,
            _columns(item.get("columns"), path.name),
            _text(item.get("base_code"), "chỉ tiêu gốc", path.name) or None,
            _codes(item.get("total_of"), path.name),
            _text(item.get("form_code"), "mã số", path.name) or None))
    columns = data.get("columns") or []
    kinds = data.get("period_kinds") or []
    headings = data.get("headings") or []
    layout = data.get("layout")
    if not (isinstance(columns, list) and all(isinstance(c, str) for c in columns)
            and isinstance(kinds, list) and all(k in _PERIOD_KINDS for k in kinds)
            and isinstance(headings, list) and all(isinstance(h, dict) for h in headings)
            and _is_layout(layout)):
        raise UserError(f"Tệp \"{path.name}\" không đúng dạng mẫu báo cáo (cột, kỳ hoặc "
                        "tiêu đề mục).")
    shape = FormShape(list(columns), list(kinds), list(headings), layout)
    return (_text(data.get("name"), "tên mẫu", path.name) or path.stem,
            _text(data.get("title"), "tiêu đề", path.name), fields, shape)
