"""What a statement said: the quotation next to it, or its reported clause (offsets only)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.entities import REPORTING, MentionTable, clause_verb
from kg.model import Span

_QUOTE = re.compile(r"[“\"]([^“”\"\n]{2,3000}?)[”\"]")


# Prepositions that set a statement in place or time rather than say what it is about.
SETTING_PREPS = {"in", "at", "near", "during", "after", "before", "since", "until", "from", "by", "with", "outside",
                 "inside", "through", "via", "amid", "following", "under", "across", "along", "despite"}

# A speaker's own next words, which the parser may join to what was reported or vowed: "vowed that the group
# would respond and said ...".
SAYING_NEXT = {"say", "add", "tell"}
# What a speaker goes on to do in the same breath: "said ... and accused Rwanda of ...".
SPEAKERS_NEXT = {"accuse", "allege", "claim", "blame", "charge", "deny", "reject", "refute", "condemn", "denounce",
                 "urge", "call", "vow", "warn", "demand", "say"}
# What a statement is made in: "in a statement", "in a video", "in an interview".
MEDIA = {"statement", "video", "interview", "post", "message", "tweet", "communique", "speech", "broadcast", "letter"}
# Where it was posted: "claimed the attack on its Telegram channel"
CHANNELS = {"channel", "account", "platform", "website", "page", "feed", "outlet", "media", "telegram", "x", "twitter",
            "medium", "facebook"}


def _child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _robbed_verb(before: Token, subject: Token) -> bool:
    """A verb right before a subject, left with no object of its own: the subject is its object."""
    return before.pos_ == "VERB" and before.dep_ in ("advcl", "conj", "ccomp") and before.i < subject.i \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in before.children)


def stranded_object(verb: Token) -> Token | None:
    """The object the parser gave a later "said" as its subject: "killing at least 42 people, including ...,
    police and officials said"."""
    if verb.i + 1 >= len(verb.doc):
        return None
    noun = verb.doc[verb.i + 1]
    for _ in range(3):
        if noun.pos_ in ("NOUN", "PROPN", "NUM") and noun.dep_ == "nsubj":
            break
        noun = noun.head
    if noun.dep_ != "nsubj" or noun.left_edge.i != verb.i + 1 or not _robbed_verb(verb, noun):
        return None
    return noun if stranded_speaker(noun.head) is not None else None


def stranded_speaker(verb: Token) -> Token | None:
    """The speaker the parser left as an apposition: in "... fighters loyal to ousted President Bashar
    al-Assad, a war monitor said", it made the last name of the reported clause the subject, leaving
    "to" without its object; the words after the comma are who said it."""
    subject = _child(verb, "nsubj")
    if verb.lemma_ in REPORTING and (subject is None or subject.i < verb.i) \
            and (hung := _hung_speaker(verb)) is not None and (subject is None or subject.left_edge.i <= hung.i <= subject.right_edge.i):
        return hung  # (or the report's first word made the subject: "A strike ... killed five, a spokesman ... told Reuters")
    if subject is None or subject.i > verb.i or subject.left_edge.i == 0:
        return None
    before = verb.doc[subject.left_edge.i - 1]
    if _robbed_verb(before, subject):
        # "..., killing at least 42 people, including women and children, police and officials said": the
        # parser made the people killed the subject, and the speakers more of those the people include
        # (or hung them on a word of the clause: "killed at least 20 people, ... to escape fighting, a
        # resistance group and local media said")
        commas = [t for t in subject.subtree if t.text == "," and t.i < verb.i]
        words = verb.doc[commas[-1].i + 1: verb.i] if commas else None
        root = next((t for t in words if not words.start <= t.head.i < words.end), None) if words else None
        return root if root is not None and root.dep_ in ("conj", "appos") and root.pos_ in ("NOUN", "PROPN") else None
    if before.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in before.children):
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and subject.i < c.i and c.right_edge.i < verb.i), None)


def _hung_speaker(verb: Token) -> Token | None:
    """The speaker right before a saying verb left with no subject, hung by the parser on a word of what
    was said: "... killed at least five civilians, including two children, a spokesman for a local militia
    told Reuters" (the spokesman set beside the children)."""
    last = verb.i - 1
    if last > 0 and verb.doc[last].text == "," and verb.dep_ == "conj" and _child(verb, "nsubj") is None:
        last -= 1  # "... control 74 settlements, Ukraine's top military commander, Oleksandr Syrskyi, said": a verb the
        # parser joined to the report's, its speaker set in commas on a word of the report
    elif verb.i < 2 or verb.doc[last].is_punct:
        return None  # "The Resistance Front, a little-known group ..., claimed": the commas hold the speaker's words
    noun = verb.doc[last]
    while noun.dep_ not in ("appos", "conj") and noun.head.i != noun.i and noun.head.i < verb.i:
        noun = noun.head
    while noun.dep_ == "conj" and noun.head.dep_ in ("appos", "conj") and noun.head.i < noun.i:
        noun = noun.head  # two of them: "..., a local militia leader and a resident said"
    if noun.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != last \
            or noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    return noun


def shared_aux_misread(node: Token, reported: Token, said: Token) -> bool:
    """"said the city had not been taken and accused Rwanda", "said the toll could be higher and accused
    the authorities": the tagger read the speaker's past "accused" as a participle of the reported verb's
    "had" or "could", which it cannot share when that verb is a passive or "be"."""
    if said.tag_ != "VBD" or any(c.dep_.startswith("aux") for c in node.children):
        return False
    # (and "denied the group had targeted the hospital and accused the army": a past tense shares no "had")
    return (node.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in reported.children) or reported.lemma_ == "be")) \
        or (node.tag_ == "VBD" and reported.tag_ == "VBN" and any(c.dep_ == "aux" for c in reported.children))


def speakers_own_words(reported: Token) -> Token | None:
    """The speaker's next words, which the parser hangs on the clause they report: in "warned that Boko
    Haram and ISWAP were regaining ground, saying the state was losing territory", the warner says it."""
    return next((c for c in reported.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in ("say", "add", "tell")
                 and c.doc[c.i - 1].text == ","), None) if reported.lemma_ not in REPORTING else None


def reported_object(head: Token) -> Token | None:
    """A headline's verbless clause, parsed as the object of its saying: "Pakistan says 23 soldiers killed in
    clashes" (the participle right after the counted noun)."""
    said = _child(head, "dobj") if head.lemma_.lower() in ("say", "claim") and _child(head, "ccomp") is None else None
    return said if said is not None and said.i > head.i and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.i == said.i + 1 for c in said.children) else None


def misread_clause(head: Token) -> Token | None:
    """A reported clause the parser read as an object: in "said the operation, dubbed Iron Wall, aimed to
    eradicate ...", the clause's verb after the commas became a participle describing "the operation"."""
    said = _child(head, "dobj") if head.lemma_.lower() == "say" and _child(head, "ccomp") is None else None
    if said is None or said.pos_ not in ("NOUN", "PROPN"):
        return None
    # (the verb hangs on the object or on a name set beside it: "the raid, code-named Desert Storm, aimed")
    nouns = [said, *(c for c in said.children if c.dep_ == "appos")]
    verb = next((c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > said.i + 1
                 and c.doc[c.i - 1].text == "," and any(k.dep_ in ("xcomp", "dobj", "ccomp") for k in c.children)), None)
    return said if verb is not None else None


def medium_infinitive(head: Token) -> Token | None:
    """An infinitive the parser hung inside the medium a vow or call was made in: "threatened in a video posted
    on social media to attack any neighbourhood" (the threat is to attack)."""
    if _child(head, "xcomp") is not None:
        return None
    return next((v for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "on", "via")
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in MEDIA
                 for v in o.subtree if v.tag_ == "VB" and v.dep_ in ("advcl", "acl", "relcl", "xcomp")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)), None)


def stray_infinitive(head: Token, text: str) -> Span | None:
    """What a call asks, where the parser hung its infinitive on words set beside those called on: "called
    on Washington and Paris, the guarantors of the truce, to pressure Israel"."""
    if _child(head, "xcomp") is not None:
        return None
    # or on the call itself, as a clause of purpose: 'called on Israel to "aggressively investigate" the killing'
    own = next((v for v in head.children if v.dep_ == "advcl" and v.tag_ == "VB" and v.i > head.i
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)), None) or medium_infinitive(head)
    if own is not None:
        b, e = own.left_edge.idx, own.right_edge.idx + len(own.right_edge)
        return Span(b, e, text[b:e])
    beside = [c for c in head.children if c.dep_ in ("oprd", "appos", "npadvmod", "dobj")]
    verb = next((v for b in beside for v in b.children if v.dep_ in ("relcl", "acl") and v.tag_ == "VB"
                 and v.i > b.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)
                 and v.left_edge.i > 0 and v.doc[v.left_edge.i - 1].text == ","), None)
    if verb is None:
        return None
    b, e = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    return Span(b, e, text[b:e])


_REBUTTED = {"charge", "claim", "accusation", "allegation"}


def clause(head: Token, dep: str, text: str) -> Span | None:
    """The words of the head's `dep` child, from the document's text (never `doc.text`, which spaCy
    rebuilds from every token on each call)."""
    comp = _child(head, dep)
    if dep == "dobj" and comp is not None and comp.i < head.i:
        # an object comes after its verb: the parser's "The"/dobj of "The Tehrik-e-Taliban Pakistan claimed responsibility"
        comp = next((c for c in head.children if c.dep_ == "dobj" and c.i > head.i), None)
    if dep == "ccomp" and comp is not None and comp.i < head.i and (after := next(
            (c for c in head.children if c.dep_ == "ccomp" and c.left_edge.i == head.i + 1), None)) is not None:
        comp = after  # "India strikes Pakistan, Pakistan says 26 killed": what it says follows it
    if dep == "ccomp" and comp is not None and comp.i < head.i and head.lemma_.lower() in ("deny", "confirm", "claim") \
            and any(c.dep_ == "dobj" and c.i > head.i for c in head.children):
        return None  # "Explosion hits Iraqi militia base, US denies involvement": what it denies is its object
    if dep == "ccomp" and comp is None and (said := reported_object(head)) is not None:
        comp = said
    if dep == "ccomp" and comp is None:
        # the "that" clause hung on where it was said: "told Putin at a televised meeting that 12 civilians had
        # been killed"
        comp = next((c for p in head.children if p.dep_ == "prep" and p.i > head.i for o in p.children if o.dep_ == "pobj"
                     for c in o.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > o.i
                     and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)), None)
    if dep == "prep":  # "accused X of ...", "warned of", "called for"; not "on Sunday", "in Kabul"
        # (nor "to": whom it was said to, or what was answered: "did not reply to a request for comment")
        # (nor the "on" of "called on the federal government for help": whom it was asked of)
        # (nor "according to": who told it, "condemned the attack, ..., according to the ministry")
        comp = next((c for c in head.children if c.dep_ == "prep" and c.lower_ not in SETTING_PREPS | {"to", "according"}
                     and not (c.lower_ == "on" and head.lemma_ == "call")
                     # (nor an "as" clause of when: "claim control of Goma as fighting rages")
                     and not (c.lower_ == "as" and any(k.dep_ == "pcomp" for k in c.children))
                     and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)), None)
    if comp is None:
        return None
    if dep == "ccomp" and head.dep_ == "parataxis" and comp.i > head.i \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
        return None  # "killed X, the military said, the most senior figure to be killed": said is what came before
    tokens = sorted(comp.subtree, key=lambda t: t.i)
    if dep in ("xcomp", "ccomp") and (own := next(
            (c for c in comp.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ")
             and ((dep == "xcomp" and comp.tag_ == "VB") or (c.lemma_ in SAYING_NEXT and (
                 comp.tag_ == "VB" or _child(c, "nsubj") is None)))
             # (or a charge in the speaker's tense: "said the toll could be higher and accused the authorities"; so one
             # the tagger gave the report's auxiliary: "said the city had not been taken and accused Rwanda")
             or (dep == "ccomp" and c.dep_ == "conj" and c.lemma_ in SPEAKERS_NEXT and _child(c, "nsubj") is None
                 and (c.tag_ == head.tag_ != comp.tag_ or shared_aux_misread(c, comp, head)))),
            None)) is not None:
        # the speaker's own next act, which the parser joined to what was asked: "called on the insurgents to
        # lay down their weapons and vowed to ...", "vowed that the group would respond and said ..."
        tokens = [t for t in tokens if t.i < own.left_edge.i and not (t.dep_ == "cc" and t.head.i == comp.i and t.i > comp.i
                                                                      and t.i + 1 == own.left_edge.i)]
    if dep == "ccomp" and tokens[-1].text == "," and (rest := next(
            (c for c in head.children if c.dep_ == "ccomp" and c.left_edge.i == tokens[-1].i + 1), None)) is not None:
        # one clause the parser cut in two at a name set in commas: "said the operation, called Rising Lion,
        # would continue"
        tokens = [*tokens, *sorted(rest.subtree, key=lambda t: t.i)]
    if dep == "ccomp" and tokens[-1].dep_ == "cc" and (rest := next(
            (c for c in head.children if c.dep_ == "ccomp" and c.left_edge.i == tokens[-1].i + 1 and c.i < head.i), None)) is not None:
        # two clauses the parser hung on the verb each: "a building was damaged and two people were killed, the
        # governor said"
        tokens = [*tokens, *sorted(rest.subtree, key=lambda t: t.i)]
    if dep == "ccomp" and (speaker := stranded_speaker(head)) is not None:
        tokens = [*tokens, *head.doc[tokens[-1].i + 1: speaker.left_edge.i]]  # the name the parser took from the clause
        while tokens[-1].is_punct:
            tokens = tokens[:-1]
    said = _child(head, "dobj") if dep == "ccomp" and head.lemma_.lower() in ("say", "claim") else None
    if said is not None and head.i < said.i < comp.i:
        # a headline's verbless clause, parsed as what was said: "says hostage standoff over, 33 militants killed"
        tokens = sorted([*said.subtree, *[t for t in head.doc[said.right_edge.i + 1: comp.i] if t.is_punct], *tokens],
                        key=lambda t: t.i)
    # "denied involvement in a statement": the medium ends what was said
    medium = next((t.i for t in tokens if t.dep_ == "prep" and t.i > comp.i and (
        (t.lower_ == "in" and any(o.lemma_.lower() in MEDIA for o in t.children))
        or (t.lower_ in ("on", "via") and any(o.lemma_.lower() in CHANNELS for o in t.children)))), None)
    tokens = [t for t in tokens if medium is None or t.i < medium]
    # nor is the rebuttal set beside it: "accused Kabul of sheltering TTP fighters, a charge the Taliban deny"
    rebuttal = next((t.left_edge.i for t in tokens if t.dep_ == "appos" and t.lemma_.lower() in _REBUTTED
                     and t.i > comp.i and (any(c.dep_ == "relcl" for c in t.children)  # (or set off by a comma,
                                           # however its clause is parsed: "a charge the government rejects")
                                           or (t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","))), None)
    tokens = [t for t in tokens if rebuttal is None or t.i < rebuttal]
    while rebuttal is not None and len(tokens) > 1 and tokens[-1].is_punct:
        tokens = tokens[:-1]
    subject = _child(comp, "nsubj", "nsubjpass") if dep == "ccomp" else None
    if subject is not None and head.i < tokens[0].i < subject.left_edge.i and any(t.ent_type_ in ("DATE", "TIME") for t in tokens
                                                                          if t.i < subject.left_edge.i):
        # "said on Monday they had killed ...": the day, hung on the clause by the parser, is the saying's
        tokens = [t for t in tokens if t.i >= subject.left_edge.i]
    if dep == "ccomp" and head.dep_ == "relcl" and any(t.i > head.i for t in tokens):
        # "the YBS, which Ankara says is affiliated with the PKK,": what Ankara says follows it
        tokens = [t for t in tokens if t.i > head.i]
        while len(tokens) > 1 and tokens[-1].text == ",":
            tokens = tokens[:-1]
    if tokens and tokens[0].lower_ in ("that", "of") and len(tokens) > 1:
        tokens = tokens[1:]
    # a report ends before the speaker's own next words: "warned that the insurgents were regaining
    # ground, saying ..."
    own = speakers_own_words(comp) if dep == "ccomp" else None
    tokens = [t for t in tokens if own is None or t.i < own.i - 1]
    while len(tokens) > 1 and (tokens[-1].is_space or tokens[-1].text in (",", ";", ":") or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]  # a headline's "claims control" ends at the line, not at the blank after it; nor at a comma
    b, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Span(b, e, text[b:e])


def _object_of_another_verb(head: Token, begin: int, end: int) -> bool:
    quoted = head.doc.char_span(begin, end, alignment_mode="expand")
    if quoted is None or quoted.root.dep_ not in ("dobj", "oprd", "attr", "pobj", "appos"):
        return False
    verb = clause_verb(quoted.root.head)
    return verb.i != head.i and verb.pos_ == "VERB"


def quote_for(table: MentionTable, head: Token) -> Span | None:
    """What a statement said: the quotation next to it in its paragraph, else its reported clause."""
    text = table.document.text
    para_start = text.rfind("\n", 0, head.idx) + 1
    para_end = text.find("\n", head.idx)
    para_end = len(text) if para_end < 0 else para_end
    reported = clause(head, "ccomp", text)
    if reported is not None and head.dep_ == "relcl":
        return reported  # '"...," said Ahmed Ibrahim, a farmer who said he lost his sons': his own clause, not the quote
    best: Span | None = None
    best_distance = 10**9
    for m in _QUOTE.finditer(text, para_start, para_end):
        b, e = m.start(1), m.end(1)
        if len(m.group(1).split()) < 3 or b <= head.idx < e:
            continue  # a nickname or scare quote, or the trigger is inside someone else's words
        if _object_of_another_verb(head, b, e):
            continue  # 'called the attack "a heinous crime" and ordered police to ...': what he called it
        if e <= head.sent.start_char:
            continue  # ended before this sentence began: an earlier statement's words ("accused Israel of waging
            # "a war of extermination". The government declared ...")
        if reported is not None and reported.begin <= b and e <= reported.end:
            continue  # a phrase quoted inside reported speech: the whole clause is what was said
        if reported is not None and head.dep_ in ("advcl", "conj") and e <= head.idx \
                and (head.head.lemma_ in REPORTING or head.head.idx < b):
            continue  # '"We call on ...," he said in a statement, adding that ...': the quote is what he said first
            # (and 'called it a "cruel and malicious" violation and vowed that Hamas would pay': what he called it)
            # (or after: 'said the matter "can be deemed concluded," but warned that Iran would respond')
        if reported is None and head.dep_ == "conj" and e <= head.idx and head.head.lemma_ in REPORTING \
                and head.head.idx < b and any(c.dep_ == "ccomp" for c in head.head.children):
            continue  # 'said the matter "can be deemed concluded", but warned Israel against ...': the first verb's words
        if e <= head.idx:
            distance = head.idx - e
        elif re.fullmatch(r"\W{0,3}\s*(?:that)?\s*[:,]?\s*[“\"]?", between := text[head.idx + len(head): m.start()]) \
                and not ("." in between and _quote_has_its_speaker(head, e)):
            # (not the next sentence's quotation, said by someone it names: '..., Klymenko said. "On a holy day
            # ...," the mayor said')
            distance = b - head.idx  # 'said: “...”'
        else:
            continue
        if distance < best_distance and distance < 400:
            while e > b + 1 and text[e - 1] in ",; ":
                e -= 1  # '"..., " said X': the comma closes the quotation, it is not said
            best, best_distance = Span(b, e, text[b:e]), distance
    if best is None and reported is not None and reported.begin < para_start:
        begin = para_start + len(text[para_start:reported.end]) - len(text[para_start:reported.end].lstrip())
        reported = Span(begin, reported.end, text[begin:reported.end])
    return best or reported


def _quote_has_its_speaker(head: Token, end: int) -> bool:
    """Whether a saying verb follows a quotation ending at `end`, in its own sentence: its words are that speaker's."""
    doc = head.doc
    after = doc.char_span(end, min(len(doc.text), end + 1), alignment_mode="expand")
    if after is None:
        return False
    sent = after[0].sent
    return any(t.lemma_ in REPORTING and t.i > after[0].i for t in sent) and sent.start > head.sent.start


def relative_report(head: Token, text: str) -> Span | None:
    """What a relative report says of its noun: "the strikes, which it said threatened humanitarian operations"
    say the strikes threatened them; the words after the verb, however the parser hung them."""
    if head.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in head.children) \
            and any(c.dep_ == "nsubj" and c.tag_ != "WDT" for c in head.children) and head.head.pos_ == "NOUN" \
            and head.i + 1 < head.sent.end and head.nbor(1).tag_ in ("VBD", "VBZ", "VBP", "MD") \
            and head.nbor(1).head.i != head.i:
        # without its pronoun, the reported verb torn from it: "in an attack Israel said targeted Hamas military
        # commander Mohammed Deif", "a series of attacks the group says are in solidarity with Palestinians" (the
        # words to the clause's end)
        end = next((t.i for t in head.doc[head.i + 1: head.sent.end] if t.is_punct and t.text in ",.;"), head.sent.end)
        words = head.doc[head.i + 1: end]
        return Span(words.start_char, words.end_char, text[words.start_char: words.end_char])
    if head.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in head.children) \
            or not any(c.dep_ == "nsubj" and c.tag_ != "WDT" for c in head.children) or head.right_edge.i <= head.i:
        return None
    words = head.doc[head.i + 1: head.right_edge.i + 1]
    return Span(words.start_char, words.end_char, text[words.start_char: words.end_char])


def fronted(head: Token, text: str) -> Span | None:
    """What an attribution at a sentence's end said, when the parser made the reported clause a noun
    phrase: "Gang members ... killed at least 70 people ..., the United Nations said on Friday"."""
    sent = head.sent
    if head.dep_ in ("conj", "advcl") and not any(c.dep_ == "nsubj" for c in head.children) \
            and head.head.lemma_ in REPORTING:
        # "The ministry said ..., and declared three days of mourning", "the government said, declaring three
        # days of national mourning": its own words follow
        return None
    comma = next((t for t in reversed(sent[: head.i - sent.start]) if t.text == ","), None)
    if comma is None or head.i - comma.i > 12 or comma.i - sent.start < 4 \
            or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("compound", "amod")  # (not "the Houthi-run ministry")
                   for t in head.doc[comma.i + 1: head.i]):
        return None
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    hung = _hung_speaker(head) if head.lemma_ in REPORTING else None
    if subjects and all(c.left_edge.i < comma.i for c in subjects) and (hung is None or hung.left_edge.i != comma.i + 1):
        return None  # "Sumy's acting mayor, Artem Kobzar, declared ...": the commas hold the speaker
    end = comma.idx
    return Span(sent.start_char, end, text[sent.start_char:end])
