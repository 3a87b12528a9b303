import json
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.evaluate import coarse_gold, evaluate, read_rams, read_wikievents
from tests.conftest import run_cli, shared_path

pytestmark = pytest.mark.model


def test_type_mapping() -> None:
    assert coarse_gold("Conflict.Attack.DetonateExplode") == "Attack"
    assert coarse_gold("Life.Die.Unspecified") == "Killing"
    assert coarse_gold("conflict.yield.surrender.n/a") == "Surrender"
    assert coarse_gold("Movement.Transportation.Unspecified") is None


@pytest.mark.shared
def test_wikievents_offsets_line_up_with_the_text() -> None:
    doc = next(read_wikievents(shared_path("eval", "wikievents", "dev.jsonl")))
    raw = json.loads(shared_path("eval", "wikievents", "dev.jsonl").open(encoding="utf-8").readline())
    first = raw["event_mentions"][0]["trigger"]["text"]
    assert any(doc.text[e.begin:e.end] == first for e in doc.events)


@pytest.mark.shared
def test_rams_offsets_line_up_with_the_text() -> None:
    path = shared_path("eval", "rams", "dev.jsonlines")
    doc = next(read_rams(path))
    raw = json.loads(path.open(encoding="utf-8").readline())
    tokens = [t for s in raw["sentences"] for t in s]
    start, end, _ = raw["evt_triggers"][0]
    assert doc.text[doc.events[0].begin:doc.events[0].end] == " ".join(tokens[start:end + 1])


@pytest.mark.shared
def test_eval_scores_a_few_documents(pipeline) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(shared_path("eval", "wikievents", "dev.jsonl"), pipeline, limit=3)
    overall = report["overall"]
    assert report["documents"] == 3 and overall["gold"] > 0 and 0 < overall["recall"] <= 1  # type: ignore[index]
    assert 0 <= overall["precision"] <= 1  # type: ignore[index]


def test_unknown_gold_format(tmp_path: Path) -> None:
    bad = tmp_path / "x.jsonl"
    bad.write_text('{"hello": 1}\n', encoding="utf-8")
    with pytest.raises(KGError, match="unknown gold format"):
        evaluate(bad, None)  # type: ignore[arg-type]
    result = run_cli("eval", str(bad))
    assert result.returncode == 1 and result.stderr.startswith("kg: ") and "Traceback" not in result.stderr
