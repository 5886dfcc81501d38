"""The tenant policy cache stays bounded in front of many tenants and never mixes them up."""

from __future__ import annotations

import pytest

from tradewinds.compliance import policy
from tradewinds.core.lru import TimedLRU
from tradewinds.store import Database
from tradewinds.store.tenants import create_tenant


def test_cache_keeps_the_most_recent_tenants_only(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(policy, "_cache", TimedLRU(3))
    monkeypatch.setattr(policy, "_latest", TimedLRU(3))
    tenants = [create_tenant(db, f"shop-{i}") for i in range(7)]
    for i, tenant in enumerate(tenants):
        policy.add_blocklist_entry(db, tenant.id, f"word{i}", kind="keyword")
        assert policy.load_policy(db, tenant.id).blocklist.first_hit(f"a word{i} here") is not None
    assert len(policy._cache) == 3
    assert len(policy._latest) == 3
    # The last three are served from the cache (no database needed) and stay separate.
    for i, tenant in enumerate(tenants[-3:], start=4):
        cached = policy.cached_policy(tenant.id)
        assert cached.blocklist.first_hit(f"a word{i} here") is not None
        assert cached.blocklist.first_hit("a word0 here") is None
    # An evicted tenant is read again from the database, with its own list.
    assert policy.cached_policy(tenants[0].id) is policy.EMPTY_POLICY
    assert policy.load_policy(db, tenants[0].id).blocklist.first_hit("a word0 here") is not None
    assert tenants[1].id not in policy._latest  # the least recently used went out
