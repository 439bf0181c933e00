"""The store: migrations keep data, one writer fuses on save, readers may be threads."""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, delete, insert, inspect, select, text

from fuse_data import K1, TAJI, document, event
from sitrep.store import Store
from sitrep.store.schema import canonical_events, canonical_keys, document_bands, document_fusion, events


def _upgrade(url: str, revision: str, step=command.upgrade) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("sitrep.store").joinpath("migrations")))
    engine = create_engine(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        step(cfg, revision)
    engine.dispose()


def _event_data(kind, start, evidence, loc):
    return {"type": kind, "modality": "asserted", "date": {"start": start, "end": start, "text": None},
            "location": loc, "actors": ["US-led coalition"], "targets": [], "quantities": {"fatalities": 3},
            "qualifiers": {}, "acled": None, "evidence": evidence, "start": 0, "end": len(evidence),
            "trigger": None, "links": [], "confidence": 0.8}


def test_upgrading_a_0001_store_keeps_its_data_and_fuses_it(tmp_path):
    path = tmp_path / "old.db"
    url = f"sqlite:///{path}"
    _upgrade(url, "0001")                     # a store as the first release made it
    engine = create_engine(url)
    with engine.begin() as conn:
        assert "canonical_events" not in inspect(conn).get_table_names()
        for i, (outlet, evidence) in enumerate([("A", "Rockets hit Camp Taji on Wednesday, killing three."),
                                                 ("B", "Three were killed when rockets struck Camp Taji.")], 1):
            body = evidence + f" Report number {i} from {outlet}, with its own wording and other details."
            conn.execute(text("INSERT INTO documents (id, content_hash, doc_key, outlet, published, "
                              "published_inferred, text, data, ingested_at) VALUES "
                              "(:id, :h, :k, :o, '2020-03-12', 0, :t, :d, :at)"),
                         {"id": i, "h": f"hash{i}", "k": f"doc{i}", "o": outlet, "t": body,
                          "d": json.dumps({"id": f"doc{i}", "places": [], "cited_outlets": []}),
                          "at": datetime(2020, 3, 12)})
            ev = _event_data("shelling", "2020-03-11", evidence, TAJI)
            conn.execute(text("INSERT INTO events (document_id, idx, type, modality, date_start, date_end, "
                              "location_name, lat, lon, country, actors, evidence, confidence, data) VALUES "
                              "(:d, 0, 'shelling', 'asserted', '2020-03-11', '2020-03-11', 'Camp Taji', "
                              ":lat, :lon, 'IQ', '[]', :e, 0.8, :data)"),
                         {"d": i, "lat": TAJI["lat"], "lon": TAJI["lon"], "e": evidence, "data": json.dumps(ev)})
    engine.dispose()

    store = Store(str(path))                  # opening migrates to the newest schema ...
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() != "0001"
        assert "canonical_id" in {c["name"] for c in inspect(conn).get_columns("events")}
    stats = store.stats()
    assert stats["documents"] == 2 and stats["events"] == 2          # ... keeps what was stored ...
    (e,) = store.events()                                             # ... and fuses it
    assert e["report_count"] == 2 and e["location"]["name"] == "Camp Taji"
    assert [m["evidence"] for m in store.mentions()] == ["Rockets hit Camp Taji on Wednesday, killing three.",
                                                         "Three were killed when rockets struck Camp Taji."]
    assert store.fuse_pending() == 0                                  # once only
    store.close()
    again = Store(str(path))
    assert len(again.events()) == 1
    again.close()


def test_save_writes_signatures_bands_keys_and_canonical_links(tmp_path):
    store = Store(str(tmp_path / "s.db"))
    doc = document("a", "A", "2020-03-12", [event("shelling", "Rockets hit Camp Taji.", start="2020-03-11",
                                                  place=TAJI)])
    doc_id, created = store.save(doc)
    assert created and store.save(doc) == (doc_id, False)            # the same text is stored once
    with store.engine.connect() as conn:
        fusion = conn.execute(select(document_fusion)).one()
        assert fusion.family_id == doc_id and fusion.signature is not None
        assert conn.execute(select(document_bands.c.band).where(document_bands.c.document_id == doc_id)).all()
        (cid,) = conn.execute(select(events.c.canonical_id)).scalars()
        keys = conn.execute(select(canonical_keys.c.key).where(canonical_keys.c.canonical_id == cid)).scalars().all()
        assert keys and all(k.startswith("violence|") for k in keys)
    store.close()


def test_readers_in_threads_while_the_one_writer_saves(tmp_path):
    store = Store(str(tmp_path / "t.db"))

    def write():
        for i in range(12):
            store.save(document(f"d{i}", f"Outlet {i % 3}", "2020-03-29", [
                event("handover", f"The coalition handed over K1 on Sunday, report {i}.", start="2020-03-29",
                      place=K1, actors=["coalition"])]))

    with ThreadPoolExecutor(4) as pool:
        w = pool.submit(write)
        readers = [pool.submit(lambda: [len(store.events()) for _ in range(5)]) for _ in range(3)]
        w.result()
        for r in readers:
            assert all(n <= 1 for n in r.result())
    (e,) = store.events()
    assert e["report_count"] == 12 and e["outlet_count"] == 3
    assert store.posture("K1")[0]["timeline"][0]["status"] == "handed over"
    store.close()


def test_fusion_on_postgresql(pg_url):
    """The same fusion on PostgreSQL (skipped where the machine has no server binaries)."""
    from test_fuse import ARTICLE
    store = Store(pg_url)
    ev = dict(start="2020-03-11", place=TAJI, actors=["militants"], targets=["coalition"])
    store.save(document("pg-wire", "Harbor Wire", "2020-03-12",
                        [event("shelling", "Rockets struck Camp Taji north of Baghdad on Wednesday evening",
                               fatalities=3, **ev)], body=ARTICLE))
    store.close()
    store = Store(pg_url)
    store.save(document("pg-copy", "Euphrates Post", "2020-03-12",
                        [event("shelling", "Rockets struck Camp Taji north of Baghdad on Wednesday night",
                               fatalities=2, **ev)], body="Staff. " + ARTICLE.replace("evening", "night")))
    store.save(document("pg-other", "Tigris Observer", "2020-03-13", [
        event("shelling", "Two Americans and a Briton died when rockets hit Camp Taji.", fatalities=3, **ev),
        event("handover", "The coalition handed over K1 air base on Sunday.", start="2020-03-29", place=K1,
              actors=["coalition"], targets=["Iraqi army"], links=[{"type": "after", "event": 0, "days": 18}])]))
    taji = next(e for e in store.events() if e["type"] == "shelling")
    assert taji["report_count"] == 2 and taji["outlet_count"] == 2 and len(taji["sources"]) == 3
    assert taji["values"]["fatalities"]["chosen"] == 3
    assert store.posture("K1")[0]["timeline"][0]["holder"] == "Iraqi army"
    k1 = next(e for e in store.events() if e["type"] == "handover")
    assert k1["links"][0]["event"] == taji["id"]
    store.close()


def test_upgrading_a_0004_store_keeps_its_keys_and_finds_copies_through_its_rekeyed_bands(tmp_path):
    from sitrep.fuse.neardup import NearDuplicates
    from test_fuse import ARTICLE
    path = tmp_path / "v4.db"
    old = Store(str(path))
    old.save(document("orig", "Harbor Wire", "2020-03-12", [
        event("shelling", "Rockets struck Camp Taji north of Baghdad on Wednesday evening", start="2020-03-11",
              place=TAJI)], body=ARTICLE))
    old.close()
    _upgrade(f"sqlite:///{path}", "0004", command.downgrade)
    old = Store(str(path), migrate=False)         # a store as release 0004 wrote it: 16 bands of 4 rows
    old_scheme = NearDuplicates(bands=16, rows=4)
    with old.engine.begin() as conn:
        doc_id, raw = conn.execute(select(document_fusion.c.document_id, document_fusion.c.signature)).one()
        sig = old_scheme.decode(raw)
        conn.execute(delete(document_bands))
        conn.execute(insert(document_bands), [{"band": b, "document_id": doc_id} for b in old_scheme.band_keys(sig)])
        keys = conn.execute(select(canonical_keys.c.key).order_by(canonical_keys.c.key)).scalars().all()
    old.close()
    store = Store(str(path))
    with store.engine.connect() as conn:
        assert sorted(conn.execute(select(document_bands.c.band)).scalars().all()) == \
            sorted(set(NearDuplicates().band_keys(sig)))
        assert conn.execute(select(canonical_keys.c.key).order_by(canonical_keys.c.key)).scalars().all() == keys
    store.save(document("copy", "Euphrates Post", "2020-03-12", [
        event("shelling", "Rockets struck Camp Taji north of Baghdad on Wednesday night", start="2020-03-11",
              place=TAJI)], body="Staff. " + ARTICLE.replace("evening", "night")))
    (e,) = store.events()
    assert e["report_count"] == 1 and len(e["sources"]) == 2     # the copy found through the old bands
    store.close()


def _taji_report(key: str, outlet: str, evidence: str, fatalities: int):
    return document(key, outlet, "2020-03-12", [event("shelling", evidence, start="2020-03-11", place=TAJI,
                                                      actors=["Kataib Hezbollah"], fatalities=fatalities)])


def _upgrade_keeps_the_store(tmp_path, revision: str, reports: list, query: str, added_column: str,
                             canonical: int) -> tuple[list, list]:
    """Saves all `reports` but the last into a store, takes it back to release `revision` (whose
    canonical events have no `added_column`) and opens it again, which upgrades it; checks that
    `query` reads what it read before, that nothing was lost or doubled (`canonical` canonical
    events) and that the last report then merges as in a store that was never old. Returns the
    rows `query` read and the upgraded store's events."""
    never = Store(str(tmp_path / "never.db"))          # the same reports into a store that was never old
    for r in reports:
        never.save(r)
    path = tmp_path / f"v{revision}.db"
    store = Store(str(path))
    for r in reports[:-1]:
        store.save(r)
    with store.engine.connect() as conn:
        rows = conn.execute(text(query)).all()
    store.close()
    _upgrade(f"sqlite:///{path}", revision, command.downgrade)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:                      # a store as that release wrote it
        assert added_column not in {c["name"] for c in inspect(conn).get_columns("canonical_events")}
    engine.dispose()
    store = Store(str(path))                            # opening upgrades it: the column filled again ...
    with store.engine.connect() as conn:
        assert conn.execute(text(query)).all() == rows
    stats = store.stats()                               # ... nothing lost or doubled
    assert stats["events"] == len(reports) - 1 and stats["canonical_events"] == canonical
    store.save(reports[-1])                             # ... and a new report merges as in the other store
    events = store.events()
    assert events == never.events() and store.posture() == never.posture()
    store.close()
    never.close()
    return rows, events


def test_upgrading_a_0007_store_gives_each_canonical_event_its_mention_records_and_merges_as_before(tmp_path):
    reports = [_taji_report("a", "A", "Rockets hit Camp Taji on Wednesday, killing three.", 3),
               _taji_report("b", "B", "Three were killed when rockets struck Camp Taji.", 3),
               _taji_report("c", "C", "Rockets slammed into Camp Taji, killing two soldiers.", 2)]
    _, events = _upgrade_keeps_the_store(tmp_path, "0007", reports, "SELECT id, mentions FROM canonical_events",
                                         "mentions", canonical=1)
    (e,) = events
    assert e["report_count"] == 3 and e["values"]["fatalities"]["chosen"] == 3


def test_upgrading_a_0008_store_gives_each_canonical_event_its_scoring_form_and_merges_as_before(tmp_path):
    reports = [_taji_report("a", "A", "Rockets hit Camp Taji on Wednesday, killing three.", 3),
               _taji_report("b", "B", "Three were killed when rockets struck Camp Taji.", 3),
               document("p", "P", "2020-03-12", [event("protest", "Crowds marched in Baghdad.", start="2020-03-12")]),
               _taji_report("c", "C", "Rockets slammed into Camp Taji, killing two soldiers.", 2)]
    forms, events = _upgrade_keeps_the_store(
        tmp_path, "0008", reports, "SELECT id, match_form, mentions, data FROM canonical_events ORDER BY id",
        "match_form", canonical=2)
    assert len(forms) == 2 and all(json.loads(f.match_form)["type"] for f in forms)
    assert [e["report_count"] for e in events if e["type"] == "shelling"] == [3]


def test_upgrading_a_0009_store_gives_each_canonical_event_its_candidate_columns_and_merges_as_before(tmp_path):
    reports = [_taji_report("a", "A", "Rockets hit Camp Taji on Wednesday, killing three.", 3),
               document("p", "P", "2020-03-12", [event("protest", "Crowds marched in Baghdad.", start="2020-03-12")]),
               _taji_report("b", "B", "Three were killed when rockets struck Camp Taji.", 3)]
    columns = "id, location_kind, location_uncertainty_km, first_published, also_at, place_untold"
    rows, events = _upgrade_keeps_the_store(tmp_path, "0009", reports,
                                            f"SELECT {columns} FROM canonical_events ORDER BY id",
                                            "location_kind", canonical=2)
    assert len(rows) == 2 and all(r.first_published for r in rows) and "installation" in {r.location_kind for r in rows}
    assert [e["report_count"] for e in events if e["type"] == "shelling"] == [2]


def test_a_scoring_form_read_before_serves_again_only_while_its_event_is_unchanged(tmp_path):
    path = tmp_path / "s.db"
    writer, other = Store(str(path)), Store(str(path))       # two writers of one store
    writer.save(_taji_report("a", "A", "Rockets hit Camp Taji on Wednesday, killing three.", 3))
    stamped = select(canonical_events.c.id, canonical_events.c.updated_at)
    with writer.engine.connect() as conn:
        ((cid, written),) = conn.execute(stamped).all()
        first = writer._fuser._scoring_forms(conn, [cid], {cid: written})[cid]
        assert len(first["sources"]) == 1
        assert writer._fuser._scoring_forms(conn, [cid], {cid: written})[cid] is first    # kept, not read again
    other.save(_taji_report("b", "B", "Three were killed when rockets struck Camp Taji.", 3))   # the event grows
    with writer.engine.connect() as conn:
        ((_, now),) = conn.execute(stamped).all()
        assert now != written and len(writer._fuser._scoring_forms(conn, [cid], {cid: now})[cid]["sources"]) == 2
    writer.close()
    other.close()


def test_a_canonical_event_without_a_scoring_form_is_scored_on_its_whole_form(tmp_path):
    reports = [_taji_report("a", "A", "Rockets hit Camp Taji on Wednesday, killing three.", 3),
               _taji_report("b", "B", "Rockets slammed into Camp Taji, killing two soldiers.", 2)]
    kept, lacking = Store(str(tmp_path / "kept.db")), Store(str(tmp_path / "lacking.db"))
    for store in (kept, lacking):
        store.save(reports[0])
    with lacking.engine.begin() as conn:     # as a writer of release 0008 would have left it
        conn.execute(text("UPDATE canonical_events SET match_form = NULL"))
    for store in (kept, lacking):
        store.save(reports[1])
    assert lacking.events() == kept.events() and lacking.events()[0]["report_count"] == 2
    kept.close()
    lacking.close()


def test_a_canonical_event_without_mention_records_merges_from_its_stored_mentions(tmp_path):
    reports = [_taji_report("a", "A", "Rockets hit Camp Taji on Wednesday, killing three.", 3),
               _taji_report("b", "B", "Rockets slammed into Camp Taji, killing two soldiers.", 2)]
    kept, lacking = Store(str(tmp_path / "kept.db")), Store(str(tmp_path / "lacking.db"))
    for store in (kept, lacking):
        store.save(reports[0])
    with lacking.engine.begin() as conn:     # as a writer of release 0007 would have left it
        conn.execute(text("UPDATE canonical_events SET mentions = NULL"))
    for store in (kept, lacking):
        store.save(reports[1])
    assert lacking.events() == kept.events() and lacking.events()[0]["report_count"] == 2
    kept.close()
    lacking.close()


def test_save_many_stores_a_batch_in_one_transaction_and_each_article_once(tmp_path):
    store = Store(str(tmp_path / "batch.db"))
    first = document("a", "A", "2020-03-12", [event("shelling", "Rockets hit Camp Taji on Wednesday.",
                                                    start="2020-03-11", place=TAJI)])
    again = document("a-again", "A", "2020-03-12", [], body=first.text)
    other = document("b", "B", "2020-03-12", [event("shelling", "Rockets struck the Taji base on Wednesday.",
                                                    start="2020-03-11", place=TAJI)])
    (id_a, new_a), (id_again, new_again), (id_b, new_b) = store.save_many([first, again, other])
    assert (new_a, new_again, new_b) == (True, False, True) and id_again == id_a != id_b
    (e,) = store.events()
    assert e["report_count"] == 2
    broken = document("c", "C", "2020-03-13", [event("shelling", "Rockets hit Balad.", start="2020-03-13")])
    broken.events[0].type = None               # cannot be stored: the batch falls back to one by one
    later = document("d", "D", "2020-03-13", [event("protest", "Crowds marched in Baghdad.", start="2020-03-13")])
    try:
        store.save_many([document("e", "E", "2020-03-13", [event("riot", "A crowd burned tyres in Basra.",
                                                                 start="2020-03-13")]), broken, later])
    except Exception:
        pass
    assert store.stats()["documents"] == 3      # the article before the broken one is kept, as with save
    store.close()


def test_a_report_that_joins_an_event_reads_its_form_and_records_with_its_candidate_rows(tmp_path):
    from sqlalchemy import event as sql_event
    s = Store(str(tmp_path / "s.db"))
    s.save(_taji_report("a", "A", "Rockets hit Camp Taji on Wednesday, killing three.", 3))
    run = []
    sql_event.listen(s.engine, "before_cursor_execute", lambda conn, cur, stmt, *rest: run.append(" ".join(stmt.split())))
    s.save(_taji_report("b", "B", "Three were killed when rockets struck Camp Taji.", 3))
    (shelling,) = [e for e in s.events() if e["type"] == "shelling"]
    assert shelling["report_count"] == 2
    reads = [q for q in run if q.startswith("SELECT") and "FROM canonical_events" in q]
    # the candidate rows (with the scoring form) and the joinable events (with their mention records):
    # no statement of its own for either
    assert not [q for q in reads if q.startswith("SELECT canonical_events.mentions ")]
    assert not [q for q in reads if q.startswith("SELECT canonical_events.id, canonical_events.updated_at, coalesce")]
    s.close()
