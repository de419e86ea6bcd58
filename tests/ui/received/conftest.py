"""The sample office of the Báo cáo CĐCS tests: its units, its campaign form and a few of its
returns copied into a folder."""

from __future__ import annotations

import pytest

from tests.helpers import campaign_office

FILES = ["Cong ty CP Duoc pham Phuoc Hung - bieu so lieu.xlsx",
         "Bao cao thang cong nhan_Cong_ty_CP_Duoc_pham_Phuoc_Hung (BO SUNG).xlsx",
         "Truong Mam non Phuoc Son - bieu so lieu.xlsx", "Book1.xlsx",
         "Tong hop cum 9 (xuat tu phan mem).xlsx"]


@pytest.fixture
def office(ctx, samples, tmp_path):
    """(context, form id, the folder of the returns named in FILES)."""
    folder = tmp_path / "mail"
    return ctx, campaign_office(ctx.db, samples, folder, FILES), folder
