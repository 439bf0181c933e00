"""JSONL: one article a line with `id` and `text` or `html` (../shared/CONTRACT.md)."""
from __future__ import annotations

import json

from sitrep.errors import InputError
from sitrep.model import RawArticle
from sitrep.readers._bytes import decode_utf8


def read_jsonl(source: str, data: bytes) -> list[RawArticle | InputError]:
    out: list[RawArticle | InputError] = []
    for n, line in enumerate(decode_utf8(source, data).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            out.append(InputError(where, f"broken JSON ({e.msg} at column {e.colno})"))
            continue
        if not isinstance(rec, dict):
            out.append(InputError(where, "a JSONL line must be an object"))
            continue
        text, html = rec.get("text"), rec.get("html")
        if not isinstance(text, str) and not isinstance(html, str):
            out.append(InputError(where, "has neither `text` nor `html`"))
            continue
        out.append(RawArticle(source=rec.get("url") or where, id=str(rec.get("id") or where),
                              text=text if isinstance(text, str) else None,
                              html=html if isinstance(html, str) and not isinstance(text, str) else None,
                              url=rec.get("url"), title=rec.get("title"),
                              published=str(rec["published"]) if rec.get("published") else None,
                              outlet=rec.get("source") or rec.get("outlet"),
                              exact_text=isinstance(text, str)))
    return out
