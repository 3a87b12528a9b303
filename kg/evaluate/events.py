"""Event triggers and arguments against WikiEvents (KAIROS types) and RAMS (AIDA types).

A predicted event matches a gold trigger when their coarse types agree and their character spans
overlap (one-to-one). An argument of a matched event matches a gold argument of the same role when
any mention of the predicted entity overlaps any mention of the gold entity (its coreference
cluster where the gold set gives one). RAMS annotates one event per example: recall only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.evaluate.score import Score, overlaps
from kg.model import Document
from kg.pipeline import Pipeline

# The one readable table of type mappings: gold type prefixes -> the ontology's coarse classes.
KAIROS_TYPES: dict[str, str] = {
    "Conflict.Attack": "Attack", "Life.Die": "Killing", "Life.Injure": "Injury",
    "Contact.Contact": "Statement", "Contact.RequestCommand": "Statement", "Contact.ThreatenCoerce": "Statement",
    "Justice.ArrestJailDetain": "Arrest", "Conflict.Demonstrate": "Protest",
}
AIDA_TYPES: dict[str, str] = {
    "conflict.attack": "Attack", "life.die": "Killing", "life.injure": "Injury",
    "contact.publicstatementinperson": "Statement", "contact.mediastatement": "Statement",
    "contact.threatencoerce": "Statement", "justice.arrestjaildetain": "Arrest", "conflict.demonstrate": "Protest",
    "conflict.yield.surrender": "Surrender", "conflict.yield.retreat": "Withdrawal",
}
GOLD_TYPES: dict[str, str] = {**KAIROS_TYPES, **AIDA_TYPES}
# Our finer classes counted as their coarse parent. The coarse Statement is the gold sets' Contact,
# which takes in meetings (KAIROS Contact.Contact.Meet) as well as what was said.
COARSE: dict[str, str] = {"Airstrike": "Attack", "Bombing": "Attack", "Accusation": "Statement", "Threat": "Statement",
                          "Meeting": "Statement"}
# Gold argument roles (KAIROS and AIDA names, lower case) -> our roles; others are not scored.
ROLES: dict[str, str] = {
    "attacker": "agent", "killer": "agent", "injurer": "agent", "jailer": "agent", "communicator": "agent",
    "participant": "agent", "demonstrator": "agent", "surrenderer": "agent", "retreater": "agent",
    "target": "target", "victim": "target", "detainee": "target",
    "place": "place",
}


@dataclass(frozen=True)
class GoldArg:
    role: str  # agent, target or place
    spans: tuple[tuple[int, int], ...]  # every mention of the entity


@dataclass(frozen=True)
class GoldEvent:
    cls: str
    begin: int
    end: int
    args: tuple[GoldArg, ...] = ()


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    events: tuple[GoldEvent, ...]


@dataclass
class Predicted:
    cls: str
    begin: int
    end: int
    args: dict[tuple[str, str], list[tuple[int, int]]]  # (role, entity IRI) -> the entity's mentions


def coarse_gold(kind: str) -> str | None:
    for prefix, cls in GOLD_TYPES.items():
        if kind.startswith(prefix):
            return cls
    return None


def _role(name: str) -> str | None:
    # RAMS writes "evt089arg01victim"; KAIROS writes "Victim".
    match = re.search(r"arg\d+(\w+)$", name)
    return ROLES.get((match.group(1) if match else name).lower())


def _records(path: Path, kind: str, parse: Callable[[dict[str, Any]], GoldDoc]) -> Iterator[GoldDoc]:
    """Parse a JSON-lines gold file record by record; a bad record names the file and line."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield parse(json.loads(line))
            except (KeyError, IndexError, TypeError, ValueError) as exc:
                raise KGError(f"{path}:{number}: not a {kind} record ({exc})") from exc


def _clusters(path: Path) -> dict[str, dict[str, list[str]]]:
    """WikiEvents coreference (coref_<name>lines beside the gold file): doc -> mention id -> its cluster."""
    coref = path.with_name(f"coref_{path.stem}.jsonlines")
    out: dict[str, dict[str, list[str]]] = {}
    if coref.is_file():
        for line in coref.open(encoding="utf-8"):
            if line.strip():
                obj = json.loads(line)
                out[obj["doc_key"]] = {m: cluster for cluster in obj["clusters"] for m in cluster}
    return out


def _wikievents_parser(clusters: dict[str, dict[str, list[str]]]) -> Callable[[dict[str, Any]], GoldDoc]:
    def parse(obj: dict[str, Any]) -> GoldDoc:
        chars: list[str] = []
        spans: list[tuple[int, int]] = []
        for tokens, sentence in obj["sentences"]:
            start = tokens[0][1]
            chars.extend(" " * (start - len(chars)))
            if chars and start > 0:
                chars[start - 1] = "\n"  # sentence boundary, as a paragraph break for the parser
            chars[start:start + len(sentence)] = list(sentence)
            spans.extend((t[1], t[2]) for t in tokens)
        mentions = {m["id"]: (spans[m["start"]][0], spans[m["end"] - 1][1]) for m in obj["entity_mentions"]}
        coref = clusters.get(obj["doc_id"], {})
        events = []
        for ev in obj["event_mentions"]:
            cls = coarse_gold(ev["event_type"])
            if not cls:
                continue
            args = []
            for arg in ev["arguments"]:
                role = _role(arg["role"])
                if role:
                    ids = coref.get(arg["entity_id"], [arg["entity_id"]])
                    args.append(GoldArg(role, tuple(mentions[i] for i in ids if i in mentions)))
            trigger = ev["trigger"]
            events.append(GoldEvent(cls, spans[trigger["start"]][0], spans[trigger["end"] - 1][1], tuple(args)))
        return GoldDoc(obj["doc_id"], "".join(chars), tuple(events))
    return parse


def _rams_doc(obj: dict[str, Any]) -> GoldDoc:
    tokens = [t for sentence in obj["sentences"] for t in sentence]
    offsets, position = [], 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    events = []
    for start, end, types in obj["evt_triggers"]:
        cls = coarse_gold(types[0][0])
        if not cls:
            continue
        args = tuple(GoldArg(role, ((offsets[a][0], offsets[b][1]),))
                     for (ts, _), (a, b), name in obj.get("gold_evt_links", [])
                     if ts == start and (role := _role(name)))
        events.append(GoldEvent(cls, offsets[start][0], offsets[end][1], args))
    return GoldDoc(obj["doc_key"], " ".join(tokens), tuple(events))


def read_wikievents(path: Path) -> Iterator[GoldDoc]:
    return _records(path, "WikiEvents", _wikievents_parser(_clusters(path)))


def read_rams(path: Path) -> Iterator[GoldDoc]:
    return _records(path, "RAMS", _rams_doc)


def predicted_events(pipeline: Pipeline, docs: list[GoldDoc]) -> dict[str, list[Predicted]]:
    """Run the real pipeline into a throw-away store and read the events back with SPARQL."""
    # The gold sets annotate event mentions, each with the arguments given at that mention, so they
    # are scored before event coreference joins later mentions ("the bombing") to the event they
    # repeat; a joined mention would carry roles the annotators put on the first one.
    store = pipeline.memory_store((Document(id=d.id, text=d.text) for d in docs), join_events=False)
    _, rows = store.select("""SELECT ?doc ?ev ?cls ?b ?e WHERE {
        ?ev a ?cls ; ckg:confidence [] ; gaf:denotedBy|ckg:alsoDenotedBy ?m .
        ?m nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext/ckg:sourceId ?doc .
        FILTER(STRSTARTS(STR(?cls), STR(ckg:))) }""")
    mentions: dict[str, list[Predicted]] = {}
    by_doc: dict[str, list[Predicted]] = {}
    for r in rows:
        cls = r["cls"].value.split("#")[1]
        p = Predicted(COARSE.get(cls, cls), int(r["b"].value), int(r["e"].value), {})
        mentions.setdefault(r["ev"].value, []).append(p)
        by_doc.setdefault(r["doc"].value, []).append(p)
    # An entity's mentions in the same document, or the words of a participant no entity names.
    _, rows = store.select("""SELECT ?ev ?role ?x ?m ?b ?e WHERE { GRAPH ?g {
        { VALUES ?role { ckg:agent ckg:target ckg:place } ?ev ?role ?x . ?x gaf:denotedBy ?m }
        UNION { VALUES (?p ?role) { (ckg:agentPhrase ckg:agent) (ckg:targetPhrase ckg:target) (ckg:placePhrase ckg:place) } ?ev ?p ?m . BIND(?m AS ?x) }
        ?m nif:beginIndex ?b ; nif:endIndex ?e } }""")
    phrases: list[tuple[Predicted, str, tuple[int, int]]] = []
    for r in rows:
        for event in mentions.get(r["ev"].value, ()):
            role, span = r["role"].value.split("#")[1], (int(r["b"].value), int(r["e"].value))
            if r["x"].value == r["m"].value:  # the words themselves, not an entity
                phrases.append((event, role, span))
            else:
                event.args.setdefault((role, r["x"].value), []).append(span)
    # The first words for a role name the same filler as its entity, if it has one; the others in a
    # coordination ("men, women and children") are fillers of their own.
    seen: set[tuple[int, str]] = set()
    for event, role, span in sorted(phrases, key=lambda p: p[2]):
        entity = next((key for key in event.args if key[0] == role and not key[1].startswith("words:")), None)
        if entity is not None and (id(event), role) not in seen:
            event.args[entity].append(span)
        else:
            event.args[(role, f"words:{span}")] = [span]
        seen.add((id(event), role))
    return by_doc


def score_events(docs: list[GoldDoc], predicted: dict[str, list[Predicted]],
                 evaluated: set[str]) -> tuple[Score, Score]:
    """(trigger score, argument score by role)."""
    triggers, arguments = Score(), Score()
    for doc in docs:
        preds = [p for p in predicted.get(doc.id, []) if p.cls in evaluated]
        for p in preds:
            triggers.predicted[p.cls] += 1
            for role, _ in p.args:
                arguments.predicted[role] += 1
        for gold in doc.events:
            triggers.gold[gold.cls] += 1
            for arg in gold.args:
                arguments.gold[arg.role] += 1
            hit = next((p for p in preds if p.cls == gold.cls and overlaps((p.begin, p.end), (gold.begin, gold.end))),
                       None)
            if hit is None:
                continue
            preds.remove(hit)
            triggers.matched[gold.cls] += 1
            unused = dict(hit.args)
            for arg in gold.args:
                found = next((key for key, spans in unused.items() if key[0] == arg.role
                              and any(overlaps(s, g) for s in spans for g in arg.spans)), None)
                if found:
                    del unused[found]
                    arguments.matched[arg.role] += 1
    return triggers, arguments


def evaluate_events(path: Path, pipeline: Pipeline, limit: int | None, rams: bool) -> dict[str, object]:
    reader = read_rams if rams else read_wikievents
    docs: list[GoldDoc] = []
    for doc in reader(path):
        if limit is not None and len(docs) >= limit:
            break
        docs.append(doc)
    # Only the classes this dataset annotates: predictions of others are neither right nor wrong here.
    evaluated = set((AIDA_TYPES if rams else KAIROS_TYPES).values())
    triggers, arguments = score_events(docs, predicted_events(pipeline, docs), evaluated)
    return {"gold_file": str(path), "format": "rams" if rams else "wikievents", "documents": len(docs),
            "tables": {"triggers": triggers.table("trigger, coarse type, span overlap", rams),
                       "arguments": arguments.table("agent/target/place of a matched event, any mention "
                                                    "of the right entity", rams)}}
