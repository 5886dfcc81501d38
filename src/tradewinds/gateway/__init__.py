"""The model-hosting gateway: OpenAI-compatible access to the models, per tenant and key.

>>> from tradewinds.gateway import chat
>>> request = ChatRequest.from_prompt("Hi")  # doctest: +SKIP
>>> outcome = chat(db, tenant.id, request, feature="assistant")  # doctest: +SKIP

Every AI feature spends its tenant's tokens through :func:`chat`, :func:`stream_chat` or
:func:`embed`, exactly like ``/v1`` clients do through their keys: same limits, budgets,
moderation, labels and usage records.
"""

from tradewinds.gateway._stream import ChatStream
from tradewinds.gateway.budgets import (
    BudgetState,
    budget_states,
    seconds_to_next_month,
    set_tenant_budget,
    tenant_budget,
)
from tradewinds.gateway.errors import (
    BudgetExceeded,
    ContentBlocked,
    LimiterUnavailable,
    RateLimited,
    UnknownModel,
)
from tradewinds.gateway.keys import (
    KeyInfo,
    NewKey,
    authenticate,
    create_key,
    forget_cached_keys,
    list_keys,
    revoke_key,
    set_key_limits,
)
from tradewinds.gateway.limits import RateLimiter, TokenBucketLimiter
from tradewinds.gateway.metering import (
    DayUsage,
    UsageEvent,
    UsageLine,
    cost_of,
    keys_last_used,
    record_usage,
    report_csv,
    usage_by_day,
    usage_report,
)
from tradewinds.gateway.metrics import exposition as metrics_exposition
from tradewinds.gateway.service import (
    ChatOutcome,
    EmbedOutcome,
    Gateway,
    ModelEntry,
    chat,
    embed,
    gateway_for,
    stream_chat,
)

__all__ = [
    "BudgetExceeded",
    "BudgetState",
    "ChatOutcome",
    "ChatStream",
    "ContentBlocked",
    "DayUsage",
    "EmbedOutcome",
    "Gateway",
    "KeyInfo",
    "LimiterUnavailable",
    "ModelEntry",
    "NewKey",
    "RateLimited",
    "RateLimiter",
    "TokenBucketLimiter",
    "UnknownModel",
    "UsageEvent",
    "UsageLine",
    "authenticate",
    "budget_states",
    "chat",
    "cost_of",
    "create_key",
    "embed",
    "forget_cached_keys",
    "gateway_for",
    "keys_last_used",
    "list_keys",
    "metrics_exposition",
    "record_usage",
    "report_csv",
    "revoke_key",
    "seconds_to_next_month",
    "set_key_limits",
    "set_tenant_budget",
    "stream_chat",
    "tenant_budget",
    "usage_by_day",
    "usage_report",
]
