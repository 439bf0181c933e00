"""Dating: the publication date from the text, and the date of a clause (for events)."""
from __future__ import annotations

from datetime import date

def infer_published(text, parsed=None):
    return None

def date_for_span(doc, start, end):
    return None

def event_link(doc, start, end):
    return None
