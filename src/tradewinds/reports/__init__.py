"""Reports on the shop's sales: the console dashboard's figures for a period against the
previous one, aggregated by the database by the shop's calendar day.

>>> from tradewinds.reports import read_period, sales_dashboard, shop_today, shop_zone
>>> period = read_period(shop_today(shop_zone("America/Los_Angeles")), "30", "", "")
>>> dashboard = sales_dashboard(db, tenant_id, period)  # doctest: +SKIP
>>> dashboard.revenue_minor.current, dashboard.revenue_minor.percent  # doctest: +SKIP
(1234500, 12.5)
"""

from tradewinds.reports.periods import (
    CUSTOM,
    DEFAULT_PRESET,
    MAX_DAYS,
    PRESETS,
    InvalidPeriod,
    Period,
    read_period,
    shop_today,
    shop_zone,
)
from tradewinds.reports.sales import (
    TOP_PRODUCTS,
    Comparison,
    DaySales,
    ProductSales,
    Rate,
    SalesDashboard,
    sales_dashboard,
)

__all__ = [
    "CUSTOM",
    "DEFAULT_PRESET",
    "MAX_DAYS",
    "PRESETS",
    "TOP_PRODUCTS",
    "Comparison",
    "DaySales",
    "InvalidPeriod",
    "Period",
    "ProductSales",
    "Rate",
    "SalesDashboard",
    "read_period",
    "sales_dashboard",
    "shop_today",
    "shop_zone",
]
