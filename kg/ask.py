"""Questions -> a named query with parameters -> an answer that cites its evidence.

No spaCy here: entities in a question are resolved with the gazetteer's aliases and the store's
labels, and verbs with the ontology's trigger lexicon, so `kg ask` starts fast. User text only
ever reaches SPARQL as bound parameter values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from kg import lexicon as lexicon_mod
from kg import queries
from kg.errors import NoAnswerError
from kg.lexicon import Lexicon
from kg.model import Evidence
from kg.store import KGStore
from kg.vocab import UNDONE, entity_iri

PATTERNS: tuple[tuple[str, str], ...] = (
    ("who captured / attacked / bombed / seized X? (also: who was X captured by?)", "Who captured Kunduz?"),
    ("when did ACTOR capture / attack X?", "When did the Taliban capture Kunduz?"),
    ("what happened in PLACE [in MONTH YEAR]?", "What happened in Kunduz?"),
    ("who is PERSON?", "Who is John Kirby?"),
    ("who speaks for ORGANISATION?", "Who speaks for the Pentagon?"),
    ("who said what [about TOPIC]? / what did A say [about TOPIC]?", "Who said what about the withdrawal?"),
    ("how many people were killed / injured / displaced [in PLACE] [by ACTOR]?", "How many people were killed?"),
    ("which organisations are connected to ACTOR?", "Which organisations are connected to the Taliban?"),
    ("how are A and B connected?", "How are the Taliban and the Pentagon connected?"),
    ("where did ACTOR operate?", "Where did the Taliban operate?"),
    ("list events of TYPE / list attacks", "List events of type Capture"),
    ("who was X handed over to? / who received X?", "Who was Bagram handed over to?"),
)
IRREGULAR = {"took": "take", "taken": "take", "fell": "fall", "fallen": "fall", "overran": "overrun",
             "struck": "strike", "shot": "shoot", "fled": "flee", "held": "hold", "hit": "hit", "led": "lead",
             "laid": "lay", "began": "begin", "gave": "give", "said": "say", "told": "tell", "won": "win",
             "withdrew": "withdraw", "withdrawn": "withdraw", "froze": "freeze", "drove": "drive", "seen": "see", "met": "meet", "fought": "fight"}


@dataclass(frozen=True)
class Item:
    text: str
    evidence: Evidence | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Answer:
    question: str
    query: str
    params: dict[str, str]
    headline: str
    items: tuple[Item, ...]
    sparql: str = ""


def lemma_candidates(word: str) -> list[str]:
    w = word.lower()
    out = [IRREGULAR.get(w, w), w]
    if w.endswith("ied"):
        out.append(w[:-3] + "y")
    if w.endswith("ed"):
        out += [w[:-2], w[:-1], w[:-3] if len(w) > 4 and w[-3] == w[-4] else w[:-2]]
    if w.endswith("ing"):
        out += [w[:-3], w[:-3] + "e"]
    if w.endswith("s"):
        out.append(w[:-1])
    return list(dict.fromkeys(out))


def event_class(words: list[str], lexicon: Lexicon) -> tuple[str, int] | None:
    """The event class the leading words name ('took control of' -> Capture) and how many words it used."""
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        options = [lemma_candidates(w) for w in words[:size]]
        for trigger in lexicon.triggers:
            if len(trigger.lemmas) == size and all(t in o for t, o in zip(trigger.lemmas, options, strict=True)):
                return trigger.cls, size
    return None


def _clean(text: str) -> str:
    text = re.sub(r"[?!.\s]+$", "", text.strip())
    return re.sub(r"^(?:the)\s+", "", text, flags=re.I).strip(" \"'“”")


def resolve_entity(store: KGStore, name: str, lexicon: Lexicon) -> str:
    """An entity IRI for a name in a question: gazetteer alias first, then the store's labels."""
    cleaned = _clean(name)
    for candidate in (cleaned, name.strip()):
        keys = lexicon.lookup(candidate)
        if keys:
            known = [k for k in keys if queries.find_entities(store, lexicon.entries[k].label)]
            return entity_iri((known or list(keys))[0])
    found = queries.find_entities(store, cleaned)
    if found:
        return found[0][0]
    hints = queries.similar_names(store, cleaned)
    hint = f" Did you mean: {', '.join(hints)}?" if hints else ""
    raise NoAnswerError(f"I don't know {cleaned!r}.{hint}")


def _evidence(row: dict[str, Any]) -> Evidence:
    sentence = " ".join(str(queries.plain(row.get("sentence")) or "").split())
    # Later mentions of the same event, "offset<TAB>sentence", put back in text order.
    later = (item.partition("\t") for item in str(queries.plain(row.get("alsoSaid")) or "").split("\u2029") if item)
    said = (" ".join(text.split()) for _, _, text in sorted(later, key=lambda t: int(t[0] or 0)))
    return Evidence(str(queries.plain(row.get("source"))), queries.plain(row.get("published")), sentence,
                    tuple(s for s in said if s and s != sentence))


def _answer(store: KGStore, question: str, name: str, params: dict[str, str], headline: str,
            render: Callable[[dict[str, Any]], str | None]) -> Answer:
    query = queries.load(name)
    result = queries.run(store, query, params)
    items, seen = [], set()
    for row in result.rows:
        text = render(row)
        if text is None:
            continue
        evidence = _evidence(row) if row.get("source") is not None else None
        key = (text, evidence)
        if key in seen:
            continue
        seen.add(key)
        items.append(Item(text, evidence, {k: queries.plain(v) for k, v in row.items()}))
    if not items:
        raise NoAnswerError(f"No answer in the store for: {question}")
    return Answer(question, name, params, headline, tuple(items), query.text)


def _p(row: dict[str, Any], key: str) -> Any:
    return queries.plain(row.get(key))


def answer(store: KGStore, question: str, lexicon: Lexicon | None = None) -> Answer:
    lex = lexicon or lexicon_mod.load()
    q = " ".join(question.strip().split())
    low = q.rstrip("?!. ")  # matched case-insensitively; groups keep the asker's spelling

    m = re.match(r"^who is (.+)$", low, re.I)
    if m:
        person = resolve_entity(store, m.group(1), lex)
        try:
            return _answer(store, q, "who-is", {"person": person}, f"Who is {_clean(m.group(1))}:",
                           lambda r: f"{_p(r, 'label')}: {_p(r, 'role') or _p(r, 'relation')} "
                                     f"({'of' if _p(r, 'relation') == 'memberOf' else 'based in'} {_p(r, 'orgLabel')})")
        except NoAnswerError:
            # No role stated: what the documents say where they name them ("Kaduna state governor Uba Sani said").
            named = _answer(store, q, "mentions", {"entity": person},
                            f"Who is {_clean(m.group(1))}: no role stated; where the documents name them:",
                            lambda r: f"named as {_p(r, 'anchor')!r}")
            return replace(named, items=named.items[:5])

    m = re.match(r"^(?:who said what|what did (.+?) say)(?: about (.+))?$", low, re.I)
    if m:
        params: dict[str, str] = {}
        if m.group(1):
            params["speaker"] = resolve_entity(store, m.group(1), lex)
        if m.group(2):
            topic = _clean(m.group(2)).split()
            found = event_class(topic, lex) or event_class(topic[-1:], lex)
            if found is not None:
                params["about"] = found[0]
            else:
                # Not a kind of event: statements whose words name the entity.
                names = _names(store, resolve_entity(store, m.group(2), lex))
                return _answer(store, q, "statements", params, f"Statements about {_clean(m.group(2))}:",
                               lambda r: _statement(r) if any(n in f"{_p(r, 'quote')} {_p(r, 'sentence')}".lower()
                                                              for n in names) else None)
        return _answer(store, q, "statements", params, "Statements:", _statement)

    m = re.match(r"^how many (?:people )?(?:were |have been |had been )?(killed|died|dead|injured|wounded|"
                 r"displaced|casualties)(?: in (.+?))?(?: by (.+))?$", low, re.I)
    if m:
        verb = m.group(1).lower()
        column = {"killed": "fatalities", "died": "fatalities", "dead": "fatalities", "injured": "injured",
                  "wounded": "injured", "displaced": "displaced", "casualties": "casualties"}[verb]
        params = {}
        if m.group(2):
            params["place"] = resolve_entity(store, m.group(2), lex)
        if m.group(3):
            params["agent"] = resolve_entity(store, m.group(3), lex)
        answer_ = _answer(store, q, "casualties", params, "",
                          lambda r: (f"{r_q(r)}{_p(r, column):,} {verb} ({_p(r, 'eventType')}"
                                     f"{', by ' + _p(r, 'agentLabel') if _p(r, 'agentLabel') else ''}"
                                     f"{'; ' + _p(r, 'status').lower() + ', not counted' if _uncounted(r) else ''})")
                          if _p(r, column) is not None else None)
        # What could happen or did not happen is no toll: "the fighting could kill 10,000 people".
        counted = [i for i in answer_.items if not _uncounted(i.data)]
        # One event told by several articles counts once, at the largest figure a report gives.
        events: dict[str, int] = {}
        for item in counted:
            group = str(item.data.get("sameEvent") or id(item))
            events[group] = max(events.get(group, 0), item.data[column])
        total = sum(events.values())
        qualifier = " at least" if any(i.data.get("qualifier") == "at least" for i in counted) else ""
        headline = f"Reported{qualifier} {total:,} people {verb} (sum over {len(counted)} report(s)):" \
            if len(events) == len(counted) else \
            f"Reported{qualifier} {total:,} people {verb} (sum over {len(events)} event(s) in {len(counted)} report(s)):"
        return Answer(answer_.question, answer_.query, answer_.params, headline, answer_.items, answer_.sparql)

    m = re.match(r"^which (?:organi[sz]ations|groups|actors|countries|entities) (?:are|were|is) "
                 r"(?:connected|linked|related|tied) (?:to|with) (.+)$", low, re.I)
    if m:
        actor = resolve_entity(store, m.group(1), lex)
        persons = any(w in low.lower() for w in ("organisation", "organization", "group", "countr"))
        return _answer(store, q, "connected", {"actor": actor}, f"Connected to {_clean(m.group(1))}:",
                       lambda r: None if persons and _p(r, "otherType") == "Person" else
                       f"{_p(r, 'otherLabel')} ({_p(r, 'otherType')}): {_p(r, 'events')} shared event(s); {_p(r, 'links')}")

    m = re.match(r"^what happened in (.+?)(?: (?:in|during) ([a-z]+(?: \d{4})?|\d{4}))?$", low, re.I)
    if m:
        place = resolve_entity(store, m.group(1), lex)
        period = _period(m.group(2).lower() if m.group(2) else None)
        return _answer(store, q, "events-in-place", {"place": place}, f"Events in {_clean(m.group(1))}:",
                       lambda r: None if period and not str(_p(r, "date") or "").startswith(period) else
                       f"{_p(r, 'eventType')}{' by ' + _p(r, 'agentLabel') if _p(r, 'agentLabel') else ''}"
                       f"{' against ' + _p(r, 'targetLabel') if _p(r, 'targetLabel') and _p(r, 'targetLabel') != _p(r, 'where') else ''}"
                       f" in {_p(r, 'where')}{' on ' + str(_p(r, 'date')) if _p(r, 'date') else ''}"
                       f"{' (' + _p(r, 'status').lower() + ')' if _p(r, 'status') else ''}")

    m = re.match(r"^when (?:did|was|were|has|have|had) (.+)$", low, re.I)
    if m:
        words = m.group(1).split()
        for i in range(1, len(words) - 1):  # "the Taliban | capture | Kunduz": find the event word
            found = event_class(words[i:], lex)
            if found is not None and i + found[1] < len(words):
                actor_text, place_text = " ".join(words[:i]), " ".join(words[i + found[1]:])
                actor = resolve_entity(store, actor_text, lex)
                place = resolve_entity(store, place_text, lex)
                return _answer(store, q, "events", {"type": found[0], "actor": actor, "place": place},
                               f"When {_clean(actor_text)}: {found[0]} of {_clean(place_text)}:",
                               lambda r: f"{_p(r, 'date') or 'date not given'}: {_p(r, 'eventType')}"
                                         f"{' by ' + _p(r, 'agentLabel') if _p(r, 'agentLabel') else ''}"
                                         f"{' (' + _p(r, 'status').lower() + ')' if _p(r, 'status') else ''}")

    m = re.match(r"^who (?:speaks|spoke|is speaking|talks) for (.+)$", low, re.I)
    if m:
        org = resolve_entity(store, m.group(1), lex)
        return _answer(store, q, "people", {"org": org}, f"Who speaks for {_clean(m.group(1))}:",
                       lambda r: f"{_p(r, 'personLabel')} ({_p(r, 'role')})"
                                 if "spokes" in str(_p(r, "role") or "") else None)

    m = re.match(r"^how (?:are|is|were) (.+?) and (.+?) (?:connected|linked|related)(?: to each other)?$", low, re.I)
    if m:
        a, b = resolve_entity(store, m.group(1), lex), resolve_entity(store, m.group(2), lex)
        return _answer(store, q, "connection", {"a": a, "b": b},
                       f"How {_clean(m.group(1))} and {_clean(m.group(2))} are connected:",
                       lambda r: f"directly: {_p(r, 'link1')}" if _p(r, "hops") == 1 else
                       f"through {_p(r, 'viaLabel')}: {_p(r, 'link1')}, then {_p(r, 'link2')}")

    m = re.match(r"^where (?:did|does|do|has|have) (.+?) (?:operate|operated|act|fight|fought|strike|attack)d?$", low, re.I)
    if m:
        actor = resolve_entity(store, m.group(1), lex)
        return _answer(store, q, "events", {"actor": actor}, f"Where {_clean(m.group(1))} operated:",
                       lambda r: f"{_p(r, 'placeLabel')}: {_p(r, 'eventType')}" if _p(r, "placeLabel") else None)

    m = re.match(r"^(?:list|show)(?: all| me)?(?: (?:the )?events of (?:type )?| )(.+)$", low, re.I)
    if m:
        words = _clean(m.group(1)).split()
        found = event_class(words[-1:], lex) if words else None
        if found is not None:
            return _answer(store, q, "events", {"type": found[0]}, f"Events of type {found[0]}:",
                           lambda r: f"{_p(r, 'eventType')}{' by ' + _p(r, 'agentLabel') if _p(r, 'agentLabel') else ''}"
                                     f"{' against ' + _p(r, 'targetLabel') if _p(r, 'targetLabel') else ''}"
                                     f"{' in ' + _p(r, 'placeLabel') if _p(r, 'placeLabel') else ''}"
                                     f"{' on ' + str(_p(r, 'date')) if _p(r, 'date') else ''}")

    # "Who was Bagram handed over to?", "To whom were the bases turned over?", "Who received Bagram?"
    m = (re.match(r"^(?:who|which \w+) (?:was|were|has been|had been) (.+?) (?:handed|turned|given) (?:over |back )?to$", low, re.I)
         or re.match(r"^to whom (?:was|were|has|had)(?: been)? (.+?) (?:handed|turned|given)(?: over| back)?$", low, re.I)
         or re.match(r"^(?:who|which \w+) (?:received|took over|was given|were given) (.+)$", low, re.I))
    if m:
        thing = resolve_entity(store, m.group(1), lex)
        return _answer(store, q, "handed-to", {"thing": thing}, f"{_clean(m.group(1))} handed over to:",
                       lambda r: f"{_p(r, 'recipientLabel')} (by {_p(r, 'agentLabel') or 'unnamed'}"
                                 f"{', ' + str(_p(r, 'date')) if _p(r, 'date') else ''})" if _p(r, "recipientLabel") else None)

    # Passive: "Who was Kunduz captured by?", "By whom was Kunduz seized?", "Kunduz was seized by whom?"
    m = (re.match(r"^(?:who|which \w+) (?:was|were|has been|had been) (.+?) (\w+) by$", low, re.I)
         or re.match(r"^by whom (?:was|were|has|had)(?: been)? (.+?) (\w+)$", low, re.I)
         or re.match(r"^(.+?) (?:was|were) (\w+) by whom$", low, re.I))
    if m:
        found = event_class([m.group(2)], lex)
        if found is not None:
            target = resolve_entity(store, m.group(1), lex)
            return _answer(store, q, "who-did", {"type": found[0], "target": target},
                           f"{found[0]} of {_clean(m.group(1))}:",
                           lambda r: f"{_p(r, 'agentLabel')} ({_unnamed(r)}{_p(r, 'eventType')}"
                                     f"{', ' + str(_p(r, 'date')) if _p(r, 'date') else ''})")

    m = re.match(r"^(?:who|which \w+) (?:has |have |had |was |were )?(.+)$", low, re.I)
    if m:
        words = m.group(1).split()
        found = event_class(words, lex)
        if found is not None and len(words) > found[1]:
            cls, used = found
            # "Who withdrew from Avdiivka?", "Who surrendered to the RSF?": the place or party after it
            rest, prep = words[used:], "of"
            if len(rest) > 1 and rest[0] in ("from", "to", "in", "on", "against", "into", "at"):
                prep, rest = rest[0], rest[1:]
            target_text = " ".join(rest)
            where = re.match(r"^(.+?) (?:in|at|near) (.+)$", target_text)
            try:
                target = resolve_entity(store, target_text, lex)
            except NoAnswerError:
                if where is None:
                    raise
                # "Who kidnapped students in Kuriga?": the people are words, the place an entity
                target_text, prep = where.group(2), "in"
                target = resolve_entity(store, target_text, lex)
            return _answer(store, q, "who-did", {"type": cls, "target": target}, f"{cls} {prep} {_clean(target_text)}:",
                           lambda r: f"{_p(r, 'agentLabel')} ({_unnamed(r)}{_p(r, 'eventType')}"
                                     f"{', ' + str(_p(r, 'date')) if _p(r, 'date') else ''}"
                                     f"{', ' + _p(r, 'status').lower() if _p(r, 'status') else ''})")

    raise NoAnswerError("I can't answer that yet. The closest questions I understand:\n" + closest_forms(q)
                        + "\n(`kg ask --help` lists them all.)")


def closest_forms(question: str, n: int = 3) -> str:
    """The n patterns most like the question, by word overlap with their form and example."""
    import difflib

    words = set(re.findall(r"[a-z]+", question.lower()))

    def score(pattern: tuple[str, str]) -> float:
        text = f"{pattern[0]} {pattern[1]}".lower()
        overlap = len(words & set(re.findall(r"[a-z]+", text))) / (len(words) or 1)
        return overlap + difflib.SequenceMatcher(None, question.lower(), pattern[1].lower()).ratio()

    ranked = sorted(PATTERNS, key=score, reverse=True)[:n]
    return "\n".join(f"  - {form}   e.g. {example}" for form, example in ranked)


def _statement(row: dict[str, Any]) -> str:
    return (f"{_p(row, 'speakerLabel') or 'unnamed source'}"
            f"{' to ' + _p(row, 'audienceLabel') if _p(row, 'audienceLabel') else ''}: “{_p(row, 'quote') or ''}”")


def _names(store: KGStore, iri: str) -> list[str]:
    """The lower-case label and aliases of an entity, for matching words in quotes."""
    import pyoxigraph as ox

    _, rows = store.select("SELECT DISTINCT ?n ?e WHERE { { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } }",
                           {"e": ox.NamedNode(iri)})
    return sorted({str(queries.plain(r["n"])).lower() for r in rows if len(str(queries.plain(r["n"]))) > 2})


def r_q(row: dict[str, Any]) -> str:
    qualifier = _p(row, "qualifier")
    return "" if qualifier in (None, "exact") else f"{qualifier} "


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]


def _unnamed(row: dict[str, Any]) -> str:
    """'Rebels (unnamed; Attack)': the text's words for an agent no entity names."""
    return "unnamed; " if _p(row, "unnamed") else ""


def _uncounted(row: dict[str, Any]) -> bool:
    """A planned or negated event's count is no toll."""
    return _p(row, "status") in UNDONE


def _period(text: str | None) -> str | None:
    """'may 2021' -> '2021-05', '2021' -> '2021', 'may' -> '-05' is not supported: a month needs a year."""
    if not text:
        return None
    parts = text.split()
    if len(parts) == 1 and parts[0].isdigit():
        return parts[0]
    if len(parts) == 2 and parts[0] in MONTHS and parts[1].isdigit():
        return f"{parts[1]}-{MONTHS.index(parts[0]) + 1:02d}"
    return None
