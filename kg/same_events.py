"""One event told by several articles: `ckg:sameEventAs` links between reports in different documents.

Each article is its own named graph, so an attack two wires report is two events, and a toll summed
over the store counts it twice. The rule follows ACLED's unit of record (one event per type, place
and day): two reports are one event when they are of the same kind, name the same place or target,
agree where both say something (agents, places nested or equal, dates, whether it happened), and either
give the same day or, for what happens once to a place (a capture, a siege, a handover, a withdrawal,
a surrender), the same agent. Attacks with a month for a date, or none, stay apart: a month of
airstrikes on one city is many events.

The links are derived data, rebuilt from the article graphs into one graph of their own before the
summary, which counts each linked group once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import pyoxigraph as ox

from kg.lexicon import Lexicon
from kg.store import KGStore
from kg.vocab import CKG, RES

SAME_EVENTS_GRAPH = RES + "graph/same-events"
# What happens once to a place or a party: the same agent and place make the same event whatever day
# each article gives it (or none).
ONCE = frozenset({"Capture", "Siege", "Handover", "Withdrawal", "Surrender"})
_STATEMENT_ROOT = "Statement"  # what was said is told by who said it, not merged across articles

_REPORTS = """
SELECT ?event ?graph ?cls ?status ?date
       (GROUP_CONCAT(DISTINCT STR(?agent); separator=" ") AS ?agents)
       (GROUP_CONCAT(DISTINCT STR(?target); separator=" ") AS ?targets)
       (GROUP_CONCAT(DISTINCT STR(?place); separator=" ") AS ?places) WHERE {
  GRAPH ?graph { ?event ckg:confidence ?confidence ; a ?cls . FILTER(STRSTARTS(STR(?cls), STR(ckg:)))
    OPTIONAL { ?event ckg:status ?status } OPTIONAL { ?event ckg:date ?date }
    OPTIONAL { ?event ckg:agent ?agent } OPTIONAL { ?event ckg:target ?target } OPTIONAL { ?event ckg:place ?place } }
} GROUP BY ?event ?graph ?cls ?status ?date
"""
_WITHIN = "SELECT DISTINCT ?inner ?outer WHERE { ?e ckg:place ?inner . ?inner ckg:locatedIn ?outer }"


@dataclass(frozen=True)
class Report:
    """One article's event, as much of it as decides whether another article tells the same one."""

    event: str
    graph: str
    cls: str
    status: str | None
    date: str | None
    agents: frozenset[str]
    targets: frozenset[str]
    places: frozenset[str]


def reports(store: KGStore, lexicon: Lexicon) -> list[Report]:
    """Every event of the article graphs that could be told elsewhere (not statements)."""
    _, rows = store.select(_REPORTS)
    by_event: dict[str, Report] = {}
    for row in rows:
        cls = row["cls"].value.removeprefix(CKG)
        if not lexicon.is_a(cls, "Event") or lexicon.is_a(cls, _STATEMENT_ROOT):
            continue
        known = by_event.get(row["event"].value)
        if known is not None and lexicon.is_a(known.cls, cls):
            continue  # an Airstrike is also typed Attack: keep the finest class
        by_event[row["event"].value] = Report(
            row["event"].value, row["graph"].value, cls,
            row["status"].value.removeprefix(CKG) if row.get("status") else None,
            row["date"].value if row.get("date") else None,
            *(frozenset(row[k].value.split()) if row.get(k) else frozenset() for k in ("agents", "targets", "places")))
    return list(by_event.values())


def compatible(a: Report, b: Report, lexicon: Lexicon, within: dict[str, set[str]]) -> bool:
    """Nothing the two reports say rules out one event: different articles, the same kind and status,
    a shared agent where both name agents, places equal or nested, and dates one within the other."""
    if a.graph == b.graph or a.status != b.status or not (lexicon.is_a(a.cls, b.cls) or lexicon.is_a(b.cls, a.cls)):
        return False
    if a.agents and b.agents and not a.agents & b.agents:
        return False
    if a.places and b.places and not any(p == q or q in within.get(p, ()) or p in within.get(q, ())
                                         for p in a.places for q in b.places):
        return False
    return not (a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)))


def same(a: Report, b: Report, lexicon: Lexicon, within: dict[str, set[str]]) -> bool:
    """Whether two reports from different articles tell the same event: compatible, anchored on a shared
    place or target, and on the same day or (what happens once to a place) by the same agent."""
    if not (a.places & b.places or a.targets & b.targets) or not compatible(a, b, lexicon, within):
        return False
    same_day = a.date is not None and a.date == b.date and len(a.date) == 10
    return same_day or (a.cls in ONCE and b.cls in ONCE and bool(a.agents & b.agents))


def links(store: KGStore, lexicon: Lexicon) -> list[ox.Quad]:
    """`ckg:sameEventAs` between the reports of each event told by several articles (a star on the first)."""
    found = reports(store, lexicon)
    _, rows = store.select(_WITHIN)
    within: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        within[row["inner"].value].add(row["outer"].value)
    # Only reports sharing a place or a target, and a day or (once-only events) an agent, can match:
    # compare within those buckets, so a city with thousands of reports is not compared pairwise.
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, report in enumerate(found):
        days = [report.date] if report.date and len(report.date) == 10 else []
        agents = sorted(report.agents) if report.cls in ONCE else []
        for anchor in report.places | report.targets:
            for when_or_who in days + agents:
                buckets[(anchor, when_or_who)].append(i)
    # Groups grow only where every member fits every other (no chain of near matches joins two attacks
    # with different agents), and never hold two reports from one article.
    group = list(range(len(found)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(found))}
    for bucket in buckets.values():
        for i, j in combinations(bucket, 2):
            gi, gj = group[i], group[j]
            if gi == gj or not same(found[i], found[j], lexicon, within) or not all(
                    compatible(found[x], found[y], lexicon, within) for x in members[gi] for y in members[gj]):
                continue
            for x in members[gj]:
                group[x] = gi
            members[gi] += members.pop(gj)
    # A star, not every pair: each report and the group's first report (by IRI) name each other, so fifty
    # wires on one bombing make 98 links, and a group is what any report shares with its first.
    graph, prop = ox.NamedNode(SAME_EVENTS_GRAPH), ox.NamedNode(CKG + "sameEventAs")
    out: list[ox.Quad] = []
    for group_members in members.values():
        first, *others = sorted(found[i].event for i in group_members)
        for other in others:
            out += [ox.Quad(ox.NamedNode(first), prop, ox.NamedNode(other), graph),
                    ox.Quad(ox.NamedNode(other), prop, ox.NamedNode(first), graph)]
    return out


def refresh(store: KGStore, lexicon: Lexicon) -> int:
    """Rebuild the same-event graph in one transaction; returns how many links it holds."""
    return store.replace_graph(SAME_EVENTS_GRAPH, links(store, lexicon))
