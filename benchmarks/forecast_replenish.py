"""Replenishment replay on the M5 dev data: one forecast vs rolling re-forecasts.

    python benchmarks/forecast_replenish.py [--data PATH] [--every 7] [--out results.json]

The last 28 days of every series are replayed (lost sales, daily review) under the
forecast policy and the naive one, for lead times 3 and 7 and service levels 0.90 and
0.95: once with a single forecast made before the replay (as ``benchmarks/forecast.py``
did), once re-forecasting every ``--every`` days from the data before each re-forecast
day only (SNAP and event columns given as FUTURE, as in the accuracy benchmark). In the
rolling replay the naive policy re-reads its 28-day mean on the same days.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import pandas as pd

from forecast import load as load_m5  # benchmarks/forecast.py, next to this script
from forecast import load_note

DATA = Path(__file__).resolve().parents[2] / "shared/data/forecast/tiny_m5_train.parquet"
LEADS = (3, 7)
LEVELS = (0.9, 0.95)


def load(path: Path) -> pd.DataFrame:
    """The dev data as ``unique_id, ds, y`` plus exogenous columns (``forecast.py``'s
    reader, with ``ds`` as timestamps)."""
    frame = load_m5(path)
    frame["ds"] = pd.to_datetime(frame["ds"])
    return frame


def replay(df: pd.DataFrame, every: int) -> dict[str, object]:
    from tradewinds.forecast.replenish import SupplyPolicy
    from tradewinds.forecast.simulate import rolling_forecasts, simulate

    start = df["ds"].max() - pd.Timedelta(days=27)
    past, actual = df[df["ds"] < start], df[df["ds"] >= start][["unique_id", "ds", "y"]]
    future = df[df["ds"] >= start].drop(columns=["y"])
    before = load_note()
    began = time.perf_counter()
    # The longest lead time sets the horizon; shorter ones read a prefix of each forecast.
    fc = rolling_forecasts(
        df, start, 28, every=every, policy=SupplyPolicy(lead_time_days=max(LEADS)), future=future
    )
    seconds = time.perf_counter() - began
    rows = []
    for lead in LEADS:
        for level in LEVELS:
            policy = SupplyPolicy(lead_time_days=lead, service_level=level)
            res = simulate(actual, fc, past[["unique_id", "ds", "y"]], policy=policy)
            rows.append(
                {"lead_time_days": lead, "service_level": level}
                | {k: v.as_dict() for k, v in res.items()}
            )
    return {
        "every": every,
        "forecasts_made": int(fc["origin"].nunique()),
        "forecast_seconds": round(seconds, 1),
        "load_before": before,
        "load_after": load_note(),
        "results": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--every", type=int, default=7)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    df = load(args.data)
    report = []
    for every in (0, args.every):
        report.append(replay(df, every))
        print(json.dumps(report[-1]), flush=True)
    if args.out:
        args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
