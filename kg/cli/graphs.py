"""Commands that draw or serve the store: export, view, timeline, serve."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kg.cli import F, handles_errors, main, open_read, store_option
from kg.errors import NoAnswerError


def filter_options(func: F) -> F:
    """--since/--until/--type/--actor/--min-weight, shared by export, view and timeline."""
    options = [
        click.option("--since", metavar="YYYY-MM-DD", help="Only events on or after this date."),
        click.option("--until", metavar="YYYY-MM-DD", help="Only events on or before this date."),
        click.option("--type", "types", multiple=True, metavar="CLASS",
                     help="Only events of this class (subclasses included); repeatable."),
        click.option("--actor", metavar="NAME", help="Only events this actor takes part in."),
        click.option("--min-weight", type=float, default=0.0, show_default=True,
                     help="Drop node pairs whose edges weigh less (events or shared sentences)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(store: Any, since: str | None, until: str | None, types: tuple[str, ...], actor: str | None,
             min_weight: float) -> Any:
    from datetime import date

    from kg import ask as ask_mod
    from kg import lexicon
    from kg.errors import ExportError
    from kg.export.table import Filters

    for value, name in ((since, "--since"), (until, "--until")):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError as exc:
                raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=name) from exc
    lex = lexicon.load()
    events = set(lex.event_classes())
    for t in types:
        if t not in events:
            raise click.BadParameter(f"{t!r} is not an event class ({', '.join(sorted(events))})", param_hint="--type")
    iri = None
    if actor:
        try:
            iri = ask_mod.resolve_entity(store, actor, lex)
        except NoAnswerError as exc:
            raise ExportError(f"--actor: {exc}") from exc
    return Filters(since, until, types, iri, min_weight)


@main.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@store_option
@click.option("--graph", "kind", type=click.Choice(("actors", "events", "cooccurrence", "places")), default="actors",
              show_default=True, help="actors: agent -> target, one edge per event; events: events linked to "
              "their actors and places; cooccurrence: entities named together; places: places at their coordinates.")
@filter_options
@click.option("--no-metrics", is_flag=True, help="Skip betweenness, PageRank and communities (faster).")
@handles_errors
def export(out: Path, store_dir: Path, kind: str, since: str | None, until: str | None, types: tuple[str, ...],
           actor: str | None, min_weight: float, no_metrics: bool) -> None:
    """Export a graph for Gephi (.gexf, GEXF 1.3 with a timeline) or yEd/Cytoscape (.graphml).

    \b
    Nodes carry type, degree, weighted degree, betweenness, PageRank and a Louvain community;
    colours follow the type legend, sizes the degree; dated nodes and edges play on Gephi's timeline.
    Example:  kg export actors.gexf --graph actors --since 2021-05-01 --type Attack
    """
    from kg.export import export as export_graph

    store = open_read(store_dir)
    filters = _filters(store, since, until, types, actor, min_weight)
    nodes, edges = export_graph(store, out, kind, filters, metrics=not no_metrics)
    click.echo(f"wrote {out}: {nodes} nodes, {edges} edges ({kind})")


@main.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@store_option
@click.option("--graph", "kind", type=click.Choice(("actors", "events", "cooccurrence", "places")),
              default="cooccurrence", show_default=True, help="Which projection to draw.")
@filter_options
@handles_errors
def view(out: Path, store_dir: Path, kind: str, since: str | None, until: str | None, types: tuple[str, ...],
         actor: str | None, min_weight: float) -> None:
    """Write a self-contained offline HTML view of a graph: search, colour legend, click for evidence.

    \b
    One file, no network: the data, script and style are inside it.
    Example:  kg view graph.html --graph cooccurrence
    """
    from kg.export import view as view_graph

    store = open_read(store_dir)
    nodes, edges = view_graph(store, out, kind, _filters(store, since, until, types, actor, min_weight))
    click.echo(f"wrote {out}: {nodes} nodes, {edges} edges ({kind}); open it in a browser")


@main.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@store_option
@click.option("--interval", type=click.Choice(("day", "week", "month")), default="month", show_default=True)
@click.option("--by", type=click.Choice(("type", "agent", "place")), default="type", show_default=True,
              help="Stack the bars by event type, agent or place.")
@filter_options
@handles_errors
def timeline(out: Path, store_dir: Path, interval: str, by: str, since: str | None, until: str | None,
             types: tuple[str, ...], actor: str | None, min_weight: float) -> None:
    """Chart events over time (.png or .svg): per day, week or month, stacked by type, agent or place.

    \b
    Events dated only to a month or a year count on its first day; undated events are left out.
    Example:  kg timeline events.png --interval week --by agent
    """
    from kg.export import timeline as timeline_chart

    store = open_read(store_dir)
    count = timeline_chart(store, out, interval, by, _filters(store, since, until, types, actor, min_weight))
    click.echo(f"wrote {out}: {count} dated events")


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option("--read-write/--read-only", default=False, show_default=True,
              help="Read-only by default: SPARQL updates are refused.")
@handles_errors
def serve(store_dir: Path, host: str, port: int, read_write: bool) -> None:
    """Serve the store as a SPARQL 1.1 endpoint with the YASGUI query page at /.

    \b
    Endpoints: /query (SPARQL query), /update (refused unless --read-write), / (YASGUI).
    The union of all named graphs is the default graph. While it serves, `kg ingest` into the
    same store is refused: only one process may use a store while it is written. Ctrl-C stops it.
    Example:  kg serve --port 7878   (then open http://127.0.0.1:7878/)
    """
    from kg.serve import serve as run_server

    mode = "read-write" if read_write else "read-only"
    code = run_server(store_dir, host, port, read_write,
                      announce=lambda url: click.echo(f"serving {store_dir} at {url} ({mode}); Ctrl-C to stop", err=True))
    sys.exit(0 if code in (0, -15, 143) else code)
