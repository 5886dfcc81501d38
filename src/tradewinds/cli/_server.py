"""Commands that answer through a running server: ``search`` and ``ask`` with ``--server``.

A command run in a fresh process loads the embedding model and the tenant's index state
before it can answer (seconds); a running ``tradewinds serve`` has them loaded. With
``--server URL`` (or ``[cli] server``, ``TRADEWINDS_CLI__SERVER``) the command sends its
request there instead, with the admin token of the same settings and the tenant as
``X-Tenant``. Only when asked: without the option or setting nothing is tried. When
nothing answers at the URL (refused, or no connection within ``CONNECT_TIMEOUT_S``), the
command says so on stderr and answers in-process as before; an error answer from the
server is the command's error, with the server's message.
"""

from __future__ import annotations

from typing import Any

import typer

from tradewinds.cli._common import settings

CONNECT_TIMEOUT_S = 1.0
READ_TIMEOUT_S = 300.0  # a server still warming up answers when it has loaded

ServerOption = typer.Option(
    None,
    "--server",
    help="Send the request to this running server (e.g. http://127.0.0.1:8000), whose "
    "models are loaded; default: settings.cli.server. Without one: answer in-process.",
)


def server_url(option: str | None) -> str | None:
    """The server to try: the option, else ``settings.cli.server``; None for in-process."""
    if option is not None:
        from tradewinds.core.errors import InvalidInput

        if not option.startswith(("http://", "https://")):
            raise InvalidInput(f"--server {option!r}: expected a URL such as http://127.0.0.1:8000")
        return option.rstrip("/")
    configured = settings().cli.server
    return configured.rstrip("/") if configured else None


def call_server(
    base: str,
    method: str,
    path: str,
    *,
    tenant: str | None,
    params: list[tuple[str, str]] | None = None,
    body: dict[str, Any] | None = None,
) -> dict[str, Any] | None:
    """The server's JSON answer; None when nothing answers at ``base`` (said on stderr).

    Raises
    ------
    TradewindsError
        The server answered with an error: its message, with the matching exit code.
    """
    import httpx

    current = settings()
    headers = {"X-Tenant": tenant or current.default_tenant}
    if current.admin_token is not None:
        headers["Authorization"] = f"Bearer {current.admin_token.get_secret_value()}"
    timeout = httpx.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S)
    try:
        response = httpx.request(
            method,
            base + path,
            params=tuple(params or ()),
            json=body,
            headers=headers,
            timeout=timeout,
        )
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        typer.secho(
            f"note: no server answers at {base} ({type(exc).__name__}); answering in-process",
            err=True,
            fg=typer.colors.YELLOW,
        )
        return None
    except httpx.HTTPError as exc:
        from tradewinds.core.errors import TradewindsError

        raise TradewindsError(f"server {base}: {type(exc).__name__}: {exc}") from None
    if response.is_success:
        answer = response.json()
        assert isinstance(answer, dict)
        return answer
    raise _error(base, response)


def _error(base: str, response: Any) -> Exception:
    """The server's error answer as the matching Tradewinds error."""
    from tradewinds.core import errors

    try:
        error = response.json()["error"]
        message, code = str(error["message"]), str(error["code"])
    except (ValueError, KeyError, TypeError):
        message, code = response.text[:200] or response.reason_phrase, ""
    kinds: dict[int, type[errors.TradewindsError]] = {
        400: errors.InvalidInput,
        401: errors.Unauthorized,
        403: errors.TenantIsolationError,
        404: errors.NotFound,
        409: errors.Conflict,
        422: errors.InvalidInput,
        503: errors.ModelUnavailable,
    }
    kind = kinds.get(response.status_code, errors.TradewindsError)
    detail = f" ({code})" if code else ""
    return kind(f"server {base} answered {response.status_code}{detail}: {message}")
