"""The desk's speed: /api/events over a store of 100,000 events, and the page with 10,000 in view.

Builds a synthetic SQLite store in a temp folder by bulk inserts (documents, mentions and
canonical events, as fusion leaves them; the FTS triggers index them on the way), serves it
with uvicorn on 127.0.0.1 and measures over loopback:
  - filtered pages of /api/events (kinds + days, bbox + days, country + actor, near, words):
    p50 and p95 per filter and over all, against a 50 ms p95 budget;
  - the page in headless Chromium (Debian's, via Playwright): the time from navigation until
    the 10,000 markers are drawn, against a 2 s budget (skipped without chromium/Playwright).
    python benchmarks/api.py [--events 100000] [--requests 200] [--page-events 10000]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sitrep.model import EVENT_KINDS  # noqa: E402
from sitrep.store import Store  # noqa: E402
from sitrep.store.schema import canonical_events, document_fusion, documents, events  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
VIOLENT = {"airstrike", "shelling", "explosion", "suicide_bombing", "grenade", "clash", "attack"}
POSTURE = {"deployment", "withdrawal", "handover", "troop_level", "exercise"}
ACTORS = ["US-led coalition", "Iraqi army", "Kataib Hezbollah", "Islamic State", "Syrian Democratic Forces",
          "Turkish armed forces", "Popular Mobilization Forces", "Peshmerga", "Russian military", "Protesters (Iraq)"]
PLACES = [("Baghdad", 33.31, 44.36, "IQ"), ("Kirkuk", 35.47, 44.39, "IQ"), ("Mosul", 36.34, 43.13, "IQ"),
          ("Basra", 30.51, 47.78, "IQ"), ("Erbil", 36.19, 44.01, "IQ"), ("Deir ez-Zor", 35.33, 40.14, "SY"),
          ("Raqqa", 35.95, 39.01, "SY"), ("Aleppo", 36.20, 37.16, "SY"), ("Idlib", 35.93, 36.63, "SY"),
          ("Qamishli", 37.05, 41.22, "SY")]
# evidence words: 150 of them, 8 to a sentence, so that a word is in ~5% of events (a common word
# in conflict reporting) and two words together in ~0.3%
WORDS = ("rocket convoy checkpoint drone militants base troops mortar village officials ceasefire patrol "
         "airport bridge protesters police border camp supply tunnel artillery barracks brigade battalion "
         "commander ambush sniper roadside bomb vehicle tank helicopter jet missile launcher depot warehouse "
         "hospital school mosque market highway district province governor ministry spokesman statement "
         "coalition advisers trainers withdrawal deployment reinforcements evacuation refugees civilians "
         "casualties wounded killed injured dead bodies mass grave prisoners hostages detainees raid arrest "
         "operation offensive counteroffensive frontline positions trenches fortifications minefield explosives "
         "ammunition weapons rifles grenades cache seizure smuggling oil field pipeline refinery power station "
         "dam river valley mountain desert plain city town outskirts suburb neighbourhood street square "
         "compound facility headquarters outpost garrison airbase runway hangar radar antiaircraft shelling "
         "barrage salvo volley strike bombardment siege blockade curfew lockdown negotiations talks agreement "
         "truce handover transfer control territory forces units fighters insurgents jihadists tribal "
         "clan sheikh elders council parliament election vote protest rally march riot clashes").split()



def build(path: str, n_events: int, seed: int = 7) -> Store:
    rnd = random.Random(seed)
    store = Store(path)
    per_doc = 5
    n_docs = (n_events + per_doc - 1) // per_doc
    start = date(2019, 1, 1)
    now = datetime(2026, 1, 1)
    doc_rows, fusion_rows, ev_rows, ce_rows = [], [], [], []
    eid = 0
    for d in range(1, n_docs + 1):
        published = start + timedelta(days=rnd.randrange(1095))
        words = " ".join(rnd.choice(WORDS) for _ in range(120))
        doc_rows.append({"id": d, "content_hash": f"{d:064x}", "doc_key": f"doc-{d}", "source": f"doc-{d}.txt",
                         "url": f"https://news.example/{d}", "title": f"Report {d}", "outlet": f"Outlet {d % 40}",
                         "published": published, "published_inferred": False, "text": words,
                         "data": {"entities": [], "places": [], "timexes": []}, "ingested_at": now})
        # as fusion leaves a document (else the Store would fuse it again on its next open)
        fusion_rows.append({"document_id": d, "signature": None, "family_id": d, "duplicate_of": None,
                            "similarity": None, "cited_outlets": []})
        for i in range(per_doc):
            if eid >= n_events:
                break
            eid += 1
            kind = rnd.choice(EVENT_KINDS)
            name, lat, lon, cc = rnd.choice(PLACES)
            lat, lon = lat + rnd.uniform(-0.6, 0.6), lon + rnd.uniform(-0.6, 0.6)
            day = published - timedelta(days=rnd.randrange(3))
            actors = rnd.sample(ACTORS, rnd.choice((1, 1, 2)))
            fat = rnd.choice((0, 1, 2, 3, 5, 8, 20)) if kind in VIOLENT else None
            pers = rnd.choice((50, 100, 300, 1000, 2500)) if kind in POSTURE else None
            evidence = f"{' '.join(rnd.sample(WORDS, 8)).capitalize()} near {name}: {kind.replace('_', ' ')}."
            quantities = {k: v for k, v in (("fatalities", fat), ("personnel", pers)) if v}
            data = {"type": kind, "modality": "asserted", "date": {"start": day.isoformat(), "end": day.isoformat(),
                    "text": None}, "location": {"name": name, "lat": round(lat, 5), "lon": round(lon, 5),
                                                "country": cc}, "actors": actors, "targets": [],
                    "quantities": quantities, "qualifiers": {}, "acled": None, "evidence": evidence, "start": 0,
                    "end": len(evidence), "trigger": None, "links": [], "confidence": 0.7}
            ev_rows.append({"id": eid, "document_id": d, "idx": i, "type": kind, "modality": "asserted",
                            "date_start": day, "date_end": day, "location_name": name, "lat": lat, "lon": lon,
                            "country": cc, "actors": actors, "acled_event_type": None, "acled_sub_event_type": None,
                            "fatalities": fat, "personnel": pers, "evidence": evidence, "confidence": 0.7,
                            "data": data, "canonical_id": eid})
            ce_rows.append({"id": eid, "type": kind, "modality": "asserted", "date_start": day, "date_end": day,
                            "location_name": name, "lat": lat, "lon": lon, "country": cc, "installation_id": None,
                            "actors": actors, "fatalities": fat, "personnel": pers,
                            "report_count": 1 + rnd.randrange(3), "outlet_count": 1, "mention_count": 1,
                            "updated_at": now, "data": data})
    with store.engine.begin() as conn:
        for table, rows in ((documents, doc_rows), (document_fusion, fusion_rows), (canonical_events, ce_rows),
                            (events, ev_rows)):
            for i in range(0, len(rows), 5000):
                conn.execute(table.insert(), rows[i:i + 5000])
    return store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: str):
    """`sitrep serve` in its own process, as a user runs it (the client here does not share its GIL)."""
    import httpx
    port = _free_port()
    sitrep = ROOT / ".venv" / "bin" / "sitrep"
    cmd = [str(sitrep)] if sitrep.exists() else [sys.executable, "-m", "sitrep.faces.cli"]
    proc = subprocess.Popen(cmd + ["serve", "--db", db, "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        if proc.poll() is not None:
            raise SystemExit("sitrep serve stopped: " + proc.stderr.read().decode(errors="replace"))
        try:
            httpx.get(url + "/api/config", timeout=1).raise_for_status()
            return proc, url
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("sitrep serve did not answer")


def queries(rnd: random.Random) -> tuple[str, dict[str, str]]:
    d0 = date(2019, 1, 1) + timedelta(days=rnd.randrange(1000))
    since, until = d0.isoformat(), (d0 + timedelta(days=90)).isoformat()
    name, lat, lon, cc = rnd.choice(PLACES)
    choice = rnd.randrange(5)
    base = {"limit": "50", "offset": str(rnd.choice((0, 0, 50, 100)))}
    if choice == 0:
        return "kinds+days", dict(base, kind="airstrike,shelling,attack", since=since, until=until)
    if choice == 1:
        return "bbox+days", dict(base, bbox=f"{lon - 1},{lat - 1},{lon + 1},{lat + 1}", since=since, until=until)
    if choice == 2:
        return "country+actor", dict(base, country=cc, actor=rnd.choice(ACTORS).split()[0].lower())
    if choice == 3:
        return "near+kind", dict(base, near=f"{lat},{lon},50", kind=rnd.choice(EVENT_KINDS))
    return "words+days", dict(base, q=" ".join(rnd.sample(WORDS, rnd.choice((1, 2)))), since=since, until=until)


def bench_api(url: str, n: int) -> float:
    import httpx
    rnd = random.Random(11)
    by: dict[str, list[float]] = {}
    with httpx.Client(base_url=url, timeout=30) as client:
        for _ in range(10):   # warm-up: connections, SQLite page cache
            client.get("/api/events", params=queries(rnd)[1]).raise_for_status()
        for _ in range(n):
            name, params = queries(rnd)
            t0 = time.perf_counter()
            r = client.get("/api/events", params=params)
            dt = (time.perf_counter() - t0) * 1000
            r.raise_for_status()
            assert "total" in r.json()
            by.setdefault(name, []).append(dt)
    every = sorted(x for v in by.values() for x in v)
    for name, xs in sorted(by.items()):
        xs.sort()
        print(f"  {name:<14} n={len(xs):<4} p50 {statistics.median(xs):6.1f} ms   p95 {_p95(xs):6.1f} ms")
    p95 = _p95(every)
    print(f"/api/events filtered page (limit 50, with total): p50 {statistics.median(every):.1f} ms, "
          f"p95 {p95:.1f} ms over {len(every)} requests (budget 50 ms: {'ok' if p95 < 50 else 'OVER'})")
    return p95


def _p95(xs: list[float]) -> float:
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]


def bench_page(url: str, n_view: int, runs: int = 3) -> float | None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("page: skipped (Playwright is not installed)")
        return None
    exe = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    if not exe:
        print("page: skipped (Debian's chromium is not installed)")
        return None
    vendor = ROOT / "src" / "sitrep" / "web" / "vendor" / "leaflet.js"
    if not vendor.is_file():
        print("page: skipped (no map assets in src/sitrep/web/vendor: run make setup with npm)")
        return None
    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            t0 = time.perf_counter()
            page.goto(url + "/")
            page.wait_for_function("n => Number(document.getElementById('map').dataset.markers) >= n",
                                   arg=n_view, timeout=60_000)
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            times.append(time.perf_counter() - t0)
            page.close()
        browser.close()
    best, med = min(times), statistics.median(times)
    print(f"page: {n_view:,} markers drawn {med:.2f} s after navigation (median of {runs}, best {best:.2f} s; "
          f"budget 2 s: {'ok' if med < 2 else 'OVER'})")
    return med


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--page-events", type=int, default=10_000, help="the page loads this many (its page size)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-api-") as tmp:
        t0 = time.perf_counter()
        db = os.path.join(tmp, "bench.db")
        build(db, args.events).close()
        print(f"store: {args.events:,} events (canonical, with mentions and FTS) built in "
              f"{time.perf_counter() - t0:.1f} s")
        proc, url = serve(db)
        try:
            p95 = bench_api(url, args.requests)
            page = bench_page(url, min(args.page_events, args.events))
        finally:
            proc.terminate()
            proc.wait(10)
    print(json.dumps({"api_events_p95_ms": round(p95, 1), "page_markers_s": None if page is None else round(page, 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
