"""Frozen dataclasses passed between pipeline stages (standard library only).

Offsets are character offsets into Document.text, end exclusive; no spaCy object leaves extraction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    origin: str = ""  # where it came from, for messages: "path" or "path:line"


@dataclass(frozen=True)
class Problem:
    """A source that could not become a Document; reported and skipped, never fatal to a batch."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass(frozen=True)
class Span:
    begin: int
    end: int
    text: str


def headline(text: str) -> Span | None:
    """The first line, where it is a headline: a line of its own, short, with no full stop."""
    line = text.split("\n", 1)[0].rstrip()
    if not line or "\n" not in text or len(line) > 200 or line.endswith((".", "?", "!", '"', "”")):
        return None
    return Span(0, len(line), line)


@dataclass(frozen=True)
class Mention:
    """An entity mention: the cleaned name, its ontology class and, if known, its gazetteer key."""

    span: Span
    name: str
    cls: str
    key: str | None = None
    sentence: int = 0
    ref: int | None = None  # a pronoun or description: the mention it refers to


@dataclass(frozen=True)
class DateValue:
    value: str  # ISO lexical form: 2021-05-02, 2021-05 or 2021
    precision: str  # "day", "month" or "year"
    raw: Span | None = None


@dataclass(frozen=True)
class Event:
    cls: str
    trigger: Span
    sentence: Span
    agent: int | None = None  # index into Extraction.mentions
    target: int | None = None
    place: int | None = None
    date: DateValue | None = None
    fatalities: int | None = None
    injured: int | None = None
    displaced: int | None = None
    quantity: int | None = None
    count_qualifier: str | None = None  # "exact", "at least", "about"
    quote: Span | None = None
    content: Span | None = None  # for statements: the span of what was said or alleged
    audience: int | None = None
    recipient: int | None = None  # handovers: whom it was handed to ("turned over the bases to the Afghan forces")
    status: str | None = None  # None (reported as happened), "Alleged", "Planned", "Negated"
    confidence: float = 0.5
    about: tuple[int, ...] = ()  # for statements: indexes of the events they speak of
    agent_phrase: Span | None = None  # the words for the agent when not a name ("gunmen", "Taliban fighters")
    target_phrase: Span | None = None  # likewise for the target ("three soldiers", "six NATO service members")
    place_phrase: Span | None = None  # and for the place ("at the bus station")
    instrument_phrase: Span | None = None  # the weapon that did it ("a roadside bomb"), never the agent
    more_targets: tuple[Span, ...] = ()  # the rest of a coordination ("men, women and children")
    more_target_entities: tuple[int, ...] = ()  # named ones: "arrested Ali, Omar and Hassan", "including Eva Forest"
    more_agents: tuple[Span, ...] = ()  # the rest of a coordination of agents ("Israeli troops and settlers")
    more_agent_entities: tuple[int, ...] = ()  # named ones: "Hamas and Islamic Jihad", "US and British forces"
    lemma: str = ""  # the trigger's head lemma ("bombing", "attack"): which earlier event a later mention can name
    anaphoric: bool = False  # a definite noun ("the attack", "Saturday's bombing", "the strikes"): may name an earlier event
    definite: bool = False  # any definite noun, naming a place or party too ("the Sinjar strike")
    plural: bool = False  # "the attacks": several events, never the one a later "the attack" names
    verbal: bool = False  # told by a verb ("Israel struck ..."): of no number a later "the strikes" could miss
    further: bool = False  # "it also struck power stations", "struck again": an event beyond those told before
    running_total: bool = False  # "the death toll rose to 45": the count replaces an earlier one of the same event
    also: tuple[Span, ...] = ()
    within_at: int | None = None  # offset of the trigger of the event this one happened in ("killed in an attack")
    part_of: int | None = None  # that event's index: a killing in an attack takes the attack's agent  # later mentions of the same event in the document ("the bombing, which killed 13")


@dataclass(frozen=True)
class Relation:
    subject: int  # index into Extraction.mentions
    predicate: str  # memberOf, basedIn, locatedIn, partOf
    object: int
    evidence: Span
    role: str | None = None
    confidence: float = 0.5


@dataclass(frozen=True)
class Extraction:
    document: Document
    sentences: tuple[Span, ...]
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True)
class Entity:
    key: str
    label: str
    cls: str
    alt_labels: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Resolved:
    """An extraction whose mentions are mapped to canonical entity keys."""

    extraction: Extraction
    entities: tuple[Entity, ...]
    mention_keys: tuple[str, ...] = field(default=())

    @property
    def document(self) -> Document:
        return self.extraction.document


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the document, its publication date, the sentence."""

    source: str
    published: str | None
    sentence: str
    also: tuple[str, ...] = ()  # the sentences of later mentions of the same event
