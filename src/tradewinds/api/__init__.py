"""The HTTP API (FastAPI): ``create_app()`` builds it, ``tradewinds serve`` runs it.

``create_app`` is imported lazily so that ``tradewinds.api.schemas`` (used by the CLI's
``--json`` output) does not pull in FastAPI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tradewinds.api.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from tradewinds.api.app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
