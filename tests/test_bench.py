"""The benchmarks run from a plain install: no test tools, nothing imported from tests/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
LOAD_WITHOUT_TEST_TOOLS = (
    "import runpy, sys\n"
    "sys.modules['pytest'] = sys.modules['hypothesis'] = None  # importing them now fails\n"
    "sys.path.append(sys.argv[2])\n"
    "runpy.run_path(sys.argv[1], run_name='bench')  # top level only: main() is not run\n"
    "tests = sys.argv[3]\n"
    "loaded = [m for m in list(sys.modules.values())\n"
    "          if (getattr(m, '__file__', None) or '').startswith(tests)]\n"
    "assert not loaded, f'imported from tests/: {loaded}'\n"
)


@pytest.mark.parametrize("script", sorted(p.name for p in BENCH.glob("*.py")))
def test_a_benchmark_loads_without_pytest(script: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", LOAD_WITHOUT_TEST_TOOLS, str(BENCH / script), str(BENCH),
         str(BENCH.parent / "tests") + "/"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
