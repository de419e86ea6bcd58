"""Widgets only. Pages call the Qt-free domain through
:class:`~unionplanner.ui.shell.context.AppContext` and run long work through
:class:`~unionplanner.ui.shell.tasks.TaskRunner`."""
