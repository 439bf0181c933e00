"""The pipeline: builds the stages once from parts made at the edge, runs one document or many.

A bad article never stops the batch: it comes out as an InputError in its place.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from sitrep.errors import InputError
from sitrep.model import Document, RawArticle
from sitrep.settings import Settings
from sitrep.stages.clean import Cleaner
from sitrep.stages.events import Events
from sitrep.stages.language import Language
from sitrep.stages.places import Places
from sitrep.stages.times import Times

Stage = Callable[[Document], Document]


@dataclass
class Pipeline:
    cleaner: Cleaner
    language: Language
    stages: list[Stage]          # the stages after language, in order
    batch_size: int = 32

    @classmethod
    def from_parts(cls, settings: Settings, nlp, gazetteer=None, actors=None) -> "Pipeline":
        """Wire the stages around a loaded model, gazetteer and actor dictionary."""
        return cls(cleaner=Cleaner(settings.min_text_chars, settings.english_min_ratio),
                   language=Language(nlp, settings.batch_size),
                   stages=[Places(gazetteer), Times(), Events(actors)],
                   batch_size=settings.batch_size)

    def _finish(self, doc: Document) -> Document | InputError:
        for stage in self.stages:
            try:
                doc = stage(doc)
            except Exception as e:  # one article's failure must not stop the batch
                return InputError(doc.source, f"failed in {type(stage).__name__.lower()}: "
                                              f"{type(e).__name__}: {e}")
        doc.parsed = None  # the parse is large; nothing after the stages needs it
        return doc

    def run(self, items: Iterable[RawArticle | InputError]) -> Iterator[Document | InputError]:
        """Documents (or errors) in input order, processed in batches."""
        batch: list[RawArticle | InputError] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[RawArticle | InputError]) -> Iterator[Document | InputError]:
        cleaned: list[Document | InputError] = []
        for item in batch:
            if isinstance(item, InputError):
                cleaned.append(item)
                continue
            try:
                cleaned.append(self.cleaner(item))
            except InputError as e:
                cleaned.append(e)
            except Exception as e:  # trafilatura or lxml failing on a strange page
                cleaned.append(InputError(item.source, f"could not be cleaned ({type(e).__name__}: {e})"))
        docs = [d for d in cleaned if isinstance(d, Document) and d.language == "en"]
        parsed = iter(self.language.pipe(docs))
        for item in cleaned:
            if isinstance(item, InputError) or item.language != "en":
                yield item   # errors, and texts in other languages, which the English stages skip
            else:
                yield self._finish(next(parsed))

    def process(self, raw: RawArticle) -> Document:
        """One article; raises InputError when it cannot be read."""
        out = next(self._run_batch([raw]))
        if isinstance(out, InputError):
            raise out
        return out


def load_model(name: str):
    """The spaCy model, by its package name: nothing is downloaded."""
    import spacy
    return spacy.load(name)


def build_pipeline(settings: Settings) -> Pipeline:
    """Everything the pipeline needs, loaded once: called at the edge (CLI, API)."""
    return Pipeline.from_parts(settings, load_model(settings.model), gazetteer=open_gazetteer(),
                               actors=load_actors())


def open_gazetteer():
    return None


def load_actors():
    return None
