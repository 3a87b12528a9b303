"""End to end through the real model and a real store; the seeds gold is a development check."""

from pathlib import Path

import pytest

from kg.store import KGStore
from tests.conftest import SEEDS

pytestmark = pytest.mark.model


def nquads(store: KGStore) -> list[str]:
    _, rows = store.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    return sorted(f"{r['g']} {r['s']} {r['p']} {r['o']}" for r in rows)


def test_reingest_is_idempotent(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = KGStore(tmp_path / "store")
    first = pipeline.ingest(store, [str(SEEDS)])
    before = nquads(store)
    second = pipeline.ingest(store, [str(SEEDS)])
    assert (first.added, second.added, second.unchanged, second.quads) == (2, 0, 2, 0)
    assert nquads(store) == before


def test_a_changed_document_replaces_its_graph(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = KGStore(tmp_path / "store")
    article = tmp_path / "a.txt"
    article.write_text("date: 2021-08-01\nThe Taliban captured Kandahar on Friday.", encoding="utf-8")
    pipeline.ingest(store, [str(article)])
    article.write_text("date: 2021-08-01\nGovernment forces recaptured Herat on Friday.", encoding="utf-8")
    report = pipeline.ingest(store, [str(article)])
    assert report.replaced == 1
    _, rows = store.select("SELECT DISTINCT ?l WHERE { ?e gaf:denotedBy ?m ; rdfs:label ?l }")
    labels = {r["l"].value for r in rows}
    assert "Herat" in labels and "Kandahar" not in labels  # nothing stale left behind


def test_iris_are_deterministic(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = KGStore(tmp_path / "a"), KGStore(tmp_path / "b")
    pipeline.ingest(a, [str(SEEDS)])
    pipeline.ingest(b, [str(SEEDS / "003_d4371d01881c24d1.txt"), str(SEEDS / "000_5b6645cec48d2afd.txt")])
    assert nquads(a) == nquads(b)  # same clock, any order: the same graph


def test_one_iri_per_entity_across_documents(seed_store) -> None:  # type: ignore[no-untyped-def]
    _, rows = seed_store.select("""SELECT ?e (COUNT(DISTINCT ?doc) AS ?docs) WHERE {
        ?e gaf:denotedBy/nif:referenceContext ?doc } GROUP BY ?e""")
    docs = {r["e"].value.rsplit("/", 1)[-1]: int(r["docs"].value) for r in rows}
    for key in ("taliban", "united-states", "afghanistan", "kunduz", "helmand-province"):
        assert docs.get(key) == 2, key
    assert "us" not in docs and "america" not in docs


def test_every_mention_offset_is_exact(seed_store) -> None:  # type: ignore[no-untyped-def]
    _, rows = seed_store.select("""SELECT ?text ?b ?e ?a WHERE {
        ?m nif:referenceContext ?d ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a . ?d ckg:text ?text }""")
    assert len(rows) > 100
    for r in rows:
        assert r["text"].value[int(r["b"].value):int(r["e"].value)] == r["a"].value


def test_provenance_per_graph(seed_store) -> None:  # type: ignore[no-untyped-def]
    _, rows = seed_store.select("""SELECT ?g ?doc ?t ?model ?v WHERE { GRAPH ?g {
        ?g prov:wasDerivedFrom ?doc ; prov:generatedAtTime ?t ; prov:wasGeneratedBy ?a .
        ?a ckg:model ?model ; ckg:kgVersion ?v . ?doc a ckg:Document } }""")
    assert len(rows) == 2
    assert all("core_web_sm" in r["model"].value and r["t"].value.startswith("2026-01-01") for r in rows)
