"""``/api/v1/recommendations``: a slot's recommendations with reasons, clicks on them, the
experiment report, and retraining."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import Field

from tradewinds.api.deps import DbDep, SettingsDep, TenantDep
from tradewinds.api.schemas.common import MoneyOut, Schema, error_responses
from tradewinds.core.errors import InvalidInput
from tradewinds.core.money import parse_money
from tradewinds.recommend import (
    SLOTS,
    Rate,
    experiment_report,
    log_impressions,
    recommend,
    record_click,
    train_and_store,
)

router = APIRouter(prefix="/recommendations", tags=["recommendations"])


class ReasonOut(Schema):
    kind: str = Field(description="viewed, carted, bought, together, next, similar, ...")
    text: str = Field(description="The reason as a sentence in the requested language.")
    product_id: int | None = Field(default=None, description="The product it refers to.")
    count: int | None = Field(default=None, description="Orders together, for 'together'.")


class RecommendedOut(Schema):
    product_id: int
    handle: str
    title: str
    price: MoneyOut | None
    score: float
    source: str = Field(description="The candidate source that ranked it highest.")
    reason: ReasonOut


class RecommendationsOut(Schema):
    slot: str
    items: list[RecommendedOut]
    request_id: str = Field(description="Send it back with a click on one of the items.")
    experiment: str | None = None
    variant: str | None = None
    note: str | None = None
    trained_at: datetime | None = None


def _price(minor: int | None, currency: str) -> MoneyOut | None:
    return None if minor is None else MoneyOut.of(minor, currency)


def _minor(text: str | None, currency: str, name: str) -> int | None:
    if text is None or not text.strip():
        return None
    try:
        return parse_money(text, currency).minor
    except InvalidInput as exc:
        raise InvalidInput(f"{name}: {exc.message}", details={"parameter": name}) from None


@router.get(
    "",
    operation_id="get_recommendations",
    summary="Recommendations for a slot",
    responses=error_responses(401, 404, 422),
)
def get_recommendations(
    db: DbDep,
    settings: SettingsDep,
    tenant: TenantDep,
    slot: Annotated[str, Query(description=", ".join(SLOTS))] = "for_you",
    customer: Annotated[int | None, Query(description="Customer id (personal picks).")] = None,
    product: Annotated[int | None, Query(description="Product id (product-page slots).")] = None,
    cart: Annotated[list[int], Query(description="Product ids in the cart.")] = [],  # noqa: B006 - FastAPI copies defaults
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    category: Annotated[str | None, Query(description="Category path or leaf name.")] = None,
    min_price: Annotated[str | None, Query(description="Decimal, e.g. 10")] = None,
    max_price: Annotated[str | None, Query(description="Decimal, e.g. 79.99")] = None,
    lang: Annotated[str, Query(pattern="^(en|zh)$", description="Language of reasons.")] = "en",
    log: Annotated[bool, Query(description="Log the list as shown (impressions).")] = True,
) -> RecommendationsOut:
    """Products for the slot, best first, each with the reason it is recommended.

    Unknown customers or products fall back to popular products with a ``note``, never an
    error. Every item is published, active, buyable and within the given filters.
    """
    recs = recommend(
        db,
        tenant.id,
        slot=slot,
        customer_id=customer,
        product_id=product,
        cart=cart,
        limit=limit,
        category=category,
        min_price_minor=_minor(min_price, tenant.currency, "min_price"),
        max_price_minor=_minor(max_price, tenant.currency, "max_price"),
        settings=settings.recommend,
        home=settings.home,
    )
    if log and recs.items:
        log_impressions(
            db,
            tenant.id,
            slot=slot,
            request_id=recs.request_id,
            product_ids=[item.product_id for item in recs.items],
            experiment=recs.experiment,
            variant=recs.variant,
            customer_id=recs.customer_id,
        )
    items = [
        RecommendedOut(
            product_id=item.product_id,
            handle=item.handle,
            title=item.title,
            price=None
            if item.price_minor is None
            else MoneyOut.of(item.price_minor, tenant.currency),
            score=item.score,
            source=item.source,
            reason=ReasonOut(
                kind=item.reason.kind,
                text=item.reason.text(lang),
                product_id=item.reason.product_id,
                count=item.reason.count or None,
            ),
        )
        for item in recs.items
    ]
    return RecommendationsOut(
        slot=recs.slot,
        items=items,
        request_id=recs.request_id,
        experiment=recs.experiment or None,
        variant=recs.variant or None,
        note=recs.note,
        trained_at=recs.trained_at,
    )


class ClickIn(Schema):
    request_id: str = Field(description="The request_id of the list shown.")
    product_id: int


class ClickOut(Schema):
    id: int


@router.post(
    "/clicks",
    operation_id="record_recommendation_click",
    summary="Record a click on a recommendation",
    status_code=201,
    responses=error_responses(401, 404, 422),
)
def post_click(body: ClickIn, db: DbDep, tenant: TenantDep) -> ClickOut:
    """A click on a product of a list served by ``GET /recommendations``."""
    return ClickOut(id=record_click(db, tenant.id, body.request_id, body.product_id))


class RateOut(Schema):
    value: float
    successes: int
    trials: int
    ci95: tuple[float, float]

    @classmethod
    def of(cls, rate: Rate) -> RateOut:
        return cls(
            value=rate.value,
            successes=rate.successes,
            trials=rate.trials,
            ci95=(rate.low, rate.high),
        )


class VariantOut(Schema):
    slot: str
    experiment: str | None
    variant: str | None
    lists: int = Field(description="Lists shown.")
    impressions: int = Field(description="Products shown.")
    ctr: RateOut = Field(description="Lists with a click / lists shown.")
    conversion: RateOut = Field(description="Lists whose click led to a purchase / lists.")


@router.get(
    "/report",
    operation_id="recommendation_report",
    summary="Click-through and conversion per slot and variant",
    responses=error_responses(401, 404, 422),
)
def get_report(
    db: DbDep,
    tenant: TenantDep,
    days: Annotated[int, Query(ge=1, le=3650)] = 30,
    slot: str | None = None,
) -> list[VariantOut]:
    """Per slot, experiment and variant over the last ``days``, with 95% Wilson intervals."""
    since = datetime.now(UTC) - timedelta(days=days)
    rows = experiment_report(db, tenant.id, since=since, slot=slot)
    return [
        VariantOut(
            slot=r.slot,
            experiment=r.experiment or None,
            variant=r.variant or None,
            lists=r.lists,
            impressions=r.impressions,
            ctr=RateOut.of(r.ctr),
            conversion=RateOut.of(r.conversion),
        )
        for r in rows
    ]


class TrainOut(Schema):
    products: int
    customers: int
    orders: int
    seconds: float
    trained_at: datetime


@router.post(
    "/train",
    operation_id="train_recommendations",
    summary="Retrain the tenant's recommendation model now",
    responses=error_responses(401, 404),
)
def post_train(db: DbDep, settings: SettingsDep, tenant: TenantDep) -> TrainOut:
    """Read the catalogue, orders and events again; requests use the new model at once."""
    model = train_and_store(db, tenant.id, settings.home)
    return TrainOut(
        products=len(model.items),
        customers=model.customers,
        orders=model.orders,
        seconds=model.seconds,
        trained_at=model.trained_at,
    )
