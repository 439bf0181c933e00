"""Events: who did what to whom, where, when, how many. (Deepened by the events issue.)

Reads: Document.parsed, places, timexes, entities. Writes: Document.events.
"""
from __future__ import annotations

from sitrep.model import Document


class Events:
    reads = ("Document.parsed", "Document.places", "Document.timexes", "Document.entities")
    writes = ("Document.events",)

    def __init__(self, actors=None):
        self.actors = actors

    def __call__(self, doc: Document) -> Document:
        doc.events = []
        return doc
