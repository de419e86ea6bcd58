"""periods as at a day

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 11:40:00

A form of figures as at a date has periods coded by the day ("2026-10-15", ten characters):
the period columns of import batches, submissions and plan deadlines grow from 7 to 10
characters (PostgreSQL enforces the length; SQLite does not).
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

_TABLES = ('import_batch', 'submission', 'plan_deadline')


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('period', existing_type=sa.String(length=7),
                                  type_=sa.String(length=10))


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('period', existing_type=sa.String(length=10),
                                  type_=sa.String(length=7))
