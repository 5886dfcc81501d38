"""The shopper's session cookie, CSRF tokens and the forms they protect.

A session is a random token in the ``tw_session`` cookie (HttpOnly, SameSite=Lax, Secure
behind https); it names the shopper's cart. Every state-changing form carries a CSRF token
derived from it (an HMAC keyed with the session token, so it can be checked without storing
anything and it reveals nothing about the cookie); a POST whose token is missing or does
not match gets the 403 page and changes nothing.
"""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import parse_qsl

from fastapi import Request
from starlette.responses import Response

from tradewinds.checkout import new_cart_token

SESSION_COOKIE = "tw_session"
CSRF_FIELD = "csrf_token"
_SESSION_AGE = 30 * 24 * 3600  # an expired page keeps the cart for a month
_MAX_FORM_BYTES = 64 * 1024


class CsrfRejected(Exception):
    """A POST without the session's CSRF token (tampered, stale or cross-site)."""


def session_token(request: Request, cookie: str = SESSION_COOKIE) -> tuple[str, bool]:
    """The request's session token and whether it was just made (no usable cookie).

    A token made for a request is kept on it, so the layout's assistant form and a page's
    own forms carry the CSRF token of the same new session. ``cookie``: the console
    passes its own."""
    token = request.cookies.get(cookie, "")
    if 20 <= len(token) <= 64 and token.replace("-", "").replace("_", "").isalnum():
        return token, False
    made = getattr(request.state, f"new_{cookie}", None)
    if not isinstance(made, str):
        made = new_cart_token()
        setattr(request.state, f"new_{cookie}", made)
    return made, True


def csrf_token(session: str) -> str:
    """The CSRF token of a session (what forms carry in their hidden ``csrf_token`` field)."""
    return hmac.new(session.encode(), b"tradewinds-csrf-v1", hashlib.sha256).hexdigest()


def remember_session(
    response: Response,
    request: Request,
    token: str,
    *,
    cookie: str = SESSION_COOKIE,
    max_age: int | None = _SESSION_AGE,
    path: str = "/",
) -> None:
    """Set the session cookie on ``response`` (once: the layout may have set it already).

    ``cookie``, ``max_age`` (None: until the browser closes) and ``path`` serve the
    console's own session cookie; HttpOnly, SameSite=Lax and Secure behind https always."""
    prefix = f"{cookie}=".encode()
    if any(k == b"set-cookie" and v.startswith(prefix) for k, v in response.raw_headers):
        return
    response.set_cookie(
        cookie,
        token,
        max_age=max_age,
        path=path,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )


async def read_form(request: Request, cookie: str = SESSION_COOKIE) -> dict[str, str]:
    """A URL-encoded form (the last value of each field), after the CSRF check.

    Raises :class:`CsrfRejected` unless the session cookie (``cookie``: the console
    passes its own) exists and the form's ``csrf_token`` matches it.
    """
    body = await request.body()
    kind = request.headers.get("content-type", "").split(";")[0].strip()
    if len(body) > _MAX_FORM_BYTES or kind != "application/x-www-form-urlencoded":
        raise CsrfRejected("not a form this site sends")
    form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    token = request.cookies.get(cookie, "")
    sent = form.pop(CSRF_FIELD, "")
    if not token or not hmac.compare_digest(sent.encode(), csrf_token(token).encode()):
        raise CsrfRejected("missing or wrong CSRF token")
    return form
