"""Demo customers live in Seattle, with unique reserved-domain e-mails."""

from __future__ import annotations

from collections import Counter

from tradewinds.demo import SEATTLE, DemoData


def test_customers_live_inside_the_metro_clustered_by_neighbourhood(small_store: DemoData) -> None:
    customers = small_store.customers
    assert all(SEATTLE.contains(c.latitude, c.longitude) for c in customers)
    zips = Counter(c.zip for c in customers)
    known = {z for n in SEATTLE.neighbourhoods for z in n.zips}
    assert set(zips) <= known and len(zips) > 10
    assert all(c.city == "Seattle" and c.country == "US" for c in customers)
    centres = [(n.latitude, n.longitude) for n in SEATTLE.neighbourhoods]
    for c in customers:  # within ~1 km (two standard deviations) of a neighbourhood centre
        nearest = min((c.latitude - la) ** 2 + (c.longitude - lo) ** 2 for la, lo in centres)
        assert nearest**0.5 < 0.013


def test_emails_are_unique_and_use_reserved_domains(small_store: DemoData) -> None:
    emails = [c.email for c in small_store.customers]
    assert len(set(emails)) == len(emails)
    assert all(e.split("@")[1] in {"example.com", "example.net", "example.org"} for e in emails)
    assert all(c.phone.startswith("+1 206-555-01") for c in small_store.customers)


def test_customers_are_sorted_by_sign_up_and_the_base_grows(small_store: DemoData) -> None:
    created = [c.created_at for c in small_store.customers]
    assert created == sorted(created)
    joined_during = sum(1 for c in small_store.customers if c.join_day >= 0)
    assert 0.2 < joined_during / len(created) < 0.6
    assert all(c.created_at <= small_store.as_of for c in small_store.customers)


def test_depots_are_in_the_metro() -> None:
    assert len(SEATTLE.depots) == 2
    assert all(SEATTLE.contains(d.latitude, d.longitude) for d in SEATTLE.depots)
