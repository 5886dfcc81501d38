"""The storefront's record of what shoppers do: a product page view and an add to cart,
written through :func:`tradewinds.recommend.record_interaction` (purchases are recorded by
checkout with the order). Recording is a side effect: failing, it is logged and the page
goes on."""

from __future__ import annotations

import logging

from tradewinds.recommend import record_interaction
from tradewinds.web.page import PageRequest
from tradewinds.web.shopper import current_shopper

log = logging.getLogger(__name__)


def record_shopper_event(
    page: PageRequest,
    tenant_id: int,
    kind: str,
    *,
    product_id: int | None = None,
    variant_id: int | None = None,
    quantity: int | None = None,
) -> None:
    """Record ``kind`` (``view`` or ``add_to_cart``) for the request's shopper."""
    shopper = current_shopper(page.request)
    try:
        record_interaction(
            page.db,
            tenant_id,
            kind,
            product_id=product_id,
            variant_id=variant_id,
            customer_id=shopper.customer_id,
            session_id=shopper.session_id,
            quantity=quantity,
        )
    except Exception:  # a lost event must never cost the shopper the page
        log.warning("shopper event not recorded", exc_info=True,
                    extra={"tenant_id": tenant_id, "kind": kind})  # fmt: skip
