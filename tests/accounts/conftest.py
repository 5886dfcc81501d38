"""Accounts fixtures: the checkout's shop (a kite, a lantern). The sign-in throttle counts
in the database, which every test gets fresh."""

from __future__ import annotations

from tests.checkout.conftest import Shop, shop  # noqa: F401  (the fixture, reused)

PASSWORD = "correct horse battery"
