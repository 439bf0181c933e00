"""JSONL: one article a line with `id` and `text` or `html` (../shared/CONTRACT.md)."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from sitrep.errors import InputError
from sitrep.model import RawArticle
from sitrep.readers._bytes import decode_utf8


def read_jsonl(source: str, fh: BinaryIO, max_bytes: int) -> Iterator[RawArticle | InputError]:
    """Articles line by line; a bad line is reported with its number and the rest go on."""
    empty = True
    for n, raw in enumerate(_lines(fh, max_bytes), 1):
        if raw is None:
            yield InputError(f"{source}:{n}", f"line too large (over {max_bytes / 1e6:.0f} MB)")
            continue
        if not raw.strip():
            continue
        empty = False
        where = f"{source}:{n}"
        try:
            rec = json.loads(decode_utf8(where, raw))
        except InputError as e:
            yield e
            continue
        except json.JSONDecodeError as e:
            yield InputError(where, f"broken JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(rec, dict):
            yield InputError(where, "a JSONL line must be an object")
            continue
        text, html = rec.get("text"), rec.get("html")
        if not isinstance(text, str) and not isinstance(html, str):
            yield InputError(where, "has neither `text` nor `html`")
            continue
        yield (RawArticle(source=rec.get("url") or where, id=str(rec.get("id") or where),
                              text=text if isinstance(text, str) else None,
                              html=html if isinstance(html, str) and not isinstance(text, str) else None,
                              url=rec.get("url"), title=rec.get("title"),
                              published=str(rec["published"]) if rec.get("published") else None,
                              outlet=rec.get("source") or rec.get("outlet"),
                              exact_text=isinstance(text, str)))
    if empty:
        yield InputError(source, "empty file")


def _lines(fh: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of the file; None for a line over the limit (skipped without holding it in memory)."""
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = fh.readline(max_bytes + 1)
            yield None
            continue
        yield line
