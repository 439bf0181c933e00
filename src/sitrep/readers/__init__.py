"""Readers: files, folders, globs and standard input -> RawArticle, or an InputError per bad input.

Each format has one module with one public function returning RawArticle or InputError
items; `read_inputs` picks the function by suffix or by sniffing the first bytes, and
never stops the batch for one bad input.
"""
from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from sitrep.errors import InputError
from sitrep.model import RawArticle
from sitrep.readers.feeds import read_feed
from sitrep.readers.html import read_html
from sitrep.readers.jsonl import read_jsonl
from sitrep.readers.text import read_text
from sitrep.readers.warc import read_warc

# Readers of one article a file (or a small feed): (source, bytes) -> articles.
READERS = {".html": read_html, ".htm": read_html, ".txt": read_text, ".text": read_text,
           ".rss": read_feed, ".atom": read_feed, ".xml": read_feed}
# Readers of containers, streamed: (source, binary file, per-article limit) -> articles.
STREAMED = {".jsonl": read_jsonl, ".ndjson": read_jsonl, ".warc": read_warc, ".warc.gz": read_warc}


def _suffix(name: str) -> str:
    low = name.lower()
    return ".warc.gz" if low.endswith(".warc.gz") else os.path.splitext(low)[1]


def expand(inputs: Iterable[str]) -> Iterator[str]:
    """Folders (recursively, known suffixes only), globs and plain paths, in a stable order."""
    for item in inputs:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            for path in sorted(Path(item).rglob("*")):
                if path.is_file() and (_suffix(path.name) in READERS or _suffix(path.name) in STREAMED):
                    yield str(path)
        elif any(c in item for c in "*?[") and not os.path.exists(item):
            matches = sorted(glob.glob(item, recursive=True))
            yield from matches if matches else [item]
        else:
            yield item


def sniff(data: bytes) -> str:
    """Guess a format from the first bytes, for standard input and unknown suffixes."""
    head = data[:2048].lstrip().lower()
    if data[:2] == b"\x1f\x8b" or head.startswith(b"warc/"):
        return ".warc"
    if head.startswith(b"{"):
        return ".jsonl"
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        return ".rss" if (b"<rss" in head or b"<feed" in head or b"<rdf" in head) else ".html"
    if head.startswith(b"<"):
        return ".html"
    return ".txt"


def _open(source: str):
    if source == "-":
        return sys.stdin.buffer
    try:
        return open(source, "rb")
    except OSError as e:
        raise InputError(source, f"cannot be read ({e.strerror or e})") from None


def _read_one(source: str, fh, max_bytes: int) -> Iterable[RawArticle | InputError]:
    head = fh.peek(4096)[:4096] if hasattr(fh, "peek") else b""
    suffix = "" if source == "-" else _suffix(source)
    if suffix == ".xml" or suffix not in READERS:
        suffix = sniff(head)
    if suffix in STREAMED:
        # Containers (JSONL, WARC) hold many articles: they are streamed, and the
        # size limit applies to each article in them.
        return STREAMED[suffix](source, fh, max_bytes)
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(source, f"too large (over {max_bytes / 1e6:.0f} MB; the limit is set by input.max_bytes)")
    if not data.strip():
        raise InputError(source, "empty file")
    return READERS[suffix](source, data)


def read_inputs(inputs: Iterable[str], max_bytes: int = 20_000_000) -> Iterator[RawArticle | InputError]:
    """Every article of every input, in input order; a bad input yields an InputError and the rest go on."""
    for source in expand(inputs):
        try:
            fh = _open(source)
        except InputError as e:
            yield e
            continue
        try:
            yield from _read_one(source, fh, max_bytes)
        except InputError as e:
            yield e
        finally:
            if fh is not sys.stdin.buffer:
                fh.close()
