"""The model's rule lemmatizer with every answer kept."""
from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language as _SpacyLanguage


class CachedLemmas:
    """The model's rule lemmatizer with every answer kept: a lemma depends only on the word, its
    part of speech and its morphology (spaCy's own cache key), so each such triple is asked of
    spaCy's lemmatizer once. spaCy keeps no answer for base forms (most nouns), and looks each
    candidate form up in a list of thousands of words; its lists are made sets here (the
    lemmatizer only tests membership and emptiness of them)."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        index = lemmatizer.lookups.get_table("lemma_index", {})
        for pos in list(index.keys()):
            if isinstance(index[pos], list):
                index[pos] = frozenset(index[pos])
        self._cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        n = len(doc)
        if not n:
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        overwrite = self.lemmatizer.overwrite
        cache, strings = self._cache, doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            found = cache.get((orth, pos, morph))
            if found is None:
                found = cache[orth, pos, morph] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs, batch_size: int = 32):
        for doc in docs:
            yield self(doc)


@_SpacyLanguage.factory("sitrep_lemmas")
def _make_lemmas(nlp, name):
    return CachedLemmas(nlp.get_pipe("lemmatizer"))


def cached_lemmas(nlp):
    """Put CachedLemmas in the lemmatizer's place (once), for a rule lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names or "sitrep_lemmas" in nlp.pipe_names \
            or getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return nlp
    nlp.add_pipe("sitrep_lemmas", before="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    return nlp
