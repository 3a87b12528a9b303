"""Entity mentions from a parsed Doc: NER + gazetteer spans, cleaned, finely typed, repaired by context,
plus within-document references ("the insurgents", "the city", "he")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.attrs import LEMMA, ORTH, POS, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SSpan

from kg.extract.counts import SCALE, VAGUE
from kg.extract.names import NUMBERED, TITLES, label_of, normalise, trim
from kg.extract.names import surnames as surnames_of  # (a local "surnames" table reads better unprefixed)
from kg.lexicon import ACTOR_CLASSES, PLACE_CLASSES, Lexicon
from kg.model import Document, Mention, Span, headline
from kg.vocab import FAITHS, slug

SKIP_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "LANGUAGE", "LAW",
               "WORK_OF_ART", "EVENT", "PRODUCT"}

# Name cues for the fine type of an organisation the gazetteer does not know; first match wins.
ORG_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("InternationalOrganisation", re.compile(r"\b(?:united nations|un|nato|red cross|red crescent|international|world)\b|\bu\.n\.", re.I)),
    ("MediaOrganisation", re.compile(r"\b(?:news|times|post|journal|tribune|herald|tv|television|radio|press|broadcasting|gazette|daily|channel|media|telegraph)\b", re.I)),
    # a numbered or arm-of-service unit is an army's, whatever its "brigade": "the 103rd Infantry Brigade"
    ("StateForce", re.compile(r"\b(?:\d+(?:st|nd|rd|th)\b.*\b(?:brigade|division|battalion|regiment)s?|infantry|"
                              r"mechani[sz]ed|armou?red|airborne)\b", re.I)),
    # civic bodies first, whatever else their name says: "the Fasher Resistance Committee" is no armed group
    ("Organisation", re.compile(r"\b(?:committees?|network|association|syndicate|observatory|foundation)\b", re.I)),
    ("ArmedGroup", re.compile(r"\b(?:militia|militias|militants?|rebels?|insurgents?|brigades?|mujahideen|jihad\w*|taliban|guerrillas?|liberation|resistance|armed group|battalions? of|cartel|people'?s defen[cs]e)\b", re.I)),
    ("StateForce", re.compile(r"\b(?:army|forces|force|police|military|command|troops|navy|marines|guard|corps|gendarmerie|regiment|division|battalion|commandos?)\b", re.I)),
    # an agency not named as the news's is the state's: "the Borno State Emergency Management Agency"
    ("Government", re.compile(r"\b(?:ministry|government|department|parliament|senate|congress|cabinet|presidency|council|administration|embassy|office|kremlin|pentagon|agency)\b", re.I)),
)
# Units of distance: "50km from Goma", "a town 60 kilometers (37 miles) to the north".
DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi"})
_DISTANCE_AFTER = re.compile(
    r"^\s*,?\s*(?:about|some|around|roughly|nearly|just|only|approximately)?\s*\d[\d,.]*\s*-?\s*"
    r"(?:" + "|".join(sorted(DISTANCE_UNITS, key=len, reverse=True)) + r")\b", re.I)
# A name shaped like a street or a site is a place whatever the tagger said: "Oxford Street" (ORG),
# "Rue Victor Hugo" (PERSON), "Camp Shorabak", "Bagram Air Base".
_STREET_NAME = re.compile(r"^(?:rue|calle|via|avenida|boulevard|place|plaza)\s+\S|\s(?:street|road|avenue|lane|"
                          r"boulevard|square|highway|bridge|st\.|rd\.)$", re.I)
_SITE_NAME = re.compile(r"^camp\s+\S|\s(?:air\s?base|airbase|airport|airfield|base|national park|"
                        r"(?:game|nature|special|wildlife|forest) reserve)$", re.I)
# What only a place has: "parts of", "the outskirts of", "north of", "control of".
_PARTS_OF_PLACES = {"part", "parts", "outskirts", "centre", "center", "edge", "heart", "suburbs", "areas", "north",
                    "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "control"}
_PLACE_PREPOSITIONS = {"near", "outside", "into", "towards", "toward", "across", "around"}  # not "in"/"at": "analyst at Raymond James"
_UNIT_NAME = re.compile(r"\b(?:command|division|brigade|battalion|regiment|corps|directorate)\b", re.I)
_FORCE_WORDS = {"forces", "troops", "soldiers", "army", "military", "police", "junta", "peacekeepers", "units",
                "marines", "paratroopers", "commandos"}
# Weapons a country's forces operate, named by its demonym: "Israeli warplanes", "Russian drones".
OPERATED = {"drones", "drone", "warplanes", "warplane", "jets", "jet", "aircraft", "helicopter", "gunship", "artillery", "helicopters", "gunships",
             "missiles", "missile", "warships", "navy", "glide", "bombers", "bomber", "shells", "tanks", "tank",
             "gunboats", "gunboat", "defences", "defenses"}  # "a Russian glide bomb", "Thai shells", "Russian air defences"
# What a state's forces do, named by its demonym: "Russian airstrikes", "Israeli shelling", "the Russian
# invasion", "an Israeli strike". Not "attacks": "Palestinian attacks" are rarely its forces'.
_STATE_VIOLENCE = {"airstrike", "airstrikes", "air", "strike", "strikes", "shelling", "bombardment", "bombardments", "invasion",
                   "bombing", "bombings",
                   "offensive", "counteroffensive", "counter-offensive", "incursion", "incursions", "blockade", "raid", "raids",
                   "assault", "assaults", "counterattack", "counterattacks", "counter-attack", "counter-attacks"}
# ("repelled 14 Russian assaults", "12 Ukrainian counterattacks")
_FORCE_MODIFIERS = {"security", "military", "armed", "government", "special", "defence", "defense", "national", "ground",
                    "federal", "regular", "new", "interim", "transitional", "elite", "own",  # "Syria's new security forces"
                    "ballistic", "cruise", "guided", "hypersonic", "kamikaze",  # "Two Russian ballistic missiles"
                    # and a branch of them: "Russia's chemical protection forces", "Ukraine's airborne forces"
                    "airborne", "naval", "chemical", "biological", "nuclear", "protection", "strategic", "territorial",
                    "border", "coastal", "rocket", "assault", "operations"}
# Definite descriptions that refer back to an entity of a class (the head noun's lemma).
DESCRIPTIONS = {"charity": "Organisation", "insurgent": "ArmedGroup", "gunman": "ArmedGroup", "assailant": "ArmedGroup", "attacker": "ArmedGroup", "gang": "ArmedGroup", "militant": "ArmedGroup", "rebel": "ArmedGroup",
                "separatist": "ArmedGroup", "guerrilla": "ArmedGroup", "mercenary": "ArmedGroup",
                "jihadist": "ArmedGroup", "extremist": "ArmedGroup", "fighter": "ArmedGroup", "militia": "ArmedGroup",
                "militiaman": "ArmedGroup", "paramilitary": "ArmedGroup", "paramilitaries": "ArmedGroup",
                "army": "StateForce", "military": "StateForce", "junta": "StateForce", "city": "City", "town": "City",
                "province": "Province", "district": "District", "country": "Country", "ministry": "Government",
                "commission": "Organisation", "committee": "Organisation", "observatory": "Organisation",
                "monitor": "Organisation", "office": "Organisation"}
# Bodies "the commission" names again by a word in their name: the Kenya National Human Rights Commission; and
# "the war monitor" is the Syrian Observatory for Human Rights
_NAMED_BY_NOUN = {"ministry": ("ministry",), "commission": ("commission",), "committee": ("committee",),
                  "observatory": ("observatory",), "monitor": ("observatory", "monitor"), "office": ("office",)}
_MONITORED = {"war", "conflict", "rights"}  # what a monitor watches: "the war monitor" is still a description
# Armed men a story may never put a name to: "the gunmen", "the attackers" are a group named before them,
# never one named only later; and never one man ("the gunman").
_BODIES = {"ArmedGroup", "StateForce", "Organisation", "Government", "InternationalOrganisation", "MediaOrganisation"}
_AID_GROUPS = {"Organisation", "InternationalOrganisation"}  # what else "the group" may be: a charity, a network
_ARMED_TITLES = {"chief", "commander", "leader", "head", "spokesman", "spokeswoman", "spokesperson", "wing"}
_UNNAMED_ARMED = {"gunman", "assailant", "attacker"}
_GROUP_MODIFIERS = {"militant", "armed", "insurgent", "terrorist", "extremist", "jihadist", "rebel", "islamist",
                    "paramilitary", "separatist", "militia", "guerrilla", "leftist", "marxist", "maoist", "criminal"}
ALLIANCE_NOUNS = {"coalition", "alliance", "federation", "umbrella"}  # bodies of several groups
_PORTFOLIOS = {"defence", "defense", "interior", "foreign", "finance", "health", "justice", "information", "education",
               "energy", "economy", "trade", "agriculture", "transport", "culture", "security", "environment", "water",
               "oil", "labour", "labor", "housing", "tourism", "communications", "industry", "commerce", "planning", "home",
               "youth", "petroleum", "fisheries", "aviation"}
# Nouns for unnamed people the tagger takes for a name when they open a sentence.
# Not "army" or "police": "Army beat Navy" names a team.
_COMMON_ACTORS = {noun for noun, cls in DESCRIPTIONS.items() if cls == "ArmedGroup"} | {
    "gunman", "gunmen", "soldier", "troop", "attacker", "assailant", "bomber", "protester", "resident", "witness",
    "official", "rescuer"}
_OPENING_NOUNS = {"police", "civilian", "villager", "policeman", "militiaman", "fighter", "guard", "officer"}
_DEATH_NOUNS = {"death", "killing", "body", "funeral", "assassination", "burial"}
PRONOUNS_PERSON = {"he", "him", "his", "she", "her"}
PRONOUNS_OTHER = {"it", "its", "they", "them", "their"}


@dataclass
class MentionTable:
    """The mentions of one document while it is being extracted, with a token index."""

    document: Document
    doc: Doc
    lexicon: Lexicon
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, int] = field(default_factory=dict)
    sentence_of: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if len(self.doc):
            starts = self.doc.to_array(SENT_START).astype("int64")
            starts[0] = 1
            self.sentence_of = [int(x) for x in (starts == 1).cumsum() - 1]

    def tokens_with(self, pos: str, lemmas: set[str] | None = None) -> list[Token]:
        """Tokens of a part of speech (and lemma), found from arrays: cheaper than a Python pass over all."""
        if not len(self.doc):
            return []
        strings = self.doc.vocab.strings
        arrays = self.doc.to_array([POS, LEMMA])
        wanted_pos = strings.add(pos)
        wanted = {strings.add(x) for x in lemmas} if lemmas is not None else None
        return [self.doc[i] for i, (p, lem) in enumerate(arrays.tolist())
                if p == wanted_pos and (wanted is None or lem in wanted)]

    def span(self, begin: int, end: int) -> Span:
        """The document's own words at these offsets: the parsed text may be recased ("TAKE OVER")."""
        return Span(begin, end, self.document.text[begin:end])

    def sentence(self, token_i: int) -> int:
        return self.sentence_of[token_i] if token_i < len(self.sentence_of) else 0

    def tokens(self, mention: Mention) -> SSpan | None:
        """The words of a mention (None if its offsets split a token)."""
        return self.doc.char_span(mention.span.begin, mention.span.end, alignment_mode="expand")

    def add(self, mention: Mention) -> int:
        at = mention.span
        if self.document.text[at.begin:at.end] != at.text:  # the tagger read a recased headline
            mention = replace(mention, span=Span(at.begin, at.end, self.document.text[at.begin:at.end]))
        index = len(self.mentions)
        self.mentions.append(mention)
        span = self.tokens(mention)
        if span is not None:
            for token in span:
                self.by_token.setdefault(token.i, index)
        return index

    def at(self, token: Token) -> int | None:
        return self.by_token.get(token.i)

    def stand_in(self, token: Token, index: int) -> int:
        """A mention at one word ("he", "we", "officers") for the entity mention `index` names, added once."""
        named = self.canonical(index)
        return self.add(Mention(self.span(token.idx, token.idx + len(token)), named.name, named.cls, named.key,
                                self.sentence(token.i), ref=index))

    def canonical(self, index: int) -> Mention:
        mention = self.mentions[index]
        while mention.ref is not None:
            mention = self.mentions[mention.ref]
        return mention

    def last_before(self, char: int, pred: object) -> int | None:
        best = None
        for i, m in enumerate(self.mentions):
            if m.span.end <= char and m.ref is None and callable(pred) and pred(m):
                best = i if best is None or m.span.begin > self.mentions[best].span.begin else best
        return best


def org_class(name: str) -> str:
    for cls, cue in ORG_CUES:
        if cue.search(name):
            return cls
    return "Organisation"


_BUILDINGS = {"church", "mosque", "cathedral", "synagogue", "temple", "monastery", "hospital", "clinic", "school", "prison",
              "airport", "airbase", "airfield", "hotel", "university", "stadium", "refinery", "store", "supermarket",
              "mall", "theatre", "theater", "cinema", "penitentiary", "jail"}
_ARMED_NAME_WORDS = {"jaish", "jaysh", "jabhat", "harakat", "katibat", "katiba", "liwa", "saraya", "lashkar", "tehrik", "dawlah",
                     "tehreek", "ansar", "junud", "kataib", "asaib"}
_UNIT_WORDS = {"brigades", "battalions", "forces", "army", "front", "movement", "militia", "militias", "guards"}
# Words that open Arabic place names, none a given name: "Wad al-Nourah", "Deir al-Balah", "Beit Lahiya", "Kafr Aza",
# "Ras Isa" (a cape), "Tal Abyad" (a hill), "Ein el-Hilweh" (a spring), "Jisr al-Shughur" (a bridge).
_PLACE_NAME_OPENINGS = {"wad", "deir", "beit", "kafr", "khirbet", "wadi", "jabal", "jebel", "tell", "bir",
                        "ras", "tal", "ain", "ein", "nahr", "jisr", "dera"}  # (and Pakistan's "Dera Ismail Khan")
# A unit named for where it fights: "Hamas's Khan Younis brigade".
_UNIT_NOUNS = {"brigade", "battalion", "sector", "front", "command", "division", "regiment", "unit"}
# Members a body is named for: "the Emergency Lawyers", "Sudan Doctors".
_PROFESSIONS = {"lawyers", "doctors", "journalists", "medics", "physicians", "volunteers", "defenders", "reporters"}
_BODY_NAMES = {"mission", "association", "society", "organisation", "organization", "group", "fund", "federation"}
_OFFICE_WORDS = {"ministry", "department", "service", "directorate", "bureau"}
# Last words of a civil body's name, never of a place's: "World Central Kitchen", "the Aga Khan Foundation".
_CIVIL_BODY_WORDS = {"kitchen", "foundation", "charity", "relief", "trust", "society", "association", "federation",
                     "institute", "committee", "commission", "council", "agency", "observatory", "network"}
_INSTITUTION_WORDS = {"lab", "laboratory", "institute", "centre", "center", "foundation", "network", "observatory",
                      "committee", "commission", "council", "agency", "authority", "office", "tribunal", "court"}
# What a model name may name: "Iskander-M missiles", "Shahed drones", "Leopard tanks".
_ARMS = {"missile", "rocket", "drone", "tank", "jet", "helicopter", "launcher", "rifle", "howitzer", "warplane",
         "interceptor"}
# Aircraft whose model, a code with digits, the tagger takes for a body: "B-1 bombers", "Su-34 fighters"
# (not "Hamas fighters" or "ISIS bombers", which carry no digits).
_AIRCRAFT = {"bomber", "fighter", "aircraft", "plane", "warplane", "jet", "helicopter", "gunship"}
_ARMED_SYSTEMS = {"defence", "defense", "missile", "rocket", "weapon", "weapons", "artillery", "launch"}


def _arms(noun: Token) -> bool:
    """A weapon, or a weapons system: "Patriot air defence systems" (not "the London Underground system")."""
    return noun.lemma_.lower() in _ARMS or (noun.lemma_.lower() in ("system", "battery") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _ARMED_SYSTEMS for c in noun.lefts))


_OUTPOSTS = {"outpost", "checkpoint", "camp", "barracks", "garrison", "headquarters"}  # where troops are posted
_PLACE_KINDS = {"province": "Province", "district": "District", "township": "District", "city": "City", "town": "City",
                "village": "City", "prefecture": "Province", "governorate": "Province", "oblast": "Province",
                "neighbourhood": "Place", "neighborhood": "Place"}

# What a land's divisions are called before their names, beyond _PLACE_KINDS ("the state of" is also a nation's)
_DIVISIONS_OF = {"state": "Province", "municipality": "District", "county": "District", "department": "Province"}

VESSELS = {"ship", "vessel", "tanker", "carrier", "freighter", "frigate", "destroyer", "warship", "boat", "ferry",
           "trawler", "bulker", "dhow", "yacht", "submarine", "corvette"}


def names_a_vessel(ent: SSpan) -> bool:
    """A ship's name, by the noun set beside it: "the bulk carrier Eternity C", "the tanker Sounion", "the
    Magic Seas, another Greek-operated ship"."""
    root = ent.root
    return _SHIP_PREFIX.match(ent.text) is not None \
        or (root.dep_ == "appos" and root.head.lemma_.lower() in VESSELS and root.head.is_lower) \
        or any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in VESSELS and c.is_lower and c.i not in range(ent.start, ent.end)
               for c in root.children) \
        or (root.dep_ == "compound" and root.head.lemma_.lower() in VESSELS and root.head.is_lower
            and not _FLEET.search(ent.text))  # "U.S. Navy destroyers" are the navy's


# A navy's ship by the letters it is named with: "the USS Mason", "HMS Diamond", "INS Vikrant".
_SHIP_PREFIX = re.compile(r"(?:the )?(?:USS|USNS|HMS|HMAS|HMCS|INS|FS|RFS|TCG|ARA|KRI|BRP) [A-Z]")
_FLEET = re.compile(r"\b(?:navy|coast ?guard|marines?|forces?)\b", re.I)


_BESIDE_KINDS = {**_PLACE_KINDS, "militia": "ArmedGroup", "base": "Facility", "airbase": "Facility", "outpost": "Facility"}


def _set_beside(root: Token) -> str | None:
    """The class of what the noun set beside a name says it is: "the White Army, an armed youth militia",
    "a rebel group", "Yelwata, a community in Guma local government area"."""
    for c in root.children:
        if c.dep_ != "appos" or c.i < root.i or not c.is_lower:
            continue
        lemma = c.lemma_.lower()
        if lemma in _BESIDE_KINDS:
            return _BESIDE_KINDS[lemma]
        if lemma in ("group", "movement", "coalition", "alliance", "force") \
                and any(m.lower_ in _GROUP_MODIFIERS for m in c.lefts):
            return "ArmedGroup"
        if lemma == "community" and any(p.dep_ == "prep" and p.lower_ in ("in", "near") for p in c.children):
            return "City"  # (not a people: "the Kuki, a community" of Manipur)
    return None


def _kind_noun(ent: SSpan, kinds: frozenset[str] | set[str] | None = None) -> Token | None:
    """The common noun a name is given to, right before it: "the U.N. mission MINUSCA" (its compound),
    "the rebel group, M23" (set beside it)."""
    beside = kinds is None  # a body's kind may be set beside its name; a firm's is said before it
    kinds = _KIND_NOUNS if kinds is None else kinds
    root = ent.root
    before = next((c for c in root.children if c.dep_ == "compound" and c.i == ent.start - 1), None)
    if before is None and root.dep_ == "appos" and root.head.i < ent.start and beside:
        before = root.head  # (a person's name set beside a body is often its head's: "the committee, Anatoly X")
    return before if before is not None and before.pos_ == "NOUN" and before.is_lower \
        and before.lemma_.lower() in kinds else None


# A body's kind said after its name, where a person's name with an article never stands: "the Histadrut labour
# federation" (not "the Netanyahu government", which the man leads, or "the Trump campaign").
_BODY_NAMED_BEFORE = {"federation", "union", "party", "movement", "group", "militia", "network", "association",
                      "society", "foundation", "company", "organisation", "organization", "confederation"}
# Nouns for a kind of body (not a person's title: "government spokesman Wilfried Houngbedji").
_KIND_NOUNS = {"mission", "group", "agency", "force", "militia", "movement", "network", "organisation", "organization",
               "party", "alliance", "coalition", "channel", "newspaper", "broadcaster", "ministry", "council",
               "committee", "department", "unit", "outlet", "service", "gang", "cartel", "faction", "outfit",
               "charity", "ngo"}
# and for a business: "grid operator Ukrenergo", "the energy company Naftogaz"
_FIRM_NOUNS = _KIND_NOUNS | {"operator", "company", "firm", "carrier", "airline", "producer", "maker", "manufacturer",
                             "contractor", "utility", "giant", "insurer", "lender", "conglomerate", "supplier"}


_COMMANDS = {"General Staff", "High Command", "Joint Staff", "Joint Chiefs of Staff", "Supreme Command"}


def _command_of(table: MentionTable, ent: SSpan) -> str | None:
    """The country whose military command a name is: "Russia's General Staff", "the Ukrainian General Staff"."""
    name = ent.text.removeprefix("the ").removeprefix("The ")
    if name not in _COMMANDS or ent.start == 0:
        return None
    doc = table.doc
    before = doc[ent.start - 2] if ent.start > 1 and doc[ent.start - 1].tag_ == "POS" else doc[ent.start - 1]
    country = table.lexicon.demonyms.get(before.text)
    if country is None and (found := table.at(before)) is not None and table.mentions[found].cls == "Country":
        country = table.mentions[found].key
    return country if country in table.lexicon.entries else None


def _owner_and_owned(ent: SSpan, lexicon: Lexicon) -> list[SSpan]:
    """A name and the known one it owns, tagged as one: "Machar's SPLM-IO" is Machar and the SPLM-IO."""
    cut = next((t.i for t in ent if t.tag_ == "POS" and ent.start < t.i < ent.end - 1), None)
    if cut is None or ent.ent_id_ or not lexicon.lookup(ent.doc[cut + 1: ent.end].text):
        return [ent]
    return [SSpan(ent.doc, ent.start, cut, label=ent.label_), SSpan(ent.doc, cut + 1, ent.end, label=ent.label_)]


def _unpossessed(ent: SSpan, lexicon: Lexicon) -> SSpan:
    """A country the tagger took with its "'s" for an organisation: "Burkina Faso's" (military) is the country."""
    if len(ent) < 2 or ent[-1].tag_ != "POS" or ent.ent_id_:
        return ent
    bare = SSpan(ent.doc, ent.start, ent.end - 1, label=ent.label_)
    countries = [k for k in lexicon.lookup(bare.text) if lexicon.entries[k].cls == "Country"]
    return SSpan(ent.doc, bare.start, bare.end, label="GPE") if countries else ent


def _up_to_site(ent: SSpan) -> SSpan:
    """A site's name the tagger cut short: "the ancient Ta Muen Thom temple" is "Ta Muen Thom", not "Ta Muen"."""
    doc, k = ent.doc, ent.end
    while k < len(doc) and k - ent.end < 3 and doc[k].pos_ == "PROPN" and doc[k].is_title and not doc[k].ent_type_:
        k += 1
    if ent.ent_id_ or k == ent.end or k >= len(doc) or not doc[k].is_lower or doc[k].lemma_.lower() not in _BUILDINGS | _WORKS:
        return ent
    return SSpan(doc, ent.start, k, label=ent.label_)


def _listed_with_others(root: Token) -> str | None:
    """The kind of place a name is listed as one of: "Kayes, Diboli and four other towns" are towns."""
    for other in root.conjuncts:
        if other.is_lower and (kind := _PLACE_KINDS.get(other.lemma_.lower())) \
                and any(c.lower_ in ("other", "several", "more") for c in other.lefts):
            return kind
    return None


def _place_class(doc: Doc, ent: SSpan) -> str:
    nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if nxt in (kinds := {**_PLACE_KINDS, "base": "Facility", "airport": "Facility"}):
        return kinds[nxt]
    return _kinds_listed(ent) or "Place"


def _first_listed(token: Token) -> Token:
    """The first of the names a token is listed with: "Chiure" in "Ancuabe and Chiure" is listed after Ancuabe."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _kinds_listed(ent: SSpan) -> str | None:
    """The kind a plural noun after a list of names gives each: "in Ancuabe and Chiure districts"."""
    root = _first_listed(ent.root)
    if root.dep_ not in ("nmod", "compound") or root.head.i < ent.end or not root.head.is_lower \
            or root.head.tag_ != "NNS" or not any(c.dep_ == "conj" for c in root.children):
        return None
    return _PLACE_KINDS.get(root.head.lemma_.lower())


_PLACE_NOUNS = {"town", "city", "village", "district", "province", "region", "port", "capital", "enclave",
                "valley", "island", "border", "suburb", "neighbourhood", "neighborhood", "area", "outskirts"}


def _looks_like_place(text: str, ent: SSpan) -> bool:
    """A 'person' 50km from somewhere, near something, or "the town of" something is a place."""
    if _DISTANCE_AFTER.match(text[ent.end_char: ent.end_char + 40]):
        return True
    doc, i = ent.doc, ent.start
    if i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lemma_.lower() in _PLACE_NOUNS:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in _PLACE_NOUNS for c in ent.root.children):
        return True  # "Maarat al-Numan, a town on the highway"
    # (and "in nearby Bokkos", "the neighbouring Ituri": nothing but a place is nearby)
    return i > 0 and doc[i - 1].lower_ in _PLACE_PREPOSITIONS | {"nearby", "neighbouring", "neighboring"}


def _where_event_happened(table: MentionTable, ent: SSpan) -> bool:
    """A 'person' something happened in is a place: "killed in attacks in Badia al-Sham". Not "in" alone:
    "confidence in Biden"; and not a possessor: "in Smith's house"."""
    root, doc = ent.root, ent.doc
    prep = root.head
    # (or the adverb the parser took it for, right after the verb: "recaptured Wad Madani")
    if (root.dep_ in ("dobj", "nsubjpass") or (root.dep_ in ("npadvmod", "advmod") and ent.start == prep.i + 1)) \
            and prep.lemma_.lower() in _GROUND_TAKING \
            and table.lexicon.lookup_as(label_of(ent.text), "Place"):
        # "the army recaptured Wad Madani": ground taken (or struck), a place the gazetteer knows
        return True
    if root.dep_ != "pobj" or prep.lower_ != "in" or (ent.end < len(doc) and doc[ent.end].tag_ == "POS"):
        return False
    if prep.head.lemma_.lower() in table.lexicon.event_words:
        return True
    if prep.head.is_lower and prep.head.lemma_.lower() in _BUILDINGS | _WORKS | _PLACE_KINDS.keys() | _OUTPOSTS:
        return True  # "the last army outpost in Chinshwehaw": what a building or a post stands in
    # or it lies in a place itself: "arrived in Ramallah and in Khan Younis in southern Gaza"
    return any(o.ent_type_ in ("GPE", "LOC") or table.lexicon.lookup_as(o.text, "Place")
               for p in root.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj")


def _names_a_place(table: MentionTable, ent: SSpan) -> bool:
    """A 'person' whose first word only places bear ("Wad al-Nourah", "Beit Lahiya"), or a known place
    naming a unit ("Hamas's Khan Younis brigade")."""
    words = ent.text.split()
    if len(words) > 1 and words[0].lower() in _PLACE_NAME_OPENINGS:
        return True
    return ent.root.dep_ == "compound" and ent.root.head.is_lower and ent.root.head.lemma_.lower() in _UNIT_NOUNS \
        and bool(table.lexicon.lookup_as(label_of(ent.text), "Place"))


def _ner_family(label: str) -> str:
    return {"PERSON": "Person", "ORG": "Organisation", "NORP": "Organisation"}.get(label, "Place")


# Where things are posted; named, each is an organisation, never a person ("a statement posted on X").
PLATFORMS = frozenset({"Telegram", "Facebook", "Twitter", "X", "YouTube", "TikTok", "WhatsApp", "Instagram",
                       "VKontakte", "VK"})
LEADER_WORDS = frozenset({"leader", "commander", "boss", "founder", "chief"})  # who leads a group


def _entity_class(table: MentionTable, ent: SSpan, name: str, key: str | None) -> str | None:
    if key and key in table.lexicon.entries:
        return table.lexicon.entries[key].cls
    label = ent.label_
    doc, i = table.doc, ent.start
    root = ent.root
    if names_a_vessel(ent):
        return "Facility"  # "the bulk carrier Eternity C", "the Magic Seas, another Greek-operated ship": no actor
    if label == "PERSON" and len(ent) == 1 and i == ent.sent.start and ent.end < len(doc) \
            and doc[ent.end].lower_ in _FORCE_WORDS and root.dep_ in ("compound", "amod", "nmod"):
        return None  # "Riot police used water cannon": the kind of police, capitalised to open the sentence
    if label in ("ORG", "PERSON") and not key and len(adjs := [t for t in ent if t.lower_ != "the"]) > 1 \
            and adjs[0].text in table.lexicon.demonyms and all(t.pos_ == "ADJ" for t in adjs[1:]):
        return None  # "from Nigerian Islamic school": what kind of school, no name
    next_words = [t.lower_ for t in doc[ent.end: ent.end + 2]]
    if label in ("GPE", "LOC", "FAC") and (next_words[:1] == ["who"] or next_words == [",", "who"]) \
            and any(c.dep_ == "relcl" for c in root.children):
        return "Person"  # "it had killed Khalil Maqdah, who it said had worked with ...": no place is a who
    if re.search(r"\bMilitary District\b", name):
        return "StateForce"  # "troops from the Southern Military District": a command, whatever land it covers
    if label == "PERSON" and root.dep_ == "appos" and root.head.lemma_.lower() in ("faction", "wing", "splinter") \
            and any((f := table.at(o)) is not None and table.canonical(f).cls == "ArmedGroup" for p in root.head.children
                    if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
        return "ArmedGroup"  # "A faction of the Pakistani Taliban, Jamaat-ul-Ahrar,": no person
    if label in ("PERSON", "ORG", "GPE", "LOC", "EVENT", "PRODUCT") and (said := _set_beside(root)) is not None:
        return said  # "the White Army, an armed youth militia", "Yelwata, a community in Guma"
    first = root.head.left_edge.i  # (where the first name begins: "of al-Kadaris and al-Khelwat")
    if label in ("PERSON", "GPE", "ORG", "LOC") and root.dep_ == "conj" and first > 1 and doc[first - 1].lower_ == "of" \
            and (said := _PLACE_KINDS.get(doc[first - 2].lemma_.lower())):
        return said  # "the villages of Melovoi and Podol"
    if label in ("PERSON", "ORG", "GPE", "LOC") and (said := _listed_with_others(root) or _kinds_listed(ent)):
        return said  # "attacks on Kayes, Diboli and four other towns", "in Kigamba and Mutara districts"
    if i > 1 and doc[i - 1].lower_ == "of" and label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP") \
            and (said := _PLACE_KINDS.get(doc[i - 2].lemma_.lower())) \
            and (said == "City" or not any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in doc[i - 2].children)):
        # "the town of Pont-Sonde", "the West Bank city of Jenin" is a town; not the province "the Shangla
        # district of" lies in
        return said
    if i > 1 and doc[i - 1].lower_ == "of" and label in ("PERSON", "ORG", "GPE", "LOC") \
            and doc[i - 2].lower_ in _DIVISIONS_OF and doc[i - 2].is_lower:
        return _DIVISIONS_OF[doc[i - 2].lower_]  # "the southern state of Guerrero", "the municipality of Coyuca"
    if i > 1 and doc[i - 1].lower_ == "of" and label == "PERSON" and doc[i - 2].lower_ in _PARTS_OF_PLACES:
        return "Place"  # "recapturing parts of Khartoum North", "the outskirts of Goma"
    if i > 2 and doc[i - 1].lower_ == "of" and label == "ORG" and len(ent) == 1 and doc[i - 2].lower_ == "control" \
            and doc[i - 3].lemma_.lower() in ("take", "seize", "gain", "wrest", "assume", "capture") \
            and org_class(name) == "Organisation":
        return "Place"  # "had taken control of Namhsan": a bare name held is ground, no body
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and (doc[ent.end: ent.end + 3].text.lower() == "local government area"
                                                       or doc[ent.end: ent.end + 1].text == "LGA"):
        return "District"  # Nigeria's districts: "Bassa local government area"
    if ent.end < len(doc) and label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP") and (kind := _PLACE_KINDS.get(doc[ent.end].lower_)) \
            and (label != "NORP" or all(t.pos_ == "PROPN" for t in ent)):
        return kind  # "the Shangla district", "Cabo Delgado province", "Punjab province", whatever the tagger guessed
    if ent.end < len(doc) and label in ("PERSON", "ORG", "NORP") and doc[ent.end].lower_ in _LANDFORMS | _ROADS | {"region"} \
            and doc[ent.end].is_lower:
        return "Place"  # "the southern Negev desert", "the Gusau-Funtua highway", "the Rostov region": land, no body
    after = ent.end + 2 if ent.end + 2 < len(doc) and doc[ent.end + 1].tag_ == "POS" else ent.end  # "children's"
    if after < len(doc) and label in ("PERSON", "ORG", "GPE", "LOC") and doc[after].lower_ in _BUILDINGS \
            and doc[after].is_lower:
        # "the Mar Elias church", "the Kamal Adwan hospital", "Munzenze prison" (a town the gazetteer knew
        # would have been its town: "a Gaza hospital")
        return "Facility"
    if label in ("PERSON", "ORG", "NORP", "GPE", "LOC") and (called := _called_so(doc, i)) is not None:
        # "allied militias known as Wazalendo": what the noun says they are; "a group called the Kashmir
        # Resistance", a body its name may say more of
        return org_class(name) if called == "Organisation" else called
    if label == "PERSON" and (_site_after(doc, after) is not None or _names_a_camp(root)
                              or (after < len(doc) and doc[after].lower_ == "camps")) \
            or label in ("ORG", "GPE", "LOC") and (_names_a_camp(root) or len(ent) == 1 and (
                _site_after(doc, after) is not None and (label == "ORG" or doc[after].lemma_ not in _WORKS))):
        # "Yemen's Ras Isa fuel port", "the Sarsang oil field", "the Kalma camp": no person or body is a
        # port (but a town's "Hodeidah port" may be the town's)
        return "Facility"
    # (the parser may hang "at" on the verb: "dropped bombs on the enrichment site at Fordow")
    site = doc[root.head.i - 1] if root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.i > 0 else None
    site = doc[root.head.head.i - 1] if root.dep_ == "conj" and root.head.dep_ == "pobj" and root.head.head.lower_ == "at" \
        else site
    if label in ("PERSON", "ORG") and site is not None and site.is_lower and site.lemma_.lower() in _WORKS | {"facility"}:
        return "Facility"  # "the enrichment site at Fordow", "facilities at Natanz and Isfahan": the site
    if label == "PERSON" and root.dep_ == "appos" and root.head.is_lower and root.head.lemma_ in _BUILDINGS | _WORKS:
        return "Facility"  # "Israel's main airport, Ben Gurion": the airport, named for a man
    if label in ("GPE", "LOC", "FAC", "ORG") and ent[-1].lower_ in _PLACE_KINDS and ent[-1].is_lower and len(ent) > 1:
        return _PLACE_KINDS[ent[-1].lower_]  # "Ann township", "Cabo Delgado province" (not "Bristol City", a club)
    hall = [t for t in ent if t.lower_ != "the"]
    # (by its last word: "the Crocus City Hall concert venue" has its article for a root, the parser's "the venue")
    if label in ("ORG", "PERSON") and hall and hall[-1].lower_ == "hall" and len(hall) > 1 and not (
            hall[-2].lower_ in ("city", "town") and (len(hall) == 2 or table.lexicon.lookup_as(hall[0].text, "Place"))):
        return "Facility"  # "the Crocus City Hall", a concert hall (not "Kyiv City Hall", the city's government)
    if label == "ORG" and root.lower_ == "church" and any(t.lower_ in _DENOMINATIONS for t in hall[:-1]) \
            and not any(t.lower_.rstrip(".") in ("st", "saint", "mar", "san", "santa") for t in hall):
        return "Organisation"  # "representatives of the Catholic Church": a body (but "St George Coptic Church" a building)
    if label in ("ORG", "PERSON") and root.lower_ in _BUILDINGS - {"university", "school"} and ent.end - ent.start > 1:
        return "Facility"  # "Al-Nao hospital", "the Civil Hospital", "Nasser Hospital": a building (a university speaks as a body)
    if label in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC") and _SITE_NAME.search(name):
        return "Facility"
    if label in ("PERSON", "ORG", "NORP", "FAC") and _STREET_NAME.search(name) and ent.root.dep_ != "nsubj":
        return "Place"  # but "Downing Street said" speaks for the government
    if label == "PERSON" and i > 2 and doc[i - 1].lower_ == "to" and doc[i - 3].lower_ == "from" \
            and (doc[i - 2].ent_type_ in ("GPE", "LOC", "FAC") or table.lexicon.lookup_as(doc[i - 2].text, "Place")):
        return "City"  # "travelling from Gao to Ansongo": where the road goes
    if label == "PERSON" and name in PLATFORMS and i > 0 and doc[i - 1].lower_ in ("on", "via"):
        return "Organisation"
    if label == "PERSON" and len(words := name.split()) > 1 and any(
            table.lexicon.entries[k].cls in ("Organisation", "InternationalOrganisation")
            for k in table.lexicon.lookup(words[0])):
        return "Organisation"  # "Amnesty Kenya": a body's national section, no person
    if label == "PERSON" and len(pieces := re.split(r"[\s-]+", name)) > 1 and pieces[0].lower() in _ARMED_NAME_WORDS:
        return "ArmedGroup"  # "Jaish al-Fursan", "Liwa Fatemiyoun": an army or brigade by its Arabic or Urdu name
    if label == "PERSON" and name.split()[-1].lower() in _UNIT_WORDS and len(name.split()) > 1:
        return org_class(name)  # "the Qassam Brigades", "the Popular Mobilization Forces": no person's name
    if label == "PERSON" and name.split()[-1].lower() in _PROFESSIONS and len(name.split()) > 1:
        return "Organisation"  # "the Emergency Lawyers", "Sudan Doctors": a body of its members, no person
    if label == "PERSON" and name.split()[-1].lower() in _INSTITUTION_WORDS and len(name.split()) > 1:
        return org_class(name)  # "Yale's Humanitarian Research Lab", "the Syrian Network for Human Rights"
    if label == "PERSON" and ent.end + 1 < len(doc) and doc[ent.end].lower_ in LEADER_WORDS \
            and doc[ent.end + 1].pos_ == "PROPN":
        return org_class(name)  # "Gran Grif leader Luckson Elan": a group has leaders, a person none
    first_listed = _first_listed(root)
    if label == "PERSON" and root.dep_ == "conj" and first_listed.dep_ == "pobj" \
            and (first_listed.head.lower_ == "between" or (first_listed.head.lower_ in {"in", "near", "around", "outside", "across"}
                                                           and len(first_listed.conjuncts) > 1)
                 # (and by the compass: "new positions west of Berdychi, Semenivka and Novomykhailivka")
                 or (first_listed.head.lower_ == "of" and first_listed.head.head.lower_ in _COMPASS_WORDS
                     and len(first_listed.conjuncts) > 1)) \
            and (first_listed.ent_type_ in ("GPE", "LOC") or table.lexicon.lookup_as(first_listed.text, "Place")):
        # "attacked between Gao and Ansongo", "ports in Hodeidah, Ras Isa and Salif": listed with a place,
        # where something was
        return "Place"
    if label == "PERSON" and i > 0 and doc[i - 1].lower_ == "the" and root.dep_ == "compound" and root.head.i > root.i \
            and root.head.lemma_.lower() in _BODY_NAMED_BEFORE:
        return org_class(doc[i: root.head.i + 1].text)  # "The Histadrut labour federation": a name the body bears
    if label == "PERSON" and (noun := _kind_noun(ent, _FIRM_NOUNS)) is not None:
        # "grid operator Ukrenergo said", "the militia Wagner": a body's name, no person's
        return org_class(doc[min([noun.left_edge.i, *(c.i for c in root.lefts if c.dep_ == "compound")]): noun.i + 1].text)
    if label == "PERSON":
        # "al Qaeda's affiliate in the Sahel": a person's name takes no article
        the_place = i > 1 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in _PLACE_PREPOSITIONS | {"in"}
        return "Place" if the_place or _looks_like_place(table.document.text, ent) or _where_event_happened(table, ent) \
            or _names_a_place(table, ent) else "Person"
    if label == "ORG" and org_class(name) == "Organisation" and (noun := _kind_noun(ent)) is not None \
            and (said := org_class(doc[min([noun.left_edge.i, *(c.i for c in root.lefts if c.dep_ == "compound")]):
                                       noun.i + 1].text)) != "Organisation":
        return said  # "the U.N. mission MINUSCA", "the rebel group Twirwaneho": what the noun before it says
    if label == "ORG" and len(ent) == 1 and org_class(name) == "Organisation" and not key and root.dep_ in ("pobj", "conj") \
            and not any(c.dep_ == "det" for c in root.children) and any(
            other.ent_type_ in ("GPE", "LOC") and table.lexicon.lookup_as(other.text, "Place") for other in root.conjuncts):
        return "Place"  # "airfields in five regions, including Murmansk and Irkutsk": listed with places
    if label == "ORG" and org_class(name) == "Organisation" and len(ent) > 1 and any(
            c.dep_ == "appos" and c.i > root.i and c.lemma_.lower() in TITLE_NOUNS | LEADER_WORDS | {"head"} for c in root.children):
        return "Person"  # "killed Fateh Sherif, the head of Hamas in Lebanon": a man, by the office set beside him
    if label == "ORG" and org_class(name) == "Organisation" and i > 0 and doc[i - 1].lower_ == "in" \
            and {doc[i - 1].head.lemma_.lower(), doc[i - 2].lemma_.lower() if i > 1 else ""} \
            & (_BUILDINGS | _WORKS | {"station", "camp", "market", "building"}) \
            and not any(t.lower_ in _CIVIL_BODY_WORDS for t in ent):
        return "Place"  # "in the church in Derbent", "a railway station in Modiin": where a building is
    if label == "ORG":
        return "Place" if org_class(name) == "Organisation" and _looks_like_place(table.document.text, ent) \
            else org_class(name)
    if label == "GPE":
        return _place_class(table.doc, ent)
    if label == "LOC" and not key and (noun := _kind_noun(ent)) is not None:
        # "the charity World Central Kitchen" (LOC, the tagger says): a body, by the noun it is named with
        return org_class(doc[min([noun.left_edge.i, *(c.i for c in root.lefts if c.dep_ == "compound")]): noun.i + 1].text)
    if label in ("LOC", "GPE", "FAC") and not key and len(name.split()) > 1 and name.split()[-1].lower() in _CIVIL_BODY_WORDS:
        return org_class(name)  # "aid workers from World Central Kitchen", whatever place the tagger took it for
    if label == "LOC":
        return "Place"
    if label == "FAC":  # "in the Hiiraan region": what the noun after it says, no site
        return _place_class(doc, ent) if after < len(doc) and doc[after].lower_ in {*_PLACE_KINDS, "region"} else "Facility"
    return None


_ROADS = {"highway", "road", "motorway", "expressway"}
_LANDFORMS = {"desert", "mountains", "mountain", "valley", "river", "plain", "plains", "forest", "lake", "island",
              "islands", "peninsula", "coast", "plateau", "hills", "highlands", "delta", "corridor", "basin"}
_WORKS = {"port", "terminal", "plant", "depot", "refinery", "airport", "airbase", "base", "field", "oilfield", "mine",
          "dam", "site", "facility", "complex"}  # sites a name may head


def _called_so(doc: Doc, i: int) -> str | None:
    """The class of the armed noun a name is given to: "militias known as Wazalendo", "a gang called X"."""
    if i > 2 and doc[i - 1].lower_ == "as" and doc[i - 2].lower_ == "known":
        before = doc[i - 3]
    elif i > 1 and doc[i - 1].lower_ == "called":
        before = doc[i - 2]
    elif i > 2 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ == "called":
        before = doc[i - 3]  # "a group called the Kashmir Resistance"
    else:
        return None
    noun = before.lemma_.lower() if before.pos_ == "NOUN" else ""
    if noun in ("state", "country", "republic", "homeland", "territory", "region"):
        return "Place"  # "an independent state called Ambazonia"
    if noun in ("group", "outfit", "organisation", "organization", "movement", "front"):
        return "Organisation"
    cls = DESCRIPTIONS.get(noun)
    return cls if cls in ("ArmedGroup", "StateForce") else None


def _site_after(doc: Doc, i: int) -> Token | None:
    """The site a name heads past lowercase modifiers: "Ras Isa fuel port", "Ben Gurion international airport"."""
    while i < len(doc) and doc[i].is_lower and doc[i].dep_ in ("compound", "amod") and doc[i].head.i > i:
        i += 1
    return doc[i] if i < len(doc) and doc[i].is_lower and doc[i].lemma_ in _BUILDINGS | _WORKS else None


def _names_a_camp(root: Token) -> bool:
    """A name modifying camps, alone or with another: "the Zamzam and Abu Shouk displacement camps",
    "Kakuma refugee camp" (not "the Biden camp", a side: a camp of people has its kind said)."""
    node = root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "the Jenin, Tulkarm and Nur Shams camps"
    camp = node.head
    if camp.dep_ == "compound" and camp.is_lower and camp.head.lemma_ == "camp":
        camp = camp.head  # "the Nur Shams refugee camp", the name hung on "refugee"
    # (or a place one is at: "burned buildings at the Kuma camp"; or a raid's: "raid on Nur Shams camp")
    return node.dep_ in ("compound", "nmod") and camp.lemma_ == "camp" and camp.is_lower and (
        camp.tag_ == "NNS" or any(c.dep_ in ("amod", "compound") and c.is_lower for c in camp.children)
        or (camp.dep_ == "pobj" and camp.head.lower_ in ("at", "near", "inside", "outside", "into", "on")))


def _force_mention(table: MentionTable, ent: SSpan) -> Mention | None:
    """'Afghan security forces' -> the state forces of the demonym's country. A coordination shares
    the head noun: in "US and British forces" and "Russian and Syrian jets" each country has its own."""
    lexicon = table.lexicon
    country = lexicon.demonyms.get(ent.text)
    named = ent.ent_id_ or next(iter(lexicon.lookup_as(ent.text, "Place")), "")  # (the tagger's "Rwanda", unkeyed)
    if not country and named in lexicon.entries and lexicon.entries[named].cls == "Country":
        country = named
    if not country:
        return None
    if ent.start > 0 and table.doc[ent.start - 1].lower_ in _KIN_WORDS:
        return None  # "ethnic Armenian forces in Nagorno-Karabakh": a people's fighters, not Armenia's
    if ent.text not in lexicon.demonyms and ent.end < len(table.doc) \
            and table.doc[ent.end].lower_ in ("bombing", "bombings", "blast", "blasts", "explosion", "explosions"):
        return None  # "Iran bombings", a land's name before the deed: where they went off, not who set them
    if ent.start > 1 and table.doc[ent.start - 1].text == "-" and table.doc[ent.start - 2].lower_ in _SIDING_PREFIXES:
        return None  # "pro-Iran forces", "pro-Russian forces": who side with the country, not its own
    doc, j = table.doc, _past_coordinated_countries(table, ent.end)
    if j == ent.end and j + 1 < len(doc) and doc[j].tag_ == "POS" and country == named:
        j += 1  # "Nigeria's military", "Russia's air strikes"
    first = j
    while j < len(doc) and (doc[j].lower_ in _FORCE_MODIFIERS or (
            doc[j].lower_ in ("attack", "sea", "naval", "surface", "underwater", "combat", "suicide") and j + 1 < len(doc)
            and doc[j + 1].lower_ in OPERATED) or (  # ("a Ukrainian sea drone struck a tanker")
            doc[j].dep_ in ("compound", "nummod") and any(ch.isdigit() for ch in doc[j].text)
            and any(ch.isalpha() for ch in doc[j].text) and doc[j].head.lower_ in OPERATED)):
        j += 1  # (and a model: "American B-2 bombers")
    # (and how the deed was done: "Israeli pre-emptive strikes", "Russian overnight shelling")
    k = j
    while k < len(doc) and doc[k].dep_ == "amod" and doc[k].is_lower and doc[k].head.i > k \
            and doc[k].head.lower_ in _STATE_VIOLENCE and all(t.dep_ == "amod" and t.is_lower or t.text == "-"
                                                             for t in doc[k: doc[k].head.i]):
        k = doc[k].head.i
    j = k
    if j > first and doc[j - 1].lower_ in _FORCE_WORDS and (
            j >= len(doc) or doc[j].lower_ not in _FORCE_WORDS | OPERATED | _STATE_VIOLENCE):
        j -= 1  # "the Israeli military said": the modifier of "military forces" is the noun here
    # (or attacks a side held off: "had repelled 15 Russian attacks in the area" are the Russian forces')
    waged = j < len(doc) and doc[j].lower_ in ("attack", "attacks") and j == ent.end and (
        _wages_war(doc, ent, country, lexicon)
        or (doc[j].dep_ in ("dobj", "nsubjpass") and doc[j].head.lemma_.lower() in ("repel", "repulse", "thwart", "foil")))
    # (bombs only as a kind the forces drop: "Russian guided bombs", not a headline's "U.S. bombs Iran")
    operated = OPERATED | ({"bomb", "bombs"} if j > first else set())
    if j >= len(doc) or doc[j].lower_ not in _FORCE_WORDS | operated | _STATE_VIOLENCE and not waged or (doc[j].pos_ == "VERB" and doc[j].tag_ != "VBG"):
        return None  # not "India strikes Pakistan": the country acts (but "killed in Pakistani shelling", a noun)
    if j + 1 < len(doc) and doc[j + 1].lemma_.lower() in _ABOUT_THE_FORCES:
        return None  # "Russian military bloggers", "Israeli military analysts": who watch the forces, not they
    if doc[j].lower_ == "air" and j + 1 < len(doc) and doc[j + 1].lower_ in ("force", "forces", "defences", "defenses",
                                                                           "defence", "defense"):
        j += 1  # "Ukraine's air force said": the country's forces (and "Russian air defences" shot it down)
    elif doc[j].lower_ == "air" and (j + 1 >= len(doc) or doc[j + 1].lower_ not in ("strike", "strikes", "raid", "raids")):
        return None  # "Russian air strikes", not "Russian air travel"
    key, label = _service(lexicon, country, doc[j].lower_, named=True)
    # "Russian drones struck ...": the forces fly them; the words "drones struck" stay the event's.
    # In a coordination only the last country's words reach the noun: "US" and "British forces".
    shared = j > ent.end and doc[ent.end].lower_ in _COORDINATORS
    end = ent.end_char if doc[j].lower_ in operated | _STATE_VIOLENCE or waged or shared else doc[j].idx + len(doc[j])
    return Mention(Span(ent.start_char, end, table.document.text[ent.start_char: end]), label, "StateForce", key,
                   table.sentence(ent.start))


_WAR_WORDS = {"military", "army", "armed"} | OPERATED | _STATE_VIOLENCE


def _wages_war(doc: Doc, ent: SSpan, country: str, lexicon: Lexicon) -> bool:
    """Whether the text has the country's military at war elsewhere ("the Israeli military said", "Israeli
    strikes"): then "an Israeli attack" is its forces' too. Else an attack named by a people's demonym is
    rarely a state's ("Palestinian attacks"), nor is one by a country whose police alone the text names."""
    # (or by its name: "Ukraine's air force said it had shot down all five missiles")
    return any(t.text == ent.text and t.i != ent.start and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _WAR_WORDS
               for t in doc if t.text in lexicon.demonyms and lexicon.demonyms[t.text] == country) \
        or any(t.ent_id_ == country and t.i + 2 < len(doc) and doc[t.i + 1].tag_ == "POS"
               and doc[t.i + 2].lower_ in _WAR_WORDS | {"air", "navy", "forces", "troops"} for t in doc) \
        or any(t.ent_id_ == country and t.dep_ == "nsubj" and t.head.lemma_.lower() in _WAGING_VERBS for t in doc)
        # (or the land itself striking: "after Iranian attack" ... "two days after Iran struck bases in Pakistan")


_WAGING_VERBS = {"strike", "bomb", "shell", "invade", "launch", "attack"}


def _service(lexicon: Lexicon, country: str, noun: str, named: bool = False) -> tuple[str, str]:
    """The key and label of a country's police ("Israeli police" are not the Israel Defense Forces), else
    of its armed forces, one label whichever way the text names them: "Nigeria's military", "Nigerian troops"."""
    entry = lexicon.entries[country]
    demonym = entry.demonyms[0] if entry.demonyms else entry.label
    if noun == "police":
        return f"{country}-police", f"{demonym} police"
    if entry.army_in_reports in lexicon.entries and not named:
        # "the army" in a West Bank story: Israel's, there being no other (but "Palestinian security forces" are theirs)
        army = lexicon.entries[entry.army_in_reports]
        return army.key, army.label
    known = lexicon.national_forces(country)
    return (known.key, known.label) if known else (f"{country}-forces", f"{demonym} forces")


_COORDINATORS = {"and", ",", "&"}
_ABOUT_THE_FORCES = {"blogger", "analyst", "expert", "observer", "commentator", "historian", "watcher", "aid",
                     "assistance", "budget", "spending", "industry", "contractor", "supplier"}
_KIN_WORDS = {"ethnic", "ethnically"}
_SIDING_PREFIXES = {"pro", "anti"}


def _past_coordinated_countries(table: MentionTable, j: int) -> int:
    """The first token after a run of ', Ethiopian and Eritrean' (demonyms or country names joined
    by 'and' or commas); j itself when none follows."""
    doc, end = table.doc, j
    while end < len(doc) and doc[end].lower_ in _COORDINATORS:
        if doc[end].text == "," and "and" in (t.lower_ for t in doc[max(0, j - 4): end]):
            return end  # a list ends at its "and": "brokered by the United States and France, Israeli troops are to"
        k = end + 1
        while k < len(doc) and doc[k].lower_ in _COORDINATORS:
            k += 1
        if k >= len(doc) or not (doc[k].text in table.lexicon.demonyms or (
                doc[k].ent_type_ == "GPE" and doc[k].ent_id_ in table.lexicon.entries
                and table.lexicon.entries[doc[k].ent_id_].cls == "Country") or (
                # "French and U.S. troops", the second a name of the gazetteer's forces; "Pakistani and Afghan
                # Taliban forces", a group's
                doc[k].ent_iob_ == "B" and doc[k].ent_id_ in table.lexicon.entries
                and table.lexicon.entries[doc[k].ent_id_].cls in ("StateForce", "ArmedGroup"))):
            return end
        end = k + 1
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ in ("GPE", doc[k].ent_type_) \
                and doc[end].lower_ not in _FORCE_WORDS:  # (to the noun they share: "U.S. troops" is tagged one name)
            end += 1
    return end


def _nicknamed(doc: Doc, ents: list[SSpan]) -> list[SSpan]:
    """'Ismael "El Mayo" Zambada', however the tagger cut it ("Ismael" ORG, "El Mayo" ORG): one person,
    a given name, a nickname in quotation marks and a surname."""
    names: list[SSpan] = []
    for q in (t.i for t in doc if t.text in _QUOTES and 0 < t.i < len(doc) - 3):
        close = next((k for k in range(q + 2, min(q + 5, len(doc) - 1)) if doc[k].text in _QUOTES), None)
        if close is None or not all(t.is_title and t.pos_ == "PROPN" for t in
                                    (doc[q - 1], *doc[q + 1: close], doc[close + 1])):
            continue
        start, end = q - 1, close + 2
        while start > q - 3 and start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
            start -= 1
        while end < min(close + 4, len(doc)) and doc[end].is_title and doc[end].tag_ == "NNP":
            end += 1
        names.append(SSpan(doc, start, end, label="PERSON"))
    if not names:
        return ents
    kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in names)]
    return sorted(kept + names, key=lambda e: e.start)


_SITE_TAILS = {"bar", "market", "restaurant", "cafe", "club", "nightclub", "shop", "bakery"}


def _site_tail(ent: SSpan) -> SSpan:
    """"attack on Guanajuato bar": the tagger's place ends before the lower-case site its name locates."""
    if ent.label_ in ("GPE", "LOC") and len(ent) > 1 and ent[-1].is_lower \
            and ent[-1].lower_ in _BUILDINGS | _WORKS | _SITE_TAILS:
        return SSpan(ent.doc, ent.start, ent.end - 1, label=ent.label_, span_id=ent.id_)
    return ent


def _opened_place(ent: SSpan) -> SSpan:
    """"Dera" + "Ismail Khan": a place's opening word the tagger left out of the name it took for a man's."""
    doc, start = ent.doc, ent.start
    if start > 0 and doc[start - 1].lower_ in _PLACE_NAME_OPENINGS and doc[start - 1].is_title \
            and not doc[start - 1].ent_type_ and ent.label_ in ("PERSON", "ORG"):
        return SSpan(doc, start - 1, ent.end, label="GPE")
    return ent


def _of_ended(ent: SSpan) -> SSpan:
    """"Strait of" + "Hormuz": a name the tagger cut after its "of" ends with the proper nouns after it."""
    doc, end = ent.doc, ent.end
    if len(ent) < 2 or ent[-1].lower_ != "of":
        return ent
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].ent_iob_ == "O":
        end += 1
    return ent if end == ent.end else SSpan(doc, ent.start, end, label=ent.label_)


def _kind_named_in_full(ent: SSpan) -> SSpan:
    """"the town of Finote Selam": the tagger's place ("Finote") ends before the word its name ends with."""
    doc, end = ent.doc, ent.end
    if ent.label_ not in ("GPE", "LOC") or ent.start < 2 or doc[ent.start - 1].lower_ != "of" \
            or doc[ent.start - 2].lower_ not in _PLACE_KINDS or end >= len(doc):
        return ent
    last = doc[end]
    if last.tag_ == "NNP" and last.is_title and last.ent_iob_ == "O" and ent.root.head.i == last.i \
            and last.lower_ not in _PLACE_KINDS and last.lower_ not in _BUILDINGS and last.lower_ not in _WORKS:
        return SSpan(doc, ent.start, end + 1, label=ent.label_)
    return ent


def _titled_in_full(ent: SSpan) -> SSpan:
    """"Sinaloa Governor Ruben Rocha Moya": the tagger's person ("Rocha Moya") starts after the given name."""
    doc, start = ent.doc, ent.start
    if ent.label_ in ("ORG", "NORP", "GPE") and len(ent) == 1 and start > 1 and doc[start - 1].tag_ == "NNP" \
            and doc[start - 1].is_title and not doc[start - 1].ent_type_ and doc[start - 2].lower_ in TITLE_NOUNS \
            and not ent.ent_id_:
        # "Acting Kursk governor Alexei Smirnov said": a man, the surname the tagger took for a body
        return SSpan(doc, start - 1, ent.end, label="PERSON")
    while start > ent.start - 2 and start > 1 and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title \
            and not doc[start - 1].ent_type_ and doc[start - 1].lower_ not in TITLE_NOUNS:
        start -= 1
    # (or set off by a comma, where the parser made it a part of the name: "the acting mayor of Sumy,
    # Artem Kobzar,")
    given = start < ent.start and doc[start - 1].text == "," and ent.label_ == "PERSON" \
        and all(t.dep_ == "compound" and ent.start <= t.head.i < ent.end for t in doc[start:ent.start])
    if not given and (start == ent.start or ent.label_ != "PERSON" or doc[start - 1].lower_ not in TITLE_NOUNS
                      or (start > 1 and doc[start - 2].lower_ in ("the", "of"))):
        return ent  # (a body's name, not a given name: "Chief of the General Staff Valery Gerasimov")
    return SSpan(doc, start, ent.end, label=ent.label_, span_id=ent.id_)


_PEOPLES = {"community", "tribe", "clan", "ethnic"}
_COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}


def _names_a_people(token: Token) -> bool:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("compound", "nmod", "amod") and token.head.lemma_.lower() in _PEOPLES


_BODY_WORDS = {"cooperative", "union", "alliance", "front", "movement", "coalition", "council", "committee",
               "association", "party", "organisation", "organization", "league", "federation", "congress", "army"}


def _body_in_full(ent: SSpan) -> SSpan:
    """"The Cooperative for the Development of Congo": the tagger's body starts after "for the"."""
    doc, k = ent.doc, ent.start - 1
    k -= 1 if k > 0 and doc[k].lower_ == "the" else 0
    if ent.label_ != "ORG" or k < 1 or doc[k].lower_ not in ("for", "of") or not doc[k - 1].is_title \
            or doc[k - 1].tag_ != "NNP" or doc[k - 1].ent_type_ or doc[k - 1].lower_ not in _BODY_WORDS:
        return ent  # (not a title: "Assistant Secretary of State John Kornblum")
    start = k - 1
    while start > 0 and doc[start - 1].is_title and doc[start - 1].tag_ == "NNP" and not doc[start - 1].ent_type_:
        start -= 1
    return SSpan(doc, start, ent.end, label=ent.label_, span_id=ent.id_)


def _acronym_led(ent: SSpan) -> SSpan:
    """"SBM Intelligence", "ACLED Data": a body's name the tagger began after its acronym (and, on a word
    like "Intelligence", took for a person's); a person's name opens with no acronym."""
    doc, k = ent.doc, ent.start - 1
    if k < 0 or ent.label_ not in ("PERSON", "ORG") or doc[k].pos_ != "PROPN" or not doc[k].is_upper \
            or not doc[k].is_alpha or len(doc[k]) < 2 or doc[k].ent_type_ or doc[k].dep_ != "compound" \
            or not ent.start <= doc[k].head.i < ent.end or (k > 0 and doc[k - 1].is_upper and doc[k - 1].is_alpha):
        return ent  # (nor in a line of capitals)
    return SSpan(doc, k, ent.end, label="ORG", span_id=ent.id_)


def _unspaced(ent: SSpan) -> SSpan | None:
    """A name without the line breaks the tagger may hang on it: a headline's "on Palm Sunday\n\n"."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].is_space:
        start += 1
    while end > start and ent.doc[end - 1].is_space:
        end -= 1
    if start == end:
        return None
    return ent if (start, end) == (ent.start, ent.end) else SSpan(ent.doc, start, end, label=ent.label_,
                                                                   span_id=ent.id_)


def _without_day(ent: SSpan) -> SSpan:
    """"Sumy on Palm Sunday", one name to the tagger: the place, without the day it was hit on."""
    words = [t for t in ent if not t.is_space]
    cut = next((t.i for t in words[1:-1] if t.lower_ == "on"), None)
    if cut is None or words[-1].lower_ not in HOLY_DAYS:
        return ent
    return SSpan(ent.doc, ent.start, cut, label=ent.label_, span_id=ent.id_)


def _surnamed(ent: SSpan) -> SSpan:
    """A person's name the tagger cut before the surname its words hang on: "Haytham Ali" + "Tabatabai"."""
    doc, end = ent.doc, ent.end
    # (or a lone given name the tagger took for a body, its surname set beside a title: "Oleksandr Syrskyi, the
    # commander of Ukraine's armed forces,")
    titled = ent.label_ == "ORG" and len(ent) == 1 and end < len(doc) and doc[end].pos_ == "PROPN" \
        and doc[end].is_title and not doc[end].ent_type_ and doc[end - 1].head.i == end \
        and (any(c.dep_ == "appos" and c.lemma_.lower() in TITLE_NOUNS for c in doc[end].children)
             # or the surname speaking: "Oleksandr Syrskyi said he had ordered the withdrawal"
             or (doc[end].dep_ == "nsubj" and doc[end].head.lemma_ in ("say", "tell", "add", "announce", "write")
                 and doc[end].lower_ not in TITLE_NOUNS | _OFFICE_TITLES and doc[end].lower_.rstrip(".") not in TITLES))
    if titled:
        return SSpan(doc, ent.start, end + 1, label="PERSON")
    while ent.label_ == "PERSON" and end < len(doc) and end - ent.start < 5 and doc[end].pos_ == "PROPN" \
            and doc[end].is_title and not doc[end].ent_type_ and doc[end].lower_.rstrip(".") not in TITLES \
            and doc[end - 1].dep_ == "compound" \
            and doc[end - 1].head.i == end:
        end += 1
    return ent if end == ent.end else SSpan(doc, ent.start, end, label="PERSON")


def _merged_entities(doc: Doc) -> list[SSpan]:
    """Repair NER splits of one name: 'Shah Mahmood' (PERSON) + 'Qureshi' (GPE) is one person."""
    ents = _nicknamed(doc, [_surnamed(_body_in_full(_titled_in_full(_called_in_full(_whole_words(_particled(_acronym_led(
                            _kind_named_in_full(_of_ended(_opened_place(_site_tail(_without_day(ent))))))))))))
                            for ent in map(_unspaced, doc.ents) if ent is not None])
    out: list[SSpan] = []
    for ent in ents:
        if out and ent.start < out[-1].end:
            continue  # the rest of a word the one before now holds
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ == "PERSON" and ent.start == prev.end and len(ent) == 1
                and not ent.ent_id_ and ent.label_ in ("GPE", "ORG", "NORP", "LOC") and ent[0].is_title
                and ent[0].dep_ in ("compound", "nsubj", "dobj", "pobj", "appos", "nsubjpass")):
            out[-1] = SSpan(doc, prev.start, ent.end, label="PERSON")
            continue
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and ent.start == prev.end \
                and prev[-1].dep_ == "compound" and prev[-1].head.i in range(ent.start, ent.end):
            out[-1] = SSpan(doc, prev.start, ent.end, label="PERSON")  # "Governor Oleksandr" + "Prokudin"
            continue
        if prev is not None and prev.label_ == "ORG" and ent.label_ == "GPE" and ent.start == prev.end \
                and prev.root.dep_ == "compound" and prev.root.head.i in range(ent.start, ent.end) \
                and ent.root.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "appos"):
            # a body's national section: "Amnesty International Kenya said" is Amnesty speaking, not Kenya
            out[-1] = SSpan(doc, prev.start, ent.end, label="ORG", span_id=prev.id_)
            continue
        if prev is not None and prev.label_ == ent.label_ == "ORG" and not prev.ent_id_ and not ent.ent_id_ \
                and ent.start == prev.end + 1 and ent[0].lower_ != "the" and (
                    (doc[prev.end].lower_ == "for" and prev[-1].lower_ in _INSTITUTION_WORDS | _OFFICE_WORDS)
                    or (doc[prev.end].lower_ == "and" and any(t.lower_ == "for" for t in prev))):
            # "the Russian Federal Agency" + "for" + "Maritime" + "and" + "River Transport": one agency
            out[-1] = SSpan(doc, prev.start, ent.end, label="ORG")
            continue
        if prev is not None and prev.label_ == "ORG" and not prev.ent_id_ and ent.start == prev.end \
                and prev[-1].lower_ in ("of", "the") and ent.label_ == "ORG":
            out[-1] = SSpan(doc, prev.start, ent.end, label="ORG")  # "33rd Front of the" + "FARC", the gazetteer's
            continue
        out.append(ent)
    return out


_QUOTES = {'"', "“", "”"}


def _described(table: MentionTable, index: int) -> int | None:
    """The name a clause describes, where the mention is only part of that description: in "The Resistance
    Front, a group that India says is a proxy of Lashkar-e-Taiba, claimed", the front (of the same class)."""
    words = table.tokens(table.mentions[index])
    clause = next((a for a in words.root.ancestors if a.dep_ in ("relcl", "acl")), None) if words is not None else None
    if clause is None:
        return None
    noun = clause.head.head if clause.head.dep_ == "appos" else clause.head
    found = table.at(noun)
    return found if found is not None and found != index and table.mentions[found].ref is None \
        and table.mentions[found].cls == table.mentions[index].cls else None


def _called_in_full(ent: SSpan) -> SSpan:
    """"The village of Oe Htein Kwin": the tagger's name ("Htein Kwin") starts after "of"; and "the town
    of Gishen in South Wollo zone": the name ends before "in"."""
    doc, start = ent.doc, ent.start
    while start > ent.start - 2 and start > 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
            and not doc[start - 1].ent_type_:
        start -= 1
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in _PLACE_KINDS:
        return ent
    end = next((t.i for t in doc[start + 1: ent.end] if t.lower_ in ("in", "near") and t.tag_ == "IN"), ent.end)
    if (start, end) == (ent.start, ent.end):
        return ent
    return SSpan(doc, start, end, label=ent.label_, span_id=ent.id_)


# Lowercase articles inside Arabic and Swahili names: "Dar es Salaam", "Bab el Oued", "Ras al Ain".
_NAME_PARTICLES = {"es", "el", "al", "ad", "ar", "as", "ash", "at", "az", "ed", "ul"}


def _particled(ent: SSpan) -> SSpan:
    """The tagger's name starts after a lowercase article: "Salaam" of "the Dar es Salaam neighbourhood"."""
    doc, start = ent.doc, ent.start
    if start < 2 or doc[start - 1].text not in _NAME_PARTICLES or not doc[start - 2].is_title \
            or doc[start - 2].pos_ != "PROPN" or doc[start - 2].ent_type_ or doc[start - 2].is_sent_start:
        return ent
    return SSpan(doc, start - 2, ent.end, label=ent.label_, span_id=ent.id_)


def _whole_words(ent: SSpan) -> SSpan:
    """A name ends where its hyphenated word does: the tagger takes "Dema" from "Dema-ala said". Only a
    proper noun joins ("Haftar-led forces" stays Haftar), and never a name of its own: "the Israel-Hamas war"
    names two."""
    doc, end = ent.doc, ent.end
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and (doc[end + 1].tag_ in ("NNP", "NNPS") or _LINKING.fullmatch(doc[end + 1].text)
                                               or (doc[end + 1].is_title and doc[end - 1].lower_ in ("e", "i", "ul", "ud", "ur"))) \
            and doc[end + 1].ent_iob_ != "B" \
            and doc[end + 1].lower_ not in _RUN_BY:  # (a headline's "Hamas-Run" ministry is no name)
        end += 2
    if ent.label_ == "PERSON" and sum(t.text in _QUOTES for t in ent) % 2 == 1 and ent[-1].text not in _QUOTES:
        # a nickname cut in half: 'Ismael "El Mayo' of 'Ismael "El Mayo" Zambada', the surname after it
        close = next((k for k in range(end, min(end + 4, len(doc))) if doc[k].text in _QUOTES), None)
        if close is not None:
            end = close + 1
            while end < len(doc) and doc[end].tag_ == "NNP":
                end += 1
    return ent if end == ent.end else SSpan(doc, ent.start, end, label=ent.label_, span_id=ent.id_)


# The links of Urdu and Persian names: "Jaish-e-Fursan-e-Muhammad", "Lashkar-e-Taiba", "Harkat-ul-Mujahideen".
_LINKING = re.compile(r"e|i|ul|ud|ur")
_DENOMINATIONS = {"catholic", "orthodox", "anglican", "protestant", "evangelical", "lutheran", "methodist", "coptic",
                  "presbyterian", "baptist", "pentecostal", "episcopal"}
_RUN_BY = {"run", "led", "held", "controlled", "based", "backed", "linked", "allied", "aligned", "affiliated"}
_SEPARATORS = {",", "-", "–", "—", "(", ")", ":", ";", "|", "/"}


_UNITS = {"brigade", "division", "battalion", "regiment", "corps", "squadron", "army", "infantry", "armoured",
          "armored", "mechanised", "mechanized", "airborne", "marine", "commando", "special"}


def _pieces(ent: SSpan) -> list[SSpan]:
    """One tagged span that holds several names, as in tables and score lines ("Stirling 1 Dundee 1",
    "Oval , Surrey", "Lithuania - Danius Gleveckas"): split at numbers and free-standing punctuation.
    A hyphen inside a word ("Bosnia-Herzegovina") does not split."""
    doc, out, start = ent.doc, [], ent.start
    for token in ent:
        free = token.i == ent.start or doc[token.i - 1].whitespace_
        unit = token.i + 1 < ent.end and doc[token.i + 1].lower_ in _UNITS  # "the 444 Brigade" is one name
        unit = unit or (token.i > ent.start and doc[token.i - 1].lower_ in NUMBERED)  # and "Tower 22"
        if (token.is_digit and not unit) or (token.text in _SEPARATORS and (free or token.text in ",;|()")):
            if token.i > start:
                out.append(SSpan(doc, start, token.i, label=ent.label_, span_id=ent.id_))
            start = token.i + 1
    if start == ent.start:
        return [ent]
    if start < ent.end:
        out.append(SSpan(doc, start, ent.end, label=ent.label_, span_id=ent.id_))
    return out


def _slashed_places(ent: SSpan, lexicon: Lexicon) -> list[SSpan]:
    """A dateline's "KYIV/MOSCOW", "NEW DELHI/ISLAMABAD": two places, where each side is one (not "RFE/RL");
    so "Fordow and Natanz", tagged as one name (but "Bosnia and Herzegovina" is one place)."""
    cuts = [t.i for t in ent if t.text == "/"] or ([t.i for t in ent if t.lower_ == "and" and t.i > ent.start]
                                                   if not lexicon.lookup(label_of(ent.text)) else [])
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    pieces = [SSpan(ent.doc, b + (b != ent.start), e, label="GPE") for b, e in zip(bounds, bounds[1:], strict=False)]
    if all(len(p) and lexicon.lookup_as(label_of(p.text), "Place") for p in pieces):
        return pieces
    return [ent]


def _placed_name(ent: SSpan, lexicon: Lexicon) -> list[SSpan]:
    """A body's or building's name the tagger ran on into where it is: "the National Penitentiary in
    Port-au-Prince" is the prison, and the city it is in."""
    cut = next((t.i for t in ent if t.lower_ == "in" and t.i > ent.start + 1), None) if ent.label_ in ("ORG", "FAC") else None
    if cut is None or cut + 1 >= ent.end or ent.doc[cut - 1].lower_ not in _BUILDINGS | _WORKS | _SITE_HEADS:
        return [ent]  # (a body's own name holds its land: "the Islamic Resistance in Iraq")
    place = SSpan(ent.doc, cut + 1, ent.end, label="GPE")
    if not lexicon.lookup_as(label_of(place.text), "Place"):
        return [ent]
    return [SSpan(ent.doc, ent.start, cut, label=ent.label_, span_id=ent.id_), place]


def _titled_tail(ent: SSpan, lexicon: Lexicon) -> list[SSpan]:
    """A country, a title and a name the tagger took for one body: a headline's "Bangladesh PM Hasina" is
    Bangladesh and the woman."""
    if ent.label_ != "ORG" or ent.ent_id_ or len(ent) < 3:
        return [ent]
    k = next((t.i for t in ent[1:-1] if t.lower_.rstrip(".") in _OFFICE_TITLES | {"pm", "premier", "leader", "chief"}), None)
    if k is None or not all(t.is_title and t.pos_ == "PROPN" for t in ent.doc[k + 1: ent.end]) \
            or not lexicon.lookup_as(label_of(ent.doc[ent.start: k].text), "Place"):
        return [ent]
    return [SSpan(ent.doc, ent.start, k, label="GPE"), SSpan(ent.doc, k + 1, ent.end, label="PERSON")]


def _dateline_pair(text: str, mention: Mention) -> bool:
    """One of a dateline's pair of cities ("KYIV/MOSCOW"), which no later "the city" names."""
    return "/" in text[max(0, mention.span.begin - 1): mention.span.end + 1]


_HASHES: list[tuple[Lexicon, frozenset[int]]] = []


def _demonym_hashes(lexicon: Lexicon) -> frozenset[int]:
    """The demonyms as spaCy's string hashes, once per lexicon: compared against a whole document at once."""
    for known, hashes in _HASHES:
        if known is lexicon:
            return hashes
    hashes = frozenset(get_string_id(d) for d in lexicon.demonyms)
    _HASHES[:] = [(lexicon, hashes)]  # one lexicon at a time in practice; never grows
    return hashes


def demonym_start(lexicon: Lexicon, token: Token) -> int:
    """Where the demonym a token ends begins: one word back for "South Sudanese", "North Korean"."""
    return token.i - 1 if token.i > 0 and f"{token.nbor(-1).text} {token.text}" in lexicon.demonyms else token.i


def untagged_forces(table: MentionTable) -> None:
    """'Somali forces, backed by ...': a demonym the tagger left untagged still names its country's forces."""
    doc = table.doc
    if not len(doc):
        return
    hashes = _demonym_hashes(table.lexicon)
    for i in [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in hashes]:
        if doc[i].ent_type_ or i in table.by_token:
            continue
        forces = _force_mention(table, SSpan(doc, demonym_start(table.lexicon, doc[i]), i + 1, label="NORP"))
        if forces is not None:
            table.add(forces)


# Prepositions after which a gazetteer name the tagger missed is that place: "a naval base in Turbat".
_MISTYPED = {"", "DATE", "TIME"}
_REGIONS_OF = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
               "southwestern"}
_BEFORE_PLACES = {"in", "near", "outside", "around", "across", "into", "towards", "toward", "at", "on", "from", "to", "over"}


def untagged_places(table: MentionTable) -> None:
    """A known place the tagger left untagged, right after a place preposition ("attacked a naval air base
    in Turbat"). Exact, case-sensitive gazetteer names only, and never part of a longer name."""
    doc = table.doc
    for prep in table.tokens_with("ADP", _BEFORE_PLACES):
        start = end = prep.i + 1
        while end < len(doc) and end - start < 4 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and doc[end].ent_type_ in _MISTYPED and end not in table.by_token:
            end += 1  # untagged, or taken for a date ("in Turbat")
        if end == start or (end < len(doc) and doc[end].pos_ == "PROPN"):
            continue
        name = doc[start:end].text
        keys = [k for k in table.lexicon.names.get(name, ()) if table.lexicon.is_a(table.lexicon.entries[k].cls, "Place")]
        if keys:
            entry = table.lexicon.entries[keys[0]]
            begin, finish = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            table.add(Mention(Span(begin, finish, table.document.text[begin:finish]), entry.label, entry.cls, keys[0],
                              table.sentence(start)))


_SITE_HEADS = {"base", "airbase", "airport", "airfield", "hospital", "prison", "port", "dam", "refinery"}


_BRANCH_WORDS = {"branch", "affiliate", "wing", "offshoot", "chapter", "franchise", "faction"}


def branch_mentions(table: MentionTable) -> None:
    """A group's branch, named by the group it belongs to, speaks and acts for it: "Islamic State's
    Mozambique branch claimed the attack" is Islamic State's claim."""
    for token in table.tokens_with("NOUN", _BRANCH_WORDS):
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        if token.i in table.by_token or poss is None or (found := table.at(poss)) is None:
            continue
        ref = table.canonical(found)
        if ref.cls not in ("ArmedGroup", "Organisation", "InternationalOrganisation") or token.dep_ not in ("nsubj", "nsubjpass") \
                or any(c.dep_ == "appos" for c in token.children):
            continue  # the branch named beside it is itself: "al Qaeda's affiliate in the Sahel", "its wing, the X Brigades"
        # and a branch the gazetteer knows by its region: "the Islamic State group's Khorasan affiliate"
        region = " ".join(c.text for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")
        known = table.lexicon.lookup_as(f"{ref.name} {region}", "Organisation") if region else []
        # or by the country it is based in: "the Islamic State group's affiliate in Afghanistan"
        lands = {table.mentions[f].key for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
                 for o in p.children if o.dep_ == "pobj" and (f := table.at(o)) is not None
                 and table.mentions[f].cls == "Country"}
        based = [key for key, entry in table.lexicon.entries.items() if lands and entry.part_of == ref.key
                 and entry.based_in in lands]
        known = known or (based if len(based) == 1 else [])
        if known:
            entry = table.lexicon.entries[known[0]]
            table.add(Mention(table.span(token.idx, token.idx + len(token)), entry.label, entry.cls, entry.key,
                              table.sentence(token.i)))
            continue
        table.add(Mention(table.span(token.idx, token.idx + len(token)), ref.name, ref.cls, ref.key,
                          table.sentence(token.i), ref=found))


def untagged_sites(table: MentionTable) -> None:
    """A capitalised site name the tagger left untagged: "the Al Udeid Air Base", "the Saudi Maternity
    Hospital". Mid-sentence and in a sentence case line only (a title-case headline capitalises anything)."""
    doc = table.doc
    for head in table.tokens_with("PROPN"):
        if head.lower_ not in _SITE_HEADS or not head.is_title or head.ent_type_ or head.i in table.by_token \
                or sum(1 for t in head.sent if t.is_alpha and t.is_lower) < 3:
            continue
        start = head.i
        while start > head.sent.start + 1 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].dep_ == "compound" and start - 1 not in table.by_token \
                and (not doc[start - 1].ent_type_ or (doc[start - 1].ent_type_ == "NORP" and start < head.i)):
            # (a nationality opens a longer name: "the Saudi Maternity Hospital")
            start -= 1
        if sum(1 for t in doc[start: head.i] if t.lower_ not in ("air", "naval", "military", "international")) < 1:
            continue  # "Air Base" alone names none
        begin, end = doc[start].idx, head.idx + len(head)
        name = table.document.text[begin:end]
        keys = table.lexicon.lookup_as(name, "Place")
        table.add(Mention(Span(begin, end, name), table.lexicon.entries[keys[0]].label if keys else name,
                          table.lexicon.entries[keys[0]].cls if keys else "Facility", keys[0] if keys else None,
                          table.sentence(start)))


def untagged_people(table: MentionTable) -> None:
    """A full name right after an office the tagger left untagged: "Mayor Ihor Terekhov described the attack".
    Two or three capitalised words, none known to the gazetteer, none another title ("Secretary General ...")."""
    doc = table.doc
    for title in table.tokens_with("PROPN"):
        if title.lower_.rstrip(".") not in _OFFICE_TITLES | _RANKS_BEFORE_NAMES or not title.is_title or title.ent_type_ \
                or sum(1 for t in title.sent if t.is_alpha and t.is_lower) < 3:
            continue
        end = title.i + 1
        while end < len(doc) and end - title.i <= 5 and ((
                doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_
                and end not in table.by_token) or (  # (joined by hyphens: "General Waker-Uz-Zaman")
                doc[end].text == "-" and end > title.i + 1 and not doc[end - 1].whitespace_ and not doc[end].whitespace_
                and end + 1 < len(doc) and doc[end + 1].is_title)):
            end += 1
        words = doc[title.i + 1: end]
        parts = [w for w in words if w.is_alpha]
        if not 2 <= len(parts) <= 3 or words[-1].text == "-" or (end < len(doc) and doc[end].pos_ == "PROPN") \
                or any(w.lower_ in TITLES or w.lower_ in _FIRM_WORDS or table.lexicon.lookup(w.text) for w in parts) \
                or table.lexicon.lookup(words.text):
            continue
        begin, finish = words[0].idx, words[-1].idx + len(words[-1])
        table.add(Mention(Span(begin, finish, words.text), words.text, "Person", None, table.sentence(words.start)))


def called_places(table: MentionTable) -> None:
    """'the town of Sake', 'the village of Kibirizi': a capitalised word the text calls a town is one,
    whatever the tagger made of it (the common noun "sake") or missed. Capitalised mid-sentence only."""
    doc = table.doc
    for of in table.tokens_with("ADP", {"of"}):
        kind = _PLACE_KINDS.get(of.head.lower_) if of.head.i == of.i - 1 else None
        start = end = of.i + 1
        while end < len(doc) and end - start < 3 and doc[end].is_title and not doc[end].is_sent_start \
                and doc[end].pos_ in ("PROPN", "NOUN") and end not in table.by_token:
            end += 1  # whatever the tagger took it for: "the town of Mirebalais" (a product, it says)
        if kind is None or end == start or (end < len(doc) and (doc[end].pos_ == "PROPN" or (
                doc[end].text == "-" and end + 1 < len(doc) and doc[end + 1].is_lower))):
            continue  # (nor "the Poonch district of Indian-administered Kashmir": a word of a compound)
        name = doc[start:end].text
        keys = table.lexicon.lookup_as(name, "Place")
        entry = table.lexicon.entries[keys[0]] if keys else None
        begin, finish = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        table.add(Mention(Span(begin, finish, table.document.text[begin:finish]), entry.label if entry else name,
                          entry.cls if entry else kind, entry.key if entry else None, table.sentence(start)))


def common_openers(doc: Doc) -> None:
    """Retag a common noun the tagger took for a name because it opens a sentence ("Rebels shelled
    the town": NNPS, lemma "Rebels"), so that rules reading parts of speech and lemmas see the noun."""
    for sent in doc.sents:
        token = sent[0]
        if token.pos_ == "NOUN" and token.lemma_[:1].isupper() and not token.ent_type_:
            token.lemma_ = token.lemma_.lower()  # "Police arrested": NNS, yet lemma "Police"
            continue
        if token.tag_ not in ("NNP", "NNPS") or token.ent_type_ or token.i + 1 < len(doc) and doc[token.i + 1].tag_ in ("NNP", "NNPS"):
            continue
        word = token.lower_
        singular = next((w for w in (word, word[:-1], word[:-3] + "man" if word.endswith("men") else "")
                         if w in _COMMON_ACTORS or w in _OPENING_NOUNS), None)
        if singular is not None:
            token.pos_, token.tag_, token.lemma_ = "NOUN", "NN" if singular == word else "NNS", singular


# Last words of feast days the tagger takes for places or groups ("Palm Sunday", "Eid al-Fitr" aside).
_FEASTS = {"holiday", "festival", "feast", "celebration", "month", "day", "season", "fast"}
HOLY_DAYS = {"sunday", "monday", "friday", "saturday", "easter", "christmas", "eve", "day"}
# Feasts named alone, which the tagger takes for bodies: "a Christmas party", "a Ramadan meal".
_FEAST_NAMES = {"christmas", "easter", "ramadan", "nowruz", "diwali", "hanukkah", "passover", "thanksgiving"}


# Titles that name an office, never a word of a body's name ("Major League Baseball", "General Motors").
_OFFICE_TITLES = {"lawmaker", "legislator", "senator", "governor", "mayor", "minister", "president", "commissioner",
                  "spokesman", "spokeswoman", "spokesperson", "judge", "ambassador"}
_RANKS_BEFORE_NAMES = {"general", "gen", "colonel", "col", "brigadier", "lieutenant", "lt", "admiral", "adm"}
_FIRM_WORDS = {"co", "corp", "inc", "ltd", "company", "group", "plc", "holdings", "bank", "fund", "motors", "electric",
               "staff", "assembly", "hospital", "security", "service", "services", "intelligence", "directorate"}
_MONTH_ABBREVIATIONS = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}


def _kind_before(ent: SSpan) -> bool:
    """A kind of place names the name before it: "the village of Tahoua-Koira"."""
    doc = ent.doc
    return ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in _PLACE_KINDS


def _town_called(ent: SSpan, lexicon: Lexicon) -> bool:
    """A town the tagger took for a title, called a town by the words before it: "the town of Mocimboa da Praia"."""
    return _kind_before(ent) and bool(lexicon.lookup_as(label_of(ent.text), "Place"))


def named_mentions(table: MentionTable) -> None:
    text = table.document.text
    nationalities = frozenset(table.lexicon.demonyms) | table.lexicon.peoples  # once per document, not per name
    for ent in (_up_to_site(_unpossessed(owned, table.lexicon)) for whole in _merged_entities(table.doc)
                for piece in _pieces(whole) for piece in _slashed_places(piece, table.lexicon)
                for piece in _placed_name(piece, table.lexicon) for piece in _titled_tail(piece, table.lexicon)
                for owned in _owner_and_owned(piece, table.lexicon)):
        if (first := demonym_start(table.lexicon, ent[0])) < ent.start:
            # "South Sudanese army": the gazetteer's "Sudanese army" is another country's
            forces = _force_mention(table, SSpan(table.doc, first, ent.start + 1, label="NORP"))
            if forces is not None:
                table.add(forces)
            continue
        if (ent.ent_id_ or ent.label_ == "GPE") and (forces := _force_mention(table, ent)) is not None:
            table.add(forces)  # "US and British forces": the US's forces, not the country
            continue
        if len(ent) == 2 and ent[0].lower_ in ("suspected", "alleged", "presumed", "purported") and ent[1].text in nationalities:
            continue  # a headline's "Suspected Fulani herders": a people, hedged
        if (ent.label_ == "NORP" or ent.text in nationalities) and not ent.ent_id_:  # "Ukrainian" tagged a place
            forces = _force_mention(table, ent)
            if forces:
                table.add(forces)
            # A nationality is no entity of its own; a town the tagger took for one is ("Kidal"), as is one
            # a kind of place names: "the village of Tahoua-Koira"
            kind_of = _kind_before(ent)
            # (or the kind set after it: "Pakistan's Punjab province", a people's name the land bears)
            kind_of = kind_of or (ent.end < len(table.doc) and table.doc[ent.end].lower_ in ("province", "district", "state")
                                  and all(t.pos_ == "PROPN" for t in ent))
            if forces or ent.text in nationalities or not (kind_of or table.lexicon.lookup_as(label_of(ent.text), "Place")):
                continue
        if ent.label_ in ("ORG", "PRODUCT") and len(ent) > 1 and ent[0].text in nationalities and not ent.ent_id_ \
                and (forces := _force_mention(table, SSpan(table.doc, ent.start, ent.start + 1, label="NORP"))) is not None:
            table.add(forces)  # "American B-2 bombers": the tagger's name for them is the country's forces
            continue
        bare = [t for t in ent if t.lower_ != "the"]
        if not ent.ent_id_ and len(bare) > 1 and bare[0].text in nationalities and bare[-1].lower_ in ("ministry", "government") \
                and all(t.is_lower for t in bare[1:]):
            continue  # "the Palestinian health ministry": the state's institution, named as institutions are
        # (a name the tagger took for an event or a product is a site where a noun beside it says so: "Tower 22, a
        # logistics support base")
        if ent.label_ in SKIP_LABELS and not (ent.label_ in ("PRODUCT", "WORK_OF_ART") and names_a_vessel(ent)) \
                and not (ent.label_ in ("EVENT", "PRODUCT") and _set_beside(ent.root) == "Facility") \
                and not (ent.label_ == "WORK_OF_ART" and _town_called(ent, table.lexicon)):
            continue
        if (country := _command_of(table, ent)) is not None:
            table.add(forces_of(table, country, ent.start_char, ent.end_char, ent.root))
            continue  # "Russia's General Staff said": the country's military command, its forces
        # a title the tagger swept into an organisation's name is a person's: "Lawmaker Aminu Nuhu Falale"
        titled = ent.label_ == "ORG" and len(ent) > 2 and ent[0].lower_.rstrip(".") in _OFFICE_TITLES \
            and all(t.is_title for t in ent[1:]) and not ent.ent_id_
        # and a rank before a name no organisation bears: "General Majur Dak and several of his soldiers died"
        titled = titled or (ent.label_ == "ORG" and len(ent) > 2 and ent[0].lower_.rstrip(".") in _RANKS_BEFORE_NAMES
                            and all(t.is_title and t.pos_ == "PROPN" for t in ent[1:]) and not ent.ent_id_
                            and org_class(ent.text) == "Organisation" and ent[-1].lower_.rstrip(".") not in _FIRM_WORDS)
        # ... or after it: "regional governor Lt. Col. Rodolphe Sorgho said"
        titled = titled or (ent.label_ == "ORG" and 1 < len(ent) < 4 and ent.start > 0
                            and table.doc[ent.start - 1].lower_.rstrip(".") in _RANKS_BEFORE_NAMES | _OFFICE_TITLES
                            and all(t.is_title and t.pos_ == "PROPN" for t in ent) and not ent.ent_id_
                            and org_class(ent.text) == "Organisation" and ent[-1].lower_.rstrip(".") not in _FIRM_WORDS)
        # (a nationality right after an office is a given name: "Energy Minister German Galushchenko")
        given = ent.start > 0 and table.doc[ent.start - 1].lower_ in TITLE_NOUNS | set(TITLES)
        begin, end = trim(text, ent.start_char, ent.end_char, person=ent.label_ == "PERSON" or titled,
                          nationalities=frozenset() if given else nationalities)
        if begin > ent.start_char and text[ent.start_char:begin].strip().lower() == "the" \
                and (named := table.lexicon.lookup(text[ent.start_char:end])) \
                and table.lexicon.entries[named[0]].label.lower().startswith("the "):
            begin = ent.start_char  # "THE HAGUE": the article is the name's own
        surface = text[begin:end]
        name = label_of(surface)
        if surface.isupper() and _dateline_city(text, begin, end):
            name = label_of(table.doc.text[begin:end])  # "THE HAGUE, Nov 21 (Reuters) -": the Hague, as recased
        if not any(c.isalpha() for c in name) or (not ent.ent_id_ and name == name.lower()):
            continue
        if not ent.ent_id_ and len(ent) == 1 and ent[0].lemma_.lower() in _COMMON_ACTORS:
            continue  # "Gunmen opened fire", "Soldiers fired": a common noun opening a sentence
        if not ent.ent_id_ and len(ent) == 1 and ent[0].is_sent_start and (
                ent[0].lower_ in table.lexicon.event_words or ent[0].lemma_.lower() in table.lexicon.event_words):
            continue  # "Gunfire and explosions shook the city": an event word opening a sentence
        if not ent.ent_id_ and len(ent) == 1 and ent[0].is_sent_start and ent.label_ in ("ORG", "PERSON") \
                and ent[0].tag_ in ("JJ", "NN", "NNS"):
            continue  # "Fierce fighting ...", "Debris from a drone ...": a common word, capital only to open
        if not ent.ent_id_ and ent.label_ in ("PERSON", "ORG") and (_names_a_people(ent.root) or (
                len(ent) == 1 and ent[0].is_sent_start and ent[0].lower_ in _PEOPLES)):
            continue  # "the Meitei and Kuki-Zo communities": peoples, not a person or a body; nor "Clan militias"
        if len(ent) == 1 and ent[0].lower_.rstrip(".") in TITLES:
            continue  # "said Brig. Gen. Alvin Luzon": a rank cut from the name
        if not ent.ent_id_ and name.lower().replace("’", "'") in FAITHS:
            continue  # "in Kabul's Shi'ite area", tagged a place: a faith, no place or body
        if len(ent) == 1 and ent[0].text.rstrip(".") in _MONTH_ABBREVIATIONS and ent.end < len(table.doc) \
                and table.doc[ent.end].like_num:
            continue  # a dateline's "Oct 2": a day, no person
        if not ent.ent_id_ and len(ent) > 1 and ent[-1].lower_ in HOLY_DAYS:
            continue  # "Palm Sunday", "Orthodox Easter": a day, not a place
        if not ent.ent_id_ and len(ent) == 1 and ent[0].lower_ in _FEAST_NAMES:
            continue  # "a Christmas party", "on Easter": a feast, no body
        if not ent.ent_id_ and ent.start > 1 and table.doc[ent.start - 1].lower_ == "of" \
                and table.doc[ent.start - 2].lemma_.lower() in _FEASTS:
            continue  # "the Muslim holiday of Mawlid", "the festival of Holi": a day, not a place
        if not ent.ent_id_ and ent.root.dep_ in ("compound", "nmod", "amod") and (_arms(ent.root.head) or (
                ent.root.head.lemma_.lower() in _AIRCRAFT and any(c.isdigit() for c in ent.text))) \
                and not (ent.label_ == "GPE" and table.lexicon.lookup_as(label_of(ent.text), "Place")):
            # (but a known town the parser hung on the weapon: "in Colombia's Cali, helicopter downed")
            continue  # "two Iskander-M ballistic missiles", "a Shahed drone": a model of weapon, no actor
        if not ent.ent_id_ and ent.root.dep_ == "attr" and ent.root.head.lemma_ == "be" and any(
                c.dep_ == "nsubj" and _arms(c) for c in ent.root.head.children):
            continue  # "the missile was an Iskander": its model, no actor
        if not ent.ent_id_ and _names_an_operation(ent):
            continue  # "Operation Sindoor", "the raid, code-named Desert Storm": an operation's name, no actor or place
        if len(ent) == 1 and _operated_by(ent[0]):
            continue  # "Army warplanes struck": the army the story is about, read as a description
        if len(ent) <= 2 and ent.end < len(table.doc) and (
                ent[-1].lower_ in _PORTFOLIOS and table.doc[ent.end].lower_ in ("minister", "secretary", "ministry")
                # (and "Federal Home Minister Amit Shah", "Deputy Defence Minister")
                and (len(ent) == 1 or ent[0].lower_ in ("federal", "union", "deputy", "acting", "interim", "former"))
                or ent[0].lower_ == "supreme" and table.doc[ent.end].lower_ in ("leader", "guide", "commander")):
            # "Defence Minister Ivan Velasquez", "Supreme Leader Ali Khamenei": part of a title, no organisation
            # called "Defence" or "Supreme"
            continue
        if len(ent) == 1 and ent.start > 1 and table.doc[ent.start - 1].lower_ == "of" \
                and ent[0].lower_ in _PORTFOLIOS | {"state", "staff"} \
                and table.doc[ent.start - 2].lower_ in ("secretary", "minister", "chief", "chiefs"):
            continue  # "Secretary of State Marco Rubio", "Minister of Defence": the title's end
        key: str | None = ent.ent_id_ or None
        if key is not None and ent.label_ == "ORG" and ent.root.ent_type_ == "GPE" and ent[0].ent_id_:
            key = ent[0].ent_id_  # "Amnesty International Kenya": the body first named, not the country ending it
        if key is None:
            found = table.lexicon.lookup_as(name, "Place" if ent.label_ == "NORP" else _ner_family(ent.label_))
            # and a known place the tagger took for a person, after a preposition of place: "in Khan Younis"
            if not found and ent.label_ in ("PERSON", "ORG") and ent.start > 0 \
                    and table.doc[ent.start - 1].lower_ in _BEFORE_PLACES | _REGIONS_OF | {"'s", "’s"}:
                # (or a part of it: "evacuate northern Khan Younis"; and a body's tag on a land's province:
                # "in Mozambique's Cabo Delgado")
                found = table.lexicon.lookup_as(name, "Place")
            # and a dateline's city, whatever the tagger made of it: "EL OBEID, Sudan, April 27 (AP) -"
            if not found and (ent.start_char == 0 or text[ent.start_char - 1] == "\n") \
                    and text[ent.end_char: ent.end_char + 2] in (", ", " (", " -"):
                found = table.lexicon.lookup_as(name, "Place")
            key = found[0] if found else None
        words = surface.split(maxsplit=1)
        if key is None and ent.label_ == "ORG" and len(words) == 2 and words[0] in nationalities \
                and (found := table.lexicon.lookup_as(label_of(words[1]), "Organisation")):
            # "Russian Wagner Group": the group the gazetteer knows, its nationality said before it
            key, begin = found[0], end - len(words[1])
            surface, name = text[begin:end], label_of(words[1])
        quarter = _quarter_so_named(table.lexicon, ent)
        if quarter and table.lexicon.lookup(name):
            key = f"{slug(normalise(name))}~place"  # a neighbourhood is no town of the same name elsewhere (as resolve's)
        cls = "Place" if quarter else _entity_class(table, ent, name, key)
        cls = "Person" if titled and cls == "Organisation" else cls
        if key is None and cls in ("Organisation", "Person") and _dateline_city(text, begin, end) \
                and (ent.start_char == begin or text[ent.start_char:begin].strip().lower() == "the"):
            cls = "City"  # "BUTLER, Pennsylvania, July 13 (Reuters) -": a dateline opens with its town, whatever the tagger said
        if cls is None:
            continue
        if cls == "Organisation" and key is None and (whole := re.search(r"\bof (?:the )?(.+)$", name)) is not None \
                and any(table.lexicon.entries[k].cls == "ArmedGroup" for k in table.lexicon.lookup(whole.group(1))):
            cls = "ArmedGroup"  # "the 33rd Front of the FARC": a unit of an armed group is armed
        if key is None and cls == "Organisation" and ent.label_ == "ORG" and (ent[-1].tag_ == "POS" or (
                ent.end < len(table.doc) and table.doc[ent.end].tag_ == "POS")) and table.lexicon.lookup_as(name, "Place"):
            cls = "Place"  # "Representatives of Nagorno-Karabakh's ethnic Armenians": the land's, whatever the tagger said
        if key is None and not quarter and table.lexicon.is_a(cls, "Place") and (found := table.lexicon.lookup_as(name, "Place")):
            key, cls = found[0], table.lexicon.entries[found[0]].cls  # a "person" the context made a place
        if key in table.lexicon.entries:
            name = table.lexicon.entries[key].label
        elif cls == "ArmedGroup" and len(words := name.split()) > 2 and words[-1] in _GROUP_HEADS:
            name = " ".join(words[:-1])  # "the White Army militia" is the White Army named elsewhere
        elif cls == "City" and len(words := name.split()) > 1 and words[-1] in ("village", "town", "city"):
            name = " ".join(words[:-1])  # "stormed Zike village": the village is Zike
        table.add(Mention(Span(begin, end, surface), name, cls, key, table.sentence(ent.start)))


def _foreign_dateline(table: MentionTable, mention: Mention, token: Token) -> bool:
    """A dateline's town in another land than the story's: "BANGKOK (AP) - ... withdrawn from the town" (in Myanmar)."""
    home = table.lexicon.country_of(mention.key)
    return home is not None and _dateline_city(table.document.text, mention.span.begin, mention.span.end) \
        and story_country(table, token) not in (None, home)


def _dateline_city(text: str, begin: int, end: int) -> bool:
    """A name opening a line in capitals, a dateline's city: "THE HAGUE, Nov 21 (Reuters) -"."""
    line = text.rfind("\n", 0, begin) + 1
    return re.fullmatch(r"(?:THE )?", text[line:begin], re.I) is not None and _DATELINE_TAIL.match(text, end) is not None


# What follows a dateline's town: its land and day, the agency, then the dash ("..., Pennsylvania, July 13 (Reuters) - ");
# an agency or a day at least (a section's "CRICKET - " is none).
_DATELINE_TAIL = re.compile(r"(?:,[ \w.'’]{1,40}?){0,3}\s*\([^()\n]{1,40}\)\s*[-–—]+\s"
                            r"|(?:,[ \w.'’]{1,40}?){0,2},\s*[A-Z][a-z]{2,8}\.? \d{1,2}\s*[-–—]+\s")


QUARTER_NOUNS = {"area", "neighbourhood", "neighborhood", "quarter", "suburb", "district"}


def town_and_quarter(table: MentionTable, kind: Token) -> tuple[int, int] | None:
    """The town and the quarter of "the Delmas area of Port-au-Prince", or the other way round where the
    gazetteer knows the first name and not the second: "the Gaza City neighbourhood of Shejaia"."""
    if kind.lemma_.lower() not in QUARTER_NOUNS:
        return None
    named = next((f for c in kind.children if c.dep_ == "compound" and (f := table.at(c)) is not None), None)
    town = next((f for p in kind.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and (f := table.at(o)) is not None), None)
    if named is None or town is None or not all(table.lexicon.is_a(table.mentions[f].cls, "Place") for f in (named, town)):
        return None
    if table.mentions[named].key in table.lexicon.entries and table.mentions[town].key not in table.lexicon.entries:
        return named, town
    return town, named


def _quarter_so_named(lexicon: Lexicon, ent: SSpan) -> bool:
    """A town's quarter named like a town elsewhere: "the Dar es Salaam neighbourhood (of Omdurman)" (but "the
    Gaza City neighbourhood of Shejaia" is the city's, whose quarter is no town the gazetteer knows)."""
    head = ent.root.head
    if ent.root.dep_ != "compound" or head.lemma_.lower() not in _LOCALITY_HEADS - {"area"} or head.i != ent.end:
        return False
    # (with the town it is of named: "Beirut suburb" alone is the town's suburb)
    towns = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return bool(towns) and all(lexicon.lookup_as(label_of(SSpan(ent.doc, o.left_edge.i, o.i + 1).text), "City") for o in towns)


_OPERATION_NOUNS = {"operation", "offensive", "counteroffensive", "campaign", "raid", "strike", "attack", "assault",
                    "mission", "exercise", "drill"}
_NAMING_VERBS = {"call", "name", "dub", "codename", "code-name", "christen"}


def _names_an_operation(ent: SSpan) -> bool:
    """A name given to an operation: "Operation Sindoor", "the operation, called Rising Lion", "the raid,
    code-named Spiderweb"."""
    doc = ent.doc
    if (len(ent) > 1 and ent[0].text == "Operation") or (ent.start > 0 and doc[ent.start - 1].text == "Operation"):
        return True
    verb = ent.root.head
    naming = next((c for c in ent.root.children if c.dep_ == "amod" and c.lemma_.lower() in _NAMING_VERBS), None)
    if naming is not None:  # "the offensive, code-named Iron Fist,", the parser's adjective
        return any(c.lemma_.lower() in _OPERATION_NOUNS for c in ent.root.lefts if c.i < naming.i)
    if ent.root.dep_ not in ("oprd", "dobj", "attr", "xcomp") or verb.lemma_.lower() not in _NAMING_VERBS:
        return False
    # what is so named: the noun the participle or relative clause describes, else the naming verb's subject
    named = [verb.head] if verb.dep_ in ("acl", "relcl") else []
    named += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != ent.root.i]
    return any(n.lemma_.lower() in _OPERATION_NOUNS for n in named)


# The lower-case kind a tagged group's name may end in, which is no part of the name.
_GROUP_HEADS = {"militia", "rebels", "rebel", "group", "fighters", "militants", "insurgents", "gang", "movement"}


# The head noun a name modifies says what it names: "the Xinhua news agency", "the Tass agency".
ORG_HEADS = {"agency": "MediaOrganisation", "newspaper": "MediaOrganisation", "daily": "MediaOrganisation", "television": "MediaOrganisation",
             "broadcaster": "MediaOrganisation", "channel": "MediaOrganisation", "network": "MediaOrganisation",
             "militia": "ArmedGroup", "gang": "ArmedGroup", "cartel": "ArmedGroup",
             "movement": "Organisation", "party": "Organisation",
             "company": "Organisation", "corporation": "Organisation", "firm": "Organisation", "bank": "Organisation",
             "ministry": "Government", "command": "StateForce"}


_NAMED_BUILDINGS = {"hospital", "clinic", "school", "mosque", "church", "prison"}


def _building_named(table: MentionTable, head: Token, words: list[Token]) -> None:
    """"the Kamal Adwan hospital": a building, by a name of two words or more the tagger left untagged (or took for
    a people's); never a known place's ("a Gaza hospital") nor a people's ("a Kuki church")."""
    first, last = words[0].left_edge, words[-1]
    span = table.doc[first.i: last.i + 1]
    if len(span) < 2 or not head.is_lower or any(t.pos_ != "PROPN" or t.i in table.by_token or table.lexicon.lookup(t.text)
                                                 or t.text in table.lexicon.demonyms for t in span) \
            or table.lexicon.lookup(span.text):
        return
    table.add(Mention(table.span(span.start_char, span.end_char), label_of(span.text), "Facility", None,
                      table.sentence(first.i)))


def head_cued_names(table: MentionTable) -> None:
    """A proper noun that modifies an organisation noun names that organisation ("Interfax news agency
    said"), whatever the tagger made of it; the gazetteer's types stand."""
    for token in table.tokens_with("NOUN", set(ORG_HEADS) | set(_PLACE_KIND_HEADS) | {"group", "faction", "wing", "front"}
                                   | _LOCALITY_HEADS | _SETTLEMENT_HEADS | _NAMED_BUILDINGS):
        # (or an acronym: "the VDP volunteer militia")
        words = [c for c in token.lefts if (c.dep_ == "compound" or (c.dep_ == "nmod" and token.lemma_.lower() == "command"))
                 and c.pos_ == "PROPN" and (c.is_title or (
            c.is_upper and len(c) > 1 and c.is_alpha))]
        if not words:
            continue
        if token.lemma_.lower() in _NAMED_BUILDINGS:
            _building_named(table, token, words)
            continue
        if token.lemma_.lower() in _LOCALITY_HEADS:
            # "the Salha area": a place, whatever person the tagger took the name for
            found = table.at(words[-1])
            if found is not None and (m := table.mentions[found]).cls == "Person" and m.key is None and m.ref is None:
                table.mentions[found] = replace(m, cls="Place")
            continue
        if token.lemma_.lower() in _SETTLEMENT_HEADS:
            # "in Kuriga town": a town, whatever people the tagger took the name for (but "a Kuki village" is
            # the people's, named with an article)
            first = words[0].left_edge
            if token.tag_ == "NN" and token.is_lower and len(words) == 1 and not any(c.dep_ == "det" for c in token.lefts) \
                    and not table.lexicon.demonyms.get(first.text) and first.i == token.i - 1:
                _place_named_by_kind(table, words, "City")
            continue
        if (kind := _PLACE_KIND_HEADS.get(token.lemma_.lower())) is not None:
            # ("Helmand and Kandahar provinces" are two, left to the tagger; "Azeri territory" is a people's)
            # (a people's name the tagger gave a district of its own is the district's: "the Kohistan district of
            # northwest Pakistan")
            if token.tag_ == "NN" and not table.lexicon.demonyms.get(words[0].left_edge.text) \
                    and words[0].left_edge.text not in table.lexicon.peoples \
                    and not (words[0].left_edge.ent_type_ == "NORP" and token.lemma_.lower() not in ("district", "province")
                             and not table.lexicon.lookup_as(words[0].left_edge.text, "Place")):
                _place_named_by_kind(table, words, kind)
            continue
        first, last = words[0].left_edge, words[-1]  # "Gran" hangs on "Grif" in "the Gran Grif gang"
        if table.lexicon.demonyms.get(first.text) or first.text in table.lexicon.peoples or any(table.doc[i].pos_ != "PROPN" for i in range(first.i, last.i + 1)):
            continue
        if first.i == last.i and first.lower_ in _FEAST_NAMES:
            continue  # "a Christmas party": a feast's party, no body
        if any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in token.lefts):
            continue  # "a loosely organised ethnic Amhara militia": a people's militia, no name
        if first.i == last.i and (first.lower_ in _PORTFOLIOS or (first.is_sent_start and first.lower_ in _PEOPLES)):
            continue  # "Interior ministry spokesman": the portfolio, whose ministry is the state's; "Clan militias"
        span = table.doc[first.i: last.i + 1]
        found = next((f for w in span if (f := table.at(w)) is not None), None)
        if token.lemma_.lower() == "command":
            if found is not None and table.mentions[found].key is not None:
                continue  # "the Hamas command": the group's own
            span = table.doc[first.i: token.i + 1]  # "Ukraine's Tavria military command": a command, no place
        # (and a faction of an armed group is armed: "the Hafiz Gul Bahadur faction of the Pakistani Taliban")
        armed = _armed_context(token) or any((f := table.at(o)) is not None and table.canonical(f).cls == "ArmedGroup"
                                             for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                                             for o in p.children if o.dep_ == "pobj")
        if token.lemma_.lower() in ("faction", "wing") and not armed:
            continue
        # (a front named in lower case is a unit of the rebels': "the Carlos Patino front", "the Jaime Martinez front")
        armed = armed or (token.lemma_.lower() == "front" and token.is_lower)
        cls = ORG_HEADS.get(token.lemma_.lower()) or ("ArmedGroup" if armed else "Organisation")
        if token.lemma_.lower() in ("agency", "service") and any(c.lower_ in ("intelligence", "security", "spy")
                                                                  for c in token.lefts):
            cls = "StateForce"  # "the Mossad intelligence agency": a state's service, no news agency
        if found is not None and _named_for_a_town(table, table.mentions[found], span, token):
            # "the Medellin cartel", "the Sinaloa cartel": a gang named after its town, not the town
            end = token.idx + len(token)
            table.mentions[found] = Mention(Span(span.start_char, end, table.document.text[span.start_char:end]),
                                            f"{label_of(span.text)} {token.lower_}", cls, None, table.sentence(first.i))
            table.by_token[token.i] = found
            continue
        if found is not None:
            mention = table.mentions[found]
            # a town's name on a news agency names the agency: "the Saba news agency", "Petra news agency"
            outlet = cls == "MediaOrganisation" and mention.cls in PLACE_CLASSES - {"Country"} \
                and any(c.lower_ == "news" for c in token.lefts)
            if (mention.key is None or outlet) and mention.span.begin >= span.start_char \
                    and mention.span.end <= span.end_char and not table.lexicon.is_a(mention.cls, "Organisation"):
                # the tagger's "Grif" (a person) in "the Gran Grif gang" is the gang's whole name
                name = label_of(span.text)
                text = table.document.text[span.start_char:span.end_char]
                table.mentions[found] = replace(mention, span=Span(span.start_char, span.end_char, text), name=name,
                                                cls=cls, key=None)
                for word in span:
                    table.by_token.setdefault(word.i, found)
            elif mention.cls == "Organisation" and mention.key is None and cls != "Organisation" \
                    and mention.name not in PLATFORMS:  # (a "Telegram channel" is someone's, on Telegram)
                # the tagger's body, of the kind its head noun says: "the Al Masirah television"
                table.mentions[found] = replace(mention, cls=cls)
            continue
        name = label_of(span.text)
        keys = table.lexicon.lookup_as(name, "Organisation")
        if token.lemma_.lower() == "front" and not keys:
            name = f"{name} front"  # "the Carlos Patino front", no man of that name
        table.add(Mention(Span(span.start_char, span.end_char, table.document.text[span.start_char:span.end_char]),
                          name, table.lexicon.entries[keys[0]].cls if keys else cls, keys[0] if keys else None,
                          table.sentence(first.i)))


def appositive_names(table: MentionTable) -> None:
    """A name set beside a body's kind, the tagger's place at most inside it: "Khan's party, Pakistan
    Tehreek-e-Insaf, called on supporters" (a party, not Pakistan)."""
    for token in table.tokens_with("NOUN", set(ORG_HEADS) | {"group"}):
        for name in (c for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN"):
            span = table.doc[name.left_edge.i: name.i + 1]
            if len(span) < 2 or not span[0].is_title or table.doc[span.start - 1].text != "," \
                    or any(t.pos_ not in ("PROPN", "PUNCT") or (t.pos_ == "PUNCT" and t.text != "-") for t in span):
                continue
            inside = {f for t in span if (f := table.at(t)) is not None}
            if any(table.mentions[f].cls not in PLACE_CLASSES or table.mentions[f].ref is not None for f in inside):
                continue  # named already: "the rebel group, M23", "the party, the Awami League"
            label = label_of(span.text)
            keys = table.lexicon.lookup_as(label, "Organisation")
            # (what its own name or the noun's words say: "A newly formed militant group, Tehreek-e-Jihad Pakistan")
            cls = ORG_HEADS.get(token.lemma_.lower()) or next(
                (c for c in (org_class(label), org_class(table.doc[token.left_edge.i: token.i + 1].text)) if c != "Organisation"),
                "Organisation")
            mention = Mention(table.span(span.start_char, span.end_char), label,
                              table.lexicon.entries[keys[0]].cls if keys else cls, keys[0] if keys else None,
                              table.sentence(span.start))
            if inside:  # the country its name opens with is none of its own: one mention, the party
                found = min(inside)
                table.mentions[found] = mention
                for word in span:
                    table.by_token[word.i] = found
            else:
                table.add(mention)


def _named_for_a_town(table: MentionTable, mention: Mention, span: SSpan, head: Token) -> bool:
    return ORG_HEADS.get(head.lemma_.lower()) == "ArmedGroup" and mention.cls in PLACE_CLASSES - {"Country"} \
        and span.start_char <= mention.span.begin and mention.span.end <= span.end_char  # "the Wharf Jeremie gang"


_ARMED_WORDS = {"gunman", "militant", "fighter", "insurgent", "attacker", "assailant", "jihadist", "rebel", "attack",
                "ambush", "claim", "bombing", "kill", "abduct", "kidnap"}


def _armed_context(group: Token) -> bool:
    """A "group" named by a proper noun is armed where its words say so: "gunmen belonging to the Dawlah
    Islamiyah group", "the Dawlah Islamiyah group claimed the attack"; else any organisation ("the Adani Group")."""
    if any(c.dep_ in ("compound", "amod") and c.lower_ in _CIVIL_WORKS for c in group.lefts):
        return False  # "the White Helmets rescue group": it counts the dead, whatever killed them
    node = group
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.lower_ == "to" and node.head.lower_ == "according":
            return False  # "killing 16, according to the X group": the source, not the killers
        if node.lemma_.lower() in _ARMED_WORDS:
            return True
    return False


# What a group's work may be called before "group" when it bears no arms: "the White Helmets rescue group".
_CIVIL_WORKS = {"rescue", "aid", "relief", "rights", "humanitarian", "advocacy", "monitoring", "medical", "charity",
                "civil", "research", "lobby", "pressure", "watchdog", "media", "activist"}


# Place nouns whose proper-noun modifiers name a place of that kind: "Cabo Delgado province".
_LOCALITY_HEADS = {"area", "neighbourhood", "neighborhood", "suburb", "quarter"}
_STATE_SERVICES = {"air", "defence", "defense"}  # "the air force", "the national defence force": the state's
_SETTLEMENT_HEADS = {"town", "village"}
_PLACE_KIND_HEADS = {"province": "Province", "district": "District", "state": "Province", "governorate": "Province",
                     "region": "Place", "county": "District", "prefecture": "Province", "oblast": "Province",
                     "territory": "District"}  # (Congo's territories are its districts: "Lubero territory")


# The kinds of land a town may give its name to: "Rakhine state", "the Tillaberi region", "Lubero territory".
_REGION_WORDS = ("state", "province", "region", "district", "governorate", "county", "territory")


def _place_named_by_kind(table: MentionTable, words: list[Token], kind: str) -> None:
    """'northern Mozambique's Cabo Delgado province', 'the Shangla district': a place of that kind, the
    gazetteer's if it knows the name, whatever the tagger made of it (or missed)."""
    first, last = words[0].left_edge, words[-1]
    span = table.doc[first.i: last.i + 1]
    name = label_of(span.text)
    keys = table.lexicon.lookup_as(name, "Place")
    found = table.at(first)
    if found is not None and (m := table.mentions[found]).key is None and m.ref is None \
            and (m.span.begin, m.span.end) == (span.start_char, span.end_char) \
            and (m.cls == "Place" or not table.lexicon.is_a(m.cls, "Place")) \
            and words[-1].head.lower_ in _REGION_WORDS:
        # the tagger's organisation "Rakhine" in "western Rakhine state" is the state (never the town the
        # gazetteer knows by the name: "Rutshuru territory" is the territory, named with its kind)
        wider = [k for k in keys if table.lexicon.entries[k].cls != "City"]
        table.mentions[found] = replace(m, name=table.lexicon.entries[wider[0]].label if wider
                                        else f"{name} {words[-1].head.lower_}" if keys else name,
                                        cls=table.lexicon.entries[wider[0]].cls if wider else kind,
                                        key=wider[0] if wider else None)
        return
    if found is not None and (m := table.mentions[found]).key in table.lexicon.entries and m.ref is None \
            and table.lexicon.entries[m.key].cls == "City" and (m.span.begin, m.span.end) == (span.start_char, span.end_char) \
            and words[-1].head.lower_ in _REGION_WORDS:
        # "the Tillaberi region" is the region named for its town: the gazetteer's region if it has one
        wider = [k for k in keys if table.lexicon.entries[k].cls != "City"]
        # (else named with its kind, which no town's name matches: "Tillaberi region")
        table.mentions[found] = replace(m, name=table.lexicon.entries[wider[0]].label if wider
                                        else f"{name} {words[-1].head.lower_}",
                                        cls=table.lexicon.entries[wider[0]].cls if wider else kind,
                                        key=wider[0] if wider else None)
        return
    if any(table.doc[i].pos_ != "PROPN" or i in table.by_token for i in range(first.i, last.i + 1)):
        return
    if keys and words[-1].head.lower_ in _REGION_WORDS and all(table.lexicon.entries[k].cls == "City" for k in keys):
        # "Mocimboa da Praia district": the district named for the town, named with its kind
        name, keys = f"{name} {words[-1].head.lower_}", ()
    table.add(Mention(Span(span.start_char, span.end_char, table.document.text[span.start_char:span.end_char]),
                      table.lexicon.entries[keys[0]].label if keys else name,
                      table.lexicon.entries[keys[0]].cls if keys else kind, keys[0] if keys else None,
                      table.sentence(first.i)))


def _titled_people(table: MentionTable) -> None:
    """A full name in apposition with a title, or right after one, is a person, whatever the tagger
    made of it: "Ukraine's top commander, Oleksandr Syrskyi,", "Oleksandr Syrskyi, the army chief,",
    "state governor Uba Sani"."""
    for i, m in enumerate(table.mentions):
        words = m.span.text.split()
        if m.key is not None or m.ref is not None or m.cls != "Organisation" or org_class(m.name) != "Organisation" \
                or len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        span = table.tokens(m)
        if span is None:
            continue
        root = span.root
        titled = (root.dep_ == "appos" and root.head.lemma_.lower() in TITLE_NOUNS) or any(
            c.dep_ == "appos" and c.lemma_.lower() in TITLE_NOUNS for c in root.children)
        # or right after one: "Kaduna state governor Uba Sani said"
        before = table.doc[span.start - 1] if span.start > 0 else None
        titled = titled or (before is not None and before.lower_ in TITLE_NOUNS | {"mayor", "councillor"}
                            and before.tag_ in ("NN", "NNP"))
        if titled:
            table.mentions[i] = replace(m, cls="Person")


_NICKNAME = re.compile(r"[\"“]([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)[\"”]")


def consistent_names(table: MentionTable) -> None:
    """Document-level label consistency: one name, one type, and every occurrence found.

    The tagger labels each occurrence on its own, so "Simmons" can be a person in one sentence and
    an organisation in the next, or be missed. Within a document: a name that is the surname of a
    person named in full is that person; otherwise a name takes the type most of its tagged
    occurrences have; and the untagged occurrences of a tagged name (or of a person's surname) are
    mentions too. The gazetteer's types are never overruled.
    """
    _titled_people(table)
    named = [m for m in table.mentions if m.ref is None]
    surnames = {last: m for m in named if m.cls == "Person" and len(m.name.split()) > 1
                for last in surnames_of(m.name) if len(last) > 2}
    # The first word of a full name too, for its type only: "Wang" after "Wang Donghai".
    given = {m.name.split()[0] for m in named if m.cls == "Person" and len(m.name.split()) > 1
             and len(m.name.split()[0]) > 2 and not m.name.split()[0].endswith(".")}
    votes: dict[str, Counter[str]] = {}
    for m in named:
        if m.key is None:
            # what the text calls a town outvotes the tagger: "the city of Jenin" after "Jenin raid" (a person)
            called = m.cls == "City" and any(_called(table, m, noun) for noun in ("city", "town", "village"))
            # (and so does the kind set after it: "Pakistan's Punjab province", after a headline's "Punjab")
            kind = table.document.text[m.span.end: m.span.end + 16].split()[:1]
            called = called or (m.cls in ("Province", "District") and bool(kind) and _PLACE_KINDS.get(kind[0].lower()) == m.cls)
            # (or before it: "the southern state of Guerrero", after a headline's "ambush police in Guerrero")
            kind = re.findall(r"\b([a-z]+) of (?:the )?$", table.document.text[max(0, m.span.begin - 30): m.span.begin])
            called = called or (m.cls in ("Province", "District") and bool(kind)
                                and (_PLACE_KINDS | _DIVISIONS_OF).get(kind[0]) == m.cls)
            # (and a place read where places stand breaks a tie: "in Lakki Marwat" ... "the Lakki Marwat attack")
            where = table.lexicon.is_a(m.cls, "Place") and (read := table.tokens(m)) is not None \
                and read.root.dep_ == "pobj" and read.root.head.lower_ in ("in", "near", "outside")
            # (and a title before it outvotes both: "Prime Minister Sheikh Hasina" ... "Bangladesh's Hasina flees")
            before = table.document.text[max(0, m.span.begin - 20): m.span.begin].split()
            titled = m.cls == "Person" and bool(before) and before[-1].lower().rstrip(".") in TITLES
            votes.setdefault(m.name, Counter())[m.cls] += len(named) if called or titled else 2 if where else 1
    # A name the gazetteer placed elsewhere in the document is that place here too ("displaced from
    # Mellit" after "the town of Mellit"), unless it is part of a person's name.
    placed = {m.span.text: m for m in named if m.key is not None and table.lexicon.is_a(m.cls, "Place")}
    # A group named with its kind is that group without it: "Gran Grif" after "the Gran Grif gang".
    groups = {" ".join(words[:-1]): m for m in named if m.cls in ("ArmedGroup", "Organisation")
              and len(words := m.name.split()) > 2 and words[-1] in _GROUP_HEADS}
    # A body named again without its first word is that body: "the Deterrence Force" after "the Special
    # Deterrence Force" (never a person: "Hamza" is no short "Mahmoud Hamza" here).
    longer: dict[str, set[str]] = {}
    for m in named:
        words = m.name.split()
        if m.cls in _BODIES and len(words) > 2:
            for cut in range(1, len(words) - 1):
                longer.setdefault(" ".join(words[cut:]), set()).add(m.name)
    bodies = {m.name: m for m in named if m.cls in _BODIES}
    # A name the gazetteer knows as a body elsewhere in the document is that body here too, whatever the tagger
    # said: a headline's "Islamic State's second-in-command" (a person, it says).
    known_bodies = {m.span.text: m for m in named if m.key is not None and m.cls in _BODIES}
    # A nickname quoted inside a full name is that person: "Barbecue" after 'Jimmy "Barbecue" Cherizier'.
    nicknames = {nick: m for m in named if m.cls == "Person" for nick in _NICKNAME.findall(m.span.text)
                 if nick != m.name}
    for i, m in enumerate(table.mentions):
        if m.ref is not None or m.key is not None:
            continue
        if len(m.name.split()) == 1 and m.cls in ("Person", "Organisation", "City") \
                and any(_called(table, m, noun) for noun in ("city", "town", "village")):
            table.mentions[i] = replace(m, cls="City")  # "a raid on the village of Kadawa", whoever is named Kadawa since
        elif m.name in nicknames and m.name not in surnames:
            table.mentions[i] = replace(m, name=nicknames[m.name].name, cls="Person")
        elif (m.name in surnames or m.name in given) and m.cls != "Person" and len(m.name.split()) == 1:
            table.mentions[i] = replace(m, cls="Person")
        elif m.cls in _BODIES and len(longer.get(m.name, ())) == 1 and m.name not in longer[m.name]:
            whole = bodies[next(iter(longer[m.name]))]
            table.mentions[i] = replace(m, name=whole.name, cls=whole.cls, key=whole.key)
        elif m.span.text in known_bodies and m.cls in ("Person", "Organisation") and m.name not in surnames:
            body = known_bodies[m.span.text]
            table.mentions[i] = replace(m, name=body.name, cls=body.cls, key=body.key)
        elif m.name in groups and m.cls in ("Person", "Organisation") and m.name not in surnames:
            table.mentions[i] = replace(m, name=groups[m.name].name, cls=groups[m.name].cls)
        elif m.span.text in placed and m.name not in surnames and m.name not in given \
                and m.name.split()[-1] not in _PLACE_KIND_HEADS:  # (not "the Tillaberi region" named for its town)
            place = placed[m.span.text]
            table.mentions[i] = replace(m, name=place.name, cls=place.cls, key=place.key)
        elif m.cls == "Person" and len(m.name.split()) == 1 and m.name not in surnames and m.name not in given \
                and (keys := table.lexicon.lookup_as(m.name, "Place")):
            # News names a person in full first; a lone word no full name explains, which the gazetteer
            # knows as a town, is the town: "RSF fighters entered Mellit".
            entry = table.lexicon.entries[keys[0]]
            table.mentions[i] = replace(m, name=entry.label, cls=entry.cls, key=entry.key)
        elif m.name in votes and votes[m.name][m.cls] < max(votes[m.name].values()):
            table.mentions[i] = replace(m, cls=votes[m.name].most_common(1)[0][0])
        elif m.cls == "StateForce" and m.name in votes and votes[m.name]["ArmedGroup"] == votes[m.name][m.cls]:
            table.mentions[i] = replace(m, cls="ArmedGroup")  # "the White Army militia": an army also a militia
    _acronyms(table)
    _known_as(table)
    # Not a nationality standing for its forces ("Russian drones"): "Russian President" is no force.
    known = {m.span.text: m for m in table.mentions if m.ref is None and len(m.span.text) > 2
             and m.span.text[0].isupper() and m.span.text not in table.lexicon.demonyms}
    for surname, person in [*surnames.items(), *nicknames.items()]:  # (and "Izo vows revenge": Johnson "Izo" Andre)
        known.setdefault(surname, replace(person, span=Span(0, 0, surname)))
    for name, model in list(known.items()):
        known.setdefault(name.upper(), model)  # the same name in a headline: "KLINSMANN"
    if not known:
        return
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in sorted(known, key=len, reverse=True))
                         + r")(?![\w])")
    for match in pattern.finditer(table.document.text):
        span = table.doc.char_span(match.start(), match.end())
        if span is None or any(t.i in table.by_token for t in span):
            continue
        model = known[match.group(0)]
        if model.cls == "Person" and len(span) == 1 and span.root.dep_ in ("compound", "amod") \
                and span.root.head.tag_ == "NNS":
            continue  # "Baloch separatists" after "Mohammad Baloch": a people, not the man
        start = span.start
        if model.cls == "Person":  # the rest of the name before a surname: "D. Lehmann", "Waqar Younis"
            while start > span.start - 3 and start > 0 and start - 1 not in table.by_token and \
                    _name_part(table.doc[start - 1]):
                start -= 1
        begin = table.doc[start].idx
        table.add(Mention(Span(begin, match.end(), table.document.text[begin:match.end()]), model.name, model.cls,
                          model.key, table.sentence(span.start)))


_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z]?[A-Z]{1,5})\s*\)")
_NAME_TAIL = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*|(?:al|wal|wa|el|ad|ash|bin|ibn)-[\w'’-]+|of|the|and|de|du|des|la|le)){1,4}")


def _acronyms(table: MentionTable) -> None:
    """'the Kurdistan Democratic Party (KDP)': the acronym names the same entity, here and later."""
    text = table.document.text
    for m in list(table.mentions):
        if m.ref is not None or len(m.span.text.split()) < 2:
            continue
        # the tagger may stop short of the acronym: "Jama'at [Nusrat al-Islam] wal-Muslimin (JNIM)"
        direct = _ACRONYM.match(text, m.span.end)
        tail = None if direct else _NAME_TAIL.match(text, m.span.end)
        found = direct or (_ACRONYM.match(text, tail.end()) if tail else None)
        if not found:
            continue
        begin, end = found.span(1)
        span = table.doc.char_span(begin, end)
        short = next((table.mentions[j] for t in span if (j := table.by_token.get(t.i)) is not None), None) \
            if span is not None else None
        if m.cls == "Person" and not (m.key is None and short is not None and short.key is not None
                                      and short.cls in ("ArmedGroup", "Organisation", "Government", "StateForce")):
            continue  # "Nusrat al-Islam (JNIM)" is the group the gazetteer knows; a person is no acronym's
        if m.key is None and short is not None and short.key is not None \
                and (short.cls == m.cls or m.cls in ("Person", "Organisation")):  # (a body of no telling type too)
            # "the National Liberation Army (ELN)": the gazetteer knows the acronym; so the long name is it
            for i, other in enumerate(table.mentions):
                if other.span.text == m.span.text and other.key is None:
                    table.mentions[i] = replace(other, name=short.name, cls=short.cls, key=short.key)
            continue
        if not direct:
            continue  # a long name the tagger cut short names nothing new
        if span is not None and not any(t.i in table.by_token for t in span):
            table.add(Mention(Span(begin, end, found.group(1)), m.name, m.cls, m.key, table.sentence(span.start)))
        # Every other "RSF" in the document, before the definition too (a headline), is the same entity,
        # whatever type the tagger gave it; a name the gazetteer knows keeps its own entity.
        for i, other in enumerate(table.mentions):
            if other.span.text == found.group(1) and other.ref is None and other.key is None:
                table.mentions[i] = replace(other, name=m.name, cls=m.cls, key=m.key)


    _initials(table)


def _initials(table: MentionTable) -> None:
    """An acronym never spelt out is the one body whose initials it is: "BLA militants" after "the
    Balochistan Liberation Army"."""
    bodies: dict[str, dict[str, Mention]] = {}
    for m in table.mentions:
        words = [w for w in m.name.split() if w[0].isupper()]
        if m.ref is None and m.cls in _BODIES and len(words) > 1:
            bodies.setdefault("".join(w[0] for w in words), {})[m.name] = m
    for i, other in enumerate(table.mentions):
        text = other.span.text
        if other.ref is None and other.key is None and 1 < len(text) < 7 and text.isupper() and text.isalpha() \
                and len(found := bodies.get(text, {})) == 1:
            body = next(iter(found.values()))
            table.mentions[i] = replace(other, name=body.name, cls=body.cls, key=body.key)


_KNOWN_AS = re.compile(r",?\s+(?:(?:also|better|widely|commonly|locally)\s+)?(?:known|referred to)\s+as\s+[“\"']?")


def _known_as(table: MentionTable) -> None:
    """'Mohamed Hamdan Dagalo, known as Hemedti': the second name is another name of the first entity,
    here and wherever the document uses it, whatever type the tagger gave it."""
    text = table.document.text
    for m in list(table.mentions):
        if m.ref is not None or not (found := _KNOWN_AS.match(text, m.span.end)):
            continue
        after = table.doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
        token = after[0] if after is not None and len(after) and after[0].idx == found.end() else None
        if token is None or not token.is_title:
            continue
        index = table.at(token)
        alias = table.mentions[index].span.text if index is not None else token.text
        for i, other in enumerate(table.mentions):
            if other.span.text == alias and other.ref is None and other.key is None:
                table.mentions[i] = replace(other, name=m.name, cls=m.cls, key=m.key)
        if index is None and token.pos_ == "PROPN":
            table.add(Mention(table.span(token.idx, token.idx + len(token)), m.name, m.cls, m.key,
                              table.sentence(token.i)))


def _name_part(token: Token) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.", token.text)) or (token.pos_ == "PROPN" and token.is_title
                                                          and not token.is_sent_start)


_TIED_WORDS = ("linked", "backed", "affiliated", "allied", "aligned", "inspired", "supported", "funded", "sponsored",
               "armed", "trained")
# ... and "al Qaeda's affiliate in the Sahel": the group the sentence is about is another one
TIED = re.compile(r"[-‐–]\s?(?:" + "|".join(_TIED_WORDS) + r")\b"
                  r"|['’]s\s+(?:\w+\s+)?(?:affiliate|branch|offshoot|franchise|proxy|proxies|splinter|wing|ally|allies)\b"
                  # "an Islamic State affiliate": another group, named for the one it serves
                  r"|\s+(?:affiliate|affiliates|offshoot|franchise|proxy|proxies|splinter)\b")


def _object_of(table: MentionTable, mention: Mention) -> Token | None:
    """The mention's word where it is the object of a preposition (or joined to one that is)."""
    tokens = table.tokens(mention)
    root = tokens.root if tokens is not None else None
    while root is not None and root.dep_ == "conj":
        root = root.head
    return root if root is not None and root.dep_ == "pobj" else None


def _victim(table: MentionTable, mention: Mention) -> bool:
    """A name among those an armed act was done to: the first verb above it is a killing or an attack, and
    the name is in its object ("killed hundreds of soldiers, including members of the Wagner group")."""
    tokens = table.tokens(mention)
    token = tokens.root if tokens is not None else None
    while token is not None and token.head.i != token.i:
        if token.head.pos_ in ("VERB", "AUX") and token.head.dep_ != "prep":  # not "including"
            return token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in table.lexicon.armed_words
        token = token.head
    return False


def _tied_to(table: MentionTable, mention: Mention) -> bool:
    """A name only said to be tied to the group talked of: "Al Shabaab, which is allied with al Qaeda"."""
    root = _object_of(table, mention)
    if root is not None and root.head.head.lower_ in _TIED_WORDS and root.head.head.head.lemma_.lower() in _OUTLETS:
        return False  # "a Telegram channel linked to Wagner said the group's commander ...": the group talked of
    # (and one left behind: "attacked communities and former members of the FARC")
    return root is not None and (root.head.head.lower_ in _TIED_WORDS + ("loyal",) or (root.head.lower_ == "of" and any(
        c.lower_ in ("former", "ex") for c in root.head.head.children)))


_OUTLETS = {"channel", "account", "website", "site", "outlet", "page", "blog", "newspaper", "agency", "media"}


def _backer(table: MentionTable, mention: Mention) -> bool:
    """A name said to back, arm or send: the object of "by", "from" or "with"."""
    root = _object_of(table, mention)
    return root is not None and root.head.lower_ in ("by", "from", "with")


def _the_branch_tied(table: MentionTable, token: Token) -> int | None:
    """The one group the text names that is a branch of the group these fighters are said to be tied to:
    "Al Qaeda-linked militants ... JNIM fighters" (JNIM being al Qaeda's). None where the text names none or
    several."""
    text = table.document.text
    tied = next((found for t in token.lefts for s in t.subtree if (found := table.at(s)) is not None
                 and TIED.match(text, table.mentions[found].span.end) and table.mentions[found].key), None)
    # (or the verb the parser made of it: "Jihadists/nsubj linked to al Qaeda killed ...")
    tying = [c for c in token.children if c.dep_ == "acl"] + ([token.head] if token.dep_ == "nsubj" else [])
    if tied is None:  # or after them: "Jihadist fighters linked to al Qaeda"
        tied = next((found for c in tying if c.lower_ in _TIED_WORDS
                     for o in c.children if o.dep_ == "prep" and o.lower_ in ("to", "with", "by")
                     for p in o.children if (found := table.at(p)) is not None and table.mentions[found].key), None)
    if tied is None:
        return None
    parent = table.mentions[tied].key
    branches = {m.key: i for i, m in enumerate(table.mentions) if m.key and m.key in table.lexicon.entries
                and table.lexicon.entries[m.key].part_of == parent and m.ref is None}
    return next(iter(branches.values())) if len(branches) == 1 else None


_BARE_PLURALS = {"insurgent", "rebel", "militant", "jihadist"}


def _only_group(table: MentionTable, named: list[Mention], token: Token) -> int | None:
    """The one armed group a story names, before a bare plural of its kind that stands alone as a clause's
    subject or object ("insurgents had entered", not "rival rebels", "rebels' positions" or "some rebels")."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in _BARE_PLURALS or any(True for _ in token.lefts) \
            or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return None
    groups = {m.key or m.name for m in named if m.cls == "ArmedGroup" and m.ref is None}
    if len(groups) != 1:
        return None
    return next((i for i, m in enumerate(named) if m.cls == "ArmedGroup" and m.ref is None
                 and m.span.end <= token.idx and table.sentence(token.i) - m.sentence <= 3), None)


def _lands_armed_group(table: MentionTable, token: Token) -> int | None:
    """"The Lebanese group": the last armed group named whose land the demonym says (Hezbollah, Lebanon's)."""
    demonyms = [c for c in token.lefts if c.dep_ == "amod" and c.text in table.lexicon.demonyms]
    if len(demonyms) != 1 or token.i in table.by_token or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
        return None
    land = table.lexicon.demonyms[demonyms[0].text]
    return table.last_before(token.idx, lambda m: m.cls == "ArmedGroup" and m.key in table.lexicon.entries
                             and table.lexicon.entries[m.key].based_in == land)


_ABOUT_SIZE = {"some", "about", "around", "nearly", "almost", "roughly", "over", "more", "up", "at"}


def description_mentions(table: MentionTable) -> None:
    """'the insurgents' -> the last armed group named, else the document's most-named one."""
    text = table.document.text
    # "the al-Qaeda-linked group", "Iran-backed rebels": a name that only says whom they are tied to is
    # not what a later "the militants" refers to.
    named = [m if not (TIED.match(text, m.span.end) or _tied_to(table, m)) else replace(m, cls="") for m in table.mentions]
    focus: dict[str, int] = {}
    counts = Counter(m.key or m.name for m in named if m.cls == "ArmedGroup")
    if counts:
        top = counts.most_common(1)[0][0]
        focus["ArmedGroup"] = next(i for i, m in enumerate(named) if (m.key or m.name) == top)
    # A sentence's first word is tagged a name or an adjective: "Junta aircraft", "Army warplanes".
    # ... or anywhere: "A military drone strike killed 20"
    # ... or "a junta aircraft", the tagger's adjective
    capitalised = [t for pos in ("PROPN", "ADJ") for t in table.tokens_with(pos, {"Junta", "Army", "military", "junta"})
                   if (t.is_sent_start or t.lower_ in ("military", "junta")) and _operated_by(t)]
    for token in sorted(table.tokens_with("NOUN", set(DESCRIPTIONS) | {"group", "force", "agency", "command"} | ALLIANCE_NOUNS)
                        + capitalised, key=lambda t: t.i):
        if token.lemma_.lower() == "agency":
            _agency_of(table, token)
            continue
        if token.lemma_.lower() == "command":
            _command_said(table, token)
            continue
        if token.lemma_.lower() == "monitor" and _monitor_named(table, token):
            continue
        if token.lemma_.lower() == "group" and (_group_named_by_members(table, token) or _armed_named_later(table, token)):
            continue
        if token.lemma_.lower() in ALLIANCE_NOUNS:
            _armed_named_later(table, token)
            continue
        cls = DESCRIPTIONS.get(token.lemma_.lower())
        air = token.lemma_.lower() == "force" and any(c.dep_ == "compound" and c.lower_ in _STATE_SERVICES for c in token.lefts)
        cls = "StateForce" if air else cls  # "the air force said", "the national defence force": the state's, as "the army" is
        if token.lemma_.lower() == "force" and any(c.dep_ in ("amod", "compound") and c.lower_ == "paramilitary"
                                                   for c in token.lefts):
            cls = "ArmedGroup"  # "the paramilitary force has besieged El Fasher": the RSF, as "the paramilitaries"
        if token.i not in table.by_token and (based := _based_group(table, token)) is not None:
            # "Human Rights Watch said ..., the New York-based group said": a group said where it sits
            ref = table.canonical(based)
            start = next((c.idx for c in token.lefts if c.dep_ == "det"), token.idx)
            table.add(Mention(table.span(start, token.idx + len(token)), ref.name, ref.cls, ref.key,
                              table.sentence(token.i), ref=based))
            continue
        # (and a land's group, where an armed group of that land was named: "Hezbollah fired ... The Lebanese group said")
        lands_group = _lands_armed_group(table, token) if token.lemma_.lower() == "group" else None
        if lands_group is not None:
            _refer(table, next((c.idx for c in token.lefts if c.dep_ == "det"), token.idx), token, lands_group)
            continue
        if token.lemma_.lower() == "group" and (any(c.lower_ in _GROUP_MODIFIERS or c.lower_ in _TIED_WORDS
                                                    for c in token.lefts) or (
                not any(c.dep_ in ("amod", "compound", "nummod") for c in token.lefts)
                and table.last_before(token.idx, lambda m: m.cls == "ArmedGroup") is not None)):
            cls = "ArmedGroup"  # "the militant group", "the al-Qaeda-linked group"; "the group" too, once an armed group is named
            # (a one-word "organisation" is too often a name the tagger mistook: "told Wang's family")
            # (nor a name only struck or sat in: "the attack on the Jaffar Express")
            last = table.last_before(token.idx, lambda m: m.cls == "ArmedGroup" or (
                m.cls in _AID_GROUPS and m.ref is None and " " in m.name and not _only_undergoes(table, m)))
            # a body the text itself called a group, if unarmed: "the Fasher Resistance Committee, a
            # pro-democracy group, said the RSF ... raided ..., the group said"
            called = table.last_before(token.idx, lambda m: m.cls in _AID_GROUPS and m.ref is None
                                       and _called(table, m, "group"))
            # (but not the body that accuses "the group": "The Sudan Doctors Network, a medical group, said RSF
            # fighters had killed 1,500 people, accusing the group of genocide")
            accusers = _clause_subjects(table, token) if called is not None else []
            last = called if called is not None and not any(
                alike(a, table.canonical(called)) for a in accusers) else last
            # "the group said" is the group that spoke last: "The Wad Madani Resistance Committees said RSF fighters
            # stormed the village ... , the group said"
            speaker = _last_speaking_group(table, token)
            last = speaker if speaker is not None else last
            armed_act = token.dep_ == "nsubj" and token.head.pos_ == "VERB" \
                and token.head.lemma_.lower() in table.lexicon.armed_words
            if not any(c.dep_ in ("amod", "compound") for c in token.lefts) and last is not None \
                    and table.mentions[last].cls in _AID_GROUPS and not armed_act:
                # "the Sudan Doctors Network said ... the group said", "Medecins Sans Frontieres said ... The
                # group said": the group last named; but a group that seized a city is the armed one, whatever
                # agency spoke last ("..., the World Health Organization said, days after the group seized the city")
                cls = table.mentions[last].cls
        if cls is None and token.lemma_.lower() == "group" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts) \
                and not any(c.dep_ in ("amod", "compound", "nummod") for c in token.lefts) \
                and (body := table.last_before(token.idx, lambda m, s=token.idx: m.cls in _AID_GROUPS and m.ref is None
                                               and " " in m.name and m.span.begin >= s - 600
                                               and not _only_undergoes(table, m))) is not None:
            cls = table.mentions[body].cls  # "killed seven aid workers with the charity World Central Kitchen, the group said"
        if cls is None or token.i in table.by_token or (token.lemma_.lower() in _UNNAMED_ARMED and token.tag_ != "NNS"):
            continue
        det = [c for c in token.lefts if c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that")]
        if cls == "ArmedGroup" and not det and (branch := _the_branch_tied(table, token)) is not None:
            # "Al Qaeda-linked militants" in a story of JNIM, al Qaeda's one branch named: JNIM's fighters
            ref = table.canonical(branch)
            table.add(Mention(table.span(token.idx, token.idx + len(token)), ref.name, ref.cls, ref.key,
                              table.sentence(token.i), ref=branch))
            continue
        if cls == "ArmedGroup" and not det and (only := _only_group(table, named, token)) is not None:
            # "Insurgents led by HTS stormed Aleppo ... the army acknowledged that insurgents had entered":
            # a bare plural in a story of one armed group is its fighters
            ref = table.canonical(only)
            table.add(Mention(table.span(token.idx, token.idx + len(token)), ref.name, ref.cls, ref.key,
                              table.sentence(token.i), ref=only))
            continue
        operated = _operated_by(token)
        # "the city of Kabul" names its own place; "accused the army of bombing" is still the army
        after = table.doc[token.i + 1: token.i + 3]
        # (a headline drops its articles: "Mali junta says army killed dozens of jihadists")
        headlined = cls == "StateForce" and token.tag_ == "NN" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
            and not any(c.dep_ in ("compound", "amod", "poss") for c in token.lefts) and (first_line := headline(text)) is not None and token.idx < first_line.end
        charged = token.dep_ == "dobj" and token.head.lemma_ == "accuse"  # "accused the group of war crimes"
        # (but "the eastern city of two million people" is a city told by its size)
        sized = cls in PLACE_CLASSES and len(after) == 2 and (after[1].like_num or after[1].lower_ in _ABOUT_SIZE)
        if not (det or operated or headlined) or (len(after) == 2 and after[0].lower_ == "of" and after[1].tag_ != "VBG"
                                                  and not charged and not sized):
            continue
        if any((c.dep_ in ("compound", "poss") and not (cls == "ArmedGroup" and c.lower_ in _GROUP_MODIFIERS)
                and not (token.lemma_.lower() == "monitor" and c.lower_ in _MONITORED)
                and not (air and c.lower_ in _STATE_SERVICES)) for c in token.lefts) or (any((t.ent_type_ or t.i in table.by_token) and t.lower_ not in _GROUP_MODIFIERS
                                             for t in token.subtree if t.i < token.i)
                                          and not any(t.lower_ in _TIED_WORDS for t in token.subtree if t.i < token.i)):
            continue  # "the Wagner group", "the group's", "the FARC rebel group"; but "the rebel group" and
            # "the al-Qaeda-linked group" describe
        if token.dep_ in ("amod", "compound") and any(
                (found := table.at(c)) is not None and table.canonical(found).cls == "ArmedGroup"
                for c in token.head.children if c.i < token.i and c.dep_ in ("compound", "poss", "amod")):
            continue  # "Houthi military spokesman Yahya Saree": the group's own, no state's army
        start = det[0].idx if det else token.idx
        if cls == "ArmedGroup" and (believed := _believed_of(table, token)) is not None:
            _refer(table, start, token, believed)  # "The gunmen, believed to be from the ADF, attacked"
            continue
        # A command or unit is part of an army, not "the army": "captured the Northeastern Command ... the military"
        # (nor is a police force "the military": "An Israeli police officer was killed ..., the military said")
        noun = token.lemma_.lower()
        antecedent = table.last_before(start, lambda m, cls=cls, noun=noun: m.cls == cls and not TIED.match(
            text, m.span.end) and not (cls == "StateForce" and _UNIT_NAME.search(m.name)) and not _tied_to(table, m)
            and not (noun in ("military", "army") and "police" in m.name.lower()))
        if noun in _UNNAMED_ARMED and antecedent is not None and _victim(table, table.mentions[antecedent]):
            # "killed hundreds of soldiers, including members of the Russian Wagner group ... the attackers":
            # who attacked, not who was killed
            antecedent = table.last_before(start, lambda m: m.cls == "ArmedGroup" and not TIED.match(text, m.span.end)
                                           and not _tied_to(table, m) and not _victim(table, m))
        if noun in _UNNAMED_ARMED and antecedent is not None and _fought_by(table, token, antecedent):
            # "The VDP militia repelled the attackers": whom it fought off, never itself
            continue
        if noun in _NAMED_BY_NOUN:  # "the Russian Defence Ministry said ... The ministry said"
            # (by its name or by the words that named it: "the U.N. human rights office said ... the office said")
            antecedent = table.last_before(start, lambda m, noun=noun: m.cls in _BODIES and any(
                word in m.name.lower() or (noun == "office" and re.match(r"[\w.]+(?: [\w-]+){0,2} office\b",
                                                                          text[m.span.begin:]) is not None)
                for word in _NAMED_BY_NOUN[noun]))
        kind = _noun_kind(token) if cls == "ArmedGroup" else None
        if kind is not None and antecedent is not None and not _of_kind(table, table.mentions[antecedent], kind):
            # "the rebels" after the mercenaries and the jihadists were named: the last group that is rebels
            fitting = table.last_before(start, lambda m, cls=cls, kind=kind: m.cls == cls and not TIED.match(
                text, m.span.end) and _of_kind(table, m, kind, strict=True))
            antecedent = fitting if fitting is not None else antecedent
            if fitting is None and _unnamed_before(table, token, kind):
                continue  # "clashes with Tuareg separatist rebels ... the separatists said": those, left unnamed
        if cls == "ArmedGroup" and antecedent is not None and (described := _described(table, antecedent)) is not None:
            antecedent = described  # "The Resistance Front, a group ... say is a proxy of Lashkar-e-Taiba ... The group"
        if cls == "City":  # "offensive in Khan Younis, forcing people to flee the city": a place just named
            sentence = table.sentence(token.i)
            # (a city before a region: "withdrawn from El Fasher, the army's last stronghold in Darfur, after
            # the RSF overran the city")
            # (not one of a dateline's pair: "KYIV/MOSCOW (Reuters) - ... shelled the city" is neither)
            here = table.last_before(start, lambda m, n=sentence: m.cls == "City" and m.sentence == n
                                     and not _dateline_pair(text, m))
            # (a region that only owns the speaker is none: "Gaza's Health Ministry said ... in the city")
            # (a region the gazetteer knows is no town: "al Qaeda's affiliate in the Sahel, stormed the outskirts of
            # the town")
            here = here if here is not None else table.last_before(
                start, lambda m, n=sentence: m.cls == "Place" and m.sentence == n and not _owns_only(table, m)
                and m.key not in table.lexicon.entries and text[max(0, m.span.begin - 4):m.span.begin].lower() != "the ")
            # else the place the text called a town when it named it: "the town of Avdiivka ... since it
            # captured Bakhmut ... took control of the town" is Avdiivka
            called = table.last_before(start, lambda m, noun=token.lower_: m.cls in ("City", "Place")
                                       and _called(table, m, noun))
            antecedent = here if here is not None else called if called is not None else antecedent
            if antecedent is not None and (_dateline_pair(text, table.mentions[antecedent])
                                           or _foreign_dateline(table, table.mentions[antecedent], token)):
                antecedent = None
            if antecedent is not None and here is None and called is None \
                    and _dateline_city(text, (dated := table.mentions[antecedent]).span.begin, dated.span.end):
                # (where the reporter files from is none where another town was named: "Russian strikes on Kharkiv ...
                # KYIV (Reuters) - ... hit a recreation area near the city")
                other = table.last_before(start, lambda m, d=dated: m.cls == "City" and m.ref is None
                                          and (m.key or m.name) != (d.key or d.name)
                                          and not _dateline_city(text, m.span.begin, m.span.end))
                antecedent = other if other is not None else antecedent
        elif cls in ("District", "Province"):  # "Mueda district ... fled the district": what the text called one
            called = table.last_before(start, lambda m, noun=token.lower_: m.cls in PLACE_CLASSES - {"Country"}
                                       and _called(table, m, noun))
            if called is not None and _home_only(table, table.mentions[called]):
                # "Most of the dead were from Punjab province ... attacks across the province": where they came
                # from, not the story's province (the one named before it, if one was)
                called = table.last_before(table.mentions[called].span.begin, lambda m, noun=token.lower_: m.cls in
                                           PLACE_CLASSES - {"Country"} and _called(table, m, noun)
                                           and not _home_only(table, m)) or called
            antecedent = antecedent if antecedent is None or not _home_only(table, table.mentions[antecedent]) \
                else called
            antecedent = called if called is not None and (antecedent is None or table.mentions[called].span.begin
                                                           > table.mentions[antecedent].span.begin) else antecedent
        if antecedent is None and cls in focus and token.lemma_.lower() not in _UNNAMED_ARMED:
            if kind is not None and _unnamed_before(table, token, kind) \
                    and not _of_kind(table, table.mentions[focus[cls]], kind, strict=True):
                continue  # "a peace agreement with Tuareg separatist groups ... between the army and the separatists":
                # those, left unnamed, not the mercenaries named after
            antecedent = focus[cls]
        end = token.idx + len(token)
        own = _own_country(table, token) or _speaker_country(table, token) if cls == "StateForce" else None
        if token.lower_ == "military" and token.pos_ == "ADJ" and own is None and antecedent is None \
                and token.head.lemma_.lower() in _ARMED_TITLES and any(
                    m.cls == "ArmedGroup" and m.sentence == table.sentence(token.i) and m.span.end <= token.idx
                    for m in table.mentions):
            continue  # a headline's "Hamas says military chief Deif's death not confirmed": the group's own chief
        if token.lower_ == "military" and token.pos_ == "ADJ" and own is None and antecedent is None:
            # "A military airstrike on a school in Myanmar": the country the sentence names before the
            # story's, which a "BANGKOK (AP) -" dateline would misname
            # (not a backer: "a military offensive backed by the United States ... out of central Somalia")
            sentence = table.sentence(token.i)
            own = next((m.key for m in table.mentions if m.sentence == sentence and m.cls == "Country" and m.key
                        and not _backer(table, m)), None) or story_country(table, token)
        if air and own is None and _downing_told(token):
            own = story_country(table, token, ground=True)  # "the air force said it had shot down 23 of 40 missiles":
            # the defenders', where the missiles flew, not the last land named (the one that fired them)
        if air and own is None and len(_countries_in(table, table.sentence(token.i))) > 1:
            continue  # "Ukrainian forces shot down drones Russia launched, the air force said": whose is not said
        if cls == "StateForce" and (own is not None or air or _country_named_here(table, token, antecedent)
                                    or _foreign_army(table, token, antecedent)):
            antecedent = None  # "In neighbouring Mali, the army ...": Mali's, not the forces named before
        if antecedent is None and cls == "StateForce":
            # "the army" with no force named: the forces of the country last named ("In Mali, the army ..."),
            # or of its own: "the junta in Myanmar"
            forces = _country_forces(table, start, end, token, own)
            if forces is not None:
                table.add(forces)
            continue
        if cls == "ArmedGroup" and antecedent is not None and noun in _FOES_WORDS \
                and (reporter := reporting_subject(token)) is not None \
                and _said_by(table, reporter, table.mentions[antecedent]):
            # "Taliban spokesman Zabihullah Mujahid said the militants were killed": the group's foes, not the group
            antecedent = table.last_before(start, lambda m, cls=cls, reporter=reporter: m.cls == cls and not TIED.match(
                text, m.span.end) and not _tied_to(table, m) and not _said_by(table, reporter, m))
        actors = _clause_subjects(table, token)
        if antecedent is not None and any(alike(actor, table.canonical(antecedent)) for actor in actors):
            # "Russia launched 440 drones at the country": another country than the one that launched them;
            # nor any of those who urge: "The United States and Britain urged their citizens to leave the country"
            antecedent = table.last_before(start, lambda m, cls=cls, actors=actors: m.cls == cls
                                           and not any(alike(actor, m) for actor in actors))
        if antecedent is not None and cls == "Country" and token.dep_ == "pobj" and token.head.lower_ in ("across", "throughout"):
            # "power plants were hit across the country": the story's country, not one named in passing ("Poland
            # scrambled jets")
            # (or the speaker's own: "Lebanon's health ministry said 95 people were killed in Israeli strikes across the
            # country")
            home = _speakers_state(table, token) or story_country(table, token, ground=True)
            if home is not None and home != table.canonical(antecedent).key:
                antecedent = next((i for i, m in enumerate(table.mentions) if m.key == home and m.span.end <= start),
                                  antecedent)
        if antecedent is None and cls == "Country":
            # a country named only through its forces: "Ukraine's air force said Russia had launched 200 drones
            # at the country" is Ukraine
            acting = {actor.key for actor in actors}
            owner = next((state for m in sorted(table.mentions, key=lambda m: -m.span.begin)
                          if m.span.end <= start and m.ref is None and m.cls in ("StateForce", "Government")
                          and (state := state_of(table, m)) in table.lexicon.entries and state not in acting), None)
            if owner is not None:
                entry = table.lexicon.entries[owner]
                table.add(Mention(Span(start, end, table.document.text[start:end]), entry.label, entry.cls, entry.key,
                                  table.sentence(token.i)))
            continue
        if antecedent is None:
            continue
        ref = table.canonical(antecedent)
        table.add(Mention(Span(start, end, table.document.text[start:end]), ref.name, ref.cls, ref.key,
                          table.sentence(token.i), ref=antecedent))


# The bodies of a state that speak for it.
_SPEAKING_BODIES = {"ministry", "government", "army", "military", "police", "presidency", "office", "agency", "authority",
                    "authorities", "forces", "cabinet"}


def _speakers_state(table: MentionTable, token: Token) -> str | None:
    """The state whose institution or forces report the clause a word stands in: "the ministry said ..."."""
    node = token
    while node.dep_ != "ccomp" and node.head.i != node.i:
        node = node.head
    subject = next((c for c in node.head.children if c.dep_ == "nsubj"), None) if node.dep_ == "ccomp" else None
    found = table.at(subject) if subject is not None else None
    if found is None and subject is not None and subject.lemma_.lower() in _SPEAKING_BODIES:
        # (a body not yet named as one, by its land: "Lebanon's health ministry", "the Lebanese army")
        for land in (c for c in subject.children if c.dep_ in ("poss", "compound", "amod", "nmod")):
            if (state := table.lexicon.demonyms.get(land.text)) is not None:
                return state
            if (named := table.at(land)) is not None and table.mentions[named].cls == "Country":
                return table.canonical(named).key
    if found is None:
        return None
    speaker = table.canonical(found)
    return speaker.key if speaker.cls == "Country" else state_of(table, speaker) \
        if speaker.cls in ("Government", "StateForce") else None


def _countries_in(table: MentionTable, sentence: int) -> set[str]:
    """The countries a sentence names, by their places or their forces and governments."""
    return {country for m in table.mentions if m.sentence == sentence and (country := (
        table.lexicon.country_of(m.key) if table.lexicon.is_a(m.cls, "Place") else state_of(table, m))) is not None}


def _monitor_named(table: MentionTable, token: Token) -> bool:
    """'A war monitor said' is the one monitor the story names, even where it names it only later: "..., a war
    monitor said. The Syrian Observatory for Human Rights said 745 civilians were killed"."""
    lefts = [c for c in token.lefts if c.dep_ != "punct"]
    if token.i in table.by_token or not all(c.lower_ in ("a", "an") or (c.dep_ in ("compound", "amod") and c.lower_
                                                                         in _MONITORED) for c in lefts):
        return False
    monitors = {m.key or m.name: i for i, m in enumerate(table.mentions) if m.ref is None and m.cls in _BODIES
                and any(word in m.name.lower() for word in _NAMED_BY_NOUN["monitor"])}
    if len(monitors) != 1:
        return False
    _refer(table, min([c.idx for c in lefts] + [token.idx]), token, *monitors.values())
    return True


# What a group is made of that names no one group: "a rights group", "an aid group", "rebel group".
_GENERIC_MEMBERS = {"right", "rights", "aid", "human", "armed", "rebel", "militant", "advocacy", "lobby", "media",
                    "civil", "society", "pressure", "opposition", "resistance", "militia", "jihadist", "islamist",
                    "terrorist", "ethnic", "local", "activist", "relief", "research", "business", "industry"}


def _group_named_by_members(table: MentionTable, token: Token) -> bool:
    """'A lawyers group says' is the one body the story names by its members, even only later: "Sudan's RSF kills
    over 200, lawyers group says ... the Emergency Lawyers group said"."""
    # (or their possessive: "a lawyers' group said")
    members = [c for c in token.lefts if (c.dep_ == "compound" or (c.dep_ == "poss" and c.tag_ == "NNS")) and c.pos_ == "NOUN"]
    if token.i in table.by_token or len(members) != 1 or members[0].lemma_.lower() in _GENERIC_MEMBERS \
            or any(c.dep_ in ("amod", "poss", "nummod") and c not in members for c in token.lefts):
        return False
    member = members[0].lemma_.lower()
    named = {m.key or m.name: i for i, m in enumerate(table.mentions) if m.ref is None and m.cls in _AID_GROUPS
             and any(word.lower().rstrip("s") == member.rstrip("s") for word in m.name.split())}
    if len(named) != 1:
        return False
    _refer(table, min([c.idx for c in token.lefts] + [token.idx]), token, *named.values())
    return True


def _only_undergoes(table: MentionTable, mention: Mention) -> bool:
    """A body named as an object or a preposition's, never a doer: "the attack on the Jaffar Express"."""
    words = table.tokens(mention)
    root = words.root if words is not None else None
    return root is not None and (root.dep_ == "dobj" or (
        root.dep_ == "pobj" and root.head.lower_ in ("on", "against", "at", "in", "into", "of", "near", "inside")))


def _last_speaking_group(table: MentionTable, token: Token) -> int | None:
    """For "the group" saying something, the body last named as the subject of a saying verb."""
    if token.dep_ != "nsubj" or token.head.lemma_ not in _SAYING:
        return None

    def spoke(m: Mention) -> bool:
        words = table.tokens(m)
        return m.ref is None and (m.cls in _AID_GROUPS or m.cls == "ArmedGroup") and words is not None \
            and words.root.dep_ == "nsubj" and words.root.head.lemma_ in _SAYING
    return table.last_before(token.idx, spoke)


def _armed_named_later(table: MentionTable, token: Token) -> bool:
    """'An ethnic armed group ... said it had captured' before any group is named is the one armed group the
    story names after: "... The Myanmar National Democratic Alliance Army (MNDAA) said its fighters took"."""
    lefts = [c for c in token.lefts if c.dep_ != "punct"]
    if token.i in table.by_token or token.dep_ != "nsubj" or not lefts or lefts[0].lower_ not in ("a", "an"):
        return False
    if token.lemma_.lower() in ALLIANCE_NOUNS:
        # ... or an alliance of them: "An alliance of ethnic minority armed groups in Myanmar said Friday it had captured"
        members = [g for p in token.rights if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                   if g.dep_ == "pobj" and g.lemma_.lower() in ("group", "militia", "rebel", "faction")]
        if len(lefts) > 1 or len(members) != 1:
            return False
        modifiers = [c for c in members[0].lefts if c.dep_ != "punct"]
    else:
        modifiers = lefts[1:]
    if not all(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _GROUP_MODIFIERS | {"ethnic", "minority"} for c in modifiers) \
            or not any(c.lower_ in _GROUP_MODIFIERS for c in modifiers):
        return False
    text = table.document.text
    armed = [i for i, m in enumerate(table.mentions) if m.ref is None and m.cls == "ArmedGroup"
             and not TIED.match(text, m.span.end) and not _tied_to(table, m)]
    if any(table.mentions[i].span.begin < token.idx for i in armed):
        return False
    named = {table.mentions[i].key or table.mentions[i].name: i for i in armed}
    if len(named) != 1:
        return False
    _refer(table, lefts[0].idx, token, *named.values())
    return True


def _refer(table: MentionTable, start: int, token: Token, found: int) -> None:
    """The words from start to the noun stand for the entity mention found refers to."""
    ref = table.canonical(found)
    table.add(Mention(table.span(start, token.idx + len(token)), ref.name, ref.cls, ref.key, table.sentence(token.i),
                      ref=found))


def _command_said(table: MentionTable, token: Token) -> None:
    """'The command said' is the command named last: "U.S. Central Command said ... the command said" (never
    "took the northeastern command", ground taken)."""
    if token.i in table.by_token or token.dep_ != "nsubj" or [c.lower_ for c in token.lefts] != ["the"]:
        return
    named = table.last_before(token.idx, lambda m: m.cls == "StateForce" and m.name.split()[-1] == "Command")
    if named is not None:
        _refer(table, token.left_edge.idx, token, named)


def _agency_of(table: MentionTable, token: Token) -> None:
    """'The U.N. agency' is the agency of the United Nations named last: "Looters ransacked warehouses of the
    World Food Programme, the U.N. agency said" (the WFP spoke, not the UN)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts) or any(c.dep_ == "amod" for c in token.lefts):
        return  # "the U.N. refugee agency" names its own
    if [c.lower_ for c in token.lefts] == ["the"]:
        # the bare "the agency" is the agency or service just named: "A source in Ukraine's SBU security service
        # told Reuters the agency had carried out the attack"
        agency = table.last_before(token.idx, lambda m: m.span.begin >= token.idx - 400 and m.cls in _BODIES - {
            "MediaOrganisation"} and _an_agency(table, m))
        if agency is not None:
            _refer(table, next(iter(token.lefts)).idx, token, agency)
        return
    owner = next((f for c in token.lefts if c.dep_ == "compound" and (f := table.at(c)) is not None), None)
    key = table.canonical(owner).key if owner is not None else None
    if key is None or any(c.dep_ == "compound" and table.at(c) is None for c in token.lefts):
        return
    agency = table.last_before(token.idx, lambda m: m.key is not None and m.key in table.lexicon.entries
                               and table.lexicon.entries[m.key].part_of == key)
    if agency is None:
        return
    _refer(table, next(c.idx for c in token.lefts if c.dep_ == "det"), token, agency)


def _believed_of(table: MentionTable, token: Token) -> int | None:
    """The armed group men are said, between commas, to be from: "The gunmen, believed to be from the Allied
    Democratic Forces," (or "thought to be members of"), however the parser hung the hedge."""
    hedge = next((c for c in token.rights if c.dep_ == "acl" and c.lemma_ in ("believe", "think", "suspect")), None)
    if hedge is None and token.dep_ == "nsubj" and token.head.lemma_ in ("believe", "think", "suspect") \
            and token.i + 1 < len(token.doc) and token.nbor(1).text == ",":
        hedge = token.head
    if hedge is None or not any(c.dep_ == "xcomp" and c.lemma_ == "be" for c in hedge.children):
        return None
    return next((f for t in hedge.subtree if t.i > hedge.i and (f := table.at(t)) is not None
                 and table.canonical(f).cls == "ArmedGroup"), None)


def _an_agency(table: MentionTable, mention: Mention) -> bool:
    """The body is called an agency or a service: "the Federal Security Service", "Ukraine's SBU security service"."""
    span = table.tokens(mention)
    head = span.root.head if span is not None and span.root.dep_ == "compound" else None
    return any(w.lower() in ("agency", "service") for w in mention.name.split()) or (
        head is not None and head.lemma_.lower() in ("agency", "service"))


def _based_group(table: MentionTable, token: Token) -> int | None:
    """The group last named, for "the New York-based group", "the London-based group": where it sits is
    all the description says, so any group will do, armed or not, but one tied to another is no group
    named here ("Islamic State-linked insurgents")."""
    if token.lemma_.lower() != "group" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts) \
            or not any(c.dep_ == "amod" and c.lower_ == "based" for c in token.lefts):
        return None
    text = table.document.text
    return table.last_before(token.idx, lambda m: m.ref is None and (m.cls == "ArmedGroup" or (
        m.cls in _AID_GROUPS and " " in m.name)) and not TIED.match(text, m.span.end) and not _tied_to(table, m))


def subject_at(table: MentionTable, verb: Token | None) -> int | None:
    """The mention at a verb's subject, if it names one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None and verb.pos_ == "VERB" else None
    return table.at(subject) if subject is not None else None


def _clause_subjects(table: MentionTable, token: Token) -> list[Mention]:
    """The named subjects of the verb a description is the object of: "Russia launched drones at the country",
    "the United States and Britain urged their citizens to leave the country"."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head if token.dep_ == "dobj" else None
    if verb is not None and verb.pos_ not in ("VERB", "AUX") and token.dep_ == "pobj":
        verb = clause_verb(verb)  # "targeting energy infrastructure across the country"
    if verb is not None and verb.dep_ in ("advcl", "xcomp") and verb.tag_ in ("VBG", "VB") and subject_at(table, verb) is None:
        # "Russia launched 476 drones, targeting ... across the country"; but the speaker's own participle, hung
        # on what was said: "X said RSF fighters had killed 1,500 people, accusing the group of genocide"
        verb = speakers_participle(verb) or verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    words = [subject, *subject.conjuncts] if subject is not None else []
    found = [f for w in words if (f := table.at(w)) is not None]
    if not found and (one := subject_at(table, verb)) is not None:
        found = [one]
    return [table.canonical(f) for f in found]


SPEAKING_PARTICIPLES = {"accuse", "blame", "say", "add", "claim", "condemn", "deny", "warn", "urge", "describe",
                        "allege", "charge", "call", "vow", "threaten", "insist", "tell"}
# The reporting verbs such a participle follows: "denied that the headquarters had fallen, telling state television".
_REPORTING_HEADS = ("say", "tell", "report", "announce", "deny", "claim", "insist")


def speakers_participle(verb: Token) -> Token | None:
    """The reporting verb a speaker's participle belongs to, where the parser hung it on what was reported:
    "the network said RSF fighters had killed 1,500 people, accusing the group of genocide" (the network
    accuses)."""
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in SPEAKING_PARTICIPLES \
            and verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in _REPORTING_HEADS \
            and verb.head.head.i < verb.head.i:  # (not a trailing "..., accusing residents of ..., said the governor")
        return verb.head.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in SPEAKING_PARTICIPLES:
        # or on the report the speaker's words followed: "Gunmen killed 44 civilians, the government said, blaming
        # an Islamic State affiliate"
        return next((c for c in verb.head.children if c.dep_ == "parataxis" and c.i < verb.i
                     and c.lemma_.lower() in ("say", "tell", "report", "announce")), None)
    return None


def alike(a: Mention, b: Mention) -> bool:
    """Two mentions of one entity: the same gazetteer key, or the same name."""
    return (a.key or a.name) == (b.key or b.name)


# What a description says a group is: "the rebels", "the separatists", "the jihadists", "the mercenaries".
_NOUN_KINDS = {"rebel": "rebel", "separatist": "rebel", "guerrilla": "rebel", "jihadist": "islamist", "islamist": "islamist",
               "mercenary": "mercenary", "militia": "militia", "militiaman": "militia", "paramilitary": "militia",
               "paramilitaries": "militia"}


def _unnamed_before(table: MentionTable, token: Token, kind: str) -> bool:
    """The text told of a group of the kind without naming it, before: "fighting with Tuareg separatist
    rebels" (bare, no name on it)."""
    return any(t.pos_ == "NOUN" and _noun_kind(t) == kind and t.i not in table.by_token
               and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that") for c in t.lefts)
               and not any(w.i in table.by_token for w in t.lefts)
               for t in table.doc[: token.i])


def _noun_kind(token: Token) -> str | None:
    """The kind a description names, by its noun or its modifier ("the rebel group")."""
    return _NOUN_KINDS.get(token.lemma_.lower()) or next(
        (_NOUN_KINDS[c.lower_] for c in token.lefts if c.lower_ in _NOUN_KINDS), None)


def _of_kind(table: MentionTable, mention: Mention, kind: str, strict: bool = False) -> bool:
    """Whether the group can be what the description names: the gazetteer's kinds, or the text's own
    words for it ("Wagner mercenaries", "M23 rebels"). A group of no known kind can be anything,
    unless strict."""
    kinds = set(table.lexicon.entries[mention.key].kinds) if mention.key in table.lexicon.entries else set()
    span = table.tokens(mention)
    if span is not None and span.end < len(table.doc) and (word := _NOUN_KINDS.get(table.doc[span.end].lemma_.lower())):
        kinds.add(word)
    kinds |= {"militia"} if "paramilitary" in kinds else set()
    return kind in kinds if kinds or strict else True


def _fought_by(table: MentionTable, token: Token, antecedent: int) -> bool:
    """The description is the object of a verb whose subject names the antecedent: "X repelled the attackers"."""
    verb = token.head if token.dep_ == "dobj" else token.head.head if token.dep_ == "pobj" else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    who = table.canonical(antecedent)
    return subject is not None and any((found := table.at(t)) is not None and alike(table.canonical(found), who)
                                       for t in subject.subtree)


def _called(table: MentionTable, mention: Mention, noun: str) -> bool:
    """Whether the text named the place with the noun: "the town of Avdiivka", "Avdiivka town"."""
    span = table.tokens(mention)
    if span is None:
        return False
    doc = table.doc
    # ("the mining towns of Barentsburg and Pyramiden": each of them a town)
    before = span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lemma_.lower() == noun
    # and in apposition: "Bukavu, Congo's second-largest eastern city"
    appositive = any(c.dep_ == "appos" and c.lower_ == noun for c in span.root.children)
    return before or appositive or (span.end < len(doc) and doc[span.end].lower_ == noun)


def _operated_by(token: Token) -> bool:
    """'Junta aircraft bombed', 'army troops', 'Military drones': what the army flies or fields is the army's
    (and who speaks for it: 'Junta spokesman Zaw Min Tun')."""
    # and what it does: "junta air strikes", "army shelling"
    # (but "Hamas military chief Mohammed Deif" heads the group's military wing)
    return token.lower_ in ("army", "junta", "military") and token.dep_ in ("compound", "amod") \
        and not (token.i > 0 and token.doc[token.i - 1].ent_type_ == "ORG") \
        and token.head.i in (token.i + 1, token.i + 2) and token.head.lower_ in OPERATED | _STATE_VIOLENCE | {"troops", "soldiers", "spokesman", "spokesperson", "chief"} \
        and all(t.dep_ in ("compound", "amod") for t in token.doc[token.i + 1: token.head.i])


def capital_mentions(table: MentionTable) -> None:
    """'Somalia's capital', 'the capital of Sudan', 'the Sudanese capital', and a bare 'the capital' of
    the country the sentence or story is about: that country's capital city (the gazetteer's)."""
    lexicon = table.lexicon
    for token in table.tokens_with("NOUN", {"capital"}):
        if token.tag_ == "NNS":
            continue  # "has taken the capitals of four of Darfur's five states": several, none named
        if token.i in table.by_token or any(c.dep_ in ("appos", "compound") and (c.pos_ == "PROPN" or table.at(c) is not None)
                                            for c in token.children):
            continue  # "the capital Khartoum", "the capital, Kabul": the city is named
        nxt = table.doc[token.i + 1] if token.i + 1 < len(table.doc) else None
        if nxt is not None and (table.at(nxt) is not None or nxt.pos_ == "PROPN"):
            continue
        country: str | None = None
        region = False  # "Quetta, the capital of Balochistan province": a province's, not the state's
        for child in token.children:
            found = table.at(child) if child.dep_ == "poss" else None
            if child.dep_ == "prep" and child.lower_ == "of":
                # (and the name the kind is told with: "the capital of Sennar state")
                found = next((f for o in child.children for t in [o, *(c for c in o.children if c.dep_ == "compound")]
                              if (f := table.at(t)) is not None), None)
            if found is not None and table.mentions[found].cls == "Country":
                country = table.mentions[found].key
            elif found is not None and table.lexicon.is_a(table.mentions[found].cls, "Place"):
                region = True
            elif child.dep_ in ("amod", "compound") and child.text in lexicon.demonyms:
                country = lexicon.demonyms[child.text]
        if region:
            seat = table.at(token.head) if token.dep_ == "appos" else None
            if seat is not None and table.mentions[seat].cls == "City":
                named_city = table.canonical(seat)
                table.add(Mention(table.span(token.idx, token.idx + len(token)), named_city.name, named_city.cls,
                                  named_city.key, table.sentence(token.i), ref=seat))
            continue
        det = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        bare = country is None and det and not any(c.dep_ in ("amod", "compound", "poss") for c in token.children)
        named = table.last_before(token.idx, lambda m: m.ref is None and m.name in lexicon.capitals
                                  and m.key is not None) if bare else None
        if named is not None:  # "struck Yemen's main airport in Sanaa ... north of the capital": the capital named
            named_city = table.canonical(named)
            table.add(Mention(table.span(token.idx, token.idx + len(token)), named_city.name, named_city.cls,
                              named_city.key, table.sentence(token.i), ref=named))
            continue
        if bare:
            country = story_country(table, token)
        entry = lexicon.entries.get(country) if country else None
        keys = lexicon.lookup_as(entry.capital, "Place") if entry is not None and entry.capital else []
        if keys:
            city = lexicon.entries[keys[0]]
            table.add(Mention(table.span(token.idx, token.idx + len(token)), city.label, city.cls, city.key,
                              table.sentence(token.i)))


def _downing_told(token: Token) -> bool:
    """The sentence tells of things shot down or intercepted."""
    return any(t.lemma_.lower() in ("intercept", "down") or (t.lemma_.lower() == "shoot" and any(
        c.lower_ == "down" for c in t.children)) for t in token.sent)


def story_country(table: MentionTable, token: Token, besides: str | None = None, ground: bool = False) -> str | None:
    """The country a sentence names before the token, else the one the story has named most so far,
    other than `besides`. A named place counts for its country: "Russian forces shelled Kharkiv" is a
    Ukrainian story. With `ground`, the story's country is where things happen, not whose forces came
    (the sentence's own still counts them: "Rwandan soldiers and police")."""
    lexicon = table.lexicon
    # and a state's forces or government count for it: "Sudan's army", "the U.S. State Department"; not
    # a description already read as some country's ("the army" an Israeli minister speaks of)
    # (with `ground`, never the land that acts: "as Russia launched a barrage of strikes across the country")
    countries = [(m.sentence, key, lexicon.is_a(m.cls, "Place"), _vote(table, m))
                 for m in table.mentions
                 if m.span.begin < token.idx and m.ref is None
                 and (key := lexicon.country_of(m.key) if lexicon.is_a(m.cls, "Place") else
                      None if m.span.text[:1].islower() else state_of(table, m)) is not None and key != besides
                 and not (ground and m.sentence == table.sentence(token.i) and _acts(table, m))]
    # (a neighbour across the border is not where the sentence is: "towns in western Mali, near the border
    # with Senegal and Mauritania, and the army said" is Mali's army)
    beyond = _across_border(table, token)
    here = [key for sentence, key, _, _ in countries if sentence == table.sentence(token.i) and key not in beyond]
    story = [(key, vote) for _, key, place, vote in countries if place or not ground]
    if here or not story:
        return here[-1] if here else None
    counts: dict[str, float] = {}
    for key, vote in story:
        counts[key] = counts.get(key, 0.0) + vote
    return max(reversed([key for key, _ in story]), key=lambda k: counts[k])


# What a country's possessive makes its own without placing the story there: "Mali's al Qaeda affiliate".
_GROUP_NOUNS = {"affiliate", "branch", "wing", "offshoot", "franchise"}


def _vote(table: MentionTable, mention: Mention) -> float:
    """How much a mention says the story is its country's: a dateline's city half (where the reporter is, often a
    neighbour's capital: "BAMAKO ... the town of Barsalogho in central Burkina Faso"), a land owning an armed
    group none ("Mali's al Qaeda affiliate", "Lebanon's Hezbollah"), any other mention one."""
    if mention.span.text.isupper() and _dateline_city(table.document.text, mention.span.begin, mention.span.end):
        return 0.5
    words = table.tokens(mention)
    if words is not None and words.root.dep_ == "poss" and (
            words.root.head.lemma_.lower() in _GROUP_NOUNS
            or ((owned := table.at(words.root.head)) is not None and table.mentions[owned].cls == "ArmedGroup")):
        return 0.0
    return 1.0


def _acts(table: MentionTable, mention: Mention) -> bool:
    words = table.tokens(mention)
    return words is not None and words.root.dep_ == "nsubj"


def _across_border(table: MentionTable, token: Token) -> set[str]:
    """The countries a sentence names only as the other side of a border ("the border with Senegal and
    Mauritania", "the Afghan border"), before the token."""
    found: set[str] = set()
    for word in token.sent:
        if word.i >= token.i or word.lemma_.lower() not in ("border", "frontier"):
            continue
        # (the "with" right after the border, wherever the parser hung it: "seized a town on Myanmar's border with China")
        beside = [word.doc[word.i + 1]] if word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ == "with" else []
        sides = [c for w in [*(w for w in word.children if w.dep_ == "prep" and w.lower_ == "with"), *beside]
                 for c in w.children if c.dep_ == "pobj"]
        sides += [c for c in word.lefts if c.dep_ in ("amod", "compound")]
        for side in sides:
            for t in [side, *side.conjuncts]:
                if (at := table.at(t)) is not None and (key := table.lexicon.country_of(table.canonical(at).key)):
                    found.add(key)
    return found


def state_of(table: MentionTable, mention: Mention) -> str | None:
    """The country whose forces or government a mention names ("Sudanese Armed Forces", "Saudi forces")."""
    if mention.cls not in ("StateForce", "Government") or mention.key is None:
        return None
    entry = table.lexicon.entries.get(mention.key)
    home = entry.based_in if entry is not None else mention.key.removesuffix("-forces").removesuffix("-government")
    return table.lexicon.country_of(home)


def government_forces(table: MentionTable) -> None:
    """'government troops', 'federal forces', bare 'police' and 'security forces': the forces of the
    country the sentence or the story is about. Not 'pro-government militias', 'police officers', and
    not where a country is named on the noun already."""
    for token in table.tokens_with("NOUN", {"force", "troop", "soldier", "police"}):
        lefts = [c for c in token.lefts if c.dep_ != "det"]
        # and the country's own police and security forces: "police arrested 200", "security forces fired"
        domestic = (token.lemma_ == "police" and token.dep_ != "compound" and not lefts) or (
            token.lemma_ == "force" and [c.lower_ for c in lefts] == ["security"])
        if token.i in table.by_token or not (domestic or any(c.lower_ in ("government", "federal") for c in lefts)) \
                or any(c.lower_ in ("pro", "anti", "-") or c.ent_type_ or c.dep_ == "poss" for c in token.subtree
                       if c.i < token.i):
            continue
        start = min(c.idx for c in [*lefts, token])
        here = table.sentence(token.i)
        same = table.last_before(start, lambda m, here=here: m.sentence == here and m.cls == "StateForce"
                                 and "police" in m.name.lower()) if token.lemma_ == "police" else None
        # "Police in Kabul said": the country of the place they serve in
        where = next((table.lexicon.country_of(table.mentions[f].key) for prep in token.children
                      if prep.dep_ == "prep" and prep.lower_ == "in" for o in prep.children
                      if (f := table.at(o)) is not None), None)
        # "An Israeli police officer was killed in the operation, police said": Israel's; and "..., police said.
        # Police blamed the Somali Islamist group": the police just heard (unless serving in a place named)
        same = same if same is not None or where is not None or token.lemma_ != "police" else table.last_before(
            start, lambda m, here=here: m.sentence == here - 1 and m.cls == "StateForce" and "police" in m.name.lower())
        if same is not None:
            ref = table.canonical(same)
            table.add(Mention(table.span(start, token.idx + len(token)), ref.name, ref.cls, ref.key,
                              table.sentence(token.i), ref=same))
            continue
        if where is None:  # "Israel stepped up its attacks on government forces": not Israel's
            # (and the police are the country's where things happened, not of forces come from abroad: "A U.S.
            # drone strike killed a commander in Baghdad ..., police said")
            where = story_country(table, token, besides=_attacker_country(table, token), ground=token.lemma_ == "police")
        forces = forces_of(table, where, start, token.idx + len(token), token) if where is not None else None
        if forces is not None:
            table.add(forces)


# The arms a government strikes with: "a government airstrike hit a market", "government shelling".
_GOVERNMENT_ARMS = {"airstrike", "strike", "shelling", "bombardment", "warplane", "jet", "aircraft", "helicopter", "drone",
                    "offensive", "bombing"}


def government_arms(table: MentionTable) -> None:
    """'a government airstrike': the forces of the country the story is about, as 'government forces' are."""
    for token in table.tokens_with("NOUN", _GOVERNMENT_ARMS):
        word = next((c for c in token.lefts if c.lower_ == "government" and c.dep_ in ("compound", "amod", "nmod")
                     and c.i == token.i - 1), None)
        if word is None or table.at(word) is not None or any(
                c.dep_ == "poss" or c.ent_type_ or c.lower_ in ("pro", "anti", "-") for c in token.lefts):
            continue
        where = story_country(table, token, besides=_attacker_country(table, token))
        if where is not None:
            table.add(forces_of(table, where, word.idx, word.idx + len(word), word))


def soldiers_again(table: MentionTable) -> None:
    """"The soldiers" after "Mexican soldiers killed 19 ...": the forces the same word named just before."""
    for token in table.tokens_with("NOUN", {"soldier", "troop"}):
        if token.i in table.by_token or token.tag_ != "NNS" or [c.lower_ for c in token.lefts] != ["the"]:
            continue
        named = table.last_before(token.idx, lambda m, t=token: m.cls == "StateForce" and m.span.begin >= t.idx - 800
                                  and t.lower_ in m.span.text.lower().split())
        if named is not None:
            _refer(table, next(iter(token.lefts)).idx, token, named)


def clause_verb(token: Token) -> Token:
    """The verb of the clause a word stands in (the sentence's root where no verb governs it)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def misplaced_apposition(token: Token) -> bool:
    """An "apposition" the parser hung on a subject though it comes after the subject's verb: in "rebels
    claimed an attack that sank a ship, the second vessel they have sunk" the vessel is not the rebels."""
    subject = token.head
    return token.dep_ == "appos" and subject.dep_ in ("nsubj", "nsubjpass") and subject.i < subject.head.i < token.i


def _attacker_country(table: MentionTable, token: Token) -> str | None:
    """The country whose attack the forces suffer: 'Israel stepped up its attacks on government forces',
    'Russian jets struck government troops'; the attack's clause subject, when a state names it."""
    act = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("on", "against") else (
        token.head if token.dep_ == "dobj" else None)
    if act is None or act.lemma_.lower() not in table.lexicon.event_words:
        return None
    verb = clause_verb(act)
    while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "the military would continue to strike government forces": the military's country is not theirs
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    found = table.at(subject) if subject is not None else None
    if found is None:
        return None
    mention = table.mentions[found]
    return table.lexicon.country_of(mention.key) if mention.cls == "Country" else state_of(table, mention)


def _country_named_here(table: MentionTable, token: Token, forces: int | None) -> bool:
    """A country named earlier in the sentence than "the army" and not the named forces' own."""
    sent = token.sent
    # (not a land struck: "as Israeli air strikes on Lebanon killed 51 and the army chief told troops")
    here = [m for m in table.mentions if m.cls == "Country" and m.key and sent.start_char <= m.span.begin < token.idx
            and not _struck_land(table, m)]
    said = _reported_by(token)
    if said is not None:
        # "... intercepted by Israel and the United States, military spokesman X said": the speaker's
        # words, not those he reports, say whose army he speaks for
        told = {t.i for c in said.children if c.dep_ == "ccomp" for t in c.subtree}
        here = [m for m in here if (found := table.tokens(m)) is None or found.root.i not in told]
    if not here:
        return False
    if forces is None:
        return True
    if table.mentions[forces].sentence == table.sentence(token.i) and table.mentions[forces].span.begin < here[-1].span.begin:
        return False  # "Sudan's army pounded ... as talks in Switzerland continued without the army's participation"
    return _home(table, forces) != here[-1].key


def _struck_land(table: MentionTable, mention: Mention) -> bool:
    words = table.tokens(mention)
    root = words.root if words is not None else None
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in ("on", "against", "into") \
        and root.head.head.lemma_.lower() in _STATE_VIOLENCE | {"attack", "strike", "airstrike"}


def _reported_by(token: Token) -> Token | None:
    """The verb whose subject phrase holds the word ("military spokesman X said"), where the phrase comes
    after what it reports."""
    node = token
    while node.dep_ in ("amod", "compound", "appos", "nmod") and node.head.i != node.i:
        node = node.head
    verb = node.head
    if node.dep_ != "nsubj" or verb.pos_ != "VERB" or node.i < verb.i - 12:
        return None
    return verb if any(c.dep_ == "ccomp" and c.i < node.i for c in verb.children) else None


def _home(table: MentionTable, forces: int) -> str:
    """The country a named force belongs to: its gazetteer base, else the country key of "<demonym> forces"."""
    named = table.mentions[forces]
    home = table.lexicon.entries[named.key].based_in if named.key in table.lexicon.entries else None
    return home or (named.key or "").removesuffix("-forces")


def _foreign_army(table: MentionTable, token: Token, forces: int | None) -> bool:
    """A bare "the army" or "the junta" in a later sentence is the story country's, not the foreign force
    named last: a Malian story's "French troops completed their withdrawal ... The army said" is Mali's army."""
    if forces is None or token.lemma_.lower() not in ("army", "junta") \
            or table.mentions[forces].sentence == table.sentence(token.i) \
            or table.mentions[forces].key and token.lower_ in table.mentions[forces].span.text.lower().split():
        return False  # "Sudan's army ... the army": the same words again, the same army
    country = story_country(table, token)
    return country is not None and _home(table, forces) != country


def _own_country(table: MentionTable, token: Token) -> str | None:
    """The country a description names as its own: "the junta in Myanmar", "the army of Mali"."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found = table.at(obj)
            if found is not None and table.mentions[found].cls == "Country" and table.mentions[found].key \
                    in table.lexicon.entries:
                return table.mentions[found].key
    return None


# Who orders an army about commands his own: "Lebanese President Joseph Aoun ordered the army to confront ..."
_COMMANDING = {"order", "instruct", "direct", "command", "deploy", "dispatch", "call", "mobilise", "mobilize"}


def _speaker_country(table: MentionTable, token: Token) -> str | None:
    """The country of whoever reports the clause "the army" is subject of: "Israeli Defence Minister Israel
    Katz said the army would continue to strike government forces" is Israel's army, whatever the story's
    country; known when the speaker's words name it ("Israeli", "Syria's")."""
    if token.lemma_.lower() not in ("army", "military"):
        return None
    speaker = reporting_subject(token)
    verb = token.head if token.dep_ == "dobj" else token.head.head if token.dep_ == "pobj" and token.head.lower_ == "on" else None
    if speaker is None and verb is not None and verb.lemma_.lower() in _COMMANDING:
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "Lebanese President Joseph Aoun ordered the army"
    if speaker is None:
        return None
    for word in (t for t in speaker.subtree if t.i <= speaker.i):
        if word.text in table.lexicon.demonyms:
            return table.lexicon.demonyms[word.text]
        found = table.at(word)
        if found is not None and table.mentions[found].cls == "Country" and table.mentions[found].key:
            return table.mentions[found].key
    return None


_RANKS = {"troop", "soldier"}
_FLOWN = {"aircraft", "warplane", "jet", "helicopter"}  # crewed: a force reports its own; drones are as often the foe's


def reported_troops(table: MentionTable) -> None:
    """Bare "troops" in what a force or its spokesman reports are that force's: "A spokesman for the army
    said troops had repelled the attackers", "The army said soldiers killed five militants"."""
    for token in table.tokens_with("NOUN", _RANKS | _FLOWN):
        # (and what its forces fly: "Israel's military said aircraft had struck militant targets")
        if token.i in table.by_token or (token.tag_ != "NNS" and token.lemma_ not in _FLOWN) or any(
                c.dep_ in ("compound", "amod", "nmod", "poss", "nummod") for c in token.lefts) \
                or (speaker := reporting_subject(token)) is None:
            continue
        force = next((found for t in speaker.subtree if (found := table.at(t)) is not None
                      and table.mentions[found].cls == "StateForce"), None)
        # or the state whose officer speaks: "Ukraine's top commander Oleksandr Syrskyi said troops were ..."
        officer = speaker.lemma_.lower() in TITLE_NOUNS or any(
            (found := table.at(t)) is not None and table.canonical(found).cls == "Person" for t in speaker.subtree)
        state = next((m.key for t in speaker.subtree if (found := table.at(t)) is not None
                      and (m := table.canonical(found)).cls == "Country" and m.key in table.lexicon.entries), None) \
            if force is None and officer else None
        if force is None and state is None and (found := table.at(speaker)) is not None:
            state = state_of(table, table.canonical(found))  # "The government said troops had retaken the base"
        if force is None and state is not None:
            begin = next((c.idx for c in token.lefts if c.dep_ == "det"), token.idx)
            table.add(forces_of(table, state, begin, token.idx + len(token), token))
            continue
        if force is None:
            continue
        ref = table.canonical(force)
        begin = next((c.idx for c in token.lefts if c.dep_ == "det"), token.idx)
        table.add(Mention(table.span(begin, token.idx + len(token)), ref.name, ref.cls, ref.key,
                          table.sentence(token.i), ref=force))


def _country_forces(table: MentionTable, start: int, end: int, token: Token, own: str | None = None) -> Mention | None:
    # The sentence's own country ("In Mali, the army ..."), else the one the story is about so far:
    # "... near the border with Venezuela. The army said" is still Colombia's army.
    key = own if own is not None else story_country(table, token)
    return None if key is None else forces_of(table, key, start, end, token)


def forces_of(table: MentionTable, country: str, start: int, end: int, token: Token) -> Mention:
    """A mention of a country's forces at these offsets: the gazetteer's national forces, else "<demonym> forces";
    its police for "police"."""
    key, label = _service(table.lexicon, country, token.lower_)
    return Mention(table.span(start, end), label, "StateForce", key, table.sentence(token.i))


_STRIKING = {"attack", "strike", "hit", "target", "sink", "board", "hijack", "raid", "shell", "bomb", "storm", "ambush"}
_VICTIMS = {"people", "civilian", "resident", "villager", "worshipper", "mourner", "passenger", "child", "woman", "man",
            "student", "pupil", "refugee", "migrant", "farmer", "family", "patient", "shopper", "commuter"}


def _the_people_just_hit(token: Token) -> bool:
    """'They' in a time clause on a verb whose object is people: "killed 40 people as they fled the town"."""
    verb = token.head
    while verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        verb = verb.head
    if token.dep_ != "nsubj" or verb.dep_ != "advcl" \
            or not any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in verb.children):
        return False
    hit = next((c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if hit is not None and (hit.pos_ == "NUM" or hit.lower_ in VAGUE or hit.lemma_.lower() in {*SCALE, "dozen"}):
        hit = next((o for p in hit.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children), hit)
    return hit is not None and hit.lemma_.lower() in _VICTIMS  # (and "killing dozens of civilians as they fled")


def pronoun_mention(table: MentionTable, token: Token) -> int | None:
    """Resolve a pronoun argument to the last fitting entity; adds (once) and returns its mention."""
    if token.i in table.by_token:
        return table.by_token[token.i]
    low = token.lower_
    if low in PRONOUNS_PERSON:
        # The last person named within the three sentences before: "he said" -> the last speaker.
        horizon = max(0, token.idx - 600)
        text = table.document.text
        # (never one the report it ends is about: "President Deby was in the palace, he said" is the spokesman)
        reported = _fronted_report(token) if low in ("he", "she") else []
        antecedent = table.last_before(token.idx, lambda m: m.cls == "Person" and m.span.begin >= horizon
                                       and not _cited_name(text, m.span)
                                       and not any(b <= m.span.begin < e for b, e in reported))
        if antecedent is not None and _someone_unnamed(table, token, table.mentions[antecedent].span.end):
            antecedent = None  # "arrested a 15-year-old suspect after he was wounded": the suspect, unnamed
        elif low in ("his", "her") and token.head.lemma_.lower() in _DEATH_NOUNS:
            # "Israel said it had killed Yahya Sinwar ... Katz said ... Hamas did not confirm his death": the
            # one killed, whoever spoke since
            killed = {m.key or m.name for m in table.mentions if m.cls == "Person" and _victim(table, m)}
            dead = table.last_before(token.idx, lambda m: m.cls == "Person" and m.span.begin >= horizon
                                     and (m.key or m.name) in killed)
            antecedent = dead if dead is not None else antecedent
            # (never the one blamed for it: "Western leaders blamed Putin for his death" is Navalny's death)
            blame = token.head.head.head if token.head.dep_ == "pobj" and token.head.head.lower_ == "for" else None
            accused = next((c for c in blame.children if c.dep_ == "dobj"), None) \
                if blame is not None and blame.lemma_ in ("blame", "accuse", "hold") else None
            blamed = table.at(accused) if accused is not None else None
            if antecedent is not None and blamed is not None and table.canonical(antecedent).name == table.canonical(blamed).name:
                gone = {table.canonical(blamed).name, table.mentions[blamed].name, table.mentions[antecedent].name}
                antecedent = table.last_before(token.idx, lambda m: m.cls == "Person" and m.span.begin >= horizon
                                               and m.name not in gone and m.ref is None)
    elif low in ("they", "them", "their") and _the_people_just_hit(token):
        return None  # "killing 1,500 people as they tried to flee": those people, no body named
    elif low == "they" and token.dep_ == "nsubjpass" and token.head.lemma_ in _HARMING and reporting_subject(token) is not None:
        return None  # "the military said ... they had been shot dead by their Hamas captors": the hostages, never the speaker
    elif low in PRONOUNS_OTHER and (speaker := reporting_subject(token)) is not None \
            and not (token.dep_ == "nsubjpass" and token.head.lemma_ in _HARMING) \
            and not (low in ("they", "them", "their") and speaker.tag_ == "NN" and speaker.lemma_.lower() in _BODY_NOUNS):
        # (but a ministry is "it": "the ministry said, adding that they arrested the leader" are the soldiers)
        # (but no speaker reports itself killed: "Israel said they had been killed by their captors" are others)
        # "An armed group said it had captured ...": the one reporting, even unnamed (then nobody),
        # never a place named in between ("... in Myanmar said it had ..."); "Russia's defence ministry
        # said its forces" are Russia's.
        # (but an affiliate unnamed is not the group it is an affiliate of: "an al Qaeda affiliate said it had")
        # (the body's own name before its owner's: "Russia's Wagner mercenary group said it" is Wagner)
        spoken_for = [speaker] + sorted((c for c in speaker.children if c.dep_ in ("poss", "compound", "nmod")
                                         and speaker.lemma_.lower() not in _BRANCH_WORDS), key=lambda c: c.dep_ == "poss")
        if low in ("it", "its"):  # a body, not its spokesman: "Houthi military spokesman Yahya Saree said it would"
            spoken_for = [t for t in spoken_for + [g for c in spoken_for[1:] for g in c.children
                                                   if g.dep_ in ("poss", "compound", "amod")]
                          if (found := table.at(t)) is None or table.canonical(found).cls != "Person"]
        antecedent = next((found for t in spoken_for
                           if (found := table.at(t)) is not None and not _where_from(table, found, speaker, t)), None)
    elif low in ("it", "they") and (sayer := _relative_sayer(table, token)) is not None:
        antecedent = sayer
    elif low in ("it", "they") and (acted := _in_what_it_said(token)) is not None \
            and (own := subject_at(table, acted)) is not None:
        antecedent = own  # "Israel struck Iran ..., in what it said was the start of an operation": Israel said
    elif low in ("its", "their") and (own := _own_subject(table, token)) is not None:
        antecedent = own  # "soldiers who had been fighting alongside the army left their positions": theirs
    elif low == "their" and (verb := _owning_verb(table, token)) is not None and any(
            c.dep_ == "nsubj" and c.tag_ == "NNS" and table.at(c) is None for c in verb.children):
        return None  # "Syrian rebels swept into Aleppo, forcing the army to withdraw, in their biggest offensive": the
        # rebels', named by no name, never the army's just told
    elif low == "them" and token.dep_ == "pobj" and token.head.lower_ == "of" and (
            token.head.head.like_num or token.head.head.lower_ in ("most", "many", "some", "all", "dozens", "hundreds")):
        return None  # "300 Druze, 83 of them executed": some of the people just counted, no body
    elif low == "it" and ((token.dep_ == "nsubj" and token.head.lemma_ == "fall"
                           and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.head.children))
                          or (token.dep_ == "pobj" and token.head.lower_ == "of" and (
                              token.head.head.lemma_ == "control"
                              or any(c.dep_ == "dobj" and c.lemma_ == "control" for c in token.head.head.children)))):
        # "recaptured the town of Kyaukme, four months after it fell to the TNLA": ground, never a body (and
        # "since the RSF took control of it": the state just named); the town before the province it lies in
        # ("the town of Kyaukme in northern Shan state")
        antecedent = next((found for kinds in (("City", "District", "Facility"), ("Province",))
                           if (found := table.last_before(token.idx, lambda m, kinds=kinds: m.cls in kinds
                                                          and m.span.begin >= token.idx - 600)) is not None), None)
        if antecedent is None:
            return None
    elif low in ("it", "them") and token.dep_ == "dobj" and token.head.lemma_.lower() in _GROUND_TAKING:
        # "nearly two years after the RSF seized it": ground (a palace, a town), never a body; the town named
        # in the sentence, if one is: "recaptured the town of Moqokori ..., three months after al Shabaab seized it"
        # (or the name after the verb the parser read as a second subject: "it had recaptured Wad Madani, the capital")
        taken = [t for t in token.sent if t.i < token.i and (t.dep_ == "dobj" or (t.dep_ == "nsubj" and t.i > t.head.i))
                 and t.head.lemma_.lower() in _GROUND_TAKING]
        held = [found for t in taken[-1:] for o in [t, *(c for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                                                         for c in p.children if c.dep_ == "pobj")]
                if (found := table.at(o)) is not None and table.mentions[found].cls in ("City", "Facility", "District")]
        if not held and low == "it" and not taken and token.head.lemma_.lower() in ("besiege", "blockade", "encircle",
                                                                                     "storm", "raid", "loot"):
            # or the town just named, whatever was done to it: "people have fled Djibo since jihadists blockaded it"
            # (or the building: "The South Hospital ... was forced to close after RSF fighters stormed it")
            held = [found for found in [table.last_before(token.idx, lambda m, s=token.sent.start_char: m.span.begin >= s
                                                          and m.cls in ("City", "District", "Facility"))] if found is not None]
        if low == "them" or not held:
            return None  # (the palace, unnamed, of "recaptured the presidential palace in Khartoum")
        antecedent = held[0]
    elif low in PRONOUNS_OTHER:
        sent_start = token.sent.start_char
        # never the noun its own relative clause describes: "its attacks on government forces it accuses of ..."
        described = token.head.head.idx if token.dep_ == "nsubj" and token.head.dep_ == "relcl" else -1
        # nor under another of its names: "the Pakistani Taliban, or TTP, which it blames"
        noun = token.head.head
        # nor anywhere in the noun phrase described: "the 33rd Front of the FARC dissidents, whom it accused"
        whole = noun
        while (whole.dep_ == "pobj" and whole.head.lower_ == "of" and whole.head.head.pos_ in ("NOUN", "PROPN")) \
                or (whole.dep_ == "conj" and whole.head.pos_ in ("NOUN", "PROPN")):
            # (and the whole list: "attacked FARC dissidents and civilians it accused of collaborating")
            whole = whole.head.head if whole.dep_ == "pobj" else whole.head
        described_from = whole.left_edge.idx if described >= 0 else -1
        # and what it is set beside: "the Eternity C, the second vessel it has sunk"
        named = next((found for t in (noun, noun.head if noun.dep_ == "appos" and not misplaced_apposition(noun) else noun)
                      if (found := table.at(t)) is not None), None) if described >= 0 else None
        other_names = (table.canonical(named).key or table.canonical(named).name) if named is not None else None
        # never a name inside the quotation it reports: '"... the Houthis," it said'
        quoted = _quoted_before(token) + _fronted_report(token)
        # nor its own verb's subject: "the army retook it" is not the army
        at_subject = subject_at(table, token.head) if token.dep_ == "dobj" else None
        willing = token.head.head if token.dep_ == "dobj" and token.head.dep_ == "xcomp" else None
        if at_subject is None and willing is not None:
            # "the group threatened to kill them": not the group (nor "said it had taken hostages and threatened to
            # kill them", its subject a pronoun too)
            if willing.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in willing.children):
                willing = willing.head
            wills = next((c for c in willing.children if c.dep_ == "nsubj"), None)
            at_subject = None if wills is None else pronoun_mention(table, wills) \
                if wills.lower_ in PRONOUNS_OTHER else table.at(wills)
        if at_subject is None and token.dep_ == "dobj" and token.head.dep_ == "conj" \
                and not any(c.dep_ == "nsubj" for c in token.head.children):
            first = token.head.head
            at_subject = subject_at(table, first)
            if at_subject is None and first.dep_ == "ccomp" and token.head.tag_ == first.head.tag_ != first.tag_:
                # the speaker's second verb, hung on what was said: "Iraq's government said 16 people were
                # killed in the strikes and condemned them"
                at_subject = subject_at(table, first.head)
        if at_subject is None and (done := _unsaid_doer(token)) is not None:
            at_subject = table.at(done)
        doer = table.canonical(at_subject) if at_subject is not None else None
        # what is attacked may be a site or a ship: "they had sunk the Eternity C ... after attacking it"
        struck = low == "it" and token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in _STRIKING
        main = token.head.head if token.dep_ == "nsubjpass" and token.head.dep_ == "advcl" else None
        told = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None) if main is not None else None
        if struck and told is not None and told.pos_ in ("NOUN", "PROPN"):
            # "the ship was loading grain when it was struck": what the clause is about, named or not
            return table.at(told)
        if struck and any(t.dep_ == "dobj" and t.head.lemma_.lower() in _STRIKING and t.pos_ == "NOUN"
                          and table.at(t) is None for t in token.sent if t.i < token.i):
            # "denied striking the hospital and said a Ukrainian missile had hit it": the thing struck, unnamed
            return None
        def fits(m: Mention) -> bool:
            return (m.cls in ACTOR_CLASSES - {"Person"} or (struck and m.cls == "Facility")) \
                and m.span.begin >= sent_start and m.span.end <= token.idx \
                and (other_names is None or (m.key or m.name) != other_names) and (doer is None or not alike(doer, m)) \
                and not (doer is not None and m.cls == "Country" and m.key is not None and state_of(table, doer) == m.key)
        def free(m: Mention) -> bool:
            return fits(m) and not m.span.begin <= described < m.span.end \
                and not described_from <= m.span.begin <= described and not any(b <= m.span.begin < e for b, e in quoted)
        antecedent = table.last_before(token.idx, free)
        if low == "it" and token.dep_ == "nsubj" and antecedent is not None \
                and _where_only(table, table.mentions[antecedent]):
            # a land named only as where: "Walikale, a mining hub in eastern Congo it captured" is the group's capture
            acting = table.last_before(token.idx, lambda m: free(m) and not _where_only(table, m))
            antecedent = acting if acting is not None else antecedent
        if low == "it" and antecedent is not None and _names_a_craft(table, table.mentions[antecedent], token):
            return None  # "a United Nations-contracted helicopter after it made an emergency landing": the craft
        if low in ("they", "them", "their") and antecedent is not None and table.mentions[antecedent].cls == "Country":
            # a land is "it"; "they" are people under arms: "the settlement Ukrainian troops had held in Russia's
            # Kursk region since their incursion"
            people = table.last_before(token.idx, lambda m: free(m) and m.cls in ("StateForce", "ArmedGroup"))
            antecedent = people if people is not None else antecedent
            if token.dep_ == "nsubjpass" and token.head.lemma_ in _HARMING \
                    and table.mentions[antecedent].cls == "Country":
                return None  # "Israel said they had been killed by their captors": people, no state
        if antecedent is None and quoted and quoted[0][0] <= sent_start + 1:
            # the quotation or report opens the sentence: who spoke before
            antecedent = _previous_subject(table, token, anywhere=True)
            # (a body's "it added"; "they say" is as often people at large)
            antecedent = antecedent if antecedent is not None or low != "it" or not _fronted_report(token) \
                else _last_speaker(table, token)
        if antecedent is None and low in ("it", "its"):
            # a description in the sentence stands for what it refers to: "The army has stepped up its air
            # attacks ... despite a ceasefire it declared" (the army, named in a sentence before)
            antecedent = max(((m.span.begin, m.ref) for m in table.mentions if m.ref is not None
                              and m.span.end <= token.idx and free(replace(table.canonical(m.ref), span=m.span))),
                             default=(0, None))[1]
        if antecedent is None and named is not None:
            # the group a pronoun already stood for: "It accused Kabul of harbouring the TTP, which it blames"
            antecedent = max(((m.span.begin, m.ref) for m in table.mentions if m.ref is not None
                              and fits(replace(table.canonical(m.ref), span=m.span))), default=(0, None))[1]
        if antecedent is None and low in ("they", "them", "their", "it", "its"):
            antecedent = _previous_subject(table, token)
            if antecedent is not None and doer is not None and alike(doer, table.canonical(antecedent)):
                antecedent = None
    else:
        return None
    if antecedent is None:
        return None
    return table.stand_in(token, antecedent)


def _unsaid_doer(token: Token) -> Token | None:
    """Who does the act a pronoun is the object of, when its clause borrows the main clause's subject:
    "the rebels sank the ship after firing on it" (the rebels fired; "it" is never they)."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    if verb.pos_ != "VERB" or verb.tag_ != "VBG" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    main = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head if verb.dep_ == "advcl" else None
    if main is None or main.pos_ != "VERB":
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("for", "of") and main.lemma_.lower() in ("accuse", "blame", "charge"):
        # the accused did it: "blamed the Azov Battalion for blowing it up" (the theatre, not the battalion)
        return next((c for c in main.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return next((c for c in main.children if c.dep_ == "nsubj"), None)


def _relative_sayer(table: MentionTable, token: Token) -> int | None:
    """Who a relative clause's "it" is, when it says or blames: "the army blamed the RSF for the attacks,
    which it said were carried out with drones" (the army); "said it had targeted Hassan Bdeir, who it
    accused of ..." (who targeted him accuses him)."""
    if token.dep_ != "nsubj" or token.head.dep_ != "relcl" \
            or token.head.lemma_ not in ("say", "claim", "allege", "accuse", "blame", "suspect"):
        return None
    main = next((c for c in token.sent.root.children if c.dep_ == "nsubj"), None)
    if main is not None and main.i < token.i and main.lower_ == token.lower_:
        return pronoun_mention(table, main)  # "It accused Kabul of harbouring the TTP, which it blames": the same it
    if token.head.head.dep_ not in ("pobj", "dobj"):
        return None
    verb = clause_verb(token.head.head)
    if verb.dep_ in ("pcomp", "xcomp"):
        return None  # "accused Kabul of harbouring the TTP, which it blames": the accused harbours, the accuser blames
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
    return None if subject is None else table.at(subject) if subject.pos_ != "PRON" else pronoun_mention(table, subject)


# Verbs whose object is ground, never a body: what a pronoun object of theirs cannot stand for.
_GROUND_TAKING = {"seize", "capture", "retake", "recapture", "overrun", "occupy", "besiege", "encircle", "storm",
                  "pound", "shell", "bombard", "raze", "flatten", "conquer", "liberate", "blockade",  # ("after pounding it overnight": the city)
                  "destroy", "demolish", "torch", "blow"}  # ("blamed the Azov Battalion for blowing it up": the theatre)


def _in_what_it_said(pronoun: Token) -> Token | None:
    """The verb whose doer names what it did: "struck Iran, in what it said was ...", "crossed into
    Lebanon in what it called raids". The verb, past the verbs joined to it."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "pcomp" or verb.head.lower_ != "in" \
            or not any(t.lower_ == "what" and t.i < pronoun.i for t in verb.subtree):
        return None
    acted = verb.head.head
    # past the verbs joined to it, and a participle it hangs on: "fired missiles at Israel, sending millions
    # into shelters, in what it said was retaliation": Iran said
    while acted.head.i != acted.i and (acted.dep_ == "conj" or (
            acted.dep_ == "advcl" and acted.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in acted.children))):
        acted = acted.head
    return acted


# Nouns that bring in someone the story does not name: "a man", "a 15-year-old suspect".
_SOMEONE = {"man", "woman", "boy", "girl", "teenager", "suspect", "gunman", "attacker", "assailant", "bomber", "driver",
            "soldier", "policeman", "officer", "guard", "child", "student", "worker", "passenger", "shooter"}


def _someone_unnamed(table: MentionTable, pronoun: Token, after: int) -> bool:
    """A person brought in by "a"/"an" in a clause above the pronoun's, after the last one named."""
    ancestors = {a.i for a in pronoun.ancestors}  # in a clause above the pronoun's, not in what it reports
    return any(t.lemma_.lower() in _SOMEONE and t.tag_ == "NN" and t.idx >= after and t.i not in table.by_token
               and t.head.i in ancestors and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
               and not any(c.dep_ == "appos" for c in t.children)
               for t in pronoun.sent if t.i < pronoun.i)


def _home_only(table: MentionTable, mention: Mention) -> bool:
    """A place named as where people come from: "Most of the dead were from Punjab province"."""
    words = table.tokens(mention)
    root = words.root if words is not None else None
    while root is not None and root.dep_ in ("compound", "amod") and root.head.i == root.i + 1:
        root = root.head  # ("Punjab" of "Punjab province")
    return root is not None and root.dep_ == "pobj" and root.head.lower_ == "from" \
        and root.head.head.lemma_ in ("be", "hail", "come")


def _owns_only(table: MentionTable, mention: Mention) -> bool:
    """A place named as a body's owner: "Gaza's Health Ministry", "Lebanon's army"."""
    words = table.tokens(mention)
    return words is not None and words.root.dep_ == "poss" and words.root.head.pos_ in ("NOUN", "PROPN")


_SERVICES_HEADED = {"army", "military", "police", "navy", "intelligence", "security"}  # "the army chief"
_BODY_NOUNS = {"ministry", "government", "office", "department", "agency", "committee", "commission", "council",
               "presidency", "embassy", "mission"}  # bodies told as "it", never "they"
_HARMING = {"kill", "wound", "injure", "execute", "murder", "shoot"}  # what no speaker reports done to itself
_AVENGING = {"retaliation", "response", "revenge", "reprisal", "retribution"}


def _own_subject(table: MentionTable, token: Token) -> int | None:
    """The subject of the verb whose object a possessive pronoun qualifies: what it does to its own."""
    verb = _owning_verb(table, token)
    found = subject_at(table, verb)
    if found is None or table.mentions[found].cls not in ACTOR_CLASSES - {"Person"} \
            or (token.lower_ == "its" and any(t.tag_ == "NNS" for t in table.tokens(table.mentions[found]) or ())):
        return None
    return found


def _owning_verb(table: MentionTable, token: Token) -> Token | None:
    """The verb whose object (or deed done in) a possessive pronoun qualifies."""
    verb = token.head.head
    if token.dep_ == "poss" and token.head.dep_ == "pobj":
        # "launched missiles at Israel in retaliation for a strike on its consulate": the retaliator's own
        node, avenged = token.head, False
        while node.dep_ in ("pobj", "prep") and node.head.i != node.i and node.head.pos_ != "VERB":
            node = node.head
            avenged = avenged or node.lemma_.lower() in _AVENGING
        verb = node.head
        # (and the doer's own deed it was done in: "launched 300 drones at Israel in its first direct attack")
        deed = node.lower_ in ("in", "as") and token.head.head.i == node.i \
            and token.head.lemma_.lower() in table.lexicon.event_words
        if not (avenged or deed) or node.dep_ != "prep" or verb.pos_ != "VERB":
            return None
        while verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in verb.children) \
                and verb.head.pos_ == "VERB":
            verb = verb.head  # "swept into Aleppo, forcing the army to withdraw, in their biggest offensive": who swept
    elif token.dep_ != "poss" or token.head.dep_ != "dobj":
        return None
    return verb


def _where_from(table: MentionTable, found: int, speaker: Token, modifier: Token) -> bool:
    """"Tuareg rebels said they ...", "Myanmar rebels said they ...": the rebels, not the place they are from."""
    cls = table.mentions[found].cls
    return modifier is not speaker and cls in PLACE_CLASSES and (
        cls != "Country" or DESCRIPTIONS.get(speaker.lemma_.lower()) == "ArmedGroup")


# What a group calls its foes, never itself: "Taliban spokesman Zabihullah Mujahid said the militants were killed".
_FOES_WORDS = {"militant", "insurgent", "terrorist", "jihadist", "extremist", "attacker", "assailant", "gunman", "bandit"}


def _said_by(table: MentionTable, speaker: Token, mention: Mention) -> bool:
    """The body named in the speaker's own words: "Taliban" in "Taliban spokesman Zabihullah Mujahid"."""
    words = speaker.doc[speaker.left_edge.i: speaker.right_edge.i + 1]
    return words.start_char <= mention.span.begin < words.end_char


def reporting_subject(token: Token, quoted: bool = False) -> Token | None:
    """The subject of the verb that reports the pronoun's clause: 'X said it / its fighters seized ...'; of a
    quotation, whoever and wherever: '"We have retaken the base," he told AFP'."""
    owned = token.head
    if token.dep_ == "poss" and owned.dep_ == "pobj" and owned.head.lower_ == "of" and owned.head.head.dep_ in ("nsubj", "nsubjpass"):
        owned = owned.head.head  # "said ... that one of its fighters had carried out the bombing"
    node = token.head if token.dep_ in ("nsubj", "nsubjpass") else (
        owned.head if token.dep_ == "poss" and owned.dep_ in ("nsubj", "nsubjpass") else None)
    while node is not None and node.dep_ in ("conj", "csubj") and node.head.pos_ in ("VERB", "AUX"):
        # "said it had struck ... and that troops had arrested ...": both reported; and "said soldiers
        # escorting the convoy had repelled ...", the participle the parser's subject
        node = node.head
    if node is None or node.dep_ != "ccomp" or node.head.pos_ != "VERB":
        return None
    verb = node.head
    for _ in range(3):
        # the nearest of several: "KYIV (Reuters) - Russia's defence ministry said" is the ministry's
        subject = max((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: c.i, default=None)
        if subject is None and verb.dep_ == "conj" and verb.tag_ != "VBG" and verb.head.pos_ == "VERB":
            verb = verb.head  # "The RSF ... denied targeting civilians and said its forces had clashed": the RSF's
            if token.lower_ in ("it", "its") and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" \
                    and verb.head.tag_ == node.head.tag_ != verb.tag_:
                # the speaker's second saying, hung on what the first reported: "The army acknowledged that the
                # insurgents had entered the city and said dozens of its soldiers had been killed": the army's (a
                # body's "it"; "Trump said the Khans had attacked him and complained that they ..." are the Khans)
                verb = verb.head
            continue
        if subject is not None or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "conj"):
            break
        # "claimed the attack, saying its fighters ...", "issued a statement saying its fighters ...":
        # the one who claimed or issued it
        verb = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj") else verb.head
        verb = verb.head if verb.dep_ == "prep" else verb
    # (the tagger may make a title an adjective: "Sudan's top general ... said")
    if quoted:
        return subject
    return subject if subject is not None and (subject.pos_ in ("NOUN", "PROPN") or subject.lower_ in TITLE_NOUNS) \
        and subject.i < token.i else None


QUOTE_MARKS = frozenset("\"“”‘’'")


def _cited_name(text: str, span: Span) -> bool:
    """A name standing alone in quotation marks is cited, not someone acting: 'used the name "Robert Kling."'."""
    return span.begin > 0 and text[span.begin - 1] in QUOTE_MARKS and any(
        c in QUOTE_MARKS for c in text[span.end: span.end + 2])


def _quoted_before(token: Token) -> list[tuple[int, int]]:
    """The character ranges of the quotations closed before the token in its sentence."""
    sent, out, opened = token.sent, [], None
    for t in sent:
        if t.i >= token.i:
            break
        if t.text in QUOTE_MARKS - {"'", "’"}:
            if opened is None:
                opened = t.idx
            else:
                out.append((opened, t.idx))
                opened = None
    return out


REPORTING = {"say", "add", "tell", "state", "report", "announce", "claim", "note"}
_SAYING = REPORTING - {"claim"}  # what "the group" says as a speaker (a claim is the armed group's own)


def _fronted_report(token: Token) -> list[tuple[int, int]]:
    """The report a pronoun's verb ends, as a character range: "Police found rifles at the site, it added"
    (no name in it says who "it" is)."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ not in REPORTING or verb.i < token.i:
        return []
    fronted = any(c.dep_ == "ccomp" and c.i < token.i for c in verb.children) or (
        verb.dep_ == "parataxis" and verb.head.i < token.i)
    return [(token.sent.start_char, token.idx)] if fronted else []


def _last_speaker(table: MentionTable, token: Token) -> int | None:
    """The body that last reported something, in the three sentences before: "..., the ministry said. Two
    officers were wounded. Police found rifles, it added" is the ministry."""
    sent = token.sent
    for _ in range(3):
        if sent.start == 0:
            return None
        sent = token.doc[sent.start - 1].sent
        for verb in reversed([t for t in sent if t.lemma_ in REPORTING and t.pos_ == "VERB"]):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            found = table.at(subject) if subject is not None else None
            if found is not None and table.mentions[found].cls in ACTOR_CLASSES - {"Person"}:
                return found
    return None


_CRAFT = _AIRCRAFT | VESSELS | {"airliner", "bus", "train", "truck", "car", "convoy", "vehicle", "drone"}


def _names_a_craft(table: MentionTable, mention: Mention, pronoun: Token) -> bool:
    """A name only describing a craft named after it, the last thing before "it": "a UN-contracted helicopter"."""
    words = table.tokens(mention)
    if words is None:
        return False
    craft = words.root
    while craft.dep_ in ("compound", "npadvmod", "amod", "nmod") and craft.head.i > craft.i:
        craft = craft.head
    return craft is not words.root and craft.i < pronoun.i and craft.lemma_.lower() in _CRAFT and table.at(craft) is None


def _where_only(table: MentionTable, mention: Mention) -> bool:
    """A country named as where something is: "a mining hub in eastern Congo"."""
    words = table.tokens(mention) if mention.cls == "Country" else None
    return words is not None and words.root.dep_ == "pobj" and words.root.head.lower_ in ("in", "near", "inside", "across")


def _previous_subject(table: MentionTable, token: Token, anywhere: bool = False) -> int | None:
    """'Taliban gunmen attacked the base. They killed 23 soldiers' ('It denied ...', 'Its fighters ...'): a pronoun opening its clause
    continues the group that was the subject of the sentence before."""
    sent = token.sent
    if sent.start == 0 or (token.i - sent.start > 3 and not anywhere):
        return None
    before = token.doc[sent.start - 1].sent.root
    # (every subject the parser hung there: a long Arabic name may be split into several, after a stray
    # "Al Qaeda-linked")
    for subject in (c for c in before.children if c.dep_ == "nsubj"):
        # (and a leader's office is a body: "Netanyahu's office said ... '...,' it said")
        office = subject.lemma_.lower() == "office"
        for candidate in [subject] + [c for c in subject.children if c.dep_ in ("compound", "amod", "nmod")
                                      or (office and c.dep_ == "poss")]:
            found = table.at(candidate)
            if found is not None and table.mentions[found].cls in ACTOR_CLASSES and (
                    table.mentions[found].cls != "Person" or office):
                return found
    return None


TITLE_NOUNS = {"spokesman", "spokesperson", "spokeswoman", "journalist", "reporter", "correspondent", "official",
               "diplomat", "envoy", "minister", "commander", "general", "president", "analyst", "leader", "governor",
               "ambassador", "officer", "secretary", "director", "chief", "adviser", "advisor", "expert", "mayor",
               "chairman", "prefect"}


def unnamed_people(table: MentionTable, statement_lemmas: set[str]) -> None:
    """Names the model missed but the syntax gives away: the proper-noun subject of 'said'/'told', or a
    proper noun with a title in apposition ('Bilal Sarwary, a Kabul-based journalist')."""
    for token in table.tokens_with("PROPN"):
        if token.i in table.by_token or not token.is_title:
            continue
        speaker = token.dep_ == "nsubj" and token.head.lemma_ in statement_lemmas
        titled = any(c.dep_ == "appos" and c.lemma_.lower() in TITLE_NOUNS for c in token.children)
        if token.lower_ in TITLE_NOUNS or token.lower_ in TITLES:
            continue  # (a title is no name: "Israel's Defense Minister Israel Katz said" is Katz)
        start = token.i
        while start > 0 and table.doc[start - 1].dep_ == "compound" and table.doc[start - 1].pos_ == "PROPN" \
                and table.doc[start - 1].is_title and (start - 1) not in table.by_token \
                and table.doc[start - 1].lower_ not in TITLES:  # "Kharkiv Mayor Ihor Terekhov": the title is not the name
            start -= 1
            if start > 1 and table.doc[start - 1].text == "-" and not table.doc[start - 2].whitespace_ \
                    and not table.doc[start - 1].whitespace_ and table.doc[start - 2].is_title:
                start -= 1  # a given name joined by a hyphen: "Jean-Pierre Sawadogo"
        # or a lower-case title right before it: "Government spokesperson Legesse Tulu did not respond"
        titled = titled or (start > 0 and table.doc[start - 1].is_lower and table.doc[start - 1].pos_ == "NOUN"
                            and table.doc[start - 1].lemma_ in TITLE_NOUNS and start <= table.doc[start - 1].head.i <= token.i)
        if not (speaker or titled):
            continue
        if start == token.i:
            continue  # a single capitalised word is too weak a cue for a person
        span = table.doc[start: token.i + 1]
        if table.lexicon.lookup(span.text):
            continue
        # (a body's name the tagger missed is no person: "Yale's Humanitarian Research Lab said")
        # (nor a body named for its members: "the Emergency Lawyers said")
        cls = org_class(span.text) if token.lower_ in _INSTITUTION_WORDS | _UNIT_WORDS | _BODY_WORDS | _BODY_NAMES else \
            "Organisation" if token.lower_ in _PROFESSIONS else "Person"
        table.add(Mention(table.span(span.start_char, span.end_char), label_of(span.text), cls, None,
                          table.sentence(start)))


def _bears_title(table: MentionTable, mention: Mention, title: str) -> bool:
    """The person's name comes with this title: "regional governor Oleh Syniehubov", "Gladkov, the governor"."""
    return title in _words_by_name(table, mention)


def _bears_other_title(table: MentionTable, mention: Mention, title: str) -> bool:
    """The person's name comes with an office other than this one: "the city's mayor, Ahmad Kahil" is no governor."""
    offices = _words_by_name(table, mention) & TITLE_NOUNS
    return bool(offices) and title not in offices


def _words_by_name(table: MentionTable, mention: Mention) -> set[str]:
    """The lemmas just before a person's name and in its apposition: where its titles are."""
    span = table.tokens(mention)
    if span is None:
        return set()
    before = table.doc[max(span.sent.start, span.start - 5): span.start]
    appositive = [t for c in span.root.children if c.dep_ == "appos" for t in c.subtree]
    return {t.lemma_.lower() for t in [*before, *appositive]}


_PLAIN_TITLE_WORDS = {"regional", "provincial", "local", "state", "senior", "top", "former", "acting", "interim"}


def _title_words(table: MentionTable, mention: Mention) -> set[str]:
    """The words before a person's name: "Sinaloa Governor", "Defence Minister"."""
    span = table.tokens(mention)
    return {t.lower_ for t in table.doc[max(span.sent.start, span.start - 5): span.start]} if span is not None else set()


def _named_later(table: MentionTable, title: Token, start: int) -> int | None:
    """The one person named after the description with its title and its words: "..., the regional
    governor said. Governor Oleksandr Prokudin said ..." (not "Defence Minister Ali Abbas" for the health
    minister)."""
    words = {c.lower_ for c in title.lefts if c.dep_ in ("amod", "compound")} - _PLAIN_TITLE_WORDS
    later = next((i for i, m in enumerate(table.mentions) if m.cls == "Person" and m.ref is None and m.span.begin > start
                  and _bears_title(table, m, title.lemma_.lower()) and words <= _title_words(table, m)), None)
    if later is None:
        return None
    # ... and of the same place: not "the regional governor" of the Kyiv region for "In Kherson, Governor X said"
    here, there = (_places_in(table, n) for n in (table.sentence(title.i), table.mentions[later].sentence))
    return later if not here or not there or here & there else None


def _places_in(table: MentionTable, sentence: int) -> set[str]:
    # (a site is no other region: "the fire at the Lukoil refinery", Governor Andrei Bocharov said)
    return {m.key or m.name for m in table.mentions if m.sentence == sentence and table.lexicon.is_a(m.cls, "Place")
            and m.cls != "Facility"}


def title_descriptions(table: MentionTable) -> None:
    """'the former Canadian diplomat said' -> the last person named, unless an unnamed one
    ('a senior Afghan security official') was introduced in between."""
    for token in table.tokens_with("NOUN", TITLE_NOUNS):
        if token.i in table.by_token:
            continue
        det = [c for c in token.lefts if c.dep_ == "det"]
        if not det or det[0].lower_ != "the" or token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ == "NNS":
            continue  # (never several: "the foreign ministers of Congo and Rwanda signed" are not one man)
        owned = any(c.dep_ == "poss" or table.at(c) is not None for c in token.lefts)
        if owned and (any(c.dep_ == "poss" for c in token.lefts) or (table.last_before(
                det[0].idx, lambda m, s=det[0].idx, t=token: m.cls == "Person" and m.span.begin >= s - 1600
                and _bears_title(table, m, t.lemma_.lower())) is None and _named_later(table, token, det[0].idx) is None)):
            continue  # (but "the army chief" is the man named army chief before: "army chief Gen. Waker-Uz-Zaman"; or
            # after: "the army chief said ... Army chief General Waker-Uz-Zaman said")
        if any(c.dep_ == "appos" and table.at(c) is not None for c in token.rights):
            continue  # named on the spot: "the information minister, Khalid al-Aiser, said"
        if any(a.dep_ == "appos" and (f := table.at(a)) is not None and table.mentions[f].cls == "Person"
               for p in token.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children for a in o.children):
            continue  # or with the parser's name on the office's place: "the acting mayor of Sumy, Artem Kobzar,"
        start = det[0].idx
        antecedent = table.last_before(start, lambda m, s=start: m.cls == "Person" and m.span.begin >= s - 800)
        if antecedent is None:
            antecedent = _named_later(table, token, start)
            if antecedent is None:
                continue
        else:
            # "the governor": the last person named a governor, past a president named since
            titled = table.last_before(start, lambda m, s=start, t=token: m.cls == "Person" and m.span.begin >= s - 1600
                                       and _bears_title(table, m, t.lemma_.lower()))
            if titled is None and any(c.dep_ in ("compound", "amod") and c.lower_ in _PORTFOLIOS for c in token.lefts):
                continue  # "the information minister" is nobody named before without that office
            if titled is None and (owned or any(c.dep_ in ("compound", "amod") and c.lower_ in _SERVICES_HEADED
                                                for c in token.lefts)):
                titled = _named_later(table, token, start)  # "the army chief", a man the story names after
                if titled is None:
                    continue
            if titled is None and _bears_other_title(table, table.mentions[antecedent], token.lemma_.lower()):
                continue  # "the city's mayor, Ahmad Kahil ... the governor said": another office, another man
            antecedent = titled if titled is not None else antecedent
            between = table.doc.char_span(table.mentions[antecedent].span.end, start, alignment_mode="expand") \
                if table.mentions[antecedent].span.end <= start else None
            if between is not None and any(t.lemma_.lower() in TITLE_NOUNS and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.lefts) for t in between):
                continue
        ref = table.canonical(antecedent)
        end = token.idx + len(token)
        table.add(Mention(Span(start, end, table.document.text[start:end]), ref.name, ref.cls, ref.key,
                          table.sentence(token.i), ref=antecedent))
