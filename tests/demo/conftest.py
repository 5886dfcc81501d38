"""A small demo store built in memory once per test module (no database)."""

from __future__ import annotations

import pytest

from tradewinds.demo import DemoData, DemoParams, build_demo_data

SMALL = DemoParams(seed=11, products=300, customers=300, days=365, event_days=120)


@pytest.fixture(scope="module")
def small_store() -> DemoData:
    return build_demo_data(SMALL)
