"""kg entities / merge / split: a user's decision rewrites the store now and holds for later ingests."""

import json
import shutil
from pathlib import Path

import pytest

from kg import curate, curation
from kg.errors import KGError
from kg.store import KGStore
from tests.conftest import SEEDS, run_cli

pytestmark = pytest.mark.model
CNN = "003_d4371d01881c24d1"


def _ingest(pipeline, store: KGStore, paths: list[str]) -> None:  # type: ignore[no-untyped-def]
    pipeline.ingest(store, paths)


def _entities(store: KGStore) -> dict[str, tuple[str, set[str]]]:
    """IRI -> (label, documents mentioning it)."""
    _, rows = store.select("""SELECT ?e ?l ?doc WHERE { ?e rdfs:label ?l ; gaf:denotedBy/nif:referenceContext/ckg:sourceId ?doc }""")
    out: dict[str, tuple[str, set[str]]] = {}
    for r in rows:
        out.setdefault(r["e"].value, (r["l"].value, set()))[1].add(r["doc"].value)
    return out


def test_merge_rewrites_the_store_and_later_ingests_follow(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kg.pipeline import Pipeline

    store, path = KGStore(None), tmp_path / "kg.curation.json"
    _ingest(pipeline, store, [str(SEEDS)])
    change = curate.merge(store, path, "Ashraf Ghani", "John Kirby")
    assert change.into == "John Kirby (Person, john-kirby)" and change.quads > 0
    after = _entities(store)
    assert not any(label == "Ashraf Ghani" for label, _ in after.values())
    _, rows = store.select("SELECT ?alt WHERE { ?e rdfs:label 'John Kirby' ; skos:altLabel ?alt }")
    assert "Ashraf Ghani" in {r["alt"].value for r in rows}
    # A fresh store built with the curation file resolves the same way.
    fresh = KGStore(None)
    Pipeline(lexicon=pipeline.lexicon, curation=curation.load(path)).ingest(fresh, [str(SEEDS)])
    assert {iri for iri in _entities(fresh)} == {iri for iri in after}


def test_split_moves_one_documents_mentions(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kg.pipeline import Pipeline

    store, path = KGStore(None), tmp_path / "kg.curation.json"
    _ingest(pipeline, store, [str(SEEDS)])
    curate.split(store, path, "Kunduz", CNN, "Kunduz (CNN report)")
    found = {label: docs for label, docs in _entities(store).values()}
    assert found["Kunduz (CNN report)"] == {CNN} and CNN not in found["Kunduz"]
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["split"][0]["key"] == "kunduz" and saved["split"][0]["doc"] == CNN
    fresh = KGStore(None)
    Pipeline(lexicon=pipeline.lexicon, curation=curation.load(path)).ingest(fresh, [str(SEEDS)])
    assert {label: docs for label, docs in _entities(fresh).values()}["Kunduz (CNN report)"] == {CNN}


def test_curation_errors_are_clear(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, path = KGStore(None), tmp_path / "kg.curation.json"
    _ingest(pipeline, store, [str(SEEDS)])
    before = len(store)
    with pytest.raises(KGError, match="no entity named 'Kundus'.*did you mean Kunduz"):
        curate.merge(store, path, "Kundus", "Taliban")
    with pytest.raises(KGError, match="already one entity"):
        curate.merge(store, path, "the US", "America")
    with pytest.raises(KGError, match="says nothing about Deborah Lyons"):
        curate.split(store, path, "Deborah Lyons", CNN, "Someone else")
    with pytest.raises(KGError, match="is Kunduz itself"):
        curate.split(store, path, "Kunduz", CNN, "Kunduz city")
    assert len(store) == before and not path.exists()


def test_bad_curation_file_stops_ingest_with_file_and_line(tmp_path: Path) -> None:
    store = tmp_path / "store"
    (tmp_path / "store.curation.json").write_text('{"merge": {\n  "a": }\n', encoding="utf-8")
    result = run_cli("ingest", str(SEEDS), "--store", str(store))
    assert result.returncode == 1 and "store.curation.json:2: curation file is not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr and not store.exists()


def test_cli_entities_merge_split(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_cli("ingest", str(SEEDS), "--store", str(store)).returncode == 0
    listed = json.loads(run_cli("entities", "--type", "Person", "--store", str(store), "--format", "json").stdout)
    assert {"John Kirby", "Deborah Lyons"} <= {r["label"] for r in listed} and all(r["mentions"] >= 1 for r in listed)
    result = run_cli("merge", "Joe Biden", "United States", "--store", str(store))
    assert result.returncode == 0 and "merged Joe Biden into United States (Country" in result.stdout
    assert (tmp_path / "store.curation.json").exists()
    bad = run_cli("split", "Nobody Atall", "--doc", CNN, "--as", "X", "--store", str(store))
    assert bad.returncode == 1 and bad.stderr.startswith("kg: no entity named") and "Traceback" not in bad.stderr


def test_resolution_does_not_depend_on_document_order(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = sorted(SEEDS.glob("*.txt"))
    stores = []
    for order in (files, files[::-1]):
        folder = tmp_path / f"o{len(stores)}"
        folder.mkdir()
        store = KGStore(None)
        for f in order:
            shutil.copy(f, folder / f.name)
            _ingest(pipeline, store, [str(folder / f.name)])
        stores.append({iri: label for iri, (label, _) in _entities(store).items()})
    assert stores[0] == stores[1]


def test_split_into_an_existing_entity(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """ "Kunduz" in one report meant the province: its mentions move to the gazetteer's province."""
    store, path = KGStore(None), tmp_path / "kg.curation.json"
    _ingest(pipeline, store, [str(SEEDS)])
    change = curate.split(store, path, "Kunduz", CNN, "Kunduz province")
    assert change.into == "Kunduz (Province, kunduz-province)"
    found = _entities(store)
    province = found["https://w3id.org/conflict-kg/resource/entity/kunduz-province"]
    assert CNN in province[1]
    _, rows = store.select("SELECT ?t WHERE { <https://w3id.org/conflict-kg/resource/entity/kunduz-province> a ?t }")
    assert {r["t"].value.split("#")[1] for r in rows} == {"Province"}  # the city's type did not follow
