"""Session 10's shortcuts for speed give what the long way gives (behaviour only, no timings)."""
from __future__ import annotations

import numpy as np
import pytest

from sitrep.events.classifier import SentenceClassifier, features
from sitrep.model import RawArticle

# Sentences written for these tests.
TEXTS = [
    "Gunmen on motorbikes stormed a checkpoint outside Dori on Tuesday, killing 14 gendarmes, the "
    "governor's office said.",
    "The last 1,200 French soldiers will not leave the air base before the end of next month.",
    "Protesters set fire to tyres near the parliament while police fired tear gas into the crowd.",
    "Nothing at all happened in the quiet valley this spring, villagers said.",
]


def _softmax_as_before(clf: SentenceClassifier, feats: list[str]) -> np.ndarray:
    """The classifier's scores as they were made before the softmax was made in place."""
    idx = [clf.vocab[f] for f in set(feats) if f in clf.vocab]
    z = clf.b + (clf.W[idx].sum(axis=0) if idx else 0.0)
    z = z - z.max()
    e = np.exp(z)
    return e / e.sum()


@pytest.mark.parametrize("text", TEXTS)
def test_probabilities_are_the_scores_of_each_label(pipeline, text):
    events = pipeline.stages[2]
    clf = events.classifier
    parsed = pipeline.language(pipeline.cleaner(RawArticle(source="test", id="t", text=text, exact_text=True))).parsed
    feats = features(parsed, events.lexicon)
    bias = clf.b.copy()
    probs = clf.probabilities(feats)
    before = _softmax_as_before(clf, feats)
    assert probs == {k: float(before[i]) for i, k in enumerate(clf.labels)}
    assert abs(sum(probs.values()) - 1.0) < 1e-5
    assert np.array_equal(clf.b, bias)          # the softmax made in place leaves the weights alone


def test_probabilities_of_words_the_classifier_never_saw(pipeline):
    clf = pipeline.stages[2].classifier
    probs = clf.probabilities(["w:zzqx-unknown", "b:zzqx zzqy"])
    before = _softmax_as_before(clf, [])
    assert probs == {k: float(before[i]) for i, k in enumerate(clf.labels)}
    assert np.array_equal(clf.b, SentenceClassifier.load().b)
