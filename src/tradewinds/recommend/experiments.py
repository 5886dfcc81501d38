"""A/B tests of recommendation slots: stable assignment, impressions and clicks logged, and
a report of click-through and conversion with confidence intervals.

A shopper (a customer id, or a hash of a guest's web session) lands in the same variant
on every request: the variant is a hash of the experiment's name and the shopper, not a
random draw. A conversion is a purchase of a clicked product by the same shopper within
``window_days`` of the click.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.core.settings import ExperimentSpec
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import (
    EventKind,
    InteractionEvent,
    Order,
    OrderLine,
    RecommendationEvent,
    Variant,
)


def subject_of(customer_id: int | None, session_id: str | None) -> str:
    """Who is assigned to variants: ``customer:<id>``, else a hash of the session (the raw
    session token is a credential and is never stored here), else ``""`` (anonymous)."""
    if customer_id is not None:
        return f"customer:{customer_id}"
    if session_id:
        return "session:" + hashlib.sha256(session_id.encode()).hexdigest()[:24]
    return ""


def assign(name: str, spec: ExperimentSpec, subject: str) -> str:
    """The variant of experiment ``name`` that ``subject`` sees, always the same one.
    Anonymous callers see the first variant (the control)."""
    names = list(spec.variants)
    if not subject:
        return names[0]
    shares = spec.shares or dict.fromkeys(names, 1.0)
    unknown = set(shares) - set(names)
    if unknown:
        raise InvalidInput(f"experiment {name}: shares name unknown variants {sorted(unknown)}")
    total = sum(max(0.0, shares.get(v, 0.0)) for v in names)
    if total <= 0:
        raise InvalidInput(f"experiment {name}: shares must add up to more than 0")
    digest = hashlib.sha256(f"{name}\x00{subject}".encode()).digest()
    point = int.from_bytes(digest[:8], "big") / 2**64 * total
    for variant in names:
        point -= max(0.0, shares.get(variant, 0.0))
        if point < 0:
            return variant
    return names[-1]


def log_impressions(
    db: Database,
    tenant_id: int,
    *,
    slot: str,
    request_id: str,
    product_ids: Sequence[int],
    experiment: str = "",
    variant: str = "",
    customer_id: int | None = None,
    session_id: str | None = None,
) -> None:
    """Record that these products were shown, in this order, as one list."""
    subject = subject_of(customer_id, session_id)
    with tenant_session(db, tenant_id) as session:
        for position, pid in enumerate(product_ids, start=1):
            session.add(
                RecommendationEvent(
                    kind="impression",
                    slot=slot,
                    experiment=experiment,
                    variant=variant,
                    request_id=request_id,
                    subject=subject,
                    customer_id=customer_id,
                    session_id=session_id,
                    product_id=pid,
                    position=position,
                )
            )


def record_click(db: Database, tenant_id: int, request_id: str, product_id: int) -> int:
    """Record a click on ``product_id`` in the list ``request_id``; the id of the click.
    A product that list did not show is :class:`NotFound`."""
    with tenant_session(db, tenant_id) as session:
        shown = session.scalars(
            select(RecommendationEvent)
            .where(RecommendationEvent.request_id == request_id)
            .where(RecommendationEvent.kind == "impression")
            .where(RecommendationEvent.product_id == product_id)
            .limit(1)
        ).first()
        if shown is None:
            raise NotFound(
                f"recommendation list {request_id!r} did not show product {product_id}",
                details={"request_id": request_id, "product_id": product_id},
            )
        click = RecommendationEvent(
            kind="click",
            slot=shown.slot,
            experiment=shown.experiment,
            variant=shown.variant,
            request_id=request_id,
            subject=shown.subject,
            customer_id=shown.customer_id,
            session_id=shown.session_id,
            product_id=product_id,
            position=shown.position,
        )
        session.add(click)
        session.flush()
        return click.id


@dataclass(frozen=True)
class Rate:
    """A proportion with its 95% Wilson confidence interval."""

    successes: int
    trials: int
    low: float
    high: float

    @property
    def value(self) -> float:
        return self.successes / self.trials if self.trials else 0.0


def rate(successes: int, trials: int) -> Rate:
    """``successes`` of ``trials`` with a 95% Wilson interval (0 to 1 when there are none)."""
    if trials == 0:
        return Rate(0, 0, 0.0, 1.0)
    from scipy.stats import binomtest

    ci = binomtest(successes, trials).proportion_ci(confidence_level=0.95, method="wilson")
    return Rate(successes, trials, float(ci.low), float(ci.high))


@dataclass(frozen=True)
class VariantReport:
    """One slot, experiment and variant: lists shown, clicks and conversions per list."""

    slot: str
    experiment: str
    variant: str
    lists: int
    impressions: int
    ctr: Rate
    conversion: Rate


def experiment_report(
    db: Database,
    tenant_id: int,
    *,
    since: datetime | None = None,
    slot: str | None = None,
    window_days: int = 7,
) -> list[VariantReport]:
    """Click-through (lists with a click / lists shown) and conversion (lists whose click
    led to a purchase within ``window_days``) per slot, experiment and variant."""
    with tenant_session(db, tenant_id) as session:
        stmt = select(RecommendationEvent)
        if since is not None:
            stmt = stmt.where(RecommendationEvent.at >= since)
        if slot is not None:
            stmt = stmt.where(RecommendationEvent.slot == slot)
        rows = list(session.scalars(stmt))
        buyers = {r.customer_id for r in rows if r.kind == "click" and r.customer_id}
        sessions = {r.session_id for r in rows if r.kind == "click" and r.session_id}
        purchases = _purchases(session, buyers, sessions)
    lists: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    impressions: dict[tuple[str, str, str], int] = defaultdict(int)
    clicked: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    converted: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    window = timedelta(days=window_days)
    for row in rows:
        key: tuple[str, str, str] = (row.slot, row.experiment, row.variant)
        if row.kind == "impression":
            lists[key].add(row.request_id)
            impressions[key] += 1
            continue
        clicked[key].add(row.request_id)
        for who in (("c", row.customer_id), ("s", row.session_id)):
            for at in purchases.get((who, row.product_id), ()):
                if row.at <= at <= row.at + window:
                    converted[key].add(row.request_id)
    out = []
    for key, shown in sorted(lists.items()):
        ctr = rate(len(clicked[key] & shown), len(shown))
        conversion = rate(len(converted[key] & shown), len(shown))
        out.append(VariantReport(*key, len(shown), impressions[key], ctr, conversion))
    return out


def _purchases(
    session: Session, customers: set[int], sessions: set[str]
) -> dict[tuple[tuple[str, object], int | None], list[datetime]]:
    """When each clicking shopper bought each product: from orders and purchase events."""
    found: dict[tuple[tuple[str, object], int | None], list[datetime]] = defaultdict(list)
    if customers:
        for buyer, product, at in session.execute(
            select(Order.customer_id, Variant.product_id, Order.created_at)
            .join(OrderLine, OrderLine.order_id == Order.id)
            .join(Variant, Variant.id == OrderLine.variant_id)
            .where(Order.customer_id.in_(customers))
        ):
            found[(("c", buyer), product)].append(at)
    if sessions:
        for sid, bought, when in session.execute(
            select(InteractionEvent.session_id, InteractionEvent.product_id, InteractionEvent.at)
            .where(InteractionEvent.kind == EventKind.PURCHASE)
            .where(InteractionEvent.session_id.in_(sessions))
        ):
            found[(("s", sid), bought)].append(when)
    return found
