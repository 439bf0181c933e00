"""Train the sentence classifier on the team's labelled sentences; store it as package data.

    .venv/bin/python -m sitrep.events.train [--heldout]

Reads data/event_examples.jsonl and data/event_examples_extra.jsonl (our own sentences;
never evaluation data), parses them with the pipeline's spaCy model, fits a multinomial
logistic regression (L2, L-BFGS) and writes data/event_classifier.npz. --heldout also
prints accuracy on data/event_examples_heldout.jsonl.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

from sitrep.events.classifier import SentenceClassifier, features
from sitrep.events.lexicon import load_lexicon

DATA = Path(__file__).resolve().parent.parent / "data"
TRAIN_FILES = ["event_examples.jsonl", "event_examples_extra.jsonl"]


def read(names) -> list[dict]:
    rows = []
    for n in names:
        p = DATA / n
        if p.is_file():
            rows += [json.loads(line) for line in p.read_text("utf-8").splitlines() if line.strip()]
    return rows


def featurise(nlp, rows, lexicon):
    from sitrep.stages.language import model_text
    return [features(list(d), lexicon) for d in nlp.pipe((model_text(r["text"]) for r in rows), batch_size=64)]


def fit(X, y, n_labels, l2=1.0, iters=300):
    n, d = X.shape
    Y = np.zeros((n, n_labels))
    Y[np.arange(n), y] = 1.0

    def f(theta):
        W = theta[:d * n_labels].reshape(d, n_labels)
        b = theta[d * n_labels:]
        Z = X @ W + b
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        loss = -np.log(P[np.arange(n), y] + 1e-12).sum() + 0.5 * l2 * (W * W).sum()
        G = P - Y
        gW = X.T @ G + l2 * W
        gb = G.sum(axis=0)
        return loss, np.concatenate([np.asarray(gW).ravel(), gb])

    theta0 = np.zeros(d * n_labels + n_labels)
    res = optimize.minimize(f, theta0, jac=True, method="L-BFGS-B", options={"maxiter": iters})
    W = res.x[:d * n_labels].reshape(d, n_labels)
    return W, res.x[d * n_labels:]


def train(nlp, rows, lexicon, min_count=1, l2=1.0) -> SentenceClassifier:
    feats = featurise(nlp, rows, lexicon)
    counts: dict[str, int] = {}
    for fs in feats:
        for f in set(fs):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(k for k, c in counts.items() if c >= min_count))}
    labels = sorted({r["kind"] for r in rows})
    lab_i = {k: i for i, k in enumerate(labels)}
    data, ri, ci = [], [], []
    for r, fs in enumerate(feats):
        for f in set(fs):
            if f in vocab:
                ri.append(r)
                ci.append(vocab[f])
                data.append(1.0)
    X = sparse.csr_matrix((data, (ri, ci)), shape=(len(rows), len(vocab)))
    y = np.array([lab_i[r["kind"]] for r in rows])
    W, b = fit(X, y, len(labels), l2=l2)
    # prune near-zero rows to keep the file small
    keep = np.abs(W).max(axis=1) > 1e-3
    words = [w for w, i in sorted(vocab.items(), key=lambda x: x[1]) if keep[i]]
    return SentenceClassifier({w: i for i, w in enumerate(words)}, W[keep], b, labels)


def evaluate(nlp, clf, rows, lexicon) -> float:
    feats = featurise(nlp, rows, lexicon)
    right = sum(clf.labels[int(np.argmax(clf.scores(fs)))] == r["kind"] for fs, r in zip(feats, rows))
    return right / max(1, len(rows))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--heldout", action="store_true")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--out", default=str(DATA / "event_classifier.npz"))
    a = ap.parse_args(argv)
    import spacy
    from sitrep.settings import load_settings
    nlp = spacy.load(load_settings(env={}).model)
    lexicon = load_lexicon()
    rows = read(TRAIN_FILES)
    clf = train(nlp, rows, lexicon, l2=a.l2)
    clf.save(a.out)
    print(f"trained on {len(rows)} sentences, {len(clf.vocab)} features, {len(clf.labels)} labels -> {a.out}")
    if a.heldout:
        held = read(["event_examples_heldout.jsonl"])
        print(f"held-out accuracy {evaluate(nlp, clf, held, lexicon):.3f} on {len(held)} sentences")


if __name__ == "__main__":
    main()
