"""posture: each stored span keeps the forces that had handed the base over by its end

Revision ID: 0011
Revises: 0010

An installation's timeline is worked out over its events in order of their days, carrying a
state from one to the next: the status, holder, occupants and troops (each span's columns)
and the forces that handed the base over, which a later report of their former presence does
not bring back. With the latter stored too (`installation_spans.handed_by`, a JSON list), a
report of one event resumes the timeline from the span before its day instead of replaying
every event of the base from the first. Spans stored before this have none (null): the first
report at their base works its timeline out whole, which fills it; nothing is computed here.
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("installation_spans", sa.Column("handed_by", sa.JSON()))


def downgrade() -> None:
    op.drop_column("installation_spans", "handed_by")
