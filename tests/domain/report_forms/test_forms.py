"""Report forms: learning from the blank template, editing and versioning, and the
ready-to-fill workbooks sent down (locked, validated, marked) importing with no matching."""

from __future__ import annotations

import openpyxl
import pytest

from tests.helpers import learn_and_store
from unionplanner.core.errors import UserError
from unionplanner.domain.received.register import list_values
from unionplanner.domain.received.session import import_paths
from unionplanner.domain.report_forms.generate import generate_forms
from unionplanner.domain.report_forms.kinds import IndicatorKind, guess_kind
from unionplanner.domain.report_forms.learn import learn_form
from unionplanner.domain.report_forms.service import IndicatorFields, get_form, update_form
from unionplanner.domain.units.excel import import_units


@pytest.fixture
def district(db, samples):
    with db.transaction() as session:
        import_units(session, samples / "units.xlsx")
        form_id = learn_and_store(session, "TCN 2023", samples / "form.xlsx")
    return db, form_id


def test_learns_the_twenty_indicators_of_the_sample_template(samples):
    draft = learn_form(samples / "form.xlsx")
    assert draft.title.startswith("BIỂU TỔNG HỢP KẾT QUẢ")
    assert len(draft.indicators) == 20
    kinds = {i.name: i.kind for i in draft.indicators}
    assert kinds["Tổng số đoàn viên công đoàn"] == IndicatorKind.STOCK
    assert kinds["Tổng số tiền thăm hỏi, tặng quà"] == IndicatorKind.MONEY
    assert kinds["Có trang Fanpage/Zalo của công đoàn cơ sở"] == IndicatorKind.YESNO
    assert kinds['Số hoạt động "Mỗi công đoàn cơ sở, một lợi ích đoàn viên"'] == "count"


def test_guess_kind_reads_units_of_measure():
    assert guess_kind("Tỉ lệ đoàn viên", "%") == "percent"
    assert guess_kind("Kinh phí hỗ trợ", "Triệu đồng") == IndicatorKind.MONEY
    assert guess_kind("Số hoạt động", "Hoạt động") == "count"


def test_editing_a_used_form_makes_a_new_version(district, samples):
    db, form_id = district
    with db.transaction() as session:
        form = get_form(session, form_id)
        items = [IndicatorFields(i.name, i.unit_of_measure, i.kind, i.code)
                 for i in form.current.indicators]
        items[0].name = "Tổng số đoàn viên"
        version = update_form(session, form_id, form.name, form.title, items)
        assert version.number == 1  # not used yet: changed in place
    import_paths(db, [samples / "reports" / "Cong ty CP Thuy san Dieu Tri - bieu so lieu.xlsx"],
                 form_id, "2023-05")
    with db.transaction() as session:
        form = get_form(session, form_id)
        items = [IndicatorFields(i.name, i.unit_of_measure, i.kind, i.code)
                 for i in form.current.indicators]
        items.append(IndicatorFields("Số cuộc tọa đàm", "Cuộc", "count"))
        version = update_form(session, form_id, form.name, form.title, items)
        assert version.number == 2
        assert [i.code for i in version.indicators][-1] == "CT21"
        assert len(get_form(session, form_id).versions[0].indicators) == 20
    with db.session() as session:
        old = list_values(session, "2023-05", form_id)
    assert len(old) == 20 and old[0]["indicator"] == "Tổng số đoàn viên"


def test_bad_form_edits_are_refused(district):
    db, form_id = district
    with pytest.raises(UserError, match="trùng"):
        with db.transaction() as session:
            update_form(session, form_id, "TCN 2023", "", [
                IndicatorFields("Số vụ", "Vụ", "count"), IndicatorFields("số  vụ", "Vụ", "count")])
    with pytest.raises(UserError, match="ít nhất"):
        with db.transaction() as session:
            update_form(session, form_id, "TCN 2023", "", [])
    with db.session() as session:
        assert len(get_form(session, form_id).current.indicators) == 20


def test_generated_forms_are_locked_validated_and_import_by_their_marker(district, tmp_path):
    db, form_id = district
    with db.session() as session:
        written = generate_forms(session, form_id, "2023-06", tmp_path / "out",
                                 unit_codes=["SA001", "SA050"])
    assert [p.name for p in written] == ["SA001 - Phòng Giáo dục và Đào tạo - 2023-06.xlsx",
                                         "SA050 - Trường Mầm non Phước Thắng - 2023-06.xlsx"]
    book = openpyxl.load_workbook(written[0])
    sheet = book["Báo cáo"]
    assert sheet.protection.sheet
    assert not sheet["D8"].protection.locked and sheet["B8"].protection.locked
    kinds = {dv.type for dv in sheet.data_validations.dataValidation}
    assert kinds == {"whole", "list"}
    assert book["_unionplanner"].sheet_state == "veryHidden"
    assert "2023" in sheet["A5"].value and "PHÒNG GIÁO DỤC" in sheet["A2"].value

    # the unit fills it in, rewords a row and renames the file: it still imports exactly
    for row in range(8, 28):
        sheet[f"D{row}"] = "Có" if row in (10, 11, 26, 27) else row
    sheet["B12"] = "Kết nạp mới"
    sheet["A2"] = "CĐCS ???"
    filled = tmp_path / "bao cao.xlsx"
    book.save(filled)
    result = import_paths(db, [filled], form_id, "2023-06")
    plan = result.plans[0]
    assert plan.status == "imported" and plan.parts[0].part.unit.code == "SA001"
    assert not [p for p in plan.analysis.all_problems() if p.severity == "error"]
    with db.session() as session:
        values = {v["code"]: v["value"] for v in list_values(session, "2023-06", form_id)}
    assert values["CT05"] == 12 and values["CT03"] is True and len(values) == 20
