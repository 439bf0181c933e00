"""fusion: band and blocking-key tables keyed by what they are looked up by

Revision ID: 0005
Revises: 0004

`document_bands` gets the primary key (band, document_id) and `canonical_keys` keeps
(key, canonical_id); on SQLite both become WITHOUT ROWID tables, so that an entry is
written once, in the B-tree it is looked up in, rather than in a rowid table and an index
(each saved document writes 16 band entries and each new canonical event about four keys,
at random places in large indexes). What is stored is copied over.
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SQLITE = [
    """CREATE TABLE document_bands_new (
         band BIGINT NOT NULL,
         document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
         PRIMARY KEY (band, document_id)) WITHOUT ROWID""",
    "INSERT OR IGNORE INTO document_bands_new (band, document_id) SELECT band, document_id FROM document_bands",
    "DROP TABLE document_bands",
    "ALTER TABLE document_bands_new RENAME TO document_bands",
    "CREATE INDEX ix_document_bands_document ON document_bands (document_id)",
    """CREATE TABLE canonical_keys_new (
         "key" VARCHAR(64) NOT NULL,
         canonical_id INTEGER NOT NULL REFERENCES canonical_events (id) ON DELETE CASCADE,
         PRIMARY KEY ("key", canonical_id)) WITHOUT ROWID""",
    """INSERT OR IGNORE INTO canonical_keys_new ("key", canonical_id) SELECT "key", canonical_id FROM canonical_keys""",
    "DROP TABLE canonical_keys",
    "ALTER TABLE canonical_keys_new RENAME TO canonical_keys",
    "CREATE INDEX ix_canonical_keys_canonical ON canonical_keys (canonical_id)",
]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for stmt in _SQLITE:
            op.execute(stmt)
    else:
        # elsewhere the table keeps its storage; the key becomes its primary key
        op.execute("DELETE FROM document_bands a USING document_bands b "
                   "WHERE a.ctid < b.ctid AND a.band = b.band AND a.document_id = b.document_id")
        op.drop_index("ix_document_bands_band", "document_bands")
        op.create_primary_key("pk_document_bands", "document_bands", ["band", "document_id"])


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table, cols, indexes in (
                ("document_bands", "band BIGINT NOT NULL, document_id INTEGER NOT NULL REFERENCES documents (id) "
                                   "ON DELETE CASCADE",
                 ["CREATE INDEX ix_document_bands_band ON document_bands (band)",
                  "CREATE INDEX ix_document_bands_document ON document_bands (document_id)"]),
                ("canonical_keys", '"key" VARCHAR(64) NOT NULL, canonical_id INTEGER NOT NULL REFERENCES '
                                   'canonical_events (id) ON DELETE CASCADE, PRIMARY KEY ("key", canonical_id)',
                 ["CREATE INDEX ix_canonical_keys_canonical ON canonical_keys (canonical_id)"])):
            op.execute(f"CREATE TABLE {table}_old ({cols})")
            op.execute(f"INSERT INTO {table}_old SELECT * FROM {table}")
            op.execute(f"DROP TABLE {table}")
            op.execute(f"ALTER TABLE {table}_old RENAME TO {table}")
            for stmt in indexes:
                op.execute(stmt)
    else:
        op.drop_constraint("pk_document_bands", "document_bands", type_="primary")
        op.create_index("ix_document_bands_band", "document_bands", ["band"])
