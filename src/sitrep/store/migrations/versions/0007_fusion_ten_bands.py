"""fusion: near-duplicate band keys in 10 bands of 3 rows (were 16 of 4)

Revision ID: 0007
Revises: 0006

Each saved document wrote 16 band keys at random places in `document_bands`; 10 bands of 3
rows find copies as surely at the similarity threshold (0.6) with 6 fewer random writes per
document (sitrep.fuse.neardup). The keys of stored documents are computed again from their
stored signatures, so that copies of them are still found.
"""
import numpy as np
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_BATCH = 2000


def _rekey(neardup) -> None:
    bind = op.get_bind()
    bind.execute(sa.text("DELETE FROM document_bands"))
    rows = bind.execute(sa.text("SELECT document_id, signature FROM document_fusion "
                                "WHERE signature IS NOT NULL ORDER BY document_id")).all()
    batch = []
    for doc_id, raw in rows:
        sig = np.frombuffer(bytes(raw), dtype="<u4")
        if len(sig) != neardup.num_perm:
            continue
        batch += [{"band": b, "document_id": doc_id} for b in dict.fromkeys(neardup.band_keys(sig))]
        if len(batch) >= _BATCH:
            bind.execute(sa.text("INSERT INTO document_bands (band, document_id) VALUES (:band, :document_id)"), batch)
            batch = []
    if batch:
        bind.execute(sa.text("INSERT INTO document_bands (band, document_id) VALUES (:band, :document_id)"), batch)


def upgrade() -> None:
    from sitrep.fuse.neardup import NearDuplicates
    _rekey(NearDuplicates(bands=10, rows=3))


def downgrade() -> None:
    from sitrep.fuse.neardup import NearDuplicates
    _rekey(NearDuplicates(bands=16, rows=4))
