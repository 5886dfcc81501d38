"""Token buckets: requests and tokens per minute, Retry-After, bounded memory."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tradewinds.gateway import KeyInfo, RateLimited, TokenBucketLimiter
from tradewinds.store.base import utcnow

KEY = KeyInfo(1, 1, "acme", "k", "tw-abc", 3, None, None, (), utcnow(), None, None)


def test_rpm_allows_a_minute_then_refuses_with_retry_after() -> None:
    limiter = TokenBucketLimiter()
    for _ in range(3):
        limiter.admit(KEY, 0)
    with pytest.raises(RateLimited) as caught:
        limiter.admit(KEY, 0)
    assert caught.value.http_status == 429
    assert 1 <= caught.value.retry_after <= 20  # one request refills in 60/3 s
    assert "3 requests per minute" in caught.value.message


def test_tpm_takes_the_estimate_and_settles_the_real_count() -> None:
    key = replace(KEY, rpm=None, tpm=100)
    limiter = TokenBucketLimiter()
    limiter.admit(key, 90)
    limiter.settle(key, 90, 10)  # used far less than estimated: 80 tokens come back
    limiter.admit(key, 90)
    limiter.admit(key, 50)  # admitted while not empty, leaves the bucket in debt
    with pytest.raises(RateLimited, match="100 tokens per minute") as caught:
        limiter.admit(key, 1)
    assert caught.value.retry_after >= 1


def test_state_is_bounded() -> None:
    limiter = TokenBucketLimiter(max_keys=50)
    for i in range(1000):
        limiter.admit(replace(KEY, id=i), 0)
    assert len(limiter) == 50
