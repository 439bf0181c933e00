"""Counts of an event: each number the quantities reader found goes to the event of its sentence
it fits best (by kind and by distance in the parse); the named victims of a killing count as its dead."""
from __future__ import annotations

from sitrep.events.ontology import MONEY_KINDS, MOVEMENT, VIOLENT
from sitrep.events.quantities import Quantity
from sitrep.events.candidate import Candidate
from sitrep.events.syntax import _tree_distance
from sitrep.events.words import KILL_WORDS


def _named_victims(t) -> int:
    """'the assassination of A, the commander of X, along with B, ...': two named people killed.
    A noun's victims are the names after it, up to its first verb or agent; a name that only
    describes another ("B, the head of C or D") is not counted."""
    if t.lemma_.lower() not in KILL_WORDS:
        return 0
    doc = t.doc
    if t.pos_ == "NOUN":
        end = t.sent.end
        for x in doc[t.i + 1:t.sent.end]:
            if x.pos_ in ("VERB", "AUX") and x.dep_ not in ("amod", "compound") or x.dep_ == "agent":
                end = x.i
                break
        window = range(t.i + 1, end)
    else:
        window = sorted(x.i for k in t.children if k.dep_ in ("dobj", "nsubjpass") for x in k.subtree)
    ents = [e for e in doc.ents if e.label_ == "PERSON" and e.start in window]
    people = 0
    for e in ents:
        cur, described = e.root, False
        for _ in range(3):
            if cur.head.i == cur.i or cur.dep_ == "conj":
                break   # "A and B were killed": two people
            cur = cur.head
            if cur.ent_type_ == "PERSON" and not (e.start <= cur.i < e.end):
                described = True
                break
        if not described:
            people += 1
    return people


def _count_tier(doc, q: Quantity, c: Candidate) -> int:
    """How closely a count belongs to a candidate, before distance: 2 when the number is in the
    candidate's own zone ("completing the withdrawal of 800 soldiers who were stationed there":
    the withdrawal's, not the relative clause's stationing); 1 when the count's predicate and the
    trigger govern one another ("four soldiers died when their post came under shelling": the
    shelling is the dying's, not an earlier conjunct's); else 0."""
    # the counted noun, where there is one: a number the parser hangs on a date ("on May 3 four
    # more soldiers died") is still the noun's
    if (q.noun if q.noun is not None else q.i) in getattr(c, "zone", ()):
        return 2
    head = doc[q.head]
    if c.trig in head.subtree or head in c.trig.subtree:
        return 1
    return 0


class Counting:
    """Quantities of candidates (a part of the Events stage)."""

    def _attach_quantities(self, cands: list[Candidate], quants: list[Quantity]) -> None:
        if not cands:
            return
        doc = cands[0].trig.doc
        has_violent = any(c.kind in VIOLENT for c in cands)
        for q in quants:
            def fit(c: Candidate) -> float:
                k = c.kind
                if q.key in ("fatalities", "injured"):
                    ok = k in VIOLENT or k in ("weapons_seizure", "property_destruction")
                elif q.key == "personnel":
                    ok = k in MOVEMENT or k in ("clash", "attack", "territory_change", "military_aid")
                elif q.key == "money_usd":
                    ok = k in MONEY_KINDS or k in ("withdrawal",)
                elif q.key == "detained":
                    ok = k in ("arrest", "abduction")
                else:
                    ok = True
                if not ok:
                    return -1.0
                d = _tree_distance(doc[q.head], c.trig) if q.head is not None else 5
                d2 = _tree_distance(doc[q.noun], c.trig) if q.noun is not None else d
                score = 10.0 - min(d, d2 + 0.5) + 20.0 * _count_tier(doc, q, c)
                if q.key in ("fatalities", "injured") and k not in VIOLENT and has_violent:
                    # "a missile strike destroyed a mall, killing 18": the dead are the strike's
                    score -= 3.0
                return score
            scored = [(fit(c), c) for c in cands]
            scored = [x for x in scored if x[0] >= 0]
            if not scored:
                continue
            best = max(scored, key=lambda x: x[0])[1]
            key = q.key if q.key != "detained" else "detained"
            nouns = best.__dict__.setdefault("_qnouns", {}).setdefault(key, [])
            if key in best.quantities:
                # "three soldiers, two police officers and a civilian" add up; "seven, ... risen to
                # ten" do not
                if key in ("fatalities", "injured") and q.noun is not None and any(
                        doc[q.noun] in doc[n].conjuncts for n in nouns):
                    best.quantities[key] += q.value
                    nouns.append(q.noun)
                continue
            if q.noun is not None:
                nouns.append(q.noun)
            best.quantities[key] = q.value
            if q.qualifier:
                best.qualifiers[key] = q.qualifier
        violent = [c for c in cands if c.kind in VIOLENT]
        for c in cands:
            if c.kind in VIOLENT and "fatalities" not in c.quantities:
                # killing words of the sentence no other violent event owns ("the assassination of
                # A and B in a US airstrike")
                others = set()
                for o in violent:
                    if o is not c:
                        others |= o.zone
                n = max([_named_victims(x) for x in c.sent if x.lemma_.lower() in KILL_WORDS
                         and (x.i in c.zone or x.i not in others)] + [getattr(c, "victims", 0)])
                if n:
                    c.quantities["fatalities"] = n
                    c.qualifiers["fatalities"] = "minimum"
            c._quants = [q for q in quants]
