"""RSS and Atom feed files: each item is an article."""
from __future__ import annotations

import time

from sitrep.errors import InputError
from sitrep.model import RawArticle
from sitrep.readers._bytes import check_not_binary


def _iso(struct: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%S", struct) if struct else None


def read_feed(source: str, data: bytes) -> list[RawArticle | InputError]:
    check_not_binary(source, data)
    import feedparser   # here, when a feed is read, not at every start-up
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f"not a readable feed ({feed.bozo_exception})" if feed.bozo else "a feed with no items"
        raise InputError(source, reason)
    outlet = feed.feed.get("title")
    out: list[RawArticle | InputError] = []
    for n, item in enumerate(feed.entries, 1):
        body = (item.get("content") or [{}])[0].get("value") or item.get("summary") or ""
        if not body.strip():
            out.append(InputError(f"{source}#{n}", "feed item without content"))
            continue
        out.append(RawArticle(source=item.get("link") or f"{source}#{n}",
                              id=item.get("id") or item.get("link") or f"{source}#{n}",
                              html=f"<html><head><title>{item.get('title', '')}</title></head>"
                                   f"<body><article>{body}</article></body></html>",
                              url=item.get("link"), title=item.get("title"),
                              published=_iso(item.get("published_parsed") or item.get("updated_parsed")),
                              outlet=outlet))
    return out
