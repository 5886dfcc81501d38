"""Job kinds: what runs a job of each kind, keyed by the kind's name.

A capability registers its kinds when it is imported (``tradewinds.forecast`` registers
``forecast.run``); a worker claims only the kinds registered in its process, so a worker
that lacks a capability never takes its jobs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError, OperationalError

from tradewinds.core.errors import InvalidInput, TradewindsError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tradewinds.jobs.context import JobContext
    from tradewinds.store.tables import Job


class TransientJobError(TradewindsError):
    """A failure worth another attempt (a service briefly down): raise it from a handler
    and the job is retried with backoff while it has attempts left."""

    code = "transient"
    http_status = 503


@dataclass(frozen=True)
class JobKind:
    """How jobs of one kind run.

    Parameters
    ----------
    name
        The kind, ``capability.action`` (``forecast.run``), at most 64 characters.
    run
        ``run(context)``: does the work. Results are written in ``context.finish()``'s
        transaction (which also marks the job done), or keyed so that a rerun replaces them.
    on_change
        ``on_change(session, job)``: called in the transaction in which the queue moves a
        job to ``queued``, ``failed`` or ``cancelled`` (not ``done``: the handler does that),
        in a session scoped to the job's tenant; keeps the kind's own rows in step.
    max_attempts
        Attempts before a job that keeps failing transiently (or losing its worker) fails.
    transient
        Exceptions that are retried with backoff rather than failing the job at once.
    backoff_seconds
        Delay before the second attempt; doubled for each further one (at most 1 hour).
    """

    name: str
    run: Callable[[JobContext], object]
    on_change: Callable[[Session, Job], None] | None = None
    max_attempts: int = 3
    transient: tuple[type[BaseException], ...] = field(
        default=(TransientJobError, OperationalError, DBAPIError)
    )
    backoff_seconds: float = 5.0

    def __post_init__(self) -> None:
        if not self.name or len(self.name) > 64:
            raise InvalidInput(
                f"Expected a job kind name of 1 to 64 characters, got {self.name!r}."
            )
        if self.max_attempts < 1:
            raise InvalidInput(f"Expected max_attempts >= 1, got {self.max_attempts}.")
        if self.backoff_seconds < 0:
            raise InvalidInput(f"Expected backoff_seconds >= 0, got {self.backoff_seconds}.")

    def backoff(self, attempts: int) -> float:
        """Seconds to wait after failed attempt number ``attempts`` (1, 2, ...)."""
        return float(min(self.backoff_seconds * 2 ** max(attempts - 1, 0), 3600.0))


_KINDS: dict[str, JobKind] = {}
_LOCK = threading.Lock()


def register_kind(kind: JobKind) -> JobKind:
    """Register ``kind`` (again: the newer definition wins, e.g. on a module reload)."""
    with _LOCK:
        _KINDS[kind.name] = kind
    return kind


def job_kind(name: str) -> JobKind:
    """The registered kind ``name``; ``InvalidInput`` lists the registered ones."""
    with _LOCK:
        kind = _KINDS.get(name)
        known = sorted(_KINDS)
    if kind is None:
        raise InvalidInput(f"unknown job kind {name!r} (registered: {', '.join(known) or 'none'})")
    return kind


def registered_kinds() -> list[str]:
    """Names of every registered kind, sorted."""
    with _LOCK:
        return sorted(_KINDS)


def unregister_kind(name: str) -> None:
    """Forget kind ``name`` (tests register throwaway kinds)."""
    with _LOCK:
        _KINDS.pop(name, None)
