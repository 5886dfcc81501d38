"""``/assistant``: the shopping assistant in the storefront (the page, and the panel's target).

Without JavaScript the form posts to ``/assistant`` and the page comes back with the
conversation and the answer, rendered here. With JavaScript, ``static/assistant.js`` posts
the same form to ``/assistant/stream`` and reads server-sent events: the answer's text line
by line, then the full answer rendered by the same template (``_answer.html``).

The conversation is the assistant's own session (:func:`tradewinds.assistant.ask`), kept
in the ``tw_chat`` cookie (:mod:`tradewinds.web.conversation`). When the assistant fails
(its storage, a model, anything) the page says so and the rest of the shop keeps working.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse, RedirectResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.assistant import Answer, BadAssistantRequest, ask, session_history
from tradewinds.compliance import explicit_label, load_policy
from tradewinds.core.errors import Conflict, NotFound
from tradewinds.web.conversation import (
    conversation_token,
    forget_conversation,
    remember_conversation,
    signed_in_customer,
)
from tradewinds.web.page import (
    SECURITY_HEADERS,
    PageRequest,
    no_shop_response,
    page_request,
    page_response,
)
from tradewinds.web.session import CsrfRejected, read_form
from tradewinds.web.storefront.answer import answer_context, plain_text
from tradewinds.web.storefront.cart_page import forbidden_response
from tradewinds.web.templating import render

router = APIRouter(include_in_schema=False)
PageDep = Annotated[PageRequest, Depends(page_request)]
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Turn:
    """One message and what came of it: an answer, or ``error`` (``message``: nothing to
    answer; ``unavailable``: the assistant failed)."""

    question: str
    answer: Answer | None = None
    error: str = ""


def take_turn(page: PageRequest, message: str) -> Turn:
    """Ask the assistant ``message`` in this browser's conversation (a new one when the old
    one is gone or belongs to another customer)."""
    tenant = page.shop.tenant
    assert tenant is not None
    previous = conversation_token(page.request)
    customer = signed_in_customer(page.request)
    understand = page.settings.assistant.storefront_understand

    def answer(conversation: str | None) -> Answer:
        return ask(page.db, tenant, message, page.settings, session_id=conversation,
                   customer_id=customer, understand=understand)  # fmt: skip

    try:
        try:
            return Turn(message, answer(previous))
        except (NotFound, Conflict):
            if previous is None:
                raise
            return Turn(message, answer(None))
    except BadAssistantRequest:
        return Turn(message, error="message")
    except Exception:  # the page must outlive any failure of the assistant or its models
        logger.exception("the storefront assistant failed; the page says it is unavailable")
        return Turn(message, error="unavailable")


def conversation_context(page: PageRequest, turn: Turn | None = None) -> dict[str, Any]:
    """The page's context: the conversation so far (the latest answer in full, with its
    cards and citations, when ``turn`` has one) and the form."""
    tenant = page.shop.tenant
    assert tenant is not None
    conversation = turn.answer.session_id if turn and turn.answer else None
    conversation = conversation or conversation_token(page.request)
    history: list[dict[str, Any]] = []
    unavailable = bool(turn and turn.error == "unavailable")
    label = "AI-generated"
    if conversation and not unavailable:
        try:
            history = session_history(page.db, tenant.id, conversation)
            label = explicit_label(page.settings, load_policy(page.db, tenant.id), page.language)
        except NotFound:
            history = []
        except Exception:
            logger.exception("the storefront assistant's history could not be read")
            unavailable = True
    if turn and turn.answer:
        history = history[:-1]  # the latest answer is shown in full below
    return {
        "history": history,
        "history_label": label,
        "answer": _answer_context(turn.answer) if turn and turn.answer else None,
        "error": turn.error if turn else "",
        "unavailable": unavailable,
        "chat_message": turn.question if turn and turn.error else "",
        "assistant_page": True,
    }


def _answer_context(answer: Answer) -> dict[str, Any]:
    # The label's content id is unique, so several answers on one page keep distinct ids.
    return answer_context(answer, str(answer.label.get("content_id") or "answer"))


def _page(page: PageRequest, turn: Turn | None = None) -> Response:
    status = {"": 200, "message": 422, "unavailable": 503}[turn.error if turn else ""]
    response = page_response(
        page, "storefront/assistant.html", conversation_context(page, turn), status
    )
    if turn and turn.answer:
        remember_conversation(response, page.request, turn.answer.session_id)
    return response


@router.get("/assistant", response_class=HTMLResponse)
def assistant(page: PageDep) -> Response:
    if page.shop.tenant is None:
        return no_shop_response(page, 404)
    return _page(page)


@router.post("/assistant", response_class=HTMLResponse)
async def send(page: PageDep) -> Response:
    """The form without JavaScript: answer, then show the page with the answer."""
    if page.shop.tenant is None:
        return no_shop_response(page, 404)
    try:
        form = await read_form(page.request)
    except CsrfRejected:
        return forbidden_response(page)
    turn = await run_in_threadpool(take_turn, page, form.get("message", ""))
    return await run_in_threadpool(_page, page, turn)


@router.post("/assistant/new")
async def new_conversation(page: PageDep) -> Response:
    """Start over: forget the conversation (the assistant keeps its history)."""
    try:
        await read_form(page.request)
    except CsrfRejected:
        return forbidden_response(page)
    response = RedirectResponse("/assistant", status_code=303)
    forget_conversation(response)
    return response


@router.post("/assistant/stream")
async def stream(page: PageDep) -> Response:
    """The form with JavaScript: the answer as server-sent events (``delta`` events with
    the text, line by line, then one ``answer`` event with the rendered answer)."""
    if page.shop.tenant is None:
        return no_shop_response(page, 404)
    try:
        form = await read_form(page.request)
    except CsrfRejected:
        return forbidden_response(page)
    turn = await run_in_threadpool(take_turn, page, form.get("message", ""))
    answer = _answer_context(turn.answer) if turn.answer else None
    html = render("storefront/_answer.html", page.language, {"answer": answer, "error": turn.error})
    headers = {**SECURITY_HEADERS, "Cache-Control": "no-store"}
    if turn.answer:
        headers["X-AIGC-Label"] = turn.answer.label_header
    response = StreamingResponse(
        _events(turn, html), media_type="text/event-stream", headers=headers
    )
    if turn.answer:
        remember_conversation(response, page.request, turn.answer.session_id)
    return response


def _events(turn: Turn, html: str) -> Iterator[str]:
    def event(name: str, data: dict[str, Any]) -> str:
        return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"

    if turn.answer:
        lines = plain_text(turn.answer.text).split("\n")
        for i, line in enumerate(lines):
            yield event("delta", {"text": line + ("\n" if i < len(lines) - 1 else "")})
    yield event("answer", {"html": html, "error": turn.error})
