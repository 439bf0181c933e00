"""Time expressions: TIMEX3 tagging and normalisation, publication dates, dating clauses.

- `Tagger(lexicon)`: the rules, built once from the lexicon (`load_lexicon()`); its
  `tag(text, dct, parsed)` finds every time expression, normalised (sitrep.timex.tagger).
- `infer_published(tagger, text, parsed)`: a publication date read from the text (sitrep.timex.dating).
- `date_for_span(doc, start, end)`, `event_link(doc, start, end)`: the date of the clause at
  [start, end), and the clause it is linked to (sitrep.timex.dating); they read only the document.
"""
from sitrep.timex.dating import date_for_span, event_link, infer_published
from sitrep.timex.lexicon import Lexicon, load_lexicon
from sitrep.timex.tagger import Found, Tagger

__all__ = ["Found", "Lexicon", "Tagger", "load_lexicon", "infer_published", "date_for_span", "event_link"]
