"""``tradewinds ask "…" [--customer ID] [--session S] [--json]``: the shopping assistant."""

from __future__ import annotations

import sys
from typing import Any

import typer

from tradewinds.cli._common import (
    JsonOption,
    TenantOption,
    open_db,
    print_json,
    settings,
    tenant_for,
)
from tradewinds.cli._server import ServerOption, call_server, server_url


def register(root: typer.Typer) -> None:
    """Add ``ask`` to the root app."""
    root.command("ask")(ask_cmd)


def ask_cmd(
    message: str = typer.Argument(..., help="What the shopper asks."),
    customer: str | None = typer.Option(
        None, "--customer", help="The signed-in customer: id or e-mail (to see their orders)."
    ),
    session: str | None = typer.Option(
        None, "--session", help="Continue this conversation (the session id of an answer)."
    ),
    understand: str = typer.Option(
        "parser", help="parser (rules, default), model, or tools (a tool-calling model)."
    ),
    server: str | None = ServerOption,
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Ask the shopping assistant; prints the answer, its AI-content label, citations and
    session (the reply is in the message's language: English or Chinese)."""
    base = server_url(server)
    if base is not None and (customer is None or customer.isdigit()):
        body = {
            "message": message,
            "session_id": session,
            "customer_id": int(customer) if customer else None,
            "understand": understand,
        }
        answer_body = call_server(base, "POST", "/api/v1/assistant/chat", tenant=tenant, body=body)
        if answer_body is not None:
            _show(answer_body, as_json)
            return
    from tradewinds.assistant import ask
    from tradewinds.store import queries, tenant_session

    db = open_db()
    try:
        shop = tenant_for(db, tenant)
        customer_id = None
        if customer is not None:
            with tenant_session(db, shop.id) as s:
                ref: int | str = int(customer) if customer.isdigit() else customer
                customer_id = queries.get_customer(s, ref).id
        answer = ask(
            db,
            shop,
            message,
            settings(),
            session_id=session,
            customer_id=customer_id,
            understand=understand,
        )
    finally:
        db.dispose()
    _show(answer.to_dict(), as_json)


def _show(answer: dict[str, Any], as_json: bool) -> None:
    """Print an answer (``Answer.to_dict()``, the API's body) as text or JSON."""
    if as_json:
        print_json(answer)
        return
    # The explicit AI-content label, in the reply's language and the tenant's wording (the
    # JSON output carries the implicit, signed label instead: "aigc_label").
    explicit = str((answer.get("aigc_label") or {}).get("explicit") or "")
    text, session_id = answer["text"], answer["session_id"]
    out = [text, "", explicit] if explicit else [text, ""]
    out += [f"[{c['n']}] {c['tool']}: {', '.join(c['refs']) or '(nothing found)'}"
            for c in answer["citations"]]  # fmt: skip
    out += [f"note: {n}" for n in answer["notices"]]
    out.append(f"session: {session_id}  (continue with --session {session_id})")
    sys.stdout.write("\n".join(out) + "\n")
