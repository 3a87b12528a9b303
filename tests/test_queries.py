from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg import queries
from kg.errors import QueryError

pytestmark = pytest.mark.model
SAMPLE = {"type": "Capture", "target": "Kunduz", "place": "Kunduz", "person": "John Kirby", "actor": "Taliban",
          "entity": "Taliban", "fact": "taliban", "speaker": "John Kirby", "about": "Withdrawal", "agent": "Taliban",
          "org": "Pentagon", "a": "Taliban", "b": "United States"}
# Two reports of one event that disagree: the seeds hold no contradiction and no event two articles
# report, so these queries get their own store.
CONFLICTING = ('{"id": "report-a", "published": "2021-08-10", "text": "The Taliban killed 12 civilians in Kunduz on Monday."}\n'
               '{"id": "report-b", "published": "2021-08-11", "text": "The Taliban killed 15 civilians in Kunduz on Monday."}\n')


@pytest.fixture(scope="module")
def conflicting_store(pipeline):  # type: ignore[no-untyped-def]
    import io

    from kg.store import KGStore

    store = KGStore(None)
    pipeline.ingest(store, ["-"], stdin=io.StringIO(CONFLICTING))
    return store


def test_every_shipped_query_is_documented() -> None:
    shipped = queries.load_all()
    assert len(shipped) >= 20
    for q in shipped.values():
        assert q.title and q.title != q.name, q.name
        assert q.description, q.name
        assert q.example.startswith("kg query"), q.name
        for p in q.params:
            assert f"?{p.name}" in q.text.split("WHERE")[0], f"{q.name}: parameter {p.name} must be projected"


@pytest.mark.parametrize("name", sorted(queries.load_all()))
def test_every_shipped_query_runs_and_returns_rows_on_the_seeds(seed_store, conflicting_store, name: str) -> None:  # type: ignore[no-untyped-def]
    q = queries.load(name)
    values = {p.name: SAMPLE[p.name] for p in q.params if p.default is None}
    result = queries.run(conflicting_store if name in ("contradictions", "same-events") else seed_store, q, values)
    assert result.rows, f"{name} returned nothing on the seed store"
    assert not set(values) & set(result.columns)


def test_who_did_finds_the_taliban(seed_store) -> None:  # type: ignore[no-untyped-def]
    rows = queries.run_named(seed_store, "who-did", {"type": "Capture", "target": "Kunduz"}).rows
    assert {queries.plain(r["agentLabel"]) for r in rows} == {"Taliban"}


def test_subclasses_count_as_their_parent(seed_store) -> None:  # type: ignore[no-untyped-def]
    rows = queries.run_named(seed_store, "events", {"type": "Attack"}).rows
    assert "Airstrike" in {queries.plain(r["eventType"]) for r in rows}


def test_places_located_in_a_place_count(seed_store) -> None:  # type: ignore[no-untyped-def]
    rows = queries.run_named(seed_store, "events-in-place", {"place": "Afghanistan"}).rows
    assert {"Kunduz", "Afghanistan"} <= {queries.plain(r["where"]) for r in rows}


def test_missing_and_unknown_parameters(seed_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match="needs -p target"):
        queries.run_named(seed_store, "who-did", {"type": "Capture"})
    with pytest.raises(QueryError, match="no parameter 'colour'"):
        queries.run_named(seed_store, "events", {"colour": "red"})
    with pytest.raises(QueryError, match="unknown query 'nope'"):
        queries.load("nope")


def test_unknown_entity_suggests_names(seed_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match="did you mean Kunduz"):
        queries.run_named(seed_store, "events-in-place", {"place": "Kundus"})


def test_syntax_error(seed_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match="SPARQL syntax error"):
        queries.run_text(seed_store, "SELEKT ?x WHERE { ?x ?y ?z }")


@pytest.mark.parametrize("evil", ['Kunduz" } ; DROP ALL ; { "', "x> } . ?s ?p ?o . { <y", "' OR 1=1 --"])
def test_parameter_values_never_become_sparql(seed_store, evil: str) -> None:  # type: ignore[no-untyped-def]
    before = len(seed_store)
    rows = queries.run_named(seed_store, "statements", {}).rows
    # As a string parameter the text is a literal value: it matches nothing and changes nothing.
    q = queries.NamedQuery("t", "t", "", (queries.Param("needle", "string"),),
                           "SELECT ?needle ?e WHERE { ?e rdfs:label ?l FILTER(?l = ?needle) }", Path("t.rq"))
    assert queries.run(seed_store, q, {"needle": evil}).rows == []
    with pytest.raises(QueryError):
        queries.run_named(seed_store, "who-did", {"type": "Capture", "target": evil})
    assert len(seed_store) == before and rows


def test_contradictions_name_both_sources(conflicting_store) -> None:  # type: ignore[no-untyped-def]
    rows = [{k: queries.plain(v) for k, v in r.items()} for r in queries.run_named(conflicting_store, "contradictions").rows]
    fatalities = [r for r in rows if r["what"] == "fatalities"]
    assert fatalities and {fatalities[0]["value1"], fatalities[0]["value2"]} == {"12", "15"}
    assert {fatalities[0]["source1"], fatalities[0]["source2"]} == {"report-a", "report-b"}
    dates = [r for r in rows if r["what"] == "date"]
    assert not dates  # both say "on Monday": resolved against their own dates to the same day


def test_events_filters(seed_store) -> None:  # type: ignore[no-untyped-def]
    may = queries.run_named(seed_store, "events", {"since": "2021-05-01", "until": "2021-05-31"}).rows
    assert may and all(str(queries.plain(r["date"])).startswith("2021-05") for r in may)
    taliban = queries.run_named(seed_store, "events", {"actor": "Taliban", "type": "Attack"}).rows
    assert taliban and all(queries.plain(r["eventType"]) in ("Attack", "Airstrike", "Bombing") for r in taliban)
    in_afghanistan = queries.run_named(seed_store, "events", {"place": "Afghanistan"}).rows
    assert {"Kunduz", "Afghanistan"} <= {queries.plain(r["placeLabel"]) for r in in_afghanistan}
    # Every parameter filters, whichever one the query starts from.
    everywhere = queries.run_named(seed_store, "events", {"actor": "Taliban"}).rows
    in_kunduz = queries.run_named(seed_store, "events", {"actor": "Taliban", "place": "Kunduz"}).rows
    assert in_kunduz and len(in_kunduz) < len(everywhere)
    assert {queries.plain(r["placeLabel"]) for r in in_kunduz} <= {"Kunduz", "Kunduz Province"}
    captures = queries.run_named(seed_store, "events", {"place": "Afghanistan", "type": "Capture"}).rows
    assert captures and {queries.plain(r["eventType"]) for r in captures} == {"Capture"}


def test_nearby_uses_geosparql_distance(seed_store) -> None:  # type: ignore[no-untyped-def]
    near = queries.run_named(seed_store, "nearby", {"place": "Kabul", "km": "300"}).rows
    distances = {queries.plain(r["where"]): queries.plain(r["distanceKm"]) for r in near}
    assert 230 < distances["Kunduz"] < 260  # Kabul-Kunduz is about 243 km
    assert all(d <= 300 for d in distances.values())
    assert queries.run_named(seed_store, "nearby", {"place": "Kabul", "km": "100"}).rows == []


def test_connection_finds_paths_shortest_first(seed_store) -> None:  # type: ignore[no-untyped-def]
    rows = queries.run_named(seed_store, "connection", {"a": "Taliban", "b": "Pentagon"}).rows
    assert rows and queries.plain(rows[0]["hops"]) == 2
    assert "John Kirby" in {queries.plain(r["viaLabel"]) for r in rows}


def test_every_entity_mention_links_to_the_sentence_that_contains_it(seed_store) -> None:  # type: ignore[no-untyped-def]
    _, rows = seed_store.select("""SELECT ?mb ?me ?sb ?se WHERE {
        ?e gaf:denotedBy ?m . ?e a/rdfs:subClassOf* ?root . VALUES ?root { ckg:Actor ckg:Place }
        ?m nif:beginIndex ?mb ; nif:endIndex ?me ; nif:sentence ?s . ?s a nif:Sentence ; nif:beginIndex ?sb ; nif:endIndex ?se }""")
    assert len(rows) > 50
    assert all(int(r["sb"].value) <= int(r["mb"].value) < int(r["me"].value) <= int(r["se"].value) for r in rows)
    _, unlinked = seed_store.select("""SELECT ?m WHERE { ?e gaf:denotedBy ?m ; a ckg:Person . FILTER NOT EXISTS { ?m nif:sentence ?s } }""")
    assert not unlinked


def test_mentions_and_cooccurrence_read_the_sentence(seed_store) -> None:  # type: ignore[no-untyped-def]
    rows = queries.run_named(seed_store, "mentions", {"entity": "John Kirby"}).rows
    assert rows and all(queries.plain(r["anchor"]) in queries.plain(r["sentence"]) for r in rows)
    pairs = {(queries.plain(r["aLabel"]), queries.plain(r["bLabel"])) for r in queries.run_named(seed_store, "cooccurrence").rows}
    assert ("John Kirby", "Pentagon") in pairs or ("Pentagon", "John Kirby") in pairs


def test_pages_follow_the_listing_order(seed_store) -> None:  # type: ignore[no-untyped-def]
    everything = queries.run_named(seed_store, "events").rows
    keys = [(queries.plain(r["source"]), queries.plain(r["event"])) for r in everything]
    assert len(keys) > 20 and [k[0] for k in keys] == sorted(k[0] for k in keys)  # by document
    pages = [queries.run_named(seed_store, "events", limit=10, offset=o).rows for o in range(0, len(keys), 10)]
    assert [(queries.plain(r["source"]), queries.plain(r["event"])) for p in pages for r in p] == keys
    # A ranking's own LIMIT stays the ceiling; a bad page is refused.
    assert len(queries.run_named(seed_store, "central-actors", limit=1000).rows) <= 100
    with pytest.raises(QueryError, match="negative"):
        queries.run_named(seed_store, "events", limit=-1)


def test_cli_query_pages(tmp_path: Path) -> None:
    from tests.conftest import SEEDS, run_cli

    store = str(tmp_path / "store")
    assert run_cli("ingest", str(SEEDS), "--store", store).returncode == 0
    out = run_cli("query", "events", "--limit", "3", "--offset", "2", "--store", store, "--format", "json")
    assert out.returncode == 0, out.stderr
    import json

    assert len(json.loads(out.stdout)) == 3
    assert "more with --offset 5" in out.stderr  # the seeds hold more than five events
    everything = run_cli("query", "events", "--all", "--store", store, "--format", "json")
    total = len(json.loads(everything.stdout))
    assert total > 5 and "more with" not in everything.stderr
    last = run_cli("query", "events", "--limit", "3", "--offset", str(total - 2), "--store", store, "--format", "json")
    assert len(json.loads(last.stdout)) == 2 and "more with" not in last.stderr  # the last page says nothing more


@given(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40),
       st.integers(min_value=0, max_value=(1 << 24) - 2))
def test_order_key_is_document_then_offset(doc: str, other: str, begin: int) -> None:
    from kg.vocab import order_key

    key = order_key(doc, begin)
    assert 0 <= key < 1 << 63  # a signed 64-bit integer, which Oxigraph keeps inline
    assert key < order_key(doc, begin + 1)  # text order within a document
    if doc != other:  # one document's events never interleave with another's
        assert (order_key(doc, 0) < order_key(other, 0)) == (order_key(doc, begin) < order_key(other, 0))
    assert order_key(doc, 10 ** 9) == order_key(doc, (1 << 24) - 1)  # huge offsets clamp, never overflow


def test_every_event_has_one_distinct_order_key(seed_store) -> None:  # type: ignore[no-untyped-def]
    _, rows = seed_store.select("""SELECT ?event (COUNT(?k) AS ?n) (SAMPLE(?k) AS ?key) WHERE {
        ?event a/rdfs:subClassOf* ckg:Event . OPTIONAL { ?event ckg:orderKey ?k } } GROUP BY ?event""")
    assert len(rows) > 20 and all(int(r["n"].value) == 1 for r in rows)
    assert len({r["key"].value for r in rows}) == len(rows)


@pytest.mark.parametrize(("name", "values"), [("events-in-place", {"place": "Afghanistan"}),
                                              ("who-did", {"type": "Event", "target": "Afghanistan"}),
                                              ("casualties", {}), ("nearby", {"place": "Kunduz", "km": "500"})])
def test_entity_centred_pages_concatenate(seed_store, name: str, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    everything = [queries.plain(r["event"]) for r in queries.run_named(seed_store, name, values).rows]
    assert len(everything) >= 3
    pages = [queries.run_named(seed_store, name, values, limit=2, offset=o).rows for o in range(0, len(everything), 2)]
    assert [queries.plain(r["event"]) for p in pages for r in p] == everything


def test_events_in_place_come_in_date_order(seed_store) -> None:  # type: ignore[no-untyped-def]
    rows = queries.run_named(seed_store, "events-in-place", {"place": "Afghanistan"}).rows
    dated = [str(queries.plain(r["date"])) for r in rows if r.get("date") is not None]
    assert len(dated) >= 2 and dated == sorted(dated)


def test_an_event_with_several_targets_is_one_row_with_all_of_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    import io

    from kg.store import KGStore

    store = KGStore(None)
    text = '{"id": "raid", "text": "Pakistani police arrested Ali Khan, Omar Said and Hassan Nouri in Lahore."}\n'
    pipeline.ingest(store, ["-"], stdin=io.StringIO(text))
    arrests = [r for r in queries.run_named(store, "events").rows if queries.plain(r["eventType"]) == "Arrest"]
    assert len(arrests) == 1 and queries.plain(arrests[0]["targetLabel"]) == "Ali Khan; Hassan Nouri; Omar Said"
    in_lahore = queries.run_named(store, "events-in-place", {"place": "Lahore"}).rows
    assert len(in_lahore) == 1 and "Omar Said" in str(queries.plain(in_lahore[0]["targetLabel"]))
    edges = queries.run_named(store, "actor-edges").rows
    assert sorted(queries.plain(r["targetLabel"]) for r in edges) == ["Ali Khan", "Hassan Nouri", "Omar Said"]


def test_same_events_groups_both_reports(conflicting_store) -> None:  # type: ignore[no-untyped-def]
    rows = [{k: queries.plain(v) for k, v in r.items()} for r in queries.run_named(conflicting_store, "same-events").rows]
    killings = [r for r in rows if r["eventType"] == "Killing"]
    assert {r["source"] for r in killings} == {"report-a", "report-b"}, rows
    assert len({r["group"] for r in killings}) == 1 and {r["fatalities"] for r in killings} == {12, 15}, rows
