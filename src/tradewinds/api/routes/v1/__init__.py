"""``/v1``: the OpenAI-compatible API (chat completions, embeddings, models), by API key."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from tradewinds.api.routes.v1 import chat, embeddings, models
from tradewinds.api.routes.v1._errors import OpenAIRoute, openai_error
from tradewinds.gateway.usage_writer import flush_all_usage


def limit_torch_threads(threads: int = 1) -> None:
    """Run PyTorch's CPU kernels and NumPy's BLAS (moderation classifier and its head,
    embeddings) on ``threads`` threads.

    A server answers many requests at once; one thread per core for every forward pass or
    matrix product makes them fight each other (and the event loop) for the same cores: on a
    loaded 2-core machine a classifier call took 117 ms with 2 torch threads and 15 ms with
    1, and the kernel head's product went from 0.2 to 10 ms with 2 BLAS threads. If torch is
    loaded already its pool is resized; if not, it is not imported here (startup stays
    fast) and ``OMP_NUM_THREADS``, which torch reads when it loads, is set unless the
    operator set it. BLAS is limited through ``threadpoolctl`` where it is installed.
    """
    import os
    import sys

    torch = sys.modules.get("torch")
    if torch is not None:
        # Unconditionally: torch (OpenMP) keeps the count per OS thread; threads started
        # later, such as the request handlers, take the value set last.
        torch.set_num_threads(threads)
    else:
        os.environ.setdefault("OMP_NUM_THREADS", str(threads))
    try:
        from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - installed with scikit-learn
        return
    threadpool_limits(threads, user_api="blas")


@asynccontextmanager
async def _lifespan(_app: FastAPI) -> AsyncIterator[None]:
    """At startup, one torch thread per forward pass; at shutdown, commit the usage records
    still queued (before the app closes its database)."""
    limit_torch_threads()
    yield
    await run_in_threadpool(flush_all_usage)


router = APIRouter(prefix="/v1", route_class=OpenAIRoute, lifespan=_lifespan)
for _module in (chat, embeddings, models):
    router.include_router(_module.router)


@router.api_route(
    "/{path:path}",
    methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
    include_in_schema=False,
)
def unknown_route(path: str, request: Request) -> JSONResponse:
    """Unknown ``/v1`` paths answer in OpenAI's error shape too."""
    return openai_error(
        404,
        f"no route {request.method} /v1/{path} (available: POST /v1/chat/completions, "
        "POST /v1/embeddings, GET /v1/models)",
        type_="invalid_request_error",
        code="unknown_url",
    )


__all__ = ["router"]
