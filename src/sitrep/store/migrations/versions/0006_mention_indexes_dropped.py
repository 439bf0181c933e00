"""store: drop the kind, date, country and place indexes of stored mentions

Revision ID: 0006
Revises: 0005

Every filtered read (`sitrep events`, export, the desk, the API) reads canonical events,
which have their own covering indexes; mentions are read by their canonical event or their
document (ix_events_canonical, ix_events_document, ix_events_desk_mention). The four
indexes dropped here served only `Store.mentions` filters, yet each saved event wrote an
entry in each, two of them (days, coordinates) at random places in large indexes: in a store
of 100,000 events, pages that every checkpoint then copies back one by one.
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_DROPPED = {"ix_events_type": ["type"], "ix_events_date": ["date_start", "date_end"],
            "ix_events_country": ["country"], "ix_events_latlon": ["lat", "lon"]}


def upgrade() -> None:
    names = {ix["name"] for ix in sa.inspect(op.get_bind()).get_indexes("events")}
    for name in _DROPPED:
        if name in names:
            op.drop_index(name, "events")


def downgrade() -> None:
    names = {ix["name"] for ix in sa.inspect(op.get_bind()).get_indexes("events")}
    for name, cols in _DROPPED.items():
        if name not in names:
            op.create_index(name, "events", cols)
