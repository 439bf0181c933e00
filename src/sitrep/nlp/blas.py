"""The model's matrix products by numpy's BLAS where that is faster."""
from __future__ import annotations

import os


def numpy_matrix_products(nlp, env=None):
    """The model's matrix products by numpy's BLAS instead of thinc's blis, when that BLAS runs
    on one thread (as `sitrep` sets it, one process per core): for these shapes it is about
    a third faster on this kind of machine (AVX-512 kernels), and the parses and entities came
    out the same on the GWN, LGL and fa-kes corpora. With a BLAS of several threads, processes
    side by side would only compete for the cores: blis is kept."""
    from thinc.api import NumpyOps
    env = os.environ if env is None else env
    if env.get("OPENBLAS_NUM_THREADS") != "1":
        return nlp
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        wrapped = (getattr(component, inner, None) for inner in ("ner", "parser"))   # our stand-ins' models
        for model in (getattr(component, "model", None), *(getattr(w, "model", None) for w in wrapped)):
            if model is not None:
                for node in model.walk():
                    if type(node.ops) is NumpyOps:
                        node.ops = ops
    return nlp
