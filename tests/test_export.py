import json
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from kg.errors import ExportError
from kg.export import GRAPHS, build, export
from kg.export.table import Filters
from kg.vocab import entity_iri
from tests.conftest import ROOT, shared_path

pytestmark = pytest.mark.model
JS = ROOT / "tests" / "js"


def validate(path: Path) -> None:
    from lxml import etree

    grammar = etree.RelaxNG(etree.parse(str(shared_path("schemas", "gexf-1.3", "gexf-lenient.rng"))))
    assert grammar.validate(etree.parse(str(path))), grammar.error_log


def node_js(script: str, *args: str) -> dict:  # type: ignore[type-arg]
    if shutil.which("node") is None or not (JS / "node_modules").is_dir():
        pytest.skip("node or tests/js/node_modules absent (make test installs them with npm)")
    out = subprocess.run(["node", str(JS / script), *args], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("kind", GRAPHS)
def test_every_projection_validates_and_parses_in_graphology(seed_store, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"{kind}.gexf"
    nodes, edges = export(seed_store, out, kind)
    assert nodes >= 2 and edges >= 1
    text = out.read_text(encoding="utf-8")
    assert 'version="1.3"' in text and 'xmlns="http://gexf.net/1.3"' in text and "viz:color" in text
    validate(out)
    parsed = node_js("gexf_parse.mjs", str(out))
    assert (parsed["order"], parsed["size"]) == (nodes, edges)


def test_node_metrics_are_typed_and_deterministic(seed_store) -> None:  # type: ignore[no-untyped-def]
    first, second = build(seed_store, "cooccurrence"), build(seed_store, "cooccurrence")
    for node, data in first.nodes(data=True):
        for key, kind in (("degree", int), ("weightedDegree", float), ("betweenness", float), ("pagerank", float),
                          ("community", int)):
            assert type(data[key]) is kind, (node, key)
        assert data == second.nodes[node]
    assert len({d["community"] for _, d in first.nodes(data=True)}) >= 2


def test_actor_edges_are_one_per_event_never_merged(seed_store) -> None:  # type: ignore[no-untyped-def]
    graph = build(seed_store, "actors")
    keys = [k for _, _, k in graph.edges(keys=True)]
    assert len(keys) == len(set(keys)) == graph.number_of_edges()
    assert graph.has_edge("taliban", "kunduz") and graph.has_edge("united-states", "taliban")
    for _, _, data in graph.edges(data=True):
        assert data["source"] and data["sentence"] and data["eventType"]


def test_dated_edges_have_spells_and_a_static_date(seed_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "events.gexf"
    export(seed_store, out, "events")
    text = out.read_text(encoding="utf-8")
    assert 'timeformat="date"' in text and 'start="2021-05-02"' in text and 'value="2021-05-02"' in text
    assert 'start="2021-05-01"' in text  # a month-precision date starts on its first day


def test_places_carry_coordinates(seed_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    graph = build(seed_store, "places")
    kunduz = graph.nodes["kunduz"]
    assert kunduz["events"] >= 1 and abs(kunduz["latitude"] - 36.73) < 0.1 and abs(kunduz["longitude"] - 68.87) < 0.1
    out = tmp_path / "places.gexf"
    export(seed_store, out, "places")
    assert "viz:position" in out.read_text(encoding="utf-8")


def test_filters(seed_store) -> None:  # type: ignore[no-untyped-def]
    everything = build(seed_store, "events", metrics=False)
    attacks = build(seed_store, "events", Filters(types=("Attack",)), metrics=False)
    kinds = {d["eventType"] for _, d in attacks.nodes(data=True) if d["type"] == "Event"}
    assert kinds and kinds <= {"Attack", "Airstrike", "Bombing"}
    may = build(seed_store, "events", Filters(since="2021-05-01", until="2021-05-31"), metrics=False)
    dates = {d["date"] for _, d in may.nodes(data=True) if d["type"] == "Event"}
    assert dates and all(d.startswith("2021-05") for d in dates)
    taliban = build(seed_store, "actors", Filters(actor=entity_iri("taliban")), metrics=False)
    assert all("taliban" in (u, v) for u, v in taliban.edges())
    heavy = build(seed_store, "actors", Filters(min_weight=2), metrics=False)
    assert 0 < heavy.number_of_edges() < everything.number_of_edges()
    pairs = {(u, v) for u, v in heavy.edges()}
    assert all(heavy.number_of_edges(u, v) + heavy.number_of_edges(v, u) >= 2 for u, v in pairs)


def test_graphml_round_trips_with_the_same_attributes(seed_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "cooc.graphml"
    nodes, edges = export(seed_store, out, "cooccurrence")
    back = nx.read_graphml(out, force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (nodes, edges)
    original = build(seed_store, "cooccurrence")
    for node, data in back.nodes(data=True):
        for key in ("label", "type", "degree", "pagerank", "community"):
            assert data[key] == original.nodes[node][key], (node, key)
        assert data["color"].startswith("#")


def test_bad_format_writes_nothing(seed_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ExportError, match="unknown export format"):
        export(seed_store, tmp_path / "x.png")
    with pytest.raises(ExportError, match="does not exist"):
        export(seed_store, tmp_path / "no" / "x.gexf")
    with pytest.raises(ExportError, match="unknown graph"):
        build(seed_store, "nonsense")
    assert list(tmp_path.iterdir()) == []


def test_sanitiser_handles_what_networkx_mishandles() -> None:
    import numpy as np

    from kg.export.writers import sanitised

    g = nx.MultiDiGraph()
    g.add_node("a", label="A", type="Person", score=np.float64(0.5), tags=["x", "y"], missing=None, flag=True,
               degree=np.int64(3))
    g.add_node("b", label="B", type="City", score=2, degree=1)
    g.add_edge("a", "b", key="e", weight=np.float32(1.5), note=None)
    out = sanitised(g, gexf=True)
    a = out.nodes["a"]
    assert a["score"] == 0.5 and type(out.nodes["b"]["score"]) is float  # one type per key
    assert a["tags"] == "x, y" and "missing" not in a and a["flag"] == "true" and type(a["degree"]) is int
    assert all(type(c) is int for k, c in a["viz"]["color"].items() if k != "a")
    assert out.edges["a", "b", "e"] == {"weight": 1.5}


def test_regression_exports_are_not_private_files(seed_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Found in use: files written through mkstemp kept mode 0600 after the rename.
    import os

    from kg.export import timeline

    mask = os.umask(0o022)
    try:
        gexf, png = tmp_path / "a.gexf", tmp_path / "t.png"
        export(seed_store, gexf)
        timeline(seed_store, png)
        seed_store.dump(tmp_path / "all.nq")
        for path in (gexf, png, tmp_path / "all.nq"):
            assert path.stat().st_mode & 0o777 == 0o644, path
    finally:
        os.umask(mask)


def test_what_was_denied_or_planned_is_no_actor_edge_but_keeps_its_status(ingest_article, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kg import queries

    store = ingest_article("sudan.txt", "date 2024-05-10\nThe Sudanese Armed Forces denied that they had attacked the Rapid Support "
                       "Forces in Omdurman. The Rapid Support Forces attacked the Sudanese Armed Forces in Khartoum "
                       "on Monday.\n")
    actors = build(store, "actors", metrics=False)
    assert [(a, t) for a, t in actors.edges()] == [("rapid-support-forces", "sudanese-armed-forces")]
    statuses = {d.get("status") for _, d in build(store, "events", metrics=False).nodes(data=True) if d["type"] == "Event"}
    assert statuses == {"Negated", None}
    dyads = [(queries.plain(r["agentLabel"]), queries.plain(r["events"])) for r in queries.run_named(store, "dyads").rows]
    assert dyads == [("Rapid Support Forces", 1)]
    out = tmp_path / "events.gexf"
    export(store, out, "events")
    validate(out)
