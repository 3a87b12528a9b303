"""Events from triggers: roles from the dependency parse, place, date, counts, modality, quotes.

Every walk over the parse is bounded (a few steps up, direct children down), so a 5,000-token
run-on sentence costs linear time, never more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span as SSpan
from spacy.tokens import Token

from kg import dates
from kg.extract.counts import parse_count
from kg.extract.entities import (
    ALLIANCE_NOUNS,
    DESCRIPTIONS,
    DISTANCE_UNITS,
    LEADER_WORDS,
    OPERATED,
    PLATFORMS,
    PRONOUNS_OTHER,
    PRONOUNS_PERSON,
    QUOTE_MARKS,
    REPORTING,
    TIED,
    TITLE_NOUNS,
    VESSELS,
    MentionTable,
    alike,
    clause_verb,
    misplaced_apposition,
    names_a_vessel,
    pronoun_mention,
    reporting_subject,
    speakers_participle,
    town_and_quarter,
)
from kg.extract.institutions import commander_forces_at, government_forces_at
from kg.extract.relations import member_body
from kg.extract.speech import (
    MEDIA,
    SAYING_NEXT,
    SPEAKERS_NEXT,
    clause,
    fronted,
    medium_infinitive,
    misread_clause,
    quote_for,
    relative_report,
    reported_object,
    shared_aux_misread,
    speakers_own_words,
    stranded_object,
    stranded_speaker,
    stray_infinitive,
)
from kg.lexicon import ACTOR_CLASSES, PLACE_CLASSES, Lexicon, Trigger
from kg.model import DateValue, Event, Span
from kg.vocab import ATTACKS, ENTERING, HARMS, SENTENCING, STATEMENTS

# Things named after an event kind: "air raid sirens", "an attack helicopter", "a bomb shelter".
EQUIPMENT_HEADS = {"siren", "shelter", "alert", "alarm", "drill", "helicopter", "aircraft", "plane", "jet", "submarine", "drone",
                   "dog", "rifle", "squad", "warden", "precaution", "camp", "centre", "center",
                   "figure",  # "displacement camp", "casualty figures"
                   "planner", "plotter", "mastermind", "cell"}  # "a senior attack planner": a man's job, no attack
LIGHT_VERBS = {"conduct", "launch", "carry", "stage", "mount", "make", "increase", "continue", "begin", "start",
               "step", "intensify", "escalate", "wage", "perform", "unleash", "resume", "order", "complete",
               "announce", "claim", "execute", "lead", "finish", "speed", "accelerate", "slow", "halt",
               "issue", "release", "deliver", "send", "press", "keep", "maintain", "declare", "commit", "perpetrate",
               "impose", "enforce", "lay",  # "a siege imposed by the RSF", "laid siege to the city"
               "set", "trigger",  # "the attackers set off explosions"
               "end", "conclude", "expand", "widen", "extend"}  # "Israel ends two-day Jenin raid"
# Light verbs of command: who orders an attack named before is not who made it.
ORDERING = {"order", "authorize", "authorise", "approve"}
# Who speaks and meets for a side: "envoys from the two sides have been meeting in Jeddah".
ENVOYS = {"envoy", "delegation", "delegate", "negotiator", "mediator", "representative", "diplomat", "official",
          "leader", "minister"}
# What parties do with a truce or talks: "signed a ceasefire", "held talks", "agreed to a truce".
PACT_VERBS = {"sign", "agree", "reach", "declare", "accept", "hold", "conclude", "strike", "seal", "hammer"}
PACT_NOUNS = {"agreement", "deal", "accord", "pact", "treaty", "talk", "negotiation", "arrangement", "ceasefire", "truce",
              "armistice"}
# Classes whose only participant is the one who acts: "surrenders of Afghan forces" -> agent.
INTRANSITIVE = {"Surrender", "Withdrawal", "Protest", "Statement"}
POLICE = {"police", "policemen", "detectives", "gendarmes", "gendarmerie"}
ACCIDENTAL = {"accidental", "accidentally", "inadvertent", "inadvertently"}
# Statements made to someone, and where the addressee is: "told the BBC", "urged residents to leave" (the
# object, when a "to ..." says what was asked), "called on the Taliban to ...". Their object, with no
# "to ...", is what was asked: "ordered the departure of staff", "requested delivery".
AUDIENCE = {"tell": "dobj", "urge": "dobj", "order": "dobj", "instruct": "dobj", "beg": "dobj", "ask": "dobj",
            "request": "dobj", "call on": "on"}
# Triggers whose subject undergoes the event: "ten people died", "thousands fled".
UNDERGOER = {"die", "dead", "wounded", "flee", "slain"}
# Verbs whose subject undergoes the nominal event they take: "suffered injuries", "sustained wounds".
UNDERGO_VERBS = {"suffer", "sustain", "receive", "incur", "survive"}
PLACE_PREPS = {"in", "at", "near", "inside", "outside", "across", "around", "throughout", "into", "within", "over",
               "off"}  # "off the port city of Hodeidah", "off the coast of Yemen"
TARGET_PREPS = {"against", "on", "upon", "at"}
# Gerunds the tagger takes for nouns, by their verbs: "had been planning/NN attacks".
_GERUNDS_AS_NOUNS = {"planning": "plan", "preparing": "prepare", "plotting": "plot", "threatening": "threaten"}
PLAN_VERBS = {"expect", "plan", "intend", "aim", "prepare", "schedule", "set", "want", "seek", "try", "threaten",
              "vow", "promise", "likely", "hope", "propose", "consider", "decide", "agree", "plot", "intention",
              "threat", "scheme", "bid", "attempt", "effort", "due",  # "is due to hand over", "an attempt to abduct"
              "power", "mandate", "authority",  # "would have powers to arrest gang members"
              "authorise", "authorize",  # "authorised operations against the terrorists to be undertaken"
              "right", "permission", "approval", "authorisation", "authorization", "licence", "license", "go-ahead",
              "greenlight"}  # "had the right to strike military facilities", "permission to strike deep inside Russia": may, not did
# Verbs whose object does what their "to ..." says: "urged residents to leave", "forced them to flee".
# The statements addressed to their object are such verbs, and so are these others.
OBJECT_CONTROL = {verb for verb, where in AUDIENCE.items() if where == "dobj"} | {
    "force", "compel", "persuade", "allow", "encourage", "advise", "invite", "push", "pressure", "warn",
    "prompt", "lead", "cause", "drive",  # "prompted hundreds of soldiers to surrender"
    "commit", "require", "oblige", "obligate"}  # "the deal commits Rwanda to withdraw its troops"
HARM_VERBS = {"kill", "wound", "injure", "hurt"}
CAUSING = {"force", "compel", "prompt", "lead", "cause", "drive"}  # their "to ..." happened: "forced them to flee"
# Modifiers that make a trigger word something else: a general strike or hunger strike is no attack.
# A strike that lasts a set time is a stoppage: "a 48-hour strike", "a three-day strike".
# A definite noun names an event already told ("the attack", "Saturday's bombing", "this blast") unless
# a word makes it another one ("a second attack", "the latest bombing", "another blast").
DEFINITE = {"the", "this", "that", "these", "those"}
ANOTHER_EVENT = {"another", "second", "third", "fourth", "new", "latest", "separate", "previous", "earlier", "last",
                 "recent", "similar", "other", "first", "next", "subsequent", "further", "more", "such", "any", "every"}
# Adverbs that add an event to those told: "it also struck power stations", "struck again".
FURTHER = {"also", "again", "additionally"}
DISTRIBUTIVE = {"each", "every", "all", "both"}
# Where (or at what gathering) a deed was done, whose day is the deed's: "during a campaign event on Friday".
WHERE_PREPS = {"at", "in", "near", "outside", "inside", "around", "on", "during"}
SAYING_NOUNS = {"statement", "video", "message", "interview", "post", "report", "speech", "broadcast", "briefing",
                "conference", "tweet", "letter", "communique", "remark"}
CARRYING_VERBS = {"take", "evacuate", "bring", "rush", "transfer", "fly", "airlift", "send", "admit", "carry", "move"}
TOLL_GIVERS = {"give", "provide", "release", "disclose", "publish", "issue", "offer", "confirm", "announce", "update"}
# Fights and talks have two sides, the other after "with": "clashed with the army", "met with Biden".
MUTUAL = {"clash", "fight", "fighting", "battle", "skirmish", "firefight", "gunfight", "gunbattle", "exchange",
          "meet", "meeting", "talk", "negotiate", "negotiation"}
# A country's name before these says where they happened ("a Pakistan blast"); before a strike or a
# raid it says who made it ("a US strike").
HAPPENINGS = {"blast", "explosion", "bombing", "ambush", "massacre", "shooting", "clash", "battle", "siege", "fighting",
              "violence", "unrest", "riot", "stampede", "crash"}
UNNAMED = {"name", "identify", "quote"}  # "asked not to be named / identified / quoted"
NOT_THIS_EVENT = {"strike": {"general", "hunger", "labour", "labor", "worker", "workers", "national", "nationwide",
                             "teacher", "teachers", "doctor", "doctors", "rail", "transport", "sit-down", "hour",
                             "day", "week", "month", "indefinite"},
                  # what a strike sets off is no bombing of its own: "the strike caused secondary explosions"
                  "explosion": {"secondary"}, "blast": {"secondary"}, "detonation": {"secondary"}}
# Nouns whose modifier names another entity than the one meant: "an al-Qaeda affiliate", "Taliban rivals".
# A man's people, who are not he: "arrested two of his ministers", "his aides were detained".
# Family, who are never the one they are family of: "a son of El Chapo", "Umm Ahmed, whose two sons".
KIN = {"son", "daughter", "brother", "sister", "wife", "husband", "father", "mother", "relative", "nephew", "niece",
       "cousin", "widow", "child", "children", "grandson", "granddaughter", "grandchild", "parent", "uncle", "aunt",
       "baby", "infant", "kid", "family"}
ENTOURAGE = {"minister", "aide", "adviser", "advisor", "associate", "deputy", "lawyer", "bodyguard", "guard",
             "supporter", "ally", "official", "assistant", "secretary", "driver", "spokesman", "spokeswoman"} | KIN
# What a denial set after a report denies: "..., a charge Algiers denies".
CHARGE_NOUNS = {"charge", "claim", "accusation", "allegation", "assertion"}
RELATED_HEADS = {"affiliate", "ally", "offshoot", "branch", "faction", "franchise", "wing", "proxy", "splinter",
                 "rival", "enemy", "opponent", "critic", "supporter", "loyalist", "follower", "remnant", "sympathiser", "sympathizer", "victim",
                 "party", "side"} | KIN  # "Sudan's warring parties" are not Sudan, nor is "a son of El Chapo" El Chapo
# What is seized or captured without taking ground or people: "seized power" (a coup), "captured the
# attention of", "seized the initiative", "captured images".
NOT_CAPTURED = {"power", "attention", "imagination", "initiative", "moment", "headline", "headlines", "image",
                "images", "footage", "video", "mood", "spirit", "heart", "hearts", "title", "championship", "medal",
                "record", "award", "vote", "votes", "seat", "seats",
                # things seized are loot or evidence, not ground taken
                "weapon", "arms", "ammunition", "equipment", "vehicle", "drug", "cash", "money", "document",
                "phone", "explosive", "cocaine", "heroin", "cargo", "goods", "passport", "asset", "shipment",
                "cache", "stockpile", "munition", "rifle", "loot", "haul", "consignment", "pill", "fentanyl",
                "methamphetamine", "contraband", "motorcycle", "motorbike",
                # and what is run, not held: "took control of the title race", "of the situation", "of the company"
                "race", "situation", "narrative", "debate", "agenda", "game", "match", "company", "firm", "business",
                "portfolio", "presidency", "leadership", "chairmanship", "helm"}
# What is killed without a death: "kill jobs", "killed the bill".
NOT_KILLED = {"job", "deal", "bill", "plan", "idea", "proposal", "momentum", "chance", "hope", "talk", "agreement",
              "growth", "economy", "industry", "competition", "story", "engine", "light", "mood", "time", "process",
              "project", "programme", "program", "initiative", "legislation", "reform", "demand", "sale", "profit",
              "investment", "appetite", "buzz", "pain", "rumour", "rumor", "conversation"}
# Deaths that are no killing: "died of the disease", "deaths caused by bacteria", and "death" modifying
# another noun ("a death spiral", "death threats", "the death penalty").
# Disasters nobody carries out: what they kill or drive out is no conflict event.
DISASTERS = {"earthquake", "quake", "flood", "flooding", "landslide", "mudslide", "storm", "cyclone", "hurricane", "typhoon",
             "tornado", "tsunami", "avalanche", "wildfire", "eruption", "lightning", "heatwave", "drought"}
# What burns or blows up by accident: a fuel tanker, a gas cylinder (unless laden with explosives).
_FUEL = {"fuel", "gas", "oil", "petrol", "gasoline", "diesel", "cooking", "lpg"}
_FUEL_HOLDERS = {"tanker", "truck", "pipeline", "cylinder", "depot", "station", "plant", "boiler", "explosion", "blast", "fire"}


def _accidental(token: Token | None) -> bool:
    if token is None:
        return False
    words = [t for t in token.subtree if t.i <= token.i]
    return token.lemma_.lower() in _FUEL_HOLDERS and any(t.lemma_.lower() in _FUEL for t in words) \
        and not any(t.lemma_.lower() in ("explosive", "bomb", "laden", "suicide", "booby", "rigged") or "-laden" in t.lower_
                    for t in token.subtree)


# Deaths in a crowd's crush or a mishap, by nobody's hand.
_MISHAPS = {"stampede", "crush", "accident", "collision", "drowning"}
NATURAL_CAUSES = {"disease", "illness", "cancer", "diabetes", "cause", "complication", "virus", "infection",
                  "bacteria", "bacterium", "heart", "stroke", "age", "covid", "covid-19", "coronavirus", "ebola",
                  "cholera", "malaria", "pneumonia", "flu", "influenza", "fever", "outbreak", "overdose", "epidemic",
                  "pandemic", "meningitis", "dengue", "tuberculosis", "aids", "hiv", "natural", "old"}
# What is fought but never attacked: "resources to attack the virus", "firefighters battled the blaze".
NOT_HOSTILE = (NATURAL_CAUSES - {"heart", "age", "natural", "old", "cause"}) | {
    "fire", "blaze", "flame", "wildfire", "problem", "crisis", "poverty", "corruption", "inflation", "drought",
    "flood", "hunger", "famine", "pollution", "addiction", "symptom",
    # what is "hijacked" or "attacked" in words only: "the protests were hijacked by dangerous people"
    "protest", "demonstration", "process", "agenda", "debate", "election", "idea", "policy", "reputation"}
# What events are when they are a habit of a place, none of them told: "kidnappings are rampant".
HABITUAL = {"common", "commonplace", "rampant", "frequent", "widespread", "rare", "routine", "endemic", "prevalent",
            "ubiquitous", "everyday", "regular", "uncommon", "unusual", "infrequent"}
# What a blow is struck with when it is no blow: "hits 13 Venezuelans with sanctions", "struck Iran with tariffs".
PAPER_BLOWS = {"sanction", "sanctions", "tariff", "fine", "penalty", "embargo", "lawsuit", "suit", "subpoena", "charge",
               "indictment", "ban", "restriction", "levy", "duty", "tax", "criticism", "question", "demand", "complaint"}
DEATH_WORDS = {"die", "death", "dead", "dying", "deceased"}
ALLEGE_VERBS = {"accuse", "allege", "claim", "blame", "charge"}
DENY_VERBS = {"deny", "reject", "refute"}
# Verbs whose object is a deed already done, whatever stance is taken on them: "sought to justify the massacre".
PRESUPPOSING = {"justify", "avenge", "investigate", "excuse", "explain", "punish", "commemorate", "mark", "probe",
                "document", "cover", "whitewash",
                # and what is kept or broken was agreed, whoever is accused of breaking it: "accused Israel of
                # overturning the ceasefire", "rejected proposals to extend the truce", "vowed to break the siege"
                "violate", "breach", "break", "overturn", "implement", "undermine", "extend", "honour", "honor",
                "respect", "abandon", "scrap", "uphold",
                # and what was taken over was under way: "accused criminal elements of hijacking the protests"
                "hijack", "infiltrate", "exploit",
                # and what is to be halted is under way: "urged the RSF to halt the siege"
                "halt", "lift", "end", "ease", "suspend"}
CUMULATIVE_VERBS = {"kill", "displace", "wound", "injure", "uproot", "claim"}  # what a running toll is told with
DIPLOMATIC = {"formal", "diplomatic", "official", "strong", "strongly-worded", "written"}  # a protest by note
LODGING = {"lodge", "deliver", "file", "register", "submit", "hand", "send", "convey"}
PREVENT_VERBS = {"avoid", "prevent", "avert", "thwart", "foil", "forestall", "refrain", "refuse", "decline"}
AUTHORSHIP = {"responsibility", "involvement", "role", "participation", "complicity", "hand", "link", "part"}
# Where anyone can publish: a channel or account on one speaks for its owner, not for the platform.
OUTLETS = {"channel", "account", "page", "feed", "profile", "post", "platform", "website"}
MEDICAL = {"hospital", "clinic", "infirmary", "treatment"}
FREEING = {"liberate", "free"}  # places liberated are captured; people liberated are freed
HEDGES = {"say", "report", "claim", "believe"}  # with a "to be" or "to have" after them: hearsay
# Statements whose object is what they say: "claimed responsibility for the attack", "denied involvement",
# "announced a ceasefire", "confirmed the deaths of three soldiers".
OBJECT_SAID = {"deny", "claim", "confirm", "announce", "report", "declare", "broadcast"}
MODALS = {"will", "would", "could", "may", "might", "should", "shall", "can"}
FORCE_NOUNS = {"force", "troop", "soldier", "army", "military", "fighter", "militant", "police", "personnel",
               "insurgent", "rebel", "contingent", "unit", "peacekeeper"}
# People described, not named: taking them is an arrest or abduction, not a capture of ground.
PEOPLE_NOUNS = {"hostage", "prisoner", "captive", "people", "person", "civilian", "soldier", "policeman", "officer",
                "worker", "journalist", "child", "woman", "man", "student", "resident", "tourist", "villager",
                "passenger", "fighter", "militant", "member", "guard", "trooper", "teacher", "doctor", "nurse",
                "activist", "protester", "demonstrator", "foreigner", "national", "citizen", "girl", "boy",
                "pilgrim", "worshipper", "farmer", "herder", "shepherd", "fisherman", "sailor", "crew", "miner",
                "engineer", "refugee", "migrant", "schoolgirl", "schoolboy", "schoolchild", "schoolchildren", "pupil", "businessman", "trader", "contractor",
                "employee", "staff", "hiker", "traveller", "traveler", "missionary", "volunteer", "attacker", "gunman",
                "insurgent", "rebel", "suspect", "assailant", "pilot", "driver", "medic", "paramedic", "cameraman",
                "photographer", "population", "populace", "inhabitant", "family", "settler"} | TITLE_NOUNS
# Who a 'he' or 'she' may be when nobody is named: "a witness", "the shop owner", "one police officer".
DESCRIBED_PEOPLE = PEOPLE_NOUNS | {"witness", "eyewitness", "survivor", "father", "mother", "driver", "owner",
                                   "shopkeeper", "source", "policewoman"}
DATE_PREPS = {"on", "in", "since", "during", "by", "at", "until", "from", "before", "after", "over", "throughout"}
# Prepositions that only date what they govern: "to seek bail after his arrest" plans the bail, not the arrest.
TIME_PREPS = {"after", "before", "since", "following", "until", "prior"}
# Words that say nobody took part: "no one was killed" did not happen; "no group claimed the attack" names no author.
NOBODY = {"nobody", "none", "noone"}
# Nominal events a person possessor undergoes: "his arrest", "Khashoggi's killing" (with no "of ..." saying who
# underwent it; "the Taliban's killing of civilians" is done by the possessor).
POSSESSOR_UNDERGOES = {"Arrest", "Killing", "Injury", "Displacement"}


@dataclass
class Roles:
    agent: int | None = None
    target: int | None = None
    place: int | None = None
    audience: int | None = None
    recipient: int | None = None
    date: DateValue | None = None
    count: tuple[int, str] | None = None
    quote: Span | None = None
    content: Span | None = None
    status: str | None = None
    evidence: list[str] = field(default_factory=list)
    place_words: Span | None = None
    agent_tok: Token | None = None  # the syntactic arguments, for the words of an unnamed participant
    target_tok: Token | None = None
    instrument_tok: Token | None = None
    container: Token | None = None  # the trigger of the event this one happened in


def _child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


# Fired or launched at someone, these are an attack: "Hamas fired a barrage of rockets at Tel Aviv".
PROJECTILES = {"rocket", "missile", "mortar", "shell", "projectile", "grenade", "drone", "artillery", "salvo",
               "round", "bullet"}  # "fired live rounds at protesters"
FIRING_VERBS = {"fire", "launch", "lob", "shoot"}
DETONATING_VERBS = {"detonate", "explode", "trigger", "plant"}
WORN_BOMBS = {"vest", "belt", "car", "vehicle", "truck", "motorcycle"}  # "detonated an explosives-laden car"
AIMED_PREPS = TARGET_PREPS | {"into", "towards", "toward"}  # what a projectile was fired at


def fired_thing(verb: Token) -> Token | None:
    """What the verb fires or downs: "fired a barrage of rockets", "shot down 24 of 30 drones", and the
    noun of a participle: "30 drones launched by Russia"."""
    shot = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if shot is None:  # (a count the parser took for a measure: "shot down 23/npadvmod of 40 missiles")
        shot = next((c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "NUM" and c.i > verb.i
                     and _child(c, "prep") is not None), None)
    if shot is None and _child(verb, "agent") is not None:  # "Rockets fired by Hezbollah hit ...", as parsed
        shot = _child(verb, "nsubj")
    if shot is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        shot = verb.head
    return counted(shot) if shot is not None else None


def counted(token: Token) -> Token:
    """What a number or a quantity counts: "a barrage of rockets", "dozens of missiles", "24 of 30 drones"."""
    if token.lemma_.lower() in SERIES_NOUNS | QUANTITY_NOUNS or token.pos_ == "NUM":
        return next(iter(prep_objects(token, {"of"})), token)
    return token


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    out: list[Token] = []
    for prep in token.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:  # "handed over X to Y": dative
            objects = [_child(c, "dobj") or c if _occupied_misread(c) else c
                       for c in prep.children if c.dep_ in ("pobj", "pcomp")] or [
                # a headline's broken parse, its last words hung anyhow: "launches ground operation in southern
                # Lebanon", the land read as a conjunction
                t for t in token.doc[prep.i + 1: min(prep.i + 4, prep.sent.end)]
                if t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC", "FAC") and t.dep_ in ("preconj", "dep", "punct")][:1]
            # the object the parser took for the verb's subject: "In Deir al-Balah, a strike on a school killed 12"
            out.extend(objects or [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
                                   and c.left_edge.i == prep.i + 1 and c.pos_ == "PROPN"])
    return out


# Fighters named by where they fight: the place modifying them is not who they are.
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern",
           "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern", "central"}
# Parts of a place that stand for it: "seized most of Aleppo", "large parts of the city".
# What is hit or taken of a place, which names the place: "the centre of Sumy", "the outskirts of Kharkiv".
PLACE_PARTS = {"part", "outskirts", "centre", "center", "heart", "edge", "suburbs"}
OUTER_PARTS = {"outskirt", "suburb"}  # the lemmas of "outskirts", "suburbs": of a town named, the town
CIVIL_FLIGHT = {"passenger", "cargo", "civilian", "commercial", "airliner"}
CAMPAIGNING = {"campaign", "election", "electoral", "pre-election", "re-election", "reelection", "victory", "party"}
FORMER_MEMBERS = {"veteran", "deserter", "defector", "retiree", "ex-soldier", "dropout"}
GROUNDS = {"ground", "grounds", "premises", "perimeter", "compound", "entrance", "gate", "gates", "courtyard"}
# Words for "many" of those they hang on: "a swathe of its top commanders".
MANY_OF = {"swathe", "swath", "host", "slew", "raft", "clutch", "array"}
PARTITIVES = {"most", "much", "half", "rest", "all", "swathe", "swath", "section", "portion", "bulk", "remainder",
              "majority"} | PLACE_PARTS
# Bodies whose members act for them: "members of the Gran Grif gang", "fighters of the Wagner group".
MEMBER_HEADS = {"gang", "militia", "group", "cartel", "army", "force", "movement", "brigade", "battalion", "unit"}
NON_STATE_NOUNS = {noun for noun, cls in DESCRIPTIONS.items() if cls == "ArmedGroup"} | {
    "guerrilla", "separatist", "gunman", "insurgency", "rebellion", "group", "faction", "movement"}


HABIT_NOUNS = {"business", "industry", "trade", "practice", "tactic", "phenomenon", "scourge", "epidemic", "norm"}
DOING_RECORD = {"carry", "conduct", "launch", "stage", "mount", "commit", "perpetrate"}  # "have carried out sporadic attacks"
HABIT_ADJECTIVES = {"sporadic", "occasional", "frequent", "regular", "repeated", "periodic", "numerous", "countless"}
HABIT_ADVERBS = {"frequently", "often", "regularly", "routinely", "usually", "typically", "sometimes", "occasionally",
                 "repeatedly"}
# What is withdrawn without anyone leaving ground: words, offers, support.
WORDS_WITHDRAWN = {"claim", "statement", "offer", "support", "remark", "comment", "bill", "proposal", "application",
                   "candidacy", "nomination", "recognition", "accreditation", "complaint", "lawsuit", "case", "resolution",
                   "request", "threat", "funding", "aid", "invitation", "objection", "demand", "accusation", "allegation"}
# Crowds a land's name says where they are from, never that the state is them.
CROWDS = {"protester", "demonstrator", "student", "rioter", "mob", "crowd", "activist", "marcher"}


# Verbs whose subject makes the event it answers "with": "responded with airstrikes".
ANSWERING = {"respond", "retaliate", "react", "reply", "hit"}
# Words that make forces fight the state: "resistance forces", "opposition fighters".
OPPOSING = {"resistance", "opposition", "rebel", "insurgent", "guerrilla", "separatist", "anti-junta", "anti-government"}
LOCAL_PEOPLE = {"official", "resident", "witness", "doctor", "medic", "rescuer", "source", "authority", "villager"}


def _names_where(table: MentionTable, found: int, child: Token) -> bool:
    """A place's name before a happening says where it happened, not who made it: "a Pakistan blast",
    "the northern Mali ambush"; before a strike it names who struck ("a US strike")."""
    if child.dep_ in ("compound", "nmod", "amod") and table.mentions[found].cls in PLACE_CLASSES \
            and any(c.dep_ == "amod" and c.lower_ in COMMUNAL for c in child.head.children):
        return True  # a land's own people fighting among themselves: "Pakistan sectarian clashes kill 32"
    # (the name, not its demonym, the tagger may call an adjective: "Pakistan/JJ election eve bombings")
    named = child.dep_ in ("compound", "nmod") or (child.dep_ == "amod" and child.text not in table.lexicon.demonyms
                                                   and child.text[:1].isupper())
    return named and table.mentions[found].cls in PLACE_CLASSES \
        and (child.head.lemma_.lower() in HAPPENINGS or any(c.lower_ in COMPASS for c in child.children)
             # and where people are: "Gaza health officials", "Kharkiv residents" (not "Iraq officials")
             or (child.head.lemma_.lower() in LOCAL_PEOPLE and table.mentions[found].cls != "Country")
             # and whom those who watch a land watch: "a Syria war monitor", "a Myanmar rights group"
             or child.head.lemma_.lower() in WATCHERS

             # and any place below a state, which makes no war ("the Lakki Marwat attack"; but "a Moscow strike")
             or (child.head.lemma_.lower() in table.lexicon.event_words and _no_state(table, found))
             # and a land's attack the harm its gunmen did was told in: "Gunmen kill over 100 in Burkina Faso attack"
             or (child.head.dep_ == "pobj" and child.head.head.lower_ in ("in", "during") and any(
                 s.dep_ == "nsubj" and noun_lemma(s) in NON_STATE_NOUNS for s in child.head.head.head.children)))


def _no_state(table: MentionTable, found: int) -> bool:
    """A place that never stands for a state: not a country, nor a capital city."""
    mention = table.canonical(found)
    return mention.cls in PLACE_CLASSES - {"Country", "City"} or (
        mention.cls == "City" and mention.name not in table.lexicon.capitals)


COMMUNAL = {"sectarian", "ethnic", "tribal", "communal", "intercommunal", "inter-communal", "clan", "factional",
            "religious", "interethnic", "inter-ethnic"}  # fights among a land's people, never its state's
WATCHERS = {"monitor", "observatory", "watchdog", "activist", "researcher", "analyst", "lawyer", "doctor", "medic"}


# Bodies a name set after their place may name: "the U.N. mission in Congo, MONUSCO,"
_NAMED_BODIES = {"mission", "force", "office", "agency", "operation", "delegation", "contingent"}


def _clause_misread_as_apposition(table: MentionTable, token: Token, named: int) -> bool:
    """A place's apposition that heads its own past-tense clause is that clause's subject, not the place:
    "In the southern city of Mykolaiv, a drone hit a building": the drone, not Mykolaiv."""
    return table.mentions[named].cls in PLACE_CLASSES and token.lemma_.lower() not in PLACE_HEADS \
        and any(c.dep_ == "acl" and c.tag_ == "VBD" and c.i > token.i for c in token.children)


def _speakers_side(table: MentionTable, token: Token) -> int | None:
    """Whom "we" are in what was said: the body speaking, or the one its speaker is said to belong to
    ("Captain Ahmed Nur, a Somali army officer, ... 'We have retaken the base,' he told AFP": the army)."""
    if token.dep_ == "nsubj" and any(t.lemmas[0] == token.head.lemma_ and table.lexicon.is_a(t.cls, "Statement")
                                     for t in table.lexicon.triggers):
        return None  # what "we" say in a quotation is the speaker's own quoted words, no second statement
    speaker = reporting_subject(token, quoted=True)
    found = argument(table, speaker) if speaker is not None and speaker.lower_ not in ("we", "our") else None
    if found is None:
        return None
    cls = table.canonical(found).cls
    side = member_body(table, found) if cls == "Person" else \
        found if cls in ACTOR_CLASSES - PLACE_CLASSES or cls == "Country" else None
    return table.stand_in(token, side) if side is not None else None


# The men a force's own report calls by its kind of men: a state's soldiers and officers, a group's fighters ("the RSF
# said 50 soldiers were killed" are the army's dead, never the RSF's).
_OWN_MEN = {"troop": "StateForce", "soldier": "StateForce", "officer": "StateForce", "policeman": "StateForce",
            "fighter": "ArmedGroup", "unit": None, "force": None}


def _speakers_men(table: MentionTable, token: Token) -> int | None:
    speaker = reporting_subject(token)
    found = argument(table, speaker) if speaker is not None else None
    if found is None or table.canonical(found).cls not in ("StateForce", "ArmedGroup") \
            or _OWN_MEN[token.lemma_.lower()] not in (None, table.canonical(found).cls):
        return None
    return table.stand_in(token, found)


def argument(table: MentionTable, token: Token | None) -> int | None:
    """The entity mention a syntactic argument denotes: the token, its modifiers, or its apposition."""
    if token is None:
        return None
    if token.lower_ in PRONOUNS_PERSON | PRONOUNS_OTHER:
        return pronoun_mention(table, token)
    found = table.at(token)
    if found is not None:
        return found
    if token.lower_ in ("we", "our"):
        return _speakers_side(table, token)
    if token.lemma_.lower() in ("state", "province") and (named := next(
            (f for o in prep_objects(token, {"of"}) if (f := table.at(o)) is not None
             and table.mentions[f].cls in ("Province", "City")), None)) is not None:
        return named  # "in the southern Mexican state of Guerrero": Guerrero
    if token.lemma_.lower() == "region" and (named := next(
            (f for o in prep_objects(token, {"of"}) if (f := table.at(o)) is not None
             and table.mentions[f].cls in PLACE_CLASSES - {"Country"}), None)) is not None:
        return named  # "Russia's North Caucasus region of Dagestan": Dagestan
    if token.lemma_.lower() in ("village", "town", "city", "settlement") and (named := next(
            (f for o in prep_objects(token, {"of"}) if o.lemma_.lower() in _COMPASS_PARTS for c in o.children
             if c.dep_ == "compound" and (f := table.at(c)) is not None and table.mentions[f].cls in PLACE_CLASSES), None)) \
            is not None:
        return named  # "the village of Lastochkyne west of Avdiivka", the name hung on "west" by the parser
    if token.lemma_.lower() == "capital" and (named := next(
            (f for o in prep_objects(token, {"of"}) for a in o.children if a.dep_ == "appos"
             and (f := table.at(a)) is not None and table.mentions[f].cls == "City"), None)) is not None:
        return named  # "retaking the capital of Gezira state, Wad Madani,": the name the parser hung on the state
    # (and those it lost: "Iran's military said two soldiers were killed")
    if token.dep_ in ("nsubj", "nsubjpass") and token.tag_ == "NNS" and token.lemma_.lower() in _OWN_MEN \
            and not any(c.dep_ in ("poss", "compound", "amod") or (c.dep_ == "nummod" and token.dep_ == "nsubj")
                        for c in token.lefts) \
            and not any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in token.rights) \
            and (own := _speakers_men(table, token)) is not None:
        return own  # "The Haitian National Police said officers had arrested four suspects": the force's own
    if token.lemma_.lower() in FORMER_MEMBERS:
        return None  # "a U.S. Army veteran drove a truck into a crowd": a man who served, not the army
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children) and token.lemma_.lower() in ENTOURAGE:
        return None  # "Umm Ahmed, whose two sons were wounded": they, not she
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children) and (named := next(
            (f for c in token.children if c.dep_ == "compound" and (f := table.at(c)) is not None
             and table.mentions[f].cls in ACTOR_CLASSES - PLACE_CLASSES), None)) is not None:
        return named  # "al-Golani, whose Hayat Tahrir al-Sham group led the offensive": the group named
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children) \
            and (clause := next((a for a in token.ancestors if a.dep_ == "relcl"), None)) is not None:
        return table.at(clause.head)  # "the Palestinian Authority, whose security forces had been fighting": its forces
    if token.lemma_.lower() in _NAMED_BODIES and (named := next(
            (f for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "to", "for") for o in p.children
             if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos" and (f := table.at(a)) is not None
             and table.mentions[f].cls in ACTOR_CLASSES - PLACE_CLASSES), None)) is not None:
        return named  # "the U.N. mission in Congo, MONUSCO,": the mission's name, hung on the country
    after = table.at(token.doc[token.i + 1]) if token.tag_ == "JJ" and token.dep_ == "pobj" \
        and token.i + 1 < len(token.doc) else None
    if after is not None and table.mentions[after].cls in ACTOR_CLASSES - PLACE_CLASSES:
        return after  # "by the paramilitary Rapid Support Forces", the name cut from its adjective by the parser
    # (the parser may hang it on the first of two: "clashes between the army and Fano, a local militia": Fano)
    described = max((c for c in token.head.children if c.dep_ == "conj" and c.i < token.i), key=lambda c: c.i,
                    default=token.head) if token.dep_ == "appos" else token.head
    # (nor a speaker set after a name, whatever the parser hung it on: "loyalists of Bashar al-Assad, a war
    # monitor said")
    following = token.doc[token.right_edge.i + 1] if token.right_edge.i + 1 < len(token.doc) else None
    speaking = following is not None and following.pos_ == "VERB" and following.lemma_ in ("say", "tell", "report", "add")
    if token.dep_ == "appos" and (named := table.at(described)) is not None and not speaking \
            and not misplaced_apposition(token) \
            and getattr(stranded_speaker(token.head.head), "i", None) != token.i \
            and not _clause_misread_as_apposition(table, token, named):  # "loyal to Assad, a war monitor said": not Assad
        return named  # "JNIM, an al-Qaeda affiliate that ...": the affiliate is JNIM, not al-Qaeda
    if token.lower_ == "party" and (named := next((f for c in token.children if c.dep_ == "compound" and (f := table.at(c))
                                                  is not None and table.mentions[f].cls in ACTOR_CLASSES - PLACE_CLASSES), None)) is not None:
        return named  # "Machar's SPLM-IO party": the party is the SPLM-IO (but "Sudan's warring parties" are not Sudan)
    if token.lemma_.lower() in RELATED_HEADS:
        # "an al-Qaeda affiliate", "Hamas supporters": someone else, tied to the name; unless named beside:
        # "Islamic Jihad's armed wing, the Al-Quds Brigades,"; and a wing is its group's: "Hamas' armed wing"
        # (but not the rest of the name after "of", cut off by a nickname: 'a son of Joaquin "El Chapo" Guzman')
        of_words = [t for o in prep_objects(token, {"of"}) for t in o.subtree]
        whose = {table.at(t) for t in of_words} - {None}
        # (and the name right after the title the "of" holds, hung on the head by the parser: "Three sons of Hamas
        # chief Haniyeh" are his sons, not he)
        whose |= {f for c in token.children if c.dep_ == "appos" and any(
                      p.dep_ == "prep" and p.lower_ == "of" and p.i < c.i for p in token.children)
                  and ((of_words and c.left_edge.i == max(t.i for t in of_words) + 1)
                       or c.doc[c.left_edge.i - 1].lower_ == "of")  # (the "of"'s own words, set beside by the parser)
                  and (f := table.at(c)) is not None}
        return next((found for c in sorted(token.children, key=lambda c: c.dep_ != "appos")
                     if (c.dep_ == "appos" or (c.dep_ == "poss" and token.lemma_ == "wing"))
                     and (found := table.at(c)) is not None and table.mentions[found].cls in ACTOR_CLASSES
                     and found not in whose), None)
    if token.lower_ in COMPASS and token.i + 1 < len(token.doc) and (place := table.at(token.doc[token.i + 1])) is not None \
            and table.mentions[place].cls in PLACE_CLASSES:
        return place  # "in northwest Nigeria", however the parser hangs the name on the direction
    # An apposition names the referent itself, before any modifier: "Ukraine's top commander,
    # Oleksandr Syrskyi," is Syrskyi.
    # ... and a place noun's own name before its country: "Mozambique's Cabo Delgado province" is Cabo Delgado.
    named_place = token.lemma_.lower() in PLACE_HEADS
    # "the Mozambique town of Macomia" (a headline's last word may hang on "of" as a bare dependent); but
    # "the Shangla district of Khyber Pakhtunkhwa" is Shangla, in the province
    # (but "the southern Gaza city of Khan Younis": a town's name after "of" is the town, whatever region before)
    settled = token.lemma_.lower() in ("city", "town", "village", "capital", "port") and any(
        (f := table.at(o)) is not None and table.mentions[f].cls == "City" for o in prep_objects(token, {"of"}))
    unnamed = (named_place or settled) and (settled or not any(
        c.dep_ in ("compound", "nmod", "amod", "poss") and (f := table.at(c)) is not None
        and table.mentions[f].cls in PLACE_CLASSES - {"Country"} for c in token.children))
    named = next((found for of in token.children if unnamed and of.dep_ == "prep" and of.lower_ == "of"
                  for obj in of.children if obj.dep_ in ("pobj", "dep") and (found := table.at(obj)) is not None
                  and table.mentions[found].cls in PLACE_CLASSES), None)
    if named is not None:
        return named  # "the Mozambique town of Macomia": the town the name names, not its country
    beside = table.at(token.doc[token.i + 1]) if token.lemma_.lower() in CAPITAL_OR_PLACE \
        and token.i + 1 < len(token.doc) else None
    if beside is not None and table.mentions[beside].cls in PLACE_CLASSES and token.doc[token.i + 1].dep_ != "poss":
        return beside  # "in Libya's capital Tripoli", the name cut from its noun by the parser
    led = next((f for c in token.children if c.dep_ == "acl" and c.lower_ == "led" for a in c.children if a.dep_ == "agent"
                for o in a.children if (f := table.at(o)) is not None
                and table.mentions[f].cls in ACTOR_CLASSES - PLACE_CLASSES - {"Person"}), None)
    if led is not None:
        return led  # "rebels led by Hayat Tahrir al-Sham", as "Hamas-led gunmen" (gangs led by a man stay his gang)
    # (a state's forces, troops or units; "fighters loyal to the government" are a militia on its side; the
    # parser may make the participle the subject, with the forces its own)
    forces = next((c for c in token.children if c.dep_ == "nsubj"), token) if token.lemma_ == "align" else token
    sided = next((f for c in [*forces.children, token] if forces.lemma_.lower() in ("force", "troop", "unit", "soldier")
                  and c.lemma_ in ("align", "loyal") and (c.dep_ in ("acl", "amod") or c.i == token.i != forces.i)
                  for o in prep_objects(c, {"with", "to"})
                  if (f := table.at(o)) is not None and table.canonical(f).cls == "Government"), None)
    if sided is not None and (owned := government_forces_at(table, sided, token)) is not None:
        return owned  # "forces aligned with the Government of National Unity" are the state's
    known = next((f for c in token.children if c.dep_ == "acl" and c.lemma_ in KNOWN_AS_VERBS
                  and c.i + 2 < len(token.doc) and token.doc[c.i + 1].lower_ == "as"
                  and (f := table.at(token.doc[c.i + 2])) is not None and table.mentions[f].cls in ACTOR_CLASSES), None)
    # (or called so outright: "a little-known group called the Kashmir Resistance")
    known = known if known is not None else next(
        (f for c in token.children if c.dep_ == "acl" and c.lemma_ in ("call", "name", "dub")
         for o in c.children if o.dep_ in ("oprd", "dobj", "attr") and (f := table.at(o)) is not None
         and table.mentions[f].cls in ACTOR_CLASSES - PLACE_CLASSES), None)
    if known is not None:
        return known  # "allied militias known as Wazalendo"
    if token.dep_ == "compound" and token.lemma_.lower() in TITLE_NOUNS and (held := table.at(token.head)) is not None \
            and table.mentions[held].cls == "Person":
        return held  # "the slain Hezbollah leader Hassan Nasrallah", the title the name's modifier: the man
    # the name on the noun before its owner's: "the British military's UK Maritime Trade Operations centre"
    for child in sorted(token.children, key=lambda c: (c.dep_ != "appos", c.dep_ == "poss")):
        # (a name set beside it may come after a long modifier: "A group linked to the Pakistani Taliban,
        # Jaish al-Fursan, claimed ...")
        if child.dep_ in ("compound", "poss", "nmod", "amod", "appos") and child.i < token.i + (14 if child.dep_ == "appos" else 8):
            if child.dep_ == "appos" and token.lemma_.lower() in RELATED_HEADS:
                continue  # (told below, apart from whose they are: "Three sons of Hamas chief Haniyeh")
            if child.dep_ == "appos" and child.doc[child.i - 1].dep_ == "pobj" \
                    and child.doc[child.i - 1].lemma_.lower() in CAPITAL_OR_PLACE:
                continue  # "Protesters in the capital Kinshasa": the capital's name, not the protesters'
            if child.dep_ == "appos" and token.tag_ == "NNS" and child.left_edge.i == token.i + 1 \
                    and any(c.dep_ == "poss" for c in child.children):
                continue  # a headline's verb read as a plural noun: "blockade by al Qaeda affiliate cripples Mali's capital"
            found = table.at(child)
            if found is None and child.dep_ == "poss" and child.lower_ == "our":
                found = _speakers_side(table, child)  # "'Our naval forces targeted the USS Mason,' Saree said": the Houthis'
            if found is not None and child.dep_ == "compound" and (pair := town_and_quarter(table, token)) is not None:
                return pair[1]  # "pushed into the Gaza City neighbourhood of Shejaia": the quarter
            if found is not None and noun_lemma(token) in table.lexicon.event_words and _site_owner(child, token):
                continue  # (as for the event's own agent: "Pakistan army base bombing kills 18" is no army's killing)
            if found is not None and child.dep_ in ("poss", "compound") and table.mentions[found].cls in PLACE_CLASSES \
                    and noun_lemma(token) in UNREST:
                continue  # "Colombia's Catatumbo violence displaces 32,000": where it raged, not who did it
            if found is not None and child.dep_ == "appos" and noun_lemma(token) in table.lexicon.event_words:
                continue  # "an explosion at Iran's largest port, Shahid Rajaee,": the port's name, hung on the blast
            if found is None and child.dep_ == "appos" and child.lemma_.lower() in ("member", "fighter", "militant"):
                found = argument(table, child)  # "the attackers, members of the Viv Ansanm coalition": the coalition
            # (and forces the words make rebels: "Myanmar resistance forces", "Syrian opposition fighters")
            rebel_forces = any(c.lower_ in OPPOSING for c in token.children if c.dep_ in ("compound", "amod"))
            if found is not None and child.dep_ != "appos" and (token.lemma_.lower() in NON_STATE_NOUNS | CROWDS or rebel_forces) \
                    and table.mentions[found].cls in PLACE_CLASSES:
                continue  # "Myanmar rebels", "Mali's jihadists", "Bangladesh protesters": people in the country, not its state
            if found is not None and child.dep_ in ("compound", "amod", "nmod") and token.lemma_.lower() in FORCE_NOUNS \
                    and table.mentions[found].cls in PLACE_CLASSES - {"Country"}:
                continue  # "Amhara forces", "Donbas troops": a region's fighters, not the region
            if found is not None and _names_where(table, found, child) and token.lemma_.lower() not in PLACE_HEADS:
                continue  # (but "Russia's southern Rostov region" is the Rostov region)
            if found is not None and table.mentions[found].cls in PLACE_CLASSES and child.dep_ in ("compound", "amod") \
                    and any(c.dep_ in ("compound", "amod") and c.i > child.i
                            and c.lemma_.lower() in NON_STATE_NOUNS | MEMBER_HEADS - FORCE_NOUNS | CAMPAIGNING | {"mayoral", "opposition"}
                            for c in token.children):
                continue  # "Haiti gang leader", "a Mali militia commander", "Pakistan election candidate": not the country
            if found is not None and TIED.match(table.document.text, table.mentions[found].span.end):
                continue  # "Islamic State-backed rebels", "Iran-aligned militias": others, tied to the name
            if found is not None and found == facility_site(table, token) \
                    and not (token.dep_ == "nsubj" and token.lemma_.lower() in ABROAD) \
                    and not (child.dep_ == "compound" and token.lemma_.lower() in _ADMIN_KINDS):
                continue  # "an attack on Congo church": a church in Congo, not Congo; so "Sudan village"
                # (but "the U.S. embassy urged ..." speaks for the United States)
            if found is not None and (child.dep_ == "compound" or (child.dep_ == "amod" and child.pos_ == "PROPN")) \
                    and noun_lemma(token) in CIVIL_CONVEYANCES \
                    and table.mentions[found].cls in PLACE_CLASSES:
                continue  # "hijack Pakistan passenger train": a train in Pakistan, not the country
            if found is not None and token.lemma_.lower() in OUTLETS and table.mentions[found].name in PLATFORMS:
                continue  # "a Wagner-linked Telegram channel" is someone's channel, not Telegram's
            if child.dep_ == "poss" and child.lower_ in PRONOUNS_OTHER | PRONOUNS_PERSON \
                    and token.lemma_.lower() in ("captor", "kidnapper", "abductor", "killer", "jailer"):
                return None  # "killed by their captors": whoever held them, never those they belong to
            if child.dep_ == "poss" and child.lower_ in PRONOUNS_OTHER | PRONOUNS_PERSON:
                found = pronoun_mention(table, child)
                if found is not None and named_place and table.mentions[found].cls not in PLACE_CLASSES:
                    return None  # "shelled its only hospital": the city's, whoever "its" last named
                if noun_lemma(token) in WEAPON_NOUNS | {"arm", "arms"}:
                    return None  # "handed over their weapons": what they gave up, not who they are
            if found is not None and child.dep_ == "poss" and token.lemma_.lower() in FORCE_NOUNS:
                # a ministry's or government's forces are its country's: "the ministry said its forces ..."
                # and a head of state's or commander's: "Burundi's president ... said his troops"
                # (mention 0 is a mention: no "or")
                owned = government_forces_at(table, found, token)
                owned = owned if owned is not None else commander_forces_at(table, found, token)
                return owned if owned is not None else found
            if found is not None and child.dep_ == "poss" and table.canonical(found).cls == "Person" \
                    and token.lemma_.lower() in ENTOURAGE:
                return None  # "arrested two of his ministers", "his aides": others, not the man (his commanders act for him)
            if found is not None or child.dep_ == "poss" and child.lower_ in PRONOUNS_OTHER | PRONOUNS_PERSON:
                return found
            if child.dep_ == "amod" and child.lower_ == "led":  # "Hamas-led gunmen"; not "Rwanda-backed rebels"
                # a person leads by full name: a lone "Tuareg" or "Fulani" the tagger took for one is a people
                leader = next((f for g in child.children if (f := table.at(g)) is not None
                               and table.mentions[f].cls in ACTOR_CLASSES - PLACE_CLASSES
                               and (table.mentions[f].cls != "Person" or " " in table.mentions[f].name)), None)
                if leader is not None:
                    return leader
    if token.lemma_.lower() in ALLIANCE_NOUNS:  # "the Viv Ansanm gang coalition": the gang the words name
        inner = next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        if inner is not None and (found := argument(table, inner)) is not None \
                and table.mentions[found].cls in ACTOR_CLASSES - PLACE_CLASSES:
            return found
    if token.lemma_.lower() in TITLE_NOUNS | {"head"} and (holder := _title_holder_after(table, token)) is not None:
        return holder
    for obj in prep_objects(token, {"of"}):
        found = table.at(obj)
        if token.lemma_.lower() in TITLE_NOUNS | {"head"}:
            # "the head of the Revolutionary Guards, Hossein Salami": the parser hangs the name on the
            # group, but a group is no person; the name is the title's holder
            holder = next((f for c in obj.children if c.dep_ == "appos" and (f := table.at(c)) is not None
                           and table.mentions[f].cls == "Person"), None)
            if holder is not None:
                return holder
        if found is None and (obj.lemma_.lower() in PLACE_HEADS | MEMBER_HEADS | ALLIANCE_NOUNS
                              or token.pos_ == "NUM" or token.lemma_.lower() in QUANTITY_NOUNS
                              or (token.lower_ in SOME and obj.lower_ not in PRONOUNS_OTHER)):  # "several of the gunmen"
            # "control of the town of Kidal", "members of the Gran Grif gang", "dozens of its soldiers"
            found = argument(table, obj)
        if found is not None and table.mentions[found].cls in ACTOR_CLASSES:
            return found
        # "the town of Mellit", "residential areas of the city", "took control of Kidal": the place itself
        # (and "the outskirts of Goma", a town named, not one only described: "the outskirts of the town")
        if found is not None and table.mentions[found].cls in PLACE_CLASSES \
                and (token.lemma_.lower() in PLACE_HEADS | PARTITIVES | {"control"}
                     or (token.lemma_.lower() in OUTER_PARTS and (named := _named_town(table, obj)) is not None
                         and table.mentions[named].ref is None)):
            return found
        site = found if found is not None else next((f for c in obj.children if c.dep_ == "compound"
                                                      and (f := table.at(c)) is not None), None)
        if site is not None and table.mentions[site].cls == "Facility" and token.lemma_.lower() in GROUNDS:
            return site  # "struck the grounds of Ben Gurion airport": the airport
    # "insurgents from the Islamic State"; not "fighters from Syria"; and "hundreds of militants from JNIM",
    # where the parser hangs "from" on the number
    if token.lemma_.lower() in NON_STATE_NOUNS or (
            (token.pos_ == "NUM" or token.lemma_.lower() in QUANTITY_NOUNS)
            and any(o.lemma_.lower() in NON_STATE_NOUNS for o in prep_objects(token, {"of"}))):
        for obj in prep_objects(token, {"from"}):
            found = table.at(obj)
            if found is None and obj.lemma_.lower() in MEMBER_HEADS:
                found = argument(table, obj)  # or the group's kind after its name: "fighters from the CODECO militia"
            if found is not None and table.mentions[found].cls in ACTOR_CLASSES - PLACE_CLASSES:
                return found
    return None




def _named_town(table: MentionTable, obj: Token) -> int | None:
    """The name a town is given: "Goma", or "the city of Gondar" (not "the town" alone)."""
    named = table.at(obj)
    if named is None and obj.lemma_.lower() in PLACE_HEADS:
        named = next((found for o in prep_objects(obj, {"of"}) if (found := table.at(o)) is not None), None)
    return named


def _title_holder_after(table: MentionTable, token: Token) -> int | None:
    """The person named after a title's whole phrase, wherever the parser hung the name: "killing the chief of
    staff of the armed forces, Mohammad Bagheri," (not a speaker: "the commander, Ahmed Ali said")."""
    doc, edge = token.doc, token.right_edge.i
    if edge + 2 >= len(doc) or doc[edge + 1].text != "," or (found := table.at(doc[edge + 2])) is None \
            or table.mentions[found].cls != "Person":
        return None
    tokens = table.tokens(table.mentions[found])
    root = tokens.root if tokens is not None else doc[edge + 2]
    return None if root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "appos" and root.head.i > edge) else found


def _quoted(token: Token) -> bool:
    """A word between quotation marks of its own: '“Somalia,” said ...'."""
    doc = token.doc
    before = token.i > 0 and doc[token.i - 1].text in QUOTE_MARKS
    return before and any(t.text in QUOTE_MARKS for t in doc[token.i + 1: token.i + 3])


def _as_event(verb: Token, trigger_heads: set[int]) -> bool:
    """An "as" that tells what went on meanwhile, not what something was called: "declares emergency as Fano
    militia clashes with army" (while "condemned the strikes as a violation" says what they were)."""
    return verb.lemma_.lower() not in NAMING_VERBS | DESCRIBING and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(o.i in trigger_heads and _child(o, "det") is None for o in c.children)
        for c in verb.children)


def _left_so(head: Token) -> bool:
    """A state something left people in: "left 12 people dead", and as the parser may read it, a clause:
    "attacks that left at least 80 people/nsubj dead/ccomp"."""
    return head.head.lemma_ == "leave" and (head.dep_ == "oprd" or (
        head.dep_ == "ccomp" and head.pos_ == "ADJ" and _child(head, "nsubj") is not None))


def _misread_control(verb: Token) -> Token | None:
    """The verb of asking an infinitive belongs to, where the parser hung it on the last noun of whom it asks:
    "warned residents of several buildings to evacuate" (the residents are to evacuate, not the buildings)."""
    if verb.tag_ != "VB" or verb.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                                       for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.dep_ != "dobj":
        return None
    asker = noun.head.head.head
    return asker if asker.lemma_ in OBJECT_CONTROL else None


def _asked_to(verb: Token) -> bool:
    """What someone is asked to do: the asking's complement, or its "to" clause the parser made one of purpose
    ("held an emergency meeting and called on Rwanda to withdraw its troops")."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.tag_ == "VB" and verb.head.lemma_ in ("call", "appeal")
                                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _asked_whom(verb: Token) -> Token | None:
    """Whom a verb of asking asks, where its "to ..." says what they are to do: "ordered his troops",
    "called on Rwanda", "appealed to the rebels"."""
    if verb.lemma_ in OBJECT_CONTROL:
        return _child(verb, "dobj") or _child(verb, "nsubjpass")  # and "residents were ordered to evacuate"
    if verb.lemma_ in ("call", "appeal"):
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")), None)
        return _child(prep, "pobj") if prep is not None else None
    return None


REPELLING = {"repel", "repulse", "withstand", "thwart", "foil", "fend", "fight", "beat"}


def _holding_out(table: MentionTable, noun: Token, statement_lemmas: set[str]) -> Token | None:
    """Who held off the attack a noun names, where it names no other: "it had repelled the attack", "fought off
    an assault" (but "repelled an attack on the town of Djibo" was on the town)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in REPELLING \
            or any(t.dep_ == "prep" and t.lower_ in ("on", "against", "into") for t in noun.subtree) or (
            verb.lemma_.lower() in ("fend", "fight", "beat") and not any(c.dep_ == "prt" for c in verb.children)):
        return None
    return _subject(table, verb) or _inherited_subject(table, verb, statement_lemmas)[0]


def _object_taken_as_subject(subject: Token, verb: Token) -> Token | None:
    """The last of two nouns joined as a second verb's subject, when the first is the first verb's object:
    in "strikes killed at least 51 people and the army chief told troops to prepare" the chief told."""
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ != "VERB" or _child(first, "dobj") is not None \
            or subject.left_edge.i != first.i + 1 or subject.i > verb.i:
        return None
    return next((c for c in subject.children if c.dep_ == "conj" and c.i < verb.i), None)


def _hedged_subject(verb: Token) -> Token | None:
    """The subject a hedge between commas took from the verb after it: in "The fighters, believed to be from
    ISWAP, attacked the troops" the parser makes "believed" the fighters' verb and leaves "attacked" none."""
    if verb.pos_ != "VERB" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    hedge = next((c for c in verb.head.children if c.i < verb.i and c.dep_ in ("ccomp", "conj") and c.lemma_ in HEDGES
                  and c.tag_ in ("VBD", "VBN") and any(x.dep_ == "xcomp" and _child(x, "aux") is not None
                                                       for x in c.children)), None) if verb.dep_ in ("ccomp", "conj") else None
    subject = _child(hedge, "nsubj") if hedge is not None else None
    return subject if hedge is not None and subject is not None and subject.i + 1 < hedge.i \
        and subject.doc[subject.i + 1].text == "," else None


_SIDING_WORDS = {"loyal", "allied", "linked", "affiliated", "aligned", "close"}


def _auxiliary_with_subject(verb: Token) -> Token | None:
    """A participle the tagger took for a noun, its auxiliary holding the subject: "its fighters had overrun/NN
    more than 150 outposts" (the fighters under "had")."""
    if verb.pos_ != "NOUN" or _child(verb, "dobj") is None:
        return None
    return next((c for c in verb.children if c.dep_ == "aux" and c.i < verb.i and c.lemma_ == "have"
                 and _child(c, "nsubj") is not None), None)


def _subject(table: MentionTable, verb: Token, deps: tuple[str, ...] = ("nsubj",)) -> Token | None:
    """The verb's subject; where the parse gives two, the one that names an entity."""
    # Never a word in quotation marks: '“Somalia,” said Henrique Capriles' is Capriles speaking.
    # The nearest first: "KYIV, Feb 18 (Reuters) - Russia's defence ministry said" is the ministry
    # speaking, not the dateline's city or the agency.
    subjects = sorted((c for c in verb.children if c.dep_ in deps and not _quoted(c)), key=lambda c: abs(verb.i - c.i))
    if verb.dep_ == "conj" and any(c.dep_ == "cc" for c in verb.head.children if verb.head.i < c.i < verb.i):
        # "Rwanda denies ... and says its forces act against the FDLR, a militia founded by ...": the name set
        # after what was said is no subject of a verb that shares its first verb's
        subjects = [c for c in subjects if not (c.i > verb.i and any(
            k.dep_ == "ccomp" and verb.i < k.i < c.i for k in verb.children))]
    if not subjects and "nsubj" in deps and verb.pos_ == "NOUN" and verb.dep_ == "ROOT" \
            and any(c.dep_ == "dobj" for c in verb.children):
        # a headline's verb read as a noun, its subject as the noun's modifier: "U.S. bombs Iran's nuclear sites"
        subjects = [c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1 and c.pos_ == "PROPN"]
    if not subjects and "nsubj" in deps and (helper := _auxiliary_with_subject(verb)) is not None:
        subjects = [c for c in helper.children if c.dep_ == "nsubj"]  # "its fighters had overrun/NN 150 outposts"
    if not subjects and "nsubj" in deps and verb.tag_ in ("VBP", "VBZ") and verb.i > 0 \
            and any(c.dep_ == "dobj" for c in verb.children):
        # a headline's present tense with a plural the parser hung on it: "Jihadists attack Mali army camp, dozens
        # of soldiers killed" (its subject, not the clause's after the comma)
        subjects = [c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1 and c.tag_ in ("NNS", "NNPS")]
    if not subjects and "nsubj" in deps and (vehicle := _vehicle_doing(verb)) is not None:
        subjects = [vehicle]  # "a drone struck a bus evacuating civilians": the bus evacuated them
    place = verb.head
    if verb.dep_ == "relcl" and verb.tag_ == "VBG" and len(subjects) == 1 and subjects[0].i == place.i + 1 \
            and place.lemma_.lower() in CAPITAL_OR_PLACE and place.dep_ == "pobj" and place.head.head.pos_ == "NOUN":
        # "protesters in the capital Nairobi demonstrating against tax increases": the capital's name, taken for
        # the participle's subject; the protesters demonstrate
        subjects = [place.head.head]
    if len(subjects) == 1 and (taken := _object_taken_as_subject(subjects[0], verb)) is not None:
        subjects = [taken]  # "killed at least 51 people and the army chief told troops": the chief told them
    if (told := _headline_order(verb)) is not None and "nsubj" in deps:
        # "... orders French ambassador to leave": the ambassador (never the order)
        subjects = [told] if told.lemma_.lower() not in OBJECT_CONTROL else []
    if not subjects and "nsubj" in deps and (hedged := _hedged_subject(verb)) is not None:
        subjects = [hedged]
    if not subjects and "nsubj" in deps:
        # "soldiers escorting the convoy had repelled the attack": the parser makes the participle the
        # clause's subject and the soldiers its own
        subjects = [s for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"
                    for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
    if not subjects and "nsubj" in deps:
        # "a day after Azerbaijan launched a military operation": the parser hangs the subject on "after"
        subjects = [o for c in verb.children if c.dep_ == "mark" and c.i < verb.i
                    for o in c.children if o.dep_ == "pobj" and o.i < verb.i]
    siding = next((c for c in verb.children if c.lower_ in _SIDING_WORDS and c.dep_ in ("advmod", "amod", "acomp")
                   and c.i < verb.i and all(c.i < s.i for s in subjects) and prep_objects(c, {"to", "with"})), None)
    if siding is not None and "nsubj" in deps and (loyal := _child(siding, "nsubj")) is not None:
        # "gunmen loyal to ousted President Bashar al-Assad ambushed": the parser's subjects are the man they are
        # loyal to; the gunmen ambushed
        subjects = [loyal]
    if len(subjects) > 1:
        # "Protesters in the capital Kinshasa attacked": the capital's name, parsed as a second subject
        # and "In one village, Shag Alnom, more than 200 people were burned": the village's name
        subjects = [c for c in subjects if not any(
            i > 0 and c.doc[i - 1].lemma_.lower() in CAPITAL_OR_PLACE and c.doc[i - 1].dep_ == "pobj"
            # (a name of several words too: "violence in Haiti's capital Port-au-Prince has displaced")
            for i in (c.i, c.left_edge.i, c.left_edge.i - 1 if _between_commas(c) else -1))] or subjects
        # "More than 1,000 people, most of them civilians, have been killed": a part set beside the whole
        subjects = [c for c in subjects if not (c.lower_ in SOME and prep_objects(c, {"of"}))] or subjects
        near = subjects[0]
        if near.i < verb.i and near.left_edge.i > 0 and near.doc[near.left_edge.i - 1].text == "," \
                and all(c.i < near.left_edge.i for c in subjects[1:]):
            # "Israeli airstrikes killed 45 ..., local health authorities said": the report's subject, taken
            # for a second one, is not who said it
            return near
    if "nsubj" in deps and (speaker := stranded_speaker(verb)) is not None:
        return speaker
    if len(subjects) == 1 and subjects[0].i > 0 and subjects[0].pos_ == "PROPN" \
            and (before := subjects[0].doc[subjects[0].i - 1]).dep_ == "pobj" \
            and before.lemma_.lower() in CAPITAL_OR_PLACE:
        # "Fighting between two armed factions in Libya's capital Tripoli killed ...": the capital's name, cut
        # from it by the parser, is no subject; the fighting's is far back
        return None
    if subjects and verb.dep_ == "advcl" and verb.head.dep_ == "acl" and verb.head.lemma_ in KNOWN_AS_VERBS \
            and any(t.lower_ == "as" or t.dep_ == "oprd" for t in verb.doc[verb.head.i + 1: subjects[0].i + 1]):
        # "militias known as Wazalendo had fought the rebels": the parser takes the name for the subject of
        # the verb after it; the militias fought
        return verb.head.head
    if len(subjects) == 1 and (whole := _relative_garden_path(verb, subjects[0])) is not None:
        return whole
    return next((c for c in subjects if table.at(c) is not None or (len(subjects) > 1 and argument(table, c) is not None)),
                subjects[0] if subjects else None)


def _suffered_in(table: MentionTable, event: Token, found: int) -> bool:
    """The event noun is what a harm was done in, by a subject other than the modifier's force: "Gunmen kill 11
    in Niger army ambush"."""
    if event.dep_ != "pobj" or event.head.lower_ != "in" or table.mentions[found].cls != "StateForce":
        return False
    verb = event.head.head
    doer = _child(verb, "nsubj") if verb.pos_ == "VERB" and verb.lemma_.lower() in HARM_VERBS else None
    # (not the army's own men: "soldiers killed 12 militants in an army raid")
    return doer is not None and argument(table, doer) != found and noun_lemma(doer) not in STATE_MEN


# The state's men, by their nouns: whose own raid an "army raid" is.
STATE_MEN = {"soldier", "troop", "army", "military", "police", "policeman", "force", "personnel", "officer", "commando",
             "unit"}


def _site_owner(child: Token, event: Token) -> bool:
    """A name before a site noun that modifies an event noun: "Pakistan army base bombing" names whose base
    (and "Pakistan railway station bombing", the land's name tagged an adjective; not "Israeli school strike")."""
    return (child.dep_ == "compound" or (child.dep_ == "amod" and child.ent_type_ == "GPE")) and any(c.dep_ == "compound" and child.i < c.i < event.i and noun_lemma(c) in FACILITIES
                                            for c in event.children)


def _vehicle_doing(verb: Token) -> Token | None:
    """The vehicle a participle tells of, which the parser hung on the participle: "struck a bus evacuating
    civilians" (parsed "struck ..., evacuating civilians", the bus its adverb)."""
    vehicle = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or vehicle is None or vehicle.head.i != verb.i \
            or vehicle.dep_ not in ("npadvmod", "nsubj") or noun_lemma(vehicle) not in CONVEYANCES \
            or vehicle.i == 0 or vehicle.doc[vehicle.i - 1].tag_ != "DT":  # (its article, hung anywhere)
        return None
    return vehicle


def _relative_garden_path(verb: Token, subject: Token) -> Token | None:
    """The plural noun a relative clause describes, when the parser read the clause's last object as the
    subject of the main verb: "Burundian soldiers who had been deployed to help the Congolese army were
    withdrawing" (the soldiers were, the army is no "were")."""
    if verb.dep_ != "ccomp" or subject.tag_ not in ("NN", "NNP") \
            or not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are") for c in verb.children):
        return None
    clause = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.head.tag_ != "NNS" or clause.head.i > subject.i \
            or any(a.lemma_ in ("say", "tell", "report") for a in verb.ancestors if a.i > clause.i and a in clause.subtree):
        return None
    return clause.head


def _between_commas(token: Token) -> bool:
    doc, left, right = token.doc, token.left_edge.i, token.right_edge.i
    return left > 0 and doc[left - 1].text == "," and (doc[right].text == "," or right + 1 < len(doc) and doc[right + 1].text == ",")


def _told_after_report(verb: Token, statement_lemmas: set[str]) -> bool:
    """A participle after what someone reported: "residents reported air strikes on villages, killing
    four" tells of the strikes, not of the residents (but "accused X of ..., killing" is X's)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.lemma_ in statement_lemmas - ALLEGE_VERBS | {"report"} \
        and _child(verb.head, "xcomp") is None  # (an order is no report: "ordered troops to stay, stepping up an offensive")


# Verbs that report as saying does, though the lexicon leaves them out (they rarely carry news of their own):
# "acknowledged that the insurgents had entered the city and said ...": who acknowledged said.
ADMIT_VERBS = {"acknowledge", "admit", "concede"}


def _mute(table: MentionTable, token: Token | None) -> bool:
    """A town or building: no speaker (while "Russia said" and "Kyiv said" speak for a government); nor
    an event or a weapon ("said the strikes were a war crime and accused ...")."""
    found = table.at(token) if token is not None else None
    if token is not None and found is None:
        # (and "the city", "the death toll": a place word or a count speaks for nobody)
        return noun_lemma(token) in table.lexicon.event_words | WEAPON_NOUNS | {"toll", "number", "figure"} \
            or DESCRIPTIONS.get(noun_lemma(token), "") in PLACE_CLASSES
    cls = table.mentions[found].cls if found is not None else ""
    return found is not None and table.lexicon.is_a(cls, "Place") and cls != "Country" \
        and table.mentions[found].name not in table.lexicon.capitals


def _trailing_speaker(verb: Token, statement_lemmas: set[str]) -> Token | None:
    """"An airstrike killed 40 people and wounded 20 others, residents and a rebel group said": the
    parser hangs the speakers on the objects and "said" on "killed"; the words between the comma
    and the saying verb are who said it (a verb joined as a true second verb follows "and" or "but")."""
    doc = verb.doc
    # (or on the place before: "... near the Algerian border, the rebels and a Telegram channel said")
    # (or as a clause of the report's verb: "killed 16 members of a vigilante group ..., residents and a
    # local lawmaker said")
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    hung = verb.dep_ == "conj" or (verb.dep_ == "ROOT" and subjectless) or (
        verb.dep_ == "advcl" and verb.tag_ == "VBD" and subjectless and not any(c.dep_ == "mark" for c in verb.children))
    if not hung or verb.lemma_ not in statement_lemmas or verb.i < 2 \
            or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN") or doc[verb.i - 1].head.i == verb.i:
        return None
    comma = next((i for i in range(verb.i - 1, max(verb.sent.start, verb.i - 12) - 1, -1) if doc[i].text == ","), None)
    if comma is None:
        return None
    words = doc[comma + 1:verb.i]
    return next((t for t in words if t.pos_ in ("NOUN", "PROPN") and not words.start <= t.head.i < words.end), None)


def _past_time_clause(verb: Token, lexicon: Lexicon) -> Token:
    """What a participle hangs on, past a clause of when it happened the parser put between: "missiles
    struck the city as people gathered for prayers, killing 34": the strike killed, not the gathering
    (but "erupted when loyalists ambushed a patrol, killing 13": the ambush killed)."""
    parent = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and parent.dep_ == "advcl" and parent.i != parent.head.i \
            and parent.lemma_.lower() not in lexicon.event_words \
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "while", "when") for c in parent.children):
        return parent.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and parent.dep_ == "advcl" and parent.i != parent.head.i \
            and parent.lemma_.lower() not in lexicon.firm_event_words \
            and any(c.dep_ == "mark" and c.lower_ in ("before", "after", "until") for c in parent.children):
        return parent.head  # "hit Beirut hours before the truce took effect, killing at least 10": the strikes killed
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and parent.dep_ == "relcl" \
            and parent.lemma_.lower() not in lexicon.firm_event_words and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in parent.children):
        # "a strike on a restaurant where commanders were meeting, killing 85": the strike killed
        return clause_verb(parent.head)
    return parent


def _stray_clause_subject(verb: Token) -> Token | None:
    """A finite verb the parser joined to an earlier one with no "and" between, right after a noun: "a
    ceasefire it declared after a powerful earthquake in March killed 3,700 people". No coordination
    shares a subject without a conjunction or a comma; the noun before the verb is its subject."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 \
            or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[verb.i - 1]
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun.dep_ == "conj" and noun.head.dep_ in ("pobj", "dobj") and noun.head.i > verb.head.i \
            and any(c.dep_ == "cc" for c in noun.head.children):
        # and where the "and" went to an object: "families were trapped in their homes and the Red Crescent
        # evacuated 234 people", the Red Crescent parsed as more of the homes
        return noun
    if any(t.dep_ == "cc" or t.text in (",", ";") for t in doc[min(verb.head.i, verb.i) + 1:verb.i]):
        return None
    if noun.dep_ == "dobj" and noun.head.i == verb.head.i and verb.head.tag_ == "VBG":
        # "an explosion at a base housing the Popular Mobilization Forces killed one": what the base houses is
        # no subject; the participle's own subject, the explosion, is
        return _child(verb.head, "nsubj")
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("in", "on", "of", "at") \
            and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # "an earthquake in March": the earthquake
    return noun


def _finite(verb: Token) -> bool:
    """A past tense, or a participle joined to one: "fired on the post and torched two trucks"."""
    return verb.tag_ == "VBD" or any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children)


# Words of one more of the same doers, whom the parser may hang on the verb: "and a second struck".
_NEXT_ONES = {"second", "third", "fourth", "another", "other"}


def _inherited_subject(table: MentionTable, head: Token, statement_lemmas: set[str]) -> tuple[Token | None, str]:
    """The subject a verb without one shares: 'expected to leave', 'seized X and killed Y'."""
    if (trailing := _trailing_speaker(head, statement_lemmas)) is not None:
        return trailing, "inherited"
    if (stray := _stray_clause_subject(head)) is not None:
        return stray, "inherited"
    if head.dep_ == "conj" and any(c.i < head.i and c.dep_ in ("amod", "det") and c.lower_ in _NEXT_ONES for c in head.children):
        return None, ""  # "The first bomber detonated explosives ..., and a second struck at the funeral": another one
    parent = head.head
    if head.dep_ == "ROOT" and head.lemma_ not in statement_lemmas and head.i > 0 and head.doc[head.i - 1].text == "," \
            and (first := next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i
                                and c.tag_ == head.tag_ == "VBZ"), None)) is not None \
            and (subj := _child(first, "nsubj")) is not None:
        # a headline's two verbs, the parser reading the first as said: "Myanmar army seizes power, detains Suu Kyi"
        return subj, "inherited"
    if head.dep_ == "conj" and parent.dep_ == "relcl" and parent.lemma_ == "be" and parent.head.dep_ == "dobj" \
            and any(c.dep_ == "dobj" and c.lower_ in ("them", "him", "her") for c in head.children) \
            and (subj := _child(parent.head.head, "nsubj")) is not None:
        # "The attackers separated passengers who were not local and shot them": the parser joined the deed to what
        # the passengers were; those who separated them shot them
        return subj, "inherited"
    if head.dep_ == "ccomp" and parent.lemma_ in statement_lemmas and head.i > 0 and head.doc[head.i - 1].text == "," \
            and (first := next((c for c in parent.children if c.dep_ == "ccomp" and c.i < head.i and c.pos_ == "VERB"),
                               None)) is not None and (subj := _child(first, "nsubj")) is not None:
        # a headline's said deed and a second beside it: "Congo army says it foiled coup attempt, kills leader"
        return subj, "inherited"
    if head.dep_ == "oprd" and head.pos_ == "ADJ" and head.lemma_.lower() in UNDERGOER \
            and (subj := _subject(table, parent, ("nsubj", "nsubjpass"))) is not None:
        return subj, "inherited"  # "two soldiers were found dead", "Prigozhin confirmed dead", "reported dead"
    if head.dep_ == "dep" and parent.lemma_ in HEDGES | {"think", "suspect"} and parent.tag_ == "VBD" \
            and parent.i < head.i and head.doc[parent.i - 1].text == "," \
            and (subj := _child(parent, "nsubj")) is not None and subj.i < parent.i:
        # "The attackers, believed to be bandits, also abducted ...": the parser takes the set-off participle for
        # the main verb; the attackers abducted
        return subj, "inherited"
    if head.dep_ == "conj" and head.pos_ == "VERB" and (deed := next(
            (o for c in head.children if c.dep_ == "prep" and c.lower_ in ("after", "before") and c.i < head.i
             for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in table.lexicon.event_words), None)) is not None:
        # "struck 32 targets ..., hours after an attack on an aerospace company near Ankara killed five people": the
        # attack killed them, the parser joining its verb to the strikes
        return deed, "inherited"
    if head.dep_ == "conj" and head.pos_ == "VERB" and (number := next(
            (c for c in head.children if c.dep_ == "nummod" and c.i == head.i - 1), None)) is not None:
        # "12 soldiers were killed and 30 surrendered": the parser hangs the thirty on the verb they did
        return number, "inherited"
    if head.dep_ == "xcomp" and parent.lemma_ in statement_lemmas and head.lemma_ not in statement_lemmas \
            and (relative := next((c for c in parent.children if c.dep_ == "nsubj" and c.lower_ in ("that", "which")
                                   and c.i > 0), None)) is not None:
        # "air strikes that Gaza health officials said killed at least 67": the strikes killed, the officials said so
        return head.doc[relative.i - 1], "inherited"
    if parent.dep_ == "ccomp" and parent.lemma_ not in statement_lemmas and parent.head.lemma_ in statement_lemmas \
            and getattr(speakers_own_words(parent), "i", None) == head.i:
        return _subject(table, parent.head), "inherited"  # the warner says it, not those the warning is about
    if (said := speakers_participle(head)) is not None and (subj := _subject(table, said)) is not None:
        return subj, "inherited"  # "X said fighters had killed 1,500 people, accusing the group of genocide": X accuses
    if (main := _misjoined_finite(head)) is not None and (subj := _subject(table, main)) is not None:
        return subj, "inherited"  # "accused the general of plotting a coup and arrested his aides": the accuser arrested
    if head.dep_ == "advcl" and head.tag_ == "VBG" and parent.dep_ == "acl" and parent.tag_ in ("VBN", "VBD") \
            and head.i > 0 and head.doc[head.i - 1].text == "," and parent.head.head.pos_ == "VERB" \
            and parent.head.dep_ not in ("nsubj", "nsubjpass") \
            and (subj := _subject(table, parent.head.head)) is not None:
        # "rescued all passengers held hostage by militants on a train, killing all 33 attackers": the
        # parser hung the participle on "held"; who rescued them killed
        return _relative_antecedent(parent.head.head, subj), "inherited"
    if head.dep_ == "advcl" and head.tag_ == "VBG" and head.lemma_ in statement_lemmas and parent.dep_ == "advcl" \
            and any(c.dep_ == "mark" and c.lower_ in ("since", "after", "as", "when", "before", "while") for c in parent.children) \
            and head.i > 0 and head.doc[head.i - 1].text == "," and (subj := _subject(table, parent.head)) is not None:
        # "have fired missiles at Israel since the Gaza war began, saying they act in solidarity": the firers say it,
        # not the war the parser hung the participle on
        return subj, "inherited"
    if head.dep_ == "xcomp" and parent.lemma_ == "be" and (ranked := _ranked_attribute(parent)) is not None:
        return ranked, "inherited"  # "It was the first regional command to fall to the resistance": the command fell
    if (asker := _misread_control(head)) is not None:
        return _child(asker, "dobj"), "asked"  # "warned residents of several buildings to evacuate": the residents
    node = _misjoined_participle(head) or head
    for _ in range(3):
        parent = _past_time_clause(node, table.lexicon)
        if parent.i > 0 and noun_lemma(parent.doc[parent.i - 1]) in DISASTERS and node.dep_ in ("advcl", "conj"):
            # "hours after an earthquake struck the country, killing seven": the quake, whatever the parser
            # made the subject ("hours")
            return parent.doc[parent.i - 1], "inherited"
        if (node.dep_ == "pcomp" or node.dep_ == "pobj" and node.tag_ == "VBG") and parent.dep_ == "prep" \
                and parent.lower_ in CLAUSE_PREPS and parent.head.pos_ == "VERB":
            node = parent.head  # "clashed with soldiers before withdrawing": who clashed withdrew
            if (subj := _subject(table, node)) is not None:
                # (and what "which" stands for: "the RSF, which has been advancing since capturing Bara")
                return _relative_antecedent(node, subj), "inherited"
            continue
        if node.dep_ == "acl" and parent.pos_ == "NOUN" and _child(parent, "poss") is not None \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return _child(parent, "poss"), "inherited"  # "the IRA's decision to carry out the attacks"
        if node.dep_ not in ("xcomp", "conj", "advcl", "acomp") or parent.i == node.i:
            break  # ("acomp": "which is due to hand over")
        if _told_after_report(node, statement_lemmas) and node.lemma_ not in statement_lemmas:
            break  # "residents reported air strikes on villages, killing four": the strikes killed, not the residents
        if parent.lemma_ in ALLEGE_VERBS and node.lemma_ not in statement_lemmas and (accused := _accused(parent)) is not None \
                and any(c.dep_ == "prep" and c.lower_ == "of" and c.i < node.i for c in [*parent.children, *accused.children]) \
                and not (node.tag_ == parent.tag_ and node.tag_ in ("VBD", "VBZ", "VBP")):
            # (not the accuser's own next act: "accused the militia of being allied with X and arrested the
            # minister")
            return accused, "accused"  # "accused the army of bombing villages and killing civilians"
        if _asked_to(node) and (asked := _asked_whom(parent)) is not None:
            return asked, "asked"  # "ordered his troops to withdraw", "called on Rwanda to withdraw": they withdraw
        calls = node.lemma_ == "call" and any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in node.children)
        # (the teller may be a clause up: "said the attack showed that Russia was ignoring peace efforts and
        # called for new sanctions")
        teller = parent.head if parent.dep_ == "ccomp" and parent.head.dep_ == "ccomp" \
            and parent.head.lemma_ not in statement_lemmas | ADMIT_VERBS else parent
        if node.dep_ == "conj" and (node.lemma_ in statement_lemmas or calls) and teller.dep_ == "ccomp" \
                and teller.head.lemma_ in statement_lemmas | ADMIT_VERBS \
                and (node.tag_ == teller.head.tag_ or shared_aux_misread(node, parent, teller.head)) \
                and (node.tag_ != parent.tag_ or _mute(table, _subject(table, parent, ("nsubj", "nsubjpass")))):
            # "X said forces were searching ... and vowed that ...": the parser hangs the speaker's second
            # verb (in the speaker's tense) on the reported one; X vowed. So too where the reported subject
            # cannot speak: "said Bukavu remained under its control and accused Rwanda", or it says something
            # else: "demanded that the RSF halt its siege and called for an end to the fighting".
            outer = _subject(table, teller.head)
            if outer is not None:
                return outer, "inherited"
        if node.dep_ == "conj" and parent.lemma_ in statement_lemmas and node.lemma_ not in statement_lemmas:
            # "the UN warned the insurgents were making gains and had captured 50 districts": the
            # parser hangs the second reported verb on "warned"; its subject is the reported one. Not a
            # second saying: "said ... and vowed that" is the speaker's vow.
            comp = _child(parent, "ccomp")
            if comp is not None and _subject(table, comp) is not None:
                return _subject(table, comp), "inherited"
        if node.dep_ == "advcl" and node.tag_ == "VBG" and (doer := _participle_doer(node, parent)) is not None:
            return doer, "inherited"  # "clashed with Israeli troops trying to advance into the village": the troops
        subj = _subject(table, parent, ("nsubj", "nsubjpass"))
        if subj is not None and subj.lower_ == "it" and table.at(subj) is None and node.dep_ == "conj" \
                and parent.dep_ == "advcl" and parent.tag_ == node.tag_ == "VBD":
            # "captured a helicopter after it made an emergency landing and took several people hostage": the
            # craft took no one; the parser joined the captors' next deed to the landing
            node = parent
            continue
        if subj is None and node.dep_ == "conj" and parent.dep_ == "acl" and _finite(parent) \
                and parent.head.pos_ in ("NOUN", "PROPN"):
            return parent.head, "inherited"  # "The militants, armed with rifles, fired on ... and torched shops"
        if node.dep_ == "advcl" and node.tag_ == "VBG" and parent.lemma_ == "come" \
                and any(c.dep_ == "prep" and c.lower_ == "under" for c in parent.children):
            # "a helicopter came under fire, killing a crew member": whoever fired killed, not the helicopter
            return next(iter(prep_objects(parent, {"from"})), None), "inherited"
        if subj is not None and subj.dep_ == "nsubjpass" and node.dep_ == "advcl" and node.tag_ == "VBG":
            # "the building was shattered by an explosion, killing 168": what shattered it killed, not the building.
            by = next(iter(prep_objects(parent, {"by"})), None)
            return by, "inherited" if by is not None else ""
        if subj is not None:  # "the alliance, which launched ... and has since taken": the alliance
            return _relative_antecedent(parent, subj), "inherited"
        node = parent
    if head.dep_ == "pcomp" and parent.dep_ == "prep" and (parent.lower_ == "of" or (
            parent.lower_ == "for" and parent.head.lemma_ == "blame")):
        # "accused the US of bombing": the accused is the one said to have acted; so in the passive,
        # "has been accused by rights groups of killing", where "of" may hang on the accusers; and "the ADF
        # has been blamed for killing thousands"
        verb = parent.head
        for _ in range(3):
            if verb.lemma_ in ALLEGE_VERBS or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.lemma_ in ALLEGE_VERBS:
            return _accused(verb), "accused"
    if head.dep_ == "relcl" and not (parent.lemma_.lower() in PLAN_VERBS
                                     and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)):
        return parent, "relative"  # (but "powers to arrest gang members" are no one)
    return None, ""


def _accused_by_of(node: Token) -> bool:
    """"has been accused by rights groups of carrying out reprisal killings": the "of" the parser hung on the
    accusers."""
    doing = node.head if node.dep_ == "dobj" else node
    of = doing.head if doing.dep_ == "pcomp" else None
    accusers = of.head if of is not None and of.lower_ == "of" and of.head.dep_ == "pobj" else None
    by = accusers.head if accusers is not None else None
    return by is not None and by.dep_ == "agent" and by.head.lemma_.lower() in ALLEGE_VERBS


def _anothers_deed(table: MentionTable, head: Token, event: Token) -> bool:
    """An event the parser put this one in, though its owner is not who did this: "a Houthi drone attack killed one
    person in Tel Aviv, in Israel's first direct attack on the group"."""
    owner, subject = _child(event, "poss"), _child(head, "nsubj")
    if owner is None or subject is None:
        return False
    theirs, ours = argument(table, owner), argument(table, subject)
    if theirs is None or ours is None:
        return False
    a, b = table.canonical(theirs), table.canonical(ours)
    return (a.key or a.name) != (b.key or b.name)


def _headline_kill(head: Token, trigger_heads: set[int]) -> Token | None:
    """The attack a headline's "kill" read as a noun tells the toll of: "US strikes on Yemen's Houthis kill at
    least 31" (a "kill" with a count after it is no noun)."""
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if head.pos_ != "NOUN" or head.lower_ not in ("kill", "kills") or head.dep_ != "pobj" or after is None \
            or not (after.like_num or after.lower_ in ("at", "over", "more", "dozens", "scores", "hundreds")):
        return None
    attack = head.head.head
    return attack if attack.i in trigger_heads and attack.pos_ == "NOUN" else None


def _demonym_gerund(table: MentionTable, head: Token) -> bool:
    """A noun in "-ing" the parser hung on the demonym before it: "Pakistani shelling ... killed 10"."""
    before = head.head
    found = table.at(before) if head.dep_ == "acl" and head.tag_ == "VBG" and before.i == head.i - 1 else None
    return found is not None and before.ent_type_ == "NORP" and table.mentions[found].cls == "StateForce"


def _participle_doer(node: Token, parent: Token) -> Token | None:
    """The people a participle follows with no comma, which it tells more of, whatever the parser hung it on:
    "fired on protesters trying to reach the palace" (the protesters tried)."""
    before = node.doc[node.i - 1] if node.i > 0 else None
    if before is None or before.tag_ not in ("NNS", "NNPS") or _child(node, "nsubj") is not None:
        return None
    governed = before.dep_ == "dobj" and before.head.i == parent.i or (
        before.dep_ == "pobj" and before.head.dep_ == "prep" and before.head.head.i == parent.i)
    return before if governed else None


RANKED_WORDS = {"first", "last", "only", "latest", "second", "third"}


def _ranked_attribute(copula: Token) -> Token | None:
    """The ranked noun a copula says its subject is: "it was the first command to fall" (a past fact, told
    by its rank)."""
    return next((c for c in copula.children if c.dep_ == "attr" and any(
        a.dep_ == "amod" and (a.lower_ in RANKED_WORDS or a.tag_ == "JJS") for a in c.children)), None)


def _misjoined_participle(verb: Token) -> Token | None:
    """The participle a participle joined to an infinitive really pairs with: in "shooting civilians who
    tried to flee and abducting others" the parser joins "abducting" to "flee"; the two forms differ, so
    "abducting" goes with "shooting", done by the shooters and not merely tried."""
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or verb.head.tag_ != "VB":
        return None
    return next((a for a in verb.head.ancestors if a.tag_ == "VBG" and a.dep_ in ("advcl", "conj") and a.i < verb.i), None)


def _misjoined_finite(verb: Token) -> Token | None:
    """The verb a finite verb joined to a gerund really pairs with: in "accused the general of plotting a coup
    and arrested his aides" the parser joins "arrested" to "plotting"; a past tense goes with "accused"."""
    # (and a perfect tense joined to an aim: "had launched an operation to track down the attackers and had
    # arrested five suspects")
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    aim = verb.head.tag_ == "VB" and any(c.lower_ == "to" for c in verb.head.children)
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN" \
            and verb.head.head.dep_ == "dobj" and verb.head.head.head.tag_ in ("VBD", "VBN") \
            and _child(verb, "dobj") is not None and _child(verb, "nsubj") is None:
        # (and a past tense joined to a participle that only describes the object: "had struck a command centre
        # located inside the school and killed at least 19 militants" is who struck killing)
        return verb.head.head.head
    if verb.dep_ == "conj" and perfect and verb.head.dep_ == "relcl" and _child(verb, "nsubj") is None \
            and (obj := _child(verb, "dobj")) is not None and any(t.lower_ == "them" for t in obj.subtree) \
            and (above := verb.head.head.head).pos_ == "VERB" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in above.children):
        # (and a perfect joined to the clause on its object, of whom it tells: "had targeted Hamas militants who were
        # operating from inside the school and had killed several of them": who targeted them killed them)
        return above
    if verb.dep_ != "conj" or (verb.tag_ not in ("VBD", "VBZ") and not perfect) or not (
            (verb.head.tag_ == "VBG" and verb.head.dep_ == "pcomp")
            # and "called on the insurgents to lay down their weapons and vowed to ...": "vowed" is the caller's
            or (aim and verb.head.dep_ == "xcomp") or (perfect and aim and verb.head.dep_ in ("relcl", "acl", "advcl"))):
        return None
    main = next((a for a in verb.head.ancestors if a.pos_ == "VERB"), None)  # (the "of" may hang on the accused)
    if perfect:
        return main if main is not None and any(c.dep_ == "aux" and c.lemma_ == "have" for c in main.children) else None
    return main if main is not None and main.tag_ == verb.tag_ else None


def _accused_of_doing(verb: Token) -> Token | None:
    """The accused whose "of" the parser took from the accusing verb: "accused the faction of attempting a coup"."""
    accused = _accused(verb) if verb.lemma_ in ALLEGE_VERBS else None
    # (and of a crime named: "accused the group of war crimes")
    return accused if accused is not None and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.pos_ == "NOUN"
                                                                            and verb.lemma_ == "accuse")
                                                      for g in c.children) for c in accused.children) else None


def _accused(verb: Token) -> Token | None:
    found = _child(verb, "dobj") or _child(verb, "nsubjpass")
    if found is None and verb.dep_ == "conj" and _child(verb, "auxpass") is not None:
        found = _child(verb.head, "nsubj")  # "troops deployed to quell the fighting were accused of ..."
    elif found is None and verb.dep_ == "relcl" and _child(verb, "nsubj") is not None:
        found = verb.head  # "government forces it accuses of killing civilians": the forces
    elif found is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        found = verb.head  # a headline's "Ethiopian troops accused of killing civilians": the troops
    elif found is None and verb.dep_ == "ROOT" and verb.tag_ in ("VBN", "VBD") and _in_headline(verb) \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        found = _child(verb, "nsubj")  # a headline's "Sudan's RSF accused/VBD of ethnic killings": the RSF, its "was" dropped
    if found is not None and found.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
        found = verb.head  # "the TTP, which it blames for a surge in attacks": the TTP
    return found


_BODIES_COUNTED = {"gang", "cartel", "militia", "faction", "organisation", "organization", "cell", "brigade", "battalion",
                   "movement"}  # (not "a group of 12 soldiers", "a party of tourists": people counted in them)


def _count(token: Token | None) -> tuple[int, str] | None:
    """The number of people a noun counts, summed over the nouns joined to it: "21 hostages and four
    soldiers" are 25, exactly; "at least 20 civilians and five soldiers" at least 25; mixed vagueness, about."""
    found = _one_count(token)
    member = _child(token, "conj") if token is not None and found is not None and token.pos_ in ("NOUN", "PROPN", "NUM") else None
    while found is not None and member is not None and member.pos_ in ("NOUN", "PROPN", "NUM"):
        more = _one_count(member)
        if more is None:
            break
        vague = {found[1], more[1]} - {"exact"}
        found = (found[0] + more[0], vague.pop() if len(vague) == 1 else "exact" if not vague else "about")
        member = _child(member, "conj")
    return found


def _the_deed_reported(noun: Token, trigger_heads: set[int], statement_lemmas: set[str]) -> bool:
    """"An attack" a report says the deed it reports happened in, its "in" hung on the reporting verb: the
    deed told again, no second attack."""
    report = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if report is None or report.lemma_ not in statement_lemmas \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    # (what was reported, however the parser hung the report: its clause, or the sentence's verb before it, the
    # report read as a relative: "An Israeli strike ... killed at least 90 Palestinians, the ministry said, in an
    # attack Israel said targeted Hamas military chief Mohammed Deif")
    told = [c for c in report.children if c.dep_ == "ccomp"] + (
        [root] if report.dep_ in ("relcl", "parataxis") and (root := report.sent.root).i < report.i else [])
    return any((c.i in trigger_heads and c.lemma_.lower() in HIT_VERBS | FIRING_VERBS | {
        "attack", "stab", "ambush", "shell", "bomb", "storm", "raid", "assault"})
        # (or a deed an attack told did: "An Israeli air strike set a tent camp ablaze ..., officials said, in an
        # attack that drew condemnation")
        or any(s.dep_ == "nsubj" and s.i in trigger_heads and s.pos_ == "NOUN" for s in c.children) for c in told)


def _what_is_denied(head: Token, text: str) -> Span | None:
    """What a denial set after a charge denies, however the parser hung the two: the charge's own words
    ("accused Kabul of sheltering militants, a charge Kabul denies"; "accusing him of heading a Hamas cell, an
    accusation the network denied"), or the report a "which" ends ("said the RSF was receiving drones from the
    UAE, which the UAE denies")."""
    if head.lemma_ not in DENY_VERBS:
        return None
    charged = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i and c.lemma_ in ALLEGE_VERBS
                    and any(o.dep_ in ("dobj", "nsubj") and o.lemma_.lower() in CHARGE_NOUNS and o.i < head.i
                            for o in head.children)), None)
    if charged is None and head.dep_ == "relcl" and head.head.lemma_.lower() in CHARGE_NOUNS:
        charged = next((a for a in head.head.ancestors if a.lemma_ in ALLEGE_VERBS), None)
    if charged is not None:
        return clause(charged, "prep", text)
    which = head.dep_ == "relcl" and any(c.dep_ in ("dobj", "nsubj") and c.lower_ == "which" for c in head.children)
    report = next((a for a in head.head.ancestors if a.dep_ == "ccomp"), None) if which else None
    accusing = next((a for a in head.head.ancestors if a.lemma_ in ALLEGE_VERBS), None) if which else None
    if report is None and accusing is not None and getattr(_child(head, "dobj"), "lower_", "which") == "which":
        report = accusing  # "India blamed Pakistan for the attack, which Islamabad denied": the blame (not "Hezbollah,
        # which denied any involvement": that involvement)
    if report is None:
        return None
    charge = clause(accusing, "prep", text) if accusing is not None and accusing is not report else None
    end = head.left_edge.i  # (the "which" and the comma before it are no part of it)
    while end > report.left_edge.i and not head.doc[end - 1].is_alpha:
        end -= 1
    begin = charge.begin if charge is not None else report.left_edge.idx
    finish = head.doc[end - 1].idx + len(head.doc[end - 1])
    return Span(begin, finish, text[begin:finish])


def _not_given(verb: Token) -> bool:
    """A figure-giving verb that gave none: "did not give", "without giving"."""
    return verb.lemma_.lower() in TOLL_GIVERS and (_child(verb, "neg") is not None or (
        verb.dep_ == "pcomp" and verb.head.lower_ == "without"))


def _a_year(num: Token) -> bool:
    """"A 2016 peace deal", "the 1998 bombings": a year after an article, no count."""
    return len(num.text) == 4 and num.text[:2] in ("19", "20") and num.text.isdigit() and num.i > 0 \
        and (num.doc[num.i - 1].lower_ in ("a", "an", "the", "its", "their", "his", "her")
             # (or on a noun no one counts in thousands: "the anniversary of 2024 demonstrations")
             or (num.head.pos_ == "NOUN" and noun_lemma(num.head) not in PEOPLE_NOUNS | FORCE_NOUNS | PLACE_HEADS | {
                 "home", "house", "building", "family", "vehicle", "drone", "missile", "rocket", "shell", "bomb"}))


# Round numbers said in words: "dozens", "hundreds of thousands".
QUANTITY_WORDS = {"dozens", "hundreds", "thousands", "scores", "tens", "millions"}


def _one_count(token: Token | None) -> tuple[int, str] | None:
    if token is None or token.lower_ in ("percent", "cent", "%", "pct"):
        return None  # "retaken 86 percent of the territory": a share, no count
    if token.lemma_.lower() in _BODIES_COUNTED:
        return None  # "ordered the armed forces to neutralise 22 criminal gangs": bodies, no one's death toll
    candidates = [token] if token.like_num else []
    # A sentence's first word is capitalised, and the tagger then reads "Eleven civilians" as a compound name;
    # a written number word is still a count, where "the 2021 attacks" is a year
    candidates += [c for c in token.children if c.dep_ == "nummod" or (c.like_num and c.dep_ in ("amod", "quantmod"))
                   or (c.like_num and c.is_alpha and c.dep_ == "compound")
                   # (and a number the quotation marks unhung: '"several dozen terrorists"')
                   or (c.ent_type_ == "CARDINAL" and c.dep_ == "compound" and c.i == token.i - 1)]
    # the number may hang on a name that opens the phrase: "more than 200 Taliban and affiliated fighters"
    candidates += [n for c in token.children if c.dep_ in ("nmod", "compound") and c.i < token.i and c.pos_ == "PROPN"
                   for n in c.children if n.dep_ == "nummod" and n.left_edge.i == token.left_edge.i] if not candidates else []
    for num in candidates:
        if _a_year(num):
            continue
        if num.ent_iob_ == "I" and num.ent_type_ not in ("CARDINAL", "QUANTITY") and num.doc[num.i - 1].pos_ == "PROPN":
            continue  # a number that ends a name: "the Tower 22 outpost", no 22 of them
        left = min([num.i] + [c.i for c in num.subtree if c.i <= num.i])
        if num.i == token.i and token.dep_ == "pobj" and token.head.lower_ == "over" and token.head.i == left - 1:
            left -= 1  # "wounding over 600": at least 600
        while left > 0 and token.doc[left - 1].ent_type_ == "CARDINAL" and token.doc[left - 1].head.i == token.i:
            left -= 1  # "several" of "several dozen", hung on the noun beside "dozen"
        while left > 0 and token.doc[left].ent_type_ == "CARDINAL" and token.doc[left].ent_iob_ == "I":
            left -= 1  # the whole number, however the parser cut it: "Twenty-one of them died"
        right = num.i + 1
        while right < len(token.doc) and token.doc[right].lower_ in ("million", "thousand", "hundred"):
            right += 1
        parsed = parse_count(token.doc[left:right].text)
        if parsed:
            return parsed
    if token.lower_ in QUANTITY_WORDS:
        # "tens of thousands", "hundreds of thousands", whichever word the parser made the head
        left = min([token.i] + [c.i for c in token.children if c.dep_ == "quantmod" and c.i < token.i])
        right = token.i + 3 if [t.lower_ for t in token.doc[token.i + 1: token.i + 3]] in (
            ["of", "thousands"], ["of", "millions"]) else token.i + 1
        return parse_count(token.doc[left:right].text)
    if token.lemma_.lower() in ("family", "household") and (size := next(
            (o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
             if o.dep_ == "pobj" and o.like_num), None)) is not None and (parsed := parse_count(size.text)) is not None:
        return parsed  # "killed a family of five": five people
    if token.tag_ == "NN" and token.lemma_.lower() in PEOPLE_NOUNS and any(
            (c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its"))
            for c in token.children):
        return 1, "exact"  # "a Palestinian man was shot dead": one (and "five Chinese nationals and their driver")
    return None


# "The death toll rose to 30", "has climbed to 45", "stood at 12", "reached 60": the number a toll came to.
TOLL_VERBS = {"rise", "climb", "reach", "increase", "jump", "stand", "hit", "top", "surpass", "exceed", "pass",
              "grow", "mount", "soar"}


# What a toll verb's subject counts by: "the death toll rose to 30", "deaths reached 45" (not "the strikes hit 60
# targets at 16 locations").
TOLL_NOUNS = {"toll", "number", "tally", "count", "figure", "casualty", "fatality", "death", "dead", "injury", "wounded"}


def _toll_reached(head: Token) -> tuple[int, str] | None:
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in TOLL_VERBS or head.lemma_.lower() not in TOLL_NOUNS:
        return None
    verb = head.head
    for number in prep_objects(verb, {"to", "at"}) + [c for c in verb.children if c.dep_ == "dobj"]:
        if (found := _count(number)) is not None:
            return found
    return None


# What is attacked only in words: "an attack on democracy".
# What is struck or hit without a blow.
STRUCK_NOT_HIT = PACT_NOUNS | {"bargain", "compromise", "balance", "chord", "note", "tone", "pose",
                               "record", "high", "low", "milestone", "snag"}
IDEALS = {"democracy", "freedom", "sovereignty", "dignity", "humanity", "justice", "constitution", "liberty",
          "independence", "law", "truth", "peace", "decency", "journalism", "press"}
# What is seized without taking ground: goods, and power in a coup.
GOODS = {"equipment", "weapon", "arm", "ammunition", "document", "vehicle", "car", "cash", "money", "drug", "cocaine",
         "phone", "computer", "laptop", "asset", "property", "good", "passport", "file", "power", "cargo", "aid",
         "supply", "fuel", "livestock", "cattle", "motorcycle", "motorbike"}
# Verbs that make their object happen: a modal one has not made it happen yet.
KEEPING_VERBS = {"continue", "keep"}
WAGING_VERBS = {"impose", "launch", "conduct", "carry", "stage", "mount", "wage", "unleash", "begin", "start", "resume",
                "intensify", "escalate"}


def _sharer(verb: Token) -> Token | None:
    """The verb whose auxiliaries a bare conjoined one shares: "will attack the town and capture it",
    "will be disbanded and their weapons handed over" (the parser hangs "handed" on "weapons")."""
    if verb.tag_ not in ("VB", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        if verb.lemma_ in SPEAKERS_NEXT and verb.head.dep_ == "ccomp" and shared_aux_misread(verb, verb.head, verb.head.head):
            return None  # "said the toll could be higher and accused the authorities": the speaker accused
        return verb.head
    if verb.dep_ == "acl" and verb.head.dep_ == "conj" and verb.head.head.pos_ in ("VERB", "AUX"):
        return verb.head.head
    return None


# Verbs whose object is the deed itself, done or not done: "made arrests", "reported casualties".
DOING_VERBS = {"make", "carry", "conduct", "perform", "report", "record", "suffer", "sustain"}
DISTANCE_SUPERLATIVES = {"closest", "nearest", "deepest", "furthest", "farthest"}
NAMING_VERBS = {"call", "dub", "describe", "term", "label", "brand"}
DESCRIBING = {"condemn", "denounce", "decry", "slam", "criticise", "criticize", "see", "view", "regard",
              "characterise", "characterize", "hail", "welcome", "brand"}  # what they take a deed "as"
KNOWN_AS_VERBS = NAMING_VERBS | {"know"}  # "militias known as Wazalendo", "a group called ..."
NOUN_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass", "compound"}
# Nouns of campaigns whose aim an infinitive names: "a counteroffensive to retake Lashio".
CAMPAIGN_NOUNS = {"offensive", "counteroffensive", "counter-offensive", "operation", "campaign", "push", "assault"}


def _blast_verb(harm: Token) -> Token | None:
    """The explosion a harm's participle hangs on: "Pagers explode ..., killing at least nine and wounding thousands"."""
    verb = harm
    for _ in range(2):
        if verb.dep_ not in ("advcl", "conj"):
            return None
        verb = verb.head
        if verb.lemma_.lower() in ("explode", "detonate"):
            return verb
    return None


# Those held, whose flight is an escape: "Three inmates who tried to flee".
CAPTIVES = {"inmate", "prisoner", "detainee", "convict", "hostage", "captive"}


def _escaping(verb: Token) -> bool:
    """Those who flee are held: prisoners fleeing a jail, hostages their captors."""
    managed = verb.dep_ == "xcomp" and verb.head.lemma_ == "manage"
    verb = verb.head if verb.dep_ == "xcomp" else verb
    who = verb.head if verb.dep_ == "relcl" else _child(verb, "nsubj")
    # (and a few who got away: "some children managed to flee" a kidnapping, no crowd driven out)
    few = managed and who is not None and who.pos_ in ("NOUN", "PRON") and who.lemma_.lower() not in QUANTITY_NOUNS \
        and not any(c.dep_ == "nummod" or c.lemma_.lower() in QUANTITY_NOUNS for c in who.subtree)
    return who is not None and (noun_lemma(counted(who)) in CAPTIVES or few)


def _named_event(named: Token, trigger_heads: set[int]) -> bool:
    """What "called X a massacre" names is an event told in the text ("the attack, which it called ..."),
    not a thing the name alone makes one ("called it sexual assault")."""
    if named.tag_ == "WDT" and named.head.dep_ == "relcl":
        named = named.head.head
    return named.i in trigger_heads


def _among_the_dead(relative: Token, trigger_heads: set[int]) -> bool:
    """A relative clause on whom "among the dead were ..." counts: they are the dead told."""
    node = relative.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return any(o.i in trigger_heads for p in node.children if p.dep_ == "prep" and p.lower_ == "among"
                       for o in p.children)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _attack_told_again(noun: Token, trigger_heads: set[int], statement_lemmas: set[str]) -> bool:
    """An indefinite attack its harms happened "in" that retells the deed they hang on: "opened fire on people ...,
    killing at least 40 people and wounding more than 100 in an attack that set the building ablaze" is that firing."""
    if not (noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "in"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)):
        return False
    harm = noun.head.head
    while harm.dep_ == "conj" and harm.head.tag_ == "VBG":
        harm = harm.head  # "killing ... and wounding ... in an attack"
    deed = harm.head
    return harm.tag_ == "VBG" and harm.dep_ == "advcl" and harm.i in trigger_heads and harm.lemma_.lower() in HARM_VERBS \
        and deed.i in trigger_heads and deed.pos_ == "VERB" and deed.lemma_ not in statement_lemmas \
        and deed.lemma_.lower() not in HARM_VERBS


def _told_overnight(head: Token, statement_lemmas: set[str]) -> Token | None:
    """The report whose clause tells the event "overnight": "Russia launched a massive drone attack overnight,
    officials said on Saturday" (the verb, or the light verb whose object the event is)."""
    if head.pos_ == "NOUN" and any(c.lower_ == "overnight" and c.dep_ == "amod" for c in head.children):
        # "in an overnight raid on a village ..., residents said on Sunday": the report the raid is told under
        return next((a for a in head.ancestors if a.pos_ == "VERB" and a.lemma_ in statement_lemmas), None)
    verb = head
    while verb.dep_ in ("dobj", "conj") and verb.head.i != verb.i and verb.pos_ == "NOUN":
        verb = verb.head  # "launched a missile and drone attack"
    # (the night of all the verbs joined, told after the last: "killed at least 19 people and wounded 60 overnight")
    joined = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if not any(c.lower_ == "overnight" and c.dep_ in ("advmod", "npadvmod") for v in joined for c in v.children):
        return None
    while verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB":
        verb = verb.head  # "... and wounded 60 overnight": the clause's first verb
    return verb.head if verb.dep_ == "ccomp" and verb.head.lemma_ in statement_lemmas else None


def _asked_how_many(verb: Token) -> bool:
    """The verb of an indirect question about a count: "how many bandits were killed", "how many people died"."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
        m.lower_ in ("many", "much") and any(h.lower_ == "how" for h in m.children) for m in [c, *c.children])
        for c in verb.children)


def _claimed_in_retelling(deed: Token, trigger_heads: set[int], statement_lemmas: set[str]) -> Token | None:
    """Who claimed the attack a deed's harms are told "in": "opened fire ..., killing more than 60 people in an
    attack claimed by Islamic State" (the attack is that firing, and the claim is of it)."""
    harms = [c for c in deed.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    harms += [g for h in harms for g in h.children if g.dep_ == "conj" and g.tag_ == "VBG"]
    for noun in (o for h in harms for o in prep_objects(h, {"in"})):
        if not _attack_told_again(noun, trigger_heads, statement_lemmas):
            continue
        for claim in noun.children:
            if claim.dep_ in ("acl", "relcl") and claim.lemma_ == "claim" and _child(claim, "neg") is None \
                    and (by := next(iter(prep_objects(claim, {"by"})), None)) is not None:
                return by
    return None


# A part of a site told by the site's name after "of": "the Gaza side of the Rafah border crossing".
_SIDES = {"side", "part", "parts", "half", "section"}
# What is sown or brought with death in a phrase: "death and destruction".
_RUIN = {"destruction", "desolation", "devastation", "misery", "suffering", "chaos", "despair", "fear", "terror", "ruin",
         "mayhem", "displacement", "hunger", "famine", "disease", "grief"}


def _slain_read_as_noun(head: Token) -> bool:
    """"the slain commander", the tagger's noun compound: the commander was slain."""
    return head.lower_ == "slain" and head.dep_ == "compound" and head.head.pos_ == "NOUN"


def _described_noun(word: Token) -> Token:
    """The noun an adjective describes, past the adjectives between: "the slain military officials"."""
    noun = word.head
    while noun.dep_ == "amod" and noun.pos_ == "ADJ" and noun.head.i != noun.i:
        noun = noun.head
    return noun


TALLY_NOUNS = {"number", "rate", "tally", "count", "share", "level"}  # what a ranking ranks: "the highest number of"


def _known_for(noun: Token) -> bool:
    """"known for kidnappings and beheadings", "notorious for its raids": a reputation, not a deed told."""
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lower_ in ("known", "notorious", "infamous",
                                                                                          "feared", "famous", "renowned")


def _first_such(noun: Token) -> bool:
    """"the first such strike on the Lebanese capital": the one told, ranked among its kind."""
    return any(c.lower_ == "such" for c in noun.children) and any(c.ent_type_ == "ORDINAL" for c in noun.children)


def _superlative(noun: Token) -> bool:
    """"the deadliest attack", "its most ambitious attacks"."""
    return any(c.tag_ == "JJS" or (c.dep_ == "amod" and any(m.lower_ == "most" for m in c.children)) for c in noun.children)


def _ranked_against(noun: Token) -> bool:
    """A superlative event set against others: "in the deadliest attack on the capital since July" (not the
    bare "In the deadliest attack, gunmen ... shot dead 23 people", the attack told)."""
    # (and a first of its kind: "killing three crew members in the first deadly attack by the group on shipping")
    return (_superlative(noun) or any(c.ent_type_ == "ORDINAL" and c.dep_ == "amod" for c in noun.children)) \
        and any(c.dep_ in ("prep", "relcl", "acl", "npadvmod") for c in noun.children)


PACT_MAKING = {"agree", "sign", "reach", "seal", "strike"}


def _ranked_victim(verb: Token) -> bool:
    """A harm told as a rank among such harms: "the most senior figure to be killed", "the first journalist
    to be wounded this year" (an infinitive of the passive on a superlative or ordinal noun)."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    noun = _child(verb, "nsubjpass") or (verb.head if verb.dep_ in ("acl", "relcl") else None)
    return noun is not None and (_superlative(noun) or any(c.ent_type_ == "ORDINAL" or c.lower_ in ("first", "last", "latest")
                                                           for c in noun.children))


def _goal_of_offensive(verb: Token) -> bool:
    """"launched an offensive to retake the city", "would launch counteroffensives to retake it"."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or verb.dep_ not in ("advcl", "acl", "xcomp", "relcl"):  # (the parser's relative: "a counteroffensive to retake")
        return False
    above = verb.head
    return above.lemma_.lower() in CAMPAIGN_NOUNS | {"fight", "battle"} or noun_lemma(above) in CAMPAIGN_NOUNS or (
        above.lemma_.lower() in WAGING_VERBS | {"launch", "mount", "begin", "start"}
        and any(c.dep_ == "dobj" and noun_lemma(c) in CAMPAIGN_NOUNS for c in above.children))


def _told_as_past(noun: Token) -> bool:
    """"last month's attack", "Sunday's bombing": a day gone by owns it, so it happened (while "next week's
    talks" are to come)."""
    days = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ == "DATE"]
    return any(not any(t.lower_ in ("next", "coming", "upcoming", "tomorrow") for t in day.subtree) for day in days)


# Nouns that vouch for a clause: with "no" before them it is unverified ("no confirmation that he was killed").
_VOUCHING_NOUNS = {"certainty", "confirmation", "evidence", "proof", "indication", "sign", "word"}
_ASKING_VERBS = {"ask", "know", "wonder", "check", "confirm", "verify", "say", "determine", "investigate"}
_OPEN_QUESTION = {"clear", "unclear", "uncertain", "certain", "known", "unknown"}


def _unsettled(verb: Token) -> bool:
    """A clause asked about or left unconfirmed: "it was not clear whether Deif had been killed", "asked if
    the army had withdrawn", "there was no absolute certainty that Deif had been killed"."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    above = verb.head
    asked = verb.dep_ == "ccomp" or above.lemma_ in _ASKING_VERBS or any(
        c.dep_ == "acomp" and c.lower_ in _OPEN_QUESTION for c in above.children)  # "it is unclear if ..."
    if "whether" in marks or ("if" in marks and asked):
        return True
    # (or "there was not yet absolute certainty that ...", the "not" on the verb)
    return verb.dep_ in ("acl", "relcl", "ccomp") and "that" in marks and above.lemma_.lower() in _VOUCHING_NOUNS \
        and (any(c.lower_ == "no" for c in above.children)
             or above.dep_ in ("attr", "dobj") and any(c.dep_ == "neg" for c in above.head.children))


def _vowed_in_medium(head: Token) -> Token | None:
    """The vow or threat whose infinitive the parser hung inside its medium: "threatened in a video posted on
    social media to attack any neighbourhood"."""
    return next((a for a in head.ancestors if a.pos_ == "VERB" and getattr(medium_infinitive(a), "i", None) == head.i), None)


def _headline_order(verb: Token) -> Token | None:
    """The verb of command a headline's parse made a plural noun, the verb's subject: in "Niger junta orders
    French ambassador to leave" the ambassador is to leave; returns the one told (or the command itself)."""
    order = _child(verb, "nsubj")
    if order is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if order.tag_ == "NNS" and order.lemma_.lower() in OBJECT_CONTROL:
        return next((c for c in order.children if c.dep_ == "appos"), order)
    # (or the command hung on the one told: "Mali junta orders/compound rebels to withdraw")
    return order if any(c.dep_ == "compound" and c.tag_ == "NNS" and c.lemma_.lower() in OBJECT_CONTROL
                        for c in order.children) else None


def _to_blame(head: Token) -> Token | None:
    """Who "was to blame": the subject of "be to blame" (none where the words are otherwise)."""
    if head.lemma_ != "blame" or head.dep_ != "xcomp" or head.head.lemma_ != "be" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return None
    return _child(head.head, "nsubj")


# What an evacuation named on a notice is: called for, not yet made ("after evacuation warnings", "evacuation orders").
_CALLS_FOR = {"order", "warning", "notice", "alert", "call", "instruction", "directive", "plan", "demand", "map"}


# What a pact or a deed is put forward in: "Hamas ceasefire terms", "a truce proposal".
_PROPOSALS = {"term", "terms", "proposal", "offer", "plan", "bid", "demand", "condition"}
# Where forces are put, for what they are to do: "based in Niger to fight insurgents", "deployed to protect".
_POSTING = {"base", "deploy", "send", "station", "dispatch", "position", "mobilize", "mobilise", "train", "recruit",
            "arm", "hire", "redeploy"}
# Words of a harm feared to come: "warns of massacre".
_FORESEEING = {"warn", "warning", "fear", "caution", "alert", "alarm", "risk", "threat", "danger", "spectre", "specter"}
# What would show a deed, and, with "no", that none is known: "no indication of a terrorist attack".
_TRACES = {"indication", "evidence", "sign", "suggestion", "hint", "trace", "report"}
# Deeds whose "in" tells what was done, not a frame: "took part in the attack", "was involved in the bombing".
FRAMED_DEEDS = {"take", "participate", "involve", "engage", "join", "be", "implicate", "play", "help", "assist", "plan",
                "succeed", "fail", "persist", "continue"}


def _status(head: Token, verbal: bool) -> str | None:
    if not verbal and head.lemma_.lower() == "evacuation" and (
            (head.dep_ == "compound" and head.head.lemma_.lower() in _CALLS_FOR)
            or (head.dep_ == "dobj" and head.head.lemma_.lower() in ("order", "demand", "urge"))):
        return "Planned"  # "ordered the evacuation of Rafah", "after evacuation warnings": asked for
    if not verbal and _told_as_past(head):
        return None  # "used to plan last month's attack": the attack happened
    if verbal:
        if _child(head, "neg") is not None:
            return "Negated"
        if _headline_order(head) is not None:
            return "Planned"  # a headline's "Niger junta orders French ambassador to leave": ordered, not yet done
        if head.dep_ == "ROOT" and head.tag_ == "VB" and _child(head, "nsubj") is not None \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            return "Planned"  # a headline's future: "Washington to withdraw"
        if (vowed := _vowed_in_medium(head)) is not None and vowed.lemma_.lower() in PLAN_VERBS:
            return "Planned"  # threatened (in a video ...) to attack
        if _unsettled(head):
            return "Alleged"
        if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children) \
                and any(c.dep_ == "aux" and c.lemma_ in MODALS for c in head.head.children):
            return "Planned"  # "if the rebels attack the city, the army will respond": a condition, not a deed
        if any(c.dep_ == "aux" and c.lemma_ in MODALS for c in head.children):
            return "Planned"
        sharer = _sharer(head)
        if sharer is not None and any(c.dep_ == "aux" and c.lemma_ in MODALS for c in sharer.children):
            return "Planned"  # "will attack the town and capture it"
        if _goal_of_offensive(head):
            return "Planned"  # "launched an offensive to retake the city": the aim, not yet done
        if head.tag_ == "VB" and head.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
                and head.head.lemma_.lower() in DISPATCHING:
            return "Planned"  # "Rwandan troops were sent to retake the town": what they went for, not yet done
        if head.tag_ == "VBG" and head.dep_ == "xcomp" and head.head.lemma_.lower() in KEEPING_VERBS | {"begin", "start", "resume"} \
                and any(c.dep_ == "aux" and c.lemma_ in MODALS for c in head.head.children):
            return "Planned"  # "his fighters will keep attacking", "would begin pulling out": to come
        if head.tag_ == "VB" and head.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
                and any(c.dep_ == "aux" and c.lemma_ in MODALS for c in head.head.children):
            return "Planned"  # "would send reinforcements to retake the town": the aim of what is yet to come
        if head.dep_ == "xcomp" and head.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
                and _ranked_attribute(head.head) is None:
            return "Planned"  # "Israeli forces are to withdraw over 60 days": arranged, not done (but "it was the
            # first command to fall" fell)
        if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "until" for c in head.children) \
                and any(c.dep_ == "aux" and c.lemma_ in MODALS for a in (head.head, head.head.head) for c in a.children):
            return "Planned"  # "would continue to strike them until they withdrew": a condition, not a withdrawal
    else:
        # (the words as written too: the tagger's lemma of "a suspected Israeli strike" is "suspect")
        mods = {w for c in head.children if c.dep_ in ("amod", "compound") for w in (c.lemma_.lower(), c.lower_)}
        if mods & {"alleged", "reported", "suspected", "purported"}:
            return "Alleged"
        # (and the parser's noun of a plan: "had been planning/NN attacks")
        if mods & {"planned", "possible", "expected", "proposed", "imminent", "upcoming", "future", "planning", "plotting"}:
            return "Planned"
        # "would impose a blockade", "will launch an offensive": one to come (while "will investigate the
        # attack" speaks of one that came)
        if head.dep_ == "dobj" and head.head.lemma_.lower() in WAGING_VERBS | KEEPING_VERBS \
                and any(c.dep_ == "aux" and c.lemma_ in MODALS for c in head.head.children):
            return "Planned"  # (and "would continue attacks": those to come)
        # (the noun the parser made of a modifier: "fears grow of ground/NN offensive/JJ")
        held = head.head if head.dep_ in ("amod", "compound") and head.head.dep_ == "pobj" else head
        if held.dep_ == "pobj" and held.head.lower_ == "for" \
                and held.head.head.lemma_.lower() in ("call", "appeal", "push", "press", "brace"):
            return "Planned"  # "has called for more protests": asked for, not yet held; "braced for an offensive"
        if held.dep_ == "pobj" and held.head.lower_ == "of" and (held.head.head.lemma_.lower() in FEARED or any(
                c.dep_ == "nsubj" and c.lemma_.lower() in FEARED for c in held.head.head.children)):
            return "Planned"  # "as fears grew of an Iranian attack on Israel": one feared, not yet made
        if held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.lower_ == "ahead" \
                and not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their") for c in held.children):
            return "Planned"  # "a plan to evacuate civilians ahead of an offensive": one to come
        if head.dep_ == "dobj" and head.head.lemma_.lower() in WAGING_VERBS and head.head.dep_ == "advcl" \
                and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.head.children):
            return "Planned"  # "would stop supplying weapons if it launched a major invasion of Rafah": a condition
        # "an assault on the city could trigger a war": a hypothetical attack, one that has not happened
        det = _child(head, "det")
        if head.dep_ == "nsubj" and head.tag_ == "NN" and det is not None and det.lower_ in ("a", "an", "any") \
                and any(c.dep_ == "aux" and c.lemma_ in MODALS - {"will"} for c in head.head.children):
            return "Planned"
    if (_asked_to(head) and head.head.lemma_ not in CAUSING and _asked_whom(head.head) is not None) \
            or _misread_control(head) is not None:
        return "Planned"  # "ordered his troops to withdraw", "called on Rwanda to withdraw": asked for, not yet done
    node = (_misjoined_participle(head) or _misjoined_finite(head) or head) if verbal else head
    node = node.head if _gerund_misread(node) else node  # "denied attacking civilians": through the object to the denial
    if not verbal and node.dep_ == "compound" and node.head.lemma_.lower() in _PROPOSALS:
        node = node.head  # "rejects Hamas ceasefire terms": what the terms are of is what was rejected
    if _accused_gerund(node) is not None or _accused_by_of(node):
        return "Alleged"
    if verbal and head.dep_ == "advcl" and head.tag_ == "VB" and head.head.lemma_.lower() in _POSTING \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) and _child(head, "nsubj") is None:
        return "Planned"  # "soldiers had been based in Niger to fight Islamist insurgents": what they were sent for
    if not verbal and head.dep_ == "pobj" and head.head.lower_ in ("of", "about") \
            and head.head.head.lemma_.lower() in _FORESEEING:
        return "Planned"  # "UN warns of massacre", "fears of an attack": one feared to come
    if not verbal and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _TRACES \
            and any(c.dep_ == "det" and c.lower_ == "no" for c in head.head.head.children):
        return "Negated"  # "there was no indication of a terrorist attack"
    if not verbal and head.dep_ == "pobj" and head.head.lower_ in ("in", "during") and head.head.head.pos_ == "VERB" \
            and head.head.head.lemma_.lower() not in FRAMED_DEEDS \
            and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in head.children):
        return None  # "denies targeting civilians in its invasion of Ukraine": the deed denied, not the war it is in
    # (far enough for a charge of taking part: "accused staff of the agency of taking part in the attack")
    for _ in range(6):
        # "a plan to attack the depot" is planned as much as "planned to attack the depot"
        to_clause = node.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        # and "accused X of bombing villages and killing civilians", the second parsed as a participle
        # (or joined to it: "accused Sudan's army of bombing markets and killing civilians")
        accused_too = node.dep_ in ("advcl", "conj") and node.tag_ == "VBG" and node.head.lemma_.lower() in ALLEGE_VERBS \
            and (node.dep_ == "advcl" or any(c.dep_ == "prep" and c.lower_ == "of" and c.i < node.i
                                             for n in (node.head, _accused(node.head)) if n is not None for c in n.children))
        # and "have been trying for a year to capture Pokrovsk", the parser's adverbial clause
        to_advcl = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if node.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "acomp", "dobj", "conj", "agent") \
                and not to_clause and not accused_too and not to_advcl \
                or node.head.i == node.i or (node.dep_ == "prep" and node.lower_ in TIME_PREPS):
            break
        if node.dep_ == "conj" and node.lemma_ in SAYING_NEXT and node.tag_ in ("VBD", "VBZ") \
                and node.head.tag_ == "VB":
            break  # the speaker's own next words, hung on what was vowed: "vowed that the group would respond and said"
        if node.dep_ == "ccomp" and node.i < node.head.i and any(
                c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "when") for c in node.head.children):
            break  # "held talks on Thursday, a day after separatist forces agreed to lay down their arms": the parser's
            # report of the clause of time
        if (node.dep_ == "dobj" and node.head.lemma_.lower() in PRESUPPOSING) or (
                node.dep_ == "prep" and node.lower_ in ("to", "for")
                and node.head.lemma_.lower() in ANSWERING | REPRISAL_NOUNS):  # (and "vowed revenge for the attack")
            # (and what is answered came first: "vowed to respond to U.S. and British strikes on its positions")
            break  # "aimed at justifying the massacre": what is justified was done, whatever the aim
        if node.dep_ == "conj" and node.lemma_ in SPEAKERS_NEXT and node.head.dep_ == "ccomp" \
                and shared_aux_misread(node, node.head, node.head.head):
            break  # the speaker's own next words, hung on what they denied: "denied it had ... and accused the army"
        sibling, reported, asked = node.dep_ == "conj" and not accused_too, node.dep_ == "ccomp", node.dep_ == "xcomp"
        node = node.head
        lemma = node.lemma_.lower()
        if node.pos_ == "NOUN" and any(c.dep_ == "aux" for c in node.children):
            lemma = _GERUNDS_AS_NOUNS.get(lemma, lemma)  # "militants who had been planning/NN attacks"
        if sibling:
            continue  # a verb's stance is not its sibling's: "denied the report and said they had captured it"
        if reported and lemma == "blame" and _child(node, "dobj") is not None:
            break  # "Suicide bomber kills 25 in church attack, Syria blames Islamic State": whose it was is blamed
        if reported and lemma == "claim" and node.i > head.i and any(
                c.lemma_.lower() in ("responsibility", "credit") and (c.dep_ == "dobj" or c.i == node.head.i)
                for c in [*node.children, node.head]):  # (a headline's verb may be read as the noun's compound)
            break  # "Gunmen kill over 60 at Moscow concert hall, Islamic State claims responsibility": done, and owned
        if reported and lemma == "claim" and node.i > head.i and _child(node, "dobj") is None \
                and any(c.dep_ == "nsubj" and noun_lemma(c) in HAPPENINGS | {"attack", "strike", "raid", "assault"}
                        for c in head.children):
            break  # "Somalia beach attack kills 32, al Shabaab claims": the toll is the attack's, the claim its authorship
        if lemma in AUTHORSHIP or (lemma == "claim" and node.i == head.head.i and head.dep_ == "dobj") \
                or (_owned_up_for(head) is not None and node.i == head.head.head.i):
            # "claimed responsibility for the attack", "claimed the attack", "denied involvement in the
            # attack": its author is claimed or denied, not the attack
            break
        if reported and lemma in DENY_VERBS and any(c.dep_ in ("nsubj", "dobj") and (any(
                g.dep_ in ("compound", "appos") and g.lemma_.lower() in CHARGE_NOUNS for g in c.children)
                or (c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in CHARGE_NOUNS and c.i < node.i)) for c in node.children):
            # (or the charge the object: "..., a charge Kabul denies")
            break  # "The junta has accused Algeria of supporting the jihadists, a charge Algiers denies": made, and denied
        if reported and lemma in DENY_VERBS and _child(node, "dobj") is not None and head.i < node.i:
            break  # a headline's "Explosions at base kill one, US denies involvement": the denial has its own object
        if lemma in DENY_VERBS and head.dep_ == "pobj" and head.head.head.i == node.i \
                and getattr(_child(node, "dobj"), "lemma_", "").lower() in AUTHORSHIP:
            break  # "Iran denied any role in the attack", the "in" hung on the verb: its part is denied, not the attack
        if lemma in DENY_VERBS | PREVENT_VERBS:
            return "Negated"  # denied, or kept from happening: "withdrew to avoid encirclement", "foiled an attack"
        if lemma in ALLEGE_VERBS:
            return "Alleged"
        if lemma in PACT_MAKING and node.i == head.head.i and head.dep_ == "dobj" and noun_lemma(head) in PACT_NOUNS:
            continue  # "India and Pakistan agree ceasefire": the pact is made by agreeing to it (unless planned above)
        if lemma == "want" and (node.tag_ == "VBN" or node.dep_ == "acl") and head.dep_ == "pobj" and head.head.lower_ == "for":
            return "Alleged"  # "a commander wanted by the United States for the 1983 bombing": charged, not planned
        if lemma in PLAN_VERBS and not verbal and node.i == head.head.i and any(
                t.ent_type_ == "DATE" for t in head.subtree if t.i < head.i) and not any(
                t.lower_ in ("next", "coming", "tomorrow", "upcoming") for t in head.subtree if t.i < head.i):
            break  # an attack named by its day happened, whoever planned it: "helped plan the October 7 attack"
        if lemma in PLAN_VERBS and not any(c.dep_ == "prt" for c in node.children) \
                and not (lemma == "set" and _child(node, "dobj") is not None):  # "set off an explosion", "set fire to" did
            return "Planned"
        if asked and lemma in OBJECT_CONTROL - {"force", "compel"} and head.dep_ == "dobj" \
                and head.head.lemma_.lower() in PACT_VERBS | WAGING_VERBS | LIGHT_VERBS:
            # "urged both sides to hold talks": asked for, as "ordered his troops to withdraw" (but "urged them to
            # stop the attacks" were made)
            return "Planned"
    if not verbal and any(c.dep_ in ("relcl", "acl") and c.lemma_ == "blame" for c in head.children):
        return "Alleged"  # "an attack that New Delhi blamed on Pakistan", "a drone strike blamed on the RSF", as
        # "blamed the attack on Pakistan"
    if not verbal and head.dep_ == "dobj" and _child(head.head, "neg") is not None \
            and head.head.lemma_.lower() in WAGING_VERBS | DOING_VERBS:
        return "Negated"  # "police have not made any arrests", "did not carry out attacks" (but "did not condemn the attack")
    if not verbal and any(c.dep_ == "det" and c.lower_ == "any" for c in head.children):
        return "Planned"  # "would respond to any attack on its nationals": one that may come, none that came
    if not verbal and head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ in (
            "warning", "warnings", "order", "orders", "notice", "notices"):
        return "Planned"  # "after evacuation warnings", "an evacuation order": told to come, not yet done
    if not verbal and head.dep_ == "compound" and head.head.lemma_.lower() in _PROPOSALS | {"talk", "negotiation"} \
            and head.lemma_.lower() in PACT_NOUNS:
        return "Planned"  # "accepted a ceasefire proposal", "ceasefire talks stall": a pact offered or sought, not made
    return None


# What an event may be feared as, not yet made: "fears of an attack", "the risk of a wider war".
FEARED = {"fear", "risk", "prospect", "possibility", "danger", "spectre", "specter"}
# What a superlative event is the most of: "the deadliest attack of the year", "the largest of the war".
FRAME_NOUNS = {"war", "conflict", "insurgency", "uprising", "crisis", "year", "month", "week", "day", "night", "decade",
               "century", "era", "kind", "sort"}
# Prepositions that put an event at another time than the verb they hang on; "after" and "following"
# only with a lapse ("two weeks after"), for "freed the hostages on Monday after a firefight" was that day.
_SEQUENCE_PREPS = {"before", "since", "until", "till"}
_LAPSE_PREPS = {"after", "following"}


def _lapsed(verb: Token) -> bool:
    """A clause told as weeks apart from the one it hangs on: "The strikes came two weeks after gunmen killed 26
    men" (another event than any toll of the strikes)."""
    return any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_PREPS | _LAPSE_PREPS for c in verb.children) and any(
        c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in verb.children)


# What lasts from its start, or is tallied since it (one siege, one war's toll), not done again and again.
_HELD_SINCE = {"besiege", "encircle", "surround", "blockade", "occupy", "hold", "control", "siege", "rage", "continue",
               "persist", "last", "escalate", "intensify"} | CUMULATIVE_VERBS


def _kept_up_since(verb: Token) -> bool:
    """Deeds done again and again since a time: "The Houthis have attacked shipping in the Red Sea since November"
    (many attacks, none the one just told, none on that first day). A siege held since May began in May."""
    return verb.lemma_.lower() not in _HELD_SINCE and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


# What recalls an event long after it: "the anniversary of the death of ...".
REMEMBRANCES = {"anniversary", "commemoration", "memory", "memorial", "remembrance"}


def _recalled(head: Token) -> bool:
    """An event a day recalls: "the anniversary of the death of ...", "marked one year since Hamas' Oct. 7 attack"."""
    if head.dep_ == "pobj" and head.head.lower_ == "since" and (
            any(c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month") for c in head.head.head.children)
            or head.doc[head.head.i - 1].lemma_.lower() in ("year", "month")):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in REMEMBRANCES


def _another_time(head: Token) -> bool:
    """A noun's event is not at the time of the verb it hangs on: "launched strikes on Wednesday, two weeks
    after a deadly attack"."""
    prep = head.head
    if _recalled(head):
        return True
    return head.dep_ == "pobj" and prep.dep_ == "prep" and (prep.lower_ in _SEQUENCE_PREPS or (
        prep.lower_ in _LAPSE_PREPS and any(c.dep_ == "npadvmod" for c in prep.children)))


# Verbs whose object may be a day they name, not the day they were done: "declared Sunday a day of mourning".
DAY_NAMING_VERBS = {"declare", "proclaim", "designate", "name", "set", "mark", "announce", "schedule", "make"}
REPRISAL_NOUNS = {"retaliation", "response", "revenge", "reprisal", "punishment", "retribution"}


def _anchors(head: Token, verbal: bool, trigger_heads: set[int]) -> list[Token]:
    """Tokens whose prepositional phrases and dates belong to the event."""
    anchors = [head]
    if verbal:
        return anchors
    # (and the clause that says when and where it happened: "the attack, which took place on Feb. 4")
    # (or began: "its invasion of Ukraine, which began in February 2022")
    told = [c for c in head.children if c.dep_ == "relcl" and (c.lemma_ in ("happen", "occur", "begin", "start") or (
        c.lemma_ == "take" and any(o.dep_ == "dobj" and o.lower_ == "place" for o in c.children)))]
    return _governing(head, trigger_heads, anchors) + told


def _governing(head: Token, trigger_heads: set[int], anchors: list[Token]) -> list[Token]:
    """The noun's anchors and the verb governing it, unless that verb is an event of its own."""
    if head.dep_ == "compound":
        anchors.append(head.head)  # "handover ceremony at Camp Anthonic"
    node = anchors[-1]
    if _recalled(node):
        return anchors  # "crowds marking the anniversary of the death of Qassem Soleimani in Kerman": died elsewhere, before
    for _ in range(3):  # the governing verb, unless it is an event of its own
        if node.dep_ == "pobj" and node.head.lower_ in ("for", "against") and (
                node.head.head.lemma_.lower() in REPRISAL_NOUNS or any(
                    o.lemma_.lower() in REPRISAL_NOUNS for o in prep_objects(node.head.head, {"in", "as"}))):
            break  # "launched strikes across Yemen in retaliation for their attacks on shipping": another time and place
        if node.dep_ == "pobj" and node.head.lower_ in _SEQUENCE_PREPS | _LAPSE_PREPS and (
                node.head.lower_ in _SEQUENCE_PREPS or any(c.dep_ == "npadvmod" for c in node.head.children)):
            break  # "explosions were heard near Isfahan ..., days after Iran's missile strike on Israel": another time and place
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            # and a verb saying what the event hit: "an airstrike hit a hospital in Gaza City on Monday"
            # but not a verb ordering two events, whose time is the other's: "the capture of Bukavu follows
            # the fall of Goma in late January"
            # (whatever it follows: "The attacks followed the defection last month of an RSF commander")
            ordered = node.lemma_ in ("follow", "precede") and any(
                c.dep_ == "dobj" and c.i != head.i for c in node.children)
            # (and a verb that only tells the deed: "residents reported gunfire overnight")
            # (nor the copula that says what it was: "the attack was retaliation for a strike ... on April 1")
            # ("the bombing may have been in retaliation for a military operation on Friday": the operation's day)
            told_as = node.lemma_ == "be" and (_child(node, "attr") is not None or any(
                o.lemma_.lower() in REPRISAL_NOUNS for o in prep_objects(node, {"in", "as"})))
            # (nor where those who fled sought refuge: "Many of the displaced have sought refuge in the town of Tawila")
            told_as = told_as or any(c.dep_ == "dobj" and c.lemma_.lower() in ("refuge", "shelter", "sanctuary")
                                     for c in node.children)
            # (nor where it was plotted: "the attack had been planned in Afghanistan")
            told_as = told_as or (head.dep_ == "nsubjpass" and node.lemma_.lower() in PLOTTING)
            if (node.i not in trigger_heads or (head.dep_ == "nsubj" and node.i == head.head.i and _hitting(node))
                    or (head.dep_ == "dobj" and node.i == head.head.i and node.lemma_ in DOING_VERBS)) \
                    and not ordered and not told_as:
                anchors.append(node)
            break
        if node.head.i == node.i:
            break
    return anchors


def _when_date(table: MentionTable, head: Token, prefer_past: bool) -> DateValue | None:
    """'On Oct. 7, when gunmen attacked ...': the clause is what happened that day."""
    day = head.head
    if head.dep_ != "relcl" or day.ent_type_ != "DATE" or not any(c.lower_ == "when" for c in head.children):
        return None
    ent = next((e for e in head.sent.ents if e.start <= day.i < e.end and e.label_ == "DATE"), None)
    resolved = dates.resolve(ent.text, table.document.published, prefer_past=prefer_past) if ent is not None else None
    return DateValue(resolved[0], resolved[1], table.span(ent.start_char, ent.end_char)) \
        if resolved and ent is not None else None


# What crowds are shot at while doing: "opened fire on Palestinians waiting for an aid delivery".
_WAITING = {"wait", "queue", "line", "gather", "search", "scramble", "rush"}


def _waited_for(token: Token) -> Token | None:
    """The verb a crowd is hit by, through what it waited for: "delivery" of "opened fire on Palestinians waiting
    for an aid delivery" (the parser's "waiting" a clause of the "on"), else None."""
    waiting = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else token
    if waiting.tag_ != "VBG" or waiting.lemma_.lower() not in _WAITING:
        return None
    if waiting.dep_ == "pcomp" and waiting.head.dep_ == "prep":
        return waiting.head.head
    return waiting.head if waiting.dep_ == "acl" else None  # "on people waiting for flour trucks": the people


# What a site is kept for, or by whom, never a deed of a day: "a base used by the PMF", "a clinic run by MSF".
_SITE_KEEPING = {"use", "run", "operate", "house", "own", "man", "staff"}


def _held_by(token: Token, anchor_ids: set[int]) -> bool:
    """The token is an anchor, or the object of a phrase hanging on one, through at most two prepositions:
    "killed 26 men at a meadow near Pahalgam on April 22" dates the killing."""
    for _ in range(4):
        if token.i in anchor_ids:
            return True
        if token.dep_ == "advmod" and token.lower_ in ("late", "early") and token.head.i in anchor_ids:
            return True  # "launched drones late on Saturday", the day hung on "late"
        if token.dep_ == "advmod" and token.lower_ in ("late", "early") and token.head.dep_ == "dobj":
            token = token.head  # "killed at least 73 people late on Saturday", "late" hung on the people
            continue
        if token.dep_ == "dobj" and token.head.i in anchor_ids and token.pos_ in ("NOUN", "PROPN", "NUM"):
            return True  # "killed at least 70 people on Christmas Eve", the day hung on the people
        if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.i in anchor_ids \
                and token.head.head.lemma_ == "set":
            return True  # "set fire to a tent camp ... on Sunday night", the day hung on what was set alight
        if (waiting := _waited_for(token)) is not None:
            token = waiting  # "opened fire on Palestinians waiting for an aid delivery in Gaza City on Thursday"
            continue
        if token.tag_ == "VBN" and token.dep_ in ("acl", "advcl") and token.lemma_.lower() in _SITE_KEEPING \
                and any(c.dep_ == "agent" for c in token.children):
            token = token.head  # "struck a base used by the PMF on Friday night": the parser's day on the base's users
            continue
        if token.dep_ == "pobj" and token.lemma_ == "time" and token.head.lower_ == "for" \
                and any(c.lower_ in ("first", "second", "third") for c in token.children):
            token = token.head.head  # "fired British missiles at Russia for the first time on Wednesday"
            continue
        if _recalled(token) and token.head.lower_ == "of":
            # "tore through a crowd marking the anniversary of the killing of Soleimani on Wednesday": the day of the
            # remembering (and of what befell those who remembered), the parser's hung on what is remembered
            token = token.head.head
            token = token.head.head if token.dep_ == "dobj" and token.head.tag_ == "VBG" and token.head.dep_ == "acl" \
                else token
            continue
        if token.dep_ in ("conj", "appos") and token.head.pos_ in ("NOUN", "PROPN"):
            token = token.head  # "in attacks on a Catholic church and a mosque in Burkina Faso on Sunday": the list's
            continue  # (and a list read as an apposition: "attacked two churches, a synagogue and a police post ... on Sunday")
        # (and what it was done with: "attacked a police station with explosives and rifles on Tuesday")
        # (and what it went through: "tore through a crowd ... on Wednesday"; and what it was against: "during protests
        # against tax increases on Tuesday")
        if token.dep_ != "pobj" or token.head.lower_ not in WHERE_PREPS | {"with", "through", "against"} \
                or token.lemma_.lower() in SAYING_NOUNS:
            return False  # not "claimed the attack in a statement on Sunday": the statement's Sunday
        token = token.head.head
    return token.i in anchor_ids


def _before_clause(ent: SSpan, anchors: list[Token]) -> bool:
    """A date between a verb and its clause's subject is the verb's, however the parser hangs it:
    "the rebels said on Monday they had killed dozens" is Monday's statement, not Monday's killing."""
    for verb in anchors:
        subject = _child(verb, "nsubj") or _child(verb, "nsubjpass")
        if verb.dep_ == "ccomp" and subject is not None and verb.head.i < ent.start and ent.end <= subject.left_edge.i:
            return True
    return False


DAY_PARTS = {"morning", "afternoon", "evening", "night", "dawn", "dusk"}
BATTLES = {"battle", "fight", "clash", "gunbattle", "gunfight", "skirmish", "firefight", "war", "duel"}  # what is fought
RITES = {"mass", "prayer", "service", "sermon", "worship", "liturgy"}  # held on a day: "during Sunday mass"


def _own_part(ent: SSpan) -> SSpan:
    """The tagger's date up to a preposition hung outside it: "Monday" of "captured the town on Monday after
    weeks of fighting", the tagger's "Monday after weeks" no day."""
    for token in ent[1:]:
        if token.pos_ == "ADP" and not ent.start <= token.head.i < ent.end:
            return SSpan(ent.doc, ent.start, token.i, label=ent.label_)
    return ent


def _date(table: MentionTable, sent: SSpan, anchors: list[Token], prefer_past: bool) -> DateValue | None:
    anchor_ids = {a.i for a in anchors}
    for ent in map(_own_part, sent.ents):
        # and a day with its part, which the tagger calls a time: "on Sunday night"
        # (or a day the tagger calls a time for its hour: "late Saturday", "early Monday")
        if ent.label_ != "DATE" and not (ent.label_ == "TIME" and len(ent) > 1 and (
                ent.root.lower_ in DAY_PARTS or ent.root.lower_ in dates.WEEKDAYS)):
            continue
        # Attached directly ("Sunday", "last week") or through one temporal preposition ("on May 2").
        root = ent.root
        if root.dep_ in ("compound", "nmod") and root.head.lower_ in DAY_PARTS:
            root = root.head  # "on Wednesday evening": the tagger's DATE is only "Wednesday"
        elif root.dep_ in ("compound", "nmod") and root.lower_ in dates.WEEKDAYS and root.head.lemma_.lower() in RITES:
            root = root.head  # "during Sunday mass", "after Friday prayers": the day of the rite
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in DAY_PARTS | {"hour"}:
            root = root.head.head  # "in the early hours of Tuesday", "on the morning of May 3": when in the day
        head = root.head
        # and as a noun's modifier: "Wednesday's attack", "the Sunday bombing"
        # (and the year set on it: "the 2023 attack")
        if root.dep_ in ("dobj", "npadvmod") and head.lemma_.lower() in DAY_NAMING_VERBS and ent.end < len(ent.doc) \
                and ent.doc[ent.end].lower_ in ("a", "an", "as"):
            continue  # "declared Sunday a day of mourning": the day named, not the day it was said ("announced Sunday that")
        direct = head.i in anchor_ids and (root.dep_ in ("npadvmod", "tmod", "obl", "advmod", "dobj", "nmod", "poss",
                                                         "compound") or (root.dep_ == "nummod" and _dated_year(root)))
        # (or the parser's hanging it on where it happened: "killed three soldiers at a base in Jordan last month")
        direct = direct or (root.dep_ == "npadvmod" and head.pos_ == "NOUN" and head.i not in anchor_ids
                            and _held_by(head, anchor_ids))
        # (and a day the parser hung on the copula, after the deed paid back: "the attack was in retaliation for a
        # strike on its embassy in Damascus on April 1")
        direct = direct or (head.dep_ == "prep" and head.lower_ in DATE_PREPS and head.head.lemma_ == "be"
                            and any(a.i < root.i and _avenged_under(a, head.head) for a in anchors))
        # (or on the reprisal's verb, right after the deed it pays back: "launched drones at Israel, in retaliation
        # for a strike on its embassy in Damascus on April 1": the strike's day, not the launch's)
        repaid = _repaid_before(head)
        direct = direct or (repaid is not None and repaid.i in anchor_ids)
        if repaid is not None and repaid.i not in anchor_ids:
            continue
        # (and the night into it: "attacked Kyiv with drones overnight into Sunday")
        overnight = head.lower_ == "into" and head.i > 0 and head.doc[head.i - 1].lower_ == "overnight"
        via_prep = head.dep_ == "prep" and (head.lower_ in DATE_PREPS or overnight) and _held_by(head.head, anchor_ids) \
            and not (head.lower_ == "since" and (_superlative(head.head) or any(c.lower_ == "first" for c in head.head.children)
                                                 # (however the parser hung it: "killing 492 in deadliest day ... since 2006")
                                                 or any(t.tag_ == "JJS" and t.i < head.i for t in head.head.subtree)))
        # ("the deadliest attack since July", "the first mass kidnapping since 2021": a span ranked over)
        # (a day hung on the saying between what was said and who said it is the deed's: "killed at least 25 people,
        # including children, on Monday, the Arakan Army said on Wednesday")
        told = _told_day(head)
        if told is not None and head.head.i in anchor_ids:
            continue
        via_prep = via_prep or (told is not None and _held_by(told, anchor_ids))
        if via_prep and head.lower_ in ("until", "till") and not direct:
            continue  # "ordered them held in pre-trial detention until May 22": when it ends, not the day it was done
        if via_prep and head.lower_ == "by" and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "should", "must", "could")
                                                   for v in (head.head, head.head.head) for c in v.children):
            continue  # "the handover would be complete by June 1": a deadline, not the day
        if via_prep and head.lower_ == "since" and (anchors[0].tag_ == "NNS" or (
                _kept_up_since(anchors[0]) and anchors[0].lemma_.lower() in table.lexicon.event_words)):
            continue  # "several mass abductions since 2020": many, over the years since, none on its first day
        if head.lower_ == "since" and (toll := head.head).lemma_.lower() in CUMULATIVE_VERBS \
                and any(c.dep_ == "aux" and c.lemma_ == "have" for v in (toll, toll.head) for c in v.children):
            continue  # "has killed more than 4,000 people ... since 2017": a toll over the years, not one day's
        if _before_clause(ent, anchors):
            continue
        if not (direct or via_prep) and not any(_before_clause(ent, [c]) for a in anchors for c in a.children):
            continue
        # a day and its year the tagger told apart: "The Oct. 7, 2023 attack" is 2023's
        year = ent.doc[ent.end + 1] if ent.end + 1 < len(ent.doc) and ent.doc[ent.end].text == "," \
            and _dated_year(ent.doc[ent.end + 1]) and len(ent) > 1 else None
        end = year.idx + len(year) if year is not None else ent.end_char
        resolved = dates.resolve(table.document.text[ent.start_char:end], table.document.published, prefer_past=prefer_past)
        if resolved:
            return DateValue(resolved[0], resolved[1], table.span(ent.start_char, end))
    return None


def _told_day(prep: Token) -> Token | None:
    """The reported clause a day's preposition belongs to, hung by the parser on the saying between that clause and the
    speaker: "killed 25 people, including children, on Monday, the Arakan Army said"."""
    said = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in DATE_PREPS or said.lemma_ not in ("say", "report", "tell", "claim", "add"):
        return None
    speaker = _child(said, "nsubj")
    clause = next((c for c in said.children if c.dep_ == "ccomp" and c.i < prep.i), None)
    if clause is None and said.dep_ == "parataxis" and said.head.i < prep.i:
        clause = said.head  # (the saying the parser set beside the deed: "killed ... on Monday, the army said")
    return clause if speaker is not None and clause is not None and prep.i < speaker.i else None


def _repaid_before(prep: Token) -> Token | None:
    """The deed paid back whose phrase ends right before a date's preposition hung on the reprisal's verb:
    "strike" of "launched ..., in retaliation for a suspected Israeli strike on its embassy on April 1"."""
    if prep.dep_ != "prep" or prep.lower_ not in DATE_PREPS:
        return None
    reprisal = next((c for c in prep.head.children if c.dep_ == "prep" and c.i < prep.i and c.right_edge.i == prep.i - 1), None)
    if reprisal is None:
        return None
    # (the "for" hung on the reprisal or, by the parser, on the verb right after it: "in revenge for a strike")
    return next((t for t in reprisal.subtree if t.dep_ == "pobj" and t.head.lower_ in ("for", "to") and (
        t.head.head.lemma_.lower() in REPRISAL_NOUNS or t.doc[t.head.i - 1].lemma_.lower() in REPRISAL_NOUNS)), None)


def _avenged_under(noun: Token, copula: Token) -> bool:
    """The deed a copula says was paid back: "strike" of "was in retaliation for a strike"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "to"):
        return False
    reprisal = noun.head.head
    return reprisal.lemma_.lower() in REPRISAL_NOUNS and (reprisal.head.i == copula.i or (
        reprisal.dep_ == "pobj" and reprisal.head.head.i == copula.i))


def _dated_year(token: Token) -> bool:
    """A year the tagger tells as a date: "the 2023 attack", "Oct. 7, 2023"."""
    return token.like_num and len(token.text) == 4 and token.text.isdigit() and token.ent_type_ == "DATE"


# Deeds that drive people out, which name nobody: "an advance that forced thousands to flee".
FORCING_DEEDS = {"advance", "offensive", "attack", "assault", "clash", "strike", "airstrike", "bombardment", "shelling",
                 "operation", "raid", "incursion", "push", "escalation", "flood", "flooding", "drought", "fire"}
# What sends people fleeing: "an offensive that sent thousands fleeing", "clashes that left 5,000 fleeing".
SENDING_VERBS = {"send", "leave", "set"}
# Words that set a second verb on another day: "seized Kunduz on Monday and later withdrew".
LATER_WORDS = {"later", "afterwards", "afterward", "subsequently", "eventually", "since", "earlier", "previously"}
# Where people stay: "displaced Palestinians are sheltering", "displaced families live in tents".
STAYING = {"shelter", "live", "stay", "remain", "camp", "crowd", "cram", "squeeze", "huddle", "reside", "wait", "sleep"}
# Verbs that send forces off to do something: "were sent to retake the town", "deployed to secure the border".
DISPATCHING = {"send", "deploy", "dispatch", "rush", "mobilise", "mobilize", "redeploy"}
# Verbs that make people leave: "forced two million people from their homes", "drove families out of".
FORCING_VERBS = {"force", "drive", "push", "chase", "evict", "expel", "flush", "compel"}
# Leaving names where it happened: "withdrew from Kunduz", "displaced from Mellit".
FROM_PLACE = {"Withdrawal", "Displacement"}


def left_from(verb: Token) -> list[Token]:
    """What something leaves or is driven out of: 'from their homes', 'out of Geneina'."""
    out = prep_objects(verb, {"from"})
    # (or on the particle: "pulled back from the villages of Lastochkyne and Stepove")
    out += [o for c in verb.children if c.lower_ in ("back", "away") and c.dep_ in ("advmod", "prt")
            for o in prep_objects(c, {"from"})]
    for particle in (c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")):
        out += prep_objects(particle, {"of"}) + (prep_objects(verb, {"of"}) if particle.dep_ == "prt" else [])
    return out


SPREAD_VERBS = {"spread", "extend", "expand", "shift", "spill", "reach"}


def _first_conjuncts(verb: Token) -> list[Token]:
    """The verbs a conjoined one follows, nearest first: "stopped vehicles on a highway in Musakhel district,
    checked passengers' identity cards and shot dead 23 people" (the parser hangs each on the one before)."""
    out: list[Token] = []
    while verb.dep_ == "conj" and len(out) < 4:
        verb = verb.head
        out.append(verb)
    return out


def _place(table: MentionTable, anchors: list[Token], cls: str) -> int | None:
    # (where people fled to is not where they were driven out: "fled across the border into Chad")
    preps = PLACE_PREPS - ({"into"} if cls == "Displacement" else set()) | ({"from"} if cls in FROM_PLACE else set())
    # and what it was done with, where the parser hangs the place on it: "attacked an army patrol with small
    # arms and an explosive device near the village of Tal al-Ward"
    anchors = anchors + [o for a in anchors if a.pos_ in ("NOUN", "VERB") for o in prep_objects(a, {"with"})]
    # and where those a clash was with were going: "clashed with Israeli troops trying to advance into the village of
    # Aita al-Shaab"
    anchors = anchors + [v for a in anchors if a.lemma_.lower() in MUTUAL for c in a.children
                         if c.dep_ == "advcl" and c.tag_ == "VBG" and _participle_doer(c, a) is not None
                         for v in (c, *(x for x in c.children if x.dep_ == "xcomp"))]
    # and their conjuncts: "hit radar systems and missile launchers in Sanaa" (all of a list: "killed 32 people in
    # attacks on a wedding, a funeral and a hospital in the town of Gwoza", the list read as more of the people)
    anchors = anchors + [c for a in anchors for c in a.conjuncts if c.i > a.i and c.pos_ in ("NOUN", "PROPN")]
    # (and a list the parser read as an apposition: "attacked a wedding, a funeral and a hospital in the town of Gwoza")
    anchors = anchors + [k for a in anchors for c in a.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                         and any(g.dep_ == "conj" for g in c.children)
                         for k in [c, *(g for g in c.children if g.dep_ == "conj")] if k not in anchors]
    # and what a number or part is of: "recaptured dozens of towns in central Somalia"
    # (and who a gathering is of: "struck a meeting of Ukrainian commanders in Sumy")
    # (and whose seat it is: "took over the headquarters of the military's regional command in Lashio")
    anchors = anchors + [o for a in anchors if a.pos_ == "NUM" or a.lemma_.lower() in PARTITIVES | QUANTITY_NOUNS | GATHERINGS | SEATS
                         for o in prep_objects(a, {"of"})]
    # Where the people hit live: "opened fire on residents of the town of Pont-Sonde in central Haiti"
    # (before any wider place the sentence names)
    for anchor in anchors + [o for a in anchors for o in prep_objects(a, {"on", "against", "at"})]:
        if anchor.lemma_.lower() in INHABITANTS:
            for obj in prep_objects(anchor, {"of"}):
                found = argument(table, obj)
                if found is not None and table.mentions[found].cls in PLACE_CLASSES:
                    return found
    for anchor in anchors:
        # "fighting spread to Helmand": where it went is where it happened
        reached = preps | {"to"} if anchor.lemma_.lower() in SPREAD_VERBS else preps
        reached = reached | {"on"} if anchor.lemma_.lower() in MUTUAL else reached  # "a gunbattle on the island of Basilan"
        # (and a place told by the compass from a town: "struck a village north of Kharkiv", the parser's "north"
        # hung on the verb or on what was hit)
        compass = [o for a in [anchor, *(d for d in anchor.children if d.dep_ in ("dobj", "nsubjpass"))]
                   for o in _compass_of(a)]
        if any(d.dep_ in ("dobj", "nsubjpass") and (f := argument(table, d)) is not None
               and table.mentions[f].cls in PLACE_CLASSES - {"Country", "Province"} for d in anchor.children):
            compass = []  # "shelled the town of Sake, 25 km west of Goma": in Sake, which the compass places

        for obj in prep_objects(anchor, reached) + (left_from(anchor) if cls in FROM_PLACE else []) + compass:
            # the first place of a list: "near Sake and Goma" when Sake is no known place
            for member in [obj] + [c for c in obj.children if c.dep_ == "conj"]:
                if member.lemma_.lower() in ABROAD and table.at(member) is None:
                    continue  # "evacuated staff from its embassy": the embassy is abroad, never in its owner's land
                found = _possessed_place(table, member)
                found = argument(table, member) if found is None else found
                # (or where a building named by its place stands: "killed 16 at Burkina mosque", a place the gazetteer
                # knows, not a street's name on a station)
                site = facility_site(table, member) if found is None and member.lemma_.lower() in FACILITIES else None
                found = site if site is not None and table.mentions[site].key in table.lexicon.entries else found
                if found is not None and _border_of(table, member, found):
                    continue  # "an army post near the Mali border": either side of it, in Niger here
                if found is not None and _honoured(table, member, found):
                    continue  # "Blasts at Soleimani memorial in Iran": the man it honours, no place (Iran is)
                if found is not None and member.lemma_.lower() in VESSELS and table.at(member) is None:
                    continue  # "fired missiles at a US destroyer in the Red Sea": the ship's flag, not where it sailed
                if found is not None and table.at(member) == found and any(
                        e.start <= member.i < e.end and names_a_vessel(e) for e in member.doc.ents):
                    continue  # "fired missiles at the Cyclades, a Malta-flagged ship, in the Red Sea": the sea, not the ship
                if found is not None and member.lemma_.lower() in _COMPASS_PARTS and (narrower := next(
                        # (the site hung on the verb or on those hit there: "killed 15 people at a church in the
                        # village of Essakane in the north of the country")
                        (f for a in anchors + [d for a in anchors for d in a.children if d.dep_ == "dobj"]
                         for o in prep_objects(a, {"on", "against", "at"}) for i in prep_objects(o, {"in", "near"})
                         if (f := argument(table, i)) is not None and table.mentions[f].cls in PLACE_CLASSES - {"Country"}),
                        None)) is not None:
                    return narrower  # "an attack on a mosque in Natiaboani in the east of the country": Natiaboani
                if found is not None and table.mentions[found].cls in PLACE_CLASSES:
                    # (the wider place set after a narrower one: "an army post in Banibangou, in western Niger")
                    comma = obj.head.i - 1 if obj.head.dep_ == "prep" else -1
                    narrower = argument(table, obj.doc[comma - 1]) if comma > 0 and obj.doc[comma].text == "," \
                        and obj.doc[comma - 1].dep_ == "pobj" and obj.doc[comma - 1].head.lower_ in preps else None
                    if narrower is not None and table.mentions[narrower].cls in PLACE_CLASSES and narrower != found:
                        return narrower
                    return found
    # One level down, where the nearer words are no place entity: "on a busy street in Lyon",
    # "surrendered to the rebels in Kutum".
    # "abducted 287 students from a school in Kuriga": where they were taken from is where it happened
    deeper = preps | {"on", "to"} | ({"from"} if cls in ("Arrest", "Capture") else set())  # "seized" is read as either
    deeper |= {"during"}  # "stormed a mosque during prayers in Nigeria's Zamfara state": the parser's prayers in Zamfara
    deeper |= {"among"}  # "detonated explosive belts among the crowd in the southern city of Kerman"
    for anchor in anchors:
        objects = prep_objects(anchor, deeper) + (left_from(anchor) if cls in FROM_PLACE else [])
        # (and what a gerund told as a noun was done to: "Shelling of a market in the city of Donetsk killed 27")
        objects += prep_objects(anchor, {"of"}) if anchor.tag_ == "VBG" and anchor.dep_ in ("nsubj", "nsubjpass") else []
        # (and the last of a list, which the parser gives the place: "on two churches, a synagogue and a police
        # post in Russia's Dagestan region")
        # (but no words set beside a party: "recaptured the headquarters ... from the RSF, its biggest gain in the capital")
        objects += [c for o in objects for c in o.children if c.dep_ == "conj" or (c.dep_ == "appos" and not _party(table, o))]
        objects += [c for o in objects for c in o.children if (c.dep_ == "conj" or (c.dep_ == "appos" and not _party(table, o)))
                    and c not in objects]
        # (and what the thing hit is of, where the parser hangs the place: "attacked the residence of a federal
        # lawmaker and the presidential palace in Kinshasa", "stormed the set of a television station in Guayaquil")
        owned = [o for o in prep_objects(anchor, {"of"}) if anchor.pos_ == "NOUN" and anchor.dep_ in ("dobj", "pobj")
                 and not ((m := argument(table, o)) is not None and table.mentions[m].cls in PLACE_CLASSES)]
        objects += [k for o in owned for k in [o, *(c for c in o.children if c.dep_ == "conj")] if k not in objects]
        # (and what a crowd fired on waited for: "opened fire on Palestinians waiting for an aid delivery in Gaza City")
        objects += [o for p in anchor.children if p.dep_ == "prep" for v in p.children if v.dep_ == "pcomp"
                    for o in prep_objects(v, {"for"}) if _waited_for(o) is not None]
        objects += [o for p in anchor.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"
                    for v in c.children if v.dep_ == "acl" for o in prep_objects(v, {"for"}) if _waited_for(o) is not None]
        # (and what they were waiting for as it happened: "killed ... while waiting for an aid delivery near Gaza City")
        objects += prep_objects(anchor, {"for"}) if anchor.tag_ == "VBG" and anchor.lemma_.lower() in _WAITING else []
        for obj in objects:
            # (and where the parser hangs the place on whose it was: "near the convoy of President Hassan
            # Sheikh Mohamud in Mogadishu")
            whose = [o for o in prep_objects(obj, {"of"}) if (m := argument(table, o)) is not None
                     and table.mentions[m].cls not in PLACE_CLASSES]  # (not "the village of Yelewata in Benue")
            # (and the site a part is of: "detonated a car bomb at the gate of the base in Masagaway")
            whose += [o for o in prep_objects(obj, {"of"}) if noun_lemma(obj) in _SITE_PARTS and table.at(o) is None]
            # (and whom a shelter is for: "set fire to a tent camp for displaced people in Rafah")
            whose += [o for o in prep_objects(obj, {"for"}) if noun_lemma(o) in PEOPLE_NOUNS | {"family"}]
            # (and the site a gathering was at: "during a Sunday service at a church in the village of Tawori")
            sites = prep_objects(obj, {"at"}) if noun_lemma(obj) in GATHERINGS | {"service", "mass", "prayer"} else []
            # (and by the compass, hung on the site or read as it: "an attack on a checkpoint west of Mosul")
            inners = [i for o in [obj] + whose + sites for i in prep_objects(o, {"in", "near", "outside"}) + _compass_of(o)
                      + (prep_objects(o, {"of"}) if o.lemma_.lower() in _COMPASS_PARTS else [])]
            # (a land's compass part after any town: "during dawn prayers at a mosque in Natiaboani in the east of the
            # country", the east hung on the prayers)
            inners.sort(key=lambda i: i.lemma_.lower() in _COMPASS_PARTS)
            # (and one more down, past a site no entity names: "exploded during a Catholic mass in a university
            # gymnasium in the southern Philippine city of Marawi")
            for inner in inners + [i for o in inners if table.at(o) is None for i in prep_objects(o, {"in"})]:
                # (a site's place: "a cafe in the Tulkarm refugee camp in the occupied West Bank" is in Tulkarm)
                found = argument(table, inner)
                found = facility_site(table, inner) if found is None else found
                if found is not None and table.mentions[found].cls in PLACE_CLASSES and not _border_of(table, inner, found):
                    return found
    return None


# What honours a man by his name: "the Soleimani memorial", "the Imam Hussein shrine".
_HONOURING = {"memorial", "mausoleum", "tomb", "shrine", "grave", "anniversary", "commemoration", "funeral", "statue"}
# How a deed was done, never who did it: "detonated by remote control".
_MEANS = {"control", "timer", "detonator", "phone", "telephone", "device", "wire", "remote", "mistake", "accident"}


def _compass_of(token: Token) -> list[Token]:
    """The town a place is told from by the compass: Baghdad of "a base south of Baghdad"."""
    return [o for c in token.children if c.dep_ in ("advmod", "npadvmod", "amod")
            and c.lemma_.lower() in _COMPASS_PARTS - {"centre", "center"} for o in prep_objects(c, {"of"})]


# Clauses of another time, whose deed is not the one they are hung on: "killing four people, a day after the group fired
# a missile at Israel's main airport".
_SEQUENCE_MARKS = ("after", "before", "since", "until")
# Journeys, whose "to" says where they were going, not where they were: "students travelling to a conference".
_JOURNEYS = {"travel", "head", "go", "return", "drive", "fly", "journey", "walk", "commute", "move", "sail"}


def _party(table: MentionTable, token: Token) -> bool:
    """A name of a side (a group, a force, a government), not of a place."""
    found = table.at(token)
    return found is not None and table.mentions[found].cls in ACTOR_CLASSES - PLACE_CLASSES - {"Person"}


def _honoured(table: MentionTable, token: Token, found: int) -> bool:
    """The name on a memorial is the man it honours, no place and nobody there."""
    return token.lemma_.lower() in _HONOURING and table.at(token) is None \
        and table.mentions[found].key not in table.lexicon.entries


# The parts of a site where a deed is told: "at the gate of the base", "the entrance to the hospital".
_SITE_PARTS = {"gate", "entrance", "perimeter", "wall", "fence", "courtyard", "roof", "doorstep", "edge", "outskirts"}
_BORDERS = {"border", "frontier", "boundary"}
# A land's part by the compass, wider than a town named with it: "in the east of the country".
_COMPASS_PARTS = {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "centre", "center"}


def _border_of(table: MentionTable, token: Token, found: int) -> bool:
    """A country named only for its border: "near the Mali border" (however the parser hangs "border")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    # (and "near the border with Mauritania")
    beyond = token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.lemma_.lower() in _BORDERS
    return table.lexicon.is_a(table.mentions[found].cls, "Country") and (
        (token.lemma_.lower() in _BORDERS and table.at(token) is None)
        or (after.lemma_.lower() in _BORDERS and after.head == token) or beyond)


def _possessed_place(table: MentionTable, token: Token) -> int | None:
    """The place a place's possessive names, wherever the parser hung it: a headline's "in Kashmir's
    Pahalgam" is Pahalgam, even where the parser makes Kashmir the object."""
    doc, owner = token.doc, table.at(token)
    if token.i + 2 >= len(doc) or doc[token.i + 1].tag_ != "POS" or owner is None \
            or table.mentions[owner].cls not in PLACE_CLASSES:
        return None
    found = table.at(doc[token.i + 2])
    return found if found is not None and table.mentions[found].cls in PLACE_CLASSES else None


SEATS = {"headquarters", "base", "barracks", "compound", "office", "residence", "home", "house"}  # a body's or person's
INHABITANTS = {"resident", "inhabitant", "villager", "townspeople", "population", "citizen", "dweller"}
# Common nouns that name where something happened: "at the bus station", "in the market area".
PLACE_HEADS = {"area", "street", "road", "town", "village", "city", "district", "province", "market", "station",
               "base", "camp", "checkpoint", "mosque", "church", "school", "hospital", "bakery", "restaurant",
               "hotel", "airport", "border", "square", "neighbourhood", "neighborhood", "compound", "building",
               "post", "outpost", "bridge", "highway", "port", "prison", "embassy", "region", "valley", "suburb",
               "beach", "resort", "mall", "park", "stadium", "university", "college", "headquarters", "township",
               "settlement", "kibbutz", "quarter", "zone", "coast", "harbour", "harbor", "refinery", "clinic", "hamlet",
               "island", "venue", "hall", "theatre", "theater", "department", "governorate", "county", "municipality",
               "prefecture", "oblast", "commune"}
CAPITAL_OR_PLACE = PLACE_HEADS | {"capital"}  # "in the capital Kinshasa", "in Libya's capital Tripoli"


# Buildings and sites a place name before them only locates: "a Congo church", "the Gaza hospital".
FACILITIES = {"church", "mosque", "school", "hospital", "market", "bakery", "restaurant", "hotel", "clinic", "prison",
              "embassy", "refinery", "mall", "stadium", "university", "college", "checkpoint", "camp", "consulate",
              "temple", "synagogue", "shrine", "cathedral", "seminary", "madrasa", "airport", "port", "airfield",
              "airbase", "field", "oilfield", "depot", "terminal", "plant", "base", "headquarters", "beach", "hall",
              "venue", "theatre", "theater", "nightclub", "cafe", "station", "bar", "club", "shop", "outpost",
              "garrison", "barracks", "crossing"}


def _stranded_site_word(table: MentionTable, obj: Token) -> bool:
    """A place's name the parser cut from the site it locates, as a second object of the same word: a
    headline's "attack on Congo displacement camp" hit the camp, not Congo."""
    site = next((o for o in obj.head.children if o.dep_ == obj.dep_ and o.i > obj.i
                 and o.left_edge.i == obj.i + 1 and o.lemma_.lower() in FACILITIES), None)
    found = table.at(obj)
    return site is not None and found is not None and table.mentions[found].cls in PLACE_CLASSES


# A land's divisions, whose name before the word is their own: "Colombia's southwestern Cauca province" is Cauca.
_ADMIN_KINDS = {"province", "district", "state", "region", "county", "governorate", "oblast", "municipality",
                "department", "prefecture"}


def _lies_in(table: MentionTable, inner: int, outer: int) -> bool:
    """The gazetteer puts the one place inside the other (or a town in a region of its land, whose bounds it does
    not keep: Jabalia in "northern Gaza")."""
    key, wide = table.mentions[inner].key, table.mentions[outer].key
    if table.mentions[outer].cls == "Place" and table.mentions[inner].cls in ("City", "District") \
            and (land := table.lexicon.country_of(key)) is not None and land == table.lexicon.country_of(wide):
        return True
    return table.lexicon.lies_in(key, wide)


def facility_site(table: MentionTable, token: Token) -> int | None:
    """The place a building's modifier locates it in: "a Kabul mosque" -> Kabul; and a village's country:
    "Sudan village" -> Sudan."""
    village = token.lemma_.lower() in PLACE_HEADS - FACILITIES
    if token.lemma_.lower() not in FACILITIES and not village:
        return None
    # (but "the Solino neighbourhood of Haiti's capital" is named before "of", which says what holds it)
    own = any(c.dep_ in ("compound", "nmod") and (f := table.at(c)) is not None
              and table.mentions[f].cls in PLACE_CLASSES - {"Country"} for c in token.children)
    # ("Russia's North Caucasus region of Dagestan" is Dagestan: a region is wider than what it names)
    named = next((found for o in prep_objects(token, {"of"}) if (found := table.at(o)) is not None
                  and table.mentions[found].cls in PLACE_CLASSES - {"Country"}), None) \
        if village and (not own or token.lemma_.lower() == "region") else None
    if named is not None:
        return named  # "the Burkina Faso town of Djibo" is in Djibo, not just in Burkina Faso
    # and the place that has it, but not an embassy's: "Yemen's main airport", "Gaza's largest hospital"
    deps = ("compound", "amod", "nmod") if village or token.lemma_.lower() in ("embassy", "consulate") \
        else ("compound", "amod", "nmod", "poss")
    # (and a name on the building's own modifier: "the Tulkarm refugee camp")
    modifiers = [*token.children, *(g for c in token.children if c.dep_ == "compound" for g in c.children if g.dep_ == "compound")]
    return next((found for c in modifiers if c.dep_ in deps  # (a building's own name is no place it is in)
                 and (found := table.at(c)) is not None and table.mentions[found].cls in PLACE_CLASSES - {"Facility"}
                 # (and a province's: "attack on Gezira village")
                 and (not village or (table.mentions[found].cls in ("Country", "Province") and c.dep_ == "compound"))), None)


# Nouns for violence in general, whose place words say where, never who: "Colombia's Catatumbo violence".
UNREST = {"violence", "unrest", "conflict", "war", "insurgency", "crisis", "fighting", "bloodshed", "turmoil", "chaos"}
OPEN_GROUND = {"beach", "square", "park", "field", "street", "road", "highway", "border", "frontline", "front"}
ON_PLACES = {"street", "road", "highway", "bridge", "border", "outskirts", "frontline", "front", "route", "motorway"}


def _place_words(table: MentionTable, anchors: list[Token], cls: str) -> Span | None:
    """Where it happened when no place entity says so: an untagged name or a place noun after a
    place preposition ("at Oxford Street", "in the market area", "on a busy street")."""
    preps = PLACE_PREPS | {"on"} | ({"from"} if cls in FROM_PLACE else set())
    for anchor in anchors:
        for obj in prep_objects(anchor, preps):
            if obj.ent_type_ in NOT_PARTICIPANTS or table.at(obj) is not None or _medium(obj):
                continue  # (nor "in a social media post")
            if obj.head.lower_ == "on":  # "on a busy street", but "an attack on a school" hit the school
                if obj.lemma_.lower() in ON_PLACES:
                    return phrase(table, obj)
            elif obj.lemma_.lower() in PLACE_HEADS or (obj.pos_ == "PROPN" and obj.is_title):
                return phrase(table, obj)
    return None


def _where(head: Token) -> Token | None:
    """The noun a 'where' clause hangs on: 'the market, where three people were killed' -> market."""
    node = head
    for _ in range(2):
        if any(c.dep_ == "advmod" and c.lower_ == "where" for c in node.children) and node.dep_ == "relcl":
            if node.head.pos_ not in ("NOUN", "PROPN"):
                return None
            # (the place the parser left under the people: "clashed with Hezbollah fighters in southern Lebanon,
            # where eight soldiers were killed")
            return next((o for p in node.head.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "near")
                         for o in p.children if o.dep_ == "pobj" and o.right_edge.i + 2 == node.left_edge.i),
                        node.head) if node.head.lemma_.lower() not in PLACE_HEADS else node.head
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    return None


def _on_a_life(head: Token) -> bool:
    """An assassination's mark is a man, never the place he was at: "assassination attempt at Pennsylvania rally"."""
    return head.lemma_.lower() in ("assassination", "murder") or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("assassination", "murder", "attempted") for c in head.children)


def _site_at(table: MentionTable, head: Token) -> Token | None:
    """'the bombing at the Rolando cafe' hit the cafe; 'the explosions at Oxford Street' happened there."""
    for obj in prep_objects(head, {"at"}):
        if obj.lemma_.lower() in OPEN_GROUND:
            continue  # "gunfire at Mogadishu beach": where it was, nothing it hit
        found = argument(table, obj)
        if found is None or table.mentions[found].cls not in PLACE_CLASSES - {"Facility"}:
            return obj
    return None


# "a series of attacks": the nouns that count events stand in for them in the sentence.
LEADERS = {"chief", "leader", "head", "commander", "founder", "deputy"}  # one man at a group's top
MENTION_VERBS = {"mention", "disclose", "discuss", "specify"}  # "did not mention casualties": a topic
TALK_ABOUT = {"comment", "elaborate", "speak", "talk", "detail", "information", "figure", "word", "update", "report"}
MANY_DEAD = {"massacre", "bloodbath"}
# What a kind of deed does over time, told of it as a whole: "attacks have surged".
TREND_VERBS = {"surge", "soar", "rise", "increase", "mount", "spike", "jump", "climb", "grow", "multiply", "decline",
               "fall", "drop", "decrease", "double", "triple", "skyrocket", "abate", "subside"}
RISE_NOUNS = {"surge", "rise", "increase", "spike", "upsurge", "uptick", "escalation"}
SERIES_NOUNS = {"series", "wave", "spate", "string", "campaign", "round", "barrage", "flurry", "number", "couple",
                "volley", "salvo", "hail", "pair", "trio", "handful",
                "dozens", "hundreds", "scores"}
ISSUE_VERBS = {"issue", "release", "publish", "post", "put", "make", "read", "deliver", "send", "give"}
# Verbs whose object is the weapon when they drive it "into" the target.
DRIVEN_INTO = {"ram"}
# Prepositions that open a participle clause sharing the verb's subject: "before withdrawing".
CLAUSE_PREPS = {"before", "after", "while", "without", "since", "upon", "on", "by"}  # "responded by firing"
# What a side withdraws is its own: "withdrew its troops", "pulled out 3,000 soldiers".
WITHDRAWN = {"troop", "force", "soldier", "fighter", "unit", "contingent", "personnel", "staff", "diplomat",
             "peacekeeper", "mission", "ambassador", "envoy", "citizen", "national", "army"}
RESPONSIBILITY_VERBS = {"claim", "accept", "admit", "take", "bear", "assume", "acknowledge"}


def _owned_up_for(lead: Token) -> Token | None:
    """The verb that owns up to an event: "claimed responsibility for the attack", however the parser hangs the
    "for" (on the verb, past a time: "claimed responsibility on Tuesday for a weekend attack")."""
    if lead.dep_ != "pobj" or lead.head.lower_ != "for":
        return None
    owner = lead.head.head
    verb = owner.head if owner.lemma_ == "responsibility" else owner
    if verb.lemma_ not in RESPONSIBILITY_VERBS or (verb.i == owner.i and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit") for c in verb.children)):
        return None
    return verb
RELATIVE_WORDS = {"which", "that", "who", "whom"}
# Verbs whose object an event hits when the event is their subject ("the explosion targeted a bakery"),
# or which take the event as their passive agent ("the building was destroyed by an explosion").
HIT_VERBS = {"target", "hit", "strike", "destroy", "damage", "shatter", "wreck", "flatten", "level", "devastate"}
# What is hit with nobody named is still hit in war: "energy facilities were also hit" (not "the economy was hit").
STRUCK_SITES = {"facility", "infrastructure", "building", "home", "house", "hospital", "clinic", "school", "plant",
                "station", "substation", "depot", "port", "bridge", "mosque", "church", "apartment", "warehouse",
                "refinery", "airport", "airfield", "market", "terminal", "dam", "pipeline"}


def _struck_site(head: Token, passive: Token | None, by: Token | None) -> bool:
    """A site hit or struck, in the passive and by nobody named: "energy facilities were also hit"; or burned:
    "several houses and shops were burned"."""
    return passive is not None and by is None and head.lemma_.lower() in ("hit", "strike", "burn") \
        and noun_lemma(counted(passive)) in STRUCK_SITES | {"shop", "hut", "vehicle", "car"}
DOWNING_VERBS = {"bring", "shoot", "knock"}  # "brought down a police helicopter"


def _hitting(verb: Token) -> bool:
    """A verb whose subject event hit its object: "the explosion targeted a bakery", "a drone attack
    brought down a helicopter"."""
    return verb.lemma_ in HIT_VERBS or (verb.lemma_ in DOWNING_VERBS and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children))
AIM_VERBS = {"target", "aim", "direct"}


def _not_violent_death(head: Token) -> bool:
    if head.lemma_.lower() not in DEATH_WORDS:
        return False
    if head.dep_ == "compound" and head.head.pos_ == "NOUN":
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lemma_.lower() in SENTENCING:
        return True  # "sentenced to death": a verdict
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in DEATH_WORDS:
        return True  # "the deceased died of ...": the people; their deaths are the verb's
    causes = prep_objects(head, {"of", "from"})
    if any(t.lemma_.lower() in _MISHAPS | DISASTERS for t in prep_objects(head, {"in"})):
        return True  # "most of the victims had died in a stampede", "died in an earthquake"
    for causing in (c for c in head.children if c.dep_ in ("acl", "relcl") and c.lemma_ == "cause"):
        causes += prep_objects(causing, {"by"})
    return any(t.lemma_.lower() in NATURAL_CAUSES or any(m.lemma_.lower() in NATURAL_CAUSES for m in t.children
               if m.dep_ in ("amod", "compound")) for t in causes)


_CRAFT = {"helicopter", "plane", "aircraft", "airliner", "jet", "bus", "train", "boat", "ferry", "truck", "car"}


def _crashed(head: Token) -> bool:
    """Killed in a crash: "were killed when their helicopter crashed in fog", "died in a plane crash" (not a
    drone that crashed into a building, nor a plane said to be shot down)."""
    crash = next((c for c in head.children if c.dep_ == "advcl" and c.lemma_ == "crash"
                  and any(m.lower_ == "when" for m in c.children)), None)
    craft = _child(crash, "nsubj") if crash is not None else None
    if crash is not None and craft is not None and craft.lemma_.lower() in _CRAFT and not prep_objects(crash, {"into"}):
        return True
    return any(o.lemma_ == "crash" and not any(c.lemma_.lower() in ("drone", "missile") for c in o.children)
               for o in prep_objects(head, {"in"}))


def _crashed_craft(head: Token) -> Token | None:
    """The craft whose crash the toll follows: "a military transport plane crashed ..., killing all 74 on board"
    (the deaths told, whoever downed it; the plane killed no one)."""
    crash = head.head if head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.lemma_ == "crash" else None
    craft = _child(crash, "nsubj") if crash is not None else None
    return craft if craft is not None and craft.lemma_.lower() in _CRAFT else None


def _losses(head: Token) -> bool:
    """"lost their lives", "lost two soldiers": deaths; "lost the election", "lost control" are not."""
    lost = _child(head, "dobj")
    if lost is None:
        return False
    if lost.lemma_.lower() == "life":
        return True
    people = next(iter(prep_objects(lost, {"of"})), None) if lost.like_num or lost.lemma_.lower() in QUANTITY_NOUNS else lost
    return people is not None and people.lemma_.lower() in FORCE_NOUNS | PEOPLE_NOUNS | {"man"} and _count(lost) is not None


def _among(head: Token) -> Token | None:
    """Who is counted among the dead: "Hasan was among the dead", "two children were among those
    killed", "among the wounded were three officers"."""
    noun = head.head if head.dep_ == "acl" and head.head.lower_ in ("those", "people") else head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "among" or prep.dep_ != "prep" or prep.head.lemma_ not in ("be", "include"):
        return None
    return _child(prep.head, "nsubj") or _child(prep.head, "attr")


def _with_absolute(head: Token) -> Token | None:
    """Who undergoes a participle in a 'with' clause: 'six were killed, with two Americans injured'.
    The parser hangs the participle on the verb and the people on 'with'; the people end where it begins."""
    if head.dep_ != "advcl" or head.tag_ not in ("VBN", "VBD"):  # the tagger often says VBD here
        return None
    if any(c.dep_ == "mark" and c.lower_ == "with" for c in head.children):  # or it reads "with" as a mark
        return _child(head, "nsubj")
    return next((o for o in prep_objects(head.head, {"with"})
                 if max(t.i for t in o.subtree) + 1 == head.i), None)


def _named_site(table: MentionTable, head: Token) -> tuple[int | None, Span | None]:
    """Where a nominal event happened, from a name modifying it: 'the Oklahoma City bombing' (a place
    entity), 'the Cafetería Rolando bombing' (a name the tagger left untyped)."""
    names = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i]
    for child in names:
        found = table.at(child)
        if found is not None and table.mentions[found].cls in PLACE_CLASSES:
            return found, None
    untyped = [c for c in names if c.pos_ == "PROPN" and c.is_title and c.ent_type_ in ("", "FAC", "LOC")
               and table.at(c) is None and not (c.is_sent_start and c.lower_ in table.lexicon.event_words | WEAPON_NOUNS | AIRCRAFT | PROJECTILES)
               and not (c.is_sent_start and not c.ent_type_ and c.doc[c.i + 1].pos_ != "PROPN")]
    # (a headline's "Drone attack hits ...", a sentence's "Heavy gunfire rang out": a word capitalised to open it)
    if not untyped or len(untyped) < len(names):
        return None, None  # a typed name among them ("the Taliban Kabul attack") is not a site
    words = head.doc[min(t.i for t in untyped[0].subtree): untyped[-1].i + 1]
    return None, table.span(words.start_char, words.end_char)


def _people(table: MentionTable, token: Token | None, mention: int | None) -> bool:
    """A person named, or people described: 'Ahmed Shah', 'hundreds of hostages', 'two soldiers'."""
    if token is not None and token.pos_ == "NOUN" and table.at(token) is None \
            and token.lemma_.lower() not in PEOPLE_NOUNS and not prep_objects(token, {"of"}):
        return False  # "the cargo ship Galaxy Leader": a ship, whatever the tagger made of its name
    if token is not None and token.pos_ == "NOUN" and token.lemma_.lower() in PLACE_HEADS | HELD_GROUND | FACILITIES | {
            "office", "building", "compound", "residence", "palace"}:
        # "the headquarters of the junta's Border Guard Police Command", "the office of the mayor": ground, whoever held it
        return False
    if mention is not None and table.mentions[mention].cls == "Person":
        return True
    if token is not None and token.pos_ in ("NUM", "NOUN") and token.lemma_.lower() not in PEOPLE_NOUNS:
        token = next(iter(prep_objects(token, {"of"})), token)  # "hundreds of hostages", "dozens of soldiers"
    if token is not None and (token.pos_ == "NUM" or token.ent_type_ == "ORDINAL" or token.lower_ in ("another", "others")) \
            and token.dep_ == "dobj" \
            and all(c.dep_ == "det" for c in token.children) \
            and token.head.dep_ == "conj" and _people(table, _child(token.head.head, "dobj"), None):
        return True  # "killed five of the attackers and captured one": one of them (and "captured a fourth")
    if token is None or token.lemma_.lower() not in PEOPLE_NOUNS:
        return False
    named = table.at(token)  # and "Some Ukrainian soldiers were captured": its forces' men, taken prisoner
    # (and a group's, told as its men: "killed three of the attackers", the attackers al Shabaab's)
    return named is None or table.mentions[named].cls == "StateForce" or (
        table.mentions[named].cls == "ArmedGroup" and token.tag_ == "NNS" and not token.ent_type_)


def _named_spokesman(table: MentionTable, speaker: Token | None) -> int | None:
    """The person named beside "a spokesman for X", wherever the parser hung the name: on X."""
    if speaker is None or speaker.lemma_.lower() not in SPOKESPEOPLE:
        return None
    return next((found for o in prep_objects(speaker, {"for", "of"}) for c in o.children
                 if c.dep_ == "appos" and (found := table.at(c)) is not None and table.mentions[found].cls == "Person"), None)


def _described_person(table: MentionTable, pronoun: Token) -> Token | None:
    """'One police officer at the scene recalled ... "...," he told the BBC': the last person described,
    as the subject of a recent sentence, when no named person is there for 'he' or 'she'."""
    start = pronoun.sent.start
    for _ in range(2):  # this sentence and the two before
        start = pronoun.doc[start - 1].sent.start if start > 0 else start
    # (never one inside what the pronoun's own clause reports: "A child was among the dead, he said")
    own = {t.i for t in pronoun.head.subtree} if pronoun.dep_ == "nsubj" else set()
    for token in reversed(pronoun.doc[start: pronoun.i]):
        if token.dep_ in ("nsubj", "nsubjpass") and token.tag_ == "NN" and table.at(token) is None \
                and token.lemma_.lower() in DESCRIBED_PEOPLE and token.i not in own \
                and not (token.head.dep_ == "ccomp" and token.head.head.lemma_ in REPORTING):
            # (nor one a report was about: "A spokesman said the attacker entered the mosque ... he said")
            return token
    return None


def _nobody(token: Token | None) -> bool:
    """'no one', 'nobody', 'no group', 'none of them'."""
    if token is None:
        return False
    return token.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _possessor_undergoes(table: MentionTable, head: Token, cls: str, poss: Token | None) -> bool:
    """'his arrest', 'Khashoggi's killing', 'their displacement', "the city's fall": the possessor is who (or
    what) it happened to."""
    if poss is not None and cls == "Capture" and head.lemma_.lower() == "fall" and not prep_objects(head, {"of"}):
        return True  # "the city's fall": the city was taken
    if poss is None or cls not in POSSESSOR_UNDERGOES and head.lemma_.lower() != "assassination":
        return False
    if prep_objects(head, {"of"}):
        return False  # "the Taliban's killing of civilians"
    if cls == "Displacement" or poss.lower_ in PRONOUNS_PERSON:
        return True
    found = table.at(poss)
    # and a title names one person: "Hezbollah chief's killing"
    return (found is not None and table.mentions[found].cls == "Person") or (
        found is None and poss.lemma_.lower() in TITLE_NOUNS | LEADERS)


def _accused_gerund(noun: Token) -> Token | None:
    """The accused of "accused government forces of bombing populated areas", the gerund read as a noun on "areas"."""
    if noun.dep_ == "nmod" and noun.tag_ == "NN" and noun.i == noun.head.left_edge.i and (of := noun.head).dep_ == "pobj" \
            and of.head.lower_ == "of" and of.head.head.dep_ == "dobj" and of.head.head.head.lemma_ in ALLEGE_VERBS - {"claim"}:
        return of.head.head
    return None


def _series_the_news_is_latest_of(head: Token) -> bool:
    """Deeds the news is counted the latest of: "the latest in a string of assaults", "the third in a wave of attacks"."""
    if head.dep_ != "pobj" or head.head.lower_ != "of" or head.head.head.lemma_.lower() not in SERIES_NOUNS:
        return False
    series = head.head.head
    rank = series.head.head if series.dep_ == "pobj" and series.head.lower_ == "in" else None
    return rank is not None and (rank.lower_ in ("latest", "last", "newest") or rank.ent_type_ == "ORDINAL")


def _lead(head: Token) -> Token:
    """The noun that stands for a nominal event in its sentence: 'a series of attacks' -> series."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and (head.head.head.lemma_.lower() in SERIES_NOUNS | SPANS_OF_TIME
                                                             or head.head.head.lower_ in SERIES_NOUNS):
        return head.head.head  # and "carried out weeks of strikes", "hundreds of strikes" (lemma "hundred")
    if head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.lemma_.lower() in RISE_NOUNS:
        return head.head.head  # "blames it for a surge in attacks"
    return head


def _blamed_on(noun: Token) -> Token | None:
    """Who an event is blamed on: "blamed the bombing on al-Shabaab" (the parser may hang the "on" on
    the noun, where it would name a target)."""
    # and in a relative clause: "an attack on tourists that New Delhi blamed on Pakistan"
    # or a participle: "a drone strike blamed on the RSF hit the palace"
    clause = next((c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_ == "blame"), None)
    if clause is not None:
        return next(iter(prep_objects(clause, {"on"})), None)
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lemma_ != "blame":
        return None
    return next(iter(prep_objects(noun.head, {"on"}) + prep_objects(noun, {"on"})), None)


# What suspects are held for, not what their captors did: "Police arrested two suspects in the Cali bombing".
# Times named by what happens on them: "fired rockets at Haifa on the anniversary of the attack".
OCCASIONS = {"anniversary", "eve", "occasion", "day", "night", "morning", "evening", "afternoon", "weekend", "holiday"}
# Where a deed was plotted is not where it was done: "the attack had been planned in Afghanistan".
PLOTTING = {"plan", "plot", "organise", "organize", "orchestrate", "mastermind", "prepare", "coordinate", "direct",
            "order", "finance", "fund", "hatch"}
# A land's divisions, named "the state of X": "in a village in the central state of Gezira".
DIVISION_NOUNS = {"state", "province", "region", "district", "governorate", "county", "oblast", "department"}
# Taking people captive, done in a raid rather than suspected of one.
ABDUCTING = {"abduct", "kidnap", "abduction", "kidnapping"}
SUSPECTED_OF = {"bombing", "attack", "shooting", "massacre", "ambush", "killing", "blast", "explosion", "murder",
                "assassination", "kidnapping", "abduction", "hijacking"}
# What a force does in a raid it makes: "rescued four hostages in a raid", "arrested 12 in an operation".
DONE_IN = {"rescue", "free", "liberate", "recover", "arrest", "detain", "capture", "seize", "find", "destroy",
           "dismantle", "confiscate",
           # and how it moves: "pushed up to 10 km into Russia's Kursk region in a surprise incursion"
           "push", "advance", "cross", "penetrate", "sweep", "storm", "enter"}


def _gapped_taker(table: MentionTable, head: Token) -> tuple[Token, Token] | None:
    """The forces of "the largest settlement Ukrainian troops seized", parsed as troops set beside the
    settlement and seized themselves: a taking verb on forces that stand beside ground (the forces, the ground)."""
    forces = head.head
    # (or hung on the ground, the forces set beside it: "the largest settlement Ukrainian troops seized in ...")
    forces = next((c for c in forces.children if c.dep_ == "appos" and c.right_edge.i == head.i - 1), forces) \
        if head.dep_ == "acl" else forces
    if head.dep_ != "acl" or head.tag_ not in ("VBD", "VBN") or _child(head, "agent") is not None \
            or _child(head, "auxpass") is not None or forces.tag_ != "NNS" or forces.left_edge.i == 0:
        return None
    found = table.at(forces)
    # the noun right before the forces' words, or one the parser made their modifier: "the largest settlement/nmod
    # Ukrainian troops seized"
    ground = next((c for c in forces.children if c.dep_ == "nmod" and c.i < forces.i and c.pos_ == "NOUN"),
                  forces.doc[forces.left_edge.i - 1])
    taken = ground.pos_ == "NOUN" and ground.lemma_.lower() in CAPITAL_OR_PLACE | {"settlement", "stronghold"}
    return (forces, ground) if taken and found is not None and table.mentions[found].cls in ACTOR_CLASSES else None


def _unarmed(table: MentionTable, subject: Token | None, trigger_heads: set[int]) -> bool:
    """A subject no blow comes from: no actor, weapon or craft, nor an event's own word ("a first strike hit ...,
    and a second struck")."""
    return subject is not None and not _is_actorish(table, subject, None) and subject.lemma_.lower() not in PROJECTILES \
        and subject.lower_ not in OPERATED and not _weapon(table, subject, None) and subject.i not in trigger_heads


def _armed_aim(table: MentionTable, agent: int | None, subject: Token | None) -> bool:
    """Whether who took aim bears arms: a state, its forces, an armed group, or their weapons ("French warplanes
    had targeted the village"); not a senator ("Warren targets Wells Fargo board") nor a purge."""
    if agent is not None:
        return table.canonical(agent).cls in ("StateForce", "ArmedGroup", "Country")
    return subject is not None and (subject.lemma_.lower() in PROJECTILES | NON_STATE_NOUNS | FORCE_NOUNS
                                    or subject.lower_ in OPERATED)


# What sanctions, not arms, are aimed at: "the administration targeted 13 more Venezuelan officials".
SANCTIONED = {"official", "firm", "company", "bank", "individual", "entity", "sector", "export", "import", "oligarch",
              "asset", "account", "business", "economy", "network", "supplier", "exporter", "importer", "elite"}
SANCTION_MEASURES = {"sanction", "tariff", "measure", "restriction", "ban", "embargo", "law", "legislation", "fine"}


def _sanctioned(head: Token) -> bool:
    """Targeted by a government's measures, not its arms: "the Trump administration targeted 13 Venezuelan
    officials", "targeted Russian banks with sanctions"."""
    obj = _child(head, "dobj")
    return (obj is not None and obj.lemma_.lower() in SANCTIONED) \
        or any(o.lemma_.lower() in SANCTION_MEASURES for o in prep_objects(head, {"with", "through", "by"}))


def _in_which(head: Token, trigger_heads: set[int]) -> Token | None:
    """The event 'in which' people were killed, however the parser hung the clause: "claimed attacks on a
    school and the airport in Bamako on Tuesday, in which dozens of people were killed"."""
    which = next((o for o in prep_objects(head, {"in", "during"}) if o.tag_ == "WDT"), None)
    if which is None and head.dep_ == "ccomp" and head.head.dep_ == "relcl":
        # (or on the report of it: "a raid on the camp in which health authorities said 274 were killed")
        which = next((o for o in prep_objects(head.head, {"in", "during"}) if o.tag_ == "WDT"), None)
    if which is None:
        return None
    if head.dep_ == "relcl" and head.head.i in trigger_heads:
        return head.head
    for t in reversed(head.doc[head.sent.start: which.head.i]):
        if t.pos_ in ("VERB", "AUX"):
            return None  # another clause's: "the bombing may have been retaliation for operations ..., in which"
        if t.i in trigger_heads and t.pos_ == "NOUN":
            return t
    return None


def _when_clause(verbs: list[Token], trigger_heads: set[int]) -> Token | None:
    """The event a "when" or "as" clause on these verbs tells: "were killed when fighters shelled the town", or
    its subject: "were killed when an airstrike hit a market"."""
    clauses = [c for h in verbs for c in h.children if c.dep_ == "advcl"
               and any(m.lower_ in ("when", "as") and m.dep_ in ("advmod", "mark") for m in c.children)]
    return next((s for c in clauses if c.lemma_.lower() in HIT_VERBS and (s := _child(c, "nsubj")) is not None
                 and s.i in trigger_heads), None) or next((c for c in clauses if c.i in trigger_heads), None)


def _gerund_after(obj: Token) -> Token | None:
    """The noun in "-ing" the parser took for a verb after a preposition's object: in "killed in Pakistani
    shelling" it made "Pakistani" the object and "shelling" a clause of "killed"."""
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    return after if after is not None and obj.dep_ == "pobj" and after.tag_ == "VBG" and after.dep_ == "advcl" \
        and after.head == obj.head.head and obj.head.lower_ in ("in", "by", "during", "amid", "from") \
        and obj.ent_type_ == "NORP" and _child(after, "dobj") is None else None


def _nominal_agent(table: MentionTable, head: Token, statement_lemmas: set[str]) -> tuple[Token | None, str]:
    """Who carried out an event named by a noun, from the verbs around it."""
    lead = _lead(head)
    if lead.dep_ == "conj" and lead.head.dep_ in ("dobj", "nsubjpass") and lead.head.pos_ == "NOUN" \
            and lead.head.head.lemma_ in LIGHT_VERBS:
        lead = lead.head  # "launched a massive missile and drone attack", the attack joined to its first kind
    if lead.dep_ == "dobj" and lead.head.pos_ == "NOUN" and lead.head.i == lead.i - 1 and lead.head.dep_ == "dobj" \
            and lead.head.head.lemma_ in LIGHT_VERBS:
        lead = lead.head  # a headline's "Hamas launches surprise attack", the attack made the surprise's object
    if lead.dep_ == "pobj" and lead.head.lower_ in ("for", "on", "to") and lead.head.head.lemma_.lower() in PACT_NOUNS:
        lead = lead.head.head  # "signed an agreement for a seven-day ceasefire"
    if lead.dep_ == "pobj" and lead.head.lower_ in ("to", "for", "on") and lead.head.head.lemma_ in PACT_VERBS:
        verb = lead.head.head  # "the two sides agreed to a truce", "signed a deal on Saturday for a truce"
        return _subject(table, verb) or _inherited_subject(table, verb, statement_lemmas)[0], "agreed"
    if lead.dep_ in ("dobj", "nsubjpass") and (lead.head.lemma_ in LIGHT_VERBS or (
            lead.head.lemma_ in PACT_VERBS and lead.lemma_.lower() in STRUCK_NOT_HIT)):  # not "struck a meeting"
        # "the group launched a series of attacks", "an offensive was launched by the army"
        light = lead.head
        if light.lemma_ in ORDERING and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in lead.children):
            return None, ""  # "he ordered the strikes": the strikes told before, made by the forces ordered
        if light.lemma_ == "claim" and _child(light, "neg") is not None:
            return None, ""  # "the RSF did not claim the attacks": nobody's, as far as the claim goes
        if light.lemma_ in ("end", "conclude") and head.lemma_.lower() in ("siege", "blockade", "encirclement"):
            return None, ""  # "security forces ended the siege": those who broke it, not who laid it
        by = next(iter(prep_objects(light, {"by"})), None) if lead.dep_ == "nsubjpass" else None
        subject = by or _subject(table, light) or _inherited_subject(table, light, statement_lemmas)[0]
        if light.lemma_ == "claim":
            subject = _spoken_for(table, subject)
        return _relative_antecedent(light, subject), "light-verb"
    claimed = next((c for n in [head, *prep_objects(head, {"on", "against"})] for c in n.children
                    if c.dep_ in ("relcl", "acl") and c.lemma_ == "claim" and _child(c, "neg") is None
                    and (_child(c, "nsubjpass") is not None or (c.dep_ == "acl" and c.tag_ == "VBN"))), None)
    if claimed is not None and (by := next(iter(prep_objects(claimed, {"by"})), None)) is not None:
        # "the attack on the base, which was claimed by al Qaeda affiliate JNIM" (hung on the base or the attack),
        # "in an attack claimed by Islamic State"
        return _spoken_for(table, by), "claimed"
    if (owner := _owned_up_for(lead)) is not None and _child(owner, "neg") is None:
        # "the IRA accepted responsibility for the bombings", "ISIS, which claimed responsibility for ..."
        subject = _spoken_for(table, _subject(table, owner) or _inherited_subject(table, owner, statement_lemmas)[0])
        return _relative_antecedent(owner, subject), "claimed"
    if lead.dep_ == "pobj" and lead.head.lower_ in ("for", "of") and lead.head.head.lemma_ in ALLEGE_VERBS - {"claim"}:
        return _accused(lead.head.head), "blamed"  # "X was blamed for a bombing", "accused X of the attack"
    if (accused := _accused_gerund(lead)) is not None:
        return accused, "blamed"  # "accused government forces of bombing populated areas"
    if lead.dep_ == "pobj" and lead.head.lower_ == "with" and lead.head.head.lemma_ in ANSWERING:
        verb = lead.head.head  # "the military has responded with airstrikes": its airstrikes
        return _subject(table, verb) or _inherited_subject(table, verb, statement_lemmas)[0], "answered-with"
    if (blamed := _blamed_on(lead)) is not None:
        return blamed, "blamed"
    if lead.dep_ == "pobj" and lead.head.lower_ in ("after", "following", "amid", "during") and prep_objects(head, {"with"}) \
            and head.lemma_.lower() in MUTUAL and lead.head.head.pos_ == "VERB":
        # "Fano militiamen took control of the town after heavy fighting with federal troops": they fought
        verb = lead.head.head
        return _subject(table, verb) or _inherited_subject(table, verb, statement_lemmas)[0], "fought"
    if lead.dep_ == "pobj" and lead.head.lower_ in ("after", "following") and head.lemma_.lower() in _PUSHES \
            and lead.head.head.pos_ == "VERB" and lead.head.head.lemma_ in _TAKING and not any(
                c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in ("NORP", "GPE", "ORG") for c in head.children):
        # "Israeli tanks took control of the crossing after an overnight push into the city": their push
        verb = lead.head.head
        return _subject(table, verb) or _inherited_subject(table, verb, statement_lemmas)[0], "pushed"
    if (joiner := _joined_in(lead)) is not None:  # "JNIM had taken part in the attack", "was behind the bombing"
        return _subject(table, joiner) or _inherited_subject(table, joiner, statement_lemmas)[0], "took part"
    if lead.dep_ == "pobj" and lead.head.lower_ == "under" and (by := next(iter(prep_objects(lead.head.head, {"by"})), None)):
        return by, "under-by"  # "Djibo, which has been under blockade by JNIM fighters"
    doing = lead.head.head if lead.dep_ == "pobj" and lead.head.lower_ in ("in", "during") else None
    if doing is not None and doing.dep_ == "acl" and doing.tag_ == "VBN" and doing.head.dep_ == "dobj" \
            and doing.head.head.lemma_ in DONE_IN:
        doing = doing.head.head  # "rescued four hostages held by Hamas in a daytime raid": the rescuers' raid
    elif doing is not None and doing.dep_ == "dobj" and doing.pos_ == "NOUN" and doing.head.lemma_ in DONE_IN:
        doing = doing.head  # a headline's "Israeli special forces free two hostages in Rafah raid", the "in" on the hostages
    if doing is not None and doing.lemma_ in DONE_IN and head.lemma_.lower() not in MUTUAL | SUSPECTED_OF | _GATHERED \
            and (doer := _child(doing, "nsubj")) is not None and _is_actorish(table, doer, argument(table, doer)):
        return doer, "did-in"  # "Israel rescues four hostages in Gaza raid": Israel's raid
    for verb in (c for c in lead.children if c.dep_ in ("acl", "relcl") and c.lemma_ in LIGHT_VERBS):
        by = next(iter(prep_objects(verb, {"by"})), None)  # "attacks carried out by people linked to ..."
        if by is not None:
            return by, "carried-out-by"
        maker = _child(verb, "nsubj") if verb.dep_ == "relcl" and _child(verb, "dobj") is None else None
        if maker is not None and maker.lower_ not in RELATIVE_WORDS:
            return maker, "light-verb"  # "a ceasefire it declared", "the offensive the army launched in May"
    return None, ""


# What crowds do, never those who act during it: "arrested 1,200 people during protests" are no police protests.
_GATHERED = {"protest", "demonstration", "rally", "march", "riot", "unrest", "uprising", "vigil", "sit-in"}
# A drive that ends in ground taken, and the verbs of the taking: "took the town after a push into it".
_PUSHES = {"push", "offensive", "advance", "assault", "incursion", "thrust", "drive"}
_TAKING = {"take", "seize", "capture", "retake", "recapture", "overrun", "enter", "gain", "regain", "storm"}


def _joined_in(noun: Token) -> Token | None:
    """The verb of "took part in the attack", "participated in the raid", "was behind the bombing"."""
    if noun.dep_ != "pobj":
        return None
    prep, verb = noun.head, noun.head.head
    if _child(verb, "neg") is not None or (verb.lemma_ == "part" and _child(verb.head, "neg") is not None):
        return None  # "Washington would not take part in any Israeli counter-strike": nobody's part, as far as it goes
    if prep.lower_ == "in" and (verb.lemma_ == "participate" or (
            verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))):
        return verb
    if prep.lower_ == "in" and verb.lemma_ == "part" and verb.dep_ == "dobj" and verb.head.lemma_ == "take":
        return verb.head
    if prep.lower_ == "behind" and verb.lemma_ == "be" and _child(verb, "neg") is None:
        return verb
    return None


SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}


def _spoken_for(table: MentionTable, subject: Token | None) -> Token | None:
    """Whom a spokesman claims an attack for: "Houthi military spokesman Yahya Saree claimed the attack",
    "Zabihullah Mujahid, a Taliban spokesman, claimed it" are the group's claims, and the group's attacks."""
    if subject is None or (found := table.at(subject)) is None or table.mentions[found].cls != "Person":
        return subject
    # and so a leader's: "Gran Grif leader Luckson Elan claimed responsibility for the massacre"
    for title in (c for c in subject.children if c.dep_ in ("compound", "appos")
                  and c.lemma_.lower() in SPOKESPEOPLE | LEADER_WORDS):
        for modifier in (c for c in title.children if c.dep_ in ("compound", "amod", "nmod", "poss")):
            group = table.at(modifier)
            if group is not None and table.mentions[group].cls in ACTOR_CLASSES - {"Person"}:
                return modifier
    return subject


def _shot_down(verb: Token) -> bool:
    """What was shot down was hit, not fired: "shot down a U.S. Reaper drone"."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children)


def _projectile(token: Token | None) -> bool:
    """'rockets', 'a barrage of rockets', 'dozens of missiles'."""
    return token is not None and noun_lemma(counted(token)) in PROJECTILES


def _object_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of, itself or set beside the object: "sank the carrier Eternity C,
    the second vessel"."""
    if noun.dep_ == "appos":
        noun = noun.head
    return noun.head if noun.dep_ == "dobj" else None


def _fired_weapon_of(head: Token, trigger_heads: set[int]) -> bool:
    """A participle describing the weapon another attack verb was carried out by: "the ship was struck by
    rocket-propelled grenades fired from small boats"."""
    weapon = head.head
    if head.dep_ != "acl" or head.lemma_.lower() not in FIRING_VERBS or not _projectile(weapon):
        return False
    # (or what the weapon did: "a missile fired by the Houthis struck a playground")
    verb = weapon.head.head if weapon.dep_ == "pobj" and weapon.head.dep_ == "agent" else \
        weapon.head if weapon.dep_ == "nsubj" else None
    return verb is not None and verb.i in trigger_heads and verb.lemma_ in HIT_VERBS


def _aimed_at(table: MentionTable, verb: Token, projectile: Token | None) -> Token | None:
    """What a projectile was fired at, whether the parser hangs the phrase on the verb or on the
    weapon: "fired rockets at Sderot", "fired more than 100 drones toward Israel"."""
    held = prep_objects(counted(projectile), AIMED_PREPS - {"on"}) if projectile is not None else []
    return next((o for o in prep_objects(verb, AIMED_PREPS) + held
                 if (o.ent_type_ not in ("DATE", "TIME") or table.at(o) is not None)  # not "on Friday"
                 and not (o.lemma_.lower() in OCCASIONS and table.at(o) is None)), None)  # nor "on the anniversary"


def noun_lemma(token: Token) -> str:
    """The lemma, also of a plural the tagger took for a name: a sentence's first "Rockets were fired"."""
    low = token.lemma_.lower()
    return low[:-1] if token.pos_ == "PROPN" and token.tag_ == "NNPS" and low.endswith("s") else low


def _verb_above(noun: Token) -> Token | None:
    """The verb a prepositional phrase belongs to, however low the parser hung it: "denied involvement in
    the attack in a statement" -> denied."""
    node = noun.head.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ not in ("pobj", "dobj", "prep") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _told(verb: Token, skip: Token, text: str) -> Span:
    """A verb's own words without its subject and one of its phrases: "denied involvement" of "The TTP
    denied involvement in a statement"."""
    left_out = {t.i for t in skip.subtree} | {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "punct",
                                                                                     "aux", "cc", "conj") for t in c.subtree}
    words = [t for t in verb.subtree if t.i not in left_out]
    words = words[: next((k for k in range(1, len(words)) if words[k].i != words[k - 1].i + 1), len(words))]
    b, e = words[0].idx, words[-1].idx + len(words[-1])
    return Span(b, e, text[b:e])


def _carrier(head: Token) -> Token | None:
    """The noun a saying participle describes: the statement of "a statement saying the army ...", the
    video of "released a video saying ..."; not a person ("a man saying he saw it" is the man's word)."""
    if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.pos_ == "NOUN" and head.head.ent_type_ == "" \
            and head.head.lemma_.lower() not in DESCRIBED_PEOPLE:
        return head.head
    return None


_TOLD_VERBS = {"tell", "inform", "brief", "notify", "alert", "warn"}


def _told_by(noun: Token) -> bool:
    """The "by" after an event noun is who told of it, when a passive telling hangs on it: "Trump had been
    told of the strike by the U.S. military" (the military told; it did not strike)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "about", "on") else None
    return verb is not None and verb.lemma_.lower() in _TOLD_VERBS and verb.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in verb.children) and not prep_objects(verb, {"by"})


def _author(table: MentionTable, noun: Token, statement_lemmas: set[str]) -> Token | None:
    """Who a statement, video or message is from: its possessor or "from" ("a Taliban statement", "a
    video from the group"), else whoever put it out ("the army issued a statement", "a video posted by
    the group")."""
    author = next((c for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                   and argument(table, c) is not None), None)
    author = author or next(iter(prep_objects(noun, {"from", "by"})), None)
    if author is None and noun.dep_ == "dobj":
        author = _subject(table, noun.head) or _inherited_subject(table, noun.head, statement_lemmas)[0]
        author = _relative_antecedent(noun.head, author)
    elif author is None and noun.dep_ == "nsubjpass":
        author = next(iter(prep_objects(noun.head, {"by"})), None)
    elif author is None and noun.dep_ == "acl" and noun.tag_ == "VBN":
        author = next(iter(prep_objects(noun, {"by"})), None)
    return author


def _earlier_issuer(table: MentionTable, noun: Token, statement_lemmas: set[str]) -> Token | None:
    """Who put out "the statement" told before: "the ministry said in a statement ... The army responded,
    the statement added" is the ministry's."""
    det = _child(noun, "det")
    if det is None or det.lower_ != "the":
        return None
    for earlier in reversed(noun.doc[:noun.i]):
        if earlier.lemma_ != noun.lemma_ or earlier.pos_ != "NOUN":
            continue
        author = _author(table, earlier, statement_lemmas)
        if author is None and earlier.dep_ == "pobj" and earlier.head.lower_ == "in":
            author = _child(earlier.head.head, "nsubj")  # "the ministry said in a statement"
        if author is not None and argument(table, author) is not None:
            return author
    # or the body that spoke just before, its words a statement too: "U.S. Central Command said it conducted an
    # airstrike ... Iraqi forces found the bodies, the statement said"
    start = noun.doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
    for verb in reversed(noun.doc[start: noun.sent.start]):
        speaker = _child(verb, "nsubj") if verb.pos_ == "VERB" and verb.lemma_ in ("say", "announce") else None
        found = argument(table, speaker) if speaker is not None else None
        if found is not None:
            return speaker if table.canonical(found).cls in ACTOR_CLASSES - PLACE_CLASSES - {"Person"} else None
    return None


def _issued(noun: Token) -> SSpan:
    """A statement noun with the verb that put it out, as one trigger: "issued a statement", "released
    a statement"; the noun alone otherwise."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in ISSUE_VERBS and verb.i < noun.i:
        return noun.doc[verb.i: noun.i + 1]
    return noun.doc[noun.i: noun.i + 1]


def _relative_antecedent(verb: Token, subject: Token | None) -> Token | None:
    """'which' in 'ISIS, which claimed ...' stands for ISIS."""
    if subject is not None and subject.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
        comma = verb.left_edge.i - 1
        if verb.lemma_ in ALLEGE_VERBS and comma - 1 > verb.head.i \
                and verb.doc[comma].text == "," and verb.doc[comma - 1].pos_ == "PROPN":
            # one blames the name just before, not the word the parser hung the clause on: "a deal between
            # Congo and Rwanda, which Kinshasa accuses of backing the rebels" is Rwanda
            return verb.doc[comma - 1]
        if subject.lower_ in ("who", "whom") and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of" \
                and verb.head.head.head.dep_ == "appos" and verb.head.head.head.lemma_.lower() in TITLE_NOUNS | {"head"}:
            # "Cherizier, leader of the Viv Ansanm gang coalition, who was not hurt": the man the title is his
            return verb.head.head.head.head
        return verb.head
    return subject


def _mutual(head: Token) -> set[str]:
    """Fights have two sides, the other one after "with": "clashed with the army", "clashes with police"."""
    return {"with"} if head.lemma_.lower() in MUTUAL else set()


# What a fight does as it starts or goes on.
BREAKING_OUT = {"break", "erupt", "rage", "continue", "resume", "intensify", "escalate", "flare", "occur", "persist"}


def _between(head: Token) -> tuple[Token, Token] | None:
    # or on the verb it is subject of: "Fighting broke out in Amhara last August between the army and Fano"
    verb = [head.head] if head.dep_ == "nsubj" and head.head.lemma_ in BREAKING_OUT else []
    for obj in [o for t in [head, *verb] for o in prep_objects(t, {"between"})]:
        other = _child(obj, "conj")
        if other is not None:
            return obj, other
        for first in (c for c in obj.children if c.dep_ in ("nmod", "compound", "amod") and c.i < obj.i):
            if (other := _child(first, "conj")) is not None:
                return first, other  # "between the Taliban and Afghan forces", read as one noun with two modifiers
            if first.dep_ == "nmod" and _child(first, "cc") is not None:
                return first, obj  # "between Fano and federal troops", the name read as the troops' modifier
    # or two names joined by a hyphen before it: "the Israel-Hezbollah ceasefire", "Russia-Ukraine talks"
    # (two names, each its own: not the halves of "Pont-Sonde")
    second = next((c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_iob_ == "B"), None)
    if second is None:
        return None
    joined = next((c for c in second.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i + 2 == second.i
                   and head.doc[c.i + 1].text == "-" and not head.doc[c.i].whitespace_ and c.ent_iob_ == "B"), None)
    return (joined, second) if joined is not None else None


def _hit_by_event(head: Token) -> Token | None:
    """What an event named by a noun hit, from the verb it is subject or agent of, or the participle
    that says what it was aimed at: 'the explosion targeted a bakery', 'the building was shattered by
    an explosion', 'bombings targeted at the Russian military', 'bombings which were aimed at civilians'."""
    verb = head.head
    if head.dep_ == "nsubj" and _hitting(verb):
        return _child(verb, "dobj")
    if head.dep_ == "pobj" and verb.dep_ == "agent" and _hitting(verb.head):
        return _child(verb.head, "nsubjpass")
    for modifier in (c for c in head.children if c.dep_ in ("acl", "relcl")):
        for aimed in [modifier] + [c for c in modifier.children if c.dep_ in ("xcomp", "ccomp")]:
            if aimed.lemma_ in AIM_VERBS:
                found = next(iter(prep_objects(aimed, {"at", "against"})), None) or _child(aimed, "dobj")
                if found is not None and found.lower_ not in RELATIVE_WORDS:
                    return found
    return None


# The harms a wire reports in one breath, dropping the second "were": "six were killed and three others
# wounded", "two people were killed and several others wounded" (the parser takes "wounded" as active).
ELIDED_HARMS = {"Killing", "Injury", "Arrest"}


CONVEYANCES = {"ship", "vessel", "tanker", "boat", "convoy", "train", "bus", "vehicle", "truck", "plane", "helicopter"}
# Those a country's name before them places rather than owns ("a Pakistan passenger train"; "an Israeli
# convoy" or "a Russian helicopter" may well be the state's).
CIVIL_CONVEYANCES = {"train", "bus", "ferry", "airliner", "tanker"}


def _reported_harm(verb: Token) -> Token | None:
    """The harm a passive "reported" or "believed" tells of: "hundreds reported killed", "five believed wounded"."""
    # (a headline's "reported" may be tagged past: its bare participle, with no subject of its own, says passive)
    if verb.lemma_ not in ("report", "believe") or verb.tag_ not in ("VBN", "VBD") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ == "VBN"
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)), None)


def _absolute_participle(verb: Token, subject: Token) -> bool:
    """A participle with its own subject, set off by a comma and with no "were" or object: an absolute
    phrase, passive by meaning ("..., most of them killed in shootings"; "..., several shot at close range")."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and subject.dep_ == "nsubj" and subject.head.i == verb.i \
        and subject.i < verb.i and subject.left_edge.i > 0 and subject.doc[subject.left_edge.i - 1].text == "," \
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)


def _among_them(noun: Token) -> bool:
    """Some of those just counted, which the parser makes an object: "16 people wounded, among them seven children"."""
    return any(c.dep_ == "prep" and c.lower_ == "among" and any(o.lower_ in ("them", "those") for o in c.children)
               for c in noun.children)


def _in_headline(token: Token) -> bool:
    """The word stands in the headline: the first line, a sentence with no full stop."""
    first_line = token.doc.text.find("\n") % (len(token.doc.text) + 1)  # (a text of one line is all headline)
    return (token.sent.start == 0 or 0 < token.idx < first_line) and not token.sent.text.rstrip().endswith(".")


def _elided_passive(verb: Token, subject: Token, cls: str) -> bool:
    """Whether "... and 30 wounded" is a passive sharing the first verb's "were": the subject suffered.
    So is a headline's "21 killed", "Five soldiers wounded in ambush": counted people, a harm, no object."""
    if any(c.dep_ in ("aux", "auxpass") or (c.dep_ == "dobj" and not _among_them(c)) for c in verb.children):
        return False
    if getattr(_reported_harm(verb.head), "i", None) == verb.i:
        return True  # "hundreds reported killed": those reported suffered it
    in_headline = _in_headline(verb)
    # (the tagger may make it past tense where a thing is the subject: "after ship attacked/VBD")
    undergone = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and noun_lemma(subject) in PLACE_HEADS | FACILITIES | CONVEYANCES)
    if in_headline and undergone and verb.dep_ != "conj" and any(
            (c.dep_ == "mark" and c.lower_ in ("after", "as", "before")) or c.dep_ == "neg" for c in verb.children):
        return True  # a headline's "... after ship attacked", "Ukraine says city not encircled": what underwent it
    if in_headline and undergone and cls in ATTACKS and noun_lemma(subject) in CONVEYANCES | FACILITIES:
        return True  # "UN helicopter attacked in South Sudan": the helicopter was, no weapon of an attack (and the
        # tagger's past "Mali army convoy ambushed near Gao")
    if verb.dep_ != "conj":
        # and a headline's "after armed group leader killed", "Hamas commander killed in strike": someone, no object
        headline = in_headline and (
            subject.lemma_.lower() in PEOPLE_NOUNS | FORCE_NOUNS or subject.ent_type_ == "PERSON")  # ("Mali army ... killed")
        # (a clause before it and a comma is the headline's other half: "Israel launches operation in
        # Jenin, 10 Palestinians killed")
        return cls in ELIDED_HARMS and verb.tag_ in ("VBN", "VBD") and (_one_count(subject) is not None or headline) \
            and not any(c.dep_ == "ccomp" and not (c.i < subject.i and c.right_edge.nbor(1).text == ",")
                        for c in verb.children)
    if subject.like_num and verb.tag_ == "VBN":
        return True  # "... and 30 wounded"
    if _child(verb.head, "auxpass") is None:
        return False
    # and counted ground or gear: "58 soldiers had been killed and 25 posts captured"
    return cls in ELIDED_HARMS and verb.tag_ in ("VBN", "VBD") or verb.tag_ == "VBN" and _one_count(subject) is not None


# What weapons are called: as a subject ("twin bombs exploded, killing three") or passive agent ("killed by an
# improvised explosive device") they are the instrument, not the one who acted.
LAID_BOMBS = {"mine", "landmine", "device", "ied", "bomb", "explosive"}  # what a vehicle strikes and is hit by
WEAPON_NOUNS = {"bomb", "device", "ied", "explosive", "explosives", "mine", "landmine", "rocket", "missile", "shell",
                "grenade", "mortar", "bullet", "gunfire", "shrapnel", "munition", "projectile", "car-bomb", "booby-trap",
                "rifle", "gun", "firearm", "weapon", "machete", "knife", "fragment", "debris"}


# Wars and the like: what people are killed in, never who kills them.
WARS = {"war", "conflict", "violence", "unrest", "insurgency", "crisis", "fighting", "hostility", "bloodshed"}
AIRCRAFT = {"drone", "warplane", "jet", "aircraft", "helicopter", "gunship", "plane", "uav", "fighter-jet"}


def _flown_by(aircraft: Token) -> bool:
    """Whether the words name whose aircraft: "Army warplanes", "Russian drones", "the junta's jets"."""
    return any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and (
        c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG") or c.lemma_.lower() in FORCE_NOUNS | {"junta", "regime"})
        and c.lower_ != "fighter")  # (a "fighter jet" is a kind of jet, flown by no fighters)
        for c in aircraft.children)


def _weapon(table: MentionTable, token: Token | None, mention: int | None) -> bool:
    if token is None or (token.lemma_.lower() not in WEAPON_NOUNS
                         and not any(c.lower_ == "unmanned" for c in token.children)):  # "an unmanned surface vessel"
        return False
    return mention is None or table.mentions[mention].cls not in ACTOR_CLASSES


# Things an attack hits that kill no one themselves: "a drone strike on the palace that killed several soldiers".
STRUCK_THINGS = {"palace", "convoy", "vehicle", "car", "bus", "truck", "train", "ship", "vessel", "boat", "house", "home",
                 "tent", "shelter", "residence", "office", "tower", "apartment", "block", "gathering", "wedding", "funeral"}


def _told_place_of(noun: Token, trigger_heads: set[int]) -> Token | None:
    """The event whose place a relative clause's noun names, for the parser hangs "that killed four"
    on the last noun: "a bombing ... at Mindanao State University in Marawi city that killed four"."""
    # and through the attack's own objects: "attacks on dissidents of the former FARC in the Catatumbo
    # region that killed at least 80 people"
    node = noun
    for hop in range(4):
        # (or the place it hit: "a drone attack on a base in Jordan on Sunday that killed three")
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or (hop == 0 and node.head.lower_ not in PLACE_PREPS and not (
                node.head.lower_ in ("on", "against") and (node.lemma_.lower() in PLACE_HEADS | FACILITIES | STRUCK_THINGS
                                                           # (or a place by its name: "a rocket attack on the Golan
                                                           # Heights that killed 12 children")
                                                           or node.ent_type_ in ("GPE", "LOC", "FAC")))):
            return None
        node = node.head.head
        if node.i in trigger_heads:
            return node
    return None


# Ground a force holds, and so can leave: "left the country", "left their positions".
HELD_GROUND = {"country", "territory", "capital", "position", "stronghold", "front", "frontline", "enclave", "island",
               "state", "garrison", "barracks", "trench", "line"}


# Weak verbs of taking or closing in on ground, which say so only by what they take: "took Bakhmut".
GROUND_VERBS = {"take", "cut", "surround", "abandon"}  # and left: "abandoned their positions", not "abandoned talks"


def ground_taken(table: MentionTable, verb: Token, cls: str) -> bool:
    """What the verb takes or surrounds is ground (or, surrounded, a force): a place named or a place noun.
    Else no trigger at all, not even to anchor other events' words: "took place in the Shangla district"."""
    obj = _child(verb, "dobj") or _child(verb, "nsubjpass")
    subject = _child(verb, "nsubj")
    if obj is None or (subject is not None and subject.lemma_.lower() in table.lexicon.event_words):
        return False  # "the onslaught had taken 50 districts": what an event took is told by its own words
    found = table.at(counted(obj))  # the word itself names it: not "the US flag was taken down"
    if found is not None and (table.mentions[found].cls in PLACE_CLASSES
                              or (cls == "Siege" and table.mentions[found].cls in ACTOR_CLASSES)):
        return True
    taken = noun_lemma(counted(obj))
    return taken in CAPITAL_OR_PLACE or (taken in PLACE_PARTS and bool(prep_objects(obj, {"of"}))) \
        or (cls == "Siege" and taken in FORCE_NOUNS) or (cls == "Withdrawal" and taken in HELD_GROUND)
    # ("parts of the city", not "took part in")


# What goods are weighed or counted in: "a ton of fentanyl pills", "two truckloads of weapons".
MEASURES = {"ton", "tonne", "kilogram", "kilo", "kg", "pound", "gram", "litre", "liter", "barrel", "crate", "truckload"}


def _not_ground(obj: Token) -> bool:
    """What is seized without taking ground: "seized power", "seized dozens of weapons"."""
    taken = counted(obj)
    if taken.lower_ in ("more", "less", "over", "nearly", "almost"):
        taken = next(iter(prep_objects(taken, {"than"})), taken)
    if taken.lemma_.lower() in MEASURES:  # "seized more than a ton of fentanyl pills"
        taken = next(iter(prep_objects(taken, {"of"})), taken)
    return taken.lemma_.lower() in NOT_CAPTURED or taken.lower_ in NOT_CAPTURED


# Classes whose verb takes what it acts on as its object, so that a relative clause without one is
# about the noun it describes.
# Not a bombing: "the bomb the militants detonated" is the weapon.
_GAP_CLASSES = {"Attack", "Airstrike", "Killing", "Injury", "Capture", "Siege", "Arrest", "Accusation", "Threat"}
# Nouns a relative clause tells when or how of: "the day the rebels attacked".
_CIRCUMSTANCES = {"day", "night", "week", "month", "year", "time", "moment", "morning", "evening", "hour", "way",
                  "reason", "weekend", "date"}


def _gap_object(head: Token, cls: str) -> Token | None:
    """The noun a relative clause with a subject and no object describes: "Bukavu, the city the rebels
    captured in February", "government forces it accuses of killing civilians"."""
    described = head.head
    subject = _child(head, "nsubj")
    if head.dep_ != "relcl" or head.pos_ != "VERB" or cls not in _GAP_CLASSES or subject is None \
            or subject.lower_ in RELATIVE_WORDS \
            or head.lemma_.lower() == "die" or described.lemma_.lower() in _CIRCUMSTANCES \
            or described.ent_type_ in ("DATE", "TIME") \
            or any(c.lower_ in ("where", "when", "why", "how") or (c.dep_ == "prep" and any(
                o.lower_ in ("which", "whom") for o in c.children)) for c in head.children):
        return None
    if described.lemma_.lower() in COMPASS | {"border"} and described.dep_ == "pobj":
        # "Bara, a town 60 kilometers (37 miles) to the north that the RSF captured": the town, past its distance
        before = (t for t in reversed(described.doc[described.sent.start:described.head.i])
                  if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in DISTANCE_UNITS)
        return next(before, described)
    return described


# Who does harm and then runs: their flight is an escape, not a displacement.
PERPETRATORS = {"gunman", "attacker", "assailant", "bomber", "perpetrator", "suspect", "militant", "kidnapper",
                "abductor", "raider", "robber", "culprit", "shooter", "killer"}


def _perpetrators_fled(fleer: Token | None) -> bool:
    """The ones who fled did the harm: "the gunmen fled", "six attackers were involved and they fled"."""
    if fleer is not None and fleer.lower_ in ("they", "he") and fleer.dep_ == "nsubj":
        # the subject just before in the sentence: "said six attackers had been involved and that they fled"
        fleer = next((t for t in reversed(fleer.doc[fleer.sent.start: fleer.i])
                      if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")), None)
    return fleer is not None and noun_lemma(fleer) in PERPETRATORS


def _gerund_misread(verb: Token) -> bool:
    """A gerund after "denied" the parser read as an adjective on its object: "denied attacking/amod civilians"."""
    return verb.dep_ == "amod" and verb.tag_ == "VBG" and verb.i + 1 == verb.head.i and verb.head.dep_ == "dobj" \
        and verb.head.head.lemma_.lower() in DENY_VERBS | {"admit", "acknowledge"} and verb.i == verb.head.left_edge.i


def _misread_object(table: MentionTable, verb: Token) -> Token | None:
    """A name right after the verb that the parser took for an adverb: "since it captured Bakhmut in
    May" (Bakhmut/ADV). Named, so an object all the same. So is a number the parser left hanging."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.head.i == verb.i and after.dep_ in ("dep", "nummod") and after.like_num:
        return after  # a headline's "violence kills 80", the number cut off by the line's end ("displaces 400,000")
    # (the entity scan only where a number's entity starts right after the verb: this runs for every verb)
    tally = next((e.root for e in verb.doc.ents if e.start == after.i), None) \
        if after is not None and after.ent_iob_ == "B" and after.ent_type_ == "CARDINAL" else None
    if tally is not None and tally.dep_ == "nsubj" and tally.head.i > verb.i and tally.head.pos_ == "VERB":
        return tally  # "has displaced hundreds of thousands since the insurgency began", parsed as who began
    if (robbed := stranded_object(verb)) is not None:
        return robbed  # "killing at least 42 people, ..., police said", the people parsed as the speakers
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None) \
        if _child(verb, "dobj") is None else None
    taken = _child(joined, "nsubj") if joined is not None else None
    if taken is not None and joined is not None and _object_taken_as_subject(taken, joined) is not None:
        return taken  # "killed at least 51 people and the army chief told troops ...": the people were killed
    # (or "killed two police officers guarding it", the gerund read as an adverbial clause of its own)
    # (and "attacked Israeli forces gathering near the crossing", the participle read as a clause of its own)
    clause = next((c for c in verb.children if (c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN")
                                                 or c.dep_ in ("advcl", "ccomp") and c.tag_ == "VBG" and c.i > verb.i)
                   and not any(g.dep_ in ("mark", "aux", "auxpass") for g in c.children)), None) \
        if verb.lemma_.lower() in HARM_VERBS | {"attack", "target", "shell", "bomb", "strike", "hit"} and _child(verb, "dobj") is None else None
    people = _child(clause, "nsubj") if clause is not None else None
    if people is not None and people.left_edge.i == verb.i + 1 and people.pos_ == "NOUN":
        return people  # "killed at least 85 civilians gathered for a festival", the participle read as their verb
    if _gerund_misread(verb):
        return verb.head  # "denied attacking civilians", parsed as attacking civilians
    # a name after the verb read as a second subject, one being before it: "it had recaptured Wad Madani, the capital"
    second = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and (f := table.at(c)) is not None
                   and table.lexicon.is_a(table.mentions[f].cls, "Place")), None)
    if second is not None and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return second
    # (a name of several words: the word of it the parser hung on the verb, "recaptured Wad Madani")
    named = table.at(after) if after is not None else None
    word = next((t for t in verb.doc[verb.i + 1: verb.i + 6] if t.head.i == verb.i and table.at(t) == named), None) \
        if named is not None else None
    if word is None and named is not None and after is not None and after.dep_ in ("advmod", "npadvmod") \
            and after.head.i < verb.i and table.lexicon.is_a(table.mentions[named].cls, "Place") \
            and not any(c.dep_ in ("dobj", "prt") for c in verb.children):
        return after  # "an offensive that saw them capture Aleppo, Hama and Homs", the town hung on the clause before
    if word is None or word.dep_ not in ("advmod", "npadvmod"):
        return None
    return word


def _left_behind(table: MentionTable, verb: Token) -> bool:
    """'Leave' is a withdrawal from a place ("left Kidal", "left the town"), or with no object ("the
    troops left on Monday"); not "leaving behind rifles", nor leaving something in a state."""
    if any(c.dep_ == "prt" and c.lower_ == "behind" for c in verb.children):
        return True
    if any(c.dep_ in ("ccomp", "oprd", "xcomp") for c in verb.children):
        return True  # "leaving the vessel flooded and one crew member missing": what the attack left it
    obj = _child(verb, "dobj")
    if obj is None:
        return False
    found = argument(table, obj)
    return not (found is not None and table.mentions[found].cls in PLACE_CLASSES) \
        and obj.lemma_.lower() not in PLACE_HEADS | HELD_GROUND


SPANS_OF_TIME = {"day", "week", "month", "hour", "night", "year"}


def _into_ground(table: MentionTable, head: Token, span: SSpan) -> bool:
    """What a force goes into is a place: a named one, "the town", "the centre of Bukavu"."""
    entered = [c for c in head.children if c.dep_ == "dobj"] + prep_objects(span[-1] if span[-1].dep_ == "prep" else head, {"into", "on"}) \
        + [c for c in span[-1].children if c.dep_ == "pobj"]
    for obj in entered:
        for place in (obj, *prep_objects(obj, {"of"})):
            found = argument(table, place)
            if (found is not None and table.mentions[found].cls in PLACE_CLASSES) \
                    or place.lemma_.lower() in PLACE_HEADS | HELD_GROUND:
                return True
    return False


def _event_holding(noun: Token, trigger_heads: set[int]) -> Token | None:
    """The event noun a phrase of prepositions hangs from: "clashes" for "FARC" in "clashes between the group
    and dissidents of the former FARC"; past what the noun it hangs from was doing: "strike" for "camp" in "An
    Israeli air strike on a school sheltering displaced people in the Nuseirat refugee camp killed 33"."""
    for _ in range(10):
        if (noun.dep_ in ("pobj", "conj", "prep") and noun.head.pos_ in ("NOUN", "PROPN", "ADP")) \
                or (noun.dep_ == "dobj" and noun.head.dep_ == "acl" and noun.head.tag_ == "VBG") \
                or (noun.dep_ == "acl" and noun.tag_ == "VBG" and noun.head.pos_ == "NOUN"):
            noun = noun.head
            if noun.i in trigger_heads and noun.pos_ == "NOUN":
                return noun
        else:
            break
    return None


def _top_noun(noun: Token) -> Token:
    """The noun a phrase hangs from: "forces" for "tanks" in "forces backed by tanks and vehicles"."""
    for _ in range(6):
        if noun.dep_ in ("conj", "pobj", "acl") and noun.head.pos_ in ("NOUN", "PROPN", "ADP", "VERB") or noun.dep_ in ("prep", "agent"):
            noun = noun.head
        else:
            break
    return noun


def _is_actorish(table: MentionTable, token: Token | None, mention: int | None) -> bool:
    if mention is not None and table.mentions[mention].cls in ACTOR_CLASSES:
        return True
    # "rival factions fought", "hundreds of fighters entered the town"
    if token is not None and token.lower_ in ("they", "we") and token.dep_ == "nsubj" and token.head.dep_ == "ccomp" \
            and (speaker := _child(token.head.head, "nsubj")) is not None:
        token = speaker  # "Syrian rebels declared that they had taken the capital": the rebels, unnamed
    return token is not None and counted(token).lemma_.lower() in FORCE_NOUNS | NON_STATE_NOUNS


# Nouns "bomb" names a kind of, never a bombing: "bomb shelters", "the bomb squad".
_BOMB_COMPOUNDS = {"shelter", "squad", "disposal", "threat", "scare", "maker", "making", "proof", "sniffer", "detector"}


def event_from_trigger(table: MentionTable, span: SSpan, trigger: Trigger, trigger_heads: set[int],
                       statement_lemmas: set[str]) -> Event | None:
    head = span.root
    cls = trigger.cls
    if any(c.lower_ in NOT_THIS_EVENT.get(head.lemma_.lower(), ()) for c in head.children if c.dep_ in ("amod", "compound")):
        return None
    if cls in STATEMENTS and any(c.dep_ == "xcomp" and c.lemma_.lower() in UNNAMED
                                  and any(g.dep_ == "auxpass" for g in c.children) for c in head.children):
        return None  # "a resident, who asked not to be named": how the source is kept, not a statement
    if cls not in STATEMENTS and head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("either", "neither")
                                                          for c in head.children):
        return None  # "No group claimed responsibility for either attack": the two told, neither a third
    if cls == "Arrest" and ((head.dep_ in ("compound", "nmod", "amod") and head.head.lemma_.lower() in ("warrant", "order"))
                            or any(c.dep_ == "dobj" and c.lemma_.lower() == "warrant" for c in head.children)):
        return None  # "issued arrest warrants for Netanyahu": a court's order, nobody arrested (and the headline's
        # "ICC issues arrest/VB warrants", parsed as arresting them)
    if cls in HARMS and head.dep_ == "amod" and head.tag_ == "VBN" and head.i > 0 and head.doc[head.i - 1].lower_ == "the" \
            and any(t.dep_ == "amod" and t.tag_ == "VBN" for t in head.doc[head.i + 1: head.head.i]):
        return None  # "ensure the injured received care", "injured" the parser's modifier of "care": those hurt before
    if cls == "Killing" and head.dep_ == "amod" and head.head.lemma_.lower() in table.lexicon.event_words \
            and any(c.ent_type_ == "ORDINAL" or c.tag_ == "JJS" for c in head.head.children):
        return None  # "the first fatal attack by the group on shipping": the attack just told, ranked, no death more
    if cls in ATTACKS and any(c.lower_ in ACCIDENTAL for c in head.children if c.dep_ in ("amod", "advmod")):
        return None  # "the device detonated accidentally", "two accidental explosions": no one attacked
    if cls == "Killing" and (_not_violent_death(head) or trigger.lemmas == ("lose",) and not _losses(head) or _crashed(head)):
        return None
    if cls == "Protest" and (led := _child(head, "dobj")) is not None and noun_lemma(counted(led)) in PEOPLE_NOUNS:
        return None  # "marched the hostages into the bush": made them walk, no protest
    marcher = _child(head, "nsubj") if cls == "Protest" else None
    if marcher is not None and marcher.pos_ == "PRON" and head.dep_ == "advcl":
        # "The rebels were cheered by some residents as they marched through the streets": the rebels
        marcher = _child(head.head, "nsubj") or _child(head.head, "nsubjpass") or marcher
    if marcher is not None and (marcher.lemma_.lower() in FORCE_NOUNS | NON_STATE_NOUNS or (
            (found := table.at(marcher)) is not None and table.canonical(found).cls in ("ArmedGroup", "StateForce"))):
        return None  # "his forces would march on Kinshasa": an advance, no protest
    if cls == "Displacement" and head.pos_ == "VERB" and _escaping(head):
        return None  # "Three inmates who tried to flee were found dead": an escape, nobody driven from home
    if cls == "Withdrawal" and head.lemma_.lower() == "leave" and _left_behind(table, head):
        return None  # "escaped, leaving behind rifles", "left a note": something left, not a place
    # (or the noun the parser hung the verb on: "since Traore seized power", "seized" a modifier of "power")
    if cls == "Killing" and head.pos_ == "VERB" and (killed := _child(head, "dobj")) is not None \
            and killed.lemma_.lower() in NOT_KILLED:
        return None  # "a trade war would kill jobs", "killed the deal": no one died
    if cls == "Capture" and head.pos_ == "VERB" and _child(head, "dobj") is None and (
            any(c.dep_ == "prep" and c.lower_ == "as" for c in head.children)
            or any((found := argument(table, o)) is not None and table.mentions[found].cls == "Person"
                   for o in prep_objects(head, {"from"}))):
        return None  # "Slot took over from Klopp", "took over as chief of staff": a post, not ground
    if cls == "Capture" and (any(_not_ground(o) for c in head.children if c.dep_ == "dobj"
                                 for o in [c, *(prep_objects(c, {"of", "over"}) if c.lemma_ == "control" else [])])
                             or (head.dep_ == "amod" and head.head.i == head.i + 1 and _not_ground(head.head))):
        return None
    if head.lower_ == "bomb" and head.i + 1 < len(head.doc) and head.doc[head.i + 1].lemma_.lower() in _BOMB_COMPOUNDS:
        return None  # "sending millions of Israelis to bomb shelters": a shelter, no bombing
    if cls in ATTACKS and head.pos_ == "VERB" and (fought := _child(head, "dobj")) is not None \
            and fought.lemma_.lower() in UNREST | {"rebellion", "insurrection", "uprising"}:
        return None  # "has been battling an Islamist insurgency since 2015": a war waged, no attack told
    if cls in ATTACKS and _attack_told_again(head, trigger_heads, statement_lemmas):
        return None  # "opened fire on people ..., killing at least 40 ... in an attack that set the building ablaze"
    if head.pos_ == "NOUN" and head.dep_ in ("pobj", "conj") and _known_for(head):
        return None  # "the Abu Sayyaf, known for kidnappings and beheadings": what it is known for, none told
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in TALLY_NOUNS \
            and _superlative(head.head.head):
        return None  # "the highest number of homicides of any Mexican state": a ranking, no killing
    if cls == "Protest" and head.lower_ == "protest" and head.dep_ == "pobj" and head.head.lower_ == "in" \
            and not any(c.dep_ in ("det", "amod", "compound", "poss") for c in head.children):
        return None  # "summoned the U.S. charge d'affaires in protest": a government's displeasure, no demonstration
    if head.dep_ == "xcomp" and head.tag_ == "VB" and head.head.lemma_ == "use" and head.head.tag_ == "VBN" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return None  # "Su-34 bombers used to strike Ukraine", "drones are used to attack ships": what they are for
    if cls == "Killing" and head.lower_ == "death" and not any(c.dep_ in ("det", "poss", "nummod", "prep") for c in head.children) \
            and any(w.lemma_.lower() in _RUIN for w in head.conjuncts):
        return None  # "continue to sow death and desolation", "brought death and destruction": a deed's fruit, no killing
    if cls == "Killing" and head.lower_ == "slain" and head.dep_ == "amod" and _count(head.head) is None \
            and not any(c.dep_ in ("det", "poss") for c in _described_noun(head).children):
        return None  # "a memorial for slain Iranian general": who he is, his killing told elsewhere (but "the slain
        # generals" are those the story tells were killed)
    if (cls in ATTACKS or cls == "Killing") and head.dep_ in ("oprd", "attr") and head.head.lemma_.lower() in NAMING_VERBS \
            and any(c.dep_ == "dobj" and c.lower_ in ("it", "this", "that") for c in head.head.children):
        return None  # "Officials called it a terrorist attack", "called it a massacre": the deed told, named (but "an
        # appalled public called it rape" may be the only word for the harm done)
    if head.tag_ == "NNS" and any(c.dep_ in ("amod", "predet", "det") and c.lower_ in ("similar", "such") for c in head.children) \
            and not any(c.ent_type_ == "ORDINAL" or c.tag_ == "JJS" or c.dep_ == "nummod" for c in head.children):
        return None  # "jihadists have carried out similar attacks in the area", "to use the weapons for such strikes":
        # others like it, none told
    if cls == "Displacement" and head.dep_ == "amod" and head.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("acl", "relcl") and c.i > head.head.i for c in head.head.children):
        return None  # "more than a million displaced Palestinians sheltering there": who they are, however many
    if cls == "Displacement" and head.dep_ == "amod" and head.head.dep_ == "nsubj" \
            and head.head.head.lemma_.lower() in STAYING and (head.head.head.tag_ in ("VBP", "VBZ") or any(
                c.dep_ == "aux" and c.lower_ in ("are", "is", "'re") for c in head.head.head.children)):
        return None  # "Rafah, where more than a million displaced Palestinians are sheltering": who is there now
    if cls == "Displacement" and head.dep_ == "amod" and (_count(head.head) is None or head.head.i in trigger_heads):
        return None  # "a school sheltering displaced families", "camps for displaced people": who they are
        # (a headline's "school sheltering displaced kills 22" hangs the count on the deed it modifies)
    # (the parser may take the apposition for a second object: "fired rockets at Tel Aviv, the first such attack")
    second_object = head.dep_ == "dobj" and head.left_edge.i > 0 and head.doc[head.left_edge.i - 1].text == "," \
        and any(c.dep_ == "dobj" and c.i < head.i for c in head.head.children)
    # (or ranked after a toll: "a strike ... killed three members of the PFLP, the group said, the first Israeli attack
    # within the city limits")
    ranked_after = any(c.ent_type_ == "ORDINAL" or c.tag_ == "JJS" for c in head.children)
    if cls in ATTACKS and (head.dep_ == "appos" or second_object) and (told := clause_verb(head)).i in trigger_heads \
            and told.pos_ == "VERB" and (told.lemma_.lower() in FIRING_VERBS | HIT_VERBS | {"attack", "bomb", "shell", "pound"}
                                         or (ranked_after and told.lemma_.lower() in ("kill", "wound", "injure"))):
        return None  # "Russia launched 472 drones at Ukraine, the largest drone attack of the war": that attack
    if cls in ATTACKS and head.dep_ == "relcl" and (sunk := _object_verb(head.head)) is not None \
            and sunk.i in trigger_heads and sunk.lemma_ == head.lemma_:
        return None  # "sank the Eternity C, the second vessel it has sunk in a week": that sinking, counted
    # "one of the largest incursions of the war": that incursion, among others
    ranked = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ == "one" else head
    if cls not in STATEMENTS and ranked.dep_ == "pobj" and ranked.head.lower_ == "in" \
            and (ranked.head.head.lemma_ in statement_lemmas or ranked.head.head.i in trigger_heads
                 # (or the parser's "in" on those it killed: "killing at least 133 people in the deadliest attack")
                 or ranked.head.head.dep_ == "dobj" and ranked.head.head.head.i in trigger_heads
                 # (or on a deed told with one: "killing at least 133 people and setting the building ablaze in the
                 # deadliest attack")
                 or ranked.head.head.dep_ == "conj" and ranked.head.head.head.i in trigger_heads) \
            and any(c.tag_ == "JJS" or (c.ent_type_ == "ORDINAL" and c.dep_ == "amod") for c in head.children):
        return None  # "killed 74 people, the ministry said on Friday, in the deadliest attack since ...": what it told,
        # ranked (and "abducted 280 pupils ..., residents said, in one of the largest mass kidnappings in years")
    if cls in ATTACKS and head.pos_ == "VERB" and (subject := _child(head, "nsubj")) is not None and any(
            t.lower_ in DISTANCE_SUPERLATIVES and head.doc[t.i - 1].lower_ == "the"
            for t in head.doc[max(head.sent.start + 1, subject.left_edge.i - 2): subject.i + 1]):
        return None  # "..., the closest Israel has struck to the heart of the capital": how near the strike told came
    if cls in STATEMENTS and head.pos_ == "VERB" and any(c.dep_ == "oprd" and c.lemma_.lower() in UNDERGOER for c in head.children):
        return None  # a headline's "Wagner chief Prigozhin confirmed dead": his death confirmed, no word of his
    if (cls in ATTACKS or (cls in HARMS and _superlative(ranked))) and ranked.dep_ == "attr" and ranked.head.lemma_ == "be" \
            and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in ranked.head.children):
        return None  # "It was the first such attack in months": the attack just told, ranked (and "It was the
        # highest death toll among UNRWA staff in a single incident": the toll just told)
    if cls in ATTACKS and ranked.dep_ == "attr" and ranked.head.lemma_ == "be" \
            and any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or c.lower_ == "such" for c in ranked.children) \
            and any(c.dep_ == "nsubj" and _named_event(c, trigger_heads) for c in ranked.head.children):
        return None  # "The attack on Tower 22 ... was the first deadly strike against U.S. forces": that attack, ranked
    if cls in ATTACKS | HARMS and head.dep_ in ("oprd", "dobj") and head.head.lemma_.lower() in NAMING_VERBS \
            and any(_named_event(c, trigger_heads) for c in head.head.children if c.dep_ == "dobj" and c.i < head.i):
        return None  # "the attack, which it called a massacre", "called the strikes a war crime": a name for it
    if cls in ATTACKS | HARMS and head.dep_ == "attr" and head.head.lemma_ == "be" and head.lemma_.lower() in MANY_DEAD \
            and any(c.dep_ == "nsubj" and _named_event(c, trigger_heads) for c in head.head.children):
        return None  # "Hamas said the strikes were a massacre of displaced people": what the strikes were called
    described = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else None
    if cls in ATTACKS | HARMS and described is not None and described.lemma_.lower() in NAMING_VERBS | DESCRIBING \
            and any(_named_event(c, trigger_heads) for c in described.children if c.dep_ == "dobj"):
        return None  # "condemned the strike as a blatant assassination": what it was called, no second deed
    if cls in HARMS and head.pos_ == "NOUN" and _count(head) is None and (
            head.dep_ == "pobj" and head.head.lower_ in ("on", "about") and head.head.head.lemma_.lower() in TALK_ABOUT
            or head.dep_ == "dobj" and head.head.lemma_.lower() in MENTION_VERBS
            # (nor a toll not given: "It did not give a casualty toll")
            or head.dep_ == "compound" and head.head.lemma_.lower() in ("toll", "figure", "count", "tally")
            and _child(head.head.head, "neg") is not None
            # (nor a figure not given for them: "without giving a figure for government casualties")
            or head.dep_ == "pobj" and head.head.lower_ in ("for", "on", "of")
            and head.head.head.lemma_.lower() in ("toll", "figure", "count", "tally", "number")
            and _not_given(head.head.head.head)):
        return None  # "without commenting on casualties", "did not mention casualties": a topic, no toll
    if cls == "Bombing" and head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.lemma_.lower() in ("cause", "trigger", "spark") \
            and head.head.dep_ in ("advcl", "conj") and head.head.head.i in trigger_heads:
        return None  # "drones attacked the air base, causing explosions at ammunition depots": what the attack set off
    if cls in ATTACKS and head.pos_ == "NOUN" and head.tag_ == "NNS" and head.dep_ == "pobj" \
            and head.head.lower_ in ("on", "about") and head.head.head.lemma_.lower() in TALK_ABOUT \
            and not any(c.dep_ in ("det", "nummod", "poss", "amod", "compound", "prep") for c in head.children):
        return None  # "The junta rarely comments on attacks": a topic, no deed
    if cls not in STATEMENTS and _series_the_news_is_latest_of(head):
        return None  # "..., the latest in a string of assaults by Islamist militants": the ones before the news
    if cls not in STATEMENTS and head.pos_ == "NOUN" and head.tag_ == "NNS" and head.dep_ == "nsubj" \
            and head.head.lemma_.lower() in TREND_VERBS and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.head.children) \
            and not any(c.dep_ in ("det", "nummod", "poss") for c in head.children):
        return None  # "Kidnappings for ransom have surged across northern Nigeria": a trend, no deed of its own
    if cls == "Protest" and head.lemma_.lower() == "rally" and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in CAMPAIGNING for r in head.doc
            if r.lemma_.lower() == "rally" for c in r.children):
        return None  # "shot at a campaign rally": a candidate's meeting, no protest (nor the headline's "Pennsylvania rally")
    if cls in ATTACKS and head.pos_ == "NOUN" and _the_deed_reported(head, trigger_heads, statement_lemmas):
        return None  # "X was shot at a campaign event, authorities said, in an attack that shocked the country": that shooting
    # (where the phrase begins, whatever else the parser hung on it: the "said" before "the first such strike")
    opening = min([c.left_edge.i for c in ranked.children if c.dep_ in ("det", "amod", "compound", "nummod", "poss")]
                  + [ranked.i])
    headlined = _in_headline(head)  # (a headline drops its "the")
    # (and "surrendered ... on Sunday, the biggest single surrender since the incursion began")
    if cls in ATTACKS | HARMS | {"Arrest", "Surrender", "Capture", "Withdrawal"} \
            and ranked.dep_ in ("appos", "dobj", "npadvmod", "advcl", "dep") and opening > 0 \
            and ranked.doc[opening - 1].text == "," and (_superlative(head) or _first_such(head) or (
                cls in HARMS | {"Arrest"} and any(c.ent_type_ == "ORDINAL" and c.dep_ == "amod" for c in head.children))) \
            and (ranked.i != head.i or headlined or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)):
        # "killed 74 people, the ministry said, the deadliest strikes since ...", "..., one of its most
        # ambitious attacks of the war": those told, ranked (and "killing three crew members, the first
        # fatalities in the group's campaign"; "abducted 15 pupils ..., the second mass kidnapping in a week")
        return None
    if cls in ATTACKS and ranked.lower_ == "one" and ranked.i != head.i and ranked.dep_ in ("attr", "oprd", "ccomp", "xcomp") \
            and _superlative(head):
        return None  # "making it one of the deadliest attacks in the country's history", "it was one of ...": ranked
    if cls in ATTACKS | HARMS and head.pos_ == "VERB" and head.dep_ == "relcl" and head.head.lemma_.lower() == "time" and any(
            c.lower_ in ("first", "second", "third", "last") or c.ent_type_ == "ORDINAL" for c in head.head.children):
        return None  # "It was the first time Israel had publicly struck Yemen": the strike told, ranked (and "the
        # first time U.S. troops had been killed by enemy fire in the Middle East since ...": the deaths told)
    if cls in ATTACKS and head.dep_ == "pobj" and head.head.lower_ in ("from", "in", "of") \
            and head.head.head.lemma_.lower() in ("toll", "tally", "loss", "number", "figure") and _superlative(head.head.head):
        return None  # "the highest death toll from a single strike in the territory since 2000": strikes ranked
    if cls in HARMS and head.pos_ == "NOUN" and head.tag_ == "NNS" and head.dep_ == "dobj" \
            and head.head.lemma_.lower() in ("mean", "cause", "bring", "risk", "cost") \
            and any(c.dep_ == "amod" and c.lower_ in ("more", "fewer", "further") for c in head.children) \
            and not any(c.dep_ == "nummod" for c in head.children):
        return None  # "Every day of delay means more deaths": what is to come, no deaths told
    if cls in ATTACKS and head.lemma_.lower() in DOWNING_VERBS and _shot_down(head) \
            and (shooter := _child(head, "nsubj")) is not None \
            and shooter.lemma_.lower() in ("defence", "defense", "defences", "defenses", "system", "interceptor") \
            and ((shot := _child(head, "dobj")) is not None and _projectile(shot) or shot is None and any(
                noun_lemma(t) in PROJECTILES for t in head.doc[head.i + 1: min(head.i + 8, head.sent.end)])):
        return None  # "air defences had shot down five of the six missiles": an interception, no attack (but "shot
        # the plane down" downed a plane)
    if cls in HARMS and _ranked_victim(head):
        return None  # "the most senior figure in the group to be killed since the ceasefire": the one told, ranked
    if cls in HARMS and head.dep_ == "relcl" and _among_the_dead(head, trigger_heads):
        return None  # "Among the dead were 10 staff members of a charity, who were killed in their office": those
    if cls in ATTACKS and _fired_weapon_of(head, trigger_heads):
        return None  # "struck by grenades fired from small boats": one attack, told by "struck"
    # (never a word in a noun's place the tagger took for a verb: "would launch counteroffensives/VBZ")
    # (nor one joined to a noun: "with the support of African Union troops and US airstrikes/VBZ")
    misread = (head.dep_ in NOUN_DEPS or (head.dep_ == "conj" and head.head.pos_ == "NOUN" and head.tag_ in ("VBZ", "VBP"))) \
        and _child(head, "dobj") is None and (
        head.tag_ in ("VBZ", "VBP", "VB", "VBD") or (head.tag_ == "VBN" and head.dep_ == "pobj")  # "hundreds of wounded"
        # a gerund with a noun's modifiers: "damaged by Ukrainian shelling"
        or (head.tag_ == "VBG" and head.dep_ == "pobj" and any(c.dep_ in ("amod", "poss", "det") for c in head.children)))
    verbal = trigger.pos != "n" and head.pos_ in ("VERB", "AUX") and not misread or (head.pos_ == "ADJ" and (head.dep_ in ("acomp", "ROOT", "conj", "oprd") or _left_so(head))) or (
        head.pos_ == "ADJ" and head.dep_ == "amod" and head.lemma_.lower() in UNDERGOER) or (  # "two wounded soldiers"
        _slain_read_as_noun(head)) or (  # "the slain commander Qassem Soleimani", "slain" a noun to the tagger
        trigger.pos == "v" and head.pos_ == "NOUN" and head.dep_ == "ROOT") or (  # "rebels storm Aleppo", tagged a noun
        # a "noun" with a subject and an object of its own: "The army retook/NN Khartoum in March"
        trigger.pos != "n" and head.pos_ == "NOUN" and _child(head, "nsubj") is not None and _child(head, "dobj") is not None) or (
        trigger.pos != "n" and _auxiliary_with_subject(head) is not None)
    roles = Roles()
    said_by_doing = False
    subj_tok: Token | None = None
    objects: list[Token] = []  # their prepositional phrases place the event too: "attacked a base in Somalia"
    reduced: Token | None = None
    if verbal:
        subj_tok = _subject(table, head)
        if subj_tok is None and head.i > 0 and _gerund_after(before := head.doc[head.i - 1]) == head \
                and (found := table.at(before)) is not None and table.mentions[found].cls == "StateForce":
            subj_tok = before  # "killed in Pakistani shelling": the parser took the noun for a verb, the demonym for its object
        if subj_tok is None and _demonym_gerund(table, head):
            subj_tok = head.head  # "Pakistani shelling across the Line of Control killed ...": the demonym, parsed as the head
        if subj_tok is None and getattr(_reported_harm(head.head), "i", None) == head.i:
            subj_tok = _child(head.head, "nsubj") or _child(head.head, "nsubjpass")  # "hundreds reported killed"
        doer = next((c for c in subj_tok.children if c.dep_ == "appos" and c.i == subj_tok.i + 1 and c.pos_ == "PROPN"
                     and (f := table.at(c)) is not None and table.mentions[f].cls in ACTOR_CLASSES), None) \
            if subj_tok is not None and subj_tok.pos_ == "NOUN" and cls not in STATEMENTS and _child(head, "dobj") is None else None
        if doer is not None:
            # "Sudzha, the largest settlement Ukraine seized": a relative clause the parser read as a name set
            # beside its subject; Ukraine seized the settlement
            reduced, subj_tok = subj_tok, doer
        if cls in STATEMENTS and subj_tok is not None and table.at(subj_tok) is None and _child(subj_tok, "nummod") is not None:
            # "..., killing at least 24 people including children, a spokesperson for a rebel group said": the
            # parser takes the counted dead for the speaker and hangs the speaker on them
            subj_tok = next((t for t in subj_tok.subtree if t.dep_ == "appos" and t.lemma_.lower() in TITLE_NOUNS), subj_tok)
        if subj_tok is None and head.dep_ == "acl" and trigger.lemmas[-1] == "into" and head.head.dep_ == "ROOT":
            # a headline read as one noun phrase: "Islamist-led rebels swept into Aleppo" (who went in went)
            subj_tok = head.head
        if subj_tok is None and head.dep_ == "acl" and head.tag_ == "VBD" and head.head.dep_ in ("ROOT", "ccomp") \
                and cls not in STATEMENTS and _is_actorish(table, head.head, argument(table, head.head)):
            # a finite past the parser read as a participle: "Boko Haram militants abducted at least 40 farmers"
            subj_tok = head.head
        said_clause = head.head if head.dep_ == "conj" and subj_tok is None else head
        relative = subj_tok if said_clause is head else _child(said_clause, "nsubj")
        if relative is not None and relative.lower_ in ("that", "which") and said_clause.dep_ == "ccomp" \
                and said_clause.head.dep_ == "relcl" and said_clause.head.lemma_ in statement_lemmas \
                and said_clause.head.head.i < relative.i < said_clause.head.i:
            # "a raid that health authorities said killed 274 people and wounded hundreds": the raid killed them
            subj_tok = said_clause.head.head
        elif relative is not None and relative.lower_ == "that" and relative.tag_ == "IN" and said_clause.dep_ == "ccomp" \
                and said_clause.head.dep_ in ("advcl", "ccomp") and said_clause.head.lemma_ in statement_lemmas and relative.i > 0 \
                and relative.i < said_clause.head.i and relative.doc[relative.i - 1].pos_ == "NOUN" \
                and relative.doc[relative.i - 1].i in trigger_heads:
            # (the parser's "said" hung on the main verb: "in a raid backed by heavy air strikes that Palestinian health
            # officials said killed 274 people": the strikes just before the "that")
            subj_tok = relative.doc[relative.i - 1]
        if subj_tok is not None and subj_tok.tag_ in ("WDT", "WP") and head.dep_ == "relcl" and (
                subj_tok.tag_ == "WP" or cls not in STATEMENTS or _is_actorish(table, head.head, argument(table, head.head))):
            # "an affiliate that has blockaded Djibo": the affiliate did; but "the boat that said" is no speaker
            pronoun, subj_tok = subj_tok, head.head
            if cls in HARMS and subj_tok.i not in trigger_heads:
                subj_tok = _told_place_of(subj_tok, trigger_heads) or subj_tok
            if cls in HARMS and subj_tok.i not in trigger_heads and pronoun.tag_ != "WP":
                # "launched a swarm of drones ... in response to Israeli strikes on Beirut last week that killed 22
                # people": the strikes nearer the "that" killed, wherever the parser hung the clause
                subj_tok = next((t for t in reversed(head.doc[subj_tok.i + 1: head.left_edge.i])
                                 if t.i in trigger_heads and t.pos_ == "NOUN" and t.dep_ in ("pobj", "dobj")), subj_tok)
            if cls in HARMS and subj_tok.lemma_.lower() in PACT_NOUNS:
                # "signed an agreement ..., pledging to end fighting in eastern Congo that has killed thousands":
                # no pact kills; the fighting nearer the "that" does, wherever the parser hung the clause
                subj_tok = next((t for t in reversed(head.doc[subj_tok.i + 1: head.left_edge.i])
                                 if t.i in trigger_heads and t.pos_ == "NOUN"), subj_tok)
        if cls in STATEMENTS and subj_tok is not None and subj_tok.i in trigger_heads \
                and subj_tok.lemma_ in statement_lemmas:
            # "a statement from the ministry said ...": one act, named by the noun; the verb says what it
            # said, and the statement speaks for whoever issued it.
            span = head.doc[subj_tok.i: subj_tok.i + 1]
            subj_tok = _author(table, subj_tok, statement_lemmas) or _earlier_issuer(table, subj_tok, statement_lemmas) \
                or subj_tok
        if subj_tok is not None and subj_tok.dep_ == "nsubj" and head.tag_ in ("VBD", "VBN") and _child(head, "agent") is not None:
            # "Rockets fired by Hezbollah hit ...", parsed with "fired" as the verb: the "by" says it is a
            # participle, and its subject what was fired
            subj_tok = None
        left_so = _left_so(head)  # "left 12 people dead", "leaving five wounded"
        bare = subj_tok if subj_tok is not None and _elided_passive(head, subj_tok, cls) else None
        if left_so or bare is not None:
            subj_tok = None
        carrier = _carrier(head) if cls in STATEMENTS else None
        if carrier is not None:
            # "issued a statement saying ...", "released a video saying ...": one act; whoever put the
            # statement out said it, and the noun, if a statement word, names the act.
            if carrier.i in trigger_heads and carrier.lemma_ in statement_lemmas:
                span = _issued(carrier)
            subj_tok = _author(table, carrier, statement_lemmas)
        if left_so or bare is not None:
            # "left 12 people dead", or the count on the word itself: "leaves at least 184 dead"
            passive = (_child(head.head, "dobj") or _child(head, "nsubj")
                       or (head if _child(head, "nummod") is not None else None)) if left_so else bare
        else:
            passive = None if carrier is not None else _subject(table, head, ("nsubjpass",)) or (
                _child(head, "nsubj") if subj_tok is None and _child(head, "agent") is not None else None)
            passive = _relative_antecedent(head, passive)  # "Zambada, who was detained by US authorities"
            if passive is not None and passive.tag_ == "VBN" and (taken := _child(passive, "nsubj")) is not None \
                    and taken.pos_ in ("NOUN", "PROPN"):
                passive = taken  # "its soldiers freed had been captured", the parser's participle for the subject
            if passive is not None and passive.lower_ in ("it", "they") and head.dep_ == "advcl" \
                    and (main := _child(head.head, "nsubj")) is not None and main.pos_ == "NOUN" \
                    and argument(table, passive) is None:
                passive = main  # "The convoy was travelling ... when it was ambushed": the convoy
            if passive is not None and cls in HARMS and passive.i in trigger_heads and _child(head, "mark") is not None \
                    and (relative := next((a for a in head.ancestors if a.dep_ == "relcl"), None)) is not None:
                # no blast is killed: "Six militants who tried to enter the base after the blasts were killed", the
                # parser's "after" clause, its subject the militants
                passive = relative.head
            numbered = next((c for c in head.children if c.dep_ == "nummod" and c.i < head.i), None) \
                if head.dep_ == "conj" and head.tag_ == "VBN" else None
            passive = numbered if numbered is not None else passive  # "12 had been killed and at least 40 wounded": the 40
            if passive is None and subj_tok is not None and cls in HARMS and head.dep_ == "conj" \
                    and head.tag_ in ("VBN", "VBD") and _child(head, "aux") is None and _child(head, "dobj") is None \
                    and _count(subj_tok) is not None and any(t.tag_ == "VBN" and _child(t, "auxpass") is not None
                                                             and t.lemma_ in HARM_VERBS for t in head.doc[head.sent.start: head.i]):
                passive, subj_tok = subj_tok, None  # "two adults were killed and 16 people wounded": the 16, their "were" elided
            if passive is None and subj_tok is not None and subj_tok.head.i == head.i and head.tag_ in ("VBN", "VBD") \
                    and cls in ("Killing", "Injury", "Arrest") \
                    and trigger.lemmas[-1] not in UNDERGOER and _count(subj_tok) is not None \
                    and (subj_tok.like_num or subj_tok.lower_ in QUANTITY_WORDS
                         # (or those counted: "274 Palestinians killed")
                         or any(c.dep_ == "nummod" and c.like_num for c in subj_tok.children)) \
                    and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in head.children):
                passive, subj_tok = subj_tok, None  # a headline's "dozens killed": a passive without its "were"
                # (a count alone does not kill: "19 killed", "dozens killed")
            if passive is None and subj_tok is not None and _absolute_participle(head, subj_tok):
                passive, subj_tok = subj_tok, None  # "745 civilians were among the dead, most of them killed in shootings"
            if passive is None and subj_tok is not None and cls == "Accusation" and head.dep_ == "ROOT" and head.tag_ == "VBN" \
                    and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in head.children) \
                    and prep_objects(head, {"of", "for"}) + [c for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                                                             for c in p.children if c.dep_ == "pcomp"]:
                passive, subj_tok = subj_tok, None  # a headline's "Sudan's RSF accused of killing over 100": accused
        if passive is None and subj_tok is not None and head.dep_ == "xcomp" and _child(head, "auxpass") is not None \
                and subj_tok.dep_ == "nsubjpass" and subj_tok.head.i == head.head.i:
            passive, subj_tok = subj_tok, None  # "crew members are believed to have been abducted": they were
        # the parser may hang the doers on the weapon: "hacked to death with machetes by members of a gang"
        by = next(iter(prep_objects(head, {"by"}) + [b for w in prep_objects(head, {"with"}) for b in prep_objects(w, {"by"})]), None)
        obj = _child(head, "dobj") or _misread_object(table, head)
        if obj is None and head.tag_ == "VBG" and head.dep_ in ("nsubj", "csubj") and _hitting(head.head):
            obj = _child(head.head, "dobj")  # "RSF shelling hit the city's Abu Shouk displacement camp": what it hit
        obj = None if obj is not None and _among_them(obj) else obj
        obj = _relative_antecedent(head, obj) if obj is not None else reduced or _gap_object(head, cls)
        if obj is None and cls in ("Killing", "Injury"):
            # "wounding over 600": the parser hangs the count on "over" as a preposition
            obj = next((o for o in prep_objects(head, {"over"}) if o.like_num), None)
        if obj is not None and len(trigger.lemmas) == 2 and obj.lemma_.lower() == trigger.lemmas[1] \
                and obj.lemma_.lower() in ("hostage", "captive", "prisoner") \
                and (captives := next((c for c in obj.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)) is not None:
            obj = captives  # "took 102 Russian soldiers prisoner", read as one noun: the soldiers were taken
        if obj is not None and (span.start < obj.i < span.end or (  # "opened fire on residents": the fire is the trigger's,
                len(trigger.lemmas) == 2 and obj.lemma_.lower() == trigger.lemmas[1] and obj.i >= span.end)):
            # (however far: "dropped more than a dozen bunker-busting bombs on Fordow")
            # and so is the control in "took control of dozens of posts"
            # and a trigger ending in its preposition takes that one's object: "set fire to 45 houses"
            ending = [c for c in span[-1].children if c.dep_ == "pobj"] if span[-1].dep_ == "prep" else []
            # (and a firefight's other side: "exchanged fire with police officers on duty")
            other_side = prep_objects(head, {"with"}) if trigger.lemmas == ("exchange", "fire") else []
            obj = next(iter(ending + other_side + prep_objects(obj, TARGET_PREPS | {"of"}) + prep_objects(head, TARGET_PREPS)),
                       None)
        objects = [t for t in (obj, _child(head, "nsubjpass")) if t is not None]
        how = "direct"
        if passive is None and (undergoer := _with_absolute(head)) is not None:
            passive, subj_tok, how = undergoer, None, "with"  # "six were killed, with two others injured"
        elif subj_tok is None and passive is None and head.dep_ == "acl" and head.tag_ in ("VBD", "VBN") \
                and len(span) > 1 and span[-1].dep_ == "prep" and _child(head, "agent") is None \
                and ((top := _top_noun(head.head)).dep_ == "ROOT" or (top.dep_ == "nsubj" and top.head.i > head.i)):
            # "Ukrainian forces backed by tanks and armoured vehicles crossed into Kursk, the ministry said",
            # read as one noun phrase: a movement into a place is nothing done to the noun before it but
            # the sentence's verb, and its subject the phrase the sentence is about
            subj_tok, how = top, "noun before a verb with an object"
        elif subj_tok is None and passive is None and head.dep_ == "acl" and head.tag_ in ("VBD", "VBN") \
                and (obj is not None or (_finite(head) and span[-1].dep_ == "prep" and span[-1].i > head.i)
                     # (or joined to a past tense with an object of its own: "The assailants attacked with machetes
                     # and burned houses, said ...")
                     or any(c.dep_ == "conj" and c.tag_ == "VBD" and _child(c, "dobj") is not None for c in head.children)) \
                and head.head.pos_ in ("NOUN", "PROPN"):
            # "Russian airstrikes on a market killed 11 civilians", parsed as a noun phrase: with an object
            # of its own the participle is the sentence's verb, and the noun its subject (and so a past
            # tense aimed at something: "The militants, armed with rifles, fired on the police station").
            subj_tok, how = head.head, "noun before a verb with an object"
            top = subj_tok
            while top.dep_ in ("pobj", "prep", "agent", "acl") and top.head.i < top.i:
                top = top.head
            if top is not subj_tok and head.doc[head.i - 1].text == "," and top.pos_ in ("NOUN", "PROPN") \
                    and top.i + 1 < len(top.doc) and top.doc[top.i + 1].text == ",":
                subj_tok = top  # "Haitian police, backed by officers of a U.N.-backed mission, killed ...": the police
            if subj_tok.dep_ == "dobj" and subj_tok.head.dep_ == "acl" and subj_tok.head.tag_ == "VBG" \
                    and subj_tok.head.head.pos_ in ("NOUN", "PROPN") and subj_tok.head.head.i < subj_tok.i:
                subj_tok = subj_tok.head.head  # "An Israeli strike targeting Hamas' military chief killed 90": the strike
            if subj_tok.dep_ == "pobj" and (event := _event_holding(subj_tok, trigger_heads)) is not None:
                subj_tok = event  # "clashes between the rebel group and dissidents of the former FARC killed 80": the clashes
            if subj_tok.dep_ == "pobj" and subj_tok.head.lower_ == "with" and subj_tok.head.head.lemma_ == "arm":
                subj_tok = subj_tok.head.head.head  # "gang members armed with rifles killed 70": the members
        elif subj_tok is None and passive is None and _gerund_misread(head):
            denier = head.head.head  # "the RSF denied attacking civilians": the RSF's attacks, denied
            subj_tok, how = _subject(table, denier) or _inherited_subject(table, denier, statement_lemmas)[0], "denied doing"
        elif subj_tok is None and passive is None and cls == "Capture" and (gapped := _gapped_taker(table, head)) is not None:
            # "Sudzha, the largest settlement Ukrainian troops seized": the settlement, which the troops seized
            (subj_tok, obj), how = gapped, "relative without its pronoun"
            objects.append(obj)
        elif subj_tok is None and passive is None and head.dep_ == "acl" and head.tag_ in ("VBD", "VBN") \
                and head.lemma_.lower() in FIRING_VERBS | {"shoot"} \
                and prep_objects(head, {"at"}) and _is_actorish(table, head.head, argument(table, head.head)):
            # "days after gangs shot at a commercial plane": the gangs shot, nobody shot them (but "soldier killed in
            # exchange of fire ... at Rafah crossing" was killed where)
            subj_tok, how = head.head, "actors before a verb aimed at something"
        elif subj_tok is None and passive is None and carrier is None and cls in ATTACKS and head.dep_ == "acl" \
                and head.tag_ == "VBG" and head.head.pos_ in ("NOUN", "PROPN") and head.head.dep_ in ("nsubj", "ROOT") \
                and head.head.lemma_.lower() in NON_STATE_NOUNS | FORCE_NOUNS:
            # "Rebel shelling kills six", parsed as rebels who are shelling: they shell, nobody shells them
            subj_tok, how = head.head, "doers before their deed"
        elif subj_tok is None and passive is None and carrier is None and cls in INTRANSITIVE - STATEMENTS \
                and head.dep_ == "acl" and head.tag_ == "VBG" and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
            subj_tok, how = head.head, "doers before their deed"  # "fired tear gas at people protesting": they protest
        elif subj_tok is None and passive is None and carrier is None and (head.dep_ == "acl" or (head.dep_ == "amod" and (head.tag_ == "VBN" or head.pos_ == "ADJ")) or _slain_read_as_noun(head)) \
                and head.tag_ != "VB" and not (head.tag_ == "VBG" and _child(head, "dobj") is not None and cls not in FROM_PLACE) \
                and head.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") \
                and not (head.tag_ == "VBG" and head.head.i in trigger_heads):  # not "the plan to attack"
            # ("people injured", "civilians killed", "those injured"; but a headline's verb read as a noun does what
            # its participle tells: "Sudan's RSF shells El Fasher hospital, killing nine")
            passive, how = head.head, "modified noun"
        elif subj_tok is None and passive is None and head.tag_ == "VBG" and by is not None and (
                head.dep_ == "csubj" or (head.dep_ == "advcl" and head.i < head.head.i and _child(head.head, "nsubj") is None)):
            # "Shelling by the RSF hit the Saudi Teaching Hospital": the shellers, and what the shelling hit
            subj_tok, how = by, "gerund by"
            hit = _child(head.head, "dobj")
            if obj is None and hit is not None:
                obj = hit
                objects.insert(0, hit)
        elif subj_tok is None and passive is None and (vowed := _vowed_in_medium(head)) is not None:
            subj_tok, how = _subject(table, vowed), "vowed in a medium"
        elif subj_tok is None and passive is None:
            subj_tok, how = _inherited_subject(table, head, statement_lemmas)
            if cls in HARMS and head.dep_ == "conj" and head.head.dep_ == "relcl" and subj_tok is not None and subj_tok.i == head.head.head.i:
                subj_tok = _told_place_of(subj_tok, trigger_heads) or subj_tok  # "... that killed four and wounded dozens"
            if subj_tok is not None and subj_tok.dep_ in ("nsubj", "ROOT") and head.tag_ == "VBN" and head.dep_ == "conj" \
                    and _child(head, "auxpass") is not None:
                # (and a subject the parser made the root: "The gunman, identified as X, fired from a rooftop and
                # was killed by a sniper")
                # "Government troops deployed to quell the fighting were accused of ...": the parser took
                # "deployed" for the verb, but "were accused" is passive and its subject the accused
                # (but not an event: "clashes broke out after the head of a group ... was killed")
                passive, subj_tok = (None if cls in HARMS and subj_tok.i in trigger_heads else subj_tok), None
            elif subj_tok is not None and head.tag_ == "VBN" and head.dep_ in ("xcomp", "pcomp", "advcl") \
                    and _child(head, "auxpass") is not None and subj_tok.dep_ == "nsubj":
                # "withdrew to avoid being encircled", "surrendered after being surrounded": what befell them
                passive, subj_tok = subj_tok, None
            elif subj_tok is not None and subj_tok.dep_ == "nsubjpass" and (head.tag_ == "VBN" or (
                    # (the tagger's past tense, with no object, after a passive: "were taken from their homes and
                    # killed with machetes")
                    head.tag_ == "VBD" and head.dep_ == "conj" and _child(head, "dobj") is None and cls in HARMS | {"Arrest"}
                    and _child(head.head, "auxpass") is not None)):  # (but "the bomb was placed ... and exploded")
                if head.dep_ in ("conj", "xcomp") and _child(head, "aux") is None:
                    # "were mutilated, injured and scarred", "were reported killed"; not "have been killed or have surrendered"
                    passive, subj_tok = subj_tok, None
                else:
                    subj_tok, how = None, ""  # a participle clause does not act as the passive subject
        if how:
            roles.evidence.append(f"agent:{how}")
        if trigger.inverse:
            # (what was lost, not who lost it: "the RSF lost Wad Madani to the army")
            roles.target_tok = _child(head, "dobj") if head.lemma_.lower() == "lose" else subj_tok or passive
            if roles.target_tok is not None and roles.target_tok.lemma_ == "control" and head.lemma_.lower() == "lose":
                roles.target_tok = next(iter(prep_objects(roles.target_tok, {"of", "over"})), roles.target_tok)
            # "fell to the Taliban", "came under fire from militants" (the "from" may hang on "fire")
            roles.agent_tok = next((o for t in span for o in prep_objects(t, {"to", "into", "from", "by"})), None)
            objects += [roles.agent_tok] if roles.agent_tok is not None else []  # "from fighters near Ghazni"
            roles.target, roles.agent = argument(table, roles.target_tok), argument(table, roles.agent_tok)
        elif passive is not None:
            if head.lemma_.lower() in FIRING_VERBS and _projectile(passive) and not _shot_down(head):
                # "30 drones launched by Russia", "rockets were fired at Sderot": the weapon, not the target
                # and "rockets fired by Hezbollah hit Kiryat Shmona": what they hit
                aimed = _aimed_at(table, head, passive) or _hit_by_event(passive) or next(
                    (_child(c, "dobj") for c in head.children if c.dep_ == "advcl" and c.lemma_ in HIT_VERBS), None)
                roles.instrument_tok, passive = passive, aimed
            if head.lemma_.lower() in DETONATING_VERBS and passive is not None \
                    and noun_lemma(counted(passive)) in WEAPON_NOUNS | WORN_BOMBS:
                roles.instrument_tok, passive = passive, None  # "the bomb was detonated by remote control": the weapon
            if by is not None and by.lemma_.lower() in _MEANS:
                by = None  # how, not who: "detonated by remote control"
            roles.target_tok, roles.agent_tok = passive, by
            roles.target, roles.agent = argument(table, passive), argument(table, by)
            subj_tok = by
            objects += [by] if by is not None and by.i > head.i else []  # "struck by a drone boat off Hodeidah"
        elif trigger.lemmas == ("lose",):
            lost = _child(head, "dobj")  # checked by _losses: lives, or counted soldiers
            whose = subj_tok if lost is not None and lost.lemma_.lower() == "life" else lost
            roles.target_tok, roles.count = whose, _count(whose)
            roles.target = argument(table, whose) or argument(table, subj_tok)  # "the army lost two soldiers": its own
            subj_tok = None
        elif head.lemma_.lower() == "evacuate" and head.pos_ == "VERB" and subj_tok is not None \
                and subj_tok.pos_ in ("NOUN", "PROPN", "NUM") and not _is_actorish(table, subj_tok, argument(table, subj_tok)) \
                and not ((found := argument(table, subj_tok)) is not None and table.mentions[found].cls in PLACE_CLASSES | {"Facility"}) \
                and not _people(table, _child(head, "dobj"), argument(table, _child(head, "dobj"))):
            # "residents were ordered to evacuate (the area)": those who leave, not who moves others out
            roles.target_tok, roles.target, roles.count = subj_tok, argument(table, subj_tok), _count(subj_tok)
            subj_tok = None
        elif trigger.lemmas[-1] in UNDERGOER and (head.lemma_.lower() in UNDERGOER or _child(head, "dobj") is None):
            # but "gunmen shot dead five civilians": the verb's object died, its subject killed
            sent = next((c for c in subj_tok.children if c.dep_ == "relcl" and c.lemma_ in SENDING_VERBS
                         and _child(c, "dobj") is not None), None) if subj_tok is not None and head.lemma_ == "flee" else None
            # (the parser's reading of "an offensive that sent tens of thousands of residents fleeing": those sent fled)
            subj_tok = _child(sent, "dobj") if sent is not None else subj_tok
            if head.lemma_ == "flee" and head.dep_ in ("advcl", "xcomp", "oprd") and head.head.lemma_ in SENDING_VERBS \
                    and _child(head.head, "dobj") is not None:
                subj_tok = _child(head.head, "dobj")  # "The offensive sent tens of thousands of people fleeing": they fled
            if subj_tok is None and head.dep_ == "xcomp" and head.head.dep_ == "dobj" \
                    and head.head.head.lemma_.lower() in FORCING_VERBS:
                subj_tok = head.head  # "forced some 400,000 to flee", the flight hung on the number forced
            roles.target_tok = subj_tok
            roles.target = argument(table, subj_tok)
            roles.count = _count(subj_tok)
            forced = head.head if head.dep_ == "xcomp" else (  # "forcing a million people to flee"
                head.head.head if head.dep_ == "relcl" and head.head.dep_ == "dobj" else head)
            forced = forced.head if forced is not head and forced.dep_ == "dobj" else forced  # (on the number forced)
            if forced is not head and forced.lemma_.lower() in FORCING_VERBS:
                # "the RSF attack forced 40,000 people to flee": who forced them made them flee
                forcing = forced  # "launched an offensive in Rafah, forcing a million people to flee"
                while forcing.dep_ == "conj" and _subject(table, forcing) is None:
                    forcing = forcing.head  # "pushed into Kharkiv, capturing four villages and forcing 4,000 to flee"
                forcing = forcing.head if _left_so(forcing) else forcing  # "attacks that left 80 dead and forced ..."
                above = forcing.head
                if above.lemma_ in statement_lemmas and (reported := next(
                        (c for c in above.children if c.dep_ == "ccomp" and c.i < above.i), None)) is not None:
                    above = reported  # "The junta launched air strikes ..., residents said, forcing thousands to flee"
                roles.agent_tok = _relative_antecedent(forcing, _subject(table, forcing)) or (
                    _subject(table, above) if forcing.dep_ == "advcl" and forcing.tag_ == "VBG" else None)
                roles.agent = argument(table, roles.agent_tok)
                if roles.agent is None and roles.agent_tok is not None and roles.agent_tok.i not in trigger_heads \
                        and noun_lemma(roles.agent_tok) in WARS | FORCING_DEEDS:
                    # "a lightning advance that forced thousands to flee": a deed, nobody's name (while "attacks that
                    # forced 32,000 to flee", an event told, say whose the flight was)
                    roles.agent_tok = None
        elif cls in ATTACKS and head.lemma_.lower() in ("strike", "hit") and subj_tok is not None and obj is not None \
                and noun_lemma(counted(subj_tok)) in CONVEYANCES | {"car", "vehicle"} and noun_lemma(obj) in LAID_BOMBS:
            # "their vehicle struck an improvised explosive device": the vehicle was hit, by the bomb laid for it
            roles.target_tok, roles.target, roles.instrument_tok = subj_tok, argument(table, subj_tok), obj
            subj_tok = None
        else:
            roles.agent_tok = subj_tok
            roles.agent = argument(table, subj_tok)
            if roles.agent is None and (spokesman := _named_spokesman(table, subj_tok)) is not None:
                roles.agent = spokesman  # "A spokesman for the M23, Lawrence Kanyuka, said": the parser hung the name on M23
            elif roles.agent is None and cls in STATEMENTS and subj_tok is not None \
                    and subj_tok.lemma_.lower() in SPOKESPEOPLE:
                # an unnamed spokesman speaks for his body: "a spokesman for a local People's Defence Force unit told"
                roles.agent = next((f for o in prep_objects(subj_tok, {"for", "of"}) if (f := argument(table, o)) is not None
                                    and table.mentions[f].cls in ACTOR_CLASSES - PLACE_CLASSES - {"Person"}), None)
            addressed = AUDIENCE.get(" ".join(trigger.lemmas)) if cls == "Statement" else None
            if addressed == "on":  # "called on the Taliban to ..."
                roles.audience = argument(table, next(iter(prep_objects(head, {"on"})), None))
            elif addressed == "dobj" and (trigger.lemmas[0] == "tell" or _child(head, "xcomp") is not None):
                roles.audience = argument(table, obj)  # "told the BBC", "urged the UN to act"
            elif cls not in INTRANSITIVE or cls == "Withdrawal":
                # (the "into" may hang on the load: "rammed a car packed with explosives into the gate")
                into = next(iter(prep_objects(head, {"into"}) + [
                    o for c in (obj.children if obj is not None else []) if c.dep_ == "acl"
                    for o in prep_objects(c, {"into"})]), None) if head.lemma_.lower() in DRIVEN_INTO else None
                if into is not None:  # "rammed an explosives-laden vehicle into a convoy": the convoy was hit
                    roles.instrument_tok, obj = obj, into
                    objects.append(into)
                elif head.lemma_.lower() in DETONATING_VERBS and obj is not None \
                        and noun_lemma(counted(obj)) in WEAPON_NOUNS | WORN_BOMBS:
                    # "detonated an explosive vest": the vest is the weapon; who or what it hit is told elsewhere
                    roles.instrument_tok, obj = obj, None
                elif head.lemma_.lower() in FIRING_VERBS and _projectile(obj) and not _shot_down(head):
                    # "fired rockets at Sderot": the rockets are the weapon, what they were fired at the target
                    roles.instrument_tok, obj = obj, _aimed_at(table, head, obj)
                    objects += [obj] if obj is not None else []
                withdrawn = next(iter(prep_objects(obj, {"of"})), obj) if obj is not None and obj.lemma_.lower() in \
                    PARTITIVES | {"some", "part", "many", "most", "all"} else obj  # "some of its troops"
                own = cls == "Withdrawal" and withdrawn is not None and counted(withdrawn).lemma_.lower() in WITHDRAWN
                # "withdrew its last troops": its own people left, nobody was targeted
                if cls in HARMS and obj is not None and obj.lemma_.lower() in MANY_OF and prep_objects(obj, {"of"}):
                    obj = prep_objects(obj, {"of"})[0]  # "killed a swathe of its top commanders": the commanders
                roles.target_tok = None if own else obj
                if cls == "Capture" and trigger.lemmas == ("drive", "out"):
                    # the ground they were driven from, not the fighters: "drove the RSF out of Khartoum state"
                    roles.target_tok = next(iter(left_from(head)), None)
                roles.target = argument(table, roles.target_tok)
            roles.count = roles.count or _count(obj)
            if roles.count is None and obj is None and cls in HARMS:
                # "injured at least 20 overnight": the number the parser hung on the adverb after the verb
                roles.count = next((number for c in head.children if c.dep_ in ("advmod", "npadvmod") and c.i > head.i
                                    and c.left_edge.i <= head.i + 3 and c.pos_ == "ADV"
                                    and (number := _one_count(c)) is not None), None)
        blamed = _child(head, "dobj") if head.lemma_.lower() == "blame" else None
        if head.lemma_.lower() == "blame" and (on := next(iter(prep_objects(head, {"on"})), None) or (
                _blamed_on(blamed) if blamed is not None else None)) is not None:
            # (wherever the parser hung the "on": "blamed the attack on Pakistan, which denied involvement")
            roles.target_tok, roles.target = on, argument(table, on)  # "blamed the attack on Pakistan": the blamed
        if roles.target_tok is None and cls in ATTACKS and (vehicle := next(
                (v for c in head.children if c.dep_ == "advcl" and (v := _vehicle_doing(c)) is not None), None)) is not None:
            roles.target_tok = vehicle  # "struck a bus evacuating civilians": the bus, the parser's adverb
        if roles.target is None and cls not in STATEMENTS:
            # who they gave themselves up to: "surrendered to the RSF"
            preps = TARGET_PREPS - {"at"} | ({"to"} if cls == "Surrender" else set()) | _mutual(head) \
                | (AIMED_PREPS if head.lemma_.lower() == "fire" or (head.lemma_.lower() == "shoot" and _child(head, "auxpass") is None
                                                                    and head.sent.start > 0)
                   else set())  # "fired at groups of visitors", "shot at people" (not "was shot at a campaign event",
            # nor a headline's "senator shot at Cali rally", its "was" dropped)
            prep_target = next((o for o in prep_objects(head, preps) if o.ent_type_ not in NOT_PARTICIPANTS
                                and not _weapon(table, o, table.at(o)) and o.lemma_.lower() not in OCCASIONS), None)
            if cls in HARMS and roles.target_tok is not None and prep_target is not None \
                    and (found := argument(table, prep_target)) is not None and table.mentions[found].cls not in PLACE_CLASSES:
                prep_target = None  # the victims told, not whose ground it was: "16 people were killed in the strikes on
                # its territory" (but "killed in airstrikes on the district" died there)
            roles.target = argument(table, prep_target)
            roles.target_tok = roles.target_tok or prep_target
        if roles.count is None and passive is not None:
            roles.count = _count(passive)
        if how == "relative without its pronoun" and obj is not None:
            # the ground is the place the settlement was said to be, whatever the parser hung it on
            roles.target = table.last_before(obj.idx, lambda m: m.cls in PLACE_CLASSES and m.sentence == table.sentence(obj.i))
        if trigger.weak and not (_is_actorish(table, subj_tok, roles.agent) or _struck_site(head, passive, by) or (
                cls == "Meeting" and subj_tok is not None and subj_tok.lemma_.lower() in ENVOYS) or (
                cls in ATTACKS and subj_tok is not None and (subj_tok.lemma_.lower() in PROJECTILES or subj_tok.lower_ in OPERATED
                                                             or _weapon(table, subj_tok, None)))):  # "guided bombs hit"
            return None  # "drones hit a wedding" is an attack, "the storm hit" is not
        if trigger.weak and (any(c.dep_ == "acl" and c.lemma_.lower() in FIRING_VERBS and prep_objects(c, AIMED_PREPS)
                                 for s in head.children if s.dep_ == "nsubj" for c in s.children)
                             or (head.dep_ in ("advcl", "conj") and head.head.lemma_.lower() in FIRING_VERBS)):
            return None  # "rockets fired by Hezbollah at Kiryat Shmona hit the town": one attack, told by the firing
            # (but "a missile fired by the Houthis hit the airport" is told by the hit: the firing aimed at nothing)
        if trigger.weak and cls in ATTACKS and any(o.lemma_.lower() in ("fight", "resistance", "fighting", "shot", "clash")
                                                   for w in prep_objects(head, {"without"})
                                                   # (or "without meeting any resistance")
                                                   for o in [w, *(c for c in w.children if c.dep_ == "dobj" and w.pos_ == "VERB")]):
            return None  # "troops entered the town without a fight": handed over, not taken by force
        if trigger.weak and trigger.lemmas[0] in ENTERING and (not _into_ground(table, head, span) or (
                roles.agent is not None and table.mentions[roles.agent].cls == "Person")):
            return None  # "Hamas entered talks", "the war moved into its third year": no ground entered; nor by one man
        if trigger.weak and subj_tok is not None and subj_tok.i in trigger_heads and cls in ATTACKS:
            return None  # "Israeli strikes hit Beirut": one attack, told by the strikes (which take what was hit)
        if trigger.weak and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out") for c in head.children):
            return None  # "hit back at", "hit out at": words, not blows
        if trigger.weak and any(c.dep_ == "prep" and c.lower_ == "alongside" for c in head.children):
            return None  # "a militia that fights alongside the army": whose side, not a fight
        if trigger.weak and head.lemma_.lower() == "fight" and obj is None and not prep_objects(head, {"with", "against"}) \
                and not ((roles.agent is not None and table.canonical(roles.agent).cls in ("ArmedGroup", "StateForce"))
                         or (subj_tok is not None and counted(subj_tok).lemma_.lower() in FORCE_NOUNS | NON_STATE_NOUNS)):
            return None  # "his players fought for every ball", "Beijing vowed to fight to the end": no one fought anyone
        if cls in ATTACKS and head.lemma_.lower() == "strike" and obj is None and not prep_objects(head, TARGET_PREPS) \
                and ((roles.agent is not None and table.canonical(roles.agent).cls == "Person") or (
                    roles.agent is None and _unarmed(table, subj_tok, trigger_heads))):
            return None  # "Napoli clinch title as McTominay strikes": a goal; "workers struck for higher pay": no attack
        if cls in ATTACKS and head.lemma_.lower() == "attack" and obj is None and roles.target is None and roles.agent is None \
                and not prep_objects(head, TARGET_PREPS) and subj_tok is not None and subj_tok.pos_ == "NOUN" \
                and subj_tok.lemma_.lower() not in PEOPLE_NOUNS and _unarmed(table, subj_tok, trigger_heads):
            return None  # "his side had attacked with purpose": a team's play, nobody attacked
        if cls == "Capture" and trigger.lemmas == ("take", "over") and obj is None and roles.target is None \
                and not prep_objects(head, PLACE_PREPS):
            return None  # "Antonio Conte, who took over last summer": a job, no ground
        if cls == "Meeting" and obj is not None and not _is_actorish(table, obj, argument(table, obj)) \
                and table.at(obj) is None and obj.lemma_.lower() not in PEOPLE_NOUNS:
            return None  # "met fierce resistance", "met the deadline": no one met
    else:
        if head.dep_ in ("compound", "amod") and head.head.lemma_.lower() in EQUIPMENT_HEADS and head.i == head.head.i - 1:
            return None  # "air raid sirens", "attack helicopters": things named for an event, not one (and "two
            # nearby displacement/amod camps", as the parser hangs it)
        if cls == "Meeting" and head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in HIT_VERBS | {"attack", "bomb"}:
            return None  # "targeted a meeting of commanders": what was hit, no talks of their own
        if cls in STATEMENTS and head.dep_ == "nsubj" and head.head.i in trigger_heads \
                and head.head.lemma_ in statement_lemmas:
            return None  # "the statement said ...": one act, told by the verb with what it said
        if cls in STATEMENTS and head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.i > 0 \
                and head.doc[head.head.i - 1].lower_ == "according":
            return None  # "according to a statement from the ministry": the attribution is the statement
        if cls in STATEMENTS and any((k := _carrier(c)) is not None and k.i == head.i and c.i in trigger_heads for c in head.children):
            return None  # "a statement saying ...": likewise, told by the participle
        span = _issued(head) if cls in STATEMENTS else span
        poss = _child(head, "poss")
        if _possessor_undergoes(table, head, cls, poss):
            roles.target_tok, roles.target, poss = poss, argument(table, poss), None
        roles.agent_tok = poss
        roles.agent = argument(table, poss) if poss is not None else None
        compounds = [c for c in head.children if c.dep_ == "compound"]
        named = next((c for c in compounds if (f := table.at(c)) is not None
                      and table.mentions[f].cls in ACTOR_CLASSES - PLACE_CLASSES), None)
        if roles.agent is not None and table.mentions[roles.agent].cls in PLACE_CLASSES and named is not None:
            roles.agent_tok, roles.agent = named, table.at(named)  # "Yemen's Houthis launch attack": the Houthis'
        # and a headline's claimant, where "claims" was parsed a noun: "Sudan's RSF claims capture of El Fasher"
        claimant = next((g for c in compounds if c.lemma_.lower() in ("claim", "say") for g in c.children
                         if g.dep_ in ("compound", "nsubj", "nmod") and (f := table.at(g)) is not None
                         and table.mentions[f].cls in ACTOR_CLASSES - PLACE_CLASSES), None)
        if claimant is not None and (roles.agent is None or table.mentions[roles.agent].cls in PLACE_CLASSES):
            roles.agent_tok, roles.agent = claimant, table.at(claimant)
        if roles.agent is None:
            # "a Turkish drone strike": "Turkish" modifies "drone", a word of the trigger.
            inner = [c for c in head.children if c.dep_ == "compound" and span.start <= c.i < span.end]
            # (and the first of two nouns the demonym stands before: "a Russian missile and drone attack")
            shared = [c for c in head.head.children if c.dep_ == "amod" and c.i < head.head.i] \
                if head.dep_ == "conj" and head.head.pos_ == "NOUN" and head.head.i < head.i else []
            # (and who led it: "the Hamas-led attack on Oct. 7")
            led_by = [g for c in head.children if c.dep_ == "amod" and c.lower_ == "led" for g in c.children
                      if g.dep_ in ("npadvmod", "compound", "nmod") and g.i < c.i]
            for child in [*head.children, *(g for c in inner for g in c.children), *shared, *led_by]:
                found = table.at(child) if child.dep_ in ("compound", "amod", "nmod") or child in led_by else None
                if found is not None and _names_where(table, found, child):
                    continue
                if found is not None and _site_owner(child, head):
                    continue  # "Pakistan army base bombing": whose base was bombed, not who bombed it
                if found is not None and child.dep_ == "compound" and _suffered_in(table, head, found):
                    continue  # "Gunmen kill 11 in Niger army ambush": the army ambushed, the gunmen ambushing
                if found is not None and cls in HARMS and child.dep_ == "compound" and table.mentions[found].cls == "Person":
                    # a man's name before his harm is whom it befell: "after Haniyeh killing"
                    roles.target_tok, roles.target = roles.target_tok or child, roles.target if roles.target is not None \
                        else found
                    continue
                if found is not None and table.mentions[found].cls in ACTOR_CLASSES:
                    roles.agent = found
                    break
        if roles.agent is None:
            by = next(iter(prep_objects(head, {"by", "from"} if cls in STATEMENTS else {"by"})), None)
            by = None if by is not None and _told_by(head) else by
            roles.agent_tok = roles.agent_tok or by
            roles.agent = argument(table, by)
        of = next((o for o in prep_objects(head, {"of"}) if not span.start <= o.i < span.end), None)  # (not "exchange of fire")
        if of is None and head.dep_ == "conj" and head.head.pos_ == "NOUN":
            # "the slaughter and maiming of men, women and children": the "of" after both is both's.
            of = next((o for o in prep_objects(head.head, {"of"}) if o.i > head.i), None)
        if of is not None and of.lemma_.lower() in FRAME_NOUNS:
            of = None  # "the largest drone attack of the war": when, not whom
        objects = [of] if of is not None else []
        if cls in INTRANSITIVE and roles.agent is None:
            roles.agent = argument(table, of)
            roles.agent_tok = roles.agent_tok or of
        elif cls not in INTRANSITIVE and of is not None:
            roles.target = argument(table, of)
            roles.target_tok = of
        if roles.target is None:
            blamed = _blamed_on(_lead(head))
            # and on the verb that makes it: "launches ground raids into Lebanon against Hezbollah"
            made_by = [head.head] if head.dep_ == "dobj" and head.head.lemma_ in LIGHT_VERBS | WAGING_VERBS else []
            # and on the number or series that leads it: "hundreds of strikes on Houthi targets"
            made_by += [lead] if (lead := _lead(head)).i != head.i else []
            # (and the verb that makes the series: "launched waves of airstrikes on Iran")
            made_by += [lead.head] if lead.i != head.i and lead.dep_ == "dobj" \
                and lead.head.lemma_ in LIGHT_VERBS | WAGING_VERBS else []
            # (and the first of its kinds, where the parser hangs the "on": "a missile and drone attack on the grid")
            made_by += [head.head] if head.dep_ == "conj" and noun_lemma(head.head) in PROJECTILES else []
            # (a fight's "on" is where it was: "a gunbattle on the island of Basilan")
            toward = TARGET_PREPS - {"at"} - ({"on"} if _mutual(head) else set()) | _mutual(head)
            prep_target = next((o for h in [head, *made_by] for o in prep_objects(h, toward)
                                if not _weapon(table, o, table.at(o)) and (blamed is None or o.i != blamed.i)
                                and not _medium(o) and not _stranded_site_word(table, o)), None) \
                or (None if _on_a_life(head) else _site_at(table, head))
            # (a headline's "attack on Burkina Faso's Djibo" hit Djibo, wherever the parser hung the name)
            possessed = _possessed_place(table, prep_target) if prep_target is not None else None
            roles.target = possessed if possessed is not None else argument(table, prep_target)
            if roles.target is not None and prep_target is not None and _honoured(table, prep_target, roles.target):
                roles.target = None  # "Blasts at Soleimani memorial": the crowd at it was hit, not the man
            roles.target_tok = roles.target_tok or prep_target
            objects += [prep_target] if prep_target is not None else []  # "an attack on the market in Strasbourg"
        if roles.target is None and head.dep_ == "dobj" and head.head.lemma_ in UNDERGO_VERBS:
            # "13 people suffered minor injuries": the one who suffers the event undergoes it.
            roles.target_tok = _subject(table, head.head)
            roles.target = argument(table, roles.target_tok)
            roles.count = roles.count or _count(roles.target_tok)
        verb = _verb_above(head) if head.dep_ == "pobj" and head.head.lower_ == "in" else None
        if roles.agent is None and cls in STATEMENTS and verb is not None and verb.i not in trigger_heads:
            # "the TTP denied involvement in a statement", "condemned the attack in a statement": the
            # statement is whoever did that, and what they did in it is what it said
            roles.agent_tok = _subject(table, verb) or _inherited_subject(table, verb, statement_lemmas)[0]
            roles.agent = argument(table, roles.agent_tok)
            roles.content = _told(verb, head.head, table.document.text)
            said_by_doing = True
        if roles.agent is None:
            actor, how = _nominal_agent(table, head, statement_lemmas)
            if actor is not None:
                roles.agent, roles.agent_tok = argument(table, actor), roles.agent_tok or actor
                roles.evidence.append(f"agent:{how}")
        if cls not in STATEMENTS:
            pair = _between(head)  # "a battle between troops and terrorists"
            # (one side of a hyphened pair may already stand as the agent: "the Israel-Hezbollah ceasefire")
            if pair is not None and roles.target is None and (roles.agent is None or roles.agent in (
                    argument(table, pair[0]), argument(table, pair[1]))):
                first, second = pair
                roles.agent, roles.agent_tok = argument(table, first), first
                roles.target, roles.target_tok = argument(table, second), second
                objects += [first, second]  # "between troops and terrorists in the Markets area"
            elif pair is None:
                rivals = prep_objects(head, {"between"})
                objects += rivals  # "clashes between rival groups in Tripoli"
                sides = next((f for o in prep_objects(rivals[0], {"of"}) if (f := argument(table, o)) is not None), None) \
                    if len(rivals) == 1 and rivals[0].tag_ == "NNS" else None
                if roles.agent is None and sides is not None and table.mentions[sides].cls in ACTOR_CLASSES - PLACE_CLASSES:
                    roles.agent, roles.agent_tok = sides, rivals[0]  # "gunfights between rival factions of the cartel"
        if roles.target is None and cls in ATTACKS and (holder := _holding_out(table, head, statement_lemmas)) is not None:
            # "the army said it had repelled the attack": the attack was on the army (and never its own)
            roles.target, roles.target_tok = argument(table, holder), holder
        if roles.target is None and cls not in STATEMENTS:
            hit = _hit_by_event(head)
            if hit is not None:
                roles.target, roles.target_tok = argument(table, hit), hit
                objects.append(hit)  # "the Murrah Federal Building in Oklahoma City was shattered by ..."
        # "30 massacres" counts massacres, each of many dead, not the dead
        roles.count = (_count(head) if head.lemma_.lower() not in MANY_DEAD else None) or _count(of) or roles.count \
            or _toll_reached(head)
        if roles.count is None and head.dep_ == "pobj" and head.head.lower_ == "of" and head.tag_ != "NNS" \
                and head.head.head.lemma_.lower() not in SPANS_OF_TIME:  # (not "14 months of fighting")
            roles.count = _count(head.head.head)  # "hundreds of wounded"
    among = _among(head) if roles.target is None else None
    if among is not None:  # "Hasan was among the dead", "two children were among those killed"
        roles.target_tok, roles.target = among, argument(table, among)
        some = _count(among)
        roles.count = (some[0], "at least") if some else None  # some of the dead, not all of them
    inside: list[Token] = []
    if verbal and roles.agent_tok is not None and roles.agent is None and cls not in STATEMENTS \
            and roles.agent_tok.lemma_.lower() in SERIES_NOUNS | SPANS_OF_TIME \
            and (during := next(iter(prep_objects(roles.agent_tok, {"of"})), roles.agent_tok)).i in trigger_heads:
        roles.agent_tok = during  # "a wave of bomb attacks killed seven", "two days of clashes have killed 1,000": the
        # attacks, the clashes
    if verbal and roles.agent_tok is not None and cls not in STATEMENTS and (shelling := next(
            (c for c in roles.agent_tok.children if c.i in trigger_heads and _demonym_gerund(table, c)), None)) is not None:
        inside = [shelling]  # "Pakistani shelling ... killed 10": killed in the shelling, by whose it was
    if verbal and cls in HARMS and roles.agent_tok is not None and roles.agent_tok.i in trigger_heads \
            and any(c.dep_ == "mark" and c.lower_ in ("after", "following", "since") for c in head.children) \
            and head.dep_ == "advcl" and head.head.dep_ == "relcl" and head.head.head.i in trigger_heads:
        # the parser's clause of "clashes that erupted after the attack killed 32 more people": the clashes killed
        roles.agent_tok = head.head.head
    if verbal and roles.agent_tok is not None and roles.agent_tok.i in trigger_heads and cls not in STATEMENTS:
        # "the bombing killed 13 people", "killed by an explosion": not who did it, the event it happened
        # in; an actor naming that event did it ("the Taliban attack killed six"), a place does not.
        inside, roles.agent_tok = [roles.agent_tok], None
        if roles.agent is not None and table.mentions[roles.agent].cls not in ACTOR_CLASSES:
            roles.agent = None
    if verbal and roles.agent_tok is None and cls in HARMS and not inside:
        # "Fighting between two armed factions in Libya's capital Tripoli killed 27", the parser's clause
        inside = [c for c in (head.head if head.dep_ == "conj" else head).children if c.dep_ == "advcl"
                  and c.is_sent_start and c.tag_ == "VBG" and c.i in trigger_heads][:1]
    if cls == "Attack" and any(t is not None and t.lemma_.lower() in NOT_HOSTILE and not span.start <= t.i < span.end
                               for t in (roles.target_tok, roles.agent_tok)):  # the "fire" of "opened fire" is the trigger
        return None  # "resources to attack the virus"
    if not verbal and head.dep_ == "nsubj" and head.head.lemma_ in ("be", "become", "remain") \
            and (head.tag_ == "NNS" or not any(c.dep_ in ("det", "poss") for c in head.children)) and any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in HABITUAL | HABIT_NOUNS for c in head.head.children):
        # ("Kidnapping for ransom has become a lucrative business": a trade, no event)
        return None  # "kidnapping for ransom is rampant", "attacks on convoys are common": a habit, no event
    if cls == "Attack" and verbal and (
            any(noun_lemma(t) in PAPER_BLOWS for t in prep_objects(head, {"with"}))
            # "there may be no disease to battle": the noun an infinitive modifies is what it fights
            or (head.dep_ in ("acl", "relcl") and head.head.lemma_.lower() in NOT_HOSTILE
                and not any(c.dep_ in ("dobj", "nsubj") for c in head.children))) \
            or (not verbal and head.dep_ == "pobj" and head.head.lower_ == "to"
                and head.head.head.lemma_.lower() in NOT_HOSTILE):  # parsed as a noun: "a disease to battle"
        return None
    if cls == "Protest" and not verbal and (any(c.lower_ in DIPLOMATIC for c in head.lefts) or (
            head.dep_ == "dobj" and head.head.lemma_.lower() in LODGING)):
        return None  # "summon the charge d'affaires to deliver a formal protest": a note, no demonstration
    # (or the disaster just before the verb, whatever the parser made its subject: "hours after a
    # devastating earthquake struck the country")
    if cls in HARMS | ATTACKS and (roles.agent is None and any(t is not None and noun_lemma(t) in DISASTERS for t in (
            roles.agent_tok, *(prep_objects(head, {"in", "by"}) if verbal and cls in HARMS else []),
            *(prep_objects(head, {"from"}) if not verbal and cls in HARMS else [])))  # "the death toll from floods"
            or (verbal and head.i > 0 and noun_lemma(head.doc[head.i - 1]) in DISASTERS)
            # (or the headline's topic: "Libya floods: death toll in Derna rises above 5,000")
            or (cls in HARMS and any(noun_lemma(t) in DISASTERS and t.i + 1 < head.i and t.nbor(1).text == ":"
                                     for t in head.sent if t.i < head.i))):
        return None  # "the earthquake that struck on Friday", "killed 3,700 people", "displaced by floods": no one did it
    if verbal and cls not in STATEMENTS and head.tag_ in ("VBZ", "VBP") \
            and any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in head.children):
        return None  # "Al Shabaab, which frequently targets security forces in the area": a habit, no event
    if not verbal and cls in ATTACKS and head.tag_ == "NNS" and head.dep_ == "dobj" and (
            _done_before(head.head) or (any(c.dep_ == "amod" and c.lower_ in HABIT_ADJECTIVES for c in head.children)
                                        and head.head.lemma_.lower() in DOING_RECORD
                                        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in head.head.children))):
        return None  # "Islamic State militants have carried out sporadic attacks in the area since 2017": a record (but
        # a land that "has seen numerous bombings" saw them, each an attack)
    if verbal and cls not in STATEMENTS and head.dep_ == "relcl" and head.tag_ in ("VBP", "VBZ") \
            and not any(c.dep_ in ("aux", "auxpass") for c in head.children) and head.head.tag_ == "NNS" \
            and not any(c.dep_ in ("det", "nummod", "poss") for c in head.head.children):
        return None  # "plagued by armed gangs who kidnap for ransom": what such people do, no deed told
    if verbal and cls not in STATEMENTS and _done_before(head):
        return None  # "the Pakistani Taliban, who have attacked candidates in the region before": their record, no event
    if cls in HARMS | ATTACKS and roles.agent is None and (_accidental(roles.agent_tok) or (not verbal and _accidental(head))
                                                            or (verbal and _accidental(_child(head, "nsubj")))):
        return None  # "A fuel tanker exploded ... killing more than 140 people": an accident, no one's attack
    if cls in ATTACKS | HARMS | {"Capture"} and roles.agent is not None and roles.agent_tok is not None \
            and roles.agent_tok.lower_ in ("it", "they") and table.canonical(roles.agent).cls == "Government":
        # "the defence ministry said it had struck a meeting": its forces struck, not the ministry; but a health
        # ministry counts the dead of what was told: "Lebanon's health ministry said it killed at least one person"
        # (the strike)
        if "health" in table.canonical(roles.agent).name.lower():
            roles.agent = roles.agent_tok = None
        else:
            roles.agent = government_forces_at(table, roles.agent, roles.agent_tok) or roles.agent
    if (used := roles.agent_tok) is not None and _weapon(table, used, roles.agent):
        roles.instrument_tok, roles.agent_tok, roles.agent = used, None, None
        firer = next((b for c in used.children if c.dep_ == "acl" and c.lemma_.lower() in FIRING_VERBS
                      for b in prep_objects(c, {"by"})), None)
        if firer is not None:  # "a missile fired by Yemen's Houthi rebels struck a playground": they struck it
            roles.agent_tok, roles.agent = firer, argument(table, firer)
    elif _weapon(table, roles.agent_tok, None) and roles.agent_tok is not None and table.at(roles.agent_tok) is None:
        roles.instrument_tok = roles.agent_tok  # "a Russian glide bomb struck": Russia's forces, with the bomb
    elif cls in HARMS and roles.agent_tok is not None and roles.agent_tok.lemma_.lower() in WARS and (
            roles.agent is None or _between(roles.agent_tok) is not None
            or table.mentions[roles.agent].cls in PLACE_CLASSES):  # (nor where: "violence in Port-au-Prince")
        # "the conflict has killed 6,000 people": what they died in, not who killed them (nor one side of "the
        # Israel-Hamas war")
        roles.agent_tok = roles.agent = None
    elif verbal and (head.lemma_.lower() in ("explode", "detonate") or (head.lemma_.lower() == "blow" and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in head.children))) \
            and roles.agent is None and roles.agent_tok is not None \
            and roles.agent_tok.dep_ == "nsubj" and _child(head, "dobj") is None \
            and not _is_actorish(table, roles.agent_tok, None) and noun_lemma(roles.agent_tok) not in PERPETRATORS:
        roles.instrument_tok, roles.agent_tok = roles.agent_tok, None  # "pagers exploded": what blew up, not who did it
    elif verbal and cls in HARMS and (blew := _blast_verb(head)) is not None \
            and roles.agent is None and roles.agent_tok is not None and roles.agent_tok.head.i == blew.i \
            and roles.agent_tok.dep_ == "nsubj" and _child(blew, "dobj") is None \
            and not _is_actorish(table, roles.agent_tok, None) and noun_lemma(roles.agent_tok) not in PERPETRATORS:
        roles.instrument_tok, roles.agent_tok = roles.agent_tok, None  # "Pagers explode ..., killing at least nine": by them
    elif roles.agent_tok is not None and cls not in STATEMENTS and noun_lemma(roles.agent_tok) in AIRCRAFT:
        # "drones hit two refineries", "a drone attacked the Ryazan refinery": flown by someone, perhaps
        # named by a modifier ("Ukrainian drones"); an attack from the air
        roles.instrument_tok = roles.agent_tok
        civil = any(c.lemma_.lower() in CIVIL_FLIGHT for c in roles.agent_tok.children) or (
            roles.agent is not None and re.search(r"\b(?:airlines?|airways)\b", table.mentions[roles.agent].name, re.I))
        if civil:
            roles.agent = None  # "an Azerbaijan Airlines passenger jet crashed, killing 38": an airliner kills no one
        launcher = next((b for c in roles.agent_tok.children if c.dep_ == "acl" and c.lemma_.lower() in FIRING_VERBS | {"fly"}
                         for b in prep_objects(c, {"by"})), None) if roles.agent is None and not civil else None
        if launcher is not None and argument(table, launcher) is not None:
            # "A drone launched by Hezbollah struck an army base": theirs
            roles.agent, roles.instrument_tok = argument(table, launcher), roles.agent_tok
            roles.agent_tok = launcher
        roles.agent_tok = roles.agent_tok if not civil and (roles.agent is not None or _flown_by(roles.agent_tok)) else None
        cls = "Airstrike" if cls == "Attack" and verbal else cls
    if cls == "Airstrike" and verbal and head.lemma_.lower() == "bomb" and roles.instrument_tok is None and (
            (roles.agent is not None and table.mentions[roles.agent].cls == "ArmedGroup")
            or (roles.agent is None and roles.agent_tok is not None and noun_lemma(roles.agent_tok) in NON_STATE_NOUNS)):
        cls = "Bombing"  # "Al Shabaab bombs the president's convoy": an armed group flies no bombers
    if roles.instrument_tok is None:  # "attacked the base with rockets"
        roles.instrument_tok = next((t for t in prep_objects(head, {"with"}) if _weapon(table, t, table.at(t))), None)
    if cls in ATTACKS and verbal and roles.target_tok is None and roles.instrument_tok is not None \
            and (aimed := _hit_by_event(roles.instrument_tok)) is not None:
        roles.target, roles.target_tok = argument(table, aimed), aimed  # "A bomb targeting a convoy ... exploded"
    if cls == "Handover":  # "turned over several bases to the Afghan forces", "the handover of Bagram to Kabul"
        givers = [head, *span, *(c for c in head.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "back"))]
        to = next((o for t in givers for o in prep_objects(t, {"to"})), None)
        roles.recipient = argument(table, to)
        if roles.recipient is not None and roles.recipient == roles.target:
            roles.target = None
    anchors = _anchors(head, verbal, trigger_heads)
    if not verbal and _toll_reached(head) is not None:
        anchors.append(head.head)  # "In Gao, the death toll rose to 30 on Friday": the verb says where and when
    # "denied involvement in a statement": the denial was made; what it denies is its content
    roles.status = None if said_by_doing else _status(head, verbal)
    if cls == "Protest" and verbal and roles.agent is not None and roles.agent_tok is not None \
            and table.at(roles.agent_tok) == roles.agent and (
                table.canonical(roles.agent).cls in ("Country", "Government")
                or (table.canonical(roles.agent).cls == "City" and table.canonical(roles.agent).name in table.lexicon.capitals)):
        return None  # "Tehran protests", "Iran protested to Pakistan": a state's word of protest, nobody in the streets
    if cls == "Protest" and verbal and head.dep_ in ("advcl", "xcomp") and head.head.i in trigger_heads \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
            and (head.head.lemma_.lower() in ("take", "march", "rally", "gather", "demonstrate")):
        return None  # "took to the streets of Tehran to protest": why they marched, the same protest
    if cls == "Protest" and not verbal and head.lemma_.lower() == "demonstration" and any(
            o.pos_ == "NOUN" and noun_lemma(o) not in PEOPLE_NOUNS and table.at(o) is None
            for o in prep_objects(head, {"of"})):
        return None  # "another demonstration of Russian madness": a showing, nobody marching
    if not verbal and head.dep_ == "dobj" and head.head.lemma_ == "fight" and head.head.i in trigger_heads \
            and head.lemma_.lower() in BATTLES:
        return None  # "fought fierce battles in El Fasher": the fighting, told by its verb
    if verbal and head.lemma_ == "fight" and roles.target_tok is not None and roles.target_tok.dep_ == "dobj" \
            and roles.target_tok.lemma_.lower() in BATTLES:
        roles.target = roles.target_tok = None  # (the battles are no one fought against)
    if verbal and cls in STATEMENTS and (blamed := _to_blame(head)) is not None:
        # "said a Ukrainian air defence missile was to blame": the sayer blames it, nothing planned
        if blamed.lower_ in ("who", "what", "which", "whom"):
            return None  # "it was not clear who was to blame": nobody blamed
        said = head.head.head if head.head.dep_ == "ccomp" and head.head.head.lemma_ in statement_lemmas else None
        roles.agent_tok = (_subject(table, said) or _inherited_subject(table, said, statement_lemmas)[0]) \
            if said is not None else None
        roles.agent = argument(table, roles.agent_tok)
        roles.target_tok, roles.target = blamed, argument(table, blamed)
        roles.instrument_tok, roles.status = None, None
    if cls in STATEMENTS and roles.status == "Alleged" and head.dep_ == "advcl" and head.tag_ == "VBG" \
            and head.head.lemma_ in ALLEGE_VERBS:
        roles.status = None  # "claimed responsibility in a statement, saying it had killed 300": said, though what was said is a claim
    if cls == "Agreement" and roles.status == "Planned" and (head.dep_ == "pobj" and head.head.head.lemma_ == "agree" or (
            head.dep_ == "xcomp" and head.head.lemma_ == "agree")):
        roles.status = None  # "agreed to a truce" (a headline's "agree to ceasefire"): agreeing is the agreement
    if _nobody(roles.target_tok) or (not verbal and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)):
        roles.status = "Negated"  # "no one was killed", "no civilians were hurt", "no injuries were reported"
    if _nobody(roles.agent_tok) or (roles.agent_tok is not None and any(
            c.dep_ == "det" and c.tag_ == "WDT" for c in roles.agent_tok.children)):
        roles.agent_tok, roles.agent = None, None  # "no group has claimed the attack", "did not say which group attacked"
    if roles.agent is None and roles.agent_tok is not None and roles.agent_tok.lower_ in ("he", "she"):
        roles.agent_tok = _described_person(table, roles.agent_tok)  # no named antecedent: a described one
    # Conjoined verbs share a place: "killed 12 civilians and wounded dozens in Mosul".
    # So does a participle: "attacked a convoy near the market, killing three soldiers".
    # (not a clause with its own subject after one told by its own "when": "13 were killed when a drone
    # attacked a helicopter, and six people died in a separate attack in Cali")
    own_when = _when_clause([head], trigger_heads) if cls in HARMS and verbal else None
    # (nor a second thing reported: "said it struck 115 targets and that its forces were operating in Khan Younis")
    siblings = [c for c in head.children if (c.dep_ == "conj" and not (own_when is not None and c.i > head.i and any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children)) and not any(
        g.dep_ == "mark" and g.lower_ in ("that", "whether", *_SEQUENCE_MARKS) for g in c.children))
        or (c.dep_ == "advcl" and c.tag_ == "VBG")] + (
        _first_conjuncts(head) if head.dep_ == "conj" else [head.head] if head.dep_ == "advcl" and head.tag_ == "VBG" else [])
    # (and the verb the first of conjoined participles tells more of: "launched an operation in Jenin on Tuesday,
    # killing nine and wounding 35", the wounding there too)
    told_of = [c.head for c in _first_conjuncts(head)[-1:] if head.dep_ == "conj" and head.tag_ == "VBG"
               and c.dep_ == "advcl" and c.tag_ == "VBG"]
    siblings += told_of
    # (and what was being done as the conjoined harm was done, hung on it: "were killed and hundreds wounded on Thursday
    # while waiting for an aid delivery near Gaza City")
    siblings += [a for c in siblings if c.dep_ == "conj" for a in c.children if a.dep_ == "advcl" and a.pos_ == "VERB"
                 and any(m.dep_ == "mark" and m.lower_ in ("as", "while") for m in a.children)]
    # Not where the wounded were taken: "wounded and taken to a hospital in Kaya".
    siblings = [c for c in siblings if c.lemma_.lower() not in CARRYING_VERBS]
    # and what the verb a participle tells more of waged: "launched an operation in Jenin, killing 10"
    siblings += [o for c in siblings if c.lemma_.lower() in WAGING_VERBS and (c.i == head.head.i or c in told_of)
                 for o in c.children if o.dep_ == "dobj"]
    # Mention indices start at 0, so not "or": the first mention of a document is a place too.
    # An event inside another happened where that one did: "killed in an attack near Bagram".
    # Conjoined verbs share it: "killed 27 soldiers and wounded 14 in an ambush", "were killed and
    # dozens wounded when ...".
    harmed = [head, *(c for c in head.children if c.dep_ == "conj"), *_first_conjuncts(head)]
    # (a gapped one the parser made a count's participle: "six people were killed and 83 injured in the strikes")
    harmed += [a for c in head.children if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN")
               for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    # A toll or injuries "from" an event were taken in it: "the death toll from Wednesday's attack".
    # (and where the parser hangs it on the count, or on the days it lasted: "kills 300 in attacks",
    # "killed 300 civilians in two days of attacks")
    # (and what a deed's conjunct with its own subject was in is that one's: "stormed two apartments ..., and an
    # officer was killed in a firefight")
    sharing = [h for h in harmed if h.i in (head.i, head.head.i) or (own_when is None and cls in HARMS) or not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in h.children)]
    holders = (sharing + ([obj] if cls in HARMS and obj is not None else [])) if verbal else [head]
    found_in = [o for h in holders
                for o in prep_objects(h, {"in", "during", "amid"} | ({"from"} if cls in HARMS and not verbal else set()))]
    if verbal and (cls in HARMS or (cls == "Arrest" and head.lemma_.lower() in ABDUCTING)) and head.dep_ == "ccomp" \
            and head.head.lemma_ in statement_lemmas and head.i < head.head.i:
        # what the report said it happened in, hung on the saying: "killed more than 200 people ... in three days of
        # attacks on villages, a lawyers' group said"
        found_in += [o for o in prep_objects(head.head, {"in", "during"}) if head.i < o.head.i < head.head.i]
    if verbal and (cls in HARMS or (cls == "Arrest" and head.lemma_.lower() in ABDUCTING)) and head.dep_ == "acl" \
            and head.tag_ in ("VBN", "VBD") and head.head.dep_ == "nsubj" and head.head.head.lemma_ in statement_lemmas \
            and head.i < head.head.head.i:
        # (the parser's deed a participle of its doers, who became the speaker: "Armed bandits abducted/acl at least 50
        # people ... in a raid on a village ..., residents said")
        found_in += [o for o in prep_objects(head.head.head, {"in", "during"}) if head.i < o.head.i < head.head.head.i]
    if verbal and cls in STATEMENTS and (said := _child(head, "nsubj")) is not None:
        # what the report's clause happened in, hung on the saying before its speaker: "Gunmen abducted 45 people ...
        # in an overnight raid on a village ..., residents said": the abduction's raid, never the saying's
        found_in = [o for o in found_in if not any(c.dep_ == "ccomp" and c.i < o.head.i < said.i for c in head.children)]
    found_in += [o for t in found_in if t.lemma_.lower() in SPANS_OF_TIME | SERIES_NOUNS for o in prep_objects(t, {"of"})]
    found_in += [g for o in found_in if (g := _gerund_after(o)) is not None]  # "killed in Pakistani shelling"
    within = [o for o in found_in if o.i in trigger_heads and not _ranked_against(o) and not _medium(o)
              and not _attack_told_again(o, trigger_heads, statement_lemmas)
              and not (o.pos_ == "VERB" and o.lemma_ in statement_lemmas)  # "in what Putin said was retaliation"
              and not (verbal and _anothers_deed(table, head, o))
              # (arrested for, not in, a bombing; but those abducted in a raid were taken in it)
              and not (cls == "Arrest" and o.lemma_.lower() in SUSPECTED_OF and head.lemma_.lower() not in ABDUCTING)] + inside
    # (not "in the deadliest attack since", nor "claimed the attack in a statement")
    # The event this one happened in: "killed in an attack", "the bombing killed 13", "attacked the
    # village, killing 12": its agent, once named, did this too.
    # "the attack, which killed 12" too.
    # And "were killed when fighters shelled the town": the clause says what killed them.
    when = _when_clause(harmed, trigger_heads)
    reported = _child(head.head, "dobj") if _told_after_report(head, statement_lemmas) else None
    relcl = head.head if head.dep_ == "conj" else head
    relative = _told_place_of(relcl.head, trigger_heads) if relcl.dep_ == "relcl" and cls in HARMS else None
    if relative is not None and relative.lemma_.lower() in PACT_NOUNS:
        relative = next((t for t in reversed(head.doc[relative.i + 1: relcl.left_edge.i])
                         if t.i in trigger_heads and t.pos_ == "NOUN"), None)  # (the fighting, not the pact)
    # the verb a participle tells more of: "struck the city, killing 34 and wounding 117" (the wounding too)
    participle = None if _vehicle_doing(head) is not None else \
        head.head if cls in HARMS and head.dep_ == "conj" and head.head.dep_ == "advcl" \
        and head.head.tag_ == "VBG" else head if verbal and ((head.dep_ == "advcl" and head.tag_ == "VBG") or head.dep_ == "relcl") \
        and not (head.i > 0 and _gerund_after(head.doc[head.i - 1]) == head) else None
    told_by = _past_time_clause(participle, table.lexicon) if participle is not None else None
    if told_by is not None and told_by.i not in trigger_heads and told_by.lemma_ in LIGHT_VERBS | WAGING_VERBS \
            and (made := _child(told_by, "dobj")) is not None:
        # the attack the verb made: "launched a massive attack on Kharkiv, killing one" (or "a missile and drone attack")
        told_by = made if made.i in trigger_heads else next(
            (c for c in made.children if c.dep_ == "conj" and c.i in trigger_heads), told_by)
    roles.container = next(iter(within), None) or (reported if reported is not None and reported.i in trigger_heads else None) or (
        told_by if told_by is not None and told_by.i in trigger_heads else None) or (
        # (or the participle it is joined to, a deed of its own: "launched one of its largest air attacks, firing more
        # than 100 missiles ... and killing at least four people")
        participle if cls in HARMS and participle is not None and participle.i != head.i and participle.i in trigger_heads
        else None) or (when if cls in HARMS | {"Arrest", "Capture"} else None) or relative \
        or (_in_which(head, trigger_heads) if cls in HARMS else None) or (
        # (or a participle joined to the deed's object, the parser's: "attacked Kyiv overnight, damaging/JJ buildings
        # ... and injuring two people")
        head.head.head if cls in HARMS and head.dep_ == "conj" and head.tag_ == "VBG" and head.head.dep_ == "dobj"
        and head.head.head.i in trigger_heads and head.head.head.i < head.i else None) or (
        # (or to the deed's verb itself: "drones attacked Kyiv overnight, damaging buildings and injuring two people")
        head.head if cls in HARMS and head.dep_ == "conj" and head.tag_ == "VBG" and head.head.pos_ == "VERB"
        and head.head.tag_ in ("VBD", "VBZ", "VBP") and head.head.i in trigger_heads else None)
    if roles.container is None and cls in HARMS and head.dep_ == "conj" and head.head.lemma_ in LIGHT_VERBS | WAGING_VERBS \
            and head.i > 0 and head.doc[head.i - 1].text == "," and (made := _child(head.head, "dobj")) is not None \
            and made.i in trigger_heads and made.i < head.i:
        roles.container = made  # a headline's "Israel launches major West Bank raid, kills at least 10": in the raid
    if (strikes := _headline_kill(head, trigger_heads)) is not None:
        # "US strikes on Yemen's Houthis kill at least 31": the headline's verb read as the noun "on" ends; the
        # strikes killed, and the name before "kill" is what they were on
        roles.container, roles.agent, roles.agent_tok, roles.target, roles.target_tok = strikes, None, None, None, None
    if trigger.weak and head.lemma_.lower() == "target" and (not _armed_aim(table, roles.agent, subj_tok) or any(
            o.i in trigger_heads for o in within + prep_objects(head, {"with"})) or _sanctioned(head)
            or (head.dep_ in ("advcl", "conj") and head.head.i in trigger_heads)
            # (and what the doer says its deed aims at: "launched ground raids into Lebanon, saying it was targeting
            # Hezbollah infrastructure")
            or (head.dep_ == "ccomp" and head.head.dep_ == "advcl" and head.head.lemma_ in statement_lemmas
                and (head.head.head.i in trigger_heads or any(c.dep_ == "dobj" and c.i in trigger_heads
                                                              for c in head.head.head.children)))
            or (head.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children))):
        # "Israel targets Hamas leaders in strike on Doha", "drones hit Port Sudan, targeting fuel depots":
        # the strike, told by its aim; and the aim of another act: "tried to plant a bomb to target forces"
        return None
    if roles.container is None and _left_so(head):
        # "the massacre left 184 dead", "an attack that left 30 dead": the toll of what left them
        leaver = _child(head.head, "nsubj") or (head.head.head if head.head.dep_ == "acl" else None)
        leaver = _relative_antecedent(head.head, leaver) if leaver is not None else None
        roles.container = leaver if leaver is not None and leaver.i in trigger_heads else None
    # The parser hangs the event's where and when on a participle of its object: "rammed a vehicle into a
    # convoy carrying engineers in northwest Pakistan on Tuesday".
    # So on the weapon's: "hit by missiles fired from Yemen on Monday".
    if reduced is not None and roles.target_tok is reduced and table.at(reduced) is None:
        roles.target = None  # the settlement, not the name the parser set beside it
    hit = roles.target_tok
    if hit is not None and hit.i != head.i and hit.i in trigger_heads \
            and (hit.tag_ == "NNS" or _headline_kill(hit, trigger_heads) is not None) \
            and (last := max((c for c in hit.children if c.dep_ == "compound"), key=lambda c: c.i, default=None)) is not None:
        # a headline's verb read as the noun it ends: "Russian strike on Kharkiv hardware store kills at least 12"
        roles.target_tok, roles.target = last, argument(table, last)
    # (or of the thing it is part of: "hit the gate of a school sheltering families ... on Tuesday")
    # (and those it was done among: "blew themselves up among crowds heading to the grave in Kerman on Wednesday")
    held = objects + [t for t in (roles.instrument_tok,) if t is not None] + (prep_objects(head, {"among"}) if verbal else [])
    carried = [c for o in held + [w for o in held for w in prep_objects(o, {"of"})]
               for c in o.children if (c.dep_ == "acl" and c.tag_ in ("VBG", "VBN"))
               # (and "44 civilians who were attending Friday prayers at a mosque in the village of Fambita")
               or (c.dep_ == "relcl" and c.tag_ == "VBG" and c.lemma_.lower() in ATTENDING)] \
        if verbal or head.dep_ in ("nsubj", "ROOT", "dep") else []  # (and the parser's misreads of "a strike ... killed")
    # (and the participle the parser made the object's own verb: "struck a crowd gathered near the tomb in Kerman")
    carried += [o.head for o in held if o.dep_ == "nsubj" and o.head.dep_ == "ccomp" and o.head.head.i == head.i
                and o.head.tag_ in ("VBD", "VBN")] if verbal else []
    # and what those people were at: "killed 60 people attending a funeral in the village of Ntoyo"
    carried += [d for c in carried if c.tag_ == "VBG" for d in c.children if d.dep_ == "dobj"]
    # and what they were doing as it happened: "killed seven aid workers as they travelled in a convoy in central
    # Gaza on Monday night" (where and when they were hit)
    carried += [c for c in head.children if verbal and c.dep_ == "advcl" and c.i > head.i and c.i not in trigger_heads
                and c.pos_ == "VERB" and any(m.dep_ == "mark" and m.lower_ in ("as", "while") for m in c.children)]
    # and where and when what was fired landed, told by its own verb: "A missile fired by Yemen's Houthis slammed
    # into a school building in the city of Ramat Gan early on Thursday"
    carried += [head.head.head] if verbal and head.dep_ == "acl" and head.tag_ == "VBN" and head.head.dep_ == "nsubj" \
        and noun_lemma(head.head) in PROJECTILES and head.head.head.pos_ == "VERB" and head.head.head.i not in trigger_heads \
        else []
    # and where the body the dead came from was, the parser's reading of "killed seven aid workers from the charity
    # World Central Kitchen in central Gaza" (its "in" hung on the charity's name)
    carried += [k for o in prep_objects(head, {"from"}) if verbal and cls in HARMS and o.ent_type_ not in ("GPE", "LOC")
                for k in (o, *(c for c in o.children if c.dep_ == "appos"))]
    # and where the weapon that did it was: "a truck bomb in the city of Cali killed five civilians"
    weapon = [t for t in (roles.instrument_tok,) if t is not None and t.dep_ == "nsubj" and t.head.i == head.i]
    # (where those hit were going is where only when nothing else says: "abducted 20 students travelling to a
    # conference in the city of Enugu, ambushing their bus in Benue state"; but "crowds heading to the grave in Kerman")
    bound = [c for c in carried if c.lemma_.lower() in _JOURNEYS and prep_objects(c, {"to", "toward", "towards"})]
    roles.place = next((found for group in (anchors, objects, [c for c in carried if c not in bound], weapon)
                        if (found := _place(table, group, cls)) is not None), None)
    if roles.place is not None and table.mentions[roles.place].cls == "Country" and (land := table.lexicon.country_of(
            table.mentions[roles.place].key)) is not None:
        # a land named first, a town in it further down: "In Congo, gunmen attacked the presidential palace in
        # Kinshasa" happened in Kinshasa
        roles.place = next((found for group in (objects, [c for c in carried if c not in bound])
                            if (found := _place(table, group, cls)) is not None
                            and found != roles.place and table.lexicon.country_of(table.mentions[found].key) == land),
                           roles.place)
    left_tok = _child(head, "dobj") if cls in FROM_PLACE and verbal else None
    if left_tok is not None and left_tok.lemma_.lower() not in WITHDRAWN \
            and (left := argument(table, left_tok)) is not None and table.mentions[left].cls in PLACE_CLASSES:
        # "fled Mellit", "abandoned Kidal": the place they left (but "withdrew its forces" left no Rwanda), before any
        # wider one it lies in ("fled El Fasher in Sudan's North Darfur state")
        roles.place = left
    if roles.place is None and roles.target_tok is not None:
        roles.place = facility_site(table, roles.target_tok)
    elif roles.target_tok is not None and roles.target_tok.lemma_.lower() in FACILITIES \
            and (site := facility_site(table, roles.target_tok)) is not None \
            and roles.place is not None and site != roles.place and _lies_in(table, site, roles.place):
        # "encircled the Jabalia refugee camp in northern Gaza": at Jabalia, in Gaza (while "the town of Macomia in
        # Cabo Delgado province" is placed by its province, the town being what was hit)
        roles.place = site
    if roles.place is None and head.dep_ == "acl" and head.head.dep_ == "appos" \
            and (found := table.at(head.head.head)) is not None and _clause_misread_as_apposition(table, head.head, found):
        roles.place = found  # "In the southern city of Mykolaiv, a drone hit a building": the place it was hung on
    if roles.place is None and cls not in STATEMENTS and _place_itself(table, roles):
        roles.place = roles.target  # "took control of the town of Rubaya, and ... across North Kivu": Rubaya
    elif roles.place is not None and roles.target is not None and cls not in STATEMENTS and _place_itself(table, roles) \
            and table.mentions[roles.target].cls in ("City", "District", "Place", "Facility") \
            and table.mentions[roles.place].cls == "Country":
        roles.place = roles.target  # "an attack on the town of Pont-Sonde in central Haiti": in the town (a province
        # still places it: "the town of Macomia in Cabo Delgado")
    roles.place = roles.place if roles.place is not None else next(
        (found for group in (siblings, within, bound) if (found := _place(table, group, cls)) is not None), None)
    where = _where(head)  # "the bus station, where six people were killed"
    if roles.place is None and where is not None:
        found = argument(table, where)
        roles.place = found if found is not None and table.mentions[found].cls in PLACE_CLASSES \
            and not _border_of(table, where, found) else None  # (not "the border with Mauritania, where")
        roles.place_words = phrase(table, where) if roles.place is None else None
    if roles.place is None and not verbal and cls not in STATEMENTS:
        roles.place, roles.place_words = _named_site(table, head)
        if roles.place is not None and roles.place == roles.agent and (cls == "Airstrike" or head.lemma_.lower() == "strike"):
            roles.place = None  # "US airstrikes": who struck, which the name before a strike says (but "the Jordan
            # attack" was in Jordan)
    if roles.place is None and roles.place_words is None and verbal and cls not in STATEMENTS \
            and roles.agent_tok is not None and roles.agent_tok.dep_ == "nsubj":
        # where the doers were, when nothing else says where it happened: "Gunmen in Culiacan set fire to vehicles"
        # (the capital by its name: "Protesters in the capital Kinshasa")
        roles.place = next((found for obj in prep_objects(roles.agent_tok, {"in", "near", "around", "outside"})
                            for named in [c for c in obj.children if c.dep_ == "appos" and obj.lemma_.lower() in CAPITAL_OR_PLACE] + [obj]
                            if (found := argument(table, named)) is not None and table.mentions[found].cls in PLACE_CLASSES
                            and not _border_of(table, named, found)), None)
    if roles.place is None and roles.place_words is None and verbal and cls in HARMS \
            and (cause := _child(head, "nsubj")) is not None and cause.lemma_.lower() in WARS:
        # where the violence that did it was: "Gang violence in Haiti's capital Port-au-Prince has displaced 15,000"
        roles.place = next((found for obj in prep_objects(cause, {"in"}) if (found := argument(table, obj)) is not None
                            and table.mentions[found].cls in PLACE_CLASSES), None)
    if roles.place is None and roles.place_words is None:
        roles.place_words = next((words for group in (anchors + objects, siblings, within)
                                  if (words := _place_words(table, group, cls)) is not None), None)
        # and the town the place the words name lies in, however the parser hung it: "in a tent camp for displaced
        # people in Rafah"
        spoken = table.doc.char_span(roles.place_words.begin, roles.place_words.end, alignment_mode="expand") \
            if roles.place_words is not None else None
        # (or "in a village in the central state of Gezira")
        roles.place = next((found for t in (spoken.root.subtree if spoken is not None else [])
                            if t.dep_ == "pobj" and (t.head.lower_ == "in" or (
                                t.head.lower_ == "of" and t.head.head.lemma_.lower() in DIVISION_NOUNS))
                            and (found := table.at(t)) is not None
                            and table.mentions[found].cls in PLACE_CLASSES - {"Country"}), None)
    if not verbal and cls in ATTACKS and roles.agent is not None and roles.place is not None \
            and head.left_edge.idx <= table.mentions[roles.agent].span.begin < head.idx \
            and (spot := table.canonical(roles.place).key) is not None \
            and (land := table.lexicon.country_of(spot)) is not None and land != spot \
            and land in table.lexicon.lookup(table.mentions[roles.agent].span.text):
        roles.agent = None  # "Sudan drone strike on Sennar market": where it was (Sennar lies in Sudan), not who struck
    if roles.target is not None and table.mentions[roles.target].cls in PLACE_CLASSES:
        # A place attacked is where it happened; not a country that only modifies the people hit
        # ("six U.S. service members killed").
        if roles.place is None and cls not in STATEMENTS and _place_itself(table, roles):
            roles.place = roles.target
        if cls == "Withdrawal":
            roles.target = None
    if cls == "Withdrawal" and verbal and (taken := _child(head, "dobj")) is not None and noun_lemma(taken) in WORDS_WITHDRAWN:
        return None  # "later withdrew the claim", "withdrew its ambassador's accreditation": words taken back, no pullout
    if cls == "Withdrawal" and verbal and head.lemma_.lower() == "abandon" and roles.target_tok is not None:
        # "abandoned their positions": where they left, nobody they targeted
        roles.place_words = roles.place_words or (phrase(table, roles.target_tok) if roles.place is None else None)
        roles.target_tok, roles.target = None, None
    if roles.agent is not None and roles.agent == roles.place and table.mentions[roles.agent].cls in PLACE_CLASSES:
        roles.agent = None  # "27 killed in Burkina Faso ambush": where it happened, not who did it
    elif roles.agent is not None and roles.place is not None and cls in HARMS and "agent:inherited" in roles.evidence \
            and table.mentions[roles.agent].cls == "Country" \
            and table.mentions[roles.agent].key == table.lexicon.country_of(table.mentions[roles.place].key):
        # a country is no harm's agent on its own soil by a clause's subject handed down: "Thailand launched
        # air strikes ... as fighting ... spread, killing at least 12 people in Thailand"
        roles.agent = None
    if cls == "Capture" and roles.target is not None and roles.target_tok is not None \
            and table.mentions[roles.target].cls == "Country" and table.at(roles.target_tok) != roles.target:
        # "seized most of Syria's second city", "captured Afghanistan's capital": a place in the country
        roles.place = roles.place if roles.place is not None else roles.target
        roles.target = None
    if cls in ATTACKS and roles.target is not None and (hit_site := roles.target_tok) is not None \
            and (table.mentions[roles.target].cls == "Country" or (table.mentions[roles.target].cls in ("Province", "Place")
                                                                     and table.mentions[roles.target].key is not None)) \
            and hit_site.pos_ == "NOUN" and hit_site.is_lower \
            and hit_site.lemma_.lower() not in FORCE_NOUNS | PEOPLE_NOUNS | {"embassy", "consulate", "government", "ministry"} \
            and any(c.dep_ == "compound" and table.at(c) == roles.target for c in hit_site.children):
        # "Gunmen storm Ecuador TV studio": a studio in Ecuador was stormed, not the country (and "attack West Bank
        # village": a village there)
        roles.place = roles.place if roles.place is not None else roles.target
        roles.target = None
    if cls == "Displacement" and head.lemma_.lower() in ("flee", "escape") and _perpetrators_fled(roles.target_tok):
        return None  # "the gunmen fled into the mountains": an escape, nobody displaced
    if cls == "Displacement" and head.lemma_.lower() == "flee" and roles.target_tok is not None and (
            (roles.target is not None and table.mentions[roles.target].cls in ("StateForce", "ArmedGroup"))
            or noun_lemma(counted(roles.target_tok)) in FORCE_NOUNS | {"officer", "policeman", "guard", "policemen"}):
        # "Congolese soldiers and allied fighters fled south": a force giving up ground, no civilians displaced (and
        # "officers had fled the station before the attackers arrived")
        cls, roles.agent, roles.agent_tok, roles.target, roles.target_tok = \
            "Withdrawal", roles.target, roles.target_tok, None, None
    if cls == "Displacement" and head.lemma_.lower() in ("evacuate", "evacuation") and (
            (roles.target is not None and table.mentions[roles.target].cls in ("StateForce", "ArmedGroup"))
            or (roles.target_tok is not None and noun_lemma(counted(roles.target_tok)) in FORCE_NOUNS | {"member"})):
        return None  # "a helicopter evacuating soldiers", "evacuating members of the army": no one displaced
    if cls == "Displacement" and any(noun_lemma(o) in MEDICAL for o in prep_objects(head, {"to"})):
        return None  # "the wounded were evacuated to a hospital": care, not flight
    if cls == "Displacement" and head.lemma_.lower() in ("evacuate", "evacuation", "flee") and (
            (roles.target is not None and table.mentions[roles.target].cls == "Person" and not (
                roles.target_tok is not None and any(c.dep_ == "conj" for c in roles.target_tok.children))
             # (a household is displaced: "a trader fled to El Fasher with his family")
             and not (head.lemma_.lower() == "flee" and prep_objects(head, {"with"})))
            or getattr(roles.target_tok, "lower_", None) in ("he", "she", "him", "her")):
        return None  # "He was evacuated to Goma but died": one man carried off, nobody displaced
    if cls == "Displacement" and head.lemma_.lower() in ("evacuate", "evacuation") \
            and (obj := _child(head, "dobj") or _child(head, "nsubjpass")) is not None \
            and obj.lower_ in ("wounded", "injured", "dead", "bodies", "body", "casualties", "remains"):
        return None  # "evacuated the wounded", "the bodies were evacuated": care of the hurt and the dead
    if cls == "Capture" and head.lemma_.lower() in FREEING and _people(table, roles.target_tok, roles.target):
        return None  # "liberated the hostages": a rescue, nobody taken
    if cls == "Capture" and (_people(table, roles.target_tok or _child(head, "dobj"), roles.target)
                             or any(c.lower_ == "alive" for t in (head, roles.target_tok) if t is not None
                                    for c in t.children)):  # "captured one alive"
        cls = "Arrest"  # people are arrested, places captured: "seized hundreds of hostages"
    dated = [head] if not verbal and _another_time(head) else anchors
    roles.date = _date(table, head.sent, dated, prefer_past=roles.status != "Planned") or (
        _when_date(table, head, prefer_past=roles.status != "Planned") if verbal else None) or (
        # a date after both conjoined verbs is both's: "killed 27 and wounded 14 on Sunday"
        _date(table, head.sent, [c for c in head.children if c.dep_ == "conj" and c.lemma_ not in statement_lemmas]
              # "fighting has raged since Wednesday, killing 30": the participle's clause dates it
              + ([head.head] if head.dep_ == "advcl" and head.tag_ == "VBG" else []) + told_of, prefer_past=roles.status != "Planned")
        if verbal else None) or _date(table, head.sent, carried, prefer_past=roles.status != "Planned") or (
        # "were killed when troops clashed with militants on Sunday": the clause's day, whatever clashed
        _date(table, head.sent, [when], prefer_past=True) if when is not None and cls in HARMS else None) or (
        # "The violence erupted on Thursday when gunmen ambushed security forces": the day of what it began with
        _date(table, head.sent, [head.head], prefer_past=True) if verbal and head.dep_ == "advcl"
        and head.doc[head.left_edge.i].lower_ == "when" and head.head.i < head.i else None) or (
        # and the day of a first verb that is no event of its own, or a way in, is the second's: "burst into a bar late
        # on Wednesday and opened fire" (but "seized Kunduz on Monday and later withdrew" withdrew another day)
        _date(table, head.sent, [head.head], prefer_past=roles.status != "Planned") if verbal and head.dep_ == "conj"
        and head.head.pos_ == "VERB" and head.head.i < head.i
        and (head.head.i not in trigger_heads or head.head.lemma_ in ENTERING) and head.head.lemma_ not in statement_lemmas
        and not any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in head.children) else None)
    if roles.date is None and (report := _told_overnight(head, statement_lemmas)) is not None:
        roles.date = _date(table, head.sent, [report], prefer_past=True)  # "launched ... attack overnight, officials said
        # on Saturday": the night the report's day closes
    if roles.date is not None and not verbal and head.dep_ == "pobj" and head.head.lower_ == "for" \
            and head.head.head.lemma_.lower() in ("responsibility", "credit") \
            and roles.date.raw is not None and roles.date.raw.begin > head.idx:
        roles.date = None  # "claimed responsibility for the bombings on Thursday": the day of the claim (not
        # "for Tuesday's bombing")
    if roles.date is not None and not verbal and _recalled(head) and roles.date.precision == "day" \
            and table.document.published is not None \
            and 0 <= (table.document.published - date.fromisoformat(roles.date.value)).days < 28:
        roles.date = None  # "on anniversary of October 7 attack", told on October 7 (or "the anniversary of the killing
        # of Soleimani on Wednesday"): a year or more before, not this week
    if cls in STATEMENTS and head.lemma_ in HEDGES and head.i + 2 < len(head.doc) and head.nbor(1).lower_ == "to" \
            and head.nbor(2).lemma_ in ("be", "have"):  # never "said to reporters"
        return None  # "militants said to be linked to ...", "is reported to have fled": hearsay, nobody's statement
    said_in = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "in" else None
    if said_in is not None and said_in.dep_ == "dobj" and said_in.head.lemma_ in statement_lemmas:
        said_in = said_in.head  # "claimed the attack in a statement", the "in" hung on what was claimed
    if said_in is not None and said_in.dep_ == "ccomp" and said_in.head.lemma_ in statement_lemmas \
            and said_in.head.i in trigger_heads and head.i > said_in.i:
        said_in = said_in.head  # "said on Tuesday it had repelled an attack ..., in a statement read on state television"
    if cls in STATEMENTS and not verbal and said_in is not None \
            and said_in.lemma_ in statement_lemmas and said_in.i in trigger_heads:
        return None  # "said in a statement carried by its Amaq news agency": the saying's medium, not a second act
    if cls in STATEMENTS and _reported_harm(head) is not None:
        return None  # a headline's "hundreds reported killed": hearsay of a harm, nobody's statement
    if cls in STATEMENTS:
        roles.quote = quote_for(table, head) if cls == "Statement" or _child(head, "ccomp") else None
        # What an accusation or threat is about: "accused the US of bombing a hospital".
        text = table.document.text
        # "said in a statement that its fighters had taken ...": the parser hangs the clause on the statement
        # ... or as a relative clause on the call it was said in, though its "that" joins no relative:
        # "told Zelenskiy in a video call that fighting was continuing"
        in_statement = next((c for o in prep_objects(head, {"in"}) for c in o.children if any(
            m.lower_ == "that" and ((c.dep_ == "acl" and o.lemma_.lower() in SAYING_NOUNS)
                                    or (c.dep_ in ("acl", "relcl") and m.dep_ == "mark")) for m in c.children)), None)
        object_clause = misread_clause(head)  # "said the operation, dubbed Iron Wall, aimed to ...": a clause
        if (denied := _what_is_denied(head, text)) is not None:
            roles.quote, roles.content = None, denied
        if head.lemma_ == "blame" and (deed := _child(head, "dobj")) is not None \
                and (on := next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > deed.i), None)):
            # "blamed the killings on armed herders": the deed and whom it is put on
            roles.content = roles.content or Span(deed.left_edge.idx, on.right_edge.idx + len(on.right_edge),
                                                  text[deed.left_edge.idx: on.right_edge.idx + len(on.right_edge)])
        roles.content = roles.quote or roles.content or clause(head, "xcomp", text) \
            or (clause(in_statement.head, in_statement.dep_, text) if in_statement is not None else None) \
            or (stray_infinitive(head, text) if head.lemma_ in ("call", "urge", "threaten", "vow", "pledge") else None) \
            or (clause(head, "prep", text) if not _as_event(head, trigger_heads) else None) \
            or (clause(span[0], "prep", text) if span[0].i != head.i else None) \
            or (clause(accused, "prep", text) if (accused := _accused_of_doing(head)) is not None else None) \
            or (clause(head, "dobj", text) if " ".join(trigger.lemmas) in AUDIENCE.keys() | OBJECT_SAID
                and not (roles.audience is not None and roles.audience == argument(table, _child(head, "dobj"))) else None) \
            or (relative_report(head, text) if cls == "Statement" and verbal else None) \
            or (fronted(head, text) if cls == "Statement" and verbal else None) \
            or (clause(head, "dobj", text) if cls == "Statement" and object_clause is not None else None)
        if roles.content is None and len(trigger.lemmas) == 2 and trigger.lemmas[0] in DENY_VERBS \
                and (rejected := _child(head, "dobj")) is not None:
            # "rejected the accusation in a statement": the rejection is what was said
            roles.content = Span(head.idx, rejected.right_edge.idx + len(rejected.right_edge),
                                 text[head.idx: rejected.right_edge.idx + len(rejected.right_edge)])
        # (the fronted report first: "..., the UN said on Friday"; then a clause read as an object)
        # "said that ...", "urged people to ...", "a bomb wounded two, a police officer said": what was said
        said = _child(head, "ccomp") or _child(head, "xcomp") or (head.head if head.dep_ == "parataxis" else None) \
            or object_clause or reported_object(head)
        # an accusation names whom it blames: "police blamed the Taliban for the attack"
        # (or the accused unnamed, with what they are accused of: "the rebels accused the government of corruption")
        said = said if cls == "Statement" else said or (
            roles.target_tok if roles.target is not None or (roles.content is not None and cls == "Accusation"
                                                             and getattr(roles.agent_tok, "i", None) not in trigger_heads)
            else None)
        # and a claim its authorship, whoever claims it: "A faction of the Pakistani Taliban claimed responsibility"
        said = said or next((c for c in head.children if c.dep_ == "dobj" and head.lemma_.lower() == "claim"
                             and c.lemma_.lower() in ("responsibility", "credit")), None)
        # "..., residents said": the fronted report is what they said
        told_before = cls == "Statement" and verbal and roles.content is not None and roles.agent_tok is not None \
            and roles.content.end <= roles.agent_tok.idx < span[0].idx
        if roles.agent is None and ((said is None and not told_before) or phrase(table, roles.agent_tok) is None
                                    or (roles.content is None and cls == "Statement")):
            return None  # an unattributed quotation is nobody's statement ("officials said" names someone)
    if cls == "Statement" and verbal and _child(head, "neg") is not None and roles.content is not None \
            and (roles.content.text.split() or [""])[0].lower() in ("how", "what", "when", "where", "who", "why", "whether", "which"):
        return None  # "It did not say how many": nothing said
    if verbal and cls not in STATEMENTS and _asked_how_many(head):
        return None  # "He did not say how many bandits were killed": a question about a toll told, no new deed
        # (nor "how many had surrendered")
    if cls == "Killing" and head.lemma_.lower() == "toll" and head.dep_ == "dobj" and roles.count is None \
            and head.head.lemma_.lower() in TOLL_GIVERS:
        return None  # "the government did not give a death toll": the figure of a killing told already, or none
    if cls == "Attack" and head.lemma_.lower() == "raid" and _police(table, roles):
        return None  # a police raid is a search; its arrests are events of their own
    if cls in ATTACKS and roles.target_tok is not None and roles.target is None \
            and roles.target_tok.lemma_.lower() in IDEALS and roles.target_tok.tag_ == "NN":
        return None  # "an attack on democracy", "attacking press freedom": words, not violence
    if cls in ATTACKS and verbal and head.lemma_.lower() in ("strike", "hit") and roles.target is None \
            and (obj := _child(head, "dobj")) is not None and obj.lemma_.lower() in STRUCK_NOT_HIT:
        return None  # "struck a deal", "struck a balance", "hit a record": no blow
    if cls == "Capture" and head.lemma_ == "occupy" and (head.dep_ == "amod" and head.i < head.head.i or _occupied_misread(head)):
        return None  # "the occupied territory", "occupied Crimea": a standing state, no taking told
    if cls == "Withdrawal" and head.lemma_ == "leave" and roles.agent is not None \
            and table.mentions[roles.agent].cls == "Person":
        return None  # "the minister left shortly before the attack": a man going, no force pulling out
    if cls == "Capture" and roles.target is None and roles.target_tok is not None \
            and noun_lemma(counted(roles.target_tok)) in GOODS:
        return None  # "seized equipment", "seized power": no ground taken
    if cls in HARMS and _crashed_craft(head) is not None:
        roles.agent, roles.agent_tok = None, None
    if verbal and cls in ATTACKS and roles.agent is None \
            and (claimant := _claimed_in_retelling(head, trigger_heads, statement_lemmas)) is not None:
        roles.agent = argument(table, _spoken_for(table, claimant))  # (its doers' words stay the phrase: "Gunmen")
        roles.evidence.append("agent:claimed")
    return _event(table, span, head, cls, verbal, trigger, roles, statement_lemmas)


def _done_before(verb: Token) -> bool:
    """A present perfect told as a habit or a record: "has repeatedly attacked", "have attacked candidates
    before" (those of a kind, no one named or counted); the news's own deed is never told so."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children):
        return False
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if adverbs & HABIT_ADVERBS:
        return True
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() == "time" and any(
            m.lower_ in ("several", "many", "multiple", "numerous", "repeated", "countless", "dozens", "hundreds")
            for m in c.children) for c in verb.children):
        return True  # "Chinese workers have been attacked several times in Pakistan"
    if any(o.lemma_.lower() in ("year", "month", "decade") and o.tag_ == "NNS"
           and any(m.lower_ in ("recent", "past", "last") for m in o.children) for o in prep_objects(verb, {"in", "over"})):
        return True  # "... have been attacked in recent years": a record, not the news
    obj = _child(verb, "dobj")
    return bool(adverbs & {"before", "previously"}) and obj is not None and obj.tag_ == "NNS" \
        and not any(c.dep_ in ("det", "nummod", "poss") for c in obj.children)


def _occupied_misread(verb: Token) -> bool:
    """"in occupied Crimea" parsed as a verb with its object after a preposition: still the adjective."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBN" and verb.head.dep_ == "prep" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) \
        and (obj := _child(verb, "dobj")) is not None and obj.i == verb.i + 1 and obj.pos_ == "PROPN"


# What people were doing where they were hit: "worshippers who were attending prayers at a mosque in Fambita".
ATTENDING = {"attend", "pray", "worship", "shop", "celebrate", "gather", "wait", "queue", "travel", "sleep", "work"}


def _place_itself(table: MentionTable, roles: Roles) -> bool:
    """The target is a place named as the thing hit or taken ("Kunduz", "the town of Kidal", "control of
    Rubaya"), not a country that only modifies the people hit ("six U.S. service members killed")."""
    return roles.target is not None and table.mentions[roles.target].cls in PLACE_CLASSES \
        and roles.target_tok is not None and (table.at(roles.target_tok) == roles.target
                                              or roles.target_tok.lemma_.lower() in PLACE_HEADS - ABROAD | PARTITIVES | OUTER_PARTS | {"control"}
                                              # (named with its kind: "Khartoum state")
                                              or (roles.target_tok.lemma_.lower() == "state" and any(
                                                  c.dep_ == "compound" and table.at(c) == roles.target
                                                  for c in roles.target_tok.children)))


# A country's buildings abroad: "the embassy of Rwanda" in Kinshasa is Rwanda's, not in Rwanda.
ABROAD = {"embassy", "consulate"}


def _police(table: MentionTable, roles: Roles) -> bool:
    words = phrase(table, roles.agent_tok)
    named = table.mentions[roles.agent].name if roles.agent is not None else ""
    return bool(POLICE & set(f"{words.text if words else ''} {named}".lower().split()))


PHRASE_DEPS = {"det", "amod", "nummod", "compound", "quantmod", "advmod", "poss", "nmod", "predet"}
# Words for part of a group, standing for its members: "killing several of them", "most of the hostages".
SOME = {"several", "many", "some", "most", "all", "few", "none", "each", "both"}
QUANTITY_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "score",
                  "scores", "number", "handful", "couple", "group", "busload", "lot", "quantity", "amount",
                  "barrage", "salvo", "volley", "wave", "swarm"}  # ("a barrage of rockets": what was fired)
# Where people are gathered: what is hit of them is where they are.
GATHERINGS = {"meeting", "gathering", "crowd", "column", "concentration", "assembly", "ceremony"}
NOT_PARTICIPANTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}


def _speaker_meant(verb: Token, pronoun: Token, statement_lemmas: set[str]) -> Token | None:
    """Whom "they" is, in what they said of themselves: "the separatists said they had killed 84 fighters"
    (a speaker no entity names, so the words)."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ccomp" or node.head.lemma_ not in statement_lemmas:
        return None
    speaker = _child(node.head, "nsubj")
    plural = pronoun.lower_ in ("they", "we")
    if speaker is None or speaker.pos_ != "NOUN" or (speaker.tag_ == "NNS") != plural:
        return None
    return speaker


def phrase(table: MentionTable, token: Token | None, trigger: SSpan | None = None) -> Span | None:
    """The words of a participant no entity names: "three Russian military personnel", "a convoy";
    never the trigger's own ("handed over 13 hostages", whose "over" the parser may give the number)."""
    if token is None or token.ent_type_ in NOT_PARTICIPANTS:
        return None
    some = token.lower_ in SOME and bool(prep_objects(token, {"of"}))  # "several of the gunmen"
    if token.pos_ not in ("NOUN", "NUM") and not (token.pos_ == "PROPN" and token.ent_type_ == "NORP") and not some:
        return None  # people named by nationality are words too: "two other Americans", "an Afghan"
    if table.at(token) is not None or token.lower_ in PRONOUNS_PERSON | PRONOUNS_OTHER:
        return None
    start = token.i
    for child in token.lefts:
        if child.dep_ in PHRASE_DEPS and not (child.dep_ == "nmod" and _child(child, "cc") is not None
                                              and table.at(child) is not None):
            start = min(start, min(t.i for t in child.subtree))  # (not "Fano and" of "Fano and federal troops")
    if start < token.i - 7:
        start = token.i - 7
        while start > 0 and token.doc[start].ent_iob_ == "I":
            start -= 1  # not in the middle of a name: "Islamic State West Africa Province (ISWAP) fighters"
    doc = token.doc
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2  # a hyphened word the tokenizer split: "counter-protesters", not the protesters they attacked
    if trigger is not None and token.i >= trigger.end:
        start = max(start, trigger.end)
    end = token.i + 1
    if token.pos_ == "NUM" or token.lemma_.lower() in QUANTITY_NOUNS | _SIDES or some:
        # "dozens of civilians", "hundreds of hostages": the words say who, not only how many.
        # (and "the Gaza side of the Rafah border crossing": the crossing, in part)
        counted = next(iter(prep_objects(token, {"of"})), None)
        if counted is not None and counted.i - token.i <= 6 and counted.ent_type_ not in NOT_PARTICIPANTS:
            end = counted.i + 1
    if token.lemma_.lower() in _COMPASS_PARTS and any(c.dep_ == "compound" for c in token.lefts) \
            and prep_objects(token, {"of"}):
        end = token.i  # "an attack on a checkpoint west of Mosul", the parser's head "west": the checkpoint
    words = token.doc[start: end]
    return table.span(words.start_char, words.end_char)


def _coordinated(table: MentionTable, token: Token | None, first: int | None,
                 head: Token) -> tuple[tuple[Span, ...], tuple[int, ...]]:
    """The other targets in a coordination or an 'including' list, as words and as named entities:
    "eight women, a girl and four men were injured", "arrested 12 people, including Eva Forest"."""
    words: list[Span] = []
    names: list[int] = []
    starts = ([token] + prep_objects(token, {"including"}) if token is not None else []) + (
        prep_objects(head, {"including"}) if head is not token else [])
    if token is not None and token.dep_ == "appos" and token.head.pos_ == "NOUN" and _child(token, "conj") is not None:
        # "eight women, a girl and four men injured": the parser took the list for an apposition on "women".
        said = phrase(table, token.head)
        words += [said] if said is not None else []
    if token is not None and first is not None and table.mentions[first].cls == "Person":
        # "the killing of Hezbollah leader Hassan Nasrallah and Hamas political chief Ismail Haniyeh", parsed
        # with the first man's title as a modifier of the second's name
        names += [found for t in token.subtree if t.dep_ == "appos" and t.head.i != token.i and t.head.dep_ == "nmod"
                  and (found := table.at(t)) is not None and found != first and table.mentions[found].cls == "Person"]
    for position, start in enumerate(starts):
        member: Token | None = start
        steps = 0
        while member is not None and steps < 8:
            after = member.right_edge.i + 1
            while after < len(member.doc) and member.doc[after].text == ")":
                after += 1  # (past the acronym's bracket: "Doctors Without Borders (MSF) said")
            if member.dep_ == "conj" and member.i > 0 and member.doc[member.left_edge.i - 1].text == "," \
                    and after < len(member.doc) and member.doc[after].lemma_ in REPORTING:
                break  # "killing at least 10 people, police and residents said": who said it, not more dead
            described = member.dep_ == "appos" and member.head.pos_ == "PROPN"  # "Eva Forest, wife of ...": one person
            if (position > 0 or steps > 0) and not described:
                found = argument(table, member) if member.pos_ in ("PROPN", "PRON") or table.at(member) is not None \
                    else None
                if (titled := _titled_after(table, member)) is not None:
                    found = titled  # "Hezbollah leader Hassan Nasrallah and Hamas political chief Ismail Haniyeh"
                if found is not None and found != first and found not in names:
                    names.append(found)
                elif (said := phrase(table, member)) is not None:
                    words.append(said)
            # A list the parser read as an apposition ("women, a girl and four men") counts too.
            member = next((c for c in member.children if c.dep_ == "conj" or (
                c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children))), None)
            steps += 1
    return tuple(words), tuple(names)


def _titled_after(table: MentionTable, member: Token) -> int | None:
    """The person a conjoined group's name is the title of, where the parser hung the name on the first
    person's title: in "leader Hassan Nasrallah and Hamas political chief Ismail Haniyeh", Haniyeh."""
    found = table.at(member)
    if member.dep_ != "conj" or found is None or table.mentions[found].cls == "Person":
        return None
    person = next((a for a in member.head.head.children if a.dep_ == "appos" and 0 < a.i - member.i <= 6
                   and all(t.is_alpha for t in member.doc[member.i + 1: a.i])), None)
    named = table.at(person) if person is not None else None
    return named if named is not None and table.mentions[named].cls == "Person" else None


def _co_agents(table: MentionTable, token: Token | None, first: int | None) -> tuple[tuple[Span, ...], tuple[int, ...]]:
    """The other agents of a coordination, as words and as named entities: "Hamas and Islamic Jihad",
    "Israeli troops and settlers", and a shared head noun, "US and British forces" (each country's
    forces are a mention of their own on the modifier)."""
    if token is None or argument(table, token) != first:
        return (), ()  # the agent came from elsewhere (an earlier clause, a pronoun's antecedent)
    words: list[Span] = []
    names: list[int] = []
    # only coordinated modifiers: "Al Qaeda affiliate JNIM" is JNIM alone
    modifiers = [c for c in token.children if c.dep_ in ("amod", "nmod", "compound") and c.i < token.i
                 and any(g.dep_ == "conj" for g in c.children)]
    # and the states whose officers act together: "the foreign ministers of Congo and Rwanda signed"
    states = prep_objects(token, {"of"}) if token.tag_ == "NNS" and token.lemma_.lower() in TITLE_NOUNS else []
    states = [o for o in states if len(states) > 1 or any(g.dep_ == "conj" for g in o.children)]
    head = token
    while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i:
        head = head.head  # "Congolese army troops and allied militias known as Wazalendo", the second taken
    for start, named_only in [(head, False)] + [(m, True) for m in modifiers] + [(o, False) for o in states]:
        member: Token | None = start
        for _ in range(8):
            if member is None:
                break
            found = table.at(member) if named_only else argument(table, member)
            if found is not None and table.mentions[found].cls not in ACTOR_CLASSES:
                break  # "the IRA's Belfast brigade": a place qualifies the agent, it does not join it
            if found is not None and not any(alike(table.canonical(found), table.canonical(k)) for k in (first, *names)
                                             if k is not None):
                names.append(found)  # "the Pakistani Taliban, or TTP": one group named twice, one agent
            elif found is None and not named_only and member is not token and (said := phrase(table, member)):
                words.append(said)
            member = _child(member, "conj")
    return tuple(words), tuple(names)


def _event(table: MentionTable, span: SSpan, head: Token, cls: str, verbal: bool, trigger: Trigger,
           roles: Roles, statement_lemmas: set[str]) -> Event:
    fatalities = injured = displaced = quantity = None
    if roles.count:
        n = roles.count[0]
        if cls == "Killing":
            fatalities = n
        elif cls == "Injury":
            injured = n
        elif cls == "Displacement" and not (roles.target_tok is not None
                                            and noun_lemma(counted(roles.target_tok)) in PLACE_HEADS):
            displaced = n  # people; "the evacuation of 20 villages" counts villages
        elif not table.lexicon.is_a(cls, "Statement"):  # what a report counts is its clause's
            quantity = n
    confidence = 0.4 + (0.1 if verbal else 0.0) + (0.05 if roles.date else 0.0)
    if roles.agent is not None:
        referred = table.mentions[roles.agent].ref is not None
        confidence += 0.1 if referred or roles.evidence else 0.2
    if roles.target is not None or roles.place is not None:
        confidence += 0.1
    if trigger.weak:
        confidence -= 0.1
    if cls in HARMS | {"Arrest"} and roles.target is not None and roles.target_tok is not None \
            and roles.target_tok.lemma_.lower() in TITLE_NOUNS | {"head"} and table.at(roles.target_tok) is None \
            and table.mentions[roles.target].cls != "Person" and (any(
                c.dep_ == "poss" and table.at(c) == roles.target for c in roles.target_tok.children) or any(
                argument(table, o) == roles.target for o in prep_objects(roles.target_tok, {"of"})) or (
                roles.target_tok.lemma_.lower() in LEADERS and any(
                    c.dep_ == "compound" and table.at(c) == roles.target for c in roles.target_tok.children))):
        # "kills Hezbollah's top military commander", "a senior commander of the Kataib Hezbollah militia",
        # "Hezbollah chief": a man the group has, not the group (while "an army officer was killed" names the
        # army's loss, as "three soldiers" do)
        roles.target = None
    if roles.target is not None and roles.agent is not None and alike(table.canonical(roles.target), table.canonical(roles.agent)):
        if roles.target_tok is not None and table.at(roles.target_tok) is None:
            roles.target = None  # "left their positions": what is theirs, not whom they hit
        elif cls not in STATEMENTS:
            roles.agent = roles.agent_tok = None  # nobody attacks himself
    if cls in HARMS and roles.agent is not None and roles.agent_tok is not None \
            and table.mentions[roles.agent].cls in PLACE_CLASSES - {"Country"} and noun_lemma(roles.agent_tok) in PLACE_HEADS:
        roles.agent = roles.agent_tok = None  # "strikes on the camp and the Tuffah neighbourhood killed 42": the parser's
        # subject, a quarter, kills nobody
    if cls in ("Killing", "Injury") and roles.target is not None \
            and table.mentions[roles.target].cls in PLACE_CLASSES - {"Country"} \
            and roles.target_tok is not None and table.at(roles.target_tok) is None:  # (a country's are its people)
        # "six people were killed in airstrikes on the district": people died there; a place is killed by no one
        roles.place = roles.target if roles.place is None else roles.place
        roles.target = None
    sent = head.sent
    more_words, more_names = _coordinated(table, roles.target_tok, roles.target, head)
    target = roles.target
    if target is not None and roles.target_tok is not None and table.at(roles.target_tok) == target \
            and table.mentions[target].cls != "Person":  # (not "Hamas military chief Deif": one man, of his group)
        # "20 Mozambican and Rwandan soldiers": each country's soldiers, the first named first
        shared = [found for c in roles.target_tok.children if c.dep_ in ("amod", "nmod", "compound") and c.i < roles.target_tok.i
                  for t in (c, *(k for k in c.children if k.dep_ == "conj"))
                  if (found := table.at(t)) is not None and found not in (target, roles.agent)
                  and table.mentions[found].cls in ACTOR_CLASSES]  # (not the other side: "Russia-Ukraine talks")
        if shared:
            ordered = sorted({target, *shared, *more_names}, key=lambda i: table.mentions[i].span.begin)
            target, more_names = ordered[0], tuple(ordered[1:])
    # A statement's speakers are the named ones: "Egypt, Qatar and the United States condemned" is all three's,
    # "residents and the Arakan Army said" the one named
    if cls in STATEMENTS and roles.agent is None and roles.agent_tok is not None and roles.agent_tok.pos_ == "NOUN":
        named = next(((c, found) for c in roles.agent_tok.conjuncts if c.i > roles.agent_tok.i
                      and (found := table.at(c)) is not None
                      and table.mentions[found].cls in ACTOR_CLASSES - PLACE_CLASSES), None)
        if named is not None:
            roles.agent_tok, roles.agent = named
    # and "fighting between the army and the RSF" has the RSF for its other side, not a second agent
    between = roles.target_tok is not None and roles.target_tok.dep_ == "conj" and roles.target_tok.head == roles.agent_tok
    co_words, co_names = ((), ()) if roles.agent is None or between else _co_agents(table, roles.agent_tok, roles.agent)
    if cls in STATEMENTS:
        co_words = ()  # (unnamed sources beside a named one add no speaker: "officials and residents said")
    agents: list[int] = sorted((roles.agent, *co_names), key=lambda i: table.mentions[i].span.begin) \
        if co_names and roles.agent is not None else []
    anaphoric, definite = _definite(table, head, verbal)
    among = head.dep_ == "pobj" and head.head.lower_ == "among" and any(c.lower_ == "the" for c in head.children)
    if among and cls in HARMS:
        anaphoric = definite = True  # "Among the dead were children": of the dead already told
    doer = roles.agent_tok if roles.agent is not None or roles.agent_tok is None \
        or roles.agent_tok.lower_ not in ("they", "it", "we") else _speaker_meant(head, roles.agent_tok, statement_lemmas)
    return Event(
        cls=cls,
        trigger=table.span(span.start_char, span.end_char),
        sentence=table.span(sent.start_char, sent.end_char),
        # Agents in the text's order: "US and British forces" are the US's first.
        agent=agents[0] if agents else roles.agent, target=target, place=roles.place, date=roles.date,
        agent_phrase=phrase(table, doer),
        # The words too when the target entity is only a modifier: "six NATO service members".
        target_phrase=phrase(table, roles.target_tok, span),
        more_targets=more_words, more_target_entities=more_names,
        more_agents=co_words, more_agent_entities=tuple(agents[1:]),
        place_phrase=roles.place_words if roles.place is None else None,
        instrument_phrase=phrase(table, roles.instrument_tok),
        fatalities=fatalities, injured=injured, displaced=displaced, quantity=quantity,
        count_qualifier=roles.count[1] if roles.count else None, running_total=not verbal and _toll_reached(head) is not None,
        quote=roles.quote, content=roles.content, recipient=roles.recipient, status=roles.status,
        # "Putin ordered his commanders to ...": his, not him
        audience=None if roles.audience is not None and roles.agent is not None and alike(
            table.canonical(roles.audience), table.canonical(roles.agent)) else roles.audience,
        confidence=round(max(0.05, min(0.95, confidence)), 2),
        lemma=head.lemma_.lower(), anaphoric=anaphoric, definite=definite, plural=among or _several(head), verbal=verbal,
        further=verbal and (any(c.dep_ == "advmod" and c.lower_ in FURTHER for c in head.children) or _lapsed(head)
                            or _kept_up_since(head)
                            # (and the next of its kind: "The first blast struck ... The second, in Qila Saifullah, killed 12")
                            or any(c.dep_ == "nsubj" and c.lower_ in _NEXT_ONES and c.pos_ in ("ADJ", "NOUN")
                                   and not any(g.dep_ in ("prep", "compound") and g.i > c.i for g in c.children)
                                   for c in head.children))
        # (and a strike back, never the strike it answers: "any Israeli counter-strike"; nor what a day recalls:
        # "fires rockets at Tel Aviv on anniversary of October 7 attack")
        or (not verbal and span.start > 1 and head.doc[span.start - 1].text == "-" and head.doc[span.start - 2].lower_ == "counter")
        or (not verbal and _recalled(head)),
        within_at=roles.container.idx if roles.container is not None else None,
    )


def _several(head: Token) -> bool:
    """The trigger tells of several events: "the attacks", "each explosion", "as each bomb exploded",
    "the bombs were detonated" (several devices, several blasts), "jets struck"."""
    subject = _child(head, "nsubj") or _child(head, "nsubjpass")
    if head.lemma_.lower() == "detonate" and _child(head, "dobj") is not None:
        subject = _child(head, "dobj")  # "militants detonated a roadside bomb": one bomb, one blast
    # (a plural opening the lede after a dateline is a name to the tagger: "BEIRUT (AP) - Pagers ... exploded")
    many = subject is not None and (subject.tag_ == "NNS" or (
        subject.tag_ == "NNP" and not subject.ent_type_ and subject.lower_.endswith("s") and subject.i > 0
        and subject.nbor(-1).text in ("-", "–", "—")))
    if subject is not None and many and (subject.lemma_.lower() in WEAPON_NOUNS | AIRCRAFT
                                                          or head.lemma_.lower() in ("explode", "detonate")):
        return True  # and "warplanes struck the port": several strikes; "pagers exploded": several blasts
    # (a plural noun the tagger read as a verb where it stands as a noun: "US airstrikes on the port killed 74")
    return head.tag_ == "NNS" or (head.tag_ == "VBZ" and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")) \
        or any(c.dep_ == "det" and c.lower_ in DISTRIBUTIVE
                                     for t in (head, subject) if t is not None for c in t.children)


_POST_KINDS = {"police", "army", "military", "border", "observation", "command", "security", "guard", "customs",
               "gendarmerie", "frontier", "forward", "outlying", "remote"}


def _medium(token: Token) -> bool:
    """Where something was put out, not what was hit: "on its Telegram channels", "on X", "in a video"."""
    if noun_lemma(token) == "post" and any(c.lower_ in _POST_KINDS for c in token.lefts):
        return False  # "an attack on a police post": a place manned, no message
    return noun_lemma(token) in OUTLETS | MEDIA or token.text in PLATFORMS or (
        # "through its Amaq news agency", "via its news outlet"
        noun_lemma(token) in ("agency", "outlet", "service", "wing") and any(c.lower_ in ("news", "media", "propaganda")
                                                                           for c in token.lefts)) or (
        # "through its Andalus radio station", "on its television channel"
        noun_lemma(token) in ("station", "channel") and any(c.lower_ in ("radio", "television", "tv", "satellite")
                                                            for c in token.lefts)) or (
        # "in a social media post", "in a Telegram post" (while a police post is a place)
        noun_lemma(token) in ("post", "message", "posting") and any(
            c.lower_ in ("media", "social", "online", "facebook", "telegram", "x", "instagram", "tiktok") or c.text in PLATFORMS
            for c in token.lefts))


# Who an event noun may name as the one behind it: "the attack leader", "the bombing mastermind".
_DOER_NOUNS = {"leader", "ringleader", "mastermind", "organiser", "organizer", "planner", "perpetrator", "commander"}


def _definite(table: MentionTable, head: Token, verbal: bool) -> tuple[bool, bool]:
    """Whether an event noun is definite and names nobody and nowhere itself (anaphoric: "the attack",
    "Saturday's bombing", "this cowardly attack", "the strikes", then only of several before), and
    whether it is definite at all ("the Sinjar strike", "the IRA's bombing": the same event only where
    what it names agrees). Neither for "a second attack", "the 2016 bombing", "the worst explosion"."""
    if head.tag_ in ("JJ", "VBN") and head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") \
            and [c.lower_ for c in head.children] == ["the"]:
        return True, True  # "took the wounded to hospital", "among the dead": those the harm told of
    if head.tag_ == "VBN" and head.dep_ == "acl" and head.head.lower_ == "those" and not any(
            c.dep_ in ("prep", "agent", "npadvmod") for c in head.children):
        return True, True  # "Many of those killed had been sheltering in a market" (not "those killed in Gaza")
    if verbal or head.tag_ not in ("NN", "NNS"):
        return False, False
    if head.dep_ == "compound" and head.head.lemma_.lower() in PEOPLE_NOUNS | _DOER_NOUNS \
            and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.head.children) \
            and not any(c.dep_ in ("compound", "amod") for c in head.children):
        return True, True  # "the attack leader", "the bombing suspects": of the attack told
    kids = list(head.children)
    if any(c.dep_ == "nummod" or c.lower_ in ANOTHER_EVENT or (c.tag_ == "JJS" and c.dep_ != "appos") for c in kids):
        return False, False  # "the worst explosion" picks one of several (but "the attack, the deadliest in
        # Russia for two decades" describes the one told)
    if any(t.ent_type_ == "DATE" for c in kids if c.dep_ in ("compound", "nmod", "amod", "poss") for t in c.subtree
           if not (c.dep_ == "poss" and (c.lower_ in dates.WEEKDAYS or c.lower_ in ("yesterday", "today")))):
        return False, False  # "the Oct. 7 attack": one named by its day, not the one just told (but "Tuesday's strikes")
    definite = any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in kids)
    # (and the article the parser gave another noun, the deed's verb read as a modifier: "The strike damaged/amod power
    # lines")
    definite = definite or (head.i > 0 and (the := head.doc[head.i - 1]).lower_ in DEFINITE and the.dep_ == "det"
                            and the.head.i != head.i and head.dep_ in ("npadvmod", "compound", "nmod"))
    for c in kids:
        inside = list(c.subtree) if c.dep_ in ("prep", "compound", "amod", "nmod", "poss", "acl") \
            and not (c.dep_ == "prep" and any(_medium(o) for o in c.children)) \
            and not (c.dep_ == "prep" and c.lower_ == "by" and _told_by(head)) \
            and not (c.dep_ == "prep" and c.lower_ == "on" and head.head.lemma_ == "blame") else []  # "claimed the attack
        # on Telegram"; "blamed the attack on the Gulf Clan" (the blame's "on", however the parser hangs it)
        if c.dep_ == "acl" and c.lemma_.lower() in ("broker", "mediate", "negotiate"):
            inside = []  # who brokered it names no other pact: "The truce, brokered by the United States and France"
        if c.dep_ == "acl":  # what the clause says they aimed at names nothing of the event: "the strikes aimed to
            # cut off fuel for the Iran-backed group"
            aims = {t.i for k in c.children if k.dep_ in ("xcomp", "ccomp", "advcl") for t in k.subtree}
            inside = [t for t in inside if t.i not in aims]
        if any((t.pos_ == "PROPN" or table.at(t) is not None) and t.ent_type_ not in ("DATE", "TIME") for t in inside):
            return False, definite
    return definite, definite
