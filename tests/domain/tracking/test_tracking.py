"""Monthly tracking: the state rules, late months across a year end, tallies per plan and
department, evidence, qualitative targets, the audit log and the command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from unionplanner.cli import main
from unionplanner.core.errors import UserError
from unionplanner.domain.plans import service as plans
from unionplanner.domain.plans.drafting import new_from_template
from unionplanner.domain.storage.models import AuditEntry
from unionplanner.domain.tracking import service as t


@pytest.fixture
def tet(db):
    """The Tết Sum vầy plan for 2024, issued: activities in 12/2023, 1/2024, 1–2/2024."""
    with db.transaction() as session:
        plan = new_from_template(session, "tet-sum-vay", 2024)
        plans.set_status(session, plan.id, "issued")
        return plan.id


def _activities(db, plan_id):
    with db.session() as session:
        return t.activity_rows(session, [plan_id])


def test_states_and_their_rules(db, tet):
    rows = _activities(db, tet)
    first = rows[0]
    assert first.months == ["2023-12"]
    with db.transaction() as session:
        check = t.set_check(session, first.id, "2023-12", t.DONE, note="Đã rà soát 40 CĐCS")
        assert check.done_on == dt.date.today()
        t.set_check(session, first.id, "2023-12", t.PARTIAL)
    with db.session() as session:
        check = t.get_check(session, first.id, "2023-12")
        assert (check.status, check.note) == (t.PARTIAL, "Đã rà soát 40 CĐCS")
    with db.transaction() as session, pytest.raises(UserError, match="lý do"):
        t.set_check(session, first.id, "2024-01", t.CANCELLED)
    with db.transaction() as session:
        cancelled = t.set_check(session, first.id, "2024-01", t.CANCELLED, note="Trùng lịch")
        assert cancelled.reason == "Trùng lịch"
    for bad in (("2024-13", t.DONE), ("2024-01", "xong")):
        with db.transaction() as session, pytest.raises(UserError):
            t.set_check(session, first.id, *bad)
    with db.transaction() as session:
        draft = new_from_template(session, "truyen-thong", 2024)
        activity = draft.activities[0].id
    with db.transaction() as session, pytest.raises(UserError, match="chưa ban hành"):
        t.set_check(session, activity, "2024-01", t.DONE)


def test_late_months_across_the_year_end(db, tet):
    rows = _activities(db, tet)
    december, january, january_february = rows
    assert january_february.months == ["2024-01", "2024-02"]
    with db.session() as session:
        assert t.overdue(session, dt.date(2023, 12, 31), [tet]) == []
        late = t.overdue(session, dt.date(2024, 1, 1), [tet])
        assert [(x.activity_id, x.month) for x in late] == [(december.id, "2023-12")]
        late = t.overdue(session, dt.date(2024, 3, 1), [tet])
        assert [x.month for x in late] == ["2023-12", "2024-01", "2024-01", "2024-02"]
    with db.transaction() as session:
        t.set_check(session, december.id, "2023-12", t.DONE)
        t.set_check(session, january.id, "2024-01", t.NOT_DONE)  # "chưa thực hiện": late
        t.set_check(session, january_february.id, "2024-01", t.DONE)
    with db.session() as session:
        late = t.overdue(session, dt.date(2024, 3, 1), [tet])
        assert [(x.activity_id, x.month, x.status) for x in late] == [
            (january.id, "2024-01", t.NOT_DONE), (january_february.id, "2024-02", None)]
    for state in (t.POSTPONED, t.IN_PROGRESS, t.PARTIAL):  # issue 27 item 4: not late
        with db.transaction() as session:
            t.set_check(session, january.id, "2024-01", state, reason="Lùi sang quý II")
        with db.session() as session:
            late = t.overdue(session, dt.date(2024, 3, 1), [tet])
            assert [x.activity_id for x in late] == [january_february.id], state


def test_tallies_per_plan_and_department(db, tet):
    rows = _activities(db, tet)
    with db.transaction() as session:
        t.set_check(session, rows[0].id, "2023-12", t.DONE)
    rows = _activities(db, tet)
    by_plan, by_department = t.tallies(rows, dt.date(2024, 1, 15))
    [tally] = by_plan.values()
    assert (tally.due, tally.done, tally.late) == (3, 1, 0)  # 12/2023, 1/2024 twice
    assert round(tally.share_done, 1) == 33.3
    assert set(by_department) == {"Ban Chính sách pháp luật và Quan hệ lao động"}


def test_evidence_targets_and_audit(db, tet, tmp_path, data_dir):
    rows = _activities(db, tet)
    photo = tmp_path / "anh trao qua.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    with db.transaction() as session:
        check = t.set_check(session, rows[1].id, "2024-01", t.DONE, done_by="Văn phòng")
        file = t.add_evidence(session, check.id, str(photo), data_dir)
        link = t.add_evidence(session, check.id, "https://ldld.example.vn/tin/123", data_dir)
        again = t.add_evidence(session, check.id, str(photo), data_dir)
    assert (data_dir / file.location).read_bytes() == b"\xff\xd8 a photo"
    assert again.location != file.location and link.kind == "link"
    # a long name is kept under the one rule for kept copies; the shown name stays whole
    long_photo = tmp_path / ("Ảnh trao quà Tết cho đoàn viên khó khăn " * 4 + ".jpg")  # 204 bytes
    long_photo.write_bytes(b"\xff\xd8 another")
    with db.transaction() as session:
        long = t.add_evidence(session, check.id, str(long_photo), data_dir)
    assert long.name == long_photo.name and (data_dir / long.location).is_file()
    assert len(Path(long.location).name.encode("utf-8")) <= 180
    assert long.location.endswith(".jpg") and "\\" not in long.location
    with db.transaction() as session, pytest.raises(UserError, match="Không tìm thấy tệp"):
        t.add_evidence(session, check.id, str(tmp_path / "missing.jpg"), data_dir)
    with db.transaction() as session:
        target = plans.get_plan(session, tet).targets[0]
        t.set_target_check(session, target.id, True, "Đủ 100%")
    with db.session() as session:
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.entity == "activity_check")).all()
        assert entries and entries[0].action == "create"
        clear = t.get_check(session, rows[1].id, "2024-01")
        assert len(clear.evidence) == 4


def test_evidence_opens_on_another_pc_of_a_server_database(db, tet, tmp_path, data_dir,
                                                            monkeypatch):
    """A server database keeps an attached file's bytes, so a second PC (another data folder)
    can open it; an SQLite office has it beside the file only, and a rolled-back attachment
    keeps nothing."""
    from tests.conftest import POSTGRES
    from unionplanner.domain.storage.files import local_copy

    rows = _activities(db, tet)
    photo = tmp_path / "bien ban.pdf"
    photo.write_bytes(b"%PDF minutes")
    with db.transaction() as session:
        check = t.set_check(session, rows[1].id, "2024-01", t.DONE)
        location = t.add_evidence(session, check.id, str(photo), data_dir).location
    assert "\\" not in location and location.startswith("evidence/")
    assert local_copy(db, location) == data_dir / location
    with pytest.raises(RuntimeError), db.transaction() as session:
        t.add_evidence(session, check.id, str(photo), data_dir)
        raise RuntimeError("the user cancelled")
    other_pc = tmp_path / "other-pc"
    other_pc.mkdir()
    monkeypatch.setenv("UNIONPLANNER_DATA_DIR", str(other_pc))
    fetched = local_copy(db, location)
    if POSTGRES:
        assert fetched == other_pc / location and fetched.read_bytes() == b"%PDF minutes"
        assert local_copy(db, location.replace("bien ban", "bien ban (1)")) is None
    else:  # an SQLite office keeps its files beside the database, wherever the data folder is
        assert fetched == data_dir / location


def test_command_line(db, tet, capsys):
    base = ["--db", db.url]
    assert main([*base, "activities", "list", "--plan", str(tet), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [a["months"] for a in listed] == [["2023-12"], ["2024-01"], ["2024-01", "2024-02"]]
    assert set(listed[0]) >= {"id", "title", "months", "department", "states"}
    first = listed[0]["id"]
    assert main([*base, "activities", "tick", str(first), "--month", "2023-12", "--status",
                 "done", "--note", "Xong"]) == 0
    with pytest.raises(SystemExit) as refused:  # not a state: argparse refuses it
        main([*base, "activities", "tick", str(first), "--month", "2023-12", "--status",
              "finished"])
    assert refused.value.code == 2
    capsys.readouterr()
    assert main([*base, "activities", "overdue", "--as-of", "2024-03-01", "--json"]) == 0
    late = json.loads(capsys.readouterr().out)
    assert [(x["activity_id"], x["month"]) for x in late] == [
        (listed[1]["id"], "2024-01"), (listed[2]["id"], "2024-01"), (listed[2]["id"], "2024-02")]
    assert main([*base, "activities", "list", "--plan", str(tet), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["states"] == {"2023-12": "done"}


def test_evidence_attached_from_the_command_line(db, tet, capsys, tmp_path):
    """``activities attach``: a file copied into the data folder and a link, on a month not
    yet marked (ticked done), then kept with that month; a missing file is refused whole."""
    base = ["--db", db.url]
    assert main([*base, "activities", "list", "--plan", str(tet), "--json"]) == 0
    second = json.loads(capsys.readouterr().out)[1]["id"]
    minutes = tmp_path / "Biên bản họp.pdf"
    minutes.write_bytes(b"%PDF minutes")
    assert main([*base, "--json", "activities", "attach", str(second), "--month", "2024-01",
                 str(minutes), "https://hoaan.vn/tin/123"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert [(e["kind"], e["name"]) for e in added] == [
        ("file", "Biên bản họp.pdf"), ("link", "https://hoaan.vn/tin/123")]
    assert (db.files_dir / added[0]["location"]).read_bytes() == b"%PDF minutes"
    assert main([*base, "activities", "attach", str(second), "--month", "2024-01",
                 str(tmp_path / "khong co.pdf")]) == 1
    with db.session() as session:
        check = t.get_check(session, second, "2024-01")
        assert check.status == t.DONE and len(check.evidence) == 2


def test_progress_report_of_a_ticked_thang_cong_nhan_plan(db, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from unionplanner.domain.tracking.progress import (
        progress_report,
        write_progress_pdf,
        write_progress_xlsx,
    )

    with db.transaction() as session:
        plan = new_from_template(session, "thang-cong-nhan", 2024)
        plans.set_status(session, plan.id, "issued")
        ids = [a.id for a in plan.activities]  # months: 4–5, 5, 5, 4–6, 5, 5, 4–5
        t.set_check(session, ids[0], "2024-04", t.DONE, note="Lễ phát động ngày 28/4")
        t.set_check(session, ids[0], "2024-05", t.DONE)
        t.set_check(session, ids[1], "2024-05", t.PARTIAL, note="Kết nạp 35/50 đoàn viên")
        t.set_check(session, ids[3], "2024-04", t.NOT_DONE)
        t.set_check(session, ids[6], "2024-04", t.IN_PROGRESS)
    with db.session() as session:
        april = progress_report(session, plan.id, "2024-04")
        may = progress_report(session, plan.id, "2024-05")
    assert [line.title[:12] for line in april.lines] == [
        "Tổ chức Lễ p", "Triển khai c", "Tuyên truyền"]
    assert (april.total.due, april.total.done, april.total.late) == (3, 1, 0)
    assert len(may.lines) == 7 and (may.total.due, may.total.done) == (10, 2)
    # issue 27 item 4: April "chưa thực hiện" is late once April is over, April "đang thực
    # hiện" is not — the line says what was recorded
    assert may.total.late == 1
    states = {line.title[:12]: line.state for line in may.lines}
    assert states["Tổ chức Lễ p"] == "Đã hoàn thành"
    assert states["Triển khai c"] == "Trễ hạn (tháng 4/2024)"
    assert states["Tuyên truyền"] == "Đang thực hiện"
    assert states["Tổ chức Thán"] == "Hoàn thành một phần"
    assert "Kết nạp 35/50 đoàn viên" in [line.notes for line in may.lines]
    pdf = write_progress_pdf(may, tmp_path / "tien do.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(pdf)).pages).split())
    assert "BÁO CÁO" in text and "Tiến độ thực hiện Kế hoạch 01/KH" in text
    assert "TỔNG HỢP THEO BAN" in text and "Trễ hạn (tháng 4/2024)" in text
    book = load_workbook(write_progress_xlsx(may, tmp_path / "tien do.xlsx"))
    activities, departments = book["Hoạt động"], book["Theo ban"]
    assert activities.freeze_panes == "A4" and activities["A4"].value == 1
    assert departments.cell(departments.max_row, 1).value == "Cộng"
    assert departments.cell(departments.max_row, 2).value == 10


def test_this_months_agenda_counts_the_units_that_reported(db, samples, tmp_path):
    """The Tháng Công nhân plan's report deadline (10/6) is May's report: the units that
    sent it are counted from the register."""
    import shutil

    from tests.helpers import learn_and_store
    from unionplanner.domain.received.session import import_paths
    from unionplanner.domain.tracking.agenda import month_agenda, report_period
    from unionplanner.domain.units.excel import import_units

    with db.transaction() as session:
        import_units(session, samples / "units.xlsx")
        form_id = learn_and_store(session, "TCN 2023", samples / "form.xlsx")
        plan = new_from_template(session, "thang-cong-nhan", 2023)
        doc = plans.load_document(plan)
        report = next(d for d in doc.deadlines if d.kind == "report")
        report.form_id = form_id
        plans.save_plan(session, plan.id, doc)
        plans.set_status(session, plan.id, "issued")
    folder = tmp_path / "mail"
    folder.mkdir()
    for name in ("BC TCN 2023 - Truong THCS Phuoc Hoa.xlsx",
                 "Bao cao thang cong nhan_Tram_Y_te_xa_Phuoc_An.xlsx"):
        shutil.copy(samples / "reports" / name, folder / name)
    import_paths(db, [folder], form_id, "2023-05")
    assert report_period(dt.date(2023, 6, 10)) == "2023-05"
    with db.session() as session:
        agenda = month_agenda(session, dt.date(2023, 6, 3))
    assert agenda.month == "2023-06" and agenda.next_month == "2023-07"
    assert [d.title[:20] for d in agenda.this_month] == ["Triển khai chương tr"]  # Tháng 4–6
    assert {d.month for d in agenda.late} == {"2023-04", "2023-05"}
    [deadline] = agenda.deadlines
    assert (deadline.date, deadline.period, deadline.reported, deadline.expected) == (
        dt.date(2023, 6, 10), "2023-05", 2, 88)


def test_two_people_ticking_the_same_month_never_lose_an_update_silently(db, tet):
    """Two users on one (shared) database: what the second saw is checked when writing."""
    from unionplanner.domain.storage.database import open_database

    other = open_database(db.url)  # the second user's app
    try:
        activity = _activities(db, tet)[1]
        seen_by_a = activity.stamps.get("2024-01")  # None: nothing ticked yet
        with other.transaction() as session:  # B ticks first
            t.set_check(session, activity.id, "2024-01", t.DONE, note="B đã làm")
        with db.transaction() as session, pytest.raises(t.ChangedMeanwhile, match="01/2024"):
            t.set_check(session, activity.id, "2024-01", t.POSTPONED, seen=seen_by_a)
        with db.session() as session:
            assert t.check_state(session, activity.id, "2024-01")["status"] == t.DONE
        # A reloads: now A's view is current and A's change goes through
        fresh = _activities(db, tet)[1].stamps["2024-01"]
        with db.transaction() as session:
            t.set_check(session, activity.id, "2024-01", t.POSTPONED, seen=fresh)
        # B clearing with what B saw before A's change is refused too; ANY overwrites
        with other.transaction() as session, pytest.raises(t.ChangedMeanwhile):
            t.clear_check(session, activity.id, "2024-01", seen=fresh - dt.timedelta(seconds=1))
        with other.transaction() as session:
            t.clear_check(session, activity.id, "2024-01", seen=t.ANY)
        assert _activities(db, tet)[1].checks == {}
    finally:
        other.dispose()


def test_two_people_writing_at_the_same_moment(db, tet):
    """A holds the row (transaction open) while B writes: B waits, then is told — or, on
    SQLite, is refused by the file lock — and A's write is what is stored."""
    import threading

    from unionplanner.domain.storage.database import open_database
    from unionplanner.domain.storage.errors import StorageError

    other = open_database(db.url)
    activity = _activities(db, tet)[2]
    outcome: list[BaseException | None] = []
    try:
        with db.transaction() as session:
            t.set_check(session, activity.id, "2024-02", t.DONE, note="A", seen=None)

            def second():
                try:
                    with other.transaction() as s:
                        t.set_check(s, activity.id, "2024-02", t.PARTIAL, note="B", seen=None)
                    outcome.append(None)
                except (t.ChangedMeanwhile, StorageError) as exc:
                    outcome.append(exc)

            thread = threading.Thread(target=second)
            thread.start()
            thread.join(0.5)  # B is blocked behind A's open transaction
        thread.join(30)
        assert len(outcome) == 1 and outcome[0] is not None, outcome
        with db.session() as session:
            assert t.check_state(session, activity.id, "2024-02")["note"] == "A"
    finally:
        other.dispose()


def test_evidence_that_cannot_be_copied_is_a_plain_message(db, tet, tmp_path, data_dir,
                                                           monkeypatch):
    """A full disk (or a folder one may not write) when attaching evidence: one Vietnamese
    sentence naming the file, nothing half-copied, nothing stored — not the crash dialog."""
    import errno
    import shutil

    rows = _activities(db, tet)
    photo = tmp_path / "anh hoi nghi.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    with db.transaction() as session:
        check = t.set_check(session, rows[1].id, "2024-01", t.DONE)
        check_id = check.id

    def full(_source, target):
        Path(target).write_bytes(b"\xff")  # a copy cut short
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", full)
    with db.transaction() as session, pytest.raises(UserError, match="anh hoi nghi.jpg"):
        t.add_evidence(session, check_id, str(photo), data_dir)
    assert not any((data_dir / "evidence").rglob("*.jpg"))
    with db.session() as session:
        assert t.get_check(session, rows[1].id, "2024-01").evidence == []
