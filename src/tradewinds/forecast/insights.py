"""Insight tables for merchants: which SKUs will stock out, which are overstocked, whose
demand changed trend, and how promotions moved demand. Every row has a reference
(``stockout#1``) that narration cites for each figure it uses."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

OVERSTOCK_DAYS = 90.0
TREND_WINDOW = 28
TREND_MIN_UNITS = 10.0
TREND_CHANGE = 0.5
TOP = 10


@dataclass
class InsightTables:
    """Structured analysis; each table is a list of rows with a ``ref`` key. ``summary``
    has one row of counts over all SKUs; the others list the top rows only."""

    summary: list[dict[str, Any]] = field(default_factory=list)
    stockout: list[dict[str, Any]] = field(default_factory=list)
    overstock: list[dict[str, Any]] = field(default_factory=list)
    trend: list[dict[str, Any]] = field(default_factory=list)
    promotion: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "summary": self.summary,
            "stockout": self.stockout,
            "overstock": self.overstock,
            "trend": self.trend,
            "promotion": self.promotion,
        }

    def refs(self) -> set[str]:
        return {row["ref"] for rows in self.as_dict().values() for row in rows}


def build_insights(
    forecasts: pd.DataFrame,
    demand: pd.DataFrame,
    on_hand: dict[str, int],
    *,
    lead_time_days: dict[str, int] | None = None,
    default_lead_time: int = 7,
) -> InsightTables:
    """Compute the four insight tables.

    Parameters
    ----------
    forecasts
        A run's forecasts (``unique_id, ds, yhat``).
    demand
        Daily history (``unique_id, ds, y`` and optional ``promo`` 0/1).
    on_hand
        SKU -> units in stock.
    lead_time_days
        SKU -> supplier lead time (default ``default_lead_time``).
    """
    lead = lead_time_days or {}
    tables = InsightTables()
    daily = forecasts.groupby("unique_id")["yhat"].mean()
    stock, over = [], []
    for sku, rate in daily.items():
        sku = str(sku)
        have = int(on_hand.get(sku, 0))
        days = lead.get(sku, default_lead_time)
        need = float(forecasts.loc[forecasts["unique_id"] == sku, "yhat"].head(days).sum())
        cover = have / rate if rate > 0 else math.inf
        if rate > 0 and have < need:
            stock.append(
                {
                    "sku": sku,
                    "on_hand": have,
                    "lead_time_days": days,
                    "demand_over_lead_time": round(need, 1),
                    "days_of_cover": round(cover, 1),
                    "shortfall_units": math.ceil(need - have),
                }
            )
        elif cover > OVERSTOCK_DAYS and have > 0:
            over.append(
                {
                    "sku": sku,
                    "on_hand": have,
                    "daily_demand": round(float(rate), 2),
                    "days_of_cover": round(cover, 1) if math.isfinite(cover) else None,
                    "excess_units": int(have - math.ceil(rate * OVERSTOCK_DAYS)),
                }
            )
    stock.sort(key=lambda r: (-_num(r["shortfall_units"]), str(r["sku"])))
    over.sort(key=lambda r: (-_num(r["excess_units"]), str(r["sku"])))
    trends, promotions = _trends(demand), _promotions(demand)
    tables.summary = _numbered(
        "summary",
        [
            {
                "skus_forecast": len(daily),
                "stockout_skus": len(stock),
                "overstock_skus": len(over),
                "trend_change_skus": len(trends),
                "promotion_skus": len(promotions),
            }
        ],
    )
    tables.stockout = _numbered("stockout", stock[:TOP])
    tables.overstock = _numbered("overstock", over[:TOP])
    tables.trend = _numbered("trend", trends[:TOP])
    tables.promotion = _numbered("promotion", promotions[:TOP])
    return tables


def _trends(demand: pd.DataFrame) -> list[dict[str, Any]]:
    import pandas as pd

    if demand.empty:
        return []
    end = demand["ds"].max()
    recent = demand[demand["ds"] > end - pd.Timedelta(days=TREND_WINDOW)]
    before = demand[
        (demand["ds"] <= end - pd.Timedelta(days=TREND_WINDOW))
        & (demand["ds"] > end - pd.Timedelta(days=2 * TREND_WINDOW))
    ]
    r = recent.groupby("unique_id")["y"].sum()
    b = before.groupby("unique_id")["y"].sum()
    both = pd.concat([r.rename("recent"), b.rename("previous")], axis=1).fillna(0.0)
    both = both[(both["recent"] + both["previous"]) >= TREND_MIN_UNITS]
    rows = []
    for sku, row in both.iterrows():
        prev, now = float(row["previous"]), float(row["recent"])
        change = (now - prev) / prev if prev > 0 else math.inf
        if abs(change) >= TREND_CHANGE:
            rows.append(
                {
                    "sku": str(sku),
                    "previous_28d_units": prev,
                    "last_28d_units": now,
                    "change_pct": round(change * 100, 1) if math.isfinite(change) else None,
                }
            )
    rows.sort(
        key=lambda r: (
            -abs(_num(r["last_28d_units"]) - _num(r["previous_28d_units"])),
            str(r["sku"]),
        )
    )
    return rows


def _promotions(demand: pd.DataFrame) -> list[dict[str, Any]]:
    if "promo" not in demand.columns or demand.empty:
        return []
    rows = []
    for sku, g in demand.groupby("unique_id"):
        on = g[g["promo"] == 1]["y"]
        off = g[g["promo"] != 1]["y"]
        if len(on) < 3 or len(off) < 3 or off.mean() <= 0:
            continue
        rows.append(
            {
                "sku": str(sku),
                "promo_days": len(on),
                "units_per_promo_day": round(float(on.mean()), 2),
                "units_per_other_day": round(float(off.mean()), 2),
                "uplift_pct": round((float(on.mean()) / float(off.mean()) - 1) * 100, 1),
            }
        )
    rows.sort(key=lambda r: (-abs(_num(r["uplift_pct"])), str(r["sku"])))
    return rows


def _num(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _numbered(table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"ref": f"{table}#{i}", **row} for i, row in enumerate(rows, start=1)]
