"""Demand history, catalogue facts and stock levels read from the tenant's store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput
from tradewinds.store.tables import Category, Order, OrderLine, OrderStatus, Product, Variant

if TYPE_CHECKING:
    import pandas as pd

#: How demand is grouped into series: per SKU, or per SKU and depot (``SKU@depot``).
GROUPINGS = {"sku": "sku", "depot": "sku_depot", "sku_depot": "sku_depot"}

#: Cancelled orders never became demand. Returned ones did (the shelf emptied), so they
#: count: a return is stock coming back, not a customer wanting less.
EXCLUDED = (OrderStatus.CANCELLED,)


@dataclass
class StoreHistory:
    """What forecasting and replenishment need from the store.

    ``demand``: daily ``unique_id`` (SKU), ``ds``, ``y`` (units), ``price`` (mean unit
    price in minor units) and ``promo`` (1 if most units sold with a discount code);
    ``categories``: SKU -> category path; ``skus``: every SKU in the catalogue (new ones
    included); ``on_hand``: SKU -> units in stock.

    With ``grouping="sku_depot"`` the series ids of ``demand``, ``categories`` and
    ``skus`` are ``SKU@depot`` (``skus`` then lists only the pairs that have sold: a
    depot's share of a new SKU is unknown), ``on_hand`` stays per SKU (stock is kept per
    variant, not per depot) and ``depot_rules`` counts the orders each placement rule
    decided (see :mod:`tradewinds.forecast.depots`).
    """

    demand: pd.DataFrame
    categories: dict[str, str]
    skus: list[str]
    on_hand: dict[str, int]
    grouping: str = "sku"
    depot_rules: dict[str, int] = field(default_factory=dict)


def load_history(
    session: Session, *, since: datetime | None = None, by: str = "sku"
) -> StoreHistory:
    """Read daily demand per SKU (or SKU x depot) from orders, the SKUs and their stock.

    Parameters
    ----------
    session
        A tenant-scoped session.
    since
        Ignore orders created before this instant.
    by
        ``"sku"`` (default) or ``"depot"`` / ``"sku_depot"``: one series per SKU and depot.
    """
    import pandas as pd

    grouping = grouping_of(by)
    stmt = (
        select(
            OrderLine.sku,
            Order.created_at,
            OrderLine.quantity,
            OrderLine.price_minor,
            Order.discount_code,
            Order.id,
        )
        .join(Order, OrderLine.order_id == Order.id)
        .where(OrderLine.sku.is_not(None), Order.status.not_in(EXCLUDED))
    )
    if since is not None:
        stmt = stmt.where(Order.created_at >= since)
    rows = session.execute(stmt).all()
    lines = pd.DataFrame(rows, columns=["unique_id", "at", "y", "price", "discount", "order_id"])
    rules: dict[str, int] = {}
    if grouping == "sku_depot" and not lines.empty:
        lines, rules = _by_depot(session, lines)
    if lines.empty:
        demand = pd.DataFrame(columns=["unique_id", "ds", "y", "price", "promo"])
    else:
        lines["ds"] = pd.to_datetime(lines["at"], utc=True).dt.tz_localize(None).dt.normalize()
        lines["promo_units"] = lines["y"].where(lines["discount"].notna(), 0)
        lines["revenue"] = lines["y"] * lines["price"]
        g = lines.groupby(["unique_id", "ds"], as_index=False).agg(
            y=("y", "sum"), revenue=("revenue", "sum"), promo_units=("promo_units", "sum")
        )
        g["price"] = g["revenue"] / g["y"].where(g["y"] > 0)
        g["promo"] = (g["promo_units"] * 2 > g["y"]).astype(int)
        demand = _complete_days(g[["unique_id", "ds", "y", "price", "promo"]])
    catalogue = session.execute(
        select(Variant.sku, Variant.inventory_qty, Category.path)
        .join(Product, Variant.product_id == Product.id)
        .join(Category, Product.category_id == Category.id, isouter=True)
        .where(Variant.sku.is_not(None))
    ).all()
    known = [(str(sku), int(qty or 0), path) for sku, qty, path in catalogue if sku]
    categories = {sku: path for sku, _, path in known if path}
    skus = sorted({sku for sku, _, _ in known})
    if grouping == "sku_depot":
        from tradewinds.forecast.depots import split_series_id

        skus = sorted(demand["unique_id"].unique())
        by_sku = categories
        categories = {
            uid: by_sku[sku] for uid in skus if (sku := split_series_id(uid)[0]) in by_sku
        }
    return StoreHistory(
        demand=demand,
        categories=categories,
        skus=skus,
        on_hand={sku: qty for sku, qty, _ in known},
        grouping=grouping,
        depot_rules=rules,
    )


def grouping_of(by: str) -> str:
    """``"sku"`` -> ``"sku"``; ``"depot"`` or ``"sku_depot"`` -> ``"sku_depot"``."""
    if by not in GROUPINGS:
        raise InvalidInput(f"Expected by 'sku' or 'depot', got {by!r}.")
    return GROUPINGS[by]


def _by_depot(session: Session, lines: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, int]]:
    from tradewinds.forecast.depots import SEPARATOR, assign_depots
    from tradewinds.store.tables import Depot

    if session.scalars(select(Depot.id).limit(1)).first() is None:
        raise InvalidInput(
            "no depots: a SKU x depot forecast needs the store's depots "
            "(add them, or forecast by SKU)"
        )
    placed = assign_depots(session, [int(i) for i in lines["order_id"].unique()])
    depot = lines["order_id"].map(placed.depots)
    lines = lines.assign(unique_id=lines["unique_id"].astype(str) + SEPARATOR + depot)
    return lines, {rule: int(n) for rule, n in placed.rules.items() if n}


def _complete_days(demand: pd.DataFrame) -> pd.DataFrame:
    """Days without orders are days of zero demand: every SKU gets one row per day from its
    first sale to the store's last order day (so that no series ends early)."""
    import pandas as pd

    end = demand["ds"].max()
    first = demand.groupby("unique_id")["ds"].min()
    grid = pd.concat(
        [
            pd.DataFrame({"unique_id": uid, "ds": pd.date_range(start, end)})
            for uid, start in first.items()
        ],
        ignore_index=True,
    )
    full = grid.merge(demand, on=["unique_id", "ds"], how="left")
    full["y"] = full["y"].fillna(0).astype(float)
    full["promo"] = full["promo"].fillna(0).astype(int)
    full["price"] = full.groupby("unique_id")["price"].transform(lambda p: p.ffill().bfill())
    return full
