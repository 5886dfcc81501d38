"""One turn of a conversation: check the message, load the session, plan, run the tools,
compose, verify, and persist both messages and the state follow-ups need."""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from tradewinds.assistant.agent import AgentFailed, AgentRun, cited_cards, run_agent
from tradewinds.assistant.facts import ProductCard
from tradewinds.assistant.grounding import verify_answer
from tradewinds.assistant.intent import Plan
from tradewinds.assistant.model_plan import extract_plan
from tradewinds.assistant.parse import parse_message
from tradewinds.assistant.planner import run_plan
from tradewinds.assistant.refusal import is_off_limits
from tradewinds.assistant.tools import DeliveryRule, ToolContext
from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.core.settings import Settings
from tradewinds.store import Database, queries, tenant_session
from tradewinds.store.tables import AssistantMessage, AssistantSession, Tenant

MAX_MESSAGE_CHARS = 1000
UNDERSTAND_MODES = ("parser", "model", "tools")


class BadAssistantRequest(InvalidInput):
    """A message we refuse outright (HTTP 400): empty, or not text."""

    code = "bad_request"
    http_status = 400


@dataclass
class Answer:
    """The assistant's reply: text with ``[n]`` citations, product cards, and notes."""

    session_id: str
    text: str
    products: list[ProductCard]
    citations: list[dict[str, Any]]
    intent: str
    understood_by: str
    notices: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    total_ms: float = 0.0
    label: dict[str, Any] = field(default_factory=dict)  # the AI-content label's fields
    label_header: str = ""  # the same, as the X-AIGC-Label header value
    language: str = "en"  # of the reply: "en" or "zh"

    def to_dict(self) -> dict[str, Any]:
        return {
            "session_id": self.session_id,
            "text": self.text,
            "products": [c.to_dict() for c in self.products],
            "citations": self.citations,
            "intent": self.intent,
            "understood_by": self.understood_by,
            "notices": self.notices,
            "repairs": self.repairs,
            "total_ms": round(self.total_ms, 1),
            "aigc_label": self.label,
            "language": self.language,
        }


def check_message(message: str) -> tuple[str, list[str]]:
    """The message to answer and any notice; empty or control-character text is refused."""
    text = message.strip()
    if not text:
        raise BadAssistantRequest("the message is empty; send what the shopper asked")
    if any(ord(ch) < 32 and ch not in "\t\n\r" for ch in text):
        raise BadAssistantRequest("the message contains control characters; send plain text")
    if len(text) > MAX_MESSAGE_CHARS:
        from tradewinds.assistant.phrases import say_in_language_of

        notice = say_in_language_of(text, "notice_truncated", length=len(text),
                                    limit=MAX_MESSAGE_CHARS)  # fmt: skip
        return text[:MAX_MESSAGE_CHARS], [notice]
    return text, []


def _session(
    db: Database, tenant_id: int, token: str | None, customer_id: int | None
) -> tuple[int, str, int | None, dict[str, Any]]:
    with tenant_session(db, tenant_id) as session:
        if customer_id is not None:
            try:
                queries.get_customer(session, customer_id)
            except NotFound:
                raise NotFound(f"no customer {customer_id} in this store") from None
        if token is None:
            row = AssistantSession(token=secrets.token_urlsafe(16), customer_id=customer_id)
            session.add(row)
            session.flush()
            return row.id, row.token, customer_id, {}
        found = session.scalars(
            select(AssistantSession).where(AssistantSession.token == token)
        ).one_or_none()
        if found is None:
            raise NotFound(
                f"no assistant session {token!r} (leave the session out to start a new one)"
            )
        if customer_id is not None and found.customer_id not in (None, customer_id):
            raise Conflict("this session belongs to another customer; start a new session")
        if found.customer_id is None and customer_id is not None:
            found.customer_id = customer_id
        state = json.loads(found.state_json or "{}")
        return found.id, found.token, found.customer_id, state


def _save(
    db: Database, tenant_id: int, session_id: int, message: str, answer: Answer, state: Any
) -> None:
    with tenant_session(db, tenant_id) as session:
        row = session.get(AssistantSession, session_id)
        assert row is not None
        row.state_json = json.dumps(state, default=str)
        session.add(AssistantMessage(session_id=session_id, role="user", content=message))
        payload = {k: v for k, v in answer.to_dict().items() if k not in ("text", "session_id")}
        session.add(
            AssistantMessage(
                session_id=session_id,
                role="assistant",
                content=answer.text,
                payload_json=json.dumps(payload, default=str),
            )
        )


def ask(
    db: Database,
    tenant: Tenant,
    message: str,
    settings: Settings,
    *,
    session_id: str | None = None,
    customer_id: int | None = None,
    understand: str = "parser",
    semantic_ratio: float = 0.5,
    delivery_rule: DeliveryRule | None = None,
) -> Answer:
    """Answer one shopper message in a (new or continued) session.

    Parameters
    ----------
    understand
        ``parser`` (deterministic rules, the default), ``model`` (the ``extract`` model
        through the gateway, with the rules as fallback and a notice when it fails) or
        ``tools`` (a tool-calling model, ``models.assistant`` or else ``models.chat``,
        chooses the tools and writes the answer; see :mod:`.agent`; on any failure the
        rules answer, with a notice).

    Raises
    ------
    BadAssistantRequest
        Empty message, control characters, unknown ``understand`` mode.
    NotFound
        Unknown session or customer.
    Conflict
        The session belongs to another customer.
    """
    started = time.perf_counter()
    if understand not in UNDERSTAND_MODES:
        raise BadAssistantRequest(
            f"understand={understand!r} is not a mode (expected one of {UNDERSTAND_MODES})"
        )
    text, notices = check_message(message)
    row_id, token, customer, state = _session(db, tenant.id, session_id, customer_id)
    ctx = ToolContext(
        db=db,
        tenant=tenant,
        settings=settings,
        customer_id=customer,
        semantic_ratio=semantic_ratio,
        delivery_rule=delivery_rule or DeliveryRule(),
    )
    run: AgentRun | None = None
    # Refusals (system prompt, other customers' data) are decided by the rules in every
    # mode, so a tool-calling model never gets to weigh them.
    if understand == "tools" and not is_off_limits(text):
        history = [(m["role"], m["content"]) for m in session_history(db, tenant.id, token)]
        try:
            run = run_agent(ctx, text, state, history=history)
        except AgentFailed as exc:
            notices.append(f"the tool-calling model failed, so the rules answered ({exc})")
    if run is None:
        deadline = settings.assistant.model_deadline_s
        plan: Plan = (
            extract_plan(db, tenant.id, text, settings, deadline_s=deadline)
            if understand == "model"
            else parse_message(text)
        )
        draft, intent, source = run_plan(ctx, plan, state), plan.intent, plan.source
        notices += plan.notices
    else:
        draft, intent, source = run.draft, run.intent, "tools"
    verified = verify_answer(
        "\n".join(draft.sentences), draft.results, draft.budget, draft.echoed_orders
    )
    if run is not None:  # the model's answer shows the products it cites
        draft.cards = cited_cards(verified.text, draft.results)
        draft.state["shown"] = [c.id for c in draft.cards] or draft.state.get("shown", [])
    answer = Answer(
        session_id=token,
        text=verified.text,
        products=draft.cards,
        citations=[r.citation() for r in draft.results],
        intent=intent,
        understood_by=source,
        notices=notices,
        repairs=verified.repairs,
        total_ms=(time.perf_counter() - started) * 1000,
        language=str(draft.state.get("language") or "en"),
    )
    # The reply is machine-made whichever way it was planned, so it is always labelled;
    # the signed hash lets anyone check the text was not edited after it left.
    from tradewinds.compliance import load_policy, make_label

    label = make_label(settings, tenant_id=tenant.id, model=f"assistant:{source}",
                       text=answer.text, locale=answer.language,
                       policy=load_policy(db, tenant.id))  # fmt: skip
    answer.label, answer.label_header = label.metadata, label.header_value
    _save(db, tenant.id, row_id, text, answer, draft.state)
    return answer


def session_history(db: Database, tenant_id: int, session_id: str) -> list[dict[str, Any]]:
    """The messages of a session, oldest first.

    Raises
    ------
    NotFound
        No such session for this tenant.
    """
    with tenant_session(db, tenant_id) as session:
        row = session.scalars(
            select(AssistantSession).where(AssistantSession.token == session_id)
        ).one_or_none()
        if row is None:
            raise NotFound(f"no assistant session {session_id!r}")
        messages = session.scalars(
            select(AssistantMessage)
            .where(AssistantMessage.session_id == row.id)
            .order_by(AssistantMessage.id)
        )
        return [
            {"role": m.role, "content": m.content, "created_at": m.created_at.isoformat()}
            for m in messages
        ]
