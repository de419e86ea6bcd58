"""Issue 26: "Lưu làm kế hoạch của cấp trên" said nothing and the plan appeared in no list.
The parent bodies' plans have their own list on the Plans page, with the office's plans
drafted from each; saving says where the plan went."""

from __future__ import annotations

import pytest

from unionplanner.domain.plans.extract import read_plan
from unionplanner.ui.plans.import_review import ImportReview
from unionplanner.ui.plans.page import PlansPage


@pytest.fixture
def seed(seeds_dir):
    return seeds_dir / "000_765413dbe16de2c5.docx"


def test_a_saved_parent_plan_is_listed_and_said_where(qtbot, ctx, messages, seed):
    page = PlansPage(ctx)
    qtbot.addWidget(page)
    review = ImportReview(ctx, read_plan(seed), seed.name, page)
    qtbot.addWidget(review)
    review.saved.connect(page._after_import)
    review.store(implement=False)
    assert page.origin.currentData() == "parent"
    [row] = [page.model.record(r) for r in range(page.model.rowCount())]
    assert row["title"].startswith("Tổ chức các hoạt động Tháng Công nhân")
    assert page.view.selectionModel().selectedRows()[0].row() == 0
    assert "Kế hoạch của cấp trên" in messages[-1][1] and row["title"][:30] in messages[-1][1]
    assert page.implement_button.isVisibleTo(page) and not page.duplicate_button.isVisibleTo(page)
    page._implement()  # the office's plan drafted from it, opened in the editor
    assert page.editor is not None and page.editor.doc.title
    page.close_editor()
    page.origin.setCurrentIndex(page.origin.findData("parent"))
    [row] = [page.model.record(r) for r in range(page.model.rowCount())]
    assert row["implemented"] and page.model.index(0, 6).data() == row["implemented"]
    page.origin.setCurrentIndex(page.origin.findData("own"))
    assert page.model.rowCount() == 1  # the office's own plan only
