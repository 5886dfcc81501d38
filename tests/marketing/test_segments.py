"""Segments on a hand-built history (tests/marketing/_history.py): RFM quintiles, lapsed
and new at the shop's day boundaries, category affinity, sizes and tenant isolation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.marketing._history import EXPECTED_RFM, NOW, add_customer, add_order, build_history
from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.marketing import (
    create_segment,
    get_segment,
    read_params,
    segment_members,
    segment_sizes,
)
from tradewinds.store import Database
from tradewinds.store.tables import Tenant
from tradewinds.store.tenants import create_tenant


def _names(db: Database, tenant: Tenant, segment: str, history: object) -> set[str]:
    page = segment_members(db, tenant.id, segment, limit=None, now=NOW)
    return {history.name_of(m.customer_id) for m in page.members}  # type: ignore[attr-defined]


def test_segments_by_hand(db: Database, tenant: Tenant) -> None:
    h = build_history(db, tenant.id)
    create_segment(db, tenant.id, "all", "rfm")
    page = segment_members(db, tenant.id, "all", limit=None, now=NOW)
    got = {h.name_of(m.customer_id): (m.r, m.f, m.m) for m in page.members}
    assert got == EXPECTED_RFM
    ann = next(m for m in page.members if m.customer_id == h.customers["ann"])
    assert (ann.orders, ann.revenue_minor) == (3, 18000)
    assert [h.name_of(m.customer_id) for m in page.members] == ["ben", "ann", "dan", "eve", "cat"]

    create_segment(db, tenant.id, "recent", "rfm", {"r": [4, 5]})
    create_segment(db, tenant.id, "once", "rfm", {"f": [1, 1]})
    create_segment(db, tenant.id, "lapsed-50", "lapsed", {"days": 50})
    create_segment(db, tenant.id, "loyal-lapsed", "lapsed", {"days": 30, "min_orders": 3})
    create_segment(db, tenant.id, "new-7", "new", {"days": 7})
    create_segment(db, tenant.id, "home", "affinity", {"category": "Home", "min_share": 0.3})
    create_segment(
        db,
        tenant.id,
        "tent-views",
        "affinity",
        {"category": "Outdoor", "min_share": 0.25, "measure": "views"},
    )
    assert _names(db, tenant, "recent", h) == {"ann", "eve"}
    assert _names(db, tenant, "once", h) == {"ben", "eve"}
    assert _names(db, tenant, "lapsed-50", h) == {"cat", "dan"}  # dan: exactly 50 days
    assert _names(db, tenant, "loyal-lapsed", h) == {"dan"}  # ann bought yesterday
    assert _names(db, tenant, "new-7", h) == {"eve"}  # her cancelled order does not count
    # kitchen share: ann 130/180, cat 1.0, dan 30/100 (= the minimum); eve's Homeware is
    # not under Home.
    assert _names(db, tenant, "home", h) == {"ann", "cat", "dan"}
    assert _names(db, tenant, "tent-views", h) == {"fay"}  # 1 of her 4 views

    sizes = {s.segment.name: s for s in segment_sizes(db, tenant.id, now=NOW)}
    assert (sizes["recent"].members, sizes["recent"].revenue_minor) == (2, 24000)
    assert sizes["all"].revenue_minor == 88000 and sizes["all"].reachable == 4  # not ben
    assert sizes["tent-views"].revenue_minor == 0
    fay = segment_members(db, tenant.id, "tent-views", now=NOW).members[0]
    assert (fay.orders, fay.r, fay.share) == (0, None, 0.25)


def test_days_are_the_shops_calendar_days(db: Database) -> None:
    """In Los Angeles (UTC-8 until 8 March 2026, then UTC-7), 23:30 local on 5 March is
    07:30 UTC on 6 March."""
    shop = create_tenant(db, "la", timezone="America/Los_Angeles")
    h = build_history(db, shop.id)
    now = datetime(2026, 3, 15, 19, 0, tzinfo=UTC)  # 12:00 PDT on 15 March in the shop
    late = add_customer(db, shop.id, "late@example.test")  # 23:30 local, 5 March (10 days ago)
    early = add_customer(db, shop.id, "early@example.test")  # 00:30 local, 6 March (9 days ago)
    add_order(
        db,
        shop.id,
        late,
        h.variants["tent"],
        1000,
        datetime(2026, 3, 6, 7, 30, tzinfo=UTC),
        name="#late",
    )
    add_order(
        db,
        shop.id,
        early,
        h.variants["tent"],
        1000,
        datetime(2026, 3, 6, 8, 30, tzinfo=UTC),
        name="#early",
    )
    create_segment(db, shop.id, "lapsed-10", "lapsed", {"days": 10})
    create_segment(db, shop.id, "new-10", "new", {"days": 10})
    lapsed = {m.customer_id for m in segment_members(db, shop.id, "lapsed-10", now=now).members}
    new = {m.customer_id for m in segment_members(db, shop.id, "new-10", now=now).members}
    # Nothing on the last 10 shop days (6-15 March) is lapsed; a first order on them is new.
    assert late in lapsed and early not in lapsed
    assert early in new and late not in new
    # In UTC both orders fall on 6 March: the boundary is the shop's, not UTC's.


def test_each_tenant_sees_its_own_customers(db: Database, tenant: Tenant) -> None:
    other = create_tenant(db, "other")
    mine = build_history(db, tenant.id)
    theirs = build_history(db, other.id, domain="other.test")
    for shop in (tenant, other):
        create_segment(db, shop.id, "all", "rfm")
        create_segment(db, shop.id, "home", "affinity", {"category": "Home"})
    ids = {m.customer_id for m in segment_members(db, tenant.id, "all", limit=None).members}
    assert ids == {mine.customers[n] for n in EXPECTED_RFM}
    assert not ids & set(theirs.customers.values())
    home = segment_members(db, other.id, "home", limit=None).members
    assert {m.email.split("@")[1] for m in home} == {"other.test"}
    create_segment(db, other.id, "theirs-only", "new", {"days": 5})
    with pytest.raises(NotFound):
        get_segment(db, tenant.id, "theirs-only")


def test_definitions_are_checked(db: Database, tenant: Tenant) -> None:
    create_segment(db, tenant.id, "lapsed-90", "lapsed", {"days": 90})
    with pytest.raises(Conflict):
        create_segment(db, tenant.id, "lapsed-90", "lapsed", {"days": 30})
    with pytest.raises(InvalidInput, match="days"):
        create_segment(db, tenant.id, "x", "lapsed", {"days": 0})
    with pytest.raises(InvalidInput, match="name"):
        create_segment(db, tenant.id, "Bad Name", "new", {"days": 3})
    assert get_segment(db, tenant.id, "lapsed-90").params == {"days": 90, "min_orders": 1}


@pytest.mark.parametrize(
    ("kind", "params", "named"),
    [
        ("rfm", {"r": [5, 1]}, "r"),
        ("rfm", {"x": [1, 5]}, "'x'"),
        ("lapsed", {}, "days"),
        ("new", {"days": True}, "days"),
        ("affinity", {"category": ""}, "category"),
        ("affinity", {"category": "Home", "min_share": 1.5}, "min_share"),
        ("affinity", {"category": "Home", "measure": "clicks"}, "measure"),
        ("churn", {}, "kind"),
    ],
)
def test_bad_parameters_are_named(kind: str, params: dict[str, object], named: str) -> None:
    with pytest.raises(InvalidInput, match=named):
        read_params(kind, params)
