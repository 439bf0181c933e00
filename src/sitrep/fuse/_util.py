"""Small helpers shared by the fusion modules (dates, places, names, words)."""
from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import Any

from sitrep.gazetteer.outlets import known_outlets

UNDATED_WINDOW_DAYS = 92          # an undated report may refer to anything in the quarter before it (or after, if planned)
COARSE_KINDS = {"country", "admin1", "admin2", "region", "continent", "demonym", "sea", "water"}
PRECISE_KM = 50.0


def day(v: Any) -> date | None:
    if not v:
        return None
    if isinstance(v, date):
        return v
    return _parse_day(str(v)[:10])


@functools.lru_cache(maxsize=8192)
def _parse_day(s: str) -> date | None:
    try:
        return date.fromisoformat(s)
    except ValueError:
        return None


# kinds that are what someone said or signed: the speaker makes the event, and its words
SPEAKER_KINDS = frozenset(("statement", "diplomacy", "agreement", "legislation", "group_change"))
AS_OF_REPORT_DAYS = 14     # what a report tells as said "as of" its day may have been said this long before


def interval(ev: dict[str, Any]) -> tuple[date, date] | None:
    """The event's days. What someone said or signed, dated by no words of time but as of its
    report's day (the events stage's date text "", a day or a span ending on it: "the coalition has
    paused its training programmes", "the ministry says ..."), was said on or before that day,
    perhaps days before: the fortnight up to it (so that "announced on Friday that it was pausing
    the training" may be the same statement)."""
    d = ev.get("date") or {}
    s, e = day(d.get("start")), day(d.get("end") or d.get("start"))
    if not s:
        return None
    e = e if e and e >= s else s
    if said_as_of_report(ev):
        # (a span the events stage counted back from the report's day, "has paused": the same; and
        # the fortnight itself, as a canonical event keeps it, read again is the same fortnight)
        return min(s, e - timedelta(days=AS_OF_REPORT_DAYS)), e
    return s, e


def said_as_of_report(ev: dict[str, Any]) -> bool:
    """Whether an event is what someone said or signed, dated by no words of time but as of its
    report's day (the date text ""), or a canonical event dated so (`interval`)."""
    return (ev.get("date") or {}).get("text") == "" and ev.get("type") in SPEAKER_KINDS \
        and (ev.get("modality") or "asserted") == "asserted"


def plan_span(iv: tuple[date, date] | None, modality: str | None) -> tuple[date, date] | None:
    """The days a planned event may happen on: its date is often when the plan was told, and
    it happens then or in the quarter after."""
    if iv is None or modality != "planned":
        return iv
    return iv[0], iv[1] + timedelta(days=UNDATED_WINDOW_DAYS)


def window(ev: dict[str, Any], published: date | None) -> tuple[date, date] | None:
    """The event's days (a plan's, with the quarter after them); for an undated one the
    quarter before its report (after it, if planned)."""
    iv = interval(ev)
    if iv:
        return plan_span(iv, ev.get("modality"))
    if published:
        if ev.get("modality") == "planned":
            return published, published + timedelta(days=UNDATED_WINDOW_DAYS)
        return published - timedelta(days=UNDATED_WINDOW_DAYS), published
    return None


def span_days(iv: tuple[date, date]) -> int:
    return (iv[1] - iv[0]).days + 1




def located(loc: dict[str, Any] | None) -> bool:
    return bool(loc) and loc.get("lat") is not None and loc.get("lon") is not None


def precise(loc: dict[str, Any] | None) -> bool:
    """Coordinates that pin a town, a base or a site (not a country's or province's centre)."""
    if not located(loc):
        return False
    if (loc.get("kind") or "") in COARSE_KINDS:
        return False
    u = loc.get("uncertainty_km")
    return u is None or u <= PRECISE_KM


def norm_name(s: str | None) -> str:
    return _norm_name(s or "")


@functools.lru_cache(maxsize=65536)
def _norm_name(s: str) -> str:
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w ]+", " ", s)
    s = re.sub(r"\b(?:the|al|el)\b", " ", s)
    return re.sub(r"\s+", " ", s).strip()


_ALIAS = {
    "u s": "us", "united states": "us", "american": "us", "americans": "us", "america": "us", "usa": "us",
    "pentagon": "us", "washington": "us", "uk": "uk", "british": "uk", "britain": "uk", "united kingdom": "uk",
    "iraqi": "iraq", "iraqis": "iraq", "iranian": "iran", "iranians": "iran", "tehran": "iran",
    "syrian": "syria", "turkish": "turkey", "turkiye": "turkey", "russian": "russia", "russians": "russia",
    "moscow": "russia", "ukrainian": "ukraine", "ukrainians": "ukraine", "kyiv": "ukraine", "kiev": "ukraine",
    "israeli": "israel", "french": "france", "german": "germany", "kurdish": "kurds", "kurdistan": "kurds",
    "peshmerga": "kurds", "hizbollah": "hezbollah", "hizballah": "hezbollah", "kataib": "kataib",
    "kata ib": "kataib", "pmf": "hashd", "pmu": "hashd", "popular mobilisation": "hashd",
    "popular mobilization": "hashd", "inherent resolve": "coalition", "oir": "coalition",
    "nato": "nato", "isis": "is", "isil": "is", "daesh": "is", "islamic state": "is",
}
_GENERIC = {"forces", "force", "troops", "troop", "army", "military", "security", "led", "armed", "the", "of",
            "and", "personnel", "soldiers", "officials", "government", "units", "unit", "militia", "militias",
            "group", "fighters", "service", "members", "operation", "joint", "command", "special", "air",
            "national", "regime", "federal", "state"}


# words of the calendar and the clock are never whom an event is by or against: an actor read
# as "Sunday" or "January" (an extraction slip) shares nothing, and opposes nothing, either
_CALENDAR = set("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
today yesterday tomorrow tonight morning afternoon evening night overnight dawn dusk noon midnight
day days week weeks weekend month months year years hour hours minute minutes earlier later""".split())
_GENERIC |= _CALENDAR

_MULTI_ALIAS = re.compile(r"\b(?:" + "|".join(sorted((re.escape(a) for a in _ALIAS if " " in a), key=len, reverse=True))
                         + r")\b")


@functools.lru_cache(maxsize=65536)
def _name_tokens(name: str) -> frozenset[str]:
    s = name.lower().replace("’", "'").replace("-", " ")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w ]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = _MULTI_ALIAS.sub(lambda m: _ALIAS[m.group(0)].replace(" ", "_"), s)
    return frozenset(w for w in (_ALIAS.get(w, w) for w in s.split()) if w not in _GENERIC and len(w) > 1)


@functools.lru_cache(maxsize=65536)
def squeezed(name: str) -> str:
    """A name's letters alone, doubled letters single ("Ain al-Assad" ~ "Ain al-Asad Air Base")."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", name.lower()))


def names_place(actor: str, place_name: str) -> bool:
    """Whether an actor's name is (part of) the place's name, spelled either way ("Ain al-Assad"
    in "Ain al-Asad Air Base"): the place read as a subject, not a force."""
    here, who = squeezed(place_name), squeezed(actor or "")
    return bool(here) and len(who) >= 4 and who in here


def names_its_base(actor: str, loc: dict[str, Any] | None) -> bool:
    """Whether an actor is the installation the event is placed at, read as its subject ("Ain
    al-Assad houses 1,500 troops", "Qayyarah ... was handed over"): no force that acted."""
    if not loc or loc.get("kind") != "installation":
        return False
    return names_place(actor, str(loc.get("name") or ""))


def acting(ev: dict[str, Any]) -> list[str]:
    """The event's actors, less the installation it is placed at read as one."""
    loc = ev.get("location")
    return [a for a in ev.get("actors") or () if not names_its_base(a, loc)]


def actor_tokens(names: list[str] | None) -> set[str]:
    """Content tokens of actor names, with common aliases folded ('U.S.', 'American' -> 'us')."""
    out: set[str] = set()
    for name in names or ():
        out |= _name_tokens(name or "")
    return out


# words of a name that make it a body's, not a person's ("Quds Force", "Kataib Hezbollah", "Islamic State")
_BODY_WORDS = _GENERIC | set("""brigade brigades battalion battalions regiment division corps guard guards militia
hezbollah hizbollah hizballah party front movement council ministry embassy base camp airport coalition police
republic kingdom union nations organisation organization agency company network committee resistance revolutionary
islamic jihad jihadist mujahideen army navy people people's popular mobilization mobilisation authority office
palace parliament assembly court university hospital school mosque church airlines""".split())
# the lower-case particles of personal names ("Abu Mahdi al-Muhandis", "Osama bin Laden")
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "del", "da", "van", "von", "der", "ben", "ould"}


def _skeleton(word: str) -> str:
    """A name's consonants, doubled ones single: one spelling of a transliterated name as another's
    ("Soleimani" and "Suleimani" -> "slmn"; "Qassem" and "Qasem" -> "qsm")."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^b-df-hj-np-tv-xz]", "", word.lower()))


@functools.lru_cache(maxsize=16384)
def person_key(name: str) -> tuple[str, str] | None:
    """A personal name as its first and last words' consonant skeletons, or None where the name is
    no person's: a name of two to five words, each capitalised (but for particles: "al-Muhandis"),
    none a word of a body, a force, a state or a people ("Quds Force", "Iranian general",
    "Hashd al-Shaabi", "US Embassy in Baghdad")."""
    words = name.replace("’", "'").split()
    if not 2 <= len(words) <= 5:
        return None
    parts = []
    for w in words:
        for piece in re.split(r"[-']", w):
            if piece:
                parts.append(piece)
    for p in parts:
        low = p.lower()
        if low in _NAME_PARTICLES:
            continue
        if not p[:1].isupper() or not p.isalpha() or low in _BODY_WORDS or low in _ALIAS \
                or low in _ALIAS.values():
            return None
    named = [p for p in parts if p.lower() not in _NAME_PARTICLES]
    if len(named) < 2:
        return None
    first, last = _skeleton(named[0]), _skeleton(named[-1])
    return (first, last) if len(last) >= 3 and first else None


def same_person(a: str, b: str) -> bool:
    """Whether two names are one person's, however transliterated: the same consonants in the
    first and the last name ("Qassem Soleimani", "Qasem Suleimani")."""
    ka, kb = person_key(a), person_key(b)
    return ka is not None and ka == kb


_STOP = set("""a an the of to in on at by for from with and or but as is was were be been being are it its this that
these those he she they them their his her we our you your i said says say told after before over under into out
about than then there here when where which who whom what while would could should will can may might also not no
has have had do does did more most some any such two three one four five six seven eight nine ten near least
according officials official statement reported report reports news""".split())
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@functools.lru_cache(maxsize=16384)
def _content_words(text: str) -> frozenset[str]:
    # (each canonical event's source texts are read at every comparison in a big store: sets, not a generator)
    words = set(map(str.lower, _WORD.findall(text)))
    return frozenset(w for w in words if len(w) > 2) - _STOP


def content_words(text: str | None) -> frozenset[str]:
    return _content_words(text or "")


# words that say nothing of what was said: of who ("forces", "officials") and when ("days"), and
# connectives ("against", "because")
_UNSAID = _STOP | _GENERIC | set("""against because several many other others all among between including
while whether though although despite without within across around toward towards made make makes take
took taken come came being just still even only well like""".split())


def _stem(word: str) -> str:
    """A word without its commonest endings: "pause", "paused", "pausing" and "pauses" are one word."""
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            word = word[:-len(end)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


@functools.lru_cache(maxsize=16384)
def _said_words(text: str) -> frozenset[str]:
    # (a word written capitalised only is a name: "Caggins", "Iraqi", "Friday")
    lower = {w for w in _WORD.findall(text) if w[:1].islower()}
    return frozenset(_stem(w) for w in lower if len(w) > 2 and w not in _UNSAID)


def said_words(text: str | None) -> frozenset[str]:
    """The content words a text writes in lower case, their commonest endings cut: what it tells
    was said or done ("paused its training", "impose sanctions"), not who said it or where (names
    are capitalised), nor who in common words ("forces", "officials") or when ("days")."""
    return _said_words(text or "")


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)      # (the union's size, without building it)


def outlet_norm(name: str | None) -> str:
    """An outlet's name for comparison: 'The Associated Press' -> 'associated press'."""
    s = (name or "").lower().replace("’", "'").replace("&", " and ")
    s = re.sub(r"[^\w' ]+", " ", s)
    s = re.sub(r"^\s*(?:the|a|an)\s+", "", s)
    return re.sub(r"\s+", " ", s).strip()


@functools.cache
def outlet_names() -> dict[str, str]:
    """Known outlets (package data outlets.txt): each spelling, normalised -> the canonical name."""
    return {outlet_norm(n): names[0] for names in known_outlets() for n in names}


def outlet_key(name: str | None) -> str:
    """One key per outlet, whatever the spelling ('AFP' and 'Agence France-Presse' agree)."""
    k = outlet_norm(name)
    return outlet_norm(outlet_names().get(k, k))
