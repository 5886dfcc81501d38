"""Promised windows: always inside the requested window and around the planned arrival."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradewinds.core.errors import InvalidInput
from tradewinds.routing import promise_window

MIDNIGHT = datetime(2026, 3, 10, 8, tzinfo=UTC)  # local midnight of a UTC-8 store
HOUR = timedelta(hours=1)


@given(
    start_min=st.integers(min_value=0, max_value=20 * 60),
    length_min=st.integers(min_value=1, max_value=8 * 60),
    offset=st.floats(min_value=0, max_value=1),
)
def test_promise_contains_the_eta_and_lies_inside_the_request(
    start_min: int, length_min: int, offset: float
) -> None:
    requested = (
        MIDNIGHT + timedelta(minutes=start_min),
        MIDNIGHT + timedelta(minutes=start_min + length_min),
    )
    eta = requested[0] + (requested[1] - requested[0]) * offset
    start, end = promise_window(eta, requested, origin=MIDNIGHT)
    assert requested[0] <= start <= eta <= end <= requested[1]
    assert end - start == min(HOUR, requested[1] - requested[0])


def test_promise_is_on_the_quarter_hour_grid_of_local_time() -> None:
    requested = (MIDNIGHT + 9 * HOUR, MIDNIGHT + 13 * HOUR)
    start, end = promise_window(
        MIDNIGHT + timedelta(hours=10, minutes=55), requested, origin=MIDNIGHT
    )
    assert (start - MIDNIGHT, end - MIDNIGHT) == (
        timedelta(hours=10, minutes=15),
        timedelta(hours=11, minutes=15),
    )
    # Near the edges the window is shifted inside the request.
    assert promise_window(MIDNIGHT + 9 * HOUR, requested, origin=MIDNIGHT) == (
        MIDNIGHT + 9 * HOUR,
        MIDNIGHT + 10 * HOUR,
    )
    assert promise_window(MIDNIGHT + 13 * HOUR, requested, origin=MIDNIGHT)[1] == requested[1]


def test_bad_promise_parameters_are_refused() -> None:
    now = MIDNIGHT + 9 * HOUR
    with pytest.raises(InvalidInput, match="width"):
        promise_window(now, (now, now + HOUR), width=timedelta(0))
    with pytest.raises(InvalidInput, match="before it starts"):
        promise_window(now, (now, now - HOUR))
