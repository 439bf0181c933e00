"""Clean: RawArticle -> Document (clean text, title, publication date, outlet).

Reads: RawArticle. Writes: Document.text, title, url, outlet, published, language.
Pages go through trafilatura (comments and page furniture excluded); text given as
text keeps its offsets: furniture lines (photo credits, print widgets) are blanked
with spaces of the same length, so every offset still indexes the input. JSONL
`text` is kept exactly, as the contract says.
"""
from __future__ import annotations

import functools
import importlib.util
import re
from datetime import date, datetime
from importlib import resources
from pathlib import Path

from sitrep.errors import InputError
from sitrep.model import Document, RawArticle

_WORD = re.compile(r"[^\W\d_]+", re.U)
# Languages a news crawl commonly mixes in, told apart by their function words (spaCy's
# lists); a text in a non-Latin script is told apart by its letters.
_OTHER_LANGUAGES = ("fr", "de", "es", "pt", "it", "nl", "id", "tr", "pl", "sv", "ro", "ca")


def _spacy_stop_words(code: str) -> set[str]:
    """spaCy's stop words for a language, read from its stop_words module alone: importing
    it the usual way runs the language package first, whose tokenizer exceptions (French
    above all) take about two seconds to compile, for words we never tokenise."""
    import spacy.lang
    path = Path(spacy.lang.__file__).parent / code / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_sitrep_stop_words_{code}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.STOP_WORDS)


@functools.cache
def _stop_words() -> tuple[frozenset[str], frozenset[str]]:
    english = _spacy_stop_words("en")
    other: set[str] = set()
    for code in _OTHER_LANGUAGES:
        other |= _spacy_stop_words(code)
    return frozenset(english), frozenset(other - english)


def detect_language(text: str, sample: int = 400) -> str:
    """'en', or 'other' when the text's letters or function words say it is another language.
    Short texts with no function words at all (headlines) count as English."""
    head = text[:20000]
    letters = [c for c in head if c.isalpha()]
    if not letters:
        return "other"
    if sum("a" <= c <= "z" for c in map(str.lower, letters)) / len(letters) < 0.6:
        return "other"
    english, other = _stop_words()
    # single letters ("Myanmar's", "Mrauk-U") tell nothing about the language
    words = [w.lower() for w in _WORD.findall(head) if len(w) > 1][:sample]
    n_en = sum(w in english for w in words)
    n_other = sum(w in other for w in words)
    return "en" if n_en >= n_other else "other"


NOT_ENGLISH = "not English; sitrep reads events in English reports only"


def _furniture() -> re.Pattern[str]:
    lines = resources.files("sitrep.data").joinpath("furniture.txt").read_text("utf-8").splitlines()
    pats = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
    return re.compile(r"^\s*(?:" + "|".join(pats) + r")\s*$", re.I)


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None


class Cleaner:
    """Turns a RawArticle into a Document, or raises InputError naming the article and the problem."""

    reads = ("RawArticle",)
    writes = ("Document.text", "Document.title", "Document.published", "Document.outlet")

    def __init__(self, min_text_chars: int = 40):
        self.min_text_chars = min_text_chars
        self.furniture = _furniture()

    def blank_furniture(self, text: str) -> str:
        """Replace furniture lines by spaces of the same length: offsets are kept."""
        out = []
        for line in text.splitlines(keepends=True):
            body = line.rstrip("\r\n")
            out.append(" " * len(body) + line[len(body):] if body.strip() and self.furniture.match(body) else line)
        return "".join(out)

    def drop_furniture(self, text: str) -> str:
        return "\n".join(ln for ln in text.splitlines() if not (ln.strip() and self.furniture.match(ln)))

    def __call__(self, raw: RawArticle) -> Document:
        title, outlet, published, url = raw.title, raw.outlet, parse_published(raw.published), raw.url
        if raw.html is not None:
            import trafilatura   # here, not at the top: it costs ~0.3 s to import, and text input never needs it
            extracted = trafilatura.bare_extraction(raw.html, include_comments=False, with_metadata=True,
                                                    favor_precision=True, url=raw.url)
            meta = extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else (extracted or {})
            text = meta.get("text") or _fallback_text(raw.html)
            text = self.drop_furniture(text)
            title = title or meta.get("title")
            outlet = outlet or meta.get("sitename") or meta.get("hostname")
            url = url or meta.get("url")
            published = published or parse_published(meta.get("date")) or parse_published(raw.crawled)
        elif raw.exact_text:
            text = raw.text or ""
        else:
            text = self.blank_furniture(raw.text or "")
        # A page whose extraction leaves a few characters is menu residue, not an article;
        # text given as text is the user's own (a headline, a snippet) and only empty is refused.
        stripped = len(text.strip())
        if not stripped:
            raise InputError(raw.source, "no article text found (empty)")
        if raw.html is not None and stripped < self.min_text_chars:
            raise InputError(raw.source, f"no article text found (only {stripped} characters after extraction)")
        # Another language is not an error of the file: its text is kept, marked, and the
        # English stages skip it; the caller says so to the user (see NOT_ENGLISH).
        language = detect_language(text)
        return Document(id=raw.id or raw.source, source=raw.source, text=text, title=title, url=url,
                        outlet=outlet, published=published, language=language)


def _fallback_text(html: str) -> str:
    """Text of a fragment trafilatura declines (very short pages, feed items)."""
    import lxml.html
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//nav|//footer|//header"):
        bad.drop_tree()
    return "\n".join(p.strip() for p in root.text_content().splitlines() if p.strip())
