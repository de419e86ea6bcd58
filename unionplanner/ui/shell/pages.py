"""The pages of the main window, in navigation order.

Each entry is (key, navigation label, factory(ctx) -> QWidget); the navigation icon is the
key's in :mod:`unionplanner.ui.shell.icons`. A factory imports its page's module only when
the page is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from unionplanner.ui.shell.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: Any  # source text (from QT_TRANSLATE_NOOP), translated in context "Pages"
    factory: Callable[[AppContext], QWidget]

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Pages", self.label)


def _overview(ctx: AppContext) -> QWidget:
    from unionplanner.ui.overview.page import OverviewPage

    return OverviewPage(ctx)


def _summary(ctx: AppContext) -> QWidget:
    from unionplanner.ui.summary.page import SummaryPage

    return SummaryPage(ctx)


def _units(ctx: AppContext) -> QWidget:
    from unionplanner.ui.units.page import UnitsPage

    return UnitsPage(ctx)


def _plans(ctx: AppContext) -> QWidget:
    from unionplanner.ui.plans.page import PlansPage

    return PlansPage(ctx)


def _tracking(ctx: AppContext) -> QWidget:
    from unionplanner.ui.tracking.page import TrackingPage

    return TrackingPage(ctx)


def _received(ctx: AppContext) -> QWidget:
    from unionplanner.ui.received.page import ReceivedPage

    return ReceivedPage(ctx)


def _outgoing(ctx: AppContext) -> QWidget:
    from unionplanner.ui.office.page import OutgoingPage

    return OutgoingPage(ctx)


def _settings(ctx: AppContext) -> QWidget:
    from unionplanner.ui.settings.page import SettingsPage

    return SettingsPage(ctx)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", QT_TRANSLATE_NOOP("Pages", "Overview"), _overview),
    PageSpec("plans", QT_TRANSLATE_NOOP("Pages", "Plans"), _plans),
    PageSpec("tracking", QT_TRANSLATE_NOOP("Pages", "Activity tracking"), _tracking),
    PageSpec("received", QT_TRANSLATE_NOOP("Pages", "Grassroots reports"), _received),
    PageSpec("summary", QT_TRANSLATE_NOOP("Pages", "Summary reports"), _summary),
    PageSpec("outgoing", QT_TRANSLATE_NOOP("Pages", "Outgoing documents"), _outgoing),
    PageSpec("units", QT_TRANSLATE_NOOP("Pages", "Units"), _units),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), _settings),
)
