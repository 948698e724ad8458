"""`hlkg query` on hostile queries: mutated named queries, random SPARQL-ish text and hostile
parameter values. Every failure must be one `hlkg: error:` line (a syntax error may add the
offending line and a caret under it) with a non-zero exit, never a traceback or an internal
error; a query that runs too long stops at --timeout, clearly, leaving nothing behind.

The inputs come from a seeded random generator, so a failure reproduces; the counts are in
the constants below (and in the issue note).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.cli import main

QUERIES = sorted((Path(__file__).resolve().parent.parent / "queries").glob("*.rq"))
MUTATED_QUERIES = 240
RANDOM_QUERIES = 160
HOSTILE_PARAMS = 80
SUBPROCESS_QUERIES = 6
SEED = 20261123

GOOD_PARAMS = {
    "concept": "Autonomy",
    "subject": "Autonomy",
    "object": "Accountability",
    "from": "Autonomy",
    "to": "Accountability",
    "document": "doc-a",
}
SPARQL_BITS = [
    "{",
    "}",
    "(",
    ")",
    "?",
    "$",
    ".",
    ";",
    ",",
    "*",
    "<",
    ">",
    '"',
    "'",
    "#",
    "\\",
    ":",
    "^^",
    "@en",
    "a",
    "_:b",
    "[]",
    "SELECT",
    "WHERE",
    "FILTER",
    "OPTIONAL",
    "UNION",
    "GRAPH",
    "BIND",
    "VALUES",
    "ORDER BY",
    "GROUP BY",
    "LIMIT",
    "OFFSET",
    "DISTINCT",
    "COUNT(*)",
    "REGEX(",
    "INSERT DATA",
    "DELETE",
    "LOAD <http://192.0.2.1/>",
    "SERVICE <http://192.0.2.1/sparql>",
    "DROP ALL",
    "CLEAR",
    "hlkg:",
    "hlkg:Autonomy",
    "nope:x",
    "<file:///etc/passwd>",
    "\x00",
    "\u202e",
    "\ud7ff",
    "é",
    "\n",
    "\t",
    '"""',
    "'''",
    "9" * 30,
    "-0.0e-999",
    "PREFIX",
    "BASE",
    "CONSTRUCT",
    "ASK",
    "DESCRIBE",
    "# param: x (bogus, required) y",
    "# param: broken",
]
HOSTILE_VALUES = [
    "",
    " ",
    "\x00",
    '"',
    "'",
    "\\",
    '" } ; DROP ALL ; { "',
    "> } INSERT DATA { <a> <b> <c> } #",
    "<http://x/ y>",
    "<javascript:alert(1)>",
    "hlkg:",
    "hlkg:Autonomy",
    "nope:thing",
    "http://192.0.2.1/",
    "file:///etc/passwd",
    "-1",
    "99999999999999999999999",
    "1e9",
    "NaN",
    "true",
    "maybe",
    "Autonomy\nAccountability",
    "\u202eytimonotuA",
    "a" * 5000,
    "%00",
    "{{x}}",
    "?concept",
    "$limit",
    "clinical leadership",
    "CLINICAL   LEADERSHIP",
    "Autonomy' . ?s ?p ?o",
]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        main(argv)
    except SystemExit as exited:
        code = exited.code if isinstance(exited.code, int) else (0 if exited.code is None else 1)
    else:
        code = 0
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_clean_failure(code: int, err: str, what: object) -> None:
    """Exit 0, or a non-zero exit with one error line (plus a caret excerpt for syntax)."""
    assert "Traceback" not in err, (what, err)
    assert "internal error" not in err, (what, err)
    if code == 0:
        return
    lines = err.rstrip("\n").split("\n")
    assert lines[0].startswith("hlkg: error: ") or lines[0].startswith("Error: "), (what, err)
    if "SPARQL syntax error" in lines[0]:
        assert len(lines) <= 3 and (len(lines) == 1 or lines[-1].strip() == "^"), (what, err)
    elif lines[0].startswith("Error: "):
        # click's own usage errors print "Usage: ..." and "Try ..." before the Error line.
        pytest.fail(f"usage error for a query: {what!r}: {err}")
    else:
        assert len(lines) == 1, (what, err)


def _mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 4)):
        choice = rng.randrange(7)
        at = rng.randrange(len(text) + 1)
        if choice == 0 and text:  # delete a span
            text = text[:at] + text[at + rng.randint(1, 12) :]
        elif choice == 1:  # insert a SPARQL-ish fragment
            text = text[:at] + rng.choice(SPARQL_BITS) + text[at:]
        elif choice == 2:  # truncate
            text = text[:at]
        elif choice == 3 and text:  # duplicate a span
            end = min(len(text), at + rng.randint(1, 40))
            text = text[:end] + text[at:end] + text[end:]
        elif choice == 4:  # swap two lines
            lines = text.split("\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
        elif choice == 5:  # a random character, any plane
            text = (
                text[:at]
                + chr(rng.choice([rng.randrange(32), rng.randrange(0x110000)]))
                + text[at:]
            )
        else:  # flip a variable into a bogus one, or a brace into its partner
            text = text.replace(
                rng.choice(["?", "{", "}", "(", ")", '"']),
                rng.choice(["$", "}", "{", ")", "(", "'"]),
                1,
            )
    return text.replace("\ud800", "?")


def _random_query(rng: random.Random) -> str:
    return " ".join(rng.choice(SPARQL_BITS) for _ in range(rng.randint(1, 25)))


def _params_for(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [f"{name}={value}" for name, value in GOOD_PARAMS.items() if f"# param: {name} " in text]


def test_mutated_named_queries_fail_in_one_line(
    mini_build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(SEED)
    outcomes = {"ok": 0, "error": 0}
    for number in range(MUTATED_QUERIES):
        source = QUERIES[number % len(QUERIES)]
        mutated = _mutate(source.read_text(encoding="utf-8"), rng)
        path = tmp_path / f"m{number}.rq"
        path.write_text(mutated, encoding="utf-8", errors="surrogatepass")
        params = [arg for p in _params_for(source) for arg in ("-p", p)]
        fmt = rng.choice(["table", "csv", "tsv", "json", "xml", "turtle"])
        argv = ["query", str(path), *params, "--build-dir", str(mini_build), "--timeout", "0"]
        code, _out, err = _run([*argv, "-f", fmt], capsys)
        assert_clean_failure(code, err, (source.name, mutated))
        outcomes["ok" if code == 0 else "error"] += 1
    # The mutations must really break things: a fuzz test that only ever succeeds proves nothing.
    assert outcomes["error"] > MUTATED_QUERIES // 3, outcomes
    assert outcomes["ok"] > 0, outcomes


def test_random_sparql_text_fails_in_one_line(
    mini_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(SEED + 1)
    errors = 0
    for _ in range(RANDOM_QUERIES):
        text = _random_query(rng)
        if "\x00" in text:
            text = text.replace("\x00", "\\u0000")
        argv = ["query", "-e", text, "--build-dir", str(mini_build), "--timeout", "0"]
        code, _out, err = _run(argv, capsys)
        assert_clean_failure(code, err, text)
        errors += code != 0
    assert errors > RANDOM_QUERIES // 2


def test_hostile_parameter_values_are_bound_safely(
    mini_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Values go in as RDF terms: no value can inject SPARQL (an update, a SERVICE call)."""
    rng = random.Random(SEED + 2)
    names = {path.stem: _params_for(path) for path in QUERIES}
    with_params = [name for name, params in names.items() if params]
    for number in range(HOSTILE_PARAMS):
        name = with_params[number % len(with_params)]
        keys = [p.split("=")[0] for p in names[name]]
        params = [f"{key}={rng.choice(HOSTILE_VALUES)}" for key in keys]
        if rng.random() < 0.3:
            params.append(f"limit={rng.choice(HOSTILE_VALUES)}")
        argv = ["query", name, "--build-dir", str(mini_build), "--timeout", "0"]
        code, out, err = _run([*argv, *[a for p in params for a in ("-p", p)]], capsys)
        assert_clean_failure(code, err, (name, params))
    # Nothing a parameter said was executed as an update: the graph answers as before.
    code, out, _err = _run(
        ["query", "statistics", "--build-dir", str(mini_build), "-f", "csv"], capsys
    )
    assert code == 0 and out.count("\n") > 1


def test_real_processes_print_no_traceback(mini_build: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED + 3)
    for number in range(SUBPROCESS_QUERIES):
        source = QUERIES[rng.randrange(len(QUERIES))]
        path = tmp_path / f"s{number}.rq"
        path.write_text(
            _mutate(source.read_text(encoding="utf-8"), rng),
            encoding="utf-8",
            errors="surrogatepass",
        )
        params = [arg for p in _params_for(source) for arg in ("-p", p)]
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "kg",
                "query",
                str(path),
                *params,
                "--build-dir",
                str(mini_build),
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "HLKG_DEBUG": ""},
        )
        assert_clean_failure(
            done.returncode, done.stderr, path.read_text(encoding="utf-8", errors="replace")
        )


SLOW_QUERY = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
)


def test_timeout_stops_a_slow_query_and_leaves_nothing_behind(
    mini_build: Path, tmp_path: Path
) -> None:
    target = tmp_path / "answer.csv"
    target.write_text("the previous answer\n", encoding="utf-8")
    started = time.monotonic()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg",
            "query",
            "-e",
            SLOW_QUERY,
            "--build-dir",
            str(mini_build),
            "--timeout",
            "1.5",
            "-f",
            "csv",
            "-o",
            str(target),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    elapsed = time.monotonic() - started
    assert process.returncode == 124, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "longer than 1.5 s" in lines[0] and "--timeout" in lines[0], err
    assert elapsed < 10, elapsed
    # Nothing left: the old answer intact, no temporary file, no process of its group alive.
    assert target.read_text(encoding="utf-8") == "the previous answer\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answer.csv"]
    with pytest.raises(ProcessLookupError):
        os.killpg(process.pid, 0)


def test_the_timeout_has_a_sensible_default() -> None:
    from kg.cli.query import query

    option = next(p for p in query.params if p.name == "timeout")
    assert 0 < option.default <= 600
