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
