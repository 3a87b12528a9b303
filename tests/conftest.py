"""Shared fixtures: the real lexicon, the real spaCy model, a real Oxigraph store built from the seeds."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
FIXED_CLOCK = datetime(2026, 1, 1, tzinfo=timezone.utc)


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside this checkout)")
    return path


@pytest.fixture(scope="session")
def lexicon():  # type: ignore[no-untyped-def]
    from kg import lexicon as lexicon_mod

    return lexicon_mod.load()


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from kg.pipeline import Pipeline

    return Pipeline(clock=lambda: FIXED_CLOCK)


@pytest.fixture(scope="session")
def seed_store(pipeline):  # type: ignore[no-untyped-def]
    from kg.store import KGStore

    store = KGStore(None)
    report = pipeline.ingest(store, [str(SEEDS)])
    assert report.added == 2 and not report.problems
    return store


@pytest.fixture
def ingest_article(pipeline, tmp_path):  # type: ignore[no-untyped-def]
    """(file name, article text) -> a fresh in-memory store with that one article ingested from a file."""
    from kg.store import KGStore

    def run(name: str, text: str):  # type: ignore[no-untyped-def]
        article = tmp_path / name
        article.write_text(text, encoding="utf-8")
        store = KGStore(None)
        report = pipeline.ingest(store, [str(article)])
        assert report.added == 1 and not report.problems
        return store

    return run


@pytest.fixture(scope="session")
def article_events(pipeline):  # type: ignore[no-untyped-def]
    """(text, published) -> the document's events after resolution and coreference, with the name of
    each mention's entity (index with an event's agent, target or place)."""
    from kg.corefer import corefer
    from kg.model import Document
    from kg.nlp import annotate
    from kg.resolve import resolve

    def run(text: str, published):  # type: ignore[no-untyped-def]
        doc = Document(id="t", text=text, published=published)
        (document, sdoc), = list(annotate(pipeline.nlp, [doc], keep=pipeline.acronyms))
        resolved = corefer(resolve(pipeline.extractor(document, sdoc), pipeline.lexicon), pipeline.lexicon)
        names = {e.key: e.label for e in resolved.entities}
        return list(resolved.extraction.events), [names[k] for k in resolved.mention_keys]

    return run


@pytest.fixture(scope="session")
def extract_text(pipeline):  # type: ignore[no-untyped-def]
    """text -> Extraction, through the real model and the real extractor."""
    from datetime import date

    from kg.model import Document
    from kg.nlp import annotate

    def run(text: str, published: date | None = None):  # type: ignore[no-untyped-def]
        doc = Document(id="t", text=text, published=published)
        (document, sdoc), = list(annotate(pipeline.nlp, [doc], keep=pipeline.acronyms))
        return pipeline.extractor(document, sdoc)

    return run


def run_cli(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real `kg` command in a subprocess (exit codes, stderr, no traceback)."""
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], input=stdin, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, cwd=cwd or ROOT, timeout=300)
