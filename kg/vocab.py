"""Namespaces and deterministic IRI minting. Same input, same IRI, in every run and on every machine."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

CKG = "https://w3id.org/conflict-kg/ontology#"
RES = "https://w3id.org/conflict-kg/resource/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
GAF = "http://groundedannotationframework.org/gaf#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
GEO = "http://www.opengis.net/ont/geosparql#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
# Statuses (ckg:status) of events the text says did not happen as told: never counted as tolls or edges.
# queries/summary/casualty-totals.rq and dyads.rq filter on the same two.
UNDONE = ("Planned", "Negated")
# The ontology's families that rules treat alike: what someone said, attacks of any kind, and the harm
# done to people (what an attack they happened in explains).
STATEMENTS = frozenset({"Statement", "Accusation", "Threat"})
ATTACKS = frozenset({"Attack", "Airstrike", "Bombing"})
HARMS = frozenset({"Killing", "Injury", "Displacement", "Casualties"})
# Verbs of going in, an incursion when a force goes into ground: "rebels walked into Bukavu", "entered Kabul".
# Faiths and sects, adjectives the tagger may take for a name, a place or part of one: "Kabul's Shi'ite area",
# "at Burkina Faso Catholic church".
FAITHS = frozenset({"shi'ite", "shiite", "shia", "shi'a", "sunni", "alawite", "druze", "christian", "muslim", "hindu",
                    "jewish", "catholic", "orthodox", "sikh", "buddhist", "yazidi", "ismaili", "coptic", "evangelical",
                    "protestant"})
ENTERING = frozenset({"enter", "walk", "roll", "move", "advance", "cross", "push", "sweep", "storm", "burst"})
# Verbs "to death" follows with no one dying: "sentenced to death" is a verdict (while "beaten to death" is a killing).
SENTENCING = frozenset({"sentence", "condemn", "doom", "scare", "bore", "frighten", "work"})
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SCHEMA = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"

PREFIXES: dict[str, str] = {
    "ckg": CKG,
    "kgr": RES,
    "nif": NIF,
    "gaf": GAF,
    "sem": SEM,
    "prov": PROV,
    "skos": SKOS,
    "geo": GEO,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "schema": SCHEMA,
    "wd": WD,
    "geof": "http://www.opengis.net/def/function/geosparql/",
    "uom": "http://www.opengis.net/def/uom/OGC/1.0/",
}

# Canonical facts about entities (label, type, gazetteer links and coordinates), stated once for all
# documents; what a document says about them (mentions, aliases as written, events) is in its graph.
ENTITIES_GRAPH = RES + "graph/entities"


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def unaccented(text: str) -> str:
    """The text with its diacritics dropped and its case kept: "Médecins Sans Frontières" as wires
    often print it, "Medecins Sans Frontieres"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(text: str) -> str:
    """A lower-case ASCII key: diacritics folded, anything else non-alphanumeric becomes '-'.

    Names in scripts with no ASCII folding (Arabic, Cyrillic) keep their letters, percent-encoded later.
    """
    folded = unaccented(text).lower()
    out = re.sub(r"[^\w]+", "-", folded, flags=re.UNICODE).strip("-")
    if not out:
        # No letters or digits at all: a content hash, marked with '~', which no slug contains.
        return "~" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return out


def _safe(part: str) -> str:
    return quote(part, safe="-._~")


def entity_iri(key: str) -> str:
    return f"{RES}entity/{_safe(key)}"


def doc_iri(doc_id: str) -> str:
    return f"{RES}doc/{_safe(doc_id)}"


def graph_iri(doc_id: str) -> str:
    return f"{RES}graph/{_safe(doc_id)}"


def mention_iri(doc_id: str, begin: int, end: int) -> str:
    # RFC 5147 style fragment, as NIF does.
    return f"{doc_iri(doc_id)}#char={begin},{end}"


def event_iri(doc_id: str, begin: int, end: int, cls: str) -> str:
    return f"{RES}event/{_safe(doc_id)}/{begin}-{end}-{cls}"


_OFFSET_BITS = 24  # documents up to 16M characters keep text order; longer ones tie at the end


def order_key(doc_id: str, begin: int) -> int:
    """A stable sort key for an event: its document (hashed) first, then its trigger's offset.

    It fits a signed 64-bit integer, which Oxigraph stores inline, so a query can sort thousands of
    an entity's events without looking up a string per event (source ids and IRIs need one each).
    Documents come in hash order, not name order; within a document, in text order (two events
    read from one trigger tie, and keep the store's order).
    """
    doc = int.from_bytes(hashlib.blake2b(doc_id.encode("utf-8"), digest_size=5).digest(), "big") >> 1
    return (doc << _OFFSET_BITS) | min(max(begin, 0), (1 << _OFFSET_BITS) - 1)


def relation_iri(doc_id: str, subject: str, predicate: str, obj: str) -> str:
    return f"{RES}assertion/{_safe(doc_id)}/{_safe(subject)}/{predicate}/{_safe(obj)}"


def activity_iri(doc_id: str) -> str:
    return f"{RES}activity/{_safe(doc_id)}"


def ckg(local: str) -> str:
    return CKG + local


def local_name(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1]
    return iri


def key_of(iri: str) -> str:
    """The entity key of an entity IRI (inverse of entity_iri)."""
    from urllib.parse import unquote

    prefix = RES + "entity/"
    return unquote(iri[len(prefix):]) if iri.startswith(prefix) else iri
