# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
from __future__ import annotations

from tradewinds.text import detect_language, is_spaceless, split_sentences


def test_languages() -> None:
    assert [detect_language(t) for t in ("200元以下的红色外套", "rain jacket", "#1001")] == [
        "zh", "en", None,
    ]  # fmt: skip
    assert detect_language("tell me about 红茶") == "en"
    assert is_spaceless("ナイフ") and not is_spaceless("knife")


def test_sentences_of_html_and_chinese() -> None:
    assert split_sentences("<p>Machine washable. Dries in 2 h.</p><p>Made in Portugal!</p>") == [
        "Machine washable.", "Dries in 2 h.", "Made in Portugal!",
    ]  # fmt: skip
    assert split_sentences("可机洗。续航8小时！") == ["可机洗。", "续航8小时！"]
    assert split_sentences("Weighs 1.5 kg. Costs 2.50 USD.") == [
        "Weighs 1.5 kg.",
        "Costs 2.50 USD.",
    ]
