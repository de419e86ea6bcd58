"""The received reports page (Báo cáo CĐCS), the import wizard and its preview."""
