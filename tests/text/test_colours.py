"""Colour names in English and Chinese, shades included."""

from __future__ import annotations

from tradewinds.text import colour_names


def test_a_chinese_shade_is_its_base_colour() -> None:
    assert "green" in colour_names("墨绿") and "grey" in colour_names("深灰色")
    assert "green" not in colour_names("米色")
