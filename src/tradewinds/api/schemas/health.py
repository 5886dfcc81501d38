"""Liveness and readiness responses."""

from __future__ import annotations

from tradewinds.api.schemas.common import Schema


class HealthOut(Schema):
    status: str
    version: str


class ReadyOut(Schema):
    status: str
    database: str
    revision: str
