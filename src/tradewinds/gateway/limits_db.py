"""Requests and tokens per minute shared through the database (``gateway.limiter = database``).

Each key has one ``rate_buckets`` row holding both buckets. Admission is one statement,
atomic under PostgreSQL's row lock (and SQLite's single writer)::

    INSERT INTO rate_buckets (...) VALUES (full buckets minus this request)
    ON CONFLICT (key_id) DO UPDATE SET
        requests = CASE WHEN ok THEN r - 1 ELSE r END,     -- r: refilled request bucket
        tokens   = CASE WHEN ok THEN t - :cost ELSE t END, -- t: refilled token bucket
        stamp = now, admitted = ok
        WHERE rate_buckets.tenant_id = :tenant
    RETURNING requests, tokens, admitted

with ``r = least(rpm, requests + (now - stamp) * rpm / 60)`` (``t`` likewise) and ``ok =
r >= 1 AND t > 0``: the same buckets as the in-process limiter, refilled from the
database's clock so every host agrees on the time. A request refused leaves the buckets
as they were (only refilled). Settling a request's real token count is one guarded UPDATE.

On PostgreSQL the limiter uses its own small connection pool (one per database URL in a
process, shared by its gateways) in autocommit mode (each statement is one round trip),
whose connections carry a ``statement_timeout`` and ``lock_timeout`` of
``gateway.limiter_timeout_s``, a connect timeout, and ``synchronous_commit = off`` (a crash
can lose the last few milliseconds of bucket updates, which only refills buckets early; no
request waits for a disk flush). A database that is down or stuck makes
:meth:`DatabaseLimiter.admit` raise :class:`~tradewinds.gateway.errors.LimiterUnavailable`
within about that time, never hang.
"""

from __future__ import annotations

import math
import os
import threading
from typing import Any, cast

from sqlalchemy import Double, Engine, Table, bindparam, case, create_engine, func, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.sql.elements import BindParameter, ColumnElement

from tradewinds.gateway.errors import LimiterUnavailable
from tradewinds.gateway.keys import KeyInfo
from tradewinds.gateway.limits import refused
from tradewinds.store import Database
from tradewinds.store.tables import RateBucket

# One small pool per database URL and timeout in a process, shared by its gateways.
_engines: dict[tuple[str, float, int], Engine] = {}
_engines_lock = threading.Lock()

#: Capacity standing in for "no limit" (a key without rpm or without tpm): never reached.
UNLIMITED = 1e15


def _now(dialect: str) -> ColumnElement[float]:
    """The database's clock in epoch seconds (shared by every host using the database)."""
    if dialect == "postgresql":
        return func.extract("epoch", func.clock_timestamp()).cast(postgresql.DOUBLE_PRECISION)
    return (func.julianday("now") - 2440587.5) * 86400.0


class DatabaseLimiter:
    """Token buckets in the ``rate_buckets`` table, shared by every process on the database."""

    def __init__(self, db: Database, *, timeout_s: float = 0.5) -> None:
        self.db = db
        self.timeout_s = timeout_s
        self.dialect = db.engine.dialect.name
        self.engine: Engine = self._engine(db, timeout_s)
        self._admit, self._settle = self._statements()

    @staticmethod
    def _engine(db: Database, timeout_s: float) -> Engine:
        if db.engine.dialect.name != "postgresql":
            return db.engine  # SQLite: one file, its busy timeout; nothing to gain from a pool
        url = db.engine.url.render_as_string(hide_password=False)
        # Keyed by process too: a forked worker must not share its parent's sockets.
        cache_key = (url, timeout_s, os.getpid())
        with _engines_lock:
            engine = _engines.get(cache_key)
            if engine is None:
                ms = max(1, round(timeout_s * 1000))
                engine = create_engine(
                    url,
                    pool_size=4,
                    max_overflow=16,
                    # waiting for a free connection is load, not an outage
                    pool_timeout=max(2.0, 4 * timeout_s),
                    # each statement is atomic alone: one round trip, no BEGIN/COMMIT
                    isolation_level="AUTOCOMMIT",
                    connect_args={
                        "connect_timeout": max(1, math.ceil(timeout_s)),
                        # Buckets are minute-long state: a crash losing the last commits
                        # only refills them early, so no commit waits for the disk.
                        "options": f"-c statement_timeout={ms} -c lock_timeout={ms} "
                        "-c synchronous_commit=off",
                    },
                )
                _engines[cache_key] = engine
            return engine

    def _statements(self) -> tuple[Any, Any]:
        """(admit, settle), built once: bound parameters ``key``, ``tenant``, ``rpm``,
        ``tpm``, ``cost`` (admit) and ``diff`` (settle)."""
        table = cast(Table, RateBucket.__table__)
        rpm: BindParameter[float] = bindparam("rpm", type_=Double())
        tpm: BindParameter[float] = bindparam("tpm", type_=Double())
        cost: BindParameter[float] = bindparam("cost", type_=Double())
        now = _now(self.dialect)
        least = func.least if self.dialect == "postgresql" else func.min
        elapsed = now - table.c.stamp
        r = least(rpm, table.c.requests + elapsed * rpm / 60.0)
        t = least(tpm, table.c.tokens + elapsed * tpm / 60.0)
        ok = (r >= 1) & (t > 0)
        insert = (postgresql if self.dialect == "postgresql" else sqlite).insert(table)
        admit = (
            insert.values(
                key_id=bindparam("key"),
                tenant_id=bindparam("tenant"),
                requests=rpm - 1,
                tokens=tpm - cost,
                stamp=now,
                admitted=True,
            )
            .on_conflict_do_update(
                index_elements=[table.c.key_id],
                set_={
                    "requests": case((ok, r - 1), else_=r),
                    "tokens": case((ok, t - cost), else_=t),
                    "stamp": now,
                    "admitted": ok,
                },
                where=table.c.tenant_id == bindparam("tenant"),
            )
            .returning(table.c.requests, table.c.tokens, table.c.admitted)
        )
        settle = (
            update(table)
            .where(table.c.key_id == bindparam("key"), table.c.tenant_id == bindparam("tenant"))
            .values(tokens=least(tpm, table.c.tokens + bindparam("diff", type_=Double())))
        )
        return admit, settle

    def admit(self, key: KeyInfo, tokens: int) -> None:
        if key.rpm is None and key.tpm is None:
            return
        params = {
            "key": key.id,
            "tenant": key.tenant_id,
            "rpm": float(key.rpm) if key.rpm is not None else UNLIMITED,
            "tpm": float(key.tpm) if key.tpm is not None else UNLIMITED,
            "cost": float(tokens),
        }
        try:
            with self.engine.begin() as conn:
                row = conn.execute(self._admit, params).one_or_none()
        except (DBAPIError, SQLAlchemyError, TimeoutError) as exc:
            raise LimiterUnavailable(
                f"rate limiter: the database did not answer ({type(exc).__name__})"
            ) from exc
        if row is None:  # the key's row belongs to another tenant: never, unless tampered
            raise LimiterUnavailable(f"rate limiter: bucket of key {key.id} is not the tenant's")
        requests, token_level, admitted = row
        if not admitted:
            raise refused(key, requests, token_level)

    def settle(self, key: KeyInfo, estimated: int, actual: int) -> None:
        if key.tpm is None or actual == estimated:
            return
        params = {
            "key": key.id,
            "tenant": key.tenant_id,
            "tpm": float(key.tpm),
            "diff": float(estimated - actual),
        }
        try:
            with self.engine.begin() as conn:
                conn.execute(self._settle, params)
        except (DBAPIError, SQLAlchemyError, TimeoutError) as exc:
            raise LimiterUnavailable(
                f"rate limiter: the database did not answer ({type(exc).__name__})"
            ) from exc
