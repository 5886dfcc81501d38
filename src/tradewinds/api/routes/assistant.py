"""``/api/v1/assistant``: the shopping assistant's conversation endpoint and session history."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import Field

from tradewinds.api.deps import DbDep, SettingsDep, TenantDep
from tradewinds.api.schemas.common import Schema, error_responses
from tradewinds.assistant import ask, session_history

router = APIRouter(prefix="/assistant", tags=["assistant"])


class ChatIn(Schema):
    """One shopper message; leave ``session_id`` out to start a conversation."""

    message: str = Field(description="What the shopper wrote (longer than 1000 characters: cut).")
    session_id: str | None = Field(default=None, description="From a previous answer.")
    customer_id: int | None = Field(default=None, description="The signed-in customer, if any.")
    understand: str = Field(
        default="parser",
        description="parser (default), model (the extract model reads the message) or tools "
        "(a tool-calling model, models.assistant, chooses the tools and writes the answer).",
    )
    stream: bool = Field(default=False, description="Answer as server-sent events.")


@router.post(
    "/chat",
    operation_id="assistant_chat",
    summary="Ask the shopping assistant",
    responses=error_responses(400, 401, 404, 409, 422),
    response_model=None,
)
def chat(
    body: ChatIn, db: DbDep, settings: SettingsDep, tenant: TenantDep
) -> JSONResponse | StreamingResponse:
    """Answer one message: ``text`` with ``[n]`` citations, product ``products`` cards,
    ``citations`` (the tool calls each ``[n]`` points at), ``notices`` (truncation, model
    fallback) and the ``session_id`` to send with a follow-up.

    With ``stream: true`` the answer comes as server-sent events: ``{"delta": "..."}`` per
    line of text, then one event with everything but the text, then ``[DONE]``. Bad input
    is still an ordinary error response: the answer is checked before the stream starts."""
    answer = ask(
        db,
        tenant,
        body.message,
        settings,
        session_id=body.session_id,
        customer_id=body.customer_id,
        understand=body.understand,
    )
    headers = {"X-AIGC-Label": answer.label_header}
    if not body.stream:
        return JSONResponse(answer.to_dict(), headers=headers)
    return StreamingResponse(
        _events(answer.to_dict()), media_type="text/event-stream", headers=headers
    )


def _events(body: dict[str, Any]) -> Iterator[str]:
    lines = str(body.pop("text")).split("\n")
    for i, line in enumerate(lines):
        delta = line + ("\n" if i < len(lines) - 1 else "")
        yield f"data: {json.dumps({'delta': delta}, ensure_ascii=False)}\n\n"
    yield f"data: {json.dumps(body, ensure_ascii=False)}\n\n"
    yield "data: [DONE]\n\n"


@router.get(
    "/sessions/{session_id}",
    operation_id="get_assistant_session",
    summary="Get a conversation's messages",
    responses=error_responses(401, 404),
)
def get_session(session_id: str, db: DbDep, tenant: TenantDep) -> dict[str, Any]:
    """The session's messages, oldest first."""
    return {"session_id": session_id, "messages": session_history(db, tenant.id, session_id)}
