"""What the stand-ins share: spaCy's component interface over a method that annotates a batch."""
from __future__ import annotations

# Tokens whose layer arrays stay in a core's cache together (a row of a few hundred numbers each):
# the tok2vec layers run over runs of this many tokens, not over a whole batch.
CACHE_CHUNK_TOKENS = 3_000


class BatchComponent:
    """A pipeline component whose work is `annotate(docs)` over several documents at once."""

    def annotate(self, docs) -> None:
        raise NotImplementedError

    def __call__(self, doc):
        self.annotate([doc])
        return doc

    def pipe(self, docs, batch_size: int = 32):
        batch = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self.annotate(batch)
                yield from batch
                batch = []
        if batch:
            self.annotate(batch)
            yield from batch


def token_chunks(docs, limit: int):
    """The documents in runs of at most `limit` tokens together (a longer document alone), in order:
    the arrays computed for a run grow with its tokens."""
    chunk, tokens = [], 0
    for doc in docs:
        if chunk and tokens + len(doc) > limit:
            yield chunk
            chunk, tokens = [], 0
        chunk.append(doc)
        tokens += len(doc)
    if chunk:
        yield chunk
