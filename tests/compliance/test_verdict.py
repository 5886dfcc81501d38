"""Scores become actions through the configured policy."""

from __future__ import annotations

import pytest

from tradewinds.compliance.verdict import decide, worst
from tradewinds.core.errors import ConfigError
from tradewinds.core.settings import ComplianceSettings


def test_actions_follow_configuration_and_thresholds() -> None:
    config = ComplianceSettings(moderation_actions={"violence": "flag", "hate": "block"})
    assert decide(config, {"violence": 0.4}).action == "allow"
    flagged = decide(config, {"violence": 0.99})
    assert flagged.action == "flag" and flagged.flagged == ["violence"]
    borderline = decide(config, {"violence": 0.9, "hate": 0.6})  # hate below block 0.80
    assert borderline.action == "flag" and "hate 0.60 (>= 0.50, below block 0.80" in (
        borderline.reason
    )
    blocked = decide(config, {"violence": 0.9, "hate": 0.8})
    assert blocked.action == "block" and blocked.flagged == ["hate", "violence"]
    assert blocked.threshold == 0.8 and blocked.rule == ">= block 0.80; settings: hate -> block"
    assert "hate 0.80 (>= block 0.80; settings: hate -> block)" in blocked.reason


def test_a_shoppers_question_needs_the_shop_block_threshold() -> None:
    config = ComplianceSettings()  # violence -> block, shop block 0.95
    shop = decide(config, {"violence": 0.9}, shop_term="knife")
    assert shop.action == "flag" and "names 'knife', which this shop sells" in shop.reason
    assert decide(config, {"violence": 0.96}, shop_term="knife").action == "block"
    assert decide(config, {"violence": 0.9}).action == "block"


def test_sexual_minors_and_the_blocklist_block_at_the_flag_threshold() -> None:
    config = ComplianceSettings()
    assert decide(config, {"sexual": 0.6}).action == "flag"  # adult content: flagged
    minors = decide(config, {"sexual": 0.6, "sexual_minors": 0.6}, shop_term="pyjamas")
    assert minors.action == "block" and minors.flagged[0] == "sexual_minors"
    listed = decide(config, {"blocklist": 1.0}, shop_term="knife", detail="blocklist 'x'")
    assert listed.action == "block" and listed.reason.endswith("(blocklist 'x')")


def test_thresholds_come_from_settings() -> None:
    strict = ComplianceSettings(block_threshold=0.5, moderation_threshold=0.3)
    assert decide(strict, {"illicit": 0.55}).action == "block"
    assert decide(strict, {"illicit": 0.35}).action == "flag"


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
    verdicts = [decide(config, {}), decide(config, {"hate": 0.9}), decide(config, {})]
    assert worst(verdicts).action == "block"
