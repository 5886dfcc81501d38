"""``tradewinds bench forecast`` and the forecast/replenish commands."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from tests.forecast.conftest import synthetic
from tradewinds.cli.app import app
from tradewinds.core.settings import get_settings
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

runner = CliRunner()


def test_bench_forecast_writes_a_valid_parquet(tmp_path: Path) -> None:
    history = synthetic(n_series=3, days=100).assign(snap=lambda d: (d["ds"].dt.day <= 10) * 1)
    history.to_parquet(tmp_path / "history.parquet")
    future_ds = pd.date_range(history["ds"].max() + pd.Timedelta(days=1), periods=10)
    future = pd.DataFrame(
        [(uid, d, int(d.day <= 10)) for uid in ("s0", "s1", "s2") for d in future_ds],
        columns=["unique_id", "ds", "snap"],
    )
    future.to_parquet(tmp_path / "future.parquet")
    out = tmp_path / "fc.parquet"
    result = runner.invoke(
        app,
        [
            "bench", "forecast",
            "--history", str(tmp_path / "history.parquet"),
            "--horizon", "10",
            "--out", str(out),
            "--future", str(tmp_path / "future.parquet"),
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    fc = pd.read_parquet(out)
    assert list(fc.columns[:5]) == ["unique_id", "ds", "yhat", "yhat_lo_90", "yhat_hi_90"]
    assert len(fc) == 30 and set(fc["unique_id"]) == {"s0", "s1", "s2"}
    values = fc[["yhat", "yhat_lo_90", "yhat_hi_90"]].to_numpy()
    assert np.isfinite(values).all() and (values >= 0).all()
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary["rows"] == 30


def test_bench_forecast_reports_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "history.parquet"
    bad.write_text("not parquet")
    result = runner.invoke(
        app, ["bench", "forecast", "--history", str(bad), "--horizon", "3", "--out", "x.parquet"]
    )
    assert result.exit_code != 0


def test_forecast_and_replenish_commands(
    store: Database, tenant: Tenant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = store.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("TRADEWINDS_DATABASE_URL", url)
    get_settings.cache_clear()
    env: dict[str, str] = {}
    run = runner.invoke(app, ["forecast", "run", "-h", "7", "-t", "acme", "--json"], env=env)
    assert run.exit_code == 0, run.output
    assert json.loads(run.output)["run"] >= 1
    chart = tmp_path / "tent.svg"
    show = runner.invoke(
        app, ["forecast", "show", "TENT", "-t", "acme", "--chart", str(chart)], env=env
    )
    assert show.exit_code == 0, show.output
    assert "TENT" in show.output and chart.read_text().startswith("<svg")
    plan = runner.invoke(app, ["replenish", "plan", "-t", "acme", "--json"], env=env)
    assert plan.exit_code == 0, plan.output
    # STOVE is new (no stock, forecast from camping peers); LAMP has plenty.
    assert {a["sku"] for a in json.loads(plan.output)} == {"STOVE", "TENT"}
    missing = runner.invoke(app, ["forecast", "show", "NOPE", "-t", "acme"], env=env)
    assert missing.exit_code != 0
    no_depots = runner.invoke(app, ["forecast", "run", "--by", "depot", "-t", "acme"], env=env)
    assert no_depots.exit_code != 0 and "no depots" in str(no_depots.exception)
    queued = runner.invoke(app, ["forecast", "run", "-h", "7", "--background", "-t", "acme",
                                 "--json"], env=env)  # fmt: skip
    assert queued.exit_code == 0, queued.output
    answer = json.loads(queued.output)
    jobs = runner.invoke(app, ["jobs", "list", "-t", "acme", "--json"], env=env)
    assert [(j["id"], j["status"], j["payload"]["run_id"]) for j in json.loads(jobs.output)] == [
        (answer["job"], "queued", answer["run"])
    ]
