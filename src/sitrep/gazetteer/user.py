"""The user's own places: `sitrep gazetteer add FILE` keeps them in an overlay beside the index,
which every build reads again, and puts them in the current index at once.

A file is CSV or YAML with the installation columns: name, aliases (";"-separated, or a YAML
list), kind, lat, lon, country, admin1, operator, source. A place added again under the same
name and country replaces the earlier one.
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from sitrep.gazetteer.build import _row_record, overlay_path

COLUMNS = ["name", "aliases", "kind", "lat", "lon", "country", "admin1", "operator", "source"]


class PlacesFileError(ValueError):
    pass


def read_places_file(path: str | os.PathLike) -> list[dict[str, str]]:
    """Rows of a CSV or YAML places file, checked: each has a name and a numeric lat/lon."""
    p = Path(path)
    text = p.read_text("utf-8")
    if p.suffix.lower() in (".yaml", ".yml"):
        import yaml
        data = yaml.safe_load(text) or []
        if isinstance(data, dict):
            data = data.get("places") or [data]
        rows = []
        for item in data:
            if not isinstance(item, dict):
                raise PlacesFileError(f"{p}: each place must be a mapping, got {item!r}")
            row = {k: item.get(k) for k in COLUMNS}
            if isinstance(row["aliases"], list):
                row["aliases"] = ";".join(str(a) for a in row["aliases"])
            rows.append({k: "" if v is None else str(v) for k, v in row.items()})
    else:
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
        rows = [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(io.StringIO("\n".join(lines)))]
    for i, r in enumerate(rows, 1):
        if not (r.get("name") or "").strip():
            raise PlacesFileError(f"{p}: place {i} has no name")
        try:
            lat, lon = float(r.get("lat") or ""), float(r.get("lon") or "")
        except ValueError:
            raise PlacesFileError(f"{p}: {r['name']!r} needs numeric lat and lon") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise PlacesFileError(f"{p}: {r['name']!r} has lat/lon out of range")
    return rows


def _ident(r: dict[str, str]) -> tuple[str, str]:
    return (r.get("name") or "").strip().lower(), (r.get("country") or "").strip().upper()


def add_to_overlay(rows: list[dict[str, str]], overlay: Path | None = None) -> Path:
    """Merge rows into the overlay CSV (same name and country: the new row wins)."""
    path = overlay or overlay_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    kept: dict[tuple[str, str], dict[str, str]] = {}
    if path.is_file():
        for r in csv.DictReader(io.StringIO(path.read_text("utf-8"))):
            kept[_ident(r)] = r
    for r in rows:
        kept[_ident(r)] = r
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, extrasaction="ignore")
        w.writeheader()
        for r in kept.values():
            w.writerow({k: r.get(k, "") for k in COLUMNS})
    os.replace(tmp, path)
    return path


def add_places(file: str | os.PathLike, index: Path | None = None, overlay: Path | None = None) -> int:
    """Add the places of `file` to the overlay and, when it exists, to the index; how many."""
    from sitrep.gazetteer.lookup import Gazetteer
    rows = read_places_file(file)
    add_to_overlay(rows, overlay)
    if index is not None and index.is_file():
        records = [r for r in (_row_record(row, "user", default_kind="installation") for row in rows) if r]
        g = Gazetteer.open_writable(index)
        try:
            g.remove_gids([r.gid for r in records])
            g.add(records)
        finally:
            g.close()
    return len(rows)
