"""Report forms (mẫu báo cáo): named, versioned lists of indicators.

A form is learnt from the blank Excel template the office sends down
(:mod:`unionplanner.forms.learn`), edited in the window (a change to a form already used by
an import makes a new version, so old imports keep theirs: :mod:`unionplanner.forms.service`),
and printed back as ready-to-fill workbooks per unit (:mod:`unionplanner.forms.generate`).
"""
