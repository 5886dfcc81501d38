"""Candidate sources: each turns the trained model and the shopper's context into a ranked
list of products, every one with the reason that source would give.

Sources never filter; :mod:`tradewinds.recommend.filters` does, once, after they are merged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from tradewinds.recommend.content import shared_fields
from tradewinds.recommend.interactions import STRENGTH, Interaction, collapse_repeats
from tradewinds.recommend.model import TenantModel
from tradewinds.recommend.reasons import Reason, interaction_kind

Ranked = list[tuple[int, float, Reason]]
_RECENT = 8  # history items the sequence source looks back over
POOL = 200  # candidates a source offers at most


def _via(anchor: Reason) -> str:
    """How the shopper knows an anchor: their own interaction, or "" (shown, in the cart)."""
    return anchor.kind if anchor.kind in ("viewed", "carted", "bought") else ""


def _title(model: TenantModel, pid: int) -> str:
    item = model.items.get(pid)
    return item.title if item else ""


def _accumulate(
    anchors: Sequence[tuple[int, float, Reason]],
    lists: Mapping[int, Sequence[tuple[int, float]]],
    make_reason: Callable[[int, Reason, float], Reason],
    *,
    normalise: bool = True,
) -> Ranked:
    """Sum each anchor's weighted list (normalised by its top score unless the lists'
    values are already on one scale); keep, per product, the reason of the anchor that
    contributed most."""
    score: dict[int, float] = defaultdict(float)
    best: dict[int, tuple[float, Reason]] = {}
    for anchor, weight, anchor_reason in anchors:
        entries = lists.get(anchor, [])
        if not entries:
            continue
        top = (float(entries[0][1]) or 1.0) if normalise else 1.0
        for pid, value in entries:
            part = weight * float(value) / top
            score[pid] += part
            if pid not in best or part > best[pid][0]:
                best[pid] = (part, make_reason(anchor, anchor_reason, value))
    ranked = sorted(((p, s, best[p][1]) for p, s in score.items()), key=lambda t: (-t[1], t[0]))
    return ranked[:POOL]


def history_anchors(
    model: TenantModel, history: Sequence[Interaction]
) -> list[tuple[int, float, Reason]]:
    """The shopper's recent distinct products, most recent first, weighted by recency and by
    how strongly they wanted each (bought > carted > viewed)."""
    seen: dict[int, Interaction] = {}
    for step in reversed(history):
        if step.product_id not in seen:
            seen[step.product_id] = step
        elif STRENGTH[step.kind] > STRENGTH[seen[step.product_id].kind]:
            seen[step.product_id] = Interaction(
                seen[step.product_id].at, step.product_id, step.kind
            )
    anchors = []
    for rank, step in enumerate(list(seen.values())[:_RECENT]):
        reason = Reason(
            interaction_kind(step.kind), step.product_id, _title(model, step.product_id)
        )
        anchors.append((step.product_id, STRENGTH[step.kind] / (1.0 + rank), reason))
    return anchors


def sequence_anchors(
    model: TenantModel, history: Sequence[Interaction]
) -> list[tuple[int, float, Reason]]:
    """The shopper's history read as the sequence model was trained to read it: repeats in
    a row collapsed, the last ``model.window`` steps, step ``age`` (0 = the latest) weighing
    ``model.decay ** age``, a product's steps summed; most recent first. The reason names
    the strongest thing the shopper did with the product in that window."""
    weights: dict[int, float] = {}
    strongest: dict[int, str] = {}
    recent = collapse_repeats(history)[-model.window :]
    for age, step in enumerate(reversed(recent)):
        pid = step.product_id
        weights[pid] = weights.get(pid, 0.0) + model.decay**age
        if STRENGTH[step.kind] > STRENGTH.get(strongest.get(pid, ""), 0.0):
            strongest[pid] = step.kind
    return [
        (pid, weight, Reason(interaction_kind(strongest[pid]), pid, _title(model, pid)))
        for pid, weight in weights.items()
    ]


def next_items(
    model: TenantModel, anchors: Sequence[tuple[int, float, Reason]], *, own: bool = True
) -> Ranked:
    """What the learned sequence model scores next after the anchors: each anchor's row
    times its weight, summed as the model sums them (rows are not normalised, so a product
    the model is sure about counts more than one it knows little of). Explained by the
    shopper's own interaction with the anchor ("because you viewed X") when ``own``, else
    as "often chosen after X"."""
    if own:
        reason: Callable[[int, Reason, float], Reason] = lambda a, r, v: r  # noqa: E731
    else:
        reason = lambda a, r, v: Reason("next", a, _title(model, a))  # noqa: E731
    return _accumulate(anchors, model.following, reason, normalise=False)


def bought_with(model: TenantModel, anchors: Sequence[tuple[int, float, Reason]]) -> Ranked:
    """Products bought in the same orders as the anchors, with the count of orders."""
    return _accumulate(
        anchors,
        model.together,
        lambda a, r, v: Reason("together", a, _title(model, a), count=int(v), via=_via(r)),
    )


def similar_to(model: TenantModel, anchors: Sequence[tuple[int, float, Reason]]) -> Ranked:
    """Products most like the anchors (what they share is added by :func:`explain_likeness`
    to the few that are shown)."""

    def reason(anchor: int, why: Reason, _: float) -> Reason:
        return Reason("similar", anchor, _title(model, anchor), via=_via(why))

    return _accumulate(anchors, model.similar, reason)


def explain_likeness(model: TenantModel, pid: int, why: Reason) -> Reason:
    """A "similar" reason with what ``pid`` and the product it names have in common."""
    if why.kind != "similar":
        return why
    a, b = model.items.get(why.product_id or -1), model.items.get(pid)
    return replace(why, shared=tuple(shared_fields(a, b)) if a and b else ())


def popular(
    model: TenantModel, *, categories: Iterable[str] = (), trending: bool = False, size: int = 200
) -> Ranked:
    """The ``size`` most wanted products (lately, with ``trending``), optionally of these
    categories (the best of each category in turn)."""
    name = "trending" if trending else "popularity"
    counts = model.trending if trending else model.popularity
    roots = list(categories)
    if not roots:
        reason = Reason("trending" if trending else "popular")
        return [(p, counts[p], reason) for p in model.ranking(name)[:size] if p in model.items]
    out: Ranked = []
    seen: set[int] = set()
    lists = [model.ranking_in(name, root)[:size] for root in roots]
    for rank in range(size):
        for ranked in lists:
            if rank < len(ranked) and ranked[rank] not in seen:
                pid = ranked[rank]
                seen.add(pid)
                out.append(
                    (pid, counts[pid], Reason("category", category=model.items[pid].category))
                )
    return out[:size]


def newest(model: TenantModel, size: int = 200) -> Ranked:
    """Products nobody has interacted with yet, highest id (newest) first: shown last so a
    new shop's slots are not empty."""
    reason = Reason("new")
    return [(pid, 1.0, reason) for pid in model.unseen()[:size]]
