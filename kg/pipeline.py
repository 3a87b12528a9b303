"""The one place the stages are composed: read -> annotate -> extract -> resolve -> RDF -> store.

Documents stream through one at a time (spaCy batches them); nothing holds the corpus. Unchanged
documents are skipped before any NLP runs, so re-ingest is idempotent and cheap.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import IO

import pyoxigraph as ox

from kg import config, summary
from kg import lexicon as lexicon_mod
from kg.corefer import corefer
from kg.curation import Curation
from kg.extract import Extractor
from kg.ingest import read_documents
from kg.lexicon import Lexicon
from kg.model import Document, Problem
from kg.nlp import acronyms, annotate, load_pipeline, model_id
from kg.rdf import Provenance, content_hash, to_quads
from kg.resolve import resolve
from kg.store import KGStore
from kg.summary import SUMMARY_GRAPH
from kg.vocab import RES, graph_iri

ONTOLOGY_GRAPH = RES + "graph/ontology"
# RocksDB keeps writes in memory buffers until a flush; flushing every few hundred documents keeps
# memory flat however large the corpus (measured: ~80 MB vs ~740 MB after 8,000 small graphs).
FLUSH_EVERY = 200


@dataclass
class IngestReport:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    quads: int = 0
    words: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.added + self.replaced + self.unchanged


def ontology_digest() -> str:
    h = hashlib.sha256()
    for path in sorted(config.ontology_dir().glob("*.ttl")):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def load_ontology(store: KGStore) -> None:
    """Keep the ontology (class hierarchy for rdfs:subClassOf* queries) in its own graph, replaced on change."""
    digest = ontology_digest()
    if store.graph_hash(ONTOLOGY_GRAPH) == digest:
        return
    graph = ox.NamedNode(ONTOLOGY_GRAPH)
    quads = [ox.Quad(ox.NamedNode(ONTOLOGY_GRAPH), ox.NamedNode("https://w3id.org/conflict-kg/ontology#contentHash"),
                     ox.Literal(digest), graph)]
    conflict = config.ontology_dir() / "conflict.ttl"
    quads += [ox.Quad(q.subject, q.predicate, q.object, graph) for q in ox.parse(path=str(conflict))]
    store.replace_graph(ONTOLOGY_GRAPH, quads)


class Pipeline:
    """A loaded spaCy pipeline with its extractor: load once, ingest many."""

    def __init__(self, model: str | None = None, lexicon: Lexicon | None = None,
                 clock: Callable[[], datetime] | None = None, curation: Curation | None = None) -> None:
        self.lexicon = lexicon or lexicon_mod.load()
        self.nlp = load_pipeline(self.lexicon, model)
        self.model = model_id(self.nlp)
        self.extractor = Extractor(self.nlp.vocab, self.lexicon)
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.digest = ontology_digest()
        self.acronyms = acronyms(self.lexicon)
        self.curation = curation or Curation()

    def graphs(self, documents: Iterable[Document], join_events: bool = True) -> Iterator[tuple[Document, list[ox.Quad], str]]:
        """Each document's quads and content hash (the pure part of the pipeline). join_events=False
        keeps every event mention an event of its own, as mention-level gold sets annotate them."""
        for document, sdoc in annotate(self.nlp, documents, keep=self.acronyms):
            digest = content_hash(document, self.model, self.digest)
            resolved = resolve(self.extractor(document, sdoc), self.lexicon, self.curation)
            if join_events:
                resolved = corefer(resolved, self.lexicon)
            prov = Provenance(generated_at=self.clock(), model=self.model)
            yield document, to_quads(resolved, self.lexicon, prov, digest), digest

    def memory_store(self, documents: Iterable[Document], join_events: bool = True) -> KGStore:
        """A throw-away in-memory store of these documents (for evaluation: no provenance checks)."""
        store = KGStore(None)
        for document, quads, _ in self.graphs(documents, join_events):
            store.replace_graph(graph_iri(document.id), quads)
        summary.refresh(store)
        return store

    def ingest(self, store: KGStore, paths: Iterable[str], stdin: IO[str] | None = None,
               progress: Callable[[str], None] | None = None) -> IngestReport:
        report = IngestReport()
        existing: dict[str, str | None] = {}

        def fresh() -> Iterator[Document]:
            for item in read_documents(paths, stdin):
                if isinstance(item, Problem):
                    report.problems.append(item)
                    if progress:
                        progress(f"skipped {item}")
                    continue
                graph = graph_iri(item.id)
                known = store.graph_hash(graph)
                if known == content_hash(item, self.model, self.digest):
                    report.unchanged += 1
                    if progress:
                        progress(item.id)
                    continue
                existing[item.id] = known
                yield item

        try:
            for document, quads, _ in self.graphs(fresh()):
                if report.added + report.replaced == 0:
                    load_ontology(store)  # only once something is written: a failed first ingest leaves no store
                report.quads += store.replace_graph(graph_iri(document.id), quads)
                report.words += len(document.text.split())
                if (report.added + report.replaced + 1) % FLUSH_EVERY == 0:
                    store.flush()
                if existing.pop(document.id, None) is None:
                    report.added += 1
                else:
                    report.replaced += 1
                if progress:
                    progress(document.id)
        finally:
            # Whatever was written, even before a failure, is summarised; a store written by an older
            # kg gets its first summary on any ingest.
            if report.added + report.replaced or (report.unchanged and SUMMARY_GRAPH not in store.named_graphs()):
                summary.refresh(store)
            store.flush()
        return report
