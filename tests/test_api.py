"""The HTTP API, in-process through httpx's ASGI transport, over a store of hand-made documents."""
from __future__ import annotations

import asyncio
from dataclasses import replace

import httpx
import pytest

from desk_data import HOSTILE, fill
from sitrep.faces.api import create_app
from sitrep.store import Store
from sitrep.store.desk import fts_query


@pytest.fixture(scope="module")
def client(tmp_path_factory, settings):
    store = Store(str(tmp_path_factory.mktemp("api") / "api.db"))
    ids = fill(store)
    app = create_app(store, replace(settings, tile_url=""))

    def get(path: str, **params):
        async def go():
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
                return await c.get(path, params=params)
        return asyncio.run(go())

    get.ids = ids
    yield get
    store.close()


def _types(page):
    return sorted(e["type"] for e in page["items"])


def test_openapi_lists_the_endpoints(client):
    paths = client("/openapi.json").json()["paths"]
    for p in ("/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/installations",
              "/api/posture", "/api/search"):
        assert p in paths
    params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"kind", "since", "until", "bbox", "near", "country", "actor", "q", "limit", "offset"} <= params


def test_events_page_has_total_and_pages(client):
    everything = client("/api/events").json()
    assert everything["total"] == 5 and len(everything["items"]) == 5
    first = client("/api/events", limit=2, offset=0).json()
    second = client("/api/events", limit=2, offset=2).json()
    assert first["total"] == second["total"] == 5
    assert len(first["items"]) == 2 and len(second["items"]) == 2
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    # oldest first, undated last; -date reverses the dated ones
    dates = [e["date"]["start"] for e in everything["items"] if e["date"]]
    assert dates == sorted(dates) and everything["items"][-1]["date"] is None
    newest = client("/api/events", order="-date").json()["items"]
    assert newest[0]["type"] == "airstrike"


def test_events_filters(client):
    assert _types(client("/api/events", kind="shelling").json()) == ["shelling"]
    assert _types(client("/api/events", kind="withdrawal,handover").json()) == ["handover", "withdrawal"]
    assert _types(client("/api/events", kind=["withdrawal", "airstrike"]).json()) == ["airstrike", "withdrawal"]
    # a time range keeps undated events unless told otherwise
    march = client("/api/events", since="2020-03-01", until="2020-03-31", dated="true").json()
    assert _types(march) == ["handover", "shelling", "withdrawal"]
    assert "protest" in _types(client("/api/events", since="2020-03-01", until="2020-03-31").json())
    assert _types(client("/api/events", country="sy").json()) == ["airstrike"]
    # bbox: minlon,minlat,maxlon,maxlat around Kirkuk
    assert _types(client("/api/events", bbox="44,35,45,36").json()) == ["handover", "withdrawal"]
    # near: Camp Taji is ~28 km from Baghdad's centre, K1 ~230 km
    near = client("/api/events", near="33.31,44.36,40").json()
    assert _types(near) == ["shelling"]
    assert client("/api/events", near="33.31,44.36,10").json()["total"] == 0
    assert _types(client("/api/events", actor="kataib").json()) == ["shelling"]
    both = client("/api/events", actor="coalition", kind="handover").json()
    assert _types(both) == ["handover"] and both["total"] == 1


def test_full_text_search_over_evidence(client):
    # stemming: "withdraw" finds "withdrew"? no - porter stems "withdrew" to itself; "killing" finds "kill"
    assert _types(client("/api/events", q="killing").json()) == ["airstrike", "shelling"]
    assert _types(client("/api/events", q="kill*").json()) == ["airstrike", "shelling"]
    assert _types(client("/api/events", q="convoy Deir").json()) == ["airstrike"]
    assert _types(client("/api/events", q='"Camp Taji"').json()) == ["shelling"]
    assert client("/api/events", q="submarine").json()["total"] == 0
    # punctuation and FTS operators are plain words, never a syntax error
    for odd in ('NEAR(" OR', "AND", "*", "-k1", '"unclosed', "^x"):
        assert client("/api/events", q=odd).status_code == 200


def test_fts_query_quotes_words():
    assert fts_query("camp taji") == '"camp" "taji"'
    assert fts_query('"camp taji" kill*') == '"camp taji" "kill"*'
    assert fts_query("AND OR NOT") == '"AND" "OR" "NOT"'
    assert fts_query("  ") is None


def test_bad_parameters_are_422(client):
    for params in ({"bbox": "1,2,3"}, {"near": "a,b,c"}, {"since": "March"}, {"kind": "picnic"},
                   {"limit": 100000}, {"bbox": "44,36,45,35"}, {"near": "33,44,-1"}, {"order": "name"}):
        r = client("/api/events", **params)
        assert r.status_code == 422, params


def test_event_detail_has_sources_evidence_and_links(client):
    items = client("/api/events", kind="withdrawal").json()["items"]
    ev = client(f"/api/events/{items[0]['id']}").json()
    assert ev["type"] == "withdrawal" and ev["report_count"] >= 1
    src = ev["sources"][0]
    assert src["outlet"] == "Reuters" and src["document"] == client.ids["k1"]
    assert "withdrew from K1 Air Base" in src["evidence"] and src["start"] == 0
    handover = client("/api/events", kind="handover").json()["items"][0]["id"]
    assert any(ln["event"] == handover and ln["type"] == "before" for ln in ev["links"])
    assert client("/api/events/999999").status_code == 404


def test_document_has_text_and_spans(client):
    doc = client(f"/api/documents/{client.ids['k1']}").json()
    text = doc["text"]
    assert HOSTILE in text   # kept as text; the page renders it as text
    kinds = {s["kind"] for s in doc["spans"]}
    assert {"person", "place", "date", "event"} <= kinds
    for s in doc["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(text)
    person = next(s for s in doc["spans"] if s["kind"] == "person")
    assert text[person["start"]:person["end"]] == "Myles Caggins"
    place = next(s for s in doc["spans"] if s["kind"] == "place" and s["name"] == "Kirkuk")
    assert text[place["start"]:place["end"]] == "Kirkuk" and place["lat"] == 35.47
    events = [s for s in doc["spans"] if s["kind"] == "event"]
    assert {s["type"] for s in events} == {"withdrawal", "handover"}
    assert all(client(f"/api/events/{s['event']}").status_code == 200 for s in events)
    assert client("/api/documents/424242").status_code == 404


def test_search_finds_documents_with_snippets(client):
    res = client("/api/search", q="protesters").json()
    assert res["documents"]["total"] == 1
    hit = res["documents"]["items"][0]
    assert hit["id"] == client.ids["basra"]
    assert any(seg["hit"] and seg["text"].lower() == "protesters" for seg in hit["snippet"])
    assert _types(res["events"]) == ["protest"]
    assert client("/api/search", q="").status_code == 422


def test_installations_and_posture(client):
    insts = client("/api/installations").json()
    k1 = next(i for i in insts if i["name"] == "K1 Air Base")
    assert k1["country"] == "IQ" and k1["timeline"] and k1["since"] == k1["timeline"][-1]["start"]
    before = next(i for i in client("/api/installations", at="2020-01-01").json() if i["name"] == "K1 Air Base")
    assert before["status"] is None and before["holder"] is None       # nothing known yet on that day
    assert client("/api/installations", bbox="40,30,41,31").json() == []
    p = client("/api/posture", at="2020-04-01").json()
    assert p["at"] == "2020-04-01" and any(i["name"] == "K1 Air Base" for i in p["installations"])
    assert isinstance(p["holders"], list) and isinstance(p["troop_levels"], list)
    assert client("/api/posture", at="someday").status_code == 422


def test_page_and_security_headers(client):
    r = client("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert client("/static/app.js").status_code == 200
    cfg = client("/api/config").json()
    assert "kinds" in cfg and cfg["tile_url"] == ""


def _client_for(app):
    def get(path: str, **params):
        async def go():
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
                return await c.get(path, params=params)
        return asyncio.run(go())
    return get


def test_before_fusion_each_mention_is_an_event(tmp_path, settings):
    """A store whose fusion has not run (or was cleared) lists its mentions, one event each."""
    from sqlalchemy import delete, update

    from sitrep.store.schema import canonical_events, events
    store = Store(str(tmp_path / "mentions.db"))
    ids = fill(store)
    with store.engine.begin() as conn:
        conn.execute(update(events).values(canonical_id=None))
        conn.execute(delete(canonical_events))
    get = _client_for(create_app(store, settings))
    page = get("/api/events").json()
    assert page["fused"] is False and page["total"] == 5
    withdrawal = next(e for e in page["items"] if e["type"] == "withdrawal")
    assert withdrawal["document"] == ids["k1"] and "withdrew" in withdrawal["evidence"]
    detail = get(f"/api/events/{withdrawal['id']}").json()
    handover = next(e for e in page["items"] if e["type"] == "handover")
    assert [ln["event"] for ln in detail["links"]] == [handover["id"]]
    assert _types(get("/api/events", q="killing").json()) == ["airstrike", "shelling"]
    doc = get(f"/api/documents/{ids['k1']}").json()
    assert {s["event"] for s in doc["spans"] if s["kind"] == "event"} == {withdrawal["id"], handover["id"]}
    store.close()


def test_api_on_postgresql(pg_url, settings):
    """The same filters on PostgreSQL: words through to_tsvector, actors in the JSON text."""
    store = Store(pg_url)
    ids = fill(store)
    get = _client_for(create_app(store, settings))
    assert get("/api/events").json()["total"] == 5
    assert _types(get("/api/events", q="killing").json()) == ["airstrike", "shelling"]
    assert _types(get("/api/events", q="Camp Taji").json()) == ["shelling"]
    assert _types(get("/api/events", actor="KATAIB").json()) == ["shelling"]
    assert _types(get("/api/events", near="33.31,44.36,40").json()) == ["shelling"]
    assert _types(get("/api/events", bbox="44,35,45,36", kind="withdrawal").json()) == ["withdrawal"]
    newest = get("/api/events", order="-date").json()["items"]
    assert newest[0]["type"] == "airstrike" and newest[-1]["date"] is None
    res = get("/api/search", q="protesters").json()
    assert [d["id"] for d in res["documents"]["items"]] == [ids["basra"]]
    assert any(seg["hit"] for seg in res["documents"]["items"][0]["snippet"])
    doc = get(f"/api/documents/{ids['k1']}").json()
    assert {"person", "place", "date", "event"} <= {s["kind"] for s in doc["spans"]}
    store.close()
