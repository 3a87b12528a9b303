"""Ingest throughput against bare spaCy, in the same run: prints JSON.

Corpus: the seeds plus the news texts of the dev sets in ../shared/eval (WikiEvents, RAMS,
CoNLL-2003), cycled to --docs documents. Without ../shared the seeds alone are cycled.
Goal: kg's end-to-end words/s >= 0.90 of bare `nlp.pipe` of the same model; RSS flat as it grows.

    python benchmarks/ingest.py [--docs 2000] [--model NAME]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "eval"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def texts() -> Iterator[str]:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield path.read_text(encoding="utf-8").split("\n", 1)[-1]
    wiki = SHARED / "wikievents" / "dev.jsonl"
    if wiki.exists():
        for line in wiki.open(encoding="utf-8"):
            yield json.loads(line)["text"]
    rams = SHARED / "rams" / "dev.jsonlines"
    if rams.exists():
        for line in rams.open(encoding="utf-8"):
            yield "\n".join(" ".join(sentence) for sentence in json.loads(line)["sentences"])
    conll = SHARED / "conll2003" / "eng.testa"
    if conll.exists():
        doc: list[str] = []
        for line in conll.open(encoding="utf-8"):
            if line.startswith("-DOCSTART-"):
                if doc:
                    yield " ".join(doc)
                doc = []
            elif line.strip():
                doc.append(line.split()[0])
        if doc:
            yield " ".join(doc)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    corpus = list(itertools.islice(itertools.cycle(list(texts())), args.docs))
    words = sum(len(t.split()) for t in corpus)

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "corpus.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for i, text in enumerate(corpus):
                out.write(json.dumps({"id": f"bench-{i:06d}", "text": text, "published": "2021-06-23"}) + "\n")
        del corpus  # the ingest streams from disk; nothing below holds the corpus

        import spacy

        from kg import config
        from kg.pipeline import Pipeline
        from kg.store import KGStore

        bare = spacy.load(config.model_name(args.model))
        started = time.perf_counter()
        for _ in bare.pipe((json.loads(line)["text"] for line in source.open(encoding="utf-8")), batch_size=16):
            pass
        bare_seconds = time.perf_counter() - started
        del bare

        pipeline = Pipeline(args.model)
        store = KGStore(Path(tmp) / "store")
        checkpoints: list[dict[str, float]] = []
        done = 0

        def progress(_: str) -> None:
            nonlocal done
            done += 1
            if done in {args.docs // 4, args.docs // 2, 3 * args.docs // 4, args.docs}:
                checkpoints.append({"documents": done, "rss_mb": round(rss_mb(), 1)})

        started = time.perf_counter()
        report = pipeline.ingest(store, [str(source)], progress=progress)
        kg_seconds = time.perf_counter() - started

    bare_wps = words / bare_seconds
    kg_wps = words / kg_seconds
    print(json.dumps({
        "documents": args.docs,
        "words": words,
        "model": pipeline.model,
        "bare_spacy": {"seconds": round(bare_seconds, 2), "words_per_s": round(bare_wps)},
        "kg_ingest": {"seconds": round(kg_seconds, 2), "words_per_s": round(kg_wps), "quads": report.quads,
                      "quads_per_s": round(report.quads / kg_seconds), "problems": len(report.problems)},
        "ratio_kg_to_bare": round(kg_wps / bare_wps, 3),
        "goal_ratio": 0.90,
        "rss_checkpoints": checkpoints,
        "peak_rss_mb": round(peak_mb(), 1),
    }, indent=2))


if __name__ == "__main__":
    main()
