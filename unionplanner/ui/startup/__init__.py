"""First start and start-up problems: the welcome page, the dialogs shown before the window,
and the installed program's self-test."""
