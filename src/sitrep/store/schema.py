"""The store's tables (SQLAlchemy Core). Changes go through an Alembic migration in migrations/versions."""
from __future__ import annotations

from sqlalchemy import (JSON, BigInteger, Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer,
                        LargeBinary, MetaData, String, Table, Text)

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
    Column("canonical_id", Integer),                   # the fused event it tells of (0002)
)
# (the type, date, country and lat/lon indexes of 0001 were dropped in 0006: filters read canonical events)
Index("ix_events_document", events.c.document_id)
Index("ix_events_canonical", events.c.canonical_id)

# -- fusion and posture (migration 0002) ----------------------------------------------
# One row per stored document: its MinHash signature, its near-duplicate family (the id of
# the first stored document of the family) and the outlets its text cites.
document_fusion = Table(
    "document_fusion", metadata,
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary),                   # MinHash values (uint32, little-endian); null: too short
    Column("family_id", Integer, nullable=False),
    Column("duplicate_of", Integer),                    # the stored document it copies, if any
    Column("similarity", Float),                        # estimated Jaccard similarity to it
    Column("cited_outlets", JSON, nullable=False),
)
Index("ix_document_fusion_family", document_fusion.c.family_id)

# LSH bands of the signatures: a near-duplicate shares at least one band with its original.
document_bands = Table(
    "document_bands", metadata,
    Column("band", BigInteger, primary_key=True, autoincrement=False),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True,
           autoincrement=False),
    sqlite_with_rowid=False,    # 0005: the entries live in the B-tree they are looked up in
)
Index("ix_document_bands_document", document_bands.c.document_id)

# One event told by many reports: events (mentions) point here through events.canonical_id.
canonical_events = Table(
    "canonical_events", metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(32), nullable=False),
    Column("modality", String(16), nullable=False),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("location_name", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(2)),
    Column("installation_id", Integer),
    Column("actors", JSON, nullable=False),
    Column("fatalities", Float),
    Column("personnel", Float),
    Column("report_count", Integer, nullable=False),
    Column("outlet_count", Integer, nullable=False),
    Column("mention_count", Integer, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("data", JSON, nullable=False),              # the contract's event + sources, values, counts
    # its mentions as merging reads them, without the evidence `data`'s sources keep (0008): a new
    # report merges with this one row, not with every stored report of the event read back
    Column("mentions", JSON),
    # what scoring a report against it reads (`scoring_form`, 0009): a candidate is scored from
    # this, and only the one a report joins is read whole, with all its sources
    Column("match_form", JSON),
    # what fusion's first look at a candidate (`fuse.prefilter`) reads beside the columns above,
    # as columns of their own (0010): its place's kind and uncertainty, its first report's day,
    # the other places its one report names (JSON text; null: none) and whether its report never
    # named its place; a candidate row is then read without parsing its scoring form's JSON (a
    # report in a big store is looked at against several)
    Column("location_kind", String(32)),
    Column("location_uncertainty_km", Float),
    Column("first_published", Date),
    Column("also_at", Text),
    Column("place_untold", Boolean),
)
# (the type, date, country and lat/lon indexes of 0002 gave way in 0004 to 0003's covering ones)
Index("ix_canonical_installation", canonical_events.c.installation_id)

# Blocking keys (kind group | date bucket | coarse geo cell): fusion looks candidates up here.
canonical_keys = Table(
    "canonical_keys", metadata,
    Column("key", String(64), primary_key=True),
    Column("canonical_id", Integer, ForeignKey("canonical_events.id", ondelete="CASCADE"), primary_key=True,
           autoincrement=False),
    sqlite_with_rowid=False,    # 0005
)
Index("ix_canonical_keys_canonical", canonical_keys.c.canonical_id)

# Typed links between canonical events (before, after, cause), with the document that says so.
event_links = Table(
    "event_links", metadata,
    Column("id", Integer, primary_key=True),
    Column("src_id", Integer, ForeignKey("canonical_events.id", ondelete="CASCADE"), nullable=False),
    Column("dst_id", Integer, ForeignKey("canonical_events.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("days", Float),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
)
Index("ix_event_links_src", event_links.c.src_id)
Index("ix_event_links_dst", event_links.c.dst_id)

# Installations (bases, airfields, camps) and their timeline, derived from canonical events.
installations = Table(
    "installations", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(200), nullable=False, unique=True),   # normalised name
    Column("name", Text, nullable=False),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(2)),
    Column("kind", String(32)),
    Column("updated_at", DateTime, nullable=False),
)
Index("ix_installations_latlon", installations.c.lat, installations.c.lon)

installation_spans = Table(
    "installation_spans", metadata,
    Column("id", Integer, primary_key=True),
    Column("installation_id", Integer, ForeignKey("installations.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("start", Date),
    Column("end", Date),
    Column("status", String(32), nullable=False),
    Column("holder", Text),
    Column("occupants", JSON, nullable=False),
    Column("personnel", Float),
    Column("sources", JSON, nullable=False),
    # the forces that had handed the base over by the span's end (0011; null: stored before):
    # with the span's state, what the timeline resumes from (`posture.timeline_after`)
    Column("handed_by", JSON),
)
Index("ix_installation_spans_installation", installation_spans.c.installation_id, installation_spans.c.seq)


def filter_conditions(table, flt) -> list:
    """SQL conditions of an EventFilter (kind, days, country, a box around `near`) on a table
    with type, date_start, date_end, country, lat and lon columns: stored mentions or canonical
    events. The exact distance to `near` and the actor are checked on the rows."""
    from sqlalchemy import and_, func, or_

    from sitrep.geo import box
    conds = []
    if flt.type:
        conds.append(table.c.type == flt.type)
    if flt.since:
        conds.append(or_(table.c.date_end >= flt.since, table.c.date_end.is_(None)))
    if flt.until:
        conds.append(or_(table.c.date_start <= flt.until, table.c.date_start.is_(None)))
    if flt.country:
        conds.append(func.upper(table.c.country) == flt.country.upper())
    if flt.near:
        lat0, lat1, lon0, lon1 = box(*flt.near)
        conds.append(and_(table.c.lat.between(lat0, lat1), table.c.lon.between(lon0, lon1)))
    return conds
