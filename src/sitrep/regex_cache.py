"""Compiled regular expressions kept between runs of the command line.

`sitrep extract` compiles some 440 regular expressions while it starts (spaCy's tokenizer's
prefix, suffix and infix expressions, the time grammar's rules, the outlets' names...): Python's
`re` parses each pattern and compiles it to the code of its matching engine in Python, a sixth
of the start-up (about 0.12 s). That code depends only on the pattern, its flags and the Python
that compiled it, so while `kept_patterns` is active it is read from a file in sitrep's cache
folder and handed to the engine directly (`_sre.compile`, as `re` itself does at the end of its
compilation); patterns not yet in the file are compiled as `re` does and added to it. The
patterns so made are the same objects `re` makes: the same code, flags and groups.
"""
from __future__ import annotations

import _sre
import hashlib
import pickle
import re
import sys
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import re._compiler as _compiler          # Python 3.11 and later
except ImportError:
    _compiler = None

# The array type whose items are the engine's code words (4 bytes).
_CODE_TYPE = next((kind for kind in "IL" if array(kind).itemsize == getattr(_sre, "CODESIZE", 0)), None)


class KeptPatterns:
    """The compiler's output for (pattern, flags) pairs: read from `path`, added to on a miss."""

    def __init__(self, path: Path | None):
        self.path = path
        self.kept: dict = {}
        self.used: set = set()
        self.added = False
        if path is not None and path.is_file():
            try:
                with open(path, "rb") as fh:
                    kept = pickle.load(fh)
                if isinstance(kept, dict):
                    self.kept = kept
                    from sitrep.gazetteer.build import mark_used
                    mark_used(path)       # in use: not another checkout's stale file
            except Exception:      # a truncated or foreign file: compiled again, and written over
                self.kept = {}

    def compile(self, compile_from_source, pattern, flags=0):
        """The pattern compiled: from what is kept when it is there, else by `compile_from_source`
        (re's own compiler), whose output is then kept. Only text and bytes patterns without the
        DEBUG or LOCALE flags are kept (those print, or depend on the locale of the moment)."""
        if not isinstance(pattern, (str, bytes)) or flags & (re.DEBUG | re.LOCALE):
            return compile_from_source(pattern, flags)
        flags = int(flags)         # a RegexFlag as its number: the same key, and a plain pickle
        key = (type(pattern), pattern, flags)
        found = self.kept.get(key)
        if found is not None:
            try:
                final_flags, code, groups, groupindex, indexgroup = found
                compiled = _sre.compile(pattern, final_flags, array(_CODE_TYPE, code).tolist(), groups,
                                        groupindex, indexgroup)
                self.used.add(key)
                return compiled
            except Exception:      # a record that does not fit this Python: compiled again below
                del self.kept[key]
        parsed = _compiler._parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = parsed.state.groupdict
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        final_flags, groups = flags | int(parsed.state.flags), parsed.state.groups - 1
        compiled = _sre.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup))
        # kept as the engine's words in bytes: read back ten times faster than a list of numbers
        self.kept[key] = (final_flags, array(_CODE_TYPE, code).tobytes(), groups, dict(groupindex),
                          tuple(indexgroup))
        self.used.add(key)
        self.added = True
        return compiled

    def save(self) -> None:
        """Write the file again when patterns were added (whole or not at all), with this run's
        patterns only: patterns made from input that changes (a user's actor file), or by
        another version of sitrep, are not read again and again in every later run."""
        if not self.added or self.path is None:
            return
        kept = {key: self.kept[key] for key in self.used}
        from sitrep.pipeline import _write_atomically
        _write_atomically(self.path, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL),
                          kind="regex-*.pickle")


def kept_patterns_path() -> Path | None:
    """The file of kept patterns for this Python (its version and its matching engine's) and this
    copy of sitrep (where its code is): two checkouts compile different patterns, and each keeping
    only its run's patterns in one shared file would make the other compile its own again."""
    from sitrep.gazetteer.build import home
    try:
        digest = hashlib.sha256(f"{sys.version}|{sys.hexversion}|{_sre.MAGIC}|{_sre.CODESIZE}|"
                                f"{Path(__file__).resolve().parent}".encode())
        return home() / f"regex-{digest.hexdigest()[:16]}.pickle"
    except (AttributeError, RuntimeError):      # no home folder, or an engine without these
        return None


@contextmanager
def kept_patterns(path: Path | None = None) -> Iterator[KeptPatterns | None]:
    """While active, the regular expressions compiled (by any module) are read from the file of
    kept patterns; re's own compiler is put back after, and the file written when it grew.
    Where re has not the shape this reads (another Python), nothing changes."""
    if (_compiler is None or _CODE_TYPE is None
            or not all(hasattr(_compiler, name) for name in ("compile", "_code", "_parser"))):
        yield None
        return
    original = _compiler.compile
    patterns = KeptPatterns(path if path is not None else kept_patterns_path())

    def compile(pattern, flags=0):
        return patterns.compile(original, pattern, flags)
    _compiler.compile = compile
    try:
        yield patterns
    finally:
        _compiler.compile = original
        patterns.save()
