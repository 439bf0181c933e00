"""The store on PostgreSQL: a throw-away server is started from the machine's binaries
(Debian's postgresql); the test is skipped, saying why, where there are none."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from datetime import date

import pytest

from sitrep.model import Document, Event, EventDate, Location
from sitrep.store import EventFilter, Store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_url():
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install .[postgres])")
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    run_as = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []  # initdb refuses root
    tmp = tempfile.mkdtemp(prefix="sitrep-pg-")
    os.chmod(tmp, 0o777)
    data, port = os.path.join(tmp, "data"), _free_port()
    subprocess.run(run_as + [initdb, "-D", data, "-A", "trust", "-U", "sitrep"], check=True,
                   capture_output=True)
    subprocess.run(run_as + [pg_ctl, "-D", data, "-o", f"-k {tmp} -p {port} -h ''", "-l",
                             os.path.join(tmp, "log"), "-w", "start"], check=True, capture_output=True)
    try:
        yield f"postgresql://sitrep@/postgres?host={tmp}&port={port}"
    finally:
        subprocess.run(run_as + [pg_ctl, "-D", data, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


def _doc(text: str) -> Document:
    doc = Document(id="pg-1", source="pg-1.txt", text=text, published=date(2020, 3, 18))
    doc.events = [Event("handover", text, 0, len(text), date=EventDate(date(2020, 3, 17), date(2020, 3, 17)),
                        location=Location("Al-Qaim", 34.39, 40.99, "IQ"), actors=["US-led coalition"])]
    return doc


def test_postgres_store_keeps_each_article_once(pg_url):
    store = Store(pg_url)
    text = "Coalition troops handed the al-Qaim base to Iraqi forces on Tuesday, officials said."
    first = store.save(_doc(text))
    again = store.save(_doc(text))
    assert first[1] is True and again == (first[0], False)
    events = store.events(EventFilter(country="IQ"))
    assert len(events) == 1 and events[0]["type"] == "handover"
    store.close()
    reopened = Store(pg_url)   # migrations run again on open and keep what is stored
    assert reopened.stats()["documents"] == 1
