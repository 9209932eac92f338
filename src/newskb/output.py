"""Write stage: outputs go to a temporary file renamed into place, so a failed run loses nothing.

Temporary files are named ``.NAME.newskb-HOST-PID-RANDOM.tmp``: a run killed
inside a write (``kill -9``, power loss) leaves one behind, and the next run
into the same folder removes it once no live process on this host owns it.
"""
from __future__ import annotations

import errno
import os
import re
import socket
import tempfile
from pathlib import Path

from .errors import OutputError

TEMP_MARK = "newskb"
_TEMP_NAME = re.compile(rf"\..+\.{TEMP_MARK}-(?P<host>[^-/]*)-(?P<pid>\d+)-[^/]*\.tmp")


def _file_mode() -> int:
    """What a plain ``open(..., "w")`` would give (0666 less the umask); mkstemp gives 0600."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def host_tag() -> str:
    """This machine's name as it may appear in a temporary file's name (no ``-`` or ``/``)."""
    return re.sub(r"[^A-Za-z0-9_.]", "_", socket.gethostname())[:40]


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` completely or not at all: an existing file stays as it was on any failure,
    interruption included, and no temporary file is left behind (but by ``kill -9``: see ``remove_stale_temps``)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{TEMP_MARK}-{host_tag()}-{os.getpid()}-", suffix=".tmp")
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


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError as exc:
        return exc.errno == errno.EPERM  # exists, owned by someone else
    return True


def remove_stale_temps(folder: Path, name: str | None = None) -> list[Path]:
    """Remove the temporary files a killed run left in ``folder`` (only those of ``name`` if given):
    those made on this host by a process that no longer runs. Returns what was removed."""
    removed: list[Path] = []
    host = host_tag()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed  # a folder that does not exist yet holds nothing stale
    for entry in entries:
        found = _TEMP_NAME.fullmatch(entry.name)
        if not found or found["host"] != host or (name is not None and not entry.name.startswith(f".{name}.{TEMP_MARK}-")):
            continue
        if int(found["pid"]) == os.getpid() or _alive(int(found["pid"])):
            continue
        try:
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except FileNotFoundError:
            continue  # another run removed it first
        except OSError as exc:
            raise OutputError(f"{entry.path}: cannot remove a stale temporary file ({exc.strerror or exc})", "choose a writable --output") from exc
    return removed
