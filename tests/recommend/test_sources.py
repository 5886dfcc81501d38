"""Candidate sources read the learned next-item rows as the model was trained to read them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tradewinds.recommend import Interaction, TenantModel
from tradewinds.recommend.content import ItemInfo
from tradewinds.recommend.reasons import Reason
from tradewinds.recommend.sources import next_items, sequence_anchors

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _model(**lists: dict[int, list[tuple[int, float]]]) -> TenantModel:
    items = {pid: ItemInfo(pid, f"P{pid}") for pid in range(1, 8)}
    return TenantModel(tenant_id=1, trained_at=T0, items=items, window=3, decay=0.5, **lists)


def _steps(*pairs: tuple[int, str]) -> list[Interaction]:
    return [Interaction(T0 + timedelta(minutes=n), p, k) for n, (p, k) in enumerate(pairs)]


def test_sequence_anchors_use_the_models_window_and_decay() -> None:
    model = _model()
    history = _steps(
        (7, "purchase"), (1, "view"), (2, "view"), (2, "add_to_cart"), (3, "view"), (1, "view")
    )
    anchors = {pid: (weight, reason) for pid, weight, reason in sequence_anchors(model, history)}
    # repeats in a row collapse (2, 2 -> 2); the last 3 steps are 2, 3, 1; 7 and the
    # first 1 fall outside the window
    assert {pid: w for pid, (w, _) in anchors.items()} == {1: 1.0, 3: 0.5, 2: 0.25}
    assert anchors[2][1].kind == "carted" and anchors[1][1].kind == "viewed"
    assert [pid for pid, _, _ in sequence_anchors(model, history)] == [1, 3, 2]


def test_a_repeated_product_sums_its_steps() -> None:
    model = _model()
    anchors = sequence_anchors(model, _steps((1, "view"), (2, "view"), (1, "view")))
    assert {pid: w for pid, w, _ in anchors} == {1: 1.25, 2: 0.5}


def test_next_items_sums_the_learned_rows_without_normalising_them() -> None:
    # a confident row (0.9) outweighs an unsure one (0.1) even from an older anchor;
    # normalising each row by its top value would put product 3 first
    model = _model(following={1: [(3, 0.1)], 2: [(4, 0.9), (5, 0.2)]})
    anchors = [
        (1, 1.0, Reason("viewed", 1, "P1")),
        (2, 0.5, Reason("viewed", 2, "P2")),
    ]
    ranked = next_items(model, anchors)
    assert [(pid, round(score, 6)) for pid, score, _ in ranked] == [(4, 0.45), (3, 0.1), (5, 0.1)]
    assert ranked[0][2].product_id == 2  # explained by the anchor that contributed
    assert next_items(model, anchors, own=False)[0][2].kind == "next"
