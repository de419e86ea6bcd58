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


# Mẫu số 2-HĐCĐ "Báo cáo tổng hợp số liệu về hoạt động công đoàn" (for the level above the
# CĐCS), Quyết định 1454/QĐ-TLĐ ngày 28/11/2014; its first part as published at
# https://atailieu.com/xem/mau-02-hdcd-dung-cho-cong-doan-cap-tren : lines under an
# indicator give its rate in "%", numbered "1." and unnumbered.
MAU2_RATES = FormCase(
    name="mau2-rates",
    source="Quyết định 1454/QĐ-TLĐ (28/11/2014), Mẫu số 2-HĐCĐ; "
           "https://atailieu.com/xem/mau-02-hdcd-dung-cho-cong-doan-cap-tren",
    above=["Công đoàn cấp trên : ……………", "Đơn vị báo cáo : ……………"],
    title=["BÁO CÁO TỔNG HỢP SỐ LIỆU VỀ HOẠT ĐỘNG CÔNG ĐOÀN", "NĂM 2025",
           "(Số liệu tính đến ngày : 30/11/2025)"],
    columns=[Col("TT", role="order"), Col("Nội dung", role="label"),
             Col("Đơn vị tính", role="unit"), Col("Số lượng", aspect="actual"),
             Col("Ghi chú", role="note")],
    lines=[
        Line("I. Tình hình lao động", role="heading"),
        Line("1. Lao động", role="heading"),
        Line("Tổng số lao động", "1.", "người"),
        Line("- Trong đó : nữ", "", "người", role="female"),
        Line("2. Việc làm", role="heading"),
        Line("Số lao động thiếu việc làm", "2.", "người"),
        Line("+ Tỷ lệ so với tổng số lao động", "", "%", role="line"),
        Line("Số lao động nữ thiếu việc làm", "3.", "người"),
        Line("+ Tỷ lệ so với tổng số lao động nữ", "", "%", role="line"),
        Line("3. Tiền lương", role="heading"),
        Line("Tiền lương bình quân tháng của 1 người lao động", "4.", "đồng"),
        Line("+ Số người được tính", "", "người", role="line"),
        Line("Tiền lương bình quân tháng của 1 người lao động trong các cơ quan hành chính "
             "nhà nước", "5.", "đồng"),
        Line("+ Số người được tính", "", "người", role="line"),
        Line("Tiền lương bình quân tháng của 1 người lao động trong các đơn vị sự nghiệp",
             "6.", "đồng"),
        Line("+ Số người được tính", "", "người", role="line"),
    ],
)

# Báo cáo tổng hợp tình hình tai nạn lao động (for an employer), Nghị định 39/2016/NĐ-CP
# ngày 15/5/2016, Phụ lục XI (the decree's text is on thuvienphapluat.vn; context: Thông tư
# 08/2016/TT-BLĐTBXH on gathering accident statistics, on the same site):
# a "Mã số" column and no order column, value columns grouped under "Số vụ", "Số người bị
# nạn" and "Chi phí tính bằng tiền", money groups with their own unit ("(1.000 đ)"); rows
# abridged.
ACCIDENTS = FormCase(
    name="accidents-nd39",
    source="Nghị định 39/2016/NĐ-CP (15/5/2016), Phụ lục XI (rows abridged)",
    above=["Tên cơ sở: ……………", "Mã huyện/quận: ……"],
    title=["BÁO CÁO TỔNG HỢP TÌNH HÌNH TAI NẠN LAO ĐỘNG", "Kỳ báo cáo: Năm 2026"],
    columns=[
        Col("Tên chỉ tiêu thống kê", role="label"), Col("Mã số", role="code"),
        Col("Số vụ (Vụ)", [Col("Tổng số", aspect="actual"),
                           Col("Số vụ có người chết", aspect="other"),
                           Col("Số vụ có từ 2 người bị nạn trở lên", aspect="other")]),
        Col("Số người bị nạn (Người)", [Col("Tổng số", aspect="actual"),
                                         Col("Số lao động nữ", aspect="female"),
                                         Col("Số người chết", aspect="other"),
                                         Col("Số người bị thương nặng", aspect="other")]),
        Col("Chi phí tính bằng tiền (1.000 đ)", [
            Col("Tổng số", aspect="actual", scale=1000),
            Col("Y tế", aspect="other", scale=1000),
            Col("Trả lương trong thời gian điều trị", aspect="other", scale=1000),
            Col("Bồi thường/Trợ cấp", aspect="other", scale=1000)]),
        Col("Thiệt hại tài sản (1.000 đ)", aspect="other", scale=1000),
        Col("Số ngày nghỉ vì tai nạn lao động", aspect="other"),
    ],
    lines=[
        Line("1. Phân theo nguyên nhân xảy ra TNLĐ", role="heading"),
        Line("a. Do người sử dụng lao động"),
        Line("- Không có thiết bị an toàn hoặc thiết bị không đảm bảo an toàn", code="01",
             role="line"),
        Line("- Không có phương tiện bảo vệ cá nhân", code="02", role="line"),
        Line("- Chưa huấn luyện hoặc huấn luyện an toàn chưa đầy đủ", code="03", role="line"),
        Line("b. Do người lao động"),
        Line("- Vi phạm nội quy, quy trình, biện pháp làm việc an toàn", code="04",
             role="line"),
        Line("- Không sử dụng phương tiện bảo vệ cá nhân", code="05", role="line"),
        Line("c. Khách quan khó tránh/Nguyên nhân chưa kể đến", code="06"),
        Line("2. Phân theo yếu tố gây chấn thương", role="heading"),
        Line("- Điện", code="07"),
        Line("- Ngã từ trên cao", code="08"),
        Line("- Vật rơi, đổ, sập", code="09"),
    ],
)

# A union's membership movement over a half-year: "Đầu kỳ | Tăng | Giảm | Cuối kỳ" by
# sector, units (CĐCS) and members. The movement layout is the one statistics of members
# use everywhere; the subject is the Tổng Liên đoàn's membership drive, Kế hoạch 04/KH-TLĐ
# ngày 22/01/2016 "Năm phát triển đoàn viên" (which asks for these figures by sector),
# https://luatminhkhue.vn/ke-hoach-04-kh-tld-trien-khai-nam-phat-trien-doan-vien.aspx .
# The exact wording of the headers is ours.
MEMBERSHIP = FormCase(
    name="membership-movement",
    source="Kế hoạch 04/KH-TLĐ (22/01/2016), subject; movement layout (headers ours); "
           "https://luatminhkhue.vn/ke-hoach-04-kh-tld-trien-khai-nam-phat-trien-doan-vien.aspx",
    above=["LIÊN ĐOÀN LAO ĐỘNG ……………", "CÔNG ĐOÀN ……………"],
    title=["BÁO CÁO TÌNH HÌNH ĐOÀN VIÊN, CÔNG ĐOÀN CƠ SỞ", "6 tháng đầu năm 2026"],
    columns=[
        Col("STT", role="order"), Col("Khu vực", role="label"),
        Col("Đầu kỳ", [Col("Số CĐCS", aspect="opening"), Col("Số đoàn viên", aspect="opening")]),
        Col("Tăng trong kỳ", [Col("Kết nạp mới", aspect="increase"),
                              Col("Chuyển đến", aspect="increase")]),
        Col("Giảm trong kỳ", [Col("Chuyển đi", aspect="decrease"),
                              Col("Ra khỏi tổ chức công đoàn", aspect="decrease")]),
        Col("Cuối kỳ", [Col("Số CĐCS", aspect="closing"), Col("Số đoàn viên", aspect="closing"),
                        Col("Trong đó nữ", aspect="female")]),
    ],
    lines=[
        Line("Hành chính, sự nghiệp", "1"),
        Line("Doanh nghiệp nhà nước", "2"),
        Line("Doanh nghiệp ngoài nhà nước", "3"),
        Line("Doanh nghiệp có vốn đầu tư nước ngoài", "4"),
        Line("Nghiệp đoàn, CĐCS ghép", "5"),
        Line("Cộng", role="total", sums=[0, 1, 2, 3, 4]),
    ],
)

# Plan against actual, quarter by quarter: "Kế hoạch năm | Thực hiện quý | Lũy kế từ đầu năm
# | Tỷ lệ %", the table of the quarterly results reports offices ask for; its indicators are
# the quantified targets of the union's plans (membership drive, care, emulation: Kế hoạch
# 04/KH-TLĐ above; Quyết định 1454/QĐ-TLĐ, Mẫu 1-HĐCĐ's wording for dialogues and
# initiatives). The header wording is ours; a money row counted in "triệu đồng".
PLAN_ACTUAL = FormCase(
    name="plan-actual-quarter",
    source="quarterly plan-vs-actual layout (headers ours); indicators after Kế hoạch "
           "04/KH-TLĐ (2016) and Quyết định 1454/QĐ-TLĐ (2014), Mẫu 1-HĐCĐ",
    above=["CÔNG ĐOÀN CẤP TRÊN: ……………", "CÔNG ĐOÀN CƠ SỞ: ……………"],
    title=["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "Quý III năm 2026"],
    columns=[
        Col("TT", role="order"), Col("Chỉ tiêu", role="label"), Col("ĐVT", role="unit"),
        Col("Kế hoạch năm 2026", aspect="plan"),
        Col("Thực hiện quý này", aspect="actual"),
        Col("Lũy kế từ đầu năm", aspect="cumulative"),
        Col("Tỷ lệ % so với kế hoạch", aspect="ratio"),
        Col("Ghi chú", role="note"),
    ],
    lines=[
        Line("Phát triển đoàn viên", role="heading", number="I"),
        Line("Số đoàn viên kết nạp mới", "1", "người"),
        Line("Số CĐCS thành lập mới", "2", "CĐCS"),
        Line("Chăm lo cho đoàn viên", role="heading", number="II"),
        Line("Số đoàn viên được thăm hỏi, hỗ trợ", "3", "người"),
        Line("Số tiền thăm hỏi, hỗ trợ", "4", "triệu đồng"),
        Line("Số đoàn viên được hỗ trợ nhà ở \"Mái ấm công đoàn\"", "5", "người"),
        Line("Thi đua", role="heading", number="III"),
        Line("Số sáng kiến được công nhận", "6", "sáng kiến"),
        Line("Số cuộc đối thoại tại nơi làm việc", "7", "cuộc"),
    ],
)

# A campaign's monthly results: the "Tháng Công nhân – Tháng hành động về an toàn, vệ sinh
# lao động" table an office asks its CĐCS for each May (one "Kết quả thực hiện" column, rows
# in người, đồng and Có/Không). Rows abridged from the real biểu sent with Kế hoạch
# 45/KH-LĐLĐ ngày 20/3/2023 of LĐLĐ huyện Tuy Phước (the campaign sample set the project
# was given, ../shared/samples/form.xlsx), asked here by month.
CAMPAIGN = FormCase(
    name="campaign-month",
    source="Biểu kèm Kế hoạch 45/KH-LĐLĐ (20/3/2023), LĐLĐ huyện Tuy Phước (rows abridged)",
    above=["LĐLĐ ……………", "CĐCS: ……………"],
    title=["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN THÁNG CÔNG NHÂN", "Tháng 5 năm 2026"],
    columns=[Col("STT", role="order"), Col("Nội dung", role="label"),
             Col("Đơn vị tính", role="unit"), Col("Kết quả thực hiện", aspect="actual"),
             Col("Ghi chú", role="note")],
    lines=[
        Line("Tổng số đoàn viên công đoàn", "1", "Người"),
        Line("Xây dựng kế hoạch tổ chức Tháng Công nhân", "2", "Có/Không"),
        Line("Số đoàn viên kết nạp mới", "3", "Người"),
        Line("Số cuộc đối thoại tại nơi làm việc", "4", "Cuộc"),
        Line("Số đoàn viên, người lao động được thăm hỏi, tặng quà", "5", "Người"),
        Line("Tổng số tiền thăm hỏi, tặng quà", "6", "Đồng"),
        Line("Số sáng kiến được công nhận", "7", "Sáng kiến"),
        Line("Số vụ tai nạn lao động", "8", "Vụ"),
        Line("Có trang Fanpage/Zalo của công đoàn cơ sở", "9", "Có/Không"),
    ],
)

CORPUS = [FINANCE_B14, MAU1_SPLIT, STAFF, MAU2_RATES, ACCIDENTS, MEMBERSHIP, PLAN_ACTUAL,
          CAMPAIGN]
