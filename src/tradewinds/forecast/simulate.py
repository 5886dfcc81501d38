"""Replay demand under a replenishment policy and under a naive one, and compare.

Both policies start with their own order-up-to level on hand, review every
``review_days``, receive orders ``lead_time_days`` later, and lose the sales they cannot
serve (no back-orders). The forecast policy re-reads its reorder point and order-up-to
level each review from the forecast for the days ahead; the naive policy orders up to
``(lead time + review) x 1.5`` times the mean daily demand of the last 28 days
whenever stock falls under ``lead time x 1.5`` times that mean.

With rolling re-forecasts (:func:`rolling_forecasts`, an ``origin`` column in the
forecasts) each decision uses the newest forecast made before it, and the naive policy
re-reads its 28-day mean at the same dates: both policies know the same demand.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any

from tradewinds.core.errors import InvalidInput
from tradewinds.forecast.params import ForecastParams
from tradewinds.forecast.replenish import SupplyPolicy, advice_from_arrays, round_order

if TYPE_CHECKING:
    import pandas as pd

#: Forecast arrays (yhat, lo, hi) per origin day index, origins sorted.
_Blocks = list[tuple[int, list[float], list[float], list[float]]]

NAIVE_COVER = 1.5


@dataclass(frozen=True)
class SimulationOutcome:
    """What one policy achieved over the replay, summed over every SKU."""

    policy: str
    demand: float
    served: float
    stockout_days: int
    sku_days: int
    average_inventory: float
    orders: int

    @property
    def fill_rate(self) -> float:
        return self.served / self.demand if self.demand > 0 else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "policy": self.policy,
            "fill_rate": round(self.fill_rate, 4),
            "stockout_days": self.stockout_days,
            "stockout_day_share": round(self.stockout_days / max(self.sku_days, 1), 4),
            "average_inventory": round(self.average_inventory, 3),
            "orders": self.orders,
            "demand": self.demand,
            "served": self.served,
        }


def simulate(
    actuals: pd.DataFrame,
    forecasts: pd.DataFrame,
    history: pd.DataFrame,
    *,
    policy: SupplyPolicy | None = None,
    level: int = 90,
) -> dict[str, SimulationOutcome]:
    """Replay ``actuals`` (``unique_id, ds, y``) under the forecast policy and the naive one.

    Parameters
    ----------
    actuals
        Demand that happened over the replay period.
    forecasts
        ``unique_id, ds, yhat, yhat_lo_<level>, yhat_hi_<level>`` covering the period:
        one forecast made at its start, or several with an ``origin`` column (the date
        each was made; it covers the days from its origin on), see
        :func:`rolling_forecasts`.
    history
        Demand before the period (for the naive policy's mean).
    policy
        Lead time, review period, service level, pack size and MOQ for every SKU.
    level
        Interval level of ``forecasts``.

    Returns
    -------
    dict
        ``{"forecast": outcome, "naive": outcome}``.
    """
    import pandas as pd

    policy = policy or SupplyPolicy()
    lo_c, hi_c = f"yhat_lo_{level}", f"yhat_hi_{level}"
    start = actuals["ds"].min()
    if "origin" not in forecasts.columns:
        forecasts = forecasts.assign(origin=start)
    origins = sorted(pd.to_datetime(forecasts["origin"].unique()))
    starts = [max((o - start).days, 0) for o in origins]
    seen = pd.concat([history[["unique_id", "ds", "y"]], actuals[["unique_id", "ds", "y"]]])
    means = [_mean28(seen, o) for o in origins]
    totals = {"forecast": _Tally(), "naive": _Tally()}
    blocks = _blocks(forecasts, start, (lo_c, hi_c))
    for uid, g in actuals.sort_values("ds").groupby("unique_id"):
        demand = g["y"].astype(float).clip(lower=0).tolist()
        mine = blocks.get(uid)
        if mine is None:
            continue
        forecast_rule = partial(_forecast_rule, str(uid), mine, policy, level)
        naive_means = [float(m.get(uid, 0.0)) for m in means]
        naive_rule = partial(_naive_rule, starts, naive_means, policy)
        totals["forecast"].add(_replay(demand, forecast_rule, policy))
        totals["naive"].add(_replay(demand, naive_rule, policy))
    return {name: t.outcome(name) for name, t in totals.items()}


def rolling_forecasts(
    demand: pd.DataFrame,
    start: pd.Timestamp,
    days: int,
    *,
    every: int,
    policy: SupplyPolicy,
    params: ForecastParams | None = None,
    future: pd.DataFrame | None = None,
    n_jobs: int = 1,
) -> pd.DataFrame:
    """Forecasts made every ``every`` days over a replay of ``days`` days from ``start``,
    each from ``demand`` strictly before its origin (``every=0``: once, at ``start``).

    Parameters
    ----------
    demand
        Long-format history including the replay period (``unique_id, ds, y`` + drivers).
    start
        First day of the replay.
    days
        Length of the replay.
    every
        Days between re-forecasts; 0 forecasts once.
    policy
        Sets the horizon: each forecast covers the days until the next origin plus the
        lead time and review period (so no decision extrapolates).
    params
        Forecast settings (the horizon is replaced).
    future
        Exogenous columns for future dates (``unique_id, ds, ...``), if any.
    n_jobs
        Processes for statsforecast.

    Returns
    -------
    pandas.DataFrame
        The forecasts of every origin, with an ``origin`` column.
    """
    import pandas as pd

    from tradewinds.forecast.engine import forecast

    if every < 0 or days < 1:
        raise InvalidInput(f"Expected every >= 0 and days >= 1, got every={every}, days={days}.")
    step = every or days
    horizon = step if not every else every + policy.lead_time_days + policy.review_days
    params = replace(params or ForecastParams(), horizon=horizon)
    frames = []
    for k in range(math.ceil(days / step)):
        origin = start + pd.Timedelta(days=k * step)
        past = demand[demand["ds"] < origin]
        fut = future[future["ds"] >= origin] if future is not None else None
        made = forecast(past, params, future=fut, n_jobs=n_jobs).forecasts
        frames.append(made.assign(origin=origin))
    return pd.concat(frames, ignore_index=True)


def _blocks(
    forecasts: pd.DataFrame, start: pd.Timestamp, interval: tuple[str, str]
) -> dict[object, _Blocks]:
    out: dict[object, _Blocks] = {}
    lo_c, hi_c = interval
    ordered = forecasts.sort_values(["unique_id", "origin", "ds"])
    for (uid, _), f in ordered.groupby(["unique_id", "origin"], sort=True):
        first = max((f["ds"].iloc[0] - start).days, 0)
        yhat, lo, hi = (f[c].astype(float).tolist() for c in ("yhat", lo_c, hi_c))
        out.setdefault(uid, []).append((first, yhat, lo, hi))
    return out


def _mean28(seen: pd.DataFrame, origin: pd.Timestamp) -> pd.Series[float]:
    recent = seen[(seen["ds"] < origin) & (seen["ds"] >= origin - _days(28))]
    result: pd.Series[float] = recent.groupby("unique_id")["y"].sum() / 28.0
    return result


def _current(starts: list[int], day: int) -> int:
    """Index of the newest origin at or before ``day`` (the first one before them all)."""
    return max(bisect_right(starts, day) - 1, 0)


def _forecast_rule(
    sku: str,
    blocks: _Blocks,
    policy: SupplyPolicy,
    level: int,
    day: int,
    on_hand: int,
    pipeline: int,
) -> tuple[int, int]:
    first, yhat, lo, hi = blocks[_current([b[0] for b in blocks], day)]
    at = max(day - first, 0)
    a = advice_from_arrays(sku, yhat[at:], lo[at:], hi[at:], on_hand, pipeline, policy, level)
    return a.order_qty, a.order_up_to


def _naive_rule(
    starts: list[int],
    means: list[float],
    policy: SupplyPolicy,
    day: int,
    on_hand: int,
    pipeline: int,
) -> tuple[int, int]:
    mean = means[_current(starts, day)]
    rop = math.ceil(mean * policy.lead_time_days * NAIVE_COVER)
    up_to = max(math.ceil(mean * (policy.lead_time_days + policy.review_days) * NAIVE_COVER), rop)
    position = on_hand + pipeline
    need = up_to - position if position <= rop else 0
    return round_order(need, policy.pack_size, policy.min_order_qty), up_to


@dataclass
class _Tally:
    demand: float = 0.0
    served: float = 0.0
    stockout_days: int = 0
    sku_days: int = 0
    inventory: float = 0.0
    orders: int = 0

    def add(self, other: _Tally) -> None:
        self.demand += other.demand
        self.served += other.served
        self.stockout_days += other.stockout_days
        self.sku_days += other.sku_days
        self.inventory += other.inventory
        self.orders += other.orders

    def outcome(self, name: str) -> SimulationOutcome:
        return SimulationOutcome(
            policy=name,
            demand=self.demand,
            served=self.served,
            stockout_days=self.stockout_days,
            sku_days=self.sku_days,
            average_inventory=self.inventory / max(self.sku_days, 1),
            orders=self.orders,
        )


def _replay(
    demand: list[float], rule: Callable[[int, int, int], tuple[int, int]], policy: SupplyPolicy
) -> _Tally:
    tally = _Tally()
    _, up_to = rule(0, 0, 0)
    on_hand = float(up_to)
    arrivals: dict[int, int] = {}
    for day, want in enumerate(demand):
        on_hand += arrivals.pop(day, 0)
        served = min(on_hand, want)
        on_hand -= served
        tally.demand += want
        tally.served += served
        tally.stockout_days += int(served < want)
        tally.sku_days += 1
        tally.inventory += on_hand
        if day % policy.review_days == 0:
            pipeline = sum(arrivals.values())
            qty, _ = rule(day + 1, math.floor(on_hand), pipeline)
            if qty > 0:
                arrivals[day + max(policy.lead_time_days, 1)] = (
                    arrivals.get(day + max(policy.lead_time_days, 1), 0) + qty
                )
                tally.orders += 1
    return tally


def _days(n: int) -> Any:
    import pandas as pd

    return pd.Timedelta(days=n)
