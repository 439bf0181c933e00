"""The gazetteer: a compact SQLite index of places (build.py) and the service that queries it (lookup.py)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from sitrep.gazetteer.lookup import Candidate, Gazetteer

__all__ = ["Candidate", "Gazetteer", "open_gazetteer", "index_path"]


def index_path() -> Path:
    """Where the index is: $SITREP_GAZETTEER if set, else the cache (see build.default_path)."""
    from sitrep.gazetteer.build import default_path
    env = os.environ.get("SITREP_GAZETTEER")
    return Path(env) if env else default_path()


def open_gazetteer(path: str | os.PathLike | None = None) -> Gazetteer:
    """Open the index; build it first (once, about a minute) when it is not there yet."""
    from sitrep.gazetteer.build import build, mark_used
    p = Path(path) if path else index_path()
    if not p.is_file():
        print(f"sitrep: building the gazetteer index at {p} (once; about a minute)...", file=sys.stderr)
        build(p, log=lambda s: None)
        print("sitrep: gazetteer ready.", file=sys.stderr)
    else:
        mark_used(p)        # in use: another checkout's build does not take it for stale
    return Gazetteer.open(p)
