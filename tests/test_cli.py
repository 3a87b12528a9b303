"""The real `kg` command in a subprocess: exit codes, one-line errors, no tracebacks, stores untouched."""

import json
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, run_cli, shared_path

pytestmark = pytest.mark.model
COMMANDS = ["ingest", "queries", "query", "sparql", "ask", "stats", "export", "view", "timeline", "serve", "dump", "eval",
            "entities", "merge", "split"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    result = run_cli("ingest", str(SEEDS), "--store", str(path))
    assert result.returncode == 0, result.stderr
    assert "2 added" in result.stdout
    return path


def snapshot(store: Path, tmp_path: Path) -> str:
    out = tmp_path / "snap.nq"
    assert run_cli("dump", str(out), "--store", str(store)).returncode == 0
    return "\n".join(sorted(out.read_text(encoding="utf-8").splitlines()))


def one_line_error(result) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("kg: "), result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0 and "Example:" in result.stdout


def test_readme_shows_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert re.search(rf"kg {command}\b", readme), command


def test_ask_and_exit_codes(store: Path) -> None:
    ok = run_cli("ask", "Who captured Kunduz?", "--store", str(store))
    assert ok.returncode == 0 and "Taliban" in ok.stdout and "003_d4371d01881c24d1" in ok.stdout
    as_json = json.loads(run_cli("ask", "Who captured Kunduz?", "--store", str(store), "--format", "json",
                                 "--show-sparql").stdout)
    assert as_json["query"] == "who-did" and "SELECT" in as_json["sparql"]
    unknown = run_cli("ask", "Why is the sky blue?", "--store", str(store))
    assert unknown.returncode == 3 and "can't answer that yet" in unknown.stderr


def test_query_formats(store: Path) -> None:
    piped = run_cli("query", "who-did", "-p", "type=Capture", "-p", "target=Kunduz", "--store", str(store))
    assert json.loads(piped.stdout)[0]["agentLabel"] == "Taliban"  # JSON when piped
    csv_out = run_cli("query", "entity-types", "--format", "csv", "--store", str(store)).stdout
    assert csv_out.splitlines()[0] == "entityType,entities"
    tsv_out = run_cli("query", str(ROOT / "queries" / "event-types.rq"), "--format", "tsv", "--store", str(store))
    assert tsv_out.stdout.startswith("eventType\tevents")


def test_stats_and_sparql(store: Path) -> None:
    stats = run_cli("stats", "--store", str(store)).stdout
    assert "documents: 2" in stats and "ArmedGroup" in stats and "Capture" in stats
    rows = json.loads(run_cli("sparql", "SELECT ?l WHERE { ?e a ckg:ArmedGroup ; rdfs:label ?l }", "--store",
                              str(store)).stdout)
    assert {"l": "Taliban"} in rows


def test_export_gexf_validates(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.gexf"
    result = run_cli("export", str(out), "--store", str(store))
    assert result.returncode == 0 and out.exists()
    from lxml import etree

    grammar = etree.RelaxNG(etree.parse(str(shared_path("schemas", "gexf-1.3", "gexf-lenient.rng"))))
    assert grammar.validate(etree.parse(str(out)))


def test_dump_trig(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.trig"
    assert run_cli("dump", str(out), "--store", str(store)).returncode == 0
    assert "prov:wasDerivedFrom" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "expected"), [
    (["ingest", "no/such/file.txt"], "no such file or directory"),
    (["query", "nope"], "unknown query 'nope'"),
    (["query", "who-did", "-p", "type=Capture"], "needs -p target"),
    (["sparql", "SELECT WHERE {"], "SPARQL syntax error"),
    (["export", "x.png"], "unknown export format"),
])
def test_bad_input_one_line_and_store_unchanged(store: Path, tmp_path: Path, args: list[str], expected: str) -> None:
    before = snapshot(store, tmp_path)
    result = run_cli(*args, "--store", str(store), cwd=tmp_path)
    one_line_error(result) if args[0] != "ingest" else None
    assert expected in result.stderr
    assert snapshot(store, tmp_path) == before


@pytest.mark.parametrize("content", [b"", b"\x00\x01binary", "caf\u00e9".encode("latin-1")])
def test_bad_file_leaves_the_store_as_it_was(store: Path, tmp_path: Path, content: bytes) -> None:
    before = snapshot(store, tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run_cli("ingest", str(bad), "--store", str(store))
    assert result.returncode == 1 and "Traceback" not in result.stderr and str(bad) in result.stderr
    assert snapshot(store, tmp_path) == before


def test_bad_first_ingest_leaves_no_store(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    result = run_cli("ingest", str(bad), "--store", str(tmp_path / "new-store"))
    assert result.returncode == 1 and not (tmp_path / "new-store").exists()


def test_bad_line_in_a_batch_is_skipped_and_the_rest_ingested(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "ok", "text": "The Taliban captured Herat."}\n{"oops": 1}\n', encoding="utf-8")
    result = run_cli("ingest", str(batch), "--store", str(tmp_path / "s"))
    assert result.returncode == 1
    assert f"{batch}:2" in result.stderr and "missing 'text'" in result.stderr
    assert "1 added" in result.stdout


def test_stdin_and_locked_store(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "s"
    ok = run_cli("ingest", "-", "--store", str(path), stdin="date: 2021-08-13\nThe Taliban captured Herat on Friday.")
    assert ok.returncode == 0 and "1 added" in ok.stdout
    holder = subprocess.Popen([sys.executable, "-c", f"import pyoxigraph, time; s = pyoxigraph.Store({str(path)!r}); "
                               "print('ready', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        locked = run_cli("ingest", str(SEEDS), "--store", str(path))
        one_line_error(locked)
        assert "locked by another process" in locked.stderr and "only one process may write" in locked.stderr
        reading = run_cli("ask", "Who captured Herat?", "--store", str(path))
        assert reading.returncode == 0 and "Taliban" in reading.stdout
    finally:
        holder.kill()
        holder.wait()


def test_missing_store() -> None:
    result = run_cli("stats", "--store", "/nonexistent/kg-store")
    one_line_error(result)
    assert "no store at" in result.stderr


def test_view_timeline_and_filters(store: Path, tmp_path: Path) -> None:
    html, png = tmp_path / "g.html", tmp_path / "t.png"
    assert run_cli("view", str(html), "--store", str(store)).returncode == 0 and html.stat().st_size > 5000
    assert run_cli("timeline", str(png), "--by", "agent", "--store", str(store)).returncode == 0
    filtered = run_cli("export", str(tmp_path / "a.gexf"), "--graph", "events", "--type", "Attack", "--since",
                       "2021-05-01", "--store", str(store))
    assert filtered.returncode == 0 and "(events)" in filtered.stdout
    usage = run_cli("export", str(tmp_path / "b.gexf"), "--type", "Bogus", "--store", str(store))
    assert usage.returncode == 2 and "not an event class" in usage.stderr
    unknown = run_cli("export", str(tmp_path / "c.gexf"), "--actor", "Nobody", "--store", str(store))
    one_line_error(unknown)
    assert "I don't know 'Nobody'" in unknown.stderr and not (tmp_path / "c.gexf").exists()
    bad = run_cli("timeline", str(tmp_path / "t.jpg"), "--store", str(store))
    one_line_error(bad)
    assert "use .png or .svg" in bad.stderr


def test_regression_a_closed_pipe_is_not_an_error(store: Path) -> None:
    # Found in use: `kg stats | head -4` printed "internal error: BrokenPipeError".
    import subprocess
    import sys

    result = subprocess.run(f"{sys.executable} -m kg.cli stats --store {store} | head -1", shell=True,
                            capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() and "Error" not in result.stderr, result.stderr


def test_a_store_from_an_older_kg_says_so_until_reingested(tmp_path: Path) -> None:
    import pyoxigraph as ox

    from kg import __version__

    path = tmp_path / "store"
    assert run_cli("ingest", str(SEEDS / "000_5b6645cec48d2afd.txt"), "--store", str(path)).returncode == 0
    fresh = run_cli("query", "documents", "--store", str(path))
    assert fresh.returncode == 0 and "written by kg" not in fresh.stderr
    store = ox.Store(str(path))  # pretend an older kg wrote it (its content hash covers its version)
    for prop, value in (("kgVersion", "0.0.1"), ("contentHash", "written-by-0.0.1")):
        store.update(f'PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> DELETE {{ GRAPH ?g {{ ?a ckg:{prop} ?v }} }} '
                     f'INSERT {{ GRAPH ?g {{ ?a ckg:{prop} "{value}" }} }} WHERE {{ GRAPH ?g {{ ?a ckg:{prop} ?v }} }}')
    del store
    old = run_cli("query", "documents", "--store", str(path))
    assert old.returncode == 0 and f"1 document(s) in {path} were written by kg 0.0.1, this is kg {__version__}" in old.stderr
    assert json.loads(old.stdout)  # still answers
    assert run_cli("ingest", str(SEEDS / "000_5b6645cec48d2afd.txt"), "--store", str(path)).returncode == 0
    assert "written by kg" not in run_cli("query", "documents", "--store", str(path)).stderr
