"""Event triggers: the ontology's trigger lexicon, matched on lemma or lower-case form.

A hash lookup over token arrays rather than a spaCy Matcher: the lexicon is a few hundred short
sequences, and scanning every token of every document is the hot path of extraction.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.lexicon import Lexicon, Trigger

_POS = {"v": {"VERB", "AUX"}, "n": {"NOUN", "PROPN"}}


class TriggerMatcher:
    """Finds trigger spans; the longest wins where triggers overlap ("air strike" over "strike")."""

    def __init__(self, vocab: Vocab, lexicon: Lexicon) -> None:
        strings = vocab.strings
        self.by_first: dict[int, list[tuple[tuple[int, ...], Trigger]]] = defaultdict(list)
        for trigger in lexicon.triggers:
            words = tuple(strings.add(w) for w in trigger.lemmas)
            self.by_first[words[0]].append((words, trigger))
        for options in self.by_first.values():
            options.sort(key=lambda item: -len(item[0]))  # longest first
        self.pos_ids = {key: {strings.add(p) for p in tags} for key, tags in _POS.items()}

    def __call__(self, doc: Doc) -> list[tuple[Span, Trigger]]:
        if len(doc) == 0:
            return []
        arrays = doc.to_array([LEMMA, LOWER, POS])
        lemmas = [int(x) for x in arrays[:, 0]]
        lowers = [int(x) for x in arrays[:, 1]]
        pos_names = [doc.vocab.strings[int(x)] for x in arrays[:, 2]] if len(doc) else []
        out: list[tuple[Span, Trigger]] = []
        i, n = 0, len(doc)
        while i < n:
            options = self.by_first.get(lemmas[i]) or self.by_first.get(lowers[i])
            matched = None
            for words, trigger in options or ():
                end = i + len(words)
                if end > n:
                    continue
                if all(lemmas[i + k] == w or lowers[i + k] == w for k, w in enumerate(words)):
                    if trigger.pos and pos_names[end - 1] not in _POS[trigger.pos]:
                        continue
                    matched = (Span(doc, i, end), trigger)
                    break
            if matched:
                out.append(matched)
                i = matched[0].end
            else:
                i += 1
        return out
