"""Time expressions on ../shared/eval/time (TempEval-3 TimeBank + AQUAINT): score_time's line,
then the time stage's own cost per 2,000 characters of text (its budget: about 3 ms), and its
share of the whole pipeline's CPU time per document (issue 4's budget: under 10%).

Anchors on the TempEval-3 platinum test: HeidelTime value F1 0.776 (relaxed about 0.90).
    .venv/bin/python benchmarks/time.py [--no-cost]
"""
from __future__ import annotations

import glob
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TIME_DIRS = [SHARED / "eval" / "time" / "TimeBank", SHARED / "eval" / "time" / "AQUAINT"]


def score() -> int:
    p = subprocess.run([sys.executable, str(SHARED / "tools" / "score_time.py"), *map(str, TIME_DIRS)],
                       capture_output=True, text=True, cwd=ROOT)
    lines = p.stdout.strip().splitlines()
    print(lines[-1] if lines else p.stderr[-1000:])
    return p.returncode


def cost() -> None:
    """Milliseconds the time stage spends per 2,000 characters, the parse given (it is the
    language stage's work, not the time stage's)."""
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(SHARED / "tools"))
    from score_time import parse  # the scorer's own reading of the .tml files

    from sitrep.model import Document
    from sitrep.pipeline import load_model
    from sitrep.settings import load_settings
    from sitrep.stages.language import model_text
    from sitrep.stages.times import Times

    docs = [parse(f) for d in TIME_DIRS for f in sorted(glob.glob(str(d / "*.tml")))]
    nlp = load_model(load_settings(env={}).model)
    parsed = list(nlp.pipe(model_text(d["text"]) for d in docs))
    stage = Times()
    chars = sum(len(d["text"]) for d in docs)
    best = float("inf")
    for _ in range(3):
        items = [Document(id=d["id"], source=d["id"], text=d["text"],
                          published=date.fromisoformat(d["published"]) if d["published"] else None)
                 for d in docs]
        for doc, p in zip(items, parsed):
            doc.parsed = p
        t0 = time.process_time()     # CPU time: the machine is shared, wall time is noise
        for doc in items:
            stage(doc)
        best = min(best, time.process_time() - t0)
    print(f"time stage: {best * 1000 * 2000 / chars:.2f} ms per 2,000 characters "
          f"({len(docs)} documents, {chars:,} characters)")


def share() -> None:
    """CPU time of each stage of the whole pipeline over the same documents, and the time
    stage's share of it (process time, so that other work on the machine counts less)."""
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(SHARED / "tools"))
    from score_time import parse

    from sitrep.model import RawArticle
    from sitrep.pipeline import build_pipeline
    from sitrep.settings import load_settings

    docs = [parse(f) for d in TIME_DIRS for f in sorted(glob.glob(str(d / "*.tml")))]
    pipeline = build_pipeline(load_settings(env={}))
    raws = [RawArticle(source=d["id"], id=d["id"], text=d["text"], published=d["published"]) for d in docs]
    spent: dict[str, float] = {}

    def timed(name: str, work):
        t0 = time.process_time()
        out = work()
        spent[name] = spent.get(name, 0.0) + time.process_time() - t0
        return out

    for i in range(0, len(raws), pipeline.batch_size):
        cleaned = timed("clean", lambda: [pipeline.cleaner(r) for r in raws[i:i + pipeline.batch_size]])
        parsed = timed("language", lambda: list(pipeline.language.pipe(cleaned)))
        for stage in pipeline.stages:
            timed(type(stage).__name__.lower(), lambda: [stage(d) for d in parsed])
    total = sum(spent.values())
    parts = " | ".join(f"{k} {v * 1000 / len(docs):.1f}" for k, v in spent.items())
    print(f"pipeline ms/doc: {parts} | total {total * 1000 / len(docs):.1f}; "
          f"time stage {spent.get('times', 0) / total:.1%} of it")


if __name__ == "__main__":
    status = score()
    if "--no-cost" not in sys.argv:
        cost()
        share()
    sys.exit(status)
