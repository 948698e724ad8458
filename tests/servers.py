"""A real SPARQL server for the tests that push to or query one: `oxigraph serve` (PyPI
package oxigraph) or Virtuoso on free loopback ports.

Each server dies with the process that started it, even when that process is killed with
SIGKILL and its `finally` blocks never run: it is started through a tiny wrapper that asks
Linux for SIGTERM when its parent dies (prctl PR_SET_PDEATHSIG, kept across exec) and then
becomes the server. Linux sends the signal when the *thread* that started it ends, so start
servers from the test's own thread (fixtures do).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

_DIE_WITH_PARENT = """\
import ctypes, os, signal, sys
PR_SET_PDEATHSIG = 1
parent = int(sys.argv[1])
if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM) != 0:
    sys.exit(f"prctl(PR_SET_PDEATHSIG) failed: {os.strerror(ctypes.get_errno())}")
if os.getppid() != parent:  # the parent died before the request: nobody to serve
    sys.exit(1)
os.execv(sys.argv[2], sys.argv[2:])
"""


def dying_with_this_process(command: list[str]) -> list[str]:
    """`command` (its first word a path) run so that it gets SIGTERM when this process dies."""
    return [sys.executable, "-c", _DIE_WITH_PARENT, str(os.getpid()), *command]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_answering(
    url: str, what: str, seconds: float, process: subprocess.Popen | None = None, log: str = ""
) -> None:
    """Poll `url` until the server answers; fail the test after `seconds`, or at once when
    `process` has already stopped (`log` says where its output went)."""
    deadline = time.monotonic() + seconds
    while True:
        if process is not None and process.poll() is not None:
            pytest.fail(f"{what} stopped at start-up{log}")
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail(f"{what} did not start within {seconds:g} s")
            time.sleep(0.05)


@contextlib.contextmanager
def oxigraph_server(location: Path, *, union_default_graph: bool = False) -> Iterator[str]:
    """The base URL of a fresh server storing in `location`; skips the test without one."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(binary).exists():
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    port = free_port()
    command = [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    if union_default_graph:
        command.append("--union-default-graph")
    process = subprocess.Popen(
        dying_with_this_process(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(f"{base}/query?query=ASK%7B%7D", "the oxigraph server", 15, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


VIRTUOSO_INI = Path("/usr/share/virtuoso-opensource-7/virtuoso.ini")
"""The configuration Debian's virtuoso-opensource package ships, copied with our paths."""


@contextlib.contextmanager
def virtuoso_server(folder: Path, dba_password: str) -> Iterator[str]:
    """The base URL of a fresh Virtuoso 7 (Debian's virtuoso-opensource) on free loopback
    ports, its database in `folder`, the dba password set; skips the test without one."""
    import configparser

    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if binary is None or isql is None or not VIRTUOSO_INI.is_file():
        pytest.skip("Virtuoso (Debian package virtuoso-opensource) is not installed")
    sql_port, http_port = free_port(), free_port()
    config = configparser.ConfigParser(
        strict=False, interpolation=None, inline_comment_prefixes=(";",)
    )
    config.optionxform = str  # keep the keys' case
    config.read(VIRTUOSO_INI)
    database = config["Database"]
    for key in ("DatabaseFile", "ErrorLogFile", "LockFile", "TransactionFile"):
        database[key] = str(folder / f"virtuoso.{key.removesuffix('File').lower()}")
    database["xa_persistent_file"] = str(folder / "virtuoso.pxa")
    config["TempDatabase"]["DatabaseFile"] = str(folder / "virtuoso-temp.db")
    config["TempDatabase"]["TransactionFile"] = str(folder / "virtuoso-temp.trx")
    config["Parameters"]["ServerPort"] = f"127.0.0.1:{sql_port}"
    config["Parameters"]["DirsAllowed"] = f"., {folder}"
    config["Parameters"]["NumberOfBuffers"] = "2000"  # ~16 MB: a test graph is small
    config["Parameters"]["MaxDirtyBuffers"] = "1200"
    config["HTTPServer"]["ServerPort"] = f"127.0.0.1:{http_port}"
    config["URIQA"]["DefaultHost"] = f"127.0.0.1:{http_port}"
    ini = folder / "virtuoso.ini"
    with ini.open("w", encoding="utf-8") as handle:
        config.write(handle)
    log = (folder / "virtuoso.out").open("wb")
    process = subprocess.Popen(
        dying_with_this_process([binary, "+foreground", "+configfile", str(ini)]),
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{http_port}"
    try:
        wait_until_answering(
            f"{base}/sparql?query=ASK%7B%7D", "Virtuoso", 60, process,
            f": see {folder / 'virtuoso.out'}",
        )
        # The SQL goes through stdin: a password in the arguments would show in `ps`.
        assert "'" not in dba_password
        done = subprocess.run(
            [isql, f"127.0.0.1:{sql_port}", "dba", "dba"],
            input=f"USER_SET_PASSWORD('dba', '{dba_password}');\n",
            text=True,
            capture_output=True,
            timeout=60,
        )
        if done.returncode != 0 or "Error" in done.stderr:
            pytest.fail(f"isql-vt could not set the dba password: {done.stderr.strip()}")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


@contextlib.contextmanager
def basic_auth_proxy(upstream: str, user: str, password: str) -> Iterator[str]:
    """A loopback HTTP proxy in front of `upstream` that demands HTTP Basic credentials, as
    Fuseki, GraphDB and Stardog deployments do (their servers cannot run here)."""
    import base64
    import http.server
    import threading
    import urllib.error

    expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def _relay(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            if self.headers.get("Authorization") != expected:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="hlkg-test"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            headers = {k: v for k, v in self.headers.items() if k in ("Content-Type", "Accept")}
            request = urllib.request.Request(
                upstream + self.path, data=body, method=self.command, headers=headers
            )
            try:
                with urllib.request.urlopen(request, timeout=60) as answer:
                    status, content, kind = answer.status, answer.read(), answer.headers
            except urllib.error.HTTPError as error:
                status, content, kind = error.code, error.read(), error.headers
            self.send_response(status)
            self.send_header("Content-Type", kind.get("Content-Type", "text/plain"))
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = do_PUT = do_DELETE = _relay

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
