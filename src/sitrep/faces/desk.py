"""The analyst's desk on the command line: `sitrep export` and `sitrep brief`.

cli.py calls `register(app)`; the work is done in exports.py and brief.py.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

Db = Annotated[Optional[str], typer.Option("--db", help="SQLite path or postgresql:// URL "
                                           "(default: $SITREP_DB, else sitrep.db)")]
Output = Annotated[Optional[Path], typer.Option("--output", "-o", help="file to write (default: standard output)")]
Since = Annotated[Optional[str], typer.Option(help="YYYY-MM-DD")]
Until = Annotated[Optional[str], typer.Option(help="YYYY-MM-DD")]


def _day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{option} takes a date YYYY-MM-DD, not {value!r}") from None


def _country_code(value: str | None) -> str | None:
    from sitrep.faces.countries import country
    if not value:
        return None
    c = country(value)
    if c is None:
        raise typer.BadParameter(f"unknown country {value!r}: give a name (Iraq) or an ISO code (IQ, IRQ)")
    return c.iso2


def export_cmd(format: Annotated[str, typer.Option("--format", "-f", help="csv | geojson | jsonl | parquet")] = "csv",
               output: Output = None, db: Db = None,
               type: Annotated[Optional[str], typer.Option("--type", help="event kind")] = None,
               since: Since = None, until: Until = None,
               country: Annotated[Optional[str], typer.Option(help="name or ISO code, e.g. Iraq or IQ")] = None,
               actor: Annotated[Optional[str], typer.Option(help="part of an actor's name")] = None,
               near: Annotated[Optional[str], typer.Option(help="LAT,LON,KM")] = None) -> None:
    """Write stored events as ACLED-style CSV, GeoJSON, JSONL (the contract's events) or Parquet."""
    from sitrep.faces.cli import _open_store, _parse_near, _settings, err
    from sitrep.faces.exports import EXPORTERS, FORMATS
    from sitrep.store import EventFilter
    if format not in FORMATS:
        raise typer.BadParameter(f"--format takes one of {', '.join(FORMATS)}, not {format!r}")
    flt = EventFilter(type=type, since=_day(since, "--since"), until=_day(until, "--until"),
                      country=_country_code(country), actor=actor, near=_parse_near(near))
    if format == "parquet" and output is None and sys.stdout.isatty():
        raise typer.BadParameter("Parquet is binary: give --output FILE (or redirect standard output)")
    store = _open_store(_settings(db))
    if output is None:
        target = sys.stdout.buffer if format == "parquet" else sys.stdout
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        target = output
    n = EXPORTERS[format](store, target, flt)
    if output is not None:
        err.print(f"{n} events -> {output} ({output.stat().st_size:,} bytes)", highlight=False)


def brief_cmd(country: Annotated[str, typer.Option(help="name or ISO code, e.g. Iraq or IQ")],
              since: Since = None, until: Until = None,
              format: Annotated[str, typer.Option("--format", "-f", help="md | html | pdf")] = "md",
              output: Output = None, db: Db = None,
              top: Annotated[int, typer.Option(help="at most this many key developments")] = 25) -> None:
    """A country briefing: key developments with their sources, a map, the posture, counts by kind."""
    from sitrep.errors import SitrepError
    from sitrep.faces import brief as briefing
    from sitrep.faces.cli import _open_store, _settings, err
    if format not in briefing.FORMATS:
        raise typer.BadParameter(f"--format takes one of {', '.join(briefing.FORMATS)}, not {format!r}")
    cc = _country_code(country)
    s, u = _day(since, "--since"), _day(until, "--until")
    if s and u and u < s:
        raise typer.BadParameter("--until is before --since")
    if format == "pdf":
        problem = briefing.pdf_unavailable()
        if problem:
            err.print(f"[red]error:[/red] {problem}", highlight=False)
            raise typer.Exit(2)
    store = _open_store(_settings(db))
    b = briefing.build(store, cc, s, u, top=top)
    if output is None and format == "pdf":
        output = Path(briefing.default_name(b, "pdf"))
    try:
        written = briefing.write(b, format, output)
    except SitrepError as e:
        err.print(f"[red]error:[/red] {e}", highlight=False)
        raise typer.Exit(2) from None
    for path in written:
        err.print(f"wrote {path}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("export")(export_cmd)
    app.command("brief")(brief_cmd)
