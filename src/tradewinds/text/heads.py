"""The head word of an English noun phrase: the thing it names ("practice amps for
electric guitar" → amp, "Nickel Wound Electric Guitar Strings" → string, "Cloud Yoga
Mat 6 mm" → mat). A query and a product whose heads agree name the same kind of thing;
"electric guitar strings" share both words of "electric guitars" and are still strings.

English only: a phrase without Latin words has no head here ("" is returned).
"""

from __future__ import annotations

import re

from tradewinds.text.tokens import STOP_WORDS, analyse

# words after which a noun phrase goes on with its modifiers, not its head
_CUT = re.compile(
    r"\b(?:for|with|without|under|over|below|above|in|on|to|from|that|which|who|by|near|"
    r"than|at|less|more|like|around|between|about|within|up|if|so|but|because|is|are)\b",
    re.I,
)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'.,/-]*")
# trailing words that measure or count rather than name ("Mat 6 mm", "Blade 12 in")
_TRAILING_TEXT = (
    "mm cm m in inch inches ft feet lb lbs kg g oz ml l w v a ah mah pcs pc pack pk set "
    "xs s xl xxl qt gal gallon gallons litre liter fl x kit kits bundle combo collection"
)
_TRAILING = frozenset(_TRAILING_TEXT.split())


# words of asking, not of the thing asked for
_ASKING_TEXT = (
    "looking searching shopping hunting need needs want wants got sell sells carry stock "
    "buy find get show me please hi hello hey any some"
)
_ASKING = frozenset(_ASKING_TEXT.split())


def _names(word: str) -> bool:
    low = word.lower()
    if any(ch.isdigit() for ch in word):
        return False
    return not (low in STOP_WORDS or low in _ASKING or low in _TRAILING)


def head_word(phrase: str) -> str:
    """The stemmed head word of ``phrase``, or "" when it has none.

    >>> head_word("practice amps for electric guitar")
    'amp'
    >>> head_word("ClearView Rear Wiper Blade 12 in")
    'blade'
    >>> head_word("Loop Resistance Bands (Set of 5)")
    'band'
    >>> head_word("looking for an overdrive pedal for my electric guitar")
    'pedal'
    """
    text = _BRACKETS.sub(" ", phrase)
    # the first stretch with a word of its own: "looking for an overdrive pedal for my
    # guitar" names a pedal, not "looking"
    stretches = [_WORD.findall(part) for part in _CUT.split(text)]
    words = next((w for w in stretches if any(_names(x) for x in w)), [])
    while words and (
        any(ch.isdigit() for ch in words[-1])  # "12", "4-string", "5w-30"
        or words[-1].lower() in _TRAILING
        or words[-1].lower() in STOP_WORDS
    ):
        words.pop()
    if not words:
        return ""
    stems = analyse(words[-1])
    return stems[-1] if stems else ""
