"""The test servers (tests/servers.py) die with the process that started them, even when it
is killed with SIGKILL and never runs its clean-up."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
HOLDER = """\
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from servers import oxigraph_server
with oxigraph_server(Path(sys.argv[2])) as base:
    print(base, flush=True)
    time.sleep(600)
"""


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(n) for n in (task / "children").read_text().split()]
    return found


def answers(base: str) -> bool:
    try:
        urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).close()
        return True
    except OSError:
        return False


def test_a_server_dies_when_its_starter_is_killed(tmp_path: Path) -> None:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(binary).exists():
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(TESTS), str(tmp_path / "store")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    server: list[int] = []
    try:
        base = holder.stdout.readline().strip()
        if not base:
            holder.wait(timeout=10)
            pytest.fail(f"the server did not start: {holder.stderr.read()[-500:]}")
        server = children(holder.pid)
        assert len(server) == 1 and answers(base)
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        deadline = time.monotonic() + 10
        while Path(f"/proc/{server[0]}").exists() and time.monotonic() < deadline:
            with open(f"/proc/{server[0]}/stat") as stat:
                if stat.read().split(") ", 1)[1].startswith("Z"):
                    break  # exited, waiting for init to reap it
            time.sleep(0.05)
        assert not answers(base)
        assert not Path(f"/proc/{server[0]}").exists() or _zombie(server[0])
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=10)
        for pid in server:  # only if the test failed: the server it started lives on
            if Path(f"/proc/{pid}").exists() and not _zombie(pid):
                os.kill(pid, signal.SIGKILL)


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ", 1)[1].startswith("Z")
    except FileNotFoundError:
        return True
