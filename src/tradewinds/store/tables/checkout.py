"""Shoppers' carts and the receipts of placed orders (the checkout capability's tables).

A cart belongs to an anonymous shopper session: ``token`` is the random value the
storefront keeps in its session cookie. A receipt ties a checkout's idempotency key to the
order it created, so a retried or double-submitted checkout finds the order instead of
making a second one, and holds the token that lets a guest view that order. A key is
honoured only for the cart that used it, so a leaked key does not reveal the order.

An order placed while signed in is also recorded as an :class:`AccountOrder`: "my orders"
are those, never every order that merely carries the customer's email (sign-up does not
prove the email is yours, so guest orders placed with it stay private).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class Cart(TenantOwned, Base):
    """One shopper session's cart."""

    __tablename__ = "carts"
    __table_args__ = (UniqueConstraint("tenant_id", "token"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    lines: Mapped[list[CartLine]] = relationship(
        cascade="all, delete-orphan", order_by="CartLine.id", lazy="selectin"
    )


class CartLine(TenantOwned, Base):
    """A variant in a cart and how many of it; priced when the cart is shown."""

    __tablename__ = "cart_lines"
    __table_args__ = (
        UniqueConstraint("cart_id", "variant_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    cart_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("carts.id", ondelete="CASCADE"), index=True
    )
    variant_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("variants.id", ondelete="CASCADE"), index=True
    )
    quantity: Mapped[int] = mapped_column(Integer)


class CheckoutReceipt(TenantOwned, Base):
    """The order one checkout (one idempotency key) created, and its viewing token."""

    __tablename__ = "checkout_receipts"
    __table_args__ = (
        UniqueConstraint("tenant_id", "idempotency_key"),
        UniqueConstraint("tenant_id", "order_id"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(128))
    cart_token: Mapped[str] = mapped_column(String(64))  # only this cart's retries find it
    order_id: Mapped[int] = mapped_column(IdType, ForeignKey("orders.id", ondelete="CASCADE"))
    view_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AccountOrder(TenantOwned, Base):
    """An order its customer placed while signed in to the storefront."""

    __tablename__ = "account_orders"
    __table_args__ = (UniqueConstraint("tenant_id", "order_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    order_id: Mapped[int] = mapped_column(IdType, ForeignKey("orders.id", ondelete="CASCADE"))


class OrderPayment(TenantOwned, Base):
    """How an order is paid: the provider the shopper chose and what it answered
    (``due_on_delivery`` or ``authorized``), written in the order's own transaction."""

    __tablename__ = "order_payments"
    __table_args__ = (
        UniqueConstraint("tenant_id", "order_id"),
        CheckConstraint("amount_minor >= 0", name="amount_not_negative"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    order_id: Mapped[int] = mapped_column(IdType, ForeignKey("orders.id", ondelete="CASCADE"))
    provider: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(200), default="")
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
