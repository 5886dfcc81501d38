"""Replenishment policy: reorder point, safety stock, order-up-to level and the quantity
to order today, from a SKU's forecast distribution over the supplier lead time.

Daily forecast errors are read off the prediction interval (``(hi - lo) / 2z`` is a
normal-equivalent standard deviation) and taken as independent across days, so the
spread over ``L`` days grows as ``sqrt(L)``. Quantities are whole units, rounded up to
the supplier's pack size and minimum order quantity.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist
from typing import TYPE_CHECKING, Any

from tradewinds.core.errors import InvalidInput

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class SupplyPolicy:
    """How one SKU is bought and how much risk of running out is acceptable.

    Parameters
    ----------
    lead_time_days
        Days from placing an order to having the goods on the shelf.
    review_days
        Days between two ordering decisions (1 = decide every day).
    service_level
        Target probability of not running out before the next order arrives (cycle
        service level), in (0, 1).
    pack_size
        Orders are whole multiples of this.
    min_order_qty
        The supplier's minimum order quantity (0 = none).
    """

    lead_time_days: int = 7
    review_days: int = 1
    service_level: float = 0.95
    pack_size: int = 1
    min_order_qty: int = 0

    def __post_init__(self) -> None:
        if self.lead_time_days < 0:
            raise InvalidInput(f"Expected lead_time_days >= 0, got {self.lead_time_days}.")
        if self.review_days < 1:
            raise InvalidInput(f"Expected review_days >= 1, got {self.review_days}.")
        if not 0 < self.service_level < 1:
            raise InvalidInput(
                f"Expected service_level in (0, 1), e.g. 0.95, got {self.service_level}."
            )
        if self.pack_size < 1:
            raise InvalidInput(f"Expected pack_size >= 1, got {self.pack_size}.")
        if self.min_order_qty < 0:
            raise InvalidInput(f"Expected min_order_qty >= 0, got {self.min_order_qty}.")


@dataclass(frozen=True)
class ReorderAdvice:
    """What to do about one SKU today, with the figures behind it."""

    sku: str
    on_hand: int
    on_order: int
    lead_time_demand: float
    safety_stock: int
    reorder_point: int
    order_up_to: int
    order_qty: int
    days_of_cover: float
    stockout_risk: float  # P(demand over the lead time > on hand + on order)

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def demand_over(
    yhat: list[float], lo: list[float], hi: list[float], days: int, level: int
) -> tuple[float, float]:
    """Mean and standard deviation of total demand over the next ``days`` periods.

    A forecast shorter than ``days`` is extended with the mean of its last seven periods.
    """
    z = NormalDist().inv_cdf(0.5 + level / 200)
    mus = list(yhat[:days])
    sig2 = [((h - lo_) / (2 * z)) ** 2 for lo_, h in zip(lo[:days], hi[:days], strict=True)]
    if len(mus) < days and yhat:
        tail = max(1, min(7, len(yhat)))
        mean_mu = sum(yhat[-tail:]) / tail
        mean_sig2 = (
            sum(((h - lo_) / (2 * z)) ** 2 for lo_, h in zip(lo[-tail:], hi[-tail:], strict=True))
            / tail
        )
        extra = days - len(mus)
        mus += [mean_mu] * extra
        sig2 += [mean_sig2] * extra
    return float(sum(mus)), math.sqrt(sum(sig2))


def reorder_advice(
    sku: str,
    forecast: pd.DataFrame,
    *,
    on_hand: int,
    on_order: int = 0,
    policy: SupplyPolicy | None = None,
    level: int = 90,
) -> ReorderAdvice:
    """Reorder point, safety stock, order-up-to level and today's order for one SKU.

    Parameters
    ----------
    sku
        The SKU.
    forecast
        Its forecast from today on: ``yhat, yhat_lo_<level>, yhat_hi_<level>`` by date.
    on_hand, on_order
        Units in stock and units ordered but not yet received.
    policy
        Lead time, review period, service level, pack size, MOQ.
    level
        The interval level of ``forecast``.
    """
    policy = policy or SupplyPolicy()
    f = forecast.sort_values("ds") if "ds" in forecast else forecast
    yhat = f["yhat"].astype(float).tolist()
    lo = f[f"yhat_lo_{level}"].astype(float).tolist()
    hi = f[f"yhat_hi_{level}"].astype(float).tolist()
    return advice_from_arrays(sku, yhat, lo, hi, on_hand, on_order, policy, level)


def advice_from_arrays(
    sku: str,
    yhat: list[float],
    lo: list[float],
    hi: list[float],
    on_hand: int,
    on_order: int,
    policy: SupplyPolicy,
    level: int,
) -> ReorderAdvice:
    """:func:`reorder_advice` on plain lists (the simulator calls this every day)."""
    z = NormalDist().inv_cdf(policy.service_level)
    lead = max(policy.lead_time_days, 0)
    mu_l, sd_l = demand_over(yhat, lo, hi, lead, level)
    mu_lr, sd_lr = demand_over(yhat, lo, hi, lead + policy.review_days, level)
    safety = math.ceil(max(z * sd_lr, 0.0))
    rop = math.ceil(mu_l + max(z * sd_l, 0.0))
    up_to = max(math.ceil(mu_lr) + safety, rop)
    position = on_hand + on_order
    qty = 0
    if position <= rop and up_to > position:
        qty = round_order(up_to - position, policy.pack_size, policy.min_order_qty)
    daily = (sum(yhat[:28]) / min(len(yhat), 28)) if yhat else 0.0
    cover = on_hand / daily if daily > 0 else math.inf
    risk = 1 - NormalDist(mu_l, sd_l).cdf(position) if sd_l > 0 else float(mu_l > position)
    return ReorderAdvice(
        sku=sku,
        on_hand=on_hand,
        on_order=on_order,
        lead_time_demand=round(mu_l, 3),
        safety_stock=safety,
        reorder_point=rop,
        order_up_to=up_to,
        order_qty=qty,
        days_of_cover=round(cover, 1) if math.isfinite(cover) else cover,
        stockout_risk=round(risk, 4),
    )


def round_order(qty: int, pack_size: int, min_order_qty: int) -> int:
    """Round a positive need up to whole packs and at least the MOQ (also in whole packs)."""
    if qty <= 0:
        return 0
    qty = max(qty, min_order_qty)
    return math.ceil(qty / pack_size) * pack_size
