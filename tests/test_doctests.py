"""Every example in a docstring runs and shows what it says (``>>>`` lines): the
examples are documentation, and documentation that lies fails here."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import tradewinds

# Alembic's environment runs only inside Alembic.
SKIPPED = ("tradewinds.store.migrations",)
MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(tradewinds.__path__, "tradewinds.")
    if not m.name.startswith(SKIPPED)
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"
