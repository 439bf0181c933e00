"""Reading the dependency parse: clauses, noun phrases, subjects and objects, tree distance, kinds of people."""
from __future__ import annotations

import re

from sitrep.events.ontology import MOVEMENT, VIOLENT
from sitrep.events.words import (ARMED_NOUNS, CALENDAR_WORDS, CAPTURE, FORCE_NOUNS, GENERIC_VIOLENT, LAUNCH,
                                 LETHAL_ACTS, MULTITUDE, NON_FORCES, RIOT_ACTS, SPEECH_VERBS, SUBJECT_NOT_ACTOR,
                                 UNOWNED_UNITS)

def _is_force(tok) -> bool:
    lem = tok.lemma_.lower()
    return lem in ARMED_NOUNS or tok.lower_ in FORCE_NOUNS or lem in ("reinforcement", "contingent", "jet",
                                                                      "warship", "aircraft", "helicopter",
                                                                      "equipment", "asset", "carrier") \
        or tok.lower_ in ("they", "them", "we", "it", "he", "she") or tok.ent_type_ in ("ORG", "NORP")


def _civilian_movers(t) -> bool:
    """Who moves, when it is clearly not a force: 'gave embassy staff 72 hours to leave',
    'evacuate residents', 'the evacuation of thousands of people'."""
    if t.pos_ in ("VERB", "AUX"):
        movers = [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")] or \
            [k for k in t.children if k.dep_ == "nsubj"]
        if not movers and t.dep_ in ("xcomp", "advcl", "acl", "relcl"):
            movers = [k for k in t.head.children if k.dep_ in ("dobj", "dative", "nsubj")]
    else:
        movers = [g for k in t.children if k.dep_ == "prep" and k.lower_ == "of" for g in k.children
                  if g.dep_ == "pobj"] + [k for k in t.children if k.dep_ == "poss"]
    words = set()
    for m in movers:
        words |= {m.lemma_.lower()}
        if m.lemma_.lower() in MULTITUDE or m.like_num:
            words |= {g.lemma_.lower() for k in m.children if k.dep_ == "prep" for g in k.children}
        words |= {k.lemma_.lower() for k in m.children if k.dep_ == "compound"}
    return bool(movers) and bool(words & NON_FORCES) and not words & ARMED_NOUNS and not any(
        x.lower_ in FORCE_NOUNS for m in movers for x in m.subtree if x.lower_ not in ("people", "civilians"))


def _standing(t) -> bool:
    """'are stationed in', 'had been based at', 'troops stationed in Iraq': a presence."""
    if t.dep_ == "acl":
        return True
    pas = any(k.dep_ == "auxpass" for k in t.children)
    if not pas:
        return t.lemma_.lower() in ("host",) and any(k.dep_ == "aux" and k.lemma_ == "have" for k in t.children)
    if t.lemma_.lower() == "deploy":
        # "were deployed to the border" moves; "are deployed in the north" stays
        to = any(k.dep_ == "prep" and k.lower_ in ("to", "into", "towards") for k in t.children)
        present = any(k.dep_ == "auxpass" and k.tag_ in ("VBP", "VBZ") for k in t.children) or \
            any(k.lemma_ in ("remain", "stay") for k in t.ancestors)
        return present and not to
    return True


def _subordinate(t) -> bool:
    """A trigger inside a relative or participial clause that describes a noun."""
    for a in [t, *list(t.ancestors)[:3]]:
        if a.dep_ in ("relcl",) or a.dep_ == "acl" and a.tag_ == "VBN":
            return True
    return False


def _phrase_head(toks, i: int, n: int):
    """The syntactic head of a matched phrase toks[i:i+n] ("military drill" -> drill, "jets bombed" -> bombed)."""
    span = toks[i:i + n]
    ids = {t.i for t in span}
    heads = [t for t in span if t.head.i not in ids or t.head.i == t.i]
    verbs = [t for t in heads if t.pos_ == "VERB"]
    return (verbs or heads or [toks[i]])[0]


def _past_perfect(t) -> bool:
    """The trigger's clause is in the past perfect ("had seized", "had been attacked"): an act told as
    before the time of the story around it."""
    head = t if t.pos_ in ("VERB", "AUX") else _clause_head(t)
    return any(k.dep_ in ("aux", "auxpass") and k.lower_ in ("had", "'d") for k in head.children) and \
        not any(k.dep_ == "aux" and k.lower_ in ("would", "might", "could") for k in head.children)


def _present(t) -> bool:
    """Is the trigger's clause in the present ("Turkey keeps 10,000 soldiers")? A headline's
    present tells the past and is not asked here."""
    head = _clause_head(t)
    return head.tag_ in ("VBZ", "VBP") and not any(k.dep_ in ("aux", "auxpass") and k.tag_ in ("VBD", "VBN")
                                                   for k in head.children)


def _clause_head(t):
    head = t
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ not in ("ROOT",):
        head = head.head
    return head


_CLAUSES: dict = {}   # (doc id, token index) -> clause, for the document in hand


def _clause(t) -> set:
    """Token indices of the trigger's own clause: its governing predicate's subtree, less other
    clauses (kept for the document in hand: callers copy before changing it)."""
    key = (id(t.doc), t.i)
    got = _CLAUSES.get(key)
    if got is None:
        got = _CLAUSES[key] = _clause_of(t)
    return set(got)


def _clause_of(t) -> set:
    head = t
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ not in ("ROOT",):
        head = head.head
    ids = set()
    stack = [head]
    while stack:
        x = stack.pop()
        ids.add(x.i)
        for ch in x.children:
            if ch.dep_ in ("ccomp", "advcl", "relcl", "parataxis") and t not in ch.subtree:
                continue
            if ch.dep_ == "conj" and ch.pos_ in ("VERB",) and t not in ch.subtree:
                continue
            stack.append(ch)
    if head.i != t.i:   # a noun's own modifiers, relative clauses included ("strikes that killed 25")
        for x in t.subtree:
            ids.add(x.i)
    return ids


def _near(t, sent) -> list:
    ids = _clause(t)
    return [x for x in sent if x.i in ids or abs(x.i - t.i) <= 3]


def _roles(t, kind: str):
    """(actor heads, target heads) from the trigger's dependents."""
    actors, targets = [], []
    # a verb the tagger took for a noun ("the insurgents have overrun ...") still heads its clause
    if t.pos_ in ("VERB", "AUX") or any(k.dep_ in ("nsubj", "aux") for k in t.children):
        kids = list(t.children)
        subj = [k for k in kids if k.dep_ in ("nsubj",)]
        agent = [g for k in kids if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
        pas = [k for k in kids if k.dep_ == "nsubjpass"]
        obj = [k for k in kids if k.dep_ in ("dobj",)]
        cur = t
        hops = 0
        while not subj and not agent and cur.dep_ in ("xcomp", "conj", "advcl", "acl", "ccomp", "acomp") and hops < 3:
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in SPEECH_VERBS and any(
                    k.dep_ == "nsubj" and k.pos_ == "NOUN" and not k.ent_type_ for k in cur.head.children):
                break   # "rockets were fired at the airport, police said": an unnamed source tells, it did not act
            cur = cur.head
            hops += 1
            subj = [k for k in cur.children if k.dep_ in ("nsubj",)]
            if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN") and not subj:
                pass
        actors += subj + agent
        if not actors and pas and kind in VIOLENT:
            actors += _means_owners(t) or _doers_when(t)
        if kind in VIOLENT or kind in ("arrest", "abduction", "property_destruction"):
            targets += obj + pas
            targets += [g for k in kids if k.dep_ == "prep" and k.lower_ in ("on", "against", "at")
                        for g in k.children if g.dep_ == "pobj" and not _a_time(g)]
        elif kind in MOVEMENT or kind in ("military_aid",):
            if not actors:
                actors += pas
            if not actors and kind in ("deployment", "withdrawal") and any(k.dep_ == "aux" and k.lower_ == "to"
                                                                          for k in kids):
                # "no plans to move Takuba to Niger": the force moved, where no one is said to move it
                actors += [o for o in obj if _is_force(o) or o.ent_type_ == "GPE" and o.pos_ == "PROPN"]
            targets += [g for k in kids if k.dep_ in ("prep", "dative") and k.lower_ in ("to",)
                        for g in k.children if g.dep_ == "pobj"]
            if kind == "withdrawal":
                actors += [o for o in obj if o.lower_ in FORCE_NOUNS or o.lemma_.lower() in FORCE_NOUNS]
        elif kind in ("agreement", "diplomacy"):
            targets += [o for o in obj if o.ent_type_ or o.pos_ == "PROPN"]
            targets += [g for k in kids if k.dep_ == "prep" and k.lower_ in ("with",)
                        for g in k.children if g.dep_ == "pobj"]
        elif kind not in ("legislation", "statement", "group_change"):
            targets += obj
    else:
        kids = list(t.children)
        actors += [k for k in kids if k.dep_ in ("compound", "amod", "poss", "nmod")
                   and (k.ent_type_ or (k.lower_ in FORCE_NOUNS and k.pos_ == "NOUN") or k.pos_ == "PROPN")]
        # "US troop withdrawal": the modifier's own modifiers
        for k in kids:
            if k.dep_ == "compound" and k.lower_ in FORCE_NOUNS:
                actors += [g for g in k.children if g.dep_ in ("compound", "amod") and (g.ent_type_ or g.pos_ == "PROPN")]
        for k in kids:
            if k.dep_ == "prep" and k.lower_ == "by":
                actors += [g for g in k.children if g.dep_ == "pobj"]
            if k.dep_ == "acl" and k.tag_ == "VBN":
                # "a ceasefire agreed by Erdogan and Putin", "the strike ordered by the president"
                actors += [g for a in k.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            if k.dep_ == "prep" and k.lower_ == "between" and kind in ("agreement", "diplomacy", "clash"):
                actors += [g for g in k.children if g.dep_ == "pobj"]   # "a deal between X and Y": both parties
            if k.dep_ == "prep" and k.lower_ in ("on", "against", "targeting"):
                targets += [g for g in k.children if g.dep_ == "pobj"]
            if k.dep_ == "prep" and k.lower_ == "of":
                objs = [g for g in k.children if g.dep_ == "pobj"]
                if kind in MOVEMENT:
                    actors += objs
                else:
                    targets += objs
        if not actors and t.dep_ in ("dobj", "attr") and t.head.pos_ == "VERB":
            actors += [k for k in t.head.children if k.dep_ == "nsubj"]
        if not actors and t.dep_ in ("nsubj", "nsubjpass"):
            pass
    if kind == "clash":
        # both sides of a battle are its actors: "soldiers clashed with rebels", "two members
        # of a patrol were killed in fighting with smugglers"
        kids = list(t.children)
        targets += [g for k in kids if k.dep_ == "prep" and k.lower_ in ("with", "between", "against")
                    for g in k.children if g.dep_ == "pobj"]
        if t.pos_ in ("VERB", "AUX"):
            targets += [k for k in kids if k.dep_ in ("nsubjpass", "dobj") and k not in targets]
        actors, targets = actors + [x for x in targets if x not in actors], []
    # "the United States, which keeps 800 personnel in Niger": the relative pronoun's antecedent acts
    actors = [a.head.head if a.lower_ in ("which", "who", "that") and a.head.dep_ == "relcl" else a for a in actors]
    # conjoined subjects: "Iraqi and Kurdish forces", "the army and police"
    more = []
    for a in actors:
        more += [c for c in a.conjuncts if c.i > a.i]
    return actors + more, targets


def _a_time(tok) -> bool:
    """'on Sunday', 'at dawn': a time, never a target."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in CALENDAR_WORDS or tok.lemma_.lower() in CALENDAR_WORDS


# verbs of a clause that tells how a passive act came about by its subject's force ("when militants stormed a
# village", "as gunmen opened fire"), not what others did meanwhile ("as US forces raced to finish the airlift")
FORCE_ACTS = GENERIC_VIOLENT | LETHAL_ACTS | RIOT_ACTS | LAUNCH | CAPTURE | {
    "storm", "ambush", "bomb", "shell", "open", "detonate", "ram", "plant", "target", "pound", "bombard", "blast"}


def _doers_when(t) -> list:
    """'20 people were killed when militants stormed a village': the passive toll's doers are the
    subject of the clause that tells how ('when', 'as'), a clause of force; who did something else meanwhile
    ('rockets were fired at the airport as US forces raced to finish the airlift') is no doer."""
    for k in t.children:
        if k.dep_ == "advcl" and any(m.lower_ in ("when", "as") and m.dep_ in ("advmod", "mark") for m in k.children):
            if k.lemma_.lower() not in FORCE_ACTS:
                return []
            return [s for s in k.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")]
    return []


def _means_owners(t) -> list:
    """'Was killed in a U.S. drone strike', 'died in a Russian missile attack by the army': a passive
    act with no agent told by the means it came through, whose named modifiers or agent did it."""
    out = []
    for k in t.children:
        if k.dep_ != "prep" or k.lower_ not in ("in", "by"):
            continue
        for g in k.children:
            if g.dep_ != "pobj" or g.pos_ != "NOUN":
                continue
            mods = [x for x in g.children if x.dep_ in ("compound", "amod", "nmod")]
            mods += [x for m in mods if m.dep_ == "compound" for x in m.children if x.dep_ in ("compound", "amod")]
            out += [x for x in mods if x.ent_type_ in ("GPE", "NORP", "ORG") or x.pos_ == "PROPN"]
            out += [p for x in g.children if x.dep_ == "prep" and x.lower_ == "by" for p in x.children
                    if p.dep_ == "pobj"]
    return out


def _np_span(head):
    left = head.left_edge
    right = head
    for ch in head.rights:
        if ch.dep_ in ("compound", "flat", "appos") or (ch.dep_ == "prep" and ch.lower_ == "of"):
            right = ch.right_edge
    if head.head is not head and head.i < head.head.i <= right.i:
        right = head.doc[head.head.i - 1]   # a misparsed apposition past the subject's own verb
    if left.i > right.i:
        left = head
    return head.doc[left.i:right.i + 1]


def _stative_strength(t) -> bool:
    """Is the counted force the subject of a state ("were deployed in", "are expected to stay")?"""
    h = t.head
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lem = h.lemma_.lower()
    kids = list(h.children)
    if lem in ("deploy", "station", "base", "post") and t.dep_ == "nsubjpass" and \
            any(k.dep_ == "prep" and k.lower_ in ("in", "at") for k in kids) and \
            not any(k.dep_ == "prep" and k.lower_ in ("to", "into") for k in kids) and \
            not any(k.dep_ == "aux" and k.lower_ in ("have", "has", "had", "will") for k in kids):
        return True
    return any(k.dep_ == "xcomp" and k.lemma_.lower() in ("stay", "remain") for k in kids)


def _range_pair(parsed, a, b) -> bool:
    """Are two counts the ends of one range ('between A and B', 'from A to B', 'A to B')?"""
    between = [t.lower_ for t in parsed[a.i + 1:b.i]]
    words = [w for w in between if not re.match(r"^[\d.,]+$", w) and w not in ("some", "about", "around")]
    return 0 < len(words) <= 2 and words[-1] in ("and", "to", "-", "–") and (
        words[-1] != "and" or a.i > 0 and parsed[a.i - 1].lower_ == "between"
        or a.i > 1 and parsed[a.i - 2].lower_ == "between")


def _subject_text(head) -> list[str]:
    """An actor the dictionary does not know keeps its words ("the insurgents", "the separatists")."""
    if head.pos_ not in ("NOUN", "PROPN") or head.like_num or head.lemma_.lower() in SUBJECT_NOT_ACTOR:
        return []
    if head.ent_type_ in ("DATE", "TIME") or head.lower_ in CALENDAR_WORDS or head.lemma_.lower() in CALENDAR_WORDS:
        return []   # "January saw ...", "Thursday evening brought ...": a time, never who acted
    if head.tag_ == "NN" and len(head.lower_) >= 7 and head.lower_.endswith("ing"):
        return []   # "a suicide bombing killed 20": the event itself (a verb's noun), not its doer
    # "the following morning militants": the time the parser joined to the phrase is not the actor's name
    words = [x for x in _np_span(head) if x.dep_ not in ("det", "punct", "predet") and x.pos_ not in ("DET", "PUNCT")
             and x.i <= head.i + 3 and (x.i == head.i or not (x.ent_type_ in ("DATE", "TIME")
                                                           or x.lower_ in CALENDAR_WORDS))]
    if len(words) == 1 and head.lemma_.lower() in UNOWNED_UNITS:
        return []   # "the contingent withdrew": whose contingent the text says elsewhere, if at all
    txt = " ".join(x.text for x in words).strip()
    if re.match(r"Operation\s", txt, re.I):
        return []   # "Operation Barkhane killed ...": an operation's name, not who carries it out
    return [txt] if txt and len(words) <= 5 else []


def _is_demonym(span) -> bool:
    return span.root.ent_type_ == "NORP" or span.root.dep_ == "amod" and span.root.pos_ == "ADJ"


def _np_head(t):
    """The head of the phrase a name modifies ("the Morek observation post" -> post)."""
    while t.dep_ in ("compound", "nmod") and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head
    return t


def _governed_by(a, b, far: bool = False) -> bool:
    """Is token a inside a modifier of b ("Camp Arena in Herat")? For places far apart, an
    apposition is a list ("Taji on June 1, the Besmaya camp on June 4"), not a renaming."""
    cur = a
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("conj",) or (cur.dep_ == "pobj" and cur.head.dep_ in ("agent",)) or \
                far and cur.dep_ in ("appos", "npadvmod") or \
                cur.dep_ in ("nsubj", "nsubjpass", "dobj", "relcl", "acl", "ccomp", "advcl", "xcomp"):
            return False   # a clause or a core argument does not locate a place
        cur = cur.head
        if cur.i == b.i:
            return True
    return False


def _tree_distance(a, b) -> int:
    pa = [a, *a.ancestors]
    pb = [b, *b.ancestors]
    sb = {x.i: n for n, x in enumerate(pb)}
    for n, x in enumerate(pa):
        if x.i in sb:
            return n + sb[x.i]
    return 12 + abs(a.i - b.i) // 5


def _present_state(t) -> bool:
    """The trigger or the verb it depends on is in the simple present ("has 4,500 troops", "keeps
    800 personnel", "are based in"): a state as of the report."""
    for x in (t, t.head, t.head.head):
        if x.pos_ in ("VERB", "AUX"):
            return x.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") and a.dep_ in ("aux", "auxpass")
                                                   and a.lemma_.lower() != "have" for a in x.children)
    return False


def _reported_clause(tok, steps: int, deps: tuple[str, ...] = ("ccomp",)):
    """The head of the clause a verb of saying reports ("Ankara said [its jets struck ...]") that
    holds `tok`, found within `steps` heads up; None when there is none."""
    cur = tok
    for _ in range(steps):
        if cur.dep_ in deps and cur.head.lemma_.lower() in SPEECH_VERBS:
            return cur
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def _other_clause(tok, clause: int | None) -> bool:
    """The token belongs to another clause with a subject of its own than the clause headed at
    `clause` ("... and the following evening rockets struck C"; not "Q-West, known as ..., on March 26")."""
    head = _clause_head(tok)
    return clause is not None and head.i != clause and any(
        k.dep_ in ("nsubj", "nsubjpass", "expl") for k in head.children)
