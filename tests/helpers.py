"""Small spreadsheets made by the tests themselves."""

from __future__ import annotations

from pathlib import Path


def write_xlsx(path: Path, rows: list[list], *, title: str = "Sheet1",
               extra_sheets: dict[str, list[list]] | None = None,
               hidden: tuple[str, ...] = ()) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for name, sheet_rows in (extra_sheets or {}).items():
        other = workbook.create_sheet(name)
        for row in sheet_rows:
            other.append(row)
        if name in hidden:
            other.sheet_state = "hidden"
    workbook.save(path)
    return path


HEADER = ["STT", "Mã đơn vị", "Tên công đoàn cơ sở", "Khu vực", "Tổng số CNVCLĐ",
          "Tổng số đoàn viên"]


def unit_list(path: Path, units: list[list], *, top: int = 3, footer: bool = True) -> Path:
    """A unit list as offices make them: title rows, the header, units, a total row and a
    signature block."""
    rows: list[list] = [["LIÊN ĐOÀN LAO ĐỘNG THỬ NGHIỆM"], [], ["DANH SÁCH CĐCS"]][:top]
    rows.append(HEADER)
    rows += [[i + 1, *u] for i, u in enumerate(units)]
    if footer:
        rows.append([None, None, "Tổng cộng", None,
                     sum(u[3] or 0 for u in units if isinstance(u[3], int)), None])
        rows += [[], [None, None, None, None, "NGƯỜI LẬP BIỂU"],
                 [None, None, None, None, "Nguyễn Văn A"]]
    return write_xlsx(path, rows)


def learn_and_store(session, name: str, template: Path) -> int:
    """Learn the form of ``template`` and store it as ``name``; returns the form id."""
    from unionplanner.domain.report_forms.learn import learn_form
    from unionplanner.domain.report_forms.service import create_form

    draft = learn_form(template)
    return create_form(session, name, draft.title, draft.fields(), draft.source).id


def campaign_office(db, samples: Path, folder: Path, names: list[str],
                    form_name: str = "Tháng Công nhân 2023") -> int:
    """The sample office in ``db`` (its units, its campaign form stored as ``form_name``)
    and its returns ``names`` copied into ``folder`` (made); returns the form id."""
    import shutil

    from unionplanner.domain.units.excel import import_units

    with db.transaction() as session:
        import_units(session, samples / "units.xlsx")
        form_id = learn_and_store(session, form_name, samples / "form.xlsx")
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(samples / "reports" / name, folder / name)
    return form_id


def fill_generated_form(path: Path, rng, kinds: dict[str, str]) -> None:
    """Type seeded numbers (``rng``: random.Random) into a ready-to-fill form the app
    generated, where its hidden marker says the values go (``kinds``: code → kind)."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    marker = {row[0]: row[1:] for row in book["_unionplanner"].iter_rows(values_only=True)}
    column = marker["value_column"][0]
    sheet = book.worksheets[0]
    for row in book["_unionplanner"].iter_rows(values_only=True):
        if row[0] != "indicator":
            continue
        code, excel_row = row[1], row[2]
        kind = kinds[code]
        value = ("Có" if rng.random() < 0.7 else "Không") if kind == "yesno" else (
            rng.randrange(0, 5_000_000, 50_000) if kind == "money" else rng.randrange(0, 60))
        sheet[f"{column}{excel_row}"] = value
    book.save(path)


def store_mau1(db, *, units: bool = True) -> int:
    """Learn ../shared/samples-mau1/form.xlsx (Mẫu 1-HĐCĐ) with its shape, store it as
    "Mẫu 1-HĐCĐ" (and the office's unit list when ``units``); returns the form id. Skips
    the test when the shared samples are absent."""
    import pytest

    from tests.conftest import SHARED
    from unionplanner.domain.report_forms.learn import learn_form
    from unionplanner.domain.report_forms.service import create_form
    from unionplanner.domain.units.excel import import_units

    mau1 = SHARED / "samples-mau1"
    if not mau1.is_dir():
        pytest.skip("shared samples-mau1 not found")
    draft = learn_form(mau1 / "form.xlsx")
    with db.transaction() as session:
        if units:
            import_units(session, mau1 / "units.xlsx")
        return create_form(session, "Mẫu 1-HĐCĐ", draft.title, draft.fields(), draft.source,
                           draft.shape).id


def write_raw_pdf(path: Path, objects: list[bytes]) -> Path:
    """A PDF written by hand, for what no PDF library would write (a lying picture, a page
    of tens of megabytes of drawing): ``objects`` are the bodies of objects 1, 2… (object 1
    the catalogue; a stream's body ends with its ``endstream``), the cross-reference table
    and trailer added here."""
    body = b"%PDF-1.5\n"
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, obj)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(offsets) + 1, xref)
    path.write_bytes(body)
    return path


def mail_account(port: int):
    """The office's mail account on the test SMTP server of tests/conftest.py (login
    "congdoan", no TLS)."""
    from unionplanner.domain.office.mail import MailAccount

    return MailAccount("127.0.0.1", port, "none", "congdoan", "congdoan@hoaan.vn",
                       "Công đoàn xã Hòa An")
