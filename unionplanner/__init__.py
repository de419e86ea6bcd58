"""UnionPlanner: plans, monthly tracking, grassroots report import and summary reports for a
Vietnamese upper-level trade union office (công đoàn cấp trên trực tiếp cơ sở).

Packages: ``storage`` (database, migrations, backups, audit log), ``units`` (grassroots unions),
``plans``, ``tracking``, ``imports``, ``reports`` (filled by their issues) — all free of Qt —
and ``ui`` (widgets only). ``cli`` is the command line; ``app`` starts the GUI.
"""

__version__ = "0.1.0"
APP_NAME = "UnionPlanner"
