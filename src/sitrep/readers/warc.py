"""WARC files (.warc, .warc.gz), as crawlers and news crawls write them: each HTML response is an article."""
from __future__ import annotations

import io

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from sitrep.errors import InputError
from sitrep.model import RawArticle
from sitrep.readers.html import decode_html


def read_warc(source: str, data: bytes) -> list[RawArticle | InputError]:
    out: list[RawArticle | InputError] = []
    try:
        for rec in ArchiveIterator(io.BytesIO(data)):
            if rec.rec_type != "response" or not rec.http_headers:
                continue
            ctype = rec.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            where = url or f"{source}#{len(out) + 1}"
            try:
                html = decode_html(where, rec.content_stream().read())
            except InputError as e:
                out.append(e)
                continue
            # The crawl date is a fallback only: the page's own metadata comes first.
            out.append(RawArticle(source=where, id=where, html=html, url=url,
                                  crawled=rec.rec_headers.get_header("WARC-Date")))
    except ArchiveLoadFailed as e:
        raise InputError(source, f"not a readable WARC file ({e})") from None
    if not out:
        raise InputError(source, "a WARC file with no HTML responses")
    return out
