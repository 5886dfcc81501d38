from __future__ import annotations

import pytest

from tradewinds.text import head_word


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("practice amps for electric guitar", "amp"),  # what comes before "for"
        ("Nickel Wound Electric Guitar Strings", "string"),  # the last noun names it
        ("Electric Guitar", "guitar"),
        ("Cloud Yoga Mat 6 mm", "mat"),  # sizes and counts after it are not the thing
        ("IronCore Adjustable Dumbbell 10 - 90 lb", "dumbbel"),
        ("Loop Resistance Bands (Set of 5)", "band"),  # brackets say more about it
        ("Drum Starter Kit", "starter"),  # a packaging names no thing: what it holds
        ("do you have motor oil? 5w-30", "oil"),
        ("looking for an overdrive pedal for my electric guitar", "pedal"),
        ("do you sell snow chains for tires", "chain"),
        ("", ""),
        ("for my dad", "dad"),
        ("12 in", ""),
        ("保温杯", ""),  # English only
    ],
)
def test_head_words(phrase: str, head: str) -> None:
    assert head_word(phrase) == head
