"""A resolved extraction -> RDF quads in the document's named graph, under the conflict ontology.

Deterministic: IRIs come from keys and offsets, no blank nodes, the clock is injected.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass
from datetime import datetime

import pyoxigraph as ox

from kg import __version__
from kg.lexicon import Lexicon
from kg.model import Document, Entity, Event, Resolved, Span
from kg.vocab import (
    CKG,
    ENTITIES_GRAPH,
    GAF,
    GEO,
    NIF,
    OWL,
    PROV,
    RDF,
    RDFS,
    SEM,
    SKOS,
    WD,
    XSD,
    activity_iri,
    doc_iri,
    entity_iri,
    event_iri,
    graph_iri,
    mention_iri,
    order_key,
    relation_iri,
)

TYPE = ox.NamedNode(RDF + "type")
LABEL = ox.NamedNode(RDFS + "label")
_DATATYPE = {"day": XSD + "date", "month": XSD + "gYearMonth", "year": XSD + "gYear"}


@dataclass(frozen=True)
class Provenance:
    generated_at: datetime
    model: str
    kg_version: str = __version__


# Classes whose target is set upon rather than taken, held or handed: "Attack ... against Houthis".
HOSTILE_TO = {"Attack", "Airstrike", "Bombing", "Accusation", "Threat", "Siege"}

def content_hash(document: Document, model: str, ontology_digest: str) -> str:
    """Same text, metadata, model, kg and ontology -> same hash -> re-ingest is skipped."""
    h = hashlib.sha256()
    for part in (document.id, document.text, document.title or "", document.source or "", document.url or "",
                 str(document.published or ""), model, __version__, ontology_digest):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def lit(value: str | int | float, datatype: str | None = None) -> ox.Literal:
    if isinstance(value, bool):
        raise TypeError("booleans are not literals here")
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=n(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(f"{value:.2f}", datatype=n(XSD + "decimal"))
    return ox.Literal(value, datatype=n(datatype)) if datatype else ox.Literal(value)


class _Quads:
    def __init__(self, graph: str, text: str) -> None:
        self.text = text  # anchors come from the document itself, never from the tagger's recased copy
        self.graph = n(graph)
        self.registry = n(ENTITIES_GRAPH)
        self.items: list[ox.Quad] = []
        self.seen: set[tuple[str, str, str, bool]] = set()

    def add(self, s: str, p: str, o: ox.NamedNode | ox.Literal | str, shared: bool = False) -> None:
        """A quad in the document's graph, or (shared) in the entity registry graph."""
        obj = n(o) if isinstance(o, str) else o
        key = (s, p, str(obj), shared)
        if key not in self.seen:
            self.seen.add(key)
            self.items.append(ox.Quad(n(s), n(p), obj, self.registry if shared else self.graph))

    def entity(self, s: str, p: str, o: ox.NamedNode | ox.Literal | str) -> None:
        self.add(s, p, o, shared=True)


def _mention(q: _Quads, doc_id: str, span: Span, kind: str = "Phrase") -> str:
    iri = mention_iri(doc_id, span.begin, span.end)
    q.add(iri, RDF + "type", NIF + kind)
    q.add(iri, NIF + "beginIndex", lit(span.begin, XSD + "nonNegativeInteger"))
    q.add(iri, NIF + "endIndex", lit(span.end, XSD + "nonNegativeInteger"))
    q.add(iri, NIF + "anchorOf", lit(q.text[span.begin:span.end]))
    q.add(iri, NIF + "referenceContext", doc_iri(doc_id))
    return iri


def _document(q: _Quads, doc: Document, prov: Provenance, digest: str) -> None:
    d, g, act = doc_iri(doc.id), graph_iri(doc.id), activity_iri(doc.id)
    q.add(d, RDF + "type", CKG + "Document")
    q.add(d, CKG + "text", lit(doc.text))
    q.add(d, CKG + "sourceId", lit(doc.id))
    if doc.published:
        q.add(d, CKG + "published", lit(doc.published.isoformat(), XSD + "date"))
    for prop, value in (("title", doc.title), ("source", doc.source), ("url", doc.url)):
        if value:
            q.add(d, CKG + prop, lit(value))
    q.add(g, PROV + "wasDerivedFrom", d)
    q.add(g, PROV + "generatedAtTime", lit(prov.generated_at.isoformat(timespec="seconds"), XSD + "dateTime"))
    q.add(g, PROV + "wasGeneratedBy", act)
    q.add(g, CKG + "contentHash", lit(digest))
    q.add(act, RDF + "type", PROV + "Activity")
    q.add(act, PROV + "used", d)
    q.add(act, CKG + "kgVersion", lit(prov.kg_version))
    q.add(act, CKG + "model", lit(prov.model))


def _gazetteer_facts(q: _Quads, key: str, lexicon: Lexicon, depth: int = 0) -> None:
    """What the gazetteer knows of a mentioned entity: links, position, and its places up the hierarchy."""
    entry = lexicon.entries.get(key)
    if entry is None or depth > 6:
        return
    e = entity_iri(key)
    q.entity(e, RDF + "type", CKG + entry.cls)
    q.entity(e, LABEL.value, lit(entry.label))
    if entry.qid:
        q.entity(e, OWL + "sameAs", WD + entry.qid)
    if entry.wkt:
        geom = e + "/geometry"
        q.entity(e, GEO + "hasGeometry", geom)
        q.entity(geom, RDF + "type", GEO + "Geometry")
        q.entity(geom, GEO + "asWKT", lit(entry.wkt, GEO + "wktLiteral"))
    for prop, other in (("partOf", entry.part_of), ("basedIn", entry.based_in)):
        if other and other in lexicon.entries:
            q.entity(e, CKG + prop, entity_iri(other))
            _gazetteer_facts(q, other, lexicon, depth + 1)
    # locatedIn is transitive: materialise the chain so plain queries see "Kunduz is in Afghanistan".
    parent, seen = entry.located_in, {key}
    while parent and parent in lexicon.entries and parent not in seen:  # a cycle in the data ends here
        seen.add(parent)
        q.entity(e, CKG + "locatedIn", entity_iri(parent))
        _gazetteer_facts(q, parent, lexicon, depth + 1)
        parent = lexicon.entries[parent].located_in


def _sentence_of(starts: list[int], sentences: list[Span], span: Span) -> Span | None:
    i = bisect.bisect_right(starts, span.begin) - 1
    return sentences[i] if i >= 0 and span.end <= sentences[i].end else None


def _entity(q: _Quads, doc_id: str, entity: Entity, lexicon: Lexicon, sentences: list[Span],
            starts: list[int]) -> None:
    e = entity_iri(entity.key)
    q.entity(e, RDF + "type", CKG + entity.cls)
    q.entity(e, LABEL.value, lit(entity.label))
    for alt in entity.alt_labels:
        q.add(e, SKOS + "altLabel", lit(alt))
    for span in entity.mentions:
        m = _mention(q, doc_id, span)
        q.add(e, GAF + "denotedBy", m)
        # nif:sentence lets co-occurrence and mention queries follow a link instead of comparing
        # offsets against every sentence of the document.
        sentence = _sentence_of(starts, sentences, span)
        if sentence is not None:
            q.add(m, NIF + "sentence", mention_iri(doc_id, sentence.begin, sentence.end))
    _gazetteer_facts(q, entity.key, lexicon)


def _event(q: _Quads, doc_id: str, index_iris: list[str], event: Event, keys: tuple[str, ...],
           labels: dict[str, str], sentences: list[Span], starts: list[int]) -> None:
    ev = event_iri(doc_id, event.trigger.begin, event.trigger.end, event.cls)
    q.add(ev, RDF + "type", CKG + event.cls)
    q.add(ev, GAF + "denotedBy", _mention(q, doc_id, event.trigger))
    for later in event.also:  # the same event told again; a sub-property, so one row per event in queries
        m = _mention(q, doc_id, later)
        q.add(ev, CKG + "alsoDenotedBy", m)
        sentence = _sentence_of(starts, sentences, later)
        if sentence is not None:  # where a later mention's roles were read: "... was carried out by ETA"
            q.add(m, NIF + "sentence", _mention(q, doc_id, sentence, "Sentence"))
    q.add(ev, CKG + "sentence", _mention(q, doc_id, event.sentence, "Sentence"))
    q.add(ev, CKG + "orderKey", lit(order_key(doc_id, event.trigger.begin)))
    parts = [event.cls]
    for role, idx in (("agent", event.agent), ("target", event.target), ("place", event.place),
                      ("audience", event.audience), ("recipient", event.recipient),
                      *(("target", more) for more in event.more_target_entities),
                      *(("agent", more) for more in event.more_agent_entities)):
        if idx is not None:
            q.add(ev, CKG + role, entity_iri(keys[idx]))
    if event.agent is not None:
        agents = list(dict.fromkeys(labels[keys[i]] for i in (event.agent, *event.more_agent_entities)))
        parts.append("by " + (" and ".join(agents) if len(agents) < 3 else ", ".join(agents[:-1]) + " and " + agents[-1]))
    if event.target is not None:  # "Attack by X against Y", but "Capture of Kunduz", "Handover of Bagram"
        parts.append(f"{'against' if event.cls in HOSTILE_TO else 'of'} {labels[keys[event.target]]}")
    if event.recipient is not None:
        parts.append(f"to {labels[keys[event.recipient]]}")
    if event.place is not None and event.place != event.target:
        parts.append(f"in {labels[keys[event.place]]}")
    q.add(ev, LABEL.value, lit(" ".join(parts)))
    phrases = [("agentPhrase", event.agent_phrase), ("targetPhrase", event.target_phrase),
               ("placePhrase", event.place_phrase), ("instrumentPhrase", event.instrument_phrase)] + [("targetPhrase", more) for more in event.more_targets] \
        + [("agentPhrase", more) for more in event.more_agents]
    for role, words in phrases:
        if words is not None:
            q.add(ev, CKG + role, _mention(q, doc_id, words))
    if event.date:
        q.add(ev, CKG + "date", lit(event.date.value, _DATATYPE[event.date.precision]))
        if event.date.raw:
            q.add(ev, CKG + "dateText", lit(q.text[event.date.raw.begin:event.date.raw.end]))
    for prop, value in (("fatalities", event.fatalities), ("injured", event.injured),
                        ("displaced", event.displaced), ("quantity", event.quantity)):
        if value is not None:
            q.add(ev, CKG + prop, lit(value))
    if event.count_qualifier:
        q.add(ev, CKG + "countQualifier", lit(event.count_qualifier))
    said = event.quote or event.content  # the words quoted, else what was reported, alleged or denied
    if said:
        q.add(ev, CKG + "quote", lit(q.text[said.begin:said.end]))
    if event.status:
        q.add(ev, CKG + "status", CKG + event.status)
    for other in event.about:
        q.add(ev, CKG + "about", index_iris[other])
    if event.part_of is not None:  # "killed in the attack": the killing is part of the attack
        q.add(ev, SEM + "subEventOf", index_iris[event.part_of])
    q.add(ev, CKG + "confidence", lit(event.confidence))


def to_quads(resolved: Resolved, lexicon: Lexicon, prov: Provenance, digest: str) -> list[ox.Quad]:
    doc = resolved.document
    q = _Quads(graph_iri(doc.id), doc.text)
    _document(q, doc, prov, digest)
    labels = {e.key: e.label for e in resolved.entities}
    sentences = [s for s in resolved.extraction.sentences if s.text.strip()]
    for sentence in sentences:
        _mention(q, doc.id, sentence, "Sentence")
    starts = [s.begin for s in sentences]  # sorted: sentences come in text order
    for entity in resolved.entities:
        _entity(q, doc.id, entity, lexicon, sentences, starts)
    keys = resolved.mention_keys
    events = resolved.extraction.events
    iris = [event_iri(doc.id, e.trigger.begin, e.trigger.end, e.cls) for e in events]
    for event in events:
        _event(q, doc.id, iris, event, keys, labels, sentences, starts)
    for rel in resolved.extraction.relations:
        s, o = keys[rel.subject], keys[rel.object]
        if s == o:
            continue
        q.add(entity_iri(s), CKG + rel.predicate, entity_iri(o))
        if rel.role:
            q.add(entity_iri(s), CKG + "role", lit(rel.role))
        a = relation_iri(doc.id, s, rel.predicate, o)
        q.add(a, RDF + "type", CKG + "RelationAssertion")
        q.add(a, RDF + "subject", entity_iri(s))
        q.add(a, RDF + "predicate", CKG + rel.predicate)
        q.add(a, RDF + "object", entity_iri(o))
        if rel.role:
            q.add(a, CKG + "role", lit(rel.role))
        q.add(a, CKG + "confidence", lit(rel.confidence))
        q.add(a, CKG + "sentence", _mention(q, doc.id, rel.evidence, "Sentence"))
    return q.items


