"""Processes seen through /proc (Linux), for the fault tests and bench/faults.py: the children a
command forked, and whether one still runs."""
from __future__ import annotations

from pathlib import Path


def child_pids(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (field 4 of /proc/N/stat, read after the command name,
    which may hold spaces or parentheses)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
        except (OSError, IndexError):
            continue
    return found


def running(pid: int) -> bool:
    """Whether ``pid`` still runs: a zombie, waiting for its parent to reap it, has ended."""
    try:
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
