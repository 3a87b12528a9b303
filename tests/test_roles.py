"""Who, whom, where and when in reporting from conflict zones the seeds never covered (Sahel, Sudan,
Ukraine-style wording), through the real model: every sentence here is written for the rule it checks."""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import Event


@pytest.fixture(scope="module")
def events(article_events):  # type: ignore[no-untyped-def]
    """text -> the document's events after coreference, published 2024-06-15, with a name per mention."""
    return lambda text: article_events(text, date(2024, 6, 15))


def _one(found: list[Event], cls: str) -> Event:
    of = [e for e in found if e.cls == cls]
    assert len(of) == 1, [(e.cls, e.trigger.text) for e in found]
    return of[0]


def _name(names: list[str], index: int | None) -> str | None:
    return names[index] if index is not None else None


def test_a_town_of_fifteen_thousand_in_a_war_zone_is_a_placed_town(lexicon) -> None:  # type: ignore[no-untyped-def]
    # GeoNames towns of 15,000 people in the countries at war, each in its country, with a point.
    for town, country in (("Mellit", "sudan"), ("Djibo", "burkina-faso"), ("Kidal", "mali"), ("Avdiivka", "ukraine"),
                          ("Gao", "mali"), ("Wau", "south-sudan")):  # three letters, but large towns
        keys = lexicon.lookup(town)
        assert keys, town
        entry = lexicon.entries[keys[0]]
        assert entry.cls == "City" and entry.located_in == country and entry.wkt, town
    # A town whose name is a word or a common name is left out; so is a name two countries' towns share.
    assert not lexicon.lookup("More") and not lexicon.lookup("Garcia") and not lexicon.lookup("Hub")


def test_the_town_of_x_is_the_town_taken(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rebels captured the town of Mellit in North Darfur on Thursday. "
                          "Government troops later took control of the northern town of Kidal.")
    captures = [e for e in found if e.cls == "Capture"]
    assert [_name(names, e.target) for e in captures] == ["Mellit", "Kidal"]
    assert captures[0].date is not None and captures[0].date.value == "2024-06-13"


def test_a_town_the_tagger_took_for_a_nationality_or_a_person_is_the_town(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Rebels captured the town of Mellit on Thursday. More than 12,000 people have been "
                          "displaced from Mellit since then.")
    assert _name(names, _one(found, "Displacement").place) == "Mellit"  # "from" a place is where they left


def test_the_besieged_town_is_the_siege_target(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The convoy was taking food to the besieged town of Djibo.")
    assert _name(names, _one(found, "Siege").target) == "Djibo"


def test_people_killed_when_fighters_shelled_a_town_were_killed_by_them(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Rapid Support Forces (RSF) entered Mellit on Thursday. At least 40 civilians were "
                          "killed and dozens more were wounded when RSF fighters shelled residential areas of the town.")
    for cls in ("Killing", "Injury"):
        harm = _one(found, cls)
        assert _name(names, harm.agent) == "Rapid Support Forces", cls
        assert _name(names, harm.place) == "Mellit", cls
    shelling = next(e for e in found if e.trigger.text == "shelled")  # (entering Mellit is an attack of its own)
    assert _name(names, shelling.target) == "Mellit" and _name(names, shelling.place) == "Mellit"


def test_conjoined_harms_share_the_ambush_and_its_date(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Jihadists killed 27 soldiers and wounded 14 others in an ambush on a convoy in "
                          "northern Burkina Faso on Sunday.")
    for cls in ("Killing", "Injury"):
        harm = _one(found, cls)
        assert _name(names, harm.place) == "Burkina Faso", cls
        assert harm.date is not None and harm.date.value == "2024-06-09", cls


def test_a_date_before_the_second_verb_is_not_shared(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("The rebels seized Kunduz on Monday and later withdrew from Baghlan.")
    assert _one(found, "Capture").date is not None
    assert _one(found, "Withdrawal").date is None


def test_soldiers_surrender_to_someone_somewhere(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("On Saturday, a group of 30 soldiers surrendered to the Taliban in Kunduz.")
    surrender = _one(found, "Surrender")
    assert _name(names, surrender.target) == "Taliban"  # "on Saturday" is no one surrendered to
    assert _name(names, surrender.place) == "Kunduz"


def test_coming_under_fire_is_being_attacked(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("A convoy came under fire from Taliban fighters near Ghazni on Monday.")
    attack = _one(found, "Attack")
    assert _name(names, attack.agent) == "Taliban" and _name(names, attack.place) == "Ghazni"
    assert attack.target_phrase is not None and attack.target_phrase.text == "A convoy"


def test_the_group_that_did_it_is_the_agent(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Al-Shabaab, which seized Baidoa last year, attacked a base in Somalia on Monday.")
    assert _name(names, _one(found, "Capture").agent) == "al-Shabaab"


def test_an_affiliate_of_a_group_is_not_the_group(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("An al-Qaeda affiliate attacked the base in Djibo on Monday.")
    assert _name(names, _one(found, "Attack").agent) is None


def test_seizing_power_is_no_capture(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Captain Ibrahim Traore, who seized power in a coup in September 2022, spoke on Monday.")
    assert not [e for e in found if e.cls == "Capture"]


def test_the_army_is_the_army_of_the_country_in_the_sentence(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Sudanese army shelled Mellit on Monday. The RSF accused the army of bombing a "
                          "hospital. In neighbouring Chad, the army said it had closed the border.")
    assert _name(names, _one(found, "Airstrike").agent) == "Sudanese Armed Forces"  # "accused the army of bombing"
    chad = [e for e in found if e.cls == "Statement" and e.trigger.text == "said"]
    assert [_name(names, e.agent) for e in chad] == ["Chadian forces"]


def test_a_country_before_an_attack_noun_is_where_not_who(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Jihadists kill 27 soldiers in Burkina Faso ambush")
    ambush = _one(found, "Attack")
    assert ambush.agent is None and _name(names, ambush.place) == "Burkina Faso"
    us, us_names = events("A US airstrike hit a compound in Somalia on Monday.")
    assert _name(us_names, _one(us, "Airstrike").agent) == "US forces"  # a country's airstrike is its forces


def test_a_hypothetical_assault_has_not_happened(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Guterres warned that an assault on the city could trigger a wider war.")
    assert _one(found, "Attack").status == "Planned"
    done, _ = events("The assault on the city killed 12 people.")
    assert _one(done, "Attack").status is None


def test_an_acronym_and_a_known_as_name_are_one_entity_everywhere(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("RSF fighters seize town\n\nThe paramilitary Rapid Support Forces (RSF) captured Mellit on "
                          "Thursday. RSF leader Mohamed Hamdan Dagalo, known as Hemedti, said the RSF would hold it. "
                          "Hemedti told Reuters the town would be safe.")
    assert {_name(names, e.agent) for e in found if e.cls == "Capture"} == {"Rapid Support Forces"}
    speakers = [_name(names, e.agent) for e in found if e.cls == "Statement"]
    assert speakers == ["Mohamed Hamdan Dagalo", "Mohamed Hamdan Dagalo"]
    assert "Hemedti" not in names and "RSF" not in names


def test_the_dateline_and_the_agency_are_not_who_spoke(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("KYIV, Feb 18 (Reuters) - Russia's defence ministry said on Sunday its forces had taken "
                          "full control of the town of Avdiivka.")
    assert _name(names, _one(found, "Statement").agent) == "Russian Defence Ministry"  # the ministry spoke, for Russia
    capture = _one(found, "Capture")  # "taken full control of"
    assert _name(names, capture.agent) == "Russian forces" and _name(names, capture.target) == "Avdiyivka"


def test_a_nationality_the_tagger_took_for_a_place_is_no_place(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukrainian troops pulled out of the eastern Ukrainian town of Avdiivka on Saturday.")
    assert "Ukrainian" not in names
    assert _name(names, _one(found, "Withdrawal").agent) == "Ukrainian forces"


def test_a_countrys_drones_are_flown_by_its_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Overnight, Russian drones struck energy facilities in the Kharkiv region, injuring "
                          "three people.")
    strike = _one(found, "Airstrike")
    assert strike.trigger.text == "drones struck" and _name(names, strike.agent) == "Russian forces"
    assert _name(names, _one(found, "Injury").agent) == "Russian forces"


def test_a_name_in_apposition_with_a_title_is_the_person_who_spoke(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Ukraine's top commander, Oleksandr Syrskyi, said on Saturday the troops had left.")
    assert _name(names, _one(found, "Statement").agent) == "Oleksandr Syrskyi"


def test_a_title_before_the_name_in_apposition_makes_a_member(extract_text) -> None:  # type: ignore[no-untyped-def]
    found = extract_text("Ukraine's top commander, Oleksandr Syrskyi, said the troops had left. Russian drones "
                         "struck Kharkiv. Russian President Vladimir Putin praised his troops.")
    members = {(found.mentions[r.subject].name, found.mentions[r.object].name, r.role)
               for r in found.relations if r.predicate == "memberOf"}
    # The president belongs to the country, not to the forces "Russian drones" stood for.
    assert members == {("Oleksandr Syrskyi", "Ukraine", "commander"), ("Vladimir Putin", "Russia", "president")}


def test_the_group_is_the_armed_group_named_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Houthis fired missiles at a tanker. The strikes were retaliation for the group's "
                          "attacks on shipping in the Red Sea.")
    attacks = [e for e in found if e.cls == "Attack" and e.trigger.text == "attacks"]
    assert [_name(names, e.agent) for e in attacks] == ["Houthis"]
    alone, alone_names = events("A group of soldiers crossed the river on Monday.")
    assert "Houthis" not in alone_names and not any(_name(alone_names, e.agent) for e in alone)


def test_a_place_after_the_last_of_several_objects_places_the_strike(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Airstrikes hit radar systems, drone storage sites and missile launchers in Hodeidah.")
    assert _name(names, _one(found, "Airstrike").place) == "Hodeidah"


def test_condemning_is_an_accusation(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Iran condemned the strikes on Yemen as a violation of its sovereignty.")
    assert _name(names, _one(found, "Accusation").agent) == "Iran"


def test_coordinated_agents_are_all_agents(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("US and British forces struck Houthi targets in Yemen on Thursday, killing 16 people. "
                          "The attack on the checkpoint was carried out by Hamas and Islamic Jihad. "
                          "Israeli troops and settlers attacked the village of Turmus Ayya.")
    strike = next(e for e in found if e.trigger.text == "struck")
    assert {_name(names, strike.agent), *(_name(names, i) for i in strike.more_agent_entities)} == {
        "US forces", "British forces"}, (names, strike)
    killing = _one(found, "Killing")  # the toll was taken by both
    assert {_name(names, killing.agent), *(_name(names, i) for i in killing.more_agent_entities)} == {
        "US forces", "British forces"}
    checkpoint = next(e for e in found if e.trigger.text == "attack")
    assert [_name(names, i) for i in checkpoint.more_agent_entities] == ["Palestinian Islamic Jihad"]
    village = next(e for e in found if e.trigger.text == "attacked")
    assert [w.text for w in village.more_agents] == ["settlers"] and not village.more_agent_entities


def test_a_shared_noun_gives_each_country_its_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian and Syrian jets bombed Idlib on Monday. "
                          "Ethiopian and Eritrean troops killed 300 civilians in Axum.")
    bombed, killed = _one(found, "Airstrike"), _one(found, "Killing")
    assert {_name(names, bombed.agent), *(_name(names, i) for i in bombed.more_agent_entities)} == {
        "Russian forces", "Syrian forces"}
    assert len({_name(names, killed.agent), *(_name(names, i) for i in killed.more_agent_entities)}) == 2
    assert "Russian" not in names and "Ethiopia" not in names  # no bare nationality or country is an agent


def test_a_place_qualifying_the_agent_does_not_join_it(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The IRA's Belfast brigade detonated at least 20 bombs across the city.")
    assert all(not e.more_agent_entities for e in found), [(e.cls, e.more_agent_entities) for e in found]


def test_people_forced_from_their_homes_are_displaced(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The fighting has forced two million people from their homes. "
                          "More than 10,000 people were forced out of El Fasher on Sunday. "
                          "Gunmen drove thousands of families out of their villages near Geneina.")
    moved = [e for e in found if e.cls == "Displacement"]
    assert [e.displaced for e in moved] == [2_000_000, 10_000, 1_000], [(e.trigger.text, e.displaced) for e in moved]
    assert [_name(names, e.place) for e in moved] == [None, "El Fasher", "Geneina"]
    assert moved[1].date is not None and moved[1].date.value == "2024-06-09"


def test_fighters_driven_out_of_a_town_are_not_displaced(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Government troops drove the militants out of the town. The army forced the Taliban out "
                      "of Kunduz. The new rules force journalists to leave their phones at the gate.")
    assert not [e for e in found if e.cls == "Displacement"], [(e.cls, e.trigger.text) for e in found]


def test_who_forced_people_to_flee_made_them_flee(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Thousands of residents fled Mellit on Friday. "
                          "The RSF attack forced 40,000 people to flee Tawila.")
    fled, forced = [e for e in found if e.cls == "Displacement"]
    assert _name(names, fled.place) == "Mellit" and fled.displaced == 1_000
    assert _name(names, forced.place) == "Tawila" and forced.displaced == 40_000
    assert _name(names, forced.agent) == "Rapid Support Forces" and forced.part_of is not None  # and it happened in the attack


def test_a_date_that_modifies_the_event_noun_dates_it(events) -> None:  # type: ignore[no-untyped-def]
    found, _ = events("Wednesday's attack on the market in Gao was the deadliest this year. "
                      "The Sunday bombing in Kabul was claimed by the Islamic State. "
                      "Fighting has raged in El Fasher since Monday, killing 30 people.")
    dated = {e.trigger.text: e.date.value if e.date else None for e in found}
    assert dated["attack"] == "2024-06-12" and dated["bombing"] == "2024-06-09", dated
    assert dated["killing"] == "2024-06-10", dated  # the participle takes its clause's date


def test_a_toll_that_rises_updates_the_count(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Sunday bombing in Kabul killed five people. The death toll has since climbed to 45. "
                          "In Gao, the death toll from Wednesday's attack on the market rose to 30.")
    killings = [e for e in found if e.cls == "Killing"]
    assert [(e.fatalities, _name(names, e.place)) for e in killings] == [(45, "Kabul"), (30, "Gao")], killings
    gao = killings[1]
    assert gao.part_of is not None and found[gao.part_of].trigger.text == "attack"  # the toll from the attack
    assert gao.date is not None and gao.date.value == "2024-06-12"


def test_fighters_named_by_their_country_are_not_its_state(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Myanmar rebels captured a regional military command in Lashio. "
                          "An ethnic armed group in Myanmar said on Saturday it had captured the city.")
    assert [_name(names, e.agent) for e in found if e.cls == "Capture"] == [None, None], names


def test_it_in_what_a_speaker_reports_is_the_speaker(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Arakan Army said on Sunday that it had seized the town of Maungdaw in Rakhine state. "
                          "The Kachin Independence Army said its fighters overran an army post near Bhamo.")
    captures = [e for e in found if e.cls == "Capture"]
    assert [_name(names, e.agent) for e in captures] == ["Arakan Army", "Kachin Independence Army"], names


def test_the_accused_did_what_they_are_accused_of(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Human Rights Watch accused the Taliban of bombing villages and killing civilians. "
                          "The RSF has been accused by Amnesty International of killing civilians in El Geneina.")
    killings = [e for e in found if e.cls == "Killing"]
    assert [(_name(names, e.agent), e.status) for e in killings] == [
        ("Taliban", "Alleged"), ("Rapid Support Forces", "Alleged")], names


def test_a_states_airstrikes_are_its_forces(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Russian airstrikes on a market in Idlib killed at least 11 civilians on Friday. "
                          "The junta in Myanmar said on Monday that it would not negotiate.")
    killing = _one(found, "Killing")  # the parser made "killed" a participle of "airstrikes"
    assert (_name(names, killing.agent), killing.fatalities, _name(names, killing.place)) == ("Russian forces", 11, "Idlib")
    assert _name(names, _one(found, "Statement").agent) == "Myanmar military"  # the junta in Myanmar


def test_the_place_of_a_list_and_the_place_taken(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("At least 17 people were killed in clashes near Sake and Goma over the weekend. "
                          "The M23 took control of the mining town of Rubaya last year, and the group has since "
                          "expanded across North Kivu province.")
    assert _name(names, _one(found, "Killing").place) == "Goma"  # Sake is no known place
    assert _name(names, _one(found, "Capture").place) == "Rubaya"  # not the province of the next clause


def test_a_headline_and_its_story_join_their_agents(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("M23 rebels seize Goma airport\n\nRwanda-backed M23 rebels and Rwandan troops seized the "
                          "airport in Goma on Tuesday.")
    capture = _one(found, "Capture")
    assert [_name(names, i) for i in (capture.agent, *capture.more_agent_entities)] == ["M23", "Rwandan forces"]


def test_the_military_named_by_its_country_speaks_and_acts(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The Israeli military said it had targeted a Hamas compound and killed two senior Hamas "
                          "officials. An Israeli strike on a school in Gaza killed 12 people.")
    assert _name(names, _one(found, "Statement").agent) == "Israel Defense Forces"
    killings = [e for e in found if e.cls == "Killing"]
    assert [_name(names, e.agent) for e in killings] == ["Israel Defense Forces", "Israel Defense Forces"], names


def test_rockets_fired_at_a_city_are_an_attack_and_sirens_are_not(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hamas fired a barrage of rockets at Tel Aviv on Sunday, setting off air raid sirens. "
                          "The company fired 200 workers. The army deployed attack helicopters.")
    attack = _one(found, "Attack")
    assert (attack.trigger.text, _name(names, attack.agent), _name(names, attack.place)) == ("fired", "Hamas", "Tel Aviv")
    assert not [e for e in found if e.cls == "Airstrike"]


def test_gunmen_led_by_a_group_are_its_and_the_day_of_a_when_clause(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The war began on Oct. 7, when Hamas-led gunmen attacked southern Israel. "
                          "Rwanda-backed rebels seized Goma.")
    attack = _one(found, "Attack")
    assert _name(names, attack.agent) == "Hamas" and attack.date is not None and attack.date.value == "2023-10-07"
    assert _one(found, "Capture").agent is None  # the backer is not who seized it


def test_people_forced_to_flee_the_city_of_an_offensive(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("Hamas fired rockets at Tel Aviv. Israel launched its ground offensive in Rafah on May 6, "
                          "forcing about a million people to flee the city.")
    fled = _one(found, "Displacement")
    assert (_name(names, fled.place), _name(names, fled.agent), fled.displaced) == ("Rafah", "Israel", 1_000_000)


def test_the_military_is_not_a_command_named_before(events) -> None:  # type: ignore[no-untyped-def]
    found, names = events("The rebels seized the Northeastern Command in Lashio. In Myanmar, the military has "
                          "been accused of killing civilians since it seized power in 2021.")
    assert _name(names, _one(found, "Killing").agent) == "Myanmar military"
