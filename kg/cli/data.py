"""Commands that read or write the store: ingest, queries, query, sparql, ask, stats, dump."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import click

from kg import config
from kg.cli import emit, format_option, handles_errors, main, open_read, store_option
from kg.errors import EXIT_ERROR

PAGE = 100  # rows `kg query` shows unless told otherwise


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

    from kg import curation
    from kg.ingest import count_sources
    from kg.pipeline import Pipeline
    from kg.store import KGStore

    existed = store_dir.exists()
    pipeline = Pipeline(model, curation=curation.load(curation.default_path(store_dir)))
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
@click.option("--limit", type=click.IntRange(min=1), default=PAGE, show_default=True, help="At most this many rows (a page).")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True, help="Skip this many rows first.")
@click.option("--all", "everything", is_flag=True, help="Every row, however many (overrides --limit).")
@store_option
@format_option
@handles_errors
def query(name: str, params: tuple[str, ...], limit: int, offset: int, everything: bool, store_dir: Path,
          fmt: str | None) -> None:
    """Run a named query (see `kg queries`) or a .rq file, with parameters bound safely.

    \b
    Entity parameters take a name or alias ("Kunduz", "the US") or an IRI.
    Example:  kg query who-did -p type=Capture -p target=Kunduz --format json
    Pages:    kg query events --offset 100      (the next 100 rows)
    Every row: kg query events --all --format csv > events.csv
    """
    from kg import queries

    values = _params(params)
    store = open_read(store_dir)
    # A page by default: a listing on a big store can run to tens of thousands of rows, and the
    # first page streams in milliseconds. One row more than the page tells whether there is more.
    result = queries.run(store, queries.load(name), values, limit=None if everything else limit + 1, offset=offset)
    rows = result.rows
    if not everything and len(rows) > limit:
        rows = rows[:limit]
        click.echo(f"showing rows {offset + 1}-{offset + limit}; more with --offset {offset + limit}, "
                   "or every row with --all", err=True)
    emit(result.columns, rows, fmt)


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

    result = queries.run_text(open_read(store_dir), sparql)
    emit(result.columns, result.rows, fmt)


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

    answer = ask_mod.answer(open_read(store_dir), question)
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
            for later in item.evidence.also:
                click.echo(f"      also: {later}")
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

    store = open_read(store_dir)
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


@main.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@store_option
@handles_errors
def dump(out: Path, store_dir: Path) -> None:
    """Dump every named graph, provenance included, to OUT.trig or OUT.nq.

    Example:  kg dump graph.trig
    """
    quads = open_read(store_dir).dump(out)
    click.echo(f"wrote {out}: {quads} quads")


@main.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
@click.option("--limit", type=int, default=None, help="Only the first N documents.")
@click.option("--texts", type=click.Path(path_type=Path), default=None,
              help="For a facts file: the articles it is about (default: the seeds beside it).")
@click.option("--model", envvar="KG_MODEL", default=None, help="spaCy pipeline to use (or KG_MODEL).")
@handles_errors
def evaluate(gold: Path, fmt: str, limit: int | None, texts: Path | None, model: str | None) -> None:
    """Score extraction against an annotated set: precision, recall and F1 by type.

    \b
    Reads WikiEvents (.jsonl: event triggers and arguments), RAMS (.jsonlines: recall only),
    CoNLL-2003 (entities, with the bare spaCy model as the baseline) and kg's facts format
    (the seeds gold). A throw-away in-memory store is built from the gold texts; your store is
    not touched.
    Example:  kg eval ../shared/eval/wikievents/dev.jsonl
    """
    from kg.evaluate import evaluate as run_eval
    from kg.pipeline import Pipeline

    report = run_eval(gold, Pipeline(model), limit, texts)
    if fmt == "json":
        click.echo(json.dumps(report, indent=2))
        return
    click.echo(f"{report['gold_file']}: {report['documents']} documents ({report['format']})")

    def num(x: object) -> str:
        return "-" if x is None else f"{x:.3f}"

    for name, table in dict(report["tables"]).items():  # type: ignore[call-overload]
        click.echo(f"\n{name}: {table['measure']}")
        click.echo(f"{'type':<26}{'gold':>7}{'pred':>7}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}")
        rows = {**table["by_type"], "overall": table["overall"]}
        for cls, r in rows.items():
            click.echo(f"{cls:<26}{r['gold']:>7}{r['predicted']:>7}{r['matched']:>7}"
                       f"{num(r['precision']):>8}{num(r['recall']):>8}{num(r['f1']):>8}")
    if "gain_f1" in report:
        click.echo(f"\nkg F1 minus bare-model F1: {report['gain_f1']:+.3f}")
    for problem in report.get("problems", []):  # type: ignore[attr-defined]
        click.echo(f"  - {problem}")


@main.command()
@click.option("--type", "cls", default="", help="Only entities of this class (subclasses included), e.g. Person.")
@store_option
@format_option
@handles_errors
def entities(cls: str, store_dir: Path, fmt: str | None) -> None:
    """List entities with their type, mention and document counts, and aliases: the view to curate from.

    Example:  kg entities --type Organisation --format csv
    """
    from kg import queries

    result = queries.run(open_read(store_dir), queries.load("entities"), {"type": cls})
    emit(result.columns, result.rows, fmt)


curation_option = click.option("--curation", "curation_file", type=click.Path(dir_okay=False, path_type=Path),
                               envvar="KG_CURATION", default=None,
                               help="The curation file [default: beside the store, STORE.curation.json].")


def _curation_path(store_dir: Path, given: Path | None) -> Path:
    from kg.curation import default_path

    return given or default_path(store_dir) or Path("kg.curation.json")


@main.command()
@click.argument("entity")
@click.argument("into")
@store_option
@curation_option
@handles_errors
def merge(entity: str, into: str, store_dir: Path, curation_file: Path | None) -> None:
    """Record that ENTITY is INTO (same real-world entity): the store is rewritten now and later
    ingests resolve it the same way. INTO's name and type stand; ENTITY's names become aliases.

    Example:  kg merge "Ahmad Shah Masood" "Ahmad Shah Massoud"
    """
    from kg.curate import merge as merge_entities
    from kg.store import KGStore

    change = merge_entities(KGStore(store_dir), _curation_path(store_dir, curation_file), entity, into)
    click.echo(f"merged {change.entity} into {change.into}: {change.quads} statements moved; "
               f"recorded in {change.curation}")


@main.command()
@click.argument("entity")
@click.option("--doc", required=True, help="The document whose mentions are of another entity.")
@click.option("--as", "label", required=True, help="The name of that other entity.")
@store_option
@curation_option
@handles_errors
def split(entity: str, doc: str, label: str, store_dir: Path, curation_file: Path | None) -> None:
    """Record that what document DOC says about ENTITY is about another entity, named LABEL.

    Example:  kg split Kunduz --doc 003_d4371d01881c24d1 --as "Kunduz province"
    """
    from kg.curate import split as split_entity
    from kg.store import KGStore

    change = split_entity(KGStore(store_dir), _curation_path(store_dir, curation_file), entity, doc, label)
    click.echo(f"split {change.entity} in {doc} into {change.into}: {change.quads} statements moved; "
               f"recorded in {change.curation}")
