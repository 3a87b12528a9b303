"""Relations: memberOf/role from appositions and titles, basedIn from "Kabul-based", locatedIn
between places ("Camp Anthonic in Helmand province", "Helmand province, Afghanistan")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.entities import (
    QUARTER_NOUNS,
    MentionTable,
    demonym_start,
    forces_of,
    story_country,
    town_and_quarter,
)
from kg.model import Relation

TITLE_HEADS = {
    "president", "minister", "commander", "spokesman", "spokesperson", "spokeswoman", "envoy", "ambassador",
    "general", "chief", "governor", "official", "secretary", "leader", "head", "director", "adviser", "advisor",
    "correspondent", "journalist", "reporter", "analyst", "diplomat", "prosecutor", "mayor", "lawmaker",
    "senator", "king", "prince", "emir", "commissioner", "representative", "officer", "deputy", "premier",
    "chancellor", "chairman", "chairwoman", "chair", "founder", "member", "negotiator", "coordinator",
    "researcher", "expert", "colonel", "major", "captain", "admiral", "lieutenant", "sergeant", "editor",
}
RANKS = {"gen", "gen.", "maj", "maj.", "col", "col.", "lt", "lt.", "capt", "capt.", "sgt", "sgt.", "adm", "adm.",
         "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "brig", "brig.", "cmdr", "cmdr.", "gov.", "sen."}
DROP_MODIFIERS = {"former", "ex", "then", "current", "new", "top", "senior", "local", "another", "other",
                  "retired", "late", "a", "an", "the", "acting", "interim", "longtime", "veteran"}
# Offices held over a place rather than in an organisation: "Kaduna state governor", "Kabul mayor".
PLACE_TITLES = {"governor", "mayor", "councillor", "councilor", "administrator", "prefect", "premier", "commissioner"}
PLACE_RANK = {"Facility": 0, "City": 1, "Place": 1, "District": 2, "Province": 3, "Country": 4}


def _org_in(table: MentionTable, tokens: list[Token]) -> int | None:
    for token in tokens:
        found = table.at(token)
        if found is not None and table.mentions[found].cls not in ("Person",) and table.mentions[found].cls in (
            "Organisation", "ArmedGroup", "StateForce", "Government", "InternationalOrganisation",
            "MediaOrganisation", "Country",
        ):
            return found
    return None


def _role_words(table: MentionTable, head: Token) -> str | None:
    if head.lemma_.lower() not in TITLE_HEADS and head.lower_ not in TITLE_HEADS:
        return None
    words = []
    for child in head.lefts:
        if child.dep_ in ("compound", "amod") and table.at(child) is None and child.lower_ not in DROP_MODIFIERS \
                and child.text not in table.lexicon.demonyms and child.is_alpha and not child.ent_type_ \
                and child.lower_ != "based":
            words.append(child.lower_)
    words.append(head.lower_)
    return " ".join(words)


def _based_in(table: MentionTable, tokens: list[Token]) -> int | None:
    text = table.document.text
    for token in tokens:
        found = table.at(token)
        if found is not None and text[table.mentions[found].span.end:].startswith("-based"):
            return found
    return None


def _country_of_demonym(table: MentionTable, tokens: list[Token]) -> int | None:
    """A demonym in a title ('Afghan Foreign Minister') as a Country mention added on the fly."""
    from kg.model import Mention

    for token in tokens:
        # the whole demonym where it is two words: "South Sudanese President Salva Kiir"
        first = token.doc[demonym_start(table.lexicon, token)]
        key = table.lexicon.demonyms.get(token.doc[first.i:token.i + 1].text)
        if key and token.i not in table.by_token:
            entry = table.lexicon.entries[key]
            return table.add(Mention(table.span(first.idx, token.idx + len(token)), entry.label,
                                     entry.cls, key, table.sentence(token.i)))
        if key:
            return table.by_token[token.i]
    return None


def body_relations(table: MentionTable) -> list[Relation]:
    """basedIn for a body set beside where it sits: "SBM Intelligence, a Lagos-based consultancy"."""
    out = []
    for index, mention in enumerate(list(table.mentions)):
        if mention.ref is not None or not table.lexicon.is_a(mention.cls, "Organisation") \
                or (words := table.tokens(mention)) is None:
            continue
        sent = words.root.sent
        for appos in (c for c in words.root.children if c.dep_ == "appos" and c.i > words.root.i):
            home = _based_in(table, [t for t in appos.subtree if t.i < appos.i + 12])
            if home is not None:
                out.append(Relation(index, "basedIn", home, table.span(sent.start_char, sent.end_char), None, 0.8))
    return out


def person_relations(table: MentionTable) -> list[Relation]:
    return [r for index in range(len(table.mentions)) for r in _relations_of(table, index)]


def member_body(table: MentionTable, index: int) -> int | None:
    """The body a person is said (anywhere) to belong to: whom their "we" is."""
    person = table.canonical(index)
    return next((r.object for i, m in enumerate(table.mentions) if m.ref is None and (m.key or m.name) == (person.key or person.name)
                 for r in _relations_of(table, i) if r.predicate == "memberOf"), None)


def _relations_of(table: MentionTable, index: int) -> list[Relation]:
    doc, mention = table.doc, table.mentions[index]
    out: list[Relation] = []
    if mention.cls != "Person" or mention.ref is not None:
        return out
    span = table.tokens(mention)
    if span is None:
        return out
    sent = span.root.sent
    evidence = table.span(sent.start_char, sent.end_char)
    # 1. Apposition: "John Kirby, a Pentagon spokesman," / "Bilal Sarwary, a Kabul-based journalist",
    # either way round: "Ukraine's top commander, Oleksandr Syrskyi,".
    titled = [span.root.head] if span.root.dep_ == "appos" and span.root.head.lemma_.lower() in TITLE_HEADS \
        and not any(c.dep_ == "appos" and span.root.head.i < c.i < span.root.i for c in span.root.head.children) else []
    # (not a second name hung on the first one's title: "leader Hassan Nasrallah and Hamas chief Ismail Haniyeh")
    for appos in [c for c in span.root.children if c.dep_ == "appos"] + titled:
        phrase = [t for t in appos.subtree if t.i < appos.i + 12]
        role = _role_words(table, appos)
        org = _org_in(table, [c for c in appos.lefts] + [o for p in appos.children if p.dep_ == "prep"
                                                         and p.lower_ in ("of", "for", "at", "with", "to")
                                                         for o in p.children])
        if org is None:  # "a senior adviser in Iran's Revolutionary Guards, Razi Mousavi" (a body, not a land)
            org = next((f for p in appos.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                        if (f := _org_in(table, [o])) is not None and table.mentions[f].cls != "Country"), None)
        if org is None and not any(t.lower_ == "former" for t in phrase):
            org = _country_of_demonym(table, list(appos.lefts))
        if org is not None and role:
            out.append(Relation(index, "memberOf", org, evidence, role, 0.8))
        home = _based_in(table, phrase)
        if home is not None:
            out.append(Relation(index, "basedIn", home, evidence, role, 0.8))
    # 1b. Who leads a body: "The Viv Ansanm gang coalition, led by Jimmy Cherizier", "the RSF, led by Dagalo".
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_ == "lead" \
            and root.head.head.dep_ == "acl":
        body = root.head.head.head
        org = _org_in(table, [body, *(t for t in body.subtree if t.i < body.i and t.dep_ in ("compound", "nmod"))])
        if org is not None:
            out.append(Relation(index, "memberOf", org, evidence, "leader", 0.75))
    # 2. Title before the name: "US president Joe Biden", "Afghan Foreign Minister Mohammad Haneef Atmar".
    j = span.start - 1
    while j >= sent.start and (doc[j].lower_ in RANKS or (doc[j].lower_ in ("rear", "vice") and doc[j + 1].lower_ in RANKS)):
        j -= 1  # (and "Rear Adm.", "Vice Adm.")
    title: list[Token] = []
    # (words of a title, never a verb or a preposition: "the attack came as gang leader Jimmy Cherizier called")
    while j >= sent.start and len(title) < 4 and doc[j].is_alpha and table.at(doc[j]) is None \
            and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") \
            and doc[j].text not in table.lexicon.demonyms and doc[j].lower_ not in DROP_MODIFIERS:
        title.insert(0, doc[j])
        j -= 1
    if title and title[-1].lower_ in TITLE_HEADS:
        role = " ".join(t.lower_ for t in title)
        before = [doc[k] for k in range(j, max(sent.start - 1, j - 4), -1)]
        before = before[1:] if before and before[0].tag_ == "POS" else before  # "Hezbollah's chief spokesman Mohammad Afif"
        org = _org_in(table, before[:1]) if before else None
        if org is None and before and not any(t.lower_ in _OUTSIDE_THE_STATE for t in title):
            # (a gang's, a rebel force's leader has the demonym for a nationality, no office of the land's:
            # "Haitian gang leader Jimmy Cherizier")
            org = _country_of_demonym(table, before[:1])
        if org is None and (force := next((t for t in title if t.lower_ in ("police", "army", "military")), None)) is not None \
                and force.i == title[0].i and (country := story_country(table, force)) is not None:
            # "..., police commander Victor Herrera told reporters": the story's land's police
            org = table.by_token.get(force.i) if force.i in table.by_token \
                else table.add(forces_of(table, country, force.idx, force.idx + len(force), force))
        if org is not None:
            out.append(Relation(index, "memberOf", org, evidence, role, 0.75))
        elif before and title[-1].lower_ in PLACE_TITLES and (place := table.at(before[0])) is not None \
                and table.mentions[place].cls in PLACE_RANK:
            out.append(Relation(index, "basedIn", place, evidence, role, 0.7))  # "Kaduna state governor Uba Sani"
    return out


# Titles held outside any state: "gang leader", "rebel commander", "cartel boss".
_OUTSIDE_THE_STATE = {"gang", "rebel", "militia", "cartel", "jihadist", "insurgent", "separatist", "drug", "warlord",
                      "militant", "pirate", "opposition", "guerrilla", "mafia"}


# Verbs a land after a comma may say with: "in Kursk, Ukraine says" names a speaker, not where Kursk lies.
SPEAKING = {"say", "claim", "report", "allege", "announce", "confirm", "deny", "accuse", "warn"}


def place_relations(table: MentionTable) -> list[Relation]:
    doc, out = table.doc, []
    for index, mention in enumerate(list(table.mentions)):
        rank = PLACE_RANK.get(mention.cls)
        if rank is None or mention.ref is not None:
            continue
        span = table.tokens(mention)
        if span is None:
            continue
        candidates = [o for p in span.root.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                      if o.dep_ == "pobj"]
        candidates += [c for c in span.root.children if c.dep_ == "appos"]
        # and the owner of the kind it is named with: "Russia's Saratov region", "Mali's Gao region"
        kind = span.root.head if span.root.dep_ == "compound" else span.root
        candidates += [c for c in kind.children if c.dep_ == "poss"]
        # and the town a quarter is "of": "the Delmas area of Port-au-Prince" (a town the gazetteer knows too)
        quarter = [o for p in kind.children if kind.i != span.root.i and kind.lemma_.lower() in QUARTER_NOUNS
                   and p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        candidates = quarter + candidates
        # (but never a land's possessive after a comma: "kills Russian general in Moscow, Ukraine's SBU claims")
        if span.end + 1 < len(doc) and doc[span.end].text in (",", "in") \
                and not (doc[span.end + 1].dep_ == "conj" and doc[span.end + 1].head.i in range(span.start, span.end)) \
                and not (span.end + 2 < len(doc) and doc[span.end + 2].tag_ == "POS") \
                and not (span.end + 2 < len(doc) and doc[span.end + 2].lemma_ in SPEAKING) \
                and not (doc[span.end + 1].dep_ in ("compound", "amod", "nmod", "poss")
                         and doc[span.end + 1].head.dep_ == "nsubj" and doc[span.end + 1].head.head.lemma_ in SPEAKING):
            # (nor a land that speaks, or its men: "in Kursk, Ukraine says", "in the Red Sea, U.S. officials said")
            # "Helmand province, Afghanistan" / "Camp Shorabak in Helmand", however the parser attached it
            # (not a list: "the provinces of Tehran, Khuzestan and Ilam")
            candidates.append(doc[span.end + 1])
        for token in candidates:
            other = table.at(token)
            if other is None or other == index:
                continue
            other_rank = PLACE_RANK.get(table.mentions[other].cls)
            if other_rank is not None and (other_rank > rank or (token.i in {q.i for q in quarter} and other_rank == rank)):
                sent = span.root.sent
                outer, inner = other, index
                if token.i in {q.i for q in quarter}:
                    # (the town the gazetteer knows holds the quarter it does not: "the Gaza City neighbourhood of
                    # Shejaia" is in Gaza City)
                    outer, inner = town_and_quarter(table, kind) or (outer, inner)
                out.append(Relation(inner, "locatedIn", outer, table.span(sent.start_char, sent.end_char),
                                    None, 0.7))
                break
    return out
