# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""Listing copy from templates: per language, facts only, SEO limits, generic drafts."""

from __future__ import annotations

import re

import pytest

from tests.merchant._products import BLOCKS, JACKET, KETTLE
from tradewinds.core.errors import InvalidInput
from tradewinds.merchant import ProductFacts, check_copy
from tradewinds.merchant._source import CopySource
from tradewinds.merchant.compose import TONES, compose_copy
from tradewinds.merchant.listing import META_DESCRIPTION_MAX, SEO_TITLE_MAX

KETTLE_SOURCE = CopySource(KETTLE, "Brewhouse")


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize(("length", "bullets"), [("short", 3), ("medium", 4), ("long", 5)])
def test_english_copy_repeats_the_facts_with_the_asked_tone_and_length(
    tone: str, length: str, bullets: int
) -> None:
    copy = compose_copy(KETTLE_SOURCE, "en", tone=tone, length=length)
    assert copy.language == "en" and copy.origin == "template" and not copy.generic
    assert copy.title == "Pour-Over Kettle"
    assert len(copy.bullets) == bullets
    assert copy.bullets[:2] == ("Material: Stainless steel", "Capacity: 2.5 L")
    assert "Brewhouse" in copy.description and copy.problems() == []
    assert check_copy(KETTLE, copy.text(), "en").verdict == "ok"


def test_every_number_in_the_copy_is_one_the_product_states() -> None:
    stated = set(re.findall(r"\d+(?:\.\d+)?", KETTLE.text))
    for language in ("en", "zh"):
        copy = compose_copy(KETTLE_SOURCE, language, length="long")
        assert set(re.findall(r"\d+(?:\.\d+)?", copy.text())) <= stated, copy.text()


def test_chinese_copy_translates_only_what_is_exact() -> None:
    copy = compose_copy(CopySource(JACKET, "Rainier"), "zh", length="long")
    assert "材质：尼龙" in copy.bullets  # "Nylon" is exactly a known material
    assert "颜色：藏青色、红色" in copy.bullets  # Navy, Red from the colour table
    assert "尺码：S、M、L" in copy.bullets
    assert "Trail Rain Jacket" in copy.description  # the name stays as written
    assert "Machine washable" not in copy.text()  # an English sentence is not pasted in
    assert check_copy(JACKET, copy.text(), "zh").verdict == "ok"


def test_chinese_product_keeps_its_chinese_sentences() -> None:
    copy = compose_copy(CopySource(BLOCKS), "zh", length="long")
    assert "材质：榉木" in copy.bullets and "适用年龄：3岁以上" in copy.bullets
    assert "50块榉木积木，水性漆。" in copy.bullets  # its own sentences, verbatim
    assert check_copy(BLOCKS, copy.text(), "zh").verdict == "ok"


def test_seo_fields_stay_within_their_limits_for_a_long_name() -> None:
    name = "Ultralight Four-Season Expedition Tent with Vestibules and Footprint " * 2
    facts = ProductFacts("long", name.strip(), attributes=(("material", "Nylon"),))
    for language in ("en", "zh"):
        copy = compose_copy(CopySource(facts, "A Very Long Vendor Name Outfitters"), language)
        assert 0 < len(copy.seo_title) <= SEO_TITLE_MAX
        assert 0 < len(copy.meta_description) <= META_DESCRIPTION_MAX
        assert not copy.seo_title.endswith((" ", ",", "|"))


def test_a_product_without_facts_gets_a_short_generic_draft() -> None:
    bare = CopySource(ProductFacts("plain", "Plain Tote", product_type="Bag"), "Acme")
    for language in ("en", "zh"):
        copy = compose_copy(bare, language)
        assert copy.generic and copy.bullets == ()
        assert "Plain Tote" in copy.description and len(copy.description) < 60
        assert copy.notes and "states no" in copy.notes[0]
        assert not re.search(r"\d", copy.text())  # no invented specification


def test_a_description_sentence_the_checker_blocks_is_left_out() -> None:
    facts = ProductFacts(
        "mug",
        "Camp Mug",
        attributes=(("material", "Enamelled steel"), ("capacity", "350 ml")),
        description="<p>Only $12.99 this week. Hangs from a carabiner. Lorem ipsum dolor.</p>",
    )
    copy = compose_copy(CopySource(facts), "en", length="long")
    assert "Hangs from a carabiner." in copy.text()
    assert "$12.99" not in copy.text() and "Lorem" not in copy.text()
    assert check_copy(facts, copy.text(), "en").verdict == "ok"


def test_unknown_tone_length_or_language_is_named() -> None:
    with pytest.raises(InvalidInput, match="tone 'loud'"):
        compose_copy(KETTLE_SOURCE, "en", tone="loud")
    with pytest.raises(InvalidInput, match="length 'huge'"):
        compose_copy(KETTLE_SOURCE, "en", length="huge")
    with pytest.raises(InvalidInput, match="templates: en, zh"):
        compose_copy(KETTLE_SOURCE, "fr")
