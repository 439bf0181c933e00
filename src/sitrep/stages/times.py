"""Times: time expressions normalised to TIMEX3 and day spans. (Deepened by the time issue.)

Reads: Document.text, Document.published, Document.entities. Writes: Document.timexes,
Document.published (inferred from the text when metadata gave none).
"""
from __future__ import annotations

from sitrep.model import Document


class Times:
    reads = ("Document.text", "Document.published", "Document.entities")
    writes = ("Document.timexes", "Document.published", "Document.published_inferred")

    def __call__(self, doc: Document) -> Document:
        doc.timexes = []
        return doc
