"""Faster stand-ins for the spaCy model's own components, each giving the same annotations.

The stand-ins run the model's own weights, rules and word lists; what differs is how they are
driven (caches, numpy decoding, the GIL held). Each replaces its component only when the model
is of the kind it reads, and each module's tests compare it with spaCy's component. The language
stage applies them all through `faster_components`.
"""
from __future__ import annotations

from sitrep.nlp.attributes import TokenAttributes, fast_token_attributes
from sitrep.nlp.blas import component_models, numpy_matrix_products
from sitrep.nlp.embed import CachedEmbedding, cached_embeddings
from sitrep.nlp.entities import GreedyEntities, fast_entities
from sitrep.nlp.layers import fast_layers
from sitrep.nlp.lemmas import CachedLemmas, cached_lemmas
from sitrep.nlp.parse import SteppedParse, stepped_parse
from sitrep.nlp.tok2vec import ChunkedTok2Vec, chunked_tok2vec

__all__ = ["CachedEmbedding", "CachedLemmas", "ChunkedTok2Vec", "GreedyEntities", "SteppedParse", "TokenAttributes",
           "faster_components"]


def faster_components(nlp):
    """The model with each component it has a stand-in for replaced (once), its maxout and
    layernorm layers predicting by fast_layers and its word embeddings kept (cached_embeddings);
    returns the model."""
    nlp = numpy_matrix_products(chunked_tok2vec(stepped_parse(fast_entities(cached_lemmas(fast_token_attributes(nlp))))))
    fast_layers(component_models(nlp))
    cached_embeddings(component_models(nlp))
    return nlp
