"""``tradewinds forecast run|backtest|show|insights``: demand forecasts per SKU."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from tradewinds.cli._common import JsonOption, TenantOption, open_db, print_json, tenant_for

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tradewinds.forecast import ForecastParams

app = typer.Typer(help="Forecast demand per SKU from order history.", no_args_is_help=True)

HorizonOption = typer.Option(28, "--horizon", "-h", min=1, help="Periods ahead.")
FreqOption = typer.Option("D", "--freq", help="D (daily) or W (weekly).")
RunOption = typer.Option(None, "--run", help="Forecast run id (default: the latest).")


def register(root: typer.Typer) -> None:
    """Add the ``forecast`` and ``replenish`` groups to the root app."""
    from tradewinds.cli import replenish_cmd

    root.add_typer(app, name="forecast")
    root.add_typer(replenish_cmd.app, name="replenish")


@app.command("run")
def run(
    horizon: int = HorizonOption,
    freq: str = FreqOption,
    engine: str = typer.Option("local", "--engine", help="local (pandas) or ray."),
    by: str = typer.Option(
        "sku", "--by", help="sku, or depot: one series per SKU and depot (SKU@depot)."
    ),
    background: bool = typer.Option(
        False, "--background", help="Queue the run as a job for a worker instead of waiting."
    ),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Forecast every SKU, store the run and print its summary and input issues.

    Runs in the foreground, or with ``--background`` as a job that ``tradewinds serve`` or
    ``tradewinds worker`` runs (follow it with ``tradewinds jobs show``).
    """
    from tradewinds.forecast import ForecastParams, forecast_store

    if background:
        _queue_run(ForecastParams(horizon=horizon, freq=freq), by, tenant, as_json)
        return
    with store_session(tenant) as session:
        stored, result = forecast_store(
            session, ForecastParams(horizon=horizon, freq=freq), by=by, engine=engine
        )
        run_id, grouping = stored.id, stored.grouping
    summary = {"run": run_id, "grouping": grouping, **result.summary()}
    if as_json:
        print_json(summary | {"issues": [i.as_dict() for i in result.issues]})
        return
    what = "SKU x depot series" if grouping == "sku_depot" else "SKU(s)"
    typer.echo(
        f"Run {run_id}: {result.forecasts['unique_id'].nunique()} {what}, "
        f"{horizon} {'days' if freq == 'D' else 'weeks'} ahead, {summary['seconds']} s."
    )
    if "wrmsse" in summary:
        typer.echo(
            f"Backtest: WRMSSE {summary['wrmsse']:.3f}, interval coverage "
            f"{summary['coverage']:.1%}; models {summary['models']}"
        )
    _print_issues(result.issues)


def _queue_run(params: ForecastParams, by: str, tenant: str | None, as_json: bool) -> None:
    from tradewinds.forecast import find_run, run_job_id, start_run
    from tradewinds.store import tenant_session

    db = open_db()
    try:
        tenant_id = tenant_for(db, tenant).id
        run_id = start_run(db, tenant_id, params, by=by)
        with tenant_session(db, tenant_id) as session:
            job_id = run_job_id(find_run(session, run_id))
    finally:
        db.dispose()
    if as_json:
        print_json({"run": run_id, "job": job_id, "status": "queued"})
        return
    typer.echo(
        f"Run {run_id} queued as job {job_id}; a worker runs it (`tradewinds jobs show {job_id}`)."
    )


@app.command("backtest")
def backtest(
    horizon: int = HorizonOption,
    freq: str = FreqOption,
    windows: int = typer.Option(2, "--windows", min=1, max=10, help="Rolling origins."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Rolling-origin backtest: accuracy per SKU and overall (nothing is stored)."""
    from tradewinds.forecast import ForecastParams, backtest_store

    params = ForecastParams(horizon=horizon, freq=freq, backtest_windows=windows)
    with store_session(tenant) as session:
        result = backtest_store(session, params)
    per_series = result.backtest.merge(result.chosen, on="unique_id", suffixes=("", "_chosen"))
    if as_json:
        print_json({"overall": result.summary(), "series": per_series.to_dict(orient="records")})
        return
    overall = result.summary()
    typer.echo(
        f"{overall.get('series', 0)} SKU(s): WRMSSE {overall.get('wrmsse', float('nan')):.3f}, "
        f"mean MASE {overall.get('mean_mase', float('nan')):.3f}, bias "
        f"{overall.get('mean_bias', float('nan')):+.1%}, coverage "
        f"{overall.get('coverage', float('nan')):.1%}"
    )
    for row in per_series.sort_values("weight", ascending=False).head(20).itertuples():
        typer.echo(
            f"  {row.unique_id:<24} {row.model:<10} RMSSE {row.rmsse:6.3f}  "
            f"MASE {row.mase:6.3f}  coverage {row.coverage:.0%}"
        )


@app.command("show")
def show(
    sku: str = typer.Argument(..., help="The SKU."),
    run_id: int | None = RunOption,
    chart: Path | None = typer.Option(None, "--chart", help="Write an SVG chart here."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """A SKU's forecast with its interval (and an SVG chart with ``--chart``)."""
    from tradewinds.forecast import forecast_svg, sku_view

    with store_session(tenant) as session:
        stored, points, history = sku_view(session, sku, run_id=run_id)
        level = stored.level
    lo, hi = f"yhat_lo_{level}", f"yhat_hi_{level}"
    if chart is not None:
        chart.write_text(forecast_svg(sku, history, points, level=level), encoding="utf-8")
    if as_json:
        print_json(points.assign(ds=points["ds"].dt.date).to_dict(orient="records"))
        return
    typer.echo(f"{sku}: model {points['model'].iloc[0]}, {level}% interval")
    for row in points.itertuples(index=False):
        r = row._asdict()
        typer.echo(f"  {r['ds']:%Y-%m-%d}  {r['yhat']:8.2f}  [{r[lo]:.0f}, {r[hi]:.0f}]")
    if chart is not None:
        typer.echo(f"Chart: {chart}")


@app.command("insights")
def insights(
    run_id: int | None = RunOption,
    model: bool = typer.Option(
        False, "--model", help="Narrate with the configured chat model (labelled)."
    ),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Stockout risks, overstock, trend changes and promotion effects, narrated."""
    from tradewinds.forecast import insight_report

    with store_session(tenant) as session:
        report = insight_report(session, run_id=run_id, use_model=model)
    if as_json:
        print_json(report.as_dict())
        return
    if report.label:
        typer.echo(report.label["explicit_text"])
    typer.echo(report.narrative)


@contextmanager
def store_session(tenant: str | None) -> Iterator[Session]:
    """A session for ``tenant`` (default tenant if None); the database is closed after."""
    from tradewinds.store import tenant_session

    db = open_db()
    try:
        with tenant_session(db, tenant_for(db, tenant).id) as session:
            yield session
    finally:
        db.dispose()


def _print_issues(issues: Sequence[object], limit: int = 20) -> None:
    if not issues:
        return
    typer.echo(f"{len(issues)} input issue(s):")
    for issue in issues[:limit]:
        d = issue.as_dict()  # type: ignore[attr-defined]
        typer.echo(f"  {d['unique_id']}: {d['kind']} x{d['count']}: {d['action']}")
    if len(issues) > limit:
        typer.echo(f"  ... and {len(issues) - limit} more (--json for all)")
