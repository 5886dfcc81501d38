"""``tradewinds replenish plan|simulate|terms``: what to order today, and how the policy
would have done."""

from __future__ import annotations

import typer

from tradewinds.cli._common import JsonOption, TenantOption, print_json
from tradewinds.cli.forecast_cmd import store_session

app = typer.Typer(help="Reorder recommendations from the demand forecast.", no_args_is_help=True)

LeadOption = typer.Option(7, "--lead-time", min=0, help="Default supplier lead time (days).")
ServiceOption = typer.Option(
    0.95, "--service-level", min=0.5, max=0.999, help="Target cycle service level."
)
ReviewOption = typer.Option(1, "--review-days", min=1, help="Days between ordering decisions.")


@app.command("plan")
def plan(
    run_id: int | None = typer.Option(None, "--run", help="Forecast run (default: latest)."),
    lead_time: int = LeadOption,
    service_level: float = ServiceOption,
    review_days: int = ReviewOption,
    show_all: bool = typer.Option(False, "--all", help="List every SKU, not only orders."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """List what to order today (SKUs with stored supply terms use their own)."""
    from tradewinds.forecast import SupplyPolicy, replenishment_plan

    default = SupplyPolicy(
        lead_time_days=lead_time, service_level=service_level, review_days=review_days
    )
    with store_session(tenant) as session:
        advice = replenishment_plan(
            session, run_id=run_id, default_policy=default, only_orders=not show_all
        )
    if as_json:
        print_json([a.as_dict() for a in advice])
        return
    if not advice:
        typer.echo("Nothing to order today.")
        return
    typer.echo(
        f"{'SKU':<24} {'order':>6} {'on hand':>8} {'on order':>8} {'ROP':>5} "
        f"{'up to':>6} {'safety':>6} {'risk':>6}"
    )
    for a in advice:
        typer.echo(
            f"{a.sku:<24} {a.order_qty:>6} {a.on_hand:>8} {a.on_order:>8} {a.reorder_point:>5} "
            f"{a.order_up_to:>6} {a.safety_stock:>6} {a.stockout_risk:>6.0%}"
        )


@app.command("simulate")
def simulate(
    days: int = typer.Option(28, "--days", min=7, help="Days of history to replay."),
    lead_time: int = LeadOption,
    service_level: float = ServiceOption,
    review_days: int = ReviewOption,
    reforecast_every: int = typer.Option(
        7, "--reforecast-every", min=0, help="Re-forecast every N days of the replay (0: once)."
    ),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Replay the last DAYS of demand under the forecast policy and a naive one.

    The forecast is re-made every N days from the orders before that day only; the naive
    policy re-reads its 28-day mean on the same days.
    """
    from tradewinds.forecast import SupplyPolicy, simulate_store

    policy = SupplyPolicy(
        lead_time_days=lead_time, service_level=service_level, review_days=review_days
    )
    with store_session(tenant) as session:
        outcome = simulate_store(
            session, policy=policy, days=days, reforecast_every=reforecast_every
        )
    if as_json:
        print_json(outcome)
        return
    for name, o in outcome.items():
        typer.echo(
            f"{name:<9} fill rate {o['fill_rate']:.1%}  stockout days {o['stockout_days']}  "
            f"average inventory {o['average_inventory']:.1f}  orders {o['orders']}"
        )


@app.command("terms")
def terms(
    sku: str = typer.Argument(..., help="The SKU."),
    lead_time: int = LeadOption,
    service_level: float = ServiceOption,
    review_days: int = ReviewOption,
    pack_size: int = typer.Option(1, "--pack-size", min=1, help="Units per pack."),
    moq: int = typer.Option(0, "--moq", min=0, help="Minimum order quantity."),
    on_order: int = typer.Option(0, "--on-order", min=0, help="Units ordered, not received."),
    supplier: str = typer.Option("", "--supplier", help="Supplier name."),
    tenant: str | None = TenantOption,
) -> None:
    """Set a SKU's supply terms (lead time, pack size, MOQ, quantity on order)."""
    from tradewinds.forecast import SupplyPolicy, set_supply_term

    policy = SupplyPolicy(
        lead_time_days=lead_time,
        service_level=service_level,
        review_days=review_days,
        pack_size=pack_size,
        min_order_qty=moq,
    )
    with store_session(tenant) as session:
        set_supply_term(session, sku, policy, on_order=on_order, supplier=supplier)
    typer.echo(f"Supply terms for {sku} saved.")
