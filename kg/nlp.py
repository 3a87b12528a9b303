"""The spaCy boundary: load a pipeline, add the gazetteer EntityRuler, annotate documents in batches."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator

import spacy
from spacy.attrs import IDX, LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg import config
from kg.errors import ModelError
from kg.lexicon import PLACE_CLASSES, Lexicon
from kg.model import Document
from kg.vocab import FAITHS, unaccented

# spaCy labels the gazetteer assigns; the ontology class itself travels in the span's ent_id.
_SPACY_LABEL = {"Person": "PERSON", "Facility": "FAC", "Place": "LOC"}


# Abbreviated ranks the tokenizer would split from their stop (it keeps "Gen.", "Gov.", "Sen." whole).
RANKS = ("Brig.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Cmdr.", "Cdr.", "Cpl.", "Pvt.", "Insp.", "Supt.")

def spacy_label(cls: str) -> str:
    if cls in _SPACY_LABEL:
        return _SPACY_LABEL[cls]
    return "GPE" if cls in PLACE_CLASSES else "ORG"


def gazetteer_patterns(lexicon: Lexicon, weak: bool = False) -> list[dict[str, object]]:
    """One phrase pattern per gazetteer name; the pattern id is the entity key. Curated names
    (weak=False) or generated ones (weak=True).

    A name two entries share (Herat the city and Herat the province) goes to the lexicon's first
    choice, the city; the province keeps its "Herat province" forms.
    """
    patterns: list[dict[str, object]] = []
    strong = {name for name, keys in lexicon.names.items() if not lexicon.entries[keys[0]].weak}
    for name, keys in sorted(lexicon.names.items()):
        entry = lexicon.entries[keys[0]]
        if name not in (entry.label, *entry.alt_labels):
            continue  # the case-folded lookup keys are for questions, not for matching text
        # A generated name that holds a curated one is no person's name: "Port Sudan" is matched with the
        # curated names, or the tagger's "Sudan" in a headline would keep the country
        holds = entry.weak and any(" ".join(words[i:j]) in strong for words in [name.split()]
                                   for i in range(len(words)) for j in range(i + 1, len(words) + 1) if j - i < len(words))
        if (entry.weak and not holds) != weak:
            continue
        patterns.append({"label": spacy_label(entry.cls), "pattern": name, "id": entry.key})
        if (plain := unaccented(name)) != name and plain not in lexicon.names:
            patterns.append({"label": spacy_label(entry.cls), "pattern": plain, "id": entry.key})
        # (and a name on an article, capitalised where it opens a phrase or a title: "the Al-Mawasi humanitarian zone")
        if name[:1].islower() and (upper := name[:1].upper() + name[1:]) not in lexicon.names:
            patterns.append({"label": spacy_label(entry.cls), "pattern": upper, "id": entry.key})
    return patterns


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line ends a sentence: captions, headlines and datelines are not the next paragraph's start."""
    text = doc.text
    # Nor does a sentence start after a comma: left to itself the parser may end one at "most of
    # them civilians," and leave "in an attack on the town" without its verb.
    # A semicolon joins two sentences, and the parser would hang the first on the second's verb:
    # "India strikes Pakistan; Islamabad vows response" is no vow to strike.
    orth = doc.to_array(ORTH)[:-1].tolist()  # ids, not Token objects: this runs over every word
    comma, semicolon = doc.vocab.strings.add(","), doc.vocab.strings.add(";")
    for i, word in enumerate(orth):
        if word == comma:
            doc[i + 1].is_sent_start = False
        elif word == semicolon and not doc[i + 1].is_punct:
            doc[i + 1].is_sent_start = True
    if len(doc) < 2:
        return doc
    starts = [int(x) for x in doc.to_array(IDX)]
    position = text.find("\n")
    while position >= 0:
        # The first token that starts after the line break (and its following white space).
        i = bisect.bisect_right(starts, position)
        while i < len(doc) and doc[i].is_space:
            i += 1
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
        position = text.find("\n", starts[i] if i < len(doc) else len(text))
    # A headline's label before a colon is no part of its sentence: "Nigeria: suicide bombers kill 18" (Nigeria
    # killed nobody)
    label = _HEADLINE_LABEL.match(text)
    if label is not None:
        i = bisect.bisect_left(starts, label.end())
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
    # A dateline is not part of the sentence after it: parsed together, "MOGADISHU (AP) - Al-Shabaab
    # militants attacked" makes the city the subject and the attackers its apposition.
    for match in _OPENING_DATELINE.finditer(text):
        i = bisect.bisect_left(starts, match.end())
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
    return doc


_HEADLINE_LABEL = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}:\s+(?=\S)")


# A dateline opening a paragraph (already recased): "Kabul (Reuters) - ", "Kyiv, Feb 18 (Reuters) - ",
# "Baku/Yerevan, Sept 20 (Reuters) - ", "Quetta, Pakistan, March 12 (Reuters) - ",
# "Port-au-prince, Haiti - ". A city of one to four capitalised words, then a place or date after a
# comma, an agency in brackets, or both, then a dash; or a bare date, "Aug 4 - ".
_OPENING_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’/-]*(?: [A-Z][\w.'’/-]*){0,3}"
    r"(?:(?:,[ \w.'’]{1,40}?){0,2}\s*\([^()\n]{1,40}\)|(?:,[ \w.'’]{1,40}?){1,2})"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})\s*[-–—]+\s+", re.M)


# Tagger entities that hold a gazetteer name inside a longer name of their own ("Kabul University",
# "the U.S. Open", "New York Stock Exchange", "Anthony Washington"): the longer name stands.
_KEEP_LONGER = {"ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "PERSON", "LOC"}


# Ranks the tagger takes for a name: "spokesman Rear Adm. Daniel Hagari" (ORG "Rear Adm.").
_RANK_WORDS = {r.lower() for r in RANKS} | {"adm.", "gen."}
_CUT_PREPS = {"in", "on", "at", "near", "off"}
# A building's name ends with its kind; what follows places it: "the Soroka Medical Center in Beersheba".
_SITE_HEADS = {"center", "centre", "hospital", "clinic", "university", "school", "college", "prison", "airport", "mosque",
               "church", "cathedral", "hotel", "stadium", "camp", "base", "complex", "market", "station"}


# Common nouns a land's name may stand before, no part of a name ("Ann township", "Rakhine state" are names' kinds).
_SETTLEMENT_WORDS = {"village", "town", "city", "area", "province"}


_TIME_NOUNS = {"day", "week", "month", "year", "hour", "minute", "decade", "time", "weekend", "night", "morning"}


@Language.component("kg_cut_phrases")
def cut_phrases(doc: Doc) -> Doc:
    """A tagger entity that runs on through a phrase of the verb is cut before it: in "sank the Eternity C
    in the Red Sea" the parser hangs "in" on "sank", so the ship's name ends at "C". So is a building's
    name at the phrase that places it: "the Soroka Medical Center in Beersheba"; and any name at the white
    space it swallowed."""
    ents = []
    for ent in doc.ents:
        end = ent.end
        while end > ent.start + 1 and doc[end - 1].is_space:
            end -= 1  # a headline's name runs into the blank line after it: "downed in Antioquia\n\n"
        ent = Span(doc, ent.start, end, label=ent.label_) if end < ent.end else ent
        start = ent.start
        while start < ent.end and (doc[start].lower_ in _RANK_WORDS or (
                doc[start].lower_ in ("rear", "vice") and start + 1 < len(doc) and doc[start + 1].lower_ in ("adm.", "admiral"))):
            start += 1  # a rank is nobody's name: "Rear Adm." (ORG) before "Daniel Hagari"
        if start == ent.end:
            continue
        ent = Span(doc, start, ent.end, label=ent.label_) if start > ent.start else ent
        end = ent.end
        while end > ent.start + 1 and ent.label_ in ("GPE", "LOC") and doc[end - 1].is_lower \
                and doc[end - 1].text in _SETTLEMENT_WORDS:  # (never "Mexico City", "Gaza City")
            end -= 1  # a land's name with the common noun after it: "attack on Burundi village" (a village in Burundi)
        ent = Span(doc, ent.start, end, label=ent.label_) if end < ent.end else ent
        if ent.label_ == "DATE" and len(ent) > 3 and ent[-1].lower_ == "ago" and any(
                t.pos_ == "NOUN" and t.lemma_.lower() not in _TIME_NOUNS for t in ent[:-3]):
            ent = Span(doc, ent.end - 3, ent.end, label="DATE")  # "in an ambush two weeks ago": the weeks, not the ambush
        cut = next((t.i for t in ent[1:] if t.lower_ in _CUT_PREPS and t.dep_ == "prep"
                    and (not ent.start <= t.head.i < ent.end or doc[t.i - 1].lower_ in _SITE_HEADS)), None)
        if cut is not None:
            if cut - ent.start < 2 and doc[ent.start].lower_ == "the":
                continue  # nothing of a name is left
            ent = Span(doc, ent.start, cut, label=ent.label_)
        ents.append(ent)
    doc.ents = ents
    return doc


@Language.factory("kg_past_forms")
def make_past_forms(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """A past form the tagger took for a base form or a noun keeps itself as its lemma ("the army
    retook it": VB, lemma "retook"); the lemmatizer's own table of irregular verbs knows "retake"."""
    lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    irregular = dict(lookups.get_table("lemma_exc").get("verb", {}))
    index = lookups.get_table("lemma_index")
    plain = set(index.get("verb", [])) | set(index.get("noun", []))  # "found", "wound": words of their own too

    # By string hash over the token arrays: this runs on every word of every document.
    strings = nlp.vocab.strings
    wanted = {strings.add(form): lemmas[0] for form, lemmas in irregular.items() if form not in plain and lemmas}

    def past_forms(doc: Doc) -> Doc:
        if not len(doc):
            return doc
        for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
            if lemma == lower and lower in wanted:
                doc[i].lemma_ = wanted[lower]
        return doc

    return past_forms


# Common plurals a lede opens with, which the tagger takes for names after a dateline ("AP) - Jihadists linked
# to al Qaeda killed ..."): with the words, their lemmas.
_PLAIN_OPENERS = {"jihadists": "jihadist", "militants": "militant", "gunmen": "gunman", "insurgents": "insurgent",
                  "rebels": "rebel", "fighters": "fighter", "attackers": "attacker", "assailants": "assailant",
                  "separatists": "separatist", "extremists": "extremist", "militiamen": "militiaman",
                  "soldiers": "soldier", "troops": "troop", "protesters": "protester", "paramilitaries": "paramilitary",
                  # and what is fired: "(Reuters) - Shells fired by M23 rebels hit a camp"
                  "shells": "shell", "rockets": "rocket", "missiles": "missile", "drones": "drone", "bombs": "bomb"}


@Language.component("kg_plain_openers")
def plain_openers(doc: Doc) -> Doc:
    """A sentence's first word that is a common plural, not a name, is a plural noun, whatever the tagger said
    (and no entity of one word either: "Gunmen stopped vehicles", "Gunmen" a place to the tagger)."""
    alone = {e.start: e for e in doc.ents if len(e) == 1}
    dropped = []
    for sent in doc.sents:
        first = sent[0]
        lemma = _PLAIN_OPENERS.get(first.lower_)
        if lemma is None or first.tag_ not in ("NNP", "NNPS"):
            continue
        if first.ent_type_:
            if first.i not in alone or first.ent_id_:
                continue  # a longer name, or one the gazetteer knows
            dropped.append(alone[first.i])
        first.tag_, first.pos_, first.lemma_ = "NNS", "NOUN", lemma
    if dropped:
        doc.ents = [e for e in doc.ents if e not in dropped]
    return doc


# A headline's verb in the third person the tagger may take for a plural noun: "attack wounds 14".
_HARMING_FORMS = {"kills", "wounds", "injures"}


@Language.factory("kg_headline_verbs", default_config={"words": []})
def make_headline_verbs(nlp: Language, name: str, words: list[str]) -> Callable[[Doc], Doc]:
    """A headline's verb the parser read as a noun of one long compound, between its doers and what they did it
    to: "Al-Shabaab fighters overrun/NN army base in central Somalia", "Yemen's Houthis attack/NN ship". Set
    right, as the verb it is, for every reader after (the words: what only an armed actor does)."""
    verbs = frozenset(words)

    def headline_verbs(doc: Doc) -> Doc:
        sent = next(iter(doc.sents), None)
        if sent is None or sent.text.rstrip().endswith("."):
            return doc
        if sent.root.pos_ == "VERB":
            _first_of_two(sent.root, verbs)
            return doc
        if sent.root.pos_ != "NOUN":
            return doc
        top = sent.root
        if top.tag_ == "NNS" and top.lower_ in _HARMING_FORMS and any(c.dep_ == "dobj" for c in top.children):
            # "Hezbollah attack wounds/NNS 14 Israeli soldiers": the deed's noun before it is its subject
            deed = next((c for c in top.children if c.dep_ == "compound" and c.i == top.i - 1 and c.pos_ == "NOUN"), None)
            if deed is not None:
                for word in [c for c in top.children if c.dep_ == "compound" and c.i < deed.i]:
                    word.head = deed  # "Hezbollah": the attack's
                top.pos_, top.tag_ = "VERB", "VBZ"
                deed.dep_ = "nsubj"
            return doc
        for verb in sent[1:]:
            if verb.dep_ != "compound" or verb.tag_ not in ("NN", "VB", "VBP") or verb.lemma_.lower() not in verbs:
                continue
            doers = doc[verb.i - 1]
            head = verb.head
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            if head.i != top.i or doers.head.i != top.i or doers.dep_ != "compound" \
                    or doers.tag_ not in ("NNS", "NNPS", "NNP") \
                    or any(c.dep_ == "det" or (c.dep_ == "poss" and c.i > doers.i) for c in top.children):
                continue
            for word in [c for c in top.children if c.i < doers.i]:
                word.head = doers  # "Yemen's", "Al-Shabaab": the doers' own
            verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBP"
            doers.head, doers.dep_ = verb, "nsubj"
            top.head, top.dep_ = verb, "dobj"
            break
        return doc

    return headline_verbs


def _first_of_two(second: Token, verbs: frozenset[str]) -> None:
    """A headline's first verb of two read as a noun of the second's subject: "Settlers attack/NN West Bank village,
    kill Palestinian man" (the settlers attacked the village and killed him), "Sudan's RSF attacks/NNS town, kills"."""
    doc = second.doc
    if second.i < 2 or doc[second.i - 1].text != "," or second.tag_ not in ("VB", "VBP", "VBZ"):
        return
    subject = next((c for c in second.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < second.i), None)
    verb = next((c for c in subject.children if c.dep_ == "compound" and c.tag_ in ("NN", "NNS", "VB", "VBP")
                 and c.lemma_.lower() in verbs), None) if subject is not None else None
    doers = doc[verb.i - 1] if verb is not None and verb.i > 0 else None
    if verb is None or doers is None or subject is None or doers.head.i != verb.i or doers.dep_ != "compound" \
            or doers.tag_ not in ("NNS", "NNPS", "NNP") \
            or any(t.head.i not in (subject.i, doers.i) and t.head.head.i not in (subject.i, doers.i)
                   for t in doc[subject.left_edge.i: doers.i]):
        return
    for word in [c for c in subject.children if c.i < doers.i]:
        word.head = doers  # "Sudan's RSF attacks/NNS town ...": the land's doers
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBZ" if verb.tag_ == "NNS" else "VBP"
    doers.dep_ = "nsubj"
    subject.head, subject.dep_ = verb, "dobj"
    second.head, second.dep_ = verb, "conj"


@Language.component("kg_named_gerunds")
def named_gerunds(doc: Doc) -> Doc:
    """A name's "killing" after a preposition is the noun, the name its modifier: "after Haniyeh killing", "over
    Nasrallah killing" (the parser's verb, its subject whoever the sentence is about)."""
    if "killing" not in doc.text:
        return doc  # (this runs on every document)
    for verb in doc:
        if verb.lower_ != "killing" or verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ == "dobj" for c in verb.children):
            continue
        name = doc[verb.i - 1]
        if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG") or name.dep_ != "pobj" \
                or name.head.lower_ not in ("after", "over", "following", "since", "for") or name.head.i >= name.i:
            continue
        prep = name.head
        verb.head, verb.dep_, verb.pos_, verb.tag_ = prep, "pobj", "NOUN", "NN"
        name.head, name.dep_ = verb, "compound"
        for word in doc[prep.i + 1: name.i]:
            if word.head.i == name.i:
                word.head = name  # "after Hamas leader Haniyeh killing": the name's own words stay its
    return doc


@Language.component("kg_named_crossings")
def named_crossings(doc: Doc) -> Doc:
    """"near the Kerem Shalom crossing on Sunday": the crossing is a place, the name's noun, not a verb that takes the
    day (the parser's "crossing/VBG", on which it hung "on Sunday")."""
    if "crossing" not in doc.text:
        return doc  # (this runs on every document)
    for verb in doc:
        if verb.lower_ != "crossing" or verb.tag_ != "VBG" or verb.i < 2 or any(c.dep_ == "dobj" for c in verb.children):
            continue
        name = doc[verb.i - 1]
        start = name.left_edge.i
        if name.pos_ != "PROPN" or name.dep_ != "pobj" or name.head.i >= name.i or doc[start].lower_ != "the" \
                or verb.head.i == verb.i or any(a.i == verb.i for a in name.head.ancestors):
            continue
        owner, prep = verb.head, name.head
        for child in [c for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod")]:
            child.head = owner  # "on Sunday": the deed's, not the crossing's
        verb.head, verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = prep, "pobj", "NOUN", "NN", "crossing"
        name.head, name.dep_ = verb, "compound"
        doc[start].head = verb  # (the article is the crossing's)
    return doc


# Verbs a headline's source closes it with: "..., Ukraine says".
_SOURCE_VERBS = {"say", "claim", "confirm", "report"}


@Language.component("kg_headline_sources")
def headline_sources(doc: Doc) -> Doc:
    """A headline's source after its last comma is the saying verb's subject, whatever the parser joined it to:
    "Hundreds of Russian soldiers surrender in Kursk, Ukraine says" (Ukraine, not the hundreds, says; the hundreds'
    clause is what is said)."""
    sent = next(iter(doc.sents), None)
    if sent is None or sent.text.rstrip().endswith("."):
        return doc
    verb = sent.root
    if verb.lemma_ not in _SOURCE_VERBS or verb.tag_ not in ("VBZ", "VBP") or verb.i < 3:
        return doc
    comma = next((k for k in range(verb.i - 1, max(sent.start, verb.i - 5), -1) if doc[k].text == ","), None)
    if comma is None:
        return doc
    words = doc[comma + 1: verb.i]
    source = next((t for t in reversed(words) if t.pos_ in ("PROPN", "NOUN")), None)
    if source is None or source.head.i == verb.i or not all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART") for t in words) \
            or not words.start <= source.i < words.end:
        return doc
    others = [c for c in verb.children if c.dep_ == "nsubj" and c.i < comma]
    if len(others) != 1 or source.head.i != others[0].i:
        return doc
    said = others[0]
    for word in words:
        if word.i != source.i and word.head.i not in range(words.start, words.end):
            word.head = source  # "Palestinian officials": the source's own words
    source.head, source.dep_ = verb, "nsubj"
    said.dep_ = "ccomp"
    return doc


@Language.component("kg_save_ner")
def save_ner(doc: Doc) -> Doc:
    doc.user_data["kg_ner"] = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in _KEEP_LONGER]
    return doc


_CONNECTORS = {"of", "the", "and", "for", "de", "al", "in", "on", "du", "la", "van", "von", "bin", "el", "'s", "’s"}


def _name_shaped(span: Span) -> bool:
    """A longer name worth keeping: capitalised words and connectors only, in a sentence that is
    not itself capitalised throughout (a recased headline is all capitals to the tagger)."""
    if not all(t.is_title or t.is_upper or not t.is_alpha or t.lower_ in _CONNECTORS for t in span):
        return False
    if span[-1].lower_ in FAITHS:
        return False  # "at Burkina Faso Catholic church": the land's name, then the church's faith
    plain = [t for t in span.sent if t.is_alpha and t.is_lower and t.lower_ not in _SMALL]
    return len(plain) >= 2


@Language.component("kg_keep_longer")
def keep_longer(doc: Doc) -> Doc:
    saved = doc.user_data.pop("kg_ner", [])
    if not saved:
        return doc
    ents = list(doc.ents)
    for start, end, label in saved:
        # "The Tigray People's Liberation Front" holds no longer name than the gazetteer's own
        while start < end and doc[start].lower_ == "the":
            start += 1
        while end > start and doc[end - 1].is_punct:
            end -= 1  # (nor one the tagger ran into a bracket: "Volunteers for the Defence of the Homeland (")
        if start == end or not _name_shaped(doc[start:end]):
            continue
        inside = [e for e in ents if start <= e.start and e.end <= end]
        if inside and all(e.end - e.start < end - start for e in inside) and \
                not any(e.start < start < e.end or e.start < end < e.end for e in ents):
            ents = [e for e in ents if e not in inside] + [Span(doc, start, end, label=label)]
            for token in doc[start:end]:
                token.ent_id_ = ""  # the gazetteer key of the inner name is not the longer name's
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


@Language.component("kg_whole_names")
def whole_names(doc: Doc) -> Doc:
    """Two person names the tagger set side by side are one man's: "KNU spokesman Padoh Saw Taw Nee told Reuters",
    read as "Padoh Saw" and "Taw Nee" (its "Saw" a verb). One name, of proper nouns, for every reader after."""
    ents = list(doc.ents)
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and last.label_ == ent.label_ == "PERSON" and last.end == ent.start \
                and doc[last.end - 1].whitespace_ == " " and all(t.is_title for t in (*last, *ent)):
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
            for token in joined[-1]:  # (its heads stay as parsed: setting them anew risks a tree with a cycle)
                token.pos_, token.tag_ = "PROPN", "NNP"
        else:
            joined.append(ent)
    if len(joined) != len(ents):
        doc.ents = joined
    return doc


def load_pipeline(lexicon: Lexicon, name: str | None = None) -> Language:
    model = config.model_name(name)
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed (install it with pip, or choose another "
            f"with --model / KG_MODEL; the default is {config.DEFAULT_MODEL})"
        ) from exc
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {model!r} lacks a parser or NER; kg needs both")
    nlp.max_length = max(nlp.max_length, config.max_bytes() + 1)
    # "posted on X. He urged ...": the platform ends its sentence, where an initial ("George W. Bush") does not
    # (the tokenizer keeps a capital and its stop together, as in "U.S.")
    nlp.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])  # type: ignore[union-attr]
    # and a rank's stop, as the model's own "Gen.", ends no sentence: "said Brig. Gen. Alvin Luzon"
    for rank in RANKS:
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])  # type: ignore[union-attr]
    nlp.add_pipe("kg_paragraphs", before="parser")
    if "lemmatizer" in nlp.pipe_names and nlp.get_pipe("lemmatizer").lookups.has_table("lemma_exc"):  # type: ignore[attr-defined]
        nlp.add_pipe("kg_past_forms", after="lemmatizer")
    # After the statistical NER and overwriting it: the gazetteer knows "Shir Khan Bandar" is a place.
    nlp.add_pipe("kg_cut_phrases", after="ner")
    nlp.add_pipe("kg_save_ner", after="kg_cut_phrases")
    ruler = nlp.add_pipe("entity_ruler", name="kg_gazetteer", after="kg_save_ner", config={"overwrite_ents": True})
    nlp.add_pipe("kg_keep_longer", after="kg_gazetteer")
    nlp.add_pipe("kg_whole_names", after="kg_keep_longer")
    # Generated places (GeoNames) only fill gaps: "Austin said" stays a person.
    weak = nlp.add_pipe("entity_ruler", name="kg_places", after="kg_whole_names", config={"overwrite_ents": False})
    nlp.add_pipe("kg_plain_openers", after="kg_places")
    nlp.add_pipe("kg_headline_verbs", after="kg_plain_openers", config={"words": sorted(lexicon.armed_words)})
    nlp.add_pipe("kg_headline_sources", after="kg_headline_verbs")
    nlp.add_pipe("kg_named_gerunds", after="kg_headline_sources")
    nlp.add_pipe("kg_named_crossings", after="kg_named_gerunds")
    # Phrase patterns match on the words alone (ORTH), yet the ruler runs every pipe before it over
    # each pattern: with those pipes off, the thousands of gazetteer names load in a fraction of the time.
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(gazetteer_patterns(lexicon))  # type: ignore[attr-defined]
        weak.add_patterns(gazetteer_patterns(lexicon, weak=True))  # type: ignore[attr-defined]
    return nlp


def model_id(nlp: Language) -> str:
    return f"{nlp.meta.get('name', 'unknown')} {nlp.meta.get('version', '')}".strip()


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or", "over", "the",
          "to", "with", "after", "against", "beat", "beats", "wins", "says", "said"}
# A dateline that opens a paragraph: "KABUL (Reuters) -", "MOSCOW, May 2 -".
_DATELINE = re.compile(r"^[A-Z][A-Z .'’/-]{2,}?(?=\s*(?:\(|[-–—]\s|,\s))", re.M)


def _recase_words(piece: str, keep: frozenset[str], common: frozenset[str] = frozenset()) -> str:
    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        if word in keep or re.fullmatch(r"(?:[A-Z]\.)+", word):
            return word  # "US", "NATO", "U.N." stay acronyms
        low = word.lower()
        new = low if ((low in _SMALL or low in common) and m.start() > 0) else word.capitalize()
        # only case changes that undo cleanly: "µ" capitalises to a Greek "Μ" whose lower case is another letter
        return new if len(new) == len(word) and new.lower() == low else word
    return _WORD.sub(one, piece)


def recase(text: str, keep: frozenset[str] = frozenset()) -> str:
    """Headlines and datelines in capitals, in the case the tagger was trained on; same length, so
    every offset into the original text still holds ("BOXING - JOHNSON WINS" -> "Boxing - Johnson wins").

    A word the rest of the document writes in lower case is a common word ("TAKE OVER AT TOP" ->
    "Take over at top"); the others are capitalised, as names would be.
    """
    lines = text.split("\n")
    caps = []
    for i, line in enumerate(lines):
        words = [w for w in _WORD.findall(line) if len(w) > 1]
        if words and all(w.isupper() for w in words) and any(len(w) > 2 and w not in keep for w in words):
            caps.append(i)
    if caps:
        capset = set(caps)
        common = frozenset(w for i, line in enumerate(lines) if i not in capset
                           for w in re.findall(r"\b[a-z]+\b", line))
        for i in caps:
            lines[i] = _recase_words(lines[i], keep, common)
    out = "\n".join(lines)
    return _DATELINE.sub(lambda m: _recase_words(m.group(0), keep) if len(m.group(0).strip()) > 2 else m.group(0), out)


def acronyms(lexicon: Lexicon) -> frozenset[str]:
    """Gazetteer names written in capitals: kept as they are when a headline is recased."""
    return frozenset(n for n in lexicon.names if n.isupper())


def annotate(nlp: Language, documents: Iterable[Document], batch_size: int = 16,
             keep: frozenset[str] = frozenset()) -> Iterator[tuple[Document, Doc]]:
    """Parse documents with nlp.pipe, streaming; yields (Document, Doc) pairs in input order.

    spaCy reads recased text (capital headlines in title case), which has the same length as the
    document's, so every offset applies to both."""
    pairs = ((recase(d.text, keep), d) for d in documents)
    for sdoc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield document, sdoc


# spaCy's own labels as CoNLL-2003 types; NORP (nationalities) is CoNLL's MISC and not scored.
_CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def bare_entities(nlp: Language, texts: Iterable[str]) -> Iterator[list[tuple[int, int, str]]]:
    """The model's own NER, without kg's components: the baseline kg's entities are measured against."""
    ours = [name for name in nlp.pipe_names if name.startswith("kg_")]
    with nlp.select_pipes(disable=ours):
        for doc in nlp.pipe(texts, batch_size=16):
            yield [(e.start_char, e.end_char, _CONLL[e.label_]) for e in doc.ents if e.label_ in _CONLL]
