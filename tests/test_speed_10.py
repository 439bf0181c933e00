"""Session 10's shortcuts for speed give what the long way gives (behaviour only, no timings)."""
from __future__ import annotations

import pytest

from sitrep.events.classifier import TokenTable, token_features
from sitrep.model import RawArticle

# Sentences written for these tests: words of every kind the features read (numbers, places, persons,
# dates, stop words, subjects and objects of verbs, prepositional phrases, a shouted surname, curly
# apostrophes, a line break and a hyphenated word).
TEXTS = [
    "Gunmen on motorbikes stormed a checkpoint outside Dori on Tuesday, killing 14 gendarmes, the "
    "governor's office said. Nobody has claimed the raid.",
    "Colonel Pierre DUVAL told reporters in Niamey that the last 1,200 French soldiers would not leave "
    "before the end of next month.\n\nThe hand-over of the air base was delayed again.",
    "Protesters set fire to tyres near the parliament while police fired tear gas into the crowd; "
    "three people were hurt, according to a local doctor.",
    "Militia’s fighters seized about 300 rifles and a cache of ammunition from the army’s depot in "
    "the hills north of the town.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_token_table_reads_the_features_each_token_gives(pipeline, text):
    # parsed as the pipeline parses (the language stage's repairs made), kept for the test
    doc = pipeline.language(pipeline.cleaner(RawArticle(source="test", id="t", text=text, exact_text=True)))
    lexicon = pipeline.stages[2].lexicon
    table = TokenTable(doc.parsed, lexicon)
    for t in doc.parsed:
        assert table.features(t.i) == token_features(t, lexicon), t.text


def test_token_table_of_an_empty_parse(pipeline):
    table = TokenTable(pipeline.language.nlp(""))
    assert table.lexicon is None
