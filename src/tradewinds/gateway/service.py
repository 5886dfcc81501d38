"""The gateway: every model call of a tenant, from outside (``/v1``) or inside, goes here.

``Gateway.chat`` / ``stream_chat`` / ``embed`` check the key's model list and rate limits,
reserve the key's and the tenant's monthly budgets, moderate the input, call the model
layer (which handles fallbacks), moderate and label the output, write one usage record
(settling the reservation) and the audit entry. The module functions :func:`chat`,
:func:`stream_chat` and :func:`embed` are the same path for internal features (assistant,
copywriting, query understanding), which pass ``feature`` and no key.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Literal
from weakref import WeakKeyDictionary

from sqlalchemy import Engine

from tradewinds.core.errors import InvalidInput
from tradewinds.core.settings import Settings
from tradewinds.gateway import _content
from tradewinds.gateway._call import MeteredCall, new_completion_id
from tradewinds.gateway._stream import ChatStream
from tradewinds.gateway.budgets import Reservation
from tradewinds.gateway.errors import UnknownModel
from tradewinds.gateway.keys import KeyInfo, authenticate, is_cached
from tradewinds.gateway.limits import RateLimiter
from tradewinds.gateway.metering import UsageEvent, record_usage
from tradewinds.gateway.shared_limits import limiter_for
from tradewinds.gateway.usage_writer import UsageWriter
from tradewinds.models import (
    ChatRequest,
    ChatResult,
    EmbeddingResult,
    get_chat_model,
    get_embedding_model,
    purpose_statuses,
)
from tradewinds.store import Database

ModelKind = Literal["chat", "embedding"]


@dataclass(frozen=True)
class ModelEntry:
    """One alias a client may call, and what it is."""

    alias: str
    kind: ModelKind
    backend: str


@dataclass
class ChatOutcome:
    """A finished, metered, moderated and labelled chat completion."""

    id: str
    created: int
    model: str
    result: ChatResult
    label: Any | None = None
    verdicts: list[Any] = field(default_factory=list)


@dataclass
class EmbedOutcome:
    """Finished, metered embeddings; ``verdict`` is the worst input's moderation verdict."""

    model: str
    result: EmbeddingResult
    verdict: Any | None = None


def estimate_tokens(text: str) -> int:
    """A cheap upper-leaning guess of a text's tokens (about 4 characters per token)."""
    return len(text) // 4 + 1


def prompt_text(request: ChatRequest) -> str:
    """The input the caller sent, as moderation and the audit log see it."""
    parts = [m.content for m in request.messages if m.content]
    parts += [c.arguments for m in request.messages for c in m.tool_calls]
    return "\n".join(parts)


def prompt_estimate(request: ChatRequest) -> int:
    tools = json.dumps([t.to_openai() for t in request.tools]) if request.tools else ""
    return estimate_tokens(prompt_text(request) + tools) + 4 * len(request.messages)


class Gateway:
    """The metered path to the models for one database and one set of settings."""

    #: Write usage records in background batches (False: one commit per request, as the
    #: benchmark's baseline). Read when a gateway is created.
    batch_usage: bool = True

    def __init__(
        self,
        db: Database,
        settings: Settings,
        limiter: RateLimiter | None = None,
        *,
        batch_usage: bool | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.limiter: RateLimiter = limiter or limiter_for(db, settings)
        self._entries: dict[str, ModelEntry] | None = None
        batched = Gateway.batch_usage if batch_usage is None else batch_usage
        self.usage_writer: UsageWriter | None = UsageWriter(db) if batched else None

    # --- usage records --------------------------------------------------------------------

    def write_usage(self, event: UsageEvent, reservation: Reservation | None) -> None:
        """Record one finished request: queued for the batch writer, or committed now."""
        if self.usage_writer is not None:
            self.usage_writer.submit(event, reservation)
        else:
            record_usage(self.db, event, reservation)

    def flush_usage(self) -> None:
        """Wait until every usage record this gateway queued is committed."""
        if self.usage_writer is not None:
            self.usage_writer.flush()

    def close(self) -> None:
        """Flush queued usage records (later ones are written synchronously); close the
        shared limiter's connections."""
        if self.usage_writer is not None:
            self.usage_writer.close()
        close_limiter = getattr(self.limiter, "close", None)
        if close_limiter is not None:
            close_limiter()

    # --- keys and models ------------------------------------------------------------------

    def authenticate(self, secret: str | None) -> KeyInfo:
        """The active key for ``secret`` (``Unauthorized`` otherwise); cached briefly."""
        config = self.settings.gateway
        return authenticate(
            self.db, secret, cache_ttl_s=config.key_cache_ttl_s, cache_size=config.max_tracked_keys
        )

    def key_is_cached(self, secret: str | None) -> bool:
        """Whether :meth:`authenticate` can answer ``secret`` without the database."""
        return is_cached(self.db, secret, self.settings.gateway.key_cache_ttl_s)

    def records_without_blocking(self) -> bool:
        """Whether metering a request now neither commits nor waits (batched, queue has room)."""
        writer = self.usage_writer
        return writer is not None and not writer.full

    def entries(self) -> dict[str, ModelEntry]:
        """Every configured alias with its kind (computed once: settings do not change)."""
        if self._entries is None:
            rows = purpose_statuses(self.settings, check=False)
            self._entries = {r.purpose: ModelEntry(r.purpose, r.kind, r.backend) for r in rows}
        return self._entries

    def models(self, key: KeyInfo | None = None) -> list[ModelEntry]:
        """The aliases ``key`` may use, in configuration order."""
        return [e for e in self.entries().values() if key is None or key.allows(e.alias)]

    def _entry(self, alias: str, key: KeyInfo | None, kind: ModelKind) -> ModelEntry:
        entry = self.entries().get(alias)
        if entry is None or (key is not None and not key.allows(alias)):
            names = [e.alias for e in self.models(key) if e.kind == kind]
            raise UnknownModel(
                f"model {alias!r} does not exist or this key may not use it "
                f"(available: {', '.join(names) or 'none'}; see GET /v1/models)",
                details={"model": alias},
            )
        if entry.kind != kind:
            other = "/v1/embeddings" if entry.kind == "embedding" else "/v1/chat/completions"
            raise InvalidInput(
                f"model {alias!r} is a {entry.kind} model; call it through {other}",
                details={"model": alias},
            )
        return entry

    def record_request(self, tenant_id: int, key: KeyInfo | None, endpoint: str) -> None:
        """Meter a request that uses no model (``GET /v1/models``): rate limit and record."""
        call = MeteredCall(self, tenant_id, key, "", endpoint, "api")
        call.admit(0, 0)
        call.finish("ok")

    # --- chat -----------------------------------------------------------------------------

    def _capped(self, request: ChatRequest) -> ChatRequest:
        if request.max_tokens is not None:
            return request
        return request.model_copy(update={"max_tokens": self.settings.gateway.default_max_tokens})

    def chat(
        self,
        tenant_id: int,
        request: ChatRequest,
        *,
        model: str,
        key: KeyInfo | None = None,
        feature: str = "api",
    ) -> ChatOutcome:
        """Answer ``request`` with the model alias ``model``, metered and moderated.

        Raises
        ------
        UnknownModel, RateLimited, BudgetExceeded, ContentBlocked, InvalidInput,
        ModelUnavailable (every fallback failed), InvalidModelOutput
        """
        self._entry(model, key, "chat")
        request = self._capped(request)
        assert request.max_tokens is not None
        call = MeteredCall(self, tenant_id, key, model, "chat", feature)
        estimate = prompt_estimate(request) + request.max_tokens
        call.admit(estimate, estimate)
        text_in = prompt_text(request)
        verdict_in = _content.check_input(call, text_in)
        try:
            result = get_chat_model(model, self.settings).chat(request)
        except InvalidInput:
            call.finish("invalid_request")
            raise
        except BaseException:  # ModelUnavailable after every fallback, bad output, bugs
            call.finish("backend_error")
            raise
        prompt = result.usage.prompt_tokens or prompt_estimate(request)
        completion = result.usage.completion_tokens or estimate_tokens(result.text)
        try:
            verdict_out = _content.moderate(
                self.settings, self.db, tenant_id, result.text, "output"
            )
        except BaseException:  # moderation down: the answer is not passed unchecked
            call.finish(
                "backend_error", prompt=prompt, completion=completion, backend=result.backend
            )
            raise
        status = "ok"
        if _content.blocks(verdict_out):
            status = "cut_blocked"
            result = ChatResult(
                text="",
                finish_reason="content_filter",
                usage=result.usage,
                backend=result.backend,
                model=result.model,
            )
        call.finish(status, prompt=prompt, completion=completion, backend=result.backend)
        label = _content.label(self.settings, tenant_id, model, result.text)
        _content.audit(
            self.settings,
            self.db,
            tenant_id,
            key_id=key.id if key else None,
            model=model,
            input_text=text_in,
            output_text=result.text,
            verdicts=[verdict_in, verdict_out],
            label=label,
        )
        return ChatOutcome(
            id=new_completion_id(),
            created=int(time.time()),
            model=model,
            result=result,
            label=label,
            verdicts=[v for v in (verdict_in, verdict_out) if v is not None],
        )

    def stream_chat(
        self,
        tenant_id: int,
        request: ChatRequest,
        *,
        model: str,
        key: KeyInfo | None = None,
        feature: str = "api",
    ) -> ChatStream:
        """Start streaming an answer; refusals and backend failures raise before it starts.

        Iterate the returned :class:`ChatStream` for ``StreamChunk`` s. Tokens are counted
        as they arrive; when the budget runs out (``BudgetExceeded``) or moderation blocks
        the output (``ContentBlocked``), iteration raises after the text already sent.
        """
        self._entry(model, key, "chat")
        request = self._capped(request)
        assert request.max_tokens is not None
        call = MeteredCall(self, tenant_id, key, model, "chat_stream", feature)
        prompt = prompt_estimate(request)
        step = min(request.max_tokens, self.settings.gateway.stream_reserve_tokens)
        call.admit(prompt + request.max_tokens, prompt + step)
        text_in = prompt_text(request)
        verdict_in = _content.check_input(call, text_in)
        try:
            chunks = get_chat_model(model, self.settings).stream(request)
            first = next(chunks, None)
        except InvalidInput:
            call.finish("invalid_request")
            raise
        except BaseException:
            call.finish("backend_error")
            raise
        moderator = _content.stream_moderator(self.settings, self.db, tenant_id)
        return ChatStream(
            self,
            call,
            chunks,
            first,
            prompt_estimate=prompt,
            step=step,
            input_text=text_in,
            verdict_in=verdict_in,
            moderator=moderator,
        )

    # --- embeddings -----------------------------------------------------------------------

    def embed(
        self,
        tenant_id: int,
        texts: list[str],
        *,
        model: str,
        key: KeyInfo | None = None,
        feature: str = "api",
    ) -> EmbedOutcome:
        """Embed ``texts`` with the alias ``model``, metered against the same budgets."""
        self._entry(model, key, "embedding")
        if not texts:
            raise InvalidInput("input must contain at least one text")
        call = MeteredCall(self, tenant_id, key, model, "embeddings", feature)
        estimate = sum(estimate_tokens(t) for t in texts)
        call.admit(estimate, estimate)
        verdict = _content.check_embedding_inputs(call, texts)
        try:
            result = get_embedding_model(model, self.settings).embed_result(texts)
        except InvalidInput:
            call.finish("invalid_request")
            raise
        except BaseException:
            call.finish("backend_error")
            raise
        tokens = result.usage.prompt_tokens or estimate
        call.finish("ok", prompt=tokens, backend=result.backend)
        return EmbedOutcome(model=model, result=result, verdict=verdict)


_gateways: WeakKeyDictionary[Engine, Gateway] = WeakKeyDictionary()
_gateways_lock = threading.Lock()


def gateway_for(db: Database, settings: Settings | None = None) -> Gateway:
    """The process's gateway for ``db`` (one limiter state per database and settings)."""
    if settings is None:
        from tradewinds.core.settings import get_settings

        settings = get_settings()
    with _gateways_lock:
        gateway = _gateways.get(db.engine)
        if gateway is None or gateway.settings is not settings or gateway.db is not db:
            if gateway is not None:
                gateway.close()  # its queued usage records are committed, none lost
            gateway = Gateway(db, settings)
            _gateways[db.engine] = gateway
        return gateway


def chat(
    db: Database,
    tenant_id: int,
    request: ChatRequest,
    *,
    model: str = "chat",
    feature: str = "assistant",
    key: KeyInfo | None = None,
    settings: Settings | None = None,
) -> ChatOutcome:
    """A chat completion for an internal feature, metered and limited like ``/v1``.

    Parameters
    ----------
    db, tenant_id
        Whose budget pays.
    request
        The model-layer request.
    model
        Model alias (a key of ``Settings.models``).
    feature
        What spends the tokens (``assistant``, ``copywriting``...), kept on the usage record.
    """
    return gateway_for(db, settings).chat(tenant_id, request, model=model, key=key, feature=feature)


def stream_chat(
    db: Database,
    tenant_id: int,
    request: ChatRequest,
    *,
    model: str = "chat",
    feature: str = "assistant",
    key: KeyInfo | None = None,
    settings: Settings | None = None,
) -> ChatStream:
    """A streamed chat completion for an internal feature (see :func:`chat`)."""
    gateway = gateway_for(db, settings)
    return gateway.stream_chat(tenant_id, request, model=model, key=key, feature=feature)


def embed(
    db: Database,
    tenant_id: int,
    texts: list[str],
    *,
    model: str = "embed",
    feature: str = "search",
    key: KeyInfo | None = None,
    settings: Settings | None = None,
) -> EmbedOutcome:
    """Embeddings for an internal feature, metered like ``/v1/embeddings``."""
    return gateway_for(db, settings).embed(tenant_id, texts, model=model, key=key, feature=feature)
