"""Precision / recall / F1 tables, by type and overall: the one scoring shape every reader reports."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Score:
    gold: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)

    def row(self, cls: str | None = None, recall_only: bool = False) -> dict[str, float | int | None]:
        g = self.gold[cls] if cls else sum(self.gold.values())
        p = self.predicted[cls] if cls else sum(self.predicted.values())
        m = self.matched[cls] if cls else sum(self.matched.values())
        precision = m / p if p else 0.0
        recall = m / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"gold": g, "predicted": p, "matched": m,
                "precision": None if recall_only else round(precision, 3), "recall": round(recall, 3),
                "f1": None if recall_only else round(f1, 3)}

    def table(self, measure: str, recall_only: bool = False) -> dict[str, object]:
        classes = sorted(set(self.gold) | set(self.predicted))
        return {"measure": measure, "recall_only": recall_only,
                "by_type": {cls: self.row(cls, recall_only) for cls in classes},
                "overall": self.row(None, recall_only)}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
