"""Fusion in the store: run on each saved document, inside its transaction.

`Fuser.document_saved(conn, doc_id, data)` finds the document's near-duplicate family
(MinHash bands kept in `document_bands`, so copies are found across ingest runs), groups
the document's events that retell one happening (a headline and its lead: `telling_groups`),
merges each group into the canonical event it tells of (candidates looked up by blocking
key, scored by `match_score`, merged by `merge_mentions`) or starts a new one, lets a
canonical event that became more precise (a day, a base) gather those filed apart while it
was vague, carries the document's links between events to the canonical events, moves a
report told vaguer than its event to another such event it now fits better (`_rehome`: the
same reports make the same events whatever order they came in), and rebuilds the timeline of
every installation those events happened at.

The read side (`list_events`, `installations_at`, `troop_levels`) gives what the CLI
and the API show.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import JSON, Date, String, Text, and_, bindparam, cast, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from sitrep.fuse._util import acting, day, interval, norm_name, precise, span_days
from sitrep.fuse.blocking import DAY_DAYS, block_keys
from sitrep.fuse.cited import CitedOutlets
from sitrep.fuse.connectives import find_links
from sitrep.fuse.kinds import kind_group
from sitrep.fuse.links import carry_links
from sitrep.fuse.match import MERGE_AT, scorer, scoring_form, telling_groups, wording_agreement
from sitrep.fuse.merge import mention_record, mentions_of, merge_mentions
from sitrep.fuse.neardup import NearDuplicates
from sitrep.fuse.posture import _sources as _span_sources
from sitrep.fuse.posture import _when, timeline_after, timeline_and_handers
from sitrep.fuse.prefilter import candidate_test, row_bounds
from sitrep.fuse.sites import POSTURE_KINDS, installation_of, only_attacked_there, place_untold, places_told_with
from sitrep.fuse.troops import troop_levels as _troop_levels
from sitrep.geo import km
from sitrep.store.schema import (filter_conditions, canonical_events, canonical_keys, document_bands, document_fusion, documents,
                                 event_links, events, installation_spans, installations)

FAMILY_BONUS = 0.3          # a copy's event goes with its original's: copies tell the same events
MAX_CANDIDATES = 400        # a lookup never compares with more canonical events than this
FORMS_KEPT = 20_000         # scoring forms a Fuser keeps decoded between documents (~2 KB each)
SAME_SITE_KM = 3.0          # two installation names this close are one installation
LOOSE_PREFIX = "~"          # the keys a canonical event's vaguer reports are filed under (`_rehome`)
MAX_REHOMED = 50            # a report's events re-score the vaguer reports of at most this many other events
REHOME_MARGIN = 0.02        # a vaguer report moves to an event it fits better than its own by more than this


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _main_country(places: list[dict[str, Any]]) -> str | None:
    counts = Counter((p.get("country") or "").upper() for p in places or () if p.get("country"))
    return counts.most_common(1)[0][0] if counts else None


def annotate_sites(data: dict[str, Any]) -> None:
    """Before the events are stored: an event at an installation gets it as its location."""
    for ev in data.get("events") or ():
        site = installation_of(ev, data.get("places") or [])
        if site:
            loc = ev.get("location") or {}
            if loc.get("kind") != "installation":
                ev["location"] = {**loc, **{k: v for k, v in site.items() if v is not None or k not in loc}}


# Statements built once: SQLAlchemy then reuses their compiled form on every document.
_BANDS_LOOKUP = (select(document_bands.c.document_id).where(document_bands.c.band.in_(bindparam("bands", expanding=True)))
                 .distinct().limit(MAX_CANDIDATES))
_SIGNATURES = (select(document_fusion.c.document_id, document_fusion.c.signature, document_fusion.c.family_id)
               .where(document_fusion.c.document_id.in_(bindparam("ids", expanding=True))))
_EVENT_IDS = select(events.c.idx, events.c.id).where(events.c.document_id == bindparam("doc"))
_FAMILY_CANON = (select(events.c.canonical_id)
                 .join(document_fusion, document_fusion.c.document_id == events.c.document_id)
                 .where(document_fusion.c.family_id == bindparam("family"), events.c.canonical_id.is_not(None)))
# what a candidate is scored on: its scoring form, or its whole form where a writer older than
# 0009 left none
_SCORED = func.coalesce(canonical_events.c.match_form, canonical_events.c.data, type_=JSON)
# the same as text, for the candidate rows: a row's form read with it rather than by a second
# statement per report (a report in a big store has candidates; in an empty one, rarely any)
_SCORED_TEXT = cast(func.coalesce(canonical_events.c.match_form, canonical_events.c.data), Text)
# candidates: canonical events filed under any of the lookup keys (an index range scan per key),
# the columns the prefilter reads first (0010: none parsed out of JSON); the scoring form only for
# those that pass `could_match`, the full event only for those a report may join. The rows of
# kinds the report cannot match, and for a dated report those whose days are too far from its
# own, are left unread (`row_bounds`: what the prefilter would refuse first).
_ce = canonical_events.c
# (the kind and the first day as expressions, not columns: the planner must not take the desk's
# indexes that begin with them for a way in, scanning every event of a kind or of a span of days,
# but look the few candidates up by id)
_KIND = func.lower(_ce.type, type_=String)
_START = func.coalesce(_ce.date_start, _ce.date_start)
_CANDIDATES = (select(_ce.id, _ce.type, _ce.modality, _ce.date_start, _ce.date_end, _ce.country, _ce.lat, _ce.lon,
                      _ce.location_name, _ce.location_kind.label("loc_kind"),
                      _ce.location_uncertainty_km.label("loc_unc"), _ce.first_published.label("published"),
                      # (the other places its one report names, if any, as JSON text: match.told_place_scorer)
                      _ce.also_at, _ce.place_untold, _ce.updated_at,
                      # (its scoring form as JSON text, decoded only for a candidate that passes the
                      # first look and whose form is not kept: `_kept_forms`)
                      _SCORED_TEXT.label("form_text"))
               .where(_ce.id.in_(select(canonical_keys.c.canonical_id)
                                 .where(canonical_keys.c.key.in_(bindparam("keys", expanding=True)))
                                 .distinct().limit(MAX_CANDIDATES).scalar_subquery()),
                      _KIND.in_(bindparam("kinds", expanding=True))))
_DATED_CANDIDATES = _CANDIDATES.where(or_(
    _START.is_(None),
    and_(_START <= bindparam("hi", type_=Date),
         or_(_ce.date_end >= bindparam("lo", type_=Date), _START >= bindparam("lo", type_=Date),
             and_(_ce.modality == "planned", or_(_ce.date_end >= bindparam("lo_planned", type_=Date),
                                                 _START >= bindparam("lo_planned", type_=Date)))))))


def _candidates(conn: Connection, ev: dict[str, Any], keys: list[str]) -> list:
    """The rows of the canonical events filed under `keys` that `ev` may match, as far as their
    kinds and days tell (`row_bounds`)."""
    bounds = row_bounds(ev)
    return conn.execute(_DATED_CANDIDATES if "lo" in bounds else _CANDIDATES, dict(bounds, keys=keys)).all()


_BY_IDS = select(canonical_events.c.id, canonical_events.c.data).where(
    canonical_events.c.id.in_(bindparam("ids", expanding=True)))
# the same with each one's mention records as JSON text (decoded only for the one a report joins):
# merging a report into an event then reads no row of its own (a big store merges most reports)
_JOINABLE = select(canonical_events.c.id, canonical_events.c.data,
                   cast(canonical_events.c.mentions, Text).label("records")).where(
    canonical_events.c.id.in_(bindparam("ids", expanding=True)))
_UNREAD = object()      # mention records not read with the event: `_stored_mentions` reads them
# the canonical events whose vaguer reports are filed under any of the keys (`Fuser._rehome`)
_LOOSE_HOLDERS = (select(canonical_keys.c.key, canonical_keys.c.canonical_id)
                  .where(canonical_keys.c.key.in_(bindparam("keys", expanding=True))).limit(MAX_CANDIDATES))
_SCORING_FORMS = select(canonical_events.c.id, canonical_events.c.updated_at, _SCORED).where(
    canonical_events.c.id.in_(bindparam("ids", expanding=True)))
_SET_CANONICAL = update(events).where(events.c.id == bindparam("event_id")).values(canonical_id=bindparam("cid"))
_DELETE_KEYS = delete(canonical_keys).where(canonical_keys.c.canonical_id == bindparam("cid"))
# (the columns set are those of the parameters given: only what changed)
_UPDATE_CANONICAL = update(canonical_events).where(canonical_events.c.id == bindparam("cid"))
# an installation's events, when each was last written; their stored forms, read by id
_INSTALLATION_EVENTS = select(canonical_events.c.id, canonical_events.c.updated_at).where(
    canonical_events.c.installation_id == bindparam("iid"))
_STORED_FORMS = select(canonical_events.c.id, canonical_events.c.updated_at, canonical_events.c.data).where(
    canonical_events.c.id.in_(bindparam("ids", expanding=True)))
# the same for the events of an installation told on or after a day (an undated one counts from its first
# report's day; one with neither is read too): those a timeline resumed from that day replays
_INSTALLATION_EVENTS_FROM = _INSTALLATION_EVENTS.where(or_(
    canonical_events.c.date_start >= bindparam("first", type_=Date),
    and_(canonical_events.c.date_start.is_(None),
         or_(canonical_events.c.first_published.is_(None),
             canonical_events.c.first_published >= bindparam("first", type_=Date)))))
# an installation's stored spans without their sources, in order
_STORED_SPANS = (select(installation_spans.c.seq, installation_spans.c.start, installation_spans.c.end,
                        installation_spans.c.status, installation_spans.c.holder, installation_spans.c.occupants,
                        installation_spans.c.personnel, installation_spans.c.handed_by)
                 .where(installation_spans.c.installation_id == bindparam("iid")).order_by(installation_spans.c.seq))
_DELETE_SPANS = delete(installation_spans).where(installation_spans.c.installation_id == bindparam("iid"))
_DELETE_SPANS_FROM = delete(installation_spans).where(installation_spans.c.installation_id == bindparam("iid"),
                                                     installation_spans.c.seq >= bindparam("seq"))
_TOUCH_INSTALLATION = update(installations).where(installations.c.id == bindparam("iid"))
# a canonical event's mention records (0008): merging a new report reads this one row
_MENTION_RECORDS = select(canonical_events.c.mentions).where(canonical_events.c.id == bindparam("cid"))
_MENTIONS = (select(events.c.id, events.c.data, events.c.document_id, documents.c.doc_key, documents.c.outlet,
                    documents.c.url, documents.c.published, document_fusion.c.family_id,
                    document_fusion.c.duplicate_of, document_fusion.c.cited_outlets)
             .join(documents, documents.c.id == events.c.document_id)
             .outerjoin(document_fusion, document_fusion.c.document_id == events.c.document_id)
             .where(events.c.canonical_id == bindparam("cid")).order_by(events.c.id))


class Fuser:
    def __init__(self):
        self.neardup = NearDuplicates()
        self.cited = CitedOutlets()
        self.counts = Counter()     # events fused, candidates compared, merges: for benchmarks
        # canonical id -> (its updated_at, its scoring form) as last read: `_scoring_forms`
        self._kept_scoring_forms: dict[int, tuple[datetime, dict[str, Any]]] = {}
        # the same for the stored forms of the events at installations: `rebuild_installation`
        self._kept_installation_forms: dict[int, tuple[datetime, dict[str, Any]]] = {}

    # -- near-duplicates ------------------------------------------------------------
    def _family(self, conn: Connection, doc_id: int, text: str) -> tuple[int, int | None, float | None, bytes | None]:
        sig = self.neardup.signature(text)
        if sig is None:
            return doc_id, None, None, None
        bands = list(dict.fromkeys(self.neardup.band_keys(sig)))
        cands = [d for d in conn.execute(_BANDS_LOOKUP, {"bands": bands}).scalars() if d != doc_id]
        best = (doc_id, None, None)
        if cands:
            for row in conn.execute(_SIGNATURES, {"ids": cands}):
                if row.signature is None:
                    continue
                sim = self.neardup.similarity(sig, self.neardup.decode(row.signature))
                if sim >= self.neardup.threshold and (best[2] is None or sim > best[2]):
                    best = (row.family_id, row.document_id, sim)
        conn.execute(insert(document_bands), [{"band": b, "document_id": doc_id} for b in bands])
        return best[0], best[1], best[2], self.neardup.encode(sig)

    # -- the entry point ----------------------------------------------------------------
    def document_saved(self, conn: Connection, doc_id: int, data: dict[str, Any]) -> list[int | None]:
        """Fuse a just-stored document; returns the canonical ids of its events, in order."""
        text = data.get("text") or ""
        cited = list(data.get("cited_outlets") or []) or self.cited.find(text, data.get("outlet"))
        family, dup_of, sim, sig = self._family(conn, doc_id, text)
        conn.execute(insert(document_fusion), {"document_id": doc_id, "signature": sig, "family_id": family,
                                               "duplicate_of": dup_of, "similarity": sim, "cited_outlets": cited})
        evs = data.get("events") or []
        if not evs:
            return []
        ids = dict(conn.execute(_EVENT_IDS, {"doc": doc_id}).all())
        for ev in evs:
            # the other places the event's words name: a report placing it at one of them may be its
            told = places_told_with(ev, data.get("places") or [], text)
            if told:
                ev["_also_at"] = told
            if place_untold(ev, data.get("places") or []):
                ev["_place_untold"] = True
        published = day(data.get("published"))
        hint = _main_country(data.get("places") or [])
        source = {"document": doc_id, "doc_key": data.get("id"), "outlet": data.get("outlet"),
                  "url": data.get("url"), "published": published.isoformat() if published else None,
                  "family": family, "duplicate_of": dup_of, "cited_outlets": cited}

        family_canon: set[int] = set()
        if family != doc_id:    # a copy: its events go with its original's
            family_canon = set(conn.execute(_FAMILY_CANON, {"family": family}).scalars())

        # events of this document that retell one happening (a headline and its lead) go together
        group = telling_groups(evs)
        passed_of, forms = self._candidate_forms(conn, evs, published, hint, family_canon)
        # assign greedily: best pairs first, each canonical event taking at most one happening of
        # this document
        pairs = _scored_pairs(evs, published, passed_of, forms, family_canon)
        # the whole stored form (all the sources) of those this document's events may join or bridge
        joinable = sorted({cid for _, _, cid in pairs})
        cache: dict[int, dict] = {}
        records: dict[int, str | None] = {}     # their mention records as read with them (JSON text)
        for cid, data, recs in (conn.execute(_JOINABLE, {"ids": joinable}) if joinable else ()):
            cache[cid], records[cid] = data, recs
        chosen: dict[int, int] = {}         # group leader -> canonical id
        taken: set[int] = set()
        for s, i, cid in pairs:
            if group[i] not in chosen and cid not in taken:
                chosen[group[i]] = cid
                taken.add(cid)
        self.counts["merged"] += sum(1 for i in range(len(evs)) if group[i] in chosen)

        members: dict[int, list[int]] = {}
        for i in range(len(evs)):
            if ids.get(i) is not None:
                members.setdefault(group[i], []).append(i)
        canon_ids: list[int | None] = [None] * len(evs)
        touched: dict[int, dict] = {}
        assignments = []
        for leader, idx in members.items():
            mentions = [{"event": evs[i], "source": dict(source, event=ids[i]), "hint": hint} for i in idx]
            if leader in chosen:
                cid = chosen[leader]
                touched[cid] = dict(self._refresh(conn, cid, cache[cid], mentions, records[cid]), old=cache[cid])
            else:
                cid, touched_ev = self._create(conn, mentions)
                touched[cid] = touched_ev
            for i in idx:
                assignments.append({"event_id": ids[i], "cid": cid})
                canon_ids[i] = cid
        if assignments:
            conn.execute(_SET_CANONICAL, assignments)
        stale_sites = self._bridge_and_absorb(conn, pairs, group, ids, chosen, taken, touched, cache)

        # links the events stage gave, else those the connectives between two events say
        if not any(ev.get("links") for ev in evs):
            evs = [dict(ev, links=found) for ev, found in zip(evs, find_links(evs))]
        links = carry_links(evs, canon_ids)
        if links:
            conn.execute(insert(event_links), [{"src_id": l["src"], "dst_id": l["dst"], "type": l["type"],
                                                 "days": l["days"], "document_id": doc_id} for l in links])
        self._rehome(conn, doc_id, touched)
        self._posture(conn, touched)
        for iid in stale_sites:
            self.rebuild_installation(conn, iid)
        return canon_ids

    def _candidate_forms(self, conn: Connection, evs: list[dict[str, Any]], published: date | None,
                         hint: str | None, family_canon: set[int]) -> tuple[list[set[int]], dict[int, dict]]:
        """Each event's candidates: those filed under its keys that pass the first look (on their
        rows) and the canonical events of the document's family; and the scoring form of all the
        document's candidates, in one read."""
        passed_of: list[set[int]] = []
        stamps: dict[int, datetime] = {}    # candidate -> when it was last written
        texts: dict[int, str] = {}          # candidate -> its scoring form as its row gave it (JSON text)
        for ev in evs:
            keys = block_keys(ev, published, lookup=True, country_hint=hint)
            rows = _candidates(conn, ev, keys)
            test = candidate_test(ev, published)
            passed = {r.id for r in rows if test(r)}
            for r in rows:
                if r.id in passed:
                    stamps[r.id] = r.updated_at
                    texts[r.id] = r.form_text
            passed_of.append(passed | family_canon)
            self.counts["events"] += 1
            self.counts["candidates"] += len(rows)
            self.counts["compared"] += len(passed_of[-1])
        wanted = sorted(set().union(*passed_of))
        return passed_of, self._scoring_forms(conn, wanted, stamps, texts)

    def _bridge_and_absorb(self, conn: Connection, pairs: list[tuple[float, int, int]], group: list[int],
                           ids: dict[int, int], chosen: dict[int, int], taken: set[int],
                           touched: dict[int, dict], cache: dict[int, dict]) -> set[int]:
        """The canonical events a document's report bridges, joined (see below), and the older
        events a canonical event newly placed more sharply takes in (`_absorb`); `touched` gets
        their new forms. Returns the installations whose timelines are now stale."""
        stale_sites: set[int] = set()
        # a report that matched two canonical events bridges them: once it has joined the one it
        # matched best, the other joins too if it matches what they now make together (so that
        # two events begun apart, e.g. from a plan and from what happened, meet whatever the order)
        bridged: dict[int, set[int]] = {}
        for s, i, other in pairs:
            cid = chosen.get(group[i])
            if cid is not None and other != cid and other not in taken and ids.get(i) is not None:
                bridged.setdefault(cid, set()).add(other)
        joined: set[int] = set()
        for cid, others in sorted(bridged.items()):
            if cid in joined:
                continue
            others -= joined
            data, was, gone = self._join(conn, cid, touched[cid]["data"], [(o, cache[o]) for o in others])
            if data is not None:
                joined |= gone
                touched[cid] = dict(touched[cid], data=data)
                stale_sites |= was
        for cid in [c for c, t in touched.items() if t.get("rekeyed") and _sharper(t.get("old"), t["data"])]:
            data, was, _ = self._absorb(conn, cid, touched[cid]["data"])
            if data is not None:
                # (the absorbed events share no document with it, so none is this document's)
                touched[cid] = dict(touched[cid], data=data)
                stale_sites |= was
        return stale_sites

    def _scoring_forms(self, conn: Connection, ids: list[int], stamps: dict[int, datetime],
                       texts: dict[int, str] | None = None) -> dict[int, dict]:
        """The scoring forms of the canonical events `ids` (`stamps`: when each was last written,
        from the candidate rows; `texts`: the forms as JSON text, from the same rows): in a big
        store the same candidates come back for report after report of a place and week (about
        half of those compared)."""
        return self._kept_forms(conn, self._kept_scoring_forms, _SCORING_FORMS, ids, stamps, texts)

    @staticmethod
    def _kept_forms(conn: Connection, kept: dict[int, tuple[datetime, dict]], statement, ids: list[int],
                    stamps: dict[int, datetime], texts: dict[int, str] | None = None) -> dict[int, dict]:
        """The JSON forms of the canonical events `ids` that `statement` reads (rows of id,
        updated_at, form). A form read before (`kept`, between documents: at most FORMS_KEPT) is
        used again while the event's row says it was last written when it was read (`stamps`),
        rather than read and its JSON decoded again; one the caller read as text with that row
        (`texts`) is decoded from it; only the others are read by `statement`. The forms are only
        read, never changed, by those they are given to."""
        forms: dict[int, dict] = {}
        missing = []
        fresh = []
        for cid in ids:
            found = kept.get(cid)
            if found is not None and stamps.get(cid) is not None and found[0] == stamps[cid]:
                forms[cid] = found[1]
            elif texts and texts.get(cid) is not None:
                fresh.append((cid, stamps[cid], json.loads(texts[cid])))
            else:
                missing.append(cid)
        if missing:
            fresh += conn.execute(statement, {"ids": missing}).all()
        if fresh:
            for cid, written, form in fresh:
                forms[cid] = form
                kept.pop(cid, None)         # re-inserted at the end: the dict's order is the order
                kept[cid] = (written, form)     # of reading, so the trim below drops the least recent
            if len(kept) > FORMS_KEPT:      # the oldest half go
                for cid in list(kept)[:len(kept) // 2]:
                    del kept[cid]
        return forms

    # -- canonical events -----------------------------------------------------------------
    def _row(self, merged: dict[str, Any]) -> dict[str, Any]:
        loc, dt, q = merged.get("location") or {}, merged.get("date") or {}, merged.get("quantities") or {}
        return {"type": merged["type"], "modality": merged["modality"],
                "date_start": day(dt.get("start")), "date_end": day(dt.get("end")),
                "location_name": loc.get("name"), "lat": loc.get("lat"), "lon": loc.get("lon"),
                "country": (loc.get("country") or None), "actors": merged.get("actors") or [],
                "fatalities": q.get("fatalities"), "personnel": q.get("personnel"),
                "report_count": merged["report_count"], "outlet_count": merged["outlet_count"],
                "mention_count": merged["mention_count"], "updated_at": _now(), "data": merged,
                "match_form": scoring_form(merged), **candidate_columns(merged)}

    @staticmethod
    def _keys(merged: dict[str, Any]) -> list[str]:
        f = merged.get("_fuse") or {}
        keys = block_keys(merged, day(f.get("published")), lookup=False, country_hint=f.get("hint"))
        # its vaguer reports (`merge.loose_mentions`) are filed apart too, under LOOSE_PREFIX, by the
        # months and places a canonical event of their own would be ("A" keys): another event told
        # to the day they may fit finds them (`_rehome`)
        for m in f.get("loose") or ():
            keys += [LOOSE_PREFIX + k for k in block_keys(m, day(m.get("published")), lookup=False,
                                                          country_hint=f.get("hint")) if "|A" in k]
        return list(dict.fromkeys(keys))

    @staticmethod
    def _records(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [mention_record(m["source"]["event"], m["event"]) for m in mentions]

    def _create(self, conn: Connection, mentions: list[dict[str, Any]]) -> tuple[int, dict]:
        merged = merge_mentions(mentions)
        row = dict(self._row(merged), mentions=self._records(mentions))
        cid = conn.execute(insert(canonical_events), row).inserted_primary_key[0]
        conn.execute(insert(canonical_keys), [{"key": k, "canonical_id": cid} for k in self._keys(merged)])
        return cid, {"type": row["type"], "data": merged}

    def _stored_mentions(self, conn: Connection, cid: int, data: dict[str, Any], records: Any = _UNREAD
                         ) -> list[dict[str, Any]]:
        """A canonical event's mentions as merging reads them: from its mention records and its
        sources (`data`, its stored form), one row however many reports it has; an event stored
        before the records were kept (0008) has its mentions read back. `records`: the records as
        JSON text, read with `data` in the same transaction since the event was last written."""
        if records is _UNREAD:
            records = conn.execute(_MENTION_RECORDS, {"cid": cid}).scalar()
        elif records is not None:
            records = json.loads(records)
        if records is None:
            return self._mentions(conn, cid)
        return mentions_of(records, data.get("sources") or [])

    def _mentions(self, conn: Connection, cid: int) -> list[dict[str, Any]]:
        return [{"event": r.data, "hint": None,
                 "source": {"document": r.document_id, "doc_key": r.doc_key, "outlet": r.outlet, "url": r.url,
                            "published": r.published.isoformat() if r.published else None,
                            "family": r.family_id if r.family_id is not None else r.document_id,
                            "duplicate_of": r.duplicate_of, "cited_outlets": r.cited_outlets or [],
                            "event": r.id}}
                for r in conn.execute(_MENTIONS, {"cid": cid})]

    def _refresh(self, conn: Connection, cid: int, old: dict[str, Any], joining: list[dict[str, Any]] = (),
                 records: Any = _UNREAD, leaving: frozenset[int] = frozenset()) -> dict:
        """Merge a canonical event's mentions again (with those `joining` it, without those whose
        stored events are `leaving` it); `old` is its stored form, `records` its mention records if
        read with it (`_stored_mentions`)."""
        mentions = self._stored_mentions(conn, cid, old, records)
        if leaving:
            mentions = [m for m in mentions if m["source"]["event"] not in leaving]
        stored = {m["source"]["event"] for m in mentions}
        mentions += [m for m in joining if m["source"]["event"] not in stored]
        mentions.sort(key=lambda m: m["source"]["event"])    # in the order they were stored
        merged = merge_mentions(mentions)
        old_fuse = (old or {}).get("_fuse") or {}
        merged["_fuse"]["hint"] = old_fuse.get("hint") or next((m.get("hint") for m in joining), None)
        row = self._row(merged)
        if old:     # set only what changed: every indexed column set is an index written
            before = self._row(old)
            row = {k: v for k, v in row.items() if k in ("data", "updated_at") or before.get(k) != v}
        conn.execute(_UPDATE_CANONICAL, dict(row, cid=cid, mentions=self._records(mentions)))
        # most reports of a known event leave what its keys are made of as it was: then its keys too
        rekeyed = not old or _key_inputs(old) != _key_inputs(merged)
        if rekeyed:
            new_keys = set(self._keys(merged))
            rekeyed = not old or set(self._keys(old)) != new_keys
        if rekeyed:
            conn.execute(_DELETE_KEYS, {"cid": cid})
            conn.execute(insert(canonical_keys), [{"key": k, "canonical_id": cid} for k in sorted(new_keys)])
        return {"type": merged["type"], "data": merged, "refreshed": True, "rekeyed": rekeyed}

    def _absorb(self, conn: Connection, cid: int, merged: dict[str, Any]
                ) -> tuple[dict | None, set[int], set[int]]:
        """A canonical event that became more precise (a day, a base) may now match others filed
        apart while it was vague: they join it, so that the same reports make the same events
        whichever came first. Returns what `_join` returns."""
        f = merged.get("_fuse") or {}
        published = day(f.get("published"))
        keys = block_keys(merged, published, lookup=True, country_hint=f.get("hint"))
        test = candidate_test(merged, published)
        rows = [r for r in _candidates(conn, merged, keys) if r.id != cid and test(r)]
        if not rows:
            return None, set(), set()
        # (scored first on their scoring forms, as read with their rows or kept: only those that reach
        # the bar are read whole, with all their sources, for `_join`, which scores them so again)
        forms = self._scoring_forms(conn, sorted(r.id for r in rows), {r.id: r.updated_at for r in rows},
                                    {r.id: r.form_text for r in rows})
        score = scorer(merged, published)
        near = sorted(oid for oid, form in forms.items() if (s := score(form)) is not None and s >= MERGE_AT)
        if not near:
            return None, set(), set()
        return self._join(conn, cid, merged, conn.execute(_BY_IDS, {"ids": near}).all())

    def _join(self, conn: Connection, cid: int, merged: dict[str, Any], others
              ) -> tuple[dict | None, set[int], set[int]]:
        """The canonical events `others` ((id, stored form) pairs) that match the canonical event
        `cid` (`merged`, its stored form) join it. Returns its merged form (None if nothing
        joined), the installations whose timelines the events that joined were on, and the ids of
        those events (gone from the store now)."""
        published = day((merged.get("_fuse") or {}).get("published"))
        docs = {x.get("document") for x in merged.get("sources") or ()}
        joining, their_mentions = [], []
        score = scorer(merged, published)
        for oid, data in sorted(others):
            theirs = {x.get("document") for x in data.get("sources") or ()}
            if docs & theirs:
                continue                # a report tells of an event once: two of its events stay two
            s = score(data)
            if s is not None and s >= MERGE_AT:
                joining.append(oid)
                their_mentions += self._stored_mentions(conn, oid, data)
                docs |= theirs
        if not joining:
            return None, set(), set()
        was = set(conn.execute(select(canonical_events.c.installation_id).where(
            canonical_events.c.id.in_(joining), canonical_events.c.installation_id.is_not(None))).scalars())
        conn.execute(update(events).where(events.c.canonical_id.in_(joining)).values(canonical_id=cid))
        conn.execute(update(event_links).where(event_links.c.src_id.in_(joining)).values(src_id=cid))
        conn.execute(update(event_links).where(event_links.c.dst_id.in_(joining)).values(dst_id=cid))
        conn.execute(delete(event_links).where(event_links.c.src_id == event_links.c.dst_id))
        conn.execute(delete(canonical_keys).where(canonical_keys.c.canonical_id.in_(joining)))
        conn.execute(delete(canonical_events).where(canonical_events.c.id.in_(joining)))
        self.counts["absorbed"] += len(joining)
        return self._refresh(conn, cid, merged, their_mentions)["data"], was, set(joining)

    def _rehome(self, conn: Connection, doc_id: int, touched: dict[int, dict]) -> None:
        """A report told vaguer than the event it joined ("rocket fire on Camp Taji in March
        killed ...", in an event told to the day: `merge.loose_mentions`) fits every event of its
        kind and place within its days, and joined the one that was there, or fitted best, when it
        came. When an event it may fit is made or changes (`touched`: this document's), the report
        is scored again against it and against its own event without it, and moves (its document's
        events in its event, with their links) where it now fits better by more than REHOME_MARGIN,
        so that the same reports make the same events whatever order they came in. Bounded: only
        the reports filed under LOOSE_PREFIX keys a touched event looks up, of at most MAX_REHOMED
        events; none of this document (just placed) nor of a document the event already has."""
        lookups: dict[str, list[int]] = {}
        for cid, t in touched.items():
            data = t["data"]
            iv = interval(data)
            if iv is None or span_days(iv) > DAY_DAYS:
                continue                # (only an event told to the day is a sharper home)
            f = data.get("_fuse") or {}
            # (its months, as a report told to within two weeks looks them up, under the months a
            # vaguer report is filed by: `_keys`)
            for k in block_keys(data, day(f.get("published")), lookup=True, country_hint=f.get("hint")):
                if "|M" in k:
                    lookups.setdefault(LOOSE_PREFIX + k.replace("|M", "|A", 1), []).append(cid)
        near: dict[int, set[int]] = {}      # an event holding vaguer reports -> the touched events they may fit
        for key, holder in conn.execute(_LOOSE_HOLDERS, {"keys": list(lookups)}) if lookups else ():
            near.setdefault(holder, set()).update(c for c in lookups[key] if c != holder)
        near = {h: cs for h, cs in near.items() if cs}
        if not near:
            return
        holders = sorted(near)[:MAX_REHOMED]
        docs_of = {cid: {x.get("document") for x in t["data"].get("sources") or ()} for cid, t in touched.items()}
        leaving: dict[int, set[int]] = {}           # event -> the stored events leaving it
        joining: dict[int, list[dict]] = {}         # event -> the mentions joining it
        moved_docs: list[tuple[int, int, int]] = []     # (document, from, to)
        current: dict[int, dict] = {}
        for holder, data, records in conn.execute(_JOINABLE, {"ids": holders}).all():
            current[holder] = data
            loose = {m.get("event") for m in (data.get("_fuse") or {}).get("loose") or ()}
            mentions = self._stored_mentions(conn, holder, data, records)
            by_doc: dict[int, list[dict]] = {}
            for m in mentions:
                by_doc.setdefault(m["source"]["document"], []).append(m)
            for doc, group in sorted(by_doc.items()):
                if doc == doc_id or not all(m["source"]["event"] in loose for m in group):
                    continue
                scorers = [scorer(m["event"], day(m["source"].get("published"))) for m in group]
                # (and as if it named no doer: where one of the two events names none, they are compared
                # on what both tell, not the other's doer against the one the report read)
                doerless = [scorer(dict(m["event"], actors=[]), day(m["source"].get("published"))) for m in group]
                best, best_cid = None, None
                for cid in sorted(near[holder]):
                    if doc in docs_of[cid]:
                        continue
                    s = _best_score(scorers, touched[cid]["data"])
                    if s is not None and s >= MERGE_AT and (best is None or s > best):
                        best, best_cid = s, cid
                if best is None:
                    continue
                gone = leaving.get(holder, set()) | {m["source"]["event"] for m in group}
                rest = [m for m in mentions if m["source"]["event"] not in gone]
                if not rest:
                    continue            # (the whole event fits the other: `_absorb`'s and `_join`'s to say)
                rest_form = merge_mentions(rest)
                if rest_form["type"] != data["type"]:
                    continue            # (its report decides what the event is: no report merely fitting it)
                own = _best_score(scorers, rest_form, 0.0)
                if own is not None and max(wording_agreement(m["event"], touched[best_cid]["data"]) for m in group) \
                        <= max(wording_agreement(m["event"], rest_form) for m in group):
                    continue            # its words must say so too: not only an event that names no doer
                                        # where its own names another than the report read
                if own is not None and not (acting(rest_form) and acting(touched[best_cid]["data"])):
                    best = _best_score(doerless, touched[best_cid]["data"], 0.0)
                    own = _best_score(doerless, rest_form, 0.0)
                    if best is None:
                        continue
                if own is not None and best <= own + REHOME_MARGIN:
                    continue
                leaving[holder] = gone
                joining.setdefault(best_cid, []).extend(group)
                docs_of[best_cid].add(doc)
                moved_docs.append((doc, holder, best_cid))
        if not moved_docs:
            return
        ids = [(m["source"]["event"], cid) for cid, ms in joining.items() for m in ms]
        conn.execute(_SET_CANONICAL, [{"event_id": e, "cid": cid} for e, cid in ids])
        for doc, was, now in moved_docs:
            # (the document's links were carried to the event its events were in: now to the one they are in)
            conn.execute(update(event_links).where(event_links.c.document_id == doc, event_links.c.src_id == was)
                         .values(src_id=now))
            conn.execute(update(event_links).where(event_links.c.document_id == doc, event_links.c.dst_id == was)
                         .values(dst_id=now))
        conn.execute(delete(event_links).where(event_links.c.src_id == event_links.c.dst_id))
        for cid in sorted(set(leaving) | set(joining)):
            old = touched[cid]["data"] if cid in touched else current[cid]
            data = self._refresh(conn, cid, old, joining.get(cid, ()), leaving=frozenset(leaving.get(cid, ())))["data"]
            touched[cid] = dict(touched[cid], data=data) if cid in touched else \
                {"type": data["type"], "data": data, "old": old}
        self.counts["rehomed"] += len(moved_docs)

    # -- posture ------------------------------------------------------------------------
    def _installation(self, conn: Connection, loc: dict[str, Any]) -> int:
        key = norm_name(loc.get("name"))[:200]
        iid = conn.execute(select(installations.c.id).where(installations.c.key == key)).scalar()
        if iid is None and loc.get("lat") is not None and loc.get("lon") is not None:
            d = SAME_SITE_KM / 111.0
            dlon = d / max(0.1, math.cos(math.radians(loc["lat"])))
            for row in conn.execute(select(installations.c.id, installations.c.lat, installations.c.lon)
                                    .where(installations.c.lat.between(loc["lat"] - d, loc["lat"] + d),
                                           installations.c.lon.between(loc["lon"] - dlon, loc["lon"] + dlon))):
                if km(row.lat, row.lon, loc["lat"], loc["lon"]) <= SAME_SITE_KM:
                    iid = row.id
                    break
        if iid is None:
            iid = conn.execute(insert(installations).values(
                key=key, name=loc.get("name"), lat=loc.get("lat"), lon=loc.get("lon"),
                country=loc.get("country"), kind=loc.get("kind") or "installation",
                updated_at=_now())).inserted_primary_key[0]
        return iid

    def _posture(self, conn: Connection, touched: dict[int, dict]) -> None:
        """Attach force-posture events to their installation and rebuild its timeline."""
        def at_base(d):
            loc = (d or {}).get("location") or {}
            return (d or {}).get("type") in POSTURE_KINDS and loc.get("kind") == "installation" and loc.get("name") \
                and not only_attacked_there(d)       # "not related to the rocket attacks on Camp Taji"
        # events that are, or were, at an installation (a refreshed one may have moved)
        here = {cid: at_base(t["data"]) for cid, t in touched.items()}
        relevant = [cid for cid, t in touched.items() if here[cid] or at_base(t.get("old"))]
        if not relevant:
            return
        current = dict(conn.execute(select(canonical_events.c.id, canonical_events.c.installation_id)
                                    .where(canonical_events.c.id.in_(relevant))).all())
        dirty: set[int] = set()
        # for each installation, the first day its timeline may change from (None: from the start)
        since: dict[int, date | None] = {}
        for cid in relevant:
            t = touched[cid]
            iid = self._installation(conn, t["data"]["location"]) if here[cid] else None
            was = current.get(cid)
            whens = [_when(d) for d in (t["data"], t.get("old")) if d]
            first = None if None in whens else min(whens)
            for x in {iid, was} - {None}:
                if x not in since:
                    since[x] = first
                elif since[x] is not None:
                    since[x] = None if first is None else min(since[x], first)
            if iid != was:
                conn.execute(update(canonical_events).where(canonical_events.c.id == cid).values(installation_id=iid))
            elif iid is not None and t.get("old") and t["data"]["type"] in ("deployment", "troop_level") \
                    and (t["data"].get("quantities") or {}).get("personnel") is not None \
                    and _posture_fields(t["old"]) == _posture_fields(t["data"]) \
                    and _when(t["old"]) == _when(t["data"]) \
                    and self._add_sources(conn, iid, cid, t["data"]):
                # another report of an event already on the timeline, on the same day (an undated
                # one counts from its first report's): its spans gain a source (a
                # handover's or withdrawal's reports, a figure read from the wording, or an event after
                # a handover may change the state with their wording: those rebuild the timeline)
                continue
            dirty |= {x for x in (iid, was) if x is not None}
        for iid in dirty:
            self.rebuild_installation(conn, iid, since.get(iid))

    def _add_sources(self, conn: Connection, iid: int, cid: int, data: dict[str, Any]) -> bool:
        """The spans citing the event cite its new report too; False (nothing done) when the
        installation was handed over, where a report's wording may change the timeline."""
        fresh = _span_sources(dict(data, id=cid))
        spans = conn.execute(select(installation_spans.c.id, installation_spans.c.sources, installation_spans.c.status)
                             .where(installation_spans.c.installation_id == iid)).all()
        if any(sp.status == "handed over" for sp in spans):
            return False
        for sp in spans:
            srcs = list(sp.sources or [])
            at = next((i for i, x in enumerate(srcs) if x.get("event") == cid), None)
            if at is not None:
                srcs = [x for x in srcs if x.get("event") != cid]
                srcs[at:at] = fresh
                conn.execute(update(installation_spans).where(installation_spans.c.id == sp.id).values(sources=srcs))
        return True

    def rebuild_installation(self, conn: Connection, iid: int, since: date | None = None) -> None:
        """Work out the installation's timeline again from its events. `since`: no event before
        that day changed (nor came or went), so the states begun before it stand as stored but
        for the last of them (a later event may extend it): only the rest is written again."""
        resumed = self._resumed_timeline(conn, iid, since) if since is not None else None
        if resumed is not None:
            keep, (rest, rest_handers) = resumed
            # (the first `keep` stand as stored)
            spans, handers = [None] * keep + rest, [None] * keep + rest_handers
        else:
            # (its events' stored forms as read for its last rebuild where they have not changed since)
            stamps = dict(conn.execute(_INSTALLATION_EVENTS, {"iid": iid}).all())
            forms = self._kept_forms(conn, self._kept_installation_forms, _STORED_FORMS, sorted(stamps), stamps)
            spans, handers = timeline_and_handers([dict(forms[cid], id=cid) for cid in stamps])
            keep = 0
            if since is not None:
                keep = max(0, sum(1 for sp in spans if day(sp["start"]) < since) - 1)
        if keep:
            conn.execute(_DELETE_SPANS_FROM, {"iid": iid, "seq": keep})
        else:
            conn.execute(_DELETE_SPANS, {"iid": iid})
        if spans[keep:]:
            conn.execute(insert(installation_spans), [
                {"installation_id": iid, "seq": n, "start": day(s["start"]), "end": day(s["end"]),
                 "status": s["status"] or "unknown", "holder": s["holder"], "occupants": s["occupants"],
                 "personnel": s["personnel"], "sources": s["sources"], "handed_by": handers[n]}
                for n, s in enumerate(spans) if n >= keep])
        conn.execute(_TOUCH_INSTALLATION, {"iid": iid, "updated_at": _now()})

    def _resumed_timeline(self, conn: Connection, iid: int, since: date
                          ) -> tuple[int, tuple[list[dict], list[list[str]]]] | None:
        """The installation's timeline from the last stored span begun before `since` (the first
        day an event changed) on, replayed from the state the span before it left over the events
        of that span's first day and after only (`posture.timeline_after`): (that span's seq, (the
        spans from it, the forces that had handed the base over by each one's end)). A base's
        timeline grows with its events (some 40 in a store of 100,000 events), and a report of one
        of them need not read and replay those before. None where the timeline is to be worked out
        whole: nothing stored to resume from before `since`, a span stored before 0011 (without
        the forces that had handed the base over), or the replay would change the span it resumes
        from."""
        stored = conn.execute(_STORED_SPANS, {"iid": iid}).all()
        keep = sum(1 for sp in stored if sp.start is not None and sp.start < since) - 1
        if keep < 1 or [sp.seq for sp in stored[:keep + 1]] != list(range(keep + 1)) \
                or stored[keep - 1].handed_by is None:
            return None
        first, before = stored[keep].start, stored[keep - 1]
        stamps = dict(conn.execute(_INSTALLATION_EVENTS_FROM, {"iid": iid, "first": first}).all())
        forms = self._kept_forms(conn, self._kept_installation_forms, _STORED_FORMS, sorted(stamps), stamps)
        # (an event told before `first` is part of the state resumed from; one of no day is left out anyway)
        evs = [dict(form, id=cid) for cid, form in ((cid, forms[cid]) for cid in stamps)
               if (_when(form) or first) >= first]
        rest = timeline_after({"start": before.start.isoformat(), "end": before.end.isoformat() if before.end else None,
                               "status": before.status, "holder": before.holder, "occupants": before.occupants,
                               "personnel": before.personnel, "handed_by": before.handed_by}, evs)
        return None if rest is None else (keep, rest)


def _best_score(scorers: list, form: dict[str, Any], floor: float = MERGE_AT) -> float | None:
    """The best score of a report's events (`scorers`, one an event) against a canonical event's
    form; None where none scores (below `floor`)."""
    return max((s for s in (score(form, floor) for score in scorers) if s is not None), default=None)


def _sharper(old: dict[str, Any] | None, new: dict[str, Any]) -> bool:
    """Whether a canonical event now says more precisely when or where it happened (a day
    within the month it had, a base where it had a country): only then can it match events
    that, filed under its vaguer keys, were apart from it."""
    if not old:
        return False
    was, now = interval(old), interval(new)
    if now and (not was or span_days(now) < span_days(was)):
        return True
    return precise(new.get("location")) and not precise(old.get("location"))


def _scored_pairs(evs: list[dict[str, Any]], published: date | None, passed_of: list[set[int]],
                  forms: dict[int, dict], family_canon: set[int]) -> list[tuple[float, int, int]]:
    """Every (score, event index, canonical id) of a document's events and their candidates that
    reaches MERGE_AT (a copy's event with its original's by FAMILY_BONUS more), best first."""
    pairs = []
    for i, (ev, passed) in enumerate(zip(evs, passed_of)):
        score = scorer(ev, published)
        for cid in passed:
            bonus = FAMILY_BONUS if cid in family_canon and forms[cid].get("type") == ev.get("type") else 0.0
            s = score(forms[cid], floor=MERGE_AT - bonus)
            if s is None:
                continue
            s += bonus
            if s >= MERGE_AT:
                pairs.append((s, i, cid))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


def candidate_columns(form: dict[str, Any]) -> dict[str, Any]:
    """The columns of a canonical event (its stored or scoring form) that the prefilter reads
    beside kind, modality, days and place (0010): its place's kind and uncertainty, its first
    report's day, the other places its one report names (JSON text, None for none) and whether
    that report never named its place (None unless it did not)."""
    loc, f = form.get("location") or {}, form.get("_fuse") or {}
    also = f.get("also_at")
    return {"location_kind": loc.get("kind"), "location_uncertainty_km": loc.get("uncertainty_km"),
            "first_published": day(f.get("published")),
            "also_at": json.dumps(also) if also is not None else None,
            "place_untold": bool(f["place_untold"]) if f.get("place_untold") is not None else None}


def _key_inputs(d: dict[str, Any]) -> tuple:
    """All that `block_keys` reads of a canonical event (via `Fuser._keys`): equal inputs, equal keys."""
    loc, dt, f = d.get("location") or {}, d.get("date") or {}, d.get("_fuse") or {}
    return (kind_group(d.get("type") or ""), d.get("modality"), dt.get("start"), dt.get("end"), loc.get("country"),
            loc.get("lat"), loc.get("lon"), loc.get("kind"), loc.get("uncertainty_km"), f.get("published"),
            f.get("hint"), tuple((p.get("lat"), p.get("lon")) for p in f.get("also_at") or ()),
            json.dumps(f.get("loose"), sort_keys=True) if f.get("loose") else None)


def _posture_fields(d: dict[str, Any]) -> tuple:
    """What an event's place on an installation's timeline depends on (not its sources)."""
    loc, q = d.get("location") or {}, d.get("quantities") or {}
    return (d.get("type"), d.get("modality"), tuple(sorted((d.get("date") or {}).items())), loc.get("name"),
            tuple(d.get("actors") or ()), tuple(d.get("targets") or ()), q.get("personnel"))


# -- reading ------------------------------------------------------------------------------
def _public(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if not k.startswith("_")}


def list_events(conn: Connection, flt) -> list[dict[str, Any]]:
    """Canonical events in the contract's form plus id, sources, counts, values and links."""
    ce = canonical_events
    q = select(ce.c.id, ce.c.data)
    conds = filter_conditions(ce, flt)
    if conds:
        q = q.where(and_(*conds))
    q = q.order_by(ce.c.date_start.is_(None), ce.c.date_start, ce.c.id)
    out = []
    for row in conn.execute(q):
        ev = _public(row.data)
        if flt.actor and not any(flt.actor.lower() in a.lower() for a in ev.get("actors") or []):
            continue
        loc = ev.get("location") or {}
        if flt.near and loc.get("lat") is not None and km(flt.near[0], flt.near[1], loc["lat"], loc["lon"]) > flt.near[2]:
            continue
        out.append(dict({"id": row.id}, **ev))
    out = out[flt.offset:flt.offset + flt.limit] if flt.limit else out[flt.offset:]
    by_id = {e["id"]: e for e in out}
    for e in out:
        e["links"] = []
    if by_id:
        ids = list(by_id)
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            for l in conn.execute(select(event_links).where(or_(event_links.c.src_id.in_(chunk),
                                                               event_links.c.dst_id.in_(chunk)))):
                for own, other, direction in ((l.src_id, l.dst_id, "out"), (l.dst_id, l.src_id, "in")):
                    e = by_id.get(own)
                    if e is None:
                        continue
                    found = next((x for x in e["links"] if x["event"] == other and x["type"] == l.type
                                  and x["direction"] == direction), None)
                    if found is None:
                        e["links"].append({"type": l.type, "event": other, "direction": direction,
                                           "days": l.days, "sources": [l.document_id]})
                    elif l.document_id not in found["sources"]:
                        found["sources"].append(l.document_id)
    return out


def installations_at(conn: Connection, name: str | None = None, at: date | None = None) -> list[dict[str, Any]]:
    """Installations with their timelines; `at` keeps the state on that day only."""
    q = select(installations).order_by(installations.c.name)
    out = []
    for inst in conn.execute(q).all():
        if name and _letters_and_digits(name) not in _letters_and_digits(inst.name):
            continue        # "K1" finds "K-1 Air Base", "al asad" finds "Ain al-Asad Air Base"
        spans = conn.execute(select(installation_spans).where(installation_spans.c.installation_id == inst.id)
                             .order_by(installation_spans.c.seq)).all()
        timeline = [{"start": s.start.isoformat() if s.start else None, "end": s.end.isoformat() if s.end else None,
                     "status": s.status, "holder": s.holder, "occupants": s.occupants,
                     "personnel": int(s.personnel) if s.personnel is not None and float(s.personnel).is_integer()
                     else s.personnel, "sources": s.sources} for s in spans]
        if at:
            timeline = [t for t in timeline if (t["start"] is None or t["start"] <= at.isoformat())
                        and (t["end"] is None or at.isoformat() <= t["end"])]
            if not timeline:
                continue
        out.append({"id": inst.id, "name": inst.name, "lat": inst.lat, "lon": inst.lon, "country": inst.country,
                    "kind": inst.kind, "timeline": timeline})
    return out


def _letters_and_digits(name: str | None) -> str:
    return "".join(ch for ch in (name or "").lower() if ch.isalnum())


def troop_levels(conn: Connection, country: str | None = None) -> list[dict[str, Any]]:
    ce = canonical_events
    # (a troop level without a figure may give it in its wording: `troops.troop_levels` reads it)
    # (and handovers: after one, the force that handed the base over retold is no arrival there)
    q = select(ce.c.id, ce.c.data).where(ce.c.type.in_(("deployment", "withdrawal", "troop_level", "handover")),
                                         or_(ce.c.personnel.is_not(None), ce.c.type.in_(("troop_level", "handover"))))
    if country:
        q = q.where(func.upper(ce.c.country) == country.upper())
    return _troop_levels([dict(r.data, id=r.id) for r in conn.execute(q)])


def unfused_documents(conn: Connection, limit: int = 500) -> list[int]:
    """Documents stored before fusion existed (under migration 0001), oldest first."""
    return list(conn.execute(select(documents.c.id).outerjoin(document_fusion, document_fusion.c.document_id == documents.c.id)
                             .where(document_fusion.c.document_id.is_(None)).order_by(documents.c.id).limit(limit)).scalars())
