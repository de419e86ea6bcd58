"""Storage: the database (SQLite by default, PostgreSQL by URL), migrations, backups, the
instance lock and the audit log. Qt-free.

Domain packages declare their tables on :class:`~unionplanner.storage.base.Base` in their own
``models`` module and list it in :data:`~unionplanner.storage.schema.MODEL_MODULES`; they add
Alembic revisions under ``storage/migrations/versions``.
"""
