"""The listing copy type: its text for the checker, its rules, its JSON form."""

from __future__ import annotations

import pytest

from tradewinds.merchant import ListingCopy
from tradewinds.merchant.listing import META_DESCRIPTION_MAX, SEO_TITLE_MAX


def test_text_joins_every_field_for_the_checker() -> None:
    copy = ListingCopy("en", "Trail Mug", ("Holds 350 ml", "Steel", "Lid"), "A mug.", "Mug")
    assert copy.text().splitlines() == [
        "Trail Mug",
        "Holds 350 ml",
        "Steel",
        "Lid",
        "A mug.",
        "Mug",
    ]


def test_problems_name_the_field_and_the_limit() -> None:
    copy = ListingCopy(
        "en",
        " ",
        ("one",),
        seo_title="x" * (SEO_TITLE_MAX + 1),
        meta_description="y" * (META_DESCRIPTION_MAX + 5),
    )
    problems = copy.problems()
    assert problems[0] == "title: empty"
    assert problems[1].startswith("bullets: 1")
    assert f"at most {SEO_TITLE_MAX}" in problems[2]
    assert f"{META_DESCRIPTION_MAX + 5} characters" in problems[3]
    assert ListingCopy("en", "Mug", ("a", "b", "c")).problems() == []


def test_round_trip_and_unknown_fields() -> None:
    copy = ListingCopy("zh", "保温杯", ("一", "二", "三"), origin="ai", model="chat")
    assert ListingCopy.from_dict(copy.to_dict()) == copy
    assert copy.ai_generated and not ListingCopy("en", "x", origin="template").ai_generated
    with pytest.raises(ValueError, match="colour"):
        ListingCopy.from_dict({"language": "en", "title": "x", "colour": "red"})
