"""fusion: each canonical event keeps its mentions as merging reads them

Revision ID: 0008
Revises: 0007

A report that joins a canonical event is merged with all the event's reports. They were read
back from `events` (each mention's row, its document's and its document_fusion row: pages
all over a big store); now the canonical event keeps a compact record of each mention (what
`merge_mentions` reads of it, less the evidence its `sources` already keep) in a `mentions`
column, so a merge reads one row however many reports the event has. The records of stored
canonical events are made here from their stored mentions, in order; nothing else changes.
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_BATCH = 2000       # canonical events filled at a time

_events = sa.table("events", sa.column("id", sa.Integer), sa.column("canonical_id", sa.Integer),
                   sa.column("data", sa.JSON))
_canonical = sa.table("canonical_events", sa.column("id", sa.Integer), sa.column("mentions", sa.JSON))


# What merging read of a stored mention when this migration was written (fuse.merge.MERGED_FIELDS
# and mention_record then), copied so that the migration fills what it filled then, whatever the
# live code later becomes.
_MERGED_FIELDS = ("type", "modality", "date", "location", "actors", "targets", "quantities", "qualifiers",
                  "acled", "trigger", "confidence", "start", "_also_at", "_place_untold")


def mention_record(event_id: int, ev: dict) -> dict:
    """A stored mention as merging reads it, without the evidence its source keeps."""
    return dict({k: ev[k] for k in _MERGED_FIELDS if k in ev}, id=event_id)


def _fill() -> None:
    bind = op.get_bind()
    set_records = (sa.update(_canonical).where(_canonical.c.id == sa.bindparam("cid"))
                   .values(mentions=sa.bindparam("records")))
    after = 0
    while True:
        ids = list(bind.execute(sa.select(_canonical.c.id).where(_canonical.c.id > after)
                                .order_by(_canonical.c.id).limit(_BATCH)).scalars())
        if not ids:
            return
        records: dict[int, list] = {cid: [] for cid in ids}
        for row in bind.execute(sa.select(_events.c.id, _events.c.canonical_id, _events.c.data)
                                .where(_events.c.canonical_id.between(ids[0], ids[-1]))
                                .order_by(_events.c.canonical_id, _events.c.id)):
            if row.canonical_id in records:
                records[row.canonical_id].append(mention_record(row.id, row.data))
        bind.execute(set_records, [{"cid": cid, "records": recs} for cid, recs in records.items()])
        after = ids[-1]


def upgrade() -> None:
    op.add_column("canonical_events", sa.Column("mentions", sa.JSON()))
    _fill()


def downgrade() -> None:
    op.drop_column("canonical_events", "mentions")
