"""Which event kinds can name the same happening in two reports.

`kind_compatibility(a, b)` is 1.0 for the same kind, 0.5 for kinds one reporter may call
by the other's name ("rocket attack" read as an attack or as shelling; a withdrawal from a
base and its handover, which match.py lets merge only at one site), None otherwise. Compatible kinds share a blocking group, so the
store looks candidates up by group.
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
    ("protest", "riot"), ("riot", "mob_violence"),
)}


def kind_group(kind: str) -> str:
    """The blocking group of a kind (compatible kinds share one)."""
    return GROUPS.get(kind, kind)


def kind_compatibility(a: str, b: str) -> float | None:
    if a == b:
        return 1.0
    if frozenset((a, b)) in _COMPATIBLE:
        return 0.5
    return None
