"""Wire-service reporting from wars the seeds never covered (Syria, Somalia, Haiti, Colombia, the Red
Sea): datelines, gangs, pronouns across sentences, "the army" of the story's country, through the real
model. Every sentence here is written for the rule it checks."""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import Event, Resolved


@pytest.fixture(scope="module")
def events(article_events):  # type: ignore[no-untyped-def]
    return lambda text: article_events(text, date(2024, 6, 15))


@pytest.fixture(scope="module")
def resolved(pipeline):  # type: ignore[no-untyped-def]
    """text -> its resolved entities and events (no coreference of events)."""
    from kg.model import Document
    from kg.nlp import annotate
    from kg.resolve import resolve

    def run(text: str) -> Resolved:
        (document, sdoc), = list(annotate(pipeline.nlp, [Document(id="t", text=text, published=date(2024, 6, 15))],
                                          keep=pipeline.acronyms))
        return resolve(pipeline.extractor(document, sdoc), pipeline.lexicon)

    return run


def _of(found: list[Event], cls: str) -> list[Event]:
    return [e for e in found if e.cls == cls]


def _name(names: list[str], index: int | None) -> str | None:
    return names[index] if index is not None else None


def test_a_dateline_is_neither_agent_nor_sentence(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("MOGADISHU (AP) - Al-Shabaab militants attacked a hotel in the capital on Friday.\n\n"
                          "PORT-AU-PRINCE, Haiti (Reuters) - Soldiers shot dead two gunmen near Mirebalais.")
    attack = _of(found, "Attack")[0]
    assert _name(names, attack.agent) == "al-Shabaab"
    assert all(_name(names, e.agent) not in ("Mogadishu", "Port-au-Prince") for e in found), \
        [(e.cls, _name(names, e.agent)) for e in found]


def test_a_gang_named_by_its_noun_acts_through_its_members(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("Members of the Gran Grif gang attacked the town of Pont-Sonde on Thursday, killing at least 70 people. "
            "Gunmen opened fire on residents and torched 45 houses. More than 6,270 people fled the town. "
            "Gran Grif leader Luckson Elan said the attack was retaliation.")
    types = {e.label: e.cls for e in resolved(text).entities}
    assert types.get("Gran Grif") == "ArmedGroup" and types.get("Pont-Sonde") == "City", types
    assert "Gunmen" not in types  # a common noun opening a sentence is nobody's name
    found, names = events(text)
    assert _name(names, _of(found, "Attack")[0].agent) == "Gran Grif"
    fled = _of(found, "Displacement")[0]
    assert (_name(names, fled.place), fled.displaced) == ("Pont-Sonde", 6270)  # "the town" just named


def test_opening_fire_and_setting_fire_are_attacks(events) -> None:  # type: ignore[no-untyped-def]
    for text in ("Soldiers opened fire on protesters in Kabul.", "Militiamen set fire to the market in Goma.",
                 "Gunmen torched 40 houses in the village."):
        found, _ = events(text)
        assert [e.cls for e in found] == ["Attack"], text
    found, _ = events("Firefighters battled the blaze for hours.")
    assert not _of(found, "Attack")


def test_what_is_taken_decides_capture_or_arrest(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The group said it had taken control of Maarat al-Numan, a town on the highway to Damascus. "
                          "Security forces killed five of the attackers and captured one alive. "
                          "The Houthis seized the cargo ship Galaxy Leader on Nov. 19.")
    taken = [(e.cls, _name(names, e.target)) for e in found if e.cls in ("Capture", "Arrest")]
    assert taken == [("Capture", "Maarat al-Numan"), ("Arrest", None), ("Capture", "Galaxy Leader")], taken


def test_part_of_a_place_is_that_place(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rebels seized most of Aleppo on Saturday.")
    assert _name(names, _of(found, "Capture")[0].target) == "Aleppo"
    # a city of a country is not the country taken: it is where
    found, names = events("The rebels seized most of Syria's second city on Saturday.")
    capture = _of(found, "Capture")[0]
    assert (_name(names, capture.target), _name(names, capture.place)) == (None, "Syria")
    found, names = events("The Taliban captured Afghanistan's capital on Sunday.")  # the gazetteer knows that one
    assert _name(names, _of(found, "Capture")[0].target) == "Kabul"
    found, names = events("Somali forces, backed by African Union troops, have recaptured dozens of towns in "
                          "central Somalia.")
    capture = _of(found, "Capture")[0]  # the tagger leaves "Somali" untagged here; the demonym still counts
    assert (_name(names, capture.agent), _name(names, capture.place)) == ("Somali forces", "Somalia")


def test_it_and_its_open_a_sentence_for_the_group_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hayat Tahrir al-Sham launched the offensive on Wednesday from Idlib province. "
                          "By Saturday its fighters had captured the airport in Aleppo.")
    assert _name(names, _of(found, "Capture")[0].agent) == "Hayat Tahrir al-Sham"
    found, names = events("The ELN said in a statement that it had warned the dissidents. It denied attacking civilians.")
    attack = _of(found, "Attack")[0]
    assert (_name(names, attack.agent), attack.status) == ("ELN", "Negated")


def test_an_accuser_who_goes_on_to_say_something_says_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("President Gustavo Petro accused the ELN of committing war crimes and said the group "
                          "had chosen war.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Gustavo Petro"


def test_the_army_is_the_story_countrys(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Colombia suspended talks with the rebels. Clashes in Colombia's Catatumbo region killed 80, "
                          "and thousands fled to Cucuta near the border with Venezuela. "
                          "The army said troops had rescued 20 people.")
    assert _name(names, _of(found, "Statement")[-1].agent) == "Colombian forces"
    found, names = events("Fighting raged in Syria. Rebels launched an offensive that forced government troops to "
                          "withdraw. The army said dozens of its soldiers had been killed.")
    assert _name(names, _of(found, "Withdrawal")[0].agent) == "Syrian forces"
    assert _name(names, _of(found, "Killing")[0].target) == "Syrian forces"
    # A foreign force named last is not "the army" of a later sentence; the country's own forces still are.
    found, names = events("Mali's junta has ruled since 2020. French troops completed their withdrawal from Mali in "
                          "2022. Militants attacked a convoy near Gao. The army said 12 soldiers were killed.")
    assert _name(names, _of(found, "Withdrawal")[0].agent) == "French forces"
    assert _name(names, _of(found, "Statement")[0].agent) == "Malian forces"
    found, names = events("Malian troops and Wagner fighters entered Kidal. The army said the town was secured.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Malian forces"


def test_a_long_name_with_a_known_acronym_is_that_entity(resolved) -> None:  # type: ignore[no-untyped-def]
    entities = resolved("Clashes between the National Liberation Army (ELN) and FARC dissidents killed 80. "
                        "ELN fighters attacked homes in Tibu.").entities
    eln = [e for e in entities if e.label == "ELN"]
    assert len(eln) == 1 and "National Liberation Army" in eln[0].alt_labels, [(e.label, e.alt_labels) for e in entities]
    assert not any(e.label == "National Liberation Army" for e in entities)


def test_a_group_tied_to_another_is_not_that_other(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al-Shabaab militants stormed a hotel on Friday. The al-Qaeda-linked group claimed "
                          "responsibility for the attack. The government vowed to continue its offensive against "
                          "the militants.")
    assert _name(names, _of(found, "Statement")[0].agent) == "al-Shabaab"
    assert _name(names, _of(found, "Attack")[-1].target) == "al-Shabaab"


def test_the_strikes_are_the_airstrikes_just_reported(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The United States and Britain launched airstrikes against Houthi targets in Yemen on Friday. "
                          "The strikes hit radar sites near Sanaa, officials said.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1 and _name(names, attacks[0].place) == "Sanaa", [(e.cls, e.trigger.text) for e in attacks]
    assert _name(names, attacks[0].agent) == "United States"
    # a plural is not one of the single attacks before it
    found, _ = events("Gunmen attacked a church in Kaduna on Sunday. Militants attacked a school in Zamfara. "
                      "The attacks killed 12 people.")
    assert len(_of(found, "Attack")) == 3


def test_a_speakers_second_verb_is_the_speakers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Governor Uba Sani said security forces were searching for the children and vowed that "
                          "no child would be left behind.")
    assert _name(names, _of(found, "Threat")[0].agent) == "Uba Sani"
    # but a verb in the reported clause's own tense stays the reported subject's
    found, names = events("Police said the Taliban had attacked the town and had warned residents to leave.")
    warned = [e for e in _of(found, "Statement") if e.trigger.text == "warned"]
    assert _name(names, warned[0].agent) == "Taliban"


def test_rockets_fired_by_the_dozen_and_people_taken_from_a_school(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah said it fired dozens of rockets at military bases in northern Israel.")
    attack = _of(found, "Attack")[0]
    assert (_name(names, attack.agent), _name(names, attack.place)) == ("Hezbollah", "Israel")
    found, names = events("Gunmen abducted 287 students from a school in the town of Kuriga on Thursday.")
    taken = _of(found, "Arrest")[0]
    assert (_name(names, taken.place), taken.quantity) == ("Kuriga", 287)
    found, names = events("Gunmen abduct 287 pupils from school in northwest Nigeria\n\nMore follows.")
    assert _name(names, _of(found, "Arrest")[0].place) == "Nigeria"  # the parser hangs "Nigeria" on "northwest"


def test_a_people_leading_rebels_is_no_agent(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army took control of the town of Kidal after Tuareg-led rebels withdrew from the town.")
    assert _name(names, _of(found, "Withdrawal")[0].agent) != "Tuareg"
    found, names = events("Hamas-led gunmen attacked the kibbutz on Saturday.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Hamas"


def test_a_countrys_capital_is_its_capital_city(events, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert lexicon.entries["somalia"].capital == "Mogadishu"  # from GeoNames, through the gazetteer
    found, names = events("Al-Shabaab militants attacked a beach restaurant in Somalia's capital on Friday night, "
                          "killing 32 people.")
    assert [_name(names, e.place) for e in found] == ["Mogadishu", "Mogadishu"]
    for text, city in (("Fighting raged in Sudan. Paramilitaries shelled the capital on Monday.", "Khartoum"),
                       ("Clashes erupted in the capital of Libya.", "Tripoli"),
                       ("The RSF attacked the Sudanese capital.", "Khartoum")):
        found, names = events(text)
        assert _name(names, _of(found, "Attack")[-1].place) == city, text  # the last: "Fighting raged" is one too
    # a capital named in the text is that city's mention, not the gazetteer's guess
    found, names = events("Fighting raged in Yemen. Gunmen attacked a checkpoint in the capital, Aden.")
    assert [_name(names, e.place) for e in _of(found, "Attack")] == ["Yemen", "Aden"]


def test_an_attack_on_a_city_beach_happened_in_the_city(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al-Shabaab attack on Mogadishu beach kills 32")
    assert [(e.cls, _name(names, e.place)) for e in found] == [("Attack", "Mogadishu"), ("Killing", "Mogadishu")]


def test_a_statement_put_out_speaks_for_who_put_it_out(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Nigerian army issued a statement saying 12 militants were killed in Borno. "
                          "Boko Haram released a video saying it had kidnapped the soldiers. "
                          "A man saying he was a witness described the blast.")
    said = _of(found, "Statement")
    assert [(e.trigger.text, _name(names, e.agent)) for e in said] == [
        ("issued a statement", "Nigerian forces"), ("saying", "Boko Haram")], [(e.trigger.text, _name(names, e.agent)) for e in said]
    # one act: the noun and its participle are not two statements, and it is about the killing it reports
    assert said[0].content is not None and said[0].content.text == "12 militants were killed in Borno"
    killing = next(i for i, e in enumerate(found) if e.cls == "Killing")
    assert said[0].about == (killing,)


def test_a_statement_is_about_what_it_says_not_when(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The Taliban issued a statement on Sunday about the attack on the convoy.")
    said = _of(found, "Statement")[0]
    assert said.content is not None and "Sunday" not in said.content.text, said.content


def test_a_known_place_the_tagger_missed_or_misread_is_still_the_place(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants attacked a naval air base in Turbat on Monday. The attack took place in the Shangla district "
            "of Khyber Pakhtunkhwa province. Insurgents stormed the town of Macomia in northern Mozambique's Cabo "
            "Delgado province. Fighting spread to the Helmand and Kandahar provinces.")
    types = {e.label: e.cls for e in resolved(text).entities}
    assert types.get("Turbat") == "City", types  # the tagger calls it a date
    assert types.get("Shangla") == "District" and types.get("Khyber Pakhtunkhwa") == "Province", types
    found, names = events(text)
    places = [_name(names, e.place) for e in _of(found, "Attack") + _of(found, "Bombing")]
    # "The attack took place in ...": the verb the event is subject of says where
    assert places == ["Turbat", "Shangla", "Cabo Delgado", "Helmand"], places  # and "Fighting spread to ..."


def test_a_rammed_vehicle_is_the_weapon_and_the_convoy_the_target(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A suicide bomber rammed an explosives-laden vehicle into a convoy carrying Chinese engineers "
                          "in northwest Pakistan on Tuesday, killing five Chinese nationals.")
    attack = _of(found, "Attack")[0]
    assert attack.instrument_phrase is not None and "vehicle" in attack.instrument_phrase.text
    assert attack.target_phrase is not None and attack.target_phrase.text.startswith("a convoy")
    # the parser hangs where and when on the convoy's participle; they are the attack's
    assert _name(names, attack.place) == "Pakistan" and attack.date is not None and attack.date.value == "2024-06-11"


def test_soldiers_of_two_countries_are_both_targets(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Insurgents from the Islamic State killed 20 Mozambican and Rwandan soldiers before withdrawing.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) == "Islamic State"  # "insurgents from" a group are the group's
    assert [_name(names, killing.target), *(_name(names, k) for k in killing.more_target_entities)] == [
        "Mozambican forces", "Rwandan forces"]
    # "before withdrawing": who killed withdrew
    assert _name(names, _of(found, "Withdrawal")[0].agent) == "Islamic State"


def test_a_side_withdrawing_its_troops_targets_nobody(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The US withdrew 3,000 troops from Iraq. The rebels seized weapons and ammunition.")
    withdrawal = _of(found, "Withdrawal")[0]
    assert withdrawal.target is None and withdrawal.quantity == 3000 and _name(names, withdrawal.place) == "Iraq"
    assert not _of(found, "Capture")  # loot is not ground taken


def test_a_statement_made_by_doing_something_in_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Islamic State group claimed the attack in a statement, saying its fighters had killed "
                          "12 soldiers. The Pakistani Taliban denied involvement in the bombing in a statement.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) == "Islamic State"  # "its fighters" in the group's own statement
    denial = [e for e in _of(found, "Statement") if _name(names, e.agent) == "Tehrik-i-Taliban Pakistan"]
    assert len(denial) == 1 and denial[0].status is None  # the denial was made
    # "denied" is the statement; what it denies is its content, without the medium it was made in
    assert denial[0].trigger.text == "denied"
    assert denial[0].content is not None and denial[0].content.text == "involvement in the bombing"
    bombing, = _of(found, "Bombing")  # "the bombing" repeats the attack the group claimed
    assert bombing.status is None  # denying involvement in a bombing does not deny the bombing


def test_a_statement_made_in_a_statement_by_a_verb_that_says_nothing_itself(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Pakistani Taliban rejected the accusation in a statement on Sunday.")
    statement, = _of(found, "Statement")
    assert _name(names, statement.agent) == "Tehrik-i-Taliban Pakistan"
    assert statement.content is not None and statement.content.text == "rejected the accusation"


def test_a_ministry_speaks_for_its_state_and_its_forces_are_the_states(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli airstrikes killed 31 people across southern Lebanon on Monday, Lebanon's health "
                          "ministry said. The Iraqi defence ministry said its forces had recaptured the town of Tarmiyah.")
    agents = [_name(names, e.agent) for e in _of(found, "Statement")]
    assert agents == ["Lebanese Health Ministry", "Iraqi Defence Ministry"]  # not "Lebanon"; a ministry unnamed by the tagger
    capture, = _of(found, "Capture")
    assert _name(names, capture.agent) == "Iraqi forces"  # "its forces": the ministry's country's, not the ministry


def test_the_government_is_the_story_countrys_unless_another_owns_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Fighting spread across Sudan on Tuesday. The government said the army had repelled an "
                          "attack. Anti-government protesters denied the claim. The Houthi government in Sanaa "
                          "condemned the strikes.")
    agents = [_name(names, e.agent) for e in _of(found, "Statement")]
    assert agents[0] == "Sudanese government"  # a bare "the government": the country the story is about
    assert "Sudanese government" not in agents[1:]  # protesters against it, and a rebel "government", are not it


def test_a_countrys_possessive_military_is_its_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Nigeria's military said on Friday that troops had rescued 20 hostages in Zamfara state.")
    statement, = _of(found, "Statement")
    assert _name(names, statement.agent) == "Nigerian forces"  # the same forces as "Nigerian troops"


def test_a_capital_is_its_city_where_hit_and_its_state_where_it_speaks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia launched 40 drones at Kyiv overnight. Moscow denied targeting civilians.")
    attack, denied = _of(found, "Attack")  # the one made, and the one denied
    assert denied.status == "Negated"
    assert _name(names, attack.target) == "Kyiv" and _name(names, attack.agent) == "Russia"
    assert attack.instrument_phrase is not None and attack.instrument_phrase.text == "40 drones"  # the weapon, not the target
    denial, = _of(found, "Statement")
    assert _name(names, denial.agent) == "Russia"  # "Moscow denied": the state, not the city


def test_shooting_down_drones_is_no_attack_but_launching_them_is(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukraine's air force said it shot down 24 of 30 drones launched by Russia overnight. "
                          "Rebels shot down a military helicopter near Goma. Rockets fired by Hezbollah hit the town of "
                          "Kiryat Shmona.")
    attacks = _of(found, "Attack")
    assert [a.trigger.text for a in attacks] == ["launched", "shot", "fired"]  # an interception is defence
    launched, downed, fired = attacks
    assert _name(names, launched.agent) == "Russia" and launched.target is None and launched.target_phrase is None
    assert downed.target_phrase is not None and downed.target_phrase.text == "a military helicopter"  # crewed: attacked
    assert _name(names, fired.agent) == "Hezbollah" and _name(names, fired.target) == "Kiryat Shmona"


def test_surrounding_or_cutting_off_a_town_is_a_siege_by_an_actor_only(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian forces surrounded the town of Chasiv Yar on Tuesday. The village is surrounded by "
                          "mountains. RSF fighters have cut off the city of El Fasher. Power was cut off in the city.")
    sieges = _of(found, "Siege")
    assert [(_name(names, s.agent), _name(names, s.target)) for s in sieges] == [
        ("Russian forces", "Chasiv Yar"), ("Rapid Support Forces", "El Fasher")]


def test_said_to_be_is_hearsay_not_a_statement(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militants said to be linked to al-Shabaab attacked a bus. Amina Mohamed said to reporters "
                          "that the road was closed.")
    assert [_name(names, s.agent) for s in _of(found, "Statement")] == ["Amina Mohamed"]


def test_a_front_line_report_names_its_actors(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events(
        "Russian troops pushed deeper into the Kharkiv region on Sunday, capturing four villages and forcing more than "
        "4,000 civilians to flee. Regional governor Oleh Syniehubov said the situation was difficult. President Volodymyr "
        "Zelenskiy accused Moscow of trying to stretch Ukraine's forces. About 1,775 people have been evacuated from the "
        "town of Vovchansk, the governor said. The wounded were evacuated to a hospital. Russia's defence ministry said "
        "its forces had liberated five settlements. Soldiers liberated 40 hostages in Borno.")
    flight = _of(found, "Displacement")
    assert [(e.trigger.text, e.displaced) for e in flight] == [("flee", 4000), ("evacuated", 1775)]  # not to hospital
    assert _name(names, flight[0].agent) == "Russian forces"  # who forced them, two clauses up
    accusation, = _of(found, "Accusation")
    assert _name(names, accusation.target) == "Russia"  # "accused Moscow": the state
    said = [_name(names, e.agent) for e in _of(found, "Statement")]
    assert said.count("Oleh Syniehubov") == 2  # "the governor" is the one named governor, not the president since
    captures = _of(found, "Capture")
    assert [c.trigger.text for c in captures] == ["capturing", "liberated"]  # hostages liberated are freed, not taken
    assert _name(names, captures[1].agent) == "Russian forces"


def test_a_channel_on_a_platform_is_not_the_platform(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Wagner-linked Telegram channel said on Monday that Wagner had lost 80 fighters near "
                          "Tinzaouaten. The CSP-DPA said its fighters had ambushed a convoy.")
    channel, rebels = _of(found, "Statement")
    assert channel.agent is None and channel.agent_phrase is not None
    assert _name(names, rebels.agent) == "Strategic Framework for the Defence of the People of Azawad"


def test_a_massacre_report_gives_the_attack_its_killers_and_the_fire_its_target(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Rapid Support Forces killed at least 124 people in an attack on a village in Gezira "
                          "state. RSF fighters stormed the village of Al-Sariha, opening fire on residents. The army "
                          "recaptured parts of Khartoum North on Sunday.")
    attack = next(e for e in _of(found, "Attack") if e.trigger.text == "attack")
    assert _name(names, attack.agent) == "Rapid Support Forces"  # who killed in it made it
    fire = next(e for e in _of(found, "Attack") if e.trigger.text == "opening fire")
    assert fire.target_phrase is not None and fire.target_phrase.text == "residents"  # not "fire"
    capture, = _of(found, "Capture")  # "parts of" a name the tagger took for a person: a place, taken
    assert _name(names, capture.target) == "Khartoum North" and not _of(found, "Arrest")


def test_an_earlier_sentences_quote_is_not_the_next_speakers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events('Prime Minister Najib Mikati accused Israel of waging "a war of extermination". '
                          "U.S. President Joe Biden said Washington was working to de-escalate the conflict. "
                          "Tens of thousands of people fled south Lebanon.")
    biden = next(e for e in _of(found, "Statement") if _name(names, e.agent) == "Joe Biden")
    assert biden.content is not None and biden.content.text == "Washington was working to de-escalate the conflict"
    flight, = _of(found, "Displacement")
    assert (flight.displaced, flight.count_qualifier) == (10000, "at least")  # "tens of", not "thousands"


def test_a_gang_massacre_attributed_at_the_sentences_end(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events(
        "Gang members armed with automatic rifles killed at least 70 people, including three infants, in an attack on "
        "the town of Pont-Sonde in Haiti's central Artibonite region, the United Nations said on Friday. The Gran Grif "
        "gang claimed the attack. Its leader said the gang had attacked the town because residents supported a "
        "vigilante group. Haiti's transitional presidential council condemned the massacre. Prime Minister Garry "
        'Conille called the attack "a heinous crime" and ordered police to pursue the attackers.')
    killing, = _of(found, "Killing")
    assert killing.agent_phrase is not None and killing.agent_phrase.text == "Gang members"  # not the rifles
    un = next(e for e in _of(found, "Statement") if _name(names, e.agent) == "United Nations")
    assert un.content is not None and un.content.text.startswith("Gang members armed with automatic rifles killed")
    # "the gang had attacked the town" is the same attack, told again: one event, the gang's
    attacked = next(e for e in _of(found, "Attack") if "attacked" in [e.trigger.text, *(t.text for t in e.also)])
    assert _name(names, attacked.agent) == "Gran Grif"  # "the gang"
    assert len(_of(found, "Attack")) == 1, _of(found, "Attack")
    condemned, = _of(found, "Accusation")
    assert _name(names, condemned.agent) == "Haitian presidential council"  # not Haiti
    order = next(e for e in _of(found, "Statement") if e.trigger.text == "ordered")
    assert order.content is not None and order.content.text == "to pursue the attackers"  # not what he called it


def test_what_an_accusation_or_denial_says_is_stored(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ckg:quote holds the words quoted, else the reported content: what was alleged, denied, or said
    in a clause the parser left without a verb."""
    from kg.model import Document

    text = ("President Volodymyr Zelenskiy accused Moscow of trying to stretch Ukraine's forces. Hamas denied involvement in the attack. "
            "Gunmen killed 12 people in the village, the United Nations said.")
    store = pipeline.memory_store([Document(id="d", text=text, published=date(2024, 5, 12))])
    _, rows = store.select("SELECT ?cls ?q WHERE { ?e a ?c ; ckg:quote ?q . BIND(STRAFTER(STR(?c), '#') AS ?cls) } ORDER BY ?q")
    assert {(str(r["cls"].value), str(r["q"].value)) for r in rows} >= {
        ("Accusation", "trying to stretch Ukraine's forces"), ("Statement", "involvement in the attack"),
        ("Statement", "Gunmen killed 12 people in the village")}


def test_what_the_army_flies_is_the_army_s(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Myanmar's junta has lost ground in Rakhine. Junta aircraft bombed a village near Minbya on "
                          "Sunday, killing 12 civilians.")
    assert _name(names, _of(found, "Airstrike")[0].agent) == "Myanmar military"
    found, names = events("Fighting continued in Sudan. Army warplanes struck Nyala on Monday.")
    strike, = _of(found, "Airstrike")  # warplanes strike from the air
    assert _name(names, strike.agent) == "Sudanese Armed Forces" and strike.instrument_phrase is not None
    assert "Army" not in names  # no organisation called "Army"
    found, names = events("Ethiopian federal forces launched drone strikes on Fano positions in Amhara.")
    assert _name(names, _of(found, "Airstrike")[0].agent) == "Ethiopian National Defense Force"


def test_what_hits_is_an_attack_only_when_armed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian missiles hit an apartment block in Dnipro. The Taliban hit a police post in Ghazni.")
    attacks = _of(found, "Attack")
    assert [_name(names, a.agent) for a in attacks] == ["Russian forces", "Taliban"], attacks
    found, _ = events("The storm hit the coast. Prices hit a record high. Rebels hit back at the government's claims.")
    assert not _of(found, "Attack"), found


def test_a_name_before_state_or_region_is_that_place_and_relative_clauses_share_their_subject(resolved, events) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("The Arakan Army seized the town of Pauktaw in western Rakhine state. "
                                              "Fighting spread in Borno state.").entities}
    assert types.get("Rakhine") == "Province" and types.get("Borno") == "Province", types
    found, names = events("The Arakan Army is part of the Three Brotherhood Alliance, which launched an offensive in "
                          "Shan state in October and has since taken control of dozens of military posts.")
    capture = _of(found, "Capture")[0]
    assert _name(names, capture.agent) == "Three Brotherhood Alliance"
    assert capture.target_phrase is not None and capture.target_phrase.text == "dozens of military posts"


def test_the_attack_refers_back_across_places_the_gazetteer_cannot_nest(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Fano militia fighters ambushed a military convoy in Ethiopia's Amhara region on Saturday. "
                      "The attack took place near the town of Debre Markos.")
    assert len(_of(found, "Attack")) == 1, found
    found, _ = events("Militants attacked Gao on Monday. The attack in Timbuktu on Tuesday killed three people.")
    assert len(_of(found, "Attack")) == 2, found  # two known towns, two days: two attacks


def test_a_bomber_s_attack_is_the_bombing_and_a_later_place_narrows_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A suicide bomber rammed an explosives-laden vehicle into a convoy in Pakistan on Tuesday, "
                          "killing five engineers. The attack took place in the Shangla district. Police arrested 12 "
                          "suspects in connection with the bombing.")
    attacks = _of(found, "Attack") + _of(found, "Bombing")
    assert len(attacks) == 1 and attacks[0].cls == "Bombing", attacks  # one attack, told three times
    assert _name(names, attacks[0].place) == "Shangla"
    found, _ = events("Gunmen set fire to 45 houses in the town.")
    fire = _of(found, "Attack")[0]
    assert fire.target_phrase is not None and fire.target_phrase.text == "45 houses"


def test_the_dead_and_wounded_counted_among_or_left_behind(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The group said its commander Saeed Hasan was among the dead.")
    assert _name(names, _of(found, "Killing")[0].target) == "Saeed Hasan"
    found, _ = events("Among the dead were three police officers.")
    killing = _of(found, "Killing")[0]
    assert (killing.fatalities, killing.count_qualifier) == (3, "at least")  # some of the dead, not all
    found, _ = events("The attack left 12 people dead and 30 wounded.")
    assert _of(found, "Killing")[0].fatalities == 12 and _of(found, "Injury")[0].injured == 30
    found, _ = events("Rebels shelled the town, killing two people and leaving five wounded.")
    assert _of(found, "Injury")[0].injured == 5
    assert _of(found, "Attack")[0].agent_phrase is not None  # "Rebels" opening a sentence is a noun, not a name
    found, _ = events("About 140 people were wounded and taken to a hospital in Kaya.")
    assert _of(found, "Injury")[0].place is None  # where they were taken, not where they were hurt


def test_a_drone_strike_s_nationality_and_a_later_named_mention(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Turkish drone strike on a car near Sinjar in northern Iraq killed three people on "
                          "Thursday. Turkey did not comment on the Sinjar strike.")
    strikes = _of(found, "Airstrike") + _of(found, "Attack")
    assert len(strikes) == 1, strikes  # "the Sinjar strike" is the strike near Sinjar
    assert _name(names, strikes[0].agent) == "Turkish forces"
    found, _ = events("Israeli aircraft struck Gaza City on Monday. On Tuesday, the Rafah strike killed four.")
    assert len(_of(found, "Attack") + _of(found, "Airstrike")) == 2  # another place: another strike


def test_source_boilerplate_and_tolls_not_given_are_no_events(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events('"They shot everyone," said one resident, who asked not to be named for fear of reprisals. '
                      "The government did not give a death toll.")
    assert [e.trigger.text for e in found if e.cls in ("Statement", "Killing")] == ["said"], found
    found, names = events("The UN asked the government to name the victims.")
    assert len(_of(found, "Statement")) == 1  # a request to name someone is still a statement


def test_blame_by_unnamed_sources_is_an_accusation(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A roadside bomb wounded two soldiers in Diyala province on Tuesday, a police officer "
                          "said, blaming Islamic State.")
    assert _of(found, "Statement")[0].agent_phrase is not None
    blame = _of(found, "Accusation")[0]
    assert _name(names, blame.target) == "Islamic State" and blame.agent_phrase is not None


def test_a_headline_is_told_again_by_the_lede(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("RSF fighters seize key town in Sudan's Darfur as thousands flee\n\n"
                          "The RSF captured the town of Mellit in North Darfur on Thursday. A trader, Adam Ishag, fled "
                          "to El Fasher with his family. More than 12,000 people have been displaced from Mellit "
                          "since Wednesday, the IOM said.")
    fled = _of(found, "Displacement")
    assert len(fled) == 2, fled  # the headline's thousands are the 12,000, not the trader
    assert fled[0].displaced == 12000 and _name(names, fled[0].place) == "Mellit"
    seized = _of(found, "Capture")
    assert len(seized) == 1 and _name(names, seized[0].place) == "North Darfur", seized  # the lede's place
    found, names = events("Turkish drone strike kills three in northern Iraq\n\n"
                          "A Turkish drone strike on a car near Sinjar killed three members of an armed group on "
                          "Thursday.")
    assert len(_of(found, "Airstrike")) == 1 and len(_of(found, "Killing")) == 1, found
    assert _name(names, _of(found, "Killing")[0].place) == "Sinjar"
    found, _ = events("Militants kill scores of villagers\n\nMilitants killed 100 villagers on Saturday.")
    assert len(_of(found, "Killing")) == 1  # the headline's "scores" is a floor the lede's 100 meets
    found, _ = events("Militants kill scores of villagers.\n\nMilitants killed 100 villagers on Saturday.")
    assert len(_of(found, "Killing")) == 2  # a first line ending in a full stop is a sentence, not a headline


def test_a_headline_s_background_event_and_its_semicolon(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("India strikes Pakistan after Kashmir massacre; Islamabad vows response\n\n"
                          "India launched missile strikes on nine sites in Pakistan on Wednesday. Pakistan's military "
                          "said 26 civilians were killed in the strikes.")
    strikes = _of(found, "Attack") + _of(found, "Airstrike")
    assert len(strikes) == 1 and strikes[0].status is None, strikes  # no vow to strike: a semicolon ends a clause
    assert _name(names, strikes[0].agent) == "India"  # "India strikes" is the country acting, not "Indian forces"
    killings = _of(found, "Killing")
    assert len(killings) == 2, killings  # the massacre came before; the 26 died in the strikes
    assert _name(names, killings[1].agent) == "India"


def test_a_date_on_the_place_phrase_dates_the_event(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen killed 26 men, most of them tourists, at a meadow near Pahalgam on April 22.")
    assert _of(found, "Killing")[0].date is not None and _of(found, "Killing")[0].date.value == "2024-04-22"
    found, _ = events("Police said a man who was arrested on Monday killed two guards.")
    assert _of(found, "Killing")[0].date is None  # the arrest's Monday, not the killing's
    found, _ = events("Gunmen shot dead five villagers. The group claimed responsibility for the attack in a "
                      "statement on Sunday.")
    assert all(e.date is None for e in found if e.cls not in ("Statement",)), found  # the statement's Sunday


def test_opened_fire_tells_a_headline_s_fire_and_words_hijack_nothing(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Police fire on protesters in Nairobi\n\n"
                      "Police opened fire on protesters in Nairobi on Tuesday, killing at least five people.")
    assert len(_of(found, "Attack")) == 1, found  # one shooting, told by the headline and the lede
    found, _ = events('President William Ruto said the protests had been "hijacked by dangerous people".')
    assert not _of(found, "Attack"), found


def test_bare_police_and_security_forces_are_the_story_country_s(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al-Shabaab militants attacked a beach restaurant in Mogadishu, Somalia, on Friday. "
                          "Security forces killed five of the attackers. Police arrested 12 suspects. "
                          "A police officer said the siege lasted hours.")
    assert _name(names, _of(found, "Killing")[0].agent) == "Somali forces"
    assert _name(names, _of(found, "Arrest")[0].agent) == "Somali police"  # the country's police, not its army
    officer = next(e for e in _of(found, "Statement") if e.agent_phrase is not None and "officer" in e.agent_phrase.text)
    assert officer.agent is None  # a police officer is a person, not the force
    found, names = events("Police arrested five men.")
    assert _of(found, "Arrest")[0].agent is None  # no country in the story: no country's police


def test_a_numbered_unit_keeps_its_number_and_an_event_word_opening_a_sentence_is_no_name(resolved) -> None:  # type: ignore[no-untyped-def]
    names = {e.label: e.cls for e in resolved("The clashes erupted after the 444 Brigade said its commander had "
                                              "been detained. Gunfire and explosions shook the city through "
                                              "Tuesday.").entities}
    assert "444 Brigade" in names and "Brigade" not in names, names
    assert "Gunfire" not in names, names


def test_a_place_named_before_a_happening_is_where_not_who(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Pakistan blast killed 10 people on Monday.")
    assert [(_name(names, e.agent), _name(names, e.place)) for e in found] == [(None, "Pakistan")] * 2
    found, names = events("Tuareg rebels say dozens of Wagner fighters killed in northern Mali ambush")
    ambush = _of(found, "Attack")[0]
    assert (_name(names, ambush.agent), _name(names, ambush.place)) == (None, "Mali")
    found, names = events("A US strike killed three militants.")  # a strike is made by someone
    assert _name(names, _of(found, "Attack")[0].agent) == "US forces"


def test_fighting_is_a_clash_with_two_sides(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Fighting between the army and the rebels resumed last year.")
    fight, = _of(found, "Attack")
    assert fight.agent_phrase is not None and fight.agent_phrase.text == "the army"
    assert fight.target_phrase is not None and fight.target_phrase.text == "the rebels"
    found, names = events("The Taliban fought with Afghan forces in Kunduz.")
    fight, = _of(found, "Attack")
    assert [_name(names, r) for r in (fight.agent, fight.target, fight.place)] == ["Taliban", "Afghan forces", "Kunduz"]
    found, names = events("Fighting spread to Helmand province.")
    assert _name(names, _of(found, "Attack")[0].place) == "Helmand"
    for text in ("The government is fighting corruption.", "Doctors are fighting a cholera outbreak.",
                 "He was arrested after fighting the police.", "Soldiers fought with rifles and grenades in the hills."):
        found, _ = events(text)
        assert all(e.target is None and e.target_phrase is None for e in _of(found, "Attack")), text
        assert text.startswith("Soldiers") or not _of(found, "Attack"), text


def test_lost_soldiers_lost_lives_and_the_neutralised_are_deaths(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Mali's army said it had lost two soldiers and that it had neutralised about 20 terrorists.")
    lost, neutralised = _of(found, "Killing")
    assert (_name(names, lost.target), lost.fatalities, lost.agent) == ("Malian forces", 2, None)
    assert (_name(names, neutralised.agent), neutralised.fatalities, neutralised.count_qualifier) == \
        ("Malian forces", 20, "about")
    found, _ = events("Three soldiers lost their lives in the attack.")
    assert [e.fatalities for e in _of(found, "Killing")] == [3]
    found, _ = events("The explosion claimed the lives of all militants aboard the vehicle.")
    assert len(_of(found, "Killing")) == 1 and not _of(found, "Bombing")[0].status  # "set off" is no plan either
    for text in ("The party lost the election.", "The rebels lost control of the town.", "He lost his job."):
        found, _ = events(text)
        assert not _of(found, "Killing"), text


def test_a_date_between_said_and_its_clause_is_the_saying(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The rebels said on Monday that they had killed 20 soldiers.")
    said, killed = _of(found, "Statement")[0], _of(found, "Killing")[0]
    assert said.date is not None and said.date.value == "2024-06-10" and killed.date is None
    assert said.content is not None and said.content.text.startswith("they had killed")
    found, _ = events("The army said they had killed 20 militants on Monday.")  # after the subject: the killing's
    assert _of(found, "Killing")[0].date is not None
    found, _ = events("On Tuesday, US and British warships shot down 21 drones, the Pentagon said.")
    said = _of(found, "Statement")[0]
    assert said.content is not None and said.content.text.startswith("On Tuesday")


def test_a_people_is_no_entity_and_no_speaker(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Tuareg separatist rebels said on Monday they had killed dozens of Russian Wagner mercenaries. "
                          "Fulani herders clashed with farmers.")
    assert "Tuareg" not in names and "Fulani" not in names, names
    killed = _of(found, "Killing")[0]
    assert killed.agent is None and _name(names, killed.target) == "Wagner Group"


def test_an_affiliate_named_before_a_group_is_not_a_second_agent(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al Qaeda affiliate JNIM also claimed to have killed 50 Russians.")
    killed = _of(found, "Killing")[0]
    assert _name(names, killed.agent) == "JNIM" and killed.more_agent_entities == ()
    found, names = events("US and British forces attacked the base.")
    attack = _of(found, "Attack")[0]
    assert [_name(names, i) for i in (attack.agent, *attack.more_agent_entities)] == ["US forces", "British forces"]


def test_the_army_named_again_is_the_army_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events(
        "Sudan's army and the paramilitary Rapid Support Forces (RSF) signed an agreement in Jeddah on Saturday for a "
        "seven-day ceasefire, Saudi Arabia and the United States said. Envoys have been meeting in Jeddah since May 6 "
        "in talks brokered by Riyadh and Washington. The RSF said it was committed to the ceasefire and accused the army "
        "of attacking its positions in Omdurman.")
    accused = _of(found, "Accusation")[0]
    assert (_name(names, accused.agent), _name(names, accused.target)) == ("Rapid Support Forces", "Sudanese Armed Forces")


def test_truces_and_talks_have_parties(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's army and the RSF signed an agreement on Saturday for a seven-day ceasefire.")
    truce, = _of(found, "Agreement")
    assert [_name(names, i) for i in (truce.agent, *truce.more_agent_entities)] == \
        ["Sudanese Armed Forces", "Rapid Support Forces"]
    found, names = events("Hamas and Israel agreed to a truce.")
    truce, = _of(found, "Agreement")
    assert _name(names, truce.agent) == "Hamas" and truce.status is None  # agreed: done, not planned
    found, names = events("Putin met Xi in Beijing on Tuesday.")
    met, = _of(found, "Meeting")
    assert [_name(names, r) for r in (met.agent, met.target, met.place)] == ["Vladimir Putin", "Xi Jinping", "Beijing"] \
        or [_name(names, r) for r in (met.agent, met.target, met.place)] == ["Putin", "Xi", "Beijing"]
    found, names = events("Envoys from the two sides have been meeting in Jeddah since May 6.")
    assert _name(names, _of(found, "Meeting")[0].place) == "Jeddah"
    for text in ("The army met fierce resistance.", "The plan met the deadline."):
        found, _ = events(text)
        assert not _of(found, "Meeting"), text


def test_lasting_fighting_and_its_toll_keep_their_own_dates(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Residents said fighting continued on Sunday. The World Health Organization said on Friday that "
                      "at least 705 people had been killed in the fighting.")
    assert _of(found, "Killing")[0].date is None  # five weeks of fighting, not Sunday's
    found, names = events("Clashes between rival armed groups in Tripoli kill 55\n\nFighting between two armed factions "
                          "killed 55 people, the emergency medicine centre said.\n\nThe clashes erupted on Monday night. "
                          "The fighting stopped after Hamza was handed over.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and _name(names, attacks[0].place) == "Tripoli", attacks


def test_a_junta_is_its_countrys_military(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Myanmar junta, rebel alliance agree to ceasefire after China-brokered talks")
    truce = _of(found, "Agreement")[0]
    assert _name(names, truce.agent) == "Myanmar military" and truce.status is None  # a headline's "agree to"
    found, names = events("Myanmar's military has lost ground in Shan state. Junta air strikes hit villages near Namhsan.")
    assert _name(names, _of(found, "Airstrike")[0].agent) == "Myanmar military"


def test_a_killing_told_after_a_report_is_the_reported_attacks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("On Thursday, residents reported junta air strikes on villages near Namhsan, killing at least "
                          "four civilians.")
    strikes, killed = _of(found, "Airstrike")[0], _of(found, "Killing")[0]
    assert killed.agent is None and killed.agent_phrase is None  # not the residents
    assert _name(names, strikes.place) == "Namhsan" and strikes.date is not None  # the toll's place and day


def test_the_two_sides_of_a_clash_are_agent_and_target(events) -> None:  # type: ignore[no-untyped-def]
    for text, sides in (("Clashes between the Taliban and Afghan forces erupted in Kunduz.", ["Taliban", "Afghan forces"]),
                        ("Fighting between Russian and Ukrainian troops continued.", ["Russian forces", "Ukrainian forces"]),
                        ("Fighting between the Taliban and the ISIS-K resumed.", ["Taliban", "Islamic State Khorasan"])):
        found, names = events(text)
        clash = _of(found, "Attack")[0]
        assert [_name(names, clash.agent), _name(names, clash.target)] == sides, text
        assert clash.more_agent_entities == (), text  # the other side is the target, not a second agent


def test_harms_told_in_one_breath_share_the_passive_and_the_day(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Six soldiers were killed and three others wounded when troops clashed with militants on Sunday.")
    killed, wounded = _of(found, "Killing")[0], _of(found, "Injury")[0]
    # the second "were" is dropped: the three were wounded, they wounded nobody
    assert wounded.agent_phrase is None and wounded.target_phrase is not None and wounded.injured == 3
    assert killed.date is not None and killed.date == _of(found, "Attack")[0].date  # the clash's Sunday
    found, _ = events("Two people were killed and several others wounded in the attack.")
    assert _of(found, "Injury")[0].target_phrase.text == "several others"
    found, _ = events("Two soldiers were killed and the militants attacked a convoy.")  # a clause of its own
    assert _of(found, "Attack")[0].agent_phrase.text == "the militants"


def test_a_bare_conjoined_verb_shares_the_modal(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The army will attack the town and capture it.")
    assert [e.status for e in found] == ["Planned", "Planned"]
    found, _ = events("Under the deal, the militias will be disbanded and their heavy weapons handed over.")
    assert _of(found, "Handover")[0].status == "Planned"  # "handed" hangs on "weapons", still under "will"
    found, _ = events("Gunmen attacked the village and killed five people.")
    assert [e.status for e in found] == [None, None]


def test_a_hyphenated_name_is_one_name(resolved) -> None:  # type: ignore[no-untyped-def]
    entities = {e.label: e.cls for e in resolved("Spokesman Louie Dema-ala said the gunmen fled. Troops pursued them, "
                                                 "Dema-ala said. Haftar-led forces attacked.").entities}
    assert entities.get("Louie Dema-ala") == "Person" and "Dema" not in entities, entities
    assert "Haftar" in entities and "Haftar-led" not in entities, entities  # a word joined, not a name


def test_a_toll_the_parser_hangs_on_the_place_is_the_events(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The group was blamed for a bombing at Mindanao State University in Marawi city that killed "
                          "four worshippers and wounded dozens of others.")
    for harm in _of(found, "Killing") + _of(found, "Injury"):
        assert harm.agent is None or names[harm.agent] != "Mindanao State University", harm
        assert _name(names, harm.place) == "Marawi City", harm
    found, names = events("Dawlah Islamiyah was blamed for a bombing in Marawi.")
    bombing = _of(found, "Bombing")[0]
    assert _name(names, bombing.agent) == "Dawlah Islamiyah" and bombing.status == "Alleged"
    found, names = events("Officials blamed the bombing on al-Shabaab.")
    bombing = _of(found, "Bombing")[0]
    assert _name(names, bombing.agent) == "al-Shabaab" and bombing.target is None  # blamed on, not aimed at


def test_leaving_something_behind_is_no_withdrawal(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The rest of the militants escaped into the forest, leaving behind rifles and a homemade bomb.")
    assert _of(found, "Withdrawal") == []
    for text in ("The last US troops left Kabul on Monday.", "The rebels left their positions near the town.",
                 "French troops left the base in Gao."):
        assert len(_of(events(text)[0], "Withdrawal")) == 1, text


def test_aircraft_strike_from_the_air_and_are_the_weapon(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A drone attacked the Ryazan refinery, causing a fire.")
    strike = _of(found, "Airstrike")[0]
    assert strike.agent is None and strike.agent_phrase is None and strike.instrument_phrase.text == "A drone"
    found, names = events("Ukrainian drones hit Russian oil refineries for a second day.")
    strike = _of(found, "Airstrike")[0]
    assert _name(names, strike.agent) == "Ukrainian forces" and strike.instrument_phrase.text == "Ukrainian drones"
    found, names = events("Russian forces pounded the Sumy region overnight, killing two people. Heavy rain pounded Kyiv.")
    assert len(_of(found, "Attack")) == 1  # an army pounds a region, rain pounds nothing


def test_ethnic_fighters_are_not_the_states_forces_and_lay_down_their_arms(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("BAKU/YEREVAN, Sept 20 (Reuters) - Ethnic Armenian forces in Nagorno-Karabakh agreed on "
                          "Wednesday to lay down their arms.")
    surrender = _of(found, "Surrender")[0]
    assert surrender.agent is None and surrender.agent_phrase.text == "Ethnic Armenian forces"  # not the dateline's city
    assert "Armenian forces" not in names
    found, names = events("Russia's defence ministry said its peacekeepers had evacuated more than 2,000 civilians.")
    assert _name(names, _of(found, "Displacement")[0].agent) == "Russian forces"  # the ministry's peacekeepers


def test_a_nickname_in_quotes_stays_inside_the_name(resolved) -> None:  # type: ignore[no-untyped-def]
    entities = {e.label: e.cls for e in resolved('Police arrested cartel leader Ismael "El Mayo" Zambada in July. '
                                                 'Militia leader Mohamed "Hemedti" Hamdan Dagalo said.').entities}
    assert entities.get("Ismael Zambada") == "Person" and entities.get("Mohamed Hamdan Dagalo") == "Person", entities
    assert not any('"' in label for label in entities), entities


def test_who_was_detained_is_the_one_the_clause_hangs_on(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The violence followed the arrest of cartel leader Ismael Zambada, who was detained by US "
                          "authorities in Texas. He said he was kidnapped by a son of Joaquin Guzman.")
    detained, kidnapped = _of(found, "Arrest")[1:]
    assert _name(names, detained.target) == "Ismael Zambada"
    assert kidnapped.agent is None and kidnapped.agent_phrase.text == "a son"  # a son of Guzman is not Guzman


def test_seized_weapons_a_march_of_hostages_and_any_attack_are_not_what_they_seem(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Security forces arrested 25 suspects and seized dozens of weapons.")
    assert _of(found, "Capture") == [] and len(_of(found, "Arrest")) == 1
    found, _ = events("The gunmen torched several homes and marched the hostages into the bush.")
    assert _of(found, "Protest") == []
    assert len(_of(events("Thousands marched through the capital on Sunday.")[0], "Protest")) == 1
    found, _ = events("France said it would respond to any attack on its nationals.")
    assert _of(found, "Attack")[0].status == "Planned"  # one that may come
    found, _ = events("Bakary Sangare leads a civilian militia that fights alongside the army.")
    assert _of(found, "Attack") == []  # whose side it is on, not a fight


def test_a_war_kills_no_one_itself_and_several_of_them_are_the_dead(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The conflict has killed more than 6,000 people and forced over 700,000 to flee their homes.")
    assert [e.agent_phrase for e in found] == [None, None]  # what they died in, not who killed them
    assert _of(found, "Killing")[0].fatalities == 6000
    found, _ = events("Soldiers were fired upon by gunmen and responded, killing several of the attackers.")
    fired, killed = _of(found, "Attack")[0], _of(found, "Killing")[0]
    assert fired.agent_phrase.text == "gunmen" and fired.target_phrase.text == "Soldiers"
    assert killed.target_phrase.text == "several of the attackers"


def test_a_phrasal_verb_split_by_its_object_is_still_the_verb(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukraine pulled its troops out of Avdiivka.")
    pulled = _of(found, "Withdrawal")[0]
    assert _name(names, pulled.agent) == "Ukraine" and pulled.place is not None
    found, names = events("The army handed the bases over to the Taliban.")
    assert _name(names, _of(found, "Handover")[0].recipient) == "Taliban"
    assert _of(events("Police pulled the car over.")[0], "Withdrawal") == []  # no such trigger


def test_a_headline_country_is_its_army_in_the_lede(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Ukraine pulls troops out of Avdiivka\n\nKYIV, Feb 17 (Reuters) - Ukraine's army said on Saturday "
                      "it had withdrawn its troops from the eastern town of Avdiivka.")
    assert len(_of(found, "Withdrawal")) == 1  # one withdrawal, told twice


def test_the_town_is_the_one_the_text_called_a_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army withdrew from the eastern town of Avdiivka, the biggest loss since Russia captured "
                          "Bakhmut in May last year. Russia said its forces had taken full control of the town.")
    taken = _of(found, "Capture")
    assert [_name(names, c.target) for c in taken] == ["Bakhmut", "Avdiyivka"]  # Bakhmut misread as an adverb, too


def test_what_was_avoided_or_foiled_did_not_happen(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The army withdrew its troops from the town to avoid encirclement. Police foiled an attack on "
                      "the embassy.")
    assert _of(found, "Siege")[0].status == "Negated" and _of(found, "Attack")[0].status == "Negated"
    assert _of(found, "Withdrawal")[0].status is None


def test_captured_soldiers_are_prisoners_and_bloggers_are_no_army(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Some Ukrainian soldiers were captured during the retreat. Russian military bloggers said "
                          "Ukrainian losses had been heavy.")
    assert _of(found, "Capture") == [] and len(_of(found, "Arrest")) == 1
    said = _of(found, "Statement")[0]
    assert said.agent is None and said.agent_phrase.text == "Russian military bloggers"


def test_a_phrase_never_holds_the_trigger_and_a_hospital_is_not_its_owner(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Hamas handed over 13 Israeli hostages to the Red Cross on Saturday.")
    assert _of(found, "Handover")[0].target_phrase.text == "13 Israeli hostages"
    found, names = events("The RSF encircled the city, the last stronghold of the army, and shelled its only "
                          "functioning hospital.")
    shelled = _of(found, "Attack")[0]
    assert shelled.target is None and shelled.target_phrase.text == "its only functioning hospital"


def test_a_claim_in_a_headline_ends_with_the_line(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Ukraine pulls troops out of Avdiivka as Russia claims control\n\nKYIV (Reuters) - Ukraine's "
                      "army said it had withdrawn.")
    assert _of(found, "Statement")[0].content.text == "control"


def test_the_rebels_are_the_group_that_is_rebels(resolved) -> None:  # type: ignore[no-untyped-def]
    def refers(text: str, words: str) -> str:
        extraction = resolved(text).extraction
        return next(m.name for m in extraction.mentions if m.span.text == words)

    text = ("The CSP-DPA said its fighters ambushed a convoy of Malian troops and Wagner mercenaries. "
            "Al Qaeda affiliate JNIM also claimed an attack. The army accused the rebels of being backed by foreign powers.")
    assert refers(text, "the rebels") == "Strategic Framework for the Defence of the People of Azawad"
    # the text's own word counts for a group the gazetteer does not know
    text = "The Wazalendo militia attacked a village held by M23. The militia later withdrew."
    assert refers(text, "The militia") == "Wazalendo"  # M23, named last, is rebels
    # and with no group of that kind named, the last group still
    assert refers("JNIM attacked a convoy. The rebels withdrew.", "The rebels") == "JNIM"


def test_a_regions_forces_are_not_the_region_and_a_full_name_is_the_gazetteers(resolved) -> None:  # type: ignore[no-untyped-def]
    extraction = resolved("Amhara forces attacked the town of Kobo on Monday. Tigray forces shelled Dessie. "
                          "The Tigray People's Liberation Front said it had withdrawn.").extraction
    names = [m.name for m in extraction.mentions]
    attacked, shelled = [e for e in extraction.events if e.cls == "Attack"]
    assert attacked.agent is None and attacked.agent_phrase.text == "Amhara forces"
    assert _name(names, shelled.agent) == "Tigray People's Liberation Front"
    front = next(m for m in extraction.mentions if m.span.text == "Tigray People's Liberation Front")
    assert (front.cls, front.key) == ("ArmedGroup", "tplf")  # not the tagger's person "The Tigray People's ..."


def test_the_defense_department_is_the_pentagon_only_in_an_american_story(resolved) -> None:  # type: ignore[no-untyped-def]
    def ministry(text: str, words: str) -> tuple[str, str | None]:
        mention = next(m for m in resolved(text).extraction.mentions if m.span.text == words)
        return mention.name, mention.key

    mexican = "Gunmen attacked soldiers in Culiacan, Mexico, on Sunday. The Defense Department said one soldier was injured."
    assert ministry(mexican, "Defense Department") == ("Mexican Defence Ministry", "mexico-defence-ministry")
    american = "US troops were attacked in Syria, the Pentagon said. The Defense Department said two were hurt."
    assert ministry(american, "Defense Department") == ("Pentagon", "pentagon")
    named = "Clashes erupted in Sinaloa. The U.S. Defense Department said it was watching. Turkey's Defence Ministry said."
    assert ministry(named, "U.S. Defense Department")[1] == "pentagon"
    assert ministry(named, "Defence Ministry")[1] == "turkey-defence-ministry"


def test_a_word_the_text_calls_a_town_is_one(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("M23 rebels seized the town of Sake on Tuesday. Fighters attacked the village of Kibirizi.")
    assert _name(names, _of(found, "Capture")[0].target) == "Sake"  # the tagger's common noun "sake"
    assert _name(names, _of(found, "Attack")[0].place) == "Kibirizi"
    found, names = events("For the sake of peace, the town of Rutshuru was spared.")
    assert "Rutshuru" in names and "sake" not in [n.lower() for n in names]


def test_people_killed_in_a_headline_and_together_are_counted(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Somali forces end hotel siege by al Shabaab, 21 killed")
    killed = _of(found, "Killing")[0]
    assert killed.agent is None and killed.agent_phrase is None and killed.fatalities == 21  # "21" died
    found, _ = events("Twenty-one hostages and four soldiers were killed during the siege.")
    assert (_of(found, "Killing")[0].fatalities, _of(found, "Killing")[0].count_qualifier) == (25, "exact")
    found, _ = events("At least 20 civilians and five soldiers were killed.")
    assert (_of(found, "Killing")[0].fatalities, _of(found, "Killing")[0].count_qualifier) == (25, "at least")
    found, _ = events("Two gunmen killed three police officers in Peshawar.")
    assert _of(found, "Killing")[0].agent_phrase.text == "Two gunmen"  # an object: the gunmen killed


def test_shot_dead_kills_its_object(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Residents said RSF fighters looted homes and shot dead at least five civilians.")
    shot = _of(found, "Killing")[0]
    assert _name(names, shot.agent) == "Rapid Support Forces" and shot.target is None
    assert shot.target_phrase.text == "at least five civilians" and shot.fatalities == 5
    found, _ = events("The commander was shot dead on Monday.")
    assert _of(found, "Killing")[0].target_phrase.text == "The commander"


def test_a_long_name_cut_short_before_its_acronym_is_the_acronyms(resolved) -> None:  # type: ignore[no-untyped-def]
    extraction = resolved("Al Qaeda-linked Jama'at Nusrat al-Islamiyya wal-Muslimin (JNIM) claimed the attack.").extraction
    assert {m.key for m in extraction.mentions if m.cls != "ArmedGroup" or m.key is None} == set()
    assert {m.key for m in extraction.mentions} == {"al-qaeda", "jnim"}


def test_a_headline_says_its_whole_verbless_clause(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Pakistan says hostage standoff on hijacked train over, 33 militants killed")
    assert _of(found, "Statement")[0].content.text == "hostage standoff on hijacked train over, 33 militants killed"
    found, _ = events("QUETTA, Pakistan, March 12 (Reuters) - Pakistani security forces ended a standoff, the military said.")
    assert not _of(found, "Statement")[0].content.text.startswith("QUETTA")


def test_police_are_not_the_army(resolved) -> None:  # type: ignore[no-untyped-def]
    extraction = resolved("Hezbollah fired rockets at Tel Aviv, wounding two people, Israeli police said. "
                          "The Israeli military said it struck back. Police in Kabul said two men were arrested.").extraction
    keys = {m.span.text: m.key for m in extraction.mentions}
    assert keys["Israeli police"] == "israel-police" and keys["Israeli military"] == "idf"
    assert keys["Police"] == "afghanistan-police"  # the country of the place they serve in


def test_the_rebel_group_is_the_group_named_and_a_toll_finds_its_attack_through_its_objects(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Petro suspended peace talks with the National Liberation Army (ELN) on Friday after the rebel "
                          "group launched attacks on dissidents of the former FARC in the northeastern Catatumbo region "
                          "that killed at least 80 people.")
    attack, killing = _of(found, "Attack")[0], _of(found, "Killing")[0]
    assert _name(names, attack.agent) == "ELN" and _name(names, attack.target) == "FARC"
    assert _name(names, killing.agent) == "ELN" and killing.part_of is not None  # not "the Catatumbo region"
    found, names = events("Clashes broke out between the ELN and dissidents of the former FARC rebel group.")
    assert "ELN" not in [_name(names, e.target) for e in found]  # "the FARC rebel group" is FARC's own name


def test_an_embassy_is_its_countrys_but_not_in_it_and_weapons_are_not_their_owners(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Protesters in the capital Kinshasa attacked the embassies of Rwanda and France on Tuesday.")
    attack = _of(found, "Attack")[0]
    assert attack.agent_phrase.text == "Protesters" and attack.agent is None  # the capital is no second subject
    # (not in Rwanda, whose embassy it was, but where the protesters were)
    assert _name(names, attack.target) == "Rwanda"
    assert _name(names, attack.place) in ("Kinshasa", "Democratic Republic of the Congo")
    found, names = events("Hundreds of Congolese soldiers surrendered and handed over their weapons to UN peacekeepers.")
    handover = _of(found, "Handover")[0]
    assert handover.target is None and handover.target_phrase.text == "their weapons"
    assert _name(names, handover.recipient) == "United Nations"


def test_strikes_that_hit_a_city_are_one_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli air strikes hit Beirut's southern suburbs overnight.")
    assert [(e.cls, e.trigger.text) for e in found] == [("Airstrike", "air strikes")]
    found, names = events("Russian missile strikes hit Kyiv overnight.")
    struck = _of(found, "Airstrike")[0]
    assert _name(names, struck.agent) == "Russian forces" and _name(names, struck.target) == "Kyiv"


def test_a_push_across_a_line_is_an_attack_and_one_with_its_incursion(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukrainian troops push into Russia's Kursk region, Moscow says\n\nMOSCOW, Aug 7 (Reuters) - "
                          "Russian forces were battling to repel a cross-border incursion by Ukrainian troops into the "
                          "western Kursk region, Russia's top general said.")
    pushes = [e for e in _of(found, "Attack") if e.trigger.text != "battling"]
    assert len(pushes) == 1 and _name(names, pushes[0].agent) == "Ukrainian forces"
    assert [s.text for s in pushes[0].also] == ["incursion"]
    found, names = events("Islamist-led rebels swept into Aleppo on Friday.")  # parsed as one noun phrase
    swept = _of(found, "Attack")[0]
    assert swept.agent_phrase.text == "Islamist-led rebels" and _name(names, swept.place) == "Aleppo"


def test_who_acknowledged_said_and_a_spokesmans_claim_is_his_groups(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Syrian army acknowledged that the insurgents had entered large parts of the city and said "
                          "dozens of its soldiers had been killed.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Syrian forces"
    found, names = events("The ship was struck by a missile. Houthi military spokesman Yahya Saree claimed the attack.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Houthis"
    assert _name(names, _of(found, "Statement")[0].agent) == "Yahya Saree"  # he speaks; the group attacked


def test_leaving_a_ship_flooded_is_no_withdrawal(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Houthi militants attacked a bulk carrier on Wednesday, leaving the vessel flooded and one crew "
                      "member missing.")
    assert _of(found, "Withdrawal") == []
    found, _ = events("Israeli forces left Jenin after a two-day raid.")
    assert len(_of(found, "Withdrawal")) == 1


def test_a_written_number_opening_a_sentence_counts(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Shelling hit the market.\n\nEleven civilians and one soldier were killed in the town, "
                      "officials said.")  # the tagger reads "Eleven" as a name
    assert _of(found, "Killing")[0].fatalities == 12


def test_dropped_bombs_are_an_airstrike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Army helicopters dropped three barrel bombs on Daraa on Monday.")
    strike = _of(found, "Airstrike")[0]
    assert strike.trigger.text == "dropped three barrel bombs" and _name(names, strike.place) == "Daraa"
    found, _ = events("Army helicopters dropped leaflets on Daraa on Monday.")
    assert _of(found, "Airstrike") == []


def test_the_accused_of_a_passive_accusation_did_the_deed(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Militiamen sent to guard the camp were accused of torturing detainees.")
    torture = _of(found, "Injury")[0]
    assert torture.agent_phrase.text == "Militiamen" and torture.status == "Alleged"
    found, names = events("Turkey shelled Kurdish fighters it accuses of attacking its border posts.")
    accusation = _of(found, "Accusation")[0]
    assert _name(names, accusation.agent) == "Turkey" and accusation.target_phrase.text == "Kurdish fighters"


def test_a_relative_clause_without_an_object_is_about_its_noun(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army shelled Bukavu, the city the rebels captured in February.")
    assert _name(names, _of(found, "Capture")[0].target) == "Bukavu"
    found, names = events("The militia shelled Goma, which the rebels had besieged for months.")
    assert _name(names, _of(found, "Siege")[0].target) == "Goma"
    found, _ = events("On the day the rebels attacked, the town was quiet.")
    assert all(e.target_phrase is None or e.target_phrase.text != "the day" for e in _of(found, "Attack"))


def test_the_army_a_minister_speaks_of_is_his_countrys(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Fighting in Syria killed 40 people. Syrian troops shelled the town. Israeli Defence "
                          "Minister Israel Katz said the army would strike government forces.")
    strike = [e for e in _of(found, "Attack") if e.trigger.text == "strike"][0]
    assert _name(names, strike.agent) == "Israel Defense Forces" and _name(names, strike.target) == "Syrian forces"


def test_forces_attacked_are_not_the_attackers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Clashes in Syria killed 40 people. Israel stepped up its attacks on government forces on "
                          "Tuesday.")
    attack = [e for e in _of(found, "Attack") if e.trigger.text == "attacks"][0]
    assert _name(names, attack.agent) == "Israel" and _name(names, attack.target) == "Syrian forces"


def test_a_bare_ministry_and_a_headlines_government_are_the_storys(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen kill 12 in northern Niger, government says\n\nNIAMEY, May 3 (Reuters) - Gunmen "
                          "killed 12 villagers in Niger's Tillaberi region. Troops were sent to the area, the "
                          "interior ministry said.")
    speakers = [_name(names, e.agent) for e in _of(found, "Statement")]
    assert speakers == ["Nigerien government", "Nigerien Interior Ministry"]


def test_an_event_some_time_before_is_not_dated_by_the_verb(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The army launched raids on Wednesday, three weeks after an ambush on a convoy in the north.")
    ambush = [e for e in _of(found, "Attack") if e.trigger.text == "ambush"][0]
    assert ambush.date is None
    found, _ = events("Troops freed the hostages on Monday after a firefight in the forest.")
    assert [e for e in _of(found, "Attack") if e.trigger.text == "firefight"][0].date is not None


def test_blame_on_names_the_blamed_and_alleges_only_the_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed 14 pilgrims in an attack that Kabul blamed on the Taliban.")
    accusation, attack = _of(found, "Accusation")[0], _of(found, "Attack")[0]
    assert _name(names, accusation.target) == "Taliban"
    assert _name(names, attack.agent) == "Taliban" and attack.status == "Alleged"
    killing = _of(found, "Killing")[0]
    assert killing.agent is None and killing.agent_phrase.text == "Gunmen"


def test_a_headline_attack_is_its_ledes_whatever_it_calls_the_target(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Drones hit 12 Russian warships in Sevastopol, Kyiv says\n\nKYIV, May 3 (Reuters) - Ukraine "
                          "launched a drone attack against the Russian fleet in Sevastopol on Sunday.")
    strikes = _of(found, "Airstrike")
    assert len(strikes) == 1 and _name(names, strikes[0].agent) == "Ukraine"


def test_the_attack_an_appositive_sums_up_is_one_and_no_war_is_a_target(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Russia launched 300 drones at Ukraine, the largest drone attack of the war, officials said.")
    assert [e.trigger.text for e in found if e.cls != "Statement"] == ["launched"]
    found, _ = events("It was the deadliest attack of the year.")
    assert all(e.target_phrase is None for e in _of(found, "Attack"))


def test_a_country_handed_down_as_subject_is_no_killer_on_its_own_soil(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Thailand launched air strikes on military targets in Cambodia on Thursday as fighting "
                          "between the neighbours spread along their disputed border, killing at least 12 people in "
                          "Thailand.")
    killing = _of(found, "Killing")[0]
    assert killing.agent is None and _name(names, killing.place) == "Thailand"


def test_a_two_word_demonym_is_its_own_country(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A South Sudanese army officer was killed in Malakal. South Sudanese President Salva Kiir "
                          "called for calm.")
    assert _name(names, _of(found, "Killing")[0].target) == "South Sudanese forces"


def test_a_groups_name_is_the_same_with_or_without_its_kind(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army has been fighting the White Army militia in Upper Nile. The spokesman blamed the "
                          "White Army, and said the White Army had overrun a base in Nasir.")
    capture = _of(found, "Capture")[0]
    assert _name(names, capture.agent) == "White Army"
    assert _name(names, _of(found, "Attack")[0].target) == "White Army"


def test_displaced_people_are_who_they_are_not_an_event(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("An air strike hit a school sheltering displaced families in Khan Younis.")
    assert _of(found, "Displacement") == []
    found, _ = events("The camp holds 40,000 displaced people.")
    assert [e.displaced for e in _of(found, "Displacement")] == [40000]


def test_a_territorys_own_ministry_speaks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Twelve people were killed in Rafah, the Gaza health ministry said.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Gaza Strip Health Ministry"


def test_people_seized_from_a_place_were_taken_there(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen seized 20 pupils from a school in Katsina state on Friday.")
    arrest = _of(found, "Arrest")[0]
    assert _name(names, arrest.place) == "Katsina State"


def test_evacuating_soldiers_displaces_no_one(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A helicopter evacuating wounded soldiers from the town came under fire.")
    assert _of(found, "Displacement") == []
    found, _ = events("Aid workers evacuated 300 civilians from the town.")
    assert len(_of(found, "Displacement")) == 1


def test_the_attack_near_a_town_is_the_ambush_in_its_region(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militiamen ambushed a convoy in Ethiopia's Amhara region on Saturday, killing 12 soldiers. "
                          "The attack took place near the town of Debre Markos, an official said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and _name(names, attacks[0].place) == "Debre Markos"


def test_gazetteer_towns_are_spelled_as_wire_copy_spells_them(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert lexicon.entries[lexicon.lookup("Jabalya")[0]].label == "Jabalya"
    assert lexicon.lookup("Jabālyā") == lexicon.lookup("Jabalya")  # GeoNames' spelling still names it


def test_what_drones_were_fired_toward_is_the_target_not_the_day(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran fired more than 100 drones toward Israel on Friday.")
    attack = _of(found, "Attack")[0]
    assert _name(names, attack.target) == "Israel" and attack.date is not None


def test_an_event_that_hit_or_brought_down_something_took_its_place_and_day(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli airstrike hit a hospital in Gaza City on Monday.")
    strike = _of(found, "Airstrike")[0]
    assert _name(names, strike.place) == "Gaza City" and strike.date is not None and strike.date.value == "2024-06-10"
    found, _ = events("A drone attack brought down a police helicopter near the town on Thursday.")
    downing = _of(found, "Airstrike")[0]
    assert downing.target_phrase is not None and downing.target_phrase.text == "a police helicopter"


def test_exchanging_fire_is_a_fight_of_both_sides(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pakistani and Afghan forces exchanged heavy fire along the border overnight.")
    fight = _of(found, "Attack")[0]
    assert {_name(names, fight.agent), *(_name(names, i) for i in fight.more_agent_entities)} == \
        {"Pakistani forces", "Afghan forces"}


def test_a_ship_sunk_is_attacked_and_its_name_ends_where_the_verbs_phrase_begins(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("The Houthis said on Wednesday they had sunk the bulk carrier Eternity C in the Red Sea, the second "
            "vessel they have sunk in a week.")
    assert "Eternity C" in {e.label for e in resolved(text).entities}
    found, names = events(text)
    sinkings = _of(found, "Attack")
    assert len(sinkings) == 1 and _name(names, sinkings[0].agent) == "Houthis" \
        and _name(names, sinkings[0].target) == "Eternity C"
    found, _ = events("The ship later sank.")
    assert _of(found, "Attack") == []  # sinking by itself attacks nothing


def test_who_blames_a_group_it_relates_is_not_that_group(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pakistan's military said it had destroyed 21 posts. It accused Kabul of harbouring the "
                          "Pakistani Taliban, or TTP, which it blames for a surge in attacks inside Pakistan.")
    blame = next(e for e in _of(found, "Accusation") if e.trigger.text == "blames")
    assert _name(names, blame.agent) == "Pakistani forces" and _name(names, blame.target) == "Tehrik-i-Taliban Pakistan"
    surge = next(e for e in _of(found, "Attack") if e.trigger.text == "attacks")
    assert _name(names, surge.agent) == "Tehrik-i-Taliban Pakistan"  # the attacks it is blamed for


def test_grenades_fired_at_a_ship_that_struck_it_are_one_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The ship was struck by rocket-propelled grenades fired from small boats on Monday.")
    assert len(_of(found, "Attack")) == 1
    found, _ = events("The ship was hit by missiles fired from Yemen on Monday.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and attacks[0].date is not None and attacks[0].date.value == "2024-06-10"


def test_the_gunmen_are_a_group_named_before_them_never_one_named_later(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Boko Haram militants killed 63 people in Darul Jamal, the governor said.\n\n"
                          "The gunmen opened fire on residents, he said.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Boko Haram"
    found, names = events("Gunmen stormed a school on Thursday. The gunmen shot dead one person, residents said.\n\n"
                          "Last week, Boko Haram militants abducted 200 people in Borno.")
    killing = _of(found, "Killing")[0]
    assert killing.agent is None


def test_troops_in_an_army_spokesmans_words_are_that_army(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Boko Haram militants attacked Darul Jamal in Nigeria on Friday.\n\n"
                          "A spokesman for the army said troops had killed several of the attackers.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) == "Nigerian forces"


def test_the_head_of_a_group_set_beside_a_name_is_that_person(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel launched airstrikes across Iran on Friday, killing the head of the Revolutionary "
                          "Guards, Hossein Salami.")
    assert _name(names, _of(found, "Killing")[0].target) == "Hossein Salami"


def test_a_ranking_of_what_was_told_is_no_new_attack_and_the_saying_day_is_not_the_strikes(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("DUBAI, April 18 (Reuters) - U.S. airstrikes on the Ras Isa fuel port in western Yemen killed "
                          "74 people and wounded 171, the Houthi-run health ministry said on Friday, in the deadliest "
                          "attack since Washington began its campaign against the group last month.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1
    assert _of(found, "Killing")[0].date is None  # Friday is when the ministry said it


def test_it_said_after_a_quotation_is_not_a_name_inside_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Central Command said the strikes were aimed at cutting off fuel. \"The purpose of these "
                          "strikes was to degrade the power of the Houthis,\" it said in a statement.")
    assert [_name(names, s.agent) for s in _of(found, "Statement")] == ["US Central Command"] * 2


def test_who_responded_by_firing_fired(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Houthis responded by firing a ballistic missile at Israel.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Houthis"


def test_massacres_counted_are_no_count_of_the_dead(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The monitor said 745 civilians had been killed in 30 massacres in Latakia.")
    assert sorted(e.fatalities or 0 for e in _of(found, "Killing")) == [0, 745]


def test_a_leaders_loyalists_are_not_the_leader(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Syrian forces clashed with loyalists of ousted president Bashar al-Assad. On Thursday "
                          "Assad loyalists ambushed a security patrol near Jableh.")
    clash, ambush = _of(found, "Attack")
    assert clash.target is None and ambush.agent is None and ambush.agent_phrase is not None and ambush.agent_phrase.text == "Assad loyalists"


def test_the_part_set_beside_the_dead_is_not_who_died(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("More than 1,000 people, most of them Alawite civilians, have been killed in two days of clashes, "
                      "a war monitor said.")
    assert [(k.fatalities, k.count_qualifier) for k in _of(found, "Killing")] == [(1000, "at least")]


def test_shooting_someone_dead_is_one_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Residents said gunmen went from house to house, shooting men dead.")
    assert [e.cls for e in found if e.cls != "Statement"] == ["Killing"]
    found, _ = events("Soldiers shot two suspects dead near the market.")
    assert [(e.cls, e.fatalities) for e in found] == [("Killing", 2)]


def test_the_speaker_hung_on_the_counted_dead_still_speaks(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("BANGKOK, Oct 7 (Reuters) - A motorised paraglider operated by Myanmar's military dropped two "
                      "bombs on a crowd gathered for a festival and protest in the central Sagaing region, killing at "
                      "least 24 people including children, a spokesperson for an opposition group said on Tuesday.")
    said = _of(found, "Statement")[0]
    assert said.agent_phrase is not None and said.agent_phrase.text == "a spokesperson"


def test_the_convoy_ambushed_is_the_convoy_attacked(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militants attacked a convoy of fuel tankers in Mali on Sunday, setting dozens of trucks on "
                          "fire. The convoy was ambushed near the town of Kayes. JNIM claimed the attack.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and _name(names, attacks[0].place) == "Kayes" and _name(names, attacks[0].agent) == "JNIM"


def test_a_generated_town_holding_a_country_is_the_town_in_a_headline(resolved) -> None:  # type: ignore[no-untyped-def]
    found = resolved("Drones hit Port Sudan for third day, striking port and fuel depots\n\n"
                     "Drones struck the city's main port on Tuesday.")
    assert {e.label: e.cls for e in found.entities}.get("Port Sudan") == "City"


def test_no_comment_on_casualties_is_no_casualties(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The army said it struck the base, without commenting on casualties.")
    assert _of(found, "Casualties") == []


def test_a_town_the_text_calls_one_is_a_place_whatever_the_tagger_said(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Armed gangs stormed the central Haitian town of Mirebalais on Monday, freeing 500 inmates.")
    assert _name(names, _of(found, "Attack")[0].target) == "Mirebalais"


def test_congo_is_the_country_the_storys_other_places_lie_in(resolved) -> None:  # type: ignore[no-untyped-def]
    def country(text: str) -> set[str]:
        return {e.key for e in resolved(text).entities if e.cls == "Country"}
    assert country("Rebels attacked a church in Komanda in northeastern Congo's Ituri province.") == {"dr-congo"}
    assert country("Gunmen killed two people in Brazzaville, the capital of Congo.") == {"republic-of-the-congo"}
    assert country("Gunmen killed 12 people in Congo on Monday.") == {"dr-congo"}  # the curated default


def test_a_building_named_by_its_place_is_there_not_that_place(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen attacked a Kabul mosque on Friday.")
    attack = _of(found, "Attack")[0]
    assert attack.target is None and attack.target_phrase is not None and attack.target_phrase.text == "a Kabul mosque"
    assert _name(names, attack.place) == "Kabul"


def test_the_assailants_are_the_group_named_before_but_the_gunman_is_one_man(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rebels from the Allied Democratic Forces attacked a church in Komanda overnight. "
                          "The assailants struck during a night vigil, a witness said.")
    assert {_name(names, a.agent) for a in _of(found, "Attack")} == {"Allied Democratic Forces"}
    found, names = events("Rebels from the Allied Democratic Forces attacked a church in Komanda overnight. "
                          "The gunman struck during a night vigil, a witness said.")
    assert [_name(names, a.agent) for a in _of(found, "Attack")][1:] == [None]


def test_a_groups_commander_killed_is_not_the_group_and_dies_once(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel kills Hezbollah's top military commander in Beirut strike\n\n"
                          "BEIRUT, Nov 23 (Reuters) - Israel said on Sunday it had killed Hezbollah's chief of staff, "
                          "Haytham Ali Tabatabai, in an airstrike on Beirut.\n\n"
                          "Hezbollah official Mahmoud Qmati confirmed that Tabatabai had been killed.")
    killings = _of(found, "Killing")
    assert len(killings) == 1 and _name(names, killings[0].target) == "Haytham Ali Tabatabai"


def test_who_killed_at_a_protest_did_not_protest(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Kenya police kill 31 in anti-government protests, rights body says\n\n"
                          "At least 31 people were killed when police fired live rounds at protesters on Monday.")
    assert _of(found, "Protest")[0].agent is None


def test_live_rounds_fired_at_protesters_are_an_attack_on_them(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Police fired live rounds at protesters in Nairobi on Monday.")
    attack = _of(found, "Attack")[0]
    assert attack.target_phrase is not None and attack.target_phrase.text == "protesters"
    assert attack.instrument_phrase is not None and attack.instrument_phrase.text == "live rounds"


def test_a_numbered_brigade_is_an_army_unit_and_gunmen_belong_to_an_armed_group(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved(
        "Soldiers from the army's 103rd Infantry Brigade were ambushed by about 10 gunmen belonging to the Dawlah "
        "Islamiyah group, a spokesman said.").entities}
    assert types.get("103rd Infantry Brigade") == "StateForce" and types.get("Dawlah Islamiyah") == "ArmedGroup", types
    assert {e.cls for e in resolved("Shares of the Adani Group fell on Monday.").entities} == {"Organisation"}


def test_a_coalition_named_by_a_gang_is_that_gang(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Viv Ansanm gang coalition took control of the police station in Mirebalais.")
    assert _name(names, _of(found, "Capture")[0].agent) == "Viv Ansanm"


def test_an_evening_dates_the_event(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen attacked a police post in Maiduguri on Tuesday evening, the army said.")
    attack = _of(found, "Attack")[0]
    assert attack.date is not None and attack.date.value == "2024-06-11"


def test_a_town_the_text_calls_one_outvotes_the_tagger(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved(
        "Israeli forces press Jenin raid as thousands flee\n\n"
        "Israeli forces pressed on with a raid in the occupied West Bank city of Jenin on Thursday. "
        "Jenin's governor said bulldozers had destroyed roads.").entities}
    assert types.get("Jenin") == "City", types


def test_a_states_raid_is_its_forces_and_pressing_one_is_making_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Security forces had fought militants in the camp for weeks before the Israeli raid began.")
    assert "Israel" in (_name(names, _of(found, "Attack")[-1].agent) or ""), [_name(names, a.agent) for a in found]
    found, names = events("Turkish troops pressed their offensive near Kobani on Monday.")
    assert "Turk" in (_name(names, _of(found, "Attack")[0].agent) or "")


def test_the_wounded_have_their_own_number(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Medics said 14 people had been killed and at least 50 wounded since the siege began.")
    injury = _of(found, "Injury")[0]
    assert (injury.injured, injury.count_qualifier) == (50, "at least")
    assert _of(found, "Killing")[0].fatalities == 14


def test_the_killings_are_a_killing_of_many_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed at least 40 villagers in Plateau state on Sunday. "
                          "The president condemned the killings and ordered an inquiry.")
    assert len(_of(found, "Killing")) == 1
    found, names = events("Gunmen killed at least 40 villagers in Plateau state on Sunday. "
                          "Soldiers killed two bandit leaders, Ado Aleru and Bello Turji, in Zamfara on Monday. "
                          "The president called the deaths a tragedy.")
    killings = _of(found, "Killing")
    assert len(killings) == 2 and killings[0].also and not killings[1].also


def test_the_strikes_are_what_the_warplanes_struck(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian warplanes struck the town of Maarat al-Numan on Monday. "
                          "The strikes hit a market and a school, rescuers said.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1, [(e.cls, e.trigger.text) for e in found]


def test_a_blockade_a_group_would_impose_is_yet_to_come(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The rebels said they would impose a blockade on the capital.")
    assert _of(found, "Siege")[0].status == "Planned"
    found, names = events("Gunmen attacked a convoy on Monday. The army said it would investigate the attack.")
    assert all(a.status is None for a in _of(found, "Attack"))


def test_the_country_attacked_is_not_the_one_attacking(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukraine's air force said Russia had launched 200 drones at the country overnight.")
    attack = _of(found, "Attack")[0]
    assert (_name(names, attack.agent), _name(names, attack.target)) == ("Russia", "Ukraine")


def test_a_town_does_not_accuse(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Congolese government said Uvira remained under its control and accused Rwanda of backing the rebels.")
    accusation = _of(found, "Accusation")[0]
    assert accusation.agent is not None and "Uvira" not in (_name(names, accusation.agent) or "")


def test_their_positions_are_their_own(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Kenyan soldiers who had been fighting alongside the Somali army left their positions on Friday.")
    left = _of(found, "Withdrawal")[0]
    assert "Kenya" in (_name(names, left.agent) or "") and left.target is None


def test_a_village_named_beside_the_dead_is_not_the_dead(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("In one hamlet, Kurmin Masara, more than 50 people were burned or shot dead, residents said.")
    killing = _of(found, "Killing")[0]
    assert killing.target is None and killing.fatalities == 50


def test_a_helicopter_that_came_under_fire_killed_nobody(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A UN helicopter came under fire in Upper Nile state on Friday, killing a crew member.")
    killing = _of(found, "Killing")[0]
    assert killing.agent is None and killing.agent_phrase is None


def test_nobody_shoots_himself_and_a_first_surname_is_the_full_name(events, resolved) -> None:  # type: ignore[no-untyped-def]
    text = ("Colombian senator Mario Vega shot at Cali rally\n\n"
            "CALI (AP) - Colombian senator Mario Vega Duarte was shot in the head during a rally in Cali on Saturday.")
    assert "Mario Vega" not in {e.label for e in resolved(text).entities}
    found, names = events(text)
    shot = _of(found, "Attack")[0]
    assert shot.agent is None and _name(names, shot.target) == "Mario Vega Duarte"


def test_a_building_named_by_its_kind_is_a_building_and_no_speaker(events, resolved) -> None:  # type: ignore[no-untyped-def]
    text = ("A witness, Rami Haddad, said a gunman had entered the Mar Elias church and opened fire. "
            "Worshippers tried to stop him, he said.")
    assert {e.label: e.cls for e in resolved(text).entities}.get("Mar Elias") == "Facility"
    found, names = events(text)
    assert _name(names, _of(found, "Statement")[-1].agent) == "Rami Haddad"


def test_a_hospital_name_ends_before_its_city(resolved) -> None:  # type: ignore[no-untyped-def]
    labels = {e.label for e in resolved("The Soroka Medical Center in Beersheba said it had treated 71 people.").entities}
    assert "Soroka Medical Center" in labels and not any("Beersheba" in label and label != "Beersheba" for label in labels)


def test_an_air_campaign_is_airstrikes(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel launched its air campaign against Iran on June 13.")
    strike = _of(found, "Airstrike")[0]
    assert (_name(names, strike.agent), _name(names, strike.target)) == ("Israel", "Iran")


def test_whom_a_headline_blames_leaves_the_event_a_fact(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Suicide bomber kills 20 at Kabul mosque, Taliban blame Islamic State")
    assert _of(found, "Killing")[0].status is None


def test_a_suspect_brought_in_is_the_he_that_follows(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Senator Mario Vega was shot at a rally on Saturday. "
                          "Police arrested a 15-year-old suspect after he was wounded in the leg.")
    assert _of(found, "Injury")[0].target is None
    found, names = events("Police commander Luis Perez spoke on Friday. Three people were wounded and a suspect was "
                          "arrested, he said.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Luis Perez"


def test_a_cartel_named_for_its_town_is_the_cartel(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The journalist was kidnapped by the Medellin cartel in 1990.")
    assert _name(names, _of(found, "Arrest")[0].agent) == "Medellin cartel"


def test_an_attack_on_democracy_is_words(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events('"This is an attack on democracy," the opposition Democratic Center party said.')
    assert not _of(found, "Attack")


def test_a_past_form_the_tagger_took_for_a_base_form_and_it_is_not_the_subject(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al Shabaab used the town as a base until the army retook it in 2022.")
    capture = _of(found, "Capture")[0]
    assert capture.date is not None and capture.date.value == "2022"
    assert capture.target is None or "army" not in (_name(names, capture.target) or "").lower()


def test_talks_asked_for_are_to_come_but_attacks_asked_to_stop_were_made(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("China has urged both sides to hold talks.")
    assert _of(found, "Meeting")[0].status == "Planned"
    found, names = events("The prime minister urged the world to intervene to stop Israel's attacks.")
    assert _of(found, "Attack")[0].status is None


def test_trying_for_a_year_to_capture_a_town_has_not_taken_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian forces have been trying for more than a year to capture Pokrovsk, a logistics hub.")
    assert _of(found, "Capture")[0].status == "Planned"


def test_seized_goods_are_no_ground_taken(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Security forces stormed the offices of the aid agency and seized equipment.")
    assert not _of(found, "Capture")
    found, names = events("The rebels seized two military bases near the border.")
    assert _of(found, "Capture")


def test_a_mayor_named_after_his_town_speaks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The mayor of Goma, Emmanuel Kabila, said five houses had been burned.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Emmanuel Kabila"


def test_an_oblast_is_a_province_not_its_city(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Russian troops captured two villages in Ukraine's eastern Donetsk region.").entities}
    assert types.get("Donetsk Oblast") == "Province" and "Donetsk" not in types, types


def test_pagers_exploding_are_the_explosions(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("BEIRUT, Sept 18 (AP) - Pagers exploded across Lebanon on Tuesday, killing nine people.\n\n"
                          "A Hezbollah official said the explosions were the biggest security breach in a year.")
    assert len(_of(found, "Bombing")) == 1


def test_said_in_a_statement_that_says_what(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Arakan Army said in a statement that its fighters had taken full control of the base.")
    said = _of(found, "Statement")[0]
    assert said.content is not None and said.content.text.startswith("its fighters had taken full control")


def test_a_headline_count_killed_is_the_dead(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen storm Niamey hotel, dozens killed")
    killing = _of(found, "Killing")[0]
    assert killing.agent_phrase is None or killing.agent_phrase.text != "dozens"
    assert killing.target_phrase is not None and killing.target_phrase.text == "dozens"


def test_hundreds_of_wounded_are_counted(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hundreds of wounded were being treated at hospitals.")
    assert _of(found, "Injury")[0].injured == 100


def test_rebels_led_by_a_group_are_that_group(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Syrian rebels led by Hayat Tahrir al-Sham stormed into Aleppo on Friday.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Hayat Tahrir al-Sham"


def test_speakers_after_a_comma_are_who_said_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An army airstrike on a village in Rakhine state killed at least 40 people and wounded 20 others, "
                          "residents and a rebel group said on Thursday.")
    said = _of(found, "Statement")
    assert said, found  # kept, though nobody in it is named
    assert said[0].agent is None and said[0].agent_phrase is not None and said[0].agent_phrase.text == "residents"


def test_what_it_also_struck_is_another_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel strikes Sanaa airport\n\n"
                          "DUBAI, May 6 (Reuters) - Israeli warplanes bombed Sanaa's international airport on Tuesday. "
                          "The Israeli military said it had disabled the airport. "
                          "It also struck power stations and a cement factory north of Sanaa.")
    attacks = _of(found, "Attack") + _of(found, "Airstrike")
    assert len(attacks) == 2, [(e.cls, e.trigger.text) for e in attacks]
    struck = next(e for e in attacks if e.trigger.text == "struck")
    assert struck.target_phrase is not None and struck.target_phrase.text.startswith("power stations")


def test_residents_of_a_town_place_the_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen opened fire on residents of the town of Pont-Sonde in central Haiti on Thursday.")
    assert _name(names, _of(found, "Attack")[0].place) == "Pont-Sonde"


def test_forces_crossing_into_a_region_attack_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukrainian forces backed by tanks and armoured vehicles crossed into Russia's Kursk region "
                          "on Tuesday, Russia's defence ministry said.")
    attack = _of(found, "Attack")[0]
    assert _name(names, attack.agent) == "Ukrainian forces"
    assert _name(names, attack.place) == "Kursk Oblast"
    assert not _of(events("Thousands of refugees crossed into Chad on Tuesday.")[0], "Attack")


def test_an_attack_ranked_or_renamed_is_the_one_told(events) -> None:  # type: ignore[no-untyped-def]
    for text in ("Troops crossed into the Kursk region on Tuesday, the ministry said, in one of the largest "
                 "incursions of the war.",
                 "Militants attacked a military school in Bamako on Tuesday. It was the first major attack on the capital.",
                 "Hamas fired rockets at Tel Aviv on Sunday, the first such attack in months."):
        found, names = events(text)
        assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1, (text, [e.trigger.text for e in found])


def test_no_injuries_were_reported_negates(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hamas fired rockets at Tel Aviv on Sunday. No injuries were reported.")
    assert _of(found, "Injury")[0].status == "Negated"


def test_who_took_part_in_an_attack_made_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army said an al Qaeda-linked group, JNIM, had taken part in the attack.")
    assert _name(names, _of(found, "Attack")[0].agent) == "JNIM"
    found, names = events("Police said Hamas was behind the bombing.")
    assert _name(names, found[-1].agent) == "Hamas"
    found, names = events("Police said Hamas was not behind the bombing.")
    assert found[-1].agent is None


def test_a_day_and_its_night_date_the_event(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli air strike hit a tent camp in Rafah on Sunday night.")
    assert found[0].date is not None and found[0].date.value == "2024-06-09"


def test_a_feast_day_is_no_target(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian missiles kill 34 in Sumy on Palm Sunday\n\n"
                          "KYIV (Reuters) - Two missiles struck the city as people gathered for Palm Sunday, killing 34 people.")
    assert all(_name(names, e.target) != "Palm Sunday" for e in found), [(e.cls, _name(names, e.target)) for e in found]


def test_a_speaker_between_commas_is_not_what_was_said(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sumy's acting mayor, Artem Kobzar, declared three days of mourning.")
    said = _of(found, "Statement")[0]
    assert said.content is None or "Kobzar" not in said.content.text


def test_a_claim_of_responsibility_names_the_attack_just_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Separatist militants blew up a railway track and stormed a passenger train in Balochistan "
                          "on Tuesday, officials said. The Baloch Liberation Army (BLA) claimed responsibility.")
    attacks = [e for e in found if e.cls in ("Attack", "Bombing")]
    assert attacks and all(_name(names, e.agent) == "Baloch Liberation Army" for e in attacks), \
        [(e.trigger.text, _name(names, e.agent)) for e in attacks]


def test_who_ordered_the_strikes_did_not_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli air strikes killed more than 400 Palestinians across Gaza on Tuesday. "
                          "Prime Minister Benjamin Netanyahu said he ordered the strikes.")
    assert all(_name(names, e.agent) != "Benjamin Netanyahu" for e in found if e.cls in ("Attack", "Airstrike"))


def test_rebels_entering_a_city_and_the_city_occupied(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("M23 rebels enter Bukavu, Congo's second-largest eastern city\n\n"
                          "GOMA (AP) - M23 rebels walked into the center of Bukavu on Sunday. The rebels, who seized "
                          "Goma last month, toppled a statue. Congo's government said the city had been occupied.")
    entered = _of(found, "Attack")
    assert len(entered) == 1 and _name(names, entered[0].agent) == "M23" and _name(names, entered[0].place) == "Bukavu"
    assert _name(names, next(e for e in _of(found, "Capture") if e.trigger.text == "occupied").target) == "Bukavu"
    for text in ("Hamas entered talks on Monday.", "A protester, Davis Tafari, tried to enter the building."):
        assert not _of(events(text)[0], "Attack"), text


def test_a_headline_number_cut_off_by_the_line_is_the_toll(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Colombia suspends peace talks with ELN after guerrilla violence kills 80\n\n"
                          "BOGOTA, Jan 20 (AP) - Colombian President Gustavo Petro suspended peace talks with the "
                          "National Liberation Army (ELN) on Friday.")
    assert _of(found, "Killing")[0].fatalities == 80


def test_killed_in_attacks_or_in_days_of_attacks(events) -> None:  # type: ignore[no-untyped-def]
    for text in ("Sudan's RSF kills more than 300 in attacks on Darfur camps",
                 "The RSF killed more than 300 civilians in two days of attacks on the Zamzam camp."):
        found, names = events(text)
        assert _name(names, _of(found, "Attack")[0].agent) == "Rapid Support Forces", text


def test_a_participle_past_a_clause_of_when(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian missiles struck the centre of Sumy on Sunday morning as people gathered for prayers, "
                          "killing 34 people and wounding 117, officials said.")
    wounded = _of(found, "Injury")[0]
    assert wounded.agent_phrase is None or wounded.agent_phrase.text != "people"
    assert _name(names, wounded.agent) == "Russian forces" and _name(names, wounded.place) == "Sumy"
    found, names = events("The violence erupted on Thursday when Assad loyalists ambushed a security patrol near Jableh, "
                          "killing 13 members of the security forces.")
    assert _of(found, "Killing")[0].agent_phrase is not None


def test_clashes_between_two_sides_name_no_killer(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("More than 1,000 people have been killed in clashes between Syrian security "
                          "forces and loyalists of Bashar al-Assad, a war monitor said.")
    assert _of(found, "Killing")[0].agent is None


def test_an_armed_group_bombing_is_no_airstrike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al Shabaab bombs Somali president's convoy in Mogadishu\n\n"
                          "MOGADISHU (Reuters) - Al Shabaab militants detonated a roadside bomb near the convoy of the "
                          "president in Mogadishu on Tuesday. The blast killed at least four people.")
    assert not _of(found, "Airstrike") and len(_of(found, "Bombing")) == 1, [(e.cls, e.trigger.text) for e in found]
    assert _name(names, _of(found, "Killing")[0].agent) == "al-Shabaab"
    found, names = events("Army jets bombed the town of Kutkai on Sunday.")
    assert _of(found, "Airstrike")


def test_the_aim_of_an_offensive_is_planned(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A junta spokesman said the army would launch counteroffensives to retake the city.")
    assert all(e.status == "Planned" for e in found if e.cls in ("Attack", "Capture")), \
        [(e.trigger.text, e.status) for e in found]
    found, names = events("Russia used drones to attack Kyiv.")
    assert _of(found, "Attack")[0].status is None


def test_the_attack_takes_the_killers_it_was_told_by(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed about 100 people in an overnight attack on the village of Yelwata on Friday.")
    attack = _of(found, "Attack")[0]
    assert attack.agent_phrase is not None and attack.agent_phrase.text == "Gunmen"


def test_what_it_was_called_is_no_second_event(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The state government blamed herders for the attack, which it called a massacre.")
    assert not _of(found, "Killing")


def test_in_what_it_said_is_the_doer_speaking(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel struck Iran's nuclear facilities on Friday and killed its military commanders, in what "
                          "it said was the start of a prolonged operation.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Israel"


def test_raids_launched_against_a_group_target_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel launches ground raids into Lebanon against Hezbollah\n\n"
                          "BEIRUT (Reuters) - Israeli troops crossed into southern Lebanon on Tuesday.")
    assert _name(names, found[0].target) == "Hezbollah"


def test_a_speaker_the_parser_left_as_an_apposition_speaks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("More than 1,000 people, most of them civilians, have been killed in two days of clashes between "
                          "Sudan's security forces and fighters loyal to ousted President Omar al-Bashir, a war monitor "
                          "said on Sunday.")
    said = _of(found, "Statement")[0]
    assert _name(names, said.agent) != "Omar al-Bashir"
    assert said.agent_phrase is not None and said.agent_phrase.text == "a war monitor"
    assert said.content is not None and said.content.text.endswith("Omar al-Bashir")


def test_a_participle_past_a_clause_of_where_is_the_strikes(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army said it had carried out a strike on a building where rebel commanders were meeting, "
                          "killing 40 fighters.")
    killing = _of(found, "Killing")[0]
    assert killing.agent_phrase is None or "commanders" not in killing.agent_phrase.text


def test_a_deed_not_done_is_negated(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Police have not made any arrests.")
    assert _of(found, "Arrest")[0].status == "Negated"
    found, names = events("The governor did not condemn the attack.")
    assert _of(found, "Attack")[0].status is None


def test_a_camp_named_for_displacement_is_no_displacement(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militiamen attacked the Zamzam displacement camp on Monday.")
    assert not _of(found, "Displacement") and _of(found, "Attack")


def test_what_left_them_dead_counts_them(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A car bomb explosion left at least 30 dead in a crowded market in Baghdad.")
    killing = _of(found, "Killing")[0]
    assert killing.fatalities == 30 and killing.count_qualifier == "at least"
    assert killing.part_of is not None and found[killing.part_of].cls == "Bombing"


def test_done_to_death_is_a_killing_by_whoever_did_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Five villagers were beaten to death by soldiers near Bamako.")
    killing = _of(found, "Killing")[0]
    assert killing.trigger.text == "beaten to death" and killing.fatalities == 5
    assert killing.agent_phrase is not None and killing.agent_phrase.text == "soldiers"
    found, names = events("The victims were hacked to death with machetes by members of al-Shabaab.")
    assert _name(names, _of(found, "Killing")[0].agent) == "al-Shabaab"
    found, names = events("A court in Tehran sentenced him to death.")
    assert not _of(found, "Killing")


def test_a_gang_named_for_a_quarter_of_a_town_is_the_gang(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Members of the Little Kandahar gang attacked a bus near the port.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Little Kandahar gang"


def test_blamed_for_the_attack_is_the_attack_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A suicide bomber struck a market in Mogadishu on Sunday, killing nine people. "
                          "Officials blamed al-Shabaab for the attack.")
    attacks = [e for e in found if e.cls in ("Attack", "Bombing", "Airstrike")]
    assert len(attacks) == 1 and attacks[0].status is None, [(e.trigger.text, e.status) for e in attacks]
    assert _name(names, _of(found, "Accusation")[0].target) == "al-Shabaab"


def test_the_attackers_acted_in_the_attack_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed 20 people in an overnight attack on a village in Benue state, officials said. "
                          "The attackers stormed Yelwata late on Friday, shooting residents.")
    assert len(_of(found, "Attack")) == 1, [e.trigger.text for e in _of(found, "Attack")]


def test_the_missile_is_the_strike_it_was_in(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Russian missile struck an apartment block in Odesa on Monday, killing four people. "
                          "The missile hit the building's top floors.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_hundreds_of_fighters_fight(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hundreds of fighters entered the town of Palma at dawn and fought with soldiers for several "
                          "hours before withdrawing, a local official said.")
    assert {e.trigger.text for e in _of(found, "Attack")} == {"entered", "fought"}
    withdrawal = _of(found, "Withdrawal")[0]
    assert withdrawal.agent_phrase is not None and withdrawal.agent_phrase.text == "Hundreds of fighters"


def test_a_countrys_town_of_a_name_is_that_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Jihadists raided the Burkina Faso town of Djibo on Sunday.")
    assert _name(names, _of(found, "Attack")[0].target) == "Djibo"
    found, names = events("A suicide bomber struck a convoy in the Shangla district of Khyber Pakhtunkhwa province.")
    assert _name(names, _of(found, "Attack")[0].place) == "Shangla"


def test_a_claim_on_telegram_is_the_attack_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Insurgents attacked an army base in Mocimboa da Praia on Friday, killing 10 soldiers. "
                          "The Islamic State group claimed the attack on its Telegram channels.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and _name(names, attacks[0].agent) == "Islamic State"
    assert attacks[0].target_phrase is not None and "Telegram" not in attacks[0].target_phrase.text


def test_a_wave_of_attacks_is_what_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A wave of bomb attacks in Kabul killed at least 12 people.")
    killing = _of(found, "Killing")[0]
    assert killing.agent_phrase is None and killing.part_of is not None and found[killing.part_of].cls == "Attack"


def test_what_a_disaster_does_is_no_conflict_event(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The earthquake that struck on Friday killed more than 3,700 people. Floods displaced 5,000 "
                          "people.")
    assert not found, [(e.cls, e.trigger.text) for e in found]
    found, names = events("Shelling killed 12 people.")
    assert _of(found, "Killing")


def test_the_school_struck_is_the_air_strike_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An air strike hit a school in Idlib province on Monday. The school was struck during "
                          "morning lessons, witnesses said.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1


def test_how_close_a_strike_came_is_no_second_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli strike on a building in central Beirut killed six people, the closest Israel has "
                          "struck to the heart of the capital.")
    assert len(_of(found, "Attack")) == 1, [e.trigger.text for e in _of(found, "Attack")]


def test_the_separatists_are_no_group_of_another_kind(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Dozens of Wagner mercenaries were killed in fighting with Tuareg separatist rebels. "
                          "The separatists said they had killed 84 Wagner fighters.")
    said = _of(found, "Statement")[0]
    assert said.agent is None and said.agent_phrase is not None and said.agent_phrase.text == "The separatists"
    killing = _of(found, "Killing")[-1]
    assert killing.agent is None and killing.agent_phrase is not None and killing.agent_phrase.text == "The separatists"


def test_speakers_after_a_place_speak(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Dozens of soldiers and militiamen were killed in heavy fighting with Islamist insurgents near "
                          "the Nigerien border, the insurgents and a pro-government Telegram channel said on Monday.")
    said = _of(found, "Statement")
    assert said and said[0].agent_phrase is not None and said[0].agent_phrase.text == "the insurgents"


def test_the_reports_subject_is_not_who_said_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli airstrikes killed at least 45 Palestinians across the Gaza Strip on Wednesday, including "
                          "20 people sheltering in a school in Gaza City, local health authorities said.")
    said = _of(found, "Statement")[0]
    assert said.agent is None and said.agent_phrase is not None and said.agent_phrase.text == "local health authorities"


def test_an_apposition_describes_the_last_of_two(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The killings followed clashes between the Ethiopian army and Fano, a local militia that has "
                          "been fighting the federal government since August.")
    fighting = next(e for e in found if e.trigger.text == "fighting")
    assert _name(names, fighting.agent) == "Fano"


def test_a_commander_of_a_group_is_not_the_group(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A U.S. drone strike in Baghdad killed a senior commander of the Kataib Hezbollah militia.")
    killing = _of(found, "Killing")[0]
    assert killing.target is None and killing.target_phrase is not None and killing.target_phrase.text == "a senior commander"


def test_members_of_a_coalition_act_for_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The attackers, members of the Viv Ansanm gang coalition, set fire to the police station.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Viv Ansanm"


def test_fighting_to_retake_a_town_is_not_yet_retaking_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Police were fighting to retake the town.")
    assert _of(found, "Capture")[0].status == "Planned"


def test_the_attack_claimed_is_what_was_called_an_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Jihadists killed 50 soldiers in an attack on an army base in Djibo on Sunday. Hundreds of "
                          "fighters stormed the base at dawn and set fire to vehicles. JNIM claimed the attack.")
    attack = next(e for e in found if e.trigger.text == "attack")
    assert _name(names, attack.agent) == "JNIM"


def test_bombs_that_hit_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two guided bombs hit a crowded market in Kharkiv on Saturday.")
    attack = _of(found, "Attack")
    assert attack and attack[0].instrument_phrase is not None and attack[0].instrument_phrase.text == "Two guided bombs"


def test_taking_ground_is_a_capture_and_taking_part_is_not(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia's defence ministry said on Sunday its troops had taken the village of Ocheretyne.")
    assert _name(names, _of(found, "Capture")[0].target) == "Ocheretyne"
    found, names = events("Government forces took back the airport.")
    assert _of(found, "Capture")
    found, names = events("The rebels took part in the talks. Gunmen took 20 hostages.")
    assert not _of(found, "Capture")
    found, names = events("A suicide bomber rammed a convoy on Tuesday. The attack took place in the Shangla district of "
                          "Khyber Pakhtunkhwa province.")
    assert _name(names, found[0].place) == "Shangla"


def test_what_is_cut_off_is_ground(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The U.S. military said it had struck the port to cut off a source of fuel for the militia.")
    assert not _of(found, "Siege")
    found, names = events("Troops cut off the town.")
    assert _of(found, "Siege")


def test_a_countrys_village_is_a_village_there(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("RSF attack on Sudan village kills over 100, activists say")
    attack = _of(found, "Attack")[0]
    assert attack.target is None and _name(names, attack.place) == "Sudan"


def test_casualties_not_mentioned_are_none(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The group said it had attacked three army camps. It did not mention civilian casualties.")
    assert not _of(found, "Casualties")
    found, names = events("Police reported heavy casualties.")
    assert _of(found, "Casualties")


def test_the_deadliest_strikes_are_those_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("U.S. airstrikes on a fuel port killed 74 people and wounded 171, the health ministry said on "
                          "Friday, the deadliest strikes since Washington began its campaign last month.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1


def test_rebels_backed_by_a_group_are_not_the_group(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Islamic State-backed rebels attacked a Catholic church in eastern Congo's Ituri province.")
    attack = _of(found, "Attack")[0]
    assert attack.agent is None and attack.agent_phrase is not None and "rebels" in attack.agent_phrase.text


def test_a_people_is_no_speaker(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ethnic Karen rebels said on Thursday they had seized control of Myawaddy.")
    assert all(_name(names, e.agent) != "Karen" for e in found)
    assert _of(found, "Capture")[0].agent_phrase is not None


def test_a_chiefs_killing_is_his(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran fires missiles at Israel in retaliation for Hezbollah chief's killing")
    killing = _of(found, "Killing")[0]
    assert killing.agent is None and killing.target is None


def test_in_what_it_said_past_a_participle(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran fired about 180 ballistic missiles at Israel on Tuesday, sending millions of Israelis "
                          "into bomb shelters, in what it said was retaliation for the killing of Hassan Nasrallah.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Iran"


def test_one_of_its_most_ambitious_attacks_is_the_one_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukraine said on Sunday it had hit 41 Russian warplanes at four air bases deep inside Russia "
                          "in a drone operation that took more than a year to plan, one of its most ambitious attacks of "
                          "the war.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1


def test_among_the_dead_are_the_dead_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Suicide bombers attacked the town of Gwoza on Saturday, killing at least 32 people. "
                          "Among the dead were children and pregnant women.")
    assert len(_of(found, "Killing")) == 1
    found, names = events("Gunmen killed 12 people. Among the dead were 10 staff members of a charity, who were killed "
                          "in their office.")
    killings = _of(found, "Killing")
    assert len(killings) == 1 and killings[0].fatalities == 12


def test_last_months_attack_happened(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("India launched missile strikes on nine sites in Pakistan, saying it had hit infrastructure used "
                          "to plan last month's attack on Hindu tourists in Kashmir.")
    attack = next(e for e in found if e.trigger.text == "attack")
    assert attack.status is None
    found, names = events("Officials said they were preparing for next week's talks.")
    assert _of(found, "Meeting")[0].status == "Planned"


def test_the_deadliest_attack_since_a_month_is_not_dated_then(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia pounded Kyiv with missiles and drones overnight, killing at least 12 people and "
                          "wounding 90 in the deadliest attack on the capital since July, Ukrainian officials said.")
    killing = _of(found, "Killing")[0]
    assert killing.date is None and _name(names, killing.place) == "Kyiv"


def test_blows_struck_with_paper_or_at_a_disease_are_no_attacks(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The administration hit 13 Venezuelans with sanctions. The US struck Iran with new tariffs. "
                      "There may not be any disease to battle, the governor said.")
    assert not [e for e in found if e.cls in ("Attack", "Airstrike")], [e.trigger.text for e in found]
    found, _ = events("Gunmen attacked the convoy with grenades.")
    assert _of(found, "Attack")


def test_a_clause_joined_without_and_has_its_own_subject(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army has stepped up its air attacks despite a ceasefire it declared after a powerful "
                          "earthquake in March killed more than 3,700 people.")
    assert not _of(found, "Killing"), [(e.cls, _name(names, e.agent)) for e in found]
    found, names = events("Rebels seized the town, killed 12 soldiers and burned houses.")
    assert _of(found, "Killing")[0].agent_phrase.text == "Rebels"


def test_a_year_before_a_noun_is_no_count(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Mordisco rejected a 2016 peace deal. The 1998 bombings killed 224 people.")
    assert _of(found, "Agreement")[0].quantity is None
    assert _of(found, "Killing")[0].fatalities == 224


def test_a_town_a_distance_away_is_what_was_captured(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The RSF shelled the road. Doctors accused the RSF of targeting people fleeing the fighting in "
                          "Bara, a town 60 kilometers (37 miles) to the north that the paramilitary captured last week.")
    capture = _of(found, "Capture")[0]
    assert capture.target_phrase is not None and capture.target_phrase.text == "a town", capture.target_phrase


def test_the_group_is_the_group_last_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Rapid Support Forces fired artillery at the trucks, according to the Sudan Doctors Network. "
                          "\"Women and children were killed in their seats,\" the group said in a statement. It accused "
                          "the RSF of deliberately targeting civilians.")
    said = [e for e in found if e.trigger.text == "said"][0]
    accused = _of(found, "Accusation")[0]
    assert _name(names, said.agent) == _name(names, accused.agent) == "Sudan Doctors Network"
    assert _name(names, accused.target) == "Rapid Support Forces"


def test_the_strike_confirmed_is_the_one_drones_flew(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia launched a massive drone and missile attack on Odesa overnight. Hours earlier, Ukrainian "
                          "drones struck an oil refinery in Russia's Saratov region, causing a fire, Russian officials said. "
                          "Ukraine's General Staff confirmed the strike.")
    confirmed = next(e for e in found if e.trigger.text == "confirmed")
    assert [found[i].trigger.text for i in confirmed.about] == ["drones struck"]


def test_places_named_in_full_and_in_the_region(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved(
        "The strike on the village of Oe Htein Kwin in Sagaing region's Tabayin township killed 20 students. "
        "JNIM, al Qaeda's affiliate in the Sahel, claimed an attack. "
        "Russian forces retook the villages of Melovoi and Podol. "
        "A missile landed near Israel's Ben Gurion airport.").entities}
    assert types.get("Oe Htein Kwin") == "City" and types.get("Tabayin") == "District", types
    assert types.get("Sahel") == "Place" and types.get("Podol") == "City" and types.get("Ben Gurion") == "Facility", types


def test_militants_from_a_group_beside_its_patron(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hundreds of militants from JNIM, al Qaeda's affiliate in the Sahel, launched simultaneous "
                          "attacks on the military camp. The assailants held parts of the town for several hours "
                          "before withdrawing.")
    assert _name(names, _of(found, "Attack")[0].agent) == "JNIM"
    assert _name(names, _of(found, "Withdrawal")[0].agent) == "JNIM"


def test_a_kidnapping_named_by_its_noun_and_habits_that_are_no_events(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen abducted at least 50 people in Zamfara state, police said. Police spokesman Yazid "
                          "Abubakar confirmed the kidnapping. Kidnapping for ransom is rampant in the northwest, and "
                          "attacks on convoys are common.")
    assert len(_of(found, "Arrest")) == 1 and not _of(found, "Attack"), [(e.cls, e.trigger.text) for e in found]
    confirmed = next(e for e in found if e.trigger.text == "confirmed")
    assert [found[i].trigger.text for i in confirmed.about] == ["abducted"]
    found, _ = events("The attack was rare in its scale, killing 40.")
    assert _of(found, "Attack")


def test_firing_at_and_into_hits_what_follows(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The attackers emerged from a forest and fired at groups of visitors. Police fired into the crowd.")
    assert [e.target_phrase.text for e in _of(found, "Attack")] == ["groups of visitors", "the crowd"]
    found, _ = events("No shots were fired on Tuesday, residents said. The army fired at dawn.")
    assert not _of(found, "Attack"), [e.trigger.text for e in found]


def test_the_ministry_and_whom_a_leader_orders(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Russian Defence Ministry said its forces had recaptured Sudzha. The ministry said its "
                          "forces had also retaken the village of Melovoi. Putin ordered his commanders to liberate the area.")
    said = [e for e in found if e.trigger.text == "said"]
    assert [_name(names, e.agent) for e in said] == ["Russian Defence Ministry"] * 2
    ordered = next(e for e in found if e.trigger.text == "ordered")
    assert ordered.audience is None


def test_a_first_name_alone_is_the_one_person_with_it(resolved) -> None:  # type: ignore[no-untyped-def]
    people = [e.label for e in resolved(
        "Fighters took over the mayor's office, said Getachew Reda, the head of the interim administration. "
        "\"This is a coup,\" Getachew told Reuters.").entities if e.cls == "Person"]
    assert people == ["Getachew Reda"], people


def test_the_capital_named_before_and_an_airport_of_a_country(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli warplanes struck Yemen's main airport in Sanaa on Tuesday. The Israeli military said "
                          "its jets had also hit power stations north of the capital. The Kashmir Resistance claimed "
                          "responsibility in a social media post.")
    strike = _of(found, "Airstrike")[0]
    assert strike.target is None and strike.target_phrase.text == "Yemen's main airport"
    assert "Jerusalem" not in names
    claimed = next(e for e in found if e.trigger.text == "claimed")
    assert claimed.place_phrase is None


def test_the_settlement_a_country_seized_and_its_units(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian troops have recaptured the town of Sudzha, the largest settlement Ukraine seized "
                          "during its incursion into Russia's Kursk region, the ministry said. Ukrainian units were "
                          "retreating.")
    seized = next(e for e in found if e.trigger.text == "seized")
    assert _name(names, seized.agent) == "Ukraine" and seized.target is None
    assert _name(names, _of(found, "Withdrawal")[0].agent) == "Ukrainian forces"


def test_the_attackers_firing_near_a_town_are_the_attack_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen opened fire on tourists in a meadow in Kashmir on Tuesday, killing 26 people, police "
                          "said. The attackers emerged from a forest near the resort town of Pahalgam and fired at groups "
                          "of visitors, officials said.")
    assert len([e for e in found if e.cls == "Attack"]) == 1, [e.trigger.text for e in found]
    officials = [e for e in found if e.trigger.text == "said"][-1]
    assert [found[i].trigger.text for i in officials.about] == ["opened fire"]  # what they told is that attack
    found, names = events("Israeli warplanes struck Yemen's main airport in Sanaa on Tuesday. The strikes destroyed the "
                          "airport's departure hall, the director said.")
    strikes = _of(found, "Airstrike") + _of(found, "Attack")
    assert len(strikes) == 1 and strikes[0].target is None  # the airport, in Yemen


def test_whom_a_council_calls_on_to_withdraw_withdraws(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The U.N. Security Council called on Rwanda to withdraw its forces from Congolese territory.")
    withdrawal = _of(found, "Withdrawal")[0]
    assert _name(names, withdrawal.agent) == "Rwanda" and withdrawal.status == "Planned"
    assert withdrawal.place is None  # its forces left, not Rwanda


def test_a_platform_ends_its_sentence_and_is_nobody(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("\"The liberation of Goma has been successfully completed,\" Lawrence Kanyuka, a spokesman for "
                          "the rebel alliance, said in a statement posted on X. He urged government soldiers still in "
                          "the city to surrender their weapons at a stadium.")
    urged = next(e for e in found if e.trigger.text == "urged")
    assert _name(names, urged.agent) == "Lawrence Kanyuka"
    assert urged.content is not None and urged.content.text.startswith("to surrender")


def test_taking_place_over_hours_is_no_capture(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The General Staff said 53 clashes had taken place along the Pokrovsk front over the past 24 "
                          "hours. Fierce fighting took place in the town.")
    assert not _of(found, "Capture") and "Fierce" not in names, (names, [e.trigger.text for e in found])


def test_titles_names_and_leaders_of_groups(resolved) -> None:  # type: ignore[no-untyped-def]
    found = resolved("Russian shelling killed a man in Kherson, Governor Oleksandr Prokudin said. Iran's Supreme Leader "
                     "Ayatollah Ali Khamenei condemned it. Gran Grif leader Luckson Elan claimed responsibility for the "
                     "massacre. Hundreds of prisoners escaped from Munzenze prison.")
    kinds = {e.label: e.cls for e in found.entities}
    assert kinds.get("Oleksandr Prokudin") == "Person" and "Supreme" not in kinds, kinds
    assert kinds.get("Gran Grif") not in (None, "Person") and kinds.get("Munzenze") == "Facility", kinds


def test_a_leaders_claim_is_his_groups(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gran Grif leader Luckson Elan claimed responsibility for the massacre in Pont-Sonde.")
    massacre = next(e for e in found if e.trigger.text == "massacre")
    assert _name(names, massacre.agent) not in (None, "Luckson Elan"), _name(names, massacre.agent)


def test_a_vest_detonated_is_the_weapon_and_bombardment_kept_up(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("One attacker detonated an explosive vest. Israeli warplanes kept up heavy bombardment of "
                          "the southern suburbs.")
    bombing = _of(found, "Bombing")[0]
    assert bombing.target is None and bombing.target_phrase is None and bombing.instrument_phrase is not None
    assert _name(names, _of(found, "Airstrike")[0].agent) == "Israel Defense Forces"


def test_militias_known_by_a_name_fought_beside_troops(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Congolese army troops and allied militias known as Wazalendo had fought the rebels on the "
                          "outskirts of the city since Sunday.")
    fought = _of(found, "Attack")[0]
    assert {_name(names, fought.agent), *(names[i] for i in fought.more_agent_entities)} == {"FARDC", "Wazalendo"}


def test_a_name_printed_without_its_accents_is_the_known_one(resolved) -> None:  # type: ignore[no-untyped-def]
    found = resolved("Fighters stormed the hospital, medical charity Medecins Sans Frontieres said. The group said "
                     "its staff had fled.")
    assert [e.label for e in found.entities if "Sans" in e.label] == ["Médecins Sans Frontières"]


def test_a_council_that_demands_and_calls_for_is_the_caller(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The U.N. Security Council on Thursday demanded that the RSF halt its siege of El Fasher and "
                          "called for an immediate end to the fighting.")
    called = next(e for e in found if e.trigger.text == "called for")
    assert _name(names, called.agent) == "UN Security Council"


def test_the_guerrilla_group_and_whom_it_accused(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Petro suspended peace talks with the National Liberation Army (ELN) after the leftist "
                          "guerrilla group attacked rival FARC dissidents. The ELN said its fighters were fighting the "
                          "33rd Front of the FARC dissidents, whom it accused of attacking the civilian population.")
    assert _name(names, next(e for e in found if e.trigger.text == "attacked").agent) == "ELN"
    accused = _of(found, "Accusation")[0]
    assert _name(names, accused.agent) == "ELN" and _name(names, accused.target) == "33rd Front of the FARC"
    alleged = next(e for e in found if e.trigger.text == "attacking")
    assert _name(names, alleged.agent) == "33rd Front of the FARC" and alleged.status == "Alleged"


def test_the_killed_the_parser_made_speakers_and_attackers_who_fled(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen opened fire on a convoy in Pakistan's northwest on Thursday, killing at least 42 "
                          "people, including women and children, police and officials said. Police said six attackers "
                          "had been involved and that they fled into the mountains. The gunmen fled on foot.")
    said = next(e for e in found if e.trigger.text == "said")
    assert _name(names, said.agent) == "Pakistani police", _name(names, said.agent)
    killing = _of(found, "Killing")[0]
    assert killing.target_phrase is not None and killing.target_phrase.text == "at least 42 people"
    assert not _of(found, "Displacement")


def test_a_headquarters_taken_is_ground_and_a_wing_named_beside(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Arakan Army said it had taken the headquarters of the junta's Border Guard Police "
                          "Command. Islamic Jihad's armed wing, the Al-Quds Brigades, said its fighters were "
                          "confronting Israeli forces.")
    assert _of(found, "Capture") and not _of(found, "Arrest")
    said = [e for e in found if e.trigger.text == "said"]
    assert _name(names, said[1].agent) == "Al-Quds Brigades"


def test_a_capitals_name_cut_off_by_the_parser_is_no_agent(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Fighting between two of the most powerful armed factions in Libya's capital Tripoli killed at "
                          "least 27 people and wounded 106 others, the emergency medicine centre said.")
    harms = _of(found, "Killing") + _of(found, "Injury")
    assert len(harms) == 2 and all(e.agent is None and _name(names, e.place) == "Tripoli" for e in harms)
    fighting = _of(found, "Attack")[0]
    assert all(e.within_at == fighting.trigger.begin for e in harms)


def test_whom_the_parser_gave_an_object_of_a_phrase(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Several families were trapped in their homes and the Red Crescent evacuated 234 people from "
                          "the area. The clashes erupted after the Special Deterrence Force detained a commander. The "
                          "Deterrence Force agreed to hand him over.")
    assert _name(names, _of(found, "Displacement")[0].agent) == "Red Crescent"
    assert "Deterrence Force" not in names, names


def test_a_committee_called_a_group_is_the_group(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Fasher Resistance Committee, a pro-democracy group, said the RSF and allied Arab militias "
                          "raided the villages of Kuma and Tawila. Some 1,500 families fled to El Fasher, the group said. "
                          "The RSF has taken the capitals of four of Darfur's five states.")
    said = [e for e in found if e.trigger.text == "said"]
    assert _name(names, said[1].agent) == "Fasher Resistance Committee", _name(names, said[1].agent)
    capture = _of(found, "Capture")[0]
    assert capture.target is None and capture.target_phrase.text == "the capitals"


def test_what_an_attack_on_a_base_killed_and_whom_a_government_condemned(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The strikes were in response to a drone attack on a base in Jordan on Sunday that killed three "
                          "U.S. service members. Iraq's government said 16 people were killed in the strikes, and "
                          "condemned them as a violation of its sovereignty.")
    killing = _of(found, "Killing")[0]
    assert killing.agent is None and killing.agent_phrase is None and killing.within_at is not None
    condemned = next(e for e in found if e.trigger.text == "condemned")
    assert _name(names, condemned.target) not in ("Iraq", "Iraqi government")


def test_a_headlines_verb_read_as_a_noun_is_not_the_target(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Russian strike on Kharkiv hardware store kills at least 12\n\nTwo Russian guided bombs hit a "
                      "large hardware store in Kharkiv on Saturday.")
    strike = next(e for e in found if e.trigger.text == "strike")
    assert strike.target_phrase is not None and "kills" not in strike.target_phrase.text


def test_a_doer_cut_from_its_adjective_and_a_state_agency(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("Mortar rounds fired by the paramilitary Rapid Support Forces hit a market in El Obeid on Monday, the "
            "Kordofan State Emergency Management Agency said. The wounded were taken to the Civil Hospital.")
    types = {e.label: e.cls for e in resolved(text).entities}
    assert types.get("Kordofan State Emergency Management Agency") == "Government", types
    assert types.get("Civil Hospital") == "Facility", types
    found, names = events(text)
    assert _name(names, next(e for e in found if e.trigger.text == "fired").agent) == "Rapid Support Forces"


def test_the_group_is_not_the_one_it_is_allied_with(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al Shabaab, which is allied with al Qaeda, claimed the bombing in Baidoa. The group has been "
                          "fighting for years to topple the government.")
    fighting = next(e for e in found if e.trigger.text == "fighting")
    assert _name(names, fighting.agent) == "al-Shabaab", _name(names, fighting.agent)


def test_a_weapon_model_a_blaze_and_the_attack_of_many_drones(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia fired four Kinzhal hypersonic missiles at Lviv overnight. Separately, Ukrainian drones "
                          "struck an oil depot in Russia's Bryansk region, a source said. The regional governor said "
                          "the attack caused a fire at the depot.")
    assert "Kinzhal" not in names, names
    assert not any(e.trigger.text.startswith("fire ") for e in found), [e.trigger.text for e in found]
    strike = next(e for e in found if e.trigger.text.endswith("struck"))
    said = next(e for e in found if e.content is not None and "caused" in e.content.text)
    assert found.index(strike) in said.about, said.about


def test_a_raid_is_theirs_who_rescued_in_it_and_police_are_the_officers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel frees two hostages in Rafah raid\n\nJERUSALEM (Reuters) - Israeli forces freed two "
                          "hostages in Rafah in the southern Gaza Strip. An Israeli police officer was wounded in the "
                          "operation, police said. Gaza's government media office said 67 people were killed.")
    raid = next(e for e in found if e.trigger.text == "raid")
    assert _name(names, raid.agent) in ("Israel", "Israel Defense Forces"), _name(names, raid.agent)
    said = [e for e in found if e.cls == "Statement"]
    assert _name(names, said[0].agent) == "Israeli police", _name(names, said[0].agent)
    assert "media office" in (_name(names, said[1].agent) or ""), _name(names, said[1].agent)


def test_named_brigades_initials_and_a_surname_as_a_people(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("The armed wing of the group, the Abu Ali Mustafa Brigades, said it fired rockets. The Baloch Liberation "
            "Front said its fighters attacked a checkpoint, senior police official Ahmed Baloch said. Later BLF "
            "fighters killed two soldiers. Baloch separatists have stepped up attacks on security forces.")
    types = {e.label: e.cls for e in resolved(text).entities}
    assert types.get("Abu Ali Mustafa Brigades") == "ArmedGroup", types
    assert "BLF" not in types, types
    found, names = events(text)
    assert _name(names, _of(found, "Killing")[0].agent) == "Baloch Liberation Front"
    attacks = next(e for e in found if e.trigger.text == "attacks")
    assert _name(names, attacks.agent) != "Ahmed Baloch"


def test_a_fight_between_two_told_on_its_verb_and_between_factions_of_one(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Fighting erupted in Darfur on Monday between the army and the RSF. A gunfight between rival "
                          "factions of the Jalisco cartel killed six people in Zamora.")
    fighting, gunfight = (next(e for e in found if e.trigger.text == w) for w in ("Fighting", "gunfight"))
    assert {_name(names, fighting.agent), _name(names, fighting.target)} == {"Sudanese Armed Forces", "Rapid Support Forces"}
    assert _name(names, gunfight.agent) == "Jalisco cartel", _name(names, gunfight.agent)


def test_a_nickname_and_a_given_name_after_a_title(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ('The violence erupted after Ovidio "El Raton" Guzman was detained in Culiacan in January. Guzman said he '
            "had been kidnapped by rivals. Jalisco Governor Pablo Lemus Navarro urged calm.")
    people = {e.label for e in resolved(text).entities if e.cls == "Person"}
    assert "Ovidio Guzman" in people and "Pablo Lemus Navarro" in people, people
    found, names = events(text)
    assert _name(names, next(e for e in found if e.trigger.text == "kidnapped").target) == "Ovidio Guzman"


def test_a_headline_verb_tagged_a_noun(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Insurgents storm Macomia in dawn raid\n\nPEMBA (Reuters) - Islamic State insurgents attacked "
                          "the town of Macomia on Friday.")
    storm = next(e for e in found if e.trigger.text == "storm")
    assert storm.cls == "Attack" and _name(names, storm.target) == "Macomia"


def test_the_wounded_carried_soldiers_fleeing_and_a_series_of_attacks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Bombers killed 12 people and wounded 30 in a series of attacks in the town of Konduga on "
                          "Sunday. Rescuers took the wounded to hospital. Soldiers and allied militiamen fled the town.")
    assert len(_of(found, "Injury")) == 1, [e.trigger.text for e in _of(found, "Injury")]
    killing = _of(found, "Killing")[0]
    assert killing.within_at is not None and _name(names, killing.place) == "Konduga"
    assert not _of(found, "Displacement") and _of(found, "Withdrawal")


def test_a_drone_boat_off_a_port_is_the_weapon_and_the_centre_speaks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The tanker was struck by an unmanned surface vessel off the port of Mokha, the British "
                          "military's United Kingdom Maritime Trade Operations said.")
    struck = next(e for e in found if e.trigger.text.endswith("struck"))
    assert struck.agent is None and struck.instrument_phrase is not None
    assert _name(names, struck.place) == "Mokha", _name(names, struck.place)
    said = _of(found, "Statement")[0]
    assert "Maritime" in (_name(names, said.agent) or ""), _name(names, said.agent)


def test_what_was_told_in_a_call_and_a_rampage(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("General Valerii Zaluzhnyi told President Volodymyr Zelenskiy in a phone call that fighting "
                          "was raging near Bakhmut. Militiamen rampaged through the village of Kuma, killing 40 people.")
    told = next(e for e in found if e.trigger.text == "told")
    assert told.content is not None and told.content.text.startswith("fighting was raging"), told.content
    rampage = next(e for e in found if e.trigger.text == "rampaged")
    assert rampage.cls == "Attack" and _of(found, "Killing")[0].within_at == rampage.trigger.begin


def test_an_occupied_land_and_a_minister_leaving_are_no_events(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("It was the deadliest raid in the occupied territory this year. Defence Minister Ali Abbas "
                      "attended the parade but left shortly before the blast.")
    assert not _of(found, "Capture") and not _of(found, "Withdrawal"), [(e.cls, e.trigger.text) for e in found]


def test_a_governor_named_after_he_is_first_quoted(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Russian drone struck a bus in the city of Zaporizhzhia on Friday, killing one man, the "
                          "regional governor said. Governor Ivan Fedorov said Russian forces shelled the city 30 times. "
                          "Debris from a drone damaged a house in the Kyiv region, the regional governor said. In the "
                          "city of Kherson, Governor Oleksandr Prokudin said shelling wounded two people.")
    said = _of(found, "Statement")
    assert _name(names, said[0].agent) == "Ivan Fedorov", _name(names, said[0].agent)
    assert _name(names, said[2].agent) != "Oleksandr Prokudin"  # another region's governor


def test_a_junta_spokesman_a_township_and_the_army_of_a_land_without_one(resolved, events) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Rebels overran a base in Ann township on Friday. Junta spokesman Zaw "
                                              "Min Tun did not answer calls.").entities}
    assert "Junta" not in types and types.get("Ann township") == "District", types
    found, names = events("Israeli forces killed three Palestinians in a raid on the Nur Shams camp in the occupied "
                          "West Bank on Monday, the Palestinian health ministry said. The army said it had killed "
                          "two militants.")
    assert _name(names, _of(found, "Killing")[-1].agent) == "Israel Defense Forces"


def test_a_finite_verb_read_as_a_participle_and_a_headline_possessor(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's RSF launch attack on army base in Babanusa\n\nKHARTOUM (Reuters) - Fighting "
                          "continued in Kordofan on Sunday.")
    attack = next(e for e in found if e.trigger.text == "attack")
    assert _name(names, attack.agent) == "Rapid Support Forces", _name(names, attack.agent)
    found, names = events("The gunmen, armed with rifles, fired on the police post in Babanusa and torched two trucks, "
                          "police said.")
    fired, torched = (next(e for e in found if e.trigger.text == w) for w in ("fired on", "torched"))
    assert fired.agent_phrase is not None and fired.agent_phrase.text == "The gunmen"
    assert torched.agent_phrase is not None and torched.agent_phrase.text == "The gunmen"


def test_a_branch_named_after_its_parent_and_a_body_named_in_full(resolved, events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed 20 villagers near Tera, the government said, blaming an Islamic State affiliate "
                          "for the attack. The assailants opened fire on worshippers at a mosque. The ministry said the "
                          "attack was carried out by fighters of the Islamic State in the Greater Sahara.")
    fire = next(e for e in found if e.trigger.text == "opened fire")
    assert _name(names, fire.agent) == "Islamic State Sahel Province", _name(names, fire.agent)
    text = ("The Union for the Liberation of Kivu (ULK), an alliance of local militias, has been accused of killing "
            "dozens of civilians. Clashes between the Hunde and Nande communities spread.")
    labels = {e.label for e in resolved(text).entities}
    assert "Union for the Liberation of Kivu" in labels and not {"Hunde", "Nande"} & labels, labels
    found, names = events(text)
    assert _name(names, _of(found, "Killing")[0].agent) == "Union for the Liberation of Kivu"


def test_an_attack_named_by_its_day_and_the_place_of_a_hit_gate(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli strike on school kills 31 in Deir al-Balah\n\nCAIRO (Reuters) - An Israeli airstrike "
                          "hit the gate of a school sheltering displaced families near the central Gaza city of Deir "
                          "al-Balah on Tuesday, killing at least 31 people, medics said. The military said it had "
                          "targeted a militant who took part in the Oct. 7 attack.")
    strike = _of(found, "Airstrike")[0]
    assert strike.date is not None and strike.date.value == "2024-06-11", strike.date
    assert _name(names, strike.place) == "Deir al-Balah", _name(names, strike.place)
    assert any(e.cls == "Attack" and e.date is not None and e.date.value.endswith("10-07") for e in found)


def test_arabic_group_names_a_wing_and_a_speaker_hung_on_the_clause(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("Jaish al-Adl, a group linked to the Tehrik-e-Taliban Pakistan, claimed the raid. Hezbollah's armed wing "
            "said its fighters had fired rockets. A drone strike on a market in Sagaing killed at least 12 people, "
            "including children, who had fled there to escape fighting, a resistance group and local media said.")
    types = {e.label: e.cls for e in resolved(text).entities}
    assert types.get("Jaish al-Adl") == "ArmedGroup" and "Tehrik-e-Taliban Pakistan" not in types, types
    found, names = events(text)
    said = _of(found, "Statement")
    assert _name(names, said[-2].agent) == "Hezbollah", _name(names, said[-2].agent)
    assert said[-1].agent_phrase is not None and said[-1].agent_phrase.text == "a resistance group"


def test_attacks_stepped_up_are_not_the_one_told_and_sieges_under_by(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen attacked an army post in Lakki Marwat on Tuesday. The Pakistani Taliban have "
                          "stepped up attacks on the army since 2021. The convoy was heading to Djibo, which has been "
                          "under blockade by JNIM fighters since 2022. The town came under attack by gunmen on Monday.")
    attacks = [e for e in _of(found, "Attack") if e.trigger.text.startswith("attack")]
    assert len(attacks) == 2 and attacks[0].agent is None, [(e.trigger.text, _name(names, e.agent)) for e in attacks]
    assert _name(names, _of(found, "Siege")[0].agent) == "JNIM"
    under = next(e for e in found if e.trigger.text == "came under attack")
    assert under.agent_phrase is not None and under.agent_phrase.text == "gunmen"


def test_assaults_and_glide_bombs_named_by_their_side(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukrainian troops repelled 11 Russian assaults near Pokrovsk. A Russian glide bomb struck a "
                          "school in Kharkiv, injuring four people.")
    assaults, struck = (next(e for e in found if e.trigger.text == w) for w in ("assaults", "struck"))
    assert _name(names, assaults.agent) == "Russian forces" and _name(names, struck.agent) == "Russian forces"
    assert struck.instrument_phrase is not None and "glide bomb" in struck.instrument_phrase.text


def test_one_of_its_fighters_and_several_attacks_are_not_the_one(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A suicide bomber killed five people in Jalalabad on Monday. The Islamic State group said in a "
                          "statement on its Amaq news agency that one of its fighters had carried out the bombing. "
                          "Islamic State has claimed several attacks in Jalalabad this year. The group often gives "
                          "casualty figures that differ from official accounts.")
    bombing = next(e for e in found if e.trigger.text == "bombing")
    assert _name(names, bombing.agent) == "Islamic State", _name(names, bombing.agent)
    assert any(e.trigger.text == "attacks" for e in found) and not _of(found, "Casualties")


def test_the_federal_government_is_the_states(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Tigrayan forces entered Mekelle on Monday. The federal government announced a unilateral "
                          "ceasefire hours later.")
    assert _name(names, _of(found, "Agreement")[0].agent) == "Ethiopian government"


def test_weeks_of_strikes_and_a_handover_due(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The United States, which carried out weeks of strikes on the Houthis, said it would halt "
                          "its campaign. The UN mission MONUSCO, which is due to hand over its bases to Congolese "
                          "forces by June, provided air support.")
    strikes = next(e for e in found if e.trigger.text == "strikes")
    assert _name(names, strikes.agent) == "United States"
    handover = _of(found, "Handover")[0]
    assert _name(names, handover.agent) == "MONUSCO" and handover.status == "Planned", (handover.agent, handover.status)


def test_a_group_with_its_nationality_before_it_and_a_ministrys_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rebels killed dozens of Russian Wagner Group mercenaries near Tinzaouaten, they said. "
                          "Russia's defence ministry said it had struck a meeting of Ukrainian officers in Sumy, killing "
                          "30 servicemen. The two sides struck a deal on Monday.")
    assert "Russian Wagner Group" not in names and _name(names, _of(found, "Killing")[0].target) == "Wagner Group"
    struck = [e for e in found if e.trigger.text == "struck"]
    assert len(struck) == 1 and _name(names, struck[0].agent) == "Russian forces", [(e.trigger.text, e.agent) for e in struck]
    assert all(e.agent is None for e in _of(found, "Meeting"))  # (a meeting struck is no event of its own)


def test_a_place_on_a_holy_day_and_local_officials(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("Russian missiles kill 21 in Ukraine's Sumy on Palm Sunday\n\nKYIV (Reuters) - Two Russian missiles struck "
            "Sumy on Sunday, Kherson health officials said.")
    labels = {e.label for e in resolved(text).entities}
    assert "Sumy" in labels and not any("Palm" in x for x in labels), labels
    found, names = events(text)
    said = _of(found, "Statement")[0]
    assert said.agent is None and said.agent_phrase is not None, _name(names, said.agent)


def test_a_retaking_is_not_the_taking_it_undid(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Troops have recaptured the port town of Mocimboa da Praia from insurgents, Rwanda's military "
                          "said on Sunday. The insurgents seized Mocimboa da Praia in August 2020.")
    captures = _of(found, "Capture")
    assert len(captures) == 2, [(e.trigger.text, e.date) for e in captures]
    assert _name(names, _of(found, "Statement")[0].agent) == "Rwandan forces"


def test_which_it_said_is_the_accusers_and_a_military_drone_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's army blamed the RSF for the attacks, which it said were carried out with drones.")
    said = next(e for e in found if e.cls == "Statement" and e.trigger.text == "said")
    assert _name(names, said.agent) == "Sudanese Armed Forces", _name(names, said.agent)
    found, names = events("KANO, Nigeria (AP) - A military drone strike killed at least 20 people at a wedding in "
                          "Zamfara state, residents said.")
    assert _name(names, _of(found, "Airstrike")[0].agent) == "Nigerian forces"


def test_soldiers_prompted_to_surrender_and_protesters_in_a_capital(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A lightning advance by the rebels prompted hundreds of Congolese soldiers to surrender. "
                          "Protesters in the capital Kinshasa, angered by the fall of the city, attacked several "
                          "embassies.")
    surrender = _of(found, "Surrender")[0]
    assert surrender.status is None and "soldiers" in (surrender.agent_phrase.text if surrender.agent_phrase else ""), \
        (surrender.status, surrender.agent_phrase)
    attacked = next(e for e in found if e.trigger.text == "attacked")
    assert attacked.agent is None and attacked.agent_phrase is not None and attacked.agent_phrase.text == "Protesters"


def test_a_second_toll_with_its_were_left_out_and_a_childrens_hospital(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("A Russian missile hit the Okhmatdyt children's hospital in Kyiv. Rescuers searched the rubble at the "
            "hospital, where two adults were killed and 16 people wounded, the minister said.")
    assert {e.label: e.cls for e in resolved(text).entities}.get("Okhmatdyt") == "Facility"
    found, names = events(text)
    wounded = _of(found, "Injury")[0]
    assert wounded.agent_phrase is None and wounded.injured == 16, (wounded.agent_phrase, wounded.injured)


def test_a_mayors_title_is_not_his_name_and_a_port_named_for_a_cape(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved(
        "Odesa Mayor Hennadiy Trukhanov said on Telegram that a drone hit a school. Warplanes struck Yemen's Ras "
        "Kanatib oil terminal overnight.").entities}
    assert types.get("Hennadiy Trukhanov") == "Person" and "Mayor Hennadiy Trukhanov" not in types, types
    assert types.get("Ras Kanatib") == "Facility", types


def test_who_it_accused_is_the_accuser_who_struck_him(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Israeli military said it had struck Khalil Maqdah, a member of Hezbollah's Unit 4400, "
                          "who it accused of smuggling weapons to Hamas.")
    accused = _of(found, "Accusation")[0]
    assert _name(names, accused.agent) == "Israel Defense Forces", _name(names, accused.agent)


def test_what_was_seized_back_is_ground_and_seized_stocks_are_none(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army said it had retaken the central bank in Omdurman, a year after the RSF seized it. "
                          "Troops also seized large amounts of ammunition.")
    captures = _of(found, "Capture")
    assert len(captures) == 2, [e.trigger.text for e in captures]
    assert _name(names, captures[1].target) != "Sudanese Armed Forces", _name(names, captures[1].target)


def test_the_islamist_militant_group_and_troops_in_the_second_reported_clause(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Boko Haram claimed the raid on the barracks. The Islamist militant group has seized "
                          "three army bases in Borno this year.")
    assert _name(names, _of(found, "Capture")[0].agent) == "Boko Haram"
    found, names = events("The Nigerian army said it had bombed a camp in the Sambisa forest and that troops had "
                          "arrested 14 suspected insurgents.")
    assert _name(names, _of(found, "Arrest")[0].agent) == "Nigerian forces", _name(names, _of(found, "Arrest")[0].agent)


def test_an_operation_launched_in_a_town_is_where_its_killing_happened(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Turkish forces launched a cross-border operation in the Iraqi town of Zakho on Monday, "
                          "killing at least eight militants.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.place) == "Zakho", _name(names, killing.place)


def test_militias_known_by_a_name_a_surname_without_its_article_and_a_village(resolved) -> None:  # type: ignore[no-untyped-def]
    out = resolved("Soldiers and allied fighters known as Nyatura attacked the camp. Loyalists of former leader "
                   "Muammar al-Gaddafi fled; Gaddafi supporters said 12 died. Gunmen raided Kwall village in Bokkos "
                   "local government area.")
    types = {e.label: e.cls for e in out.entities}
    assert types.get("Nyatura") == "ArmedGroup", types
    assert "Gaddafi" not in types and types.get("Muammar al-Gaddafi") == "Person", types
    assert types.get("Kwall") == "City" and types.get("Bokkos") == "District", types


def test_the_group_said_where_it_sits_and_the_district(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Amnesty International said militants burned homes in Mueda district. Thousands have fled "
                          "the district since March, the London-based group said.")
    said = _of(found, "Statement")[-1]
    assert _name(names, said.agent) == "Amnesty International", _name(names, said.agent)
    assert _name(names, _of(found, "Displacement")[0].place) == "Mueda district", _name(names, _of(found, "Displacement")[0].place)


def test_it_added_after_a_report_is_the_ministry_that_spoke_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Jordanian troops killed four smugglers near the Syrian border, the interior ministry said. "
                          "The smugglers fired on a patrol, the ministry said. One soldier was hurt. Soldiers seized "
                          "drugs and rifles in the truck, it added.")
    said = [e for e in found if e.cls == "Statement"]
    assert [_name(names, e.agent) for e in said] == ["Jordanian Interior Ministry"] * 3, [_name(names, e.agent) for e in said]


def test_an_affiliate_named_for_a_group_is_not_the_militants_group(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The militants fired at soldiers near Arish. Egypt has fought an Islamic State affiliate in "
                          "the north of the peninsula for years.")
    fired = next(e for e in found if e.trigger.text.startswith("fired"))
    assert _name(names, fired.agent) != "Islamic State", _name(names, fired.agent)


def test_fighting_between_a_name_and_troops_and_a_truck_bomb_in_a_city(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Fighting between Fano and federal troops spread to Gondar in May.")
    fight = _of(found, "Attack")[0]
    assert _name(names, fight.agent) == "Fano" and fight.target_phrase is not None \
        and fight.target_phrase.text == "federal troops", (_name(names, fight.agent), fight.target_phrase)
    found, names = events("A car bomb in the city of Jamame killed seven soldiers, officials said.")
    assert (_name(names, _of(found, "Killing")[0].place) or "").startswith("Jama"), _of(found, "Killing")[0].place


def test_news_agencies_named_for_towns_and_groups_the_gazetteer_knows(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved(
        "A Houthi commander told the Saba news agency the port was hit. The Gulf Clan denied attacking the police. "
        "The Viv Ansanm coalition said it would fight.").entities}
    assert types.get("Saba") == "MediaOrganisation" and "Saaba" not in types, types
    assert types.get("Clan del Golfo") == "ArmedGroup" and types.get("Viv Ansanm") == "ArmedGroup", types


def test_a_capital_accused_is_its_state_and_a_datelines_month_is_no_one(resolved, events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Islamabad accuses Kabul of harbouring fighters who attack its border posts.")
    assert _name(names, _of(found, "Accusation")[0].target) == "Afghanistan", _name(names, _of(found, "Accusation")[0].target)
    types = {e.label: e.cls for e in resolved("GENEVA, Nov 14 (Reuters) - The council met on Friday.").entities}
    assert "Nov" not in types, types


def test_powers_to_arrest_and_strikes_until_a_withdrawal_are_not_done(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Officials said the new force would have powers to detain gang leaders.")
    detain = _of(found, "Arrest")[0]
    assert detain.status == "Planned" and detain.agent_phrase is None, (detain.status, detain.agent_phrase)
    found, names = events("The minister said the air force would keep bombing the rebels until they withdrew from "
                          "the city.")
    assert _of(found, "Withdrawal")[0].status == "Planned"


def test_camps_and_oil_fields_named_like_people_are_sites(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("Drone attack hits Kurdish oil field\n\nA drone hit the Khurmala oil field in Iraq's Kurdistan region. "
            "Gunmen stormed the Kalma and Otash displacement camps in South Darfur.")
    types = {e.label: e.cls for e in resolved(text).entities}
    assert types.get("Khurmala") == "Facility" and types.get("Kalma") == "Facility", types
    found, names = events(text)
    assert all(e.place_phrase is None or e.place_phrase.text != "Drone" for e in found), [e.place_phrase for e in found]


def test_a_group_named_after_a_long_description_claims_and_a_rank_ends_no_sentence(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A group linked to the Pakistani Taliban, Jaish al-Fursan, claimed responsibility for the "
                          "suicide attack.")
    claim = _of(found, "Statement")
    assert claim and _name(names, claim[0].agent) == "Jaish al-Fursan", [_name(names, e.agent) for e in claim]
    found, names = events("Two soldiers were wounded in the clash, said Brig. Gen. Roy Galido, the regional commander.")
    said = _of(found, "Statement")
    assert said and _name(names, said[0].agent) == "Roy Galido", [_name(names, e.agent) for e in said]


def test_a_bodys_national_section_and_philippine_troops(resolved, events) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Amnesty Nigeria said soldiers beat protesters in Lagos.").entities}
    assert types.get("Amnesty Nigeria") == "Organisation", types
    found, names = events("Philippine soldiers killed three communist rebels in Samar.")
    assert _name(names, _of(found, "Killing")[0].agent) == "Filipino forces"


def test_a_fight_on_an_island_is_there_and_names_before_camps_are_camps(resolved, events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Marines clashed with militants in a firefight on the island of Jolo on Monday.")
    fight = next(e for e in found if e.trigger.text == "firefight")
    assert fight.target is None and fight.target_phrase is None and _name(names, fight.place) == "Jolo", \
        (fight.target_phrase, _name(names, fight.place))
    types = {e.label: e.cls for e in resolved("Troops raided the Balata, Askar and Al Fawwar camps.").entities}
    assert types.get("Al Fawwar") != "Person" and types.get("Askar") != "Person", types


def test_a_headline_leader_killed_and_a_fight_that_was_no_victim(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Protests erupt in Bamako after militia commander killed\n\nBAMAKO (Reuters) - Protests "
                          "broke out on Monday.")
    killing = _of(found, "Killing")[0]
    assert killing.agent_phrase is None and killing.target_phrase is not None \
        and killing.target_phrase.text == "militia commander", (killing.agent_phrase, killing.target_phrase)
    found, names = events("Fierce fighting broke out in the city after the head of a local militia, Omar Dali, was "
                          "killed, residents said.")
    killed = _of(found, "Killing")[0]
    assert killed.target_phrase is None or "fighting" not in killed.target_phrase.text, killed.target_phrase


def test_an_offensive_stepped_up_after_an_order_is_the_orderers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Turkey ordered troops to stay in northern Iraq for another year, stepping up an offensive "
                          "against the PKK.")
    offensive = next(e for e in found if e.trigger.text == "offensive")
    assert _name(names, offensive.agent) == "Turkey", _name(names, offensive.agent)


def test_a_region_named_for_its_town_is_not_the_town_and_lies_in_its_country(resolved, extract_text) -> None:  # type: ignore[no-untyped-def]
    text = "Drones hit a depot in Russia's Saratov region overnight. Officials in Saratov said no one was hurt."
    types = {e.label: e.cls for e in resolved(text).entities}
    assert types.get("Saratov region") == "Place" and types.get("Saratov") == "City", types
    out = extract_text(text)
    located = [(out.mentions[r.subject].name, out.mentions[r.object].name) for r in out.relations if r.predicate == "locatedIn"]
    assert ("Saratov region", "Russia") in located, located


def test_one_accuses_the_name_before_the_comma_and_a_state_called_so_is_a_place(resolved, events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The talks follow a ceasefire agreed in Doha between Sudan and the UAE, which Khartoum "
                          "accuses of arming the paramilitaries.")
    accused = _of(found, "Accusation")[0]
    assert _name(names, accused.target) == "United Arab Emirates", _name(names, accused.target)
    types = {e.label: e.cls for e in resolved("Rebels seeking a homeland called Azawad attacked the town.").entities}
    assert types.get("Azawad") not in ("Organisation", "Person"), types


def test_the_city_is_the_city_not_the_region_named_after_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army said it had pulled out of Babanusa, its last base in West Kordofan, after the "
                          "RSF stormed the city.")
    stormed = next(e for e in found if e.trigger.text == "stormed")
    assert (_name(names, stormed.target) or "").startswith("Babanus"), _name(names, stormed.target)


def test_a_presidents_troops_are_his_states_and_resistance_forces_are_not_the_state(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rwanda's president Paul Kagame said his troops had killed 20 insurgents in Cabo Delgado.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) == "Rwandan forces", _name(names, killing.agent)
    found, names = events("Sudanese resistance forces have captured a village near El Obeid.")
    capture = _of(found, "Capture")[0]
    assert capture.agent is None, _name(names, capture.agent)


def test_told_a_wire_after_the_report_and_airstrikes_answered_with(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The rebels seized the town of Kyaukme, spokesman Maj. Tar Aik Bong told Reuters.")
    told = _of(found, "Statement")[0]
    assert told.content is not None and "Kyaukme" in told.content.text, told.content
    found, names = events("Russia's army has retaliated with missile strikes on Kharkiv.")
    strikes = next(e for e in found if e.trigger.text.endswith("strikes"))
    assert _name(names, strikes.agent) == "Russian forces", _name(names, strikes.agent)


def test_forces_that_are_to_withdraw_have_not_withdrawn(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Under the accord, Rwandan troops are to leave eastern Congo within 90 days.")
    assert _of(found, "Withdrawal")[0].status == "Planned"


def test_a_truce_the_army_declared_is_the_armys_and_secondary_blasts_are_no_bombing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("MANDALAY (AP) - A military airstrike hit a monastery in Myanmar. The army has kept up its "
                          "raids on rebel villages despite a truce it announced in April.")
    truce = _of(found, "Agreement")[0]
    assert _name(names, truce.agent) == "Myanmar military", _name(names, truce.agent)
    found, names = events("The missile hit a fuel depot, setting off secondary explosions.")
    assert not _of(found, "Bombing"), [(e.cls, e.trigger.text) for e in found]


def test_a_provinces_capital_is_the_city_before_it(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved(
        "PESHAWAR, Pakistan (AP) - A bomb exploded at a market in Kandahar, the capital of Kandahar province, "
        "officials said.").entities}
    assert "Islamabad" not in types and "Kabul" not in types, types


def test_drugs_weighed_are_no_ground_and_their_incursion_is_the_troops(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Police seized nearly two tonnes of cocaine at the port.")
    assert not _of(found, "Capture"), [e.trigger.text for e in _of(found, "Capture")]
    found, names = events("Russia said it had retaken Kamianka, a village Ukrainian troops had held in Russia's Belgorod "
                          "region since their raid in March.")
    raid = next(e for e in found if e.trigger.text == "raid")
    assert _name(names, raid.agent) == "Ukrainian forces", _name(names, raid.agent)


def test_troops_a_states_commander_reports_are_that_states(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's top general Yasser al-Atta said troops had recaptured Sennar from the rebels.")
    assert any(_name(names, e.agent) == "Sudanese Armed Forces" for e in found if e.cls != "Statement"), \
        [(e.cls, _name(names, e.agent)) for e in found]


def test_a_similar_attack_is_not_the_headlines_and_a_base_locates_no_target(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militants kill 20 soldiers in attack on Lake Chad base\n\nN'DJAMENA (Reuters) - Militants "
                          "attacked a Chadian army base on an island in Lake Chad, killing 20 soldiers, the army said. "
                          "Chad lost 40 soldiers in a similar attack in October.")
    attacks = [e for e in _of(found, "Attack") if e.date is not None and e.date.value.startswith("2023-10")]
    first = _of(found, "Attack")[0]
    assert first.date is None or not first.date.value.startswith("2023-10"), first.date
    assert attacks, [(e.trigger.text, e.date) for e in _of(found, "Attack")]


def test_some_of_them_are_no_body_and_a_portfolio_is_no_ministry(resolved, events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Syrian Observatory for Human Rights said 200 Druze were killed, 40 of them shot dead "
                          "by gunmen.")
    assert all(_name(names, e.target) != "Syrian Observatory for Human Rights" for e in found), \
        [(e.cls, _name(names, e.target)) for e in found]
    types = {e.label: e.cls for e in resolved("Defence ministry spokesman Ali Ahmed said the strikes continued.").entities}
    assert "Defence" not in types, types


def test_a_road_from_town_to_town_and_a_headline_convoy_killing(resolved, events) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("The bus was travelling from Gao to Ansongo when the gunmen struck.").entities}
    assert types.get("Ansongo") == "City", types
    found, names = events("Jihadists ambush convoy in Niger, killing 19 civilians\n\nNIAMEY (Reuters) - Fighting went on.")
    killing = _of(found, "Killing")[0]
    assert killing.target_phrase is not None and "civilians" in killing.target_phrase.text, killing.target_phrase


def test_soldiers_escorting_a_convoy_are_the_armys(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("NIAMEY (Reuters) - Gunmen attacked a convoy in Niger. The army said soldiers escorting the "
                          "aid convoy had repelled the attack and killed five assailants.")
    killing = next(e for e in _of(found, "Killing") if e.fatalities == 5)
    assert _name(names, killing.agent) == "Nigerien forces", _name(names, killing.agent)


def test_the_air_force_and_a_states_air_force_are_its_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("ABUJA (Reuters) - A military airstrike killed 12 herders in Katsina. The air force said it "
                          "had targeted bandits.")
    said = next(e for e in found if e.cls == "Statement" and e.trigger.begin > 60)
    assert _name(names, said.agent) == "Nigerian forces", _name(names, said.agent)
    found, names = events("Poland's air force said it had scrambled jets. The Jordanian and Saudi air forces struck "
                          "smugglers near the border.")
    struck = next(e for e in found if e.trigger.text.endswith("struck"))
    assert {_name(names, struck.agent), *(_name(names, a) for a in struck.more_agent_entities)} == \
        {"Jordanian forces", "Saudi forces"}, (_name(names, struck.agent), struck.more_agent_entities)


def test_residents_and_a_lawmaker_said_a_killing_and_a_monitor_is_no_name(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Nigerian military airstrike mistakenly killed 11 members of a local vigilante group in "
                          "northwest Sokoto state, residents and a local lawmaker said on Monday.")
    said = _of(found, "Statement")
    assert said and said[0].agent_phrase is not None and said[0].agent_phrase.text == "residents", \
        [(e.agent_phrase, _name(names, e.agent)) for e in said]
    found, names = events("More than 500 people, most of them civilians, have been killed in three days of clashes "
                          "between Syrian security forces and loyalists of former president Bashar al-Assad, a war "
                          "monitor said on Sunday.")
    assert all(_name(names, e.agent) != "Bashar al-Assad" for e in _of(found, "Statement"))


def test_a_lawmakers_title_and_forces_marching_on_a_capital(resolved, events) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Lawmaker Bello Matawalle Yusuf said the bandits fled.").entities}
    assert "Lawmaker Bello Matawalle Yusuf" not in types, types
    found, names = events("The rebel leader said his fighters would march on Kinshasa.")
    assert not _of(found, "Protest"), [(e.cls, e.trigger.text) for e in found]


def test_people_killed_at_a_funeral_were_where_it_was_and_a_territory_is_a_district(resolved, events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rebels killed 40 people attending a wedding in the village of Mangurujipa on Sunday.")
    assert _name(names, _of(found, "Killing")[0].place) == "Mangurujipa", _name(names, _of(found, "Killing")[0].place)
    types = {e.label: e.cls for e in resolved("The army arrived, said Jean Kamate, the administrator of Rutshuru "
                                              "territory. Rebels shelled Rutshuru.").entities}
    assert types.get("Rutshuru territory") == "District" and types.get("Rutshuru") == "City", types


def test_a_headlines_possessed_place_and_its_holy_day(resolved, events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Bandits kill 14 travellers in Nigeria's Zaria\n\nGunmen ambushed a bus outside the city "
                          "of Zaria on Monday, police said.")
    assert _name(names, _of(found, "Killing")[0].place) == "Zaria", _name(names, _of(found, "Killing")[0].place)
    # (the tagger's day takes the line break after it: "Palm Sunday\n\n")
    labels = {e.label for e in resolved("Missiles hit Odesa on Palm Sunday\n\nKYIV (Reuters) - Russian missiles "
                                        "hit Odesa.").entities}
    assert not any("Sunday" in label for label in labels), labels
    found, names = events("Army launches offensive in Idlib, 20 rebels killed")
    killed = _of(found, "Killing")[0]
    assert killed.agent_phrase is None and killed.target_phrase is not None and killed.target_phrase.text == "20 rebels", \
        (killed.agent_phrase, killed.target_phrase)


def test_a_meeting_that_was_hit_and_a_quake_that_struck_are_no_events(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The army said it had bombed a meeting of rebel commanders near Lashio.")
    assert not _of(found, "Meeting"), [(e.cls, e.trigger.text) for e in found]
    # (the parser makes "hours" the subject, or a region named before: the quake struck and killed)
    found, _ = events("The army shelled villages in the Sagaing region hours after a devastating earthquake struck "
                      "the country, killing at least five people, rebels said.")
    assert [e.cls for e in found] == ["Attack", "Statement"], [(e.cls, e.trigger.text, e.agent_phrase) for e in found]


def test_a_junta_aircraft_a_group_commanders_forces_and_federal_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Myanmar's military has stepped up air raids. The rebels said a junta aircraft bombed the "
                          "village of Nam Tu.")
    fired = next(e for e in found if e.trigger.text == "bombed")
    assert _name(names, fired.agent) == "Myanmar military", _name(names, fired.agent)
    found, names = events("M23 commander Sultani Makenga said his fighters would not withdraw from Goma.")
    assert _name(names, _of(found, "Withdrawal")[0].agent) == "M23", _name(names, _of(found, "Withdrawal")[0].agent)
    found, names = events("ADDIS ABABA (Reuters) - Fano militiamen ambushed federal forces near Gondar on Monday.")
    assert _name(names, _of(found, "Attack")[0].target) == "Ethiopian National Defense Force", names


def test_names_of_villages_ranks_sites_and_outlets(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved(
        "Gunmen raided the villages of al-Suwaidiya and al-Hamra near Hama. Chief of the General Staff Ahmed Salim "
        "visited the front. Clan fighters known as ma'awisley joined the army. Rockets struck Lebanon's only airport, "
        "Rafic Hariri, on Monday. The strikes killed five, the Al Araby television said.").entities}
    assert types.get("al-Hamra") == "City", types
    assert "Ahmed Salim" in types and "Staff Ahmed Salim" not in types, types
    assert "Clan" not in types, types
    assert types.get("Rafic Hariri") == "Facility", types
    assert types.get("Al Araby") == "MediaOrganisation", types


def test_a_rebel_national_army_and_a_district_named_for_a_town(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved(
        "The Syrian National Army shelled Manbij. The fighters attacked Mocimboa da Praia district and the "
        "neighbouring Quissanga district, burning homes.").entities}
    assert types.get("Syrian National Army") == "ArmedGroup", types
    assert types.get("Mocimboa da Praia district") == "District", types


def test_who_abducted_whom_fighters_from_a_militia_and_a_sons_kidnapping(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Witnesses said ADF fighters raided the village of Mayi-Moya, shooting farmers who tried "
                          "to hide in the fields and abducting others.")
    taken = _of(found, "Arrest")[0]
    assert _name(names, taken.agent) == "Allied Democratic Forces" and taken.status is None, (_name(names, taken.agent), taken.status)
    found, names = events("Fighters from the Twirwaneho militia killed 12 people.")
    assert _name(names, _of(found, "Killing")[0].agent) == "Twirwaneho", names
    found, names = events('Police said the mayor had been kidnapped by a son of Rafael "El Viejo" Moreno and flown '
                          'to Sinaloa.')
    assert _name(names, _of(found, "Arrest")[0].agent) is None, names  # the son, not his father


def test_strikes_counted_by_hundreds_a_site_cut_from_its_place_and_power_seized(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Britain has carried out dozens of strikes on Houthi positions since January.")
    strikes = _of(found, "Attack")[0]
    assert (_name(names, strikes.agent), _name(names, strikes.target)) == ("United Kingdom", "Houthis"), \
        (_name(names, strikes.agent), _name(names, strikes.target))
    found, names = events("Militia attack on Congo displacement camp kills dozens")
    assert _of(found, "Attack")[0].target is None, names  # the camp, which no name names
    found, _ = events("It was the worst massacre since Traore seized power, the group said.")
    assert not _of(found, "Capture"), [(e.cls, e.trigger.text) for e in found]


def test_who_said_what_in_warnings_relative_clauses_and_calls(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Governor Abdullahi Sule warned that bandits were returning to the hills, saying the "
                          "villages needed soldiers.")
    warned, saying = _of(found, "Statement")
    assert warned.content is not None and warned.content.text == "bandits were returning to the hills", warned.content
    assert _name(names, saying.agent) == "Abdullahi Sule", _name(names, saying.agent)
    found, names = events("The YPG, which Turkey says is linked to the PKK, denied the report.")
    says = next(e for e in found if e.trigger.text == "says")
    assert says.content is not None and says.content.text == "is linked to the PKK", says.content
    found, _ = events("Police said the raid, code-named Desert Storm, aimed to capture the gang's leaders.")
    said = _of(found, "Statement")[0]
    assert said.content is not None and said.content.text.startswith("the raid"), said.content
    found, _ = events("Foreign Minister Ali Daher called on Kenya and Uganda, the guarantors of the deal, to pressure "
                      "the rebels.")
    called = _of(found, "Statement")[0]
    assert called.content is not None and called.content.text == "to pressure the rebels", called.content


def test_the_group_a_clause_describes_a_names_phrase_and_speakers_after_the_dead(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Jaish al-Adl, a little-known group that Iranian authorities say is a proxy of al-Qaeda, "
                          "claimed responsibility in a social media post. The group later said its website had been "
                          "hacked.")
    later = next(e for e in found if e.cls == "Statement" and e.trigger.begin > 140)
    assert _name(names, later.agent) == "Jaish al-Adl", _name(names, later.agent)
    found, names = events("Islamic State West Africa Province (ISWAP) fighters overran a base in Marte.")
    attack = found[0]
    assert attack.agent_phrase is not None and attack.agent_phrase.text.startswith("Islamic State"), attack.agent_phrase
    found, names = events("Gunmen attacked a mosque in Katsina, killing at least 20 worshippers, police and "
                          "residents said.")
    killed = _of(found, "Killing")[0]
    assert not killed.more_target_entities and not killed.more_targets, (killed.more_target_entities, killed.more_targets)


def test_the_army_beside_a_border_and_the_group_after_a_split_name(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Islamist militants attacked army camps in five towns in central Mali on Sunday, including "
                          "near the border with Guinea, and the army said it had killed 40 of them.")
    assert _name(names, _of(found, "Killing")[0].agent) == "Malian forces", names  # not the neighbour's army
    found, names = events("Soldiers repelled the assault, the army said.\n\nAl Qaeda-linked Jama'at Nusrat al-Islam "
                          "wal-Muslimin (JNIM) claimed responsibility for the attacks on Segou and Niono. It said it "
                          "had captured two military posts.")
    said = [e for e in _of(found, "Statement") if e.trigger.text == "said"]
    assert _name(names, said[-1].agent) == "JNIM", [(e.trigger.begin, _name(names, e.agent)) for e in said]


def test_operations_by_name_and_towns_listed_with_others(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved(
        "The minister said the campaign, called Desert Shield, would last for weeks. The prime minister said the "
        "offensive, called Northern Arrows, would \"go on for as many weeks as it takes\". The militants struck "
        "Tessit, Ber and three other towns overnight.").entities}
    assert "Desert Shield" not in types and "Northern Arrows" not in types, types
    assert types.get("Ber") == "City", types


def test_a_clause_cut_in_two_at_a_name_is_one_report(pipeline) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from kg.extract.speech import clause

    # the parse the model gives "said the operation, called Rising Lion, would continue": two reported clauses
    words = ["Katz", "said", "the", "campaign", ",", "called", "Iron", "Wall", ",", "would", "continue", "."]
    heads = [1, 1, 3, 5, 3, 1, 7, 5, 5, 10, 1, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "punct", "ccomp", "compound", "oprd", "punct", "aux", "ccomp", "punct"]
    doc = Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, spaces=[True, True, True, False, True, True,
                                                                              True, False, True, True, False, False])
    said = clause(doc[1], "ccomp", doc.text)
    assert said is not None and said.text == "the campaign, called Iron Wall, would continue", said


def test_a_headlines_report_follows_its_verb_and_counts_no_statement(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Rebels seize border town, Chad says 40 killed")
    says = _of(found, "Statement")[0]
    assert says.content is not None and says.content.text == "40 killed", says.content
    found, _ = events("Somalia says 12 soldiers killed in al-Shabaab raid on base")
    says = _of(found, "Statement")[0]
    assert says.quantity is None and says.content is not None and says.content.text.startswith("12 soldiers killed"), \
        (says.quantity, says.content)
    assert any(found[i].cls == "Killing" for i in says.about), says.about


def test_ground_taken_in_a_shared_passive_and_a_charge_denied(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Officials said 30 soldiers had been killed and four bases captured.")
    taken = _of(found, "Capture")[0]
    assert taken.agent_phrase is None and taken.target_phrase is not None and taken.target_phrase.text == "four bases", \
        (taken.agent_phrase, taken.target_phrase)
    found, _ = events("Washington accuses Tehran of arming the Houthis, a charge Iran denies.")
    accused = _of(found, "Accusation")[0]
    assert accused.content is not None and accused.content.text == "arming the Houthis", accused.content


def test_who_accused_and_who_did_the_next_thing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rebel spokesman Lawrence Kanyuka said the raids were a massacre and accused the army of "
                          "shelling markets.")
    assert _name(names, _of(found, "Accusation")[0].agent) == "Lawrence Kanyuka", names
    found, names = events("Mali's junta accused the general of plotting a coup and arrested three of his aides.")
    arrest = _of(found, "Arrest")[0]
    assert _name(names, arrest.agent) == "Malian forces" and arrest.status is None, (_name(names, arrest.agent), arrest.status)
    found, names = events("The RSF accused Sudan's army of bombing markets and killing civilians.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) == "Sudanese Armed Forces" and killing.status == "Alleged", \
        (_name(names, killing.agent), killing.status)


def test_the_strikes_a_verb_told_and_a_raid_someone_was_told_of(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel struck an army base near Damascus, saying it was responding to attacks by government "
                          "troops. The strikes wounded four soldiers.")
    struck = next(i for i, e in enumerate(found) if e.trigger.text == "struck")
    assert _of(found, "Injury")[0].part_of == struck, [(e.cls, e.trigger.text, e.part_of) for e in found]
    found, _ = events("The president was briefed on the raid by the defence minister.")
    raid = _of(found, "Attack")[0]
    assert raid.agent is None and raid.agent_phrase is None, raid.agent_phrase


def test_ships_sites_and_bodies_by_what_is_said_of_them(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved(
        "Pirates boarded the tanker Ocean Star off Somalia. The Blue Dawn, a cargo ship, was attacked on Friday. "
        "Drones struck the Al Tanf Air Base in eastern Syria. Israel struck the uranium facility at Saghand.").entities}
    assert types.get("Ocean Star") == "Facility" and types.get("Blue Dawn") == "Facility", types
    assert types.get("Al Tanf Air Base") == "Facility" and types.get("Saghand") == "Facility", types
    types = {e.label: e.cls for e in resolved(
        "Houthi military spokesman Yahya Saree said the group had targeted the tanker because its owner's ships had "
        "docked in Israel. The Jamaat Army, a local "
        "militia, attacked the camp. The gunmen stormed Kadoka, a community in Bokkos district, killing 30. Fighting "
        "spread in Nana-Grebizi prefecture. The U.N. mission UNISFA said two peacekeepers were wounded. The Mandalay "
        "People's Defence Force said it had captured a police station. Secretary of State Antony Blinken said the "
        "talks would continue.").entities}
    assert not any(cls == "StateForce" for cls in types.values()), types  # the group's own military, no state's
    assert types.get("Jamaat Army") == "ArmedGroup" and types.get("Kadoka") == "City", types
    assert types.get("Nana-Grebizi") == "Province" and types.get("UNISFA") == "InternationalOrganisation", types
    assert types.get("Mandalay People's Defence Force") == "ArmedGroup" and "State" not in types, types
    types = {e.label: e.cls for e in resolved(
        "The SBU said it had detained two agents. General Gatwech Dual died in the attack, the U.N. Mission in South "
        "Sudan (UNMISS) said. Trucks queued at Torkham.").entities}
    assert types.get("Security Service of Ukraine") == "StateForce" and types.get("UNMISS") == "InternationalOrganisation", types
    assert types.get("Torkham") == "Facility", types


def test_forces_by_their_aircraft_a_claimed_capture_and_what_was_destroyed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli F-35 jets struck the port of Hodeidah on Sunday.")
    assert _name(names, found[0].agent) == "Israel Defense Forces", names
    found, names = events("Congo's M23 claims capture of Walikale")
    assert _name(names, _of(found, "Capture")[0].agent) == "M23", names
    found, names = events("Russian jets destroyed a bridge near Kupiansk. Air defences destroyed 40 of 50 drones overnight.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1 and _name(names, attacks[0].agent) == "Russian forces", [(e.cls, e.trigger.text) for e in attacks]
    found, _ = events("Police took back control of the prison on Monday.")
    taken = _of(found, "Capture")[0]
    assert taken.target_phrase is not None and taken.target_phrase.text == "the prison", taken.target_phrase


def test_a_site_the_tagger_cut_short_keeps_its_whole_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc, Span

    from kg.model import Document

    # the tagger's "Ta Muen" (a person) before the rest of the temple's name, as the model read it
    words = ["Troops", "clashed", "near", "the", "ancient", "Ta", "Muen", "Thom", "temple", "."]
    doc = Doc(pipeline.nlp.vocab, words=words, spaces=[True] * 8 + [False, False],
              heads=[1, 1, 1, 6, 6, 6, 2, 8, 1, 1],
              deps=["nsubj", "ROOT", "prep", "det", "amod", "compound", "pobj", "compound", "dobj", "punct"],
              pos=["NOUN", "VERB", "ADP", "DET", "ADJ", "PROPN", "PROPN", "PROPN", "NOUN", "PUNCT"],
              tags=["NNS", "VBD", "IN", "DT", "JJ", "NNP", "NNP", "NNP", "NN", "."],
              lemmas=["troop", "clash", "near", "the", "ancient", "Ta", "Muen", "Thom", "temple", "."])
    doc.ents = [Span(doc, 5, 7, label="PERSON")]
    found = pipeline.extractor(Document(id="t", text=doc.text, published=date(2025, 1, 1)), doc)
    assert [(m.name, m.cls) for m in found.mentions] == [("Ta Muen Thom", "Facility")], found.mentions


def test_aims_of_what_is_yet_to_come_and_what_a_call_asks(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The interior minister said the government would deploy troops to recapture the border post.")
    assert _of(found, "Capture")[0].status == "Planned", _of(found, "Capture")[0].status
    found, _ = events('Governor Babagana Zulum called on the army to "urgently protect" farmers in the district.')
    called = _of(found, "Statement")[0]
    assert called.content is not None and called.content.text == 'to "urgently protect" farmers in the district', called.content


def test_several_ministers_a_ministry_named_twice_and_a_groups_faction(resolved, events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The foreign ministers of Armenia and Azerbaijan signed a peace agreement in Washington on "
                          "Friday. Armenian Foreign Minister Ararat Mirzoyan said the deal would hold.")
    assert _name(names, _of(found, "Agreement")[0].agent) != "Ararat Mirzoyan", names  # two ministers are no one man
    ministries = [e.label for e in resolved(
        "Settlers kill man in West Bank, health ministry says\n\nRAMALLAH (Reuters) - Settlers shot dead a man near "
        "Nablus on Friday, the Palestinian health ministry said.").entities if e.cls == "Government"]
    assert ministries == ["Palestinian Health Ministry"], ministries
    types = {e.label: e.cls for e in resolved("A group linked to the Tora faction of the Pakistani Taliban claimed "
                                              "the attack.").entities}
    assert types.get("Tora") == "ArmedGroup", types


def test_a_verb_tagged_a_noun_the_country_attacked_and_drones_jammed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army retook Khartoum in late March.")
    assert _name(names, _of(found, "Capture")[0].target) == "Khartoum", names
    found, names = events("Russia fired 300 drones overnight, targeting power plants across the country, Ukraine's air "
                          "force said.")
    assert _name(names, found[0].place) != "Russia", names  # the country it fired at
    found, _ = events("Air defences shot down or jammed 90 drones overnight.")
    assert not [e for e in found if e.cls in ("Attack", "Airstrike")], [(e.cls, e.trigger.text) for e in found]


def test_a_victim_ranked_and_a_branch_that_claims(events, resolved) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A drone strike killed Hamas commander Ahmed Ghandour, the Israeli military said, the most "
                          "senior figure in the group to be killed this month.")
    assert len(_of(found, "Killing")) == 1, [(e.cls, e.trigger.text) for e in found]
    said = _of(found, "Statement")[0]
    assert said.content is not None and said.content.text.startswith("A drone strike killed"), said.content
    found, names = events("Islamic State's Sahel branch claimed the ambush.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Islamic State Sahel Province", names
    types = {e.label: e.cls for e in resolved("Gunmen torched tents at the Dogo camp and raided the Kafue National "
                                              "Park.").entities}
    assert types.get("Dogo") == "Facility" and types.get("Kafue National Park") == "Facility", types


def test_a_headlines_possessed_town_is_hit_and_places_by_their_neighbours(events, resolved) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Jihadists kill dozens of soldiers in attack on Mali's Boulkessi\n\nBAMAKO, June 2 (Reuters) - "
                          "Islamist militants killed dozens of soldiers and civilians in a coordinated attack on the town "
                          "of Boulkessi in central Mali on Sunday, according to security sources and residents.")
    assert _name(names, _of(found, "Attack")[0].target) == "Boulkessi", names
    types = {e.label: e.cls for e in resolved(
        "Buses arrived in the West Bank city of Ramallah and in Khan Younis in southern Gaza. More than 50 people were "
        "killed in nearby Bokkos. The army and the CJTF volunteer militia repelled the attack.").entities}
    assert types.get("Khan Yunis") == "City" and types.get("Bokkos") == "Place", types
    assert types.get("CJTF") == "ArmedGroup", types


def test_who_he_is_after_a_report_and_who_watches_a_land(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The governor said the army had repelled the attack. President Bola Tinubu was in Abuja at "
                          "the time, he said.")
    said = _of(found, "Statement")[-1]
    assert _name(names, said.agent) != "Bola Tinubu", names  # the one he speaks of is not who speaks
    found, names = events("Sudan war monitor says 300 killed in El Fasher")
    says = _of(found, "Statement")
    assert says and _name(names, says[0].agent) != "Sudan" and says[0].quantity is None, \
        [(_name(names, e.agent), e.quantity) for e in says]


def test_a_killing_in_a_manner_and_a_pact_agreed(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The monitor said 80 men were shot in execution-style killings near Tartous.")
    assert [e.trigger.text for e in _of(found, "Killing")] == ["killings"], [(e.cls, e.trigger.text) for e in found]
    found, _ = events("Armenia and Azerbaijan agree peace deal after decades of conflict")
    assert _of(found, "Agreement")[0].status is None, _of(found, "Agreement")[0].status
    found, _ = events("The two sides plan to sign a truce next week.")
    assert _of(found, "Agreement")[0].status == "Planned", _of(found, "Agreement")[0].status


def test_the_country_left_grenades_dropped_a_faction_and_a_town_pounded(events, resolved) -> None:  # type: ignore[no-untyped-def]
    found, names = events("JNIM fighters attacked fuel tankers near Kayes in Mali. The United States and Britain urged "
                          "their citizens to leave the country.")
    assert _name(names, _of(found, "Withdrawal")[0].place) == "Mali", names  # not either country that urged
    found, names = events("Israeli drones dropped two grenades near a U.N. patrol in southern Lebanon on Monday.")
    assert _name(names, _of(found, "Airstrike")[0].agent) == "Israel Defense Forces", [(e.cls, e.trigger.text) for e in found]
    types = {e.label: e.cls for e in resolved("A breakaway faction of the Pakistani Taliban, Jamaat-ul-Ahrar, claimed "
                                              "responsibility for the blast.").entities}
    assert types.get("Jamaat-ul-Ahrar") == "ArmedGroup", types
    found, names = events("Russian forces stormed the village on Friday after pounding it for days with artillery.")
    pounding = next(e for e in found if e.trigger.text == "pounding")
    assert _name(names, pounding.target) != "Russian forces", names  # "it" is the village, no force


def test_a_neighbourhood_the_tagger_took_for_a_building_is_a_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc, Span

    from kg.model import Document

    words = ["Shells", "hit", "the", "Daraja", "Thania", "neighbourhood", "."]
    doc = Doc(pipeline.nlp.vocab, words=words, spaces=[True] * 5 + [False, False], heads=[1, 1, 5, 4, 5, 1, 1],
              deps=["nsubj", "ROOT", "det", "compound", "compound", "dobj", "punct"],
              pos=["NOUN", "VERB", "DET", "PROPN", "PROPN", "NOUN", "PUNCT"], tags=["NNS", "VBD", "DT", "NNP", "NNP", "NN", "."],
              lemmas=["shell", "hit", "the", "Daraja", "Thania", "neighbourhood", "."])
    doc.ents = [Span(doc, 3, 5, label="FAC")]
    found = pipeline.extractor(Document(id="t", text=doc.text, published=date(2025, 1, 1)), doc)
    assert [(m.name, m.cls) for m in found.mentions] == [("Daraja Thania", "Place")], found.mentions


def test_a_harm_reported_is_no_statement_and_a_quote_is_its_own_speakers(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Rebels say they have seized Walikale; dozens reported killed")
    killed = _of(found, "Killing")[0]
    assert killed.target_phrase is not None and killed.target_phrase.text == "dozens", killed.target_phrase
    assert not [e for e in _of(found, "Statement") if e.trigger.text == "reported"], [e.trigger.text for e in found]
    found, _ = events('Shells hit the market and a school, Governor Oleh Syniehubov said. "There are bodies '
                      'everywhere," the city\'s mayor Ihor Terekhov said.')
    first = _of(found, "Statement")[0]
    assert first.content is not None and first.content.text == "Shells hit the market and a school", first.content


def test_a_two_city_dateline_a_group_so_called_and_a_headlines_undergoer(events, resolved) -> None:  # type: ignore[no-untyped-def]
    found, names = events("KYIV/MOSCOW, Nov 5 (Reuters) - Russian troops shelled the city on Wednesday.")
    types = {e.label: e.cls for e in resolved("KYIV/MOSCOW, Nov 5 (Reuters) - Russian troops shelled the city.").entities}
    assert types.get("Kyiv") == "City" and types.get("Moscow") == "City", types
    assert _of(found, "Attack")[0].target is None, names  # "the city" is neither of the dateline's
    types = {e.label: e.cls for e in resolved("A little-known group called the Kashmir Resistance claimed "
                                              "responsibility on Telegram.").entities}
    assert types.get("Kashmir Resistance") == "ArmedGroup", types
    found, _ = events("Israel strikes Houthi-held ports in Yemen after tanker attacked")
    attacked = next(e for e in found if e.trigger.text == "attacked")
    assert attacked.agent_phrase is None and attacked.target_phrase is not None \
        and attacked.target_phrase.text == "tanker", (attacked.agent_phrase, attacked.target_phrase)
    found, _ = events("Ukraine says town not encircled")
    siege = _of(found, "Siege")[0]
    assert siege.agent_phrase is None and siege.status == "Negated", (siege.agent_phrase, siege.status)


def test_a_statement_a_saying_was_made_in_what_the_accused_did_and_a_road_between_towns(events, resolved) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Islamic State West Africa Province said in a statement carried by its Amaq news agency that its "
                      "fighters had killed 12 soldiers.")
    assert len(_of(found, "Statement")) == 1, [(e.cls, e.trigger.text) for e in found]
    found, _ = events("Getachew Reda accused the faction of plotting a coup.")
    accused = _of(found, "Accusation")[0]
    assert accused.content is not None and accused.content.text == "plotting a coup", accused.content
    types = {e.label: e.cls for e in resolved("The convoy was attacked between Gao and Ansongo, the army said.").entities}
    assert types.get("Ansongo") == "Place", types


def test_what_a_group_did_before_what_its_relative_clause_tells(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Witnesses blamed the M23, which has been advancing on Uvira since capturing the town of "
                          "Kamanyola in March.")
    assert _name(names, _of(found, "Capture")[0].agent) == "M23", names


def test_a_firefights_other_side_is_who_fire_was_exchanged_with(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen exchanged fire with soldiers on patrol near the border.")
    fight = _of(found, "Attack")[0]
    assert fight.target_phrase is not None and fight.target_phrase.text == "soldiers", fight.target_phrase


def test_one_group_named_twice_is_one_agent(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Islamic State, or Daesh, claimed responsibility for the ambush on the convoy.")
    ambush = next(e for e in found if e.trigger.text == "ambush")
    assert _name(names, ambush.agent) == "Islamic State" and ambush.more_agent_entities == ()


def test_a_plural_kind_after_names_a_region_after_a_site_and_a_body_before_a_name(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved(
        "Gunmen raided villages in Kigamba and Mutara districts on Friday, residents said. Gunmen attacked a "
        "checkpoint in the Hiiraan region. The blasts cut power in Odesa, state grid operator Ukrenergo said. "
        "Kyiv asked for more Patriot air defence systems.").entities}
    assert types.get("Kigamba") == types.get("Mutara") == "District", types
    assert types.get("Hiiraan") == "Place", types  # a region, no building
    assert types.get("Ukrenergo") == "Organisation", types
    assert "Patriot" not in types  # a weapon's model, no person


def test_a_site_hit_by_nobody_named_is_still_hit(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two power plants in the Zaporizhzhia region were hit overnight, officials said. "
                          "The economy was hit hard by the war.")
    hits = [e for e in found if e.trigger.text == "hit"]
    assert len(hits) == 1 and hits[0].cls == "Attack" and hits[0].target_phrase is not None \
        and hits[0].target_phrase.text == "Two power plants", hits


def test_a_demonyms_attack_is_its_forces_where_they_are_at_war(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Israeli military said its jets struck a depot. A day earlier, an Israeli attack "
                          "killed a Hezbollah commander in Tyre.")
    attack = next(e for e in found if e.trigger.text == "attack")
    assert _name(names, attack.agent) == "Israel Defense Forces"
    found, names = events("Palestinian attacks on settlers rose in May. Palestinian security forces arrested 12 "
                          "members of the Jenin Brigade.")
    assert _name(names, next(e for e in found if e.trigger.text == "attacks").agent) is None
    arrest = _of(found, "Arrest")[0]  # the Palestinians' own forces, not the army "the army" means there
    assert _name(names, arrest.agent) == "Palestinian forces"


def test_it_after_a_spokesmans_said_is_his_group_and_troops_are_the_governments(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hamas military spokesman Abu Obeida said it would keep up attacks.")
    assert _name(names, next(e for e in found if e.trigger.text == "attacks").agent) == "Hamas"
    found, names = events("Militants overran an army post near Kidal on Monday. The Malian government said troops "
                          "had retaken the post.")
    retaken = next(e for e in found if e.trigger.text == "retaken")
    assert _name(names, retaken.agent) == "Malian forces"


def test_no_reply_says_nothing_and_the_west_banks_towns_are_towns(events, resolved) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Mozambique's defence ministry did not reply to a request for comment.")
    assert all(e.content is None for e in found), [(e.cls, e.content) for e in found]
    types = {e.label: e.cls for e in resolved("Israeli forces raided Jenin and Deir al-Balah. Bulldozers "
                                              "entered Beit Lahiya.").entities}
    assert types.get("Jenin") == types.get("Deir al-Balah") == types.get("Beit Lahiya") == "City", types


def test_a_demonyms_bombing_is_its_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("At least 30 civilians were killed by Russian bombing in the village, officials said.")
    assert _name(names, _of(found, "Bombing")[0].agent) == "Russian forces"


def test_a_demonyms_shelling_the_parser_took_for_a_verb(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("At least nine villagers were killed in Russian shelling in Kherson, officials said.")
    shelling = next(e for e in found if e.trigger.text == "shelling")
    killed = next(e for e in found if e.trigger.text == "killed")
    assert _name(names, shelling.agent) == _name(names, killed.agent) == "Russian forces"
    assert killed.part_of is not None and found[killed.part_of] is shelling  # the dead of the shelling, not the reverse


def test_a_hospital_an_affiliate_and_the_place_of_what_it_was_done_with(events, resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Strikes on Shifa Hospital killed 12.").entities}
    assert types.get("Shifa Hospital") == "Facility", types
    types = {e.label: e.cls for e in resolved("Israeli strikes hit Nasser Hospital in Khan Younis.").entities}
    assert types.get("Khan Yunis") == "City", types  # a known town after "in", whatever the tagger thought
    found, names = events("An Islamic State affiliate said it had killed 20 soldiers.")
    assert _name(names, _of(found, "Killing")[0].agent) is None  # the affiliate, unnamed: not Islamic State itself
    found, names = events("Gunmen attacked a bus with grenades near Quetta on Sunday.")
    assert _name(names, _of(found, "Attack")[0].place) == "Quetta"


def test_whom_a_call_is_on_is_no_content_and_an_army_ordered_is_the_orderers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Governor Ahmed Umar called on the federal government for help.")
    call = _of(found, "Statement")[0]
    assert call.content is not None and call.content.text == "for help"
    found, names = events("Israeli jets struck Lebanon on Monday, the Israeli army said. Lebanese Prime Minister "
                          "Nawaf Salam ordered the army to deploy along the border.")
    ordered = next(e for e in found if e.trigger.text == "ordered")
    assert _name(names, ordered.audience) == "Lebanese forces"


def test_they_who_fled_as_they_were_killed_are_the_people_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Wagner group killed 30 villagers as they fled the town.")
    fled = next(e for e in found if e.trigger.text == "fled")
    assert fled.cls == "Displacement" and fled.agent is None


def test_a_place_that_fell_and_control_claimed_are_captures(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The town of Pokrovsk fell on Sunday, officials said. Oil prices fell in London. "
                          "Rockets fell on the town. The rebels claimed control of Bukavu.")
    captures = _of(found, "Capture")
    assert [e.trigger.text for e in captures] == ["fell", "control"], [(e.cls, e.trigger.text) for e in found]
    assert _name(names, captures[0].target) == "Pokrovsk" and _name(names, captures[1].target) == "Bukavu"


def test_a_separate_clause_is_no_part_of_what_the_first_was_told_by(events, resolved) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Five soldiers were killed when militants ambushed their convoy, and three people died in "
                          "a separate blast in Quetta.")
    killed = next(e for e in found if e.trigger.text == "killed")
    assert killed.part_of is not None and found[killed.part_of].trigger.text == "ambushed"
    assert killed.place is None  # Quetta is where the blast was
    types = {e.label: e.cls for e in resolved("Two people were killed in the Kupwara district of "
                                              "Indian-administered Kashmir.").entities}
    assert "Indian" not in types, types


def test_a_channel_ends_the_claim_and_a_withdrawal_of_some_troops_hits_nobody(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Islamic State group claimed the bombing on its Amaq channel.")
    claim = _of(found, "Statement")[0]
    assert claim.content is not None and claim.content.text == "the bombing"
    found, names = events("Chad has begun withdrawing some of its troops from the border area.")
    withdrawal = _of(found, "Withdrawal")[0]
    assert withdrawal.target is None and withdrawal.target_phrase is None  # its own troops left


def test_places_listed_together_and_a_ship_attacked_as_it(events, resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Israeli jets struck ports in Hodeidah, Ras Kanatib and Salif on "
                                              "Monday.").entities}
    assert types.get("Ras Kanatib") == "Place", types
    types = {e.label: e.cls for e in resolved("He met officials in Kabul and Ashraf Ghani.").entities}
    assert types.get("Ashraf Ghani") == "Person", types  # two names after "in" are no list of places
    found, names = events("The Houthis said they had sunk the bulk carrier Magic Seas after attacking it with drones.")
    assert all(_name(names, e.target) != "Houthis" for e in found), [(e.trigger.text, _name(names, e.target)) for e in found]


def test_a_raised_passive_and_a_relative_without_its_pronoun(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Several aid workers are believed to have been abducted by gunmen from the Wagner group.")
    abducted = _of(found, "Arrest")[0]
    assert _name(names, abducted.agent) == "Wagner Group" and abducted.target_phrase is not None \
        and abducted.target_phrase.text == "Several aid workers"
    found, names = events("Russia said its forces had recaptured the village of Robotyne, the largest settlement "
                          "Ukrainian troops seized during their summer offensive.")
    seized = next(e for e in found if e.trigger.text == "seized")
    assert _name(names, seized.agent) == "Ukrainian forces" and _name(names, seized.target) == "Robotyne"


def test_libyas_armed_groups_and_the_un_refugee_agency(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("The Stability Support Apparatus withdrew from the district. About 3,000 "
                                              "people crossed the border, the U.N. refugee agency said.").entities}
    assert types.get("Stability Support Apparatus") == "ArmedGroup" and types.get("UNHCR") == "InternationalOrganisation", types


def test_a_spokeswoman_named_beside_her_group_and_a_denial_the_parser_misread(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A spokeswoman for the ADF, Amina Kato, said the group had left the area.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Amina Kato"
    found, names = events("The RSF said it had seized the base and denied attacking civilians.")
    attacking = next(e for e in found if e.trigger.text == "attacking")
    assert _name(names, attacking.agent) == "Rapid Support Forces" and attacking.status == "Negated"
    found, names = events("Hamas accused Israeli forces of bombing crowded shelters.")
    bombing = _of(found, "Bombing")[0]
    assert _name(names, bombing.agent) == "Israel Defense Forces" and bombing.status == "Alleged"


def test_the_callers_own_vow_and_a_rescuers_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("President William Ruto called on the gangs to lay down their arms and vowed to restore order.")
    call = next(e for e in found if e.trigger.text == "called on")
    assert call.content is not None and call.content.text == "to lay down their arms"
    assert _name(names, next(e for e in found if e.trigger.text == "vowed").agent) == "William Ruto"
    found, names = events("Mali's army said it had freed all the passengers held hostage by jihadists on a bus in the "
                          "Mopti region, killing 12 attackers.")
    assert _name(names, _of(found, "Killing")[0].agent) == "Malian forces"


def test_towns_of_two_names_are_both_towns(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("M23 rebels seized the towns of Nyangezi and Kamituga in South Kivu.").entities}
    assert types.get("Nyangezi") == types.get("Kamituga") == "City", types


def test_a_claim_on_social_media_and_in_a_statement_is_one_claim(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen stormed a police station in Kenscoff overnight. The Gran Grif gang claimed "
                          "responsibility on social media.")
    stormed = next(e for e in found if e.trigger.text == "stormed")
    assert _name(names, stormed.agent) == "Gran Grif"
    found, names = events("Al Shabaab claimed the bombing in a statement carried by its Shahada news agency.")
    assert [e.trigger.text for e in _of(found, "Statement")] == ["claimed"]
    assert _of(found, "Bombing")[0].part_of is None  # no bombing is part of a statement


def test_a_district_capital_named_after_of_aircraft_a_force_reports_and_whose_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Insurgents attacked the district capital of Mocimboa da Praia on Tuesday.")
    assert _name(names, _of(found, "Attack")[0].target) == "Mocimboa da Praia"
    found, names = events("Nigeria's air force said jets had struck bandit camps in Zamfara.")
    assert _name(names, _of(found, "Airstrike")[0].agent) == "Nigerian forces"
    found, names = events("The Afghan government, whose forces had been battling the Taliban for years, collapsed.")
    assert _name(names, next(e for e in found if e.trigger.text == "battling").agent) == "Afghan government"


def test_a_countrys_military_with_its_possessive_and_a_saying_part_of_no_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Human Rights Watch accused Burkina Faso's military of killing 223 villagers.")
    assert _name(names, _of(found, "Killing")[0].agent) == "Burkinabe forces"
    found, names = events("A Russian drone strike on the city of Sumy killed three people on Friday, regional officials "
                          "said, in an attack that also damaged a hospital.")
    assert _of(found, "Statement")[0].part_of is None


def test_attacks_not_claimed_what_a_relative_report_says_and_it_struck(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army blamed the RSF for the drone strikes. The RSF did not claim the attacks.")
    assert _name(names, next(e for e in found if e.trigger.text == "attacks").agent) is None
    found, names = events("The WHO said it was alarmed by the raids, which it said threatened patients.")
    inner = _of(found, "Statement")[1]
    assert inner.content is not None and inner.content.text == "threatened patients" and inner.part_of is None
    found, names = events("Ukraine's Infrastructure Ministry said the ship was loading grain when it was struck.")
    assert _name(names, next(e for e in found if e.trigger.text == "struck").target) is None  # the ship, no ministry


def test_two_countries_troops_shells_a_country_fires_and_what_a_participle_declares(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Mali's junta ordered the withdrawal of French and U.S. troops.")
    withdrawal = _of(found, "Withdrawal")[0]
    assert {_name(names, withdrawal.agent), *(_name(names, i) for i in withdrawal.more_agent_entities)} \
        == {"French forces", "US forces"}
    found, names = events("Phnom Penh said Thai shells had struck a school.")
    assert _name(names, next(e for e in found if e.trigger.text == "struck").agent) == "Thai forces"
    found, names = events("Gunmen killed 30 people in Borno state, Governor Babagana Zulum said, declaring a week of mourning.")
    declaring = next(e for e in found if e.trigger.text == "declaring")
    assert declaring.content is not None and declaring.content.text == "a week of mourning"


def test_indias_maoists_are_an_armed_group(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Maoist rebels of the Communist Party of India (Maoist) ambushed a "
                                              "patrol near Menaka.").entities}
    assert types.get("Communist Party of India (Maoist)") == "ArmedGroup" and types.get("Menaka") == "City", types


def test_clashes_kill_and_whom_the_attackers_accused(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Talks were suspended after clashes between the rebel group and dissidents of the former FARC "
                          "killed at least 80 people in Catatumbo.")
    killed = _of(found, "Killing")[0]
    assert killed.agent is None and killed.part_of is not None and found[killed.part_of].trigger.text == "clashes"
    found, names = events("Thousands fled, officials said, as the ELN attacked FARC dissidents and civilians it accused "
                          "of collaborating with them.")
    assert _name(names, _of(found, "Accusation")[0].agent) == "ELN"


def test_control_handed_back_a_town_entered_without_a_fight_and_a_nickname(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The TNLA handed control of the town of Mogok back to the junta on Tuesday.")
    handover = _of(found, "Handover")[0]
    assert _name(names, handover.target) == "Mogok" and _name(names, handover.recipient) == "Myanmar military"
    found, names = events("Army spokesman Zaw Min Tun said troops had entered Hsipaw without a fight.")
    assert not _of(found, "Attack")
    found, names = events('Izo vows revenge\n\nGang leader Johnson "Izo" Andre said his men were ready.')
    assert _name(names, _of(found, "Threat")[0].agent) == "Johnson Andre"


def test_sudans_splm_n_and_haitis_missions(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("The SPLM-N shelled Kadugli. The Gang Suppression Force will replace "
                                              "the Kenyan-led mission.").entities}
    assert types.get("Sudan People's Liberation Movement-North") == "ArmedGroup", types
    assert types.get("Gang Suppression Force") == "InternationalOrganisation", types


def test_fighters_tied_to_a_group_are_its_one_branch_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al Qaeda-linked militants attacked a convoy near Gao, officials said. JNIM fighters also "
                          "burned trucks.")
    assert _name(names, next(e for e in found if e.trigger.text == "attacked").agent) == "JNIM"
    found, names = events("Al Qaeda-linked militants attacked a convoy near Gao.")
    assert _name(names, _of(found, "Attack")[0].agent) is None  # no branch named: not al Qaeda itself


def test_a_countrys_general_staff_is_its_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukraine's General Staff said its forces had struck a Russian oil refinery in the Saratov region.")
    assert _name(names, _of(found, "Statement")[0].agent) == _name(names, _of(found, "Attack")[0].agent) == "Ukrainian forces"


def test_mozambiques_islamic_state_province(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Islamic State-linked insurgents raided two villages near Macomia. Islamic State Mozambique "
                          "Province claimed the raids.")
    assert _name(names, next(e for e in found if e.trigger.text == "raided").agent) == "Islamic State Mozambique Province"


def test_a_statement_according_to_someone_and_a_relative_clauses_own_words(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("At least 40 people were killed in the attack on Tawila, according to the Sudan Doctors Network.")
    said = _of(found, "Statement")[0]
    assert _name(names, said.agent) == "Sudan Doctors Network" and said.content is not None \
        and said.content.text == "At least 40 people were killed in the attack on Tawila" and said.about
    found, names = events("According to witnesses, the gunmen arrived on motorbikes and opened fire.")
    said = _of(found, "Statement")[0]
    assert said.agent_phrase is not None and said.agent_phrase.text == "witnesses" and said.content is not None \
        and said.content.text == "the gunmen arrived on motorbikes and opened fire"
    found, names = events("The truce held, according to the plan.")
    assert not _of(found, "Statement")  # a plan says nothing
    found, names = events('"We will not leave," said Amina Yusuf, a mother of four who said she had lost her home.')
    first, second = _of(found, "Statement")
    assert first.content is not None and first.content.text == "We will not leave"  # the closing comma is no word
    assert second.content is not None and second.content.text == "she had lost her home"
    found, names = events("Peacekeepers repelled the assailants and evacuated the wounded.")
    assert not _of(found, "Displacement")


def test_its_after_a_shared_subject_is_the_subjects(pipeline) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc, Span

    from kg.model import Document

    # "The RSF, which has been fighting the army, denied the report and said its forces clashed with militias",
    # as the parser reads it in a longer story: "said" joined to "denied", its subject shared
    words = ["The", "army", "retook", "Bara", ".", "The", "RSF", ",", "which", "fought", "the", "army", ",", "denied",
             "it", "and", "said", "its", "forces", "clashed", "with", "militias", "."]
    heads = [1, 2, 2, 2, 2, 6, 13, 6, 9, 6, 11, 9, 6, 13, 13, 13, 13, 18, 19, 16, 19, 20, 13]
    deps = ["det", "nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "punct", "nsubj", "relcl", "det", "dobj", "punct",
            "ROOT", "dobj", "cc", "conj", "poss", "nsubj", "ccomp", "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "PROPN", "PUNCT", "DET", "PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB",
           "PRON", "CCONJ", "VERB", "PRON", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "VBD", "NNP", ".", "DT", "NNP", ",", "WDT", "VBD", "DT", "NN", ",", "VBD", "PRP", "CC", "VBD",
            "PRP$", "NNS", "VBD", "IN", "NNS", "."]
    lemmas = ["the", "army", "retake", "Bara", ".", "the", "RSF", ",", "which", "fight", "the", "army", ",", "deny", "it",
              "and", "say", "its", "force", "clash", "with", "militia", "."]
    spaces = [True, True, True, False, True, True, False, True, True, True, True, False, True, True, True, True, True,
              True, True, True, True, False, False]
    doc = Doc(pipeline.nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              sent_starts=[True, False, False, False, False, True] + [False] * 17)
    doc.ents = [Span(doc, 3, 4, label="GPE"), Span(doc, 6, 7, label="ORG")]
    found = pipeline.extractor(Document(id="t", text=doc.text, published=date(2025, 1, 1)), doc)
    its = next(m for m in found.mentions if m.span.text == "its")
    assert its.name == "Rapid Support Forces", found.mentions


def test_an_arabic_state_name_is_an_armed_group(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Soldiers killed 10 members of Dawlah Islamiyah near Piagapo.").entities}
    assert types.get("Dawlah Islamiyah") == "ArmedGroup", types


def test_operations_against_someone_and_what_was_committed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("JNIM said it had carried out operations against the army near Kidal.")
    operations = _of(found, "Attack")[0]
    assert operations.trigger.text == "operations" and _name(names, operations.agent) == "JNIM"
    found, names = events("Police launched a search operation in the area.")
    assert not _of(found, "Attack")  # a search is against no one
    found, names = events("Washington said the RSF had committed genocide in West Darfur.")
    assert _name(names, _of(found, "Killing")[0].agent) == "Rapid Support Forces"


def test_a_headlines_aircraft_attacked_and_a_man_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("UN helicopter attacked in Sudan, pilot killed")
    attacked, killed = _of(found, "Attack")[0], _of(found, "Killing")[0]
    assert attacked.agent is None and _name(names, attacked.target) == "United Nations"
    assert killed.agent_phrase is None and killed.target_phrase is not None and killed.target_phrase.text == "pilot"


def test_his_aides_the_commission_and_a_party_owned(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The government accused Riek Machar of backing the militia and arrested two of his ministers.")
    assert _of(found, "Arrest")[0].target is None  # his ministers, not Machar
    found, names = events("The Kenya National Commission on Human Rights said 31 people were killed. The commission said "
                          "532 people had been arrested.")
    assert _name(names, _of(found, "Statement")[1].agent) == "Kenya National Commission on Human Rights"
    found, names = events("Machar's SPLM-IO party said the White Army had withdrawn.")
    assert _name(names, _of(found, "Statement")[0].agent) == "SPLM-IO"
    assert _name(names, _of(found, "Withdrawal")[0].agent) == "White Army"


def test_a_range_counts_its_lower_end_a_shared_demonym_and_a_platform(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Between 40 and 50 people were killed in the raid.")
    killed = _of(found, "Killing")[0]
    assert (killed.fatalities, killed.count_qualifier) == (40, "at least")
    found, names = events("A Russian missile and drone attack on Odesa killed two people.")
    assert _name(names, _of(found, "Airstrike")[0].agent) == "Russian forces"
    found, names = events("Hamas claimed the attack on its Telegram platform.")
    assert _of(found, "Attack")[0].target_phrase is None  # where it was claimed, not what was attacked


def test_a_name_after_what_was_said_and_a_pact_that_commits(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Burundi denies sending troops to Congo and says its soldiers fight the FDLR, a militia founded "
                          "by Hutu extremists.")
    assert _name(names, next(e for e in found if e.trigger.text == "fight").agent) == "Burundi"
    found, names = events("The accord commits Ethiopia to withdraw its troops from Tigray within 30 days.")
    withdrawal = _of(found, "Withdrawal")[0]
    assert _name(names, withdrawal.agent) == "Ethiopia" and withdrawal.status == "Planned"


def test_no_pact_kills_and_who_did_part_of_an_attack_did_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The two sides signed a truce in Doha on Saturday, pledging to end fighting in South Kivu that "
                          "has killed hundreds of people.")
    killed = _of(found, "Killing")[0]
    assert killed.part_of is not None and found[killed.part_of].trigger.text == "fighting"
    assert _name(names, killed.place) == "South Kivu"
    found, names = events("Gunmen attacked the town of Kenscoff, setting fire to the police station. Viv Ansanm claimed "
                          "responsibility for the attack.")
    assert _name(names, next(e for e in found if e.trigger.text == "attacked").agent) == "Viv Ansanm"


def test_a_bodys_name_the_tagger_missed_is_no_person(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Satellite images show clusters of bodies, Yale University's Humanitarian "
                                              "Research Lab said on Thursday.").entities}
    assert types.get("Humanitarian Research Lab") == "Organisation", types


def test_a_statement_an_attribution_names_is_that_attribution(events, resolved) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Schools were closed for two weeks, according to a statement from Mali's education ministry.")
    said = _of(found, "Statement")
    assert len(said) == 1 and said[0].trigger.text == "according to" and said[0].content is not None \
        and said[0].content.text == "Schools were closed for two weeks"
    types = {e.label: e.cls for e in resolved("The VDP, a civilian militia, killed 58 people in Solenzo.").entities}
    assert types.get("Volunteers for the Defence of the Homeland") == "ArmedGroup", types


def test_two_states_ministers_and_a_states_forces_beside_a_group(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The foreign ministers of Armenia and Azerbaijan signed a peace agreement in Washington on Friday.")
    pact = _of(found, "Agreement")[0]
    assert {_name(names, pact.agent), *(_name(names, i) for i in pact.more_agent_entities)} == {"Armenia", "Azerbaijan"}
    found, names = events("Pakistani and Afghan Taliban forces exchanged fire near Chaman overnight.")
    fire = _of(found, "Attack")[0]
    assert {_name(names, fire.agent), *(_name(names, i) for i in fire.more_agent_entities)} == {"Pakistani forces", "Taliban"}


def test_a_group_that_seizes_is_the_armed_one_and_a_pronoun_is_never_its_doer(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Rapid Support Forces shelled El Obeid, the World Food Programme said on Monday, a week "
                          "after the group seized the town of Bara.")
    assert _name(names, _of(found, "Capture")[0].agent) == "Rapid Support Forces"
    found, names = events("Houthi rebels attacked ships off Yemen. On Friday the rebels sank a Greek-owned tanker after "
                          "firing on it with drones.")
    fired = next(e for e in found if e.trigger.text.startswith("firing"))
    assert _name(names, fired.agent) == "Houthis" and _name(names, fired.target) != "Houthis"


def test_the_war_monitor_an_embassy_and_one_named_speaker_of_two(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("At least 30 people were killed in clashes in Sweida, the Syrian Observatory for Human Rights "
                          "said. The war monitor said 12 of the dead were fighters.")
    assert [_name(names, e.agent) for e in _of(found, "Statement")] == ["Syrian Observatory for Human Rights"] * 2
    found, names = events("The U.S. embassy in Juba urged American citizens to leave South Sudan.")
    assert _name(names, _of(found, "Statement")[0].agent) == "United States"
    found, names = events("The strike killed 12 civilians, residents and the International Committee of the Red Cross said.")
    assert _name(names, _of(found, "Statement")[0].agent) == "International Committee of the Red Cross"


def test_a_count_on_a_name_and_one_the_parser_gave_to_the_next_clause(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Police said more than 40 Hamas and Islamic Jihad fighters died in the raid.")
    died = next(e for e in found if e.trigger.text == "died")
    assert died.fatalities == 40 and died.count_qualifier == "at least"
    found, names = events("Fighting in Amhara has displaced hundreds of thousands since the Fano rebellion began in 2023.")
    assert _of(found, "Displacement")[0].displaced == 100000


def test_homes_burned_are_an_attack_and_part_of_the_attack_they_were_burned_in(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Fulani gunmen burned dozens of homes in the village of Zike. Protesters burned tyres in Lagos.")
    burned = [e for e in found if e.cls == "Attack" and e.trigger.text == "burned"]
    assert len(burned) == 1 and burned[0].target_phrase is not None and "homes" in burned[0].target_phrase.text
    found, names = events("Separatists kill four in attack on Cameroon village\n\nSeparatist fighters killed four people "
                          "and burned houses in an attack on a village near Bamenda, officials said.")
    attacks = [e for e in found if e.cls == "Attack"]
    assert [e.trigger.text for e in attacks] == ["attack", "burned"], [e.trigger.text for e in attacks]
    assert attacks[1].part_of is not None and found[attacks[1].part_of] is attacks[0]


def test_soldiers_a_relative_clause_describes_withdrew_not_the_army_they_helped(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Kenyan police officers who had been sent to support the Haitian army were leaving the capital, "
                          "two diplomats said.")
    left = _of(found, "Withdrawal")
    assert left and _name(names, left[0].agent) == "Kenyan police", [(e.trigger.text, _name(names, e.agent)) for e in found]
    found, names = events("Burundian soldiers who had been deployed to help the Congolese army were withdrawing toward "
                          "the border, two security sources said.")
    assert _name(names, _of(found, "Withdrawal")[0].agent) == "Burundian forces"


def test_a_places_fall_is_its_capture_dated_by_its_own_time(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The capture of Uvira follows the fall of Bukavu in mid-February.")
    captures = _of(found, "Capture")
    assert [_name(names, e.target) for e in captures] == ["Uvira", "Bukavu"]
    assert captures[0].date is None and captures[1].date is not None and captures[1].date.value == "2024-02"
    found, names = events("Since the fall of Assad in December, prices have risen.")
    assert not _of(found, "Capture")


def test_bare_gaza_is_the_strip_and_a_capital_that_wages_war_is_its_state(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli fire killed five people near an aid site in southern Gaza on Tuesday.")
    assert _name(names, _of(found, "Killing")[0].place) == "Gaza Strip"
    found, names = events("Moscow has carried out more than 300 strikes on Ukrainian energy sites since October.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Russia"


def test_a_broadcast_says_what_it_shows_and_the_un_agency_is_the_one_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The blast destroyed a school, according to Al-Masirah TV, which broadcast pictures of children "
                          "under rubble.")
    shown = next(e for e in found if e.trigger.text == "broadcast")
    assert shown.content is not None and shown.content.text == "pictures of children"
    found, names = events("Gunmen looted trucks of the World Food Programme in Darfur, the U.N. agency said on Monday.")
    assert _name(names, _of(found, "Statement")[0].agent) == "World Food Programme"


def test_known_nuclear_sites_and_cartel_factions(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("B-2 bombers struck Fordow and Natanz on Saturday. The Chapitos fought "
                                              "fighters loyal to Zambada in Culiacan.").entities}
    assert types.get("Fordow") == "Facility" and types.get("Natanz") == "Facility", types
    assert types.get("Los Chapitos") == "ArmedGroup", types


def test_the_ground_forces_seized_however_hung_and_a_mission_named_after_its_country(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian troops have retaken the village of Malaya Loknya, the largest settlement Ukrainian "
                          "troops seized in their raid into Russia's Kursk region last August, the Russian Defence "
                          "Ministry said on Friday.")
    seized = next(e for e in found if e.trigger.text == "seized")
    assert _name(names, seized.agent) == "Ukrainian forces" and _name(names, seized.target) != "Russian forces"
    found, names = events("The U.N. mission in Congo, MONUSCO, condemned the killings in Ituri.")
    assert _name(names, _of(found, "Accusation")[0].agent) == "MONUSCO"


def test_which_group_is_nobody_and_a_border_is_no_country(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The ministry did not say which group carried out the attack on the convoy.")
    attack = _of(found, "Attack")[0]
    assert attack.agent is None and attack.agent_phrase is None
    found, names = events("Niger says troops killed 40 militants after attack on army post near Mali border\n\n"
                          "NIAMEY, Aug 2 (AFP) - Niger's army killed around 40 jihadists, the defence ministry said.")
    assert next(e for e in found if e.trigger.text == "attack").place is None


def test_a_spokesman_hung_on_the_report_speaks_for_his_body(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A strike on Let Htoke Taw village killed at least seven civilians, including three children, "
                          "a spokesman for a local People's Defence Force unit told Reuters.")
    told = _of(found, "Statement")
    assert len(told) == 1 and _name(names, told[0].agent) == "People's Defence Force"
    assert told[0].content is not None and told[0].content.text.startswith("A strike on Let Htoke Taw")
    found, names = events("A spokesman for the Taliban said five fighters had died.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Taliban"


def test_a_camp_taken_is_ground_captured(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The RSF said it had taken control of Zamzam, which it described as a base for army-allied "
                          "militias.")
    taken = next(e for e in found if e.trigger.text == "taken control of")
    assert taken.cls == "Capture" and _name(names, taken.target) == "Zamzam camp"


def test_the_attackers_are_who_attacked_not_who_was_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("JNIM said its fighters had killed hundreds of soldiers, including members of the Russian "
                          "Wagner group. The army said the attackers had been neutralised.")
    neutralised = next(e for e in found if e.trigger.text == "neutralised")
    assert _name(names, neutralised.target) == "JNIM"


def test_a_war_monitor_is_the_monitor_named_after(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("More than 100 people were killed in clashes near Jableh, a war monitor said on Saturday. "
                          "The Syrian Observatory for Human Rights said most of them were civilians.")
    said = _of(found, "Statement")
    assert [_name(names, s.agent) for s in said] == ["Syrian Observatory for Human Rights"] * 2


def test_his_death_is_the_death_of_the_man_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel said it had killed Hamas leader Yahya Sinwar in Rafah. Foreign Minister Israel Katz "
                          "said the killing was an achievement. Hamas did not confirm his death.")
    assert {_name(names, e.target) for e in _of(found, "Killing")} == {"Yahya Sinwar"}


def test_the_place_hung_on_whose_convoy_it_was(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militants detonated a roadside bomb near the convoy of President Hassan Sheikh Mohamud in "
                          "Mogadishu on Tuesday.")
    assert _name(names, _of(found, "Bombing")[0].place) == "Mogadishu"
    found, names = events("Gunmen attacked the village of Yelewata in Benue state, killing 100 people.")
    assert _name(names, _of(found, "Attack")[0].place) == "Yelewata"


def test_the_strikes_on_a_country_hit_its_towns(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("U.S. air strikes on Yemen killed at least 31 people, the health ministry said. The strikes "
                          "hit the capital Sanaa, Houthi media said.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1 and _name(names, strikes[0].target) == "Sanaa"
    assert _name(names, strikes[0].agent) == "US forces"


def test_killed_in_which_is_killed_in_the_attacks_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("JNIM claimed responsibility for attacks on a police school in Bamako on Tuesday, in which "
                          "dozens of people were killed.")
    killed = _of(found, "Killing")[0]
    assert _name(names, killed.place) == "Bamako" and _name(names, killed.agent) == "JNIM"
    found, names = events("The army said the bombing may have been retaliation for operations against militants in "
                          "recent days, in which 11 fighters were killed.")
    assert _of(found, "Killing")[0].part_of is None


def test_targeting_people_is_attacking_them(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Rapid Support Forces denied targeting civilians.")
    attack = _of(found, "Attack")[0]
    assert _name(names, attack.agent) == "Rapid Support Forces" and attack.status == "Negated"
    found, names = events("Israel targets Hamas leaders in strike on Qatar's capital")
    assert [e.trigger.text for e in found if e.cls in ("Attack", "Airstrike")] == ["strike"]
    found, names = events("The administration targeted 13 more Venezuelan officials with sanctions. Senator Warren "
                          "targets the Wells Fargo board.")
    assert not _of(found, "Attack")
    found, names = events("The ministry said French warplanes had targeted the village of Tukhan al-Kubra.")
    assert _name(names, _of(found, "Airstrike")[0].target) == "Tukhan al-Kubra"


def test_the_speakers_participle_hung_on_what_was_said(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Sudan Doctors Network, a medical group tracking the war, said RSF fighters had killed "
                          "at least 1,500 people in the city, accusing the group of committing genocide.")
    accusing = _of(found, "Accusation")[0]
    assert _name(names, accusing.agent) == "Sudan Doctors Network"
    assert _name(names, accusing.target) == "Rapid Support Forces"
    found, names = events("The gunmen raided the village on Tuesday night, accusing residents of collaborating with "
                          "the army, said Deben Tchoffo, the governor of the region.")
    assert all(_name(names, e.agent) != "Deben Tchoffo" for e in _of(found, "Accusation"))


def test_former_members_of_a_group_are_not_the_rebels_who_speak(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The ELN attacked communities and former members of the Revolutionary Armed Forces of "
                          "Colombia, the government said. The rebels said they had fought dissidents.")
    assert _name(names, next(e for e in found if e.trigger.text == "fought").agent) == "ELN"


def test_the_first_to_fall_fell(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The MNDAA said its fighters seized the base. It was the first regional command to fall to "
                          "the resistance since the coup.")
    fell = next(e for e in found if e.trigger.text == "fall to")
    assert fell.status is None and _name(names, fell.target) != "MNDAA"
    found, names = events("Israeli forces are to withdraw from the city over 60 days.")
    assert _of(found, "Withdrawal")[0].status == "Planned"


def test_a_title_holder_named_after_the_whole_title(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel launched waves of airstrikes on Iran early Friday, killing the chief of staff of the "
                          "armed forces, Mohammad Bagheri, and other commanders, Iranian state media said.")
    assert _name(names, _of(found, "Killing")[0].target) == "Mohammad Bagheri"
    assert _name(names, _of(found, "Airstrike")[0].target) == "Iran"
    found, names = events("Gunmen killed the commander, Ahmed Ali said.")
    assert _of(found, "Killing")[0].target is None


def test_a_town_named_after_its_country_is_where_it_happened(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Jihadists attacked the northern Burkina Faso town of Djibo on Sunday, killing dozens of "
                          "soldiers.")
    assert {_name(names, e.place) for e in found} == {"Djibo"}
    found, names = events("Gangs attacked the Solino neighbourhood of Haiti's capital on Saturday.")
    assert _name(names, found[0].place) == "Solino"
    found, names = events("Russian missile strike on Kryvyi Rih kills 18, including nine children")
    assert _name(names, found[0].place) == "Kryvyi Rih"


def test_the_aim_of_another_act_is_no_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Three militants tried to plant a bomb along a road on Friday night to target security "
                          "forces.")
    assert not _of(found, "Attack")
    found, names = events("Drones hit Port Sudan for a third day, targeting fuel depots.")
    assert [e.trigger.text for e in found] == ["hit"]


def test_the_strike_on_a_village_hit_a_market_in_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A drone strike on a village in Ethiopia's Amhara region killed at least 30 civilians, "
                          "witnesses said. The strike hit a market in the town of Bure on Wednesday.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1 and _name(names, strikes[0].place) == "Bure"


def test_a_strike_on_a_building_that_killed_is_the_strike_that_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The RSF later claimed a drone strike on the palace that killed several soldiers and "
                          "journalists.")
    killed = _of(found, "Killing")[0]
    assert _name(names, killed.agent) == "Rapid Support Forces" and killed.agent_phrase is None


def test_being_encircled_befalls_those_who_withdrew(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukraine's army said it had withdrawn from the town of Avdiivka to avoid being encircled.")
    siege = _of(found, "Siege")[0]
    assert siege.agent is None and _name(names, siege.target) == "Ukrainian forces" and siege.status == "Negated"


def test_a_toll_weeks_apart_is_another_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("India strikes Pakistan; Islamabad says 26 killed\n\n"
                          "India launched missile strikes on nine sites in Pakistan on Wednesday. Pakistan's military "
                          "said 26 people were killed in the strikes. The strikes came two weeks after gunmen killed "
                          "26 men at a tourist site in Pahalgam. New Delhi blamed the attack on Pakistan.")
    killed = _of(found, "Killing")
    assert len(killed) == 2 and _name(names, killed[0].agent) == "India" and killed[0].agent_phrase is None
    assert _name(names, _of(found, "Accusation")[0].target) == "Pakistan"


def test_one_captured_of_those_killed_is_arrested(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Police killed five of the attackers and captured one. Rebels seized two towns and captured "
                          "one.")
    assert [e.cls for e in found if e.trigger.text == "captured"] == ["Arrest", "Capture"]


def test_what_a_reprisal_answers_happened_elsewhere(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Warplanes launched dozens of air strikes across Yemen overnight in retaliation against the "
                          "Houthis for their attacks on shipping in the Red Sea.")
    strikes, attacks = _of(found, "Airstrike"), [e for e in found if e.trigger.text == "attacks"]
    assert len(strikes) == 1 and strikes[0].agent is None
    assert len(attacks) == 1 and _name(names, attacks[0].place) == "Red Sea"
    assert _name(names, attacks[0].agent) == "Houthis"


def test_only_a_toll_reaches_a_number(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The strikes hit 60 targets at 16 locations, the military said. The death toll rose to 30.")
    assert [(e.quantity, e.fatalities) for e in found if e.cls != "Statement"] == [(None, None), (None, 30)]


def test_a_state_seizing_is_not_the_rebels_seizing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Syrian rebels seize Damascus as Assad flees\n\n"
                          "Syrian rebels swept into Damascus unopposed on Sunday. Israel said its troops had seized a "
                          "buffer zone after Syrian army forces abandoned their positions.")
    seized = _of(found, "Capture")
    assert len(seized) == 2 and seized[0].agent is None and _name(names, seized[1].agent) == "Israel"


def test_abandoned_ground_is_left_and_abandoned_talks_are_not(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Syrian army forces abandoned their positions. The rebels abandoned the town of Kidal. The "
                          "government abandoned the peace talks.")
    left = _of(found, "Withdrawal")
    assert [_name(names, e.agent) for e in left] == ["Syrian forces", None]
    assert left[0].target is None and left[0].target_phrase is None and _name(names, left[1].place) == "Kidal"


def test_the_office_is_the_office_that_spoke(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gang members killed 70 people, the U.N. human rights office said on Friday. Another 16 "
                          "people were injured, the office said. Gunmen stormed the office of the governor.")
    assert [_name(names, e.agent) for e in _of(found, "Statement")] == ["United Nations"] * 2
    assert _of(found, "Attack")[0].target is None


def test_titles_posts_and_jobs_are_not_taken_or_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Liverpool crush Newcastle to take control of title race\n\n"
                          "Arne Slot took over from Jurgen Klopp last summer. General Ahmed took over as army chief. "
                          "German carmakers warned that a trade war would hit exports and kill jobs.")
    assert [e.cls for e in found] == ["Statement"]
    found, names = events("The Taliban took over Kabul and took control of the airport. Gunmen killed 20 villagers.")
    assert [e.cls for e in found] == ["Capture", "Capture", "Killing"]


def test_the_speakers_second_verb_a_clause_up(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("President Volodymyr Zelenskiy said the attack showed that Russia was ignoring peace "
                          "efforts and called for new sanctions.")
    calls = next(e for e in found if e.trigger.text == "called for")
    assert _name(names, calls.agent) == "Volodymyr Zelenskiy"


def test_drones_launched_are_drones_fired(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia launches record 741 drones and missiles at Ukraine, Kyiv says\n\n"
                          "Russia fired a record 728 drones and 13 missiles at Ukraine overnight, the Ukrainian air "
                          "force said, with the western city of Lutsk the main target.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and _name(names, attacks[0].agent) == "Russia"


def test_worshippers_killed_are_the_civilians_at_prayers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen kill 44 worshippers in attack on mosque in Niger\n\n"
                          "Gunmen killed 44 civilians who were attending Friday prayers at a mosque in the village of "
                          "Fambita in southwest Niger, the military government said.")
    killed = _of(found, "Killing")
    assert len(killed) == 1 and _name(names, killed[0].place) == "Fambita"
    found, names = events("Troops kill two soldiers in clash\n\nTroops killed two civilians on Sunday.")
    assert len(_of(found, "Killing")) == 2  # the armed and the unarmed are two tolls


def test_a_headline_name_before_the_blank_line_is_still_the_place(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {(e.label, e.cls) for e in resolved("Bomb attack kills six police officers in Colombia's Cali, helicopter "
                                                "downed in Antioquia\n\nBOGOTA, Aug 21 (Reuters) - A police helicopter "
                                                "was shot down in Antioquia province.").entities}
    assert ("Antioquia", "Province") in types and ("Antioquia", "Organisation") not in types, types
    assert ("Cali", "City") in types, types


def test_a_capital_party_to_talks_is_its_state(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Qatar is mediating separate talks between Kinshasa and the rebels.")
    assert _name(names, _of(found, "Meeting")[0].agent) == "Democratic Republic of the Congo"


def test_bombs_dropped_however_described_and_a_headline_that_bombs(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("B-2 stealth bombers dropped more than a dozen bunker-busting bombs on Fordow.")
    dropped = _of(found, "Airstrike")[0]
    assert _name(names, dropped.target) == "Fordow"
    assert dropped.target_phrase is None or "bombs" not in dropped.target_phrase.text  # the bombs are no target
    found, names = events("U.S. bombs Iran's nuclear sites; Tehran vows response")
    bombs = _of(found, "Airstrike")[0]
    assert _name(names, bombs.agent) == "United States" and _name(names, bombs.target) == "Iran"


def test_a_group_named_by_its_members_is_the_one_named_so(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Fighting kills 40 in Darfur, doctors group says\n\n"
                          "The Sudan Doctors Network said 40 people were killed. A rights group said the toll was "
                          "higher.")
    assert [_name(names, e.agent) for e in _of(found, "Statement")] == ["Sudan Doctors Network"] * 2 + [None]


def test_whose_sons_were_wounded_are_not_their_mother(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("\"We were sleeping when the missile hit,\" said Umm Ahmed, whose two sons were wounded.")
    wounded = _of(found, "Injury")[0]
    assert wounded.target is None and wounded.injured == 2


def test_fires_at_a_port_are_blazes(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Houthi media broadcast footage of fires at the port. Troops opened fire at the crowd.")
    assert [e.trigger.text for e in _of(found, "Attack")] == ["opened fire"]


def test_an_unnamed_faction_claims_the_attack_just_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A suicide bomber blew himself up outside a court in Islamabad on Tuesday. A faction of the "
                          "Pakistani Taliban claimed responsibility, though the main TTP group denied involvement.")
    claim = next(e for e in found if e.trigger.text == "claimed")
    assert claim.agent is None and claim.about == (0,)


def test_a_headline_army_and_several_dozen_and_the_border_with(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Mali junta says army killed dozens of jihadists near Mauritanian border\n\n"
                          "BAMAKO, Jan 29 (AFP) - Mali's army said on Wednesday it had killed \"several dozen "
                          "terrorists\" in operations near the border with Mauritania, where jihadists ambushed a "
                          "convoy last week.")
    killed = _of(found, "Killing")
    assert len(killed) == 1 and _name(names, killed[0].agent) == "Malian forces" and killed[0].fatalities == 24
    assert _of(found, "Attack")[0].place is None


def test_a_group_called_so_is_the_group_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed 26 tourists in Pahalgam. A little-known group called the Kashmir Resistance "
                          "claimed responsibility in a social media message.")
    claim = next(e for e in found if e.trigger.text == "claimed")
    assert _name(names, claim.agent) == "Kashmir Resistance"


def test_a_headline_counting_towns_is_the_lede_naming_them(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Congo army retakes two towns from M23 near Uvira\n\n"
                          "KINSHASA, Feb 23 (Reuters) - Congolese soldiers recaptured the towns of Kamanyola and "
                          "Luvungi in South Kivu province from M23 rebels on Sunday, a local official said.")
    taken = _of(found, "Capture")
    assert len(taken) == 1 and taken[0].quantity == 2 and _name(names, taken[0].target) == "Kamanyola"


def test_the_town_it_seized_and_the_attack_a_group_is_blamed_for(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Somali forces recaptured the town of Moqokori on Thursday, three months after al Shabaab "
                          "seized it, a commander said.")
    seized = next(e for e in found if e.trigger.text == "seized")
    assert _name(names, seized.target) == "Moqokori" and _name(names, seized.agent) == "al-Shabaab"
    found, names = events("The army said it had recaptured the presidential palace in Khartoum, nearly two years after "
                          "the RSF seized it.")
    assert next(e for e in found if e.trigger.text == "seized").target is None  # the palace, not Khartoum
    found, names = events("A drone attack set fire to a power station in Omdurman on Wednesday. The army blamed the "
                          "Rapid Support Forces.")
    blamed = _of(found, "Accusation")[0]
    assert blamed.about == (0,) and found[0].trigger.text.lower() == "drone attack"  # the attack, not the fire set in it


def test_who_was_not_hurt_is_the_leader_not_his_gang(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Among those targeted was Jimmy Cherizier, leader of the Viv Ansanm gang coalition, who was "
                          "not hurt.")
    assert _name(names, _of(found, "Injury")[0].target) == "Jimmy Cherizier"


def test_a_headline_that_targets_is_the_strikes_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Haiti police target gang leaders in Port-au-Prince\n\n"
                          "PORT-AU-PRINCE, May 6 (AP) - Haitian police launched drone strikes on gang strongholds in "
                          "the capital over the weekend, a police official said.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1


def test_a_name_before_area_is_a_place(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Army spokesman Nabil Abdallah said troops had also taken control of "
                                              "the Salha area in southern Omdurman.").entities}
    assert types.get("Salha") == "Place" and types.get("Nabil Abdallah") == "Person", types


def test_an_accusation_followed_by_a_charge_denied_was_made(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The junta has accused Algeria of supporting the jihadists, a charge Algiers denies.")
    accused = _of(found, "Accusation")[0]
    assert accused.status is None and _name(names, accused.target) == "Algeria"
    found, names = events("Russia denied that its forces had attacked the village.")
    assert _of(found, "Attack")[0].status == "Negated"


def test_a_bare_date_dateline_is_no_speaker(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rebels seize army base\n\nAug 4 - An armed group said on Saturday it had captured the base "
                          "in the town of Lashio.")
    said = _of(found, "Statement")[0]
    assert said.agent_phrase is not None and said.agent_phrase.text == "An armed group", said.agent_phrase


def test_an_armed_group_unnamed_in_the_lede_is_the_one_named_later(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An ethnic armed group in Myanmar said on Saturday it had captured the army's regional "
                          "command in Lashio. The Myanmar National Democratic Alliance Army (MNDAA) said its fighters "
                          "took the command after weeks of fighting.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Myanmar National Democratic Alliance Army"
    # two groups named: which one is not said
    found, names = events("An armed group said it had attacked a convoy near Gao. JNIM and the Islamic State in the "
                          "Greater Sahara are both active in the area.")
    assert _of(found, "Statement")[0].agent is None


def test_a_strike_blamed_on_a_group_is_theirs_alleged(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hours later, a drone strike blamed on the RSF hit the palace, killing three journalists, the "
                          "broadcaster said.")
    strike = _of(found, "Airstrike")[0]
    assert _name(names, strike.agent) == "Rapid Support Forces" and strike.status == "Alleged"


def test_ground_lost_to_a_side_or_fighters_driven_out_is_taken(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The RSF lost Wad Madani, capital of Gezira state, to the army in January, Sudan's military "
                          "said.")
    taken = _of(found, "Capture")[0]
    assert _name(names, taken.target) == "Wad Medani" and _name(names, taken.agent) == "Sudanese Armed Forces"
    found, names = events("Sudan's army said it had driven the RSF out of Khartoum state.")
    taken = _of(found, "Capture")[0]
    assert _name(names, taken.target) == "Khartoum state" and _name(names, taken.agent) == "Sudanese Armed Forces"
    found, names = events("The battalion lost two soldiers to a roadside bomb. Police drove the protesters out of "
                          "the square in Kampala.")
    assert not _of(found, "Capture"), [(e.cls, e.trigger.text) for e in found]


def test_those_sent_fleeing_fled(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("GOMA, Democratic Republic of Congo, Jan 27 (AP) - Rwanda-backed M23 rebels said on Monday "
                          "they had taken control of Goma, the largest city in eastern Congo, after a lightning offensive "
                          "that sent tens of thousands of residents fleeing.\n\nGunfire was heard near the airport.")
    fled = _of(found, "Displacement")[0]
    assert fled.target_phrase is not None and "residents" in fled.target_phrase.text and fled.displaced == 10000


def test_an_as_clause_is_not_what_was_claimed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("M23 rebels claim control of Goma as fighting rages at airport")
    claim = _of(found, "Statement")[0]
    assert claim.content is not None and claim.content.text == "control of Goma"


def test_the_strikes_aimed_at_something_are_the_strikes_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("SANAA, April 18 - US airstrikes on the Ras Isa fuel port in Yemen killed at least 74 people, "
                          "the Houthi-run health ministry said. The US Central Command said the strikes aimed to cut "
                          "off a source of fuel for the Iran-backed group.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1, [(e.cls, e.trigger.text) for e in found]


def test_a_place_the_parser_made_a_subject_still_places(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("In Deir al-Balah, a strike on a school sheltering displaced families killed 12 people, "
                          "including children, medics said.")
    assert _name(names, _of(found, "Killing")[0].place) == "Deir al-Balah"


def test_a_second_report_keeps_its_own_place(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Israeli military said it struck more than 115 targets over the past day and that its "
                          "forces were operating in Khan Younis.")
    assert _of(found, "Attack")[0].place is None


def test_a_gathering_struck_is_where_its_people_are(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia's defence ministry said its forces had struck a meeting of Ukrainian commanders in "
                          "Sumy with two Iskander-M missiles, killing more than 60 servicemen.")
    assert _name(names, _of(found, "Attack")[0].place) == "Sumy"


def test_the_strike_in_a_quarter_of_the_town_is_the_strike_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("US drone strike in Baghdad kills Kataib Hezbollah commander\n\n"
                          "BAGHDAD, Feb 7 (Reuters) - A U.S. drone strike killed a senior commander of Kataib Hezbollah "
                          "in eastern Baghdad on Wednesday, days after Washington carried out strikes in retaliation for "
                          "a deadly attack on U.S. troops. The strike hit a car in the Mashtal neighbourhood, killing two "
                          "other people, police said.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    hit = next(e for e in attacks if e.target_phrase is not None and e.target_phrase.text == "a car")
    assert hit.trigger.text == "drone strike", [(e.trigger.text, e.target_phrase) for e in attacks]


def test_police_are_of_the_country_where_it_happened(resolved) -> None:  # type: ignore[no-untyped-def]
    text = ("BAGHDAD, Feb 7 (Reuters) - A U.S. drone strike killed a commander in Baghdad, U.S. officials said. U.S. "
            "Central Command said U.S. forces carried out the strike. The strike hit a car in the Mashtal "
            "neighbourhood, police said.")
    labels = {e.label for e in resolved(text).entities}
    assert "Iraqi police" in labels and "American police" not in labels, labels
    text = "About 1,000 Rwandan soldiers and police were deployed to Cabo Delgado province in Mozambique."
    assert "Rwandan police" in {e.label for e in resolved(text).entities}


def test_an_accusation_of_a_crime_names_the_accused_and_the_crime(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Colombian President Gustavo Petro said the ELN attacked the town. Petro accused the group of "
                          "war crimes.")
    accused = _of(found, "Accusation")[0]
    assert _name(names, accused.target) == "ELN"
    assert accused.content is not None and accused.content.text == "war crimes"
    found, names = events("Ecuador's army has fought gangs in prisons. Rights groups accuse the army of abuses against "
                          "inmates, a charge the government rejects.")
    accused = _of(found, "Accusation")[0]
    assert accused.content is not None and accused.content.text == "abuses against inmates"


def test_those_killed_are_the_dead_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed at least 100 people in an attack on the village of Yelwata in Benue state. "
                          "Many of those killed had been sheltering in a local market, residents said.")
    assert len(_of(found, "Killing")) == 1
    found, names = events("Gunmen killed 20 people in Benue. Those killed in Plateau last month were buried on Monday.")
    assert len(_of(found, "Killing")) == 2  # killed elsewhere: not the dead just told


def test_people_a_participle_follows_do_what_it_says(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah said its fighters had clashed with Israeli troops trying to advance into the border "
                          "village of Odaisseh.")
    advance = next(e for e in found if e.trigger.text.startswith("advance"))
    assert _name(names, advance.agent) == "Israel Defense Forces"
    found, names = events("The militants attacked the base, killing 12 soldiers.")
    assert _of(found, "Killing")[0].agent_phrase.text == "The militants"


def test_the_number_forced_to_flee_is_counted(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("RSF attack on Zamzam camp kills hundreds, displaces 400,000\n\nPORT SUDAN, April 14 (Reuters) - "
                          "An assault by Sudan's Rapid Support Forces on the Zamzam displacement camp in North Darfur "
                          "killed more than 400 people over three days and forced some 400,000 to flee, the United "
                          "Nations said on Monday.")
    fled = _of(found, "Displacement")
    assert fled and all(e.displaced == 400000 for e in fled), [(e.trigger.text, e.displaced) for e in fled]
    assert any(_name(names, e.agent) == "Rapid Support Forces" for e in fled)


def test_days_of_clashes_are_what_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two days of clashes between Syria's new security forces and fighters loyal to Bashar "
                          "al-Assad have killed more than 1,000 people, a war monitor said.")
    killing = _of(found, "Killing")[0]
    assert killing.agent_phrase is None and killing.part_of is not None
    assert _name(names, _of(found, "Attack")[0].agent) == "Syrian forces"


def test_blamed_for_killing_is_theirs_alleged(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The ADF, which has pledged allegiance to Islamic State, has been blamed for killing "
                          "thousands of civilians in the region.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) == "Allied Democratic Forces" and killing.status == "Alleged"


def test_a_demonyms_shelling_is_theirs_and_holds_its_dead(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pakistani shelling across the Line of Control killed at least 10 civilians in Indian Kashmir, "
                          "Indian police said.")
    shelling = next(e for e in found if e.trigger.text == "shelling")
    assert _name(names, shelling.agent) == "Pakistani forces"
    assert _of(found, "Killing")[0].part_of == found.index(shelling)


def test_fighters_marching_in_are_no_protest(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("M23 rebels entered Bukavu on Sunday. The rebels were cheered by some residents as they "
                          "marched through the streets.")
    assert not _of(found, "Protest")
    found, names = events("Thousands of people marched through the streets of Nairobi as they chanted slogans.")
    assert _of(found, "Protest")


def test_fighters_linked_to_a_network_after_their_noun_are_its_branch(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Jihadist fighters linked to al Qaeda attacked the town of Djibo on Sunday. JNIM said in a "
                          "statement that it had taken control of the town.")
    assert _name(names, _of(found, "Attack")[0].agent) == "JNIM"


def test_what_the_speaker_says_after_a_vow_is_said_not_vowed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Houthi official vowed that the group would respond and said attacks on Israel would "
                          "continue.")
    vow, said = _of(found, "Threat")[0], _of(found, "Statement")[0]
    assert vow.content is not None and vow.content.text == "the group would respond"
    assert said.status is None


def test_a_hyphened_pair_names_both_sides(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel-Hezbollah ceasefire takes effect\n\nBEIRUT, Nov 27 (Reuters) - The truce held.")
    truce = _of(found, "Agreement")[0]
    assert (_name(names, truce.agent), _name(names, truce.target)) == ("Israel", "Hezbollah")
    found, names = events("Russia-Ukraine talks began in Istanbul on Monday.")
    talks = _of(found, "Meeting")[0]
    assert {_name(names, talks.agent), _name(names, talks.target)} == {"Russia", "Ukraine"}
    assert not talks.more_target_entities
    found, names = events("The Israel-Hamas war has killed tens of thousands of people.")
    assert _of(found, "Killing")[0].agent is None  # neither side alone


def test_those_fleeing_as_they_were_killed_are_the_dead_not_the_killers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Sudan Doctors Network accused the RSF of killing dozens of civilians as they tried to "
                          "flee the city.")
    assert all(_name(names, e.agent) != "Rapid Support Forces" for e in found if e.trigger.text == "flee")
    assert not _of(found, "Withdrawal")


def test_a_citys_fall_is_its_capture(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The RSF said it had seized El Fasher. The army did not immediately confirm the city's fall.")
    assert len(_of(found, "Capture")) == 1
    denied = next(e for e in found if e.trigger.text == "confirm")
    assert denied.about == (found.index(_of(found, "Capture")[0]),)


def test_a_known_town_taken_is_a_place_however_parsed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army recaptured Wad Madani.")
    assert _name(names, _of(found, "Capture")[0].target) == "Wad Medani"
    found, names = events("Sudan's army said on Saturday it had recaptured Wad Madani, the capital of Gezira state, more "
                          "than a year after the paramilitary Rapid Support Forces seized it.")
    taken = _of(found, "Capture")
    assert [_name(names, e.target) for e in taken] == ["Wad Medani", "Wad Medani"]
    assert _name(names, taken[0].agent) == "Sudanese Armed Forces"


def test_a_demonyms_tanks_are_its_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Witnesses said Israeli tanks opened fire as crowds approached the site before dawn.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Israel Defense Forces"


def test_a_claim_by_those_named_for_the_attack_is_about_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al Shabaab militants detonated a roadside bomb near the convoy of Somali President Hassan "
                          "Sheikh Mohamud in Mogadishu on Tuesday. At least four people were killed in the blast. The "
                          "militant group claimed responsibility, saying it had targeted the president.")
    claim = next(e for e in found if e.lemma == "claim")
    assert claim.about == (found.index(_of(found, "Bombing")[0]),)


def test_suspects_arrested_in_a_bombing_did_not_arrest_in_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A truck bomb exploded near a military aviation school in the city of Cali on Thursday, "
                          "killing six people. Police arrested two suspects in the Cali bombing, the city's mayor said.")
    bomb = _of(found, "Bombing")[0]
    assert bomb.agent is None, _name(names, bomb.agent)
    assert _of(found, "Arrest")[0].part_of is None
    found, names = events("Israel rescues four hostages in Gaza raid")
    assert _name(names, _of(found, "Attack")[0].agent) == "Israel"


def test_a_hyphened_number_counts_whole(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Twenty-one of them died when militants fired a rocket-propelled grenade at a tank.")
    assert _of(found, "Killing")[0].fatalities == 21


def test_a_body_named_for_its_members_speaks_as_one(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("Sudan's paramilitary Rapid Support Forces killed more than 200 people in attacks on villages, a lawyers' "
            "group said on Tuesday. The Emergency Lawyers said RSF fighters had shot civilians.")
    types = {e.label: e.cls for e in resolved(text).entities}
    assert types.get("Emergency Lawyers") == "Organisation", types
    found, names = events(text)
    assert [_name(names, e.agent) for e in _of(found, "Statement")] == ["Emergency Lawyers", "Emergency Lawyers"]


def test_what_a_report_says_killed_them_though_hung_on_the_saying(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's paramilitary Rapid Support Forces killed more than 200 people, including women and "
                          "children, in three days of attacks on villages in White Nile state, a lawyers' group said on "
                          "Tuesday.")
    killing = _of(found, "Killing")[0]
    assert killing.part_of is not None and found[killing.part_of].trigger.text == "attacks"
    assert _name(names, found[killing.part_of].agent) == "Rapid Support Forces"


def test_who_took_a_town_after_fighting_with_troops_fought(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Fano militiamen took control of the town of Merawi in Ethiopia's Amhara region on Thursday "
                          "after heavy fighting with federal troops, residents said.")
    fight = next(e for e in found if e.trigger.text == "fighting")
    assert _name(names, fight.agent) == "Fano"


def test_goals_jobs_and_trade_fights_are_no_attacks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Napoli clinch Serie A title as McTominay strikes\n\nNAPLES, Italy, May 23 (AP) - Coach Antonio "
                          "Conte, who took over last summer, said his players had fought for every ball.")
    assert [e.cls for e in found] == ["Statement"], [(e.cls, e.trigger.text) for e in found]
    found, names = events("Beijing vowed to fight to the end. Workers struck for higher pay in Lagos.")
    assert not [e for e in found if e.cls in ("Attack", "Airstrike")], [(e.cls, e.trigger.text) for e in found]
    found, names = events("The Taliban vowed to fight on. Government forces fought for hours. The militants struck at dawn.")
    assert len([e for e in found if e.cls == "Attack"]) == 3


def test_a_missile_and_drone_attack_is_one_attack_with_its_dead(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia launched a massive missile and drone attack on Ukraine's energy infrastructure on "
                          "Christmas Day, killing at least one person.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1 and _name(names, attacks[0].agent) == "Russia"
    assert _name(names, attacks[0].target) == "Ukraine"
    assert _of(found, "Killing")[0].part_of == found.index(attacks[0])
    found, names = events("Russia launched a massive attack on Kharkiv, killing at least one person.")
    assert _of(found, "Killing")[0].part_of == found.index(_of(found, "Attack")[0])


def test_a_datelines_city_is_the_place_the_gazetteer_knows(resolved) -> None:  # type: ignore[no-untyped-def]
    text = ("Army drone strikes hit RSF positions near El Obeid; 11 dead, residents say\n\nEL OBEID, Sudan, April 27 "
            "(AP) - Sudanese army drones struck positions held by the Rapid Support Forces near the city of El Obeid.")
    types = {e.label: e.cls for e in resolved(text).entities}
    assert "EL OBEID" not in types and types.get("El Obeid") == "City", types


def test_the_command_said_is_the_command_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran-backed militants fired ballistic missiles at Ain al-Asad air base, U.S. Central Command "
                          "said. Most of the missiles were intercepted, but others hit inside the base, the command said. "
                          "Rebels took the northeastern command.")
    assert [_name(names, e.agent) for e in _of(found, "Statement")] == ["US Central Command", "US Central Command"]


def test_those_taken_and_killed_were_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Victims were taken from their homes and killed with machetes and knives, it said.")
    killed = _of(found, "Killing")[0]
    assert killed.agent_phrase is None and killed.target_phrase is not None and killed.target_phrase.text == "Victims"
    found, names = events("The bomb was placed at the entrance to the building and exploded on a Friday afternoon.")
    assert _of(found, "Bombing")[0].target_phrase is None  # the bomb exploded; nobody exploded it


def test_a_place_the_parser_hung_a_clause_on_is_where_not_who(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("In the southern city of Mykolaiv, a drone hit a residential building, killing two people and "
                          "injuring six, Governor Vitaliy Kim said.")
    hit = next(e for e in found if e.trigger.text == "hit")
    assert hit.agent is None and _name(names, hit.place) == "Mykolayiv"
    assert _name(names, _of(found, "Killing")[0].agent) is None


def test_a_word_capitalised_to_open_a_sentence_is_no_site(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The offensive sent tens of thousands of people fleeing toward the Rwandan border.\n\nHeavy "
                          "gunfire rang out near the airport and in the city centre overnight, residents said.")
    gunfire = next(e for e in found if e.trigger.text == "gunfire")
    assert gunfire.place_phrase is None or gunfire.place_phrase.text != "Heavy"


def test_adding_says_its_own_clause_not_the_quote_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events('"We call on all Goma residents to remain calm," M23 spokesman Lawrence Kanyuka said in a '
                          'statement, adding that the city had been liberated.')
    said, added = _of(found, "Statement")
    assert said.content is not None and said.content.text.startswith("We call on")
    assert added.content is not None and added.content.text.startswith("the city had been liberated")


def test_an_arabic_place_name_or_a_units_town_is_a_place(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("The assault on Wad al-Nourah began on Wednesday, activists said.").entities}
    assert types.get("Wad al-Nourah") not in (None, "Person"), types
    types = {e.label: e.cls for e in resolved("The Israeli military said it had struck a compound where Rafa Salameh, "
                                              "the commander of Hamas's Khan Younis brigade, was hiding.").entities}
    assert types.get("Khan Yunis") == "City" and "Khan Younis" not in types, types


def test_a_deed_asked_about_or_unconfirmed_is_not_told_as_done(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("It was not immediately clear whether Deif had been killed. It is unclear if the rebels have "
                          "withdrawn from the town. Officials said there was no confirmation that the rebels had captured Goma.")
    assert [e.status for e in found if e.cls != "Statement"] == ["Alleged", "Alleged", "Alleged"]
    found, names = events("If the rebels attack the city, the army will respond. The rebels attacked the city.")
    assert [e.status for e in _of(found, "Attack")] == ["Planned", None]


def test_the_statement_added_is_who_put_it_out(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Taliban said in a statement that 25 soldiers were killed. The army responded with air "
                          "support, the statement added.")
    assert [_name(names, e.agent) for e in _of(found, "Statement")] == ["Taliban", "Taliban"]


def test_where_the_doers_were_is_where_it_happened(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen in Culiacan, the state capital, set fire to vehicles on Thursday. Militants from "
                          "JNIM, al Qaeda's affiliate in the Sahel, stormed the outskirts of the town.")
    fire, storm = _of(found, "Attack")
    assert _name(names, fire.place) == "Culiacan"
    assert storm.place is None  # where the group is active, not where the storming was


def test_a_seat_of_command_taken_is_where_it_stands_and_one_capture(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Myanmar rebels seize army regional command in Lashio\n\nAn ethnic armed group in Myanmar said "
                          "Saturday it had taken over the headquarters of the military's northeastern regional command in "
                          "Lashio. The Myanmar National Democratic Alliance Army said its fighters overran the base after "
                          "weeks of fighting.")
    captures = _of(found, "Capture")
    assert len(captures) == 1, [(e.trigger.text, e.target_phrase) for e in captures]
    assert _name(names, captures[0].place) == "Lashio"
    assert _name(names, captures[0].agent) == "Myanmar National Democratic Alliance Army"


def test_a_deed_justified_or_avenged_was_done(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hamas said the claim was false and aimed at justifying the horrific massacre. The group "
                          "vowed to avenge the killing of its leader.")
    assert [e.status for e in found if e.cls == "Killing"] == [None, None]


def test_those_an_offensive_sent_fleeing_fled(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The offensive sent tens of thousands of people fleeing toward the Rwandan border.")
    fled = _of(found, "Displacement")[0]
    assert fled.target_phrase is not None and fled.target_phrase.text == "tens of thousands of people"


def test_setting_fire_plans_nothing_and_shots_at_people_hit_them(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("At least 16 others were seriously injured, two of them gang members who were shot by police, "
                          "and the gunmen set fire to at least 45 homes, the office said. Survivors said the militants "
                          "arrived on motorbikes and shot at people who had been ordered to dig a ditch.")
    assert _of(found, "Injury")[0].status is None
    shot = next(e for e in found if e.trigger.text == "shot" and e.trigger.begin > 150)
    assert shot.target_phrase is not None and shot.target_phrase.text == "people"


def test_a_site_a_town_names_is_not_the_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al Shabaab attack on Mogadishu beach leaves 32 dead. Israel says it hit Hezbollah in strike on "
                          "Beirut headquarters.")
    attack, strike = [e for e in found if e.trigger.text in ("attack", "strike")]
    assert _name(names, attack.target) is None and _name(names, attack.place) == "Mogadishu"
    assert _name(names, strike.target) != "Beirut" and _name(names, strike.place) == "Beirut"


def test_the_attack_on_a_beach_of_the_town_is_the_attack_told_there(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al Shabaab militants killed at least 32 people when gunmen stormed a popular beach restaurant "
                          "in Mogadishu on Friday night, police said. The attack on Lido beach lasted several hours.")
    assert len([e for e in found if e.cls == "Attack"]) == 1, [(e.cls, e.trigger.text) for e in found]


def test_those_warned_to_evacuate_are_to_evacuate(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Israeli military warned residents of several buildings to evacuate.")
    leave = _of(found, "Displacement")[0]
    # those who leave are the displaced, as those who flee are: its target, not its agent
    assert leave.target_phrase is not None and leave.target_phrase.text == "residents" and leave.status == "Planned"
    assert leave.agent_phrase is None


def test_a_town_named_with_its_kind_is_a_town_and_many_since_a_year_undated(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The attackers surrounded the Local Education Authority school in Kuriga town at about 8 a.m. "
                          "Armed gangs have carried out several mass abductions for ransom in the region since 2020.")
    assert _name(names, _of(found, "Siege")[0].place) == "Kuriga"
    assert _of(found, "Arrest")[0].date is None


def test_what_goes_on_meanwhile_is_not_what_was_declared_nor_what_a_deed_is_called(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ethiopia declares emergency as Fano militia clashes with army in Amhara")
    declared = _of(found, "Statement")[0]
    assert declared.content is not None and declared.content.text == "emergency"
    found, names = events("A US drone strike killed a commander in Baghdad. The Iraqi government condemned the strike as a "
                          "blatant assassination.")
    assert [e.cls for e in found if e.cls not in ("Statement", "Accusation")] == ["Airstrike", "Killing"]
    condemned = _of(found, "Accusation")[0]
    assert condemned.content is not None and "assassination" in condemned.content.text


def test_the_national_defence_force_is_the_states_army(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Fighting erupted in Ethiopia. The national defence force said it had killed 20 extremists.")
    assert _name(names, _of(found, "Killing")[0].agent) == "Ethiopian National Defense Force"


def test_misparsed_verbs_keep_their_doers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Congolese army said it had launched an operation to track down the attackers and had "
                          "arrested five suspects.")
    assert _name(names, _of(found, "Arrest")[0].agent) == "FARDC"
    found, names = events("Fighters from the CODECO militia killed 40 civilians in Lopa.\n\nThe assailants attacked with "
                          "machetes and guns and burned houses, said Jean-Pierre Bikilisende, the administrator of Djugu "
                          "territory.")
    attacked = next(e for e in found if e.trigger.text == "attacked")
    assert attacked.target is None and _name(names, attacked.agent) == "CODECO"


def test_what_residents_reported_happened_where_they_did(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("In Bahir Dar, the regional capital, residents reported gunfire overnight.")
    assert _name(names, next(e for e in found if e.trigger.text == "gunfire").place) == "Bahir Dar"


def test_a_countrys_strikes_joined_to_troops_are_its_own(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al Shabaab militants killed 32 people in Mogadishu, police said. The government has waged a "
                          "military campaign against the militants, with the support of African Union troops and US "
                          "airstrikes.")
    strikes = _of(found, "Airstrike")[0]
    assert _name(names, strikes.agent) == "United States" and strikes.place is None


def test_a_strike_repaying_an_attack_is_not_that_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel strikes military targets in Iran in retaliation for missile attack\n\nJERUSALEM, Oct 26 "
                          "(AP) - Israel carried out airstrikes on military targets in Iran early Saturday, the Israeli "
                          "military said. Explosions were heard in Tehran. Israeli officials said the strikes targeted "
                          "missile production facilities.")
    repaid = next(e for e in found if e.trigger.text == "attack")
    assert repaid.place is None and repaid.target_phrase is None
    strikes = _of(found, "Airstrike")[0]
    assert strikes.date is not None and strikes.date.raw.text == "early Saturday"  # not the barrage's "earlier this month"
    assert len([e for e in found if e.trigger.text == "strikes"]) == 1  # "the strikes" are the airstrikes


def test_attacks_that_left_people_dead_and_forced_others_to_flee(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Petro suspended peace talks with the ELN after the rebel group launched attacks on rival "
                          "dissidents in the Catatumbo region that left at least 80 people dead and forced more than "
                          "32,000 to flee.")
    dead = _of(found, "Killing")[0]
    assert dead.fatalities == 80 and dead.part_of is not None
    fled = _of(found, "Displacement")[0]
    assert fled.agent_phrase is None or "80" not in fled.agent_phrase.text
    assert _name(names, fled.agent) == "ELN"


def test_dead_after_an_attack_and_jihadists_linked_to_a_parent_group(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hundreds feared dead after jihadist attack on Burkina Faso town\n\nOUAGADOUGOU, Aug 27 (AP) - "
                          "Jihadists linked to al Qaeda killed hundreds of people in an attack on the town of Barsalogho "
                          "on Saturday. Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed responsibility in a statement, "
                          "saying it had killed 300 soldiers.")
    assert len(_of(found, "Attack")) == 1
    assert _name(names, _of(found, "Killing")[0].agent) == "JNIM"
    saying = next(e for e in found if e.trigger.text == "saying")
    assert saying.status is None and _of(found, "Killing")[-1].status == "Alleged"


def test_the_group_said_is_the_group_that_spoke(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Wad Madani Resistance Committees said RSF fighters stormed the village of Al-Sireha, "
                          "opening fire on residents. The bodies of the victims were buried in a mass grave, the group said.")
    assert _name(names, _of(found, "Statement")[-1].agent) == "Wad Madani Resistance Committees"


def test_missiles_and_attack_drones_of_a_country_are_its_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two Russian ballistic missiles slammed into the centre of Sumy, killing at least 34 people and "
                          "wounding 117. Russian attack drones hit Kyiv.")
    assert [_name(names, e.agent) for e in found if e.cls != "Statement"] == ["Russian forces"] * 3
    assert not [e for e in found if e.trigger.text == "attack"]


def test_a_toll_not_given_and_a_teams_attack_are_no_events(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army said the situation was under control. It did not give a casualty toll.")
    assert [e.cls for e in found] == ["Statement"], [(e.cls, e.trigger.text) for e in found]
    found, names = events("Manager Mikel Arteta said his side had attacked with purpose. The militants attacked at dawn.")
    assert [e.trigger.begin > 60 for e in _of(found, "Attack")] == [True]


def test_a_noun_after_the_verb_is_not_the_subjects_apposition(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Yemen's Houthi rebels claimed an attack that sank a cargo ship in the Red Sea, the third "
                          "vessel they have sunk this month.")
    sunk = next(e for e in found if e.trigger.text == "sunk")
    assert _name(names, sunk.agent) == "Houthis" and sunk.target is None


def test_capes_hills_and_springs_open_place_names(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Israeli jets struck fuel depots in Ras Isa on Monday. Turkish-backed "
                                              "fighters shelled Tal Tamr and Ein Issa, the monitor said.").entities}
    assert all(types.get(name) not in (None, "Person") for name in ("Ras Isa", "Tal Tamr", "Ein Issa")), types


def test_a_participle_with_its_own_subject_tells_who_suffered(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The monitor said 300 civilians were among the dead, most of them killed in shootings in "
                          "villages near Latakia.")
    killed = next(e for e in found if e.trigger.text == "killed")
    assert killed.agent is None and killed.agent_phrase is None
    assert killed.target_phrase is not None and killed.target_phrase.text == "most of them"


def test_a_leader_killed_is_the_leader_named_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Fighting erupts in Libyan city after militia commander killed\n\nMISRATA, May 2 (Reuters) - "
                          "Heavy fighting broke out in Misrata overnight after the head of a powerful militia was killed, "
                          "residents said. Salah Badi, the commander of the Steadfastness Front, was killed at a farm "
                          "outside the city, two security sources said.")
    assert len(_of(found, "Killing")) == 1, [(e.trigger.text, e.trigger.begin) for e in _of(found, "Killing")]
    assert _name(names, _of(found, "Killing")[0].target) == "Salah Badi"


def test_forces_aligned_with_a_government_are_its_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Forces aligned with the Government of National Unity took control of the Abu Salim district.")
    assert _name(names, _of(found, "Capture")[0].agent) == "Libyan forces"
    found, names = events("The SDF has been clashing with tribal fighters loyal to the Syrian government.")
    assert _name(names, _of(found, "Attack")[0].target) is None  # a militia on its side, not its army


def test_a_claim_through_a_news_agency_is_the_raid_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Insurgents raided the village of Mitambo on Thursday, torching houses. Islamic State claimed "
                          "the attack through its Amaq news agency.")
    claim = next(e for e in found if e.trigger.text == "claimed")
    assert [found[i].trigger.text for i in claim.about] == ["raided"]
    assert len(_of(found, "Attack")) == 2  # the raid and the torching in it, no third attack on Amaq


def test_the_base_stormed_is_the_army_base_attacked(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Jihadists killed 20 soldiers in an attack on a Nigerian army base in Borno state, sources "
                          "said. Fighters from ISWAP stormed the base in Malam-Fatori before dawn, one source said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and _name(names, attacks[0].agent) == "ISWAP"


def test_an_office_before_an_untagged_name_makes_a_person(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Mayor Ihor Terekhov described the attack as one of the most powerful "
                                              "on the city. Secretary General Antonio Guterres condemned it.").entities}
    assert types.get("Ihor Terekhov") == "Person", types
    assert "General Antonio Guterres" not in types


def test_his_forces_are_the_state_his_title_names(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian President Vladimir Putin visited the Kursk region, state television showed, as his "
                          "forces said they had recaptured the town of Sudzha.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Russian forces"
    assert _name(names, _of(found, "Capture")[0].agent) == "Russian forces"


def test_a_capitals_forces_are_its_states(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Kyiv's forces have been withdrawing from the region under heavy pressure, analysts say.")
    assert _name(names, _of(found, "Withdrawal")[0].agent) == "Ukrainian forces"


def test_those_a_group_threatens_to_kill_are_not_the_group(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Baloch Liberation Army said in a statement it had taken 214 people hostage, and threatened "
                          "to kill them unless the government released prisoners.")
    assert _of(found, "Killing")[0].target is None


def test_counts_of_all_and_no_counts_of_time_or_shares(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Security forces freed 346 hostages and killed all 33 militants in an operation.")
    assert _of(found, "Killing")[0].fatalities == 33
    found, names = events("A ceasefire ended 14 months of fighting between Israel and Hezbollah. Gerasimov said Russian "
                          "forces had retaken 86 percent of the territory.")
    assert [e.quantity for e in found if e.cls in ("Attack", "Capture")] == [None, None]


def test_an_attack_planner_is_a_mans_job_not_an_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hegseth said the strikes targeted a senior Islamic State attack planner and others he recruited.")
    assert not [e for e in found if e.trigger.text == "attack"]


def test_the_unnamed_accuse_too_but_attacks_threaten_nobody(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The rebels accused the government of corruption.")
    accusation = _of(found, "Accusation")[0]
    assert accusation.content is not None and accusation.content.text == "corruption"
    found, names = events("The United Nations said the attacks threatened aid deliveries into Sudan.")
    assert not _of(found, "Threat")


def test_an_office_seized_is_ground_whoever_holds_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Forces loyal to a breakaway faction seized the office of the mayor of Mekelle on Tuesday.")
    assert [e.cls for e in found] == ["Capture"]


def test_a_groups_english_name_is_the_group(resolved) -> None:  # type: ignore[no-untyped-def]
    labels = {e.label for e in resolved("Hundreds of fighters from the Group to Support Islam and Muslims attacked "
                                        "several positions in the town of Djibo.").entities}
    assert "JNIM" in labels and "Group" not in labels, labels


def test_the_attack_blamed_is_the_one_its_words_name(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A police helicopter was shot down by a drone in Antioquia, killing 13 officers, while a truck "
                          "bomb exploded in Cali, killing five civilians. President Gustavo Petro blamed the helicopter "
                          "attack on the Gulf Clan.")
    blame = _of(found, "Accusation")[0]
    assert [found[i].trigger.text for i in blame.about] == ["shot"]
    assert not [e for e in found if e.trigger.text == "attack"]  # told again, not a third attack


def test_responsibility_claimed_on_a_day_for_an_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Jihadists claimed responsibility on Tuesday for a weekend attack on the town of Djibo.")
    attack = _of(found, "Attack")[0]
    assert attack.status is None and attack.agent_phrase is not None and attack.agent_phrase.text == "Jihadists"


def test_houses_burned_were_attacked(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Several houses and shops were burned, a witness said.")
    assert _of(found, "Attack")[0].target_phrase.text == "Several houses"
    found, names = events("The car was hit by a truck on the highway.")
    assert not _of(found, "Attack")


def test_blaming_after_the_report_is_the_reporters(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed 44 civilians at a mosque in southwestern Niger, the government said, blaming an "
                          "Islamic State affiliate for the attack.")
    assert _name(names, _of(found, "Accusation")[0].agent) == "Nigerien government"


def test_a_headlines_plural_before_its_verb_is_its_subject(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Jihadists attack Mali army camp in Boulkessi, dozens of soldiers killed\n\nBAMAKO, June 2 (AFP) "
                          "- Jihadists attacked a military camp in central Mali on Sunday, killing more than 30 soldiers.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and attacks[0].agent_phrase is not None and attacks[0].agent_phrase.text == "Jihadists"


def test_forces_backed_by_others_did_it_themselves(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Haitian police, backed by Kenyan officers of a U.N.-backed mission, killed at least 12 "
                          "suspected gang members in an operation.")
    assert _name(names, _of(found, "Killing")[0].agent) == "Haitian police"


def test_a_quarter_the_text_puts_in_a_town_is_in_it(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("Haitian police kill gang members in Port-au-Prince operation\n\nPORT-AU-PRINCE, March 4 (AP) - Haitian "
            "police killed at least 12 suspected gang members in an operation in the Delmas area of Port-au-Prince, "
            "a police spokesman said.")
    found, names = events(text)
    assert len(_of(found, "Killing")) == 1
    done = resolved(text)
    labels = [(done.extraction.mentions[r.subject].name, r.predicate, done.extraction.mentions[r.object].name)
              for r in done.extraction.relations]
    assert ("Delmas", "locatedIn", "Port-au-Prince") in labels, labels


def test_no_blast_is_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Six militants who tried to enter the base after the blasts were killed by security forces, "
                          "the military said.")
    killed = _of(found, "Killing")[0]
    assert killed.target_phrase is not None and killed.target_phrase.text == "Six militants" and killed.fatalities == 6


def test_a_charge_denied_is_made_and_denied(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pakistan has accused Afghanistan of allowing militants to use its territory to launch "
                          "attacks, a charge Kabul denies.")
    accusation, denial = _of(found, "Accusation")[0], _of(found, "Statement")[0]
    assert accusation.status is None
    assert denial.content is not None and denial.content.text == "allowing militants to use its territory to launch attacks"


def test_a_ministry_a_group_runs_speaks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli strikes killed 40 people in Gaza City, the Hamas-run health ministry said on Friday.")
    said = _of(found, "Statement")[0]
    assert _name(names, said.agent) == "Hamas Health Ministry" and said.content is not None


def test_a_leaders_office_is_what_it_names(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli airstrikes killed 400 Palestinians, the Health Ministry said. Prime Minister Benjamin "
                          "Netanyahu's office said he had ordered the strikes. \"Israel will act with increasing military "
                          "strength,\" it said.")
    assert _name(names, _of(found, "Statement")[-1].agent) == "Benjamin Netanyahu"


def test_what_is_broken_or_kept_was_agreed(events) -> None:  # type: ignore[no-untyped-def]
    for text in ("Hamas accused Israel of overturning the ceasefire agreement.",
                 "Hamas rejected proposals to extend the truce."):
        found, names = events(text)
        assert _of(found, "Agreement")[0].status is None, text


def test_one_man_evacuated_is_not_displaced(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Major General Peter Cirimwami was shot near Kasengezi on Thursday, the army said. He was "
                          "evacuated to Goma but died during the night.")
    assert not _of(found, "Displacement")


def test_a_threat_made_in_a_video_is_to_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gang leader Jimmy Cherizier threatened in a video posted on social media to attack any "
                          "neighbourhood that cooperated with the police.")
    attack = _of(found, "Attack")[0]
    assert attack.status == "Planned" and _name(names, attack.agent) == "Jimmy Cherizier"
    assert _of(found, "Threat")[0].content is not None


def test_the_new_peoples_army_is_a_rebel_army(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Soldiers clashed with about 20 New People's Army rebels near Lianga, "
                                              "the army said.").entities}
    assert types.get("New People's Army") == "ArmedGroup", types


def test_the_town_strikes_are_the_strikes_on_the_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel struck the headquarters of the Syrian army in central Damascus on Wednesday. Syrian "
                          "state media said two people were killed and 18 wounded in the Damascus strikes.")
    killed = _of(found, "Killing")[0]
    assert killed.part_of is not None and found[killed.part_of].trigger.text == "struck"
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1


def test_the_military_is_this_sides_of_the_border(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rebels seized a town on Myanmar's border with China after weeks of fighting with the army.")
    assert _name(names, _of(found, "Attack")[0].target) == "Myanmar military"


def test_a_group_the_gazetteer_knows_is_no_person_in_a_headline(resolved) -> None:  # type: ignore[no-untyped-def]
    types = [(e.label, e.cls) for e in resolved("Iraq says Islamic State's second-in-command killed in joint operation\n\n"
                                                "BAGHDAD (Reuters) - Abu Khadija, described as the Islamic State's deputy "
                                                "leader, had been killed, officials said.").entities]
    assert ("Islamic State", "Person") not in types and ("Islamic State", "ArmedGroup") in types, types


def test_the_statement_is_the_body_that_just_spoke(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("U.S. Central Command said it conducted an airstrike in Anbar province on Thursday. Iraqi "
                          "security forces found the bodies at the site, the statement said.")
    assert _name(names, _of(found, "Statement")[-1].agent) == "US Central Command"


def test_a_narrower_place_before_a_wider_one(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hundreds of jihadists attacked an army post in Banibangou, in western Niger near the border "
                          "with Mali, the defence ministry said.")
    assert _name(names, _of(found, "Attack")[0].place) == "Banibangou"


def test_a_year_before_an_event_is_no_count(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Thousands marched in Nairobi on the anniversary of 2024 demonstrations against a finance bill.")
    assert all(e.quantity != 2024 for e in found), [(e.trigger.text, e.quantity) for e in found]


def test_a_missile_that_destroyed_a_block_is_the_strike_headlined(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian strike on Kyiv apartment block kills 31\n\nKYIV, July 31 (Reuters) - A Russian missile "
                          "destroyed part of a nine-storey apartment building in Kyiv early on Thursday, killing at least "
                          "31 people, officials said.")
    assert [e.trigger.text for e in found if e.cls in ("Attack", "Airstrike")] == ["strike"]


def test_a_capital_that_fires_is_its_state_and_not_the_capital_hit(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Moscow fired 600 drones at Ukraine overnight. Two people were killed in the capital, "
                          "officials said.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Russia"
    assert _name(names, _of(found, "Killing")[0].place) == "Kyiv"


def test_no_casualties_when_no_figure_is_given(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Dozens of militants were killed in the fighting, the ministry said, without giving a figure "
                          "for government casualties.")
    assert not _of(found, "Casualties")


def test_sites_bombed_by_air_are_the_strikes(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("U.S. bombs three Iranian nuclear sites\n\nWASHINGTON (AP) - The United States struck three "
                          "nuclear sites in Iran early on Sunday. Iran's foreign minister said the strikes were outrageous.")
    assert not [e for e in found if e.trigger.text == "strikes"]


def test_an_accusation_denied_in_a_relative_clause(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army accused him of heading a Hamas cell, an accusation the network denied.")
    denial = next(e for e in found if e.trigger.text == "denied")
    assert denial.content is not None and denial.content.text == "heading a Hamas cell"


def test_an_attack_a_shooting_was_reported_in_is_that_shooting(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Senator Miguel Uribe Turbay was shot at a campaign event in Bogota on Saturday, authorities "
                          "said, in an attack that shocked the country.")
    assert [e.trigger.text for e in _of(found, "Attack")] == ["shot"]


def test_the_islamic_republic_is_iran(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Israel pressed its campaign against the Islamic Republic's nuclear "
                                              "programme.").entities}
    assert types.get("Iran") == "Country" and "Islamic Republic" not in types, types


def test_a_statement_read_on_television_is_the_saying(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Burkina Faso's army said on Tuesday it had repelled a large-scale attack by jihadists on the "
                          "town of Djibo, killing more than 100 assailants, in a statement read on state television.")
    assert not [e for e in found if e.trigger.text == "statement"]


def test_the_attack_is_the_assault_by_any_of_its_words(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Burkina Faso says army repelled jihadist assault on northern town of Djibo\n\nOUAGADOUGOU, "
                          "Aug 5 (Reuters) - Burkina Faso's army said it had repelled a large-scale attack by jihadists on "
                          "the town of Djibo. Residents said the militants had set fire to the town's market. JNIM did not "
                          "claim the attack.")
    claim = next(e for e in found if e.trigger.text == "claim")
    assert [found[i].trigger.text for i in claim.about] == ["assault"]


def test_it_that_captured_is_no_land_named_as_where(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The M23 rebel group said on Wednesday it would withdraw its forces from Walikale, a mining hub "
                          "in eastern Congo it captured last week.")
    assert _name(names, _of(found, "Capture")[0].agent) == "M23"


def test_saying_after_a_time_clause_is_the_doers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Houthis have fired missiles and drones at Israel since the Gaza war began, saying they act "
                          "in solidarity with Palestinians.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Houthis"


def test_the_strikes_that_also_hit_are_the_strikes(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli warplanes struck Yemen's main airport in Sanaa on Tuesday. Al-Masirah TV said the "
                          "strikes also hit power stations and a cement factory north of the capital.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1


def test_strikes_on_a_country_are_strikes_on_its_forces_bases(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pakistan launches retaliatory strikes on India\n\nISLAMABAD, May 10 (Reuters) - Pakistan's "
                          "military said on Saturday it had launched retaliatory strikes on several Indian military bases.")
    assert len(_of(found, "Attack")) == 1


def test_a_capital_mediating_or_owning_drones_is_its_state(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The two countries agreed to a ceasefire after talks mediated by Washington.")
    assert _name(names, next(e for e in found if e.trigger.text == "mediated").agent) == "United States"
    found, names = events("Drones struck Kyiv, where a man was killed by Moscow's drones.")
    assert _name(names, _of(found, "Killing")[0].agent) == "Russian forces"


def test_what_which_denies_is_the_report_before_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Information Minister Khalid al-Aiser said the RSF was receiving the drones from the United Arab "
                          "Emirates, which the UAE denies.")
    denial = next(e for e in found if e.trigger.text == "denies")
    assert denial.content is not None and denial.content.text == "the RSF was receiving the drones from the United Arab Emirates"


def test_a_weekdays_strikes_are_that_days_strikes(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Drones struck Sudan's main seaport in Port Sudan on Tuesday, officials said. No casualties were "
                          "reported in Tuesday's strikes.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1


def test_a_headlines_attack_again_is_the_ledes(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gangs attack town of Mirebalais again, police say\n\nPORT-AU-PRINCE, June 5 (Reuters) - Armed "
                          "gangs attacked the central Haitian town of Mirebalais again on Wednesday, police said.")
    assert len(_of(found, "Attack")) == 1


def test_what_was_ambushed_is_not_where_it_came_from(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The convoy was travelling from Senegal under army escort when it was ambushed near the town "
                          "of Kayes, the official said.")
    ambush = next(e for e in found if e.trigger.text == "ambushed")
    assert _name(names, ambush.target) != "Senegal"


def test_a_name_cut_before_its_surname_is_one_person(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("An Israeli airstrike killed Hezbollah's chief of staff Haytham Ali "
                                              "Tabatabai on Sunday. Cali Mayor Alejandro Eder said the truck exploded "
                                              "near a school.").entities}
    assert types.get("Haytham Ali Tabatabai") == "Person", types
    assert "Cali Mayor" not in types  # (never a title taken for a surname)


def _relations(done: Resolved) -> list[tuple[str, str, str | None, str]]:
    """(subject label, predicate, role, object label) of each relation, by canonical entity."""
    label = {e.key: e.label for e in done.entities}
    names = [label[k] for k in done.mention_keys]
    return [(names[r.subject], r.predicate, r.role, names[r.object]) for r in done.extraction.relations]


def test_an_office_named_on_the_spot_is_not_the_last_man_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Army spokesman Nabil Abdullah said troops had taken the bridge. Four reporters were killed "
                          "in the shelling, the culture minister, Khalid Ali, said.")
    speakers = [_name(names, e.agent) for e in _of(found, "Statement")]
    assert speakers == ["Nabil Abdullah", "Khalid Ali"], speakers


def test_a_portfolio_is_no_one_who_did_not_hold_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Army spokesman Nabil Abdullah said troops had taken the bridge. Four reporters were killed "
                          "in the shelling, the information minister said.")
    assert _name(names, _of(found, "Statement")[1].agent) != "Nabil Abdullah"


def test_a_toll_told_after_a_subject_that_hit_is_not_the_speakers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A second wave of blasts, this time of walkie-talkies, hit on Wednesday, killing 20 people and "
                          "wounding over 450, the health ministry said.")
    killing, = _of(found, "Killing")
    assert killing.agent is None and killing.agent_phrase is None  # not the ministry
    injury, = _of(found, "Injury")
    assert injury.injured == 450 and injury.count_qualifier == "at least"


def test_what_exploded_is_no_doer(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hundreds of pagers carried by members of the group exploded across Beirut on Tuesday.")
    blast = _of(found, "Bombing")[0]
    assert blast.agent is None and blast.agent_phrase is None
    assert blast.instrument_phrase is not None and "pagers" in blast.instrument_phrase.text


def test_a_rank_is_nobodys_name_and_the_speakers_army_is_his_words(resolved) -> None:  # type: ignore[no-untyped-def]
    text = ("JERUSALEM (AP) - Hezbollah fired rockets at Israel overnight, the Israeli military said. Most of the rockets "
            "were shot down by Israel and the United States, military spokesman Vice Adm. Avi Levy said.")
    done = resolved(text)
    types = {e.label: e.cls for e in done.entities}
    assert "Vice Adm" not in types and types.get("Avi Levy") == "Person", types
    assert ("Avi Levy", "memberOf", "spokesman", "Israel Defense Forces") in _relations(done), _relations(done)


def test_a_navys_destroyers_are_no_ship_named_navy(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Biden said U.S. Navy destroyers had fired interceptors.").entities}
    assert types.get("U.S. Navy") == "StateForce", types


def test_a_government_named_by_a_two_word_demonym(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Nine soldiers were killed near Goma, the South African government said.")
    assert _name(names, _of(found, "Statement")[0].agent) == "South African government"


def test_the_attack_blamed_after_a_killing_is_that_killings(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian jets struck a depot in Idlib on Monday, officials said. A week earlier, gunmen killed "
                          "nine pilgrims near Aleppo. Syria blamed Turkey for the attack, which Ankara denied.")
    strike = _of(found, "Airstrike")[0]
    accusation, = _of(found, "Accusation")
    assert accusation.about and all(found[i] is not strike for i in accusation.about)
    denial = next(e for e in found if e.trigger.text == "denied")
    assert denial.content is not None and denial.content.text == "Syria blamed Turkey for the attack"


def test_whoever_is_ordered_to_evacuate_is_who_leaves(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Families in Jabalia were ordered to evacuate. The army ordered about 30,000 Gazans to "
                          "evacuate northern Khan Younis on Tuesday.")
    first, second = _of(found, "Displacement")
    assert first.target_phrase is not None and first.target_phrase.text.startswith("Families") and first.agent_phrase is None
    assert first.status == "Planned"
    assert second.target_phrase is not None and "Gazans" in second.target_phrase.text and second.target is None
    assert second.status == "Planned"


def test_two_killed_named_each_with_a_title(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran's Revolutionary Guards said the attack was in retaliation for the killing of Hezbollah "
                          "leader Hassan Nasrallah and Hamas political chief Ismail Haniyeh.")
    killing, = _of(found, "Killing")
    dead = {_name(names, killing.target), *(names[i] for i in killing.more_target_entities)}
    assert dead == {"Hassan Nasrallah", "Ismail Haniyeh"}, dead  # not "Hamas"


def test_a_second_name_is_not_the_first_ones_title(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Iran vowed revenge for the killing of Hezbollah leader Hassan Nasrallah and Hamas political chief "
                    "Ismail Haniyeh.")
    assert ("Ismail Haniyeh", "memberOf", "leader", "Hezbollah") not in _relations(done), _relations(done)


def test_bare_insurgents_in_a_story_of_one_group_are_its_fighters(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Insurgents led by Hayat Tahrir al-Sham stormed into Aleppo on Friday, a war monitor said. The "
                          "Syrian army acknowledged that insurgents had entered large parts of the city.")
    attacks = [e for e in found if e.cls == "Attack"]
    assert len(attacks) == 1 and _name(names, attacks[0].agent) == "Hayat Tahrir al-Sham"


def test_bare_rebels_in_a_story_of_two_groups_stay_unnamed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Arakan Army and the Kachin Independence Army have seized bases this year. The junta said "
                          "rebels had attacked a police post.")
    attack = next(e for e in found if e.trigger.text == "attacked")
    assert attack.agent is None


def test_a_channel_linked_to_a_group_speaks_of_that_group(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Tuareg rebels said they had killed dozens of soldiers and Wagner mercenaries. The CSP-DPA said its "
                    "fighters had destroyed armoured vehicles. A Telegram channel linked to Wagner said the group's "
                    "commander, Anton Elizarov, was killed.")
    relations = _relations(done)
    assert ("Anton Elizarov", "memberOf", "commander", "Wagner Group") in relations, relations


def test_an_acknowledgement_is_a_statement_of_what_it_acknowledges(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Niger's army acknowledged in a statement that it had suffered heavy casualties and said it "
                          "would send reinforcements.")
    statement = next(e for e in found if e.trigger.text == "acknowledged")
    assert _name(names, statement.agent) == "Nigerien forces"
    assert statement.content is not None and statement.content.text == "it had suffered heavy casualties"


def test_a_charge_rejected_is_denied(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Mali accused Algeria of arming the rebels, a charge Algiers rejected.")
    denial = next(e for e in found if e.trigger.text == "rejected")
    assert denial.cls == "Statement" and _name(names, denial.agent) == "Algeria"
    assert denial.content is not None and denial.content.text == "arming the rebels"
    found, names = events("The rebels rejected the peace proposal on Sunday.")
    assert not _of(found, "Statement")  # a proposal turned down is no denial


def test_people_forced_from_their_homes_are_displaced(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The U.N. said more than 700,000 Haitians had been forced from their homes by gang violence. "
                          "The president was forced from power in 2022.")
    displaced, = _of(found, "Displacement")
    assert displaced.displaced == 700000 and displaced.count_qualifier == "at least"


def test_two_reports_joined_by_and_are_one_saying(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A residential building in the Ramenskoye district was damaged and two people were killed, "
                          "the regional governor, Andrei Vorobyov, said.")
    statement, = _of(found, "Statement")
    killing, = _of(found, "Killing")
    assert statement.content is not None and statement.content.text.endswith("two people were killed")
    assert [found[i] for i in statement.about] == [killing]


def test_the_attack_on_the_named_village_is_the_one_on_a_village(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A junta airstrike killed at least 15 people in a village in Sagaing region, residents said "
                          "on Friday. The attack on Let Yet Kone village on Tuesday also wounded 30 people, a local "
                          "official said.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.cls, e.trigger.text) for e in attacks]
    assert attacks[0].place is not None and _name(names, attacks[0].place) != "Sagaing Region"  # the village named"


def test_the_grounds_of_an_airport_are_the_airport_and_one_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A missile fired from Yemen struck the grounds of Ben Gurion airport on Sunday, wounding "
                          "six people.")
    attack, = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert _name(names, attack.target) is not None and _name(names, attack.target).startswith("Ben Gurion")


def test_who_leads_a_group_by_led_by(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("The RSF, led by Mohamed Hamdan Dagalo, has denied the charges. Haiti's Viv Ansanm gang "
                    "coalition, led by Jimmy Cherizier, claimed the attack.")
    relations = _relations(done)
    assert ("Mohamed Hamdan Dagalo", "memberOf", "leader", "Rapid Support Forces") in relations, relations
    assert ("Jimmy Cherizier", "memberOf", "leader", "Viv Ansanm") in relations, relations


def test_a_saying_joined_to_the_report_is_the_speakers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian troops have advanced 10 km and now hold 12 villages, Ukraine's army chief, Oleksandr "
                          "Syrskyi, said on Monday.")
    statement, = _of(found, "Statement")
    assert _name(names, statement.agent) == "Oleksandr Syrskyi"


def test_a_report_told_at_a_meeting(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The governor told Putin at a televised meeting that 12 civilians had been killed.")
    statement, = _of(found, "Statement")
    killing, = _of(found, "Killing")
    assert statement.content is not None and statement.content.text == "12 civilians had been killed"
    assert [found[i] for i in statement.about] == [killing]


def test_one_of_the_deadliest_attacks_is_the_one_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed 60 villagers in Tillaberi on Friday, officials said, making it one of the "
                          "deadliest attacks in the country's history.")
    assert not [e for e in found if e.cls in ("Attack", "Airstrike", "Bombing") and e.trigger.text == "attacks"]


def test_a_veteran_is_not_his_army(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A British Army veteran drove a van into a crowd in Liverpool, injuring 40 people.")
    injury, = _of(found, "Injury")
    assert injury.agent is None


def test_an_invasion_on_a_condition_is_planned(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Washington said it would halt arms deliveries if Israel launched a major offensive in Rafah.")
    offensive = next(e for e in found if e.trigger.text == "offensive")
    assert offensive.status == "Planned"


def test_a_siege_imposed_by_a_group_is_its(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army said it had broken a siege imposed by the Rapid Support Forces on Kadugli. The "
                          "Houthis laid siege to the port.")
    sieges = _of(found, "Siege")
    assert [_name(names, s.agent) for s in sieges] == ["Rapid Support Forces", "Houthis"]


def test_the_strikes_are_an_attack_of_many_drones(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia launches biggest drone attack of the war\nKYIV (Reuters) - Russia launched 300 drones "
                          "and missiles against Ukraine overnight, killing at least 12 people, officials said. Donald "
                          "Trump said he was unhappy about the strikes.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1


def test_a_groups_affiliate_in_a_country_is_its_branch_there(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Islamic State group's affiliate in Afghanistan claimed responsibility for the bombing.")
    claim = next(e for e in found if e.cls == "Statement")
    assert _name(names, claim.agent) == "Islamic State Khorasan"


def test_a_shared_subject_of_a_passive_is_who_suffered(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The gunman, identified as Thomas Crooks, fired from a rooftop outside the venue and was "
                          "killed by a Secret Service sniper.")
    killing, = _of(found, "Killing")
    assert _name(names, killing.agent) == "Secret Service"
    assert killing.target_phrase is not None and killing.target_phrase.text == "The gunman"


def test_a_campaign_rally_is_no_protest(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The senator was shot in the head at a campaign rally in Bogota on Saturday.")
    assert not _of(found, "Protest")


def test_an_airliner_kills_no_one(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Azerbaijan Airlines passenger jet crashed near Aktau on Wednesday, killing 38 people.")
    killing, = _of(found, "Killing")
    assert killing.agent is None and killing.agent_phrase is None


def test_a_countrys_air_defences_are_its_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Four sources said Russian air defences had mistakenly shot the plane down.")
    attack = next(e for e in found if e.trigger.text == "shot")
    assert _name(names, attack.agent) == "Russian forces"


def test_an_ayatollah_is_named_without_his_title(resolved) -> None:  # type: ignore[no-untyped-def]
    labels = {e.label for e in resolved("Supreme Leader Ayatollah Ali Khamenei said Israel would be punished.").entities}
    assert "Ali Khamenei" in labels and "Ayatollah Ali Khamenei" not in labels, labels


def test_a_participle_on_a_housed_force_does_not_make_it_the_doer(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An explosion at a military base south of Baghdad housing the Popular Mobilization Forces "
                          "killed one member and wounded eight, officials said Saturday.")
    assert all(_name(names, e.agent) != "Popular Mobilization Forces" for e in found if e.cls in ("Killing", "Injury"))


def test_shelling_by_a_group_that_hit_a_hospital(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Shelling by the Rapid Support Forces hit the Saudi Teaching Hospital in El Fasher on Friday, "
                          "killing nine patients.")
    shelling = next(e for e in found if e.trigger.text == "Shelling")
    assert _name(names, shelling.agent) == "Rapid Support Forces"
    assert _name(names, shelling.target) == "Saudi Teaching Hospital"


def test_a_list_of_provinces_holds_none_of_them(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("The strikes hit radar systems in the provinces of Tehran, Khuzestan and Ilam.")
    assert not [r for r in _relations(done) if r[1] == "locatedIn"], _relations(done)


def test_its_attack_is_the_one_it_launched(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah launched hundreds of rockets and drones at Israel on Sunday. Hezbollah said it had "
                          "carried out its attack in retaliation for the killing of a commander.")
    assert len(_of(found, "Attack")) == 1


def test_fragments_and_debris_are_no_doers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A sailor was wounded by fragments of an interceptor missile. A man in Jericho was killed by "
                          "falling debris.")
    assert all(e.agent_phrase is None for e in found if e.cls in ("Killing", "Injury"))


def test_killings_blamed_on_someone_are_what_the_blame_is_about(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed at least 20 people in Bokkos on Monday, police said. The governor blamed the "
                          "killings on armed herders.")
    blame, = _of(found, "Accusation")
    assert blame.content is not None and blame.content.text == "the killings on armed herders"
    assert [found[i].cls for i in blame.about] == ["Killing"]


def test_a_claim_is_never_for_the_fight_the_attackers_lost(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militants tried to storm the Bannu cantonment, but troops killed all six attackers in a "
                          "gunfight, the military said. Jaish al-Fursan claimed responsibility.")
    gunfight = next(e for e in found if e.trigger.text == "gunfight")
    assert gunfight.agent is None
    claim = next(e for e in found if e.trigger.text == "claimed")
    assert all(found[i] is not gunfight for i in claim.about)


def test_not_saying_how_many_says_nothing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Israeli military said it had killed militants inside the school. It did not say how many.")
    assert [e.trigger.text for e in _of(found, "Statement")] == ["said"]


def test_an_honorific_is_no_part_of_the_name(resolved) -> None:  # type: ignore[no-untyped-def]
    labels = {e.label for e in resolved("The army said it had killed Hezbollah leader Sayyed Hassan Nasrallah.").entities}
    assert "Hassan Nasrallah" in labels, labels


def test_a_missile_fired_by_a_group_strikes_for_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A missile fired by Yemen's Houthi rebels struck a playground in Jaffa early on Saturday, "
                          "lightly wounding 16 people.")
    attack, = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert _name(names, attack.agent) == "Houthis"
    assert _name(names, _of(found, "Injury")[0].agent) == "Houthis"


def test_those_who_shot_at_a_plane_are_no_target(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Flights were suspended days after gangs shot at a commercial plane landing at the airport.")
    shot = next(e for e in found if e.trigger.text == "shot")
    assert shot.agent_phrase is not None and shot.agent_phrase.text == "gangs" and shot.target_phrase != shot.agent_phrase


def test_displacement_camps_however_parsed_are_no_displacement(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Paramilitary forces shelled the city and two nearby displacement camps.")
    assert not _of(found, "Displacement")


def test_a_gang_leader_of_a_country_is_not_the_country(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Haiti gang leader says his fighters will keep attacking police stations")
    statement, = _of(found, "Statement")
    assert statement.agent is None
    attack = next(e for e in found if e.cls == "Attack")
    assert attack.status == "Planned"  # attacks to come


def test_attacks_that_would_continue_are_to_come(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The gang leader said his fighters would continue attacks on police stations.")
    assert _of(found, "Attack")[0].status == "Planned"


def test_the_first_time_a_strike_was_made_is_the_strike_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli warplanes struck the port of Hodeidah in Yemen on Saturday, the military said. It was "
                          "the first time Israel had publicly struck Yemen.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1


def test_what_it_was_when_it_was_ambushed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen opened fire on a convoy of vehicles carrying passengers on Thursday, killing 42 people. "
                          "The convoy was travelling under police escort when it was ambushed in the Kurram district.")
    assert len(_of(found, "Attack")) == 1


def test_the_bombing_after_an_airstrike_is_its_bombs(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Colombia's military killed a rebel commander in an airstrike in Guaviare on Thursday, the "
                          "minister said. Seven other fighters were killed in the bombing.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike", "Bombing")]) == 1


def test_who_lost_a_man_in_a_raid_did_not_kill_him(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli forces rescued four hostages in a raid on the Nuseirat camp on Saturday, the military "
                          "said. An Israeli police officer was killed during the raid, police said.")
    killing = next(e for e in found if e.cls == "Killing")
    assert killing.agent is None


def test_a_rank_before_a_hyphenated_name_makes_a_speaker(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Army chief General Waker-Uz-Zaman said the military would form an interim government.")
    statement, = _of(found, "Statement")
    assert _name(names, statement.agent) == "Waker-Uz-Zaman"


def test_a_leader_fleeing_is_no_displacement(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Prime Minister Sheikh Hasina resigned and fled the country on Monday.")
    assert not _of(found, "Displacement")


def test_protests_called_for_are_to_come(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Opposition leader Venancio Mondlane has called for more protests.")
    assert _of(found, "Protest")[0].status == "Planned"


def test_five_of_them_are_the_five_of_the_headline(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Suicide bomber kills five Chinese engineers in Pakistan\n\nISLAMABAD (AP) - A suicide bomber "
                          "rammed an explosives-laden car into a convoy carrying Chinese engineers on Tuesday, killing "
                          "five of them, police said.")
    assert len(_of(found, "Killing")) == 1


def test_a_group_which_denied_involvement_denies_the_involvement(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel blamed Hezbollah, which denied any involvement.")
    denial = next(e for e in found if e.trigger.text == "denied")
    assert denial.content is not None and denial.content.text == "any involvement"


def test_a_headline_of_irregular_plurals_is_english(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen storm Mali village, kill 25\n\nBAMAKO (Reuters) - Suspected jihadists stormed a "
                          "village in central Mali on Wednesday and killed at least 25 civilians, officials said.")
    attack = next(e for e in found if e.cls == "Attack")
    assert attack.trigger.text == "storm"  # the headline's, told again by the lede


def test_a_charity_is_a_body_and_the_charity_speaks_for_it(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("Israeli strike kills seven World Central Kitchen aid workers\n\nAn Israeli airstrike killed seven aid "
            "workers with the charity World Central Kitchen in central Gaza, the group said. The convoy was hit after "
            "leaving a warehouse, the charity said.")
    types = {e.label: e.cls for e in resolved(text).entities}
    assert types.get("World Central Kitchen") == "Organisation", types
    found, names = events(text)
    assert _name(names, _of(found, "Statement")[-1].agent) == "World Central Kitchen"


def test_a_speaker_accuses_after_a_report_the_tagger_gave_its_auxiliary(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Congo's government said the city had not been taken and accused Rwanda of violating its "
                          "sovereignty. Amnesty International said the death toll could be higher and accused the "
                          "authorities of failing to protect rural communities.")
    accusations = _of(found, "Accusation")
    assert [_name(names, e.agent) for e in accusations] == ["Congolese government", "Amnesty International"], \
        [(e.trigger.text, _name(names, e.agent)) for e in accusations]
    assert all(e.status is None for e in accusations)  # the speaker's "could" is not the accusation's
    said = [e.content.text for e in _of(found, "Statement") if e.content is not None]
    assert said == ["the city had not been taken", "the death toll could be higher"], said  # the accusing is no report


def test_a_town_shelled_and_destroyed_shares_the_will(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army said the town would be shelled and destroyed.")
    assert all(e.status == "Planned" for e in found if e.cls != "Statement"), [(e.trigger.text, e.status) for e in found]


def test_an_office_named_on_the_spot_past_its_place(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("President Volodymyr Zelenskyy condemned the attack. "
            "The acting mayor of Sumy, Artem Kobzar, declared three days of mourning.")
    assert "Artem Kobzar" in {e.label for e in resolved(text).entities}  # the given name the tagger left out
    found, names = events(text)
    declared = next(e for e in found if e.trigger.text == "declared")
    assert _name(names, declared.agent) == "Artem Kobzar"  # the mayor, not the president named before


def test_its_soldiers_are_the_second_sayings_speaker(events, resolved) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Syrian insurgents led by Hayat Tahrir al-Sham swept into Aleppo on Saturday. The Syrian army "
                          "acknowledged that the insurgents had entered large parts of the city and said dozens of its "
                          "soldiers had been killed.")
    killed = next(e for e in found if e.cls == "Killing")
    assert _name(names, killed.target) == "Syrian forces"  # the army's own, not the insurgents'
    told = resolved("Governor Ali Musa said the Tigray People's Liberation Front had attacked him and then "
                    "complained that they continued to assail his candidacy.")
    labels = {e.key: e.label for e in told.entities}
    attack = next(e for e in told.extraction.events if e.trigger.text == "assail")
    assert attack.agent is not None and labels[told.mention_keys[attack.agent]] == "Tigray People's Liberation Front"
    # ("they" are no man)


def test_a_rescue_group_counting_the_dead_is_no_armed_group(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved(
        "Russian jets struck rebel-held areas of Idlib province, killing at least 16 people, according to the "
        "White Helmets rescue group. The attack was claimed by the Dawlah Islamiyah group.").entities}
    assert types.get("White Helmets") == "Organisation", types
    assert types.get("Dawlah Islamiyah") == "ArmedGroup", types  # (a group that claims an attack stays armed)


def test_a_headlines_kill_read_as_a_noun_is_the_strikes_toll(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("US strikes on Yemen's Houthis kill at least 31, rebels say\n\nSANAA, Yemen (AP) - Houthi "
                          "officials said the toll had risen.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) in ("United States", "US forces"), _name(names, killing.agent)
    assert killing.target is None  # the Houthis were struck; who died is not said
    strikes = next(e for e in found if e.trigger.text == "strikes")
    assert _name(names, strikes.target) == "Houthis"
    assert strikes.target_phrase is None or "kill" not in strikes.target_phrase.text, strikes.target_phrase


def test_a_countrys_capitalised_ministry_and_minister(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("Israel's Defense Minister Israel Katz said the military would strike again.\n\n"
            "Syria's Health Ministry said three people were killed.")
    labels = {e.label for e in resolved(text).entities}
    assert "Defense Minister" not in labels, labels  # a title is no person
    found, names = events(text)
    assert [_name(names, e.agent) for e in _of(found, "Statement")] == ["Israel Katz", "Syrian Health Ministry"]


def test_the_group_is_no_body_only_attacked(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Baloch Liberation Army claimed responsibility for the attack on the Jaffar Express and "
                          "said it was holding 182 hostages. The group threatened to kill them if the army launched a "
                          "rescue operation.")
    threat = _of(found, "Threat")[0]
    assert _name(names, threat.agent) == "Baloch Liberation Army"  # not the train it attacked


def test_troops_that_would_begin_pulling_out_have_not_yet(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Syria's government announced a new ceasefire and said its troops would begin pulling out of "
                          "the city. Rebels began withdrawing from Sweida on Monday.")
    withdrawals = _of(found, "Withdrawal")
    assert [e.status for e in withdrawals] == ["Planned", None], [(e.trigger.text, e.status) for e in withdrawals]


def test_government_forces_another_army_would_strike_are_not_its_own(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli warplanes struck the Syrian army headquarters in Damascus on Wednesday.\n\n"
                          "Syria's Health Ministry said three people were killed. Israel's Defense Minister Israel Katz "
                          "said the military would continue to strike government forces until they withdrew from Sweida.")
    strike = next(e for e in found if e.trigger.text == "strike")
    assert (_name(names, strike.agent), _name(names, strike.target)) == ("Israel Defense Forces", "Syrian forces")
    withdrawal = _of(found, "Withdrawal")[0]
    assert _name(names, withdrawal.agent) == "Syrian forces" and withdrawal.status == "Planned"


def test_a_countrys_name_on_a_train_places_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen hijack Pakistan passenger train carrying 400\n\nQUETTA, Pakistan (AP) - Separatist "
                          "militants blew up a railway track on Tuesday, officials said.")
    hijack = next(e for e in found if e.trigger.text == "hijack")
    assert _name(names, hijack.target) != "Pakistan" and hijack.target_phrase is not None \
        and hijack.target_phrase.text.endswith("train"), (_name(names, hijack.target), hijack.target_phrase)


def test_a_strike_targeting_a_chief_killed_not_the_chief(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli strike targeting Hamas' shadowy military chief killed at least 90 people in a "
                          "crowded Gaza tent camp on Saturday, the territory's Health Ministry said.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) == "Israel Defense Forces", _name(names, killing.agent)


def test_two_speakers_after_the_report_speak(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Boko Haram militants killed at least 20 farmers working in their fields near the town of "
                          "Dumba in Borno state on Saturday, a local militia leader and a resident said.")
    said = _of(found, "Statement")[0]
    assert said.agent is None and said.agent_phrase is not None and "leader" in said.agent_phrase.text, \
        (_name(names, said.agent), said.agent_phrase)


def test_a_suspected_group_is_named_without_the_hedge(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved(
        "Suspected Allied Democratic Forces rebels attacked worshippers at a Catholic church in the village of "
        "Mayikengo in North Kivu province on Thursday, killing at least 12 people, a local official said.").entities}
    assert types.get("Allied Democratic Forces") == "ArmedGroup", types
    assert not any(label.startswith("Suspected") for label in types), types


def test_a_body_named_after_its_acronym_is_no_person(resolved) -> None:  # type: ignore[no-untyped-def]
    told = resolved("More than 1,400 people were abducted across the country between July 2023 and June 2024, "
                    "according to SBM Intelligence, a Lagos-based consultancy.")
    types = {e.label: e.cls for e in told.entities}
    assert types.get("SBM Intelligence") == "Organisation" and "Intelligence" not in types, types
    labels = {e.key: e.label for e in told.entities}
    relations = {(labels[told.mention_keys[r.subject]], r.predicate, labels[told.mention_keys[r.object]])
                 for r in told.extraction.relations}
    assert ("SBM Intelligence", "basedIn", "Lagos") in relations, relations  # a body sits where it is based too


def test_a_count_the_parser_hung_on_an_adverb_counts(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Russian drone attack on the central Ukrainian city of Dnipro killed four people and injured "
                          "at least 20 overnight, regional governor Serhiy Lysak said on Thursday.")
    injury = _of(found, "Injury")[0]
    assert (injury.injured, injury.count_qualifier) == (20, "at least")


def test_what_fell_is_ground_and_troops_accused_in_a_headline_are_the_accused(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Myanmar's military government said its troops had recaptured the town of Kyaukme in "
                          "northern Shan state, four months after it fell to the Ta'ang National Liberation Army.")
    fell = next(e for e in found if e.trigger.text == "fell to")
    assert (_name(names, fell.agent), _name(names, fell.target)) == ("Ta'ang National Liberation Army", "Kyaukme")
    found, names = events("Ethiopian troops accused of killing civilians in Amhara\n\nADDIS ABABA (Reuters) - Amnesty "
                          "International published a report on Tuesday.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) == "Ethiopian National Defense Force" and killing.status == "Alleged"


def test_the_army_chief_is_the_man_named_army_chief(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Bangladesh's Prime Minister Sheikh Hasina resigned and fled the country on Monday after weeks "
                          "of deadly protests, army chief Gen. Waker-Uz-Zaman said in a televised address.\n\nThe army "
                          "chief said an interim government would be formed and called on protesters to stop the "
                          "violence.")
    said = _of(found, "Statement")
    assert _name(names, said[-1].agent) == "Waker-Uz-Zaman", [_name(names, e.agent) for e in said]


def test_its_consulate_avenged_is_the_avengers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran launched more than 300 drones and missiles at Israel late Saturday in its first direct "
                          "military attack on the country, in retaliation for a strike on its consulate in Damascus that "
                          "killed two Iranian generals.")
    strike = next(e for e in found if e.trigger.text == "strike")
    assert _name(names, strike.target) == "Iran", _name(names, strike.target)


def test_gunmen_at_a_citys_concert_hall_hit_the_hall_in_the_city(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen open fire at Moscow concert hall, killing dozens\n\nMOSCOW (Reuters) - The Islamic "
                          "State group claimed responsibility.")
    attack = _of(found, "Attack")[0]
    assert _name(names, attack.target) != "Moscow" and _name(names, attack.place) == "Moscow"


def test_the_city_is_not_the_territory_owning_the_speaker(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli tanks pushed into southern and eastern parts of Deir al-Balah on Monday.\n\n"
                          "Gaza's Health Ministry said at least three people were killed by Israeli shelling in the city.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.place) == "Deir al-Balah", _name(names, killing.place)
    assert _name(names, _of(found, "Statement")[0].agent) == "Gaza Strip Health Ministry"


def test_a_second_saying_says_its_own_clause_not_the_firsts_quote(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran's mission to the United Nations said the matter \"can be deemed concluded,\" but warned "
                          "that Iran would respond more severely if Israel retaliated.")
    warned = next(e for e in found if e.trigger.text == "warned")
    assert warned.content is not None and warned.content.text.startswith("Iran would respond"), warned.content


def test_a_given_name_the_tagger_took_for_a_body_is_the_titled_man(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved(
        "Oleksandr Syrskyi, the commander of Ukraine's armed forces, said he had decided to pull units out of the "
        "town.").entities}
    assert types.get("Oleksandr Syrskyi") == "Person" and "Oleksandr" not in types, types


def test_the_military_is_no_police_force_named_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli special forces rescued four hostages held by Hamas in central Gaza on Saturday. An "
                          "Israeli police officer was killed during the operation, the military said.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Israel Defense Forces"


def test_a_name_hung_on_a_blast_does_not_kill(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A massive explosion at Iran's largest commercial port, Shahid Rajaee near Bandar Abbas, "
                          "killed at least 40 people and injured more than 1,000 on Saturday, state media reported.")
    assert all(e.agent is None for e in found if e.cls in ("Killing", "Injury")), \
        [(e.cls, _name(names, e.agent)) for e in found]


def test_the_paramilitary_force_is_the_armed_group_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's Rapid Support Forces attacked the Abu Shouk displacement camp on Monday. The "
                          "paramilitary force has besieged El Fasher, the army's last stronghold in Darfur, since May 2024.")
    siege = _of(found, "Siege")[0]
    assert _name(names, siege.agent) == "Rapid Support Forces"


def test_a_harm_hung_in_anothers_attack_and_a_gapped_one_in_the_strikes(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel strikes Yemen's Hodeidah port after Houthi drone hits Tel Aviv\n\nJERUSALEM (AP) - "
                          "Israeli warplanes struck the Houthi-held port of Hodeidah in Yemen on Saturday, a day after a "
                          "Houthi drone attack killed one person in Tel Aviv, in Israel's first direct attack on the "
                          "group.\n\nThe Houthi-run health ministry said six people were killed and 83 injured in the "
                          "strikes, which hit oil storage facilities and a power station.")
    tel_aviv = next(e for e in found if e.cls == "Killing" and e.fatalities == 1)
    assert _name(names, tel_aviv.agent) == "Houthis"
    assert all(_name(names, e.place) != "Tel Aviv" for e in found
               if _name(names, e.agent) in ("Israel", "Israel Defense Forces")), \
        [(e.trigger.text, _name(names, e.agent), _name(names, e.place)) for e in found]
    six = next(e for e in found if e.cls == "Killing" and e.fatalities == 6)
    assert _name(names, six.agent) in ("Israel", "Israel Defense Forces"), _name(names, six.agent)  # as the injured


def test_a_bus_evacuating_civilians_is_struck_and_evacuates(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hours after the talks, a Russian drone struck a bus evacuating civilians from the town of "
                          "Bilopillia in Sumy region, killing nine people, Ukrainian officials said.")
    evacuation = _of(found, "Displacement")[0]
    assert evacuation.agent is None and evacuation.part_of is None  # the bus's, not the drone's
    strike = next(e for e in found if e.cls in ("Attack", "Airstrike"))
    assert strike.target_phrase is not None and strike.target_phrase.text.endswith("bus")


def test_violence_named_by_its_place_and_a_town_blockaded(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Colombia's Catatumbo violence displaces 32,000 as ELN battles FARC dissidents\n\nBOGOTA "
                          "(Reuters) - Officials said on Monday the fighting went on.")
    assert _name(names, _of(found, "Displacement")[0].agent) != "Colombia"  # where it raged, not who did it
    found, names = events("JNIM fighters attacked an army base in northern Burkina Faso on Sunday. Hundreds of thousands "
                          "of people have fled Djibo since jihadists blockaded it in 2022.")
    assert _name(names, _of(found, "Siege")[0].target) == "Djibo"


def test_a_place_hung_on_what_went_on_during_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Armed bandits stormed a mosque during prayers in Nigeria's northwestern Zamfara state on "
                          "Monday and abducted about 50 worshippers, residents said.")
    assert _name(names, _of(found, "Attack")[0].place) == "Zamfara"


def test_across_the_country_is_the_storys_country(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("KYIV (Reuters) - Russia fired 120 missiles at Ukraine's energy infrastructure on Sunday, "
                          "Ukrainian officials said.\n\nPoland scrambled fighter jets to secure its airspace during the "
                          "attack.\n\nEnergy Minister Herman Halushchenko said power plants and substations were hit "
                          "across the country.")
    hit = next(e for e in found if e.trigger.text == "hit")
    assert _name(names, hit.place) == "Ukraine", _name(names, hit.place)


def test_what_caught_fire_was_not_fired_at_and_control_of_it_is_ground(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia's Defence Ministry said several aircraft had caught fire at air bases in the Murmansk "
                          "region.")
    assert not [e for e in found if e.cls == "Attack"], [e.trigger.text for e in found]
    found, names = events("The United Nations said more than 500,000 people had fled Gezira state since the RSF took "
                          "control of it.")
    taken = _of(found, "Capture")[0]
    assert (_name(names, taken.agent), _name(names, taken.target)) == ("Rapid Support Forces", "Gezira")


def test_the_place_given_the_last_of_a_list_of_targets(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen opened fire on two Orthodox churches, a synagogue and a police post in Russia's "
                          "Dagestan region on Sunday, killing at least 15 police officers, authorities said.")
    assert _name(names, _of(found, "Attack")[0].place) == "Dagestan"


def test_killings_a_junta_is_accused_of_by_rights_groups_are_alleged(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The military junta has been accused by rights groups of carrying out reprisal killings against "
                          "civilians suspected of supporting militants.")
    assert _of(found, "Killing")[0].status == "Alleged"


def test_an_army_base_bombing_is_no_armys_deed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pakistan army base bombing kills 18 in Bannu\n\nPESHAWAR, Pakistan (AP) - Officials gave the "
                          "toll on Tuesday.")
    assert all(_name(names, e.agent) != "Pakistani forces" for e in found), [(e.trigger.text, _name(names, e.agent))
                                                                            for e in found]


def test_a_missile_fired_by_a_group_at_nothing_hit_what_it_hit(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A ballistic missile fired by Yemen's Houthis hit the grounds of Ben Gurion airport on Sunday, "
                          "the Israeli military said.")
    hit = next(e for e in found if e.trigger.text == "hit")
    assert _name(names, hit.agent) == "Houthis" and _name(names, hit.target) == "Ben Gurion"


def test_the_defence_ministry_is_that_of_the_forces_acting(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Turkish warplanes struck PKK targets in Iraq and Syria hours later, the Defence Ministry said.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Turkish Defence Ministry"


def test_children_killed_by_their_captors_are_nobody_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hamas said the children had been killed in an Israeli airstrike. Israel said they had been "
                          "killed by their captors. Netanyahu called it a \"cruel and malicious\" violation of the "
                          "ceasefire deal and vowed that Hamas would pay.")
    second = [e for e in found if e.cls == "Killing"][-1]
    assert second.agent is None and second.target is None, (_name(names, second.agent), _name(names, second.target))
    vowed = next(e for e in found if e.trigger.text == "vowed")
    assert vowed.content is not None and vowed.content.text == "Hamas would pay", vowed.content


def test_the_group_is_the_charity_named_where_no_armed_group_is(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli airstrike killed seven aid workers with the charity World Central Kitchen as they "
                          "traveled in a convoy in central Gaza, the group said on Tuesday.")
    assert _name(names, _of(found, "Statement")[0].agent) == "World Central Kitchen"


def test_people_killed_in_strikes_on_a_district_died_there(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Israeli military ordered residents of Shejaia, an eastern district of Gaza City, to leave."
                          "\n\nGaza's civil defence agency said at least six people were killed in Israeli airstrikes on "
                          "the district.")
    killing = _of(found, "Killing")[0]
    assert killing.target is None and killing.place is not None  # the people, not the place, were killed


def test_the_governor_is_named_after_a_site_in_his_region(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Drones struck an oil depot in Russia's Bryansk region overnight, causing a fire, the regional "
                          "governor said on Sunday.\n\nGovernor Alexander Bogomaz said the fire at the Rosneft refinery "
                          "had been put out.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Alexander Bogomaz"


def test_an_alliance_of_armed_groups_is_the_one_named_after(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An alliance of ethnic minority armed groups said on Monday it had captured the town of "
                          "Hpakant.\n\nThe Kachin Independence Army said its fighters had also seized a jade mine.")
    said = _of(found, "Statement")[0]
    assert _name(names, said.agent) == "Kachin Independence Army", _name(names, said.agent)
    # and nothing of the sort where the alliance is of others: "an alliance of opposition parties"
    found, names = events("An alliance of opposition parties said on Monday it would boycott the vote.\n\n"
                          "The Kachin Independence Army said its fighters had seized a jade mine.")
    assert _of(found, "Statement")[0].agent is None


def test_those_blamed_for_blowing_it_up_blew_up_the_site(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The ministry denied shelling the dam and blamed the Wagner Group, a private army, for "
                          "blowing it up.")
    blast = next(e for e in found if e.trigger.text == "blowing")
    assert _name(names, blast.agent) == "Wagner Group" and blast.target is None, \
        (_name(names, blast.agent), _name(names, blast.target))


def test_strikes_vowed_an_answer_were_made(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The movement vowed on Saturday to respond to American strikes on its bases.")
    strikes = next(e for e in found if e.trigger.text == "strikes")
    assert strikes.status is None
    found, names = events("The army vowed to respond to any attack on its positions.")
    assert next(e for e in found if e.trigger.text == "attack").status == "Planned"


def test_a_quarter_named_like_a_town_elsewhere_is_the_quarter(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = "An air strike flattened houses in the Dar es Salaam neighbourhood of Omdurman on Saturday, residents said."
    done = resolved(text)
    quarter = next(e for e in done.entities if e.label == "Dar es Salaam")
    assert quarter.cls == "Place" and quarter.key != "dar-es-salaam"  # not Tanzania's city
    assert ("Dar es Salaam", "locatedIn", None, "Omdurman") in _relations(done), _relations(done)
    found, names = events(text)
    assert _name(names, _of(found, "Airstrike")[0].place) == "Dar es Salaam"


def test_the_quarter_of_a_known_town_is_the_place(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = "Israeli forces pushed into the Gaza City neighbourhood of Zeitoun on Tuesday, residents said."
    assert ("Zeitoun", "locatedIn", None, "Gaza City") in _relations(resolved(text)), _relations(resolved(text))
    found, names = events(text)
    assert _name(names, _of(found, "Attack")[0].place) == "Zeitoun"


def test_a_theatre_is_a_building(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("The aircraft dropped a bomb on the Drama Theatre in Mariupol, the city council said.")
    assert {e.label: e.cls for e in done.entities}.get("Drama Theatre") == "Facility"


def test_the_last_of_three_verbs_shares_the_first_ones_place_and_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("In the deadliest attack, gunmen stopped a bus on a highway in Kalat district, checked the "
                          "passengers' papers and shot dead 11 people, police said.")
    attack, killing = _of(found, "Attack")[0], _of(found, "Killing")[0]
    assert _name(names, killing.place) in ("Kalat", "Kalat district") and killing.part_of == found.index(attack), \
        (_name(names, killing.place), killing.part_of)


def test_what_a_leader_said_it_was_holds_no_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia fired dozens of missiles at cities across Ukraine on Monday, killing at least 11 people, "
                          "in what President Vladimir Putin said was retaliation for an attack on a bridge.")
    killing = _of(found, "Killing")[0]
    assert killing.part_of is None or found[killing.part_of].cls not in ("Statement", "Accusation")


def test_a_copula_lends_no_date_of_what_it_was_retaliation_for(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran said the attack was retaliation for a suspected Israeli strike on its embassy in Beirut "
                          "on April 1.")
    attack = next(e for e in found if e.trigger.text == "attack")
    assert attack.date is None, attack.date


def test_a_day_the_tagger_calls_a_time_dates_the_attack(events) -> None:  # type: ignore[no-untyped-def]
    # (the tagger's TIME: "late Saturday")
    found, names = events("Iran launched more than 300 drones and missiles at Israel late Saturday in its first direct "
                          "military attack on the country, the Israeli military said.")
    attack = _of(found, "Attack")[0]
    assert attack.date is not None and attack.date.value == "2024-06-15", attack.date


def test_an_agency_for_two_things_is_one_agency(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("The tanker was holed near the waterline, the Russian Federal Agency for Maritime and River Transport "
                    "said.")
    labels = {e.label for e in done.entities}
    assert "Russian Federal Agency for Maritime and River Transport" in labels and "Maritime" not in labels, labels


def test_the_agency_is_the_service_just_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A source in Ukraine's SBU security service told Reuters the agency had carried out the attack "
                          "on the bridge.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Security Service of Ukraine"


def test_a_sea_drone_is_its_countrys_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Ukrainian sea drone struck a Russian fuel tanker near the Kerch Strait late on Friday.")
    assert _name(names, found[0].agent) == "Ukrainian forces", [(e.cls, _name(names, e.agent)) for e in found]


def test_fighters_believed_to_be_of_a_group_are_the_groups(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The gunmen, believed to be from the Allied Democratic Forces, attacked the village with machetes "
                          "on Sunday, a local official said.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Allied Democratic Forces"


def test_a_relative_report_without_its_pronoun_says_the_words_after(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli strike on a tent camp killed at least 90 Palestinians, the health ministry said, in "
                          "an attack Israel said targeted Hamas military commander Mohammed Deif.")
    said = next(e for e in found if e.cls == "Statement" and _name(names, e.agent) == "Israel")
    assert said.content is not None and said.content.text == "targeted Hamas military commander Mohammed Deif", said.content


def test_a_party_named_beside_its_kind_is_a_body(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Khan's party, Pakistan Tehreek-e-Insaf, called on supporters to continue protesting.")
    assert _name(names, found[0].agent) == "Pakistan Tehreek-e-Insaf", [(e.cls, _name(names, e.agent)) for e in found]


def test_a_concert_hall_is_a_building_a_city_hall_is_not(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Gunmen burst into the Crocus City Hall near Moscow on Friday and opened fire on the audience.")
    assert {e.label: e.cls for e in done.entities}.get("Crocus City Hall") == "Facility"
    done = resolved("City Hall said the curfew would be lifted on Monday.")
    assert {e.label: e.cls for e in done.entities}.get("City Hall") != "Facility"


def test_who_set_off_explosions_made_them(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The attackers also set off explosions that started a huge fire, the committee said.")
    blasts = next(e for e in found if e.trigger.text == "explosions")
    assert blasts.agent_phrase is not None and blasts.agent_phrase.text == "The attackers"


def test_the_attack_an_army_repelled_is_not_its_own_airstrike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Syrian rebels launched a major offensive west of Aleppo on Wednesday, rebel commanders said. "
                          "Syrian army aircraft struck rebel-held towns in Idlib province in response. The Syrian army "
                          "said it had repelled the attack.")
    said = [e for e in found if e.cls == "Statement"][-1]
    assert said.about and found[said.about[0]].cls == "Attack" and found[said.about[0]].trigger.text == "offensive", \
        [(found[i].cls, found[i].trigger.text) for i in said.about]


def test_a_verb_before_a_title_is_no_part_of_it(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("The attack on the National Penitentiary in Port-au-Prince came as gang leader Jimmy Cherizier "
                    "called for the ouster of the prime minister.")
    assert not [r for r in _relations(done) if r[0] == "Jimmy Cherizier" and r[1] == "memberOf"], _relations(done)
    types = {e.label: e.cls for e in done.entities}
    assert types.get("National Penitentiary") == "Facility" and types.get("Port-au-Prince") == "City", types
    assert ("National Penitentiary", "locatedIn", None, "Port-au-Prince") in _relations(done)


def test_strikes_in_a_retaliatory_attack_make_it_theirs(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel strikes military sites in Iran in retaliatory attack\n\nJERUSALEM (AP) - Israel launched "
                          "airstrikes against Iran early Saturday, targeting military sites in retaliation for Iran's "
                          "ballistic missile attack on Israel earlier this month.")
    strikes = found[0]
    assert strikes.part_of is not None
    whole = found[strikes.part_of]
    assert _name(names, whole.agent) == "Israel", (whole.trigger.text, _name(names, whole.agent))


def test_an_attack_named_by_its_day_was_made_whoever_planned_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The military said the strike killed a commander who had helped plan the October 7 attack on "
                          "Israel.")
    assert next(e for e in found if e.trigger.text == "attack").status is None
    found, names = events("The military said the commander had helped plan next week's attack on the base.")
    assert next(e for e in found if e.trigger.text == "attack").status == "Planned"


def test_a_headlines_run_ministry_is_the_ledes(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli strike on Jabalia camp kills dozens, Hamas-run ministry says\n\nGAZA (Reuters) - An "
                          "Israeli air strike hit the Jabalia refugee camp on Tuesday, killing at least 50 Palestinians, "
                          "according to the Hamas-run health ministry.")
    speakers = {_name(names, e.agent) for e in found if e.cls == "Statement"}
    assert speakers == {"Hamas Health Ministry"}, speakers
    assert "Hamas-run" not in names


def test_a_bodys_national_section_is_the_body(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Amnesty International Kenya said officers had used excessive force.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Amnesty International"


def test_protesters_in_the_capital_demonstrate_not_the_capital(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Police fired tear gas on Tuesday at protesters in the capital Nairobi demonstrating against "
                          "proposed tax increases.")
    protest = _of(found, "Protest")[0]
    assert protest.agent is None and protest.agent_phrase is not None and protest.agent_phrase.text == "protesters"


def test_a_governor_with_a_rank_is_a_man(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("The attacks took place on Thursday night, regional governor Lt. Col. Rodolphe Sorgho said in a "
                    "statement.")
    assert {e.label: e.cls for e in done.entities}.get("Rodolphe Sorgho") == "Person"


def test_an_adviser_in_a_body_is_its_member(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("An Israeli air strike outside Damascus on Monday killed a senior adviser in Iran's Revolutionary "
                    "Guards, Razi Mousavi, Iranian state media reported.")
    assert any(r[0] == "Razi Mousavi" and r[1] == "memberOf" and r[3] == "Islamic Revolutionary Guard Corps"
               for r in _relations(done)), _relations(done)
    done = resolved("A journalist in Pakistan, Arshad Sharif, was shot dead.")
    assert not [r for r in _relations(done) if r[1] == "memberOf"], _relations(done)


def test_shelling_a_demonym_names_is_its_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Moscow-installed officials said the dam had been damaged by Ukrainian shelling.")
    shelling = next(e for e in found if e.trigger.text == "shelling")
    assert _name(names, shelling.agent) == "Ukrainian forces"


def test_a_disaster_kills_and_displaces_in_no_conflict_event(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Libya floods: death toll in Derna rises above 5,000\n\nBENGHAZI (Reuters) - The death toll from "
                          "floods that swept through the city of Derna rose above 5,000 on Wednesday, officials said.")
    assert not [e for e in found if e.cls in ("Killing", "Displacement")], [(e.cls, e.trigger.text) for e in found]


def test_a_formal_protest_is_no_demonstration(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iraq said it would summon the U.S. charge d'affaires in Baghdad to deliver a formal protest.")
    assert not _of(found, "Protest")
    found, names = events("Thousands joined a protest against the government in Baghdad on Friday.")
    assert _of(found, "Protest")


def test_a_date_hung_on_where_dates_the_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The strikes were in retaliation for a drone attack that killed three U.S. soldiers at a base in "
                          "Jordan last month.")
    killing = _of(found, "Killing")[0]
    assert killing.date is not None and killing.date.value == "2024-05", killing.date


def test_a_toll_since_a_year_is_not_that_years(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The insurgency has killed more than 4,000 people and displaced about a million since 2017.")
    assert all(e.date is None for e in found if e.cls in ("Killing", "Displacement")), [(e.cls, e.date) for e in found]


def test_they_a_ministry_adds_are_not_the_ministry(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Mexican soldiers killed 19 suspected cartel members near Culiacan on Monday. The soldiers were "
                          "attacked while patrolling a rural area, the ministry said, adding that they arrested the suspected "
                          "leader of a local cell.")
    arrest = _of(found, "Arrest")[0]
    assert _name(names, arrest.agent) != "Mexican Defence Ministry", _name(names, arrest.agent)
    attacked = next(e for e in found if e.trigger.text == "attacked")
    assert _name(names, attacked.target) == "Mexican forces"


def test_a_headlines_gunmen_are_the_ledes_members(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Mexican soldiers kill 19 suspected cartel gunmen in Sinaloa\n\nMEXICO CITY (Reuters) - Mexican "
                          "soldiers killed 19 suspected cartel members in a shootout near the city of Culiacan, the Defense "
                          "Ministry said on Tuesday.")
    assert len(_of(found, "Killing")) == 1, [(e.trigger.text, e.target_phrase) for e in _of(found, "Killing")]


def test_a_spokesperson_named_after_the_title_is_a_person(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Government spokesperson Legesse Tulu did not respond to requests for comment.")
    assert {e.label: e.cls for e in done.entities}.get("Legesse Tulu") == "Person"


def test_a_peoples_separatist_groups_are_no_body(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Pakistan's foreign ministry said the strikes targeted Baloch separatist groups.")
    assert "Baloch" not in {e.label for e in done.entities}


def test_a_denominations_church_is_a_body(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("He was handed over to a commission including representatives of the Catholic Church. Gunmen attacked "
                    "St. Joseph Catholic Church in Kaduna on Sunday.")
    types = {e.label: e.cls for e in done.entities}
    assert types.get("Catholic Church") == "Organisation", types


def test_no_event_is_part_of_itself(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian drones hit Odesa port, destroying grain stores\n\nKYIV (Reuters) - Russian drones struck "
                          "Ukraine's Odesa region overnight, hitting port infrastructure and destroying a grain warehouse, "
                          "Ukrainian officials said on Monday.")
    for start, event in enumerate(found):
        seen, k = {start}, event.part_of
        while k is not None:
            assert k not in seen, [(e.trigger.text, e.part_of) for e in found]
            seen.add(k)
            k = found[k].part_of


def test_the_army_chief_is_the_man_named_army_chief_after(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Prime Minister Sheikh Hasina resigned and fled the country on Monday, and the army chief said an "
                          "interim government would be formed. Army chief General Waker-Uz-Zaman said in a televised "
                          "address that the military would take responsibility for law and order.")
    said = _of(found, "Statement")[0]
    assert _name(names, said.agent) == "Waker-Uz-Zaman", _name(names, said.agent)


def test_a_headlines_country_title_and_name_are_no_body(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Bangladesh PM Hasina resigns and flees as protesters storm her palace\n\nDHAKA (Reuters) - Bangladesh "
                    "Prime Minister Sheikh Hasina resigned on Monday.")
    labels = {e.label for e in done.entities}
    assert "Bangladesh PM Hasina" not in labels and "Bangladesh" in labels, labels


def test_people_killed_gathered_for_a_festival_are_counted(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A military drone strike mistakenly killed at least 85 civilians gathered for a religious festival "
                          "in a village in northern Kaduna state, officials said on Tuesday.")
    assert _of(found, "Killing")[0].fatalities == 85


def test_a_holidays_name_is_no_place(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Survivors said the villagers had been celebrating the Muslim holiday of Mawlid when the bombs hit.")
    assert "Mawlid" not in {e.label for e in done.entities}


def test_a_headlines_engineers_are_the_ledes_nationals(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Suicide bomber kills five Chinese engineers in Pakistan\n\nPESHAWAR, Pakistan (AP) - A suicide "
                          "bomber rammed a vehicle into a convoy in northwest Pakistan on Tuesday, killing five Chinese "
                          "nationals, police said.")
    assert len(_of(found, "Killing")) == 1


def test_a_headlines_order_is_planned_and_made_to_the_one_ordered(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Niger junta orders French ambassador to leave\n\nNIAMEY (Reuters) - The junta said on Friday it "
                          "had given the ambassador 48 hours.")
    assert not _of(found, "Withdrawal") or _name(names, _of(found, "Withdrawal")[0].agent) != "Nigerien forces"
    found, names = events("Mali junta orders rebels to withdraw from Kidal")
    withdrawal = _of(found, "Withdrawal")
    assert withdrawal and withdrawal[0].status == "Planned", [(e.cls, e.status) for e in found]


def test_a_given_name_the_tagger_took_for_a_body_speaks_with_his_surname(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Oleksandr Syrskyi said he had ordered the withdrawal to save soldiers' lives.")
    assert {e.label: e.cls for e in done.entities}.get("Oleksandr Syrskyi") == "Person", \
        {e.label: e.cls for e in done.entities}


def test_a_lower_case_front_is_an_armed_unit(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The attack in the town of Morales was carried out by the Carlos Patino front, which rejected a "
                          "2016 peace deal, the ministry said.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Carlos Patino front"


def test_a_countrys_group_said_it_is_the_group(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia's Wagner mercenary group said on Thursday it had begun withdrawing its fighters from the "
                          "city of Bakhmut.")
    assert _name(names, _of(found, "Withdrawal")[0].agent) == "Wagner Group"


def test_a_deadline_is_no_date(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Prigozhin said in a video that the handover of the positions would be complete by June 1.")
    handover = _of(found, "Handover")[0]
    assert handover.date is None, handover.date


def test_a_headlines_port_is_where_the_ledes_targets_were(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel strikes Yemen's Hodeidah port\n\nJERUSALEM (Reuters) - Israeli warplanes struck Houthi "
                          "military targets near Yemen's Hodeidah port on Saturday, the Israeli military said.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1, [(e.cls, e.trigger.text) for e in found]


def test_an_object_comes_after_its_verb(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two police officers were killed, a government spokesman said. The Tehrik-e-Taliban Pakistan "
                          "claimed responsibility.")
    claim = next(e for e in found if e.trigger.text == "claimed")
    assert claim.content is not None and claim.content.text == "responsibility", claim.content


def test_a_civil_defence_agency_is_no_land(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli strike on Gaza school kills more than 90, civil defence says\n\nCAIRO (Reuters) - An "
                          "Israeli strike on a school in Gaza City killed more than 90 people on Saturday, the Gaza civil "
                          "defence agency said.")
    speakers = {_name(names, e.agent) for e in _of(found, "Statement")}
    assert speakers == {"Gaza Strip Civil Defence"}, speakers


def test_the_town_a_camp_is_in_is_where(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli air strike set off a fire in a tent camp for displaced people in Rafah on Sunday, "
                          "killing at least 45 people, health officials said.")
    assert _name(names, _of(found, "Airstrike")[0].place) == "Rafah"


def test_a_surprise_attack_launched_is_the_launchers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hamas launches surprise attack on Israel, hundreds killed")
    assert _name(names, _of(found, "Attack")[0].agent) == "Hamas"


def test_one_event_per_class_where_one_trigger_holds_another(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Thousands of rockets were fired at Israeli cities on Saturday.")
    assert len(_of(found, "Attack")) == 1, [e.trigger.text for e in found]


def test_a_bodys_name_keeps_its_land(resolved) -> None:  # type: ignore[no-untyped-def]
    # (a guard: a prison's name runs on into its town, a body's holds it)
    done = resolved("The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed attacks on three "
                    "bases.")
    assert "Islamic Resistance in Iraq" in {e.label for e in done.entities}, {e.label for e in done.entities}


def test_across_the_country_is_not_the_attackers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A missile struck Ukraine's largest children's hospital in Kyiv on Monday as Russia launched a "
                          "barrage of strikes across the country.")
    strikes = next(e for e in found if e.trigger.text == "strikes")
    assert _name(names, strikes.place) == "Ukraine", _name(names, strikes.place)


def test_it_hit_is_the_site_just_denied_struck(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia denied striking the hospital and said a Ukrainian air defence missile had hit it.")
    hit = next(e for e in found if e.trigger.text == "hit")
    assert hit.target is None and _name(names, hit.agent) == "Ukrainian forces", \
        (_name(names, hit.target), _name(names, hit.agent))


def test_a_mission_that_speaks_is_a_body(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("International Assistance Mission said its staff had been taken from its office.")
    assert {e.label: e.cls for e in done.entities}.get("International Assistance Mission") != "Person"


def test_the_people_killed_are_no_subject_of_the_next_verb(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah fired a ballistic missile at Tel Aviv on Wednesday, the Israeli military said, as "
                          "Israeli air strikes on Lebanon killed at least 51 people and the army chief told troops to "
                          "prepare for a possible ground offensive.")
    killing = _of(found, "Killing")[0]
    assert killing.fatalities == 51
    told = next(e for e in found if e.trigger.text == "told")
    assert told.agent_phrase is None or "people" not in told.agent_phrase.text
    assert _name(names, told.agent) != "Lebanese forces"  # the land struck is not the army's


def test_an_intelligence_agency_is_no_news_agency(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Hezbollah said it had targeted the headquarters of the Mossad intelligence agency.")
    assert {e.label: e.cls for e in done.entities}.get("Mossad") not in (None, "MediaOrganisation")


def test_where_people_fled_into_is_not_where_they_fled(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Thousands of residents fled across the border into Chad, the U.N. refugee agency said.")
    assert _name(names, _of(found, "Displacement")[0].place) != "Chad"


def test_what_people_refused_to_do_was_not_done(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The RSF used heavy artillery against the village after residents refused to hand over their "
                          "weapons.")
    assert _of(found, "Handover")[0].status == "Negated"


def test_a_clergy_title_is_no_part_of_the_name(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("The attackers opened fire on the congregation, Pastor Moussa Zongo told The Associated Press.")
    assert "Moussa Zongo" in {e.label for e in done.entities}, {e.label for e in done.entities}


def test_an_attack_on_a_town_in_a_land_happened_in_the_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Members of the Gran Grif gang killed at least 20 people in an attack on the town of Pont-Sonde "
                          "in central Haiti, a rights group said.")
    assert _name(names, _of(found, "Attack")[0].place) == "Pont-Sonde"


def test_what_was_done_a_day_after_an_agreement_was_done(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Representatives of the ethnic Armenians held talks with Azerbaijani officials in the town of "
                          "Yevlakh on Thursday, a day after separatist forces agreed to lay down their arms.")
    assert _of(found, "Meeting")[0].status is None


def test_a_lands_possessive_the_tagger_took_for_a_body_is_the_land(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Representatives of Nagorno-Karabakh's ethnic Armenians held talks with Azerbaijani officials.")
    assert {e.label: e.cls for e in done.entities}.get("Nagorno-Karabakh") == "Province", \
        {e.label: e.cls for e in done.entities}


def test_a_headlines_pm_is_no_body(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Haiti gang leader demands PM resign as violence engulfs capital")
    assert "PM" not in {e.label for e in done.entities}


def test_an_embassy_evacuated_is_not_in_its_owners_land(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The United States evacuated non-essential staff from its embassy in Haiti by helicopter on "
                          "Sunday.")
    assert _name(names, _of(found, "Displacement")[0].place) != "United States"


def test_the_outskirts_of_a_town_entered_are_the_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rwanda-backed M23 rebels and Rwandan troops entered the outskirts of Goma on Sunday, Congo's "
                          "government said.")
    assert _name(names, _of(found, "Attack")[0].place) == "Goma"


def test_a_denial_goes_on_telling_in_the_deniers_voice(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Military government spokesman Maj. Gen. Zaw Min Tun denied that the headquarters had fallen, "
                          "telling state television that communication with the command had been lost.")
    denied, telling = _of(found, "Statement")
    assert _name(names, telling.agent) == "Zaw Min Tun", _name(names, telling.agent)
    assert denied.content is not None and denied.content.text == "the headquarters had fallen", denied.content


def test_a_militant_group_named_beside_it_is_armed(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("A newly formed militant group, Tehreek-e-Jihad Pakistan, claimed responsibility for the attack.")
    assert {e.label: e.cls for e in done.entities}.get("Tehreek-e-Jihad Pakistan") == "ArmedGroup", \
        {e.label: e.cls for e in done.entities}


def test_a_named_military_command_speaks_as_a_force(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukraine's Tavria military command said some soldiers had been captured by Russian forces.")
    assert _name(names, _of(found, "Statement")[0].agent) == "Tavria military command", names


def test_we_in_a_quotation_are_the_speakers_side(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events('Captain Ahmed Nur, a Somali army officer in the town of Dhusamareb, said the militants had taken '
                          'weapons. "We have retaken the base," he told AFP.')
    assert _name(names, _of(found, "Capture")[0].agent) == "Somali forces", names
    found, names = events('"Our naval forces targeted the USS Mason with a number of missiles," Houthi military spokesman '
                          'Yahya Saree said.')
    attack = _of(found, "Attack")[0]
    assert _name(names, attack.agent) == "Houthis" and _name(names, attack.target) == "USS Mason", names


def test_officers_a_force_reports_on_are_its_own(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Haitian National Police said officers had pushed the gang back and arrested four suspects.")
    assert _name(names, _of(found, "Arrest")[0].agent) == "Haitian National Police", names


def test_the_town_of_a_two_word_name_keeps_both_words(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A drone strike on a market in the town of Finote Selam killed at least 26 civilians in August, "
                          "witnesses said.")
    assert _name(names, _of(found, "Airstrike")[0].place) == "Finote Selam", names


def test_an_ethnic_militia_set_beside_a_name_is_no_new_group(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Fighting between the army and Fano, a loosely organised ethnic Amhara militia, erupted in August.")
    assert "Amhara militia" not in {e.label for e in done.entities}, {e.label for e in done.entities}


def test_what_a_strike_on_a_shelter_killed_the_strike_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli air strike on a United Nations school sheltering displaced people in the Nuseirat "
                          "refugee camp killed at least 33 people overnight, the Hamas-run government media office said.")
    killing = _of(found, "Killing")[0]
    assert killing.agent_phrase is None or "camp" not in killing.agent_phrase.text, killing.agent_phrase
    assert _name(names, killing.agent) == "Israel Defense Forces", names


def test_a_ground_offensive_is_the_operation_not_one_ambush(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli soldiers killed in southern Lebanon as ground offensive widens\n\n"
                          "JERUSALEM (AP) - Eight Israeli soldiers were killed in combat in southern Lebanon on Wednesday, "
                          "the Israeli military said, the first deaths announced since Israel launched a ground operation "
                          "against Hezbollah this week.\n\nHezbollah said its fighters had ambushed Israeli troops and "
                          "destroyed three Merkava tanks with guided missiles.")
    offensive = next(e for e in found if e.trigger.text == "offensive")
    assert _name(names, offensive.agent) != "Hezbollah", [(e.trigger.text, _name(names, e.agent)) for e in found]


def test_the_speaker_set_after_a_toll_with_its_acronym_is_no_victim(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Rapid Support Forces shelled the only functioning hospital in El Fasher on Saturday, killing "
                          "a nurse and wounding at least nine patients, Doctors Without Borders (MSF) said.")
    injury = _of(found, "Injury")[0]
    assert not injury.more_target_entities, [names[i] for i in injury.more_target_entities]


def test_a_place_three_phrases_down_places_the_blast(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A bomb exploded during a Catholic mass in a university gymnasium in the southern Philippine "
                          "city of Marawi on Sunday, killing four people, officials said.")
    assert _name(names, _of(found, "Bombing")[0].place) == "Marawi City", names


def test_what_a_bombing_paid_back_has_its_own_day(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A bomb exploded in the city of Marawi on Sunday, killing four people. Defence Secretary "
                          "Gilberto Teodoro said the bombing may have been in retaliation for a military operation on "
                          "Friday.")
    bombings = _of(found, "Bombing")
    assert len(bombings) == 1 and bombings[0].date is not None and bombings[0].date.value == "2024-06-09", \
        [(b.trigger.text, b.date) for b in bombings]


def test_a_warships_flag_is_not_where_it_sailed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Yemen's Houthi movement said it had fired missiles at a US destroyer in the Red Sea.")
    assert _name(names, _of(found, "Attack")[0].place) == "Red Sea", names


def test_attacks_kept_up_since_a_month_are_neither_that_day_nor_the_one_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Houthis fired missiles at a US destroyer in the Red Sea on Thursday. The Houthis have "
                          "attacked shipping in the Red Sea since November.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 2 and attacks[1].date is None, [(a.trigger.text, a.date) for a in attacks]
    found, names = events("The RSF has besieged El Fasher since early May.")
    assert _of(found, "Siege")[0].date is not None


def test_an_attack_claimed_in_a_relative_clause_is_the_claimants(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army did not say how many soldiers died in the attack on the base, which was claimed by "
                          "al Qaeda affiliate JNIM.")
    assert _name(names, _of(found, "Attack")[0].agent) == "JNIM", names


def test_pushing_deeper_into_a_region_is_an_incursion(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukrainian forces pushed deeper into Russia's Kursk region on Thursday.")
    attack = _of(found, "Attack")[0]
    assert _name(names, attack.agent) == "Ukrainian forces" and _name(names, attack.place) == "Kursk Oblast", names


def test_a_governors_surname_the_tagger_took_for_a_body_is_a_man(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Acting Kursk governor Alexei Smirnov said five civilians had been killed.")
    assert {e.label: e.cls for e in done.entities}.get("Alexei Smirnov") == "Person", {e.label: e.cls for e in done.entities}


def test_a_village_of_a_hyphenated_name_is_that_village(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen attacked worshippers at a mosque in the village of Tahoua-Koira in Niger's Tillaberi "
                          "region, killing 12 people.")
    assert _name(names, _of(found, "Attack")[0].place) == "Tahoua-Koira", names


def test_a_desert_is_land_no_body(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("A 7-year-old girl was seriously wounded by shrapnel in the southern Negev desert.")
    assert {e.label: e.cls for e in done.entities}.get("Negev") == "Place", {e.label: e.cls for e in done.entities}


def test_a_suspected_strike_is_alleged(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran launched drones at Israel, in retaliation for a suspected Israeli strike on its consulate "
                          "in Damascus on April 1.")
    strike = next(e for e in found if e.trigger.text == "strike")
    assert strike.status == "Alleged"


def test_who_would_not_take_part_is_no_party_to_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran launched drones at Israel. U.S. President Joe Biden said Washington would not take part "
                          "in any Israeli counter-strike.")
    strike = next(e for e in found if e.trigger.text == "strike")
    assert _name(names, strike.agent) != "Washington" and strike.trigger.begin > 40, names


def test_a_town_named_beside_the_east_of_the_country_places_the_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed 15 worshippers at a church in northeastern Burkina Faso, a church official said. "
                          "On the same day, an attack on a mosque in Natiaboani in the east of the country killed dozens "
                          "of Muslim worshippers, security sources said.")
    assert _name(names, _of(found, "Attack")[0].place) == "Natiaboani", names


def test_a_hyphenated_given_name_stays_whole(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved('"Suspected terrorists attacked the Catholic community of the village," Abbot Jean-Pierre Sawadogo, '
                    'vicar general of the Dori diocese, said in a statement.')
    assert "Jean-Pierre Sawadogo" in {e.label for e in done.entities}, {e.label for e in done.entities}


def test_whom_a_council_calls_on_after_a_meeting_withdraws(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The U.N. Security Council held an emergency meeting and called on Rwanda to withdraw its troops "
                          "from Congolese territory.")
    withdrawal = _of(found, "Withdrawal")[0]
    assert _name(names, withdrawal.agent) == "Rwanda" and withdrawal.status == "Planned", \
        (_name(names, withdrawal.agent), withdrawal.status)


def test_a_headlines_over_a_number_is_a_count_not_a_background(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's RSF kills over 100 in attack on Gezira village\n\n"
                          "KHARTOUM (AFP) - Fighters from Sudan's paramilitary Rapid Support Forces attacked the village "
                          "of Wad al-Nourah in Gezira state on Wednesday, killing more than 100 people, a pro-democracy "
                          "group said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and _name(names, attacks[0].target) == "Wad al-Nourah", \
        [(a.trigger.text, _name(names, a.target)) for a in attacks]


def test_gunmen_bursting_into_a_concert_hall_attack_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen in combat fatigues burst into the Crocus City Hall concert venue on the western edge of "
                          "Moscow on Friday, opening fire on concertgoers.")
    assert any(e.trigger.text == "burst into" for e in _of(found, "Attack")), [e.trigger.text for e in found]


def test_a_charity_the_tagger_took_for_a_place_is_a_body(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Seven aid workers from World Central Kitchen were killed in an Israeli air strike on their convoy in "
                    "central Gaza on Monday, the charity said.")
    assert {e.label: e.cls for e in done.entities}.get("World Central Kitchen") not in (None, "Place"), \
        {e.label: e.cls for e in done.entities}


def test_a_highway_named_for_its_towns_is_no_body(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Gunmen abducted at least 20 passengers traveling on a bus along the Gusau-Funtua highway in "
                    "Nigeria's northwestern Zamfara state on Saturday, police said.")
    assert {e.label: e.cls for e in done.entities}.get("Gusau-Funtua") in (None, "Place"), \
        {e.label: e.cls for e in done.entities}


def test_a_lands_attack_is_its_forces_where_its_air_force_speaks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukraine's air force said it had shot down all five missiles. The Russian defence ministry said "
                          "its forces had struck a design bureau, in response to a Ukrainian attack on Russia's Kursk "
                          "region on Friday that killed six people.")
    attack = next(e for e in found if e.trigger.text == "attack")
    assert _name(names, attack.agent) == "Ukrainian forces", names


def test_a_list_read_as_an_apposition_carries_its_place(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Female suicide bombers attacked a wedding, a funeral and a hospital in the northeastern Nigerian "
                          "town of Gwoza on Saturday, killing at least 18 people, emergency officials said.")
    assert _name(names, _of(found, "Attack")[0].place) == "Gwoza", names


def test_a_headlines_land_gives_way_to_the_ledes_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Boko Haram suicide bombers kill 18 at wedding in Nigeria\n\n"
                          "MAIDUGURI, Nigeria (Reuters) - Female suicide bombers attacked a wedding, a funeral and a "
                          "hospital in the northeastern Nigerian town of Gwoza on Saturday, killing at least 18 people, "
                          "emergency officials said.")
    assert _name(names, _of(found, "Killing")[0].place) == "Gwoza", names


def test_gunmen_loyal_to_a_man_are_not_the_man(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The violence erupted on Thursday when gunmen loyal to ousted President Bashar al-Assad ambushed "
                          "security forces near the city of Jableh.")
    ambush = _of(found, "Attack")[0]
    assert _name(names, ambush.agent) != "Bashar al-Assad", names
    assert ambush.date is not None and ambush.date.value == "2024-06-13", ambush.date


def test_soldiers_a_force_reports_killed_are_its_own(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran's military said two soldiers were killed in the strikes.")
    assert _name(names, _of(found, "Killing")[0].target) == "Iranian forces", names


def test_the_first_kidnapping_since_a_year_is_not_of_that_year(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen abducted at least 287 pupils from a school in Kuriga on Thursday. It was the first mass "
                          "school kidnapping in the state since 2021.")
    kidnapping = next(e for e in found if e.trigger.text == "kidnapping")
    assert kidnapping.date is None or kidnapping.date.value != "2021", kidnapping.date


def test_the_capital_of_a_state_named_after_it_is_that_city(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army has made steady gains in recent weeks, retaking the capital of Gezira state, "
                          "Wad Madani, in January.")
    assert _name(names, _of(found, "Capture")[0].target) == "Wad Medani", names


def test_a_fire_drones_ignite_is_no_shooting(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukrainian drone strikes ignite fire at Russian oil depot")
    assert not any(e.trigger.text == "fire at" for e in found), [e.trigger.text for e in found]


def test_a_region_the_tagger_took_for_a_man_is_land_and_the_place(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Ukrainian drone attack set fire to an oil depot in Russia's southern Rostov region on "
                          "Sunday, the regional governor said.")
    assert "Rostov" in names and _name(names, _of(found, "Attack")[0].place) == "Rostov", names


def test_a_british_spelling_finds_the_known_body(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("A blast at a military base used by Iraq's Popular Mobilisation Forces killed one member.")
    assert "Popular Mobilization Forces" in {e.label for e in done.entities}, {e.label for e in done.entities}


def test_a_death_whose_anniversary_is_marked_is_not_of_that_day(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two explosions tore through crowds marking the anniversary of the death of top commander Qassem "
                          "Soleimani in the Iranian city of Kerman on Wednesday, killing at least 95 people.")
    death = next(e for e in found if e.trigger.text == "death")
    assert death.date is None, death.date


def test_a_hospital_named_by_untagged_words_is_the_target(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli forces stormed the Kamal Adwan hospital in northern Gaza on Friday and detained dozens "
                          "of staff, the Gaza health ministry said.")
    assert _name(names, _of(found, "Attack")[0].target) == "Kamal Adwan", names


def test_the_dead_named_after_a_toll_of_attackers_are_the_attacks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen attacked two Orthodox churches in Derbent on Sunday, killing at least 20 people, officials "
                          "said. Security forces killed five of the attackers, the governor said. Among the dead was an "
                          "Orthodox priest, Father Nikolai Kotelnikov.")
    killings = _of(found, "Killing")
    holding = [k for k in killings if any(names[i] == "Nikolai Kotelnikov" for i in (k.target, *k.more_target_entities)
                                          if i is not None)]
    assert holding and holding[0].fatalities == 20, [(k.trigger.text, k.fatalities) for k in holding]


def test_a_region_of_a_named_land_is_that_land(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen attacked two Orthodox churches, a synagogue and a police post in Russia's North Caucasus "
                          "region of Dagestan on Sunday.")
    assert _name(names, _of(found, "Attack")[0].place) == "Dagestan", names


def test_a_town_a_church_stands_in_is_a_place(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Among the dead was an Orthodox priest, Father Nikolai Kotelnikov, who had his throat cut in the "
                    "church in Derbent.")
    classes = {e.label: e.cls for e in done.entities}
    assert classes.get("Derbent") not in (None, "Organisation") and "Nikolai Kotelnikov" in classes, classes


def test_a_headlines_accused_of_is_whom_it_accuses(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's RSF accused of killing over 100 in Gezira village massacre\n\n"
                          "PORT SUDAN (Reuters) - Sudan's army accused the paramilitary Rapid Support Forces of killing "
                          "more than 100 people in an attack on the village of Wad al-Nourah in Gezira state.")
    accusations = _of(found, "Accusation")
    assert all(_name(names, a.agent) != "Rapid Support Forces" for a in accusations) \
        and any(_name(names, a.target) == "Rapid Support Forces" for a in accusations), \
        [(_name(names, a.agent), _name(names, a.target)) for a in accusations]


def test_a_name_with_an_office_beside_it_is_a_man(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("An Israeli airstrike on a refugee camp in the southern Lebanese city of Tyre killed Fateh Sherif, the "
                    "head of Hamas in Lebanon, along with his wife, the militant group said on Monday.")
    assert {e.label: e.cls for e in done.entities}.get("Fateh Sherif") == "Person", {e.label: e.cls for e in done.entities}


def test_soldiers_an_armed_group_reports_killed_are_not_its_own(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The RSF said 50 soldiers were killed in the fighting.")
    assert _name(names, _of(found, "Killing")[0].target) != "Rapid Support Forces", names


def test_protests_said_to_be_hijacked_were_held(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events('Interior Minister Kithure Kindiki accused "criminal elements" of hijacking the protests to loot '
                          "businesses.")
    assert _of(found, "Protest")[0].status is None, _of(found, "Protest")[0].status


def test_a_name_the_tagger_cut_after_of_ends_with_its_noun(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Iran seizes Israel-linked ship near Strait of Hormuz\n\nDUBAI (Reuters) - Iran's Revolutionary "
                    "Guards seized an Israel-linked container ship on Saturday.")
    labels = {e.label for e in done.entities}
    assert "Strait of Hormuz" in labels and "Strait of" not in labels, labels


def test_a_headlines_land_is_its_forces_in_the_lede(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran seizes Israel-linked ship near Strait of Hormuz\n\nDUBAI (Reuters) - Iran's Revolutionary "
                          "Guards seized an Israel-linked container ship, the MSC Aries, on Saturday, state media reported.")
    assert len(_of(found, "Capture")) == 1, [(e.trigger.text, _name(names, e.agent)) for e in _of(found, "Capture")]


def test_a_day_and_its_year_date_together(article_events) -> None:  # type: ignore[no-untyped-def]
    found, names = article_events("The Oct. 7, 2023 attack killed about 1,200 people, according to Israeli tallies.",
                                  date(2024, 10, 8))
    killing = _of(found, "Killing")[0]
    assert killing.date is not None and killing.date.value == "2023-10-07", killing.date


def test_an_anniversary_story_keeps_the_old_attack_apart(article_events) -> None:  # type: ignore[no-untyped-def]
    found, names = article_events("Hamas fires rockets at Tel Aviv on anniversary of October 7 attack\n\n"
                          "TEL AVIV (Reuters) - Hamas fired a barrage of rockets from Gaza at Tel Aviv on Monday, the "
                          "Israeli military said.\n\nThe Oct. 7, 2023 attack killed about 1,200 people, according to "
                          "Israeli tallies.", date(2024, 10, 7))
    fires = next(e for e in found if e.trigger.text == "fires")
    assert fires.date is not None and fires.date.value.startswith("2024"), fires.date
    recalled = next(e for e in found if e.trigger.text == "attack" and e.trigger.begin < 70)
    assert recalled.date is None or not recalled.date.value.startswith("2024"), recalled.date


def test_a_groups_military_chief_is_the_groups(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("The Israeli military said an air strike targeted Hamas military chief Mohammed Deif.")
    names = {e.key: e.label for e in done.entities}
    tied = [(done.mention_keys[r.subject], done.mention_keys[r.object]) for r in done.extraction.relations
            if r.predicate == "memberOf"]
    assert any(names.get(s) == "Mohammed Deif" and names.get(o) == "Hamas" for s, o in tied), \
        [(names.get(s), names.get(o)) for s, o in tied]


def test_a_town_of_three_hyphenated_words_is_one_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A second prison in Croix-des-Bouquets was also attacked.")
    assert _name(names, _of(found, "Attack")[0].place) == "Croix-des-Bouquets", names


def test_a_places_opening_word_joins_the_name_taken_for_a_mans(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Separately, a roadside bomb struck a police vehicle in Dera Ismail Khan, wounding three officers.")
    assert _name(names, _of(found, "Attack")[0].place) == "Dera Ismail Khan", names


def test_a_military_district_is_a_force(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("The drills would involve troops from the Southern Military District near Ukraine.")
    assert {e.label: e.cls for e in done.entities}.get("Southern Military District") == "StateForce", \
        {e.label: e.cls for e in done.entities}


def test_a_ceasefire_named_by_its_parties_is_the_one_between_them(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel and Hezbollah ceasefire takes effect in Lebanon\n\n"
                          "BEIRUT (Reuters) - A ceasefire between Israel and Hezbollah took effect on Wednesday, ending "
                          "more than a year of fighting.")
    pacts = _of(found, "Agreement")
    assert len(pacts) == 1 and {_name(names, pacts[0].agent), _name(names, pacts[0].target)} == {"Israel", "Hezbollah"}, \
        [(_name(names, p.agent), _name(names, p.target)) for p in pacts]


def test_a_town_the_tagger_ran_on_into_its_bar_is_the_town(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Mexican cartel gunmen kill 12 in attack on Guanajuato bar\n\n"
                    "MEXICO CITY (Reuters) - Gunmen killed 12 people in an attack on a bar in the city of Irapuato.")
    assert "Guanajuato bar" not in {e.label for e in done.entities}, {e.label for e in done.entities}


def test_what_a_headline_and_its_lede_pay_back_is_one_event(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("U.S. strikes 85 targets in Iraq and Syria after deadly drone attack\n\n"
                          "WASHINGTON (Reuters) - The United States carried out air strikes in Iraq and Syria on Friday "
                          "against more than 85 targets, in retaliation for a deadly drone attack on U.S. troops in Jordan.")
    drones = [e for e in found if e.trigger.text == "drone attack"]
    assert len(drones) == 1 and _name(names, drones[0].place) == "Jordan", \
        [(e.trigger.text, _name(names, e.place)) for e in drones]


def test_a_site_in_a_towns_refugee_camp_is_in_the_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli airstrike on a cafe in the Tulkarm refugee camp in the occupied West Bank killed at "
                          "least 18 people on Thursday.")
    assert _name(names, _of(found, "Airstrike")[0].place) == "Tulkarm", names


def test_a_towns_comma_before_a_lands_possessive_places_nothing(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Drone strike kills Russian general in Moscow, Ukraine's SBU claims")
    names = {e.key: e.label for e in done.entities}
    placed = [(names.get(done.mention_keys[r.subject]), names.get(done.mention_keys[r.object]))
              for r in done.extraction.relations if r.predicate == "locatedIn"]
    assert ("Moscow", "Ukraine") not in placed, placed


def test_a_mans_assistant_killed_is_not_the_man(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A bomb killed Lieutenant General Igor Kirillov outside his apartment building in Moscow on "
                          "Tuesday. Kirillov's assistant was also killed.")
    assistant = next(e for e in _of(found, "Killing") if e.trigger.begin > 100)
    assert _name(names, assistant.target) != "Igor Kirillov", names


def test_some_among_the_wounded_are_no_object_of_the_wounding(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two adults were killed there, including a doctor, and 16 people wounded, among them seven "
                          "children, officials said.")
    assert _of(found, "Injury")[0].injured == 16, _of(found, "Injury")[0]


def test_protesters_named_by_their_land_are_not_its_state(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Bangladesh protesters storm PM's residence after Hasina flees")
    assert all(_name(names, e.agent) != "Bangladesh" for e in _of(found, "Attack")), names


def test_riot_police_opening_a_sentence_are_no_man(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Tens of thousands rallied in central Tbilisi on Sunday. Riot police used water cannon and tear gas "
                    "to disperse protesters outside parliament.")
    assert "Riot" not in {e.label for e in done.entities}, {e.label for e in done.entities}


def test_a_towns_suburb_alone_is_the_town(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Israeli strike on Beirut suburb kills Hezbollah commander\n\nBEIRUT (Reuters) - An Israeli air "
                    "strike on Beirut's southern suburbs on Friday killed a top commander.")
    assert [e.cls for e in done.entities if e.label == "Beirut"] == ["City"], \
        [(e.label, e.cls) for e in done.entities if e.label == "Beirut"]


def test_a_bombing_a_man_is_wanted_for_is_alleged(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli air strike killed Ibrahim Aqil, a top Hezbollah military commander wanted by the "
                          "United States for the 1983 bombing of the U.S. embassy in Beirut.")
    assert _of(found, "Bombing")[0].status == "Alleged", _of(found, "Bombing")[0].status


def test_gangs_to_be_neutralised_are_no_death_toll(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("President Daniel Noboa ordered the armed forces to neutralise 22 criminal gangs.")
    assert all(e.fatalities is None for e in _of(found, "Killing")), [e.fatalities for e in found]


def test_an_urdu_name_linked_by_e_is_one_armed_group(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("All six attackers were killed in the ensuing gunbattle. A newly formed militant group, "
                    "Jaish-e-Fursan-e-Muhammad, claimed responsibility.")
    assert {e.label: e.cls for e in done.entities}.get("Jaish-e-Fursan-e-Muhammad") == "ArmedGroup", \
        {e.label: e.cls for e in done.entities}


def test_a_fuel_tankers_explosion_is_no_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Nigeria fuel tanker explosion kills over 140 people\n\n"
                          "MAIDUGURI (Reuters) - A fuel tanker exploded in northern Nigeria's Jigawa state on Tuesday night "
                          "as people were scooping fuel from the overturned vehicle, killing more than 140 people, police said.")
    assert not _of(found, "Bombing") and not _of(found, "Killing"), [(e.cls, e.trigger.text) for e in found]
    found, names = events("An explosives-laden fuel tanker exploded at a checkpoint, killing 12 soldiers.")
    assert _of(found, "Killing"), [(e.cls, e.trigger.text) for e in found]


def test_a_reports_headline_tells_the_killing_months_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ethiopian troops killed 45 civilians in Amhara, rights commission says\n\n"
                          "ADDIS ABABA (Reuters) - Ethiopian soldiers killed at least 45 civilians in the town of Merawi "
                          "in the Amhara region in January, the Ethiopian Human Rights Commission said in a report.")
    assert len(_of(found, "Killing")) == 1, [(e.trigger.text, e.date) for e in _of(found, "Killing")]


def test_a_headlines_denial_denies_its_object(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Explosion hits Iraqi militia base, US denies involvement")
    denial = next(e for e in found if e.trigger.text == "denies")
    assert denial.content is not None and denial.content.text == "involvement", denial.content


def test_a_man_shot_dead_is_the_one_a_headline_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli settlers attack Palestinian village in West Bank, kill one\n\n"
                          "RAMALLAH (Reuters) - Dozens of Israeli settlers attacked the Palestinian village of Burin near "
                          "Nablus on Saturday, setting fire to homes and cars, and a Palestinian man was shot dead, the "
                          "Palestinian health ministry said.")
    killings = _of(found, "Killing")
    assert len(killings) == 1 and killings[0].fatalities == 1, [(k.trigger.text, k.fatalities) for k in killings]


def test_attacks_that_followed_a_defection_are_not_of_its_month(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The attacks followed the defection last month of an RSF commander in Gezira to the army.")
    attack = _of(found, "Attack")[0]
    assert attack.date is None, attack.date


def test_a_claim_withdrawn_is_no_pullout(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Resistance Front claimed responsibility for the attack but later withdrew the claim.")
    assert not _of(found, "Withdrawal"), [(e.cls, e.trigger.text) for e in found]


def test_a_nationality_after_an_office_is_a_given_name(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Energy Minister German Galushchenko said power outages hit the Kyiv, Kharkiv and Mykolaiv regions.")
    assert "German Galushchenko" in {e.label for e in done.entities}, {e.label for e in done.entities}


def test_what_a_group_frequently_does_is_no_event(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A car bomb exploded at a busy market in the town of Beledweyne on Sunday, killing five people. "
                          "Al Shabaab, which frequently targets security forces in the area, claimed responsibility.")
    assert not any(e.trigger.text == "targets" for e in found), [e.trigger.text for e in found]
    assert _name(names, _of(found, "Bombing")[0].agent) == "al-Shabaab", names


def test_those_who_fled_a_town_fled_the_town_not_its_state(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("More than 130,000 people have fled El Fasher in Sudan's North Darfur state since fighting "
                          "intensified in mid-May, the International Organization for Migration said. Many of the "
                          "displaced have sought refuge in the town of Tawila.")
    assert [_name(names, e.place) for e in _of(found, "Displacement")][0] == "El Fasher", names
    assert "Tawila" not in [_name(names, e.place) for e in _of(found, "Displacement")], names


def test_an_attack_arrests_were_made_over_is_the_headlines(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Police arrest 14 over deadly attack on Kenyan village\n\n"
                          "NAIROBI (AP) - Kenyan police said on Friday they had arrested 14 suspects in connection with an "
                          "attack on a village in Lamu county in which six people were killed.")
    assert len(_of(found, "Attack")) == 1, [(e.trigger.text, e.trigger.begin) for e in _of(found, "Attack")]


def test_a_town_a_station_stands_in_is_a_place(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("A ballistic missile fired by Yemen's Houthis landed in central Israel. Fragments of an interceptor "
                    "missile hit a railway station in Modiin, but no one was hurt.")
    assert {e.label: e.cls for e in done.entities}.get("Modiin") not in (None, "Organisation"), \
        {e.label: e.cls for e in done.entities}


def test_the_deadliest_day_since_a_year_is_not_of_that_year(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel strikes 1,300 Hezbollah targets, killing 492 in deadliest day in Lebanon since 2006")
    assert all(e.date is None or e.date.value != "2006" for e in found), [(e.trigger.text, e.date) for e in found]


def test_hostages_shot_by_their_captors_are_not_the_speaker(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Israeli military said on Sunday it had recovered the bodies of six hostages from a tunnel in "
                          "Rafah, and that they had been shot dead by their Hamas captors shortly before troops arrived.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.target) != "Israel Defense Forces", names


def test_a_district_the_tagger_named_a_people_is_a_district(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen opened fire on a passenger bus in the Kohistan district of northwest Pakistan on "
                          "Thursday, killing 14 people.")
    assert _name(names, _of(found, "Attack")[0].place) == "Kohistan", names


def test_kidnapping_become_a_business_is_no_event(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Kidnapping for ransom has become a lucrative business for criminal gangs in northern Nigeria.")
    assert not _of(found, "Arrest"), [(e.cls, e.trigger.text) for e in found]


def test_officers_killed_guarding_a_home_are_counted(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The attack on the home of Vital Kamerhe, a candidate for speaker of parliament, killed two "
                          "police officers guarding it, Kamerhe's spokesman said.")
    killing = _of(found, "Killing")[0]
    assert killing.fatalities == 2 and killing.target_phrase is not None, killing


def test_a_participle_tagged_a_noun_after_had_takes_its_subject(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Three Brotherhood Alliance said its fighters had overrun more than 150 military outposts "
                          "in northern Shan state.")
    capture = _of(found, "Capture")[0]
    assert _name(names, capture.agent) == "Three Brotherhood Alliance", names
    assert capture.quantity == 150 and _name(names, capture.place) == "Shan State", capture


def test_a_place_hung_on_what_the_hit_thing_is_of(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Masked gunmen stormed the set of a public television station in the Ecuadorean city of "
                          "Guayaquil on Tuesday.\n\nIn Congo, gunmen attacked the residence of a federal lawmaker and "
                          "the presidential palace in Kinshasa, killing three people.")
    assert [_name(names, e.place) for e in _of(found, "Attack")] == ["Guayaquil", "Kinshasa"], names


def test_a_two_word_rank_is_no_part_of_the_name(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Army spokesman Brigadier General Sylvain Ekenge said about 50 suspects had been arrested.")
    assert "Sylvain Ekenge" in {e.label for e in done.entities}, [e.label for e in done.entities]


def test_a_number_ending_a_name_counts_nothing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Three U.S. soldiers were killed last Sunday when a drone struck the Tower 22 outpost in Jordan.")
    assert all(e.quantity != 22 for e in found), [(e.cls, e.quantity) for e in found]


def test_a_bombers_model_is_no_body(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("The strikes, which included long-range B-1 bombers flown from the United States, hit command "
                    "centres, U.S. Central Command said.")
    assert "B-1" not in {e.label for e in done.entities}, [e.label for e in done.entities]


def test_control_lost_of_a_town_is_its_capture(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The military acknowledged it had lost control of the town of Chinshwehaw. The government has "
                          "lost control of the economy, critics said.")
    captures = _of(found, "Capture")
    assert [_name(names, e.target) for e in captures] == ["Chinshwehaw"], names
    assert captures[0].agent is None  # who lost it did not take it


def test_what_victims_were_doing_places_and_dates_their_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli airstrike killed seven workers from the charity World Central Kitchen as they "
                          "travelled in a convoy in central Gaza on Monday night, the charity said.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.place) == "Gaza Strip", names
    assert killing.date is not None and killing.date.value == "2024-06-10", killing.date


def test_a_name_before_a_federation_is_a_body(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Hundreds of thousands of Israelis took to the streets. The Histadrut labour federation called a "
                    "general strike.")
    assert {e.label: e.cls for e in done.entities}.get("Histadrut") not in (None, "Person"), \
        {e.label: e.cls for e in done.entities}


def test_the_attack_blamed_by_its_town_is_the_strike_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A rocket strike on a football pitch in the Israeli-occupied Golan Heights killed 12 children "
                          "on Saturday, Israeli officials said. Israel blamed the Iran-backed Hezbollah group for the "
                          "attack on the Druze town of Majdal Shams. Hezbollah denied any involvement.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [(e.trigger.text, e.status) for e in attacks]
    assert attacks[0].status is None and attacks[0].agent is None  # blamed, not established
    accusation = _of(found, "Accusation")[0]
    assert accusation.about, accusation


def test_an_attack_described_as_the_deadliest_is_the_one_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen opened fire on concert-goers at the Crocus City Hall near Moscow on Friday, killing at "
                          "least 133 people. Islamic State claimed responsibility for the attack, the deadliest in "
                          "Russia for two decades.")
    assert len(_of(found, "Attack")) == 1, [(e.trigger.text, _name(names, e.agent)) for e in _of(found, "Attack")]


def test_a_headlines_minister_killed_is_the_minister_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Suicide bombing kills Taliban refugee minister in Kabul\n\n"
                          "KABUL (Reuters) - A suicide bomber killed the Taliban's minister for refugees, Khalil Haqqani, "
                          "in an explosion at the ministry in Kabul on Wednesday, Taliban officials said.\n\n"
                          "Five other people were killed in the blast, a Taliban spokesman said.")
    killings = _of(found, "Killing")
    assert [_name(names, e.target) for e in killings][0] == "Khalil Haqqani", [_name(names, e.target) for e in killings]
    assert len(killings) == 2 and killings[1].fatalities == 5, [(e.trigger.text, e.fatalities) for e in killings]


def test_the_killing_of_the_workers_is_the_killing_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militants kill seven in attack on tunnel project in Kashmir\n\n"
                          "SRINAGAR (Reuters) - Suspected militants opened fire on workers at a tunnel construction site "
                          "in Ganderbal district on Sunday evening, killing a doctor and six labourers, police said. Chief "
                          "Minister Omar Abdullah condemned the killing of the workers.")
    assert len(_of(found, "Killing")) == 1, [(e.trigger.text, e.target_phrase) for e in _of(found, "Killing")]


def test_the_attack_soldiers_repelled_is_the_attack_on_their_base(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al-Shabaab militants attacked a military base in the town of Bal'ad on Sunday, residents said. "
                          "An army officer said soldiers had repelled the attack and killed 15 of the attackers.")
    attacks = [e for e in found if e.cls in ("Attack", "Bombing")]
    assert len(attacks) == 1, [(e.trigger.text, e.target_phrase) for e in attacks]


def test_a_headlines_offensive_on_ground_is_the_ledes_against_its_holders(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Syrian rebels launch major offensive on Aleppo countryside\n\n"
                          "AMMAN (Reuters) - Syrian rebels led by Hayat Tahrir al-Sham launched a major offensive against "
                          "government forces in northwestern Syria on Wednesday, seizing more than a dozen villages.")
    offensives = [e for e in _of(found, "Attack") if e.lemma == "offensive"]
    assert len(offensives) == 1, [(e.trigger.text, _name(names, e.target)) for e in offensives]
    assert _name(names, offensives[0].agent) == "Hayat Tahrir al-Sham", names


def test_the_government_is_where_things_happen_not_who_acts(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("BEIRUT (Reuters) - More than one million people have fled their homes in Lebanon since Israel "
                    "escalated its air campaign last week, the government said.")
    governments = [e.label for e in done.entities if e.cls == "Government"]
    assert governments == ["Lebanese government"], governments


def test_a_past_tense_joined_to_a_describing_participle_is_the_strikers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Israeli military said it had struck a Hamas and Islamic Jihad command centre located inside "
                          "the al-Tabi'in school and killed at least 19 militants.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) == "Israel Defense Forces", names


def test_its_deed_in_which_a_land_acted_is_the_lands(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran launched more than 300 drones and missiles at Israel late on Saturday in its first direct "
                          "attack on Israeli territory, Israel's military said.")
    assert all(_name(names, e.agent) == "Iran" for e in _of(found, "Attack")), \
        [(e.trigger.text, _name(names, e.agent)) for e in _of(found, "Attack")]
    launch = [e for e in _of(found, "Attack") if e.lemma == "launch"][0]
    assert launch.date is not None and launch.date.value == "2024-06-15", launch.date


def test_the_day_of_the_deed_paid_back_hung_on_the_copula(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran said the attack was in retaliation for a suspected Israeli strike on its embassy compound "
                          "in Damascus on April 1.")
    dated = {e.trigger.text: e.date.value if e.date else None for e in _of(found, "Attack")}
    assert dated == {"attack": None, "strike": "2024-04-01"}, dated


def test_the_early_hours_of_a_day_date_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Armed men abducted at least 20 students from a hostel in Zamfara state in the early hours of "
                          "Tuesday, police said.")
    abduction = _of(found, "Arrest")[0]
    assert abduction.date is not None and abduction.date.value == "2024-06-11", abduction.date


def test_a_lands_railway_station_bombing_is_not_the_lands(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pakistan railway station bombing kills 26 in Quetta\n\n"
                          "QUETTA (Reuters) - A suicide bomber blew himself up at the main railway station in Quetta on "
                          "Saturday, killing at least 26 people. The Balochistan Liberation Army claimed responsibility.")
    assert all(_name(names, e.agent) != "Pakistan" for e in found), [(e.cls, _name(names, e.agent)) for e in found]
    assert len(_of(found, "Bombing")) == 1, [e.trigger.text for e in _of(found, "Bombing")]


def test_unnamed_separatists_are_not_the_mercenaries_named_after(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Mali's military government said it was ending a 2015 peace agreement with Tuareg separatist "
                          "groups in the north. Fighting between the army and the separatists resumed last year. The "
                          "army, backed by Russian Wagner Group mercenaries, retook the town of Kidal in November.")
    fighting = _of(found, "Attack")[0]
    assert _name(names, fighting.target) != "Wagner Group", names


def test_the_highest_toll_it_was_is_no_new_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli airstrike on a school in central Gaza killed 18 people, including six staff members "
                          "of UNRWA. It was the highest death toll among UNRWA staff in a single incident since the war "
                          "began, the agency said.")
    assert len(_of(found, "Killing")) == 1, [e.trigger.text for e in _of(found, "Killing")]


def test_the_prison_attacks_are_the_storming_of_the_prisons(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Armed gangs in Haiti stormed the country's two largest prisons over the weekend, freeing about "
                          "4,000 inmates, officials said. At least 12 people were killed in the prison attacks.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]
    assert _of(found, "Killing")[0].part_of == found.index(attacks[0])


def test_an_exchange_of_fire_is_a_fight_and_its_dead_no_killer(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Egyptian soldier killed in exchange of fire with Israeli troops at Rafah crossing\n\n"
                          "CAIRO (Reuters) - An Egyptian soldier was killed on Monday in an exchange of fire with Israeli "
                          "troops near the Rafah crossing, the Egyptian military said.")
    killing = _of(found, "Killing")[0]
    assert killing.agent_phrase is None or "soldier" not in killing.agent_phrase.text, killing.agent_phrase
    exchange = [e for e in _of(found, "Attack") if e.lemma == "exchange"]
    assert exchange, [e.trigger.text for e in found]
    assert exchange[0].target_phrase is None or exchange[0].target_phrase.text != "fire", exchange


def test_a_dateline_in_capitals_names_the_hague(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("ICC issues warrants for Netanyahu\n\nTHE HAGUE, Nov 21 (Reuters) - The International Criminal Court "
                    "issued warrants on Thursday for Israeli Prime Minister Benjamin Netanyahu.\n\nKUPIANSK, Ukraine "
                    "(Reuters) - Russian forces shelled the town.")
    labels = {e.label for e in done.entities}
    assert "The Hague" in labels and "HAGUE" not in labels and "KUPIANSK" not in labels, labels


def test_arrest_warrants_arrest_nobody(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("ICC issues arrest warrants for Netanyahu, Gallant and Hamas leader\n\n"
                          "THE HAGUE (Reuters) - The International Criminal Court issued arrest warrants on Thursday for "
                          "Israeli Prime Minister Benjamin Netanyahu.")
    assert not _of(found, "Arrest"), [(e.trigger.text, e.target_phrase) for e in _of(found, "Arrest")]


def test_a_raid_hostages_were_rescued_in_is_the_rescuers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli special forces rescued four hostages held by Hamas in a daytime raid on the Nuseirat "
                          "refugee camp in central Gaza on Saturday, the military said.")
    raid = _of(found, "Attack")[0]
    assert _name(names, raid.agent) == "Israel Defense Forces", names


def test_the_blast_at_a_named_base_is_the_explosion_at_a_base(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An explosion at a military base south of Baghdad used by the Popular Mobilisation Forces killed "
                          "one member of the group overnight, Iraqi security officials said. The PMF said in a statement "
                          "that the blast at the Kalsu base in Babil province was caused by an attack.")
    assert len(_of(found, "Bombing")) == 1, [e.trigger.text for e in _of(found, "Bombing")]


def test_the_attacks_claimed_are_the_coordinated_attacks_not_a_killing_since(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Baloch separatist militants launched coordinated attacks on police stations and highways across "
                          "Balochistan province, killing at least 39 people, officials said. Security forces killed 14 "
                          "militants in response, the army said. The Balochistan Liberation Army claimed responsibility "
                          "for the attacks.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [(e.trigger.text, _name(names, e.agent)) for e in attacks]


def test_a_datelines_unknown_town_is_a_town(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Trump wounded at rally\n\nBUTLER, Pennsylvania, July 13 (Reuters) - Former U.S. President Donald "
                    "Trump was shot in the ear during a campaign rally on Saturday.")
    assert {e.label: e.cls for e in done.entities}.get("Butler") == "City", {e.label: e.cls for e in done.entities}


def test_one_of_the_largest_kidnappings_is_the_one_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen on motorcycles abducted more than 280 pupils from a school in the town of Kuriga on "
                          "Thursday, residents said, in one of the largest mass kidnappings in years.")
    assert len(_of(found, "Arrest")) == 1, [e.trigger.text for e in _of(found, "Arrest")]


def test_a_stampedes_dead_were_killed_by_no_one(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Israeli military said most of the victims had died in a stampede. Three soldiers died in "
                          "an attack on a checkpoint.")
    assert [e.target_phrase.text for e in _of(found, "Killing") if e.target_phrase] == ["Three soldiers"], \
        [e.trigger.text for e in _of(found, "Killing")]


def test_a_headlines_commander_killed_is_not_a_strikes_many_dead(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah fires missile at Tel Aviv; Israel kills commander\n\n"
                          "BEIRUT (Reuters) - Israeli strikes on southern Lebanon killed at least 51 people on Wednesday, "
                          "the Lebanese health ministry said. Israel also said it had killed Mohammed Srur, the commander "
                          "of Hezbollah's drone unit, in a strike on Beirut's southern suburbs.")
    killings = _of(found, "Killing")
    headline = next(e for e in killings if e.trigger.text == "kills")
    assert headline.fatalities is None and _name(names, headline.target) == "Mohammed Srur", \
        (headline.fatalities, _name(names, headline.target))


def test_among_crowds_heading_somewhere_places_and_dates_a_bombing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two bombers wearing explosive vests blew themselves up among crowds heading to Soleimani's "
                          "grave in the city of Kerman on Wednesday, the group said.")
    bombing = _of(found, "Bombing")[0]
    assert _name(names, bombing.place) == "Kerman" and bombing.date is not None and bombing.date.value == "2024-06-12", \
        (_name(names, bombing.place), bombing.date)


def test_a_faith_is_no_place(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Islamic State suicide bomber kills six in Kabul's Shi'ite area\n\n"
                    "KABUL (Reuters) - A bomb exploded in a predominantly Shi'ite neighbourhood of western Kabul on "
                    "Saturday, killing at least five people.")
    assert "Shi'ite" not in {e.label for e in done.entities}, [(e.label, e.cls) for e in done.entities]


def test_a_rampage_through_a_village_is_its_storming(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Settlers rampage through West Bank village, killing Palestinian\n\n"
                          "RAMALLAH (AP) - Dozens of Israeli settlers stormed the Palestinian village of Jit in the "
                          "occupied West Bank on Thursday night, setting fire to homes and killing a 23-year-old man.")
    entries = [e for e in _of(found, "Attack") if e.lemma in ("rampage", "storm")]
    assert len(entries) == 1, [e.trigger.text for e in entries]


def test_a_provinces_name_the_tagger_made_a_body_is_the_province(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Militants ambush army convoy in Mozambique's Cabo Delgado\n\nMAPUTO (Reuters) - Insurgents "
                    "ambushed an army convoy near the town of Macomia on Tuesday.")
    assert [e.cls for e in done.entities if e.label == "Cabo Delgado"] == ["Province"], \
        [(e.label, e.cls) for e in done.entities]


def test_villages_listed_west_of_are_places(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Ukraine's top commander said troops had pulled back to new positions west of Berdychi, Semenivka "
                    "and Novomykhailivka.")
    types = {e.label: e.cls for e in done.entities}
    assert types.get("Semenivka") not in (None, "Person"), types


def test_a_body_named_again_by_its_last_word_is_the_same(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hamas leader Ismail Haniyeh was killed in an Israeli strike in Tehran, Iran's Revolutionary "
                          "Guards said. One of his bodyguards was also killed, the Guards said.")
    speakers = {_name(names, e.agent) for e in _of(found, "Statement")}
    assert speakers == {"Islamic Revolutionary Guard Corps"}, speakers


def test_a_provinces_own_name_before_it_places_the_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Dissidents attacked a military base in Colombia's southwestern Cauca province with "
                          "explosives on Wednesday.")
    assert _name(names, _of(found, "Attack")[0].place) == "Cauca", names


def test_a_claim_on_the_groups_radio_station_is_for_the_attack_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A car bomb exploded outside a popular cafe in Mogadishu on Sunday night, killing at least nine "
                          "people. Al-Shabaab claimed responsibility for the attack through its Andalus radio station.")
    attacks = [e for e in found if e.cls in ("Attack", "Bombing")]
    assert len(attacks) == 1 and _name(names, attacks[0].agent) == "al-Shabaab", \
        [(e.trigger.text, _name(names, e.agent)) for e in attacks]


def test_a_toll_after_a_before_clause_is_the_main_clauses(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli strikes hit Beirut hours before the truce took effect, killing at least 10 people, "
                          "Lebanese authorities said.")
    killing = _of(found, "Killing")[0]
    assert killing.part_of is not None and found[killing.part_of].cls == "Attack", killing.part_of
    assert _name(names, killing.agent) == "Israel Defense Forces", names


def test_a_crash_kills_by_no_ones_hand(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iranian President Ebrahim Raisi and the foreign minister were killed when their helicopter "
                          "crashed in fog, state media said. Two soldiers died in a plane crash. Three people were killed "
                          "when a drone crashed into a building.")
    assert [e.fatalities for e in _of(found, "Killing")] == [3], [e.trigger.text for e in _of(found, "Killing")]


def test_a_seas_port_of_a_town_is_the_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli warplanes struck targets near Yemen's Red Sea port of Hodeidah on Saturday.")
    assert _name(names, _of(found, "Airstrike")[0].place) == "Hodeidah", names


def test_the_strikes_said_to_target_militants_are_those_on_their_hideouts(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pakistan carried out military strikes on militant hideouts in southeastern Iran on Thursday, "
                          "killing nine people, two days after Iran launched a missile and drone attack on targets inside "
                          "Pakistan.\n\nIran said the dead included four children and three women. Pakistan's foreign "
                          "ministry said the strikes had targeted separatist militants and that it respected Iran's "
                          "sovereignty.")
    assert len(_of(found, "Attack")) == 1, [e.trigger.text for e in _of(found, "Attack")]


def test_forces_gathering_are_whom_an_attack_hit(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hamas said it had attacked Israeli forces gathering near the crossing with mortar bombs.")
    assert _name(names, _of(found, "Attack")[0].target) == "Israel Defense Forces", names


def test_a_named_camp_in_a_region_places_the_siege(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli forces encircled the Jabalia refugee camp in northern Gaza, ordering residents to leave.")
    assert _name(names, _of(found, "Siege")[0].place) == "Jabalya", names


def test_a_town_and_its_state_named_for_it_are_one_place(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's RSF kills 80 in attack on village in Sennar, activists say\n\n"
                          "PORT SUDAN (Reuters) - The Rapid Support Forces killed at least 80 people in an attack on a "
                          "village in Sudan's Sennar state, a local activist group said on Sunday.")
    assert len(_of(found, "Killing")) == 1, [(e.trigger.text, _name(names, e.place)) for e in _of(found, "Killing")]


def test_a_camp_a_raid_was_on_is_a_site(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Israeli forces kill 14 in West Bank raid on Nur Shams camp\n\nJENIN (Reuters) - Israeli forces "
                    "killed 14 Palestinians during a raid on the Nur Shams refugee camp.")
    assert {e.label: e.cls for e in done.entities}.get("Nur Shams") == "Facility", {e.label: e.cls for e in done.entities}


def test_shells_opening_a_lede_are_fired_by_their_firers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rebel shelling kills six in eastern Congo camp, officials say\n\n"
                          "GOMA, May 30 (Reuters) - Shells fired by M23 rebels hit a camp for displaced people near the "
                          "city of Goma on Friday, killing six people, local officials said.")
    shelling = _of(found, "Attack")[0]
    assert _name(names, shelling.agent) == "M23", names
    assert shelling.target_phrase is None or shelling.target_phrase.text != "Rebel", shelling.target_phrase


def test_a_list_read_as_more_of_the_dead_still_places_them(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Three suicide bombers, all women, killed at least 32 people in coordinated attacks on a "
                          "wedding, a funeral and a hospital in the town of Gwoza in Nigeria's northeastern Borno state "
                          "on Saturday, emergency officials said.")
    assert _name(names, _of(found, "Killing")[0].place) == "Gwoza", names


def test_the_strike_on_a_named_hotel_is_the_strike_on_a_hotel(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Russian missile struck a hotel in the eastern Ukrainian city of Kramatorsk late on Saturday, "
                          "killing a safety adviser, officials said. Ryan Evans, a former British soldier, was killed in "
                          "the strike on the Sapphire hotel.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1, \
        [(e.cls, e.trigger.text) for e in found if e.cls in ("Attack", "Airstrike")]


def test_a_missiles_model_is_no_site(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Regional governor Vadym Filashkin said the missile was an Iskander.")
    assert "Iskander" not in {e.label for e in done.entities}, [(e.label, e.cls) for e in done.entities]


def test_a_faith_after_a_lands_name_is_no_part_of_it(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Gunmen kill 12 at Burkina Faso Catholic church during Sunday mass")
    assert [(e.label, e.cls) for e in done.entities] == [("Burkina Faso", "Country")], \
        [(e.label, e.cls) for e in done.entities]


def test_a_lands_bus_is_no_target_of_its_own(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Attack on Mali bus kills dozens as insecurity spreads")
    assert _name(names, _of(found, "Attack")[0].target) != "Mali", names


def test_the_first_such_strike_is_the_strike_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli drone strike killed Hamas deputy leader Saleh al-Arouri in Beirut's southern suburbs "
                          "on Tuesday, security sources said, the first such strike on the Lebanese capital since the "
                          "Gaza war began.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1, \
        [(e.cls, e.trigger.text) for e in found if e.cls in ("Attack", "Airstrike")]


def test_it_stormed_is_the_building_just_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The South Hospital, the only functioning hospital in the city, was forced to close after RSF "
                          "fighters stormed it and looted an ambulance.")
    assert _name(names, _of(found, "Attack")[0].target) == "South Hospital", names


def test_either_attack_is_none_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Armed men attacked a Catholic church in the village of Essakane during Sunday mass. The attack "
                          "came on the same day that gunmen killed dozens of people at a mosque in Natiaboani. No group "
                          "claimed responsibility for either attack.")
    assert all(e.sentence.text.split()[0] != "No" for e in found if e.cls == "Attack"), \
        [(e.trigger.text, e.sentence.text[:20]) for e in _of(found, "Attack")]


def test_the_assault_claimed_on_a_named_base_is_the_attack_on_a_base(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen attack Pakistani naval air base in Balochistan\n\n"
                          "QUETTA (Reuters) - Separatist militants attacked a naval air base in Pakistan's southwestern "
                          "province of Balochistan late on Monday, the military said. The Majeed Brigade of the "
                          "Balochistan Liberation Army claimed the assault on the PNS Siddique base in the coastal town "
                          "of Turbat.")
    assert len(_of(found, "Attack")) == 1, [(e.trigger.text, _name(names, e.agent)) for e in _of(found, "Attack")]


def test_burkina_alone_is_the_land_and_its_mosque_is_in_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen kill 16 at Burkina mosque during dawn prayers")
    assert "Burkina" not in names and _name(names, _of(found, "Killing")[0].place) == "Burkina Faso", names


def test_a_lands_group_is_its_armed_group_named_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah fired around 30 rockets at northern Israel on Sunday. Hamas fired rockets at "
                          "Sderot. The Lebanese group said it had targeted an army base.")
    said = _of(found, "Statement")[0]
    assert _name(names, said.agent) == "Hezbollah", names


def test_the_army_named_in_the_sentence_is_not_a_land_named_after(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Sudan's army pounded positions held by the Rapid Support Forces in Khartoum North with artillery on "
                    "Thursday, as peace talks in Switzerland continued without the army's participation.")
    assert "Swiss forces" not in {e.label for e in done.entities}, [(e.label, e.cls) for e in done.entities]


def test_a_ledes_wider_land_leaves_the_headlines_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Bomb blast at Quetta railway station kills 26\n\n"
                          "QUETTA (AP) - A suicide bombing at a railway station in southwest Pakistan on Saturday killed "
                          "26 people, most of them soldiers, officials said.")
    assert _name(names, _of(found, "Bombing")[0].place) == "Quetta", names


def test_a_building_named_without_its_kind_is_the_same_building(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli forces raid Gaza's Al Shifa hospital again\n\n"
                          "GAZA (Reuters) - Israeli forces raided Al Shifa Hospital, Gaza's largest, on Monday, saying "
                          "senior Hamas militants had regrouped there.")
    assert len(_of(found, "Attack")) == 1, [(e.trigger.text, _name(names, e.target)) for e in _of(found, "Attack")]


def test_strikes_officials_said_killed_were_the_killers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli special forces freed two hostages held in Rafah in an overnight operation accompanied "
                          "by air strikes that Gaza health officials said killed at least 67 Palestinians.")
    killing = _of(found, "Killing")[0]
    assert killing.agent_phrase is None or "officials" not in killing.agent_phrase.text, killing.agent_phrase
    assert killing.part_of is not None and found[killing.part_of].cls == "Airstrike", killing.part_of


def test_a_plane_that_crashed_killing_all_aboard_killed_nobody(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Russian military transport plane crashed in the Belgorod region on Wednesday, killing all 74 "
                          "people on board, the defence ministry said.")
    assert [(e.agent, e.agent_phrase) for e in _of(found, "Killing")] == [(None, None)], \
        [(_name(names, e.agent), e.agent_phrase) for e in _of(found, "Killing")]


def test_attacks_militants_had_been_planning_are_planned(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Israeli military said the dead were militants who had been planning attacks.")
    assert [e.status for e in _of(found, "Attack")] == ["Planned"], [(e.trigger.text, e.status) for e in found]


def test_a_headlines_label_before_a_colon_did_nothing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Nigeria: suicide bombers kill 18 at wedding in Borno town\n\n"
                          "MAIDUGURI (Reuters) - Female suicide bombers killed at least 18 people at a wedding in the "
                          "northeastern Nigerian town of Gwoza on Saturday, the state emergency agency said.")
    assert all(_name(names, e.agent) != "Nigeria" for e in found), [(e.cls, _name(names, e.agent)) for e in found]
    assert len(_of(found, "Killing")) == 1, [e.trigger.text for e in _of(found, "Killing")]


def test_displaced_sheltered_in_a_headline_are_no_displacement(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli strike on Gaza school sheltering displaced kills 22, medics say")
    assert not _of(found, "Displacement"), [(e.trigger.text, e.target_phrase) for e in _of(found, "Displacement")]
    assert [e.fatalities for e in _of(found, "Killing")] == [22]


def test_a_number_surrendering_after_others_killed_surrendered_itself(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("At least 12 soldiers were killed and 30 surrendered, the group said in a statement.")
    surrender = _of(found, "Surrender")[0]
    assert surrender.agent_phrase is not None and surrender.agent_phrase.text == "30", surrender.agent_phrase


def test_a_name_an_outpost_stands_in_is_a_place(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("The alliance said its fighters overran the last army outpost in Chinshwehaw on Sunday.")
    assert {e.label: e.cls for e in done.entities}.get("Chinshwehaw") in ("Place", "City"), \
        [(e.label, e.cls) for e in done.entities]


def test_a_department_of_a_land_places_the_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two Colombian soldiers were killed when ELN guerrillas attacked a military base with "
                          "explosive-laden drones in the northeastern department of Arauca, the army said on Tuesday.")
    assert _name(names, _of(found, "Attack")[0].place) == "Arauca", names


def test_similar_attacks_by_others_are_no_event_and_join_none(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed at least 15 people at a mosque in the village of Natiaboani on Sunday. No group "
                          "claimed responsibility, but jihadists have carried out similar attacks in the area. A local "
                          "official said the assailants surrounded the mosque before opening fire on the faithful.")
    assert not any(e.trigger.text == "attacks" for e in found), [e.trigger.text for e in found]
    fire = next(e for e in found if e.trigger.text == "opening fire")
    assert fire.place_phrase is None or "area" not in fire.place_phrase.text, fire.place_phrase


def test_taking_people_hostage_is_their_abduction(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen took 20 passengers hostage on Monday. Soldiers later took the hostages to a hospital.")
    taken = _of(found, "Arrest")
    assert [(e.trigger.text, e.quantity) for e in taken] == [("took", 20)], [(e.trigger.text, e.quantity) for e in taken]


def test_a_craft_named_for_its_owner_is_it_and_takes_no_one(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al-Shabaab militants captured a United Nations-contracted helicopter after it made an emergency "
                          "landing in central Somalia on Wednesday and took several people on board hostage, officials said.")
    taken = _of(found, "Arrest")
    assert [_name(names, e.agent) for e in taken] == ["al-Shabaab"], [(_name(names, e.agent), e.agent_phrase) for e in taken]


def test_a_quarter_the_gazetteer_knows_as_a_town_is_the_capitals(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gang members set fire to a police station in Haiti's capital overnight, police said. The attack "
                          "on the station in the Delmas neighborhood came hours after gangs clashed with officers.")
    fires = [e for e in _of(found, "Attack") if e.trigger.text in ("set fire to", "attack")]
    assert len(fires) == 1, [(e.trigger.text, _name(names, e.place)) for e in fires]


def test_a_foreign_datelines_city_is_not_the_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("BANGKOK (AP) - An alliance of ethnic armed groups in Myanmar said Monday it had captured a "
                          "major trading town on the border with China. Myanmar's military spokesman told state "
                          "television that troops had withdrawn from the town to protect civilians.")
    assert _name(names, _of(found, "Withdrawal")[0].place) != "Bangkok", names


def test_a_relative_report_in_the_present_says_what_follows(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Yemen's Houthi movement said on Tuesday it had targeted a U.S. destroyer, the latest in a series "
                          "of attacks the group says are in solidarity with Palestinians in Gaza.")
    says = next(e for e in found if e.trigger.text == "says")
    assert says.content is not None and says.content.text.startswith("are in solidarity"), says.content


def test_the_wounded_besides_the_dead_are_the_headlines_wounded(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pagers explode across Lebanon, killing 9 and wounding thousands\n\n"
                          "BEIRUT (AP) - Pagers used by members of Hezbollah exploded across Lebanon on Tuesday, killing at "
                          "least nine people and wounding nearly 3,000 others, officials said. Lebanon's health minister "
                          "said 200 of the wounded were in critical condition.")
    hurt = _of(found, "Injury")
    assert [e.injured for e in hurt] == [3000], [(e.trigger.text, e.injured) for e in hurt]


def test_those_abducted_named_again_were_seized_once(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen abducted 20 medical students while they were travelling to a conference, police said "
                          "Thursday. The students were seized on Wednesday in Benue state's Otukpo district, a police "
                          "spokeswoman said.")
    taken = _of(found, "Arrest")
    assert [(e.quantity, e.date.raw.text if e.date else None) for e in taken] == [(20, "Wednesday")], \
        [(e.trigger.text, e.quantity, e.date) for e in taken]


def test_an_attack_harms_happened_in_is_the_firing_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen opened fire on people at a concert hall outside Moscow on Friday, killing at least 40 "
                          "people and wounding more than 100 in an attack that set the building ablaze, officials said. "
                          "Islamic State claimed responsibility for the attack.")
    attacks = [e for e in found if e.cls == "Attack"]
    assert len(attacks) == 1 and _name(names, attacks[0].agent) == "Islamic State", \
        [(e.trigger.text, _name(names, e.agent)) for e in attacks]


def test_rebels_saying_they_had_taken_a_city_took_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Syrian rebels declared on Sunday that they had taken the capital Damascus.")
    taken = _of(found, "Capture")
    assert [_name(names, e.target) for e in taken] == ["Damascus"], [(e.trigger.text, e.target_phrase) for e in taken]


def test_pulling_back_from_villages_leaves_them(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukrainian forces have pulled back from the villages of Lastochkyne and Stepove, west of "
                          "Avdiivka, the army said on Monday.")
    assert _name(names, _of(found, "Withdrawal")[0].place) == "Lastochkyne", names


def test_the_outskirts_of_the_city_of_a_name_are_that_city(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ethiopian federal troops clashed with Fano militiamen on the outskirts of the city of Gondar "
                          "on Saturday.")
    assert _name(names, _of(found, "Attack")[0].place) in ("Gonder", "Gondar"), names


def test_people_protesting_are_who_protest(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Police fired tear gas at hundreds of people protesting in the capital Maputo.")
    protest = _of(found, "Protest")[0]
    assert protest.target_phrase is None and protest.agent_phrase is not None, (protest.agent_phrase, protest.target_phrase)


def test_a_vehicle_that_struck_a_bomb_was_hit_by_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Five Kenyan police officers were killed on Wednesday when their vehicle struck an improvised "
                          "explosive device in Mandera county, police said.")
    struck = next(e for e in found if e.trigger.text.endswith("struck"))
    assert struck.agent is None and struck.agent_phrase is None and struck.instrument_phrase is not None, \
        (_name(names, struck.agent), struck.agent_phrase, struck.instrument_phrase)


def test_police_opening_a_sentence_are_the_police_just_heard(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Five Kenyan police officers were killed when their vehicle struck a bomb near the border with "
                          "Somalia, police said. Police blamed the Somali Islamist group al Shabaab.")
    blamed = _of(found, "Accusation")[0]
    assert _name(names, blamed.agent) == "Kenyan police", names


def test_what_a_group_is_known_for_ranked_tolls_and_protest_notes_are_no_events(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Abu Sayyaf, known for kidnappings and beheadings, has been weakened. Guanajuato has the "
                          "highest number of homicides of any Mexican state. Iraq summoned the U.S. charge d'affaires in "
                          "protest.")
    assert not found, [(e.cls, e.trigger.text) for e in found]


def test_the_militants_a_groups_spokesman_speaks_of_are_not_the_group(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Taliban spokesman Zabihullah Mujahid said the militants were killed in a raid in Kandahar "
                          "province on Thursday night.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.target) != "Taliban", names


def test_the_attack_named_after_a_killing_is_the_killings(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Separatist gunmen stopped vehicles on a highway in southwestern Pakistan on Monday and shot dead "
                          "23 passengers after checking their identity cards, police said. The attack took place in the "
                          "Musakhel district of Balochistan province.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.place) == "Musakhel", names
    assert killing.part_of is not None and found[killing.part_of].cls == "Attack", killing.part_of


def test_a_wars_running_toll_is_no_headlines_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Burkina Faso army says it repelled attack on base, killing scores of jihadists\n\n"
                          "OUAGADOUGOU (AFP) - Burkina Faso's army said on Thursday that it had repelled an attack by "
                          "hundreds of jihadists on a military base, killing dozens of assailants. The junta has vowed to "
                          "defeat the jihadist insurgency that has killed thousands.")
    tolls = sorted(e.fatalities or 0 for e in _of(found, "Killing"))
    assert tolls == [20, 1000], [(e.trigger.text, e.fatalities) for e in _of(found, "Killing")]


def test_killing_the_attackers_does_not_make_the_attack_the_killers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Burkina Faso army said it killed 20 assailants in an attack on its base in Tawori on Tuesday.")
    attack = _of(found, "Attack")[0]
    assert attack.agent is None, _name(names, attack.agent)


def test_a_slain_man_and_an_attack_it_was_called_are_no_new_events(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two explosions killed nearly 100 people at a memorial for slain Iranian general Qassem "
                          "Soleimani. Officials called it a terrorist attack.")
    assert [e.cls for e in found] == ["Bombing", "Killing"], [(e.cls, e.trigger.text) for e in found]
    found, names = events("According to the sources, the slain military officials included four Russian generals.")
    assert [e.trigger.text for e in _of(found, "Killing")] == ["slain"], [(e.cls, e.trigger.text) for e in found]


def test_the_blasts_striking_a_crowd_are_the_blasts_there(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two explosions killed nearly 100 people at a ceremony in Iran on Wednesday. The blasts struck a "
                          "crowd gathered near the tomb in the southeastern city of Kerman.")
    assert [(e.cls, _name(names, e.place)) for e in found if e.cls != "Killing"] == [("Bombing", "Kerman")], \
        [(e.cls, e.trigger.text, _name(names, e.place)) for e in found]


def test_a_claims_day_is_not_the_bombings(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Twin blasts kill nearly 100 at memorial for slain Iranian general\n\n"
                          "DUBAI, Jan 3 (Reuters) - Two explosions killed nearly 100 people and wounded scores at a ceremony "
                          "in Iran on Wednesday, state media reported.\n\nIslamic State claimed responsibility for the "
                          "bombings on Thursday, the group said in a statement on its Telegram channels.")
    bombing = _of(found, "Bombing")[0]
    assert bombing.date is not None and bombing.date.raw is not None and bombing.date.raw.text == "Wednesday", bombing.date


def test_the_strike_on_a_groups_centre_is_the_strike_on_the_city(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli strike on Beirut building kills nine, Lebanon says\n\n"
                          "BEIRUT (Reuters) - An Israeli air strike hit a building in central Beirut early on Thursday, "
                          "killing nine people and wounding 14, Lebanon's health ministry said. Hezbollah-affiliated "
                          "emergency services said the strike hit one of its centres in the Bachoura neighbourhood, killing "
                          "seven of its members.")
    assert len([e for e in found if e.cls in ("Airstrike", "Attack")]) == 1, [(e.cls, e.trigger.text) for e in found]


def test_where_after_people_in_a_place_is_that_place(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli ground troops also clashed with Hezbollah fighters in southern Lebanon, where eight "
                          "Israeli soldiers were killed on Wednesday.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.place) == "Lebanon" and killing.place_phrase is None, (killing.place, killing.place_phrase)


def test_a_headlines_charge_is_the_ledes_report(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's RSF accused of killing over 100 in attack on Gezira village\n\n"
                          "PORT SUDAN (Reuters) - Sudan's paramilitary Rapid Support Forces killed more than 100 people in "
                          "an attack on a village in the central state of Gezira on Wednesday, activists said.")
    assert len(_of(found, "Killing")) == 1 and len(_of(found, "Attack")) == 1, [(e.cls, e.trigger.text) for e in found]


def test_a_defence_ministry_speaks_for_the_forces_that_struck(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Turkish warplanes struck 32 targets of Kurdish militants in northern Iraq and Syria on "
                          "Wednesday night, the defence ministry said.")
    said = _of(found, "Statement")[0]
    assert _name(names, said.agent) == "Turkish Defence Ministry", names


def test_an_attack_a_later_verb_was_joined_to_killed_them(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Turkish warplanes struck 32 targets of Kurdish militants in northern Iraq and Syria on Wednesday "
                          "night, the defence ministry said, hours after an attack on a state-owned aerospace company near "
                          "Ankara killed five people.")
    killing = _of(found, "Killing")[0]
    assert killing.agent is None and killing.agent_phrase is None, (_name(names, killing.agent), killing.agent_phrase)
    assert _name(names, killing.place) == "Ankara", names


def test_a_full_name_before_a_longer_one_is_another_man(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Armed bandits killed at least 20 people in raids on three villages, police said. The gunmen went from "
                    "house to house, said Abubakar Sadiq, a resident of Yargoje village. Police spokesman Abubakar Sadiq "
                    "Aliyu said officers had been deployed.")
    people = sorted(e.label for e in done.entities if e.cls == "Person")
    assert people == ["Abubakar Sadiq", "Abubakar Sadiq Aliyu"], people


def test_an_attack_happened_in_the_town_its_toll_was_taken_in(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Nigeria suicide bombings kill 18 in Borno's Gwoza town\n\n"
                          "MAIDUGURI, Nigeria (AP) - Suspected female suicide bombers attacked a wedding, a funeral and a "
                          "hospital in northeastern Nigeria's Borno state on Saturday, killing at least 18 people, the state "
                          "emergency agency said.")
    bombing = _of(found, "Bombing")[0]
    assert _name(names, bombing.place) == "Gwoza", names


def test_what_a_health_ministry_says_it_killed_the_strike_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli air strike on central Beirut killed Hezbollah's chief spokesman Mohammad Afif on "
                          "Sunday. The strike hit the offices of the Lebanese Baath Party in the densely populated Ras "
                          "al-Nabaa district. Lebanon's health ministry said it killed at least one person and wounded three.")
    counted = [e for e in found if e.cls in ("Killing", "Injury") and (e.fatalities or e.injured)]
    assert [(e.cls, _name(names, e.agent)) for e in counted] == [("Killing", None), ("Injury", None)], \
        [(e.cls, _name(names, e.agent)) for e in counted]
    assert len([e for e in found if e.cls in ("Airstrike", "Attack")]) == 1, [(e.cls, e.trigger.text) for e in found]


def test_a_headlines_building_is_the_ledes_headquarters_of_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudanese army retakes state broadcaster in Omdurman\n\n"
                          "KHARTOUM, Feb 2 (Reuters) - Sudan's army said on Friday it had recaptured the headquarters of "
                          "the state radio and television broadcaster in Omdurman from the paramilitary Rapid Support Forces.")
    assert len(_of(found, "Capture")) == 1, [(e.trigger.text, e.target_phrase) for e in _of(found, "Capture")]


def test_what_a_headline_pays_back_is_what_the_lede_pays_back(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran launches drones and missiles at Israel in retaliation for Damascus strike\n\n"
                          "JERUSALEM (Reuters) - Iran launched more than 300 drones and missiles at Israel late on Saturday "
                          "in its first direct attack on Israeli territory, in retaliation for a suspected Israeli strike "
                          "on its embassy compound in Damascus on April 1.")
    strike = next(e for e in found if e.trigger.text == "strike")
    assert _name(names, strike.agent) == "Israel Defense Forces" and strike.status == "Alleged", \
        (_name(names, strike.agent), strike.status, strike.target_phrase)


def test_forces_siding_with_a_country_are_not_its_own(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("A blast struck a military base south of Baghdad used by pro-Iran forces overnight. Pro-Russian "
                    "forces shelled the town, local officials said.")
    forces = sorted(e.label for e in done.entities if e.cls == "StateForce")
    assert forces == [], forces


def test_the_wires_one_word_naypyitaw_is_myanmars_capital(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Soldiers blocked roads in the capital Naypyitaw and the main city Yangon. Troops were also "
                    "deployed in Naypyidaw on Tuesday.")
    types = {e.label: e.cls for e in done.entities}
    assert types.get("Nay Pyi Taw") == "City" and "Naypyitaw" not in types and "Naypyidaw" not in types, types


def test_a_capital_that_captured_ground_is_its_state(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia ordered its troops to withdraw from the west bank of the Dnipro River near Kherson, "
                          "the only regional capital Moscow had captured since the invasion began.")
    capture = _of(found, "Capture")[0]
    assert _name(names, capture.agent) == "Russia", _name(names, capture.agent)


def test_a_subject_the_parser_hung_on_after_does_what_follows(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to disarm and disband under "
                          "a ceasefire brokered by Russian peacekeepers, a day after Azerbaijan launched a military "
                          "operation to take control of the breakaway region.")
    capture = _of(found, "Capture")[0]
    assert _name(names, capture.agent) == "Azerbaijan" and capture.agent_phrase is None, \
        (_name(names, capture.agent), capture.agent_phrase)


def test_a_headlines_second_verb_shares_the_first_ones_subject(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Myanmar army seizes power, detains Aung San Suu Kyi\n\n"
                          "YANGON, Feb 1 (Reuters) - Soldiers blocked roads in the main city Yangon on Monday.")
    arrest = _of(found, "Arrest")[0]
    assert _name(names, arrest.agent) == "Myanmar military" and _name(names, arrest.target) == "Aung San Suu Kyi", \
        (_name(names, arrest.agent), _name(names, arrest.target))


def test_a_blast_that_struck_a_base_is_one_bombing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A blast struck a military base south of Baghdad overnight, killing one member and wounding "
                          "eight others, the Iraqi army said on Saturday.")
    attacks = [e for e in found if e.cls in ("Attack", "Bombing", "Airstrike")]
    assert [(e.cls, e.trigger.text) for e in attacks] == [("Bombing", "blast")], [(e.cls, e.trigger.text) for e in attacks]
    assert attacks[0].target_phrase is not None and attacks[0].target_phrase.text == "a military base"


def test_the_strikes_whose_targets_a_side_disputes_are_the_strikes_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pakistan strikes inside Afghanistan after attack on army post\n\n"
                          "ISLAMABAD, March 18 (Reuters) - Pakistani jets bombed suspected militant hideouts inside "
                          "Afghanistan on Monday, killing eight people, the Taliban government said. Taliban spokesman "
                          "Zabihullah Mujahid said the strikes hit homes in Khost and Paktika provinces.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike") and e.trigger.text != "attack"]
    assert len(strikes) == 1, [(e.cls, e.trigger.text, e.target_phrase) for e in strikes]


def test_the_explosion_at_a_base_named_now_is_the_headlines(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Explosion hits Iraqi military base used by pro-Iran forces\n\n"
                          "BAGHDAD, April 20 (Reuters) - A blast struck a military base south of Baghdad overnight, "
                          "killing one member, the Iraqi army said on Saturday. The Popular Mobilization Forces said the "
                          "explosion at Kalsu base caused material damage.")
    bombings = _of(found, "Bombing")
    assert len(bombings) == 1, [(e.trigger.text, e.target_phrase) for e in bombings]


def test_men_believed_to_be_bandits_abducted_people(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen stormed a mosque in Zamfara state and killed 12 worshippers, police said. The "
                          "attackers, believed to be bandits, also abducted an unknown number of people, police "
                          "spokesman Mohammed Shehu said.")
    arrest = _of(found, "Arrest")[0]
    assert arrest.agent_phrase is not None and arrest.agent_phrase.text == "The attackers", arrest.agent_phrase


def test_a_minister_of_another_portfolio_is_not_the_spokesman_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Police spokesman Abdifatah Aden Hassan said five civilians and a soldier died. Government "
                          "ministers had been staying at the Villa Rose hotel, and the environment minister was among "
                          "those injured.")
    injury = _of(found, "Injury")[0]
    assert injury.target is None and injury.target_phrase is not None \
        and injury.target_phrase.text == "the environment minister", (_name(names, injury.target), injury.target_phrase)


def test_a_military_or_ground_operation_is_an_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel launches ground operation in southern Lebanon\n\n"
                          "Ethnic Armenian forces agreed on Wednesday to disarm, a day after Azerbaijan launched a "
                          "military operation to take control of the breakaway region.")
    attacks = [(e.trigger.text, _name(names, e.agent), _name(names, e.place)) for e in _of(found, "Attack")]
    assert attacks == [("ground operation", "Israel", "Lebanon"), ("military operation", "Azerbaijan", None)], attacks


def test_who_ends_a_raid_made_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel ends two-day Jenin raid as troops pull out\n\n"
                          "JENIN, West Bank (Reuters) - Israeli forces withdrew from the Jenin refugee camp on Wednesday.")
    raid = next(e for e in found if e.trigger.text == "raid")
    assert _name(names, raid.agent) == "Israel", _name(names, raid.agent)


def test_the_group_named_after_whose_is_the_doer(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rebel commander Abu Mohammed al-Golani, whose Hayat Tahrir al-Sham group led the offensive, "
                          "visited the Umayyad Mosque.")
    offensive = _of(found, "Attack")[0]
    assert _name(names, offensive.agent) == "Hayat Tahrir al-Sham", _name(names, offensive.agent)


def test_a_list_of_countries_ends_at_its_and(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Under the deal, brokered by the United States and France, Israeli troops are to withdraw from "
                    "southern Lebanon within 60 days.")
    forces = sorted(e.label for e in done.entities if e.cls == "StateForce")
    assert forces == ["Israel Defense Forces"], forces


def test_a_strike_on_a_groups_chief_is_the_strike_on_him(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli strike targets Hamas military chief in Gaza, killing 90\n\n"
                          "GAZA, July 13 (Reuters) - An Israeli airstrike targeted Hamas military commander Mohammed Deif "
                          "in a designated humanitarian zone in southern Gaza on Saturday, killing at least 90 Palestinians, "
                          "health officials said.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1 and _name(names, strikes[0].target) == "Mohammed Deif", \
        [(e.trigger.text, _name(names, e.target)) for e in strikes]


def test_no_certainty_yet_that_a_man_was_killed_leaves_it_unsettled(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Prime Minister Benjamin Netanyahu said there was not yet absolute certainty that Mohammed Deif "
                          "had been killed.")
    killing = _of(found, "Killing")[0]
    assert killing.status == "Alleged", killing.status


def test_rebels_sweeping_in_without_meeting_resistance_made_no_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Syrian rebels swept into Damascus on Sunday without meeting any resistance.")
    assert _of(found, "Attack") == [], [(e.cls, e.trigger.text) for e in found]


def test_the_deadliest_attack_those_killed_died_in_is_the_one_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen in camouflage opened fire on concertgoers at the Crocus City Hall near Moscow on Friday "
                          "and set the building ablaze, killing at least 133 people in the deadliest attack in Russia in "
                          "two decades. Islamic State claimed responsibility for the attack.")
    attacks = _of(found, "Attack")
    assert [e.trigger.text for e in attacks] == ["opened fire"] and _name(names, attacks[0].agent) == "Islamic State", \
        [(e.trigger.text, _name(names, e.agent), _name(names, e.place)) for e in attacks]


def test_a_counterattack_is_an_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army said its troops had killed 20 attackers in a counterattack near the village.")
    assert [e.trigger.text for e in _of(found, "Attack")] == ["counterattack"], [(e.cls, e.trigger.text) for e in found]


def test_a_man_confirmed_dead_said_nothing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Wagner chief Prigozhin confirmed dead in plane crash\n\n"
                          "MOSCOW (Reuters) - The private jet crashed on Wednesday in the Tver region.")
    assert [e.cls for e in found] == ["Killing"] and _name(names, found[0].target) == "Prigozhin", \
        [(e.cls, e.trigger.text, _name(names, e.agent), _name(names, e.target)) for e in found]


def test_those_found_dead_are_the_dead(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two soldiers were found dead near the base on Monday.")
    killing = _of(found, "Killing")[0]
    assert killing.target_phrase is not None and killing.target_phrase.text == "Two soldiers" and killing.fatalities == 2, \
        (killing.target_phrase, killing.fatalities)


def test_the_first_direct_attack_set_off_by_commas_is_the_launch(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran launched more than 300 drones and missiles at Israel late on Saturday, in its first direct "
                          "attack on Israeli territory, but most were shot down by Israel and its allies, the Israeli "
                          "military said.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert [(_name(names, e.agent), _name(names, e.target)) for e in attacks] == [("Iran", "Israel")], \
        [(e.trigger.text, _name(names, e.agent), _name(names, e.target)) for e in attacks]


def test_the_first_time_troops_were_killed_is_the_killing_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Three U.S. service members were killed in a drone attack on a base in Jordan, President Joe "
                          "Biden said. It was the first time U.S. troops had been killed by enemy fire in the Middle East "
                          "since the start of the Gaza war.")
    assert len(_of(found, "Killing")) == 1, [(e.trigger.text, e.target_phrase) for e in _of(found, "Killing")]


def test_a_civil_emergency_service_speaks_not_its_land(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli strike on a school in Gaza City killed more than 90 people on Saturday, the Gaza "
                          "civil emergency service said.")
    said = _of(found, "Statement")[0]
    assert _name(names, said.agent) == "Gaza Strip Civil Defence", _name(names, said.agent)


def test_a_federal_portfolio_before_minister_is_no_organisation(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Federal Home Minister Amit Shah visited the state this week and appealed for peace.")
    assert [(e.label, e.cls) for e in done.entities] == [("Amit Shah", "Person")], [(e.label, e.cls) for e in done.entities]


def test_a_hedged_people_in_a_headline_is_no_organisation(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Suspected Fulani herders kill 20 villagers in central Nigeria\n\n"
                    "JOS, Nigeria (AP) - Gunmen killed at least 20 people in overnight attacks on three villages.")
    assert "Fulani" not in {e.label for e in done.entities}, [(e.label, e.cls) for e in done.entities]


def test_a_christmas_party_is_no_organisation(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen opened fire at a Christmas party in the central Mexican state of Guanajuato early on "
                          "Sunday, killing 12 people.")
    assert "Christmas" not in names, names


def test_an_attack_in_a_town_of_a_state_named_as_its_city_is_one(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Mexican gunmen attack party, killing 12 in Guanajuato\n\n"
                          "MEXICO CITY (Reuters) - Gunmen opened fire at a party in the central Mexican state of "
                          "Guanajuato early on Sunday, killing 12 people, state authorities said. The attack took place "
                          "in the town of Salvatierra.")
    assert len(_of(found, "Attack")) == 1, [(e.trigger.text, _name(names, e.place)) for e in _of(found, "Attack")]


def test_the_first_fatalities_set_off_by_a_comma_are_those_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Houthi missile struck a Barbados-flagged bulk carrier in the Gulf of Aden on Wednesday, "
                          "killing three crew members, the first fatalities in the group's campaign against shipping, "
                          "the U.S. military said.")
    assert [e.trigger.text for e in _of(found, "Killing")] == ["killing"], [e.trigger.text for e in _of(found, "Killing")]


def test_a_claim_is_for_todays_attack_not_one_years_back(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two explosions killed at least 95 people at a ceremony in Iran on Wednesday to commemorate top "
                          "commander Qassem Soleimani, who was killed by a U.S. drone strike in 2020, officials said. "
                          "Islamic State claimed responsibility a day later. Iranian officials had initially blamed Israel "
                          "and the United States.")
    bombing = _of(found, "Bombing")[0]
    claim = next(e for e in found if e.trigger.text == "claimed")
    blame = _of(found, "Accusation")[0]
    assert _name(names, bombing.agent) == "Islamic State", _name(names, bombing.agent)
    assert [found[i].cls for i in claim.about] == ["Bombing"] and [found[i].cls for i in blame.about] == ["Bombing"], \
        (claim.about, blame.about)


def test_what_a_headline_and_its_lede_both_pay_back_is_one_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel strikes military targets in Iran in retaliation for missile attack\n\n"
                          "DUBAI (Reuters) - Israeli warplanes carried out three waves of strikes before dawn on Saturday "
                          "against missile factories near Tehran, the Israeli military said, in retaliation for Iran's "
                          "Oct. 1 ballistic missile attack on Israel.")
    repaid = [e for e in _of(found, "Attack") if e.trigger.text == "attack"]
    assert [(_name(names, e.agent), _name(names, e.target)) for e in repaid] == [("Iran", "Israel")], \
        [(e.trigger.text, _name(names, e.agent), _name(names, e.target)) for e in repaid]


def test_the_army_whose_outpost_was_attacked_did_not_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen kill 15 in Burkina Faso army outpost attack\n\n"
                          "OUAGADOUGOU (Reuters) - Jihadist militants attacked an army outpost in northern Burkina Faso on "
                          "Friday, killing 15 soldiers, the army said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and attacks[0].agent is None and attacks[0].agent_phrase is not None, \
        [(e.trigger.text, _name(names, e.agent), e.agent_phrase) for e in attacks]


def test_a_headlines_explosions_are_the_bodys_explosions_not_an_attack_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia invades Ukraine; explosions heard in Kyiv\n\n"
                          "KYIV (Reuters) - Russian forces launched a full-scale invasion of Ukraine on Thursday, firing "
                          "missiles at several cities. Ukraine's president Volodymyr Zelenskiy said Russia had attacked "
                          "military infrastructure. Explosions were heard in Kyiv, Kharkiv and Odesa.")
    bombings = _of(found, "Bombing")
    assert [(_name(names, e.agent), _name(names, e.place)) for e in bombings] == [(None, "Kyiv")], \
        [(e.trigger.text, _name(names, e.agent), _name(names, e.place)) for e in bombings]


def test_every_named_speaker_of_a_statement_is_its_agent(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("AMMAN (Reuters) - Turkey, Iran and Iraq condemned the air strike on the market in Zakho on "
                          "Tuesday. Kuwait and Oman said the attack broke international law.")
    condemned = _of(found, "Accusation")[0]
    said = next(e for e in found if e.cls == "Statement" and e.trigger.text == "said")
    assert [_name(names, i) for i in (condemned.agent, *condemned.more_agent_entities)] == ["Turkey", "Iran", "Iraq"]
    assert [_name(names, i) for i in (said.agent, *said.more_agent_entities)] == ["Kuwait", "Oman"]


def test_according_to_names_a_source_not_what_was_condemned(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Pakistan condemned the shelling of a school in Kandahar, which killed nine pupils, according "
                      "to local officials.")
    condemned = _of(found, "Accusation")[0]
    assert condemned.content is None or "according" not in condemned.content.text, condemned.content


def test_a_day_after_the_deed_paid_back_is_that_deeds_day(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah fired 200 rockets at northern Israel on Wednesday in revenge for an Israeli strike "
                          "on its commander in Beirut on July 30.")
    fired = next(e for e in found if _name(names, e.agent) == "Hezbollah")
    strike = next(e for e in found if e.trigger.text == "strike")
    assert fired.date is not None and fired.date.value == "2024-06-12", fired.date
    assert strike.date is not None and strike.date.value.endswith("-07-30"), strike.date


def test_a_church_in_a_village_is_nearer_than_the_north_of_the_country(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militants attacked a market in eastern Burkina Faso on Saturday. The same day, gunmen killed "
                          "at least 11 people at a Catholic church in the village of Seytenga in the north of the "
                          "country, the diocese said.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.place) == "Seytenga", _name(names, killing.place)


def test_the_same_day_and_the_next_day_count_from_the_last_day_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militants stormed a police station in Lakki Marwat on Monday, killing four officers. "
                          "The same day, a bomb killed two soldiers in Bannu. The next day, security forces arrested "
                          "six suspects in Dera Ismail Khan.")
    bannu = next(e for e in _of(found, "Killing") if _name(names, e.place) == "Bannu")
    arrest = _of(found, "Arrest")[0]
    assert bannu.date is not None and bannu.date.value == "2024-06-10", bannu.date
    assert arrest.date is not None and arrest.date.value == "2024-06-11", arrest.date


def test_the_attack_after_the_attacker_was_shot_is_the_attack_told_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A man armed with a knife stabbed four people at a bus stop in Haifa on Monday, police said. "
                          "The assailant was shot dead by a police officer. The mayor said the city would review "
                          "security after the attack.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and attacks[0].agent is None, \
        [(e.trigger.text, _name(names, e.agent)) for e in attacks]


def test_a_headlines_attack_after_is_the_bodys_missile_and_drone_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel strikes Hezbollah targets, a day after Lebanese attack\n\n"
                          "BEIRUT (Reuters) - Israeli jets struck Hezbollah positions in southern Lebanon on Tuesday, a "
                          "day after Hezbollah launched a rocket and drone attack on northern Israel.")
    hezbollah = [e for e in found if e.cls in ("Attack", "Airstrike") and _name(names, e.agent) == "Hezbollah"]
    unnamed = [e for e in found if e.cls in ("Attack", "Airstrike") and e.agent is None and e.agent_phrase is None]
    assert len(hezbollah) == 1 and not unnamed, [(e.trigger.text, _name(names, e.agent)) for e in found]


def test_christmas_eve_is_a_day(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen killed 16 villagers in Plateau state on Christmas Eve, a local official said.")
    killing = _of(found, "Killing")[0]
    assert killing.date is not None and killing.date.value == "2023-12-24", killing.date


def test_a_day_declared_one_of_mourning_is_not_the_declarations(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("President Alexander Lukashenko declared Sunday a national day of mourning.")
    declared = next(e for e in found if e.trigger.text == "declared")
    assert declared.date is None, declared.date


def test_a_headlines_hall_in_a_town_is_the_bodys_named_hall_near_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen kill 40 at Minsk concert hall\n\n"
                          "MINSK (Reuters) - Gunmen in camouflage opened fire at the Palace of Republic concert venue near "
                          "Minsk on Friday, killing at least 40 people, officials said.")
    killings = _of(found, "Killing")
    assert len(killings) == 1, [(e.trigger.text, _name(names, e.place)) for e in killings]


def test_across_the_country_is_the_reporting_ministrys_country(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("BEIRUT (Reuters) - Israel said it had struck Hezbollah sites in southern Lebanon. Israel's "
                          "army said troops were ready. Syria's interior ministry said 30 people were killed in Israeli "
                          "strikes across the country on Sunday.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.place) == "Syria", _name(names, killing.place)


def test_the_injured_the_parser_hung_on_a_noun_are_no_new_injury(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A bomb wounded 12 people in a market in Quetta on Friday, police said. The governor ordered "
                      "doctors to ensure the injured received treatment.")
    assert len(_of(found, "Injury")) == 1, [(e.trigger.text, e.target_phrase) for e in _of(found, "Injury")]


def test_the_attack_leader_names_the_attack_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Armed men attacked a police station in Lashkar Gah on Saturday, officials said. The attack "
                          "leader, a former police officer, was arrested.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [(e.trigger.text, e.agent_phrase) for e in attacks]


def test_later_that_day_dates_the_saying_that_opens_the_sentence(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army said on Monday it had retaken the town of Kidal. Later that day, the rebels said "
                          "they had shot down a helicopter near Tessalit.")
    said = [e for e in found if e.cls == "Statement" and e.trigger.text == "said"]
    assert said[-1].date is not None and said[-1].date.value == "2024-06-10", said[-1].date
    shot = next(e for e in found if e.trigger.text.startswith("shot"))
    assert shot.date is None, shot.date


def test_a_capital_that_fends_off_or_steps_up_attacks_is_its_state(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The airliner was diverted from the region, where Moscow had been repelling Ukrainian drone "
                          "attacks for hours. Kyiv has stepped up attacks on Russian oil refineries.")
    places = {_name(names, e.place) for e in found if e.cls in ("Attack", "Airstrike")}
    agents = {_name(names, e.agent) for e in found if e.cls in ("Attack", "Airstrike")}
    assert "Moscow" not in places and "Kyiv" not in agents, (places, agents)


def test_a_right_to_strike_is_no_strike_made(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The defence minister said Iran had every right to strike the bases used against it.")
    strike = next(e for e in found if e.trigger.text == "strike")
    assert strike.status == "Planned", strike.status


def test_a_headlines_strike_on_a_city_is_the_ledes_in_a_district_of_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli strike on Damascus building kills four Hezbollah members\n\n"
                          "BEIRUT (Reuters) - An Israeli air strike on a building in the Mezzeh district of Damascus on "
                          "Monday killed four members of Lebanon's Hezbollah, Syrian state media said.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1, [(e.trigger.text, _name(names, e.place)) for e in strikes]


def test_a_headlines_attack_is_where_its_dead_were_not_a_later_strike_abroad(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Four killed in attack on power plant near Izmir\n\n"
                          "IZMIR (Reuters) - Gunmen killed four guards at a power plant near Izmir on Tuesday, officials "
                          "said. The army carried out air strikes on militant targets in northern Iraq hours later.")
    later = [e for e in found if e.cls in ("Attack", "Airstrike") and _name(names, e.place) == "Iraq"]
    assert all(e.trigger.text != "attack" for e in later), [(e.trigger.text, _name(names, e.place)) for e in later]


def test_a_fire_set_to_a_camp_for_people_somewhere_is_there_and_then(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A drone strike set fire to a shelter for displaced families in Khan Younis on Tuesday night, "
                          "killing at least 12 people, medics said.")
    fire = next(e for e in found if e.trigger.text == "set fire to")
    assert _name(names, fire.place) == "Khan Yunis", _name(names, fire.place)
    assert fire.date is not None and fire.date.value == "2024-06-11", fire.date


def test_a_strike_days_before_is_not_where_the_news_happened(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Blasts were heard near the northern Syrian city of Aleppo early on Sunday, two weeks after "
                          "Turkey's drone and artillery strikes on Kurdish fighters.")
    turkish = next(e for e in found if _name(names, e.agent) in ("Turkey", "Turkish forces"))
    assert _name(names, turkish.place) != "Aleppo", _name(names, turkish.place)


def test_the_first_fatal_attack_adds_no_death(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A drone launched by the rebels hit a tanker in the Red Sea on Monday, killing two sailors in the "
                      "first fatal attack by the group on shipping, the navy said.")
    killings = _of(found, "Killing")
    assert len(killings) == 1, [(e.trigger.text, e.target_phrase) for e in killings]


def test_a_headlines_blast_is_the_ledes_drone_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah commander killed in Tyre blast\n\n"
                          "BEIRUT (Reuters) - A senior Hezbollah commander was killed by a drone strike on his car in the "
                          "southern Lebanese city of Tyre on Monday, security sources said.")
    strikes = [e for e in found if e.cls in ("Airstrike", "Bombing", "Attack")]
    assert [e.cls for e in strikes] == ["Airstrike"], [(e.cls, e.trigger.text) for e in strikes]


def test_their_offensive_is_not_the_army_the_rebels_drove_out(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Syrian rebels led by the Free Syrian Army swept into Homs on Friday, forcing the army to "
                          "withdraw, in their biggest offensive in years, the army said on Saturday.")
    agents = {_name(names, e.agent) for e in found if e.cls == "Attack"}
    assert "Syrian forces" not in agents and "Syrian Arab Army" not in agents, agents


def test_an_attack_feared_is_not_yet_made(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Oil prices rose on Monday as fears grew of a Russian offensive on Kharkiv.")
    offensive = next(e for e in found if e.trigger.text == "offensive")
    assert offensive.status == "Planned", offensive.status


def test_the_strike_blamed_later_leaves_the_headlines_strike_the_ledes_hit(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rocket strike on Kiryat Shmona playground kills four\n\n"
                          "JERUSALEM (Reuters) - A rocket fired from Lebanon hit a playground in the northern town of "
                          "Kiryat Shmona on Sunday, killing four children, the military said. Israel blamed Hezbollah "
                          "for the strike.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.trigger.text, _name(names, e.place)) for e in attacks]


def test_a_crowd_fired_on_while_waiting_for_aid_is_where_and_when_they_waited(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Soldiers opened fire on people waiting for flour trucks in Deir al-Balah on Tuesday, killing "
                          "at least 20, medics said.")
    fire = next(e for e in found if e.trigger.text == "opened fire")
    assert _name(names, fire.place) == "Deir al-Balah", _name(names, fire.place)
    assert fire.date is not None and fire.date.value == "2024-06-11", fire.date


def test_a_headlines_bare_health_ministry_is_the_one_the_body_names(resolved) -> None:  # type: ignore[no-untyped-def]
    found = resolved("Dozens killed in strike on Gaza camp, health ministry says\n\n"
                     "GAZA (Reuters) - An Israeli strike on a camp in central Gaza killed 30 Palestinians on Sunday, the "
                     "Gaza health ministry said.")
    ministries = {e.label for e in found.entities if e.cls == "Government"}
    assert len(ministries) == 1, ministries


def test_a_headlines_counted_people_killed_are_those_killed_not_killers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Army frees two hostages from Kunduz, 30 Afghans killed\n\n"
                          "KABUL (Reuters) - Soldiers freed two hostages in a raid near Kunduz on Monday.")
    killing = _of(found, "Killing")[0]
    assert killing.agent_phrase is None or "Afghans" not in killing.agent_phrase.text, killing.agent_phrase


def test_the_attack_told_with_the_strikes_is_those_strikes(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("DUBAI (Reuters) - U.S. air strikes on militia bases in Iraq on Friday killed 16 fighters, the "
                          "Iraqi government said, adding that the attack had violated Iraqi sovereignty.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.trigger.text, _name(names, e.agent)) for e in attacks]


def test_a_headlines_children_abducted_are_the_ledes_pupils(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen kidnap 20 children in Zamfara\n\n"
                          "GUSAU (Reuters) - Gunmen abducted 20 pupils from a school in Nigeria's Zamfara state on Friday, "
                          "police said.")
    assert len(_of(found, "Arrest")) == 1, [(e.trigger.text, e.target_phrase) for e in _of(found, "Arrest")]


def test_the_second_kidnapping_in_a_week_is_the_one_told_not_the_one_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Bandits seize 30 villagers in Katsina, third mass abduction in a week\n\n"
                          "KATSINA (Reuters) - Bandits abducted 30 villagers in Nigeria's Katsina state on Friday, police "
                          "said, the third mass abduction in the region in a week. On Tuesday, gunmen seized 61 people "
                          "from a village in Kaduna state.")
    arrests = _of(found, "Arrest")
    assert sorted(e.quantity or 0 for e in arrests) == [30, 61], [(e.trigger.text, e.quantity) for e in arrests]


def test_the_assailants_read_as_the_group_still_tell_the_attack_again(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Fighters from the Allied Democratic Forces killed at least 18 people in an overnight attack on a "
                          "village in North Kivu province, the army said on Tuesday. The assailants attacked the village "
                          "of Mayikengo with machetes, an army spokesman said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [(e.trigger.text, _name(names, e.place)) for e in attacks]


def test_an_army_ambush_that_gunmen_killed_in_was_not_the_armys(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militants kill 9 in Burkina army ambush near Niger border\n\n"
                          "OUAGADOUGOU (Reuters) - Suspected jihadists killed nine soldiers in an ambush near Burkina "
                          "Faso's border with Niger on Monday, the army said.")
    agents = {_name(names, e.agent) for e in found if e.cls in ("Attack", "Killing")}
    assert agents <= {None}, agents


def test_a_rocket_fired_at_a_country_is_the_one_fired_at_its_named_base(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah rocket fired at Israel intercepted\n\n"
                          "JERUSALEM (Reuters) - Hezbollah fired a long-range rocket at Israel's Nevatim air base on "
                          "Tuesday, the military said, adding that it had been intercepted.")
    fired = [e for e in found if e.cls in ("Attack", "Airstrike") and _name(names, e.agent) == "Hezbollah"]
    assert len(fired) == 1, [(e.trigger.text, _name(names, e.target)) for e in fired]


def test_the_governor_is_not_the_mayor_named_before(resolved) -> None:  # type: ignore[no-untyped-def]
    found = resolved("An Israeli strike on the town hall in Bint Jbeil on Tuesday killed the town's mayor, Hassan Ali, "
                     "and two others, officials said. The strike hit during a council meeting, the governor said.")
    names = [e.label for e in found.entities]
    keys = found.mention_keys
    spoken = [keys[i] for i, m in enumerate(found.extraction.mentions) if m.span.text == "the governor"]
    assert not spoken or all(k is None or "hassan-ali" not in k for k in spoken), (names, spoken)


def test_a_neighbourhood_the_parser_made_a_subject_kills_nobody(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli strikes on Gaza City's Jabalia refugee camp and the Tuffah neighbourhood killed at "
                          "least 19 people on Sunday, the civil defence said.")
    agents = {_name(names, e.agent) for e in _of(found, "Killing")}
    assert "Tuffah" not in agents, agents


def test_later_in_the_day_counts_from_the_day_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Troops stormed the town of Jenin on Monday, residents said. Later in the day, drones struck "
                          "a house in the camp, killing three people, medics said.")
    struck = next(e for e in found if e.trigger.text.endswith("struck"))
    assert struck.date is not None and struck.date.value == "2024-06-10", struck.date


def test_the_strike_in_a_neighbourhood_is_the_strike_told_in_its_city(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("BEIRUT (Reuters) - An Israeli air strike destroyed a residential building in central Beirut on "
                          "Thursday, killing at least 11 people, the health ministry said. The strike in the Basta Tahta "
                          "neighbourhood came without warning, residents said.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1, [(e.trigger.text, _name(names, e.place), e.place_phrase) for e in strikes]


def test_a_town_named_before_its_attack_is_where_not_who(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Four police officers were killed in an attack in Tank on Sunday, police said. The "
                          "Pakistani Taliban claimed responsibility for the Tank attack.")
    agents = {_name(names, e.agent) for e in found if e.cls in ("Attack", "Killing")}
    assert "Tank" not in agents, agents


def test_a_headlines_attack_on_a_states_village_is_the_ledes_village_in_that_state(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's RSF kills 40 in attack on Sennar village\n\n"
                          "CAIRO (Reuters) - Fighters from Sudan's Rapid Support Forces killed at least 40 people in an "
                          "attack on the village of Jalqini in Sennar state, a resistance committee said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [(e.trigger.text, _name(names, e.target), _name(names, e.place)) for e in attacks]


def test_the_defence_ministry_of_a_state_that_struck_is_that_states(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("ISTANBUL (Reuters) - Turkey carried out air strikes on militant targets in northern Iraq on "
                          "Thursday, destroying 20 targets, the defence ministry said. Syrian officials said the strikes "
                          "killed four civilians.")
    said = next(e for e in found if e.cls == "Statement" and e.trigger.text == "said")
    assert _name(names, said.agent) == "Turkish Defence Ministry", _name(names, said.agent)


def test_shelling_of_a_market_in_a_city_is_in_that_city(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Shelling of a market in the Russian-held city of Horlivka in eastern Ukraine killed 12 people "
                          "on Saturday, the city's mayor said.")
    shelling = next(e for e in found if e.trigger.text == "Shelling")
    assert _name(names, shelling.place) == "Horlivka", _name(names, shelling.place)


def test_an_attack_which_took_place_on_a_day_is_that_days(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Eight people were wounded in the bombing, which took place on May 3 near the market, police said.")
    bombing = next(e for e in found if e.trigger.text == "bombing")
    assert bombing.date is not None and bombing.date.value == "2024-05-03", bombing.date


def test_the_attack_the_wounded_were_hurt_in_is_the_killing_told_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed at least nine people during a Sunday service at a church in the village of "
                          "Kantchari, the diocese said. Another eight people were wounded in the attack, the diocese said.")
    killing = _of(found, "Killing")[0]
    attack = _of(found, "Attack")[0]
    assert killing.part_of is not None and found[killing.part_of] is attack, killing.part_of
    assert _name(names, killing.place) == "Kantchari", _name(names, killing.place)


def test_what_a_deed_is_called_is_no_deed_of_its_own(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Paramilitary fighters attacked the village of Umm Sider on Wednesday, killing 35 people, a "
                      "local committee said. The governor condemned the attack and called it a massacre.")
    assert not any(e.trigger.text == "massacre" for e in found), [(e.cls, e.trigger.text) for e in found]


def test_a_day_before_after_weeks_of_fighting_is_the_day(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The rebel alliance said its fighters captured the town of Hpakant on Monday after weeks of "
                      "fighting with the army.")
    captured = _of(found, "Capture")[0]
    assert captured.date is not None and captured.date.value == "2024-06-10", captured.date


def test_two_adjectives_before_a_school_name_none(resolved) -> None:  # type: ignore[no-untyped-def]
    labels = {e.label for e in resolved("Bandits abduct 20 pupils from Nigerian Islamic school\n\n"
                                        "ABUJA (Reuters) - Gunmen abducted 20 pupils from a Koranic school in Zamfara "
                                        "state on Friday, police said.").entities}
    assert not any("Islamic" in label for label in labels), labels


def test_a_bomb_at_the_gate_of_a_base_in_a_town_is_in_that_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The militants detonated a car bomb at the gate of the base in Beledweyne before storming it, "
                          "an officer said.")
    bombing = next(e for e in found if e.trigger.text == "detonated")
    assert _name(names, bombing.place) == "Beledweyne", _name(names, bombing.place)


def test_a_named_ship_hit_at_sea_is_placed_at_sea(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Houthi spokesman said the group had fired missiles at the Pumba, a Liberia-flagged ship, "
                          "in the Red Sea.")
    fired = next(e for e in found if e.trigger.text == "fired")
    assert _name(names, fired.place) == "Red Sea", _name(names, fired.place)


def test_a_strike_on_a_zone_is_the_strike_targeting_a_chief_there(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli strike on Gaza's Mawasi zone kills 40\n\n"
                          "CAIRO (Reuters) - An Israeli strike targeting Hamas commander Rafa Salama killed at least 40 "
                          "Palestinians in a designated humanitarian zone in southern Gaza on Saturday, medics said.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1, [(e.trigger.text, _name(names, e.target)) for e in strikes]


def test_the_missiles_hitting_a_named_institute_are_the_strike_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian missile strike on Sumy kills 30\n\n"
                          "KYIV (Reuters) - Two Russian ballistic missiles struck a military academy in the city of Sumy "
                          "on Tuesday, killing 30 people, officials said. The governor said the missiles hit the Military "
                          "Academy of Engineering.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1, [(e.trigger.text, _name(names, e.target)) for e in strikes]


def test_the_shells_striking_a_town_on_the_outskirts_are_the_shelling(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rebels shelled the outskirts of Goma on Wednesday, killing two people, officials said. "
                          "The shells struck the town of Mugunga, a civil society leader said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [(e.trigger.text, _name(names, e.target)) for e in attacks]


def test_a_datelines_capital_does_not_own_the_army(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Mali's al Qaeda affiliate says it killed dozens of soldiers\n\n"
                          "BAMAKO (Reuters) - Militants attacked the town of Barsalogho in central Burkina Faso on Saturday. "
                          "The group said it had killed 50 members of the army.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.target) == "Burkinabe forces", _name(names, killing.target)


def test_the_toll_a_claim_gives_is_not_the_attack_named_next(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militants attacked the town of Djibo on Saturday, killing dozens of soldiers, residents said. "
                          "JNIM claimed responsibility for the attack, saying it had killed 100 members of the army. The "
                          "government said the attack had caused deaths.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [(e.trigger.text, e.sentence.text[:40]) for e in attacks]


def test_a_titled_single_name_is_a_person_wherever_the_headline_puts_it(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Bangladesh's Hasina flees as protesters storm her residence\n\n"
                                              "DHAKA (Reuters) - Bangladesh Prime Minister Sheikh Hasina resigned and "
                                              "fled on Monday as protesters stormed her residence in Dhaka, the army "
                                              "chief said.\n\nHasina flew to India, an Indian official said.").entities}
    assert types.get("Hasina") == "Person", types


def test_he_who_said_it_is_not_the_one_his_words_are_about(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A spokesman for the governor said the attacker entered the mosque during evening prayers. A "
                      "child was among the dead, he said.")
    said = [e for e in found if e.cls == "Statement"][-1]
    assert said.agent_phrase is None or said.agent_phrase.text == "A spokesman", said.agent_phrase


def test_a_day_after_what_an_attack_was_made_with_is_the_attacks(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Rebels attacked a police station in the town of Jamundi with explosives and rifles on Tuesday, "
                      "killing two people, the minister said.")
    attack = _of(found, "Attack")[0]
    assert attack.date is not None and attack.date.value == "2024-06-11", attack.date


def test_a_pair_of_bombings_killed_is_no_doer(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Two days earlier a pair of bombings killed 28 people in Balochistan province.")
    killing = _of(found, "Killing")[0]
    assert killing.agent_phrase is None and killing.part_of is not None \
        and found[killing.part_of].trigger.text == "bombings", (killing.agent_phrase, killing.part_of)


def test_a_bare_toll_after_the_news_attack_is_that_attacks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli strike on Beirut suburb kills commander\n\n"
                          "BEIRUT (Reuters) - An Israeli strike on Beirut's southern suburbs killed a senior Hezbollah "
                          "commander on Friday, security sources said. Lebanon's health ministry said 14 people were "
                          "killed and 66 wounded.")
    toll = next(e for e in found if e.cls == "Killing" and e.fatalities == 14)
    assert toll.part_of is not None and found[toll.part_of].cls in ("Attack", "Airstrike"), toll.part_of
    wounded = _of(found, "Injury")[0]
    assert wounded.part_of == toll.part_of, wounded.part_of


def test_a_running_toll_is_no_part_of_the_news_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("An Israeli strike on a house in Rafah killed six people on Friday, medics said. More than "
                      "37,000 Palestinians have been killed in Gaza, the health ministry says.")
    running = next(e for e in found if e.cls == "Killing" and e.fatalities == 37000)
    assert running.part_of is None, running.part_of


def test_a_day_hung_on_the_last_site_of_a_list_dates_the_deed(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen killed dozens of worshippers in separate attacks on a Catholic church and a mosque in "
                      "Burkina Faso on Sunday, officials said.")
    killing = _of(found, "Killing")[0]
    assert killing.date is not None and killing.date.value == "2024-06-09", killing.date


def test_an_attack_when_it_fired_is_that_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel said the strikes were retaliation for Iran's April 13 attack, when it fired around 300 "
                          "drones and missiles at Israel.")
    irans = [e for e in found if e.cls in ("Attack", "Airstrike") and _name(names, e.agent) == "Iran"]
    assert len(irans) == 1, [(e.trigger.text, e.date) for e in irans]


def test_a_toll_in_a_town_of_the_land_struck_is_the_attacks(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Iran launched more than 300 drones and missiles at Israel late on Saturday, the military said. A "
                      "7-year-old girl was seriously wounded by shrapnel in the southern town of Arad.")
    wounded = _of(found, "Injury")[0]
    assert wounded.part_of is not None and found[wounded.part_of].cls in ("Attack", "Airstrike"), wounded.part_of


def test_a_day_hung_on_a_list_read_as_an_apposition_dates_the_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen attacked two Orthodox churches, a synagogue and a police post in Russia's Dagestan region "
                      "on Sunday, officials said.")
    attack = _of(found, "Attack")[0]
    assert attack.date is not None and attack.date.value == "2024-06-09", attack.date


def test_a_peoples_name_before_province_is_the_province(resolved) -> None:  # type: ignore[no-untyped-def]
    types = {e.label: e.cls for e in resolved("Militants kill 11 police in Pakistan's Punjab\n\n"
                                              "LAHORE (Reuters) - Militants killed 11 policemen in an attack on two "
                                              "police vehicles in Pakistan's Punjab province, police said.").entities}
    assert types.get("Punjab") == "Province", types


def test_a_headlines_police_are_the_ledes_policemen(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militants kill 11 police in Pakistan\n\n"
                          "LAHORE (Reuters) - Militants killed 11 policemen in an attack on two police vehicles in the "
                          "Rajanpur district on Thursday, police said.")
    killings = _of(found, "Killing")
    assert len(killings) == 1, [(e.trigger.text, e.target_phrase) for e in killings]


def test_the_site_named_in_a_town_the_gazetteer_lacks_is_the_headlines(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen open fire at Moscow concert hall, killing dozens\n\n"
                          "MOSCOW (Reuters) - Gunmen burst into a concert hall near Moscow on Friday and opened fire, "
                          "killing at least 60 people, officials said. Islamic State claimed responsibility for the "
                          "attack on the Vegas City Hall in Krasnogorsk.")
    attacks = [e for e in found if e.cls == "Attack" and e.trigger.text in ("open fire", "attack")]
    assert len(attacks) == 1, [(e.trigger.text, _name(names, e.place)) for e in attacks]


def test_villagers_beheaded_are_the_christians_beheaded(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Mozambique insurgents behead villagers in Cabo Delgado\n\n"
                      "MAPUTO (Reuters) - Islamic State-linked insurgents beheaded at least 11 Christians in an attack on "
                      "a village in Mozambique's northern Cabo Delgado province, a rights group said.")
    killings = _of(found, "Killing")
    assert len(killings) == 1, [(e.trigger.text, e.target_phrase) for e in killings]


def test_where_some_of_the_dead_were_is_not_where_all_were(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli strikes across Gaza kill more than 400\n\n"
                          "CAIRO (Reuters) - Israeli airstrikes killed more than 400 Palestinians across the Gaza Strip on "
                          "Tuesday, health officials said. Among the dead in Khan Younis were at least 20 children, "
                          "hospital officials said.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.place) == "Gaza Strip", _name(names, killing.place)


def test_a_toll_after_strikes_is_not_the_headlines_background_attacks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("India strikes Pakistan after Kashmir attack\n\n"
                          "NEW DELHI (Reuters) - India fired missiles at nine sites in Pakistan early on Wednesday. "
                          "Pakistan said 26 civilians were killed and 46 wounded.")
    killing = _of(found, "Killing")[0]
    assert killing.part_of is not None and _name(names, found[killing.part_of].agent) == "India", killing.part_of


def test_an_attack_linked_to_the_strikes_is_the_headlines_background(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("India strikes Pakistan after Kashmir attack\n\n"
                      "NEW DELHI (Reuters) - India fired missiles at nine sites in Pakistan on Wednesday, saying it was "
                      "striking sites linked to an attack on Hindu tourists last month.")
    attacks = [e for e in found if e.trigger.text == "attack"]
    assert len(attacks) == 1 and attacks[0].target_phrase is not None, [(e.trigger.text, e.target_phrase) for e in attacks]


def test_an_assassination_attempt_is_the_shooting_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Senator wounded in assassination attempt at Ohio rally\n\n"
                          "COLUMBUS (Reuters) - A gunman shot former Senator John Miller in the ear at a campaign rally "
                          "in Columbus on Saturday, police said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and _name(names, attacks[0].target) == "John Miller", \
        [(e.trigger.text, _name(names, e.target), e.target_phrase) for e in attacks]


def test_a_headlines_rally_is_the_campaign_rally_told_no_protest(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Senator wounded in shooting at Ohio rally\n\n"
                      "COLUMBUS (Reuters) - A gunman shot former Senator John Miller in the ear at a campaign rally in "
                      "Columbus on Saturday, police said.")
    assert not _of(found, "Protest"), [e.trigger.text for e in _of(found, "Protest")]


def test_an_advance_that_forced_people_to_flee_is_nobodys_name(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The army's lightning advance forced thousands of people to flee the town.")
    fled = _of(found, "Displacement")[0]
    assert fled.agent_phrase is None or "advance" not in fled.agent_phrase.text, fled.agent_phrase


def test_a_bombers_killing_is_the_blast_claimed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A suicide car bomber killed at least 10 people at a checkpoint in the town of Afgoye on "
                          "Sunday, police said. Al Shabaab claimed responsibility for the blast.")
    killing = _of(found, "Killing")[0]
    assert killing.part_of is not None and _name(names, found[killing.part_of].agent) == "al-Shabaab", killing.part_of


def test_liberating_a_population_is_no_capture(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events('"We are in Goma to liberate the population," M23 spokesman Lawrence Kanyuka said on X.')
    assert not _of(found, "Capture") and not _of(found, "Arrest"), [(e.cls, e.trigger.text) for e in found]


def test_explosions_heard_where_a_strike_was_told_are_its(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israeli warplanes struck military targets in Iran early on Saturday, the military said. "
                      "Explosions were heard in Tehran, state media reported. State television said the attack had "
                      "caused limited damage.")
    blast = _of(found, "Bombing")[0]
    strike = found.index(_of(found, "Airstrike")[0])
    said = [e for e in found if e.cls == "Statement" and "damage" in (e.content.text if e.content else "")][0]
    assert blast.part_of == strike and said.about == (strike,), (blast.part_of, said.about)


def test_a_towns_attack_is_its_countys(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Police arrest 12 suspects after Lamu attack\n\n"
                      "NAIROBI (Reuters) - Kenyan police arrested 12 people after militants killed four people in an "
                      "attack on a village in Lamu county, police said.")
    attacks = [e for e in found if e.trigger.text == "attack"]
    assert len(attacks) == 1, [(e.trigger.text, e.place) for e in attacks]


def test_a_conjuncts_firefight_holds_none_of_the_raid(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Special forces stormed two apartments in the camp, the military said, and an officer was killed "
                      "in a firefight.")
    stormed = [e for e in found if e.trigger.text == "stormed"][0]
    assert stormed.part_of is None and stormed.within_at is None, (stormed.part_of, stormed.within_at)


def test_the_attack_repelled_is_the_one_on_whom_repelled_it(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Rebels launched an offensive against the Syrian army in Aleppo province on Wednesday. Russian "
                      "warplanes bombed rebel-held areas of Idlib province, a war monitor said. The Syrian army said it "
                      "had repelled the attack.")
    said = [e for e in found if e.cls == "Statement" and "repelled" in (e.content.text if e.content else "")][0]
    offensive = [k for k, e in enumerate(found) if e.trigger.text == "offensive"][0]
    assert said.about == (offensive,), said.about


def test_a_deed_in_what_it_was_called_is_that_deed(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israel launches ground raids into Lebanon\n\n"
                      "BEIRUT (AP) - Israeli troops crossed into southern Lebanon early on Saturday in what the military "
                      "called limited, localized ground raids against Hezbollah targets near the border.")
    attacks = [e for e in found if e.cls == "Attack"]
    assert len(attacks) == 1, [(e.trigger.text, e.also) for e in attacks]


def test_a_suicide_bomber_told_after_the_suicide_bombing_is_it(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Militants killed at least 32 people in a suicide bombing on a beach in Mogadishu on Friday, police "
                      "said. A suicide bomber blew himself up at the entrance of a beachside restaurant, a police "
                      "spokesman said.")
    bombings = _of(found, "Bombing")
    assert len(bombings) == 1, [e.trigger.text for e in bombings]


def test_one_of_a_groups_attackers_captured_is_arrested(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Al Shabaab militants killed 32 people in Mogadishu on Friday. Security forces killed three of the "
                      "attackers and captured a fourth.")
    assert not _of(found, "Capture") and len(_of(found, "Arrest")) == 1, [(e.cls, e.trigger.text) for e in found]


def test_bursting_in_and_opening_fire_is_one_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen burst into a concert hall near the city on Friday and opened fire on concertgoers, killing "
                      "at least 40 people, officials said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_an_attack_a_report_hangs_on_a_strikes_deed_is_the_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("An Israeli air strike set a tent camp ablaze in Rafah on Sunday, killing at least 45 Palestinians, "
                      "health officials said, in an attack that drew international condemnation.")
    assert not [e for e in found if e.trigger.text == "attack"], [(e.cls, e.trigger.text) for e in found]


def test_one_more_dead_told_also_is_the_news_attacks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hamas leader killed in Tehran\n\n"
                          "DUBAI (Reuters) - Hamas leader Ismail Haniyeh was killed in an Israeli strike on his residence "
                          "in Tehran early on Wednesday, the Guards said. A bodyguard was also killed, the Guards said.")
    guard = [e for e in _of(found, "Killing") if e.target_phrase is not None and "bodyguard" in e.target_phrase.text][0]
    assert guard.part_of is not None and found[guard.part_of].cls in ("Attack", "Airstrike"), guard.part_of


def test_where_the_dead_were_hung_on_the_body_they_came_from(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli airstrike killed seven aid workers from the charity World Central Kitchen in central "
                          "Gaza on Monday night, the group said.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.place) == "Gaza Strip", _name(names, killing.place)


def test_a_second_participle_is_where_and_when_the_operation_was(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli forces launched a large-scale operation in the West Bank city of Jenin on Tuesday, "
                          "killing at least nine Palestinians and wounding 35, the health ministry said.")
    wounded = _of(found, "Injury")[0]
    assert _name(names, wounded.place) == "Jenin" and wounded.date is not None \
        and wounded.date.value == "2024-06-11", (_name(names, wounded.place), wounded.date)


def test_clashes_that_erupted_after_the_attack_killed_more(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen opened fire on a convoy of passenger vans on Thursday, killing at least 42 people, police "
                      "said. Sectarian clashes that erupted after the attack killed at least 32 more people over the "
                      "next three days, officials said.")
    more = [e for e in _of(found, "Killing") if e.fatalities == 32][0]
    assert more.part_of is not None and found[more.part_of].trigger.text == "clashes", \
        found[more.part_of].trigger.text if more.part_of is not None else None


def test_the_attackers_neutralised_were_not_killed_by_their_own_side(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Five killed in attack on aerospace firm near Ankara\n\n"
                          "ISTANBUL (Reuters) - Two attackers killed five people and wounded 22 at the headquarters of "
                          "Turkish Aerospace Industries near Ankara on Wednesday, officials said. The minister said both "
                          "attackers were neutralised. The defence minister said the PKK was likely behind the attack.")
    stopped = [e for e in _of(found, "Killing") if e.target_phrase is not None and "attackers" in e.target_phrase.text][0]
    assert stopped.agent is None, _name(names, stopped.agent)


def test_one_doers_harms_in_one_sentence_were_in_one_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Five killed in attack on aerospace firm near Ankara\n\n"
                      "ISTANBUL (Reuters) - Two attackers killed five people and wounded 22 at the headquarters of "
                      "Turkish Aerospace Industries near Ankara on Wednesday, officials said.")
    killing, wounded = _of(found, "Killing")[0], _of(found, "Injury")[0]
    assert killing.part_of is not None and wounded.part_of == killing.part_of, (killing.part_of, wounded.part_of)


def test_a_swathe_of_commanders_killed_are_the_commanders(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israel struck Iran's nuclear facilities early on Friday and killed a swathe of its top military "
                      "commanders, state media said.")
    killing = _of(found, "Killing")[0]
    assert killing.target_phrase is not None and "commanders" in killing.target_phrase.text, killing.target_phrase


def test_where_and_when_the_missile_fired_landed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A missile fired by Yemen's Houthis slammed into a school building in the Israeli city of Ramat "
                          "Gan early on Thursday, causing heavy damage, the military said.")
    fired = [e for e in found if e.trigger.text == "fired"][0]
    assert _name(names, fired.place) == "Ramat Gan" and fired.date is not None \
        and fired.date.value == "2024-06-13", (_name(names, fired.place), fired.date)


def test_a_headlines_city_is_the_ledes_suburb(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Houthi missile hits Tel Aviv school\n\n"
                      "JERUSALEM (Reuters) - A missile fired by Yemen's Houthis slammed into a school building in the "
                      "Israeli city of Ramat Gan early on Thursday, causing heavy damage, the military said.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.trigger.text, e.place) for e in attacks]


def test_a_toll_of_retaliatory_operations_is_not_the_attacks(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Militants attack across Balochistan\n\n"
                      "QUETTA (Reuters) - Separatist militants carried out coordinated attacks across Balochistan "
                      "province overnight, officials said. The army said 21 militants were killed in retaliatory "
                      "operations.")
    dead = [e for e in _of(found, "Killing") if e.fatalities == 21][0]
    assert dead.part_of is None, found[dead.part_of].trigger.text


def test_a_headlines_tourists_killed_are_the_ledes_men(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen kill 26 tourists in Kashmir\n\n"
                      "SRINAGAR (Reuters) - Militants opened fire on tourists in a meadow near the town of Pahalgam on "
                      "Tuesday, killing 26 men, officials said.")
    killings = _of(found, "Killing")
    assert len(killings) == 1, [(e.trigger.text, e.target_phrase) for e in killings]


def test_a_kind_of_deed_that_surged_is_a_trend_no_event(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Kidnappings for ransom have surged across northern Nigeria in recent years. Attacks on shipping "
                      "have risen sharply since November.")
    assert not found, [(e.cls, e.trigger.text) for e in found]


def test_a_deed_done_in_a_named_attack_is_that_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Russia pounds Ukraine's energy grid in massive attack\n\n"
                      "KYIV (Reuters) - Russia launched more than 70 missiles at Ukraine's energy system on Wednesday, "
                      "officials said.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_an_attack_on_a_land_keeps_the_land_for_a_towns_toll(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia pounds Ukraine's energy grid\n\n"
                          "KYIV (Reuters) - Russia launched more than 70 missiles and over 100 drones at Ukraine's energy "
                          "system on Wednesday, killing one person in Dnipro, officials said.")
    attack = [e for e in found if e.cls in ("Attack", "Airstrike")][0]
    assert _name(names, attack.place) == "Ukraine", _name(names, attack.place)


def test_the_strikers_own_account_of_the_site_hit_is_the_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israeli strike on Gaza school shelter kills dozens\n\n"
                      "CAIRO (Reuters) - An Israeli strike on a school sheltering displaced families in Gaza City killed "
                      "more than 90 people on Saturday, the civil defence agency said. The Israeli military said it had "
                      "struck a Hamas command centre inside the school.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.trigger.text, e.target_phrase) for e in attacks]


def test_a_village_in_the_state_named_for_the_headlines_town(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen kill 12 in raid on village in Nigeria's Katsina\n\n"
                      "KANO (Reuters) - Armed bandits killed 12 villagers in a raid on the village of Gidan Boka in "
                      "Nigeria's northwestern Katsina state on Sunday night, police said.")
    raids = [e for e in found if e.trigger.text == "raid"]
    assert len(raids) == 1, [(e.trigger.text, e.place) for e in raids]


def test_a_toll_in_the_first_attack_of_its_kind_is_the_strikes(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A Houthi missile struck the bulk carrier True Confidence in the Gulf of Aden on Wednesday, killing "
                      "three crew members in the first deadly attack by the group on shipping, the U.S. military said.")
    killing = _of(found, "Killing")[0]
    assert killing.part_of is not None and found[killing.part_of].cls in ("Attack", "Airstrike"), killing.part_of


def test_people_who_have_fled_since_an_operation_began_are_no_strikes(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israeli strikes kill dozens in Beit Lahiya\n\n"
                      "CAIRO (Reuters) - Israeli airstrikes on homes in Beit Lahiya killed at least 30 people overnight, "
                      "medics said. Thousands of residents have fled south to Gaza City since the operation began.")
    fled = _of(found, "Displacement")[0]
    assert fled.part_of is None, found[fled.part_of].trigger.text


def test_a_toll_in_the_other_land_the_strikes_were_told_in(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("U.S. strikes Iran-backed groups in Iraq and Syria\n\n"
                          "WASHINGTON (Reuters) - The United States carried out air strikes on more than 85 targets in "
                          "Iraq and Syria, the military said on Friday. A monitor said 23 fighters were killed in eastern "
                          "Syria.")
    dead = _of(found, "Killing")[0]
    assert dead.part_of is not None and _name(names, found[dead.part_of].agent) == "United States", dead.part_of


def test_a_headlines_convoy_ambushed_was_ambushed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Mali army convoy ambushed near Gao, dozens killed\n\n"
                          "BAMAKO (Reuters) - Jihadist fighters ambushed a convoy escorting civilian buses near the "
                          "northern city of Gao on Friday, killing more than 50 people, officials said.")
    ambushes = [e for e in found if e.trigger.text == "ambushed"]
    assert len(ambushes) == 1 and ambushes[0].agent_phrase is not None \
        and "convoy" not in ambushes[0].agent_phrase.text, [(e.agent_phrase, e.target_phrase) for e in ambushes]


def test_the_series_the_news_is_the_latest_of_is_no_event(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen killed 20 soldiers in an attack on an army post in western Niger on Sunday, the ministry "
                      "said, the latest in a string of assaults by Islamist militants.")
    assert not [e for e in found if e.trigger.text == "assaults"], [(e.cls, e.trigger.text) for e in found]


def test_a_headlines_toll_is_the_first_the_lede_counts(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen kill 20 in attack on Niger army post\n\n"
                      "NIAMEY (Reuters) - Gunmen killed 20 soldiers and a civilian in an attack on an army post in "
                      "western Niger on Sunday, the defence ministry said.")
    killings = _of(found, "Killing")
    assert len(killings) == 1 and killings[0].fatalities == 21, [(e.trigger.text, e.fatalities) for e in killings]


def test_a_sides_own_losses_are_not_its_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukrainian troops pushed into Russia's Kursk region on Tuesday. The defence ministry said its "
                          "aircraft had struck Ukrainian units and that the enemy had lost 945 soldiers.")
    lost = [e for e in _of(found, "Killing") if e.trigger.text == "lost"][0]
    assert lost.agent is None, _name(names, lost.agent)


def test_a_counteroffensive_to_retake_a_town_is_its_aim(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army has launched a counteroffensive to retake Gezira, which the RSF seized a year ago.")
    retake = [e for e in found if e.trigger.text == "retake"][0]
    assert retake.status == "Planned" and _name(names, retake.agent) != "Rapid Support Forces", \
        (retake.status, _name(names, retake.agent))


def test_strikes_said_to_be_a_massacre_are_no_second_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israeli airstrikes pounded Rafah on Monday, killing at least 67 Palestinians, health officials "
                      "said. Hamas said the strikes were a massacre of displaced people.")
    assert [e.trigger.text for e in _of(found, "Killing")] == ["killing"], [e.trigger.text for e in _of(found, "Killing")]


def test_a_claim_is_for_the_attack_not_the_gunbattle_in_it(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Militants attacked a police checkpoint in northwest Pakistan overnight, killing seven policemen, "
                      "officials said. The attackers fled after a two-hour gunbattle, police said. The Pakistani Taliban "
                      "claimed responsibility.")
    claim = [e for e in found if e.cls == "Statement" and e.lemma == "claim"][0]
    assert [found[j].trigger.text for j in claim.about] == ["attacked"], [found[j].trigger.text for j in claim.about]


def test_the_attackers_own_account_of_the_base_hit_is_the_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Hezbollah drone hits Israeli army base, killing four soldiers\n\n"
                      "JERUSALEM (Reuters) - A Hezbollah drone struck an Israeli army training base near the town of "
                      "Binyamina on Sunday, killing four soldiers, the military said. Hezbollah said it had launched a "
                      "swarm of drones at the base of the Golani Brigade.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.trigger.text, e.target_phrase) for e in attacks]


def test_a_ceasefire_taking_effect_takes_no_hostages(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Ceasefire takes effect in Gaza as first hostages freed")
    assert not _of(found, "Arrest"), [(e.trigger.text, e.target_phrase) for e in _of(found, "Arrest")]


def test_the_attack_revenge_is_vowed_for_happened(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Hamas vowed revenge for the killing of its leader.")
    killing = _of(found, "Killing")[0]
    assert killing.status is None, killing.status


def test_an_attack_a_relative_report_hangs_on_is_the_strike_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("An Israeli strike on the al-Mawasi area of Khan Younis on Saturday killed at least 90 "
                      "Palestinians, the Gaza health ministry said, in an attack Israel said targeted Hamas military "
                      "chief Mohammed Deif.")
    assert not [e for e in found if e.trigger.text == "attack"], [(e.cls, e.trigger.text) for e in found]


def test_a_condemnation_is_about_the_deed_it_condemns(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A bomb exploded at a market in Quetta on Monday, killing six people. "
                      "Pakistan's foreign ministry condemned the attack.")
    condemned, = _of(found, "Accusation")
    assert [found[j].trigger.text for j in condemned.about] == ["exploded"], condemned.about


def test_the_strikers_account_names_the_site_by_its_name_and_keeps_its_target(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israeli strike on Gaza school kills 30\n\n"
                      "GAZA (Reuters) - An Israeli airstrike hit a school sheltering displaced families in Deir al-Balah "
                      "on Thursday, killing at least 30 people, medics said. The Israeli military said it had struck "
                      "militants operating from a command post inside the al-Jaouni school.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1, [(e.trigger.text, e.target_phrase) for e in strikes]
    assert strikes[0].target_phrase is not None and "school" in strikes[0].target_phrase.text, strikes[0].target_phrase


def test_a_bomb_targeting_a_convoy_hit_it_and_the_claim_tells_it_again(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A bomb targeting a police convoy exploded in Peshawar on Sunday, killing three officers. "
                          "The Pakistani Taliban claimed the attack in a statement, saying a suicide bomber had "
                          "targeted the convoy.")
    bombing = _of(found, "Bombing")[0]
    assert bombing.target_phrase is not None and "convoy" in bombing.target_phrase.text, bombing.target_phrase
    assert not _of(found, "Attack"), [(e.trigger.text, e.status) for e in _of(found, "Attack")]
    assert bombing.status is None and bombing.agent_phrase is None or "bomber" not in bombing.agent_phrase.text


def test_a_site_named_with_a_noun_beside_it_is_the_base_hit(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two soldiers killed in rocket attack on base in Syria\n\n"
                          "BEIRUT (Reuters) - Two soldiers were killed in a rocket attack on a base in eastern Syria on "
                          "Monday, officials said. The attack on Outpost 41, a small desert base, was the first deadly "
                          "strike against the coalition this year.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.trigger.text, e.target_phrase) for e in attacks]
    assert _name(names, attacks[0].target) == "Outpost 41", _name(names, attacks[0].target)


def test_an_unnamed_town_taken_is_the_town_named_later(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rebels seize town in Myanmar's Shan state\n\n"
                          "BANGKOK (Reuters) - An ethnic armed group in Myanmar said on Friday it had captured a town "
                          "in northern Shan state. The Ta'ang National Liberation Army said its fighters had taken "
                          "control of Namhsan after days of fighting.")
    captures = _of(found, "Capture")
    assert len(captures) == 1, [(e.trigger.text, _name(names, e.target)) for e in captures]
    assert _name(names, captures[0].target) == "Namhsan", _name(names, captures[0].target)


def test_an_attack_on_a_village_is_the_attack_on_the_village_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen kill 40 in attack on village in Nigeria\n\n"
                          "ABUJA (Reuters) - Gunmen killed at least 40 people in an attack on a village in Nigeria's "
                          "Plateau state, a local official said on Thursday. The gunmen attacked Mangu Halle on "
                          "Wednesday night with rifles.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [(e.trigger.text, _name(names, e.target)) for e in attacks]
    found, names = events("Junta airstrike kills nine in Sagaing village\n\n"
                          "BANGKOK (Reuters) - A Myanmar military airstrike on a village in Sagaing region killed nine "
                          "people, a resistance group said. Junta jets dropped bombs on the village of Let Yet Kone on "
                          "Friday, the group said.")
    strikes = _of(found, "Airstrike")
    assert len(strikes) == 1, [(e.trigger.text, _name(names, e.target)) for e in strikes]


def test_a_toll_believed_is_the_ambushs(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Militants ambush army convoy in Niger\n\n"
                      "NIAMEY (AFP) - Militants ambushed an army convoy near the town of Tassia on Tuesday, security "
                      "sources said. More than 20 soldiers are believed to have been killed.")
    killing, = _of(found, "Killing")
    assert killing.part_of is not None and found[killing.part_of].trigger.text == "ambush", killing.part_of


def test_comments_on_attacks_tell_no_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The military government rarely comments on attacks.")
    assert not [e for e in found if e.cls in ("Attack", "Airstrike", "Bombing")], [(e.cls, e.trigger.text) for e in found]


def test_inmates_who_flee_are_not_displaced(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Two inmates who tried to flee were shot dead. Hundreds of prisoners fled the jail.")
    assert not _of(found, "Displacement"), [e.trigger.text for e in _of(found, "Displacement")]


def test_a_second_verb_does_not_take_the_first_verbs_quotation(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events('Hezbollah\'s media office said the matter "can be considered closed", but warned Israel against '
                      'any new "adventure".')
    warned = [e for e in found if e.trigger.text == "warned"]
    assert all(e.content is None or "closed" not in e.content.text for e in warned), [e.content for e in warned]


def test_the_attacks_are_one_doers_attacks_on_many_sites(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen attack police posts across Mali's south\n\n"
                      "BAMAKO (Reuters) - Gunmen attacked police posts, checkpoints and a customs office across southern "
                      "Mali on Tuesday, officials said. Six police officers were also killed in the overnight attacks, "
                      "the army said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [(e.trigger.text, e.target_phrase) for e in attacks]


def test_the_vessel_named_is_the_tanker_fired_at(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Yemen's Houthi rebels fired a missile at a Greek-owned tanker in the Red Sea on Monday, the "
                          "U.S. military said. Houthi spokesman Yahya Saree said the group had targeted the tanker "
                          "Blue Lagoon with naval missiles.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.trigger.text, e.target_phrase) for e in attacks]


def test_a_condemnation_with_words_is_about_the_deed_too(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Russian missiles struck Kyiv on Monday, killing 12 people. Poland condemned the strikes as a "
                      "war crime.")
    condemned, = _of(found, "Accusation")
    assert [found[j].cls for j in condemned.about] == ["Airstrike"], condemned.about


def test_in_what_they_said_was_an_attempt_is_the_shooting(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The mayor was shot in the arm at a market on Saturday in what police said was an assassination "
                      "attempt.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_dozens_dead_are_not_a_strikes_twelve_elsewhere(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The army said dozens of its soldiers had been killed in battles with the rebels in Hama "
                          "province. Government jets struck rebel-held areas of Idlib, killing at least 12 people, "
                          "rescue workers said.")
    assert len(_of(found, "Killing")) == 2, [(e.trigger.text, e.target_phrase) for e in _of(found, "Killing")]


def test_those_kidnapped_last_month_were_abducted_on_its_day(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Police have freed 15 pupils who were kidnapped by gunmen from a school in Katsina state last "
                      "month. The pupils were abducted on May 3 when bandits stormed their dormitory.")
    abductions = _of(found, "Arrest")
    assert len(abductions) == 1, [(e.trigger.text, e.date) for e in abductions]


def test_the_deadliest_attack_a_second_deed_hangs_on_is_the_one_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen opened fire on worshippers at a church in Owo on Sunday, killing at least 40 people and "
                      "setting the building ablaze in the deadliest attack in the state for years.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_devices_that_explode_kill_by_themselves(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Walkie-talkies exploded across southern Lebanon on Wednesday, killing at least 14 people and "
                      "wounding hundreds.")
    harms = [e for e in found if e.cls in ("Killing", "Injury")]
    assert harms and all(e.agent_phrase is None for e in harms), [(e.cls, e.agent_phrase) for e in harms]


def test_the_raiders_own_losses_as_they_tell_them_have_no_doer(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli forces raided the Jenin refugee camp on Tuesday, killing nine militants, the military "
                          "said. The military said one soldier was killed in the raid.")
    killings = _of(found, "Killing")
    own = [e for e in killings if e.target_phrase is not None and "soldier" in e.target_phrase.text]
    assert own and own[0].agent is None, [(e.target_phrase, _name(names, e.agent)) for e in killings]
    others = [e for e in killings if e not in own]
    assert others and others[0].agent is not None  # the militants were the raiders' kill


def test_those_abducted_during_an_attack_were_taken_there_and_then(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen abducted a pastor and 20 worshippers during an attack on a church in the village of "
                          "Kurmin Wali in Kaduna state on Sunday, police said.")
    abduction, = _of(found, "Arrest")
    assert abduction.part_of is not None and abduction.date is not None, (abduction.part_of, abduction.date)
    assert _name(names, abduction.place) == _name(names, found[abduction.part_of].place), _name(names, abduction.place)


def test_a_denial_with_its_own_object_leaves_the_headlines_deed_done(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Explosions at Syrian army base kill two, Israel denies involvement")
    killing, = _of(found, "Killing")
    assert killing.status is None, killing.status


def test_the_strike_after_a_headlines_verb_and_the_ledes_warplanes(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israel strikes Yemen's Ras Isa port after Houthi missile attack on Tel Aviv\n\n"
                      "JERUSALEM (Reuters) - Israeli warplanes struck the Houthi-held port of Ras Isa in Yemen on Sunday, "
                      "a day after a Houthi missile attack killed one person in Tel Aviv, Houthi officials said. The "
                      "Israeli military said the strike was a response to repeated attacks.")
    said = next(e for e in found if e.cls == "Statement" and e.content is not None and "response" in e.content.text)
    assert said.about and all(found[j].trigger.text != "attack" for j in said.about), \
        [(found[j].cls, found[j].trigger.text) for j in said.about]


def test_such_strikes_are_none_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Washington allowed Kyiv to use the missiles for such strikes last week.")
    assert not [e for e in found if e.cls in ("Attack", "Airstrike")], [(e.cls, e.trigger.text) for e in found]


def test_praise_without_a_claim_names_no_doer(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An assailant stabbed three people at a bus stop in Haifa on Monday, police said. Islamic "
                          "Jihad praised the attack but did not claim responsibility.")
    attacks = _of(found, "Attack")
    assert attacks and all(e.agent is None for e in attacks), [_name(names, e.agent) for e in attacks]


def test_a_stabbing_attack_is_one_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Palestinian stabbing attack in Jerusalem wounds three")
    assert len(_of(found, "Attack")) == 1, [e.trigger.text for e in _of(found, "Attack")]


def test_the_strikers_account_names_the_zone_in_the_first_tellings_words(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israeli strike on Gaza safe zone kills 12\n\n"
                      "CAIRO (Reuters) - An Israeli strike hit tents in the Al-Mawasi safe zone in southern Gaza on "
                      "Tuesday, killing at least 12 people, medics said. The Israeli military said it had struck Hamas "
                      "militants operating from inside the safe zone.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1, [(e.trigger.text, e.target_phrase) for e in strikes]


def test_a_toll_of_a_headlines_raid_again_is_its_toll(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israeli forces raid Jenin refugee camp again\n\n"
                      "JENIN (Reuters) - Israeli forces raided the Jenin refugee camp on Monday, and the Palestinian "
                      "health ministry said three people were killed.")
    killing, = _of(found, "Killing")
    assert killing.part_of is not None and found[killing.part_of].trigger.text == "raid", killing.part_of


def test_a_finite_verb_read_as_a_participle_keeps_its_doers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("MAIDUGURI, Nigeria (Reuters) - Boko Haram militants abducted at least 30 women collecting "
                          "firewood near the town of Bama in Borno state on Monday, residents said.")
    abduction, = _of(found, "Arrest")
    assert _name(names, abduction.agent) == "Boko Haram" and _name(names, abduction.target) != "Boko Haram", \
        (_name(names, abduction.agent), _name(names, abduction.target))


def test_a_village_in_the_state_of_a_named_land_is_placed_there(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed more than 30 people in a village in the northwestern state of Zamfara, "
                          "police said on Friday.")
    killing, = _of(found, "Killing")
    assert _name(names, killing.place) == "Zamfara", _name(names, killing.place)


def test_a_killing_in_what_they_called_a_massacre_is_that_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Militiamen killed more than 80 villagers in Darfur, activists said on Friday, in what they "
                      "described as a massacre.")
    assert len(_of(found, "Killing")) == 1, [e.trigger.text for e in _of(found, "Killing")]


def test_the_vessel_targeted_is_the_ship_hit(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A Greek-owned cargo ship was struck by a missile in the Red Sea on Monday, the U.S. military "
                      "said. The Houthis said they had targeted the vessel with naval missiles.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.trigger.text, e.target_phrase) for e in attacks]


def test_those_among_the_dead_are_some_of_a_strikes_dead_however_counted(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli air strike on a building in Beirut on Friday killed senior Hezbollah commander "
                          "Fuad Shukr and several other people, officials said. Lebanon's health ministry said two "
                          "children were among the dead.")
    assert len(_of(found, "Killing")) == 1, [(e.trigger.text, e.target_phrase) for e in _of(found, "Killing")]


def test_an_attempt_to_abduct_took_no_one(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Residents resisted an attempt by the gunmen to abduct women from the village.")
    abductions = _of(found, "Arrest")
    assert abductions and all(e.status == "Planned" for e in abductions), [(e.trigger.text, e.status) for e in abductions]


def test_a_land_arresting_is_its_police_arresting(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Turkey detains suspects over attack on church\n\n"
                          "ISTANBUL (Reuters) - Turkish police have detained 25 suspects in connection with an attack on "
                          "a church in Istanbul, the interior minister said on Monday.")
    arrests = _of(found, "Arrest")
    assert len(arrests) == 1, [(e.trigger.text, _name(names, e.agent)) for e in arrests]


def test_where_an_attack_was_planned_is_not_where_it_happened(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A suicide bomber killed five people at a market on Monday. The minister told reporters the "
                          "attack had been planned in Afghanistan.")
    assert all(_name(names, e.place) != "Afghanistan" for e in found), [(e.cls, _name(names, e.place)) for e in found]


def test_a_headlines_to_is_a_future(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("France to withdraw troops from Chad")
    pullout, = _of(found, "Withdrawal")
    assert pullout.status == "Planned", pullout.status


def test_those_who_ended_a_siege_did_not_lay_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militants stormed a hotel in Mogadishu on Friday, and security forces ended the siege hours "
                          "later, police said.")
    sieges = _of(found, "Siege")
    assert all(e.agent is None for e in sieges), [_name(names, e.agent) for e in sieges]


def test_a_lands_bombs_are_its_forces_and_an_earlier_hit_is_another(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian missiles struck an apartment block in Zaporizhzhia late on Friday, killing four "
                          "people, the governor said. Earlier on Friday, Russian guided bombs hit a village near "
                          "Zaporizhzhia, injuring three people.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 2, [(e.trigger.text, e.target_phrase) for e in attacks]
    assert _name(names, attacks[1].agent) == "Russian forces", _name(names, attacks[1].agent)


def test_rockets_told_by_their_number_are_the_one_barrage(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah fired a barrage of rockets at the Israeli city of Safed on Monday, wounding three "
                          "people. The Israeli military said 20 rockets were fired from Lebanon at Safed.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [(e.trigger.text, _name(names, e.target)) for e in attacks]


def test_the_anniversary_fired_on_is_no_target(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Hezbollah fires rockets at Tiberias on anniversary of Hamas attack")
    attack = _of(found, "Attack")[0]
    assert attack.target_phrase is None or "anniversary" not in attack.target_phrase.text, attack.target_phrase


def test_the_strikers_target_in_the_area_is_the_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("An Israeli air strike on houses in Beit Hanoun killed at least 20 people late on Saturday, medics "
                      "said. The Israeli military said it had targeted a Hamas position in the area.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1, [(e.trigger.text, e.target_phrase) for e in strikes]


def test_explosions_an_attack_caused_are_no_attack_of_their_own(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Ukrainian drones attacked an air base in Russia's Voronezh region overnight, causing explosions at "
                      "fuel depots, the general staff said.")
    assert not _of(found, "Bombing"), [e.trigger.text for e in _of(found, "Bombing")]


def test_the_strike_in_a_district_of_the_city_is_the_citys_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("An Israeli strike on an apartment in central Damascus killed two people on Monday, officials said. "
                      "State media said the strike in the Mezzeh district of Damascus also wounded five.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1, [(e.trigger.text, e.place) for e in strikes]


def test_the_first_attack_ranked_after_a_toll_is_the_strike_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A drone strike on a car in central Baghdad killed two commanders of Kataib Hezbollah on "
                      "Wednesday, the group said, the first American attack inside the capital this year.")
    assert not [e for e in found if e.trigger.text == "attack"], [(e.cls, e.trigger.text) for e in found]


def test_an_offensive_feared_braced_for_or_ahead_is_to_come(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israel strikes Khan Younis as fears grow of ground offensive")
    offensive = next(e for e in found if e.trigger.text == "offensive")
    assert offensive.status == "Planned", offensive.status
    found, _ = events("Residents braced for an Israeli ground offensive. The army drew up a plan to evacuate civilians "
                      "ahead of an offensive.")
    offensives = [e for e in found if e.trigger.text == "offensive"]
    assert offensives and all(e.status == "Planned" for e in offensives), [e.status for e in offensives]


def test_the_displaced_described_are_no_displacement_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israeli strikes hit Deir al-Balah overnight, killing 12 people, as more than 500,000 displaced "
                      "Palestinians sheltering there waited for aid.")
    assert not _of(found, "Displacement"), [(e.trigger.text, e.displaced) for e in _of(found, "Displacement")]


def test_victims_told_are_the_target_not_whose_territory(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iraq's government said 16 people were killed in the strikes on its territory.")
    killing, = _of(found, "Killing")
    assert killing.target is None and killing.target_phrase is not None, _name(names, killing.target)


def test_a_lands_name_before_bombings_is_where_they_went_off(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Islamic State claims Pakistan bombings that killed 30")
    bombing = _of(found, "Bombing")[0]
    assert _name(names, bombing.agent) != "Pakistani forces" and _name(names, bombing.place) == "Pakistan", \
        (_name(names, bombing.agent), _name(names, bombing.place))


def test_a_toll_joined_to_a_firing_is_that_firings(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Russia launched one of its largest air attacks of the war on Monday, firing more than 100 missiles "
                      "at cities across Ukraine and killing at least seven people, officials said.")
    killing, = _of(found, "Killing")
    assert killing.part_of is not None and found[killing.part_of].cls in ("Attack", "Airstrike"), killing.part_of


def test_those_killed_in_the_operation_told_are_its_toll(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israeli tanks push into Jabalia\n\n"
                      "CAIRO (Reuters) - Israeli tanks pushed into Jabalia in the northern Gaza Strip on Monday, and "
                      "health officials said at least 40 people were killed in the operation.")
    killing, = _of(found, "Killing")
    assert killing.part_of is not None, killing


def test_occupied_after_a_preposition_is_no_capture(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukraine's military said it had struck Russian air defence systems in occupied Crimea overnight.")
    assert not _of(found, "Capture"), [e.trigger.text for e in _of(found, "Capture")]
    attack, = _of(found, "Attack")
    assert _name(names, attack.place) == "Crimea", _name(names, attack.place)


def test_a_lands_election_candidate_is_not_the_land(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed a Pakistan election candidate on Friday.")
    killing, = _of(found, "Killing")
    assert killing.target is None and killing.target_phrase is not None, _name(names, killing.target)


def test_unnamed_attackers_told_again_are_the_same_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen shot and killed a candidate in northwestern Pakistan on Friday, police said.\n\n"
                          "Ali Khan was campaigning in the Bajaur district when attackers on a motorcycle opened fire "
                          "on his vehicle, a police official said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and _name(names, attacks[0].target) == "Ali Khan", \
        [(e.trigger.text, _name(names, e.target)) for e in attacks]


def test_a_record_of_attacks_is_no_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Suspicion fell on the Pakistani Taliban, who have attacked candidates in the region before. "
                      "Russia has repeatedly attacked Ukraine's energy grid.")
    assert not _of(found, "Attack"), [e.trigger.text for e in _of(found, "Attack")]


def test_the_fighting_is_the_gunfight_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Indian troops killed three suspected militants in a gunfight in Kashmir on Sunday, police said, "
                      "hours after a grenade attack on a market in Srinagar wounded 12 civilians.\n\n"
                      "The fighting broke out after government forces cordoned off a village, police said.")
    assert len(_of(found, "Attack")) == 2, [e.trigger.text for e in _of(found, "Attack")]


def test_an_attack_told_with_nothing_of_its_own_is_the_one_just_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Rebels killed four soldiers in an ambush in the province of Arauca on Monday, the army said.\n\n"
                      "The soldiers were patrolling a rural road when they came under fire from explosives and rifles, "
                      "the army said. The defence minister condemned the ambush.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_a_deed_whose_responsibility_is_claimed_is_done(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen kill over 50 at Kabul wedding hall, Islamic State claims responsibility\n\n"
                      "KABUL (Reuters) - Gunmen stormed a wedding hall in Kabul on Saturday, police said.")
    killing, = _of(found, "Killing")
    assert killing.status is None, killing.status


def test_an_attack_claimed_by_a_group_told_in_its_harms_is_the_groups(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen opened fire on worshippers at a mosque in Peshawar on Friday, killing 30 people and "
                          "wounding 50 in an attack claimed by Islamic State.")
    attack, = _of(found, "Attack")
    assert _name(names, attack.agent) == "Islamic State", _name(names, attack.agent)


def test_resistance_forces_in_a_headline_are_the_group_that_took_the_base(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Myanmar resistance forces capture army base in Chin state\n\n"
                          "YANGON (AP) - The Arakan Army said on Saturday it had captured a major military base "
                          "near the town of Paletwa after weeks of fighting.")
    captures = _of(found, "Capture")
    assert len(captures) == 1, [(e.trigger.text, _name(names, e.agent)) for e in captures]


def test_a_suspected_strike_named_again_by_its_day_is_that_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Iran fired missiles at Israel on Saturday in retaliation for a suspected Israeli strike on its "
                      "consulate in Damascus, the military said.\n\n"
                      "Iran said the attack was a response to the April 1 strike in Damascus that killed seven officers.")
    strikes = [e for e in found if e.trigger.text == "strike"]
    assert len(strikes) == 1 and strikes[0].status == "Alleged", [(e.status, e.date) for e in strikes]
    killing, = _of(found, "Killing")
    assert killing.part_of is not None and found[killing.part_of].trigger.text == "strike", killing.part_of


def test_a_car_packed_with_explosives_rammed_into_a_gate_hit_the_gate(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The militants rammed a truck packed with explosives into the gate of the base on Saturday.")
    attack = next(e for e in found if e.trigger.text == "rammed")
    assert attack.target_phrase is not None and "gate" in attack.target_phrase.text, attack.target_phrase
    assert attack.instrument_phrase is not None and "truck" in attack.instrument_phrase.text, attack.instrument_phrase


def test_how_many_were_killed_is_no_killing_of_its_own(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Troops killed several gunmen in the Tsafe area on Tuesday, the army said. A spokesman did not "
                      "say how many gunmen were killed, and it was unclear how many soldiers died.")
    assert len(_of(found, "Killing")) == 1, [e.trigger.text for e in _of(found, "Killing")]


def test_shot_so_many_of_them_dead_is_a_killing_of_so_many(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen forced passengers off buses in southwestern Pakistan on Monday and shot 23 of them dead "
                      "after checking their identity cards, police said.")
    killing, = _of(found, "Killing")
    assert killing.fatalities == 23 and killing.trigger.text == "shot", (killing.trigger.text, killing.fatalities)


def test_the_attack_in_a_district_of_a_province_is_the_one_told_in_its_country(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen opened fire on a bus in southwestern Pakistan on Monday, killing 12 people, police "
                          "said.\n\nThe attack in the Musakhail district of Baluchistan province was claimed by the "
                          "Baloch Liberation Army.")
    attack, = _of(found, "Attack")
    assert _name(names, attack.agent) == "Baloch Liberation Army", _name(names, attack.agent)


def test_the_attack_named_with_its_place_after_a_killing_is_that_killings(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen shot dead five policemen in southwestern Pakistan on Monday, police said.\n\n"
                      "The attack in the Kech district was claimed by the Baloch Liberation Army.")
    killing, = _of(found, "Killing")
    assert killing.part_of is not None and found[killing.part_of].cls == "Attack", killing.part_of


def test_permission_to_strike_is_no_strike_yet(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Zelenskiy renewed his appeal to Western allies for permission to strike deep inside Russia.")
    strike, = _of(found, "Attack")
    assert strike.status == "Planned", strike.status


def test_the_strikers_account_naming_where_the_man_it_sought_hid_is_that_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("An Israeli strike targeting Hezbollah's top commander Fuad Shukr killed five people in Beirut on "
                      "Tuesday, Lebanese officials said.\n\n"
                      "The Israeli military said it had struck a building in the Haret Hreik area where Shukr was meeting "
                      "aides.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_missiles_counted_as_shot_down_are_no_attack_and_the_air_force_is_the_defenders(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("KYIV (Reuters) - Russia launched a massive missile and drone attack on Ukraine's power plants "
                          "overnight, Ukrainian officials said on Saturday.\n\n"
                          "The air force said it had shot down 23 of 40 missiles and all 25 drones.")
    assert len([e for e in found if e.cls in ("Attack", "Airstrike")]) == 1, [e.trigger.text for e in found]
    said = next(e for e in found if e.cls == "Statement" and e.trigger.begin > 150)
    assert _name(names, said.agent) == "Ukrainian forces", _name(names, said.agent)


def test_an_attack_told_overnight_takes_the_reports_day(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Russia launched a massive drone attack on Ukraine's power grid overnight, damaging plants in "
                      "several regions, Ukrainian officials said on Thursday.")
    attack = next(e for e in found if e.cls in ("Attack", "Airstrike"))
    assert attack.date is not None and attack.date.value == "2024-06-13", attack.date


def test_troops_sent_to_retake_a_town_have_not_yet(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Rwandan troops, who have been deployed in the region since 2021, were sent to retake the town of "
                      "Mocimboa da Praia.")
    capture, = _of(found, "Capture")
    assert capture.status == "Planned", capture.status


def test_an_attacks_toll_a_group_claims_is_no_allegation(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Kenya hotel attack kills 21, al Shabaab claims")
    killing, = _of(found, "Killing")
    assert killing.status is None, killing.status


def test_the_displaced_who_are_sheltering_somewhere_are_no_displacement_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Netanyahu vowed to press ahead with a ground offensive in Rafah, where more than a million "
                      "displaced Palestinians are sheltering, despite international warnings.")
    assert not _of(found, "Displacement"), [(e.trigger.text, e.displaced) for e in _of(found, "Displacement")]


def test_a_generated_towns_namesake_in_a_land_never_named_is_the_storys_own(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen kidnapped at least 61 people in a raid on a village in Nigeria's Kaduna state, residents said.\n\n"
            "The attackers stormed the village of Buda in the Kajuru area of Nigeria on Monday night, a resident said.")
    done = resolved(text)
    buda = next(e for e in done.entities if e.label == "Buda")
    assert buda.key != "buda", buda.key  # the generated gazetteer's Buda is in Hungary
    found, _ = events(text)
    assert len(_of(found, "Attack")) == 1, [e.trigger.text for e in _of(found, "Attack")]


def test_those_the_war_displaced_are_no_toll_of_the_days_strikes(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Sudan's army launched an offensive to retake Khartoum from the paramilitary Rapid Support Forces "
                      "on Thursday, pounding RSF positions with artillery and air strikes, residents said.\n\n"
                      "The war, which began in April 2023, has displaced more than 10 million people.")
    displacement, = _of(found, "Displacement")
    assert displacement.part_of is None, found[displacement.part_of].trigger.text


def test_the_first_verbs_day_is_the_seconds(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen burst into a bar in the central Mexican state of Guanajuato late on Wednesday and opened "
                      "fire, state prosecutors said.")
    attack, = _of(found, "Attack")
    assert attack.date is not None and attack.date.value == "2024-06-12", attack.date


def test_a_raid_hung_on_the_saying_is_the_abductions_not_the_statements(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen abducted at least 45 people, mostly women and children, in an overnight raid on a village "
                      "in Nigeria's northwestern Katsina state, residents said on Sunday.")
    said, = _of(found, "Statement")
    abduction, = _of(found, "Arrest")
    assert said.within_at is None and abduction.part_of is not None, (said.within_at, abduction.part_of)
    raid, = _of(found, "Attack")
    assert raid.date is not None and raid.date.value == "2024-06-09", raid.date


def test_attacks_told_as_a_record_of_years_are_no_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Chinese workers have been attacked several times in Pakistan. Police stations have been "
                      "targeted in recent years.")
    assert not [e for e in found if e.cls == "Attack"], [e.trigger.text for e in found]


def test_a_headlines_ambush_is_the_ledes_firing_and_the_bus_attacked_again(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Militants ambush bus carrying pilgrims in Kashmir, killing 9\n\n"
                      "SRINAGAR, India (Reuters) - Militants opened fire on a bus carrying Hindu pilgrims in Kashmir on "
                      "Sunday, killing at least nine people, police said.\n\n"
                      "The bus was travelling to the town of Katra when it was attacked.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_the_strikers_account_naming_the_school_the_tagger_took_for_a_place_is_that_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israeli strike on Gaza school kills 30, civil defence says\n\n"
                      "GAZA (Reuters) - An Israeli strike on a school in Gaza City where displaced people were sheltering "
                      "killed 30 Palestinians on Saturday, the civil defence agency said.\n\n"
                      "The Israeli military said it had struck a Hamas command centre inside the al-Tabi'in school.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_those_killed_named_again_are_the_killing_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen killed nine Pakistani workers in southeastern Iran on Saturday, Pakistan's foreign "
                          "ministry said, days after the neighbours exchanged missile strikes on militant targets.\n\n"
                          "The workers were shot dead in a house in the Saravan area, Iranian state media said.")
    killings = _of(found, "Killing")
    assert len(killings) == 1, [(e.trigger.text, e.part_of) for e in killings]


def test_hundreds_of_targets_struck_are_the_1600_the_striker_counts(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israel strikes hundreds of Hezbollah targets, killing 492 in Lebanon\n\n"
                      "BEIRUT (Reuters) - Israeli air strikes killed 492 people in Lebanon on Monday, the health "
                      "ministry said.\n\nThe Israeli military said it had hit more than 1,600 Hezbollah targets.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.trigger.text, e.quantity) for e in attacks]


def test_an_attack_the_army_repelled_is_the_attack_on_the_town_it_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Congo army says it repelled M23 attack near Sake\n\n"
                      "KINSHASA (Reuters) - Congo's army said on Friday it had repelled an attack by M23 rebels on the "
                      "town of Sake, west of Goma.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_who_targeted_militants_and_had_killed_several_of_them_killed_them(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Israeli military said its jets had targeted Hamas militants who were operating from inside "
                          "the school in Nuseirat and had killed several of them.")
    killing, = _of(found, "Killing")
    assert _name(names, killing.agent) != "Hamas", _name(names, killing.agent)


def test_a_land_that_speaks_after_a_comma_holds_no_town(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Hundreds of North Korean troops killed or wounded in Kursk, Ukraine says")
    assert not [r for r in _relations(done) if r[1] == "locatedIn"], _relations(done)


def test_sporadic_attacks_carried_out_since_a_year_are_a_record(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Islamic State militants have carried out sporadic attacks in the area since the group's defeat "
                      "in 2017.")
    assert not _of(found, "Attack"), [e.trigger.text for e in _of(found, "Attack")]


def test_a_killing_by_the_same_doers_of_whoever_they_are_is_the_one_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Hamas kills six hostages in Gaza tunnel, Israel says\n\n"
                      "JERUSALEM (AP) - The bodies of six hostages were recovered from a tunnel in Rafah, the Israeli "
                      "military said on Sunday, adding that they had been shot dead by Hamas shortly before troops arrived.")
    killings = _of(found, "Killing")
    assert len(killings) == 1, [e.trigger.text for e in killings]


def test_those_attacks_claimed_are_the_bombings_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two bombings near candidates' offices in Balochistan killed 28 people on Wednesday, officials "
                          "said. The Islamic State group claimed responsibility for those attacks.")
    bombing = next(e for e in found if e.cls == "Bombing")
    assert _name(names, bombing.agent) == "Islamic State", _name(names, bombing.agent)


def test_a_lands_men_speaking_after_a_comma_hold_no_sea(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("The United States carried out strikes against Houthi targets in response to the group's attacks "
                    "on shipping in the Red Sea, U.S. officials said.")
    assert not [r for r in _relations(done) if r[1] == "locatedIn" and r[0] == "Red Sea"], _relations(done)


def test_a_lands_attack_its_gunmen_killed_in_is_where_not_who(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen kill over 100 in Burkina Faso attack on Barsalogho\n\nOUAGADOUGOU (Reuters) - Jihadist "
                          "gunmen killed hundreds of people in an attack on the town of Barsalogho in central Burkina Faso "
                          "on Saturday, security sources said.")
    assert all(_name(names, e.agent) != "Burkina Faso" for e in found), [(e.trigger.text, _name(names, e.agent)) for e in found]


def test_a_ship_seized_and_the_vessel_taken_are_one_seizure(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Iran's Revolutionary Guards seized a Portuguese-flagged container ship near the Strait of Hormuz on "
                      "Saturday, state media said.\n\nCommandos descended from a helicopter onto the deck and took "
                      "control of the vessel, video showed.")
    captures = _of(found, "Capture")
    assert len(captures) == 1, [e.trigger.text for e in captures]


def test_those_who_fled_over_the_past_week_are_no_toll_of_the_days_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gangs attacked police stations and the international airport in Port-au-Prince on Saturday, "
                      "officials said.\n\nAt least 15,000 people have fled their homes in the past week, the United "
                      "Nations said.")
    fled, = _of(found, "Displacement")
    assert fled.part_of is None, fled.part_of


def test_soldiers_taken_prisoner_are_arrested_and_attacks_planned_by_a_noun_are_planned(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukrainian forces advanced deeper into the Kursk region and took 102 Russian soldiers prisoner.")
    taken, = _of(found, "Arrest")
    assert _name(names, taken.target) == "Russian forces", _name(names, taken.target)
    found, _ = events("The military said it had targeted Zahi Oufi, the head of Hamas in the camp, who it said had been "
                      "planning attacks.")
    planned = next(e for e in found if e.trigger.text == "attacks")
    assert planned.status == "Planned", planned.status


def test_the_man_the_striker_says_it_targeted_right_after_is_that_strikes(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("An Israeli airstrike on a cafe in the Tulkarm refugee camp killed 18 people on Thursday night, "
                      "Palestinian health officials said.\n\nThe Israeli military said it had targeted Mohammed Jaber, "
                      "the head of Hamas in the camp.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_his_death_blamed_on_a_man_is_not_that_mans(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Alexei Navalny, Russia's most prominent opposition leader, died in an Arctic penal colony on "
                          "Friday, the prison service said.\n\nWestern leaders blamed President Vladimir Putin for his death.")
    assert all(_name(names, e.target) != "Vladimir Putin" for e in _of(found, "Killing")), \
        [(e.trigger.text, _name(names, e.target)) for e in _of(found, "Killing")]


def test_a_land_that_has_seen_numerous_bombings_saw_attacks(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The republic has seen numerous bombings targeted at the Russian military stationed there.")
    assert _of(found, "Bombing"), [e.trigger.text for e in found]


def test_the_defence_ministry_of_the_land_that_blamed_and_struck_is_that_lands(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Turkey blamed the Kurdistan Workers Party (PKK) for the attack and hours later carried out air "
                          "strikes on PKK targets in Iraq and Syria, the defence ministry said.")
    said = next(e for e in found if e.cls == "Statement")
    assert _name(names, said.agent) == "Turkish Defence Ministry", _name(names, said.agent)


def test_what_such_people_do_is_no_deed_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Zamfara has been plagued by armed gangs who kidnap for ransom and militants who attack villages.")
    assert not [e for e in found if e.cls in ("Arrest", "Attack")], [e.trigger.text for e in found]


def test_the_province_after_one_people_come_from_is_the_storys(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Separatist militants in Pakistan's Baluchistan province shot dead 23 people, police said.\n\n"
                          "Most of the dead were from Punjab province, a police official said.\n\nThe Baluchistan "
                          "Liberation Army said it carried out a series of coordinated attacks across the province.")
    attacks = next(e for e in found if e.trigger.text == "attacks")
    assert _name(names, attacks.place) == "Balochistan", _name(names, attacks.place)


def test_a_name_called_a_state_elsewhere_is_the_state_where_it_stands_bare(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Cartel gunmen ambush police in Guerrero, killing 13\n\nGunmen ambushed a convoy of police "
                          "officers in the southern state of Guerrero, killing 13 of them, authorities said.")
    ambush = next(e for e in found if e.cls == "Attack")
    assert _name(names, ambush.place) == "Guerrero", _name(names, ambush.place)


def test_under_heavy_fire_is_the_ambush_told_without_its_day(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen ambushed a convoy of police officers in the state of Guerrero, killing 13 of them, "
                      "authorities said on Tuesday.\n\nThe officers were travelling on a road when they came under "
                      "heavy fire late on Monday.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]
    assert attacks[0].date is not None and attacks[0].date.value == "2024-06-10", attacks[0].date


def test_the_national_liberation_army_is_colombias_eln(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("ELN rebels killed two soldiers in Arauca\n\nFighters from the National Liberation Army killed "
                          "two soldiers in an ambush in the eastern province of Arauca on Sunday, the army said.")
    killings = _of(found, "Killing")
    assert len(killings) == 1 and _name(names, killings[0].agent) == "ELN", \
        [(e.trigger.text, _name(names, e.agent)) for e in killings]


def test_what_a_speaker_says_was_to_blame_is_blamed_by_the_speaker(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia denied hitting the hospital and said a Ukrainian air defence missile was to blame.\n\n"
                          "Officials said it was not clear who was to blame.")
    blamed, = _of(found, "Accusation")
    assert (_name(names, blamed.agent), _name(names, blamed.target), blamed.status) \
        == ("Russia", "Ukrainian forces", None), (_name(names, blamed.agent), _name(names, blamed.target), blamed.status)


def test_a_headlines_count_a_ledes_bound_holds_closely_is_one_kidnapping(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Nigerian troops rescue 137 pupils kidnapped in Kaduna\n\nMore than 130 schoolchildren kidnapped "
                      "from a school in northern Nigeria's Kaduna state this month have been freed, the governor said.")
    taken = _of(found, "Arrest")
    assert len(taken) == 1, [(e.trigger.text, e.quantity) for e in taken]
    found, _ = events("Gunmen kidnap 137 pupils in Kaduna\n\nGunmen kidnapped at least 20 schoolchildren from a school in "
                      "northern Nigeria's Kaduna state, the governor said.")
    assert len(_of(found, "Arrest")) == 2, [(e.trigger.text, e.quantity) for e in _of(found, "Arrest")]


def test_a_town_of_the_land_by_its_peoples_name_is_in_the_land(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Hezbollah fires rockets at northern Israel\n\nLebanon's Hezbollah fired dozens of Katyusha rockets "
                      "at the northern Israeli town of Beit Hillel late on Sunday, the group said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_a_rites_day_dates_the_deed_done_during_it(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen killed 15 worshippers during Sunday mass at a Catholic church in the village of Essakane, "
                      "a church official said on Monday.\n\nOn the same day, an attack on a mosque in the town of "
                      "Natiaboani killed dozens of worshippers, security sources said.")
    dates = sorted({e.date.value for e in found if e.cls != "Statement" and e.date is not None})
    assert dates == ["2024-06-09"], dates


def test_the_same_doers_participle_tells_how_their_attack_went(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Hezbollah fired about 150 rockets, missiles and drones into northern Israel overnight, reaching "
                      "deeper than before and hitting near the city of Haifa, the Israeli military said on Sunday.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_battles_fought_are_the_fighting_not_its_target(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Sudan's army and the paramilitary Rapid Support Forces fought fierce battles in El Fasher on "
                      "Wednesday, residents said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and attacks[0].target_phrase is None, \
        [(e.trigger.text, e.target_phrase) for e in attacks]


def test_a_campaign_told_by_when_it_began_is_not_the_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Houthis hit ship in Gulf of Aden, crew abandon vessel\n\nYemen's Houthi militants struck the "
                      "bulk carrier True Confidence in the Gulf of Aden on Wednesday, killing three crew members, the U.S. "
                      "military said, the first deaths since the group began attacking shipping.\n\nThe crew "
                      "abandoned the ship after the missile strike set it ablaze, the vessel's operators said.")
    said = next(e for e in found if e.cls == "Statement" and "abandoned" in (e.content.text if e.content else ""))
    assert [found[k].trigger.text for k in said.about] == ["hit"], [found[k].trigger.text for k in said.about]


def test_a_toll_that_had_been_run_up_over_two_weeks_is_no_raids(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israeli troops launched ground raids into southern Lebanon on Tuesday, the military said.\n\n"
                      "Lebanon's health ministry said more than 1,000 people had been killed in Lebanon over the past two "
                      "weeks.")
    killed, = _of(found, "Killing")
    assert killed.part_of is None and killed.date is None, (killed.part_of, killed.date)


def test_the_attack_on_a_name_nothing_knows_is_the_attack_on_the_site_just_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Three U.S. troops were killed in a drone attack by Iran-backed militants on a base in northeastern "
                      "Jordan, President Joe Biden said.\n\nThe attack on Tower 22 was the first deadly strike against "
                      "U.S. forces since the war began.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_a_role_denied_in_the_attack_leaves_the_attack_done(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Iran denied any role in the attack.")
    assert all(e.status != "Negated" for e in found if e.cls == "Attack"), [(e.trigger.text, e.status) for e in found]


def test_the_shooter_killed_is_the_gunman_shot_dead_by_the_same_agents(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Trump shot in ear at rally; shooter killed by Secret Service\n\nA gunman opened fire at a campaign "
                      "rally held by Donald Trump in Pennsylvania on Saturday, wounding the former president in the ear "
                      "before being shot dead by Secret Service agents.")
    killings = [e for e in _of(found, "Killing") if e.agent is not None]
    assert len(killings) == 1, [e.trigger.text for e in killings]


def test_an_attack_a_year_since_is_no_attack_of_the_day(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Hezbollah fired a barrage of rockets at Haifa, lightly wounding 10 people, as Israelis marked one "
                      "year since Hamas' June 15 attack.")
    old = next(e for e in found if e.trigger.text == "attack")
    assert old.date is None, old.date


def test_a_mention_dated_months_before_the_story_is_no_undated_raid(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israeli special forces free two hostages in Rafah raid\n\nIsraeli special forces freed two hostages "
                      "held in the southern Gaza city of Rafah early on Monday.\n\nThe two men were kidnapped during the "
                      "Hamas-led attack on Oct. 7, the military said.")
    raid = next(e for e in found if e.trigger.text == "raid")
    assert raid.date is None, raid.date


def test_a_raid_that_officials_said_killed_people_killed_them(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli forces rescued four hostages from the Nuseirat refugee camp on Saturday in a heavily "
                          "armed raid that Palestinian health authorities said killed 274 people and wounded hundreds more.")
    raid = next(k for k, e in enumerate(found) if e.trigger.text == "raid")
    harms = [e for e in found if e.cls in ("Killing", "Injury")]
    assert [e.part_of for e in harms] == [raid, raid], [(e.trigger.text, e.part_of) for e in harms]


def test_a_lands_sectarian_clashes_are_not_its_states(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pakistan sectarian clashes kill 32 in Kurram after convoy attack")
    clashes = next(e for e in found if e.trigger.text == "clashes")
    assert _name(names, clashes.agent) is None, _name(names, clashes.agent)


def test_a_convoy_attacked_by_nobody_named_and_fired_on_by_gunmen_is_one_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Clashes in Kurram have killed at least 32 people since Friday, officials said, following an attack "
                      "on a convoy that killed 42 passengers.\n\nGunmen opened fire on a convoy of vehicles carrying "
                      "passengers near the town of Parachinar on Thursday.")
    fired = [e for e in _of(found, "Attack") if "convoy" in (e.target_phrase.text if e.target_phrase else "")]
    assert len(fired) == 1, [e.trigger.text for e in fired]


def test_the_attackers_account_by_the_unit_it_hit_is_that_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A drone launched by Hezbollah struck an Israeli army base near the town of Binyamina on Sunday "
                      "evening, killing four soldiers, the Israeli military said.\n\nHezbollah said it had targeted a "
                      "training camp of the Golani Brigade.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_what_the_gunmen_who_arrived_then_did_is_the_attack_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Suspected Boko Haram militants killed at least 81 people in an attack on the village of Mafa in "
                      "Yobe state, a local official said.\n\nThe gunmen arrived on motorcycles on Tuesday evening and "
                      "opened fire on residents at a market, then set fire to shops and houses, the official said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_a_groups_military_chief_in_its_headline_is_no_armys(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Hamas says military chief Deif's death not confirmed after Israel claims killing")
    assert not [r for r in _relations(done) if r[1] == "memberOf"], _relations(done)


def test_a_demonstration_of_madness_is_no_protest(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("President Volodymyr Zelenskiy called the attack another demonstration of Russian madness.")
    assert not _of(found, "Protest"), [e.trigger.text for e in found]


def test_the_bombs_that_hit_the_named_store_are_the_strike_on_the_store(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Russian strike on Kharkiv hardware store kills 12\n\nTwo Russian guided bombs struck a busy "
                      "hardware store in Ukraine's second city of Kharkiv on Saturday, killing at least 12 people, "
                      "officials said.\n\nAbout 200 people were inside the Epicentr store when the bombs hit it, "
                      "the governor said.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_the_strikes_in_one_of_the_lands_told_together_are_those_strikes(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("US strikes 85 targets in Iraq and Syria\n\nIraq's government said 16 people were killed in the "
                      "strikes in western Iraq. Syrian state media said the strikes in Syria killed a number of civilians.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.trigger.text, e.place) for e in attacks]


def test_the_soldiers_who_laid_down_arms_are_the_surrender_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A group of Russian soldiers surrendered to Ukrainian troops near the town of Vovchansk, Ukraine's "
                      "military intelligence agency said on Wednesday.\n\nThe soldiers laid down their arms after being "
                      "surrounded in a building for several days, the agency said. It did not say how many had "
                      "surrendered.")
    surrenders = _of(found, "Surrender")
    assert len(surrenders) == 1, [e.trigger.text for e in surrenders]


def test_who_pushed_into_a_region_made_the_incursion(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukrainian forces have pushed up to 10 km into Russia's Kursk region in a surprise cross-border "
                          "incursion, Ukraine's top commander said on Thursday.")
    incursion = next(e for e in found if e.trigger.text == "incursion")
    assert _name(names, incursion.agent) == "Ukrainian forces", _name(names, incursion.agent)


def test_a_states_protest_is_no_protest_in_the_streets(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Pakistani air strikes on Iran kill nine, Tehran protests\n\nTehran summoned Pakistan's charge "
                      "d'affaires to protest. Thousands of people took to the streets of Tehran to protest.")
    protests = _of(found, "Protest")
    assert [e.trigger.text for e in protests] == ["took to the streets"], [e.trigger.text for e in protests]


def test_a_reaper_drone_shot_down_was_attacked(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Yemen's Houthi movement said on Monday it had shot down a U.S. MQ-9 Reaper drone over the "
                      "central province of Al Bayda.")
    downed = _of(found, "Attack")
    assert [e.trigger.text for e in downed] == ["shot"], [e.trigger.text for e in found]
    assert downed[0].instrument_phrase is None or "drone" not in downed[0].instrument_phrase.text
    found, _ = events("Ukraine's air force said it had shot down 24 of 30 drones launched by Russia overnight.")
    assert not [e for e in found if e.trigger.text == "shot"]  # munitions stopped: defence, no attack


def test_a_campaign_kept_up_since_is_not_the_days_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Houthis have attacked ships in the Red Sea since November. On Saturday, a Houthi missile "
                          "hit the oil tanker Wind in the Red Sea, causing flooding, U.S. Central Command said.")
    attacks = _of(found, "Attack")
    assert [e.trigger.text for e in attacks] == ["attacked", "hit"], [e.trigger.text for e in attacks]
    assert attacks[0].date is None and attacks[1].date is not None and attacks[1].date.value == "2024-06-15"


def test_a_denier_who_accused_in_the_same_breath_accused(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An RSF spokesman denied the group had targeted the hospital and accused the army of using it "
                          "as a military base.")
    assert [e.status for e in _of(found, "Attack")] == ["Negated"]
    accused = _of(found, "Accusation")
    assert [e.status for e in accused] == [None], [e.status for e in accused]


def test_the_attack_that_opens_a_sentence_is_the_deed_it_tells(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen shot dead 23 passengers in Musakhail district.\n\nIn a separate attack, insurgents "
                          "attacked a police station in Kalat district, killing 10 people.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]
    assert "Kalat" in (_name(names, attacks[0].place) or ""), _name(names, attacks[0].place)


def test_those_killed_when_a_strike_hit_were_killed_in_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("At least 20 civilians were killed when an Israeli airstrike hit a market in Rafah on Friday.")
    killing = _of(found, "Killing")[0]
    assert (_name(names, killing.place), killing.date and killing.date.value) == ("Rafah", "2024-06-14"), \
        (_name(names, killing.place), killing.date)
    assert _name(names, killing.agent) == _name(names, _of(found, "Airstrike")[0].agent) is not None


def test_a_government_airstrike_is_the_story_countrys_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's army has been fighting the RSF since April 2023. A government airstrike hit a market "
                          "in Nyala, killing 30 people.")
    strike = _of(found, "Airstrike")[0]
    assert _name(names, strike.agent) == "Sudanese Armed Forces", _name(names, strike.agent)
    found, names = events("Pro-government militias attacked the village. Anti-government protests spread to Khartoum.")
    assert all(e.agent is None or "forces" not in (_name(names, e.agent) or "").lower() for e in found)


def test_the_jet_that_bombed_a_village_named_is_the_airstrike_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An airstrike by Myanmar's military on a village in the northwestern Sagaing region killed at "
                          "least 11 civilians, residents said on Sunday.\n\nA fighter jet dropped two bombs on Kinma "
                          "village on Saturday afternoon, destroying a school and several houses, a resident said.")
    strikes = _of(found, "Airstrike")
    assert len(strikes) == 1, [e.trigger.text for e in strikes]
    assert (_name(names, strikes[0].agent), strikes[0].date and strikes[0].date.value) == ("Myanmar military", "2024-06-15")
    found, names = events("A fighter jet bombed the market in Kinma.")
    assert all(e.agent is None and e.agent_phrase is None for e in _of(found, "Airstrike"))  # the jet is no flyer


def test_the_town_of_the_mosque_before_the_lands_east(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Dozens of people were killed in attacks in Burkina Faso on Sunday.\n\nGunmen attacked "
                          "worshippers during dawn prayers at a mosque in Natiaboani in the east of the country, a "
                          "security source said.")
    attacked = next(e for e in found if e.trigger.text == "attacked")
    assert _name(names, attacked.place) == "Natiaboani", _name(names, attacked.place)


def test_an_evacuation_ordered_or_warned_of_is_not_yet_made(events) -> None:  # type: ignore[no-untyped-def]
    for text in ("Israeli warplanes struck Beirut's southern suburbs after evacuation warnings.",
                 "The military issued evacuation orders for 20 villages.", "Israel ordered the evacuation of Rafah."):
        found, _ = events(text)
        assert [e.status for e in _of(found, "Displacement")] == ["Planned"], text
    found, _ = events("The evacuation of 500 residents began on Sunday.")
    assert [e.status for e in _of(found, "Displacement")] == [None]


def test_a_clash_with_troops_advancing_is_where_they_advanced(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah said its fighters fired rockets at an Israeli army base near Haifa and clashed with "
                          "Israeli troops trying to advance into the border village of Aita al-Shaab.")
    clash = next(e for e in found if e.trigger.text == "clashed")
    assert _name(names, clash.place) == "Aita al-Shaab", _name(names, clash.place)


def test_the_city_told_by_its_size_is_the_city_named(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("M23 rebels entered the center of Goma on Monday, as Congolese soldiers retreated from the "
                          "eastern city of two million people.")
    retreat = _of(found, "Withdrawal")[0]
    assert _name(names, retreat.place) == "Goma", _name(names, retreat.place)
    found, names = events("Rebels entered Goma. Soldiers retreated from the city of Bukavu.")
    assert _name(names, _of(found, "Withdrawal")[0].place) == "Bukavu"


def test_a_title_after_a_possessive_is_held_in_that_body(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("Israeli strike kills Hezbollah spokesman in Beirut\n\nAn Israeli strike on central Beirut killed Hezbollah's "
            "chief spokesman Mohammad Afif on Sunday, the group said.")
    assert ("Mohammad Afif", "memberOf", "chief spokesman", "Hezbollah") in _relations(resolved(text))
    found, names = events(text)
    killings = _of(found, "Killing")
    assert [_name(names, e.target) for e in killings] == ["Mohammad Afif"], [_name(names, e.target) for e in killings]


def test_the_name_on_a_memorial_is_neither_hit_nor_the_place(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Blasts at Soleimani memorial in Iran kill 84\n\nTwo explosions tore through crowds in Kerman "
                          "on Wednesday, killing 84 people.")
    blasts = _of(found, "Bombing")[0]
    assert blasts.target is None and _name(names, blasts.place) != "Soleimani", (_name(names, blasts.target),
                                                                                 _name(names, blasts.place))


def test_a_headlines_claimed_attack_is_the_deed_before_its_semicolon(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Blasts at Soleimani memorial in Iran kill 84; Islamic State claims attack\n\nTwo explosions "
                          "tore through crowds in the city of Kerman, killing 84 people.")
    deeds = [e for e in found if e.cls in ("Attack", "Bombing")]
    assert len(deeds) == 1, [(e.trigger.text, _name(names, e.agent)) for e in deeds]


def test_a_police_post_attacked_is_a_site_and_the_post_stormed_that_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Islamist insurgents killed four police officers in an attack on a police post in Mozambique's "
                          "northern Cabo Delgado province on Friday, police said.\n\nAbout 30 fighters linked to Islamic "
                          "State stormed the post in the town of Macomia at dawn, a police spokesman said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]
    assert attacks[0].target_phrase is not None and attacks[0].target_phrase.text == "a police post"
    found, _ = events("The group said in a Telegram post that it had attacked the town.")
    assert all(e.target_phrase is None or "post" not in e.target_phrase.text for e in found)


def test_the_attackers_account_of_what_it_aimed_at_is_that_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran fired about 180 ballistic missiles at Israel on Tuesday evening, sending millions of "
                          "Israelis into bomb shelters.\n\nThe Israeli military said most of the missiles were intercepted."
                          "\n\nIran's Revolutionary Guards said they had targeted three military bases around Tel Aviv.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]
    found, _ = events("Iran fired missiles at Israel on Tuesday.\n\nIsrael said it had targeted three military bases "
                      "near Tehran.")
    assert len(_of(found, "Attack")) == 2  # the other side's strike is its own


def test_the_site_named_as_hit_next_is_the_site_shelled(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Rapid Support Forces shelled the last functioning hospital in El Fasher on Friday, killing "
                          "nine patients, medical sources said.\n\nThe Saudi Hospital was hit by at least four artillery "
                          "shells, according to the local resistance committee.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]
    found, _ = events("The Rapid Support Forces shelled a hospital in El Fasher on Friday.\n\nThe Saudi Hospital was hit "
                      "by shells on Sunday in a separate attack.")
    assert len(_of(found, "Attack")) == 2


def test_the_band_a_claim_named_is_the_gunmen_told_again(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen shot dead 23 passengers on a highway in Musakhail district, officials said. The gunmen "
                          "also set fire to at least 10 vehicles. The Baloch Liberation Army claimed responsibility for "
                          "the killings.")
    fire = next(e for e in found if e.trigger.text == "set fire to")
    assert _name(names, fire.agent) == "Baloch Liberation Army", _name(names, fire.agent)
    found, names = events("Gunmen shot dead 23 passengers on a highway, officials said. The gunmen also set fire to ten "
                          "vehicles.")
    assert next(e for e in found if e.trigger.text == "set fire to").agent is None  # nobody named them


def test_the_same_forces_withdrawal_placed_later_is_the_one_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Syrian rebels captured the central city of Homs on Saturday night after government forces "
                          "withdrew, the insurgents said.\n\nGovernment troops pulled out of Homs after only a day of "
                          "fighting, a war monitor said.")
    withdrawals = _of(found, "Withdrawal")
    assert len(withdrawals) == 1 and _name(names, withdrawals[0].place) == "Homs", \
        [(e.trigger.text, _name(names, e.place)) for e in withdrawals]


def test_displaced_people_sheltering_are_no_toll_of_the_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli strike on a U.N. school in central Gaza killed at least 33 people.\n\nThe U.N. "
                          "agency said about 6,000 displaced people were sheltering there when it was hit.")
    assert all(e.agent is None for e in _of(found, "Displacement")), [_name(names, e.agent) for e in found]
    found, names = events("An Israeli strike on a U.N. school in central Gaza killed at least 33 people.\n\nThe U.N. "
                          "agency said the strike displaced 6,000 people.")
    assert [_name(names, e.agent) for e in _of(found, "Displacement")] == ["Israel Defense Forces"]


def test_a_toll_in_a_state_named_so_is_in_the_town_its_attack_was(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Mexican cartel gunmen kill 10 at party in Guanajuato\n\nGunmen burst into a family party in "
                          "the central Mexican state of Guanajuato late Thursday and opened fire, killing 10 people, state "
                          "prosecutors said.\n\nThe attack happened in the town of "
                          "Salvatierra, where rival cartels have been fighting for control of drug routes.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.place) == "Salvatierra", _name(names, killing.place)


def test_the_strikes_on_the_rest_of_what_was_listed_are_those_strikes(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli jets struck ports and energy infrastructure in Yemen, killing nine people, the "
                          "Houthi-run Al-Masirah TV said.\n\nThe military said the strikes targeted infrastructure used "
                          "by the Houthis.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [e.trigger.text for e in attacks]


def test_a_fire_at_a_camp_is_a_blaze_not_a_shooting(events) -> None:  # type: ignore[no-untyped-def]
    for text in ("Fire at Rafah tent camp after Israeli strike kills 45", "The fire at the market spread quickly."):
        found, _ = events(text)
        assert not [e for e in found if e.trigger.text.lower() == "fire at"], text
    found, _ = events("Troops fired at protesters in Dhaka.")
    assert [e.trigger.text for e in _of(found, "Attack")] == ["fired at"]


def test_the_strikes_nearer_that_killed_did_the_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah said it had launched a swarm of drones at the base in response to Israeli strikes "
                          "on Beirut last week that killed 22 people.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) == "Israel Defense Forces", (_name(names, killing.agent), killing.agent_phrase)


def test_the_army_that_left_again_is_the_withdrawal_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("M23 rebels walked into the centre of Bukavu on Sunday, residents said.\n\nCongolese troops had "
                      "withdrawn from the city on Saturday. Looting broke out as the army left.")
    assert len(_of(found, "Withdrawal")) == 1, [e.trigger.text for e in _of(found, "Withdrawal")]


def test_those_arrested_then_counted_are_one_arrest(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Masked gunmen stormed the set of a television station in Guayaquil on Tuesday before police "
                          "arrived and arrested them.\n\nPolice said 13 people were detained. No one was killed.")
    arrests = _of(found, "Arrest")
    assert len(arrests) == 1, [e.trigger.text for e in arrests]
    found, _ = events("Police arrested them on Monday. In a separate raid, 13 people were detained in Quito.")
    assert len(_of(found, "Arrest")) == 2


def test_the_headlines_siege_echoed_in_the_lede_is_one_siege(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Somali forces free hostages after 12-hour siege at Mogadishu hotel\n\nSomali security forces ended "
                      "a 12-hour siege at a hotel near the presidential palace in Mogadishu on Friday, police said.")
    assert len(_of(found, "Siege")) == 1, [e.trigger.text for e in _of(found, "Siege")]


def test_a_headlines_commander_killed_is_the_raid_that_killed_him_and_others(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israel kills Islamic Jihad commander in West Bank raid\n\nIsraeli forces killed a commander of the "
                      "Islamic Jihad militant group and five other Palestinians during a raid on the Jenin refugee camp on "
                      "Thursday, Palestinian health officials said.")
    assert len(_of(found, "Killing")) == 1, [e.trigger.text for e in _of(found, "Killing")]
    found, _ = events("Israel kills Hamas commander in Gaza\n\nAn Israeli strike on a school in Gaza City killed at least "
                      "51 people on Thursday, health officials said.")
    assert len(_of(found, "Killing")) == 2


def test_a_toll_is_no_part_of_the_deeds_kept_up_over_a_month(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukraine's military said on Friday it had shot down a Russian A-50 military surveillance plane "
                          "over the Sea of Azov, the second such aircraft it says it has destroyed in a month.\n\nRussian "
                          "media said the plane crashed in the Krasnodar region and that its crew were killed.")
    destroyed = next(e for e in found if e.trigger.text == "destroyed")
    assert destroyed.place is None, _name(names, destroyed.place)


def test_the_assailants_set_apart_by_commas_did_the_attack_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militia fighters killed at least 15 villagers in an overnight attack in Congo's northeastern "
                          "Ituri province, a local official said on Saturday.\n\nThe assailants, believed to be members "
                          "of the CODECO militia, attacked the village of Mbogi with machetes and guns, said local chief "
                          "Jean Lotsove.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and _name(names, attacks[0].agent) == "CODECO", \
        [(e.trigger.text, _name(names, e.agent)) for e in attacks]


def test_explosions_heard_are_the_strikes_told_not_the_attack_they_repaid(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israel carried out air strikes against military targets in Iran early on Saturday in retaliation "
                      "for Iran's Oct. 1 missile attack, the Israeli military said.\n\nExplosions were heard in Tehran, "
                      "Iranian state media reported.")
    heard = _of(found, "Bombing")[0]
    assert heard.part_of is not None and found[heard.part_of].trigger.text == "air strikes", heard.part_of


def test_rockets_fired_are_not_the_attack_a_year_recalls_and_hit_what_was_hit(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah fired a barrage of rockets at the northern Israeli city of Haifa on Monday, wounding "
                          "10 people, as Israel marked one year since the Hamas attack that triggered the war in Gaza.\n\n"
                          "The Israeli military said about 135 projectiles were fired from Lebanon. Two buildings in Haifa "
                          "were hit.")
    fired = next(e for e in found if e.trigger.text == "fired")
    recalled = next(e for e in found if e.trigger.text == "attack")
    assert not any(t.text == "fired" for t in recalled.also) and not [e for e in found if e.trigger.text == "hit"], \
        [(e.trigger.text, [t.text for t in e.also]) for e in found]
    assert _name(names, fired.agent) == "Hezbollah"


def test_a_claim_is_for_the_bombing_not_the_offensive_it_may_repay(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A bomb exploded during a Catholic Mass in a university gymnasium in the southern Philippine "
                          "city of Marawi on Sunday, killing four people, officials said. The military said it was "
                          "investigating whether the bombing was retaliation for an army offensive that killed 11 "
                          "militants on Friday.\n\nThe Islamic State group later claimed responsibility.")
    bombing = _of(found, "Bombing")[0]
    assert _name(names, bombing.agent) == "Islamic State", _name(names, bombing.agent)


def test_the_attack_blamed_on_a_state_is_the_gunmens_attack_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("About 30 heavily armed gunmen opened fire on a police patrol in the village of Banjska in "
                          "northern Kosovo on Sunday, officials said.\n\nPrime Minister Albin Kurti blamed Serbia for the "
                          "attack, which Belgrade denied.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and attacks[0].agent is None, [(e.trigger.text, e.status) for e in attacks]


def test_words_set_beside_the_side_taken_from_place_nothing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's army recaptures state broadcaster in Omdurman\n\nSudan's army said on Tuesday it had "
                          "recaptured the headquarters of the state broadcaster in Omdurman from the paramilitary Rapid "
                          "Support Forces, its biggest gain in the capital since the war began in April last year.")
    captures = _of(found, "Capture")
    assert [_name(names, e.place) for e in captures] == ["Omdurman"], [_name(names, e.place) for e in captures]


def test_a_bomb_detonated_by_remote_control_is_the_weapon_and_nobody_did_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A roadside bomb killed 11 people in Khyber Pakhtunkhwa province on Tuesday, police said.\n\n"
                          "Police said the bomb was detonated by remote control.")
    for e in _of(found, "Bombing"):
        assert e.agent is None and e.agent_phrase is None and e.target_phrase is None, \
            (e.trigger.text, e.agent_phrase, e.target_phrase)
    found, names = events("The bomb was detonated by militants near the market in Quetta.")
    assert [e.agent_phrase.text for e in _of(found, "Bombing") if e.agent_phrase] == ["militants"]


def test_the_village_named_before_its_bearing_is_the_village_taken(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian forces have captured the village of Lastochkyne west of Avdiivka, Ukraine's military "
                          "said on Monday.")
    capture = _of(found, "Capture")[0]
    assert _name(names, capture.target) == "Lastochkyne", (_name(names, capture.target), capture.target_phrase)


def test_a_lands_counterattacks_are_its_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russia's defence ministry said its forces had also repelled 12 Ukrainian counterattacks in the "
                          "area.")
    attack = _of(found, "Attack")[0]
    assert _name(names, attack.agent) == "Ukrainian forces", _name(names, attack.agent)


def test_a_claim_of_responsibility_a_source_told_names_the_bomber(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Russian general was killed on Tuesday by a bomb hidden in an electric scooter outside his "
                          "apartment building in Moscow, investigators said.\n\nLieutenant General Igor Kirillov and his "
                          "assistant died in the blast. Ukraine's SBU security service claimed responsibility, a source in "
                          "the agency said.")
    blast = _of(found, "Bombing")[0]
    assert _name(names, blast.agent) == "Security Service of Ukraine", _name(names, blast.agent)


def test_soldiers_freed_who_had_been_captured_were_taken_not_ground(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Russia's defence ministry said its soldiers freed had been captured in the Kursk region.")
    assert [e.cls for e in found if e.trigger.text == "captured"] == ["Arrest"], [(e.cls, e.trigger.text) for e in found]


def test_what_a_deed_is_said_to_target_is_its_aim_not_another_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israel launched ground raids into southern Lebanon on Tuesday, saying it was targeting Hezbollah "
                      "infrastructure in villages near the border.")
    assert [e.trigger.text for e in _of(found, "Attack")] == ["raids"], [e.trigger.text for e in found]


def test_who_killed_attackers_in_a_counterattack_made_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Islamist militants killed at least 20 soldiers in an ambush on an army convoy in northern "
                          "Burkina Faso on Thursday.\n\nThe army said in a statement that it had killed several dozen "
                          "terrorists in a counterattack.")
    counter = next(e for e in found if e.trigger.text == "counterattack")
    assert _name(names, counter.agent) == "Burkinabe forces", _name(names, counter.agent)


def test_the_strikers_word_of_fighters_hit_is_its_strike_and_not_its_target(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli strike kills 73 in northern Gaza\n\nAn Israeli strike on a residential block in Beit "
                          "Lahiya in northern Gaza killed at least 73 people, Palestinian health officials said on "
                          "Sunday.\n\nThe Israeli military said the figures were exaggerated. It said it had struck a "
                          "Hamas target.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]
    assert attacks[0].target_phrase is not None and "residential block" in attacks[0].target_phrase.text \
        and _name(names, attacks[0].target) != "Hamas", (attacks[0].target_phrase, _name(names, attacks[0].target))
    found, _ = events("An Israeli strike on a house in Rafah killed 12 people.\n\nIsrael said it had struck Hezbollah "
                      "militants in southern Lebanon.")
    assert len(_of(found, "Attack")) == 2  # placed elsewhere: another strike


def test_a_place_told_by_the_compass_from_a_town_is_near_that_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian missiles struck a village north of Kharkiv on Friday, killing two people.")
    assert {e.cls: _name(names, e.place) for e in found} == {"Airstrike": "Kharkiv", "Killing": "Kharkiv"}, \
        [(e.cls, _name(names, e.place)) for e in found]
    found, names = events("Two soldiers were killed in an attack on a checkpoint west of Mosul.")
    attack = _of(found, "Attack")[0]
    assert _name(names, attack.place) == "Mosul", _name(names, attack.place)
    assert attack.target_phrase is not None and attack.target_phrase.text == "a checkpoint", attack.target_phrase


def test_the_day_hung_on_who_uses_a_site_dates_the_blast_there(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An explosion struck a military base south of Baghdad used by the Popular Mobilization Forces "
                          "on Friday night, killing one member and wounding eight, the group said.")
    assert {e.cls: (e.date.value if e.date else None) for e in found if e.cls != "Statement"} == \
        {"Bombing": "2024-06-14", "Killing": "2024-06-14", "Injury": "2024-06-14"}, \
        [(e.cls, e.date) for e in found]


def test_the_attack_placed_in_a_town_unknown_is_the_one_told_in_its_province(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two soldiers were killed when rebels ambushed an army patrol in the northeastern province of "
                          "Arauca on Sunday, the army said.\n\nThe attack occurred in the municipality of Saravena, near "
                          "the border.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]
    assert _name(names, attacks[0].place) == "Saravena", _name(names, attacks[0].place)
    found, _ = events("Rebels ambushed an army patrol in the province of Arauca on Sunday.\n\nAn attack in the province "
                      "of Nariño killed a policeman.")
    assert len(_of(found, "Attack")) == 2  # a province named again is another place


def test_a_toll_told_later_of_the_strike_takes_the_day_another_toll_gave_it(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("An Israeli air strike on a school in Nuseirat killed at least 16 people on Saturday, health "
                      "officials said.\n\nMedics said more than 50 people were wounded in the strike.")
    injury = _of(found, "Injury")[0]
    assert injury.date is not None and injury.date.value == "2024-06-15", injury.date


def test_how_an_attack_went_told_next_by_its_unnamed_doers_is_that_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al Shabaab militants killed 32 people in an attack on a popular beach in the Somali capital "
                          "late on Friday, police said.\n\nA suicide bomber blew himself up and gunmen then opened fire on "
                          "people at Lido beach, a police spokesman said.")
    attacks = [e for e in found if e.cls in ("Attack", "Bombing")]
    assert len(attacks) == 1, [e.trigger.text for e in attacks]
    found, _ = events("Militants killed 12 people in an attack on a market in Mogadishu on Friday, police said.\n\n"
                      "Gunmen opened fire on shoppers at the Bakara market.")
    assert len(_of(found, "Attack")) == 1, [e.trigger.text for e in found]
    for other in ("On Saturday, gunmen opened fire on a bus near Afgoye.", "In another attack, gunmen opened fire on a bus."):
        found, _ = events("Militants killed 12 people in an attack on a market in Mogadishu on Friday, police said.\n\n"
                          + other)
        assert len(_of(found, "Attack")) == 2, (other, [e.trigger.text for e in found])


def test_a_launch_told_again_with_how_it_was_fired_is_one_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Russia launches massive missile attack on Ukraine's energy grid\n\nKYIV (Reuters) - Russia launched "
                      "one of its largest air attacks of the war on Sunday, firing 120 missiles and 90 drones at Ukraine's "
                      "energy system and killing at least seven people, Ukrainian officials said.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.cls, e.trigger.text) for e in attacks]


def test_where_those_taken_were_travelling_to_is_not_where_they_were_taken(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen abducted 20 medical students travelling to a conference in the northeastern city of "
                          "Enugu, ambushing their bus in Benue state on Saturday, the students' association said.")
    abduction = _of(found, "Arrest")[0]
    assert _name(names, abduction.place) == "Benue", _name(names, abduction.place)
    found, names = events("Two suicide bombers blew themselves up among crowds heading to the grave in Kerman on "
                          "Wednesday.")
    assert _name(names, _of(found, "Bombing")[0].place) == "Kerman"  # where they were headed, when nothing else says


def test_a_claim_told_with_its_day_and_the_deed_it_tells_are_the_attacks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two explosions killed 84 people and wounded 284 on Wednesday at a ceremony in the city of "
                          "Kerman, Iranian state media reported.\n\nIslamic State claimed responsibility on Thursday, "
                          "saying two of its members had detonated explosive belts in the crowd.")
    bombings = _of(found, "Bombing")
    assert len(bombings) == 1, [(e.trigger.text, e.status) for e in bombings]
    assert _name(names, bombings[0].agent) == "Islamic State" and bombings[0].status is None, \
        (_name(names, bombings[0].agent), bombings[0].status)
    found, names = events("A bomb exploded at a bus station in Quetta on Friday, killing 12 people.\n\nThe Baloch "
                          "Liberation Army claimed responsibility on Saturday for an attack on a train in Bolan.")
    assert _of(found, "Bombing")[0].agent is None  # the claim names another attack


def test_the_slain_man_named_after_his_title_is_the_one_killed(events) -> None:  # type: ignore[no-untyped-def]
    for text, man in (("Crowds gathered in Kerman to commemorate the slain commander Qassem Soleimani.", "Qassem Soleimani"),
                      ("Crowds mourned the slain Hezbollah leader Hassan Nasrallah.", "Hassan Nasrallah")):
        found, names = events(text)
        killing = _of(found, "Killing")[0]
        assert _name(names, killing.target) == man, (text, _name(names, killing.target), killing.target_phrase)


def test_death_sown_with_ruin_is_no_killing(events) -> None:  # type: ignore[no-untyped-def]
    for text in ("The diocese urged prayers for those who continue to sow death and desolation.",
                 "The war has brought death and destruction to the region."):
        found, _ = events(text)
        assert not _of(found, "Killing"), (text, [e.trigger.text for e in found])
    found, _ = events("The death of the commander was confirmed.")
    assert _of(found, "Killing")


def test_a_bare_toll_after_the_other_attack_just_told_is_that_attacks(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Turkey strikes Kurdish militants in Iraq and Syria after Ankara attack\n\nISTANBUL (Reuters) - "
                          "Turkey carried out air strikes on Kurdish militant targets in Iraq and Syria on Wednesday, hours "
                          "after an attack on a state aerospace company near Ankara killed five people, the defence "
                          "ministry said.\n\nTwo attackers stormed the headquarters of Turkish Aerospace Industries "
                          "(TUSAS) in Kahramankazan, setting off explosives and opening fire. Both were killed by security "
                          "forces.\n\nInterior Minister Ali Yerlikaya said the attackers were likely members of the PKK. "
                          "Twenty-two people were wounded.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [e.trigger.text for e in attacks]  # the storming is how the Ankara attack went
    injury = _of(found, "Injury")[0]
    assert _name(names, injury.agent) != "Turkey" and _name(names, injury.place) == "Ankara", \
        (_name(names, injury.agent), _name(names, injury.place))


def test_who_killed_militants_in_an_air_strike_made_the_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli forces raided the West Bank city of Jenin on Wednesday.\n\nThe Israeli military said it "
                          "had killed five militants in an air strike on a car in Tubas.")
    strike = _of(found, "Airstrike")[0]
    assert _name(names, strike.agent) == "Israel Defense Forces", _name(names, strike.agent)


def test_a_crossing_named_by_its_town_and_its_side_taken_are_one_capture(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli tanks seize Rafah crossing, cutting off aid route\n\nJERUSALEM (Reuters) - Israeli tanks "
                          "took control of the Gaza side of the Rafah border crossing with Egypt on Tuesday after an "
                          "overnight push into the eastern part of the city, the military said.")
    captures = _of(found, "Capture")
    assert len(captures) == 1, [(e.trigger.text, e.target_phrase) for e in captures]
    assert _name(names, captures[0].target) != "Rafah" and _name(names, captures[0].place) == "Rafah", \
        (_name(names, captures[0].target), _name(names, captures[0].place))
    push = next(e for e in found if e.cls == "Attack")
    assert _name(names, push.agent) == "Israel Defense Forces", _name(names, push.agent)  # the takers' push
    found, names = events("Rebels captured the town of Kutum after an army offensive collapsed.")
    assert _name(names, _of(found, "Attack")[0].agent) != "Rebels"  # the offensive named as another's


def test_late_on_a_day_hung_on_the_dead_dates_the_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("An Israeli air strike on a residential block in Beit Lahiya in northern Gaza killed at least 73 "
                      "people late on Saturday, Palestinian health officials said.")
    assert {e.cls: (e.date.value if e.date else None) for e in found if e.cls != "Statement"} == \
        {"Airstrike": "2024-06-15", "Killing": "2024-06-15"}, [(e.cls, e.date) for e in found]


def test_the_town_a_headlines_known_place_stands_for_is_the_same_kidnapping(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Nigerian gunmen kidnap over 280 pupils from school in Kaduna\n\nKADUNA, Nigeria (Reuters) - "
                          "Gunmen abducted at least 287 students from a school in the northwestern Nigerian town of Kuriga "
                          "on Thursday, a teacher and residents said.\n\nA teacher who escaped said some children managed "
                          "to flee.")
    arrests = _of(found, "Arrest")
    assert len(arrests) == 1, [(e.trigger.text, _name(names, e.place)) for e in arrests]
    assert not _of(found, "Displacement"), [e.trigger.text for e in _of(found, "Displacement")]  # a few got away
    found, _ = events("About 2,000 people managed to flee to Chad.")
    assert _of(found, "Displacement")


def test_the_headlines_verb_echoed_by_a_participle_is_the_headlines_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Ukraine says it destroyed Russian warplanes at airfield in Morozovsk\n\nKYIV (Reuters) - Ukrainian "
                      "drones attacked a military airfield in Russia's Rostov region on Friday, destroying at least six "
                      "warplanes and damaging eight others, a source in Ukraine's SBU security service said.\n\nThe "
                      "Morozovsk base is home to Su-24 and Su-34 bombers used to strike Ukraine.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.cls, e.trigger.text) for e in attacks]  # (what bombers are for is no strike)


def test_a_hyphened_doer_is_told_whole(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A night earlier, counter-protesters had attacked the encampment with sticks.")
    attack = _of(found, "Attack")[0]
    assert attack.agent_phrase is not None and attack.agent_phrase.text == "counter-protesters", attack.agent_phrase


def test_what_killed_is_the_attack_on_a_named_place_not_the_place(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel said Shukr was responsible for a rocket attack on the Golan Heights that killed 12 "
                          "children.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) != "Golan Heights" and killing.agent_phrase is None, \
        (_name(names, killing.agent), killing.agent_phrase)


def test_a_war_a_denied_deed_was_done_in_is_not_denied_and_dates_from_its_start(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Russia denies targeting civilians in its invasion of Ukraine, which began in February 2022.")
    invasion = next(e for e in found if e.trigger.text == "invasion")
    assert invasion.status is None and invasion.date is not None and invasion.date.value == "2022-02", \
        (invasion.status, invasion.date)
    found, _ = events("The army denied killing civilians in the raid on Tuesday.")
    assert _of(found, "Killing")[0].status == "Negated"


def test_a_second_doer_told_by_its_ordinal_is_not_the_first(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The first bomber detonated explosives at the wedding, and a second struck at the funeral of the "
                      "victims, the agency said.")
    struck = next(e for e in found if e.trigger.text == "struck")
    assert struck.agent_phrase is None or "first" not in struck.agent_phrase.text, struck.agent_phrase


def test_no_indication_of_an_attack_is_none_known(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Officials said there was no indication of a terrorist attack.")
    assert [e.status for e in _of(found, "Attack")] == ["Negated"], [(e.trigger.text, e.status) for e in found]
    found, _ = events("Police found evidence of an attack on the pipeline.")
    assert [e.status for e in _of(found, "Attack")] == [None]


def test_a_siege_to_be_halted_is_under_way_and_a_massacre_warned_of_is_feared(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Sudan's RSF besieges El Fasher, UN warns of massacre\n\nNEW YORK (Reuters) - The Rapid Support "
                      "Forces have encircled El Fasher, the United Nations said on Wednesday.\n\nU.S. Ambassador Linda "
                      "Thomas-Greenfield urged the RSF to halt the siege.")
    assert [e.status for e in _of(found, "Siege")] == [None], [(e.trigger.text, e.status) for e in found]
    assert [e.status for e in _of(found, "Killing")] == ["Planned"], [(e.trigger.text, e.status) for e in found]


def test_what_forces_are_posted_to_do_is_their_mission_not_a_deed(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("About 1,500 French soldiers had been based in Niger to fight Islamist insurgents.")
    assert [e.status for e in _of(found, "Attack")] == ["Planned"], [(e.trigger.text, e.status) for e in found]


def test_the_one_man_a_strike_killed_named_later_is_that_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Russian missile struck a hotel in the eastern Ukrainian city of Kramatorsk late on Saturday, "
                          "killing a Reuters safety adviser and wounding two journalists, officials said.\n\nRyan Evans, a "
                          "former British soldier, was killed in the strike on the Sapphire hotel, Reuters said.")
    killings = _of(found, "Killing")
    assert len(killings) == 1 and _name(names, killings[0].target) == "Ryan Evans", \
        [(e.trigger.text, _name(names, e.target)) for e in killings]
    found, _ = events("A Russian missile struck a hotel in Kramatorsk on Saturday, killing a soldier.\n\nIn another "
                      "strike, Ryan Evans was killed in the strike on a bus.")
    assert len(_of(found, "Killing")) == 2


def test_some_of_a_commanders_strikes_dead_are_among_its_dead_and_no_count_of_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli air strike on Beirut's southern suburbs killed Ibrahim Aqil, a top commander of "
                          "Hezbollah's elite Radwan Force, on Friday, Lebanese security sources said.\n\nLebanon's health "
                          "ministry said three children were among the dead.")
    killings = _of(found, "Killing")
    assert len(killings) == 1 and killings[0].fatalities != 3, [(e.trigger.text, e.fatalities) for e in killings]


def test_a_commander_among_those_killed_is_one_of_the_dead_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Strike destroys Iran's consulate in Damascus, kills Revolutionary Guards commanders\n\n"
                          "DAMASCUS (Reuters) - A suspected Israeli air strike destroyed Iran's consulate in Damascus on "
                          "Monday, killing seven Revolutionary Guards members, including a senior commander, Iran said.\n\n"
                          "Iran vowed revenge. Brigadier General Mohammad Reza Zahedi, a senior commander in the Quds "
                          "Force, was among those killed.")
    killings = _of(found, "Killing")
    assert len(killings) == 1 and killings[0].fatalities == 7, \
        [(e.trigger.text, _name(names, e.target), e.fatalities) for e in killings]


def test_a_state_named_after_of_places_and_the_gatherings_day_dates_the_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen shot dead a mayoral candidate in the southern Mexican state of Guerrero during a "
                          "campaign event on Friday, state prosecutors said.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.place) == "Guerrero" and killing.date is not None \
        and killing.date.value == "2024-06-14", (_name(names, killing.place), killing.date)


def test_the_headlines_shooting_told_in_an_assassination_attempt_is_that_attempt(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Slovak Prime Minister Fico shot, in life-threatening condition\n\nBRATISLAVA (Reuters) - Slovak "
                      "Prime Minister Robert Fico was shot multiple times and seriously injured in an assassination "
                      "attempt in the town of Handlova on Wednesday, his government said.")
    assert len(_of(found, "Attack")) == 1, [e.trigger.text for e in _of(found, "Attack")]


def test_the_town_those_sheltered_at_the_site_are_in_places_a_misparsed_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli strike on a mosque sheltering displaced people in Deir al-Balah in central Gaza "
                          "killed at least 21 people early on Sunday, the Palestinian civil defence said.")
    assert {e.cls: _name(names, e.place) for e in found if e.cls != "Statement"} == \
        {"Attack": "Deir al-Balah", "Killing": "Deir al-Balah"}, [(e.cls, _name(names, e.place)) for e in found]


def test_a_village_named_so_is_no_person_of_that_name(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen kidnapped at least 50 people, mostly women and children, in a night raid on the village of Kadawa "
            "in northwestern Nigeria's Zamfara state, residents said on Monday.\n\nThe bandits arrived on motorcycles "
            "on Saturday night, resident Musa Kadawa said. Police confirmed the abductions but gave no figure.")
    done = resolved(text)
    assert ("Kadawa", "City") in {(e.label, e.cls) for e in done.entities}, [(e.label, e.cls) for e in done.entities]
    found, names = events(text)
    assert len(_of(found, "Arrest")) == 1, [e.trigger.text for e in _of(found, "Arrest")]  # "the abductions" are those


def test_an_attack_placed_inside_the_land_of_several_told_before_is_one_of_them(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pakistan election day marred by militant attacks that kill 10\n\nISLAMABAD (Reuters) - Militants "
                          "attacked polling stations and security forces across Pakistan's northwest and southwest on "
                          "Thursday, killing at least 10 people, officials said.\n\nIn Dera Ismail Khan district, gunmen "
                          "opened fire on a police patrol, killing five officers. A bomb also exploded near a polling "
                          "station in Balochistan's Kharan district, wounding two.")
    dated = {e.trigger.text: (e.date.value if e.date else None) for e in found if e.cls != "Statement"}
    assert dated["opened fire"] == dated["exploded"] == dated["wounding"] == "2024-06-13", dated
    found, _ = events("Militants attacked polling stations across Pakistan on Thursday, officials said.\n\nEarlier, gunmen "
                      "opened fire on a police patrol in Dera Ismail Khan district.")
    assert next(e for e in found if e.trigger.text == "opened fire").date is None


def test_a_man_named_with_his_group_before_him_is_one_target(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel targets Hamas military chief Deif in Gaza strike that kills 90\n\nCAIRO (Reuters) - "
                          "Israel targeted Hamas' military chief Mohammed Deif in a strike on the Al-Mawasi humanitarian "
                          "zone in southern Gaza on Saturday that killed at least 90 Palestinians, health officials said.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1 and _name(names, attacks[0].target) == "Mohammed Deif", \
        [(e.trigger.text, _name(names, e.target)) for e in attacks]


def test_a_gazetteer_name_on_an_article_capitalised_is_still_the_place(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Israel struck the Al-Mawasi humanitarian zone on Saturday.")
    assert ("al-Mawasi", "Place") in {(e.label, e.cls) for e in done.entities}, [(e.label, e.cls) for e in done.entities]


def test_where_a_crowd_waited_as_it_was_hit_places_the_killing_and_its_conjunct(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("More than 100 Palestinians were killed and hundreds wounded on Thursday while waiting for an "
                          "aid delivery near Gaza City, the Gaza health ministry said.")
    assert {e.cls: _name(names, e.place) for e in found if e.cls != "Statement"} == \
        {"Killing": "Gaza City", "Injury": "Gaza City"}, [(e.cls, _name(names, e.place)) for e in found]


def test_the_attackers_a_militia_repelled_are_not_the_militia(resolved, events) -> None:  # type: ignore[no-untyped-def]
    text = ("Suspected jihadists killed eight civilians on Thursday in an attack on the village of Bilanga-Yanga in "
            "northern Burkina Faso, a local source said.\n\nThe army-backed Volunteers for the Defence of the Homeland "
            "(VDP) militia repelled the attackers, killing several of them, the source said.")
    found, names = events(text)
    killing = next(e for e in found if e.trigger.text == "killing")
    assert _name(names, killing.agent) == "Volunteers for the Defence of the Homeland", _name(names, killing.agent)
    done = resolved(text)
    vdp = {k for k, e in zip(done.mention_keys, done.extraction.mentions, strict=True) if "VDP" in e.span.text}
    assert not any(m.span.text == "the attackers" and k in vdp
                   for m, k in zip(done.extraction.mentions, done.mention_keys, strict=True)), \
        "the attackers read as the militia"


def test_the_strikers_own_strikes_told_after_its_missiles_fired_are_those(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Iran's air defences intercepted some of the Israeli missiles fired at military sites in the "
                      "provinces of Tehran, Khuzestan and Ilam early on Saturday, Iran's military said.\n\nThe Israeli "
                      "military said it had completed its retaliatory strikes.")
    assert len(_of(found, "Attack")) == 1, [e.trigger.text for e in _of(found, "Attack")]


def test_a_headlines_verb_after_a_possessive_name_is_the_attack_and_its_toll_not_the_doer(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's RSF shells El Fasher hospital, killing nine\n\nKHARTOUM (Reuters) - Sudan's "
                          "paramilitary Rapid Support Forces shelled the last functioning hospital in El Fasher on "
                          "Friday, killing nine patients, medical sources said.")
    assert "shells" in {t.text for e in _of(found, "Attack") for t in (e.trigger, *e.also)}, \
        [(e.trigger.text, e.also) for e in found]
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.target) != "Rapid Support Forces", _name(names, killing.target)


def test_a_town_the_tagger_took_for_a_title_is_the_town_its_kind_names(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Islamic State-linked insurgents attacked the town of Mocimboa da Praia in northern "
                          "Mozambique's Cabo Delgado province on Tuesday.")
    assert _name(names, _of(found, "Attack")[0].target) == "Mocimboa da Praia", \
        [(e.trigger.text, _name(names, e.target)) for e in found]


def test_the_night_into_a_day_dates_the_attack_that_day(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Russia attacked Kyiv with drones overnight into Saturday, officials said.")
    attack = _of(found, "Attack")[0]
    assert attack.date is not None and attack.date.value == "2024-06-15", attack.date


def test_the_head_of_a_branch_of_a_lands_forces_is_of_its_forces(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Igor Kirillov, head of Russia's chemical protection forces, was killed on Tuesday.")
    assert ("Igor Kirillov", "memberOf", "head", "Russian forces") in _relations(done), _relations(done)


def test_a_headlines_dead_are_the_ledes_killing_not_the_attackers_shot_later(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen attack church and synagogue in Dagestan; 6 police among dead\n\nMAKHACHKALA, Russia (AP) "
                          "- Gunmen opened fire on two Orthodox churches, a synagogue and a police post in Russia's "
                          "Dagestan region on Sunday, killing six police officers and an Orthodox priest, officials said."
                          "\n\nFive of the gunmen were shot dead by police, the National Anti-Terrorism Committee said.")
    killings = {e.trigger.text: e.fatalities for e in _of(found, "Killing")}
    assert killings == {"dead": 6, "shot dead": 5}, killings


def test_a_first_time_on_a_day_dates_the_deed(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Ukraine fired British Storm Shadow cruise missiles at targets inside Russia for the first time on "
                      "Wednesday, a Ukrainian official said.")
    attack = _of(found, "Attack")[0]
    assert attack.date is not None and attack.date.value == "2024-06-12", attack.date


def test_a_deed_a_day_after_hung_on_a_toll_is_no_place_of_the_toll(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli warplanes struck the Houthi-controlled port of Hodeidah in western Yemen on Saturday, "
                          "killing at least four people, a day after the group fired a missile at Israel's main airport.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.place) != "Israel", _name(names, killing.place)


def test_a_headlines_toll_counts_the_ledes_first_number_in_words(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen kill 3 Chinese workers in attack on mine in Congo's Ituri\n\nBUNIA, Congo (Reuters) - Armed "
                      "men killed three Chinese nationals and a Congolese soldier in an attack on a gold mine in Congo's "
                      "northeastern Ituri province on Sunday, a local official said.")
    killings = _of(found, "Killing")
    assert len(killings) == 1 and killings[0].fatalities == 4, [(e.trigger.text, e.fatalities) for e in killings]


def test_most_of_a_town_taken_is_taken_there(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Syrian rebels took control of most of Aleppo on Saturday, the army said.")
    capture = _of(found, "Capture")[0]
    assert _name(names, capture.place) == "Aleppo", _name(names, capture.place)


def test_kin_of_a_man_named_after_of_are_not_the_man(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Three sons of Hamas chief Haniyeh killed in Israeli air strike in Gaza")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.target) != "Haniyeh" and killing.target_phrase is not None \
        and "sons" in killing.target_phrase.text, (_name(names, killing.target), killing.target_phrase)
    found, names = events("Islamic Jihad's armed wing, the Al-Quds Brigades, claimed the attack.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Al-Quds Brigades"  # a wing named beside it is that wing


def test_a_pact_whose_terms_are_rejected_is_not_made(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israeli airstrike kills 11 in Rafah as Netanyahu rejects Hamas ceasefire terms\n\nCAIRO (Reuters) - "
                      "An Israeli air strike on a house in Rafah killed at least 11 Palestinians early on Wednesday, "
                      "health officials said, as Israel's prime minister rejected Hamas' terms for a ceasefire.")
    assert [e.status for e in _of(found, "Agreement")] == ["Negated"], [(e.trigger.text, e.status) for e in found]


def test_what_a_sides_shelling_hit_is_its_target(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Residents said RSF shelling hit the city's Abu Shouk displacement camp, killing at least five "
                          "people.")
    shelling = _of(found, "Attack")[0]
    assert shelling.target is not None or shelling.target_phrase is not None, (shelling.target, shelling.target_phrase)
    assert "Abu Shouk" in (_name(names, shelling.target) or shelling.target_phrase.text), \
        (_name(names, shelling.target), shelling.target_phrase)


def test_a_headlines_verb_read_as_a_compounds_noun_has_its_doers_and_object(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al-Shabaab fighters overrun army base in central Somalia")
    capture = _of(found, "Capture")[0]
    assert _name(names, capture.agent) == "al-Shabaab", _name(names, capture.agent)
    assert capture.target_phrase is not None and "base" in capture.target_phrase.text, capture.target_phrase
    found, names = events("Yemen's Houthis attack ship in Red Sea")
    attack = _of(found, "Attack")[0]
    assert _name(names, attack.agent) == "Houthis" and _name(names, attack.place) == "Red Sea", \
        (_name(names, attack.agent), _name(names, attack.place))


def test_a_headlines_capture_by_one_side_is_not_the_retaking_by_the_other(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al-Shabaab fighters overrun army base in central Somalia\n\nMOGADISHU (Reuters) - Al-Shabaab "
                          "militants attacked a Somali army base on Monday, killing at least seven soldiers before "
                          "government forces retook the position, officials said.")
    agents = sorted(str(_name(names, e.agent)) for e in _of(found, "Capture"))
    assert len(agents) == 2 and "al-Shabaab" in agents, agents


def test_a_plural_opening_a_paragraph_is_no_place_even_to_the_tagger(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Separatist militants attacked police stations across Pakistan's Balochistan province "
                          "overnight, killing at least 39 people, officials said on Monday.\n\nGunmen stopped vehicles on "
                          "a highway in the Musakhel district, checked passengers' identity cards and shot dead 23 "
                          "people from Punjab province, police official Ayub Achakzai said.")
    shot = next(e for e in found if e.trigger.text == "shot dead")
    assert shot.agent_phrase is not None and shot.agent_phrase.text == "Gunmen", shot.agent_phrase


def test_a_deed_told_a_day_after_is_dated_the_day_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli warplanes struck the port of Hodeidah in western Yemen on Thursday, a day after a "
                          "Houthi drone killed one person in Tel Aviv.")
    killing = _of(found, "Killing")[0]
    assert killing.date is not None and killing.date.value == "2024-06-12", killing.date
    found, _ = events("Russia said on Sunday its forces had taken the town, two days after Ukraine announced it was "
                      "pulling its troops out.")
    announced = next(e for e in found if e.trigger.text == "announced")
    assert announced.date is not None and announced.date.value == "2024-06-07", announced.date
    found, _ = events("Israeli warplanes struck the port on Thursday, a day after the group, which controls most of "
                      "the country, fired a missile at Tel Aviv.")
    fired = next(e for e in found if e.trigger.text == "fired")
    assert fired.date is None, fired.date  # (past a comma, nothing told a day apart for sure)


def test_a_night_told_after_the_last_of_joined_verbs_dates_them_all(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Russian drones killed two people and wounded 10 overnight, officials said on Thursday.")
    dated = {e.cls: e.date.value if e.date else None for e in found if e.cls in ("Killing", "Injury")}
    assert dated == {"Killing": "2024-06-13", "Injury": "2024-06-13"}, dated


def test_a_gang_leader_of_a_nationality_is_no_member_of_its_state(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Haitian gang leader Jimmy Cherizier said his fighters would block the prime minister's return. "
                    "Afghan Foreign Minister Mohammad Haneef Atmar said on Monday that talks would go on.")
    members = [(s, o, r) for s, p, r, o in _relations(done) if p == "memberOf"]
    assert ("Jimmy Cherizier", "Haiti", "gang leader") not in members and any(
        s == "Mohammad Haneef Atmar" and o == "Afghanistan" for s, o, _ in members), members


def test_a_strike_a_toll_is_ranked_by_is_no_strike_of_its_own(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("An Israeli air strike killed at least 18 people in the Tulkarm refugee camp on Thursday night, the "
                      "health ministry said, the highest death toll from a single strike in the territory since 2000.")
    assert [e.trigger.text for e in found if e.cls in ("Attack", "Airstrike")] == ["air strike"], \
        [(e.cls, e.trigger.text) for e in found]


def test_a_lands_name_the_tagger_calls_an_adjective_places_a_bombing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pakistan election eve bombings kill 28 in Balochistan")
    bombing = _of(found, "Bombing")[0]
    assert bombing.agent is None and _name(names, bombing.place) == "Balochistan", \
        (_name(names, bombing.agent), _name(names, bombing.place))


def test_the_second_of_two_blasts_is_not_the_first(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The first blast struck outside the office of an independent candidate in Pishin district, "
                          "killing 16 people. The second, in Qila Saifullah, killed 12.")
    blast = _of(found, "Bombing")[0]
    assert _name(names, blast.place) != "Qila Saifullah", _name(names, blast.place)
    assert sorted(e.fatalities for e in _of(found, "Killing")) == [12, 16]


def test_a_headlines_round_figure_gives_way_to_the_ledes_count(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Twin blasts kill nearly 100 at memorial for Iran's Soleimani\n\nDUBAI (Reuters) - Two explosions tore "
                      "through a crowd marking the anniversary of the killing of top Iranian commander Qassem Soleimani on "
                      "Wednesday, killing at least 95 people in the southern city of Kerman, state media said.")
    killing = next(e for e in _of(found, "Killing") if e.fatalities)
    assert (killing.fatalities, killing.count_qualifier) == (95, "at least"), (killing.fatalities, killing.count_qualifier)
    blasts = _of(found, "Bombing")[0]
    assert blasts.date is not None and blasts.date.value == "2024-06-12", blasts.date  # the day of the remembering
    recalled = next(e for e in _of(found, "Killing") if not e.fatalities)
    assert recalled.date is None, recalled.date  # what the day recalls was years before


def test_a_group_telling_its_members_did_it_tells_the_attack_just_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Two explosions killed 95 people at a memorial in Kerman on Wednesday, state media said. No group "
                          "immediately claimed responsibility, but on Thursday Islamic State said two of its members had "
                          "detonated explosive belts among the crowd.")
    bombings = _of(found, "Bombing")
    assert len(bombings) == 1 and _name(names, bombings[0].agent) == "Islamic State", \
        [(e.trigger.text, _name(names, e.agent)) for e in bombings]


def test_a_village_named_by_its_land_is_not_the_land(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen kill 6 in attack on Burundi village, army blames Rwanda-backed rebels\n\nBUJUMBURA "
                          "(Reuters) - Gunmen killed six civilians and wounded four in an overnight attack on a village in "
                          "western Burundi near the border with Congo, a local official said on Saturday.")
    attack = _of(found, "Attack")[0]
    assert _name(names, attack.target) != "Burundi" and _name(names, attack.place) == "Burundi", \
        (_name(names, attack.target), _name(names, attack.place))
    found, names = events("Gunmen killed five people in Mexico City and two in Gaza City on Friday.")
    assert _name(names, _of(found, "Killing")[0].place) == "Mexico City"  # a city's name keeps its "City"


def test_a_headlines_attempt_is_the_ledes_with_the_shooting_its_part(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Trump shot in ear in assassination attempt at rally\n\nBUTLER, Pennsylvania (Reuters) - Former "
                          "President Donald Trump was shot in the ear at a campaign rally in Pennsylvania on Saturday in an "
                          "assassination attempt, the FBI said. A rallygoer was killed and two others were critically "
                          "injured.")
    attempts = [e for e in found if "attempt" in e.trigger.text]
    assert len(attempts) == 1, [(e.trigger.text, e.trigger.begin) for e in attempts]
    attempt = attempts[0]
    assert _name(names, attempt.target) == "Donald Trump" and attempt.date is not None \
        and attempt.date.value == "2024-06-15", (_name(names, attempt.target), attempt.date)


def test_a_name_a_who_clause_follows_is_a_person_not_a_place(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Israeli military said it had killed Khalil Maqdah, who it said had worked with Iran's "
                          "Revolutionary Guards to smuggle weapons into the West Bank.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.target) == "Khalil Maqdah" and killing.place is None, \
        (_name(names, killing.target), _name(names, killing.place))


def test_one_more_with_a_possessive_is_counted_one(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A suicide bomber rammed a vehicle into a convoy in northwest Pakistan on Tuesday, killing five "
                      "Chinese nationals and their Pakistani driver, police said.")
    assert _of(found, "Killing")[0].fatalities == 6, _of(found, "Killing")[0].fatalities


def test_a_military_government_is_the_junta_and_one_man_held_is_held_once(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Niger junta detains former minister over alleged coup plot\n\nNIAMEY (Reuters) - Niger's military "
                          "government has arrested former oil minister Mahamane Sani Mahamadou on suspicion of plotting "
                          "against state security, his lawyer told Reuters on Saturday.\n\nMahamadou was detained in the "
                          "capital Niamey on Thursday, the lawyer said.")
    arrests = _of(found, "Arrest")
    assert len(arrests) == 1, [(e.trigger.text, _name(names, e.agent)) for e in arrests]
    assert _name(names, arrests[0].place) == "Niamey" and arrests[0].date is not None \
        and arrests[0].date.value == "2024-06-13", (_name(names, arrests[0].place), arrests[0].date)


def test_a_headlines_deed_behind_the_news_is_the_bodys_deed_days_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pakistan strikes militant hideouts in Iran after Iranian attack\n\nISLAMABAD (Reuters) - Pakistan "
                          "carried out air strikes on militant hideouts in Iran's Sistan-Baluchestan province early on "
                          "Thursday, killing at least nine people, two days after Iran struck what it said were bases of a "
                          "militant group in Pakistan.")
    iranian = [e for e in found if e.cls in ("Attack", "Airstrike") and _name(names, e.agent) in ("Iran", "Iranian forces")]
    assert len(iranian) == 1 and iranian[0].date is not None and iranian[0].date.value == "2024-06-11", \
        [(e.trigger.text, _name(names, e.agent), e.date) for e in found]


def test_attacks_a_side_repelled_named_by_a_demonym_are_that_lands_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukraine's military said its troops had repelled 15 Russian attacks in the area over the past day.")
    assert _name(names, _of(found, "Attack")[0].agent) == "Russian forces", _name(names, _of(found, "Attack")[0].agent)


def test_a_day_told_after_the_deed_in_its_clause_dates_it(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen killed 10 workers at a gold mine in Sonora on Saturday, prosecutors said. Authorities "
                      "detained three suspects later that day and two more the next day.")
    arrest = _of(found, "Arrest")[0]
    assert arrest.date is not None and arrest.date.value == "2024-06-15" and arrest.date.raw is not None \
        and arrest.date.raw.text == "later that day", arrest.date


def test_a_lands_name_before_a_strike_inside_it_is_where_not_who(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("UN says 20 killed in Sudan drone strike on Sennar market\n\nKHARTOUM (Reuters) - A drone strike "
                          "hit a busy market in the city of Sennar in southeastern Sudan on Thursday, killing at least 20 "
                          "people, the United Nations said.\n\nThe army blamed the Rapid Support Forces for the strike.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1 and strikes[0].agent is None and _name(names, strikes[0].place) == "Sennar", \
        [(e.trigger.text, _name(names, e.agent), _name(names, e.place)) for e in strikes]
    found, names = events("Sudanese army drone strike on Sennar market kills 5")
    assert _name(names, _of(found, "Airstrike")[0].agent) == "Sudanese Armed Forces"  # the force named is who struck


def test_who_forced_the_flight_told_after_the_source_is_the_deeds_doer(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The junta launched air strikes on the town this week in an attempt to retake it, residents "
                          "said, forcing thousands of people to flee across the border into Thailand.")
    flight = _of(found, "Displacement")[0]
    assert flight.agent_phrase is not None and flight.agent_phrase.text == "The junta", flight.agent_phrase


def test_the_strikes_in_a_region_of_a_land_struck_are_those_strikes(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The United States carried out air strikes in Iraq and Syria on Friday against more than 85 "
                          "targets linked to Iran's Revolutionary Guards. Iraq's government said 16 people were killed in "
                          "the strikes in the western Iraqi region of al-Qaim.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1 and _name(names, strikes[0].place) == "Iraq", \
        [(e.trigger.text, _name(names, e.place)) for e in strikes]


def test_a_police_title_without_a_land_is_the_storys_police(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("Armed men killed 12 people in the Ecuadorian port city of Guayaquil late on Saturday. The attackers "
                    "opened fire on a group of people, police commander Victor Herrera told reporters.")
    assert ("Victor Herrera", "memberOf", "police commander", "Ecuadorian police") in _relations(done), _relations(done)


def test_a_site_named_by_its_land_is_no_attack_on_the_land(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen storm Ecuador TV studio during live broadcast")
    storm = _of(found, "Attack")[0]
    assert storm.target is None and _name(names, storm.place) == "Ecuador" and storm.target_phrase is not None \
        and "studio" in storm.target_phrase.text, (_name(names, storm.target), _name(names, storm.place))


def test_a_day_hung_on_what_protests_were_against_dates_the_killing_in_them(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Kenyan police shot dead at least 23 people during protests against tax increases on Tuesday, "
                      "rights groups said.")
    killing = _of(found, "Killing")[0]
    assert killing.date is not None and killing.date.value == "2024-06-11", killing.date


def test_a_day_a_hold_lasts_until_is_not_the_day_it_was_ordered(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A Moscow court charged four men with committing a terrorist act and ordered them held in pre-trial "
                      "detention until May 22.")
    assert all(e.date is None or not e.date.value.endswith("05-22") for e in found), [(e.trigger.text, e.date) for e in found]


def test_a_harm_joined_to_a_deed_by_a_participle_is_part_of_it(events) -> None:  # type: ignore[no-untyped-def]
    for text in ("Russian drones attacked Kyiv overnight, damaging buildings in several districts and injuring two "
                 "people, city officials said on Monday.",
                 "Russian forces attacked Kyiv overnight, damaging buildings in several districts and injuring two "
                 "people, city officials said on Monday."):
        found, names = events(text)
        injury = _of(found, "Injury")[0]
        assert _name(names, injury.place) == "Kyiv" and injury.date is not None \
            and injury.date.value == "2024-06-10", (_name(names, injury.place), injury.date)


def test_a_deed_those_accused_took_part_in_is_alleged(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israel's foreign minister accused staff of the U.N. agency for Palestinian refugees of taking part in "
                      "the Oct. 7 attack on southern Israel and called for the agency to be shut down.")
    assert [e.status for e in _of(found, "Attack")] == ["Alleged"], [(e.trigger.text, e.status) for e in found]
    found, _ = events("Israel accused staff of the agency of bombing a school.")
    assert [e.status for e in found if e.cls != "Accusation"] == ["Alleged"], [(e.trigger.text, e.status) for e in found]


def test_a_headlines_source_after_its_last_comma_says_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hundreds of Russian soldiers surrender in Kursk, Ukraine says\n\nKYIV (Reuters) - More than 100 "
                          "Russian soldiers surrendered to Ukrainian forces in the Kursk region on Sunday, the biggest single "
                          "surrender since Ukraine's incursion began, Ukraine's top commander said on Monday.\n\nHe told the "
                          "Ukrainian parliament that the soldiers had laid down their weapons after being encircled.")
    says = next(e for e in found if e.trigger.text == "says")
    assert _name(names, says.agent) == "Ukraine", _name(names, says.agent)
    surrenders = _of(found, "Surrender")
    assert len(surrenders) == 1, [(e.trigger.text, e.date) for e in surrenders]  # one, ranked and told again


def test_a_names_killing_after_a_preposition_is_his_not_the_subjects(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hamas names Sinwar as new leader after Haniyeh killing")
    killing = _of(found, "Killing")[0]
    assert killing.agent is None and _name(names, killing.target) == "Haniyeh", \
        (_name(names, killing.agent), _name(names, killing.target))
    found, names = events("Iran vows revenge after Haniyeh killing")
    killing = _of(found, "Killing")[0]
    assert killing.agent is None and _name(names, killing.target) == "Haniyeh", \
        (_name(names, killing.agent), _name(names, killing.target))


def test_those_who_abducted_in_a_raid_made_the_raid(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Gunmen abducted at least 50 villagers in a raid on the village of Kuchi in Niger state late on "
                      "Monday, residents said.")
    raid = _of(found, "Attack")[0]
    assert raid.agent_phrase is not None and raid.agent_phrase.text == "Gunmen", raid.agent_phrase


def test_killed_in_which_a_source_said_is_killed_in_that_raid(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli forces rescued four hostages alive from central Gaza on Saturday in a daytime raid on "
                          "the Nuseirat refugee camp in which Gaza health authorities said 274 Palestinians were killed.")
    killing = _of(found, "Killing")[0]
    assert killing.part_of is not None and killing.date is not None and killing.date.value == "2024-06-15", \
        (killing.part_of, killing.date)


def test_more_deaths_a_delay_means_are_none_told(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events('"Every day of delay means more deaths," Zelenskiy said in a video address.')
    assert _of(found, "Killing") == [], [(e.cls, e.trigger.text) for e in found]


def test_a_named_town_placed_by_the_compass_is_where_it_happened(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("M23 rebels shelled the town of Sake, 25 km west of Goma, on Tuesday, killing at least five "
                          "civilians, local officials said.")
    shelling = _of(found, "Attack")[0]
    assert _name(names, shelling.place) == "Sake", _name(names, shelling.place)
    found, names = events("Russian forces struck a village north of Kharkiv on Tuesday.")
    assert _name(names, _of(found, "Attack")[0].place) == "Kharkiv"  # an unnamed village, by the town it is told from


def test_a_deed_told_a_day_earlier_than_a_dated_one_is_dated_the_day_before(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The U.N. Security Council met on Tuesday to discuss a Russian missile strike that hit Kyiv's main "
                      "children's hospital a day earlier, as Western officials accused Moscow of targeting civilians.")
    strike = next(e for e in found if e.cls in ("Attack", "Airstrike"))
    assert strike.date is not None and strike.date.value == "2024-06-10" and strike.date.raw is not None \
        and strike.date.raw.text == "a day earlier", strike.date


def test_devices_that_blew_up_are_no_doers(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Walkie-talkies used by Hezbollah exploded across Lebanon on Wednesday, a day after thousands of "
                      "pagers used by the group blew up.")
    blew = next(e for e in found if e.trigger.text == "blew up")
    assert blew.agent is None and blew.agent_phrase is None, blew.agent_phrase


def test_a_headlines_general_killed_is_the_ledes_head_of_a_force_killed(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Russian general killed by bomb in Moscow, Ukraine's SBU claims responsibility\n\nMOSCOW (Reuters) - "
                      "The head of Russia's nuclear, biological and chemical protection forces, Lieutenant General Igor "
                      "Kirillov, was killed on Tuesday by a bomb hidden in an electric scooter outside his apartment "
                      "building in Moscow.")
    killings = _of(found, "Killing")
    assert len(killings) == 1 and killings[0].date is not None, [(e.trigger.text, e.date) for e in killings]


def test_a_pact_proposed_is_not_made(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Hamas said it had accepted a ceasefire proposal from Egyptian and Qatari mediators on Monday, but "
                      "Israel said the terms fell short of its demands.")
    assert [e.status for e in _of(found, "Agreement")] == ["Planned"], [(e.trigger.text, e.status) for e in found]


def test_people_displaced_from_elsewhere_are_no_toll_of_the_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli air strike on the village of Aitou in northern Lebanon killed at least 21 people on "
                          "Monday. Residents said the building hit had been rented by a family displaced from the south.")
    flight = _of(found, "Displacement")[0]
    assert flight.part_of is None and _name(names, flight.place) != "Aitou" and flight.agent is None, \
        (flight.part_of, _name(names, flight.place), _name(names, flight.agent))


def test_a_commander_killed_named_beside_others_also_killed_is_that_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli forces killed the local commander of an armed group in the West Bank city of Jenin on "
                          "Friday. The military said the commander, Wassem Hazem, was killed in a shootout while trying to "
                          "flee in a vehicle with two other gunmen, who were also killed.")
    named = [e for e in _of(found, "Killing") if _name(names, e.target) == "Wassem Hazem"]
    assert len(named) == 1 and _name(names, named[0].agent) == "Israel Defense Forces", \
        [(e.trigger.text, _name(names, e.agent), _name(names, e.target)) for e in _of(found, "Killing")]


def test_what_air_defences_shot_down_is_no_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The ministry said air defences had shot down five of the six missiles and debris from the sixth had "
                      "caused a fire at a military facility.")
    assert [e for e in found if e.cls in ("Attack", "Airstrike")] == [], [(e.cls, e.trigger.text) for e in found]
    found, _ = events("Rebels shot down a military helicopter.")
    assert len(_of(found, "Attack")) == 1  # a helicopter brought down was attacked


def test_the_capital_of_a_named_state_is_no_countrys_capital(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("CAIRO (Reuters) - Sudan's army said on Saturday it had retaken the town of Singa, the capital of "
                          "Sennar state, from the paramilitary Rapid Support Forces, who seized it in June.")
    assert all(_name(names, e.target) != "Cairo" and _name(names, e.place) != "Cairo" for e in found), \
        [(e.trigger.text, _name(names, e.target), _name(names, e.place)) for e in found]


def test_a_headlines_accused_without_was_is_the_accused_doer(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's RSF accused of ethnic killings in West Darfur")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) == "Rapid Support Forces" and killing.status == "Alleged", \
        (_name(names, killing.agent), killing.status)


def test_a_headlines_harm_verb_read_as_a_plural_noun_is_the_verb(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah attack wounds 14 Israeli soldiers in northern village")
    attack, injury = _of(found, "Attack")[0], _of(found, "Injury")[0]
    assert attack.target_phrase is None or "wounds" not in attack.target_phrase.text, attack.target_phrase
    assert injury.injured == 14 and _name(names, injury.agent) == "Hezbollah", (injury.injured, _name(names, injury.agent))


def test_violence_in_a_capital_named_after_it_is_where_not_who(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gang violence in Haiti's capital Port-au-Prince has displaced more than 15,000 people in the "
                          "past week, the U.N. migration agency said on Wednesday.")
    flight = _of(found, "Displacement")[0]
    assert flight.agent is None and _name(names, flight.place) == "Port-au-Prince", \
        (_name(names, flight.agent), _name(names, flight.place))


def test_a_deed_told_the_previous_day_is_dated_the_day_before_the_telling(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israel said on Saturday it had killed Hezbollah leader Hassan Nasrallah in an air strike on the "
                      "group's headquarters in Beirut's southern suburbs the previous day.")
    strike = next(e for e in found if e.cls in ("Attack", "Airstrike"))
    assert strike.date is not None and strike.date.value == "2024-06-14" and strike.date.raw is not None \
        and strike.date.raw.text == "the previous day", strike.date


def test_an_evacuation_warned_of_is_to_come(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Israeli strike hits Beirut's southern suburbs after evacuation warning")
    assert [e.status for e in _of(found, "Displacement")] == ["Planned"], [(e.trigger.text, e.status) for e in found]


def test_one_sailor_killed_told_later_is_not_the_named_commanders_killing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The group said the barrage answered the killing of its senior commander Ali Karaki in Beirut "
                          "last month. The army said one sailor was killed in the barrage.")
    killings = _of(found, "Killing")
    assert len(killings) == 2 and any(e.target_phrase is not None and e.target_phrase.text == "one sailor"
                                      for e in killings), [(e.trigger.text, e.target_phrase) for e in killings]


def test_a_forces_own_men_killed_fell_to_the_other_sides_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hamas fired dozens of rockets at Israel on Tuesday, while the Israeli military said it had struck "
                          "Gaza with fighter jets. Israel's military said two soldiers were killed and three others wounded.")
    harms = [e for e in found if e.cls in ("Killing", "Injury")]
    assert {_name(names, e.agent) for e in harms} == {"Hamas"}, [(e.trigger.text, _name(names, e.agent)) for e in harms]


def test_a_demonym_before_the_manner_of_the_strikes_is_their_doer(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah fires rockets after Israeli pre-emptive strikes")
    strikes = [e for e in found if e.trigger.text == "strikes"]
    assert [_name(names, e.agent) for e in strikes] == ["Israel Defense Forces"], \
        [(e.trigger.text, _name(names, e.agent)) for e in found]


def test_a_headlines_strike_behind_the_news_is_the_bodys_had_struck_by_the_same_hand(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hamas fires rockets after Israeli strikes\n\nGAZA (Reuters) - Hamas fired rockets at "
                          "southern Israel on Monday, while the Israeli military said it had struck Gaza with 50 jets to "
                          "stop the launches.")
    israeli = [e for e in found if e.cls in ("Attack", "Airstrike") and _name(names, e.agent) == "Israel Defense Forces"]
    assert len(israeli) == 1 and _name(names, israeli[0].place) == "Gaza Strip", \
        [(e.trigger.text, _name(names, e.agent), _name(names, e.place)) for e in found]


def test_a_blast_among_a_crowd_in_a_city_is_in_that_city(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A suicide bomber detonated a vest among the mourners in the northern city of Mosul on Friday.")
    bombing = _of(found, "Bombing")[0]
    assert _name(names, bombing.place) == "Mosul", _name(names, bombing.place)


def test_a_claimants_telling_of_how_its_men_did_it_is_the_claimed_bombing(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Islamic State claims suicide bombing in Pakistan\n\nPESHAWAR (Reuters) - Islamic State claimed "
                          "responsibility on Monday for a suicide bombing that killed 54 people at a political rally. "
                          "A member of the group detonated an explosive vest in the crowd in the town of Khar on Sunday, "
                          "the group said in a statement.")
    bombings = _of(found, "Bombing")
    assert len(bombings) == 1 and _name(names, bombings[0].place) == "Khar", \
        [(e.trigger.text, _name(names, e.place)) for e in bombings]


def test_two_person_names_the_tagger_set_side_by_side_are_one_man(resolved) -> None:  # type: ignore[no-untyped-def]
    done = resolved("\"Our troops entered the town at dawn,\" KNU spokesman Padoh Saw Taw Nee told Reuters.")
    people = [e.label for e in done.entities if e.cls == "Person"]
    assert people == ["Padoh Saw Taw Nee"], people
    assert ("Padoh Saw Taw Nee", "memberOf", "spokesman", "Karen National Union") in _relations(done), _relations(done)


def test_the_remaining_troops_laying_down_arms_are_those_who_surrendered(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The rebels said about 150 soldiers of the junta had surrendered. \"The remaining troops laid "
                          "down their weapons at noon,\" a rebel commander told Reuters.")
    assert len(_of(found, "Surrender")) == 1, [(e.trigger.text, _name(names, e.agent)) for e in _of(found, "Surrender")]


def test_a_siege_a_taking_ended_was_the_takers_of_that_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Arakan Army captured the town of Paletwa after a three-week siege, the group said.")
    siege = _of(found, "Siege")[0]
    assert (_name(names, siege.agent), _name(names, siege.target)) == ("Arakan Army", "Paletwa"), \
        (_name(names, siege.agent), _name(names, siege.target))


def test_weeks_ago_after_a_deed_noun_dates_the_deed(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The rebels seized the soldiers in an ambush on a patrol two weeks ago.")
    seized = next(e for e in found if e.trigger.text == "seized")
    assert seized.date is not None and seized.date.raw is not None and seized.date.raw.text == "two weeks ago", seized.date


def test_a_headlines_second_deed_after_a_said_one_is_the_sayers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Chad army says it foiled coup attempt, kills leader")
    killing, said = _of(found, "Killing")[0], _of(found, "Statement")[0]
    assert killing.agent is not None and _name(names, killing.agent) == _name(names, said.agent), \
        (_name(names, killing.agent), _name(names, said.agent))


def test_a_tolls_own_soldiers_fell_to_the_news_not_to_what_it_paid_back(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel strikes military sites in Iran in retaliation for missile attack\n\nDUBAI (Reuters) - "
                          "Israeli jets struck military sites in Iran early on Saturday, in retaliation for Iran's missile "
                          "attack on Israel this month. Iran's army said four soldiers were killed.")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) == "Israel Defense Forces" and _name(names, killing.place) == "Iran", \
        (_name(names, killing.agent), _name(names, killing.place))


def test_the_strikers_account_of_what_it_aimed_at_in_the_region_is_that_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli air strike on a school sheltering displaced families in the Gaza Strip killed at least "
                          "20 people on Tuesday, health officials said. The Israeli military said it had targeted a Hamas "
                          "command post inside the school in the Nuseirat camp.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1, [(e.trigger.text, _name(names, e.place)) for e in strikes]


def test_uncounted_deaths_told_right_after_a_toll_are_that_toll(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A strike on a market killed at least 30 people on Sunday, officials said. The army said it was "
                      "reviewing reports of civilian deaths.")
    assert len(_of(found, "Killing")) == 1, [(e.trigger.text, e.fatalities) for e in _of(found, "Killing")]


def test_a_war_waged_is_no_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Mali has been battling an Islamist insurgency since 2012. Troops are fighting a rebellion in the north.")
    assert [e for e in found if e.cls in ("Attack", "Airstrike")] == [], [(e.cls, e.trigger.text) for e in found]
    found, _ = events("Troops attacked the rebels' stronghold.")
    assert len(_of(found, "Attack")) == 1


def test_a_harm_in_a_region_the_gazetteer_lacks_is_of_the_attack_on_its_land(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran launched more than 300 drones and missiles at Israel late on Saturday. A 10-year-old boy "
                          "was injured by shrapnel in the southern Arava region, medics said.")
    injury = _of(found, "Injury")[0]
    assert _name(names, injury.agent) == "Iran", _name(names, injury.agent)


def test_in_what_authorities_are_investigating_as_an_attempt_is_the_shooting(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Candidate shot at rally in assassination attempt\n\nMIAMI (Reuters) - Senator John Doe was shot "
                          "in the arm during a rally in Florida on Saturday, in what police are investigating as an "
                          "assassination attempt.")
    attacks = _of(found, "Attack")
    assert len(attacks) == 1, [(e.trigger.text, _name(names, e.target)) for e in attacks]


def test_the_shooting_after_a_sentence_without_deeds_is_the_killing_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen shot dead five miners at a coal mine in the Duki district on Monday night, police said. "
                          "No group claimed responsibility. Police said the attackers fled on motorcycles after the shooting.")
    shooting = next(e for e in found if e.trigger.text == "shooting")
    killing = _of(found, "Killing")[0]
    assert killing.part_of is not None and found[killing.part_of] == shooting, (killing.part_of, shooting.trigger)


def test_strikes_that_officials_said_killed_when_said_hangs_on_the_main_verb(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Troops freed three captives in the camp on Saturday in an assault backed by heavy air strikes "
                          "that local health officials said killed 60 people.")
    killing = _of(found, "Killing")[0]
    assert killing.part_of is not None and found[killing.part_of].cls in ("Airstrike", "Attack") \
        and found[killing.part_of].trigger.text == "air strikes", killing.part_of


def test_strikes_backing_a_raid_are_part_of_it_by_its_side(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israeli forces rescued two hostages in Rafah on Monday in a raid backed by air strikes.")
    strikes = next(e for e in found if e.trigger.text == "air strikes")
    assert strikes.part_of is not None and found[strikes.part_of].trigger.text == "raid" \
        and _name(names, strikes.agent) == "Israel Defense Forces" and strikes.date is not None, \
        (strikes.part_of, _name(names, strikes.agent), strikes.date)


def test_the_drones_that_hit_are_the_drone_attack_of_any_number(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Russian drone attack on the city of Odesa killed two people early on Monday, officials said. "
                          "The drones hit a warehouse and a residential building, the governor said.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1, [(e.trigger.text, _name(names, e.agent)) for e in strikes]


def test_a_family_of_five_counts_five(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("An air strike killed a family of seven in the town on Friday.")
    assert [e.fatalities for e in _of(found, "Killing")] == [7], [(e.trigger.text, e.fatalities) for e in found]


def test_officers_fleeing_their_post_withdraw(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Officers had fled the police station before the gang arrived.")
    assert [e.cls for e in found if e.trigger.text == "fled"] == ["Withdrawal"], [(e.cls, e.trigger.text) for e in found]


def test_a_headlines_toll_after_a_launched_raid_is_the_raids(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Army launches major raid in Darfur, kills at least 12")
    killing = _of(found, "Killing")[0]
    assert killing.part_of is not None and found[killing.part_of].trigger.text == "raid", killing.part_of


def test_captives_seized_when_a_bus_was_ambushed_name_the_ambushers(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen abducted 15 traders in Kogi state, police said on Sunday. The traders were seized on "
                          "Saturday when their bus was ambushed on a highway.")
    ambush = next(e for e in found if e.trigger.text == "ambushed")
    assert ambush.agent is not None or (ambush.agent_phrase is not None and ambush.agent_phrase.text == "Gunmen"), \
        (_name(names, ambush.agent), ambush.agent_phrase)


def test_a_headlines_first_of_two_verbs_read_as_a_noun_is_a_verb(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Settlers attack West Bank town, kill Palestinian teenager")
    attack, killing = _of(found, "Attack")[0], _of(found, "Killing")[0]
    assert attack.agent_phrase is not None and attack.agent_phrase.text == "Settlers" and attack.verbal, \
        (attack.trigger.text, attack.agent_phrase, attack.verbal)
    assert killing.agent_phrase is not None and killing.agent_phrase.text == "Settlers", killing.agent_phrase
    assert _name(names, attack.target) != "West Bank" and _name(names, attack.place) == "West Bank", \
        (_name(names, attack.target), _name(names, attack.place))


def test_another_organ_of_the_state_behind_the_attack_is_that_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukrainian drones attacked an oil depot in Russia's Bryansk region overnight, the governor said. "
                          "A source in Ukraine's SBU security service told Reuters the agency was behind the attack.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.trigger.text, _name(names, e.agent)) for e in attacks]


def test_a_toll_told_beside_the_strikes_in_its_own_sentence_is_theirs(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Israel strikes Yemen port after Houthi drone hits Tel Aviv\n\nJERUSALEM (Reuters) - Israeli jets "
                          "struck targets near Yemen's Hodeidah port on Saturday, a day after a Houthi drone attack killed "
                          "one man in Tel Aviv. The strikes set fuel tanks ablaze, and the Houthi-run health ministry said "
                          "six people were killed.")
    toll = next(e for e in _of(found, "Killing") if e.fatalities == 6)
    assert _name(names, toll.agent) == "Israel Defense Forces" and _name(names, toll.place) == "Hodeidah", \
        (_name(names, toll.agent), _name(names, toll.place))


def test_a_deed_the_parser_joined_to_a_relative_clause_is_the_main_subjects(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The gunmen separated passengers who were not Muslims and shot them, police said.")
    assert all(e.agent_phrase is None or e.agent_phrase.text != "passengers" for e in found), \
        [(e.trigger.text, e.agent_phrase) for e in found]
    shot = next(e for e in found if e.trigger.text.startswith("shot"))
    assert shot.agent_phrase is not None and shot.agent_phrase.text == "The gunmen", shot.agent_phrase


def test_a_headlines_army_killed_in_an_ambush_suffered_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Burkina army killed in jihadist ambush near Djibo")
    killing = _of(found, "Killing")[0]
    assert killing.agent is None and _name(names, killing.target) is not None, \
        (_name(names, killing.agent), _name(names, killing.target))


def test_the_day_after_a_named_crossing_dates_the_deed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Militants fired rockets at troops near the Kerem Shalom crossing on Sunday, killing three soldiers.")
    attack = _of(found, "Attack")[0]
    assert attack.date is not None and attack.date.value == "2024-06-09", attack.date


def test_bomb_shelters_are_no_bombing(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Iran fired missiles, sending millions of Israelis to bomb shelters. A bomb squad defused the device.")
    assert [e for e in found if e.cls in ("Bombing", "Airstrike")] == [], [(e.cls, e.trigger.text) for e in found]


def test_the_strikers_account_of_fighters_hit_where_it_struck_is_that_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli drone strike on a car in southern Lebanon on Saturday killed two people, security "
                          "sources said. The Israeli military said it had struck a Hezbollah operative in the area of Tyre.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1, [(e.trigger.text, _name(names, e.place)) for e in strikes]


def test_protests_during_which_police_arrested_people_are_not_the_polices(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Security forces arrested more than 800 people during protests against the election, the "
                          "attorney general said.")
    protest = _of(found, "Protest")[0]
    assert protest.agent is None and protest.agent_phrase is None, (_name(names, protest.agent), protest.agent_phrase)


def test_a_settler_shot_dead_counts_one(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("A Palestinian gunman shot dead an Israeli settler near Hebron on Sunday, the military said.")
    assert [e.fatalities for e in _of(found, "Killing")] == [1], [(e.trigger.text, e.fatalities) for e in found]


def test_a_raid_captives_were_taken_in_hung_on_the_saying_is_the_abductors(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Armed bandits abducted at least 40 people, mostly women and children, in a raid on a village in "
                          "Nigeria's Katsina state, residents said on Wednesday.")
    raid = next(e for e in found if e.trigger.text == "raid")
    assert raid.agent_phrase is not None and raid.agent_phrase.text == "Armed bandits", (raid.agent, raid.agent_phrase)


def test_the_strike_whose_verb_the_parser_read_as_a_modifier_is_the_strike_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Russian ballistic missile struck a residential area of Odesa on Monday, killing eight people, "
                          "the governor said. The strike damaged power lines, houses and cars, and set off fires, he said.")
    strikes = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(strikes) == 1, [(e.trigger.text, _name(names, e.agent)) for e in strikes]


def test_it_came_a_day_after_dates_the_other_deed_from_the_one_just_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A Russian missile struck the city of Odesa on Monday, killing eight people. It came a day after "
                          "Russia launched a large air attack on Ukraine's power grid.")
    attack = next(e for e in found if e.trigger.text == "air attack")
    assert attack.date is not None and attack.date.value == "2024-06-09", attack.date


def test_the_ship_hit_is_the_warship_destroyed(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukraine's military intelligence said its special forces had destroyed a Russian warship off "
                          "the coast of Crimea. The ship sank after being hit by several naval drones, the agency said.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.trigger.text, e.target_phrase) for e in attacks]


def test_the_city_is_the_town_named_not_the_datelines(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian strikes on Kharkiv kill 11\n\nKYIV (Reuters) - Russian strikes on the Kharkiv region "
                          "killed 11 people on Friday, regional authorities said.\n\nGuided bombs hit a recreation area "
                          "near the city, the governor said.")
    hit = next(e for e in found if e.trigger.text == "hit")
    assert _name(names, hit.place) == "Kharkiv", _name(names, hit.place)


def test_a_headlines_claimed_deed_the_lede_reports_as_done_is_no_allegation(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Gunmen kill two in attack on Moscow church, Islamic State claims\n\nMOSCOW (Reuters) - Two "
                          "masked gunmen attacked a church in Moscow on Sunday, killing two people, officials said.")
    assert {e.status for e in found if e.cls in ("Attack", "Killing")} == {None}, \
        [(e.trigger.text, e.status) for e in found]


def test_a_day_between_what_was_said_and_who_said_it_is_the_deeds(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A military air strike on a village in Rakhine state killed at least 25 people, including "
                          "children, on Monday, the Arakan Army said on Wednesday.")
    killing, said = _of(found, "Killing")[0], _of(found, "Statement")[0]
    assert (killing.date and killing.date.value, said.date and said.date.value) == ("2024-06-10", "2024-06-12"), \
        (killing.date, said.date)


def test_another_captured_after_attackers_killed_is_an_arrest(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Police said security forces killed one of the attackers and captured another.")
    assert [e.cls for e in found if e.trigger.text == "captured"] == ["Arrest"], [(e.cls, e.trigger.text) for e in found]


def test_a_site_the_attacker_says_it_aimed_at_in_the_land_struck_is_that_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hezbollah fired a ballistic missile at Tel Aviv on Wednesday, the Israeli military said. The "
                          "missile was intercepted. Hezbollah said it had targeted the headquarters of the Mossad.")
    attacks = [e for e in found if e.cls in ("Attack", "Airstrike")]
    assert len(attacks) == 1, [(e.trigger.text, e.target_phrase) for e in attacks]


def test_militants_killed_in_an_air_strike_were_struck_by_its_maker(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An Israeli airstrike on a school in central Gaza killed at least 30 people on Thursday, medics "
                          "said. The military said it had named nine militants killed in the strike.")
    nine = next(e for e in _of(found, "Killing") if e.fatalities == 9)
    assert _name(names, nine.agent) == "Israel Defense Forces", _name(names, nine.agent)


def test_the_truce_brokered_by_others_is_the_ceasefire_told(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A ceasefire between Israel and Hezbollah took effect on Wednesday. The truce, brokered by the "
                          "United States and France, calls for Hezbollah to move its fighters north of the Litani river.")
    assert len(_of(found, "Agreement")) == 1, [(e.trigger.text, e.definite) for e in _of(found, "Agreement")]


def test_militants_killed_in_raids_name_the_raiders(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Pakistani security forces killed 12 militants in raids in the northwest, the military said.")
    raids = next(e for e in found if e.trigger.text == "raids")
    assert _name(names, raids.agent) == "Pakistani forces" or raids.agent_phrase is not None, \
        (_name(names, raids.agent), raids.agent_phrase)
    found, names = events("The army said it repelled a raid on its base, killing 10 attackers.")
    raid = next(e for e in found if e.trigger.text == "raid")
    assert raid.agent is None, _name(names, raid.agent)  # the defenders killed them; the raid was the attackers'


def test_the_attackers_told_in_a_town_of_a_state_the_gazetteer_lacks_are_the_attack(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Police arrested 15 suspects in connection with an attack on a church in Ondo state in which 40 "
                          "worshippers were killed. The attackers opened fire during Sunday mass at the church in the town "
                          "of Owo.")
    attacks = [e for e in found if e.cls in ("Attack", "Bombing")]
    assert len(attacks) == 1, [(e.trigger.text, _name(names, e.place)) for e in attacks]



def test_a_headlines_first_verb_read_as_a_plural_noun_after_a_possessed_name(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Sudan's RSF attacks town in Darfur, kills dozens")
    killing = _of(found, "Killing")[0]
    assert _name(names, killing.agent) == "Rapid Support Forces" and _of(found, "Attack")[0].verbal, \
        (_name(names, killing.agent), [(e.trigger.text, e.verbal) for e in found])
