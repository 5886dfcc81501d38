"""Liveness and readiness responses."""

from __future__ import annotations

from pydantic import Field

from tradewinds.api.schemas.common import Schema


class HealthOut(Schema):
    status: str
    version: str


class ReadyOut(Schema):
    status: str
    database: str
    revision: str
    warm: dict[str, str] | None = Field(
        default=None,
        description="Each warm-up step's state (ready, or failed: why) when the server warms up.",
    )
