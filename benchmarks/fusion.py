"""Cross-document fusion on the team's examples, scored with B-cubed against the gold clusters.

    python benchmarks/fusion.py [--verbose] [--digest] [--orders N]

Three runs, each into a fresh temporary store:

- end to end: every example goes through the pipeline (`sitrep ingest`'s path) and the
  store fuses the events the events stage found. Each gold mention (a document and a
  phrase of the sentence reporting the event, benchmarks/data/fusion_gold.json) is mapped
  to a stored event as said below; a gold mention mapped to none counts as a cluster of
  its own (so extraction misses lower recall), and `mapped` says how many were found.
- gold mentions: the same documents (their text as the pipeline cleaned it, so near-
  duplicate detection and cited outlets work as in ingest) but with the gold events of
  benchmarks/data/examples_gold.json in place of the extracted ones, so the figure
  measures fusion alone.
- held-out, end to end: as the first, on benchmarks/data/fusion_heldout (16 short reports of
  our own writing, as from several outlets, on three stories outside Iraq; gold clusters written
  before the system was first run on them, and nothing tuned on them).

Mapping a gold mention to a stored event: among the stored events of its document whose evidence
covers its phrase (one of the sentences its evidence joins; not a sentence between two of them), the one whose trigger word is inside the phrase (preferring one whose date
agrees with the gold date, then the gold kind or a compatible one); failing that, one of the gold
kind or a compatible kind whose date agrees with the gold date (within the days two reports of
that kind may differ); failing that, none. So an event the extractor read from another clause of
the same sentence (another happening) is not credited to the mention, and a mention the extractor
missed is a cluster of its own.

`--orders N` also runs the end-to-end case in N shuffled orders of the examples (seeds 0..N-1)
and prints each order's precision and F1, their mean and the lowest: fusion should not depend
on the order reports arrive in, and what extraction noise lets it depend on shows there.

`--digest` also prints, for each run, a hash of what fusion made (canonical events with their
sources, counts, values and links; installation timelines; troop levels; each mention's
canonical event): a change meant to leave fusion's results as they were must leave it as it was
(on the same extraction: the end-to-end runs also change when the events stage does).

B-cubed over the gold mentions: for each, precision is the share of its system cluster
that is in its gold cluster, recall the share of its gold cluster that is in its system
cluster; both averaged, F1 their harmonic mean.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
import tempfile
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GOLD = ROOT / "benchmarks" / "data" / "fusion_gold.json"
EVENTS_GOLD = ROOT / "benchmarks" / "data" / "examples_gold.json"
HELDOUT_REPORTS = ROOT / "benchmarks" / "data" / "fusion_heldout" / "reports.jsonl"
HELDOUT_GOLD = ROOT / "benchmarks" / "data" / "fusion_heldout" / "gold.json"
sys.path.insert(0, str(ROOT / "src"))

from sitrep.errors import InputError  # noqa: E402
from sitrep.fuse.blocking import tolerance  # noqa: E402
from sitrep.fuse.kinds import kind_compatibility  # noqa: E402
from sitrep.model import Document, Event, EventDate, Location  # noqa: E402
from sitrep.store import Store  # noqa: E402

_INSTALLATION = re.compile(r"\b(?:air ?base|base|camp|airfield|airport|embassy|outpost|facility|green zone)\b", re.I)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(s or "")).strip().lower()


def _key(doc_id: str) -> str:
    """A gold mention's document: the JSONL id / RSS guid, or the example's file name."""
    return Path(doc_id).name if ("/" in doc_id or doc_id.endswith((".html", ".txt"))) else doc_id


def _gold_key(m: dict) -> str:
    return m.get("id") or Path(m["file"]).name


def process_examples(inputs: list[str] | None = None) -> list[Document]:
    from sitrep.pipeline import build_pipeline
    from sitrep.readers import read_inputs
    from sitrep.settings import load_settings
    settings = load_settings(env={})
    pipeline = build_pipeline(settings)
    if inputs is None:
        inputs = sorted(str(p) for p in EXAMPLES.iterdir() if p.suffix in (".html", ".txt", ".jsonl", ".rss"))
    docs = []
    for item in pipeline.run(read_inputs(inputs, settings.max_bytes)):
        if isinstance(item, InputError):
            print(f"skipped {item.source}: {item.reason}", file=sys.stderr)
        else:
            docs.append(item)
    return docs


def _phrase_span(doc: Document, phrase: str) -> tuple[int, int] | None:
    text = doc.text
    words = [re.escape(w) for w in html.unescape(phrase).split()]
    m = re.search(r"\s+".join(words), text, re.I)
    return (m.start(), m.end()) if m else None


def gold_documents(docs: list[Document]) -> list[Document]:
    """The pipeline's documents with the gold events in place of the extracted ones."""
    gold = {(_gold_key(d)): d for d in json.load(open(EVENTS_GOLD))["documents"]}
    out = []
    for doc in docs:
        g = gold.get(_key(doc.id))
        if g is None:
            continue
        d = Document(id=doc.id, source=doc.source, text=doc.text, title=doc.title, url=doc.url, outlet=doc.outlet,
                     published=date.fromisoformat(g["published"]) if g.get("published") else doc.published,
                     cited_outlets=list(doc.cited_outlets), places=list(doc.places), entities=list(doc.entities))
        for e in g["events"]:
            span = _phrase_span(doc, e["evidence_contains"]) or (0, 0)
            dt = e.get("date") or {}
            lo, hi = dt.get("lo"), dt.get("hi")
            quantities = {}
            for k, v in (e.get("quantities") or {}).items():
                v = v.get("lo", v.get("hi")) if isinstance(v, dict) else v
                if isinstance(v, (int, float)):
                    quantities["fatalities" if k == "killed" else k] = v
            place = e.get("place")
            d.events.append(Event(
                type=e["type"], evidence=e["evidence_contains"], start=span[0], end=span[1],
                modality=e.get("modality") or "asserted",
                # an open bound ("after the killing", "before the end of January") is no date to fuse on
                date=EventDate(date.fromisoformat(lo), date.fromisoformat(hi)) if (lo and hi) else None,
                location=Location(place, e.get("lat"), e.get("lon"),
                                  kind="installation" if place and _INSTALLATION.search(place) else None)
                if place or e.get("lat") is not None else None,
                actors=list(e.get("actors") or []), quantities=quantities, confidence=0.8))
        out.append(d)
    return out


_DETAIL: dict = {}


def _trigger_in(m: dict, phrase: str) -> bool:
    t = _norm(m.get("trigger") or "")
    return bool(t) and re.search(r"\b" + re.escape(t), phrase) is not None


def _gold_days(c: dict) -> tuple[date, date] | None:
    """A gold cluster's date ("2020-01-03", "2022-02") as a span of days."""
    d = c.get("date") or ""
    try:
        if len(d) == 10:
            x = date.fromisoformat(d)
            return x, x
        if len(d) == 7:
            y, mo = int(d[:4]), int(d[5:7])
            return date(y, mo, 1), (date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1))
    except ValueError:
        pass
    return None


def _dates_agree(m: dict, c: dict) -> bool:
    g, d = _gold_days(c), m.get("date") or {}
    if g is None or not d.get("start"):
        return True
    s, e = date.fromisoformat(d["start"]), date.fromisoformat(d.get("end") or d["start"])
    slack = timedelta(days=tolerance(c["kind"], m["type"]))     # a state (troop level) is told for days
    return s - slack <= g[1] and g[0] <= e + slack


def _pick(cands: list[dict], c: dict, phrase: str, span: tuple[int, int] | None) -> dict | None:
    """The stored event that reports a gold mention, among those whose evidence covers its phrase:
    first one whose trigger word is inside the phrase (one whose date does not contradict the
    gold date first, then of the gold kind or a compatible one: the extractor read this phrase,
    perhaps naming the kind otherwise); else one of the
    gold kind or a compatible one whose date does not contradict the gold date (the phrase's
    sentence told of it, read through another word); else none, and the mention is unmapped.
    An event of the same sentence about another happening is not taken for the mention."""
    near = lambda m: -abs((m["start"] or 0) - (span[0] if span else 0))
    kind = c["kind"]
    read_here = [m for m in cands if _trigger_in(m, phrase)]
    if read_here:
        return max(read_here, key=lambda m: (_dates_agree(m, c), kind_compatibility(m["type"], kind) or 0.0, near(m)))
    fitting = [m for m in cands if kind_compatibility(m["type"], kind) is not None and _dates_agree(m, c)]
    return max(fitting, key=lambda m: (kind_compatibility(m["type"], kind), near(m))) if fitting else None


def _evidence_covers(doc: Document, m: dict, span: tuple[int, int]) -> bool:
    """Whether one of the sentences of a stored event's evidence overlaps the phrase's span. (An
    event whose evidence joins two sentences ("s1 … s5") has offsets running from the first to
    the last: the sentences between them are not its evidence, and a phrase there is not read by
    it.)"""
    if not (m["start"] < span[1] and span[0] < m["end"]):
        return False
    at = m["start"]
    for piece in (m["evidence"] or "").split(" … "):
        found = doc.text.find(piece, at, m["end"])
        if found < 0:
            return True         # (a sentence not found as given: the offsets are all there is)
        if found < span[1] and span[0] < found + len(piece):
            return True
        at = found + len(piece)
    return False


def map_gold(store: Store, docs: list[Document], gold: dict) -> tuple[dict[tuple, int | None], int]:
    """Each gold mention -> the canonical id of the stored mention covering its phrase."""
    by_key = {_key(d.id): d for d in docs}
    mentions = defaultdict(list)
    canon = {}
    for ev in store.events():
        for s in ev["sources"]:
            canon[s["event"]] = ev["id"]
    for m in store.mentions():
        mentions[_key(m["sources"][0]["doc_key"])].append(m)
    result, mapped = {}, 0
    for c in gold["clusters"]:
        for i, gm in enumerate(c["mentions"]):
            k = _gold_key(gm)
            doc = by_key.get(k)
            chosen = None
            if doc is not None:
                span = _phrase_span(doc, gm["evidence_contains"])
                phrase = _norm(gm["evidence_contains"])
                cands = [m for m in mentions[k]
                         if (span and _evidence_covers(doc, m, span)) or phrase in _norm(m["evidence"])]
                chosen = _pick(cands, c, phrase, span)
            if chosen is not None:
                mapped += 1
            result[(c["id"], i)] = canon.get(chosen["id"]) if chosen is not None else None
            _DETAIL[(c["id"], i)] = chosen
    return result, mapped


def bcubed(gold: dict, system: dict[tuple, int | None]) -> tuple[float, float, float]:
    items = [(c["id"], i) for c in gold["clusters"] for i in range(len(c["mentions"]))]
    sys_cluster: dict[tuple, object] = {it: (system.get(it) if system.get(it) is not None else ("alone", it))
                                        for it in items}
    members = defaultdict(set)
    for it, cid in sys_cluster.items():
        members[cid].add(it)
    gold_members = defaultdict(set)
    for it in items:
        gold_members[it[0]].add(it)
    p = r = 0.0
    for it in items:
        s, g = members[sys_cluster[it]], gold_members[it[0]]
        both = len(s & g)
        p += both / len(s)
        r += both / len(g)
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def digest(store: Store) -> str:
    """A hash of all fusion made in the store, as the store gives it to its readers."""
    made = {"events": store.events(), "posture": store.posture(), "troop_levels": store.troop_levels(),
            "mentions": [(m["id"], m["canonical"]) for m in store.mentions()]}
    return hashlib.sha256(json.dumps(made, sort_keys=True, default=str).encode()).hexdigest()[:16]


def run(docs: list[Document], label: str, gold: dict, verbose: bool, show_digest: bool = False) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "fusion.db"))
        for d in docs:
            store.save(d)
        system, mapped = map_gold(store, docs, gold)
        p, r, f = bcubed(gold, system)
        n_gold = sum(len(c["mentions"]) for c in gold["clusters"])
        canon = store.events()
        stats = store.stats()
        print(f"fusion ({label}): B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f} | gold mentions {n_gold}, mapped {mapped} "
              f"| {stats['events']} stored events -> {len(canon)} canonical events | "
              f"{len(gold['clusters'])} gold clusters", flush=True)
        if show_digest:
            print(f"fusion ({label}): output digest {digest(store)}", flush=True)
        if verbose:
            for c in gold["clusters"]:
                ids = [system[(c["id"], i)] for i in range(len(c["mentions"]))]
                print(f"  {c['id']} {c['kind']:<11} {c['date']} {c['place']}: {ids}")
                if verbose > 1:
                    for i, gm in enumerate(c["mentions"]):
                        m = _DETAIL.get((c["id"], i))
                        if m is None:
                            print(f"      -- {_gold_key(gm)}: not found | {gm['evidence_contains'][:60]}")
                            continue
                        d, loc = m.get("date") or {}, m.get("location") or {}
                        print(f"      {system[(c['id'], i)]} {_gold_key(gm)[:28]:<28} {m['type']:<10} {m['modality'][:4]} "
                              f"{d.get('start')}..{d.get('end')} {loc.get('name')} ({loc.get('kind')}) "
                              f"{m.get('actors')[:2]} | {m['evidence'][:50]!r}")
        store.close()
    return f


def run_orders(docs: list[Document], label: str, gold: dict, orders: int) -> None:
    """The same documents saved in `orders` shuffled orders (seeds 0, 1, ...): fusion is meant
    to make the same events whatever order reports come in, and extraction noise makes it
    depend on it; prints each order's P/F1 and their mean and lowest."""
    import random
    scores = []
    for seed in range(orders):
        shuffled = list(docs)
        random.Random(seed).shuffle(shuffled)
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(str(Path(tmp) / "fusion.db"))
            for d in shuffled:
                store.save(d)
            system, _ = map_gold(store, docs, gold)
            scores.append(bcubed(gold, system))
            store.close()
    ps, fs = [x[0] for x in scores], [x[2] for x in scores]
    print(f"fusion ({label}, {orders} shuffled orders): B-cubed F1 mean {sum(fs) / len(fs):.3f} min {min(fs):.3f} "
          f"| P mean {sum(ps) / len(ps):.3f} min {min(ps):.3f} | " + " ".join(f"{p:.3f}/{f:.3f}" for p, _, f in scores),
          flush=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", "-v", action="count", default=0, help="-v clusters, -vv their mentions")
    ap.add_argument("--digest", action="store_true", help="print a hash of each run's fusion output")
    ap.add_argument("--orders", type=int, default=0, metavar="N",
                    help="also run end to end in N shuffled orders of the examples (P/F1 of each, mean, lowest)")
    args = ap.parse_args()
    if not GOLD.exists():
        print(f"no gold at {GOLD}", file=sys.stderr)
        return 1
    gold = json.load(open(GOLD))
    docs = process_examples()
    run(docs, "end to end", gold, args.verbose, args.digest)
    if args.orders:
        run_orders(docs, "end to end", gold, args.orders)
    if EVENTS_GOLD.exists():
        run(gold_documents(docs), "gold mentions", gold, args.verbose, args.digest)
    if HELDOUT_GOLD.exists():
        run(process_examples([str(HELDOUT_REPORTS)]), "held-out, end to end", json.load(open(HELDOUT_GOLD)),
            args.verbose, args.digest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
