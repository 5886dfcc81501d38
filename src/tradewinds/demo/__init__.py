"""The demo store: a realistic, reproducible Seattle shop to try every capability on.

``generate_demo_store(db, DemoParams(seed=7), data_dir=...)`` writes a Shopify product CSV,
loads it with the Shopify importer, draws its product pictures into the media store, and
bulk-loads customers, two years of orders with
seasonality and promotions, interaction events, two depots and a delivery fleet.
``build_demo_data`` makes the same store in memory only.
"""

from tradewinds.demo.catalog import CATEGORIES, DemoProduct, DemoVariant
from tradewinds.demo.demand import Promotion
from tradewinds.demo.events import DemoEvent
from tradewinds.demo.fleet import FLEET, VehicleSpec
from tradewinds.demo.generate import (
    DEFAULT_END_DATE,
    DemoData,
    DemoParams,
    DemoSummary,
    Progress,
    build_demo_data,
    generate_demo_store,
)
from tradewinds.demo.images import draw_demo_images
from tradewinds.demo.metro import SEATTLE, Metro
from tradewinds.demo.orders import DemoLine, DemoOrder
from tradewinds.demo.people import DemoCustomer
from tradewinds.demo.policies import write_demo_policies
from tradewinds.demo.shopify_csv import write_products_csv

__all__ = [
    "CATEGORIES",
    "DEFAULT_END_DATE",
    "FLEET",
    "SEATTLE",
    "DemoCustomer",
    "DemoData",
    "DemoEvent",
    "DemoLine",
    "DemoOrder",
    "DemoParams",
    "DemoProduct",
    "DemoSummary",
    "DemoVariant",
    "Metro",
    "Progress",
    "Promotion",
    "VehicleSpec",
    "build_demo_data",
    "draw_demo_images",
    "generate_demo_store",
    "write_demo_policies",
    "write_products_csv",
]
