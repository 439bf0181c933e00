"""The tagger's lexicon, read from package data (sitrep/data/timex.toml) by `load_lexicon()`:
called once, by whoever builds the tagger (the times stage), and passed in from there."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    vague: tuple[str, ...]
    ordinals: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    holidays: dict[str, str]
    present: tuple[str, ...]
    past: tuple[str, ...]
    future: tuple[str, ...]
    not_year_after: frozenset[str]
    future_markers: frozenset[str]
    scheduled_present: frozenset[str] = frozenset()


def load_lexicon(text: str | None = None) -> Lexicon:
    """The lexicon from TOML text, by default the package's sitrep/data/timex.toml."""
    if text is None:
        text = resources.files("sitrep.data").joinpath("timex.toml").read_text("utf-8")
    raw = tomllib.loads(text)
    refs = raw["refs"]
    return Lexicon(months=raw["months"], weekdays=raw["weekdays"], numbers=raw["numbers"],
                   vague=tuple(raw["vague_numbers"]["words"]), ordinals=raw["ordinals"], units=raw["units"],
                   seasons=raw["seasons"], parts_of_day=raw["parts_of_day"], holidays=raw["holidays"],
                   present=tuple(refs["present"]), past=tuple(refs["past"]), future=tuple(refs["future"]),
                   not_year_after=frozenset(raw["not_year_after"]["words"]),
                   future_markers=frozenset(raw["future_markers"]["words"]),
                   scheduled_present=frozenset(raw.get("scheduled_present", {}).get("lemmas", ())))


def alternation(words) -> str:
    """A regex alternation of words (longest first), spaces matching any run of spaces. Words of
    one length are in alphabetical order, so that the pattern is the same in every run (and its
    compiled form can be kept, sitrep.regex_cache); two such words never match the same text."""
    out = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        out.append(r"\s+".join(re.escape(p) for p in w.split()))
    return "(?:" + "|".join(out) + ")"
