"""The real `oxigraph` server behind `kg serve`, on a free loopback port."""

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, run_cli
from tests.test_export import node_js

pytestmark = pytest.mark.model
PREFIX = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def post(url: str, body: str, content_type: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body.encode(), method="POST", headers={
        "Content-Type": content_type, "Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    assert run_cli("ingest", str(SEEDS), "--store", str(path)).returncode == 0
    return path


def start(store: Path, *extra: str) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port),
                                *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/", timeout=1).read()
                break
            except OSError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        assert not (store / "kg-serve.json").exists()  # the marker goes with the server


@pytest.fixture
def server(store_dir: Path) -> Iterator[str]:
    yield from start(store_dir)


def test_sparql_over_http(server: str) -> None:
    status, body = post(server + "/query", PREFIX + "SELECT ?l WHERE { ?e a ckg:ArmedGroup ; rdfs:label ?l }",
                        "application/sparql-query")
    assert status == 200
    labels = {b["l"]["value"] for b in json.loads(body)["results"]["bindings"]}
    assert labels == {"Taliban"}  # the union of the named graphs is the default graph


def test_updates_are_refused_read_only(server: str, store_dir: Path) -> None:
    status, _ = post(server + "/update", "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
                     "application/sparql-update")
    assert status in (403, 405)
    status, body = post(server + "/query", "ASK { <http://x/a> ?p ?o }", "application/sparql-query")
    assert json.loads(body)["boolean"] is False


def test_ingest_is_refused_while_served(server: str, store_dir: Path) -> None:
    result = run_cli("ingest", str(SEEDS / "000_5b6645cec48d2afd.txt"), "--store", str(store_dir))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "being served by `kg serve`" in result.stderr and server in result.stderr


def test_read_write_mode_accepts_updates(tmp_path: Path) -> None:
    store = tmp_path / "rw"
    assert run_cli("ingest", "-", "--store", str(store), stdin="The Taliban captured Herat.").returncode == 0
    for url in start(store, "--read-write"):
        status, _ = post(url + "/update", "INSERT DATA { GRAPH <http://x/g> { <http://x/a> <http://x/b> <http://x/c> } }",
                         "application/sparql-update")
        assert status in (200, 204)
        locked = run_cli("ingest", "-", "--store", str(store), stdin="Rebels attacked Kabul.")
        assert locked.returncode == 1 and "kg serve" in locked.stderr


def test_serve_errors_are_one_line(tmp_path: Path) -> None:
    missing = run_cli("serve", "--store", str(tmp_path / "none"), "--port", str(free_port()))
    assert missing.returncode == 1 and missing.stderr.strip().startswith("kg: no store at")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        store = tmp_path / "s"
        run_cli("ingest", "-", "--store", str(store), stdin="The Taliban captured Herat.")
        taken = run_cli("serve", "--store", str(store), "--port", str(port))
        assert taken.returncode == 1 and "in use" in taken.stderr


def test_yasgui_page_runs_a_shipped_query(server: str) -> None:
    if shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is absent (make test installs it where it can)")
    query = (ROOT / "queries" / "entity-types.rq").read_text(encoding="utf-8")
    prefixes = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\nPREFIX gaf: <http://groundedannotationframework.org/gaf#>\n" \
               "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    shot = ROOT / "benchmarks" / "out" / "yasgui.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    result = node_js("yasgui_check.mjs", server + "/", prefixes + query, str(shot))
    assert "Person" in result["cells"] and "ArmedGroup" in result["cells"]
    assert shot.stat().st_size > 10_000
