"""API keys: shown once, stored hashed, refused when unknown, revoked or expired."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tradewinds.core.errors import InvalidInput, Unauthorized
from tradewinds.gateway import authenticate, create_key, list_keys, revoke_key
from tradewinds.gateway.keys import hash_secret
from tradewinds.store import Database, system_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import ApiKey, Tenant


def test_secret_is_stored_only_as_hash(db: Database, tenant: Tenant) -> None:
    new = create_key(db, tenant.id, name="ci", rpm=10, models=["chat"], known_models=["chat"])
    assert new.secret.startswith("tw-") and len(new.secret) >= 40
    with system_session(db) as session:
        row = session.scalars(select(ApiKey)).one()
        stored = [str(getattr(row, c.name)) for c in ApiKey.__table__.columns]
    assert new.secret not in " ".join(stored)
    assert row.secret_hash == hash_secret(new.secret) and new.secret.startswith(row.prefix)
    assert new.secret not in repr(row) and new.secret not in repr(new.key)
    info = authenticate(db, new.secret)
    assert (info.id, info.tenant_slug, info.rpm, info.models) == (new.key.id, "acme", 10, ("chat",))


@pytest.mark.parametrize("secret", [None, "", "sk-other", "tw-" + "x" * 43])
def test_missing_or_unknown_key_is_unauthorized(db: Database, secret: str | None) -> None:
    with pytest.raises(Unauthorized) as caught:
        authenticate(db, secret)
    assert "Authorization: Bearer" in caught.value.message
    if secret:
        assert secret not in caught.value.message


def test_revoked_key_is_refused_even_when_cached(db: Database, tenant: Tenant) -> None:
    new = create_key(db, tenant.id)
    authenticate(db, new.secret, cache_ttl_s=60)
    revoked = revoke_key(db, new.key.prefix)
    assert revoked.status() == "revoked"
    with pytest.raises(Unauthorized, match="revoked") as caught:
        authenticate(db, new.secret, cache_ttl_s=60)
    assert new.secret not in caught.value.message
    assert revoke_key(db, new.key.id).revoked_at == revoked.revoked_at  # idempotent


def test_expired_key_is_refused(db: Database, tenant: Tenant) -> None:
    new = create_key(db, tenant.id, expires_at=utcnow() + timedelta(seconds=1))
    assert authenticate(db, new.secret).status() == "active"
    with system_session(db) as session:
        row = session.scalars(select(ApiKey)).one()
        row.expires_at = utcnow() - timedelta(seconds=1)
    with pytest.raises(Unauthorized, match="expired"):
        authenticate(db, new.secret)


def test_bad_key_settings_are_refused(db: Database, tenant: Tenant) -> None:
    with pytest.raises(InvalidInput, match="rpm must be a positive"):
        create_key(db, tenant.id, rpm=0)
    with pytest.raises(InvalidInput, match="unknown model alias"):
        create_key(db, tenant.id, models=["gpt-9"], known_models=["chat", "embed"])
    with pytest.raises(InvalidInput, match="in the past"):
        create_key(db, tenant.id, expires_at=utcnow() - timedelta(days=1))


def test_list_keys_per_tenant(db: Database, tenant: Tenant, other_tenant: Tenant) -> None:
    mine = create_key(db, tenant.id, name="mine")
    create_key(db, other_tenant.id, name="theirs")
    assert [k.name for k in list_keys(db, tenant.id)] == ["mine"]
    assert sorted(k.name for k in list_keys(db)) == ["mine", "theirs"]
    assert list_keys(db, tenant.id)[0].to_dict()["prefix"] == mine.key.prefix
