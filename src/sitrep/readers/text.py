"""Plain text files: the text is kept as it is, so that offsets index the file."""
from __future__ import annotations

import os

from sitrep.errors import InputError
from sitrep.model import RawArticle
from sitrep.readers._bytes import decode_utf8


def read_text(source: str, data: bytes) -> list[RawArticle | InputError]:
    text = decode_utf8(source, data)
    return [RawArticle(source=source, id=source if source != "-" else "stdin", text=text,
                       title=None if source == "-" else os.path.basename(source))]
