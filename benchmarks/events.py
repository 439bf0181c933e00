"""Events benchmark: prints the scorers' summary lines.

    .venv/bin/python benchmarks/events.py [--skip-case]

- the seed report (../shared/seed/k1-withdrawal.txt and .html) with score_extraction.py;
- CASE 2021 task 2 (829 ACLED-labelled snippets) with score_case.py;
- the team's examples/ against benchmarks/data/examples_gold.json (kind recall/precision);
- the held-out labelled sentences (data/event_examples_heldout.jsonl): kind accuracy.
Nothing from ../shared is copied into the repository: it is read in place.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SITREP = str(ROOT / ".venv" / "bin" / "sitrep")


def last_line(out: str) -> str:
    lines = [ln for ln in out.strip().splitlines() if ln.strip()]
    return lines[-1] if lines else "(no output)"


def seed() -> None:
    for name in ("k1-withdrawal.txt", "k1-withdrawal.html"):
        src = SHARED / "seed" / name
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            subprocess.run([SITREP, "extract", str(src)], stdout=f, check=True)
        out = subprocess.run([sys.executable, str(SHARED / "tools" / "score_extraction.py"), "--gold",
                              str(SHARED / "seed" / "k1-withdrawal.gold.json"), "--pred", f.name, "--doc", name],
                             capture_output=True, text=True).stdout
        print(f"seed {name}: {last_line(out)}")


def case() -> None:
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score_case.py"),
                          str(SHARED / "eval" / "events" / "case2021-task2.tsv"), "--sitrep", SITREP],
                         capture_output=True, text=True, cwd=ROOT).stdout
    print(f"case2021: {last_line(out)}")


def heldout() -> None:
    from sitrep.model import RawArticle
    from sitrep.pipeline import build_pipeline
    from sitrep.settings import load_settings
    rows = [json.loads(x) for x in (ROOT / "src/sitrep/data/event_examples_heldout.jsonl").read_text().splitlines()
            if x.strip()]
    p = build_pipeline(load_settings(env={}))
    right = mod_right = n_mod = 0
    for i, r in enumerate(rows):
        try:
            doc = p.process(RawArticle(source=f"h{i}", id=str(i), text=r["text"], exact_text=True))
            evs = doc.events
        except Exception:  # a sentence too short for the cleaner
            evs = []
        best = max(evs, key=lambda e: e.confidence) if evs else None
        got = best.type if best else "none"
        right += got == r["kind"]
        if best and got == r["kind"]:
            n_mod += 1
            mod_right += best.modality == r.get("modality", "asserted")
    print(f"heldout: kind accuracy {right / len(rows):.3f} on {len(rows)} sentences | "
          f"modality accuracy {mod_right / max(1, n_mod):.3f} where the kind is right")


def examples() -> None:
    gold_p = ROOT / "benchmarks" / "data" / "examples_gold.json"
    if not gold_p.is_file():
        print("examples: no gold yet")
        return
    gold = json.loads(gold_p.read_text())
    out = subprocess.run([SITREP, "extract", str(ROOT / "examples")], capture_output=True, text=True).stdout
    docs = json.loads(out)["documents"]
    by_key = {}
    for g in gold["documents"]:
        by_key[Path(g["file"]).name if g.get("file") else str(g.get("id"))] = g
    tp = n_gold = n_pred = 0
    for d in docs:
        g = by_key.get(Path(str(d.get("source") or "")).name) or by_key.get(str(d.get("id")))
        if not g:
            continue
        want = [e["type"] if isinstance(e["type"], str) else e["type"][0] for e in g.get("events", [])
                if not e.get("background")]
        got = [e["type"] for e in d["events"]]
        n_gold += len(want)
        n_pred += len(got)
        rest = list(got)
        for k in want:
            if k in rest:
                rest.remove(k)
                tp += 1
    if not n_gold:
        print("examples: gold has no events in a known shape")
        return
    print(f"examples: kind recall {tp / n_gold:.2f} precision {tp / max(1, n_pred):.2f} "
          f"({n_gold} gold events, not background; {n_pred} predicted)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--skip-case", action="store_true")
    a = ap.parse_args()
    seed()
    if not a.skip_case:
        case()
    examples()
    heldout()


if __name__ == "__main__":
    main()
