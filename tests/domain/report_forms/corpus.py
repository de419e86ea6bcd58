"""Real forms of different shapes, written as :class:`tests.forms.FormCase` from their public
texts (the source of each is its ``source``). Wording, numbering, codes and column headers
are kept as published; only the blanks are ours.
"""

from __future__ import annotations

from tests.forms import Col, FormCase, Line

# Mẫu số B14-TLĐ "Báo cáo dự toán thu – chi ngân sách công đoàn" (for a grassroots union),
# Hướng dẫn 1730/TLĐ ngày 19/10/2006 of the Tổng Liên đoàn; text as republished at
# https://text.123docz.net/document/659807-bau-bch.htm
FINANCE_B14 = FormCase(
    name="finance-b14",
    source="Hướng dẫn 1730/TLĐ (19/10/2006), Mẫu B14-TLĐ; "
           "https://text.123docz.net/document/659807-bau-bch.htm",
    above=["Công đoàn cấp trên ...................", "Công đoàn : ..............................."],
    title=["BÁO CÁO", "DỰ TOÁN THU - CHI NGÂN SÁCH CÔNG ĐOÀN", "Năm 2026",
           "A- Các chỉ tiêu cơ bản"],
    outside=[("Số lao động", "Người"), ("Số CB chuyên trách CĐ", "Người"),
             ("Số đoàn viên", "Người"), ("Tổng quỹ tiền lương", "triệu đồng")],
    unit_line="Đơn vị tính: 1.000 đồng",
    scale=1000,
    columns=[
        Col("Tt", role="order"), Col("Nội dung", role="label"), Col("Mã số", role="code"),
        Col("Ước thực hiện năm trước", aspect="estimate"),
        Col("Dự toán kỳ này", aspect="budget"),
        Col("Cấp trên duyệt", aspect="upper"),
    ],
    lines=[
        Line("Phần thu", "I", role="heading"),
        Line("Thu kinh phí Công đoàn", "1", code="22"),
        Line("Thu đoàn phí Công đoàn", "2", code="23"),
        Line("Các khoản thu khác", "3", code="24"),
        Line("Cộng thu NSCĐ", role="total", sums=[1, 2, 3]),
        Line("Kinh phí cấp trên cấp", "4", code="25"),
        Line("Ước số dư kỳ trước chuyển sang", "5", code="26"),
        Line("Tổng cộng (I)", role="total", sums=[4, 5, 6]),
        Line("Phần chi", "II", role="heading"),
        Line("Lương, phụ cấp và các khoản đóng góp", "1", code="27"),
        Line("Phụ cấp cán bộ công đoàn không chuyên trách", "2", code="28"),
        Line("Quản lý hành chính", "3", code="29"),
        Line("Hoạt động phong trào", "4", code="31"),
        Line("Thăm hỏi cán bộ đoàn viên", "5", code="33"),
        Line("Các khoản chi khác", "6", code="35"),
        Line("Cộng chi NSCĐCS", role="total", sums=[9, 10, 11, 12, 13, 14]),
        Line("Kinh phí nộp đơn vị chỉ đạo phối hợp", "7", code="36"),
        Line("Kinh phí nộp cấp quản lý trực tiếp", "8", code="37"),
        Line("Tổng cộng (II)", role="total", sums=[15, 16, 17]),
        Line("Kinh phí dự phòng", "III", code="38"),
        Line("Kinh phí phải nộp cấp trên trực tiếp", "IV", code="49"),
    ],
)

# Mẫu số 1-HĐCĐ "Báo cáo hoạt động công đoàn cơ sở", Quyết định 1454/QĐ-TLĐ ngày 28/11/2014
# (its first part, as published: ../shared/forms/mau-1-HDCD.txt), with "Số lượng" split into
# "Tổng số | Trong đó: Nữ" the way many retyped copies do it
MAU1_SPLIT = FormCase(
    name="mau1-split",
    source="Quyết định 1454/QĐ-TLĐ (28/11/2014), Mẫu số 1-HĐCĐ; "
           "https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/"
           "Quyet-dinh-1454-QD-TLD-nam-2014-cong-tac-thong-ke-to-chuc-cong-doan-260429.aspx",
    above=["CĐ cấp trên: ……………", "CĐCS: ……………"],
    title=["BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ", "NĂM : 2025",
           "(Số liệu tính đến ngày : 30/11/2025)"],
    columns=[
        Col("TT", role="order"), Col("Nội dung", role="label"),
        Col("Đơn vị tính", role="unit"),
        Col("Số lượng", [Col("Tổng số", aspect="actual"),
                         Col("Trong đó: Nữ", aspect="female")]),
        Col("Ghi chú", role="note"),
    ],
    lines=[
        Line("I. Tình hình lao động", role="heading"),
        Line("1. Lao động", role="heading"),
        Line("Tổng số lao động", "1", "người"),
        Line("- Trong đó: nữ", "2", role="female"),
        Line("2. Việc làm", role="heading"),
        Line("Số lao động thiếu việc làm", "3", "người"),
        Line("- Trong đó: nữ", "4", role="female"),
        Line("3. Tiền lương", role="heading"),
        Line("Tiền lương bình quân tháng của 1 người lao động", "5", "đồng"),
        Line("+ Số người được tính", "", "người", role="line"),
        Line("Tổng số tiền doanh nghiệp còn nợ lương người lao động", "6", "đồng"),
        Line("4. Nhà ở", role="heading"),
        Line("Số người được nhà nước, cơ quan, doanh nghiệp bố trí nhà ở", "7", "người"),
        Line("Số người phải tự thuê nhà ở", "8", "“"),
    ],
)

# A staff statistics table: cán bộ, công chức by training, political theory and age, after
# the layout of Thông tư 11/2012/TT-BNV (Biểu mẫu số 2: số lượng, chất lượng cán bộ, công
# chức), https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/
# Thong-tu-11-2012-TT-BNV-che-do-bao-cao-thong-ke-quan-ly-ho-so-cong-chuc-153656.aspx ;
# its label column is headed "Tên đơn vị" and a "Tổng số" row ends it.
_LEVELS = ["Tiến sĩ", "Thạc sĩ", "Đại học", "Cao đẳng", "Trung cấp"]
STAFF = FormCase(
    name="staff-stats",
    source="Thông tư 11/2012/TT-BNV, Biểu mẫu số 2 (layout); "
           "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/"
           "Thong-tu-11-2012-TT-BNV-che-do-bao-cao-thong-ke-quan-ly-ho-so-cong-chuc-153656.aspx",
    title=["BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC", "Tính đến ngày 31/12/2025"],
    columns=[
        Col("STT", role="order"), Col("Tên đơn vị", role="label"),
        Col("Tổng số", aspect="actual"),
        Col("Trong đó", [Col("Nữ", aspect="female"), Col("Đảng viên", aspect="other"),
                         Col("Dân tộc thiểu số", aspect="other")]),
        Col("Trình độ chuyên môn", [Col(level, [Col("Tổng số", aspect="actual"),
                                                Col("Nữ", aspect="female")])
                                    for level in _LEVELS]),
        Col("Lý luận chính trị", [Col("Cao cấp", aspect="other"),
                                  Col("Trung cấp", aspect="other"),
                                  Col("Sơ cấp", aspect="other")]),
        Col("Độ tuổi", [Col("Dưới 30", aspect="other"), Col("Từ 30 đến 50", aspect="other"),
                        Col("Trên 50", [Col("Nam", aspect="other"),
                                        Col("Nữ", aspect="female")])]),
        Col("Ghi chú", role="note"),
    ],
    lines=[Line(name, str(i)) for i, name in enumerate(
        ["Văn phòng", "Phòng Tài chính", "Phòng Nội vụ", "Phòng Y tế", "Phòng Giáo dục",
         "Trung tâm Văn hóa"], 1)] + [Line("Tổng số", role="total", sums=[0, 1, 2, 3, 4, 5])],
)

CORPUS = [FINANCE_B14, MAU1_SPLIT, STAFF]
