"""Running a shop's orders after checkout: the console's order list and order page,
fulfilling, cancelling and refunding (stock goes back, exactly once), and the customers
with their order history.

>>> from tradewinds.orders import OrderFilters, Shipment, console_orders, fulfil_order
>>> page = console_orders(db, tenant_id, OrderFilters(q="#1001"))  # doctest: +SKIP
>>> fulfil_order(db, tenant_id, page.rows[0].id, Shipment("UPS", "1Z999"), actor)  # doctest: +SKIP

Checkout (``tradewinds.checkout``) places orders; this capability changes them afterwards.
Each action locks the order's row, refuses a step the order cannot take with
:class:`OrderActionRefused` (nothing written), and records a status change (who and when)
and a console audit record in the same transaction.
"""

from tradewinds.orders.actions import (
    InvalidOrderAction,
    OrderActionRefused,
    Shipment,
    cancel_order,
    fulfil_order,
)
from tradewinds.orders.customers import (
    CustomerList,
    CustomerRow,
    CustomerView,
    console_customers,
    customer_view,
)
from tradewinds.orders.detail import LineView, OrderView, TimelineEntry, order_view
from tradewinds.orders.listing import (
    FINANCIAL_FILTERS,
    FULFILMENT_FILTERS,
    PER_PAGE,
    STATUS_FILTERS,
    OrderFilters,
    OrderList,
    OrderRow,
    console_orders,
)
from tradewinds.orders.refunds import RefundMade, RefundRequest, paid_minor, refund_order

__all__ = [
    "FINANCIAL_FILTERS",
    "FULFILMENT_FILTERS",
    "PER_PAGE",
    "STATUS_FILTERS",
    "CustomerList",
    "CustomerRow",
    "CustomerView",
    "InvalidOrderAction",
    "LineView",
    "OrderActionRefused",
    "OrderFilters",
    "OrderList",
    "OrderRow",
    "OrderView",
    "RefundMade",
    "RefundRequest",
    "Shipment",
    "TimelineEntry",
    "cancel_order",
    "console_customers",
    "console_orders",
    "customer_view",
    "fulfil_order",
    "order_view",
    "paid_minor",
    "refund_order",
]
