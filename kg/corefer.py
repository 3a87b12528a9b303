"""Within-document event coreference: a later mention of an event told earlier joins that event.

News tells one event several times: "A bomb exploded in Madrid, killing 13 ... Police said the
bombing, which killed 13 people, was carried out by ETA." As two events the toll doubles and the
agent sits on a second bombing with no place. A later event joins an earlier one when nothing they
say disagrees (kind, status, who, whom, where, when, how many) and something says they are one:

- a definite noun of the same kind names it: "the bombing", "the attack", "Saturday's blast";
- the same toll of the same kind: "killing 13 people" ... "the bombing, which killed 13 people";
- the same actors: "the Taliban captured Kunduz" ... "the Taliban's capture of Kunduz";
- a headline's event is the body's first event of its kind: "Jihadists kill scores" ... "killed at
  least 100 people" (the lede's place and larger figure win), unless the headline puts it behind the
  news ("after Kashmir massacre").

The joined event keeps the first mention (and so its IRI and sentence), gathers the roles every
mention gave, and lists the later triggers in `also`. Statements never join: each is its own act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import fields, replace
from datetime import date
from typing import Any

from kg.lexicon import Lexicon
from kg.model import Event, Resolved, Span
from kg.model import headline as headline_of
from kg.vocab import ATTACKS, ENTERING, HARMS, STATEMENTS

# How many earlier events a mention is compared with: bounded work per event however long the
# document (a book-length text would otherwise be quadratic in its events).
LOOK_BACK = 100
# Towns this close may be named for each other (a city and its suburb): ~ a metropolitan area's radius.
NEIGHBOURS_KM = 12.0
TOLLS = {"Killing": "fatalities", "Injury": "injured", "Displacement": "displaced"}
COUNTS = ("fatalities", "injured", "displaced", "quantity")
# Trigger head lemmas that name the same kind of attack. A generic "the attack" can name a bombing,
# a shooting or an ambush, but nobody calls police raids or a gun battle "the attack".
KINDS: dict[str, str] = {
    **dict.fromkeys(("bomb", "bombing", "blast", "explosion", "explode", "detonate", "detonation", "ied",
                     "bomber"), "explosive"),
    **dict.fromkeys(("shoot", "shooting", "gunfire", "fire", "gunman", "open"), "shooting"),  # "opened fire"
    **dict.fromkeys(("airstrike", "strike", "bombardment", "shelling", "shell", "pound"), "air"),
    **dict.fromkeys(("attack", "assault", "hit", "target", "destroy", "damage"), "generic"),  # "the missile hit": whatever kind of attack it was
    "come": "generic",  # "came under fire", "came under attack": an ambush's, a raid's
    "ambush": "generic",  # by guns or bombs: "Militants ambush bus" is "Militants opened fire on a bus"
    # (and an attempt on a life by any means: "wounded in assassination attempt" ... "a gunman shot")
    **dict.fromkeys(("assassination", "attempt", "assassinate", "murder"), "generic"),
    **dict.fromkeys(("battle", "clash", "fighting", "fight", "firefight", "skirmish", "combat", "exchange", "gunfight",
                     "gunbattle", "shootout"), "combat"),
    # a push across a line: "troops push into Kursk" is "a cross-border incursion ... into the Kursk region"
    # and a raid, which "the attack" may name (while "the attack" is not the clashes it led to)
    # (and a rampage through a village: "settlers rampage through West Bank village" ... "stormed the village of Jit")
    **dict.fromkeys(("incursion", "invasion", "invade", "raid", "rampage", *ENTERING), "ground"),
    # a push of many days: a headline's "ground offensive widens" is the "ground operation" launched, not one
    # ambush or tank destroyed in it
    **dict.fromkeys(("offensive", "operation", "campaign"), "campaign"),
}
# Unarmed people by what they were doing or are (head nouns as _head_noun gives them, with no final "s").
CIVILIANS = {"civilian", "worshipper", "villager", "resident", "passenger", "student", "children", "child", "women",
             "woman", "farmer", "miner", "pilgrim", "tourist", "worker", "shopper", "mourner", "guest", "patient",
             "engineer", "national", "citizen", "foreigner", "doctor", "nurse", "teacher", "labourer", "laborer",
             "christian", "muslim", "hindu", "sikh", "jew"}
# ("five Chinese engineers" are "five Chinese nationals"; the "villagers" beheaded were "11 Christians")
# Places that hold what an attack on them hit.
SETTLEMENTS = {"village", "town", "city", "area", "neighbourhood", "neighborhood", "district", "camp", "region"}
# A sentence that says it tells of another incident: its toll is not the earlier one repeated.
ANOTHER_INCIDENT = {"separate", "another", "elsewhere", "second", "similar"}
# A sentence opening on another time or place tells another incident: "Earlier on Friday, ...".
_ANOTHER_TIME = re.compile(r"\s*(?:Earlier|Later|Separately|Elsewhere|Meanwhile|In (?:a )?separate)\b")
# A force's seat, called by what sits there or by the building: "seize army regional command" ... "taken over the
# headquarters of the military's regional command".
SEATS_OF_COMMAND = {"command", "headquarter", "hq", "base", "garrison", "barrack"}  # as _head_noun gives them
GENERIC_TARGETS = {"target", "site", "position", "objective", "installation"}  # as _head_noun gives them
GENERIC_PEOPLE = {"people", "person", "other", "them"}  # head nouns without a final "s" ("five of them")
# Men and women, whatever else they were: a headline's "26 tourists" killed are the lede's "26 men".
GENDERED = {"man", "men", "woman", "women"}
# The young by their several names: a headline's "15 children" abducted are the lede's "15 pupils".
YOUNG = {"child", "children", "pupil", "student", "schoolchild", "schoolchildren", "schoolgirl", "schoolboy", "kid",
         "boy", "girl", "teenager", "minor"}
# Who leads, by any of its names: a headline's "militia leader killed" is the lede's "the head of an armed group".
# (and the ranks that lead: a headline's "Russian general killed" is the lede's "the head of ... forces")
LEADERS = {"leader", "head", "chief", "commander", "boss", "founder", "general", "colonel", "admiral"}
# What news calls the same armed men by turns: a headline's "33 militants killed" is the lede's "killing
# all 33 attackers" (but two tolls of four assailants further down may be two fights).
ASSAILANTS = {"militant", "attacker", "gunmen", "gunman", "assailant", "fighter", "insurgent", "rebel", "jihadist",
              "militiamen", "terrorist", "hijacker", "kidnapper", "bomber", "extremist", "separatist",
              "member", "shooter"}  # ("19 suspected cartel gunmen" are the lede's "19 suspected cartel members")
# Who carried out the attack just told, by that alone ("the attackers", not "the rebels", who may fight on).
# (plural: "the gunman" may be one man of several, "the gunmen" are the band)
DOERS = {"attackers", "assailants", "gunmen", "perpetrators", "raiders"}
# Words that put a headline's event behind the news it tells.
BACKGROUND = {"after", "following", "since", "amid", "over", "despite", "before"}
# ... and what it pays back: "Israel strikes Iran in retaliation for missile attack".
REPAID = {"retaliation for", "response to", "revenge for", "reprisal for", "retribution for"}
# A bare number counts people of any kind: "kills three" ... "killed three members of an armed group".
_ROUGHLY = {"nearly", "almost", "about", "around", "some", "over", "more", "than", "at", "least", "up", "to"}
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
                "score", "hundred", "thousand"}


def corefer(resolved: Resolved, lexicon: Lexicon) -> Resolved:
    """Fold later mentions into the earlier events they repeat (statements' `about` and events'
    `part_of` follow), then let each toll and its attack fill in what the other says."""
    events = resolved.extraction.events
    keys = resolved.mention_keys
    joined: list[Event] = []
    where: list[int] = []  # old index -> index in joined
    headline = headline_of(resolved.extraction.document.text)
    told: set[int] = set()  # headline events the body has already told
    heard_parts: set[int] = set()  # explosions heard where a strike was told: parts of it, indexed in joined
    people = frozenset(e.key for e in resolved.entities if e.cls == "Person")
    # who the text says belongs to which body: "the Taliban's minister for refugees, Khalil Haqqani"
    members = frozenset((keys[r.subject], keys[r.object]) for r in resolved.extraction.relations
                        if r.predicate == "memberOf" and keys[r.subject] and keys[r.object])
    text = resolved.extraction.document.text
    quarters = frozenset(key for m, key in zip(resolved.extraction.mentions, keys, strict=True)
                         if key and (_QUARTER.match(text, m.span.end) or _QUARTER_NAMED.search(m.span.text)))
    # (and a building the gazetteer does not know is in the town it does: "a hotel in Kramatorsk ... the Sapphire hotel")
    quarters |= frozenset(e.key for e in resolved.entities if e.cls == "Facility" and e.key not in lexicon.entries)
    # towns the text calls regions, which the gazetteer knows only as towns: "the state of Guanajuato"
    regions = frozenset(key for m, key in zip(resolved.extraction.mentions, keys, strict=True)
                        if key and (_REGION_BEFORE.search(text, max(0, m.span.begin - 40), m.span.begin) or _REGION_AFTER.match(text, m.span.end)))
    towns = frozenset(e.key for e in resolved.entities if e.cls in ("City", "District", "Place"))
    for n, event in enumerate(events):
        target = None if event.cls in STATEMENTS or event.further else _antecedent(joined, event, keys, lexicon, people, quarters,
                                                                                                        members, regions, towns)
        if target is None and (named := _told_by_its_subject(events, event)) is not None:
            target = where[named]  # "The blasts struck a crowd gathered near the tomb in Kerman": what the blasts hit
        if target is not None and headline is not None and headline.end <= event.sentence.begin \
                and any(where[m] == target and events[m].part_of == n for m in range(n)) \
                and (whole_told := _headline_event(joined, told, event, headline, keys, lexicon, members, quarters)) is not None \
                and joined[whole_told].lemma == event.lemma:
            # the whole the body names, its part told first, is the headline's: "Trump shot in ear in assassination
            # attempt" ... "was shot in the ear at a rally on Saturday in an assassination attempt"
            target = whole_told
        # (a lede's "attacked ... again" is a headline's "attack ... again": one more attack, the same one told twice)
        again = headline is not None and re.search(r"\bagain\b", headline.text, re.I) is not None
        # (but a deed days before, behind the news, may be the headline's behind its own: "Pakistan strikes ... in Iran after
        # Iranian attack" ... "two days after Iran struck what it said were bases of a militant group in Pakistan")
        lede = None if target is not None or event.cls in STATEMENTS or (event.further and not again and not _behind(event)) \
            or headline is None \
            or event.sentence.begin < headline.end or _long_before(event, resolved.extraction.document.published) \
            else _headline_event(joined, told, event, headline, keys, lexicon, members, quarters)
        if lede is not None and joined[lede].cls in ATTACKS and _kind(event) != _kind(joined[lede]) != "generic" and any(
                later.cls == joined[lede].cls and _head_noun(later.trigger.text) == _head_noun(joined[lede].trigger.text)
                and not later.anaphoric for later in events[n + 1:]):
            # (not "the strike" blamed later, which names whatever was told: "Israel blamed Hezbollah for the strike")
            lede = None  # a headline's "explosions heard in Kyiv" is the body's "Explosions were heard", not an attack told first
        if lede is not None and event.part_of is not None and event.lemma != joined[lede].lemma == events[event.part_of].lemma:
            lede = None  # the headline's attack is the whole the body names, not a part: "burned dozens of homes in an attack"
        if target is None and lede is None:
            if event.cls in ("Attack", "Bombing") and (event.anaphoric or (event.definite and not event.verbal)) \
                    and (killing := _killed_since(events[:n], -1, event)) is not None \
                    and joined[where[killing]].part_of is None and (event.cls == "Attack" or any(
                        p is not None and _EXPLOSIVE_WORDS.search(p.text) is not None
                        for p in (events[killing].agent_phrase, events[killing].instrument_phrase))):
                # "... shot dead 23 of them, police said. The attack took place in the Musakhel district": the
                # attack only now named is the killing's (and "the blast" a bomber's: "A suicide car bomber killed
                # at least 10 people ... Al Shabaab claimed responsibility for the blast")
                joined[where[killing]] = replace(joined[where[killing]], part_of=n)
            if (heard := _heard_from(joined, event, keys, lexicon)) is not None:
                event = replace(event, part_of=heard)  # ("part_of" here indexes joined; marked so below)
                heard_parts.add(len(joined))
            where.append(len(joined))
            joined.append(event)
        elif target is not None:
            where.append(target)
            # the body telling the headline's event is its lede, and no later event is
            told_here = headline is not None and joined[target].sentence.begin < headline.end <= event.sentence.begin \
                and target not in told
            if told_here:
                told.add(target)
            joined[target] = _join(joined[target], event, keys, lexicon, lede=told_here, members=members,
                                   regions=regions)
        else:
            assert lede is not None
            where.append(lede)
            told.add(lede)
            joined[lede] = _join(joined[lede], event, keys, lexicon, lede=True, members=members, regions=regions)
    joined = [replace(e, about=tuple(sorted({where[i] for i in e.about})),
                      part_of=e.part_of if k in heard_parts else
                      None if e.part_of is None or where[e.part_of] == k else where[e.part_of])
              for k, e in enumerate(joined)]
    joined = _acyclic(joined)
    joined = _claimed(joined, keys, resolved.extraction.document.published)
    joined = _band_named_since(joined)
    joined = _siege_before_taking(joined)
    joined = _backing(joined)
    joined = _news_tolls(joined, headline, keys, lexicon)
    joined = _instances_of_many(joined, keys, lexicon)
    joined = _shared_deeds(events, where, joined, keys)
    own = frozenset(k for k in range(len(joined)) if _own_loss(joined, k, keys))
    joined = [_inherit(e, joined[e.part_of], keys, lexicon, own_loss=k in own, regions=regions) if e.part_of is not None else e
              for k, e in enumerate(joined)]
    for part in joined:  # and the attack happened where and when its toll was taken, by whoever took it
        # (and by whoever took captives in it: "abducted at least 50 villagers in a raid on the village of Kuchi")
        if part.part_of is not None and (part.cls in HARMS or (part.cls == "Arrest" and part.lemma in ("abduct", "kidnap"))):
            whole = joined[part.part_of]
            placed = whole.place is not None or whole.place_phrase is not None
            taken = {role: getattr(part, role) for role in ("place", "place_phrase", "date")
                     if getattr(whole, role) is None and getattr(part, role) is not None
                     and not (placed and role != "date") and not (role == "date" and whole.lemma in LASTING)}
            if _narrower(lexicon, _key(keys, whole.place), _key(keys, part.place)) and whole.lemma not in LASTING \
                    and not _at_a_land(lexicon, keys, whole):
                taken["place"] = part.place  # "Nigeria suicide bombings kill 18 in Borno's Gwoza town": in Gwoza
                # (but not an attack on a whole land: "launched 70 missiles at Ukraine's energy system, killing one
                # person in Dnipro")
            if whole.agent is None and whole.agent_phrase is None and part.agent is not None and whole.cls in ATTACKS \
                    and _key(keys, part.agent) != _key(keys, whole.target) \
                    and (not _attackers_hit(part) or whole.lemma in COUNTERS or whole.cls == "Airstrike"
                         # (or militants killed in the raids of those who killed them: "security forces killed 12
                         # militants in raids in the northwest")
                         or (whole.lemma in ("raid", "operation", "sweep") and _told_in(part, whole))):
                # (nor who killed the attackers: "repelled an attack on its base, killing dozens of assailants"; but
                # militants killed in an air strike were killed by who struck: "had killed five militants in an air strike")
                # not a protest: "police kill 31 in anti-government protests" did not protest
                # "the RSF killed 124 people in an attack on a village": the RSF's attack; never whom it hit
                taken.update(agent=part.agent, more_agents=part.more_agents, more_agent_entities=part.more_agent_entities)
            elif whole.agent is None and whole.agent_phrase is None and part.agent is None and part.agent_phrase is not None \
                    and whole.cls in ATTACKS and whole.lemma not in MUTUAL:
                taken.update(agent_phrase=part.agent_phrase)  # "gunmen killed 100 people in an attack on Yelwata"
            if taken and whole.cls not in STATEMENTS:
                joined[part.part_of] = replace(whole, **taken)
    for part in joined:  # a bare whole is where, when and on whom its deed told was done: "was shot in the ear at a
        # rally in Pennsylvania on Saturday in an assassination attempt" (the attempt on him, there, that day)
        if part.part_of is not None and part.cls in ATTACKS and (whole := joined[part.part_of]).cls in ATTACKS \
                and all(getattr(whole, r) is None for r in ("place", "place_phrase", "date", "target", "target_phrase")):
            joined[part.part_of] = replace(whole, **{r: getattr(part, r) for r in (
                "place", "place_phrase", "date", "target", "target_phrase", "more_targets", "more_target_entities")})
    for part in joined:  # and who did a part of an attack did the attack: "attacked the town, setting fire to the police
        # station ... claimed responsibility for the attack", the claim joined to the burning
        if part.part_of is not None and part.cls in ATTACKS and part.agent is not None and part.status is None:
            whole = joined[part.part_of]
            if whole.cls in ATTACKS and whole.agent is None and whole.status is None and whole.lemma not in MUTUAL:
                joined[part.part_of] = replace(whole, agent=part.agent, more_agents=part.more_agents,
                                               more_agent_entities=part.more_agent_entities)
    # and what one toll told of the attack, the attack's other tolls take: "killing 34 people and wounding 117"
    # (and its day: "killed at least 16 people on Saturday ... more than 50 people were wounded in the strike")
    joined = [_inherit(e, joined[e.part_of], keys, lexicon, own_loss=k in own)
              if e.part_of is not None and (e.agent is None or e.date is None) else e for k, e in enumerate(joined)]
    return replace(resolved, extraction=replace(resolved.extraction, events=tuple(joined)))


# Attacks made back on attackers: who killed the attackers in one made it ("killed several dozen terrorists in a
# counterattack").
COUNTERS = {"counterattack", "counter-attack", "counteroffensive", "counter-offensive"}
# Fights between two sides: neither is the one killer of those who die in them.
MUTUAL = {"clash", "fighting", "fight", "battle", "firefight", "skirmish", "combat", "gunfight", "exchange", "gunbattle",
          "gun battle", "shootout"}
# Events that last: "the fighting" that killed 705 people in five weeks is not only the day it
# "continued on Sunday", so neither it nor its toll takes the other's date.
MASS = {"fighting", "fight", "violence", "unrest", "gunfire", "shelling", "bloodshed"}
LASTING = {"fighting", "fight", "war", "conflict", "violence", "unrest", "offensive", "campaign", "insurgency",
           "siege", "clash", "battle"}


# "it killed one person and wounded three": a toll whose doer a pronoun names
_SUBJECT_PRONOUN = re.compile(r"\b(?:it|they)\s+(?:\w+\s+)?(?:$|killed\b|wounded\b|injured\b|left\b)", re.I)
# "Thousands have fled south since the operation began": a count run up over time, no attack's.
_PERFECT = re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+)?$", re.I)
# "have now been killed": a running toll (not "are believed to have been killed", the deed's own toll guessed)
_RUNNING = re.compile(r"(?<!\bto )\b(?:have|has)\s+(?:\w+\s+)?been\s+$", re.I)


def _told_together(lexicon: Lexicon, event: Event, place: str, other: str) -> bool:
    """The event's sentence names the other place with its own, as one: "in Iraq and Syria"."""
    if place not in lexicon.entries or other not in lexicon.entries:
        return False
    one, two = (re.escape(lexicon.entries[k].label) for k in (place, other))
    return re.search(rf"\b(?:{one}\s+and\s+{two}|{two}\s+and\s+{one})\b", event.sentence.text) is not None


def _shared_deeds(events: Sequence[Event], where: list[int], joined: list[Event], keys: tuple[str, ...]) -> list[Event]:
    """Harms one doer did in one sentence were done in one attack: "Two attackers killed five people and wounded 22",
    the killing told by the headline as "killed in attack" (the mentions read apart, their sentence in `events`)."""
    out = list(joined)
    for n, harm in enumerate(events):
        k = where[n]
        if harm.cls not in HARMS or out[k].part_of is not None or out[k].within_at is not None \
                or harm.agent_phrase is None or out[k].status is not None:
            continue
        whole = next((out[where[m]].part_of for m, other in enumerate(events)
                      if m != n and other.cls in HARMS and other.sentence == harm.sentence and where[m] != k
                      and other.agent_phrase is not None and other.agent_phrase == harm.agent_phrase
                      and _key(keys, other.agent) == _key(keys, harm.agent) and out[where[m]].part_of not in (None, k)), None)
        if whole is not None:
            out[k] = replace(out[k], part_of=whole)
    return out


# What a toll says it was taken in, which no trigger names: "killed in retaliatory operations".
# (but "killed in the operation" is the one told: "Israeli tanks pushed back into Khan Younis ... killed in the operation")
_OTHER_WORK = re.compile(r"\s+(?:in|during)\s+(?!the\s+operation\b)(?:[\w-]+\s+){0,3}"
                         r"(?:operations?|retaliation|response|crackdown|sweeps?)\b", re.I)
# One more of the attack's dead: "A bodyguard was also killed" (not a deed done again).
_ALSO_DONE = re.compile(r"\b(?:was|were) also $")


# A toll the war or the conflict took, not the news's attack: "The war, which began in April 2023, has displaced
# more than 10 million people".
_WAR_TOLD = re.compile(r"\W*(?:the|this|that|its|their|\w+'s)\s+(?:[\w-]+\s+){0,2}"
                       r"(?:war|conflict|insurgency|violence|crisis|civil war|uprising)\b", re.I)


def _news_tolls(events: list[Event], headline: Span | None, keys: tuple[str, ...], lexicon: Lexicon) -> list[Event]:
    """A bare toll told after the news's attack is that attack's: "An Israeli strike on Beirut's southern suburbs
    killed Ibrahim Aqil ... Lebanon's health ministry said 14 people were killed and 66 wounded" (the headline's
    attack where the story told more than one, else the one attack told before it)."""
    out = list(events)
    for k, toll in enumerate(out):
        if toll.cls not in HARMS or toll.part_of is not None or toll.within_at is not None or toll.agent is not None \
                or toll.agent_phrase is not None or toll.running_total or toll.status is not None or not toll.verbal \
                or (toll.further and not _ALSO_DONE.search(toll.sentence.text[: toll.trigger.begin - toll.sentence.begin])) \
                or (headline is not None and toll.sentence.begin < headline.end) \
                or _RUNNING.search(before := toll.sentence.text[: toll.trigger.begin - toll.sentence.begin]) \
                or _SUBJECT_PRONOUN.search(before) or (_PERFECT.search(before) and re.search(
                    r"\b(?:since|(?:in|over|during) the (?:past|last)|in recent|so far)\b",
                    toll.sentence.text[toll.trigger.end - toll.sentence.begin:], re.I)) \
                or _OTHER_WORK.match(toll.sentence.text[toll.trigger.end - toll.sentence.begin:]) \
                or _WAR_TOLD.match(before) or _displaced_kind(toll):
            continue  # ("the ministry said it killed one person": what "it" is, the pronoun's to say; and "21 militants
            # were killed in retaliatory operations" were not killed in the attack)
        # (not a war's "fighting", nor an attack told in the toll's own sentence, whose words say what the toll is of)
        attacks = [j for j, a in enumerate(out) if a.cls in ATTACKS and a.status is None and a.part_of is None
                   # (a headline's "raid Al Shifa hospital again" is still the news)
                   and (not a.further or (headline is not None and a.sentence.begin < headline.end))
                   and a.sentence.end <= toll.sentence.begin and a.lemma not in LASTING and not _kept_up_since(a)
                   and (a.date is None or toll.date is None or a.date.value.startswith(toll.date.value)
                        or toll.date.value.startswith(a.date.value))
                   and ((pa := _key(keys, a.place)) is None or (pt := _key(keys, toll.place)) is None or pa == pt
                        or _within(lexicon, pt, pa) or lexicon.country_of(pt) == pa
                        # (or a region the gazetteer does not know, in the land attacked: "in the southern Negev region")
                        or (pt not in lexicon.entries and pa in lexicon.entries and lexicon.entries[pa].cls == "Country")
                        # (or the other land the attack was told in: "air strikes on targets in Iraq and Syria")
                        or _told_together(lexicon, a, pa, pt))]
        # (a force's own men it says were killed fell to the other side: "Israel's military said one sailor was killed")
        # (and "two others wounded" beside them)
        own = _own_men(out, toll, keys)
        attacks = [j for j in attacks if own is None or not _one_state(lexicon, _key(keys, out[j].agent), own)]
        # (a headline's attack behind the news is not it: "India strikes Pakistan after Kashmir attack")
        # (nor what it paid back: "Israel strikes military targets in Iran in retaliation for missile attack")
        lead = [j for j in attacks if headline is not None and out[j].sentence.begin < headline.end
                and not _background((said := headline.text[: out[j].trigger.begin - headline.begin].split())[-3:])
                and not _repays(said[-4:])]
        chosen = lead[0] if len(lead) == 1 else attacks[0] if len(attacks) == 1 else None
        # (but the other attack the story has just been telling, in the sentences right before: "... after an attack
        # near Ankara killed five people ... Two attackers stormed the headquarters ... Twenty-two people were wounded")
        # (or in the toll's own sentence, before it: "The strikes set fuel tanks ablaze, and the ministry said three people
        # were killed")
        told = {j: max(t.begin for e in [out[j], *(p for p in out if p.part_of == j)] for t in (e.trigger, *e.also)
                       if t.begin < toll.sentence.begin or (e is out[j] and t.end <= toll.trigger.begin)) for j in attacks}
        latest = max(told, key=lambda j: told[j], default=None)
        if chosen is not None and latest is not None and latest != chosen and told[latest] > told[chosen] \
                and toll.sentence.begin - told[latest] <= 400:
            chosen = latest
        if chosen is not None:
            out[k] = replace(toll, part_of=chosen)
    return out


def _own_men(events: Sequence[Event], toll: Event, keys: tuple[str, ...]) -> str | None:
    """The force whose own men in uniform its sentence says the toll counts (or others beside such men: "one sailor
    was killed and two others wounded"): none of its own attacks killed them."""
    if (speaker := _speaker(events, toll, keys)) is None:
        return None
    before = [e for e in events if e.cls in HARMS and e.sentence == toll.sentence and e.trigger.end <= toll.trigger.begin]
    heads = [toll] + before[-1:] if toll.target_phrase is not None \
        and _head_noun(toll.target_phrase.text) in ("other", "others") else [toll]
    return speaker if any(_key(keys, e.target) == speaker or (e.target_phrase is not None and _head_noun(
        e.target_phrase.text) in _UNIFORMED) for e in heads) else None


def _one_state(lexicon: Lexicon, a: str | None, b: str) -> bool:
    """The same side of a war: one body, or a state and its forces ("Iran" and "Iran's military")."""
    return a is not None and (a == b or (a in lexicon.entries and _state(lexicon, a) == _state(lexicon, b) is not None)
                              or _forces_of(lexicon, a) == b or _forces_of(lexicon, b) == a)


def _speaker(events: Sequence[Event], toll: Event, keys: tuple[str, ...]) -> str | None:
    """Who the toll's sentence says told it, speaking before it ("the military said one sailor was killed")."""
    return next((key for e in events if e.cls == "Statement" and e.sentence == toll.sentence
                 and e.trigger.end <= toll.trigger.begin and (key := _key(keys, e.agent)) is not None), None)


_SEVERAL = re.compile(r"\b(?:attacks|strikes|airstrikes|raids|bombings|assaults)$", re.I)


def _instances_of_many(events: list[Event], keys: tuple[str, ...], lexicon: Lexicon) -> list[Event]:
    """An attack told with no day of its own, placed inside the land of the several attacks told just before, is one
    of them, on their day: "Militants attacked polling stations across Pakistan's northwest on Thursday ... In Dera
    Ismail Khan district, gunmen opened fire on a police patrol"."""
    out = list(events)
    for k, one in enumerate(out):
        if one.cls not in ATTACKS or one.date is not None or one.part_of is not None or one.status is not None \
                or one.plural or (place := _key(keys, one.place)) is None or _ANOTHER_TIME.match(one.sentence.text):
            continue
        # (several by any of their mentions: a headline's "attacks" told by the lede's "attacked polling stations")
        many = next((j for j in range(k - 1, -1, -1) if out[j].cls in ATTACKS and out[j].date is not None
                     and (out[j].plural or any(_SEVERAL.search(t.text) for t in (out[j].trigger, *out[j].also)))
                     and out[j].status is None and out[j].lemma not in LASTING and out[j].part_of is None
                     and 0 <= one.sentence.begin - out[j].sentence.end <= 600), None)
        wide = _key(keys, out[many].place) if many is not None else None
        # (a district known by its town's name: "Dera Ismail Khan district" lies where the town does)
        # (or a place the gazetteer does not know, in the land or province of the several: "the Musakhel district")
        if many is not None and wide is not None and wide != place and (
                _within(lexicon, place, wide) or _within(lexicon, _DIVISION_SUFFIX.sub("", place), wide)
                or (place not in lexicon.entries and _DIVISION_SUFFIX.sub("", place) not in lexicon.entries
                    and wide in lexicon.entries and lexicon.entries[wide].cls in ("Country", "Province"))):
            out[k] = replace(one, date=out[many].date, part_of=many)
    return out


_COUNTING_WORDS = {"the", "a", "an", "some", "many", "thousands", "hundreds", "millions", "tens", "dozens", "more", "at",
                   "about", "nearly", "over", "up", "around", "almost", "roughly", "all", "most"}


def _displaced_kind(toll: Event) -> bool:
    """"6,000 displaced people were sheltering there": people of that kind, no toll of the news (while "displaced
    2,000 people" is one)."""
    phrase = toll.target_phrase
    after = toll.sentence.text[toll.trigger.end - toll.sentence.begin:]
    # (and "rented by a family displaced from the south": displaced before, from elsewhere, no verb of the news)
    before_it = phrase is not None and 0 <= toll.trigger.begin - phrase.end <= 1 and re.match(r"\s+from\b", after) is not None
    return toll.cls == "Displacement" and phrase is not None and (before_it or (
        0 < phrase.begin - toll.trigger.end <= 1 and phrase.text[:1].isalpha()
        and phrase.text.split()[0].lower() not in _COUNTING_WORDS))


def _acyclic(events: list[Event]) -> list[Event]:
    """No event is part of itself: mentions joined may leave two each part of the other (a headline's "hit ...,
    destroying" and the lede's "struck ..., hitting"); the later one then stands alone."""
    events = list(events)
    for start in range(len(events)):
        seen, k = [start], events[start].part_of
        while k is not None and k not in seen:
            seen.append(k)
            k = events[k].part_of
        if k is not None:  # a cycle through k
            loop = seen[seen.index(k):]
            last = max(loop)
            events[last] = replace(events[last], part_of=None)
    return events


# (with the day or the medium after it: "claimed responsibility on Thursday, saying ...", "in a statement")
_OWNED_UP = re.compile(r"\s+(?:responsibility|credit)(?:\s+(?:(?:late\s+|early\s+)?on|via|through|overnight|in\s+an?\s+"
                       r"(?:statement|video|post|message))\b(?:(?!\bfor\b)[^,.;])*)?(?:$|\s*[,.;])", re.I)


def _claimed(events: list[Event], keys: tuple[str, ...], published: date | None = None) -> list[Event]:
    """"The Baloch Liberation Army claimed responsibility", for nothing named: the claim is for the
    attack just told, and the claimant its (claimed) maker, as "claimed responsibility for the attack"
    makes it. Only an attack nobody is named for: a claim does not outweigh a name the text gives.
    Never one the text dates a year or more back: "commander Soleimani, who was killed by a U.S. drone strike
    in 2020" is no claim's or blame's of today."""
    out = list(events)
    # (an attack is dated by its toll too, its own date inherited later)
    old = {j for j, e in enumerate(events) if _long_before(e, published)} | {
        e.part_of for e in events if e.part_of is not None and _long_before(e, published)}
    for k, said in enumerate(events):
        if said.cls == "Accusation" and said.lemma == "blame" and said.content is None and said.target is not None \
                and not said.about:
            # "The army blamed the Rapid Support Forces": for the attack just told (or the one it names: "blamed the
            # helicopter attack on the Gulf Clan", told again there)
            named = min(((t.begin, j) for j in range(k) if out[j].cls in ATTACKS for t in out[j].also
                         if said.trigger.end <= t.begin < said.sentence.end), default=(0, None))[1]
            last = named if named is not None else next(
                (j for j in range(k - 1, -1, -1) if out[j].cls in ATTACKS and out[j].status is None and j not in old), None)
            if last is not None:  # (the whole attack, not the fire set in it)
                whole = out[last].part_of
                out[k] = replace(said, about=(whole if whole is not None and out[whole].cls in ATTACKS else last,))
            continue
        # (the claim's object, whether or not read as what it said: "the SBU claimed responsibility, a source said")
        owned = _OWNED_UP.match(" " + said.content.text if said.content is not None
                                else said.sentence.text[said.trigger.end - said.sentence.begin:]) is not None
        if said.cls != "Statement" or said.lemma != "claim" or said.status is not None or not owned:
            continue
        # (never a fight the attackers lost: "troops killed all six attackers in a gunfight")
        # (nor what the attack is said to pay back: "whether the bombing was retaliation for an army offensive")
        last = next((j for j in range(k - 1, -1, -1) if out[j].cls in ATTACKS and out[j].status is None
                     and out[j].lemma not in MUTUAL and j not in old and not _behind(out[j])), None)
        if last is not None and out[last].agent is not None and said.agent is not None \
                and _key(keys, out[last].agent) == _key(keys, said.agent):
            # "Al Shabaab militants detonated a bomb ... The militant group claimed responsibility": for that bomb
            out[k] = replace(said, about=tuple(sorted({*said.about, last})))
            continue
        if last is None or out[last].agent is not None:
            continue
        if said.agent is None:  # "A faction of the Pakistani Taliban claimed responsibility": the claim, no maker named
            out[k] = replace(said, about=tuple(sorted({*said.about, last})))
            continue
        for j in range(last, -1, -1):  # and the attacks told with it: "blew up a track and stormed a train"
            if out[j].sentence == out[last].sentence and out[j].cls in ATTACKS and out[j].agent is None:
                out[j] = replace(out[j], agent=said.agent)
        out[k] = replace(said, about=tuple(sorted({*said.about, last})))
    return out


def _band_named_since(events: list[Event]) -> list[Event]:
    """"The gunmen also set fire to 10 vehicles": the band told just before, whose name a claim gave it since."""
    out = list(events)
    for k, event in enumerate(out):
        said = event.agent_phrase.text.split() if event.agent_phrase is not None else []
        if event.agent is not None or len(said) != 2 or said[0].lower() != "the" or said[1].lower() not in DOERS \
                or event.cls not in ATTACKS | HARMS:
            continue
        band = next((j for j in range(k - 1, -1, -1) if (phrase := out[j].agent_phrase) is not None
                     and _head_noun(phrase.text) == _head_noun(said[1])
                     and 0 <= event.sentence.begin - out[j].sentence.end <= 600), None)
        if band is not None and out[band].agent is not None and out[band].status is None:
            out[k] = replace(event, agent=out[band].agent)
    return out


def _backing(events: list[Event]) -> list[Event]:
    """"a raid backed by heavy air strikes": the strikes were part of the raid, by its side."""
    out = list(events)
    for k, support in enumerate(out):
        before = support.sentence.text[: support.trigger.begin - support.sentence.begin]
        if support.cls not in ATTACKS or support.part_of is not None or support.agent is not None \
                or support.agent_phrase is not None or (backed := _BACKED_BY.search(before)) is None:
            continue
        start = support.sentence.begin + backed.start()
        whole = next((j for j, e in enumerate(out) if j != k and e.cls in ATTACKS and e.part_of is None and any(
            t.end <= start and not support.sentence.text[t.end - support.sentence.begin: backed.start()].strip()
            for t in (e.trigger, *e.also) if support.sentence.begin <= t.begin)), None)
        if whole is not None:
            out[k] = replace(support, part_of=whole, agent=out[whole].agent, more_agents=out[whole].more_agents,
                             more_agent_entities=out[whole].more_agent_entities,
                             place=support.place if support.place is not None else out[whole].place,
                             date=support.date if support.date is not None else out[whole].date)
    return out


_BACKED_BY = re.compile(r"\b(?:backed|supported|covered)\s+by\s+(?:\w+\s+){0,2}$", re.I)


def _siege_before_taking(events: list[Event]) -> list[Event]:
    """"captured a strategic town ... after a two-week siege": the siege the taking ended was the takers' of that town."""
    out = list(events)
    for k, siege in enumerate(out):
        if siege.cls != "Siege" or siege.agent is not None or siege.agent_phrase is not None or siege.target is not None \
                or siege.target_phrase is not None or siege.status is not None \
                or not _AFTER_A.search(siege.sentence.text[: siege.trigger.begin - siege.sentence.begin]):
            continue
        taking = next((e for e in out if e.cls == "Capture" and e.status is None and e.agent is not None
                       and e.target is not None and any(siege.sentence.begin <= t.begin and t.end <= siege.trigger.begin
                                                        for t in (e.trigger, *e.also))), None)
        if taking is not None:
            out[k] = replace(siege, agent=taking.agent, target=taking.target,
                             place=siege.place if siege.place is not None else taking.place)
    return out


_AFTER_A = re.compile(r"\b(?:after|following)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _one_side(harm: Event, fight: Event) -> bool:
    """The harm's victims are whom the fight's agent fought."""
    if harm.target is not None and harm.target == fight.target:
        return True
    return harm.target_phrase is not None and fight.target_phrase is not None \
        and _head_noun(harm.target_phrase.text) == _head_noun(fight.target_phrase.text) not in GENERIC_PEOPLE


def _inherit(harm: Event, container: Event, keys: tuple[str, ...], lexicon: Lexicon, own_loss: bool = False,
             regions: frozenset[str] = frozenset()) -> Event:
    """A toll taken in an attack was taken by whoever made the attack, there and then: "a bomber blew
    himself up in Kandahar, killing 11 soldiers ... The Taliban claimed the attack" is a killing by
    the Taliban. Only what the harm itself does not say is taken (and so for those abducted in an attack)."""
    if (harm.cls not in HARMS and not (harm.cls == "Arrest" and container.cls in ATTACKS)) or container.cls in STATEMENTS:
        return harm
    taken = {role: getattr(container, role) for role in ("agent", "place", "date")
             if getattr(harm, role) is None and getattr(container, role) is not None
             and not (role == "date" and container.lemma in LASTING)
             # an attack blamed on someone is not a killing by them: "in an attack New Delhi blamed on Pakistan"
             and not (role == "agent" and container.status == "Alleged" != harm.status)
             # two sides clash: "killed in clashes between security forces and loyalists" names no killer,
             # unless the dead are the one side: "clashing with soldiers ... 10 soldiers were killed in the fighting"
             and not (role == "agent" and container.lemma in MUTUAL and not _one_side(harm, container))
             # nor a side's own losses, whoever inflicted them: "the enemy had lost 945 soldiers"
             and not (role == "agent" and harm.lemma == "lose")
             # nor the attackers killed in it, by whoever stopped them: "both attackers were neutralised"
             and not (role == "agent" and _attackers_hit(harm) and container.cls != "Airstrike")  # (an air strike's dead
             # militants are whom it struck: "nine militants killed in the strike")
             # nor the attacker's own men, as it tells: "The military said one officer was killed in the raid"
             and not (role == "agent" and own_loss)
             # nor who lost one of their own in it: "an Israeli police officer was killed during the raid"
             and not (role == "agent" and (own := _state(lexicon, _key(keys, harm.target))) is not None
                      and own == _state(lexicon, _key(keys, container.agent)))}
    if "agent" in taken:
        taken.update(more_agents=container.more_agents, more_agent_entities=container.more_agent_entities)
    wide, narrow = _key(keys, harm.place), _key(keys, container.place)
    if _narrower(lexicon, wide, narrow) or (wide in regions and narrow is not None and narrow not in regions
                                            and narrow != wide and (narrow not in lexicon.entries
                                                                    or lexicon.country_of(narrow) == lexicon.country_of(wide))):
        taken["place"] = container.place  # a headline's "kill 18 at wedding in Nigeria" was in the lede's town of Gwoza
        # (and "a party in the state of Guanajuato" in the town of Salvatierra, both towns to the gazetteer)
    return replace(harm, **taken) if taken else harm


_SERVICE_WORDS = {"force", "troop", "army", "soldier", "officer", "commando", "reservist", "servicemen", "serviceman",
                  "policemen", "policeman"}  # head nouns, as _head_noun gives them
# Men in uniform a toll may count, a side's own when it tells them (and the sea's and the air's)
_UNIFORMED = _SERVICE_WORDS | {"sailor", "marine", "airman", "trooper", "guard"}


def _own_loss(events: list[Event], k: int, keys: tuple[str, ...]) -> bool:
    """A harm to unnamed men in uniform, told by the maker of the attack it is part of: its own losses."""
    harm = events[k]
    if harm.part_of is None or harm.target is not None or harm.target_phrase is None \
            or _head_noun(harm.target_phrase.text) not in _SERVICE_WORDS:
        return False
    # (told apart from the attack, not as its deed: "claimed a drone strike ... that killed several soldiers")
    container = events[harm.part_of]
    maker = _key(keys, container.agent)
    return maker is not None and harm.sentence.begin >= container.sentence.end and any(
        s.cls == "Statement" and s.lemma != "claim" and k in s.about and _key(keys, s.agent) == maker for s in events)


def _at_a_land(lexicon: Lexicon, keys: tuple[str, ...], attack: Event) -> bool:
    """An attack on a country as a whole: "Russia pounds Ukraine's energy grid"."""
    target = _key(keys, attack.target)
    return target is not None and target in lexicon.entries and lexicon.entries[target].cls == "Country"


def _narrower(lexicon: Lexicon, wide: str | None, narrow: str | None) -> bool:
    """The second place lies in the first: by the gazetteer, or a place it does not know told with a land or province."""
    return bool(wide and narrow and wide != narrow and (_within(lexicon, narrow, wide) or (
        wide in lexicon.entries and lexicon.entries[wide].cls in ("Country", "Province") and narrow not in lexicon.entries)))


def _state(lexicon: Lexicon, key: str | None) -> str | None:
    """The country a state's entity is of: the country itself, its forces, police or government."""
    if key is None:
        return None
    entry = lexicon.entries.get(key)
    if entry is not None:
        return key if entry.cls == "Country" else entry.based_in if entry.cls in ("StateForce", "Government") else None
    return next((key.removesuffix(end) for end in ("-police", "-forces", "-government") if key.endswith(end)), None)


def _headline_event(earlier: list[Event], told: set[int], event: Event, headline: Span, keys: tuple[str, ...],
                    lexicon: Lexicon, members: frozenset[tuple[str, str]] = frozenset(),
                    quarters: frozenset[str] = frozenset()) -> int | None:
    """The headline event the body's first event of its kind tells in full: "Jihadists kill scores
    of civilians" ... "Militants killed at least 100 people in an attack on Barsalogho". A headline's
    round "scores" is a floor the body's figure may exceed. Never "a similar attack in October"."""
    said_before = event.sentence.text[: event.trigger.begin - event.sentence.begin].lower().split()[-2:]
    if set(said_before) & ANOTHER_INCIDENT or _TOLL_OF_UNREST.search(event.sentence.text[: event.trigger.begin - event.sentence.begin]):
        return None  # nor a war's running toll: "the jihadist insurgency that has killed thousands" is no headline's strike
    again = re.search(r"\bagain\b", headline.text, re.I) is not None
    for j, a in enumerate(earlier):
        before = headline.text[: a.trigger.begin - headline.begin].split()[-3:]
        # (but the harm a headline tells first came of it: "Hundreds feared dead after jihadist attack")
        caused = any(e.cls in HARMS and e.trigger.end <= a.trigger.begin and e.sentence.begin < headline.end for e in earlier)
        # what a headline's strike pays back happened elsewhere than the strike: "Israel strikes Iran in retaliation for
        # missile attack" is no explosion heard in Tehran (while "a drone attack ... in Jordan" may be it)
        repaid = any(f"{w} {v}" in REPAID for w, v in zip(before, before[1:], strict=False)) and any(
            e.cls in ATTACKS and e.trigger.end <= a.trigger.begin and e.sentence.begin < headline.end
            and (pe := _key(keys, e.place)) is not None and (pb := _key(keys, event.place)) is not None
            and (pe == pb or _within(lexicon, pb, pe)) for e in earlier)
        # (the body's own words for it are no background's: "free hostages after 12-hour siege" ... "ended a 12-hour
        # siege at a hotel")
        echoed = a.lemma == event.lemma and len(before) > 1 and len(before[-1]) > 3 and before[-1].lower() \
            == (event.sentence.text[: event.trigger.begin - event.sentence.begin].split() or [""])[-1].lower()
        if event.further and not again and not set(before) & {"after", "following"}:
            continue  # (a body's deed days apart is only a headline's deed behind the news)
        if a.sentence.begin >= headline.end or j in told or not _same_kind(a, event) or (a.further and not again) \
                or (_background(before) and not (caused and set(before) & {"after", "following"})
                    and not (set(before) & {"after", "following", "over"} and (_behind(event) or _before_news(keys, a, event)))
                    and not echoed) or repaid \
                or _repays(before) and not _repays(event.sentence.text[: event.trigger.begin - event.sentence.begin].split()[-8:]):
            # (what a headline pays back is only what the body pays back: "Iran launches drones ... in retaliation for
            # Damascus strike" is no lede's "its first direct attack on Israeli territory")
            continue  # "India strikes Pakistan after Kashmir massacre": the massacre is what came before
        if a.cls not in ATTACKS and any(getattr(a, c) is not None for c in TOLLS.values()) \
                and all(getattr(event, c) is None for c in COUNTS):
            continue  # "thousands flee" is told by a figure, not by one trader who fled (but what an attack
            # hit may go uncounted: "drones hit 41 bombers" ... "a drone attack against air bases"; and so may
            # the towns taken: "retake two towns" ... "recaptured the towns of Kamanyola and Luvungi")
        # (and two floors never disagree: a headline's "killing scores of jihadists" and the lede's "dozens of assailants")
        floor: dict[str, Any] = {c: None for c in COUNTS if getattr(a, c) is not None and getattr(event, c) is not None
                 and a.count_qualifier == "at least" and (getattr(a, c) < getattr(event, c)
                                                          or event.count_qualifier == "at least")}
        # (and a headline's charge is the lede's report of it: "RSF accused of killing over 100 in attack on village"
        # ... "The RSF killed more than 100 people in an attack on a village, activists said")
        # (and its bare "Damascus strike" the lede's "a suspected Israeli strike on its embassy compound")
        charged: dict[str, Any] = {"status": event.status} if {a.status, event.status} == {"Alleged", None} else {}
        # (and a headline's attack is where its toll was taken: "Five killed in attack on Turkish aerospace company
        # near Ankara" is no strike in Iraq told after)
        placed = next((e.place for e in earlier if e.place is not None and e.sentence.begin < headline.end
                       and _told_in(e, a)), None) if a.place is None else None
        where: dict[str, Any] = {"place": placed} if placed is not None else {}
        # (and a hall the gazetteer does not know may be in the headline's town: "Gunmen kill 133 at Moscow concert
        # hall" ... "at the Crocus City Hall concert venue near Moscow")
        if _agree(replace(a, **floor, **charged, **where), event, keys, lexicon, refers=True, members=members, quarters=quarters):
            return j
    return None


_TOLL_OF_UNREST = re.compile(r"\b(?:war|conflict|insurgency|insurrection|rebellion|violence|fighting|crisis|unrest)\s+"
                             r"(?:(?:that|which)\s+)?ha(?:s|ve)\s+(?:\w+\s+)?$", re.I)


def _heard_from(joined: list[Event], event: Event, keys: tuple[str, ...], lexicon: Lexicon) -> int | None:
    """Explosions heard where a strike was just told are its: "Israeli warplanes struck military targets in Iran ...
    Explosions were heard in Tehran" (only a blast nobody is named for, with nothing named that made it)."""
    if event.cls != "Bombing" or event.lemma not in ("explosion", "blast") or event.anaphoric or event.part_of is not None \
            or event.agent is not None or event.agent_phrase is not None or event.instrument_phrase is not None \
            or event.status is not None or not re.search(r"\bheard\b", event.sentence.text) \
            or (place := _key(keys, event.place)) is None:
        return None
    # (the latest placed where they were heard: not "Iran's Oct. 1 missile attack" the strikes paid back, told since)
    for whole in range(len(joined) - 1, -1, -1):
        strike = joined[whole]
        where = _key(keys, strike.place)
        if strike.cls not in ATTACKS or (where is None and strike.place_phrase is None) or _behind(strike):
            continue  # (nor what the strikes paid back: "in retaliation for missile attack")
        return whole if strike.cls in ("Airstrike", "Attack") and _kind(strike) in ("air", "generic") \
            and strike.status is None and where is not None and (where == place or _within(lexicon, place, where)) \
            and (strike.date is None or event.date is None or strike.date.value.startswith(event.date.value)) else None
    return None


def _told_by_its_subject(events: tuple[Event, ...], event: Event) -> int | None:
    """The attack a verb tells more of, named as its subject: "The blasts struck a crowd" is the blasts."""
    whole = event.part_of
    if whole is None or event.cls not in ATTACKS or not event.verbal or event.agent is not None \
            or event.agent_phrase is not None or event.status is not None:
        return None
    named = events[whole]
    # (or any blast that struck: "A blast struck a military base")
    return whole if named.cls in ATTACKS and (named.anaphoric or event.lemma == "strike") and named.sentence == event.sentence \
        and named.trigger.end <= event.trigger.begin and named.status is None else None


def _repays(words: list[str]) -> bool:
    """The words before an event say it is what another pays back: "in retaliation for"."""
    low = [w.lower() for w in words]
    return any(f"{w} {v}" in REPAID for w, v in zip(low, low[1:], strict=False))


def _long_before(event: Event, published: date | None) -> bool:
    """An event the text dates about a year or more before the story: no headline's news ("The Oct. 7, 2023 attack
    killed about 1,200 people" in a story of its anniversary; but a report's "in January" may be)."""
    if event.date is None or published is None:
        return False
    if event.date.precision == "year":
        return int(event.date.value) < published.year
    day = date.fromisoformat(event.date.value if event.date.precision == "day" else f"{event.date.value}-01")
    return (published - day).days > 330


def _background(before: list[str]) -> bool:
    """The headline words before an event put it behind the news ("after Kashmir massacre"); "over" a number is a
    count ("kills over 100 in attack")."""
    return any(w in BACKGROUND and not (w == "over" and k + 1 < len(before) and before[k + 1][:1].isdigit())
               for k, w in enumerate(before))


def _behind(event: Event) -> bool:
    """The body tells the event behind its news too: "fighting broke out in Tripoli after the head of an armed
    group was killed", as its headline did ("clashes erupt after militia leader killed")."""
    said_before = event.sentence.text[: event.trigger.begin - event.sentence.begin].split(",")[-1].lower().split()
    # (or what the news paid back: "carried out air strikes ... in retaliation for a deadly drone attack")
    last = said_before[-10:]
    # (and what arrests were made over: "arrested 14 suspects in connection with an attack on a village")
    # (or what the news was tied to: "striking sites linked to an attack on Hindu tourists last month")
    repaid = any(f"{w} {v}" in REPAID | {"connection with", "linked to", "tied to"} for w, v in zip(last, last[1:], strict=False))
    # (an "and" of the deed's own words is none: "after Iran launched a missile and drone attack")
    return (bool(set(last) & {"after", "following"}) or repaid) and "and" not in last[:-1]


def _before_news(keys: tuple[str, ...], a: Event, event: Event) -> bool:
    """The body's "had struck" is the headline's deed behind the news, by the same hand: "Hezbollah fires rockets after
    Israeli pre-emptive strikes" ... "the Israeli military said it had struck Lebanon with about 100 jets"."""
    words = event.sentence.text[: event.trigger.begin - event.sentence.begin].lower().split()[-2:]
    return "had" in words and (agent := _key(keys, a.agent)) is not None and agent == _key(keys, event.agent)


def _antecedent(earlier: list[Event], event: Event, keys: tuple[str, ...], lexicon: Lexicon,
                people: frozenset[str] = frozenset(), quarters: frozenset[str] = frozenset(),
                members: frozenset[tuple[str, str]] = frozenset(), regions: frozenset[str] = frozenset(),
                towns: frozenset[str] = frozenset()) -> int | None:
    """The latest earlier event this one repeats; "the explosion" looks for an explosion before it
    settles for a generic attack, while "the attack" names the latest of any kind."""
    # (never a deed a day recalls, told by a noun: "as Israel marked one year since the Hamas attack" is no rocket fire)
    candidates = [j for j in range(len(earlier) - 1, max(-1, len(earlier) - 1 - LOOK_BACK), -1)
                  if not (earlier[j].further and not earlier[j].verbal) and _agree(earlier[j], event, keys, lexicon, quarters=quarters, members=members, regions=regions, towns=towns)
                  and _same(earlier[j], event, keys, people, lexicon, quarters, towns)]
    if _some_of(event):
        # "Security forces killed five of the attackers ... Among the dead was an Orthodox priest": of the attack's
        # dead, not the attackers'
        candidates = [j for j in candidates if not _attackers_hit(earlier[j])] or candidates
    exact = [j for j in candidates if _kind(earlier[j]) == _kind(event) != "generic"]
    # "the attack" is what was called an attack before, more than the last thing done in it ("set fire to")
    # (by any of its words: "repelled a large-scale attack" told a headline's "assault")
    worded = [j for j in candidates if event.anaphoric and (
        any(_head_noun(t.text) == _head_noun(event.trigger.text) for t in (earlier[j].trigger, *earlier[j].also))
        or earlier[j].lemma == event.lemma)]
    # ("the strikes" are the strikes before a missile fired since, of the same kind)
    # (and "the attack" is the raid, not the torching of houses told as a part of it)
    wholes = [j for j in candidates if earlier[j].part_of is None]
    # ("the helicopter attack" is the one that hit a helicopter, whatever came since)
    before = event.sentence.text[: event.trigger.begin - event.sentence.begin].split()[-1:]
    hit = [j for j in candidates if event.anaphoric and before and (p := earlier[j].target_phrase) is not None
           and _head_noun(p.text) == before[0].lower().rstrip("s")]
    # (and the attack on whom it names, before any later one: "launched an offensive against government forces ...
    # Russian warplanes bombed Idlib ... The Syrian army said it had repelled the attack")
    aimed = [j for j in candidates if event.anaphoric and (mark := _key(keys, event.target)) is not None
             and _key(keys, earlier[j].target) == mark]
    chosen = aimed or [j for j in exact if j in worded] or exact or hit or worded or wholes or candidates
    if chosen and event.anaphoric and event.cls == "Attack" and _killed_since(earlier, chosen[0], event) is not None:
        return None  # "... after gunmen killed 26 tourists. India blamed Pakistan for the attack": that killing's
    if chosen and event.lemma == "attack" and (heard := earlier[chosen[0]]).cls == "Bombing" \
            and heard.lemma in ("explosion", "blast") and heard.part_of is not None and heard.part_of < len(earlier):
        return heard.part_of  # "Explosions were heard in Tehran ... the attack had caused limited damage": the strikes heard
    return chosen[0] if chosen else None


def _attackers_hit(event: Event) -> bool:
    """Its dead are the attackers: "Security forces killed five of the attackers"."""
    words = event.target_phrase
    return words is not None and _ATTACKERS.search(words.text) is not None


_ATTACKERS = re.compile(r"\b(?:attackers?|assailants?|gunm[ae]n|militants|insurgents|jihadists|terrorists)\b", re.I)
_ARMED_DOERS = re.compile(r"\b(?:gunm[ae]n|militants?|attackers?|assailants?|insurgents?|rebels?|fighters?|jihadists?|"
                          r"bandits?|terrorists?|bombers?|extremists?|militiam[ae]n|soldiers?|troops|police)\b", re.I)


def _killed_since(earlier: Sequence[Event], chosen: int, event: Event) -> int | None:
    """The killing told by its doers since the event chosen (its index), in the sentences just before "the attack" (no
    other deed told between) or its own, and in no attack of its own: the attack "the attack" names is that killing's."""
    if event.plural:
        return None  # "claimed responsibility for the attacks": the several told, not one killing since
    # (past the harms told in this very attack: "Another 12 people were wounded in the attack")
    k = next((k for k in range(len(earlier) - 1, chosen, -1) if earlier[k].cls not in STATEMENTS
              and not _told_in(earlier[k], event)), None)
    last = earlier[k] if k is not None else None
    # (nor the attacker's own death: "The attacker was shot dead by security forces. ... investigating the attack")
    return k if last is not None and last.cls == "Killing" and last.verbal and last.part_of is None \
        and last.within_at is None and not _attackers_hit(last) and (last.agent is not None or (
            last.agent_phrase is not None and _ARMED_DOERS.search(last.agent_phrase.text) is not None)) \
        and 0 <= event.sentence.begin - last.sentence.end <= 400 \
        and not (last.sentence == earlier[chosen].sentence and last.trigger.text.lower().endswith("ing")) \
        and not any(s.cls in STATEMENTS and s.lemma == "claim" and s.sentence == last.sentence for s in earlier) else None
    # (nor the toll a claim gives: "JNIM claimed the attack ..., saying it had killed around 300 soldiers")
    # (not the killing the attack told did, its participle: "opened fire on concertgoers ..., killing at least 133")


def _told_in(part: Event, whole: Event) -> bool:
    """The part was told as happening in the whole: "wounded in the attack"."""
    return part.within_at is not None and whole.trigger.begin <= part.within_at < whole.trigger.end


def _key(keys: tuple[str, ...], index: int | None) -> str | None:
    return keys[index] if index is not None and index < len(keys) else None


def _within(lexicon: Lexicon, inner: str, outer: str) -> bool:
    """inner lies in outer by the gazetteer's hierarchy (a district in its province)."""
    return lexicon.lies_in(inner, outer)


_EXPLOSIVE_WORDS = re.compile(r"\b(?:bomb|bomber|bombs|explosive|explosives|explosives-laden|ied|ieds)\b", re.IGNORECASE)


_FLOWN_WORDS = re.compile(r"\b(?:drones?|missiles?|rockets?)\b", re.IGNORECASE)


def _kind(event: Event) -> str:
    if event.cls == "Airstrike" and (KINDS.get(event.lemma) == "explosive" or event.lemma == "drop"):
        return "air"  # "warplanes bombed the airport" is what "Israel strikes Sanaa airport" names, "jets dropped bombs" too
    if event.lemma in ("fire", "launch") and any(p is not None and _FLOWN_WORDS.search(p.text)
                                                 for p in (event.instrument_phrase, event.agent_phrase)):
        return "air"  # "launches 741 drones and missiles at Ukraine" is "fired 728 drones and 13 missiles" (and "the
        # Israeli missiles fired at military sites", the missiles read as the doers)
    if event.lemma not in KINDS and any(p is not None and _EXPLOSIVE_WORDS.search(p.text)
                                        for p in (event.instrument_phrase, event.agent_phrase)):
        return "explosive"  # "a suicide bomber rammed an explosives-laden vehicle": "the bombing" later
    return KINDS.get(event.lemma, event.lemma)


_AN_ARMED_DOER = re.compile(r"(?:(?:an?|some|several|two|three|four|five|\d+)\s+)?(?:suicide\s+)?(?:gunm[ae]n|attackers?|"
                            r"assailants?|bombers?|militants|fighters|insurgents)", re.I)


def _told_how(a: Event, b: Event) -> bool:
    """How an attack told by its noun went, told by its doers in the sentence right after, unnamed and new to the
    story: "killed 32 people in an attack on a beach ... A suicide bomber blew himself up" (never on another day, nor
    "another" or "separate" attack)."""
    return a.cls in ATTACKS and b.cls in ATTACKS and not a.verbal and not a.plural and a.lemma in ("attack", "assault") \
        and b.verbal and b.status is None and not b.further and b.date is None and b.agent is None and b.within_at is None \
        and b.agent_phrase is not None and _AN_ARMED_DOER.fullmatch(b.agent_phrase.text) is not None \
        and any(0 <= b.sentence.begin - t.end <= 250 for t in (a.trigger, *a.also)) \
        and not set(b.sentence.text.lower().split()) & ANOTHER_INCIDENT and not _ANOTHER_TIME.match(b.sentence.text)


def _went_in_and(a: Event, b: Event) -> bool:
    """What they did once inside, told by the same sentence: "burst into the Crocus City Hall on Friday and opened fire"."""
    return a.cls in ATTACKS and b.cls in ATTACKS and b.verbal and _kind(b) in ("shooting", "generic") and any(
        b.sentence.begin <= t.begin and t.end <= b.trigger.begin and _BROKE_IN.match(t.text)
        and _THEN_DID.search(b.sentence.text[t.end - b.sentence.begin: b.trigger.begin - b.sentence.begin])
        for t in (a.trigger, *a.also))


def _same_kind(a: Event, b: Event) -> bool:
    if _went_in_and(a, b):
        return True
    if a.cls in ATTACKS and b.cls in ATTACKS:
        if a.cls == "Airstrike" and b.cls == "Bombing" and b.anaphoric and b.lemma == "bombing":
            return True  # but "the bombing" after an airstrike is that airstrike's bombs
        if {a.cls, b.cls} == {"Airstrike", "Bombing"} and any(
                e.cls == "Bombing" and e.lemma in ("blast", "explosion") and e.agent is None and e.agent_phrase is None
                and e.instrument_phrase is None for e in (a, b)):
            return True  # and a blast of no told cause may be a strike's: "Arouri killed in Beirut blast" ... "killed by a
            # drone strike in Beirut's southern suburbs"
        if a.cls != b.cls and "Attack" not in (a.cls, b.cls):
            return False  # a bombing is no airstrike
        ka, kb = _kind(a), _kind(b)
        if a.cls == b.cls and a.lemma == b.lemma:
            return True  # "the ambush" is an ambush, whatever weapons its telling named since
        # (an offensive is "the attack" told again, never one tank destroyed in it)
        return ka == kb or ("generic" in (ka, kb) and "combat" not in (ka, kb)
                            and ("campaign" not in (ka, kb) or (kb == "generic" and b.anaphoric)))
    return a.cls == b.cls


_STATE_WORDS = {"force", "troop", "army", "soldier", "military"}  # head nouns, as _head_noun gives them
_ARMED_WORDS = ASSAILANTS | {"militia"}
_REBEL_WORDS = {"resistance", "opposition", "rebel", "insurgent", "guerrilla", "separatist", "anti-junta", "anti-government"}


def _side(keys: tuple[str, ...], lexicon: Lexicon, event: Event, states: bool = False) -> str | None:
    """Whether a state's forces or an armed group did it, as far as the words say (and a state itself, with
    `states`)."""
    key = _key(keys, event.agent)
    if key and key in lexicon.entries:
        return {"StateForce": "state", "ArmedGroup": "armed", **({"Country": "state"} if states else {})}.get(
            lexicon.entries[key].cls)
    head = _head_noun(event.agent_phrase.text) if event.agent_phrase is not None else ""
    if event.agent_phrase is not None and set(event.agent_phrase.text.lower().split()) & _REBEL_WORDS:
        return "armed"  # "Myanmar resistance forces", "opposition fighters": against the state, whatever the noun
    return "state" if head in _STATE_WORDS or (key or "").endswith("-forces") else "armed" if head in _ARMED_WORDS else None


def _ground(lexicon: Lexicon, key: str) -> bool:
    return key in lexicon.entries and lexicon.is_a(lexicon.entries[key].cls, "Place")


def _fighters(lexicon: Lexicon, key: str) -> bool:
    """A state's forces or an armed group: whom an offensive on ground is against."""
    return (key in lexicon.entries and lexicon.entries[key].cls in ("StateForce", "ArmedGroup")) or key.endswith("-forces")


def _on_outskirts(lexicon: Lexicon, keys: tuple[str, ...], a: Event, b: Event) -> bool:
    """The later attack hit a town on the outskirts the first hit: "shelled the outskirts of Goma" ... "The shells
    struck the town of Sake, about 25 km west of Goma"."""
    ka, kb = _key(keys, a.target), _key(keys, b.target)
    return a.target_phrase is not None and _head_noun(a.target_phrase.text) in _OUTSKIRTS \
        and ka is not None and kb is not None and _ground(lexicon, ka) and (_ground(lexicon, kb) or (
            b.target_phrase is not None and _head_noun(b.target_phrase.text) in SETTLEMENTS))


def _fighters_man(lexicon: Lexicon, members: frozenset[tuple[str, str]], key: str) -> bool:
    """A man of a state's forces or an armed group, by the membership the article tells."""
    return any(man == key and _fighters(lexicon, body) for man, body in members)


def _retaken(event: Event) -> bool:
    return event.lemma.startswith("re") and event.lemma not in ("reach",)


def _head_noun(words: str) -> str:
    return words.split()[-1].lower().rstrip("s") if words.split() else ""


_VESSELS = {"ship", "vessel", "tanker", "freighter", "carrier", "boat", "warship", "frigate", "corvette", "cruiser",
            "destroyer", "submarine"}  # as _head_noun gives them
# Where a noun's clause begins: "bus carrying pilgrims", "a convoy that was leaving".
_CLAUSE_START = re.compile(r"\s+(?:\w+ing|who|that|which|where)\b.*$", re.I)


def _before_clause(words: str) -> str:
    """The noun phrase before the clause that tells more of it: "Indian bus carrying pilgrims" -> "Indian bus"."""
    return _CLAUSE_START.sub("", words)


def _hit_again(a: Event, b: Event) -> bool:
    """The later attack names what the earlier one hit as already known: "attacked a convoy of tankers,
    setting dozens on fire ... The convoy was ambushed near Kayes" (an ambush, told in other words); not
    one told on another day ("shelled the hospital on Saturday ... shells struck the hospital earlier this week")."""
    # (what was hit may be named by whose it is: "an attack on a Nigerian army base ... stormed the base")
    # (and those seized, named again: "abducted 20 medical students ... The students ... were seized on Wednesday")
    # (and named now: "fired a missile at a U.S.-flagged tanker ... had targeted the tanker Torm Thor")
    # (and those killed, named again: "killed nine Pakistani labourers ... The workers were shot dead in a house")
    # (and a ship seized, named again: "seized a container ship ... took control of the vessel")
    return (a.cls in ATTACKS and b.cls in ATTACKS and (a.cls == b.cls or _same_kind(a, b)) or a.cls == b.cls == "Arrest"
            or (a.cls == b.cls == "Killing" and b.fatalities is None) or a.cls == b.cls == "Capture") \
        and (b.target is None or (a.target is None and a.cls in ATTACKS)) \
        and a.target_phrase is not None and b.target_phrase is not None \
        and b.target_phrase.text.lower().startswith("the ") \
        and (a.date is None or b.date is None or a.date.value.startswith(b.date.value) or b.date.value.startswith(a.date.value)) \
        and (_head_noun(b.target_phrase.text) in (_head_noun(a.target_phrase.text), _head_noun(_before_clause(a.target_phrase.text)))
             and _head_noun(b.target_phrase.text) not in GENERIC_PEOPLE
             # (a ship by any of its names: "struck a cargo ship ... had targeted the vessel")
             or {_head_noun(a.target_phrase.text), _head_noun(b.target_phrase.text)} <= _VESSELS)


def _agree(a: Event, b: Event, keys: tuple[str, ...], lexicon: Lexicon, refers: bool = False,
           quarters: frozenset[str] = frozenset(), members: frozenset[tuple[str, str]] = frozenset(),
           regions: frozenset[str] = frozenset(), towns: frozenset[str] = frozenset()) -> bool:
    """Nothing the two mentions say contradicts the other (b refers back to a: "the attack", a lede)."""
    lede = refers  # (a headline's event told in full by the body)
    # "the missile hit", "the school was struck", "the attackers fired at visitors"
    refers = refers or _same_weapon(a, b) or _hit_again(a, b) or (a.cls in ATTACKS and b.cls in ATTACKS and _doers_again(b)) \
        or _blamed_again(a, b) or (a.cls in ATTACKS and b.cls in ATTACKS and (b.definite or _named_site_was_hit(a, b))
                                   and _site_named_now(keys, a, b)) \
        or _town_named_now(keys, towns, a, b)
    if not (_same_kind(a, b) or _hit_again(a, b)) \
            or (a.status != b.status and not _blamed_again(a, b) and not _suspected_then_told(keys, a, b)):
        return False
    if a.cls in ATTACKS and b.cls in ATTACKS and not b.plural and (_begun_since(a) or (_kept_up_since(a) and b.verbal)):
        return False  # "the first deaths since the group began attacking shipping ... the missile strike": the day's
        # strike, no campaign ("The Houthis have attacked ships since November ... a Houthi missile hit the tanker")
    if b.cls in HARMS and b.target_phrase is not None and {"other", "others"} & set(b.target_phrase.text.lower().split()) \
            and not _others_than_the_dead(a, b):
        return False  # "Five other people were killed in the blast": besides those told, never them
    if not refers and a.cls in HARMS and b.cls == a.cls and not b.anaphoric and not a.plural and a.target is not None \
            and b.target is None and a.target_phrase is not None and b.target_phrase is not None \
            and (one := re.match(r"(?:one|a|an)\s+([a-z]+)$", b.target_phrase.text)) is not None \
            and one[1] not in GENERIC_PEOPLE | GENDERED and one[1] != _head_noun(a.target_phrase.text):
        return False  # a man named is no "one sailor" told later: "the killing of its commander Fuad Shukr ... Israel's
        # military said one sailor was killed"
    if a.cls == b.cls == "Capture" and _retaken(a) != _retaken(b) and None is not _side(keys, lexicon, a) \
            != _side(keys, lexicon, b) is not None:
        return False  # "troops recaptured the town" undoes "the insurgents seized it in 2020"; but "the army
        # retakes Kidal" is its taking control of the town, told again
    # a pact's parties in any order: "Israel and Hezbollah ceasefire" is "a ceasefire between Israel and Hezbollah"
    pact = a.cls == b.cls == "Agreement" and (_parties(keys, a) <= _parties(keys, b) or _parties(keys, b) <= _parties(keys, a))
    if a.cls not in STATEMENTS and not pact and not _blamed_again(a, b) \
            and None is not _side(keys, lexicon, a, states=True) != _side(keys, lexicon, b, states=True) is not None:
        # a toll India's strikes took is not one gunmen took: "... two weeks after gunmen killed 26 men"; nor is
        # "Syrian rebels seize Damascus" what Israel seized ("its troops had seized a buffer zone"); but whom "the attack"
        # is blamed on is only alleged: "gunmen opened fire on a police patrol ... Kurti blamed Serbia for the attack"
        return False
    for role in ("agent", "target", "audience", "recipient") if not pact else ("audience", "recipient"):
        ka, kb = _key(keys, getattr(a, role)), _key(keys, getattr(b, role))
        if ka and kb and ka != kb and not (role == "agent" and (_forces_of(lexicon, ka) == kb or _forces_of(lexicon, kb) == ka
                                                                 # (or any force of the state: Iran and its Revolutionary Guards)
                                                                 or _force_of_state(lexicon, ka, kb) or _force_of_state(lexicon, kb, ka)
                                                                 or _branch(lexicon, ka, kb) or _branch(lexicon, kb, ka)
                                                                 # (or the land for its police: "Pakistan arrests suspects")
                                                                 or _state(lexicon, kb) == ka or _state(lexicon, ka) == kb
                                                                 or _among_agents(keys, a, kb) or _among_agents(keys, b, ka)
                                                                 # (or another organ of its state, named as behind "the
                                                                 # attack": "Ukrainian drones hit ... the SBU was behind it")
                                                                 or (b.anaphoric and _state(lexicon, ka) == _state(lexicon, kb) is not None))) \
                and not (role == "target" and (_own_account(keys, a, b) or _strikers_word(keys, lexicon, a, b)
                                               or _attackers_account(keys, lexicon, a, b))) \
                and not (role == "target" and _told_within(lexicon, b, kb, ka)) \
                and not (role == "target" and a.cls == b.cls and a.cls in HARMS and _some_of(b)) \
                and not (role == "target" and (_branch(lexicon, ka, kb) or _branch(lexicon, kb, ka))) \
                and not (role == "target" and a.cls in ATTACKS and b.cls in ATTACKS and _defenders_and_ground(lexicon, a, b, ka, kb)) \
                and not (role == "target" and a.cls in HARMS and b.cls in HARMS and ((ka, kb) in members or (kb, ka) in members)
                         and not (a.plural or b.plural)) \
                and not (role == "target" and a.cls in ATTACKS and b.cls in ATTACKS and ((ka, kb) in members or (kb, ka) in members)
                         # (a strike on a group's leader, named by the group: "strike targets Hamas military chief")
                         and any(x.target_phrase is not None and _head_noun(x.target_phrase.text) in LEADERS
                                 for x in (a, b))) \
                and not (role == "target" and (refers or b.anaphoric) and a.cls in ATTACKS and b.cls in ATTACKS and (
                    _ground(lexicon, ka) and _fighters(lexicon, kb) or _ground(lexicon, kb) and _fighters(lexicon, ka)
                    # (or a man of theirs: "strike on Gaza's Mawasi zone" ... "a strike targeting Hamas military chief")
                    or _ground(lexicon, ka) and _fighters_man(lexicon, members, kb)
                    or _ground(lexicon, kb) and _fighters_man(lexicon, members, ka)
                    # ("an air strike on central Beirut ... The strike hit the offices of the Lebanese Baath Party")
                    or b.anaphoric and _ground(lexicon, ka) and not _ground(lexicon, kb)
                    # (and a base named now, whose holders the first mention named: "Explosion hits Iraqi military
                    # base" ... "the explosion at Kalsu base")
                    # (or one in the town the first hit: "missile strike on Poltava" hit "a military training
                    # institute" ... "the missiles hit the Military Institute of Communications")
                    or _site_named_now(keys, a, b) and (_fighters(lexicon, ka) or _ground(lexicon, ka)))) \
                and not (role == "target" and (b.anaphoric or refers) and (
                    _within(lexicon, kb, ka) or _forces_of(lexicon, ka) == kb or _forces_of(lexicon, kb) == ka
                    # (a headline's "strikes Yemen's Hodeidah port" struck "Houthi military targets near Hodeidah")
                    or (refers and ka == _key(keys, b.place))
                    # (or the town the later one's division is named for: "attack on Sennar village" ... "the
                    # village of Galgani in Sennar state")
                    or (refers and (pb := _key(keys, b.place)) is not None and _namesakes(ka, pb))
                    # (and a country's site, named as the country's: "fired at Israel" ... "at Israel's Ben Gurion airport")
                    or (refers and _owned_by_name(lexicon, ka, b))
                    # (and a town on the outskirts first hit: "shelled the outskirts of Goma" ... "The shells struck
                    # the town of Sake, about 25 km west of Goma")
                    or (refers and _on_outskirts(lexicon, keys, a, b)))):
            # (nor one killed of a body and the man of it named: "kills Taliban refugee minister" ... "killed the
            # Taliban's minister for refugees, Khalil Haqqani"; nor an offensive on ground and against who holds
            # it: "offensive on Aleppo countryside" ... "a major offensive against government forces")
            return False  # but "Ukraine pulls troops out" is what "Ukraine's army ... withdrew", and "an Islamic
            # State affiliate" is the Islamic State in the Greater Sahara said to have carried it out; and "the
            # strikes" on Yemen hit its capital
    if a.cls in ATTACKS and b.anaphoric and not {a.lemma, b.lemma} & MUTUAL and any(
            x is not None and x == _key(keys, other) for x, other in ((_key(keys, a.agent), b.target), (_key(keys, a.target), b.agent))):
        return False  # the army's airstrike is not "the attack" it said it had repelled (but a clash is both sides'; and a
        # headline's "Senator shot at rally" is the senator shot)
    pa, pb = _key(keys, a.place), _key(keys, b.place)
    if pa and pb and pa != pb and not _within(lexicon, pa, pb) and not _within(lexicon, pb, pa) \
            and _key(keys, a.target) != pb and _key(keys, b.target) != pa and not (  # "seized Pauktaw in Rakhine"
            ((b.definite or _told_how(a, b)) and _quarter_of(lexicon, pa, pb, quarters))  # "the attack on Lido beach", after one in Mogadishu
            or _told_within(lexicon, b, pb, pa)  # "in the Delmas area of Port-au-Prince", whatever the gazetteer says
            or _namesakes(pa, pb)  # a headline's "in Sennar" and the lede's "Sennar state"
            # (and the other land the first telling named with its own: "in Iraq and Syria" ... "the strikes in Syria")
            or (b.anaphoric or b.definite or refers) and _told_together(lexicon, a, pa, pb)
            # (or a village in the division named for a headline's town: "raid on village in Nigeria's Katsina" ... "the
            # village of Gidan Boka in Katsina state")
            or refers and (_in_namesake(lexicon, pa, pb) or _in_namesake(lexicon, pb, pa)
                           or _in_namesake_told(lexicon, b, pa, pb))
            or refers and _on_outskirts(lexicon, keys, a, b)
            # (and a headline's city names its suburbs: "Houthi missile hits Tel Aviv school" ... "slammed into a
            # school building in the Israeli city of Ramat Gan")
            or refers and (apart := lexicon.km_apart(pa, pb)) is not None and apart <= NEIGHBOURS_KM
            # (and a town the gazetteer does not know, where the site first told is named: "Gunmen open fire at Moscow
            # concert hall" ... "the attack on the Crocus City Hall in Krasnogorsk")
            or (refers and _site_named_now(keys, a, b) and pb not in lexicon.entries)
            # (and the striker's own account, the site's name taken for a place: "inside the al-Tabi'in school")
            or (pb not in lexicon.entries and _own_account(keys, a, b))
            # (and how it went, told where the gazetteer knows no town: "an attack ... near Ankara ... Two attackers
            # stormed the headquarters of Turkish Aerospace Industries in Kahramankazan")
            or (pb not in lexicon.entries and _told_how(a, b))
            # (and the claimant's own telling, in a town the gazetteer does not know: "Two members of the group detonated
            # explosive belts in the town of Khar")
            or (pb not in lexicon.entries and _claimant_tells_how(keys, lexicon, a, b))
            # (and the striker's account of what it aimed at there: "strike on a UN school in central Gaza" ... "had
            # targeted a Hamas compound inside the school in the Nuseirat camp")
            or _attackers_account(keys, lexicon, a, b)
            # (and the town a headline's known place stands for, which the gazetteer does not know: "kidnap over 280
            # pupils from school in Kaduna" ... "abducted at least 287 students from a school in the town of Kuriga")
            or (lede and pb not in lexicon.entries)
            or (b.anaphoric or refers) and (all(k not in lexicon.entries or lexicon.entries[k].cls in ("Country", "Province")
                                             for k in (pa, pb)) or _unplaced_town(lexicon, pa, pb)
                                         # a quarter the gazetteer does not know may be in the town it knows: "in eastern
                                         # Baghdad ... The strike hit a car in the Mashtal neighbourhood"
                                         or _quarter_of(lexicon, pa, pb, quarters)
                                         # a region of no set bounds may hold the town: "in Kashmir" ... "near Pahalgam"
                                         or any(k in lexicon.entries and lexicon.entries[k].cls == "Place" for k in (pa, pb))
                                         # (and a state it does not know: "in Ondo state" ... "in the town of Owo")
                                         or any(k in regions and k not in lexicon.entries for k in (pa, pb))
                                         # and a state the gazetteer knows only as its city: "in the central Mexican
                                         # state of Guanajuato ... The attack took place in the town of Salvatierra"
                                         or bool({pa, pb} & regions)
                                         and lexicon.country_of(pa) == lexicon.country_of(pb) is not None
                                         # (or a town it does not know: "in the northeastern province of Arauca ...
                                         # The attack occurred in the municipality of Saravena")
                                         or _unknown_town_in_region(lexicon, pa, pb, regions))):
        # "ambushed a convoy in the Amhara region ... The attack took place near Debre Markos": where the
        # gazetteer cannot say whether one place holds the other, "the attack" still refers back; a
        # known town is not an unknown one elsewhere
        return False
    if a.date and b.date and not (a.date.value.startswith(b.date.value) or b.date.value.startswith(a.date.value)):
        return False
    # (a vague count of things hit is no number against a told one: "strikes hundreds of Hezbollah targets" ... "hit
    # more than 1,600 Hezbollah targets")
    vague = a.cls in ATTACKS and b.cls in ATTACKS and not _counted_alike(a, b)
    if not b.running_total and any(getattr(a, c) is not None and getattr(b, c) is not None
                                   and not _counts_fit(a, b, c) and not (c == "quantity" and vague)
                                   for c in COUNTS) and not (
            _some_of(b) and all(getattr(b, c) is None or (getattr(a, c) or 0) > getattr(b, c) for c in COUNTS)) \
            and not (refers and _first_counted(a, b)):
        return False  # (but "among the dead were 10 staff members" are some of the 12 told; and a headline's "kill 20"
        # counts the lede's first "20 soldiers and a civilian")
    if a.cls in HARMS and b.cls == a.cls and (toll := TOLLS.get(a.cls)) is not None and any(
            x.target_phrase is not None and _head_noun(x.target_phrase.text) in LEADERS and not x.plural
            and not x.target_phrase.text.lower().endswith("s")  # (not "kills Revolutionary Guards commanders")
            and (getattr(x, toll) or 1) == 1 and (getattr(y, toll) or 0) > 1
            and not (y.target_phrase is not None and _head_noun(y.target_phrase.text) == _head_noun(x.target_phrase.text))
            and not _some_of(y) for x, y in ((a, b), (b, a))):
        return False  # a headline's "Israel kills commander" is no strike that "killed at least 51 people" (but it is the
        # raid that "killed a commander ... and five other Palestinians", the commander first of its dead)
    # what an attack hit a headline and its lede say in other words: "drones hit 41 bombers" ... "a drone
    # attack against air bases"; but whom a toll counts must agree
    if a.target is None and b.target is None and a.target_phrase and b.target_phrase \
            and not (refers and a.cls in ATTACKS and b.cls in ATTACKS) and not _own_account(keys, a, b):
        ha, hb = _head_noun(a.target_phrase.text), _head_noun(b.target_phrase.text)
        # (a part of what was hit is what was hit: "struck Yemen's main airport ... The strikes destroyed the
        # airport's departure hall")
        part = ha in {w.lower().removesuffix("'s").removesuffix("’s") for w in b.target_phrase.text.split()}
        # (and whose they were: "strikes on militant hideouts" ... "the strikes had targeted separatist militants")
        part = part or (b.anaphoric and hb in {w.lower().rstrip("s") for w in a.target_phrase.text.split()[:-1]})
        # (and where on it the bomb went off: "a suicide bombing on a beach ... blew himself up at the entrance of a
        # restaurant")
        part = part or (a.cls == b.cls == "Bombing" and hb in _WAYS_IN)
        # (and "the strike" on a village hit something in it: "a drone strike on a village ... The strike hit a market")
        inside = b.anaphoric and a.cls in ATTACKS and ha in SETTLEMENTS
        # (and a headline's "44 worshippers" are the lede's "44 civilians": both unarmed, by other words)
        # (and "the killing of the workers" condemned is the killing of "a doctor and six labourers" told)
        unarmed = (refers or b.anaphoric) and a.cls in HARMS and {ha, hb} <= CIVILIANS
        # (and "overran the base" is the headquarters just taken)
        seat = (refers or b.anaphoric or b.target_phrase.text.lower().startswith("the ")) and {ha, hb} <= SEATS_OF_COMMAND
        # (and a headline's "retakes state broadcaster" is the lede's "recaptured the headquarters of the ... broadcaster")
        seat = seat or (refers and a.cls == b.cls == "Capture" and bool({ha, hb} & SEATS_OF_COMMAND))
        # (and what "military targets" were, told after: "the strikes targeted missile production facilities")
        named_later = (b.anaphoric or refers) and a.cls in ATTACKS and ha in GENERIC_TARGETS
        led = {ha, hb} <= LEADERS
        # (and one force's men by two words: a headline's "11 police" are the lede's "11 policemen")
        led = led or (refers and any({ha, hb} <= men for men in _SAME_MEN))
        # (and "the strikes also hit power stations": more of what they hit)
        after = b.sentence.text[b.trigger.end - b.sentence.begin:].lower().split()[:2]
        more = b.anaphoric and a.cls in ATTACKS and b.cls in ATTACKS and "also" in after
        # (and the rest of what the first telling listed: "struck ports and energy infrastructure" ... "the strikes
        # targeted infrastructure used by the Houthis")
        more = more or (b.anaphoric and a.cls in ATTACKS and b.cls in ATTACKS
                        and hb in {_head_noun(t.text) for t in a.more_targets})
        # (and "soldiers had repelled the attack" on "a military base": the men who held it)
        held = (refers or b.anaphoric) and a.cls in ATTACKS and b.cls in ATTACKS and ha in _POSTS and hb in _GARRISON
        # (and "the strikes" by the word that named them, whose targets a side tells otherwise: "jets bombed
        # militant hideouts" ... "the strikes hit homes", the Taliban said)
        worded = b.anaphoric and a.cls in ATTACKS and b.cls in ATTACKS \
            and _head_noun(b.trigger.text) in {_head_noun(t.text) for t in (a.trigger, *a.also)}
        # (and those at the site told how the attack on it went: "an attack on a market ... Gunmen opened fire on
        # shoppers at the Bakara market")
        inside = inside or (_told_how(a, b) and ha in re.findall(r"\w+", b.sentence.text.lower()))
        if ha != hb and not part and not inside and not unarmed and not seat and not named_later and not led and not more \
                and not held and not worded and not (refers and {ha, hb} <= _VESSELS) \
                and not {ha, hb} & GENERIC_PEOPLE and not {ha, hb} <= YOUNG and not (refers and {ha, hb} & GENDERED) \
                and not any(h.isdigit() or h in NUMBER_WORDS for h in (ha, hb)) and not (refers and {ha, hb} <= ASSAILANTS) \
                and not (a.cls == b.cls == "Killing" and {ha, hb} <= ASSAILANTS and not a.plural and not b.plural
                         and _key(keys, a.agent) is not None and _key(keys, a.agent) == _key(keys, b.agent)):
            # (nor "shooter killed by Secret Service" ... "being shot dead by Secret Service agents": the gunman)
            return False  # "two soldiers" are not "two civilians"
    return True


def _others_than_the_dead(a: Event, b: Event) -> bool:
    """"killing at least nine people and wounding nearly 3,000 others": the wounded besides the dead of their own
    sentence, who may be the wounded a headline told ("wounding thousands")."""
    before = b.sentence.text[: b.trigger.begin - b.sentence.begin].lower()
    return a.cls == b.cls == "Injury" and a.sentence != b.sentence and re.search(r"\b(?:kill\w*|dead|died)\b", before) is not None


# Posts an attack hits and the men who hold them, by their head nouns (without a final "s").
# Words for the same men, as _head_noun gives them.
_SAME_MEN = ({"police", "policemen", "policeman", "policewomen", "policewoman", "officer", "constable", "cop"},
             {"soldier", "troop", "servicemen", "serviceman", "trooper"})
_OUTSKIRTS = {"outskirt", "suburb", "countryside"}  # as _head_noun gives them: a town's, with towns of its own
_POSTS = {"base", "post", "outpost", "camp", "checkpoint", "position", "barrack", "garrison", "compound", "station"}
# Buildings a later mention names: "a hotel" ... "the strike on the Sapphire hotel".
_SITES = {"hotel", "hospital", "school", "mosque", "church", "market", "airport", "airbase", "base", "port", "building", "cafe",
          "restaurant", "prison", "stadium", "university", "institute", "academy", "college", "hall", "theatre",
          "theater", "zone", "store", "shop", "supermarket", "mall"}
_GARRISON = {"soldier", "troop", "force", "guard", "officer", "policemen", "personnel", "defender", "garrison"}


def _blamed_again(a: Event, b: Event) -> bool:
    """"A local official blamed the RSF for the attack": the attack told before, whose doer is what is
    alleged (the accusation keeps who blamed whom; the attack does not take the alleged doer)."""
    # (and "blamed Hezbollah for the attack on the Druze town of Majdal Shams": the rocket strike told, named now)
    # (or by its claimant, naming what it hit: "saying a suicide bomber had targeted the convoy")
    return (b.anaphoric or b.definite or _hit_again(a, b) or _claimants_account(a, b)) and b.status == "Alleged" \
        and a.status is None and a.cls in ATTACKS | HARMS


_CLAIM_SAYING = re.compile(r"\bclaimed\s+responsibility\b[^.;]*,\s*saying\b", re.I)


# ... or a group telling its own men did it: "Islamic State said two of its members had detonated".
_OWN_MEN_HAD = re.compile(r"\b(?:said|says|saying)\s+(?:that\s+)?(?:(?:\w+\s+){1,2}of\s+)?(?:its|their)\s+"
                          r"(?:members|fighters|militants|men|operatives|suicide\s+bombers)\s+had\s+$", re.I)


def _claimants_account(a: Event, b: Event) -> bool:
    """The deed a claim of responsibility goes on to tell, of an attack just told: "Two explosions killed 84 people ...
    Islamic State claimed responsibility on Thursday, saying two of its members had detonated explosive belts" (or
    "... but on Thursday Islamic State said two of its members had detonated explosive belts among the crowd")."""
    before = b.sentence.text[: b.trigger.begin - b.sentence.begin]
    return a.cls in ATTACKS and b.cls in ATTACKS and b.verbal and not b.further and b.date is None and a.status is None \
        and ((b.status == "Alleged" and _CLAIM_SAYING.search(before) is not None)
             or (b.status is None and _OWN_MEN_HAD.search(before) is not None)) \
        and any(0 <= b.sentence.begin - t.end <= 600 for t in (a.trigger, *a.also))


def _defenders_and_ground(lexicon: Lexicon, a: Event, b: Event, ka: str, kb: str) -> bool:
    """One telling's target only the forces that stood it off, named in no words of its own ("the army says it
    repelled M23 attack near Sake"), the other's the ground attacked ("an attack by M23 rebels on the town of Sake"):
    one attack."""
    return any(x.target_phrase is None and kx in lexicon.entries and lexicon.entries[kx].cls in ("StateForce", "ArmedGroup")
               and y.target_phrase is not None and (_ground(lexicon, ky) or _head_noun(y.target_phrase.text) in SETTLEMENTS)
               for x, y, kx, ky in ((a, b, ka, kb), (b, a, kb, ka)))


def _suspected_then_told(keys: tuple[str, ...], a: Event, b: Event) -> bool:
    """"a suspected Israeli strike on its embassy compound in Damascus ... the April 1 strike in Damascus": the strike
    whose doer is suspected, named again as known by its place (it stays suspected: the join keeps the first telling's
    status)."""
    # (named by its day too, which no "the" alone would: "the April 1 strike")
    before = b.sentence.text[max(0, b.trigger.begin - b.sentence.begin - 24): b.trigger.begin - b.sentence.begin]
    return a.status == "Alleged" and b.status is None and not b.verbal and a.cls == b.cls and a.lemma == b.lemma \
        and a.cls in ATTACKS and a.plural == b.plural and (b.definite or re.search(r"\bthe\b", before, re.I) is not None) \
        and (a.date is None or b.date is None or a.date.value == b.date.value) \
        and (place := _key(keys, a.place)) is not None and place == _key(keys, b.place)


def _counted_alike(a: Event, b: Event) -> bool:
    """Both tolls a number, or neither: "dozens of its soldiers" (at least 12, by the rule for "dozens") are not
    the "at least 12 people" a strike killed elsewhere."""
    pa, pb = a.target_phrase, b.target_phrase
    return pa is None or pb is None or (re.search(r"\d", pa.text) is None) == (re.search(r"\d", pb.text) is None)


def _counts_fit(a: Event, b: Event, count: str) -> bool:
    """The same number, or one a bound or a round figure holds closely: a headline's "137 pupils" are the lede's
    "more than 130 schoolchildren" (a number far above the bound is another toll)."""
    x, y = getattr(a, count), getattr(b, count)
    if x == y:
        return True
    for (bound, qualifier), other in (((x, a.count_qualifier), y), ((y, b.count_qualifier), x)):
        if qualifier == "at least" and bound <= other <= bound * 1.2:
            return True
        if qualifier == "about" and abs(other - bound) <= bound * 0.1:
            return True
    return False


def _first_counted(a: Event, b: Event) -> bool:
    """The later toll sums a list whose first number is the earlier's: "kill 20" ... "killed 20 soldiers and a civilian"."""
    toll = TOLLS.get(a.cls)
    first = re.match(r"(?:at least |more than |some |about )?(\d[\d,]*|[a-z]+)\b", b.target_phrase.text.lower()) \
        if b.target_phrase else None
    # (by digits or by a word: "kill 3 Chinese workers" ... "killed three Chinese nationals and a Congolese soldier")
    number = first.group(1).replace(",", "") if first is not None else ""
    told = int(number) if number.isdigit() else _SMALL_NUMBERS.get(number)
    return toll is not None and told is not None and getattr(a, toll) is not None \
        and told == getattr(a, toll) < (getattr(b, toll) or 0)


_SMALL_NUMBERS = {w: n for n, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                              "ten", "eleven", "twelve"))}


def _some_of(b: Event) -> bool:
    """"Among the dead were ...": some of the dead told before, named (or counted: "200 of the wounded")."""
    # (and "Brigadier General Zahedi was among those killed")
    return (b.anaphoric and re.search(rf"\b(?:among|of) the {re.escape(b.trigger.text.lower())}\b", b.sentence.text.lower())
            is not None) or re.search(rf"\bamong (?:those|the people) {re.escape(b.trigger.text.lower())}\b",
                                      b.sentence.text.lower()) is not None


# What a land's divisions are called after their names: "Sennar state", "Lamu county".
_DIVISIONS = ("state", "province", "region", "governorate", "district", "oblast", "county", "prefecture", "department")
_DIVISION_SUFFIX = re.compile(rf"-(?:{'|'.join(_DIVISIONS)})$")


def _namesakes(pa: str, pb: str) -> bool:
    """A town and the division named for it, told apart by the word after the name: "Sennar", "Sennar state"."""
    return pa != pb and _DIVISION_SUFFIX.sub("", pa) == _DIVISION_SUFFIX.sub("", pb)


def _in_namesake(lexicon: Lexicon, town: str, inner: str) -> bool:
    """The inner place lies in the division named for the town: Gidan Boka in Katsina state, for "Katsina"."""
    return any(lexicon.lies_in(inner, f"{town}-{division}") for division in _DIVISIONS)


def _in_namesake_told(lexicon: Lexicon, event: Event, town: str, inner: str) -> bool:
    """A place the gazetteer does not know, told in the division named for the town: "the village of Gidan Boka in
    Nigeria's northwestern Katsina state"."""
    if inner in lexicon.entries or town not in lexicon.entries:
        return False
    label = re.escape(lexicon.entries[town].label)
    return re.search(rf"\b{label}\s+(?:{'|'.join(_DIVISIONS)})\b", event.sentence.text, re.I) is not None


def _unknown_town_in_region(lexicon: Lexicon, pa: str, pb: str, regions: frozenset[str]) -> bool:
    """One place the text calls a region, the other a place neither the gazetteer knows nor the text calls one."""
    return any(r in regions and r in lexicon.entries and t not in lexicon.entries and t not in regions
               for r, t in ((pa, pb), (pb, pa)))


def _unplaced_town(lexicon: Lexicon, pa: str, pb: str) -> bool:
    """One place is a region, the other a town the gazetteer places only in the region's country: whether
    Debre Markos lies in Amhara it cannot say."""
    entries = [lexicon.entries.get(k) for k in (pa, pb)]
    if any(e is None for e in entries) or not any(e.cls in ("Province", "Place") for e in entries if e is not None):
        return False
    town = next((e for e in entries if e is not None and e.cls == "City"), None)
    return town is not None and town.located_in is not None and town.located_in in lexicon.entries \
        and lexicon.entries[town.located_in].cls == "Country" and lexicon.country_of(pa) == lexicon.country_of(pb)


# What the text calls a part of a town: "the Mashtal neighbourhood", "Lido beach", "the al-Mawasi area".
# (and a town's district, not a province's: "the Ras al-Nabaa district", never "the Shangla district of Khyber
# Pakhtunkhwa province")
_QUARTER_WORDS = r"(?:neighbou?rhood|quarter|suburb|beach|area|camp|district(?!\s+of\b))"
_REGION_BEFORE = re.compile(r"\b(?:state|province|region|department|governorate) of $")
_REGION_AFTER = re.compile(r" (?:state|province|region)\b")
_QUARTER = re.compile(rf"\s+{_QUARTER_WORDS}\b", re.I)
_QUARTER_NAMED = re.compile(rf"\s{_QUARTER_WORDS}$", re.I)  # the word inside the name: "Lido beach"


def _owned_by_name(lexicon: Lexicon, country: str, event: Event) -> bool:
    """The event's target words name the country as its owner: "Israel's Ben Gurion airport"."""
    entry = lexicon.entries.get(country)
    return entry is not None and entry.cls == "Country" and event.target_phrase is not None \
        and re.search(rf"\b{re.escape(entry.label)}'s\b", event.target_phrase.text) is not None


def _told_within(lexicon: Lexicon, event: Event, part: str, whole: str) -> bool:
    """The event's own sentence puts its place in the other: "in the Delmas area of Port-au-Prince"."""
    # (a quarter the gazetteer does not know by its own name, its key: "in the Mezzeh district of Damascus")
    labels = [re.escape(lexicon.entries[k].label) if k in lexicon.entries else r"[\s-]".join(map(re.escape, k.split("-")))
              for k in (part, whole)]
    if re.search(rf"\b{labels[0]}\s+(?:{_QUARTER_WORDS}|district)\s+of\s+{labels[1]}\b", event.sentence.text, re.I) is not None:
        return True
    # (or in a province of the whole, named after it: "in the Musakhail district of Baluchistan province", in Pakistan)
    told = re.search(rf"\b(?i:{labels[0]})\s+district\s+of\s+((?:[A-Z][\w'-]+\s?){{1,3}})", event.sentence.text)
    if told is not None and whole in lexicon.entries and lexicon.entries[whole].cls == "Country" \
            and any(lexicon.country_of(k) == whole for k in lexicon.lookup(told.group(1).strip())):
        return True
    # (or a town of the land by its people's name: "at the northern Israeli town of Beit Hillel", in Israel)
    peoples = [re.escape(d) for d, k in lexicon.demonyms.items() if k == whole]
    return part not in lexicon.entries and bool(peoples) and whole in lexicon.entries \
        and lexicon.entries[whole].cls == "Country" and re.search(
            rf"\b(?:{'|'.join(peoples)})\s+(?:town|city|village|settlement|community|kibbutz)\s+of\s+{labels[0]}\b",
            event.sentence.text, re.I) is not None


def _quarter_of(lexicon: Lexicon, pa: str, pb: str, quarters: frozenset[str]) -> bool:
    """One place is a town the gazetteer knows, the other a quarter it does not, called one in the text."""
    # (or one it knows as a town of the same land, called a quarter here: "in the Delmas neighborhood" of
    # Port-au-Prince, a commune of its own in the gazetteer)
    return any((entry := lexicon.entries.get(town)) is not None and entry.cls == "City" and quarter in quarters
               and (quarter not in lexicon.entries or lexicon.country_of(quarter) == lexicon.country_of(town) is not None
                    and lexicon.entries[quarter].cls not in ("District", "Province"))  # (a land's district is no town's)
               for town, quarter in ((pa, pb), (pb, pa)))


def _bare_number(words: str) -> bool:
    """Only a number, no people named: a headline's "21", "three dozen", "nearly 100"."""
    return all(w in NUMBER_WORDS or w in _ROUGHLY or not w[:1].isalpha() for w in words.lower().split())


def _among_agents(keys: tuple[str, ...], event: Event, key: str) -> bool:
    """One of the event's other doers: "Rwandan and Mozambican troops retake ..." then "... Mozambican troops"."""
    return key in {_key(keys, m) for m in event.more_agent_entities}


def _branch(lexicon: Lexicon, part: str, whole: str) -> bool:
    return part in lexicon.entries and lexicon.entries[part].part_of == whole


def _parties(keys: tuple[str, ...], event: Event) -> set[str]:
    return {k for i in (event.agent, event.target, *event.more_agent_entities) if (k := _key(keys, i)) is not None}


def _force_of_state(lexicon: Lexicon, force: str, country: str) -> bool:
    """A state force the gazetteer places in the country: "Iran seizes ship" ... "Iran's Revolutionary Guards seized"."""
    entry, land = lexicon.entries.get(force), lexicon.entries.get(country)
    return entry is not None and land is not None and land.cls == "Country" and entry.cls == "StateForce" \
        and entry.based_in == country


def _forces_of(lexicon: Lexicon, key: str) -> str | None:
    """The key of a country's forces, as entities.forces_of names them."""
    entry = lexicon.entries.get(key)
    if entry is None or entry.cls != "Country":
        return None
    known = lexicon.national_forces(key)
    return known.key if known else f"{key}-forces"


_WHEN_IT = re.compile(r",\s+when\s+(?:it|they|\w+)\s+(?:had\s+)?", re.I)


_WAYS_IN = {"entrance", "gate", "gates", "door", "doorway", "checkpoint", "perimeter", "wall"}
_IN_THE_DEED = re.compile(r"^[^,;.]*\bin (?:(?!for\b|after\b|of\b|to\b|since\b|against\b|on\b)[\w'’.-]+ ){0,4}$", re.I)
_THEN_DID = re.compile(r"^[^,;.]* and (?:then )?$")
_BROKE_IN = re.compile(r"(?:burst|stormed|raided|entered|broke|forced|swept)\b", re.I)
_CALLED_SO = re.compile(r"\bin what (?:[\w'’-]+ ){1,5}(?:called|calls|described as|describes as|termed|dubbed|said was|say was|says was"
                        r"|(?:are|is|were|was) (?:investigating|treating|probing) as)"
                        r"(?: (?:a|an|the|its))?(?: [\w'’-]+,?){0,4} $", re.I)


def _own_account(keys: tuple[str, ...], a: Event, b: Event) -> bool:
    """The attacker telling its attack in its own words, by the site it hit named again ("inside the school"), no
    other place named."""
    # (a site named as a place is still the site: "inside the al-Tabi'in school", the tagger's place)
    sited = b.place is None or b.place_phrase is None or bool(set(b.place_phrase.text.lower().split()) & _SITES)
    if not (a.cls in ATTACKS and b.cls in ATTACKS and b.verbal and not b.further and sited
            and b.status is None and a.target_phrase is not None) or not (who := _key(keys, a.agent)) \
            or who != _key(keys, b.agent):
        return False
    if b.place_phrase is not None and b.place_phrase.text.lower() in ("the area", "the vicinity") and a.place is not None \
            and b.target is not None and b.target != a.target:
        return True  # "it had targeted a Hamas position in the area": the site it says it hit, where the strike was
    sites = {w.lower().rstrip(",") for w in a.target_phrase.text.split()} & _SITES
    # (by its name too: "inside the al-Tabi'in school")
    # (or by the first telling's own words: "Gaza humanitarian zone" ... "inside the humanitarian zone")
    told = "|".join(re.escape(w) for w in a.target_phrase.text.split() if w.isalpha() and w.islower() and w.lower() not in sites)
    named = rf"(?:(?:al-|Al-)?[A-Z][\w'-]*{'|' + told if told else ''})"
    return any(re.search(rf"\b[Tt]he (?:{named} ){{0,2}}{w}\b", b.sentence.text) for w in sites)


# An arrest by its words, not an abduction ("kidnapped by rivals" is not "detained in Culiacan").
_HELD_BY_LAW = {"arrest", "detain", "detention", "apprehend", "custody"}


def _same(a: Event, b: Event, keys: tuple[str, ...], people: frozenset[str], lexicon: Lexicon,
          quarters: frozenset[str], towns: frozenset[str] = frozenset()) -> bool:
    """Something says the later mention is the earlier event."""
    if _town_named_now(keys, towns, a, b):
        return True  # "Myanmar rebels seize town" ... "had taken full control of Paletwa": that town, named
    if (a.cls in ATTACKS and b.cls in ATTACKS or a.cls == b.cls == "Killing") and any(
            b.sentence.begin <= t.end <= b.trigger.begin and _CALLED_SO.search(
                b.sentence.text[t.end - b.sentence.begin: b.trigger.begin - b.sentence.begin]) is not None
            for t in (a.trigger, *a.also)):
        return True  # "crossed into southern Lebanon in what the military called limited ground raids": what it was called
    if a.cls in ATTACKS and b.cls in ATTACKS and a.verbal and not b.verbal and not b.plural and b.agent is None \
            and b.lemma not in MUTUAL and any(
                b.sentence.begin <= t.begin and t.end <= b.trigger.begin and _IN_THE_DEED.search(
                    between := b.sentence.text[t.end - b.sentence.begin: b.trigger.begin - b.sentence.begin])
                # (a mention joined to it earlier says no more than that one: "was hit ... in a separate attack")
                and (t == a.trigger or not set(between.lower().split()) & ANOTHER_INCIDENT)
                for t in (a.trigger, *a.also)):
        return True  # "Russia pounds Ukraine's energy grid in Christmas Day attack": the pounding, named (and the
        # headline's told again: "Fico shot" ... "was shot multiple times and seriously injured in an assassination attempt")
    if a.cls in ATTACKS and b.cls in ATTACKS and b.verbal and b.status is None and not b.further \
            and (who := _key(keys, a.agent)) and who == _key(keys, b.agent) and (man := _key(keys, a.target)) in people \
            and re.search(rf"\b(?:where|in which)\b.*\b{re.escape(man.split('-')[-1])}\b", b.sentence.text, re.I):
        return True  # "a strike targeting Hamas's military commander Mohammed Deif ... it had struck a compound
        # where Deif ... were hiding": the man it sought, named where it says it struck
    if a.cls in ATTACKS and b.cls in ATTACKS and b.verbal and b.status is None and not b.further and not a.plural \
            and b.place is None and b.date is None and _key(keys, b.target) in people and b.lemma in ("target", "strike", "hit") \
            and (who := _key(keys, a.agent)) and who == _key(keys, b.agent) \
            and any(0 <= b.sentence.begin - t.end <= 250 for t in (a.trigger, *a.also)):
        return True  # "An Israeli airstrike on a cafe ... killed 18 ... The Israeli military said it had targeted Zahi Oufi,
        # the head of Hamas in the camp": the man the striker says it sought, told right after
    if a.cls in ATTACKS and b.cls in ATTACKS and b.verbal and not a.plural and not b.plural and b.status is None \
            and not b.further and b.place is None and (b.date is None or a.date is None or a.date.value == b.date.value) \
            and (who := _key(keys, a.agent)) is not None and who == _key(keys, b.agent) \
            and (unit := _key(keys, b.target)) is not None and _branch(lexicon, unit, _key(keys, a.target) or ""):
        return True  # "A drone launched by Hezbollah struck an army base ... Hezbollah said it had targeted a training
        # camp of the Golani Brigade": the attacker's account, by the unit of the army it hit
    if a.cls in ATTACKS and b.cls in ATTACKS and b.definite and b.plural and (a.plural or a.verbal) \
            and (pa := _key(keys, a.place)) is not None and (pb := _key(keys, b.place)) is not None and pa != pb \
            and (_told_together(lexicon, a, pa, pb) or (
                _within(lexicon, pb, pa) and b.date is None and _key(keys, b.agent) in (None, _key(keys, a.agent)))):
        return True  # "US strikes 85 targets in Iraq and Syria" ... "the strikes in Syria killed a number of civilians"
        # (and "16 people were killed in the strikes in the western Iraqi region of al-Qaim")
    if a.cls == b.cls == "Surrender" and not b.further \
            and (((who := _key(keys, a.agent)) is not None and who == _key(keys, b.agent))
                 # (or men named by no side: "the remaining troops laid down their weapons")
                 or (b.agent is None and b.agent_phrase is not None and _head_noun(b.agent_phrase.text) in _GARRISON
                     and (a.agent is not None or (a.agent_phrase is not None and _head_noun(a.agent_phrase.text) in _GARRISON)))) \
            and ((b.agent_phrase.text if b.agent_phrase is not None else b.sentence.text[
                : b.trigger.begin - b.sentence.begin]).lower().startswith(("the ", "they", "those"))
                # (or told in a clause: "He told parliament that the soldiers had laid down their weapons")
                or re.search(r"\b(?:that\s+)?(?:the|those)\s+(?:\w+\s+){1,2}(?:had\s+|have\s+)?$",
                             b.sentence.text[: b.trigger.begin - b.sentence.begin], re.I) is not None) and b.date is None \
            and (b.place is None or _key(keys, b.place) == _key(keys, a.place)):
        return True  # "A group of Russian soldiers surrendered ... The soldiers laid down their arms": those men
    if a.cls == b.cls and a.cls in HARMS and not b.verbal and not b.definite and b.status is None and not b.further \
            and all(getattr(b, c) is None for c in COUNTS) and all(r is None for r in (b.agent, b.target, b.place, b.date)) \
            and b.agent_phrase is None and b.target_phrase is None \
            and any(0 <= b.trigger.begin - t.end <= 400 for t in (a.trigger, *a.also)):
        return True  # "killing at least 45 people ... it was reviewing reports of civilian deaths": those deaths, uncounted
    if _claimant_tells_how(keys, lexicon, a, b):
        return True  # "Islamic State claims twin bombings in Iran" ... "Two members of the group detonated explosive belts
        # among the crowd in the southern city of Kerman on Wednesday, the group said": the claimant's telling of it
    if _attackers_account(keys, lexicon, a, b):
        return True  # "Iran fired about 180 missiles at Israel ... Iran's Revolutionary Guards said they had targeted
        # three military bases around Tel Aviv": the attacker's own account of that attack
    if _withdrawal_again(keys, a, b):
        return True  # "captured Homs after government forces withdrew ... Government troops pulled out of Homs": where
        # the same forces' one withdrawal was from, told now (or "withdrew from the city ... as the army left": again)
    if _arrest_counted(a, b):
        return True  # "police arrived and arrested them. Police said 13 people were detained": those told now
    if _hit_where_fired(keys, lexicon, a, b):
        return True  # "Hezbollah fired a barrage of rockets at Haifa ... Two buildings in Haifa were hit": what it hit (not
        # what was hit "across the country" a barrage on a whole land reached)
    if _claimed_beside(a, b):
        return True  # "Blasts at Soleimani memorial in Iran kill 84; Islamic State claims attack": those blasts
    if _framed_by(a, b):
        return True  # "In a separate attack, insurgents attacked a police station": the attack, told by its deed
    if _same_thing_hit(a, b):
        return True  # "following an attack on a convoy that killed 42 ... Gunmen opened fire on a convoy of vehicles
        # carrying Shi'ite passengers near the town of Parachinar on Thursday": that convoy
    if _unknown_site_named(a, b):
        return True  # "a drone attack ... on a base in northeastern Jordan ... The attack on Tower 22 was the first deadly
        # strike": the base, named
    if _participle_of(keys, a, b):
        return True  # "fired about 150 rockets ... into northern Israel, reaching deeper than before and hitting near
        # the city of Haifa": how the firing went
    if _own_account(keys, a, b):
        return True  # "An Israeli strike on a school ... killed more than 90 people ... The Israeli military said it had
        # struck a Hamas command centre inside the school": the striker's account of that strike
    if _went_in_and(a, b):
        return True  # "burst into the Crocus City Hall on Friday and opened fire": what they did in there
    if _claimants_account(a, b):
        return True  # "Islamic State claimed responsibility, saying two of its members had detonated explosive belts"
    if _told_how(a, b):
        return True  # "killed 32 people in an attack on a popular beach ... A suicide bomber blew himself up and gunmen
        # then opened fire on people at Lido beach": how that attack went
    if a.cls == b.cls == "Bombing" and not a.plural and not b.plural \
            and any("suicide" in t.text.lower() for t in (a.trigger, *a.also)) \
            and b.agent_phrase is not None and re.search(r"\bsuicide bomber\b", b.agent_phrase.text, re.I) \
            and not re.search(r"\b(?:second|another|third|other)\b", b.agent_phrase.text, re.I):
        return True  # "killed 32 people in a suicide bombing ... A suicide bomber blew himself up at the entrance": one bomber
    if a.cls in ATTACKS and b.cls in ATTACKS and b.verbal and any(
            b.sentence.begin <= t.begin < b.trigger.begin and _WHEN_IT.fullmatch(
                b.sentence.text[t.end - b.sentence.begin: b.trigger.begin - b.sentence.begin]) is not None
            for t in (a.trigger, *a.also)):
        return True  # "Iran's Oct. 1 attack, when it fired around 200 ballistic missiles at Israel": what it was
    if a.cls == b.cls == "Killing" and (dead := _key(keys, a.target)) in people and dead == _key(keys, b.target):
        return True  # a man dies once: "killed Hezbollah's chief of staff ... confirmed Tabatabai had been killed"
    if a.cls == b.cls == "Arrest" and (held := _key(keys, a.target)) in people and held == _key(keys, b.target) \
            and a.status == b.status and not b.further and {a.lemma, b.lemma} <= _HELD_BY_LAW and a.sentence != b.sentence \
            and not set(b.sentence.text.lower().split()) & (ANOTHER_INCIDENT | {"again", "re-arrested", "rearrested"}):
        return True  # one man held, told twice: "has arrested former oil minister X ... X was detained in Niamey on Thursday"
    if a.cls == b.cls == "Killing" and a.target is None and a.target_phrase is not None and not a.plural \
            and _head_noun(a.target_phrase.text) in LEADERS and (a.fatalities or 1) == 1 == (b.fatalities or 1) \
            and _key(keys, b.target) in people and not set(b.sentence.text.lower().split()) & ANOTHER_INCIDENT \
            and "also" not in b.sentence.text[: b.trigger.end - b.sentence.begin].lower().split():
        # (an "also" of others killed with him is no other killing of him: "was killed in a shootout ... with two
        # other gunmen, who were also killed")
        return True  # and a leader killed is the leader named killed: "the head of an armed group was killed" ...
        # "Abdulghani al-Kikli, the leader of the Stability Support Apparatus, was killed at a military camp"
    if a.cls == b.cls == "Killing" and a.target is None and a.target_phrase is not None and not a.plural \
            and (a.target_phrase.text.lower().startswith(("a ", "an ")) or a.fatalities == 1) \
            and (a.fatalities or 1) == 1 == (b.fatalities or 1) \
            and _key(keys, b.target) in people and b.within_at is not None and not b.further \
            and 0 <= b.sentence.begin - a.sentence.end <= 400 \
            and not set(b.sentence.text.lower().split()) & (ANOTHER_INCIDENT | {"also"}):
        return True  # the one man a strike killed, named in the strike told again: "killing a Reuters safety adviser ...
        # Ryan Evans, a former British soldier, was killed in the strike on the Sapphire hotel"
    if a.cls == b.cls == "Killing" and b.target is None and b.target_phrase is None and b.fatalities is None \
            and (who := _key(keys, a.agent)) is not None and who == _key(keys, b.agent) and not b.further:
        return True  # "Hamas kills six hostages" ... "they had been shot dead by Hamas": the same doers' killing of whoever
        # "they" are
    # and "the killings" are the killing of 100 people (not of two men named: theirs are named too)
    # (and "the abductions" the taking of the 50 people counted)
    many = b.plural and (toll := TOLLS.get(b.cls, "quantity" if b.cls == "Arrest" else None)) is not None \
        and (getattr(a, toll) or 0) > 1 \
        and _key(keys, a.target) not in people
    # (a verb tells of no number: "Israel struck the army headquarters ... The strikes damaged ...", of the
    # same kind of attack)
    # (by their words: "a missile fired from Yemen" is not "the strikes" that hit Bajil)
    told = a.verbal and b.plural and _kind(a) == _kind(b) != "generic"  # ("bombed" by air: "the strikes")
    # (and "the strikes" are an attack by many drones and missiles: "launched 367 drones and missiles")
    told = told or (b.plural and a.cls in ATTACKS and a.instrument_phrase is not None
                    and _FLOWN_WORDS.search(a.instrument_phrase.text) is not None
                    and a.instrument_phrase.text.lower().endswith("s") and b.lemma in ("strike", "attack", "airstrike"))
    # (and "the overnight attacks" are one doer's attacks on many sites told at once: "attacked police stations,
    # railway lines and highways")
    many = many or (b.plural and a.cls in ATTACKS and b.cls in ATTACKS and bool(a.more_targets or a.more_target_entities))
    # (and "three children were among the dead" are some of a strike's dead, however it counted them: "killed top
    # commander Ibrahim Aqil and at least 14 other people")
    many = many or (_some_of(b) and a.cls == b.cls)
    if b.anaphoric and (a.plural == b.plural or told or b.lemma in MASS or many or (b.lemma in (a.lemma, "attack") and _flown_many(a))):  # "the fighting" is the clashes  # "the attack" is none of "the attacks"; "the strikes" are the airstrikes
        return True
    if b.anaphoric and b.lemma == "attack" and not b.plural and a.plural and a.lemma != "attack" and a.cls in ATTACKS \
            and any(b.sentence.begin <= t.begin < b.trigger.begin or 0 <= b.sentence.begin - t.end <= 250
                    for t in (a.trigger, *a.also)):  # (by any of its mentions: a headline's told again in the lede)
        return True  # one raid of many strikes, told at once: "Israeli air strikes on military sites killed four soldiers,
        # the army said, adding that the attack had caused limited damage"
    if b.definite and (a.plural == b.plural or told) and _key(keys, a.place) is not None \
            and _key(keys, a.place) == _key(keys, b.place):
        return True  # "the Sinjar strike", after a strike near Sinjar; "the Damascus strikes", after "Israel struck Damascus"
    if b.definite and a.plural == b.plural and (pa := _key(keys, a.place)) is not None \
            and (pb := _key(keys, b.place)) is not None and _quarter_of(lexicon, pa, pb, quarters):
        return True  # "the attack on Lido beach", after an attack in Mogadishu
    if b.definite and a.plural == b.plural and (pa := _key(keys, a.place)) is not None \
            and (pb := _key(keys, b.place)) is not None and pa != pb and _told_within(lexicon, b, pb, pa):
        return True  # "the strike in the Kola district of Beirut", after a strike in central Beirut
    if b.definite and a.plural == b.plural and a.cls in ATTACKS and b.cls in ATTACKS and b.place is None \
            and b.place_phrase is not None and _QUARTER.search(b.place_phrase.text) is not None \
            and (pa := _key(keys, a.place)) in lexicon.entries and lexicon.entries[pa].cls == "City":
        return True  # "The strike in the Basta neighbourhood came without warning", after a strike in central Beirut
    if b.definite and a.plural == b.plural and _key(keys, a.agent) is not None and _key(keys, a.agent) == _key(keys, b.agent) \
            and (b.lemma == a.lemma or (b.lemma == "attack" and a.cls in ATTACKS)):
        return True  # "the Israeli raid", after Israeli forces' raid; "its attack", after Hezbollah launched rockets
    if b.definite and told and _key(keys, a.agent) is not None and _key(keys, a.agent) == _key(keys, b.agent):
        return True  # "its retaliatory strikes", after the Israeli missiles fired at military sites
    if b.lemma == a.lemma and _key(keys, a.target) is not None and a.plural == b.plural \
            and _key(keys, a.target) == _key(keys, b.target) and a.cls in ATTACKS:
        return True  # "ground raids into Lebanon against Hezbollah" ... "targeted raids against Hezbollah"
    if a.cls in ATTACKS and b.cls in ATTACKS and _doers_again(b) \
            and (b.agent is None or a.agent is None or _key(keys, a.agent) == _key(keys, b.agent)):
        return True  # "an overnight attack on a village ... The attackers stormed Yelewata": what they did in it
    if _bare_again(a, b):
        return True  # "killed four soldiers in an ambush ... The soldiers were patrolling a road when they came under fire"
    if _suspected_then_told(keys, a, b):
        return True  # "a suspected Israeli strike on its embassy compound in Damascus ... the April 1 strike in Damascus"
    if _unnamed_doers_again(a, b) and not set(b.sentence.text.lower().split()) & ANOTHER_INCIDENT \
            and not _ANOTHER_TIME.match(b.sentence.text):
        return True  # "Gunmen shot and killed a candidate ... when attackers on a motorcycle opened fire on his vehicle"
    if b.definite and a.plural == b.plural and a.cls in ATTACKS and b.cls in ATTACKS and _named_now(keys, lexicon, a, b):
        return True  # "an airstrike killed 27 people in a village ... The attack on Kyauk Ni Maw village"
    if b.definite and a.plural == b.plural and a.cls in ATTACKS and b.cls in ATTACKS and _site_named_now(keys, a, b):
        return True  # "a missile struck a hotel in Kramatorsk ... killed in the strike on the Sapphire hotel"
    if a.cls in ATTACKS and b.cls in ATTACKS and _named_site_was_hit(a, b) and _site_named_now(keys, a, b):
        return True  # "shelled the last functioning hospital in El Fasher ... The Saudi Hospital was hit by four shells"
    if a.cls in ATTACKS and b.cls in ATTACKS and a.sentence == b.sentence and a.plural == b.plural \
            and _key(keys, a.target) is not None and _key(keys, a.target) == _key(keys, b.target):
        return True  # "a missile fired from Yemen struck the grounds of Ben Gurion airport": one attack, told twice
    if b.anaphoric and a.cls in ATTACKS and b.cls in ATTACKS and a.target_phrase is not None \
            and (a.plural == b.plural or _head_noun(a.target_phrase.text) + "s" == a.target_phrase.text.split()[-1].lower()) \
            and (before := b.sentence.text[: b.trigger.begin - b.sentence.begin].split()[-1:]) \
            and before[0].lower().rstrip("s") == _head_noun(a.target_phrase.text):
        return True  # "stormed the country's two largest prisons ... killed in the prison attacks": those, by what they hit
    if _blamed_again(a, b) and a.plural == b.plural and a.cls in ATTACKS and b.cls in ATTACKS:
        return True  # "Israel blamed Hezbollah for the attack on Majdal Shams": the attack just told, now blamed
    if _same_weapon(a, b):
        return True  # "a ballistic missile struck a residential area ... The missile hit near a playground"
    if _hit_again(a, b):
        return True  # "attacked a convoy of fuel tankers ... The convoy was ambushed near Kayes"
    if _taken_again(a, b) and _key(keys, a.agent) is not None and _key(keys, a.agent) == _key(keys, b.agent):
        return True  # "seized the army's regional command ... its fighters overran the base"
    toll = TOLLS.get(b.cls)
    if toll and getattr(a, toll) is not None and getattr(a, toll) == getattr(b, toll) \
            and not set(b.sentence.text.lower().split()) & ANOTHER_INCIDENT and _counted_alike(a, b):
        return True
    shared = sum(1 for role in ("agent", "target", "place")
                 if _key(keys, getattr(a, role)) is not None and _key(keys, getattr(a, role)) == _key(keys, getattr(b, role)))
    # (but "has claimed several attacks in Kabul this year" are more than the one bombing in Kabul told; nor is what
    # a sentence opens as another time: "Earlier on Friday, Russian guided bombs hit a village near Kharkiv")
    # (a verb's plural is its weapons': "five rockets were fired from Lebanon at Haifa" is the one barrage)
    return shared >= 2 and not (b.plural and not a.plural and not b.anaphoric and not b.verbal) \
        and not (_ANOTHER_TIME.match(b.sentence.text) and not b.anaphoric)


_UNNAMED_SETTLEMENT = re.compile(r"\b(?:in|on|near|at)\s+(?:a|one)\s+(village|town|camp)\b", re.I)


def _named_now(keys: tuple[str, ...], lexicon: Lexicon, a: Event, b: Event) -> bool:
    """The settlement an event hit, unnamed ("a village", perhaps in a region named: "in a village in Sagaing
    region"), named by a later mention with its noun ("the attack on Kyauk Ni Maw village"), by the same doers
    or none named."""
    told = a.place_phrase or a.target_phrase
    if told is not None and not (told.text[:1].islower() or re.match(r"(?:an?|one)\s", told.text, re.I)):
        told = None
    region = _key(keys, a.place)
    if region is not None and (region not in lexicon.entries or lexicon.entries[region].cls not in ("Province", "Country")):
        return False
    unnamed = _UNNAMED_SETTLEMENT.search(a.sentence.text)
    if told is None and unnamed is None:
        return False
    noun = _head_noun(told.text) if told is not None and region is None else unnamed.group(1).lower() if unnamed else ""
    named = [p.text for p in (b.target_phrase, b.place_phrase) if p is not None]
    # (a base too: "an explosion at a military base ... the blast at the Kalsu base")
    return noun in SETTLEMENTS | _POSTS | _SITES and any(_head_noun(p) == noun and any(
        w[:1].isupper() and w.lower() not in ("the", "a", "an", "this", "that") for w in p.split()[:-1]) for p in named) \
        and (b.agent is None or _key(keys, a.agent) == _key(keys, b.agent))


def _site_named_now(keys: tuple[str, ...], a: Event, b: Event) -> bool:
    """A building an attack hit, named by a later mention with its noun: "struck a hotel" ... "the strike on the
    Sapphire hotel", by the same doers or none named."""
    if a.target_phrase is None or b.target is None:
        return False
    noun = _head_noun(a.target_phrase.text)
    # (by the words of its name where the name is all the later mention says: "hit the Military Institute of
    # Communications", whose noun opens the name)
    words = b.target_phrase.text.split() if b.target_phrase is not None else (_key(keys, b.target) or "").split("-")
    # (or by the noun set beside its name: "The attack on Tower 22, a logistics support base")
    if noun in _SITES | _POSTS and (b.agent is None or a.agent is None or _key(keys, a.agent) == _key(keys, b.agent)) \
            and re.search(rf"\b{re.escape(b.trigger.text)} (?:on|at|against) [^,]{{1,40}}, an? (?:[\w-]+ ){{0,3}}{noun}\b",
                          b.sentence.text) is not None:
        return True
    if noun in _SITES | _POSTS and (b.target_phrase is None or b.target_phrase.text.lower() == "it") \
            and (b.agent is None or a.agent is None or _key(keys, a.agent) == _key(keys, b.agent)) \
            and re.search(rf"\b[Tt]he (?:[A-Z][\w'-]* ){{1,3}}{noun}\b", b.sentence.text) is not None:
        return True  # "About 200 people were inside the Epicentr store when the bombs hit it"
    named = _head_noun(" ".join(words)) == noun or (
        "of" in words and noun in {w.lower().rstrip("s") for w in words[:words.index("of")]
                                   if w[:1].isupper() or b.target_phrase is None})
    return noun in _SITES | _POSTS and named and len(words) > 1 \
        and (b.target_phrase is None or any(w[:1].isupper() and w.lower() not in ("the", "a", "an") for w in words[:-1])) \
        and (b.agent is None or a.agent is None or _key(keys, a.agent) == _key(keys, b.agent))


def _named_site_was_hit(a: Event, b: Event) -> bool:
    """The next sentence opening on the site named, hit by nobody named: "The Saudi Hospital was hit by shells"."""
    if a.target_phrase is None or b.agent is not None or b.agent_phrase is not None or not b.verbal or b.further \
            or not 0 <= b.sentence.begin - a.sentence.end <= 400 or set(b.sentence.text.lower().split()) & ANOTHER_INCIDENT:
        return False  # (nor "was hit by shells on Sunday in a separate attack")
    noun = re.escape(_head_noun(a.target_phrase.text))
    return re.match(rf"\s*The (?:[A-Z][\w'-]* ){{1,3}}{noun}\s+(?:was|were|has been|had been)\s+{re.escape(b.trigger.text)}\b",
                    b.sentence.text, re.I) is not None


_UNNAMED_TOWNS = {"town", "village", "city", "settlement", "district", "hamlet"}


def _town_named_now(keys: tuple[str, ...], towns: frozenset[str], a: Event, b: Event) -> bool:
    """A town taken or attacked, unnamed, named by a later telling by the same doers: "captured a strategic town
    ... had taken full control of Paletwa", "an attack on a village ... attacked Wad al-Noura twice"."""
    if not (a.cls == b.cls == "Capture" or (a.cls in ATTACKS and b.cls in ATTACKS)) or a.plural \
            or a.target is not None or a.target_phrase is None or _key(keys, b.target) not in towns:
        return False
    words = a.target_phrase.text.lower().split()
    # (by doers named, or none: its toll may name them only later, "an attack on a village ... killed more than 100")
    if words[0] == "the" or words[-1] not in _UNNAMED_TOWNS:
        return False
    if a.cls == b.cls == "Airstrike" and b.agent is None and b.agent_phrase is None and b.verbal \
            and not set(b.sentence.text.lower().split()) & ANOTHER_INCIDENT and not _ANOTHER_TIME.match(b.sentence.text):
        return True  # "An airstrike by Myanmar's military on a village ... A fighter jet dropped two bombs on Kinma
        # village": the strike from the air, its village named, its flyer not told again
    return b.agent is not None and (_key(keys, a.agent) == _key(keys, b.agent) or (a.agent is None and a.agent_phrase is None))


def _taken_again(a: Event, b: Event) -> bool:
    """A capture of "the" ground just told as taken, by its word or as a seat of command: "the headquarters"
    taken, "the base" overrun."""
    if not (a.cls == b.cls == "Capture" and a.target is None and b.target is None and a.target_phrase and b.target_phrase
            and b.target_phrase.text.lower().startswith("the ")):
        return False
    ha, hb = _head_noun(a.target_phrase.text), _head_noun(b.target_phrase.text)
    return ha == hb or {ha, hb} <= SEATS_OF_COMMAND


def _doers_again(b: Event) -> bool:
    """"The attackers stormed Yelewata", "the gunmen fired at visitors": those who did what was told before."""
    # (by the words before the verb where they were read as a name: "The assailants attacked the village", the ADF's)
    words = b.agent_phrase.text.split() if b.agent_phrase is not None else \
        b.sentence.text[: b.trigger.begin - b.sentence.begin].split()[-2:] if b.verbal and b.agent is not None else []
    # (or the sentence's subject, the verb a second one: "The gunmen arrived on motorcycles ... and opened fire")
    # (or set apart by commas before the verb: "The assailants, believed to be members of the CODECO militia, attacked")
    opening = b.sentence.text.split()[:2] if b.verbal and b.agent is not None and b.agent_phrase is None \
        and (re.search(r"\b(?:and|then)\s+$", b.sentence.text[: b.trigger.begin - b.sentence.begin])
             or re.match(r"\s*The \w+, [^.;]*, $", b.sentence.text[: b.trigger.begin - b.sentence.begin])) else []
    opening = [w.rstrip(",") for w in opening]
    return any(len(w) > 1 and w[0].lower() == "the" and w[-1].lower() in DOERS for w in (words, opening))


_NOT_ONE_DEED = re.compile(r"\b(?:while|before|after|then|also|later)\s+$|\b(?:as well as|meanwhile|separately)\b|[;.]", re.I)


_BEGUN_SINCE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,4}(?:began|begun|started)\s+$", re.I)


def _begun_since(event: Event) -> bool:
    """A campaign told by when it began: "since the group began attacking shipping"."""
    return _BEGUN_SINCE.search(event.sentence.text[: event.trigger.begin - event.sentence.begin]) is not None


def _soon_after(a: Event, b: Event, within: int) -> bool:
    """b is told within so many characters after a, of no other day and no other incident."""
    return 0 <= b.sentence.begin - a.sentence.end <= within \
        and (b.date is None or a.date is None or a.date.value == b.date.value) \
        and not set(b.sentence.text.lower().split()) & ANOTHER_INCIDENT and not _ANOTHER_TIME.match(b.sentence.text)


def _withdrawal_again(keys: tuple[str, ...], a: Event, b: Event) -> bool:
    """The same forces' one withdrawal, placed only by one of its tellings."""
    return a.cls == b.cls == "Withdrawal" and not a.plural and not b.further and a.status is None is b.status \
        and ((a.place is None and a.place_phrase is None and b.place is not None)
             or (b.place is None and b.place_phrase is None and b.date is None)) \
        and (who := _key(keys, a.agent)) is not None and who == _key(keys, b.agent) and _soon_after(a, b, 800)


def _arrest_counted(a: Event, b: Event) -> bool:
    """Those arrested, told by a pronoun, counted right after by a passive with no arrester."""
    return a.cls == b.cls == "Arrest" and a.status is None is b.status and not b.further and a.target is None \
        and (a.target_phrase is None or a.target_phrase.text.lower() in ("them", "him", "her")) \
        and b.agent is None and b.agent_phrase is None and b.target_phrase is not None and _soon_after(a, b, 400)


def _hit_where_fired(keys: tuple[str, ...], lexicon: Lexicon, a: Event, b: Event) -> bool:
    """What was hit, by nothing named, in the town (never the whole land) an attack was just made on."""
    pa, pb = _key(keys, a.place), _key(keys, b.place)
    return a.cls in ATTACKS and b.cls in ATTACKS and b.verbal and b.lemma in ("hit", "strike", "damage") and not b.further \
        and b.agent is None and b.agent_phrase is None and b.instrument_phrase is None and b.status is None is a.status \
        and pa is not None and pb is not None and (pa == pb or _within(lexicon, pb, pa)) \
        and not (pa in lexicon.entries and lexicon.entries[pa].cls == "Country") and _soon_after(a, b, 500)


def _attackers_account(keys: tuple[str, ...], lexicon: Lexicon, a: Event, b: Event) -> bool:
    """The attacker (or its state's force) saying what it had aimed at, in the land it attacked, undated: its account
    of the attack told, not another."""
    if not (a.cls in ATTACKS and b.cls in ATTACKS and b.verbal and b.lemma in ("target", "strike", "hit")
            and b.status is None and not b.further and b.date is None
            and 0 <= b.sentence.begin - a.sentence.end <= 600
            and _PERFECT.search(b.sentence.text[: b.trigger.begin - b.sentence.begin]) is not None):
        return False
    doer, teller, land, where = _key(keys, a.agent), _key(keys, b.agent), _key(keys, a.target), _key(keys, b.place)
    if doer is None or teller is None or not (teller == doer or _force_of_state(lexicon, teller, doer)):
        return False
    # (in the land it attacked: "targeted three military bases around Tel Aviv"; or, told nowhere else, the fighters
    # it says it hit: "An Israeli strike on a residential block ... killed 73 ... It said it had struck a Hamas target")
    # (or where the attack was: "strike on a UN school in central Gaza" ... "its jets had targeted a Hamas compound inside
    # the school in the Nuseirat camp")
    return (b.lemma == "target" and not a.plural and where is not None
            and any(k is not None and _placed_within(lexicon, where, k) for k in (land, _key(keys, a.place)))) \
        or _fighters_said_hit(keys, lexicon, b) or (
            # (and the fighters it says it hit where the attack was: "struck a Hezbollah operative in the area of Tyre")
            not a.plural and where is not None and (pa := _key(keys, a.place)) is not None and _placed_within(lexicon, where, pa)
            and (aimed := _key(keys, b.target)) is not None and _fighters(lexicon, aimed) and aimed != teller) or (
            # (and a site it names nowhere else, aimed at in the land it struck: "fired a ballistic missile at Tel Aviv ...
            # Hezbollah said it had targeted the headquarters of the Mossad")
            b.lemma == "target" and not a.plural and where is None and b.place_phrase is None and b.target_phrase is not None
            and land is not None and ((aimed := _key(keys, b.target)) is None or aimed not in lexicon.entries
                                      or (_state(lexicon, aimed) or "") in (land, lexicon.country_of(land))))


def _placed_within(lexicon: Lexicon, where: str, wider: str) -> bool:
    """The place is the wider one or in it, where a region of no set bounds holds whatever its land's gazetteer puts
    beside it ("the Gaza Strip" and its camps)."""
    return where == wider or _within(lexicon, where, wider) or (
        wider in lexicon.entries and lexicon.entries[wider].cls == "Place"
        and lexicon.country_of(where) == lexicon.country_of(wider) is not None)


def _claimant_tells_how(keys: tuple[str, ...], lexicon: Lexicon, a: Event, b: Event) -> bool:
    """The group that claimed an attack telling how its men did it, soon after, where and when the claim allows (the
    claim named before the deed; `_claimants_account` reads a claim told after it)."""
    if not (a.cls == b.cls and a.cls in ATTACKS and b.verbal and b.status is None and not b.further
            and 0 <= b.sentence.begin - a.sentence.end <= 600 and _CLAIMED.search(a.sentence.text) is not None
            and (doer := _key(keys, a.agent)) is not None and doer == _key(keys, b.agent)):
        return False
    pa, pb = _key(keys, a.place), _key(keys, b.place)
    return (pa is None or pb is None or pa == pb or _within(lexicon, pb, pa) or pb not in lexicon.entries) \
        and (a.date is None or b.date is None or a.date.value.startswith(b.date.value) or b.date.value.startswith(a.date.value))


_CLAIMED = re.compile(r"\bclaim(?:s|ed)?\s+(?:\w+\s+)?responsibility\b|\bclaim(?:s|ed)\s+(?:the\s+)?(?:\w+\s+)?(?:attacks?|bombings?|strikes?|blasts?)\b", re.I)


def _strikers_word(keys: tuple[str, ...], lexicon: Lexicon, a: Event, b: Event) -> bool:
    """The attacker's account of its attack by the fighters it says it hit: whom it names is its word, not the target."""
    return _fighters_said_hit(keys, lexicon, b) and _attackers_account(keys, lexicon, a, b)


def _fighters_said_hit(keys: tuple[str, ...], lexicon: Lexicon, b: Event) -> bool:
    """The attacker's account names fighters it hit, nowhere else: its word for the target, never the site's."""
    aimed = _key(keys, b.target)
    return b.place is None and b.place_phrase is None and aimed is not None and _fighters(lexicon, aimed) \
        and aimed != _key(keys, b.agent)


_CLAIMS_BEFORE = re.compile(r"\bclaims?\s+(?:responsibility\s+for\s+)?(?:the\s+)?$", re.I)


def _claimed_beside(a: Event, b: Event) -> bool:
    """A headline's claim of a bare "attack" after a semicolon: the deed its first half told."""
    return a.cls in ATTACKS and b.cls in ATTACKS and b.target is None and b.target_phrase is None \
        and b.place is None and a.sentence.end <= b.sentence.begin <= a.sentence.end + 2 \
        and a.sentence.text.rstrip().endswith(";") and "\n" not in a.sentence.text \
        and _CLAIMS_BEFORE.search(b.sentence.text[: b.trigger.begin - b.sentence.begin]) is not None


# "In another attack, gunmen stormed ...": the noun that opens the sentence frames the deed the clause tells
_FRAME_OPENING = re.compile(r"^(?:in|during)\s+(?:an?|another|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
_FRAMED_DEED = re.compile(r"^[^,;.]*,\s*(?:[\w'’-]+\s+){1,5}$")


def _framed_by(a: Event, b: Event) -> bool:
    """A bare attack noun opening a sentence ("In a separate attack,") and the deed its clause tells."""
    return a.cls in ATTACKS and b.cls in ATTACKS and not a.verbal and b.verbal and not a.plural and a.sentence == b.sentence \
        and a.agent is None and a.target is None and a.target_phrase is None \
        and _FRAME_OPENING.match(a.sentence.text[: a.trigger.begin - a.sentence.begin]) is not None \
        and _FRAMED_DEED.match(b.sentence.text[a.trigger.end - a.sentence.begin: b.trigger.begin - b.sentence.begin]) is not None


_SINCE_AFTER = re.compile(r"^[^,;.]{0,60}?\b(?:since|in (?:a|the past|the last|recent) (?:\w+ )?(?:days?|weeks?|months?|years?))\b",
                          re.I)


def _kept_up_since(event: Event) -> bool:
    """A campaign told by how long it has gone on: "have attacked ships in the Red Sea since November", "the second such
    aircraft it says it has destroyed in a month"."""
    offset = event.trigger.begin - event.sentence.begin
    return _PERFECT.search(event.sentence.text[:offset]) is not None \
        and _SINCE_AFTER.match(event.sentence.text[offset + len(event.trigger.text):]) is not None


_MOVING = {"convoy", "bus", "minibus", "vehicle", "car", "truck", "train", "motorcade"}


def _same_thing_hit(a: Event, b: Event) -> bool:
    """An attack on a convoy (a bus, a train) by nobody named, told again right after by doers nobody names, on the
    same kind of thing: that one, told in full."""
    return a.cls in ATTACKS and b.cls in ATTACKS and not a.plural and not b.plural and b.verbal \
        and a.agent is None and a.agent_phrase is None and b.agent is None \
        and a.target_phrase is not None and b.target_phrase is not None \
        and _head_noun(a.target_phrase.text) == _head_noun(b.target_phrase.text) in _MOVING \
        and any(0 <= b.sentence.begin - t.end <= 400 for t in (a.trigger, *a.also)) \
        and not set(b.sentence.text.lower().split()) & ANOTHER_INCIDENT and not _ANOTHER_TIME.match(b.sentence.text)


def _unknown_site_named(a: Event, b: Event) -> bool:
    """"The attack on" a name nothing else knows, right after one attack on a site told with no name: that site."""
    if not (a.cls in ATTACKS and b.cls in ATTACKS and b.definite and not a.plural and not b.plural
            and b.agent is None and b.agent_phrase is None and b.target is None and b.place is None and b.date is None
            and a.target_phrase is not None and a.target_phrase.text.split()[0].lower() in ("a", "an")
            and _head_noun(a.target_phrase.text) in _SITES | _POSTS
            and any(0 <= b.sentence.begin - t.end <= 300 for t in (a.trigger, *a.also))):
        return False
    after = b.sentence.text[b.trigger.end - b.sentence.begin:]
    return re.match(r"\s+(?:on|at|against)\s+[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3}\s+(?:was|is|had|has|killed|came)\b",
                    after) is not None


# What is launched, told by its noun: "launched one of its largest air attacks, firing 120 missiles".
_LAUNCHED = {"attack", "strike", "airstrike", "raid", "assault", "offensive", "barrage", "bombardment"}


def _participle_of(keys: tuple[str, ...], a: Event, b: Event) -> bool:
    """An attack told by a participle after the same doers' attack in its sentence: how that attack went ("fired
    rockets at Israel, hitting near Haifa"), not another ("..., while attacking troops in Gaza")."""
    # (the sentence's deed may have joined one told before: "An airstrike ... on a village ... A fighter jet dropped two
    # bombs on Kinma village ..., destroying a school", and who flew it said only there)
    doerless = b.agent is None and b.agent_phrase is None
    # (and the same doers' launch told again, a headline's first: "Russia launches massive missile attack" ... "Russia
    # launched one of its largest air attacks of the war on Sunday, firing 120 missiles and 90 drones")
    same_doers = a.agent is not None and _key(keys, a.agent) == _key(keys, b.agent)
    # (or the headline's own verb echoed: "Ukraine says it destroyed Russian warplanes" ... "Ukrainian drones attacked a
    # military airfield ..., destroying at least six warplanes")
    launched = tuple(t for t in a.also if same_doers and (_head_noun(t.text) in _LAUNCHED or b.lemma == a.lemma))
    told = next((t for t in (a.trigger, *(a.also if doerless else launched)) if b.sentence.begin <= t.begin
                 and t.end < b.trigger.begin and (a.verbal or t != a.trigger)), None)
    if told is None or not (a.cls in ATTACKS and b.cls in ATTACKS and b.verbal
                            and b.trigger.text.split()[0].lower().endswith("ing") and (
                                (a.agent is not None and _key(keys, a.agent) == _key(keys, b.agent))
                                or (doerless and (a.agent is None or told != a.trigger)))):
        return False  # (or no doer told: "A jet dropped bombs ..., destroying")
    between = b.sentence.text[told.end - b.sentence.begin: b.trigger.begin - b.sentence.begin]
    return "," in between and len(between) <= 150 and _NOT_ONE_DEED.search(between) is None


def _bare_again(a: Event, b: Event) -> bool:
    """An attack told with nothing of its own (no doer, place, other day or named target) just after one told in
    full: how that one went, not another ("... when they came under fire from explosives and rifles"; "... when
    they came under heavy fire late on Monday", after an ambush told with no day)."""
    return a.cls in ATTACKS and b.cls in ATTACKS and b.verbal and not a.plural \
        and b.agent is None and b.agent_phrase is None and b.place is None and b.place_phrase is None \
        and (b.date is None or a.date is None or a.date.value == b.date.value) and b.target is None \
        and (b.target_phrase is None or (b.target_phrase.text.lower().split() or [""])[0] in ("the", "their", "its", "his", "her")) \
        and any(0 <= b.sentence.begin - t.end <= 250 for t in (a.trigger, *a.also)) \
        and not set(b.sentence.text.lower().split()) & ANOTHER_INCIDENT and not _ANOTHER_TIME.match(b.sentence.text)


def _unnamed_doers_again(a: Event, b: Event) -> bool:
    """Doers nobody names, told twice in the same words' kind, on no other day: "Gunmen shot and killed an
    independent candidate ... attackers on a motorcycle opened fire on his vehicle"."""
    if not (a.cls in ATTACKS and b.cls in ATTACKS and a.agent is None and b.agent is None and not a.plural
            and b.verbal and b.date is None and a.agent_phrase is not None and b.agent_phrase is not None):
        return False
    first, again = a.agent_phrase.text.split(), b.agent_phrase.text.split()
    return bool(first) and bool(again) and first[-1].lower() in DOERS and again[0].lower() in DOERS


def _flown_many(a: Event) -> bool:
    """Several by their doers, not by a plural noun: "Ukrainian drones struck a refinery" is what "the
    strike" (or "the attack") confirmed later names (while "the strikes" are never "the strike")."""
    last = a.trigger.text.split()[-1].lower() if a.trigger.text.split() else ""
    # (a headline's verb is no plural noun: "Israel strikes Yemen's Hodeidah port")
    return a.plural and (a.verbal or last not in (a.lemma + "s", a.lemma + "es"))


def _same_weapon(a: Event, b: Event) -> bool:
    """The later attack names the earlier one's weapon as known: "The missile hit ..." (what it hit, in other
    words, is still that attack's)."""
    return a.cls in ATTACKS and b.cls in ATTACKS and b.instrument_phrase is not None \
        and b.instrument_phrase.text.lower().startswith("the ") \
        and (_many_weapons(a) == _many_weapons(b) or (a.instrument_phrase is None and len(a.trigger.text.split()) > 1)) \
        and _head_noun(b.instrument_phrase.text) == _weapon(a)  # (a "drone attack" of any number: "The drones hit ...")


def _many_weapons(event: Event) -> bool:
    """More than one weapon: those the instrument names ("Two Russian ballistic missiles" of a "missile strike"),
    else the attack's own number; shelling is many shells."""
    if event.instrument_phrase is not None:
        return event.instrument_phrase.text.lower().endswith("s")
    return event.plural or event.lemma == "shell"


def _weapon(event: Event) -> str:
    """What an attack was made with, as a head noun: its instrument's, or the weapon its trigger names
    ("missile struck", "drones hit")."""
    if event.instrument_phrase is not None:
        return _head_noun(event.instrument_phrase.text)
    words = event.trigger.text.split()
    if len(words) == 1 and event.lemma == "shell":
        return "shell"  # "rebels shelled the town ... The shells struck Sake"
    return _head_noun(words[0]) if len(words) > 1 and event.lemma not in words[0].lower() else ""


def _join(a: Event, b: Event, keys: tuple[str, ...], lexicon: Lexicon, lede: bool = False,
          members: frozenset[tuple[str, str]] = frozenset(), regions: frozenset[str] = frozenset()) -> Event:
    """The earlier event with what the later mention adds; a lede telling a headline in full gives its
    place and its larger figures too."""
    filled = {f.name: getattr(b, f.name) for f in fields(Event)
              if f.name not in ("cls", "trigger", "sentence", "confidence", "about", "also", "lemma", "anaphoric", "further", "definite",
                                "count_qualifier", "running_total", "more_targets", "more_target_entities", "more_agents",
                                "more_agent_entities")
              and getattr(a, f.name) is None and getattr(b, f.name) is not None}
    if _blamed_again(a, b):
        for role in ("agent", "agent_phrase", "status"):
            filled.pop(role, None)
    own = _own_account(keys, a, b) or _strikers_word(keys, lexicon, a, b)
    if own:  # the striker's "struck Hamas militants ... inside the school": its word, not the site's
        for role in ("target", "target_phrase", "more_targets", "more_target_entities", "place_phrase"):
            filled.pop(role, None)
    if _some_of(b):  # "Among the dead were 10 staff members of Relief International": some of those killed
        for role in ("target", "target_phrase", *COUNTS):  # (and only some of their number)
            filled.pop(role, None)
    pa, pb = _key(keys, a.place), _key(keys, b.place)
    # (where some of the dead were is not where all were: "killed more than 400 across the Gaza Strip ...
    # Among the dead in Khan Younis were at least 20 children")
    # (nor where some of many were: "strikes in Iraq and Syria" ... "killed in the strikes in the region of al-Qaim")
    several = a.plural and b.plural and b.definite and not lede and pa in lexicon.entries and re.search(
        rf"\b{re.escape(lexicon.entries[pa].label)}\s+and\s+[A-Z]|\band\s+{re.escape(lexicon.entries[pa].label)}\b",
        a.sentence.text) is not None  # (told in that land and another)
    if pa and pb and pa != pb and not _some_of(b) and not several and (_narrower(lexicon, pa, pb)
            or (lexicon.entries.get(pb) is not None and lexicon.entries[pb].cls == "City" and _unplaced_town(lexicon, pa, pb))
            or (pa in regions and pb not in regions and (pb not in lexicon.entries
                                                         or lexicon.country_of(pb) == lexicon.country_of(pa)))):
        # (and a town in the state the text named: "the central Mexican state of Guanajuato ... The attack happened in
        # the town of Salvatierra", both towns to the gazetteer)
        # the narrower place: the district, not its province; "The attack took place in the Shangla
        # district" after an attack "in Pakistan" (the gazetteer does not know Shangla)
        filled["place"] = b.place
    if a.date and b.date and len(b.date.value) > len(a.date.value):
        filled["date"] = b.date
    if (ka := _key(keys, a.agent)) and (kb := _key(keys, b.agent)) and _branch(lexicon, kb, ka) and not _blamed_again(a, b):
        filled.update(agent=b.agent, agent_phrase=b.agent_phrase)  # the branch, named: "an IS affiliate" was ISGS
    elif ka and kb and ka != kb and _state(lexicon, kb) == ka and not _blamed_again(a, b):
        filled.update(agent=b.agent, agent_phrase=b.agent_phrase)  # the land's body that did it: "Pakistani police"
    if not any(getattr(a, c) is not None for c in COUNTS) and any(getattr(b, c) is not None for c in COUNTS) \
            and not _some_of(b):
        filled["count_qualifier"] = b.count_qualifier
    if lede and a.status == "Alleged" and b.status is None and not _blamed_again(a, b):
        filled["status"] = None  # the headline's claim the lede reports as done: "Gunmen kill one in attack on church,
        # Islamic State claims" ... "Two masked gunmen attacked a Catholic church ..., killing one person, officials said"
    if b.plural and not b.anaphoric and not a.plural and b.lemma not in MASS:
        filled["plural"] = True  # "pagers explode" told again as "pagers exploded across Lebanon": "the explosions"
    if lede and b.lemma not in MASS:  # "India strikes Pakistan" is the lede's "missile strikes", and "the strikes"
        filled["plural"] = b.plural  # later; but "Fighting" is neither one clash nor several
        if b.place is not None and not (pa and pb and _within(lexicon, pa, pb)):
            filled["place"] = b.place  # (but not a land wider than the headline's town: "Quetta" ... "in southwest Pakistan")
    if any(getattr(b, c) is not None and getattr(a, c) == getattr(b, c) for c in COUNTS):
        # the headline's "21 killed" is the lede's "at least 21 people": its floor and its words
        if a.count_qualifier == "exact" and b.count_qualifier:
            filled["count_qualifier"] = b.count_qualifier
        if a.target is None and b.target_phrase is not None and (a.target_phrase is None or _bare_number(a.target_phrase.text)):
            filled["target_phrase"] = b.target_phrase
    elif lede and a.target is None and b.target_phrase is not None and a.target_phrase is not None \
            and _bare_number(a.target_phrase.text) and _first_counted(a, b):
        filled["target_phrase"] = b.target_phrase  # the headline's "20" are the lede's "20 soldiers and a civilian"
    if (b.running_total or lede) and any(getattr(b, c) is not None and (getattr(a, c) or 0) < getattr(b, c)
                                                  for c in COUNTS):
        # "killed five ... the death toll has climbed to 45": the later total is the count
        filled.update({c: getattr(b, c) for c in COUNTS}, count_qualifier=b.count_qualifier)
    elif lede and a.count_qualifier == "about" and b.count_qualifier in ("exact", "at least") and not _some_of(b) \
            and any(getattr(b, c) is not None and getattr(a, c) is not None for c in COUNTS):
        # the headline's round "nearly 100" is the lede's counted "at least 95"
        filled.update({c: getattr(b, c) for c in COUNTS}, count_qualifier=b.count_qualifier)
        if a.target is None and b.target_phrase is not None and (a.target_phrase is None or _bare_number(a.target_phrase.text)):
            filled["target_phrase"] = b.target_phrase
    if _some_of(b) and b.target is not None and b.target != a.target:
        filled.update(more_target_entities=a.more_target_entities + (b.target,))
    elif not a.more_targets and not a.more_target_entities and not own:
        filled.update(more_targets=b.more_targets, more_target_entities=b.more_target_entities)
    if a.agent is None and not a.more_agents and not _blamed_again(a, b):  # the agents come together, from the mention that names them
        filled.update(more_agents=b.more_agents, more_agent_entities=b.more_agent_entities)
    elif _key(keys, a.agent) == _key(keys, b.agent):  # "M23 rebels seize Goma" ... "M23 and Rwandan troops seized"
        named = {_key(keys, i) for i in (a.agent, *a.more_agent_entities)}
        filled.update(more_agent_entities=a.more_agent_entities + tuple(
            i for i in b.more_agent_entities if _key(keys, i) not in named),
            more_agents=a.more_agents + tuple(w for w in b.more_agents if w.text not in {x.text for x in a.more_agents}))
    if (ta := _key(keys, a.target)) and (tb := _key(keys, b.target)) and ta != tb and (_within(lexicon, tb, ta) or (tb, ta) in members):
        # (and the man of the body: "kills Taliban refugee minister" was Khalil Haqqani)
        # the narrower places hit: "U.S. strikes on Yemen ... The strikes hit the capital Sanaa and Saada"
        filled.update(target=b.target, target_phrase=b.target_phrase, more_targets=b.more_targets,
                      more_target_entities=b.more_target_entities)
    cls = b.cls if a.cls == "Attack" else a.cls  # the more specific kind: "an attack" ... "the bombing"
    if a.cls == "Bombing" and b.cls == "Airstrike" and a.lemma in ("blast", "explosion"):
        cls = b.cls  # and a blast's cause: "killed in Beirut blast" ... "killed by a drone strike"
    if a.cls == b.cls == "Agreement" and b.agent is not None and len(_parties(keys, b)) > len(_parties(keys, a)):
        # the pact's parties as the fuller mention gives them: "a ceasefire between Israel and Hezbollah"
        filled.update(agent=b.agent, target=b.target, more_agents=b.more_agents, more_agent_entities=b.more_agent_entities)
    target = filled.get("target", a.target)
    if cls not in STATEMENTS and a.agent is not None and _key(keys, filled.get("agent", a.agent)) == _key(keys, target) is not None:
        # the headline's "Miguel Uribe shot at Bogota rally" read as his shooting: "was shot in the head" says
        # whom it hit, so nobody named shot
        filled.update(agent=None, agent_phrase=None, more_agents=(), more_agent_entities=())
        if a.instrument_phrase is not None and a.instrument_phrase == a.agent_phrase:
            filled["instrument_phrase"] = None  # and "UN helicopter attacked" was not the weapon
    # A second mention is more evidence: one step more confident, never certain.
    confidence = round(min(0.95, max(a.confidence, b.confidence) + 0.05), 2)
    return replace(a, **filled, cls=cls, confidence=confidence, also=a.also + (b.trigger,) + b.also)
