"""the desk: full-text search (FTS5 on SQLite, GIN tsvector on PostgreSQL) and covering indexes

Revision ID: 0003
Revises: 0002

SQLite: `events_fts` (evidence, place, actors of each stored mention) and `documents_fts`
(title, text) are external-content FTS5 tables kept in step with their tables by triggers;
what is already stored is indexed here. Where SQLite lacks FTS5 nothing is made and the
desk falls back to LIKE. PostgreSQL: expression indexes for the desk's `to_tsvector` lookups.

Covering indexes on canonical_events let a filtered page and its total be counted in the
indexes alone (kinds + days, a box or circle + days, country + actor, days), without reading
the wide rows; the page's rows are then read by id.
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_SQLITE = [
    # events: only the searched columns re-index on update (fusion updates canonical_id often)
    """CREATE VIRTUAL TABLE events_fts USING fts5(evidence, location_name, actors, content='events',
       content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN
         INSERT INTO events_fts(rowid, evidence, location_name, actors)
         VALUES (new.id, new.evidence, new.location_name, new.actors);
       END""",
    """CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN
         INSERT INTO events_fts(events_fts, rowid, evidence, location_name, actors)
         VALUES ('delete', old.id, old.evidence, old.location_name, old.actors);
       END""",
    """CREATE TRIGGER events_fts_au AFTER UPDATE OF evidence, location_name, actors ON events BEGIN
         INSERT INTO events_fts(events_fts, rowid, evidence, location_name, actors)
         VALUES ('delete', old.id, old.evidence, old.location_name, old.actors);
         INSERT INTO events_fts(rowid, evidence, location_name, actors)
         VALUES (new.id, new.evidence, new.location_name, new.actors);
       END""",
    """CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id',
       tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
         INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
       END""",
    """CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
         INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
       END""",
    """CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN
         INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
         INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
       END""",
    "INSERT INTO events_fts(events_fts) VALUES ('rebuild')",
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
]

_POSTGRES = [
    """CREATE INDEX ix_events_fts ON events USING gin (to_tsvector('english'::regconfig,
       (coalesce(evidence, '') || ' ' || coalesce(location_name, ''))))""",
    """CREATE INDEX ix_documents_fts ON documents USING gin (to_tsvector('english'::regconfig,
       (coalesce(title, '') || ' ' || text)))""",
]


def _has_fts5(bind) -> bool:
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp._sitrep_fts5_probe USING fts5(x)")
        bind.exec_driver_sql("DROP TABLE temp._sitrep_fts5_probe")
        return True
    except sa.exc.DBAPIError:
        return False


# (name, table, columns): filters first, then what the other filters and the ordering read
_COVERING = [
    ("ix_canonical_desk_kind", "canonical_events", ["type", "date_start", "date_end", "lat", "lon", "country"]),
    ("ix_canonical_desk_geo", "canonical_events", ["lat", "lon", "date_start", "date_end", "type", "country"]),
    ("ix_canonical_desk_country", "canonical_events",
     ["country", "date_start", "date_end", "type", "lat", "lon", "actors"]),
    ("ix_canonical_desk_date", "canonical_events", ["date_start", "date_end", "type", "lat", "lon", "country"]),
    ("ix_canonical_desk_id", "canonical_events", ["id", "date_start", "date_end", "type", "lat", "lon", "country"]),
    ("ix_events_desk_mention", "events", ["id", "canonical_id"]),   # words found in mentions -> canonical
]


def upgrade() -> None:
    bind = op.get_bind()
    for name, table, cols in _COVERING:
        if bind.dialect.name == "postgresql" and "actors" in cols:
            cols = [c for c in cols if c != "actors"]     # json has no btree operator class
        op.create_index(name, table, cols)
    if bind.dialect.name == "sqlite":
        if _has_fts5(bind):
            for stmt in _SQLITE:
                op.execute(stmt)
    elif bind.dialect.name == "postgresql":
        for stmt in _POSTGRES:
            op.execute(stmt)


def downgrade() -> None:
    bind = op.get_bind()
    for name, table, _cols in _COVERING:
        op.drop_index(name, table)
    if bind.dialect.name == "sqlite":
        for trig in ("events_fts_ai", "events_fts_ad", "events_fts_au",
                     "documents_fts_ai", "documents_fts_ad", "documents_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trig}")
        op.execute("DROP TABLE IF EXISTS events_fts")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_events_fts")
        op.execute("DROP INDEX IF EXISTS ix_documents_fts")
