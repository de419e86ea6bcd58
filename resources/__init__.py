"""Bundled run-time files of UnionPlanner, importable as ``unionplanner.resources``.

``i18n/``: Qt translation catalogues (``.ts`` sources, ``.qm`` compiled by ``make``);
``fonts/``: Liberation Serif 2.x (SIL OFL 1.1; metric-compatible with Times New Roman and with
Vietnamese glyphs) for documents in the official format; ``icons/``: the app icon;
``help/``: the Vietnamese user guide (``huong-dan.html``) and its pictures of the screens
(``images/``, made by ``make help-images``).
Read them only through :mod:`unionplanner.core.paths`.
"""
