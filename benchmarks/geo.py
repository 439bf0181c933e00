"""Geoparsing on LGL and GeoWebNews: runs ../shared/tools/score_geo.py and prints its summary lines.

    .venv/bin/python benchmarks/geo.py [--limit N] [--corpus lgl|gwn|all]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = {"lgl": "lgl.xml", "gwn": "GWN.xml"}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--corpus", default="all", choices=["all", *CORPORA])
    ap.add_argument("--keep", help="keep each corpus's input and output under this folder")
    a = ap.parse_args()
    scorer = SHARED / "tools" / "score_geo.py"
    if not scorer.is_file():
        print(f"no scorer at {scorer}", file=sys.stderr)
        return 2
    status = 0
    for name, fname in CORPORA.items():
        if a.corpus not in ("all", name):
            continue
        cmd = [sys.executable, str(scorer), str(SHARED / "eval" / "geo" / fname),
               "--sitrep", str(ROOT / ".venv" / "bin" / "sitrep")]
        if a.limit:
            cmd += ["--limit", str(a.limit)]
        if a.keep:
            cmd += ["--keep", str(Path(a.keep) / name)]
        p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        lines = [ln for ln in p.stdout.splitlines() if ln.strip()]
        for ln in lines[-2:]:
            print(ln)
        if p.returncode:
            print(p.stderr[-2000:], file=sys.stderr)
            status = p.returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
