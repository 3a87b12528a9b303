"""Extraction quality on the dev sets in ../shared/eval (skipped cleanly where absent): writes a
JSON report to benchmarks/out/quality.json and prints it.

    python benchmarks/quality.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "eval"
SETS = {"wikievents": SHARED / "wikievents" / "dev.jsonl", "rams": SHARED / "rams" / "dev.jsonlines",
        "conll2003": SHARED / "conll2003" / "eng.testa", "seeds": SHARED / "seeds" / "gold.json"}
TARGETS = {"wikievents": {"trigger_f1": 0.70, "argument_f1": 0.45}, "rams": {"trigger_recall": 0.55},
           "conll2003": {"gain_f1_over_bare_model": 0.10},
           "seeds": {"event_recall": 0.85, "dated_events": 1.0, "relation_recall": 0.80}}


def main() -> None:
    from kg.evaluate import evaluate
    from kg.pipeline import Pipeline

    pipeline = Pipeline()
    report: dict[str, object] = {"model": pipeline.model}
    for name, path in SETS.items():
        if not path.exists():
            report[name] = {"skipped": f"{path} is absent"}
            continue
        result = evaluate(path, pipeline)
        result["targets"] = TARGETS[name]
        report[name] = result
    out = ROOT / "benchmarks" / "out" / "quality.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
