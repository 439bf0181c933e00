"""Held-out reports benchmark: our own reports that no stage was tuned on.

    .venv/bin/python benchmarks/heldout_reports.py [--verbose] [--keep DIR]

benchmarks/heldout/ holds eight briefs written by the team in the seed's genre (fused
multi-outlet briefs on other real conflicts and deployments) and, beside each, a hand-made
gold reading in the seed gold's format (<name>.gold.json). For each report this runs
`sitrep extract <file> --format json`, scores it with ../shared/tools/score_extraction.py
and prints `name: <the scorer's summary line>`, then the mean over the reports:

    heldout mean: recall R precision P quantities Q places L persons N

--verbose adds, per report, the missed gold events, missed places and persons and the
count of spurious events (from the scorer's --json output); --keep DIR writes each
extraction there. Do not tune on these reports: they are the team's check on
generalisation, the way the unseen reports are the project's.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SITREP = str(ROOT / ".venv" / "bin" / "sitrep")
SCORER = str(SHARED / "tools" / "score_extraction.py")
HELDOUT = ROOT / "benchmarks" / "heldout"


def extract(path: Path) -> str:
    """The contract's JSON for one report (raises if sitrep fails)."""
    out = subprocess.run([SITREP, "extract", str(path), "--format", "json"],
                         capture_output=True, text=True, check=True)
    return out.stdout


def score(gold: Path, pred: Path, doc: str) -> tuple[dict, str]:
    """The scorer's --json scores and its summary line."""
    out = subprocess.run([sys.executable, SCORER, "--gold", str(gold), "--pred", str(pred), "--doc", doc,
                          "--json"], capture_output=True, text=True).stdout
    lines = [ln for ln in out.strip().splitlines() if ln.strip()]
    summary = lines[-1] if lines else "(no output)"
    try:
        scores = json.loads("\n".join(lines[:-1]))
    except ValueError:
        scores = {}
    return scores, summary


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list missed events, places and persons")
    ap.add_argument("--keep", type=Path, help="write each report's extraction JSON into this folder")
    a = ap.parse_args()
    reports = sorted(p for p in HELDOUT.glob("*.txt") if p.with_suffix(".gold.json").is_file())
    if not reports:
        print("heldout: no reports with gold in benchmarks/heldout")
        return 1
    if a.keep:
        a.keep.mkdir(parents=True, exist_ok=True)
    rows = []
    tmp_dir = a.keep or Path(subprocess.run(["mktemp", "-d"], capture_output=True, text=True).stdout.strip())
    for path in reports:
        name = path.stem
        try:
            pred_text = extract(path)
        except subprocess.CalledProcessError as e:
            print(f"{name}: sitrep extract failed: {(e.stderr or '').strip().splitlines()[-1:]}")
            rows.append(None)
            continue
        pred = tmp_dir / f"{name}.json"
        pred.write_text(pred_text)
        scores, summary = score(path.with_suffix(".gold.json"), pred, path.name)
        print(f"{name}: {summary}")
        rows.append(scores or None)
        if a.verbose and scores:
            ev = scores["events"]
            print(f"    events: predicted {ev['predicted']}, spurious {ev['spurious']}, missed {', '.join(ev['missed']) or '-'}")
            print(f"    places missed: {', '.join(scores['places']['missed']) or '-'}")
            print(f"    persons missed: {', '.join(scores['persons']['missed']) or '-'}"
                  + (f" | all caps left: {', '.join(scores['persons']['all_caps_left'])}"
                     if scores['persons']['all_caps_left'] else ""))
            if not scores["text"]["ok"]:
                print(f"    text: {json.dumps(scores['text'])}")
            if not scores["published"]["ok"]:
                print(f"    published: got {scores['published']['got']}")
    done = [r for r in rows if r]
    if not done:
        print("heldout mean: no report could be scored")
        return 1

    def mean(get) -> float:
        # a report that could not be extracted or scored counts as zero
        return sum(get(r) for r in done) / len(rows)

    print(f"heldout mean: recall {mean(lambda r: r['events']['recall']):.2f} "
          f"precision {mean(lambda r: r['events']['precision']):.2f} "
          f"quantities {mean(lambda r: r['quantities']):.2f} "
          f"places {mean(lambda r: r['places']['recall']):.2f} "
          f"persons {mean(lambda r: r['persons']['recall']):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
