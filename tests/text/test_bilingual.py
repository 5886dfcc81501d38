from __future__ import annotations

from tradewinds.text import chinese_words, to_chinese, to_english, translations


def test_chinese_shop_words_become_english() -> None:
    assert to_english("我想买一台割草机") == "lawn mower"
    assert "backpack" in to_english("能装笔记本电脑的双肩包").split()
    assert to_english("帐篷 200元以下").split() == ["200", "tent"]


def test_latin_words_and_numbers_are_kept() -> None:
    assert to_english("Greenway 40V 的割草机").split()[:2] == ["Greenway", "40V"]


def test_words_are_cut_longest_first_and_stop_words_dropped() -> None:
    assert chinese_words("我想买狗粮") == ["狗粮"]
    assert to_english("我想要一个") == ""


def test_english_phrases_become_chinese() -> None:
    assert to_chinese("rice cooker") == "电饭煲"
    assert to_chinese("zzzz") == ""


def test_translations_go_both_ways_once_each() -> None:
    assert translations("鱼缸和键盘") == ["fish tank", "keyboard"]
    assert translations("rice cooker") == ["电饭煲"]
    assert translations("电饭煲 rice cooker") == ["rice cooker", "电饭煲"]
    assert translations("12345") == []
