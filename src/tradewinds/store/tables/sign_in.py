"""Failed sign-ins, shared by every server process (the sign-in throttle's store).

One row per failed attempt per throttle key: ``scope`` says whose sign-in it was
(``shop``: the storefront's accounts; ``staff``: the console), ``key_sha256`` is the
SHA-256 of the throttle's key (an email's key is already a digest; a client address is
kept only as a digest too), ``failed_at`` the time in epoch seconds. Rows older than the
throttle's window are swept when the tenant's next failure is recorded.
"""

from __future__ import annotations

from sqlalchemy import Double, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned


class SignInFailure(TenantOwned, Base):
    """One failed sign-in counted against one throttle key."""

    __tablename__ = "sign_in_failures"
    __table_args__ = (
        Index("ix_sign_in_failures_key", "tenant_id", "scope", "key_sha256", "failed_at"),
        Index("ix_sign_in_failures_age", "tenant_id", "failed_at"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    scope: Mapped[str] = mapped_column(String(16))
    key_sha256: Mapped[str] = mapped_column(String(64))
    failed_at: Mapped[float] = mapped_column(Double)
