"""fusion and posture: near-duplicate signatures, canonical events, links, installations

Revision ID: 0002
Revises: 0001

Documents stored under 0001 are kept; the Store fuses them on its next open
(they have no row in document_fusion yet).
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_fusion",
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("signature", sa.LargeBinary), sa.Column("family_id", sa.Integer, nullable=False),
        sa.Column("duplicate_of", sa.Integer), sa.Column("similarity", sa.Float),
        sa.Column("cited_outlets", sa.JSON, nullable=False),
    )
    op.create_index("ix_document_fusion_family", "document_fusion", ["family_id"])
    op.create_table(
        "document_bands",
        sa.Column("band", sa.BigInteger, nullable=False),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_document_bands_band", "document_bands", ["band"])
    op.create_index("ix_document_bands_document", "document_bands", ["document_id"])
    op.create_table(
        "canonical_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("type", sa.String(32), nullable=False), sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("date_start", sa.Date), sa.Column("date_end", sa.Date),
        sa.Column("location_name", sa.Text), sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
        sa.Column("country", sa.String(2)), sa.Column("installation_id", sa.Integer),
        sa.Column("actors", sa.JSON, nullable=False),
        sa.Column("fatalities", sa.Float), sa.Column("personnel", sa.Float),
        sa.Column("report_count", sa.Integer, nullable=False), sa.Column("outlet_count", sa.Integer, nullable=False),
        sa.Column("mention_count", sa.Integer, nullable=False), sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_canonical_type", "canonical_events", ["type"])
    op.create_index("ix_canonical_date", "canonical_events", ["date_start", "date_end"])
    op.create_index("ix_canonical_country", "canonical_events", ["country"])
    op.create_index("ix_canonical_latlon", "canonical_events", ["lat", "lon"])
    op.create_index("ix_canonical_installation", "canonical_events", ["installation_id"])
    op.create_table(
        "canonical_keys",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("canonical_id", sa.Integer, sa.ForeignKey("canonical_events.id", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.create_index("ix_canonical_keys_canonical", "canonical_keys", ["canonical_id"])
    op.create_table(
        "event_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("src_id", sa.Integer, sa.ForeignKey("canonical_events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("dst_id", sa.Integer, sa.ForeignKey("canonical_events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("type", sa.String(16), nullable=False), sa.Column("days", sa.Float),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_event_links_src", "event_links", ["src_id"])
    op.create_index("ix_event_links_dst", "event_links", ["dst_id"])
    op.create_table(
        "installations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False), sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
        sa.Column("country", sa.String(2)), sa.Column("kind", sa.String(32)),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_installations_latlon", "installations", ["lat", "lon"])
    op.create_table(
        "installation_spans",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("installation_id", sa.Integer, sa.ForeignKey("installations.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("start", sa.Date), sa.Column("end", sa.Date),
        sa.Column("status", sa.String(32), nullable=False), sa.Column("holder", sa.Text),
        sa.Column("occupants", sa.JSON, nullable=False), sa.Column("personnel", sa.Float),
        sa.Column("sources", sa.JSON, nullable=False),
    )
    op.create_index("ix_installation_spans_installation", "installation_spans", ["installation_id", "seq"])
    # A plain nullable column: SQLite adds it in place, the events already stored are kept.
    with op.batch_alter_table("events", recreate="never") as batch:
        batch.add_column(sa.Column("canonical_id", sa.Integer))
    op.create_index("ix_events_canonical", "events", ["canonical_id"])


def downgrade() -> None:
    op.drop_index("ix_events_canonical", "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("canonical_id")
    for table in ("installation_spans", "installations", "event_links", "canonical_keys", "canonical_events",
                  "document_bands", "document_fusion"):
        op.drop_table(table)
