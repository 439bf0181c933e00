"""A light sentence classifier: multinomial logistic regression over lemma n-gram features.

Trained by `python -m sitrep.events.train` on the team's own labelled sentences
(data/event_examples*.jsonl, never on evaluation data) and stored as package data
(data/event_classifier.npz); scoring a sentence is a sum of a few weight rows.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np

from sitrep.events.lexicon import Lexicon

_SKIP_POS = {"PUNCT", "SPACE", "SYM", "X"}
_KEEP_STOP = {"not", "no", "never", "without", "against", "off", "out", "over", "down", "back", "up", "into"}


def _norm_lemma(t) -> str:
    if t.like_num:
        return "<num>"
    if t.ent_type_ in ("GPE", "LOC", "FAC"):
        return "<place>"
    if t.ent_type_ == "PERSON":
        return "<person>"
    if t.ent_type_ == "DATE":
        return "<date>"
    lem = t.lemma_.lower()
    return lem


def features(tokens, lexicon: Lexicon | None = None) -> list[str]:
    """Feature names for a sequence of spaCy tokens (a sentence or a snippet)."""
    feats: list[str] = []
    seq: list[str] = []
    for t in tokens:
        if t.pos_ in _SKIP_POS:
            continue
        lem = _norm_lemma(t)
        if t.is_stop and lem not in _KEEP_STOP:
            seq.append("_")
            continue
        seq.append(lem)
        feats.append("w:" + lem)
        if t.dep_ in ("ROOT",) and t.pos_ in ("VERB", "AUX", "NOUN"):
            feats.append("root:" + lem)
        if t.dep_ in ("dobj", "nsubjpass", "nsubj") and t.head.pos_ == "VERB":
            feats.append(f"dep:{t.head.lemma_.lower()}>{lem}")
        if lexicon is not None:
            for k in lexicon.kinds_for(lem) | lexicon.kinds_for(t.lower_):
                feats.append("t:" + k)
    for a, b in zip(seq, seq[1:]):
        if a != "_" and b != "_":
            feats.append(f"b:{a} {b}")
    for ent in {t.ent_type_ for t in tokens if t.ent_type_}:
        feats.append("e:" + ent)
    return feats


class SentenceClassifier:
    def __init__(self, vocab: dict[str, int], weights: np.ndarray, bias: np.ndarray, labels: list[str]):
        self.vocab, self.W, self.b, self.labels = vocab, weights, bias, labels
        self.index = {k: i for i, k in enumerate(labels)}

    @classmethod
    def load(cls, path: str | Path | None = None) -> "SentenceClassifier | None":
        if path is None:
            res = resources.files("sitrep.data").joinpath("event_classifier.npz")
            if not res.is_file():
                return None
            with resources.as_file(res) as p:
                return cls._read(p)
        return cls._read(Path(path))

    @classmethod
    def _read(cls, p: Path) -> "SentenceClassifier":
        z = np.load(p, allow_pickle=False)
        vocab = {str(w): i for i, w in enumerate(z["vocab"])}
        return cls(vocab, z["W"].astype(np.float32), z["b"].astype(np.float32), [str(x) for x in z["labels"]])

    def save(self, path: str | Path) -> None:
        words = sorted(self.vocab, key=self.vocab.get)
        np.savez_compressed(path, vocab=np.array(words), W=self.W.astype(np.float16),
                            b=self.b.astype(np.float32), labels=np.array(self.labels))

    def scores(self, feats: list[str]) -> np.ndarray:
        """Probabilities over labels (softmax of summed weight rows)."""
        idx = [self.vocab[f] for f in set(feats) if f in self.vocab]
        z = self.b + (self.W[idx].sum(axis=0) if idx else 0.0)
        z = z - z.max()
        e = np.exp(z)
        return e / e.sum()
