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

import os
import re
from collections.abc import Iterable, Iterator
from importlib import resources

import numpy
import spacy.util
from spacy.attrs import ENT_IOB, IS_SPACE, LEMMA, MORPH, ORTH, POS, SENT_START
from spacy.language import Language as _SpacyLanguage
from spacy.tokens import Span

from sitrep.model import Document, Entity

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
            elif newlines >= 2 or (newlines == 1 and prev_line < 160 and t.text[:1].isupper()
                                 and last.text[-1:] not in _FINAL and last.lower_ not in _LINE_CONTINUES):
                starts[t.i] = 1     # a new paragraph, or the line after a headline
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


# Token attributes an attribute rule may test, read from a token as the Matcher reads them;
# the cache key is the same attributes as integers, read for a whole doc at once (to_array).
_RULE_ATTRIBUTES = {"TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_,
                    "IS_SPACE": lambda t: t.is_space, "ORTH": lambda t: t.text, "TEXT": lambda t: t.text,
                    "NORM": lambda t: t.norm_, "POS": lambda t: t.pos_}
_KEY_ATTRIBUTES = {"TEXT": "ORTH"}   # the array attribute a tested one is keyed by, where they differ


def _condition(attribute: str, wanted):
    """A test of one token attribute, as the Matcher's pattern value means it."""
    read = _RULE_ATTRIBUTES[attribute]   # KeyError: a kind of rule this reading does not know
    if not isinstance(wanted, dict):
        return lambda t: read(t) == wanted
    if set(wanted) == {"IN"}:
        values = frozenset(wanted["IN"])
        return lambda t: read(t) in values
    if set(wanted) == {"NOT_IN"}:
        values = frozenset(wanted["NOT_IN"])
        return lambda t: read(t) not in values
    if set(wanted) == {"REGEX"}:
        pattern = re.compile(wanted["REGEX"])
        return lambda t: pattern.search(read(t)) is not None
    raise KeyError(f"predicate {sorted(wanted)}")


class TokenAttributes:
    """The model's attribute_ruler (POS and morphology from the tagger's fine tag, and the
    lemma and POS exceptions of particular words), applied with a cache instead of spaCy's
    Matcher, which cost about an eighth of the whole parse. The rules are the ruler's own,
    read from it at start-up, and the result is the same: every match is found on the
    unchanged tokens, then applied in rule order, later rules winning, as
    AttributeRuler.match and set_annotations do. Which one-token rules hold for a token, and
    which longer patterns may start at it, depends only on the attributes the rules test, so
    it is decided once per distinct combination of them."""

    def __init__(self, ruler):
        from spacy.tokens._retokenize import set_token_attrs
        self._set = set_token_attrs
        self.attrs = list(ruler.attrs)            # rule number -> {attribute id: value}
        self.indices = list(ruler.indices)        # rule number -> which token of the match is set
        self.single: list[tuple[int, list]] = []  # (rule number, [condition, ...]) for one-token patterns
        self.multi: list[tuple[int, list[list]]] = []   # (rule number, [[condition, ...] per token])
        self._patterns: list[dict] = []     # the pattern of each one-token rule, as self.single
        tested: set[str] = set()
        for number in range(len(self.attrs)):
            for pattern in ruler.matcher.get(str(number))[1]:
                if any("OP" in token for token in pattern):
                    raise KeyError("operator")
                tested.update(a for token in pattern for a in token)
                tokens = [[_condition(a, v) for a, v in token.items()] for token in pattern]
                if len(tokens) == 1:
                    self.single.append((number, tokens[0]))
                    self._patterns.append(pattern[0])
                else:
                    self.multi.append((number, tokens))
        self._key_attributes = sorted({_KEY_ATTRIBUTES.get(a, a) for a in tested})
        # key -> (one-token rules that hold, longer patterns whose first token holds)
        self._cache: dict[tuple, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        # The one-token patterns that may hold for a token: those that want its lower-case form,
        # those that want its tag, and the rest (tried on every new key).
        self._by_lower: dict[str, list[int]] = {}
        self._by_tag: dict[str, list[int]] = {}
        self._general: list[int] = []
        for k, (number, _) in enumerate(self.single):
            pattern = self._patterns[k]
            for attribute, index in (("LOWER", self._by_lower), ("TAG", self._by_tag)):
                wanted = pattern.get(attribute)
                values = [wanted] if isinstance(wanted, str) else \
                    wanted["IN"] if isinstance(wanted, dict) and set(wanted) == {"IN"} else None
                if values is not None:
                    for value in values:
                        index.setdefault(value, []).append(k)
                    break
            else:
                self._general.append(k)

    def _rules_at(self, key: tuple, token) -> tuple[tuple[int, ...], tuple[int, ...]]:
        found = self._cache.get(key)
        if found is None:
            candidates = sorted({*self._by_lower.get(token.lower_, ()), *self._by_tag.get(token.tag_, ()),
                                 *self._general})
            found = (tuple(self.single[k][0] for k in candidates if all(c(token) for c in self.single[k][1])),
                     tuple(k for k, (_, tokens) in enumerate(self.multi) if all(c(token) for c in tokens[0])))
            self._cache[key] = found
        return found

    def __call__(self, doc):
        matches = []     # (rule number, start, end), sorted as the ruler sorts them
        n = len(doc)
        if not n:
            return doc
        keys = map(tuple, doc.to_array(self._key_attributes).reshape(n, -1).tolist())
        for i, key in enumerate(keys):
            found = self._cache.get(key) or self._rules_at(key, doc[i])
            singles, starts = found
            for number in singles:
                matches.append((number, i, i + 1))
            for k in starts:
                number, tokens = self.multi[k]
                end = i + len(tokens)
                if end <= n and all(all(c(doc[i + j]) for c in tokens[j]) for j in range(1, len(tokens))):
                    matches.append((number, i, end))
        matches.sort()
        for number, start, end in matches:
            index = self.indices[number]
            self._set(doc[(start if index >= 0 else end) + index], self.attrs[number])
        return doc


@_SpacyLanguage.factory("sitrep_token_attributes")
def _make_token_attributes(nlp, name):
    return TokenAttributes(nlp.get_pipe("attribute_ruler"))


def fast_token_attributes(nlp):
    """Put TokenAttributes in the attribute_ruler's place (once); the model is returned as it
    was when the ruler holds a kind of rule TokenAttributes does not read."""
    if "attribute_ruler" not in nlp.pipe_names or "sitrep_token_attributes" in nlp.pipe_names:
        return nlp
    try:
        nlp.add_pipe("sitrep_token_attributes", before="attribute_ruler")
    except KeyError:
        return nlp
    nlp.remove_pipe("attribute_ruler")
    return nlp


class CachedLemmas:
    """The model's rule lemmatizer with every answer kept: a lemma depends only on the word, its
    part of speech and its morphology (spaCy's own cache key), so each such triple is asked of
    spaCy's lemmatizer once. spaCy keeps no answer for base forms (most nouns), and looks each
    candidate form up in a list of thousands of words; its lists are made sets here (the
    lemmatizer only tests membership and emptiness of them)."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        index = lemmatizer.lookups.get_table("lemma_index", {})
        for pos in list(index.keys()):
            if isinstance(index[pos], list):
                index[pos] = frozenset(index[pos])
        self._cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        n = len(doc)
        if not n:
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        overwrite = self.lemmatizer.overwrite
        cache, strings = self._cache, doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            found = cache.get((orth, pos, morph))
            if found is None:
                found = cache[orth, pos, morph] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs, batch_size: int = 32):
        for doc in docs:
            yield self(doc)


@_SpacyLanguage.factory("sitrep_lemmas")
def _make_lemmas(nlp, name):
    return CachedLemmas(nlp.get_pipe("lemmatizer"))


def cached_lemmas(nlp):
    """Put CachedLemmas in the lemmatizer's place (once), for a rule lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names or "sitrep_lemmas" in nlp.pipe_names \
            or getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return nlp
    nlp.add_pipe("sitrep_lemmas", before="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    return nlp


_PARSE_CHUNK_TOKENS = 20_000     # tokens parsed together (their precomputed features: 4 kB a token)


class SteppedParse:
    """The model's dependency parser, stepped from Python: spaCy's own step model (features,
    scores) and its own transitions (transition_states), over all documents of a chunk at once,
    so the parse is the one spaCy's greedy loop makes. That loop, as built in this spaCy, runs
    without the GIL and takes it back around each validity test (several a step, two steps a
    token); stepped here with the GIL held, each such take costs next to nothing. Documents
    are parsed in chunks of similar length (fewer steps wasted on finished documents)."""

    def __init__(self, parser):
        self.parser = parser
        self.usable = parser.cfg.get("beam_width", 1) == 1

    def __call__(self, doc):
        self.annotate([doc])
        return doc

    def pipe(self, docs, batch_size: int = 32):
        batch = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self.annotate(batch)
                yield from batch
                batch = []
        if batch:
            self.annotate(batch)
            yield from batch

    def annotate(self, docs) -> None:
        chunk, tokens = [], 0
        for doc in sorted(docs, key=len):
            if chunk and tokens + len(doc) > _PARSE_CHUNK_TOKENS:
                self._parse(chunk)
                chunk, tokens = [], 0
            chunk.append(doc)
            tokens += len(doc)
        if chunk:
            self._parse(chunk)

    def _parse(self, docs) -> None:
        parser = self.parser
        if not any(len(d) for d in docs):
            parser.set_annotations(docs, parser.moves.init_batch(docs))
            return
        parser._ensure_labels_are_added(docs)
        states = parser.moves.init_batch(docs)
        model = parser.model.predict(docs)
        todo = [s for s in states if not s.is_final()]
        while todo:
            todo = parser.transition_states(todo, model.predict(todo))
        model.clear_memory()
        parser.set_annotations(docs, states)


@_SpacyLanguage.factory("sitrep_parse")
def _make_parse(nlp, name):
    return SteppedParse(nlp.get_pipe("parser"))


def stepped_parse(nlp):
    """Put SteppedParse in the parser's place (once), for a greedy parser."""
    if "parser" not in nlp.pipe_names or "sitrep_parse" in nlp.pipe_names \
            or not SteppedParse(nlp.get_pipe("parser")).usable:
        return nlp
    nlp.add_pipe("sitrep_parse", before="parser")
    nlp.remove_pipe("parser")
    return nlp


_BEGIN, _IN, _LAST, _UNIT, _OUT = range(5)
_MOVE_KINDS = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT}
_ENTITY_CHUNK_TOKENS = 20_000     # tokens whose precomputed features are held at once


class GreedyEntities:
    """The model's own entity recogniser (its weights, features and BILUO moves), decoded with
    numpy instead of spaCy's greedy loop, with the same result. spaCy's loop, as built in this
    spaCy, takes and drops the GIL around every validity test of every move at every token
    (74 moves a token): about two thirds of the recogniser's time went to that, not to the model.

    The decoding is the model's: each token's scores are the upper layer over the maxout of the
    lower layer's precomputed features of three tokens (the next word, the open entity's first
    word and the word before the next one), summed in spaCy's order; the move taken is the best
    scoring valid one, by spaCy's rules of validity. An entity never crosses a sentence start
    (no entity is open at one), so every sentence is decoded on its own, and all sentences of
    a batch advance one token per step together. Documents with entities already set, or a
    model of another shape, go to spaCy's own recogniser."""

    def __init__(self, ner):
        self.ner = ner
        model = ner.model
        self.tok2vec = model.get_ref("tok2vec")
        self.lower = model.get_ref("lower")
        self.upper = model.get_ref("upper")
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self.labels = sorted({n[2:] for n in names if n[1:2] == "-" and n[2:]})
        index = {label: i for i, label in enumerate(self.labels)}
        kind = numpy.full(len(names), -1, dtype=numpy.int64)   # -1: never valid with no entity preset ("U-")
        label = numpy.full(len(names), -1, dtype=numpy.int64)
        for i, name in enumerate(names):
            if name == "O":
                kind[i] = _OUT
            elif name[:1] in _MOVE_KINDS and name[1:2] == "-" and name[2:]:
                kind[i], label[i] = _MOVE_KINDS[name[:1]], index[name[2:]]
        self.kind, self.label = kind, label
        # Which moves are valid, by situation (0: no entity open, 1 + l: an entity of label l
        # open) and flags (4: the document's last token, 2: the next token starts a sentence,
        # 1: the token is white space). With no entity preset, spaCy's rules come to this.
        table = numpy.zeros(((len(self.labels) + 1) * 8, len(names)), dtype=bool)
        for situation in range(len(self.labels) + 1):
            is_open, same = situation > 0, label == situation - 1
            for flags in range(8):
                last, next_starts, space = bool(flags & 4), bool(flags & 2), bool(flags & 1)
                row = table[situation * 8 + flags]
                row[kind == _BEGIN] = not (is_open or last or next_starts or space)
                row[kind == _IN] = same[kind == _IN] & (is_open and not last and not next_starts)
                row[kind == _LAST] = same[kind == _LAST] & is_open
                row[kind == _UNIT] = not (is_open or space)
                row[kind == _OUT] = not is_open
        self.valid = table
        lower = self.lower
        self.usable = (ner.cfg.get("beam_width", 1) == 1 and model.attrs.get("has_upper", False)
                       and not model.attrs.get("unseen_classes") and lower.get_dim("nF") == 3
                       and all(k >= 0 or name in ("U-", "M") for k, name in zip(kind, names)))

    def __call__(self, doc):
        self.annotate([doc])
        return doc

    def pipe(self, docs, batch_size: int = 32):
        batch = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self.annotate(batch)
                yield from batch
                batch = []
        if batch:
            self.annotate(batch)
            yield from batch

    def annotate(self, docs) -> None:
        chunk, tokens = [], 0
        for doc in docs:
            if not len(doc):
                continue
            if chunk and tokens + len(doc) > _ENTITY_CHUNK_TOKENS:
                self._annotate(chunk)
                chunk, tokens = [], 0
            chunk.append(doc)
            tokens += len(doc)
        if chunk:
            self._annotate(chunk)

    def _annotate(self, docs) -> None:
        columns = numpy.concatenate([d.to_array([SENT_START, IS_SPACE, ENT_IOB]) for d in docs]).astype(numpy.int64)
        if not self.usable or columns[:, 2].any():
            self.ner.set_annotations(docs, self.ner.predict(docs))
            return
        n = len(columns)
        offsets = numpy.cumsum([0] + [len(d) for d in docs])
        starts_sentence = columns[:, 0] == 1
        last = numpy.zeros(n, dtype=bool)
        last[offsets[1:] - 1] = True
        next_starts = numpy.zeros(n, dtype=bool)
        next_starts[:-1] = starts_sentence[1:] & ~last[:-1]
        flags = last * 4 + next_starts * 2 + (columns[:, 1] != 0)
        first = starts_sentence.copy()
        first[offsets[:-1]] = True
        # sentences, longest first: those still running at step t are the first active[t]
        seg_start = numpy.flatnonzero(first)
        seg_len = numpy.diff(numpy.append(seg_start, n))
        order = numpy.argsort(-seg_len, kind="stable")
        seg_start, seg_len = seg_start[order], seg_len[order]
        steps = int(seg_len[0])
        active = len(seg_len) - numpy.searchsorted(seg_len[::-1], numpy.arange(steps), side="right")

        features = self.lower.predict(self.tok2vec.predict(docs))   # (n + 1, 3, nO, nP); row 0 the padding
        n_out, n_pieces = features.shape[2], features.shape[3]
        features = features.reshape(n + 1, 3, n_out * n_pieces)
        bias = self.lower.get_param("b").reshape(n_out * n_pieces)
        weights, upper_bias = self.upper.get_param("W"), self.upper.get_param("b")
        gemm = self.upper.ops.gemm     # spaCy's own matrix product (blis), for the same sums
        is_open = numpy.zeros(len(seg_start), dtype=bool)
        ent_start = numpy.zeros(len(seg_start), dtype=numpy.int64)
        ent_label = numpy.zeros(len(seg_start), dtype=numpy.int64)
        found = []
        for t in range(steps):
            k = int(active[t])
            pos = seg_start[:k] + t
            opened = is_open[:k]
            unmaxed = features[pos + 1, 0]
            unmaxed += features[numpy.where(opened, ent_start[:k] + 1, 0), 1]
            unmaxed += features[numpy.where(opened, pos, 0), 2]
            unmaxed += bias
            scores = gemm(unmaxed.reshape(k, n_out, n_pieces).max(axis=2), weights, trans2=True)
            scores += upper_bias
            situation = numpy.where(opened, ent_label[:k] + 1, 0)
            scores[~self.valid[situation * 8 + flags[pos]]] = -numpy.inf
            move = scores.argmax(axis=1)
            kind, label = self.kind[move], self.label[move]
            begins = numpy.flatnonzero(kind == _BEGIN)
            if len(begins):
                is_open[begins] = True
                ent_start[begins] = pos[begins]
                ent_label[begins] = label[begins]
            units = numpy.flatnonzero(kind == _UNIT)
            if len(units):
                found.append((pos[units], pos[units] + 1, label[units]))
            ends = numpy.flatnonzero(kind == _LAST)
            if len(ends):
                found.append((ent_start[ends], pos[ends] + 1, ent_label[ends]))
                is_open[ends] = False
        per_doc: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        if found:
            starts = numpy.concatenate([f[0] for f in found])
            ends = numpy.concatenate([f[1] for f in found])
            labels = numpy.concatenate([f[2] for f in found])
            which = numpy.searchsorted(offsets, starts, side="right") - 1
            for d, s, e, lab in zip(which.tolist(), starts.tolist(), ends.tolist(), labels.tolist()):
                per_doc[d].append((s - int(offsets[d]), e - int(offsets[d]), lab))
        for doc, ents in zip(docs, per_doc):
            ents.sort()
            doc.set_ents([Span(doc, s, e, label=self.labels[lab]) for s, e, lab in ents], default="outside")


@_SpacyLanguage.factory("sitrep_entities")
def _make_entities(nlp, name):
    return GreedyEntities(nlp.get_pipe("ner"))


def fast_entities(nlp):
    """Put GreedyEntities in the ner's place (once); the model is returned as it was when its
    recogniser is not of the kind GreedyEntities decodes."""
    if "ner" not in nlp.pipe_names or "sitrep_entities" in nlp.pipe_names:
        return nlp
    if not GreedyEntities(nlp.get_pipe("ner")).usable:
        return nlp
    nlp.add_pipe("sitrep_entities", before="ner")
    nlp.remove_pipe("ner")
    return nlp


def numpy_matrix_products(nlp, env=None):
    """The model's matrix products by numpy's BLAS instead of thinc's blis, when that BLAS runs
    on one thread (as `sitrep` sets it, one process per core): for these shapes it is about
    a third faster on this kind of machine (AVX-512 kernels), and the parses and entities came
    out the same on the GWN, LGL and fa-kes corpora. With a BLAS of several threads, processes
    side by side would only compete for the cores: blis is kept."""
    from thinc.api import NumpyOps
    env = os.environ if env is None else env
    if env.get("OPENBLAS_NUM_THREADS") != "1":
        return nlp
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        wrapped = (getattr(component, inner, None) for inner in ("ner", "parser"))   # our stand-ins' models
        for model in (getattr(component, "model", None), *(getattr(w, "model", None) for w in wrapped)):
            if model is not None:
                for node in model.walk():
                    if type(node.ops) is NumpyOps:
                        node.ops = ops
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
        self.nlp = numpy_matrix_products(stepped_parse(fast_entities(cached_lemmas(fast_token_attributes(
            guard_sentences(nlp))))))
        self.batch_size = batch_size
        self.titles = load_titles()

    def _annotate(self, doc: Document, parsed, shouted: list[tuple[int, int]]) -> Document:
        doc.parsed = parsed
        doc.entities = []
        _repair_persons(parsed, shouted, self.titles)
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


def load_titles() -> frozenset[tuple[str, ...]]:
    """Titles and ranks (package data) as tuples of lower-case words."""
    lines = resources.files("sitrep.data").joinpath("titles.txt").read_text("utf-8").splitlines()
    return frozenset(tuple(ln.split()) for ln in lines if ln.strip() and not ln.startswith("#"))


def _is_name_token(t) -> bool:
    """A capitalised word, a name particle (al, bin, Abu), or the hyphen inside "Abd-Rabbu"."""
    if t.text == "-" and t.i and not t.doc[t.i - 1].whitespace_ and not t.whitespace_:
        return True
    return (t.text[:1].isupper() and (t.is_alpha or "-" in t.text or "'" in t.text)) or t.lower_ in _PARTICLES


def _title_tokens(parsed, titles) -> list[bool]:
    """Which tokens belong to a capitalised title or rank ("Lieutenant General", "Lt. Gen.")."""
    flags = [False] * len(parsed)
    first_words = {title[0] for title in titles}
    n_tokens = len(parsed)
    i = 0
    while i < n_tokens:
        token = parsed[i]
        # most tokens start no title: one look at the first word rules them out
        if not token.text[:1].isupper() or token.lower_ not in first_words:
            i += 1
            continue
        for n in (3, 2, 1):
            if i + n <= n_tokens and tuple(parsed[k].lower_ for k in range(i, i + n)) in titles:
                for k in range(i, i + n):
                    flags[k] = True
                i += n
                break
        else:
            i += 1
    return flags


def _repair_persons(parsed, shouted: list[tuple[int, int]], titles) -> None:
    """Fix the small model's person spans where the text itself says it is a name:
    a surname printed in capitals, or capitalised words right after a title or rank.
    The name runs over capitalised words, particles and in-word hyphens, never over a
    title; a possessive "'s" is no part of it."""
    title = _title_tokens(parsed, titles)
    seeds = []
    for start, end in shouted:
        span = parsed.char_span(start, end, alignment_mode="expand")
        if span is not None:
            seeds.append(span.start)
    seeds += [i for i in range(1, len(parsed)) if title[i - 1] and not title[i] and _is_name_token(parsed[i])
              and parsed[i].text[:1].isupper()]
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
