"""Blocklists: Chinese without word boundaries, Latin whole words, regexes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradewinds.compliance.blocklist import Blocklist, BlocklistEntry
from tradewinds.core.errors import InvalidInput


@pytest.mark.parametrize("text", ["我要杀人了", "我要杀 人了", "杀.人", "杀\u200b人", "ab杀人cd"])
def test_chinese_keyword_matches_inside_text_and_across_separators(text: str) -> None:
    hit = Blocklist([BlocklistEntry("杀人")]).first_hit(text)
    assert hit is not None and hit.entry.pattern == "杀人"


def test_latin_keyword_matches_whole_words_only() -> None:
    words = Blocklist([BlocklistEntry("ass"), BlocklistEntry("free money")])
    assert words.first_hit("a classic class") is None
    assert words.first_hit("what an ASS!") is not None
    assert words.first_hit("get FREE   money now") is not None
    assert words.first_hit("free moneybags") is None


def test_fullwidth_letters_are_normalised() -> None:
    assert Blocklist([BlocklistEntry("bad")]).first_hit("\uff22\uff21\uff24 word") is not None


def test_regex_entry_and_category() -> None:
    words = Blocklist([BlocklistEntry(r"v[i1]agra", kind="regex", category="illicit")])
    hit = words.first_hit("cheap V1AGRA here")
    assert hit is not None and hit.entry.category == "illicit" and hit.matched == "v1agra"


def test_invalid_regex_is_refused_with_a_message() -> None:
    with pytest.raises(InvalidInput, match="regex"):
        BlocklistEntry("(unclosed", kind="regex")


@given(st.text(max_size=60))
def test_empty_blocklist_never_matches(text: str) -> None:
    assert Blocklist().first_hit(text) is None


@given(st.text(alphabet="abc 杀人的。", max_size=40))
def test_cjk_keyword_found_whenever_its_characters_are_adjacent(text: str) -> None:
    words = Blocklist([BlocklistEntry("杀人")])
    assert (words.first_hit(text) is not None) == (
        "杀人" in text.replace(" ", "").replace("。", "")
    )
