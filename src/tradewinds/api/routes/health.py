"""``/healthz`` (the process answers) and ``/readyz`` (warmed up, the database is usable)."""

from __future__ import annotations

import logging
from functools import lru_cache

from fastapi import APIRouter, Request

from tradewinds import __version__
from tradewinds.api.deps import DatabaseHandle
from tradewinds.api.errors import NotReady
from tradewinds.api.schemas.common import error_responses
from tradewinds.api.schemas.health import HealthOut, ReadyOut
from tradewinds.api.warmup import Warmup
from tradewinds.store import db as store_db

log = logging.getLogger(__name__)
router = APIRouter(tags=["health"])


@lru_cache(maxsize=1)
def _head() -> str:
    return store_db.head_revision()


@router.get("/healthz", operation_id="health", summary="Liveness")
def healthz() -> HealthOut:
    """The process is alive; says nothing about the database."""
    return HealthOut(status="ok", version=__version__)


@router.get(
    "/readyz",
    operation_id="ready",
    summary="Readiness",
    responses=error_responses(503),
    response_model_exclude_none=True,
)
def readyz(request: Request) -> ReadyOut:
    """Warm-up finished (when the server warms up), the database is reachable and its
    schema is at the latest migration. While warming up: 503 with ``details.loading``."""
    warmup = getattr(request.app.state, "warmup", None)
    warm = None
    if isinstance(warmup, Warmup):
        loading = warmup.loading()
        if loading:
            raise NotReady(
                f"warming up: still loading {', '.join(loading)}",
                details={"loading": loading, "warm": warmup.snapshot()},
            )
        warm = warmup.snapshot()
    handle = request.app.state.database
    assert isinstance(handle, DatabaseHandle)
    try:
        db = handle.get()
        revision = store_db.current_revision(db.engine)
    except Exception as exc:  # any failure to reach the database means "not ready"
        log.warning("readiness check failed: %s", type(exc).__name__, exc_info=True)
        # The class name only: driver messages can carry host names or URLs.
        raise NotReady(f"database unreachable ({type(exc).__name__})") from None
    if revision != _head():
        raise NotReady(
            f"database schema is at revision {revision}, expected {_head()} "
            "(run: tradewinds db upgrade)",
            details={"revision": revision, "head": _head()},
        )
    return ReadyOut(status="ready", database=db.dialect, revision=revision, warm=warm)
