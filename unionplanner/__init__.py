"""UnionPlanner: plans, monthly tracking, grassroots report import and summary reports for a
Vietnamese upper-level trade union office (công đoàn cấp trên trực tiếp cơ sở).

Packages: ``core`` (errors, progress, paths, text) and ``domain`` (storage, the office, units,
spreadsheets, report forms, received reports, plans, tracking, summary reports, documents),
both free of Qt; ``ui`` (widgets only, one folder per feature); ``cli`` the command line;
``app`` starts the window. README.md, "Layout", draws the tree.
"""

import logging as _logging

__version__ = "0.1.0"
APP_NAME = "UnionPlanner"

# the program's records go to its log file once one is set up (core.log), never to the
# console: a library's convention, so a command's stderr carries only its own message
_logging.getLogger(__name__).addHandler(_logging.NullHandler())
