"""The pages of the main window, in navigation order.

Each entry is (key, navigation label, icon, factory(ctx) -> QWidget); a factory imports its
page's module only when the window is built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QStyle, QWidget

from unionplanner.ui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str  # source text, translated in context "Pages"
    icon: QStyle.StandardPixmap
    factory: Callable[[AppContext], QWidget]

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Pages", self.label)


def _overview(ctx: AppContext) -> QWidget:
    from unionplanner.ui.pages.overview import OverviewPage

    return OverviewPage(ctx)


def _summary(ctx: AppContext) -> QWidget:
    from unionplanner.ui.pages.summary import SummaryPage

    return SummaryPage(ctx)


def _units(ctx: AppContext) -> QWidget:
    from unionplanner.ui.pages.units import UnitsPage

    return UnitsPage(ctx)


def _plans(ctx: AppContext) -> QWidget:
    from unionplanner.ui.pages.plans import PlansPage

    return PlansPage(ctx)


def _tracking(ctx: AppContext) -> QWidget:
    from unionplanner.ui.pages.tracking import TrackingPage

    return TrackingPage(ctx)


def _reports(ctx: AppContext) -> QWidget:
    from unionplanner.ui.pages.reports import ReportsPage

    return ReportsPage(ctx)


def _settings(ctx: AppContext) -> QWidget:
    from unionplanner.ui.pages.settings import SettingsPage

    return SettingsPage(ctx)


SP = QStyle.StandardPixmap
PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", QT_TRANSLATE_NOOP("Pages", "Overview"), SP.SP_ComputerIcon, _overview),
    PageSpec("plans", QT_TRANSLATE_NOOP("Pages", "Plans"), SP.SP_FileDialogDetailedView,
             _plans),
    PageSpec("tracking", QT_TRANSLATE_NOOP("Pages", "Activity tracking"),
             SP.SP_DialogApplyButton, _tracking),
    PageSpec("imports", QT_TRANSLATE_NOOP("Pages", "Grassroots reports"), SP.SP_ArrowDown,
             _reports),
    PageSpec("summary", QT_TRANSLATE_NOOP("Pages", "Summary reports"),
             SP.SP_FileDialogContentsView, _summary),
    PageSpec("units", QT_TRANSLATE_NOOP("Pages", "Units"), SP.SP_DirHomeIcon, _units),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), SP.SP_FileDialogListView,
             _settings),
)
