import pytest

from sitrep.model import Document, RawArticle
from sitrep.errors import InputError

distributed = pytest.importorskip("dask.distributed", reason="dask.distributed is not installed (pip install .[dask])")


def test_batches_run_on_a_dask_cluster_and_errors_come_back(settings):
    from dataclasses import replace

    from sitrep.scale import run_on_dask
    small = replace(settings, batch_size=2)
    raws = [RawArticle(source=f"r{i}.txt", id=f"r{i}", text=f"Gunmen attacked a checkpoint near Kirkuk on day {i}, "
                                                              "killing two policemen, officials said.")
            for i in range(5)] + [InputError("bad.txt", "empty file")]
    with distributed.LocalCluster(n_workers=1, processes=False, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        out = list(run_on_dask(raws, small, "unused", client=client))
    assert sorted(d.id for d in out if isinstance(d, Document)) == [f"r{i}" for i in range(5)]
    assert [e.source for e in out if isinstance(e, InputError)] == ["bad.txt"]
