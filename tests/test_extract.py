"""Sentence tables: text -> the events and relations a reader would take from it.

None of these sentences come from the seed articles: the rules have to generalise.
"""

from datetime import date

import pytest

pytestmark = pytest.mark.model


def events(extraction):  # type: ignore[no-untyped-def]
    m = extraction.mentions

    def name(i):  # type: ignore[no-untyped-def]
        return None if i is None else m[i].name

    return [(e.cls, name(e.agent), name(e.target), name(e.place)) for e in extraction.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban fighters captured Kandahar on Friday.", ("Capture", "Taliban", "Kandahar", "Kandahar")),
    ("Herat was seized by the Taliban after weeks of fighting.", ("Capture", "Taliban", "Herat", "Herat")),
    ("Ghazni fell to the Taliban on Thursday.", ("Capture", "Taliban", "Ghazni", "Ghazni")),
    ("Al-Shabaab attacked a military base in Somalia.", ("Attack", "al-Shabaab", None, "Somalia")),
    ("Pakistani jets bombed Taliban hideouts in Khost.", ("Airstrike", None, "Taliban", "Khost")),
    ("NATO announced the withdrawal of its troops from Afghanistan.", ("Withdrawal", None, None, "Afghanistan")),
    ("The Taliban's capture of Mazar-i-Sharif shocked the government.", ("Capture", "Taliban", "Mazar-i-Sharif", "Mazar-i-Sharif")),
    ("Hundreds of Afghan soldiers surrendered to the Taliban.", ("Surrender", None, None, None)),
])
def test_event_roles(extract_text, text: str, expected: tuple[str, str | None, str | None, str | None]) -> None:  # type: ignore[no-untyped-def]
    found = events(extract_text(text))
    assert any(e[0] == expected[0] and all(x is None or x == y for x, y in zip(expected[1:], e[1:], strict=True))
               for e in found), found


def test_passive_voice_gives_agent_and_target(extract_text) -> None:  # type: ignore[no-untyped-def]
    cls, agent, target, _ = next(e for e in events(extract_text("Kunduz was captured by the Taliban.")) if e[0] == "Capture")
    assert (agent, target) == ("Taliban", "Kunduz")


def test_counts_with_qualifiers(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("The militants killed at least 12 civilians and wounded dozens more in Mosul.")
    killing = next(e for e in ex.events if e.cls == "Killing")
    assert (killing.fatalities, killing.count_qualifier) == (12, "at least")
    assert ex.mentions[killing.place].name == "Mosul"


def test_statement_with_quote_speaker_and_audience(extract_text) -> None:  # type: ignore[no-untyped-def]
    text = "“We will not stop until the city is free,” Ahmad Massoud, a resistance commander, told Reuters."
    ex = extract_text(text)
    statement = next(e for e in ex.events if e.cls == "Statement")
    assert ex.mentions[statement.agent].name == "Ahmad Massoud"
    assert ex.mentions[statement.audience].name == "Reuters"
    assert statement.quote is not None and statement.quote.text.startswith("We will not stop")
    assert text[statement.quote.begin:statement.quote.end] == statement.quote.text


def test_pronoun_speaker_resolves_to_the_last_person(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("Zabihullah Mujahid spoke in Kabul on Monday. \"The war is over,\" he said.")
    statement = next(e for e in ex.events if e.cls == "Statement")
    assert ex.mentions[statement.agent].name == "Zabihullah Mujahid"


def test_calls_and_appeals_are_statements_with_their_content(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("The United Nations called on the Taliban to halt the offensive on Herat.")
    call = next(e for e in ex.events if e.cls == "Statement")
    assert (call.trigger.text, ex.mentions[call.agent].name) == ("called on", "United Nations")
    assert call.content is not None and "halt the offensive" in call.content.text
    assert ex.mentions[call.audience].name == "Taliban"
    # Unnamed speakers count when the sentence says what they asked for; a bare verb does not.
    urged = extract_text("Local officials urged residents to leave the district.")
    assert [e.cls for e in urged.events] == ["Statement"] and urged.events[0].agent_phrase.text == "Local officials"
    assert not [e for e in extract_text("Somebody appealed.").events if e.cls == "Statement"]


def test_modality(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("US troops are expected to leave Iraq by December. The army did not attack the village.")
    statuses = {e.cls: e.status for e in ex.events}
    assert statuses.get("Withdrawal") == "Planned"
    assert statuses.get("Attack") == "Negated"


def test_accusation_makes_the_accused_an_alleged_agent(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("Hamas accused Israel of bombing a school in Gaza.")
    accusation = next(e for e in ex.events if e.cls == "Accusation")
    bombing = next(e for e in ex.events if e.cls in ("Airstrike", "Bombing"))
    assert ex.mentions[accusation.agent].name == "Hamas" and ex.mentions[accusation.target].name == "Israel"
    assert ex.mentions[bombing.agent].name == "Israel" and bombing.status == "Alleged"
    assert ex.events.index(bombing) in accusation.about


def test_dates_resolve_against_publication(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("The Taliban captured Kandahar on Friday.", published=date(2021, 8, 15))
    capture = next(e for e in ex.events if e.cls == "Capture")
    assert capture.date is not None and (capture.date.value, capture.date.precision) == ("2021-08-13", "day")


def test_relations_from_titles_and_appositions(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("Pakistani Foreign Minister Shah Mahmood Qureshi met Ned Price, a State Department spokesman, "
                      "and Lyse Doucet, a London-based correspondent.")
    rels = {(ex.mentions[r.subject].name, r.predicate, ex.mentions[r.object].name, r.role) for r in ex.relations}
    assert ("Shah Mahmood Qureshi", "memberOf", "Pakistan", "foreign minister") in rels
    assert ("Ned Price", "memberOf", "US State Department", "spokesman") in rels
    assert ("Lyse Doucet", "basedIn", "London", "correspondent") in rels


def test_place_hierarchy_from_text(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("Fighting reached Camp Shorabak in Helmand province.")
    rels = {(ex.mentions[r.subject].name, r.predicate, ex.mentions[r.object].name) for r in ex.relations}
    assert ("Camp Shorabak", "locatedIn", "Helmand") in rels


@pytest.mark.parametrize("text", [
    "",
    "Kabul.",
    "Weather: sunny, 25C. Markets: flat.",
    "THE TALIBAN SEIZE KUNDUZ IN LIGHTNING OFFENSIVE",
    "Name | Province | Killed\nAhmad | Kunduz | 3\nKarim | Helmand | 5",
    "El ejército atacó la ciudad. Die Armee griff die Stadt an. 军队袭击了这座城市。",
])
def test_odd_input_does_not_crash(extract_text, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text(text or " ")
    for m in ex.mentions:
        assert ex.document.text[m.span.begin:m.span.end] == m.span.text


@pytest.mark.parametrize("text", [
    "Weather: sunny, 25C. Markets: flat. Tomorrow: rain.",  # no verbs
    "The committee met on Tuesday and agreed on a new budget for the schools.",  # no entities, no conflict
    "Name | Province | Notes\nAhmad | Kunduz | teacher\nKarim | Helmand | farmer",  # a table pasted as text
    "- Kabul\n- Kandahar\n- Herat\n- Mazar-i-Sharif",  # a list
    "El ejército visitó la ciudad. Die Armee besuchte die Stadt. 军队访问了这座城市。",  # mixed languages
])
def test_bad_input_fabricates_no_events(extract_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract_text(text).events == ()


def test_no_fabricated_events_without_triggers(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("The minister visited a school in Kabul and opened a new library on Tuesday.")
    assert [e.cls for e in ex.events] == []


def test_long_run_on_sentence_is_bounded(extract_text) -> None:  # type: ignore[no-untyped-def]
    import time

    text = " and ".join(["the Taliban attacked the town"] * 800) + "."
    started = time.perf_counter()
    ex = extract_text(text)
    assert time.perf_counter() - started < 60
    assert all(ex.document.text[m.span.begin:m.span.end] == m.span.text for m in ex.mentions)


def test_seed_offsets_are_exact(pipeline) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from kg.ingest import read_documents
    from kg.nlp import annotate

    docs = [d for d in read_documents([str(Path(__file__).resolve().parent.parent / "seeds")])]
    for document, sdoc in annotate(pipeline.nlp, docs):  # type: ignore[arg-type]
        ex = pipeline.extractor(document, sdoc)
        spans = [m.span for m in ex.mentions] + [e.trigger for e in ex.events] + [e.sentence for e in ex.events]
        spans += [e.quote for e in ex.events if e.quote]
        for span in spans:
            assert document.text[span.begin:span.end] == span.text
        for m in ex.mentions:
            assert not m.name.endswith(("’s", "'s")) and not m.name.startswith(("the ", "Gen. ", "Maj. "))


def test_one_name_one_type_in_a_document(extract_text, lexicon) -> None:  # type: ignore[no-untyped-def]
    """A surname after the full name is that person, and untagged repeats of a name are found."""
    from kg.resolve import resolve

    ex = extract_text("Phil Simmons took four wickets on Friday. Simmons said the pitch was slow. "
                      "Later Simmons left for London.")
    people = [m for m in ex.mentions if m.cls == "Person"]
    assert sum(1 for m in people if m.span.text == "Simmons") == 2
    resolved = resolve(ex, lexicon)
    assert {resolved.mention_keys[i] for i, m in enumerate(ex.mentions) if m.cls == "Person"} == {"phil-simmons"}


def test_a_tagged_span_holding_several_names_is_split(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("Results on Saturday:\nStirling 1 Dundee 1\nThe match at the Oval , Surrey was drawn.")
    spans = {m.span.text for m in ex.mentions}
    assert not any(any(c.isdigit() for c in s) for s in spans), spans


def test_headline_in_capitals_is_read(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("TALIBAN FIGHTERS SEIZE KUNDUZ AFTER HEAVY FIGHTING\nKABUL (Reuters) - The city fell on Sunday.")
    assert {"Taliban", "Kunduz", "Kabul"} <= {m.name for m in ex.mentions}
    assert all(ex.document.text[m.span.begin:m.span.end] == m.span.text for m in ex.mentions)


def test_unnamed_participants_keep_their_words(extract_text) -> None:  # type: ignore[no-untyped-def]
    """Who did what to whom when no entity names them: the words, as mentions in the text."""
    ex = extract_text("Gunmen attacked a convoy near the market on Monday, killing three soldiers.")
    attack = next(e for e in ex.events if e.cls == "Attack")
    killing = next(e for e in ex.events if e.cls == "Killing")
    words = lambda s: s.text if s else None  # noqa: E731
    assert (words(attack.agent_phrase), words(attack.target_phrase), words(attack.place_phrase)) == (
        "Gunmen", "a convoy", "the market")
    assert words(killing.target_phrase) == "three soldiers" and killing.fatalities == 3
    named = extract_text("The Taliban attacked Kunduz.").events[0]
    assert named.agent is not None and named.agent_phrase is None and named.target_phrase is None


def test_who_undergoes_suffered_and_coordinated_passive_events(extract_text) -> None:  # type: ignore[no-untyped-def]
    injury = next(e for e in extract_text("Thirteen people suffered injuries in the blast.").events if e.cls == "Injury")
    assert injury.target_phrase is not None and injury.target_phrase.text == "Thirteen people" and injury.injured == 13
    events = extract_text("Twelve villagers were abducted, beaten and wounded by the militia.").events
    wounded = next(e for e in events if e.cls == "Injury")
    assert wounded.target_phrase is not None and wounded.target_phrase.text == "Twelve villagers"
    assert wounded.agent is None and wounded.agent_phrase is not None  # the villagers did not wound anyone


def test_coordinated_targets_are_all_kept(extract_text) -> None:  # type: ignore[no-untyped-def]
    injury = next(e for e in extract_text("Eight women, a girl and four men were injured in the blast.").events
                  if e.cls == "Injury")
    words = [injury.target_phrase.text if injury.target_phrase else None] + [m.text for m in injury.more_targets]
    assert words == ["Eight women", "a girl", "four men"]
    killing = next(e for e in extract_text("Gunmen killed two soldiers and a policeman in Kabul.").events)
    assert [killing.target_phrase.text if killing.target_phrase else None] + [m.text for m in killing.more_targets] \
        == ["two soldiers", "a policeman"]


def _words(span):  # type: ignore[no-untyped-def]
    return span.text if span is not None else None


@pytest.mark.parametrize(("text", "cls", "agent"), [
    ("Al-Shabaab claimed responsibility for the bombing in Mogadishu.", "Bombing", "al-Shabaab"),
    ("Hezbollah, which claimed responsibility for the attack, vowed more.", "Attack", "Hezbollah"),
    ("Boko Haram launched a wave of attacks on villages in Borno.", "Attack", "Boko Haram"),
    ("The raids carried out by Hezbollah killed four soldiers.", "Attack", "Hezbollah"),
    ("Clashes between Hamas and Israeli forces left ten people dead.", "Attack", "Hamas"),
    ("FARC rebels attacked a police post in Cauca.", "Attack", "FARC"),
])
def test_who_did_an_event_named_by_a_noun(extract_text, text: str, cls: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    """The verbs around an event noun say who did it: claims of responsibility, light verbs reached through
    'a wave of', participles ('carried out by'), 'between X and Y'."""
    ex = extract_text(text)
    event = next(e for e in ex.events if e.cls == cls)
    assert event.agent is not None and ex.mentions[event.agent].name == agent, ex.events
    assert event.status is None  # claiming responsibility does not put the attack in doubt


def test_what_an_event_named_by_a_noun_hit(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("The explosion targeted a police station in Quetta.")
    blast = next(e for e in ex.events if e.cls == "Bombing")
    assert (_words(blast.target_phrase), ex.mentions[blast.place].name) == ("a police station", "Quetta")
    strike = next(e for e in extract_text("The hospital was destroyed by an airstrike on Tuesday.").events)
    assert (strike.cls, _words(strike.target_phrase)) == ("Airstrike", "The hospital")
    rockets = extract_text("The rocket attacks, which were aimed at civilians, continued.").events[0]
    assert _words(rockets.target_phrase) == "civilians"
    # A place that qualifies the target places the event: "an attack on a checkpoint in Kirkuk".
    ex = extract_text("Five soldiers died in an attack on a checkpoint in Kirkuk.")
    attack = next(e for e in ex.events if e.cls == "Attack")
    assert attack.place is not None and ex.mentions[attack.place].name == "Kirkuk"


def test_weapons_are_instruments_not_agents(extract_text) -> None:  # type: ignore[no-untyped-def]
    killing = next(e for e in extract_text("A roadside bomb killed four soldiers in Kandahar.").events
                   if e.cls == "Killing")
    assert (killing.agent, killing.agent_phrase, _words(killing.instrument_phrase)) == (None, None, "A roadside bomb")
    attack = extract_text("Militants attacked the convoy with rockets.").events[0]
    assert (_words(attack.agent_phrase), _words(attack.instrument_phrase)) == ("Militants", "rockets")


def test_streets_are_places_and_the_first_mention_counts(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("The blast at Rashid Street killed two people.")
    blast = next(e for e in ex.events if e.cls == "Bombing")
    assert blast.target is None and ex.mentions[blast.place].name == "Rashid Street"
    assert ex.mentions[blast.place].cls == "Place"
    # The document's first mention (index 0) is a place like any other.
    ex = extract_text("In Aleppo, gunmen killed twelve people.")
    assert ex.events[0].place == 0 and ex.mentions[0].name == "Aleppo"


def test_orders_and_requests_are_statements_and_their_object_acts(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("The United States asked Pakistan to release the prisoners.")
    asked = next(e for e in ex.events if e.cls == "Statement")
    assert ex.mentions[asked.audience].name == "Pakistan" and "release the prisoners" in _words(asked.content)
    ex = extract_text("The commander ordered his troops to withdraw from the town.")
    withdrawal = next(e for e in ex.events if e.cls == "Withdrawal")
    assert _words(withdrawal.agent_phrase) == "his troops" and withdrawal.status == "Planned"
    called = extract_text("Hamas called for a general strike.")
    assert [e.cls for e in called.events] == ["Statement"]  # a general strike is no attack
    assert "general strike" in _words(called.events[0].content)
    assert [e.cls for e in extract_text("The air strike hit a school.").events] == ["Airstrike"]


def test_every_named_target_of_a_list_or_an_including_clause(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("Police arrested Ali Khan, Omar Said and Hassan Nouri in Lahore.")
    arrest = next(e for e in ex.events if e.cls == "Arrest")
    assert [ex.mentions[i].name for i in (arrest.target, *arrest.more_target_entities)] == [
        "Ali Khan", "Omar Said", "Hassan Nouri"]
    ex = extract_text("Dozens of activists were detained, including Maria Lopez, a lawyer, and Juan Ortega.")
    detained = next(e for e in ex.events if e.cls == "Arrest")
    assert [ex.mentions[i].name for i in detained.more_target_entities] == ["Maria Lopez", "Juan Ortega"]
    killing = next(e for e in extract_text("The strike killed 12 people, including three children.").events
                   if e.cls == "Killing")
    assert [m.text for m in killing.more_targets] == ["three children"]


def test_where_it_happened_from_relatives_streets_and_enclosing_events(extract_text) -> None:  # type: ignore[no-untyped-def]
    killing = next(e for e in extract_text(
        "The worst blast was at the central bus station, where at least six people were killed.").events
        if e.cls == "Killing")
    assert _words(killing.place_phrase) == "the central bus station"
    injury = next(e for e in extract_text("A device exploded, wounding nine people on a crowded street.").events
                  if e.cls == "Injury")
    assert _words(injury.place_phrase) == "a crowded street"
    ex = extract_text("Four soldiers were killed in a militant attack near Khost.")
    killing = next(e for e in ex.events if e.cls == "Killing")
    assert killing.place is not None and ex.mentions[killing.place].name == "Khost"  # the attack's place
    ex = extract_text("Eleven fighters were killed in attacks in Wadi Hameed on Sunday.")
    places = [ex.mentions[e.place].name for e in ex.events if e.place is not None]
    assert "Wadi Hameed" in places  # a name the tagger took for a person is a place where things happen
    ex = extract_text("Three Turkish soldiers were killed in the clash.")
    assert all(e.place is None for e in ex.events)  # the country modifies the soldiers; it is not the place


def test_they_continues_the_group_that_was_the_subject(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("Al-Shabaab fighters stormed a hotel in Mogadishu. They killed nine guests.")
    killing = next(e for e in ex.events if e.cls == "Killing")
    assert killing.agent is not None and ex.mentions[killing.agent].name == "al-Shabaab"
    ex = extract_text("Villagers fled the fighting. They said the army had burned their homes.")
    assert all(e.agent is None or ex.mentions[e.agent].name != "Villagers" for e in ex.events)


def test_a_quoted_word_is_not_the_speaker(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("Others fear anarchy. “Libya,” said Maria Santos, an opposition leader.")
    said = next(e for e in ex.events if e.cls == "Statement")
    assert ex.mentions[said.agent].name == "Maria Santos"


def test_deaths_from_disease_are_no_killing(extract_text) -> None:  # type: ignore[no-untyped-def]
    for text in ("Officials said eight people died of an unidentified disease.",
                 "Rumours spread about deaths caused by bacteria in the hospital.",
                 "The economy is caught in a death spiral.",
                 "Two patients died from complications of diabetes."):
        assert not [e for e in extract_text(text).events if e.cls == "Killing"], text
    for text in ("Three men died from gunshot wounds.", "Ten people died after the bombing.",
                 "Two of the guests were among the dead."):
        assert [e for e in extract_text(text).events if e.cls == "Killing"], text


def test_places_from_names_nested_phrases_and_participles(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("Investigators returned to the scene of the Nairobi bombing.")
    bombing = next(e for e in ex.events if e.cls == "Bombing")
    assert bombing.place is not None and ex.mentions[bombing.place].name == "Nairobi"  # a place naming the event
    untyped = next(e for e in extract_text("The Hotel Ambassador bombing shocked the town.").events if e.cls == "Bombing")
    assert _words(untyped.place_phrase) == "Hotel Ambassador"
    ex = extract_text("A car bomb exploded on Monday, wounding eight people on a side road in Mosul.")
    for event in ex.events:  # the place one level down, and the participle's place for the explosion too
        assert event.place is not None and ex.mentions[event.place].name == "Mosul", event


def test_an_event_as_subject_is_where_it_happened_not_who_did_it(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("The 2019 Kandahar bombing killed eleven police officers.")
    killing = next(e for e in ex.events if e.cls == "Killing")
    assert killing.agent is None and killing.agent_phrase is None, killing
    ex = extract_text("The al-Shabaab attack killed six soldiers.")
    killing = next(e for e in ex.events if e.cls == "Killing")
    assert killing.agent is not None and ex.mentions[killing.agent].name == "al-Shabaab"  # an actor naming it did


def test_passive_participles_and_with_clauses_give_who_was_hit(extract_text) -> None:  # type: ignore[no-untyped-def]
    killing = next(e for e in extract_text("Four guards were reported killed.").events if e.cls == "Killing")
    assert (_words(killing.target_phrase), killing.agent_phrase) == ("Four guards", None)
    injury = next(e for e in extract_text("Two pilots were killed, with three other Canadians injured.").events
                  if e.cls == "Injury")
    assert (_words(injury.target_phrase), injury.agent_phrase) == ("three other Canadians", None)
    injury = next(e for e in extract_text("There were six men, a boy and two women injured.").events
                  if e.cls == "Injury")
    assert {_words(injury.target_phrase)} | {m.text for m in injury.more_targets} == {"six men", "a boy", "two women"}


def test_who_decided_or_planned_an_attack_did_it(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("Hamas's decision to carry out the rocket attacks surprised Egypt.")
    attack = next(e for e in ex.events if e.cls == "Attack")
    assert attack.agent is not None and ex.mentions[attack.agent].name == "Hamas"
    plan = next(e for e in extract_text("Police foiled the gang's plan to attack the depot.").events if e.cls == "Attack")
    assert (_words(plan.agent_phrase), _words(plan.target_phrase), plan.status) == ("the gang", "the depot", "Planned")
    assert attack.status is None  # a decision carried out is no plan


def test_fighting_a_disease_or_a_fire_and_timed_strikes_are_no_attacks(extract_text) -> None:  # type: ignore[no-untyped-def]
    for text in ("Doctors need more money to attack the virus.", "Crews battled the blaze through the night.",
                 "Unions began a 24-hour strike on Monday.", "A three-day strike closed the ports."):
        assert not [e for e in extract_text(text).events if e.cls == "Attack"], text
    assert [e for e in extract_text("Rebels attacked the clinic.").events if e.cls == "Attack"]


def test_reflexive_blasts_attempted_killings_and_maiming(extract_text) -> None:  # type: ignore[no-untyped-def]
    classes = lambda text: {e.cls for e in extract_text(text).events}  # noqa: E731
    assert "Bombing" in classes("A suicide bomber blew himself up outside the ministry.")
    assert "Bombing" in classes("Two militants blew themselves up at a checkpoint.")
    attempted = classes("Police opened an inquiry for attempted murder.")
    assert "Attack" in attempted and "Killing" not in attempted  # nobody died
    assert "Injury" in classes("They condemned the maiming of children.")


def test_a_name_cited_in_quotes_is_no_antecedent_and_testimony_is_a_statement(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text('Tom Hale testified that the buyer gave the name "Peter Lang." He said the buyer paid cash.')
    speakers = [ex.mentions[e.agent].name for e in ex.events if e.cls == "Statement" and e.agent is not None]
    assert speakers == ["Tom Hale", "Tom Hale"], speakers  # "He" is the witness, not the name he cited


def test_nobody_hurt_is_negated_and_no_group_is_no_author(extract_text) -> None:  # type: ignore[no-untyped-def]
    killing = next(e for e in extract_text("No one was killed in the raid on the outpost.").events if e.cls == "Killing")
    assert killing.status == "Negated"
    injury = next(e for e in extract_text("No soldiers were hurt when the shell hit the depot.").events if e.cls == "Injury")
    assert injury.status == "Negated"
    toll = next(e for e in extract_text("No fewer than 20 people were killed.").events if e.cls == "Killing")
    assert (toll.status, toll.fatalities) == (None, 20)  # "no fewer than" is a count, not a denial
    blast = next(e for e in extract_text("Officials said no group had claimed the bombing in Quetta.").events
                 if e.cls == "Bombing")
    assert (blast.agent, blast.agent_phrase, blast.status) == (None, None, None)  # it happened; nobody claimed it


def test_a_person_possessor_undergoes_an_arrest_or_a_killing(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("Reporter Anna Petrova's murder outraged her colleagues.")
    murder = next(e for e in ex.events if e.cls == "Killing")
    assert (murder.agent, ex.mentions[murder.target].name) == (None, "Anna Petrova")
    ex = extract_text("Omar Hadi was moved to a prison after his arrest in March.")
    arrest = next(e for e in ex.events if e.cls == "Arrest")
    assert (arrest.agent, ex.mentions[arrest.target].name, arrest.status) == (None, "Omar Hadi", None)
    ex = extract_text("The Islamic State's killing of prisoners was filmed.")
    killing = next(e for e in ex.events if e.cls == "Killing")
    assert killing.agent is not None and killing.target is None  # with "of ...", the possessor did it


def test_a_participle_after_a_passive_takes_its_by_agent(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("The hotel was destroyed by a car bomb on Monday, killing nine guests.")
    killing = next(e for e in ex.events if e.cls == "Killing")
    assert (killing.agent, killing.agent_phrase) == (None, None)  # not the hotel
    assert _words(killing.target_phrase) == "nine guests"


def test_a_statement_that_says_something_is_one_statement_by_its_author(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("A statement from the Defence Ministry said the rebels had left Goma.")
    statements = [e for e in ex.events if e.cls == "Statement"]
    assert len(statements) == 1, statements
    assert statements[0].trigger.text == "statement"
    assert ex.mentions[statements[0].agent].name == "Defence Ministry"
    assert statements[0].quote is not None and "rebels had left Goma" in statements[0].quote.text
    unsigned = [e for e in extract_text("The statement said the rebels had left Goma.").events if e.cls == "Statement"]
    assert [_words(e.agent_phrase) for e in unsigned] == ["The statement"]  # kept, with nobody invented


def test_a_stance_is_not_passed_to_a_coordinated_verb(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("The rebels denied the report and said their fighters had captured the airport.")
    assert {e.cls: e.status for e in ex.events if e.cls in ("Statement", "Capture")} == {"Statement": None, "Capture": None}
    planned = extract_text("The militia planned to attack and seize the airport.")
    assert {e.cls: e.status for e in planned.events} == {"Attack": "Planned", "Capture": "Planned"}


def test_taking_people_is_an_arrest_and_taking_to_the_streets_a_protest(extract_text) -> None:  # type: ignore[no-untyped-def]
    classes = lambda text: {e.cls for e in extract_text(text).events}  # noqa: E731
    assert classes("Gunmen seized dozens of hostages at a school in Beslan.") == {"Arrest"}
    assert classes("The militia captured 14 soldiers near the dam.") == {"Arrest"}
    assert classes("The militia captured the dam.") == {"Capture"}
    assert "Protest" in classes("Tens of thousands took to the streets of Minsk on Sunday.")


def test_he_with_nobody_named_is_the_person_last_described(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text('A nurse at the clinic watched the shelling. "We had no warning," she told Reuters.')
    told = next(e for e in ex.events if e.cls == "Statement")
    assert (told.agent, _words(told.agent_phrase), ex.mentions[told.audience].name) == (None, "A nurse", "Reuters")
    ex = extract_text('Colonel Amir Rahimi inspected the wall. A nurse watched. "It held," he said.')
    said = next(e for e in ex.events if e.cls == "Statement")
    assert said.agent is not None and ex.mentions[said.agent].name == "Amir Rahimi"  # a name comes first


def test_counted_people_keep_their_noun_and_coordinated_nouns_share_of(extract_text) -> None:  # type: ignore[no-untyped-def]
    killing = next(e for e in extract_text("Dozens of villagers were killed.").events if e.cls == "Killing")
    assert _words(killing.target_phrase) == "Dozens of villagers"
    arrest = next(e for e in extract_text("Gunmen seized hundreds of pilgrims.").events if e.cls == "Arrest")
    assert _words(arrest.target_phrase) == "hundreds of pilgrims"
    ex = extract_text("Witnesses described the slaughter and maiming of farmers and herders.")
    maiming = next(e for e in ex.events if e.cls == "Injury")
    assert {_words(maiming.target_phrase)} | {m.text for m in maiming.more_targets} == {"farmers", "herders"}


@pytest.mark.parametrize("text", [
    "Four fighters died when the mortar they were carrying detonated accidentally near Ghazni.",
    "An accidental explosion at the arms depot in Lagos was heard for miles.",
])
def test_an_accidental_explosion_is_no_attack(extract_text, text: str) -> None:  # type: ignore[no-untyped-def]
    found = extract_text(text)
    assert not any(e.cls in ("Attack", "Bombing", "Airstrike") for e in found.events), \
        [(e.cls, e.trigger.text) for e in found.events]


def test_a_bomb_that_exploded_on_purpose_is_still_a_bombing(extract_text) -> None:  # type: ignore[no-untyped-def]
    found = extract_text("A bomb exploded at the arms depot in Lagos, killing four guards.")
    assert [e.cls for e in found.events if e.cls == "Bombing"] == ["Bombing"]


def test_a_police_raid_is_no_attack_but_a_raid_by_fighters_is(extract_text) -> None:  # type: ignore[no-untyped-def]
    police = extract_text("Police raided three houses in Leeds on Sunday and arrested two men.")
    assert [e.cls for e in police.events] == ["Arrest"], [(e.cls, e.trigger.text) for e in police.events]
    fighters = extract_text("Taliban fighters raided a police checkpoint in Ghazni.")
    assert [e.cls for e in fighters.events] == ["Attack"]
