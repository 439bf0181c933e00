"""The pipeline's batch runner: order kept, errors in place, a dying worker loses nothing."""
import os
import signal
from dataclasses import replace

from sitrep.errors import InputError
from sitrep.model import Document, RawArticle
from sitrep.pipeline import Pipeline


def _raws(n):
    return [RawArticle(source=f"r{i}.txt", id=f"r{i}", text=f"Gunmen attacked a police post near Kirkuk on day {i}, "
                                                            "wounding three officers, police said.") for i in range(n)]


def test_forked_workers_keep_input_order_and_errors_in_place(pipeline):
    small = replace(pipeline, batch_size=2)
    items = _raws(5) + [InputError("bad.txt", "empty file")] + _raws(7)[5:]
    out = list(small.run(items, workers=2))
    assert [o.source for o in out] == [i.source for i in items]
    assert isinstance(out[5], InputError) and all(isinstance(o, Document) for o in out[:5])


class _Killer:
    """A stage that kills its worker process once, on the article named r3."""
    def __call__(self, doc):
        if doc.id == "r3" and os.environ.get("SITREP_TEST_PARENT") != str(os.getpid()):
            os.kill(os.getpid(), signal.SIGKILL)
        return doc


def test_a_worker_that_dies_loses_no_article(pipeline, monkeypatch):
    monkeypatch.setenv("SITREP_TEST_PARENT", str(os.getpid()))
    dying = Pipeline(cleaner=pipeline.cleaner, language=pipeline.language, stages=[_Killer()], batch_size=2)
    out = list(dying.run(_raws(8), workers=2))
    assert [o.id for o in out] == [f"r{i}" for i in range(8)]


def test_allocation_tuning_keeps_results(pipeline):
    """tune_allocation (called by build_pipeline) changes how memory is got, not what comes out:
    a second call is harmless and a batch's documents are the same as one at a time."""
    import numpy
    from sitrep.pipeline import tune_allocation
    tune_allocation()
    big = numpy.ones((2048, 1024), dtype="f")
    assert float(big.sum()) == 2048 * 1024
    raws = _raws(3)
    together = [d.to_dict() for d in pipeline.run(raws)]
    alone = [pipeline.process(r).to_dict() for r in raws]
    assert together == alone


def test_last_batches_are_cut_even_for_the_workers(pipeline):
    """Batches of (input position, item) keep batch_size; with workers, what is left when the
    input ends is cut into small even batches; one batch's worth stays one batch."""
    p = replace(pipeline, batch_size=10)
    items = list(range(95))
    alone = list(p._batches(items))
    assert [len(b) for b in alone] == [10] * 9 + [5] and [i for b in alone for _, i in b] == items
    shared = list(p._batches(items, workers=2))
    assert [i for b in shared for _, i in b] == items and all(len(b) <= 10 for b in shared)
    assert [len(b) for b in shared[-4:]] == [6, 6, 6, 7] and len(shared) == 7 + 4
    assert list(p._batches(list(range(7)), workers=2)) == [list(enumerate(range(7)))]


def test_batches_hold_texts_of_about_the_same_length_and_results_come_in_input_order(pipeline):
    """Within a window of the input the longest texts are batched first, together (the parser
    steps a batch for its longest text); the documents still come out in input order, with
    what `finish` makes of each in its place, errors as they are."""
    p = replace(pipeline, batch_size=2)
    items = [RawArticle(source=f"r{i}.txt", id=f"r{i}", text="Gunmen attacked a police post near Kirkuk. " * n)
             for i, n in enumerate([1, 5, 2, 6, 1, 4, 3])]
    batches = list(p._batches(items))
    assert [[position for position, _ in b] for b in batches] == [[3, 1], [5, 6], [2, 0], [4]]
    items[4] = InputError("bad.txt", "empty file")
    for workers in (1, 2):
        out = list(p.run(items, workers=workers, finish=lambda doc: ("done", doc.id)))
        assert out[:4] == [("done", f"r{i}") for i in range(4)]
        assert isinstance(out[4], InputError) and out[4].source == "bad.txt"
        assert out[5:] == [("done", "r5"), ("done", "r6")]


def test_last_batches_are_cut_by_length_of_text():
    """The last batches hold about the same length of text each, in order, none empty."""
    from sitrep.model import RawArticle
    from sitrep.pipeline import _even_parts
    items = [RawArticle(source=str(i), text="x" * n) for i, n in enumerate([900, 100, 100, 100, 300, 300, 300, 10, 10])]
    parts = list(_even_parts(items, 3))
    assert sum(parts, []) == items
    assert [sum(len(a.text) for a in part) for part in parts] == [900, 600, 620]
    assert [len(part) for part in _even_parts(items[:4], 4)] == [1, 1, 1, 1]


def test_a_batch_refused_by_a_broken_pool_is_not_lost(pipeline, monkeypatch):
    """When the pool breaks between two submissions, submit itself raises: the batch it was
    given still runs, in order."""
    from concurrent.futures.process import BrokenProcessPool, ProcessPoolExecutor
    calls = {"n": 0}
    real_submit = ProcessPoolExecutor.submit

    def submit(self, fn, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise BrokenProcessPool("a worker died")
        return real_submit(self, fn, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", submit)
    small = replace(pipeline, batch_size=2)
    out = list(small.run(_raws(10), workers=2))
    assert [o.id for o in out] == [f"r{i}" for i in range(10)]


def test_the_model_loads_with_its_own_saved_tokenizer(settings, pipeline):
    """load_model fills a blank tokenizer from the model's saved one: the tokenizer spaCy's own
    loading gives, setting for setting."""
    import spacy
    ours, spacys = pipeline.language.nlp.tokenizer, spacy.load(settings.model).tokenizer
    assert ours.to_bytes(exclude=["vocab"]) == spacys.to_bytes(exclude=["vocab"])   # (the vocab grows with use)


def test_actor_dictionary_is_read_from_its_cache_while_its_sources_are_the_same(tmp_path, monkeypatch):
    """The built actor dictionary is kept in sitrep's cache folder and read from there: the same
    actors and matches; a changed user file is another dictionary in a file of its own (the first
    one, just used, is kept: another checkout may use it); an unreadable cache file is built again."""
    from sitrep.pipeline import load_actors
    monkeypatch.setenv("SITREP_HOME", str(tmp_path / "home"))
    own = tmp_path / "own.yaml"
    own.write_text("- name: Northern Shield Brigade\n  type: armed_group\n  aliases: [NSB]\n")
    text = "The NSB and Islamic State fighters clashed near Hawija."
    built = load_actors([str(own)])
    caches = list((tmp_path / "home").glob("actors-*.pickle"))
    assert len(caches) == 1
    cached = load_actors([str(own)])
    assert cached is not built and [a.name for a in cached] == [a.name for a in built]
    assert [(m.start, m.end, m.canonical) for m in cached.match(text)] \
        == [(m.start, m.end, m.canonical) for m in built.match(text)]
    assert "Northern Shield Brigade" in [m.canonical for m in cached.match(text)]
    # the places stage's keys of the armed groups' names are kept with it, as made from it
    from sitrep.stages.places import group_names_of
    assert cached.group_name_keys == group_names_of(cached) and "hamas" in cached.group_name_keys
    own.write_text("- name: Southern Shield Brigade\n  type: armed_group\n  aliases: [NSB]\n")
    changed = load_actors([str(own)])
    assert "Southern Shield Brigade" in [m.canonical for m in changed.match(text)]
    now = set((tmp_path / "home").glob("actors-*.pickle"))
    assert len(now) == 2 and caches[0] in now
    (newer,) = now - set(caches)
    newer.write_bytes(b"not a pickle")
    assert "Southern Shield Brigade" in [m.canonical for m in load_actors([str(own)]).match(text)]


def test_kept_patterns_are_the_patterns_re_compiles(tmp_path):
    """While kept_patterns is active, a compiled pattern is written to the file on first sight
    and read from it after: the same pattern as re's own (code, flags, groups), matching alike;
    re's compiler is back after; a foreign file is compiled over."""
    import re
    import re._compiler

    from sitrep.regex_cache import kept_patterns
    path = tmp_path / "regex-test.pickle"
    sources = [(r"(?P<day>[0-3]?\d)\s+(?P<mon>(?i:march|april))(?![\w-])", 0),
               (r"(?<![\w-])BBC(?![\w-])", re.I), (rb"\d+(?:\.\d+)?", 0), (r"it’s|[“”]", re.U)]
    expected = [re._compiler.compile(p, f) for p, f in sources]
    original = re._compiler.compile
    for run in ("writes", "reads", "foreign"):
        if run == "foreign":
            path.write_bytes(b"not a pickle")
        re.purge()
        with kept_patterns(path) as kept:
            made = [re.compile(p, f) for p, f in sources]
        assert kept.added == (run != "reads")
        assert re._compiler.compile is original and path.is_file()
        assert made == expected and [m.groupindex for m in made] == [e.groupindex for e in expected]
    assert made[0].search("on 12 March, ").groupdict() == {"day": "12", "mon": "March"}
    assert made[1].search("the bbc said").span() == (4, 7)
