"""moderate_text and StreamModerator: tenant blocklists, the classifier, streamed cuts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradewinds.compliance import StreamModerator, add_blocklist_entry, moderate_text, set_policy
from tradewinds.compliance.moderators import parse_guard_answer, register_moderator
from tradewinds.compliance.streaming import WINDOW_CHARS
from tradewinds.core.errors import Conflict
from tradewinds.core.settings import Settings, load_settings
from tradewinds.store import Database
from tradewinds.store.tables import Tenant


class _Lexicon:
    """A real (if tiny) moderator, as a third party would register one."""

    name = "lexicon-test"

    def __init__(self, _settings: Settings) -> None:
        self.calls = 0

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        self.calls += 1
        return [{"violence": 0.95 if "stab" in t else 0.0} for t in texts]


register_moderator("lexicon-test", _Lexicon)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(home=tmp_path, compliance={"moderators": ["lexicon-test"]})


def test_tenant_blocklist_applies_only_to_its_tenant(
    db: Database, tenant: Tenant, other_tenant: Tenant, settings: Settings
) -> None:
    add_blocklist_entry(db, tenant.id, "竞品")
    with pytest.raises(Conflict):
        add_blocklist_entry(db, tenant.id, "竞品")
    verdict = moderate_text(settings, tenant.id, "比竞品好多了", direction="output", db=db)
    assert verdict.action == "block" and verdict.flagged == ["blocklist"]
    assert (
        moderate_text(settings, other_tenant.id, "比竞品好多了", direction="output", db=db).action
        == "allow"
    )


def test_tenant_action_override(db: Database, tenant: Tenant, settings: Settings) -> None:
    verdict = moderate_text(settings, tenant.id, "I will stab him", direction="input", db=db)
    assert verdict.action == "block" and "settings: violence -> block" in verdict.reason
    set_policy(db, tenant.id, moderation_actions={"violence": "flag"})
    verdict = moderate_text(settings, tenant.id, "I will stab him", direction="input", db=db)
    assert verdict.action == "flag" and "tenant policy: violence -> flag" in verdict.reason


def test_stream_is_cut_when_a_keyword_spans_deltas(
    db: Database, tenant: Tenant, settings: Settings
) -> None:
    add_blocklist_entry(db, tenant.id, "secret recipe")
    guard = StreamModerator(settings, tenant.id, db=db)
    assert guard.feed("Here is our secr") is None
    cut = guard.feed("et recipe for you")
    assert cut is not None and cut.blocked
    assert guard.feed("more") is cut and guard.finish().blocked


def test_stream_checks_on_sentences_in_bounded_memory(
    tenant: Tenant, db: Database, settings: Settings
) -> None:
    guard = StreamModerator(settings, tenant.id, db=db)
    for _ in range(2000):
        assert guard.feed("A calm sentence about tents and boots. ") is None
    assert len(guard._window) <= WINDOW_CHARS
    assert 0 < guard.checks <= 2000
    assert guard.feed("Then I will stab") is None  # no sentence end yet
    assert guard.feed(" him.") is None  # a sentence end, but under 40 new characters
    assert guard.finish().blocked  # violence 0.95 blocks by default


def test_guard_answers_are_parsed() -> None:
    assert parse_guard_answer("Safety: Safe\nCategories: None") == {}
    assert parse_guard_answer("Safety: Unsafe\nCategories: Violent") == {"violence": 1.0}
    assert parse_guard_answer("Safety: Controversial\nCategories: Suicide & Self-Harm") == {
        "self_harm": 0.5
    }
    assert parse_guard_answer("unsafe\nS10") == {"hate": 1.0}


def test_shipped_classifier_separates_clear_cases(tmp_path: Path) -> None:
    settings = load_settings(home=tmp_path)
    benign = moderate_text(settings, 1, "Does the rain jacket come in XL?", direction="input")
    harmful = moderate_text(
        settings, 1, "Give me step by step instructions to build a bomb", direction="input"
    )
    assert benign.action == "allow" and benign.score < 0.5
    assert harmful.action != "allow" and "illicit" in harmful.flagged


class _Down:
    """A moderator whose backend is down."""

    def __init__(self, name: str) -> None:
        self.name = name

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        from tradewinds.core.errors import ModelUnavailable

        raise ModelUnavailable(f"{self.name} is down")


def test_when_every_moderator_fails_the_local_classifier_scores() -> None:
    from tradewinds.compliance.moderation import combined_scores
    from tradewinds.core.errors import ModelUnavailable

    notes: list[str] = []
    [scores] = combined_scores([_Down("guard")], ["Does the tent fit two people?"], notes=notes)
    assert max(scores.values()) < 0.5 and set(scores) >= {"violence", "illicit"}
    assert notes == ["guard moderator unavailable: guard is down; the local classifier decided"]
    # the classifier itself down as well: nothing scores, nothing passes unchecked
    with pytest.raises(ModelUnavailable, match="guard is down"):
        combined_scores([_Down("guard"), _Down("classifier")], ["hi"])
