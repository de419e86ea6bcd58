"""The overview page: the office's name, the figures by sector added up from the units, and
this month's activities from the issued plans."""

from __future__ import annotations

import datetime as dt

from unionplanner.domain.office.service import get_office
from unionplanner.domain.units.service import count_by_sector


def test_overview_shows_the_office_and_its_figures(qtbot, demo_ctx):
    from unionplanner.ui.overview.page import OverviewPage

    page = OverviewPage(demo_ctx)
    qtbot.addWidget(page)
    office, sectors = demo_ctx.read(lambda s: (get_office(s), count_by_sector(s)))
    assert page.title.text() == office.name
    units = sum(r["units"] for r in sectors.values())
    assert units > 0
    assert page.units.value.text() == f"{units:,}".replace(",", ".")
    assert page.model.rowCount() == len(sectors)
    page.refresh_month(dt.date(2024, 1, 15))
    assert "1/2024" in page.month_title.text()
