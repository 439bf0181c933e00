"""An act dated back from another by a round count ("six weeks after", "a year after") gets a
window around the counted day, and the exact day the report tells elsewhere wins; sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from written_articles import process_text as run


def window(doc, kind):
    (e,) = [e for e in doc.events if e.type == kind]
    return e.date.start, e.date.end


def test_two_months_before_a_dated_act_is_a_window(pipeline):
    doc = run(pipeline, "Latest news from the region\nTwo months after rebels captured the town of Kalehe, the army "
                        "shelled their positions on Friday.", "2023-05-20")
    start, end = window(doc, "territory_change")
    assert start < date(2023, 3, 20) < end and (end - start).days <= 14


def test_a_year_before_the_reports_present_is_a_month_around(pipeline):
    doc = run(pipeline, "Latest news from the region\nA year after insurgents seized the port of Mocimboa da Praia, "
                        "residents are still afraid to return.", "2021-08-12")
    start, end = window(doc, "territory_change")
    assert start < date(2020, 8, 12) < end and 20 <= (end - start).days <= 31


def test_the_exact_day_told_elsewhere_wins(pipeline):
    doc = run(pipeline, "Latest news from the region\nSix weeks after the militants overran the camp at Kerem, the "
                        "toll is still unknown. The camp fell on 15 January after a night of fighting.", "2024-03-01")
    assert window(doc, "territory_change") == (date(2024, 1, 15), date(2024, 1, 15))
