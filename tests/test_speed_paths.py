"""The shortcuts taken for speed give what the long way gives: the gazetteer's kept answers,
and `sitrep extract`'s own reading of its plain arguments."""
import pytest
import typer

from sitrep.faces import cli
from sitrep.gazetteer.build import ALT, PRIMARY, Record, write_index
from sitrep.gazetteer.lookup import Gazetteer
from sitrep.gazetteer.names import key, skeleton


@pytest.fixture()
def tiny_index(tmp_path):
    return write_index(tmp_path / "tiny.sqlite", [
        Record("gn:2", "Kirkuk", "city", 35.47, 44.39, "IQ", "Kirkuk", population=600_000, radius_km=15,
               names=[("Kirkuk", PRIMARY), ("Karkuk", ALT)]),
        Record("gn:3", "Al Qa'im", "city", 34.39, 40.99, "IQ", "Al Anbar", population=75_000,
               names=[("Al Qa'im", PRIMARY)])])


class _NoQueries:
    """A connection that must not be asked anything."""

    def execute(self, *args):
        raise AssertionError("asked SQLite again")


def test_gazetteer_answers_a_key_again_from_memory(tiny_index):
    g = Gazetteer.open(tiny_index)
    keys = [key("Kirkuk"), key("Karkuk"), skeleton(key("Qaim")), "nowhere"]
    first = g.lookup(keys)
    g._con = _NoQueries()           # every key now known, found or not: nothing is asked
    again = g.lookup(list(reversed(keys)) + [""])
    assert again == first and "nowhere" not in again
    again["kirkuk"].append(None)    # a caller's list is its own
    assert g.lookup(keys) == first


@pytest.mark.parametrize("args", [
    ["a.jsonl"], ["a.jsonl", "--format", "json"], ["--format=table", "a", "b"], ["-f", "json", "a"],
    ["a", "--strict"], ["a", "--no-strict", "--strict"], ["a", "--workers", "3"], ["-j", "1", "a"],
    ["a", "--workers=2"], ["a", "--actors", "x.yaml", "--actors=y.yaml"], ["--", "-odd", "a"],
    ["-", "--format", "json"], ["a", "--strict", "--", "--x"]])
def test_extract_reads_plain_arguments_as_typer_does(args):
    command = typer.main.get_command(cli.app).commands["extract"]
    parsed = command.make_context("extract", list(args)).params
    expected = {name: list(v) if isinstance(v, tuple) else v for name, v in parsed.items()}
    assert cli._plain_extract_arguments(list(args)) == expected


@pytest.mark.parametrize("args", [["--help"], ["a", "-fjson"], ["a", "--format"], ["a", "--workers", "x"],
                                  ["a", "--bogus"], [], ["a", "-j=2"], ["a", "--format", "-x"]])
def test_extract_leaves_other_arguments_to_typer(args):
    assert cli._plain_extract_arguments(list(args)) is None


@pytest.mark.parametrize("pieces", [1, 2, 3])
def test_largest_piece_is_numpys_max_over_the_pieces(pieces):
    import numpy
    from sitrep.nlp.entities import _largest_piece
    hidden = numpy.random.default_rng(pieces).standard_normal((37, 64, pieces), dtype=numpy.float32)
    hidden[0, 0] = numpy.nan        # a NaN wins, as in numpy's max
    best = _largest_piece(hidden)
    assert best.flags.c_contiguous and best.shape == (37, 64)
    assert numpy.array_equal(best, hidden.max(axis=2), equal_nan=True)
