from pathlib import Path

import pytest

from kg import queries
from kg.errors import QueryError

pytestmark = pytest.mark.model
SAMPLE = {"type": "Capture", "target": "Kunduz", "place": "Kunduz", "person": "John Kirby", "actor": "Taliban",
          "entity": "Taliban", "fact": "taliban", "speaker": "John Kirby", "about": "Withdrawal", "agent": "Taliban"}


def test_every_shipped_query_is_documented() -> None:
    shipped = queries.load_all()
    assert len(shipped) >= 12
    for q in shipped.values():
        assert q.title and q.title != q.name, q.name
        assert q.description, q.name
        assert q.example.startswith("kg query"), q.name
        for p in q.params:
            assert f"?{p.name}" in q.text.split("WHERE")[0], f"{q.name}: parameter {p.name} must be projected"


@pytest.mark.parametrize("name", sorted(queries.load_all()))
def test_every_shipped_query_runs_and_returns_rows_on_the_seeds(seed_store, name: str) -> None:  # type: ignore[no-untyped-def]
    q = queries.load(name)
    values = {p.name: SAMPLE[p.name] for p in q.params if p.default is None}
    result = queries.run(seed_store, q, values)
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
