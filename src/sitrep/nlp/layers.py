"""The forward passes of thinc's maxout and layer normalisation, for prediction, with the same
numbers in fewer passes over memory."""
from __future__ import annotations

import numpy
from thinc.layers import layernorm as _thinc_layernorm
from thinc.layers import maxout as _thinc_maxout

_INTP = numpy.intp


def _maxout_forward(model, X, is_train: bool):
    """thinc's maxout (the same matrix product and bias, then the largest of each unit's pieces)
    without the index of the largest piece, which only training reads: the pieces are compared
    by numpy's maximum over strided views, a third of the time of thinc's loop. A maximum is
    exact, so the result is the same."""
    if is_train:
        return _thinc_maxout.forward(model, X, is_train)
    n_out, n_pieces, n_in = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    W = model.ops.reshape2f(model.get_param("W"), n_out * n_pieces, n_in)
    Y = model.ops.gemm(X, W, trans2=True)
    Y += model.ops.reshape1f(model.get_param("b"), n_out * n_pieces)
    Z = Y.reshape(Y.shape[0], n_out, n_pieces)
    best = numpy.maximum(Z[:, :, 0], Z[:, :, 1]) if n_pieces > 1 else Z[:, :, 0].copy()
    for piece in range(2, n_pieces):
        numpy.maximum(best, Z[:, :, piece], out=best)
    return best, _no_backprop


def _layernorm_forward(model, X, is_train: bool):
    """thinc's layer normalisation with the deviations from the mean computed once: thinc takes
    the mean, then the variance (which takes the sum and the deviations again), then the
    deviations a third time. Each step is the same numpy operation as numpy's var and thinc's
    forward make, in the same order, so the numbers are the same."""
    if is_train or X.ndim != 2 or X.dtype != numpy.float32 or not X.flags.c_contiguous:
        return _thinc_layernorm.forward(model, X, is_train)
    mean = X.mean(axis=1, keepdims=True)
    deviation = numpy.subtract(X, mean)
    variance = numpy.add.reduce(numpy.square(deviation), axis=1, keepdims=True)
    variance = numpy.true_divide(variance, _INTP(X.shape[1]), out=variance, casting="unsafe", subok=False)
    variance += 1e-08
    deviation *= variance ** (-1.0 / 2.0)
    deviation *= model.get_param("G")
    deviation += model.get_param("b")
    return deviation, _no_backprop


def _no_backprop(dY):
    raise NotImplementedError("sitrep's fast layers predict only")


_FORWARDS = {("maxout", _thinc_maxout.forward): _maxout_forward,
             ("layernorm", _thinc_layernorm.forward): _layernorm_forward}


def fast_layers(models) -> None:
    """Give every thinc maxout and layernorm node of these models the forward pass above (once;
    a node with another forward, or already changed, is left as it is)."""
    for model in models:
        for node in model.walk():
            faster = _FORWARDS.get((node.name, node._func))
            if faster is not None:
                node._func = faster
