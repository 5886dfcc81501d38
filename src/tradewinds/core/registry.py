"""Named plugins: one small registry for model backends, solvers, moderators, forecast engines.

A :class:`Registry` maps names to items (a factory, a class, a function). Items come from
three places, in this order of precedence:

1. :meth:`Registry.register` in code (tests, embedding applications);
2. the registry's entry-point group, declared by any installed package::

       [project.entry-points."tradewinds.solvers"]
       mysolver = "my_package.routing:MySolver"

3. the built-ins, given as the same ``"module:attribute"`` strings that ``pyproject.toml``
   declares for them, so a source tree without installed metadata still finds them.

Entry points and built-ins are imported on first use of their name, never at start-up, so
a registry costs nothing until asked. An unknown name raises the registry's error type
(``ConfigError`` by default) naming what was asked and every known name.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from functools import partial
from importlib import import_module
from importlib.metadata import entry_points
from typing import Any, Generic, TypeVar

from tradewinds.core.errors import ConfigError, TradewindsError

T = TypeVar("T")


def load_target(target: str) -> Any:
    """The object a ``"module:attribute"`` string names (``"pkg.mod:Class.attr"`` too)."""
    module_name, _, attribute = target.partition(":")
    value: Any = import_module(module_name)
    for part in attribute.split(".") if attribute else []:
        value = getattr(value, part)
    return value


def discover(
    group: str | None, builtins: Mapping[str, str] | None = None
) -> dict[str, Callable[[], Any]]:
    """Loaders by name for an entry-point group (none: ``None``), built-ins filled in where
    the package metadata does not declare them (a source tree)."""
    found: dict[str, Callable[[], Any]] = {}
    if group is not None:
        found = {ep.name: ep.load for ep in entry_points(group=group)}
    for name, target in (builtins or {}).items():
        found.setdefault(name, partial(load_target, target))
    return found


class Registry(Generic[T]):
    """Items by name, from code, an entry-point group and built-ins.

    Parameters
    ----------
    what
        What an item is, for error messages ("routing solver", "moderator").
    group
        The entry-point group third parties add to (``None``: code registrations only).
    builtins
        ``name -> "module:attribute"`` for the items shipped with Tradewinds.
    error
        The exception an unknown name raises (``ConfigError``; ``InvalidInput`` where the
        name comes from a request).
    hint
        Appended to the unknown-name message (e.g. which setting names it).
    """

    def __init__(
        self,
        what: str,
        *,
        group: str | None = None,
        builtins: Mapping[str, str] | None = None,
        error: type[TradewindsError] = ConfigError,
        hint: str = "",
    ) -> None:
        self.what = what
        self.group = group
        self.builtins = dict(builtins or {})
        self.error = error
        self.hint = hint
        self._items: dict[str, T] = {}
        self._loaders: dict[str, Callable[[], Any]] | None = None
        self._lock = threading.Lock()

    def register(self, name: str, item: T) -> None:
        """Make ``item`` available as ``name`` (replacing an earlier item of that name)."""
        if not name:
            raise ValueError(f"a {self.what} needs a non-empty name")
        with self._lock:
            self._items[name] = item

    def remove(self, name: str) -> None:
        """Forget ``name`` if registered in code (entry points and built-ins stay known)."""
        with self._lock:
            self._items.pop(name, None)

    def _discovered(self) -> dict[str, Callable[[], Any]]:
        if self._loaders is None:
            self._loaders = discover(self.group, self.builtins)
        return self._loaders

    def names(self) -> list[str]:
        """Every known name, registered or discoverable, sorted."""
        with self._lock:
            return sorted(set(self._items) | set(self._discovered()))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self.names()

    def get(self, name: str) -> T:
        """The item called ``name``, importing its module on first use.

        Raises
        ------
        TradewindsError
            ``self.error`` naming ``name`` and the known names, if there is none.
        """
        with self._lock:
            if name in self._items:
                return self._items[name]
            loader = self._discovered().get(name)
        if loader is None:
            known = ", ".join(self.names()) or "none"
            hint = f"; {self.hint}" if self.hint else ""
            raise self.error(
                f"unknown {self.what} {name!r} (known: {known}){hint}",
                details={"name": name, "known": self.names()},
            )
        item: T = loader()
        with self._lock:
            return self._items.setdefault(name, item)
