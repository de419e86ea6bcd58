"""Report forms (mẫu báo cáo): named, versioned lists of indicators.

A form is learnt from the blank Excel template the office sends down
(:mod:`unionplanner.domain.report_forms.learn`), edited in the window (a change to a form already used by
an import makes a new version, so old imports keep theirs: :mod:`unionplanner.domain.report_forms.service`),
and printed back as ready-to-fill workbooks per unit (:mod:`unionplanner.domain.report_forms.generate`).
"""
