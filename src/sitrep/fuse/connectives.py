"""Links read from the words between two events of one sentence: `find_links(events)`.

"The vote came two days after the drone strike", "US aircraft struck the depots in
retaliation for the rocket attack", "Following the assassination, parliament voted":
where two events of a document share an evidence sentence and a connective stands between
their triggers (or opens the sentence before both), the event told as the later one gets
`{"type": "after", "event": <index of the other>, "days": n}`, with `"cause"` too when the
words say it answered the other ("in response to", "in retaliation for"), and `"before"`
for "before", "ahead of". A `cause` link on event i pointing to j means j caused i.

Used by fusion for documents whose events carry no links of their own (the events stage
may give them); returns one list of links per event, in order.
"""
from __future__ import annotations

import re
from typing import Any

_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}
_SPAN = r"(?:(?:less\s+than|more\s+than|about|some|just|only|barely)\s+)?(?:(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?P<unit>days?|weeks?|hours?|months?)\s+)?"
_AFTER = re.compile(_SPAN + r"\b(?:after|following)\b|\b(?:follow(?:ed|s|ing)?|came\s+after)\b", re.I)
_BEFORE = re.compile(_SPAN + r"\b(?:before|ahead\s+of|prior\s+to)\b", re.I)
_CAUSE = re.compile(r"\b(?:in\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for)|in\s+answer\s+to|"
                    r"retaliat\w*\s+for|avenge\w*|prompted\s+by|triggered\s+by|sparked\s+by|"
                    r"respond\w*\s+to|answer\w*\s+to|answered)\b", re.I)


def _days(m: re.Match) -> float | None:
    n, unit = m.groupdict().get("n"), (m.groupdict().get("unit") or "").lower()
    if not unit:
        return None
    k = int(n) if n and n.isdigit() else _NUM.get((n or "").lower())
    if k is None:
        return None
    if unit.startswith("hour"):
        return 0.0
    return float(k * (7 if unit.startswith("week") else 30 if unit.startswith("month") else 1))


def _trigger_at(ev: dict[str, Any]) -> int | None:
    trig, text = (ev.get("trigger") or "").strip(), ev.get("evidence") or ""
    if not trig:
        return None
    i = text.lower().find(trig.lower())
    return i if i >= 0 else None


def find_links(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    out: list[list[dict[str, Any]]] = [[] for _ in events]
    by_sentence: dict[tuple, list[int]] = {}
    for i, ev in enumerate(events):
        if ev.get("evidence") and _trigger_at(ev) is not None:
            by_sentence.setdefault((ev.get("start"), ev.get("end"), ev.get("evidence")), []).append(i)
    for idx in by_sentence.values():
        if len(idx) < 2:
            continue
        text = events[idx[0]]["evidence"]
        order = sorted(idx, key=lambda i: _trigger_at(events[i]))
        for a, b in zip(order, order[1:]):
            pa, pb = _trigger_at(events[a]), _trigger_at(events[b])
            if pa == pb:
                continue
            between = text[pa + len(events[a].get("trigger") or ""):pb]
            opening = text[:pa]
            cause = _CAUSE.search(between)
            after, before = _AFTER.search(between), _BEFORE.search(between)
            if cause or after:             # "A ... (in response to | two days after) B": A is the later
                days = _days(after) if after else None
                out[a].append({"type": "after", "event": b, "days": days})
                if cause:
                    out[a].append({"type": "cause", "event": b})
            elif before:                   # "A ... before B"
                out[a].append({"type": "before", "event": b, "days": _days(before)})
            elif _AFTER.search(opening) and not _BEFORE.search(opening):
                out[b].append({"type": "after", "event": a, "days": _days(_AFTER.search(opening))})
                if _CAUSE.search(opening):
                    out[b].append({"type": "cause", "event": a})
    return out
