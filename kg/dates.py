"""Resolve a date expression from news text against the publication date (standard library only).

The result keeps the precision the text gives: a day (xsd:date), a month (xsd:gYearMonth) or a
year (xsd:gYear). Vague spans ("recent weeks", "every single day") and any expression when the
publication date is unknown resolve to None: kg never invents a date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_PATTERNS = [
    re.compile(rf"^{_YEAR}-(?P<m2>\d{{2}})-(?P<d2>\d{{2}})$"),
    re.compile(rf"^{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?$"),
    re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?$"),
    re.compile(rf"^{_MONTH}(?:,?\s+{_YEAR})?$"),
    re.compile(rf"^{_YEAR}$"),
]
# Words that only locate within the expression ("the start of May" is still May).
_HEDGES = re.compile(
    r"^(?:(?:on|in|at|by|since|from|during|until|the|early|late|mid|mid-|earlier|later|"
    r"start|end|beginning|middle|of|this|past|last|next)\s+|mid-)+",
    re.IGNORECASE,
)


def _past_year(pub: date, month: int, day: int = 1, prefer_past: bool = True) -> int:
    """The year that makes month/day nearest the publication date, on or before it if prefer_past."""
    year = pub.year
    if prefer_past and (month, day) > (pub.month, pub.day):
        # "in August" in a June report of what happened means last August; planned events pass
        # prefer_past=False ("will leave by August 31").
        year -= 1
    return year


def resolve(expr: str, published: date | None, prefer_past: bool = True) -> tuple[str, str] | None:
    """Return (ISO lexical value, precision) for expr, or None when it cannot be fixed."""
    text = " ".join(expr.strip().lower().replace("’", "'").split())
    if not text:
        return None
    if published is not None:
        rel = _relative(text, published)
        if rel is not None:
            return rel
    stripped = _HEDGES.sub("", text).strip(" ,.")
    for pattern in _PATTERNS:
        m = pattern.match(stripped)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("m2"):
            return _iso_day(int(groups["year"]), int(groups["m2"]), int(groups["d2"]))
        year = int(groups["year"]) if groups.get("year") else None
        month = MONTHS[groups["month"]] if groups.get("month") else None
        day = int(groups["day"]) if groups.get("day") else None
        if year is None:
            if published is None or month is None:
                return None
            year = _past_year(published, month, day or 0, prefer_past)
        if month is None:
            return (f"{year:04d}", "year")
        if day is None:
            return (f"{year:04d}-{month:02d}", "month")
        return _iso_day(year, month, day)
    return None


def _iso_day(year: int, month: int, day: int) -> tuple[str, str] | None:
    try:
        return (date(year, month, day).isoformat(), "day")
    except ValueError:
        return None


def _relative(text: str, pub: date) -> tuple[str, str] | None:
    text = re.sub(r"^(?:on|in|at)\s+", "", text)
    text = re.sub(r"^(?:early|late)\s+(?:on\s+)?(?=\w)", "", text)  # "early Saturday", "late last month": that day, that month
    if text in ("today", "this morning", "this afternoon", "this evening", "tonight"):
        return (pub.isoformat(), "day")
    if text in ("yesterday", "last night"):
        return ((pub - timedelta(days=1)).isoformat(), "day")
    text = re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", text)  # "Monday night" is Monday
    ago = re.fullmatch(r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (day|week|month|year)s? ago", text)
    if ago:
        n = _number(ago.group(1))
        if ago.group(2) == "day":
            return ((pub - timedelta(days=n)).isoformat(), "day")
        if ago.group(2) == "week":
            monday = pub - timedelta(days=pub.weekday(), weeks=n)
            return _holding(monday, monday + timedelta(days=6))
        if ago.group(2) == "month":
            months = pub.year * 12 + pub.month - 1 - n
            return (f"{months // 12:04d}-{months % 12 + 1:02d}", "month")
        return (f"{pub.year - n:04d}", "year")
    feast = re.fullmatch(r"(?:last |this |on )?(christmas eve|christmas day|new year's eve|new year's day)(?:'s)?",
                         text)
    if feast:  # a feast's day of the year, the latest on or before publication: "on Christmas Eve"
        month, day = _FEASTS[feast.group(1)]
        return (date(_past_year(pub, month, day), month, day).isoformat(), "day")
    m = re.fullmatch(r"(last |this |on |past )?(\w+?)(?:'s)?", text)
    if m and m.group(2) in WEEKDAYS:
        # The most recent such weekday on or before publication: news reports the past. "Last
        # Tuesday" in a Tuesday paper is a week back, not the day of publication.
        back = (pub.weekday() - WEEKDAYS[m.group(2)]) % 7
        if back == 0 and m.group(1) in ("last ", "past "):
            back = 7
        return ((pub - timedelta(days=back)).isoformat(), "day")
    week = _week_span(text, pub)
    if week is not None:
        return _holding(*week)
    if re.fullmatch(r"(?:earlier |later )?this month", text):
        return (f"{pub.year:04d}-{pub.month:02d}", "month")
    if text in ("last month", "the last month", "the past month"):
        first = pub.replace(day=1) - timedelta(days=1)
        return (f"{first.year:04d}-{first.month:02d}", "month")
    if re.fullmatch(r"(?:earlier |later )?this year", text):
        return (f"{pub.year:04d}", "year")
    if text == "last year":
        return (f"{pub.year - 1:04d}", "year")
    if text == "next month":
        months = pub.year * 12 + pub.month
        return (f"{months // 12:04d}-{months % 12 + 1:02d}", "month")
    if text == "next year":
        return (f"{pub.year + 1:04d}", "year")
    return None


# Feasts on a fixed day of the year (month, day).
_FEASTS = {"christmas eve": (12, 24), "christmas day": (12, 25), "new year's eve": (12, 31), "new year's day": (1, 1)}


def _number(word: str) -> int:
    return NUMBER_WORDS[word] if word in NUMBER_WORDS else int(word)


def _week_span(text: str, pub: date) -> tuple[date, date] | None:
    """The days a week or weekend expression covers. Calendar weeks run Monday to Sunday: "last week"
    in a paper of Wednesday 15 May 2024 is 6-12 May; "earlier this week" runs to the publication day, and
    "the past week" is the seven days to it. "The weekend" is the last one on or before publication (a
    Monday paper's Saturday and Sunday); "this weekend" in a weekday paper may be still to come: undated."""
    monday = pub - timedelta(days=pub.weekday())
    if text == "earlier this week":
        return monday, pub
    if text in ("this week", "later this week"):  # may be still to come: the whole week
        return monday, monday + timedelta(days=6)
    if text in ("last week", "the previous week"):
        return monday - timedelta(weeks=1), monday - timedelta(days=1)
    if text in ("the past week", "past week", "the last week"):
        return pub - timedelta(days=6), pub
    saturday = monday + timedelta(days=5)
    if saturday > pub:  # the weekend before this one
        saturday -= timedelta(weeks=1)
    if text == "last weekend" and pub.weekday() >= 5:  # a Sunday paper's "last weekend" is a week back
        saturday -= timedelta(weeks=1)
    if re.fullmatch(r"(?:over |during |at )?the weekend|last weekend|this past weekend", text) \
            or (text == "this weekend" and pub.weekday() >= 5):
        return saturday, min(pub, saturday + timedelta(days=1))
    return None


def _holding(start: date, end: date) -> tuple[str, str] | None:
    """The finest precision kg can store that holds every day from start to end: a day, a month, a year."""
    if start == end:
        return (start.isoformat(), "day")
    if (start.year, start.month) == (end.year, end.month):
        return (f"{start.year:04d}-{start.month:02d}", "month")
    return (f"{start.year:04d}", "year") if start.year == end.year else None
