"""Customers of a tenant, with a home location for delivery and personalisation.

A customer who signed up at the storefront has a ``password_hash`` (argon2id, written by
the accounts capability), a cart of its own, saved delivery addresses and signed-in
sessions; every other customer (imported, or a guest's checkout) has none.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class Customer(TenantOwned, Base):
    __tablename__ = "customers"
    __table_args__ = (UniqueConstraint("tenant_id", "email"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    email: Mapped[str] = mapped_column(String(320))
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str | None] = mapped_column(String(50))
    street: Mapped[str] = mapped_column(String(500), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    zip: Mapped[str] = mapped_column(String(20), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    # Coordinates are measurements, not money: floats (WGS84 degrees) are right here.
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    accepts_marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # A storefront account: set by sign-up, never shown or logged.
    password_hash: Mapped[str | None] = mapped_column(String(255))
    signed_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The token of the account's cart (kept across sign-ins; a guest cart merges into it).
    cart_token: Mapped[str | None] = mapped_column(String(64))

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class CustomerAddress(TenantOwned, Base):
    """A delivery address a signed-up customer saved; at most one is the default."""

    __tablename__ = "customer_addresses"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(500))
    city: Mapped[str] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(2))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AccountSession(TenantOwned, Base):
    """A signed-in storefront session. Only the SHA-256 of the cookie's token is stored,
    so a copy of the table signs nobody in; signing out deletes the row."""

    __tablename__ = "account_sessions"
    __table_args__ = (UniqueConstraint("tenant_id", "token_hash"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
