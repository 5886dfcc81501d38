"""``tradewinds keys``: create, list and revoke the API keys of the gateway."""

from __future__ import annotations

from datetime import datetime

import typer

from tradewinds.cli._common import JsonOption, open_db, print_json, settings, tenant_for

app = typer.Typer(help="API keys for the OpenAI-compatible gateway (/v1).", no_args_is_help=True)


def register(root: typer.Typer) -> None:
    """Add ``keys`` to the root app."""
    root.add_typer(app, name="keys")


@app.command("create")
def create(
    tenant: str = typer.Option(..., "--tenant", "-t", help="Tenant slug the key spends for."),
    name: str = typer.Option("", help="A name to recognise the key by."),
    rpm: int | None = typer.Option(None, min=1, help="Requests per minute."),
    tpm: int | None = typer.Option(None, min=1, help="Tokens per minute."),
    monthly_tokens: int | None = typer.Option(None, min=1, help="Tokens per calendar month."),
    models: str = typer.Option("", help="Allowed model aliases, comma-separated (default all)."),
    expires: str | None = typer.Option(
        None, help="Expiry: a date (2027-01-31, end of that day UTC) or ISO time with zone."
    ),
    as_json: bool = JsonOption,
) -> None:
    """Create a key. Its secret is printed once: store it now, it cannot be shown again."""
    from tradewinds.gateway import create_key

    db = open_db()
    new = create_key(
        db,
        tenant_for(db, tenant).id,
        name=name,
        rpm=rpm,
        tpm=tpm,
        monthly_tokens=monthly_tokens,
        models=models.split(",") if models else (),
        expires_at=_parse_expiry(expires) if expires else None,
        known_models=settings().models,
    )
    if as_json:
        print_json({"key": new.secret, **new.key.to_dict()})
        return
    typer.echo(new.secret)
    typer.echo(
        f"created key {new.key.name!r} (id {new.key.id}) for tenant {new.key.tenant_slug}; "
        "the secret above is shown only this once",
        err=True,
    )


def _parse_expiry(value: str) -> datetime:
    from datetime import UTC, time, timedelta

    from tradewinds.core.errors import InvalidInput

    try:
        if len(value) == 10:
            day = datetime.strptime(value, "%Y-%m-%d").date()
            return datetime.combine(day + timedelta(days=1), time(), tzinfo=UTC)
        when = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            f"--expires {value!r} is not a date (expected 2027-01-31 or 2027-01-31T12:00+08:00)"
        ) from None
    if when.tzinfo is None:
        raise InvalidInput(f"--expires {value!r} needs a time zone (e.g. +00:00 or Z)")
    return when


@app.command("list")
def list_(
    tenant: str | None = typer.Option(None, "--tenant", "-t", help="Only this tenant's keys."),
    as_json: bool = JsonOption,
) -> None:
    """List keys (never their secrets)."""
    from tradewinds.gateway import list_keys

    db = open_db()
    keys = list_keys(db, tenant_for(db, tenant).id if tenant else None)
    if as_json:
        print_json([k.to_dict() for k in keys])
        return
    for k in keys:
        limits = f"rpm={k.rpm or '-'} tpm={k.tpm or '-'} month={k.monthly_tokens or '-'}"
        models = ",".join(k.models) or "all"
        typer.echo(
            f"{k.id}\t{k.prefix}…\t{k.tenant_slug}\t{k.status()}\t{k.name}\t{limits}\tmodels={models}"
        )


@app.command("revoke")
def revoke(
    key: str = typer.Argument(..., help="Key id or prefix (tw-abcd1234)."),
) -> None:
    """Revoke a key; requests with it are refused from now on."""
    from tradewinds.gateway import revoke_key

    info = revoke_key(open_db(), key)
    typer.echo(f"revoked key {info.name!r} (id {info.id}) of tenant {info.tenant_slug}")


@app.command("budget")
def budget(
    tenant: str = typer.Option(..., "--tenant", "-t", help="Tenant slug."),
    monthly_tokens: int | None = typer.Option(
        None, min=1, help="Tokens per calendar month for the whole tenant."
    ),
    clear: bool = typer.Option(False, "--clear", help="Remove the tenant's budget."),
) -> None:
    """Show or set a tenant's monthly token budget (all its keys and internal features)."""
    from tradewinds.gateway import budget_states, set_tenant_budget

    db = open_db()
    found = tenant_for(db, tenant)
    if clear or monthly_tokens is not None:
        set_tenant_budget(db, found.id, None if clear else monthly_tokens)
    state = budget_states(db, found.id, [])[0]
    typer.echo(
        f"{found.slug}: budget {state.limit if state.limit is not None else 'unlimited'} tokens/"
        f"month; {state.period}: used {state.used}, reserved {state.reserved}"
    )
