"""The sign-in throttle: lockout per email and per client, in a sliding window."""

from __future__ import annotations

import pytest

from tradewinds.accounts import SignInThrottle
from tradewinds.accounts.throttle import client_key, email_key


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_an_email_locks_after_five_failures_until_the_window_passes() -> None:
    clock = Clock()
    throttle = SignInThrottle(clock=clock)
    ann = email_key(1, "ann@example.com")
    for _ in range(4):
        throttle.failed(ann)
        clock.now += 10
    assert throttle.retry_after(ann) == 0
    throttle.failed(ann)
    assert throttle.retry_after(ann) == pytest.approx(900 - 40)
    assert throttle.retry_after(email_key(1, " ANN@example.com")) > 0  # same email
    assert throttle.retry_after(email_key(2, "ann@example.com")) == 0  # another shop
    clock.now += 900 - 40
    assert throttle.retry_after(ann) == 0


def test_a_client_locks_after_twenty_failures_over_many_emails() -> None:
    clock = Clock()
    throttle = SignInThrottle(clock=clock)
    client = client_key(1, "203.0.113.9")
    for n in range(20):
        throttle.failed(email_key(1, f"user{n}@example.com"), client)
    assert throttle.retry_after(email_key(1, "new@example.com"), client) > 0
    assert throttle.retry_after(email_key(1, "new@example.com"), client_key(1, "::1")) == 0


def test_success_forgets_the_email_and_keys_hold_no_email() -> None:
    throttle = SignInThrottle()
    ann = email_key(1, "ann@example.com")
    for _ in range(4):
        throttle.failed(ann)
    throttle.succeeded(ann)
    throttle.failed(ann)
    assert throttle.retry_after(ann) == 0
    assert "ann" not in ann and "example" not in ann


def test_parameters_are_checked() -> None:
    with pytest.raises(ValueError, match="max_per_email"):
        SignInThrottle(max_per_email=0)
