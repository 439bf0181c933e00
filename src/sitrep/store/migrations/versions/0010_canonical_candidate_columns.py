"""fusion: what the first look at a candidate reads, as columns of the canonical event

Revision ID: 0010
Revises: 0009

A report's candidates are read row by row (several a report in a big store, one or none in a
small one), and five of the values the prefilter reads (the place's kind and uncertainty, the
first report's day, the other places the one report names, whether it named no place) were
taken out of the scoring form's JSON, which SQLite parsed for every row read. Now they are
columns of `canonical_events` (`location_kind`, `location_uncertainty_km`, `first_published`,
`also_at` as JSON text, `place_untold`), filled here from each stored event's scoring form
(its whole form where it has none); nothing else changes.
"""
import json
from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_BATCH = 2000       # canonical events filled at a time

_COLUMNS = [("location_kind", sa.String(32)), ("location_uncertainty_km", sa.Float()), ("first_published", sa.Date()),
            ("also_at", sa.Text()), ("place_untold", sa.Boolean())]

_canonical = sa.table("canonical_events", sa.column("id", sa.Integer), sa.column("data", sa.JSON),
                      sa.column("match_form", sa.JSON), *[sa.column(name, type_) for name, type_ in _COLUMNS])


def _day(v) -> date | None:
    """A day from an ISO date or datetime text (its first ten characters), None if it is none."""
    if not v:
        return None
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


# store.fusion.candidate_columns when this migration was written, copied so that the migration
# fills what it filled then, whatever the live code later becomes
def candidate_columns(form: dict) -> dict:
    """The columns of a canonical event the prefilter reads beside kind, modality, days and place."""
    loc, f = form.get("location") or {}, form.get("_fuse") or {}
    also = f.get("also_at")
    return {"location_kind": loc.get("kind"), "location_uncertainty_km": loc.get("uncertainty_km"),
            "first_published": _day(f.get("published")),
            "also_at": json.dumps(also) if also is not None else None,
            "place_untold": bool(f["place_untold"]) if f.get("place_untold") is not None else None}


def _fill() -> None:
    bind = op.get_bind()
    set_columns = (sa.update(_canonical).where(_canonical.c.id == sa.bindparam("cid"))
                   .values({name: sa.bindparam(f"v_{name}") for name, _ in _COLUMNS}))
    after = 0
    while True:
        rows = bind.execute(sa.select(_canonical.c.id, _canonical.c.match_form, _canonical.c.data)
                            .where(_canonical.c.id > after).order_by(_canonical.c.id).limit(_BATCH)).all()
        if not rows:
            return
        bind.execute(set_columns, [dict({f"v_{k}": v for k, v in candidate_columns(row.match_form or row.data).items()},
                                        cid=row.id) for row in rows])
        after = rows[-1].id


def upgrade() -> None:
    for name, type_ in _COLUMNS:
        op.add_column("canonical_events", sa.Column(name, type_))
    _fill()


def downgrade() -> None:
    for name, _ in reversed(_COLUMNS):
        op.drop_column("canonical_events", name)
