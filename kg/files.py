"""Atomic file writes (standard library only): a temporary file beside the target, then a rename,
so an export or dump is either complete or absent — never half-written."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def atomic_write(out: Path, write: Callable[[str], object]) -> None:
    """Call write(temporary path), then move the result to out. Errors propagate; nothing is left behind."""
    parent = out.resolve().parent
    if not parent.is_dir():
        raise FileNotFoundError(f"folder {parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=parent)
    os.close(fd)
    try:
        write(tmp)
        mask = os.umask(0o022)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes files private; an export is an ordinary file
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
