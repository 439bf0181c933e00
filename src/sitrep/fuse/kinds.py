"""Which event kinds can name the same happening in two reports.

`kind_compatibility(a, b)` is 1.0 for the same kind, 0.5 for kinds one reporter may call
by the other's name ("rocket attack" read as an attack or as shelling; a withdrawal from a
base and its handover, which match.py lets merge only at one site), None otherwise. Compatible kinds share a blocking group, so the
store looks candidates up by group; a handover and a territory change (a base handed over
is ground that changed hands without fighting: "the Malian army took control of the Gao
camp after the French left") keep their own groups, and each looks up the other's too
(`lookup_groups`).
"""
from __future__ import annotations

GROUPS: dict[str, str] = {}
for _group, _kinds in {
    "violence": ("airstrike", "shelling", "explosion", "suicide_bombing", "grenade", "chemical_attack",
                 "attack", "clash"),
    "posture": ("deployment", "withdrawal", "handover", "troop_level", "exercise"),
    "unrest": ("protest", "riot", "mob_violence"),
}.items():
    for _k in _kinds:
        GROUPS[_k] = _group

_COMPATIBLE = {frozenset(p) for p in (
    # a strike from the air, a rocket or missile barrage and a blast are often told as one another
    ("airstrike", "shelling"), ("airstrike", "explosion"), ("shelling", "explosion"),
    ("suicide_bombing", "explosion"), ("grenade", "explosion"), ("chemical_attack", "shelling"),
    ("airstrike", "attack"), ("shelling", "attack"), ("explosion", "attack"), ("suicide_bombing", "attack"),
    ("grenade", "attack"), ("chemical_attack", "attack"), ("clash", "attack"),
    # leaving a base and handing it over; sending troops and the number there
    ("withdrawal", "handover"), ("deployment", "troop_level"),
    # handing a base over and the receiver taking control of it (match.py: at one site only)
    ("handover", "territory_change"),
    ("protest", "riot"), ("riot", "mob_violence"),
)}

_PARTNERS: dict[str, set[str]] = {}
for _pair in _COMPATIBLE:
    _a, _b = tuple(_pair)
    _PARTNERS.setdefault(_a, set()).add(_b)
    _PARTNERS.setdefault(_b, set()).add(_a)


def kind_group(kind: str) -> str:
    """The blocking group of a kind (compatible kinds share one, but for those `lookup_groups` joins)."""
    return GROUPS.get(kind, kind)


def lookup_groups(kind: str) -> list[str]:
    """The blocking groups a report of this kind looks candidates up in: its own, then those of
    the compatible kinds filed elsewhere."""
    own = kind_group(kind)
    return [own] + sorted({kind_group(k) for k in _PARTNERS.get(kind, ())} - {own})


def compatible_kinds(kind: str) -> list[str]:
    """The kinds `kind_compatibility` does not refuse with this one: itself, then the others."""
    return [kind] + sorted(_PARTNERS.get(kind, ()))


def kind_compatibility(a: str, b: str) -> float | None:
    if a == b:
        return 1.0
    if frozenset((a, b)) in _COMPATIBLE:
        return 0.5
    return None
