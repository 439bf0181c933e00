"""Acts told as items of a list (a timeline's "- 8 October: ..." lines, numbered entries, labels):
each item is a sentence of its own, dated by its own label and never by the next item; sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from written_articles import process_text as run


def days(doc):
    return {e.trigger: e.date.start if e.date is not None else None for e in doc.events}


def test_each_bulleted_line_is_dated_by_its_own_label(pipeline):
    """Lines ending in a full stop and opening with a bullet are separate items, each with its day."""
    doc = run(pipeline, "Key dates\n\n- 3 March: Russian forces shelled Kharkiv.\n- 5 March: Ukrainian troops "
                        "withdrew from Izium.\n- 9 March: rebels seized the airport in Goma.\n", "2023-03-20")
    got = days(doc)
    assert got.get("shelled") == date(2023, 3, 3)
    assert got.get("withdrew") == date(2023, 3, 5)
    assert got.get("seized") == date(2023, 3, 9)


def test_numbered_entries_are_dated_by_their_own_label(pipeline):
    doc = run(pipeline, "Chronology\n\n1. 12 May: Hamas fighters attacked an army post near Rafah.\n"
                        "2. 14 May: rebels seized the airport in Goma.\n", "2024-05-20")
    got = days(doc)
    assert got.get("attacked") == date(2024, 5, 12)
    assert got.get("seized") == date(2024, 5, 14)


def test_an_item_with_no_day_does_not_take_the_next_items_day(pipeline):
    """'- Merowe: on the first day, fighters seized the airport.' followed by a line dated 16 April:
    that day is the next item's, not the seizure's."""
    doc = run(pipeline, "Key points\n\n- Merowe: on the first day, fighters seized the airport.\n"
                        "- Khartoum: the army bombed positions near the palace on 16 April.\n", "2023-04-20")
    got = days(doc)
    assert got.get("seized") != date(2023, 4, 16)
    assert got.get("bombed") == date(2023, 4, 16)


def test_list_items_are_separate_sentences():
    """The sentence guard opens a sentence at each bullet or item number after a line that ended in
    a full stop; not at a hyphen inside a line."""
    import spacy
    from sitrep.stages.language import sentence_guard
    nlp = spacy.blank("en")
    doc = sentence_guard(nlp("Key dates\n\n- 3 March: troops left.\n- 5 March: tanks arrived - slowly.\n"
                             "2. 7 March: jets flew.\n"))
    opened = [t.text for t in doc if t.is_sent_start]
    assert opened.count("-") == 2 and ("2." in opened or "2" in opened)
    assert not any(t.is_sent_start for t in doc if t.text == "-" and t.idx > 0 and doc.text[t.idx - 1] == " ")
