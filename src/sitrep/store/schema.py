"""The store's tables (SQLAlchemy Core). Changes go through an Alembic migration in migrations/versions."""
from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer,
                        MetaData, String, Table, Text)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("doc_key", Text, nullable=False),           # the JSONL id or the path, as given
    Column("source", Text),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", Text),
    Column("published", Date),
    Column("published_inferred", Boolean, nullable=False, default=False),
    Column("text", Text, nullable=False),
    Column("data", JSON, nullable=False),              # the contract's document (entities, places, timexes)
    Column("ingested_at", DateTime, nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),            # position among the document's events
    Column("type", String(32), nullable=False),
    Column("modality", String(16), nullable=False),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("location_name", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(2)),
    Column("actors", JSON, nullable=False),
    Column("acled_event_type", Text),
    Column("acled_sub_event_type", Text),
    Column("fatalities", Float),
    Column("personnel", Float),
    Column("evidence", Text),
    Column("confidence", Float),
    Column("data", JSON, nullable=False),              # the contract's event
)
Index("ix_events_type", events.c.type)
Index("ix_events_date", events.c.date_start, events.c.date_end)
Index("ix_events_country", events.c.country)
Index("ix_events_latlon", events.c.lat, events.c.lon)
Index("ix_events_document", events.c.document_id)
