"""Named entities against CoNLL-2003 (PER, ORG, LOC; MISC is not scored): kg against the bare model.

A mention matches when its character span and type are exactly the gold ones (the CoNLL measure).
kg's side is read back from a throw-away store, names only: the pronoun and description mentions
kg links to entities ("he", "the insurgents") are not names and CoNLL does not annotate them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError
from kg.evaluate.score import Score
from kg.lexicon import Lexicon
from kg.model import Document
from kg.nlp import bare_entities
from kg.pipeline import Pipeline

TYPES = ("PER", "ORG", "LOC")
NOT_NAMES = {"he", "she", "they", "it", "him", "her", "them", "his", "its", "their", "we", "i", "you"}


@dataclass(frozen=True)
class NerDoc:
    id: str
    text: str
    entities: frozenset[tuple[int, int, str]]


def read_conll(path: Path) -> list[NerDoc]:
    """CoNLL-2003 columns (token first, IOB1 or IOB2 tag last), -DOCSTART- between documents."""
    docs: list[NerDoc] = []
    parts: list[str] = []
    entities: set[tuple[int, int, str]] = set()
    length = 0
    open_: tuple[int, int, str] | None = None
    sentence_start = True

    def close() -> None:
        nonlocal open_
        if open_ is not None:
            if open_[2] in TYPES:
                entities.add(open_)
            open_ = None

    def finish() -> None:
        nonlocal parts, entities, length
        close()
        if parts:
            docs.append(NerDoc(f"conll-{len(docs) + 1:03d}", "".join(parts), frozenset(entities)))
        parts, entities, length = [], set(), 0

    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            cols = line.split()
            if not cols:
                close()
                sentence_start = True
                continue
            if cols[0] == "-DOCSTART-":
                finish()
                continue
            if len(cols) < 2 or not (cols[-1] == "O" or cols[-1][:2] in ("B-", "I-")):
                raise KGError(f"{path}:{number}: not a CoNLL-2003 line (token ... tag)")
            if parts:
                parts.append("\n" if sentence_start else " ")
                length += 1
            sentence_start = False
            begin, length = length, length + len(cols[0])
            parts.append(cols[0])
            tag = cols[-1]
            if tag == "O":
                close()
                continue
            kind = tag[2:]
            if open_ is not None and open_[2] == kind and tag.startswith("I-"):
                open_ = (open_[0], length, kind)
            else:
                close()
                open_ = (begin, length, kind)
    finish()
    return docs


def _conll_type(lexicon: Lexicon, cls: str) -> str | None:
    if lexicon.is_a(cls, "Person"):
        return "PER"
    if lexicon.is_a(cls, "Place"):
        return "LOC"
    if lexicon.is_a(cls, "Organisation"):
        return "ORG"
    return None


def _is_name(anchor: str, demonyms: dict[str, str]) -> bool:
    """Names only: not "he", "the insurgents", "Afghan forces" (built from a demonym), or "Afghan"
    (a nationality kg links to its country)."""
    words = anchor.split()
    if words and words[0].lower() in ("the", "a", "an", "this", "that", "these", "those") and len(words) > 1:
        words = words[1:]
    if not words or anchor.lower() in NOT_NAMES or anchor in demonyms:
        return False
    return all(w[0].isupper() or not w[0].isalpha() for w in (words[0], words[-1]))


def kg_entities(pipeline: Pipeline, docs: list[NerDoc]) -> dict[str, set[tuple[int, int, str]]]:
    store = pipeline.memory_store(Document(id=d.id, text=d.text) for d in docs)
    _, rows = store.select("""SELECT DISTINCT ?doc ?t ?b ?e ?a WHERE {
        ?x a ?t ; gaf:denotedBy ?m . ?m nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a ;
           nif:referenceContext/ckg:sourceId ?doc }""")
    out: dict[str, set[tuple[int, int, str]]] = {}
    for r in rows:
        kind = _conll_type(pipeline.lexicon, r["t"].value.split("#")[-1])
        if kind and _is_name(r["a"].value, pipeline.lexicon.demonyms):
            out.setdefault(r["doc"].value, set()).add((int(r["b"].value), int(r["e"].value), kind))
    return out


def _score(docs: list[NerDoc], predicted: dict[str, set[tuple[int, int, str]]]) -> Score:
    score = Score()
    for doc in docs:
        pred = predicted.get(doc.id, set())
        for _, _, kind in doc.entities:
            score.gold[kind] += 1
        for _, _, kind in pred:
            score.predicted[kind] += 1
        for _, _, kind in doc.entities & pred:
            score.matched[kind] += 1
    return score


def evaluate_conll(path: Path, pipeline: Pipeline, limit: int | None) -> dict[str, object]:
    docs = read_conll(path)[:limit]
    ours = _score(docs, kg_entities(pipeline, docs))
    tagged = bare_entities(pipeline.nlp, (d.text for d in docs))
    bare = _score(docs, {d.id: set(ents) for d, ents in zip(docs, tagged, strict=True)})
    measure = "PER/ORG/LOC, exact span and type"
    return {"gold_file": str(path), "format": "conll2003", "documents": len(docs),
            "tables": {"kg": ours.table(measure),
                       "spacy": bare.table(f"bare {pipeline.model}: {measure}")},
            "gain_f1": round(_f1(ours) - _f1(bare), 4)}


def _f1(score: Score) -> float:
    """Unrounded, so the gain is not an artefact of rounding the two tables."""
    g, p, m = (sum(c.values()) for c in (score.gold, score.predicted, score.matched))
    return 2 * m / (g + p) if g + p else 0.0
