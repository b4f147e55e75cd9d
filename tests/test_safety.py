"""What the library never does, checked on its source, and the CLI when interrupted."""

from __future__ import annotations

import ast
import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import diplotext

SOURCE = Path(diplotext.__file__).resolve().parent

# Calls and modules that would execute, unpickle or fetch untrusted data.
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {
    "pickle",
    "marshal",
    "shelve",
    "socket",
    "urllib",
    "http",
    "ftplib",
    "requests",
}


def python_files() -> list[Path]:
    return sorted(SOURCE.rglob("*.py"))


@pytest.mark.parametrize("path", python_files(), ids=lambda p: str(p.relative_to(SOURCE)))
def test_no_eval_no_unpickling_no_network(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id not in FORBIDDEN_CALLS, f"{path.name}:{node.lineno}"
        if isinstance(node, ast.Import):
            for alias in node.names:
                assert alias.name.split(".")[0] not in FORBIDDEN_MODULES, (
                    f"{path.name}:{node.lineno}"
                )
        if isinstance(node, ast.ImportFrom) and node.module:
            assert node.module.split(".")[0] not in FORBIDDEN_MODULES, f"{path.name}:{node.lineno}"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_interrupted_run_exits_130_without_traceback() -> None:
    # A JSON Lines feed on stdin: once the first record's output arrives, the
    # command is inside its loop, waiting for the next line; then Ctrl-C.
    proc = subprocess.Popen(
        [sys.executable, "-m", "diplotext", "parse", "-", "--input", "jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps({"text": "The ministers met in Rome on Monday."}) + "\n")
        proc.stdin.flush()
        first = proc.stdout.readline()
        assert json.loads(first)["article"]["dates"] is not None
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130
    assert "interrupted" in err
    assert "Traceback" not in err
