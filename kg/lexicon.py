"""The domain configuration, read from ontology/*.ttl: class hierarchy, trigger lexicon, gazetteer.

Parsed with pyoxigraph's fast Turtle parser (no Store): `kg ask` needs the gazetteer without spaCy.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg import config
from kg.errors import KGError
from kg.vocab import CKG, GEO, OWL, RDF, RDFS, RES, SKOS, WD, local_name

ENTITY_CLASSES = (
    "Person", "Organisation", "ArmedGroup", "StateForce", "Government", "InternationalOrganisation",
    "MediaOrganisation", "Place", "Country", "Province", "District", "City", "Facility",
)
PLACE_CLASSES = frozenset({"Place", "Country", "Province", "District", "City", "Facility"})
ACTOR_CLASSES = frozenset(set(ENTITY_CLASSES) - PLACE_CLASSES | {"Country"})


@dataclass(frozen=True)
class Trigger:
    lemmas: tuple[str, ...]
    cls: str
    pos: str | None = None  # "v" or "n": restricts the last word
    weak: bool = False  # needs an actor subject
    inverse: bool = False  # subject is the target, "to" object the agent


@dataclass(frozen=True)
class GazetteerEntry:
    key: str
    cls: str
    label: str
    alt_labels: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    qid: str | None = None
    located_in: str | None = None
    part_of: str | None = None
    based_in: str | None = None
    wkt: str | None = None
    capital: str | None = None  # a country's capital, by name
    weak: bool = False  # generated (GeoNames): labels text only where the tagger found nothing else
    kinds: tuple[str, ...] = ()  # an armed group's kinds as news describes it: "rebel", "islamist", "mercenary"
    army_in_reports: str | None = None  # a land with no army: the army "the army" means there (Palestine: the IDF)


@dataclass(frozen=True)
class Lexicon:
    superclasses: dict[str, frozenset[str]]  # class -> all its ckg ancestors (itself included)
    triggers: tuple[Trigger, ...]
    entries: dict[str, GazetteerEntry]
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # exact name -> keys
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym -> country key
    peoples: frozenset[str] = frozenset()  # names of peoples ("Tuareg", "Fulani"): no entity, no country

    def is_a(self, cls: str, ancestor: str) -> bool:
        return ancestor in self.superclasses.get(cls, frozenset({cls}))

    @cached_property
    def event_words(self) -> frozenset[str]:
        """One-word triggers of events that happen somewhere (not statements): attack, killed, siege."""
        return frozenset(t.lemmas[0] for t in self.triggers
                         if len(t.lemmas) == 1 and not self.is_a(t.cls, "Statement"))

    @cached_property
    def firm_event_words(self) -> frozenset[str]:
        """The event words that name an event with no actor in sight: not "meet", which needs one."""
        return frozenset(t.lemmas[0] for t in self.triggers
                         if len(t.lemmas) == 1 and not t.weak and not self.is_a(t.cls, "Statement"))

    @cached_property
    def armed_words(self) -> frozenset[str]:
        """The one-word triggers only an armed actor does: attack, seize, besiege, kill."""
        return frozenset(t.lemmas[0] for t in self.triggers if len(t.lemmas) == 1 and not t.inverse and any(
            self.is_a(t.cls, c) for c in ("Attack", "Capture", "Siege", "Killing")))

    def national_forces(self, country: str) -> GazetteerEntry | None:
        """A country's armed forces as the gazetteer names them ("US forces", "Israel Defense Forces",
        "Sudanese Armed Forces", "Myanmar military"); not a command, a guard corps or an agency."""
        return self._national_forces.get(country)

    @cached_property
    def _national_forces(self) -> dict[str, GazetteerEntry]:
        """Built once: looked up for every nationality before a force word, on the extraction path."""
        out: dict[str, GazetteerEntry] = {}
        for entry in self.entries.values():
            if entry.cls != "StateForce" or entry.based_in is None or entry.part_of is not None:
                continue
            names = " ".join((entry.label, *entry.alt_labels)).lower()
            if re.search(r"\b(?:forces|military|army|defen[cs]e force)\b", names) \
                    and not re.search(r"\b(?:command|guards?|corps|directorate)\b", entry.label.lower()):
                out.setdefault(entry.based_in, entry)
        return out

    @cached_property
    def capitals(self) -> dict[str, str]:
        """A capital's name -> its country's key; built once, looked up for every city mention."""
        return {e.capital: k for k, e in self.entries.items() if e.cls == "Country" and e.capital}

    def national_government(self, country: str) -> GazetteerEntry | None:
        """A country's government as the gazetteer names it ("Afghan government"); not a ministry,
        not a rival government ("National Unity Government")."""
        return self._national_governments.get(country)

    @cached_property
    def _national_governments(self) -> dict[str, GazetteerEntry]:
        out: dict[str, GazetteerEntry] = {}
        for entry in self.entries.values():
            if entry.cls == "Government" and entry.based_in is not None and any(
                    re.fullmatch(r"(?:\w+ government|government of .+)", name.lower())
                    for name in (entry.label, *entry.alt_labels)):
                out.setdefault(entry.based_in, entry)
        return out

    def lies_in(self, inner: str | None, outer: str | None) -> bool:
        """inner lies in outer by the gazetteer's locatedIn chain (a district in its province)."""
        for _ in range(8):  # (a cycle in the data ends here)
            entry = self.entries.get(inner) if inner else None
            if entry is None or entry.located_in is None:
                return False
            inner = entry.located_in
            if inner == outer:
                return True
        return False

    def km_apart(self, a: str | None, b: str | None) -> float | None:
        """How far apart two gazetteer points are (great-circle km), or None where either has no point."""
        first, second = (_point(self.entries[k].wkt) if k and k in self.entries else None for k in (a, b))
        if first is None or second is None:
            return None
        lon1, lat1, lon2, lat2 = map(math.radians, (*first, *second))
        h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))

    def country_of(self, key: str | None) -> str | None:
        """The country a gazetteer place lies in (itself for a country), by the locatedIn chain."""
        seen: set[str] = set()
        while key is not None and key in self.entries and key not in seen:  # a cycle in the data ends here
            if self.entries[key].cls == "Country":
                return key
            seen.add(key)
            key = self.entries[key].located_in
        return None

    def event_classes(self) -> list[str]:
        return sorted(c for c in self.superclasses if self.is_a(c, "Event"))

    def lookup(self, name: str) -> tuple[str, ...]:
        """Gazetteer keys whose label or alias is name (exact first, then case-insensitive, then however it spells
        "-isation": "Popular Mobilisation Forces")."""
        return self.names.get(name) or self.names.get(name.casefold()) \
            or self.names.get(name.casefold().replace("isation", "ization"), ())

    def lookup_as(self, name: str, cls: str) -> tuple[str, ...]:
        """Gazetteer keys for a name the tagger typed as cls: a person named Jordan is not the
        country, and a generated place never renames what the tagger called a person or organisation."""
        family = _family(self, cls)
        # "Russia said" is the country; a town the tagger took for an organisation is the town (but not
        # one the text calls a news outlet: "the Saba news agency").
        return tuple(k for k in self.lookup(name) if _family(self, self.entries[k].cls) == family
                     or (family == "Actor" and (self.entries[k].cls == "Country"
                                                or (self.entries[k].weak and cls != "MediaOrganisation"))))


def _family(lexicon: Lexicon, cls: str) -> str:
    if lexicon.is_a(cls, "Person"):
        return "Person"
    if cls == "Country" or lexicon.is_a(cls, "Place"):
        return "Place"
    return "Actor"


def _v(term: object) -> str:
    """The lexical value of any RDF term (pyoxigraph's unions include RDF-star triples, which we never use)."""
    return str(getattr(term, "value", term))


def _literals(quads: list[ox.Quad], pred: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for q in quads:
        if q.predicate.value == pred and isinstance(q.object, ox.Literal):
            out[_v(q.subject)].append(_v(q.object))
    return out


def _parse(path: Path) -> list[ox.Quad]:
    try:
        return list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError) as exc:
        raise KGError(f"{path}: cannot read the ontology: {exc}") from exc


def _triggers(quads: list[ox.Quad]) -> list[Trigger]:
    out: list[Trigger] = []
    for prop, weak, inverse in (("trigger", False, False), ("weakTrigger", True, False), ("inverseTrigger", False, True)):
        for subject, values in _literals(quads, CKG + prop).items():
            for raw in values:
                text, _, pos = raw.partition("/")
                out.append(Trigger(tuple(text.lower().split()), local_name(subject), pos or None, weak, inverse))
    return sorted(out, key=lambda t: (t.cls, t.lemmas))


def _superclasses(quads: list[ox.Quad]) -> dict[str, frozenset[str]]:
    parents: dict[str, set[str]] = defaultdict(set)
    for q in quads:
        if q.predicate.value == RDFS + "subClassOf" and _v(q.subject).startswith(CKG):
            parents[local_name(_v(q.subject))].add(_v(q.object))
    result: dict[str, frozenset[str]] = {}
    for cls in parents:
        seen, todo = {cls}, [cls]
        while todo:
            for parent in parents.get(todo.pop(), ()):
                if parent.startswith(CKG) and local_name(parent) not in seen:
                    seen.add(local_name(parent))
                    todo.append(local_name(parent))
        result[cls] = frozenset(seen)
    return result


def _entries(quads: list[ox.Quad]) -> dict[str, GazetteerEntry]:
    prefix = RES + "entity/"
    by_subject: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for q in quads:
        by_subject[_v(q.subject)][q.predicate.value].append(_v(q.object))
    entries: dict[str, GazetteerEntry] = {}
    for iri, props in by_subject.items():
        types = [t for t in props.get(RDF + "type", []) if t.startswith(CKG)]
        if not iri.startswith(prefix) or not types or "/" in iri[len(prefix):]:
            continue
        geometry = props.get(GEO + "hasGeometry", [None])[0]
        wkt = by_subject[geometry][GEO + "asWKT"][0] if geometry and geometry in by_subject else None
        sameas = [s for s in props.get(OWL + "sameAs", []) if s.startswith(WD)]

        def one(pred: str, props: dict[str, list[str]] = props) -> str | None:
            vals = props.get(CKG + pred)
            return vals[0][len(prefix):] if vals else None

        key = iri[len(prefix):]
        entries[key] = GazetteerEntry(
            key=key,
            cls=local_name(types[0]),
            label=props[RDFS + "label"][0],
            alt_labels=tuple(sorted(props.get(SKOS + "altLabel", []))),
            demonyms=tuple(sorted(props.get(CKG + "demonym", []))),
            qid=sameas[0][len(WD):] if sameas else None,
            located_in=one("locatedIn"),
            part_of=one("partOf"),
            based_in=one("basedIn"),
            wkt=wkt,
            capital=props.get(CKG + "capitalName", [None])[0],
            weak=props.get(CKG + "weakName", ["false"])[0] == "true",
            kinds=tuple(sorted(props.get(CKG + "groupKind", []))),
            army_in_reports=one("armyInReports"),
        )
    return entries


@lru_cache(maxsize=4)
def load(directory: str | None = None) -> Lexicon:
    """Read every .ttl in the ontology folder into one Lexicon (cached per folder)."""
    folder = Path(directory) if directory else config.ontology_dir()
    files = sorted(folder.glob("*.ttl"))
    if not files:
        raise KGError(f"{folder}: no ontology files (*.ttl) found")
    quads = [q for f in files for q in _parse(f)]
    entries = _entries(quads)
    names: dict[str, list[str]] = defaultdict(list)
    demonyms: dict[str, str] = {}
    for entry in sorted(entries.values(), key=lambda e: (e.weak, e.key)):  # curated names come first
        for name in (entry.label, *entry.alt_labels):
            for variant in dict.fromkeys((name, name.casefold())):
                if entry.key not in names[variant]:
                    names[variant].append(entry.key)
        for dem in entry.demonyms:
            demonyms.setdefault(dem, entry.key)
    return Lexicon(
        superclasses=_superclasses(quads),
        triggers=tuple(_triggers(quads)),
        entries=entries,
        names={k: tuple(v) for k, v in names.items()},
        demonyms=demonyms,
        peoples=frozenset(v for values in _literals(quads, CKG + "peopleName").values() for v in values),
    )


_POINT = re.compile(r"POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)", re.I)


def _point(wkt: str | None) -> tuple[float, float] | None:
    """(longitude, latitude) of a WKT point."""
    found = _POINT.search(wkt) if wkt else None
    return (float(found.group(1)), float(found.group(2))) if found else None
