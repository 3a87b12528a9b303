"""`kg serve`: the store as a SPARQL 1.1 Protocol endpoint with the YASGUI query page, through the
`oxigraph` server from the package index (the same version family as pyoxigraph).

Read-only by default: the server then takes no lock, so a marker file beside the data tells
`kg ingest` (and any KGStore opened for writing) that the store is in use and must not be written.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path
from types import FrameType

from kg.errors import KGError, StoreError
from kg.store import SERVE_MARKER, served_by


def oxigraph_binary() -> str:
    """The `oxigraph` executable: beside this Python (a virtualenv's bin), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise KGError("the `oxigraph` server is not installed (pip install oxigraph, or `make install`)")


def command(store: Path, host: str, port: int, read_write: bool) -> list[str]:
    mode = "serve" if read_write else "serve-read-only"
    # The union of the named graphs is the default graph, as in `kg query` and `kg sparql`.
    return [oxigraph_binary(), mode, "--location", str(store), "--bind", f"{host}:{port}", "--union-default-graph"]


def port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def serve(store: Path, host: str = "127.0.0.1", port: int = 7878, read_write: bool = False,
          announce: object = None) -> int:
    """Run the server in the foreground until it stops or this process is interrupted; returns its exit code."""
    if not (store / "CURRENT").exists():
        raise StoreError(f"no store at {store} (run `kg ingest` first, or pass --store / KG_STORE)")
    other = served_by(store)
    if other is not None:
        raise StoreError(f"store {store} is already served by pid {other['pid']} at {other['url']}")
    if not port_free(host, port):
        raise KGError(f"port {port} on {host} is in use; choose another with --port")
    argv = command(store, host, port, read_write)
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    marker = store / SERVE_MARKER
    process = subprocess.Popen(argv)
    marker.write_text(json.dumps({"pid": process.pid, "url": url, "mode": "read-write" if read_write else "read-only"}),
                      encoding="utf-8")

    def stop(signum: int, frame: FrameType | None) -> None:
        process.terminate()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        if callable(announce):
            announce(url)
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        return process.wait()
    finally:
        signal.signal(signal.SIGTERM, previous)
        if process.poll() is None:
            process.kill()
            process.wait()
        marker.unlink(missing_ok=True)
