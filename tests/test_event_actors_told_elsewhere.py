"""Who did it, when the act's own words do not say: a force told without its owner takes the side told acting just
before, a claim or an admission told before or after names the doer of the act it refers to, a toll told after an
attack is that attack's, a participle's act is done by whom it describes, a capital or an office acts for its state.
Sentences written for these tests."""
from __future__ import annotations

from sitrep.model import RawArticle


def run(pipeline, text, published="2023-05-12"):
    return pipeline.process(RawArticle(source="test", id="t", text=text, published=published, exact_text=True))


def actors_of(doc, kind):
    return [e.actors for e in doc.events if e.type == kind]



def test_a_contingent_told_without_its_owner_is_the_side_that_sent_it(pipeline):
    doc = run(pipeline, "Chad sent peacekeepers to the border region on Tuesday. The contingent of 1,500 troops "
                        "reached Abeche on Thursday.", published="2023-03-10")
    got = [e for e in doc.events if "Abeche" in e.evidence]
    assert got and any("Chad" in a for a in got[0].actors), got[0].actors if got else doc.events


def test_a_bare_force_opening_its_sentence_takes_the_side_acting_before(pipeline):
    doc = run(pipeline, "Ukraine's 93rd brigade moved to the front last week. On Sunday the brigade attacked "
                        "Russian positions near Kreminna.", published="2023-06-05")
    got = [e for e in doc.events if "Kreminna" in e.evidence and "attacked" in e.evidence]
    assert got and any("Ukrain" in a for a in got[0].actors), got


def test_two_sides_acting_before_leave_a_bare_force_unowned(pipeline):
    doc = run(pipeline, "Russian units shelled Ukrainian trenches near Vuhledar on Friday, and Ukraine struck "
                        "back with drones. On Saturday the troops entered Pavlivka.", published="2023-02-12")
    got = [e for e in doc.events if "Pavlivka" in e.evidence]
    assert got and not any("Russia" in a or "Ukrain" in a for e in got for a in e.actors)
