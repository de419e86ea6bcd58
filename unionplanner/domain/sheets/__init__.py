"""Spreadsheets as they arrive, whoever sends them (grassroots returns, the unit list, a
blank report form): opened safely (``workbook``: format from content, size and zip-bomb
limits, formulas without results), legacy Vietnamese encodings (``legacy``, ``xml_scan``:
TCVN3/VNI by statistics and by cell font), and the tables in a sheet (``detect``: header
rows, indicator and value columns, unit rows, signature block). Qt-free; knows nothing of
report forms, units or the database."""
