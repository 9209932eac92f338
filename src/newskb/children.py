"""Child processes that never outlive their parent.

A forked worker or query process asks Linux to SIGKILL it when its parent
dies (``prctl(PR_SET_PDEATHSIG)``), so ``kill -9`` of an export or a server
leaves nothing running; where prctl is missing it checks its parent at once
and a watch thread checks it every second.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import threading
import time

PR_SET_PDEATHSIG = 1


def _prctl_pdeathsig() -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def die_with_parent(parent: int) -> None:
    """In a freshly forked child of ``parent``: end this process when the parent ends."""
    if not _prctl_pdeathsig():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


_forking_parent = 0


def _before_fork() -> None:
    global _forking_parent
    _forking_parent = os.getpid()


def _after_fork_in_child() -> None:
    die_with_parent(_forking_parent)


def forks_die_with_this_process() -> None:
    """Make every process forked from now on (pool workers included, and their own children)
    die with the process that forked it. Linux ties the signal to the forking thread: fork
    from a thread that outlives its children (the main thread, or one that waits for them)."""
    if not getattr(forks_die_with_this_process, "done", False):
        os.register_at_fork(before=_before_fork, after_in_child=_after_fork_in_child)
        forks_die_with_this_process.done = True  # type: ignore[attr-defined]
