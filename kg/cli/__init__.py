"""The kg command line (a package: data commands in data.py, graph and serve commands in graphs.py).

The only package that imports click; everything else raises KGError."""

from __future__ import annotations

import csv
import io
import json
import os
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


def open_read(store_dir: Path) -> Any:
    from kg.queries import writer_versions
    from kg.store import KGStore

    store = KGStore(store_dir, read_only=True)
    # Queries rely on what this version writes (e.g. ckg:orderKey); an older store answers partly.
    stale = {v: n for v, n in writer_versions(store).items() if v != __version__}
    if stale:
        click.echo(f"note: {sum(stale.values())} document(s) in {store_dir} were written by kg "
                   f"{', '.join(sorted(stale))}, this is kg {__version__}: run `kg ingest` on their sources "
                   "again so queries see everything", err=True)
    return store


def emit(columns: list[str], rows: list[dict[str, Any]], fmt: str | None) -> None:
    from kg.queries import plain

    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    table = [{c: plain(r.get(c)) for c in columns} for r in rows]
    if fmt == "json":
        click.echo(json.dumps(table, ensure_ascii=False, indent=2))
    elif fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, delimiter="," if fmt == "csv" else "\t",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows([{k: "" if v is None else v for k, v in row.items()} for row in table])
        click.echo(buffer.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        grid = Table(*columns, show_lines=False)
        for row in table:
            grid.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
        Console().print(grid)
        click.echo(f"{len(table)} row(s)", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """kg: build a knowledge graph of who did what to whom, where, when and according to whom,
    from conflict news, and query it offline.

    \b
    Exit codes: 0 ok, 1 error, 2 usage, 3 no answer.
    Example:  kg ingest seeds/ && kg ask "Who captured Kunduz?"
    """


# Importing the command modules registers their commands on `main`.
from kg.cli import data as data  # noqa: E402
from kg.cli import graphs as graphs  # noqa: E402
