"""Customers and orders for the console's marketing tests: three of Acme's customers who
bought (Ann and Chen accept marketing, Bob does not; Chen is in China), and Globex's own
customer, segment and campaign."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.marketing._history import add_customer, add_order
from tests.web._console import Shops
from tests.web._orders import variant
from tradewinds.marketing import create_campaign, create_segment
from tradewinds.store import Database

NOW = datetime.now(UTC)


def seed_marketing(db: Database, shops: Shops) -> None:
    acme = shops.acme.id
    kite = variant(db, acme, "RED-KITE-1").id
    tent = variant(db, acme, "DOME-TENT-1").id
    buyers = (("ann@example.test", True, "US", kite, 5000), ("bob@example.test", False, "US",
              tent, 20000), ("chen@example.test", True, "CN", kite, 2000))  # fmt: skip
    for number, (email, marketing, country, bought, amount) in enumerate(buyers):
        customer = add_customer(db, acme, email, marketing=marketing, country=country)
        add_order(db, acme, customer, bought, amount, NOW - timedelta(days=3 + number),
                  name=f"#M{number}")  # fmt: skip
    globex = shops.globex.id
    gadget = variant(db, globex, "SECRET-GLOBEX-GADGET-1").id
    customer = add_customer(db, globex, "gil@globex.test")
    add_order(db, globex, customer, gadget, 4200, NOW - timedelta(days=2), name="#G1")
    create_segment(db, globex, "globex-vips", "rfm")
    create_campaign(db, globex, "globex-news", "globex-vips", languages=["en"])
