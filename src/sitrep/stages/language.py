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

The model's components run through faster stand-ins with the same output (sitrep.nlp).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib import resources

import numpy
import spacy.util
from spacy.attrs import LOWER, SENT_START, TAG
from spacy.language import Language as _SpacyLanguage
from spacy.strings import get_string_id
from spacy.tokens import Span

from sitrep.model import Document, Entity
from sitrep.nlp import faster_components

# An all-capitals word of 3+ letters right after a capitalised name word ("Vincent
# BARKER") or glued to an "al-" particle ("Al-ZURFI") is a shouted surname; acronyms
# stand alone, after lower-case words or in brackets, and are left as they are.
_CAPS = re.compile(r"\b(?:(?:AL|EL|BIN|IBN|ABU)-)?[A-Z][A-Z’']{2,}\b")
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][a-z’']+\.?|\b[Aa]l-|\b[Ee]l-)\s?$")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\(|—|–|--|-[ \t]|\n|$|,[ \t]*[A-Z][a-z]+\.?[ \t]+\d)")
_FUNCTION_WORDS = {"the", "in", "on", "at", "a", "an", "and", "of", "for", "by", "from", "with", "to",
                   "as", "but", "or", "while", "when", "after", "before", "during", "since", "if"}
_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "van", "von", "der", "da", "du", "ad", "ar", "as", "ash"}
_ENTITY_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT", "DATE", "TIME", "CARDINAL",
                  "QUANTITY", "MONEY", "PERCENT", "ORDINAL", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}


_INWORD_APOSTROPHE = re.compile(r"(?<=\w)[’‘](?=\w)")


def _name_case(word: str) -> str:
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


def shouted_names(text: str) -> list[tuple[int, int]]:
    """Spans of the surnames a text prints in capitals after a name word ("Vincent BARKER")."""
    spans = []
    for m in _CAPS.finditer(text):
        word = m.group(0)
        glued = "-" in word or text[max(0, m.start() - 3):m.start()].lower() in ("al-", "el-")
        if len(word) < 4 and not glued:
            continue   # "KLM", "GOP": three capitals are an acronym far more often than a surname
        if _DATELINE_AFTER.match(text, m.end()):
            continue   # "Associated Press WASHINGTON (AP) —": a dateline's city
        prev = _NAME_BEFORE.search(text[max(0, m.start() - 30):m.start()])
        if prev and prev.group(0).strip().rstrip(".").lower() not in _FUNCTION_WORDS:
            spans.append((m.start(), m.end()))
    return spans


def model_text(text: str, shouted: list[tuple[int, int]] | None = None) -> str:
    """The text with shouted surnames in name case and in-word curly apostrophes straight;
    same length, same offsets."""
    shouted = shouted_names(text) if shouted is None else shouted
    if shouted:
        parts, pos = [], 0
        for start, end in shouted:
            parts += [text[pos:start], _name_case(text[start:end])]
            pos = end
        text = "".join(parts) + text[pos:]
    return _INWORD_APOSTROPHE.sub("'", text)


_FINAL = frozenset(".!?…;:")
_CLOSING = frozenset("\"”’')]»")
_MAX_RUN = 120


_LINE_CONTINUES = frozenset({"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and",
                             "or", "but", "as", "that", "which", "who", "its", "their", "his", "her", ",", "-"})


@_SpacyLanguage.component("sitrep_sentence_guard")
def sentence_guard(doc):
    """No sentence start except after final punctuation, a colon or a line break; always one
    after a blank line, and after a short line that ends without punctuation (a headline, a
    dateline) when the next line starts with a capital. The decisions are written at the end
    in one array: spaCy's is_sent_start setter scans the whole document each time it is set,
    which made this quadratic in the document's length."""
    starts = doc.to_array([SENT_START]).astype(numpy.int64)   # 1 start, -1 not, 0 left to the parser
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
                starts[t.i] = -1    # a closing quote or bracket stays with its sentence
            elif newlines >= 2 or (newlines == 1 and (prev_line < 160 and (t.text[:1].isupper() or _list_item(t))
                                                      or prev_line <= 40 and t.text[:1] in '0123456789"“‘\'')
                                 and last.text[-1:] not in _FINAL and last.lower_ not in _LINE_CONTINUES):
                # a new paragraph, or the line after a headline or a heading ("What to watch\n- NATO will ...")
                starts[t.i] = 1
                run = 0
            elif newlines and last.text[-1:] in _FINAL and _list_item(t):
                starts[t.i] = 1     # "- 8 October: a group was ordered east.\n- 14 October: ...": one item each
                run = 0
            elif not newlines and _abbreviation_continues(last, t):
                starts[t.i] = -1    # "Lt. Gen. Smith", "5 a.m. Moscow time"
                run += 1
            elif newlines or last.text[-1:] in _FINAL:
                run = 0
            else:
                run += 1
                if run < _MAX_RUN:
                    starts[t.i] = -1
        newlines = 0
        if t.text not in _CLOSING:
            last = t
    doc.from_array([SENT_START], starts.astype(numpy.uint64))
    return doc


_TITLE_ABBREVIATIONS = frozenset("gen. lt. col. maj. capt. sgt. brig. adm. cmdr. gov. sen. rep. mr. mrs. ms. dr. "
                                 "st. no. vs. gen lt col maj brig".split())
_TIME_ABBREVIATIONS = frozenset({"a.m.", "p.m."})
_ZONES = frozenset("gmt utc bst cet cest est edt pst pdt ast msk local".split())


_BULLETS = frozenset("-–—•*·▪►")


def _list_item(t) -> bool:
    """The token opens an item of a list: a bullet ("- ", "• ") or an item's number ("1.", "2)")
    followed by a space."""
    if t.text in _BULLETS:
        return bool(t.whitespace_)
    if t.text[:-1].isdigit() and t.text[-1:] in ".)" and len(t.text) <= 3:
        return bool(t.whitespace_)
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.text.isdigit() and len(t.text) <= 2 and nxt is not None and nxt.text in (".", ")") and \
        bool(nxt.whitespace_)


def _abbreviation_continues(last, t) -> bool:
    """A title abbreviation never ends a sentence; a clock time does not when a time zone follows."""
    low = last.lower_
    if low in _TITLE_ABBREVIATIONS:
        return True
    if low in _TIME_ABBREVIATIONS:
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        return t.lower_ in _ZONES or t.text[:1].islower() or (nxt is not None and nxt.lower_ == "time")
    return False


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
        self.nlp = faster_components(guard_sentences(nlp))
        self.batch_size = batch_size
        self.titles = load_titles()
        self.title_starts = title_first_words(self.titles)
        self.pasts = PrefixedPasts.from_model(self.nlp)

    def _annotate(self, doc: Document, parsed, shouted: list[tuple[int, int]]) -> Document:
        doc.parsed = parsed
        doc.entities = []
        self.pasts.retag(parsed)
        _repair_persons(parsed, shouted, self.titles, self.title_starts)
        for ent in parsed.ents:
            if ent.label_ not in _ENTITY_LABELS:
                continue
            text = doc.text[ent.start_char:ent.end_char]
            canonical = canonical_name(ent.text) if ent.label_ == "PERSON" else None
            doc.entities.append(Entity(label=ent.label_, text=text, start=ent.start_char,
                                       end=ent.end_char, canonical=canonical))
        return doc

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        docs = list(docs)
        shouted = [shouted_names(d.text) for d in docs]
        texts = (model_text(d.text, s) for d, s in zip(docs, shouted))
        for doc, parsed, s in zip(docs, self.nlp.pipe(texts, batch_size=self.batch_size), shouted):
            yield self._annotate(doc, parsed, s)


_PREFIXES = ("under", "over", "with", "fore", "out", "mis", "re", "up", "be", "un", "")
_MODALS = frozenset("will would shall should can could may might must".split())
_PAST_MORPH = "Tense=Past|VerbForm=Fin"
_PARTICIPLE_MORPH = "Aspect=Perf|Tense=Past|VerbForm=Part"


def lemma_index_words(nlp, pos: str) -> frozenset[str]:
    """The base forms of one part of speech ("verb", "noun") the model's rule lemmatizer lists
    (its lemma index); empty for a model without one."""
    for name in ("sitrep_lemmas", "lemmatizer"):
        if name in nlp.pipe_names:
            pipe = nlp.get_pipe(name)
            lookups = getattr(getattr(pipe, "lemmatizer", pipe), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                return frozenset(lookups.get_table("lemma_index").get(pos, ()))
            break
    return frozenset()


class PrefixedPasts:
    """The small model tags some irregular pasts with a prefix ("retook", "outfought") as a
    present (VBP, VB) with the word as its lemma, so "retook Saraqeb on Monday" reads as a
    Monday to come. A word tagged so that is a known prefix ("re", "over", "with", ...) or none
    before an irregular past (package data irregular_pasts.txt), and that the model's lemmatizer
    does not know as a base verb ("relay", "rebound"), becomes a past: VBD, or VBN after a form
    of 'have' or 'be' when its past is also its participle, with the matching morphology and
    the prefixed base as lemma ("retake"). Where only an infinitive or a base may stand (after
    'to', a modal, 'do'), it is left as it is."""

    def __init__(self, pasts: dict[str, tuple[str, bool]], base_verbs: frozenset[str]):
        self.pasts = pasts              # past -> (base, past is also the participle)
        self.base_verbs = base_verbs

    @classmethod
    def from_model(cls, nlp) -> "PrefixedPasts":
        pasts = {}
        text = resources.files("sitrep.data").joinpath("irregular_pasts.txt").read_text("utf-8")
        for line in text.splitlines():
            parts = line.split()
            if len(parts) == 3 and not line.startswith("#"):
                base, past, participle = parts
                pasts[past] = (base, past == participle)
        return cls(pasts, lemma_index_words(nlp, "verb"))

    def analyse(self, word: str) -> tuple[str, bool] | None:
        """'retook' -> ('retake', False); 'rebuilt' -> ('rebuild', True); None for no such past."""
        word = word.lower()
        if not word.isalpha() or word in self.base_verbs:
            return None
        for prefix in _PREFIXES:
            if word.startswith(prefix) and word[len(prefix):] in self.pasts:
                base, participle = self.pasts[word[len(prefix):]]
                return prefix + base, participle
        return None

    def _governing(self, token):
        """The auxiliary or 'to' right before the verb, over adverbs and negation, or None."""
        i = token.i - 1
        while i >= 0 and (token.doc[i].tag_ in ("RB", "RBR", "RBS") or token.doc[i].lower_ in ("not", "n't")):
            i -= 1
        return token.doc[i] if i >= 0 else None

    def retag(self, doc) -> None:
        # Only the tokens tagged VBP or VB are looked at, found in the tag column at once (a
        # Token made for each of the ~500 words of an article cost more than the rest); a token
        # retagged here changes only its own tag, so the tokens so found are the ones a walk
        # over the document would meet.
        if not len(doc):
            return
        tags = doc.to_array(TAG)
        vbp, vb = get_string_id("VBP"), get_string_id("VB")
        for i in numpy.flatnonzero((tags == vbp) | (tags == vb)).tolist():
            token = doc[i]
            found = self.analyse(token.text)
            if found is None:
                continue
            base, participle = found
            before = self._governing(token)
            low = before.lower_ if before is not None else ""
            lemma = before.lemma_.lower() if before is not None else ""
            if low == "to" or (before is not None and before.tag_ == "MD") or low in _MODALS or lemma == "do":
                continue                  # "to retake", "could overrun", "did withdraw": a base
            if lemma in ("have", "be"):
                if not participle:
                    continue              # "have retook": leave the model's reading
                token.tag_, morph = "VBN", _PARTICIPLE_MORPH
            else:
                token.tag_, morph = "VBD", _PAST_MORPH
            token.pos_ = "VERB"
            token.set_morph(morph)
            token.lemma_ = base


def load_titles() -> frozenset[tuple[str, ...]]:
    """Titles and ranks (package data) as tuples of lower-case words."""
    lines = resources.files("sitrep.data").joinpath("titles.txt").read_text("utf-8").splitlines()
    return frozenset(tuple(ln.split()) for ln in lines if ln.strip() and not ln.startswith("#"))


def _is_name_token(t) -> bool:
    """A capitalised word, a name particle (al, bin, Abu), or the hyphen inside "Abd-Rabbu"."""
    if t.text == "-" and t.i and not t.doc[t.i - 1].whitespace_ and not t.whitespace_:
        return True
    return (t.text[:1].isupper() and (t.is_alpha or "-" in t.text or "'" in t.text)) or t.lower_ in _PARTICLES


def title_first_words(titles) -> numpy.ndarray:
    """The string ids of the titles' first words ("lieutenant", "lt."), sorted, as the lower-case
    column of a parse holds them."""
    return numpy.array(sorted({get_string_id(title[0]) for title in titles}), dtype=numpy.uint64)


def _title_tokens(parsed, titles, first_words: numpy.ndarray | None = None) -> list[bool]:
    """Which tokens belong to a capitalised title or rank ("Lieutenant General", "Lt. Gen.").
    `first_words` (title_first_words of the titles) may be given, made once."""
    flags = [False] * len(parsed)
    n_tokens = len(parsed)
    if not n_tokens:
        return flags
    if first_words is None:
        first_words = title_first_words(titles)
    # Most tokens start no title: the lower-case column rules them out at once, and only the
    # few whose word starts a title are looked at ("Gen." in "Lt. Gen. Smith"), in order; a
    # title found covers its words, where no other title starts.
    if not len(first_words):
        return flags
    lowers = parsed.to_array(LOWER)
    covered = 0              # the tokens before this one belong to a title found
    for i in numpy.flatnonzero(_among_sorted(lowers, first_words)).tolist():
        if i < covered or not parsed[i].text[:1].isupper():
            continue
        for n in (3, 2, 1):
            if i + n <= n_tokens and tuple(parsed[k].lower_ for k in range(i, i + n)) in titles:
                for k in range(i, i + n):
                    flags[k] = True
                covered = i + n
                break
    return flags


def _among_sorted(values: numpy.ndarray, sorted_ids: numpy.ndarray) -> numpy.ndarray:
    """Which values are among the (sorted, non-empty) ids, as numpy.isin answers: found by binary
    search, a quarter of isin's time (which sorts both again), and without the import of
    numpy.ma that isin makes on its first call in each worker (6 ms)."""
    at = numpy.searchsorted(sorted_ids, values)
    at[at == len(sorted_ids)] = 0
    return sorted_ids[at] == values


def _repair_persons(parsed, shouted: list[tuple[int, int]], titles, title_starts=None) -> None:
    """Fix the small model's person spans where the text itself says it is a name:
    a surname printed in capitals, or capitalised words right after a title or rank.
    The name runs over capitalised words, particles and in-word hyphens, never over a
    title; a possessive "'s" is no part of it."""
    title = _title_tokens(parsed, titles, title_starts)
    seeds = []
    for start, end in shouted:
        span = parsed.char_span(start, end, alignment_mode="expand")
        if span is not None:
            seeds.append(span.start)
    # the words right after a title (few: looked at from the titles' last words)
    seeds += [i for i in (k + 1 for k, is_title in enumerate(title) if is_title)
              if i < len(parsed) and not title[i] and _is_name_token(parsed[i]) and parsed[i].text[:1].isupper()]
    if not seeds:
        return
    fixed = []
    for seed in seeds:
        start = end = seed
        while start > 0 and _is_name_token(parsed[start - 1]) and not title[start - 1] \
                and not parsed[start].is_sent_start:
            start -= 1
        while end < len(parsed) and _is_name_token(parsed[end]) and not title[end] \
                and (end == seed or not parsed[end].is_sent_start):
            end += 1
        while end > start and (parsed[end - 1].text == "-" or parsed[end - 1].lower_ in _PARTICLES):
            end -= 1
        while start < end and (parsed[start].text == "-" or (parsed[start].lower_ in _PARTICLES
                                                              and parsed[start].text[:1].islower())):
            start += 1
        if end > start:
            fixed.append(Span(parsed, start, end, label="PERSON"))
    fixed = spacy.util.filter_spans(fixed)
    ents = [e for e in parsed.ents if not any(e.start < f.end and f.start < e.end for f in fixed)]
    keep = fixed
    parsed.ents = sorted(ents + keep, key=lambda e: e.start)
