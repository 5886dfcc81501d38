"""The one registry helper: names to items from code, entry points and built-ins."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from tradewinds.compliance.moderators import MODERATORS
from tradewinds.core.errors import ConfigError, InvalidInput
from tradewinds.core.registry import Registry, load_target
from tradewinds.forecast.engine import ENGINES
from tradewinds.models import registry as model_registry
from tradewinds.routing.solver import SOLVERS

PYPROJECT = Path(__file__).parents[2] / "pyproject.toml"


def test_code_registrations_built_ins_and_a_clear_error() -> None:
    codecs: Registry[object] = Registry(
        "codec", builtins={"json": "json:dumps"}, error=InvalidInput, hint="see --codec"
    )
    codecs.register("text", str)
    assert codecs.names() == ["json", "text"] and "json" in codecs and "xml" not in codecs
    assert codecs.get("json") is json.dumps and codecs.get("text") is str
    with pytest.raises(InvalidInput, match=r"unknown codec 'xml' \(known: json, text\); see"):
        codecs.get("xml")
    codecs.remove("text")
    with pytest.raises(InvalidInput, match=r"known: json\)"):
        codecs.get("text")
    with pytest.raises(ValueError, match="non-empty name"):
        codecs.register("", str)


def test_entry_point_groups_are_discovered() -> None:
    """A real installed group: the console scripts of this environment (pytest's own)."""
    scripts: Registry[object] = Registry("script", group="console_scripts")
    assert "pytest" in scripts.names()
    assert callable(scripts.get("pytest"))
    with pytest.raises(ConfigError, match="unknown script 'no-such-script'"):
        scripts.get("no-such-script")


def test_load_target_reads_module_and_attribute_paths() -> None:
    assert load_target("json:JSONDecodeError.__name__") == "JSONDecodeError"
    with pytest.raises(ModuleNotFoundError):
        load_target("no_such_module_here:x")


def test_every_group_and_built_in_is_declared_in_pyproject() -> None:
    """Built-ins are plugins like any other: each registry's group and built-ins are the
    ``[project.entry-points]`` tables of ``pyproject.toml``, and every declared target loads."""
    declared = tomllib.loads(PYPROJECT.read_text())["project"]["entry-points"]
    in_code = {r.group: r.builtins for r in (SOLVERS, MODERATORS, ENGINES)}
    in_code[model_registry.ENTRY_POINT_GROUP] = model_registry._BUILTIN
    assert declared == in_code
    for targets in declared.values():
        for target in targets.values():
            assert callable(load_target(target)), target
