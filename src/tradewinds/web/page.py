"""What every page shares: the request's language, shop and signed-in account, the layout's
context, the response with its language cookie and security headers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from starlette.responses import Response

from tradewinds.accounts import Account, find_account
from tradewinds.assistant import MAX_MESSAGE_CHARS
from tradewinds.core.settings import Settings
from tradewinds.store import Database
from tradewinds.web.i18n import LANG_COOKIE, LANGUAGES, pick_language
from tradewinds.web.session import SESSION_COOKIE, csrf_token, remember_session, session_token
from tradewinds.web.shop import ShopChoice, choose_shop
from tradewinds.web.templating import render

# Everything the pages load comes from this server; nothing may frame them.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
_LANG_COOKIE_AGE = 365 * 24 * 3600


@dataclass(frozen=True)
class PageRequest:
    """One page request: who asked, in which language, for which shop; ``account`` is the
    signed-in shopper (None for a guest)."""

    request: Request
    db: Database
    settings: Settings
    language: str
    shop: ShopChoice
    account: Account | None = None

    @property
    def cart_token(self) -> str:
        """The token of the shopper's cart: the account's when signed in, otherwise the
        session cookie's ("" before the first cookie)."""
        if self.account is not None and self.account.cart_token:
            return self.account.cart_token
        return self.request.cookies.get(SESSION_COOKIE, "")


def app_services(request: Request) -> tuple[Settings, Database, str]:
    """The app's settings and database, and the page language ``request`` asks for
    (``?lang=``, then the language cookie, then ``Accept-Language``)."""
    state = request.app.state
    settings = state.settings
    assert isinstance(settings, Settings)
    language = pick_language(
        request.query_params.get("lang"),
        request.cookies.get(LANG_COOKIE),
        request.headers.get("accept-language"),
    )
    return settings, state.database.get(), language


def page_request(request: Request) -> PageRequest:
    """The language and shop of ``request`` (a FastAPI dependency)."""
    settings, db, language = app_services(request)
    shop = choose_shop(db, settings, request.headers.get("host", ""))
    token = request.cookies.get(SESSION_COOKIE, "")
    account = find_account(db, shop.tenant.id, token) if shop.tenant and token else None
    return PageRequest(request, db, settings, language, shop, account)


def language_links(request: Request, current: str) -> list[dict[str, Any]]:
    """Links to this page in each language (the visible switch; works without JavaScript)."""
    names = {"en": "English", "zh": "中文"}
    links = []
    for language in LANGUAGES:
        params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
        params.append(("lang", language))
        links.append(
            {
                "language": language,
                "name": names[language],
                "href": f"{request.url.path}?{urlencode(params)}",
                "current": language == current,
            }
        )
    return links


def page_response(
    page: PageRequest, template: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """Render ``template`` with the layout's context; remember an explicit ``?lang=``.

    The layout's assistant panel posts a form, so every page has a session (and sets its
    cookie when the request came without one)."""
    tenant = page.shop.tenant
    session, new_session = session_token(page.request)
    html = render(
        template,
        page.language,
        {
            "shop_name": tenant.name if tenant else "Tradewinds",
            "query": page.request.query_params.get("q", ""),
            "language_links": language_links(page.request, page.language),
            "assistant_form": {"csrf_token": csrf_token(session), "max_chars": MAX_MESSAGE_CHARS},
            "signed_in": page.account is not None,
            **context,
        },
    )
    response = HTMLResponse(html, status_code=status_code, headers=SECURITY_HEADERS)
    if new_session:
        remember_session(response, page.request, session)
    remember_language(response, page.request, page.language)
    return response


def remember_language(response: Response, request: Request, language: str) -> None:
    """Keep an explicit ``?lang=`` choice in the ``tw_lang`` cookie."""
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie(
            LANG_COOKIE,
            language,
            max_age=_LANG_COOKIE_AGE,
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
        )


def no_shop_response(page: PageRequest, status_code: int = 200) -> HTMLResponse:
    """The first-run page: no shop to show yet, and how to create one; for a host name
    this server has no shop for, a 404 saying so."""
    if page.shop.reason in ("unknown_host", "host_not_found"):
        status_code = 404
    return page_response(
        page,
        "storefront/no_shop.html",
        {"reason": page.shop.reason, "wanted": page.shop.wanted},
        status_code,
    )


def not_found_response(page: PageRequest) -> HTMLResponse:
    """The HTML 404 page, with a search box, in the request's language."""
    return page_response(page, "storefront/not_found.html", {}, 404)
