"""Quantities of events (personnel, fatalities, injured, money): how news English writes a count,
and which event of a sentence it belongs to; each on sentences written for these tests."""
from __future__ import annotations

from sitrep.model import RawArticle


def run(pipeline, text, published="2021-06-14"):
    return pipeline.process(RawArticle(source="test", id="t", text=text, published=published, exact_text=True))


def events(doc, kind):
    return [e for e in doc.events if e.type == kind]


# -- which event a count belongs to -----------------------------------------------------------
def test_a_count_that_follows_a_date_is_still_a_count(pipeline):
    """'On the evening of March 4 ... wounding 17': the tagger may read the bare 17 as a day."""
    doc = run(pipeline, "On the evening of March 4, an air strike hit an army position near the village, "
                        "killing 21 soldiers and wounding 17, the governor said.")
    (ev,) = events(doc, "airstrike")
    assert ev.quantities.get("fatalities") == 21 and ev.quantities.get("injured") == 17


def test_the_dead_of_a_second_conjunct_are_its_own_events(pipeline):
    """'A killed six ..., and on March 5 four more soldiers died when ... came under shelling':
    the four are the later shelling's, not a second count of the first."""
    doc = run(pipeline, "On March 3, rebel mortar fire killed six soldiers near the town, and on March 5 four "
                        "more soldiers died when their checkpoint came under shelling.")
    tolls = sorted(e.quantities.get("fatalities", 0) for e in events(doc, "shelling"))
    assert tolls == [4, 6]


def test_a_strike_that_destroyed_a_building_owns_its_dead(pipeline):
    """The dead of 'a strike destroyed a market, killing 12' are the strike's, not the destruction's."""
    doc = run(pipeline, "On Monday a drone strike destroyed a market in the northern town of Kharkiv, killing at "
                        "least 12 people, according to local officials.")
    (ev,) = events(doc, "airstrike")
    assert ev.quantities.get("fatalities") == 12 and ev.qualifiers.get("fatalities") == "minimum"


def test_a_relative_clause_on_the_counted_troops_does_not_take_their_count(pipeline):
    """'the withdrawal of the roughly 800 soldiers who were stationed there' is a withdrawal of 800."""
    doc = run(pipeline, "France on Thursday handed the base over to the army, completing the withdrawal of the "
                        "roughly 800 French soldiers who were stationed in the country.")
    (ev,) = events(doc, "withdrawal")
    assert ev.quantities.get("personnel") == 800 and ev.qualifiers.get("personnel") == "approximate"
