"""Times: time expressions normalised to TIMEX3 and day spans.

Reads: Document.text, Document.parsed, Document.published. Writes: Document.timexes,
Document.published and published_inferred (read from the text when metadata gave none).
The work is done in sitrep.timex; see its modules for the rules and what they promise
(sitrep.timex.dating: what the events stage can rely on). The stage owns its tagger: built
once in the constructor from the lexicon (or given, e.g. by `Pipeline.from_parts`), never a
module global. `date_for_span` and `event_link` read only the document they are given (its
timexes and parse) and are re-exported here for the events stage.
"""
from __future__ import annotations

from sitrep.model import Document, Timex
from sitrep.timex import Tagger, date_for_span, event_link, infer_published

__all__ = ["Times", "date_for_span", "event_link"]


class Times:
    reads = ("Document.text", "Document.parsed", "Document.published")
    writes = ("Document.timexes", "Document.published", "Document.published_inferred")

    def __init__(self, tagger: Tagger | None = None):
        self.tagger = tagger if tagger is not None else Tagger()

    def __call__(self, doc: Document) -> Document:
        if doc.published is None:
            guessed = infer_published(self.tagger, doc.text, doc.parsed)
            if guessed is not None:
                doc.published, doc.published_inferred = guessed, True
        found = self.tagger.tag(doc.text, doc.published, doc.parsed)
        doc.timexes = []
        for f in found:
            days = f.days
            doc.timexes.append(Timex(text=doc.text[f.start:f.end], start=f.start, end=f.end, type=f.type,
                                     value=f.value, start_date=days[0] if days else None,
                                     end_date=days[1] if days else None, anchor=f.anchor,
                                     approximate=f.approximate or bool(f.mod)))
        return doc
