"""Graph projections of the event table: actors, events, cooccurrence, places (networkx MultiDiGraphs).

Node and edge attributes follow Gephi's conventions: `label`, `type`, `date` (static, for tools
that ignore time) and `start` (a GEXF spell, so Gephi's timeline plays the campaign).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import networkx as nx

from kg.export.table import EventRow, EventTable, day, point
from kg.vocab import RES, UNDONE, local_name

EXTRA_ACTOR_ROLES = ("audience", "recipient")


def node_id(iri: str) -> str:
    """Short, stable, unique node ids: entity keys, or doc/offsets for events."""
    for prefix in (RES + "entity/", RES + "event/"):
        if iri.startswith(prefix):
            return iri[len(prefix):].replace("/", ":")
    return local_name(iri)


def _entity_node(graph: nx.MultiDiGraph, table: EventTable, iri: str) -> str:
    nid = node_id(iri)
    if nid not in graph:
        entity = table.entities[iri]
        graph.add_node(nid, label=entity.label, type=entity.type, iri=iri)
    return nid


def _stamp(graph: nx.MultiDiGraph, nid: str, date: str | None) -> None:
    """A node appears on the timeline with its first dated event."""
    when = day(date)
    if when and (graph.nodes[nid].get("start") is None or when < graph.nodes[nid]["start"]):
        graph.nodes[nid]["start"] = when


def _edge_attrs(event: EventRow) -> dict[str, Any]:
    return {"label": event.type, "eventType": event.type, "date": event.date, "start": day(event.date),
            "source": event.evidence.source, "sentence": event.evidence.sentence,
            "confidence": event.confidence, "status": event.status, "event": event.iri,
            "sameEvent": event.same_event, "weight": 1.0}


def actors(table: EventTable) -> nx.MultiDiGraph:
    """One edge per event from each agent to each target (parallel edges kept, keyed by event). What was
    planned or denied is no edge: "the army denied attacking the village" links nobody to it."""
    graph = nx.MultiDiGraph()
    for event in table.events:
        if event.status in UNDONE:
            continue
        for agent in event.participants("agent"):
            for target in event.participants("target"):
                if agent == target:
                    continue
                a, t = _entity_node(graph, table, agent), _entity_node(graph, table, target)
                places = [table.entities[p].label for p in event.participants("place")]
                graph.add_edge(a, t, key=node_id(event.iri), id=node_id(event.iri), place=", ".join(places) or None,
                               **_edge_attrs(event))
                _stamp(graph, a, event.date)
                _stamp(graph, t, event.date)
    return graph


def events(table: EventTable) -> nx.MultiDiGraph:
    """Bipartite: event nodes linked to their participants; edges carry the role. A later article's report
    of an event links to the first report with a "sameEventAs" edge."""
    graph = nx.MultiDiGraph()
    for event in table.events:
        eid = node_id(event.iri)
        graph.add_node(eid, label=event.label, type="Event", eventType=event.type, date=event.date,
                       start=day(event.date), fatalities=event.fatalities, confidence=event.confidence, status=event.status,
                       source=event.evidence.source, sentence=event.evidence.sentence, iri=event.iri)
        for role, iri in event.roles:
            nid = _entity_node(graph, table, iri)
            _stamp(graph, nid, event.date)
            graph.add_edge(eid, nid, key=role, id=f"{eid}-{role}-{nid}", label=role, role=role,
                           start=day(event.date), weight=1.0)
    # Another article's report of the same event points to the one told first (ckg:sameEventAs).
    for event in table.events:
        first = node_id(event.same_event)
        if event.first_report and first in graph:
            eid = node_id(event.iri)
            graph.add_edge(eid, first, key="sameEventAs", id=f"{eid}-sameEventAs-{first}", label="same event",
                           role="sameEventAs", start=day(event.date), weight=1.0)
    return graph


def cooccurrence(table: EventTable, pairs: list[tuple[str, str, int]] | None = None) -> nx.MultiDiGraph:
    """Entities together in an event (and, when given, in a sentence), weighted by how often."""
    weights: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], str] = {}
    for event in table.events:
        members = sorted(set(event.participants()))
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                weights[(a, b)] += 1
                when = day(event.date)
                if when and ((a, b) not in first or when < first[(a, b)]):
                    first[(a, b)] = when
    for a, b, n in pairs or ():
        weights[tuple(sorted((a, b)))] += n  # type: ignore[index]
    graph = nx.MultiDiGraph()
    for (a, b), weight in sorted(weights.items()):
        if a not in table.entities or b not in table.entities:
            continue  # filtered out, or not an entity
        u, v = _entity_node(graph, table, a), _entity_node(graph, table, b)
        graph.add_edge(u, v, key="cooccurrence", id=f"{u}--{v}", label="co-occurs", weight=float(weight),
                       start=first.get((a, b)))
    return graph


def places(table: EventTable) -> nx.MultiDiGraph:
    """Places positioned by their coordinates, with events aggregated per place and locatedIn edges."""
    graph = nx.MultiDiGraph()
    stats: dict[str, dict[str, Any]] = defaultdict(lambda: {"events": 0, "fatalities": 0, "types": Counter()})
    for event in table.events:
        for iri in set(event.participants("place")):
            s = stats[iri]
            s["events"] += 1
            s["fatalities"] += event.fatalities or 0
            s["types"][event.type] += 1
            when = day(event.date)
            if when and (s.get("start") is None or when < s["start"]):
                s["start"] = when
    for iri, s in sorted(stats.items()):
        nid = _entity_node(graph, table, iri)
        graph.nodes[nid].update(events=s["events"], fatalities=s["fatalities"], start=s.get("start"),
                                eventTypes=", ".join(f"{t} {n}" for t, n in s["types"].most_common()),
                                weight=float(s["events"]))
        lonlat = point(table.entities[iri].wkt)
        if lonlat:
            graph.nodes[nid].update(longitude=lonlat[0], latitude=lonlat[1])
    for iri in list(stats):
        parent = table.entities[iri].parent
        if parent and parent in table.entities:
            u, v = _entity_node(graph, table, iri), _entity_node(graph, table, parent)
            lonlat = point(table.entities[parent].wkt)
            if lonlat:
                graph.nodes[v].update(longitude=lonlat[0], latitude=lonlat[1])
            graph.add_edge(u, v, key="locatedIn", id=f"{u}-in-{v}", label="locatedIn", weight=1.0)
    return graph
