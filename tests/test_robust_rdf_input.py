"""RDF that users hand us (ontology extensions) must not make hlkg reach the network or read
files it was not given: owl:imports are not followed, remote JSON-LD contexts are not fetched
(only Turtle is accepted, other formats are refused in one line), and XML external entities
never leak a local file into any output.

The network is blocked by replacing socket.socket.connect (and getaddrinfo, for DNS) with a
recorder that raises; every test asserts it was never called. Reads of /etc/passwd are caught
by wrapping builtins.open and os.open.
"""

from __future__ import annotations

import builtins
import os
import socket
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import HlkgError

FIXTURES = Path(__file__).resolve().parent / "fixtures"
IMPORTS = FIXTURES / "hostile-imports.ttl"
JSONLD = FIXTURES / "hostile-context.jsonld"
XXE = FIXTURES / "hostile-xxe.rdf"
SECRET_FILES = ("/etc/passwd", "/etc/shadow")
PASSWD_MARKER = "root:"


class Tripwire:
    """Records every attempt to connect, resolve a name or open a secret file."""

    def __init__(self) -> None:
        self.connects: list[object] = []
        self.lookups: list[object] = []
        self.secret_opens: list[str] = []

    @property
    def clean(self) -> bool:
        return not (self.connects or self.lookups or self.secret_opens)


@pytest.fixture
def tripwire(monkeypatch: pytest.MonkeyPatch) -> Tripwire:
    wire = Tripwire()

    def connect(self, address):
        wire.connects.append(address)
        raise OSError("network blocked by test_robust_rdf_input")

    def getaddrinfo(host, *args, **kwargs):
        wire.lookups.append(host)
        raise socket.gaierror("name resolution blocked by test_robust_rdf_input")

    real_open, real_os_open = builtins.open, os.open

    def guarded_open(file, *args, **kwargs):
        if str(file) in SECRET_FILES:
            wire.secret_opens.append(str(file))
        return real_open(file, *args, **kwargs)

    def guarded_os_open(path, *args, **kwargs):
        if str(path) in SECRET_FILES:
            wire.secret_opens.append(str(path))
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    return wire


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    captured = capsys.readouterr()
    return int(exited.value.code or 0), captured.out, captured.err


def _passwd_line() -> str:
    """A line of the real /etc/passwd, to look for in outputs (read before the tripwire)."""
    first = Path("/etc/passwd").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(PASSWD_MARKER)
    return first


def test_the_tripwire_catches_a_connection(tripwire: Tripwire) -> None:
    """The guard itself works: without this, the tests below could not fail."""
    with pytest.raises(OSError):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    with pytest.raises(OSError):
        socket.socket().connect(("192.0.2.1", 80))
    assert tripwire.lookups or tripwire.connects
    assert len(tripwire.connects) >= 1


def test_owl_imports_are_not_followed_when_loading(tripwire: Tripwire) -> None:
    from kg.ontology import load_ontology

    graph = load_ontology([IMPORTS])
    assert tripwire.clean, vars(tripwire)
    texts = " ".join(str(term) for triple in graph for term in triple)
    assert "rota planning" in texts  # the extension itself was read
    assert PASSWD_MARKER not in texts


def test_owl_imports_are_not_followed_by_hlkg_check(
    tripwire: Tripwire,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reasoner (owlready2) used to fetch owl:imports: a remote IRI and /etc/passwd."""
    secret = _passwd_line()
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(["check", "--ontology", str(IMPORTS), "--format", "json"], capsys)
    assert tripwire.clean, vars(tripwire)
    assert "Traceback" not in err and "internal error" not in err
    assert secret not in out + err
    assert "Cannot download" not in out
    assert "owlready2 cannot load" not in out
    assert code in (0, 1)  # findings about the extension's missing header are fine


def test_hlkg_build_does_not_follow_owl_imports(
    tripwire: Tripwire, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "rota.txt").write_text(
        "Rota planning requires clinical leadership. Autonomy requires accountability.\n",
        encoding="utf-8",
    )
    build_dir = tmp_path / "build"
    argv = ["build", "--corpus", str(corpus), "--build-dir", str(build_dir), "--ontology"]
    code, _out, err = _run([*argv, str(IMPORTS), "-q"], capsys)
    assert tripwire.clean, vars(tripwire)
    assert code == 0, err
    assert (build_dir / "current" / "store").is_dir()


@pytest.mark.parametrize("fixture", [JSONLD, XXE], ids=["jsonld-remote-context", "rdfxml-xxe"])
def test_other_formats_are_refused_in_one_line_without_fetching(
    fixture: Path, tripwire: Tripwire, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from kg.ontology import load_ontology

    secret = _passwd_line()
    with pytest.raises(HlkgError) as raised:
        load_ontology([fixture])
    assert str(raised.value).startswith(f"{fixture}:")
    for command in (["check", "--no-reasoner"], ["build", "--build-dir", str(tmp_path / "b")]):
        code, out, err = _run([*command, "--ontology", str(fixture)], capsys)
        assert code == 2, (command, err)
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("hlkg: error: "), err
        assert str(fixture) in lines[0]
        assert secret not in out + err
    assert not (tmp_path / "b" / "current").exists()
    assert tripwire.clean, vars(tripwire)


def test_a_malformed_ontology_gives_exactly_one_line(tmp_path: Path) -> None:
    """rdflib's logger used to print its own lines, echoing the input, before hlkg's error.

    A fresh process: pytest's log capture would hide a line printed by logging's last resort.
    """
    import subprocess
    import sys

    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix ex: <https://example.org/> .\n"
        'ex:a ex:b "x"^^<not a uri> .\nex:a ex:c <https://example.org/{echo}> .\n',
        encoding="utf-8",
    )
    argv = ["build", "--build-dir", str(tmp_path / "b"), "--ontology", str(bad)]
    done = subprocess.run(
        [sys.executable, "-m", "kg", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k != "HLKG_DEBUG"},
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"hlkg: error: {bad}"), done.stderr
    assert done.stdout == ""


def test_rdfxml_parsers_we_depend_on_do_not_expand_external_entities(tripwire: Tripwire) -> None:
    """hlkg writes RDF/XML for owlready2 and accepts none from users, but should that change,
    the parsers on this path leave external entities unexpanded (and fetch nothing)."""
    import owlready2
    import pyoxigraph
    import rdflib

    secret = _passwd_line()
    graph = rdflib.Graph().parse(XXE, format="xml")
    assert all(secret not in str(o) and PASSWD_MARKER not in str(o) for o in graph.objects())
    try:
        quads = list(pyoxigraph.parse(path=str(XXE), format=pyoxigraph.RdfFormat.RDF_XML))
    except SyntaxError:
        quads = []  # refusing the DOCTYPE outright is fine too
    assert all(PASSWD_MARKER not in str(q.object) for q in quads)
    world = owlready2.World()
    world.get_ontology(XXE.as_uri()).load()
    literals = [str(o) for o in world.as_rdflib_graph().objects()]
    assert all(PASSWD_MARKER not in text for text in literals)
    assert tripwire.clean, vars(tripwire)
