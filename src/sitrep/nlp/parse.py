"""The model's dependency parser, stepped from Python with the same parse."""
from __future__ import annotations

from spacy.language import Language as _SpacyLanguage

from sitrep.nlp._batches import BatchComponent, token_chunks

_PARSE_CHUNK_TOKENS = 20_000     # tokens parsed together (their precomputed features: 4 kB a token)


class SteppedParse(BatchComponent):
    """The model's dependency parser, stepped from Python: spaCy's own step model (features,
    scores) and its own transitions (transition_states), over all documents of a chunk at once,
    so the parse is the one spaCy's greedy loop makes. That loop, as built in this spaCy, runs
    without the GIL and takes it back around each validity test (several a step, two steps a
    token); stepped here with the GIL held, each such take costs next to nothing. Documents
    are parsed in chunks of similar length (fewer steps wasted on finished documents)."""

    def __init__(self, parser):
        self.parser = parser
        self.usable = parser.cfg.get("beam_width", 1) == 1

    def annotate(self, docs) -> None:
        for chunk in token_chunks(sorted(docs, key=len), _PARSE_CHUNK_TOKENS):
            self._parse(chunk)

    def _parse(self, docs) -> None:
        parser = self.parser
        if not any(len(d) for d in docs):
            parser.set_annotations(docs, parser.moves.init_batch(docs))
            return
        parser._ensure_labels_are_added(docs)
        states = parser.moves.init_batch(docs)
        model = parser.model.predict(docs)
        scores = _step_scores(model)
        todo = [s for s in states if not s.is_final()]
        while todo:
            todo = parser.transition_states(todo, scores(todo))
        model.clear_memory()
        parser.set_annotations(docs, states)


def _step_scores(model):
    """The scores of the moves of each state, as spaCy's step model (step_forward) computes them
    for prediction: the precomputed hidden layer of the states' features, then the upper linear
    layer. Called directly, without thinc's layer calls around each step and without
    step_forward's lowering of the classes it has not seen (none, in a trained model): a fixed
    cost of every step, and a document of n words takes 2n steps. A model of another shape is
    stepped by its own predict."""
    from thinc.layers.linear import forward as linear_forward
    upper = getattr(model, "vec2scores", None)
    if (not model.attrs.get("has_upper") or upper is None or upper._func is not linear_forward
            or (model._class_mask == 0).any()):
        return model.predict
    hidden, ops = model.state2vec, upper.ops
    weights, bias = upper.get_param("W"), upper.get_param("b")

    def scores(states):
        out = ops.gemm(hidden.predict(model.get_token_ids(states)), weights, trans2=True)
        out += bias
        return out
    return scores


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
