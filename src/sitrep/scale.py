"""Scale-out on Dask: batches of articles are processed on a Dask cluster's workers.

The reading stays here, on the client (workers need no shared disk: the raw articles
travel with the task); the one writer, the store, stays here too. Each worker builds
its pipeline once, from the plain settings it is sent, and keeps it for later batches.

    sitrep ingest INPUT... --dask local            # a local cluster, one worker a core
    sitrep ingest INPUT... --dask tcp://host:8786  # an existing scheduler
"""
from __future__ import annotations

import functools
from collections import deque
from collections.abc import Iterable, Iterator

from sitrep.errors import InputError
from sitrep.model import Document, RawArticle
from sitrep.settings import Settings, worker_count


@functools.cache
def _pipeline_for(settings: Settings):
    """One pipeline per worker process (settings are a frozen, hashable value)."""
    from sitrep.pipeline import build_pipeline
    return build_pipeline(settings)


def process_batch(settings: Settings, batch: list[RawArticle | InputError]) -> list[Document | InputError]:
    """What a worker runs: one batch through its pipeline."""
    return list(_pipeline_for(settings)._run_batch(batch))


def _client(address: str, settings: Settings):
    from dask.distributed import Client, LocalCluster
    if address == "local":
        cluster = LocalCluster(n_workers=worker_count(settings), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster)
    return Client(address)


def run_on_dask(items: Iterable[RawArticle | InputError], settings: Settings, address: str,
                client=None) -> Iterator[Document | InputError]:
    """Documents (or errors) as the cluster finishes them; a bounded window keeps memory flat."""
    own = client is None
    client = client or _client(address, settings)
    try:
        window: deque = deque()
        limit = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
        batch: list[RawArticle | InputError] = []
        for item in items:
            batch.append(item)
            if len(batch) >= settings.batch_size:
                window.append(client.submit(process_batch, settings, batch, pure=False))
                batch = []
                while len(window) >= limit:
                    yield from window.popleft().result()
        if batch:
            window.append(client.submit(process_batch, settings, batch, pure=False))
        while window:
            yield from window.popleft().result()
    finally:
        if own:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
