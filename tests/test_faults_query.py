"""Hostile queries: runaway joins and paths are stopped by a timeout, a row cap, Ctrl-C, SIGTERM or
the client leaving, while other clients are still answered; memory stays flat while rows stream.

Servers listen on 127.0.0.1 only and are stopped by the test.
"""
from __future__ import annotations

import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from processes import child_pids, running

pytestmark = pytest.mark.slow  # starts processes or servers, or runs a whole external suite: minutes, not seconds

SRC = str(Path(__file__).resolve().parents[1] / "src")
CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
CARTESIAN_ROWS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
ANY_PATH = "SELECT (COUNT(*) AS ?n) WHERE { ?a (<http://e/p>|!<http://e/p>)* ?b . ?c ?d ?e }"
SMALL = "SELECT ?o WHERE { <http://e/s7> <http://e/p> ?o }"


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kb") / "kb.nt"
    path.write_text("".join(f'<http://e/s{i}> <http://e/p> "{i}" .\n' for i in range(20000)), encoding="utf-8")
    return path


def ctrl_c_as_at_a_terminal() -> None:
    """Give the child the default SIGINT even when this run was started in the background
    (where the shell ignores it and Python would then never raise KeyboardInterrupt)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def newskb(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newskb", *args], preexec_fn=ctrl_c_as_at_a_terminal, env={**os.environ, "PYTHONPATH": SRC},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)




def new_child_pids(pid: int, seen: set[int], within: float = 30) -> list[int]:
    """The children of ``pid`` not in ``seen``, waited for (a query process starts slowly on a loaded machine)."""
    deadline = time.monotonic() + within
    while True:
        started = [child for child in child_pids(pid) if child not in seen]
        if started or time.monotonic() > deadline:
            return started
        time.sleep(0.02)


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024


def gone(pids: list[int], within: float = 5.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(running(p) for p in pids):
            return True
        time.sleep(0.05)
    return False


def ask_and_forget(url: str, sparql: str) -> None:
    """Ask from a thread of its own, for a server the test then kills (the connection drops)."""
    try:
        ask(url, sparql, 5)
    except OSError:
        pass


# --- newskb query ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sparql", [CARTESIAN_COUNT, ANY_PATH], ids=["cartesian-count", "unbounded-path"])
def test_query_timeout_stops_a_runaway_query_with_exit_3(kb, sparql):
    started = time.monotonic()
    proc = newskb("query", str(kb), "-q", sparql, "--timeout", "1")
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 3
    assert stderr.decode().startswith("Error: the query ran longer than 1 s and was stopped — ")
    assert time.monotonic() - started < 30  # loading and the interpreter, not the query


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_ctrl_c_and_sigterm_stop_a_query_that_ignores_them_in_oxigraph(kb, sig):
    proc = newskb("query", str(kb), "-q", CARTESIAN_COUNT)
    workers = new_child_pids(proc.pid, set())
    assert workers, "the query never started"
    time.sleep(0.5)
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=10)
    assert proc.returncode == 130 and stderr.decode().startswith("Error: interrupted — ")
    assert gone(workers)


def test_rows_stream_with_flat_memory_while_the_reader_pauses(kb):
    proc = newskb("query", str(kb), "-q", CARTESIAN_ROWS, "-f", "csv")
    try:
        proc.stdout.read(5_000_000)
        workers = child_pids(proc.pid)
        before = rss_mb(proc.pid) + sum(rss_mb(w) for w in workers)
        time.sleep(3)  # nobody reads: the pipe must hold the query back, not memory
        proc.stdout.read(5_000_000)
        time.sleep(1)
        after = rss_mb(proc.pid) + sum(rss_mb(w) for w in workers)
        assert after - before < 40, (before, after)
    finally:
        proc.kill()
        proc.wait()


# --- newskb serve ----------------------------------------------------------------------------------
@pytest.fixture
def server(kb):
    """``newskb serve`` in its own process on a free port of 127.0.0.1: (process, endpoint URL)."""
    proc = newskb("serve", str(kb), "--port", "0", "--timeout", "2", "--max-rows", "1000")
    line = proc.stderr.readline().decode()
    url = re.search(r"http://127\.0\.0\.1:\d+/sparql", line)
    assert url, line
    yield proc, url.group(0)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=10)


def ask(url: str, sparql: str, timeout: float = 30) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"{url}?{urllib.parse.urlencode({'query': sparql})}", timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_serve_stops_runaway_queries_and_answers_others_meanwhile(server):
    proc, url = server
    assert ask(url, SMALL)[0] == 200
    results: list[tuple[int, str]] = []
    runaways = [threading.Thread(target=lambda s=s: results.append(ask(url, s))) for s in (CARTESIAN_COUNT, ANY_PATH)]
    for thread in runaways:
        thread.start()
    time.sleep(0.3)
    latencies = []
    for _ in range(10):
        started = time.monotonic()
        assert ask(url, SMALL)[0] == 200
        latencies.append(time.monotonic() - started)
    for thread in runaways:
        thread.join(timeout=30)
    assert [code for code, _ in results] == [503, 503]
    assert all("ran longer than 2 s" in text for _, text in results)
    assert statistics.median(latencies) < 1.0, latencies  # answered while two runaways ran
    assert gone(child_pids(proc.pid))


def test_serve_row_cap_is_http_413_with_a_hint(server):
    _, url = server
    code, text = ask(url, "SELECT * WHERE { ?s ?p ?o }")
    assert code == 413 and "more than 1,000 rows" in text and "LIMIT" in text
    assert ask(url, "SELECT * WHERE { ?s ?p ?o } LIMIT 1000")[0] == 200


@pytest.mark.model
def test_serve_kills_the_query_of_a_client_that_went_away(kb):
    proc = newskb("serve", str(kb), "--port", "0", "--timeout", "60")
    url = re.search(r"http://127\.0\.0\.1:\d+/sparql", proc.stderr.readline().decode()).group(0)
    host, port = urllib.parse.urlsplit(url).netloc.split(":")
    try:
        seen: set[int] = set()
        for _ in range(4):  # four abandoned clients
            with socket.create_connection((host, int(port))) as client:
                client.sendall(f"GET /sparql?{urllib.parse.urlencode({'query': CARTESIAN_COUNT})} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
                started = new_child_pids(proc.pid, seen)  # not the previous client's, which may still be dying
                assert started
                seen.update(started)
        assert gone(child_pids(proc.pid), within=10)  # long before the 60 s timeout
        assert ask(url, SMALL)[0] == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)


def server_running_a_runaway_query(kb) -> tuple[subprocess.Popen, list[int]]:
    """A server with no timeout, busy with a query that never ends, and its query processes."""
    proc = newskb("serve", str(kb), "--port", "0", "--timeout", "0")
    url = re.search(r"http://127\.0\.0\.1:\d+/sparql", proc.stderr.readline().decode()).group(0)
    threading.Thread(target=ask_and_forget, args=(url, CARTESIAN_COUNT), daemon=True).start()
    workers = new_child_pids(proc.pid, set())
    assert workers
    return proc, workers


def test_sigterm_stops_the_server_and_its_queries(kb):
    proc, workers = server_running_a_runaway_query(kb)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0 and "Stopped." in proc.stderr.read().decode()
    assert gone(workers)


def test_kill_9_of_the_server_kills_its_queries(kb):
    proc, workers = server_running_a_runaway_query(kb)
    proc.kill()
    proc.wait()
    assert gone(workers)
