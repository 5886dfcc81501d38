"""Shared rate limiters (database on SQLite and PostgreSQL, Redis): same buckets as in
process, one count for every limiter object, short failures, the gateway's failure policy."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from tests._redis import free_port
from tests.conftest import _truncate_all
from tests.gateway.conftest import gateway_settings
from tradewinds.core.errors import ConfigError
from tradewinds.gateway import Gateway, KeyInfo, RateLimited, TokenBucketLimiter, create_key
from tradewinds.gateway.errors import LimiterUnavailable
from tradewinds.gateway.limits_db import DatabaseLimiter
from tradewinds.gateway.limits_redis import RedisLimiter
from tradewinds.gateway.shared_limits import limiter_for
from tradewinds.models import ChatRequest
from tradewinds.store import Database, open_database, tenant_session
from tradewinds.store.base import utcnow
from tradewinds.store.tables import RateBucket, UsageRecord
from tradewinds.store.tenants import create_tenant

pytestmark = pytest.mark.postgres


def _key(tenant_id: int, key_id: int = 1, rpm: int | None = 3, tpm: int | None = None) -> KeyInfo:
    return KeyInfo(
        key_id, tenant_id, "acme", "k", "tw-abc", rpm, tpm, None, (), utcnow(), None, None
    )


@pytest.fixture(scope="module")
def _pg(postgres_url: str) -> Iterator[Database]:
    database = open_database(url=postgres_url, migrate=False)
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", "postgresql", "redis"])
def shared(request: pytest.FixtureRequest) -> Iterator[tuple[object, int]]:
    """(a fresh shared limiter, a tenant id) on each store."""
    if request.param == "redis":
        limiter = RedisLimiter(request.getfixturevalue("redis_url"))
        limiter.client.flushdb()
        yield limiter, 1
        limiter.close()
        return
    if request.param == "sqlite":
        database = request.getfixturevalue("sqlite_db")
    else:
        database = request.getfixturevalue("_pg")
        _truncate_all(database)
    tenant = create_tenant(database, "acme", name="Acme", currency="USD")
    yield DatabaseLimiter(database), tenant.id


def test_rpm_is_a_bucket_of_a_minute_with_retry_after(shared: tuple[object, int]) -> None:
    limiter, tenant_id = shared
    assert isinstance(limiter, DatabaseLimiter | RedisLimiter)
    key = _key(tenant_id)
    for _ in range(3):
        limiter.admit(key, 0)
    with pytest.raises(RateLimited) as caught:
        limiter.admit(key, 0)
    assert 1 <= caught.value.retry_after <= 20  # one request refills in 60/3 s
    assert "3 requests per minute" in caught.value.message
    limiter.admit(replace(key, id=2), 0)  # another key has its own bucket


def test_tpm_takes_the_estimate_and_settles_the_real_count(shared: tuple[object, int]) -> None:
    limiter, tenant_id = shared
    assert isinstance(limiter, DatabaseLimiter | RedisLimiter)
    key = _key(tenant_id, rpm=None, tpm=100)
    limiter.admit(key, 90)
    limiter.settle(key, 90, 10)  # 80 tokens come back
    limiter.admit(key, 90)
    limiter.admit(key, 50)  # admitted while not empty: the bucket goes into debt
    with pytest.raises(RateLimited, match="100 tokens per minute"):
        limiter.admit(key, 1)


def test_buckets_refill_at_the_rate(shared: tuple[object, int]) -> None:
    limiter, tenant_id = shared
    assert isinstance(limiter, DatabaseLimiter | RedisLimiter)
    key = _key(tenant_id, rpm=120)  # 2 per second
    admitted, started = 0, time.monotonic()
    while True:
        try:
            limiter.admit(key, 0)
            admitted += 1
        except RateLimited:
            break
    refilled = (time.monotonic() - started) * 2
    assert 120 <= admitted <= 120 + refilled + 1  # the burst and what refilled meanwhile
    time.sleep(1.1)
    for _ in range(2):
        limiter.admit(key, 0)
    with pytest.raises(RateLimited):
        for _ in range(2):
            limiter.admit(key, 0)


def test_two_limiters_share_one_count(
    shared: tuple[object, int], request: pytest.FixtureRequest
) -> None:
    """Two limiter objects stand for two server processes: together they allow rpm."""
    limiter, tenant_id = shared
    other: DatabaseLimiter | RedisLimiter
    if isinstance(limiter, RedisLimiter):
        other = RedisLimiter(request.getfixturevalue("redis_url"))
    else:
        assert isinstance(limiter, DatabaseLimiter)
        other = DatabaseLimiter(limiter.db)
    key = _key(tenant_id, rpm=4)
    limiter.admit(key, 0)
    other.admit(key, 0)
    limiter.admit(key, 0)
    other.admit(key, 0)
    with pytest.raises(RateLimited):
        limiter.admit(key, 0)
    with pytest.raises(RateLimited):
        other.admit(key, 0)


def test_database_buckets_belong_to_the_keys_tenant(sqlite_db: Database) -> None:
    tenant = create_tenant(sqlite_db, "acme", name="Acme", currency="USD")
    create_tenant(sqlite_db, "globex", name="Globex", currency="EUR")
    limiter = DatabaseLimiter(sqlite_db)
    limiter.admit(_key(tenant.id, key_id=7), 0)
    with tenant_session(sqlite_db, tenant.id) as session:
        assert session.scalars(select(RateBucket.key_id)).all() == [7]
    with tenant_session(sqlite_db, tenant.id + 1) as session:
        assert session.scalars(select(RateBucket.key_id)).all() == []


# --- failures: short, never a hang -------------------------------------------------------


def test_redis_down_raises_limiter_unavailable_at_once() -> None:
    limiter = RedisLimiter(f"redis://127.0.0.1:{free_port()}/0", timeout_s=0.2)
    started = time.monotonic()
    with pytest.raises(LimiterUnavailable, match="Redis did not answer"):
        limiter.admit(_key(1), 0)
    assert time.monotonic() - started < 1.0


def test_a_stuck_redis_times_out() -> None:
    """A server that accepts connections and never answers: refused within the timeout."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        limiter = RedisLimiter(f"redis://127.0.0.1:{port}/0", timeout_s=0.2)
        started = time.monotonic()
        with pytest.raises(LimiterUnavailable):
            limiter.admit(_key(1), 0)
        assert time.monotonic() - started < 1.0


def test_database_down_raises_limiter_unavailable_quickly(postgres_url: str) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.orm import sessionmaker

    url = make_url(postgres_url).set(host="127.0.0.1", port=free_port(), query={})
    engine = create_engine(url)
    limiter = DatabaseLimiter(Database(engine, sessionmaker(engine)), timeout_s=0.3)
    started = time.monotonic()
    with pytest.raises(LimiterUnavailable, match="database did not answer"):
        limiter.admit(_key(1), 0)
    assert time.monotonic() - started < 3.0
    engine.dispose()


# --- choice and failure policy -----------------------------------------------------------


def test_auto_is_the_database_on_postgresql_and_memory_on_sqlite(
    db: Database, redis_url: str
) -> None:
    auto = limiter_for(db, gateway_settings())
    expected = DatabaseLimiter if db.engine.dialect.name == "postgresql" else TokenBucketLimiter
    assert type(auto) is expected
    memory = limiter_for(db, gateway_settings(gateway={"limiter": "memory"}))
    assert isinstance(memory, TokenBucketLimiter)
    redis = gateway_settings(gateway={"limiter": "redis", "redis_url": redis_url})
    assert isinstance(limiter_for(db, redis), RedisLimiter)


def test_redis_without_a_url_is_refused_naming_the_setting() -> None:
    with pytest.raises((ValidationError, ConfigError), match=r"gateway\.redis_url"):
        gateway_settings(gateway={"limiter": "redis"})


def _down_gateway(db: Database, **gateway: str) -> Gateway:
    url = f"redis://127.0.0.1:{free_port()}/0"
    settings = gateway_settings(gateway={"limiter": "redis", "redis_url": url, **gateway})
    return Gateway(db, settings, batch_usage=False)


def test_limiter_down_refuses_model_calls_and_lets_listings_through(
    sqlite_db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    tenant = create_tenant(sqlite_db, "acme", name="Acme", currency="USD")
    key = create_key(sqlite_db, tenant.id, name="k", rpm=60).key
    gateway = _down_gateway(sqlite_db)
    from tradewinds.gateway import shared_limits

    shared_limits._throttle.last = -1e9  # a log line is due
    with caplog.at_level(logging.ERROR), pytest.raises(LimiterUnavailable) as caught:
        gateway.chat(tenant.id, ChatRequest.from_prompt("hi"), model="chat", key=key)
    assert caught.value.http_status == 503
    assert "model calls are refused (503)" in caplog.text
    assert "limiter_down_models=closed" in caplog.text
    gateway.record_request(tenant.id, key, "models")  # no model: open by default
    with tenant_session(sqlite_db, tenant.id) as session:
        statuses = sorted(session.scalars(select(UsageRecord.status)).all())
    assert statuses == ["limiter_unavailable", "ok"]


def test_limiter_down_policy_can_be_flipped(sqlite_db: Database) -> None:
    tenant = create_tenant(sqlite_db, "acme", name="Acme", currency="USD")
    key = create_key(sqlite_db, tenant.id, name="k", rpm=60).key
    gateway = _down_gateway(sqlite_db, limiter_down_models="open", limiter_down_other="closed")
    outcome = gateway.chat(
        tenant.id, ChatRequest.from_prompt("hi", max_tokens=2), model="chat", key=key
    )
    assert outcome.result.text == "w0 w1 "
    with pytest.raises(LimiterUnavailable):
        gateway.record_request(tenant.id, key, "models")


def test_the_redis_password_never_shows_in_config_show() -> None:
    import json

    from tradewinds.core.settings import masked_dump

    url = "redis://:hunter2-secret@cache.internal:6379/0"
    settings = gateway_settings(gateway={"limiter": "redis", "redis_url": url})
    assert "hunter2" not in json.dumps(masked_dump(settings))
    assert settings.gateway.redis_url is not None
    assert settings.gateway.redis_url.get_secret_value() == url
