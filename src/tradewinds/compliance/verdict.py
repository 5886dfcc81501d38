"""Moderation categories, the verdict every moderator returns, and how scores become actions.

A moderator only scores text per category (``{"violence": 0.91, ...}``); turning scores into
``allow`` / ``flag`` / ``block`` is policy, applied once here (:func:`decide`):

* a category applies at or above ``moderation_threshold``, unless its action is ``allow``;
* its action comes from the tenant's policy, else ``settings.compliance.moderation_actions``;
* a ``block`` category blocks only at or above ``block_threshold``: between the two
  thresholds the text is borderline and flagged (let through, marked in the audit log);
* a shopper's question about something the shop sells (``shop_term``) needs
  ``shop_block_threshold`` to be blocked, except for the tenant's blocklist and
  ``sexual_minors``, which block at ``moderation_threshold`` whatever the context.

The verdict's reason names each category, its score, the threshold that decided and the
rule, so an audit record explains itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from tradewinds.core.errors import ConfigError
from tradewinds.core.settings import ComplianceSettings

Action = Literal["allow", "flag", "block"]
Direction = Literal["input", "output"]

#: The classifier's categories; ``blocklist`` is the tenant keyword/regex list.
CATEGORIES: tuple[str, ...] = (
    "sexual",
    "hate",
    "harassment",
    "violence",
    "self_harm",
    "illicit",
)
BLOCKLIST = "blocklist"
#: Derived from ``sexual`` when the text names a minor (see ``compliance.targets``); guard
#: models name it themselves (Llama Guard S4).
SEXUAL_MINORS = "sexual_minors"
KNOWN_CATEGORIES = frozenset((*CATEGORIES, SEXUAL_MINORS, BLOCKLIST))
#: Categories that block at ``moderation_threshold``, whatever the score band or context.
ALWAYS_BLOCK = frozenset((SEXUAL_MINORS, BLOCKLIST))

_RANK: dict[Action, int] = {"allow": 0, "flag": 1, "block": 2}


@dataclass(frozen=True)
class ModerationVerdict:
    """What moderation decided about one text.

    Attributes
    ----------
    action
        ``allow``, ``flag`` (let through, mark for review) or ``block``.
    categories
        Score in [0, 1] per category that was scored.
    flagged
        Categories at or above the threshold whose action is not ``allow``, worst first.
    reason
        One line for people and logs: each category with its score, the threshold that
        decided and the rule, e.g. ``"blocked: violence 0.93 (>= block 0.80; settings:
        violence -> block)"``.
    threshold
        The threshold that decided the worst category (``None`` when allowed).
    rule
        Where the worst category's action came from (``settings``, ``tenant policy``,
        ``tenant blocklist ...``), and why a block became a flag if it did.
    """

    action: Action
    categories: dict[str, float] = field(default_factory=dict)
    flagged: list[str] = field(default_factory=list)
    reason: str = ""
    threshold: float | None = None
    rule: str = ""

    @property
    def blocked(self) -> bool:
        return self.action == "block"

    @property
    def score(self) -> float:
        """The highest category score (0 when nothing was scored)."""
        return max(self.categories.values(), default=0.0)

    def to_dict(self) -> dict[str, object]:
        return {
            "action": self.action,
            "categories": {k: round(v, 4) for k, v in self.categories.items()},
            "flagged": list(self.flagged),
            "reason": self.reason,
            "threshold": self.threshold,
            "rule": self.rule,
        }


ALLOW = ModerationVerdict(action="allow", reason="allowed")


def check_actions(config: ComplianceSettings) -> None:
    """Refuse action keys that name no category (a typo would silently allow content)."""
    unknown = sorted(set(config.moderation_actions) - KNOWN_CATEGORIES)
    if unknown:
        raise ConfigError(
            f"compliance.moderation_actions: unknown categories {', '.join(unknown)} "
            f"(known: {', '.join(sorted(KNOWN_CATEGORIES))})"
        )


@dataclass(frozen=True)
class _Hit:
    category: str
    score: float
    action: Action
    threshold: float
    rule: str

    def words(self) -> str:
        return f"{self.category} {self.score:.2f} ({self.rule})"


def _hit(
    config: ComplianceSettings,
    category: str,
    score: float,
    overrides: Mapping[str, Action],
    shop_term: str | None,
) -> _Hit | None:
    """How one category's score decides, or ``None`` if it does not apply."""
    floor = config.moderation_threshold
    source = "tenant policy" if category in overrides else "settings"
    wanted: Action = overrides.get(category) or config.moderation_actions.get(category, "flag")
    if score < floor or wanted == "allow":
        return None
    said = f"{source}: {category} -> {wanted}"
    if wanted == "flag":
        return _Hit(category, score, "flag", floor, f">= {floor:.2f}; {said}")
    if category in ALWAYS_BLOCK:
        return _Hit(category, score, "block", floor, f">= {floor:.2f}; {said}")
    bar, band = config.block_threshold, "block"
    if shop_term is not None:
        bar, band = max(bar, config.shop_block_threshold), "shop block"
    if score >= bar:
        return _Hit(category, score, "block", bar, f">= {band} {bar:.2f}; {said}")
    why = f"names {shop_term!r}, which this shop sells" if shop_term is not None else "borderline"
    rule = f">= {floor:.2f}, below {band} {bar:.2f}: {why}; {said}"
    return _Hit(category, score, "flag", floor, rule)


def decide(
    config: ComplianceSettings,
    scores: Mapping[str, float],
    *,
    overrides: Mapping[str, Action] | None = None,
    detail: str = "",
    shop_term: str | None = None,
) -> ModerationVerdict:
    """Turn category scores into a verdict using the configured actions and thresholds.

    Parameters
    ----------
    config
        ``settings.compliance``.
    scores
        Score per category, each in [0, 1].
    overrides
        A tenant's own actions, replacing the configured ones per category.
    detail
        Extra words for the reason (e.g. which blocklist entry matched).
    shop_term
        What the text names that the tenant sells, if anything: a shopper's question, whose
        block needs ``shop_block_threshold``.

    >>> from tradewinds.core.settings import ComplianceSettings
    >>> config = ComplianceSettings()
    >>> decide(config, {"violence": 0.62}).reason
    'flagged: violence 0.62 (>= 0.50, below block 0.80: borderline; settings: violence -> block)'
    >>> decide(config, {"violence": 0.9}).action
    'block'
    >>> decide(config, {"violence": 0.9}, shop_term="knife").action
    'flag'
    """
    check_actions(config)
    clean = {cat: min(1.0, max(0.0, float(score))) for cat, score in scores.items()}
    hits = sorted(
        (
            hit
            for cat, score in clean.items()
            if (hit := _hit(config, cat, score, overrides or {}, shop_term)) is not None
        ),
        key=lambda hit: (-_RANK[hit.action], -hit.score),
    )
    if not hits:
        reason = "allowed" + (f" ({detail})" if detail else "")
        return ModerationVerdict(action="allow", categories=clean, reason=reason)
    top = hits[0]
    verb = "blocked" if top.action == "block" else "flagged"
    reason = f"{verb}: " + ", ".join(hit.words() for hit in hits)
    reason += f" ({detail})" if detail else ""
    return ModerationVerdict(
        action=top.action,
        categories=clean,
        flagged=[hit.category for hit in hits],
        reason=reason,
        threshold=top.threshold,
        rule=top.rule,
    )


def worst(verdicts: list[ModerationVerdict]) -> ModerationVerdict:
    """The most severe verdict (ties: the first)."""
    return max(verdicts, key=lambda v: _RANK[v.action], default=ALLOW)
