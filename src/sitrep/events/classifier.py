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
    return _normalised(t, t.ent_type_, t.lemma_.lower())


def _normalised(t, ent: str, lemma: str) -> str:
    """_norm_lemma from the token's entity type and lower-case lemma, read once by the caller (each
    read of a Token's string attribute looks it up anew)."""
    if t.like_num:
        return "<num>"
    if ent in ("GPE", "LOC", "FAC"):
        return "<place>"
    if ent == "PERSON":
        return "<person>"
    if ent == "DATE":
        return "<date>"
    return lemma


# Word classes that let a few examples stand for many: who is hit (armed or civilian), with
# what, and what is taken.
CLASSES = {
    "armed": {"soldier", "troop", "army", "police", "policeman", "officer", "militant", "fighter", "rebel",
              "insurgent", "jihadist", "militia", "militiaman", "gunman", "guard", "gendarme", "commander",
              "checkpoint", "patrol", "convoy", "outpost", "garrison", "battalion", "brigade", "unit", "marine",
              "serviceman", "paramilitary", "terrorist", "bandit", "combatant", "force", "military", "base",
              "barracks", "personnel", "peacekeeper", "trooper", "sniper", "recruit", "cadet"},
    "civ": {"civilian", "villager", "resident", "passenger", "worker", "student", "child", "woman", "man",
            "people", "person", "family", "farmer", "shepherd", "pilgrim", "worshipper", "journalist",
            "teacher", "doctor", "nurse", "market", "school", "hospital", "mosque", "church", "village",
            "home", "house", "bus", "shop", "wedding", "funeral", "refugee", "migrant", "trader", "driver",
            "tourist", "boy", "girl", "priest", "imam", "activist", "chief", "official", "vendor", "patient"},
    "protester": {"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "youth", "demonstration",
                  "protest", "rally", "march", "marcher", "sit-in"},
    "weapon": {"weapon", "arm", "firearm", "rifle", "pistol", "gun", "ammunition", "bullet", "round",
               "explosive", "bomb", "ied", "mine", "landmine", "grenade", "rocket", "missile", "mortar",
               "shell", "launcher", "drone", "detonator", "cache", "munition", "artillery", "cartridge"},
    "terrain": {"town", "city", "village", "district", "area", "region", "province", "airport", "dam", "bridge",
                "crossing", "border", "hill", "position", "neighbourhood", "neighborhood", "outpost", "port",
                "oilfield", "road", "highway", "stronghold", "territory", "valley", "headquarters", "airfield",
                "suburb", "capital", "countryside", "outskirt", "locality", "settlement", "island"},
    "captive": {"hostage", "prisoner", "detainee", "captive", "abductee"},
}
_CLASS_OF = {w: c for c, ws in CLASSES.items() for w in ws}


def _cls(t) -> str | None:
    return _CLASS_OF.get(t.lemma_.lower()) or _CLASS_OF.get(t.lower_)


def token_features(t, lexicon: Lexicon | None = None) -> tuple[str | None, list[str], str]:
    """One token's part of the features: (its item in the word sequence, or None when it is
    skipped; its own features; its entity type)."""
    # each attribute read once: the features of every token of every sentence are made
    pos, ent = t.pos_, t.ent_type_
    if pos in _SKIP_POS:
        return None, [], ent
    feats: list[str] = []
    lemma, lower = t.lemma_.lower(), t.lower_
    lem = _normalised(t, ent, lemma)
    cls = _CLASS_OF.get(lemma) or _CLASS_OF.get(lower)   # _cls(t)
    if cls:
        feats.append("c:" + cls)
    if t.is_stop and lem not in _KEEP_STOP:
        return "_", feats, ent
    feats.append("w:" + lem)
    dep = t.dep_
    if dep == "ROOT" and pos in ("VERB", "AUX", "NOUN"):
        feats.append("root:" + lem)
    if dep in ("dobj", "nsubjpass", "nsubj", "pobj"):
        up = t.head
        if dep != "pobj" and up.pos_ == "VERB":
            head = up.lemma_.lower()
            feats.append(f"dep:{head}>{lem}")
            if cls:
                feats.append(f"dc:{head}>{dep}:{cls}")
        if dep == "pobj" and up.dep_ in ("prep", "agent"):
            gov = up.head
            if gov.pos_ in ("VERB", "NOUN"):
                feats.append(f"pp:{gov.lemma_.lower()}>{up.lower_}>{cls or lem}")
    if lexicon is not None:
        # Lexicon.kinds_for read directly: most words are in no kind, and two new empty sets and their
        # union for each of them cost more than the rest of the token's features
        own, low = lexicon.words.get(lem), lexicon.words.get(lower)
        if own or low:
            for k in (own or set()) | (low or set()):
                feats.append("t:" + k)
    return lem, feats, ent


def features_of(items) -> list[str]:
    """Features from token parts (token_features), in text order: the tokens' own, the word
    bigrams, the entity types."""
    feats: list[str] = []
    seq: list[str] = []
    ents = set()
    for item, own, ent in items:
        feats.extend(own)
        if item is not None:
            seq.append(item)
        if ent:
            ents.add(ent)
    for a, b in zip(seq, seq[1:]):
        if a != "_" and b != "_":
            feats.append(f"b:{a} {b}")
    for ent in ents:
        feats.append("e:" + ent)
    return feats


def features(tokens, lexicon: Lexicon | None = None) -> list[str]:
    """Feature names for a sequence of spaCy tokens (a sentence or a snippet)."""
    return features_of(token_features(t, lexicon) for t in tokens)


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
        idx = [i for i in map(self.vocab.get, set(feats)) if i is not None]
        z = self.b + (self.W[idx].sum(axis=0) if idx else 0.0)
        # the softmax in place (the same operations on the same array, no new ones made)
        z -= z.max()
        np.exp(z, out=z)
        z /= z.sum()
        return z

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        """{label: probability} of scores(feats)."""
        return dict(zip(self.labels, self.scores(feats).tolist()))
