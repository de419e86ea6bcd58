"""UnionPlanner: plans, monthly tracking, grassroots report import and summary reports for a
Vietnamese upper-level trade union office (công đoàn cấp trên trực tiếp cơ sở).

Packages: ``core`` (errors, progress, paths, text) and ``domain`` (storage, the office, units,
spreadsheets, report forms, received reports, plans, tracking, summary reports, documents),
both free of Qt; ``ui`` (widgets only, one folder per feature); ``cli`` the command line;
``app`` starts the window. README.md, "Layout", draws the tree.
"""

__version__ = "0.1.0"
APP_NAME = "UnionPlanner"
