"""The time grammar: regular expressions over the text, built from the lexicon.

Each rule is a name and a pattern with named groups; `sitrep.timex.tagger` finds every
rule's matches, keeps the longest non-overlapping ones and normalises each by its rule's
handler. Extents follow TimeML: determiners ("the"), "last/this/next", modifiers
("early", "nearly", "more than") are inside; prepositions ("on", "in", "for") are not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.timex.lexicon import Lexicon, alternation


@dataclass(frozen=True)
class Rule:
    name: str
    rx: re.Pattern[str]
    triggers: tuple[str, ...] = ()   # trigger groups: the rule is tried only near their words


# What a rule needs somewhere in its match: the tagger scans each rule only in windows of
# text around these words, which keeps it to a few milliseconds an article.
RULE_TRIGGERS = {
    "weekof": ("month",), "mdy": ("month",), "ordday": ("digit",), "range": ("month", "digit"), "dmy": ("month",), "my": ("month",), "month": ("month",),
    "iso": ("digit",), "slash": ("digit",), "year": ("digit",), "decade": ("digit",), "q_abbr": ("digit",),
    "year_words": ("decw",), "decade_words": ("decw",), "century": ("unit",), "quarter": ("unit",), "twoq": ("unit",),
    "season": ("season",), "holiday": ("holiday",), "dayword": ("dayword",), "partday": ("part",),
    "partday2": ("part",), "relunit": ("unit",), "relunit_fz": ("unit",), "yearend": ("unit",),
    "weekday": ("weekday",), "ago": ("unit",), "ago_bare": ("unit",), "yearago": ("unit",),
    "period": ("unit",), "ref_present": ("refs",), "ref_past": ("refs",), "ref_future": ("refs",),
    "clock": ("digit", "noon"), "duration": ("unit",), "dur_bare": ("unit",), "dur_long": ("unit",),
    "dur_vague": ("unit",), "set_adv": ("setw",), "set_every": ("setw",), "set_a": ("unit",),
}
WINDOW_BEFORE, WINDOW_AFTER = 48, 40


def _key_word(phrase: str) -> str:
    return max(re.findall(r"\w+", phrase.lower()), key=len)


def build_triggers(L: Lexicon) -> dict[str, frozenset[str]]:
    """Trigger groups: lower-case words (\\w+ tokens) around which a rule is tried; any token
    with a digit is "digit"; month and weekday names count only capitalised."""
    units = set()
    for u in list(L.units) + ["weekend", "session", "period", "while", "time", "term", "half", "midyear",
                              "yearlong", "monthlong", "weeklong", "daylong", "hourlong", "centuries",
                              "millennia"]:
        units |= {u, u + "s"}
    return {
        "month": frozenset(L.months),
        "weekday": frozenset(L.weekdays),
        "unit": frozenset(units),
        "season": frozenset(L.seasons),
        "holiday": frozenset(_key_word(h) for h in L.holidays),
        "dayword": frozenset(["today", "yesterday", "tomorrow", "tonight"]),
        "part": frozenset(list(L.parts_of_day) + ["midafternoon", "midmorning", "afternoon", "morning"]),
        "refs": frozenset(_key_word(w) for w in list(L.present) + list(L.past) + list(L.future)),
        "setw": frozenset(["daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly",
                           "bimonthly", "twice", "once", "times", "every", "each", "per", "round", "around"]),
        "decw": frozenset(["nineteen", "thousand", "twenties", "thirties", "forties", "fifties", "sixties",
                           "seventies", "eighties", "nineties"]),
        "noon": frozenset(["noon", "midnight", "midday"]),
    }


def _cased(words) -> list[str]:
    """Proper-noun words: Title case and ALL CAPS."""
    out = []
    for w in words:
        out += [w[:1].upper() + w[1:], w.upper()]
    return out


def _names(names) -> str:
    """Proper names: the first letter a capital, the rest in any case, a space or hyphen
    between words matching any run of either ("Eid al-Fitr", "EID AL FITR", "Eid-al-Fitr")."""
    out = []
    for n in sorted(set(names), key=lambda n: (-len(n), n)):     # the same pattern in every run
        words = re.split(r"[\s-]+", n)
        rest = words[0][1:] and re.escape(words[0][1:])
        tail = "".join(r"[\s-]+" + re.escape(w) for w in words[1:])
        out.append(re.escape(n[0].upper()) + ("(?i:" + rest + tail + ")" if rest or tail else ""))
    return "(?:" + "|".join(out) + ")"


def name_key(name: str) -> str:
    """The lexicon's key for a name as written: lower case, one space between words."""
    return re.sub(r"[\s-]+", " ", name.strip().lower())


def _ci(words) -> str:
    return "(?i:" + alternation(words) + ")"


def build_rules(L: Lexicon) -> tuple[Rule, ...]:
    """The rules, compiled from the lexicon (the tagger builds them once)."""
    abbrevs = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    full_months = [m for m in L.months if m not in abbrevs]
    mon = ("(?P<mon>" + alternation(_cased(full_months)) + r"(?![\w-])|"
           + alternation(_cased(abbrevs)) + r"(?:\.|(?=\s+\d)))")
    mon2 = mon.replace("?P<mon>", "?:")
    full_wd = [w for w in L.weekdays if w.endswith("day")]
    short_wd = [w for w in L.weekdays if not w.endswith("day")]
    wd = "(?P<wd>" + alternation(_cased(full_wd)) + r"(?:'s)?(?![\w-])|" + alternation(_cased(short_wd)) + r"\.)"
    wd2 = wd.replace("?P<wd>", "?:")
    dayn = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"
    # a day of the month as a word ("March eighth", "the twenty-first of May")
    day_words = [w for w in L.ordinals if not w[0].isdigit()]
    dayw = "(?P<dayw>(?i:" + "|".join(r"[\s-]".join(re.escape(p) for p in w.split("-"))
                                    for w in sorted(day_words, key=len, reverse=True)) + r"))(?![\w-])"
    day = "(?:" + dayn + "|" + dayw + ")"
    year = r"(?P<year>(?:1[0-9]|20)\d\d)(?![\d%]|'?s\b|-\d)"
    year_b = year.replace("?P<year>", "?P<year2>")
    # a year read out ("nineteen ninety-seven", "two thousand and three", "twenty twenty")
    teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    tens_w = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones_w = "one|two|three|four|five|six|seven|eight|nine"
    two_digits = "(?:" + teens + "|(?:" + tens_w + r")(?:[-\s](?:" + ones_w + "))?)"
    spoken_year = (r"(?P<yearw>(?i:nineteen[-\s](?:hundred|oh[-\s](?:" + ones_w + ")|" + two_digits + ")|"
                   r"two[-\s]thousand(?:[-\s]and)?(?:[-\s](?:" + teens + "|" + ones_w + r"|twenty(?:[-\s](?:"
                   + ones_w + "))?))?|twenty[-\\s](?:" + teens + r"|twenty(?:[-\s](?:" + ones_w + r"))?)))(?![\w-])")
    year_any = "(?:" + year + "|" + spoken_year + ")"
    units_sg = list(L.units)
    unit_alt = ("(?P<unit>(?i:centuries|millennia|" + alternation(units_sg) + r")s?)(?![\w])")
    simple_words = [w for w in L.numbers if " " not in w]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    word_num = ("(?i:(?:" + "|".join(tens) + r")[-\s](?:" + "|".join(ones) + r")|"
                + "(?:" + "|".join(ones) + r")[-\s](?:hundred|thousand)|"
                + alternation([w for w in L.numbers if " " in w] + simple_words) + r")(?!\w)")
    half = r"(?:\s+(?:and\s+)?(?:a\s+half|1/2|one[-\s]half)|½)?"
    num = (r"(?P<num>(?:\d+(?:\.\d+)?|" + word_num + r")" + half
           + r"(?:\s+(?:or|to|and)\s+(?:\d+|" + word_num + r"))?|" + _ci(L.vague) + ")")
    ordw = _ci([w for w in L.ordinals if not w[0].isdigit()])
    qmod = _ci(["more than", "less than", "fewer than", "at least", "at most", "nearly", "almost", "about",
                "around", "roughly", "approximately", "some", "under", "up to", "no more than",
                "no less than", "not more than", "just over", "just under",
                "well over", "close to", "upwards of", "as long as", "as many as", "as much as", "little more than",
                "more than a", "the better part of", "at least another"]) + r"|(?i:over(?!\s+the\b))"
    fuzzy = _ci(["early", "late", "mid", "the end of", "the beginning of", "the start of", "the middle of",
                 "end of", "beginning of", "start of", "middle of", "the close of", "the turn of",
                 "the first days of", "the last days of", "the first weeks of", "the last weeks of",
                 "earlier", "later", "the early part of", "the latter part of", "the latter half of",
                 "the first half of", "the second half of", "the remainder of", "the rest of",
                 "the first week of", "the second week of", "the third week of", "the fourth week of",
                 "the last week of", "the final week of"])
    rel = _ci(["last", "this", "next", "this past", "this coming", "the past", "the coming", "the previous",
               "the following", "the last", "the next", "past", "previous", "coming", "following", "that",
               "the same", "the current", "current", "the latest", "latest", "the preceding", "the prior",
               "the", "the very same", "that same", "the full", "the entire", "the whole", "the fiscal", "fiscal", "this fiscal",
               "last fiscal", "next fiscal", "the current fiscal", "the calendar", "the first full",
               "the final"])
    season = "(?P<season>" + _ci(list(L.seasons)) + r")(?![\w-])"
    part = "(?P<part>" + _ci(list(L.parts_of_day)) + r")(?![\w-])"
    ref_words = {"present": L.present, "past": L.past, "future": L.future}
    hol = "(?P<hol>" + _names(L.holidays) + r")(?![\w])"
    ampm = r"(?P<ap>(?i:a\.\s?m\.|p\.\s?m\.|a\.m|p\.m|am|pm)(?![\w]))"
    tz = r"(?:\s*(?P<lp>\()?(?P<tz>GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|local\s+time|Zulu)(?(lp)\)))"
    dayword = "(?P<dw>" + _ci(["today", "yesterday", "tomorrow", "tonight"]) + r")(?![\w])"
    clock = (r"(?P<h>[0-2]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*" + ampm
             + "|" + r"(?P<h2>[0-2]?\d):(?P<mi2>[0-5]\d)(?!\d)" + "|" + r"(?P<hm>[0-2]\d[0-5]\d)(?=\s*(?:GMT|UTC|hours|hrs|local))"
             + "|" + r"(?P<noon>(?i:noon|midnight|midday))(?![\w])"
             + "|" + r"(?P<h3>[0-2]?\d)(?:\s+o'clock)?\s+in\s+the\s+(?P<pm>(?i:morning|afternoon|evening|night))(?![\w])")
    # the day a clock time is told on, with its year when said ("midnight on Tuesday, September 13, 2022")
    said_year = r"(?:,?\s+(?P<cy>(?:1[89]|20)\d\d)(?![\d%]|'?s\b|-\d))?"
    tail_day = (r"(?:,?\s+(?:on\s+)?(?:" + wd2 + r"(?:,?\s+" + mon2 + r"\s+[0-3]?\d(?!\d)" + said_year + r")?|" + mon2
                + r"\s+[0-3]?\d(?!\d)" + said_year.replace("cy>", "cy2>") + r"|[0-3]?\d\s+" + mon2
                + said_year.replace("cy>", "cy3>") + r"|(?i:today|yesterday|tomorrow|tonight)(?![\w])))?")

    R = []

    def add(name: str, pattern: str) -> None:
        R.append(Rule(name, re.compile(r"(?<![\w$#£€-])" + pattern), RULE_TRIGGERS[name]))

    # absolute dates
    add("weekof", r"(?P<wk>(?i:the\s+)?(?i:week|weekend)\s+of\s+)(?:(?P<mon>" + mon2 + r")\s+" + dayn + r"|"
        + dayn.replace("?P<day>", "?P<day_b>") + r"\s+(?P<mon_b>" + mon2 + r"))(?:,?\s+" + year + r")?")
    # the year of a day and month is said in figures or words, or counted from the report's
    # ("27 October last year", "on March 3 this year")
    day_year = r"(?:,?\s+" + year_any + r"|\s+(?:of\s+)?(?P<ty>(?i:this|last|next|that|the\s+same))\s+(?i:year)(?![\w-]))?"
    add("mdy", r"(?:" + wd + r",?\s+(?:the\s+)?)?" + r"(?:(?P<fz>" + fuzzy + r")\s+)?" + mon + r"\s+(?:the\s+)?" + day
        + day_year)
    # after its day a month's abbreviation needs no full stop ("- 8 Oct: Hamas fighters stormed ...",
    # "on 14 Mar rockets hit"): the day before it says it is a month
    mon_after_day = ("(?P<mon>" + alternation(_cased(full_months)) + r"(?![\w-])|"
                     + alternation(_cased(abbrevs)) + r"(?:\.|(?![\w-])))")
    add("dmy", r"(?:" + wd + r",?\s+)?(?:the\s+)?" + day + r"(?:\s+of)?\s+" + mon_after_day + day_year)
    # a day of the month told by its ordinal alone ("On the 17th and 18th, pagers exploded", "by the
    # 21st", "between the 5th and the 9th"): its month is the story's (the tagger reads it); one
    # that names a thing ("the 5th Brigade", "the 17th and 18th centuries") is no day
    add("ordday", r"(?i:the)\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?:(?P<conn>\s*(?:-|–|—)\s*|\s+(?i:to|through|"
        r"thru|until|till|and|or)\s+)(?:(?i:the)\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th))?(?![\w-])")
    add("my", r"(?:(?P<fz>" + fuzzy + r")[\s-]+)?" + mon + r"(?:,|\s+of)?\s+" + year_any)
    # ranges: "March 1-5", "April 24 and 25", "1-5 March 2020", "2014-2016": TimeML marks each
    # end on its own ("March 1" and "5"); the ends share what one of them says (month, year)
    conn = r"\s*(?:-|–|—)\s*|\s+(?i:to|through|thru|until|till|and)\s+"
    day2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:/%]|[.,]\d)"
    add("range", r"(?:" + mon + r"\s+" + dayn + r"(?:,?\s+" + year + r")?(?P<conn>" + conn + r")" + day2
        + r"|" + dayn.replace("?P<day>", "?P<dfirst>") + r"(?P<conn2>" + conn + r")"
        + day2.replace("?P<day2>", "?P<dlast>") + r"\s+(?P<mon3>" + mon2 + r"))(?:,?\s+" + year_b + r")?"
        + r"|(?P<y1>(?:1[89]|20)\d\d)(?P<conn3>\s*(?:-|–)\s*)(?P<y2>(?:1[89]|20)\d\d)(?![\d%-])")
    add("iso", r"(?P<year>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])(?:T(?P<hh>\d\d):(?P<mm>\d\d))?")
    add("slash", r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\d/])")
    add("month", r"(?:(?P<rel>" + _ci(["last", "this", "next", "this past", "this coming", "early", "late",
                                           "mid", "the end of", "the beginning of", "the start of", "the middle of",
                                           "end of", "beginning of", "start of", "middle of", "the end of last",
                                           "the end of this", "the end of next", "earlier", "later", "the first half of",
                                           "the second half of", "the first week of", "the second week of",
                                           "the third week of", "the fourth week of", "the last week of",
                                           "the final week of", "the last days of", "the first days of",
                                           "early last", "late last", "early next", "late next", "mid-", "until"])
        + r")[\s-]+)?" + mon + r"(?:\s+(?:of\s+)?(?P<ty>this|last|next|that|the\s+same)\s+year)?")
    add("year", r"(?:(?P<fz>" + fuzzy + r")[\s-]+)?(?:(?i:post|pre)-)?(?:(?P<pre>(?i:fiscal(?:\s+year)?|the\s+(?:fiscal\s+)?year|calendar|"
        r"calendar\s+year|the\s+calendar\s+year|year))\s+)?" + year + r"(?:\s+(?P<post>(?i:and\s+beyond|or\s+later|or\s+earlier)))?")
    add("year_words", r"(?i:the\s+year\s+)?(?P<yw>(?i:two\s+thousand(?:\s+and\s+\w+)?|nineteen[-\s]\w+(?:[-\s]\w+)?))"
        r"(?=[\s,.;:)]|$)")
    add("decade", r"(?:(?P<the>(?i:the))\s+)?(?:(?P<fz>" + _ci(["early", "mid", "late", "end of the", "turn of the"])
        + r")[\s-]*)?(?P<dec>(?:1\d|20)\d0|'\d0|\d0)(?:'s|s)(?![\w])")
    add("decade_words", r"(?:(?P<the>(?i:the))\s+)?(?:(?P<fz>" + _ci(["early", "mid", "late"]) + r")[\s-]*)?"
        r"(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])")
    add("century", r"(?:(?P<the>(?i:the|this|last|next|the\s+last|the\s+next|the\s+past))\s+)?(?:(?P<fz>"
        + _ci(["early", "mid", "late", "turn of the"]) + r")[\s-]*)?(?:(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + ordw
        + r")[\s-]+)?(?P<cent>(?i:century))(?![\w-])")
    # quarters and halves
    # "the first two quarters of 1990": the year's first half (TimeML's H1)
    add("twoq", r"(?:(?i:the)\s+)?(?P<which>(?i:first|last|final|second|latter))\s+(?i:two\s+quarters)\s+(?i:of)\s+" + year)
    add("quarter", r"(?:(?P<the>(?i:the|this|that|last|next|its|their|a))\s+)?(?:(?P<qy>" + year.replace("?P<year>", "?:")
        + r"|(?i:this\s+year's|last\s+year's|next\s+year's|the\s+year's))\s+)?(?:(?P<fis>(?i:fiscal|calendar))\s+)?"
        r"(?:(?P<yago>(?i:year-ago|year-earlier|year-before|prior-year))\s+(?=(?i:first|second|third|fourth)))?"
        r"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last|current|latest|previous|past|recent|"
        r"year-ago|year-earlier|same|just-ended|just-completed|most\s+recent|comparable|preceding|prior|"
        r"year-before|next|coming|following))?"
        r"(?:-|\s+)?(?P<qh>(?i:quarter|half))(?![\w-])(?:\s+(?P<of>(?i:of|in|ended|ending))\s+(?P<qy2>"
        + year_b + r"|(?i:this\s+year|last\s+year|next\s+year|the\s+year|(?:fiscal\s+)" + year_b.replace("?P<year2>", "?:") + ")))?")
    add("q_abbr", r"(?P<qn>Q[1-4]|H[12])(?:\s+(?:of\s+)?" + year + r")?(?![\w])")
    add("season", r"(?:(?P<rel>" + _ci(["last", "this", "next", "this past", "this coming", "early", "late",
                                            "the", "the end of the", "the end of", "mid", "mid-", "the past",
                                            "the coming", "early this", "late this", "early next", "late last",
                                            "later this", "earlier this", "the following", "the previous"])
        + r")[\s-]+)?" + season + r"(?:\s+(?:of\s+)?" + year_any + r")?")
    # "over Christmas and New Year": the holidays from Christmas Eve to New Year's Day, one stretch
    add("holiday", r"(?:(?P<rel>(?i:last|this|next|this\s+past))\s+)?" + hol
        + r"(?P<hand>\s+and\s+(?:the\s+)?New\s+Year(?:'s|’s)?(?:\s+(?:Day|holidays?))?(?![\w-]))?"
        + r"(?P<hweek>\s+(?i:week)(?![\w-]))?"
        + r"(?:,?\s+" + year + r")?")
    # relative to the telling
    add("dayword", r"(?:(?P<fz>" + _ci(["early", "late", "earlier", "later", "mid-afternoon", "mid-morning",
                                            "midafternoon", "midmorning"]) + r")\s+)?" + dayword
        + r"(?:(?:'s)|\s+" + part + r")?")
    add("partday", r"(?P<rel>(?i:this|last|yesterday|tomorrow|early\s+this|late\s+this|later\s+this|earlier\s+this|the|"
        r"the\s+next|the\s+following|the\s+previous|that))\s+"
        + part)
    add("partday2", r"(?P<p2>(?i:mid[-\s]?afternoon|mid[-\s]?morning|overnight))(?![\w-])(?:\s+(?P<dw2>(?i:yesterday|today))(?![\w]))?")
    add("relunit", r"(?:(?P<fz>" + fuzzy + r"|(?i:sometime))\s+)?(?P<rel>" + rel + r")\s+(?P<u>(?i:week(?:end)?|month|year|"
        r"day|decade|century|fiscal\s+year|calendar\s+year|(?:trading\s+|business\s+)?session))(?![\w-])"
        r"(?:\s+(?P<wk>(?i:before\s+last|after\s+next|or\s+so)))?")
    add("relunit_fz", r"(?P<fz>" + _ci(["early", "late", "earlier", "later", "mid", "mid-", "at the end of",
                                          "by the end of"]) + r")[\s-]+(?P<rel>(?i:this|last|next))\s+"
        r"(?P<u>(?i:week|month|year|decade|quarter))(?![\w-])")
    add("yearend", r"(?P<ye>(?i:year-end|year\s+end|year's\s+end|the\s+year-end|month-end|the\s+month-end|midyear|mid-year|"
        r"the\s+turn\s+of\s+the\s+year|the\s+turn\s+of\s+the\s+century|the\s+end\s+of\s+the\s+day))(?![\w-])")
    add("weekday", r"(?:(?P<rel>" + _ci(["last", "this", "next", "this past", "this coming", "early", "late",
                                             "the following", "the previous", "the next", "late on", "early on",
                                             "the day before last", "the day before", "the day after", "a week from"]) + r")\s+)?" + wd
        + r"(?:\s+" + part + r")?(?:\s+of\s+(?P<ofweek>(?i:last|this|next))\s+(?i:week))?"
        r"(?!,?\s+(?:the\s+)?(?:" + mon2 + r"|[0-3]?\d\s))")
    add("ago", r"(?:(?P<q>" + qmod + r")\s+)?" + num + r"[\s-]+" + unit_alt + r"(?P<uhalf>\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?P<ago>(?i:ago|back|"
        r"earlier|later|before|after|from\s+now|hence|previously|prior|afterwards|afterward))(?![\w])")
    add("ago_bare", r"(?P<unit>(?i:years|months|weeks|days|decades|hours|minutes))\s+(?P<ago>(?i:ago|earlier|later|after|before))(?![\w])")
    add("yearago", r"(?:(?P<the>(?i:the|a|its|their))\s+)?(?P<ya>(?i:year-ago|year-earlier|year-before|"
        r"prior-year|previous-year))(?:\s+(?P<what>(?i:quarter|period|nine\s+months|six\s+months|first\s+half|"
        r"second\s+half|month|year|results|level|figure)))?")
    add("period", r"(?P<the>(?i:the))\s+(?:(?P<py>" + year.replace("?P<year>", "?:") + r")\s+)?(?P<what>(?i:period|"
        r"year-ago\s+period|comparable\s+period|same\s+period|latest\s+period|year-earlier\s+period))(?![\w])")
    # refs
    for kind, words in ref_words.items():
        add("ref_" + kind, r"(?P<refw>" + _ci(words) + r")(?![\w'-])")
    # clock times
    add("clock", r"(?:(?P<fz>(?i:about|around|approximately|roughly|shortly\s+after|shortly\s+before|just\s+after|"
        r"just\s+before))\s+)?(?:" + clock + r")" + tz + r"?" + tail_day)
    # durations
    add("duration", r"(?:(?P<q>" + qmod + r")\s+)?(?:(?P<det>(?i:the|a|an|each\s+of\s+the|all|another|its|their|"
        r"his|her|the\s+first|the\s+last|the\s+past|the\s+next|the\s+coming|the\s+previous|the\s+following|"
        r"the\s+final|the\s+latest|the\s+remaining|the\s+initial|the\s+preceding|first|last|past|next|"
        r"coming|previous|recent|final|latest|this|these|those|the\s+same|the\s+other|an\s+additional|"
        r"another|the\s+early|the\s+late|the\s+first\s+full|the\s+full))\s+)?"
        + num + r"(?:[\s-]+(?P<adj>(?i:more|additional|full|straight|consecutive|trading|business|working|"
        r"calendar|long|extra|other)))?[\s-]+" + unit_alt + r"(?P<uhalf>\s+and\s+a\s+half)?(?P<old>-old|-long)?")
    add("dur_bare", r"(?:(?P<det>(?i:recent|the\s+past\s+few|the\s+past|the\s+last\s+few|the\s+next\s+few|"
        r"the\s+coming|the\s+next|the\s+last|coming|the\s+first|the\s+early|the\s+years|the\s+early|"
        r"past|the\s+intervening|the\s+ensuing|the\s+following|the))\s+)?"
        r"(?P<unit>(?i:years|months|weeks|days|decades|centuries|hours|minutes|quarters|millennia))"
        r"(?P<ahead>\s+(?i:ahead|to\s+come))?(?![\w-])")
    add("dur_long", r"(?P<dl>(?i:decades-long|years-long|months-long|weeks-long|days-long|year-long|month-long|"
        r"week-long|day-long|hour-long|yearlong|monthlong|weeklong|daylong|hourlong))(?![\w-])")
    add("dur_vague", r"(?P<dv>(?i:a\s+while|some\s+time|a\s+long\s+time|a\s+short\s+time|a\s+lengthy\s+period|"
        r"a\s+fairly\s+lengthy\s+period|a\s+long\s+period|the\s+long\s+term|the\s+short\s+term|the\s+long\s+run|"
        r"the\s+short\s+run|the\s+near\s+term|the\s+medium\s+term|long-term|short-term|near-term|medium-term))"
        r"(?![\w-])")
    # sets
    add("set_adv", r"(?P<sa>(?i:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly|"
        r"twice\s+(?:a|per)\s+(?:day|week|month|year)|once\s+(?:a|per)\s+(?:day|week|month|year)|"
        r"(?:\w+)\s+times\s+(?:a|per)\s+(?:day|week|month|year)|year-round|around\s+the\s+clock|"
        r"round\s+the\s+clock|day\s+and\s+night))(?![\w-])")
    add("set_every", r"(?P<ev>(?i:every|each|per))\s+(?:(?P<oth>(?i:other|single|following|subsequent))\s+)?(?:"
        + num.replace("?P<num>", "?P<snum>") + r"\s+)?(?:(?P<su>(?i:centuries|" + alternation(units_sg)
        + r")s?)(?![\w])|" + wd + r"|" + mon + r"|" + season + r"|" + part + r"|(?P<we>(?i:weekend)))"
        + r"(?:\s+(?:" + part.replace("?P<part>", "?:") + r"))?")
    add("set_a", r"(?<=\d|\s)(?P<sa2>(?i:a|an|per))\s+(?P<su>(?i:day|week|month|year|quarter|hour|minute|night))"
        r"(?![\w-])")
    return tuple(R)
