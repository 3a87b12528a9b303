"""Triggers made by a construction rather than a word: no lexicon entry says "forced two million
people from their homes" is a displacement, the verb, its object and where they were forced from do."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SSpan

from kg.extract.entities import MentionTable
from kg.extract.events import (
    FIRING_VERBS,
    FORCE_NOUNS,
    FORCING_VERBS,
    NON_STATE_NOUNS,
    PARTITIVES,
    PEOPLE_NOUNS,
    PROJECTILES,
    QUANTITY_NOUNS,
    SOME,
    fired_thing,
    left_from,
    noun_lemma,
    prep_objects,
)
from kg.lexicon import ACTOR_CLASSES, PLACE_CLASSES, Trigger

# Where people live: being forced from one of these is losing a home, not a position.
HOME_NOUNS = {"home", "house", "village", "town", "city", "land", "neighbourhood", "neighborhood", "area", "camp",
              "district", "region", "farm", "shelter", "settlement", "quarter"}
# Being driven from a town is displacement for these; for fighters it is a defeat.
COMBATANTS = FORCE_NOUNS | {"fighter", "militant", "soldier", "guard", "trooper", "policeman", "officer", "jihadist",
                            "gunman", "militia", "militiaman"}
DISPLACED = (PEOPLE_NOUNS - COMBATANTS) | {"family", "household", "inhabitant", "resident", "community"}
FORCED_OUT = Trigger(lemmas=("force",), cls="Displacement", pos="v")
# Fired or launched at someone, these are an attack: "Hamas fired a barrage of rockets at Tel Aviv".
FIRED = Trigger(lemmas=("fire",), cls="Attack", pos="v")


# A place that fell was taken, by whomever "to" names or by nobody named: "Kabul fell on Aug. 15".
FELL = Trigger(lemmas=("fall",), cls="Capture", pos="v", inverse=True)
FALLEN = {"town", "city", "village", "base", "airbase", "headquarters", "capital", "stronghold", "garrison", "airport",
          "district", "province", "camp", "position", "outpost", "post", "barracks", "citadel", "enclave", "port"}
# "fell back", "fell silent", "fell short", "fell by 5%", "fell into disrepair", "rockets fell on the town"
_NOT_TAKEN = {"back", "apart", "behind", "short", "below", "by", "into", "to", "under", "from", "off", "through", "out"}


def fallen(table: MentionTable, doc: Doc) -> list[tuple[SSpan, Trigger]]:
    """'The army's divisional headquarters fell on Sunday', 'Kabul fell': a place falling is its capture."""
    found: list[tuple[SSpan, Trigger]] = []
    for verb in table.tokens_with("VERB", {"fall"}):
        fell = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if fell is None or any(c.dep_ in ("acomp", "oprd", "attr", "dobj", "xcomp") or c.lower_ in _NOT_TAKEN
                               for c in verb.children) \
                or any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "in") and not any(
                    o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in verb.children):
            continue
        mention = table.at(fell)
        if (mention is not None and table.mentions[mention].cls in PLACE_CLASSES) \
                or (mention is None and fell.pos_ == "NOUN" and noun_lemma(fell) in FALLEN):
            found.append((doc[verb.i: verb.i + 1], FELL))
    return found


# Ground lost to someone was taken by them: "The RSF lost Wad Madani to the army in January".
LOST_TO = Trigger(lemmas=("lose",), cls="Capture", pos="v", inverse=True)


def lost_to(table: MentionTable, doc: Doc) -> list[tuple[SSpan, Trigger]]:
    """'lost Wad Madani to the army', 'lost the town to the rebels': never "lost two soldiers to a mine"."""
    return [(doc[verb.i: verb.i + 1], LOST_TO) for verb in table.tokens_with("VERB", {"lose"})
            if _ground(table, [c for c in verb.children if c.dep_ == "dobj"])
            and any((found := table.at(o)) is not None and table.mentions[found].cls in ACTOR_CLASSES - PLACE_CLASSES
                    for o in prep_objects(verb, {"to"}))
            # (control of ground lost is its capture, whether or not the taker is named: "acknowledged it had
            # lost control of the town of Chinshwehaw")
            or _ground(table, [o for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "control"
                               for o in prep_objects(c, {"of", "over"})])]


# "The fall of Goma": a place's fall is its capture, a noun as "the seizure of" is.
FALL = Trigger(lemmas=("fall",), cls="Capture", pos="n")


def fall_of(table: MentionTable, doc: Doc) -> list[tuple[SSpan, Trigger]]:
    """'The fall of Goma', 'since the fall of the base', "the city's fall": a place's, never a regime's or a price's."""
    return [(doc[noun.i: noun.i + 1], FALL) for noun in table.tokens_with("NOUN", {"fall"})
            if _ground(table, prep_objects(noun, {"of"}) or [c for c in noun.children if c.dep_ == "poss"])]


def _ground(table: MentionTable, held: list[Token]) -> bool:
    """The first of these words names ground: a place, or a town or base unnamed."""
    found = table.at(held[0]) if held else None
    if held and found is None:  # a place named with its kind, "Khartoum state": the name
        found = next((f for c in held[0].children if c.dep_ == "compound" and (f := table.at(c)) is not None), None)
    return bool(held) and ((found is not None and table.mentions[found].cls in PLACE_CLASSES)
                           or (found is None and noun_lemma(held[0]) in FALLEN))


# Control claimed or announced of a place is its capture, as the claimant tells it: "RSF claims full control of El Fasher".
CONTROL = Trigger(lemmas=("control",), cls="Capture", pos="n")


def claimed_control(table: MentionTable, doc: Doc) -> list[tuple[SSpan, Trigger]]:
    """'Claims full control of El Fasher', 'announced control over the town': the control is a capture."""
    found: list[tuple[SSpan, Trigger]] = []
    for noun in table.tokens_with("NOUN", {"control"}):
        if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ("claim", "announce", "declare"):
            continue
        if _ground(table, prep_objects(noun, {"of", "over"})):
            found.append((doc[noun.i: noun.i + 1], CONTROL))
    return found


# Operations against someone are attacks on them: "carried out operations against the army in Kidal" (not
# a rescue, search or evacuation operation, which is against no one).
OPERATION = Trigger(lemmas=("operation",), cls="Attack", pos="n")


def operations_against(table: MentionTable, doc: Doc) -> list[tuple[SSpan, Trigger]]:
    """Operations against fighters, named or described: not "an operation against the group's infrastructure"."""
    return [(doc[noun.i: noun.i + 1], OPERATION) for noun in table.tokens_with("NOUN", {"operation"})
            if any(_armed(table, o) for o in prep_objects(noun, {"against"}))]


def _armed(table: MentionTable, token: Token) -> bool:
    found = table.at(token)
    return (found is not None and table.mentions[found].cls in ACTOR_CLASSES - PLACE_CLASSES - {"Person"}) \
        or noun_lemma(token) in COMBATANTS | {"insurgent", "rebel", "terrorist", "jihadist", "bandit", "separatist", "army",
                                              "post", "outpost", "position", "base", "checkpoint", "hideout", "stronghold"}


def forced_out(table: MentionTable, doc: Doc) -> list[tuple[SSpan, Trigger]]:
    """'The fighting forced two million people from their homes', 'families were driven out of
    Geneina': the forcing verb is a Displacement trigger when civilians are forced from a home or place."""
    found: list[tuple[SSpan, Trigger]] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in FORCING_VERBS:
            continue
        moved = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if moved is None or not _civilians(table, moved):
            continue
        if any(_home(table, where) for where in left_from(verb)):
            found.append((doc[verb.i: verb.i + 1], FORCED_OUT))
    return found


# Fighters driven out of a place lost it to those who drove them: "drove the RSF out of Khartoum state",
# "pushing Ukrainian troops out of most of the Kursk region".
DRIVEN_OUT = Trigger(lemmas=("drive", "out"), cls="Capture", pos="v")


def driven_out(table: MentionTable, doc: Doc) -> list[tuple[SSpan, Trigger]]:
    """'drove the Taliban out of Kunduz', 'expelled the jihadists from the town': never people from their homes."""
    found: list[tuple[SSpan, Trigger]] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in FORCING_VERBS | {"oust"}:
            continue
        moved = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if moved is not None and _fighters(table, moved) and driven_from(table, verb) is not None:
            found.append((doc[verb.i: verb.i + 1], DRIVEN_OUT))
    return found


def driven_from(table: MentionTable, verb: Token) -> Token | None:
    """The ground fighters were driven out of: a place, or a town or base unnamed ("out of most of Kursk")."""
    for where in left_from(verb):
        where = next(iter(prep_objects(where, {"of"})), where) if where.lemma_.lower() in PARTITIVES else where
        if _ground(table, [where]):
            return where
    return None


def _fighters(table: MentionTable, token: Token) -> bool:
    """An armed group, a state's forces, or fighters unnamed: 'the RSF', 'Ukrainian troops', 'the militants'."""
    mention = table.at(token)
    if mention is not None:
        return table.mentions[mention].cls in ("ArmedGroup", "StateForce")
    return token.lemma_.lower() in COMBATANTS | NON_STATE_NOUNS


def _home(table: MentionTable, token: Token) -> bool:
    mention = table.at(token)
    return token.lemma_.lower() in HOME_NOUNS or (mention is not None and table.mentions[mention].cls in PLACE_CLASSES)


def _civilians(table: MentionTable, token: Token) -> bool:
    """People who are not fighters: 'two million people', 'thousands of families', 'residents'."""
    mention = table.at(token)
    if mention is not None and table.mentions[mention].cls in ACTOR_CLASSES - {"Person"}:
        return False  # "drove the Taliban out of Kunduz": a defeat, not displacement
    if token.lemma_.lower() in QUANTITY_NOUNS or token.pos_ == "NUM":
        token = next(iter(prep_objects(token, {"of"})), token)  # "thousands of families"
        if token.lemma_.lower() in QUANTITY_NOUNS or token.pos_ == "NUM":
            return True  # "forced thousands from their homes"
    return token.lemma_.lower() in DISPLACED


def fired(table: MentionTable) -> list[tuple[SSpan, Trigger]]:
    """'Hamas fired a barrage of rockets at Tel Aviv', 'militants launched mortars at the base': firing
    projectiles is an attack, though "fire" and "launch" alone are not (a fired employee, a launched app)."""
    found: list[tuple[SSpan, Trigger]] = []
    doc = table.doc
    for verb in table.tokens_with("VERB", FIRING_VERBS):
        shot = fired_thing(verb)
        # (not a kind of the attack named beside it: "launched a massive missile and drone attack")
        named = shot is not None and any(c.dep_ == "conj" and c.lemma_.lower() in ("attack", "strike", "barrage", "raid")
                                         for c in shot.children)
        if shot is not None and noun_lemma(shot) in PROJECTILES and not intercepted(verb) and not named:
            found.append((doc[verb.i: verb.i + 1], FIRED))
    return found


# Shooting down what was fired is defence, not an attack: "air defences shot down 24 of 30 drones",
# "intercepted a missile". A crewed aircraft shot down was attacked: "rebels shot down a helicopter".
UNCREWED = (PROJECTILES - {"artillery", "salvo"}) | {"uav", "interceptor", "balloon"}


def intercepted(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    # (and "destroyed 24 of 29 Shahed drones": air defence, as weak "destroy" would otherwise be an attack)
    downing = lemma in ("intercept", "down", "destroy") or (lemma in ("shoot", "bring", "take") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children))
    shot = fired_thing(verb) if downing else None
    if downing and shot is None:  # "shot down or jammed 442 drones": the object after both is both's
        shot = next((s for c in verb.children if c.dep_ == "conj" and (s := fired_thing(c)) is not None), None)
    # "launched 30 drones ..., and air defences shot down 24 of them"; "but most were shot down"
    if shot is not None and (shot.pos_ == "PRON" or shot.lower_ in SOME):
        return any(t.lemma_.lower() in UNCREWED for t in verb.sent if t.i < verb.i)
    return shot is not None and noun_lemma(shot) in UNCREWED and not _aircraft(shot)


# A drone named for its airframe is an aircraft lost, not a munition stopped: "shot down a U.S. MQ-9 Reaper drone",
# "a surveillance drone"; a Shahed drone or "24 of 30 drones" launched at a city are what air defence stops.
_AIRFRAMES = {"reaper", "predator", "hermes", "heron", "hawk", "bayraktar", "tb2", "surveillance", "reconnaissance", "spy",
              "scaneagle", "wing", "orion"}


def _aircraft(shot: Token) -> bool:
    """The drone is named for its airframe or its work."""
    return any(t.lower_ in _AIRFRAMES or t.lower_.startswith(("mq-", "rq-")) for t in shot.lefts)
