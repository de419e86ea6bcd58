"""Reading one received file against a form: which unit(s), which values, what is wrong.

Nothing here writes. :func:`analyse_file` is the dry run the wizard previews and the
command line prints; :mod:`unionplanner.domain.received.service` commits what it found.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from unionplanner.core.text import fold
from unionplanner.domain.received.cells import (
    applies,
    read_more,
    read_other_columns,
    read_values,
    x_marks_in,
)
from unionplanner.domain.received.columns import value_columns
from unionplanner.domain.received.figures import Scales, settle
from unionplanner.domain.received.findings import (
    AnalysisContext,
    FileAnalysis,
    FileState,
    Mapping,
    Overrides,
    Problem,
    Severity,
    UnitFacts,
    UnitPart,
)
from unionplanner.domain.received.labels import table_labels
from unionplanner.domain.received.laid import placed_columns
from unionplanner.domain.received.matching import Target, UnitMatch, match_indicators
from unionplanner.domain.received.outside import read_outside
from unionplanner.domain.received.period_checks import (
    check_stated_period,
    other_period_columns,
    period_kinds,
)
from unionplanner.domain.received.reading import BROKEN, FileRead, read_file
from unionplanner.domain.received.unit_of_file import EXCHANGE, unit_of_file
from unionplanner.domain.report_forms.anatomy import Anatomy
from unionplanner.domain.report_forms.kinds import IndicatorKind, unit_class
from unionplanner.domain.report_forms.outline import is_female_label
from unionplanner.domain.report_forms.table_words import scale_of
from unionplanner.domain.sheets import detect
from unionplanner.domain.sheets.workbook import cell_address, parse_address

_REVISION_WORDS = ("bo sung", "bosung", "dieu chinh", "sua doi", "thay the", "lan 2", "ban sua",
                   "cap nhat", "sua lai", "gui lai", "revised", "bs")
_DATE = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")



def _is_revision(path: Path, texts: list[str]) -> bool:
    key = f" {fold(path.stem)} "
    if any(f" {w} " in key for w in _REVISION_WORDS):
        return True
    return any("bo sung" in fold(t) or "dieu chinh" in fold(t) for t in texts[:12])


def _report_date(texts: list[str]) -> dt.date | None:
    for text in texts:
        match = _DATE.search(fold(text))
        if match:
            day, month, year = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    return None


# --- choosing the sheet and table ------------------------------------------------------------

def _evaluate(table: detect.Table, targets: list[Target]) -> float:
    labels, _ = table_labels(table)
    matches = match_indicators(labels, targets)
    return sum(1.0 if m.sure else 0.5 for m in matches)


#: the share of a form's rows a sheet's table read whole must match for the detector's
#: tables of that sheet not to be weighed at all (measured: a fifth of the import's time)
_WHOLE_ENOUGH = 0.9


def _choose_table(read: FileRead, targets: list[Target], wanted: str | None,
                  analysis: FileAnalysis, laid: bool) -> detect.Table | None:
    """The table that holds the form's figures. ``laid``: the form keeps its template's
    layout, so each sheet's table read whole (:mod:`~unionplanner.domain.received.laid`)
    competes too, and wins a tie."""
    scored: list[tuple[float, detect.Table]] = []
    assert read.book is not None  # judged only when read
    for sheet in read.book.visible_sheets:
        if sheet.is_empty or (wanted and sheet.name != wanted):
            continue
        whole = read.laid_table(sheet) if laid else None
        if whole is not None:
            score = _evaluate(whole, targets)
            scored.append((score, whole))
            if score >= _WHOLE_ENOUGH * len(targets):
                continue  # the form's own table, found whole: no other reading can beat it
        for table in read.tables(sheet):
            scored.append((_evaluate(table, targets), table))
    if not scored:
        return None
    scored.sort(key=lambda st: st[0], reverse=True)
    best_score, best = scored[0]
    if best_score < max(min(2.0, len(targets)), 0.25 * len(targets)):  # a form of one row too
        return None
    good = [t for s, t in scored[1:] if s >= 0.5 * len(targets) and t.sheet is not best.sheet]
    analysis.other_sheets = [t.sheet.name for t in good]
    if good:
        analysis.problems.append(Problem(
            Severity.WARNING, "Tệp có nhiều trang giống báo cáo (" + ", ".join(
                [best.sheet.name] + analysis.other_sheets)
            + f"); đã lấy trang \"{best.sheet.name}\". Nếu không đúng, hãy chọn trang khác."))
    return best


# --- values ----------------------------------------------------------------------------------

def _mappings(table: detect.Table, targets: list[Target], overrides: Overrides) -> list[Mapping]:
    labels, where = table_labels(table)
    matched = {m.label: m for m in match_indicators(labels, targets)}
    result = []
    for i, label in enumerate(labels):
        index = where[i]
        if index in overrides.mapping:
            code = overrides.mapping[index]
            result.append(Mapping(index, label.text, code, 100.0 if code else 0.0, True, True))
            continue
        match = matched.get(i)
        if match:
            result.append(Mapping(index, label.text, match.code, match.score, match.sure,
                                  match.remembered))
        else:
            result.append(Mapping(index, label.text, None, 0.0, False))
    # an override may give a code to two labels: the override wins
    taken = {m.code for m in result if m.code and m.index in overrides.mapping}
    for m in result:
        if m.code in taken and m.index not in overrides.mapping:
            m.code, m.score, m.sure = None, 0.0, False
    return result


def _mapping_problems(analysis: FileAnalysis, targets: list[Target]) -> None:
    table = analysis.table
    assert table is not None
    names = {t.code: t.name for t in targets}
    rows = table.layout == detect.ROWS
    for m in analysis.mappings:
        where = (cell_address(m.index, table.label_col) if rows
                 else cell_address(table.header_rows[-1], m.index))
        if m.code is None:
            analysis.problems.append(Problem(
                Severity.WARNING, f"\"{m.label}\" không có trong mẫu báo cáo nên không nhập"
                         " (nếu đúng là một chỉ tiêu của mẫu, hãy chọn chỉ tiêu cho dòng này).",
                table.sheet.name, where))
        elif not m.sure:
            analysis.problems.append(Problem(
                Severity.WARNING, f"\"{m.label}\" được hiểu là chỉ tiêu \"{names[m.code]}\" (khớp "
                         f"{m.score:.0f}%): hãy kiểm tra.", table.sheet.name, where))
    found = {m.code for m in analysis.mappings if m.code}
    missing = [t for t in targets if t.code not in found]
    if missing:
        analysis.problems.append(Problem(
            Severity.WARNING,
            f"Tệp không có {len(missing)} chỉ tiêu của mẫu (để trống khi tổng hợp): "
                     + "; ".join(f"\"{t.name}\"" for t in missing[:5])
                     + (" ..." if len(missing) > 5 else ""), table.sheet.name))


def _analyse_rows(analysis: FileAnalysis, ctx: AnalysisContext, unit: UnitMatch) -> None:
    table = analysis.table
    assert table is not None and table.value_col is not None
    part = UnitPart(unit)
    anatomy = table.memo.get("anatomy")
    scales = Scales()
    if isinstance(anatomy, Anatomy):
        where, placement = placed_columns(analysis, table, anatomy, ctx)
        scales = Scales(placement.scale, placement.money)
        if 0 not in where.sheet_columns:
            analysis.parts.append(part)
            return
    else:
        where = value_columns(table, ctx.form.columns, ctx.period)
    if where.other_periods:
        other_period_columns(analysis, ctx.period, table.sheet.name)
    main = where.sheet_columns.get(0, table.value_col)
    cells = []
    value_cells = []
    for m in analysis.mappings:
        if m.code:
            cells.append((m.code, table.sheet.cell(m.index, main),
                          cell_address(m.index, main), m))
            value_cells.append((m.index, main))
    blanks: list[str] = []
    x_marks = x_marks_in(table, value_cells)
    read_values(part, cells, ctx.form.kinds, x_marks, table.sheet.name, blanks)
    read_other_columns(part, analysis, ctx, where, x_marks, blanks)
    scales.rows = _row_scales(table, analysis, ctx)
    empty, quiet = settle(part, ctx, set(blanks), scales, table.sheet.name)
    if empty or quiet:
        said = set(empty) | set(quiet)
        blanks = [b for b in blanks if b not in said]
    _say_blanks(part.problems, blanks, empty, ctx, table.sheet.name)
    analysis.parts.append(part)


def _row_scales(table: detect.Table, analysis: FileAnalysis, ctx: AnalysisContext
                ) -> dict[str, int]:
    """Indicator code → multiplier to đồng for rows whose unit is a scale of it: the unit
    the return's row states ("Triệu đồng", "1.000 đồng"; "đồng" is 1), else the form's."""
    scales: dict[str, int] = dict(ctx.form.layout.get("row_scales") or {})
    for m in analysis.mappings:
        if m.code and (money := scale_of(table.unit_of_measure(m.index))) is not None:
            scales[m.code] = money[1]
    return scales


def _say_blanks(problems: list[Problem], zeros: list[str], empty: list[str],
                ctx: AnalysisContext, sheet: str) -> None:
    """One line for the blank cells read as 0, one for those that hold no figure."""
    if zeros:
        problems.append(Problem(
            Severity.WARNING, f"{len(zeros)} ô để trống được tính là 0: " + ", ".join(zeros[:12])
            + (" ..." if len(zeros) > 12 else ""), sheet))
    if empty:
        problems.append(Problem(
            Severity.INFO, f"{len(empty)} ô để trống: không có số liệu (không tính là 0): "
            + ", ".join(empty[:12]) + (" ..." if len(empty) > 12 else ""), sheet))


def _analyse_units(analysis: FileAnalysis, ctx: AnalysisContext) -> None:
    table = analysis.table
    assert table is not None
    sheet = table.sheet.name
    for row, reason in table.skipped:
        if reason == "dòng tổng cộng":
            analysis.problems.append(Problem(
                Severity.INFO,
                f"Bỏ qua dòng \"{table.label(row)}\" (dòng tổng cộng, không phải một "
                "đơn vị).",
                sheet, cell_address(row, table.label_col)))
    columns = [(m.code, m) for m in analysis.mappings if m.code]
    x_marks = {code: x_marks_in(table, [(r, m.index) for r in table.data_rows])
               for code, m in columns}
    blanks: list[str] = []
    female = next((i for i, c in enumerate(ctx.form.columns) if is_female_label(c)), None)
    halves = _female_halves(table)
    for row in table.data_rows:
        label = table.label(row)
        match = ctx.units.match_name(label, "row")
        part = UnitPart(match, row=row)
        if match.unit is None:
            analysis.problems.append(Problem(
                Severity.ERROR,
                f"Không nhận ra đơn vị \"{label}\" trong danh sách CĐCS: dòng này không "
                       "được nhập. Hãy chọn đơn vị hoặc thêm đơn vị mới.",
                sheet, cell_address(row, table.label_col)))
        for code, m in columns:
            cell = [(code, table.sheet.cell(row, m.index), cell_address(row, m.index), m)]
            read_values(part, cell, ctx.form.kinds, x_marks[code], sheet, blanks)
            female_col = halves.get(m.index)
            if female_col is not None and female is not None and applies(ctx, code, female):
                read_more(part, m, female, table.sheet.cell(row, female_col),
                          cell_address(row, female_col), ctx, x_marks[code], blanks)
        analysis.parts.append(part)
    _drop_repeated_units(analysis, sheet)
    if blanks:
        analysis.problems.append(Problem(
            Severity.WARNING, f"{len(blanks)} ô để trống được tính là 0: " + ", ".join(blanks[:12])
            + (" ..." if len(blanks) > 12 else ""), sheet))


def _female_halves(table: detect.Table) -> dict[int, int]:
    """Main column → its "Nữ" column, for indicators split in two under one header."""
    halves: dict[int, int] = {}
    for main, other in zip(table.columns, table.columns[1:]):
        if other.split and is_female_label(other.split) and main.group == other.group and \
                not is_female_label(main.split):
            halves[main.index] = other.index
    return halves


def _drop_repeated_units(analysis: FileAnalysis, sheet: str) -> None:
    """Two rows of one sheet taken for the same unit (the unit written twice, or two names
    close enough to match one unit): which is right cannot be told, so none of them is
    imported and each row says why; the other rows go in. (Found by the long fuzz run: the
    later row silently replaced the earlier.)"""
    table = analysis.table
    assert table is not None  # called once the table is chosen
    rows_of: dict[int, list[UnitPart]] = {}
    for part in analysis.parts:
        if part.unit is not None and part.row is not None:
            rows_of.setdefault(part.unit.id, []).append(part)
    for parts in rows_of.values():
        if len(parts) < 2:
            continue
        unit = parts[0].unit
        assert unit is not None  # grouped by unit above
        rows = [p.row for p in parts if p.row is not None]
        lines = ", ".join(str(row + 1) for row in rows)
        for part, row in zip(parts, rows):
            label = table.label(row)
            analysis.problems.append(Problem(
                Severity.ERROR,
                f"Đơn vị {unit.code} – {unit.name} được hiểu ở nhiều dòng của trang "
                       f"(dòng {lines}) nên các dòng này chưa được nhập. Hãy sửa tệp, hoặc thêm "
                       "đơn vị còn thiếu vào danh sách rồi nhập lại.",
                sheet, cell_address(row, table.label_col)))
            part.match = UnitMatch(None, 0, False, label, "row")


def _outliers(part: UnitPart, ctx: AnalysisContext, targets: list[Target], sheet: str) -> None:
    unit = part.unit
    if unit is None:
        return
    facts = ctx.facts.get(unit.id, UnitFacts())
    if not facts.active:
        part.problems.append(Problem(
            Severity.WARNING,
            f"Đơn vị {unit.code} không còn hoạt động trong kỳ {ctx.period}.", sheet))
    by_code = {t.code: t for t in targets}
    previous = ctx.previous.get(unit.id, {})
    for code, found in part.values.items():
        value = found.value
        if not isinstance(value, int) or isinstance(value, bool):
            continue
        target = by_code[code]
        key = fold(target.name)
        if (facts.workers is not None and facts.members is not None and "ket nap" in key
                and "doan vien" in key and value > max(facts.workers - facts.members, 0)):
            part.problems.append(Problem(
                Severity.WARNING,
                f"Kết nạp mới {value} đoàn viên, nhiều hơn số người chưa vào công đoàn "
                         f"của đơn vị ({facts.workers - facts.members}).", sheet, found.cell))
        elif (facts.workers and unit_class(target.unit_of_measure) == "people"
              and "luot" not in key and value > 3 * max(facts.workers, 10)):
            part.problems.append(Problem(
                Severity.WARNING, f"{value} người là quá lớn so với quy mô đơn vị ({facts.workers} "
                         "CNVCLĐ): hãy kiểm tra.", sheet, found.cell))
        before = previous.get(code)
        if before and before > 0 and value >= 10 * before and target.kind != IndicatorKind.STOCK:
            part.problems.append(Problem(
                Severity.WARNING,
                f"Giá trị {value} gấp {value // before} lần kỳ trước ({before}): hãy "
                         "kiểm tra.", sheet, found.cell))


def analyse_file(path: str | Path, ctx: AnalysisContext,
                 overrides: Overrides | None = None) -> FileAnalysis:
    """Read ``path`` and judge it against ``ctx`` (a dry run; nothing is written): one
    file's :func:`~unionplanner.domain.received.reading.read_file` then :func:`judge`. An
    import of many files reads them together (:class:`~unionplanner.domain.received.
    session.ImportSession`)."""
    return judge(read_file(path), ctx, overrides)


def judge(read: FileRead, ctx: AnalysisContext,
          overrides: Overrides | None = None) -> FileAnalysis:
    """What a file already read says against ``ctx`` with the clerk's ``overrides``: the
    table, the unit(s), the values and the problems. Touches no file and no database, so a
    clerk's change is judged again in milliseconds.

    Never raises for a bad file: the returned analysis has status :attr:`FileState.FAILED`
    and an error problem saying what is wrong and what to do, or :attr:`FileState.SKIPPED`
    for a lock file or a file the clerk skipped.
    """
    analysis = _judge(read, ctx, overrides or Overrides())
    if analysis.overrides.skip:  # the clerk said not to import it, whatever was found
        analysis.status = FileState.SKIPPED
    return analysis


def _judge(read: FileRead, ctx: AnalysisContext, overrides: Overrides) -> FileAnalysis:
    analysis = FileAnalysis(read.path, overrides=overrides, size=read.size,
                            sha256=read.sha256, arrived_on=overrides.arrived_on or
                            read.modified_on)
    if read.not_report is not None:
        analysis.status = FileState.SKIPPED
        analysis.problems.append(Problem(Severity.INFO, read.not_report))
        return analysis
    book = read.book
    if book is None:
        return analysis.fail(read.failure or BROKEN.format(name=read.name))
    analysis.book = book
    analysis.sheet_names = [s.name for s in book.visible_sheets if not s.is_empty]
    for note in book.notes:
        analysis.problems.append(Problem(Severity.INFO, note))
    targets = ctx.form.table_targets
    marker = read.marker
    exchange = marker is not None and marker.get("kind") == EXCHANGE
    preferred = overrides.sheet or (str(marker.get("sheet")) if marker and exchange else None)
    table = _choose_table(read, targets, preferred, analysis,
                          bool(ctx.form.layout.get("columns")) and not exchange)
    if table is None:
        extra = " Tệp thực chất là CSV." if book.format == "csv" else ""
        return analysis.fail(
            "Không tìm thấy bảng số liệu của mẫu báo cáo này trong tệp (không có dòng/cột nào "
            "khớp với các chỉ tiêu)." + extra + " Hãy kiểm tra đơn vị đã dùng đúng biểu mẫu, "
            "hoặc chọn đúng mẫu báo cáo khi nhập.")
    analysis.table = table
    header_texts = detect.header_block(table.sheet, table)
    analysis.is_revision = _is_revision(read.path, header_texts)
    analysis.report_date = _report_date(header_texts)
    check_stated_period(analysis, read.stated_period(period_kinds(ctx)), read.marker, ctx)
    analysis.mappings = _mappings(table, targets, overrides)
    if marker is not None:
        _apply_marker(analysis, marker, ctx)
    _mapping_problems(analysis, targets)
    if table.layout == detect.ROWS:
        if table.value_col is None:
            return analysis.fail("Không tìm thấy cột kết quả (\"Kết quả thực hiện\", \"Thực "
                                 "hiện\", \"Số lượng\"...) trong bảng.", sheet=table.sheet.name)
        unit = unit_of_file(analysis, book, table, ctx, marker)
        _analyse_rows(analysis, ctx, unit)
        # a damaged table may be found without a header row: nothing then lies above it
        read_outside(analysis.parts[-1], table.sheet,
                     table.header_rows[0] if table.header_rows else 0, ctx)
        if unit.unit is None:
            analysis.fail("Không xác định được tệp này là báo cáo của đơn vị nào (tên đơn vị không "
                          "có trong tệp hoặc không khớp danh sách CĐCS, tên tệp cũng không khớp)."
                          " Hãy chọn đơn vị cho tệp, hoặc thêm đơn vị mới vào danh sách.")
        elif not unit.sure:
            analysis.problems.append(Problem(
                Severity.WARNING, f"Tệp được hiểu là báo cáo của {unit.unit.code} – "
                f"{unit.unit.name} (theo \"{unit.text}\", khớp {unit.score:.0f}%): hãy kiểm tra."))
    else:
        _analyse_units(analysis, ctx)
        if not any(p.unit for p in analysis.parts):
            analysis.fail("Không nhận ra đơn vị nào trong bảng tổng hợp.")
    for part in analysis.parts:
        for (unit_id, code), value in overrides.values.items():
            if part.unit and part.unit.id == unit_id and code in part.values:
                found = part.values[code]
                found.value = value
                part.problems = [p for p in part.problems if p.cell != found.cell]
        _outliers(part, ctx, ctx.form.targets, table.sheet.name)
    return analysis


def _apply_marker(analysis: FileAnalysis, marker: dict, ctx: AnalysisContext) -> None:
    """A form generated by the app says which row holds which indicator: trust it. An
    office's exchange workbook (its summary for the body above) is matched by content: the
    two levels have forms of their own."""
    if marker.get("kind") == EXCHANGE:
        return
    try:
        form_id = int(float(str(marker.get("form"))))
    except ValueError:
        form_id = None
    if form_id != ctx.form.form_id:
        analysis.problems.append(Problem(
            Severity.WARNING,
            "Tệp được tạo từ một mẫu báo cáo khác với mẫu đang chọn; đã đối chiếu theo "
                     "nội dung từng dòng."))
        return
    rows = {int(float(r)): str(code) for code, r in marker.get("rows", {}).items()}
    codes = {t.code for t in ctx.form.targets}
    for m in analysis.mappings:
        code = rows.get(m.index + 1)
        if code in codes:
            m.code, m.score, m.sure, m.remembered = code, 100.0, True, True


def found_value_cells(analysis: FileAnalysis) -> set[tuple[int, int]]:
    """(row, col) of every value read, for highlighting the table in the preview."""
    cells = set()
    for part in analysis.parts:
        for found in [*part.values.values(), *part.more.values()]:
            cells.add(parse_address(found.cell))
    return cells


def clear_caches() -> None:
    """Forget the cached text work (folding, legacy conversion, matching scores): for
    benchmarks that must start cold, and after a long session to give memory back."""
    from unionplanner.core import text as textutil
    from unionplanner.domain.received import matching
    from unionplanner.domain.report_forms import kinds, outline, table_rows
    from unionplanner.domain.sheets import legacy, workbook

    for function in (textutil._fold_text, kinds.unit_class, legacy._scores, legacy.to_unicode,
                     matching.indicator_key, matching.unit_key, matching._pair_score,
                     matching._match_indicators, detect._header_role, detect._is_signature_text,
                     workbook._clean_cell, outline._classify, outline.is_female_label,
                     table_rows._row_reading):
        function.cache_clear()
