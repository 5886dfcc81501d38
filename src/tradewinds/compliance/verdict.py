"""Moderation categories, the verdict every moderator returns, and how scores become actions.

A moderator only scores text per category (``{"violence": 0.91, ...}``); turning scores into
``allow`` / ``flag`` / ``block`` is policy, applied once here from
``settings.compliance.moderation_actions`` and ``moderation_threshold``.
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
KNOWN_CATEGORIES = frozenset((*CATEGORIES, BLOCKLIST))

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
        One line for people and logs, e.g. ``"blocked: violence 0.93"``.
    """

    action: Action
    categories: dict[str, float] = field(default_factory=dict)
    flagged: list[str] = field(default_factory=list)
    reason: str = ""

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


def decide(
    config: ComplianceSettings,
    scores: Mapping[str, float],
    *,
    overrides: Mapping[str, Action] | None = None,
    detail: str = "",
) -> ModerationVerdict:
    """Turn category scores into a verdict using the configured actions and threshold.

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
    """
    check_actions(config)
    actions: dict[str, Action] = {**config.moderation_actions, **(overrides or {})}
    threshold = config.moderation_threshold
    hits = sorted(
        (
            (cat, score)
            for cat, score in scores.items()
            if score >= threshold and actions.get(cat, "flag") != "allow"
        ),
        key=lambda item: (-_RANK[actions.get(item[0], "flag")], -item[1]),
    )
    clean = {cat: min(1.0, max(0.0, float(score))) for cat, score in scores.items()}
    if not hits:
        return ModerationVerdict(action="allow", categories=clean, reason="allowed")
    action: Action = actions.get(hits[0][0], "flag")
    words = ", ".join(f"{cat} {score:.2f}" for cat, score in hits)
    verb = "blocked" if action == "block" else "flagged"
    reason = f"{verb}: {words}" + (f" ({detail})" if detail else "")
    return ModerationVerdict(
        action=action, categories=clean, flagged=[c for c, _ in hits], reason=reason
    )


def worst(verdicts: list[ModerationVerdict]) -> ModerationVerdict:
    """The most severe verdict (ties: the first)."""
    return max(verdicts, key=lambda v: _RANK[v.action], default=ALLOW)
