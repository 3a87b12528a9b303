"""The Oxigraph boundary: open, query, replace a document's graph atomically, dump.

Writes go through one SPARQL UPDATE per graph (DROP + INSERT DATA), which Oxigraph applies in a
single transaction: a failure leaves the store exactly as it was. Readers open the store
read-only, so queries work while `kg serve` or an ingest holds the write lock.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError, StoreLockedError
from kg.files import atomic_write
from kg.vocab import CKG, PREFIXES

_FORMATS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS}


SERVE_MARKER = "kg-serve.json"  # written by `kg serve` beside the data while it serves the store


def served_by(path: Path) -> dict[str, Any] | None:
    """Who serves this store, if a live `kg serve` process does (its marker names pid, url, mode)."""
    import json

    marker = path / SERVE_MARKER
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
        os.kill(int(info["pid"]), 0)  # raises if the process is gone
        return dict(info)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _open_error(path: Path, exc: OSError) -> StoreError:
    message = str(exc)
    if "lock" in message.lower():
        return StoreLockedError(
            f"store {path} is locked by another process (a running `kg ingest` or `kg serve --read-write`?); "
            "only one process may write a store at a time"
        )
    return StoreError(f"cannot open store {path}: {message}")


class KGStore:
    """An Oxigraph store on disk (or in memory when path is None)."""

    def __init__(self, path: Path | None = None, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._shared_written: set[tuple[str, str]] = set()
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                if not (path / "CURRENT").exists():
                    raise StoreError(f"no store at {path} (run `kg ingest` first, or pass --store / KG_STORE)")
                self._store = ox.Store.read_only(str(path))
            else:
                if path.exists() and not path.is_dir():
                    raise StoreError(f"cannot open store {path}: it is a file, not a directory")
                server = served_by(path)
                if server is not None:
                    raise StoreLockedError(
                        f"store {path} is being served by `kg serve` (pid {server['pid']}, {server['url']}); "
                        "stop it before writing: only one process may use a store while it is written")
                self._store = ox.Store(str(path))
        except OSError as exc:
            raise _open_error(path or Path("<memory>"), exc) from exc

    # -- reading ---------------------------------------------------------------------------
    def query(self, sparql: str, substitutions: Mapping[str, Any] | None = None) -> Any:
        """Run a SPARQL query over the union of all graphs; parameters are bound, never spliced."""
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        try:
            return self._store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True,
                                     substitutions=subs or None)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {' '.join(str(exc).split())}") from exc
        except (RuntimeError, ValueError) as exc:
            raise QueryError(f"query failed: {' '.join(str(exc).split())}") from exc
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def select(self, sparql: str, substitutions: Mapping[str, Any] | None = None) -> tuple[list[str], list[dict[str, Any]]]:
        result = self.query(sparql, substitutions)
        if isinstance(result, bool) or not hasattr(result, "variables"):
            raise QueryError("expected a SELECT query")
        columns = [v.value for v in result.variables]
        rows = [dict(zip(columns, row, strict=True)) for row in result]
        return columns, rows

    def graph_hash(self, graph: str) -> str | None:
        found = self._store.quads_for_pattern(ox.NamedNode(graph), ox.NamedNode(CKG + "contentHash"), None,
                                              ox.NamedNode(graph))
        for quad in found:
            return str(getattr(quad.object, "value", quad.object))
        return None

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        return len(self._store)

    # -- writing ---------------------------------------------------------------------------
    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> int:
        """Atomically replace a named graph with its quads; quads in other graphs (the shared entity
        registry) are added to them in the same transaction. Returns how many quads were written."""
        if self.read_only:
            raise StoreError("the store is open read-only")
        by_graph: dict[str, list[str]] = {graph: []}
        shared: list[tuple[str, str]] = []
        for q in quads:
            name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else graph
            line = f"{q.subject} {q.predicate} {q.object} ."
            if name != graph:
                # Registry facts are only ever added: one this process wrote already need not be sent again.
                if (name, line) in self._shared_written:
                    continue
                shared.append((name, line))
            by_graph.setdefault(name, []).append(line)
        count = sum(len(lines) for lines in by_graph.values())
        inserts = " ".join(f"GRAPH <{g}> {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items() if lines)
        update = f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ {inserts} }}"
        try:
            self._store.update(update)
        except (OSError, SyntaxError, RuntimeError, ValueError) as exc:
            raise StoreError(f"writing graph {graph} failed (store unchanged): {exc}") from exc
        self._shared_written.update(shared)
        return count

    def quads_about(self, iri: str, graph: str | None = None) -> list[ox.Quad]:
        """Every quad with iri as subject or object (in one named graph, or in all)."""
        node = ox.NamedNode(iri)
        g = ox.NamedNode(graph) if graph else None
        quads = list(self._store.quads_for_pattern(node, None, None, g))
        return quads + [q for q in self._store.quads_for_pattern(None, None, node, g) if q.subject != node]

    def rewrite(self, remove: list[ox.Quad], add: list[ox.Quad]) -> None:
        """Remove and add quads in one transaction: all of it happens or none of it."""
        if self.read_only:
            raise StoreError("the store is open read-only")

        def block(quads: list[ox.Quad]) -> str:
            by_graph: dict[str, list[str]] = {}
            for q in quads:
                by_graph.setdefault(q.graph_name.value, []).append(f"{q.subject} {q.predicate} {q.object} .")  # type: ignore[union-attr]
            return " ".join(f"GRAPH <{g}> {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())

        parts = ([f"DELETE DATA {{ {block(remove)} }}"] if remove else []) + (
            [f"INSERT DATA {{ {block(add)} }}"] if add else [])
        if not parts:
            return
        self._shared_written.clear()  # registry facts may be removed here
        try:
            self._store.update(" ;\n".join(parts))
        except (OSError, SyntaxError, RuntimeError, ValueError) as exc:
            raise StoreError(f"rewriting the store failed (store unchanged): {exc}") from exc

    def flush(self) -> None:
        if not self.read_only and self.path is not None:
            self._store.flush()

    # -- export ----------------------------------------------------------------------------
    def dump(self, out: Path) -> int:
        """Write all named graphs (provenance kept) to .trig or .nq, atomically; returns quads written."""
        fmt = _FORMATS.get(out.suffix.lower())
        if fmt is None:
            raise StoreError(f"{out}: unknown dump format {out.suffix!r}; use .trig or .nq")
        parent = out.resolve().parent
        if not parent.is_dir():
            raise StoreError(f"{out}: folder {parent} does not exist")

        def write(tmp: str) -> None:
            if fmt == ox.RdfFormat.TRIG:
                self._store.dump(tmp, format=fmt, prefixes=PREFIXES)
            else:
                self._store.dump(tmp, format=fmt)

        try:
            atomic_write(out, write)
        except (OSError, ValueError) as exc:
            raise StoreError(f"{out}: dump failed: {exc}") from exc
        return len(self._store)
