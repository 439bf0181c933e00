"""Fusion where one report's fields are read otherwise than another's: statements by one speaker,
acts named by their target, dates given to a day or to a span (our own sentences)."""
from __future__ import annotations

from datetime import date

from fuse_data import event
from sitrep.fuse.match import MERGE_AT, match_score


def _one(kind, evidence, **kw):
    return event(kind, evidence, **kw).to_dict()


def _stored(ev, published):
    return dict(ev, _fuse={"published": published}, sources=[{"evidence": ev["evidence"]}])


# -- two statements by one speaker are one only if they say one thing -----------------------------
def test_statements_by_one_speaker_that_share_only_names_are_two():
    paused = _stored(_one("statement", "Separately, the alliance has halted its training courses for Malian "
                                       "officers because of the epidemic.", start="2021-04-05", end="2021-04-12",
                          actors=["Western alliance"]), "2021-04-12")
    spokesman = _one("statement", "The alliance spokesman, Col. Pierre Martin, said the move had been planned for "
                                  "a year and showed the progress Malian units had made.", start="2021-04-09",
                     text="", actors=["Western alliance", "Pierre Martin"])
    suspended = _one("statement", "The alliance has also suspended its training programme for Malian officers "
                                  "for two months because of the epidemic.", start="2021-04-01", end="2021-04-30",
                     actors=["Western alliance"])
    # (the speaker's name, "alliance", and a people's, "Malian", are all the spokesman's words share)
    assert match_score(spokesman, paused, m_published=date(2021, 4, 9)) is None
    assert (match_score(suspended, paused, m_published=date(2021, 4, 14)) or 0) >= MERGE_AT


def test_a_threat_retold_in_other_words_is_one_statement():
    threat = _stored(_one("statement", "President Ortega threatened on Monday to impose tariffs on Costa Rica if "
                                       "its border stayed closed.", start="2022-02-07", actors=["Daniel Ortega"]),
                     "2022-02-08")
    retold = _one("statement", "Speaking in Managua on Monday, Ortega said Nicaragua would impose heavy tariffs on "
                               "Costa Rica.", start="2022-02-07", actors=["Daniel Ortega"])
    assert (match_score(retold, threat, m_published=date(2022, 2, 8)) or 0) >= MERGE_AT
