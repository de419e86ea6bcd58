"""The report form editor (Mẫu báo cáo)."""
