"""Places: toponyms recognised and resolved against the gazetteer. (Deepened by the places issue.)

Reads: Document.parsed, Document.entities. Writes: Document.places.
"""
from __future__ import annotations

from sitrep.model import Document, Place


class Places:
    reads = ("Document.parsed", "Document.entities")
    writes = ("Document.places",)

    def __init__(self, gazetteer=None):
        self.gazetteer = gazetteer

    def __call__(self, doc: Document) -> Document:
        doc.places = [Place(mention=e.text, start=e.start, end=e.end, name=e.text, kind="unknown")
                      for e in doc.entities if e.label in ("GPE", "LOC", "FAC")]
        return doc
