"""ingest_scale's breakdown: the CPU time of each step of fusion, per store, without a profiler."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import ingest_scale  # noqa: E402
from sitrep.store import Store  # noqa: E402
from sitrep.store import fusion  # noqa: E402


def test_the_breakdown_times_each_step_for_the_store_saving_and_puts_fusion_back(tmp_path):
    world = ingest_scale.World(seed=3)
    docs = [world.document() for _ in range(40)]
    stores = [Store(str(tmp_path / "a.db")), Store(str(tmp_path / "b.db"))]
    before = (fusion.Fuser.document_saved, fusion._candidates, stores[0].engine.dialect.do_commit)
    steps = ingest_scale.Breakdown(stores)
    try:
        assert fusion.Fuser.document_saved is not before[0]
        (_, n_a, cpu_a), (_, n_b, cpu_b) = ingest_scale.ingest(stores, docs, chunk=10, batch=4, breakdown=steps)
    finally:
        steps.close()
    # both stores got the same documents, and each store's saves were timed for it
    assert n_a == n_b > 0
    for k in (0, 1):
        assert steps.seconds["document_saved"][k] > 0
        assert steps.seconds["commit"][k] > 0
        assert steps.seconds["_candidate_forms"][k] <= steps.seconds["document_saved"][k]
    report = steps.report((cpu_a, cpu_b))
    assert "all saves" in report and "    _candidates" in report
    # fusion and the commits are as they were
    assert (fusion.Fuser.document_saved, fusion._candidates, stores[0].engine.dialect.do_commit) == before
    assert "document_saved" not in vars(fusion.Fuser) or vars(fusion.Fuser)["document_saved"] is before[0]
    for s in stores:
        s.close()


def test_a_step_fusion_no_longer_has_is_left_out(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_scale.Breakdown, "STEPS",
                        ingest_scale.Breakdown.STEPS + [("Fuser", "_a_step_that_is_gone", 1)])
    store = Store(str(tmp_path / "a.db"))
    steps = ingest_scale.Breakdown([store])
    try:
        ingest_scale.ingest([store], [ingest_scale.World(seed=5).document() for _ in range(5)], batch=5,
                            breakdown=steps)
    finally:
        steps.close()
    assert "_a_step_that_is_gone" not in steps.seconds
    assert "_a_step_that_is_gone" not in steps.report((1.0, 1.0))
    assert not hasattr(fusion.Fuser, "_a_step_that_is_gone")
    store.close()
