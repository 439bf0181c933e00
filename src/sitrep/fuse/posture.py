"""An installation's timeline from the canonical events at it: `installation_timeline(events)`.

Each deployment, troop level, withdrawal or handover at the installation (asserted, not
planned or denied) changes its state; the timeline is the run of states, each
`{start, end, status, holder, occupants, personnel, sources}` with `end` null for the
state that still holds, and `sources` the reports behind the change:

- deployment: the force is there ("active"); its troops add to a known figure;
- troop level: the force is there with that many troops;
- withdrawal: the force leaves; a partial withdrawal lowers the figure, and when nobody is
  left the installation is "closed";
- handover: the installation passes to the receiving force ("handed over"): the event's
  target, else the force its evidence hands it to ("handed K1 to the Iraqi army"), else
  nobody known. A withdrawal that leaves nobody and whose reports hand the base to a named
  force ("pulled out of K-1 and handed it to Iraqi forces") is that handover's other side.

After a base is handed over, a deployment or troop level of the force that handed it over
that only retells the time before ("300 troops had been stationed at the airfield", "handed
over ... moving troops into larger bases") changes nothing: the force has not come back.
A deployment or troop level whose actors are only those who tell of it or the base itself, with
no figure, tells nothing of the base and is left out. A troop level whose figure the extraction missed takes the one its evidence gives
("houses about 1,500 US and coalition troops").

Events on one day make one state, and an event that changes nothing adds its reports to the
state it confirms. An undated event counts from its first report's day.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from sitrep.fuse._util import actor_tokens, day, names_place

_ORDER = {"deployment": 0, "troop_level": 1, "withdrawal": 2, "handover": 3}


def _when(ev: dict[str, Any]) -> date | None:
    d = ev.get("date") or {}
    return day(d.get("start")) or day((ev.get("_fuse") or {}).get("published")) \
        or min((day(s.get("published")) for s in ev.get("sources") or () if s.get("published")), default=None)


def _same(a: str, b: str) -> bool:
    ta, tb = actor_tokens([a]), actor_tokens([b])
    return (ta & tb) if ta and tb else a.lower() == b.lower()


def _without(occupants: list[str], leaving: list[str]) -> list[str]:
    return [o for o in occupants if not any(_same(o, x) for x in leaving)]


def _with(occupants: list[str], arriving: list[str]) -> list[str]:
    out = list(occupants)
    for a in arriving:
        if not any(_same(a, o) for o in out):
            out.append(a)
    return out


def _sources(ev: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"event": ev.get("id"), "type": ev.get("type"), "document": s.get("document"),
             "outlet": s.get("outlet"), "url": s.get("url"), "published": s.get("published"),
             "evidence": s.get("evidence")} for s in ev.get("sources") or ()]


def _texts(ev: dict[str, Any]) -> list[str | None]:
    """The event's evidence, then that of each of its sources."""
    return [ev.get("evidence")] + [s.get("evidence") for s in ev.get("sources") or ()]


_TO = re.compile(r"\b(?:to|over to)\s+(?:the\s+)?((?:[A-Z][\w'’\-]*\s+){1,3}?(?:army|forces|military|troops|"
                 r"security forces|government|authorities|units|police)|[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}"
                 r"\s+(?:Army|Forces|Military))\b")
_TOOK_OVER = re.compile(r"((?:[A-Z][\w'’\-]*\s+){1,3}(?:army|forces|military|troops|units))\s+(?:took|have taken|"
                        r"had taken|has taken)\s+over\b")


def _receiver(ev: dict[str, Any], occupants: list[str], same_day: list[dict[str, Any]] = ()) -> str | None:
    """Who an installation was handed to: the target, else an actor other than the one handing
    it over, else the force the evidence (its own, then that of the same day's events at the
    installation) names ("handed K1 to the Iraqi army")."""
    targets, actors = [t for t in ev.get("targets") or [] if not _TELLERS.match(t.strip())], _forces(ev)
    if targets:
        return targets[0]
    others = [a for a in actors[1:] if not any(_same(a, o) for o in occupants) and not _same(a, actors[0])]
    if others:
        return others[0]
    texts = _texts(ev)
    texts += [t for o in same_day for t in _texts(o)]
    for rx in (_TO, _TOOK_OVER):
        for t in texts:
            m = rx.search(t or "")
            if m and not any(_same(m.group(1), a) for a in actors):
                return m.group(1).strip()
    return None


# Who tells of a base is not who holds it: "officials", "sources", "a spokesman" read as an
# event's actor never become a holder or an occupant.
_TELLERS = re.compile(r"^(?:(?:the|a|an|some|two|three|several|senior|unnamed|local|military|defen[cs]e|security|"
                      r"government|western|iraqi|us|u\.s\.|american|coalition)\s+)*(?:officials?|sources?|"
                      r"diplomats?|witness(?:es)?|residents?|spokes(?:man|woman|person)|analysts?|reports?|media|"
                      r"journalists?|observers?|statements?)$", re.I)


def _forces(ev: dict[str, Any]) -> list[str]:
    """The event's actors that can hold or occupy a base: not its tellers, and not the base
    itself (a sentence whose subject is the base, "Ain al-Assad houses 1,500 troops")."""
    here = str((ev.get("location") or {}).get("name") or "")
    return [a for a in ev.get("actors") or [] if a and not _TELLERS.match(a.strip()) and not names_place(a, here)]


_FIGURE = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[A-Za-z.\-]+\s+){0,4}?(?:troops|personnel|soldiers|"
                     r"service\s?members|servicemen|trainers|advisers|advisors|marines|forces)\b", re.I)


def personnel(ev: dict[str, Any]) -> float | None:
    """The event's number of personnel; for a troop level whose figure the extraction missed,
    the one figure of troops its evidence gives (none when it gives several)."""
    n = (ev.get("quantities") or {}).get("personnel")
    if n is not None or ev.get("type") != "troop_level":
        return n
    texts = _texts(ev)
    found = {float(m.group(1).replace(",", "")) for t in texts for m in _FIGURE.finditer(t or "")}
    return found.pop() if len(found) == 1 else None


_HAND = re.compile(r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|pass(?:es|ed|ing)?|transferr?(?:s|ed|ing)?|gave|give[sn]?)"
                   r"\b([^.;…]{0,80}?)\b(?:over\s+)?to\b", re.I)


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _handed_to(ev: dict[str, Any]) -> str | None:
    """The force a withdrawal's reports hand the base to: "handed it to Iraqi forces", "handed
    over the K1 air base ... to the Iraqi military" (the base named, or "it" / "the base")."""
    base = str((ev.get("location") or {}).get("name") or "")
    keys = {_key(w) for w in base.split()} - {"air", "base", "camp", "airfield", "field", "the", "west", "east",
                                               "north", "south", "station", "airport", ""}
    texts = _texts(ev)
    for t in texts:
        for m in _HAND.finditer(t or ""):
            obj = m.group(1)
            names_it = re.search(r"\b(?:it|the (?:base|airfield|camp|installation|site))\b", obj, re.I) or \
                any(k in _key(x) for x in re.split(r"[\s,]+", obj) for k in keys if _key(x))
            if not names_it:
                continue
            r = _TO.search(t[m.start():m.end() + 60])
            if r:
                return r.group(1).strip()
    return None


_RETOLD = re.compile(r"\bhad been (?:stationed|based|deployed|posted|housed|located)\b|\bhand(?:s|ed|ing)?\b|"
                     r"\bturned over\b|\btransferred\b|\bgave up\b", re.I)


def _retells(ev: dict[str, Any]) -> bool:
    """Whether every report of the event tells of the time before a handover (what had been
    there, the handing over itself) rather than of troops arriving."""
    texts = [s.get("evidence") for s in ev.get("sources") or ()] or [ev.get("evidence")]
    return all(t and _RETOLD.search(t) for t in texts)


def installation_timeline(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The installation's timeline from all its events (see the module's docstring)."""
    return timeline_and_handers(events)[0]


def timeline_and_handers(events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[list[str]]]:
    """`installation_timeline`, and for each span the forces that had handed the base over by
    its end: what, with a span's state, a timeline resumes from (`timeline_after`)."""
    spans: list[dict[str, Any]] = []
    handers: list[list[str]] = []
    _run(events, spans, handers, {"status": None, "holder": None, "occupants": [], "personnel": None}, [])
    return spans, handers


_STATE = ("status", "holder", "occupants", "personnel")


def timeline_after(before: dict[str, Any], events: list[dict[str, Any]]
                   ) -> tuple[list[dict[str, Any]], list[list[str]]] | None:
    """The rest of a timeline from the state a stored span leaves (`before`: its start and end,
    its state's fields, "unknown" read as no status, and `handed_by`, the forces that had
    handed the base over by then), given every event of the installation from its next span's
    first day on (earlier ones are left out): the spans after `before` and their forces that
    handed the base over, the same as `timeline_and_handers` over all the events gives them.
    None where these events would change `before` itself (extend its sources, its state or its
    end): the caller works the timeline out whole.

    A base of 40 events told in any order: a report of the 30th day's deployment replays the
    events from the state that held before that day, not from the first."""
    status = before.get("status")
    head = {"start": before["start"], "end": before.get("end"),
            "status": None if status == "unknown" else status, "holder": before.get("holder"),
            "occupants": list(before.get("occupants") or []), "personnel": before.get("personnel"),
            "sources": []}
    handed_by = list(before.get("handed_by") or [])
    spans, handers = [dict(head, occupants=list(head["occupants"]))], [handed_by]
    _run(events, spans, handers, {k: head[k] for k in _STATE} | {"occupants": list(head["occupants"])}, handed_by)
    first = spans[0]
    if first["sources"] or first["end"] != head["end"] or any(first[k] != head[k] for k in _STATE) \
            or handers[0] != handed_by:
        return None
    return spans[1:], handers[1:]


def _run(events: list[dict[str, Any]], spans: list[dict[str, Any]], handers: list[list[str]],
         state: dict[str, Any], handed_by: list[str]) -> None:
    """The spans the events make, appended to `spans` (whose last one they may extend) from
    `state` and `handed_by`, the state and the forces that had handed the base over before the
    first of them; `handers` (one a span) gets the latter as they are at each span's end."""
    dated = [(w, ev) for ev in events if ev.get("type") in _ORDER
             and (ev.get("modality") or "asserted") == "asserted" and (w := _when(ev))]
    dated.sort(key=lambda x: (x[0], _ORDER[x[1]["type"]], x[1].get("id") or 0))
    # (handed_by: the forces that handed the base over, or left it to a receiver; never changed in
    # place, so that each span's entry in `handers` stays as it was at the span's end)
    for when, ev in dated:
        kind, actors = ev["type"], _forces(ev)
        n = personnel(ev)
        if kind in ("deployment", "troop_level") and ev.get("actors") and not actors and n is None:
            continue                 # only officials or the base itself "deploying", no figure: it tells nothing
        s = dict(state, occupants=list(state["occupants"]))
        if kind in ("deployment", "troop_level") and state["status"] == "handed over" and actors \
                and all(any(_same(a, h) for h in handed_by) for a in actors) and _retells(ev):
            pass                     # the handing force's former presence retold: it has not come back
        elif kind in ("deployment", "troop_level"):
            s["occupants"] = _with(s["occupants"], actors)
            s["holder"] = s["holder"] or (actors[0] if actors else None)
            s["status"] = "active"
            if n is not None:
                s["personnel"] = (s["personnel"] + n) if kind == "deployment" and s["personnel"] else n
        elif kind == "withdrawal":
            partial = n is not None and s["personnel"] is not None and n < s["personnel"]
            if partial:
                s["personnel"] = s["personnel"] - n
            else:
                s["occupants"] = _without(s["occupants"], actors) if actors else []
                receiver = _handed_to(ev) if not s["occupants"] else None
                if receiver:         # "pulled out of the base and handed it to Iraqi forces"
                    s.update(status="handed over", holder=receiver, occupants=[receiver], personnel=None)
                    handed_by = _with(handed_by, actors or state["occupants"])
                elif not s["occupants"]:
                    s.update(status="closed", personnel=None, holder=None)
                else:
                    s["personnel"] = None
                    if s["holder"] and not any(_same(s["holder"], o) for o in s["occupants"]):
                        s["holder"] = s["occupants"][0]
        elif kind == "handover":
            same_day = [o for w, o in dated if w == when and o is not ev]     # "withdrew ... and handed it to"
            receiver = _receiver(ev, state["occupants"], same_day)
            s.update(status="handed over", holder=receiver, occupants=[receiver] if receiver else [],
                     personnel=None)
            handed_by = _with(handed_by, [a for a in actors if not (receiver and _same(a, receiver))]
                              or state["occupants"])
        same = spans and all(spans[-1][k] == s[k] for k in ("status", "holder", "occupants", "personnel"))
        if spans and (spans[-1]["start"] == when.isoformat() or same):    # nothing changed: one more report
            if spans[-1]["start"] == when.isoformat():
                spans[-1].update(status=s["status"], holder=s["holder"], occupants=s["occupants"],
                                 personnel=s["personnel"])
            spans[-1]["sources"].extend(_sources(ev))
            handers[-1] = handed_by
        else:
            if spans:
                spans[-1]["end"] = max(date.fromisoformat(spans[-1]["start"]), when - timedelta(days=1)).isoformat()
            spans.append({"start": when.isoformat(), "end": None, "status": s["status"], "holder": s["holder"],
                          "occupants": s["occupants"], "personnel": s["personnel"], "sources": _sources(ev)})
            handers.append(handed_by)
        state = s
    for sp in spans:
        if isinstance(sp["personnel"], float) and sp["personnel"].is_integer():
            sp["personnel"] = int(sp["personnel"])
