"""Geoparsing on LGL and GeoWebNews: runs ../shared/tools/score_geo.py and prints its summary lines.

    .venv/bin/python benchmarks/geo.py [--limit N] [--corpus lgl|gwn|all] [--keep DIR]
    .venv/bin/python benchmarks/geo.py --stage-cpu [--limit N] [--corpus ...]

--stage-cpu measures the Places stage alone: each document is parsed first (not timed), then
the stage runs over all of them three times and the CPU milliseconds per document of the
fastest round are printed (CPU time, since the machine is shared and wall time is noisy).
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
    ap.add_argument("--stage-cpu", action="store_true", help="time the Places stage alone (CPU ms per document)")
    a = ap.parse_args()
    if a.stage_cpu:
        return stage_cpu(a.corpus, a.limit)
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


def _gold_texts(path: Path) -> list[str]:
    """The article texts of a corpus, read by the scorer's own loader."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("score_geo", SHARED / "tools" / "score_geo.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return [d["text"] for d in scorer.load(str(path))]


def stage_cpu(corpus: str, limit: int) -> int:
    import time
    sys.path.insert(0, str(ROOT / "src"))
    from sitrep.gazetteer import open_gazetteer
    from sitrep.model import Document
    from sitrep.pipeline import load_model
    from sitrep.settings import load_settings
    from sitrep.stages.language import Language
    from sitrep.stages.places import Places
    settings = load_settings()
    language = Language(load_model(settings.model), settings.batch_size)
    places = Places(open_gazetteer())
    for name, fname in CORPORA.items():
        if corpus not in ("all", name):
            continue
        texts = _gold_texts(SHARED / "eval" / "geo" / fname)
        if limit:
            texts = texts[:limit]
        docs = list(language.pipe([Document(id=str(i), source=name, text=t) for i, t in enumerate(texts)]))
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            for d in docs:
                places(d)
            best = min(best, time.process_time() - t0)
        print(f"{name}: places stage {1000 * best / len(docs):.2f} CPU ms/doc over {len(docs)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
