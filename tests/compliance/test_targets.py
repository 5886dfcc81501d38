"""Categories derived from a text's target: sexual content that names a minor."""

from __future__ import annotations

import pytest

from tradewinds.compliance.targets import derive, names_minor


@pytest.mark.parametrize(
    "text",
    ["a story about a 12-year-old", "my teenager", "underage girls", "小学生", "一个十四岁的女孩"],
)
def test_minors_are_named_in_english_and_chinese(text: str) -> None:
    assert names_minor(text)


@pytest.mark.parametrize(
    "text", ["adult sizes only", "a 25 year old woman", "for grown-ups", "成人"]
)
def test_adults_are_not_minors(text: str) -> None:
    assert not names_minor(text)


def test_derived_only_when_sexual_applies() -> None:
    assert derive("pyjamas for a 6 year old", {"sexual": 0.2}, 0.5) == {"sexual": 0.2}
    derived = derive("pyjamas for a 6 year old", {"sexual": 0.7, "hate": 0.1}, 0.5)
    assert derived == {"sexual": 0.7, "hate": 0.1, "sexual_minors": 0.7}
    # a guard model's own sexual_minors score is kept when higher
    assert derive("kids", {"sexual": 0.6, "sexual_minors": 1.0}, 0.5)["sexual_minors"] == 1.0
