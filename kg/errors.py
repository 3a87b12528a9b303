"""Library errors. Every error a user can cause is a KGError with a message they can act on.

The CLI turns these into one line on stderr and the exit code given here; the library never exits.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_NO_ANSWER = 3


class KGError(Exception):
    """Base of all kg errors."""

    exit_code: int = EXIT_ERROR


class InputError(KGError):
    """A source file or record cannot be read as a document (names the file and line)."""


class StoreError(KGError):
    """The store cannot be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process (an ingest or `kg serve`) holds the store's write lock."""


class QueryError(KGError):
    """A named query is unknown, misses a parameter, or is not valid SPARQL."""

    exit_code = EXIT_USAGE


class ModelError(KGError):
    """The spaCy pipeline named by --model / KG_MODEL is not installed."""


class ExportError(KGError):
    """A graph export cannot be written."""


class NoAnswerError(KGError):
    """A question was understood by none of the patterns, or matched nothing in the store."""

    exit_code = EXIT_NO_ANSWER
