"""ACLED coding: battle or attack, riot or protest, the side of an actor, ground passing without a fight."""
from __future__ import annotations

import re

from sitrep.events.candidate import Candidate
from sitrep.events.words import (ARMED_NOUNS, CIVILIAN_NOUNS, INTERVENE_ACTS, LETHAL_ACTS, MULTITUDE,
                                 NONSTATE_WORDS, PROTESTER_WORDS, RIOT_ACTS, STATE_FORCE_WORDS, STATE_TYPES,
                                 STATE_WORDS, TOPIC_HEADS)

# what makes a convoy, vehicle or post one of people who carry no arms
UNARMED_KINDS = frozenset({"diplomatic", "aid", "humanitarian", "medical", "relief", "civilian", "embassy", "red",
                           "charity", "ambulance", "refugee"})


def _attack_or_clash(c) -> str:
    """ACLED: violence against civilians is an attack; against soldiers, police, militants or
    their posts it is a battle (armed clash)."""
    t = c.trig
    heads = []
    if t.pos_ in ("VERB", "AUX"):
        heads += [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")]
        heads += [g for k in t.children if k.dep_ == "prep" and k.lower_ in ("on", "against", "at")
                  for g in k.children if g.dep_ == "pobj"]
    else:
        heads += [g for k in t.children if k.dep_ == "prep" and k.lower_ in ("on", "against", "of")
                  for g in k.children if g.dep_ == "pobj"]
    # the counted dead and wounded ("killing 12 security force members")
    for x in c.sent:
        if x.lemma_.lower() in ("kill", "wound", "injure") and x.i in c.zone and x.i != t.i:
            heads += [k for k in x.children if k.dep_ in ("dobj", "nsubjpass")]
    heads += [g for h in heads for g in h.conjuncts]
    armed = civilian = 0
    for h in heads:
        words = {h.lemma_.lower()} | {k.lemma_.lower() for k in h.children if k.dep_ in ("compound", "amod")}
        if h.lemma_.lower() in MULTITUDE | {"member", "members", "some", "many", "all", "several"} or h.pos_ == "NUM":
            words |= {g.lemma_.lower() for k in h.children if k.dep_ == "prep" for g in k.subtree}
        if words & ARMED_NOUNS and not words & UNARMED_KINDS:   # (not "a diplomatic convoy", "an aid convoy")
            armed += 1
        elif words & CIVILIAN_NOUNS:
            civilian += 1
    if armed and not civilian:
        return "clash"
    if civilian and not armed and c.kind == "clash" and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in (
            "clash", "fight", "battle", "engage", "exchange"):
        return "attack"
    return c.kind


def _word_class(tok) -> str | None:
    """'protester' or 'state' for a subject or object phrase."""
    words = {x.lemma_.lower() for x in tok.subtree if x.pos_ in ("NOUN", "PROPN", "ADJ")} | {tok.lemma_.lower()}
    if words & PROTESTER_WORDS and not tok.lemma_.lower() in STATE_FORCE_WORDS:
        return "protester"
    if words & STATE_FORCE_WORDS:
        return "state"
    return None


def _demonstration(sent) -> str:
    """How a demonstration went, by ACLED's rules: 'riot' when demonstrators are violent or
    destructive; else 'force' when the authorities used lethal or serious violence against
    them, 'intervention' when they dispersed or arrested them, 'peaceful'."""
    riot = violent_word = peaceful = force = intervention = False
    lemmas = {x.lemma_.lower() for x in sent}
    text = sent.text.lower()
    base = sent.start_char

    def topic_tok(tok) -> bool:
        # "to protest against police brutality", "to decry the violence": what the protest is
        # about, not what happened at it
        return any(a.lemma_.lower() in TOPIC_HEADS and a.pos_ in ("VERB", "ADP") for a in tok.ancestors)

    def topic(m) -> bool:
        tok = sent.doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        return tok is not None and topic_tok(tok.root)
    if any(not topic(m) for m in re.finditer(r"\b(tear ?gas|water cannons?|rubber bullets?|stun grenades?|"
                                            r"batons?|pepper spray|dispers\w+|baton-charg\w+)\b", text)):
        intervention = True
    if any(not topic(m) for m in re.finditer(r"\b(live (ammunition|fire|rounds|bullets)|gunfire|excessive force|"
                                            r"shot dead|opened fire|brutal\w*|violently (suppress|disperse|attack|"
                                            r"beat)\w*|crackdown|(serious|severe|critical|grave) injur\w*)\b", text)):
        force = True
    for x in sent:
        lem = x.lemma_.lower()
        if lem in ("peaceful", "peacefully", "non-violent", "nonviolent", "tranquil", "calm") or \
                lem == "violent" and any(k.lower_ in ("non", "non-") for k in x.children):
            peaceful = True
        if lem in ("violent", "aggressive", "violence") and not topic_tok(x) and not any(
                _word_class(k) == "state" for k in x.children) and not (
                x.head.lemma_.lower() in ("police", "security", "crackdown", "repression", "suppression", "force")
                or x.i > 0 and sent.doc[x.i - 1].lemma_.lower() in ("police", "state", "security", "military")):
            violent_word = True   # "violent protests", "protesters turned violent", "violence boiled over"
        if lem in ("riot", "rioting", "rioter", "vandalism", "arson", "molotov", "looting", "looter", "clash",
                   "scuffle", "skirmish") and x.pos_ in ("NOUN", "PROPN") and not topic_tok(x) and not (
                lem == "riot" and x.dep_ == "compound"):
            riot = True           # "riot police" is the police
        if x.pos_ not in ("VERB",):
            continue
        if any(k.dep_ == "prt" and k.lower_ in ("off",) for k in x.children):
            continue              # "kicked off the protests"
        subj = [k for k in x.children if k.dep_ in ("nsubj",)]
        agent = [g for k in x.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
        patient = [k for k in x.children if k.dep_ in ("dobj", "nsubjpass")]
        with_ = [g for k in x.children if k.dep_ == "prep" and k.lower_ in ("with", "on", "at")
                 for g in k.children if g.dep_ == "pobj"]
        s_cls = {_word_class(k) for k in subj + agent}
        p_cls = {_word_class(k) for k in patient + with_}
        if lem in RIOT_ACTS and ("protester" in s_cls and "state" not in s_cls
                                 or not s_cls - {None} and "state" in p_cls and lem in ("throw", "hurl", "fire")):
            if lem not in ("block", "shut", "occupy") or p_cls & {"state"} or x.lower_ in ("blocked", "blocking") \
                    or lemmas & {"road", "roads", "highway", "street", "barricade", "tyre", "tire"}:
                riot = True       # "protesters threw stones", "projectiles were thrown at police"
        if lem == "clash" and ("protester" in s_cls or "protester" in p_cls):
            riot = True
        if lem in LETHAL_ACTS and ("state" in s_cls or ("protester" in p_cls and "protester" not in s_cls)):
            force = True
        if lem in ("kill", "wound", "injure", "die") and "protester" not in s_cls and (
                not s_cls - {None} or "state" in s_cls):
            force = True   # people killed or wounded at a demonstration its demonstrators did not attack
        if lem in INTERVENE_ACTS and ("state" in s_cls or "protester" in p_cls and lem not in ("use", "fire")):
            intervention = True
    if riot or violent_word and not peaceful and not force:
        return "riot"
    if force:
        return "force"
    if intervention:
        return "intervention"
    return "peaceful"


def _ground_passes(text: str) -> bool:
    """A withdrawal that leaves the ground to another actor: taken over, handed, entered,
    recaptured in the face of an advance, evacuated under a deal."""
    text = text.lower()
    return bool(re.search(r"\b(took|take|taken|takes|taking|assum\w+|seiz\w+|enter\w*|captur\w+|recaptur\w+|"
                          r"retook|retak\w+|overr[au]n|occup\w+) (over|control|it|the|back)\b", text)
                or re.search(r"\b(handed|handover|hand over|hands over|evacuation deal|evacuation agreement|vacuum|"
                             r"in the face of|advance[sd]? (on|into|towards)|advancing|recaptured|retook|regain\w*|"
                             r"in the hands of|controll?\w* the|(took|taken|gained|assumed|seized) (full )?control|"
                             r"without (a fight|resistance|fighting))\b", text)
                or re.search(r"\b(allow\w*|let|leav\w+|left)\b.{0,40}\b(to (seize|take|enter|control)|control)\b", text))


def _state_protest(t, actors) -> bool:
    """A protest lodged by a government or a state (subject a state actor or a place, or
    "protested to X")."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in ("protest", "complain", "object"):
        return False
    if any(k.dep_ == "prep" and k.lower_ == "to" for k in t.children):
        return True
    for k in t.children:
        if k.dep_ == "nsubj":
            if k.ent_type_ in ("GPE",) or k.lemma_.lower() in ("government", "ministry", "president", "embassy",
                                                                "foreign ministry", "cabinet", "state"):
                return True
            if actors is not None:
                a = actors.get(actors.resolve(" ".join(x.text for x in k.subtree)) or "")
                if a is not None and (a.type or "") in ("state", "government", "legislature"):
                    return True
    return False


class Coding:
    """ACLED coding of candidates (a part of the Events stage)."""

    # -- ACLED -----------------------------------------------------------------------------
    def _acled(self, c: Candidate, sent) -> dict[str, str] | None:
        """The ACLED sub-event type, by ACLED's rules: who acted against whom, and how."""
        base = self.acled_map.get(c.kind)
        words = self._words(sent)
        text = sent.text.lower()
        sd = "Strategic developments"
        if c.kind == "protest":
            how = _demonstration(sent)
            sub = {"force": "Excessive force against protesters", "intervention": "Protest with intervention"}.get(
                how, "Peaceful protest")
            return {"event_type": "Protests", "sub_event_type": sub}
        if c.kind == "territory_change":
            if words & {"without", "peacefully", "handover", "handed", "hand", "vacate", "vacated", "evacuation",
                        "surrender", "surrendered", "agreement", "deal"} or (
                    words & {"withdraw", "withdrew", "withdrawn", "withdrawal", "abandon", "abandoned", "left", "leave"}
                    and not words & {"clash", "clashes", "fighting", "battle", "fierce", "heavy", "killed"}):
                return {"event_type": sd, "sub_event_type": "Non-violent transfer of territory"}
            side = self._side(c)
            if side == "state" or (side is None and words & {"recapture", "recaptured", "retake", "retook", "regain",
                                                             "regained", "liberate", "liberated", "liberation",
                                                             "reclaim", "reclaimed", "back"}):
                return {"event_type": "Battles", "sub_event_type": "Government regains territory"}
            return {"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory"}
        if c.kind in ("deployment", "group_change", "troop_level"):
            if re.search(r"\b(establish\w*|set(ting)? up|buil[dt]\w*|open\w*|construct\w*|erect\w*|install\w*)\b"
                         r".{0,60}\b(bases?|headquarters|camps?|outposts?|posts?|positions?|offices?|checkpoints?|"
                         r"points?|garrisons?|barracks|airstrips?)\b", text) or \
                    re.search(r"\b(new|relocat\w+|mov\w+) (its |their |a )?(military )?(base|headquarters|hq)\b", text):
                return {"event_type": sd, "sub_event_type": "Headquarters or base established"}
        if c.kind == "withdrawal" and _ground_passes(text):
            return {"event_type": sd, "sub_event_type": "Non-violent transfer of territory"}
        return dict(base) if base else None

    def _side(self, c: Candidate) -> str | None:
        """'state' or 'nonstate': who acts. The subject's head decides ("Syrian army and allied
        fighters": the army), through the actor dictionary's types, else its words."""
        t = c.trig
        heads = [k for k in t.children if k.dep_ == "nsubj"] or \
            [g for k in t.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
        if not heads and t.dep_ in ("conj", "xcomp", "advcl") and t.head.i != t.i:
            heads = [k for k in t.head.children if k.dep_ == "nsubj"]
        for h in heads[:1]:
            side = self._phrase_side(h)
            if side:
                return side
        kinds = set()
        for name in c.actors:
            a = self.actors.get(name) if self.actors is not None else None
            if a is not None and a.type:
                kinds.add("state" if a.type in STATE_TYPES else "nonstate")
        return kinds.pop() if len(kinds) == 1 else None

    def _phrase_side(self, h) -> str | None:
        """The side of a subject phrase: its own words first, then a dictionary actor in it."""
        own = [x for x in h.subtree if x.i <= h.i or x.dep_ in ("amod", "compound")]
        words = {x.lower_ for x in own} | {x.lemma_.lower() for x in own}
        text = " ".join(x.lower_ for x in h.subtree)
        head = h.lemma_.lower()
        if words & NONSTATE_WORDS or any(w in text for w in NONSTATE_WORDS if " " in w):
            if head in NONSTATE_WORDS or not words & {"government", "regime", "state", "national"}:
                return "nonstate"
        if head in ("army", "military", "troop", "soldier", "police", "government", "regime", "gendarmerie",
                    "marine", "navy") or words & {"government", "regime", "pro-government", "loyal", "national",
                                                   "state", "official"}:
            return "state"
        if self.actors is not None:
            s0, s1 = h.left_edge.idx, h.right_edge.idx + len(h.right_edge)
            for m in self._mentions:
                if s0 <= m.start < s1 and m.actor.type:
                    return "state" if m.actor.type in STATE_TYPES else "nonstate"
        if words & STATE_WORDS:
            return "state"
        return None
