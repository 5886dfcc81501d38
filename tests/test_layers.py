"""Imports only go down the layers, and capabilities use each other's public API only."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import tradewinds

PACKAGE = Path(tradewinds.__file__).parent
FOUNDATION = {"core": 0, "text": 1, "store": 2, "jobs": 2.5, "models": 3}
INTERFACES = {"api": 5, "cli": 5, "web": 5}
CAPABILITY_RANK = 4


def _layer(top: str) -> float:
    return FOUNDATION.get(top, INTERFACES.get(top, CAPABILITY_RANK))


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return [(line, name) for line, name in found if name.startswith("tradewinds.")]


def test_imports_only_go_down() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if len(parts) < 2:
            continue  # tradewinds/__init__.py
        own = parts[0]
        for line, name in _imports(path):
            target = name.split(".")[1]
            where = f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
            if target == own:
                continue
            if _layer(target) > _layer(own):
                problems.append(f"{where} (upward import)")
            elif {_layer(own), _layer(target)} == {CAPABILITY_RANK}:
                if len(name.split(".")) > 2 and name.split(".")[2].startswith("_"):
                    problems.append(f"{where} (another capability's internals)")
            elif own == "api" and target == "cli":
                problems.append(f"{where} (the API must not depend on the CLI)")
    assert problems == []


def test_help_does_not_import_heavy_libraries() -> None:
    """``tradewinds --help`` must stay fast: no database, web, or ML stack at start-up."""
    code = (
        "import sys\n"
        "from tradewinds.cli.app import app\n"
        "try:\n    app(['--help'], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        "heavy = ['sqlalchemy', 'fastapi', 'torch', 'llama_cpp', 'sentence_transformers',"
        " 'uvicorn', 'openai', 'alembic', 'numpy', 'pydantic_settings']\n"
        "print('HEAVY=' + ','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "HEAVY="


def test_web_uses_capabilities_public_api_only() -> None:
    """Pages call a capability through its package (``tradewinds.search``), never a module
    inside it, like any other client of the capability."""
    problems = []
    for path in sorted((PACKAGE / "web").rglob("*.py")):
        for line, name in _imports(path):
            parts = name.split(".")
            if _layer(parts[1]) == CAPABILITY_RANK and len(parts) > 2:
                problems.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}")
    assert problems == []
