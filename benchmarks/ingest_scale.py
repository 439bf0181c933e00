"""Does fusion stay cheap as the store grows? Ingest rate into an empty store and into one
already holding 100,000 events.

    python benchmarks/ingest_scale.py [--docs 10000] [--base-events 100000] [--keep-base PATH]
                                      [--order uniform|chronological|both]

The NLP pipeline is bypassed: synthetic Documents with events are saved straight through
`Store.save_many`, 16 articles a transaction (`--batch`; 1 saves each through `Store.save`),
which is what ingest does after the pipeline (content hash, near-duplicate signature and
bands, events, fusion into canonical events by blocking key, links, installation
timelines; each article whole or not at all). The synthetic world: three
years, 40 countries with 50 places each, the event kinds in rough ACLED proportions, about
two events a document; a third of the events retell an earlier event (another outlet's
report), one document in twenty is a syndicated copy of an earlier one, some events are
vague (a week, a month), undated or placed only in a country, and some happen at bases.

Two orders: "uniform" (each document tells of any day of the three years, so every new
report lands among old events: the hard case) and "chronological" (news arrives in order,
each report of the fortnight before it: ingesting today's news into an archive).
Prints, for each, the rate (documents/s and events/s) for the same 10,000 new documents saved into
an empty store and into the big one (in alternating chunks of 250, so that the machine's
load weighs on both alike), their ratio (goal: the big store within 20%) in wall-clock and in
this process's CPU time (steadier on a shared machine, but blind to waiting on the disk), and how many
canonical events fusion compared each new event with in either store (rows read: those filed under its
keys of the kinds and days it may match; compared in full: those that pass the prefilter).
`--keep-base PATH` keeps the big store in PATH (and reuses it when it exists).
`--breakdown` prints the CPU time (this process's) each step of fusion took in either store
(`Breakdown.STEPS`: candidate lookups, scoring, merging, near-duplicates, posture, commits) and
its growth from the empty store to the big one, unprofiled, so that what grows with the store is
seen at its real weight (a profiler's clock is the wall's, which other work on a shared machine
disturbs, and it slows Python more than SQLite).
`--profile PREFIX` profiles each store's saves apart (cProfile, written to PREFIX-<order>-empty.pstats
and PREFIX-<order>-big.pstats) and prints the functions whose own time grew most from the empty
store to the big one: what to make cheaper (the profiler slows Python more than SQLite, so the
ratios of a profiled run are not the goal's).
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sitrep.model import Document, Event, EventDate, Location, Place  # noqa: E402
from sitrep.store import Store  # noqa: E402

KINDS = ["airstrike"] * 12 + ["shelling"] * 12 + ["explosion"] * 6 + ["attack"] * 10 + ["clash"] * 12 \
    + ["protest"] * 14 + ["riot"] * 3 + ["statement"] * 10 + ["diplomacy"] * 4 + ["arrest"] * 3 \
    + ["deployment"] * 3 + ["withdrawal"] * 2 + ["troop_level"] * 2 + ["handover"] * 1 + ["territory_change"] * 3 \
    + ["abduction"] * 2 + ["property_destruction"] * 1
ACTORS = ["United States", "Russia", "Iran", "Turkey", "Israel", "Hezbollah", "Islamic State", "Kataib Hezbollah",
          "Iraqi army", "Syrian army", "Kurdish forces", "Houthis", "Saudi-led coalition", "Ukrainian army",
          "Wagner Group", "al-Shabaab", "NATO", "French army", "British Army", "police", "protesters", "militants"]
WORDS = ("army forces city village road base troops rocket strike militia government officials soldiers police "
         "attack border province district convoy checkpoint residents hospital market bridge airport camp unit "
         "commander ministry statement ceasefire talks negotiations president minister parliament vote sanctions "
         "drone missile artillery mortar tank aircraft fighter jet helicopter brigade battalion division regiment "
         "north south east west central eastern western northern southern capital river valley mountain desert "
         "coast port harbour refinery pipeline power station school mosque church street square building house "
         "family children women men civilians victims wounded killed injured missing displaced refugees aid").split()
START = date(2018, 1, 1)
DAYS = 3 * 365


class World:
    def __init__(self, seed: int = 7, chronological: bool = False):
        self.rng = random.Random(seed)
        # uniform: every document tells of any day of the three years, so each new report lands
        # among old events (the hard case); chronological: news arrives in order, each report
        # of the fortnight before it (ingesting today's news into an archive)
        self.chronological = chronological
        r = self.rng
        self.countries = []
        for i in range(40):
            code = chr(65 + i // 26) + chr(65 + i % 26)
            lat0, lon0 = r.uniform(-35, 55), r.uniform(-80, 120)
            places = []
            for j in range(50):
                base = j < 5
                places.append(dict(name=f"{'Base' if base else 'Town'} {code}-{j}", lat=lat0 + r.uniform(-4, 4),
                                   lon=lon0 + r.uniform(-4, 4), country=code,
                                   kind="installation" if base else "city", uncertainty_km=2.0 if base else 8.0))
            self.countries.append((code, lat0, lon0, places))
        self.events: list[Event] = []         # what was reported, for re-reporting
        self.texts: list[str] = []
        self.n = 0

    def _text(self, evidences: list[str]) -> str:
        words = " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(120, 260)))
        return " ".join(evidences) + f" Report {self.n}. " + words

    def _event(self) -> Event:
        r = self.rng
        if self.events and r.random() < 0.33:        # another outlet's report of an earlier event
            old = r.choice(self.events[-5000:])
            ev = Event(type=old.type, evidence=old.evidence + " again", start=0, end=0, date=old.date,
                       location=old.location, actors=list(old.actors), quantities=dict(old.quantities),
                       confidence=0.7)
            if ev.quantities and r.random() < 0.3:
                k = next(iter(ev.quantities))
                ev.quantities[k] = ev.quantities[k] + r.randint(1, 5)     # a different figure
            return ev
        kind = r.choice(KINDS)
        code, lat0, lon0, places = r.choice(self.countries)
        u = r.random()
        if u < 0.75:
            p = r.choice(places[:5] if kind in ("deployment", "withdrawal", "troop_level", "handover")
                         else places)
            loc = Location(p["name"], p["lat"], p["lon"], code, kind=p["kind"], uncertainty_km=p["uncertainty_km"])
        elif u < 0.92:
            loc = Location(f"Country {code}", lat0, lon0, code, kind="country", uncertainty_km=400.0)
        else:
            loc = None
        d = (self._clock() - timedelta(days=r.randrange(14))) if self.chronological \
            else START + timedelta(days=r.randrange(DAYS))
        v = r.random()
        dt = (EventDate(d, d) if v < 0.8 else EventDate(d, d + timedelta(days=6)) if v < 0.9
              else EventDate(d.replace(day=1), d.replace(day=28)) if v < 0.96 else None)
        q = {}
        if kind in ("airstrike", "shelling", "explosion", "attack", "clash"):
            q["fatalities"] = r.randint(0, 30)
        if kind in ("deployment", "withdrawal", "troop_level"):
            q["personnel"] = r.randint(1, 60) * 50
        evidence = " ".join(r.choice(WORDS) for _ in range(r.randint(10, 25)))
        return Event(type=kind, evidence=evidence, start=0, end=0, date=dt, location=loc,
                     actors=r.sample(ACTORS, r.randint(0, 2)), quantities=q, confidence=r.uniform(0.4, 0.95))

    def _clock(self) -> date:
        return START + timedelta(days=self.n * DAYS // 52_000)      # ~52,000 documents make the three years

    def document(self) -> Document:
        r = self.rng
        self.n += 1
        if self.texts and r.random() < 0.05:                   # a syndicated copy of an earlier story
            src = r.choice(self.texts[-2000:])
            text = f"Copy {self.n}. " + src.replace(" the ", " a ", 3)
            evs = [e for e in self.events[-40:] if e.evidence in src][:3]
            evs = [Event(type=e.type, evidence=e.evidence, start=0, end=0, date=e.date, location=e.location,
                         actors=list(e.actors), quantities=dict(e.quantities)) for e in evs]
        else:
            evs = [self._event() for _ in range(r.choice((1, 1, 2, 2, 2, 3, 3)))]
            if len(evs) > 1 and r.random() < 0.2:
                evs[1].links = [{"type": "after", "event": 0, "days": r.randint(1, 5)}]
            text = self._text([e.evidence for e in evs])
        for e in evs:
            i = text.find(e.evidence)
            e.start, e.end = (i, i + len(e.evidence)) if i >= 0 else (0, 0)
        self.events.extend(evs)
        self.texts.append(text)
        if len(self.texts) > 4000:
            del self.texts[:2000]
            del self.events[:-10000]
        first = next((e.date.end for e in evs if e.date),
                     self._clock() if self.chronological else START + timedelta(days=r.randrange(DAYS)))
        # (the synthetic text names no place: the places carry no offsets inside any event's words)
        places = [Place(mention=e.location.name, start=-1, end=-1, name=e.location.name, lat=e.location.lat,
                        lon=e.location.lon, country=e.location.country, kind=e.location.kind)
                  for e in evs if e.location]
        return Document(id=f"syn-{self.n}", source=f"syn-{self.n}", text=text, outlet=f"Outlet {r.randrange(300)}",
                        url=f"https://outlet{r.randrange(300)}.example/{self.n}",
                        published=first + timedelta(days=r.randint(0, 3)), events=evs, places=places)


class Breakdown:
    """CPU time (time.process_time) per step of a save, per store: each step (a Fuser method or a
    function of store.fusion, and the commit) is wrapped while the breakdown is in use; `store`
    says which store the time goes to. Steps nest (document_saved holds the others)."""
    # (where, name, depth: how deep it nests in document_saved, as the report indents it)
    STEPS = [("Fuser", "document_saved", 0), ("Fuser", "_family", 1), ("Fuser", "_candidate_forms", 1),
             ("module", "block_keys", 2), ("module", "_candidates", 2), ("module", "candidate_test", 2),
             ("Fuser", "_scoring_forms", 2), ("module", "_scored_pairs", 1), ("Fuser", "_create", 1),
             ("Fuser", "_refresh", 1), ("Fuser", "_bridge_and_absorb", 1), ("Fuser", "_posture", 1)]

    def __init__(self, stores: list[Store]):
        from sitrep.store import fusion
        self.store = 0
        self.seconds: dict[str, list[float]] = {}
        self.timed: set[str] = set()          # the steps wrapped (those fusion has)
        self._undo: list[tuple[Any, str, Any]] = []
        for where, name, _depth in self.STEPS:
            owner = fusion.Fuser if where == "Fuser" else fusion
            self._wrap(owner, name, name)
        for k, store in enumerate(stores):
            # (each engine's own dialect: its commits are timed as the store's)
            self._wrap(store.engine.dialect, "do_commit", "commit", k)

    def _wrap(self, owner: Any, attr: str, step: str, store: int | None = None) -> None:
        original = getattr(owner, attr, None)
        if original is None:        # a step fusion no longer has: not shown
            return
        self.timed.add(step)
        self._undo.append((owner, attr, owner.__dict__.get(attr, _MISSING)))
        timer = self

        def timed(*args, **kwargs):
            t0 = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                k = timer.store if store is None else store
                timer.seconds.setdefault(step, [0.0, 0.0])[k] += time.process_time() - t0
        setattr(owner, attr, timed)

    def close(self) -> None:
        for owner, attr, was in reversed(self._undo):
            if was is _MISSING:
                delattr(owner, attr)
            else:
                setattr(owner, attr, was)
        self._undo = []

    def report(self, cpu: tuple[float, float]) -> str:
        out = io.StringIO()
        out.write(f"{'CPU s empty':>12} {'big':>7} {'growth':>7}  step\n")
        out.write(f"{cpu[0]:12.2f} {cpu[1]:7.2f} {cpu[1] - cpu[0]:+7.2f}  all saves\n")
        for step, depth in [("commit", 0)] + [(n, d) for _, n, d in self.STEPS if n in self.timed]:
            e, b = self.seconds.get(step, (0.0, 0.0))
            out.write(f"{e:12.2f} {b:7.2f} {b - e:+7.2f}  {'  ' * depth}{step}\n")
        return out.getvalue()


_MISSING = object()


def ingest(stores: list[Store], docs: list[Document], chunk: int = 250, batch: int = 16,
           profilers: list[cProfile.Profile] | None = None,
           breakdown: Breakdown | None = None) -> list[tuple[float, int, float]]:
    """The same documents into each store, in alternating chunks, so that a slower or faster
    spell of the machine weighs on every store alike; returns (seconds, events, CPU seconds)
    per store (CPU time, this process's, is what other work on a shared machine disturbs least).
    With `profilers` (one a store), each profiles its store's saves only; with `breakdown`, the
    time of each step goes to the store saving."""
    out = [[0.0, 0, 0.0] for _ in stores]
    for start in range(0, len(docs), chunk):
        part = docs[start:start + chunk]
        for k, store in enumerate(stores):
            if profilers:
                profilers[k].enable()
            if breakdown:
                breakdown.store = k
            t0, c0 = time.perf_counter(), time.process_time()
            for b in range(0, len(part), batch):
                group = part[b:b + batch]
                saved = store.save_many(group) if batch > 1 else [store.save(group[0])]
                out[k][1] += sum(len(d.events) for d, (_, created) in zip(group, saved) if created)
            out[k][0] += time.perf_counter() - t0
            out[k][2] += time.process_time() - c0
            if profilers:
                profilers[k].disable()
    return [tuple(x) for x in out]


def growth_report(empty: pstats.Stats, big: pstats.Stats, top: int = 25) -> str:
    """The functions whose own time (tottime) grew most from the empty store's run to the big
    one's, with their cumulative times: where the big store's extra cost is spent."""
    def by_function(stats: pstats.Stats) -> dict[str, tuple[int, float, float]]:
        return {f"{Path(f).name}:{line}({name})": (calls, own, cum)
                for (f, line, name), (_, calls, own, cum, _) in stats.stats.items()}
    e, b = by_function(empty), by_function(big)
    rows = sorted(b, key=lambda f: b[f][1] - e.get(f, (0, 0.0, 0.0))[1], reverse=True)[:top]
    out = io.StringIO()
    out.write(f"{'own s empty':>12} {'big':>7} {'growth':>7} {'cum empty':>10} {'big':>7} {'calls empty':>12} "
              f"{'big':>8}  function\n")
    for f in rows:
        ce, te, cue = e.get(f, (0, 0.0, 0.0))
        cb, tb, cub = b[f]
        out.write(f"{te:12.2f} {tb:7.2f} {tb - te:+7.2f} {cue:10.2f} {cub:7.2f} {ce:12d} {cb:8d}  {f}\n")
    return out.getvalue()


def build_base(path: Path, world: World, target_events: int) -> None:
    store = Store(str(path))
    n, t0, shown = 0, time.perf_counter(), 0
    while n < target_events:
        d = world.document()
        _, created = store.save(d)
        n += len(d.events) if created else 0
        if n >= shown + 20000:
            shown = n
            print(f"  base: {n} events, {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    store.close()


def scenario(order: str, docs: int, base_events: int, keep_base: Path | None, batch: int = 16,
             profile: Path | None = None, breakdown: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = tmp / "base.db"
        world = World(seed=7, chronological=order == "chronological")
        if keep_base and keep_base.exists():
            shutil.copy(keep_base, base)
            # the same world, advanced past the base, so the new documents are the same either way
            store = Store(str(base))
            total = store.stats()["events"]
            store.close()
            n = 0
            while n < total:
                n += len(world.document().events)
        else:
            t0 = time.perf_counter()
            build_base(base, world, base_events)
            print(f"  base ({order}) built in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
            if keep_base:
                shutil.copy(base, keep_base)
        new_docs = [world.document() for _ in range(docs)]

        empty, full = Store(str(tmp / "empty.db")), Store(str(base))
        before = full.stats()
        profilers = [cProfile.Profile(), cProfile.Profile()] if profile else None
        steps = Breakdown([empty, full]) if breakdown else None
        try:
            (t_empty, ev_empty, cpu_empty), (t_full, ev_full, cpu_full) = ingest(
                [empty, full], new_docs, batch=batch, profilers=profilers, breakdown=steps)
        finally:
            if steps:
                steps.close()
        s_empty, s_full = empty.stats(), full.stats()
        c_empty, c_full = empty._fuser.counts, full._fuser.counts
        empty.close()
        full.close()

    r_empty, r_full = len(new_docs) / t_empty, len(new_docs) / t_full
    print(f"ingest scale ({order}, {'one article' if batch == 1 else f'{batch} articles'} a transaction): empty store {r_empty:.0f} docs/s ({ev_empty / t_empty:.0f} events/s, "
          f"{s_empty['canonical_events']} canonical of {s_empty['events']} events) | "
          f"store with {before['events']} events {r_full:.0f} docs/s ({ev_full / t_full:.0f} events/s, "
          f"now {s_full['canonical_events']} canonical of {s_full['events']}) | "
          f"ratio {r_full / r_empty:.2f} (goal >= 0.80); in CPU time {cpu_empty / cpu_full:.2f}")
    print(f"ingest scale ({order}): candidates per event (rows read / compared in full): empty store "
          f"{c_empty['candidates'] / max(1, c_empty['events']):.1f} / {c_empty['compared'] / max(1, c_empty['events']):.1f}"
          f", big store {c_full['candidates'] / max(1, c_full['events']):.1f} / "
          f"{c_full['compared'] / max(1, c_full['events']):.1f}; events merged into an existing one: "
          f"{c_empty['merged'] / max(1, c_empty['events']):.0%} / {c_full['merged'] / max(1, c_full['events']):.0%}",
          flush=True)
    if steps:
        print(f"ingest scale ({order}): CPU time per step of fusion, empty store -> big store "
              f"(an indented step is part of the one above it):\n" + steps.report((cpu_empty, cpu_full)),
              flush=True)
    if profilers:
        stats = []
        for profiler, which in zip(profilers, ("empty", "big")):
            path = profile.with_name(f"{profile.name}-{order}-{which}.pstats")
            profiler.dump_stats(str(path))
            stats.append(pstats.Stats(str(path)))
        print(f"ingest scale ({order}): profiled (ratios above are not the goal's); own time grown most, "
              f"empty store -> big store:\n" + growth_report(*stats), flush=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--base-events", type=int, default=100_000)
    ap.add_argument("--keep-base", type=Path, help="keep the big stores as PATH-uniform.db, PATH-chronological.db")
    ap.add_argument("--order", choices=("uniform", "chronological", "both"), default="both")
    ap.add_argument("--batch", type=int, default=16, help="articles a transaction (Store.save_many); 1: Store.save")
    ap.add_argument("--profile", type=Path, metavar="PREFIX",
                    help="profile each store's saves, write PREFIX-<order>-empty/big.pstats, print what grew most")
    ap.add_argument("--breakdown", action="store_true",
                    help="print the CPU time of each step of fusion in either store, unprofiled")
    args = ap.parse_args()
    for order in (["uniform", "chronological"] if args.order == "both" else [args.order]):
        keep = args.keep_base.with_name(f"{args.keep_base.stem}-{order}{args.keep_base.suffix}") \
            if args.keep_base else None
        scenario(order, args.docs, args.base_events, keep, args.batch, args.profile, args.breakdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
