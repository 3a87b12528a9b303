from pathlib import Path

import networkx as nx
import pytest

from kg.errors import ExportError
from kg.export import build, export
from tests.conftest import shared_path

pytestmark = pytest.mark.model


def validate(path: Path) -> None:
    from lxml import etree

    grammar = etree.RelaxNG(etree.parse(str(shared_path("schemas", "gexf-1.3", "gexf-lenient.rng"))))
    assert grammar.validate(etree.parse(str(path))), grammar.error_log


@pytest.mark.parametrize("kind", ["actors", "events"])
def test_gexf_validates_against_the_gexf_1_3_grammar(seed_store, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"{kind}.gexf"
    nodes, edges = export(seed_store, out, kind)
    assert nodes > 2 and edges > 2
    text = out.read_text(encoding="utf-8")
    assert 'version="1.3"' in text and 'xmlns="http://gexf.net/1.3"' in text and "viz:color" in text
    validate(out)


def test_actor_edges_are_one_per_event_never_merged(seed_store) -> None:  # type: ignore[no-untyped-def]
    graph = build(seed_store, "actors")
    keys = [k for _, _, k in graph.edges(keys=True)]
    assert len(keys) == len(set(keys)) == graph.number_of_edges()
    assert graph.has_edge("taliban", "kunduz") and graph.has_edge("united-states", "taliban")
    for _, data in graph.nodes(data=True):
        assert all(isinstance(v, (str, int, float, dict)) for v in data.values())


def test_graphml_round_trips_through_networkx(seed_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "events.graphml"
    nodes, edges = export(seed_store, out, "events")
    back = nx.read_graphml(out, force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (nodes, edges)
    roles = {d.get("role") for _, _, d in back.edges(data=True)}
    assert {"agent", "place"} <= roles


def test_bad_format_writes_nothing(seed_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ExportError, match="unknown export format"):
        export(seed_store, tmp_path / "x.png")
    with pytest.raises(ExportError, match="does not exist"):
        export(seed_store, tmp_path / "no" / "x.gexf")
    assert list(tmp_path.iterdir()) == []
