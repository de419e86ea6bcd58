"""The frame every page lives in: the application object, the main window and its pages,
the context pages share, background tasks, error reporting, translations, labels of codes,
the table model, delegates and charts."""
