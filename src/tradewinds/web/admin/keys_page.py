"""``/admin/keys`` (owners and managers): the shop's API keys for the ``/v1`` gateway.

List (name, prefix, created, last used, status, limits), create, change a key's limits,
revoke after a confirmation page. Everything goes through ``tradewinds.gateway``, which
records each change in the console audit in the same transaction.

A new key's secret is shown once: in the answer to the create POST itself (a redirect
would have to carry it in a URL or keep it somewhere). That answer is ``no-store``; the
secret is never logged, never stored in clear (the gateway keeps its SHA-256) and no later
page can show it.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.gateway import KeyInfo, create_key, keys_last_used, list_keys, revoke_key
from tradewinds.gateway import set_key_limits as change_limits
from tradewinds.staff import Actor, Permission
from tradewinds.store.base import utcnow
from tradewinds.web.admin.console import (
    AdminRequest,
    admin_form,
    admin_response,
    allowed,
    message_response,
    path_id,
)
from tradewinds.web.admin.gateway_form import LIMITS, read_expiry, read_limits, read_models, typed
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
KeysDep = Annotated[AdminRequest, Depends(allowed(Permission.MANAGE_KEYS))]
PAGE = "/admin/keys"
NEW_FIELDS = ("name", *LIMITS, "expires")


def actor_of(console: AdminRequest) -> Actor:
    assert console.staff is not None
    return Actor(console.staff.id, console.staff.email)


def _aliases(console: AdminRequest) -> list[str]:
    return sorted(console.settings.models)


def _list(console: AdminRequest, status_code: int = 200, **context: Any) -> Response:
    values = {
        "keys": list_keys(console.db, console.tenant_id),
        "last_used": keys_last_used(console.db, console.tenant_id),
        "aliases": _aliases(console),
        "errors": {},
        "values": dict.fromkeys(NEW_FIELDS, ""),
        "ticked": [],
        "done": console.request.query_params.get("done", ""),
        "created": None,
        **context,
    }
    return admin_response(console, "admin/keys.html", values, status_code, "keys")


@router.get(PAGE)
def keys_page(console: KeysDep) -> Response:
    return _list(console)


@router.post(PAGE)
async def submit_create(console: KeysDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    errors: dict[str, str] = {}
    name = form.get("name", "").strip()
    if len(name) > 100:
        errors["name"] = "too_long"
    limits = read_limits(form, errors)
    expires = read_expiry(form, errors, utcnow().date())
    models = read_models(form, _aliases(console))
    if errors:
        return await run_in_threadpool(
            _list, console, 422, errors=errors, values=typed(form, NEW_FIELDS), ticked=models
        )
    new = await run_in_threadpool(
        lambda: create_key(
            console.db,
            console.tenant_id,
            name=name,
            models=models,
            expires_at=expires,
            known_models=_aliases(console),
            actor=actor_of(console),
            **limits,
        )
    )
    # The one page that ever holds the secret: this answer (no-store, like every page).
    return await run_in_threadpool(_list, console, 201, created=new)


def _key(console: AdminRequest, key_id: str) -> KeyInfo | None:
    wanted = path_id(key_id)
    keys = list_keys(console.db, console.tenant_id) if wanted is not None else []
    return next((k for k in keys if k.id == wanted), None)


def _detail(
    console: AdminRequest, key: KeyInfo, status_code: int = 200, **context: Any
) -> Response:
    values = {
        "key": key,
        "last_used": keys_last_used(console.db, console.tenant_id).get(key.id),
        "errors": {},
        "values": {
            name: "" if getattr(key, name) is None else str(getattr(key, name)) for name in LIMITS
        },
        "done": console.request.query_params.get("done", ""),
        **context,
    }
    return admin_response(console, "admin/key.html", values, status_code, "keys")


@router.get(PAGE + "/{key_id}")
def key_page(key_id: str, console: KeysDep) -> Response:
    key = _key(console, key_id)
    if key is None:
        return message_response(console, "not_found", 404)
    return _detail(console, key)


@router.post(PAGE + "/{key_id}/limits")
async def submit_limits(key_id: str, console: KeysDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    key = await run_in_threadpool(_key, console, key_id)
    if key is None:
        return message_response(console, "not_found", 404)
    errors: dict[str, str] = {}
    limits = read_limits(form, errors)
    if errors:
        return await run_in_threadpool(
            _detail, console, key, 422, errors=errors, values=typed(form, LIMITS)
        )
    try:
        await run_in_threadpool(
            lambda: change_limits(
                console.db, console.tenant_id, key.id, actor=actor_of(console), **limits
            )
        )
    except NotFound:
        return message_response(console, "not_found", 404)
    return RedirectResponse(f"{PAGE}/{key.id}?done=limits", status_code=303)


@router.get(PAGE + "/{key_id}/revoke")
def revoke_page(key_id: str, console: KeysDep) -> Response:
    """The confirmation step before a key stops working."""
    key = _key(console, key_id)
    if key is None:
        return message_response(console, "not_found", 404)
    return admin_response(console, "admin/key_revoke.html", {"key": key}, current="keys")


@router.post(PAGE + "/{key_id}/revoke")
async def submit_revoke(key_id: str, console: KeysDep) -> Response:
    try:
        await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    wanted = path_id(key_id)
    if wanted is None:
        return message_response(console, "not_found", 404)
    try:
        await run_in_threadpool(
            lambda: revoke_key(
                console.db, wanted, tenant_id=console.tenant_id, actor=actor_of(console)
            )
        )
    except (NotFound, InvalidInput):
        return message_response(console, "not_found", 404)
    return RedirectResponse(f"{PAGE}?done=revoked", status_code=303)
