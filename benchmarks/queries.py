"""Every shipped query on a ~1M-quad store, median of --runs runs each; prints JSON.

The store is the seed graphs replicated under new document ids, with entity keys varied over 40
groups (so there are many entities as well as very popular ones, like real corpora); the summary
graph is rebuilt after, as `kg ingest` does. Each query is timed for all its rows and for the first
page of 100 (what `kg query NAME` shows by default). The baseline in the same run is a point lookup; `kg ask` start-up is compared with bare
`python -c "import kg"`. Target (issue 5): every query under 50 ms median; ask under 1 s.

    python benchmarks/queries.py [--quads 1000000] [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = 100
sys.path.insert(0, str(ROOT))
SAMPLE = {"type": "Capture", "target": "Kunduz", "place": "Kunduz", "person": "John Kirby", "actor": "Taliban",
          "entity": "Taliban", "fact": "taliban-g0", "speaker": "John Kirby", "about": "Withdrawal", "agent": "Taliban",
          "org": "Pentagon", "a": "Taliban", "b": "United States"}


def replicated_store(path: Path, target_quads: int):  # type: ignore[no-untyped-def]
    import pyoxigraph as ox

    from kg.pipeline import Pipeline
    from kg.store import KGStore

    seed = KGStore(None)
    Pipeline().ingest(seed, [str(ROOT / "seeds")])
    lines = [ln for ln in seed._store.dump(format=ox.RdfFormat.N_QUADS).decode().splitlines()
             if not ln.rsplit(" ", 2)[-2].endswith(("/graph/ontology>", "/graph/summary>"))]
    store = KGStore(path)
    from kg.pipeline import load_ontology

    load_ontology(store)
    copies = max(1, target_quads // len(lines))
    places = re.compile(r"/entity/(kunduz|kabul|helmand-province|afghanistan|shir-khan-bandar|camp-anthonic|kunduz-province|kabul-province)\b")
    for i in range(copies):
        group = i % 40
        text = "\n".join(lines).replace("000_5b6645cec48d2afd", f"000-{i:05d}").replace("003_d4371d01881c24d1", f"003-{i:05d}")
        # Vary non-place entities by group; places keep their gazetteer IRIs and coordinates.
        text = re.sub(r"(/resource/entity/)([\w%-]+)>", lambda m, g=group: m.group(0) if places.search(m.group(0))
                      else f"{m.group(1)}{m.group(2)}-g{g}>", text)
        by_graph: dict[str, list[ox.Quad]] = {}
        for quad in ox.parse(io.BytesIO(text.encode()), format=ox.RdfFormat.N_QUADS):
            by_graph.setdefault(quad.graph_name.value, []).append(quad)
        from kg.vocab import ENTITIES_GRAPH

        registry = by_graph.pop(ENTITIES_GRAPH, [])
        for n, (graph, quads) in enumerate(by_graph.items()):
            store.replace_graph(graph, quads + (registry if n == 0 else []))  # registry: added, never replaced
        if i % 50 == 49:
            store.flush()
    store.flush()
    return store


def summarise(store) -> float:  # type: ignore[no-untyped-def]
    """What `kg ingest` does after writing: rebuild the summary graph. Returns seconds."""
    from kg import summary

    started = time.perf_counter()
    summary.refresh(store)
    store.flush()
    return time.perf_counter() - started


def median_ms(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quads", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from kg import queries

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        store = replicated_store(Path(tmp) / "store", args.quads)
        built = time.perf_counter() - started
        summarised = summarise(store)
        print(f"store built: {len(store)} quads in {built:.1f} s, summary in {summarised:.1f} s", file=sys.stderr, flush=True)
        baseline = median_ms(lambda: store.select(
            "SELECT ?l WHERE { <https://w3id.org/conflict-kg/resource/entity/kunduz> rdfs:label ?l } LIMIT 1"), args.runs)
        results = {}
        for name, query in queries.load_all().items():
            values = {p.name: SAMPLE[p.name] for p in query.params if p.default is None}
            bound = queries.bind(store, query, values)
            rows = len(store.select(query.text, bound)[1])
            ms = median_ms(lambda q=query, b=bound: store.select(q.text, b), args.runs)
            # What `kg query NAME` runs by default: the first page (one row more tells if there is more).
            page = queries.paged(query.text, PAGE + 1)
            page_ms = median_ms(lambda t=page, b=bound: store.select(t, b), args.runs)
            results[name] = {"median_ms": ms, "rows": rows, "ratio_to_baseline": round(ms / max(baseline, 0.01), 1),
                             "page_median_ms": page_ms, "page_rows": min(rows, PAGE)}
            print(f"{name}: {ms} ms, {rows} rows; page of {PAGE}: {page_ms} ms", file=sys.stderr, flush=True)
        ask = []
        bare = []
        for _ in range(args.runs):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kg.cli", "ask", "Who captured Kunduz?", "--store", str(ROOT / "kg-store")],
                           capture_output=True, check=False)
            ask.append(time.perf_counter() - t)
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", "import kg"], check=True)
            bare.append(time.perf_counter() - t)
    slow = sorted((n for n, r in results.items() if r["median_ms"] > 50), key=lambda n: -results[n]["median_ms"])
    slow_pages = sorted((n for n, r in results.items() if r["page_median_ms"] > 50), key=lambda n: -results[n]["page_median_ms"])
    print(json.dumps({
        "store_quads": args.quads, "build_seconds": round(built, 1), "summary_seconds": round(summarised, 1),
        "runs": args.runs,
        "baseline_point_lookup_ms": baseline,
        "queries": results,
        "over_50ms": slow,
        "page_size": PAGE,
        "pages_over_50ms": slow_pages,
        "ask_seed_store_seconds": round(statistics.median(ask), 3),
        "python_import_kg_seconds": round(statistics.median(bare), 3),
    }, indent=2))


if __name__ == "__main__":
    main()
