"""Writing a file so that a reader, a kill or a full disk never sees half of it.

Every output hlkg writes (exports, query results, views, cache entries) goes through here:
the bytes go to a temporary file beside the target, are flushed to disk, and the temporary
file is renamed over the target in one step.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import HlkgError


@contextlib.contextmanager
def atomic_output(
    path: Path | str,
    *,
    durable: bool = True,
    on_temporary: Callable[[Path], None] | None = None,
) -> Iterator[BinaryIO]:
    """Yield a binary handle whose contents replace `path` only if the block succeeds.

    `durable` flushes the bytes to disk before the rename (skip it for a cache, where a lost
    entry is only a miss). `on_temporary` learns the temporary file's path, for a caller that
    may have to remove it from a watchdog. An OSError (read-only folder, full disk) becomes a
    one-line HlkgError; on any failure the temporary file is removed and `path` is untouched.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise HlkgError(f"cannot write {path}: folder {folder} does not exist")
    try:
        descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise HlkgError(f"cannot write {path}: {error}") from None
    temporary = Path(name)
    if on_temporary is not None:
        on_temporary(temporary)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise HlkgError(f"cannot write {path}: {error}") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_bytes_atomically(path: Path | str, data: bytes, *, durable: bool = True) -> None:
    with atomic_output(path, durable=durable) as handle:
        handle.write(data)


def write_text_atomically(path: Path | str, text: str, *, durable: bool = True) -> None:
    """UTF-8, and the line ends as given, whatever the platform."""
    write_bytes_atomically(path, text.encode("utf-8"), durable=durable)
