"""Shared rate-limit state: one row of token buckets per API key.

``RateBucket`` holds a key's requests-per-minute and tokens-per-minute bucket levels and the
time (the database's clock, epoch seconds) they were last refilled. The gateway's database
limiter updates a row with one ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` per
request, so every server process and host shares one count (``gateway.limiter``).
"""

from __future__ import annotations

from sqlalchemy import Boolean, Double
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned


class RateBucket(TenantOwned, Base):
    __tablename__ = "rate_buckets"

    key_id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=False)
    requests: Mapped[float] = mapped_column(Double)
    tokens: Mapped[float] = mapped_column(Double)
    stamp: Mapped[float] = mapped_column(Double)
    admitted: Mapped[bool] = mapped_column(Boolean)
