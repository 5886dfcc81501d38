"""Replay demand under a replenishment policy and under a naive one, and compare.

Both policies start with their own order-up-to level on hand, review every
``review_days``, receive orders ``lead_time_days`` later, and lose the sales they cannot
serve (no back-orders). The forecast policy re-reads its reorder point and order-up-to
level each review from the forecast for the days ahead; the naive policy orders up to
``(lead time + review) x 1.5`` times the mean daily demand of the last 28 days of
history whenever stock falls under ``lead time x 1.5`` times that mean.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from tradewinds.forecast.replenish import SupplyPolicy, advice_from_arrays, round_order

if TYPE_CHECKING:
    import pandas as pd

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
        Forecasts made at the start of the period (``unique_id, ds, yhat, yhat_lo_<level>,
        yhat_hi_<level>``), covering it.
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
    policy = policy or SupplyPolicy()
    lo_c, hi_c = f"yhat_lo_{level}", f"yhat_hi_{level}"
    start = actuals["ds"].min()
    recent = history[history["ds"] > start - _days(28)]
    mean28 = recent.groupby("unique_id")["y"].sum() / 28.0
    totals = {"forecast": _Tally(), "naive": _Tally()}
    fc_by_id = {uid: g.sort_values("ds") for uid, g in forecasts.groupby("unique_id")}
    for uid, g in actuals.sort_values("ds").groupby("unique_id"):
        demand = g["y"].astype(float).clip(lower=0).tolist()
        f = fc_by_id.get(uid)
        if f is None:
            continue
        yhat, lo, hi = (f[c].astype(float).tolist() for c in ("yhat", lo_c, hi_c))
        forecast_rule = partial(_forecast_rule, str(uid), yhat, lo, hi, policy, level)
        naive_rule = partial(_naive_rule, float(mean28.get(uid, 0.0)), policy)
        totals["forecast"].add(_replay(demand, forecast_rule, policy))
        totals["naive"].add(_replay(demand, naive_rule, policy))
    return {name: t.outcome(name) for name, t in totals.items()}


def _forecast_rule(
    sku: str,
    yhat: list[float],
    lo: list[float],
    hi: list[float],
    policy: SupplyPolicy,
    level: int,
    day: int,
    on_hand: int,
    pipeline: int,
) -> tuple[int, int]:
    a = advice_from_arrays(sku, yhat[day:], lo[day:], hi[day:], on_hand, pipeline, policy, level)
    return a.order_qty, a.order_up_to


def _naive_rule(
    mean: float, policy: SupplyPolicy, day: int, on_hand: int, pipeline: int
) -> tuple[int, int]:
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
