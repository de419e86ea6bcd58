"""Built-in plan templates, written for this program after the structure real plans share
(as union plans are laid out, Quyết định 933/QĐ-TLĐ): basis, I. purposes and
requirements, II. content with dated activities, III. targets, IV. who does what with the
units' deadlines, recipients, signature. Places the office must fill in are written "…".

:func:`build` makes a plan from a template for a year; templates the office saves from its
own plans live in the database (:func:`unionplanner.domain.plans.service.save_template`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from unionplanner.core.errors import UserError
from unionplanner.domain.plans.builder import Builder, OfficeInfo
from unionplanner.domain.plans.document import CLAUSE, SUB, PlanDocument, TargetShape


@dataclass(frozen=True)
class Template:
    """A built-in template: ``name`` (the command line's key), the title it gives, and the
    function building it for (year, office)."""

    name: str
    label: str
    make: Callable[[int, OfficeInfo], PlanDocument]


def _short(office: OfficeInfo) -> str:
    return office.symbol or "cơ quan"


def _purposes(b: Builder, aims: tuple[str, ...], needs: tuple[str, ...]) -> None:
    b.part("Mục đích, yêu cầu").clause("Mục đích").dashes(*aims)
    b.clause("Yêu cầu").dashes(*needs)


def thang_cong_nhan(year: int, office: OfficeInfo) -> PlanDocument:
    b = Builder(f"Tổ chức các hoạt động Tháng Công nhân và Tháng hành động về an toàn, vệ sinh "
                f"lao động năm {year}", dt.date(year, 3, 25), office)
    b.basis(f"Thực hiện Kế hoạch số …/KH-… ngày …/…/{year} của {office.parent_body or '…'} về "
            f"tổ chức các hoạt động Tháng Công nhân năm {year}, Ban Thường vụ {office.name or '…'}"
            " xây dựng Kế hoạch như sau:")
    _purposes(b, (
        "Tuyên truyền về vai trò, đóng góp của giai cấp công nhân và tổ chức Công đoàn; nâng cao "
        "nhận thức của người sử dụng lao động và người lao động về an toàn, vệ sinh lao động.",
        "Thông qua các hoạt động của Tháng Công nhân, làm tốt công tác đại diện, chăm lo, bảo vệ "
        "quyền và lợi ích hợp pháp, chính đáng của đoàn viên, người lao động."), (
        "Các hoạt động thiết thực, hướng về cơ sở, phù hợp điều kiện của từng đơn vị; thu hút "
        "đông đảo đoàn viên, người lao động tham gia.",
        "Gắn các hoạt động Tháng Công nhân với Tháng hành động về an toàn, vệ sinh lao động."))
    b.part("Nội dung hoạt động").clause("Chủ đề: “…” (theo chủ đề của Tổng Liên đoàn)")
    b.clause("Các hoạt động chính")
    b.activity("Tổ chức Lễ phát động Tháng Công nhân - Tháng hành động về an toàn, vệ sinh lao "
               "động", f"Cuối tháng 4 đến đầu tháng 5/{year}", role="tuyen_giao", bullets=(
                   "Phối hợp với chính quyền, người sử dụng lao động tổ chức lễ phát động gắn với "
                   "ít nhất một hoạt động thiết thực cho người lao động.",))
    b.activity("Tổ chức Tháng cao điểm phát triển đoàn viên, thành lập công đoàn cơ sở",
               f"tháng 5/{year}", role="to_chuc", bullets=(
                   "Rà soát nơi có người lao động chưa vào công đoàn; tổ chức lễ kết nạp đoàn "
                   "viên vào dịp 1/5.",))
    b.activity("Tổ chức đối thoại, lắng nghe ý kiến đoàn viên, người lao động",
               f"tháng 5/{year}", role="chinh_sach", bullets=(
                   "Công đoàn cơ sở doanh nghiệp đề xuất người sử dụng lao động tổ chức đối thoại "
                   "tại nơi làm việc.",))
    b.activity("Triển khai chương trình “Mỗi công đoàn cơ sở, một lợi ích đoàn viên”",
               f"Tháng 4 - 6/{year}", role="chinh_sach")
    b.activity("Thăm hỏi, tặng quà đoàn viên, người lao động có hoàn cảnh khó khăn, bị tai nạn "
               "lao động, bệnh nghề nghiệp", f"tháng 5/{year}", role="chinh_sach")
    b.activity("Hưởng ứng Tháng hành động về an toàn, vệ sinh lao động: tuyên truyền, kiểm tra, "
               "giám sát tại nơi làm việc", f"tháng 5/{year}", role="chinh_sach")
    b.activity("Tuyên truyền về Tháng Công nhân và Ngày Quốc tế Lao động 1/5",
               f"Tháng 4 - 5/{year}", role="tuyen_giao")
    b.part("Chỉ tiêu")
    b.target("100% CĐCS xây dựng kế hoạch và tổ chức các hoạt động Tháng Công nhân", level=CLAUSE)
    b.target("Mỗi CĐCS tổ chức ít nhất 01 hoạt động chăm lo thiết thực cho đoàn viên, người lao "
             "động", level=CLAUSE)
    b.target("Phát triển mới … đoàn viên công đoàn", level=CLAUSE, shape=TargetShape.TOTAL_COUNT)
    b.target("70% trở lên CĐCS doanh nghiệp tổ chức đối thoại tại nơi làm việc", level=CLAUSE)
    b.part("Tổ chức thực hiện").clause(f"Các ban {_short(office)}")
    b.departments_tasks({
        "tuyen_giao": ("Tham mưu tổ chức Lễ phát động; hướng dẫn công tác tuyên truyền.",
                       "Tổng hợp kết quả, báo cáo Ban Thường vụ và cấp trên."),
        "to_chuc": ("Hướng dẫn, theo dõi Tháng cao điểm phát triển đoàn viên.",),
        "chinh_sach": ("Hướng dẫn đối thoại, chương trình phúc lợi đoàn viên, thăm hỏi, tặng quà;"
                       " phối hợp kiểm tra an toàn, vệ sinh lao động.",),
        "van_phong": ("Bảo đảm kinh phí, cơ sở vật chất cho các hoạt động.",)})
    b.clause("Các công đoàn cơ sở")
    b.dashes("Căn cứ Kế hoạch này xây dựng kế hoạch phù hợp với đơn vị.")
    b.deadline(10, 4, f"gửi kế hoạch tổ chức các hoạt động Tháng Công nhân về {_short(office)}",
               "plan")
    b.deadline(10, 6, f"gửi báo cáo kết quả thực hiện (theo mẫu) về {_short(office)}", "report")
    return b.closing(f"{office.parent_body or '…'} (để báo cáo);", "Các công đoàn cơ sở;")


def ky_niem_28_7(year: int, office: OfficeInfo) -> PlanDocument:
    years = year - 1929
    b = Builder(f"Tổ chức các hoạt động kỷ niệm {years} năm Ngày thành lập Công đoàn Việt Nam "
                f"(28/7/1929 - 28/7/{year})", dt.date(year, 5, 20), office)
    b.basis(f"Căn cứ Kế hoạch số …/KH-… ngày …/…/{year} của {office.parent_body or '…'} về tổ "
            f"chức các hoạt động kỷ niệm {years} năm Ngày thành lập Công đoàn Việt Nam;")
    _purposes(b, (
        "Tuyên truyền truyền thống vẻ vang của Công đoàn Việt Nam; củng cố niềm tin của đoàn viên,"
        " người lao động với tổ chức Công đoàn.",), (
        "Các hoạt động kỷ niệm thiết thực, tiết kiệm, mang lại lợi ích cho đoàn viên.",))
    b.part("Nội dung hoạt động")
    b.activity("Tuyên truyền về truyền thống Công đoàn Việt Nam", f"Tháng 6 - 7/{year}",
               role="tuyen_giao", level=CLAUSE)
    b.activity(f"Kết nạp đoàn viên đợt kỷ niệm {years} năm Công đoàn Việt Nam",
               f"tháng 7/{year}", role="to_chuc", level=CLAUSE)
    b.activity("Tổ chức “Bữa cơm công đoàn” đồng loạt tại các công đoàn cơ sở",
               f"từ 22 - 28/7/{year}", role="chinh_sach", level=CLAUSE)
    b.activity("Gặp mặt, biểu dương cán bộ công đoàn tiêu biểu qua các thời kỳ",
               f"tháng 7/{year}", role="van_phong", level=CLAUSE)
    b.activity("Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn", f"tháng 7/{year}",
               role="chinh_sach", level=CLAUSE)
    b.part("Chỉ tiêu")
    b.target("Mỗi CĐCS tổ chức ít nhất 01 hoạt động chào mừng thiết thực", level=CLAUSE)
    b.target("100% CĐCS tổ chức “Bữa cơm công đoàn”", level=CLAUSE)
    b.part("Tổ chức thực hiện").clause(f"Các ban {_short(office)}")
    b.departments_tasks({
        "tuyen_giao": ("Chủ trì tuyên truyền; tổng hợp, báo cáo kết quả.",),
        "to_chuc": ("Hướng dẫn kết nạp đoàn viên đợt kỷ niệm.",),
        "chinh_sach": ("Hướng dẫn “Bữa cơm công đoàn”, thăm hỏi, tặng quà.",),
        "van_phong": ("Tổ chức gặp mặt cán bộ công đoàn; bảo đảm kinh phí.",)})
    b.clause("Các công đoàn cơ sở")
    b.deadline(10, 8, f"báo cáo kết quả về {_short(office)}", "report")
    return b.closing(f"{office.parent_body or '…'} (để báo cáo);", "Các công đoàn cơ sở;")


def thi_dua(year: int, office: OfficeInfo) -> PlanDocument:
    b = Builder(f"Phát động phong trào thi đua yêu nước trong công nhân, viên chức, lao động "
                f"năm {year}", dt.date(year, 1, 15), office)
    b.basis(f"Thực hiện Kế hoạch số …/KH-… ngày …/…/{year} của {office.parent_body or '…'} về "
            f"phát động phong trào thi đua năm {year};")
    _purposes(b, (
        "Động viên đoàn viên, người lao động thi đua lao động giỏi, lao động sáng tạo, hoàn thành "
        "vượt mức nhiệm vụ năm.",), (
        "Thi đua thiết thực, tránh hình thức; mỗi đợt có sơ kết, khen thưởng kịp thời.",))
    b.part("Nội dung thi đua").clause(
        "Đẩy mạnh các phong trào “Lao động giỏi, lao động sáng tạo”, “Giỏi việc nước, đảm việc "
        "nhà”, “Xanh - Sạch - Đẹp, bảo đảm an toàn, vệ sinh lao động”.", heading=False)
    b.clause("Phát triển đoàn viên, thành lập công đoàn cơ sở; chăm lo lợi ích của đoàn viên.",
             heading=False)
    b.part("Chỉ tiêu")
    b.target("100% CĐCS đăng ký thi đua", level=CLAUSE)
    b.target("80% trở lên đoàn viên đạt danh hiệu Đoàn viên công đoàn xuất sắc", level=CLAUSE)
    b.target("70% trở lên CĐCS hoàn thành xuất sắc nhiệm vụ", level=CLAUSE)
    b.target("Có từ … sáng kiến được công nhận", level=CLAUSE, shape=TargetShape.TOTAL_COUNT)
    b.part("Tổ chức thực hiện").clause("Phong trào thi đua được tổ chức thành hai đợt:",
                                       heading=False)
    b.activity("Đợt 1: thi đua lập thành tích chào mừng các ngày lễ lớn nửa đầu năm",
               f"Từ đầu năm đến 30/6/{year}", phase="Đợt 1", level=SUB)
    b.activity("Đợt 2: thi đua hoàn thành vượt mức nhiệm vụ năm",
               f"Từ 01/7/{year} đến 31/12/{year}", phase="Đợt 2", level=SUB)
    b.clause("Các công đoàn cơ sở")
    b.deadline(15, 3, f"gửi bản đăng ký thi đua về {_short(office)}", "other")
    b.deadline(10, 7, "báo cáo sơ kết đợt 1", "report")
    b.deadline(10, 12, "báo cáo tổng kết phong trào thi đua năm", "report")
    return b.closing(f"{office.parent_body or '…'} (để báo cáo);", "Các công đoàn cơ sở;")


def truyen_thong(year: int, office: OfficeInfo) -> PlanDocument:
    b = Builder(f"Công tác tuyên truyền năm {year}", dt.date(year, 1, 10), office)
    b.basis(f"Căn cứ Chương trình công tác năm {year} của {office.name or '…'};")
    _purposes(b, ("Kịp thời đưa thông tin về hoạt động công đoàn đến đoàn viên, người lao động.",),
              ("Nội dung chính xác, hình thức phong phú, phù hợp từng dịp.",))
    b.part("Nội dung tuyên truyền")
    for title, when in (("Tuyên truyền đón Tết, chương trình “Tết Sum vầy”", f"tháng 1/{year}"),
                        ("Kỷ niệm Ngày Quốc tế Phụ nữ 8/3", f"tháng 3/{year}"),
                        ("Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động",
                         f"Tháng 4 - 5/{year}"),
                        ("Kỷ niệm Ngày thành lập Công đoàn Việt Nam 28/7", f"tháng 7/{year}"),
                        ("Kỷ niệm Ngày Phụ nữ Việt Nam 20/10", f"tháng 10/{year}"),
                        ("Tổng kết hoạt động công đoàn năm", f"tháng 12/{year}")):
        b.activity(title, when, role="tuyen_giao", level=CLAUSE)
    b.part("Chỉ tiêu")
    b.target("Mỗi CĐCS có ít nhất 01 tin, bài về hoạt động của đơn vị mỗi quý", level=CLAUSE)
    b.target("Đăng tải … tin, bài trên trang thông tin và mạng xã hội", level=CLAUSE,
             shape=TargetShape.TOTAL_COUNT)
    b.part("Tổ chức thực hiện").clause(f"Các ban {_short(office)}")
    b.departments_tasks({
        "tuyen_giao": ("Chủ trì, biên tập, đăng tải tin bài; tổng hợp kết quả.",)})
    b.clause("Các công đoàn cơ sở")
    b.deadline(10, 12, f"báo cáo kết quả công tác tuyên truyền năm về {_short(office)}", "report")
    return b.closing("Các công đoàn cơ sở;")


def tet_sum_vay(year: int, office: OfficeInfo) -> PlanDocument:
    b = Builder(f"Tổ chức chương trình “Tết Sum vầy” năm {year}", dt.date(year - 1, 12, 1), office)
    b.basis(f"Thực hiện Kế hoạch số …/KH-… của {office.parent_body or '…'} về tổ chức chương "
            f"trình “Tết Sum vầy” năm {year};")
    _purposes(b, ("Chăm lo cho đoàn viên, người lao động, nhất là người có hoàn cảnh khó khăn, "
                  "được đón Tết đầm ấm.",), ("Đúng đối tượng, công khai, kịp thời.",))
    b.part("Nội dung hoạt động")
    b.activity("Rà soát đoàn viên, người lao động có hoàn cảnh khó khăn",
               f"tháng 12/{year - 1}", role="chinh_sach", level=CLAUSE)
    b.activity("Thăm hỏi, tặng quà Tết đoàn viên, người lao động", f"tháng 1/{year}",
               role="chinh_sach", level=CLAUSE)
    b.activity("Tổ chức “Chợ Tết Công đoàn”, “Chuyến xe Công đoàn” đưa người lao động về quê",
               f"Tháng 1 - 2/{year}", role="chinh_sach", level=CLAUSE)
    b.part("Chỉ tiêu")
    b.target("100% CĐCS rà soát, lập danh sách đoàn viên có hoàn cảnh khó khăn", level=CLAUSE)
    b.target("Mỗi CĐCS tổ chức ít nhất 01 hoạt động chăm lo Tết cho đoàn viên", level=CLAUSE)
    b.target("Trao tặng … suất quà Tết cho đoàn viên, người lao động", level=CLAUSE,
             shape=TargetShape.TOTAL_COUNT)
    b.part("Tổ chức thực hiện").clause(f"Các ban {_short(office)}")
    b.departments_tasks({
        "chinh_sach": ("Chủ trì, hướng dẫn rà soát và trao quà; tổng hợp kết quả.",),
        "van_phong": ("Bảo đảm kinh phí theo quy định.",)})
    b.clause("Các công đoàn cơ sở")
    b.deadline(15, 12, "gửi danh sách đoàn viên có hoàn cảnh khó khăn", "other", year=year - 1)
    b.deadline(20, 2, f"báo cáo kết quả chương trình “Tết Sum vầy” về {_short(office)}", "report",
               year=year)
    return b.closing(f"{office.parent_body or '…'} (để báo cáo);", "Các công đoàn cơ sở;")


TEMPLATES: dict[str, Template] = {t.name: t for t in (
    Template("thang-cong-nhan", "Tháng Công nhân và Tháng hành động về ATVSLĐ", thang_cong_nhan),
    Template("ky-niem-28-7", "Kỷ niệm Ngày thành lập Công đoàn Việt Nam 28/7", ky_niem_28_7),
    Template("thi-dua", "Phát động thi đua năm (hai đợt)", thi_dua),
    Template("truyen-thong", "Công tác tuyên truyền năm", truyen_thong),
    Template("tet-sum-vay", "Chương trình “Tết Sum vầy”", tet_sum_vay),
)}


def build(name: str, year: int, office: OfficeInfo) -> PlanDocument:
    """A new plan from the built-in template ``name`` for ``year``; UserError if unknown."""
    template = TEMPLATES.get(name)
    if template is None:
        raise UserError(f"Không có mẫu kế hoạch \"{name}\". Các mẫu có sẵn: "
                        + ", ".join(TEMPLATES) + ".")
    if not 2000 <= year <= 2100:
        raise UserError(f"Năm {year} không hợp lệ.")
    return template.make(year, office)
