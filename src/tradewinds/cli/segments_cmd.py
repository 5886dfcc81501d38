"""``tradewinds segments list|show|create|members|export``: customer segments."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from tradewinds.cli._common import JsonOption, TenantOption, open_db, print_json, tenant_for

app = typer.Typer(
    help="Customer segments: RFM, lapsed, new, category affinity.", no_args_is_help=True
)


def register(root: typer.Typer) -> None:
    """Add the ``segments`` group to the root app."""
    root.add_typer(app, name="segments")


def _money(minor: int, currency: str) -> str:
    return f"{minor / 100:,.2f} {currency}"


def _size_dict(size: Any) -> dict[str, Any]:
    return {
        "name": size.segment.name,
        "kind": size.segment.kind,
        "params": size.segment.params,
        "description": size.segment.description,
        "members": size.members,
        "reachable": size.reachable,
        "revenue_minor": size.revenue_minor,
        "currency": size.currency,
    }


@app.command("list")
def list_(tenant: str | None = TenantOption, as_json: bool = JsonOption) -> None:
    """Every segment with its size, customers who accept marketing, and revenue."""
    from tradewinds.marketing import segment_sizes

    db = open_db()
    try:
        sizes = segment_sizes(db, tenant_for(db, tenant).id)
    finally:
        db.dispose()
    if as_json:
        print_json([_size_dict(s) for s in sizes])
        return
    for s in sizes:
        typer.echo(
            f"{s.segment.name:24} {s.segment.kind:9} {s.members:7} members "
            f"({s.reachable} reachable)  {_money(s.revenue_minor, s.currency)}"
        )


@app.command("show")
def show(name: str, tenant: str | None = TenantOption, as_json: bool = JsonOption) -> None:
    """A segment's definition and size."""
    from tradewinds.marketing import segment_size

    db = open_db()
    try:
        size = segment_size(db, tenant_for(db, tenant).id, name)
    finally:
        db.dispose()
    if as_json:
        print_json(_size_dict(size))
        return
    typer.echo(f"{size.segment.name} ({size.segment.kind}) {json.dumps(size.segment.params)}")
    if size.segment.description:
        typer.echo(size.segment.description)
    typer.echo(
        f"{size.members} members, {size.reachable} accept marketing, revenue "
        f"{_money(size.revenue_minor, size.currency)}"
    )


@app.command("create")
def create(
    name: str,
    kind: str = typer.Option(..., "--kind", help="rfm, lapsed, new or affinity."),
    params: str = typer.Option(
        "{}", "--params", help="JSON, e.g. '{\"days\": 90}' or '{\"r\": [4, 5]}'."
    ),
    description: str = typer.Option("", "--description"),
    tenant: str | None = TenantOption,
) -> None:
    """Store a segment definition (parameters in docs/merchant.md)."""
    from tradewinds.core.errors import InvalidInput
    from tradewinds.marketing import create_segment

    try:
        parsed = json.loads(params)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"--params: not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(parsed, dict):
        raise InvalidInput('--params: expected a JSON object such as {"days": 90}')
    db = open_db()
    try:
        made = create_segment(db, tenant_for(db, tenant).id, name, kind, parsed, description)
    finally:
        db.dispose()
    typer.echo(f"segment {made.name} ({made.kind}) {json.dumps(made.params)}")


def _member_row(m: Any) -> dict[str, Any]:
    return {
        "customer_id": m.customer_id,
        "email": m.email,
        "name": m.name,
        "accepts_marketing": m.accepts_marketing,
        "orders": m.orders,
        "revenue_minor": m.revenue_minor,
        "last_order_at": m.last_order_at,
        "r": m.r,
        "f": m.f,
        "m": m.m,
        "share": m.share,
    }


@app.command("members")
def members(
    name: str,
    limit: int = typer.Option(20, "--limit", min=1, max=1000),
    offset: int = typer.Option(0, "--offset", min=0),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """A page of a segment's members, highest revenue first."""
    from tradewinds.marketing import segment_members

    db = open_db()
    try:
        page = segment_members(db, tenant_for(db, tenant).id, name, limit=limit, offset=offset)
    finally:
        db.dispose()
    if as_json:
        print_json({"total": page.size.members, "members": [_member_row(m) for m in page.members]})
        return
    typer.echo(f"{page.size.members} members; {offset + 1}-{offset + len(page.members)}:")
    for m in page.members:
        rfm = f"RFM {m.r}{m.f}{m.m}" if m.r is not None else "RFM -"
        typer.echo(
            f"  {m.customer_id:6} {m.email:36} {m.orders:4} orders "
            f"{_money(m.revenue_minor, page.size.currency):>16} {rfm}"
        )


@app.command("export")
def export(
    name: str,
    out: Path = typer.Option(..., "--out", dir_okay=False, help="CSV file to write."),
    tenant: str | None = TenantOption,
) -> None:
    """Every member as CSV (customer_id, email, name, accepts_marketing, orders, revenue,
    last order, r, f, m, share); formula-like cells escaped."""
    import csv

    from tradewinds.marketing import segment_members, spreadsheet_safe

    db = open_db()
    try:
        page = segment_members(db, tenant_for(db, tenant).id, name, limit=None)
    finally:
        db.dispose()
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(_member_row_keys())
        for m in page.members:
            writer.writerow(
                [spreadsheet_safe("" if v is None else str(v)) for v in _member_row(m).values()]
            )
    typer.echo(f"{len(page.members)} members written to {out}")


def _member_row_keys() -> list[str]:
    return [
        "customer_id",
        "email",
        "name",
        "accepts_marketing",
        "orders",
        "revenue_minor",
        "last_order_at",
        "r",
        "f",
        "m",
        "share",
    ]
