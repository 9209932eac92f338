"""On-disk Oxigraph stores kept between ``newskb query`` runs over the same files and folders.

Filling an in-memory store costs about 3 µs per statement (seconds for a 1,000-article folder)
while a query over an on-disk store opens in a fraction of a second (bench/README.md, "folder
query cache"). So a query over files totalling at least ``MIN_BYTES`` builds the store as before,
copies it to an Oxigraph database under the cache folder, and answers from that database; the
next query over the same files opens it instead of loading them.

An entry is named by the files' paths and what the store holds (named graphs or not, links
applied or not) and is valid while the files are exactly those seen when it was built: the same
set, each with the same device, inode, size, modification and change time. Any write to a file
changes its change time (which no tool can set back), and a file changed less than
``SETTLED_SECONDS`` before the build is not cached, so a second write within one timestamp tick
cannot pass unseen. A stale entry is rebuilt in place of the old one. The cache folder is
``$NEWSKB_CACHE_DIR``, else ``$XDG_CACHE_HOME/newskb/query-stores``, else
``~/.cache/newskb/query-stores``; deleting it is always safe.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import time
from pathlib import Path

from .kbfiles import kb_files, load_store

MIN_BYTES = 8_000_000  # smaller files load in about a tenth of a second: a cache would gain nothing
SETTLED_SECONDS = 2.0
CACHE_FORMAT = 1  # bumped when what an entry holds changes


def cache_root() -> Path | None:
    """The cache folder; None when there is no home folder to put it in."""
    if os.environ.get("NEWSKB_CACHE_DIR"):
        return Path(os.environ["NEWSKB_CACHE_DIR"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"))
    return base / "newskb" / "query-stores" if base.is_absolute() else None


def query_source(paths: list[Path], *, named_graphs: bool, links: bool, cache: bool = True):
    """What a query over ``paths`` runs on: the folder of a cached on-disk store (opened read-only
    by the query's process), or an in-memory store when the files are small, changed a moment ago,
    ``cache`` is off or the cache folder cannot be written."""
    import pyoxigraph as ox

    files = kb_files(paths)
    stats = [path.stat() for path in files]
    root = cache_root()
    if not cache or root is None or sum(stat.st_size for stat in stats) < MIN_BYTES:
        return _in_memory(files, named_graphs=named_graphs, links=links)
    identity = json.dumps([CACHE_FORMAT, ox.__version__, named_graphs, links, [str(path.resolve()) for path in files]])
    entry = root / hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]
    fingerprint = _fingerprint(identity, stats)
    with contextlib.suppress(OSError):  # a cache that cannot be read or written: the in-memory store
        if (entry / "fingerprint").read_text(encoding="utf-8") == fingerprint:
            return entry / "store"
    settled = time.time() - SETTLED_SECONDS
    store = _in_memory(files, named_graphs=named_graphs, links=links)
    if max(max(stat.st_mtime, stat.st_ctime) for stat in stats) > settled:
        return store
    if _fingerprint(identity, [path.stat() for path in files]) != fingerprint:
        return store  # a file changed while it was being read
    with contextlib.suppress(OSError):  # a cache that cannot be read or written: the in-memory store
        _write_entry(store, entry, fingerprint)
        return entry / "store"
    return store


def _in_memory(files: list[Path], *, named_graphs: bool, links: bool):
    store = load_store(files, named_graphs=named_graphs)
    if links:
        from .linking import apply_links

        apply_links(store)
    return store


def _fingerprint(identity: str, stats: list[os.stat_result]) -> str:
    seen = [(s.st_dev, s.st_ino, s.st_size, s.st_mtime_ns, s.st_ctime_ns) for s in stats]
    return hashlib.sha256(json.dumps([identity, seen]).encode("utf-8")).hexdigest()


def _write_entry(store, entry: Path, fingerprint: str) -> None:
    """Copy ``store`` to a new database beside ``entry`` and move it into place, so that a reader
    never opens a half-written entry; when another process has just put one there, keep that."""
    import pyoxigraph as ox

    building = entry.with_name(f"{entry.name}.{os.getpid()}.building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    disk = ox.Store(str(building / "store"))
    disk.bulk_extend(store)
    disk.flush()
    del disk  # closes the database
    (building / "fingerprint").write_text(fingerprint, encoding="utf-8")
    stale = entry.with_name(f"{entry.name}.{os.getpid()}.stale")
    if entry.exists():
        entry.rename(stale)
    try:
        building.rename(entry)
    finally:
        shutil.rmtree(building, ignore_errors=True)
        shutil.rmtree(stale, ignore_errors=True)

