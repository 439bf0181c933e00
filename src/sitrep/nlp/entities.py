"""The model's entity recogniser, decoded with numpy with the same entities."""
from __future__ import annotations

import numpy
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language as _SpacyLanguage
from spacy.tokens import Span

from sitrep.nlp._batches import CACHE_CHUNK_TOKENS, BatchComponent, token_chunks

_BEGIN, _IN, _LAST, _UNIT, _OUT = range(5)
_MOVE_KINDS = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT}
_ENTITY_CHUNK_TOKENS = 20_000     # tokens whose precomputed features are held at once


class GreedyEntities(BatchComponent):
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

    def annotate(self, docs) -> None:
        for chunk in token_chunks((d for d in docs if len(d)), _ENTITY_CHUNK_TOKENS):
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

        # the recogniser's own tok2vec over runs of tokens that stay in cache (the same vectors)
        vectors = numpy.concatenate([self.tok2vec.predict(run) for run in token_chunks(docs, CACHE_CHUNK_TOKENS)])
        features = self.lower.predict(vectors)   # (n + 1, 3, nO, nP); row 0 the padding
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
            scores = gemm(_largest_piece(unmaxed.reshape(k, n_out, n_pieces)), weights, trans2=True)
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


def _largest_piece(hidden):
    """The largest of each unit's pieces, (k, units, pieces) -> (k, units), C-ordered, as
    hidden.max(axis=2) gives it: numpy reduces an axis of two or three numbers a hundred times
    slower than it takes the maximum of two arrays (1.7 ms against 18 us for 1,000 rows of 64
    units), and the recogniser takes it at every step, a row per token. A maximum is exact:
    the same numbers."""
    n_pieces = hidden.shape[2]
    if n_pieces == 1:
        return numpy.ascontiguousarray(hidden[:, :, 0])
    best = numpy.maximum(hidden[:, :, 0], hidden[:, :, 1])
    for piece in range(2, n_pieces):
        numpy.maximum(best, hidden[:, :, piece], out=best)
    return best


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
