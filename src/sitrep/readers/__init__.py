"""Readers: files, folders, globs and standard input -> RawArticle, or an InputError per bad input.

Each format has one module with one public function taking (source, data: bytes) and
returning a list of RawArticle or InputError; `read_inputs` picks the function by name
or by sniffing the bytes, and never stops the batch for one bad input.
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

READERS = {".html": read_html, ".htm": read_html, ".txt": read_text, ".text": read_text,
           ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".rss": read_feed, ".atom": read_feed,
           ".xml": read_feed, ".warc": read_warc, ".warc.gz": read_warc}


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
                if path.is_file() and _suffix(path.name) in READERS:
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


def _load(source: str, max_bytes: int) -> bytes:
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            size = os.path.getsize(source)
        except OSError as e:
            raise InputError(source, f"cannot be read ({e.strerror or e})") from None
        if size > max_bytes:
            raise InputError(source, f"too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)")
        try:
            with open(source, "rb") as f:
                data = f.read(max_bytes + 1)
        except OSError as e:
            raise InputError(source, f"cannot be read ({e.strerror or e})") from None
    if len(data) > max_bytes:
        raise InputError(source, f"too large (over {max_bytes / 1e6:.0f} MB)")
    if not data.strip():
        raise InputError(source, "empty file")
    return data


def read_inputs(inputs: Iterable[str], max_bytes: int = 20_000_000) -> Iterator[RawArticle | InputError]:
    """Every article of every input, in input order; a bad input yields an InputError and the rest go on."""
    for source in expand(inputs):
        try:
            data = _load(source, max_bytes)
            suffix = "" if source == "-" else _suffix(source)
            if suffix == ".xml" or suffix not in READERS:
                suffix = sniff(data)
            yield from READERS[suffix](source, data)
        except InputError as e:
            yield e
