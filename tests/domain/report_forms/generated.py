"""Statistics forms made up by hypothesis, for the property tests of the anatomy, the
learner and the import: any header depth, width, sections, lines, totals, units and scales."""

from __future__ import annotations

from hypothesis import strategies as st

from tests.forms import Col, FormCase, Line

_WORDS = ["Đoàn viên", "Lao động", "Sáng kiến", "Công trình", "Hội nghị", "Tập huấn",
          "Thăm hỏi", "Kinh phí", "Cán bộ", "Học viên", "Giải thưởng", "Hộ gia đình"]
_GROUPS = ["Trình độ", "Giới tính", "Độ tuổi", "Loại hình", "Khu vực", "Nguồn", "Hình thức"]
_LEAVES = ["Đại học", "Cao đẳng", "Trung cấp", "Nam", "Nữ", "Dưới 30", "Trên 50", "Nhà nước",
           "Ngoài nhà nước", "Thành thị", "Nông thôn", "Tổng số", "Kế hoạch", "Thực hiện",
           "Tỷ lệ %", "Lũy kế", "Trực tiếp", "Trực tuyến"]


@st.composite
def header_tree(draw, depth: int, leaves: list[str] | None = None) -> list[Col]:
    """Value columns under groups, ``depth`` levels at most, 1–40 leaves in all; a group's
    columns are named unlike the group (a header never repeats itself a row lower);
    ``leaves`` the words columns are named with (default: all, plans and ratios too)."""
    words = leaves or _LEAVES

    def node(text: str, level: int, budget: int) -> Col:
        if level >= depth - 1 or budget < 2 or draw(st.booleans()):
            return Col(text)
        count = draw(st.integers(2, min(4, budget)))
        names = draw(st.lists(st.sampled_from([w for w in words if w != text]),
                              min_size=count, max_size=count, unique=True))
        return Col(text, [node(name, level + 1, budget // count) for name in names])

    tops = draw(st.lists(st.sampled_from(_GROUPS + words), min_size=1, max_size=6,
                         unique=True))
    return [node(text, 0, 12) for text in tops]


#: column names of figures a unit fills in for the period (no plan, ratio or cumulative)
FILLED_LEAVES = [w for w in _LEAVES if w not in ("Kế hoạch", "Tỷ lệ %", "Lũy kế")]


@st.composite
def generated_form(draw, leaves: list[str] | None = None) -> FormCase:
    """A statistics form: header depth 1–5, 1–40 value columns (named from ``leaves``),
    an order, label, unit and code column or not, 1–3 sections of indicators with lines
    under them and a total or not, a scale (1, 1.000 or 1.000.000 đồng) and a column-number
    row or not; titled for the year 2026."""
    depth = draw(st.integers(1, 5))
    values = draw(header_tree(depth, leaves))
    leaves = [leaf for col in values for leaf in col.leaves()]
    if len(leaves) > 40:
        values = values[:1]
    code = draw(st.booleans())
    unit = draw(st.booleans())
    label = draw(st.sampled_from(["Nội dung", "Chỉ tiêu", "Tên chỉ tiêu", "Diễn giải",
                                  "Đối tượng", "Nội dung công việc"]))
    columns = [Col(draw(st.sampled_from(["TT", "STT", "Số TT"])), role="order"),
               Col(label, role="label")]
    if unit:
        columns.append(Col("Đơn vị tính", role="unit"))
    if code:
        columns.append(Col("Mã số", role="code"))
    columns += values
    if draw(st.booleans()):
        columns.append(Col("Ghi chú", role="note"))
    lines: list[Line] = []
    for section in range(draw(st.integers(1, 3))):
        roman = ["I", "II", "III"][section]
        lines.append(Line(f"{draw(st.sampled_from(_GROUPS)).upper()} {section + 1}", roman,
                          role="heading"))
        start = len(lines)
        for number in range(1, draw(st.integers(1, 5)) + 1):
            lines.append(Line(f"Số {draw(st.sampled_from(_WORDS)).lower()} loại {number}",
                              str(number), "Người" if unit else "",
                              f"{section + 1}{number:02d}" if code else ""))
            if draw(st.integers(0, 3)) == 0:
                lines.append(Line(f"Trong đó mới {number}", "+", "Người" if unit else "",
                                  role="line"))
        if draw(st.booleans()):
            sums = [i for i in range(start, len(lines)) if lines[i].role == "indicator"]
            lines.append(Line(f"Cộng mục {roman}", role="total", sums=sums))
    scale = draw(st.sampled_from([1, 1, 1000, 10**6]))
    unit_line = {1: "", 1000: "ĐVT: 1.000 đồng", 10**6: "Đơn vị tính: triệu đồng"}[scale]
    return FormCase("generated", ["BÁO CÁO KẾT QUẢ", "Năm 2026"], columns, lines,
                    numbering=draw(st.booleans()), unit_line=unit_line, scale=scale)
