"""Summary reports: aggregation against targets, PDF/XLSX/DOCX output. Qt-free. Filled by the
summary-reports issue."""
