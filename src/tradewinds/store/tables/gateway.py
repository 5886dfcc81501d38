"""The model-hosting gateway: API keys, monthly token budgets and their ledger, usage records.

* ``ApiKey``: one secret per client; only its SHA-256 and a short display prefix are stored.
* ``TenantBudget``: a tenant's monthly token cap across all its keys and internal features.
* ``TokenLedger``: tokens used and reserved per budget scope (``tenant`` or ``key:<id>``)
  and calendar month (UTC), updated with guarded atomic UPDATEs so concurrent requests and
  several server processes share one count.
* ``UsageRecord``: one row per gateway request, the basis of reports and billing.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class ApiKey(TenantOwned, Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(16), index=True)
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    rpm: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tpm: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    monthly_tokens: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    models: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    def __repr__(self) -> str:  # never the hash
        return f"ApiKey(id={self.id!r}, prefix={self.prefix!r}, name={self.name!r})"


class TenantBudget(TenantOwned, Base):
    __tablename__ = "tenant_budgets"
    __table_args__ = (UniqueConstraint("tenant_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    monthly_tokens: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class TokenLedger(TenantOwned, Base):
    __tablename__ = "token_ledger"
    __table_args__ = (UniqueConstraint("tenant_id", "scope", "period"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    scope: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(7))
    used_tokens: Mapped[int] = mapped_column(BigInteger, default=0)
    reserved_tokens: Mapped[int] = mapped_column(BigInteger, default=0)


class UsageRecord(TenantOwned, Base):
    __tablename__ = "usage_records"
    __table_args__ = (Index("ix_usage_records_tenant_created", "tenant_id", "created_at"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    key_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("api_keys.id", ondelete="SET NULL"), nullable=True, index=True
    )
    feature: Mapped[str] = mapped_column(String(32))
    endpoint: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(64))
    backend: Mapped[str] = mapped_column(String(64))
    prompt_tokens: Mapped[int] = mapped_column(BigInteger, default=0)
    completion_tokens: Mapped[int] = mapped_column(BigInteger, default=0)
    latency_ms: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
