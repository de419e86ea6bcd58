"""What the office works with, free of Qt: storage, the office, its grassroots units, report
forms, the reports received from the units, plans, their monthly tracking, summary reports,
documents in the official format, and the demo office. The window (``ui``) and the command
line (``cli``) sit on top of it."""
