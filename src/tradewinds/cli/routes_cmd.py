"""``tradewinds routes``: plan delivery routes, show plans, export maps and manifests."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from tradewinds.cli._common import JsonOption, TenantOption, open_db, print_json, tenant_for

if TYPE_CHECKING:
    from tradewinds.routing import RoutePlanView

app = typer.Typer(help="Delivery routes: plan a day, show plans, print manifests.",
                  no_args_is_help=True)  # fmt: skip

DateOption = typer.Option(..., "--date", "-d", help="Delivery date, YYYY-MM-DD (store time).")


def register(root: typer.Typer) -> None:
    """Add the ``routes`` group to the root app."""
    root.add_typer(app, name="routes")


def _day(text: str) -> date:
    from tradewinds.core.errors import InvalidInput

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"--date {text!r} is not a date (expected YYYY-MM-DD)") from None


@app.command("plan")
def plan(
    day: str = DateOption,
    depot: str | None = typer.Option(None, "--depot", help="Plan only this depot's vehicles."),
    time_limit: float = typer.Option(
        10.0, "--time-limit", min=0.1, max=3600, help="Solver seconds."
    ),
    seed: int = typer.Option(0, "--seed", min=0, help="Solver seed."),
    fresh: bool = typer.Option(False, "--fresh", help="Do not start from the day's current plan."),
    service_minutes: float = typer.Option(
        5.0, "--service-minutes", min=0, max=240, help="Time spent at each stop."
    ),
    osrm_url: str | None = typer.Option(
        None, "--osrm-url", help="Travel times from this OSRM server instead of straight lines."
    ),
    out: Path | None = typer.Option(
        None, "--out", help="Also write map.html and per-vehicle manifests here."
    ),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Plan the day's deliveries and promise each order a delivery window.

    Orders whose requested window starts on the date and that are not delivered or
    cancelled are routed; those that cannot be are listed with the reason. Running it
    again re-plans from the current plan and keeps promised windows where it can.
    """
    from tradewinds.routing import HaversineProvider, OSRMProvider, PlanOptions, plan_routes

    db = open_db()
    store = tenant_for(db, tenant)
    options = PlanOptions(
        time_limit_s=time_limit,
        seed=seed,
        warm_start=not fresh,
        service_s=round(service_minutes * 60),
        provider=OSRMProvider(osrm_url) if osrm_url else HaversineProvider(),
    )
    view = plan_routes(db, store.id, _day(day), depot_code=depot, options=options)
    if out is not None:
        _export(view, out)
    if as_json:
        print_json(view.to_dict())
    else:
        _print_plan(view)
        if out is not None:
            typer.echo(f"Map and manifests written to {out}")


@app.command("show")
def show(
    day: str = DateOption,
    depot: str | None = typer.Option(None, "--depot", help="The plan for this depot only."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Show the latest plan for a date."""
    from tradewinds.routing import latest_plan
    from tradewinds.store import tenant_session

    db = open_db()
    with tenant_session(db, tenant_for(db, tenant).id) as session:
        view = latest_plan(session, _day(day), depot)
    if as_json:
        print_json(view.to_dict())
    else:
        _print_plan(view)


@app.command("export")
def export(
    day: str = DateOption,
    out: Path = typer.Option(..., "--out", help="Directory to write into."),
    depot: str | None = typer.Option(None, "--depot", help="The plan for this depot only."),
    tenant: str | None = TenantOption,
) -> None:
    """Write map.html and, per vehicle, manifest-<code>.html and .csv for a date's plan."""
    from tradewinds.routing import latest_plan
    from tradewinds.store import tenant_session

    db = open_db()
    with tenant_session(db, tenant_for(db, tenant).id) as session:
        view = latest_plan(session, _day(day), depot)
    for path in _export(view, out):
        typer.echo(str(path))


@app.command("promise")
def promise(
    order: str = typer.Argument(..., help="Order id or name (#1001)."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """What the customer was promised for an order, and the planned arrival."""
    from dataclasses import asdict

    from tradewinds.routing import delivery_promise, jsonable
    from tradewinds.store import tenant_session

    db = open_db()
    with tenant_session(db, tenant_for(db, tenant).id) as session:
        found = delivery_promise(session, order)
    data = jsonable(asdict(found))
    if as_json:
        print_json(data)
        return
    for key, value in data.items():
        typer.echo(f"{key:>16}: {'-' if value is None else value}")


def _export(view: RoutePlanView, out: Path) -> list[Path]:
    from tradewinds.routing import manifest_csv, manifest_html, render_map_html

    def safe(code: str) -> str:
        return "".join(c if c.isalnum() or c in "-_" else "_" for c in code)

    out.mkdir(parents=True, exist_ok=True)
    written = [out / "map.html"]
    page = render_map_html(view, manifest_href=lambda code: f"manifest-{safe(code)}.html")
    written[0].write_text(page, encoding="utf-8")
    for route in view.routes:
        name = safe(route.vehicle_code)
        html_path, csv_path = out / f"manifest-{name}.html", out / f"manifest-{name}.csv"
        html_path.write_text(manifest_html(view, route.vehicle_code), encoding="utf-8")
        csv_path.write_text(manifest_csv(view, route.vehicle_code), encoding="utf-8")
        written += [html_path, csv_path]
    return written


def _print_plan(view: RoutePlanView) -> None:
    from zoneinfo import ZoneInfo

    from rich.console import Console
    from rich.table import Table

    from tradewinds.core.money import Money

    tz = ZoneInfo(view.timezone)
    scope = f", depot {view.depot_code}" if view.depot_code else ""
    table = Table(title=f"Plan {view.id} for {view.date.isoformat()}{scope} ({view.status})")
    for column in ("Vehicle", "Depot", "Stops", "km", "Leaves", "Back", "Load kg", "Cost"):
        table.add_column(
            column, justify="right" if column in ("Stops", "km", "Load kg") else "left"
        )
    for r in view.routes:
        table.add_row(
            r.vehicle_code,
            r.depot_code,
            str(len(r.stops)),
            f"{r.distance_m / 1000:.1f}",
            f"{r.start.astimezone(tz):%H:%M}",
            f"{r.end.astimezone(tz):%H:%M}",
            f"{r.load_weight_grams / 1000:.1f}",
            str(Money(r.cost_minor, view.currency)) if view.currency else str(r.cost_minor),
        )
    console = Console()
    console.print(table)
    console.print(
        f"{view.planned_orders} orders on {len(view.routes)} routes, "
        f"{view.distance_m / 1000:.1f} km; solver {view.solver}, "
        f"{view.solve_seconds:.1f} s, {view.iterations} iterations."
    )
    for u in view.unassigned:
        console.print(f"[yellow]unassigned[/] {u.order_name}: {u.reason} - {u.detail}")
    for w in view.warnings:
        console.print(f"[yellow]warning[/] {w}")
