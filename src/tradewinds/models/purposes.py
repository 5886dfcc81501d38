"""Models by purpose: ``Settings.models`` maps ``chat``, ``extract``, ``embed`` (and any alias)
to a backend and model; these functions build them once per process.

A purpose's ``fallbacks`` name other purposes, tried in order when it is unavailable. Only
the direct list is used: a fallback's own fallbacks are not followed, so chains cannot loop.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from tradewinds.core.errors import ConfigError, ModelUnavailable
from tradewinds.models.base import ChatModel, EmbeddingModel
from tradewinds.models.fallback import FallbackChatModel, FallbackEmbeddingModel
from tradewinds.models.registry import default_registry

if TYPE_CHECKING:
    from tradewinds.core.settings import ModelSpec, Settings

_cache: dict[tuple[str, ...], ChatModel | EmbeddingModel] = {}
_cache_lock = threading.Lock()


def _settings(settings: Settings | None) -> Settings:
    if settings is not None:
        return settings
    from tradewinds.core.settings import get_settings

    return get_settings()


def _spec_key(spec: ModelSpec) -> str:
    secret = spec.api_key.get_secret_value() if spec.api_key else ""
    return spec.model_dump_json(exclude={"api_key"}) + "\x00" + secret


def _chain(purpose: str, settings: Settings) -> list[tuple[str, ModelSpec]]:
    models = settings.models
    if purpose not in models:
        raise ConfigError(
            f"no model configured for purpose {purpose!r} (configured: "
            f"{', '.join(sorted(models))}); add [models.{purpose}] to tradewinds.toml"
        )
    chain = [(purpose, models[purpose])]
    for alias in models[purpose].fallbacks:
        if alias not in models:
            raise ConfigError(
                f"models.{purpose}.fallbacks: unknown purpose {alias!r} "
                f"(configured: {', '.join(sorted(models))})"
            )
        if alias not in {name for name, _ in chain}:
            chain.append((alias, models[alias]))
    return chain


def get_chat_model(purpose: str = "chat", settings: Settings | None = None) -> ChatModel:
    """The chat model configured for ``purpose``, with its fallbacks; cached per process.

    Parameters
    ----------
    purpose
        A key of ``Settings.models`` (``chat``, ``extract`` or an alias).
    settings
        Settings to read; default ``get_settings()``.

    Raises
    ------
    ConfigError
        Unknown purpose or backend, bad options, or a backend without chat models.
    """
    chain = _chain(purpose, _settings(settings))
    key = ("chat", *(f"{name}={_spec_key(spec)}" for name, spec in chain))
    with _cache_lock:
        cached = _cache.get(key)
        if isinstance(cached, ChatModel):
            return cached
        registry = default_registry()
        models = [registry.chat_class(spec.backend)(spec, purpose=name) for name, spec in chain]
        model = models[0] if len(models) == 1 else FallbackChatModel(models)
        _cache[key] = model
        return model


def get_embedding_model(purpose: str = "embed", settings: Settings | None = None) -> EmbeddingModel:
    """The embedding model configured for ``purpose``, with its fallbacks; cached per process.

    Parameters
    ----------
    purpose
        A key of ``Settings.models`` (``embed`` or an alias).
    settings
        Settings to read; default ``get_settings()``.
    """
    chain = _chain(purpose, _settings(settings))
    key = ("embedding", *(f"{name}={_spec_key(spec)}" for name, spec in chain))
    with _cache_lock:
        cached = _cache.get(key)
        if isinstance(cached, EmbeddingModel):
            return cached
        registry = default_registry()
        models = [
            registry.embedding_class(spec.backend)(spec, purpose=name) for name, spec in chain
        ]
        model = models[0] if len(models) == 1 else FallbackEmbeddingModel(models)
        _cache[key] = model
        return model


def build_embedding_model(spec: ModelSpec, purpose: str = "embed") -> EmbeddingModel:
    """A new embedding model from ``spec`` alone (no fallbacks, not cached): for a tenant's
    own encoder, whose caller keeps and unloads it (``search.encoders``).

    Raises ``ConfigError`` naming the known embedding backends if ``spec.backend`` is none.
    """
    return default_registry().embedding_class(spec.backend)(spec, purpose=purpose)


def model_languages(purpose: str = "chat", settings: Settings | None = None) -> tuple[str, ...]:
    """The languages the model of ``purpose`` writes well: its ``languages`` setting, else
    its backend's ``default_languages``; with fallbacks, only those every model writes.

    Raises
    ------
    ConfigError
        Unknown purpose or backend.
    """
    registry = default_registry()
    found: tuple[str, ...] | None = None
    for _, spec in _chain(purpose, _settings(settings)):
        declared = spec.languages
        if declared is None:
            declared = list(registry.chat_class(spec.backend).default_languages)
        found = tuple(declared) if found is None else tuple(c for c in found if c in declared)
    return found or ()


def clear_model_cache() -> None:
    """Forget the models built so far (their connections are closed)."""
    with _cache_lock:
        for model in _cache.values():
            model.close()
        _cache.clear()


def _kind(purpose: str, backend: str) -> Literal["chat", "embedding"]:
    registry = default_registry()
    chats = backend in registry.chat_backends()
    embeds = backend in registry.embedding_backends()
    if embeds and (not chats or "embed" in purpose.lower()):
        return "embedding"
    return "chat"


@dataclass
class PurposeStatus:
    """One row of ``tradewinds models list``."""

    purpose: str
    kind: Literal["chat", "embedding"]
    backend: str
    model: str
    base_url: str | None
    fallbacks: list[str]
    available: bool | None  # None: not checked
    problem: str = ""
    capabilities: dict[str, Any] = field(default_factory=dict)


def purpose_statuses(
    settings: Settings | None = None, *, check: bool = True
) -> list[PurposeStatus]:
    """Every configured purpose, its backend, and (with ``check``) whether it can be used now.

    A purpose is an embedding purpose if its backend only embeds, or if it embeds and chats
    (``openai``) and the purpose's name contains "embed"; otherwise a chat purpose.
    Checking is cheap: files are looked for, servers are asked for their model list.
    """
    settings = _settings(settings)
    registry = default_registry()
    rows = []
    for purpose, spec in settings.models.items():
        kind = _kind(purpose, spec.backend)
        row = PurposeStatus(
            purpose,
            kind,
            spec.backend,
            spec.model,
            spec.base_url,
            list(spec.fallbacks),
            available=None,
        )
        try:
            # The purpose's own model, without fallbacks: a working fallback must not hide
            # that the primary is down.
            model: ChatModel | EmbeddingModel = (
                registry.chat_class(spec.backend)(spec, purpose=purpose)
                if kind == "chat"
                else registry.embedding_class(spec.backend)(spec, purpose=purpose)
            )
            row.capabilities = {
                k: v for k, v in model.describe().items() if k.startswith(("can_", "supports_"))
            }
            if check:
                try:
                    model.check()
                finally:
                    model.close()
                row.available = True
        except (ConfigError, ModelUnavailable) as exc:
            row.available = False
            row.problem = exc.message
        rows.append(row)
    return rows
