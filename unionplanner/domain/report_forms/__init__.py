"""Report forms (mẫu báo cáo): named, versioned lists of indicators.

A form is learnt from the blank Excel template the office sends down (``learn``), edited in
the window (a change to a form already used by an import makes a new version, so old imports
keep theirs: ``service``), and printed back as ready-to-fill workbooks per unit
(``generate``). ``kinds`` are the indicator kinds, ``periods`` the report periods.
"""
