"""Detection._triggers gathers a verb's objects only for a verb some verb + object rule reads
(VERB_RULE_LEMMAS): a rule added there on a lemma missing from the gate would never fire."""
import inspect
import re

import sitrep.events.detection as detection


def _verb_rules_source() -> str:
    src = inspect.getsource(detection.Detection._triggers)
    return src[src.index("# verb + object patterns"):src.index('# "a CSTO mission is due')]


def test_every_lemma_a_verb_rule_reads_passes_the_gate():
    rules = _verb_rules_source()
    needed = set(re.findall(r'\blem [!=]= "([^"]+)"', rules))
    for words in re.findall(r"\blem (?:not )?in \(([^)]*)\)", rules):
        needed |= set(re.findall(r'"([^"]+)"', words))
    for name in re.findall(r"\blem (?:not )?in ([A-Z_]+)", rules):
        needed |= set(getattr(detection, name))
    assert needed - detection.VERB_RULE_LEMMAS == set()


def test_every_verb_rule_but_to_death_starts_from_the_lemma():
    heads = [m.group(2) for m in re.finditer(r"\n {12}(el)?if (.*)", _verb_rules_source())]
    ungated = [h for h in heads if not h.startswith(("lem ", "(lem ", 't.pos_ != "VERB"'))]
    assert len(ungated) == 1 and "death" in ungated[0]
