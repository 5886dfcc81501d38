"""``tradewinds tenants``: create and list merchants' stores."""

from __future__ import annotations

import typer

from tradewinds.cli._common import JsonOption, open_db, print_json

app = typer.Typer(help="Tenants (one merchant's store each).", no_args_is_help=True)


@app.command("create")
def create(
    slug: str = typer.Argument(..., help="Short unique name, e.g. 'acme'."),
    name: str = typer.Option("", help="Display name (default: the slug)."),
    currency: str = typer.Option("USD", help="ISO 4217 currency of the store's prices."),
    timezone: str = typer.Option("UTC", help="IANA time zone, e.g. Asia/Shanghai."),
    as_json: bool = JsonOption,
) -> None:
    """Create a tenant."""
    from tradewinds.store.tenants import create_tenant

    tenant = create_tenant(open_db(), slug, name=name or slug, currency=currency, timezone=timezone)
    if as_json:
        print_json({"id": tenant.id, "slug": tenant.slug, "name": tenant.name})
    else:
        typer.echo(f"created tenant {tenant.slug} (id {tenant.id})")


@app.command("list")
def list_(as_json: bool = JsonOption) -> None:
    """List tenants."""
    from tradewinds.store.tenants import list_tenants

    tenants = list_tenants(open_db())
    if as_json:
        print_json(
            [
                {
                    "id": t.id,
                    "slug": t.slug,
                    "name": t.name,
                    "currency": t.currency,
                    "timezone": t.timezone,
                }
                for t in tenants
            ]
        )
        return
    for t in tenants:
        typer.echo(f"{t.id}\t{t.slug}\t{t.currency}\t{t.timezone}\t{t.name}")
