"""HTML pages: the page is handed on whole; the clean stage extracts its article."""
from __future__ import annotations

import re

from sitrep.errors import InputError
from sitrep.model import RawArticle
from sitrep.readers._bytes import check_not_binary

_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def decode_html(source: str, data: bytes) -> str:
    """The declared charset, else UTF-8; a page that is neither is reported."""
    check_not_binary(source, data)
    m = _CHARSET.search(data[:4096])
    for enc in ([m.group(1).decode("ascii", "ignore")] if m else []) + ["utf-8-sig"]:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputError(source, "not valid UTF-8 and no usable charset declared; re-encode the page as UTF-8")


def read_html(source: str, data: bytes) -> list[RawArticle | InputError]:
    return [RawArticle(source=source, id=source if source != "-" else "stdin", html=decode_html(source, data))]
