"""Exports of the store: Gephi-ready graphs (GEXF 1.3, GraphML), an offline HTML view, a timeline chart."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg import lexicon as lexicon_mod
from kg.errors import ExportError
from kg.export import projections
from kg.export import table as table_mod
from kg.export import timeline as timeline_mod
from kg.export import view as view_mod
from kg.export.metrics import add_metrics as add_metrics
from kg.export.table import EventTable, Filters
from kg.export.writers import write_graph as write_graph
from kg.export.writers import write_text
from kg.store import KGStore

GRAPHS = ("actors", "events", "cooccurrence", "places")


def load(store: KGStore, filters: Filters | None = None) -> EventTable:
    table = table_mod.load(store)
    return table_mod.apply(table, filters or Filters(), lexicon_mod.load())


def _min_weight(graph: nx.MultiDiGraph, minimum: float) -> nx.MultiDiGraph:
    """Drop node pairs whose edges weigh less than minimum in total, then nodes left alone."""
    if minimum <= 0:
        return graph
    pair: dict[tuple[str, str], float] = {}
    for u, v, data in graph.edges(data=True):
        key = (min(u, v), max(u, v))
        pair[key] = pair.get(key, 0.0) + float(data.get("weight", 1.0))
    drop = [(u, v, k) for u, v, k in graph.edges(keys=True) if pair[(min(u, v), max(u, v))] < minimum]
    graph.remove_edges_from(drop)
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph


def _sentence_pairs(store: KGStore) -> list[tuple[str, str, int]]:
    from kg import queries

    rows = queries.run_named(store, "cooccurrence").rows
    return [(r["a"].value, r["b"].value, int(queries.plain(r["weight"]))) for r in rows]


def build(store: KGStore, kind: str = "actors", filters: Filters | None = None, metrics: bool = True,
          table: EventTable | None = None) -> nx.MultiDiGraph:
    if kind not in GRAPHS:
        raise ExportError(f"unknown graph {kind!r}; choose one of {', '.join(GRAPHS)}")
    filters = filters or Filters()
    data = table or load(store, filters)
    if kind == "cooccurrence":
        # Sentences as well as events, unless the filters select events (sentences have no date or type).
        unfiltered = filters == Filters(min_weight=filters.min_weight)
        graph = projections.cooccurrence(data, _sentence_pairs(store) if unfiltered else None)
    else:
        graph = getattr(projections, kind)(data)
    graph = _min_weight(graph, filters.min_weight)
    if metrics:
        add_metrics(graph)
    return graph


def export(store: KGStore, out: Path, kind: str = "actors", filters: Filters | None = None,
           metrics: bool = True) -> tuple[int, int]:
    """Write a projection to .gexf (1.3) or .graphml, atomically; returns (nodes, edges)."""
    if out.suffix.lower() not in (".gexf", ".graphml"):
        raise ExportError(f"{out}: unknown export format {out.suffix or '(none)'!r}; use .gexf or .graphml")
    graph = build(store, kind, filters, metrics)
    write_graph(graph, out)
    return graph.number_of_nodes(), graph.number_of_edges()


def view(store: KGStore, out: Path, kind: str = "actors", filters: Filters | None = None) -> tuple[int, int]:
    """Write the self-contained HTML view; returns (nodes, edges)."""
    if out.suffix.lower() not in (".html", ".htm"):
        raise ExportError(f"{out}: the view is an .html file")
    data = load(store, filters)
    graph = build(store, kind, filters, metrics=True, table=data)
    write_text(out, view_mod.render(graph, data, f"kg · {kind} graph"))
    return graph.number_of_nodes(), graph.number_of_edges()


def timeline(store: KGStore, out: Path, interval: str = "month", by: str = "type",
             filters: Filters | None = None) -> int:
    return timeline_mod.plot(load(store, filters), out, interval, by)
