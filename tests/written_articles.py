"""Texts written for the tests, run through the whole pipeline as one article each (shared by the test modules
that read what the pipeline makes of a sentence or two)."""
from __future__ import annotations

from sitrep.events.modality import _modality
from sitrep.model import RawArticle


def process_text(pipeline, text: str, published: str):
    """The Document the pipeline makes of `text`, published on `published` (ISO day), offsets kept exact."""
    return pipeline.process(RawArticle(source="test", id="t", text=text, published=published, exact_text=True))


def runner(published: str):
    """process_text with a module's usual day of publication as its default: run(pipeline, text[, published])."""
    def run(pipeline, text: str, published: str = published):
        return process_text(pipeline, text, published)
    return run


def modality_of(pipeline, text: str, word: str):
    """The modality the sentence tells of the act named by `word` (drop: None)."""
    parsed = pipeline.language.nlp(text)
    tok = next(t for t in parsed if t.text == word)
    mod, drop = _modality(tok, tok.sent)
    return None if drop else mod
