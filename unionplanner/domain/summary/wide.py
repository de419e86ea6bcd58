"""A summary's value columns laid out as the form lays them out: in the form's column order,
under its header as a tree ("Trình độ chuyên môn" over "Đại học" over "Tổng số | Nữ"), the
group cells merged across the columns they cover and each leaf down to the last header row.

A form of a few value columns ("Tổng số | Nữ", a finance form's three) has this table in the
body of the report, in portrait. A statistics table of many (a staff form's 31) does not fit
a portrait page: the body then keeps the main column and the whole table goes to a landscape
appendix, its type smaller and each column as wide as its longest figure or header word.
The layout follows Mẫu 2-HĐCĐ (QĐ 1454/QĐ-TLĐ), which repeats the form's own columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from unionplanner.domain.documents import layout as L
from unionplanner.domain.report_forms.outline import headings_before
from unionplanner.domain.report_forms.table_words import scale_of
from unionplanner.domain.summary.aggregate import IndicatorTotal, Summary
from unionplanner.domain.summary.report import SummaryReport, column_text

#: more value columns than this and the table goes to a landscape appendix
WIDE = 5

Span = tuple[int, int, int, int]


_BRACKET = re.compile(r"\(([^()]*)\)")


def in_dong(text: str) -> str:
    """A column's name as a summary prints it: its figures are stored and summed in đồng,
    so a scale the form's header states ("Chi phí (1.000 đ)", "(triệu đồng)") reads
    "(đồng)" above them."""
    def one(found: re.Match[str]) -> str:
        money = scale_of(found.group(1))
        return "(đồng)" if money and money[1] > 1 else found.group(0)
    return _BRACKET.sub(one, text)


def form_order(s: Summary) -> list[int]:
    """The indices of ``s.columns`` in the order the form's sheet has them (the main
    column is first in ``s.columns``, wherever the form puts it)."""
    places = s.places if len(s.places) == len(s.columns) else list(range(len(s.columns)))
    return sorted(range(len(s.columns)), key=lambda n: (places[n], n))


def header_block(before: list[str], paths: list[tuple[str, ...]], after: list[str]
                 ) -> tuple[list[list[str]], list[Span]]:
    """Header rows for the columns ``before`` (one text each, down all the rows), the value
    columns by their header ``paths`` (top first) and the columns ``after``; with the
    merged cells (see :class:`unionplanner.domain.documents.layout.Table`). Adjacent value
    columns under the same group share one cell for it."""
    depth = max((len(p) for p in paths), default=1)
    width = len(before) + len(paths) + len(after)
    rows = [[""] * width for _ in range(depth)]
    spans: list[Span] = []
    fixed = list(enumerate(before)) + [(len(before) + len(paths) + n, text)
                                       for n, text in enumerate(after)]
    for column, text in fixed:
        rows[0][column] = text
        if depth > 1:
            spans.append((column, 0, column, depth - 1))
    start = len(before)
    for level in range(depth):
        c = 0
        while c < len(paths):
            path = paths[c]
            if level >= len(path):
                c += 1
                continue
            end = c
            if level < len(path) - 1:  # a group: as far as the columns under it go
                while end + 1 < len(paths) and len(paths[end + 1]) - 1 > level and \
                        paths[end + 1][:level + 1] == path[:level + 1]:
                    end += 1
            rows[level][start + c] = path[level]
            if level == len(path) - 1 and level < depth - 1:  # a leaf: down to the bottom
                spans.append((start + c, level, start + c, depth - 1))
            elif end > c:
                spans.append((start + c, level, start + end, level))
            c = end + 1
    return rows, spans


def lines_under_headings(s: Summary
                         ) -> Iterator[tuple[int, IndicatorTotal | None, dict[str, Any]]]:
    """The form's lines in order: (number, indicator, {}) for each indicator (numbered from
    1), each preceded by (number, None, heading) for the section and group headings the form
    puts before it."""
    before = headings_before(s.headings)
    for number, i in enumerate(s.indicators, 1):
        for heading in before.get(i.code, []):
            yield number, None, heading
        yield number, i, {}


def column_table(report: SummaryReport) -> L.Table:
    """Every value column of the form under its header (see the module text), one row per
    indicator under the form's section and group headings (bold rows), with the number of
    units that reported it: "x" where a column does not apply, blank where no unit gave a
    figure."""
    s = report.summary
    order = form_order(s)
    labels = [s.columns[n] for n in order]
    paths = [tuple(in_dong(p) for p in s.paths[n]) if len(s.paths) == len(s.columns)
             else (in_dong(s.columns[n]),) for n in order]
    units = any(i.unit_of_measure for i in s.indicators)  # a staff table has none
    before = ["TT", "Nội dung", *(["Đơn vị tính"] if units else [])]
    header, spans = header_block(before, paths, ["Số CĐCS báo cáo"])
    rows: list[list[str]] = []
    bold: set[int] = set()
    for _number, i, heading in lines_under_headings(s):
        if i is None:
            bold.add(len(rows))
            rows.append([str(heading.get("number", "")), str(heading.get("text", "")),
                         *([""] * (len(before) - 2 + len(labels) + 1))])
            continue
        rows.append([i.row_number, i.name, *([i.unit_of_measure] if units else []),
                     *[column_text(i, s.columns, label) for label in labels],
                     str(i.units_reported)])
    wide = len(labels) > WIDE
    fixed = ([0.04, 0.22] if wide else [0.06, 0.36]) + ([0.07 if wide else 0.1] if units else [])
    # each value column (and the count of units) as wide as its longest figure or word
    first = len(before)
    need = [max([len(row[first + n]) for row in rows]
                + [len(word) for level in header for word in level[first + n].split()]) + 1
            for n in range(len(labels) + 1)]
    room = 1 - sum(fixed)
    widths = [*fixed, *[room * n / sum(need) for n in need]]
    size = 11 if not wide else (8 if len(labels) <= 12 else 6.5)
    return L.Table(header, rows, widths, numeric={0, *range(first, first + len(labels) + 1)},
                   size=size, bold_rows=bold, spans=spans)


def columns_appendix(report: SummaryReport, number: str, attached: str) -> L.Appendix:
    """The whole table of a form of many value columns as landscape appendix ``number``."""
    return L.Appendix(number, f"Số liệu tổng hợp theo các cột của mẫu — {report.period_text}",
                      attached, [column_table(report)], landscape=True)
