"""Numbers in a sentence read as quantities: personnel, fatalities, injured, money and others.

Works on spaCy tokens: a number (digits, "1.1m", "$2.5 billion", number words, "a dozen")
is grouped with its neighbours, its hedge read from the words before it ("about 500" ->
approximate, "at least $1.1m" -> minimum, "up to" -> maximum), and its meaning from the
noun it counts and the predicate that governs it ("Two members ... were killed" ->
fatalities 2; "wounding four service members" -> injured 4; "300 personnel departed" ->
personnel 300).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from sitrep.events.words import CALENDAR_WORDS

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000,
          "mn": 1_000_000, "mln": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000,
          "b": 1_000_000_000, "trillion": 10 ** 12, "tn": 10 ** 12}
WORDS = {**UNITS, **TENS, "dozen": 12, "a dozen": 12}
_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([kmb]|bn|mn|mln|tn)?$", re.I)
_MONEY_PREFIX = {"$", "us$", "usd", "us $"}
_MONEY_AFTER = {"dollar", "dollars", "usd"}

APPROX = {"about", "around", "some", "nearly", "approximately", "roughly", "almost", "estimated",
          "circa", "approx", "~", "close", "reportedly"}
MINIMUM = {("at", "least"), ("more", "than"), ("over",), ("upwards", "of"), ("in", "excess", "of"),
           ("no", "fewer", "than"), ("no", "less", "than"), ("above",), ("exceeding",), ("+",)}
MAXIMUM = {("up", "to"), ("at", "most"), ("less", "than"), ("fewer", "than"), ("under",), ("nearly",),
           ("below",), ("almost",)}

PERSONNEL = {"troop", "troops", "soldier", "personnel", "force", "forces", "marine", "marines", "trainer",
             "adviser", "advisor", "instructor", "serviceman", "servicemen", "servicemember", "sailor",
             "airman", "airmen", "paratrooper", "commando", "peacekeeper", "reservist", "contractor",
             "staff", "member", "members", "guardsman", "officer", "fighter", "mercenary", "recruit",
             "engineer", "medic", "service", "police", "policeman", "policemen", "gendarme", "militiaman",
             "militiamen",
             # "join 1,700 of their comrades", "200 monitors", "300 troopers"
             "comrade", "trooper", "monitor", "observer", "legionnaire", "guard"}
PEOPLE = PERSONNEL | {"people", "person", "persons", "civilian", "child", "children", "woman", "women",
                      "man", "men", "villager", "resident", "worker", "student", "policeman", "policemen",
                      "police", "militant", "insurgent", "rebel", "protester", "demonstrator", "pilgrim",
                      "worshipper", "passenger", "journalist", "guard", "official", "employee", "farmer",
                      "family", "boy", "girl", "teenager", "refugee", "migrant", "prisoner", "inmate",
                      "american", "iraqi", "syrian", "afghan", "national", "citizen", "victim",
                      "jihadist", "gunman", "gunmen", "attacker", "assailant", "cadet", "recruit",
                      "policemen", "trooper", "operative", "commander", "leader", "shepherd", "teacher",
                      "doctor", "nurse", "driver", "contractor", "crew", "tourist", "bystander",
                      # "killed a man and his two sons"; "four were killed and seven others wounded"
                      "other", "others", "son", "daughter", "brother", "sister", "wife", "husband", "father",
                      "mother", "relative", "baby", "infant", "toddler", "pupil", "schoolchild", "schoolchildren",
                      "comrade", "colleague", "volunteer", "gendarme", "militiaman", "militiamen", "guerrilla",
                      "mourner", "shopper", "fisherman", "fishermen", "herder", "miner", "hostage", "captive",
                      "detainee", "suspect", "schoolgirl", "schoolboy", "abductee",
                      # ranks and posts: "killing a police sergeant", "two pilots died"
                      "sergeant", "corporal", "lieutenant", "captain", "colonel", "pilot", "crewman", "crewmen",
                      "sentry", "bodyguard", "servicewoman", "servicewomen", "ranger", "conscript"}
OTHER_UNITS = {"vehicle": "vehicles", "tank": "vehicles", "truck": "vehicles", "humvee": "vehicles",
               "apc": "vehicles", "car": "vehicles", "aircraft": "aircraft", "jet": "aircraft",
               "warplane": "aircraft", "plane": "aircraft", "helicopter": "aircraft", "drone": "drones",
               "rocket": "rockets", "missile": "missiles", "shell": "shells", "mortar": "shells",
               "ship": "vessels", "vessel": "vessels", "warship": "vessels", "boat": "vessels",
               "house": "buildings", "home": "buildings", "building": "buildings", "village": "villages",
               "base": "bases", "weapon": "weapons", "rifle": "weapons", "gun": "weapons",
               "launcher": "launchers", "bomb": "bombs", "mine": "mines", "grenade": "grenades",
               "ied": "bombs", "destroyer": "vessels", "frigate": "vessels", "corvette": "vessels",
               "submarine": "vessels", "cruiser": "vessels", "gunboat": "vessels", "tugboat": "vessels",
               "tug": "vessels", "armoured vehicle": "vehicles", "bulldozer": "vehicles", "howitzer": "weapons"}
KILL = {"kill", "die", "dead", "death", "slay", "murder", "massacre", "execute", "assassinate",
        "behead", "claim", "lose", "perish", "fatality", "toll", "body", "corpse", "lynch", "shoot dead",
        "martyr"}   # "46 of our soldiers have been martyred": official wording of the region's armies
INJURE = {"injure", "wound", "hurt", "injury", "maim", "casualty", "hospitalize", "injured", "wounded"}
DETAIN = {"arrest", "detain", "abduct", "kidnap", "capture", "apprehend", "seize", "hold"}
_NOT_COUNTS = {"DATE", "TIME", "PERCENT", "ORDINAL", "QUANTITY"}


@dataclass
class Quantity:
    key: str
    value: float
    qualifier: str | None       # approximate | minimum | maximum | None
    i: int                      # the number's first token index (doc-level)
    noun: int | None            # the counted noun's token index, if any
    head: int                   # the token the quantity hangs from (for attachment)


def word_value(tokens: list[str]) -> float | None:
    """'twenty five' -> 25; 'two hundred' -> 200; 'a dozen' -> 12."""
    total, cur, seen = 0, 0, False
    for w in tokens:
        w = w.lower().strip(",")
        if w in ("a", "and", "-"):
            continue
        if w in UNITS or w in TENS:
            cur += UNITS.get(w, 0) + TENS.get(w, 0)
            seen = True
        elif w == "dozen":
            cur = (cur or 1) * 12
            seen = True
        elif w in SCALES and w not in ("m", "k", "b"):
            cur = (cur or 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, cur = total + cur, 0
            seen = True
        else:
            return None
    return float(total + cur) if seen else None


# "a dozen", "a hundred soldiers", "a thousand fighters": the article is the number one
A_COUNT = {"dozen", "hundred", "thousand"}


def _num_token(t) -> bool:
    low = t.lower_
    if _DIGITS.match(low):
        return True
    return low in UNITS or low in TENS or low == "dozen" or low in SCALES and low not in ("m", "k", "b", "mn", "bn", "tn")


def _and_in_number(tokens, k: int, words: list[str]) -> bool:
    """The "and" of a number written out in British style: "one hundred and twenty", "two
    thousand and fifty": one number, not two counts."""
    return tokens[k].lower_ == "and" and bool(words) and words[-1].lower() in ("hundred", "thousand") and \
        k + 1 < len(tokens) and (tokens[k + 1].lower_ in UNITS or tokens[k + 1].lower_ in TENS)


def read_number(tokens, i: int) -> tuple[float, int] | None:
    """The number starting at token i (in a sentence's tokens list): (value, index after it)."""
    t = tokens[i]
    m = _DIGITS.match(t.lower_)
    j = i + 1
    if m:
        whole = m.group(1).replace(",", "")
        if len(whole) == 4 and not m.group(2) and not m.group(3) and 1900 <= int(whole) <= 2100 and "," not in m.group(1):
            return None  # a year
        value = float(whole + ("." + m.group(2) if m.group(2) else ""))
        if m.group(3):
            value *= SCALES[m.group(3).lower()]
        if j + 1 < len(tokens) and tokens[j].text in ("-", "–") and tokens[j + 1].lower_ in SCALES and \
                SCALES[tokens[j + 1].lower_] >= 1_000_000:
            j += 1   # "a $2.5-billion sale"
        while j < len(tokens) and tokens[j].lower_ in SCALES and (tokens[j].lower_ not in ("b",)):
            value *= SCALES[tokens[j].lower_]
            j += 1
        return value, j
    words = []
    while j - 1 < len(tokens) and (_num_token(tokens[j - 1]) or tokens[j - 1].text in ("-",) and words or
                                   _and_in_number(tokens, j - 1, words)):
        words.append(tokens[j - 1].text)
        j += 1
    j -= 1
    if i > 0 and tokens[i - 1].lower_ == "a" and t.lower_ == "dozen":
        pass
    v = word_value(words)
    if v is None:
        return None
    if tokens[i].lower_ in SCALES and tokens[i].lower_ != "dozen" and not (
            i > 0 and tokens[i - 1].lower_ in ("a", "an") and tokens[i].lower_ in A_COUNT):
        return None  # "hundreds", "thousands" alone are not counts; "a hundred" is one
    return v, j


def _hedge(tokens, i: int) -> str | None:
    before = [t.lower_ for t in tokens[max(0, i - 4):i]]
    while before and before[-1] in ("$", "us$", "usd", "an", "a"):
        before.pop()
    for pat in MINIMUM:
        if tuple(before[-len(pat):]) == pat:
            return "minimum"
    for pat in MAXIMUM:
        if tuple(before[-len(pat):]) == pat:
            return "maximum"
    if before and (before[-1] in APPROX or before[-2:] == ["close", "to"]):
        return "approximate"
    return None


def _lemma(t) -> str:
    return t.lemma_.lower()


def _governors(t, depth: int = 4):
    """The token's heads up the tree (conjuncts climb to their first conjunct's head)."""
    out = []
    cur = t
    for _ in range(depth):
        if cur.head is cur:
            break
        cur = cur.head
        out.append(cur)
    return out


def _housed(verb, noun) -> bool:
    """A place told to hold a force, in a clause on the place: "Tower 22, which holds about 350 US
    personnel", "a camp holding 1,500 soldiers" — the troops it houses, no captives."""
    return _lemma(verb) == "hold" and verb.dep_ in ("relcl", "acl") and (
        _lemma(noun) in PERSONNEL or noun.lower_ in PERSONNEL) and not any(
        k.dep_ == "nsubj" and k.lower_ == "who" for k in verb.children)


def _status(num, noun) -> str | None:
    """'killed', 'injured', 'detained' or None: what happened to the counted people."""
    anchor = noun if noun is not None else num
    # adjectival/participial right after: "6 people killed", "3 dead", "two injured"
    nxt = [t for t in anchor.doc[anchor.i + 1:anchor.i + 3]]
    for t in nxt:
        lem = _lemma(t)
        if lem in KILL or t.lower_ in ("dead", "killed"):
            return "killed"
        if lem in INJURE or t.lower_ in ("injured", "wounded", "hurt"):
            return "injured"
        if t.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ", "SCONJ"):
            break   # "killed 40 people and wounded 260": the next verb is another count's
    for child in anchor.children:
        if child.dep_ in ("amod", "acl") and (_lemma(child) in KILL or child.lower_ == "dead"):
            return "killed"
        if child.dep_ in ("amod", "acl") and _lemma(child) in INJURE:
            return "injured"
    # climb through conjuncts and prepositions to the predicate
    cur = anchor
    for _ in range(4):
        dep, head = cur.dep_, cur.head
        if head is cur:
            break
        lem = _lemma(head)
        if dep in ("nsubjpass", "dobj", "nsubj", "pobj", "attr", "appos", "npadvmod", "oprd", "dep",
                   "conj", "nummod", "compound", "prep", "agent"):
            if lem in KILL or head.lower_ in ("dead", "killed"):
                if dep == "nsubj" and lem not in ("die", "perish", "lose") and head.pos_ == "VERB":
                    return None  # "30 rockets killed ..." / "gunmen killed ...": they are the killers
                return "killed"
            if lem in INJURE:
                if dep == "nsubj" and head.pos_ == "VERB" and lem not in ("hurt",):
                    return None
                return "injured"
            if lem in DETAIN and dep in ("nsubjpass", "dobj") and not _housed(head, anchor):
                return "detained"
        if dep in ("conj", "prep", "pobj", "appos", "nummod", "compound", "quantmod") or (
                dep in ("dobj", "nsubjpass") and head.pos_ != "VERB"):
            cur = head
            continue
        break
    # "between 12 and 15 people were killed" parsed with the people under "between": the count
    # is the subject the passive verb right after it lacks
    verb = _subjectless_passive_after(anchor)
    if verb is not None:
        if _lemma(verb) in KILL and _lemma(verb) not in ("claim", "lose"):
            return "killed"
        if _lemma(verb) in INJURE:
            return "injured"
    # "left 3 dead", "death toll ... to 12"
    for g in _governors(anchor, 3):
        if _lemma(g) in ("toll", "death", "fatality"):
            return "killed"
        for c in g.children:
            if _lemma(c) in ("toll",):
                return "killed"
    return None


def _subjectless_passive_after(anchor):
    """The passive verb right after a count that the parser left without a subject, the count
    being that subject: "between 12 and 15 people were killed" (the people hung on "between"),
    "Relatives said eight members of a family, five of them children, were killed" (the members
    made the object of "said"); the count's own "of" phrase or apposition is skipped. None when
    there is no such verb."""
    doc = anchor.doc
    starts = [anchor.i + 1]
    if anchor.dep_ != "appos" and anchor.right_edge.i > anchor.i:
        k = anchor.right_edge.i + 1
        while k < len(doc) and doc[k].is_punct and doc[k].text in (",", ")", "-", "–", "—"):
            k += 1
        starts.append(k)
    for start in starts:
        k = start
        while k < len(doc) and doc[k].pos_ == "AUX":
            k += 1
        if k > start and k < len(doc) and doc[k].pos_ == "VERB" and anchor.i not in [x.i for x in doc[k].subtree] \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[k].children):
            return doc[k]
    return None


# verbs that kill or wound their object, whoever it is: the object of "killed two ISIS
# 'planners and facilitators'" is people, though the word is not in PEOPLE ("claim" and "lose"
# take other things: "claimed three attacks", "lost two tanks")
HARM_VERBS = {"kill", "slay", "murder", "massacre", "execute", "assassinate", "behead", "wound", "injure", "maim",
              "die", "perish", "martyr"}
# what a killing verb may count that is not people: "killed 40 cattle"
NOT_PEOPLE = {"cattle", "cow", "goat", "sheep", "camel", "livestock", "animal", "donkey", "horse", "dog", "bird",
              "elephant", "rhino", "head", "chicken", "pig", "mule"}


def _harmed_people(noun) -> bool:
    """The counted noun names the people a verb of killing or wounding harmed, whatever the word
    ("killed two ISIS 'planners and facilitators'", "wounded three 'operatives'", "five
    financiers were killed"): its object or passive subject (or a conjunct of one), not a
    thing, an animal, a date nor a sum."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
        return False
    lem = noun.lemma_.lower()
    if lem in OTHER_UNITS or noun.lower_ in OTHER_UNITS or lem in NOT_PEOPLE or noun.lower_ in NOT_PEOPLE:
        return False
    cur = noun
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    if cur.dep_ in ("dobj", "nsubjpass") and cur.head.lemma_.lower() in HARM_VERBS:
        return True
    verb = _subjectless_passive_after(cur)
    return verb is not None and verb.lemma_.lower() in HARM_VERBS


# verbs that give a figure as an estimate of a thing ("the mayor put their number at some
# 1,500", "officials estimated the force at about 4,000", "the contingent, estimated at 900")
ESTIMATES = {"put", "estimate", "place", "peg", "set", "assess", "reckon", "calculate", "gauge", "count"}
# the thing estimated, when it is a force's size rather than a force named
FORCE_SIZE = {"number", "numbers", "strength", "size", "force", "forces", "contingent", "presence", "ranks", "total"}


def _estimated_at(num):
    """The figure a verb of estimating gives with "at" ("put their number at some 1,500",
    "estimated the force at about 4,000", "the number of dead was put at 22", "the contingent,
    estimated at 900"): (key, the thing estimated, the verb), else None. The thing is the
    verb's object or passive subject, or the noun a participle describes; its size is a
    strength unless the thing is of the dead or the wounded, and not a crowd's or a people's."""
    cur = num
    while cur.dep_ in ("quantmod", "conj", "nummod") and cur.head is not cur:
        cur = cur.head   # "at between 3,000 and 4,000"
    if cur.dep_ == "dobj" and cur.head.lemma_.lower() in ("number", "total"):
        # "Mercenaries, numbering some 1,500, began withdrawing": the force the verb is said of
        verb = cur.head
        thing = next((k for k in verb.children if k.dep_ == "nsubj"), None)
        if thing is None and verb.dep_ == "acl":
            thing = verb.head
        elif thing is None and verb.dep_ == "advcl":
            thing = next((k for k in verb.head.children if k.dep_ == "nsubj"), None)
        if thing is not None and (thing.lemma_.lower() in PERSONNEL or thing.lower_ in PERSONNEL):
            return "personnel", thing, verb
        return None
    prep = cur.head if cur.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "at" or prep.head.lemma_.lower() not in ESTIMATES:
        return None
    verb = prep.head
    thing = next((k for k in verb.children if k.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None and verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN"):
        thing = verb.head   # "The contingent, estimated at some 1,500, ..."
    if thing is None:
        return None
    words = {x.lemma_.lower() for x in thing.subtree} | {x.lower_ for x in thing.subtree}
    if words & {"dead", "death", "toll", "fatality", "killed", "kill", "body"}:
        return "fatalities", thing, verb
    if words & {"wounded", "injured", "injury", "wound", "injure"}:
        return "injured", thing, verb
    lem = thing.lemma_.lower()
    if lem in PERSONNEL or thing.lower_ in PERSONNEL or lem in FORCE_SIZE:
        if any(x is not thing and x.pos_ == "NOUN" and (x.lemma_.lower() in PEOPLE or x.lower_ in PEOPLE)
               and x.lemma_.lower() not in PERSONNEL and x.lower_ not in PERSONNEL for x in thing.subtree):
            return None   # "the number of protesters", "the number of civilians": not a force
        return "personnel", thing, verb
    return None


def _counted_noun(tokens, j: int, num):
    """The noun a number counts: the next noun within a few modifiers, else its syntactic head."""
    k = j
    while k < len(tokens) and k < j + 5:
        t = tokens[k]
        if (t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "GPE")) and t.dep_ in ("nmod", "amod", "compound", "punct") \
                and t.head.i > t.i and \
                t.head.i - t.i <= 3 and t.lower_ not in PEOPLE:
            k += 1   # "50 US special forces soldiers": the country names whose soldiers they are
            continue
        if t.pos_ in ("NOUN", "PROPN") and (t.dep_ not in ("compound",) or t.lower_ in PEOPLE):
            if t.dep_ == "compound" and t.head.pos_ == "NOUN" and t.head.i <= tokens[-1].i and t.head.i - t.i <= 3:
                k = t.head.i - tokens[0].i
                continue
            # "about 350 U.S. Army and Air Force personnel": the services named before the people counted
            listed = [g for g in t.conjuncts if t.pos_ == "PROPN" and 0 < g.i - t.i <= 5
                      and (g.lower_ in PERSONNEL or _lemma(g) in PERSONNEL)]
            return listed[0] if listed else t
        if t.pos_ in ("ADJ", "NUM", "PROPN", "NOUN", "PUNCT") and t.text not in (",", ".", ";", "(", ")"):
            k += 1
            continue
        if t.lower_ in ("of",) and k == j:  # "two of the soldiers"
            k += 1
            continue
        if (t.pos_ == "DET" or t.dep_ == "poss" and t.pos_ == "PRON") and k > j and tokens[k - 1].lower_ == "of":
            k += 1   # "two of the soldiers", "2,000 of its 5,100 troops"
            continue
        break
    if num.dep_ in ("nummod",) and num.head.pos_ in ("NOUN", "PROPN"):
        return num.head
    return None


# the words a range of counts is written with ("between 20 and 30", "20 to 25", "20-25")
_RANGE_WORDS = {"between", "and", "to", "-", "–", "or"}


# "-strong", "-member", "-man" after a count: the strength of the unit it describes
STRENGTH = {"strong", "member", "man"}


def _strength(tokens, j: int) -> bool:
    """The number before tokens[j] is written as a unit's strength ("a 400-strong contingent")."""
    if j < len(tokens) and tokens[j].text in ("-", "–") and j + 1 < len(tokens):
        j += 1
    return j < len(tokens) and tokens[j].lower_ in STRENGTH


# verbs that change a force's size to a level: "cut its forces to 2,500", "troop numbers will fall
# to 1,000", "reduce the number of troops from 4,500 to 2,500"
LEVEL_CHANGES = {"cut", "reduce", "draw", "fall", "drop", "shrink", "trim", "lower", "bring", "rise", "increase",
                 "raise", "boost", "grow", "expand", "decrease", "slash", "halve", "climb"}
# nouns that name a force's size ("the number of troops", "troop levels")
SIZE_NOUNS = {"number", "level", "strength", "presence", "size", "contingent", "deployment", "garrison"}


def _force_level(tokens, i: int):
    """The force whose new size a bare number after "to" tells ("cut its forces in Iraq to about
    2,500", "reduce the number of troops from 4,500 to 2,500", "troop numbers will fall to 1,000"):
    that force's noun, else None. The number before "to" is the old size, left unread."""
    k = i - 1
    while k >= 0 and tokens[k].lower_ in APPROX | {"just", "over", "under", "than", "more", "less", "fewer"}:
        k -= 1
    if k < 0 or tokens[k].lower_ != "to":
        return None
    verb = next((h for h in [tokens[i], *tokens[i].ancestors][:4] if h.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in LEVEL_CHANGES:
        return None
    for arg in verb.children:
        if arg.dep_ not in ("dobj", "nsubj", "nsubjpass"):
            continue
        lem = arg.lemma_.lower()
        if lem in PERSONNEL:
            return arg
        if lem in SIZE_NOUNS and any(x.lemma_.lower() in PERSONNEL for x in arg.subtree if x is not arg):
            return arg   # "the number of troops", "troop numbers"
    return None


def _lone_number_date(t) -> bool:
    """A date or time entity that is only bare numbers the tagger misread ("killing 33 soldiers
    and wounding 32" after "On Feb. 27"; "between 20 and 30 civilians"): no calendar word or
    clock in it, the number a verb's subject or object or a noun's count. Years are left to
    read_number."""
    if t.ent_type_ not in ("DATE", "TIME") or not t.text.isdigit():
        return False
    # the entity around t from the tokens' IOB tags (doc.ents would make a span of every entity of the document)
    if t.ent_iob_ not in ("B", "I"):
        return False
    doc = t.doc
    start, end = t.i, t.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    ent = doc[start:end]
    if not all(x.text.isdigit() and not 1900 <= int(x.text) <= 2100 or x.lower_ in _RANGE_WORDS
                              for x in ent):
        return False
    if t.dep_ in ("dobj", "nsubj", "nsubjpass", "nummod", "conj", "quantmod") and \
            t.head.pos_ in ("VERB", "NOUN", "NUM"):
        return True
    # a range's lower bound, whatever the parser hangs it on ("put the number killed at between
    # 70 and 100", "a force of 20 to 30"): the entity opens with "between" or the number is
    # followed by a range word and another bare number
    doc = t.doc
    opens = t.i > 0 and doc[t.i - 1].lower_ == "between"
    ranged = t.i + 2 < len(doc) and doc[t.i + 1].lower_ in _RANGE_WORDS and doc[t.i + 2].text.isdigit()
    return opens and ranged


def _range_end(tokens, i: int, j: int) -> int | None:
    """The index after the upper bound of a range whose lower bound is tokens[i:j] ("between 20
    and 30 civilians", "20 to 25 fighters", "3,000-4,000 troops"), else None. "rose from 12 to
    20" is a change, not a range: its count is the second number, read on its own."""
    if j + 1 >= len(tokens) or tokens[j].lower_ not in _RANGE_WORDS:
        return None
    before = tokens[i - 1].lower_ if i else ""
    if before == "from" or tokens[j].lower_ == "and" and before != "between":
        return None
    got = read_number(tokens, j + 1)
    return got[1] if got is not None else None


def _money_after(tokens, j) -> bool:
    return j < len(tokens) and tokens[j].lower_ in _MONEY_AFTER


def find_quantities(sent) -> list[Quantity]:
    """Every quantity in a sentence (a spaCy Span)."""
    tokens = list(sent)
    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        article = t.lower_ in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].lower_ in A_COUNT
        if not (_num_token(t) or article):
            i += 1
            continue
        if article:
            i += 1
            t = tokens[i]
        if t.ent_type_ in _NOT_COUNTS and not _lone_number_date(t):
            i += 1
            continue
        if i and tokens[i - 1].pos_ == "PROPN" and tokens[i - 1].is_title and t.like_num and t.text.isdigit() \
                and tokens[i - 1].ent_type_ not in ("GPE", "NORP", "DATE", "TIME", "MONEY") \
                and tokens[i - 1].lower_ not in CALENDAR_WORDS:
            i += 1   # "the Tower 22 base", "Camp 5", "Route 1": a name's number, not a count
            continue
        if t.lower_ in ("one",) and (i + 1 < len(tokens) and tokens[i + 1].lower_ in ("of", "another")):
            i += 1
            continue
        got = read_number(tokens, i)
        if got is None:
            i += 1
            continue
        value, j = got
        ranged = None
        if not (i and tokens[i - 1].lower_ in _MONEY_PREFIX):
            ranged = _range_end(tokens, i, j)
            if ranged is not None:
                j = ranged   # the lower bound is the count, at least that many; its noun follows the upper
        prev = tokens[i - 1].lower_ if i else ""
        prev2 = (tokens[i - 2].lower_ + prev) if i > 1 else prev
        money = prev in _MONEY_PREFIX or prev2 in ("us$",) or _money_after(tokens, j) or t.ent_type_ == "MONEY" and "$" in sent.doc[max(0, t.i - 2):t.i + 1].text
        qual = _hedge(tokens, i - (1 if prev in _MONEY_PREFIX else 0) if money else i)
        if ranged is not None and (qual is None or prev == "between"):
            qual = "minimum"
        if money:
            if prev in _MONEY_PREFIX or prev2 == "us$" or _money_after(tokens, j):
                out.append(Quantity("money_usd", value, qual, t.i, None, t.head.i))
            i = j
            continue
        noun = _counted_noun(tokens, j - 0, tokens[j - 1])
        if noun is None and j - 1 > i:
            noun = _counted_noun(tokens, j, t)
        num_tok = tokens[j - 1]
        if noun is None and j < len(tokens) and tokens[j].lower_ == "strong":
            # "The brigade, about 5,000 strong, ...": the strength of the unit it is said of
            noun = next((x for x in tokens[j].ancestors if x.pos_ in ("NOUN", "PROPN")), None)
            if noun is None:
                noun = next((x for x in reversed(tokens[:i]) if x.pos_ in ("NOUN", "PROPN")), None)
        status = _status(num_tok, noun)
        nlem = noun.lemma_.lower() if noun is not None else ""
        ntext = noun.lower_ if noun is not None else ""
        key = None
        if status == "killed" and (noun is None or nlem in PEOPLE or ntext in PEOPLE or noun.ent_type_ in ("NORP",)):
            key = "fatalities"
        elif status == "injured" and (noun is None or nlem in PEOPLE or ntext in PEOPLE or noun.ent_type_ in ("NORP",)):
            key = "injured"
        elif status == "detained" and (noun is not None and (nlem in PEOPLE or ntext in PEOPLE)):
            key = "detained"
        elif status in ("killed", "injured") and _harmed_people(noun):
            key = "fatalities" if status == "killed" else "injured"
        elif noun is not None and _strength(tokens, j):
            key = "personnel"   # "a 400-strong contingent", "the 5,000-member force": a unit's strength
        elif noun is not None and (nlem in PERSONNEL or ntext in PERSONNEL):
            if nlem in ("member", "members", "officer", "staff", "fighter", "contractor", "engineer", "medic",
                        "service", "recruit"):
                # "service members" count; "members of parliament" do not
                if nlem == "member" and not any(c.lower_ in ("service",) for c in noun.children) \
                        and not sent.doc[noun.i - 1].lower_ == "service":
                    i = j
                    continue
            key = "personnel"
        elif noun is not None and nlem in OTHER_UNITS:
            key = OTHER_UNITS[nlem]
        if key and value > 0:
            head = noun.head if noun is not None and noun.dep_ != "ROOT" else (noun or num_tok)
            if key in ("fatalities", "injured"):
                # "Relatives said eight members of a family were killed": the count is the subject
                # of the passive the parser left without one, not the object of "said"
                passive = _subjectless_passive_after(noun if noun is not None else num_tok)
                if passive is not None and (_lemma(passive) in KILL or _lemma(passive) in INJURE):
                    head = passive
            out.append(Quantity(key, value, qual, t.i, noun.i if noun is not None else None, head.i))
        elif key is None and value > 0:
            gapped = _gapped_count(tokens, i, j, out)
            if gapped is not None:
                gapped.value += value
            elif noun is None:
                level = _force_level(tokens, i)
                estimate = _estimated_at(num_tok)
                if estimate is not None:
                    # the figure hangs on the verb of estimating, which the next sentence's act may own
                    out.append(Quantity(estimate[0], value, qual, t.i, estimate[1].i, estimate[2].i))
                elif level is not None:
                    out.append(Quantity("personnel", value, qual, t.i, level.i, level.head.i))
                elif _elided_force(tokens, i, j, out):
                    # "withdraw 2,000 troops from Mali and send 500 to Niger": the troops left unsaid
                    out.append(Quantity("personnel", value, qual, t.i, None, num_tok.head.i))
        i = j
    out += _single_people(sent, out)
    return _one_more(sent.doc, _share_status(sent.doc, out))


def _elided_force(tokens, i: int, j: int, found: list[Quantity]) -> bool:
    """A bare number that a movement verb takes as its object, sent somewhere, after a counted
    force in the same sentence ("will withdraw 2,000 troops from Mali and send 500 to Niger",
    "moved 300 soldiers to the north and 200 to the coast"): the same kind of troops, unsaid."""
    if not any(q.key == "personnel" and q.noun is not None and q.i < tokens[i].i for q in found):
        return False
    if j >= len(tokens) or tokens[j].lower_ not in ("to", "into", "in", "at", "from", "for"):
        return False
    num = tokens[j - 1]
    return num.dep_ in ("dobj", "conj", "nsubj", "nsubjpass", "appos") and (num.head.pos_ in ("VERB", "NUM", "NOUN"))


def _gapped_count(tokens, i: int, j: int, found: list[Quantity]) -> Quantity | None:
    """The count a number told after its side's name goes on, its verb and noun left out ("the
    army lost 5 soldiers and the militia 3", "... 7 fighters, the police 2"): the sentence's last
    count of people, which it adds to; None when the number is not written so."""
    if i == 0 or tokens[i - 1].pos_ not in ("NOUN", "PROPN") or tokens[i - 1].ent_type_ in ("DATE", "TIME"):
        return None
    if j < len(tokens) and not (tokens[j].is_punct or tokens[j].pos_ in ("ADP", "CCONJ")):
        return None
    if j < len(tokens) and tokens[j].lower_ == "of":
        return None   # "wounded 40, the army 25 of them": a part of the count, not more of it
    if tokens[i - 1].lemma_.lower() in OTHER_UNITS:
        return None
    # the number just after a name of the side, itself after "and" or a comma
    starts = [k for k in range(max(0, i - 4), i - 1) if tokens[k].lower_ in ("and", ",")]
    if not starts:
        return None
    earlier = [q for q in found if q.key in ("fatalities", "injured", "detained") and q.i < tokens[starts[-1]].i]
    return earlier[-1] if earlier else None


def _single_people(sent, found: list[Quantity]) -> list[Quantity]:
    """One person told by an article, killed, wounded or held: "a soldier was killed when ...",
    "killed a man and his two sons" (1, to be added to the sons), "injuring a child"."""
    counted = {q.noun for q in found if q.noun is not None}
    out = []
    for t in sent:
        if t.lower_ == "another" and t.pos_ == "PRON" and t.dep_ in ("dobj", "nsubjpass") and \
                t.head.lemma_.lower() in HARM_VERBS and any(q.key in ("fatalities", "injured") for q in found):
            # "killed two fighters and wounded another": one more person, told after a count of people
            key = "fatalities" if t.head.lemma_.lower() in KILL else "injured"
            out.append(Quantity(key, 1.0, None, t.i, None, t.head.i))
            continue
        if t.pos_ != "NOUN" or t.tag_ != "NN" or t.i in counted or not (
                t.lemma_.lower() in PEOPLE or t.lower_ in PEOPLE) or t.lower_ in ("other", "family", "crew", "staff"):
            continue
        # "wounding another officer": one more person, told after someone else
        det = next((k for k in t.children if k.dep_ in ("det", "nummod") and k.lower_ in ("a", "an", "one", "another")),
                   None)
        if det is None or t.dep_ == "appos" or t.head.ent_type_ == "PERSON":
            continue   # "Captain X, a deputy commander of ...": who a named victim is, not one more
        if any(n < t.i and t in sent.doc[n].conjuncts for n in counted):
            continue   # "53 soldiers and a civilian": _one_more adds the one to the count
        status = _status(t, t)
        key = {"killed": "fatalities", "injured": "injured", "detained": "detained"}.get(status)
        if key:
            out.append(Quantity(key, 1.0, None, det.i, t.i, t.head.i if t.dep_ != "ROOT" else t.i))
    return out


def _one_more(doc, found: list[Quantity]) -> list[Quantity]:
    """'killing 53 soldiers and a civilian' is 54 dead: a single person joined to a count."""
    nouns = {q.noun for q in found if q.noun is not None}
    for q in found:
        if q.key not in ("fatalities", "injured", "detained") or q.noun is None:
            continue
        for c in doc[q.noun].conjuncts:
            if c.i > q.noun and c.i not in nouns and (c.lemma_.lower() in PEOPLE or c.lower_ in PEOPLE) and \
                    any(k.dep_ in ("det", "nummod") and k.lower_ in ("a", "an", "one") for k in c.children):
                q.value += 1
    return found


def _share_status(doc, found: list[Quantity]) -> list[Quantity]:
    """Counts joined by "and" share what happened to them: "left six soldiers and eight
    militants dead" is fourteen dead, not six soldiers and eight dead."""
    for q in found:
        if q.key not in ("personnel",) or q.noun is None:
            continue
        for r in found:
            if r is q or r.key not in ("fatalities", "injured", "detained") or r.noun is None:
                continue
            if doc[r.noun] in doc[q.noun].conjuncts:
                q.key, q.head = r.key, r.head
                break
    return found
