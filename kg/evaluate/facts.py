"""Our facts format (../shared/eval/seeds/gold.json): entities, events, dates, relations, questions.

Facts, not spans: an entity is found when one of its names is a label or alias of a graph entity
of the right type (case-insensitive, a leading "the" dropped); an event when an event of the
class in that document has that agent; a relation when the two entities are linked by it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from kg import ask
from kg.errors import KGError, NoAnswerError
from kg.evaluate.score import Score
from kg.pipeline import Pipeline
from kg.store import KGStore

# A label that keeps a possessive or a title is a resolution bug ("Ghani's", "Gen. McKenzie").
BAD_LABEL = re.compile(r"['’]s?$|^(?:Mr|Mrs|Ms|Dr|Gen|Maj|Col|Lt|Capt|Sgt|Adm|Sen|Rep|Gov)\.?\s|^(?:President|Minister)\s")


def _norm(name: str) -> str:
    return name.casefold().removeprefix("the ").strip()


def read_facts(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
        for key in ("entities", "events", "relations"):
            if not isinstance(gold[key], list):
                raise TypeError(f"{key} is not a list")
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise KGError(f"{path}: not a facts gold file ({exc})") from exc
    return gold  # type: ignore[no-any-return]


def _entity_index(store: KGStore) -> dict[str, set[tuple[str, str]]]:
    """Normalised name -> {(entity IRI, class)} over labels and aliases."""
    _, rows = store.select("""SELECT DISTINCT ?e ?name ?t WHERE { ?e gaf:denotedBy [] ; a ?t .
        { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } }""")
    index: dict[str, set[tuple[str, str]]] = {}
    for r in rows:
        index.setdefault(_norm(r["name"].value), set()).add((r["e"].value, r["t"].value.split("#")[-1]))
    return index


def _score_entities(gold: dict[str, Any], store: KGStore, pipeline: Pipeline) -> tuple[Score, list[str], dict[str, set[str]]]:
    index = _entity_index(store)
    score, problems, iris = Score(), [], {}
    for entity in gold["entities"]:
        if entity.get("optional"):
            continue
        kind = entity["type"]
        score.gold[kind] += 1
        found = set().union(*(index.get(_norm(n), set()) for n in entity["names"]))
        right = {iri for iri, cls in found if pipeline.lexicon.is_a(cls, kind)}
        iris[entity["key"]] = {iri for iri, _ in found}
        if right:
            score.matched[kind] += 1
            score.predicted[kind] += 1
            if len(right) > 1:
                problems.append(f"{entity['key']} split over {len(right)} IRIs")
        else:
            problems.append(f"{entity['key']}: not found as {kind} (found {sorted({c for _, c in found})})")
    _, rows = store.select("SELECT DISTINCT ?l WHERE { ?e gaf:denotedBy [] ; rdfs:label ?l }")
    problems += [f"label with a possessive or title: {r['l'].value!r}" for r in rows if BAD_LABEL.search(r["l"].value)]
    return score, problems, iris


def _score_events(gold: dict[str, Any], store: KGStore, iris: dict[str, set[str]]) -> tuple[Score, Score, list[str]]:
    """Found: an event of the class in the document with the gold agent (when the gold names one).
    Dated right: such an event, or one at the gold place, carries the gold date."""
    _, rows = store.select("""SELECT ?ev ?cls ?source ?agent ?place ?date WHERE {
        ?ev a ?cls ; ckg:confidence [] ; gaf:denotedBy/nif:referenceContext/ckg:sourceId ?source .
        OPTIONAL { ?ev ckg:agent ?agent } OPTIONAL { ?ev ckg:place ?place } OPTIONAL { ?ev ckg:date ?date } }""")
    found = [(r["cls"].value.split("#")[-1], r["source"].value, r["agent"].value if r["agent"] else None,
              r["place"].value if r["place"] else None, r["date"].value if r["date"] else None) for r in rows]
    events, dated, problems = Score(), Score(), []
    for e in gold["events"]:
        if e.get("optional"):
            continue
        events.gold[e["type"]] += 1
        same = [f for f in found if f[0] == e["type"] and f[1].startswith(e["doc"])]
        agents, places = iris.get(e.get("agent", ""), set()), iris.get(e.get("place", ""), set())
        if [f for f in same if not e.get("agent") or f[2] in agents]:
            events.matched[e["type"]] += 1
            events.predicted[e["type"]] += 1
        else:
            problems.append(f"event missed: {e['type']} in {e['doc']} ({e.get('evidence', '')})")
        if e.get("date"):
            dated.gold["dated"] += 1
            candidates = [f for f in same if f[2] in agents or f[3] in places]
            if any(f[4] == e["date"] for f in candidates):
                dated.matched["dated"] += 1
                dated.predicted["dated"] += 1
            else:
                problems.append(f"date wrong or missing: {e['type']} {e['date']} (found {[f[4] for f in candidates]})")
    return events, dated, problems


def _score_relations(gold: dict[str, Any], store: KGStore, iris: dict[str, set[str]]) -> tuple[Score, list[str]]:
    _, rows = store.select("""SELECT DISTINCT ?s ?p ?o WHERE {
        VALUES ?p { ckg:memberOf ckg:basedIn ckg:locatedIn ckg:partOf } ?s ?p ?o }""")
    links = {(r["s"].value, r["p"].value.split("#")[1], r["o"].value) for r in rows}
    score, problems = Score(), []
    for rel in gold["relations"]:
        if rel.get("optional"):
            continue
        score.gold[rel["p"]] += 1
        if any((s, rel["p"], o) in links for s in iris.get(rel["s"], ()) for o in iris.get(rel["o"], ())):
            score.matched[rel["p"]] += 1
            score.predicted[rel["p"]] += 1
        else:
            problems.append(f"relation missed: {rel['s']} {rel['p']} {rel['o']}")
    return score, problems


def _score_questions(gold: dict[str, Any], store: KGStore) -> tuple[Score, list[str]]:
    keys = {e["key"]: [n.lower() for n in e["names"]] for e in gold["entities"]}
    score, problems = Score(), []
    for q in gold.get("questions", []):
        score.gold["question"] += 1
        try:
            answer = ask.answer(store, q["ask"])
        except NoAnswerError:
            problems.append(f"question not answered: {q['ask']}")
            continue
        text = " ".join(i.text for i in answer.items).lower() + " " + answer.headline.lower()
        wanted = [any(n in text for n in keys.get(k, [k.replace("_", " ")]))
                  for k in q.get("answer", []) + q.get("answer_includes", [])]
        wanted += [cls.lower() in text for cls in q.get("answer_includes_types", [])]
        wanted += [f"{n:,}" in text for n in q.get("answer_includes_numbers", [])]
        if all(wanted):
            score.matched["question"] += 1
            score.predicted["question"] += 1
        else:
            problems.append(f"question answered wrongly: {q['ask']}")
    return score, problems


def default_texts(path: Path) -> Path:
    """Where the gold texts are: ../shared/seeds for ../shared/eval/seeds/gold.json, else ./seeds."""
    for candidate in (path.resolve().parent.parent.parent / "seeds", Path("seeds")):
        if candidate.is_dir():
            return candidate
    raise KGError(f"{path}: where are the texts these facts are about? Give --texts DIR")


def evaluate_facts(path: Path, pipeline: Pipeline, texts: Path | None) -> dict[str, object]:
    gold = read_facts(path)
    folder = texts or default_texts(path)
    store = KGStore(None)  # throw-away
    report = pipeline.ingest(store, [str(folder)])
    entities, problems, iris = _score_entities(gold, store, pipeline)
    events, dated, event_problems = _score_events(gold, store, iris)
    relations, relation_problems = _score_relations(gold, store, iris)
    answered, question_problems = _score_questions(gold, store)
    return {"gold_file": str(path), "format": "facts", "documents": report.documents, "texts": str(folder),
            "tables": {"entities": entities.table("required entities found with their type", True),
                       "events": events.table("events found: class, document and agent", True),
                       "dates": dated.table("dated events with the gold date", True),
                       "relations": relations.table("relations between the right entities", True),
                       "questions": answered.table("gold questions answered by kg ask", True)},
            "problems": problems + event_problems + relation_problems + question_problems}
