"""Time expressions: TIMEX3 tagging and normalisation, publication dates, dating clauses.

- `tag(text, dct, parsed)`: every time expression, normalised (sitrep.timex.tagger).
- `infer_published(text, parsed)`: a publication date read from the text (sitrep.timex.dating).
- `date_for_span(doc, start, end)`: the date of the clause at [start, end) (sitrep.timex.dating).
"""
from sitrep.timex.dating import date_for_span, event_link, infer_published
from sitrep.timex.tagger import Found, tag

__all__ = ["Found", "tag", "infer_published", "date_for_span", "event_link"]
