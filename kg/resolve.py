"""Canonical entity keys: one key (and so one IRI) per real-world entity across all documents.

Order: gazetteer key > alias table > within-document short names ("Kirby" after "John Kirby") >
normalised surface form. Keys depend only on the names, never on document order.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from kg.curation import Curation, Target
from kg.extract.names import normalise, surnames
from kg.lexicon import Lexicon
from kg.model import Entity, Extraction, Mention, Resolved, Span
from kg.vocab import slug


def name_key(name: str, lexicon: Lexicon, cls: str | None = None) -> str:
    """The key for a bare name: a gazetteer entry of a fitting type when a label or alias matches,
    else its slug."""
    found = lexicon.lookup_as(name, cls) if cls else lexicon.lookup(name)
    if found:
        return found[0]
    key = slug(normalise(name))
    if key in lexicon.entries:
        # A person called Jordan is not the country Jordan: never share the gazetteer's IRI.
        return f"{key}~{(cls or 'entity').lower()}"
    return key


def _short_names(mentions: tuple[Mention, ...]) -> dict[str, str]:
    """Map a person's surname (or first + last, or first + first surname) to the longest full name that
    holds it in this document."""
    fulls = sorted({m.name for m in mentions if m.cls == "Person" and m.ref is None and len(m.name.split()) > 1},
                   key=lambda n: (-len(n.split()), n))
    out: dict[str, str] = {}
    for full in fulls:
        parts = full.split()
        # and a first name with the first of two surnames: "Miguel Uribe" is Miguel Uribe Turbay
        for short in (*surnames(full), f"{parts[0]} {parts[-1]}", *([f"{parts[0]} {parts[1]}"] if len(parts) == 3 else [])):
            if short != full:
                out.setdefault(normalise(short), full)
    # A first name alone, where one person here has it: "Getachew told Reuters" after Getachew Reda (as
    # Ethiopian and Eritrean news names people); never where two share it
    firsts = Counter(full.split()[0] for full in fulls)
    for full in fulls:
        first = full.split()[0]
        if firsts[first] == 1 and len(first) > 2 and not first.endswith("."):
            out.setdefault(normalise(first), full)
    return out


# What a building's name may end with, or leave out.
_SITE_KINDS = {"hospital", "camp", "base", "school", "mosque", "church", "airport", "prison", "hotel", "stadium"}
# Bodies a later mention may name by the last word of the name first written: "the Guards", "the Alliance".
_BODIES = {"Organisation", "ArmedGroup", "StateForce", "Government", "InternationalOrganisation"}
_GENERIC_TAILS = {"army", "state", "forces", "force", "police", "government", "ministry", "party", "group", "front",
                  "movement", "council", "committee", "organisation", "organization", "agency", "office", "service"}


def resolve(extraction: Extraction, lexicon: Lexicon, curation: Curation | None = None) -> Resolved:
    mentions = extraction.mentions
    shorts = _short_names(mentions)
    # a building named with and without its kind: "Al Shifa" and "Al Shifa Hospital", "Nur Shams" and "Nur Shams camp"
    sites = {normalise(m.name.rsplit(" ", 1)[0]): m.name for m in mentions
             if m.cls == "Facility" and not m.key and " " in m.name and m.name.rsplit(" ", 1)[1].lower() in _SITE_KINDS}
    first_named: dict[str, int] = {}
    for mention in mentions:
        first_named[mention.name] = min(first_named.get(mention.name, mention.span.begin), mention.span.begin)
    keys: list[str] = []
    tails: dict[str, str] = {}  # the last word of a body's name as written -> its key, from the mentions so far
    for mention in mentions:
        if mention.ref is not None:
            keys.append("")  # filled below from what it refers to
            continue
        words = mention.span.text.split()
        if mention.key and mention.cls in _BODIES and len(words) > 1 and words[-1].lower() not in _GENERIC_TAILS:
            tails.setdefault(normalise(words[-1]), mention.key)
        if mention.key:
            keys.append(mention.key)
        elif mention.cls == "Facility" and normalise(mention.name) in sites:
            keys.append(name_key(sites[normalise(mention.name)], lexicon, "Facility"))
        elif mention.cls in _BODIES and " " not in mention.name and normalise(mention.name) in tails:
            keys.append(tails[normalise(mention.name)])  # "Iran's Revolutionary Guards said ... the Guards said"
        elif normalise(mention.name) in shorts and (mention.cls == "Person" or (
                mention.cls == "Organisation" and " " not in mention.name)) \
                and not (" " in mention.name and mention.sentence > 0
                         and mention.span.begin < first_named.get(shorts[normalise(mention.name)], 0)):
            # ("Wang's family": the tagger's organisation; but a full name written in the body before a longer one is
            # another man's: "said Abubakar Sadiq, a resident" ... "Police spokesman Abubakar Sadiq Aliyu")
            keys.append(name_key(shorts[normalise(mention.name)], lexicon, "Person"))
        else:
            keys.append(name_key(mention.name, lexicon, mention.cls))
    _shared_country_names(mentions, keys, lexicon)
    _far_namesakes(mentions, keys, lexicon, extraction.document.text)
    for i in range(len(mentions)):
        j, hops = i, 0
        while mentions[j].ref is not None and hops < 10:
            j, hops = mentions[j].ref or 0, hops + 1
        keys[i] = keys[j]
    # The user's merges and splits (kg merge, kg split) come last: they overrule everything above.
    decided: dict[str, Target] = {}
    if curation:
        for i, key in enumerate(keys):
            target = curation.target(key, extraction.document.id)
            if target is not None:
                keys[i] = target.key
                decided[target.key] = target

    grouped: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        grouped[key].append(i)
    entities = []
    for key in sorted(grouped):
        indexes = grouped[key]
        own = [mentions[i] for i in indexes if mentions[i].ref is None] or [mentions[i] for i in indexes]
        entry = lexicon.entries.get(key)
        if key in decided:
            label, cls = decided[key].label, decided[key].cls
        elif entry:
            label, cls = entry.label, entry.cls
        else:
            # The longest name is the fullest ("John Kirby" over "Kirby"); ties go to the most frequent.
            counts = Counter(m.name for m in own)
            label = max(counts, key=lambda n: (len(n.split()), counts[n], n))
            cls = _commonest_class(own, [mentions[i] for i in indexes if mentions[i].ref is not None])
        alts = sorted({m.span.text for m in own if m.span.text != label and m.span.text.strip()}
                      | {m.name for m in own if m.name != label})
        spans: list[Span] = sorted({mentions[i].span for i in indexes}, key=lambda s: (s.begin, s.end))
        entities.append(Entity(key, label, cls, tuple(alts), tuple(spans)))
    return Resolved(extraction, tuple(entities), tuple(keys))


def _shared_country_names(mentions: tuple[Mention, ...], keys: list[str], lexicon: Lexicon) -> None:
    """A name two countries share ("Congo") is the one the story's other places lie in: Komanda and
    Ituri are in the Democratic Republic, Brazzaville in the Republic. Else the gazetteer's first choice."""
    # places the text names, not ones it describes from the country ("the capital of Congo")
    lying_in = Counter(lexicon.country_of(k) for k, m in zip(keys, mentions, strict=True)
                       if k in lexicon.entries and lexicon.entries[k].cls != "Country" and k in lexicon.lookup(m.span.text))
    for i, (mention, key) in enumerate(zip(mentions, keys, strict=True)):
        choices = [k for k in lexicon.lookup(mention.span.text.removeprefix("the ").strip())
                   if k in lexicon.entries and lexicon.entries[k].cls == "Country"]
        if key in choices and len(choices) > 1:
            keys[i] = max(choices, key=lambda k: (lying_in[k], -choices.index(k)))


_SETTLEMENT_BEFORE = re.compile(r"\b(?:village|town|hamlet|community|settlement|locality)\s+of\s+$", re.I)
_SETTLEMENT_AFTER = re.compile(r"\s+(?:village|town|hamlet|community)\b", re.I)


def _far_namesakes(mentions: tuple[Mention, ...], keys: list[str], lexicon: Lexicon, text: str) -> None:
    """A village or town only the generated gazetteer knows, called one by the text, in a land the story never
    names while it names another twice or more, is a namesake of the story's own: "the village of Buda in the
    Kajuru area" of a Nigerian story is no quarter of Budapest (but a city named bare is the city: "met Chinese
    officials in Kunming")."""
    # (each named place's land, as the gazetteer has it, before any is renamed)
    lands = [(k, lexicon.country_of(k) if lexicon.entries[k].cls != "Country" else k)
             for k, m in zip(keys, mentions, strict=True) if m.ref is None and k in lexicon.entries]
    for i, (mention, key) in enumerate(zip(mentions, list(keys), strict=True)):
        entry = lexicon.entries.get(key)
        if entry is None or not entry.weak or entry.cls not in ("City", "Place") or mention.ref is not None \
                or not (_SETTLEMENT_BEFORE.search(text, 0, mention.span.begin) or _SETTLEMENT_AFTER.match(text, mention.span.end)):
            continue
        home = lexicon.country_of(key)
        others = Counter(land for k, land in lands if k != key)
        if home is not None and others[home] == 0 and others and max(others.values()) >= 2:
            keys[i] = f"{slug(normalise(mention.name))}~{entry.cls.lower()}"


# On a tie, the tagger's guesses give way to a class a cue in the text gave: "the Gran Grif gang"
# (an armed group) over the tagger's person "Gran Grif leader Luckson Elan".
_GUESSED = ("Person", "Place", "Organisation", "Facility")


def _commonest_class(mentions: list[Mention], described: list[Mention] | None = None) -> str:
    counts = Counter(m.cls for m in mentions)
    if {c for c in counts if counts[c] == max(counts.values())} == {"Facility", "Person"}:
        return "Facility"  # only a cue makes a name a site: "Israel's main airport, Ben Gurion"
    # (and on a tie, what the text called it after: "the charity World Central Kitchen ... the charity said")
    called = Counter(m.cls for m in described or [])
    return max(counts, key=lambda c: (counts[c], called[c], c not in _GUESSED))

