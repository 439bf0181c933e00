"""Whole-pipeline throughput and memory on ../shared/eval/corpus/fa-kes.csv (804 Syrian-war articles).

Writes the corpus as JSONL in a temp folder, runs `sitrep extract` on it with 1 and with
the default number of workers, and prints articles/s and peak resident memory.
    python benchmarks/throughput.py [--limit N]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "eval" / "corpus" / "fa-kes.csv"
SITREP = ROOT / ".venv" / "bin" / "sitrep"


def write_jsonl(path: Path, limit: int | None) -> int:
    csv.field_size_limit(10**9)
    n = 0
    with open(CORPUS, encoding="latin-1", newline="") as f, open(path, "w") as out:
        for row in csv.DictReader(f):
            if limit and n >= limit:
                break
            out.write(json.dumps({"id": row["unit_id"], "title": row["article_title"],
                                  "text": row["article_content"], "source": row["source"]}) + "\n")
            n += 1
    return n


def run(path: Path, n: int, workers: int | None) -> None:
    cmd = [str(SITREP), "extract", str(path), "--format", "json"] + (["--workers", str(workers)] if workers else [])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode:
        print(p.stderr[-2000:])
    docs = json.loads(p.stdout)["documents"]
    events = sum(len(d["events"]) for d in docs)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"throughput: {n} articles in {dt:.1f} s = {n / dt:.1f} articles/s | workers {workers or 'auto'} "
          f"({os.cpu_count()} cores) | CPU {1000 * cpu / n:.1f} ms/article (all processes, user + system: "
          f"the measure to compare on a shared machine) | {events} events | peak RSS of a process {peak:.0f} MB")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fa-kes.jsonl"
        n = write_jsonl(path, a.limit)
        run(path, n, 1)
        run(path, n, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
