"""The overview page: the office's name, the figures by sector added up from the units, and
this month's activities from the issued plans."""

from __future__ import annotations

import datetime as dt

from unionplanner.domain.office.service import get_office
from unionplanner.domain.units.service import list_units


def test_overview_shows_the_office_and_its_figures(qtbot, demo_ctx):
    from unionplanner.ui.overview.page import OverviewPage

    page = OverviewPage(demo_ctx)
    qtbot.addWidget(page)
    office, units = demo_ctx.read(lambda s: (get_office(s), list_units(s, include_ended=False)))
    assert page.title.text() == office.name
    assert len(units) > 0
    assert page.units.value.text() == f"{len(units):,}".replace(",", ".")
    members = sum(u.members or 0 for u in units)
    assert page.members.value.text() == f"{members:,}".replace(",", ".")
    assert page.model.rowCount() == len({u.sector for u in units})
    page.refresh(dt.date(2024, 1, 15))
    assert "1/2024" in page.month_title.text()


def test_a_late_month_says_so_in_words_not_only_in_colour(qtbot, ctx):
    from unionplanner.domain.demo.year import load_full_demo
    from unionplanner.ui.overview.page import OverviewPage

    load_full_demo(ctx.db, dt.date(2026, 12, 7))
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.refresh(dt.date(2026, 12, 7))
    model = page.due_model
    late = [r for r in range(model.rowCount()) if model.record(r).late]
    assert late and all(model.index(r, 3).data() == "Trễ hạn" for r in late)
