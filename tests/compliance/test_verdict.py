"""Scores become actions through the configured policy."""

from __future__ import annotations

import pytest

from tradewinds.compliance.verdict import decide, worst
from tradewinds.core.errors import ConfigError
from tradewinds.core.settings import ComplianceSettings


def test_actions_follow_configuration_and_threshold() -> None:
    config = ComplianceSettings(moderation_actions={"violence": "flag", "hate": "block"})
    assert decide(config, {"violence": 0.4}).action == "allow"
    flagged = decide(config, {"violence": 0.8})
    assert flagged.action == "flag" and flagged.flagged == ["violence"]
    blocked = decide(config, {"violence": 0.9, "hate": 0.6})
    assert blocked.action == "block" and blocked.flagged[0] == "hate"
    assert "hate 0.60" in blocked.reason


def test_allow_action_and_tenant_override() -> None:
    config = ComplianceSettings(moderation_actions={"violence": "allow"})
    assert decide(config, {"violence": 0.99}).action == "allow"
    assert decide(config, {"violence": 0.99}, overrides={"violence": "block"}).action == "block"


def test_unknown_category_in_actions_is_a_config_error() -> None:
    config = ComplianceSettings(moderation_actions={"violense": "block"})
    with pytest.raises(ConfigError, match="violense"):
        decide(config, {})


def test_worst_picks_most_severe() -> None:
    config = ComplianceSettings()
    verdicts = [decide(config, {}), decide(config, {"sexual": 0.9}), decide(config, {})]
    assert worst(verdicts).action == "block"
