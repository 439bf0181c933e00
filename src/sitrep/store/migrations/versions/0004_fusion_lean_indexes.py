"""fusion: drop the canonical-event indexes that 0003's covering indexes begin with

Revision ID: 0004
Revises: 0003

ix_canonical_type, _date, _country and _latlon (0002) are prefixes of ix_canonical_desk_kind,
_date, _country and _geo (0003): queries use the covering ones, and every event fusion
files or refreshes no longer writes four more index entries (two of them at random places
in a large index). Where a covering index is missing, its prefix index is kept.
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_REDUNDANT = {  # dropped index -> (covering index, columns of the dropped one)
    "ix_canonical_type": ("ix_canonical_desk_kind", ["type"]),
    "ix_canonical_date": ("ix_canonical_desk_date", ["date_start", "date_end"]),
    "ix_canonical_country": ("ix_canonical_desk_country", ["country"]),
    "ix_canonical_latlon": ("ix_canonical_desk_geo", ["lat", "lon"]),
}


def upgrade() -> None:
    names = {ix["name"] for ix in sa.inspect(op.get_bind()).get_indexes("canonical_events")}
    for name, (covering, _cols) in _REDUNDANT.items():
        if name in names and covering in names:
            op.drop_index(name, "canonical_events")


def downgrade() -> None:
    names = {ix["name"] for ix in sa.inspect(op.get_bind()).get_indexes("canonical_events")}
    for name, (_covering, cols) in _REDUNDANT.items():
        if name not in names:
            op.create_index(name, "canonical_events", cols)
