"""networkx exports of the store: GEXF 1.3 (Gephi, with a timeline) and GraphML, written atomically.

Projections (a first version): `actors` — one edge per event from agent to target, parallel edges
kept; `events` — a bipartite graph of events and the actors and places in their roles.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import networkx as nx

from kg import queries
from kg.errors import ExportError
from kg.store import KGStore
from kg.vocab import local_name

GRAPHS = ("actors", "events")
# Stable colours by type (RGB 0-255), documented in the README legend.
COLOURS: dict[str, tuple[int, int, int]] = {
    "Person": (31, 119, 180), "Organisation": (127, 127, 127), "ArmedGroup": (214, 39, 40),
    "StateForce": (44, 160, 44), "Government": (148, 103, 189), "InternationalOrganisation": (23, 190, 207),
    "MediaOrganisation": (188, 189, 34), "Country": (255, 127, 14), "Province": (140, 86, 75),
    "District": (196, 156, 148), "City": (227, 119, 194), "Facility": (247, 182, 210), "Place": (199, 199, 199),
    "Event": (80, 80, 80),
}


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """Only str/int/float values: networkx's writers mishandle None, lists and numpy types."""
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, bool):
            value = str(value).lower()
        elif not isinstance(value, (str, int, float)):
            value = str(value)
        out[key] = value
    return out


def _spell(date: str | None) -> str | None:
    """GEXF 'date' time format wants xsd:date: a month or year starts on its first day."""
    if not date:
        return None
    return {4: f"{date}-01-01", 7: f"{date}-01"}.get(len(date), date)


def _node(graph: nx.MultiDiGraph, iri: str, label: str, kind: str) -> str:
    node_id = local_name(iri)
    if node_id not in graph:
        graph.add_node(node_id, **_clean({"label": label, "type": kind, "iri": iri}))
    return node_id


def actors_graph(store: KGStore) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(mode="dynamic", timeformat="date")
    for row in queries.run_named(store, "actor-edges").rows:
        r = {k: queries.plain(v) for k, v in row.items()}
        source = _node(graph, r["agent"], r["agentLabel"], r["agentType"])
        target = _node(graph, r["target"], r["targetLabel"], r["targetType"])
        key = local_name(r["event"]).replace("/", "_")
        spell = _spell(r.get("date"))
        graph.add_edge(source, target, key=key, **_clean({
            "id": key, "label": r["eventType"], "eventType": r["eventType"], "date": r.get("date"),
            "place": r.get("placeLabel"), "source": r["source"], "confidence": r.get("confidence"),
            "start": spell, "end": spell, "weight": 1.0,
        }))
    return graph


def events_graph(store: KGStore) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(mode="dynamic", timeformat="date")
    for row in queries.run_named(store, "event-roles").rows:
        r = {k: queries.plain(v) for k, v in row.items()}
        event = r["event"].rsplit("/", 2)
        event_id = "_".join(event[-2:])
        if event_id not in graph:
            spell = _spell(r.get("date"))
            graph.add_node(event_id, **_clean({
                "label": r["eventLabel"], "type": "Event", "eventType": r["eventType"], "date": r.get("date"),
                "fatalities": r.get("fatalities"), "source": r["source"], "confidence": r.get("confidence"),
                "iri": r["event"], "start": spell,
            }))
        entity = _node(graph, r["entity"], r["entityLabel"], r["entityType"])
        graph.add_edge(event_id, entity, key=r["role"], **_clean({"id": f"{event_id}-{r['role']}-{entity}",
                                                                   "label": r["role"], "role": r["role"]}))
    return graph


def decorate(graph: nx.MultiDiGraph) -> None:
    """Colour by type, size by degree; degree as an attribute too."""
    for node, data in graph.nodes(data=True):
        degree = int(graph.degree(node))
        r, g, b = COLOURS.get(str(data.get("type")), (128, 128, 128))
        data["degree"] = degree
        data["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": float(4 + 2 * degree)}


def build(store: KGStore, kind: str) -> nx.MultiDiGraph:
    if kind not in GRAPHS:
        raise ExportError(f"unknown graph {kind!r}; choose one of {', '.join(GRAPHS)}")
    graph = actors_graph(store) if kind == "actors" else events_graph(store)
    decorate(graph)
    return graph


def write(graph: nx.MultiDiGraph, out: Path) -> None:
    """Write .gexf (1.3) or .graphml via a temporary file and a rename: never a half-written export."""
    suffix = out.suffix.lower()
    if suffix not in (".gexf", ".graphml"):
        raise ExportError(f"{out}: unknown export format {suffix or '(none)'!r}; use .gexf or .graphml")
    parent = out.resolve().parent
    if not parent.is_dir():
        raise ExportError(f"{out}: folder {parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=parent)
    os.close(fd)
    try:
        if suffix == ".gexf":
            nx.write_gexf(graph, tmp, version="1.3")
        else:
            plain = nx.MultiDiGraph()
            for node, data in graph.nodes(data=True):
                attrs = {k: v for k, v in data.items() if k != "viz"}
                colour = data.get("viz", {}).get("color")
                if colour:
                    attrs["color"] = "#{:02x}{:02x}{:02x}".format(colour["r"], colour["g"], colour["b"])
                plain.add_node(node, **attrs)
            for u, v, k, data in graph.edges(keys=True, data=True):
                plain.add_edge(u, v, key=k, **{a: b for a, b in data.items() if a not in ("start", "end")})
            nx.write_graphml(plain, tmp)
        os.replace(tmp, out)
    except (OSError, nx.NetworkXError, TypeError, ValueError) as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"{out}: export failed: {exc}") from exc


def export(store: KGStore, out: Path, kind: str = "actors") -> tuple[int, int]:
    graph = build(store, kind)
    write(graph, out)
    return graph.number_of_nodes(), graph.number_of_edges()
