"""Moderators: anything that scores texts per category, behind one small protocol.

Built in:

* ``classifier`` — the local CPU classifier (:mod:`tradewinds.compliance.classifier`);
* ``guard`` — a guard model (e.g. Qwen3Guard) behind the model layer, usually an
  OpenAI-compatible server configured as ``[models.guard]``.

``settings.compliance.moderators`` lists the ones to run; their scores are combined by taking
the maximum per category, so a guard model can replace the classifier (``["guard"]``) or
complement it (``["classifier", "guard"]``). Third parties add their own under the
``tradewinds.moderators`` entry-point group (a callable taking the settings and returning a
:class:`Moderator`), or in code with :func:`register_moderator`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from tradewinds.core.errors import ModelUnavailable
from tradewinds.core.registry import Registry
from tradewinds.core.settings import Settings

Scores = dict[str, float]


@runtime_checkable
class Moderator(Protocol):
    """Scores texts per category; never decides actions (that is policy, in ``verdict``)."""

    name: str

    def score(self, texts: list[str]) -> list[Scores]:
        """One ``{category: score in [0, 1]}`` per text."""
        ...


ENTRY_POINT_GROUP = "tradewinds.moderators"
MODERATORS: Registry[Callable[[Settings], Moderator]] = Registry(
    "moderator",
    group=ENTRY_POINT_GROUP,
    builtins={
        "classifier": "tradewinds.compliance.moderators:classifier_moderator",
        "guard": "tradewinds.compliance.moderators:GuardModerator",
    },
    hint="set compliance.moderators to known names",
)


def register_moderator(name: str, factory: Callable[[Settings], Moderator]) -> None:
    """Make ``name`` usable in ``settings.compliance.moderators``.

    ``factory`` is called on every :func:`get_moderators` call, so it must be cheap: share
    loaded weights in the factory (as the classifier does), not in the instance.
    """
    MODERATORS.register(name, factory)


def get_moderators(settings: Settings) -> list[Moderator]:
    """The moderators named in ``settings.compliance.moderators``, in order.

    Raises ``ConfigError`` naming an unknown moderator and the known ones.
    """
    return [MODERATORS.get(name)(settings) for name in settings.compliance.moderators]


def fallback_moderator() -> Moderator:
    """The local classifier (the shipped heads, one per process): the ``classifier``
    moderator, and what scores when every configured moderator failed."""
    from tradewinds.compliance.classifier import ClassifierModerator

    return ClassifierModerator.shipped()


def classifier_moderator(_settings: Settings) -> Moderator:
    """The ``classifier`` moderator: the shipped local classifier, whatever the settings."""
    return fallback_moderator()


# --- guard model ------------------------------------------------------------------------------

# Qwen3Guard answers "Safety: Unsafe\nCategories: Violent"; Llama Guard answers "unsafe\nS1".
_GUARD_CATEGORIES: dict[str, str] = {
    "violent": "violence",
    "violence": "violence",
    "non-violent illegal acts": "illicit",
    "illegal": "illicit",
    "weapons": "illicit",
    "sexual content or sexual acts": "sexual",
    "sexual": "sexual",
    "suicide & self-harm": "self_harm",
    "self-harm": "self_harm",
    "unethical acts": "harassment",
    "harassment": "harassment",
    "hate": "hate",
    "politically sensitive topics": "illicit",
    "personally identifiable information": "harassment",
    "jailbreak": "illicit",
    "s1": "violence",
    "s2": "illicit",
    "s3": "sexual",
    "s4": "sexual_minors",
    "child sexual exploitation": "sexual_minors",
    "s9": "illicit",
    "s10": "hate",
    "s11": "self_harm",
    "s12": "sexual",
}
_SAFETY = re.compile(r"safety\s*:\s*(safe|unsafe|controversial)", re.IGNORECASE)


def parse_guard_answer(answer: str) -> Scores:
    """Scores from a guard model's text answer (Qwen3Guard or Llama Guard format).

    ``Unsafe`` scores 1.0 and ``Controversial`` 0.5 for each category named; an unsafe answer
    naming no known category counts as ``illicit``.
    """
    lowered = answer.strip().lower()
    match = _SAFETY.search(lowered)
    verdict = match.group(1) if match else lowered.split(None, 1)[0] if lowered else "safe"
    if verdict not in {"unsafe", "controversial"}:
        return {}
    score = 1.0 if verdict == "unsafe" else 0.5
    found = {
        category
        for label, category in _GUARD_CATEGORIES.items()
        if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", lowered)
    }
    return dict.fromkeys(found or {"illicit"}, score)


class GuardModerator:
    """A guard chat model (Qwen3Guard, Llama Guard) reached through the model layer."""

    name = "guard"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.purpose = settings.compliance.guard_purpose

    def score(self, texts: list[str]) -> list[Scores]:
        from tradewinds.models import ChatRequest, Message, get_chat_model

        model = get_chat_model(self.purpose, self.settings)
        results = []
        for text in texts:
            try:
                answer = model.chat(
                    ChatRequest(messages=[Message.user(text)], max_tokens=32, temperature=0.0)
                )
            except ModelUnavailable as exc:
                raise ModelUnavailable(
                    f"guard moderator (models.{self.purpose}) is unavailable: {exc}"
                ) from None
            results.append(parse_guard_answer(answer.text))
        return results
