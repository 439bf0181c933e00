"""Exports read back by the tools they are for: csv, shapely (GeoJSON), DuckDB (Parquet), json."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

import brief_data
from sitrep.faces import exports
from sitrep.faces.cli import app
from sitrep.model import EVENT_KINDS, MODALITIES
from sitrep.store import EventFilter, Store

runner = CliRunner()
MARCH_IRAQ = EventFilter(country="IQ", since=date(2020, 3, 1), until=date(2020, 3, 31))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return brief_data.filled_store(tmp_path_factory.mktemp("exports"))


@pytest.fixture()
def store(db):
    s = Store(db)
    yield s
    s.close()


def test_csv_has_acleds_columns_in_acleds_order_then_sitreps(store):
    buf = io.StringIO()
    n = exports.export_csv(store, buf)
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    header = rows[0]
    acled_order = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                   "sub_event_type", "actor1", "assoc_actor_1", "actor2", "country", "admin1", "location",
                   "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "tags", "timestamp"]
    positions = [header.index(c) for c in acled_order]
    assert positions == sorted(positions)
    extra = ["sitrep_type", "modality", "date_end", "personnel", "money_usd", "confidence", "report_count",
             "outlet_count"]
    assert header[:len(exports.ACLED_COLUMNS)] == list(exports.ACLED_COLUMNS)
    assert header[len(exports.ACLED_COLUMNS):][:3] == extra[:3]
    assert all(c in header[len(exports.ACLED_COLUMNS):] for c in extra)
    assert len(rows) - 1 == n == len(store.events())
    k1 = next(dict(zip(header, r)) for r in rows[1:] if r[header.index("location")] == "K1 Air Base")
    assert k1["event_id_cnty"].startswith("IRQ") and k1["event_date"] == "2020-03-29" and k1["year"] == "2020"
    assert k1["time_precision"] == "1" and k1["geo_precision"] == "1"
    assert k1["event_type"] == "Strategic developments" and k1["disorder_type"] == "Strategic developments"
    assert k1["actor1"] == "US-led coalition" and k1["actor2"] == "Iraqi army"
    assert k1["country"] == "Iraq" and k1["iso"] == "368" and k1["admin1"] == "Kirkuk"
    assert k1["source"].split("; ") == ["Reuters", "AP", "Stars and Stripes"]
    assert k1["report_count"] == "3" and k1["outlet_count"] == "3" and k1["personnel"] == "300"
    assert float(k1["latitude"]) == pytest.approx(35.51) and float(k1["longitude"]) == pytest.approx(44.28)
    week = next(dict(zip(header, r)) for r in rows[1:] if r[header.index("sitrep_type")] == "troop_level")
    assert week["time_precision"] == "2" and week["date_end"] == "2020-03-08" and week["geo_precision"] == "3"
    planned = next(dict(zip(header, r)) for r in rows[1:] if r[header.index("modality")] == "planned")
    assert "modality=planned" in planned["tags"] and planned["time_precision"] == "3"


def test_csv_cli_filters_like_events(db, tmp_path):
    out = tmp_path / "iraq.csv"
    res = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--output", str(out),
                              "--country", "Iraq", "--since", "2020-03-01", "--until", "2020-03-31"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 7 and {r["country"] for r in rows} == {"Iraq"}
    assert all("2020-03" in r["event_date"] for r in rows)
    res = runner.invoke(app, ["export", "--db", db, "--type", "handover", "--near", "35.5,44.3,50"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["location"] for r in rows] == ["K1 Air Base"]
    res = runner.invoke(app, ["export", "--db", db, "--actor", "kataib"])
    assert [r["sitrep_type"] for r in csv.DictReader(io.StringIO(res.stdout))] == ["shelling"]


def test_geojson_points_read_back_by_shapely(store, tmp_path):
    from shapely.geometry import Point, shape
    out = tmp_path / "events.geojson"
    n = exports.export_geojson(store, out, MARCH_IRAQ)
    fc = json.loads(out.read_text())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == n == 7
    for f in fc["features"]:
        geom = shape(f["geometry"])
        assert isinstance(geom, Point) and geom.is_valid
        assert 38 < geom.x < 49 and 29 < geom.y < 38        # lon, lat inside Iraq's frame
        props = f["properties"]
        assert all(not isinstance(v, (dict, list)) for v in props.values())   # flat for QGIS/kepler.gl
        assert props["country_code"] == "IQ" and props["date_start"].startswith("2020-03")
    k1 = next(f for f in fc["features"] if f["properties"]["location"] == "K1 Air Base")
    assert shape(k1["geometry"]).equals(Point(44.28, 35.51))
    assert k1["properties"]["sources"] == "Reuters; AP; Stars and Stripes" and k1["properties"]["report_count"] == 3


def test_geojson_leaves_out_events_without_coordinates(tmp_path):
    from sitrep.model import Document, Event, EventDate, Location
    store = Store(str(tmp_path / "s.db"))
    store.save(Document(id="x", source="x.txt", text="Protesters marched somewhere in Iraq.", outlet="Rudaw",
                        events=[Event("protest", "Protesters marched.", 0, 10,
                                      date=EventDate(date(2020, 3, 3), date(2020, 3, 3)),
                                      location=Location("somewhere", country="IQ"))]))
    buf = io.StringIO()
    assert exports.export_geojson(store, buf) == 0
    assert json.loads(buf.getvalue())["features"] == []
    assert exports.export_jsonl(store, io.StringIO()) == 1


def test_jsonl_lines_are_contract_events_with_id_and_sources(store):
    buf = io.StringIO()
    n = exports.export_jsonl(store, buf, MARCH_IRAQ)
    lines = buf.getvalue().splitlines()
    assert len(lines) == n == 7
    for line in lines:
        ev = json.loads(line)
        assert isinstance(ev["id"], int) and ev["type"] in EVENT_KINDS and ev["modality"] in MODALITIES
        for key in ("date", "location", "actors", "targets", "quantities", "acled", "evidence", "confidence"):
            assert key in ev
        assert ev["sources"] and all("outlet" in s and "url" in s for s in ev["sources"])
        assert ev["report_count"] >= 1 and ev["outlet_count"] >= 1
    taji = next(json.loads(l) for l in lines if json.loads(l)["type"] == "shelling")
    assert {s["outlet"] for s in taji["sources"]} == {"The Washington Post", "AFP"}


def test_parquet_read_back_by_duckdb_with_types(db, tmp_path):
    import duckdb
    out = tmp_path / "events.parquet"
    res = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "--output", str(out)])
    assert res.exit_code == 0, res.output
    con = duckdb.connect()
    types = {r[0]: r[1] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out}')").fetchall()}
    assert types["date_start"] == "DATE" and types["date_end"] == "DATE"
    assert types["latitude"] == "DOUBLE" and types["longitude"] == "DOUBLE"
    assert types["fatalities"] == "BIGINT" and types["personnel"] == "BIGINT" and types["report_count"] == "INTEGER"
    assert types["actors"] == "VARCHAR[]" and types["outlets"] == "VARCHAR[]" and types["urls"] == "VARCHAR[]"
    total, = con.execute(f"SELECT count(*) FROM read_parquet('{out}')").fetchone()
    assert total == 9
    march, killed = con.execute(
        f"SELECT count(*), sum(fatalities) FROM read_parquet('{out}') "
        "WHERE country_code = 'IQ' AND date_start BETWEEN DATE '2020-03-01' AND DATE '2020-03-31'").fetchone()
    assert march == 7 and killed == 9
    k1 = con.execute(f"SELECT outlets, report_count, actors[1] FROM read_parquet('{out}') "
                     "WHERE location = 'K1 Air Base'").fetchone()
    assert k1 == (["Reuters", "AP", "Stars and Stripes"], 3, "US-led coalition")


def test_parquet_to_an_open_binary_file_and_empty_store(tmp_path):
    import pyarrow.parquet as pq
    store = Store(str(tmp_path / "empty.db"))
    out = tmp_path / "empty.parquet"
    with out.open("wb") as fh:
        assert exports.export_parquet(store, fh) == 0
    table = pq.read_table(out)
    assert table.num_rows == 0 and table.schema.equals(exports.parquet_schema())


def test_bad_format_and_country_are_refused(db):
    res = runner.invoke(app, ["export", "--db", db, "--format", "xlsx"])
    assert res.exit_code != 0 and "csv" in res.output
    res = runner.invoke(app, ["export", "--db", db, "--country", "Atlantis"])
    assert res.exit_code != 0 and "Atlantis" in res.output
