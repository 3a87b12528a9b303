"""Event triggers: the ontology's trigger lexicon, matched on lemma or lower-case form.

A hash lookup over token arrays rather than a spaCy Matcher: the lexicon is a few hundred short
sequences, and scanning every token of every document is the hot path of extraction.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from kg.lexicon import Lexicon, Trigger
from kg.vocab import SENTENCING

_POS = {"v": {"VERB", "AUX"}, "n": {"NOUN", "PROPN"}}
_NOMINAL = {"nsubj", "nsubjpass", "dobj", "pobj"}
_CLAUSE_PREPS = {"before", "after", "without", "while", "upon"}  # a gerund after them is a verb, whatever its label
_FIRE_OPENERS = {"open", "return", "exchange", "trade", "direct", "pour"}  # a "fire" aimed, not a blaze
_TIMES_OF_DAY = {"dawn", "dusk", "night", "nightfall", "noon", "midnight", "daybreak", "sunrise", "sunset"}
_PARTICLES = {"out", "over", "back", "off", "up", "down", "away", "dead"}  # "shooting men dead"


_MANNER_WORDS = frozenset({"style", "like", "type"})
_HELD = frozenset({"hostage", "captive", "prisoner"})  # "took 20 passengers hostage": the noun of a kidnapping


def _known(noun: Token) -> bool:
    """Those already told of: "took the hostages to hospital" carries them, it takes no one."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)


def _in_own_clause(word: Token, verb: Token) -> bool:
    """The word hangs on the verb through no other verb: not "takes effect in Gaza as first hostages freed"."""
    node = word.head
    while node.i != verb.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return node.i == verb.i


def _pos_fits(wanted: str, pos: str, token: Token) -> bool:
    """A gerund in a noun's place is the noun, not the verb: "Fighting between the army and the
    rebels resumed" (but "after fighting the police" keeps its object, so stays a verb)."""
    # (and so is one opening the sentence that the parser hung on the verb: "Fighting between two armed
    # factions in Libya's capital Tripoli killed ...")
    if pos in ("VERB", "AUX") and token.tag_ == "VBG" and (token.dep_ in _NOMINAL or (
            token.dep_ == "advcl" and token.is_sent_start and any(c.lower_ == "between" for c in token.children))) \
            and not any(c.dep_ == "dobj" for c in token.children) \
            and not (token.dep_ == "pobj" and token.head.lower_ in _CLAUSE_PREPS):  # "fought ... before withdrawing"
        return wanted == "n"
    if pos == "NOUN" and token.dep_ == "ROOT" and (any(c.dep_ == "dobj" for c in token.children) or (
            # (or its object read as set beside it: "Sudan's RSF shells El Fasher hospital, killing nine")
            token.tag_ == "NNS" and any(c.dep_ == "appos" and c.i > token.i for c in token.children))) and (
            any(c.dep_ == "nsubj" for c in token.children) or any(c.dep_ == "compound" and c.i == token.i - 1
                                                                 and c.pos_ == "PROPN" for c in token.children)):
        return wanted == "v"  # a headline's verb read as a noun: "Syrian rebels storm Aleppo", "U.S. bombs Iran's sites"
    return pos in _POS[wanted]


def _to_death(verb: Token) -> int | None:
    """The "death" of "stabbed to death" (its index), hung on the verb."""
    return next((o.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i
                 for o in c.children if o.dep_ == "pobj" and o.lower_ == "death"), None)


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
        # Phrasal verbs whose particle may come after the object: "pulls troops out of", "handed the
        # bases over to".
        self.split: dict[int, list[tuple[str, Trigger]]] = defaultdict(list)
        for trigger in lexicon.triggers:
            if len(trigger.lemmas) == 2 and trigger.lemmas[1] in _PARTICLES and trigger.pos in (None, "", "v"):
                self.split[strings.add(trigger.lemmas[0])].append((trigger.lemmas[1], trigger))
        # Verb-and-object triggers whose object may carry words between: "dropped two bombs".
        self.with_object: dict[int, list[tuple[str, Trigger]]] = defaultdict(list)
        for trigger in lexicon.triggers:
            if len(trigger.lemmas) == 2 and trigger.lemmas[1] not in _PARTICLES and trigger.pos == "v":
                self.with_object[strings.add(trigger.lemmas[0])].append((trigger.lemmas[1], trigger))
        self.pos_ids = {key: {strings.add(p) for p in tags} for key, tags in _POS.items()}
        self.farther = {strings.add(w) for w in ("deeper", "further", "farther")}
        self.death = next((t for words, t in self.by_first.get(strings.add("death"), []) if len(words) == 1), None)

    @staticmethod
    def _modifiers(doc: Doc, lemmas: list[int], lowers: list[int], i: int, words: tuple[int, ...]) -> int:
        """How many words modifying a phrase's last noun stand before it, where the rest matches word for word:
        "came under heavy fire" for "come under fire" (up to three; none where the phrase matches as written)."""
        last = i + len(words) - 1
        if not all(lemmas[i + k] == w or lowers[i + k] == w for k, w in enumerate(words[:-1])):
            return 0
        for skip in range(1, 4):
            end = last + skip
            if end >= len(doc) or not (lemmas[end] == words[-1] or lowers[end] == words[-1]):
                continue
            if all(doc[k].head.i == end and doc[k].dep_ in ("amod", "compound", "poss", "nmod") for k in range(last, end)):
                return skip
            return 0
        return 0

    def __call__(self, doc: Doc) -> list[tuple[Span, Trigger]]:
        if len(doc) == 0:
            return []
        arrays = doc.to_array([LEMMA, LOWER, POS])
        lemmas = [int(x) for x in arrays[:, 0]]
        lowers = [int(x) for x in arrays[:, 1]]
        pos_names = [doc.vocab.strings[int(x)] for x in arrays[:, 2]] if len(doc) else []
        out: list[tuple[Span, Trigger]] = []
        i, n = 0, len(doc)
        consumed: set[int] = set()  # particles told with their verb
        while i < n:
            if i in consumed:
                i += 1
                continue
            options = self.by_first.get(lemmas[i], [])
            if lowers[i] != lemmas[i] and lowers[i] in self.by_first:  # "fighting" the noun, "fight" the verb
                options = sorted([*options, *self.by_first[lowers[i]]], key=lambda item: -len(item[0]))
            matched = None
            for words, trigger in options or ():
                end = i + len(words)
                if end > n:
                    continue
                # (a verb and its preposition with "deeper" between: "pushed deeper into Russia's Kursk region")
                farther = len(words) == 2 and end < n and lowers[i + 1] in self.farther and lemmas[i] == words[0] \
                    and (lemmas[i + 2] == words[1] or lowers[i + 2] == words[1])
                end += 1 if farther else 0
                between = self._modifiers(doc, lemmas, lowers, i, words) if not farther and len(words) > 2 else 0
                if between:
                    end += between  # "came under heavy fire", "laid down their arms": the noun's own words between
                if farther or between or all(lemmas[i + k] == w or lowers[i + k] == w for k, w in enumerate(words)):
                    if trigger.pos and not _pos_fits(trigger.pos, pos_names[end - 1], doc[end - 1]):
                        continue
                    if len(words) > 1 and pos_names[end - 1] == "ADP" and any(
                            c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in _TIMES_OF_DAY)
                            for c in doc[end - 1].children):
                        continue  # "no shots were fired on Tuesday": a day, not what was fired on
                    if len(words) > 1 and doc[i].lemma_ == "fire" and pos_names[i] == "NOUN" \
                            and (any(c.dep_ == "det" for c in doc[i].children) or doc[i].tag_ == "NNS") \
                            and doc[i].head.lemma_ not in _FIRE_OPENERS:
                        continue  # "caused a fire at the plant", "footage of fires at the port": blazes; not "opened heavy fire on"
                    if len(words) > 1 and doc[i].lemma_ == "fire" and pos_names[i] == "NOUN" \
                            and doc[i].dep_ == "dobj" and doc[i].head.lemma_ in ("catch", "set", "ignite", "spark", "start", "cause"):
                        continue  # "aircraft caught fire at air bases": burned, nobody fired
                    if end + 1 < n and doc[end].text == "-" and doc[end + 1].lower_ in _MANNER_WORDS:
                        continue  # "execution-style killings", "ambush-style": a manner, the event is the noun after
                    matched = (Span(doc, i, end), trigger)
                    break
            if (matched is None or len(matched[0]) == 1) and lemmas[i] in self.split and pos_names[i] == "VERB":
                # (not a preposition with its own object: "taken place ... over the past 24 hours")
                particles = {c.lower_: c.i for c in doc[i].children
                             if (c.dep_ in ("prt", "prep", "oprd", "acomp") or (c.dep_ == "advmod" and c.lower_ in ("back", "dead")))
                             and c.i > i + 1  # (and "handed control of the town back to the junta")
                             and not (c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children))}
                # or hung on the object: "shot two suspects dead"
                particles.update({c.lower_: c.i for o in doc[i].children if o.dep_ == "dobj"
                                  for c in o.children if c.dep_ == "amod" and c.i > o.i and c.lower_ not in particles})
                split = next(((Span(doc, i, i + 1), trigger) for particle, trigger in self.split[lemmas[i]]
                              if particle in particles), None)
                if split is not None:  # "shooting men dead" is a killing, not a shooting and a death
                    matched = split
                    consumed.add(particles[split[1].lemmas[1]])
            if pos_names[i] == "VERB" and self.death is not None and doc[i].lemma_.lower() not in SENTENCING \
                    and (death := _to_death(doc[i])) is not None:
                # "stabbed to death", "beaten to death": a killing, told by the verb and its roles (and a
                # stabbing too, where the verb is an attack of its own)
                if matched is not None and len(matched[0]) == 1 and matched[1].cls != self.death.cls:
                    out.append(matched)
                out.append((Span(doc, i, death + 1 if death == i + 2 else i + 1), self.death))  # not "beat three men"
                consumed.add(death)
                i += 1
                continue
            if (matched is None or (len(matched[0]) == 1 and matched[1].weak)) and lemmas[i] in self.with_object \
                    and pos_names[i] == "VERB":
                # (a long object is told by the verb alone: "dropped more than a dozen bunker-busting bombs")
                matched = next(((Span(doc, i, obj.i + 1 if 0 < obj.i - i <= 4 and noun not in _HELD else i + 1), trigger)
                                for noun, trigger in self.with_object[lemmas[i]] for obj in doc[i].children
                                if obj.dep_ == "dobj" and obj.lemma_.lower() == noun and obj.i - i <= 10
                                and not (noun in _HELD and _known(obj))), None) or next(
                    # (those taken, however the parser hung the word: "took several people on board hostage")
                    ((Span(doc, i, i + 1), trigger) for noun, trigger in self.with_object[lemmas[i]] if noun in _HELD
                     for obj in doc[i].subtree if 0 < obj.i - i <= 8 and obj.lemma_.lower() == noun
                     and obj.dep_ != "dobj" and not _known(obj) and _in_own_clause(obj, doc[i])), None) or next(
                    # and the object a relative clause leaves out: "a charge New Delhi rejected"
                    ((Span(doc, i, i + 1), trigger) for noun, trigger in self.with_object[lemmas[i]]
                     if (doc[i].dep_ == "relcl" and doc[i].head.lemma_.lower() == noun
                         and not any(c.dep_ == "dobj" for c in doc[i].children))
                     # (or parsed as a second subject before the real one: "a charge/nsubj Algiers/nsubj rejected")
                     or any(c.dep_ == "nsubj" and c.lemma_.lower() == noun and c.i < i and any(
                         k.dep_ == "nsubj" and c.i < k.i < i for k in doc[i].children) for c in doc[i].children)), None) \
                    or matched  # (a weak verb's own reading stands where no object makes it more: "took the town")
            if matched:
                out.append(matched)
                i = matched[0].end
            else:
                i += 1
        return out
