"""What the console's gateway pages need from the gateway: a key's limits changed, usage by
day and each key's last use; every change made with an actor in the console's audit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.core.settings import ModelPrice
from tradewinds.gateway import (
    UsageEvent,
    create_key,
    keys_last_used,
    list_keys,
    record_usage,
    revoke_key,
    set_key_limits,
    set_tenant_budget,
    usage_by_day,
)
from tradewinds.staff import Actor, list_changes
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

ANN = Actor(7, "ann@example.com")


def test_limits_change_with_their_audit_and_only_for_the_keys_tenant(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    new = create_key(db, tenant.id, name="bot", rpm=10, actor=ANN)
    info = set_key_limits(
        db, tenant.id, new.key.id, rpm=20, tpm=None, monthly_tokens=500, actor=ANN
    )
    assert (info.rpm, info.tpm, info.monthly_tokens) == (20, None, 500)
    with pytest.raises(NotFound):
        set_key_limits(db, other_tenant.id, new.key.id, rpm=1, tpm=1, monthly_tokens=1)
    with pytest.raises(InvalidInput):
        set_key_limits(db, tenant.id, new.key.id, rpm=0, tpm=None, monthly_tokens=None)
    set_key_limits(db, tenant.id, new.key.id, rpm=20, tpm=None, monthly_tokens=500, actor=ANN)
    revoke_key(db, new.key.id, tenant_id=tenant.id, actor=ANN)
    revoke_key(db, new.key.id, tenant_id=tenant.id, actor=ANN)  # twice: recorded once
    set_tenant_budget(db, tenant.id, 1000, actor=ANN)
    changes = list_changes(db, tenant.id).changes
    assert [c.action for c in changes] == ["budget.set", "key.revoke", "key.limits", "key.create"]
    assert changes[2].before == {"rpm": 10, "monthly_tokens": None}
    assert changes[2].after == {"rpm": 20, "monthly_tokens": 500}
    assert new.secret not in str(changes) and changes[3].actor == "ann@example.com"
    assert list_changes(db, other_tenant.id).total == 0
    assert list_keys(db, tenant.id)[0].rpm == 20


def test_usage_by_day_and_last_use_per_key(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    key = create_key(db, tenant.id).key
    other = create_key(db, other_tenant.id).key
    day = datetime(2026, 5, 1, 23, 30, tzinfo=UTC)
    for tenant_id, key_id, model, status, when in (
        (tenant.id, key.id, "chat", "ok", day),
        (tenant.id, key.id, "chat", "rate_limited", day + timedelta(minutes=10)),
        (tenant.id, None, "embed", "ok", day + timedelta(hours=1)),
        (other_tenant.id, other.id, "chat", "ok", day),
    ):
        record_usage(
            db,
            UsageEvent(
                tenant_id,
                key_id,
                "api",
                "chat",
                model,
                status=status,
                prompt_tokens=1000,
                completion_tokens=500,
                created_at=when,
            ),
        )
    prices = {"chat": ModelPrice(prompt_per_1k=Decimal("0.5"), completion_per_1k=Decimal(1))}
    days = usage_by_day(db, tenant.id, day - timedelta(days=1), day + timedelta(days=2), prices)
    assert [(d.day, d.requests, d.refused, d.total_tokens) for d in days] == [
        (date(2026, 5, 1), 2, 1, 3000),
        (date(2026, 5, 2), 1, 0, 1500),
    ]
    assert days[0].costs == {"USD": Decimal("2.000000")} and days[1].costs == {}
    last = keys_last_used(db, tenant.id)
    assert last == {key.id: day + timedelta(minutes=10)}
    with pytest.raises(InvalidInput):
        usage_by_day(db, tenant.id, day, day, prices)
