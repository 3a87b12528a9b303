"""Days told by the day before: "The same day, gunmen killed 15 people ..." happened on the day of the
event told last; "The next day, ..." on the day after it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kg.model import DateValue, Event, Span
from kg.vocab import STATEMENTS

# A sentence that opens on a day counted from the last one told; the group says how many days on.
_CUE = re.compile(r"(?:(?:later on|later|earlier|on)\s+)?(?:(?P<same>the\s+same\s+day|that\s+(?:same\s+)?day|in\s+the\s+day)"
                  r"|(?P<next>the\s+(?:next|following)\s+day|a\s+day\s+later))\b", re.IGNORECASE)


def days_after(events: list[Event]) -> list[Event]:
    """Date the undated events of a sentence that opens on "the same day" or "the next day" from the
    last day-dated event before it: what the sentence's main clause tells ("The same day, gunmen killed 15
    people ..., the diocese said" dates the killing; "Later that day, the group said it had fired rockets" the
    saying)."""
    out = list(events)
    for k, event in enumerate(out):
        if event.date is not None:
            continue
        text = event.sentence.text
        opening = len(text) - len(text.lstrip())
        cue = _CUE.match(text, opening)
        if cue is None or event.trigger.begin < event.sentence.begin + cue.end() or not _told_first(event, out):
            continue
        dated = [e for e in out[:k] if e.date is not None and e.date.precision == "day"
                 and e.trigger.end <= event.sentence.begin]
        # (a deed's day before a saying's: "Gunmen killed five on Sunday, the army said on Monday. The same day, ...")
        before = next((e.date for e in reversed(dated) if e.cls not in STATEMENTS), None) \
            or next((e.date for e in reversed(dated)), None)
        if before is None:
            continue
        day = date.fromisoformat(before.value) + timedelta(days=0 if cue.group("same") else 1)
        begin = event.sentence.begin + cue.start()
        out[k] = replace(event, date=DateValue(day.isoformat(), "day", Span(begin, begin + len(cue.group(0)),
                                                                              cue.group(0))))
    return out


def _told_first(event: Event, events: list[Event]) -> bool:
    """The event is the main clause's: a saying whose words follow it, or a deed no such saying reports."""
    def leads(e: Event) -> bool:
        return e.cls in STATEMENTS and e.content is not None and e.trigger.end <= e.content.begin
    if event.cls in STATEMENTS:
        return leads(event)
    return not any(leads(e) and e.sentence == event.sentence and e.content is not None
                   and e.content.begin <= event.trigger.begin < e.content.end for e in events)
