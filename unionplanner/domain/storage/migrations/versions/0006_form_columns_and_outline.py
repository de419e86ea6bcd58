"""report forms with value columns, an outline and period kinds

Forms made before keep one value column, no headings and monthly periods: the new columns
are NULL for them (read as those defaults), and every stored value is in column 0.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('report_form_version', schema=None) as batch_op:
        batch_op.add_column(sa.Column('columns', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('period_kinds', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('headings', sa.JSON(), nullable=True))
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.add_column(sa.Column('number', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('parent_code', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('columns', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('base_code', sa.String(length=32), nullable=True))
    with op.batch_alter_table('report_value', schema=None) as batch_op:
        batch_op.add_column(sa.Column('value_column', sa.Integer(), server_default='0',
                                      nullable=False))
        batch_op.add_column(sa.Column('note', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('report_value', schema=None) as batch_op:
        batch_op.drop_column('note')
        batch_op.drop_column('value_column')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_column('base_code')
        batch_op.drop_column('columns')
        batch_op.drop_column('parent_code')
        batch_op.drop_column('number')
    with op.batch_alter_table('report_form_version', schema=None) as batch_op:
        batch_op.drop_column('headings')
        batch_op.drop_column('period_kinds')
        batch_op.drop_column('columns')
