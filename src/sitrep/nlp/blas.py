"""The model's matrix products by numpy's BLAS where that is faster."""
from __future__ import annotations

import os

import numpy
from thinc.api import NumpyOps


class MatmulOps(NumpyOps):
    """thinc's numpy operations (blis off) with the matrix product by numpy.matmul where numpy.dot
    would be used: both hand the same arrays to the same BLAS sgemm, but dot first clears its
    output, which BLAS then clears again (a tenth of the matrix products' time). Products of a
    row or column (where numpy may call a vector routine of its own choosing instead) and arrays
    BLAS cannot read in place go to numpy.dot as before."""

    def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if (x.ndim == 2 and y.ndim == 2 and x.shape[0] > 1 and x.shape[1] > 1 and y.shape[1] > 1
                and x.dtype == y.dtype == numpy.float32 and _blas_readable(x) and _blas_readable(y)
                and (out is None or (out.dtype == numpy.float32 and out.flags.c_contiguous))):
            return numpy.matmul(x, y, out=out)
        if out is None:
            return numpy.dot(x, y)
        numpy.dot(x, y, out=out)
        return out


def _blas_readable(a) -> bool:
    return (a.flags.c_contiguous or a.flags.f_contiguous) and a.flags.aligned


def numpy_matrix_products(nlp, env=None):
    """The model's matrix products by numpy's BLAS instead of thinc's blis, when that BLAS runs
    on one thread (as `sitrep` sets it, one process per core): for these shapes it is about
    a third faster on this kind of machine (AVX-512 kernels), and the parses and entities came
    out the same on the GWN, LGL and fa-kes corpora. With a BLAS of several threads, processes
    side by side would only compete for the cores: blis is kept."""
    env = os.environ if env is None else env
    if env.get("OPENBLAS_NUM_THREADS") != "1":
        return nlp
    ops = MatmulOps(use_blis=False)
    for model in component_models(nlp):
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
    return nlp


def component_models(nlp) -> list:
    """The thinc models of the pipeline's components, and of the spaCy components our stand-ins wrap."""
    models = []
    for _, component in nlp.pipeline:
        wrapped = (getattr(component, inner, None) for inner in ("ner", "parser", "tok2vec"))   # our stand-ins' models
        for model in (getattr(component, "model", None), *(getattr(w, "model", None) for w in wrapped)):
            if model is not None:
                models.append(model)
    return models
