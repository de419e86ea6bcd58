"""Storage: the database (SQLite by default, PostgreSQL by URL), migrations, backups, the
instance lock and the audit log. Qt-free.

Domain packages declare their tables on :class:`~unionplanner.domain.storage.base.Base` in their own
``models`` module and list it in :data:`~unionplanner.domain.storage.schema.MODEL_MODULES`; they add
Alembic revisions under ``storage/migrations/versions``.
"""
