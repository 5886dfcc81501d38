from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tradewinds.text import analyse


def test_english_is_stemmed_and_stop_words_dropped() -> None:
    assert analyse("Running Shoes for the Kids") == ["run", "shoe", "kid"]
    assert analyse("runs") == analyse("running")


def test_chinese_is_segmented_into_words() -> None:
    long, short = analyse("蓝牙无线耳机"), analyse("无线耳机")
    assert {"无线", "耳机"} <= set(long)
    assert set(short) <= set(long)


def test_mixed_scripts_keep_both() -> None:
    tokens = analyse("蓝牙耳机 bluetooth")
    assert "蓝牙" in tokens and "bluetooth" in tokens


def test_hyphenated_words_yield_parts_and_joined_form() -> None:
    assert analyse("Strong-Tie") == ["strong", "tie", "strongti"]
    assert analyse("men's") == ["men"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_analyses_to_clean_tokens(text: str) -> None:
    for token in analyse(text):
        assert token and token == token.strip()
        assert '"' not in token
