"""The FastAPI application factory.

``create_app()`` reads the settings and opens (and migrates) the configured database on
first use; tests pass their own ``settings`` and ``db``. Endpoints are plain ``def``
functions: FastAPI runs them in its thread pool, which suits SQLAlchemy's synchronous
sessions on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, Depends, FastAPI

from tradewinds import __version__
from tradewinds.api.deps import DatabaseHandle, require_caller
from tradewinds.api.docs import install_docs
from tradewinds.api.errors import install_error_handlers
from tradewinds.api.request_ids import install_request_ids
from tradewinds.api.routes import (
    assistant,
    campaigns,
    compliance,
    copy_drafts,
    copy_generate,
    copy_jobs,
    customers,
    delivery,
    forecast,
    health,
    jobs,
    keys,
    metrics,
    orders,
    products,
    recommendations,
    search,
    segments,
    tenants,
    usage,
)
from tradewinds.api.routes import v1 as openai_v1
from tradewinds.api.warmup import plan_warmup
from tradewinds.core.settings import Settings
from tradewinds.store import Database
from tradewinds.web import install_web

API_PREFIX = "/api/v1"

_DESCRIPTION = """\
Browse a Tradewinds store's products, orders and customers.

* **Tenant**: send `X-Tenant: <slug>`; without it the server's `default_tenant` is used.
* **Auth**: `Authorization: Bearer <token>` with the server's `admin_token` (any tenant,
  chosen by `X-Tenant`) or a tenant's API key `tw-...` (that tenant only). Without an
  `admin_token`, outside production, no header is needed (development only).
* **OpenAI-compatible** `/v1/chat/completions`, `/v1/embeddings`, `/v1/models` take an
  API key; errors there use OpenAI's shape.
* **Money** is `{"amount": "19.99", "currency": "USD", "minor": 1999}`: an exact decimal
  string and integer minor units, never a float.
* **Errors** all have one shape: `{"error": {"code", "message", "details"}}`.
"""


def create_app(
    settings: Settings | None = None, db: Database | None = None, *, warm: bool = False
) -> FastAPI:
    """Build the API.

    Parameters
    ----------
    settings
        Effective settings; default :func:`tradewinds.core.settings.get_settings`.
    db
        An open database to serve. Without one, the configured database is opened (and
        migrated) on the first request and disposed of at shutdown.
    warm
        Load the database, models and search indexes in the background at start-up
        (``api/warmup.py``); ``/readyz`` answers 503 until they are loaded.
    """
    if settings is None:
        from tradewinds.core.settings import get_settings

        settings = get_settings()
    handle = DatabaseHandle(settings, db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if warm:
            warmup = plan_warmup(settings, handle.get)
            app.state.warmup = warmup
            warmup.start()
        yield
        handle.close()

    app = FastAPI(
        title="Tradewinds API",
        version=__version__,
        description=_DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served by install_docs from local copies, not a CDN
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
        openapi_tags=[
            {"name": "health", "description": "Liveness and readiness probes."},
            {"name": "products", "description": "The catalogue."},
            {"name": "orders", "description": "Orders with lines and delivery windows."},
            {"name": "customers", "description": "Customers and their home locations."},
            {"name": "tenants", "description": "Administration across stores."},
        ],
    )
    app.state.settings = settings
    app.state.database = handle
    app.state.warmup = None
    install_error_handlers(app)
    install_request_ids(app)
    install_docs(app)

    app.include_router(health.router)
    v1 = APIRouter(prefix=API_PREFIX, dependencies=[Depends(require_caller)])
    for module in (products, orders, customers, delivery, tenants):
        v1.include_router(module.router)
    v1.include_router(keys.router)  # gateway: keys, budgets, usage; /v1 and /metrics
    v1.include_router(usage.router)
    v1.include_router(compliance.router)  # audit, complaints, label verification
    v1.include_router(search.router)  # search, clicks, suggest, report, synonyms, reindex
    v1.include_router(forecast.router)  # forecasts, charts, replenishment, insights
    v1.include_router(jobs.router)  # background jobs; runs the app's job worker
    v1.include_router(assistant.router)  # shopping assistant: chat, session history
    v1.include_router(recommendations.router)  # slots, clicks, experiment report, training
    v1.include_router(segments.router)  # customer segments: sizes, members
    v1.include_router(campaigns.router)  # campaigns: copy, checks, CSV export, SMTP send
    v1.include_router(copy_drafts.router)  # listing copy: drafts, review, publish, versions
    v1.include_router(copy_generate.router)  # merchant: listing copy generation
    v1.include_router(copy_jobs.router)  # merchant: bulk copy generation as jobs
    app.include_router(v1)
    app.include_router(openai_v1.router)
    app.include_router(metrics.router)
    install_web(app)  # the storefront pages, /static and the HTML 404 for browsers
    return app


def create_served_app() -> FastAPI:
    """The app ``tradewinds serve --workers N`` runs in each worker: the configured settings,
    warmed at start-up unless ``server.warm_start`` is off."""
    from tradewinds.core.settings import get_settings

    settings = get_settings()
    return create_app(settings, warm=settings.server.warm_start)
