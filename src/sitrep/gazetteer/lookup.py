"""The gazetteer service: name keys -> candidate places, from the SQLite index build.py writes.

Built once at the edge (`Gazetteer.open(path)`) and passed to the Places stage. A document's
names are looked up in one query; nothing large is held in memory. Safe to use after a fork
(the connection is reopened in the child when the index is a file).
"""
from __future__ import annotations

import math
import os
import sqlite3
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from sitrep.gazetteer.build import CURATED, PRIMARY, Record, name_rows
from sitrep.geo import km

_CHUNK = 900
_MADE_MAX = 100_000   # candidates kept for reuse (~25 MB at most)
_KEYS_MAX = 200_000   # name keys whose answers are kept (~40 MB at most, most of them empty)


@dataclass(slots=True, frozen=True)
class Candidate:
    """A place a name may refer to; `flags` says how the looked-up name belongs to it."""
    id: int
    gid: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    population: int
    radius_km: float
    capital: bool
    detail: str | None
    flags: int = 0


_COLS = "p.id, p.gid, p.name, p.kind, p.lat, p.lon, p.country, p.admin1, p.population, p.radius_km, p.capital, p.detail"


class Gazetteer:
    """Candidate places by name key. `Gazetteer(connection)` uses an open SQLite connection
    to an index; `Gazetteer.open(path)` opens one (read-only)."""

    def __init__(self, connection: sqlite3.Connection, path: str | os.PathLike | None = None):
        self._con = connection
        self.path = Path(path) if path else None
        self._pid = os.getpid()
        self._countries: dict[str, Candidate] | None = None
        self._cells: dict[str, set[tuple[int, int]]] = {}
        # candidates already made, by (place, flags): documents name the same places again and
        # again, and making a Candidate costs more than finding its row
        self._made: dict[tuple[int, int], Candidate] = {}
        # each key's candidates as found before (none, for most keys: capitalised words that name
        # no place): a news article's names come back in the next ("Iraq", "Baghdad", "Monday",
        # "The"), and a key answered here is not asked of SQLite again. The index is read-only,
        # so the answer stays the same.
        self._answers: dict[str, tuple[Candidate, ...]] = {}

    @classmethod
    def open(cls, path: str | os.PathLike) -> "Gazetteer":
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"no gazetteer index at {path}")
        return cls(cls._connect(path), path)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        con.execute("PRAGMA query_only=1")
        con.execute("PRAGMA cache_size=-16000")   # 16 MB of pages at most
        return con

    @property
    def con(self) -> sqlite3.Connection:
        if self._pid != os.getpid() and self.path is not None:   # a forked worker: own connection
            self._con = self._connect(self.path)
            self._pid = os.getpid()
        return self._con

    def close(self) -> None:
        self._con.close()

    # ------------------------------------------------------------ queries

    def lookup(self, keys: Collection[str]) -> dict[str, list[Candidate]]:
        """Every candidate for each of `keys` (normalised with names.key / names.skeleton)."""
        out: dict[str, list[Candidate]] = {}
        answers = self._answers
        asked = []
        for k in dict.fromkeys(keys):
            if not k:
                continue
            known = answers.get(k)
            if known is None:
                asked.append(k)
            elif known:
                out[k] = list(known)
        if not asked:
            return out
        if len(answers) + len(asked) > _KEYS_MAX:
            answers.clear()
        for i in range(0, len(asked), _CHUNK):
            chunk = asked[i:i + _CHUNK]
            q = (f"SELECT n.key, n.flags, {_COLS} FROM name n JOIN place p ON p.id = n.place "
                 f"WHERE n.key IN ({','.join('?' * len(chunk))})")
            made = self._made
            for row in self.con.execute(q, chunk):
                c = made.get((row[2], row[1]))
                if c is None:
                    if len(made) >= _MADE_MAX:
                        made.clear()
                    c = made[(row[2], row[1])] = Candidate(*row[2:], flags=row[1])
                out.setdefault(row[0], []).append(c)
        for k in asked:
            found = out.get(k)
            answers[k] = tuple(found) if found else ()
        return out

    def get(self, place_id: int) -> Candidate | None:
        row = self.con.execute(f"SELECT {_COLS} FROM place p WHERE p.id = ?", (place_id,)).fetchone()
        return Candidate(*row) if row else None

    def countries(self) -> dict[str, Candidate]:
        if self._countries is None:
            rows = self.con.execute(f"SELECT {_COLS} FROM place p WHERE p.kind = 'country'").fetchall()
            self._countries = {r[6]: Candidate(*r, flags=PRIMARY) for r in rows}
        return self._countries

    def country(self, cc: str | None) -> Candidate | None:
        return self.countries().get((cc or "").upper())

    def neighbours(self, cc: str) -> list[str]:
        c = self.country(cc)
        return [x for x in (c.detail or "").split(",") if x] if c else []

    def admin1(self, cc: str | None, name: str | None) -> Candidate | None:
        """The first-level area of country `cc` called `name` (as the towns' admin1 reads)."""
        if not cc or not name:
            return None
        row = self.con.execute(f"SELECT {_COLS} FROM place p WHERE p.kind = 'admin1' AND p.country = ? "
                               "AND p.name = ? LIMIT 1", (cc, name)).fetchone()
        return Candidate(*row, flags=PRIMARY) if row else None

    def cells(self, cc: str) -> set[tuple[int, int]]:
        """The half-degree cells (floor(lat*2), floor(lon*2)) where country `cc` has towns."""
        if cc not in self._cells:
            rows = self.con.execute("SELECT lat, lon FROM cell WHERE country = ?", (cc,)).fetchall()
            self._cells[cc] = set(rows)
        return self._cells[cc]

    def km_to_country(self, lat: float, lon: float, cc: str, within: float = 160.0) -> float:
        """About how far a point is from the nearest town of country `cc`; inf beyond `within` km."""
        cells = self.cells(cc)
        if not cells:
            return math.inf
        i0, j0 = math.floor(lat * 2), math.floor(lon * 2)
        reach = int(within / 55) + 1
        best = math.inf
        for di in range(-reach, reach + 1):
            for dj in range(-reach * 2, reach * 2 + 1):
                if (i0 + di, j0 + dj) in cells:
                    d = km(lat, lon, (i0 + di + 0.5) / 2, (j0 + dj + 0.5) / 2)
                    if d < best:
                        best = d
        return best if best <= within else math.inf

    # ------------------------------------------------------------ the user's overlay

    def add(self, records: Iterable[Record]) -> int:
        """Add places to this index (opened writable), e.g. the user's overlay; returns how many."""
        con = self.con
        self._made.clear()
        n = 0
        for r in records:
            cur = con.execute("INSERT INTO place (gid, name, kind, lat, lon, country, admin1, population, "
                              "radius_km, capital, detail) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                              (r.gid, r.name, r.kind, r.lat, r.lon, r.country, r.admin1, r.population,
                               r.radius_km, int(r.capital), r.detail))
            con.executemany("INSERT OR REPLACE INTO name VALUES (?,?,?)",
                            [(k, cur.lastrowid, f | CURATED) for k, _, f in name_rows(cur.lastrowid, r.names)])
            n += 1
        con.commit()
        return n

    def remove_gids(self, gids: Iterable[str]) -> None:
        """Drop the places with these gazetteer ids (a user's place added again replaces itself)."""
        con = self.con
        self._made.clear()
        for gid in gids:
            ids = [r[0] for r in con.execute("SELECT id FROM place WHERE gid = ?", (gid,))]
            for pid in ids:
                con.execute("DELETE FROM name WHERE place = ?", (pid,))
                con.execute("DELETE FROM place WHERE id = ?", (pid,))
        con.commit()

    @classmethod
    def open_writable(cls, path: str | os.PathLike) -> "Gazetteer":
        return cls(sqlite3.connect(path), path)
