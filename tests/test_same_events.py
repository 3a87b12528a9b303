"""One event told by several articles: linked across documents, and counted once in tolls. Real model,
real Oxigraph store; the articles are written for the rule they check."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import ask, queries
from kg.same_events import SAME_EVENTS_GRAPH
from kg.store import KGStore


@pytest.fixture
def store_of(pipeline, tmp_path):  # type: ignore[no-untyped-def]
    """{file name: article} -> a fresh in-memory store with the articles ingested."""

    def run(articles: dict[str, str]) -> KGStore:
        for name, text in articles.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
        store = KGStore(None)
        report = pipeline.ingest(store, [str(tmp_path / name) for name in articles])
        assert report.added == len(articles) and not report.problems
        return store

    return run


def _links(store: KGStore) -> set[tuple[str, str, str]]:
    """(class, document of one report, document of the other) for each same-event link."""
    _, rows = store.select(f"""SELECT ?cls ?d1 ?d2 WHERE {{ GRAPH <{SAME_EVENTS_GRAPH}> {{ ?a ckg:sameEventAs ?b }}
        ?a a ?cls ; gaf:denotedBy/nif:referenceContext/ckg:sourceId ?d1 .
        ?b gaf:denotedBy/nif:referenceContext/ckg:sourceId ?d2 . }}""")
    return {(r["cls"].value.split("#")[1], Path(r["d1"].value).stem, Path(r["d2"].value).stem) for r in rows}


def test_two_wires_on_one_attack_are_one_event_counted_once(store_of) -> None:  # type: ignore[no-untyped-def]
    store = store_of({
        "afp.txt": "date 2024-06-15\nIslamic State militants attacked a police checkpoint in Jalalabad on Friday, "
                   "killing six officers.\n",
        "ap.txt": "date 2024-06-15\nSix policemen were killed on Friday when gunmen stormed a checkpoint in Jalalabad, "
                  "officials said.\n",
        "other.txt": "date 2024-06-15\nGunmen killed four policemen in Jalalabad on Tuesday.\n",
    })
    links = _links(store)
    assert ("Killing", "afp", "ap") in links or ("Killing", "ap", "afp") in links, links
    assert not any("other" in (a, b) for _, a, b in links), links  # another day is another event
    rows = queries.run_named(store, "casualty-totals").rows
    assert sum(int(queries.plain(r["killed"])) for r in rows) == 10, rows  # 6 once, and 4
    assert sum(int(queries.plain(r["reports"])) for r in rows) == 3, rows
    answer = ask.answer(store, "How many people were killed in Jalalabad?")
    assert answer.headline.startswith("Reported 10 people killed (sum over 2 event(s) in 3 report(s))"), answer.headline


def test_a_capture_told_twice_is_one_event_whatever_the_day(store_of) -> None:  # type: ignore[no-untyped-def]
    store = store_of({
        "one.txt": "date 2024-06-15\nTaliban fighters captured the town of Ghormach on Sunday.\n",
        "two.txt": "date 2024-06-20\nThe Taliban seized Ghormach, a district centre, earlier this month.\n",
        "three.txt": "date 2024-06-20\nGovernment forces captured Ghormach on Wednesday.\n",  # another agent
    })
    links = _links(store)
    assert {c for c, *_ in links} == {"Capture"}, links
    assert {frozenset((a, b)) for _, a, b in links} == {frozenset(("one", "two"))}, links


def test_attacks_on_different_days_or_by_different_agents_stay_apart(store_of) -> None:  # type: ignore[no-untyped-def]
    store = store_of({
        "mon.txt": "date 2024-06-15\nIsraeli airstrikes hit Rafah on Monday, killing 12 people.\n",
        "tue.txt": "date 2024-06-15\nIsraeli airstrikes hit Rafah on Tuesday, killing 9 people.\n",
        "hamas.txt": "date 2024-06-15\nHamas fighters attacked troops in Rafah on Monday.\n",
        "month.txt": "date 2024-06-15\nIsraeli airstrikes hit Rafah this month, killing 40 people.\n",
    })
    assert not _links(store)
    rows = queries.run_named(store, "casualty-totals").rows
    assert sum(int(queries.plain(r["killed"])) for r in rows) == 61, rows


def test_re_ingest_keeps_the_links_and_removing_an_article_drops_them(store_of, pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = store_of({
        "a.txt": "date 2024-06-15\nRSF fighters captured the town of Singa on Saturday.\n",
        "b.txt": "date 2024-06-16\nThe RSF took control of Singa on Saturday, residents said.\n",
    })
    before = _links(store)
    assert before
    (tmp_path / "b.txt").write_text("date 2024-06-16\nThe army shelled Omdurman on Saturday.\n", encoding="utf-8")
    pipeline.ingest(store, [str(tmp_path / "b.txt")])
    assert not _links(store)


def test_the_timeline_counts_the_event_once_and_exports_link_the_reports(store_of, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kg.export import projections, table, writers
    from kg.export.timeline import counts

    store = store_of({
        "afp.txt": "date 2024-06-15\nIslamic State militants attacked a police checkpoint in Jalalabad on Friday, "
                   "killing six officers.\n",
        "ap.txt": "date 2024-06-15\nSix policemen were killed on Friday when gunmen stormed a checkpoint in Jalalabad, "
                  "officials said.\n",
    })
    events = table.load(store)
    killings = [e for e in events.events if e.type == "Killing"]
    assert len(killings) == 2 and len({e.same_event for e in killings}) == 1, killings
    bins, _ = counts(events, "day", "type")
    assert sum(c["Killing"] for c in bins.values()) == 1, bins
    graph = projections.events(events)
    same = [(a, b) for a, b, key in graph.edges(keys=True) if key == "sameEventAs"]
    assert len(same) >= 2, same  # the killing and the attack
    out = tmp_path / "events.gexf"
    writers.write_graph(graph, out)
    assert "sameEventAs" in out.read_text(encoding="utf-8")
