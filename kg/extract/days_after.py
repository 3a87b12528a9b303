"""Days told by the day before: "The same day, gunmen killed 15 people ..." happened on the day of the
event told last; "The next day, ..." on the day after it; "struck Hodeidah on Saturday, a day after a Houthi drone
killed one person in Tel Aviv" a day before the strike."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kg.dates import NUMBER_WORDS
from kg.model import DateValue, Event, Span
from kg.vocab import STATEMENTS

# A sentence that opens on a day counted from the last one told; the group says how many days on.
_CUE = re.compile(r"(?:(?:later on|later|earlier|on)\s+)?(?:(?P<same>the\s+same\s+day|that\s+(?:same\s+)?day|in\s+the\s+day)"
                  r"|(?P<next>the\s+(?:next|following)\s+day|a\s+day\s+later))\b", re.IGNORECASE)


# ... or one told after the deed in its own clause: "detained three suspects later that day".
_TRAILING = re.compile(r"[^,.;]*?\b(?:later\s+)?(?P<same>(?:that|the)\s+same\s+day|later\s+that\s+day)"
                       r"|[^,.;]*?\b(?P<next>the\s+(?:next|following)\s+day)\b", re.IGNORECASE)


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
        if cue is None or event.trigger.begin < event.sentence.begin + cue.end():
            # (or the day told after the deed, in its clause: "Authorities detained three suspects later that day")
            cue = _TRAILING.match(text, event.trigger.end - event.sentence.begin)
            cue = cue if cue is not None and not any(
                event.trigger.end <= e.trigger.begin < event.sentence.begin + cue.end() for e in out) else None
        if cue is None or not _told_first(event, out):
            continue
        dated = [e for e in out[:k] if e.date is not None and e.date.precision == "day"
                 and e.trigger.end <= event.sentence.begin]
        # (a deed's day before a saying's: "Gunmen killed five on Sunday, the army said on Monday. The same day, ...")
        before = next((e.date for e in reversed(dated) if e.cls not in STATEMENTS), None) \
            or next((e.date for e in reversed(dated)), None)
        if before is None:
            continue
        day = date.fromisoformat(before.value) + timedelta(days=0 if cue.group("same") else 1)
        trailing = cue.re is _TRAILING
        said = (cue.group("same") or cue.group("next")) if trailing else cue.group(0)
        begin = event.sentence.begin + (cue.start("same" if cue.group("same") else "next") if trailing else cue.start())
        out[k] = replace(event, date=DateValue(day.isoformat(), "day", Span(begin, begin + len(said), said)))
    return out


def _told_first(event: Event, events: list[Event]) -> bool:
    """The event is the main clause's: a saying whose words follow it, or a deed no such saying reports."""
    def leads(e: Event) -> bool:
        return e.cls in STATEMENTS and e.content is not None and e.trigger.end <= e.content.begin
    if event.cls in STATEMENTS:
        return leads(event)
    return not any(leads(e) and e.sentence == event.sentence and e.content is not None
                   and e.content.begin <= event.trigger.begin < e.content.end for e in events)


# A clause of a deed so many days from the one it is told with: "a day after", "two days before", "the day after".
_APART = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|the|\d)\s+days?\s+(?P<way>after|before)\b", re.IGNORECASE)


# ... or a deed told as so many days before the one it is told with, after it: "that hit the hospital a day earlier".
_EARLIER = re.compile(r"[^,.;]*?\b(?:(?P<n>an?|one|two|three|four|five|six|\d)\s+days?\s+(?P<way>earlier|later)"
                      r"|(?P<the>the)\s+(?P<before>previous|preceding)\s+day)\b", re.IGNORECASE)


# A sentence opening on the last deed told, come so many days from another: "It came a day after ...".
_CAME = re.compile(r"\s*(?:it|this|that|the\s+(?:strike|attack|attacks|strikes|bombing|assault|raid))\s+"
                   r"(?:came|comes|happened|followed)\s+(?:just\s+|only\s+)?", re.IGNORECASE)


def days_apart(events: list[Event]) -> list[Event]:
    """Date the deed of a clause told as days from a dated one in its sentence: "Israeli warplanes struck Hodeidah on
    Saturday, a day after a Houthi drone killed one person in Tel Aviv" (the killing on Friday); the clause's first
    event, with no comma between, from the last event before it dated to the day (a deed's day before a saying's)."""
    out = list(events)
    for k, event in enumerate(out):
        if event.date is not None:
            continue
        lead = event.sentence.text[: event.trigger.begin - event.sentence.begin]
        cue = next(iter(reversed(list(_APART.finditer(lead)))), None)
        if cue is None or "," in lead[cue.end():] or any(
                event.sentence.begin + cue.end() <= e.trigger.begin < event.trigger.begin for e in out):
            # (or told after the deed, in its clause: "a Russian missile strike that hit Kyiv's main children's hospital
            # a day earlier")
            cue = _EARLIER.match(event.sentence.text, event.trigger.end - event.sentence.begin)
            if cue is None or any(event.trigger.end <= e.trigger.begin < event.sentence.begin + cue.end() for e in out):
                continue
        start = event.sentence.begin + (cue.start("the") if cue.re is _EARLIER and cue.group("the") else cue.start("n"))
        dated = [e for e in out if e.sentence == event.sentence and e.trigger.end <= start
                 and e.date is not None and e.date.precision == "day"]
        before = next((e.date for e in reversed(dated) if e.cls not in STATEMENTS), None) \
            or next((e.date for e in reversed(dated)), None)
        if before is None and cue.re is _APART and _CAME.fullmatch(lead[: cue.start()]) is not None:
            # (or the deed told just before, which "it" is: "... killing 10 people. It came a day after Russia launched
            # its largest air attack")
            before = next((e.date for e in reversed(out[:k]) if e.cls not in STATEMENTS and e.date is not None
                           and e.date.precision == "day" and e.trigger.end <= event.sentence.begin), None)
        if before is None:
            continue
        previous = cue.re is _EARLIER and cue.group("the") is not None  # "the previous day"
        word = "one" if previous else cue.group("n").lower()
        n = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)  # ("the day after": one)
        back = previous or cue.group("way").lower() in ("after", "earlier")
        day = date.fromisoformat(before.value) + timedelta(days=-n if back else n)
        said = cue.group(0)[start - event.sentence.begin - cue.start():]
        out[k] = replace(event, date=DateValue(day.isoformat(), "day", Span(start, start + len(said), said)))
    return out
