"""The model's word embeddings (the first part of each tok2vec layer), kept for each word seen."""
from __future__ import annotations

import numpy
from thinc.layers.chain import forward as _chain_forward

# Words whose embedding a cache keeps (a row of the layer's width each: 96 numbers, 384 bytes,
# so 26 MB at most for each of the model's two tok2vec layers in each process); a word met
# once the cache is full is embedded with its batch, as before, and not kept.
CACHE_WORDS = 1 << 16

# The fewest rows embedded at once. BLAS multiplies a matrix of a few rows by other kernels,
# whose sums may differ in the last bit from those of a large matrix: a few new words are
# embedded together with copies of one of them, so that every row comes out exactly as it
# does among the thousands of rows of a batch.
_MIN_ROWS = 64

_EMBED_LAYERS = ("extract_features", "list2ragged", "with_array", "with_array", "ragged2list")


class CachedEmbedding:
    """A tok2vec's embedding part (the token attributes' hash embeddings, concatenated, mixed by a
    maxout and normalised) with each token's row kept by its attributes. The row depends on the
    token's attributes alone (its norm, prefix, suffix, shape, ...: the layer's feature columns,
    the key here), while its neighbours only come in at the encoder after it; most tokens of a
    document ("the", "said", "forces") have been met before, and their rows are copied instead
    of computed again (four fifths of the tokens of a news article, once a worker has read
    a few dozen). The rows are the layer's own, computed by it: the result is the same arrays."""

    def __init__(self, embed, limit: int = CACHE_WORDS):
        extract, _, tables, mix, _ = embed.layers
        self.extract = extract              # docs -> per doc an array of the feature columns
        self.tables = tables.layers[0]      # feature columns -> concatenated hash embeddings
        self.mix = mix.layers[0]            # -> maxout, layernorm (dropout idle in prediction)
        self.limit = limit
        self.index: dict[bytes, int] = {}   # a token's feature columns (as bytes) -> its row
        self.rows: numpy.ndarray | None = None

    def forward(self, model, docs, is_train: bool):
        """The embedding layer's forward pass: in prediction, the rows from the cache."""
        if is_train:
            return _chain_forward(model, docs, is_train)
        features = self.extract.predict(docs)
        lengths = [len(f) for f in features]
        total = sum(lengths)
        if total < _MIN_ROWS:      # a batch of a few tokens: the layer's own pass, as before
            return _chain_forward(model, docs, is_train)
        columns = numpy.ascontiguousarray(numpy.concatenate(features), dtype=numpy.uint64)
        keys = columns.view(numpy.dtype((numpy.void, columns.shape[1] * 8))).ravel().tolist()
        index = self.index
        where = [index.get(key, -1) for key in keys]
        new: dict[bytes, int] = {}          # keys not in the cache -> first token with it
        for i, row in enumerate(where):
            if row < 0 and keys[i] not in new:
                new[keys[i]] = i
        if not new:
            out = self.rows[where]
        else:
            out = self._with_new_rows(columns, keys, where, new)
        return numpy.split(out, numpy.cumsum(lengths)[:-1]), _no_backprop

    def _with_new_rows(self, columns, keys, where, new: dict[bytes, int]) -> numpy.ndarray:
        """The batch's rows when some tokens' rows are not kept yet: those are computed together
        (at least _MIN_ROWS rows), and kept while the cache has room."""
        first = list(new.values())
        padded = first + [first[0]] * (_MIN_ROWS - len(first))
        computed = self.mix.predict(self.tables.predict(columns[padded]))[:len(first)]
        kept = min(len(first), self.limit - len(self.index))
        if kept > 0:
            start = len(self.index)
            self._reserve(start + kept, computed.shape[1], computed.dtype)
            self.rows[start:start + kept] = computed[:kept]
            for n, key in enumerate(list(new)[:kept]):
                self.index[key] = start + n
        if kept == len(first):
            return self.rows[[self.index[key] if row < 0 else row for key, row in zip(keys, where)]]
        # the cache is full: the rows not kept come from this batch's computation
        computed_at = {key: n for n, key in enumerate(new)}
        out = numpy.empty((len(keys), computed.shape[1]), dtype=computed.dtype)
        for i, (key, row) in enumerate(zip(keys, where)):
            out[i] = self.rows[row] if row >= 0 else computed[computed_at[key]]
        return out

    def _reserve(self, size: int, width: int, dtype) -> None:
        if self.rows is None:
            self.rows = numpy.empty((min(self.limit, max(size, 4096)), width), dtype=dtype)
        elif size > len(self.rows):
            grown = numpy.empty((min(self.limit, max(size, 2 * len(self.rows))), width), dtype=dtype)
            grown[:len(self.rows)] = self.rows
            self.rows = grown


def _no_backprop(dY):
    raise NotImplementedError("sitrep's cached embeddings predict only")


def _is_embedding(node) -> bool:
    """A tok2vec's embedding chain, as spaCy's MultiHashEmbed builds it."""
    return (node._func is _chain_forward and len(node.layers) == len(_EMBED_LAYERS)
            and all(layer.name.split("(")[0] == name for layer, name in zip(node.layers, _EMBED_LAYERS))
            and node.layers[2].layers[0].name.startswith("ints-getitem>>hashembed")
            and len(node.layers[3].layers) == 1)


def cached_embeddings(models, limit: int = CACHE_WORDS) -> None:
    """Give every tok2vec embedding chain of these models a CachedEmbedding's forward pass (once)."""
    for model in models:
        for node in model.walk():
            if _is_embedding(node):
                node._func = CachedEmbedding(node, limit).forward
