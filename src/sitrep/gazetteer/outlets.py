"""Names of news organisations, which a place stage must never read as places ("BBC" is no
British Columbia, "The New York Times" no New York), from the package's outlets.txt."""
from __future__ import annotations

import re
from importlib import resources


def known_outlets() -> list[list[str]]:
    """The outlets of sitrep.data/outlets.txt, each as its spellings, the canonical name first
    (one outlet a line, spellings separated by " | ", # comments)."""
    text = resources.files("sitrep.data").joinpath("outlets.txt").read_text("utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names = [s.strip() for s in line.split("|") if s.strip()]
            if names:
                out.append(names)
    return out


def outlet_spellings() -> list[str]:
    """Every spelling of every known outlet."""
    return [s for names in known_outlets() for s in names]


class OutletNames:
    """Finds outlet names in a text. An acronym ("AP", "BBC") matches only as written; other
    names in any case ("the Washington Post"). Each spelling is looked for with a plain substring
    test first (one regular expression of a hundred alternatives costs a millisecond a document)."""

    def __init__(self, spellings: list[str]):
        self._patterns = []
        for s in sorted(set(spellings), key=len, reverse=True):
            body = re.escape(s).replace(r"\ ", r"\s+")
            flags = 0 if s.isupper() else re.I
            self._patterns.append((s if s.isupper() else s.lower(), s.isupper(),
                                   re.compile(r"(?<![\w-])" + body + r"(?![\w-])", flags)))

    def spans(self, text: str, own: str | None = None) -> list[tuple[int, int]]:
        """Where the text names an outlet (the known ones, and the document's own `own`)."""
        lower = text.lower()
        out = []
        for probe, exact, pattern in self._patterns:
            if probe in (text if exact else lower):
                out.extend(m.span() for m in pattern.finditer(text))
        if own and len(own) >= 3:
            out.extend(m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(own) + r"(?![\w-])", text))
        return out
