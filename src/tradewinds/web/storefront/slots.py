"""Recommendation slots on the storefront's pages, from the recommend capability.

A slot is one :func:`tradewinds.recommend.recommend` call: home "Recommended for you"
(``for_you``), product "Bought together" and "Similar", cart "Complete the set". Each
product shown carries the capability's reason in the page's language. The list is logged
as impressions under its request id, and its links carry ``?rec=<request id>`` so the
product page can record the click (:func:`record_recommendation_click`).

Recommendations are an extra: anything failing in them is logged as a warning and the page
is shown without the slot. A slot with nothing to show is not rendered.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from tradewinds.core.errors import NotFound
from tradewinds.recommend import log_impressions, recommend, record_click
from tradewinds.store.tables import Tenant
from tradewinds.web.page import PageRequest
from tradewinds.web.shopper import Shopper
from tradewinds.web.storefront.images import card_images

log = logging.getLogger(__name__)
SLOT_SIZE = 4
_REQUEST_ID = re.compile(r"[0-9a-f]{32}")


def recommendation_slot(
    page: PageRequest,
    tenant: Tenant,
    slot: str,
    shopper: Shopper,
    *,
    product_id: int | None = None,
    cart: Sequence[int] = (),
    exclude: Sequence[int] = (),
    limit: int = SLOT_SIZE,
) -> dict[str, Any] | None:
    """The slot's cards (``slot``, ``request_id``, ``items``), or None when it has nothing
    to show or the recommendations failed."""
    try:
        recs = recommend(
            page.db,
            tenant.id,
            slot=slot,
            customer_id=shopper.customer_id,
            session_id=shopper.session_id,
            product_id=product_id,
            cart=list(cart),
            exclude=list(exclude),
            limit=limit,
            settings=page.settings.recommend,
            home=page.settings.home,
        )
    except Exception:  # any failure: the page goes on without the slot
        log.warning(
            "recommendations failed; page shown without the slot",
            exc_info=True,
            extra={"tenant_id": tenant.id, "slot": slot},
        )
        return None
    if not recs.items:
        return None
    try:
        log_impressions(
            page.db,
            tenant.id,
            slot=slot,
            request_id=recs.request_id,
            product_ids=[item.product_id for item in recs.items],
            experiment=recs.experiment,
            variant=recs.variant,
            customer_id=recs.customer_id,
            session_id=shopper.session_id,
        )
    except Exception:  # the shopper still sees the slot; its clicks just will not count
        log.warning(
            "recommendation impressions not logged",
            exc_info=True,
            extra={"tenant_id": tenant.id, "slot": slot},
        )
    in_stock = True if page.settings.recommend.hide_out_of_stock else None
    items = [
        {
            "id": item.product_id,
            "product_id": item.product_id,
            "title": item.title,
            "brand": "",
            "price": (
                {"minor": item.price_minor, "currency": tenant.currency}
                if item.price_minor is not None
                else None
            ),
            "max_price": None,
            "in_stock": in_stock,
            "reason": item.reason.text(page.language),
            "href": f"/products/{quote(item.handle, safe='')}?rec={recs.request_id}",
        }
        for item in recs.items
    ]
    shown = card_images(page.db, tenant.id, items)  # pictures from the media store only
    return {"slot": slot, "request_id": recs.request_id, "items": shown}


def record_recommendation_click(page: PageRequest, tenant_id: int, product_id: int) -> None:
    """Record the click when the shopper came from a recommendation (``?rec=<request id>``)
    that showed this product; a stale, edited or unknown id is ignored."""
    rec = page.request.query_params.get("rec", "")
    if not _REQUEST_ID.fullmatch(rec):
        return
    try:
        record_click(page.db, tenant_id, rec, product_id)
    except NotFound:
        pass  # a list that did not show this product: the page shows, nothing is counted
    except Exception:
        log.warning(
            "recommendation click not recorded", exc_info=True, extra={"tenant_id": tenant_id}
        )
