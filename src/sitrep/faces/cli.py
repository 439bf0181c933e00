"""The command line: settings are read here, once, and the parts built here are passed in."""
from __future__ import annotations

import csv
import gc
import io
import json
import os
import sys
import time
from dataclasses import replace
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Optional

import typer

from sitrep.errors import InputError, SitrepError
from sitrep.model import Document
from sitrep.settings import Settings, load_settings, worker_count
from sitrep.stages.clean import NOT_ENGLISH

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="sitrep: news reports about armed conflict -> events and force posture.")


class _Console:
    """A rich Console made when first used: `sitrep extract --format json` most often prints
    nothing through one, and importing rich's console was 2% of its start-up. `console` is the
    Console itself (for rich's own classes, which use it as a context manager)."""

    def __init__(self, **options):
        self._options = options
        self._console = None

    @property
    def console(self):
        if self._console is None:
            from rich.console import Console
            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name):
        return getattr(self.console, name)


err = _Console(stderr=True, soft_wrap=True)
out = _Console(width=None if sys.stdout.isatty() else 160)  # tables stay readable when piped

DbOption = Annotated[Optional[str], typer.Option("--db", help="SQLite path or postgresql:// URL "
                                                 "(default: $SITREP_DB, else sitrep.db)")]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="output format")]
ActorsOption = Annotated[Optional[list[str]], typer.Option("--actors", help="an extra actor file (YAML, "
                                                           "the format of data/actors.yaml); repeatable")]


WorkersOption = Annotated[Optional[int], typer.Option("--workers", "-j", help="processes (default: one per core)")]


def _settings(db: str | None = None, workers: int | None = None, actors: list[str] | None = None) -> Settings:
    s = load_settings()
    if actors:
        s = replace(s, actor_files=(*s.actor_files, *actors))
    if db:
        s = replace(s, store_url=db)
    if workers is not None:
        s = replace(s, workers=workers)
    return s


def _open_store(settings: Settings):
    from sitrep.store import Store
    try:
        return Store(settings.store_url)
    except SitrepError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None


def _documents(inputs: list[str], settings: Settings, progress_label: str | None = None,
               dask: str | None = None, finish=None) -> Iterator:
    """Read and process the inputs, with a progress bar on a terminal. `finish`, when given, is
    applied to each document where it is processed (Pipeline.run) and comes instead of it."""
    from sitrep.readers import read_inputs
    raws = read_inputs(inputs, settings.max_bytes)
    if dask:
        from sitrep.scale import run_on_dask
        stream = run_on_dask(raws, settings, dask)
        if finish is not None:
            stream = (finish(d) if isinstance(d, Document) else d for d in stream)
    else:
        # The collector is paused while the modules load, as build_pipeline pauses it while the
        # model loads: what they make lives on, and walking it again and again only costs time.
        # The regular expressions the modules and the model compile are read compiled from the
        # cache folder (a sixth of the start-up).
        from sitrep.regex_cache import kept_patterns
        collecting = gc.isenabled()
        gc.disable()
        try:
            with kept_patterns():
                _import_spacy_without_its_cli()
                from sitrep.pipeline import build_pipeline
                pipeline = build_pipeline(settings)
        finally:
            if collecting:
                gc.enable()
        stream = pipeline.run(raws, workers=worker_count(settings), finish=finish)
    if not progress_label or not err.is_terminal:
        yield from stream
        return
    # imported here: `sitrep extract --format json`, most often run without a terminal, draws no bar
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    failed, start = 0, time.monotonic()
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[rate]:.1f} articles/s"), TextColumn("[red]{task.fields[failed]} failed"),
                  TimeElapsedColumn(), console=err.console, transient=False) as bar:
        task = bar.add_task(progress_label, total=None, rate=0.0, failed=0)
        for n, item in enumerate(stream, 1):
            failed += isinstance(item, InputError)
            bar.update(task, completed=n, failed=failed, rate=n / max(1e-6, time.monotonic() - start))
            yield item


def _import_spacy_without_its_cli() -> None:
    """Import spaCy without its own command line: spaCy's package imports it (its training,
    packaging and download commands, with requests, weasel and their kin) only to offer
    `spacy.info`, a tenth of `sitrep extract`'s start-up. Placeholders stand for the two
    modules while spaCy is imported and are removed after, so that a later `import spacy.cli`
    (or a call of spacy.info) imports the real ones."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    import types

    def info(*args, **kwargs):
        from spacy.cli.info import info as spacys_info
        return spacys_info(*args, **kwargs)

    placeholders = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    placeholders["spacy.cli.info"].info = info
    placeholders["spacy.cli"].info = placeholders["spacy.cli.info"]
    sys.modules.update(placeholders)
    try:
        import spacy  # noqa: F401
    finally:
        for name, placeholder in placeholders.items():
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]


def _report(e: InputError) -> None:
    err.print(f"[yellow]skipped[/yellow] {e.source}: {e.reason}", highlight=False)


@app.command()
def extract(inputs: Annotated[list[str], typer.Argument(help="files, folders, globs, or - for standard input")],
            format: FormatOption = "json",
            strict: Annotated[bool, typer.Option(help="exit 1 when any input failed")] = False,
            workers: WorkersOption = None, actors: ActorsOption = None) -> None:
    """Print the contract's JSON (or a table) for the inputs, without storing anything."""
    settings = _settings(workers=workers, actors=actors)
    docs, errors, n_docs = [], [], 0
    # The JSON is written document by document as the results come (while the workers go on
    # with the rest), the same text json.dumps makes of the whole: only the last documents'
    # writing is left after the last result. Each document's JSON is made in the worker that
    # processed it (_ExtractedJSON), which sends that text instead of the document.
    streaming = format == "json"
    for item in _documents(inputs, settings, finish=_ExtractedJSON.of if streaming else None):
        if isinstance(item, InputError):
            _report(item)
            errors.append({"source": item.source, "reason": item.reason})
        else:
            if item.language != "en":
                err.print(f"[yellow]warning[/yellow] {item.source}: {NOT_ENGLISH} (text printed, no events)",
                          highlight=False)
            n_docs += 1
            if streaming:
                sys.stdout.write(("{\"documents\": [" if n_docs == 1 else ", ") + item.json)
            else:
                docs.append(item)
    if streaming:
        sys.stdout.write(("{\"documents\": [" if not n_docs else "") + "], \"errors\": "
                         + json.dumps(errors, ensure_ascii=False) + "}\n")
    else:
        _print_events([dict(e.to_dict(), document=d.id) for d in docs for e in d.events], "table")
    # Partial failure is reported on stderr and in "errors"; it changes the status only
    # when asked (--strict) or when nothing could be read at all.
    if errors and (strict or not n_docs):
        raise typer.Exit(1)


class _ExtractedJSON:
    """A processed document as `extract` prints it: its JSON text, with the source and language
    the warnings need. Made in the worker (Pipeline.run's finish), it is what the worker sends
    back: a string instead of the document's objects, which the worker pickled and this process
    unpickled, then turned into JSON, taking CPU time from the workers (200 GWN articles:
    pickling, unpickling and JSON took 0.09 s, 0.06 s of it here; now 0.045 s, nearly all in
    the workers)."""

    __slots__ = ("source", "language", "json")

    def __init__(self, source: str, language: str, json_text: str):
        self.source, self.language, self.json = source, language, json_text

    def __reduce__(self):
        return _ExtractedJSON, (self.source, self.language, self.json)

    @classmethod
    def of(cls, doc: Document) -> "_ExtractedJSON":
        return cls(doc.source, doc.language, json.dumps(doc.to_dict(), ensure_ascii=False))


# Articles stored per transaction by `ingest`: every article writes the same pages (the ends of
# tables and indexes), so a batch writes them to the log once (Store.save_many); each article is
# still whole or absent, and an interruption loses at most one batch of unsaved work.
SAVE_BATCH = 16


@app.command()
def ingest(inputs: Annotated[list[str], typer.Argument(help="files, folders, globs, or - for standard input")],
           db: DbOption = None, workers: WorkersOption = None, actors: ActorsOption = None,
           dask: Annotated[Optional[str], typer.Option(help="process on Dask: 'local' or a scheduler "
                                                            "address (tcp://host:8786)")] = None) -> None:
    """Process the inputs and store their documents and events (each article once)."""
    settings = _settings(db, workers, actors)
    store = _open_store(settings)
    new = seen = failed = n_events = 0
    batch: list = []

    def save(docs: list) -> None:
        nonlocal new, seen, n_events
        for doc, (_, created) in zip(docs, store.save_many(docs)):
            new += created
            seen += not created
            n_events += len(doc.events) if created else 0
        docs.clear()

    for item in _documents(inputs, settings, progress_label="ingesting", dask=dask):
        if isinstance(item, InputError) or item.language != "en":
            _report(item if isinstance(item, InputError) else InputError(item.source, f"{NOT_ENGLISH} (not stored)"))
            failed += 1
            continue
        batch.append(item)
        if len(batch) >= SAVE_BATCH:
            save(batch)
    save(batch)
    err.print(f"{new} new documents ({n_events} events), {seen} already stored, {failed} failed")
    if failed:
        raise typer.Exit(1)


def _parse_near(near: str | None) -> tuple[float, float, float] | None:
    if not near:
        return None
    try:
        lat, lon, km = (float(x) for x in near.split(","))
    except ValueError:
        raise typer.BadParameter("--near takes LAT,LON,KM, e.g. 35.5,44.3,50") from None
    return lat, lon, km


def _table():
    """An empty rich table (rich.table imported here: the JSON outputs draw none)."""
    from rich.table import Table
    return Table(show_lines=False)


def _print_events(rows: list[dict], format: str) -> None:
    if format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        return
    if format == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["id", "date_start", "date_end", "type", "modality", "actors", "location", "lat", "lon",
                    "country", "fatalities", "personnel", "evidence", "report_count", "outlet_count"])
        for r in rows:
            d, loc, q = r.get("date") or {}, r.get("location") or {}, r.get("quantities") or {}
            w.writerow([r.get("id"), d.get("start"), d.get("end"), r["type"], r["modality"],
                        "; ".join(r.get("actors") or []), loc.get("name"), loc.get("lat"), loc.get("lon"),
                        loc.get("country"), q.get("fatalities"), q.get("personnel"), r.get("evidence"),
                        r.get("report_count"), r.get("outlet_count")])
        sys.stdout.write(buf.getvalue())
        return
    table = _table()
    fused = any("report_count" in r for r in rows)     # canonical events: say how many reports back each
    for col in ("id", "date", "type", "modality", "actors", "location", "numbers") + (("reports",) if fused else ()):
        table.add_column(col, overflow="fold")
    for r in rows:
        d, loc, q = r.get("date") or {}, r.get("location") or {}, r.get("quantities") or {}
        when = d.get("start") or ""
        if d.get("end") and d.get("end") != d.get("start"):
            when += f"..{d['end']}"
        numbers = ", ".join(f"{k} {_figure(v)}" + ("*" if k in (r.get("values") or {}) else "") for k, v in q.items())
        cells = [str(r.get("id", r.get("document", ""))), when, r["type"], r["modality"],
                 ", ".join(r.get("actors") or []), loc.get("name") or loc.get("country") or "", numbers]
        if fused:
            cells.append(f"{r.get('report_count', 0)} reports, {r.get('outlet_count', 0)} outlets")
        table.add_row(*cells)
    out.print(table)


@app.command("events")
def events_cmd(db: DbOption = None,
               type: Annotated[Optional[str], typer.Option("--type", help="event kind")] = None,
               since: Annotated[Optional[str], typer.Option(help="YYYY-MM-DD")] = None,
               until: Annotated[Optional[str], typer.Option(help="YYYY-MM-DD")] = None,
               country: Annotated[Optional[str], typer.Option(help="ISO code, e.g. IQ")] = None,
               actor: Annotated[Optional[str], typer.Option(help="part of an actor's name")] = None,
               near: Annotated[Optional[str], typer.Option(help="LAT,LON,KM")] = None,
               limit: Annotated[Optional[int], typer.Option(help="at most this many")] = None,
               format: FormatOption = "table") -> None:
    """List events, one per happening, fused across reports (* marks a figure the reports disagree on)."""
    from sitrep.store import EventFilter
    try:
        flt = EventFilter(type=type, since=date.fromisoformat(since) if since else None,
                          until=date.fromisoformat(until) if until else None, country=country,
                          actor=actor, near=_parse_near(near), limit=limit)
    except ValueError as e:
        raise typer.BadParameter(str(e)) from None
    store = _open_store(_settings(db))
    _print_events(store.events(flt), format)


@app.command()
def stats(db: DbOption = None, format: FormatOption = "table") -> None:
    """Counts of stored documents and events."""
    s = _open_store(_settings(db)).stats()
    if format == "json":
        sys.stdout.write(json.dumps(s, indent=1) + "\n")
        return
    out.print(f"documents {s['documents']}  events {s['events']}  from {s['first']} to {s['last']}")
    if "canonical_events" in s:
        out.print(f"canonical events {s['canonical_events']}  installations {s.get('installations', 0)}")
    for k, v in s["by_type"].items():
        out.print(f"  {k:<22}{v}")


@app.command()
def posture(name: Annotated[Optional[str], typer.Argument(help="part of an installation's name")] = None,
            at: Annotated[Optional[str], typer.Option("--at", help="the state on this day, YYYY-MM-DD")] = None,
            troops: Annotated[bool, typer.Option("--troops", help="troop levels per country and force instead")] = False,
            db: DbOption = None, format: FormatOption = "table") -> None:
    """Installations and who held them when (holder, occupants, personnel, status), with sources."""
    try:
        day = date.fromisoformat(at) if at else None
    except ValueError as e:
        raise typer.BadParameter(str(e)) from None
    store = _open_store(_settings(db))
    if troops:
        rows = store.troop_levels()
        if format == "json":
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
            return
        table = _table()
        for col in ("country", "force", "date", "type", "change", "level", "reports"):
            table.add_column(col, overflow="fold")
        for g in rows:
            for p in g["series"]:
                if day and p["date"] > day.isoformat():
                    continue
                table.add_row(g["country"] or "", g["force"] + (f" at {g['place']}" if g.get("place") else ""),
                              p["date"], p["type"],
                              "" if p["change"] is None else f"{p['change']:+g}",
                              "" if p["level"] is None else _figure(p['level']), str(len(p["sources"])))
        out.print(table)
        return
    rows = store.posture(name, day)
    if format == "json":
        sys.stdout.write(json.dumps([{k: v for k, v in r.items() if k != "id"} for r in rows],
                                    ensure_ascii=False, indent=1) + "\n")
        return
    table = _table()
    for col in ("installation", "from", "to", "status", "holder", "occupants", "personnel", "reports"):
        table.add_column(col, overflow="fold")
    for r in rows:
        for n, t in enumerate(r["timeline"]):
            table.add_row(r["name"] if n == 0 else "", t["start"] or "", t["end"] or "", t["status"],
                          t["holder"] or "", ", ".join(t.get("occupants") or []),
                          "" if t["personnel"] is None else _figure(t['personnel']),
                          str(len({s.get('document') for s in t["sources"]})))
    out.print(table)


@app.command()
def serve(db: DbOption = None,
          host: Annotated[Optional[str], typer.Option(help="address to listen on (default 127.0.0.1: this machine only)")] = None,
          port: Annotated[Optional[int], typer.Option(help="port (default 8000)")] = None) -> None:
    """Serve the API (/api/..., /openapi.json) and the analyst's page (/) over the store."""
    import uvicorn

    from sitrep.faces.api import create_app
    settings = _settings(db)
    host, port = host or settings.api_host, port if port is not None else settings.api_port
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]warning[/yellow] listening on {host}: the store is readable by anyone who can reach it")
    app_ = create_app(_open_store(settings), settings)
    err.print(f"sitrep: http://{'[' + host + ']' if ':' in host else host}:{port}/  (Ctrl-C stops)")
    uvicorn.run(app_, host=host, port=port, log_level="warning")


# the analyst's desk: `sitrep export` and `sitrep brief` (faces/desk.py)
from sitrep.faces.desk import register as _register_desk  # noqa: E402

_register_desk(app)


gazetteer_app = typer.Typer(no_args_is_help=True, help="The place index: build it, add your own places, look a name up.")
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def gazetteer_build(path: Annotated[Optional[str], typer.Option(help="where to write the index "
                                                                "(default: $SITREP_GAZETTEER, else the cache)")] = None) -> None:
    """(Re)build the gazetteer index from the installed data and your own places."""
    from sitrep.gazetteer import index_path
    from sitrep.gazetteer.build import build
    built = build(path or index_path(), log=lambda s: err.print(s, highlight=False))
    out.print(str(built))


@gazetteer_app.command("add")
def gazetteer_add(file: Annotated[str, typer.Argument(help="CSV or YAML: name, aliases, kind, lat, lon, "
                                                           "country, admin1, operator, source")]) -> None:
    """Add your own places (kept across rebuilds)."""
    from sitrep.gazetteer import index_path
    from sitrep.gazetteer.build import overlay_path
    from sitrep.gazetteer.user import PlacesFileError, add_places
    try:
        n = add_places(file, index_path())
    except (PlacesFileError, OSError) as e:
        err.print(f"[red]error:[/red] {e}", highlight=False)
        raise typer.Exit(2) from None
    err.print(f"{n} places added (kept in {overlay_path()})", highlight=False)


@gazetteer_app.command("lookup")
def gazetteer_lookup(name: str, limit: Annotated[int, typer.Option(help="at most this many")] = 10) -> None:
    """The places a name may refer to, most populous first."""
    from sitrep.gazetteer import open_gazetteer
    from sitrep.gazetteer.names import key, skeleton
    g = open_gazetteer()
    k = key(name)
    found = g.lookup([k, skeleton(k)])
    cands = {c.id: c for c in found.get(k, []) + found.get(skeleton(k), [])}.values()
    for c in sorted(cands, key=lambda c: -c.population)[:limit]:
        out.print(f"{c.name:<32} {c.kind:<12} {c.country or '':<3} {c.admin1 or '':<24} "
                  f"{c.lat:9.4f} {c.lon:9.4f}  {c.gid}", highlight=False)


def _figure(v: float) -> str:
    """1100000 -> '1,100,000'; 2.5 -> '2.5'."""
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0")


def main() -> None:
    # sitrep runs one process per core (--workers); a BLAS thread pool inside each of them
    # only competes for the same cores (about a tenth more CPU time for the same parse).
    # Set here, before the model's libraries load; a user's own setting is kept.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    if sys.argv[1:2] != ["extract"]:
        app()
        return
    plain = _plain_extract_arguments(sys.argv[2:])
    try:
        if plain is None:
            app()
        else:
            try:
                extract(**plain)
            except typer.Exit as e:
                raise SystemExit(e.exit_code) from None
    except SystemExit as e:
        _leave_at_once(e.code)
        raise
    _leave_at_once(0)


_EXTRACT_VALUE_OPTIONS = {"--format": "format", "-f": "format", "--workers": "workers", "-j": "workers",
                          "--actors": "actors"}


def _plain_extract_arguments(args: list[str]) -> dict | None:
    """The arguments of `sitrep extract` in its plain forms (inputs; --format/-f F, --workers/-j N,
    --actors FILE (repeatable), --strict/--no-strict, as `--option value` or `--option=value`, and
    `--` before inputs that start with a dash), as extract's keyword arguments; None for anything
    else (help, an unknown option, a missing or odd value), which typer then reads and answers as
    it always has. Reading the plain forms here spares typer's parsing, which imports pydantic and
    builds a validator for each parameter: 0.07 s of CPU, a tenth of the start-up before the
    workers can begin."""
    inputs: list[str] = []
    options: dict = {"format": "json", "strict": False, "workers": None, "actors": []}
    i, only_inputs = 0, False
    while i < len(args):
        arg = args[i]
        i += 1
        if only_inputs or arg == "-" or not arg.startswith("-"):
            inputs.append(arg)
        elif arg == "--":
            only_inputs = True
        elif arg in ("--strict", "--no-strict"):
            options["strict"] = arg == "--strict"
        else:
            name, given, value = arg.partition("=")
            if name not in _EXTRACT_VALUE_OPTIONS or (given and not name.startswith("--")):
                return None
            if not given:
                if i >= len(args):
                    return None
                value = args[i]
                i += 1
            if not value or value.startswith("-"):
                return None
            field = _EXTRACT_VALUE_OPTIONS[name]
            if field == "workers":
                if not value.isascii() or not value.isdigit():
                    return None
                options["workers"] = int(value)
            elif field == "actors":
                options["actors"].append(value)
            else:
                options[field] = value
    if not inputs:
        return None
    return {"inputs": inputs, **options}


def _leave_at_once(status) -> None:
    """End `sitrep extract` once its output is written and the exit handlers have run, without
    the interpreter's teardown: it freed the loaded model, gazetteer and dictionaries object by
    object (millions of them), a twentieth of a second after the last line, which the operating
    system does at once. extract holds nothing else to close (no store, no files). Returns, for
    a normal exit, when a status is not a number, output cannot be flushed (a closed pipe),
    a thread other than this one still runs, or a profiler or tracer watches (`python -m
    cProfile`, coverage: they write their results at the normal exit)."""
    import atexit
    import threading
    if not isinstance(status, int) and status is not None:
        return
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return
    if any(t is not threading.main_thread() and not t.daemon for t in threading.enumerate()):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()
    os._exit(status or 0)
