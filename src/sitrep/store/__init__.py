"""The store: documents and events in SQLite (default) or PostgreSQL, through SQLAlchemy."""
from sitrep.store.store import EventFilter, Store, store_url

__all__ = ["EventFilter", "Store", "store_url"]
