"""Catalogue imports started in the console: one row per uploaded file, with its counts.

``status`` goes ``queued`` -> ``running`` -> ``done`` or ``failed``; ``mode`` is
``import`` (write) or ``check`` (count what an import would do, write nothing). The
counts and the problems (``[{"line", "field", "message"}]``, the importer's per-line
report) are written when the job ends; ``owner`` names the process running it
(``host:pid:queue``), so a restart can tell the jobs it interrupted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class ImportJob(TenantOwned, Base):
    """One uploaded catalogue file and what importing (or checking) it did."""

    __tablename__ = "import_jobs"
    __table_args__ = (
        Index("ix_import_jobs_tenant_created", "tenant_id", "created_at"),
        Index("ix_import_jobs_status", "status"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(16), default="queued")
    mode: Mapped[str] = mapped_column(String(16), default="import")
    file_name: Mapped[str] = mapped_column(String(255))
    file_bytes: Mapped[int] = mapped_column(Integer, default=0)
    actor_id: Mapped[int | None] = mapped_column(IdType)
    actor_email: Mapped[str] = mapped_column(String(320), default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    problems: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    problem_count: Mapped[int] = mapped_column(Integer, default=0)  # all, not just those kept
    error: Mapped[str | None] = mapped_column(Text)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
