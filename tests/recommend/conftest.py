"""Recommendation fixtures: the outfitters shop on the parametrized ``db``, and item chains
for the offline engine."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.recommend._chains import chain_sequences
from tests.recommend._outfitters import Outfitters, seed_outfitters
from tradewinds.recommend import forget_models
from tradewinds.store import Database
from tradewinds.store.tables import Tenant


@pytest.fixture(autouse=True)
def _fresh_models() -> Iterator[None]:
    forget_models()
    yield
    forget_models()


@pytest.fixture
def outfitters(db: Database, tenant: Tenant) -> Outfitters:
    return seed_outfitters(db, tenant.id)


@pytest.fixture
def chains() -> list[list[int]]:
    return chain_sequences()
