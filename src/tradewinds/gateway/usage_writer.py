"""A bounded, batched background writer for usage records.

Committing one usage record per request costs a database transaction (and with SQLite an
fsync) on the request's path; that was most of the gateway's overhead on cheap requests.
:class:`UsageWriter` queues each finished request's record with its budget reservation and
a background thread writes them in batches: one transaction per tenant per batch, every
``batch_size`` records or ``interval_s`` seconds, whichever comes first.

* **Same guarantees**: a record and the settlement of its reservation are written in the
  same transaction, so the ledger and the records never disagree. Until then the
  reservation stays held (``reserved_tokens``), so budgets are enforced exactly as before:
  a queued request counts as in flight.
* **Bounded memory**: the queue holds at most ``max_pending`` records; when it is full the
  request that finishes waits for room (back-pressure) instead of growing memory.
* **Nothing lost on clean shutdown**: :meth:`UsageWriter.close` (app shutdown) and an
  ``atexit`` hook flush what is queued. A write that fails is retried record by record,
  and what still fails is logged (never raised into a request).
* **Read your writes**: :func:`flush_usage` waits until everything queued for a database
  is committed; reports and budget views call it first.

The thread starts on the first record and exits after ``idle_s`` without records, so idle
gateways (and test databases) keep no thread.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from dataclasses import dataclass, field

from tradewinds.gateway._flush import flush_all_usage, flush_usage, register
from tradewinds.gateway.budgets import Reservation
from tradewinds.gateway.metering import UsageEvent, record_usage, write_usage_batch
from tradewinds.store import Database

log = logging.getLogger(__name__)

__all__ = ["UsageWriter", "flush_all_usage", "flush_usage"]

#: A batch is written as soon as this many records are queued.
BATCH_SIZE = 512
#: Longest time a record waits in the queue before its batch is written.
INTERVAL_S = 0.05
#: Records queued at most; a full queue makes finishing requests wait (back-pressure).
MAX_PENDING = 10_000
#: Seconds without records after which the writer thread exits (restarted on demand).
IDLE_S = 2.0


@dataclass
class _Flush:
    """A marker: everything queued before it is written when ``done`` is set."""

    done: threading.Event = field(default_factory=threading.Event)


_Item = tuple[UsageEvent, Reservation | None] | _Flush


class UsageWriter:
    """Writes usage records (and settles their reservations) in background batches.

    Parameters
    ----------
    db
        Where the records go.
    batch_size, interval_s
        Write when this many records are queued or the oldest waited this long
        (default :data:`BATCH_SIZE`, :data:`INTERVAL_S`).
    max_pending
        Records held at most, queued or being written (default :data:`MAX_PENDING`);
        back-pressure beyond it.
    idle_s
        The thread exits after this long without records (default :data:`IDLE_S`).
    """

    def __init__(
        self,
        db: Database,
        *,
        batch_size: int | None = None,
        interval_s: float | None = None,
        max_pending: int | None = None,
        idle_s: float | None = None,
    ) -> None:
        self.db = db
        self.batch_size = batch_size or BATCH_SIZE
        self.interval_s = INTERVAL_S if interval_s is None else interval_s
        self.idle_s = IDLE_S if idle_s is None else idle_s
        self.max_pending = max_pending or MAX_PENDING
        self._lock = threading.Lock()
        self._work = threading.Condition(self._lock)  # the writer waits for records
        self._room = threading.Condition(self._lock)  # submitters wait for room
        self._items: list[_Item] = []  # records and flush markers, in order
        self._queued = 0  # records in _items
        self._held = 0  # records queued or being written (the memory bound)
        self._flushes = 0  # flush markers in _items
        self._thread: threading.Thread | None = None
        self._closed = False
        register(self)

    @property
    def pending(self) -> int:
        """Records queued or being written, not yet committed."""
        with self._lock:
            return self._held

    @property
    def running(self) -> bool:
        """Whether the writer thread is alive (it exits when idle)."""
        with self._lock:
            return self._thread is not None

    @property
    def full(self) -> bool:
        """Whether :meth:`submit` would wait now (queue full) or write at once (closed)."""
        return self._closed or self._held >= self.max_pending

    def submit(self, event: UsageEvent, reservation: Reservation | None) -> None:
        """Queue one record; blocks while the queue is full. After ``close``: writes now.

        Only the first record of a batch, or the one that fills it, wakes the writer
        thread: waking it for every record cost more than the write itself.
        """
        with self._lock:
            closed = self._closed
            if not closed:
                while self._held >= self.max_pending:
                    self._room.wait()
                first = not self._items
                self._items.append((event, reservation))
                self._queued += 1
                self._held += 1
                if self._thread is None:
                    self._start()
                elif first or self._queued == self.batch_size:
                    self._work.notify()
        if closed:
            record_usage(self.db, event, reservation)

    def flush(self, timeout: float | None = 30.0) -> bool:
        """Wait until every record queued before this call is committed (True if so)."""
        marker = _Flush()
        with self._lock:
            if self._thread is None and not self._items:
                return True
            self._items.append(marker)
            self._flushes += 1
            if self._thread is None:
                self._start()
            else:
                self._work.notify()
        return marker.done.wait(timeout)

    def close(self) -> None:
        """Flush and stop taking records into the queue (later records are written at once)."""
        self.flush()
        with self._lock:
            self._closed = True
        self.flush()  # anything that raced in between

    def _start(self) -> None:
        """Start the writer thread (the caller holds the lock)."""
        self._thread = threading.Thread(
            target=self._run, name="tradewinds-usage-writer", daemon=True
        )
        self._thread.start()

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._items and not self._work.wait_for(
                    lambda: bool(self._items), timeout=self.idle_s
                ):
                    self._thread = None
                    return
                self._work.wait_for(
                    lambda: self._flushes > 0 or self._queued >= self.batch_size,
                    timeout=self.interval_s,
                )
                taken, self._items = self._items, []
                self._queued = self._flushes = 0
            records = [item for item in taken if not isinstance(item, _Flush)]
            self._write(records)
            with self._lock:
                self._held -= len(records)
                self._room.notify_all()
            for item in taken:
                if isinstance(item, _Flush):
                    item.done.set()

    def _write(self, batch: list[tuple[UsageEvent, Reservation | None]]) -> None:
        if not batch:
            return
        by_tenant: dict[int, list[tuple[UsageEvent, Reservation | None]]] = defaultdict(list)
        for event, reservation in batch:
            by_tenant[event.tenant_id].append((event, reservation))
        for tenant_id, items in by_tenant.items():
            try:
                write_usage_batch(self.db, tenant_id, items)
            except Exception:
                log.exception("writing %d usage records failed; retrying one by one", len(items))
                self._write_singly(items)

    def _write_singly(self, items: list[tuple[UsageEvent, Reservation | None]]) -> None:
        for event, reservation in items:
            if reservation is not None:
                reservation.settled = False  # the failed transaction settled nothing
            try:
                record_usage(self.db, event, reservation)
            except Exception:
                log.exception(
                    "usage record lost: tenant %s, endpoint %s, model %s, %d tokens",
                    event.tenant_id,
                    event.endpoint,
                    event.model,
                    event.total_tokens,
                )
