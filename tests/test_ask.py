import json

import pytest

from kg import ask
from kg.errors import NoAnswerError
from tests.conftest import shared_path

pytestmark = pytest.mark.model


def test_who_captured_kunduz_cites_the_sentence(seed_store) -> None:  # type: ignore[no-untyped-def]
    answer = ask.answer(seed_store, "Who captured Kunduz?")
    assert answer.query == "who-did"
    assert [i.text.split(" (")[0] for i in answer.items] == ["Taliban"]
    evidence = answer.items[0].evidence
    assert evidence is not None and evidence.source.startswith("003") and "seized Kunduz" in evidence.sentence


@pytest.mark.parametrize("question", ["who seized Kunduz", "Who took control of Kunduz?", "WHO CAPTURED KUNDUZ?",
                                      "Who has captured Kunduz city?"])
def test_wording_variations(seed_store, question: str) -> None:  # type: ignore[no-untyped-def]
    assert any("Taliban" in i.text for i in ask.answer(seed_store, question).items)


def test_aliases_in_questions_resolve_to_one_entity(seed_store) -> None:  # type: ignore[no-untyped-def]
    for name in ("the US", "America", "United States", "USA"):
        items = ask.answer(seed_store, f"Which organisations are connected to {name}?").items
        assert any("Taliban" in i.text for i in items), name


@pytest.mark.shared
def test_gold_questions(seed_store) -> None:  # type: ignore[no-untyped-def]
    gold = json.loads(shared_path("eval", "seeds", "gold.json").read_text(encoding="utf-8"))
    keys = {e["key"]: [n.lower() for n in e["names"]] for e in gold["entities"]}
    for q in gold["questions"]:
        answer = ask.answer(seed_store, q["ask"])
        text = " ".join(i.text for i in answer.items).lower() + " " + answer.headline.lower()
        for key in q.get("answer", []) + q.get("answer_includes", []):
            assert any(name in text for name in keys.get(key, [key.replace("_", " ")])), (q["ask"], key, text)
        for cls in q.get("answer_includes_types", []):
            assert cls.lower() in text, (q["ask"], cls)
        for number in q.get("answer_includes_numbers", []):
            assert f"{number:,}" in text, (q["ask"], number)


def test_unknown_question_lists_what_it_understands(seed_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NoAnswerError) as info:
        ask.answer(seed_store, "What is the meaning of life?")
    assert "can't answer that yet" in str(info.value) and "Who captured Kunduz?" in str(info.value)


def test_unknown_entity_gets_suggestions(seed_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NoAnswerError, match="Did you mean: Kunduz"):
        ask.answer(seed_store, "What happened in Kunduzz?")


@pytest.mark.parametrize("evil", ['Who captured Kunduz"} ; DROP ALL ; {?', "Who is x> } . ?s ?p ?o . { <y?",
                                  "What happened in ' OR 1=1 --?"])
def test_injection_attempts_change_nothing(seed_store, evil: str) -> None:  # type: ignore[no-untyped-def]
    before = len(seed_store)
    with pytest.raises(NoAnswerError):
        ask.answer(seed_store, evil)
    assert len(seed_store) == before


def test_ask_does_not_load_spacy() -> None:
    import subprocess
    import sys

    code = "import kg.ask, kg.cli, sys; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
