"""The page in a real browser: Debian's headless Chromium driven by Playwright, against the app
served by uvicorn on 127.0.0.1 in a thread. Skipped, saying why, without chromium or Playwright
(`make test` installs both); Playwright never downloads a browser here."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from dataclasses import replace
from datetime import date

import pytest

from desk_data import fill
from sitrep.faces.api import WEB_DIR, create_app
from sitrep.store import Store

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory, settings):
    uvicorn = pytest.importorskip("uvicorn")
    store = Store(str(tmp_path_factory.mktemp("web") / "web.db"))
    fill(store)
    app = create_app(store, replace(settings, tile_url=""))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(500):            # wait for start-up (not a timing assertion)
        if server.started or not thread.is_alive():
            break
        time.sleep(0.02)
    assert server.started, "the app did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        pytest.skip("Debian's chromium is not installed (make test installs it when run as root)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install .[test])")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium"),
                              args=ARGS)
        yield b
        b.close()


def _day_number(iso: str) -> int:
    return (date.fromisoformat(iso) - date(1970, 1, 1)).days


def test_page_map_slider_event_and_article(base_url, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(base_url + "/")
    page.wait_for_selector('body[data-ready="1"]')
    has_map = (WEB_DIR / "vendor" / "leaflet.js").is_file()

    # the list (and the map, when its library is installed) show all five events
    assert page.locator("#list tbody tr").count() == 5
    if has_map:
        assert page.get_attribute("#map", "data-markers") == "5"
        page.wait_for_selector("#map[data-outlines]")        # offline country outlines drawn
        assert page.locator(".leaflet-interactive").count() >= 1
    else:
        assert "not available" in page.inner_text("#notes")

    # kind filter: turning shelling off hides it
    page.uncheck('#kinds input[data-kind="shelling"]')
    assert page.locator("#list tbody tr").count() == 4
    page.check('#kinds input[data-kind="shelling"]')

    # the time slider: as of 2020-03-15 only the Taji shelling (and the undated protest) are in view
    page.eval_on_selector("#slider", "(s, v) => { s.value = String(v); s.dispatchEvent(new Event('input')); }",
                          _day_number("2020-03-15"))
    assert page.inner_text("#asof") == "2020-03-15"
    kinds = sorted(t.strip() for t in page.locator("#list tbody td.kind").all_inner_texts())
    assert kinds == ["protest", "shelling"]
    if has_map:
        assert page.get_attribute("#map", "data-markers") == "2"
    page.eval_on_selector("#slider", "s => { s.value = s.max; s.dispatchEvent(new Event('input')); }")

    # open the K1 withdrawal: its source and evidence sentence
    page.locator("#list tbody tr", has_text="withdrawal").click()
    page.wait_for_selector("#panel-body .source")
    panel = page.inner_text("#panel-body")
    assert "withdrawal" in panel and "Reuters" in panel and "withdrew from K1 Air Base" in panel

    # the article, its people, places, dates and events marked; hostile text stays text
    page.click("#panel-body button.read")
    page.wait_for_selector("#reader .text")
    assert page.locator("#reader .hl-person", has_text="Myles Caggins").count() == 1
    assert page.locator("#reader .hl-place", has_text="Kirkuk").count() == 1
    assert page.locator("#reader .hl-date", has_text="March 29, 2020").count() == 1
    assert page.locator("#reader .hl-event").count() >= 2
    assert page.locator("#reader .title").inner_text() == "Coalition leaves K1 <b>base</b>"
    assert 'onerror="document.title' in page.inner_text("#reader .text")
    assert page.locator("#reader img, #reader b").count() == 0 and page.title() != "pwned"

    # an event marked in the text opens that event
    page.locator("#reader .hl-event", has_text="handed to the Iraqi army").first.click()
    page.wait_for_selector("#panel-body .source")
    assert "handover" in page.inner_text("#panel-body")

    # search: words in the evidence narrow the events; matching articles are listed with snippets
    page.fill("#q", "killing")
    page.press("#q", "Enter")
    page.wait_for_selector(".doc-hit")
    assert page.locator("#list tbody tr").count() == 2
    assert page.locator(".doc-hit mark").count() >= 1

    shot = tmp_path / "desk.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert not errors, errors
    page.close()


def test_page_without_map_assets_keeps_list_and_timeline(base_url, browser):
    """As on a machine where npm was missing: the vendor files do not load."""
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    page.route("**/static/vendor/**", lambda route: route.fulfill(status=404, body="missing"))
    page.goto(base_url + "/")
    page.wait_for_selector('body[data-ready="1"]')
    assert "map is not available" in page.inner_text("#notes")
    assert page.locator("#notes").is_visible()
    assert page.locator("#list tbody tr").count() == 5
    assert page.locator("#timeline rect").count() > 1
    page.eval_on_selector("#slider", "(s, v) => { s.value = String(v); s.dispatchEvent(new Event('input')); }",
                          _day_number("2020-03-15"))
    assert page.locator("#list tbody tr").count() == 2
    page.locator("#list tbody tr", has_text="shelling").click()
    page.wait_for_selector("#panel-body .source")
    assert "Camp Taji" in page.inner_text("#panel-body")
    page.close()
