"""The summary graph: whole-store counts and rankings kept as plain facts, rebuilt after each write.

Rankings and totals over the whole store (central actors, dyads, casualty totals, counts per class)
join every event; on a million quads that takes seconds per query. The CONSTRUCT queries in
queries/summary/ compute them once, after ingest or curation, into one named graph, so the shipped
queries read a few hundred facts instead. The graph is derived data: `refresh` rebuilds all of it in
one transaction (build first, then swap), and the summary queries read only article, registry and
same-event facts (kg.same_events, rebuilt just before), never the summary's own properties.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg import config, same_events
from kg import lexicon as lexicon_mod
from kg.errors import QueryError
from kg.store import KGStore
from kg.vocab import CKG, RES, XSD

SUMMARY_GRAPH = RES + "graph/summary"
# Rankings get a position (ckg:rank, 1 first; ties broken by IRI) so a page sorts on one inline
# integer instead of a count plus a label that needs a string lookup per row.
RANKED_BY = (CKG + "mentionCount", CKG + "weight")


def summary_queries(directory: Path | None = None) -> list[Path]:
    return sorted((directory or config.queries_dir() / "summary").glob("*.rq"))


def build(store: KGStore, directory: Path | None = None) -> list[ox.Quad]:
    """Every summary fact the store's article and registry graphs imply (the summary graph aside)."""
    graph = ox.NamedNode(SUMMARY_GRAPH)
    quads: list[ox.Quad] = []
    for path in summary_queries(directory):
        try:
            triples = store.query(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot read summary query: {exc}") from exc
        quads.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
    return quads + _ranks(quads, graph)


def _ranks(quads: list[ox.Quad], graph: ox.NamedNode) -> list[ox.Quad]:
    out: list[ox.Quad] = []
    rank, integer = ox.NamedNode(CKG + "rank"), ox.NamedNode(XSD + "integer")
    for prop in RANKED_BY:
        counts = {q.subject.value: int(q.object.value) for q in quads
                  if q.predicate.value == prop and isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal)}
        ordered = sorted(counts, key=lambda iri: (-counts[iri], iri))
        out.extend(ox.Quad(ox.NamedNode(iri), rank, ox.Literal(str(i), datatype=integer), graph)
                   for i, iri in enumerate(ordered, start=1))
    return out


def refresh(store: KGStore, directory: Path | None = None) -> int:
    """Rebuild the same-event links, then the summary graph (which counts each linked event once), each
    in one transaction; returns how many summary facts there are."""
    same_events.refresh(store, lexicon_mod.load())
    return store.replace_graph(SUMMARY_GRAPH, build(store, directory))
