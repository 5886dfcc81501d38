"""``moderate_text``: the one call every surface makes before and after a model runs.

Order: the tenant's blocklist first (cheap, and a hit needs no model), then every configured
moderator; scores combine by maximum per category. Categories derived from the text's target
are added (``compliance.targets``: ``sexual_minors``), an input that names something the
tenant sells is marked as a shopper's question (``compliance.shop_context``), then the
configured (and the tenant's) actions and thresholds decide (``verdict.decide``).

A failing guard model does not let content through unmoderated, nor fail the request: the
other moderators' scores apply, or, when the guard was the only one, the local classifier's;
the verdict's reason says so, and with it the audit record.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from tradewinds.compliance.blocklist import BlocklistHit
from tradewinds.compliance.moderators import Moderator, fallback_moderator, get_moderators
from tradewinds.compliance.policy import TenantPolicy, cached_policy, load_policy
from tradewinds.compliance.shop_context import catalogue_vocabulary, sold_term
from tradewinds.compliance.targets import derive
from tradewinds.compliance.verdict import (
    BLOCKLIST,
    Action,
    Direction,
    ModerationVerdict,
    decide,
)
from tradewinds.core.errors import ModelUnavailable
from tradewinds.core.settings import Settings
from tradewinds.store import Database

log = logging.getLogger(__name__)


def tenant_policy(db: Database | None, tenant_id: int) -> TenantPolicy:
    """The tenant's policy from ``db``, or the last one loaded when no database is at hand."""
    return load_policy(db, tenant_id) if db is not None else cached_policy(tenant_id)


def blocklist_verdict(
    settings: Settings, policy: TenantPolicy, hit: BlocklistHit
) -> ModerationVerdict:
    category = hit.entry.category or BLOCKLIST
    return decide(
        settings.compliance,
        {category: 1.0},
        overrides=policy.actions,
        detail=f"blocklist {hit.entry.kind} {hit.entry.pattern!r}",
    )


def combined_scores(
    moderators: list[Moderator], texts: list[str], *, notes: list[str] | None = None
) -> list[dict[str, float]]:
    """Maximum score per category over ``moderators``.

    A failing moderator is skipped if others ran; if all failed, the local classifier scores
    instead (unless it was among them: then :class:`ModelUnavailable` is raised, content is
    never passed unchecked). What failed, and the fallback, are appended to ``notes``.
    """
    merged: list[dict[str, float]] = [{} for _ in texts]
    failures: list[tuple[str, ModelUnavailable]] = []
    ran = 0
    for moderator in moderators:
        try:
            results = moderator.score(texts)
        except ModelUnavailable as exc:
            log.warning("moderator %s failed: %s", moderator.name, exc)
            failures.append((moderator.name, exc))
            continue
        ran += 1
        for target, scores in zip(merged, results, strict=True):
            for category, score in scores.items():
                target[category] = max(target.get(category, 0.0), score)
    if failures and not ran:
        fallback = fallback_moderator()
        if fallback.name in {name for name, _ in failures}:
            raise failures[0][1]
        merged = fallback.score(texts)
    if failures and notes is not None:
        said = "; ".join(f"{name} moderator unavailable: {str(e)[:120]}" for name, e in failures)
        notes.append(said + ("; the local classifier decided" if not ran else ""))
    return merged


def judge(
    settings: Settings,
    text: str,
    scores: dict[str, float],
    *,
    overrides: dict[str, Action] | None = None,
    goods: Callable[[], frozenset[str]] | None = None,
    notes: list[str] | None = None,
) -> ModerationVerdict:
    """The verdict on ``text`` from its moderators' ``scores``: derived categories added,
    then :func:`decide`, with the shop context when ``goods`` (the tenant's catalogue
    vocabulary, asked for only when a score applies) names something in the text."""
    floor = settings.compliance.moderation_threshold
    scores = derive(text, scores, floor)
    term = None
    if goods is not None and max(scores.values(), default=0.0) >= floor:
        term = sold_term(goods(), text)
    detail = "; ".join(notes or [])
    return decide(settings.compliance, scores, overrides=overrides, detail=detail, shop_term=term)


def moderate_text(
    settings: Settings,
    tenant_id: int,
    text: str,
    *,
    direction: Direction,
    db: Database | None = None,
) -> ModerationVerdict:
    """Moderate one input or output text for a tenant.

    Parameters
    ----------
    settings
        Effective settings (``settings.compliance`` holds the actions and moderators).
    tenant_id
        Whose policy (blocklist, action overrides) applies.
    text
        The text to check.
    direction
        ``input`` (what a user sent) or ``output`` (what a model wrote). Both are checked
        the same way, except that only an input can be a shopper's question (its block
        needs ``shop_block_threshold`` when it names something the tenant sells).
    db
        Where the tenant's policy lives. Without it, the policy last loaded in this process
        is used (pass it: a tenant's new blocklist entries are only seen through it).

    Returns
    -------
    ModerationVerdict
        ``block`` if the text must not pass, ``flag`` to let it pass and mark it.

    Raises
    ------
    ModelUnavailable
        Every configured moderator failed, and the local classifier with them (content is
        never passed unchecked).
    """
    return moderate_texts(settings, tenant_id, [text], direction=direction, db=db)[0]


def moderate_texts(
    settings: Settings,
    tenant_id: int,
    texts: list[str],
    *,
    direction: Direction,
    db: Database | None = None,
) -> list[ModerationVerdict]:
    """Moderate several texts at once (one batched classifier call), one verdict each.

    Texts that hit the tenant's blocklist, and blank texts, need no model; the others are
    scored together. Parameters, errors: as :func:`moderate_text`.
    """
    policy = tenant_policy(db, tenant_id)
    verdicts: list[ModerationVerdict | None] = [None] * len(texts)
    pending: list[int] = []
    for i, text in enumerate(texts):
        if (hit := policy.blocklist.first_hit(text)) is not None:
            verdicts[i] = blocklist_verdict(settings, policy, hit)
        elif not text.strip():
            verdicts[i] = decide(settings.compliance, {})
        else:
            pending.append(i)
    if pending:
        notes: list[str] = []
        scored = combined_scores(get_moderators(settings), [texts[i] for i in pending], notes=notes)
        goods = None
        if direction == "input" and db is not None:
            database = db
            goods = lambda: catalogue_vocabulary(database, tenant_id)  # noqa: E731 - lazy
        for i, scores in zip(pending, scored, strict=True):
            verdicts[i] = judge(
                settings, texts[i], scores, overrides=policy.actions, goods=goods, notes=notes
            )
    result = [v for v in verdicts if v is not None]
    for verdict in result:
        if verdict.action != "allow":
            log.info("moderation %s %s tenant=%s", direction, verdict.reason, tenant_id)
    return result
