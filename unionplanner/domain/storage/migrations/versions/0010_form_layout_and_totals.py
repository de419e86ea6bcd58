"""form layout, total rows and form codes

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 06:10:00

A form learnt from any table keeps its value columns' header paths, aspects and scales and
the table's unit (report_form_version.layout), which rows are totals of others
(indicator.total_of) and the code the form prints for each row ("Mã số": indicator.form_code).
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.add_column(sa.Column('total_of', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('form_code', sa.String(length=32), nullable=True))
    with op.batch_alter_table('report_form_version', schema=None) as batch_op:
        batch_op.add_column(sa.Column('layout', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('report_form_version', schema=None) as batch_op:
        batch_op.drop_column('layout')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_column('form_code')
        batch_op.drop_column('total_of')
