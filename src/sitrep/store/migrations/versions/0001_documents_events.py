"""documents and events

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("doc_key", sa.Text, nullable=False),
        sa.Column("source", sa.Text), sa.Column("url", sa.Text), sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text), sa.Column("published", sa.Date),
        sa.Column("published_inferred", sa.Boolean, nullable=False),
        sa.Column("text", sa.Text, nullable=False), sa.Column("data", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("type", sa.String(32), nullable=False), sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("date_start", sa.Date), sa.Column("date_end", sa.Date),
        sa.Column("location_name", sa.Text), sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
        sa.Column("country", sa.String(2)), sa.Column("actors", sa.JSON, nullable=False),
        sa.Column("acled_event_type", sa.Text), sa.Column("acled_sub_event_type", sa.Text),
        sa.Column("fatalities", sa.Float), sa.Column("personnel", sa.Float),
        sa.Column("evidence", sa.Text), sa.Column("confidence", sa.Float),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_date", "events", ["date_start", "date_end"])
    op.create_index("ix_events_country", "events", ["country"])
    op.create_index("ix_events_latlon", "events", ["lat", "lon"])
    op.create_index("ix_events_document", "events", ["document_id"])


def downgrade() -> None:
    op.drop_table("events")
    op.drop_table("documents")
