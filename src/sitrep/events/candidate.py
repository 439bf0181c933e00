"""An event candidate as the mechanisms build it, and small helpers on candidates, dates and places."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sitrep.events.ontology import MOVEMENT, VIOLENT
from sitrep.model import Document, EventDate, Location, Place
from sitrep.events.words import CORE_DEPS

@dataclass
class Candidate:
    kind: str
    trig: object                       # the trigger token
    sent: object                       # the sentence span
    conf: float
    modality: str = "asserted"
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    quantities: dict[str, float] = field(default_factory=dict)
    qualifiers: dict[str, str] = field(default_factory=dict)
    place: Location | None = None
    place_level: int = 0               # 3: own clause, 2: sentence, 1: context, 0: none
    date: EventDate | None = None
    date_own: bool = False
    link: dict | None = None           # governed by "two days after": the time stage's event_link
    evidence: list[tuple[int, int]] = field(default_factory=list)
    acled: dict[str, str] | None = None
    clause: set = field(default_factory=set)
    zone: set = field(default_factory=set)     # the tokens this event owns in its sentence
    folded_where: set = field(default_factory=set)   # tokens of an occasion folded into it, to place it by
    background: bool = False
    anaphoric: bool = False
    headline: bool = False
    unit: int = 0
    last_unit: int = 0                 # the last sentence merged into this event


# -- helpers ---------------------------------------------------------------------------------
def _line_apart(unit) -> bool:
    """A unit that ends its paragraph, or a heading on a line of its own ("What to watch", "Background"): what
    follows is no fragment of it, whatever its first word."""
    text = unit.text
    if "\n\n" in text.rstrip(" \t") or not text.rstrip(" \t").endswith("\n"):
        return "\n\n" in text.rstrip(" \t")
    line = text.strip()
    doc = unit.doc
    starts_line = unit.start_char == 0 or doc.text[unit.start_char - 1] == "\n"
    return starts_line and "\n" not in line and len(line.split()) <= 6 and line[:1].isupper() and \
        line.split()[-1].lower() not in ("the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "at", "by")


def _units(parsed):
    """Sentences, with fragments the parser split off ("[Camp Arena] in ...") glued back."""
    sents = list(parsed.sents)
    out = []
    for s in sents:
        first = next((t for t in s if not t.is_space), None)
        if first is None:
            continue
        if out and (first.text in ("[", "(", ")", "]") or first.is_lower and first.is_alpha) \
                and not out[-1].text.rstrip().endswith((".", "!", "?", ":")) and not _line_apart(out[-1]):
            out[-1] = parsed[out[-1].start:s.end]
        else:
            out.append(s)
    return out


def _zones(cands) -> dict:
    """Each event's own tokens: a verb's clause, a noun's phrase (its governing clause too
    when it is the subject or object), less what events nested inside it own."""
    base = {}
    for c in cands:
        t = c.trig
        if t.pos_ in ("VERB", "AUX") or t.dep_ in CORE_DEPS or _instrument(t):
            base[t.i] = set(c.clause) | {x.i for x in t.subtree}
        else:
            base[t.i] = {x.i for x in t.subtree}
    zones = {}
    for c in cands:
        z = set(base[c.trig.i])
        for o in cands:
            if o is c or o.trig.i == c.trig.i:
                continue
            if o.trig.i in z and c.trig.i not in base[o.trig.i]:
                z -= base[o.trig.i]
        zones[c.trig.i] = z
    return zones


def _instrument(t) -> bool:
    """A noun that names what its verb was done with ("shelled the towns with artillery",
    "struck the base using drones"): the verb's act told by its means, whose clause says where."""
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ in ("with", "using") and prep.dep_ == "prep" and \
        prep.head.pos_ == "VERB" and any(k.dep_ == "dobj" for k in prep.head.children)


def _family(kind: str) -> str:
    if kind in MOVEMENT:
        return "movement"
    if kind in VIOLENT:
        return "violence"
    return kind


def _specific(name: str) -> bool:
    return name[:1].isupper()


def _copy(c: Candidate) -> Candidate:
    return replace(c, actors=list(c.actors), targets=list(c.targets), quantities=dict(c.quantities),
                   qualifiers=dict(c.qualifiers), evidence=list(c.evidence), clause=set(c.clause),
                   zone=set(c.zone), folded_where=set(c.folded_where))


def _dedupe(xs: list[str]) -> list[str]:
    seen, out = set(), []
    for x in xs:
        k = x.lower()
        if x and k not in seen:
            seen.add(k)
            out.append(x)
    return out


def _as_location(loc) -> Location:
    if isinstance(loc, Location):
        return loc
    if isinstance(loc, Place):
        return Location(name=loc.name or loc.mention, lat=loc.lat, lon=loc.lon, country=loc.country,
                        admin1=loc.admin1, kind=loc.kind, uncertainty_km=loc.uncertainty_km)
    if isinstance(loc, dict):
        return Location(name=loc.get("name"), lat=loc.get("lat"), lon=loc.get("lon"), country=loc.get("country"),
                        admin1=loc.get("admin1"), kind=loc.get("kind"), uncertainty_km=loc.get("uncertainty_km"))
    return loc


def _as_date(got) -> EventDate | None:
    if got is None:
        return None
    if isinstance(got, EventDate):
        return got
    if isinstance(got, tuple) and len(got) >= 2 and isinstance(got[0], date):
        return EventDate(got[0], got[1], got[2] if len(got) > 2 else None)
    if hasattr(got, "start_date") and getattr(got, "start_date", None):
        return EventDate(got.start_date, got.end_date or got.start_date, getattr(got, "text", None))
    return None


def _country_name(doc: Document, cc: str) -> str:
    for p in doc.places:
        if p.country == cc and (p.kind or "") == "country":
            return p.name or p.mention
    from sitrep.faces.countries import country_name   # a country the report names only by its demonym
    return country_name(cc) or cc
