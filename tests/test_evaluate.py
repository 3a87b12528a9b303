"""kg eval: the gold readers line up with their texts, and each report scores real pipeline output."""

import json
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.evaluate import coarse_gold, detect_format, evaluate, read_conll, read_rams, read_wikievents
from tests.conftest import run_cli, shared_path

pytestmark = pytest.mark.model


def test_type_mapping() -> None:
    assert coarse_gold("Conflict.Attack.DetonateExplode") == "Attack"
    assert coarse_gold("Life.Die.Unspecified") == "Killing"
    assert coarse_gold("conflict.yield.surrender.n/a") == "Surrender"
    assert coarse_gold("Movement.Transportation.Unspecified") is None


@pytest.mark.shared
def test_wikievents_offsets_and_arguments_line_up_with_the_text() -> None:
    path = shared_path("eval", "wikievents", "dev.jsonl")
    doc = next(read_wikievents(path))
    raw = json.loads(path.open(encoding="utf-8").readline())
    first = raw["event_mentions"][0]
    gold = next(e for e in doc.events if doc.text[e.begin:e.end] == first["trigger"]["text"])
    texts = {doc.text[b:e] for arg in gold.args for b, e in arg.spans}
    # Every argument of the first event, in the roles kg scores, is found by its text.
    assert {a["text"] for a in first["arguments"] if a["role"] in ("Victim", "Place")} <= texts
    assert {a.role for a in gold.args} == {"target", "place"}


@pytest.mark.shared
def test_rams_offsets_line_up_with_the_text() -> None:
    path = shared_path("eval", "rams", "dev.jsonlines")
    doc = next(read_rams(path))
    raw = json.loads(path.open(encoding="utf-8").readline())
    tokens = [t for s in raw["sentences"] for t in s]
    start, end, _ = raw["evt_triggers"][0]
    assert doc.text[doc.events[0].begin:doc.events[0].end] == " ".join(tokens[start:end + 1])


@pytest.mark.shared
def test_eval_scores_triggers_and_arguments(pipeline) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(shared_path("eval", "wikievents", "dev.jsonl"), pipeline, limit=3)
    triggers, arguments = report["tables"]["triggers"], report["tables"]["arguments"]  # type: ignore[index]
    assert report["documents"] == 3 and triggers["overall"]["gold"] > 0
    assert 0 < triggers["overall"]["recall"] <= 1 and 0 < triggers["overall"]["precision"] <= 1
    assert arguments["overall"]["gold"] > 0 and set(arguments["by_type"]) <= {"agent", "target", "place"}


CONLL = """-DOCSTART- -X- -X- O

KABUL I-LOC
( O
Reuters I-ORG
) O

Taliban I-ORG
fighters O
attacked O
Kunduz I-LOC
, O
John I-PER
Kirby I-PER
said O
. O
"""


def test_conll_reader_builds_text_and_spans(tmp_path: Path) -> None:
    gold = tmp_path / "ner.testa"
    gold.write_text(CONLL, encoding="utf-8")
    assert detect_format(gold) == "conll2003"
    (doc,) = read_conll(gold)
    assert doc.text == "KABUL ( Reuters )\nTaliban fighters attacked Kunduz , John Kirby said ."
    assert sorted((doc.text[b:e], t) for b, e, t in doc.entities) == [
        ("John Kirby", "PER"), ("KABUL", "LOC"), ("Kunduz", "LOC"), ("Reuters", "ORG"), ("Taliban", "ORG")]


def test_conll_bad_line_names_file_and_line(tmp_path: Path) -> None:
    gold = tmp_path / "ner.testa"
    gold.write_text(CONLL.replace("Kunduz I-LOC", "Kunduz LOCATION"), encoding="utf-8")
    with pytest.raises(KGError, match=r"ner.testa:11: not a CoNLL-2003 line"):
        read_conll(gold)


def test_conll_eval_reports_kg_against_the_bare_model(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gold = tmp_path / "ner.testa"
    gold.write_text(CONLL, encoding="utf-8")
    report = evaluate(gold, pipeline)
    ours, bare = report["tables"]["kg"], report["tables"]["spacy"]  # type: ignore[index]
    assert ours["overall"]["gold"] == bare["overall"]["gold"] == 5
    assert ours["overall"]["matched"] >= 3  # Taliban and Kunduz from the gazetteer, the recased dateline
    assert abs(report["gain_f1"] - (ours["overall"]["f1"] - bare["overall"]["f1"])) < 0.002


@pytest.mark.shared
def test_facts_eval_on_the_seeds(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The seeds gold, through kg eval: a development check with the issue's floors."""
    report = evaluate(shared_path("eval", "seeds", "gold.json"), pipeline)
    tables = report["tables"]  # type: ignore[index]
    problems = report["problems"]
    assert tables["entities"]["overall"]["recall"] == 1.0, problems
    assert not [p for p in problems if "split over" in p or "possessive or title" in p], problems
    assert tables["events"]["overall"]["recall"] >= 0.85, problems
    assert tables["dates"]["overall"]["recall"] == 1.0, problems
    assert tables["relations"]["overall"]["recall"] >= 0.80, problems
    assert tables["questions"]["overall"]["recall"] == 1.0, problems


def test_unknown_gold_format(tmp_path: Path) -> None:
    bad = tmp_path / "x.jsonl"
    bad.write_text('{"hello": 1}\n', encoding="utf-8")
    with pytest.raises(KGError, match="unknown gold format"):
        evaluate(bad, None)  # type: ignore[arg-type]
    result = run_cli("eval", str(bad))
    assert result.returncode == 1 and result.stderr.startswith("kg: ") and "Traceback" not in result.stderr


def test_bad_facts_file_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "gold.json"
    bad.write_text('{"entities": 3}', encoding="utf-8")
    result = run_cli("eval", str(bad), "--texts", str(tmp_path))
    assert result.returncode == 1 and "not a facts gold file" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.shared
def test_every_dev_document_goes_through_the_whole_pipeline(pipeline) -> None:  # type: ignore[no-untyped-def]
    """About a thousand real news texts nobody wrote for a rule (WikiEvents, RAMS, CoNLL-2003): none may
    crash extraction, and every trigger, sentence, mention and evidence must be the text at its offsets."""
    from kg.model import Document
    from kg.nlp import annotate

    texts = [d.text for d in read_wikievents(shared_path("eval", "wikievents", "dev.jsonl"))]
    texts += [d.text for d in read_rams(shared_path("eval", "rams", "dev.jsonlines"))]
    texts += [d.text for d in read_conll(shared_path("eval", "conll2003", "eng.testa"))]
    documents = [Document(id=f"dev{i}", text=t) for i, t in enumerate(texts)]
    events = 0
    for document, sdoc in annotate(pipeline.nlp, documents, keep=pipeline.acronyms):
        extraction = pipeline.extractor(document, sdoc)
        spans = [e.trigger for e in extraction.events] + [e.sentence for e in extraction.events] + [
            m.span for m in extraction.mentions] + [r.evidence for r in extraction.relations]
        for span in spans:  # an all-caps headline is parsed recased; what is stored is the document's words
            assert document.text[span.begin:span.end] == span.text, (document.id, span)
        events += len(extraction.events)
    assert len(documents) > 900 and events > 1000
