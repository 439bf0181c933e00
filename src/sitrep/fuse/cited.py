"""Outlets and sources a text cites: "This story contains reporting from Al-Jazeera, Stars &
Stripes and Reuters", "according to Iraq's Joint Operations Command", "This report draws on
reporting by Reuters and AFP", "told Reuters", a wire dateline "BAGHDAD (Reuters) -".

`CitedOutlets` is a stage: it reads Document.text, entities and outlet, and writes
Document.cited_outlets (known outlets under their canonical name, others as written; the
document's own outlet is left out). Fusion uses them to tell independent reports from
reports that draw on one another.
"""
from __future__ import annotations

import re
from sitrep.fuse._util import outlet_names, outlet_norm
from sitrep.model import Document

_NAME_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z](?:[\w'’\-/]|\.(?=\w))*|&)"
_CONNECT = r"(?:of|for|and|the|de|al|al-|on|in|&)"
# A proper-noun phrase: capitalised words, joined by a few lower-case connectors.
_PROPER = rf"{_NAME_WORD}(?:\s+(?:{_CONNECT}\s+)*{_NAME_WORD})*"
_REPORTING = re.compile(
    r"(?i:\b(?:additional\s+|further\s+)?reporting\s+(?:from|by)\s+)(?P<list>[^.;:()\n]+)")
_ACCORDING = re.compile(
    r"(?i:\baccording\s+to\s+(?:(?:a|an|the)\s+)?(?:(?:statement|report|reports|figures?|tally|count|data|"
    r"communiqu[eé]|announcement|post)\s+(?:from|by|of|issued\s+by)\s+(?:the\s+)?)?)(?P<name>" + _PROPER + r")")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'\-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\((?P<name>[A-Za-z][\w .&\-]{1,30})\)\s*[-–—]",
                       re.M)
_TOLD = re.compile(r"\b(?:told|said\s+to|speaking\s+to|in\s+an\s+interview\s+with)\s+(?:the\s+)?(?P<name>" + _PROPER + ")")
_REPORTED = re.compile(r"(?P<name>" + _PROPER + r")\s+(?:reported|said\s+in\s+a\s+report|cited)\b")
# Words that end a "reporting by ..." credit naming desks rather than outlets.
_DESK = re.compile(r"\s+(?:bureau|desk|staff|correspondents?|newsroom|team)$", re.I)
_OUTLETISH = re.compile(r"\b(?:news|press|agency|wire|times|post|service|tv|radio|journal|herald|"
                        r"tribune|daily|gazette|observer|broadcasting|network|media|channel)\b", re.I)
_AFTER_OK = {"said", "says", "reported", "reports", "which", "who", "that", "in", "on", "at", "as", "and",
             "of", "to", "for", "with", "from", "by", "while", "but", "after", "before", "told", "cited"}
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)


_norm = outlet_norm


class CitedOutlets:
    reads = ("Document.text", "Document.entities", "Document.outlet")
    writes = ("Document.cited_outlets",)

    def __init__(self, outlets: dict[str, str] | None = None):
        self.outlets = outlets if outlets is not None else outlet_names()

    def __call__(self, doc: Document) -> Document:
        doc.cited_outlets = self.find(doc.text, doc.outlet, doc.entities)
        return doc

    # The one public job, usable without a Document (the store calls it on stored text).
    def find(self, text: str, own: str | None = None, entities=()) -> list[str]:
        orgs = {_norm(e.canonical or e.text) for e in entities or () if e.label in ("ORG", "NORP_ORG", "MEDIA")}
        persons = {_norm(e.canonical or e.text) for e in entities or () if e.label == "PERSON"}
        found: list[str] = []
        low = text.lower()
        for m in _REPORTING.finditer(text) if "reporting" in low else ():
            for part in self._split(m.group("list")):
                name = self._outlet(part, orgs, persons, credit=True)
                if name:
                    found.append(name)
        for m in _ACCORDING.finditer(text) if "according" in low else ():
            name = self._phrase(text, m, orgs, persons)
            if name:
                found.append(name)
        for m in _DATELINE.finditer(text) if "(" in text else ():
            name = self._outlet(m.group("name"), orgs, persons, credit=True)
            if name:
                found.append(name)
        for rx, word in ((_TOLD, ("told", "said to", "speaking to", "interview with")),
                         (_REPORTED, ("reported", "said in a report", "cited"))):
            if not any(w in low for w in word):
                continue
            for m in rx.finditer(text):
                known = self.outlets.get(_norm(m.group("name")))
                if known:
                    found.append(known)
        own_keys = set()
        if own:
            own_keys = {_norm(own), _norm(self.outlets.get(_norm(own), own)),
                        "".join(w[0] for w in _norm(own).split())}      # "Crescent Wire Service" -> "cws"
        out, seen = [], set()
        for name in found:
            k = _norm(name)
            if k in seen or k in own_keys or not k:
                continue
            seen.add(k)
            out.append(name)
        return out

    def _split(self, listing: str) -> list[str]:
        """'Al-Jazeera, Stars & Stripes and Reuters' -> three names; a known name is never split."""
        parts: list[str] = []
        for chunk in re.split(r"[,;]", listing):
            chunk = re.sub(r"^(?:and|&)\s+", "", chunk.strip())
            if not chunk:
                continue
            pieces = re.split(r"\s+(and|&)\s+", chunk)     # names and the separators between them
            i = 0
            while i < len(pieces):
                best, acc, k = None, pieces[i], i
                while k + 2 < len(pieces):
                    acc = f"{acc} {pieces[k + 1]} {pieces[k + 2]}"
                    k += 2
                    if _norm(acc) in self.outlets:
                        best = (acc, k)
                if best:
                    parts.append(best[0])
                    i = best[1] + 2
                else:
                    parts.append(pieces[i])
                    i += 2
        return parts

    def _outlet(self, name: str, orgs: set[str], persons: set[str], credit: bool = False) -> str | None:
        name = _LEADING.sub("", name.strip().strip("\"'“”"))
        name = re.sub(r"\s+(?:in|from|at)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*$", "", name)  # "Reuters in Baghdad"
        name = _DESK.sub("", name)
        k = _norm(name)
        if not k:
            return None
        if k in self.outlets:
            return self.outlets[k]
        if k in persons or not name[:1].isupper():
            return None
        if k in orgs or _OUTLETISH.search(name) or (credit and re.fullmatch(r"[A-Z]{2,6}", name)):
            return name
        return None

    def _phrase(self, text: str, m: re.Match, orgs: set[str], persons: set[str]) -> str | None:
        name = m.group("name").strip()
        # Trim trailing connectors the greedy pattern may have taken ("X and").
        name = re.sub(r"(?:\s+(?:of|for|and|the|de|al|on|in|&))+$", "", name)
        k = _norm(name)
        if k in self.outlets:
            return self.outlets[k]
        if k in persons:
            return None
        after = text[m.start("name") + len(name):m.start("name") + len(name) + 30]
        nxt = re.match(r"\s*([A-Za-z]+)", after)
        if nxt and after[:1].isspace() and nxt.group(1).islower() and nxt.group(1) not in _AFTER_OK:
            return None    # "according to Iraqi officials": a modifier, not a name
        words = [w for w in re.split(r"\s+", name) if w]
        if len(words) < 2 and k not in orgs:
            return None
        return name
