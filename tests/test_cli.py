import json

from typer.testing import CliRunner

from sitrep.faces.cli import app

runner = CliRunner()
ARTICLE = ("Iraqi officials said on Sunday, 29 March 2020, that coalition troops had withdrawn from K1 air base "
           "near Kirkuk and handed it to the Iraqi army. About 300 personnel left the base.")


def test_extract_prints_the_contract(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE)
    res = runner.invoke(app, ["extract", str(p), "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)["documents"][0]
    assert doc["id"] == str(p) and doc["text"] == ARTICLE
    for key in ("entities", "places", "timexes", "events", "published", "published_inferred"):
        assert key in doc


def test_extract_json_written_per_document_is_the_whole_json(tmp_path):
    """extract writes its JSON document by document: the text is what json.dumps makes of the
    whole (documents in input order, then the errors), with none, one or several documents."""
    docs = []
    for name, text in (("a.txt", ARTICLE), ("b.txt", ARTICLE.replace("Kirkuk", "Mosul"))):
        (tmp_path / name).write_text(text)
    bad = tmp_path / "c.txt"
    bad.write_bytes(b"\x00\x00binary")
    for inputs in ([tmp_path / "a.txt", tmp_path / "b.txt", bad], [bad], [tmp_path / "a.txt"]):
        res = runner.invoke(app, ["extract", *map(str, inputs), "--format", "json", "--workers", "1"])
        got = json.loads(res.stdout)
        assert [d["id"] for d in got["documents"]] == [str(i) for i in inputs if i != bad]
        assert [e["source"] for e in got["errors"]] == ([str(bad)] if bad in inputs else [])
        assert res.stdout == json.dumps(got, ensure_ascii=False) + "\n"
        assert res.exit_code == (1 if inputs == [bad] else 0)
        docs.append(got)
    assert docs[0]["documents"][0] == docs[2]["documents"][0]


def test_ingest_twice_stores_once_and_reports_bad_input(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE)
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x00\x00binary")
    french = tmp_path / "fr.txt"
    french.write_text("Les troupes de la coalition ont quitté la base aérienne dimanche, selon un communiqué du commandement.")
    db = str(tmp_path / "s.db")
    res = runner.invoke(app, ["ingest", str(p), str(bad), str(french), "--db", db])
    assert res.exit_code == 1 and "b.txt" in res.output and "binary" in res.output
    assert "fr.txt" in res.output and "not English" in res.output
    first = json.loads(runner.invoke(app, ["stats", "--db", db, "--format", "json"]).stdout)
    res = runner.invoke(app, ["ingest", str(p), "--db", db])
    assert res.exit_code == 0
    second = json.loads(runner.invoke(app, ["stats", "--db", db, "--format", "json"]).stdout)
    assert first["documents"] == second["documents"] == 1 and first["events"] == second["events"]
    listed = runner.invoke(app, ["events", "--db", db, "--format", "json"])
    assert listed.exit_code == 0 and isinstance(json.loads(listed.stdout), list)


def test_extract_imports_spacy_without_its_command_line():
    """spaCy comes in without spacy.cli (start-up), which a later import still finds whole."""
    import subprocess
    import sys
    code = ("import sys; from sitrep.faces.cli import _import_spacy_without_its_cli as f; f(); "
            "import spacy; assert 'spacy' in sys.modules and 'spacy.cli' not in sys.modules; "
            "import spacy.cli; assert hasattr(spacy.cli, 'app') and callable(spacy.info)")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_extract_as_a_process_writes_all_and_keeps_its_status(tmp_path):
    """`sitrep extract` run as a command ends at once after its output (no interpreter
    teardown), with all its output written and its exit status kept: 0, or 1 with --strict
    when an input failed."""
    import subprocess
    import sys
    report = tmp_path / "report.txt"
    report.write_text("Troops withdraw from base\n\nPublished 3 March 2021\n\n"
                      "Hundreds of soldiers left the Qayyarah air base on Tuesday, officials said.\n")
    run = [sys.executable, "-c", "from sitrep.faces.cli import main; main()", "extract", "--format", "json"]
    done = subprocess.run(run + [str(report)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.endswith("}\n")
    assert len(json.loads(done.stdout)["documents"]) == 1
    failed = subprocess.run(run + ["--strict", str(report), str(tmp_path / "missing.txt")],
                            capture_output=True, text=True)
    out = json.loads(failed.stdout)
    assert failed.returncode == 1 and len(out["documents"]) == 1 and len(out["errors"]) == 1
