"""A state's civilian institutions named without a name: "Lebanon's health ministry", "the Iraqi defence
ministry", "the government in Kabul", and a bare "the government" of the country the story is about.

They speak for the state more often than anyone in conflict reporting ("..., the health ministry said"),
so a statement's author should be the ministry, not the country its possessive names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from kg.extract.entities import MentionTable, forces_of, state_of, story_country
from kg.model import Mention, headline

# The head nouns; "regime" and "junta" are left out: they name who rules, not an institution.
INSTITUTION_HEADS = {"government", "ministry", "cabinet", "presidency", "parliament", "council", "office"}
# A government's own words are no qualifier: "the federal government" is the government.
_PLAIN = {"federal", "central", "national", "interim", "transitional", "new", "caretaker", "civilian", "military",
          "current", "previous", "former", "state"}
_SPELLING = {"defense": "defence"}
_SAYS = {"say", "tell", "announce", "confirm", "report"}


def institution_mentions(table: MentionTable) -> None:
    """Add a Government mention for each unnamed state institution whose country the words give, or,
    for a bare "the government", the country the sentence or story is about."""
    # The tagger makes a lower-case "ministry" a proper noun after a demonym ("the Iraqi defence ministry").
    heads = table.tokens_with("NOUN", INSTITUTION_HEADS) + table.tokens_with("PROPN", INSTITUTION_HEADS)
    for token in sorted(heads, key=lambda t: t.i):
        if token.i in table.by_token or token.dep_ in ("compound", "amod") or not token.is_lower \
                or token.tag_ in ("NNS", "NNPS"):
            continue  # "government forces", "ministries", "the Ministry of Defence" (a name the tagger has)
        lefts = [c for c in token.lefts if c.dep_ != "det"]
        if (run := _run_by(table, token, lefts)) is not None:
            table.add(run)  # "the Hamas-run health ministry said": the ministry of those who run it
            continue
        if any(c.lower_ in ("pro", "anti", "opposition", "rebel", "shadow", "parallel", "-") for c in token.subtree
               if c.i < token.i):
            continue  # "anti-government protesters", "the rebel government": not the state's
        if token.lemma_ == "ministry" and not lefts and _the_or_headline(token):
            # "the interior ministry said ... the ministry said": the ministry just named (made here, so
            # after the descriptions were read)
            named = table.last_before(token.idx, lambda m: m.cls == "Government" and "ministry" in m.name.lower())
            if named is not None:
                ref = table.canonical(named)
                start = next((c.idx for c in token.lefts if c.dep_ == "det"), token.idx)
                table.add(Mention(table.span(start, token.idx + len(token)), ref.name, ref.cls, ref.key,
                                  table.sentence(token.i), ref=named))
            continue
        office = token.lemma_ == "office"
        if office and not any(c.lower_ == "government" for c in token.subtree if c.i < token.i):
            continue  # but "Gaza's government media office" is: not the president's or a UN office
        country, qualifiers, start = _owner(table, token, lefts)
        if office:  # (the parser hangs "government" on "media")
            qualifiers = [c.lower_ for c in token.subtree if c.i < token.i and c.dep_ == "compound" and c.pos_ == "NOUN"]
        plain = all(c.lower_ in _PLAIN for c in lefts)  # "the federal government" is the government
        bare = plain if token.lemma_ == "government" else token.lemma_ == "ministry" and len(qualifiers) == len(lefts) > 0
        if country is None and bare and _the_or_headline(token) and not _named_by_prep(token):
            # "the government said", "the interior ministry said", a headline's "..., government says":
            # the story's country's
            # (where things happen, not a land that acts in the sentence: "have fled their homes in Lebanon since
            # Israel escalated its air campaign, the government said" is Lebanon's)
            # (but a defence ministry reports its own forces' deeds: "Turkish warplanes struck 32 targets ... in
            # northern Iraq and Syria, the defence ministry said" is Turkey's)
            country = (_acting_forces(table, token) if "defence" in qualifiers else None) \
                or story_country(table, token, ground=True) or story_country(table, token)
        if country is None or country not in table.lexicon.entries:
            continue
        military = next((c for c in lefts if c.lower_ == "military"), None) if token.lemma_ == "government" else None
        if military is not None:
            # "Niger's military government" is the junta, the land's forces ruling, as "Niger junta" is
            table.add(forces_of(table, country, start, token.idx + len(token), military))
            continue
        table.add(_mention(table, token, country, qualifiers, start))
    _headline_ministries(table)


def _headline_ministries(table: MentionTable) -> None:
    """A headline's bare "health ministry says" is the ministry its body names: "the Gaza health ministry said"
    (never another land's guessed from the story)."""
    top = headline(table.document.text)
    if top is None:
        return
    for index, mention in enumerate(table.mentions):
        if mention.cls != "Government" or mention.ref is not None or mention.key is None or mention.span.end > top.end \
                or not mention.span.text.islower() or not mention.key.endswith("-ministry"):
            continue
        portfolio = "-".join(mention.key.split("-")[-2:])  # "health-ministry"
        named = next((m for m in table.mentions if m.cls == "Government" and m.span.begin >= top.end and m.key
                      and m.key != mention.key and m.key.endswith("-" + portfolio)), None)
        if named is not None:
            table.mentions[index] = replace(mention, name=named.name, key=named.key)


_RUNNING = {"run", "control", "led", "lead", "administer"}  # "Hamas-run", "Houthi-controlled", "Taliban-led"


def _run_by(table: MentionTable, token: Token, lefts: list[Token]) -> Mention | None:
    """A ministry of those who run it, where no state does: "the Hamas-run health ministry", "the Houthi-controlled
    interior ministry"."""
    running = next((c for c in lefts if c.lemma_.lower() in _RUNNING and c.dep_ in ("compound", "amod")), None)
    if running is None or token.lemma_ != "ministry":
        return None
    found = next((f for g in running.children if (f := table.at(g)) is not None), None)
    if found is None or table.canonical(found).cls not in ("ArmedGroup", "Government", "Organisation"):
        return None
    group = table.canonical(found)
    words = _portfolio(lefts, running)
    if not words:
        # a headline's bare "Hamas-run ministry says" is the one the story names after: "the Hamas-run health ministry"
        words = next((named for t in table.doc if t.i > token.i and t.lemma_.lower() == "ministry"
                      for r in t.lefts if r.lemma_.lower() in _RUNNING and r.dep_ in ("compound", "amod")
                      if any((g := table.at(c)) is not None and table.canonical(g).key == group.key for c in r.children)
                      and (named := _portfolio(list(t.lefts), r))), [])
    name = f"{group.name} {' '.join(w.capitalize() for w in [*words, 'ministry'])}"
    key = f"{group.key}-{'-'.join([*words, 'ministry'])}" if group.key else None
    start = min(c.idx for c in [*running.subtree, token])
    return Mention(table.span(start, token.idx + len(token)), name, "Government", key, table.sentence(token.i))


def _portfolio(lefts: list[Token], running: Token) -> list[str]:
    """The words of a run ministry's portfolio: "health" of "the Hamas-run health ministry"."""
    return [c.lower_ for c in lefts if c.i != running.i and c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ", "PROPN")]


def _owner(table: MentionTable, token: Token, lefts: list[Token]) -> tuple[str | None, list[str], int]:
    """The country the institution belongs to, its qualifying words ("health") and where the words start."""
    country: str | None = None
    qualifiers: list[str] = []
    start = token.idx
    for child in lefts:
        found = table.at(child)
        mention = table.mentions[found] if found is not None else None
        if mention is not None and mention.key and (mention.cls == "Country" or (
                token.lemma_ in ("ministry", "office") and table.lexicon.is_a(mention.cls, "Place"))):
            country = mention.key  # and a territory's own ministry: "the Gaza health ministry", and office
            if child.dep_ != "poss":
                start = min(start, mention.span.begin)  # "the US government"; "Lebanon's" stays the country's
        elif child.text in table.lexicon.demonyms:
            country, start = table.lexicon.demonyms[child.text], min(start, child.idx)
        elif (whole := child.doc[child.left_edge.i: child.i + 1]).text in table.lexicon.demonyms:
            country, start = table.lexicon.demonyms[whole.text], min(start, whole.start_char)  # "the South African government"
        elif mention is not None or (child.pos_ == "PROPN" and not child.is_lower):
            return None, [], start  # "the Taliban government", "the Hamas-run government": not a state's
        elif child.dep_ in ("compound", "amod") and child.pos_ in ("NOUN", "ADJ", "PROPN"):  # "defence", as tagged
            if child.lower_ not in _PLAIN:
                qualifiers.append(_SPELLING.get(child.lower_, child.lower_))
            start = min(start, child.idx)
    if country is None:
        country = _country_of_prep(table, token)
    return country, qualifiers, start


def _acting_forces(table: MentionTable, token: Token) -> str | None:
    """The country whose forces are the subject of a verb in the sentence, before the token."""
    here = table.sentence(token.i)
    for k, mention in enumerate(table.mentions):
        words = table.tokens(mention) if mention.sentence == here and mention.span.end <= token.idx else None
        doer = words.root if words is not None and words.root.dep_ == "nsubj" else words.root.head \
            if words is not None and words.root.dep_ in ("amod", "compound") else None  # ("Turkish warplanes")
        if doer is not None and doer.dep_ == "nsubj" and mention.cls == "StateForce" \
                and (state := state_of(table, table.canonical(k))) is not None:
            return state
        if doer is not None and doer.dep_ == "nsubj" and mention.cls == "Country" and mention.key is not None \
                and any(v.lemma_.lower() in _WAGING for v in (doer.head, *(c for c in doer.head.children if c.dep_ == "conj"))):
            return mention.key  # "Turkey carried out air strikes ..., the defence ministry said": Turkey's (and "Turkey
            # blamed the PKK ... and hours later carried out air strikes")
    return None


# Verbs a state wages war by, its own defence ministry reporting: "Turkey carried out air strikes".
_WAGING = {"carry", "launch", "conduct", "strike", "bomb", "attack", "fire", "shell", "hit", "target"}


def _the_or_headline(token: Token) -> bool:
    """'the government', or a headline's bare 'government says', which drops the article."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts) or (
        not any(c.dep_ == "det" for c in token.lefts) and token.dep_ == "nsubj" and token.head.lemma_ in _SAYS)


def _named_by_prep(token: Token) -> bool:
    """'the government of Ethiopia', 'the government in Tripoli': named, though not by a country."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in token.children)


def _country_of_prep(table: MentionTable, token: Token) -> str | None:
    """'the government of Sudan' -> Sudan; 'the government in Kabul' -> the country Kabul is the capital of."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found = table.at(obj)
            if found is None or (key := table.mentions[found].key) is None:
                continue
            entry = table.lexicon.entries.get(key)
            if entry is not None and entry.cls == "Country":
                return key
            return table.lexicon.capitals.get(entry.label) if entry is not None else None
    return None


def _mention(table: MentionTable, token: Token, country: str, qualifiers: list[str], start: int,
             head: str | None = None) -> Mention:
    entry = table.lexicon.entries[country]
    demonym = entry.demonyms[0] if entry.demonyms else entry.label
    head = head or token.lemma_.lower()
    known = table.lexicon.national_government(country) if head == "government" and not qualifiers else None
    if known is not None:
        name, key = known.label, known.key
    else:
        words = [*qualifiers, head]
        name = f"{demonym} {' '.join(w.capitalize() for w in words)}" if head == "ministry" else f"{demonym} {' '.join(words)}"
        key = f"{country}-{'-'.join(words)}"
    end = token.idx + len(token)
    return Mention(table.span(start, end), name, "Government", key, table.sentence(token.i))


# A defence department named without its country: the Pentagon's names in a US story, another
# country's ministry in a story about that country ("the Defense Department said" in a Mexican story).
_DEFENCE = re.compile(r"(?:the )?(?:(?P<who>[A-Z][\w.]*(?: [A-Z]\w*)??)(?:'s|’s)? )?"
                      r"(?:defen[cs]e (?:department|ministry)|(?:department|ministry) of defen[cs]e)", re.I)


def foreign_defence_departments(table: MentionTable) -> None:
    """'The Defense Department' is the Pentagon only where the story is American; elsewhere it is the
    defence ministry of the country named with it ("the Mexican Defense Department") or, unqualified, of
    the country the story is about."""
    for index, mention in enumerate(table.mentions):
        match = _DEFENCE.fullmatch(mention.span.text)
        if match is None or mention.ref is not None or mention.cls != "Government" or (
                mention.key is not None and mention.key != "pentagon"):
            continue
        who = match.group("who")
        country = (table.lexicon.demonyms.get(who) or next(iter(table.lexicon.lookup_as(who, "Place")), None)
                   if who else None)
        if who and (country is None or table.lexicon.entries[country].cls != "Country"):
            continue
        words = table.tokens(mention)
        if words is None:
            continue
        # (the state whose forces the sentence tells of acting, before the lands they acted in: "Turkish warplanes
        # struck PKK targets in Iraq and Syria, the Defence Ministry said" is Turkey's)
        country = country or next((state for m in table.mentions if m.sentence == mention.sentence and m.ref is None
                                   and m.cls == "StateForce" and m.span.begin < mention.span.begin
                                   and (state := state_of(table, m)) in table.lexicon.entries), None)
        country = country or story_country(table, words[0])
        if country == "united-states" and "pentagon" in table.lexicon.entries:
            pentagon = table.lexicon.entries["pentagon"]  # "the U.S. Defense Department", a name the tagger has
            table.mentions[index] = replace(mention, name=pentagon.label, key=pentagon.key)
        elif country is not None and country in table.lexicon.entries:
            found = _mention(table, words.root, country, ["defence"], mention.span.begin, head="ministry")
            table.mentions[index] = replace(found, span=mention.span, sentence=mention.sentence)


_PORTFOLIO_MINISTRY = re.compile(r"(?P<portfolio>[A-Z][a-z]+) Ministry")


def owned_ministries(table: MentionTable) -> None:
    """"Syria's Health Ministry": the tagger's capitalised ministry, with no country of its own, is the
    possessing country's (as "Lebanon's health ministry" is)."""
    for index, mention in enumerate(table.mentions):
        match = _PORTFOLIO_MINISTRY.fullmatch(mention.span.text)
        if match is None or mention.ref is not None or mention.key is not None or mention.cls != "Government" \
                or (words := table.tokens(mention)) is None:
            continue
        country = next((m.key for c in words.root.children if c.dep_ == "poss" and (f := table.at(c)) is not None
                        and table.lexicon.is_a((m := table.mentions[f]).cls, "Place") and m.key in table.lexicon.entries),
                       None)  # (and a territory's: "Gaza's Health Ministry")
        if country is not None:
            portfolio = match.group("portfolio").lower()
            found = _mention(table, words.root, country, [_SPELLING.get(portfolio, portfolio)], mention.span.begin)
            table.mentions[index] = replace(found, span=mention.span, sentence=mention.sentence)


def civil_defence_mentions(table: MentionTable) -> None:
    """"The Gaza civil defence agency said", "Gaza's civil defence said": the rescue service of the land its words
    name (of one named with another such words in the story, for a headline's bare "civil defence says"); never
    the land itself speaking."""
    # (and by its other English name: "the Gaza civil emergency service said")
    phrases = [t for t in table.doc if (t.lower_ in ("defence", "defense") or (
                   t.lower_ == "emergency" and t.dep_ == "compound" and t.head.lemma_.lower() in ("agency", "service")))
               and t.i not in table.by_token and any(c.lower_ == "civil" and c.dep_ in ("amod", "compound") for c in t.lefts)]
    owned = []
    for token in phrases:
        head = token.head if token.dep_ == "compound" and token.head.lemma_.lower() in ("agency", "service", "authority") \
            else token
        owner = next((f for t in head.subtree if t.i < token.i and (f := table.at(t)) is not None
                      and table.lexicon.is_a(table.canonical(f).cls, "Place")), None)
        owned.append((token, head, owner))
    known = next((table.canonical(o) for _, _, o in owned if o is not None), None)
    for token, head, owner in owned:
        place = table.canonical(owner) if owner is not None else known
        if place is None or place.key is None:
            continue
        start = next((c.idx for c in head.lefts if c.dep_ == "det"), min(t.idx for t in head.subtree if t.i <= token.i))
        end = head.idx + len(head)
        found = table.add(Mention(table.span(start, end), f"{place.name} Civil Defence", "Government",
                                  f"{place.key}-civil-defence", table.sentence(token.i)))
        for word in head.subtree:
            if word.idx >= start and word.i <= head.i:
                table.by_token[word.i] = found  # (over the land's own words in it)


# What a capital does only as its government: "Moscow denied", "Washington and Kyiv agreed".
_GOVERNING_VERBS = {"accuse", "blame", "deny", "condemn", "threaten", "agree", "respond", "retaliate", "reject",
                    "sanction", "insist", "recognise", "recognize", "expel", "summon", "vow", "pledge", "refuse",
                    "negotiate", "demand", "welcome", "send", "deploy", "supply",
                    # a capital that wages war is its state: "Washington has carried out 800 strikes", "Moscow launched"
                    "launch", "carry", "conduct", "wage", "strike", "attack", "bomb", "invade", "shell", "fire",
                    # and takes or gives up ground: "the only regional capital Moscow had captured"
                    "capture", "recapture", "seize", "retake", "annex", "occupy", "withdraw",
                    # and fends off or steps up attacks: "Moscow had been repelling drone attacks", "Kyiv has stepped up"
                    "repel", "intercept", "step", "intensify", "escalate"}

# What only states are parties to, between capitals: "talks between Kinshasa and the rebels".
_PARTIES_TO = {"talk", "negotiation", "dialogue", "agreement", "deal", "ceasefire", "truce", "war", "conflict",
               "tension", "relation", "summit", "accord", "pact"}

# ... and what only a government is told or blamed for.
_ADDRESSED = {"accuse", "blame", "urge", "warn", "ask", "criticise", "criticize", "condemn", "sanction", "threaten",
              "tell", "press", "pressure"}


def capital_speakers(table: MentionTable, statement_lemmas: set[str]) -> None:
    """A capital city that speaks or acts as a state is its country: "Moscow said", "Washington warned".
    Everywhere else it stays the city: "drones struck Kyiv", "talks in Doha"."""
    capitals = table.lexicon.capitals
    for index, mention in enumerate(table.mentions):
        if mention.cls != "City" or mention.key is None or mention.ref is not None:
            continue
        entry = table.lexicon.entries.get(mention.key)
        country = capitals.get(entry.label) if entry is not None else None
        if entry is None or country is None or country != table.lexicon.country_of(mention.key):
            continue  # Washington, Utah is no capital
        span = table.tokens(mention)
        if span is None:
            continue
        token = span.root
        while token.dep_ == "conj" and token.head.dep_ in ("nsubj", "conj", "pobj"):
            token = token.head  # "Washington and Kyiv agreed"
        verb = token.head.lemma_.lower()
        if token.dep_ == "poss" and verb in ("force", "troop", "army", "military", "soldier", "drone", "missile", "jet", "warplane"):
            # "Kyiv's forces have been withdrawing": the state's, as "Ukraine's forces" are
            forces = forces_of(table, country, mention.span.begin, mention.span.end, token.head)
            table.mentions[index] = replace(mention, name=forces.name, cls=forces.cls, key=forces.key)
            continue
        by = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "agent" else None
        if (token.dep_ == "nsubj" and verb in statement_lemmas | _GOVERNING_VERBS) or (
                # the doer of a passive: "talks mediated by Washington", "strikes carried out by Moscow"
                by is not None and by.lemma_.lower() in _GOVERNING_VERBS | {"mediate", "broker", "host"}) or (
                token.dep_ == "dobj" and verb in _ADDRESSED) or (  # "accused Moscow of ...", "urged Washington to ..."
                # a party to talks or a war: "talks between Kinshasa and the rebels"
                token.dep_ == "pobj" and verb == "between" and token.head.head.lemma_.lower() in _PARTIES_TO):
            state = table.lexicon.entries[country]
            table.mentions[index] = replace(mention, name=state.label, cls="Country", key=country)


def government_country(table: MentionTable, index: int) -> str | None:
    """The country a Government mention belongs to: the gazetteer's, or the one its key was made from."""
    mention = table.canonical(index)
    if mention.cls != "Government" or mention.key is None:
        return None
    entry = table.lexicon.entries.get(mention.key)
    if entry is not None:
        return entry.based_in
    prefixes = [k for k, e in table.lexicon.entries.items() if e.cls == "Country" and mention.key.startswith(k + "-")]
    return max(prefixes, key=len, default=None)


def government_forces_at(table: MentionTable, owner: int, token: Token) -> int | None:
    """'its forces' of a ministry or government: the country's forces ("Russia's defence ministry said
    its forces had taken Avdiivka")."""
    country = government_country(table, owner)
    if country is None or country not in table.lexicon.entries:
        return None
    return table.add(forces_of(table, country, token.idx, token.idx + len(token), token))


def commander_forces_at(table: MentionTable, person: int, token: Token) -> int | None:
    """'his forces' of a person titled by a state, its army or an armed group: "Burundi's president Evariste Ndayishimiye
    said his troops ...", "Sudan's army chief Abdel Fattah al-Burhan said his forces ..." are that state's."""
    words = table.tokens(table.canonical(person))
    if words is None or table.mentions[person].cls != "Person":
        return None
    sent = words.sent
    for word in reversed(table.doc[max(sent.start, words.start - 6): words.start]):
        found = table.at(word)
        # (or its people's word: "Russian President Vladimir Putin ... his forces")
        state = table.lexicon.demonyms.get(word.text) if found is None and word.ent_type_ == "NORP" else None
        if state is not None and state in table.lexicon.entries:
            return table.add(forces_of(table, state, token.idx, token.idx + len(token), token))
        if found is None:
            continue
        owner = table.canonical(found)
        if owner.cls in ("StateForce", "ArmedGroup"):
            return found  # and a group's: "SDF commander Mazloum Abdi said his forces would not withdraw"
        if owner.cls == "Country" and owner.key in table.lexicon.entries:
            return table.add(forces_of(table, owner.key, token.idx, token.idx + len(token), token))
        return None  # another name between: not the title's
    return None
