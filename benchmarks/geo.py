"""Geoparsing on LGL and GeoWebNews: runs ../shared/tools/score_geo.py and prints its summary lines.

    .venv/bin/python benchmarks/geo.py [--limit N] [--corpus lgl|gwn|all] [--keep DIR] [--no-compile]

The docs/s figure times `sitrep extract` with its start-up, as an installed sitrep runs: sitrep's
modules are first compiled to bytecode (checked against their source's hash, so that a module
edited later is compiled again), as `pip install` does. In a working tree run with
PYTHONDONTWRITEBYTECODE=1 there is none, and every run compiled all of sitrep again (about 0.13 s
of start-up); --no-compile leaves the tree as it is.
    .venv/bin/python benchmarks/geo.py --stage-cpu [--limit N] [--corpus ...]

--stage-cpu measures the Places stage alone: each document is parsed first (not timed), then
the stage runs over all of them three times and the CPU milliseconds per document of the
fastest round are printed (CPU time, since the machine is shared and wall time is noisy).

--language-cpu measures the language stage's parts (the tokenizer and each component of the
model as sitrep runs it), CPU milliseconds per document (user + system), in two rounds: the
first from a fresh process, as a worker meets its documents (caches empty), the second warm.
    .venv/bin/python benchmarks/geo.py --language-cpu [--limit N] [--corpus ...]
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
    ap.add_argument("--no-compile", action="store_true", help="do not compile sitrep's modules to bytecode first")
    ap.add_argument("--stage-cpu", action="store_true", help="time the Places stage alone (CPU ms per document)")
    ap.add_argument("--language-cpu", action="store_true",
                    help="time the language stage's parts (CPU ms per document, cold and warm)")
    a = ap.parse_args()
    if a.stage_cpu:
        return stage_cpu(a.corpus, a.limit)
    if a.language_cpu:
        return language_cpu(a.corpus, a.limit)
    scorer = SHARED / "tools" / "score_geo.py"
    if not scorer.is_file():
        print(f"no scorer at {scorer}", file=sys.stderr)
        return 2
    if not a.no_compile:
        compile_package()
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


def compile_package() -> None:
    """sitrep's modules compiled to bytecode, as an installation has them."""
    import compileall
    import py_compile
    compileall.compile_dir(str(ROOT / "src" / "sitrep"), quiet=1,
                           invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)


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


def language_cpu(corpus: str, limit: int) -> int:
    import os
    import resource
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")   # as the CLI runs the model
    sys.path.insert(0, str(ROOT / "src"))
    from sitrep.pipeline import load_model, tune_allocation
    from sitrep.settings import load_settings
    from sitrep.stages.language import Language, model_text
    tune_allocation()
    settings = load_settings()
    nlp = Language(load_model(settings.model), settings.batch_size).nlp

    def cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    for name, fname in CORPORA.items():
        if corpus not in ("all", name):
            continue
        texts = [model_text(t) for t in _gold_texts(SHARED / "eval" / "geo" / fname)]
        if limit:
            texts = texts[:limit]
        for round_ in ("cold", "warm"):
            spent = {}
            t0 = cpu()
            docs = [nlp.make_doc(t) for t in texts]
            spent["tokenizer"] = cpu() - t0
            for part, component in nlp.pipeline:
                t0 = cpu()
                docs = list(component.pipe(docs, batch_size=settings.batch_size)) if hasattr(component, "pipe") \
                    else [component(d) for d in docs]
                spent[part] = cpu() - t0
            total = sum(spent.values())
            parts = " | ".join(f"{k} {1000 * v / len(texts):.2f}" for k, v in spent.items())
            print(f"{name} {round_}: language CPU ms/doc: {parts} | total {1000 * total / len(texts):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
