"""Statements told by "according to": "Gunmen killed 52 people, according to the United Nations" is the
United Nations saying so, though no verb of saying names it."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.entities import MentionTable
from kg.extract.events import argument, noun_lemma, phrase
from kg.lexicon import ACTOR_CLASSES
from kg.model import Event, Span

# Who may be cited without a name: "according to witnesses", "according to local officials".
SOURCES = {"witness", "resident", "official", "source", "police", "monitor", "ministry", "authority", "spokesman",
           "spokeswoman", "spokesperson", "activist", "survivor", "villager", "medic", "doctor", "observer", "army",
           "military", "government", "agency", "office", "group"}
# What is put out, not who puts it out: "according to a statement from the ministry" is the ministry's.
ISSUED = {"statement", "tally", "toll", "count", "figure", "report", "data", "estimate"}


def according_to(table: MentionTable) -> list[Event]:
    """One statement per "according to X" whose X is a body, a person or a source of news: what the rest of
    its sentence tells is what X says (not "according to the plan", "according to reports")."""
    found: list[Event] = []
    for accord in (t for t in table.doc if t.lower_ == "according" and t.i + 1 < len(table.doc)
                   and table.doc[t.i + 1].lower_ == "to"):
        source = next((c for c in table.doc[accord.i + 1].children if c.dep_ == "pobj"), None)
        if source is not None and noun_lemma(source) in ISSUED and table.at(source) is None:
            source = next((o for p in source.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
                           for o in p.children if o.dep_ == "pobj"), None)
        if source is None:
            continue
        agent = argument(table, source)
        actor = agent is not None and table.mentions[agent].cls in ACTOR_CLASSES
        if not actor and noun_lemma(source) not in SOURCES:
            continue
        content = _told(accord, source)
        if content is None:
            continue
        sent = accord.sent
        text = table.document.text
        end = table.doc[accord.i + 1]
        found.append(Event(
            cls="Statement", trigger=Span(accord.idx, end.idx + len(end), text[accord.idx: end.idx + len(end)]),
            sentence=Span(sent.start_char, sent.end_char, sent.text),
            agent=agent if actor else None, agent_phrase=phrase(table, source), content=content,
            confidence=0.6, lemma="accord"))
    return found


def _told(accord: Token, source: Token) -> Span | None:
    """The rest of the sentence, without the attribution and the commas around it."""
    doc, sent = accord.doc, accord.sent
    first, last = accord.i, source.right_edge.i
    before = [t for t in sent if t.i < first]
    after = [t for t in sent if t.i > last]
    # what comes before ("..., according to the UN"), unless the sentence opens with it ("According to the UN, ...")
    words = before if len([t for t in before if not t.is_punct]) >= 3 else after
    while words and (words[-1].is_punct or words[-1].is_space):
        words = words[:-1]
    while words and (words[0].is_punct or words[0].is_space):
        words = words[1:]
    if len(words) < 3:
        return None
    b, e = words[0].idx, words[-1].idx + len(words[-1])
    return Span(b, e, doc.text[b:e])
