"""The demo office: a fictional commune union, its departments and about forty grassroots
unions across the sectors. Deterministic (seeded), so tests and screenshots see the same
office every time. The rows it adds are recorded (see :mod:`unionplanner.domain.demo.record`)
so they can be removed before real work starts.
"""

from __future__ import annotations

import random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionplanner.core.errors import UserError
from unionplanner.domain.demo.record import record
from unionplanner.domain.office.service import Department, OfficeDetails, get_office, save_office
from unionplanner.domain.units import sectors
from unionplanner.domain.units.models import Unit

DEMO_OFFICE = OfficeDetails(
    name="CÔNG ĐOÀN XÃ HÒA AN",
    parent_body="LĐLĐ TỈNH AN BÌNH",
    place="Hòa An",
    symbol="CĐX",
    level="Công đoàn cấp trên trực tiếp cơ sở (xã)",
    signers=[{"authority": "TM. BAN THƯỜNG VỤ", "title": "CHỦ TỊCH", "name": "Trần Minh Khoa"},
             {"authority": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH", "name": "Lê Thị Thu Hà"}],
)
DEMO_DEPARTMENTS = (
    ("Văn phòng", "VP"),
    ("Ban Tổ chức - Kiểm tra", "Ban ToC-KT"),
    ("Ban Tuyên giáo - Nữ công", "Ban TG-NC"),
    ("Ban Chính sách pháp luật và Quan hệ lao động", "Ban CSPL-QHLĐ"),
)
_VILLAGES = ("Hòa An", "Hòa Bình", "Hòa Phú", "Hòa Thạnh", "Hòa Lợi", "Hòa Tân")
_PUBLIC = ("Trường Mầm non {v}", "Trường Tiểu học {v}", "Trường THCS {v}", "Trạm Y tế {v}")
_OFFICES = ("Cơ quan Đảng ủy xã", "Cơ quan UBND xã", "Trung tâm Phục vụ hành chính công xã",
            "Trường THPT Hòa An")
_COMPANIES = (
    (sectors.PRIVATE, "Công ty TNHH May mặc Sông Xanh"),
    (sectors.PRIVATE, "Công ty CP Gạch ngói Hòa An"),
    (sectors.PRIVATE, "Công ty TNHH Chế biến nông sản Phú Điền"),
    (sectors.PRIVATE, "Doanh nghiệp tư nhân Vận tải Minh Phát"),
    (sectors.PRIVATE, "Công ty TNHH Cơ khí Tân Tiến"),
    (sectors.FDI, "Công ty TNHH Giày da Hòa An Việt Nam"),
    (sectors.FDI, "Công ty TNHH Linh kiện điện tử Kotobuki Việt Nam"),
    (sectors.DNNN, "Điện lực Hòa An"), (sectors.DNNN, "Bưu điện xã Hòa An"),
    (sectors.DNNN, "Chi nhánh Ngân hàng Nông nghiệp xã Hòa An"),
    (sectors.COOP, "Hợp tác xã Nông nghiệp Hòa Phú"),
    (sectors.COOP, "Hợp tác xã Dịch vụ Hòa Thạnh"),
)


def demo_units() -> list[dict]:
    """The demo units as dicts (code, name, sector, workers, members — counts in người —,
    phone, email, zalo)."""
    rng = random.Random(2025)
    specs: list[tuple[str, str]] = [(sectors.HCSN, n) for n in _OFFICES]
    specs += [(sectors.HCSN, t.format(v=v)) for v in _VILLAGES for t in _PUBLIC]
    specs += list(_COMPANIES)
    units = []
    for index, (sector, name) in enumerate(specs, start=1):
        if sector in (sectors.FDI, sectors.PRIVATE):
            workers = rng.randint(40, 1800)
        else:
            workers = rng.randint(8, 90)
        members = max(1, int(workers * rng.uniform(0.7, 0.98)))
        code = f"HA{index:03d}"
        contact = index % 4 != 0  # a few to reach by phone or Zalo only
        units.append(dict(code=code, name=f"Công đoàn cơ sở {name}", sector=sector,
                          workers=workers, members=members,
                          phone=f"0905 {rng.randint(100, 999)} {rng.randint(100, 999)}",
                          email=f"{code.lower()}@congdoan-hoaan.example" if contact else "",
                          zalo=f"CĐCS {name}" if not contact else ""))
    return units


def load_demo(session: Session) -> dict[str, int]:
    """Fill an empty database with the demo office. Raises UserError if the database already
    has an office or units (demo data never mixes with real data). Returns counts."""
    has_units = session.scalar(select(func.count()).select_from(Unit))
    if get_office(session) is not None or has_units:
        raise UserError("Cơ sở dữ liệu đã có dữ liệu nên không tạo dữ liệu mẫu. Hãy dùng một "
                        "cơ sở dữ liệu mới (--db TỆP_MỚI) để dùng thử.")
    save_office(session, DEMO_OFFICE)
    departments = [Department(name=name, short_name=short, sort_order=order)
                   for order, (name, short) in enumerate(DEMO_DEPARTMENTS)]
    units = [Unit(**u) for u in demo_units()]
    session.add_all([*departments, *units])
    session.flush()
    record(session, office=True, departments=[d.id for d in departments],
           units=[u.id for u in units])
    return {"units": len(units), "departments": len(DEMO_DEPARTMENTS)}
