"""How many independent reports and outlets stand behind an event: `independence(sources)`.

Each source is a stored document: `{document, family, outlet, url, cited_outlets}`.
Near-duplicates (one family) are one report. Outlets are counted once each, and an outlet
whose report cites another outlet among the sources ("draws on reporting by Reuters",
"according to AFP") is not counted apart from it: what AFP wrote and what a paper re-told
from AFP is one outlet's word. Cited outlets that are not among the sources do not count.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from sitrep.fuse._util import outlet_key


def _outlet_key(src: dict[str, Any]) -> str | None:
    if src.get("outlet"):
        return outlet_key(src["outlet"])
    host = urlparse(src.get("url") or "").hostname
    return host.removeprefix("www.") if host else None


def independence(sources: list[dict[str, Any]]) -> dict[str, int]:
    families: dict[Any, set[str]] = {}
    cites: dict[Any, set[str]] = {}
    for s in sources:
        fam = s.get("family") if s.get("family") is not None else s.get("document")
        key = _outlet_key(s) or f"#document:{s.get('document')}"
        families.setdefault(fam, set()).add(key)
        cites.setdefault(fam, set()).update(outlet_key(o) for o in s.get("cited_outlets") or ())

    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb

    known = set()
    for outlets in families.values():
        first = next(iter(outlets))
        for o in outlets:               # copies of one report under several mastheads: one outlet
            union(first, o)
        known |= outlets
    for fam, cited in cites.items():    # a report drawing on another outlet among the sources
        mine = next(iter(families[fam]))
        for o in cited & known:
            union(mine, o)
    return {"report_count": len(families), "outlet_count": len({find(o) for o in known})}
