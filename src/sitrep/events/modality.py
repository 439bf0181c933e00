"""Modality and occurrence: planned, denied, hypothetical; and what is no occurrence at all (generic,
habitual, passing or anaphoric mentions, accidents told with words of violence), checked on arguments."""
from __future__ import annotations

import re

from sitrep.model import Document, EventDate, Location
from sitrep.events.arguments import _in_actor_np
from sitrep.events.candidate import Candidate
from sitrep.events.coding import _attack_or_clash
from sitrep.events.detection import CALLING_GATHERINGS, _dated_noun, _own_people_out, _set_for_a_day
from sitrep.events.syntax import _civilian_movers, _is_force, _standing
from sitrep.events.words import (PART_WORDS, ABILITY, ACCIDENT_PRONE, ACCIDENT_WORDS, ASPECTUAL, ATTEMPTS, CAMPAIGN_PREPS,
                                 CAPTIVES, DECIDED_MOVES, DECIDING, DENY_HEADS, DROP_HEADS, EXPECTED, HABITUAL,
                                 HOSTILE_WORDS, HYPO_AUX, HYPO_HEADS, LEGISLATORS, LEGIS_NOUNS, LEGIS_VERBS,
                                 MOVERS, MULTITUDE, PARTICIPANTS, PLANNED_AUX, PLANNED_HEADS, REASONS, REF_NOUNS,
                                 STANDING, STATIVE, TIME_NOUNS, _INSTALLATION,
                                 PROSPECT_NOUNS, PROGRESS, INVOLVEMENT, ANSWERING, CIVIL_AID, MATERIEL,
                                 CLAIM_NOUNS, UNTRUE, MORE_FORCES, AID_CARRIERS, CAMPAIGN_VERBS,
                                 CAPTURE, PEOPLE_TAKEN, NO_TRACE, GENERIC_VIOLENT, KIND_MARGIN,
                                 DECLARING, OUTCOME_NOUNS, SPEAKER_NOUNS, OPENING, SPEECH_VERBS, DELIVERING,
                                 RESPONDING)
from sitrep.events.ontology import REMOTE_KINDS, VIOLENT

def _accident(lemmas: set) -> bool:
    """An industrial or everyday disaster told with words of violence and no hostile actor
    (given the sentence's forms and lemmas)."""
    return bool(lemmas & ACCIDENT_WORDS) and not lemmas & HOSTILE_WORDS


def _modality(t, sent) -> tuple[str, bool]:
    """(modality, drop): planned, hypothetical, denied or asserted; drop for demanded/negated-purpose.
    An act the sentence presupposes (a noun told with its own past, named as the cause or the time of
    another act, or said to go on) happened, whatever plan or possibility another clause tells; an act
    its doer refused or failed to carry out did not."""
    if t.pos_ == "VERB" and t.dep_ == "xcomp" and t.head.lemma_.lower() in NOT_DONE and \
            t.head.pos_ == "VERB" and not any(k.dep_ == "neg" for k in t.head.children):
        return "denied", False   # "the rebels refused to withdraw", "troops failed to retake the hill"
    if t.pos_ == "VERB" and t.tag_ == "VBG" and t.dep_ in ("xcomp", "ccomp") and \
            t.head.lemma_.lower() in STOPPING and not any(
                k.dep_ in ("aux", "auxpass") and k.lower_ in FUTURE_AUX | {"to"} for k in t.head.children):
        # "until the group stops attacking shipping", "the rebels have not ceased shelling the city": what
        # stops, or does not, has been going on; a stop to come is the news ("he would stop supplying
        # shells if ..." tells a possible end of supplies)
        return "asserted", False
    mod, drop = _told_modality(t, sent)
    if (drop or mod in ("planned", "hypothetical")) and _presupposed(t):
        return "asserted", False   # "fear that the bombing, which cut the road, could isolate the town"
    if not drop and mod in ("asserted", "planned") and _conditioned_on_any(t):
        return "hypothetical", False
    if not drop and mod == "asserted" and _in_plan_scope(t):
        return "planned", False
    return mod, drop


# nouns a plan's terms are told under: "under the deal", "according to the plan", "under the ceasefire"
TERMS_NOUNS = {"plan", "deal", "agreement", "accord", "arrangement", "ceasefire", "truce", "terms", "framework",
               "roadmap", "timetable", "schedule", "resolution", "mandate", "proposal", "settlement", "pact",
               "memorandum", "protocol", "treaty", "scheme", "blueprint", "deal's", "order", "decree"}
# what is done on the same lines as an act planned: "while", "as", "whereas", "and"
ALONGSIDE_MARKS = {"while", "as", "whereas", "whilst"}


def _simple_present(verb) -> bool:
    """A verb in the simple present told with no auxiliary ("sends", "deploy"), the tense a plan's terms
    are told in as much as an act going on."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBP") and not any(
        k.dep_ in ("aux", "auxpass", "neg") for k in verb.children)


def _terms_of_plan(verb) -> bool:
    """The verb is told under a plan's terms: "Under the deal, Russian troops withdraw within 30 days",
    "according to the plan, the brigade moves to the border"."""
    for k in verb.children:
        if k.dep_ != "prep":
            continue
        if k.lower_ == "under" or k.lower_ == "according" and any(g.lower_ == "to" for g in k.children):
            nouns = [g for g in k.subtree if g.dep_ == "pobj"]
            if any(n.lemma_.lower() in TERMS_NOUNS or n.lower_ in TERMS_NOUNS for n in nouns):
                return True
    return False


def _in_plan_scope(t) -> bool:
    """An act told in the simple present inside a plan: a clause alongside an act planned ("Israeli forces
    are to pull out in stages, while the army sends 5,000 soldiers into the south and takes over positions
    there"; "the Pentagon will move two brigades, and Germany deploys a battalion") or under a plan's
    terms ("Under the agreement, the rebels hand over their heavy weapons"). The present there tells the
    plan's content, not an act going on. A clause of saying is a report of its own."""
    verb = t if t.pos_ == "VERB" else (t.head if t.dep_ in ("dobj", "nsubj", "nsubjpass") and t.head.pos_ == "VERB"
                                       else None)
    if verb is None or not _simple_present(verb) or verb.lemma_.lower() in SPEECH_VERBS:
        return False
    cur = verb
    for _ in range(4):   # "... while the army sends soldiers and takes over positions": up the coordination
        if _terms_of_plan(cur):
            return True
        head = cur.head
        if head.i == cur.i or head.pos_ not in ("VERB", "AUX"):
            return False
        if cur.dep_ == "advcl" and not any(k.dep_ == "mark" and k.lower_ in ALONGSIDE_MARKS for k in cur.children):
            return False   # "... so that the army sends ...", "because troops leave": no part of the plan
        if cur.dep_ not in ("conj", "advcl"):
            return False
        if _simple_present(head) and head.lemma_.lower() not in SPEECH_VERBS:
            cur = head   # a present beside a present: the first one decides
            continue
        # "forces are to pull out, while the army sends ...": the plan is told by the infinitive of "be"
        planned = next((k for k in head.children if k.dep_ == "xcomp" and k.pos_ == "VERB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in k.children)), None) if head.lemma_ == "be" else None
        told, drop = _told_modality(planned if planned is not None else head, head.sent)
        return not drop and told == "planned" and not _conditional(head)
    return False


def _conditioned_on_any(t) -> bool:
    """An act that answers whatever may come ("Iran would respond forcefully to any attack", "will retaliate
    against any strike"): it comes only if the other does; and the other, "any attack", is no act told."""
    def modal(v) -> bool:
        return v.pos_ in ("VERB", "AUX") and any(k.dep_ == "aux" and k.lower_ in PLANNED_AUX | HYPO_AUX
                                                 for k in v.children)
    def any_noun(n) -> bool:
        return n.pos_ == "NOUN" and any(k.dep_ == "det" and k.lower_ in ("any", "every") for k in n.children)
    if t.pos_ == "NOUN" and any_noun(t):
        gov = t.head.head if t.dep_ == "pobj" else t.head
        return modal(gov) if t.dep_ in ("pobj", "dobj") else False
    if t.pos_ == "VERB" and modal(t):
        return any(k.dep_ == "prep" and k.lower_ in ("to", "against") and any(any_noun(g) for g in k.children)
                   for k in t.children)
    return False


# verbs that carry an act on beyond its end, told with the act as their passive subject: "the drills would be
# extended", "the mission will be prolonged"
PROLONGING = {"extend", "prolong", "lengthen", "expand", "renew"}
# verbs whose infinitive complement did not happen: "refused to withdraw", "failed to retake the town"
NOT_DONE = {"refuse", "decline", "fail"}
# what goes on and so has begun: "the drills will continue until Friday", "Russia will carry on its strikes"
CONTINUING = {"continue", "persist", "drag"}
# verbs that own an act told or speak of it: "Hamas did not claim the rocket attack" denies the claim, not the act
OWNING = {"claim", "comment", "discuss", "mention", "condemn"}
# what stops has been going on: "until the group stops attacking shipping", "ceased firing"
STOPPING = {"stop", "cease", "quit"}
# prepositions that take an act as given: "since the coup", "amid the shelling", "despite the raid"
GIVEN_PREPS = {"since", "amid", "amidst", "despite"}
# prepositions that take an act as given unless the clause they modify is still to come or may be:
# "the town could fall after the capture" leaves the capture open, "protests grew after the raid" does not
CAUSE_PREPS = {"after", "following"}
FUTURE_AUX = {"will", "'ll", "shall", "would", "wo", "could", "might", "may", "can", "ca", "must", "should"}


# verbs that decide or allow an act they govern, which is then still to come: "voted to send 2,000 peacekeepers",
# "approved sending troops", "authorised the deployment of 500 soldiers"
AUTHORISING = {"approve", "authorise", "authorize", "endorse", "sanction", "mandate", "vote", "ratify", "adopt"}
# nouns of a decision, a deal or an order, whose act is still to come: "a deal to withdraw", "an order for the
# troops to leave", "a timetable for the pull-out"
PLAN_NOUNS = {"plan", "deal", "agreement", "accord", "order", "orders", "decision", "resolution", "mandate",
              "pledge", "promise", "commitment", "ultimatum", "deadline", "timetable", "proposal", "roadmap",
              "directive", "instruction", "instructions", "permission", "approval", "authorisation",
              "authorization", "go-ahead", "schedule", "framework", "arrangement"}
# a deadline given for an act: "gave the peacekeepers until December to leave", "within 30 days"
DEADLINE_PREPS = {"until", "by", "within", "before"}


def _settled(t) -> bool:
    """Is the act what a decision, a vote, a deal or an order settles, and so still to come? Its verb a
    to-infinitive of a noun of decision ("a deal to withdraw", "an order for the troops to leave") or of a
    verb whose object is one ("signed a deal to withdraw its forces"), of a verb that allows it ("voted to
    send peacekeepers") or of a verb that sets it a deadline ("gave the mission until December to leave");
    or the act the object or the gerund of a verb that allows it ("authorised the deployment", "approved
    sending troops"), or what a decision is for ("a timetable for the withdrawal", "the agreement
    provides for the withdrawal of foreign forces"). A decider told as possible, negated or conditional
    is left to its clause."""
    def firm(v) -> bool:
        return v.pos_ in ("VERB", "AUX") and not any(
            k.dep_ == "neg" or k.dep_ in ("aux", "auxpass") and k.lower_ in HYPO_AUX or
            k.dep_ == "mark" and k.lower_ in ("if", "unless", "whether") for k in v.children)
    if _dated_noun(t) if t.pos_ == "NOUN" else False:
        return False   # "the 2015 withdrawal": its own date places it
    if any(x.lemma_.lower() in ("complete", "completed", "finish") for x in t.subtree):
        return False
    h = t.head
    hl = h.lemma_.lower()
    if t.pos_ == "VERB" and any(k.dep_ == "aux" and k.lower_ == "to" for k in t.children) and \
            t.dep_ in ("xcomp", "advcl", "acl", "relcl"):
        if h.pos_ == "NOUN" and hl in PLAN_NOUNS:
            # "there are no plans to move the force": ruled out, not planned
            return not any(k.dep_ in ("det", "neg") and k.lower_ in ("no", "never") for k in h.children)
        if firm(h) and (hl in AUTHORISING or any(k.dep_ == "dobj" and k.lemma_.lower() in PLAN_NOUNS
                                                  for k in h.children)):
            return True
        if firm(h) and t.dep_ == "advcl" and hl in ("give", "grant", "allow") and any(
                k.dep_ == "prep" and k.lower_ in DEADLINE_PREPS for k in h.children):
            return True
        # a span of time granted to act in ("gave the rebels 72 hours to surrender", "gave them 48 hours to
        # leave the capital"), the parser hanging the infinitive from the span or from the verb
        spans = [h] if h.pos_ == "NOUN" else [k for k in h.children if k.dep_ in ("dobj", "npadvmod")]
        if any(s.lemma_.lower() in GRANTED_TIME and s.dep_ in ("dobj", "npadvmod") and s.head.lemma_.lower() in (
                "give", "grant", "allow") and firm(s.head) for s in spans):
            return True
        # the parser may hang the infinitive from the deadline itself ("until the end of the month to hand over")
        return any(a.dep_ == "prep" and a.lower_ in DEADLINE_PREPS and a.head.lemma_.lower() in ("give", "grant", "allow")
                   and firm(a.head) for a in list(t.ancestors)[:4])
    if t.pos_ == "VERB" and t.tag_ == "VBG" and t.dep_ in ("dobj", "xcomp") and hl in AUTHORISING and firm(h):
        return True
    if t.pos_ == "NOUN" and t.dep_ == "dobj" and hl in AUTHORISING and firm(h):
        return True
    # ("the May 19 agreement on a withdrawal by September 15", "a deal over the pull-out": the terms agreed)
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and (h.lower_ == "for" or h.lower_ in ("on", "over") and t.lemma_.lower()
                                                  in DECIDED_MOVES) and (
            h.head.pos_ == "NOUN" and (h.head.lemma_.lower() in PLAN_NOUNS or h.lower_ != "for" and
                                       h.head.lemma_.lower() in TALKS_NOUNS) or
            h.head.lemma_.lower() == "provide" and firm(h.head)):
        return True
    return False


# talks whose matter is an act still to come: "the talks on the withdrawal", "negotiations over the pull-out" (_settled)
TALKS_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion", "discussions", "consultation"})
# spans of time a side grants another to act in, which set the act a deadline: "gave the rebels 72 hours to
# surrender" (_settled)
GRANTED_TIME = frozenset({"hour", "day", "week", "month", "minute", "deadline", "ultimatum"})
# what allows or asks for a person's arrest before it is made: "issued an arrest warrant", "a warrant for the
# general"
WARRANT_NOUNS = {"warrant"}
# what is sought, ordered or allowed before it is made: "ordered the arrest of", "sought his extradition"
HELD_NOUNS = {"arrest", "detention", "extradition"}
# verbs that order, seek or allow a person's arrest, which is then still to come
ARREST_ASKING = {"order", "seek", "request", "authorise", "authorize", "approve", "demand", "issue", "want"}
# prepositions of a warrant carried out: "arrested on a warrant", "held under a warrant issued in 2019"
EXECUTED_PREPS = {"on", "under", "with", "by"}


def _warranted(t) -> bool:
    """The act is an arrest a warrant or an order allows or asks for, not yet made: the warrant itself
    ("reactivated arrest warrants for the ten negotiators", "a court issued a warrant for the general"), the
    arrest a warrant is for ("issued warrants for the arrest of two ministers") or an arrest ordered or
    sought ("a judge ordered the arrest of the former prime minister", "sought his extradition"). A warrant
    on which someone was held was carried out ("arrested on a warrant issued in 2019"): left to its clause."""
    if t.pos_ != "NOUN":
        return False
    lem = t.lemma_.lower()
    if lem in WARRANT_NOUNS:
        if t.dep_ == "pobj" and t.head.lower_ in EXECUTED_PREPS:
            return False
        return not (t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in ("execute", "serve", "enforce"))
    if lem not in HELD_NOUNS:
        return False
    if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_.lower() in WARRANT_NOUNS | {"request",
                                                                                                      "call"}:
        return True   # "warrants for the arrest of", "a request for his extradition"
    return t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in ARREST_ASKING and not any(
        k.dep_ == "neg" for k in t.head.children)


def _told_in_past(verb) -> bool:
    """The verb group is a past or a perfect told as fact ("which began", "that killed", "in which nine
    people died", "which has killed 40"), with no modal and no negation of its own."""
    kids = list(verb.children)
    if any(k.dep_ == "neg" or k.dep_ in ("aux", "auxpass") and k.lower_ in FUTURE_AUX for k in kids):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(k.dep_ in ("aux", "auxpass") and k.lemma_ in ("have", "be") and
                                      k.tag_ in ("VBD", "VBZ", "VBP") for k in kids)


LATER_TODAY = re.compile(r"(?i)^later (today|tonight|this (morning|afternoon|evening|week|month))$")


def _present_tense(t) -> bool:
    """The act's verb group is in the present, simple or progressive, told as fact ("meets", "is holding",
    "are flying"), not in the perfect nor with a modal."""
    head = t if t.pos_ in ("VERB", "AUX") else (t.head if t.dep_ in ("dobj", "nsubj", "nsubjpass") and
                                                 t.head.pos_ in ("VERB", "AUX") else None)
    if head is None:
        return False
    auxes = [k for k in head.children if k.dep_ in ("aux", "auxpass")]
    if any(k.lemma_ == "have" or k.lower_ in FUTURE_AUX or k.lower_ == "to" for k in auxes):
        return False
    if head.tag_ in ("VBZ", "VBP") and not auxes:
        return True
    return head.tag_ == "VBG" and any(k.lemma_ == "be" and k.tag_ in ("VBZ", "VBP") for k in auxes)


# verbs of an act's lasting, told with the time it lasts to: "runs until 14 March", "lasts through Sunday"
LASTING = {"run", "last", "continue", "go", "stretch", "extend", "carry"}
# prepositions of the end of a span: "until Friday", "through 20 March", "till the end of the month"
END_PREPS = {"until", "till", "til", "through", "thru"}


def _lasting_until(t) -> bool:
    """The act's verb tells how long it lasts, up to an end ("the exercise runs until 20 March", "drills
    that continue through Sunday", "the manoeuvres go on until Friday"): the act goes on, its day the end."""
    verb = t if t.pos_ in ("VERB", "AUX") else (t.head if t.dep_ in ("nsubj", "nsubjpass") else None)
    if verb is None:
        rel = [k for k in t.children if k.dep_ in ("relcl", "acl")]   # "exercises, which run until 20 March"
        verb = rel[0] if rel else None
    return verb is not None and verb.lemma_.lower() in LASTING and any(
        k.dep_ == "prep" and k.lower_ in END_PREPS for k in verb.children)


def _given_by(prep) -> bool:
    """A preposition that gives its act as a fact: "since", "amid", "despite" always; "after", "following"
    where the clause they modify is told as fact, not as a plan or a possibility ("protests grew after the
    raid", not "the town could fall after the capture of the airport")."""
    word = prep.lower_
    gov = prep.head
    if word in GIVEN_PREPS:
        return True
    return word in CAUSE_PREPS and gov.pos_ in ("VERB", "AUX") and not any(
        k.dep_ in ("aux", "auxpass") and k.lower_ in FUTURE_AUX or k.dep_ == "mark" for k in gov.children) \
        and not (gov.dep_ == "xcomp" and any(k.dep_ == "aux" and k.lower_ == "to" for k in gov.children))


def _presupposed(t) -> bool:
    """Does the sentence take the act as having happened, or going on, whatever governs it? A noun
    with a relative clause of its own told in the past ("the ambush that killed seven soldiers", "the
    drills, which began on Monday"); a noun after a preposition that gives it as a fact ("since the
    coup", "amid the shelling", "after the raid" where the clause it modifies is no plan or
    possibility); a noun said to go on ("the drills will continue until Friday")."""
    if t.pos_ == "VERB" and t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.dep_ == "prep" and _given_by(t.head):
        return True   # "after capturing the town on Monday, the rebels could advance", "since seizing the airport"
    if t.pos_ != "NOUN":
        return False
    if any(k.dep_ == "relcl" and _told_in_past(k) for k in t.children):
        return True
    head = t.head
    if t.dep_ == "pobj" and head.dep_ == "prep":
        if _given_by(head):
            return True
        gov = head.head
        if head.lower_ == "with" and gov.lemma_.lower() in ("press", "push", "carry", "keep", "forge") and any(
                k.dep_ in ("prt", "advmod") and k.lower_ in ("on", "ahead") for k in gov.children):
            return True   # "pressed on with the offensive", "will push ahead with the strikes": it goes on
    if t.dep_ in ("nsubj", "nsubjpass"):
        # what is to be continued ("will continue its strikes") is still to come; what is said to go on,
        # the subject of going on, has begun
        pred = head
        for _ in range(3):   # "the drills will continue", "the drills are set to continue"
            if pred.lemma_.lower() in CONTINUING or pred.lemma_.lower() in ("go", "carry") and any(
                    k.dep_ == "prt" and k.lower_ == "on" for k in pred.children):
                # ... but going on as a condition is what may come: "if the strikes on our territory go on,
                # our response will be harsh", "should the shelling continue, we will retaliate"
                return not (any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in pred.children)
                            or _inverted_condition(pred))
            nxt = next((k for k in pred.children if k.dep_ == "xcomp"), None)
            if nxt is None:
                break
            pred = nxt
    return False


# nouns of aid handed over, which a decision may announce before it is done: "announced the delivery of"
AID_MOVES = {"delivery", "shipment", "transfer", "supply", "handover"}


def _past_main_verb(verb) -> bool:
    """A governing verb told as done or being done, with no modal or future before it ('rejected', 'has
    pledged'; not 'will pledge', 'could reject')."""
    return verb.pos_ in ("VERB", "AUX") and not any(
        k.dep_ in ("aux", "auxpass") and (k.lower_ in FUTURE_AUX | PLANNED_AUX or k.lower_ == "to")
        for k in verb.children)


def _beside_subject(verb) -> bool:
    """A participle set off before the main verb, next to its subject, telling an act of its own ('Haftar,
    meeting Sisi in Cairo on Monday, rejected the ceasefire'; 'Welcomed by Sisi, Haftar refused to sign'):
    what the main verb denies, refuses or plans is not the participle's act, told as done alongside; not a
    participle after the verb ('denied shelling the village', the matter denied)."""
    if verb.tag_ not in ("VBG", "VBN") or any(
            k.dep_ in ("mark", "neg") or k.dep_ == "aux" and k.lower_ == "to" for k in verb.children):
        return False
    if verb.dep_ == "advcl":
        main = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass") and verb.i > verb.head.i:
        main = verb.head.head   # the parser may hang the participle on the subject
    else:
        return False
    # set off by a comma or opening the sentence: not a participle that picks out its noun ("the weapons
    # seized by the army belonged to ...", the matter a denial is about)
    left = verb.left_edge
    set_off = left.i == verb.sent.start or verb.doc[left.i - 1].text == ","
    return set_off and verb.i < main.i and _past_main_verb(main)


# prepositions that tell the occasion an act was done on: "during a visit", "on a trip to Warsaw"
OCCASION_PREPS = {"during", "amid", "on", "at", "in", "after", "while"}


def _circumstance_of(noun) -> bool:
    """An act noun that is the occasion of the governing verb's act, told before it or with its own date
    ('During a visit to Kyiv on Friday, Scholz pledged more air defence'; 'On a trip to Warsaw, Macron promised
    troops'): the pledge's future is not the visit's, which took place. 'during', 'amid' set the occasion
    wherever they stand; 'on', 'at', 'in', 'after' only fronted or with the act's own day."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS or not _past_main_verb(prep.head):
        return False
    if prep.lower_ in ("during", "amid"):
        return True
    dated = any(k.dep_ in ("prep", "npadvmod") and any(d.ent_type_ in ("DATE", "TIME") for d in k.subtree)
                for k in noun.children)
    return prep.i < prep.head.i and (dated or prep.i == prep.sent.start)


def _aside_with_own_day(t) -> bool:
    """A trigger in a non-restrictive relative clause, set off by a comma, that tells its own day ("Abiy, who
    gave the rebels a 72-hour ultimatum on Sunday, said ..."): an act told as news beside the main clause,
    not a description that picks out its noun ("the regions that had been taken over")."""
    for a in [t, *list(t.ancestors)[:3]]:
        if a.dep_ == "relcl":
            left = a.left_edge
            if left.i == 0 or a.doc[left.i - 1].text != "," or left.tag_ not in ("WP", "WDT", "WP$"):
                return False
            return any(x.ent_type_ == "DATE" and x.i != a.head.i for x in a.subtree)
    return False


def _told_modality(t, sent) -> tuple[str, bool]:
    """The modality the act's verb group and the verbs governing its clause tell."""
    if t.pos_ == "NOUN" and t.lemma_.lower() in DECIDED_MOVES and t.dep_ == "dobj" and \
            t.head.lemma_.lower() in DECIDING and not any(
                k.lower_ in ("complete", "completed", "end", "ended", "finished") for k in t.head.subtree):
        return "planned", False   # "Macron announced the withdrawal": a decision, the move still to come
    if t.pos_ == "NOUN" and t.lemma_.lower() in AID_MOVES and t.dep_ == "dobj" and \
            t.head.lemma_.lower() in DECIDING and any(x.dep_ == "prep" and x.lower_ in DEADLINE_MARKS
                                                      for x in list(t.subtree) + list(t.head.children)):
        # "Berlin announced the delivery of four more systems to Kyiv by the end of the year": a delivery decided,
        # with a time it is to be done by, is still to come
        return "planned", False
    if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() in CALLING_GATHERINGS and _set_for_a_day(t):
        return "planned", False   # "called a march in Dakar for Friday": a gathering set for a day, to come
    if t.lower_ == "due" and t.pos_ == "ADJ":
        return "planned", False   # "the mission is due in Armenia this week"
    if _held_strength(t) and not any(k.dep_ == "neg" for k in t.head.children):
        return "asserted", False
    chain = [t]
    cur = t
    for _ in range(5):
        if cur.head.i == cur.i:
            break
        dep = cur.dep_
        if dep == "advcl" and (cur.tag_ == "VBD" or _told_in_past(cur) or any(
                k.dep_ in ("aux", "auxpass") and k.tag_ == "VBD" and k.lower_ not in FUTURE_AUX
                for k in cur.children)) and any(
                k.dep_ == "mark" and k.lower_ in ("after", "since", "because", "as", "when", "before", "while", "once")
                for k in cur.children) or dep == "advcl" and any(k.dep_ == "aux" and k.lower_ == "having"
                                                                 for k in cur.children):
            # "having captured the town, the rebels could advance": a perfect participle tells what was done
            # "X intends to keep troops there, after parliament voted to allow it", "the truce could collapse
            # after rebels had shelled the market", "as soldiers were storming the compound": told as past
            break
        if _beside_subject(cur):
            break   # "Haftar, meeting Sisi in Cairo on Monday, rejected the proposal": the meeting took place
        if dep == "pobj" and _circumstance_of(cur):
            break   # "During a visit to Kyiv on Friday, Scholz pledged more aid": the visit took place
        if dep == "conj" and cur.pos_ in ("VERB", "AUX") and any(k.dep_ in ("nsubj", "nsubjpass")
                                                                 for k in cur.children):
            break   # "the court ruled X unlawful, and Nairobi signed a deal": a clause of its own
        if dep in ("ccomp", "parataxis", "conj") and cur.i < cur.head.i and any(
                cur.doc[j].text == ";" for j in range(cur.right_edge.i + 1, cur.head.i)):
            break   # "rounds landed near the outpost; the ministry denied it had targeted ...": a sentence of its own
        cur = cur.head
        chain.append(cur)
        infinitive = any(k.dep_ == "aux" and k.lower_ == "to" for k in chain[-2].children)
        if dep in ("ccomp", "relcl", "advcl", "parataxis") and cur.lemma_.lower() not in PLANNED_HEADS | DENY_HEADS \
                and not (dep == "relcl" and infinitive):
            break
    if t.pos_ == "NOUN" and len(chain) >= 3 and chain[0].dep_ == "pobj" and chain[1].dep_ in ("prep", "agent"):
        gov = chain[2]
        glem = gov.lemma_.lower()
        # the parser may hang the act from the verb of a part taken ("had not taken part in the fighting",
        # "played no role in the attack")
        share = [k for k in gov.children if k.dep_ == "dobj" and k.lemma_.lower() in INVOLVEMENT] \
            if gov.pos_ == "VERB" else []
        if glem in INVOLVEMENT or gov.lower_ in INVOLVEMENT or chain[1].lower_ == "behind" or share:
            # "was not involved in the bombing", "played no part in the killing", "denied responsibility
            # for the strike": the part in the act is disowned
            over = chain[2:5]
            if any(k.dep_ == "neg" or k.dep_ == "det" and k.lower_ in ("no", "any") and x is gov
                   for x in over for k in x.children) or any(x.lemma_.lower() in DENY_HEADS for x in over) or any(
                    k.dep_ == "det" and k.lower_ in ("no", "any") for x in share for k in x.children):
                return "denied", False
        if glem in ANSWERING and chain[1].lower_ in ("for", "over", "to"):
            chain = chain[:1]   # "no plans to retaliate for a suspected strike": the strike happened
    if t.pos_ == "NOUN" and any(k.dep_ == "det" and k.lower_ == "no" for k in t.children):
        return "denied", False   # "it carried out no strike there"
    if t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "of" and t.head.head.lemma_.lower() in NO_TRACE and any(
            k.dep_ in ("det", "neg") and k.lower_ in ("no", "never") for k in t.head.head.children):
        return "denied", False   # "there was no sign of fighting in the town", "no evidence of an attack"
    for i, x in enumerate(chain[1:4], 1):
        if x.pos_ == "VERB" and x.lemma_.lower() in ("deny", "reject", "refute", "dismiss") and \
                chain[i - 1].dep_ in ("ccomp", "xcomp", "dobj", "pcomp") and not any(
                    k.dep_ == "neg" for k in x.children):
            return "denied", False   # "Moscow denies it plans to attack": the denial outranks the plan
    # a noun that is the subject of a predicate about it ("the handover was not related to",
    # "the departure could leave a vacuum") takes no modality from that predicate, unless the
    # predicate tells whether it happens ("the withdrawal will begin", "transfers are expected")
    # "allegations that our forces used chemical weapons are baseless", "claims that troops had entered the
    # town were false": the act is told inside a claim called untrue
    for x in chain[1:5]:
        # the tagger may take a plural claim noun opening the sentence for a verb ("Reports that ... were
        # denied"): as a subject it is the noun
        if (x.pos_ == "NOUN" or x.dep_ in ("nsubj", "nsubjpass")) and x.lemma_.lower() in CLAIM_NOUNS and \
                x.dep_ in ("nsubj", "nsubjpass"):
            pred = x.head
            if any(k.dep_ in ("acomp", "attr") and k.lemma_.lower() in UNTRUE for k in pred.children) or \
                    pred.lemma_.lower() in DENY_HEADS | {"deny"}:
                return "denied", False
            break
    obliged = _obligation(t)
    if obliged is not None:
        return obliged
    if _racing(t):
        return "planned", False
    if _committed(t):
        return "asserted", False   # told as the promise, alert or request is; made planned once dated
    if _settled(t):
        return "planned", False
    subject_of = None
    if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and len(chain) > 1:
        subject_of = chain[1]
        slem = subject_of.lemma_.lower()
        if any(k.dep_ == "det" and k.lower_ in ("a", "an", "any") for k in t.children) and any(
                k.dep_ == "aux" and k.lower_ in ("would", "could", "might") for k in subject_of.children) and \
                slem in ("be", "mean", "cause", "lead", "trigger", "risk", "spark", "result", "constitute"):
            return "hypothetical", False   # "an all-out assault would be a catastrophe": if it happened
        if slem in EXPECTED and (t.dep_ == "nsubjpass" or slem in ("due", "set", "slate", "schedule")) and not any(
                k.dep_ == "dobj" for k in subject_of.children):
            return "planned", False   # "the talks are set for Monday"; not "a mob set fire to the station"
        if slem in ASPECTUAL or slem in PROLONGING and t.dep_ == "nsubjpass":
            # "the drills would be extended", "the strikes will be resumed": whether it goes on is the news
            subject_of = None
    for i, x in enumerate(chain):
        kids = list(x.children)
        lem = x.lemma_.lower()
        if i == 1 and x is subject_of:
            continue
        if 0 < i <= 2 and (lem in PLANNED_HEADS or lem in DECISION_NOUNS) and x.pos_ == "NOUN" and \
                chain[i - 1].dep_ in ("acl", "prep") and (
                i == 1 or chain[1].dep_ == "pobj") and any(
                k.dep_ in ("det", "neg") and k.lower_ in ("no", "never") for k in kids):
            # "there are no plans to move the task force", "no plan for a withdrawal": ruled out;
            # not "no plans to retaliate for a strike", where the strike is not what is ruled out
            return "denied", False
        if i > 0 and lem == "be" and chain[i - 1].dep_ == "xcomp" and chain[i - 1].pos_ == "VERB" and any(
                k.dep_ == "aux" and k.lower_ == "to" for k in chain[i - 1].children) and any(
                k.dep_ == "nsubj" for k in kids) and not any(k.dep_ in ("attr", "acomp") for k in kids):
            return "planned", False   # "Kenya is to deploy 1,000 police", "the troops are to leave by May"
        if i > 0 and lem in ABILITY and chain[i - 1].dep_ in ("acl", "xcomp", "prep", "pobj"):
            if lem in ("able", "unable") and x.pos_ == "ADJ" and _past_copula(x):
                # "troops were able to retake the town": told as done; "were unable to", "were not able to":
                # it did not happen
                negated = lem == "unable" or any(k.dep_ == "neg" for k in x.head.children) or any(
                    k.dep_ == "neg" for k in kids)
                return ("denied" if negated else "asserted"), False
            return "hypothetical", False
        if i == 1 and chain[0].dep_ == "acl" and x.pos_ == "NOUN" and any(
                k.dep_ == "aux" and k.lower_ == "to" for k in chain[0].children) and lem in ATTEMPTS:
            return "hypothetical", False   # "an attack to capture the positions was repelled": the aim
        if i > 0 and lem in ("ask", "request", "seek") and t.pos_ == "NOUN" and \
                t.lemma_.lower() in ("assistance", "aid", "funding", "package", "support", "weapon", "arm"):
            return "planned", False   # "asked Congress for $3.3 billion in security assistance": aid to come
        if i > 0 and lem in DROP_HEADS and x.pos_ in ("VERB", "NOUN", "ADP") and (t.pos_ == "NOUN" or any(
                k.dep_ == "aux" and k.lower_ == "to" for k in t.children)):
            return "asserted", True   # "demanding the departure", "a call for foreign troops to leave"
        if i == 1 and lem in DEMANDING and x.pos_ == "VERB" and chain[0].dep_ == "ccomp" and t.pos_ == "VERB" and (
                t.tag_ in ("VB", "VBP") and not any(k.dep_ in ("aux", "auxpass") for k in t.children)
                or any(k.dep_ == "aux" and k.lower_ == "should" for k in t.children)):
            # "the Council demanded that external forces leave Congolese territory", "urged that the troops
            # should withdraw": the subjunctive of a demand tells no act
            return "asserted", True
        if i > 0 and lem in ("fight", "prepare", "train") and chain[i - 1].dep_ in ("pobj", "prep", "xcomp"):
            return "asserted", True
        if i == 0 and x.pos_ == "VERB" and x.dep_ in ("advcl", "xcomp") and \
                any(k.dep_ == "aux" and k.lower_ == "to" for k in kids) and \
                x.head.lemma_.lower() not in PLANNED_HEADS | HYPO_HEADS and x.head.pos_ == "VERB" and \
                x.head.lemma_.lower() not in ("begin", "start", "continue", "agree", "decide", "vote", "move",
                                              "try", "attempt", "manage", "fail", "refuse", "order", "claim", "purport",
                                              "tell", "instruct", "direct", "advise",
                                              # made to do it: "were forced to withdraw" tells the withdrawal
                                              "force", "compel", "oblige"):
            return "asserted", True   # a purpose ("... since 2017 to launch operations"): not an occurrence
        owned = i == 1 and t.pos_ == "NOUN" and chain[0].dep_ == "dobj" and lem in OWNING
        if i <= 1 and x.pos_ in ("VERB", "AUX") and not owned and any(
                k.dep_ in ("nsubj", "nsubjpass") and (k.lower_ in ("none", "nobody", "no-one") or any(
                    d.dep_ == "det" and d.lower_ == "no" for d in k.children)) for k in kids):
            return "denied", False   # "no Americans have fought on the ground", "none had been launched"
        for k in kids:
            kl = k.lower_
            if k.dep_ == "neg" and i <= 1 and not (t.pos_ == "NOUN" and i == 1 and x.lemma_ == "be") and not (
                    i == 1 and lem in TELLING and _open_question(chain[0])) and not owned:
                return "denied", False
            if k.dep_ == "mark" and kl in ("if", "unless", "whether"):
                return "hypothetical", False
            if k.dep_ in ("aux", "auxpass") and kl in ("must", "should") and i <= 1 and _deadline(x):
                return "planned", False   # "Armenia must hand Aghdam back by 20 November": an obligation set
            if k.dep_ in ("aux", "auxpass") and kl in HYPO_AUX and i <= 2:
                if x.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_ == "have" for a in kids) and \
                        kl in ("may", "might", "could", "must") and not any(
                        a.dep_ == "mark" and a.lower_ in ("if", "unless") for a in kids):
                    continue   # "soldiers may have killed ten civilians": told of the past, if hedged
                return "hypothetical", False
            if k.dep_ in ("aux", "auxpass") and kl in PLANNED_AUX and i <= 2:
                if _conditional(x):
                    # "if they launched it, he would stop supplying arms", "if the shelling goes on, the army will
                    # launch a counter-offensive": an answer to a condition, not an arrangement
                    return "hypothetical", False
                return "planned", False
        if i <= 1 and _inverted_condition(x):
            return "hypothetical", False   # "had the rebels attacked, ...", "were Israel to invade Rafah"
        if 0 < i <= 3 and x.dep_ == "prep" and _case_of(x) is not None and any(
                y.i == _case_of(x).i for y in chain[:i]):
            return "hypothetical", False   # "in the event of an attack": the attack is the case, if it comes
        if i > 0 and lem in PROSPECT_NOUNS and x.pos_ == "NOUN" and chain[i - 1].dep_ in ("pobj", "prep"):
            return "planned", False   # "clearing the way for a power-sharing deal": a deal to come
        if lem in DENY_HEADS and i > 0 and not (lem == "rule" and not any(k.lower_ == "out" for k in kids)):
            if lem == "nothing" or x.pos_ == "VERB":   # "ruled out" denies; "ruled it unlawful" does not
                return "denied", False
        if i > 0 and lem in PLANNED_HEADS and x.pos_ in ("VERB", "NOUN", "ADJ") and \
                chain[i - 1].dep_ in ("xcomp", "acl", "ccomp", "pobj", "dobj", "prep", "advcl") and not (
                chain[i - 1].dep_ == "advcl" and not any(k.dep_ == "aux" and k.lower_ == "to"
                                                         for k in chain[i - 1].children)):
            # an adverbial clause of time or cause ("were set ablaze when they were struck") is no
            # part of a plan; only one with 'to' is its content
            if lem in ("agree", "decide", "announce", "order", "tell", "instruct", "direct", "advise") and \
                    chain[i - 1].dep_ not in ("xcomp",):
                continue
            if lem in ("consider",):
                return "hypothetical", False
            return "planned", False
        if i > 0 and lem in HYPO_HEADS and x.pos_ in ("VERB", "ADJ") and chain[i - 1].dep_ in ("xcomp", "ccomp"):
            return "hypothetical", False
    # "has nothing to do with X"
    for x in t.ancestors:
        if x.lemma_.lower() == "do" and any(k.lower_ == "nothing" for k in x.children):
            return "denied", False
        if x.dep_ in ("ROOT",):
            break
    return "asserted", False


# Nouns of a decision or an intention whose absence rules an act out, besides the lemmas of PLANNED_HEADS: "no
# decision to leave Iraq had been taken", "there is no intention to pull our forces out" (_told_modality).
DECISION_NOUNS = frozenset({"decision", "intention", "timetable", "timeline", "proposal", "move", "instruction"})

# prepositions that set an act a time to be done by: "by 20 November", "within 30 days", "before the deadline"
DEADLINE_MARKS = {"by", "within", "before", "until"}
# clauses of their own inside a verb's phrase, whose times are not the verb's
_OWN_CLAUSES = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj"}


def _own_phrase(verb):
    """The verb's phrase without the clauses of their own inside it ("must leave by 20 November, which
    the rebels rejected on Monday": not Monday)."""
    stack, out = [verb], []
    while stack:
        x = stack.pop()
        out.append(x)
        stack.extend(k for k in x.children if k.dep_ not in _OWN_CLAUSES)
    return out


# verbs of demanding whose clause tells what is demanded in the subjunctive ("demanded that the troops leave")
DEMANDING = {"demand", "urge", "insist", "ask", "request", "require", "call", "recommend", "propose"}


def _deadline(verb) -> bool:
    """The verb is given a day to be done by, or the terms it is done under ("must leave by 20 November",
    "should withdraw within 30 days", "must hand back three districts: Agdam by 20 November, ...", "must
    hand over the weapons under the deal", "Under the agreement, signed on Monday, the rebels must ...")."""
    if any(x.dep_ == "prep" and x.lower_ in DEADLINE_MARKS and any(
            g.dep_ == "pobj" and (g.ent_type_ == "DATE" or g.lemma_.lower() == "deadline") for g in x.children)
           for x in _own_phrase(verb)):
        return True
    # the terms may be told on the verb or on the one it is coordinated with ("Under the deal, Armenia
    # must withdraw its troops and hand back the districts")
    cur = verb
    for _ in range(3):
        if _terms_of_plan(cur):
            return True
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# verbs and adjectives of an obligation set on a side: "the militants have to leave", "are required to hand
# over", "the accord obliges Ethiopia to withdraw", "are bound to pull out"
# (being forced or compelled to act tells the act done: left to the clause)
OBLIGING = {"have", "require", "oblige", "obligate", "bind", "commit"}
# of those, the one that tells, in the past, what was done: "the troops had to withdraw" tells the
# withdrawal; "were required to", "were bound to" only that it was due
DONE_WHEN_PAST = {"have"}
# possibility on an obligation: "may have to leave" is no arrangement yet
MAYBE_AUX = {"may", "might", "could", "can", "ca"}


def _obligation(t) -> tuple[str, bool] | None:
    """The act is what an obligation binds a side to: planned when the obligation is told in the present or
    the future ("the rebels have to leave the town within 30 days", "are required to hand over their weapons
    by 1 December", "the accord obliges Ethiopia to withdraw", "will have to withdraw from Gao"); asserted when
    a past tells it was done ("the troops had to withdraw", "were forced to leave"); hypothetical when the
    obligation is only possible or conditioned ("may have to leave", "if they have to withdraw"). None when
    the act is not an obligation's infinitive."""
    if t.pos_ != "VERB" or t.dep_ not in ("xcomp", "advcl") or not any(
            k.dep_ == "aux" and k.lower_ == "to" for k in t.children):
        return None
    h = t.head
    lem = h.lemma_.lower()
    if lem not in OBLIGING or h.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    kids = list(h.children)
    if lem == "have" and (h.pos_ == "AUX" and h.dep_ == "aux" or any(k.dep_ == "dobj" for k in kids)):
        return None   # "have a plan to ...", "has troops to spare"
    if lem == "commit" and h.tag_ != "VBN" and not any(k.dep_ == "dobj" for k in kids):
        return None   # "is committed to withdraw", "the deal commits Israel to withdraw"; not "commits to"
    if any(k.dep_ == "mark" and k.lower_ in ("if", "unless", "whether") for k in kids):
        return "hypothetical", False
    if any(k.dep_ == "neg" for k in kids):
        return "asserted", True   # "the troops do not have to leave": no act told
    auxes = [k for k in kids if k.dep_ in ("aux", "auxpass")]
    if any(k.lower_ in MAYBE_AUX for k in auxes):
        return "hypothetical", False
    if any(k.lower_ in FUTURE_AUX for k in auxes):
        return "planned", False   # "will have to withdraw", "would be required to hand over"
    past = h.tag_ == "VBD" and not auxes or any(k.tag_ == "VBD" for k in auxes)
    if past:
        # "the troops had to withdraw", "were forced to leave": done; "were required to leave by ..." only due
        return ("asserted", False) if lem in DONE_WHEN_PAST else ("planned", False)
    return "planned", False


# verbs of a promise whose own object is what is promised: "Germany promised Kyiv two Patriot batteries",
# "Kenya has pledged 1,000 officers", "the howitzers Britain has pledged", "offered Warsaw a brigade"
PROMISING = {"promise", "pledge", "offer", "earmark"}


def _promise_told(verb) -> bool:
    """A verb of promise told as fact ("promised", "has pledged", "pledges"), not negated nor doubted."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in PROMISING and not any(
        k.dep_ == "neg" or k.dep_ in ("aux", "auxpass") and k.lower_ in MAYBE_AUX for k in verb.children)


def _promised(t) -> bool:
    """The act is what a side promised, still to come: the verb of promise itself with what it gives as its
    object ("Germany promised Ukraine two more Patriot batteries", "Kenya has pledged 1,000 officers"), the
    thing promised ("pledged 1,000 officers", "the six howitzers that Britain has pledged", "the aid promised
    by Berlin"). A promise to do something is told by the infinitive's own clause ("vowed to send")."""
    if t.pos_ == "VERB":
        given = [k for k in t.children if k.dep_ == "dobj"]
        if not given and t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN"):
            # "the first of four air defence systems it has pledged would arrive in the coming days": the verb
            # of promise tells of the thing promised, its head; unless the sentence tells that thing handed over
            # ("delivered the first of the systems it has pledged": the delivery is the news)
            return _promise_told(t) and not any(k.dep_ in ("xcomp", "ccomp") for k in t.children) \
                and not _sum_of_money(t.head) and not _handed_over(t.head)
        return _promise_told(t) and bool(given) and not any(k.dep_ in ("xcomp", "ccomp") for k in t.children) \
            and not any(_sum_of_money(k) for k in given)
    if t.pos_ != "NOUN" or _sum_of_money(t):
        return False
    if t.dep_ == "dobj" and _promise_told(t.head):
        return True
    return any(k.dep_ in ("relcl", "acl") and _promise_told(k) and not any(
        g.dep_ in ("xcomp", "ccomp") for g in k.children) for k in t.children)


def _handed_over(noun) -> bool:
    """The thing promised is told as done with by its own verb, up through "the first of", "some of": the
    object or subject of a verb told in the past or the perfect ("Germany delivered the first of the systems it
    has pledged", "the tanks Spain promised have arrived"), not of a verb of saying nor of one that expects
    ("the howitzers Britain pledged are expected to arrive")."""
    x = noun
    for _ in range(4):
        if x.dep_ in ("pobj",) and x.head.dep_ == "prep":
            x = x.head.head
            continue
        break
    verb = x.head if x.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in SPEECH_VERBS | EXPECTED:
        return False
    # a past or a perfect, not a present passive ("are expected", "is planned")
    return _told_in_past(verb) and (verb.tag_ == "VBD" or any(k.dep_ == "aux" and k.lemma_ == "have"
                                                              for k in verb.children))


# verbs of materiel reaching its receiver: "the tanks would arrive in Ukraine"
ARRIVING = {"arrive", "reach", "land"}
# nouns of a part of what is given: "the first of four systems", "the rest of the tanks"
PART_GIVEN = {"first", "rest", "remainder", "last", "batch", "part", "some", "half", "most"}


def _given_things(verb) -> set:
    """The tokens of the relative clauses that tell the arriving thing was given or promised ("the first of
    four systems it has pledged would arrive", "the howitzers Britain pledged are expected to arrive"), else
    an empty set."""
    subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "xcomp":
        subj = next((k for k in verb.head.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lemma_.lower() in PART_GIVEN:
        subj = next((g for k in subj.children if k.dep_ == "prep" and k.lower_ == "of" for g in k.children
                     if g.dep_ == "pobj"), subj)
    if subj is None:
        return set()
    # "the first of the promised Abrams tanks": the word of promise on the thing itself
    return {x.i for k in subj.children if k.dep_ in ("relcl", "acl") and k.lemma_.lower() in PROMISING | DELIVERING
            for x in k.subtree} | {k.i for k in subj.children if k.dep_ == "amod" and k.tag_ == "VBN"
                                   and k.lemma_.lower() in PROMISING | DELIVERING}


# verbs of denial whose matter may be a presence: "denied having troops in Libya"
DENYING = {"deny", "reject", "dismiss", "refute"}
# who is present: "military personnel", "troops", "any of its soldiers", "forces"
PRESENT_FORCES = {"troop", "soldier", "force", "personnel", "serviceman", "servicemen", "mercenary", "marine",
                  "adviser", "advisor", "unit", "contingent", "military", "boot", "paratrooper", "commando"}
# words that tell a force is somewhere: "are present in Tigray", "were stationed in", "are active in"
PRESENT_WORDS = {"present", "active", "stationed", "based", "deployed"}
# prepositions of where a force is: "in Libya", "inside Syria", "on Ukrainian soil"
WITHIN_PREPS = {"in", "inside", "on", "within"}


def _force_word(noun) -> bool:
    """A noun naming a force ("troops", "military personnel"), or a part of one ("any of its troops")."""
    if noun.lemma_.lower() in PRESENT_FORCES or noun.lower_ in PRESENT_FORCES:
        return True
    return noun.lower_ in ("any", "none", "some", "one") and any(
        k.dep_ == "prep" and k.lower_ == "of" and any(_force_word(g) for g in k.children if g.dep_ == "pobj")
        for k in noun.children)


def _presence(x) -> bool:
    """The clause tells a force is somewhere: having a force in a place ("having any military personnel in
    Libya", "it has troops in Syria"), a force being there ("its forces are present in Tigray", "any of its
    troops were in Ukraine") or operating there ("its soldiers are operating in eastern Congo")."""
    lem = x.lemma_.lower()
    kids = list(x.children)
    placed = any(k.dep_ == "prep" and k.lower_ in WITHIN_PREPS for k in kids)
    if lem == "presence" and x.pos_ == "NOUN":
        # "denied any military presence in Libya", "a troop presence", "the presence of its forces"
        return any(k.dep_ in ("amod", "compound") and (k.lemma_.lower() in PRESENT_FORCES or k.lower_ in (
            "military", "armed", "naval")) for k in kids) or any(
            k.dep_ == "prep" and k.lower_ == "of" and any(_force_word(g) for g in k.children) for k in kids)
    if lem == "have":
        held = [k for k in kids if k.dep_ == "dobj" and _force_word(k)]
        return bool(held) and (placed or any(g.dep_ == "prep" and g.lower_ in WITHIN_PREPS
                                             for k in held for g in k.children))
    subject = [k for k in kids if k.dep_ in ("nsubj", "nsubjpass") and _force_word(k)]
    if not subject:
        return False
    if lem == "be":
        return placed or any(k.dep_ in ("acomp", "attr") and k.lower_ in PRESENT_WORDS for k in kids)
    return lem in ("operate", "fight", "serve", "remain", "stay") and placed


def _denied_presence(verb):
    """The clause whose presence a denial denies ("Moscow has denied having any military personnel in Libya",
    "Iran denies it has troops in Syria", "Eritrea denied its forces are present in Tigray", "rejected claims
    that it has soldiers in Libya"), or None. A denial itself negated ("did not deny") denies nothing."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DENYING or any(k.dep_ == "neg" for k in verb.children):
        return None
    said = [k for k in verb.children if k.dep_ in ("xcomp", "ccomp", "pcomp", "dobj")]
    # "rejected claims that ...", "denied reports that ...": what the claim says
    said += [g for k in said if k.dep_ == "dobj" and k.lemma_.lower() in CLAIM_NOUNS for g in k.children
             if g.dep_ in ("acl", "ccomp", "relcl")]
    # "rejected reports of a troop presence"
    said += [g for k in said if k.dep_ == "dobj" and k.lemma_.lower() in CLAIM_NOUNS for p in k.children
             if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return next((x for x in said if (x.pos_ in ("VERB", "AUX") or x.lemma_.lower() == "presence") and _presence(x)),
                None)


def _sum_of_money(noun) -> bool:
    """A sum ("$300 million", "1 billion euros"): a sum pledged is aid granted, counted as given from the day
    it is pledged, whereas the weapons, systems or troops promised are still to arrive."""
    return noun.ent_type_ == "MONEY" or any(x.ent_type_ == "MONEY" or x.text in ("$", "€", "£")
                                            for x in noun.subtree)


# a force readied for a move still to come: "put on heightened alert to deploy", "placed on standby to deploy",
# "put on prepare-to-deploy orders", "on 24-hour notice to move"; "told to prepare to deploy"
READINESS = {"alert", "standby", "stand-by", "notice", "readiness", "order", "orders", "footing"}


# verbs that order a force to be ready: "were told to be ready to deploy", "ordered to stand ready to move"
READYING_ORDERS = {"tell", "order", "instruct", "direct", "ask", "command", "put", "place"}
READY_WORDS = {"ready", "prepared"}
# verbs of making a force ready for a move: "readied a force for possible deployment", "earmarked troops for"
READYING_FOR = {"ready", "readied", "prepare", "earmark", "designate"}


def _on_readiness(x) -> bool:
    """The word is an alert, a standby or orders a force is put 'on' ("on standby", "on heightened alert",
    "on 24-hour notice", "on prepare-to-deploy orders"), however the parser hung the phrase: 'on' before it,
    with only its modifiers between."""
    if x.lemma_.lower() not in READINESS and x.lower_ not in READINESS:
        return False   # (of any tag: the parser may take "standby" for a verb)
    j = x.i - 1
    while j >= max(x.sent.start, x.i - 6) and (x.doc[j].dep_ in ("amod", "compound", "nummod", "npadvmod", "punct",
                                                                   "advmod", "det") or x.doc[j].text == "-"
                                                 or x.doc[j].head.i == x.i and x.doc[j].lower_ != "on"):
        j -= 1
    return j >= x.sent.start and x.doc[j].lower_ == "on"


def _ordered_ready(verb) -> bool:
    """The act is what a force was ordered to be ready for: "two brigades were told to be ready to deploy",
    "marines were ordered to stand ready to move" (not "the army is ready to deploy if asked": a capacity)."""
    ready = verb.head
    if verb.dep_ != "xcomp" or ready.lower_ not in READY_WORDS or not any(
            k.dep_ == "aux" and k.lower_ == "to" for k in verb.children):
        return False
    copula = ready.head if ready.dep_ in ("acomp", "oprd", "xcomp", "attr") else ready
    if copula.dep_ != "xcomp" or copula.lemma_.lower() not in ("be", "stand", "remain", "get", "stay"):
        return False
    order = copula.head
    return order.lemma_.lower() in READYING_ORDERS and order.pos_ == "VERB" and _told_in_past(order) and \
        not any(k.dep_ == "neg" for k in order.children)


def _readied(t) -> bool:
    """The act is one a force was readied for: the move is what an alert, a standby or orders to be ready
    are for, told on the act (a noun or infinitive inside "prepare-to-deploy orders", "on standby to
    deploy") or beside it ("were put on heightened alert to deploy", "put 8,500 troops on heightened alert for a
    possible deployment"), or what a force was ordered to be ready for ("were told to be ready to deploy")."""
    if t.pos_ not in ("VERB", "NOUN"):
        return False
    if t.pos_ == "VERB" and t.dep_ == "xcomp" and t.head.lemma_.lower() == "prepare" and t.head.pos_ == "VERB" and \
            any(k.dep_ == "aux" and k.lower_ == "to" for k in t.children) and \
            not any(k.dep_ == "neg" for k in t.head.children):
        return True   # "some 2,000 Marines were told to prepare to deploy", "the brigade is preparing to move"
    if t.pos_ == "VERB" and _ordered_ready(t):
        return True
    near = list(t.ancestors)[:3]
    if t.dep_ in ("advcl", "xcomp", "acl"):
        near += [k for k in t.head.children if k.dep_ in ("dobj", "prep", "prt")]
        near += [g for k in t.head.children if k.dep_ == "prep" for g in k.children if g.dep_ == "pobj"]
    if t.dep_ == "pobj" and t.head.lower_ == "for":
        verb = next((a for a in t.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and (verb.lemma_.lower() in READYING_FOR or verb.lower_ in READYING_FOR) and \
                not any(k.dep_ == "neg" for k in verb.children):
            return True   # "France has readied a force of 2,000 troops for possible deployment to Niger"
        if verb is not None and verb.i == t.head.head.i:
            # "put 8,500 troops on heightened alert for a possible deployment": the move the alert is for
            near += [g for k in verb.children if k.dep_ == "prep" for g in k.children if g.dep_ == "pobj"]
    # a force is put "on" alert, standby or orders ("on standby", "put on heightened alert", "placed on
    # 24-hour notice"); not "sent at a few hours' notice", which tells the move made
    return any(x.lemma_.lower() in READINESS and x.pos_ == "NOUN" and (
        x.dep_ == "pobj" and x.head.lower_ == "on" or x.dep_ == "prep" and x.head.pos_ == "VERB"
        and any(k.dep_ == "prep" and k.lower_ == "on" and k.i == x.i - 1 for k in x.head.children)
        or x.dep_ == "dobj" and any(k.dep_ == "prt" and k.lower_ == "on" for k in x.head.children))
        or _on_readiness(x) for x in near)


# verbs of asking a side to act: "asked Cuba to arrest and hand over the negotiators", "requested Ankara to
# extradite him" — a request made to a named addressee, whose act is still to come
REQUESTING = {"ask", "request"}


def _requested(t) -> bool:
    """The act is what a side was asked to do, in a request told as fact to an addressee named as its
    object ("Washington asked Colombia to arrest and extradite the commanders"); an act coordinated with it
    is asked too."""
    while t.dep_ == "conj" and t.head.pos_ == "VERB" and not any(k.dep_ in ("nsubj", "nsubjpass")
                                                               for k in t.children):
        t = t.head
    if t.pos_ != "VERB" or t.dep_ != "xcomp" or not any(k.dep_ == "aux" and k.lower_ == "to" for k in t.children):
        return False
    h = t.head
    # a request made ("asked", "has asked"), not one to come ("he will ask parliament to impose martial law")
    return h.lemma_.lower() in REQUESTING and h.pos_ == "VERB" and any(k.dep_ == "dobj" for k in h.children) \
        and _told_in_past(h)


def _committed(t) -> bool:
    """The act is one a side committed itself or others to, by a promise, an alert, a request or a warrant
    itself told as done ("Kenya has pledged 1,000 officers", "troops were placed on standby to deploy",
    "Washington asked Colombia to arrest the commanders", "the court issued a warrant for the general"): it
    is still to come, but the commitment is news as firm as an act told, and is dated as one (the day it was
    made). The act's clause reads it as told; the events stage
    makes it planned once it is dated (see Merging)."""
    return _promised(t) or _readied(t) or _requested(t) or _warranted(t)


# verbs of haste or effort towards an end still to be reached: "raced to finish its withdrawal before the
# deadline", "scrambled to complete the evacuation by Tuesday"
HASTE = {"race", "rush", "scramble", "hurry", "strive", "struggle", "battle", "push", "work"}


def _racing(t) -> bool:
    """The act is one a side hurries to carry out, or to finish, before a deadline ("the US raced to finish
    its withdrawal before Tuesday's deadline", "troops scrambled to complete the evacuation by 31 August"):
    not yet done when told."""
    verb = t if t.pos_ == "VERB" else (t.head if t.dep_ == "dobj" and t.head.pos_ == "VERB" else None)
    if verb is None or verb.dep_ != "xcomp" or not any(k.dep_ == "aux" and k.lower_ == "to" for k in verb.children):
        return False
    return verb.head.lemma_.lower() in HASTE and (_deadline(verb) or _deadline(verb.head))


def _open_whether(t) -> bool:
    """The act is only asked after by "whether", told with no possibility of its own ("the first test will be
    whether the army actually deploys south of the river", "it is unclear whether the troops will withdraw"):
    whether it is carried out is open, not whether it is arranged. Not an act told under "if", "unless" or a
    modal of possibility ("whether the rebels could take the town")."""
    verb = t if t.pos_ in ("VERB", "AUX") else (t.head if t.dep_ in ("dobj", "nsubj", "nsubjpass")
                                                 and t.head.pos_ in ("VERB", "AUX") else None)
    for _ in range(2):
        if verb is None:
            return False
        kids = list(verb.children)
        if any(k.dep_ in ("aux", "auxpass") and k.lower_ in HYPO_AUX or k.dep_ == "neg" or
               k.dep_ == "mark" and k.lower_ in ("if", "unless") for k in kids):
            return False
        if any(k.dep_ == "mark" and k.lower_ == "whether" for k in kids):
            return True
        verb = verb.head if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i else None
    return False


def _conditional(verb) -> bool:
    """The verb has a condition of its own: a clause of condition ("he would stop supplying shells if Israel
    launched the operation", "if the offensive went ahead, the force would withdraw"), one told by inversion
    ("should the militia strike again, the army will hit back", "would target warships should Washington
    strike Yemen") or a case named ("would respond militarily in case of further shelling", "in the event of
    an attack, NATO will deploy troops")."""
    return any(k.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in k.children)
               or k.dep_ in ("advcl", "ccomp") and _inverted_condition(k)
               or k.dep_ == "prep" and _case_of(k) is not None
               for k in verb.children)


# the auxiliaries that open a condition told by inversion: "should the rebels attack", "had the army
# withdrawn", "were Israel to invade"
INVERTED_AUX = {"should", "had", "were"}


def _inverted_condition(clause) -> bool:
    """A clause of condition told by inversion, set under another clause: its first word an auxiliary
    ("should", "had", "were") followed by its subject ("Should the militia strike again, ...", "... should
    Washington strike Yemen", "Were Israel to invade Rafah, ..."), not a question."""
    if clause.dep_ not in ("advcl", "ccomp") or clause.head.i == clause.i:
        return False
    first = clause.doc[clause.left_edge.i]
    if first.lower_ not in INVERTED_AUX or not (first.i == clause.i or first.dep_ in ("aux", "auxpass")
                                                and first.head.i == clause.i):
        return False
    # its subject after the auxiliary (the parser may take "the militia strike" for a compound)
    subject = next((x for x in clause.subtree if x.dep_ in ("nsubj", "nsubjpass")), None) or next(
        (x for x in clause.doc[first.i + 1:clause.i] if x.pos_ in ("NOUN", "PROPN", "PRON")), None)
    return subject is not None and subject.i > first.i and not _asked(clause.sent)


# the nouns of a case an answer is conditioned on: "in case of further shelling", "in the event of an attack"
CASE_NOUNS = {"case", "event"}


def _case_of(prep):
    """The act a case is named for, when the preposition opens one ("in case of further shelling", "in the
    event of an attack": the noun after "of"), else None."""
    if prep.lower_ != "in":
        return None
    case = next((g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in CASE_NOUNS), None)
    if case is None or case.lemma_.lower() == "event" and not any(k.lower_ == "the" for k in case.children):
        return None
    of = next((g for g in case.children if g.dep_ == "prep" and g.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ in ("pobj", "pcomp")), None) if of is not None else None


def _held_strength(t) -> bool:
    """A count of troops a state keeps that is its own already: "it will keep its roughly 900 troops in
    eastern Syria" tells the strength it has, whatever the tense of keeping."""
    return t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() in ("keep", "maintain", "retain") and \
        any(k.dep_ == "poss" for k in t.children) and any(k.like_num for k in t.children)


def _person_taken(verb, is_place) -> bool:
    """What the verb of capture took is a person ("the pilot captured by Pakistan", "captured two
    soldiers", "seized the commander"), not ground (a town the parser took for a person is ground:
    is_place asks the places stage)."""
    taken = [k for k in verb.children if k.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        taken.append(verb.head)
    return bool(taken) and all((x.ent_type_ == "PERSON" or x.lemma_.lower() in CAPTIVES | PEOPLE_TAKEN)
                               and not is_place(x) for x in taken)


def _speaker_described(noun) -> bool:
    """A title noun that names who speaks: the subject of a verb of saying, or set beside a name
    ("the new commander, General X, said")."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in TELLING | {"insist", "add", "claim", "warn"} or any(
        k.dep_ == "appos" and k.ent_type_ == "PERSON" for k in noun.children)


def _past_copula(adj) -> bool:
    """'were able', 'was unable': an adjective told of the past by its copula."""
    head = adj.head if adj.dep_ == "acomp" else adj
    return any(k.dep_ in ("aux", "auxpass", "cop") and k.tag_ == "VBD" for k in head.children) or (
        head is not adj and head.lemma_ == "be" and head.tag_ == "VBD")


TELLING = {"say", "tell", "confirm", "disclose", "specify", "reveal", "explain", "comment", "indicate", "detail"}
_QUESTION_WORDS = {"which", "what", "how", "where", "when", "who", "whose", "whom"}


def _open_question(clause) -> bool:
    """'which weapon was fired', 'how many shells were fired': a clause that asks what of an act,
    so that not saying it leaves the act told, not denied."""
    return any(x.lower_ in _QUESTION_WORDS and x.i < clause.i for x in clause.subtree)


def _progress_report(t) -> bool:
    """'The withdrawal was 90 percent complete', 'the pull-out is under way': how far an event
    already known has come, no occurrence of its own."""
    return t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.lemma_.lower() in ("be", "remain") and any(
        k.lower_ in ("the", "this", "that") or k.dep_ == "poss" for k in t.children) and any(
        x.lemma_.lower() in PROGRESS for k in t.head.children if k.dep_ in ("acomp", "attr", "advmod", "prep")
        for x in k.subtree)


def _background(t, sent) -> bool:
    """'has hosted Danish troops since 2016': a standing state, not a new event."""
    head = t if t.pos_ in ("VERB", "AUX") else next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if head is None:
        return False
    if head.dep_ in ("advcl", "xcomp", "conj") and head.head.i != head.i and _background(head.head, sent):
        return True
    kids = list(head.children)
    perfect = any(k.dep_ == "aux" and k.lemma_ == "have" for k in kids)
    since = perfect and any(x.lower_ == "since" for x in head.subtree)
    if perfect and since:
        return True
    return False


# nouns that name a struggle waged over time, never one act: "the war on terror", "the fight against the jihadists"
STRUGGLE_NOUNS = {"war", "fight", "fighting", "battle", "campaign", "struggle", "crackdown", "offensive", "insurgency",
                  "siege", "blockade", "occupation", "conflict", "pressure", "onslaught", "violence", "hostility",
                  "aggression", "operation", "mission", "effort", "drive", "push", "bombardment", "shelling"}
# words that make an act a repeated one: "the continued attack on our positions", "the daily shelling of"
REPEATED = {"continued", "continuing", "ongoing", "repeated", "renewed", "relentless", "constant", "persistent",
            "frequent", "daily", "nightly", "weekly", "regular", "recurring", "sustained", "incessant", "escalating",
            "growing", "latest", "systematic", "general"}
# prepositions that use an act as a point in time: "two days after the drone attack", "since the killing of"
TIME_PREPS = {"after", "since", "before", "following", "until", "till"}


def _as_time(t) -> bool:
    """The noun is the object of a preposition that tells a time by it ("after the raid", "prior to the
    strike")."""
    if t.dep_ != "pobj":
        return False
    prep = t.head
    return prep.lower_ in TIME_PREPS or prep.lower_ == "to" and prep.head.lower_ == "prior"


def _placed(t) -> bool:
    """The noun's own phrase names where the act was: "the drone attack on US troops in Jordan", "the
    assault on the base near Gao" (a place after 'in', 'at', 'near' or 'outside', not the target's name)."""
    return any(x.dep_ == "pobj" and x.head.lower_ in ("in", "at", "near", "outside", "inside") and
               x.ent_type_ in ("GPE", "LOC", "FAC") for x in t.subtree if x.i != t.i)


def _one_act(t, placed_too: bool = True) -> bool:
    """One definite act named by a noun, used to tell a time or placed by its own phrase: "two days after the
    drone attack on US troops in Jordan", "after the rebels' assault on the army's base in the city", "since
    the US killing of the general". Such an act happened, even when named in passing. Not a struggle ("the
    war on terror", "the fight against Boko Haram"), not a plural or a repeated act ("attacks on convoys",
    "the continued attack on the town"), not an indefinite one ("after an attack on ...", which the clause
    decides)."""
    if t.pos_ != "NOUN" or t.tag_ != "NN" or t.lemma_.lower() in STRUGGLE_NOUNS:
        return False
    kids = list(t.children)
    if any(k.lower_ in REPEATED for k in kids if k.dep_ in ("amod", "advmod", "compound", "nmod")):
        return False
    if not any(k.dep_ == "det" and k.lower_ in ("the", "this", "that") or k.dep_ == "poss" for k in kids):
        return False
    if any(k.dep_ == "prep" and k.lower_ == "of" and any(y.tag_ in ("NNS", "NNPS") for y in k.children)
           for k in kids):
        return False   # "the wave of attacks on", "the series of strikes"
    return _as_time(t) or placed_too and _placed(t)


def _passing_mention(t) -> bool:
    """A noun that names no occurrence: 'the fight against the jihadists', 'is not the result of a
    wave of attacks', 'has served ... in the fight against terrorism'."""
    if t.pos_ != "NOUN":
        return False
    if t.dep_ == "pobj" and t.head.lower_ == "behind":
        return False   # "was (not) behind the strike on the tanker": a part in an act owned or disowned
    if t.dep_ == "pobj" and any(k.dep_ == "prep" and k.lower_ in CAMPAIGN_PREPS for k in t.children) and \
            not any(k.dep_ in ("det",) and k.lower_ in ("a", "an") for k in t.children):
        # "the fight against the jihadists": a campaign; but "two days after the drone attack on US troops in
        # Jordan" names one act, told as a time or placed
        return not _one_act(t)
    if t.dep_ == "dobj" and t.head.lemma_.lower() in CAMPAIGN_VERBS and any(
            k.dep_ == "prep" and k.lower_ == "against" for k in t.children) and not any(
            k.dep_ == "det" and k.lower_ in ("a", "an") for k in t.children):
        return True   # "the army will take over the fight against Boko Haram": a campaign led, no occurrence
    if t.dep_ == "pobj" and t.head.lower_ == "without":
        return True   # "with or without a truce", "took the town without a fight": what did not happen
    if t.dep_ == "pobj" and t.head.head.lemma_.lower() in REASONS:
        return True   # "not a response to recent rocket fire": a cause named, not an event told
    head = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if head is not None and head.lemma_.lower() in STATIVE and t.dep_ not in ("nsubj", "nsubjpass") and \
            not any(k.lower_ in ("since",) for k in head.subtree):
        # under a copula or a stative verb, a noun describes, it does not report; but one act it is told
        # after is a time ("relations remain tense after the US killing of the commander")
        if (head.lemma_.lower() != "be" or t.dep_ in ("pobj", "attr")) and not _one_act(t, placed_too=False):
            return True
    return False


# the means that make a generic word of violence specific: "air strike", "drone attack", "rocket fire"
MEANS = {"air", "airstrike", "drone", "missile", "rocket", "artillery", "mortar", "bomb", "bombing", "suicide",
         "aerial", "naval", "tank", "grenade", "shell", "cluster", "helicopter", "jet", "warplane", "airborne"}


SPAN_UNITS = {"day", "week", "hour", "night", "month", "fortnight", "weekend"}
PHASES = {"phase", "stage", "round", "leg"}


def _asked(sent) -> bool:
    """A direct question: the sentence ends with a question mark (a quotation may close after it) and opens
    with an auxiliary or a question word ("Did the fighting stop?", "Why did Russia strike Kyiv?", "Is the
    truce holding?"). A question quoted inside a sentence of report ("'Why did they bomb us?' a man asked")
    ends otherwise."""
    words = [x for x in sent if not x.is_space]
    while words and words[-1].is_punct and words[-1].text != "?":
        if words[-1].text not in ('"', "'", "\u201d", "\u2019", ")"):
            return False
        words.pop()
    if not words or words[-1].text != "?":
        return False
    first = next((x for x in words if not x.is_punct), None)
    return first is not None and (first.pos_ == "AUX" or first.lower_ in _QUESTION_WORDS | {"why"}
                                  or first.tag_ in ("MD", "WDT", "WP", "WRB"))


def _doer_of_a_told_act(noun) -> bool:
    """A part of acts that is the subject of a verb told as done ("A first wave of strikes hit Houthi targets on
    Monday", "a barrage of rockets struck the base"): the acts are told, not named in passing, as in "the
    result of a wave of attacks"."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" and _told_in_past(noun.head)


def _measured_span(noun) -> bool:
    """A stretch of time counted out ("ten days of joint drills", "a week of manoeuvres", "three nights
    of shelling"): the acts of that stretch are one occurrence measured, not a kind of act in passing."""
    if noun.lemma_.lower() in PHASES:
        return True   # "the second phase of the drills", "a new round of strikes": a part of an act, going on
    return noun.lemma_.lower() in SPAN_UNITS and any(
        k.dep_ == "nummod" or k.dep_ == "det" and k.lower_ in ("a", "an", "another") for k in noun.children)


# verbs telling that a pattern of acts goes on: "attacks on bases have continued", "raids persist"
GOING_ON = {"continue", "persist", "intensify", "escalate", "increase", "grow", "mount", "multiply", "rise"}


def _pattern_going_on(noun) -> bool:
    """A bare plural (no count, article or owner) that is the subject of a verb telling that acts go on,
    in the present or the perfect ("Attacks on US troops have continued for months", "drone strikes on
    refineries continue"): a pattern up to the report, not one act. Not a past told of a day ("clashes
    continued on Monday"), which the clause dates."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in GOING_ON:
        return False
    if any(k.dep_ in ("det", "poss", "nummod") for k in noun.children):
        return False
    verb = noun.head
    perfect = any(k.dep_ == "aux" and k.lemma_ == "have" for k in verb.children)
    return perfect or verb.tag_ in ("VBP", "VBZ")


class Occurrence:
    """Whether a candidate is an occurrence of its own (a part of the Events stage)."""

    def _check_arguments(self, cands: list[Candidate]) -> list[Candidate]:
        """Kinds that their arguments confirm, correct or rule out."""
        out = []
        for c in cands:
            t = c.trig
            lem = t.lemma_.lower()
            args = [k for k in t.children if k.dep_ in ("dobj", "nsubjpass")] if t.pos_ == "VERB" else []
            if t.pos_ == "VERB" and not args and t.dep_ == "conj" and not any(k.dep_ == "nsubj" for k in t.children):
                # "others were treated in Germany or had been sent home": the first verb's subject
                args = [k for k in t.head.children if k.dep_ in ("nsubjpass",)]
            args += [g for a in args for g in a.conjuncts]
            arg_words = {a.lemma_.lower() for a in args} | {a.lower_ for a in args}
            subj = [k for k in t.children if k.dep_ == "nsubj"] if t.pos_ == "VERB" else []
            if c.kind == "legislation" and t.pos_ == "VERB" and lem in LEGIS_VERBS:
                # "approved a bill", "lawmakers voted": not "accused him of approving the assault"
                subj_words = {x.lemma_.lower() for k in subj for x in k.subtree}
                if not (arg_words & LEGIS_NOUNS or subj_words & LEGISLATORS or lem == "vote"
                        and any(k.dep_ in ("xcomp", "prep") for k in t.children)):
                    continue
            if c.kind == "agreement" and lem in ("release", "free", "swap", "exchange") and t.pos_ == "VERB" \
                    and not arg_words & CAPTIVES:
                continue   # "the figures were released"
            if c.kind == "agreement" and lem in ("release", "swap", "exchange") and t.pos_ == "NOUN" and any(
                    k.dep_ == "prep" and k.lower_ == "of" for k in t.children) and not any(
                    x.lemma_.lower() in CAPTIVES or x.lower_ in CAPTIVES for k in t.children
                    if k.dep_ == "prep" and k.lower_ == "of" for x in k.subtree):
                continue   # "a release of oil from the reserve": no prisoners freed
            movable = [a for a in args if not self._is_place(a)]   # a misparsed place is not what moved
            # a part of a force moved is the force: "would relocate about 40 of its soldiers to Kuwait"
            movable += [g for a in movable if a.like_num or a.lemma_.lower() in PART_WORDS for k in a.children
                        if k.dep_ == "prep" and k.lower_ == "of" for g in k.children if g.dep_ == "pobj"]
            if c.kind in ("deployment", "withdrawal") and t.pos_ == "VERB" and lem in MOVERS and movable and \
                    not any(_is_force(a) or a.lemma_.lower() in MORE_FORCES for a in movable) and not (
                    c.kind == "withdrawal" and _own_people_out(t, self._state_actor)):
                continue   # "others were sent to Germany for treatment"
            if c.kind == "withdrawal" and lem == "leave" and any(
                    x.lemma_.lower() in ("dead", "injured", "wounded", "homeless", "stranded", "destitute")
                    for x in t.subtree if x.i > t.i):
                continue   # "clashes that left six soldiers dead"
            if c.kind == "statement" and t.dep_ == "acl" and t.tag_ == "VBN":
                continue   # "12 people accused of spying": a description
            if c.kind == "agreement" and t.pos_ == "VERB" and not any(k.dep_ in ("nsubj", "nsubjpass")
                                                                         for k in t.children) and \
                    any(k.dep_ in ("mark", "advmod") and k.lower_ in ("where", "as", "when", "if") for k in t.children):
                continue   # "joint patrols where agreed": a condition, not an agreement
            if c.kind == "military_aid" and lem == "transfer" and (
                    any(x.lemma_.lower() in REF_NOUNS and REF_NOUNS[x.lemma_.lower()] is _INSTALLATION
                        for x in t.subtree) or any(p.kind == "installation" and span.root.i in {x.i for x in t.subtree}
                                                    for p, span in self._pspans)):
                c.kind = "handover"   # "further transfers, including the air base": bases change hands
            if c.kind == "deployment" and any(x.lemma_.lower() in ("escape", "flee", "evade") for x in t.subtree):
                c.kind = "withdrawal"   # "soldiers crossed into Tajikistan to escape the fighting": flight
            if c.kind == "deployment" and t.pos_ == "VERB" and lem in ("cross", "fly", "move", "head", "drive",
                                                                      "sail", "return", "ship") and any(
                    a.lower_ == "last" and a.dep_ == "amod" for k in subj for a in k.children):
                c.kind = "withdrawal"   # "the last French soldiers crossed into Niger": the end of a presence
            if c.kind in ("deployment", "withdrawal", "troop_level") and _civilian_movers(t) and not (
                    c.kind == "withdrawal" and _own_people_out(t, self._state_actor)):
                continue   # diplomats expelled, residents evacuated: not forces moving (a state taking its
                # own people out is a withdrawal: "evacuated its embassy staff")
            if c.kind == "deployment" and t.pos_ == "VERB" and lem in STANDING and _standing(t) and \
                    c.modality != "denied":
                # (a presence denied is news of its own, counted or not: "Beijing rejected reports that it had
                # stationed troops in Cambodia")
                # "300 personnel had been stationed at the airfield": a presence, not a movement;
                # the counted force's own mention ("5,200 troops") is the same figure
                nouns = [o for o in cands if o.kind == "troop_level" and o.trig.pos_ == "NOUN" and o.trig.i in c.zone]
                if "personnel" in c.quantities or any("personnel" in o.quantities for o in nouns):
                    c.kind = "troop_level"
                    c.conf = max([c.conf] + [o.conf for o in nouns])
                    for o in nouns:
                        for k, v in o.quantities.items():
                            c.quantities.setdefault(k, v)
                        o.kind = "merged"
                else:
                    continue
            if c.kind == "merged":
                continue
            given = _given_things(t) if c.kind == "deployment" and t.pos_ == "VERB" and lem in ARRIVING else set()
            aid = next((o for o in cands if o.kind == "military_aid" and o.trig.i in given), None)
            if aid is not None:
                # "the first of four air defence systems it has pledged would arrive in Ukraine in the coming days":
                # the arrival of what a side gives is that aid, told by its own mention, no force moving; where it
                # arrives is where the aid goes, and the arrival told weighs for it
                if c.place is not None and c.place_level > aid.place_level:
                    aid.place, aid.place_level = c.place, c.place_level
                aid.conf = max(aid.conf, c.conf)
                continue
            if given:
                c.kind = "military_aid"   # "the first of the promised Abrams tanks arrived in Ukraine": aid delivered
            if c.kind == "statement":
                present = _denied_presence(t)
                if present is not None:
                    # "Moscow has denied having any military personnel in Libya", "Iran denies it has troops in
                    # Syria": the denial's news is the presence it denies, the denier's own deployment
                    self._as_denied_deployment(c, present)
            if c.kind == "military_aid" and t.pos_ == "NOUN" and t.dep_ == "compound" and \
                    t.head.lemma_.lower() in AID_CARRIERS and not {x.lemma_.lower() for x in t.head.subtree} & (
                    MATERIEL - {"aid", "assistance"} | {"military", "security", "defence", "defense", "lethal"}):
                continue   # "the entry point for aid trucks", "receiving aid ships": relief carried, no arms
            if c.kind == "military_aid":
                scope = list(t.subtree) if t.pos_ == "NOUN" else [x for a in args for x in a.subtree]
                said = {x.lemma_.lower() for x in scope}
                if said & CIVIL_AID and not said & (MATERIEL - {"aid", "assistance", "package", "fund", "funding",
                                                                "loan", "kit", "gear"}) \
                        and not said & {"military", "security", "defence", "defense", "lethal"}:
                    continue   # "sent food and medical supplies", "humanitarian aid": relief, not arms
            if c.kind == "territory_change" and lem == "fall" and t.pos_ == "VERB" and any(
                    k.dep_ in ("acomp", "oprd") or k.dep_ == "prep" and k.lower_ == "by" for k in t.children):
                continue   # "the town fell silent", "prices fell by 5%": no ground lost
            if c.kind == "territory_change" and lem in CAPTURE and _person_taken(t, self._is_place):
                continue   # "the pilot captured by Pakistan": a man taken, no ground
            if c.kind == "group_change" and t.pos_ == "NOUN" and _speaker_described(t):
                continue   # "the base's new commander, General X, said ...": who speaks, not a change told
            if c.modality == "denied" and c.kind == "property_destruction" and t.pos_ == "VERB" and \
                    any(k.dep_ == "auxpass" for k in t.children) and not any(k.dep_ == "agent" for k in t.children):
                continue   # "the nuclear sites had not been damaged": an outcome, no denial of an act
            if t.pos_ == "VERB" and t.dep_ in ("relcl", "acl") and (
                    any(k.dep_ == "neg" and k.lower_ == "never" for k in t.children)
                    or c.kind == "military_aid" and t.tag_ == "VBG" and any(k.lower_ == "been" for k in t.children)):
                # "the groups, which never signed any of the accords", "soldiers who had been training Ukrainian
                # forces": who someone is, told in passing, no occurrence
                continue
            if c.kind in ACCIDENT_PRONE and _accident(self._words(c.sent)):
                continue   # "a chemical leak killed ten", "a boiler exploded": no one attacked
            if c.kind in ("attack", "clash") and not c.headline:
                c.kind = _attack_or_clash(c)
            if c.kind == "troop_level" and "personnel" not in c.quantities and t.lemma_.lower() in (
                    "troop", "soldier", "force", "personnel", "contingent", "presence"):
                if c.modality != "denied" or not (t.lemma_.lower() == "presence" and _presence(t)
                                                  or t.dep_ in ("dobj", "nsubj", "attr") and _presence(t.head)):
                    continue   # "the repositioning of troops", "no troops were hurt": no strength is told
                # "rejected reports of an Iranian troop presence in Venezuela": no strength, a presence denied
                c.kind = "deployment"
            out.append(c)
        # a force counted as the object of a movement is that movement's figure, not a troop level
        movers = [c for c in out if c.kind in ("deployment", "withdrawal", "handover") and c.trig.pos_ == "VERB"]
        # a count's noun kept before the standing verb after it took its figure ("About 2,000
        # peacekeepers are stationed there") was merged into it: no event of its own
        out = [c for c in out if c.kind != "merged" and not (
            c.kind == "troop_level" and c.trig.pos_ == "NOUN" and any(
                m.trig.i != c.trig.i and c.trig.i in m.zone for m in movers))]
        for c in out:
            self._weigh_evidence(c, out)
            self._weigh_opening(c)
        return out

    def _as_denied_deployment(self, c: Candidate, present) -> None:
        """The denial c becomes the deployment it denies: the denier's, placed where the presence is told
        ("denied having troops in Syria": Syria, not where the words were said), weighed as an act told."""
        c.kind, c.modality = "deployment", "denied"
        c.targets = []
        inside = {x.i for x in present.subtree}
        where = next((p for p, span in self._pspans if span.root.i in inside and (p.kind or "") != "demonym"
                      and not _in_actor_np(self._text, p, span)), None)
        if where is not None:
            c.place = Location(name=where.name or where.mention, lat=where.lat, lon=where.lon, country=where.country,
                               admin1=where.admin1, kind=where.kind, uncertainty_km=where.uncertainty_km)
            c.place_level = 3
        c.conf = max(c.conf, min(0.99, self.threshold + KIND_MARGIN.get("deployment", 0.0) + 0.02))

    def _weigh_opening(self, c: Candidate) -> None:
        """'The drills, which began on Monday, ...', 'the offensive, launched on 6 March, ...': a noun of
        an act whose own relative or participle clause tells, with a day, that it began or took place is
        an occurrence told, however few words the classifier saw. Its confidence is raised to just over
        the bar."""
        t = c.trig
        if t.pos_ != "NOUN" or c.modality != "asserted" or c.background or not c.date_own:
            return
        if not any(k.dep_ in ("relcl", "acl") and k.lemma_.lower() in OPENING | {"take", "end", "conclude"} and (
                _told_in_past(k) or k.dep_ == "acl" and k.tag_ == "VBN") and (
                k.lemma_.lower() != "take" or any(g.lower_ == "place" for g in k.children))
                for k in t.children):
            return
        c.conf = max(c.conf, min(0.99, self.threshold + KIND_MARGIN.get(c.kind, 0.0) + 0.02))

    def _weigh_evidence(self, c: Candidate, told: list[Candidate]) -> None:
        """A violent act told with what it did ('The blast killed 15 people on Monday', 'The explosion
        injured 25 people'): the sentence's classifier, seeing few words, may doubt a short report, but
        a specific word of violence with its own casualty count is an event told. Its confidence is
        raised to just over the bar, and a little more for each other piece of evidence the sentence
        gives it (a doer, its own day, a named place). A generic word ('killed', 'died') is left to the
        classifier: 'the flu killed 15' has a count and a subject too."""
        if c.kind == "statement":
            self._weigh_declaration(c, told)
            return
        if c.kind not in VIOLENT or c.modality != "asserted" or c.background:
            return
        if not any(c.quantities.get(k) for k in ("fatalities", "injured")):
            return
        if c.trig.lemma_.lower() in GENERIC_VIOLENT and not (
                c.kind in REMOTE_KINDS and c.trig.pos_ == "NOUN"
                and any(k.dep_ in ("compound", "amod") and k.lemma_.lower() in MEANS for k in c.trig.children)):
            # "the flu killed 15": a count alone makes no act of violence of a generic word; but "air strikes
            # on the south killed 490", "a drone strike killed four": the means makes the word specific
            return
        others = sum((bool(c.actors), c.date is not None and c.date_own, c.place is not None and c.place_level >= 2))
        floor = self.threshold + 0.02 + 0.04 * others
        c.conf = max(c.conf, min(0.99, floor))

    def _weigh_declaration(self, c: Candidate, told: list[Candidate]) -> None:
        """'Khamenei declared three days of mourning', 'the group vowed revenge', 'the Secretary-General
        condemned the killing': a speaker who acts in the news (a named person, state or organisation, a
        leader, an official, a ministry or an armed group) whose words are the sentence's news (its main verb,
        told as done, not recalled with 'had'), by a verb that declares rather than reports, is a statement,
        though the classifier gives the kind little weight. A warning, a vow or a declaration of an act the
        sentence tells ('warned they could destroy oil facilities', 'declares victory as the last pocket is
        crushed') is that act's news; a condemnation of one is news of its own."""
        t = c.trig
        if c.modality != "asserted" or c.background or not c.actors or t.pos_ != "VERB" or t.dep_ != "ROOT" \
                or t.lemma_.lower() not in DECLARING:
            return
        if any(k.dep_ == "aux" and k.lemma_.lower() == "have" and k.tag_ == "VBD" for k in t.children):
            return   # "... after Macron had announced the pull-out": recalled
        speakers = [k for k in t.children if k.dep_ == "nsubj"]
        if not any(k.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or k.lemma_.lower() in SPEAKER_NOUNS
                   for k in speakers):
            return   # "analysts warned", "locust swarms threatened crops": no one whose word is news
        said = {x.i for x in t.subtree} - {t.i}
        if t.lemma_.lower() not in ("condemn", "denounce") and any(o is not c and o.trig.i in said for o in told):
            return
        if any(k.dep_ == "dobj" and k.lemma_.lower() in OUTCOME_NOUNS for k in t.children):
            return   # "declares victory in Mosul", "declared the liberation of": the fighting's outcome
        c.conf = max(c.conf, self.threshold + KIND_MARGIN.get("statement", 0.0) + 0.02)

    def _own_date(self, c: Candidate) -> bool:
        ids = {x.i for x in c.trig.subtree} if c.trig.pos_ == "NOUN" else c.zone
        return any(span.start in ids and tx.start_date is not None and tx.end_date is not None
                   and (tx.end_date - tx.start_date).days <= 31 and not tx.approximate
                   for tx, span in self._tspans)

    def _own_specifics(self, doc: Document, c: Candidate) -> bool:
        """Does the mention carry its own day-to-month date, town-or-finer place or count?"""
        if self._own_date(c):
            return True
        ids = {x.i for x in c.trig.subtree} if c.trig.pos_ == "NOUN" else c.zone
        if c.place is not None and c.place_level >= 3 and (c.place.kind or "") not in ("country", "region",
                                                                                           "continent", "sea"):
            return True
        if c.quantities:
            return True
        return any(x.like_num and x.dep_ in ("nummod", "dobj", "nsubj", "nsubjpass") for x in doc.parsed[min(ids):max(ids) + 1]
                   if x.i in ids) if ids else False

    def _told_day(self, doc: Document, c: Candidate) -> None:
        """The report's day decides whether an act dated by its own words is still to come. A noun
        placed by a date of its own is told as having happened ('the 2015 nuclear deal'), but not by a
        length ('a three-day exercise') nor by a day after the report ('the talks on Friday', told on a
        Monday, to come): there its clause decides. A present told of a time after the report
        tells an arrangement, not an act going on."""
        t = c.trig
        pub = doc.published
        if c.modality == "asserted" and t.pos_ == "NOUN" and _dated_noun(t):
            lengths = [x for x in t.lefts if x.ent_type_ == "DATE" and x.dep_ in ("compound", "nmod", "npadvmod",
                                                                                  "amod", "nummod")]
            length = all(any(y.lemma_.lower() in SPAN_UNITS | {"year", "minute"} for y in x.subtree)
                         or x.lower_.endswith(("-day", "-week", "-hour", "-month", "-year", "-minute"))
                         for x in lengths)
            later = pub is not None and c.date is not None and c.date_own and c.date.start > pub
            if length or later:
                told, drop = _modality(t, c.sent)
                if not drop and told in ("planned", "hypothetical"):
                    c.modality = told
                    c.conf -= 0.1   # as for any act still to come
        elif c.modality in ("planned", "hypothetical") and pub is not None and c.date is not None and c.date_own \
                and c.date.end < pub and t.dep_ in ("pobj", "pcomp") and t.head.dep_ == "prep" and \
                t.head.lower_ in CAUSE_PREPS:
            # "after capturing the town on Monday, the rebels could advance": an act after which another may
            # come, on a day before the report, happened
            c.modality = "asserted"
            c.conf += 0.1
        elif c.modality == "planned" and pub is not None and self._begun_by_report(c, pub):
            # "China said it would hold live-fire drills from 6 to 9 April", told on 8 April: what was to begin
            # before the report was written has begun
            c.modality = "asserted"
            c.conf += 0.1
        elif c.modality == "asserted" and pub is not None and c.date is not None and c.date_own and \
                _present_tense(t) and c.date.start > pub and _lasting_until(t):
            # "an exercise under way on Sumatra since last week runs until 20 March", "the drills last through
            # Sunday": the day told is when an act going on ends; it goes on as the report is written
            c.date = EventDate(pub, c.date.end, c.date.text)
        elif c.modality == "asserted" and pub is not None and c.date is not None and c.date_own and \
                _present_tense(t) and (c.date.start > pub or LATER_TODAY.match(c.date.text or "")):
            # "the Security Council is holding an emergency meeting later today", "the minister flies to
            # Ankara on Friday": a present that tells what is arranged for a time still to come
            c.modality = "planned"
            c.conf -= 0.1

    def _begun_by_report(self, c: Candidate, pub) -> bool:
        """Is the act one announced with a future ('will hold', 'would send') for days of its own that began
        before the report's day? Its days are those its verb's phrase tells ('would hold drills from 6 to
        9 April'), not the day it was said on nor a year's course. An act with no days of its own, or whose
        days are still to come, stays a plan. The days found become the act's date when it had none."""
        t = c.trig
        verb = t if t.pos_ == "VERB" else (t.head if t.dep_ in ("dobj", "nsubjpass", "nsubj") and
                                           t.head.pos_ == "VERB" else None)
        if verb is None or not any(k.dep_ == "aux" and k.lower_ in ("will", "would", "'ll", "shall")
                                   for k in verb.children):
            return False
        if any(k.dep_ == "neg" for k in verb.children) or _conditional(verb):
            return False
        own = {x.i for x in verb.subtree}

        def said_when(i) -> bool:
            """The day belongs to another verb within the act's phrase: "..., the alliance said on Monday",
            "the regions, which it recognised on 26 August"."""
            x = verb.doc[i]
            while x.i != verb.i and x.head.i != x.i:
                x = x.head
                if x.i != verb.i and x.pos_ in ("VERB", "AUX"):
                    return True
            return False
        # days, not a year's course ("will withdraw over the course of the year" told in January)
        days = [(tx.start_date, tx.end_date or tx.start_date, tx.text) for tx, span in self._tspans
                if span.root.i in own and tx.start_date is not None and not tx.approximate
                and ((tx.end_date or tx.start_date) - tx.start_date).days <= 31 and not said_when(span.root.i)]
        if not days or min(d[0] for d in days) >= pub:
            return False
        if c.date is None:
            start, end = min(d[0] for d in days), max(d[1] for d in days)
            c.date, c.date_own = EventDate(start, end, " ".join(d[2] or "" for d in days).strip()), True
        return True

    def _generic(self, doc: Document, c: Candidate) -> bool:
        """A mention that reports no occurrence: plural with no count, date or place of its own
        ('the recent missile attacks against bases'), or a passing one ('the battle against X').
        (Asked of every candidate once its date is read: the report's day first settles whether a
        dated act is still to come, see _told_day.)"""
        self._told_day(doc, c)
        t = c.trig
        if _asked(c.sent):
            # "Did the fighting stop before the deadline?", "Will Israel invade Rafah?": an explainer's question
            # tells no act; the answer after it does
            return True
        # the verb of the act, or the one that starts it ("since the fighting began on 23 May")
        verb = t if t.pos_ == "VERB" else (t.head if t.dep_ in ("nsubj", "nsubjpass") and
                                           t.head.lemma_.lower() in ("begin", "start", "erupt", "break") else None)
        if verb is not None and verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBN") and any(
                k.dep_ == "mark" and k.lower_ == "since" for k in verb.children) and not self._own_date(c):
            # "the worst escalation since Turkish forces entered the north", "800 killed since the fighting began
            # on 23 May": history as a yardstick, its day the start of a span and its toll a running total
            return True
        if t.pos_ != "NOUN" or c.kind == "troop_level":
            return False
        if t.dep_ == "compound" and t.head.pos_ == "NOUN":
            t = t.head   # "recent rocket fire": the phrase's head takes the position
        if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lemma_.lower() in RESPONDING and \
                t.head.head.pos_ == "VERB":
            return False   # "the United States responded with air strikes on ...": the answer given, an act
        if _passing_mention(t) and not self._own_date(c) and c.modality != "denied" and not (
                t.dep_ == "pobj" and t.head.head.lemma_.lower() in REASONS and self._own_specifics(doc, c)):
            # "a response to the bombing on Istiklal Avenue, in which six people were killed": a cause told with
            # its own place or toll is an act reported, not a passing mention; one whose part is disowned ("played
            # no part in the offensive on the city") is an act denied
            return True
        if _pattern_going_on(t) and not self._own_specifics(doc, c):
            # "Attacks on US troops in Iraq and Syria have continued for months", "drone strikes on refineries
            # continue": a pattern of acts told as going on, no occurrence of its own
            return True
        # a plural in a prepositional phrase, with nothing of its own: "unrelated to recent mortar
        # attacks on camps", "the result of a wave of attacks"
        head = t
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if t.tag_ in ("NNS", "NNPS") and head.dep_ in ("pobj", "compound", "appos", "npadvmod") and \
                t.lemma_.lower() not in PARTICIPANTS and c.kind not in ("protest", "riot") and not (
                    head.dep_ == "pobj" and head.head.lower_ == "of" and (head.head.head.like_num or
                                                                       head.head.head.lemma_.lower() in MULTITUDE
                                                                       or _measured_span(head.head.head)
                                                                       or _doer_of_a_told_act(head.head.head))) \
                and not self._own_specifics(doc, c):
            return True
        return False

    @staticmethod
    def _habitual(c: Candidate) -> bool:
        """'have been struck several times over the past year': a pattern, not one event."""
        ids = c.zone or c.clause
        doc = c.trig.doc
        t = c.trig
        present = t.tag_ in ("VBP", "VBZ") and not any(k.dep_ in ("aux", "auxpass") for k in t.children)
        for i in ids:
            x = doc[i]
            if x.lower_ in HABITUAL and x.head.i in ids:
                return True
            if present and (x.lower_ in ("still", "nightly", "daily", "weekly") or x.lower_ == "every" and x.dep_ == "det"
                            or x.lower_ == "night" and x.head.lower_ == "at"):
                return True   # "where remnants still ambush security forces at night"
            if x.lower_ in ("times", "occasions") and any(k.lower_ in ("several", "many", "multiple", "numerous",
                                                                        "repeated", "countless") or k.like_num
                                                           for k in x.children):
                return True
        return False

    def _anaphoric(self, doc: Document, c: Candidate) -> bool:
        """'the transfer', 'the move', 'this attack': a definite noun with nothing of its own
        refers back to an event already told."""
        t = c.trig
        if t.pos_ in ("VERB", "AUX") and (t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() in TIME_NOUNS or (
                t.left_edge.i > 0 and doc.parsed[t.left_edge.i - 1].lemma_.lower() in TIME_NOUNS
                and doc.parsed[t.left_edge.i - 1].i >= c.sent.start)):
            return True   # "on the morning he was killed": an event already told, as a time
        if t.pos_ != "NOUN" or c.modality == "denied":
            # "Yerevan had not taken part in the fighting", "Tehran rejected the accusation that it was behind the
            # attack": the act may be one told, but its denial is news of its own, not the act told again
            return False
        if not any(k.dep_ == "poss" or k.dep_ == "det" and k.lower_ in ("the", "this", "that", "such")
                   for k in t.children):
            return False
        if self._own_date(c):
            return False
        own = {x.i for x in t.subtree}
        return not any(span.root.i in own and (p.kind or "") not in ("country", "region", "continent", "sea", "admin1",
                                                                      "demonym")
                       and not _in_actor_np(self._text, p, span) for p, span in self._pspans)
