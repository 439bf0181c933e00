"""Counts of an event: each number the quantities reader found goes to the event of its sentence
it fits best (by kind and by distance in the parse); the named victims of a killing count as its dead."""
from __future__ import annotations

from sitrep.events.ontology import MONEY_KINDS, MOVEMENT, VIOLENT
from sitrep.events.quantities import ESTIMATES, PEOPLE as PEOPLE_NOUNS, PERSONNEL as PERSONNEL_NOUNS, Quantity, find_quantities
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
    # a name of the same list the tagger missed ("killing Corporal A, Private B and Private C",
    # C left unlabelled): a proper-noun conjunct of a named victim, itself no other kind of name
    in_names = {x.i for e in ents for x in e}
    roots = {e.root.i for e in ents}
    for x in doc[t.sent.start:t.sent.end]:
        if x.i in window and x.i not in in_names and x.pos_ == "PROPN" and x.dep_ == "conj" and not x.ent_type_ \
                and any(c.i in roots for c in x.conjuncts):
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


# words that tell a count as a part of a toll, not the toll ("among the dead were ...",
# "the dead included ...", "including three children")
PART_OF_A_TOLL = {"among", "including", "included", "includes", "include"}


def _part_of_a_toll(doc, q: Quantity) -> bool:
    """The count tells a part of a toll, not the toll: "Among the dead were two officers", "the
    dead included two children", "including three soldiers"; not "31 were killed, including women
    and children", whose part is told without a number."""
    tok = doc[q.noun] if q.noun is not None else doc[q.i]
    for x in [tok, *list(tok.ancestors)[:3]]:
        if x.lower_ in PART_OF_A_TOLL or x.lemma_.lower() in PART_OF_A_TOLL:
            return True
        if x is not tok and any(k.lower_ in PART_OF_A_TOLL and k.i < tok.i for k in x.children):
            return True   # "Among the dead were two officers": "among" a child of the count's verb
    return False


def _joined(a, b) -> bool:
    """Two counted nouns told as one list of victims: conjuncts ("three soldiers and two police"),
    or one joined to the other by "along with", "together with" ("A commander was killed along
    with 9 fighters")."""
    if a in b.conjuncts:
        return True
    for x, y in ((a, b), (b, a)):
        # "a commander and three of his bodyguards": the conjunct is the number, its noun under "of"
        if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.pos_ == "NUM" and x.head.head in y.conjuncts:
            return True
    doc = a.doc
    for x, y in ((a, b), (b, a)):
        prep = x.head
        if x.dep_ == "pobj" and prep.lower_ == "with" and prep.i > 0 and doc[prep.i - 1].lower_ in ("along", "together"):
            anchor = prep.head.head if prep.head.lower_ in ("along", "together") else prep.head
            if anchor.i in (y.i, y.head.i):
                return True
    return False


def _in_other_relative(head, trig) -> bool:
    """The count is told in a relative clause that says what some people did ("The rebels, who had
    killed 20 soldiers in an ambush last week, seized the town"): an act of theirs of its own, not
    the trigger's. A trigger's own clause ("the strike, which killed 12"), one the trigger is in,
    and one on an act or a place ("after days of fighting that killed 40", "the market where 12
    were killed") leave the count to the trigger."""
    for x in [head, *head.ancestors]:
        if x.i == trig.i:
            return False
        if x.dep_ == "relcl":
            if x.head.i == trig.i or trig in x.subtree:
                return False
            doers = x.head.lemma_.lower() in PEOPLE_NOUNS or x.head.lower_ in PEOPLE_NOUNS or \
                x.head.ent_type_ == "NORP"
            return doers and any(k.dep_ == "nsubj" and k.lower_ in ("who", "that", "which") for k in x.children)
    return False


def _bare_toll(head) -> bool:
    """The count's predicate tells the dead or wounded alone, with no cause of its own: "At least
    30 people were killed, officials said", "Twelve people died"; not "a helicopter crashed,
    killing six" or "six died in the crash", whose cause is another happening than the act
    told before."""
    if head.pos_ != "VERB" or head.dep_ not in ("ROOT", "ccomp", "conj"):
        return False
    lemma = head.lemma_.lower()
    if lemma not in KILL_WORDS and lemma not in ("die", "wound", "injure", "perish"):
        return False
    for k in head.children:
        if k.dep_ == "nsubj" and lemma not in ("die", "perish") and not (
                k.pos_ == "NUM" and not any(o.dep_ == "dobj" for o in head.children)):
            return False   # "gunmen killed 12": the killers told, an act of its own ("and 101
            # wounded": a bare number with no object is the wounded, the passive cut short)
        if k.dep_ in ("agent", "advcl") or k.dep_ == "prep" and k.lower_ in ("in", "after", "during", "from", "by"):
            return False
    return True


CASUALTY_VERBS = {"die", "wound", "injure", "perish"}
# verbs that tell how many a movement involves: "Some 900 soldiers are taking part", "Roughly
# 7,000 troops are involved", "The brigade numbers about 4,000 soldiers"
TAKING_PART = {"involve", "participate", "part", "take", "join", "number", "comprise", "total", "include"}


def _taking_part(c: Candidate) -> bool:
    """A strength read from a verb of taking part, or from the counted force itself ("About
    5,000 sailors are on board", "Some 1,200 paratroopers are with the brigade"), with no place
    or date of its own: how many the movement told before involves, not a troop level apart."""
    lemma = c.trig.lemma_.lower()
    if lemma in PERSONNEL_NOUNS and lemma not in TAKING_PART and not _with_the_movement(c.trig):
        return False
    return c.kind == "troop_level" and (lemma in TAKING_PART or lemma in PERSONNEL_NOUNS) and not c.date_own and \
        c.place_level < 2


# what tells a force's presence somewhere rather than its part in a movement: "About 5,000
# soldiers are still in the region" is a level, not the strength of a withdrawal told before
PRESENCE_WORDS = {"still", "already", "remain", "stay", "in", "at", "near", "across", "inside", "within", "throughout",
                  "around", "across", "there", "here"}


def _with_the_movement(force) -> bool:
    """The counted force's clause says it is with the movement told before ("About 5,000 sailors
    are on board", "Some 900 soldiers are with the unit"), not present somewhere ("still in the
    region") nor doing anything of its own: a subject of a bare "be" with no word of presence."""
    pred = force.head
    if force.dep_ != "nsubj" or pred.lemma_.lower() != "be":
        return False
    return not any(k.lower_ in PRESENCE_WORDS or k.lemma_.lower() in PRESENCE_WORDS for k in pred.children)


def _toll_only(c: Candidate) -> bool:
    """A mention that is only a toll's predicate, no act of its own: "31 people were killed"
    (no doer, no cause), "The toll rose to 63, with 182 wounded" (a casualty word no one is
    said to have done)."""
    if _bare_toll(c.trig):
        return True
    lemma = c.trig.lemma_.lower()
    return (lemma in KILL_WORDS or lemma in CASUALTY_VERBS or c.trig.lower_ in ("wounded", "injured", "dead")) \
        and not any(k.dep_ == "agent" for k in c.trig.children) \
        and not (any(k.dep_ == "nsubj" for k in c.trig.children) and any(k.dep_ == "dobj" for k in c.trig.children))


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
                    # "police fired tear gas at the protesters, injuring 15": a protest met with force
                    ok = k in VIOLENT or k in ("weapons_seizure", "property_destruction", "protest")
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
                tier = _count_tier(doc, q, c)
                if _in_other_relative(doc[q.head], c.trig):
                    return -1.0
                if tier < 2 and c.modality == "denied":
                    # "said 30,000 servicemen had been taken across, adding that no vehicle had been
                    # left behind": a count told as done is not the figure of an act denied beside it;
                    # a denied act's own count is in its clause ("denied that 500 troops were sent")
                    return -1.0
                d = _tree_distance(doc[q.head], c.trig) if q.head is not None else 5
                d2 = _tree_distance(doc[q.noun], c.trig) if q.noun is not None else d
                score = 10.0 - min(d, d2 + 0.5) + 20.0 * tier
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
                        _joined(doc[q.noun], doc[n]) for n in nouns):
                    best.quantities[key] += q.value
                    nouns.append(q.noun)
                continue
            if q.noun is not None:
                nouns.append(q.noun)
            best.quantities[key] = q.value
            if q.qualifier:
                best.qualifiers[key] = q.qualifier
        for c in cands:
            # "Rice pledged $1 billion ..., the largest US aid package to date": the package the
            # pledge's verb governs is that pledge named, and its sum is the same
            if "money_usd" not in c.quantities or c.trig.pos_ != "VERB" or c.kind not in MONEY_KINDS:
                continue
            for o in cands:
                if o is not c and o.trig.pos_ == "NOUN" and o.kind == c.kind and "money_usd" not in o.quantities \
                        and o.trig.head.i == c.trig.i and o.trig.dep_ in ("dobj", "appos", "attr", "npadvmod") \
                        and sum(q.key == "money_usd" for q in quants) == 1:
                    o.quantities["money_usd"] = c.quantities["money_usd"]
                    if "money_usd" in c.qualifiers:
                        o.qualifiers["money_usd"] = c.qualifiers["money_usd"]
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

    def _counts_told_apart(self, units: list, told: list[Candidate], cands: list[Candidate]) -> None:
        """Counts an act is given outside its own mention, once mentions are merged (`told`, the
        candidates before merging; `cands`, after): a reference merged into the act it names
        gives that act the counts it lacks ("... launched the campaign. The offensive began with
        about 9,000 troops"); a sentence that tells no act of its own but a toll gives it to the
        act of violence told just before ("Gunmen stormed a hotel on Monday. The death toll rose
        to 31 on Tuesday")."""
        for c in told:
            target = getattr(c, "_merged_into", None)
            if target is None or target is c or target.modality != c.modality:
                continue   # what is done is not counted into what is planned
            for k, v in c.quantities.items():
                if k not in target.quantities:
                    target.quantities[k] = v
                    if k in c.qualifiers:
                        target.qualifiers[k] = c.qualifiers[k]
        # a sentence tells an act of its own unless its only mentions are the toll's own predicate
        # ("The ministry said 31 people were killed and 101 wounded": the "killed" read as an act)
        acts = {c.unit for c in told if not (c.quantities and _toll_only(c))}
        for n, sent in enumerate(units):
            # a sentence whose only acts are denied ones tells no act of its own of what it counts
            # as done ("said that more than 30,000 servicemen had been taken over the river, adding
            # that no vehicle had been left behind"): the count is the movement's told before
            if n and not any(c.unit == n and not _taking_part(c) and c.modality != "denied" for c in told):
                denied = set()
                for c in told:
                    if c.unit == n and c.modality == "denied":
                        denied |= set(getattr(c, "zone", ()))
                self._strength_told_after(cands, n, sent, denied)
                self._means_told_after(cands, n, sent)
            if n == 0 or n in acts:
                continue
            before = [c for c in cands if c.kind in VIOLENT and c.last_unit == n - 1 and c.modality == "asserted"]
            if not before:
                continue
            act = before[-1]
            updated = any(t.lemma_.lower() == "toll" for t in sent)   # "the death toll rose to 45"
            for q in find_quantities(sent):
                pred = act.trig.doc[q.head]
                if pred.pos_ == "NUM" and pred.head.pos_ == "VERB":
                    pred = pred.head   # "... were killed and 101 wounded": the number hangs on its verb
                # a toll given by a verb of estimating is the act's toll told ("Officials put the
                # number of dead at 22")
                estimated = pred.lemma_.lower() in ESTIMATES
                if not (updated or estimated or _bare_toll(pred)) or _part_of_a_toll(act.trig.doc, q):
                    continue   # "Among the dead were two officers": a part of a toll told, not the toll
                if q.key in ("fatalities", "injured") and (q.key not in act.quantities or updated and (
                        q.value > act.quantities[q.key])):
                    act.quantities[q.key] = q.value
                    if q.qualifier:
                        act.qualifiers[q.key] = q.qualifier
                    act.evidence = act.evidence + [(sent.start_char, sent.end_char)]

    def _means_told_after(self, cands: list[Candidate], n: int, sent) -> None:
        """A sentence that tells no act of its own but how many aircraft, drones, ships or missiles
        took part gives that count, under its own key, to the act told just before ("US jets
        struck rebel sites on Sunday. Four aircraft from the carrier took part"; "Twelve
        warships are involved"), when the act has none of them."""
        before = [c for c in cands if c.last_unit == n - 1 and c.modality == "asserted"]
        if not before:
            return
        doc = sent.doc
        for q in find_quantities(sent):
            if q.key in ("personnel", "fatalities", "injured", "detained", "money_usd") or q.noun is None:
                continue
            if doc[q.noun].dep_ not in ("nsubj", "nsubjpass") or doc[q.head].lemma_.lower() not in TAKING_PART:
                continue   # only a count told as taking part: "three drones were shot down" is an act of its own
            act = before[-1]
            if q.key not in act.quantities:
                act.quantities[q.key] = q.value
                if q.qualifier:
                    act.qualifiers[q.key] = q.qualifier
                act.evidence = act.evidence + [(sent.start_char, sent.end_char)]

    def _strength_told_after(self, cands: list[Candidate], n: int, sent, denied: set = frozenset()) -> None:
        """A sentence that tells no act of its own (or only denied ones) but how many took part
        gives that strength to the movements told just before ("Britain deployed a battlegroup to
        Estonia on Tuesday. Some 900 soldiers are taking part."; "... finished moving its troops
        across the river. He said more than 30,000 servicemen had been taken over, adding that no
        vehicle had been left behind"), when they have none; the dead and wounded are not a
        strength, nor is the count of a denied act (`denied`, the tokens of its clause)."""
        before = [c for c in cands if c.kind in MOVEMENT and c.last_unit == n - 1 and c.modality != "denied"
                  and "personnel" not in c.quantities]
        if not before:
            return
        found = find_quantities(sent)
        pers = [q for q in found if q.key == "personnel" and q.noun is not None]
        if len(pers) != 1 or any(q.key in ("fatalities", "injured", "detained") for q in found):
            return   # several forces counted, or a toll: not the strength of the act before
        q = pers[0]
        doc = sent.doc
        pred = doc[q.head]
        if q.noun in denied or q.i in denied or any(k.dep_ == "neg" for k in pred.children):
            return   # "denied that 500 troops had been sent": the denied act's own count
        for act in before:
            act.quantities["personnel"] = q.value
            if q.qualifier:
                act.qualifiers["personnel"] = q.qualifier
            act.evidence = act.evidence + [(sent.start_char, sent.end_char)]

