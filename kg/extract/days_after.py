"""Days told by the day before: "The same day, gunmen killed 15 people ..." happened on the day of the
event told last; "The next day, ..." on the day after it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kg.model import DateValue, Event, Span
from kg.vocab import STATEMENTS

# A sentence that opens on a day counted from the last one told; the group says how many days on.
_CUE = re.compile(r"(?:(?:on|later|earlier|later on)\s+)?(?:(?P<same>the\s+same\s+day|that\s+(?:same\s+)?day)"
                  r"|(?P<next>the\s+(?:next|following)\s+day|a\s+day\s+later))\b", re.IGNORECASE)


def days_after(events: list[Event]) -> list[Event]:
    """Date the undated events of a sentence that opens on "the same day" or "the next day" from the
    last day-dated event before it. (A statement's day is when it was said, and gives none.)"""
    out = list(events)
    for k, event in enumerate(out):
        if event.date is not None or event.cls in STATEMENTS:
            continue
        text = event.sentence.text
        opening = len(text) - len(text.lstrip())
        cue = _CUE.match(text, opening)
        if cue is None or event.trigger.begin < event.sentence.begin + cue.end():
            continue
        before = next((e.date for e in reversed(out[:k]) if e.cls not in STATEMENTS and e.date is not None
                       and e.date.precision == "day" and e.trigger.end <= event.sentence.begin), None)
        if before is None:
            continue
        day = date.fromisoformat(before.value) + timedelta(days=0 if cue.group("same") else 1)
        begin = event.sentence.begin + cue.start()
        out[k] = replace(event, date=DateValue(day.isoformat(), "day", Span(begin, begin + len(cue.group(0)),
                                                                              cue.group(0))))
    return out
