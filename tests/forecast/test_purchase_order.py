"""The purchase order: only lines that order something, the figures of the advice, a
reason in words, and no spreadsheet formula from a typed SKU or supplier."""

from __future__ import annotations

import csv
import io

from tradewinds.forecast import (
    PURCHASE_ORDER_COLUMNS,
    ReorderAdvice,
    purchase_order_csv,
    reorder_reason,
)

TENT = ReorderAdvice("TENT", 3, 2, 20.5, 6, 27, 40, 36, 0.6, 0.99)
LAMP = ReorderAdvice("LAMP", 500, 0, 3.0, 2, 5, 9, 0, 900.0, 0.0)
EVIL = ReorderAdvice("=cmd()", 0, 0, 2.0, 1, 3, 4, 4, 0.0, 0.9)


def test_lines_that_order_something_in_the_given_order() -> None:
    text = purchase_order_csv([EVIL, TENT, LAMP], {"TENT": "@TrailMax", "LAMP": "Glow"})
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == PURCHASE_ORDER_COLUMNS
    assert [(r["sku"], r["supplier"], r["order_qty"]) for r in rows] == [
        ("'=cmd()", "", "4"),
        ("TENT", "'@TrailMax", "36"),
    ]
    tent = rows[1]
    assert (tent["on_hand"], tent["on_order"], tent["reorder_point"]) == ("3", "2", "27")
    assert (tent["order_up_to"], tent["safety_stock"], tent["stockout_risk"]) == ("40", "6", "0.99")
    assert tent["reason"] == reorder_reason(TENT)


def test_reasons_name_the_position_and_the_reorder_point() -> None:
    assert reorder_reason(TENT) == (
        "stock position 5 (3 on hand + 2 on order) is at or below the reorder point 27: "
        "order 36 to bring it up to 41"
    )
    assert reorder_reason(LAMP).endswith("is above the reorder point 5: nothing to order")


def test_nothing_to_order_is_a_header_only() -> None:
    assert purchase_order_csv([LAMP]) == ",".join(PURCHASE_ORDER_COLUMNS) + "\n"
