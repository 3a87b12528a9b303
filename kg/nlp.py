"""The spaCy boundary: load a pipeline, add the gazetteer EntityRuler, annotate documents in batches."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

import spacy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from kg import config
from kg.errors import ModelError
from kg.lexicon import PLACE_CLASSES, Lexicon
from kg.model import Document

# spaCy labels the gazetteer assigns; the ontology class itself travels in the span's ent_id.
_SPACY_LABEL = {"Person": "PERSON", "Facility": "FAC", "Place": "LOC"}


def spacy_label(cls: str) -> str:
    if cls in _SPACY_LABEL:
        return _SPACY_LABEL[cls]
    return "GPE" if cls in PLACE_CLASSES else "ORG"


def gazetteer_patterns(lexicon: Lexicon) -> list[dict[str, object]]:
    """One phrase pattern per gazetteer name; the pattern id is the entity key.

    A name two entries share (Herat the city and Herat the province) goes to the lexicon's first
    choice, the city; the province keeps its "Herat province" forms.
    """
    patterns: list[dict[str, object]] = []
    for name, keys in sorted(lexicon.names.items()):
        entry = lexicon.entries[keys[0]]
        if name not in (entry.label, *entry.alt_labels):
            continue  # the case-folded lookup keys are for questions, not for matching text
        patterns.append({"label": spacy_label(entry.cls), "pattern": name, "id": entry.key})
    return patterns


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line ends a sentence: captions, headlines and datelines are not the next paragraph's start."""
    text = doc.text
    if "\n" not in text or len(doc) < 2:
        return doc
    starts = [int(x) for x in doc.to_array(IDX)]
    position = text.find("\n")
    while position >= 0:
        # The first token that starts after the line break (and its following white space).
        i = bisect.bisect_right(starts, position)
        while i < len(doc) and doc[i].is_space:
            i += 1
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
        position = text.find("\n", starts[i] if i < len(doc) else len(text))
    return doc


def load_pipeline(lexicon: Lexicon, name: str | None = None) -> Language:
    model = config.model_name(name)
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed (install it with pip, or choose another "
            f"with --model / KG_MODEL; the default is {config.DEFAULT_MODEL})"
        ) from exc
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {model!r} lacks a parser or NER; kg needs both")
    nlp.max_length = max(nlp.max_length, config.max_bytes() + 1)
    nlp.add_pipe("kg_paragraphs", before="parser")
    # After the statistical NER and overwriting it: the gazetteer knows "Shir Khan Bandar" is a place.
    ruler = nlp.add_pipe("entity_ruler", name="kg_gazetteer", after="ner", config={"overwrite_ents": True})
    ruler.add_patterns(gazetteer_patterns(lexicon))  # type: ignore[attr-defined]
    return nlp


def model_id(nlp: Language) -> str:
    return f"{nlp.meta.get('name', 'unknown')} {nlp.meta.get('version', '')}".strip()


def annotate(nlp: Language, documents: Iterable[Document], batch_size: int = 16) -> Iterator[tuple[Document, Doc]]:
    """Parse documents with nlp.pipe, streaming; yields (Document, Doc) pairs in input order."""
    pairs = ((d.text, d) for d in documents)
    for sdoc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield document, sdoc
