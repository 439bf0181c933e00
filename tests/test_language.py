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
