"""Write stage: outputs go to a temporary file renamed into place, so a failed run loses nothing."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError


def _file_mode() -> int:
    """What a plain ``open(..., "w")`` would give (0666 less the umask); mkstemp gives 0600."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` completely or not at all: an existing file stays as it was on any failure,
    interruption included, and no temporary file is left behind."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})", "choose a writable --output") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fchmod(handle.fileno(), _file_mode())
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})", "free some space or choose another --output") from exc
        raise
