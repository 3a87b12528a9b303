"""Event coreference: a later mention of an event told earlier joins it, through the real model."""

from __future__ import annotations

from datetime import date

import pytest

from kg import ask
from kg.model import Document, Event


@pytest.fixture(scope="module")
def events(article_events):  # type: ignore[no-untyped-def]
    """text -> the document's events after coreference, published 2024-06-01, with a name per mention."""
    return lambda text: article_events(text, date(2024, 6, 1))


def _of(events: list[Event], cls: str) -> list[Event]:
    return [e for e in events if e.cls == cls]


def test_the_blast_and_the_explosion_are_the_bombing_told_again(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A car bomb exploded outside a hotel in Mogadishu on Tuesday, killing nine people. "
                          "Officials said the blast was carried out by al-Shabaab. "
                          "The explosion also wounded 20 people.")
    bombings = _of(found, "Bombing")
    assert len(bombings) == 1, [(e.cls, e.trigger.text) for e in found]
    bombing = bombings[0]
    assert [s.text for s in bombing.also] == ["blast", "explosion"]
    # What each mention said is gathered on the one event.
    assert bombing.agent is not None and names[bombing.agent] == "al-Shabaab"
    assert bombing.place is not None and names[bombing.place] == "Mogadishu"
    assert bombing.date is not None and bombing.date.value == "2024-05-28"


def test_a_toll_told_twice_is_one_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen killed 12 villagers in Zamfara on Sunday. Residents said the attack, "
                      "which killed 12 villagers, lasted two hours.")
    killings = _of(found, "Killing")
    assert len(killings) == 1 and killings[0].fatalities == 12 and len(killings[0].also) == 1


@pytest.mark.parametrize("text", [
    # Two places: two incidents.
    "Two soldiers were killed in Kandahar on Monday. Two soldiers were killed in Helmand on Tuesday.",
    # The text says it is another incident.
    "Five police officers were killed in Kabul on Monday. In a separate attack, five police officers were killed.",
    # Not the same people.
    "Three soldiers were killed in Gao. Later three civilians were killed.",
])
def test_tolls_of_different_incidents_stay_apart(events, text: str) -> None:  # type: ignore[no-untyped-def]
    found, _ = events(text)
    assert len(_of(found, "Killing")) == 2, [(e.trigger.text, e.also) for e in found]


@pytest.mark.parametrize("text, cls", [
    # "the attack" is none of several attacks.
    ("Militants have carried out several attacks on the base. The attack on Monday wounded four guards.", "Attack"),
    # A full description may be another event of the same kind.
    ("A bomb exploded in London on Saturday. The Manchester bombing in May killed 22 people.", "Bombing"),
    # Nobody calls a gun battle "the attack".
    ("Troops clashed with rebels near Goma on Monday. The attack on the airport began at dawn.", "Attack"),
    # "the worst explosion" picks one of several.
    ("A bomb exploded at the market. The worst explosion was at the bus station.", "Bombing"),
])
def test_no_join_without_a_sign_they_are_one(events, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    found, _ = events(text)
    assert not any(e.also for e in found), [(e.cls, e.trigger.text, [s.text for s in e.also]) for e in found]
    assert len([e for e in found if e.cls not in ("Statement",)]) >= 2


def test_statements_never_join(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events('The governor said the town was calm. "We are safe," the governor said.')
    assert len(_of(found, "Statement")) == 2


def test_the_same_actors_make_the_same_capture(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The Taliban captured Kunduz on Sunday. Residents fled after the Taliban's capture of Kunduz.")
    captures = _of(found, "Capture")
    assert len(captures) == 1 and [s.text for s in captures[0].also] == ["capture"]


def test_a_toll_is_counted_once_and_every_mention_is_evidence(ingest_article) -> None:  # type: ignore[no-untyped-def]
    store = ingest_article("zamfara.txt", "date 2024-06-03\nGunmen attacked a village in Zamfara on Sunday, killing 12 people. "
                       "Residents said the attack, which killed 12 people, was carried out by Boko Haram.\n"
                       "In a separate incident, four soldiers were killed in Borno.\n")
    answer = ask.answer(store, "How many people were killed?")
    assert answer.headline.startswith("Reported 16 people killed (sum over 2 report(s))"), answer.headline
    who = ask.answer(store, "Who attacked Zamfara?").items
    assert [i.text.split(" (")[0] for i in who] == ["Boko Haram"], who
    evidence = who[0].evidence
    assert evidence is not None and evidence.sentence.startswith("Gunmen attacked a village")
    assert evidence.also == ("Residents said the attack, which killed 12 people, was carried out by Boko Haram.",)


def test_mention_level_gold_sets_are_scored_before_joining(pipeline) -> None:  # type: ignore[no-untyped-def]
    """WikiEvents annotates every mention with its own arguments: the evaluator keeps them apart."""
    from kg.evaluate.events import GoldDoc, predicted_events

    text = "A bomb exploded in Kabul on Monday. The explosion killed four people."
    predicted = predicted_events(pipeline, [GoldDoc("d", text, ())])["d"]
    assert sorted(text[p.begin:p.end] for p in predicted if p.cls == "Attack") == ["exploded", "explosion"]
    joined = pipeline.memory_store([Document(id="d", text=text)])
    _, rows = joined.select("SELECT ?m WHERE { ?e a ckg:Bombing ; ckg:alsoDenotedBy ?m }")
    assert len(rows) == 1


def test_a_toll_taken_in_an_attack_takes_the_agent_named_later(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen attacked a hotel in Mogadishu on Friday, killing 15 guests. "
                          "Al-Shabaab said it carried out the attack.")
    killing, = _of(found, "Killing")
    attack, = _of(found, "Attack")
    assert killing.part_of == found.index(attack)
    assert killing.agent is not None and names[killing.agent] == "al-Shabaab"
    assert killing.agent_phrase is not None and killing.agent_phrase.text == "Gunmen"  # the words stay


def test_a_toll_keeps_the_agent_it_names_itself(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Taliban attacked an army post in Ghazni on Monday. "
                          "Afghan soldiers killed 20 fighters during the attack.")
    killing, = _of(found, "Killing")
    assert killing.agent is not None and names[killing.agent] != "Taliban", names[killing.agent]


def test_a_toll_told_again_inside_the_attack_links_both_ways(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militants killed eight workers in Mosul on Thursday. Officials said the attack, "
                          "which killed eight workers, was carried out by Islamic State.")
    killing, = _of(found, "Killing")
    attack, = _of(found, "Attack")
    assert killing.agent is not None and names[killing.agent] == "Islamic State"  # from the attack's sentence
    assert attack.place is not None and names[attack.place] == "Mosul"  # from the toll's sentence
    assert attack.date is not None and attack.date.value == "2024-05-30"


def test_a_headline_told_by_the_body_takes_its_words_and_lends_itself_no_further(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen kill 19 in clash between cartels in Sinaloa\n\nCULIACAN, Mexico (AP) - At least 19 people "
                      "were killed in a gun battle on the outskirts of Culiacan, authorities said.\n\nSince July, rival "
                      "factions have fought for control of the state, leaving hundreds dead.")
    killings = _of(found, "Killing")
    assert len(killings) == 2, [(e.trigger.text, e.fatalities) for e in killings]
    told = killings[0]
    assert (told.fatalities, told.count_qualifier, told.target_phrase.text) == (19, "at least", "At least 19 people")
    assert killings[1].fatalities == 100  # the months of fighting are not the headline's battle
    # and the lede's name for the dead joins the headline's: "33 militants" are the "33 attackers"
    found, _ = events("Pakistan ends train siege, 33 militants killed\n\nQUETTA (Reuters) - Pakistani forces ended "
                      "the siege of a hijacked train, killing all 33 attackers, the military said.")
    assert len(_of(found, "Killing")) == 1
