"""`kg view`: one self-contained offline HTML file (data, script and style inline; no CDN)."""

from __future__ import annotations

import html
import json
from importlib import resources
from typing import Any

import networkx as nx

from kg.export.metrics import undirected
from kg.export.table import EventTable
from kg.export.writers import COLOURS, colour

MAX_EVIDENCE = 8


def _layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Geographic positions where every node has them, else a seeded force layout."""
    if graph.number_of_nodes() and all("longitude" in d for _, d in graph.nodes(data=True)):
        return {n: (float(d["longitude"]), float(d["latitude"])) for n, d in graph.nodes(data=True)}
    if graph.number_of_nodes() == 0:
        return {}
    pos = nx.spring_layout(undirected(graph), seed=42, weight="weight", iterations=100 if len(graph) < 2000 else 30)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def _evidence(graph: nx.MultiDiGraph, table: EventTable) -> dict[str, list[dict[str, Any]]]:
    """Per node: the sentences of the events it takes part in, with their sources."""
    by_iri: dict[str, list[dict[str, Any]]] = {}
    for event in table.events:
        item = {"what": event.label, "source": event.evidence.source, "published": event.evidence.published,
                "sentence": event.evidence.sentence}
        for iri in {event.iri, *event.participants()}:
            by_iri.setdefault(iri, []).append(item)
    return {n: by_iri.get(str(d.get("iri")), [])[:MAX_EVIDENCE] for n, d in graph.nodes(data=True)}


def render(graph: nx.MultiDiGraph, table: EventTable, title: str) -> str:
    pos = _layout(graph)
    evidence = _evidence(graph, table)
    nodes: list[dict[str, Any]] = []
    for node, data in graph.nodes(data=True):
        r, g, b = colour(data.get("type"))
        nodes.append({"id": str(node), "label": str(data.get("label", node)), "type": str(data.get("type", "")),
                      "color": f"rgb({r},{g},{b})", "size": 4 + 1.5 * min(int(data.get("degree", 0)), 12),
                      "x": pos[node][0], "y": pos[node][1], "evidence": evidence[node]})
    edges: list[dict[str, Any]] = []
    for u, v, data in graph.edges(data=True):
        ev = [{"what": data.get("label"), "source": data["source"], "published": None, "sentence": data["sentence"]}] \
            if data.get("sentence") else []
        edges.append({"source": str(u), "target": str(v), "label": str(data.get("label", "")),
                      "type": str(data.get("eventType", data.get("label", ""))),
                      "weight": float(data.get("weight", 1.0)), "evidence": ev})
    types = sorted({str(n["type"]) for n in nodes})
    payload = {"nodes": nodes, "edges": edges,
               "legend": {t: "rgb({},{},{})".format(*COLOURS.get(t, colour(t))) for t in types}}
    # JSON inside <script> must not close the tag: escape '<' everywhere.
    data_json = json.dumps(payload, ensure_ascii=False).replace("<", "\\u003c")
    assets = resources.files("kg.export") / "assets"
    script = (assets / "view.js").read_text(encoding="utf-8")
    style = (assets / "view.css").read_text(encoding="utf-8")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{html.escape(title)}</title><style>{style}</style></head>
<body>
<header><h1>{html.escape(title)}</h1><input id="search" type="search" placeholder="Search a name…" aria-label="Search">
<div id="legend"></div><span>{len(nodes)} nodes · {len(edges)} edges · click a node or edge for its evidence</span></header>
<main><canvas id="graph" aria-label="graph"></canvas></main>
<aside id="evidence"><p>Click a node or an edge to see the sentences and sources behind it.</p></aside>
<script id="kg-data" type="application/json">{data_json}</script>
<script>{script}</script>
</body></html>
"""
