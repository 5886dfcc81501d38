"""Experiments: stable assignment, logged impressions and clicks, CTR and conversion."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from tests.recommend._outfitters import Outfitters, buy
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.core.settings import ExperimentSpec, RecommendSettings
from tradewinds.recommend import (
    assign,
    experiment_report,
    log_impressions,
    rate,
    recommend,
    record_click,
    subject_of,
)
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

SPEC = ExperimentSpec(slot="for_you", variants={"control": {}, "similar_first": {"similar": 3.0}})


def test_assignment_is_stable_and_follows_the_shares() -> None:
    subjects = [subject_of(i, None) for i in range(4000)]
    first = [assign("exp", SPEC, s) for s in subjects]
    assert first == [assign("exp", SPEC, s) for s in subjects]
    counts = Counter(first)
    assert 0.45 < counts["control"] / 4000 < 0.55
    skewed = SPEC.model_copy(update={"shares": {"control": 9.0, "similar_first": 1.0}})
    share = Counter(assign("exp", skewed, s) for s in subjects)["control"] / 4000
    assert 0.87 < share < 0.93
    # another experiment's name reshuffles who is where
    assert first != [assign("other", SPEC, s) for s in subjects]
    assert assign("exp", SPEC, "") == "control"  # anonymous callers see the control
    with pytest.raises(InvalidInput, match="unknown variants"):
        assign("exp", SPEC.model_copy(update={"shares": {"nope": 1.0}}), "customer:1")


def test_guest_sessions_are_hashed_never_stored_raw() -> None:
    subject = subject_of(None, "secret-session-token")
    assert subject.startswith("session:") and "secret" not in subject
    assert subject == subject_of(None, "secret-session-token")


def test_each_request_reports_the_variant_its_shopper_is_assigned(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    config = RecommendSettings(experiments={"exp": SPEC})
    c = outfitters.customers
    seen = {}
    for who in c.values():
        recs = recommend(db, tenant.id, slot="for_you", customer_id=who, settings=config)
        assert recs.experiment == "exp"
        assert recs.variant == assign("exp", SPEC, subject_of(who, None))
        seen[recs.variant] = recs
    assert set(seen) == {"control", "similar_first"}
    other_slot = recommend(
        db, tenant.id, slot="similar", product_id=outfitters.products["kite"], settings=config
    )
    assert other_slot.experiment == "" and other_slot.variant == ""


@pytest.mark.postgres
def test_report_counts_lists_clicks_and_conversions(
    db: Database, tenant: Tenant, outfitters: Outfitters
) -> None:
    p, c = outfitters.products, outfitters.customers
    shown = [p["coffee"], p["kite"]]
    for i, who in enumerate(["ann", "ben", "cat", "dan"]):
        log_impressions(
            db,
            tenant.id,
            slot="for_you",
            request_id=f"r{i}",
            product_ids=shown,
            experiment="exp",
            variant="control",
            customer_id=c[who],
        )
    log_impressions(
        db,
        tenant.id,
        slot="for_you",
        request_id="r9",
        product_ids=shown,
        experiment="exp",
        variant="similar_first",
        customer_id=c["eve"],
    )
    record_click(db, tenant.id, "r0", p["coffee"])
    record_click(db, tenant.id, "r1", p["kite"])
    with pytest.raises(NotFound, match="did not show"):
        record_click(db, tenant.id, "r0", p["dome-tent"])
    buy(db, tenant.id, c["ann"], [p["coffee"]], datetime.now(UTC) + timedelta(minutes=1), "#C1")
    rows = {r.variant: r for r in experiment_report(db, tenant.id)}
    control = rows["control"]
    assert (control.lists, control.impressions) == (4, 8)
    assert (control.ctr.successes, control.ctr.trials) == (2, 4)
    assert control.conversion.successes == 1  # ann bought the coffee she clicked; ben did not
    assert control.ctr.low < 0.5 < control.ctr.high
    assert rows["similar_first"].ctr.successes == 0
    later = experiment_report(db, tenant.id, since=datetime.now(UTC) + timedelta(hours=1))
    assert later == []


def test_wilson_interval_matches_the_textbook() -> None:
    r = rate(10, 100)
    assert r.value == 0.1
    assert r.low == pytest.approx(0.0552, abs=1e-3) and r.high == pytest.approx(0.1744, abs=1e-3)
    assert rate(0, 0).trials == 0
