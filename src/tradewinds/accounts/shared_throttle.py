"""The sign-in throttle kept in the database: one count for every process and host.

``tradewinds serve --workers N`` runs N processes, and several hosts may share one
PostgreSQL database; an in-memory count would let each of them allow the limits (N x 5
guesses per email) and forget them on restart. :class:`DatabaseThrottle` records each
failure as a row of ``sign_in_failures`` (tenant, scope, SHA-256 of the key, time) and
counts the rows inside the window, so every process sees the same count and a restart
forgets nothing. SQLite (one process) uses the same table, so a restart keeps its counts
too.

The rules are :mod:`.throttle`'s: ``max_per_email`` failures for an email or
``max_per_client`` from a client address within ``window_s`` seconds lock it until the
failure that reached the limit is ``window_s`` old; a correct password forgets the email's
failures. Times are the server's wall clock (``time.time``), which every process on a host
shares and NTP keeps within a second across hosts, against a 15-minute window.

Checking and counting are separate statements, as in memory: attempts checked at the same
moment by several processes all go on, so the limit can be passed by the number of
attempts in flight at once (each costs a password hash, so few), never more. Keys are
stored only as digests: neither emails nor client addresses are kept.
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, delete, insert, select

from tradewinds.accounts.throttle import check_limits, lockout_wait
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import SignInFailure

#: Throttles whose counts are kept apart: the shop's accounts and the console's staff.
SCOPES = ("shop", "staff")


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@dataclass
class DatabaseThrottle:
    """Failure counts of one shop (``tenant_id``) and ``scope`` in ``sign_in_failures``.

    Cheap to make: the storefront makes one per sign-in. Same methods as the in-memory
    :class:`~tradewinds.accounts.SignInThrottle`.
    """

    db: Database
    tenant_id: int
    scope: str = "shop"
    max_per_email: int = 5
    max_per_client: int = 20
    window_s: float = 15 * 60
    clock: Callable[[], float] = field(default=time.time, repr=False)

    def __post_init__(self) -> None:
        check_limits(self.max_per_email, self.max_per_client, self.window_s)
        if self.scope not in SCOPES:
            raise ValueError(f"Expected scope in {SCOPES}, got {self.scope!r}.")

    def _rows(self) -> ColumnElement[bool]:
        return (SignInFailure.tenant_id == self.tenant_id) & (SignInFailure.scope == self.scope)

    def retry_after(self, *keys: str) -> float:
        """Seconds until ``keys`` may try again (0 when none of them is locked)."""
        if not keys:
            return 0.0
        now = self.clock()
        digests = {_digest(key): key for key in keys}
        with tenant_session(self.db, self.tenant_id) as session:
            rows = session.execute(
                select(SignInFailure.key_sha256, SignInFailure.failed_at)
                .where(
                    self._rows(),
                    SignInFailure.key_sha256.in_(digests),
                    SignInFailure.failed_at > now - self.window_s,
                )
                .order_by(SignInFailure.failed_at)
            ).all()
        times: dict[str, list[float]] = defaultdict(list)
        for digest, failed_at in rows:
            times[digest].append(failed_at)
        return max(
            lockout_wait(key, times[digest], now, max_per_email=self.max_per_email,
                         max_per_client=self.max_per_client, window_s=self.window_s)
            for digest, key in digests.items()
        )  # fmt: skip

    def failed(self, *keys: str) -> None:
        """Count one failure against each key (and sweep this shop's expired failures)."""
        if not keys:
            return
        now = self.clock()
        with tenant_session(self.db, self.tenant_id) as session:
            session.execute(
                delete(SignInFailure).where(
                    self._rows(), SignInFailure.failed_at <= now - self.window_s
                )
            )
            session.execute(
                insert(SignInFailure),
                [
                    {"tenant_id": self.tenant_id, "scope": self.scope,
                     "key_sha256": _digest(key), "failed_at": now}
                    for key in keys
                ],
            )  # fmt: skip

    def succeeded(self, key: str) -> None:
        """Forget the failures of ``key`` (an email after its correct password)."""
        with tenant_session(self.db, self.tenant_id) as session:
            session.execute(
                delete(SignInFailure).where(self._rows(), SignInFailure.key_sha256 == _digest(key))
            )

    def clear(self) -> None:
        """Forget every count of this shop and scope (an operator lifting a lockout)."""
        with tenant_session(self.db, self.tenant_id) as session:
            session.execute(delete(SignInFailure).where(self._rows()))
