"""Calendar arithmetic on TIMEX3 values: spans of days, shifts, ISO weeks, seasons."""
from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def last_day(y: int, m: int) -> int:
    return _cal.monthrange(y, m)[1]


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, last_day(y, m)))


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def week_monday(y: int, w: int) -> date:
    return date.fromisocalendar(y, w, 1)


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def season_of(d: date) -> tuple[int, str]:
    """The season a day falls in; winter belongs to the year it starts in (December)."""
    m = d.month
    if m == 12:
        return d.year, "WI"
    if m <= 2:
        return d.year - 1, "WI"
    return d.year, ("SP", "SU", "FA")[(m - 3) // 3]


def span(value: str) -> tuple[date, date] | None:
    """The inclusive span of days a TIMEX3 date value names, or None."""
    if not value or not value[0].isdigit():
        return None
    if m := _DAY.match(value):
        d = safe_date(int(m[1]), int(m[2]), int(m[3]))
        return (d, d) if d else None
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            return None
        return date(y, mo, 1), date(y, mo, last_day(y, mo))
    if m := _YEAR.match(value):
        y = int(m[1])
        return (date(y, 1, 1), date(y, 12, 31)) if y >= 1 else None
    if m := _WEEK.match(value):
        try:
            mon = week_monday(int(m[1]), int(m[2]))
        except ValueError:
            return None
        return (mon + timedelta(days=5), mon + timedelta(days=6)) if m[3] else (mon, mon + timedelta(days=6))
    if m := _QUARTER.match(value):
        y, q = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1), date(y, 3 * q, last_day(y, 3 * q))
    if m := _HALF.match(value):
        y, h = int(m[1]), int(m[2])
        return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    if m := _SEASON.match(value):
        y, s = int(m[1]), m[2]
        a, b = SEASON_MONTHS[s]
        if s == "WI":
            return date(y, 12, 1), date(y + 1, 2, last_day(y + 1, 2))
        return date(y, a, 1), date(y, b, last_day(y, b))
    if m := _DECADE.match(value):
        y = int(m[1]) * 10
        return (date(y, 1, 1), date(y + 9, 12, 31)) if y >= 1 else None
    if m := _CENTURY.match(value):
        y = int(m[1]) * 100
        return (date(max(y, 1), 1, 1), date(y + 99, 12, 31))
    return None


def granularity(value: str) -> str | None:
    """day, week, month, quarter, half, season, year, decade, century, or None."""
    if not value or not value[0].isdigit():
        return None
    if _DAY.match(value):
        return "day"
    for name, rx in (("month", _MONTH), ("year", _YEAR), ("week", _WEEK), ("quarter", _QUARTER),
                     ("half", _HALF), ("season", _SEASON), ("decade", _DECADE), ("century", _CENTURY)):
        if rx.match(value):
            return name
    return None


def shift(value: str, n: int, unit: str) -> str | None:
    """The value moved by n units (D, W, M, Q, Y, DE, CE), keeping its granularity, or the
    unit's granularity where the value is finer than the unit (a year before a day is a day)."""
    g = granularity(value)
    if g is None:
        return None
    if g == "day":
        d = date.fromisoformat(value[:10])
        if unit == "D":
            return (d + timedelta(days=n)).isoformat()
        if unit == "W":
            return (d + timedelta(weeks=n)).isoformat()
        months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
        return add_months(d, n * months).isoformat() if months else None
    if g == "week":
        m = _WEEK.match(value)
        mon = week_monday(int(m[1]), int(m[2]))
        days = {"D": 1, "W": 7}.get(unit)
        if days:
            return iso_week(mon + timedelta(days=n * days)) + (m[3] or "")
        months = {"M": 1, "Q": 3, "Y": 12}.get(unit)
        return iso_week(add_months(mon, n * months)) + (m[3] or "") if months else None
    if g == "month":
        y, mo = int(value[:4]), int(value[5:7])
        months = {"M": 1, "Q": 3, "Y": 12, "DE": 120}.get(unit)
        if months:
            d = add_months(date(y, mo, 1), n * months)
            return f"{d.year:04d}-{d.month:02d}"
        if unit in ("D", "W"):
            d = date(y, mo, 15) + timedelta(days=n * (7 if unit == "W" else 1))
            return f"{d.year:04d}-{d.month:02d}"
        return None
    if g == "quarter":
        y, q = int(value[:4]), int(value[6])
        qs = {"Q": 1, "Y": 4, "M": None}.get(unit)
        if unit == "M" and n % 3 == 0:
            qs, n = 1, n // 3
        if not qs:
            return None
        k = y * 4 + (q - 1) + n * qs
        return f"{k // 4:04d}-Q{k % 4 + 1}"
    if g == "half":
        y, h = int(value[:4]), int(value[6])
        if unit == "Y":
            return f"{y + n:04d}-H{h}"
        return None
    if g == "season":
        y, s = int(value[:4]), value[5:]
        if unit == "Y":
            return f"{y + n:04d}-{s}"
        return None
    if g == "year":
        y = int(value)
        years = {"Y": 1, "DE": 10, "CE": 100}.get(unit)
        return f"{y + n * years:04d}" if years else None
    if g == "decade":
        if unit == "DE":
            return f"{int(value) + n:03d}"
        return None
    if g == "century":
        if unit == "CE":
            return f"{int(value) + n:02d}"
        return None
    return None


def weekday_relative(ref: date, weekday: int, direction: int, count_itself: bool = True) -> date:
    """The weekday (1=Monday) nearest ref in the direction (-1 before, +1 after, 0 same ISO week)."""
    if direction == 0:
        return ref + timedelta(days=weekday - ref.isoweekday())
    diff = (weekday - ref.isoweekday()) % 7
    if direction > 0:
        if diff == 0 and not count_itself:
            diff = 7
        return ref + timedelta(days=diff)
    back = (ref.isoweekday() - weekday) % 7
    if back == 0 and not count_itself:
        back = 7
    return ref - timedelta(days=back)


def nth_weekday(year: int, month: int, n: int, weekday: int) -> date:
    """The n-th (1-based; -1 = last) weekday (1=Monday) of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, last_day(year, month))
    return last - timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-n - 1))


# -- movable feasts and the Islamic calendar ---------------------------------------------
def easter(year: int) -> date:
    """Western (Gregorian) Easter Sunday: the anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday: the Julian computus, as a Gregorian date."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian = date(year, month, day + 1)          # read as if Gregorian, then shifted
    return julian + timedelta(days=year // 100 - year // 400 - 2)


_ISLAMIC_EPOCH = 227015   # 16 July 622 (Julian) as a proleptic Gregorian ordinal (date.toordinal)


def hijri_to_date(year: int, month: int, day: int) -> date:
    """A day of the tabular Islamic calendar (the arithmetic one; the observed calendar, set
    by the moon's sighting, may differ by a day or two)."""
    return date.fromordinal(day + 29 * (month - 1) + (6 * month - 1) // 11 + (year - 1) * 354
                            + (3 + 11 * year) // 30 + _ISLAMIC_EPOCH - 1)


def hijri_month_span(year: int, month: int) -> tuple[date, date]:
    start = hijri_to_date(year, month, 1)
    nxt = hijri_to_date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - timedelta(days=1)


def hijri_years_in(gregorian_year: int) -> range:
    """The Islamic years that overlap a Gregorian year."""
    first = (gregorian_year - 622) * 33 // 32
    return range(first - 1, first + 3)
