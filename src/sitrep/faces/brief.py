"""A country briefing from the store: `sitrep brief --country Iraq --since ... --until ...`.

`build(store, iso2, since, until)` gathers a `Brief`: the key developments (the most
significant events, in time order, each with its sources and report/outlet counts), a map
(SVG drawn by mapsvg.py), the posture (installations and troop levels from the store's
fusion, else read from the posture events themselves) and counts by kind.
`to_markdown`, `to_html` and `to_pdf` render it (templates in data/brief.*.j2; PDF through
WeasyPrint); `write(brief, format, output)` writes it, the map beside a Markdown brief.
"""
from __future__ import annotations

import base64
import math
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from sitrep.errors import SitrepError
from sitrep.faces.countries import Country, country
from sitrep.faces.exports import outlets, records
from sitrep.faces.mapsvg import MapPoint, render_map
from sitrep.store import EventFilter

FORMATS = ("md", "html", "pdf")
POSTURE_KINDS = ("deployment", "withdrawal", "handover", "troop_level")
GROUPS = {**{k: "violence" for k in ("airstrike", "shelling", "explosion", "suicide_bombing", "grenade",
                                     "chemical_attack", "clash", "attack", "abduction", "sexual_violence",
                                     "mob_violence", "territory_change")},
          **{k: "posture" for k in ("deployment", "withdrawal", "handover", "troop_level", "exercise",
                                    "military_aid")},
          "protest": "unrest", "riot": "unrest"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NUMBER_WORDS = {"fatalities": "killed", "injured": "injured", "personnel": "personnel", "money_usd": "US$",
                 "vehicles": "vehicles", "aircraft": "aircraft"}


@dataclass
class Brief:
    country: Country
    since: date | None
    until: date | None
    generated: date
    events: list[dict[str, Any]]
    developments: list[dict[str, Any]] = field(default_factory=list)
    installations: list[dict[str, Any]] = field(default_factory=list)
    troops: list[dict[str, Any]] = field(default_factory=list)
    posture_from: str = "events"          # "fusion" when the store's installations and troop levels were used
    counts: list[dict[str, Any]] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    map_svg: str = ""

    @property
    def title(self) -> str:
        return f"{self.country.name}: {period(self.since, self.until)}"


# -- gathering ---------------------------------------------------------------------------------
def build(store: Any, iso2: str, since: date | None = None, until: date | None = None, top: int = 25,
          today: date | None = None) -> Brief:
    c = country(iso2)
    if c is None:
        raise SitrepError(f"unknown country {iso2!r}")
    evs = [ev for ev in records(store, EventFilter(country=c.iso2, since=since, until=until))
           if not _when(ev)[2] or _in(_when(ev)[0], since, until)]   # undated: first reported in the period
    b = Brief(country=c, since=since, until=until, generated=today or date.today(), events=evs)
    b.developments = _developments(evs, top)
    documents = {s["document"]: s for ev in evs for s in ev.get("sources") or [] if s.get("document") is not None}
    b.installations, b.troops, b.posture_from = _posture(store, c.iso2, evs, since, until, documents)
    b.counts = _counts(evs)
    docs = {s.get("document") or s.get("doc_key") or s.get("url") for ev in evs for s in ev.get("sources") or []}
    b.totals = {"events": len(evs), "reports": len(docs - {None}),
                "outlets": len({o.lower() for ev in evs for o in outlets(ev)}),
                "developments": len(b.developments)}
    b.map_svg = render_map(c.iso2, _map_points(evs, b.developments), title=f"Events in {b.title}")
    return b


def significance(ev: dict[str, Any]) -> float:
    """How much an event matters to a reader of the brief: corroboration, casualties, posture."""
    q = ev.get("quantities") or {}
    score = math.log2(1 + (ev.get("report_count") or 1)) + math.log2(1 + (ev.get("outlet_count") or 0))
    score += 1.5 * math.log2(1 + float(q.get("fatalities") or 0)) + 0.5 * math.log2(1 + float(q.get("injured") or 0))
    if ev.get("type") in POSTURE_KINDS:
        score += 1.5 + (0.5 if q.get("personnel") else 0)
    if (ev.get("location") or {}).get("kind") == "installation":
        score += 0.5
    if ev.get("type") in ("statement", "diplomacy"):
        score -= 1.0
    s, e, reported = _when(ev)
    if reported or (s and e and (e - s).days > 31):
        score -= 1.0                     # undated, or dated only to a season or a year
    modality = ev.get("modality") or "asserted"
    score -= {"asserted": 0.0, "planned": 0.5, "denied": 1.0, "hypothetical": 2.0}.get(modality, 1.0)
    return score + float(ev.get("confidence") or 0.5)


def _when(ev: dict[str, Any]) -> tuple[date | None, date | None, bool]:
    """The event's days, else its first report's day (reported=True)."""
    d = ev.get("date") or {}
    s, e = _day(d.get("start")), _day(d.get("end") or d.get("start"))
    if s:
        return s, e or s, False
    pub = min((p for p in (_day(x.get("published")) for x in ev.get("sources") or []) if p), default=None)
    return pub, pub, True


def _developments(evs: list[dict[str, Any]], top: int) -> list[dict[str, Any]]:
    chosen = sorted(evs, key=lambda e: (-significance(e), e.get("id") or 0))[:max(0, top)]
    chosen.sort(key=lambda e: (_when(e)[0] or date.max, _when(e)[1] or date.max, e.get("id") or 0))
    out = []
    for n, ev in enumerate(chosen, 1):
        s, e, reported = _when(ev)
        loc = ev.get("location") or {}
        place = loc.get("name") or ""
        if loc.get("admin1") and loc.get("admin1") not in place:
            place = f"{place} ({loc['admin1']})" if place else loc["admin1"]
        who = ", ".join(ev.get("actors") or [])
        if ev.get("targets"):
            who += (" → " if who else "against ") + ", ".join(ev["targets"])
        out.append({
            "who": who, "n": n, "id": ev.get("id"), "type": ev.get("type"), "kind": kind_label(ev.get("type")),
            "group": GROUPS.get(ev.get("type") or "", "other"),
            "when": (span(s, e) + (" (reported)" if reported else "")) if s else "undated",
            "modality": ev.get("modality") or "asserted", "place": place,
            "actors": list(ev.get("actors") or []), "targets": list(ev.get("targets") or []),
            "numbers": _numbers(ev), "evidence": _shorten(ev.get("evidence") or ""),
            "sources": _source_links(ev), "report_count": ev.get("report_count") or 0,
            "outlet_count": ev.get("outlet_count") or 0, "conflicts": _conflicts(ev),
        })
    return out


def _shorten(text: str, limit: int = 320) -> str:
    """The evidence on one line, cut at a word near `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > limit // 2 else limit].rstrip(" ,;:…") + " …"


def _numbers(ev: dict[str, Any]) -> list[str]:
    q, quals = ev.get("quantities") or {}, ev.get("qualifiers") or {}
    out = []
    for k, v in q.items():
        qual = {"approximate": "about ", "minimum": "at least ", "maximum": "up to "}.get(quals.get(k, ""), "")
        num = f"{float(v):,.0f}" if float(v).is_integer() else f"{float(v):,.1f}"
        word = _NUMBER_WORDS.get(k, k.replace("_", " "))
        out.append(f"{qual}US${num}" if k == "money_usd" else f"{qual}{num} {word}")
    return out


def _conflicts(ev: dict[str, Any]) -> list[str]:
    """Where the reports disagree (figures, dates, places), as the fusion kept it."""
    out = []
    for key, v in (ev.get("values") or {}).items():
        reported = v.get("reported") or []
        if len(reported) < 2:
            continue
        def show(x):
            val = x.get("value")
            if isinstance(val, dict):
                val = span(_day(val.get("start")), _day(val.get("end")))
            n = x.get("reports") or len(x.get("sources") or [])
            return f"{val} ({n} report{'s' if n != 1 else ''})"
        out.append(f"{key.replace('_', ' ')}: " + ", ".join(show(x) for x in reported)
                   + (f"; {v['reason']}" if v.get("reason") else ""))
    return out


def _source_links(ev: dict[str, Any], documents: dict[Any, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """One link per outlet (its first report); a report with no outlet goes by its site or its file.
    `documents` (document id -> a fuller source) fills in sources that give only a document id."""
    seen: dict[str, dict[str, Any]] = {}
    for s in ev.get("sources") or []:
        if documents and s.get("document") in documents:
            s = {**documents[s["document"]], **{k: v for k, v in s.items() if v}}
        name = ((s.get("outlet") or "").strip() or (urlparse(s.get("url") or "").hostname or "").removeprefix("www.")
                or (s.get("doc_key") or "").replace("\\", "/").rsplit("/", 1)[-1]
                or (f"document {s['document']}" if s.get("document") is not None else "report"))
        key = name.lower()
        if key in seen:
            seen[key]["reports"] += 1
            continue
        seen[key] = {"name": name, "url": s.get("url") or None, "published": s.get("published"), "reports": 1}
    return list(seen.values())


def _counts(evs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by: dict[str, dict[str, Any]] = defaultdict(lambda: {"events": 0, "reports": 0, "fatalities": 0})
    for ev in evs:
        c = by[ev.get("type") or "?"]
        c["events"] += 1
        c["reports"] += ev.get("report_count") or 0
        c["fatalities"] += int(round(float((ev.get("quantities") or {}).get("fatalities") or 0)))
    return [{"type": k, "kind": kind_label(k), **v}
            for k, v in sorted(by.items(), key=lambda kv: (-kv[1]["events"], kv[0]))]


def _map_points(evs: list[dict[str, Any]], devs: list[dict[str, Any]]) -> list[MapPoint]:
    """One point per place: its weight the reports there, its colour the commonest kind group."""
    numbered = {d["id"]: d["n"] for d in devs}
    places: dict[tuple[float, float], dict[str, Any]] = {}
    for ev in evs:
        loc = ev.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None or loc.get("kind") == "country":
            continue
        key = (round(float(loc["lat"]), 2), round(float(loc["lon"]), 2))
        p = places.setdefault(key, {"name": loc.get("name") or "", "reports": 0, "groups": Counter(), "n": []})
        p["reports"] += ev.get("report_count") or 1
        p["groups"][GROUPS.get(ev.get("type") or "", "other")] += 1
        if ev.get("id") in numbered:
            p["n"].append(numbered[ev["id"]])
    ranked = sorted(places.items(), key=lambda kv: -kv[1]["reports"])
    out = []
    for i, ((lat, lon), p) in enumerate(ranked):
        nums = ",".join(str(n) for n in sorted(p["n"]))
        label = (f"{p['name']} [{nums}]" if nums else p["name"]) if i < 12 or nums else ""
        out.append(MapPoint(lat=lat, lon=lon, label=label, group=p["groups"].most_common(1)[0][0],
                            weight=float(p["reports"])))
    return out


# -- posture -----------------------------------------------------------------------------------
def _in(d: date | None, since: date | None, until: date | None) -> bool:
    return d is not None and (since is None or d >= since) and (until is None or d <= until)


def _posture(store: Any, iso2: str, evs: list[dict[str, Any]], since: date | None, until: date | None,
             documents: dict[Any, dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str]:
    posture = getattr(store, "posture", None)
    levels = getattr(store, "troop_levels", None)
    if callable(posture) and callable(levels):
        try:
            return (_installations_from_store(posture(), iso2, since, until, documents),
                    _troops_from_store(levels(iso2), since, until, documents), "fusion")
        except Exception as e:          # noqa: BLE001 - the brief still has the events' own posture
            print(f"sitrep brief: the store's posture could not be read ({e}); "
                  "using the posture events instead", file=sys.stderr)
    return _installations_from_events(evs), _troops_from_events(evs), "events"


def _status(status: str | None, holder: str | None) -> str:
    status = status or "unknown"
    return {"handed over": f"handed over to {holder}" if holder else "handed over",
            "active": f"held by {holder}" if holder else "active"}.get(status, status)


def _installations_from_store(insts: list[dict[str, Any]], iso2: str, since: date | None, until: date | None,
                              documents: dict[Any, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for inst in insts:
        if (inst.get("country") or "").upper() != iso2:
            continue
        spans = [dict(s, _start=_day(s.get("start")), _end=_day(s.get("end"))) for s in inst.get("timeline") or []]
        live = [s for s in spans if (until is None or s["_start"] is None or s["_start"] <= until)
                and (since is None or s["_end"] is None or s["_end"] >= since)]
        if not live:
            continue
        state = live[-1]
        changes = [s for s in live if _in(s["_start"], since, until)]
        srcs = [x for s in (changes or [state]) for x in s.get("sources") or []]
        out.append({
            "name": inst.get("name"), "status": _status(state.get("status"), state.get("holder")),
            "holder": state.get("holder"), "occupants": list(state.get("occupants") or []),
            "since": span(state["_start"], state["_start"]) if state["_start"] else "",
            "personnel": state.get("personnel"),
            "changes": [f"{span(s['_start'], s['_start'])}: {_status(s.get('status'), s.get('holder'))}"
                        + (f", {s['personnel']:,} personnel" if isinstance(s.get("personnel"), (int, float)) else "")
                        for s in changes],
            "sources": _source_links({"sources": srcs}, documents),
        })
    out.sort(key=lambda r: (not r["changes"], r["name"] or ""))
    return out


def _troops_from_store(groups: list[dict[str, Any]], since: date | None, until: date | None,
                       documents: dict[Any, dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for g in groups:
        series = g.get("series") or []
        inside = [x for x in series if _in(_day(x.get("date")), since, until)]
        before = [x for x in series if since and _day(x.get("date")) and _day(x["date"]) < since]
        shown = ([dict(before[-1], _before=True)] if before else []) + inside
        for x in shown:
            d = _day(x.get("date"))
            rows.append({"date": span(d, d) + (" (before the period)" if x.get("_before") else ""),
                         "_d": d, "force": g.get("force"), "kind": kind_label(x.get("type")),
                         "change": _signed(x.get("change")), "level": _fmt(x.get("level")),
                         "sources": _source_links(x, documents)})
    rows.sort(key=lambda r: (r["_d"] or date.min, r["force"] or ""))
    return rows


def _installations_from_events(evs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in evs:
        loc = ev.get("location") or {}
        if ev.get("type") in POSTURE_KINDS and loc.get("kind") == "installation" and loc.get("name"):
            by[loc["name"]].append(ev)
    out = []
    for name, items in by.items():
        items.sort(key=lambda e: _when(e)[0] or date.min)
        changes, state = [], {"status": None, "holder": None, "since": "", "personnel": None}
        for ev in items:
            s = _when(ev)[0]
            actors, targets = ev.get("actors") or [], ev.get("targets") or []
            n = (ev.get("quantities") or {}).get("personnel")
            kind = ev["type"]
            status = {"handover": "handed over", "withdrawal": "left", "deployment": "active",
                      "troop_level": "active"}[kind]
            holder = (targets[0] if targets else None) if kind == "handover" else (actors[0] if actors else None)
            text = {"handover": _status("handed over", holder),
                    "withdrawal": f"{actors[0]} left" if actors else "withdrawal",
                    "deployment": f"{actors[0]} deployed" if actors else "deployment",
                    "troop_level": f"{actors[0]} present" if actors else "troop level"}[kind]
            if ev.get("modality") not in (None, "asserted"):
                text += f" ({ev['modality']})"
            elif kind != "withdrawal":
                state = {"status": _status(status, holder), "holder": holder, "since": span(s, s) if s else "",
                         "personnel": n}
            else:
                state = {"status": "left by " + (actors[0] if actors else "its forces"), "holder": None,
                         "since": span(s, s) if s else "", "personnel": None}
            changes.append(f"{span(s, s) if s else 'undated'}: {text}" + (f", {_fmt(n)} personnel" if n else ""))
        out.append({"name": name, "status": state["status"] or "unknown", "holder": state["holder"],
                    "occupants": [], "since": state["since"], "personnel": state["personnel"], "changes": changes,
                    "sources": _source_links({"sources": [s for e in items for s in e.get("sources") or []]})})
    return sorted(out, key=lambda r: r["name"])


def _troops_from_events(evs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for ev in evs:
        n = (ev.get("quantities") or {}).get("personnel")
        if ev.get("type") not in ("deployment", "withdrawal", "troop_level") or n is None:
            continue
        s = _when(ev)[0]
        sign = {"deployment": 1, "withdrawal": -1}.get(ev["type"])
        rows.append({"date": span(s, s) if s else "undated", "_d": s,
                     "force": (ev.get("actors") or ["?"])[0],
                     "kind": kind_label(ev["type"]) + ("" if ev.get("modality") in (None, "asserted")
                                                       else f" ({ev['modality']})"),
                     "change": _signed(sign * n) if sign else "", "level": _fmt(n) if not sign else "",
                     "sources": _source_links(ev)})
    rows.sort(key=lambda r: (r["_d"] or date.min, r["force"]))
    return rows


# -- rendering ---------------------------------------------------------------------------------
def _env(autoescape: bool):
    import jinja2
    env = jinja2.Environment(loader=jinja2.PackageLoader("sitrep", "data"), autoescape=autoescape,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["cell"] = lambda v: _md(v).replace("\n", " ")
    env.filters["num"] = _fmt
    env.filters["md"] = _md
    return env


def _context(b: Brief) -> dict[str, Any]:
    return {"b": b, "title": b.title, "period": period(b.since, b.until), "generated": span(b.generated, b.generated)}


def to_markdown(b: Brief, map_src: str | None = None) -> str:
    """The brief in Markdown; the map is linked from `map_src` (default: embedded as a data: URI)."""
    if map_src is None:
        map_src = "data:image/svg+xml;base64," + base64.b64encode(b.map_svg.encode("utf-8")).decode("ascii")
    return _env(False).get_template("brief.md.j2").render(**_context(b), map_src=map_src)


def to_html(b: Brief) -> str:
    """A standalone HTML page (styles and the map inline), for a browser or for print."""
    from markupsafe import Markup
    css = resources.files("sitrep.data").joinpath("brief.css").read_text("utf-8")
    return _env(True).get_template("brief.html.j2").render(**_context(b), css=Markup(css), map_svg=Markup(b.map_svg))


def pdf_unavailable() -> str | None:
    """Why a PDF cannot be made here, or None when it can."""
    try:
        import weasyprint  # noqa: F401
    except ImportError as e:
        return (f"--format pdf needs WeasyPrint, which is not installed ({e}): "
                "pip install 'weasyprint==70.0' (or pip install -e . in the sitrep folder)")
    except OSError as e:
        return (f"--format pdf needs WeasyPrint's system libraries, which could not be loaded ({e}): "
                "on Debian/Ubuntu, apt-get install -y libpango-1.0-0 libpangoft2-1.0-0")
    return None


def to_pdf(b: Brief) -> bytes:
    problem = pdf_unavailable()
    if problem:
        raise SitrepError(problem)
    import logging

    import weasyprint
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    return weasyprint.HTML(string=to_html(b)).write_pdf()


def default_name(b: Brief, ext: str) -> str:
    return f"brief-{b.country.iso2}-{b.since or 'start'}-{b.until or 'latest'}.{ext}"


def write(b: Brief, format: str, output: Path | str | None = None) -> list[Path]:
    """Write the brief (to standard output when `output` is None, except PDF); returns the files."""
    if format not in FORMATS:
        raise SitrepError(f"unknown brief format {format!r} (md, html or pdf)")
    out = Path(output) if output is not None else None
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
    if format == "pdf":
        data = to_pdf(b)
        out = out or Path(default_name(b, "pdf"))
        out.write_bytes(data)
        return [out]
    if format == "html":
        text = to_html(b)
        written = []
    else:
        if out is not None:
            map_path = out.with_name(out.stem + ".map.svg")
            map_path.write_text(b.map_svg, encoding="utf-8")
            text, written = to_markdown(b, map_src=map_path.name), [map_path]
        else:
            text, written = to_markdown(b), []
    if out is None:
        sys.stdout.write(text)
        return []
    out.write_text(text, encoding="utf-8")
    return [out] + written


# -- words -------------------------------------------------------------------------------------
def kind_label(kind: str | None) -> str:
    return (kind or "event").replace("_", " ").capitalize()


def span(s: date | None, e: date | None) -> str:
    """'29 Mar 2020', '23–29 Mar 2020', '28 Feb – 2 Mar 2020', '30 Dec 2019 – 2 Jan 2020'."""
    if s is None:
        return ""
    e = e or s
    if e == s:
        return f"{s.day} {_MONTHS[s.month - 1]} {s.year}"
    if (s.year, s.month) == (e.year, e.month):
        return f"{s.day}–{e.day} {_MONTHS[s.month - 1]} {s.year}"
    if s.year == e.year:
        return f"{s.day} {_MONTHS[s.month - 1]} – {e.day} {_MONTHS[e.month - 1]} {e.year}"
    return f"{span(s, s)} – {span(e, e)}"


def period(since: date | None, until: date | None) -> str:
    if since and until:
        return span(since, until)
    if since:
        return f"since {span(since, since)}"
    if until:
        return f"until {span(until, until)}"
    return "all reports"


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|"})


def _md(v: Any) -> str:
    """Text for Markdown: the characters that would start emphasis, links, HTML or cells escaped."""
    return "" if v is None else str(v).translate(_MD_SPECIAL)


def _fmt(v: Any) -> str:
    if v is None or v == "":
        return ""
    try:
        f = float(v)
    except (TypeError, ValueError):
        return str(v)
    return f"{f:,.0f}" if f.is_integer() else f"{f:,.1f}"


def _signed(v: Any) -> str:
    if v is None:
        return ""
    f = float(v)
    return ("+" if f > 0 else "−" if f < 0 else "") + _fmt(abs(f))


def _day(v: Any) -> date | None:
    if not v:
        return None
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None
