"""The one way a capability reaches a chat model: a client bound to a tenant and a feature.

>>> client = ModelClient(db, tenant.id, feature="search_understanding")  # doctest: +SKIP
>>> outcome = client.chat(ChatRequest.from_prompt("red shoes"), model="extract")  # doctest: +SKIP

Every call goes through the process's :class:`~tradewinds.gateway.Gateway` for ``db``
(:func:`~tradewinds.gateway.gateway_for`), exactly like a ``/v1`` request without a key:
the tenant's budget is reserved and charged, the input and output are moderated (a blocked
prompt raises ``ContentBlocked``), the answer is labelled, and one usage record and one
audit record carry ``feature``. ``tests/test_layers.py`` forbids capabilities to import the
model layer's chat entry points, so this is the only road to a chat model above it.
"""

from __future__ import annotations

from dataclasses import dataclass

from tradewinds.core.errors import InvalidInput
from tradewinds.core.settings import Settings
from tradewinds.gateway._stream import ChatStream
from tradewinds.gateway.service import ChatOutcome, EmbedOutcome, ModelEntry, gateway_for
from tradewinds.models import ChatRequest
from tradewinds.store import Database

MAX_FEATURE_LENGTH = 32  # the usage and audit records' column


@dataclass(frozen=True)
class ModelClient:
    """Model calls that ``tenant_id`` pays for, recorded as ``feature``.

    Parameters
    ----------
    db
        The database of the tenant's usage, budgets and audit log.
    tenant_id
        Who pays.
    feature
        What spends the tokens (``search_understanding``, ``forecast_narration``,
        ``assistant``...): kept on the usage record and the audit record.
    settings
        Default ``get_settings()``.
    """

    db: Database
    tenant_id: int
    feature: str
    settings: Settings | None = None

    def __post_init__(self) -> None:
        if not self.feature or len(self.feature) > MAX_FEATURE_LENGTH:
            raise InvalidInput(
                f"feature is {self.feature!r} (expected a name of 1 to "
                f"{MAX_FEATURE_LENGTH} characters, e.g. 'search_understanding')"
            )

    def chat(self, request: ChatRequest, *, model: str = "chat") -> ChatOutcome:
        """A metered, moderated, labelled and audited completion from the alias ``model``.

        Raises
        ------
        UnknownModel, RateLimited, BudgetExceeded, ContentBlocked, InvalidInput,
        ModelUnavailable, InvalidModelOutput
            As :meth:`Gateway.chat`; all are ``TradewindsError`` s.
        """
        gateway = gateway_for(self.db, self.settings)
        return gateway.chat(self.tenant_id, request, model=model, feature=self.feature)

    def stream_chat(self, request: ChatRequest, *, model: str = "chat") -> ChatStream:
        """A streamed completion (see :meth:`Gateway.stream_chat`)."""
        gateway = gateway_for(self.db, self.settings)
        return gateway.stream_chat(self.tenant_id, request, model=model, feature=self.feature)

    def embed(self, texts: list[str], *, model: str = "embed") -> EmbedOutcome:
        """Embeddings metered to the tenant, for texts a person sent (see ``embed``)."""
        gateway = gateway_for(self.db, self.settings)
        return gateway.embed(self.tenant_id, texts, model=model, feature=self.feature)

    def describe(self, model: str) -> ModelEntry:
        """The configured alias ``model`` (kind and backend); ``UnknownModel`` if none."""
        gateway = gateway_for(self.db, self.settings)
        return gateway.entry(model)

    def supports_tools(self, model: str) -> bool:
        """Whether the chat alias ``model`` can call tools natively (its first backend)."""
        return gateway_for(self.db, self.settings).supports_tools(model)
