"""The pipeline: builds the stages once from parts made at the edge, runs one document or many.

A bad article never stops the batch: it comes out as an InputError in its place.
"""
from __future__ import annotations

import ctypes
import gc
import hashlib
import itertools
import os
import pickle
import sys
import tempfile
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import InputError
from sitrep.fuse.cited import CitedOutlets
from sitrep.model import Document, RawArticle
from sitrep.settings import Settings
from sitrep.stages.clean import Cleaner
from sitrep.stages.events import Events
from sitrep.stages.language import Language, lemma_index_words
from sitrep.stages.places import Places, group_names_of
from sitrep.stages.times import Times

Stage = Callable[[Document], Document]


@dataclass
class Pipeline:
    cleaner: Cleaner
    language: Language
    stages: list[Stage]          # the stages after language, in order
    batch_size: int = 32

    @classmethod
    def from_parts(cls, settings: Settings, nlp, gazetteer=None, actors=None) -> "Pipeline":
        """Wire the stages around a loaded model, gazetteer and actor dictionary. The places stage
        is given the model's nouns and the dictionary's armed groups from what is loaded here
        (read again from disk, they cost each worker a quarter of a second on its first batch)."""
        language = Language(nlp, settings.batch_size)
        places = Places(gazetteer, common_nouns=lemma_index_words(language.nlp, "noun") or None,
                        group_names=_group_name_keys(actors) if actors is not None else None)
        return cls(cleaner=Cleaner(settings.min_text_chars), language=language,
                   stages=[places, Times(), Events(actors), CitedOutlets()],
                   batch_size=settings.batch_size)

    def _finish(self, doc: Document) -> Document | InputError:
        for stage in self.stages:
            try:
                doc = stage(doc)
            except Exception as e:  # one article's failure must not stop the batch
                return InputError(doc.source, f"failed in {type(stage).__name__.lower()}: "
                                              f"{type(e).__name__}: {e}")
        doc.parsed = None  # the parse is large; nothing after the stages needs it
        return doc

    def _batches(self, items: Iterable[RawArticle | InputError],
                 workers: int = 1) -> Iterator[list[tuple[int, RawArticle | InputError]]]:
        """Batches of (input position, item), batch_size long, made from windows of the input
        sorted longest text first. The parser steps all documents of a batch together, two steps
        a word of its longest one, whatever the others' length: batches of documents of about
        the same length take fewer steps (200 GWN articles: 11,600 steps instead of 19,400, and
        2-4% less CPU time for the whole pipeline). The longest go first, and the last batches are the short
        ones, which the workers share at the end. The results are put back in input order
        (_in_input_order). A window is SORT_WINDOW_BATCHES x workers batches of the input.

        With several workers, the last items (fewer than (workers + 1) x batch_size, known once
        the input has ended) are cut into 2 x workers batches of about the same length of text
        (an article's time grows with its length), so that the workers finish together instead
        of one of them parsing a whole last batch alone (on 2 cores that was up to a tenth of a
        run of a few hundred articles). Not into more: the model runs a batch's documents
        together, and a batch of a few costs more a document (parser and recogniser steps with
        few documents left: 200 GWN articles took 0.17 s more CPU, 2%, in 8 last batches of ~9
        than in 4 of ~18, no better balanced). An input of one batch stays one batch (and one
        process)."""
        size = self.batch_size
        tail = size * workers if workers > 1 else 0
        window = size * max(1, workers) * SORT_WINDOW_BATCHES
        numbered = enumerate(items)
        # read ahead of the window by what the last batches need, so that the input's end,
        # when it comes within that, is known before the window is cut
        ahead = window + tail + size
        buffer = list(itertools.islice(numbered, ahead))
        yielded = False
        while len(buffer) >= ahead:                 # more input than the window: whole batches
            part = sorted(buffer[:window], key=_longest_first)
            del buffer[:window]
            buffer += itertools.islice(numbered, window)
            for start in range(0, len(part), size):
                yield part[start:start + size]
            yielded = True
        if buffer:
            part = sorted(buffer, key=_longest_first)
            whole = max(0, len(part) - tail) // size * size
            for start in range(0, whole, size):
                yield part[start:start + size]
                yielded = True
            rest = part[whole:]
            if not rest:
                return
            if not tail or (not yielded and len(rest) <= size):
                yield rest
                return
            yield from _even_parts(rest, min(2 * workers, len(rest)), weight=_numbered_length)

    def run(self, items: Iterable[RawArticle | InputError], workers: int = 1,
            finish: Callable[[Document], object] | None = None) -> Iterator:
        """Documents (or errors) in input order, processed in batches, on `workers` processes.
        `finish`, when given, is applied to each document where it is processed (in the worker),
        and its result comes instead of the document: `extract` has its JSON made there, in
        parallel, rather than the document sent back whole and turned into JSON here."""
        yield from _in_input_order(self._numbered_results(items, workers, finish))

    def _numbered_results(self, items, workers: int, finish) -> Iterator[tuple[int, object]]:
        """(input position, result) of every item, batch by batch as they are done."""
        batches = self._batches(items, workers if "fork" in mp.get_all_start_methods() else 1)
        first = next(batches, None)
        if first is None:
            return
        second = next(batches, None)
        if workers <= 1 or second is None or "fork" not in mp.get_all_start_methods():
            for batch in itertools.chain([first], [second] if second else [], batches):
                yield from self._run_numbered(batch, finish)
            return
        yield from self._run_forked(itertools.chain([first, second], batches), workers, finish)

    def _run_numbered(self, batch: list[tuple[int, object]], finish) -> Iterator[tuple[int, object]]:
        """A batch of (position, item) run here: (position, result)."""
        return zip((position for position, _ in batch),
                   _finished(self._run_batch([item for _, item in batch]), finish))

    def _run_forked(self, batches: Iterator[list], workers: int, finish=None) -> Iterator[tuple[int, object]]:
        """Batches on forked workers that share this process's loaded model and gazetteer
        (copy-on-write); a bounded window of batches in flight keeps memory flat."""
        ctx = mp.get_context("fork")
        # The objects loaded so far (the model, gazetteer, dictionaries) live as long as the
        # process: frozen, the workers' collector never walks them again, which cost each worker
        # a tenth of a second and copied every page it touched (copy-on-write).
        gc.freeze()
        window: deque = deque()           # (future, batch), oldest first
        unsent = None                     # a batch taken from the input that submit refused
        try:
            with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_adopt,
                                     initargs=(self, finish)) as pool:
                for batch in batches:
                    # A pool broken by a worker that has just died refuses new work: the batch
                    # must not be lost with the refusal.
                    unsent = batch
                    future = pool.submit(_work, [item for _, item in batch])
                    unsent = None
                    window.append((future, batch))
                    if len(window) >= 2 * workers:
                        yield from _numbered(window[0][1], window[0][0].result())
                        window.popleft()
                while window:
                    yield from _numbered(window[0][1], window[0][0].result())
                    window.popleft()
        except BrokenProcessPool:
            # A worker died (killed for memory, or a crash in native code): nothing is lost;
            # the batches it left unfinished, and the rest, run here, in this process.
            print("sitrep: a worker process died; going on in one process", file=sys.stderr)
            for _, batch in window:
                yield from self._run_numbered(batch, finish)
            if unsent is not None:
                yield from self._run_numbered(unsent, finish)
            for batch in batches:
                yield from self._run_numbered(batch, finish)

    def _run_batch(self, batch: list[RawArticle | InputError]) -> Iterator[Document | InputError]:
        cleaned: list[Document | InputError] = []
        for item in batch:
            if isinstance(item, InputError):
                cleaned.append(item)
                continue
            try:
                cleaned.append(self.cleaner(item))
            except InputError as e:
                cleaned.append(e)
            except Exception as e:  # trafilatura or lxml failing on a strange page
                cleaned.append(InputError(item.source, f"could not be cleaned ({type(e).__name__}: {e})"))
        docs = [d for d in cleaned if isinstance(d, Document) and d.language == "en"]
        parsed = iter(self.language.pipe(docs))
        for item in cleaned:
            if isinstance(item, InputError) or item.language != "en":
                yield item   # errors, and texts in other languages, which the English stages skip
            else:
                yield self._finish(next(parsed))

    def process(self, raw: RawArticle) -> Document:
        """One article; raises InputError when it cannot be read."""
        out = next(self._run_batch([raw]))
        if isinstance(out, InputError):
            raise out
        return out


# The input is sorted, longest text first, in windows of this many batches per worker (see
# Pipeline._batches): 256 articles on two workers, where a run of a few hundred is sorted whole.
SORT_WINDOW_BATCHES = 4


def _text_length(item) -> int:
    """What an item weighs in a batch: the length of its text or page (1 at least)."""
    if isinstance(item, RawArticle):
        return max(1, len(item.text or item.html or ""))
    return 1


def _numbered_length(numbered: tuple[int, object]) -> int:
    return _text_length(numbered[1])


def _longest_first(numbered: tuple[int, object]) -> int:
    return -_text_length(numbered[1])


def _numbered(batch: list[tuple[int, object]], results: list) -> Iterator[tuple[int, object]]:
    return zip((position for position, _ in batch), results)


def _finished(results: Iterable, finish) -> Iterator:
    """The results with `finish` applied to the documents (errors and all, when None, as they are)."""
    if finish is None:
        return iter(results)
    return (finish(r) if isinstance(r, Document) else r for r in results)


def _in_input_order(numbered: Iterable[tuple[int, object]]) -> Iterator:
    """Results numbered by input position, which come in any order, yielded in input order
    (each as soon as all before it have come)."""
    waiting: dict[int, object] = {}
    position = 0
    for at, result in numbered:
        waiting[at] = result
        while position in waiting:
            yield waiting.pop(position)
            position += 1


def _even_parts(items: list, parts: int, weight: Callable[[object], int] = _text_length) -> Iterator[list]:
    """The items cut, in order, into `parts` non-empty runs of about the same length of text
    (`weight` of each item): each run takes items up to (about) its share of what is left."""
    weights = [weight(item) for item in items]
    start, left = 0, sum(weights)
    for runs_left in range(parts, 1, -1):
        share = left / runs_left
        end, size = start + 1, weights[start]
        last = len(items) - (runs_left - 1)      # the later runs keep an item each
        while end < last and size + weights[end] <= share:
            size += weights[end]
            end += 1
        if end < last and size + weights[end] - share < share - size:
            size += weights[end]                 # the item across the share, when mostly within it
            end += 1
        yield items[start:end]
        start, left = end, left - size
    yield items[start:]


_worker_pipeline: Pipeline | None = None   # set in each forked worker by _adopt, and only there
_worker_finish: Callable | None = None      # what the worker applies to each document (Pipeline.run)


# A worker's collector looks at its young objects after this many new ones instead of Python's
# 700: a document's parse, mentions and events live for the whole document, and were looked at
# (and moved to older generations, looked at again) many times over while it was read; over GWN
# in one process the collections took 0.28 s CPU with 700 and 0.14 s with this.
_WORKER_GC_THRESHOLD = 10_000


def _adopt(pipeline: Pipeline, finish: Callable | None = None) -> None:
    global _worker_pipeline, _worker_finish
    _worker_pipeline = pipeline
    _worker_finish = finish
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(_WORKER_GC_THRESHOLD, older, oldest)


def _work(batch: list) -> list:
    assert _worker_pipeline is not None
    return list(_finished(_worker_pipeline._run_batch(batch), _worker_finish))


_BLANK_TOKENIZER = "sitrep.blank_tokenizer.v1"


def load_model(name: str):
    """The spaCy model, by its package name: nothing is downloaded.

    spaCy builds a model's tokenizer from the language's defaults (2,700 special cases, three
    long expressions compiled), then reads the model's own saved tokenizer over it, which first
    resets every one of those settings: a sixth of the loading spent on a tokenizer thrown away.
    The model is loaded with a blank tokenizer instead, which the saved one then fills; a model
    that saved no tokenizer (the blank one left empty) is loaded again as spaCy would."""
    import spacy
    if _BLANK_TOKENIZER not in spacy.registry.tokenizers:
        spacy.registry.tokenizers.register(_BLANK_TOKENIZER, func=_blank_tokenizer)
    with _registries_read_once():
        try:
            nlp = spacy.load(name, config={"nlp": {"tokenizer": {"@tokenizers": _BLANK_TOKENIZER}}})
        except Exception:     # a model whose config has no place for it: spaCy's own way
            return spacy.load(name)
        tokenizer = nlp.tokenizer
        if not getattr(tokenizer, "rules", None) and getattr(tokenizer, "prefix_search", None) is None:
            return spacy.load(name)
    return nlp


class _EntryPointGroups:
    """The installed packages' entry points, each group selected once: catalogue selects a
    registry's group from all entry points of all packages at every lookup."""

    def __init__(self, entry_points):
        self.entry_points = entry_points
        self.groups: dict = {}

    def select(self, group: str):
        found = self.groups.get(group)
        if found is None:
            found = self.groups[group] = self.entry_points.select(group=group)
        return found


@contextmanager
def _registries_read_once():
    """While a model loads, the registries' entry points are selected once per registry, and the
    msgpack decoders (which srsly looks up again for every array of the model it reads, 128
    times over) once in all: looking them up went through every package's entry points each
    time, a sixth of the model's loading. Nothing registers entry points or decoders meanwhile,
    so the lookups find what they found before; both are put back after."""
    try:
        import catalogue
        import srsly.msgpack
        entry_points = catalogue.AVAILABLE_ENTRY_POINTS
        decoders = srsly.msgpack.msgpack_decoders
        found = decoders.get_all()
    except (ImportError, AttributeError):       # other versions than these: as they are
        yield
        return
    if hasattr(entry_points, "select"):
        catalogue.AVAILABLE_ENTRY_POINTS = _EntryPointGroups(entry_points)
    decoders.get_all = lambda: found
    try:
        yield
    finally:
        catalogue.AVAILABLE_ENTRY_POINTS = entry_points
        del decoders.get_all


def _blank_tokenizer():
    from spacy.tokenizer import Tokenizer

    def make(nlp):
        return Tokenizer(nlp.vocab)
    return make


def tune_allocation() -> None:
    """Keep the memory of the model's large arrays in the process instead of mapping it anew for
    every batch: numpy asks for transparent huge pages on arrays of 4 MB or more, and glibc maps
    such arrays fresh and unmaps them when freed, so the kernel cleared pages for each batch
    (a tenth of the language stage's CPU time). Here numpy asks for no huge pages and glibc
    serves large blocks from its heap and keeps freed memory (the peak stays resident, as it
    would for the next batch anyway). Forked workers inherit both. Where either is missing
    (another libc, another numpy), nothing changes."""
    try:
        from numpy._core.multiarray import _set_madvise_hugepage
        _set_madvise_hugepage(False)
    except (ImportError, AttributeError):
        pass
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    m_trim_threshold, m_mmap_threshold = -1, -3          # glibc's malloc.h
    mallopt(m_mmap_threshold, 1 << 30)
    mallopt(m_trim_threshold, (1 << 31) - 1)


def build_pipeline(settings: Settings) -> Pipeline:
    """Everything the pipeline needs, loaded once: called at the edge (CLI, API).

    The cycle collector is paused while it loads: the loading makes hundreds of thousands of
    objects that all live on, and the collector walked them again and again (a sixth of the
    start-up). They are then frozen: no later collection walks them either."""
    tune_allocation()
    collecting = gc.isenabled()
    gc.disable()
    try:
        return Pipeline.from_parts(settings, load_model(settings.model), gazetteer=open_gazetteer(),
                                   actors=load_actors(settings.actor_files))
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


def open_gazetteer(path=None):
    """The gazetteer index (built once into the user's cache, with a note on stderr, if missing)."""
    from sitrep.gazetteer import open_gazetteer as _open
    return _open(path)


def load_actors(files=()):
    """The actor dictionary: the package's actors.yaml, then the user's files (settings'
    actor_files: `--actors FILE`, [actors] files, $SITREP_ACTORS); later files win.

    Reading the YAML and building the matcher took a tenth of `sitrep extract`'s start-up; the
    dictionary so built is kept in sitrep's cache folder (pickled) and read from there (a tenth
    of the time) while the files it was read from and the dictionary's code are the same: the
    cache's name is a digest of their contents. A cache that cannot be read or written is
    passed over."""
    from sitrep.actors import ActorDictionary
    files = list(files)
    path = _actor_cache_path(files)
    if path is not None and path.is_file():
        try:
            with open(path, "rb") as fh:
                cached = pickle.load(fh)
            if isinstance(cached, ActorDictionary):
                from sitrep.gazetteer.build import mark_used
                mark_used(path)       # in use: not another build's stale file
                return cached
        except Exception:       # a truncated or foreign file: built again, and written over
            pass
    actors = ActorDictionary.load(files)
    # the places stage's keys of the armed groups' names (11 ms of start-up, the name keys
    # computed cold) are kept in the pickle with the dictionary they are made from
    actors.group_name_keys = group_names_of(actors)
    if path is not None:
        _write_atomically(path, pickle.dumps(actors, protocol=pickle.HIGHEST_PROTOCOL),
                          kind="actors-*.pickle")
    return actors


def _group_name_keys(actors) -> frozenset:
    """The name keys of the armed groups and bodies of `actors` (places.group_names_of): those
    kept with a dictionary read from the cache, else made now."""
    kept = getattr(actors, "group_name_keys", None)
    return kept if isinstance(kept, frozenset) else group_names_of(actors)


def _actor_cache_path(files: list) -> Path | None:
    """The cache file of the dictionary built from these files: named by a digest of the package's
    actors.yaml, the user's files, the dictionary's code, the code of the group name keys kept
    with it (the places stage and the gazetteer's name keys) and the matcher library (None when a
    file cannot be read: the dictionary is then read as it is, with its own errors)."""
    from importlib import resources

    import ahocorasick
    from sitrep.actors import dictionary
    from sitrep.gazetteer import names
    from sitrep.stages import places
    from sitrep.gazetteer.build import home
    digest = hashlib.sha256(f"{sys.version}|{pickle.HIGHEST_PROTOCOL}".encode())
    try:
        library = os.stat(ahocorasick.__file__)
        digest.update(f"|{ahocorasick.__file__}|{library.st_size}|{library.st_mtime_ns}".encode())
        for part in (Path(dictionary.__file__).read_bytes(),
                     Path(places.__file__).read_bytes(), Path(names.__file__).read_bytes(),
                     resources.files("sitrep.data").joinpath("actors.yaml").read_bytes()):
            digest.update(len(part).to_bytes(8, "little") + part)
        for file in files:
            part = Path(file).read_bytes()
            digest.update(str(file).encode() + b"\0" + len(part).to_bytes(8, "little") + part)
    except (OSError, TypeError, AttributeError):
        return None
    return home() / f"actors-{digest.hexdigest()[:16]}.pickle"


def _write_atomically(path: Path, data: bytes, kind: str | None = None) -> None:
    """Write a cache file whole or not at all (a file beside it, renamed over it), after removing
    the stale files of its `kind` (a glob: the same cache of other builds, see
    gazetteer.build.prune_cache); failures are passed over (a read-only cache folder)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind:
            from sitrep.gazetteer.build import prune_cache
            prune_cache(path, kind)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(temporary, path)
    except OSError:
        pass
