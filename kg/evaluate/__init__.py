"""`kg eval`: extraction quality against annotated sets, through a throw-away store.

Readers: WikiEvents JSONL (KAIROS types; triggers and arguments, P/R/F1), RAMS jsonlines (AIDA
types; one annotated event per example, so recall only), CoNLL-2003 NER (kg against the bare
spaCy model), and our facts format (the seeds gold). Every report has the same shape: named
tables of gold / predicted / matched counts with precision, recall and F1, by type and overall.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import KGError
from kg.evaluate.conll import evaluate_conll, read_conll
from kg.evaluate.events import (
    AIDA_TYPES,
    COARSE,
    KAIROS_TYPES,
    ROLES,
    GoldDoc,
    GoldEvent,
    coarse_gold,
    evaluate_events,
    read_rams,
    read_wikievents,
)
from kg.evaluate.facts import evaluate_facts
from kg.evaluate.score import Score
from kg.pipeline import Pipeline

__all__ = ["AIDA_TYPES", "COARSE", "KAIROS_TYPES", "ROLES", "GoldDoc", "GoldEvent", "Score", "coarse_gold",
           "detect_format", "evaluate", "read_conll", "read_rams", "read_wikievents"]

FORMATS = ("wikievents", "rams", "conll2003", "facts")


def detect_format(path: Path) -> str:
    """Which reader a gold file needs, from its first non-blank line."""
    if not path.is_file():
        raise KGError(f"{path}: no such gold file")
    with path.open(encoding="utf-8", errors="replace") as handle:
        first = next((line for line in handle if line.strip()), "")
    if '"event_mentions"' in first:
        return "wikievents"
    if '"evt_triggers"' in first:
        return "rams"
    if first.lstrip().startswith("{") and path.suffix == ".json":
        return "facts"
    cols = first.split()
    if cols and (cols[0] == "-DOCSTART-" or cols[-1] == "O" or cols[-1][:2] in ("B-", "I-")):
        return "conll2003"
    raise KGError(f"{path}: unknown gold format (WikiEvents .jsonl, RAMS .jsonlines, CoNLL-2003 "
                  "columns or a facts .json)")


def evaluate(path: Path, pipeline: Pipeline, limit: int | None = None, texts: Path | None = None) -> dict[str, object]:
    kind = detect_format(path)
    if kind in ("wikievents", "rams"):
        return evaluate_events(path, pipeline, limit, rams=kind == "rams")
    if kind == "conll2003":
        return evaluate_conll(path, pipeline, limit)
    return evaluate_facts(path, pipeline, texts)
