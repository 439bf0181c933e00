"""Dating: the publication date read from the text, and the date of a clause (for events).

What the events stage can rely on
---------------------------------
After the times stage, `doc.timexes` holds every time expression in text order, each with
TimeML `type` and `value`, the inclusive day span `start_date`..`end_date` where the
expression names one, and `anchor`:

- ``"publication"``: resolved against `doc.published` ("yesterday", "last week", "on
  Friday", "two days ago", "this month", "January 5" without a year).
- ``"timex:<i>"``: resolved against `doc.timexes[i]` ("two days earlier", "the next day",
  "that year", "a year earlier"): in "approved a bill on January 5 ... killed in an airstrike
  two days earlier" the second is 2020-01-03 with anchor "timex:<index of January 5>".
- ``"event-after:P2D"`` / ``"event-before:P2D"``: on "two days" in "X came two days after Y"
  (TimeML: the DURATION "two days", value P2D, the signal "after" outside, no span). It
  says: the event of the main clause (X) lies P2D after the event of the clause the signal
  introduces (Y); "before": X lies P2D before Y. `event_link()` reads it for a span;
  `date_for_span()` resolves it.
- ``None``: the expression carries its own date ("March 29, 2020", "2014"), or it cannot
  be resolved (no publication date: values keep X, "XXXX-WXX-5").

Spans are what an analyst reads: "late January" 21-31 Jan; "the end of February 2020"
20-29 Feb; "earlier this month" the 1st to the day before publication; "last week" the
previous Monday to the day before publication (at most 14 days); "recently"/"recent" the
28 days before publication (`approximate`); PRESENT_REF the publication day; "the past
three years" publication minus three years to publication. DURATION and SET have no span
unless anchored so ("the past N units", "the next N units").

`date_for_span(doc, start, end, known=None)` dates the clause at [start, end):
 1. clauses linked by "N units after/before": the signal governs the stretch after it, to
    the first comma when the expression opens the sentence ("Hours after the blast,
    gunmen attacked"), else to the sentence's end ("came two days after the group held a
    drill"); the rest of the sentence is the main clause.
    - a span in the governed stretch gets the main clause's date shifted by the offset;
      the main clause's date is `known` when the caller gives it (an event already dated
      by coreference), else its own dated expression, else the date of an earlier sentence
      that names the same event word with a day date ("withdrew ... On March 29, 2020" for
      "the withdrawal came"): the withdrawal on 2020-03-29 makes the drill 2020-03-27;
      failing that, the governed stretch is dated like any clause (steps 2 and 4);
    - a span in the main clause gets `known`, else its own date as above, else the
      governed event's date shifted back ("Two days before the vote on 9 March, rebels
      shelled the town": 7 March); "hours after" counts as the same day, "days after"
      without a number links no date;
 2. else a DATE/TIME expression inside the span (the clause's own); one end of a range
    ("from March 1 to March 5", "March 1-5", "between 2014 and 2016") gives the range;
 3. else the sentence's expression nearest the span, on the same side of any governed
    stretch;
 4. else the nearest earlier dated expression of the paragraph (day to year granularity);
 5. else the publication date, for a lead sentence (the first two) in the present perfect
    ("a car bomb has killed 13 soldiers");
 6. else, for a clause in the simple past, the story's last day told in the paragraphs before
    (day-long, not history behind the story: see `_behind_the_story`);
 7. else None.
`event_link(doc, start, end)` says whether the span is the governed or the governing clause
of such an expression: {"relation": "after"|"before", "days": 2, "timex": i, "role":
"governed"|"governing"}.
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from sitrep.model import Document, EventDate, Timex
from sitrep.timex import calendar as cal
from sitrep.timex.tagger import DEADLINE_BEFORE, Found, Tagger, told_behind_main_clause

_OFFSET = re.compile(r"^event-(after|before):P(?:T)?(\d+(?:\.\d+)?|X)([A-Z]+)$")
_UNIT_DAYS = {"D": 1, "W": 7, "M": 30, "Y": 365, "Q": 91, "H": 1 / 24}


# -- publication date ------------------------------------------------------------------
# What may stand before a dateline's or a byline's date on its line: a place ("BAGHDAD,",
# "KIRKUK, Iraq (Reuters) -"), a cue ("Published:", "Updated on"), a weekday
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?"
_DATELINE_LEAD = re.compile(
    r"(?:(?!(?:In|On|At|By|From|Since|During|After|Before|Until|For|Of|The)\b)[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})?"
    r"[ \t]*(?:\([A-Za-z. ]{1,20}\))?[ \t]*(?:[,:|—–-]+|--)[ \t]*)?"
    r"(?:(?i:published|updated|last[ \t]+updated|posted|first[ \t]+published|date|dated)[ \t]*:?[ \t]*(?:on[ \t]+)?)?"
    r"(?:" + _WEEKDAY + r"[ \t]+)?$")
_CUE = r"(?:published|updated|last[ \t]+updated|posted|first[ \t]+published|dated?)"
_BYLINE_CUE = re.compile(r"(?:^[ \t]*" + _CUE + r"[ \t]*:?|\b" + _CUE + r"[ \t]*:)[ \t]*(?:on[ \t]+)?(?:"
                         + _WEEKDAY + r"[ \t]+)?$", re.I)
_DEICTIC_BESIDE = re.compile(r"\b(today|yesterday|tonight|tomorrow)\b", re.I)
_DAY_OFFSET = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def infer_published(tagger: Tagger, text: str, parsed=None) -> date | None:
    """The publication date a reader infers from the text alone, or None when the text does
    not say it well enough (a wrong day misdates every "yesterday" and "on Friday"):
    - a dateline or byline: a full date (day, month, year) opening a line in the head of the
      text (the first 300 characters), after at most a place, a cue or a weekday ("Wednesday
      13 Jul 2016 Air strikes ...", "BAGHDAD, March 3, 2020 -", "Published: 3 March 2020"),
      or after a cue ("Published", "Updated", "Posted") anywhere;
    - else a full date the text ties to the telling: "today, March 3, 2020", "yesterday
      (March 2, 2020)";
    - else the latest full date the report tells of, not set ahead (future tense, "due March
      1, 2011", "until"), a day on when told in the past tense (reports follow events). In a
      report that names weekdays ("on Tuesday") only a full date told before the first of
      them counts: news states its anchor date first and then counts days from it, while a
      full date after "on Tuesday" is background. The guess may be some days early; the
      document says it is inferred;
    - else the latest weekday told in the past, counted from the latest day of a month the
      report tells in the past ("rockets hit the base on Saturday, three days after the attack of
      11 March", with "late 2019" told: 14 March 2020), cautiously (`_weekday_after_day_told`);
    - else, when the text says "this month", the end of the latest explicit month;
    - else None (years alone say too little; a month and day without a year say nothing of
      the year)."""
    found = tagger.tag(text, None, parsed)
    if not found:
        return None
    ctx = tagger.context(text, None, parsed)
    full: list[tuple[Found, date]] = []
    for f in found:
        d = _full_day(text, f, tagger.months)
        if d:
            full.append((f, d))
    head = len(text) - len(text.lstrip()) + 300
    for f, d in full:
        line = text[text.rfind("\n", 0, f.start) + 1:f.start]
        if (f.start < head and _DATELINE_LEAD.fullmatch(line)) or _BYLINE_CUE.search(line):
            return d
    dateline = _dateline_day(text, found, head, ctx)
    if dateline:
        return dateline
    for f, d in full:
        near = _DEICTIC_BESIDE.search(text[max(0, f.start - 14):f.start] + " " + text[f.end:f.end + 14])
        if near and re.search(r"[,(]", text[max(0, f.start - 14):f.start] + text[f.end:f.end + 3]):
            return d - timedelta(days=_DAY_OFFSET[near.group(1).lower()])
    full_starts = [f.start for f, _ in full]
    first_weekday = min((f.start for f in found if f.type in ("DATE", "TIME")
                         and (f.value.startswith("XXXX-WXX-") or f.value.startswith("XXXX-XX-XX"))
                         and not _names_a_full_date(text, f, full_starts)),
                        default=len(text))
    # the full dates told, not set ahead, with their tense
    not_ahead = [(f, d, tense) for f, d in full
                 if (tense := ctx.tense(f.start, f.end)) != "future" and not _set_ahead(text, f)]
    days = [(d, tense) for f, d, tense in not_ahead if f.start < first_weekday]
    if days:
        d, tense = max(days, key=lambda x: x[0])
        return d + timedelta(days=1) if tense == "past" else d
    week = _week_told(text, found, [(f, d) for f, d, _ in not_ahead], ctx)
    if week:
        return week
    told = _latest_day_told(found, max((d for _, d, _ in not_ahead), default=None), ctx)
    if told:
        return told
    week = _weekday_after_day_told(text, found, ctx)
    if week:
        return week
    if re.search(r"\bthis\s+month\b", text, re.I):
        months = [cal.span(f.value[:7])[1] for f in found if f.type == "DATE" and f.explicit_year
                  and cal.granularity(f.value[:7]) == "month" and ctx.tense(f.start, f.end) != "future"]
        if months:
            return max(months)
    return None


def _dateline_day(text: str, found: list[Found], head: int, ctx) -> date | None:
    """A dateline that gives the month and day but not the year ("MOSUL, Iraq, July 10 (Reuters) -")
    dates the report: in the year that puts that day first on or after the latest date with a year
    the report tells in the past ("The offensive began on Oct. 17, 2016"): a report comes after
    what it recalls. None when the text says no year at all."""
    for f in found:
        m = re.match(r"XXXX-(\d\d)-(\d\d)$", f.value)
        line = text[text.rfind("\n", 0, f.start) + 1:f.start]
        if f.start >= head or f.type != "DATE" or not m or not line.strip() or not _DATELINE_LEAD.fullmatch(line):
            continue
        told = [cal.span(g.value)[0] for g in found if g.explicit_year and g.type == "DATE" and cal.span(g.value)
                and ctx.tense(g.start, g.end) != "future" and not _set_ahead(text, g)]
        if not told:
            return None
        latest = max(told)
        for year in (latest.year, latest.year + 1):
            day = cal.safe_date(year, int(m[1]), int(m[2]))
            if day and day >= latest:
                return day
        return None
    return None


_YEAR_AFTER = re.compile(r",?[ \t]+(\d{4})\b")
_MONTH_DAY = re.compile(r"\b(?P<m1>[A-Z][a-z]{2,8})\.?\s+(?P<d1>[0-3]?\d)\b|\b(?P<d2>[0-3]?\d)\s+(?P<m2>[A-Z][a-z]{2,8})\b")
_PART_OF_DAY = re.compile(r"[ \t]*(?:(?:morning|afternoon|evening|night)\b)?[ \t]*,?[ \t]*$", re.I)


def _full_day(text: str, f: Found, months: dict[str, int]) -> date | None:
    """The day of an expression that names day, month and year, else None. A clock time with
    its day ("6:18 PM EDT, April 19, 2024") counts: the year standing right after it completes
    a day the tagger read without one, its month a word of the tagger's lexicon (`months`)."""
    if f.type not in ("DATE", "TIME") or (cal.granularity(f.value[:10]) != "day"
                                          and not f.value.startswith("XXXX-")):
        return None
    if f.explicit_year and cal.granularity(f.value[:10]) == "day":
        return cal.safe_date(int(f.value[:4]), int(f.value[5:7]), int(f.value[8:10]))
    year = _YEAR_AFTER.match(text, f.end)
    if not year:
        return None
    m = re.match(r"XXXX-(\d\d)-(\d\d)", f.value)
    if m:
        return cal.safe_date(int(year[1]), int(m[1]), int(m[2]))
    said = _MONTH_DAY.search(text, f.start, f.end)     # a clock time with its day, read without a year
    if said:
        month = months.get((said["m1"] or said["m2"]).lower())
        day = int(said["d1"] or said["d2"])
        return cal.safe_date(int(year[1]), month, day) if month else None
    return None


def _names_a_full_date(text: str, weekday: Found, full_starts: list[int]) -> bool:
    """A weekday written as part of a full date ("Monday, April 24, 2023", "Monday evening,
    April 24, 2023") is that date, not a day counted from it."""
    return any(weekday.end <= s <= weekday.end + 18 and _PART_OF_DAY.match(text[weekday.end:s])
               for s in full_starts)


_WEEKDAY_WORD = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_WEEKDAY_NUM = {"Mon": 1, "Tues": 2, "Wednes": 3, "Thurs": 4, "Fri": 5, "Satur": 6, "Sun": 7}


def _week_told(text: str, found: list[Found], full: list[tuple[Found, date]], ctx) -> date | None:
    """A full date written with its weekday ("shortly after midnight on Tuesday, September 13,
    2022") in a report that names the same weekday alone elsewhere ("a ceasefire announced on
    Tuesday morning") dates the week the report tells of, wherever it stands: the writer ties
    the weekdays to it. The report is of the latest weekday it tells in the past within the
    six days from that date ("Armenia said on Wednesday ..."), else of that date."""
    for f, d in full:
        said = _WEEKDAY_WORD.search(text, f.start, f.end)
        if not said or _WEEKDAY_NUM[said.group(1)] != d.isoweekday():
            continue
        alone = [g for g in found if g is not f and re.match(r"XXXX-WXX-(\d)", g.value)]
        if not any(int(g.value[9]) == d.isoweekday() for g in alone):
            continue
        ahead = [(int(g.value[9]) - d.isoweekday()) % 7 for g in alone if ctx.tense(g.start, g.end) == "past"]
        return d + timedelta(days=max(ahead, default=0))
    return None


def _latest_day_told(found: list[Found], latest_full: date | None, ctx) -> date | None:
    """The publication date a reader infers from a report that tells its days without years
    after a full date ("The crisis began on 14 February 2019 ... On 26 February ... On 27
    February ..."): the latest day told in the past, its year taken from the full dates, then
    the latest weekday its lead tells in the past (before it dates anything) that falls within
    the six days after it ("... walked back on Friday night"). Without a day of a month told besides the full dates,
    None: a lone full date after the weekdays may be background years old. latest_full: the
    latest full date told and not set ahead (None when there is none)."""
    if latest_full is None:
        return None
    told: list[date] = []
    for f in found:
        m = re.match(r"XXXX-(\d\d)-(\d\d)$", f.value[:10]) if f.type == "DATE" else None
        if not m or ctx.tense(f.start, f.end) != "past":
            continue
        for year in (latest_full.year, latest_full.year + 1):
            d = cal.safe_date(year, int(m[1]), int(m[2]))
            if d and -31 <= (d - latest_full).days <= 183:
                told.append(d)
                break
    if not told:
        return None
    anchor = max(told + [latest_full])
    published = anchor + timedelta(days=1)
    first_dated = min(f.start for f in found if re.match(r"(?:\d{4}|XXXX)-\d\d-\d\d", f.value))
    for f in found:
        m = re.match(r"XXXX-WXX-(\d)(?:T\w+)?$", f.value)    # "on Friday", "on Friday night"
        # only the lead's weekdays, told before the report dates anything: the newest days
        if m and f.start < first_dated and ctx.tense(f.start, f.end) == "past":
            ahead = (int(m[1]) - 1 - anchor.weekday()) % 7
            if 0 < ahead < 7:
                published = max(published, anchor + timedelta(days=ahead))
    return published


def _year_of_day_told(month: int, day: int, spans: list[tuple[date, date]]) -> int | None:
    """The year of a day told without one ("the attack of 11 March") in a report whose only years
    are those of `spans` (the stretches it tells with a year, in the past): the one year that puts
    the day on or after the start of the latest stretch and within a year of its end ("since rocket
    fire intensified in late 2019" ... "11 March": 2020). None when no year or two years fit ("in
    2019" ... "11 March": March 2019 or March 2020)."""
    if not spans:
        return None
    first, last = max(spans, key=lambda s: (s[1], s[0]))
    fits = [y for y in range(first.year, last.year + 2)
            if (d := cal.safe_date(y, month, day)) is not None and first <= d <= last + timedelta(days=365)]
    return fits[0] if len(fits) == 1 else None


def _weekday_after_day_told(text: str, found: list[Found], ctx) -> date | None:
    """The publication date of a report with no dateline that tells its news by weekdays ("rockets
    slammed into the base on Saturday") and names the day of an act before them ("three days after
    the attack of 11 March"): the latest weekday told in the past, counted as the nearest such day
    after the latest day the report tells in the past (Saturday after Wednesday 11 March 2020: 14
    March); a report that tells no weekday, the day after the latest day it tells without a year.
    Cautious, a guess the document marks as inferred:
    - the day named must be told without its year (a writer leaves the year out of the days of the
      story in hand; the year is the one the report's other dates allow, `_year_of_day_told`), or
      the report must count days between its acts ("two days after", "the day before"): a full
      date with its year told after the weekdays may be history years old ("first invaded on 24
      February 2022");
    - the days named lie within a month of each other (days far apart say no story's week), and no
      weekday falls on the day's own weekday (the same day or a week on: no telling which)."""
    weekdays = [(f, int(m[1])) for f in found if (m := re.match(r"XXXX-WXX-(\d)(?:T\w+)?$", f.value))
                and f.type in ("DATE", "TIME") and ctx.tense(f.start, f.end) == "past"]
    counted = any((off := _offset_days(f.anchor)) is not None and off[1] <= 7 for f in found)
    spans = []
    for f in found:
        if f.type != "DATE" or not f.explicit_year or ctx.tense(f.start, f.end) == "future" or _set_ahead(text, f):
            continue
        days = f.days
        if days is not None:
            spans.append(days)
    told: list[date] = []
    bare_past: list[date] = []   # the days told without a year, in the past
    for f in found:
        if f.type not in ("DATE", "TIME") or ctx.tense(f.start, f.end) == "future" or _set_ahead(text, f):
            continue
        full = re.match(r"(\d{4})-(\d\d)-(\d\d)", f.value) if f.explicit_year else None
        bare = re.match(r"XXXX-(\d\d)-(\d\d)$", f.value[:10])
        if full is not None and counted:
            d = cal.safe_date(int(full[1]), int(full[2]), int(full[3]))
        elif bare is not None:
            year = _year_of_day_told(int(bare[1]), int(bare[2]), spans)
            d = cal.safe_date(year, int(bare[1]), int(bare[2])) if year is not None else None
            if d is not None and ctx.tense(f.start, f.end) == "past":
                bare_past.append(d)
        else:
            continue
        if d is not None:
            told.append(d)
    if not told or (max(told) - min(told)).days > 31:
        return None
    if not weekdays:
        # "Rebels took the airport on 9 June ... fighting there has raged since late 2021": no weekday
        # to count, the day after the latest day told (as for a full date: reports follow events)
        return max(bare_past) + timedelta(days=1) if bare_past else None
    anchor = max(told)
    ahead = [(wd - anchor.isoweekday()) % 7 for _, wd in weekdays]
    if 0 in ahead:
        return None
    return anchor + timedelta(days=max(ahead))


def _set_ahead(text: str, f: Found) -> bool:
    """A date something is due by or set for ("debentures due March 1, 2011", "until 1994")."""
    before = text[max(0, f.start - 25):f.start]
    return bool(DEADLINE_BEFORE.search(before.rsplit("\n", 1)[-1]))   # within its own line


# -- clauses ---------------------------------------------------------------------------
def _sentence(doc: Document, pos: int) -> tuple[int, int, int]:
    """The sentence holding the character at pos: (start, end, index), the index counted only
    as far as 2 (0, 1: the lead; 2: any later sentence). Read from the parse each time, no
    cache: a binary search over the tokens and the token's sentence."""
    parsed = doc.parsed
    if parsed is not None and len(parsed):
        lo, hi = 0, len(parsed) - 1
        while lo < hi:                      # the last token starting at or before pos
            mid = (lo + hi + 1) // 2
            if parsed[mid].idx <= pos:
                lo = mid
            else:
                hi = mid - 1
        sent = parsed[lo].sent
        index = 0
        if sent.start > 0:
            index = 1 if parsed[sent.start - 1].sent.start == 0 else 2
        return sent.start_char, sent.end_char, index
    breaks = list(re.finditer(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“])|\n+", doc.text))
    starts = [0] + [m.end() for m in breaks]
    i = max(0, bisect.bisect_right(starts, pos) - 1)
    end = breaks[i].start() + 1 if i < len(breaks) else len(doc.text)
    return starts[i], end, min(i, 2)


def _paragraph_start(text: str, pos: int) -> int:
    i = text.rfind("\n", 0, pos)
    return 0 if i < 0 else i + 1


def _offset_days(anchor: str | None) -> tuple[str, int] | None:
    m = _OFFSET.match(anchor or "")
    if not m:
        return None
    if m[2] == "X":
        # "hours after": the same day; "days after" and longer: no number of days to count
        return (m[1], 0) if anchor.split(":", 1)[1].startswith("PT") else None
    n = float(m[2])
    unit = m[3]
    if anchor.split(":", 1)[1].startswith("PT"):
        # a time of day's units: "a minute before midnight" is that day ("PT1M" is one minute,
        # not a month); "36 hours after" a day and a half on
        return m[1], int(round(n / 24)) if unit == "H" else 0
    if unit in ("DE",):
        return m[1], int(round(n * 3652))
    return m[1], int(round(n * _UNIT_DAYS.get(unit[-1], 1)))


_COUNTED_ON = re.compile(r"\s*(later|afterwards?|earlier)\b", re.I)


def _signal_end(doc: Document, t: Timex) -> int:
    m = re.match(r"\s*(after|before)\b", doc.text[t.end:])
    return t.end + m.end() if m else t.end


# what "N days after" governs names an act told before: "after the pull-out", "after that attack"
_TOLD_BEFORE = re.compile(r"\s*(?:the|that|this|its|their|his|her)\s", re.I)
_CLAUSE_JOINED = re.compile(r",\s+(?:while|whereas|but|as)\s|;")
_SET_OFF_END = re.compile(r",\s+(?:and|while|whereas|but|as|then)\s")


# "What we know as of Saturday, August 17": the time the report is written at, not a day it tells
_AS_OF = re.compile(r"\bas\s+of\s+(?:on\s+)?$", re.I)


def _governed(doc: Document, t: Timex, a: int, b: int) -> tuple[int, int]:
    """The stretch of the sentence [a, b) that the signal after timex t governs: up to the
    first comma when the expression opens the sentence ("Hours after the blast, gunmen
    attacked"), else to the end of the sentence ("came two days after the group held a drill")."""
    sig_end = _signal_end(doc, t)
    if not doc.text[a:t.start].strip(" \t\n\"'“‘(—-"):
        comma = doc.text.find(",", sig_end, b)
        return sig_end, comma if comma >= 0 else b
    # "... held most of the city on Tuesday, a day after declaring its capture, while crowds in the
    # capital set fire to embassies": a clause joined after a comma is the main clause's again
    joined = _CLAUSE_JOINED.search(doc.text, sig_end, b)
    end = joined.start() if joined else b
    if doc.text[max(a, t.start - 2):t.start].strip() == ",":
        # ", a week after the ceasefire took effect, and police arrested ...": set off by commas, the
        # stretch ends where a clause is joined after the next comma
        joined = _SET_OFF_END.search(doc.text, sig_end, end)
        end = joined.start() if joined else end
    # "left Gori on 22 August, a week after the ceasefire took effect, and monitors report looting":
    # the signal governs its own clause or noun phrase only, as the parse reads it
    sig = _token_ending(doc, sig_end)
    if sig is not None and sig.lower_ in ("after", "before"):
        # (a clause's marker only: "after his troops, fighters and the coalition launched ..." may be
        # read as a preposition before the first noun)
        sub = list(sig.head.subtree) if sig.dep_ == "mark" else []
        if sub and sub[-1].i > sig.i:
            last = sub[-1]
            end = min(end, last.idx + len(last))
    return sig_end, end


def _token_ending(doc: Document, char: int):
    """The token of the parse that ends at `char`, else None."""
    parsed = doc.parsed
    if parsed is None or not len(parsed):
        return None
    span = parsed.char_span(char - 1, char, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[-1]
    return tok if tok.idx + len(tok) == char else None


def event_link(doc: Document, start: int, end: int) -> dict | None:
    """The event-anchored expression that links the clause at [start, end) to another."""
    a, b, _ = _sentence(doc, start)
    for i, t in enumerate(doc.timexes):
        if not (a <= t.start < b):
            continue
        off = _offset_days(t.anchor)
        if off is None:
            continue
        relation, days = off
        ga, gb = _governed(doc, t, a, b)
        role = "governed" if ga <= start < gb else "governing"
        return {"relation": relation, "days": days, "timex": i, "role": role}
    return None


def _day_timex(t: Timex) -> bool:
    return t.type in ("DATE", "TIME") and t.start_date is not None and t.end_date is not None


def _as_event_date(t: Timex) -> EventDate:
    return EventDate(t.start_date, t.end_date, t.text)


_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*", re.I)


def _range_date(doc: Document, t: Timex) -> EventDate:
    """The date an expression gives a clause: its own span, or, when it is one end of a range
    ("from March 1 to March 5", "March 1-5", "between 2014 and 2016"), the range."""
    tx = doc.timexes
    i = next((k for k, u in enumerate(tx) if u is t), None)
    if i is None:
        return _as_event_date(t)
    for a, b in ((i, i + 1), (i - 1, i)):
        if a < 0 or b >= len(tx) or not (_day_timex(tx[a]) and _day_timex(tx[b])):
            continue
        first, last = tx[a], tx[b]
        link = doc.text[first.end:last.start]
        if not _RANGE_LINK.fullmatch(link):
            continue
        if link.strip().lower() == "and" and (last.start_date - first.end_date).days > 1 and not re.search(
                r"\bbetween\s+$", doc.text[max(0, first.start - 12):first.start], re.I):
            continue        # "on March 3 and 10": two days; "on March 3 and 4", "between March 3 and 10": a stretch
        if not first.start_date <= last.start_date or (last.end_date - first.start_date).days > 3660:
            continue
        return EventDate(first.start_date, last.end_date, doc.text[first.start:last.end])
    return _as_event_date(t)


def _same_event_date(doc: Document, clause_a: int, clause_b: int, sent_start: int) -> EventDate | None:
    """The date of the main clause's event word ("the withdrawal came") from an earlier
    sentence that names the same event ("withdrew") with a day date."""
    if doc.parsed is None or clause_b <= clause_a:
        return None
    span = doc.parsed.char_span(clause_a, clause_b, alignment_mode="expand")
    if span is None:
        return None
    heads = [t for t in span if t.pos_ in ("NOUN", "VERB") and t.dep_ in ("nsubj", "nsubjpass", "ROOT")
             and len(t.lemma_) > 4]
    return _day_of_earlier_mention(doc, {t.lemma_.lower()[:6] for t in heads}, sent_start)


def _day_of_earlier_mention(doc: Document, stems: set, sent_start: int) -> EventDate | None:
    """The last one-day date of the latest sentence before `sent_start` that has a noun or verb of
    one of the `stems` (first six letters of a lemma: "withdrawal" and "withdrew" share one)."""
    if not stems:
        return None
    best = None
    for sent in doc.parsed.sents:
        if sent.start_char >= sent_start:
            break
        if not any(t.lemma_.lower()[:6] in stems for t in sent if t.pos_ in ("NOUN", "VERB")):
            continue
        days = [t for t in doc.timexes if sent.start_char <= t.start < sent.end_char and _day_timex(t)
                and t.start_date == t.end_date]
        if days:
            best = _as_event_date(days[-1])
    return best


def date_for_span(doc: Document, start: int, end: int, known: EventDate | None = None,
                  refused: frozenset = frozenset(), others: frozenset = frozenset()) -> EventDate | None:
    """The date of the clause at [start, end) (see the module docstring for the order). `refused`:
    the start offsets of the sentence's expressions the caller knows date something else (another
    event's clause, "the militants who stormed it five months ago"): steps 2 and 3 pass them by.
    `others`: those of other acts' clauses, which the main clause around "the day before X" does
    not take ("units began leaving earlier this month, and troops deployed the day before the
    announcement")."""
    a, b, si = _sentence(doc, start)
    # a dateline's date ("GAO, May 20 (Reuters) -") says when the report was filed: it dates no clause
    refused = refused | {t.start for t in doc.timexes if a <= t.start < b and _in_dateline(doc, t)}
    # 1. clauses linked by "N units after/before"
    link = event_link(doc, start, end)
    if link is not None:
        t = doc.timexes[link["timex"]]
        ga, gb = _governed(doc, t, a, b)
        days = link["days"] * (-1 if link["relation"] == "after" else 1)
        text = doc.text[t.start:_signal_end(doc, t)]
        if link["role"] == "governed":
            on = _COUNTED_ON.match(doc.text, t.end)
            if not on:
                # "ten days after the president replaced his army chief on 8 February": the act's
                # own day, told inside the stretch, wins over any count
                told_inside = [u for u in doc.timexes if ga <= u.start < gb and u is not t and _day_timex(u)
                               and u.start not in refused and not _of_a_noun_told(doc, u, ga, gb, (start, end))]
                if told_inside:
                    return _range_date(doc, told_inside[0])
            fronted = not doc.text[a:t.start].strip(" \t\n\"'“‘(—-")
            if not on and _TOLD_BEFORE.match(doc.text, ga) and \
                    _main_clause_date(doc, t, a, b, ga, gb, refused, own_only=True) is None:
                # "Militants bombed a police station on Tuesday. The day after the bombing, US aircraft
                # struck ...": the act the stretch names as known is the one told before, on its day
                named = _named_before(doc, ga, gb, a)
                if named is not None:
                    return named
            if not on and fronted:
                # "Eleven days after a drone struck the outpost, the US hit back on Friday, 9 February":
                # the main clause that follows is the anchor, before any act told earlier; told in the
                # present ("Six weeks after militants overran the camp, the army still gives no
                # toll"), it is the report's own time
                own_main = _main_clause_date(doc, t, a, b, ga, gb, refused, own_only=True)
                if own_main is None and doc.published is not None and _told_in_present(doc, gb, b):
                    own_main = EventDate(doc.published, doc.published, None)
                known = own_main or known
            if on:
                # "Four days later troops retook the airport": the clause is the later act, counted on
                # from the one told before ("after X" dates X back from its main clause)
                days = link["days"] * (-1 if on.group(1).lower() == "earlier" else 1)
            told = _counted_from(doc, t, a, b, ga, gb) if on else None
            if told is not None and (known is None or known.end < told.start):
                known = told   # the story's last day told is later than the event known before it
            main = known or _main_clause_date(doc, t, a, b, ga, gb)
            if main is None and not on and not fronted and doc.published is not None and \
                    _told_in_present(doc, a, t.start):
                # "The army still gives no toll, six weeks after militants overran the camp"
                main = EventDate(doc.published, doc.published, None)
            if main is not None:
                # "six weeks after the militants overran the camp", "a year after insurgents seized
                # it": a count in weeks, months or years is a round one, a window around its day
                # (a week for six weeks, a month for a year); "two days after" is that day
                spread = 0 if on else min(15, abs(days) // 14)
                return EventDate(main.start + timedelta(days=days - spread), main.end + timedelta(days=days + spread),
                                 text)
            return _generic_date(doc, ga, gb, a, b, si)
        if known is not None:
            return known
        main = _main_clause_date(doc, t, a, b, ga, gb, others, own_only=True)
        if main is not None:
            return main
        # "Saudi troops deployed around the palace the day before the announcement": the act the
        # governed stretch names as told before is on the day the story told it ("On 30 October the
        # UAE announced ..."), a surer guide than the main clause's words
        named = _named_before(doc, ga, gb, a) if _TOLD_BEFORE.match(doc.text, ga) else None
        main = None if named is not None else _main_clause_date(doc, t, a, b, ga, gb, others)
        if main is not None:
            return main
        # (the stretch's own day only: "Rebels stormed the garrison on Sunday, 21 May. The assault
        # came two days after army jets bombed their camps": the day told before is the assault's,
        # the main clause going on with the story, not the bombing's)
        # ("Six days later Mashat offered a truce": counted on from the day told before, which is
        # then the other act's)
        other = named or _generic_date(doc, ga, gb, a, b, si, inside_only=not _COUNTED_ON.match(doc.text, t.end))
        if other is None and _TOLD_BEFORE.match(doc.text, ga):
            told = [u for u in doc.timexes if u.start < a and _day_timex(u) and u.start_date == u.end_date
                    and not _time_as_argument(doc, u)]
            if days == 0:
                # "Hours after the pull-out, jets struck the island": on the story's last day told
                other = _as_event_date(told[-1]) if told else None
            else:
                # "One day after the attack began, the chief of staff told the president ...": an act
                # the story names as known but has not dated under that name is the one its lead
                # tells ("Troops crossed the border on Tuesday, August 6"): the story's first day told
                lead = [u for u in told if not _in_dateline(doc, u) and not _behind_the_story(doc, u)
                        and not _AS_OF.search(doc.text, max(0, u.start - 8), u.start)]
                other = _as_event_date(lead[0]) if lead else None
        if other is not None:
            counted = EventDate(other.start - timedelta(days=days), other.end - timedelta(days=days), text)
            if doc.published is not None and counted.start > doc.published and _simple_past(doc, start, end):
                return None   # an act told as done, counted on to a day after the report: a wrong anchor
            return counted
    # 2. the clause's own expression (not one inside the stretch an event-anchored expression
    # governs, when the clause is its main clause: another act's day)
    governed = [_governed(doc, t, a, b) for t in doc.timexes if a <= t.start < b and _offset_days(t.anchor)]
    inside = [t for t in doc.timexes if start <= t.start and t.end <= end and _day_timex(t) and t.start not in refused
              and not any(ga <= t.start < gb and not ga <= start < gb for ga, gb in governed)]
    if inside:
        return _range_date(doc, inside[0])
    # 3. the sentence's, nearest the span (not one inside an event-anchored clause)
    cands = [t for t in doc.timexes if a <= t.start < b and _day_timex(t) and t.start not in refused
             and not any((ga <= t.start < gb) != (ga <= start < gb) for ga, gb in governed)]
    if cands:
        near = min(cands, key=lambda t: min(abs(t.start - end), abs(start - t.end)))
        return _range_date(doc, near)
    # 4. the paragraph's latest earlier dated expression; not "now" ("where 100,000 troops are now
    # stationed": a state at the report's time, not a day the story is told on), nor history told
    # behind the story ("had held the town since 2014"), which the story does not go on with
    pa = _paragraph_start(doc.text, start)
    earlier = [t for t in doc.timexes if pa <= t.start < a and _day_timex(t) and t.value != "PRESENT_REF"
               and (t.end_date - t.start_date).days <= 366 and not _time_as_argument(doc, t)
               and not _behind_the_story(doc, t)]
    if earlier:
        return _range_date(doc, earlier[-1])
    # 5. the lead in the present perfect: the news of the day
    if doc.published is not None and si <= 1 and _present_perfect(doc, a, b):
        return EventDate(doc.published, doc.published, None)
    # 6. a paragraph that tells no day of its own before the clause goes on with the story's last
    # day told before it ("Police said on Monday 25 September they had arrested suspects. | What did
    # they find? | An arsenal. Officers seized armoured vehicles ..."): a clause in the simple past
    # only (the present tells the report's time, the past perfect a time before the story's)
    if pa > 0 and _simple_past(doc, start, end):
        told = [t for t in doc.timexes if t.start < pa and _day_timex(t) and (t.end_date - t.start_date).days <= 1
                and t.value != "PRESENT_REF" and not _time_as_argument(doc, t) and not _behind_the_story(doc, t)
                and not looks_back(doc.text, t)]
        if told:
            return _as_event_date(told[-1])
    return None


_SAYING = {"say", "tell", "insist", "claim", "state", "announce", "declare", "add", "affirm", "assert",
           "confirm", "report", "argue", "maintain", "stress", "note", "allege", "accuse", "write"}
_OPENS_SPAN = {"since", "until", "till", "before", "by"}


def _in_dateline(doc: Document, t: Timex) -> bool:
    """The time of a dateline ("N'DJAMENA, Jan 31, 2025 (AFP) -", "BAGHDAD, March 3 -") or a
    byline at the head of the report: when it was filed, not a day the story tells."""
    text = doc.text
    head = len(text) - len(text.lstrip()) + 300
    if t.start >= head:
        return False
    line = text[text.rfind("\n", 0, t.start) + 1:t.start]
    eol = text.find("\n", t.end)
    rest = text[t.end:eol if eol >= 0 else len(text)]
    if not line.strip() and not rest.strip(" \t-—–|,.:"):
        return True   # "Saturday, 9 August 2014" on a line of its own under the headline
    return bool(line.strip()) and bool(_DATELINE_LEAD.fullmatch(line)) or bool(_BYLINE_CUE.search(line))


_COUNTED_BACK_IN = re.compile(r"\b(?:earlier|before|previously|prior)\b", re.I)
_COUNTED_BACK_AFTER = re.compile(r"\s+(?:earlier|before|previously)\b(?=\s*(?:[,.;:!?)—–-]|$|and\b|when\b|as\b|"
                                 r"while\b|but\b))", re.I)


def looks_back(text: str, t: Timex) -> bool:
    """A day counted back from one the story told ("The revolt began the night before", "A day
    earlier, the spokesman had said"; `text`: the document's): its paragraph looks back; the
    paragraphs after it go on with the day the story left, not with this one."""
    return (t.anchor or "").startswith("timex:") and bool(
        _COUNTED_BACK_IN.search(t.text or "") or _COUNTED_BACK_AFTER.match(text, t.end))


def _behind_the_story(doc: Document, t: Timex) -> bool:
    """A time told behind the story of its paragraph, which no later sentence goes on with:
    - a span opened or closed by it ("since 2015", "until February", "before 2011", "by March")
      more than a week before the report;
    - a time said of a noun in a relative clause ("the militants who stormed it five months ago",
      "the prime minister, who took office this month");
    - a time of a clause in the past perfect, outside reported speech ("The rebels had held the
      town in 2016"): history before the story's time; "said its troops had retaken it on
      Monday" is the report's backshifted past and stays;
    - a time still to come when the report was written ("is due in the capital on Saturday");
    - the date of a dateline or byline;
    - a stretch longer than a month over before the report ("took the town in 2014", "in the
      1990s"): the background a story opens with, not a day it goes on with."""
    pub = doc.published
    if pub is not None and t.start_date is not None and t.start_date > pub:
        return True
    if _in_dateline(doc, t):
        return True
    if pub is not None and t.start_date is not None and t.end_date is not None and \
            (t.end_date - t.start_date).days > 31 and t.end_date < pub:
        return True
    if doc.parsed is None:
        return False
    span = doc.parsed.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    # "since Thursday" five days before the report spans the story's own days; "since March" does not
    old = pub is None or t.start_date is None or (pub - t.start_date).days > 7
    before = doc.parsed[span.start - 1] if span.start > span.sent.start else None
    if old and before is not None and before.lower_ in _OPENS_SPAN:
        return True
    for x in list(span.root.ancestors):
        if old and x.dep_ == "prep" and x.lower_ in _OPENS_SPAN:
            return True
        if x.pos_ in ("VERB", "AUX"):
            if told_behind_main_clause(x):
                # "attacked the convoy on 3 August, two weeks after it ambushed a patrol on 20 July.
                # Hours later, ...": the act the main clause looks back to is no day the story goes on with
                return True
            aux = {k.lower_ for k in x.children if k.dep_ in ("aux", "auxpass")}
            if aux & {"had", "'d"} and not any(a.lemma_.lower() in _SAYING for a in x.ancestors):
                return True
            # "Missiles struck a mall on Monday, the ministry said on Wednesday. Hours later ...": the
            # day of the report of an act its sentence dates before it, not the story's day
            return x.lemma_.lower() in _SAYING and any(
                span.sent.start_char <= u.start < t.start and _day_timex(u) and u.start_date == u.end_date
                and u.value != "PRESENT_REF" for u in doc.timexes)
    return False


def _time_as_argument(doc: Document, t: Timex) -> bool:
    """A day named as what a verb acts on, not when ("the mayor made Monday a non-working day",
    "Friday was declared a day of mourning"): it dates no act told after it."""
    if doc.parsed is None:
        return False
    span = doc.parsed.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and argument_time(span.root)


_NAMING = {"make", "declare", "name", "designate", "proclaim"}


def argument_time(root) -> bool:
    """The root of a time expression is what a verb acts on, not when: its subject, object or
    attribute ("Friday was the deadliest day"), or the first of two nouns after a verb of naming
    ("made Monday a non-working day", "declared Sunday a day of mourning")."""
    head = root.head
    if head.pos_ not in ("VERB", "AUX") or head.i == root.i:
        return False
    if root.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "oprd"):
        return True
    # (after the verb: "On Friday, August 9, the committee declared an operation" names no day)
    return root.dep_ == "npadvmod" and head.lemma_.lower() in _NAMING and root.i > head.i and any(
        k.i > root.i and k.pos_ == "NOUN" and k.dep_ in ("npadvmod", "oprd", "dobj", "attr", "xcomp", "ccomp")
        for k in head.children)


def _main_clause_date(doc: Document, t: Timex, a: int, b: int, ga: int, gb: int,
                      refused: frozenset = frozenset(), own_only: bool = False) -> EventDate | None:
    """The date of the main clause around a linking expression: its own dated expression
    (outside the governed stretch, not one `refused`), else (unless `own_only`) the date of the
    same event named earlier."""
    own = [u for u in doc.timexes if a <= u.start < b and not (ga <= u.start < gb) and u is not t and _day_timex(u)
           and u.start not in refused and not _of_the_saying(doc, u, t)]
    if own:
        return _as_event_date(own[-1])
    if own_only:
        return None
    fronted = not doc.text[a:t.start].strip(" \t\n\"'“‘(—-")
    return _same_event_date(doc, gb, b, a) if fronted else _same_event_date(doc, a, t.start, a)


def _of_the_saying(doc: Document, u: Timex, t: Timex) -> bool:
    """The time `u` is told of a verb of saying that the act counted by `t` is reported under ("The
    day after the bombing, US jets struck three hideouts, the Pentagon said on Thursday"): the day
    it was told, not the act's, which the count dates."""
    if doc.parsed is None:
        return False
    span = doc.parsed.char_span(u.start, u.end, alignment_mode="expand")
    count = doc.parsed.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or count is None:
        return False
    verb = verb_above(span.root)
    if verb is None or verb.lemma_.lower() not in _SAYING:
        return False
    # the count's own verb is another, which the saying reports or stands beside
    mine = verb_above(count.root)
    return mine is not None and mine.i != verb.i


def verb_above(t):
    """The first verb at or above the token `t` in the parse, else None."""
    return next((x for x in [t] + list(t.ancestors) if x.pos_ in ("VERB", "AUX")), None)


def noun_stems(noun) -> set:
    """The stems an earlier mention of the act a noun names may have: its own, and the verb's for a
    noun in -ing ("the bombing": "bombed")."""
    lemma = noun.lemma_.lower()
    return {lemma[:6]} | ({lemma[:-3][:6]} if lemma.endswith("ing") and len(lemma) > 6 else set())


def _counted_from(doc: Document, t: Timex, a: int, b: int, ga: int, gb: int) -> EventDate | None:
    """The day "N days later" counts from when its sentence names no other: the last day the story
    told before it ("The first jets took off the next day. Two days later the troops landed")."""
    if any(a <= u.start < b and not (ga <= u.start < gb) and u is not t and _day_timex(u) for u in doc.timexes):
        return None   # the sentence's own time: its main clause's, read as before
    told = [u for u in doc.timexes if u.start < a and _day_timex(u) and u.start_date == u.end_date
            and not _time_as_argument(doc, u)]
    return _as_event_date(told[-1]) if told else None


def _named_before(doc: Document, ga: int, gb: int, sent_start: int) -> EventDate | None:
    """The day of the act a governed stretch names ("the day before the announcement") from the
    latest earlier sentence that names it with a word of its stem ("the UAE announced on 30
    October") and one day."""
    if doc.parsed is None or gb <= ga:
        return None
    span = doc.parsed.char_span(ga, gb, alignment_mode="expand")
    if span is None:
        return None
    # ("the bombing" names the act "bombed" tells: the verb's stem too)
    stems = {s for t in span if t.pos_ == "NOUN" and len(t.lemma_) > 3 for s in noun_stems(t)}
    # "Six weeks after the raid on the market, gunmen attacked a convoy. ... The raid, on 3 March,
    # killed 40 people": told before, else told after
    # told after only when the stretch is a noun phrase naming the act, not a clause telling it
    # ("two days after the group held a drill")
    clause = any(t.tag_ in ("VBD", "VBZ", "VBP") for t in span)
    return _day_of_earlier_mention(doc, stems, sent_start) or (
        None if clause else _day_of_later_mention(doc, stems, sent_start))


def _day_of_later_mention(doc: Document, stems: set, sent_start: int) -> EventDate | None:
    """The first one-day date of the first sentence after the one at `sent_start` that has a noun
    of one of the `stems` (the act named again, with its day)."""
    if not stems:
        return None
    for sent in doc.parsed.sents:
        if sent.start_char <= sent_start:
            continue
        if not any(t.lemma_.lower()[:6] in stems for t in sent if t.pos_ == "NOUN"):
            continue
        days = [t for t in doc.timexes if sent.start_char <= t.start < sent.end_char and _day_timex(t)
                and t.start_date == t.end_date and not _offset_days(t.anchor)]
        if days:
            return _as_event_date(days[0])
    return None


def _generic_date(doc: Document, start: int, end: int, a: int, b: int, si: int,
                  inside_only: bool = False) -> EventDate | None:
    """Steps 2-4 for a stretch: its own expression, else (unless `inside_only`) the paragraph's
    latest earlier one."""
    # (one that starts inside: "Two days before the vote on Sunday, 4 June, gunmen attacked ...")
    inside = [t for t in doc.timexes if start <= t.start < end and _day_timex(t)
              and not _of_a_noun_told(doc, t, start, end)]
    if inside:
        return _range_date(doc, inside[0])
    if inside_only:
        return None
    pa = _paragraph_start(doc.text, start)
    earlier = [t for t in doc.timexes if pa <= t.start < a and _day_timex(t)
               and (t.end_date - t.start_date).days <= 366 and not _time_as_argument(doc, t)
               and not _behind_the_story(doc, t)]
    return _range_date(doc, earlier[-1]) if earlier else None


def _of_a_noun_told(doc: Document, t: Timex, a: int, b: int, own: tuple[int, int] = (0, 0)) -> bool:
    """The time names the day of a noun ("the attack of 11 March", "Wednesday's raid", "the 11
    March attack") that a verb of the stretch [a, b) tells of ("after US aircraft struck the depots
    in retaliation for the attack of 11 March"): another act's day, not the day of the verb's act.
    Not when the noun is what the stretch names ("three days after the attack of 11 March"), nor
    when it is the act being dated (`own`: its offsets)."""
    if doc.parsed is None:
        return False
    span = doc.parsed.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.dep_ == "prep":
        noun = root.head.head
    elif root.dep_ in ("poss", "compound", "nmod"):
        noun = root.head
    else:
        return False
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i == root.i or own[0] <= noun.idx < own[1]:
        return False
    return any(x.pos_ in ("VERB", "AUX") and a <= x.idx < b for x in noun.ancestors)


def _simple_past(doc: Document, a: int, b: int) -> bool:
    """The clause at [a, b) is told in the simple past: a verb in the past tense, none in the present
    ("are waiting", "has killed") and no perfect ("had been stationed")."""
    if doc.parsed is None:
        return False
    span = doc.parsed.char_span(a, b, alignment_mode="expand")
    if span is None:
        return False
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    if any(t.tag_ in ("VBZ", "VBP", "MD") or t.dep_.startswith("aux") and t.lower_ in ("had", "'d") for t in verbs):
        return False
    return any(t.tag_ == "VBD" for t in verbs)


def _told_in_present(doc: Document, a: int, b: int) -> bool:
    """The clause at [a, b) is told in the report's present: its verb governing the rest is in the
    present tense ("the army still gives no toll", "residents are still trapped"), not a modal's
    ("will", "could") nor a past one."""
    if doc.parsed is None or b <= a:
        return False
    span = doc.parsed.char_span(a, b, alignment_mode="expand")
    if span is None:
        return False
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and not any(x.i in range(span.start, span.end)
                                                                    and x.pos_ in ("VERB", "AUX")
                                                                    for x in t.ancestors)]
    if not verbs:
        return False
    head = verbs[0]
    group = [head] + [k for k in head.children if k.dep_ in ("aux", "auxpass")]
    if any(k.tag_ in ("VBD", "MD") for k in group):
        return False
    return any(k.tag_ in ("VBZ", "VBP") for k in group)


def _present_perfect(doc: Document, a: int, b: int) -> bool:
    if doc.parsed is not None:
        span = doc.parsed.char_span(a, b, alignment_mode="expand")
        if span is not None:
            return any(t.tag_ == "VBN" and any(c.lower_ in ("has", "have", "'s", "'ve") and c.dep_.startswith("aux")
                                               for c in t.children) for t in span)
    return re.search(r"\b(?:has|have)\s+(?:been\s+)?\w+(?:ed|en|t)\b", doc.text[a:b]) is not None
