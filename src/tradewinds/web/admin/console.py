"""What every console page shares: the signed-in staff member, the one permission check,
the console's own session cookie and CSRF tokens, and the response with the layout.

The shop is the request's host's, as for the storefront (``web/shop.py``); the person is
the one signed in to *that* shop's console with the ``tw_admin`` cookie (HttpOnly,
SameSite=Lax, Secure behind https, path ``/admin``; separate from the shopper's
``tw_session``). Every page route depends on :func:`allowed` with the permission it needs:
no session (or an expired one, or another shop's) raises :class:`SignInRequired` (303 to
the sign-in page, coming back afterwards); a role without the permission raises
:class:`NotAllowed` (403). Both are turned into responses by the handlers in
``install_admin``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute
from starlette.responses import Response
from starlette.routing import BaseRoute

from tradewinds.core.settings import Settings
from tradewinds.staff import Permission, Staff, can, find_staff
from tradewinds.store import Database
from tradewinds.store.tables import Tenant
from tradewinds.web.page import (
    SECURITY_HEADERS,
    app_services,
    language_links,
    remember_language,
)
from tradewinds.web.session import csrf_token, read_form, remember_session, session_token
from tradewinds.web.shop import choose_shop
from tradewinds.web.templating import render

ADMIN_COOKIE = "tw_admin"
LOGIN = "/admin/login"
HOME = "/admin"
# The pages a role may see in the navigation: key -> (path, permission). A page of a later
# session adds its line here and in ``templates/admin/base.html``.
PAGES: dict[str, tuple[str, Permission]] = {
    "dashboard": (HOME, Permission.VIEW_REPORTS),
    "catalogue": ("/admin/products", Permission.EDIT_CATALOGUE),
    "orders": ("/admin/orders", Permission.VIEW_ORDERS),
    "customers": ("/admin/customers", Permission.VIEW_CUSTOMERS),
    "import": ("/admin/import", Permission.IMPORT_CATALOGUE),  # CSV import (and export)
    "audit": ("/admin/audit", Permission.VIEW_AUDIT),
    "staff": ("/admin/staff", Permission.MANAGE_STAFF),
    # Forecasts and replenishment (issue 18, part 2)
    "forecasts": ("/admin/forecasts", Permission.VIEW_FORECASTS),
    "replenishment": ("/admin/replenishment", Permission.VIEW_FORECASTS),
    # search tuning (issue 18, part 2)
    "search": ("/admin/search", Permission.VIEW_SEARCH),
    # Gateway and compliance (keys_page, budgets_page, usage_page, compliance_*):
    "keys": ("/admin/keys", Permission.MANAGE_KEYS),
    "budgets": ("/admin/budgets", Permission.MANAGE_BUDGETS),
    "usage": ("/admin/usage", Permission.MANAGE_BUDGETS),
    "compliance": ("/admin/compliance/audit", Permission.MANAGE_COMPLIANCE),
    # Deliveries (issue 18, part 2): plans, planning a day, manifests, promises
    "deliveries": ("/admin/deliveries", Permission.VIEW_DELIVERIES),
    # AI tools: listing-copy drafts, generation, versions, settings (ai_*.py)
    "ai": ("/admin/ai", Permission.REVIEW_COPY),
    # Marketing: segments and campaigns (marketing_segments, marketing_campaigns)
    "marketing": ("/admin/marketing/segments", Permission.VIEW_MARKETING),
}


class SignInRequired(Exception):
    """No usable console session; ``next`` is where to come back after signing in."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next = next_path


class NotAllowed(Exception):
    """The signed-in member's role does not grant the page's permission."""


class NoConsole(Exception):
    """No shop at this host name: nothing to run."""


@dataclass(frozen=True)
class AdminRequest:
    """One console request: for which shop, by whom, in which language."""

    request: Request
    db: Database
    settings: Settings
    language: str
    tenant: Tenant | None
    staff: Staff | None
    token: str  # the tw_admin cookie's token (a new anonymous one when it had none)

    @property
    def tenant_id(self) -> int:
        assert self.tenant is not None
        return self.tenant.id


def admin_token(request: Request) -> tuple[str, bool]:
    """The ``tw_admin`` token and whether it was just made (no usable cookie)."""
    return session_token(request, ADMIN_COOKIE)


def admin_request(request: Request) -> AdminRequest:
    """The console request of ``request``: its shop and signed-in member, if any."""
    settings, db, language = app_services(request)
    tenant = choose_shop(db, settings, request.headers.get("host", "")).tenant
    token, new = admin_token(request)
    staff = find_staff(db, tenant.id, token) if tenant is not None and not new else None
    return AdminRequest(request, db, settings, language, tenant, staff, token)


def console_routes(routes: Iterable[BaseRoute]) -> Iterator[APIRoute]:
    """Every page route of the console among ``routes`` (``app.routes``), looking inside
    included routers (FastAPI keeps those as one entry each)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from console_routes(inner.routes)
        elif isinstance(route, APIRoute) and route.path.startswith(HOME):
            yield route


def _has_page(request: Request, path: str) -> bool:
    return any(
        "GET" in (r.methods or ()) and r.path_regex.match(path)
        for r in console_routes(request.app.router.routes)
    )


def allowed(permission: Permission) -> Callable[[Request], AdminRequest]:
    """The dependency of a page that needs ``permission`` (the one place roles are checked)."""

    def check(request: Request) -> AdminRequest:
        console = admin_request(request)
        if console.tenant is None:
            raise NoConsole()
        if console.staff is None:
            path = request.url.path
            if request.method == "GET" and request.url.query:
                path = f"{path}?{request.url.query}"
            elif request.method != "GET" and not _has_page(request, path):
                path = HOME
            raise SignInRequired(safe_next(path))
        if not can(console.staff.role, permission):
            raise NotAllowed()
        return console

    return check


def path_id(value: str) -> int | None:
    """A row id from a URL path segment: 1 to 18 digits (a longer number would not fit the
    database's integers), else None (the page answers 404)."""
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 18 else None


def safe_next(value: str) -> str:
    """``value`` if it is a console path of this site, else the console's home: never
    another host (``//evil.example``, ``https://…``, ``/\\evil``) or a control character."""
    if not value.startswith("/admin") or "\\" in value or any(ord(c) < 32 for c in value):
        return HOME
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not (parts.path == HOME or parts.path.startswith("/admin/")):
        return HOME
    return value


async def admin_form(console: AdminRequest) -> dict[str, str]:
    """The posted form after the CSRF check against the console's session."""
    return await read_form(console.request, cookie=ADMIN_COOKIE)


def _nav(staff: Staff | None) -> list[str]:
    if staff is None:
        return []
    return [key for key, (_path, permission) in PAGES.items() if can(staff.role, permission)]


def admin_response(
    console: AdminRequest,
    template: str,
    context: dict[str, Any],
    status_code: int = 200,
    current: str = "",
) -> HTMLResponse:
    """Render a console page with the layout's context; never cached; sets the console
    cookie when the request had none (the sign-in form's CSRF token needs it)."""
    token, new = admin_token(console.request)
    staff = console.staff
    html = render(
        template,
        console.language,
        {
            "shop_name": console.tenant.name if console.tenant else "Tradewinds",
            "language_links": language_links(console.request, console.language),
            "csrf_token": csrf_token(token),
            "staff": staff,
            "nav": _nav(staff),
            "current": current,
            **context,
        },
    )
    response = HTMLResponse(html, status_code=status_code, headers=SECURITY_HEADERS)
    response.headers["Cache-Control"] = "no-store"
    if new:
        remember_admin(response, console.request, token)
    remember_language(response, console.request, console.language)
    return response


def remember_admin(response: Response, request: Request, token: str) -> None:
    """Set the console cookie (ends with the browser; the server ends it after
    ``staff.SESSION_HOURS`` anyway)."""
    remember_session(response, request, token, cookie=ADMIN_COOKIE, max_age=None, path=HOME)


def message_response(console: AdminRequest, kind: str, status_code: int) -> HTMLResponse:
    """The console's page for ``forbidden``, ``not_found``, ``expired`` or ``no_shop``."""
    return admin_response(console, "admin/message.html", {"kind": kind}, status_code)
