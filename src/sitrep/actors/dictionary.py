"""The actor dictionary and its matcher.

An actor file is YAML: either a list of entries or a mapping with an ``actors`` list.
Each entry::

    - name: US-led coalition          # the canonical name events carry
      aliases: [the coalition, CJTF-OIR, Operation Inherent Resolve]
      type: coalition                 # state, military, police, armed_group, coalition, ...
      country: US                     # ISO 3166 alpha-2 where it has one
      parent: United States           # optional: the canonical name of a parent actor
      successor: Hayat Tahrir al-Sham  # optional: what a renamed, merged or replaced actor became
      demonyms: [American]            # states only: adjectives that stand for the state
      case_sensitive: false           # true for short acronyms ("US", "IS", "PMF")

Matching is on whole words, case-insensitive unless the entry says otherwise, longest
mention first; apostrophes and dashes are normalised (Kata’ib = Kata'ib, K-1 = K1 is not
assumed: list such variants as aliases). Later files override earlier entries of the same
name and add aliases, so a user file can extend or correct the package's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import ahocorasick
import yaml

# libyaml's loader when PyYAML was built with it: the package's actor list parses in a
# fraction of the pure-Python loader's ~0.45 s, paid at every start.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})


# words that carry a known name on to a longer body's ("... Standby Force", "... Aerospace Force", "... Mission"):
# modifiers, then the head noun that ends it
_TAIL_MODS = ("Standby|Multinational|Regional|Special|Joint|Rapid|Reaction|Aerospace|Air|Naval|Ground|Land|Military|"
              "Peacekeeping|Intervention|Task|Coordination|Executive|Political|Security|Defence|Defense|"
              "Intelligence|Operations|Central|National|Presidential|Republican|Border|Coast|Elite|Strategic|"
              "Expeditionary|Stabilisation|Stabilization|Training|Monitoring|Observer|Support|Assistance|Quick|"
              "Response|Counter-Terrorism|Counterterrorism")
_TAIL_HEADS = ("Force|Forces|Mission|Command|Brigade|Brigades|Division|Corps|Unit|Units|Army|Navy|Guard|Battalion|"
               "Regiment|Commission|Committee|Secretariat|Directorate|Agency|Organ|Troika|Authority|Group|Fleet|"
               "Squadron|Wing|Contingent|Battlegroup|Service|Services|Intelligence")
_NAME_TAIL = re.compile(r"(?:[ \t]+(?:" + _TAIL_MODS + r")\b)*[ \t]+(?P<head>" + _TAIL_HEADS + r")\b(?![-'’]\w)")
_GOVERNMENT_HEADS = {"Commission", "Committee", "Secretariat", "Directorate", "Agency", "Organ", "Troika",
                     "Authority", "Service", "Services"}


def _norm_char(c: str) -> str:
    low = c.lower()
    return low if len(low) == 1 else c


def normalise(text: str, fold_case: bool = True) -> str:
    """Same length as `text`: offsets hold. Quotes and dashes unified, optionally lower-cased."""
    t = text.translate(_QUOTES)
    if not fold_case:
        return t
    low = t.lower()
    if len(low) == len(t):
        return low          # the common case: no letter changes length when lowered
    return "".join(_norm_char(c) for c in t)


def _key(alias: str, fold_case: bool = True) -> str:
    return re.sub(r"\s+", " ", normalise(alias.strip(), fold_case))


@dataclass
class Actor:
    name: str
    type: str | None = None
    country: str | None = None
    parent: str | None = None
    aliases: list[str] = field(default_factory=list)
    successor: str | None = None
    demonyms: list[str] = field(default_factory=list)
    case_sensitive: bool = False
    forces: str | None = None      # states only: the state_military entry that stands for their armed forces


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor
    demonym: bool = False          # matched through a state's demonym ("Iraqi")

    @property
    def canonical(self) -> str:
        return self.actor.name


def _entries(raw: Any) -> list[dict[str, Any]]:
    if raw is None:
        return []
    if isinstance(raw, dict):
        raw = raw.get("actors", raw)
        if isinstance(raw, dict):   # {name: {...}} form
            raw = [dict(v or {}, name=v.get("name", k) if isinstance(v, dict) else k)
                   for k, v in raw.items()]
    if not isinstance(raw, list):
        raise ValueError("an actor file holds a list of actors (or a mapping with an 'actors' list)")
    return [e for e in raw if isinstance(e, dict) and e.get("name")]


def parse_actors(text: str) -> list[Actor]:
    """The actors of one YAML document."""
    return [_actor(e) for e in _entries(yaml.load(text, Loader=_YAML_LOADER))]


def load_actor_file(path: str | Path) -> list[Actor]:
    """The actors of one YAML file."""
    return parse_actors(Path(path).read_text("utf-8"))


def _as_list(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    return [str(x) for x in v if x]


def _actor(e: dict[str, Any]) -> Actor:
    return Actor(name=str(e["name"]).strip(), type=e.get("type"), country=e.get("country"),
                 parent=e.get("parent"), aliases=_as_list(e.get("aliases")),
                 demonyms=_as_list(e.get("demonyms") or e.get("demonym")),
                 case_sensitive=bool(e.get("case_sensitive", False)), successor=e.get("successor"),
                 forces=e.get("forces"))


class ActorDictionary:
    """Known actors, their aliases and a whole-word longest-match matcher."""

    def __init__(self, actors: Iterable[Actor] = ()):
        self._by_name: dict[str, Actor] = {}
        self._derived: dict[str, Actor] = {}   # longer names met in text, part of a known actor
        self._automaton = None
        self.extend(actors)

    # -- building ---------------------------------------------------------------------------
    @classmethod
    def load(cls, extra: Iterable[str | Path] = (), package: bool = True) -> "ActorDictionary":
        """The package's actors, then each user file in turn (later files win)."""
        d = cls()
        if package:
            res = resources.files("sitrep.data").joinpath("actors.yaml")
            if res.is_file():
                d.extend(parse_actors(res.read_text("utf-8")))
        for path in extra:
            d.extend(load_actor_file(path))
        if d._by_name:
            d._build()    # now, so that forked workers share one matcher instead of each building it
        return d

    def extend(self, actors: Iterable[Actor]) -> None:
        for a in actors:
            old = self._by_name.get(a.name.lower())
            if old is not None:  # a later file corrects fields and adds aliases
                a = Actor(name=a.name, type=a.type or old.type, country=a.country or old.country,
                          parent=a.parent or old.parent,
                          aliases=list(dict.fromkeys(old.aliases + a.aliases)),
                          demonyms=list(dict.fromkeys(old.demonyms + a.demonyms)),
                          case_sensitive=a.case_sensitive, successor=a.successor or old.successor,
                          forces=a.forces or old.forces)
            self._by_name[a.name.lower()] = a
        self._automaton = None
        self._preds = None

    def __len__(self) -> int:
        return len(self._by_name)

    def __iter__(self):
        return iter(self._by_name.values())

    def __contains__(self, name: str) -> bool:
        return name.lower() in self._by_name

    def get(self, name: str) -> Actor | None:
        key = name.lower()
        return self._by_name.get(key) or self._derived.get(key)

    def _build(self):
        auto = ahocorasick.Automaton()
        table: dict[str, list[tuple[Actor, bool, bool]]] = {}   # key -> [(actor, demonym, case_sensitive)]
        for a in self._by_name.values():
            for alias in [a.name, *a.aliases]:
                if alias.strip():
                    table.setdefault(_key(alias), []).append((a, False, a.case_sensitive))
            for dem in a.demonyms:
                if dem.strip():
                    table.setdefault(_key(dem), []).append((a, True, True))
        for k, v in table.items():
            auto.add_word(k, (k, v))
        auto.make_automaton()
        self._automaton = auto
        self._aliases_exact = {a.name: {_key(x, False) for x in [a.name, *a.aliases]} for a in self._by_name.values()}

    # -- matching ---------------------------------------------------------------------------
    def match(self, text: str) -> list[ActorMention]:
        """Non-overlapping mentions in text order, the longest winning."""
        if not self._by_name:
            return []
        if self._automaton is None:
            self._build()
        folded = normalise(text)
        exact = normalise(text, fold_case=False)
        found: list[ActorMention] = []
        for end_i, (key, cands) in self._automaton.iter(folded):
            start, end = end_i - len(key) + 1, end_i + 1
            if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "-'" and start > 1
                              and folded[start - 2].isalnum()):
                continue
            if end < len(folded) and folded[end].isalnum():
                continue
            surface = exact[start:end]
            for actor, demonym, cs in cands:
                if cs:
                    forms = ({_key(d, False) for d in actor.demonyms} if demonym
                             else self._aliases_exact[actor.name])
                    if re.sub(r"\s+", " ", surface) not in forms:
                        continue
                found.append(ActorMention(start, end, text[start:end], actor, demonym))
                break
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        taken: list[ActorMention] = []
        for m in found:
            if all(m.end <= t.start or m.start >= t.end for t in taken):
                taken.append(m)
        taken.sort(key=lambda m: m.start)
        # "Russian marines landed", "British Marines boarded": a state's force named by a common word of one
        # (an alias of another state's force: "Marines" of the US Marine Corps) right after another state's
        # adjective is that state's force, read from the adjective, not the other's
        taken = [m for i, m in enumerate(taken) if not (
            i and taken[i - 1].demonym and not m.demonym and (m.actor.type or "") == "state_military"
            and m.text.isalpha() and not m.text.isupper() and not text[taken[i - 1].end:m.start].strip()
            and taken[i - 1].actor.country and m.actor.country and taken[i - 1].actor.country != m.actor.country)]
        return [self._longer_name(m, text) for m in taken]

    def _longer_name(self, m: ActorMention, text: str) -> ActorMention:
        """A known name that goes on as a longer one ("Southern African Development Community Standby
        Force", "Islamic Revolutionary Guard Corps Aerospace Force"): the longer body is an actor of its own,
        named by its whole text, a part of the known one (its parent)."""
        if m.demonym:
            return m
        tail = _NAME_TAIL.match(text, m.end)
        if not tail or tail.group("head") is None:
            return m
        start = m.start + (4 if text[m.start:m.start + 4].lower() == "the " else 0)
        name = re.sub(r"\s+", " ", text[start:tail.end()])
        known = self.get(name)
        if known is None:
            known = self._derived.get(name.lower())
        if known is None:
            head = tail.group("head")
            kind = m.actor.type
            if kind in ("state", "government") or kind is None:
                kind = "government" if head in _GOVERNMENT_HEADS else "state_military"
            elif kind == "international_organisation" and head not in _GOVERNMENT_HEADS:
                kind = "coalition"   # "SADC Standby Force": the body's troops
            known = Actor(name=name, type=kind, country=m.actor.country, parent=m.actor.name)
            if len(self._derived) < 5000:
                self._derived[name.lower()] = known
        return ActorMention(start, tail.end(), text[start:tail.end()], known, False)

    def forces_of(self, name: str) -> str | None:
        """The armed forces of a state ('Mali' -> 'Malian Armed Forces'): its `forces` entry, else the one
        state_military entry whose parent it is and whose own name has no parent unit in it; None if unknown."""
        a = self.get(name)
        if a is None:
            return None
        if a.type == "state_military":
            return a.name
        if a.forces and self.get(a.forces) is not None:
            return self.get(a.forces).name
        if a.type != "state":
            return None
        mine = [b for b in self._by_name.values() if b.type == "state_military" and b.parent == a.name]
        whole = [b for b in mine if re.search(r"\b(?:Armed Forces|Defen[cs]e Forces?|Military)\b", b.name)]
        return whole[0].name if len(whole) == 1 else None

    def lineage(self, name: str) -> set[str]:
        """What an actor answers to: itself, its parents, its country code, for "X-led ..."
        the leader's ("US-led coalition" -> US), and the actor it became ("Nusra Front" ->
        "Jabhat Fateh al-Sham"): a renamed group is its own entry, and still the same lineage."""
        out = {name.lower()}
        a = self.get(name)
        if a is not None and a.successor:
            out.add("was:" + a.successor.lower())
        out |= {"was:" + b.name.lower() for b in self._predecessors().get(name.lower(), ())}
        out.add("was:" + name.lower())
        seen = 0
        while a is not None and seen < 6:
            out.add(a.name.lower())
            if a.country:
                out.add("cc:" + a.country.upper())
            m = re.match(r"^(.+?)-led\b", a.name)
            if m:
                lead = self.resolve(m.group(1))
                la = self.get(lead) if lead else None
                if la is not None and la.country:
                    out.add("cc:" + la.country.upper())
            a = self.get(a.parent) if a.parent else None
            seen += 1
        return out

    def _predecessors(self) -> dict[str, list[Actor]]:
        """Successor's name (lower case) -> the actors it succeeded, once."""
        got = getattr(self, "_preds", None)
        if got is None:
            got = {}
            for a in self._by_name.values():
                if a.successor:
                    got.setdefault(a.successor.lower(), []).append(a)
            self._preds = got
        return got

    def related(self, a: str, b: str) -> bool:
        """Same actor, one part of the other, or of one country ("US-led coalition" and
        "United States Armed Forces")."""
        return bool(self.lineage(a) & self.lineage(b))

    def resolve(self, mention: str) -> str | None:
        """The canonical name for a whole mention, or None when it is not known."""
        ms = self.match(mention)
        if len(ms) == 1 and ms[0].end - ms[0].start >= len(mention.strip()) - 1:
            return ms[0].canonical
        return None
