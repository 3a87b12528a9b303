"""`kg merge` and `kg split`: apply a user's entity decision to the store now, and record it in the
curation file so that every later ingest resolves the same way.

Both rewrite the affected quads in one transaction: a merge moves every statement about A onto B
(A's label becomes one of B's aliases; B keeps its type), a split moves one document's statements
about A onto a new entity.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox

from kg import curation as curation_mod
from kg import summary
from kg.curation import Split, Target
from kg.errors import KGError
from kg.queries import find_entities, similar_names
from kg.store import KGStore
from kg.vocab import CKG, ENTITIES_GRAPH, RDF, RDFS, RES, SKOS, graph_iri, slug

ENTITY_PREFIX = RES + "entity/"


@dataclass(frozen=True)
class Change:
    entity: str  # label of the entity changed
    into: str  # label of where its statements went
    quads: int  # statements moved
    curation: Path


def _entity(store: KGStore, name: str) -> tuple[str, str, str]:
    """(IRI, label, class) of the entity a name, alias or IRI denotes in the store."""
    if name.startswith(ENTITY_PREFIX):
        iri = name
    else:
        found = find_entities(store, name)
        if not found:
            hints = similar_names(store, name)
            raise KGError(f"no entity named {name!r} in the store" + (f"; did you mean {', '.join(hints)}?" if hints else ""))
        iri = found[0][0]
    _, rows = store.select("SELECT ?e ?l ?t WHERE { ?e rdfs:label ?l . OPTIONAL { ?e a ?t FILTER(STRSTARTS(STR(?t), STR(ckg:))) } }",
                           {"e": ox.NamedNode(iri)})
    if not rows or not iri.startswith(ENTITY_PREFIX):
        raise KGError(f"{name!r} is not an entity in the store")
    cls = next((r["t"].value[len(CKG):] for r in rows if r["t"] is not None), "Organisation")
    return iri, rows[0]["l"].value, cls


def _moved(quads: list[ox.Quad], old: str, new: str, keep_type: bool) -> list[ox.Quad]:
    out = []
    o, n = ox.NamedNode(old), ox.NamedNode(new)
    for q in quads:
        if q.subject == o:
            if q.predicate.value == RDF + "type" and not keep_type:
                continue
            pred = ox.NamedNode(SKOS + "altLabel") if q.predicate.value == RDFS + "label" and not keep_type else q.predicate
            out.append(ox.Quad(n, pred, q.object, q.graph_name))
        else:
            out.append(ox.Quad(q.subject, q.predicate, n, q.graph_name))
    return out


def merge(store: KGStore, path: Path, a: str, b: str) -> Change:
    """A and B are one entity: B's IRI, label and type stand; A's names become B's aliases."""
    a_iri, a_label, _ = _entity(store, a)
    b_iri, b_label, b_cls = _entity(store, b)
    if a_iri == b_iri:
        raise KGError(f"{a!r} and {b!r} are already one entity ({b_label})")
    current = curation_mod.load(path)
    a_key, b_key = a_iri[len(ENTITY_PREFIX):], b_iri[len(ENTITY_PREFIX):]
    target = Target(b_key, b_label, b_cls)
    merges = {k: (target if t.key == a_key else t) for k, t in current.merges.items()} | {a_key: target}
    merges.pop(b_key, None)  # B was merged elsewhere before? B is the one that stands now
    quads = store.quads_about(a_iri)
    store.rewrite(quads, _moved(quads, a_iri, b_iri, keep_type=False))
    summary.refresh(store)
    curation_mod.save(path, replace(current, merges=merges))
    return Change(a_label, f"{b_label} ({b_cls}, {b_key})", len(quads), path)


def split(store: KGStore, path: Path, name: str, doc: str, label: str) -> Change:
    """What one document says about an entity is about another one: a new entity named label, or
    the existing entity that name denotes ("Kunduz" the city in one report is Kunduz province)."""
    a_iri, a_label, a_cls = _entity(store, name)
    graph = graph_iri(doc)
    quads = store.quads_about(a_iri, graph)
    if not quads:
        raise KGError(f"document {doc!r} says nothing about {a_label} (see `kg query mentions`)")
    existing = [iri for iri, *_ in find_entities(store, label)] or (
        [ENTITY_PREFIX + slug(label)] if store.quads_about(ENTITY_PREFIX + slug(label)) else [])
    if existing:
        n_iri, n_label, n_cls = _entity(store, existing[0])
        facts: list[ox.Quad] = []
    else:
        n_iri, n_label, n_cls = ENTITY_PREFIX + slug(label), label, a_cls
        registry = ox.NamedNode(ENTITIES_GRAPH)
        facts = [ox.Quad(ox.NamedNode(n_iri), ox.NamedNode(RDF + "type"), ox.NamedNode(CKG + a_cls), registry),
                 ox.Quad(ox.NamedNode(n_iri), ox.NamedNode(RDFS + "label"), ox.Literal(label), registry)]
    if n_iri == a_iri:
        raise KGError(f"{label!r} is {a_label} itself: name another entity")
    store.rewrite(quads, _moved(quads, a_iri, n_iri, keep_type=not existing) + facts)
    summary.refresh(store)
    current = curation_mod.load(path)
    target = Target(n_iri[len(ENTITY_PREFIX):], n_label, n_cls)
    curation_mod.save(path, replace(current, splits=(*current.splits, Split(a_iri[len(ENTITY_PREFIX):], doc, target))))
    return Change(a_label, f"{n_label} ({n_cls}, {n_iri[len(ENTITY_PREFIX):]})", len(quads), path)
