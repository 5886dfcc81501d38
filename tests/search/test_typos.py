from __future__ import annotations

from tradewinds.search.typos import TypoCorrector


def test_one_edit_away_words_are_found_most_frequent_first() -> None:
    corrector = TypoCorrector({"headphon": 5, "headphones": 1, "earbud": 3, "pipe": 9})
    assert corrector.corrections("hedphon") == ["headphon"]  # deletion
    assert corrector.corrections("haedphon") == ["headphon"]  # transposition
    assert corrector.corrections("earbux") == ["earbud"]  # substitution
    assert corrector.corrections("earbudd") == ["earbud"]  # insertion


def test_known_short_and_far_words_are_not_corrected() -> None:
    corrector = TypoCorrector({"headphon": 5, "pipe": 9})
    assert corrector.corrections("headphon") == []
    assert corrector.corrections("pip") == []  # too short to guess
    assert corrector.corrections("hxxdphon") == []  # two edits
    corrector.add(["hxxdphon"])
    assert corrector.corrections("hxxdphonn") == ["hxxdphon"]
