"""Language: sentences, tokens, parse and named entities, with canonical person names.

Reads: Document.text. Writes: Document.parsed (a spaCy Doc over the same characters),
Document.entities. Reports often print surnames in capitals ("Vincent BARKER"); the
model reads such names badly, so it is given a copy of the text with those surnames
in name case: the copy has the same length, so every offset holds for both. In that copy a
curly apostrophe inside a word ("Kata’ib", "Iraq’s") is a straight one, which the model
tokenises as it was trained to.

The parser may start a sentence only after sentence-final punctuation (. ! ? … ;, then
closing quotes or brackets), a colon, or a line break, and must after a blank line or
after a short line ending without punctuation (a headline) when the next starts with a
capital: the small model otherwise splits
at brackets, quotes and apostrophes ("the group Kata’ib | Hezbollah held a drill").
A run of more than 120 tokens without such a boundary is left to the parser.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language as _SpacyLanguage

from sitrep.model import Document, Entity

# An all-capitals word of 3+ letters right after a capitalised name word ("Vincent
# BARKER") or glued to an "al-" particle ("Al-ZURFI") is a shouted surname; acronyms
# stand alone, after lower-case words or in brackets, and are left as they are.
_CAPS = re.compile(r"\b(?:(?<=[Aa]l-)|(?<=[Ee]l-))?[A-Z][A-Z’']{2,}\b")
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][a-z’']+\.?|\b[Aa]l-|\b[Ee]l-)\s?$")
_FUNCTION_WORDS = {"the", "in", "on", "at", "a", "an", "and", "of", "for", "by", "from", "with", "to",
                   "as", "but", "or", "while", "when", "after", "before", "during", "since", "if"}
_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "van", "von", "der", "da", "du", "ad", "ar", "as", "ash"}
_ENTITY_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT", "DATE", "TIME", "CARDINAL",
                  "QUANTITY", "MONEY", "PERCENT", "ORDINAL", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}


_INWORD_APOSTROPHE = re.compile(r"(?<=\w)[’‘](?=\w)")


def model_text(text: str) -> str:
    """The text with shouted surnames in name case and in-word curly apostrophes straight;
    same length, same offsets."""
    def fix(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 30):m.start()]
        prev = _NAME_BEFORE.search(before)
        if prev and prev.group(0).strip().rstrip(".").lower() not in _FUNCTION_WORDS:
            return m.group(0)[0] + m.group(0)[1:].lower()
        return m.group(0)
    return _INWORD_APOSTROPHE.sub("'", _CAPS.sub(fix, text))


_FINAL = frozenset(".!?…;:")
_CLOSING = frozenset("\"”’')]»")
_MAX_RUN = 120


_LINE_CONTINUES = frozenset({"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and",
                             "or", "but", "as", "that", "which", "who", "its", "their", "his", "her", ",", "-"})


@_SpacyLanguage.component("sitrep_sentence_guard")
def sentence_guard(doc):
    """No sentence start except after final punctuation, a colon or a line break; always one
    after a blank line, and after a short line that ends without punctuation (a headline, a
    dateline) when the next line starts with a capital."""
    run = 0
    newlines = 0
    last = None              # the last token that is neither space nor a closing quote/bracket
    line_start = 0           # character offset where the current line starts
    prev_line = 0            # length of the line before the last line break
    for t in doc:
        if t.is_space:
            n = t.text.count("\n")
            if n:
                newlines += n
                prev_line = t.idx - line_start
                line_start = t.idx + len(t.text) - len(t.text.rsplit("\n", 1)[-1])
            continue
        if last is not None:
            if t.text in _CLOSING and not newlines and not doc[t.i - 1].whitespace_ and not doc[t.i - 1].is_space:
                t.is_sent_start = False    # a closing quote or bracket stays with its sentence
            elif newlines >= 2 or (newlines == 1 and prev_line < 160 and t.text[:1].isupper()
                                 and last.text[-1:] not in _FINAL and last.lower_ not in _LINE_CONTINUES):
                t.is_sent_start = True     # a new paragraph, or the line after a headline
                run = 0
            elif newlines or last.text[-1:] in _FINAL:
                run = 0
            else:
                run += 1
                if run < _MAX_RUN:
                    t.is_sent_start = False
        newlines = 0
        if t.text not in _CLOSING:
            last = t
    return doc


def guard_sentences(nlp):
    """Add the sentence guard before the parser (once); returns the model."""
    if "sitrep_sentence_guard" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("sitrep_sentence_guard", before="parser")
    return nlp


def canonical_name(name: str) -> str:
    """'Adnan Al-ZURFI' -> 'Adnan al-Zurfi'; 'Vincent BARKER' -> 'Vincent Barker'."""
    words = []
    for i, word in enumerate(re.split(r"(\s+)", name.strip())):
        if word.isspace():
            words.append(" ")
            continue
        parts = word.split("-")
        fixed = []
        for j, part in enumerate(parts):
            low = part.lower()
            if (i or j) and low in _PARTICLES and j < len(parts) - 1:
                fixed.append(low)
            elif part.isupper() and len(part) > 2:
                fixed.append(part[0] + part[1:].lower())
            else:
                fixed.append(part)
        words.append("-".join(fixed))
    return "".join(words)


class Language:
    """Runs the spaCy model, given already loaded (it is built once at the edge)."""

    reads = ("Document.text",)
    writes = ("Document.parsed", "Document.entities")

    def __init__(self, nlp, batch_size: int = 32):
        self.nlp = guard_sentences(nlp)
        self.batch_size = batch_size

    def _annotate(self, doc: Document, parsed) -> Document:
        doc.parsed = parsed
        doc.entities = []
        for ent in parsed.ents:
            if ent.label_ not in _ENTITY_LABELS:
                continue
            text = doc.text[ent.start_char:ent.end_char]
            canonical = canonical_name(ent.text) if ent.label_ == "PERSON" else None
            doc.entities.append(Entity(label=ent.label_, text=text, start=ent.start_char,
                                       end=ent.end_char, canonical=canonical))
        return doc

    def __call__(self, doc: Document) -> Document:
        return self._annotate(doc, self.nlp(model_text(doc.text)))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        docs = list(docs)
        for doc, parsed in zip(docs, self.nlp.pipe((model_text(d.text) for d in docs),
                                                   batch_size=self.batch_size)):
            yield self._annotate(doc, parsed)
