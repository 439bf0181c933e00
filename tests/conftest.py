"""Shared fixtures: the language model and the pipeline are loaded once per test session."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from sitrep.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def settings():
    return load_settings(env={})


@pytest.fixture(scope="session")
def pipeline(settings):
    from sitrep.pipeline import build_pipeline
    return build_pipeline(settings)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_url():
    """A throw-away PostgreSQL server (one per test module, so modules do not share data),
    started from the machine's binaries; skipped, saying why, where there are none."""
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
