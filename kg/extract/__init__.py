"""Extraction: a parsed spaCy Doc -> an Extraction of plain offsets. No spaCy object leaves here."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc
from spacy.tokens import Span as SSpan
from spacy.vocab import Vocab

from kg.extract.attribution import according_to
from kg.extract.days_after import days_after, days_apart
from kg.extract.entities import (
    MentionTable,
    appositive_names,
    branch_mentions,
    called_places,
    capital_mentions,
    common_openers,
    consistent_names,
    description_mentions,
    government_arms,
    government_forces,
    head_cued_names,
    named_mentions,
    reported_troops,
    soldiers_again,
    title_descriptions,
    unnamed_people,
    untagged_forces,
    untagged_people,
    untagged_places,
    untagged_sites,
)
from kg.extract.events import GROUND_VERBS, event_from_trigger, ground_taken
from kg.extract.frames import (
    claimed_control,
    driven_out,
    fall_of,
    fallen,
    fired,
    forced_out,
    intercepted,
    lost_to,
    operations_against,
)
from kg.extract.institutions import (
    capital_speakers,
    civil_defence_mentions,
    foreign_defence_departments,
    institution_mentions,
    owned_ministries,
)
from kg.extract.relations import body_relations, person_relations, place_relations
from kg.extract.triggers import TriggerMatcher
from kg.lexicon import Lexicon
from kg.model import Document, Event, Extraction
from kg.vocab import ATTACKS, STATEMENTS

# Sentences longer than this are tables, lists or run-ons pasted as text: entities only, no events.
MAX_EVENT_SENTENCE_TOKENS = 150


class Extractor:
    """Holds the compiled trigger matcher for one vocabulary; call it once per document."""

    def __init__(self, vocab: Vocab, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.triggers = TriggerMatcher(vocab, lexicon)
        self.statement_lemmas = {t.lemmas[0] for t in lexicon.triggers
                                 if lexicon.is_a(t.cls, "Statement") and len(t.lemmas) == 1}

    def __call__(self, document: Document, doc: Doc) -> Extraction:
        common_openers(doc)
        table = MentionTable(document, doc, self.lexicon)
        named_mentions(table)
        untagged_places(table)
        called_places(table)
        untagged_sites(table)
        untagged_people(table)
        untagged_forces(table)
        head_cued_names(table)
        appositive_names(table)
        consistent_names(table)
        unnamed_people(table, self.statement_lemmas)
        description_mentions(table)
        branch_mentions(table)
        government_forces(table)
        government_arms(table)
        soldiers_again(table)
        # (a capital acting as its state first: "the capital" is then never the one that fired at it)
        capital_speakers(table, self.statement_lemmas)
        capital_mentions(table)
        institution_mentions(table)
        foreign_defence_departments(table)
        owned_ministries(table)
        civil_defence_mentions(table)
        title_descriptions(table)
        reported_troops(table)
        english: dict[int, bool] = {}
        found = sorted(self.triggers(doc) + forced_out(table, doc) + fired(table) + fallen(table, doc)
                       + claimed_control(table, doc) + operations_against(table, doc) + fall_of(table, doc)
                       + lost_to(table, doc) + driven_out(table, doc),
                       key=lambda m: m[0].start)
        # One event per word and class: "shot" is a lexicon trigger and a firing too.
        found = list({(s.start, s.end, t.cls): (s, t) for s, t in reversed(found)}.values())[::-1]
        # and one event per class where one trigger holds another: "fired at" holds "fired"
        found = [(s, t) for s, t in found if not any(o.cls == t.cls and (o_s.start, o_s.end) != (s.start, s.end)
                                                      and o_s.start <= s.start and s.end <= o_s.end for o_s, o in found)]
        matches = [(s, t) for s, t in found
                   if not any(tok.i in table.by_token for tok in s) and len(s.root.sent) <= MAX_EVENT_SENTENCE_TOKENS
                   and _english(s.root.sent, english) and not intercepted(s.root) and not _blaze(s)
                   and not (t.weak and t.lemmas[0] in GROUND_VERBS and not ground_taken(table, s.root, t.cls))]
        heads = {s.root.i for s, _ in matches}
        events: list[Event] = []
        for span, trigger in matches:
            event = event_from_trigger(table, span, trigger, heads, self.statement_lemmas)
            if event is not None:
                events.append(event)
        # and what a sentence tells "according to" someone: their statement
        events = sorted(events + according_to(table), key=lambda e: e.trigger.begin)
        events = days_apart(days_after(_link_parts(_link_statements(events))))
        relations = person_relations(table) + body_relations(table) + place_relations(table)
        sentences = tuple(table.span(s.start_char, s.end_char) for s in doc.sents)
        return Extraction(document, sentences, tuple(table.mentions), tuple(events), tuple(relations))


def _english(sent: SSpan, cache: dict[int, bool]) -> bool:
    """Events are read from English sentences only: one of five or more words with not a single
    English function word or inflection is another language ("Die Armee besuchte die Stadt" has no killing)."""
    if sent.start not in cache:
        words = [t for t in sent if t.is_alpha]
        # Headlines drop function words ("Rwanda-backed rebels seized Goma"); an English inflection the
        # lemmatizer undid ("seized", "fighters") still says English, where "Die Armee" has none.
        # (or an irregular one: "Gunmen storm Mali village, kill 25")
        cache[sent.start] = len(words) < 5 or any(t.is_stop for t in words) or any(
            t.lemma_.lower() != t.lower_ and (t.lower_.endswith(("ed", "ing", "s")) or t.lower_.endswith("men"))
            for t in words)
    return cache[sent.start]


def _blaze(span: SSpan) -> bool:
    """"Fire at Rafah tent camp", "the fire at the market": a blaze, not "gunmen fire at police"."""
    first = span[0]
    return len(span) > 1 and first.lemma_.lower() == "fire" and first.pos_ == "NOUN" and (
        first.is_sent_start or any(c.dep_ == "det" for c in first.children))


def _link_parts(events: list[Event]) -> list[Event]:
    """A killing in an attack is part of it: the offset of the attack's trigger becomes its index."""
    out = []
    for i, event in enumerate(events):
        if event.within_at is not None:
            at = event.within_at
            part_of = next((j for j, other in enumerate(events)
                            if j != i and other.trigger.begin <= at < other.trigger.end), None)
            if part_of is not None and event.cls in STATEMENTS and events[part_of].cls not in STATEMENTS:
                part_of = None  # a saying is part of no attack: "..., officials said, in an attack that also ..."
            event = replace(event, part_of=part_of)
        out.append(event)
    # strikes made "in" an attack no one is named for make it theirs: "Israel strikes military sites in Iran in
    # retaliatory attack" (never the attack it retaliated for)
    for event in list(out):
        if (k := event.part_of) is not None and event.agent is not None and out[k].agent is None \
                and out[k].agent_phrase is None and event.cls in ATTACKS and out[k].cls in ATTACKS:
            out[k] = replace(out[k], agent=event.agent)
    return out


def _link_statements(events: list[Event]) -> list[Event]:
    """A statement is about the events whose trigger lies in what it said; a condemnation, about the deed it
    condemns too ("Egypt condemned the strike", "condemned the strikes as a violation of its sovereignty")."""
    out = []
    for event in events:
        spans = [q for q in (event.content, event.target_phrase if event.cls == "Accusation" and event.target is None
                             else None) if q is not None]
        if event.cls in STATEMENTS and spans:
            about = tuple(i for i, other in enumerate(events)
                          if other is not event and other.cls not in STATEMENTS
                          and any(q.begin <= other.trigger.begin and other.trigger.end <= q.end for q in spans))
            event = replace(event, about=about)
        out.append(event)
    return out
