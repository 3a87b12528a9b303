"""Docs-vs-code: the ontology declares every term the code emits; the gazetteer is what its script writes."""

import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

from kg.vocab import CKG, RDF, RDFS

ROOT = Path(__file__).resolve().parent.parent
CONTRACT_CLASSES = """Document Person Organisation ArmedGroup StateForce Government InternationalOrganisation
MediaOrganisation Place Country Province District City Facility Actor Event Attack Airstrike Bombing Capture Siege
Withdrawal Handover Surrender Killing Injury Casualties Displacement Arrest Protest Statement Accusation Threat""".split()
CONTRACT_PROPERTIES = """text sourceId published source url title agent target place date fatalities injured displaced
quote status memberOf role locatedIn partOf basedIn confidence""".split()


def declared() -> set[str]:
    quads = ox.parse(path=str(ROOT / "ontology" / "conflict.ttl"))
    return {q.subject.value[len(CKG):] for q in quads
            if q.subject.value.startswith(CKG) and q.predicate.value == RDF + "type"}


def test_every_contract_term_is_declared_with_label_and_comment() -> None:
    quads = list(ox.parse(path=str(ROOT / "ontology" / "conflict.ttl")))
    names = declared()
    for term in CONTRACT_CLASSES + CONTRACT_PROPERTIES + ["Alleged", "Planned", "Negated"]:
        assert term in names, term
        labels = {q.predicate.value for q in quads if q.subject.value == CKG + term}
        assert RDFS + "label" in labels and RDFS + "comment" in labels, term


def test_every_ckg_term_the_code_emits_is_declared(seed_store) -> None:  # type: ignore[no-untyped-def]
    _, rows = seed_store.select("SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } UNION { ?s ?p ?t } "
                                "FILTER(isIRI(?t) && STRSTARTS(STR(?t), STR(ckg:))) }")
    used = {r["t"].value[len(CKG):] for r in rows}
    assert used, "the seed store uses no ckg: terms?"
    missing = used - declared() - {"None"}
    assert not missing, f"emitted but not declared: {sorted(missing)}"


def test_every_event_class_has_triggers(lexicon) -> None:  # type: ignore[no-untyped-def]
    with_triggers = {t.cls for t in lexicon.triggers}
    for cls in lexicon.event_classes():
        if cls != "Event":
            assert cls in with_triggers, cls


def test_every_class_reaches_a_root(lexicon) -> None:  # type: ignore[no-untyped-def]
    for cls in CONTRACT_CLASSES:
        if cls == "Document":
            continue
        assert lexicon.is_a(cls, "Event") or lexicon.is_a(cls, "Actor") or lexicon.is_a(cls, "Place"), cls
    assert lexicon.is_a("Airstrike", "Attack") and lexicon.is_a("Accusation", "Statement")
    assert lexicon.is_a("Country", "Actor") and lexicon.is_a("Country", "Place")


def test_gazetteer_is_generated_by_its_script() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--check"])
    assert result.returncode == 0, "ontology/gazetteer.ttl differs from scripts/build_gazetteer.py output"


def test_gazetteer_aliases_resolve_to_one_entity(lexicon) -> None:  # type: ignore[no-untyped-def]
    for alias in ("US", "U.S.", "United States", "America", "USA"):
        assert lexicon.lookup(alias)[0] == "united-states", alias
    assert lexicon.lookup("CentCom")[0] == lexicon.lookup("US Central Command")[0]
    assert lexicon.lookup("Kunduz")[0] == "kunduz" and lexicon.entries["kunduz"].cls == "City"
    assert lexicon.lookup("Kunduz province")[0] == "kunduz-province"
    assert lexicon.demonyms["Afghan"] == "afghanistan"


def test_wkt_points_are_valid(lexicon) -> None:  # type: ignore[no-untyped-def]
    for entry in lexicon.entries.values():
        if entry.wkt:
            m = re.fullmatch(r"POINT\((-?\d+\.\d+) (-?\d+\.\d+)\)", entry.wkt)
            assert m and -180 <= float(m.group(1)) <= 180 and -90 <= float(m.group(2)) <= 90, entry.key


def test_gazetteer_covers_every_country_with_a_point(lexicon) -> None:  # type: ignore[no-untyped-def]
    countries = [e for e in lexicon.entries.values() if e.cls == "Country"]
    assert len(countries) >= 240 and len({e.key for e in countries}) == len(countries)
    assert lexicon.lookup("South Sudan") and lexicon.lookup("Burkina Faso") and lexicon.lookup("Moldova")
    uninhabited = {"antarctica", "bouvet-island", "heard-island-and-mcdonald-islands",
                   "british-indian-ocean-territory", "tokelau", "united-states-minor-outlying-islands"}
    places = [e for e in lexicon.entries.values() if lexicon.is_a(e.cls, "Place")]
    assert {e.key for e in places if not e.wkt} <= uninhabited


def test_gazetteer_places_sit_in_a_hierarchy_without_cycles(lexicon) -> None:  # type: ignore[no-untyped-def]
    for entry in lexicon.entries.values():
        seen, parent = {entry.key}, entry.located_in
        while parent:
            assert parent in lexicon.entries, (entry.key, parent)
            assert parent not in seen, f"locatedIn cycle at {entry.key}"
            seen.add(parent)
            parent = lexicon.entries[parent].located_in
    # Afghan towns from GeoNames sit in their province; world cities in their country.
    for town, province in (("Lashkar Gah", "helmand-province"), ("Mazar-i-Sharif", "balkh-province"),
                           ("Pul-i-Khumri", "baghlan-province"), ("Shindand", "herat-province")):
        assert lexicon.entries[lexicon.lookup(town)[0]].located_in == province, town
    assert lexicon.entries[lexicon.lookup("Karachi")[0]].located_in == "pakistan"


def test_generated_places_fill_gaps_but_never_rename_a_person(extract_text) -> None:  # type: ignore[no-untyped-def]
    ex = extract_text("Fighting spread to Karachi on Monday. Sydney Brenner, a local official, said the roads "
                      "were closed. Flights to Sydney were cancelled.")
    found = {m.span.text: (m.cls, m.key) for m in ex.mentions}
    assert found["Karachi"] == ("City", "karachi")  # the tagger said organisation
    assert found["Sydney Brenner"] == ("Person", None)
    assert found["Sydney"] == ("City", "sydney")


def test_every_armed_group_says_what_kind_of_group_it_is(lexicon) -> None:  # type: ignore[no-untyped-def]
    groups = [e for e in lexicon.entries.values() if e.cls == "ArmedGroup"]
    assert groups and all(e.kinds for e in groups), [e.key for e in groups if not e.kinds]
    assert {k for e in groups for k in e.kinds} <= {"rebel", "islamist", "mercenary", "militia", "paramilitary", "gang"}


def test_regions_of_wars_sit_in_their_countries(lexicon) -> None:  # type: ignore[no-untyped-def]
    def chain(name: str) -> list[str]:
        key, out = lexicon.lookup(name)[0], []
        while key:
            out.append(key)
            key = lexicon.entries[key].located_in
        return out

    assert chain("Stepanakert") == ["stepanakert", "nagorno-karabakh", "azerbaijan"]
    assert chain("North Darfur state") == ["north-darfur", "darfur", "sudan"]
    assert chain("Tigray region")[-1] == "ethiopia" and chain("Borno state")[-1] == "nigeria"
    assert lexicon.entries[lexicon.lookup("Sagaing")[0]].cls == "City"  # the region goes by "Sagaing Region"
    assert not lexicon.lookup("Plateau") and not lexicon.lookup("Afar")  # words and peoples are no regions


def test_gazetteer_points_say_how_far_apart_two_places_are(lexicon) -> None:  # type: ignore[no-untyped-def]
    near, far = lexicon.km_apart("ramat-gan", "tel-aviv"), lexicon.km_apart("kyiv", "moscow")
    assert near is not None and near < 10 and far is not None and 700 < far < 800, (near, far)
    assert lexicon.km_apart("ramat-gan", "no-such-place") is None
