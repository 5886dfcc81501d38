"""``moderate_text``: the one call every surface makes before and after a model runs.

Order: the tenant's blocklist first (cheap, and a hit needs no model), then every configured
moderator; scores combine by maximum per category, then the configured (and the tenant's)
actions decide. A failing guard model does not let content through unmoderated: the
classifier's scores still apply, and the failure is logged.
"""

from __future__ import annotations

import logging

from tradewinds.compliance.blocklist import BlocklistHit
from tradewinds.compliance.moderators import Moderator, get_moderators
from tradewinds.compliance.policy import TenantPolicy, cached_policy, load_policy
from tradewinds.compliance.verdict import BLOCKLIST, Direction, ModerationVerdict, decide
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


def combined_scores(moderators: list[Moderator], texts: list[str]) -> list[dict[str, float]]:
    """Maximum score per category over ``moderators``; a failing one is skipped if others ran."""
    merged: list[dict[str, float]] = [{} for _ in texts]
    failures: list[ModelUnavailable] = []
    for moderator in moderators:
        try:
            results = moderator.score(texts)
        except ModelUnavailable as exc:
            log.warning("moderator %s failed: %s", moderator.name, exc)
            failures.append(exc)
            continue
        for target, scores in zip(merged, results, strict=True):
            for category, score in scores.items():
                target[category] = max(target.get(category, 0.0), score)
    if failures and len(failures) == len(moderators):
        raise failures[0]
    return merged


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
        ``input`` (what a user sent) or ``output`` (what a model wrote); recorded in the
        reason, and both are checked the same way.
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
        Every configured moderator failed (content is never passed unchecked).
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
        scored = combined_scores(get_moderators(settings), [texts[i] for i in pending])
        for i, scores in zip(pending, scored, strict=True):
            verdicts[i] = decide(settings.compliance, scores, overrides=policy.actions)
    result = [v for v in verdicts if v is not None]
    for verdict in result:
        if verdict.action != "allow":
            log.info("moderation %s %s tenant=%s", direction, verdict.reason, tenant_id)
    return result
