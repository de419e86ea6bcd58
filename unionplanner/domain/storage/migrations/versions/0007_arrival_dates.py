"""arrival dates of received files

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 14:30:00

Each received file gets the day it reached the office (``received_file.arrived_on``); files
imported before keep NULL and are judged by their import day, as they were.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('received_file') as batch:
        batch.add_column(sa.Column('arrived_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('received_file') as batch:
        batch.drop_column('arrived_on')
