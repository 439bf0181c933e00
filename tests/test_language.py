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
    """TokenAttributes stands in for the model's attribute_ruler: the same POS, morphology
    and lemmas on the same parse."""
    import spacy
    reference = spacy.load(settings.model)
    assert "attribute_ruler" in reference.pipe_names
    ours = pipeline.language.nlp
    assert "sitrep_token_attributes" in ours.pipe_names and "attribute_ruler" not in ours.pipe_names
    # the same text through both, without the sentence guard's influence on the parse
    with ours.select_pipes(disable=["sitrep_sentence_guard"]):
        got = ours(_ATTRIBUTE_TEXT)
    want = reference(_ATTRIBUTE_TEXT)
    assert [(t.text, t.pos_, str(t.morph), t.lemma_) for t in got] == \
           [(t.text, t.pos_, str(t.morph), t.lemma_) for t in want]


def test_sentence_guard_scales_to_long_reports(pipeline):
    """A long report is cut into its sentences, and only there."""
    from sitrep.model import Document
    paragraph = "Troops moved north of the river on Monday. Two villages were shelled, officials said.\n\n"
    doc = pipeline.language(Document(id="t", source="t", text=paragraph * 60))
    assert len(list(doc.parsed.sents)) == 120
