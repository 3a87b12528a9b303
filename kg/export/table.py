"""What the exports draw: events with their participants, read once from the store, then filtered."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg import queries
from kg.lexicon import Lexicon
from kg.model import Evidence
from kg.store import KGStore


@dataclass(frozen=True)
class Entity:
    iri: str
    label: str
    type: str
    wkt: str | None = None
    parent: str | None = None


@dataclass(frozen=True)
class EventRow:
    iri: str
    type: str
    label: str
    date: str | None
    status: str | None  # Planned, Negated or Alleged where the text says so
    fatalities: int | None
    confidence: float | None
    evidence: Evidence
    roles: tuple[tuple[str, str], ...]  # (role, entity iri)
    first_report: str | None = None  # another article's report of the same event, told first (ckg:sameEventAs)

    @property
    def same_event(self) -> str:
        """One key for every article's report of this event."""
        return self.first_report or self.iri

    def participants(self, *roles: str) -> list[str]:
        return [iri for role, iri in self.roles if not roles or role in roles]


@dataclass(frozen=True)
class Filters:
    since: str | None = None  # ISO date, inclusive
    until: str | None = None
    types: tuple[str, ...] = ()  # event classes, subclasses included
    actor: str | None = None  # entity IRI taking part in the event
    min_weight: float = 0.0


@dataclass(frozen=True)
class EventTable:
    events: tuple[EventRow, ...]
    entities: dict[str, Entity] = field(default_factory=dict)


def day(date: str | None) -> str | None:
    """A date of any precision as the first day it covers: 2021-05 -> 2021-05-01."""
    if not date:
        return None
    return {4: f"{date}-01-01", 7: f"{date}-01"}.get(len(date), date[:10])


def load(store: KGStore) -> EventTable:
    events: dict[str, dict[str, object]] = {}
    entities: dict[str, Entity] = {}
    for row in queries.run_named(store, "event-roles").rows:
        r = {k: queries.plain(v) for k, v in row.items()}
        entities.setdefault(r["entity"], Entity(r["entity"], r["entityLabel"], r["entityType"]))
        event = events.setdefault(r["event"], {
            "iri": r["event"], "type": r["eventType"], "label": r["eventLabel"], "date": r.get("date"),
            "status": r.get("status") or None, "fatalities": r.get("fatalities"), "confidence": r.get("confidence"),
            "evidence": Evidence(r["source"], r.get("published"), " ".join(str(r["sentence"]).split())),
            "roles": [], "first_report": r.get("firstReport") or None,
        })
        roles = event["roles"]
        assert isinstance(roles, list)
        if (r["role"], r["entity"]) not in roles:
            roles.append((r["role"], r["entity"]))
    for row in queries.run_named(store, "entities").rows:
        r = {k: queries.plain(v) for k, v in row.items()}
        entities.setdefault(r["entity"], Entity(r["entity"], r["label"], r["entityType"]))
    for row in queries.run_named(store, "places").rows:
        r = {k: queries.plain(v) for k, v in row.items()}
        old = entities.get(r["place"])
        entities[r["place"]] = Entity(r["place"], r["label"], r["placeType"], r.get("wkt"), r.get("parent")) \
            if old is None else replace(old, wkt=r.get("wkt"), parent=r.get("parent"))
    rows = tuple(EventRow(roles=tuple(e.pop("roles")), **e) for e in events.values())  # type: ignore[arg-type]
    return EventTable(rows, entities)


def apply(table: EventTable, filters: Filters, lexicon: Lexicon) -> EventTable:
    def keep(event: EventRow) -> bool:
        when = day(event.date)
        if filters.since and (when is None or when < filters.since):
            return False
        if filters.until and (when is None or when > filters.until):
            return False
        if filters.types and not any(lexicon.is_a(event.type, t) for t in filters.types):
            return False
        return not (filters.actor and filters.actor not in event.participants())

    return EventTable(tuple(e for e in table.events if keep(e)), table.entities)


def point(wkt: str | None) -> tuple[float, float] | None:
    """(lon, lat) of a WKT POINT."""
    m = re.fullmatch(r"\s*POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)\s*", wkt or "")
    return (float(m.group(1)), float(m.group(2))) if m else None
