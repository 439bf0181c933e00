"""CPU time of each stage of the pipeline, per document, on GeoWebNews (or any JSONL input).

    .venv/bin/python benchmarks/stage_cpu.py [--input FILE.jsonl] [--limit N] [--rounds 3]
                                              [--profile STAGE] [--top 40] [--save FILE.pstats]

The pipeline is built as `sitrep extract` builds it (build_pipeline). Each document is cleaned
and parsed once (the language stage's CPU time is printed, one round: it is the model's), then
the stages after it (places, times, events, cited outlets) run over all documents `--rounds`
times, each round on fresh copies of the documents' fields (the parse is shared), and each
stage's CPU milliseconds per document (user + system of this process) of its fastest round are
printed: CPU time, since the machine is shared and wall time is noisy. Compare two trees by
running this script from each, back to back (PYTHONPATH=TREE/src).

--profile STAGE (places, times, events, citedoutlets) runs cProfile over that stage, in one
more round after the timed ones, and prints the functions of most cumulative and own time:
what runs per document or per sentence whatever the text holds.

The default input is the GeoWebNews corpus as ../shared/tools/score_geo.py feeds it to sitrep.
"""
from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import os
import pstats
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _texts(path: str | None, limit: int) -> list[tuple[str, str]]:
    if path:
        rows = [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
        items = [(str(r.get("id", i)), r["text"]) for i, r in enumerate(rows)]
    else:
        import importlib.util
        spec = importlib.util.spec_from_file_location("score_geo", SHARED / "tools" / "score_geo.py")
        scorer = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(scorer)
        items = [(str(d["id"]), d["text"]) for d in scorer.load(str(SHARED / "eval" / "geo" / "GWN.xml"))]
    return items[:limit] if limit else items


def _fresh(doc):
    """A copy of the document whose lists the stages may fill again (the parse is shared)."""
    return dataclasses.replace(doc, entities=list(doc.entities), places=[], timexes=[], events=[],
                               cited_outlets=[])


def _one_round(pipeline, parsed: list, names: list[str]) -> dict:
    """One pass of every stage over fresh copies of the parsed documents: CPU seconds per stage."""
    spent = dict.fromkeys(names, 0.0)
    for doc in parsed:
        doc = _fresh(doc)
        for name, stage in zip(names, pipeline.stages):
            t0 = _cpu()
            doc = stage(doc)
            spent[name] += _cpu() - t0
    return spent


def _serve(pipeline, parsed: list, names: list[str]) -> None:
    """Rounds on request (a line on stdin): each round's CPU seconds per stage, a JSON line on stdout."""
    for line in sys.stdin:
        if not line.strip():
            break
        print(json.dumps(_one_round(pipeline, parsed, names)), flush=True)


def _ab(trees: list[str], argv: list[str], rounds: int) -> int:
    """The stages of two trees, round by round in turn (each tree's process parses once, then
    runs a round when asked): a busier or quieter spell of the machine falls on both alike.
    Prints each stage's CPU ms/doc, best and median of the rounds, per tree."""
    import statistics
    import subprocess
    procs = []
    for tree in trees:
        env = dict(os.environ, PYTHONPATH=str(Path(tree).resolve() / "src"))
        procs.append(subprocess.Popen([sys.executable, __file__, "--serve", *argv], env=env, text=True,
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE))
    counts = [int(p.stdout.readline()) for p in procs]     # each tells its number of documents first
    got: list[list[dict]] = [[] for _ in procs]
    for _ in range(rounds):
        for k, p in enumerate(procs):
            p.stdin.write("go\n")
            p.stdin.flush()
            got[k].append(json.loads(p.stdout.readline()))
    for p in procs:
        p.stdin.close()
        p.wait()
    for tree, n, rows in zip(trees, counts, got):
        parts = []
        for name in rows[0]:
            values = [1000 * r[name] / n for r in rows]
            parts.append(f"{name} {min(values):.2f}/{statistics.median(values):.2f}")
        print(f"{tree}: {n} documents, CPU ms/doc best/median of {rounds}: " + " | ".join(parts))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ab", nargs=2, metavar="TREE", help="compare the stages of two source trees, rounds in turn")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--input", help="a JSONL file of {id, text} (default: GeoWebNews)")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", help="profile this stage (places, times, events, citedoutlets)")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--save", help="write the profile's pstats here")
    a = ap.parse_args()
    if a.ab:
        keep = []
        skip = 0
        for x in sys.argv[1:]:
            if skip:
                skip -= 1
                continue
            if x == "--ab":
                skip = 2
                continue
            keep.append(x)
        return _ab(a.ab, keep, a.rounds)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")   # as the CLI runs the model
    from sitrep.model import Document, RawArticle
    from sitrep.pipeline import build_pipeline
    from sitrep.settings import load_settings
    import sitrep
    print(f"sitrep from {Path(sitrep.__file__).parent}", file=sys.stderr)

    pipeline = build_pipeline(load_settings())
    items = _texts(a.input, a.limit)
    cleaned = []
    t0 = _cpu()
    for ident, text in items:
        try:
            doc = pipeline.cleaner(RawArticle(id=ident, source="gwn", text=text, exact_text=True))
        except Exception:
            continue
        if isinstance(doc, Document) and doc.language == "en":
            cleaned.append(doc)
    clean_cpu = _cpu() - t0
    t0 = _cpu()
    parsed = list(pipeline.language.pipe(cleaned))
    language_cpu = _cpu() - t0
    n = len(parsed)
    names = [type(s).__name__.lower() for s in pipeline.stages]
    if a.serve:
        print(n, flush=True)
        _serve(pipeline, parsed, names)
        return 0
    best = {name: float("inf") for name in names}
    for _ in range(max(1, a.rounds)):
        spent = _one_round(pipeline, parsed, names)
        for name in names:
            best[name] = min(best[name], spent[name])
    parts = " | ".join(f"{name} {1000 * best[name] / n:.2f}" for name in names)
    print(f"{n} documents; CPU ms/doc: clean {1000 * clean_cpu / n:.2f} | language {1000 * language_cpu / n:.2f} "
          f"| {parts} | after language {1000 * sum(best.values()) / n:.2f}")
    if a.profile:
        profiler = cProfile.Profile()
        for doc in parsed:
            doc = _fresh(doc)
            for name, stage in zip(names, pipeline.stages):
                if name == a.profile:
                    profiler.enable()
                    doc = stage(doc)
                    profiler.disable()
                else:
                    doc = stage(doc)
        if a.save:
            profiler.dump_stats(a.save)
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(a.top)
        stats.sort_stats("tottime").print_stats(a.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
