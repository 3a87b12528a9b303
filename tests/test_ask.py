import json

import pytest

from kg import ask, queries
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
    assert "can't answer that yet" in str(info.value) and "kg ask --help" in str(info.value)
    assert str(info.value).count("  - ") == 3


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


@pytest.mark.parametrize(("question", "query", "expected"), [
    ("When did the Taliban capture Kunduz?", "events", "Capture by Taliban"),
    ("Who speaks for the Pentagon?", "people", "John Kirby (spokesman)"),
    ("Who speaks for CentCom?", "people", "Nicole Ferrara"),
    ("How are the Taliban and the Pentagon connected?", "connection", "through John Kirby"),
    ("Where did the Taliban operate?", "events", "Kunduz"),
    ("List events of type Capture", "events", "Capture by Taliban"),
    ("list all airstrikes", "events", "Airstrike by United States"),
    ("Who was Kunduz captured by?", "who-did", "Taliban"),
    ("By whom was Kunduz seized?", "who-did", "Taliban"),
    ("What did John Kirby say about the Taliban?", "statements", "John Kirby"),
    ("How many people were displaced by the Taliban?", "casualties", "300,000"),
    ("What happened in Afghanistan in May 2021?", "events-in-place", "Attack"),
])
def test_question_forms(seed_store, question: str, query: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask.answer(seed_store, question)
    assert answer.query == query
    assert any(expected in item.text for item in answer.items), [i.text for i in answer.items]
    assert all(item.evidence is None or item.evidence.sentence for item in answer.items)


def test_unknown_question_gets_the_closest_forms(seed_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NoAnswerError) as info:
        ask.answer(seed_store, "Where did the rebels fight most?")
    first = str(info.value).splitlines()[1]
    assert "where did ACTOR operate" in first


def test_a_toll_that_could_happen_or_did_not_is_not_counted(ingest_article) -> None:  # type: ignore[no-untyped-def]
    store = ingest_article("report.txt", "date 2024-03-02\nAid agencies warned that the fighting could kill 8,000 people in Darfur. "
                       "Militias killed 14 villagers in Tawila on Friday.\n")
    answer = ask.answer(store, "How many people were killed?")
    assert answer.headline.startswith("Reported 14 people killed (sum over 1 report(s))"), answer.headline
    assert any("8,000 killed" in i.text and "not counted" in i.text for i in answer.items)
    from kg import queries

    rows = queries.run_named(store, "casualty-totals").rows  # ingest rebuilt the summary graph
    assert sum(int(queries.plain(r["killed"])) for r in rows) == 14, rows


def test_an_agent_nobody_named_is_answered_in_the_text_s_words(pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kg.store import KGStore

    article = tmp_path / "tora.txt"
    article.write_text("date 2024-05-10\nRebels attacked Tora on Monday. The Taliban attacked Tora in June.\n",
                       encoding="utf-8")
    store = KGStore(None)
    pipeline.ingest(store, [str(article)])
    texts = [i.text for i in ask.answer(store, "Who attacked Tora?").items]
    assert "Rebels (unnamed; Attack, 2024-05-06)" in texts, texts
    assert any(t.startswith("Taliban (Attack") for t in texts), texts  # a named agent stays plain


def test_who_withdrew_from_and_surrendered_to(ingest_article) -> None:  # type: ignore[no-untyped-def]
    store = ingest_article("kidal.txt", "date 2023-11-20\nTuareg-led rebels of the CSP withdrew from Kidal on Monday. "
                           "On Tuesday, 30 soldiers surrendered to the Taliban in Kunduz.\n")
    withdrew = ask.answer(store, "Who withdrew from Kidal?")
    assert withdrew.headline == "Withdrawal from Kidal:" and withdrew.items, withdrew
    surrendered = ask.answer(store, "Who surrendered to the Taliban?")
    assert surrendered.headline == "Surrender to Taliban:"
    assert surrendered.items and "30 soldiers" in surrendered.items[0].text, surrendered.items


def test_coordinated_agents_answer_together(ingest_article) -> None:  # type: ignore[no-untyped-def]
    store = ingest_article("hodeidah.txt", "date 2024-01-12\nUS and British forces attacked Houthi positions in "
                           "Hodeidah on Thursday.\n")
    texts = [i.text for i in ask.answer(store, "Who attacked Hodeidah?").items]
    assert any(t.startswith("US forces (Attack") for t in texts) and any(
        t.startswith("British forces (Attack") for t in texts), texts
    from kg import queries

    rows = queries.run_named(store, "events", {"type": "Attack"}).rows  # one row per event, both agents in it
    assert [queries.plain(r["agentLabel"]) for r in rows] == ["British forces; US forces"], rows
    _, labels = store.select("SELECT ?l WHERE { ?e a ckg:Attack ; rdfs:label ?l }")
    assert [r["l"].value for r in labels] == ["Attack by US forces and British forces against Houthis in Hodeidah"]


def test_who_is_a_governor_and_someone_with_no_stated_role(ingest_article) -> None:  # type: ignore[no-untyped-def]
    store = ingest_article("kaduna.txt", "date 2024-03-09\nKaduna state governor Uba Sani said security forces were "
                           "searching for the children. Defence Minister Ivan Velasquez said 5,000 soldiers had been "
                           "sent. Local councillor Abubakar Sani told Reuters one man was shot dead.\n")
    texts = [i.text for i in ask.answer(store, "Who is Uba Sani?").items]
    assert texts == ["Uba Sani: governor (based in Kaduna State)"], texts  # the state, a gazetteer region
    # no role the text ties to an organisation or place: where the documents name him, cited
    answer = ask.answer(store, "Who is Abubakar Sani?")
    assert "no role stated" in answer.headline and answer.items[0].evidence is not None
    assert "Local councillor Abubakar Sani" in answer.items[0].evidence.sentence
    from kg import queries

    labels = {queries.plain(r["label"]) for r in queries.run_named(store, "entities", {}).rows}
    assert "Defence" not in labels, labels  # a portfolio in a title is no organisation


def test_who_did_it_to_people_at_a_place(ingest_article) -> None:  # type: ignore[no-untyped-def]
    store = ingest_article("kuriga.txt", "date 2024-03-09\nSuspected Boko Haram militants abducted 287 students from a "
                           "school in the town of Kuriga on Thursday.\n")
    answer = ask.answer(store, "Who kidnapped students in Kuriga?")
    assert answer.headline == "Arrest in Kuriga:" and [i.text.split(" (")[0] for i in answer.items] == ["Boko Haram"]
    with pytest.raises(NoAnswerError, match="I don't know 'Nowhere'"):
        ask.answer(store, "Who kidnapped students in Nowhere?")


def test_whom_a_place_was_handed_over_to(ingest_article) -> None:  # type: ignore[no-untyped-def]
    store = ingest_article("bagram.txt", "date 2021-07-03\nThe United States handed over Bagram air base to Afghan "
                           "forces on Friday. Rwanda later turned over the town of Palma to the Mozambican army.\n")
    answer = ask.answer(store, "Who was Bagram handed over to?")
    assert [i.text for i in answer.items] == ["Afghan forces (by United States, 2021-07-02)"], answer.items
    assert answer.items[0].evidence is not None  # cited, like every answer
    palma = ask.answer(store, "To whom was Palma turned over?")
    assert [i.text.split(" (")[0] for i in palma.items] == ["Mozambican forces"]
    rows = queries.run_named(store, "event-roles").rows
    assert ("Afghan forces", "recipient") in {(r["entityLabel"].value, r["role"].value) for r in rows}, rows


def test_who_met_and_who_fought(ingest_article) -> None:  # type: ignore[no-untyped-def]
    store = ingest_article("kunming.txt", "date 2024-01-13\nThe Taliban met Chinese officials in Kunming on Tuesday. "
                           "Clashes between the Taliban and Afghan forces erupted in Kunduz.\n")
    met = ask.answer(store, "Who met in Kunming?")
    assert met.items and met.items[0].text.startswith("Taliban (Meeting"), met
    fought = [i.text for i in ask.answer(store, "Who fought Afghan forces?").items]
    assert len(fought) == 1 and fought[0].startswith("Taliban (Attack"), fought  # one side, the other is the target
