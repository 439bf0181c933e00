"""WARC files (.warc, .warc.gz), as crawlers and news crawls write them: each HTML response is an article."""
from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from sitrep.errors import InputError
from sitrep.model import RawArticle
from sitrep.readers.html import decode_html


def read_warc(source: str, fh: BinaryIO, max_bytes: int) -> Iterator[RawArticle | InputError]:
    """Each HTML response of the archive, streamed; a page over the limit is reported and skipped."""
    # warcio (and the fsspec it brings) is imported here, when a WARC file is read, not at every start-up
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    found = 0
    try:
        for rec in ArchiveIterator(fh):
            if rec.rec_type != "response" or not rec.http_headers:
                continue
            ctype = rec.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            found += 1
            where = url or f"{source}#{found}"
            body = rec.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield InputError(where, f"page too large (over {max_bytes / 1e6:.0f} MB)")
                continue
            try:
                html = decode_html(where, body)
            except InputError as e:
                yield e
                continue
            # The crawl date is a fallback only: the page's own metadata comes first.
            yield RawArticle(source=where, id=where, html=html, url=url,
                             crawled=rec.rec_headers.get_header("WARC-Date"))
    except ArchiveLoadFailed as e:
        raise InputError(source, f"not a readable WARC file ({e})") from None
    if not found:
        yield InputError(source, "a WARC file with no HTML responses")
