"""Links between events carried to canonical events: `carry_links(doc_events, canonical_ids)`.

The events stage may put `links` on an event: `{"type": "after", "event": <index of
another event of the same document>, "days": 2}` ("two days after the assassination",
"in response to", "following"). Once each of the document's events has its canonical
event, a link becomes `{src, dst, type, days}` between canonical events. Links within one
canonical event and links to missing indexes are dropped.
"""
from __future__ import annotations

from typing import Any

LINK_TYPES = ("before", "after", "cause")


def carry_links(doc_events: list[dict[str, Any]], canonical_ids: list[int | None]) -> list[dict[str, Any]]:
    out, seen = [], set()
    for i, ev in enumerate(doc_events):
        src = canonical_ids[i] if i < len(canonical_ids) else None
        for link in ev.get("links") or ():
            kind = str(link.get("type") or "").lower()
            j = link.get("event")
            if kind not in LINK_TYPES or not isinstance(j, int) or not 0 <= j < len(canonical_ids):
                continue
            dst = canonical_ids[j]
            if src is None or dst is None or src == dst or (src, dst, kind) in seen:
                continue
            seen.add((src, dst, kind))
            days = link.get("days")
            out.append({"src": src, "dst": dst, "type": kind,
                        "days": float(days) if isinstance(days, (int, float)) else None})
    return out
