"""Exporting orders (stub: body being written)."""

from __future__ import annotations

from typing import TextIO

from tradewinds.store.db import Database


def export_orders(db: Database, tenant_id: int, out: TextIO, *, format: str = "shopify") -> int:
    raise NotImplementedError
