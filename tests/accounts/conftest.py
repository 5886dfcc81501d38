"""Accounts fixtures: the checkout's shop (a kite, a lantern), the throttle reset per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.checkout.conftest import Shop, shop  # noqa: F401  (the fixture, reused)
from tradewinds.accounts.throttle import THROTTLE

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _fresh_throttle() -> Iterator[None]:
    THROTTLE.clear()
    yield
    THROTTLE.clear()
