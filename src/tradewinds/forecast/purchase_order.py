"""A purchase order from reorder advice: the lines to order today as CSV, each with the
figures behind it and the reason in words.

Only lines with a quantity to order are written (the advice of SKUs that need nothing is
left out), in the order given (the replenishment plan's: most urgent first). Text cells
that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` first) are written
with a leading apostrophe, since SKUs and supplier names are typed by people.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

from tradewinds.forecast.replenish import ReorderAdvice

PURCHASE_ORDER_COLUMNS = (
    "sku",
    "supplier",
    "order_qty",
    "on_hand",
    "on_order",
    "reorder_point",
    "order_up_to",
    "safety_stock",
    "lead_time_demand",
    "stockout_risk",
    "reason",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def reorder_reason(advice: ReorderAdvice) -> str:
    """Why a line is ordered (or not), in the advice's own figures.

    >>> a = ReorderAdvice("TENT", 3, 0, 20.5, 6, 27, 40, 40, 0.6, 0.99)
    >>> reorder_reason(a)
    'stock position 3 (3 on hand + 0 on order) is at or below the reorder point 27: order 40...'
    """
    position = advice.on_hand + advice.on_order
    held = f"stock position {position} ({advice.on_hand} on hand + {advice.on_order} on order)"
    if advice.order_qty > 0:
        return (
            f"{held} is at or below the reorder point {advice.reorder_point}: order "
            f"{advice.order_qty} to bring it up to {position + advice.order_qty}"
        )
    return f"{held} is above the reorder point {advice.reorder_point}: nothing to order"


def purchase_order_csv(
    advice: Sequence[ReorderAdvice], suppliers: Mapping[str, str] | None = None
) -> str:
    """The lines of ``advice`` that order something, as CSV (header first).

    Parameters
    ----------
    advice
        Reorder advice, e.g. ``replenishment_plan(session)``.
    suppliers
        SKU -> supplier name (``supplier_names(session)``); blank where unknown.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PURCHASE_ORDER_COLUMNS)
    for a in advice:
        if a.order_qty <= 0:
            continue
        writer.writerow(
            [
                _cell(a.sku),
                _cell((suppliers or {}).get(a.sku, "")),
                a.order_qty,
                a.on_hand,
                a.on_order,
                a.reorder_point,
                a.order_up_to,
                a.safety_stock,
                a.lead_time_demand,
                a.stockout_risk,
                reorder_reason(a),
            ]
        )
    return out.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text
