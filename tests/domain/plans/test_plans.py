"""Plans: templates, storage rules (numbers, revisions, stable item rows), moving to another
year, implementing a parent plan, and printing to PDF and Word in the official format."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pypdf import PdfReader

from unionplanner.cli import main
from unionplanner.core.errors import UserError
from unionplanner.domain.office.service import OfficeDetails, save_departments, save_office
from unionplanner.domain.plans import service
from unionplanner.domain.plans.document import PlanDocument, PlanStatus
from unionplanner.domain.plans.drafting import implement_plan, new_from_template
from unionplanner.domain.plans.export import export_docx, export_pdf
from unionplanner.domain.plans.extract import read_plan
from unionplanner.domain.plans.models import PlanActivity, PlanRevision
from unionplanner.domain.plans.shift import shift_years
from unionplanner.domain.plans.templates import TEMPLATES

SEEDS = ("000_765413dbe16de2c5", "002_2c1bfa3cf37a1e5a", "003_4a44d8c65f0918c8")


@pytest.fixture
def office(db):
    with db.transaction() as session:
        save_office(session, OfficeDetails(
            name="Liên đoàn Lao động huyện Tuy Phước", parent_body="LĐLĐ tỉnh Bình Định",
            place="Tuy Phước", symbol="LĐLĐ", signers=[
                {"authority": "TM. BAN THƯỜNG VỤ", "title": "CHỦ TỊCH", "name": "Nguyễn Văn An"}]))
        save_departments(session, [{"name": "Ban Tuyên giáo - Nữ công"},
                                   {"name": "Ban Tổ chức - Kiểm tra"},
                                   {"name": "Ban Chính sách pháp luật và Quan hệ lao động"},
                                   {"name": "Văn phòng"}])
    return db


def _pdf_text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def _pdf_fonts(path) -> set[str]:
    fonts = set()
    for page in PdfReader(str(path)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    return fonts


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_each_template_saves_prints_and_reads_back(office, name, tmp_path):
    with office.transaction() as session:
        plan = new_from_template(session, name, 2024)
        number = plan.number
        doc = service.load_document(plan)
    assert number == 1 and doc.signer.name == "Nguyễn Văn An"
    assert doc.activities and all(a.months for a in doc.activities)
    assert doc.targets and doc.deadlines
    pdf = export_pdf(doc, tmp_path / "kh.pdf")
    pages = _pdf_text(pdf)
    assert "KẾ HOẠCH" in pages[0] and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pages[0]
    assert "Số: 01/KH-LĐLĐ" in pages[0] and "Nơi nhận" in pages[-2]
    # the appendix of the activities, with their months, and of the targets (issue 26)
    assert pages[-1].split()[1:3] == ["Phụ", "lục"] and "Thời gian" in pages[-1]
    assert all(f.split("+")[-1].startswith("LiberationSerif") for f in _pdf_fonts(pdf))
    if len(pages) > 1:  # page numbers from page 2, at the top
        assert pages[1].lstrip().startswith("2") and not pages[0].lstrip().startswith("1")
    from_pdf = read_plan(pdf).document  # a plan sent as PDF reads back too
    assert (from_pdf.number, from_pdf.symbol, from_pdf.date, from_pdf.title) == (
        1, "KH-LĐLĐ", doc.date, doc.title)
    assert [(d.date, d.kind) for d in from_pdf.deadlines] == [(d.date, d.kind)
                                                              for d in doc.deadlines]
    back = read_plan(export_docx(doc, tmp_path / "kh.docx")).document
    assert (back.title, back.number, back.symbol, back.date, back.place) == (
        doc.title, 1, "KH-LĐLĐ", doc.date, "Tuy Phước")
    assert back.issuer == "LIÊN ĐOÀN LAO ĐỘNG HUYỆN TUY PHƯỚC"
    assert [(t.shape, t.percent) for t in back.targets if t.percent] == [
        (t.shape, t.percent) for t in doc.targets if t.percent]
    assert [(d.date, d.kind) for d in back.deadlines] == [(d.date, d.kind) for d in doc.deadlines]
    assert back.recipients == doc.recipients and back.signer == doc.signer


def test_numbers_are_unique_per_year_and_type(office):
    with office.transaction() as session:
        first = new_from_template(session, "thang-cong-nhan", 2024)
        second = new_from_template(session, "ky-niem-28-7", 2024)
        assert (first.number, second.number) == (1, 2)
        doc = service.load_document(second)
        doc.number = 1
        with pytest.raises(UserError, match="đã dùng"):
            service.save_plan(session, second.id, doc)
    with office.transaction() as session:
        next_year = new_from_template(session, "thang-cong-nhan", 2025)
        assert next_year.number == 1


def test_an_issued_plan_keeps_its_text_as_a_revision_and_items_keep_their_rows(office):
    with office.transaction() as session:
        plan = new_from_template(session, "thang-cong-nhan", 2024)
        plan_id = plan.id
        rows_before = {a.key: a.id for a in plan.activities}
        service.set_status(session, plan_id, PlanStatus.ISSUED)
    with office.transaction() as session:
        doc = service.load_document(service.get_plan(session, plan_id))
        old_title = doc.title
        doc.title = "Tổ chức Tháng Công nhân năm 2024 (điều chỉnh)"
        doc.activities[0].months = ["2024-05"]
        service.save_plan(session, plan_id, doc)
    with office.session() as session:
        plan = service.get_plan(session, plan_id)
        assert plan.revision == 2 and plan.status == PlanStatus.ISSUED
        assert {a.key: a.id for a in plan.activities} == rows_before
        assert service.revision_document(session, plan_id, 1).title == old_title
        assert session.query(PlanRevision).count() == 1
    with office.transaction() as session:  # saving the same text again adds nothing
        same = service.load_document(service.get_plan(session, plan_id))
        service.save_plan(session, plan_id, same)
    with office.session() as session:
        assert service.get_plan(session, plan_id).revision == 2
    with office.transaction() as session:
        service.set_status(session, plan_id, "closed")
    with office.transaction() as session, pytest.raises(UserError, match="kết thúc"):
        service.save_plan(session, plan_id, doc)


def test_copy_to_next_year_shifts_dates_and_years(office):
    with office.transaction() as session:
        plan = new_from_template(session, "ky-niem-28-7", 2024)
        copy = service.duplicate_plan(session, plan.id, year=2025)
        doc = service.load_document(copy)
    assert doc.title == ("Tổ chức các hoạt động kỷ niệm 96 năm Ngày thành lập Công đoàn Việt Nam "
                         "(28/7/1929 - 28/7/2025)")
    assert doc.date == dt.date(2025, 5, 20) and doc.number is None
    assert doc.deadlines[0].date == dt.date(2025, 8, 10)
    assert "10/8/2025" in " ".join(b.text for b in doc.blocks)
    assert all(m.startswith("2025-") for a in doc.activities for m in a.months)
    untouched = shift_years(PlanDocument(title="Nghị quyết 20-NQ/TW năm 2008", date=dt.date(
        2024, 1, 1)), 1)
    assert untouched.title == "Nghị quyết 20-NQ/TW năm 2008"


def test_implementing_a_parent_plan(office, seeds_dir):
    extraction = read_plan(seeds_dir / f"{SEEDS[0]}.docx")
    with office.transaction() as session:
        parent = service.create_plan(session, extraction.document, origin=service.PARENT)
        ours = implement_plan(session, parent.id, today=dt.date(2023, 4, 1))
        doc = service.load_document(ours)
    assert doc.basis[0].plan_id == parent.id and doc.basis[0].reference == ""
    assert doc.title == extraction.document.title
    assert [a.title for a in doc.activities] == [a.title for a in extraction.document.activities]
    assert [t.shape for t in doc.targets] == [t.shape for t in extraction.document.targets]
    report = [d for d in doc.deadlines if d.kind == "report"]
    assert dt.date(2023, 6, 5) in [d.date for d in report]  # the parent's 10/6, five days early


@pytest.mark.parametrize("seed", SEEDS)
def test_each_seed_saves_and_prints(office, seeds_dir, seed, tmp_path):
    extraction = read_plan(seeds_dir / f"{seed}.docx")
    with office.transaction() as session:
        plan = service.create_plan(session, extraction.document, origin=service.PARENT)
        doc = service.load_document(plan)
    assert doc.to_dict() == PlanDocument.from_dict(extraction.document.to_dict()).to_dict()
    pages = _pdf_text(export_pdf(doc, tmp_path / "seed.pdf"))
    assert doc.title.split()[0] in pages[0]
    back = read_plan(export_docx(doc, tmp_path / "seed.docx")).document
    assert back.title == doc.title
    assert [(t.shape, t.value, t.percent) for t in back.targets] == [
        (t.shape, t.value, t.percent) for t in doc.targets]
    assert [(d.date, d.kind) for d in back.deadlines] == [(d.date, d.kind) for d in doc.deadlines]


def test_command_line(office, capsys, tmp_path, seeds_dir):
    db = ["--db", str(office.file)]
    assert main([*db, "plans", "templates", "--json"]) == 0
    names = [t["name"] for t in json.loads(capsys.readouterr().out)]
    assert names[:5] == list(TEMPLATES)
    assert main([*db, "plans", "new", "--template", "tet-sum-vay", "--year", "2025",
                 "--json"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["id"] and created["status"] == "draft" and created["year"] == 2024
    assert main([*db, "plans", "export", str(created["id"]), "--pdf", str(tmp_path / "a.pdf"),
                 "--docx", str(tmp_path / "a.docx")]) == 0
    assert (tmp_path / "a.pdf").stat().st_size > 5000 and (tmp_path / "a.docx").exists()
    capsys.readouterr()
    assert main([*db, "plans", "import-doc", str(seeds_dir / f"{SEEDS[1]}.docx"), "--json"]) == 0
    draft = json.loads(capsys.readouterr().out)
    for key in ("issuer", "parent", "number", "symbol", "date", "place", "doc_type", "title",
                "basis", "sections", "activities", "targets", "deadlines", "recipients",
                "signer"):
        assert key in draft
    assert main([*db, "plans", "list", "--json"]) == 0
    assert [p["id"] for p in json.loads(capsys.readouterr().out)] == [created["id"]]
    assert main([*db, "plans", "new", "--template", "khong-co", "--year", "2025"]) == 1
    assert "Không có mẫu" in capsys.readouterr().err


def test_activity_rows_follow_the_document(office):
    with office.transaction() as session:
        plan = new_from_template(session, "truyen-thong", 2024)
        doc = service.load_document(plan)
        removed = doc.activities.pop(0)
        service.save_plan(session, plan.id, doc)
        keys = [a.key for a in session.query(PlanActivity).filter_by(plan_id=plan.id)]
    assert removed.id not in keys and len(keys) == len(doc.activities)


def test_a_plan_saved_as_template_makes_next_years_plan(office):
    with office.transaction() as session:
        plan = new_from_template(session, "ky-niem-28-7", 2024)
        doc = service.load_document(plan)
        doc.title = "Kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam năm 2024 tại huyện"
        service.save_plan(session, plan.id, doc)
        service.save_template(session, plan.id, "Kỷ niệm 28/7 của huyện")
    with office.transaction() as session:
        copy = new_from_template(session, "kỷ niệm 28/7 của huyện", 2025)
        made = service.load_document(copy)
    assert made.title == "Kỷ niệm 96 năm Ngày thành lập Công đoàn Việt Nam năm 2025 tại huyện"
    assert made.number == 1 and made.date.year == 2025
    assert {a.id for a in made.activities}.isdisjoint({a.id for a in doc.activities})


def test_saving_over_someone_elses_save_is_refused_unless_asked(db):
    from unionplanner.core.errors import ANY, ChangedMeanwhile
    from unionplanner.domain.plans.drafting import new_from_template
    from unionplanner.domain.plans.service import get_plan, load_document, save_plan

    with db.transaction() as session:
        plan = new_from_template(session, "ky-niem-28-7", 2024)
        plan_id, seen = plan.id, plan.updated_at
    with db.transaction() as session:  # somebody else changes only an activity
        doc = load_document(get_plan(session, plan_id))
        doc.activities[0].title += " (đã sửa)"
        save_plan(session, plan_id, doc)
    with db.transaction() as session, pytest.raises(ChangedMeanwhile):
        doc = load_document(get_plan(session, plan_id))
        save_plan(session, plan_id, doc, seen=seen)
    with db.transaction() as session:
        plan = get_plan(session, plan_id)
        fresh = plan.updated_at
        save_plan(session, plan_id, load_document(plan), seen=fresh)
        save_plan(session, plan_id, load_document(plan), seen=ANY)


def test_codes_of_a_saved_plan_come_back_as_their_kinds_and_unknown_ones_as_the_default():
    """A plan's JSON (saved by this version, another one, or a tampered backup) gives the
    target shapes and scopes as members; a code no version wrote is not kept."""
    from unionplanner.domain.plans.document import ScopeKind, TargetShape

    data = PlanDocument(targets=[]).to_dict()
    data["targets"] = [
        {"text": "90% CĐCS", "shape": "share_of_units", "percent": 90.0,
         "scope": {"kind": "sectors", "sectors": ["hcsn"]}},
        {"text": "?", "shape": "sum_of_codes", "scope": {"kind": "everyone"}},
    ]
    doc = PlanDocument.from_dict(data)
    first, odd = doc.targets
    assert first.shape is TargetShape.SHARE_OF_UNITS and first.scope.kind is ScopeKind.SECTORS
    assert odd.shape is TargetShape.QUALITATIVE and odd.scope.kind is ScopeKind.ALL_UNITS
    assert PlanDocument.from_dict(doc.to_dict()).to_dict() == doc.to_dict()
