"""What happens to an order after it is placed (the orders capability's tables).

* :class:`OrderFulfilment`: the order was handed to a carrier (or the shop's own van), with
  the carrier's name and tracking number when there is one; the shopper's order page
  shows them.
* :class:`OrderRefund` and its :class:`OrderRefundLine` rows: money given back, and for
  which lines and quantities; ``restocked`` says whether those units went back to the
  variant's stock (returned goods), so no unit is ever put back twice.

Who did it is kept on each row (the console member's email) as well as in the console
audit, because the order's timeline shows it to every role, and the audit is for owners
and managers only.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class OrderFulfilment(TenantOwned, Base):
    """One shipment of an order."""

    __tablename__ = "order_fulfilments"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    order_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("orders.id", ondelete="CASCADE"), index=True
    )
    carrier: Mapped[str] = mapped_column(String(100), default="")
    tracking_number: Mapped[str] = mapped_column(String(100), default="")
    actor_email: Mapped[str] = mapped_column(String(320), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class OrderRefund(TenantOwned, Base):
    """Money given back for an order, in the order's currency."""

    __tablename__ = "order_refunds"
    __table_args__ = (CheckConstraint("amount_minor >= 0", name="amount_not_negative"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    order_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("orders.id", ondelete="CASCADE"), index=True
    )
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    actor_email: Mapped[str] = mapped_column(String(320), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    lines: Mapped[list[OrderRefundLine]] = relationship(
        cascade="all, delete-orphan", order_by="OrderRefundLine.id", lazy="selectin"
    )


class OrderRefundLine(TenantOwned, Base):
    """How many units of one order line a refund covers, and whether they were restocked."""

    __tablename__ = "order_refund_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    refund_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("order_refunds.id", ondelete="CASCADE"), index=True
    )
    order_line_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("order_lines.id", ondelete="CASCADE"), index=True
    )
    quantity: Mapped[int] = mapped_column(Integer)
    restocked: Mapped[bool] = mapped_column(Boolean, default=False)
