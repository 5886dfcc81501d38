"""``POST /admin/ai/generate``: generate a product's listing copy and store it as pending
drafts, one per chosen language (the AI tools page's form, and the "Generate copy" button
of the console's product page).

The copy is ``merchant.generate_copy`` (a model call goes through the gateway as
``merchant.copy``, metered to this shop), stored with ``merchant.create_draft``, as
``tradewinds copy generate --draft`` does. Every language is generated first and the
drafts are stored in one transaction: a model that is down, over the shop's budget or
refused, a product that does not exist, or a copy that breaks a listing rule is a message
on the page and nothing is written. Generation runs in the request (seconds with the
embedded model; it is one product).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import InvalidInput, NotFound, TradewindsError
from tradewinds.merchant import (
    LANGUAGES,
    GeneratedCopy,
    catalogue_duplicates,
    create_draft,
    default_language,
    generate_copy,
    model_failure,
)
from tradewinds.staff import Permission
from tradewinds.web.admin.ai_tools import (
    LENGTHS,
    PAGE,
    TONES,
    WRITERS,
    GenerateDep,
    in_session,
    may,
    queue_page,
)
from tradewinds.web.admin.console import AdminRequest, admin_form, message_response
from tradewinds.web.admin.keys_page import actor_of as actor  # who acts, for the audit
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)


class Refused(Exception):
    """Generation gave nothing to store; ``status`` and ``problem`` say why."""

    def __init__(self, status: int, problem: str) -> None:
        super().__init__(problem)
        self.status, self.problem = status, problem


def read_generate_form(form: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """The generate form's values as typed and the fields that are wrong.

    >>> values, errors = read_generate_form({"handle": " ", "lang.zh": "on", "tone": "x"})
    >>> values["languages"], sorted(errors.items())
    (['zh'], [('handle', 'required'), ('tone', 'invalid_choice')])
    """
    values = {
        "handle": form.get("handle", "").strip()[:300],
        "languages": [code for code in LANGUAGES if form.get(f"lang.{code}")],
        "tone": form.get("tone", "neutral"),
        "length": form.get("length", "medium"),
        "writer": form.get("writer", ""),
    }
    errors: dict[str, str] = {}
    if not values["handle"]:
        errors["handle"] = "required"
    elif len(values["handle"]) > 255:
        errors["handle"] = "too_long"
    if not values["languages"]:
        errors["languages"] = "choose_language"
    for name, choices in (("tone", TONES), ("length", LENGTHS), ("writer", WRITERS)):
        if values[name] not in choices:
            errors[name] = "invalid_choice"
    return values, errors


def _generate(console: AdminRequest, values: dict[str, Any]) -> list[GeneratedCopy]:
    results = []
    for language in values["languages"]:
        result = generate_copy(
            console.db, console.tenant_id, values["handle"], language, tone=values["tone"],
            length=values["length"], writer=values["writer"] or None, settings=console.settings,
        )  # fmt: skip
        failure = model_failure(result.copy)
        if failure is not None:
            raise Refused(503, failure)
        results.append(result)
    return results


def _store(
    console: AdminRequest, values: dict[str, Any], results: list[GeneratedCopy]
) -> list[int]:
    template = f"{values['writer'] or 'default'}/{values['tone']}/{values['length']}"

    def work(session: Any) -> list[int]:
        index = catalogue_duplicates(session)
        return [
            create_draft(
                session, values["handle"], result.copy, actor=actor(console), template=template,
                duplicates=index,
            ).id
            for result in results
        ]  # fmt: skip

    return in_session(console, work)


def product_copy_tools(console: AdminRequest) -> dict[str, str] | None:
    """What the product page's "Generate copy" button posts (the shop's default language),
    or None for a role that may not generate."""
    if not may(console, Permission.GENERATE_COPY):
        return None
    return {"action": PAGE + "/generate", "language": in_session(console, default_language)}


@router.post(PAGE + "/generate")
async def generate(console: GenerateDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    values, errors = read_generate_form(form)
    if errors:
        return await run_in_threadpool(queue_page, console, 422, values, errors)
    try:
        results = await run_in_threadpool(_generate, console, values)
        ids = await run_in_threadpool(_store, console, values, results)
    except NotFound:
        errors = {"handle": "no_product"}
        return await run_in_threadpool(queue_page, console, 422, values, errors)
    except Refused as refused:
        return await run_in_threadpool(
            queue_page, console, refused.status, values, {}, refused.problem
        )
    except InvalidInput as error:  # a language the writer cannot write; a listing rule
        return await run_in_threadpool(queue_page, console, 422, values, {}, error.message)
    except TradewindsError as error:  # e.g. the model's settings are wrong
        return await run_in_threadpool(queue_page, console, 503, values, {}, error.message)
    if len(ids) == 1:
        return RedirectResponse(f"{PAGE}/drafts/{ids[0]}?done=generated", status_code=303)
    return RedirectResponse(f"{PAGE}?done=generated&n={len(ids)}", status_code=303)
