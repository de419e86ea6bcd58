"""Which modules declare tables. Each domain package that owns tables adds its ``models``
module here (one line) so Alembic and ``create_all`` see every table."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import MetaData

MODEL_MODULES = (
    "unionplanner.domain.storage.models",
    "unionplanner.domain.office.service",
    "unionplanner.domain.office.outgoing",
    "unionplanner.domain.office.reminders",
    "unionplanner.domain.units.models",
    "unionplanner.domain.report_forms.models",
    "unionplanner.domain.received.models",
    "unionplanner.domain.plans.models",
    "unionplanner.domain.tracking.models",
    "unionplanner.domain.collect.models",
)


def load_all_models() -> MetaData:
    """Import every model module and return the shared metadata."""
    for name in MODEL_MODULES:
        importlib.import_module(name)
    from unionplanner.domain.storage.base import Base

    return Base.metadata
