"""The process's usage writers, so that readers can commit what is queued before reading.

Budgets and reports (``budgets``, ``metering``) call :func:`flush_usage` before they read;
the writers (``usage_writer``) register here. Neither imports the other, which keeps the
gateway's modules free of import cycles. At interpreter exit every writer is flushed.
"""

from __future__ import annotations

import atexit
import logging
import threading
import weakref
from typing import Protocol

from tradewinds.store import Database

log = logging.getLogger(__name__)


class Flushable(Protocol):
    db: Database

    def flush(self, timeout: float | None = 30.0) -> object: ...


_writers: weakref.WeakSet[Flushable] = weakref.WeakSet()
_writers_lock = threading.Lock()


def register(writer: Flushable) -> None:
    """Let :func:`flush_usage` and :func:`flush_all_usage` reach ``writer``."""
    with _writers_lock:
        _writers.add(writer)


def flush_usage(db: Database, timeout: float | None = 30.0) -> None:
    """Wait until every usage record queued in this process for ``db`` is committed."""
    with _writers_lock:
        writers = [w for w in _writers if w.db.engine is db.engine]
    for writer in writers:
        writer.flush(timeout)


def flush_all_usage(timeout: float | None = 30.0) -> None:
    """Commit every usage record queued in this process (server shutdown, exit)."""
    with _writers_lock:
        writers = list(_writers)
    for writer in writers:
        try:
            writer.flush(timeout)
        except Exception:  # a database gone at exit: nothing left to do but say so
            log.exception("flushing usage records failed")


atexit.register(flush_all_usage, 10.0)
