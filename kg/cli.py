"""The kg command line. The only module that imports click; everything else raises KGError."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from kg import __version__, config
from kg.errors import EXIT_ERROR, EXIT_NO_ANSWER, KGError, NoAnswerError

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("table", "json", "csv", "tsv")


def _fail(message: str, code: int) -> None:
    click.echo(f"kg: {message}", err=True)
    sys.exit(code)


def handles_errors(func: F) -> F:
    """KGError -> one line on stderr and its exit code; anything else -> one line too (KG_DEBUG=1 for the traceback)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NoAnswerError as exc:
            click.echo(str(exc), err=True)
            sys.exit(EXIT_NO_ANSWER)
        except KGError as exc:
            _fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except BrokenPipeError:
            # The reader stopped early (`kg stats | head`): nothing went wrong here.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except click.ClickException:
            raise  # usage errors: click prints them and exits 2
        except Exception as exc:  # noqa: BLE001 - the promise is one line, never a traceback
            if os.environ.get("KG_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc} (set KG_DEBUG=1 for details)", EXIT_ERROR)

    return wrapper  # type: ignore[return-value]


store_option = click.option("--store", "store_dir", envvar="KG_STORE", default=config.DEFAULT_STORE,
                            show_default=True, type=click.Path(file_okay=False, path_type=Path),
                            help="Store folder (or KG_STORE).")
format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                             help="Output format [default: table on a terminal, json when piped].")


def _open_read(store_dir: Path) -> Any:
    from kg.store import KGStore

    return KGStore(store_dir, read_only=True)


def _emit(columns: list[str], rows: list[dict[str, Any]], fmt: str | None) -> None:
    from kg.queries import plain

    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    data = [{c: plain(r.get(c)) for c in columns} for r in rows]
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, delimiter="," if fmt == "csv" else "\t",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows([{k: "" if v is None else v for k, v in row.items()} for row in data])
        click.echo(buffer.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns, show_lines=False)
        for row in data:
            table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
        Console().print(table)
        click.echo(f"{len(data)} row(s)", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """kg: build a knowledge graph of who did what to whom, where, when and according to whom,
    from conflict news, and query it offline.

    \b
    Exit codes: 0 ok, 1 error, 2 usage, 3 no answer.
    Example:  kg ingest seeds/ && kg ask "Who captured Kunduz?"
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option("--model", envvar="KG_MODEL", default=None,
              help=f"spaCy pipeline to use (or KG_MODEL) [default: {config.DEFAULT_MODEL}].")
@handles_errors
def ingest(paths: tuple[str, ...], store_dir: Path, model: str | None) -> None:
    """Read articles into the store: .txt/.md/.html files, folders (recursive), .jsonl, or - for stdin.

    \b
    A .txt may start with header lines 'date: YYYY-MM-DD' (or 'date YYYY-MM-DD'), 'title:',
    'source:', 'url:'. JSONL lines are objects with 'id', 'text' and optional 'published',
    'title', 'source', 'url'. Re-ingesting an unchanged document changes nothing; a changed
    one replaces its named graph. A bad document is reported and skipped.
    Example:  kg ingest seeds/ articles.jsonl --store kg-store
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kg.ingest import count_sources
    from kg.pipeline import Pipeline
    from kg.store import KGStore

    existed = store_dir.exists()
    pipeline = Pipeline(model)
    total = None if "-" in paths else count_sources(paths)
    store = KGStore(store_dir)
    console = Console(stderr=True)
    problems: list[str] = []
    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=console, transient=True,
                  disable=not console.is_terminal) as progress:
        task = progress.add_task("", total=total)

        def step(what: str) -> None:
            if what.startswith("skipped "):
                problems.append(what[len("skipped "):])
            progress.update(task, advance=1, description=what[-40:])

        report = pipeline.ingest(store, paths, stdin=sys.stdin if "-" in paths else None, progress=step)
    for problem in problems:
        click.echo(f"kg: skipped {problem}", err=True)
    if not existed and report.added == 0:
        del store  # nothing was ingested into a new store: leave no empty store behind
        shutil.rmtree(store_dir, ignore_errors=True)
    click.echo(f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
               f"{len(report.problems)} skipped; {report.quads} quads written to {store_dir}")
    if report.problems:
        sys.exit(EXIT_ERROR)


@main.command("queries")
@handles_errors
def list_queries() -> None:
    """List the shipped named queries with their titles and parameters.

    Example:  kg queries
    """
    from kg.queries import load_all

    for name, query in load_all().items():
        click.echo(f"{name}: {query.title}")
        if query.description:
            click.echo(f"    {query.description}")
        for p in query.params:
            default = f" [default: {p.default or 'none'}]" if p.default is not None else ""
            click.echo(f"    -p {p.name}=<{p.type}>{default}  {p.description}")
        if query.example:
            click.echo(f"    e.g. {query.example}")


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for value in values:
        if "=" not in value:
            raise click.UsageError(f"-p expects name=value, got {value!r}")
        name, _, raw = value.partition("=")
        out[name.strip()] = raw
    return out


@main.command()
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter.")
@store_option
@format_option
@handles_errors
def query(name: str, params: tuple[str, ...], store_dir: Path, fmt: str | None) -> None:
    """Run a named query (see `kg queries`) or a .rq file, with parameters bound safely.

    \b
    Entity parameters take a name or alias ("Kunduz", "the US") or an IRI.
    Example:  kg query who-did -p type=Capture -p target=Kunduz --format json
    """
    from kg import queries

    values = _params(params)
    store = _open_read(store_dir)
    result = queries.run(store, queries.load(name), values)
    _emit(result.columns, result.rows, fmt)


@main.command()
@click.argument("sparql")
@store_option
@format_option
@handles_errors
def sparql(sparql: str, store_dir: Path, fmt: str | None) -> None:
    """Run an ad-hoc SPARQL SELECT (prefixes ckg:, nif:, gaf:, sem:, prov:, skos:, geo:, rdfs: predeclared).

    \b
    The union of all graphs is the default graph. The store is opened read-only.
    Example:  kg sparql 'SELECT ?e ?l WHERE { ?e a ckg:Person ; rdfs:label ?l }'
    """
    from kg import queries

    result = queries.run_text(_open_read(store_dir), sparql)
    _emit(result.columns, result.rows, fmt)


@main.command()
@click.argument("question")
@store_option
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
@click.option("--show-sparql", is_flag=True, help="Print the query used.")
@handles_errors
def ask(question: str, store_dir: Path, fmt: str, show_sparql: bool) -> None:
    """Answer a question from the graph, citing the source document and sentence.

    \b
    Understands:
      who captured/attacked/bombed/seized X       (also: who was X captured by?)
      when did ACTOR capture/attack X
      what happened in PLACE [in MONTH YEAR]
      who is PERSON                               who speaks for ORGANISATION
      who said what [about TOPIC]                 what did A say [about TOPIC]
      how many people were killed/injured/displaced [in PLACE] [by ACTOR]
      which organisations are connected to ACTOR  how are A and B connected
      where did ACTOR operate                     list events of TYPE / list attacks
    Entities resolve through aliases ("the US" = "America"). Exit code 3 when there is no answer.
    Example:  kg ask "Who captured Kunduz?"
    """
    from dataclasses import asdict

    from kg import ask as ask_mod

    answer = ask_mod.answer(_open_read(store_dir), question)
    if fmt == "json":
        payload = asdict(answer)
        if not show_sparql:
            payload.pop("sparql")
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
        return
    click.echo(answer.headline)
    for item in answer.items:
        click.echo(f"  - {item.text}")
        if item.evidence:
            published = item.evidence.published or "date unknown"
            click.echo(f"      [{item.evidence.source}, published {published}] {item.evidence.sentence}")
    if show_sparql:
        click.echo(f"\n# query: {answer.query} {answer.params}\n{answer.sparql}")


@main.command()
@store_option
@handles_errors
def stats(store_dir: Path) -> None:
    """Summarise the store: documents, entities by type, events by type, quads.

    Example:  kg stats
    """
    from kg import queries

    store = _open_read(store_dir)
    docs = queries.run_named(store, "documents").rows
    entity_rows = queries.run_named(store, "entity-types").rows
    event_rows = queries.run_named(store, "event-types").rows
    p = queries.plain
    click.echo(f"store: {store_dir}")
    click.echo(f"documents: {len(docs)}")
    click.echo(f"quads: {len(store)} in {len(store.named_graphs())} named graphs")
    click.echo(f"entities: {sum(p(r['entities']) for r in entity_rows)}")
    for r in entity_rows:
        click.echo(f"  {p(r['entityType']):<28}{p(r['entities']):>6}")
    click.echo(f"events: {sum(p(r['events']) for r in event_rows)}")
    for r in event_rows:
        click.echo(f"  {p(r['eventType']):<28}{p(r['events']):>6}  ({p(r['withAgents'])} with an agent)")


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

    store = _open_read(store_dir)
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

    store = _open_read(store_dir)
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

    store = _open_read(store_dir)
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


@main.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@store_option
@handles_errors
def dump(out: Path, store_dir: Path) -> None:
    """Dump every named graph, provenance included, to OUT.trig or OUT.nq.

    Example:  kg dump graph.trig
    """
    quads = _open_read(store_dir).dump(out)
    click.echo(f"wrote {out}: {quads} quads")


if __name__ == "__main__":
    main()
