"""fusion: each canonical event keeps what scoring a report against it reads

Revision ID: 0009
Revises: 0008

A report is scored against every candidate its blocking keys find (several in a big store,
one or none in a small one), and each candidate was read whole: all its sources, with their
outlets, links and evidence, parsed to be scored on a few fields. Now the canonical event keeps
its scoring form (`sitrep.fuse.match.scoring_form`: kind, modality, days, place, actors,
targets, figures, evidence, first report's day and the wording of the sources compared) in a
`match_form` column; candidates are scored from it and only the one a report joins is read
whole. The forms of stored canonical events are made here from their stored form; nothing
else changes.
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_BATCH = 2000       # canonical events filled at a time

_canonical = sa.table("canonical_events", sa.column("id", sa.Integer), sa.column("data", sa.JSON),
                      sa.column("match_form", sa.JSON))


# What scoring read of a canonical event when this migration was written (fuse.match.scoring_form
# then, MAX_TEXTS 12), copied so that the migration fills what it filled then, whatever the live
# code later becomes.
_MAX_TEXTS = 12


def scoring_form(c: dict) -> dict:
    """Kind, modality, days, place, actors, targets, figures, evidence, the wording of the first
    sources and the fusion notes scoring reads (first report's day, other places told, place untold)."""
    form = {k: c[k] for k in ("type", "modality", "date", "location", "actors", "targets", "quantities", "evidence")
            if k in c}
    if c.get("sources"):
        form["sources"] = [{"evidence": s.get("evidence")} for s in c["sources"][:_MAX_TEXTS]]
    f = c.get("_fuse") or {}
    fuse = {k: f[k] for k in ("published", "also_at", "place_untold") if f.get(k) is not None}
    if fuse:
        form["_fuse"] = fuse
    return form


def _fill() -> None:
    bind = op.get_bind()
    set_form = (sa.update(_canonical).where(_canonical.c.id == sa.bindparam("cid"))
                .values(match_form=sa.bindparam("form")))
    after = 0
    while True:
        rows = bind.execute(sa.select(_canonical.c.id, _canonical.c.data).where(_canonical.c.id > after)
                            .order_by(_canonical.c.id).limit(_BATCH)).all()
        if not rows:
            return
        bind.execute(set_form, [{"cid": row.id, "form": scoring_form(row.data)} for row in rows])
        after = rows[-1].id


def upgrade() -> None:
    op.add_column("canonical_events", sa.Column("match_form", sa.JSON()))
    _fill()


def downgrade() -> None:
    op.drop_column("canonical_events", "match_form")
