"""Forecasting benchmark on the M5 dev data (see docs/benchmarks.md for the protocol).

    python benchmarks/forecast.py [--data PATH] [--scale 1000,5000] [--skip-accuracy]

1. Accuracy: the last 28 days of every series are held out; ``tradewinds bench forecast``
   forecasts them from the rest (with SNAP and events as FUTURE exogenous columns); WRMSSE
   at item x store level (M5 weights: revenue share over the last 28 days of history) is
   compared with seasonal naive computed in the same run; 90 % interval coverage; time.
2. Replenishment: the holdout is replayed under the forecast policy and the naive one.
3. Scale: the series are replicated (shifted by whole weeks, so each copy differs) to N
   series and forecast on a local Ray instance; wall time and peak memory per N.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd

DATA = Path(__file__).resolve().parents[2] / "shared/data/forecast/tiny_m5_train.parquet"


def load(path: Path) -> pd.DataFrame:
    raw = pd.read_parquet(path)
    return pd.DataFrame(
        {
            "unique_id": raw["item_id"].astype(str) + "_" + raw["store_id"].astype(str),
            "ds": raw["date"],
            "y": raw["value"].astype(float),
            "sell_price": raw["sell_price"],
            "snap": raw["snap"].astype(int),
            "event_name_1": raw["event_name_1"].astype(object),
        }
    )


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min) / {five:.1f} (5 min) on {os.cpu_count()} CPUs"


def accuracy(df: pd.DataFrame, work: Path) -> dict[str, object]:
    from statsforecast import StatsForecast
    from statsforecast.models import SeasonalNaive

    from tradewinds.forecast import overall_metrics, series_metrics

    cutoff = df["ds"].max() - pd.Timedelta(days=28)
    history, holdout = df[df["ds"] <= cutoff], df[df["ds"] > cutoff]
    history.to_parquet(work / "history.parquet")
    holdout.drop(columns=["y"]).to_parquet(work / "future.parquet")
    before = load_note()
    started = time.perf_counter()
    proc = subprocess.run(
        [
            str(Path(sys.executable).parent / "tradewinds"), "bench", "forecast",
            "--history", str(work / "history.parquet"), "--horizon", "28",
            "--out", str(work / "fc.parquet"), "--future", str(work / "future.parquet"),
        ],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    fc = pd.read_parquet(work / "fc.parquet")
    actual = holdout[["unique_id", "ds", "y"]]
    scored = fc.merge(actual, on=["unique_id", "ds"])
    ours = overall_metrics(series_metrics(scored, history))
    sn = StatsForecast(models=[SeasonalNaive(7)], freq="D").forecast(
        df=history[["unique_id", "ds", "y"]], h=28
    )
    sn = sn.rename(columns={"SeasonalNaive": "yhat"}).merge(actual, on=["unique_id", "ds"])
    naive = overall_metrics(series_metrics(sn, history))
    sim = replenishment(history, actual, fc)
    return {
        "series": int(fc["unique_id"].nunique()),
        "wrmsse": round(ours["wrmsse"], 4),
        "seasonal_naive_wrmsse": round(naive["wrmsse"], 4),
        "ratio_to_seasonal_naive": round(ours["wrmsse"] / naive["wrmsse"], 4),
        "coverage_90": round(ours["coverage"], 4),
        "mean_bias": round(ours["mean_bias"], 4),
        "fit_predict_seconds_incl_process_start": round(seconds, 1),
        "engine_seconds": summary["seconds"],
        "peak_rss_mb": round(peak_mb),
        "chosen_models": summary["models"],
        "nonneg_no_nan": bool(
            np.isfinite(fc[["yhat", "yhat_lo_90", "yhat_hi_90"]].to_numpy()).all()
            and (fc[["yhat", "yhat_lo_90", "yhat_hi_90"]].to_numpy() >= 0).all()
        ),
        "load_before": before,
        "load_after": load_note(),
        "replenishment": sim,
    }


def replenishment(history: pd.DataFrame, actual: pd.DataFrame, fc: pd.DataFrame) -> object:
    from tradewinds.forecast.replenish import SupplyPolicy
    from tradewinds.forecast.simulate import simulate

    out = []
    for lead in (3, 7):
        for level in (0.9, 0.95):
            policy = SupplyPolicy(lead_time_days=lead, service_level=level)
            res = simulate(actual, fc, history[["unique_id", "ds", "y"]], policy=policy)
            out.append(
                {"lead_time_days": lead, "service_level": level}
                | {k: v.as_dict() for k, v in res.items()}
            )
    return out


class TreeMemory:
    """Peak resident memory of this process and all its descendants (Ray's raylet and
    workers included), sampled every 0.5 s."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for proc in [me, *me.children(recursive=True)]:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    continue
            self.peak = max(self.peak, total)
            self._stop.wait(0.5)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def scale(df: pd.DataFrame, sizes: list[int]) -> list[dict[str, object]]:
    import ray

    from tradewinds.forecast import ForecastParams, forecast

    history = df[df["ds"] > df["ds"].max() - pd.Timedelta(days=400)][["unique_id", "ds", "y"]]
    base = history["unique_id"].unique()
    ray.init(include_dashboard=False, log_to_driver=False)
    rows = []
    try:
        for n in sizes:
            copies = []
            for k in range(int(np.ceil(n / len(base)))):
                c = history.copy()
                # Shift each copy by k weeks (wrapping), so the copies are different series.
                c["y"] = c.groupby("unique_id")["y"].transform(lambda y, k=k: np.roll(y, 7 * k))
                c["unique_id"] = c["unique_id"] + f"#{k}"
                copies.append(c)
            big = pd.concat(copies)
            keep = big["unique_id"].drop_duplicates().iloc[:n]
            big = big[big["unique_id"].isin(keep)]
            before = load_note()
            started = time.perf_counter()
            with TreeMemory() as memory:
                result = forecast(big, ForecastParams(horizon=28), engine="ray")
            seconds = time.perf_counter() - started
            rows.append(
                {
                    "series": n,
                    "seconds": round(seconds, 1),
                    "series_per_second": round(n / seconds, 1),
                    "driver_peak_rss_mb": round(
                        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                    ),
                    "tree_peak_rss_mb": round(memory.peak / 2**20),
                    "rows": len(result.forecasts),
                    "load_before": before,
                }
            )
            print(json.dumps(rows[-1]), flush=True)
    finally:
        ray.shutdown()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--scale", default="1000,5000", help="Series counts for the Ray run.")
    parser.add_argument("--skip-accuracy", action="store_true")
    args = parser.parse_args()
    df = load(args.data)
    report: dict[str, object] = {}
    if not args.skip_accuracy:
        with tempfile.TemporaryDirectory() as tmp:
            report["accuracy"] = accuracy(df, Path(tmp))
        print(json.dumps(report["accuracy"], indent=2), flush=True)
    sizes = [int(s) for s in args.scale.split(",") if s]
    if sizes:
        report["scale"] = scale(df, sizes)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
