"""``/admin/ai/settings`` (owners and managers): the listing-copy settings
(``merchant.copy_settings`` / ``set_copy_settings``): which kinds of finding block
publishing (the others only warn) and whether shoppers see the AI-generated label on
AI-written copy. A save records the change in the console audit (before and after); an
unchanged save records nothing.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.merchant import KINDS, copy_settings, set_copy_settings
from tradewinds.web.admin.ai_tools import PAGE, PublishDep, ai_response, in_session
from tradewinds.web.admin.console import AdminRequest, admin_form, message_response
from tradewinds.web.admin.keys_page import actor_of as actor  # who acts, for the audit
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
SETTINGS = PAGE + "/settings"
LABEL_CHOICES = ("on", "off")


def settings_page(
    console: AdminRequest,
    status_code: int = 200,
    typed: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
) -> Response:
    current = in_session(console, copy_settings)
    label = "on" if current.storefront_label else "off"
    blocking = [kind for kind in KINDS if kind in current.policy.blocking]
    values = typed or {"blocking": blocking, "storefront_label": label}
    done = console.request.query_params.get("done", "") if status_code == 200 else ""
    context = {"kinds": KINDS, "values": values, "errors": errors or {}, "done": done}
    return ai_response(console, "admin/ai_settings.html", "settings", context, status_code)


@router.get(SETTINGS)
def show_settings(console: PublishDep) -> Response:
    return settings_page(console)


@router.post(SETTINGS)
async def save_settings(console: PublishDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    blocking = [kind for kind in KINDS if form.get(f"blocking.{kind}")]
    label = form.get("storefront_label", "")
    typed = {"blocking": blocking, "storefront_label": label}
    if label not in LABEL_CHOICES:
        errors = {"storefront_label": "invalid_choice"}
        return await run_in_threadpool(settings_page, console, 422, typed, errors)

    def work(session: Any) -> bool:
        before = copy_settings(session).to_dict()
        if before == {"blocking": blocking, "storefront_label": label == "on"}:
            return False
        set_copy_settings(
            session, blocking=blocking, storefront_label=label == "on", actor=actor(console)
        )
        return True

    changed = await run_in_threadpool(in_session, console, work)
    return RedirectResponse(f"{SETTINGS}?done={'saved' if changed else 'unchanged'}", 303)
