from sitrep.stages.language import canonical_name, model_text


def test_shouted_surnames_get_name_case_and_keep_offsets():
    text = "Brigadier General Vincent BARKER said. The NATO mission and Adnan Al-ZURFI met."
    fixed = model_text(text)
    assert len(fixed) == len(text)
    assert "Vincent Barker" in fixed and "Al-Zurfi" in fixed and "The NATO" in fixed


def test_canonical_person_names():
    assert canonical_name("Vincent BARKER") == "Vincent Barker"
    assert canonical_name("Adnan Al-ZURFI") == "Adnan al-Zurfi"
    assert canonical_name("Abu Mahdi al-MUHANDIS") == "Abu Mahdi al-Muhandis"
    assert canonical_name("Donald Trump") == "Donald Trump"


def _persons(pipeline, text):
    from sitrep.model import Document
    doc = pipeline.language(Document(id="t", source="t", text=text))
    return [e.canonical for e in doc.entities if e.label == "PERSON"]


def test_names_after_titles_and_shouted_surnames_are_persons(pipeline):
    assert _persons(pipeline, "Ministry spokesman Lieutenant General Igor KONASHENKOV said the troops had left.") \
        == ["Igor Konashenkov"]
    assert _persons(pipeline, "Afghan official Darwaish RAUFI said the Americans left at night.") == ["Darwaish Raufi"]
    assert _persons(pipeline, "President Abd-Rabbu Mansour HADI returned to Aden.") == ["Abd-Rabbu Mansour Hadi"]
    assert _persons(pipeline, "Houthi leader Mahdi AL-MASHAT warned the coalition.") == ["Mahdi al-Mashat"]
    assert _persons(pipeline, "Vladimir PUTIN's spokesman said the mutiny had ended.") == ["Vladimir Putin"]


def test_clock_times_and_title_abbreviations_do_not_end_sentences(pipeline):
    from sitrep.model import Document
    doc = pipeline.language(Document(id="t", source="t", text="The troops left at 5 a.m. Moscow time on Friday. "
                                                              "Lt. Gen. Pat White confirmed it."))
    assert len(list(doc.parsed.sents)) == 2


_ATTRIBUTE_TEXT = ("Gonna say it: the brigade's officers ain't leaving. Let's see whether they'd go. "
                   "\"We won't,\" said Col. Ray Dunn, whose 300 troops had been sent to Al-Qaim in 2019. "
                   "The convoy, shelled twice overnight, is reported to've reached the border; "
                   "U.S. officials didn't comment on the raids, nor on what they cost ($4.5m).\n\n"
                   "Residents were fleeing   as drones hovered over the hills.")


def test_token_attributes_equal_spacys_attribute_ruler(pipeline, settings):
    """TokenAttributes stands in for the model's attribute_ruler, and CachedLemmas for its
    lemmatizer: the same POS, morphology and lemmas on the same parse, asked twice (the second
    time from the caches)."""
    import spacy
    reference = spacy.load(settings.model)
    assert "attribute_ruler" in reference.pipe_names
    ours = pipeline.language.nlp
    assert "sitrep_token_attributes" in ours.pipe_names and "attribute_ruler" not in ours.pipe_names
    # the same text through both, without the sentence guard's influence on the parse
    with ours.select_pipes(disable=["sitrep_sentence_guard"]):
        got = ours(_ATTRIBUTE_TEXT)
        again = ours(_ATTRIBUTE_TEXT)
    want = reference(_ATTRIBUTE_TEXT)
    assert "sitrep_lemmas" in ours.pipe_names and "lemmatizer" not in ours.pipe_names
    assert [(t.text, t.pos_, str(t.morph), t.lemma_) for t in got] == \
           [(t.text, t.pos_, str(t.morph), t.lemma_) for t in want] == \
           [(t.text, t.pos_, str(t.morph), t.lemma_) for t in again]


def test_token_attributes_from_cold_caches_equal_spacys_attribute_ruler(settings):
    """A new TokenAttributes (its caches empty) gives what the model's attribute_ruler gives,
    token by token: words the rules name ("ai", "gon"), words a rule tests by a pattern
    ("nothin'", "y'all"), and words no rule names, whose answers come from the cache of their
    other attributes after the first such word."""
    import spacy
    from spacy.tokens import Doc

    from sitrep.nlp import TokenAttributes
    reference = spacy.load(settings.model)
    ruler = reference.get_pipe("attribute_ruler")
    text = ("Y'all ain't seen nothin' yet, the sergeant said; they're gonna hold Hill 60 and the "
            "ridge, and there is water. Soldiers shelled villages, convoys shelled towns, nuthin' "
            "stopped them. Let's go, c'mon, y all! \n\n  It's gotta be done: 'twas the 3rd brigade.")
    with reference.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        parsed = reference(text)
    ours = TokenAttributes(ruler)
    assert ours._lower_at is not None     # the model's rules name words only by LOWER
    got = ours(Doc(reference.vocab).from_bytes(parsed.to_bytes()))
    want = ruler(Doc(reference.vocab).from_bytes(parsed.to_bytes()))
    assert ours._by_kind                  # some answers came from the second cache
    assert [(t.text, t.pos_, str(t.morph), t.lemma_) for t in got] == \
           [(t.text, t.pos_, str(t.morph), t.lemma_) for t in want]


def test_sentence_guard_scales_to_long_reports(pipeline):
    """A long report is cut into its sentences, and only there."""
    from sitrep.model import Document
    paragraph = "Troops moved north of the river on Monday. Two villages were shelled, officials said.\n\n"
    doc = pipeline.language(Document(id="t", source="t", text=paragraph * 60))
    assert len(list(doc.parsed.sents)) == 120


def test_entities_equal_spacys_recogniser(pipeline, settings):
    """GreedyEntities stands in for the model's ner: the same entities, with the same labels,
    on the same parse (documents of several sentences, some white space and a shouted name)."""
    import spacy
    from sitrep.nlp import GreedyEntities
    from sitrep.stages.language import model_text
    ours = pipeline.language.nlp
    assert "sitrep_entities" in ours.pipe_names and "ner" not in ours.pipe_names
    texts = [model_text(_ATTRIBUTE_TEXT),
             model_text("Brigadier General Vincent BARKER said on Monday that 300 U.S. troops left K1 Air Base "
                        "near Kirkuk, Iraq, for Erbil.\n\nThe Islamic State group claimed an attack on Baghdad."),
             "Russia and Ukraine", "", "\n\n"]
    with ours.select_pipes(disable=["sitrep_entities"]):
        parsed = list(ours.pipe(texts))
    reference = spacy.load(settings.model).get_pipe("ner")
    want = [reference(d.copy()) for d in parsed]
    got = list(GreedyEntities(reference).pipe(d.copy() for d in parsed))
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in got] == \
           [[(e.start, e.end, e.label_) for e in d.ents] for d in want]
    assert [[t.ent_iob_ for t in d] for d in got] == [[t.ent_iob_ for t in d] for d in want]
    assert any(d.ents for d in want)


def test_entities_already_set_are_left_to_spacy(pipeline):
    """A document whose entities are set before the recogniser goes to spaCy's own, which
    keeps them."""
    from spacy.tokens import Span
    from sitrep.nlp import GreedyEntities
    nlp = pipeline.language.nlp
    recogniser = nlp.get_pipe("sitrep_entities")
    assert isinstance(recogniser, GreedyEntities)
    with nlp.select_pipes(disable=["sitrep_entities"]):
        doc = nlp("Troops from Fort Bragg arrived in Erbil on Monday.")
    doc.set_ents([Span(doc, 2, 4, label="FAC")], default="missing")
    recogniser(doc)
    assert ("Fort Bragg", "FAC") in [(e.text, e.label_) for e in doc.ents]


def test_numpy_matrix_products_give_the_same_analysis(settings):
    """With a one-thread BLAS the model's matrix products go to numpy: the same tags, parse and
    entities as with blis; with a BLAS of several threads nothing changes."""
    import spacy
    from thinc.api import NumpyOps
    from sitrep.nlp.blas import numpy_matrix_products
    reference, ours = spacy.load(settings.model), spacy.load(settings.model)
    assert numpy_matrix_products(ours, env={}) is ours
    assert all(n.ops.use_blis for n in ours.get_pipe("tok2vec").model.walk())
    numpy_matrix_products(ours, env={"OPENBLAS_NUM_THREADS": "1"})
    assert all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in ours.get_pipe("ner").model.walk())

    def analysis(doc):
        return [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]
    assert analysis(ours(_ATTRIBUTE_TEXT)) == analysis(reference(_ATTRIBUTE_TEXT))


def test_matmul_products_equal_numpy_dot():
    """MatmulOps multiplies as thinc's numpy ops do (numpy.dot): the same numbers, transposed or
    not, into a given output or not, and for a single row."""
    import numpy
    from sitrep.nlp.blas import MatmulOps
    rng = numpy.random.default_rng(7)
    x, w = rng.standard_normal((50, 96), dtype=numpy.float32), rng.standard_normal((288, 96), dtype=numpy.float32)
    ops = MatmulOps(use_blis=False)
    assert numpy.array_equal(ops.gemm(x, w, trans2=True), numpy.dot(x, w.T))
    assert numpy.array_equal(ops.gemm(x.T.copy(), w, trans1=True, trans2=True), numpy.dot(x, w.T))
    out = numpy.empty((50, 288), dtype=numpy.float32)
    assert ops.gemm(x, w, out=out, trans2=True) is out and numpy.array_equal(out, numpy.dot(x, w.T))
    assert numpy.array_equal(ops.gemm(x[:1], w, trans2=True), numpy.dot(x[:1], w.T))


def test_fast_layers_predict_as_thincs_layers():
    """The maxout and layernorm forward passes of fast_layers give thinc's numbers, and leave
    training to thinc's own."""
    import numpy
    from thinc.api import LayerNorm, Maxout, chain
    from sitrep.nlp.layers import fast_layers
    rng = numpy.random.default_rng(3)
    X = rng.standard_normal((40, 24), dtype=numpy.float32)
    reference = chain(Maxout(16, 24, nP=3), LayerNorm(16))
    reference.initialize(X=X)
    reference.layers[1].set_param("G", rng.standard_normal(16, dtype=numpy.float32))
    reference.layers[1].set_param("b", rng.standard_normal(16, dtype=numpy.float32))
    expected = reference.predict(X)
    fast_layers([reference])
    assert all(layer._func.__module__ == "sitrep.nlp.layers" for layer in reference.layers)
    assert numpy.array_equal(reference.predict(X), expected)
    Y, backprop = reference.begin_update(X)
    assert numpy.array_equal(Y, expected) and backprop(Y).shape == X.shape


def test_chunked_tok2vec_gives_each_document_the_same_vectors(settings, monkeypatch):
    """ChunkedTok2Vec runs the model's tok2vec over short runs of tokens: each document gets
    the vectors (doc.tensor) the whole batch at once gives it."""
    import numpy
    import spacy
    import sitrep.nlp.tok2vec as chunked
    nlp = spacy.load(settings.model)
    texts = [_ATTRIBUTE_TEXT, "Troops left the base.", "", "The convoy reached Kirkuk on Monday night."]
    whole = [nlp.make_doc(t) for t in texts]
    nlp.get_pipe("tok2vec").set_annotations(whole, nlp.get_pipe("tok2vec").predict(whole))
    monkeypatch.setattr(chunked, "CACHE_CHUNK_TOKENS", 8)
    runs = list(chunked.ChunkedTok2Vec(nlp.get_pipe("tok2vec")).pipe(nlp.make_doc(t) for t in texts))
    assert all(numpy.array_equal(a.tensor, b.tensor) for a, b in zip(whole, runs))


def test_cached_embeddings_give_the_tok2vec_layers_the_same_vectors(settings):
    """With each word's embedding kept (cached_embeddings), both tok2vec layers of the model (the
    shared one and the recogniser's own) give every document the vectors they gave before: from
    an empty cache, from a warm one, for a batch of a few tokens, and once the cache is full."""
    import numpy
    import spacy
    from sitrep.nlp.blas import component_models
    from sitrep.nlp.embed import CachedEmbedding, cached_embeddings
    nlp = spacy.load(settings.model)
    layers = [nlp.get_pipe("tok2vec").model, nlp.get_pipe("ner").model.get_ref("tok2vec")]
    batches = [[_ATTRIBUTE_TEXT, "Troops left the base.", "The convoy reached Kirkuk on Monday night."],
               ["The convoy left Kirkuk on Monday; troops reached the base at night, officials said."],
               ["Troops left."]]
    batches = [[nlp.make_doc(t) for t in texts] for texts in batches]

    def vectors():
        outputs = [[layer.predict(docs) for docs in batches] for layer in layers]
        return [[numpy.concatenate(y) if isinstance(y, list) else y for y in ys] for ys in outputs]
    expected = vectors()
    cached_embeddings(component_models(nlp), limit=20)       # full after the first batch
    assert all(any(isinstance(getattr(node._func, "__self__", None), CachedEmbedding) for node in layer.walk())
               for layer in layers)
    for _ in range(2):                                       # a cold, then a warm cache
        got = vectors()
        assert all(numpy.array_equal(a, b) for want, have in zip(expected, got) for a, b in zip(want, have))


def test_stepped_parse_equals_spacys_parser(pipeline, settings):
    """SteppedParse stands in for the model's parser: the same heads, labels and sentence
    starts, for documents of different lengths parsed together (and an empty one)."""
    import spacy
    from sitrep.nlp import SteppedParse
    from sitrep.stages.language import model_text
    ours = pipeline.language.nlp
    assert "sitrep_parse" in ours.pipe_names and "parser" not in ours.pipe_names
    texts = [model_text(_ATTRIBUTE_TEXT), "Troops left.", "",
             "Gunmen attacked a police post near Kirkuk on Monday, wounding three officers, police said. "
             "The attack was the third this month.\n\nResidents fled north."]
    with ours.select_pipes(disable=["sitrep_parse", "sitrep_token_attributes", "sitrep_lemmas", "sitrep_entities"]):
        before = list(ours.pipe(texts))
    reference = spacy.load(settings.model).get_pipe("parser")
    want = [reference(d.copy()) for d in before]
    got = list(SteppedParse(reference).pipe([d.copy() for d in before]))

    def parse(doc):
        return [(t.head.i, t.dep_, t.is_sent_start) for t in doc]
    assert [parse(d) for d in got] == [parse(d) for d in want]


def _tags(pipeline, text):
    from sitrep.model import Document
    doc = pipeline.language(Document(id="t", source="t", text=text))
    return {t.text: (t.tag_, t.lemma_, str(t.morph)) for t in doc.parsed}


def test_prefixed_irregular_pasts_are_pasts(pipeline):
    tags = _tags(pipeline, "Rebels retook Saraqeb on Monday.")
    assert tags["retook"] == ("VBD", "retake", "Tense=Past|VerbForm=Fin")
    assert _tags(pipeline, "Government forces outfought the rebels near the bridge.")["outfought"][:2] \
        == ("VBD", "outfight")


def test_prefixed_pasts_stay_bases_where_only_a_base_may_stand(pipeline):
    assert _tags(pipeline, "The army plans to retake Saraqeb.")["retake"][0] == "VB"
    assert _tags(pipeline, "The rebels could retook it soon.")["retook"][0] != "VBD"


def test_prefixed_past_analysis_knows_base_verbs(pipeline):
    pasts = pipeline.language.pasts
    assert pasts.analyse("retook") == ("retake", False)
    assert pasts.analyse("rebuilt") == ("rebuild", True)
    assert pasts.analyse("withdrew") == ("withdraw", False)
    assert pasts.analyse("rebound") is None and pasts.analyse("relay") is None   # verbs of their own
    assert pasts.analyse("Rebels") is None
