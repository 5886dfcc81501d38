# ruff: noqa: RUF001
"""Meaning across languages: the multilingual model places a question next to the rule
that answers it, whichever language each is in; English texts keep the English model."""

from __future__ import annotations

import pytest

from tradewinds.assistant.semantic import similarities
from tradewinds.core.settings import Settings

RULES = [
    "配送说明: 我们目前只配送中国大陆地区，暂不支持港澳台及海外地址。",
    "How to claim: Send us your order number with a photo of the problem. An approved "
    "replacement ships within 5 business days.",
    "运费: 订单满99元包邮，不满99元收取运费8元。",
]


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings()


@pytest.mark.parametrize("question", ["can you ship to the US?", "能寄到香港吗"])
def test_a_question_meets_its_rule_across_languages(settings: Settings, question: str) -> None:
    found = similarities(settings, question, RULES, multilingual=True)
    assert found is not None
    assert max(range(len(RULES)), key=found.__getitem__) == 0, found
    assert all(-0.5 < value <= 1.0 for value in found)  # rescaled to the English model's range


def test_english_texts_and_callers_not_asking_keep_the_english_model(settings: Settings) -> None:
    texts = ["Returns are free within 30 days.", "Tents have a two-year warranty."]
    english = similarities(settings, "how long do I have to send it back?", texts)
    assert (
        similarities(settings, "how long do I have to send it back?", texts, multilingual=True)
        == english
    )
    assert similarities(settings, "能寄到香港吗", RULES) != similarities(
        settings, "能寄到香港吗", RULES, multilingual=True
    )


def test_without_a_multilingual_model_the_english_one_answers(settings: Settings) -> None:
    alone = settings.model_copy(deep=True)
    alone.models.pop("embed_multilingual")
    assert similarities(alone, "能寄到香港吗", RULES, multilingual=True) == similarities(
        alone, "能寄到香港吗", RULES
    )


def test_an_english_question_reads_an_english_rule_with_the_english_model(
    settings: Settings,
) -> None:
    mixed = similarities(settings, "can you ship to the US?", RULES, multilingual=True)
    alone = similarities(settings, "can you ship to the US?", [RULES[1]])
    assert mixed is not None and alone is not None
    assert mixed[1] == pytest.approx(alone[0])
