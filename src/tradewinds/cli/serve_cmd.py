"""``tradewinds serve``: run the HTTP API with uvicorn (127.0.0.1:8000 by default).

``--workers N`` runs N uvicorn worker processes on one socket (PostgreSQL only). Each worker
builds its own app from the same settings sources (``tradewinds.toml``, ``TRADEWINDS_*``)
and keeps its own in-process state, which is safe because everything that must be shared
is in the database or Redis: rpm/tpm buckets (``gateway.limiter``), monthly budgets, usage
records (each worker's batch writer commits its own), revocations (each worker's key cache
trusts a key for ``gateway.key_cache_ttl_s``). See docs/gateway.md, "Several workers".

Each process warms up in the background (``api/warmup.py``: database, the embedding model,
every tenant's search index) and ``/readyz`` answers 503 until it has; ``--no-warm`` (or
``server.warm_start = false``) loads lazily on first use instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from tradewinds.core.settings import Settings
    from tradewinds.store import Database


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the root app."""
    app.command("serve")(serve)


def serve(
    host: str | None = typer.Option(
        None, help="Address to bind (default: settings.server.host, 127.0.0.1)."
    ),
    port: int | None = typer.Option(
        None, min=1, max=65535, help="Port (default: settings.server.port, 8000)."
    ),
    reload: bool = typer.Option(False, "--reload", help="Restart on code changes (development)."),
    workers: int = typer.Option(
        1,
        "--workers",
        min=1,
        max=64,
        help="Worker processes (PostgreSQL only; rpm/tpm limits are shared through the "
        "database or Redis).",
    ),
    warm: bool | None = typer.Option(
        None,
        "--warm/--no-warm",
        help="Load models and search indexes in the background at start-up; /readyz is 503 "
        "until done (default: settings.server.warm_start, on).",
    ),
) -> None:
    """Serve the HTTP API; interactive docs at /docs. Opening the database migrates it."""
    import uvicorn

    from tradewinds.api import create_app
    from tradewinds.cli._common import settings as current_settings
    from tradewinds.store import open_database

    settings = _with_bind(current_settings(), host, port, warm)
    settings.check_safe()  # refuses a public address unless server.allow_public_bind
    db = open_database(settings)
    _check_workers(settings, db, workers, reload)
    _explain(settings, db)
    bind = settings.server
    log_level = settings.log_level.lower()
    log_config = _log_config(settings)
    if warm is not None:
        # Worker and reloader processes read their settings from the environment.
        os.environ["TRADEWINDS_SERVER__WARM_START"] = "true" if warm else "false"
    if workers > 1:
        # Each worker imports the app factory and reads the same settings sources; only
        # the bind (uvicorn's) comes from the command line.
        db.dispose()
        typer.echo(f"{workers} worker processes; rate limits: {_limiter(settings, db)}")
        with _shared_metrics(settings):
            uvicorn.run("tradewinds.api.app:create_served_app", factory=True, workers=workers,
                        host=bind.host, port=bind.port, log_level=log_level,
                        **log_config)  # fmt: skip
        return
    if reload:
        # The reloader imports the app in a fresh process, from the same settings sources.
        db.dispose()
        uvicorn.run("tradewinds.api.app:create_served_app", factory=True, reload=True,
                    host=bind.host, port=bind.port, log_level=log_level,
                    **log_config)  # fmt: skip
        return
    try:
        app = create_app(settings, db, warm=settings.server.warm_start)
        uvicorn.run(app, host=bind.host, port=bind.port, log_level=log_level, **log_config)
    finally:
        db.dispose()


def _with_bind(
    settings: Settings, host: str | None, port: int | None, warm: bool | None = None
) -> Settings:
    """``settings`` with the command line's host, port and warm start, validated like the
    file's."""
    from tradewinds.core.settings import ServerSettings

    given = {"host": host, "port": port, "warm_start": warm}
    overrides = {k: v for k, v in given.items() if v is not None}
    if not overrides:
        return settings
    server = ServerSettings.model_validate({**settings.server.model_dump(), **overrides})
    return settings.model_copy(update={"server": server})


@contextmanager
def _shared_metrics(settings: Settings) -> Iterator[None]:
    """Workers keep their Prometheus values in files of one fresh folder, which /metrics
    sums (prometheus_client's multiprocess mode); an operator's own folder is kept."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        yield
        return
    folder = Path(settings.home) / "metrics" / f"serve-{os.getpid()}"
    shutil.rmtree(folder, ignore_errors=True)  # values of an earlier server must not count
    folder.mkdir(parents=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(folder)
    try:
        yield
    finally:
        del os.environ["PROMETHEUS_MULTIPROC_DIR"]
        shutil.rmtree(folder, ignore_errors=True)


def _log_config(settings: Settings) -> dict[str, Any]:
    """uvicorn's ``log_config`` for JSON logs (every worker applies it); none for text."""
    from tradewinds.core.logs import logging_config

    config = logging_config(settings.log_level, settings.log_format)
    return {} if config is None else {"log_config": config}


def _explain(settings: Settings, db: Database) -> None:
    from tradewinds.store.tenants import list_tenants

    host = settings.server.host
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{settings.server.port}"
    auth = "required (admin token set)" if settings.admin_token else "off (no admin token)"
    typer.echo(f"Tradewinds API on {url}  docs: {url}/docs  auth: {auth}")
    slugs = [t.slug for t in list_tenants(db)]
    if settings.default_tenant not in slugs:
        typer.secho(
            f"note: the default tenant {settings.default_tenant!r} does not exist yet "
            f"(tenants: {', '.join(slugs) or 'none'}); create it with "
            "'tradewinds demo-data' or 'tradewinds tenants create', or send X-Tenant",
            err=True,
            fg=typer.colors.YELLOW,
        )


def _limiter(settings: Settings, db: Database) -> str:
    from tradewinds.gateway import limiter_kind

    return limiter_kind(db, settings)


def _check_workers(settings: Settings, db: Database, workers: int, reload: bool) -> None:
    """Refuse what several workers cannot do, with the reason and the way out."""
    from tradewinds.core.errors import ConfigError

    if workers == 1:
        return
    if reload:
        raise ConfigError("--workers and --reload cannot be combined: choose one")
    if db.dialect != "postgresql":
        raise ConfigError(
            f"--workers {workers} needs PostgreSQL (database_url = "
            "'postgresql+psycopg://USER:PASS@HOST/DB'): SQLite takes one writer at a time, "
            "so more processes add lock waits, not throughput. Run one worker on SQLite."
        )
    if _limiter(settings, db) == "memory":
        typer.secho(
            "warning: gateway.limiter = 'memory' counts rpm/tpm per process: "
            f"{workers} workers allow up to {workers}x each key's rate; use 'auto' "
            "(the database) or 'redis'",
            err=True,
            fg=typer.colors.YELLOW,
        )
