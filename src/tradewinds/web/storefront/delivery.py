"""Delivery windows on the product page ("order within …, delivered …") and at checkout,
from :func:`tradewinds.routing.delivery_windows` and the shop's depots and fleet.

The pages show only what routing returns: a shop without a depot or an active vehicle
shows no promise and asks for no window. Routing failing is logged and treated the same.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton

from tradewinds.routing import DeliveryWindow, delivery_windows
from tradewinds.store import tenant_session
from tradewinds.store.tables import Tenant
from tradewinds.web.i18n import babel_locale
from tradewinds.web.page import PageRequest

log = logging.getLogger(__name__)
CHOICES = 8  # windows offered at checkout


def offered_windows(
    page: PageRequest, tenant: Tenant, now: datetime | None = None
) -> list[DeliveryWindow]:
    """The windows an order placed now can still get ([] without a fleet, or on failure)."""
    try:
        with tenant_session(page.db, tenant.id) as session:
            return delivery_windows(session, now or datetime.now(UTC))
    except Exception:  # a delivery promise is extra: the page goes on without it
        extra = {"tenant_id": tenant.id}
        log.warning("delivery windows unavailable", exc_info=True, extra=extra)
        return []


def window_label(start: datetime, end: datetime, timezone: str, language: str) -> str:
    """``Tue, Dec 8, 14:00–16:00`` (shop time), or ``12月8日周二 14:00–16:00`` in Chinese."""  # noqa: RUF002
    zone = ZoneInfo(timezone)
    local = [moment.astimezone(zone) for moment in (start, end)]
    day = format_skeleton("MMMEd", local[0], locale=babel_locale(language))
    hours = [moment.strftime("%H:%M") for moment in local]
    joiner = " " if language == "zh" else ", "
    return f"{day}{joiner}{hours[0]}\N{EN DASH}{hours[1]}"


def product_promise(
    page: PageRequest, tenant: Tenant, now: datetime | None = None
) -> dict[str, Any] | None:
    """The earliest window: its label and the hours and minutes left to order for it."""
    moment = now or datetime.now(UTC)
    windows = offered_windows(page, tenant, moment)
    if not windows:
        return None
    first = windows[0]
    minutes = max(1, int((first.order_by - moment).total_seconds() // 60))
    return {
        "hours": minutes // 60,
        "minutes": minutes % 60,
        "window": window_label(first.start, first.end, tenant.timezone, page.language),
    }


def checkout_choices(
    windows: list[DeliveryWindow], tenant: Tenant, language: str
) -> list[dict[str, str]]:
    """The checkout form's radio buttons: each window's key and label."""
    return [
        {"key": w.key, "label": window_label(w.start, w.end, tenant.timezone, language)}
        for w in windows[:CHOICES]
    ]
