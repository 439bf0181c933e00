"""Store(url): save documents with their events once, query events back.

Documents are keyed by a hash of their text: the same article ingested twice is stored
once. Each document and its events are written in one transaction, so an interrupted
batch leaves no half-stored article. The schema is brought up to date by Alembic on open.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from importlib import resources
from typing import TYPE_CHECKING, Any

from alembic import command
from alembic.config import Config
from sqlalchemy import and_, create_engine, event, func, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from sitrep.errors import StoreError
from sitrep.model import Document
from sitrep.store import fusion as _fusion
from sitrep.store.schema import canonical_events, documents, events, filter_conditions, installations
from sitrep.geo import km as _km

if TYPE_CHECKING:      # the desk's queries are imported only when the desk is used
    from sitrep.store.desk import EventQuery


def store_url(value: str) -> str:
    """A path means SQLite; anything with '://' is an SQLAlchemy URL (postgresql://...)."""
    if "://" in value:
        return value.replace("postgresql://", "postgresql+psycopg://", 1) if value.startswith("postgresql://") else value
    return f"sqlite:///{value}"


def content_hash(text: str) -> str:
    """Whitespace-insensitive hash of the text: re-posts with other spacing count as the same article."""
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class EventFilter:
    type: str | None = None
    since: date | None = None
    until: date | None = None
    country: str | None = None
    actor: str | None = None
    near: tuple[float, float, float] | None = None   # lat, lon, km
    limit: int | None = None
    offset: int = 0




class Store:
    def __init__(self, url: str, migrate: bool = True):
        self.url = store_url(url)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
        except (SQLAlchemyError, ImportError) as e:
            raise StoreError(f"cannot open the store {url}: {e}") from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._fuser = _fusion.Fuser()
        if migrate:
            self.migrate()
            self.fuse_pending()

    def migrate(self) -> None:
        """Bring the schema to the newest migration; stored data is kept."""
        cfg = Config()
        cfg.set_main_option("script_location", str(resources.files("sitrep.store").joinpath("migrations")))
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except SQLAlchemyError as e:
            raise StoreError(f"cannot prepare the store {self.url}: {e}") from None

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ------------------------------------------------------------------
    def save(self, doc: Document) -> tuple[int, bool]:
        """Store a document and its events; returns (document id, whether it was new)."""
        with self.engine.begin() as conn:
            return self._save(conn, doc)

    def save_many(self, docs: list[Document]) -> list[tuple[int, bool]]:
        """Store several documents in one transaction; returns (document id, whether it was new)
        for each. Every article writes the same pages (the ends of tables and indexes, the
        search index's newest segment): written to the log once per batch rather than once
        per article (and a store of 100,000 events pays more for each log page it copies back).
        If the batch cannot be stored, its articles are stored one by one, as a loop of `save`
        would (an article that cannot be stored raises there, and those before it are kept).
        An interrupted batch still leaves no half-stored article."""
        try:
            with self.engine.begin() as conn:
                return [self._save(conn, d) for d in docs]
        except Exception:
            return [self.save(d) for d in docs]

    def _save(self, conn: Connection, doc: Document) -> tuple[int, bool]:
        """Store one document and fuse its events, in the caller's transaction."""
        digest = content_hash(doc.text)
        found = conn.execute(select(documents.c.id).where(documents.c.content_hash == digest)).scalar()
        if found is not None:
            return found, False
        data = doc.to_dict()
        _fusion.annotate_sites(data)   # an event at a base gets the base as its place
        try:
            doc_id = conn.execute(documents.insert().values(
                content_hash=digest, doc_key=doc.id, source=doc.source, url=doc.url, title=doc.title,
                outlet=doc.outlet, published=doc.published, published_inferred=doc.published_inferred,
                text=doc.text, data={k: v for k, v in data.items() if k not in ("text", "events")},
                ingested_at=datetime.now(timezone.utc).replace(tzinfo=None))).inserted_primary_key[0]
        except IntegrityError:  # another writer stored the same text meanwhile
            return conn.execute(select(documents.c.id).where(documents.c.content_hash == digest)).scalar(), False
        rows = [_event_row(doc_id, i, ev) for i, ev in enumerate(data["events"])]
        if rows:
            conn.execute(events.insert(), rows)
        # fusion in the same transaction: near-duplicates, canonical events, links, posture
        self._fuser.document_saved(conn, doc_id, data)
        return doc_id, True

    def fuse_pending(self) -> int:
        """Fuse documents stored before fusion existed (under migration 0001); returns how many."""
        done = 0
        while True:
            with self.engine.connect() as conn:
                pending = _fusion.unfused_documents(conn)
            if not pending:
                return done
            for doc_id in pending:
                with self.engine.begin() as conn:
                    row = conn.execute(select(documents).where(documents.c.id == doc_id)).one()
                    evs = [r.data for r in conn.execute(select(events.c.data).where(events.c.document_id == doc_id)
                                                        .order_by(events.c.idx))]
                    data = dict(row.data, text=row.text, events=evs, outlet=row.outlet, url=row.url,
                                published=row.published.isoformat() if row.published else None)
                    self._fuser.document_saved(conn, doc_id, data)
                done += 1

    # -- reading ------------------------------------------------------------------
    def events(self, flt: EventFilter = EventFilter()) -> list[dict[str, Any]]:
        """Canonical events (one per happening, fused across reports), oldest first: the contract's
        event plus `id`, `sources`, `report_count`, `outlet_count`, `values` and `links`."""
        with self.engine.connect() as conn:
            return _fusion.list_events(conn, flt)

    def posture(self, name: str | None = None, at: date | None = None) -> list[dict[str, Any]]:
        """Installations and their timelines (holder, occupants, personnel, status, sources)."""
        with self.engine.connect() as conn:
            return _fusion.installations_at(conn, name, at)

    def troop_levels(self, country: str | None = None) -> list[dict[str, Any]]:
        """Troop levels per country and force over time, from the canonical events."""
        with self.engine.connect() as conn:
            return _fusion.troop_levels(conn, country)

    def mentions(self, flt: EventFilter = EventFilter()) -> list[dict[str, Any]]:
        """Events as each document told them, each with its `id`, `canonical` and its one source."""
        q = (select(events.c.id, events.c.data, events.c.document_id, events.c.canonical_id, documents.c.doc_key,
                    documents.c.outlet, documents.c.url, documents.c.published)
             .join(documents, documents.c.id == events.c.document_id))
        conds = filter_conditions(events, flt)
        if conds:
            q = q.where(and_(*conds))
        q = q.order_by(events.c.date_start.is_(None), events.c.date_start, events.c.id)
        out = []
        with self.engine.connect() as conn:
            for row in conn.execute(q):
                ev = dict(row.data)
                if flt.actor and not any(flt.actor.lower() in a.lower() for a in ev.get("actors") or []):
                    continue
                if flt.near and ev.get("location") and _km(flt.near[0], flt.near[1], ev["location"]["lat"],
                                                            ev["location"]["lon"]) > flt.near[2]:
                    continue
                ev["id"] = row.id
                ev["canonical"] = row.canonical_id
                ev["sources"] = [{"document": row.document_id, "doc_key": row.doc_key, "outlet": row.outlet,
                                  "url": row.url, "published": row.published.isoformat() if row.published else None,
                                  "evidence": ev.get("evidence")}]
                out.append(ev)
        return out[flt.offset:flt.offset + flt.limit] if flt.limit else out[flt.offset:]

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            n_docs = conn.execute(select(func.count()).select_from(documents)).scalar()
            n_events = conn.execute(select(func.count()).select_from(events)).scalar()
            by_type = dict(conn.execute(select(events.c.type, func.count()).group_by(events.c.type)
                                        .order_by(func.count().desc())).all())
            span = conn.execute(select(func.min(events.c.date_start), func.max(events.c.date_end))).one()
            n_canonical = conn.execute(select(func.count()).select_from(canonical_events)).scalar()
            n_installations = conn.execute(select(func.count()).select_from(installations)).scalar()
        return {"documents": n_docs, "events": n_events, "canonical_events": n_canonical,
                "installations": n_installations, "by_type": by_type,
                "first": span[0].isoformat() if span[0] else None, "last": span[1].isoformat() if span[1] else None}

    # -- the analyst's desk: read-only queries for the API and the page (store/desk.py) --
    def event_page(self, query: EventQuery) -> dict[str, Any]:
        """A page of event summaries (canonical events once fused) with the filtered total."""
        from sitrep.store import desk
        return desk.event_page(self, query)

    def event_detail(self, event_id: int) -> dict[str, Any] | None:
        from sitrep.store import desk
        return desk.event_detail(self, event_id)

    def document(self, doc_id: int) -> dict[str, Any] | None:
        from sitrep.store import desk
        return desk.document(self, doc_id)

    def installation_states(self, bbox=None, country: str | None = None, at: date | None = None) -> list[dict]:
        from sitrep.store import desk
        return desk.installations_list(self, bbox=bbox, country=country, at=at)

    def posture_at(self, at: date | None = None, country: str | None = None) -> dict[str, Any]:
        from sitrep.store import desk
        return desk.posture(self, at=at, country=country)

    def search(self, q: str, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        from sitrep.store import desk
        return desk.search(self, q, limit=limit, offset=offset)
    # -- end of the analyst's desk --------------------------------------------------------


def _event_row(doc_id: int, idx: int, ev: dict[str, Any]) -> dict[str, Any]:
    loc, dt, acled, q = ev.get("location") or {}, ev.get("date") or {}, ev.get("acled") or {}, ev.get("quantities") or {}
    return {"document_id": doc_id, "idx": idx, "type": ev["type"], "modality": ev["modality"],
            "date_start": date.fromisoformat(dt["start"]) if dt.get("start") else None,
            "date_end": date.fromisoformat(dt["end"]) if dt.get("end") else None,
            "location_name": loc.get("name"), "lat": loc.get("lat"), "lon": loc.get("lon"),
            "country": loc.get("country"), "actors": ev.get("actors") or [],
            "acled_event_type": acled.get("event_type"), "acled_sub_event_type": acled.get("sub_event_type"),
            "fatalities": q.get("fatalities"), "personnel": q.get("personnel"),
            "evidence": ev.get("evidence"), "confidence": ev.get("confidence"), "data": ev}


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")   # readers do not block the one writer
    # With WAL, NORMAL syncs at checkpoints rather than at every commit: the store cannot be
    # corrupted, and a power cut may lose only the last transactions (an article re-ingests).
    cur.execute("PRAGMA synchronous=NORMAL")
    # A big store: keep its hot index pages in memory (64 MB) and copy the WAL back less often
    # (every ~160 MB), so that pages written by many transactions are written to the file once:
    # a saved article writes its band keys, blocking keys and index entries at random places in
    # large indexes, and a longer interval lets more of them fall on a page already in the WAL
    # (in a store of 100,000 events, about half as many pages copied back per article as at
    # 40 MB). After a checkpoint the WAL file is cut back to 64 MB.
    cur.execute("PRAGMA cache_size=-65536")
    cur.execute("PRAGMA wal_autocheckpoint=40000")
    cur.execute("PRAGMA journal_size_limit=67108864")
    # Read the file through a memory map (up to 2 GB): a big store's candidates and mentions are
    # read from pages all over it, and each page read through the map costs no system call or
    # copy (writes still go through the WAL, so a crash leaves the store as safe as before).
    cur.execute("PRAGMA mmap_size=2147483648")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()
