"""``tradewinds recommend show|train|report``: a slot's recommendations with reasons,
retraining, and the experiment report."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import typer

from tradewinds.cli._common import (
    JsonOption,
    TenantOption,
    open_db,
    print_json,
    settings,
    tenant_for,
)

app = typer.Typer(help="Recommendations: show a slot, retrain, report.", no_args_is_help=True)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="recommend")


@app.command("show")
def show(
    slot: str = typer.Option(
        "for_you", "--slot", help="for_you, bought_together, similar, complete_the_set or campaign."
    ),
    customer: int | None = typer.Option(None, "--customer", help="Customer id."),
    product: int | None = typer.Option(None, "--product", help="Product id."),
    cart: list[int] = typer.Option([], "--cart", help="A product id in the cart (repeatable)."),
    limit: int = typer.Option(10, "--limit", min=1, max=100),
    category: str | None = typer.Option(None, "--category", help="Category path or name."),
    lang: str = typer.Option("en", "--lang", help="Language of the reasons: en or zh."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Show a slot's recommendations, each with its reason."""
    from tradewinds.recommend import recommend

    config = settings()
    db = open_db()
    try:
        recs = recommend(
            db,
            tenant_for(db, tenant).id,
            slot=slot,
            customer_id=customer,
            product_id=product,
            cart=cart,
            limit=limit,
            category=category,
            settings=config.recommend,
            home=config.home,
        )
    finally:
        db.dispose()
    if as_json:
        print_json(
            {
                "slot": recs.slot,
                "note": recs.note,
                "variant": recs.variant or None,
                "items": [
                    {
                        "product_id": i.product_id,
                        "title": i.title,
                        "score": i.score,
                        "source": i.source,
                        "reason": i.reason.text(lang),
                    }
                    for i in recs.items
                ],
            }
        )
        return
    if recs.note:
        typer.echo(f"note: {recs.note}")
    for rank, item in enumerate(recs.items, start=1):
        typer.echo(f"{rank:>2}. {item.title}  [{item.source}]  {item.reason.text(lang)}")


@app.command("train")
def train(tenant: str | None = TenantOption, as_json: bool = JsonOption) -> None:
    """Retrain the tenant's model now; a running server picks it up within seconds."""
    from tradewinds.recommend import train_and_store

    config = settings()
    db = open_db()
    try:
        model = train_and_store(db, tenant_for(db, tenant).id, config.home)
    finally:
        db.dispose()
    summary = {
        "products": len(model.items),
        "customers": model.customers,
        "orders": model.orders,
        "seconds": model.seconds,
    }
    if as_json:
        print_json(summary)
        return
    typer.echo(
        f"trained on {summary['products']} products, {summary['customers']} customers' "
        f"histories and {summary['orders']} orders in {summary['seconds']:.1f} s"
    )


@app.command("report")
def report(
    days: int = typer.Option(30, "--days", min=1, help="Look back this many days."),
    slot: str | None = typer.Option(None, "--slot", help="Only this slot."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Click-through and conversion per slot and experiment variant, with 95% intervals."""
    from tradewinds.recommend import experiment_report

    db = open_db()
    try:
        since = datetime.now(UTC) - timedelta(days=days)
        rows = experiment_report(db, tenant_for(db, tenant).id, since=since, slot=slot)
    finally:
        db.dispose()
    if as_json:
        print_json(
            [
                {
                    "slot": r.slot,
                    "experiment": r.experiment,
                    "variant": r.variant,
                    "lists": r.lists,
                    "ctr": r.ctr.value,
                    "ctr_ci95": [r.ctr.low, r.ctr.high],
                    "conversion": r.conversion.value,
                    "conversion_ci95": [r.conversion.low, r.conversion.high],
                }
                for r in rows
            ]
        )
        return
    if not rows:
        typer.echo("No recommendation lists shown in that period.")
        return
    typer.echo(
        f"{'slot':<18} {'variant':<16} {'lists':>6} {'CTR (95% CI)':>24} "
        f"{'conversion (95% CI)':>24}"
    )
    for r in rows:
        variant = f"{r.experiment}/{r.variant}" if r.experiment else "-"
        ctr = f"{r.ctr.value:.1%} ({r.ctr.low:.1%}-{r.ctr.high:.1%})"
        conv = f"{r.conversion.value:.1%} ({r.conversion.low:.1%}-{r.conversion.high:.1%})"
        typer.echo(f"{r.slot:<18} {variant:<16} {r.lists:>6} {ctr:>24} {conv:>24}")
