import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import StoreError, StoreLockedError
from kg.store import KGStore

G = "https://w3id.org/conflict-kg/resource/graph/t"


def quad(s: str, o: str) -> ox.Quad:
    return ox.Quad(ox.NamedNode(f"http://ex/{s}"), ox.NamedNode("http://ex/p"), ox.Literal(o), ox.NamedNode(G))


def test_replace_graph_replaces_never_duplicates(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "s")
    store.replace_graph(G, [quad("a", "1"), quad("b", 'with "quotes" and\nnewline }')])
    store.replace_graph(G, [quad("a", "2")])
    assert len(store) == 1
    _, rows = store.select("SELECT ?o WHERE { ?s ?p ?o }")
    assert [r["o"].value for r in rows] == ["2"]


def test_a_failed_write_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "s")
    store.replace_graph(G, [quad("a", "1")])
    bad = ox.Quad(ox.NamedNode("http://ex/a"), ox.NamedNode("http://ex/p"), ox.Literal("x"), ox.NamedNode(G))
    # A graph name that breaks the INSERT makes the whole transaction fail: nothing dropped, nothing added.
    with pytest.raises(StoreError):
        store.replace_graph(G + "> <bad", [bad])
    _, rows = store.select("SELECT ?o WHERE { ?s ?p ?o }")
    assert [r["o"].value for r in rows] == ["1"]


def test_a_locked_store_is_named_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "s"
    KGStore(path).replace_graph(G, [quad("a", "1")])
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time, pyoxigraph
        s = pyoxigraph.Store({str(path)!r}); print("ready", flush=True); time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError) as info:
            KGStore(path)
        assert "locked by another process" in str(info.value) and str(path) in str(info.value)
        reader = KGStore(path, read_only=True)  # readers still work
        assert len(reader) == 1
    finally:
        holder.kill()
        holder.wait()


def test_missing_store_for_reading(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        KGStore(tmp_path / "nothing", read_only=True)


def test_dump_is_atomic_and_keeps_graphs(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "s")
    store.replace_graph(G, [quad("a", "1")])
    out = tmp_path / "all.nq"
    store.dump(out)
    assert f"<{G}>" in out.read_text()
    with pytest.raises(StoreError):
        store.dump(tmp_path / "all.xyz")
    assert not list(tmp_path.glob(".all.xyz*"))
