"""Names of news organisations, which a place stage must never read as places ("BBC" is no
British Columbia, "The New York Times" no New York), from the package's outlets.txt."""
from __future__ import annotations

import re
from importlib import resources


def outlet_spellings() -> list[str]:
    """Every spelling of every outlet in sitrep.data/outlets.txt (one outlet a line, spellings
    separated by " | ", # comments)."""
    text = resources.files("sitrep.data").joinpath("outlets.txt").read_text("utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.extend(s.strip() for s in line.split("|") if s.strip())
    return out


def outlet_pattern(spellings: list[str]) -> re.Pattern | None:
    """One pattern for all spellings, longest first. An acronym ("AP", "BBC") matches only as
    written; other names in any case, "The" optional ("the Washington Post")."""
    parts = []
    for s in sorted(set(spellings), key=len, reverse=True):
        body = re.escape(s).replace(r"\ ", r"\s+")
        if s.isupper():
            parts.append(f"(?-i:{body})")
        else:
            parts.append(body)
    if not parts:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


def outlet_spans(pattern: re.Pattern | None, text: str, own: str | None = None) -> list[tuple[int, int]]:
    """Where the text names an outlet (the known ones, and the document's own `own`)."""
    spans = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
    if own and len(own) >= 3:
        spans.extend(m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(own) + r"(?![\w-])", text))
    return spans
