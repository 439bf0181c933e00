"""Arguments of an event: its place and quantities from its zone of the sentence, and the order in
which all its arguments are read; splitting one mention into one event per place or count; the fallback country."""
from __future__ import annotations

import bisect
import re

from sitrep.events.ontology import MOVEMENT, REMOTE_KINDS, VIOLENT
from sitrep.events.quantities import PEOPLE as PEOPLE_NOUNS, Quantity, _hedge, read_number
from sitrep.geo import km
from sitrep.model import Document, EventDate, Location, Place
from sitrep.events.candidate import Candidate, _as_location, _copy, _country_name
from sitrep.events.syntax import (_other_clause, _reported_clause, _clause_head, _is_force, _governed_by, _is_demonym, _np_head, _np_span, _range_pair, _roles)
from sitrep.events.words import (MEETING_NOUNS, SCENELESS, SCENE_KINDS, SPEECH_VERBS, SETTING_OUT, DESTINATION_PREPS, DIRECTION, FORCE_NOUNS, _INSTALLATION, _SETTLEMENT, KIND_FOR_CONTEXT_MOVE, LOCATIVE, MILITARY_KIT, PLACE_RANK, PLACE_SUBJECT_VERBS, REF_KEYS, REF_NOUNS, SETTLEMENT_KINDS)

# acts done where someone spoke, met, signed or voted: their place is no scene of what follows
POLITICAL = {"statement", "diplomacy", "agreement", "legislation"}


# a state's armed service named after it ("US Navy", "French Air Force", "U.S. Marine Corps", "Israeli Defense Forces")
SERVICE_AFTER = re.compile(r"['’]?s?[ \t]+(?:Royal[ \t]+)?(?:Navy|Army|Air[ \t]+Force|Marine[ \t]+Corps|Marines|Coast[ \t]+Guard"
                           r"|Space[ \t]+Force|National[ \t]+Guard|Special[ \t]+Forces|Armed[ \t]+Forces"
                           r"|Defen[cs]e[ \t]+Forces|Navy[ \t]+SEALs?|Central[ \t]+Command|Africa[ \t]+Command)\b")


def _in_actor_np(text: str, p: Place, span) -> bool:
    """'Iraq's military', 'US-occupied bases', 'Iraqi forces': the place names an actor, not a location;
    so does a partner state ('cooperation with France') and a ship's name ('the cruiser Moskva')."""
    if _partner_state(p, span) or _ship_name(span) or _allegiance(span):
        return True
    root = span.root
    while root.dep_ == "conj" and root.head is not root and root.head.dep_ in ("nsubj", "poss", "conj", "amod",
                                                                            "compound", "nmod"):
        root = root.head   # "Britain and France evacuated ...": each of the states acting; "according to
        # Ukrainian and US officials": each a nationality of the people named, not where
    if root.dep_ == "poss":
        # "Istanbul's Istiklal Avenue", "off Yemen's coast", "Syria's Idlib province": where; "Iraq's army": who
        if (p.kind or "") in ("country", "demonym") and root.head.lemma_.lower() in OWNED_SITES and any(
                k.dep_ == "prep" and k.lower_ in ("at", "in", "near", "outside") and any(
                    g.dep_ == "pobj" and g.pos_ == "PROPN" for g in k.children) for k in root.head.children):
            return True   # "Russia's 102nd base at Gyumri", "America's airbase in Qatar": whose, the town where
        return not _owns_a_place(root.head)
    if root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX") and root.head.lemma_.lower() not in PLACE_SUBJECT_VERBS \
            and not any(x.lemma_.lower() in REF_NOUNS for x in span):
        return True   # "Washington blamed", "the Pentagon said", "Iran fired": the state acting
    first = root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head   # "a coalition led by Saudi Arabia and the UAE": each of those leading
    if first.dep_ == "pobj" and first.head.dep_ == "agent" and \
            first.head.head.lemma_.lower() not in ("follow", "precede", "replace", "succeed"):
        return True   # "struck by Washington"; not "followed by the Taji base"
    if any(t.dep_ == "case" for t in root.children) and root.head.lower_ in FORCE_NOUNS:
        return True
    if root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN") and (
            root.head.lemma_.lower() in PEOPLE_NOUNS or root.head.lower_ in PEOPLE_NOUNS
            or root.head.lemma_.lower() in PARTY_NOUNS):
        return True   # "a U.S. civilian contractor", "Iraqi officials", "a US team": a nationality
    if root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in MILITARY_KIT:
        return True   # "U.S. jets", "Turkish drones": whose, not where
    if (p.kind or "") in ("country", "demonym") and root.dep_ in ("compound", "amod", "nmod") and \
            root.head.lemma_.lower() in OWNED_SITES:
        return True   # "rockets at a US base", "a Russian airbase in Syria": whose base, not where
    if root.dep_ in ("compound", "amod", "nmod", "npadvmod") and root.head.pos_ in ("NOUN", "PROPN", "VERB", "ADJ"):
        h = root.head
        if h.lower_ in FORCE_NOUNS or h.lemma_.lower() in FORCE_NOUNS or h.lower_.endswith(("-led", "-backed")) \
                or h.lower_ in ("airstrike", "strike", "withdrawal", "troop", "embassy", "official", "officials"):
            return True
    if (p.kind or "") in ("country", "demonym") and SERVICE_AFTER.match(text, p.end):
        return True   # "US Navy F/A-18 fighters shot down drones", "Royal Navy", "the French Air Force": a
        # state's armed service named, however the parser hung its words, not where it acted
    text = text[p.end:p.end + 12].lower()
    if text.startswith(("-led", "-backed", "-occupied", "-based", "-run", "-allied", "-flagged", "-registered",
                        "-owned", "-operated", "-made", "-built", "-supplied", "-designed", "-manufactured",
                        "-produced", "-provided", "-donated", "-funded", "-trained", "-armed", "-sponsored")):
        return True   # "a Liberia-flagged tanker", "Iran-made drones hit a warehouse": its flag, its maker, not where
    return False


OUTSIDE_WORDS = {"outside", "beyond"}
BOUNDS_NOUNS = {"border", "borders", "frontier", "frontiers", "territory", "soil", "boundaries", "shores"}
WIDE_KINDS = {"country", "continent", "admin1", "region", "demonym"}


def _outside_of(p: Place, span) -> bool:
    """'kept a brigade permanently outside Germany', 'deployed beyond Japan's borders', 'sent away from
    France': a country or a wide area the act is said to be out of, never its place (a town's outside, 'a
    village outside Kyiv', is next to it)."""
    if (p.kind or "") not in WIDE_KINDS:
        return False
    x = span.root
    if x.dep_ in ("poss", "compound", "amod") and x.head.lower_ in BOUNDS_NOUNS:
        x = x.head   # "beyond Japan's borders", "outside Russian territory"
    if x.dep_ != "pobj":
        return False
    prep = x.head
    if prep.lower_ in OUTSIDE_WORDS:
        return True
    return prep.lower_ == "from" and (prep.head.lower_ == "away" or any(
        k.lower_ == "away" and k.i == prep.i - 1 for k in prep.head.children))


def _side_of_border(noun) -> bool:
    """'on the Syrian side', 'fire from the Turkish side': a state's side of a border as a place;
    'the Kurdish side hit back' is a party."""
    return noun.lower_ == "side" and noun.dep_ == "pobj"


def _partner_state(p: Place, span) -> bool:
    """'cooperation with France', 'talks with Iran', 'a war with Russia': a state named as the
    partner or the other party of an act, not where anything happened ('the border with Syria' is
    a reference point, read apart)."""
    root = span.root
    return (p.kind or "") in ("country", "demonym") and root.dep_ == "pobj" and root.head.lower_ == "with" \
        and root.head.head.lower_ not in ("border", "borders", "frontier")


def _where_antecedent(trig) -> set:
    """'around Lake Chad, where 40 soldiers were killed', 'the town of Kanem, in which gunmen
    ambushed a convoy': the act of a relative clause of place happened at the noun it qualifies."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else _clause_head(trig)
    for _ in range(3):
        if verb.dep_ == "relcl":
            break
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return set()
        verb = verb.head
    else:
        return set()
    if verb.dep_ != "relcl":
        return set()
    rel = any(k.lower_ == "where" and k.dep_ == "advmod" for k in verb.children) or any(
        k.dep_ == "prep" and k.lower_ in ("in", "at", "near") and any(g.lower_ == "which" for g in k.children)
        for k in verb.children) or any(
        # "Gao, the town which jihadists seized in April", "the base that militants overran": the place taken
        k.tag_ == "WDT" and k.i < verb.i and k.head.dep_ != "prep" and k.dep_ != "pobj" for k in verb.subtree) \
        and (verb.head.lemma_.lower() in REF_NOUNS or verb.head.lower_ in SCENE_NOUNS)
    # (not after a name: "Gossi, some 150 km west of Gao, which the army handed over" may hang on either
    # name; "Iran, which backs the Houthis": a state acting)
    if not rel:
        return set()
    head = verb.head
    if head.dep_ == "appos" and head.head.i != head.i:
        head = head.head   # "Gao, the town which ...": the name the noun stands beside
    return {x.i for x in _np_span(verb.head)} | {x.i for x in _np_span(head)}


# auxiliaries between a contact clause's subject and its verb ("the town the army had taken")
CLAUSE_AUX = {"had", "has", "have", "was", "were", "is", "finally", "briefly", "eventually", "later", "then"}


def _contact_antecedent(trig) -> set:
    """'Nagorno-Karabakh, the enclave Azerbaijan recaptured in 2023', 'Kherson, the city Ukraine
    liberated': a relative clause with no 'which' or 'that' whose gap is the object; the act was done
    to the place named before the noun. Read on the words ('<place>, the <noun of places> <doer>
    <verb>'), since the parser often takes the doer for an apposition: the tokens of that place, or
    of the noun when none is named before it."""
    if trig.pos_ not in ("VERB", "AUX") or trig.tag_ not in ("VBD", "VBN") or trig.i < 4:
        return set()
    doc = trig.doc
    if trig.i + 1 < len(doc) and doc[trig.i + 1].pos_ in ("DET", "PROPN", "NOUN", "PRON", "NUM") \
            or any(k.dep_ == "dobj" and k.i > trig.i for k in trig.children):
        return set()   # "the city Ukraine liberated its people": an object of its own, no gap
    j = trig.i - 1
    while j > 0 and doc[j].lower_ in CLAUSE_AUX:
        j -= 1
    doer_end = j
    while j > 0 and doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "PART") and doc[j].lemma_.lower() not in REF_NOUNS \
            and doc[j].lower_ not in SCENE_NOUNS:
        j -= 1
    if j == doer_end:
        return set()   # no doer between the noun and the verb
    if j > 0 and doc[j].lower_ in ("the", "its", "their") and doc[j - 1].lemma_.lower() in REF_NOUNS | SCENE_NOUNS.keys():
        j -= 1   # "the town the army took"
    noun = doc[j]
    if noun.lemma_.lower() not in REF_NOUNS and noun.lower_ not in SCENE_NOUNS:
        return set()
    k = j - 1
    while k > 0 and doc[k].pos_ == "ADJ":
        k -= 1   # "the mountainous enclave"
    if doc[k].lower_ not in ("the", "a", "an") or doc[k - 1].text != ",":
        return set()
    before = doc[k - 1]
    if k - 2 >= 0 and doc[k - 2].pos_ == "PROPN":
        name = doc[k - 2]
        start = name.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" or start > 1 and doc[start - 1].text == "-" \
                and doc[start - 2].pos_ == "PROPN":
            start -= 1
        return set(range(start, name.i + 1))
    return {noun.i} if before.i else set()


def _told_of_act(span, trig) -> int:
    """2 when the place is told of the act itself; 0 when the words that tie it to the act go
    through a clause describing one of its parties ('US troops leaving northern Syria will move
    to western Iraq': a participle or a relative clause on a noun); 1 when they go through another
    act coordinated with the act's own verb, one done to something else ('station a brigade in
    Romania, base two destroyers at Rota and send jets to Britain': Rota is where the destroyers
    go, not the jets; but 'he is in Moscow and has been granted asylum', 'fire killed three and
    wounded dozens in Kilis' tell one scene)."""
    root = span.root
    line = set()
    x = trig
    while True:
        line.add(x.i)
        if x.head.i == x.i:
            break
        x = x.head
    x = root
    while x.i not in line:
        if x.i != root.i and x.pos_ in ("VERB", "AUX"):
            if x.dep_ == "relcl" or x.dep_ == "acl" and not any(
                    k.dep_ in ("nsubj", "nsubjpass", "mark", "agent") for k in x.children) \
                    and x.lemma_.lower() not in ("follow", "precede") and not _with_absolute(x):
                # not "media report that he is in Moscow" (a clause the noun tells of), "the camp, followed
                # by the base" (a list) nor "talks with a team led by Rubio in Jeddah" (the place hangs on
                # the nearest verb, the talks' as well)
                return 0   # not "media report that he is in Moscow": a clause the noun tells of
            if x.dep_ == "conj" and trig.pos_ in ("VERB", "AUX") and _acts_on_its_own(x):
                return 1
        if x.head.i == x.i:
            return 2
        x = x.head
    lca = x
    if lca.i != trig.i and root.i > lca.i and trig.dep_ == "conj" and _acts_on_its_own(lca):
        # the trigger hangs from this verb through coordination only: a verb of its own act
        y = trig
        while y.i != lca.i and y.dep_ == "conj":
            y = y.head
        if y.i == lca.i:
            return 1
    return 2


def _with_other_party(span, trig) -> bool:
    """'Lawmakers in Ankara voted to send troops to Libya', 'the parliament in Nairobi approved sending
    police to Haiti': the place qualifies the subject of another verb than the act's, one the act hangs
    from (where that party sits, not where the act goes)."""
    x = span.root
    for _ in range(4):
        if x.dep_ == "pobj" and x.head.dep_ == "prep" and x.head.lower_ in ("in", "at", "from"):
            x = x.head.head
        else:
            break
    if x.i == span.root.i or x.dep_ not in ("nsubj", "nsubjpass") or x.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = x.head
    if verb.i == trig.i or trig.i in {t.i for t in x.subtree}:
        return False
    y = trig
    for _ in range(6):
        if y.head.i == y.i or y.dep_ == "conj":
            return False   # "The headquarters at Adazi has begun work, and units are joining it": one scene
        y = y.head
        if y.i == verb.i:
            return True
    return False


# a participle telling where words were spoken: "speaking in Kyiv", "addressing parliament in Ankara"
SPEAKING = {"speak", "address", "talk", "tell", "brief", "say", "answer", "interview", "write"}


def _speaking_at(span) -> bool:
    """'Zelensky, speaking in Kyiv, warned ...', 'Addressing parliament in Ankara, Erdogan vowed ...',
    'told reporters in Brussels': the place of a participle or a verb of speaking, where a statement was
    made."""
    if _said_at(span):
        return True
    x = span.root
    if x.dep_ == "dobj" and x.head.pos_ == "VERB" and x.head.lemma_.lower() in ("address", "attend", "open") and \
            (x.head.dep_ in ("acl", "advcl") or x.head.tag_ == "VBG"):
        return True   # "Addressing the Shangri-La Dialogue, the minister warned ...": the meeting addressed
    if x.dep_ != "pobj" or x.head.lower_ not in ("in", "at"):
        return False
    owner = x.head.head
    if owner.pos_ in ("NOUN", "PROPN") and owner.dep_ == "dobj":
        owner = owner.head   # "addressing parliament in Ankara", "told reporters in Brussels"
    return owner.pos_ == "VERB" and owner.lemma_.lower() in SPEAKING and (
        owner.dep_ in ("acl", "advcl") or owner.tag_ in ("VBG", "VBN") or owner.lemma_.lower() == "tell")


# verbs telling a traveller was at a place: "who landed in Moscow", "having arrived in Manila"
BEING_THERE = {"arrive", "land", "stay", "be", "travel", "fly", "visit", "stop"}


def _where_the_doer_was(span, trig) -> bool:
    """'The minister, who landed in Moscow on Sunday, held talks ...', 'Having arrived in Manila, she met
    ...': the place a clause on the act's doer (or on its verb) puts him at, where he met or spoke."""
    x = span.root
    if x.dep_ == "pobj" and x.head.lower_ in ("in", "at", "to"):
        verb = x.head.head
    elif x.dep_ == "dobj":
        verb = x.head   # "who visited Hanoi last week"
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in BEING_THERE or verb.i == trig.i:
        return False
    if verb.dep_ == "advcl" and verb.head.i == trig.i:
        # "Having arrived in Manila, she met ...", not "before flying on to Hanoi"
        return verb.tag_ in ("VBG", "VBN") and not any(k.dep_ in ("mark", "prep") for k in verb.children) \
            and verb.i < trig.i
    doer = verb.head
    return verb.dep_ in ("relcl", "acl") and doer.dep_ in ("nsubj", "nsubjpass") and doer.head.i == trig.i


def _in_what_was_said(span, trig) -> bool:
    """The place is in the clause the statement reports ('warned that troops were massing near Kharkiv')."""
    x = span.root
    for _ in range(12):
        if x.head.i == x.i:
            return False
        if x.head.i == trig.i:
            return x.dep_ in ("ccomp", "xcomp") and x.pos_ in ("VERB", "AUX")
        x = x.head
    return False


def _own_phrases(trig) -> set:
    """Tokens of the phrases of place hung on the act's word, or on the verb it is the subject of
    ('Fighting broke out in the capital', 'clashes in the capital'), not on a verb joined to it."""
    heads = [trig]
    if trig.dep_ in ("nsubj", "nsubjpass") and trig.head.pos_ in ("VERB", "AUX"):
        heads.append(trig.head)
    return {x.i for h in heads for k in h.children if k.dep_ == "prep" and k.lower_ in LOCATIVE | {"across", "around"}
            for x in k.subtree}


# accords and meetings known by the town they were made at ("the Minsk accords", "the Doha deal")
ACCORD_NOUNS = {"agreement", "deal", "accord", "accords", "truce", "ceasefire", "cease-fire", "treaty", "pact",
                "protocol", "protocols", "declaration", "memorandum", "framework", "format", "process", "plan",
                "formula", "initiative", "communique", "roadmap", "talks", "summit", "conference", "negotiations"}


def _names_an_accord(span) -> bool:
    """'over the Moscow agreement', 'after the Doha deal', 'the Minsk accords': a town naming an accord or
    a meeting, no scene of an act done over it."""
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ in ACCORD_NOUNS \
        and root.head.i > root.i


def _other_stop(span, trig) -> bool:
    """'after stops in Tokyo', 'fresh from a visit to Moscow', 'arrived from Riyadh', 'before heading to
    Amman': another stop of a journey than the one the act's verb tells."""
    x = span.root
    for _ in range(8):
        if x.head.i == x.i or x.i == trig.i:
            return False
        if x.dep_ == "prep" and x.lower_ in ("after", "before", "from", "since", "following", "ahead"):
            return x.head.i == trig.i or x.head.dep_ in ("amod", "advcl", "acl", "advmod")
        if x.dep_ in ("advcl", "conj") and x.head.i == trig.i:
            return True   # "... before heading to Amman", "and will travel to Doha"
        x = x.head
    return False


# verbs that end a leg of a journey at the place after them: "after flying to Ankara, he met ..." (met there)
ARRIVING = {"fly", "travel", "arrive", "land", "come", "go", "head", "return", "reach", "get", "move", "drive"}


def _next_or_last_leg(span, trig) -> bool:
    """'met the prime minister before flying on to Seoul', 'held talks ahead of a trip to Paris', 'arrived
    from Riyadh', 'after stops in Tokyo': a stop of the journey before or after the one where the act was
    done, so no place of it; but 'after flying to Ankara, the minister met ...' ends the leg where he met."""
    x = span.root
    via_arrival = False
    if x.head.lower_ in ("to", "for", "towards") and x.head.head.lemma_.lower() in ("way", "route"):
        return True   # "met Netanyahu in Jerusalem, on his way to Amman"
    for _ in range(8):
        if x.head.i == x.i or x.i == trig.i:
            return False
        if x.pos_ in ("VERB", "AUX") and x.lemma_.lower() in ARRIVING and x.i != trig.i:
            via_arrival = via_arrival or span.root.head.lower_ in ("to", "in", "into", "at")
        if x.dep_ == "prep" and x.lower_ == "of" and x.head.lower_ == "ahead":
            x = x.head   # "ahead of a trip to Warsaw"
        if x.dep_ in ("prep", "mark", "advmod") and x.lower_ in ("before", "ahead", "from", "after", "following") \
                and (x.head.i == trig.i or x.head.dep_ in ("advcl", "acl", "conj") and x.head.head.i == trig.i):
            # ("met President Tsai and spoke at the legislature before flying on to Seoul": the leg after
            # the verb conjoined with the act's is after it too)
            return x.lower_ in ("before", "ahead", "from") or not via_arrival
        x = x.head
    return False


# strikes a state makes on others' ground: "US strikes", "Turkey shelling" name who strikes
STRIKES_FROM_AFAR = {"airstrike", "shelling", "chemical_attack"}
# what ties a clause told as another act's time: "after Russia invaded Ukraine", "before the army retook Gao"
OTHER_TIME_MARKS = {"after", "before", "since", "until", "till", "once"}


def _in_earlier_or_later_act(span, trig) -> bool:
    """'After Russia invaded Ukraine in 2022, Ottawa sent 460 more troops to the region': a place in a
    clause with a doer of its own that tells what came before or after the act is that act's place."""
    x = span.root
    trig_line = {trig.i} | {a.i for a in trig.ancestors}
    for _ in range(10):
        if x.head.i == x.i or x.i in trig_line:
            return False
        if x.dep_ == "advcl" and x.pos_ in ("VERB", "AUX") and x.head.i in trig_line \
                and any(k.dep_ == "mark" and k.lower_ in OTHER_TIME_MARKS for k in x.children) \
                and any(k.dep_ in ("nsubj", "nsubjpass") for k in x.children):
            return True
        if x.dep_ == "advcl" and x.pos_ in ("VERB", "AUX") and not (x.left_edge.i <= trig.i <= x.right_edge.i) \
                and any(k.dep_ == "mark" and k.lower_ == "while" for k in x.children) \
                and any(k.dep_ == "nsubj" and (k.ent_type_ == "PERSON" or k.lemma_.lower() in TITLE_NOUNS)
                        for k in x.children):
            return True   # "... exploded on Thursday, while President Duque was at a meeting in Panama City":
            # where a person was meanwhile (not "while the convoy was passing through Gao")
        x = x.head
    return False


def _with_absolute(verb) -> bool:
    """'launched its offensive, with warplanes and artillery pounding the border towns': the act told
    by what went on with it, not a description of a party."""
    noun = verb.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "with"


def _acts_on_its_own(verb) -> bool:
    """A verb of an act done to something of its own ('base two destroyers'), not a state ('is in
    Moscow') nor a verb without an object."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() != "be" and any(k.dep_ == "dobj" for k in verb.children)


# vessels a name may be given to ("the cruiser Moskva", "the tanker Sounion, flagship of ...")
SHIP_NOUNS = {"ship", "warship", "cruiser", "frigate", "destroyer", "corvette", "tanker", "vessel", "carrier",
              "freighter", "boat", "submarine", "flagship", "ferry", "trawler", "bulker", "yacht", "dhow"}
# the prefixes of navies' ship names ("USS Ponce", "HMS Diamond", "INS Kolkata")
SHIP_PREFIXES = {"uss", "usns", "hms", "hmcs", "hmas", "hmnzs", "ins", "fs", "rfs", "jds", "js", "tcg", "irins", "kri",
                 "brp", "ens", "hnlms", "hdms", "fgs", "its", "sas"}
# what a violent act does to people, told by someone else: its toll, where it fell
TOLL = {"kill", "wound", "injure", "die", "hurt", "maim"}
# what is fired: the place a "from" phrase on it names is where the fire came from
FIRE_NOUNS = {"fire", "rocket", "rockets", "missile", "missiles", "shell", "shells", "shelling", "mortar", "mortars",
              "drone", "drones", "artillery", "barrage", "salvo", "launch", "launches", "strike", "strikes"}


def _ship_name(span) -> bool:
    """'the Russian cruiser Moskva', 'the tanker Sounion', 'the Moskva, flagship of the fleet': the
    name of a ship, whatever town the gazetteer knows by it."""
    root = span.root
    if any(k.dep_ in ("compound", "appos", "nmod") and (k.lemma_.lower() in SHIP_NOUNS or _ship_prefix(k))
           for k in root.children) or span.start > 0 and _ship_prefix(span.doc[span.start - 1]):
        return True   # "the cruiser Moskva", "USS Ponce"
    return root.dep_ in ("appos", "compound") and root.head.lemma_.lower() in SHIP_NOUNS and root.head.i < root.i


def _ship_prefix(tok) -> bool:
    return tok.text.isupper() and tok.lower_ in SHIP_PREFIXES


def _fired_from(span) -> bool:
    """'rocket fire from the Syrian side', 'missiles from Yemen': where a strike was fired from,
    not where it fell."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    owner = root.head.head
    while owner.dep_ == "conj" and owner.head.i != owner.i and owner.pos_ in ("NOUN", "PROPN"):
        owner = owner.head   # "mortar and rocket fire from ...": the noun the phrase qualifies
    return owner.pos_ in ("NOUN", "PROPN") and (owner.lower_ in FIRE_NOUNS or owner.lemma_.lower() in FIRE_NOUNS)


MODALS = {"will", "would", "could", "might", "may", "shall", "should", "must"}


def _unreal(span) -> bool:
    """The place is named in a clause told as to come or as possible ('Operations in Tal Rifaat will
    follow', 'troops could push on to Manbij'): no scene yet."""
    verb = _clause_head(span.root)
    return verb.pos_ in ("VERB", "AUX") and any(k.dep_ == "aux" and k.lower_ in MODALS for k in verb.children)


def _at_sea(sent) -> bool:
    """The sentence tells its act at sea ('on patrol in international waters', 'a missile that fell
    into the sea', 'at sea')."""
    return any(t.lemma_.lower() in SEA_WORDS and t.dep_ == "pobj" and t.head.lower_ in (
        "in", "into", "at", "on", "across", "through", "over") for t in sent)


# nouns of what may come: a place in their complement is no scene ("fears of a wider war in the Gulf")
FEAR_NOUNS = {"fear", "risk", "threat", "prospect", "possibility", "danger", "spectre", "specter", "likelihood"}


def _feared(span, trig) -> bool:
    """'in an attack that raised fears of a wider war in the Gulf', 'the risk of clashes in Tripoli':
    a place in what is feared, not where the act happened."""
    x = span.root
    for _ in range(8):
        if x.i == trig.i or x.head.i == x.i:
            return False
        x = x.head
        if x.pos_ == "NOUN" and x.lemma_.lower() in FEAR_NOUNS:
            return True
    return False


def _own_border(parsed, ids):
    """'to the border', 'along the frontier', 'its border with Belarus', 'the boundary with Kosovo': a
    border told from the side of those who go there (not 'the Syrian border', 'Turkey's border')."""
    for i in ids:
        x = parsed[i]
        if x.lemma_.lower() in ("border", "frontier", "boundary") and x.dep_ == "pobj" and \
                any(k.dep_ in ("det", "poss") and k.lower_ in ("the", "its", "their") for k in x.children) and \
                not any(k.dep_ in ("amod", "compound", "nmod") or k.dep_ == "poss" and k.lower_ not in ("its", "their")
                        or k.dep_ == "prep" and k.lower_ != "with" for k in x.children):
            return x
    return None


# seats of a state's power, in its capital: "protesters stormed the parliament", "broke into Congress"
SEATS_OF_POWER = {"parliament", "legislature", "congress", "capitol", "senate", "chancellery", "presidency",
                  "kremlin", "knesset", "duma", "rada", "majlis"}
# ... and those that are one only as the head of state's or government's ("the presidential palace",
# "the prime minister's residence", "the government headquarters", "the defence ministry")
SEATS_OF_OFFICE = {"palace", "residence", "office", "headquarters", "ministry", "assembly", "secretariat"}
OFFICE_HOLDERS = {"presidential", "president", "prime", "minister", "premier", "government", "cabinet", "royal",
                  "national", "defence", "defense", "interior", "foreign", "finance", "justice", "federal",
                  "chancellor", "king"}
# holders of a province's or a town's seat, not the state's ("the governor's office", "the regional parliament")
LOCAL_SEATS = {"governor", "provincial", "regional", "state", "district", "county", "local", "city", "municipal",
               "town", "mayor", "village", "party", "campaign", "army", "police", "un", "embassy"}
# a seat's building told by its own noun: "the parliament building", "the presidential palace complex"
SEAT_BUILDINGS = {"building", "buildings", "complex", "compound", "grounds", "premises", "gate", "gates"}


def _seat_noun(x) -> bool:
    """'the parliament', 'Congress', 'the presidential palace', 'the prime minister's residence', 'the defence
    ministry': a seat of a state's power (not 'the governor's office', 'the regional parliament')."""
    lemma = x.lemma_.lower()
    mods = {w.lower_ for k in x.children if k.dep_ in ("amod", "compound", "poss", "nmod")
            for w in k.subtree if w.i < x.i}
    if mods & LOCAL_SEATS:
        return False
    if lemma in SEATS_OF_POWER or x.lower_ in SEATS_OF_POWER:
        return True
    return lemma in SEATS_OF_OFFICE and bool(mods & OFFICE_HOLDERS)


# rivers and lands named after a state, or it after them: "the Niger river", "the Congo basin"
NAMED_WATERS = {"river", "valley", "delta", "basin", "estuary", "rapids", "falls"}


def _names_a_water(p: Place, span) -> bool:
    """'a ferry was attacked on the Niger river', 'along the Congo river': a country's name that names a
    river or its valley, which runs through several states, not the state."""
    root = span.root
    return (p.kind or "") == "country" and root.dep_ in ("compound", "nmod", "amod") \
        and root.head.lemma_.lower() in NAMED_WATERS and root.head.i > root.i


def _border_with(span) -> bool:
    """'near the border with Syria', 'along its frontier with Lebanon': a state named as the far side
    of a border."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ == "with" and \
        root.head.head.lemma_.lower() in ("border", "frontier", "boundary")


def _topic(span, trig) -> bool:
    """The place is in what the act is about: its object ('agreed a ceasefire in Idlib'), or a phrase
    on what ('talks on a truce in Gaza', 'a resolution over the war in Sudan')."""
    x = span.root
    if x.dep_ == "pobj" and x.head.lower_ in ("in", "at") and x.head.head.lower_ in MEETING_NOUNS:
        return False   # "at talks in Moscow": where it was done
    for _ in range(10):
        if x.head.i == x.i:
            return False
        if x.head.i == trig.i:
            return x.dep_ in ("dobj", "attr") or x.dep_ == "prep" and x.lower_ in ("on", "over", "about", "regarding")
        x = x.head
    return False


# verbs whose object is what was talked about: "discussed the war in Sudan", "raised support for Ukraine"
DISCUSSING = {"discuss", "debate", "review", "raise", "cover", "consider", "address", "examine", "explore"}


def _spoken_of(span, trig) -> bool:
    """The place is in what talks were about: the object of a verb of discussing ('discussed the war in
    Sudan', 'talks covered support for Ukraine') or a phrase on what ('talks on Syria', 'a call about
    Gaza'), not where they were held ('at talks in Moscow', 'held a meeting ... in Geneva')."""
    x = span.root
    for _ in range(10):
        if x.head.i == x.i:
            return False
        if x.dep_ == "pobj" and x.head.lower_ in ("in", "at") and x.head.head.lower_ in MEETING_NOUNS:
            return False
        if x.dep_ == "prep" and x.lower_ in ("on", "over", "about", "regarding", "concerning"):
            return True
        if x.head.i == trig.i:
            return x.dep_ == "dobj" and trig.lemma_.lower() in DISCUSSING
        if x.dep_ == "dobj" and x.head.lemma_.lower() in DISCUSSING:
            return True   # "met and discussed the war in Gaza": the verb of the talks' subject
        x = x.head
    return False


def _voted_on(span, trig) -> bool:
    """The place is in what a vote or a law decides: its object or its clause ('voted to extend the
    mission in Mali', 'approved sending police to Haiti', 'passed a bill on troops in Iraq'), not a
    phrase on the vote itself ('voted in Ankara') nor on its subject ('lawmakers in Nairobi')."""
    x = span.root
    for _ in range(12):
        if x.head.i == x.i:
            return False
        if x.head.i == trig.i:
            return x.dep_ in ("dobj", "xcomp", "ccomp", "attr", "nsubjpass") and x.i > trig.i or \
                x.dep_ == "prep" and x.lower_ in ("on", "over", "about", "regarding", "for", "to")
        x = x.head
    return False


# areas a bearing after them may describe ("Helmand province, south-west of Kandahar")
NAMED_AREAS = {"admin1", "admin2", "region", "landform"}
# what may stand between a named place and a bearing describing it: ", a province", ", some", ", about"
DESCRIBING_GAP = re.compile(r"\s*,?\s*(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?)?"
                            r"(?:some|about|around|roughly|nearly|almost|approximately|just)?\s*$")


def _describes(text: str, named: Place, bearing: Place) -> bool:
    """The bearing follows the named place and says where it lies ('Nangarhar province, east of
    Kabul', 'Kunar, a mountainous province east of Kabul'): only a comma, an article and a noun or
    two, or a hedge between them."""
    if named.end > bearing.start or bearing.start - named.end > 40:
        return False
    return DESCRIBING_GAP.fullmatch(text[named.end:bearing.start]) is not None


def _coordinated(a, b) -> bool:
    """Two tokens joined by 'and' / 'or' ('in Syria and Iraq')."""
    return a.i != b.i and (a.dep_ == "conj" and a.head.i == b.i or b.dep_ == "conj" and b.head.i == a.i
                           or a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i)


# sites a state's name before them owns rather than locates ("a US base", "the French camp")
OWNED_SITES = {"base", "airbase", "camp", "outpost", "post", "garrison", "facility", "barracks", "warship", "ship",
               "vessel", "tanker", "convoy", "position", "installation", "headquarters"}
# whose side a party is on: "fighters loyal to Iran", "militias allied to Russia", "a group linked to Pakistan"
ALLEGIANCE = {"loyal", "allied", "aligned", "close", "linked", "tied", "affiliated", "beholden", "sympathetic",
              "friendly", "answerable", "connected", "attached", "subordinate", "proxy"}
# what is made, sold or fired: "drones made in Iran", "shells supplied from Belarus"
KIT_NOUNS = {"drone", "missile", "rocket", "shell", "weapon", "arm", "ammunition", "munition", "tank", "jet",
             "aircraft", "plane", "bomb", "mine", "gun", "rifle", "launcher", "system", "vehicle", "warplane"}


def _allegiance(span) -> bool:
    """'fighters loyal to Iran', 'militias allied with Russia': the state a party sides with."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in ("to", "with") and \
        root.head.head.lemma_.lower() in ALLEGIANCE | {"ally", "align", "link", "tie", "affiliate"}


def _of_kit(span) -> bool:
    """'drones made in Iran struck the city', 'shells supplied from Belarus': where the weapon was made
    or came from, told in a clause on the weapon."""
    x = span.root
    for _ in range(4):
        if x.head.i == x.i:
            return False
        x = x.head
        if x.pos_ in ("VERB", "AUX") and x.dep_ in ("acl", "relcl"):
            noun = x.head
            return noun.lemma_.lower() in KIT_NOUNS or noun.lower_.rstrip("s") in KIT_NOUNS
    return False


def _owns_a_place(head) -> bool:
    """The noun a place's possessive qualifies is itself somewhere: a common noun of places ('its
    coast', 'the province', 'the main square') or a name the parser labels a place ('Istiklal Avenue')."""
    if head.lemma_.lower() in PLACE_PART_NOUNS or head.lower_ in PLACE_PART_NOUNS:
        return True
    return head.pos_ == "PROPN" and head.ent_type_ in ("FAC", "LOC", "GPE") and \
        any(k.lower_ in PLACE_PART_NOUNS for k in head.subtree)


def _reported_elsewhere(c) -> set:
    """Tokens of a clause another verb reports ('police detained a woman and said she had been
    trained in Syria'): what someone said happened elsewhere, not where the act itself took place."""
    out = set()
    for x in c.sent:
        if x.dep_ in ("ccomp", "parataxis") and x.head.lemma_.lower() in SPEECH_VERBS and x.head.i != c.trig.i:
            if c.kind in VIOLENT and x.lemma_.lower() in TOLL and not any(k.dep_ == "agent" for k in x.children):
                continue   # "shelled villages, and officials say 12 civilians were killed in Poonch": its toll
            ids = {k.i for k in x.subtree}
            if c.trig.i not in ids:
                out |= ids
    return out


def _taken_on_to(root, trig) -> bool:
    """'detained at the bridge and taken to Baku', 'attacked the village and fled into the forest':
    where a second verb told with the act took someone, not where the act happened."""
    if root.dep_ != "pobj" or root.head.lower_ not in DESTINATION_PREPS | {"to", "into"}:
        return False
    verb = root.head.head
    return verb.i != trig.i and verb.pos_ == "VERB" and (
        verb.dep_ == "conj" and verb.head.i == trig.i or trig.dep_ == "conj" and trig.head.i == verb.i)


def _town_named_as_people(p: Place, span) -> bool:
    """'the army had entered Kidal', 'rebels took Mogok': a town the places stage resolved that the
    parser labelled a nationality, standing as a noun phrase of its own (a singular proper name, not
    the modifier of a noun as 'Afghan' in 'Afghan troops')."""
    root = span.root
    return (p.kind or "") in SETTLEMENT_KINDS | {"installation", "facility"} and root.tag_ == "NNP" \
        and root.dep_ in ("dobj", "pobj", "nsubjpass", "appos", "conj", "attr", "nsubj")


def _named_as(span) -> str | None:
    """The common noun a place is introduced by: 'the district of Rajo', 'Rajo district', 'the town
    of Jinderes' (district, district, town); None when it stands alone."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        noun = root.head.head.lemma_.lower()
    elif root.dep_ == "compound" and root.head.pos_ == "NOUN":
        noun = root.head.lemma_.lower()
    else:
        return None
    return noun if noun in REF_NOUNS or noun in SCENE_NOUNS else None


def _noun_group(noun: str) -> str:
    """'town', 'city' and 'village' may name one place; other nouns of places name their own kind."""
    return "settlement" if noun in ("town", "city", "village", "settlement", "locality") else noun


def _route_end(text: str, p: Place, span) -> bool:
    """'on the Jammu-Srinagar highway at Lethpora', 'the Latakia-Aleppo road': a town that names
    one end of a road, a railway or a pipeline, not where on it something happened."""
    joined = text[p.end:p.end + 1] in ("-", "–") or text[max(0, p.start - 1):p.start] in ("-", "–")
    if not joined:
        return False
    head = span.root
    for _ in range(3):
        if head.dep_ not in ("compound", "nmod", "amod", "punct", "conj") or head.head is head:
            break
        head = head.head
    return head.lemma_.lower() in ROUTE_NOUNS


def _said_at(span) -> bool:
    """'in a speech at Canakkale', 'told reporters in Brussels', 'at a news conference in Doha':
    where words were spoken, not a scene a later 'the town' goes back to."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "at"):
        return False
    owner = root.head.head
    return owner.lemma_.lower() in SPEECH_VERBS or owner.lemma_.lower() in SPEECH_SETTINGS \
        or owner.lemma_.lower() in TAKING_A_STAND and owner.pos_ == "VERB"
    # "In Paris, the foreign ministry condemned the violence"; not "protests in Tbilisi": a scene


def _fled_to(span) -> bool:
    """'fled the town towards Tal Rifaat', 'escaped to Aleppo': where those who fled went."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "towards", "toward", "into", "for"):
        return False
    verb = root.head.head
    while verb.dep_ in ("conj", "appos", "npadvmod", "nsubj", "dobj") and verb.head is not verb and verb.pos_ != "VERB":
        verb = verb.head   # "most of them towards Tal Rifaat": the verb the phrase hangs on
    return verb.lemma_.lower() in FLEEING


def _reference_point(span) -> bool:
    """'60 km south of Mosul', 'near the border with Syria': a place that locates another."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head   # "between Kobani and Ain Issa": the second as the first
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "between":
        return True
    if root.dep_ == "pobj" and head.lower_ in ("of",) and head.head.lower_ in DIRECTION:
        return True
    if root.dep_ == "pobj" and head.lower_ == "with" and head.head.lower_ in ("border", "borders", "frontier"):
        return True
    if root.dep_ == "pobj" and head.lower_ == "from" and any(
            x.lower_ in ("far", "away", "distant") for x in (head.head, *head.children)):
        return True   # "the village of Hawzen in Tigray, far from Mekelle", "some 40 km away from Gao"
    if root.dep_ == "pobj" and head.lower_ in ("of",) and head.head.lower_ in ("outskirts",):
        return False
    return False


def _origin(c, span) -> bool:
    """'Reinforcements sent from Ouallam', 'jets flying from Crimea struck the island': the place
    a force or a weapon set out from, not where the event happened."""
    root = span.root
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "in" and prep.i >= 3 and prep.nbor(-1).lower_ == "," and \
            prep.nbor(-2).dep_ == "pobj" and prep.nbor(-2).head.lower_ == "from":
        root = prep.nbor(-2)   # "ordered from Vilseck, in Germany, to Romania": the origin's country
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    verb = root.head.head
    if c.kind == "deployment" and (c.trig.i in (verb.i, verb.head.i) or verb.i == c.trig.head.i):
        return True
    return c.kind in VIOLENT and verb.lemma_.lower() in SETTING_OUT and verb.i != c.trig.i


def _home_of_force(span) -> bool:
    """'Troops from Chad arrived in Mali', 'soldiers from Kenya's police': the country a force comes
    from names whose force it is, not where it acted; so does the home of people an act befell or
    who did it ('killed three volunteers from Georgia', 'a family from Aleppo was among the dead')."""
    root = span.root
    noun = root.head.head
    if not (root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.dep_ == "prep"):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.pos_ in ("NOUN", "PROPN") and _is_force(noun):
        return True
    if noun.lemma_.lower() in KILLING:
        # "killed three volunteers from Georgia", the phrase hung on the verb: their home when it
        # follows the people killed (not "abducted 40 students from Kuriga": where they were taken)
        obj = [k for k in noun.children if k.dep_ == "dobj" and k.right_edge.i + 1 == root.head.i]
        return bool(obj) and (obj[0].lemma_.lower() in PEOPLE_NOUNS or obj[0].lower_ in PEOPLE_NOUNS)
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in PEOPLE_NOUNS or noun.lower_ in PEOPLE_NOUNS) \
        and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "pobj", "appos", "conj")


def _gone_to(root, trig) -> bool:
    """Where those who left went: "drove out towards Gao", or the goal of a second move told with the
    withdrawal ("left the base and flew home to France", "pulled out, heading for Niamey")."""
    if root.dep_ != "pobj":
        return False
    prep, verb = root.head, root.head.head
    if verb.i == trig.i and (prep.lower_ in DESTINATION_PREPS or prep.lower_ == "to" and any(
            k.lower_ == "home" for k in verb.children)):
        return True   # "drove out towards Gao", "flew home to France"
    if verb.i == trig.i and prep.lower_ in ("for", "to") and any(
            k.dep_ == "dobj" or k.dep_ == "prep" and k.lower_ in ("from", "out") for k in verb.children):
        return True   # "left Mali for Cairo", "withdrew from Gao to Niamey": the place left is told beside
    second = verb.i != trig.i and (verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i == trig.i
                                   or trig.dep_ == "conj" and trig.head.i == verb.i)
    return second and prep.lower_ in DESTINATION_PREPS | {"to", "for", "into"}


def _where_told(trig) -> set:
    """Tokens of the clause that reports the act ("Speaking in Ankara, Erdogan said troops had taken
    the town", "told reporters in Brussels that ..."): where it was said, not where it happened."""
    cur = _reported_clause(trig, 5, ("ccomp", "parataxis"))
    if cur is None:
        return set()
    return {x.i for x in cur.head.subtree} - {x.i for x in cur.subtree}


# prepositions putting a force on the far side of a border: "sent its army across the border"
ACROSS = {"across", "over", "beyond"}
POLITICAL_ACTS = {"legislation", "statement"}   # done where the institution sits
# nouns of places or their parts a state's or a town's possessive may qualify ("Yemen's coast",
# "Iraq's Kurdistan region", "the city's main square")
PLACE_PART_NOUNS = {"coast", "coastline", "shore", "avenue", "street", "square", "road", "province", "region",
                    "district", "governorate", "state", "city", "town", "village", "port", "harbour", "harbor",
                    "airport", "border", "frontier", "north", "south", "east", "west", "northeast", "northwest",
                    "southeast", "southwest", "outskirts", "suburb", "suburbs", "neighbourhood", "neighborhood",
                    "centre", "center", "heartland", "waters", "airspace", "territory", "soil", "island", "islands",
                    "peninsula", "valley", "desert", "mountains", "corridor", "enclave", "capital", "quarter",
                    "market", "hospital", "mosque", "bridge", "highway", "crossing", "base", "airbase", "airfield",
                    "camp", "barracks", "compound", "prison", "jail", "refinery", "terminal", "depot", "plant", "field",
                    "oilfield", "palace", "church", "school", "university"}
# a body of people acting together that a state's name qualifies ("a US team", "the Russian side")
PARTY_NOUNS = {"team", "delegation", "side", "negotiator", "mediator", "envoy", "diplomat", "company", "firm",
               "consortium", "contingent", "crew", "bloc", "faction", "counterpart"}
# posts a place's possessive may name ("the enclave's state minister", "the town's mayor")
TITLE_NOUNS = {"minister", "leader", "president", "governor", "mayor", "commander", "chief", "head", "spokesman",
               "spokeswoman", "spokesperson", "official", "ruler", "premier", "envoy", "administrator"}
# a force's posting told by a participle after it ("troops stationed in X", "soldiers based at Y")
STATIONED = {"station", "base", "deploy", "post", "garrison", "position", "keep", "leave"}
# acts told of each place of a list, one event each ("handed over its bases at Taji, Besmaya and Tessalit")
# ... and attacks on targets in several towns ("attacked the airports of Kandahar and Herat": one attack each)
SPLIT_BY_PLACE = KIND_FOR_CONTEXT_MOVE | REMOTE_KINDS | {"territory_change", "attack", "clash"}

# what each of several states has of its own, so that "France and Italy evacuated their citizens" tells one
# act of each: its people abroad, its envoys, its missions ("recalled their ambassadors", "closed their embassies")
EACH_OWN_NOUNS = frozenset({
    "citizen", "national", "expatriate", "expat", "passport-holder", "diplomat", "ambassador", "envoy",
    "embassy", "consulate", "mission", "legation", "chargé", "attaché", "consul", "emissary", "representative"})
# words that tell the states acted one by one ("each flew", "separately", "their respective envoys")
EACH_WORDS = frozenset({"each", "separately", "respectively", "independently", "individually"})
# ... for which a list of districts or provinces is one of places too ("hand back Agdam, Kalbajar and Lachin")
AREAS_HANDED = {"handover", "withdrawal"}
# how the parser hangs the names of such a list on the verb ("captured Lashio on 3 August, Hsenwi on 5 August
# and Kutkai on 9 August": dobj, dep, conj)
LIST_ITEM_DEPS = {"dobj", "dep", "conj", "appos", "npadvmod"}
# plural nouns a colon opens a list of places after: "hand back three districts: Agdam ..., Kalbajar ...",
# "struck two bases: ..."
PLACE_LIST_NOUNS = {"district", "province", "region", "area", "town", "city", "village", "base", "airbase",
                    "airfield", "airport", "camp", "outpost", "position", "settlement", "locality", "governorate",
                    "oblast", "state", "county", "territory", "garrison", "port", "site"}
AREA_LIST_NOUNS = {"district", "province", "region", "area", "governorate", "oblast", "state", "county", "territory"}
# acts done to people, which their home town or state after "from" does not place
KILLING = {"kill", "wound", "injure", "execute", "behead", "shoot", "slay", "murder", "massacre", "maim"}
# verbs of meeting someone somewhere: "met in Ankara", "hosted Erdogan at the Elysee in Paris"
MEETING_VERBS = {"meet", "host", "hold", "receive", "welcome", "gather", "convene", "talk"}
# a leader's journey: done where he went ("visits Damascus"), never at home
TRAVEL = {"visit", "travel", "tour", "trip", "arrive", "fly", "land", "journey", "stop"}
# actors that sit in their state: a statement or a vote of theirs is made there
STATE_ORGANS = {"state", "government", "legislature", "state_military", "police", "intelligence"}
# the sea or a gulf an act at sea happened on: located better by the coast named beside it
SEA_KINDS = {"sea", "ocean", "gulf", "strait", "bay"}
# ways named by the towns at their ends
ROUTE_NOUNS = {"highway", "road", "motorway", "expressway", "railway", "railroad", "pipeline", "corridor", "route",
               "line", "axis", "link"}
# words spoken somewhere: "in a speech at X", "at a news conference in X"
SPEECH_SETTINGS = {"speech", "address", "conference", "briefing", "interview", "ceremony", "rally", "statement",
                   "summit", "forum", "meeting", "remarks", "session", "speak", "talk"}
# words taking a stand, said where the speaker is: "In Paris, the ministry condemned the attack"
TAKING_A_STAND = {"condemn", "denounce", "deplore", "warn", "vow", "pledge", "urge", "welcome", "criticise",
             "criticize", "praise", "appeal", "demand", "protest", "reject", "deny", "express", "voice"}
# people leaving for safety: where they went is no scene of the story
FLEEING = {"flee", "escape", "evacuate", "run", "head", "seek"}
# scenes a later "the island", "the bridge" goes back to, besides the towns and bases of REF_NOUNS
SCENE_NOUNS = {"island": ("landform",), "hill": ("landform",), "bridge": ("landform", "installation", "facility"),
               "crossing": ("landform", "installation", "facility"),
               "enclave": ("region", "admin1", "admin2"),   # "troops stationed in the enclave": the one named
               "strait": ("landform", "strait", "sea")}   # "on patrol north of the strait": the strait named
# waters an act at sea is told in ("in international waters", "fell into the sea", "at sea")
SEA_WORDS = {"sea", "seas", "waters", "strait", "gulf", "ocean", "high-seas"}
# the agency's credit at the foot of a report ("Reporting by A in Cairo; editing by B", "AP writers in
# Nairobi contributed"): where its writers sit, not what the report is about
CREDIT_LINE = re.compile(r"\b(?:contributed|(?:additional )?reporting (?:by|from)|editing by|writing by)\b", re.I)
# the capital of a province or a state within a country, not the country's
PROVINCIAL = {"provincial", "regional", "state", "district", "county", "local"}


# ground out of any town: an act told there is at none of the towns its report names
OPEN_GROUND = {"coast", "coastline", "shore", "border", "borders", "frontier", "front", "frontline", "countryside",
               "desert", "mountain", "mountains", "sea", "waters", "island", "islands", "valley", "highway", "hills",
               "jungle", "bush", "forest"}
# the parts of a town a report's lead may tell an act at ("the gate of the police academy, in the west of the
# city"); any other place noun of the act's words ("near the coast", "strikes on the island", "the base") tells
# somewhere else than the town of its dateline
TOWN_PARTS = {"city", "town", "capital", "centre", "center", "street", "square", "avenue", "road", "market",
              "hospital", "mosque", "church", "school", "university", "palace", "neighbourhood", "neighborhood",
              "suburb", "suburbs", "outskirts", "quarter", "compound", "prison", "jail", "airport", "north", "south",
              "east", "west", "northeast", "northwest", "southeast", "southwest"}
OUT_OF_TOWN = (PLACE_PART_NOUNS | REF_KEYS | set(SCENE_NOUNS) | {"front", "frontline", "countryside", "mountain",
                                                                  "sea", "area", "areas"}) - TOWN_PARTS


def _capital_city(tok) -> bool:
    """'the capital city', 'the Ukrainian capital city': 'capital' qualifying 'city', the city a country's
    capital is (not 'the capital city of the province', read by its 'of')."""
    return tok.lemma_.lower() == "capital" and tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() == "city"


def _story_scene(towns: list, acts: list) -> tuple[Place | None, bool]:
    """The town or base a report tells its story at: every scene it names paragraph by paragraph lies
    there (within 15 km), or it is where the first act told was placed and more paragraphs name it than
    any other scene ('Riots in Yerevan ... crowds stormed parliament in Yerevan ... after the army had
    taken the town of Shusha'); one where some act (a location of `acts`, in the order told) was placed,
    not 'The army has held the town of Djibo for months'. None when it names none; and whether it is
    the only scene named."""
    groups = _same_town_groups(p for para in towns for p, _ in para)
    acted = [g for g in groups if any(q.lat is not None and _near_km(g[0], _point(q)) < 15 for q in acts)]
    if not acted:
        return None, False
    if len(groups) == 1:
        return groups[0][0], True
    first = next((g for q in acts if q.lat is not None for g in acted if _near_km(g[0], _point(q)) < 15), None)
    if first is None or any(g is not first and len(g) >= len(first) for g in groups):
        return None, False
    return first[0], False


def _same_town_groups(places) -> list[list[Place]]:
    """Places in the order met, grouped with the first of a group lying within 15 km: the mentions of
    one town or base under its several names and records ('Kherson', 'Kherson city')."""
    groups: list[list[Place]] = []
    for p in places:
        for g in groups:
            if _near_km(p, g[0]) < 15:
                g.append(p)
                break
        else:
            groups.append([p])
    return groups


def _acting_states(trig) -> list:
    """The coordinated names that are the subject of an act ('France and Italy evacuated ...'): the
    conjuncts in order, proper names only (not 'US and British warplanes', one force of two flags)."""
    subj = next((k for k in trig.children if k.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN":
        return []
    out = [subj] + [k for k in subj.conjuncts if k.i > subj.i]
    return out if len(out) >= 2 and all(x.pos_ == "PROPN" for x in out) else []


def _each_own_act(trig, states: list, force: bool) -> bool:
    """Whether several states each did the act themselves: 'each' or 'separately' said ('Germany and Spain
    each flew their nationals out'), 'their own'/'their respective' ('recalled their respective envoys'),
    or, for acts that are no use of force, the belongings of each state as object ('withdrew their
    ambassadors', 'evacuated their citizens'). A strike or a battle by two states stays one joint act
    unless 'each' or 'separately' is said ('France and Britain struck the base')."""
    near = list(trig.children) + [k for x in states for k in x.children]
    if any(x.lower_ in EACH_WORDS and x.dep_ in ("advmod", "appos", "det", "npadvmod", "nsubj", "dep", "amod")
           for x in near):
        return True
    objs = [k for k in trig.children if k.dep_ in ("dobj", "nsubjpass")]
    for o in objs:
        poss = [k for k in o.children if k.dep_ == "poss" and k.lower_ == "their"]
        if not poss:
            continue
        if any(k.lower_ in ("own", "respective") for k in o.children):
            return True
        if not force and o.lemma_.lower() in EACH_OWN_NOUNS and o.tag_ in ("NNS", "NNPS"):
            return True
    return False


def _point(loc: Location) -> Place:
    """A location as a bare point, to measure distances with."""
    return Place(mention="", start=0, end=0, lat=loc.lat, lon=loc.lon)


def _near_km(p: Place, q: Place) -> float:
    if p.lat is None or q.lat is None:
        return 1e9 if (p.name or p.mention) != (q.name or q.mention) else 0.0
    return km(p.lat, p.lon, q.lat, q.lon)


class Arguments:
    """Place and quantities of candidates, and the order in which each argument is read (a part of
    the Events stage; actors are read by `Roles`, dates by `Dating`)."""

    # -- arguments -----------------------------------------------------------------------
    def _arguments(self, doc: Document, c: Candidate, zones: dict) -> None:
        t = c.trig
        actors, targets = _roles(t, c.kind)
        # "GAZA CITY, Feb 12 (Reuters) - Airstrikes killed ...": where the report was filed, parsed as a subject
        actors = [a for a in actors if not any(d0 <= a.idx < d1 for d0, d1 in self._datelines)]
        if t.pos_ == "NOUN" and c.kind in ("agreement", "diplomacy"):
            # "the Doha agreement", "the Geneva talks": the town where, not a party
            actors = [a for a in actors if not (a.dep_ == "compound" and self._town(a))]
        self._actors(doc, c, actors, targets)
        if c.kind == "troop_level" and t.like_num and "personnel" not in c.quantities:
            # "officially some 2,500 were in the country": the bare count is the strength
            toks = list(c.sent)
            got = read_number(toks, t.i - c.sent.start)
            if got is not None:
                c.quantities["personnel"] = got[0]
                hedge = _hedge(toks, t.i - c.sent.start)
                if hedge:
                    c.qualifiers["personnel"] = hedge
        # place: the event's own clause, then "the base" it refers back to, then the rest of
        # the sentence that no other event of the sentence owns
        others = set()
        for i, z in zones.items():
            if i != t.i:
                others |= z
        # "detained a woman and said she had been trained in Syria": a place someone said of another act
        reported = _reported_elsewhere(c)
        where = _where_antecedent(t)
        c.place, c.place_level = self._place(doc, c, c.zone | where, 3, exclude=reported)
        if c.place is None and c.folded_where:
            # "Zelensky, on a surprise visit to Washington on Wednesday, met Biden": the visit folded into the
            # meeting (Detection._dedupe_sentence) tells where it was
            named = [p for p, span in self._pspans if span.root.i in c.folded_where and (p.kind or "") != "demonym"
                     and (p.lat is not None or p.country)]
            if named:
                c.place, c.place_level = self._location(doc, named[0]), 3
        contact = _contact_antecedent(t) if c.kind not in POLITICAL else set()
        if contact:
            # "Nagorno-Karabakh, the enclave Azerbaijan recaptured in 2023": the enclave, not the doer
            named = [p for p, span in self._pspans if span.root.i in contact and (p.kind or "") != "demonym"
                     and (p.lat is not None or p.country)]
            if named:
                c.place, c.place_level = self._location(doc, named[0]), 3
        if c.kind == "statement":
            # "Addressing the Shangri-La Dialogue, the minister warned the US against provoking Beijing":
            # where he spoke, told by a participle the act's own clause may not hold
            spoken = self._spoken_at(doc, c, reported)
            if spoken is not None:
                c.place, c.place_level = spoken, 3
        if c.place is None and where:
            # "heading to Kidal, where a roadside bomb wounded four": there, whatever led to the name
            named = [p for p, span in self._pspans if span.root.i in where and (p.kind or "") != "demonym"
                     and (p.lat is not None or p.country)]
            if named:
                c.place, c.place_level = self._location(doc, named[0]), 3
        if c.place is None or (c.place.kind or "") in ("country", "admin1", "region"):
            ref = self._anaphoric_place(doc, c)
            if ref is not None:
                c.place, c.place_level = ref, 3
        if c.place is None:
            c.place, c.place_level = self._place(doc, c, set(range(c.sent.start, c.sent.end)), 2,
                                                 exclude=(others - c.zone) | _where_told(c.trig) | reported)
        if c.place is None or (c.place.kind or "") in ("country", "admin1", "region"):
            # "The base drew attention when rockets struck it": the base of the sentence
            ref = self._anaphoric_place(doc, c, set(range(c.sent.start, c.sent.end)) - others)
            if ref is not None:
                c.place, c.place_level = ref, 2
        if c.kind == "troop_level" and (c.place is None or (c.place.kind or "") in ("country", "admin1", "region")):
            # "some 2,000 troops stationed in the enclave": where the participle after the force puts it,
            # though another candidate ("stationed") owns those words
            for k in t.children:
                if k.dep_ in ("acl", "relcl") and k.lemma_.lower() in STATIONED:
                    ids = {x.i for x in k.subtree}
                    here = self._place(doc, c, ids, 3, exclude=reported)[0] or self._anaphoric_place(doc, c, ids)
                    if here is not None and (c.place is None or here.country == c.place.country or c.place_level < 3):
                        c.place, c.place_level = here, 3
                        break
            # "The brigade, which will number about 5,000 troops, will be based in Rukla": the count told of a
            # force in a clause on it, the force's own verb of stationing telling where
            rel = next((x for x in [t, *list(t.ancestors)[:3]] if x.dep_ in ("relcl", "acl")), None)
            force = rel.head if rel is not None else None
            if (c.place is None or (c.place.kind or "") in ("country", "admin1", "region")) and force is not None \
                    and force.dep_ in ("nsubj", "nsubjpass") and force.head.lemma_.lower() in STATIONED:
                ids = {x.i for x in force.head.subtree} - {x.i for x in force.subtree}
                here = self._place(doc, c, ids, 3, exclude=reported)[0]
                if here is not None and (c.place is None or here.country == c.place.country):
                    c.place, c.place_level = here, 3
        border = _own_border(doc.parsed, c.zone) if c.kind in ("deployment", "troop_level", "exercise") else None
        if border is not None and actors and (c.place is None or (c.place.kind or "") == "country" and any(
                p.country == c.place.country and span.root.head.lower_ == "with" and span.root.head.head.i == border.i
                for p, span in self._pspans)):
            # "Tajik President Emomali Rahmon ordered 20,000 reservists to the border": a state's forces
            # sent to a border no clause names are on its own side of it
            state = self._actors_state(doc, actors)
            if state is not None and border.head.lower_ in ACROSS:
                # "Kenya sent its army across the border" in a story on Somalia: the other side of it
                state = self._other_side(doc, state.country)
            if state is not None:
                c.place, c.place_level = state, 2
        if c.place is None or (c.place.kind or "") == "country":
            # "Zelensky meets Biden on the sidelines of the summit": where the summit was told to be
            met = self._meeting_place(doc, c)
            if met is not None:
                c.place, c.place_level = met, 3
        if c.place is None and c.kind == "diplomacy":
            # "Macron hosted Erdogan in Paris on Friday. The two leaders discussed the war in Gaza": there
            met = self._met_before(doc, c)
            if met is not None:
                c.place, c.place_level = met, 2
        if c.kind in POLITICAL_ACTS:
            seat = self._seat(doc, c, actors)
            if seat is not None:
                c.place, c.place_level = self._sitting_house(c, seat), 3
        if (c.kind in POLITICAL_ACTS or c.kind == "diplomacy") and c.place is None and actors \
                and t.lemma_.lower() not in TRAVEL:
            # "Russian President Vladimir Putin spoke by phone with Mali's leader": done where he sits,
            # not in the country the report is about (a visit or a meeting placed by its clause keeps it)
            state = self._actors_state(doc, actors)
            if state is None and c.kind == "legislation":
                # "Turkey backs Tripoli. Its parliament voted to send troops": the state the roles read
                state = self._state_named_as_actor(doc, c)
            if state is not None:
                c.place, c.place_level = self._sitting_house(c, state), 1   # no vote for the report's country
        if c.place is None or (c.place.kind or "") == "country":
            # "attacked the presidential palace in the capital", "to be signed in the Saudi capital"
            cap = self._capital(doc, c, c.zone) or self._capital(
                doc, c, set(range(c.sent.start, c.sent.end)) - (others - c.zone) - _where_told(c.trig))
            if cap is not None and (c.place is None or c.place.country == cap.country):
                c.place, c.place_level = cap, 3
        elif c.kind not in SCENELESS:
            # "Fighting broke out in the capital on Saturday and spread to El Fasher": the capital the act's
            # own phrase names, not a town of another verb of the sentence
            own = _own_phrases(t)
            cap = self._capital(doc, c, own)
            if cap is not None and c.place.country == cap.country and not any(
                    span.root.i in own and p.lat is not None and c.place.lat is not None and km(
                        p.lat, p.lon, c.place.lat, c.place.lon) < 15 for p, span in self._pspans):
                c.place, c.place_level = cap, 3
        if c.place is None or (c.place.kind or "") in ("country", "admin1", "region") and c.place_level <= 3:
            # "Russian peacekeepers left Nagorno-Karabakh in April. They had been deployed there in 2020":
            # the place 'there' goes back to
            there = self._there(doc, c)
            if there is not None and (c.place is None or there.country == c.place.country
                                      or (c.place.kind or "") == "country" and c.place_level < 3):
                c.place, c.place_level = there, 3
        if c.kind not in SCENELESS and c.kind not in POLITICAL:
            # "protesters stormed the parliament", "crowds broke into the presidential palace", with no town
            # named: the capital of the state whose seat it is, not a town told before
            seat = self._seat_of_power(doc, c)
            if seat is not None:
                c.place, c.place_level = seat, 3
        if c.kind == "military_aid" and t.pos_ == "VERB":
            # "trained 90,000 Yemeni fighters": the aid goes where its recipients are from
            for p, span in self._pspans:
                if (p.kind or "") == "demonym" and p.country and span.root.head.dep_ in ("dobj", "dative") \
                        and span.root.head.head.i == t.i and _is_force(span.root.head):
                    c.place, c.place_level = Location(name=_country_name(doc, p.country), country=p.country,
                                                      kind="country", lat=p.lat, lon=p.lon), 3
                    break
        # date
        c.date, c.date_own, c.link = self._date(doc, c, zones)

    def _seat(self, doc: Document, c: Candidate, heads: list) -> Location | None:
        """Where a political act is done: 'Turkey's parliament approved sending troops to Libya',
        'Kenya's foreign ministry said ...': the state or town its institution belongs to, not the
        country it concerns; unless the act is placed itself ('voted in Ankara', 'said in Geneva')."""
        trig = c.trig
        told = _where_told(trig)
        for p, span in self._pspans:
            r = span.root
            if c.sent.start <= r.i < c.sent.end and r.dep_ == "pobj" and r.head.lower_ in ("in", "at") \
                    and r.head.head.i in (trig.i, _clause_head(trig).i):
                return None   # "said in Geneva": placed by its own words
            if c.kind == "statement" and c.sent.start <= r.i < c.sent.end and r.i not in told and \
                    (p.lat is not None or p.country) and _speaking_at(span) and not _in_what_was_said(span, trig):
                return None   # "Speaking at the Munich Security Conference, the French president warned ...":
                # where he spoke, not his state
        for h in heads:
            np = _np_span(h)
            for p, span in self._pspans:
                if not (np.start <= span.root.i < np.end) or (p.country is None and p.lat is None):
                    continue
                r = span.root
                if r.i == h.i and (p.kind or "") != "demonym" or r.dep_ in ("poss", "compound", "amod", "nmod") and r.head.i == h.i:
                    if (p.kind or "") == "demonym" or _is_demonym(span):
                        return Location(name=_country_name(doc, p.country), country=p.country, kind="country",
                                        lat=p.lat, lon=p.lon) if p.country else None
                    return self._location(doc, p)
        return None

    def _spoken_at(self, doc: Document, c: Candidate, exclude: set) -> Location | None:
        """The place of the statement's sentence a participle or a setting of speaking names ('Speaking
        in Kyiv, ...', 'Addressing the Shangri-La Dialogue, ...', 'at a news conference in Doha'), not
        one in what was said nor in a clause reporting it."""
        told = _where_told(c.trig) | exclude
        for p, span in self._pspans:
            r = span.root
            if not (c.sent.start <= r.i < c.sent.end) or r.i in told or (p.lat is None and not p.country) \
                    or (p.kind or "") == "demonym" or _is_demonym(span):
                continue
            if _speaking_at(span) and not _in_what_was_said(span, c.trig) and not _in_actor_np(self._text, p, span):
                return self._location(doc, p)
        return None

    def _there(self, doc: Document, c: Candidate) -> Location | None:
        """The place an adverb 'there' on the act's verb goes back to ('had been deployed there', 'kept
        1,000 troops there', 'civilians were killed there'): the last place named in the two sentences
        before, a town, base or area rather than a country (not where words were said, nor one that names
        an actor or locates another)."""
        verb = c.trig if c.trig.pos_ in ("VERB", "AUX") else _clause_head(c.trig)
        heads = {verb.i, c.trig.i}
        if not any(k.lower_ == "there" and k.dep_ == "advmod" and k.head.i in heads for k in c.sent):
            return None
        k = bisect.bisect_right(self._unit_starts, c.sent.start_char) - 1
        first = self._unit_starts[max(0, k - 2)]
        best = best_country = None
        for p, span in self._pspans:
            if not (first <= p.start < c.sent.start_char) or p.lat is None or (p.kind or "") == "demonym" \
                    or _is_demonym(span) or _in_actor_np(self._text, p, span) or _said_at(span) \
                    or _reference_point(span) or any(a <= p.start < b for a, b in self._datelines):
                continue
            if (p.kind or "") in ("country", "continent"):
                best_country = p
            else:
                best = p
        got = best or best_country
        return self._location(doc, got) if got is not None else None

    def _met_before(self, doc: Document, c: Candidate) -> Location | None:
        """The town of a meeting, visit or summit told in the two sentences before the act, in its
        paragraph ('The ministers met in Ankara on Tuesday. They discussed the war in Sudan', 'Erdogan
        arrived in Doha ... The talks covered Gaza'): a place after 'in' or 'at' on a verb of meeting or
        travel or on a meeting noun, or a verb of visiting's object."""
        para = bisect.bisect_right(self._para_breaks, c.sent.start_char)
        k = bisect.bisect_right(self._unit_starts, c.sent.start_char) - 1
        first = self._unit_starts[max(0, k - 2)]
        best = None
        for p, span in self._pspans:
            if not (first <= p.start < c.trig.idx) or p.lat is None \
                    or bisect.bisect_right(self._para_breaks, p.start) != para \
                    or (p.kind or "") not in SCENE_KINDS | {"admin2"}:
                continue
            root = span.root
            if root.dep_ == "pobj" and root.head.lower_ in ("in", "at"):
                owner = root.head.head
            elif root.dep_ == "dobj":
                owner = root.head if root.head.lemma_.lower() in TRAVEL else None
            else:
                owner = None
            if owner is None:
                continue
            if p.start >= c.sent.start_char and c.trig not in owner.conjuncts:
                continue   # in the act's own sentence, only a visit it is coordinated with: "visited Cairo on
                # Monday and met Sisi on Tuesday before flying to Riyadh" (met in Cairo)
            if owner.lemma_.lower() in MEETING_VERBS | TRAVEL or owner.lower_ in MEETING_NOUNS:
                best = p
        return self._location(doc, best) if best is not None else None

    def _seat_of_power(self, doc: Document, c: Candidate) -> Location | None:
        """The capital of the state whose seat of power the act is done to or at ('stormed the parliament',
        'rallied outside the presidential palace', 'broke into the Iraqi parliament', 'ransacked the prime
        minister's residence, Bangladeshi television reported'): the state the seat's own words name, else
        the country the act is placed in, else the one state the sentence names, else the report's. None
        when no seat is told, when a town is named with it or on the act ('stormed parliament in Yerevan'),
        or when the state is unknown."""
        t = c.trig
        seat = None
        for k in t.subtree if t.pos_ in ("VERB", "AUX") else [t, *t.children]:
            if k.i not in c.zone or not _seat_noun(k):
                continue
            x, hops = k, 0
            if x.dep_ in ("compound", "nmod", "amod") and x.head.lower_ in SEAT_BUILDINGS:
                x = x.head   # "the parliament building"
            while x.i != t.i and hops < 3 and (x.dep_ in ("dobj", "nsubjpass", "pobj", "prep", "conj", "appos")):
                x, hops = x.head, hops + 1
            if x.i == t.i or k.i == t.i:
                seat = k
                break
        if seat is None or any(k.dep_ in ("compound", "nmod") and k.pos_ == "PROPN" and not any(
                span.start <= k.i < span.end and (p.kind or "") in ("country", "demonym") for p, span in self._pspans)
                for k in seat.children):
            return None   # "the Maashiq presidential palace": a building of its own name, wherever it stands
        np = _np_span(seat.head if seat.dep_ in ("compound", "nmod") and seat.head.lower_ in SEAT_BUILDINGS else seat)
        own = _own_phrases(t) | {x.i for x in np}
        named = [(p, span) for p, span in self._pspans if span.root.i in own and (p.lat is not None or p.country)]
        if any((p.kind or "") in SETTLEMENT_KINDS | {"installation", "facility", "admin1", "admin2", "region"}
               for p, span in named if not _is_demonym(span)):
            return None   # "stormed parliament in Yerevan", "Catalonia's parliament"
        states = {p.country for p, span in named}
        if len(states) > 1:
            return None
        cc = states.pop() if states else None
        if cc is None and c.place is not None and (c.place.kind or "") == "country":
            cc = c.place.country   # "stormed the presidential palace in Bolivia"
        if cc is None:
            told = {p.country for p, span in self._pspans if c.sent.start <= span.start < c.sent.end and p.country
                    and ((p.kind or "") in ("country", "demonym") or _is_demonym(span))}
            cc = told.pop() if len(told) == 1 else None   # "Kenyan protesters stormed parliament"
        if cc is None:
            cc = self._story_country([]) or self._only_country()
        return self._capital_location(cc, seat=True) if cc else None

    def _this_side(self, doc: Document, c: Candidate, far: Place) -> Place | None:
        """The state on the near side of 'the border with <far>': the state of those who act ('Turkish
        troops clashed with militants near the border with Syria') or else the country the report is
        about ('clashes near the border with Venezuela' in a report on Colombia); None when neither is
        another state than the far one."""
        cc = None
        if c.kind not in REMOTE_KINDS:
            cc = self._state_acting(doc, c)
        if cc is None or cc == far.country:
            cc = self._story_country([])
        if cc is None or cc == far.country:
            # "Thailand said fighting erupted near the border with Cambodia": the one other state told
            named = {p.country for p, span in self._pspans if c.sent.start <= span.start < c.sent.end
                     and p.country and p.country != far.country and (p.kind or "") in ("country", "demonym")}
            cc = named.pop() if len(named) == 1 else None
        if cc is None:
            return None
        # no offsets: the mention names the far state, which the span's own reading would give back
        return Place(mention=far.mention, start=-1, end=-1, name=_country_name(doc, cc), country=cc, kind="country")

    def _other_side(self, doc: Document, own: str) -> Location | None:
        """The state across a border from `own`: the country the report is about when it is another,
        else the one other state it names ('Al-Shabaab holds southern Somalia. Kenya sent its army
        across the border'); None when that is not clear."""
        others = {p.country for p in self._places if p.country and p.country != own
                  and (p.kind or "") in ("country", "demonym", "admin1", "region", "city", "town")}
        story = self._story_country([])
        cc = story if story in others else (next(iter(others)) if len(others) == 1 else None)
        return None if cc is None else Location(name=_country_name(doc, cc), country=cc, kind="country")

    def _state_named_as_actor(self, doc: Document, c: Candidate) -> Location | None:
        """The one state among the act's actors as the roles named them ('Its parliament voted ...'
        after a sentence on Turkey: Turkey), by a country the report names; None when none or two."""
        states = {p.country for p in self._places if p.country and (p.kind or "") == "country"
                  and (p.name in c.actors or p.mention in c.actors)}
        if len(states) != 1:
            return None
        cc = states.pop()
        return Location(name=_country_name(doc, cc), country=cc, kind="country")

    def _sitting_house(self, c: Candidate, seat: Location) -> Location:
        """'Turkey's parliament voted to send troops to Libya': a state's vote or law is made where its
        legislature and government sit, the capital, when no clause places it; other acts keep the state."""
        if c.kind != "legislation" or (seat.kind or "") != "country" or not seat.country:
            return seat
        return self._capital_location(seat.country, seat=True) or seat

    def _actors_state(self, doc: Document, heads: list) -> Location | None:
        """'The Kremlin condemned ...', 'Russian President Vladimir Putin spoke by phone with ...': the
        one state the actor dictionary gives every one of those acting (an organ of the state, or a
        title before the name); None when one is unknown or two states act ('Biden and Putin spoke')."""
        states = set()
        for h in heads:
            np = _np_span(h)
            own = {m.actor.country for m in self._mentions if m.actor.country and (m.actor.type or "") in STATE_ORGANS
                   and np.start_char <= m.start < np.end_char}
            if len(own) != 1:
                return None
            states |= own
        if len(states) != 1:
            return None
        cc = states.pop()
        return Location(name=_country_name(doc, cc), country=cc, kind="country")

    def _capital(self, doc: Document, c: Candidate, token_ids: set) -> Location | None:
        """'in the capital', 'the Saudi capital', 'Haiti's capital', 'the capital of Chad': the
        capital city of the country the phrase names, else of the country the report is about;
        not a province's ('the provincial capital') nor one the text names ('the capital, Kabul')."""
        for i in sorted(token_ids):
            x = doc.parsed[i]
            if x.lemma_.lower() != "capital" or x.pos_ not in ("NOUN", "PROPN") or x.tag_ in ("NNS", "NNPS"):
                continue
            if _capital_city(x):
                if any(k.lower_ in PROVINCIAL for k in x.children):
                    continue   # "the provincial capital city"
                x = x.head   # "the centre of the capital city", "the Congolese capital city": the city told
            if not any(k.dep_ in ("det", "poss") for k in x.children):
                continue
            if any(k.dep_ == "appos" or k.lower_ in PROVINCIAL for k in x.children) or x.dep_ == "compound":
                continue   # "the capital, Kabul": named; "the provincial capital"; "capital" of a compound
            country = None
            for p, span in self._pspans:
                r = span.root
                if not p.country or r.i == x.i:
                    continue
                if r.head.i == x.i and r.dep_ in ("poss", "amod", "compound", "nmod") or \
                        r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.i == x.i:
                    if (p.kind or "") not in ("country", "demonym") and not _is_demonym(span):
                        country = False   # "the Kokang region's capital": a province's
                    else:
                        country = p.country
                    break
            if country is False:
                continue
            if country is None:
                if any(k.dep_ == "prep" and k.lower_ == "of" for k in x.children):
                    continue   # "the capital of the province"
                country = self._story_country([]) or self._only_country()
            loc = self._capital_location(country) if country else None
            if loc is not None:
                return loc
        return None

    def _dateline_town(self) -> Place | None:
        """The one town a report's dateline names ("BOGOTA, Jan 21 (Reuters) -": where it was filed and, unless
        the words say otherwise, where its story is); None for several ("ANKARA/MOSCOW") or none."""
        if not self._datelines:
            return None
        a, b = self._datelines[0]
        if "/" in self._text[a:b]:
            return None
        towns = [p for p in self._places if a <= p.start < b and p.lat is not None
                 and (p.kind or "") in ("city", "town", "village")]
        return towns[0] if len(towns) == 1 else None

    def _only_country(self) -> str | None:
        """The one state a report names at all ('Colombia blast ... in the south of the capital,
        Colombian officials said'), by name, nationality or town; None when it names two or none."""
        states = {p.country for p in self._places if p.country}
        return states.pop() if len(states) == 1 else None

    def _capital_location(self, cc: str, seat: bool = False) -> Location | None:
        """The capital city of a country (package data made from the registry data the gazetteer is
        built from; read once, when a report first speaks of a capital); with seat, the town where its
        parliament and government sit where that is not the capital ('stormed the parliament' in
        Bolivia: La Paz, not Sucre)."""
        name = "_seats" if seat else "_capitals"
        table = self.__dict__.get(name)
        if table is None:
            from sitrep.gazetteer.capitals import capitals, seats_of_government
            table = self.__dict__[name] = seats_of_government() if seat else capitals()
        cap = table.get(cc)
        return None if cap is None else Location(name=cap.name, lat=cap.lat, lon=cap.lon, country=cc, kind="city",
                                                 uncertainty_km=10.0)

    def _listed_targets(self, doc: Document, units: list, cands: list[Candidate]) -> list[Candidate]:
        """'Jets struck militants on Sunday. The targets included a depot near Sinjar in Iraq and a
        post near Kobani in Syria': a strike told without its places, then a sentence listing its
        targets: one strike at each town or base listed."""
        out = list(cands)
        for n, sent in enumerate(units):
            if not any(t.lemma_.lower() == "target" and t.dep_ in ("nsubj", "nsubjpass", "pobj") for t in sent) or \
                    any(c.unit == n for c in cands):
                continue
            told = [c for c in cands if (c.kind in REMOTE_KINDS or c.kind == "attack") and 0 < n - c.last_unit <= 1
                    and (c.place is None or (c.place.kind or "") in ("country", "admin1", "region"))]
            places = self._listed_places(sent)
            if not told or not places:
                continue
            strike = told[-1]
            for i, p in enumerate(places):
                e = strike if i == 0 else _copy(strike)
                e.place, e.place_level = self._location(doc, p), 2
                e.evidence = e.evidence + [(sent.start_char, sent.end_char)]
                if i > 0:
                    e.quantities, e.qualifiers = {}, {}
                    out.insert(out.index(strike) + i, e)
        return out

    def _listed_places(self, sent) -> list[Place]:
        """The towns and bases a sentence lists, one each (not the countries that locate them)."""
        got = []
        for p, span in self._pspans:
            if span.start < sent.start or span.end > sent.end or p.lat is None:
                continue
            if (p.kind or "") not in ("installation", "city", "town", "village", "facility") or \
                    _in_actor_np(self._text, p, span):
                continue
            if not any(_near_km(p, q) < 15 for q in got):
                got.append(p)
        return got

    def _town(self, tok) -> bool:
        """The places stage read the token as a settlement (not a country, which may be a party)."""
        return any(span.start <= tok.i < span.end and (p.kind or "") in SETTLEMENT_KINDS for p, span in self._pspans)

    def _anaphoric_place(self, doc: Document, c: Candidate, ids: set | None = None) -> Location | None:
        """'handed over the base': the base named last, in this sentence or the three before."""
        ref = None
        if not self._words(c.sent) & (REF_KEYS | SCENE_NOUNS.keys()):
            return None
        for i in sorted(c.zone if ids is None else ids):
            x = doc.parsed[i]
            cls = REF_NOUNS.get(x.lemma_.lower()) or REF_NOUNS.get(x.lower_) or SCENE_NOUNS.get(x.lower_)
            if cls is None or x.tag_ in ("NNS", "NNPS") or any(_capital_city(k) for k in x.children):
                continue   # "the capital city": the country's capital, read by _capital, not the city told last
            # "the town", and "the city centre", "the town square": the part of the place told
            det = x if x.dep_ != "compound" or x.head.pos_ != "NOUN" else x.head
            if not any(k.dep_ in ("det", "poss") and k.lower_ in ("the", "this", "that", "its", "their")
                       for k in det.children):
                continue
            if any(k.dep_ in ("compound", "amod", "nmod") and (k.ent_type_ or k.pos_ == "PROPN")
                   for k in x.children):
                continue
            if any(span.start <= i < span.end for _, span in self._pspans):
                continue
            if x.dep_ == "poss" and (x.head.lemma_.lower() in TITLE_NOUNS or x.head.lemma_.lower() in PEOPLE_NOUNS):
                continue   # "the enclave's leader signed ...": whose leader, not where he acted
            if any(k.dep_ == "prep" and k.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN"
                                                                for g in k.children) for k in x.children):
                continue   # "the town of Kupiansk": named here, even when the gazetteer does not know it
            if x.dep_ in ("dobj", "nsubj", "nsubjpass") and any(
                    k.dep_ == "prep" and k.lower_ in ("in", "at", "near", "outside") and any(
                        g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ not in ("DATE", "TIME", "NORP", "ORG")
                        and not any(span.start <= g.i < span.end for _, span in self._pspans)
                        for g in k.children) for k in [*x.children, *x.head.children]):
                continue   # "Sweden handed its camp in Timbuktu to the army": a place named, one the
                # gazetteer does not know, not the camp told before
            ref = (x, cls)
            break
        if ref is None:
            return None
        x, cls = ref
        first = self._unit_starts[max(0, bisect.bisect_right(self._unit_starts, c.sent.start_char) - 7)]
        if any(k.lower_ == "same" for k in x.lefts):
            first = 0   # "the same camp": the one named before, however far back
        best = None
        for p, span in self._pspans:
            if p.start < first or p.start >= x.idx or p.lat is None:
                continue
            if _said_at(span) or _fled_to(span):
                continue   # "announced it in a speech at Canakkale", "fled towards Tal Rifaat": no scene
            named = _named_as(span)
            if named is not None and _noun_group(named) != _noun_group(x.lemma_.lower()):
                continue   # "the district of Rajo" is no antecedent of "the town"
            root = span.root
            based = cls is _INSTALLATION and (p.kind or "") not in ("country", "demonym", "admin1", "region") and (
                root.dep_ in ("compound", "nmod") and REF_NOUNS.get(root.head.lemma_.lower()) is _INSTALLATION
                or root.dep_ == "pobj" and root.head.lower_ in ("at", "in", "near", "outside")
                and REF_NOUNS.get(root.head.head.lemma_.lower()) is _INSTALLATION)   # "the Gao base", "the camp at Inates"
            within = cls == ("country",) and p.country and (p.kind or "") not in ("demonym",)
            if (p.kind or "") not in cls and not based and not within or _reference_point(span) or \
                    not based and _in_actor_np(self._text, p, span):
                continue
            if _unreal(span) and not _unreal(doc.parsed[x.i:x.i + 1]):
                continue   # "Operations in Tal Rifaat will follow": no scene yet for "the town" to go back to
                # (but "will pull out of Bakhmut and hand over ... must then hold the city": the same to come)
            best = p
        if best is None and cls is _SETTLEMENT and x.lemma_.lower() in ("city", "town"):
            # "BOGOTA, Jan 21 (Reuters) - ... rammed the gate of the school, in the north of the city": the town
            # of the dateline, when none was named before
            best = self._dateline_town()
        if best is None and cls != ("country",) and not any(k.lower_ == "same" for k in x.lefts):
            # "the city centre" told far from the name: the one town of its kind the report is about
            best = self._dominant(cls, x.idx)
        if best is not None and cls == ("country",) and (best.kind or "") != "country":
            # "the embassy in Kabul ... some 2,500 were in the country": the country of the place named last
            return Location(name=_country_name(doc, best.country), country=best.country, kind="country")
        return self._location(doc, best) if best is not None else None

    def _meeting_place(self, doc: Document, c: Candidate) -> Location | None:
        """'the summit', 'the talks' in the act's own words, a meeting told before with its place ('who
        is in Hiroshima for the Group of Seven summit', 'talks in Doha'): that place."""
        nouns = [doc.parsed[i] for i in sorted(c.zone) if doc.parsed[i].lower_ in MEETING_NOUNS
                 and any(k.dep_ == "det" and k.lower_ in ("the", "this", "that") for k in doc.parsed[i].children)
                 and not any(span.start <= i < span.end for _, span in self._pspans)]
        if not nouns:
            return None
        noun = nouns[0]
        best = None
        for p, span in self._pspans:
            root = span.root
            if p.start >= c.sent.start_char or p.lat is None or root.dep_ != "pobj" or \
                    root.head.lower_ not in ("in", "at") or (p.kind or "") in ("country", "demonym", "region"):
                continue
            owner = root.head.head
            told = [owner] if owner.lemma_.lower() == noun.lemma_.lower() else \
                [k for k in owner.subtree if k.lemma_.lower() == noun.lemma_.lower() and _clause_head(k).i == owner.i]
            if told:
                best = p   # the latest meeting of that name told with a place
        return self._location(doc, best) if best is not None else None

    def _dominant(self, cls, before: int) -> Place | None:
        """The town (or base) of a kind the report names most before a character offset, named at least
        three times and twice as often as any other of its kind: the one 'the town' of the story."""
        groups = _same_town_groups(
            p for p, span in self._pspans
            if not (p.start >= before or p.lat is None or (p.kind or "") not in cls
                    or _in_actor_np(self._text, p, span) or _reference_point(span) or _unreal(span)))
        groups.sort(key=len, reverse=True)
        if not groups or len(groups[0]) < 3 or len(groups) > 1 and len(groups[0]) < 2 * len(groups[1]):
            return None
        return groups[0][0]

    def _place(self, doc: Document, c: Candidate, token_ids: set, level: int, exclude: set = frozenset()):
        best, best_key = None, None
        cands, refs = [], []
        s0, s1 = c.sent.start, c.sent.end
        for p, span in self._pspans:
            if span.end <= s0 or span.start >= s1:
                continue
            ids = range(span.start, span.end)
            if not any(i in token_ids for i in ids) or any(i in exclude for i in ids):
                continue
            if p.lat is None and p.country is None:
                continue
            if c.kind in REMOTE_KINDS and _fired_from(span):
                refs.append((p, span))   # "mortar fire from the Syrian side killed three in Akcakale"
                continue
            if _outside_of(p, span):
                continue   # "Never before has the army kept a brigade permanently outside Germany": not there
            if (p.kind or "") == "demonym" or _is_demonym(span) and not (
                    span.root.pos_ == "PROPN" and span.root.dep_ == "pobj" and span.root.head.lower_ in LOCATIVE) \
                    and not _town_named_as_people(p, span):
                # a country the parser labelled a nationality is a place after "into", "in", "to";
                # "the Iraqi territory", "Syrian airspace": the country; "Iraqi forces": no place
                if (span.root.head.lower_ in ("territory", "soil", "airspace", "waters", "border",
                                              "frontier", "land", "lands", "coast", "coastline", "shore", "port")
                        or _side_of_border(span.root.head)) and p.country:
                    cands.append((Place(mention=p.mention, start=p.start, end=p.end,
                                        name=_country_name(doc, p.country), lat=p.lat, lon=p.lon,
                                        country=p.country, kind="country"), span))
                continue
            if _in_actor_np(self._text, p, span) or _home_of_force(span) or _names_a_water(p, span):
                continue
            if _in_earlier_or_later_act(span, c.trig):
                continue   # "After Russia invaded Ukraine, Ottawa sent 460 more personnel to the region"
            if c.kind not in POLITICAL and _names_an_accord(span):
                continue   # "Crowds set fire to offices over the Moscow agreement": the accord's name
            if _reference_point(span) or _route_end(self._text, p, span):
                refs.append((p, span))
                continue
            told = _told_of_act(span, c.trig) or c.kind in POLITICAL and _where_the_doer_was(span, c.trig)
            if level < 3 and not told:
                continue
            if c.kind in POLITICAL and _next_or_last_leg(span, c.trig):
                continue   # "She met the prime minister on Wednesday before flying on to Seoul": not in Seoul
            if c.kind == "legislation" and _voted_on(span, c.trig):
                continue   # "Its parliament voted to allow troops to be sent to Libya": what the vote is on   # "Marines who were based in Okinawa landed ...": where a party was, told of no act
            head = _np_head(span.root)   # "to the Red Sea coast": the phrase the name is part of
            if not told and (head.dep_ == "pobj" and head.head.lower_ in DESTINATION_PREPS | {"to", "into"}
                             or _of_kit(span)) or _feared(span, c.trig):
                continue   # "the pipeline, which carries crude to the Red Sea coast", "fears of a wider war in
                # the Gulf": somewhere else, or nowhere yet
            if span.end < len(doc.parsed) and doc.parsed[span.end].lower_ == "time":
                continue   # "at 5 a.m. Moscow time": a clock, not a place
            if _origin(c, span) and (c.kind in VIOLENT or any(
                    self._town(x) or x.lemma_.lower() in REF_NOUNS or self._destination(x) for x in c.sent
                    if x.i in token_ids and x.i not in range(span.start, span.end))):
                continue   # "reinforcements sent from Ouallam secured the camp": where they came from
            if c.kind == "withdrawal" and _gone_to(span.root, c.trig):
                continue   # "drove out towards Gao", "left the base and flew home to France": where they went
            if c.kind not in MOVEMENT and head.dep_ == "pobj" and head.head.lower_ in DESTINATION_PREPS \
                    and head.head.head.i != c.trig.i:
                continue   # "as they turned back towards Odesa, coast guard ships opened fire": where they were heading
            if c.kind not in ("deployment", "withdrawal") and (_taken_on_to(span.root, c.trig) or _fled_to(span)):
                continue   # "detained at the bridge and taken to Baku", "people fled towards Tal Rifaat"
            if any(a.lower_ in ("out", "than") and a.i > c.trig.i and a.dep_ in ("prep", "advmod", "pcomp", "cc")
                   and a.head.i != c.trig.i for a in list(span.root.ancestors)[:5]):
                continue   # "2,400 soldiers in Mali, out of about 4,300 in the Sahel": another figure's place
            cands.append((p, span))
        if not any((p.kind or "") in SETTLEMENT_KINDS | {"installation", "facility"} for p, _ in cands):
            # "struck several areas of eastern Rafah": a town the report reads as a place elsewhere
            cands += self._names_read_elsewhere(doc, c, token_ids, exclude)
        if not cands and refs:
            # "the army post at Indelimane, between Ansongo and Menaka", Indelimane unknown: near them
            cands = refs[:1]
            if _border_with(cands[0][1]) and c.kind not in REMOTE_KINDS:
                # "3,000 fighters, many of them along the border with Venezuela" in a report on Colombia:
                # this side of the border, not the neighbour named after "with"
                side = self._this_side(doc, c, cands[0][0])
                if side is not None:
                    cands = [(side, cands[0][1])]
        coast = any(p.country and (p.kind or "").lower() not in SEA_KINDS for p, _ in cands)
        for p, span in cands:
            rank = PLACE_RANK.get((p.kind or "").lower(), 2 if p.lat is None else 3)
            kind = (p.kind or "").lower()
            if kind == "landform" and (p.uncertainty_km or 0) > 25:
                rank = 2   # a river or a range hundreds of km long locates less than a town
            if coast and (kind in SEA_KINDS or p.country is None and kind == "landform"):
                rank = 0   # "a tanker in the Red Sea off Yemen": the coast named, which a state holds
            if kind == "relative" and any(
                    (q.kind or "").lower() in ("installation", "city", "town", "village") and q is not p
                    and not (s2.start >= span.start and s2.end <= span.end) for q, s2 in cands):
                rank = 4   # "the town of X, about 50 km from Y": X is the place, the distance describes it
            if kind == "relative" and any(
                    (q.kind or "").lower() in NAMED_AREAS and q is not p and _describes(self._text, q, p)
                    for q, s2 in cands):
                rank = 0   # "in Nangarhar province, east of Kabul", "in Kunar, a province east of Kabul": the
                # area named; the bearing only says where that area lies
            if kind == "relative" and span.root.dep_ == "appos" and any(
                    q is not p and s2.root.i == span.root.head.i and q.country and q.country != p.country
                    for q, s2 in cands):
                rank = 0   # "drills in Belarus, north of Kyiv": the place named; the rough bearing falls elsewhere
            dist = abs(span.root.i - c.trig.i)
            # the act's own words before those of a phrase describing one of its parties ("troops
            # leaving northern Syria will move to western Iraq") or of an act told beside it
            # what a political act is about is not where it was done ("agreed a ceasefire in Idlib at talks
            # in Moscow", "hosted talks in Cairo on a truce in Gaza")
            topic = c.kind in POLITICAL_ACTS | {"agreement", "diplomacy"} and _topic(span, c.trig)
            if c.trig.lemma_.lower() in TRAVEL:
                # "Scholz visited Beijing after stops in Tokyo and Seoul": the place visited, not a stop
                # before or after it
                topic = _other_stop(span, c.trig)
            elif c.kind in POLITICAL:
                # "held talks with Lavrov on Monday before travelling on to Minsk": talks not in Minsk
                topic = topic or _other_stop(span, c.trig)
            told = _told_of_act(span, c.trig)
            if c.kind in POLITICAL and _where_the_doer_was(span, c.trig):
                told = 2   # "The minister, who landed in Moscow on Sunday, held talks ...": talks there
            spoken_at = False
            if c.kind == "statement":
                # "Zelensky, speaking in Kyiv, warned that troops were massing near Kharkiv": said in Kyiv,
                # of Kharkiv; "Addressing the Shangri-La Dialogue, the minister warned the US against
                # provoking Beijing": where he spoke before whom he warned of what
                topic = topic or _in_what_was_said(span, c.trig)
                if _speaking_at(span):
                    told, spoken_at = 2, True
            # "Lawmakers in Ankara approved the deployment of troops to Libya": where those of another
            # verb are, not where the act it governs goes
            key = (told, not topic, not _with_other_party(span, c.trig), spoken_at, rank,
                   p.lat is not None, -dist)
            if best_key is None or key > best_key:
                best, best_key = (p, span), key
        if best is not None and c.kind == "diplomacy" and _spoken_of(best[1], c.trig):
            # "The two leaders discussed the war in Gaza and talks on Syria": what they spoke of, not where;
            # the meeting told before places it (`_met_before`)
            return None, 0
        if best is not None and (best[0].kind or "") == "country" and any(
                q.country != best[0].country and (q.kind or "") == "country" and _coordinated(s2.root, best[1].root)
                for q, s2 in cands):
            return None, 0   # "pound Kurdish militants in Syria and Iraq": neither state alone
        if best is not None:
            if (best[0].kind or "") == "country" and best[1].root.dep_ in ("compound", "nmod") \
                    and best[1].root.head.i == c.trig.i:
                # "US hands over Niger base", "Iraq withdrawal": a state before the act's noun may be who
                # acts as well as where; a place the act's clause names elsewhere tells it better; and
                # when it is who acts ("US strikes"), it is not where
                if c.kind in STRIKES_FROM_AFAR and any(a.i == best[1].root.i for a in _roles(c.trig, c.kind)[0]):
                    return None, 0   # (but "Colombia blast", "Mali attack": where)
                return self._location(doc, best[0]), min(level, 2)
            return self._location(doc, best[0]), level
        return None, 0

    def _destination(self, tok) -> bool:
        """A place the token names is where a force is sent ('ordered from Vilseck, in Germany, to Romania')."""
        return tok.dep_ == "pobj" and tok.head.lower_ in DESTINATION_PREPS | {"to", "into"} and any(
            span.start <= tok.i < span.end and (p.kind or "") != "demonym" for p, span in self._pspans)

    def _names_read_elsewhere(self, doc: Document, c: Candidate, token_ids: set, exclude: set) -> list:
        """Proper names in the tokens that the places stage passed by here but read as a town or a base
        elsewhere in the report ('airstrikes on eastern Rafah', 'the Rafah area', 'will go into Rafah'
        where the parser took the name for a person): the same place."""
        known = {}
        for p in self._places:
            if p.lat is not None and (p.kind or "") in SETTLEMENT_KINDS | {"installation"}:
                known.setdefault(p.mention, p)
        out = []
        for i in sorted(token_ids - exclude):
            x = doc.parsed[i]
            if x.pos_ != "PROPN" or not x.text[:1].isupper() or x.ent_type_ in ("ORG", "NORP") or x.text not in known \
                    or any(span.start <= i < span.end for _, span in self._pspans) \
                    or any(a <= x.idx < b for a, b in self._datelines):
                continue
            p = known[x.text]
            here = Place(mention=x.text, start=x.idx, end=x.idx + len(x.text), name=p.name, lat=p.lat, lon=p.lon,
                         country=p.country, kind=p.kind, uncertainty_km=p.uncertainty_km, admin1=p.admin1)
            span = doc.parsed[i:i + 1]
            if _in_actor_np(self._text, here, span) or _reference_point(span) or _home_of_force(span) \
                    or any(k.dep_ == "case" for k in x.children):
                continue
            out.append((here, span))
        return out

    def _location(self, doc: Document, p: Place) -> Location:
        if self.location_for_span is not None:
            try:
                loc = self.location_for_span(doc, p.start, p.end)
                if loc is not None:
                    return _as_location(loc)
            except Exception:
                pass
        return Location(name=p.name or p.mention, lat=p.lat, lon=p.lon, country=p.country, admin1=p.admin1,
                        kind=p.kind, uncertainty_km=p.uncertainty_km)

    def _split(self, doc: Document, cands: list[Candidate], quants: list[Quantity]) -> list[Candidate]:
        """One trigger, several places or several counted forces: one event each."""
        out = []
        for c in cands:
            if c.kind in SPLIT_BY_PLACE:
                places = self._primary_places(doc, c)
                # "handed over its base at al-Qaim on March 17, Q-West last Thursday and K1 on Sunday":
                # a name the gazetteer cannot map heads the list all the same, an item with no place
                unmapped = [Place(mention=x.text, start=x.idx, end=x.idx + len(x.text)) for x in self._unmapped_names(c)
                            if places and x.idx < min(p.start for p in places)]
                if len(places) + len(unmapped[:1]) >= 2:
                    places = unmapped[:1] + places
                    places.sort(key=lambda p: p.start)
                    # the text the list runs over: its sentence, or the next when a colon's list was parsed
                    # as one of its own ("seized four towns: Kalemie on Monday and Uvira on Tuesday")
                    sent_end = c.sent.end_char
                    if places[-1].start >= sent_end:
                        last = doc.parsed.char_span(places[-1].start, places[-1].end, alignment_mode="expand")
                        sent_end = last.sent.end_char if last is not None else sent_end
                    for i, p in enumerate(places):
                        e = _copy(c)
                        if p.lat is None and p.name is None:
                            e.place, e.place_level = None, 0
                        else:
                            e.place, e.place_level = self._location(doc, p), 3
                        if i > 0:
                            e.quantities, e.qualifiers = {}, {}
                        # "Taji on June 1, Besmaya on June 4 and Tessalit on Sunday": each its own date
                        # but "fired at A and B, and the following evening rockets struck C": a time
                        # of another clause than the place's dates that clause's place, not this one
                        end = places[i + 1].start if i + 1 < len(places) else sent_end
                        clause = self._clause_of_char(doc, p.start)
                        dated = [(tx, span) for tx, span in self._tspans if c.sent.start_char <= tx.start < sent_end
                                 and tx.type in ("DATE", "TIME") and tx.start_date is not None
                                 and tx.end_date is not None and not _other_clause(span.root, clause)]
                        own = [tx for tx, _ in dated if p.end <= tx.start < end] or \
                            [tx for tx, _ in sorted(dated, key=lambda x: abs(x[0].start - p.start)) if tx.end <= p.start]
                        if own:
                            e.date, e.date_own = EventDate(own[0].start_date, own[0].end_date, own[0].text), True
                        out.append(e)
                    continue
            if c.kind == "troop_level":
                pers = [q for q in quants if q.key == "personnel" and q.noun is not None]
                # "between 20,000 and 30,000 troops", "2,500 to 3,000 troops": one range, one force
                pers = [q for k, q in enumerate(pers) if not (k > 0 and _range_pair(doc.parsed, pers[k - 1], q))]
                # "about 2,500 troops in Iraq and some 900 in Syria": a count whose noun is left unsaid
                counts = [(q.i, q.value, q.qualifier, q.noun) for q in pers] + self._elided_counts(c, pers)
                counts.sort()
                if len(counts) >= 2:
                    for k, (i, value, qualifier, noun) in enumerate(counts):
                        e = _copy(c)
                        e.quantities = {"personnel": value}
                        e.qualifiers = {"personnel": qualifier} if qualifier else {}
                        names = self._actor_names(doc, doc.parsed[noun]) if noun is not None else []
                        if any(n[:1].isupper() for n in names):
                            e.actors = names   # "900 British troops": whose; not the bare noun "troops"
                        end = counts[k + 1][0] if k + 1 < len(counts) else c.sent.end
                        here = self._count_place(doc, c, i, end)
                        if here is not None:
                            e.place, e.place_level = here, 3
                        out.append(e)
                    continue
            if c.actors and c.trig.pos_ in ("VERB", "AUX"):
                each = self._split_by_state(doc, c)
                if each:
                    out.extend(each)
                    continue
            out.append(c)
        return out

    def _split_by_state(self, doc: Document, c: Candidate) -> list[Candidate]:
        """'France and Italy evacuated their citizens on Sunday': two acts, one by each state, of the same
        kind, day and place; [] when the states acted jointly or one state is named."""
        states = _acting_states(c.trig)
        if not states or not _each_own_act(c.trig, states, c.kind in VIOLENT):
            return []
        names = [self._actor_names(doc, x) for x in states]
        # "Germany and Spain each ...": the first name's phrase reads all of them; each keeps its own alone
        names = [[x for x in n if not any(x in m for j, m in enumerate(names) if j != i and len(m) < len(n))]
                 for i, n in enumerate(names)]
        if any(not n for n in names) or len({tuple(n) for n in names}) < len(names) or \
                not all(x in c.actors for n in names for x in n):
            return []
        each_said = any(x.lower_ in EACH_WORDS for x in [*c.trig.children, *(k for x in states for k in x.children)])
        out = []
        for i, own in enumerate(names):
            e = _copy(c)
            e.actors = list(own)
            if i > 0 and not each_said:
                e.quantities, e.qualifiers = {}, {}   # "evacuated 300 citizens": the two together, told once
            out.append(e)
        return out

    def _elided_counts(self, c: Candidate, pers: list) -> list[tuple]:
        """Counts joined to a counted force with its noun left unsaid ('2,500 troops in Iraq and some 900
        in Syria', '5,100 soldiers in Mali and around 1,000 in Niger'): (index, value, hedge, None)."""
        toks = list(c.sent)
        known = {q.i for q in pers}
        out = []
        for q in pers:
            noun = c.trig.doc[q.noun]
            for k in noun.children:
                if k.dep_ != "conj" or not k.like_num or k.i in known or any(
                        g.dep_ in ("compound", "amod") or g.pos_ == "NOUN" for g in k.children):
                    continue
                got = read_number(toks, k.i - c.sent.start)
                if got is not None:
                    out.append((k.i, got[0], _hedge(toks, k.i - c.sent.start), None))
                    known.add(k.i)
        return out

    def _count_place(self, doc: Document, c: Candidate, start: int, end: int) -> Location | None:
        """The place told of one count of a list of counts: the first named after its number and before
        the next count ('2,500 troops in Iraq and some 900 in Syria': Syria for the 900), by a
        locative ('in', 'at', 'across'), not a state owning the force."""
        for p, span in self._pspans:
            r = span.root
            if not (start < span.start and span.end <= end) or (p.lat is None and not p.country):
                continue
            if (p.kind or "") == "demonym" or _is_demonym(span) or _in_actor_np(self._text, p, span):
                continue
            if r.dep_ == "pobj" and r.head.lower_ in LOCATIVE | {"across"}:
                return self._location(doc, p)
        return None

    def _clause_of_char(self, doc: Document, char: int) -> int | None:
        """The head of the clause the token at a character offset belongs to."""
        span = doc.parsed.char_span(char, char + 1, alignment_mode="expand")
        return _clause_head(span.root).i if span is not None else None

    def _unmapped_names(self, c: Candidate) -> list:
        """Proper names in the event's zone where a place goes ("its base at al-Qaim") that the
        places stage could not put on the map."""
        out = []
        for i in sorted(c.zone):
            x = c.trig.doc[i]
            if x.pos_ == "PROPN" and x.dep_ == "pobj" and x.head.lower_ in ("at", "in") and \
                    (x.head.head.i == c.trig.i or x.head.head.lemma_.lower() in REF_NOUNS) and \
                    not any(p.start <= x.idx < p.end and p.lat is not None for p in self._places):
                out.append(x)
        return out

    def _colon_list_head(self, doc: Document, c: Candidate):
        """The plural noun of places the act's clause ends on before a colon that opens their list ('agreed to
        hand back three districts: Agdam by 20 November, Kalbajar by 15 November and Lachin by 1 December'),
        or None."""
        if not c.zone:
            return None
        parsed = doc.parsed
        last = max(c.zone)
        for i in sorted(c.zone):
            x = parsed[i]
            if x.tag_ not in ("NNS", "NNPS") or x.lemma_.lower() not in PLACE_LIST_NOUNS:
                continue
            if i + 1 < c.sent.end and parsed[i + 1].text == ":":
                return x   # "seized four towns: Kalemie, Uvira and Baraka"
            if x.dep_ == "dobj" and x.head.i == c.trig.i and last + 1 < c.sent.end and parsed[last + 1].text == ":":
                return x   # "handed over two bases to the Iraqi army: Taji on 23 August and Qayyarah on 26 March"
        return None

    def _list_tail(self, doc: Document, c: Candidate) -> set:
        """A list of places that runs on past the parse of the event's clause ("its base at Taji
        on June 1, the Besmaya camp on June 4 and the Tessalit airfield on June 9"): tokens to
        the right that hold only places, dates, numbers and the words that join them."""
        if not c.zone:
            return set()
        parsed = doc.parsed
        in_place = {i for _, span in self._pspans if c.sent.start <= span.start < c.sent.end
                    for i in range(span.start, span.end)}
        in_time = {i for _, span in self._tspans if c.sent.start <= span.start < c.sent.end
                   for i in range(span.start, span.end)}
        last = max(c.zone)
        head = self._colon_list_head(doc, c)
        if not any(i in in_place for i in c.zone) and not self._unmapped_names(c) and head is None:
            return set()
        end = c.sent.end
        if head is not None and end < len(parsed) and parsed[end - 1].text == ":":
            # "seized four towns: Kalemie, Uvira and Baraka", the list parsed as a sentence of its own
            end = parsed[end].sent.end
            in_place |= {i for _, span in self._pspans if c.sent.end <= span.start < end
                         for i in range(span.start, span.end)}
            in_time |= {i for _, span in self._tspans if c.sent.end <= span.start < end
                        for i in range(span.start, span.end)}
        out, pending = set(), set()
        for i in range(last + 1, end):
            x = parsed[i]
            if i in in_place:
                out |= pending | {i}
                pending = set()
            elif i in in_time or x.is_punct or x.like_num or x.is_space or x.pos_ in ("DET", "ADP", "CCONJ") \
                    or x.lower_ in ("followed", "then", "later", "finally") or x.lemma_.lower() in REF_NOUNS:
                pending.add(i)
            else:
                break
        return out

    def _primary_places(self, doc: Document, c: Candidate) -> list[Place]:
        """The towns and bases (and for a handover, withdrawal or capture, the districts) an act is told
        of in a list, each one event of its own ('hand back Agdam by 20 November, Kalbajar by 15 November
        and Lachin by 1 December'; 'captured Lashio on 3 August and Hsenwi on 5 August')."""
        got: list[tuple[Place, object]] = []
        tail = self._list_tail(doc, c)
        zone = c.zone | tail
        kinds = {"installation", "city", "town", "village"}
        head = self._colon_list_head(doc, c)
        if c.kind in AREAS_HANDED or head is not None and head.lemma_.lower() in AREA_LIST_NOUNS:
            kinds |= {"admin1", "admin2", "district"}   # ("recaptured two districts: Kunduz ... and Baghlan ...")
        hi = max([c.sent.end] + [i + 1 for i in zone])   # (a colon's list may run into the next sentence)
        for p, span in self._pspans:
            if span.end <= c.sent.start or span.start >= hi or not any(i in zone for i in range(span.start, span.end)):
                continue
            kind = (p.kind or "").lower()
            if kind not in kinds or _reference_point(span) \
                    or _in_actor_np(self._text, p, span) or _origin(c, span) or _home_of_force(span) \
                    or c.kind == "withdrawal" and _gone_to(span.root, c.trig) \
                    or c.kind in REMOTE_KINDS and _fired_from(span) \
                    or span.root.i in c.zone and _told_of_act(span, c.trig) < 2:
                continue
            if c.kind in VIOLENT and c.kind != "territory_change" and _np_head(span.root).dep_ == "pobj" \
                    and _np_head(span.root).head.lower_ == "from":
                continue   # "launch an offensive from their Idlib enclave into Aleppo": where it set out from
            got.append((p, span))
        out: list[Place] = []
        # of two readings of one mention ("Tessalit airfield" / "Tessalit"), the more specific
        got = [(p, span) for p, span in got if not any(
            q is not p and s2.start <= span.start and span.end <= s2.end and (s2.end - s2.start) > (span.end - span.start)
            for q, s2 in got)]
        # a place within a relative one locates it ("the town of Snihurivka, about 50 km from Kherson")
        got = [(p, span) for p, span in got if not any(
            (r.kind or "") == "relative" and r.start <= p.start and p.end <= r.end and r is not p for r in self._places)]
        if c.kind == "territory_change":
            # towns taken one after another are the objects of the act's verb, joined as a list ('captured
            # Lashio on 3 August, Hsenwi on 5 August and Kutkai on 9 August'); not 'entered Damascus and
            # freed prisoners from Saydnaya jail'
            items = {span.root.i for _, span in got if span.root.i in tail or span.root.dep_ in LIST_ITEM_DEPS
                     and span.root.head.i == c.trig.i}
            if head is not None:
                # "seized four towns: Kalemie, Uvira and Baraka": the names after the colon are the items,
                # however the parser hangs them
                items |= {head.i} | {span.root.i for _, span in got if span.start > head.i}
            grown = True
            while grown:   # "took Lashio and Hsenwi": a name joined to an item is one too
                more = {span.root.i for _, span in got if span.root.dep_ in ("conj", "appos")
                        and span.root.head.i in items} - items
                items |= more
                grown = bool(more)
            got = [(p, span) for p, span in got if span.root.i in items]
        if any((p.kind or "") in ("admin1", "admin2", "district") for p, _ in got) \
                and head is None:   # (a colon list keeps all: "three districts: ...")
            # areas count only as the items of a list of areas ("three districts: Agdam ..., Kalbajar ... and
            # Lachin ..."), not beside a town ("withdrew from Kherson city and the Kherson region")
            if any((p.kind or "") not in ("admin1", "admin2", "district") for p, _ in got):
                got = [(p, span) for p, span in got if (p.kind or "") not in ("admin1", "admin2", "district")]
        for p, span in got:
            if any(_near_km(p, o) < 15 for o in out):
                continue
            # a place that only locates another ("Camp Arena in Herat", "base near Gao") is not another event
            if any(_governed_by(span.root, _np_head(s2.root), _near_km(p, p2) > 25) for p2, s2 in got if p2 is not p):
                continue
            out.append(p)
        return out

    def _story_country(self, cands: list[Candidate]) -> str | None:
        """The country the article is about, when one dominates: counted over the places it names
        as places (not "French troops", not "Iraq's army"), its events' own places counting twice,
        and the dateline's country ("PORT-AU-PRINCE, Haiti (AP) —": where the reporter is) twice."""
        counts: dict[str, float] = {}
        credit_lines: dict[int, bool] = {}   # a sentence's start -> whether it is a credit line (its text made once)

        def in_credit_line(span) -> bool:
            """The place's sentence credits the reporting ("Reporting by X in Kabul; editing by Y")."""
            sent = span.sent
            got = credit_lines.get(sent.start)
            if got is None:
                got = credit_lines[sent.start] = bool(CREDIT_LINE.search(sent.text))
            return got
        for p, span in self._pspans:
            if not p.country or (p.kind or "") == "demonym" or _is_demonym(span) and not _town_named_as_people(p, span) or \
                    _in_actor_np(self._text, p, span) or _home_of_force(span) or in_credit_line(span) or \
                    _outside_of(p, span):
                continue
            # "In Paris, the ministry condemned the attack": where it was said tells less what about
            counts[p.country] = counts.get(p.country, 0) + (0.5 if _said_at(span) else 1)
        dated = {p.country for p in self._places if p.country and (p.kind or "") != "demonym"
                 and any(a <= p.start < b for a, b in self._datelines)}
        for cc in dated:
            counts[cc] = counts.get(cc, 0) + 2
        for c in cands:
            if c.place is not None and c.place.country and c.place_level >= 2:
                counts[c.place.country] = counts.get(c.place.country, 0) + (0.5 if c.kind in SCENELESS else 1)
        if not counts:
            return None
        top, n = max(counts.items(), key=lambda x: x[1])
        if n < 2 or n < 0.4 * sum(counts.values()):
            return None
        return top

    def _paragraph_towns(self, doc: Document) -> list[list[tuple[Place, object]]]:
        """Per paragraph, the towns and bases it names as scenes: not where words were spoken, people
        fled to or forces came from, not a place that only locates another ('60 km north of X') nor
        one that names an actor ('Kabul said', 'Iraqi forces'); one mention per place."""
        breaks = self._para_breaks
        out: list[list] = [[] for _ in range(len(breaks) + 1)]
        for p, span in self._pspans:
            if p.lat is None or (p.kind or "") not in SCENE_KINDS | {"relative"} or \
                    _is_demonym(span) and not _town_named_as_people(p, span):
                continue   # "the camp lies 30 km north of Kidal": a place given relatively is a scene too
            root = span.root
            if _in_actor_np(self._text, p, span) or _reference_point(span) or _route_end(self._text, p, span) \
                    or _said_at(span) or _fled_to(span) or _home_of_force(span) or CREDIT_LINE.search(span.sent.text) \
                    or _names_an_accord(span) \
                    or root.dep_ == "pobj" and root.head.lower_ in ("from", "to", "for", "towards", "toward"):
                continue   # "flew back from a trip to Moscow", "reinforcements sent from Gao": no scene here
            para = out[bisect.bisect_right(breaks, p.start)]
            if not any(_near_km(p, q) < 15 for q, _ in para):
                para.append((p, span))
        # "Bagram Airfield, the sprawling base some 60 km north of Kabul": a place given relatively
        # that only describes a town or base named with it is that one scene
        return [[(p, span) for p, span in para if not ((p.kind or "") == "relative" and any(
            q is not p and (q.kind or "") != "relative" and _governed_by(span.root, _np_head(s2.root))
            for q, s2 in para))] for para in out]

    def _only_names(self, doc: Document, para: int, town: Place, breaks: list) -> bool:
        """The paragraph names no place but the town, its country or a nationality ('Bagram's district
        administrator', 'Kosovo's interior minister', 'Afghan troops')."""
        for p, span in self._pspans:
            if bisect.bisect_right(breaks, p.start) != para or (p.kind or "") == "demonym" or _is_demonym(span) \
                    or _in_actor_np(self._text, p, span):
                continue
            if (p.kind or "") == "country" and p.country == town.country:
                continue
            if p.lat is None or town.lat is None or km(p.lat, p.lon, town.lat, town.lon) >= 15:
                return False
        return True

    def _names_unknown_town(self, sent) -> bool:
        """The sentence names a town the places stage could not map ('retook the town of Zarichnivka', a
        GPE entity); an unknown building or site ('the Maashiq presidential palace') lies within a town."""
        for tok in sent:
            if tok.dep_ == "pobj" and tok.pos_ == "PROPN" and tok.head.lower_ == "of" and \
                    tok.head.head.lemma_.lower() in ("town", "city", "village", "settlement", "locality") and \
                    not any(p.start <= tok.idx < p.end and p.lat is not None for p in self._places):
                return True
        return any(e.label_ == "GPE" and not any(a <= e.start_char < b for a, b in self._datelines) and not any(
            p.start < e.end_char and e.start_char < p.end and (p.lat is not None or p.country) for p in self._places)
            for e in sent.ents)

    def _paragraph_scene(self, doc: Document, cands: list[Candidate]) -> None:
        """'Militants stormed the camp at Inates on Tuesday. ... Dozens of soldiers were killed, the
        army said': an act no clause places, or placed only by a country (the report's, the actor's),
        in a paragraph that names one town or base alone as a scene, happened there."""
        breaks = self._para_breaks
        # where a paragraph's talks, statements or signings were ('Envoys met in Vienna on Monday.
        # Rebels ambushed a patrol hours later') is no scene of the fighting it goes on to tell
        said = [(bisect.bisect_right(breaks, o.trig.idx), o.place) for o in cands
                if o.place is not None and o.place.lat is not None and o.place_level >= 2 and o.kind in POLITICAL]
        # ... an act merged from the words of several paragraphs ("Riots in Yerevan" / "Crowds stormed
        # parliament in Yerevan") was told in each
        done = [(k, o.place) for o in cands
                if o.place is not None and o.place.lat is not None and o.place_level >= 2 and o.kind not in POLITICAL
                for k in {bisect.bisect_right(breaks, a) for a, _ in o.evidence} | {bisect.bisect_right(breaks, o.trig.idx)}]

        def only_said(k: int, p: Place) -> bool:
            near = lambda q: km(p.lat, p.lon, q.lat, q.lon) < 15
            return any(j == k and near(q) for j, q in said) and not any(j == k and near(q) for j, q in done)
        towns = [[(p, span) for p, span in para if not only_said(k, p)]
                 for k, para in enumerate(self._paragraph_towns(doc))]
        story = self._story_country(cands)
        # "PORT-AU-PRINCE, Haiti (AP) —": the town the report was filed from is named as a scene of its story
        filed = [(p, None) for p in self._places if any(a <= p.start < b for a, b in self._datelines)
                 and p.lat is not None and (p.kind or "") in SCENE_KINDS][:1]
        dated = self._dateline_town()
        single, alone = _story_scene([filed] + towns, [o.place for o in sorted(cands, key=lambda o: o.trig.idx)
                                      if o.place is not None and o.place.lat is not None and o.place_level >= 2
                                      and o.kind not in POLITICAL and not o.background])
        for c in cands:
            if c.kind in SCENELESS or c.background:
                continue
            vague = c.place is None or (c.place.kind or "") in ("country", "admin1", "region") and c.place_level <= 2
            if not vague:
                continue
            if self._unmapped_names(c):
                continue   # "Sweden handed its camp in Zorbuktu to the army": a place named, one the gazetteer lacks
            if any(t.i in c.zone and t.lemma_.lower() in OPEN_GROUND and t.pos_ == "NOUN" for t in c.sent):
                continue   # "The militants have stepped up attacks near the coast", "along the border": out of
                # any town, though the report names one town alone
            if dated is not None and self._filed_there(c, dated, story, towns, breaks):
                # "KABUL, March 3 (Reuters) - A car bomb exploded at the gate of the police academy ... Officials
                # in Kandahar said": an act no words place, in a report filed from a town of its country, is
                # told there, before any guess from the towns named after it
                c.place, c.place_level = self._location(doc, dated), 1
                continue
            self._scene_of_paragraph(doc, c, cands, towns, story, breaks)
            if single is not None and (c.place is None or (c.place.kind or "") in ("country", "admin1", "region")
                                       and c.place_level <= 2) and not self._names_unknown_town(c.sent) \
                    and (c.place.country if c.place is not None else story) in ((None, single.country) if alone
                                                                                 else (single.country,)):
                # "Protests in Tbilisi ... Police detained 63 people, the ministry said": a report that tells
                # of one town alone tells its acts there, though a paragraph names none
                c.place, c.place_level = self._location(doc, single), 1

    def _filed_there(self, c: Candidate, dated: Place, story, towns: list, breaks: list) -> bool:
        """Whether an act no words place is told at the town of the report's dateline: the act is unplaced or
        placed only by that town's country, the report is about that country (or about none), its words name
        no place noun out of town ('near the coast', 'on the island'), it is told in the lead the dateline
        opens (not in a paragraph told further on), and no other town of the lead is named before it."""
        if c.place is not None and c.place.country != dated.country:
            return False
        if story is not None and story != dated.country or self._names_unknown_town(c.sent):
            return False
        if any(t.i in c.zone and t.lemma_.lower() in OUT_OF_TOWN for t in c.sent):
            return False   # "stepped up attacks near the coast", "missile strikes on the island": told elsewhere
        if bisect.bisect_right(breaks, c.trig.idx) != bisect.bisect_right(breaks, self._datelines[0][0]):
            return False   # (the lead the dateline opens, not the paragraphs told after it)
        k = bisect.bisect_right(breaks, c.trig.idx)
        return not any(span.start_char < c.trig.idx and _near_km(p, dated) >= 15 for p, span in towns[k])

    def _scene_of_paragraph(self, doc: Document, c: Candidate, cands: list[Candidate], towns: list, story,
                            breaks: list) -> None:
        """The town or base of a vague act's paragraph, or of the paragraph before it (see `_paragraph_scene`)."""
        k = bisect.bisect_right(breaks, c.trig.idx)
        here, back = towns[k], k
        placed = any(o is not c and o.place is not None and o.place_level >= 2 and not o.background
                     and bisect.bisect_right(breaks, o.trig.idx) == k for o in cands)
        if not here and placed:
            # "On patrol north of the strait, the destroyer detected two missiles. ... The Mason was
            # targeted again by a missile that fell into the sea": the waters the paragraph is at;
            # "its troops had killed a leader in the Menaka region of Mali. The army said the strike
            # was carried out by a drone": the one region its acts were placed in
            areas = [o.place for o in cands if o is not c and o.place is not None and o.place_level >= 2
                     and not o.background and o.kind not in SCENELESS and (o.place.kind or "") not in ("country", "continent")
                     and bisect.bisect_right(breaks, o.trig.idx) == k]
            names = {a.name for a in areas}
            if len(names) == 1 and (c.place is None or areas[0].country == c.place.country) \
                    and (areas[0].country is None or (c.place.country if c.place else story) in (None, areas[0].country)):
                c.place, c.place_level = areas[0], 1
            return
        while not here and not placed and back > 0 and k - back < 2:
            # "What did the police find? / Officers seized rifles ...", "Hours later looters broke
            # in": a paragraph naming no scene goes on with the one told just before it, where an
            # act was told (not "The army has held the town of Djibo for months")
            back -= 1
            here = [(p, span) for p, span in towns[back] if any(
                o.place is not None and o.place_level >= 1 and not o.background and o.place.lat is not None
                and bisect.bisect_right(breaks, o.trig.idx) == back
                and km(p.lat, p.lon, o.place.lat, o.place.lon) < 15 for o in cands)]
        if len(here) != 1:
            return
        town, span = here[0]
        if back != k and not self._only_names(doc, k, town, breaks):
            return   # "The president condemned the attack in a speech in Ouagadougou": somewhere else told
        if span.root.i in _where_told(c.trig):
            return   # "Speaking in Ankara, the minister said troops had taken the village"
        if self._names_unknown_town(c.sent):
            return   # "troops had retaken the town of Zarichnivka": somewhere the gazetteer does not know
        if back != k and _at_sea(c.sent):
            return   # "on patrol in international waters, the destroyer was targeted": not the town told before
        state = c.place.country if c.place is not None else story
        if state is not None and town.country != state:
            return   # a town of another state than the act's or the report's is told of something else
        c.place, c.place_level = self._location(doc, town), 1

    def _state_acting(self, doc: Document, c: Candidate) -> str | None:
        """The one state whose forces do the act ('Germany has 1,000 soldiers', 'Nairobi sent a second
        group'), by the actor dictionary or a state's name as the doer."""
        heads = _roles(c.trig, c.kind)[0]
        if not heads:
            return None
        state = self._actors_state(doc, heads)
        if state is not None:
            return state.country
        named = {p.country for p, span in self._pspans for h in heads if span.start <= h.i < span.end
                 and p.country and ((p.kind or "") in ("country", "demonym") or self._is_capital(p))}
        return named.pop() if len(named) == 1 else None

    def _is_capital(self, p: Place) -> bool:
        """'Nairobi sent a second group': a capital named for its government."""
        if (p.kind or "") not in ("city", "capital") or not p.country or p.lat is None:
            return False
        cap = self._capital_location(p.country)
        return cap is not None and km(p.lat, p.lon, cap.lat, cap.lon) < 15

    def _where_forces_are(self, doc: Document, cands: list[Candidate]) -> None:
        """'Germany has about 1,000 soldiers in Mali ... Berlin will bring them home by May', 'Kenya's
        contingent in Haiti grew ... Nairobi sent a second group': a state's forces, told somewhere abroad,
        move from and to there when a later act of theirs names no place (or only their own state)."""
        host: dict[str, Location] = {}
        for c in cands:
            if c.kind not in MOVEMENT and c.kind != "handover" or c.background:
                continue
            state = self._state_acting(doc, c)
            if state is None:
                continue
            if c.place is not None and c.place.country and c.place_level >= 2 and c.place.country != state:
                host[state] = Location(name=_country_name(doc, c.place.country), country=c.place.country, kind="country")
            elif state in host and (c.place is None or (c.place.kind or "") == "country" and c.place.country == state
                                    and c.place_level <= 2):
                c.place, c.place_level = host[state], 1

    def _fallback_country(self, doc: Document, cands: list[Candidate]) -> None:
        """An event with no place takes the country the article is about, when one dominates."""
        self._where_forces_are(doc, cands)
        self._paragraph_scene(doc, cands)
        top = self._story_country(cands)
        if top is None:
            return
        for c in cands:
            if c.place is None and c.kind not in ("statement",):
                c.place = Location(name=_country_name(doc, top), country=top, kind="country")
