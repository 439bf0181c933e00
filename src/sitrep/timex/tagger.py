"""The tagger: finds time expressions with the grammar and normalises them to TIMEX3.

`Tagger(lexicon).tag(text, dct, parsed)` returns `Found` records in text order (the times
stage builds one Tagger and keeps it). Resolution:
- explicit dates keep what they say; a missing year is the reader's: the nearest year
  to the publication date (dct) in the direction of the governing verb's tense (past:
  not after the publication month; future: not before it), or the year of an explicit
  date earlier in the same sentence;
- deictic expressions ("yesterday", "last week", "Friday", "two days ago", "this
  month") are resolved against the publication date (anchor "publication");
- anaphoric ones ("two days earlier", "the next day", "that year", "a year earlier",
  "the quarter") against the latest explicit date before them in the same paragraph
  (anchor "timex:<i>", i the index in the returned list), else the publication date;
- "N units after/before <clause>" is a TimeML DURATION ("N units", the signal word
  outside) whose anchor "event-after:PnU" / "event-before:PnU" links the clause's event
  to the main clause's (see sitrep.timex.dating).
Without a publication date, deictic values keep X ("XXXX-XX-XX", "XXXX-WXX-5").

Measured on TimeBank + AQUAINT and left out (benchmarks/time.py):
- spaCy's DATE/TIME entities as extra candidates: of the 132 the grammar does not already
  cover, 13 overlap a gold TIMEX3 (mostly ages, bare numbers, "quarterly"); nor do they
  separate right from wrong among the grammar's own ("now", "recent");
- weekdays resolved against the narrative's latest absolute date instead of the publication
  date: value F1 falls on both corpora (whole document: -0.02 and -0.05; same sentence only:
  -0.001 and 0), news names the days of its own week even after citing older dates.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from sitrep.timex import calendar as cal
from sitrep.timex.grammar import WINDOW_AFTER, WINDOW_BEFORE, build_rules, build_triggers, name_key
from sitrep.timex.lexicon import Lexicon, load_lexicon


@dataclass(slots=True)
class Found:
    start: int
    end: int
    type: str
    value: str
    rule: str = ""
    mod: str | None = None                 # START, MID, END, EARLY_PART, LATE_PART, APPROX
    span: tuple[date, date] | None = None  # explicit span of days (else from the value)
    anchor: str | None = None
    approximate: bool = False
    explicit_year: bool = False
    info: dict = field(default_factory=dict)

    @property
    def days(self) -> tuple[date, date] | None:
        if self.span is not None:
            return self.span
        if self.type in ("DURATION", "SET"):
            return None
        base = cal.span(self.value)
        if base is None:
            return None
        return narrow(base, self.mod, cal.granularity(self.value))


def narrow(base: tuple[date, date], mod: str | None, gran: str | None) -> tuple[date, date]:
    """A fuzzy part of a span: early/mid/late, the start or end of it."""
    if not mod or mod == "APPROX":
        return base
    a, b = base
    n = (b - a).days + 1
    if mod in ("FIRST_DAYS", "LAST_DAYS"):
        # "the first days of 2020", "the last days of May": some ten days, whatever the span
        days = min(n, 10)
        return (a, a + timedelta(days=days - 1)) if mod == "FIRST_DAYS" else (b - timedelta(days=days - 1), b)
    if gran == "month":
        cuts = {"START": (0, 9), "MID": (10, 19), "END": (20, n - 1), "END_PART": (19, n - 1), "START_PART": (0, 9),
                "H1": (0, 14), "H2": (15, n - 1), "W1": (0, 6), "W2": (7, 13), "W3": (14, 20), "W4": (21, 27),
                "WL": (n - 7, n - 1)}
    elif gran == "year":
        # early: Jan-Apr, mid: May-Aug, late: Sep-Dec; the end of: Nov-Dec; the start of: Jan-Feb
        y = a.year
        spans = {"START": (date(y, 1, 1), date(y, 4, 30)), "MID": (date(y, 5, 1), date(y, 8, 31)),
                 "END": (date(y, 9, 1), date(y, 12, 31)), "END_PART": (date(y, 11, 1), date(y, 12, 31)),
                 "START_PART": (date(y, 1, 1), date(y, 2, cal.last_day(y, 2)))}
        return spans.get(mod, base)
    else:
        third = max(1, n // 3)
        part = max(1, n // 5) if n > 10 else third
        cuts = {"START": (0, third - 1), "MID": (third, n - third - 1), "END": (n - third, n - 1),
                "END_PART": (n - part, n - 1), "START_PART": (0, part - 1)}
    lo, hi = cuts.get(mod, (0, n - 1))
    lo, hi = max(0, lo), min(n - 1, max(lo, hi))
    return a + timedelta(days=lo), a + timedelta(days=hi)


_FZ_MOD = {"early": "START", "mid": "MID", "mid-": "MID", "late": "END", "the end of": "END_PART",
           "end of": "END_PART", "the beginning of": "START_PART", "beginning of": "START_PART",
           "the start of": "START_PART", "start of": "START_PART", "the middle of": "MID", "middle of": "MID",
           "the close of": "END_PART", "the turn of": "START_PART", "the first weeks of": "START", "the last weeks of": "END",
           "the early part of": "START", "the latter part of": "END", "the latter half of": "END",
           "earlier": "EARLIER", "later": "LATER",
           "at the end of": "END_PART", "by the end of": "END_PART", "end of the": "END_PART",
           "turn of the": "START_PART", "the end of the": "END_PART", "the remainder of": "LATER",
           "the rest of": "LATER", "the end of last": "END_PART", "the end of this": "END_PART",
           "the end of next": "END_PART", "early last": "START", "late last": "END", "early next": "START",
           "late next": "END", "early this": "START", "late this": "END", "later this": "LATER",
           "earlier this": "EARLIER", "the first half of": "H1", "the second half of": "H2", "first half of": "H1",
           "second half of": "H2", "the first week of": "W1", "the second week of": "W2", "the third week of": "W3",
           "the fourth week of": "W4", "the last week of": "WL", "the final week of": "WL", "first week of": "W1",
           "last week of": "WL", "the last days of": "LAST_DAYS", "the first days of": "FIRST_DAYS"}

_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_UNIT_GRAN = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "DE": "year", "CE": "year"}
_PART = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}
DEADLINE_BEFORE = re.compile(r"\b(?:until|till|to|through|by|before|effective|due|expires?|expiring|next|"
                              r"starting|beginning|from|payable|record)\s*(?:on\s+)?$", re.I)
_FUTURE_CUE_BEFORE = re.compile(r"\b(?:as\s+(?:soon|early|late)\s+as|no\s+later\s+than|ahead\s+of|until|till)\s+"
                                r"(?:on\s+)?$", re.I)
_WEAK_FUTURE_CUE_BEFORE = re.compile(r"\b(?:by|starting|beginning|before)\s+(?:on\s+)?$", re.I)
_BY_CUE_BEFORE = re.compile(r"\bby\s+(?:on\s+)?$", re.I)
_PRESENT_AS_FUTURE = ("present",)
# "the night before," "the evening before.": the part of the day before the one told, not "the
# night before the vote" (before another event, whose day the sentence may not tell)
_DAY_BEFORE_AFTER = re.compile(r"\s+before\b(?=\s*(?:[,.;:!?)—–-]|$|and\b|when\b|as\b|while\b|but\b))", re.I)
_PLANNING = frozenset("plan schedule expect slate intend propose arrange".split())
_NAME_AFTER = re.compile(r"\s+(?i:alliance|movement|brigade|battalion|bloc|front|party|coalition|forces|"
                         r"group|revolution|uprising)\b")
_YEAR_FRIENDLY_BEFORE = re.compile(r"\b(?:in|since|of|by|from|until|till|the|to|and|or|between|during|before|after|"
                                   r"early|late|mid|through|than|below|above|its|their|his|her|our|a|an|this|that|"
                                   r"these|those|post|pre)\s*-?\s*$|'s\s*$|’s\s*$", re.I)
_REPORTING = frozenset("say tell report announce claim add note state confirm deny insist warn write accuse "
                       "quote cite describe believe think estimate predict".split())
_YEAR_BLOCK_BEFORE = re.compile(
    r"(?:resolution|resolutions|no\.|nos\.|number|flight|route|highway|article|section|chapter|page|pages|room|"
    r"unit|brigade|division|regiment|squadron|battalion|camp|hill|boeing|airbus|model|code|law|decree|order|"
    r"bill|paragraph|item|line|row|bus|tel|fax|phone|p\.o\.|box|suite|apt\.|km|mile|kilometre|kilometer|"
    r"rs|rupees|dinars|usd|eur)\s*$", re.I)
_PREP_BEFORE = re.compile(r"(?:\b(?:in|since|by|until|till|of|from|through|during|before|after|early|late|"
                          r"mid|last|this|next|to|between|and|or|for|around|about|circa|c\.|year|summer|"
                          r"spring|fall|autumn|winter|fiscal|between|the|until|beginning|end|start|"
                          r"as of|in early|in late)\s*-?|[(,])\s*$", re.I)
# what follows a number read out that counts something: "of" or a plural noun ("troops", "people",
# "civilians"), not a verb of the year's own sentence ("two thousand was", "nineteen ninety-one saw")
_COUNTED_AFTER = re.compile(r"\s+(?:of\b|(?:people|men|women|children|police|personnel|staff)\b|"
                            r"(?!(?:was|is|has|as|this|its|his|thus|plus|versus)\b)[a-z]+s\b)")
_NUMBER_WORD_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                 r"twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|dozens|"
                                 r"hundreds|thousands|millions|times|twice|once|percent)\b)[^.;:!?\n]{0,30}$", re.I)


# rules over common words ("this week", "noon", "60 minutes"): in title case inside a
# sentence they are a name (a programme, a film), not a time
_COMMON_WORD_RULES = frozenset(["relunit", "relunit_fz", "duration", "dur_bare", "clock", "partday", "partday2",
                                "ref_present", "ref_past", "ref_future", "dayword"])


def _is_title(phrase: str, before: str) -> bool:
    """Whether a phrase of common words is in title case where a sentence does not start:
    "on ABC's "This Week"", "the film "High Noon"" (a name); not "This week the talks resume"."""
    words = re.findall(r"[A-Za-z]+", phrase)
    if not words or not all(w[0].isupper() and not w.isupper() for w in words):
        return False
    if len(words) == 1 and not re.search(r"\d", phrase):
        return bool(re.search(r"\b[A-Z][a-z]+\s+$", before))       # "High Noon"
    quoted = re.search(r"(?:[\"“‘]|``|'')\s*$", before)
    if quoted:   # a title in quotes after a name or a possessive; else a quote opening a sentence
        return bool(re.search(r"(?:[A-Z][\w.-]*['’]?s?|['’]s)\s+(?:[\"“‘]|``|'')\s*$", before))
    return not re.search(r"(?:^|[.!?:;\n(]|[.!?]['\"”’]+)\s*$", before)


def _in_headline(text: str, pos: int) -> bool:
    """Whether pos is on a line set in title case (a headline: "Talks To Resume Next Week")."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    words = [w for w in re.findall(r"[A-Za-z]+", text[a:b if b >= 0 else len(text)]) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_BEFORE_A_NAMED_DAY = frozenset("during in since before after until till holy this last next of through throughout "
                                "ahead for by each every from and or the on at".split())


# The lead a report's own date is read from: headline, dateline and the first sentence or two.
_WEEKDAY_IN = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_WEEKDAY_NUMBER = {"mon": 1, "tues": 2, "wednes": 3, "thurs": 4, "fri": 5, "satur": 6, "sun": 7}
_LEAD_SENTENCES = 3
# what opens a clause or phrase told behind the story's day ("a week after Pelosi visited Taipei on
# 2 August", "since 2019", "before the vote on 4 May")
_BEHIND_OPENERS = frozenset({"after", "since", "before", "until", "till"})
_SAYING_VERBS = frozenset("say tell announce report claim confirm state add insist allege accuse deny declare "
                          "note write".split())
# A report whose lead dates it at least this long before publication narrates a past week.
_STORY_BEFORE_PUBLICATION_DAYS = 7


def told_behind_main_clause(verb) -> bool:
    """A verb whose clause is told behind its main clause: a relative clause ("the truce it declared over
    Christmas"), or one opened by after, since, before, until or till ("two weeks after it ambushed a patrol")."""
    return (verb.dep_ in ("relcl", "acl")
            or any(k.dep_ == "mark" and k.lower_ in _BEHIND_OPENERS for k in verb.children)
            or verb.dep_ == "pcomp" and verb.head.lower_ in _BEHIND_OPENERS)



class Context:
    """What normalisation looks at: the publication date, the parse (tense), earlier timexes."""

    def __init__(self, text: str, dct: date | None, parsed, lexicon: Lexicon):
        self.text = text
        self.L = lexicon
        self.dct = dct
        self.parsed = parsed
        self.found: list[Found] = []
        self._tok_starts: list[int] | None = None
        self._sent_starts: list[int] | None = None
        self._para_starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n|\n(?=\s*\S)", text)]

    # -- structure -----------------------------------------------------------------
    def sent_starts(self) -> list[int]:
        if self._sent_starts is None:
            if self.parsed is not None:
                self._sent_starts = [s.start_char for s in self.parsed.sents]
            else:
                self._sent_starts = [0] + [m.end() for m in re.finditer(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“])|\n+", self.text)]
        return self._sent_starts

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts(), pos) - 1

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self._para_starts, pos) - 1

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        ss = self.sent_starts()
        i = max(0, bisect.bisect_right(ss, pos) - 1)
        return ss[i], ss[i + 1] if i + 1 < len(ss) else len(self.text)

    def token_at(self, pos: int):
        if self.parsed is None:
            return None
        if self._tok_starts is None:
            self._tok_starts = [t.idx for t in self.parsed]
        i = bisect.bisect_right(self._tok_starts, pos) - 1
        return self.parsed[i] if 0 <= i < len(self.parsed) else None

    # -- tense ---------------------------------------------------------------------
    def _governing_verb(self, start: int, end: int):
        """The token at the expression's end and the verb (or auxiliary) governing it: the first on
        its chain of heads, at most six up (else the last head reached); (None, None) unparsed."""
        tok = self.token_at(max(start, end - 1))
        if tok is None:
            return None, None
        verb, seen = tok, 0
        while seen < 6 and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb, seen = verb.head, seen + 1
        return tok, verb

    def tense(self, start: int, end: int) -> str | None:
        """past, future or present: the tense of the verb governing the expression."""
        if self.parsed is None:
            return self._tense_from_text(start)
        tok, verb = self._governing_verb(start, end)
        if tok is None:
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return self._nearest_verb_tense(tok)
        if verb.lemma_.lower() in _PLANNING and verb.idx < start:
            return "future"      # "planned a rally on Saturday": the plan's object lies ahead
        if verb.lemma_.lower() == "set" and verb.idx < start and any(c.lower_ == "for" for c in verb.children):
            return "future"      # "a summit set for April"
        return self._verb_tense(verb)

    def told_in_historical_present(self, start: int, end: int) -> bool:
        """Whether the verb governing the expression is in the simple present (active or passive)
        and not one that tells a fixed arrangement ahead ("the council meets on Tuesday", lexicon
        `scheduled_present`): "In Paris, the president phones the chancellor on Saturday" is
        news told in the present of a day just past."""
        tok, verb = self._governing_verb(start, end)
        if tok is None or verb.pos_ not in ("VERB", "AUX"):
            return False
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ == "VBN":
            # the passive of the same present: "two soldiers are killed in the shelling on Saturday"
            if not auxes or any(c.dep_ != "auxpass" or c.lower_ not in ("is", "are") for c in auxes):
                return False
        elif verb.tag_ not in ("VBZ", "VBP") or auxes:
            return False
        if any(c.dep_ == "xcomp" for c in verb.children):
            return False    # "is to resume", "is due to visit", "plans to travel": told ahead
        return verb.lemma_.lower() not in self.L.scheduled_present

    def clause_looks_ahead(self, start: int, end: int) -> bool:
        """Whether the clause of the verb governing the expression holds a future marker or an
        infinitive anywhere below it ("By Friday, the army says it will have left the town",
        "by Friday, officials say, troops are to leave"): what it says by then is ahead."""
        tok, verb = self._governing_verb(start, end)
        if tok is None:
            return False
        return any(t.dep_ in ("aux", "auxpass") and t.lower_ in ("will", "'ll", "’ll", "shall", "would", "to")
                   or t.tag_ == "MD" for t in verb.subtree)

    def ahead_of_a_past(self, start: int, end: int) -> bool:
        """Whether the expression dates what a verb in the simple past looked ahead to: an
        infinitive under it ("agreed to observe a truce over Christmas", "vowed to retake the town
        by Easter") or a "would" it reports ("said the talks would resume after Eid"): ahead of
        that past, not necessarily of the report."""
        tok, verb = self._governing_verb(start, end)
        if tok is None or verb.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
            return verb.head.i != verb.i and verb.head.tag_ == "VBD"
        return verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
            verb.head.tag_ == "VBD"

    def reported_would(self, start: int, end: int):
        """The verb of saying in the past that a "would" clause governing the expression reports
        ("the governor said the army would send reinforcements on Wednesday"), else None."""
        tok, verb = self._governing_verb(start, end)
        if tok is None:
            return None
        if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
            return None
        head = verb.head
        if verb.dep_ in ("ccomp", "xcomp", "parataxis") and head.lemma_.lower() in _REPORTING and \
                head.tag_ == "VBD":
            return head
        return None

    def dates_a_past_verb(self, start: int, end: int) -> bool:
        """Whether the expression is an adjunct of a verb in the simple past, through at most
        a preposition ("shelled the town on March 3"), not of a noun or an infinitive."""
        if self.parsed is None:
            return False
        tok = self.token_at(max(start, end - 1))
        if tok is None:
            return False
        while tok.head.i != tok.i and start <= tok.head.idx < end:    # to the expression's head
            tok = tok.head
        head = tok.head
        if head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head
        if head.tag_ == "VBG" and head.dep_ == "xcomp" and head.head.i != head.i:
            head = head.head   # "began shelling the town on 2 May": the beginning dated
        return head.pos_ in ("VERB", "AUX") and head.tag_ == "VBD"

    def _verb_tense(self, verb) -> str | None:
        markers = self.L.future_markers
        for c in verb.children:
            if c.dep_ in ("aux", "auxpass"):
                low = c.lower_
                if low in ("will", "'ll", "shall", "wo", "would", "’ll"):
                    return "future"
                if low in ("going",):
                    return "future"
                if c.tag_ == "VBD" or low in ("has", "have", "had", "'s", "'ve", "did"):
                    if low in ("'s",) and verb.tag_ == "VBG":
                        return "present"
                    return "past"
                if low == "to":
                    head = verb.head
                    if head.lemma_.lower() in ("expect", "schedule", "plan", "due", "set", "intend", "aim", "hope",
                                               "want", "seek", "go", "agree", "promise", "vow", "threaten",
                                               "decide", "prepare", "try", "pledge"):
                        if any(c.lower_ == "had" for c in head.children) or \
                                any(c.lower_ == "had" for c in head.head.children if head.dep_ == "acomp"):
                            return "past"
                        return "future"
                    if head.i != verb.i:
                        return self._verb_tense(head) if head.pos_ in ("VERB", "AUX") else None
                if low in ("is", "are", "am") and verb.tag_ == "VBG":
                    return "present"
        tag = verb.tag_
        if tag == "VBD":
            return "past"
        if tag == "VBN":
            auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            if auxes & {"is", "are", "am", "'s", "'re", "being"}:
                return "present"        # "the case is heard in May"
            return "past"
        if tag in ("VBZ", "VBP"):
            return "report" if verb.lemma_.lower() in _REPORTING else "present"
        if tag == "MD":
            return "future" if verb.lower_ in markers else None
        if tag == "VB":
            return "future" if any(c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children) else None
        if tag == "VBG" and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
            return self._verb_tense(verb.head)   # "began shelling the town on 2 May": the beginning's tense
        return None

    def _nearest_verb_tense(self, tok) -> str | None:
        sent = tok.sent
        best, dist = None, 10 ** 6
        for t in sent:
            if t.pos_ in ("VERB", "AUX") and abs(t.i - tok.i) < dist:
                best, dist = t, abs(t.i - tok.i)
        return self._verb_tense(best) if best is not None else None

    def _tense_from_text(self, pos: int) -> str | None:
        a, b = self.sentence_bounds(pos)
        s = self.text[a:b].lower()
        if re.search(r"\b(?:will|shall|'ll|going to|scheduled to|expected to|plans? to)\b", s):
            return "future"
        if re.search(r"\b(?:was|were|had|did|said|\w+ed)\b", s):
            return "past"
        return None

    # -- reference -----------------------------------------------------------------
    def reference(self, pos: int, grans=("day", "week", "month", "quarter", "half", "season", "year"),
                  scope: str = "paragraph") -> tuple[int, Found] | None:
        """The latest earlier timex with a resolved value of one of the granularities, within scope."""
        para = self.paragraph_of(pos)
        sent = self.sentence_of(pos)
        for i in range(len(self.found) - 1, -1, -1):
            f = self.found[i]
            if f.start >= pos:
                continue
            if scope != "document":
                back = sent - self.sentence_of(f.start)
                if scope == "paragraph" and self.paragraph_of(f.start) != para and back > 1:
                    return None
                if scope == "sentence" and back > 0:
                    return None
                if scope == "near" and back > 2:
                    return None
                if isinstance(scope, int) and back > scope:
                    return None
            if f.info.get("derived") and grans == ("quarter",):
                continue
            if f.type in ("DATE", "TIME") and cal.granularity(f.value) in grans and not f.info.get("generic"):
                return i, f
        return None

    def story_ref(self, pos: int, grans=("day",)) -> tuple[int, Found] | None:
        """The day an anaphoric time counts from ("Japan lodged a protest the same day", "hours
        later", "the next morning"): the latest earlier time of the story's acts, not one told
        behind them (after a "since", "after", "before" or "until": "began drills on Thursday, a
        week after Pelosi visited Taipei on 2 August"; in a relative clause) nor the day a report
        was made of an act its sentence dates ("struck a mall on Monday, the ministry said on
        Wednesday"); else as `anchor_ref` reads it."""
        got = self.anchor_ref(pos, grans)
        if got is None or self.parsed is None:
            return got
        for i in range(got[0], -1, -1):
            f = self.found[i]
            if f.type not in ("DATE", "TIME") or cal.granularity(f.value) not in grans or f.info.get("generic"):
                continue
            if self.paragraph_of(f.start) != self.paragraph_of(pos) and \
                    self.sentence_of(pos) - self.sentence_of(f.start) > 2:
                break
            if not self._told_behind(i):
                return i, f
        return got

    def _told_behind(self, i: int) -> bool:
        """The found time i is told behind the story's acts (see `story_ref`)."""
        f = self.found[i]
        tok, verb = self._governing_verb(f.start, f.end)
        if tok is None:
            return False
        first = self.token_at(f.start)
        before = first.nbor(-1) if first is not None and first.i > first.sent.start else None
        if before is not None and before.lower_ in _BEHIND_OPENERS:
            return True
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if told_behind_main_clause(verb):
            return True
        # "struck a mall on Monday, the ministry said on Wednesday": the report's day, the act's told first
        return verb.lemma_.lower() in _SAYING_VERBS and any(
            g.start < f.start and g.type in ("DATE", "TIME") and cal.granularity(g.value) == "day"
            and self.sentence_of(g.start) == self.sentence_of(f.start) for g in self.found[:i])

    def story_day(self, pos: int) -> date | None:
        """The day the report tells of, when that is not the publication's week: the first
        date with day, month and year said in its lead (the headline, dateline and first
        sentence or two: "On July 2, 2021, the last troops left ..."), when it lies at
        least a week before the publication date and before pos. A report written after
        the fact narrates the days around that one, and its "on Tuesday" is one of them."""
        if self.dct is None:
            return None
        for f in self.found:
            if f.start >= pos or self.sentence_of(f.start) > _LEAD_SENTENCES:
                return None
            if f.explicit_year and f.type == "DATE" and cal.granularity(f.value) == "day" and not f.mod:
                day = date.fromisoformat(f.value[:10])
                if (self.dct - day).days < _STORY_BEFORE_PUBLICATION_DAYS or self._told_past_week(day, pos):
                    return None
                return day
        return None

    def _told_past_week(self, day: date, pos: int) -> bool:
        """The report has told, before pos, a day more than a week after its lead's ("The crisis began
        on 14 February ... On 27 February, jets ..."): the story has moved on from the lead's week."""
        for f in self.found:
            if f.start < pos and f.type == "DATE" and re.match(r"\d{4}-\d\d-\d\d", f.value):
                later = cal.safe_date(int(f.value[:4]), int(f.value[5:7]), int(f.value[8:10]))
                if later is not None and (later - day).days > 6:
                    return True
        return False

    def weekday_dated(self, pos: int) -> date | None:
        """The day of the latest date before pos written with its weekday ("On Tuesday, 19
        September, the offensive began"): a narrative that names its days so goes on by weekdays
        from there ("a ceasefire took effect on Wednesday")."""
        for f in reversed(self.found):
            if f.start >= pos or f.type not in ("DATE", "TIME") or not re.match(r"\d{4}-\d\d-\d\d", f.value):
                continue
            said = _WEEKDAY_IN.search(self.text, f.start, f.end)
            day = cal.safe_date(int(f.value[:4]), int(f.value[5:7]), int(f.value[8:10]))
            if said and day and _WEEKDAY_NUMBER[said.group(1).lower()] == day.isoweekday():
                return day
        return None

    def anchor_ref(self, pos: int, grans=("day", "week", "month", "quarter", "half", "season", "year")):
        """The date a relative expression counts from: a near one, else the latest in the document."""
        return self.reference(pos, grans, "near") or self.reference(pos, grans, "document")


# ---------------------------------------------------------------------------------
def parse_number(s: str | None, L: Lexicon) -> float | None:
    """'two' -> 2, 'twenty-four' -> 24, '2 1/2' -> 2.5, 'several' -> None (vague)."""
    if s is None:
        return None
    s = s.strip().lower()
    s = re.sub(r"\s+(?:or|to|and)\s+(?!a half|one-half|one half)\S+$", "", s)
    half = 0.0
    m = re.search(r"\s*(?:(?:and\s+)?(?:a\s+half|1/2|one[-\s]half)|½)$", s)
    if m and m.start() > 0:
        half, s = 0.5, s[:m.start()].strip()
    s = re.sub(r"\s+", " ", s)
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s) + half
    if s in L.numbers:
        return L.numbers[s] + half
    m = re.fullmatch(r"(\w+)[-\s](\w+)", s)
    if m and m[1] in L.numbers and m[2] in L.numbers and L.numbers[m[1]] >= 20 and L.numbers[m[2]] < 10:
        return L.numbers[m[1]] + L.numbers[m[2]] + half
    if m and m[1] in L.numbers and m[2] in ("hundred", "thousand") and L.numbers[m[1]] < 10:
        return L.numbers[m[1]] * (100 if m[2] == "hundred" else 1000) + half     # 'two thousand' (years)
    return None


def unit_code(word: str, L: Lexicon) -> str:
    w = word.lower()
    if w in ("centuries",):
        return "CE"
    if w in ("millennia",):
        return "ML"
    if w.endswith("s") and w[:-1] in L.units:
        w = w[:-1]
    return L.units.get(w, "D")


def duration_value(n: float | None, code: str) -> str:
    if code == "2W":
        code, n = "W", (n or 1) * 2 if n is not None else None
    time = code.startswith("T")
    u = code[1:] if time else code
    if u == "DE":
        u, n = "Y", None if n is None else n * 10
        if n is None:
            return "PXDE"
    elif u == "CE":
        u, n = "Y", None if n is None else n * 100
        if n is None:
            return "PXC"
    elif u == "ML":
        u = "L"          # millennia keep their own unit, as TimeBank writes them ("P2L")
    elif u == "Y" and n is not None and n >= 1000 and n % 1000 == 0:
        u, n = "L", n // 1000    # 'two thousand years': two millennia, "P2L"
    p = "PT" if time else "P"
    if n is None:
        return f"{p}X{u}"
    whole = int(n)
    frac = n - whole
    if frac == 0:
        return f"{p}{whole}{u}"
    sub = {"Y": (12, "M", ""), "M": (30, "D", ""), "W": (7, "D", ""), "D": (24, "H", "T"), "H": (60, "M", ""),
           "M_T": (60, "S", "")}
    key = "M_T" if (time and u == "M") else u
    if key in sub:
        k, su, t = sub[key]
        rest = int(round(frac * k))
        head = f"{p}{whole}{u}" if whole else p
        if head == "P" and t:
            return f"PT{rest}{su}"
        return f"{head}{t}{rest}{su}"
    return f"{p}{n:g}{u}"


def shift_day(d: date, n: int, code: str) -> date:
    if code == "D":
        return d + timedelta(days=n)
    if code == "W":
        return d + timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(code)
    if months:
        return cal.add_months(d, n * months)
    return d


def value_at(d: date, gran: str) -> str:
    if gran == "day":
        return d.isoformat()
    if gran == "week":
        return cal.iso_week(d)
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "quarter":
        y, q = cal.quarter_of(d)
        return f"{y:04d}-Q{q}"
    if gran == "decade":
        return f"{d.year // 10:03d}"
    if gran == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


# ---------------------------------------------------------------------------------
class Tagger:
    """The rules and lexicon, built once (by the times stage) and used for every document."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.L = lexicon if lexicon is not None else load_lexicon()
        self.rules = build_rules(self.L)
        self.triggers = build_triggers(self.L)
        self._trigger_index: dict[str, tuple[str, ...]] = {}
        for g, words in self.triggers.items():
            for w in words:
                self._trigger_index[w] = self._trigger_index.get(w, ()) + (g,)
        self.priority = {r.name: i for i, r in enumerate(self.rules)}
        self.priority["set_a"] = -1
        self.months = {k: v for k, v in self.L.months.items()}
        self.holidays = {name_key(k): v for k, v in self.L.holidays.items()}
        month_names = "|".join(sorted((k.capitalize() for k in self.months), key=len, reverse=True))
        self._range_tail = re.compile(
            r"\s*(?:-|–|—|to|through|thru|until|till|and)\s+(?:(?P<m>" + month_names + r")\.?\s+[0-3]?\d(?:st|nd|rd|th)?"
            r"|[0-3]?\d(?:st|nd|rd|th)?\s+(?P<m2>" + month_names + r")\.?),?\s+(?P<y>(?:1[89]|20)\d\d)(?!\d)")
        self.weekdays = self.L.weekdays
        self._memo: tuple[str, list] | None = None    # (text, its chosen candidates): see _chosen
        self._quick = re.compile(r"\d|(?i:day|week|month|year|quarter|now|current|recent|past|future|ago|"
                                 r"night|morning|noon|evening|afternoon|spring|summer|fall|autumn|winter|"
                                 r"decade|centur|hour|minute|daily|annual|season|weekend|tonight|"
                                 r"christmas|thanksgiving|period|while|time|late|soon)|"
                                 r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|"
                                 r"JUL|AUG|SEP|OCT|NOV|DEC|Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN|"
                                 r"Q[1-4]|H[12]|Easter|Ramadan|Eid|EID|Ashura|Nowruz")

    # -- finding -------------------------------------------------------------------
    def windows(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Per trigger group, the merged stretches of text around its words."""
        n = len(text)
        hits: dict[str, list[tuple[int, int]]] = {g: [] for g in (*self.triggers, "digit")}
        index = self._trigger_index
        for m in _WORD.finditer(text):
            w = m.group(0)
            low = w.lower()
            groups = index.get(low, ())
            if not w.isalpha() and any(c.isdigit() for c in w):
                groups += ("digit",)
            if not groups:
                continue
            a, b = max(0, m.start() - WINDOW_BEFORE), min(n, m.end() + WINDOW_AFTER)
            for g in groups:
                if g in ("month", "weekday") and not w[0].isupper():
                    continue
                spans = hits[g]
                if spans and a <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], b)
                else:
                    spans.append((a, b))
        return hits

    def candidates(self, text: str):
        out = []
        wins = self.windows(text)
        seen = set()
        for rule in self.rules:
            groups = [wins[g] for g in rule.triggers]
            spans = groups[0] if len(groups) == 1 else _merge([s for g in groups for s in g])
            for a, b in spans:
                for m in rule.rx.finditer(text, a, b):
                    key = (m.start(), m.end(), rule.name)
                    if m.end() > m.start() and key not in seen and self.valid(rule.name, m, text):
                        seen.add(key)
                        out.append((m.start(), m.end(), rule.name, m))
        return out

    def select(self, cands):
        cands.sort(key=lambda c: (-(c[1] - c[0]), self.priority[c[2]], c[0]))
        taken: list[tuple[int, int]] = []
        chosen = []
        for c in cands:
            s, e = c[0], c[1]
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            chosen.append(c)
        chosen.sort(key=lambda c: c[0])
        return chosen

    def _chosen(self, text: str) -> list:
        """The candidates chosen among overlaps (select over candidates): they depend on the text
        alone, not on the publication date or the parse, and the times stage asks for a text's
        twice (infer_published tags it without a date, then the stage tags it against the date
        found), so the last text's are kept: the finding is most of the tagging's time."""
        memo = self._memo
        if memo is not None and memo[0] == text:
            return memo[1]
        chosen = self.select(self.candidates(text))
        self._memo = (text, chosen)
        return chosen

    def context(self, text: str, dct: date | None, parsed=None) -> Context:
        return Context(text, dct, parsed, self.L)

    def tag(self, text: str, dct: date | None, parsed=None) -> list[Found]:
        """Every time expression in the text, normalised against the publication date (dct)."""
        ctx = self.context(text, dct, parsed)
        if not self._quick.search(text):
            return []
        for s, e, name, m in self._chosen(text):
            try:
                got = getattr(self, "n_" + name)(m, ctx)
            except Exception:  # one odd expression must not cost the article its other dates
                got = None
            for f in (got if isinstance(got, list) else [got] if got is not None else []):
                f.rule = name       # a range gives two expressions, one for each end
                self._trim(f, text)
                if f.end > f.start:
                    ctx.found.append(f)
        return ctx.found

    def _trim(self, f: Found, text: str) -> None:
        t = text[f.start:f.end]
        m = re.search(r"(?:'s|’s|')$", t)
        if m and f.rule not in ("decade",):
            f.end -= len(m.group(0))
            t = text[f.start:f.end]
        while f.end > f.start and text[f.end - 1] in " ,-\n\t":
            f.end -= 1

    # -- validation (cheap, before choosing among overlaps) --------------------------
    def valid(self, name: str, m: re.Match, text: str) -> bool:
        g = m.groupdict()
        before = text[max(0, m.start() - 30):m.start()]
        after = text[m.end():m.end() + 25]
        if name in _COMMON_WORD_RULES and _is_title(m.group(0), before) and not _in_headline(text, m.start()):
            return False         # ABC's "This Week", CBS's "60 Minutes", "High Noon": names
        if g.get("mon"):
            if name == "month" and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", after):
                return False     # the March of the Combatant Mothers
            mon = g["mon"]
            if mon in ("May", "MAY") and name == "month" and not g.get("rel"):
                if not re.search(r"(?:\b(?:in|since|by|until|till|of|from|through|during|before|after|early|late|"
                                 r"mid|last|this|next|to|between|and|or|until|since|end|beginning|start|"
                                 r"middle)\s*-?)\s*$", before, re.I):
                    return False
            if name == "month" and mon in ("March", "MARCH") and not g.get("rel") and re.match(r"\s+(?:on|to|through|in|from|against|for)\s+(?!\d)", after) and not re.search(r"\b(?:in|since|by|until|of|from|during|early|late|last|this|next)\s*$", before, re.I):
                return False
            if name == "month" and re.match(r"\s*\d", after):
                return False
        if name == "ordday":
            if not 1 <= int(g["day"]) <= 31 or g.get("day2") and not int(g["day"]) < int(g["day2"]) <= 31:
                return False
            # "the 5th Brigade", "the 17th and 18th centuries", "the 3rd of the five": a thing counted
            return not re.match(r"\s*(?:[A-Za-z]|of\b)", after) or \
                re.match(r"\s+(?:and|or|but|when|as|while|after|before|until|till|to|in|at|with|amid|"
                         r"near|into|on|onwards|onward|itself)\b", after) is not None
        if name in ("mdy", "dmy"):
            d = int(g["day"]) if g.get("day") else self.L.ordinals[re.sub(r"[\s-]+", "-", g["dayw"].lower())]
            if not 1 <= d <= 31:
                return False
            if g.get("dayw"):
                if name == "dmy" and not re.search(r"\sof\s", m.group(0)):
                    return False     # "the eighth of March", not "eighth March"
                if name == "mdy" and g["mon"] in ("May", "MAY") and not re.search(
                        r"(?:\b(?:on|in|by|until|till|since|from|of|before|after|the|to|and)|,)\s*$", before, re.I):
                    return False     # "troops May first withdraw"
            if g.get("yearw") and g.get("year") is None and self._spoken_year(g["yearw"]) is None:
                return False
            if not g.get("year") and _NAME_AFTER.match(after):
                return False     # "the March 14 alliance", "the May 15 Brigade": names
            if name == "dmy" and not g.get("year") and re.match(r"\s*(?:%|percent|per)", after):
                return False
            if name == "mdy" and not g.get("year") and re.match(r"(?:,\d|\d|\s*(?:%|percent|-|–)\s*\d)", after):
                return False
        if name == "range" and not g.get("y1"):
            nxt = re.match(r"\s+([a-z]+)\b", after)
            conn = (g.get("conn") or g.get("conn2") or "").strip().lower()
            if g.get("mon") and nxt and not g.get("year2") and (nxt.group(1) in self.L.not_year_after or (
                    conn in ("and", "to") and nxt.group(1).endswith("s")
                    and nxt.group(1) not in ("as", "was", "is", "has", "this", "its", "his", "was", "whereas"))):
                return False
            if g.get("mon") and conn == "and" and re.match(r"\s*(?:%|percent)", after):
                return False
        if name == "year":
            y = int(g["year"])
            nxt = re.match(r"\s*([\w.%)-]+)", after)
            if nxt and nxt.group(1).lower() in self.L.not_year_after:
                return False
            if _YEAR_BLOCK_BEFORE.search(before):
                return False
            if re.search(r"[\d.,]\s*$|\d\s*(?:-|–|to)\s*$", before) and not re.search(r"\b(?:and|or|to|-|–)\s*$", before) \
                    and not re.search(r"(?<![\d,.])(?:1[89]|20)\d\d,\s*$", before):
                return False     # "1,2019" is a number; "in 1994, 1995 and 1997" a list of years
            if re.search(r"\d\s*(?:-|–|to)\s*$", before):
                prev = re.search(r"(\d+)\s*(?:-|–|to)\s*$", before)
                if prev and len(prev.group(1)) != 4:
                    return False
            if y < 1800 and not (g.get("pre") or g.get("fz") or _PREP_BEFORE.search(before)):
                return False
            if re.match(r"\s*(?::|\.\d|,\d\d\d)", after):
                return False
            count = re.match(r"\s+([a-z]+s)\b", after)
            if count and not g.get("pre") and not g.get("fz") and not _YEAR_FRIENDLY_BEFORE.search(before):
                return False     # "2019 injuries": a count
        if name == "decade":
            dec = g["dec"]
            if len(dec) == 2 and not g.get("the") and not g.get("fz"):
                return False
            if g.get("the") is None and re.search(r"\b(?:their|his|her|its|our|my|your)\s*$", before, re.I):
                return False
            if len(dec) == 2 and re.search(r"\b(?:their|his|her|in\s+the\s+(?:low|high|mid|upper|lower))\s*$", before, re.I):
                return False
            if re.match(r"\s*(?:°|degrees|mph|km|percent|%)", after):
                return False
        if name == "decade_words" and not g.get("the"):
            return False
        if name == "century" and not (g.get("ord") or (g.get("the") or "").lower() in ("this", "last", "next", "the last", "the next", "the past")):
            return False
        if name == "quarter":
            ordw = (g.get("ord") or "").lower()
            the = (g.get("the") or "").lower()
            qh = (g.get("qh") or "").lower()
            if not ordw and not g.get("qy"):
                if the not in ("the", "this", "that") or qh == "half":
                    return False
                if re.match(r"\s+(?:of|to|century|mile|hour|inch|million|billion|percent)", after, re.I):
                    return False
            if the == "a" and not ordw:
                return False
            if qh == "half" and (ordw not in ("first", "second", "1st", "2nd", "last", "latter", "final") or
                                 re.match(r"\s+(?:of\s+(?!(?:19|20)\d\d|this|last|next|the\s+year|fiscal))", after, re.I)):
                return False
            if ordw in ("last", "final", "next", "past", "previous", "coming", "following", "prior", "preceding",
                        "same", "comparable", "recent", "most recent") and re.match(r"\s+(?:of|century|mile)\b(?!\s+(?:19|20)\d\d)", after, re.I):
                return False
            if ordw and ordw in _ORD and re.match(r"\s+(?:of\s+(?:a|the)\s+(?!year))", after, re.I):
                return False
        if name == "season":
            s = g["season"].lower()
            rel = (g.get("rel") or "").lower()
            if s == "fall" and not (rel and rel != "the") and not g.get("year"):
                if rel != "the" or re.match(r"\s+of\b", after) or not re.search(r"\b(?:in|during|this|last|next|over|the|by|until|since|through)\s*$", before + "the ", re.I):
                    return False
                if re.match(r"\s+(?:of|in)\s", after):
                    return False
            if s == "spring" and re.match(r"\s+(?:of\s+(?!(?:19|20)\d\d))", after):
                return False
            if not rel and not g.get("year") and s in ("spring", "fall", "autumn") and not re.search(r"\b(?:in|this|last|next|during|since|until|by)\s*$", before, re.I):
                return False
            if not g.get("rel") and not g.get("year") and re.search(r"\bArab\s*$", before):
                return False
        if name == "weekday":
            if re.match(r"\s+(?:Times|Telegraph|Night Live|Express|Herald|Mirror|Post)\b", after):
                return False
        if name in ("duration", "ago"):
            num = (g.get("num") or "").lower().strip()
            unit = (g.get("unit") or "").lower()
            if unit.startswith("second") and num in ("a", "an", "one") and name == "duration":
                return False
            if unit.startswith(("min", "sec", "hr")) and len(unit) <= 4 and not re.match(r"\d", num):
                return False
            if name == "duration" and (g.get("old") == "-old" or re.match(r"\s*(?:-|\s)?old\b", after)) and unit.startswith("year"):
                return False
            if name == "duration" and num in ("a", "an") and unit.startswith("quarter") and re.match(r"\s+(?:of|million|billion|mile|point|percent|century)", after):
                return False
            if name == "duration" and unit.startswith("quarter") and re.match(r"\s+(?:of|mile|point|percent)", after) and not re.search(r"\b(?:the|last|past|next|first)\s*$", before):
                return False
            if name == "duration" and num == "some" and unit.startswith("day"):
                return False
        if name == "set_a":
            if not _NUMBER_WORD_BEFORE.search(before):
                return False
            if re.match(r"\s+(?:ago|earlier|later|before|after|or)\b", after):
                return False
        if name == "dur_bare":
            det = (g.get("det") or "").lower()
            unit = g["unit"].lower()
            if det == "the" and not g.get("ahead") and unit not in ("years",):
                return False
            if re.match(r"\s*(?:-|\s)?old\b", after):
                return False
            if unit in ("hours", "minutes") and not det:
                return False
        if name == "partday" and (g.get("rel") or "").lower() == "the" and re.match(r"\s+of\s", after):
            return False         # "the night of Friday, Oct. 23": the date that follows says the day
        if name == "relunit":
            rel = (g.get("rel") or "").lower()
            u = (g.get("u") or "").lower()
            if u.endswith("session") and rel in ("the", "that", "the same"):
                return False
            if u in ("day", "decade", "century") and rel == "the" and not g.get("fz") and not g.get("wk"):
                if not (u == "day" and (re.match(r"\s+(?:before|after|earlier|later)\b", after)
                                        or re.search(r"\b(?:later|earlier|early|late)\s+in\s*$", before, re.I))):
                    return False
            if rel in ("current", "the current") and u == "day":
                return False
            if u == "weekend" and re.match(r"\s+of\b", after):
                return False
            if rel == "the" and u == "year" and re.match(r"\s+(?:of|when|in\s+which|that|before|after|since)\b", after):
                return False
        if name == "ref_present":
            w = g["refw"].lower()
            if w == "current" and re.match(r"\s+(?:account|affairs|event|events|issue|crop|form|state|law|system|"
                                          r"policy|policies|rules?|regime|members?|president|leader|government|"
                                          r"head|minister|chief|generation|price|prices|level|levels)\b", after, re.I):
                return False
            if w == "now" and re.match(r"-", after):
                return False
        if name == "ref_past":
            w = g["refw"].lower()
            if w == "recent" and re.match(r"\s+(?:history)\b", after, re.I):
                return True
        if name == "ref_future":
            w = g["refw"].lower()
            if w == "future" and not re.search(r"\b(?:the|in|near|for|distant|foreseeable)\s*$", before, re.I) and not re.match(r"\s+(?:years?|months?|quarters?|weeks?|periods?|generations?|date)\b", after, re.I):
                return False
        if name == "clock":
            if g.get("h2") and not (g.get("tz") or re.search(r"\b(?:at|around|about|by|until|from|before|after)\s*$", before, re.I)):
                return False
            if g.get("h3") and (int(g["h3"]) > 12 or not re.search(r"\b(?:at|around|about|by|until|before|after|from)\s*$", before, re.I)):
                return False
            h = g.get("h") or g.get("h2") or (g.get("hm") or "")[:2]
            if h and int(h) > 24:
                return False
            if g.get("h") and g.get("ap") and g["ap"].lower() in ("am", "pm") and re.search(r"\d\s*$", before):
                return False
        if name == "holiday":
            hol = name_key(g["hol"])
            prev = re.search(r"\b([A-Z][a-z]+)\s+$", before)
            if hol == "ramadan" and prev and prev.group(1).lower() not in _BEFORE_A_NAMED_DAY:
                return False     # Taha Yassin Ramadan: a surname
            if hol == "new year" and not re.search(r"\b(?:the|this|last|next|on|by|since|before|after|until)\s*$", before, re.I):
                return False
            if hol in ("christmas", "thanksgiving", "halloween") and re.match(r"\s+(?:tree|trees|card|cards|gift|gifts|market|present|presents|shopping|season|dinner|turkey|message|party|lights|carol|decoration|decorations|holidays?|truce)\b", after, re.I):
                return False
        if name == "period":
            what = g["what"].lower()
            if what == "period" and not g.get("py"):
                return False
        if name == "yearago":
            if not g.get("what") and not g.get("the") and not re.match(r"\s+\w", after):
                return True
        return True

    # -- resolution helpers --------------------------------------------------------
    def _year_for(self, ctx: Context, m: re.Match, month: int, day: int | None = None) -> tuple[int | None, bool]:
        """The year a month (and day) without one falls in; (year, from_context)."""
        # an explicit year earlier in the same sentence
        ref = ctx.reference(m.start(), grans=("day",), scope="sentence")
        if ref is not None and ref[1].explicit_year:
            return int(ref[1].value[:4]), True
        dct = ctx.dct
        if dct is None:
            return None, False
        tense = ctx.tense(m.start(), m.end())
        here = dct.year * 12 + dct.month
        best = None
        cands = []
        for y in (dct.year - 1, dct.year, dct.year + 1):
            k = y * 12 + month
            if day is not None:
                dd = cal.safe_date(y, month, min(day, cal.last_day(y, month)))
                delta = (dd - dct).days if dd else 10 ** 6
            else:
                delta = (k - here) * 30
            cands.append((y, k, delta))
        best = min(cands, key=lambda c: (abs(c[2]), c[2] > 0))
        before = ctx.text[max(0, m.start() - 25):m.start()]
        deadline = DEADLINE_BEFORE.search(before) is not None
        # a day within two months ahead is a date set ("invited them to a ceremony on March 12"),
        # unless it dates a past-tense verb itself ("rebels shelled the town on March 3")
        # A month just ahead, named in a noun phrase rather than dating a past verb ("a cutback
        # in its supply in September", "November deliveries"), is likewise the coming one.
        soon = (0 < best[2] <= 62 if day is not None else 0 < best[1] - here <= 1) \
            and not ctx.dates_a_past_verb(m.start(), m.end())
        if tense == "past" and not deadline and not soon and best[1] > here:
            best = max((c for c in cands if c[1] <= here), key=lambda c: c[1])
        elif tense == "future" and best[1] < here:
            best = min((c for c in cands if c[1] >= here), key=lambda c: c[1])
        elif tense not in ("past", "future") and not deadline and best[1] - here > 2:
            best = max((c for c in cands if c[1] <= here), key=lambda c: c[1])
        return best[0], False

    def _deictic_weekday(self, ctx: Context, m: re.Match, wd: int, rel: str | None) -> date | None:
        dct = ctx.dct
        if dct is None:
            return None
        rel = (rel or "").lower()
        if rel in ("last", "this past"):
            return cal.weekday_relative(dct, wd, -1, count_itself=False)
        if rel in ("next", "this coming", "a week from"):
            return cal.weekday_relative(dct, wd, +1, count_itself=False)
        if rel in ("the following", "the next", "the previous"):
            ref = ctx.anchor_ref(m.start(), grans=("day",))
            base = date.fromisoformat(ref[1].value[:10]) if ref else dct
            return cal.weekday_relative(base, wd, -1 if rel == "the previous" else +1, count_itself=False)
        tense = ctx.tense(m.start(), m.end())
        before = ctx.text[max(0, m.start() - 20):m.start()]
        if re.search(r"\bsince\s*$", before, re.I) or re.search(r"(?:'s|’s)$", m.group(0)):
            tense = "past"     # "since Tuesday", "Tuesday's vote": a day already gone
        elif tense == "past" and re.search(r"\b(?:until|till)\s+(?:on\s+)?$", before, re.I) \
                and self._ended_state(ctx, m.start()):
            tense = "past"     # "until Thursday, they had not called him a suspect": a state that ended
        elif tense in ("present", "report") and _BY_CUE_BEFORE.search(before) \
                and ctx.told_in_historical_present(m.start(), m.end()) \
                and not ctx.clause_looks_ahead(m.start(), m.end()):
            # "By Saturday afternoon, his deputy says the withdrawal is complete" (a Sunday paper):
            # a deadline told in the news' present is the day just past, not the one ahead
            tense = "past"
        elif _FUTURE_CUE_BEFORE.search(before) or (tense != "past" and _WEAK_FUTURE_CUE_BEFORE.search(before)):
            if tense == "future" and ctx.dct is not None and ctx.reported_would(m.start(), m.end()) \
                    and (said := self._saying_day(ctx, m)) is not None:
                # "said on Tuesday the drills would last from Thursday until Sunday": ahead of the saying
                return cal.weekday_relative(said, wd, +1, count_itself=False)
            tense = "future"
        elif tense == "present" and ctx.told_in_historical_present(m.start(), m.end()):
            tense = "past"     # "the president phones the chancellor on Saturday": news told in the present
        elif tense == "future" and ctx.dct is not None and ctx.reported_would(m.start(), m.end()):
            # "the governor said (on Saturday) that the army would send troops on Wednesday": ahead of
            # the saying, which may itself be days before the report: the day nearest the report's
            told = self._saying_day(ctx, m)
            if told is not None:
                return cal.weekday_relative(told, wd, +1, count_itself=False)
            ahead = cal.weekday_relative(dct, wd, +1, count_itself=False)
            back = cal.weekday_relative(dct, wd, -1)
            return back if (dct - back) < (ahead - dct) else ahead
        # a weekday told after a date written with its weekday ("Tuesday, 19 September ... on
        # Wednesday") is the next such day, when that is already past at publication
        dated = ctx.weekday_dated(m.start()) if tense not in ("future",) + _PRESENT_AS_FUTURE else None
        if dated is not None and dated < dct:
            day = cal.weekday_relative(dated, wd, +1)
            if day <= dct:
                return day
        # the days a report names are those of the week it tells of: the publication's, or the
        # story's when its lead dates it to an earlier week; the tense picks the side
        base = ctx.story_day(m.start()) or dct
        if rel == "this":
            return cal.weekday_relative(base, wd, +1 if tense == "future" else -1 if tense == "past" else 0)
        if tense in ("future",) + _PRESENT_AS_FUTURE:
            return cal.weekday_relative(base, wd, +1)
        return cal.weekday_relative(base, wd, -1)

    @staticmethod
    def _saying_day(ctx: Context, m: re.Match) -> date | None:
        """The last full day told before the expression in its own sentence: the day of the saying
        that a reported "would" counts ahead from ("said on Tuesday it would ... on Thursday")."""
        said = [f for f in ctx.found if f.type == "DATE" and re.match(r"\d{4}-\d\d-\d\d$", f.value or "")
                and ctx.sentence_of(f.start) == ctx.sentence_of(m.start()) and f.start < m.start()]
        return date.fromisoformat(said[-1].value[:10]) if said else None

    def _ended_state(self, ctx: Context, pos: int) -> bool:
        """Whether the sentence tells of a past state that lasted until a time: negated or in the
        past perfect ("had not called", "it was not until Tuesday that")."""
        a, b = ctx.sentence_bounds(pos)
        return bool(re.search(r"\b(?:had|not|never)\b|n't\b", ctx.text[a:b], re.I))

    def _month_num(self, s: str) -> int:
        return self.months[s.lower().rstrip(".")]

    def _wd_num(self, s: str) -> int:
        s = s.lower().rstrip(".")
        s = re.sub(r"'s$", "", s)
        return self.weekdays[s]

    def _ref_quarter(self, ctx: Context, pos: int) -> str | None:
        for f in reversed(ctx.found):
            if f.start < pos and cal.granularity(f.value) == "quarter" and not f.info.get("derived"):
                return f.value
        if ctx.dct is None:
            return None
        y, q = cal.quarter_of(ctx.dct)
        k = y * 4 + q - 2
        return f"{k // 4:04d}-Q{k % 4 + 1}"

    # -- handlers ------------------------------------------------------------------
    def _day_of(self, m) -> int:
        """The day of the month, in digits or as an ordinal word."""
        if m["day"]:
            return int(m["day"])
        return self.L.ordinals[re.sub(r"[\s-]+", "-", m["dayw"].lower())]

    def _spoken_year(self, words: str) -> int | None:
        """'nineteen ninety-seven' 1997, 'two thousand and three' 2003, 'twenty twenty' 2020,
        'nineteen oh five' 1905."""
        w = re.sub(r"[\s-]+", " ", words.lower()).replace(" and ", " ").strip()
        if w.startswith("two thousand"):
            rest = w[len("two thousand"):].strip()
            n = parse_number(rest, self.L) if rest else 0
            return 2000 + int(n) if n is not None and 0 <= n < 100 else None
        head, _, rest = w.partition(" ")
        base = {"nineteen": 1900, "twenty": 2000}.get(head)
        if base is None or not rest:
            return None
        if rest == "hundred":
            return base
        rest = re.sub(r"^oh ", "", rest)
        n = parse_number(rest, self.L)
        return base + int(n) if n is not None and 0 <= n < 100 else None

    def _year_of(self, m) -> int | None:
        """The year a date says: in digits, or read out."""
        g = m.groupdict()
        if g.get("year"):
            return int(g["year"])
        if g.get("yearw"):
            return self._spoken_year(g["yearw"])
        return None

    def n_mdy(self, m, ctx):
        month, day = self._month_num(m["mon"]), self._day_of(m)
        said = self._year_of(m)
        counted = (m.groupdict().get("ty") or "").lower()
        if said is not None:
            y, explicit = said, True
        elif counted and (ctx.dct is not None or counted not in ("this", "last", "next")):
            # "27 October last year": the year counted from the report's; "on 3 June that year": the
            # year of the date told before
            y, explicit = self._counted_year(ctx, m, counted), False
        else:
            explicit = False
            y, _ = self._year_for(ctx, m, month, day)
            later = self._range_year(ctx, m, month)
            if later is not None:
                y = later          # "from March 30 to April 2, 2020": the year said at the end
            if y is not None and m.groupdict().get("wd"):
                wd = self._wd_num(m["wd"])
                for cand in (y, y - 1, y + 1):
                    d = cal.safe_date(cand, month, day)
                    if d and d.isoweekday() == wd:
                        y = cand
                        break
        if y is None:
            return Found(m.start(), m.end(), "DATE", f"XXXX-{month:02d}-{day:02d}")
        if cal.safe_date(y, month, day) is None:
            return None
        mod = _FZ_MOD.get((m.groupdict().get("fz") or "").lower())
        return Found(m.start(), m.end(), "DATE", f"{y:04d}-{month:02d}-{day:02d}", mod=mod, explicit_year=explicit,
                     anchor=None if explicit else "publication")

    n_dmy = n_mdy

    def _range_year(self, ctx: Context, m: re.Match, month: int) -> int | None:
        """The year of the far end of a range that opens with this date ("March 30 to April 2,
        2020", "30 March - 2 April 2020"), the year before when the range crosses a new year."""
        rx = self._range_tail
        t = rx.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 40))
        if t is None:
            return None
        y = int(t["y"])
        return y - 1 if month > self._month_num(t["m"] or t["m2"]) else y

    def n_range(self, m, ctx):
        """Both ends of a range, each its own expression: "March 1-5" gives "March 1" and "5",
        "1-5 March 2020" gives "1" and "5 March 2020", "2014-2016" the two years. The ends share
        the month and the year said at either; the range runs forward."""
        g = m.groupdict()
        if g.get("y1"):
            y1, y2 = int(g["y1"]), int(g["y2"])
            if not y1 < y2 <= y1 + 100:
                return None
            return [Found(m.start("y1"), m.end("y1"), "DATE", f"{y1:04d}", explicit_year=True),
                    Found(m.start("y2"), m.end("y2"), "DATE", f"{y2:04d}", explicit_year=True)]
        if g.get("mon"):
            month, d1, d2 = self._month_num(g["mon"]), int(g["day"]), int(g["day2"])
            first = (m.start(), m.end("year") if g.get("year") else m.end("day"))
            second = (m.start("day2"), m.end())
        else:
            month, d1, d2 = self._month_num(g["mon3"]), int(g["dfirst"]), int(g["dlast"])
            first, second = (m.start("dfirst"), m.end("dfirst")), (m.start("dlast"), m.end())
        if not 1 <= d1 < d2 <= 31:
            return None
        said = g.get("year") or g.get("year2")
        if said:
            y, explicit = int(said), True
        else:
            y, explicit = self._year_for(ctx, m, month, d1)[0], False
        out = []
        for (a, b), d in ((first, d1), (second, d2)):
            if y is None:
                out.append(Found(a, b, "DATE", f"XXXX-{month:02d}-{d:02d}"))
            elif cal.safe_date(y, month, d) is not None:
                out.append(Found(a, b, "DATE", f"{y:04d}-{month:02d}-{d:02d}", explicit_year=explicit,
                                 anchor=None if explicit else "publication"))
        return out or None

    def n_ordday(self, m, ctx):
        """A day of the month told by its ordinal alone ("On the 17th and 18th, pagers exploded
        across the country", "by the 21st"): of the month the story last named before it, else of
        the report's month (the month before when that day is still to come in a telling of the
        past). Two ordinals ("the 17th and 18th", "the 5th to the 9th") give an expression each,
        as a range does."""
        ref = ctx.reference(m.start(), grans=("day", "month"), scope="document")
        d1 = int(m["day"])
        if ref is not None and re.match(r"\d{4}-\d\d", ref[1].value):
            y, month = int(ref[1].value[:4]), int(ref[1].value[5:7])
            anchor = f"timex:{ref[0]}"
            if ref[1].rule == "ordday" and d1 < int(ref[1].value[8:10]):
                # "on the 28th ... on the 4th": the story has gone on into the next month (not past the report)
                ny, nm = (y, month + 1) if month < 12 else (y + 1, 1)
                if ctx.dct is None or (cal.safe_date(ny, nm, d1) or ctx.dct) <= ctx.dct:
                    y, month = ny, nm
        elif ctx.dct is not None:
            y, month, anchor = ctx.dct.year, ctx.dct.month, "publication"
        else:
            return None
        if ctx.dct is not None and (y, month) == (ctx.dct.year, ctx.dct.month) and d1 > ctx.dct.day and \
                ctx.tense(m.start(), m.end()) != "future":
            y, month = (y, month - 1) if month > 1 else (y - 1, 12)   # the report's month has not reached it
        ends = [(m.start(), m.end("day") + 2, d1)]
        if m["day2"]:
            ends.append((m.end("conn"), m.end(), int(m["day2"])))   # "the 9th", as the first end is told
        out = []
        for a, b, d in ends:
            if cal.safe_date(y, month, d) is None:
                return None
            out.append(Found(a, b, "DATE", f"{y:04d}-{month:02d}-{d:02d}", anchor=anchor))
        return out

    def n_weekof(self, m, ctx):
        """"the week of March 6": the ISO week holding that day."""
        month = self._month_num((m["mon"] or m["mon_b"]).strip())
        day = int(m["day"] or m["day_b"])
        y = int(m["year"]) if m["year"] else self._year_for(ctx, m, month, day)[0]
        d = cal.safe_date(y, month, day) if y else None
        if d is None:
            return None
        we = "weekend" in m["wk"].lower()
        return Found(m.start(), m.end(), "DATE", cal.iso_week(d) + ("-WE" if we else ""),
                     explicit_year=bool(m["year"]), anchor=None if m["year"] else "publication")

    def n_my(self, m, ctx):
        month, y = self._month_num(m["mon"]), self._year_of(m)
        if y is None:
            return None
        mod = _FZ_MOD.get(re.sub(r"\s+", " ", (m["fz"] or "").lower()))
        if mod in ("EARLIER", "LATER"):
            mod = None
        return Found(m.start(), m.end(), "DATE", f"{y:04d}-{month:02d}", mod=mod, explicit_year=True)

    def n_iso(self, m, ctx):
        d = cal.safe_date(int(m["year"]), int(m["m"]), int(m["d"]))
        if d is None:
            return None
        if m["hh"]:
            return Found(m.start(), m.end(), "TIME", f"{d.isoformat()}T{m['hh']}:{m['mm']}", explicit_year=True)
        return Found(m.start(), m.end(), "DATE", d.isoformat(), explicit_year=True)

    def n_slash(self, m, ctx):
        a, b, y = int(m["a"]), int(m["b"]), m["y"]
        yy = int(y)
        if len(y) == 2:
            yy += 2000 if yy <= ((ctx.dct.year % 100) + 1 if ctx.dct else 30) else 1900
        mo, d = (a, b) if a <= 12 else (b, a)
        dd = cal.safe_date(yy, mo, d)
        alt = cal.safe_date(yy, b, a) if a <= 12 and b <= 12 and a != b else None
        if dd and alt and ctx.dct and dd > ctx.dct + timedelta(days=7) and alt <= ctx.dct:
            dd = alt   # 12/03/2020 in a report of April 2020: day first
        if dd is None:
            return None
        return Found(m.start(), m.end(), "DATE", dd.isoformat(), explicit_year=True)

    def _counted_year(self, ctx: Context, m: re.Match, said: str) -> int | None:
        """The year of "this year", "last year", "next year" (the report's, counted), or of "that
        year", "the same year" (the year of the latest date told before, else the report's)."""
        said = re.sub(r"\s+", " ", said.lower())
        if said in ("this", "last", "next"):
            return ctx.dct.year + {"this": 0, "last": -1, "next": 1}[said]
        ref = ctx.reference(m.start(), grans=("day", "month", "year"), scope="document")
        if ref is not None and ref[1].value[:4].isdigit():
            return int(ref[1].value[:4])
        return ctx.dct.year if ctx.dct else None

    def n_month(self, m, ctx):
        month = self._month_num(m["mon"])
        rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
        start = m.start()
        if rel == "until":
            start, rel = m.start("mon"), ""
        mod = _FZ_MOD.get(rel)
        ty = (m["ty"] or "").lower()
        dct = ctx.dct
        if ty and (dct or ty not in ("this", "last", "next")):
            y = self._counted_year(ctx, m, ty)
        elif rel in ("last", "this past", "the end of last", "early last", "late last") and dct:
            y = dct.year if month < dct.month - 1 else dct.year - 1
        elif rel in ("next", "this coming", "the end of next", "early next", "late next") and dct:
            y = dct.year if month > dct.month else dct.year + 1
        elif rel in ("this", "the end of this") and dct:
            y = dct.year
        else:
            y, _ = self._year_for(ctx, m, month)
        if mod in ("EARLIER", "LATER"):
            mod = None
        if y is None:
            return Found(start, m.end(), "DATE", f"XXXX-{month:02d}", mod=mod)
        return Found(start, m.end(), "DATE", f"{y:04d}-{month:02d}", mod=mod, anchor="publication")

    def n_year(self, m, ctx):
        y = int(m["year"])
        fz = re.sub(r"\s+", " ", (m["fz"] or "").lower())
        mod = _FZ_MOD.get(fz)
        if mod in ("EARLIER", "LATER"):
            return None
        start = m.start()
        pre = (m["pre"] or "").lower()
        return Found(start, m.end(), "DATE", f"{y:04d}", mod=mod, explicit_year=True,
                     info={"fiscal": "fiscal" in pre})

    def n_twoq(self, m, ctx):
        half = "H1" if m["which"].lower() == "first" else "H2"
        return Found(m.start(), m.end(), "DATE", f"{int(m['year']):04d}-{half}", explicit_year=True)

    def n_year_words(self, m, ctx):
        if _COUNTED_AFTER.match(ctx.text, m.end()):
            return None   # "Two thousand troops were sent", "two thousand of them": a count, not the year 2000
        w = re.sub(r"\s+", " ", m["yw"].lower())
        if w.startswith("two thousand"):
            rest = w[len("two thousand"):].replace("and", "").strip()
            n = parse_number(rest, self.L) if rest else 0
            if n is None:
                return None
            return Found(m.start(), m.end(), "DATE", f"{2000 + int(n):04d}", explicit_year=True)
        rest = re.sub(r"^nineteen[-\s]", "", w)
        n = parse_number(rest.replace("-", " "), self.L) if rest else None
        if n is None:
            n = parse_number(rest, self.L)
        if n is None or not 0 <= n < 100:
            return None
        return Found(m.start(), m.end(), "DATE", f"{1900 + int(n):04d}", explicit_year=True)

    def n_decade(self, m, ctx):
        dec = m["dec"].lstrip("'")
        if len(dec) == 4:
            v = dec[:3]
        else:
            d2 = int(dec)
            cur = ctx.dct.year if ctx.dct else 2030
            v = f"{(20 if 2000 + d2 <= cur else 19)}{dec[0]}"
        mod = _FZ_MOD.get(re.sub(r"\s+", " ", (m["fz"] or "").lower()))
        return Found(m.start(), m.end(), "DATE", v, mod=mod, explicit_year=True)

    def n_decade_words(self, m, ctx):
        v = f"19{_DECADE_WORDS[m['dw'].lower()]}"
        mod = _FZ_MOD.get((m["fz"] or "").lower())
        return Found(m.start(), m.end(), "DATE", v, mod=mod, explicit_year=True)

    def n_century(self, m, ctx):
        the = (m["the"] or "").lower()
        ordw = (m["ord"] or "").lower()
        if ordw:
            n = int(re.sub(r"\D", "", ordw)) if ordw[0].isdigit() else self.L.ordinals.get(ordw)
            if not n:
                return None
            return Found(m.start(), m.end(), "DATE", f"{n - 1:02d}", explicit_year=True,
                         mod=_FZ_MOD.get((m["fz"] or "").lower()))
        if ctx.dct is None:
            return None
        c = ctx.dct.year // 100
        if the in ("the past", "the last"):
            return Found(m.start(), m.end(), "DURATION", "P100Y")
        if the == "the next":
            return Found(m.start(), m.end(), "DURATION", "P100Y")
        c += {"this": 0, "last": -1, "next": 1}.get(the, 0)
        return Found(m.start(), m.end(), "DATE", f"{c:02d}", anchor="publication")

    def n_quarter(self, m, ctx):
        f = self._quarter(m, ctx)
        if f is not None and m["the"]:
            the = m["the"].lower()
            hyphen = bool(re.search(r"-\s*(?:quarter|half)$", ctx.text[m.start():m.end("qh")], re.I))
            if the in ("its", "their", "a") or (hyphen and the == "the"):
                f.start = m.end("the") + 1
                while ctx.text[f.start].isspace():
                    f.start += 1
        return f

    def _quarter(self, m, ctx):
        ordw = re.sub(r"\s+", " ", (m["ord"] or "").lower())
        qh = m["qh"].lower()
        qy = (m["qy"] or "").lower()
        qy2 = (m["qy2"] or "").lower()
        dct = ctx.dct
        year = None
        for src in (qy, qy2):
            if not src:
                continue
            if re.search(r"\d{4}", src):
                year = int(re.search(r"\d{4}", src).group(0))
            elif dct and "this" in src:
                year = dct.year
            elif dct and "last" in src:
                year = dct.year - 1
            elif dct and "next" in src:
                year = dct.year + 1
            elif "the year" in src:
                ref = ctx.reference(m.start(), grans=("year", "quarter", "month", "day"))
                year = int(ref[1].value[:4]) if ref else (dct.year if dct else None)
        explicit = bool(re.search(r"\d{4}", qy + qy2))
        if qh == "half":
            h = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "last": 2, "latter": 2, "final": 2}.get(ordw)
            if h is None:
                return None
            if year is None:
                if dct is None:
                    return Found(m.start(), m.end(), "DATE", f"XXXX-H{h}")
                tense = ctx.tense(m.start(), m.end())
                cur = 1 if dct.month <= 6 else 2
                year = dct.year
                if tense == "past" and h > cur:
                    year -= 1
            return Found(m.start(), m.end(), "DATE", f"{year:04d}-H{h}", explicit_year=explicit)
        # quarters
        if ordw in _ORD:
            q = _ORD[ordw]
            if year is None:
                if dct is None:
                    return Found(m.start(), m.end(), "DATE", f"XXXX-Q{q}")
                tense = ctx.tense(m.start(), m.end())
                cy, cq = cal.quarter_of(dct)
                year = cy
                if tense != "future" and q > cq:
                    year -= 1
            if m["yago"]:
                return Found(m.start(), m.end(), "DATE", f"{year - 1:04d}-Q{q}", info={"derived": True})
            return Found(m.start(), m.end(), "DATE", f"{year:04d}-Q{q}", explicit_year=explicit,
                         anchor=None if explicit else "publication")
        if ordw in ("final", "last") and year is not None:
            return Found(m.start(), m.end(), "DATE", f"{year:04d}-Q4", explicit_year=explicit)
        if dct is None and ordw not in ("", "year-ago", "year-earlier", "year-before", "same", "comparable"):
            return Found(m.start(), m.end(), "DATE", "XXXX-QX")
        if ordw == "current" or (not ordw and (m["the"] or "").lower() == "this" and dct is not None
                                 and not any(cal.granularity(f.value) == "quarter" for f in ctx.found)):
            y, q = cal.quarter_of(dct)
            return Found(m.start(), m.end(), "DATE", f"{y:04d}-Q{q}", anchor="publication")
        if ordw in ("latest", "previous", "past", "recent", "most recent", "just-ended", "just-completed",
                    "last", "final", "prior", "preceding"):
            y, q = cal.quarter_of(dct)
            k = y * 4 + q - 2
            return Found(m.start(), m.end(), "DATE", f"{k // 4:04d}-Q{k % 4 + 1}", anchor="publication")
        if ordw in ("next", "coming", "following"):
            y, q = cal.quarter_of(dct)
            k = y * 4 + q
            return Found(m.start(), m.end(), "DATE", f"{k // 4:04d}-Q{k % 4 + 1}", anchor="publication")
        ref = self._ref_quarter(ctx, m.start())
        if ref is None:
            return None
        if ordw in ("year-ago", "year-earlier", "year-before"):
            return Found(m.start(), m.end(), "DATE", cal.shift(ref, -4, "Q"), info={"derived": True})
        if year is not None:
            return Found(m.start(), m.end(), "DATE", f"{year:04d}-Q{ref[6]}", explicit_year=explicit)
        if ordw in ("", "same", "comparable") and (m["the"] or "").lower() in ("the", "that", "this", ""):
            if not any(cal.granularity(f.value) == "quarter" for f in ctx.found):
                return None
            return Found(m.start(), m.end(), "DATE", ref)
        return None

    def n_q_abbr(self, m, ctx):
        qn = m["qn"]
        kind, n = qn[0], int(qn[1])
        if m["year"]:
            return Found(m.start(), m.end(), "DATE", f"{int(m['year']):04d}-{kind}{n}", explicit_year=True)
        if ctx.dct is None:
            return Found(m.start(), m.end(), "DATE", f"XXXX-{kind}{n}")
        y, q = cal.quarter_of(ctx.dct)
        cur = q if kind == "Q" else (1 if ctx.dct.month <= 6 else 2)
        tense = ctx.tense(m.start(), m.end())
        if tense != "future" and n > cur:
            y -= 1
        return Found(m.start(), m.end(), "DATE", f"{y:04d}-{kind}{n}")

    def n_season(self, m, ctx):
        s = self.L.seasons[m["season"].lower()]
        rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
        start = m.start()
        mod = _FZ_MOD.get(rel)
        if mod in ("EARLIER", "LATER"):
            mod = None
        said = self._year_of(m)
        if said is not None:
            return Found(start, m.end(), "DATE", f"{said:04d}-{s}", mod=mod, explicit_year=True)
        dct = ctx.dct
        if dct is None:
            return Found(start, m.end(), "DATE", f"XXXX-{s}", mod=mod)
        cy, cs = cal.season_of(dct)
        # seasons on one line: year * 4 + (spring 1, summer 2, fall 3, winter 4: it starts in December)
        cur = cy * 4 + {"WI": 4, "SP": 1, "SU": 2, "FA": 3}[cs]
        # the target season's instances around the current one
        insts = []
        for y in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1):
            k = y * 4 + {"WI": 4, "SP": 1, "SU": 2, "FA": 3}[s]
            insts.append((k, y))
        if rel in ("last", "this past", "the past", "late last", "the previous"):
            ok = [i for i in insts if i[0] < cur]
            k, y = max(ok)
        elif rel in ("next", "this coming", "the coming", "early next", "the following"):
            ok = [i for i in insts if i[0] > cur]
            k, y = min(ok)
        elif rel in ("this", "early this", "late this", "later this", "earlier this"):
            ok = [i for i in insts if abs(i[0] - cur) <= 2]
            k, y = min(ok, key=lambda i: abs(i[0] - cur))
        else:
            tense = ctx.tense(m.start(), m.end())
            if tense == "past":
                ok = [i for i in insts if i[0] <= cur]
                k, y = max(ok)
            elif tense == "future":
                ok = [i for i in insts if i[0] >= cur]
                k, y = min(ok)
            else:
                k, y = min(insts, key=lambda i: (abs(i[0] - cur), i[0] > cur))
        return Found(start, m.end(), "DATE", f"{y:04d}-{s}", mod=mod, anchor="publication")

    def _holiday_spans(self, spec: str, y: int) -> list[tuple[date, date]]:
        """The spans of days a named day's spec gives in Gregorian year y (see timex.toml)."""
        kind, _, arg = spec.rpartition(":") if spec.startswith(("easter:", "orthodox-easter:", "hijri:")) else ("", "", spec)
        if kind == "easter" or kind == "orthodox-easter":
            d = (cal.easter(y) if kind == "easter" else cal.orthodox_easter(y)) + timedelta(days=int(arg))
            return [(d, d)]
        if kind == "hijri":
            out = []
            for hy in cal.hijri_years_in(y):
                if "-" in arg:
                    hm, hd = (int(x) for x in arg.split("-"))
                    d = cal.hijri_to_date(hy, hm, hd)
                    sp = (d, d)
                else:
                    sp = cal.hijri_month_span(hy, int(arg))
                if sp[0].year == y:
                    out.append(sp)
            return out
        if arg.count("-") == 2:                     # one day in history
            d = date.fromisoformat(arg)
            return [(d, d)] if d.year == y else []
        if ":" in arg:
            n, wd, mo = (int(x) for x in arg.split(":"))
            d = cal.nth_weekday(y, mo, n, wd)
            return [(d, d)]
        mo, dd = (int(x) for x in arg.split("-"))
        d = cal.safe_date(y, mo, dd)
        return [(d, d)] if d else []

    def _holiday_found(self, m, sp: tuple[date, date], spec: str, **kw) -> Found:
        """A named day's value: its day; for a span (Ramadan) the month holding most of it,
        with the span itself. Islamic dates are approximate."""
        a, b = sp
        approx = spec.startswith("hijri:")
        if m["hweek"]:                          # "Easter week": the week holding the day
            return Found(m.start(), m.end(), "DATE", cal.iso_week(a), approximate=approx, **kw)
        if a == b:
            return Found(m.start(), m.end(), "DATE", a.isoformat(), approximate=approx, **kw)
        mid = a + (b - a) / 2
        return Found(m.start(), m.end(), "DATE", f"{mid.year:04d}-{mid.month:02d}", span=sp, approximate=approx, **kw)

    def n_holiday(self, m, ctx):
        name = name_key(m["hol"])
        spec = self.holidays.get(name)
        if spec is None:
            return None
        if name == "ramadan" and ctx.parsed is not None:     # also a surname
            tok = ctx.token_at(m.start("hol"))
            if tok is not None and tok.ent_type_ == "PERSON":
                return None                     # Taha Yassin Ramadan
        if spec.count("-") == 2:
            d = date.fromisoformat(spec)
            return Found(m.start(), m.end(), "DATE", d.isoformat(), explicit_year=True)
        rel = (m["rel"] or "").lower()
        if m["year"]:
            spans = self._holiday_spans(spec, int(m["year"]))
            return self._holiday_found(m, spans[0], spec, explicit_year=True) if spans else None
        dct = ctx.dct
        if dct is None:
            fixed = re.fullmatch(r"\d\d-\d\d", spec)
            return Found(m.start(), m.end(), "DATE", "XXXX-" + (spec if fixed else "XX-XX"))
        cands = [sp for y in (dct.year - 1, dct.year, dct.year + 1) for sp in self._holiday_spans(spec, y)]
        if not cands:
            return None
        if m["hweek"]:
            cands = [(a - timedelta(days=a.isoweekday() - 1), a + timedelta(days=7 - a.isoweekday())) for a, _ in cands]
        if m["hand"] and name == "christmas":
            # "over Christmas and New Year": from Christmas Eve to New Year's Day
            cands = [(a - timedelta(days=1), date(a.year + 1, 1, 1)) for a, _ in cands]
        tense = ctx.tense(m.start(), m.end())
        if tense == "future" and ctx.ahead_of_a_past(m.start(), m.end()):
            tense = None    # "a truce both sides agreed to observe over Christmas": ahead of the agreeing only
        if rel in ("last", "this past") or (not rel and tense == "past"):
            ok = [sp for sp in cands if sp[0] <= dct] if rel != "last" else [sp for sp in cands if sp[1] < dct]
            sp = max(ok) if ok else min(cands)
        elif rel == "next" or (not rel and tense == "future"):
            ok = [sp for sp in cands if sp[1] >= dct]
            sp = min(ok) if ok else max(cands)
        else:
            # the nearest instance; one under way holds the publication day
            sp = min(cands, key=lambda sp: (0 if sp[0] <= dct <= sp[1] else min(abs((sp[0] - dct).days),
                                                                                abs((sp[1] - dct).days)),
                                            sp[0] > dct))
        return self._holiday_found(m, sp, spec, anchor="publication")

    def n_dayword(self, m, ctx):
        w = m["dw"].lower()
        fz = (m["fz"] or "").lower()
        part = (m["part"] or "").lower()
        off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
        if ctx.dct is None:
            v = "XXXX-XX-XX"
            return Found(m.start(), m.end(), "TIME" if part else "DATE", v + (f"T{_PART[part]}" if part else ""))
        d = ctx.dct + timedelta(days=off)
        if part:
            return Found(m.start(), m.end(), "TIME", f"{d.isoformat()}T{_PART[part]}", anchor="publication")
        if fz.startswith("mid"):
            p = "AF" if "afternoon" in fz else "MO"
            return Found(m.start(), m.end(), "TIME", f"{d.isoformat()}T{p}", anchor="publication")
        return Found(m.start(), m.end(), "DATE", d.isoformat(), anchor="publication")

    def n_partday(self, m, ctx):
        rel = re.sub(r"\s+", " ", m["rel"].lower())
        part = _PART[m["part"].lower()]
        if rel in ("the", "that", "the next", "the following", "the previous"):
            ref = ctx.reference(m.start(), grans=("day",), scope="near")
            if ref is not None and rel != "the":
                ref = ctx.story_ref(m.start())    # "the next morning": after the day of the act just told
            after = re.match(r"\s+(before|after)\s+(?:the|that|this|its|their|his|her)\s", ctx.text[m.end():m.end() + 24],
                             re.I)
            if rel == "the" and after is not None:
                # "The morning after the attack, soldiers raided a hideout", "the night before the vote":
                # linked to that act, whatever day was told before (as "the day after the attack")
                return Found(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{part}",
                             anchor=f"event-{after.group(1).lower()}:P1D")
            if ref is None:
                return None
            shift = {"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
            if rel in ("the", "that") and _DAY_BEFORE_AFTER.match(ctx.text, m.end()):
                shift = -1   # "The revolt began the night before, when ...": the eve of the day told
            d = date.fromisoformat(ref[1].value[:10]) + timedelta(days=shift)
            return Found(m.start(), m.end(), "TIME", f"{d.isoformat()}T{part}", anchor=f"timex:{ref[0]}")
        if ctx.dct is None:
            return Found(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{part}")
        off = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
        if rel == "last" and part != "NI":
            off = -1
        d = ctx.dct + timedelta(days=off)
        return Found(m.start(), m.end(), "TIME", f"{d.isoformat()}T{part}", anchor="publication")

    def n_partday2(self, m, ctx):
        p2 = m["p2"].lower()
        part = "NI" if p2 == "overnight" else ("AF" if "afternoon" in p2 else "MO")
        if ctx.dct is None:
            return Found(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{part}")
        off = -1 if (m["dw2"] or "").lower() == "yesterday" or p2 == "overnight" else 0
        d = ctx.dct + timedelta(days=off)
        return Found(m.start(), m.end(), "TIME", f"{d.isoformat()}T{part}", anchor="publication")

    def n_relunit(self, m, ctx):
        fz = re.sub(r"\s+", " ", (m["fz"] or "").lower())
        rel = re.sub(r"\s+", " ", m["rel"].lower())
        u = re.sub(r"\s+", " ", m["u"].lower())
        wk = (m.groupdict().get("wk") or "").lower()
        after = ctx.text[m.end():m.end() + 20]
        mod = _FZ_MOD.get(fz)
        dct = ctx.dct
        u = {"fiscal year": "year", "calendar year": "year", "weekend": "weekend"}.get(u, u)
        rel = rel.replace("fiscal", "").replace("the calendar", "the").strip() or "the"
        if rel.endswith(" fiscal"):
            rel = rel[:-7]
        if u in ("session", "trading session", "business session"):
            return None
        deictic = {"last": -1, "this": 0, "next": 1, "this past": -1, "this coming": 1, "the past": -1,
                   "the coming": 1, "past": -1, "coming": 1, "the current": 0, "current": 0,
                   "the last": -1, "the next": 1, "the latest": -1, "latest": -1, "the final": 0,
                   "the entire": 0, "the whole": 0, "the first full": 1, "the full": 0}
        anaphoric = {"that": 0, "the same": 0, "the very same": 0, "the following": 1, "following": 1,
                     "the previous": -1, "previous": -1, "the preceding": -1, "the prior": -1, "the": 0}
        # "the year ended Sept. 30" is a fiscal year (P1Y); "this year through August" is still this year
        if u == "year" and (re.match(r"\s+(?:ended|ending|ends)\b", after) and rel in ("the", "this", "that")
                            or re.match(r"\s+(?:to|through)\b", after) and rel in ("the", "that")):
            return Found(m.start(), m.end(), "DURATION", "P1Y")
        if u in ("decade", "century"):
            if rel in ("the past", "the last", "past", "the next", "the coming"):
                return Found(m.start(), m.end(), "DURATION", "P10Y" if u == "decade" else "P100Y")
            if dct is None:
                return None
            off = deictic.get(rel)
            if off is None:
                return None
            if u == "decade":
                return Found(m.start(), m.end(), "DATE", f"{dct.year // 10 + off:03d}", mod=mod, anchor="publication")
            return Found(m.start(), m.end(), "DATE", f"{dct.year // 100 + off:02d}", mod=mod, anchor="publication")
        if rel == "the next" and u == "day":
            # "Jets struck on 26 May. The next day rebels shelled the port": the day after the one
            # just told, as "the following day" is, not after the report's ("next week" stays deictic)
            rel = "the following"
        if rel in deictic:
            off, base, anchor = deictic[rel], dct, "publication"
            if base is None:
                x = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                     "year": "XXXX"}[u]
                return Found(m.start(), m.end(), "DATE", x, mod=mod)
            if rel in ("the past", "the last", "past") and u == "day":
                return Found(m.start(), m.end(), "DURATION", "P1D")
            if wk == "before last":
                off = -2
            elif wk == "after next":
                off = 2
        elif rel in anaphoric:
            off = anaphoric[rel]
            gmap = {"day": ("day",), "week": ("day", "week"), "weekend": ("day", "week"),
                    "month": ("day", "week", "month"), "year": ("day", "week", "month", "quarter", "season", "year")}
            ref = (ctx.reference(m.start(), grans=gmap[u], scope="near") if rel == "the"
                   else ctx.story_ref(m.start()) if u == "day"
                   else ctx.anchor_ref(m.start(), grans=gmap[u]))
            if ref is None and rel == "the" and u == "day" and re.match(r"\s+(?:before|after)\s+(?:the|that)\s", after):
                # "troops deployed the day before the announcement": linked to that event, whatever
                # day was told before
                w = re.match(r"\s+(\w+)", after).group(1).lower()
                return Found(m.start(), m.end(), "DATE", "XXXX-XX-XX", anchor=f"event-{w}:P1D")
            if ref is None:
                if rel in ("the",) and u in ("week", "month", "year", "weekend") and dct is not None:
                    if u == "weekend":
                        return self._weekend(m, ctx, None)
                    base, anchor = dct, "publication"
                    if u == "year" and rel == "the":
                        return Found(m.start(), m.end(), "DATE", f"{dct.year:04d}", anchor=anchor, mod=mod,
                                     info={"generic": not fz})
                elif dct is not None and rel in ("the following", "the previous", "following", "previous",
                                                 "the preceding", "the prior"):
                    base, anchor = dct, "publication"
                else:
                    return None
            else:
                base = cal.span(ref[1].value)[0] if cal.span(ref[1].value) else dct
                anchor = f"timex:{ref[0]}"
                if u == "year" and cal.granularity(ref[1].value) == "quarter" and off == 0:
                    return Found(m.start(), m.end(), "DATE", ref[1].value[:4], anchor=anchor)
                if u == "day" and wk in ("",) and re.match(r"\s+(?:before|after|earlier|later)\b", after):
                    w = re.match(r"\s+(\w+)", after).group(1).lower()
                    off = -1 if w in ("before", "earlier") else 1
                    if re.match(r"\s+(?:before|after)\s+(?!\W)", after) and not re.match(r"\s+(?:before|after)\s*[,.;]", after):
                        # "the day before the attack": TimeML keeps "the day"; the event stage links it
                        return Found(m.start(), m.end(), "DATE", "XXXX-XX-XX", anchor=f"event-{'before' if off < 0 else 'after'}:P1D")
            if base is None:
                return None
        else:
            return None
        if u == "day":
            d = base + timedelta(days=off)
            return Found(m.start(), m.end(), "DATE", d.isoformat(), mod=mod, anchor=anchor)
        if u == "week":
            d = base + timedelta(weeks=off)
            f = Found(m.start(), m.end(), "DATE", cal.iso_week(d), mod=mod, anchor=anchor)
            if anchor == "publication":
                self._fuzzy_span(f, fz, rel, "week", dct)
            return f
        if u == "weekend":
            if rel in ("this", "the"):
                return self._weekend(m, ctx, None)
            d = base + timedelta(weeks=off)
            return Found(m.start(), m.end(), "DATE", cal.iso_week(d) + "-WE", anchor=anchor)
        if u == "month":
            d = cal.add_months(base.replace(day=1), off)
            f = Found(m.start(), m.end(), "DATE", f"{d.year:04d}-{d.month:02d}", mod=mod, anchor=anchor)
            if anchor == "publication":
                self._fuzzy_span(f, fz, rel, "month", dct)
            return f
        if u == "year":
            y = base.year + off
            f = Found(m.start(), m.end(), "DATE", f"{y:04d}", mod=mod, anchor=anchor)
            if anchor == "publication":
                self._fuzzy_span(f, fz, rel, "year", dct)
            return f
        return None

    def _fuzzy_span(self, f: Found, fz: str, rel: str, unit: str, dct: date) -> None:
        """Spans an analyst reads: 'earlier this month' up to the day before publication,
        'last week' the days from the previous Monday to the day before publication."""
        base = cal.span(f.value)
        if base is None:
            return
        if fz in ("earlier",) and rel == "this":
            f.span = (base[0], max(base[0], dct - timedelta(days=1)))
            f.mod, f.approximate = None, True
        elif fz in ("later", "the rest of", "the remainder of") and rel == "this":
            f.span = (min(base[1], dct + timedelta(days=1)), base[1])
            f.mod, f.approximate = None, True
        elif unit == "week" and rel in ("last", "the past", "this past", "the last", "past") and not fz:
            f.span = (base[0], max(base[0], dct - timedelta(days=1)))
            if (f.span[1] - f.span[0]).days > 13:
                f.span = (f.span[1] - timedelta(days=13), f.span[1])
            if f.span[1] > base[1] + timedelta(days=2):
                # written late in a week ("who left last week", on a Sunday), the days of the report's
                # own week are this week, not last: the calendar week before it
                f.span = (max(f.span[0], base[0]), base[1])
            f.approximate = True

    def _weekend(self, m, ctx, rel) -> Found | None:
        dct = ctx.dct
        if dct is None:
            return Found(m.start(), m.end(), "DATE", "XXXX-WXX-WE")
        tense = ctx.tense(m.start(), m.end())
        ahead = re.search(r"\b(?:ahead\s+of|before|until|by|for)\s*$", ctx.text[max(0, m.start() - 12):m.start()], re.I)
        if dct.isoweekday() >= 6:
            d = dct
        elif tense == "future" or ahead:
            d = dct
        else:
            d = dct - timedelta(days=7)
        return Found(m.start(), m.end(), "DATE", cal.iso_week(d) + "-WE", anchor="publication")

    def n_relunit_fz(self, m, ctx):
        fz = re.sub(r"\s+", " ", m["fz"].lower())
        rel = m["rel"].lower()
        u = m["u"].lower()
        dct = ctx.dct
        mod = _FZ_MOD.get(fz, _FZ_MOD.get(fz.rstrip("-")))
        off = {"this": 0, "last": -1, "next": 1}[rel]
        if dct is None:
            x = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "decade": "XXX", "quarter": "XXXX-QX"}[u]
            return Found(m.start(), m.end(), "DATE", x, mod=mod if mod not in ("EARLIER", "LATER") else None)
        if u == "week":
            v = cal.iso_week(dct + timedelta(weeks=off))
        elif u == "month":
            d = cal.add_months(dct.replace(day=1), off)
            v = f"{d.year:04d}-{d.month:02d}"
        elif u == "year":
            v = f"{dct.year + off:04d}"
        elif u == "quarter":
            y, q = cal.quarter_of(dct)
            k = y * 4 + q - 1 + off
            v = f"{k // 4:04d}-Q{k % 4 + 1}"
        else:
            v = f"{dct.year // 10 + off:03d}"
        f = Found(m.start(), m.end(), "DATE", v, mod=mod if mod not in ("EARLIER", "LATER") else None,
                  anchor="publication")
        if mod in ("EARLIER", "LATER"):
            self._fuzzy_span(f, "earlier" if mod == "EARLIER" else "later", rel, u, dct)
            if rel != "this":
                base = cal.span(v)
                n = (base[1] - base[0]).days
                f.span = (base[0], base[0] + timedelta(days=n // 2)) if mod == "EARLIER" else (base[0] + timedelta(days=n // 2), base[1])
        return f

    def n_yearend(self, m, ctx):
        ye = re.sub(r"\s+", " ", m["ye"].lower())
        dct = ctx.dct
        if "day" in ye:
            return None
        ref = ctx.reference(m.start(), grans=("year", "quarter", "month", "day"), scope="sentence")
        y = int(ref[1].value[:4]) if ref else (dct.year if dct else None)
        if y is None:
            return Found(m.start(), m.end(), "DATE", "XXXX")
        if "month" in ye:
            if dct is None:
                return None
            return Found(m.start(), m.end(), "DATE", f"{dct.year:04d}-{dct.month:02d}", mod="END_PART")
        if "century" in ye:
            return Found(m.start(), m.end(), "DATE", f"{y // 100:02d}", mod="END_PART")
        if "mid" in ye:
            return Found(m.start(), m.end(), "DATE", f"{y:04d}", mod="MID")
        if ye in ("year-end", "year end") and not ref:
            if re.search(r"\bsince\s*$", ctx.text[max(0, m.start() - 10):m.start()], re.I):
                y -= 1
            return Found(m.start(), m.end(), "DATE", f"{y:04d}-12-31", anchor="publication")
        return Found(m.start(), m.end(), "DATE", f"{y:04d}", mod="END_PART", anchor="publication")

    def n_weekday(self, m, ctx):
        wd = self._wd_num(m["wd"])
        rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
        part = (m["part"] or "").lower()
        start = m.start()
        mod = None
        if rel in ("early", "late", "late on", "early on"):
            mod, rel = ("START" if rel.startswith("early") else "END"), ""
        shift = 0
        if rel.startswith("the day "):
            # "the day before last Tuesday's hearing": the Monday before it
            shift = -1 if "before" in rel else 1
            rel = "last" if rel.endswith("last") else ""
        ofweek = (m.groupdict().get("ofweek") or "").lower()
        if ofweek and ctx.dct is not None:
            # "on Wednesday of last week": that weekday of the calendar week before the report's
            monday = ctx.dct - timedelta(days=ctx.dct.isoweekday() - 1)
            d = monday + timedelta(weeks={"last": -1, "this": 0, "next": 1}[ofweek], days=wd - 1)
        else:
            d = self._deictic_weekday(ctx, m, wd, rel)
        if d is not None and shift:
            d += timedelta(days=shift)
        if d is None:
            v = f"XXXX-WXX-{wd}"
            return Found(start, m.end(), "TIME" if part else "DATE", v + (f"T{_PART[part]}" if part else ""))
        # "Friday morning" keeps its part (TMO); "Friday night" is read as the day itself (it runs
        # into the next), as TimeBank mostly annotates it
        if part and part != "night":
            return Found(start, m.end(), "DATE", f"{d.isoformat()}T{_PART[part]}", anchor="publication")
        return Found(start, m.end(), "DATE", d.isoformat(), mod=mod, anchor="publication")

    def n_ago(self, m, ctx):
        n = parse_number(m["num"], self.L)
        if n is not None and m["uhalf"]:
            n += 0.5             # "a minute and a half later"
        code = unit_code(m["unit"], self.L)
        signal = re.sub(r"\s+", " ", m["ago"].lower())
        vague = n is None
        dur = duration_value(n, code)
        if signal in ("before", "after") and not re.match(r"\s*(?:[,.;:!?)]|$|and\b|but\b)", ctx.text[m.end():m.end() + 6]):
            # "two days after the drill": TimeML marks "two days" (the signal is outside)
            end = m.start("ago")
            while end > m.start() and ctx.text[end - 1].isspace():
                end -= 1
            return Found(m.start(), end, "DURATION", dur, anchor=f"event-{signal}:{dur}",
                         info={"signal": signal, "offset": dur, "n": n, "code": code})
        if signal in ("later", "afterwards", "afterward") and not vague:
            # "three days later": counted from an event the story told before, not from publication;
            # TimeML marks "three days" as a DURATION and "later" as its signal
            end = m.start("ago")
            while end > m.start() and ctx.text[end - 1].isspace():
                end -= 1
            return Found(m.start(), end, "DURATION", dur, anchor=f"event-after:{dur}",
                         info={"signal": signal, "offset": dur, "n": n, "code": code})
        direction = -1 if signal in ("ago", "back", "earlier", "before", "previously", "prior") else 1
        if vague:
            if signal in ("ago", "back"):
                return Found(m.start(), m.end(), "DATE", "PAST_REF", anchor="publication", approximate=True)
            end = m.start("ago")
            while end > m.start() and ctx.text[end - 1].isspace():
                end -= 1
            return Found(m.start(), end, "DURATION", dur)
        if code.startswith("T"):
            code_g = "day"
        else:
            code_g = _UNIT_GRAN.get(code if code != "2W" else "W", "day")
        code = {"2W": "W"}.get(code, code)
        if code.startswith("T"):
            steps_days = {"TH": 1 / 24, "TM": 1 / 1440, "TS": 1 / 86400}[code] * n
            n_int, code_s = int(round(steps_days)), "D"
        else:
            n_int, code_s = int(round(n)), code
            if n != int(n):
                if code == "Y":
                    n_int, code_s = int(round(n * 12)), "M"
                elif code == "M":
                    n_int, code_s = int(round(n * 30)), "D"
        anaphoric = signal in ("earlier", "later", "before", "after", "previously", "prior", "on", "afterwards",
                               "afterward")
        anchor, base_value = "publication", None
        if code == "Y" and n_int == 1 and direction < 0:
            # "a year ago/earlier" in a report about quarters is the same quarter a year before
            qref = ctx.reference(m.start(), grans=("quarter",), scope="document")
            if qref is not None:
                return Found(m.start(), m.end(), "DATE", cal.shift(qref[1].value, -4, "Q"), anchor=f"timex:{qref[0]}",
                             info={"derived": True})
        if anaphoric:
            ref = ctx.anchor_ref(m.start())
            if ref is not None and code_g == "day" and cal.granularity(ref[1].value) not in ("day", None):
                # "On 21 May troops left ... earlier this month ... said two days earlier": days are
                # counted from the last day told, not from a month or week
                ref = ctx.anchor_ref(m.start(), grans=("day",)) or ref
            if ref is not None and code_g == "day" and cal.granularity(ref[1].value) == "day":
                ref = ctx.story_ref(m.start()) or ref    # "Hours later": after the act just told
            if ref is not None:
                anchor, base_value = f"timex:{ref[0]}", ref[1].value
        if base_value is None:
            if ctx.dct is None:
                return Found(m.start(), m.end(), "DATE", "XXXX-XX-XX" if code_g == "day" else "XXXX")
            base_value = ctx.dct.isoformat()
        bg = cal.granularity(base_value)
        if bg in ("quarter",) and code in ("Y", "Q"):
            v = cal.shift(base_value, direction * n_int, code_s)
        elif bg == "day" or bg is None:
            d = shift_day(date.fromisoformat(base_value[:10]), direction * n_int, code_s)
            if code == "W" and code_g == "week":
                code_g = "day"   # "a week earlier", "two weeks ago": the day that many weeks from the day told
            v = value_at(d, code_g if code_g != "year" or code not in ("DE", "CE") else "year")
            if code == "Y" and anaphoric and n_int == 1:
                v = d.isoformat() if bg == "day" and anchor != "publication" else v
        else:
            v = cal.shift(base_value, direction * n_int, code_s) or None
            if v is None:
                s = cal.span(base_value)
                d = shift_day(s[0], direction * n_int, code_s)
                v = value_at(d, code_g)
        return Found(m.start(), m.end(), "DATE", v, anchor=anchor, info={"offset": dur, "direction": direction})

    def n_ago_bare(self, m, ctx):
        sig = m["ago"].lower()
        if sig in ("after", "before"):
            # "hours after the strike": TimeML marks "hours"; the anchor links the two events
            dur = duration_value(None, unit_code(m["unit"], self.L))
            return Found(m.start(), m.end("unit"), "DURATION", dur, anchor=f"event-{sig}:{dur}")
        if sig == "later" and m["unit"].lower() in ("hours", "minutes"):
            # "Hours later, police arrested three men": counted on from the act just told, as "two hours
            # later" is (the same day), not a time after the report's
            dur = duration_value(None, unit_code(m["unit"], self.L))
            return Found(m.start(), m.end("unit"), "DURATION", dur, anchor=f"event-after:{dur}")
        return Found(m.start(), m.end(), "DATE", "PAST_REF" if sig in ("ago", "earlier") else "FUTURE_REF",
                     approximate=True, anchor="publication")

    def n_yearago(self, m, ctx):
        what = re.sub(r"\s+", " ", (m["what"] or "").lower())
        if what in ("nine months", "six months"):
            return Found(m.start(), m.end(), "DURATION", "P9M" if what.startswith("nine") else "P6M")
        start = m.start() if what else m.start("ya")
        ref = self._ref_quarter(ctx, m.start()) if what in ("quarter", "period", "", "results", "level", "figure") else None
        has_q = any(cal.granularity(f.value) == "quarter" for f in ctx.found)
        if ref and (what == "quarter" or has_q):
            return Found(start, m.end() if what in ("quarter", "period") else m.end("ya"), "DATE",
                         cal.shift(ref, -4, "Q"), info={"derived": True})
        if ctx.dct is None:
            return None
        end = m.end() if what in ("quarter", "period", "month", "year") else m.end("ya")
        if what == "month":
            d = cal.add_months(ctx.dct, -12)
            return Found(start, end, "DATE", f"{d.year:04d}-{d.month:02d}")
        return Found(start, end, "DATE", f"{ctx.dct.year - 1:04d}")

    def n_period(self, m, ctx):
        what = re.sub(r"\s+", " ", m["what"].lower())
        ref = self._ref_quarter(ctx, m.start())
        if m["py"]:
            y = m["py"]
            if ref and any(cal.granularity(f.value) == "quarter" for f in ctx.found):
                return Found(m.start(), m.end(), "DATE", f"{y}-Q{ref[6]}", explicit_year=True, info={"derived": True})
            return Found(m.start(), m.end(), "DATE", y, explicit_year=True)
        if not any(cal.granularity(f.value) == "quarter" for f in ctx.found) or ref is None:
            return None
        if what in ("year-ago period", "year-earlier period"):
            return Found(m.start(), m.end(), "DATE", cal.shift(ref, -4, "Q"), info={"derived": True})
        if what == "latest period":
            return Found(m.start(), m.end(), "DATE", ref)
        return Found(m.start(), m.end(), "DATE", ref)

    def _ref(self, m, ctx, value):
        dct = ctx.dct
        f = Found(m.start(), m.end(), "DATE", value, anchor="publication")
        if dct is not None and value == "PRESENT_REF":
            f.span = (dct, dct)
        w = m["refw"].lower()
        if dct is not None and w in ("recently", "recent", "more recently", "most recently", "lately"):
            f.span, f.approximate = (dct - timedelta(days=28), dct - timedelta(days=1)), True
        return f

    def n_ref_present(self, m, ctx):
        return self._ref(m, ctx, "PRESENT_REF")

    def n_ref_past(self, m, ctx):
        return self._ref(m, ctx, "PAST_REF")

    def n_ref_future(self, m, ctx):
        return self._ref(m, ctx, "FUTURE_REF")

    def n_clock(self, m, ctx):
        g = m.groupdict()
        if g.get("noon"):
            w = g["noon"].lower()
            hh, mi = (24, 0) if w == "midnight" else (12, 0)
        elif g.get("hm"):
            hh, mi = int(g["hm"][:2]), int(g["hm"][2:])
        elif g.get("h3"):
            hh, mi = int(g["h3"]), 0
            if g["pm"].lower() in ("afternoon", "evening", "night") and hh < 12:
                hh += 12
        else:
            hh = int(g.get("h") or g.get("h2"))
            mi = int(g.get("mi") or g.get("mi2") or 0)
            ap = (g.get("ap") or "").lower().replace(" ", "").replace(".", "")
            if ap == "pm" and hh < 12:
                hh += 12
            elif ap == "am" and hh == 12:
                hh = 0
        if hh > 24 or mi > 59:
            return None
        tail = ctx.text[m.start():m.end()]
        d = None
        tm = re.search(r"(?i:today|yesterday|tomorrow|tonight)\W*$", tail)
        dct = ctx.dct
        wdm = re.search(r"\b(" + "|".join(w.capitalize() for w in self.weekdays if len(w) > 5) + r")\b", tail)
        mdm = re.search(r"\b(" + "|".join(k.capitalize() for k in self.months) + r")\.?\s+([0-3]?\d)\b", tail)
        dmm = re.search(r"\b([0-3]?\d)\s+(" + "|".join(k.capitalize() for k in self.months) + r")\b\.?", tail)
        if not (wdm or tm or mdm or dmm):
            # "10:35 a.m. (0735 GMT) Friday": the day after a bracketed aside
            wdm = re.match(r"\s*(?:\([^()]{1,30}\)|\))\s*,?\s*(?:on\s+)?(" + "|".join(
                w.capitalize() for w in self.weekdays if len(w) > 5) + r")\b", ctx.text[m.end():m.end() + 50])
        said = next((int(g[k]) for k in ("cy", "cy2", "cy3") if g.get(k)), None)   # the year, when told
        if dmm and not mdm:
            month, day = self._month_num(dmm.group(2)), int(dmm.group(1))
            y = said or self._year_for(ctx, m, month, day)[0]
            d = cal.safe_date(y, month, day) if y else None
        elif mdm:
            month, day = self._month_num(mdm.group(1)), int(mdm.group(2))
            y = said or self._year_for(ctx, m, month, day)[0]
            d = cal.safe_date(y, month, day) if y else None
        elif wdm:
            d = self._deictic_weekday(ctx, m, self._wd_num(wdm.group(1)), None)
        elif tm and dct:
            d = dct + timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[tm.group(0).strip().lower()])
        else:
            ref = ctx.reference(m.start(), grans=("day",), scope="near")
            d = date.fromisoformat(ref[1].value[:10]) if ref else dct
        hhmm = f"{hh:02d}:{mi:02d}"
        v = (d.isoformat() if d else "XXXX-XX-XX") + "T" + hhmm
        return Found(m.start(), m.end(), "TIME", v, anchor="publication" if d and not said else None,
                     explicit_year=bool(d and said))

    def n_duration(self, m, ctx):
        g = m.groupdict()
        det = re.sub(r"\s+", " ", (g.get("det") or "").lower())
        n = parse_number(g["num"], self.L)
        if n is not None and g.get("uhalf"):
            n += 0.5             # "a minute and a half"
        code = unit_code(g["unit"], self.L)
        numtxt = g["num"].lower().strip()
        if numtxt in ("a", "an") and det in ("the", "this", "that"):
            return None
        if numtxt == "one" and code == "D" and not det and not g.get("q") and re.search(
                r"\b(?:will|would|could|may|might|can|shall|'ll|hopes?\s+to|wants?\s+to)\s+(?:\w+ly\s+)?$",
                ctx.text[max(0, m.start() - 30):m.start()], re.I):
            return Found(m.start(), m.end(), "DATE", "FUTURE_REF", anchor="publication")   # "will one day be"
        v = duration_value(n, code)
        start = m.start()
        if det in ("a", "an", "its", "their", "his", "her", "another", "an additional") and not g.get("q"):
            start = m.start("num")
        f = Found(start, m.end(), "DURATION", v)
        dct = ctx.dct
        if dct is not None and n is not None and not code.startswith("T"):
            c = {"2W": "W"}.get(code, code)
            k = int(round(n * (2 if code == "2W" else 1)))
            if det in ("the past", "the last", "past", "last", "the previous", "previous", "the preceding"):
                f.span, f.anchor = (shift_day(dct, -k, c), dct), "publication"
            elif det in ("the next", "the coming", "next", "coming", "the following"):
                f.span, f.anchor = (dct, shift_day(dct, k, c)), "publication"
        return f

    def n_dur_bare(self, m, ctx):
        det = re.sub(r"\s+", " ", (m["det"] or "").lower())
        unit = m["unit"].lower()
        code = unit_code(unit, self.L)
        if det == "recent" and unit in ("years", "days"):
            f = Found(m.start(), m.end(), "DATE", "PAST_REF", anchor="publication", approximate=True)
            return f
        return Found(m.start(), m.end(), "DURATION", duration_value(None, code))

    def n_dur_long(self, m, ctx):
        w = m["dl"].lower()
        unit = re.match(r"(decade|year|month|week|day|hour)", w).group(1)
        code = unit_code(unit, self.L)
        return Found(m.start(), m.end(), "DURATION", duration_value(None if "s-" in w else 1, code))

    def n_dur_vague(self, m, ctx):
        w = re.sub(r"\s+", " ", m["dv"].lower())
        if w in ("the near term", "the short term", "the long term", "the long run", "the short run"):
            return Found(m.start(), m.end(), "DATE", "FUTURE_REF", anchor="publication")
        if "term" in w or "run" in w:
            return None
        return Found(m.start(), m.end(), "DURATION", "PXM" if w == "some time" else "PXX")

    def n_set_adv(self, m, ctx):
        w = re.sub(r"\s+", " ", m["sa"].lower())
        table = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                 "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "bimonthly": "P2M"}
        if w in table:
            return Found(m.start(), m.end(), "SET", table[w])
        mm = re.search(r"(day|week|month|year)$", w)
        if mm:
            return Found(m.start(), m.end(), "SET", "P1" + {"day": "D", "week": "W", "month": "M", "year": "Y"}[mm.group(1)])
        return None

    def n_set_every(self, m, ctx):
        g = m.groupdict()
        other = (g.get("oth") or "").lower()
        n = parse_number(g.get("snum"), self.L) if g.get("snum") else 1
        if other == "other":
            n = (n or 1) * 2
        if g.get("su"):
            code = unit_code(g["su"], self.L)
            return Found(m.start(), m.end(), "SET", duration_value(n, code))
        if g.get("wd"):
            v = f"XXXX-WXX-{self._wd_num(g['wd'])}"
            tail = re.search(r"(morning|afternoon|evening|night)s?$", ctx.text[m.start():m.end()].lower())
            if tail:
                v += "T" + _PART[tail.group(1)]
            return Found(m.start(), m.end(), "SET", v)
        if g.get("mon"):
            return Found(m.start(), m.end(), "SET", f"XXXX-{self._month_num(g['mon']):02d}")
        if g.get("season"):
            return Found(m.start(), m.end(), "SET", f"XXXX-{self.L.seasons[g['season'].lower()]}")
        if g.get("part"):
            return Found(m.start(), m.end(), "SET", f"XXXX-XX-XXT{_PART[g['part'].lower()]}")
        if g.get("we"):
            return Found(m.start(), m.end(), "SET", "XXXX-WXX-WE")
        return None

    def n_set_a(self, m, ctx):
        code = unit_code(m["su"], self.L)
        return Found(m.start(), m.end(), "SET", duration_value(1, code))


_WORD = re.compile(r"\w+")


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
