"""The overview page (Tổng quan)."""
