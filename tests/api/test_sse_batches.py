"""Streamed chat events leave in batches of what is ready, in order, and stop with the client."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

from tradewinds.api.routes.v1.chat import in_batches


def test_ready_events_leave_together_in_order() -> None:
    appended, release = threading.Event(), threading.Event()

    def events() -> Iterator[str]:
        yield "a"
        yield "b"
        yield "c"
        appended.set()  # the producer asks for a fourth: a, b and c are all queued
        assert release.wait(5)
        yield "d"

    async def read() -> None:
        batches = in_batches(events())
        first = await anext(batches)
        assert appended.wait(5)
        if first != "abc":
            rest = await anext(batches)
            assert first + rest == "abc"  # what was ready came as one write
        release.set()
        assert await anext(batches) == "d"
        assert [b async for b in batches] == []

    asyncio.run(read())


def test_a_departed_client_stops_the_producer_and_closes_the_events() -> None:
    closed, release = threading.Event(), threading.Event()
    produced: list[str] = []

    def events() -> Iterator[str]:
        try:
            for n in range(1000):
                if n == 1:
                    assert release.wait(5)
                produced.append(str(n))
                yield str(n)
        finally:
            closed.set()

    async def read() -> None:
        batches = in_batches(events())
        assert await anext(batches) == "0"
        await batches.aclose()  # the client went away
        release.set()

    asyncio.run(read())
    assert closed.wait(5)
    assert len(produced) <= 2  # at most the event in flight, then the producer stopped
