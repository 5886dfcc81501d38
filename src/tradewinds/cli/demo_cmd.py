"""``tradewinds demo-data``: generate the reproducible Seattle demo store."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import typer

from tradewinds.cli._common import JsonOption, TenantOption, open_db, print_json, settings

if TYPE_CHECKING:
    from tradewinds.demo import DemoSummary

_STAGE_LABELS = {
    "generate": "Generating the store in memory",
    "wipe": "Wiping the tenant's old data",
    "import products": "Importing products.csv (Shopify importer)",
    "images": "Drawing product pictures into the media store",
    "customers": "Inserting customers",
    "orders": "Inserting orders, lines and status history",
    "events": "Inserting interaction events",
}


def demo_data(
    seed: int = typer.Option(7, "--seed", help="Random seed: the same seed gives the same store."),
    products: int = typer.Option(2000, "--products", min=62, help="Number of products."),
    customers: int = typer.Option(1200, "--customers", min=10, help="Number of customers."),
    days: int = typer.Option(730, "--days", min=28, help="Days of order history."),
    event_days: int = typer.Option(
        180, "--event-days", min=0, help="Most recent days that get interaction events."
    ),
    tenant: str | None = TenantOption,
    replace: bool = typer.Option(
        False,
        "--replace",
        help="Wipe the tenant's products, customers, orders, events and "
        "fleet first. Without it, a tenant holding other data is refused.",
    ),
    as_json: bool = JsonOption,
) -> None:
    """Generate a realistic, reproducible demo store (Seattle, USD).

    Products go through the Shopify-CSV importer; the CSV stays in $TRADEWINDS_HOME/demo/.
    Their pictures are drawn into the media store ($TRADEWINDS_HOME/media/ by default).

    Customers, orders, shopper events, depots and vehicles are bulk-inserted.

    Running it again with the same options changes nothing.
    """
    from tradewinds.assistant import policy_directory
    from tradewinds.demo import DemoParams, generate_demo_store, write_demo_policies
    from tradewinds.store.media import open_media_store

    params = DemoParams(seed=seed, products=products, customers=customers, days=days,
                        event_days=event_days)  # fmt: skip
    db = open_db()
    slug = tenant or settings().default_tenant
    with _ProgressDisplay(enabled=not as_json) as display:
        summary = generate_demo_store(db, params, data_dir=settings().home / "demo", tenant=slug,
                                      replace=replace, progress=display.update,
                                      media=open_media_store(settings()))  # fmt: skip
    db.dispose()
    policies = write_demo_policies(policy_directory(settings(), slug))
    if as_json:
        print_json({**summary.to_dict(), "policies_written": [str(p) for p in policies]})
    else:
        _print_summary(summary)
        if policies:
            typer.echo(
                f"policies: {len(policies)} files in {policies[0].parent} (edit them freely)"
            )


def _print_summary(s: DemoSummary) -> None:
    from zoneinfo import ZoneInfo

    from tradewinds.demo import SEATTLE

    c = s.counts
    now = s.demo_now.astimezone(ZoneInfo(SEATTLE.timezone))
    if s.unchanged:
        head = (
            f"Tenant '{s.tenant}' already holds this demo store (seed {s.seed}); nothing changed."
        )
        typer.echo(head + " Use --replace to regenerate it.")
    else:
        took = s.seconds.get("total", 0.0)
        typer.echo(f"Demo store generated in tenant '{s.tenant}' (seed {s.seed}) in {took:.1f} s")
    lines = [
        ("history", f"{s.first_day} .. {s.last_day}; the demo's now: {now:%Y-%m-%d %H:%M} "
                    f"{SEATTLE.timezone}"),
        ("products", f"{c['products']:,} ({c['variants']:,} variants, {c['leaf_categories']} "
                     f"categories) from {s.products_csv}"),
        ("customers", f"{c['customers']:,} in {SEATTLE.city}"),
        ("orders", f"{c['orders']:,} ({c['order_lines']:,} lines, {c['status_changes']:,} "
                   "status changes)"),
        ("events", f"{c['events']:,} ({c['views']:,} views, {c['add_to_carts']:,} add-to-carts, "
                   f"{c['purchases']:,} purchases, {c['searches']:,} searches)"),
        ("fleet", f"{c['depots']} depots, {c['vehicles']} vehicles"),
        ("images", f"{c.get('images', 0):,} pictures drawn into the media store"),
    ]  # fmt: skip
    for name, text in lines:
        typer.echo(f"  {name:<10} {text}")


class _ProgressDisplay:
    """A rich progress bar per stage on stderr; plain stage lines when stderr is not a TTY."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.progress: Any = None
        self.tasks: dict[str, Any] = {}
        self.current = ""

    def __enter__(self) -> _ProgressDisplay:
        if self.enabled and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self.progress = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TimeElapsedColumn(), console=Console(stderr=True), transient=True,
            )  # fmt: skip
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

    def update(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        label = _STAGE_LABELS.get(stage, stage)
        if self.progress is None:
            if stage != self.current:
                self.current = stage
                typer.echo(f"{label}...", err=True)
            return
        if stage not in self.tasks:
            for task in self.tasks.values():  # a new stage means the earlier ones are done
                self.progress.update(task, completed=1, total=1)
            self.tasks[stage] = self.progress.add_task(label, total=total or None)
        self.progress.update(self.tasks[stage], completed=done, total=total or None)


def register(app: typer.Typer) -> None:
    """Add ``demo-data`` to the root app."""
    app.command("demo-data")(demo_data)
