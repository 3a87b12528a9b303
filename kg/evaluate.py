"""`kg eval`: trigger quality on public annotated news, through a throw-away store.

Readers: WikiEvents JSONL (KAIROS types) with precision, recall and F1; RAMS jsonlines (AIDA
types, one annotated event per example) with recall only. A predicted event matches a gold
trigger when their coarse types agree and their character spans overlap (one-to-one).
Arguments, CoNLL-2003 and the seeds facts format are still to come (issue 3).
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.model import Document
from kg.pipeline import Pipeline
from kg.store import KGStore
from kg.vocab import graph_iri

# Gold type prefixes -> the ontology's coarse classes: KAIROS (WikiEvents) and AIDA (RAMS).
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
# Our finer classes counted as their coarse parent.
COARSE: dict[str, str] = {"Airstrike": "Attack", "Bombing": "Attack", "Accusation": "Statement", "Threat": "Statement"}


@dataclass(frozen=True)
class GoldEvent:
    cls: str
    begin: int
    end: int


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    events: tuple[GoldEvent, ...]


@dataclass
class Score:
    gold: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)

    def row(self, cls: str | None = None) -> dict[str, float | int]:
        g = self.gold[cls] if cls else sum(self.gold.values())
        p = self.predicted[cls] if cls else sum(self.predicted.values())
        m = self.matched[cls] if cls else sum(self.matched.values())
        precision = m / p if p else 0.0
        recall = m / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"gold": g, "predicted": p, "matched": m, "precision": round(precision, 3),
                "recall": round(recall, 3), "f1": round(f1, 3)}


def coarse_gold(kind: str) -> str | None:
    for prefix, cls in GOLD_TYPES.items():
        if kind.startswith(prefix):
            return cls
    return None


def _records(path: Path, kind: str, parse: Callable[[dict[str, Any]], GoldDoc]) -> Iterator[GoldDoc]:
    """Parse a JSON-lines gold file record by record; a bad record names the file and line."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield parse(json.loads(line))
            except (KeyError, IndexError, TypeError, json.JSONDecodeError) as exc:
                raise KGError(f"{path}:{number}: not a {kind} record ({exc})") from exc


def _wikievents_doc(obj: dict[str, Any]) -> GoldDoc:
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for tokens, sentence in obj["sentences"]:
        start = tokens[0][1]
        chars.extend(" " * (start - len(chars)))
        if chars and start > 0:
            chars[start - 1] = "\n"  # sentence boundary, as a paragraph break for the parser
        chars[start:start + len(sentence)] = list(sentence)
        spans.extend((t[1], t[2]) for t in tokens)
    events = []
    for ev in obj["event_mentions"]:
        cls = coarse_gold(ev["event_type"])
        if cls:
            trigger = ev["trigger"]
            events.append(GoldEvent(cls, spans[trigger["start"]][0], spans[trigger["end"] - 1][1]))
    return GoldDoc(obj["doc_id"], "".join(chars), tuple(events))


def _rams_doc(obj: dict[str, Any]) -> GoldDoc:
    tokens = [t for sentence in obj["sentences"] for t in sentence]
    offsets, position = [], 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    events = []
    for start, end, types in obj["evt_triggers"]:
        cls = coarse_gold(types[0][0])
        if cls:
            events.append(GoldEvent(cls, offsets[start][0], offsets[end][1]))
    return GoldDoc(obj["doc_key"], " ".join(tokens), tuple(events))


def read_wikievents(path: Path) -> Iterator[GoldDoc]:
    return _records(path, "WikiEvents", _wikievents_doc)


def read_rams(path: Path) -> Iterator[GoldDoc]:
    return _records(path, "RAMS", _rams_doc)


def reader_for(path: Path) -> tuple[Callable[[Path], Iterator[GoldDoc]], bool]:
    """(reader, whether precision means anything): RAMS annotates one event per example."""
    if not path.is_file():
        raise KGError(f"{path}: no such gold file")
    first = path.open(encoding="utf-8").readline()
    if '"event_mentions"' in first:
        return read_wikievents, True
    if '"evt_triggers"' in first:
        return read_rams, False
    raise KGError(f"{path}: unknown gold format (WikiEvents .jsonl and RAMS .jsonlines are read so far)")


def evaluate(path: Path, pipeline: Pipeline, limit: int | None = None) -> dict[str, object]:
    reader, with_precision = reader_for(path)
    docs = list(itertools.islice(reader(path), limit))
    # Only the classes this dataset annotates: predictions of others are neither right nor wrong here.
    evaluated = set((KAIROS_TYPES if reader is read_wikievents else AIDA_TYPES).values())
    store = KGStore(None)  # throw-away
    documents = [Document(id=d.id, text=d.text) for d in docs]
    for document, quads, _ in pipeline.graphs(documents):
        store.replace_graph(graph_iri(document.id), quads)
    _, rows = store.select("""SELECT ?doc ?cls ?b ?e WHERE {
        ?ev a ?cls ; gaf:denotedBy ?m . ?m nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext/ckg:sourceId ?doc .
        FILTER(STRSTARTS(STR(?cls), STR(ckg:))) }""")
    predicted: dict[str, list[tuple[str, int, int]]] = {}
    for r in rows:
        cls = r["cls"].value.split("#")[1]
        cls = COARSE.get(cls, cls)
        if cls in evaluated:
            predicted.setdefault(r["doc"].value, []).append((cls, int(r["b"].value), int(r["e"].value)))
    score = Score()
    for doc in docs:
        preds = list(predicted.get(doc.id, []))
        for cls, *_ in preds:
            score.predicted[cls] += 1
        for gold in doc.events:
            score.gold[gold.cls] += 1
            hit = next((p for p in preds if p[0] == gold.cls and p[1] < gold.end and gold.begin < p[2]), None)
            if hit:
                preds.remove(hit)
                score.matched[gold.cls] += 1
    classes = sorted(set(score.gold) | set(score.predicted))
    table = {cls: score.row(cls) for cls in classes}
    overall = score.row()
    if not with_precision:
        for row in (*table.values(), overall):
            row["precision"] = row["f1"] = None  # type: ignore[assignment]
    return {"gold_file": str(path), "documents": len(docs), "measure": "trigger, coarse type, span overlap",
            "recall_only": not with_precision, "by_type": table, "overall": overall}
