"""Issue 26: ceilings ("không quá 5 vụ", "giảm … xuống dưới 1%") are evaluated as "at
most" in summaries: met when the result is not above the figure."""

from __future__ import annotations

import pytest

from tests.helpers import learn_and_store
from unionplanner.domain.plans import service as plans
from unionplanner.domain.plans.document import IndicatorRef, PlanDocument, Target, TargetShape
from unionplanner.domain.received.session import import_paths
from unionplanner.domain.summary.export import layout_summary
from unionplanner.domain.summary.report import build_report
from unionplanner.domain.units.excel import import_units


@pytest.mark.parametrize("ceiling, met", [(500, True), (432, True), (400, False)])
def test_a_ceiling_is_met_at_or_below_its_figure(db, samples, ceiling, met):
    with db.transaction() as session:
        import_units(session, samples / "units.xlsx")
        form_id = learn_and_store(session, "TCN 2023", samples / "form.xlsx")
        plan_id = plans.create_plan(session, PlanDocument(title="Tháng Công nhân 2023", targets=[
            Target(f"Không quá {ceiling} đoàn viên kết nạp mới", TargetShape.CEILING_COUNT,
                   value=ceiling, indicators=[IndicatorRef(form_id, "CT05")])])).id
    import_paths(db, [samples / "reports"], form_id, "2023-05")
    with db.session() as session:
        report = build_report(session, form_id, "2023-05", plan_id=plan_id)
    [result] = report.targets
    assert result.achieved == 432 and result.met is met
    assert result.percent_of_target is None  # a share of a ceiling says nothing
    text = " ".join(str(cell) for block in layout_summary(report).body
                    for row in getattr(block, "rows", []) for cell in row)
    assert ("Đạt (không vượt quá)" if met else "Chưa đạt (vượt quá)") in text
