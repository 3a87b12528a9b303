"""Event triggers: the ontology's trigger lexicon compiled into a spaCy Matcher over lemmas."""

from __future__ import annotations

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from kg.lexicon import Lexicon, Trigger

_POS = {"v": ["VERB", "AUX"], "n": ["NOUN", "PROPN"]}


class TriggerMatcher:
    """Finds trigger spans; the longest wins where triggers overlap ("air strike" over "strike")."""

    def __init__(self, vocab: Vocab, lexicon: Lexicon) -> None:
        self.matcher = Matcher(vocab)
        self.triggers: dict[str, Trigger] = {}
        for number, trigger in enumerate(lexicon.triggers):
            key = f"{trigger.cls}#{number}"
            self.triggers[key] = trigger
            patterns = []
            for attr in ("LEMMA", "LOWER"):
                pattern: list[dict[str, object]] = [{attr: word} for word in trigger.lemmas]
                if trigger.pos:
                    pattern[-1] = {**pattern[-1], "POS": {"IN": _POS[trigger.pos]}}
                patterns.append(pattern)
            self.matcher.add(key, patterns)

    def __call__(self, doc: Doc) -> list[tuple[Span, Trigger]]:
        spans: list[Span] = []
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            spans.append(Span(doc, start, end, label=key))
        return [(s, self.triggers[s.label_]) for s in sorted(filter_spans(spans), key=lambda s: s.start)]
