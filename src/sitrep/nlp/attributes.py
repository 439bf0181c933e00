"""The model's attribute_ruler, applied with a cache: the same POS, morphology and lemma exceptions."""
from __future__ import annotations

import re

from spacy.language import Language as _SpacyLanguage


# Token attributes an attribute rule may test, read from a token as the Matcher reads them;
# the cache key is the same attributes as integers, read for a whole doc at once (to_array).
_RULE_ATTRIBUTES = {"TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_,
                    "IS_SPACE": lambda t: t.is_space, "ORTH": lambda t: t.text, "TEXT": lambda t: t.text,
                    "NORM": lambda t: t.norm_, "POS": lambda t: t.pos_}
_KEY_ATTRIBUTES = {"TEXT": "ORTH"}   # the array attribute a tested one is keyed by, where they differ


def _condition(attribute: str, wanted):
    """A test of one token attribute, as the Matcher's pattern value means it."""
    read = _RULE_ATTRIBUTES[attribute]   # KeyError: a kind of rule this reading does not know
    if not isinstance(wanted, dict):
        return lambda t: read(t) == wanted
    if set(wanted) == {"IN"}:
        values = frozenset(wanted["IN"])
        return lambda t: read(t) in values
    if set(wanted) == {"NOT_IN"}:
        values = frozenset(wanted["NOT_IN"])
        return lambda t: read(t) not in values
    if set(wanted) == {"REGEX"}:
        pattern = re.compile(wanted["REGEX"])
        return lambda t: pattern.search(read(t)) is not None
    raise KeyError(f"predicate {sorted(wanted)}")


class TokenAttributes:
    """The model's attribute_ruler (POS and morphology from the tagger's fine tag, and the
    lemma and POS exceptions of particular words), applied with a cache instead of spaCy's
    Matcher, which cost about an eighth of the whole parse. The rules are the ruler's own,
    read from it at start-up, and the result is the same: every match is found on the
    unchanged tokens, then applied in rule order, later rules winning, as
    AttributeRuler.match and set_annotations do. Which one-token rules hold for a token, and
    which longer patterns may start at it, depends only on the attributes the rules test, so
    it is decided once per distinct combination of them."""

    def __init__(self, ruler):
        from spacy.tokens._retokenize import set_token_attrs
        self._set = set_token_attrs
        self.attrs = list(ruler.attrs)            # rule number -> {attribute id: value}
        self.indices = list(ruler.indices)        # rule number -> which token of the match is set
        self.single: list[tuple[int, list]] = []  # (rule number, [condition, ...]) for one-token patterns
        self.multi: list[tuple[int, list[list]]] = []   # (rule number, [[condition, ...] per token])
        self._patterns: list[dict] = []     # the pattern of each one-token rule, as self.single
        tested: set[str] = set()
        for number in range(len(self.attrs)):
            for pattern in ruler.matcher.get(str(number))[1]:
                if any("OP" in token for token in pattern):
                    raise KeyError("operator")
                tested.update(a for token in pattern for a in token)
                tokens = [[_condition(a, v) for a, v in token.items()] for token in pattern]
                if len(tokens) == 1:
                    self.single.append((number, tokens[0]))
                    self._patterns.append(pattern[0])
                else:
                    self.multi.append((number, tokens))
        self._key_attributes = sorted({_KEY_ATTRIBUTES.get(a, a) for a in tested})
        # key -> (one-token rules that hold, longer patterns whose first token holds)
        self._cache: dict[tuple, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        # The one-token patterns that may hold for a token: those that want its lower-case form,
        # those that want its tag, and the rest (tried on every new key).
        self._by_lower: dict[str, list[int]] = {}
        self._by_tag: dict[str, list[int]] = {}
        self._general: list[int] = []
        for k, (number, _) in enumerate(self.single):
            pattern = self._patterns[k]
            for attribute, index in (("LOWER", self._by_lower), ("TAG", self._by_tag)):
                wanted = pattern.get(attribute)
                values = [wanted] if isinstance(wanted, str) else \
                    wanted["IN"] if isinstance(wanted, dict) and set(wanted) == {"IN"} else None
                if values is not None:
                    for value in values:
                        index.setdefault(value, []).append(k)
                    break
            else:
                self._general.append(k)
        # A word no rule names: every rule meets it as it meets any other such word with the same
        # other attributes (a rule wanting a word fails, one refusing words holds), but for the
        # rules that test the word's form by a pattern, whose answers stand in for the word in a
        # second, smaller cache (_by_kind). Most new words of a document are of that kind, and
        # what the rules give them is found there without trying the rules again.
        self._lower_at: int | None = None
        self._named_words: frozenset[str] = frozenset()
        self._word_patterns: tuple = ()
        self._by_kind: dict[tuple, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        if "LOWER" in self._key_attributes and not tested & {"ORTH", "TEXT", "NORM"}:
            named, patterns = set(), []
            first_tokens = [pattern for pattern in self._patterns] + \
                [pattern[0] for number in range(len(self.attrs)) for pattern in ruler.matcher.get(str(number))[1]
                 if len(pattern) > 1]
            for pattern in first_tokens:
                wanted = pattern.get("LOWER")
                if isinstance(wanted, str):
                    named.add(wanted)
                elif isinstance(wanted, dict) and set(wanted) in ({"IN"}, {"NOT_IN"}):
                    named.update(next(iter(wanted.values())))
                elif isinstance(wanted, dict) and set(wanted) == {"REGEX"}:
                    patterns.append(re.compile(wanted["REGEX"]))
                elif wanted is not None:
                    break           # a test of the word this reading does not know: no second cache
            else:
                self._lower_at = self._key_attributes.index("LOWER")
                self._named_words = frozenset(named)
                self._word_patterns = tuple(patterns)

    def _rules_at(self, key: tuple, token) -> tuple[tuple[int, ...], tuple[int, ...]]:
        found = self._cache.get(key)
        if found is None:
            candidates = sorted({*self._by_lower.get(token.lower_, ()), *self._by_tag.get(token.tag_, ()),
                                 *self._general})
            found = (tuple(self.single[k][0] for k in candidates if all(c(token) for c in self.single[k][1])),
                     tuple(k for k, (_, tokens) in enumerate(self.multi) if all(c(token) for c in tokens[0])))
            self._cache[key] = found
        return found

    def _new_key(self, key: tuple, doc, i: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """What the rules give a key not seen before: from the second cache when no rule names its
        word, else by trying the rules (_rules_at)."""
        at = self._lower_at
        if at is None:
            return self._rules_at(key, doc[i])
        word = doc.vocab.strings[key[at]]
        if word in self._named_words:
            return self._rules_at(key, doc[i])
        kind = (*key[:at], *key[at + 1:], *(p.search(word) is not None for p in self._word_patterns))
        found = self._by_kind.get(kind)
        if found is None:
            found = self._by_kind[kind] = self._rules_at(key, doc[i])
        else:
            self._cache[key] = found
        return found

    def __call__(self, doc):
        matches = []     # (rule number, start, end), sorted as the ruler sorts them
        n = len(doc)
        if not n:
            return doc
        keys = map(tuple, doc.to_array(self._key_attributes).reshape(n, -1).tolist())
        for i, key in enumerate(keys):
            found = self._cache.get(key) or self._new_key(key, doc, i)
            singles, starts = found
            for number in singles:
                matches.append((number, i, i + 1))
            for k in starts:
                number, tokens = self.multi[k]
                end = i + len(tokens)
                if end <= n and all(all(c(doc[i + j]) for c in tokens[j]) for j in range(1, len(tokens))):
                    matches.append((number, i, end))
        matches.sort()
        for number, start, end in matches:
            index = self.indices[number]
            self._set(doc[(start if index >= 0 else end) + index], self.attrs[number])
        return doc


@_SpacyLanguage.factory("sitrep_token_attributes")
def _make_token_attributes(nlp, name):
    return TokenAttributes(nlp.get_pipe("attribute_ruler"))


def fast_token_attributes(nlp):
    """Put TokenAttributes in the attribute_ruler's place (once); the model is returned as it
    was when the ruler holds a kind of rule TokenAttributes does not read."""
    if "attribute_ruler" not in nlp.pipe_names or "sitrep_token_attributes" in nlp.pipe_names:
        return nlp
    try:
        nlp.add_pipe("sitrep_token_attributes", before="attribute_ruler")
    except KeyError:
        return nlp
    nlp.remove_pipe("attribute_ruler")
    return nlp
