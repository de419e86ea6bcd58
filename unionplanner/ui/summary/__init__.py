"""The summary report page (Báo cáo tổng hợp)."""
