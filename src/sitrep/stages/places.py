"""Places: every place a report names, recognised and resolved against the gazetteer.

Reads: Document.parsed, Document.entities. Writes: Document.places.

Recognition: the model's GPE/LOC/FAC entities, plus every capitalised run of words the
gazetteer knows (the model misses installations, tags "K1" or "Nineveh" as a person and
"Q-West" as a date), with transliteration variants matched through the gazetteer's skeleton
keys ("Qaim" = "Al Qa'im", "Ain al-Assad" = "Ain al-Asad"). "Nineveh province", "K1 airbase",
"North Texas" are read with their designator. A name inside a PERSON/ORG entity, a common
word, a word of a longer unknown name ("Meadow" in "Meadow Grove") or a small town's
alternate name is taken only when the rest of the document supports it. A demonym ("Iraqi
forces") is listed with kind `demonym`: it names an actor, never an event's place by itself.
A news organisation's name (outlets.txt, and the document's own outlet: "BBC", "The New York
Times") is never a place, nor is a name that ends in a street word ("Collins Avenue"): a street's
name still counts as evidence of where the document is, but is not listed.

Resolution: each name's candidates are ranked by a prior (kind, population, capital, how
the name belongs to the place: a country's own name outranks a town's) and by the document:
the container after a comma ("Alexandria, La."), "province of X" / "X province", the
countries and first-level areas the rest of the document is about (each name judged by the
others), nearness to the other places it names, "near the border with X". One name keeps
one sense through a document. A place the gazetteer lacks comes back unresolved (lat/lon
null), or placed in the town it is said to be in ("a district of Aleppo") with that town's
reach as its uncertainty.

Relative locations ("15 kilometers northwest of Kirkuk", "south of Krasnohorivka", "near
the border with Syria") become places of kind `relative` (a computed point and an
uncertainty radius), listed after the others, and confirm or correct the place they
describe. `location_for_span` is the helper the Events stage uses to place an event.

One document's working state (the names inside longer names, the document's country and area
evidence) lives in a `_DocContext` made per call and passed along, so one stage object serves
any number of threads.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from spacy.tokens import Span

from sitrep.gazetteer.build import ABBR, ALT, CURATED, DEMONYM, PRIMARY, SHORT, SKEL, SPELLED
from sitrep.gazetteer.lookup import Candidate, Gazetteer
from sitrep.geo import destination, km
from sitrep.gazetteer.names import key, skeleton, spelled_out
from sitrep.gazetteer.outlets import OutletNames, outlet_spellings
from sitrep.model import Document, Location, Place

MAX_TOKENS = 7
# resolution weights: population prior per decade, the document's country and first-level
# area focus, and nearness to the other places it names
POP_SLOPE = 0.6
FOCUS_COUNTRY = 3.0
FOCUS_AREA = 4.0
NEAR_BONUS = 2.0
NEAR_REACH = 2 * NEAR_BONUS + 2.0   # so far below the best, even a near candidate keeps under e^-4 of its share
FAME = 0.0
KEEP_POP = 100_000
KEEP_SCORE = 6.0
DOUBT_POP = 50_000
DOUBT_ALT_POP = 1_000_000
UNIQUE_FOCUS = 0.1
LOCATIVE_POP = 300_000
PART_POP = 100_000
PART_AREA_BONUS = 1.5
DOUBT_FOCUS = 0.3
# a town of a shared name in a country the document never names is doubted when the document
# is this much about one other country (told by this many other names), the name is the own
# name of places in this many countries, and the town lies this far from the document's country
HOMONYM_FOCUS = 0.5
HOMONYM_COUNTRIES = 2
HOMONYM_KM = 500.0
HOMONYM_TELLERS = 3
# a town of this size whose own name no other place bears is kept, in a report on its country,
# whatever the model calls it
UNIQUE_TOWN_POP = 10_000
UNKNOWN_POP = 1000
SEAT_BONUS = 2.0
# a town of this size that bears its own province's name is the province's seat ("Marib" of Marib
# governorate, "Farah" of Farah): a bare name of it is the town
SEAT_NAMESAKE_POP = 10_000
CAPITAL_BONUS = 1.0
SMALL_TOWN = 100_000
SMALL_TOWN_SHARE = 0.5
_CONNECTORS = frozenset({"of", "de", "del", "della", "di", "la", "le", "les", "du", "des", "da", "do", "dos",
                         "das", "al", "el", "and", "on", "upon", "the", "y", "en", "sur", "am", "an", "bin",
                         "ibn", "bani", "abu", "ad", "ar", "as", "ash", "az", "ez", "es", "at", "van", "von",
                         "der", "den", "op", "aan", "'s", "’s", "-", "–", "'", "’", "&", ".", "i", "e"})
# words that begin Arabic, Hebrew and Kurdish place names and are not names by themselves
_NAME_PARTS = frozenset("""tal tall tell tel beit bayt bait deir dayr kafr kfar kafar ain ayn ein jabal jebel jbel
jisr khan wadi ras bab abu umm um bir qasr har nahr ard sheikh shaikh sidi hay hayy tall qalaat qal at
bani beni bin ibn al el ad ar as ash az""".split())
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                         "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                         "southeastern", "southwestern", "central", "upper", "lower", "greater", "downtown",
                         "north-east", "north-west", "south-east", "south-west", "mid", "inner", "outer",
                         "rural", "suburban", "coastal"})
_PARTICLE_START = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "ez", "an", "at"})
_DESIGNATORS = {"province": "admin1", "governorate": "admin1", "oblast": "admin1", "region": "admin1",
                "state": "admin1", "prefecture": "admin1", "department": "admin1", "krai": "admin1",
                "district": "admin2", "county": "admin2", "parish": "admin2", "city": "city",
                "town": "city", "village": "city"}
_FACILITY = frozenset({"airbase", "base", "airfield", "airport", "camp", "barracks", "garrison", "outpost",
                       "air", "force", "station", "military", "naval", "facility", "bridge", "dam", "road",
                       "rail", "railway", "hydroelectric", "nuclear", "power", "plant", "border", "crossing"})
_FACILITY_END = frozenset({"airbase", "base", "airfield", "airport", "camp", "barracks", "garrison",
                           "outpost", "station", "facility", "bridge", "dam", "plant", "crossing"})
_NUMERIC_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "gen", "general", "president", "sen", "senator", "rep",
                     "gov", "governor", "col", "colonel", "lt", "capt", "captain", "sgt", "sergeant",
                     "maj", "major", "minister", "judge", "justice", "sir", "lord", "lady", "king",
                     "queen", "prince", "princess", "pope", "sheikh", "rev", "father", "brother",
                     "sister", "coach", "officer", "deputy", "prof", "professor", "mayor", "chief",
                     "commander", "admiral", "adm", "brig", "cpl", "pvt", "spc", "st"})

# Capitalised words that are also the names of some town somewhere: taken as places only
# when the model says so, or they stand in a longer name.
_COMMON = frozenset("""
a an the this that these those it its he she they we you i his her their our my your
of in on at by for from with to into over under after before during since until as but or and
if when while where what who which how why there here then now today yesterday tomorrow also
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
north south east west northern southern eastern western central middle upper lower northeast
northwest southeast southwest new old great little big greater
police army navy force forces military government state states union national federal republic
city county town village province district region island islands river lake mount mountain
valley beach bay park center centre street road avenue square bridge hall house office court
church school college university hospital airport station port harbor harbour base camp fort
president minister general colonel major captain governor mayor chief king queen prince lord
coalition alliance council committee ministry department agency senate congress parliament
security defense defence justice liberty freedom independence victory peace hope unity
friendship commerce industry enterprise opportunity progress providence concord harmony
mission orange mobile reading bath nice chance energy media news press post times star sun
guard marines corps brigade division battalion regiment command operation team unit group
home world earth man men women people life love god christ christian muslim jewish
white black red green blue brown gold golden silver royal grand best good fair
iraqi iranian american british french russian chinese syrian turkish kurdish
free capital democratic islamic arab popular revolutionary liberation resistance
air plan service services war day night morning evening week month year cup league
""".split())


class _Tok:
    """The few attributes of a spaCy token this stage reads (read in bulk: Token objects are slow)."""
    __slots__ = ("text", "idx", "whitespace_", "pos_", "is_sent_start", "is_alpha")

    def __init__(self, text, idx, whitespace_, pos_, is_sent_start, is_alpha):
        self.text = text
        self.idx = idx
        self.whitespace_ = whitespace_
        self.pos_ = pos_
        self.is_sent_start = is_sent_start
        self.is_alpha = is_alpha


def _tokens(parsed, text: str) -> list[_Tok]:
    from spacy.attrs import IDX, IS_ALPHA, LENGTH, POS, SENT_START, SPACY
    if not len(parsed):
        return []
    arr = parsed.to_array([IDX, LENGTH, SPACY, POS, SENT_START, IS_ALPHA]).tolist()
    names = parsed.vocab.strings
    pos_names: dict[int, str] = {}
    out = []
    for idx, ln, sp, pos, ss, alpha in arr:
        pn = pos_names.get(pos)
        if pn is None:
            pn = pos_names[pos] = names[pos] if pos else ""
        out.append(_Tok(text[idx:idx + ln], idx, " " if sp else "", pn, ss == 1, bool(alpha)))
    return out


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    key: str
    cands: list[Candidate]
    ner: str | None = None            # the model's label over the span, if any
    from_ner: bool = False            # the model itself called it a place
    demonym: bool = False
    support: int = 2
    want: str | None = None           # a kind asked for by "province", "airbase"...
    container: "_Mention | None" = None
    chosen: Candidate | None = None
    score: float = 0.0
    margin: float = 0.0
    point: tuple[float, float, float] | None = None   # (lat, lon, km) set by a relative location
    street: bool = False              # the name of a street ("Collins Avenue"): evidence, never listed
    scores: dict[int, float] = field(default_factory=dict)


@dataclass
class _DocContext:
    """One document's working state, made per call and passed along (so one stage object serves
    many threads): the names found inside longer names, and the document's country and area
    evidence with each name's own share (to judge a name by the others)."""
    inner: list[_Mention] = field(default_factory=list)
    focus_raw: tuple[Counter, Counter] = field(default_factory=lambda: (Counter(), Counter()))
    own: tuple[dict, dict, float, float] = field(default_factory=lambda: ({}, {}, 0.0, 0.0))
    actor_keys: set = field(default_factory=set)   # the name keys read as demonyms ("russian")
    text: str = ""                                  # the document's text


class Places:
    """Recognise and resolve the places of a document against a Gazetteer (passed in)."""

    reads = ("Document.parsed", "Document.entities")
    writes = ("Document.places",)

    def __init__(self, gazetteer: Gazetteer | None = None, outlets: list[str] | None = None,
                 common_nouns: frozenset[str] | None = None, group_names: frozenset[str] | None = None):
        """common_nouns: the English nouns of the model in use (its lemmatizer's index); group_names:
        the name keys of the armed groups and bodies of the actor dictionary in use (group_names_of).
        The pipeline passes both from what it has loaded; where either is None, it is read from
        the installed models or the package's actor file when first needed."""
        self.gazetteer = gazetteer
        # names of news organisations ("BBC", "The New York Times", "Kyiv Independent"): never places
        self.outlet_names = OutletNames(outlet_spellings() if outlets is None else outlets)
        self._common_nouns = common_nouns
        self._group_names = group_names

    def common_nouns(self) -> frozenset[str]:
        return _common_nouns() if self._common_nouns is None else self._common_nouns

    def group_names(self) -> frozenset[str]:
        return _group_names() if self._group_names is None else self._group_names

    def __call__(self, doc: Document) -> Document:
        if self.gazetteer is None or doc.parsed is None:
            doc.places = [Place(mention=e.text, start=e.start, end=e.end, name=e.text)
                          for e in doc.entities if e.label in _PLACE_LABELS]
            return doc
        ctx = _DocContext(text=doc.text)
        mentions = self._recognise(doc, ctx)
        self._resolve(doc, mentions, ctx)
        for m in mentions:
            _counted_twin(m)
        self._contain(mentions)
        self._doubt(mentions, ctx)
        _short_forms(mentions)
        relatives = self._relative(doc, mentions)
        relatives += self._country_parts(doc.text, mentions, relatives)
        relatives.sort(key=lambda p: p.start)
        _mark_coordinated(doc.text, mentions)
        _mark_apposed(doc.text, mentions)
        mentions = [m for m in mentions if self._keep(m, ctx) and not m.street]
        places = [self._place(m) for m in mentions]
        places.extend(self._towns_in_installations(mentions, ctx))
        places.sort(key=lambda p: (p.start, -p.end))
        doc.places = places + relatives
        _retag_towns_read_as_peoples(doc, places)
        return doc

    def _towns_in_installations(self, mentions: list[_Mention], ctx: "_DocContext") -> list[Place]:
        """The town a base is named after, inside its name ("Qaim" in "the Qaim base"), as a place
        of its own when the town is where the base is."""
        out = []
        for m in mentions:
            c = m.chosen
            if c is None or c.kind != "installation":
                continue
            inner = [x for x in ctx.inner if m.start <= x.start and x.end <= m.end
                     and (x.start, x.end) != (m.start, m.end)]
            best = None
            for x in sorted(inner, key=lambda x: x.start - x.end):
                towns = [t for t in x.cands if t.kind == "city" and km(t.lat, t.lon, c.lat, c.lon) <= 40]
                if towns:
                    best = (x, max(towns, key=lambda t: t.population))
                    break
            if best:
                x, t = best
                out.append(Place(mention=x.text, start=x.start, end=x.end, name=t.name, lat=t.lat, lon=t.lon,
                                 country=t.country, kind="city", uncertainty_km=t.radius_km, gazetteer_id=t.gid,
                                 admin1=t.admin1))
        return out

    # ------------------------------------------------------------------ recognition

    def _recognise(self, doc: Document, ctx: "_DocContext") -> list[_Mention]:
        text, parsed = doc.text, doc.parsed
        toks = _tokens(parsed, text)
        n = len(toks)
        # spaCy builds Doc.ents anew (a Span per entity) on each access: read it once
        ents = parsed.ents
        ent_of = [None] * n
        for ent in ents:
            for i in range(ent.start, ent.end):
                ent_of[i] = ent
        # surnames of the people the document names: "Jackson" after "Michael Jackson"
        person_words = set()
        for ent in ents:
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text[:1].isupper() \
                    and not (ent[-1].text.isupper() and len(ent[-1].text) <= 3):   # "Henry Lazenby US-based"
                person_words.add(key(ent[-1].text))

        spans: list[tuple[int, int, int, int, str | None]] = []   # (start, end, first tok, last tok, want)
        for i, t in enumerate(toks):
            w = t.text
            if not w or not (w[0].isupper() or (w.lower() in _PARTICLE_START and i + 2 < n
                                                 and toks[i + 1].text in "-–" and toks[i + 2].text[:1].isupper()
                                                 # not the tail of a name: "Fateh al-Sham", "Bashar al-Assad"
                                                 and not (i and toks[i - 1].text[:1].isupper()))):
                continue
            words = 0
            j = i
            while j < n and j - i < MAX_TOKENS + 3:
                tj = toks[j]
                wj = tj.text
                if j > i:
                    if "\n" in toks[j - 1].whitespace_ or (toks[j - 1].whitespace_ and wj in ".-–"):
                        break
                    low = wj.lower()
                    if wj[:1].isupper() or wj[:1].isdigit():
                        pass
                    elif low in _CONNECTORS or low in _FACILITY or low in _DESIGNATORS:
                        pass
                    else:
                        break
                words += tj.is_alpha or tj.text[:1].isalnum()
                if words > MAX_TOKENS:
                    break
                last = wj
                low = last.lower()
                s, e = t.idx, tj.idx + len(wj)
                if last == "." and j > i:
                    prev = toks[j - 1].text
                    if not toks[j - 1].whitespace_ and ("." in prev or len(prev) == 1):
                        spans.append((s, e, i, j, None))
                elif low in _DESIGNATORS and j > i:
                    spans.append((s, e, i, j, _DESIGNATORS[low]))
                elif low in _FACILITY_END and j > i:
                    spans.append((s, e, i, j, "installation"))
                if (last[:1].isupper() or last[:1].isdigit()) and last != ".":
                    spans.append((s, e, i, j, None))
                j += 1

        # the model's own place entities, "the" stripped
        ner_spans = []
        for ent in ents:
            if ent.label_ in _PLACE_LABELS:
                s, e = ent.start_char, ent.end_char
                if text[s:s + 4].lower() == "the ":
                    s += 4
                q = _QUANTIFIER.match(text, s, e)
                if q:
                    s = q.end()   # "Many Kurds", "Thousands of Syrians": the people, not a place named so
                if text[e - 2:e] in ("'s", "’s"):
                    e -= 2
                while e > s and (text[e - 1] in "-–,;:'\"’" or text[e - 1].isspace()):
                    e -= 1
                while s < e and text[s].isspace():
                    s += 1
                if e > s:
                    ner_spans.append((s, e, ent))

        keys: set[str] = set()
        span_keys = []
        for s, e, i, j, want in list(spans):
            if want is None and j > i and toks[i].text.lower() in _DIRECTIONS and toks[i + 1].text[:1].isupper():
                spans.append((s, e, i, j, "part"))
        for s, e, i, j, want in spans:
            k = key(text[s:e])
            stem = None
            if want == "part":
                stem = key(text[toks[i + 1].idx:e])
                keys.update((k, stem, skeleton(stem)))
                span_keys.append((s, e, i, j, want, k, stem))
                continue
            if want:
                # "Nineveh province" -> "Nineveh"; "K1 airbase" -> "K1"
                stem_end = j
                while stem_end > i and (toks[stem_end].text.lower() in _DESIGNATORS
                                        or toks[stem_end].text.lower() in _FACILITY):
                    stem_end -= 1
                if toks[stem_end].text[:1].isupper() or toks[stem_end].text[:1].isdigit():
                    stem = key(text[s:toks[stem_end].idx + len(toks[stem_end].text)])
            ks = [k, skeleton(k), spelled_out(k)] + ([stem, skeleton(stem)] if stem else [])
            keys.update(ks)
            span_keys.append((s, e, i, j, want, k, stem))
        for s, e, ent in ner_spans:
            k = key(text[s:e])
            keys.update((k, skeleton(k), spelled_out(k)))
        found = self.gazetteer.lookup(keys)

        def cands_for(k: str, want: str | None = None, acronym: bool = False) -> list[Candidate]:
            exact = [c for c in found.get(k, ()) if not c.flags & SKEL]
            if acronym:     # "BBC" is no spelling of "BC": letters of an acronym never fold
                return exact
            full = spelled_out(k)
            if full != k:   # "St. Petersburg" is as much "Saint Petersburg" as its own spelling
                exact += [replace(c, flags=c.flags | SPELLED) for c in found.get(full, ()) if not c.flags & SKEL]
            sk = skeleton(k)
            if exact and any(c.kind not in ("admin1", "admin2") for c in exact):
                return exact
            if exact:   # "Hasaka": the province's name, and a spelling of its capital's
                return exact + [c for c in found.get(sk, ()) if c.flags & SKEL and c.kind == "city"
                                and c.flags & PRIMARY]
            return [c for c in found.get(sk, ()) if c.flags & SKEL] + \
                   [c for c in found.get(sk, ()) if not c.flags & SKEL and sk != k]

        matches: list[_Mention] = []
        for s, e, i, j, want, k, stem in span_keys:
            cands = cands_for(k, acronym=_acronym(text[s:e])) if want != "part" else []
            if cands and j > i and toks[i].text == "The" and \
                    {c.id for c in cands} == {c.id for c in cands_for(k[4:])}:
                continue          # "The Bahamas": the name is "Bahamas", as the model's entities read it
            if want == "part":
                # "North Texas", "northern Iraq"; not "North Fourth Street"
                after = text[e:e + 12].lower()
                if re.match(r"\s+(street|st\b|avenue|ave\b|road|rd\b|boulevard|drive|lane|way|court)", after):
                    continue
                cands = [c for c in cands_for(stem) if (c.kind in ("country", "admin1", "region")
                                                        or c.kind == "city" and c.population >= PART_POP)
                         and not c.flags & DEMONYM]
            elif not cands and stem and not any(c.kind == "country" or c.flags & DEMONYM
                                                for c in cands_for(stem)):
                cands = [c for c in cands_for(stem) if want == "installation" and c.kind == "installation"
                         or want != "installation" and c.kind in ("admin1", "admin2", "city", "region")]
                if want in ("admin1", "admin2"):
                    cands = [c for c in cands if c.kind in ("admin1", "admin2")] or cands
            if not cands:
                continue
            ent = ent_of[i]
            m = _Mention(s, e, text[s:e], k, _dedupe(cands), ner=ent.label_ if ent is not None else None,
                         want=want)
            m._toks = (i, j)  # type: ignore[attr-defined]
            m._ent = ent      # type: ignore[attr-defined]
            matches.append(m)
        for s, e, ent in ner_spans:
            k = key(text[s:e])
            if not any(m.start == s and m.end == e for m in matches):
                cands = cands_for(k, acronym=_acronym(text[s:e]))
                m = _Mention(s, e, text[s:e], k, _dedupe(cands), ner=ent.label_, from_ner=True)
                m._toks = (ent.start, ent.end - 1)  # type: ignore[attr-defined]
                m._ent = ent  # type: ignore[attr-defined]
                matches.append(m)
            else:
                for m in matches:
                    if m.start == s and m.end == e:
                        m.from_ner = True

        self._add_seats(matches)
        # accept or refuse each match, then keep the longest of overlapping ones
        lower_words = {t.text for t in toks if t.text.islower()}
        for m in matches:
            m._lower_words = lower_words  # type: ignore[attr-defined]
            m.support = self._support(m, toks, text, person_words)
        # one sense per name: a name the gazetteer lacks that speaks in one sentence ("Hemedti
        # said") is a person in the others too ("forces loyal to Hemedti control the city")
        unknown = {m.text for m in matches if not m.cands and m.support}
        if unknown:
            agents = {ent.text for ent in ents if ent.text in unknown and ent.label_ in _AGENT_LABELS
                      and _reads_as_agent(ent)}
            for m in matches:
                if not m.cands and m.text in agents:
                    m.support = 0
        # a name inside an armed group's or a body's that the actor dictionary knows ("the Gulf Clan", a
        # Colombian cartel, is not on the Persian Gulf); a country's name inside one still tells of the country
        groups = self.group_names()
        for m in matches:
            ent = m.__dict__.get("_ent")
            if ent is None or not m.support or any(c.kind in ("country", "continent") or c.flags & DEMONYM
                                                   for c in m.cands):
                continue
            whole = ent.text[4:] if ent.text[:4].lower() == "the " else ent.text
            if len(whole) > len(m.text) and key(whole) in groups:
                m.support = 0
        # a name inside a news organisation's ("BBC", "Kyiv Independent", the document's own outlet)
        for a, b in self.outlet_names.spans(text, doc.outlet):
            for m in matches:
                if a <= m.start and m.end <= b:
                    m.support = 0
        accepted = [m for m in matches if m.support]
        accepted.sort(key=lambda m: (-(m.end - m.start), -bool(m.cands), m.start))
        taken: list[_Mention] = []
        used = bytearray(len(text) + 1)
        for m in accepted:
            if any(used[m.start:m.end]):
                continue
            used[m.start:m.end] = b"\x01" * (m.end - m.start)
            taken.append(m)
        # an unmatched model entity that holds a matched name gives way to it
        taken.sort(key=lambda m: m.start)
        out = []
        for m in taken:
            if not m.cands and m.from_ner:
                inner = [x for x in matches if x.cands and m.start <= x.start and x.end <= m.end and x.support
                         and (_head_words_only(text[m.start:x.start] + " " + text[x.end:m.end])
                              or m.ner in ("GPE", "LOC") and _strong(x.cands))]
                if inner:
                    best = max(inner, key=lambda x: x.end - x.start)
                    best.support = 2
                    out.append(best)
                    continue
                # a street named after a place ("Morecambe Road"): listed as it is, and the place
                # it is named after kept as evidence of where the document is
                out.extend(x for x in matches if x.street and x.cands and x.support
                           and m.start == x.start and x.end < m.end)
                if any(w in _ORGISH for w in re.findall(r"[a-z]+", m.text.lower())):
                    continue      # "Syrian Observatory for Human Rights": an organisation the model misread
                if m.key in person_words:
                    continue      # "Soleimani" after "Qassem Soleimani": a person the model misread
            out.append(m)
        for m in out:
            if m.key in _DIRECTIONS or m.key in ("centre", "center", "capital"):
                # "the West", "North": Cameroon's West region only by its full name
                m.cands = [c for c in m.cands if c.kind in ("region", "continent", "sea")]
            dem = [c for c in m.cands if _demonym_only(c)]
            if dem and not m.want:
                others = [c for c in m.cands if not _demonym_only(c)]
                # "Canadian" is Canada's people before it is a town in Texas
                if any(c.kind in ("country", "admin1", "region", "continent", "sea") for c in others):
                    m.cands = others
                else:
                    m.cands = dem
                    m.demonym = True
            # a town that only has the name as an alternate, inside the country or area that
            # has it as its own ("Mexico" is not Mexico City)
            # (but a province's seat stays: "Raqqa" is the town before the province)
            big = [c for c in m.cands if c.kind in ("country", "admin1") and c.flags & (PRIMARY | CURATED)]
            if big:
                m.cands = [c for c in m.cands if not (
                    c.kind == "city" and not c.flags & (PRIMARY | CURATED)
                    and any(b.country == c.country and (b.kind == "country" or key(b.name) == key(c.admin1 or "")
                                                        and c.population < 50_000)
                            for b in big))]
            # nor is a town that has only as an old or other name the own name of a country's
            # capital ("Islamabad", an old name of Anantnag, is Pakistan's capital)
            if any(c.kind == "city" and c.capital and c.flags & PRIMARY and not c.flags & SKEL for c in m.cands):
                m.cands = [c for c in m.cands if not (c.kind == "city" and not c.capital
                                                      and not c.flags & (PRIMARY | CURATED))]
        ctx.inner = [x for x in matches if x.cands and x.support and x not in out]
        return out

    def _add_seats(self, matches: list[_Mention]) -> None:
        """A name that found only a province also reads as the province's seat when the seat is
        spelled otherwise ("Hodeidah": Al Hudaydah governorate, and the port of Al Ḩudaydah)."""
        wanted: dict[str, list[_Mention]] = defaultdict(list)
        for m in matches:
            if m.cands and all(c.kind in ("admin1", "admin2") for c in m.cands):
                for c in m.cands:
                    if c.kind == "admin1":
                        wanted[skeleton(key(c.name))].append(m)
        if not wanted:
            return
        found = self.gazetteer.lookup(list(wanted))
        for sk, ms in wanted.items():
            for c in found.get(sk, ()):
                if c.kind != "city" or c.population < 50_000:
                    continue
                for m in ms:
                    if c not in m.cands and any(a.kind == "admin1" and a.country == c.country
                                                and key(a.name) == key(c.admin1 or "") for a in m.cands):
                        m.cands.append(c)

    def _support(self, m: _Mention, toks, text: str, person_words: set[str]) -> int:
        """2: a place for sure; 1: a place if it resolves convincingly; 0: not a place.
        A name the words alone leave in doubt is a place for sure after a preposition of place
        ("militias from Misrata", "in Colchester")."""
        support = self._support_by_form(m, toks, text, person_words)
        if support == 1 and _LOCATIVE_BEFORE.search(text, max(0, m.start - 20), m.start) \
                and not m.text.isupper() and (any(c.kind != "city" or c.population >= LOCATIVE_POP for c in m.cands)
                                              or len(m.cands) == 1 and m.cands[0].flags & CURATED):
            return 2              # (or the one place of our own list so called: "at al-Mawasi")
        if support == 1 and (_TOWN_OF.search(text, max(0, m.start - 80), m.start)
                             or _SITE_AT.search(text, max(0, m.start - 40), m.start)) \
                and any(c.kind in _TOWN_KINDS for c in m.cands):
            return 2              # "the town of Dori", "the village of Solhan", "the airport at Merowe":
                                  # the words say it is a settlement (or where a site is), even when the
                                  # model reads the name as a person's
        return support

    def _support_by_form(self, m: _Mention, toks, text: str, person_words: set[str]) -> int:
        if not m.text[:1].isupper() and not m.text[:1].isdigit() and \
                m.text.split("-")[0].lower() not in _PARTICLE_START:
            return 0              # "mosques", "east": the model's lower-case "places"
        if not m.cands:
            # "M23", "Hezbollah": an armed group or body the actor dictionary knows, which the
            # model took for a place, is none when the gazetteer knows no place so called; nor is a
            # name that speaks or commands ("Hemedti said", "forces loyal to Hemedti")
            return 2 if m.from_ner and m.key not in self.group_names() and not _reads_as_agent(m._ent) else 0  # type: ignore[attr-defined]
        i, j = m._toks  # type: ignore[attr-defined]
        ent = m._ent    # type: ignore[attr-defined]
        if ent is not None and ent.label_ in ("PERSON", "ORG") and m.key in self.group_names() \
                and _covers(m, ent, text) and not _strong(m.cands) \
                and not any(c.flags & (CURATED | DEMONYM) for c in m.cands) \
                and not _LOCATIVE_BEFORE.search(text, max(0, m.start - 20), m.start):
            return 0              # "Wagner denied it", "Wagner's men": the group, not a hamlet called so
        if m.key in _NAME_PARTS and not (_town_of_note(m.cands) and not text[m.end:m.end + 2].strip()[:1].isupper()):
            return 0              # "Tal", "Beit", "Deir": the first word of a longer name (but "attacked
                                  # Beni on Monday": the town of its own, the name ending there)
        if i == j and m.text[:1].isupper() and not m.text.isupper() and not any(
                c.flags & CURATED and not c.flags & SKEL for c in m.cands):
            if _given_name(toks, j):
                return 0          # "Vladimir PUTIN", "Paul KAGAME": a first name before a surname in capitals
            if _plural_noun(m.text, self.common_nouns()) and not any(c.kind in ("country", "continent", "region", "sea", "landform",
                                                           "installation") or c.flags & DEMONYM for c in m.cands) \
                    and not _LOCATIVE_BEFORE.search(text, max(0, m.start - 20), m.start):
                return 0          # "Lakes and Rivers were flooded", "Plains": a common noun's plural, not
                                  # Rivers State or a town named Plains (unless told as a place: "in Rivers")
        if i == j and _shouted_surname(toks, i, m.text) and not re.match(r"\s*(?:\(|—|–|-\s)", text[m.end:m.end + 3]):
            return 0              # "Sergeant William RIVERS", "Cpl. ABUJA": a surname in capitals after a
                                  # given name or a rank, not Rivers State (but "Associated Press WASHINGTON
                                  # (AP) —": a dateline)
        cands = m.cands
        exact_curated = any(c.flags & CURATED and not c.flags & SKEL
                            and c.kind in ("installation", "landform", "region", "sea") for c in cands)
        curated = any(c.flags & CURATED for c in cands)
        whole_ent = ent is not None and _covers(m, ent, text)
        label = ent.label_ if ent is not None else None
        words = [w for w in re.split(r"[\s\-–]+", m.text) if w]
        single = len(words) == 1
        first = toks[i]
        skel_only = all(c.flags & SKEL for c in cands)
        # abbreviations of states ("La.", "CA") only after "Place, " unless unmistakable
        if all(c.flags & ABBR for c in cands):
            if not (m.text.isupper() or "." in m.text):
                return 0          # "Al" is not AL (Alabama)
            if m.text.replace(".", "").isupper() and any(c.kind in ("country", "region") for c in cands):
                return 2          # "US", "UK", "EU" in capitals: a state's own short name, even in
                                  # an organisation's ("the US Trade Representative")
            after_comma = text[max(0, m.start - 2):m.start] == ", "
            safe = ("." in m.text.rstrip(".")) or (len(m.text.rstrip(".")) >= 4 and m.text.endswith("."))
            return 2 if after_comma or safe else 1 if label in _PLACE_LABELS or label is None else 0
        if label == "ORG" and not whole_ent and any(c.kind == "sea" for c in cands) and any(
                w.lower() in _ORGISH for w in re.findall(r"[A-Za-z]+", text[ent.start_char:m.start] + " "
                                                         + text[m.end:ent.end_char])):
            return 0              # "the North Atlantic Council", "the Pacific Fund": a body named after
                                  # an ocean is not on it (a town in a body's name is where it sits)
        if _NAMED_AFTER.match(text, m.end) and not exact_curated and not _strong(cands) \
                and not any(c.kind == "city" and c.population >= 100_000 for c in cands):
            return 0              # "Loyola University", "Cornell College": a person's name, not the small town
        if _STREET_AFTER.match(text, m.end) and not exact_curated:
            # "Atlantic Avenue", "Morecambe Road": a street, not the place; the name still tells
            # where the document is (a Morecambe Road runs near Morecambe), so it is resolved, not listed
            m.street = True
        if any(_demonym_only(c) for c in cands) and label not in _NUMERIC_LABELS and label != "PERSON" \
                and not m.want:
            return 2 if m.text[:1].isupper() else 0
        # (the date words are read on the name alone when the model's entity opens with it and runs on past
        # it: "in Amhara on Monday"; not "January, South Carolina", "12:03 p.m. Walker County")
        numeric_text = m.text if not whole_ent and ent is not None and ent.start_char == m.start else \
            (ent.text if ent is not None else m.text)
        if label in _NUMERIC_LABELS and (re.search(r"\d", numeric_text) or m.key in _COMMON
                                          or any(w.lower() in _COMMON for w in numeric_text.split())):
            return 2 if exact_curated else 0     # (the model calls "Manbij" a date: a name with no
                                                 # number or date word in it is read like an untagged one)
        if m.text.isupper() and len(m.text) >= 4 and _strong(cands) and \
                re.match(r"\s*(?:\(|—|–|-\s|,|:)", text[m.end:m.end + 3]):
            return 2              # a dateline: "WASHINGTON (AP) —", "BAGHDAD, Jan. 3"
        if single and (m.key in person_words and label not in _PLACE_LABELS and not _inside_place(text, m)
                       or _titled(toks, i)) \
                and not (curated and whole_ent):
            return 0              # ("Rivers" after "Joe Rivers"; but "clashes in Rivers and Bayelsa states")
        admin = any(c.kind in ("country", "admin1", "continent") and c.flags & (PRIMARY | CURATED) for c in cands)
        if label == "PERSON":
            if not whole_ent:
                # "Seattle Seahawks", "Bolton Wanderers": a team named after its city;
                # "Air France KLM", "New Mexico GOP": the model's misread organisations
                rest = text[m.end:ent.end_char].split()
                team = bool(rest) and all(w[:1].isupper() and w.endswith("s") for w in rest)
                around = re.findall(r"[A-Za-z][\w'’.]*", text[ent.start_char:m.start] + " " + text[m.end:ent.end_char])
                generic = all(w.isupper() or w.lower() in _COMMON or w.lower() in _HEADS or w.lower() in _ORGISH
                              for w in around)
                if m.start == ent.start_char and team and _strong(cands):
                    return 1
                return 1 if generic and _strong(cands) else 0
            if skel_only and single:
                return 1 if not curated else 2
            return 2 if admin or curated else 1
        if m.from_ner or (label in _PLACE_LABELS and whole_ent):
            return 2
        if exact_curated:
            return 2
        # a name only the gazetteer knows (or one inside an organisation's name)
        if single and not admin and _in_longer_name(toks, i, j):
            return 0
        if single:
            w = first.text
            low = w.lower()
            if low in _COMMON or (first.is_sent_start and first.pos_ != "PROPN"):
                return 0
            if first.pos_ not in ("PROPN", "NOUN", "X") and not w.isupper() \
                    and not (_town_of_note(cands) and not _title_case_line(text, m.start)):
                return 0          # ("Will", "Hands" of a headline; but the tagger reads some names
                                  # it has never seen as verbs: "fighters began leaving Bakhmut")
            if w.isupper() and len(w) <= 3 and not any(c.kind == "country" for c in cands):
                return 0
            if low in m._lower_words and not w.isupper() and not admin:  # type: ignore[attr-defined]
                return 0          # the same word stands in lower case elsewhere: a common word
        if not single and any(c.flags & PRIMARY and c.kind != "city" for c in cands):
            return 2
        if label == "ORG":
            return 1
        if any(c.kind in ("country", "admin1", "continent") and c.flags & PRIMARY for c in cands):
            return 2
        return 1

    # ------------------------------------------------------------------ resolution

    def _resolve(self, doc: Document, mentions: list[_Mention], ctx: "_DocContext") -> None:
        text = doc.text
        by_start = sorted(mentions, key=lambda m: m.start)
        # containers: "Alexandria, La." / "Kirkuk, Iraq"
        for a, b in zip(by_start, by_start[1:]):
            gap = text[a.end:b.start]
            if (gap in (", ", ",", " , ") or _IN_PART_OF.fullmatch(gap)) and b.cands and not b.demonym \
                    and any(c.kind in ("admin1", "country") for c in b.cands) \
                    and not any(c.kind in ("admin1", "country", "continent") for c in a.cands):
                a.container = b   # (not "Tamil Nadu, Karnataka": a list)
            # "the Salah al-Din district of Aleppo", "a neighbourhood in Mosul"
            elif b.cands and re.fullmatch(r"\s*(?:\w+\s+)?(?:of|in)\s+(?:the\s+)?(?:city\s+of\s+)?", gap) and \
                    _SUBAREA.fullmatch((a.text.split()[-1] + " " + gap.split()[0]).split()[0 if _SUBAREA.fullmatch(
                        a.text.split()[-1]) else 1]):
                a.container = b
                a.part_of = True  # type: ignore[attr-defined]
            # a place the gazetteer lacks, said to be in one it has: "the Rogers Centre in Toronto"
            elif not a.cands and a.from_ner and re.fullmatch(r"\s*(?:,|in|at|of)\s+(?:the\s+)?", gap) \
                    and any(c.kind in ("city", "admin2") for c in b.cands):
                a.container = b
                a.part_of = True  # type: ignore[attr-defined]
        # "the West Bank city of Jenin", "the Tigray town of Hawzen": the area before the word of a settlement
        # holds the town (not "the Turkish border town of Karkamis": a people, which _mark_apposed reads)
        for m in by_start:
            if m.container is not None or not m.cands:
                continue
            told = _TOWN_OF.search(text, max(0, m.start - 80), m.start)
            if told is None:
                continue
            held = [x for x in by_start if told.start() <= x.start and x.end <= m.start and not x.demonym
                    and any(c.kind in ("country", "admin1", "region") for c in x.cands)]
            if held:
                m.container = held[-1]
        # a name listed with first-level areas and nothing else ("California or Washington",
        # "Alaska, Hawaii and Washington") is one of them
        for a, b in zip(by_start, by_start[1:]):
            if not _LIST_GAP.fullmatch(text[a.end:b.start]):
                continue
            for x, y in ((a, b), (b, a)):
                if y.cands and all(c.kind == "admin1" for c in y.cands) and not x.want \
                        and any(c.kind == "admin1" for c in x.cands):
                    x.want = "admin1"
        # cues in the words before and after a name
        plural_areas = any(w in text for w in ("provinces", "governorates", "oblasts", "regions", "states"))
        for m in mentions:
            before = text[max(0, m.start - 40):m.start].lower()
            after = text[m.end:m.end + 25].lower()
            if re.search(r"\b(province|governorate|state|region|oblast) of (the )?$", before) or \
                    re.match(r"\s*(province|governorate|oblast)\b", after) or plural_areas and (
                    _AREAS_AFTER.match(text, m.end)
                    or _PLURAL_AREA.match(text, m.end) and _LISTED_BEFORE.search(text, max(0, m.start - 30), m.start)):
                m.want = m.want or "admin1"
            elif re.search(r"\b(city|town|village) of $", before):
                m.want = m.want or "city"
            elif re.match(r"\s*(county|parish)\b", after):
                m.want = m.want or "admin2"
        # "Indian-administered Kashmir", "Pakistan-held Kashmir": a disputed area told by the state holding it
        ends = {x.end: x for x in mentions if x.cands}
        for m in mentions:
            held = _HELD_BY.search(text, max(0, m.start - 40), m.start)
            x = ends.get(held.start()) if held is not None else None
            if x is not None:
                cc = {c.country for c in x.cands if c.kind == "country" or c.flags & DEMONYM}
                if len(cc) == 1:
                    m.__dict__["_held_by"] = cc.pop()
        borders = _border_cues(text, mentions)
        live = [m for m in mentions if m.cands]
        for m in live:
            m.base = {c.id: self._local(m, c, borders) for c in m.cands}  # type: ignore[attr-defined]
            m.p = _softmax(m.base)                                         # type: ignore[attr-defined]
        # the document's focus (countries, first-level areas, anchor points), refined three times
        count = Counter(m.key for m in live)
        for _ in range(3):
            # each name's share of evidence, so that a name is judged by the others (leave one out)
            cw: Counter = Counter()
            aw: Counter = Counter()
            own_c: dict[str, Counter] = {}
            own_a: dict[str, Counter] = {}
            for m in live:
                if m.key in own_c:
                    continue
                oc, oa = own_c[m.key], own_a[m.key] = Counter(), Counter()
                w = (0.5 if m.demonym else 1.0) * min(2.0, 1.0 + 0.25 * (count[m.key] - 1))
                for c in m.cands:
                    pc = m.p.get(c.id, 0.0) * w  # type: ignore[attr-defined]
                    if pc < 0.01:
                        continue
                    if c.country:
                        oc[c.country] += pc
                    a1 = c.name if c.kind == "admin1" else c.admin1
                    if a1 and c.kind in ("city", "admin2", "admin1", "installation", "landform"):
                        oa[(c.country, key(a1))] += pc
                cw.update(oc)
                aw.update(oa)
            tc, ta = sum(cw.values()), sum(aw.values())
            ctx.focus_raw = (cw, aw)
            anchors = []
            for m in live:
                cid, pm = max(m.p.items(), key=lambda x: x[1])  # type: ignore[attr-defined]
                c = next(x for x in m.cands if x.id == cid)
                if pm >= 0.7 and c.kind in ("city", "admin2", "installation", "landform"):
                    anchors.append((c.lat, c.lon, m.key))
            grid: dict[tuple[int, int], list] = defaultdict(list)
            for a, b, k in anchors:
                grid[(int(a // 2), int(b // 2))].append((a, b, k))
            for m in live:
                oc, oa = own_c[m.key], own_a[m.key]
                rc, ra = tc - sum(oc.values()), ta - sum(oa.values())
                scores = {}
                for c in m.cands:
                    sc = m.base[c.id]  # type: ignore[attr-defined]
                    fa = 0.0
                    a1 = c.name if c.kind == "admin1" else c.admin1
                    if a1 and ra > 0.05:
                        ka = (c.country, key(a1))
                        fa = (aw[ka] - oa[ka]) / ra
                        sc += FOCUS_AREA * fa
                    if c.country and rc > 0.05:
                        fc = FOCUS_COUNTRY * (cw[c.country] - oc[c.country]) / rc
                        # a small town needs its own area in the news, not just its country
                        if c.kind == "city" and c.population < SMALL_TOWN and fa < 0.1 \
                                and c.id not in m.__dict__.get("_seats", ()):
                            fc *= SMALL_TOWN_SHARE
                        sc += fc
                    scores[c.id] = sc
                if grid:
                    # nearness to the other places named, for the candidates it can still lift to
                    # the top (and near enough to it to weigh in the evidence): the costliest part
                    reach = max(scores.values()) - NEAR_REACH
                    for c in m.cands:
                        if scores[c.id] > reach and c.kind not in ("country", "continent", "region", "sea", "admin1"):
                            near = _nearest(grid, c.lat, c.lon, m.key)
                            scores[c.id] += NEAR_BONUS if near < 50 else NEAR_BONUS / 2 if near < 200 else 0.0
                m.scores = scores
                m.p = _softmax(scores)  # type: ignore[attr-defined]
        ctx.own = (own_c, own_a, tc, ta) if live else ({}, {}, 0.0, 0.0)
        ctx.actor_keys = {m.key for m in live if m.demonym}
        # one sense per name: the evidence of all its mentions together (unless a cue says otherwise)
        groups: dict[str, list[_Mention]] = defaultdict(list)
        for m in live:
            groups[m.key + ("#d" if m.demonym else "")].append(m)
        for ms in groups.values():
            total: Counter = Counter()
            for m in ms:
                if m.want or m.container is not None:
                    continue
                for pid, sc in m.scores.items():
                    total[pid] += sc
            for m in ms:
                pool = m.scores if (m.want or m.container is not None or not total) else total
                ranked = sorted(pool.items(), key=lambda x: -x[1])
                best = ranked[0][0]
                m.chosen = next(c for c in m.cands if c.id == best)
                m.score = m.scores[best]
                own = sorted(m.scores.values(), reverse=True)
                m.margin = own[0] - own[1] if len(own) > 1 else 9.0

    def _contain(self, mentions: list[_Mention]) -> None:
        """A name whose every reading lies outside the place it is said to be in ("the X district
        of Aleppo", X not in the gazetteer as a part of Aleppo) is placed in that place."""
        for m in mentions:
            b = m.container
            if b is None or b.chosen is None or b.chosen.kind not in ("city", "admin2", "admin1") or m.demonym \
                    or not getattr(m, "part_of", False):
                continue
            if m.chosen is None or m.chosen.id in m.__dict__.get("_outside", ()):
                m.chosen = None
                m.point = (b.chosen.lat, b.chosen.lon, max(5.0, b.chosen.radius_km))
                m.support = 2

    def _local(self, m: _Mention, c: Candidate, borders) -> float:
        """A candidate's prior plus the cues around this one mention."""
        s = _prior(c, m)
        # a country's own name means the country, a first-level area's its area, more than any
        # small town that shares it ("China", Texas; "Diyala", a village)
        named = m.__dict__.setdefault("_named", {x.kind for x in m.cands
                                                 if x.kind in ("country", "admin1") and x.flags & (PRIMARY | CURATED)})
        seat = c.kind == "city" and c.admin1 and m.want != "admin1" and (
            c.population >= 50_000 or c.population >= SEAT_NAMESAKE_POP and key(c.name) == _area_stem(c.admin1)) \
            and not c.flags & SPELLED and any(x.kind == "admin1" and x.country == c.country
                                              and key(x.name) == key(c.admin1) for x in m.cands)
        if "country" in named and c.kind in ("city", "admin2"):
            s -= 3.0
        elif "admin1" in named and c.kind in ("city", "admin2") and c.population < 100_000 and not seat:
            s -= 1.5          # (not the town the area is named after and governed from: "Daraa")
        if seat:
            m.__dict__.setdefault("_seats", set()).add(c.id)
            # "Kirkuk", "Raqqa": the town more often than the province it is the seat of (whichever
            # spelling the registry gives the town)
            s += SEAT_BONUS + (1.5 if not c.flags & (PRIMARY | CURATED) else 0.0)
            if not c.flags & CURATED and any(x.kind == "admin1" and x.flags & CURATED and x.country == c.country
                                             and key(x.name) == key(c.admin1) for x in m.cands):
                s += 1.0      # our alias list spells the province ("Marib"): it spells its seat as well
        if m.want:
            if c.kind == m.want:
                s += 3.0
            elif m.want == "admin1" and c.kind == "admin2" or m.want == "admin2" and c.kind == "admin1":
                s += 1.0
            elif m.want == "installation" and c.kind != "installation":
                s -= 2.0
            elif m.want == "part" and c.kind in ("admin1", "country", "region"):
                s += PART_AREA_BONUS   # "central Washington", "northern Iraq": an area's part, more than a city's
        cont = m.container
        if cont is not None and cont.cands:
            ok = _inside(c, cont.cands)
            s += 6.0 if ok else -2.0
            if not ok:
                m.__dict__.setdefault("_outside", set()).add(c.id)
        for cc, pos in borders:
            if abs(pos - m.start) < 250 and c.country != cc and c.kind not in ("country", "continent"):
                d = self.gazetteer.km_to_country(c.lat, c.lon, cc)
                s += 3.0 if d < 60 else 1.5 if d < 150 else 0.0
                if d < 60:
                    m.__dict__.setdefault("_cued", set()).add(c.id)
        return s

    @staticmethod
    def _loo_focus(m: _Mention, ctx: "_DocContext") -> tuple[dict, dict]:
        """The document's country and area focus without this name's own evidence."""
        _, own_a, _, ta = ctx.own
        oa = own_a.get(m.key, Counter())
        ra = ta - sum(oa.values())
        focus_a = {k: (v - oa[k]) / ra for k, v in ctx.focus_raw[1].items()} if ra > 0.05 else {}
        return Places._country_focus_without({m.key}, ctx), focus_a

    @staticmethod
    def _country_focus_without(keys: set, ctx: "_DocContext") -> dict:
        """The document's country focus without the evidence of the names whose keys are given."""
        own_c, _, tc, _ = ctx.own
        out: Counter = Counter()
        for k in keys:
            out.update(own_c.get(k, Counter()))
        rc = tc - sum(out.values())
        return {k: (v - out[k]) / rc for k, v in ctx.focus_raw[0].items()} if rc > 0.05 else {}

    @staticmethod
    def _scene_focus(m: _Mention, ctx: "_DocContext") -> dict:
        """The document's country focus without this name's evidence nor any demonym's: a
        demonym names an actor, whose country is often not the scene ("Russian troops shelled
        Bakhmut": Russia is no evidence against a Ukrainian town)."""
        return Places._country_focus_without({m.key} | ctx.actor_keys, ctx)

    def _doubt(self, mentions: list[_Mention], ctx: "_DocContext") -> None:
        """A small town far from everything else a document is about ("Zahra" in Tunisia, in a
        report on Aleppo) is more likely a place the gazetteer lacks: left unresolved."""
        for m in mentions:
            c = m.chosen
            if c is not None and c.flags & (SKEL | ALT) and not c.flags & (PRIMARY | CURATED) \
                    and c.kind == "city" and c.population < DOUBT_ALT_POP and m.container is None:
                # "Boni" read as Bonn only through another name or a looser spelling: in a report on
                # somewhere else, a place the gazetteer lacks, though the town be large
                # (a demonym's country alone is not "somewhere else": "Israeli troops raided Jenin")
                if all(f and f.get(c.country, 0.0) < 0.05
                       for f in (self._loo_focus(m, ctx)[0], self._scene_focus(m, ctx))):
                    m.chosen = None
                    continue
            if c is None or c.kind != "city" or c.flags & CURATED or m.container:
                continue
            if c.id in m.__dict__.get("_cued", ()):
                continue          # "Tessit, near the border with Niger and Burkina Faso": where the words put it
            if m.want == "city" and not any(x.kind == "city" and x.id != c.id for x in m.cands):
                continue          # "the town of Dori" in a report that names Niger: the words say it is a
                                  # town, and the gazetteer knows one town so called
            if c.population < DOUBT_POP:
                # a demonym may speak for a town of its country ("the Turkish border town of
                # Karkamis") but never against one ("Russian troops shelled Bakhmut")
                if all(f and max(f.values()) >= DOUBT_FOCUS and f.get(c.country, 0.0) < 0.05
                       for f in (self._loo_focus(m, ctx)[0], self._scene_focus(m, ctx))):
                    m.chosen = None
            elif self._far_homonym(m, c, ctx):
                m.chosen = None

    def _far_homonym(self, m: _Mention, c: Candidate, ctx: "_DocContext") -> bool:
        """A town of a shared name, chosen for its size, in a country the document never names and
        far from the one it is about: "Palma" in a report on Cabo Delgado is the Mozambican town the
        gazetteer lacks, not Palma de Mallorca. (A capital or a metropolis is named abroad: "talks in
        Paris" stays.)"""
        if c.capital or c.population >= DOUBT_ALT_POP or m.want:
            return False
        if len({x.country for x in m.cands if x.flags & PRIMARY}) < HOMONYM_COUNTRIES:
            return False          # a name of its own ("Cancun"), not one that towns of many lands bear
        focus_c, _ = self._loo_focus(m, ctx)
        if not focus_c:
            return False
        home, share = max(focus_c.items(), key=lambda x: x[1])
        if share < HOMONYM_FOCUS or home == c.country:
            return False
        if any(focus_c.get(x.country or "", 0.0) >= 0.05 for x in m.cands):
            return False          # a reading in a country the document is about: focus has weighed it
        # the document's country is told by several other names, not one or two that may be wrong
        told = sum(1 for k, ev in ctx.own[0].items() if k != m.key and ev.get(home, 0.0) >= 0.5)
        if told < HOMONYM_TELLERS:
            return False
        return self.gazetteer.km_to_country(c.lat, c.lon, home, within=HOMONYM_KM) == math.inf

    def _keep(self, m: _Mention, ctx: "_DocContext") -> bool:
        """A name only the gazetteer suggested stays when what it resolved to fits the document."""
        if m.support >= 2 or m.point is not None:
            return True
        c = m.chosen
        if c is None:
            return False
        if c.country and c.country in m.__dict__.get("_beside", ()):
            return True           # "between Ansongo and Menaka": listed with a place of its country
        focus_c, focus_a = self._loo_focus(m, ctx)
        if c.flags & ABBR:
            return focus_c.get(c.country, 0.0) >= 0.25
        if c.id in m.__dict__.get("_cued", ()):
            return True           # "the Qaim base near the border with Syria"
        if c.id == m.__dict__.get("_confirmed"):
            return True           # "Hawija, south-west of Kirkuk": where the relative location puts it
        said = m.__dict__.get("_apposed")
        if said is not None and c.kind == "city" and (not said or c.country in said):
            return True           # "Karkamis, a Turkish border town": said to be a town (of its country)
        b = m.container
        if b is not None and b.chosen is not None and b.chosen.kind in ("country", "admin1") \
                and c.id not in m.__dict__.get("_outside", ()) and _inside(c, [b.chosen]):
            return True           # "Rzeszow, in southeastern Poland": in the place it is said to be in
        if c.kind in ("country", "admin1", "continent", "region", "sea", "installation", "landform"):
            return True
        if c.kind == "city" and focus_c.get(c.country, 0.0) >= 0.25 and any(
                x.kind == "admin1" and x.country == c.country and _area_stem(x.name) == m.key for x in m.cands):
            return True           # "Kalbajar" in a report on Azerbaijan: a town named like a province of its
                                  # country (Kalbajar District); the name is a place either way
        if len(m.cands) == 1 and c.flags & PRIMARY and not c.flags & SKEL and _HYPHENATED_NAME.fullmatch(m.text) \
                and focus_c.get(c.country, 0.0) >= UNIQUE_FOCUS:
            return True           # "Faya-Largeau": no other place is so called, in a report on its country
        if c.flags & CURATED and focus_c.get(c.country, 0.0) >= 0.25:
            return True           # a village of our own list ("Gossi") in a report on its country
        if m.ner == "ORG" and not c.flags & PRIMARY and focus_c and focus_c.get(c.country, 0.0) < 0.25:
            return False          # "Quds Force" in a report on Iraq and Iran is not Jerusalem
        if c.population >= 500_000:
            return True
        scene_c = self._scene_focus(m, ctx)
        if not scene_c:            # nothing else in the document to judge by (a demonym names an actor:
            return c.population >= 20_000   # "Israeli troops raided Jenin")
        if focus_c.get(c.country, 0.0) < 0.25 and scene_c.get(c.country, 0.0) < 0.25:
            return self._town_across_border(m, c, focus_c, ctx.text)
        if focus_c.get(c.country, 0.0) >= HOMONYM_FOCUS and c.population >= UNIQUE_TOWN_POP \
                and c.flags & PRIMARY and not c.flags & SKEL \
                and not any(x.flags & PRIMARY and km(x.lat, x.lon, c.lat, c.lon) > TWIN_KM * 5 for x in m.cands) \
                and m.__dict__.get("_ent") is not None and m._ent.text == m.text \
                and m._ent.root.dep_ not in ("compound", "amod", "nmod", "poss"):  # type: ignore[attr-defined]
            return True           # "attacked Kadugli" (a person to the model): the one town so called
                                  # (a second record of it a few km off is no other), in the country the
                                  # report is about (not "a White House dinner")
        if focus_c.get(c.country, 0.0) >= HOMONYM_FOCUS and c.population >= UNIQUE_TOWN_POP * 5 \
                and len(m.cands) == 1 and c.flags & PRIMARY and not c.flags & SKEL \
                and m.__dict__.get("_ent") is None and m.ner is None:
            return True           # "Jihadists besieged Timbuktu" (no entity to the model at all): a town of
                                  # 50,000+, the one place so called, in the country the report is about
        return c.population >= KEEP_POP or focus_a.get((c.country, key(c.admin1 or "")), 0.0) >= 0.15 \
            or m.score >= KEEP_SCORE

    def _town_across_border(self, m: _Mention, c: Candidate, focus_c: dict, text: str) -> bool:
        """A town of a neighbour of the country the report is about, told as where something
        happened, is the scene: 'Turkish jets struck positions near Manbij' with only Turkey named
        (Manbij in Syria). Only the one town so called (no homonym elsewhere), of some size, after
        a locative preposition ('near', 'in', 'outside'), as a name of its own (not a model's ORG)."""
        if not c.country or c.population < UNIQUE_TOWN_POP or not c.flags & PRIMARY or c.flags & SKEL \
                or m.ner == "ORG" or not _LOCATIVE_BEFORE.search(text, max(0, m.start - 20), m.start):
            return False
        if any(x.flags & PRIMARY and km(x.lat, x.lon, c.lat, c.lon) > TWIN_KM * 5 for x in m.cands):
            return False          # "near Paris": a name towns of many lands bear
        homes = [cc for cc, share in focus_c.items() if share >= HOMONYM_FOCUS]
        return any(c.country in self.gazetteer.neighbours(cc) for cc in homes)

    # ------------------------------------------------------------------ relative locations

    def _relative(self, doc: Document, mentions: list[_Mention]) -> list[Place]:
        text = doc.text
        out: list[Place] = []
        if not _REL_HINT.search(text):
            return out
        by_start = {m.start: m for m in mentions}
        ordered = sorted(mentions, key=lambda m: m.start)
        for rx in (_REL_DIST_DIR, _REL_DIR, _REL_DIST):
            for mt in rx.finditer(text):
                base = by_start.get(mt.end())
                if base is None:
                    continue
                if any(p.start <= mt.start() < p.end for p in out):
                    continue
                loc = _base_point(base)
                if loc is None:
                    continue
                lat0, lon0, r0 = loc
                dist = _distance(mt.groupdict().get("n"), mt.groupdict().get("unit"))
                direction = mt.groupdict().get("dir")
                if direction:
                    bearing = _BEARINGS[re.sub(r"[\s\-]", "", direction.lower())]
                    d = dist if dist is not None else max(10.0, 1.5 * r0)
                    lat, lon = destination(lat0, lon0, bearing, d)
                    unc = (0.25 * d if dist is not None else 0.8 * d) + r0
                    label = f"{_fmt(dist)} km {direction.lower()} of {_name(base)}" if dist is not None \
                        else f"{direction.lower()} of {_name(base)}"
                else:
                    if dist is None:
                        continue
                    lat, lon, unc = lat0, lon0, dist + r0
                    label = f"{_fmt(dist)} km from {_name(base)}"
                s, e = mt.start(), base.end
                place = Place(mention=text[s:e], start=s, end=e, name=label, lat=lat, lon=lon,
                              country=base.chosen.country if base.chosen else None, kind="relative",
                              uncertainty_km=max(1.0, unc), admin1=base.chosen.admin1 if base.chosen else None)
                out.append(place)
                described = _described(ordered, s, base, text)
                if described is not None:
                    _confirm(described, lat, lon, unc, self.gazetteer)
                    if described.chosen is not None and described.point is None:
                        c = described.chosen
                        if c.country and place.country is None:
                            place.country = c.country
        # "near the border with Syria" / "on the Syrian border"
        for mt in _BORDER.finditer(text):
            other = by_start.get(mt.start("x"))
            if other is None or other.chosen is None or other.chosen.kind not in ("country",) and not other.demonym:
                continue
            cc = other.chosen.country
            described = _described(ordered, mt.start(), other, text)
            home_cc = None
            if described is not None and described.chosen is not None:
                home_cc = described.chosen.country
            pt = self._border_point(cc, home_cc, described)
            if pt is None:
                continue
            lat, lon, unc = pt
            out.append(Place(mention=text[mt.start():other.end], start=mt.start(), end=other.end,
                             name=f"border of {other.chosen.name}", lat=lat, lon=lon,
                             country=home_cc or cc, kind="relative", uncertainty_km=unc))
        out.sort(key=lambda p: p.start)
        return out

    def _country_parts(self, text: str, mentions: list[_Mention], relatives: list[Place]) -> list[Place]:
        """'in northern Mali', 'a camp in south-western Somalia', 'in the far north of Mozambique': a part
        of a country told by its bearing is a place of kind `relative` inside it, the mean of the
        country's half-degree cells (where it has towns) in that third of it along the bearing, with
        an uncertainty reaching most of them (was the country's centroid, or a point beyond it)."""
        out: list[Place] = []
        for m in mentions:
            c = m.chosen
            if c is None or c.kind != "country" or m.demonym or not c.country:
                continue
            mt = _PART_OF_COUNTRY.search(text, max(0, m.start - 40), m.start)
            if mt is None or mt.end() != m.start or text[m.end:m.end + 2] in ("'s", "’s"):
                continue   # "eastern Congo's largest city": the city the possessive qualifies is the place
            told = mt.group("dir") or mt.group("noun")
            words = re.sub(r"[\s\-]", "", told.lower()).replace("ern", "")
            central = words in ("central", "centre", "center")
            if not central and words not in _BEARINGS:
                continue
            part = self._part_point(c.country, None if central else _BEARINGS[words])
            if part is None:
                continue
            start = mt.start("dir") if mt.group("dir") else mt.start("noun")
            # "the north of Mozambique" is inside it, not the point beyond that "north of" gives a town
            relatives[:] = [p for p in relatives if not (p.start < m.end and start < p.end)]
            lat, lon, unc = part
            label = f"{told.lower()} {c.name}" if mt.group("dir") else f"the {told.lower()} of {c.name}"
            out.append(Place(mention=text[start:m.end], start=start, end=m.end, name=label,
                             lat=lat, lon=lon, country=c.country, kind="relative", uncertainty_km=unc,
                             admin1=None))
        return out

    def _part_point(self, cc: str, bearing: float | None):
        """(lat, lon, km): the middle of the third of a country's cells lying furthest along a bearing
        (or nearest its middle when the bearing is None: 'central Mali'), and how far that third reaches."""
        cells = [((i + 0.5) / 2, (j + 0.5) / 2) for i, j in self.gazetteer.cells(cc)]
        if len(cells) < 6:
            return None   # a small state has no parts worth a point of their own
        # the cells about the country's middle: a town of the state's records misplaced far away (or an
        # overseas territory) would drag the part's point out of it
        mid_lat = sorted(a for a, _ in cells)[len(cells) // 2]
        mid_lon = sorted(b for _, b in cells)[len(cells) // 2]
        far = sorted(km(mid_lat, mid_lon, a, b) for a, b in cells)
        cells = [(a, b) for a, b in cells if km(mid_lat, mid_lon, a, b) <= 2.5 * far[len(far) // 2] + 100]
        lat0 = sum(a for a, _ in cells) / len(cells)
        lon0 = sum(b for _, b in cells) / len(cells)
        scale = math.cos(math.radians(lat0))
        if bearing is None:
            score = [-math.hypot(a - lat0, (b - lon0) * scale) for a, b in cells]
        else:
            dy, dx = math.cos(math.radians(bearing)), math.sin(math.radians(bearing))
            score = [(a - lat0) * dy + (b - lon0) * scale * dx for a, b in cells]
        cut = sorted(score)[len(score) * 2 // 3]
        part = [p for p, s in zip(cells, score) if s >= cut]
        lat = sum(a for a, _ in part) / len(part)
        lon = sum(b for _, b in part) / len(part)
        reach = sorted(km(lat, lon, a, b) for a, b in part)
        return lat, lon, max(50.0, reach[int(0.9 * (len(reach) - 1))])

    def _border_point(self, cc: str, home_cc: str | None, described: _Mention | None):
        gaz = self.gazetteer
        if described is not None and described.chosen is not None and described.chosen.country != cc:
            c = described.chosen
            d = gaz.km_to_country(c.lat, c.lon, cc)
            if d < 150:
                return c.lat, c.lon, max(30.0, d)
        if not home_cc or home_cc == cc:
            return None
        mine = gaz.cells(home_cc)
        theirs = gaz.cells(cc)
        if not mine or not theirs:
            return None
        # half-degree cells of the one country with a town of the other within a cell or so
        edge = [((a + 0.5) / 2, (b + 0.5) / 2) for a, b in mine
                if any((a + da, b + db) in theirs for da in (-1, 0, 1) for db in (-1, 0, 1))]
        if not edge:
            return None
        lat = sum(a for a, _ in edge) / len(edge)
        lon = sum(b for _, b in edge) / len(edge)
        unc = max(km(lat, lon, a, b) for a, b in edge) + 30
        return lat, lon, unc

    # ------------------------------------------------------------------ output

    def _place(self, m: _Mention) -> Place:
        c = m.chosen
        if c is None:
            if m.point is not None:
                lat, lon, unc = m.point
                return Place(mention=m.text, start=m.start, end=m.end, name=m.text, lat=lat, lon=lon,
                             uncertainty_km=unc, kind=_unknown_kind(m))
            return Place(mention=m.text, start=m.start, end=m.end, name=m.text, kind=_unknown_kind(m))
        kind = "demonym" if m.demonym else c.kind
        lat, lon, unc = c.lat, c.lon, c.radius_km
        if m.point is not None:
            lat, lon, unc = m.point
        host = _venue_town(c)
        if host is not None and m.point is None:
            # "Speaking at the Munich Security Conference", "at the Shangri-La Dialogue": a meeting held in the
            # same town each year (a venue of installations.csv) is told as that town, at the venue's point
            return Place(mention=m.text, start=m.start, end=m.end, name=host, lat=lat, lon=lon, country=c.country,
                         kind="city", uncertainty_km=max(unc, 10.0), gazetteer_id=c.gid, admin1=c.admin1,
                         score=round(m.score, 2))
        return Place(mention=m.text, start=m.start, end=m.end, name=c.name, lat=lat, lon=lon,
                     country=c.country or m.__dict__.get("_held_by"), kind=kind, uncertainty_km=unc, gazetteer_id=c.gid,
                     admin1=c.admin1 if c.kind != "country" else None, score=round(m.score, 2))


# ---------------------------------------------------------------------- helpers

# the town a recurring meeting is held in, as its record tells it ("venue; held at the Hotel Bayerischer Hof,
# Munich", "venue; held in New Delhi", "venue; held on Russky Island, Vladivostok")
_VENUE_HELD = re.compile(r"^venue;\s*\"?held (?:in|at|near|on) (?:[^,\"]*,\s*)?([^,;\"]+?)\"?\s*$")


def _venue_town(c: Candidate) -> str | None:
    """The host town of a meeting's venue record, None for any other place."""
    if c.kind != "installation" or not (c.detail or "").startswith("venue;"):
        return None
    m = _VENUE_HELD.match(c.detail)
    return m.group(1).strip() if m else None


_NEWS_AGENCIES = frozenset({"REUTERS", "TASS", "IRNA", "SANA", "XINHUA", "YONHAP", "BERNAMA", "ANTARA", "KUNA",
                            "NHK", "AFP", "UPI", "DPA", "ANSA", "EFE", "PTI", "IANS", "NAN", "APS", "MAP", "WAFA"})


_GROUP_TYPES = frozenset({"non_state_armed_group", "militia", "pmc", "political_party", "international_organisation",
                          "coalition", "intelligence", "police", "state_military"})


_TOWN_KINDS = frozenset({"city", "town", "village", "capital", "admin2"})


def _retag_towns_read_as_peoples(doc: Document, places: list[Place]) -> None:
    """A span the tagger called a nationality (NORP) that this stage resolved to a town, and that
    no demonym reads ('Army troops shelled Omdurman on Monday': Omdurman tagged NORP), is a place:
    retag it GPE in the parse and the entity list, so later stages that skip NORP tokens as
    peoples ('Omdurman' no place of the act) read it as the town it is. A demonym resolves to kind
    'demonym', never to a town, so 'Sudanese troops' keeps its tag."""
    towns = {(p.start, p.end) for p in places if (p.kind or "") in _TOWN_KINDS and p.lat is not None}
    if not towns:
        return
    parsed = doc.parsed
    ents = list(parsed.ents)
    changed = False
    for k, e in enumerate(ents):
        if e.label_ == "NORP" and (e.start_char, e.end_char) in towns:
            ents[k] = Span(parsed, e.start, e.end, label="GPE")
            changed = True
    if not changed:
        return
    parsed.ents = ents
    for e in doc.entities:
        if e.label == "NORP" and (e.start, e.end) in towns:
            e.label = "GPE"


def group_names_of(actors) -> frozenset:
    """The name keys of the armed groups and bodies among these actors."""
    return frozenset(key(n) for a in actors if a.type in _GROUP_TYPES for n in [a.name, *a.aliases] if n)


@lru_cache(maxsize=1)
def _group_names() -> frozenset:
    """The name keys of the armed groups and bodies of the package's actor dictionary."""
    from importlib import resources
    from sitrep.actors.dictionary import parse_actors
    try:
        actors = parse_actors(resources.files("sitrep.data").joinpath("actors.yaml").read_text("utf-8"))
    except (OSError, ValueError):
        return frozenset()
    return group_names_of(actors)


# verbs whose subject is a person or a body: a name that says, accuses or orders is not a place
# the gazetteer lacks ("Hemedti accused the army of treason")
_AGENT_VERBS = frozenset("""say tell accuse vow deny claim announce insist warn add threaten promise pledge
urge order declare blame admit acknowledge confirm reject call speak write tweet post resign agree
sign thank praise condemn want hope believe think fear meet appoint sack dismiss command lead""".split())
# "loyal to X", "led by X": the X of these is a person or a body
_AGENT_OF = {"to": frozenset({"loyal", "close", "allied", "faithful", "answerable", "affiliated"}),
             "by": frozenset({"lead", "command", "head", "found", "order", "sign", "run"})}
# "X, the RSF commander": a name in apposition to one of these is a person
_PERSON_ROLES = frozenset("""commander leader chief general president minister spokesman spokeswoman
founder head warlord colonel brother son father""".split())


_AGENT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})


def _reads_as_agent(ent) -> bool:
    """The model's entity is the subject of a verb of saying or commanding, the object of "loyal
    to"/"led by", or set beside a person's role: a person or a body, whatever its label says."""
    if ent is None:
        return False
    root = ent.root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _AGENT_VERBS and head.pos_ in ("VERB", "AUX"):
        return True
    if root.dep_ == "pobj" and head.lemma_.lower() in _AGENT_OF \
            and head.head.lemma_.lower() in _AGENT_OF[head.lemma_.lower()]:
        return True
    return any(ch.dep_ == "appos" and ch.lemma_.lower() in _PERSON_ROLES for ch in root.children)


# "in", "across": what follows is where something is, not whom it is told to ("spoke to Jackson")
_INSIDE_BEFORE = re.compile(r"\b(?:in|inside|across|throughout|outside|near|into)\s+$")


def _inside_place(text: str, m: "_Mention") -> bool:
    """The name follows a preposition of being in a place, and is no one's ("in Jackson's view")."""
    return bool(_INSIDE_BEFORE.search(text, max(0, m.start - 12), m.start)) and text[m.end:m.end + 2] not in ("'s", "’s")


def _town_of_note(cands: list[Candidate]) -> bool:
    """A town of 50,000 or more goes by this name as its own."""
    return any(c.kind == "city" and c.population >= 50_000 and c.flags & PRIMARY and not c.flags & SKEL
               for c in cands)


def _title_case_line(text: str, at: int) -> bool:
    """The line around `at` capitalises most of its words: a headline ("Fighters Pull Out Of Town")."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    words = re.findall(r"[A-Za-z][\w'’]*", text[a:b if b >= 0 else len(text)])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# words a sentence may open with before a place in capitals ("In KABUL", "Near JOS")
_FUNCTION_WORDS = frozenset("""in at near from to into on onto the a an and or of for by across outside inside
around over with since until after before during towards toward through via between along off beyond
within throughout against under north south east west northern southern eastern western central""".split())


def _shouted_surname(toks, i: int, word: str) -> bool:
    """The word at i is in capitals (three letters or more) right after a capitalised word in name
    case or a rank ('Sergeant William RIVERS', 'Sgt. JOS'): a surname as casualty lists print them,
    not a place (whose capitals follow a lower-case word: 'fighting in RIVERS state'). `word` is the
    mention as printed (the model reads shouted surnames in name case)."""
    if i == 0 or len(word) < 3 or not word.isalpha() or not word.isupper():
        return False
    prev = toks[i - 1]
    name = prev.text.rstrip(".")
    return prev.whitespace_ == " " and len(name) >= 2 and name.isalpha() and name.istitle() \
        and name.lower() not in _FUNCTION_WORDS
    # (not "In KABUL", "At JOS"; a sentence's first word may be a given name: "Cpl. Anthony ABUJA")


def _given_name(toks, j: int) -> bool:
    """The word at j is followed, one space on, by a word in capitals of three letters or more: a
    surname written as these reports write them ("Vladimir PUTIN's rule"), not an agency's name."""
    if j + 1 >= len(toks) or toks[j].whitespace_ != " ":
        return False
    nxt = toks[j + 1].text
    return len(nxt) >= 3 and nxt.isalpha() and nxt.isupper() and nxt not in _NEWS_AGENCIES


_NOUNS: frozenset | None = None


def _common_nouns() -> frozenset:
    """The English nouns the installed spaCy model's lemmatizer knows (its lemma index), once;
    empty where no model is installed."""
    global _NOUNS
    if _NOUNS is None:
        try:
            import glob
            import spacy.util
            from spacy.lookups import Lookups
            nouns: set[str] = set()
            for name in spacy.util.get_installed_models():
                base = str(spacy.util.get_package_path(name))
                for path in glob.glob(base + "/**/lemmatizer/lookups", recursive=True):
                    table = Lookups().from_disk(path).get_table("lemma_index", {})
                    nouns.update(table.get("noun", ()))
            _NOUNS = frozenset(nouns)
        except Exception:   # no model, or one without lookups: the check is skipped
            _NOUNS = frozenset()
    return _NOUNS


def _plural_noun(word: str, nouns: frozenset[str]) -> bool:
    """'Rivers', 'Plains', 'Highlands': the plural of an English common noun (of these nouns)."""
    low = word.lower()
    if len(low) < 4 or not low.endswith("s") or low.endswith("ss"):
        return False
    if low in nouns:
        return False   # listed as a word of its own: a name ("Kansas", "Athens", "Wales", "Philippines")
    stems = [low[:-1]]
    if low.endswith("es"):
        stems.append(low[:-2])
    if low.endswith("ies"):
        stems.append(low[:-3] + "y")
    return any(st in nouns for st in stems)


def _nearest(grid, lat: float, lon: float, own: str) -> float:
    """Roughly how far (km) the nearest anchor of another name is, looked for within ~250 km."""
    gi, gj = int(lat // 2), int(lon // 2)
    best = math.inf
    coslat = math.cos(math.radians(lat))
    for di in (-1, 0, 1):
        for dj in (-1, 0, 1):
            for a, b, k in grid.get((gi + di, gj + dj), ()):
                if k == own:
                    continue
                d = 111.2 * math.hypot(a - lat, (b - lon) * coslat)
                if d < best:
                    best = d
    return best


def _acronym(s: str) -> bool:
    """"BBC", "NYT": capitals only, no longer than a word of five."""
    letters = s.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def _demonym_only(c: Candidate) -> bool:
    return bool(c.flags & DEMONYM) and not c.flags & (PRIMARY | ALT | ABBR | SHORT)


_APPOSED_TOWN = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:town|city|village|hamlet|settlement)\b")


def _short_forms(mentions: list[_Mention]) -> None:
    """A name left unresolved that begins a site's longer name given before it ("Pope" after
    "Pope Army Airfield") is that site, as a person's surname after the full name is the person."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for i, m in enumerate(ordered):
        if m.chosen is not None or m.point is not None or m.demonym:
            continue
        for x in ordered[:i]:
            c = x.chosen
            if c is not None and c.kind in ("installation", "landform") and x.text.startswith(m.text + " ") \
                    and x.end <= m.start:
                m.chosen = c
                m.support = max(m.support, 2)
                break


# "Indian-administered Kashmir", "Pakistani-controlled Kashmir": the state before the hyphen holds the area
_HELD_BY = re.compile(r"[-–](?:administered|controlled|held|occupied|run)\s+(?:the\s+)?$", re.I)
# a site told by the town it is at: "the airport at Merowe", "their camp at Janaale", "the port of Hodeidah"
_SITE_AT = re.compile(r"\b(?:airports?|air\s?bases?|airfields?|bases?|camps?|barracks|garrisons?|outposts?|posts?|"
                      r"ports?|harbou?rs?|prisons?|checkpoints?|crossings?|headquarters|depots?|compounds?|"
                      r"hospitals?|bridges?)\s+(?:at|in|near|outside|of)\s+$", re.I)
_TOWN_OF = re.compile(r"\b(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:town|city|village|hamlet)\s+of\s+$", re.I)


def _mark_apposed(text: str, mentions: list[_Mention]) -> None:
    """A name said to be a settlement ("Karkamis, a Turkish border town", "the Armenian border
    village of Kornidzor"): a town, of the country its demonym names if one is given."""
    for m in mentions:
        if m.demonym or m.chosen is None:
            continue
        a = _APPOSED_TOWN.match(text, m.end, m.end + 80)
        if a is not None:
            lo, hi = m.end, a.end()
        else:
            b = _TOWN_OF.search(text, max(0, m.start - 80), m.start)
            if b is None:
                continue
            lo, hi = b.start(), m.start
        said = {x.chosen.country for x in mentions if x.demonym and x.chosen is not None and lo <= x.start < hi}
        m.__dict__["_apposed"] = said


def _mark_coordinated(text: str, mentions: list[_Mention]) -> None:
    """Note, on each name, the countries of the sure places it is listed with ("X and Y",
    "between X and Y", "X, Y and Z")."""
    ordered = sorted((m for m in mentions if m.chosen is not None or m.cands), key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:]):
        gap = text[a.end:b.start]
        if not _LIST_GAP.fullmatch(gap) and not _ROUTE_GAP.fullmatch(gap) and not (
                re.fullmatch(r"\s+(?:to|into)\s+", gap) and re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, a.start - 10):a.start])):
            continue              # (nor a route: "from X to Y", "X and on to Y")
        for x, y in ((a, b), (b, a)):
            if y.chosen is not None and y.chosen.country and not y.demonym \
                    and y.chosen.kind not in ("country", "continent", "region", "sea") \
                    and (y.support >= 2 or x.chosen is not None and x.chosen.country == y.chosen.country):
                x.__dict__.setdefault("_beside", set()).add(y.chosen.country)


def _softmax(scores: dict[int, float]) -> dict[int, float]:
    if not scores:
        return {}
    top = max(scores.values())
    ex = {k: math.exp(v - top) for k, v in scores.items()}
    tot = sum(ex.values())
    return {k: v / tot for k, v in ex.items()}


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    best: dict[int, Candidate] = {}
    for c in cands:
        prev = best.get(c.id)
        if prev is None or _flag_rank(c.flags) > _flag_rank(prev.flags):
            best[c.id] = c
    return list(best.values())


TWIN_KM = 10.0


def _counted_twin(m: "_Mention") -> None:
    """One town the registries list twice: a record with no population (the states-and-cities
    list's "Marawi") beside a counted one of the same country a few km off (GeoNames' "Marawi
    City"). When the bare record wins on its own name, the counted one stands for it (the same
    place, with the name the other bears as its own): else the town is dropped for its unknown size."""
    t = m.chosen
    if t is None or t.kind != "city" or t.population or t.flags & (CURATED | SKEL):
        return
    near = [c for c in m.cands if c.kind == "city" and c.population > 0 and c.country == t.country
            and km(c.lat, c.lon, t.lat, t.lon) <= TWIN_KM]
    if near:
        c = max(near, key=lambda x: x.population)
        m.chosen = replace(c, flags=(c.flags & ~SKEL) | (t.flags & (PRIMARY | ALT | SHORT)))


def _flag_rank(f: int) -> int:
    return (0 if f & SKEL else 4) + (2 if f & PRIMARY else 0) + (1 if f & CURATED else 0)


def _covers(m: _Mention, ent, text: str) -> bool:
    s, e = ent.start_char, ent.end_char
    if text[s:s + 4].lower() == "the ":
        s += 4
    if text[e - 2:e] in ("'s", "’s"):
        e -= 2
    return m.start <= s and m.end >= e


_HEADS = frozenset("""airport base airbase air force international cathedral church mosque temple shrine
university college school academy hospital clinic stadium arena street st road rd avenue ave boulevard
highway bridge dam square park station port harbor harbour prison jail hotel market bazaar palace center
centre hall museum library district county province city camp field zoo mall plaza tower building club
court courthouse beach lake river canal valley hill hills mountains mountain forest refinery plant
factory mine oilfield checkpoint crossing gate embassy consulate headquarters hq barracks compound
police sheriff fire department office council government board township municipality mayor
commission authority courts jail schools library parish
of the and al el de la""".split())


def _strong(cands: list[Candidate]) -> bool:
    return any(c.kind in ("country", "admin1", "continent", "sea", "region") and c.flags & (PRIMARY | CURATED)
               or c.kind == "city" and c.population >= 200_000 and c.flags & PRIMARY for c in cands)


_ORGISH = frozenset("""observatory council committee ministry organization organisation agency office
department university college school company corporation inc ltd llc news press tv radio party front
army forces brigade brigades movement union association institute foundation group bank court commission
authority service services network times post journal channel television agency fund league club team
hospital""".split())
# a part of a town: "the Salah al-Din district of Aleppo", "Jerusalem estate in Nairobi", "the Kibera slum"
_SUBAREA = re.compile(r"\b(district|neighbou?rhood|quarter|suburb|suburbs|area|outskirts|village|town|estate|"
                      r"slum|township|barrio|colonia|commune|ward|borough|sector)\b", re.I)


def _inside(c: Candidate, container: list[Candidate]) -> bool:
    """Whether place c can lie in one of a container's candidates (a country, an area, a town)."""
    for cc in container:
        if cc.kind == "country" and c.country == cc.country:
            return True
        if cc.kind == "admin1" and c.country == cc.country and c.admin1 and key(c.admin1) == key(cc.name):
            return True
        if cc.kind in ("city", "admin2", "region", "landform") and c.id != cc.id and \
                km(c.lat, c.lon, cc.lat, cc.lon) <= 2 * cc.radius_km + 10:
            return True
    return False


def _in_longer_name(toks, i: int, j: int) -> bool:
    """True when a word stands in a longer capitalised name ("Meadow" in "Meadow Grove", "Van" in
    "Van Dorn Street") whose other words are not generic ("Airport", "County", "Police")."""
    for k in (i - 1, j + 1):
        if 0 <= k < len(toks):
            t = toks[k]
            if (k < i and t.whitespace_ == "" and t.text not in "-–") or (k > j and toks[j].whitespace_ == ""):
                continue
            w = t.text
            if w[:1].isupper() and t.pos_ == "PROPN" and not w.isupper() and w.lower() not in _HEADS \
                    and w.lower() not in _COMMON and w.lower() not in _DIRECTIONS and not (k < i and t.is_sent_start):
                return True
    return False


def _head_words_only(rest: str) -> bool:
    """True when what is left of a name around a place in it is only words like 'Airport', 'Bridge'
    (not a street's: "Atlantic Avenue" is no part of the Atlantic)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", rest)]
    return all(w in _HEADS for w in words) and not any(w in _STREET_WORDS for w in words)


# what follows a name that is a person's more often than a small town's (universities bear founders' names)
_NAMED_AFTER = re.compile(r"[ \t]+(?:University|College)\b")

# a name of capitalised parts joined by hyphens ("Faya-Largeau", "Port-Bouet"): seldom a common word
_HYPHENATED_NAME = re.compile(r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)+")

# a preposition of place right before a name ("in", "from", "outside of the")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|from|outside(?: of)?|into|across|around|towards?|at|to|via|"
                              r"between|north|south|east|west) $")

# the words that make a name a street's ("Collins Avenue", "Hampton Rd.")
_STREET_WORDS = frozenset("""street st avenue ave road rd boulevard blvd drive lane parade terrace
crescent""".split())
# the street word ends the name: "Florida Highway Patrol", "Lebanon Street Superintendent" name no street
_STREET_AFTER = re.compile(r"[ \t]+(?:" + "|".join(w.capitalize() for w in sorted(_STREET_WORDS))
                           + r")\b\.?(?![ \t]+[A-Z][a-z])")


def _titled(toks, i: int) -> bool:
    return i > 0 and toks[i - 1].text.lower().rstrip(".") in _TITLES


_KIND_PRIOR = {"country": 6.0, "continent": 5.5, "region": 5.0, "sea": 5.0, "admin1": 5.0,
               "installation": 5.5, "landform": 4.5, "admin2": 3.5}


def _area_stem(name: str) -> str:
    """An area's name without the word that says what kind of area it is: 'Kidal Region' -> 'kidal',
    'Diffa Region' -> 'diffa' (the town it is named after and governed from is 'Kidal')."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _DESIGNATORS:
        words = words[:-1]
    return key(" ".join(words))


def _prior(c: Candidate, m: _Mention) -> float:
    f = c.flags
    by_name = m.__dict__.setdefault("_has_primary", any(x.flags & (PRIMARY | CURATED) for x in m.cands))
    if c.kind == "city":
        # a town's population unknown to the registry (0) is not none: the lists hold towns of 500 and more
        s = 1.0 + POP_SLOPE * math.log10(max(c.population, UNKNOWN_POP) + 1) + (CAPITAL_BONUS if c.capital else 0.0)
        if c.population >= 200_000:
            s += FAME
    else:
        s = _KIND_PRIOR.get(c.kind, 3.0)
    if f & CURATED:
        s += 1.0
    if f & PRIMARY:
        s += 0.5
    elif f & (ALT | SHORT) and not f & CURATED:
        s -= 0.7 if c.population < 1000 else 0.3
        if by_name:
            s -= 1.5    # "Berea" is a town's own name before it is an old name of Aleppo
    if f & SKEL:
        s -= 1.0
    if f & SPELLED:
        s -= 0.3    # "St. Louis" is first the place that writes itself so, then Saint-Louis
    if f & SHORT and c.kind == "admin2":
        s -= 1.5
    if f & ABBR and m.container is None:
        s -= 0.5
    return s


def _unknown_kind(m: _Mention) -> str | None:
    if m.point is not None and m.container is not None:
        return "locality"
    return {"FAC": "facility", "LOC": "location", "GPE": "place"}.get(m.ner or "", None)


def _name(m: _Mention) -> str:
    return m.chosen.name if m.chosen else m.text


def _base_point(m: _Mention) -> tuple[float, float, float] | None:
    if m.point is not None:
        return m.point
    c = m.chosen
    if c is None or m.demonym:
        return None
    return c.lat, c.lon, min(c.radius_km, 30.0)


_NUM = r"(?P<n>\d+(?:[.,]\d+)?|a few|several|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|" \
       r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred)"
_UNIT = r"(?P<unit>km|kms|kilometers|kilometres|kilometer|kilometre|mi|miles|mile)"
_DIRS = r"(?P<dir>north[\s\-]?east|north[\s\-]?west|south[\s\-]?east|south[\s\-]?west|north|south|east|west)"
_APPROX = r"(?:(?:about|around|some|roughly|approximately|nearly|almost|just|only|over|more than|less than|up to)\s+)?"
_REL_DIST_DIR = re.compile(_APPROX + _NUM + r"[\s\-]*" + _UNIT + r"\.?\s+(?:\([^)]*\)\s+)?(?:to the\s+|due\s+)?"
                           + _DIRS + r"(?:ern)?\s+(?:of|from)\s+(?:the\s+(?:city|town|village|base)\s+of\s+)?",
                           re.I)
_REL_DIR = re.compile(r"(?<![\w-])(?:just\s+|immediately\s+|directly\s+)?" + _DIRS + r"\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?", re.I)
_REL_DIST = re.compile(_APPROX + _NUM + r"[\s\-]*" + _UNIT + r"\.?\s+(?:from|outside(?:\s+of)?|away from)\s+", re.I)
# a part of a country by its bearing: "northern Mali", "south-western Somalia", "the far north of Mozambique"
_PART_OF_COUNTRY = re.compile(r"(?:\bthe\s+(?:far\s+|extreme\s+)?(?P<noun>north[\s\-]?east|north[\s\-]?west|"
                              r"south[\s\-]?east|south[\s\-]?west|north|south|east|west|centre|center)\s+of\s+"
                              r"|\b(?:far[\s\-]+)?(?P<dir>(?:north|south)(?:ern)?[\s\-]?(?:east|west)ern|north[\s\-]?east|"
                              r"north[\s\-]?west|south[\s\-]?east|south[\s\-]?west|northern|southern|eastern|western|"
                              r"central)\s+)", re.I)
_REL_HINT = re.compile(r"(?:north|south|east|west)\w*\s+of\s|\b(?:km|kms|kilomet\w*|mi|miles?)\b|"
                       r"\bborder\s+with\s", re.I)
_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
            "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100,
            "hundred": 100, "a few": 5, "several": 8, "a couple of": 2}
_BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
             "southwest": 225.0, "west": 270.0, "northwest": 315.0}


def _distance(n: str | None, unit: str | None) -> float | None:
    if not n:
        return None
    n = n.lower()
    v = _WORDNUM.get(n)
    if v is None:
        try:
            v = float(n.replace(",", "")) if not re.fullmatch(r"\d+,\d{1,2}", n) else float(n.replace(",", "."))
        except ValueError:
            return None
    if unit and unit.lower().startswith("mi"):
        v *= 1.609
    return float(v)


def _fmt(x: float | None) -> str:
    return "" if x is None else (f"{x:.0f}" if x >= 10 else f"{x:.1f}".rstrip("0").rstrip("."))


def _described(ordered: list[_Mention], at: int, base: _Mention, text: str) -> _Mention | None:
    """The place a relative location describes: the nearest name before it in the same
    sentence that is a point (not the base, a demonym, a country or a first-level area)."""
    for m in reversed(ordered):
        if m.end > at or m is base:
            continue
        between = text[m.end:at]
        if re.search(r"[.!?]\s+[A-Z]|\n", between) or len(between) > 200:
            return None
        if m.demonym or (m.chosen is not None and m.chosen.kind in ("country", "admin1", "continent", "region", "sea")):
            continue
        return m
    return None


def _confirm(m: _Mention, lat: float, lon: float, unc: float, gaz: Gazetteer) -> None:
    """Choose the described place's candidate that agrees with a computed point; a place the
    gazetteer lacks takes the point itself."""
    if not m.cands:
        m.point = (lat, lon, unc)
        return
    slack = unc + 25.0
    near = [(km(c.lat, c.lon, lat, lon), c) for c in m.cands]
    ok = [(d, c) for d, c in near if d <= slack + c.radius_km]
    areas = ("admin1", "admin2", "region", "country")
    if ok and m.want is None and m.chosen is not None and m.chosen.kind not in areas \
            and all(c.kind in areas for _, c in ok):
        return   # 'pulled out of Kherson, north-west of Crimea': a bearing locates a town, the one chosen, not
        # the province of its name that the loose point happens to fall in
    if ok:
        ok.sort(key=lambda x: (-(m.scores.get(x[1].id, 0.0)), x[0]))
        m.chosen = ok[0][1]
        m.__dict__["_confirmed"] = m.chosen.id   # where the words put it: a place for sure
    elif m.chosen is None or m.margin < 1.0:
        m.point = (lat, lon, unc)


def _border_cues(text: str, mentions: list[_Mention]) -> list[tuple[str, int]]:
    """(country, position) for each "border with X" / "X border" / "X-Y border" in the text."""
    out = []
    by_start = {m.start: m for m in mentions}
    for mt in re.finditer(r"\bborders?\s+(?:with|of)\s+", text, re.I):
        m = by_start.get(mt.end())
        if m is not None and m.chosen is None and m.cands:
            cc = m.cands[0].country
        else:
            cc = m.chosen.country if m is not None and m.chosen is not None else None
        if cc:
            out.append((cc, mt.start()))
        # "near the border with Niger and Burkina Faso": each country of the pair
        while m is not None:
            nxt = next((x for x in mentions if x.start > m.end and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*",
                                                                                 text[m.end:x.start])), None)
            m = nxt
            if m is not None:
                c = m.chosen or (m.cands[0] if m.cands else None)
                if c is not None and c.kind == "country" and c.country:
                    out.append((c.country, mt.start()))
                else:
                    break
    for m in mentions:
        if re.match(r"[\s\-–]+(?:\w+\s+)?border", text[m.end:m.end + 20], re.I):
            c = m.chosen or (m.cands[0] if m.cands else None)
            if c is not None and c.country and (c.kind == "country" or m.demonym or
                                                all(x.flags & DEMONYM for x in m.cands)):
                out.append((c.country, m.start))
    return out


# what stands between two names of a list
# "Rzeszow, in southeastern Poland": the area or country a place is said to be in
_IN_PART_OF = re.compile(r"\s*,\s*in\s+(?:the\s+)?(?:(?:far\s+)?(?:(?:north|south)[\s\-]?(?:east|west)|north|south|east|west)"
                         r"(?:ern)?\s+|central\s+)?")
_QUANTIFIER = re.compile(r"(?:many|most|some|several|few|all|both|other|fellow|hundreds|thousands|dozens|"
                         r"millions|tens\s+of\s+thousands)\s+(?:of\s+)?", re.I)
_ROUTE_GAP = re.compile(r"\s*,?\s*(?:and\s+)?(?:then|on)\s+(?:to|into|towards)\s+(?:the\s+)?")
# "Idlib and Hama provinces", "Rivers, Bayelsa and Delta states": each name of the list is an area
_AREAS_AFTER = re.compile(r"(?:\s*(?:,|,?\s*and|,?\s*or|&)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})+"
                          r"\s+(?:provinces|governorates|oblasts|regions|states)\b")
_PLURAL_AREA = re.compile(r"\s+(?:provinces|governorates|oblasts|regions|states)\b")
_LISTED_BEFORE = re.compile(r"[A-Z][\w'’\-]*\s*(?:,|,?\s*and|,?\s*or|&)\s+$")
# (an article may open the next item: "leave Qayyarah and the K1 base")
_LIST_GAP = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*(?:the\s+)?")

# "near the border with Syria": the country is the next mention after the match
_BORDER = re.compile(r"\b(?:near|on|along|at|by|close to|across|toward|towards)\s+the\s+border\s+with\s+(?P<x>)", re.I)


def location_for_span(doc: Document, start: int, end: int) -> Location | None:
    """The location an event read from text[start:end] happened at, for the Events stage.

    Among the document's resolved places (lat/lon known) that lie inside [start, end) and
    are not demonyms, the most specific wins: an installation, then a computed relative
    location ("15 km northwest of Kirkuk"), a landform, a town, a second-level area, a
    first-level area, a region or sea, a country, a continent; ties go to the smaller
    uncertainty, then to the earlier mention. None when the span names no such place.
    """
    best = None
    for i, p in enumerate(doc.places):
        if p.lat is None or p.lon is None or p.kind == "demonym":
            continue
        if p.start < start or p.end > end:
            continue
        rank = _SPECIFIC.get(p.kind or "", 5)
        k = (rank, p.uncertainty_km if p.uncertainty_km is not None else 1e9, p.start)
        if best is None or k < best[0]:
            best = (k, p)
    if best is None:
        return None
    p = best[1]
    return Location(name=p.name or p.mention, lat=p.lat, lon=p.lon, country=p.country, admin1=p.admin1,
                    kind=p.kind, uncertainty_km=p.uncertainty_km)


_SPECIFIC = {"installation": 0, "relative": 1, "landform": 2, "city": 3, "facility": 3, "admin2": 4,
             "admin1": 6, "region": 7, "sea": 7, "country": 8, "continent": 9}
