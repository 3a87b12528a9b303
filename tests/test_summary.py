"""The summary graph: derived counts that must equal what the article graphs say, after every write."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import curate, queries, summary
from kg.store import KGStore
from tests.conftest import SEEDS

pytestmark = pytest.mark.model

# The same totals computed straight from the article graphs, the slow way the summary replaces.
DIRECT_DYADS = """SELECT ?agent ?cls ?target (COUNT(DISTINCT ?event) AS ?n) WHERE {
  ?event ckg:agent ?agent ; ckg:target ?target ; a ?cls . FILTER(?agent != ?target) } GROUP BY ?agent ?cls ?target"""
DIRECT_DEGREE = """SELECT ?actor (COUNT(DISTINCT ?other) AS ?degree) (COUNT(DISTINCT ?event) AS ?events) WHERE {
  VALUES ?r1 { ckg:agent ckg:target ckg:audience ckg:recipient } ?event ?r1 ?actor .
  OPTIONAL { ?event ckg:agent|ckg:target|ckg:audience|ckg:recipient ?other . FILTER(?other != ?actor) } } GROUP BY ?actor"""


def _direct(store: KGStore, sparql: str, *keys: str) -> set[tuple[str, ...]]:
    return {tuple(str(r[k].value) for k in keys) for r in store.select(sparql)[1]}


def _dyads(store: KGStore) -> set[tuple[str, ...]]:
    _, rows = store.select("""SELECT ?a ?c ?t ?n WHERE { ?row ckg:dyadAgent ?a ; ckg:dyadClass ?c ; ckg:dyadTarget ?t ;
                              ckg:eventCount ?n }""")
    return {(r["a"].value, r["c"].value, r["t"].value, r["n"].value) for r in rows}


def _degrees(store: KGStore) -> set[tuple[str, ...]]:
    _, rows = store.select("SELECT ?actor ?d ?e WHERE { ?actor ckg:degree ?d ; ckg:eventCount ?e }")
    return {(r["actor"].value, r["d"].value, r["e"].value) for r in rows}


def test_the_summary_equals_the_direct_aggregates(seed_store) -> None:  # type: ignore[no-untyped-def]
    assert SEEDS.exists() and summary.SUMMARY_GRAPH in seed_store.named_graphs()
    dyads = _dyads(seed_store)
    assert dyads and dyads == _direct(seed_store, DIRECT_DYADS, "agent", "cls", "target", "n")
    assert _degrees(seed_store) == _direct(seed_store, DIRECT_DEGREE, "actor", "degree", "events")


def test_refresh_is_idempotent_and_never_reads_itself(seed_store) -> None:  # type: ignore[no-untyped-def]
    before = sorted(str(q) for q in summary.build(seed_store))
    after = sorted(str(q) for q in summary.build(seed_store))
    assert before == after and len(before) > 100


def test_each_ingest_updates_the_summary(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = KGStore(None)
    first = sorted(SEEDS.glob("*.txt"))[0]
    pipeline.ingest(store, [str(first)])
    one = _dyads(store)
    pipeline.ingest(store, [str(SEEDS)])
    both = _dyads(store)
    assert one and both != one and both == _direct(store, DIRECT_DYADS, "agent", "cls", "target", "n")


def test_a_store_without_a_summary_gets_one_on_the_next_ingest(pipeline) -> None:  # type: ignore[no-untyped-def]
    store = KGStore(None)
    pipeline.ingest(store, [str(SEEDS)])
    store.replace_graph(summary.SUMMARY_GRAPH, [])  # as a store written by kg 0.1.0 has none
    assert not queries.run_named(store, "central-actors").rows
    report = pipeline.ingest(store, [str(SEEDS)])
    assert report.unchanged == 2 and queries.run_named(store, "central-actors").rows


def test_merge_updates_the_summary(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = KGStore(None)
    pipeline.ingest(store, [str(SEEDS)])
    curate.merge(store, tmp_path / "kg.curation.json", "Ashraf Ghani", "John Kirby")
    assert _degrees(store) == _direct(store, DIRECT_DEGREE, "actor", "degree", "events")
    labels = {queries.plain(r["label"]) for r in queries.run_named(store, "central-actors").rows}
    assert "Ashraf Ghani" not in labels


def test_rankings_order_by_count_then_iri(seed_store) -> None:  # type: ignore[no-untyped-def]
    for count in ("mentionCount", "weight"):
        _, rows = seed_store.select(f"SELECT ?s ?n ?rank WHERE {{ GRAPH <{summary.SUMMARY_GRAPH}> {{ ?s ckg:{count} ?n ; ckg:rank ?rank }} }}")
        ranked = sorted(rows, key=lambda r: int(r["rank"].value))
        assert len(rows) > 10 and [int(r["rank"].value) for r in ranked] == list(range(1, len(rows) + 1))
        assert [(-int(r["n"].value), r["s"].value) for r in ranked] == sorted((-int(r["n"].value), r["s"].value) for r in rows)
    # entities lists them in that order, with their class
    listed = queries.run_named(seed_store, "entities").rows
    counts = [queries.plain(r["mentions"]) for r in listed]
    assert counts == sorted(counts, reverse=True) and all(r["entityType"] is not None for r in listed)
    orgs = queries.run_named(seed_store, "entities", {"type": "Organisation"}).rows
    assert orgs and len(orgs) < len(listed)
